"""The provider's sign-in through the one path (issue 15): the bundled Gmail entry, its servers
simulated by the OAuth2-only Dovecot and SMTP servers, the sign-in at the local OAuth2 server.

In-process through ``wizard.pipeline`` (sign in, then the proof with a bearer token: real SASL
XOAUTH2 on the wire), and end to end through ``mailwizard verify --oauth`` and ``write
thunderbird --oauth`` in a subprocess whose browser is the test browser (``BROWSER``). Without a
client registration the proof is credential-free and says so; a password never reaches a server
that takes OAuth2 only; and every bad sign-in (a refusal, a closed browser, a wrong ``state``, a
hanging token endpoint, a redirect to another port) ends in one sentence, with nothing written
and nothing left listening."""

from __future__ import annotations

import asyncio
import json
import socket
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.fixtures.mailservers import WORKSPACE_USER, log_size, read_log, wait_for_log
from tests.fixtures.oauth_world import DictKeyring, OAuthWorld
from wizard import secrets
from wizard.catalog import default_catalog
from wizard.cli.commands._proven import SIGN_IN_SECONDS
from wizard.model import AccountConfig, AuthMethod, parse_address
from wizard.oauth import SIGN_IN_TIMEOUT, OAuthProblem, Registrations
from wizard.pipeline import OAuthAccess, Pipeline, Proven, SignedIn
from wizard.targets.thunderbird.prefs import parse_prefs, prefs_dict
from wizard.verify import FailureKind

pytestmark = pytest.mark.dovecot

ADDRESS = parse_address("user@gmail.com")


def gmail() -> AccountConfig:
    config = default_catalog().find_by_domain("gmail.com")
    assert config is not None and config.oauth2 is not None
    return config


def sign_in_and_prove(
    world: OAuthWorld, config: AccountConfig, access: OAuthAccess, password: str | None = None
) -> tuple[SignedIn, Proven]:
    pipeline = Pipeline(network=world.network())

    async def run() -> tuple[SignedIn, Proven]:
        signed = await pipeline.sign_in(config, ADDRESS, access)
        return signed, await pipeline.prove(config, ADDRESS, password, token=signed.token)

    return asyncio.run(run())


def assert_closed(port: int) -> None:
    with pytest.raises(ConnectionRefusedError), socket.create_connection(("127.0.0.1", port), timeout=5):
        pass


@pytest.fixture
def keyring() -> DictKeyring:
    secrets._memory.clear()
    return DictKeyring()


# --------------------------------------------------------------------------- in process


def test_sign_in_then_xoauth2_proof_of_both_servers(oauth_world: OAuthWorld, keyring: DictKeyring) -> None:
    servers = oauth_world.servers
    dovecot, smtp = log_size(servers.dovecot_log), log_size(servers.smtp_log)
    access = OAuthAccess(registrations=oauth_world.registrations(), opener=oauth_world.oauth.browser,
                         keyring=keyring)

    signed, proven = sign_in_and_prove(oauth_world, gmail(), access)

    assert signed.skipped is None and signed.token and signed.token not in repr(signed)
    report = proven.report
    assert report is not None and report.ok, report
    assert report.incoming.signed_in and report.outgoing.signed_in
    assert proven.config.incoming[0].auth is AuthMethod.OAUTH2  # written as proven: OAuth2 first
    assert proven.config.outgoing[0].auth is AuthMethod.OAUTH2
    wait_for_log(servers.dovecot_log, r"Login: user=<user@gmail\.com>, method=XOAUTH2", dovecot)
    assert "mechanism=XOAUTH2 user=user@gmail.com tls=True result=True" in read_log(servers.smtp_log, smtp)
    # the refresh token is kept in the keyring, and only there
    assert list(keyring.entries) == [(secrets.TOKEN_SERVICE_NAME, "accounts.google.com user@gmail.com")]


def test_without_a_registration_the_proof_is_credential_free(oauth_world: OAuthWorld) -> None:
    servers = oauth_world.servers
    dovecot = log_size(servers.dovecot_log)
    asked = len(oauth_world.oauth.introspections)
    opened: list[str] = []
    access = OAuthAccess(registrations=Registrations(), opener=opened.append, keyring=DictKeyring())

    signed, proven = sign_in_and_prove(oauth_world, gmail(), access)

    assert signed.token is None and signed.skipped is not None
    assert signed.skipped.kind is OAuthProblem.NO_REGISTRATION and opened == []
    assert str(signed.skipped) == (
        "Mail Wizard has no sign-in registration for accounts.google.com, so it proves what it can "
        "without credentials."
    )
    report = proven.report
    assert report is not None and report.ok  # they answer over TLS and offer XOAUTH2/OAUTHBEARER
    assert not report.incoming.signed_in and not report.outgoing.signed_in
    assert len(oauth_world.oauth.introspections) == asked  # no token was presented
    assert "Login:" not in read_log(servers.dovecot_log, dovecot)


