"""clientConfig reader (tolerant, safe) and writer (strict, round-trips)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wizard.catalog.clientconfig import MAX_CONFIG_BYTES, parse_clientconfig, write_clientconfig
from wizard.model import (
    AccountConfig,
    AuthMethod,
    ConfigError,
    InputField,
    LocalizedText,
    Note,
    NoteKind,
    OAuth2Settings,
    Protocol,
    Security,
    ServerSettings,
    parse_address,
)


def test_all_163_ispdb_files_parse_and_round_trip(ispdb_corpus: Path) -> None:
    files = sorted(ispdb_corpus.glob("*.xml"))
    assert len(files) == 163
    for path in files:
        config = parse_clientconfig(path.read_bytes(), origin=path.name)
        assert config.incoming, path.name
        assert config.outgoing, path.name
        again = parse_clientconfig(write_clientconfig(config), origin=path.name)
        assert again == config, path.name


def test_corpus_facts_are_read_as_published(ispdb_corpus: Path) -> None:
    def read(name: str) -> AccountConfig:
        return parse_clientconfig((ispdb_corpus / name).read_bytes())

    ovh = read("ovh.net.xml")
    assert [(s.protocol, s.hostname, s.port, s.security) for s in ovh.incoming] == [
        (Protocol.IMAP, "ssl0.ovh.net", 993, Security.SSL),
        (Protocol.POP3, "ssl0.ovh.net", 995, Security.SSL),
    ]
    gmail = read("googlemail.com.xml")
    assert gmail.incoming[0].auth_methods == (AuthMethod.OAUTH2, AuthMethod.PASSWORD_CLEARTEXT)
    assert any(n.kind is NoteKind.ENABLE and n.url for n in gmail.notes)  # <enable> at root level
    icloud = read("me.com.xml")  # no XML declaration; mixed username forms
    assert icloud.incoming[0].username == "%EMAILLOCALPART%"
    assert icloud.outgoing[0].username == "%EMAILADDRESS%"
    inbox = read("inbox.lv.xml")
    assert "inbox.lt" in inbox.domains
    assert inbox.incoming[0].hostname == "mail.%EMAILDOMAIN%"  # kept for expansion, not lower-cased
    for_lt = inbox.expanded(parse_address("jurate@inbox.lt"))
    assert {s.hostname for s in for_lt.incoming + for_lt.outgoing} == {"mail.inbox.lt"}
    assert for_lt.webmail == "https://login.inbox.lt"
    office = read("office365.com.xml")  # ews/owa/graph types are skipped, exchange kept
    assert {s.protocol for s in office.incoming} == {Protocol.IMAP, Protocol.POP3, Protocol.EXCHANGE}
    exchange = next(s for s in office.incoming if s.protocol is Protocol.EXCHANGE)
    assert exchange.owa_url == "https://outlook.office365.com/owa/"
    teol = read("teol.net.xml")  # SMTP without <username> but with password auth
    assert teol.outgoing[0].username == "%EMAILADDRESS%"
    cty = read("cty-net.ne.jp.xml")  # the same domain twice in one file
    assert len(cty.domains) == len(set(cty.domains))
    assert office.skipped and all("is not supported" in note for note in office.skipped)


# The <oAuth2> blocks of the ISPDB files (issue 15), as reference/providers.md lists them.
CORPUS_OAUTH2 = {
    "googlemail.com.xml": ("accounts.google.com", "https://mail.google.com/"),
    "office365.com.xml": ("login.microsoftonline.com", "https://outlook.office365.com/IMAP.AccessAsUser.All"),
    "yahoo.com.xml": ("login.yahoo.com", "mail-w"),
    "aol.com.xml": ("login.aol.com", "mail-w"),
    "mail.ru.xml": ("o2.mail.ru", "mail.imap"),
    "yandex.ru.xml": ("oauth.yandex.com", "mail:imap_full"),
    "hotmail.com.xml": None,  # OAuth2 on every server, but no <oAuth2> block
}


@pytest.mark.parametrize("name", sorted(CORPUS_OAUTH2))
def test_corpus_oauth2_blocks_are_read_and_written(name: str, ispdb_corpus: Path) -> None:
    config = parse_clientconfig((ispdb_corpus / name).read_bytes())
    expected = CORPUS_OAUTH2[name]
    if expected is None:
        assert config.oauth2 is None
        assert all(s.auth is AuthMethod.OAUTH2 for s in config.incoming + config.outgoing)
        return
    assert config.oauth2 is not None
    issuer, first_scope = expected
    assert config.oauth2.issuer == issuer
    assert config.oauth2.scopes[0] == first_scope
    assert config.oauth2.auth_url.startswith("https://") and config.oauth2.token_url.startswith("https://")
    written = write_clientconfig(config)
    assert b"<oAuth2>" in written
    assert parse_clientconfig(written).oauth2 == config.oauth2


MINIMAL = """<clientConfig version="1.1">
  <emailProvider id="example.com">
    <domain>example.com</domain>
    <incomingServer type="imap">
      <hostname>imap.example.com</hostname>
      <port>993</port>
      <socketType>SSL</socketType>
      <authentication>password-cleartext</authentication>
      <username>%EMAILADDRESS%</username>
    </incomingServer>
    <outgoingServer type="smtp">
      <hostname>smtp.example.com</hostname>
      <port>465</port>
      <socketType>SSL</socketType>
      <authentication>password-cleartext</authentication>
      <username>%EMAILADDRESS%</username>
    </outgoingServer>
  </emailProvider>
