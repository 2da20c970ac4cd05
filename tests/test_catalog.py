"""The bundled provider catalog, the admin override folder and search."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from wizard.catalog import Catalog, bundled_dir, default_catalog, fold, site_dir
from wizard.catalog.clientconfig import parse_clientconfig
from wizard.model import AuthMethod, NoteKind, Protocol, Security, Source

LANGUAGES = {"en", "ru", "lt", "sv", "cs"}


def servers(servers_: tuple) -> list[tuple[str, str, int, str]]:
    return [(s.protocol.value, s.hostname, s.port, s.security.value) for s in servers_]


def test_bundled_catalog_is_complete_and_clean() -> None:
    catalog = default_catalog()
    assert catalog.problems == ()
    assert len(catalog.providers) >= 25
    assert all(p.source is Source.CATALOG for p in catalog.providers)
    for provider in catalog.providers:
        assert provider.incoming and provider.outgoing, provider.id
        assert provider.skipped == (), provider.id  # every server in our own files is usable
        assert provider.display_name, provider.id
        for note in provider.notes:
            # every note the user reads exists in all five languages
            assert note.text.languages >= LANGUAGES, (provider.id, note.text.get())


def test_provider_names_read_the_same_in_every_language() -> None:
    """A provider's name is shown as written in every language, inside translated sentences
    ("Pro %1 není potřeba heslo"): it is a name, with no English joining or describing word."""
    english = {"and", "or", "for", "with", "via", "web", "hosting", "international"}
    names = [p.display_name for p in default_catalog().providers]
    mixed = [name for name in names if english & set(re.findall(r"\w+", name.lower()))]
    assert mixed == []


def test_provider_notes_never_speak_for_the_program() -> None:
    """A provider's note says what the provider does; what the program does is the page's to
    say (it differs with and without a sign-in registration), and under a brand the program
    has another name."""
    speaking = [
        (path.name, lang)
        for path in sorted(bundled_dir().glob("*.xml"))
        for note in parse_clientconfig(path.read_bytes()).notes
        for lang, text in note.text.texts
        if "Mail Wizard" in text
    ]
    assert speaking == []


def test_bundled_files_are_written_as_our_writer_would_read_them() -> None:
    for path in sorted(bundled_dir().glob("*.xml")):
        config = parse_clientconfig(path.read_bytes())
        assert config.domains, path.name
        assert not any(p.auth is AuthMethod.OAUTH2 and len(p.auth_methods) == 1 for p in config.incoming), (
            f"{path.name}: keep the app-password way (password-cleartext) after OAuth2"
        )


def test_seed_provider_ovh() -> None:
    ovh = default_catalog().find_by_domain("ovh.net")
    assert ovh is not None
    assert servers(ovh.incoming)[0] == ("imap", "ssl0.ovh.net", 993, "ssl")
    assert set(servers(ovh.incoming)) == {
        ("imap", "ssl0.ovh.net", 993, "ssl"),
        ("imap", "ssl0.ovh.net", 143, "starttls"),
        ("pop3", "ssl0.ovh.net", 995, "ssl"),
        ("pop3", "ssl0.ovh.net", 110, "starttls"),
    }
    assert servers(ovh.outgoing) == [
        ("smtp", "ssl0.ovh.net", 465, "ssl"),
        ("smtp", "ssl0.ovh.net", 587, "starttls"),
    ]
    assert all(s.username == "%EMAILADDRESS%" for s in ovh.incoming + ovh.outgoing)
    assert all(s.auth.uses_password for s in ovh.outgoing)  # SMTP authentication is required


def test_seed_provider_astra() -> None:
    astra = default_catalog().find_by_domain("astra.od.ua")
    assert astra is not None
    assert {(s.protocol, s.port) for s in astra.incoming} == {(Protocol.IMAP, 143), (Protocol.POP3, 110)}
    assert all(s.hostname == "astra.od.ua" for s in astra.incoming + astra.outgoing)
    smtp = astra.outgoing[0]
    assert (smtp.port, smtp.security) == (25, Security.STARTTLS)
    assert smtp.auth.uses_password
    assert all(s.username == "%EMAILADDRESS%" for s in astra.incoming + astra.outgoing)
    pop = next(s for s in astra.incoming if s.protocol is Protocol.POP3)
    assert pop.leave_on_server is True  # keep a copy on the server
    rules = [n for n in astra.notes if n.kind is NoteKind.PASSWORD]
    assert rules and "6" in rules[0].text.get("ru")
    assert astra.webmail == "https://mail.astra.od.ua/"


def test_seed_provider_mamut() -> None:
    mamut = default_catalog().find_by_domain("mamutmail.com")
    assert mamut is not None
    protocols = [s.protocol for s in mamut.incoming]
    assert Protocol.POP3 in protocols and Protocol.EXCHANGE in protocols
    assert all(s.hostname == "mamutmail.com" for s in mamut.incoming + mamut.outgoing)
    assert all(s.auth.uses_password for s in mamut.outgoing)
    texts = " ".join(n.text.get("sv") for n in mamut.notes)
    assert "hosting01" in texts and "25" in texts and "_" in texts
    assert mamut.webmail == "https://mamutmail.com"


def test_seed_provider_ispis() -> None:
    ispis = default_catalog().find_by_domain("ispis.cz")
    assert ispis is not None
    assert {s.protocol for s in ispis.incoming} == {Protocol.POP3}
    assert [f.key for f in ispis.input_fields] == ["USERNAME"]
    assert all(s.username == "%USERNAME%" for s in ispis.incoming + ispis.outgoing)
    texts = " ".join(n.text.get("cs") for n in ispis.notes)
    assert "@ispis.cz" in texts


@pytest.mark.parametrize(
    ("domain", "provider_id"),
    [
        ("gmail.com", "gmail.com"),
        ("GoogleMail.COM", "gmail.com"),
        ("inbox.ru", "mail.ru"),
        ("ya.ru", "yandex.ru"),
        ("email.cz", "seznam.cz"),
        ("inbox.lt", "inbox.lt"),
        ("telia.com", "telia.com"),
        ("hotmail.lt", "outlook.com"),
    ],
)
def test_find_by_domain_for_providers_with_many_domains(domain: str, provider_id: str) -> None:
    provider = default_catalog().find_by_domain(domain)
    assert provider is not None and provider.id == provider_id


def test_search_is_case_and_accent_insensitive() -> None:
    catalog = default_catalog()
    assert fold("Volný") == "volny"
    assert [p.id for p in catalog.search("VOLNY")] == ["volny.cz"]
    assert catalog.search("volný") == catalog.search("volny")
    assert "ovh.net" in [p.id for p in catalog.search("ovh")]
    assert catalog.search("seznam.cz")[0].id == "seznam.cz"
    assert catalog.search("no-such-provider-xyz") == []


def test_search_puts_the_users_region_first() -> None:
    catalog = default_catalog()
    czech = catalog.search("", language="cs")
    first_foreign = next(i for i, p in enumerate(czech) if not any(d.endswith(".cz") for d in p.domains))
    assert all(any(d.endswith(".cz") for d in p.domains) for p in czech[:first_foreign])
    assert first_foreign >= 5


def test_admin_folder_overrides_and_extends(tmp_path: Path) -> None:
    (tmp_path / "ovh.xml").write_text(
        (bundled_dir() / "ovh.net.xml").read_text(encoding="utf-8").replace("ssl0.ovh.net", "mail.corp.example"),
        encoding="utf-8",
    )
    (tmp_path / "corp.xml").write_text(
        """<clientConfig version="1.1"><emailProvider id="corp.example">
        <domain>corp.example</domain><displayName>Corp</displayName>
        <incomingServer type="imap"><hostname>imap.corp.example</hostname><port>993</port>
        <socketType>SSL</socketType></incomingServer>
        <outgoingServer type="smtp"><hostname>smtp.corp.example</hostname><port>465</port>
        <socketType>SSL</socketType></outgoingServer></emailProvider></clientConfig>""",
        encoding="utf-8",
    )
    (tmp_path / "broken.xml").write_text("<clientConfig><emailProvider>", encoding="utf-8")
    catalog = Catalog.load([tmp_path])
    ovh = catalog.find_by_domain("ovh.net")
    assert ovh is not None and ovh.incoming[0].hostname == "mail.corp.example"
    assert ovh.source is Source.ADMIN
    assert [p.id for p in catalog.providers].count("ovh.net") == 1
    corp = catalog.find_by_domain("corp.example")
    assert corp is not None and corp.name == "Corp"
    assert len(catalog.problems) == 1 and "broken.xml" in catalog.problems[0]


def test_site_folder_is_read_per_machine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # XDG_CONFIG_DIRS is the documented way to point platformdirs at another site folder.
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path))
    folder = site_dir()
    assert folder == tmp_path / "mailwizard" / "providers"
    folder.mkdir(parents=True)
    (folder / "corp.xml").write_bytes(
        (bundled_dir() / "volny.cz.xml").read_bytes().replace(b"volny.cz", b"corp.example")
    )
    assert Catalog.load().find_by_domain("corp.example") is not None
    assert Catalog.load(site=False).find_by_domain("corp.example") is None


def test_ispdb_corpus_as_admin_folder(ispdb_corpus: Path) -> None:
    catalog = Catalog.load([ispdb_corpus])
    assert catalog.problems == ()
    ids = {p.id for p in catalog.providers}
    assert {"MessagingEngine", "swisscom.ch", "zoho.com"} <= ids
    assert len(catalog.providers) > 163  # the ISPDB plus the bundled providers it does not shadow


def test_no_bundled_provider_needs_confirmation_for_its_own_servers() -> None:
    """The list vouches for the servers it names, also in another domain (Outlook.com's at
    office365.com, Atlas's SMTP at centrum.cz): found offline, no entry asks to be confirmed."""
    import asyncio

    from wizard.discovery import discover
    from wizard.model import WarningKind, parse_address

    catalog = default_catalog()
    for provider in catalog.providers:
        domain = next(d for d in provider.domains if "protection" not in d)
        result = asyncio.run(discover(parse_address(f"someone@{domain}"), catalog=catalog, offline=True))
        assert result.config is not None, provider.id
        kinds = {w.kind for w in result.config.warnings}
        assert WarningKind.FOREIGN_DOMAIN not in kinds, (provider.id, result.config.warnings)