@pytest.mark.parametrize("methods", [(AuthMethod.OAUTH2,)])
def test_a_password_never_goes_to_a_server_that_takes_oauth2_only(
    oauth_world: OAuthWorld, methods: tuple[AuthMethod, ...]
) -> None:
    servers = oauth_world.servers
    dovecot, smtp = log_size(servers.dovecot_log), log_size(servers.smtp_log)
    config = gmail()
    only_oauth = config.replace(
        incoming=tuple(s.replace(auth_methods=methods) for s in config.incoming),
        outgoing=tuple(s.replace(auth_methods=methods) for s in config.outgoing),
    )
    proven = asyncio.run(Pipeline(network=oauth_world.network()).prove(only_oauth, ADDRESS, "hunter2-secret"))

    report = proven.report
    assert report is not None and not report.ok
    for check in report.checks:
        assert check.failure is not None and check.failure.kind is FailureKind.SIGN_IN_REQUIRED
        assert not check.signed_in
    assert "hunter2" not in read_log(servers.dovecot_log, dovecot) + read_log(servers.smtp_log, smtp)
    assert read_log(servers.dovecot_log, dovecot) == ""  # not even a connection


def test_the_cli_waits_as_long_as_the_sign_in_does() -> None:
    assert SIGN_IN_SECONDS == SIGN_IN_TIMEOUT


# --------------------------------------------------------------------------- the command line


def test_verify_oauth_end_to_end(oauth_world: OAuthWorld) -> None:
    servers = oauth_world.servers
    dovecot, smtp = log_size(servers.dovecot_log), log_size(servers.smtp_log)
    requests = len(oauth_world.oauth.authorization_requests)

    done = oauth_world.mailwizard("verify", "user@gmail.com", "--oauth", "--json")

    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["ok"] is True
    for role in ("incoming", "outgoing"):
        check = result["checks"][role]
        assert check["ok"] and check["signed_in"] and check["server"]["auth"] == "OAuth2"
        assert check["server"]["oauth2"]["issuer"] == "accounts.google.com"
    asked = oauth_world.oauth.authorization_requests[requests:]
    assert len(asked) == 1 and asked[0].params["login_hint"] == "user@gmail.com"
    assert asked[0].params["code_challenge_method"] == "S256"
    wait_for_log(servers.dovecot_log, r"Login: user=<user@gmail\.com>, method=XOAUTH2", dovecot)
    assert "mechanism=XOAUTH2 user=user@gmail.com" in read_log(servers.smtp_log, smtp)
    assert_closed(urlsplit(asked[0].params["redirect_uri"]).port or 0)


def test_verify_oauth_without_a_registration_says_so_and_checks_without_credentials(
    oauth_world: OAuthWorld,
) -> None:
    requests = len(oauth_world.oauth.authorization_requests)
    done = oauth_world.mailwizard("verify", "user@gmail.com", "--oauth", registered=False)
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip().splitlines() == [
        "Note: Mail Wizard is not registered for the sign-in at accounts.google.com, so it checks only "
        "what it can without signing in."
    ]
    assert done.stdout.count("OK: answers over SSL/TLS and offers the sign-in (checked without signing in).") == 2
    assert len(oauth_world.oauth.authorization_requests) == requests  # no browser was opened