</clientConfig>"""


def test_tolerant_reader_edge_cases() -> None:
    baseline = parse_clientconfig(MINIMAL)
    variants = {
        "bom": b"\xef\xbb\xbf" + MINIMAL.encode(),
        "crlf": MINIMAL.replace("\n", "\r\n").encode(),
        "declaration": b'<?xml version="1.0" encoding="UTF-8"?>\n' + MINIMAL.encode(),
        "version 1.2": MINIMAL.replace('version="1.1"', 'version="1.2"').encode(),
        "comments": MINIMAL.replace("<port>993", "<!-- <a@b> --><port>993").encode(),
        "unknown elements": MINIMAL.replace(
            "<domain>", "<restriction>client-IP-address</restriction><domain>"
        ).encode(),
        "trailing dot host": MINIMAL.replace("imap.example.com<", "imap.example.com.<").encode(),
        "whitespace": MINIMAL.replace("<port>993", "<port>\n  993 ").encode(),
        "latin-2": (
            '<?xml version="1.0" encoding="ISO-8859-2"?>\n' + MINIMAL
        ).encode("iso-8859-2"),
    }
    for name, data in variants.items():
        assert parse_clientconfig(data) == baseline, name


def test_reader_takes_the_first_supported_values_and_skips_bad_servers() -> None:
    text = MINIMAL.replace(
        "<socketType>SSL</socketType>\n      <authentication>password-cleartext",
        "<socketType>bogus</socketType><socketType>STARTTLS</socketType>"
        "<authentication>magic</authentication><authentication>password-encrypted",
        1,
    ).replace(
        '<incomingServer type="imap">',
        '<incomingServer type="nntp"><hostname>news</hostname></incomingServer>'
        '<incomingServer type="pop3"><hostname>bad host!</hostname><port>995</port></incomingServer>'
        '<incomingServer type="imap"><hostname>x.example.com</hostname><port>99999</port></incomingServer>'
        '<incomingServer type="imap">',
    )
    config = parse_clientconfig(text)
    assert len(config.incoming) == 1
    server = config.incoming[0]
    assert server.security is Security.STARTTLS
    assert server.auth_methods == (AuthMethod.PASSWORD_ENCRYPTED,)


def test_notes_input_fields_and_webmail() -> None:
    text = MINIMAL.replace(
        "</emailProvider>",
        '<enable visitURL="https://example.com/settings">'
        '<instruction lang="en">Turn on IMAP first.</instruction>'
        '<instruction lang="cs">Nejdřív zapněte IMAP.</instruction></enable>'
        '<documentation kind="password"><descr lang="ru">Не меньше 6 символов.</descr></documentation>'
        '<documentation url="https://example.com/help"><descr>Help &amp; more</descr></documentation>'
        '<inputField key="USERNAME" label="Data box login">abc123</inputField>'
        '<webMail><loginPage url="https://mail.example.com/"/></webMail>'
        "</emailProvider>",
    )
    config = parse_clientconfig(text)
    enable, password, info = config.notes
    assert enable.kind is NoteKind.ENABLE and enable.url == "https://example.com/settings"
    assert enable.text.get("cs") == "Nejdřív zapněte IMAP."
    assert enable.text.get("sv") == "Turn on IMAP first."  # falls back to English
    assert password.kind is NoteKind.PASSWORD and password.text.get("ru") == "Не меньше 6 символов."
    assert info.text.get() == "Help & more"
    assert config.input_fields == (
        InputField("USERNAME", LocalizedText((("", "Data box login"),)), "abc123"),
    )
    assert config.webmail == "https://mail.example.com/"
    assert parse_clientconfig(write_clientconfig(config)) == config


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (
            '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 '
            '"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><clientConfig>&lol2;</clientConfig>',
            "DTD",
        ),
        (
            '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
            "<clientConfig><emailProvider>&xxe;</emailProvider></clientConfig>",
            "DTD",
        ),
        ("<html><body>Not found</body></html>", "not a clientConfig"),
        ("this is not xml", "not valid XML"),
        ("", "not valid XML"),
        ("<clientConfig version='1.1'/>", "no emailProvider"),
        (MINIMAL.replace('type="imap"', 'type="jmap"'), "no usable incoming server"),
        (" " * (MAX_CONFIG_BYTES + 1), "larger than 1 MB"),
    ],
)
def test_hostile_or_broken_documents_are_refused_with_one_sentence(data: str, fragment: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_clientconfig(data, origin="https://autoconfig.example.com/x")
    assert fragment in str(caught.value)
    assert "\n" not in str(caught.value)


# --------------------------------------------------------------------------- property tests

# Text that a well-formed file can carry, rich in characters that break naive writers.
_hostile = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("<>&\"']]>=[]%;/\\ \tёžåčė😀")),
        st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff"),
    ),
    min_size=1,
    max_size=40,
).map(str.strip).filter(bool).map(lambda s: " ".join(s.split()))
_host = st.from_regex(r"[a-z0-9]{1,10}(\.[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?){0,2}\.[a-z]{2,6}", fullmatch=True)
# Host names as files write them: plain, or templates a hosting company publishes.
_host_or_template = _host | st.sampled_from(
    ["mail.%EMAILDOMAIN%", "%EMAILDOMAIN%", "%EMAILLOCALPART%.box.example", "MX.%EMAILDOMAIN%"]
)
# User names: hostile text without "%" (a "%KEY%" in it is a placeholder), or placeholders.
_username = _hostile.filter(lambda s: "%" not in s) | st.sampled_from(
    ["%EMAILADDRESS%", "%EMAILLOCALPART%", "%EMAILLOCALPART%.%EMAILDOMAIN%", "", "50%"]
)
_sign_in = [m for m in AuthMethod if m.signs_in]


@st.composite
def servers(draw: st.DrawFn, protocol: Protocol) -> ServerSettings:
    methods = _sign_in if protocol.is_incoming else list(AuthMethod)
    return ServerSettings(
        protocol=protocol,
        hostname=draw(_host_or_template),
        port=draw(st.integers(1, 65535)),
        security=draw(st.sampled_from(Security)),
        auth_methods=tuple(draw(st.lists(st.sampled_from(methods), min_size=1, max_size=3, unique=True))),
        username=draw(_username),
        leave_on_server=draw(st.none() | st.booleans()) if protocol is Protocol.POP3 else None,
    )


_oauth2 = st.builds(
    OAuth2Settings,
    issuer=_host,
    scopes=st.lists(st.from_regex(r"[A-Za-z0-9:/._-]{1,30}", fullmatch=True), min_size=1, max_size=4).map(tuple),
    auth_url=_host.map(lambda h: f"https://{h}/authorize?a=1&b=2"),
    token_url=_host.map(lambda h: f"https://{h}/token"),
)


@st.composite
def configs(draw: st.DrawFn) -> AccountConfig:
    incoming = draw(st.lists(st.sampled_from([Protocol.IMAP, Protocol.POP3]), min_size=1, max_size=3))
    notes = draw(
        st.lists(
            st.builds(
                Note,
                st.sampled_from(NoteKind),
                st.builds(
                    LocalizedText,
                    st.lists(st.tuples(st.sampled_from(["", "en", "ru", "cs"]), _hostile), max_size=3, unique_by=lambda t: t[0]).map(tuple),
                ).filter(bool),
                st.none() | st.just("https://example.com/a?b=1&c=2"),
            ),
            max_size=2,
        )
    )
    return AccountConfig(
        id=draw(_hostile),
        display_name=draw(_hostile),
        # "ab--c" is no domain (IDNA keeps "--" in that place for "xn--")
        domains=tuple(draw(st.lists(_host.filter(lambda h: "--" not in h), min_size=1, max_size=3, unique=True))),
        incoming=tuple(draw(servers(p)) for p in incoming),
        outgoing=tuple(draw(st.lists(servers(Protocol.SMTP), min_size=1, max_size=2))),
        notes=tuple(notes),
        oauth2=draw(st.none() | _oauth2),
    )


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(configs())
def test_writer_output_reads_back_equal(config: AccountConfig) -> None:
    assert parse_clientconfig(write_clientconfig(config)) == config


@given(
    st.text(alphabet=st.characters(max_codepoint=0x1F), min_size=1, max_size=3)
    | st.sampled_from(["\u2028", "\u2029", "\x85", "  ", "\u00a0\u00a0"])
)
def test_writer_refuses_what_would_not_read_back(junk: str) -> None:
    config = parse_clientconfig(MINIMAL)
    bad = config.replace(display_name="A" + junk + "B")
    with pytest.raises(ConfigError):
        write_clientconfig(bad)


def test_multibyte_declared_encodings_are_read() -> None:
    """Python's XML parser cannot read Shift_JIS or UTF-16 itself; the reader decodes first."""
    named = MINIMAL.replace("<domain>", "<displayName>メール設定</displayName><domain>")
    for encoding in ("shift_jis", "euc-jp", "utf-16"):
        data = f'<?xml version="1.0" encoding="{encoding}"?>\n{named}'.encode(encoding)
        assert parse_clientconfig(data).display_name == "メール設定", encoding


def test_writer_refuses_what_the_reader_would_skip_or_change() -> None:
    config = parse_clientconfig(MINIMAL)
    imap = config.incoming[0]
    unreadable = [
        imap.replace(auth_methods=(AuthMethod.NONE,)),  # an incoming server nobody signs in to
        imap.replace(auth_methods=(AuthMethod.PASSWORD_CLEARTEXT, AuthMethod.SMTP_AFTER_POP)),
        imap.replace(hostname="IMAP.example.com"),  # would read back lower-cased
        imap.replace(hostname="mail.%EMAILADDRESS%"),
        imap.replace(hostname="imap.example.com\n"),
        imap.replace(username="%EMAILADDRESS"),
        imap.replace(username="%TICKET%"),  # no input field declares it
        imap.replace(username="jana\tnovak"),
        imap.replace(protocol=Protocol.SMTP),  # an outgoing server among the incoming ones
    ]
    for server in unreadable:
        with pytest.raises(ConfigError) as caught:
            write_clientconfig(config.replace(incoming=(server,)))
        assert "\n" not in str(caught.value)
    declared = config.replace(
        incoming=(imap.replace(username="%TICKET%"),), input_fields=(InputField("TICKET"),)
    )
    assert parse_clientconfig(write_clientconfig(declared)) == declared