def test_write_thunderbird_oauth_stores_no_password(oauth_world: OAuthWorld, tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    profile.mkdir()

    done = oauth_world.mailwizard("write", "thunderbird", "user@gmail.com", "--oauth", "--profile", str(profile))

    assert done.returncode == 0, done.stderr
    assert "opens your provider's sign-in page the first time it connects" in done.stdout
    prefs = prefs_dict(parse_prefs((profile / "prefs.js").read_text(encoding="utf-8")))
    methods = {key: value for key, value in prefs.items() if key.endswith(".authMethod")}
    assert sorted(methods.values()) == [10, 10]  # OAuth2 on the incoming and the outgoing server
    assert not (profile / "logins.json").exists()


def test_no_token_in_the_output_the_trace_the_log_or_the_files(oauth_world: OAuthWorld, tmp_path: Path) -> None:
    """A sign-in with ``--trace -v``, then written into Thunderbird and exported: none of the
    tokens the sign-in service handed out is on the screen, in the log file or in any file."""
    state, profile, out = tmp_path / "state", tmp_path / "profile", tmp_path / "out"
    profile.mkdir()
    out.mkdir()
    env = {"XDG_STATE_HOME": str(state)}
    before = set(oauth_world.oauth.issued_tokens())
    runs = [
        oauth_world.mailwizard("verify", "user@gmail.com", "--oauth", "--trace", "-v", env=env),
        oauth_world.mailwizard("write", "thunderbird", "user@gmail.com", "--oauth", "--trace", "-v",
                               "--profile", str(profile), env=env),
        *(oauth_world.mailwizard("export", "--format", kind, "user@gmail.com", "-v", "--trace",
                                 "--output", str(out / f"settings.{kind}"), env=env)
          for kind in ("autoconfig", "json", "mobileconfig")),
    ]
    assert [done.returncode for done in runs] == [0] * 5, [done.stderr for done in runs]
    tokens = set(oauth_world.oauth.issued_tokens()) - before
    assert tokens  # the sign-ins happened
    assert any("trace:" in done.stderr for done in runs)  # the trace was on
    files = [path for folder in (state, profile, out) for path in folder.rglob("*") if path.is_file()]
    assert any(path.name == "mailwizard.log" for path in files)
    texts = [done.stdout + done.stderr for done in runs]
    texts += [path.read_bytes().decode("utf-8", "replace") for path in files]
    assert not [token for token in tokens for text in texts if token in text]


def test_a_workspace_domain_found_by_its_mx_says_how_to_sign_in(oauth_world: OAuthWorld, tmp_path: Path) -> None:
    """A custom domain at Google Workspace: ``detect`` says in one sentence that Google signs
    in on its own page and how; a password refused there says it again, nothing written; with
    ``--oauth`` the account is written with the provider's sign-in."""
    domain = WORKSPACE_USER.partition("@")[2]
    oauth_world.world.add_mx(domain, 5, "aspmx.l.google.com")
    advice = "Google signs you in on its own page: run verify or write with --oauth to sign in in your web browser."
    detected = oauth_world.mailwizard("detect", WORKSPACE_USER)
    assert detected.returncode == 0, detected.stderr
    assert advice in detected.stdout.splitlines()

    verified = oauth_world.mailwizard("verify", WORKSPACE_USER, "--password-stdin", stdin="typed-secret\n")
    assert verified.returncode == 1 and verified.stderr.splitlines() == [advice]
    profile = tmp_path / "profile"
    profile.mkdir()
    refused = oauth_world.mailwizard("write", "thunderbird", WORKSPACE_USER, "--profile", str(profile),
                                     "--password-stdin", stdin="typed-secret\n")
    assert refused.returncode == 1 and refused.stderr.splitlines()[0] == advice
    assert list(profile.iterdir()) == []

    with oauth_world.oauth.consenting_as(WORKSPACE_USER):
        done = oauth_world.mailwizard("write", "thunderbird", WORKSPACE_USER, "--oauth", "--profile", str(profile))
    assert done.returncode == 0, done.stderr
    assert advice not in done.stderr
    prefs = prefs_dict(parse_prefs((profile / "prefs.js").read_text(encoding="utf-8")))
    assert sorted(v for k, v in prefs.items() if k.endswith(".authMethod")) == [10, 10]


def _spare_port() -> int:
    with socket.socket() as spare:
        spare.bind(("127.0.0.1", 0))
        return int(spare.getsockname()[1])


# (browser mode, fixture behaviour, the sentence on stderr)
BAD_SIGN_INS = {
    "denied": ("follow", "deny", "The sign-in at accounts.google.com was refused, so nothing was set up."),
    "closed-browser": ("closed", None, "The sign-in at accounts.google.com was not finished in time; "
                       "the browser may have been closed."),
    "wrong-state": ("forge-state", None, "The answer from the browser did not belong to this sign-in at "
                    "accounts.google.com, so it was ignored."),
    "hanging-token-endpoint": ("follow", "hang", "The sign-in service accounts.google.com did not answer "
                               "in time."),
    "another-port": ("port", None, "The sign-in at accounts.google.com was not finished in time; the "
                     "browser may have been closed."),
}


@pytest.mark.parametrize("case", sorted(BAD_SIGN_INS))
def test_a_bad_sign_in_is_one_sentence_and_nothing_is_written(
    oauth_world: OAuthWorld, tmp_path: Path, case: str
) -> None:
    mode, behaviour, sentence = BAD_SIGN_INS[case]
    if mode == "port":
        mode = f"port:{_spare_port()}"
    profile = tmp_path / "profile"
    profile.mkdir()
    oauth = oauth_world.oauth
    requests = len(oauth.authorization_requests)
    args = ("write", "thunderbird", "user@gmail.com", "--oauth", "--profile", str(profile),
            "--sign-in-timeout", "4")

    if behaviour == "deny":
        with oauth.denying():
            done = oauth_world.mailwizard(*args, browser=mode)
    elif behaviour == "hang":
        with oauth.token_behaviour("hang"):
            done = oauth_world.mailwizard(*args, browser=mode)
    else:
        done = oauth_world.mailwizard(*args, browser=mode)

    assert done.returncode == 1, done.stdout + done.stderr
    assert done.stderr.strip().splitlines() == [f"mailwizard: {sentence}"]
    assert "Traceback" not in done.stderr and done.stdout == ""
    assert list(profile.iterdir()) == []  # nothing written
    for request in oauth.authorization_requests[requests:]:
        assert_closed(urlsplit(request.params["redirect_uri"]).port or 0)