def test_oauth2_block_is_read_wherever_it_stands_and_checked() -> None:
    data = (Path(__file__).parent / "data" / "readers" / "oauth2-provider.xml").read_bytes()
    config = parse_clientconfig(data)
    assert config.oauth2 == OAuth2Settings(
        issuer="accounts.signin.example",
        scopes=("https://mail.signin.example/", "offline_access"),
        auth_url="https://accounts.signin.example/oauth2/authorize",
        token_url="https://accounts.signin.example/oauth2/token",
    )
    assert config.incoming[0].auth_methods == (AuthMethod.OAUTH2, AuthMethod.PASSWORD_CLEARTEXT)
    assert parse_clientconfig(write_clientconfig(config)) == config
    block = data[data.index(b"<oAuth2>") : data.index(b"</oAuth2>") + len(b"</oAuth2>")]
    inside = data.replace(block, b"").replace(b"</emailProvider>", block + b"</emailProvider>")
    assert parse_clientconfig(inside).oauth2 == config.oauth2
    for broken in (
        data.replace(b"https://accounts.signin.example/oauth2/token", b"http://accounts.signin.example/token"),
        data.replace(b"<issuer>accounts.signin.example</issuer>", b"<issuer>accounts signin</issuer>"),
        re.sub(rb"<scope>.*?</scope>", b"<scope> </scope>", data, flags=re.S),
    ):
        without = parse_clientconfig(broken)
        assert without.oauth2 is None
        assert without.incoming == config.incoming  # the servers do not depend on it
        assert any(note.startswith("the oAuth2 block was ignored: ") for note in without.skipped)
