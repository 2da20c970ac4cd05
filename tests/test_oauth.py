"""The wizard's own sign-in against the local OAuth2 server: the whole native-app flow (a test
"browser" follows the authorization URL by HTTP), refresh, and each bad input contained: a
typed error, nothing stored, and the loopback port closed afterwards."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

import httpx
import pytest

from tests.fixtures.oauth_server import OAuthServer
from tests.fixtures.oauth_world import DictKeyring
from wizard import secrets
from wizard.oauth import (
    OAuthClient,
    OAuthError,
    OAuthProblem,
    OAuthSettings,
    TokenSet,
    access_token,
    load_registrations,
    pkce_pair,
    refresh_tokens,
    registrations_from,
    sign_in,
)

ADDRESS = "user@example.test"


def client_of(server: OAuthServer, **registration: Any) -> OAuthClient:
    entry = {"issuer": server.issuer, "client_id": server.client_id, **registration}
    settings = OAuthSettings(
        issuer=server.issuer,
        scope=server.scope,
        authorization_endpoint=server.authorization_endpoint,
        token_endpoint=server.token_endpoint,
    )
    return registrations_from([entry]).client_for(settings)


def http(server: OAuthServer) -> httpx.AsyncClient:
    return httpx.AsyncClient(verify=server.ssl_context(), timeout=10.0, trust_env=False)


def run_sign_in(server: OAuthServer, opener: Callable[[str], bool | None], **options: Any) -> TokenSet:
    async def main() -> TokenSet:
        async with http(server) as session:
            return await sign_in(options.pop("client", client_of(server)), opener=opener,
                                 http=session, **options)

    return asyncio.run(main())


def assert_closed(port: int) -> None:
    with pytest.raises(ConnectionRefusedError), socket.create_connection(("127.0.0.1", port), timeout=5):
        pass


def redirect_port(server: OAuthServer) -> int:
    redirect = server.authorization_requests[-1].params["redirect_uri"]
    port = urlsplit(redirect).port
    assert port is not None
    return port


class Browser:
    """A test browser that follows the authorization page and then changes the redirect."""

    def __init__(self, server: OAuthServer, change: Callable[[str], str]) -> None:
        self.server, self.change = server, change
        self.answers: list[int | str] = []

    def __call__(self, url: str) -> bool:
        with httpx.Client(verify=self.server.ssl_context(), trust_env=False, timeout=10) as client:
            location = client.get(url).headers["location"]
        with httpx.Client(trust_env=False, timeout=10) as loopback:
            try:
                self.answers.append(loopback.get(self.change(location)).status_code)
            except httpx.ConnectError as exc:
                self.answers.append(type(exc).__name__)
        return True


def with_param(location: str, **changes: str) -> str:
    parts = urlsplit(location)
    query = {k: v[0] for k, v in parse_qs(parts.query).items()} | changes
    return urlunsplit(parts._replace(query=urlencode(query)))


# --------------------------------------------------------------------------- the whole flow


def test_sign_in_with_pkce_gives_a_working_token(oauth_server: OAuthServer) -> None:
    tokens = run_sign_in(oauth_server, oauth_server.browser, login_hint=ADDRESS)

    request = oauth_server.authorization_requests[-1].params
    assert request["response_type"] == "code" and request["client_id"] == oauth_server.client_id
    assert request["code_challenge_method"] == "S256" and len(request["code_challenge"]) == 43
    assert request["scope"] == oauth_server.scope and request["login_hint"] == ADDRESS
    redirect = urlsplit(request["redirect_uri"])
    assert (redirect.scheme, redirect.hostname) == ("http", "127.0.0.1") and redirect.port
    assert len(request["state"]) >= 32
    status, page = oauth_server.browser_pages[-1]
    assert status == 200 and "You are signed in" in page
    assert oauth_server.token_is_active(tokens.access_token)
    assert tokens.refresh_token and not tokens.expired()
    assert tokens.access_token not in repr(tokens) and tokens.refresh_token not in repr(tokens)
    assert_closed(redirect_port(oauth_server))


def test_confidential_client_sends_its_secret(oauth_server: OAuthServer) -> None:
    client = client_of(oauth_server, client_id=oauth_server.confidential_client_id,
                       client_secret=oauth_server.client_secret)
    assert oauth_server.client_secret not in repr(client)
    tokens = run_sign_in(oauth_server, oauth_server.browser, client=client)
    assert oauth_server.token_is_active(tokens.access_token)

    wrong = client_of(oauth_server, client_id=oauth_server.confidential_client_id,
                      client_secret="wrong")
    with pytest.raises(OAuthError) as caught:
        run_sign_in(oauth_server, oauth_server.browser, client=wrong)
    assert caught.value.kind is OAuthProblem.TOKEN_REFUSED


def test_pkce_pair_follows_rfc_7636() -> None:
    verifier, challenge = pkce_pair()
    assert 43 <= len(verifier) <= 128
    assert set(verifier) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
    expected = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=")
    assert challenge == expected.decode()
    assert pkce_pair() != (verifier, challenge)


def test_refresh_gives_a_new_access_token_and_keeps_the_refresh_token(oauth_server: OAuthServer) -> None:
    refresh = oauth_server.issue_refresh_token()

    async def main() -> TokenSet:
        async with http(oauth_server) as session:
            return await refresh_tokens(client_of(oauth_server), refresh, http=session)

    tokens = asyncio.run(main())
    assert oauth_server.token_is_active(tokens.access_token)
    assert tokens.refresh_token == refresh


def test_expired_or_revoked_refresh_token_is_refused(oauth_server: OAuthServer) -> None:
    refresh = oauth_server.issue_refresh_token()
    oauth_server.revoke(refresh)

    async def main() -> TokenSet:
        async with http(oauth_server) as session:
            return await refresh_tokens(client_of(oauth_server), refresh, http=session)

    with pytest.raises(OAuthError) as caught:
        asyncio.run(main())
    assert caught.value.kind is OAuthProblem.TOKEN_REFUSED
    assert "invalid_grant" in caught.value.detail and refresh not in str(caught.value.detail)


# --------------------------------------------------------------------------- bad input


def test_denied_consent(oauth_server: OAuthServer) -> None:
    token_requests = len(oauth_server.token_requests)
    with oauth_server.denying(), pytest.raises(OAuthError) as caught:
        run_sign_in(oauth_server, oauth_server.browser)
    assert caught.value.kind is OAuthProblem.DENIED
    assert str(caught.value) == (
        f"The sign-in at {oauth_server.issuer} was refused, so Mail Wizard got no access."
    )
    status, page = oauth_server.browser_pages[-1]
    assert status == 400 and "The sign-in was refused" in page
    assert len(oauth_server.token_requests) == token_requests  # no code was ever traded
    assert_closed(redirect_port(oauth_server))


def test_user_who_never_returns_meets_the_deadline(oauth_server: OAuthServer) -> None:
    opened: list[str] = []

    def browser_closed_at_once(url: str) -> bool:
        opened.append(url)
        return True

    with pytest.raises(OAuthError) as caught:
        run_sign_in(oauth_server, browser_closed_at_once, timeout=0.5)
    assert caught.value.kind is OAuthProblem.TIMED_OUT
    port = urlsplit(parse_qs(urlsplit(opened[0]).query)["redirect_uri"][0]).port
    assert port is not None
    assert_closed(port)


def test_cancelling_the_sign_in_closes_the_listener(oauth_server: OAuthServer) -> None:
    opened: list[str] = []

    async def main() -> None:
        task = asyncio.create_task(sign_in(client_of(oauth_server), opener=opened.append))
        while not opened:
            await asyncio.sleep(0.01)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(main())
    port = urlsplit(parse_qs(urlsplit(opened[0]).query)["redirect_uri"][0]).port
    assert port is not None
    assert_closed(port)


def test_wrong_state_is_refused(oauth_server: OAuthServer) -> None:
    browser = Browser(oauth_server, lambda location: with_param(location, state="forged"))
    with pytest.raises(OAuthError) as caught:
        run_sign_in(oauth_server, browser)
    assert caught.value.kind is OAuthProblem.STATE_MISMATCH
    assert browser.answers == [400]
    assert_closed(redirect_port(oauth_server))


def test_redirect_to_another_port_is_never_taken(oauth_server: OAuthServer) -> None:
    with socket.socket() as spare:  # a port nobody listens on
        spare.bind(("127.0.0.1", 0))
        other = spare.getsockname()[1]

    def elsewhere(location: str) -> str:
        parts = urlsplit(location)
        return urlunsplit(parts._replace(netloc=f"127.0.0.1:{other}"))

    browser = Browser(oauth_server, elsewhere)
    with pytest.raises(OAuthError) as caught:
        run_sign_in(oauth_server, browser, timeout=1.0)
    assert caught.value.kind is OAuthProblem.TIMED_OUT
    assert browser.answers == ["ConnectError"]
    assert_closed(redirect_port(oauth_server))


def test_redirect_to_another_path_is_ignored(oauth_server: OAuthServer) -> None:
    def other_path(location: str) -> str:
        return urlunsplit(urlsplit(location)._replace(path="/favicon.ico"))

    browser = Browser(oauth_server, other_path)
    with pytest.raises(OAuthError) as caught:
        run_sign_in(oauth_server, browser, timeout=1.0)
    assert caught.value.kind is OAuthProblem.TIMED_OUT
    assert browser.answers == [404]
    assert_closed(redirect_port(oauth_server))

    class ThenRightPath(Browser):
        def __call__(self, url: str) -> bool:
            with httpx.Client(verify=self.server.ssl_context(), trust_env=False, timeout=10) as client:
                location = client.get(url).headers["location"]
            with httpx.Client(trust_env=False, timeout=10) as loopback:
                self.answers.append(loopback.get(other_path(location)).status_code)
                self.answers.append(loopback.get(location).status_code)
            return True

    patient = ThenRightPath(oauth_server, str)
    tokens = run_sign_in(oauth_server, patient)
    assert patient.answers == [404, 200] and oauth_server.token_is_active(tokens.access_token)


def test_token_endpoint_that_hangs_meets_its_deadline(oauth_server: OAuthServer) -> None:
    with oauth_server.token_behaviour("hang"), pytest.raises(OAuthError) as caught:
        run_sign_in(oauth_server, oauth_server.browser, token_timeout=1.0)
    assert caught.value.kind is OAuthProblem.TOKEN_TIMEOUT
    assert_closed(redirect_port(oauth_server))


@pytest.mark.parametrize("mode", ["malformed", "injected"])
def test_malformed_token_response(oauth_server: OAuthServer, mode: str) -> None:
    with oauth_server.token_behaviour(mode), pytest.raises(OAuthError) as caught:
        run_sign_in(oauth_server, oauth_server.browser)
    assert caught.value.kind is OAuthProblem.MALFORMED_RESPONSE
    assert "\r" not in caught.value.detail
    assert_closed(redirect_port(oauth_server))


def test_unreachable_token_endpoint(oauth_server: OAuthServer) -> None:
    with socket.socket() as spare:
        spare.bind(("127.0.0.1", 0))
        port = spare.getsockname()[1]
    client = client_of(oauth_server, token_endpoint=f"https://127.0.0.1:{port}/token")
    with pytest.raises(OAuthError) as caught:
        run_sign_in(oauth_server, oauth_server.browser, client=client)
    assert caught.value.kind is OAuthProblem.TOKEN_UNREACHABLE


def test_browser_that_cannot_open(oauth_server: OAuthServer) -> None:
    with pytest.raises(OAuthError) as caught:
        run_sign_in(oauth_server, lambda url: False)
    assert caught.value.kind is OAuthProblem.BROWSER_FAILED
    assert caught.value.url.startswith(oauth_server.authorization_endpoint + "?")
    port = urlsplit(parse_qs(urlsplit(caught.value.url).query)["redirect_uri"][0]).port
    assert port is not None
    assert_closed(port)


# --------------------------------------------------------------------------- the keyring


@pytest.fixture
def keyring_backend() -> Iterator[DictKeyring]:
    yield DictKeyring()
    secrets._memory.clear()


def test_access_token_keeps_the_refresh_token_in_the_keyring_only(
    oauth_server: OAuthServer, keyring_backend: DictKeyring, tmp_path: Path
) -> None:
    client = client_of(oauth_server)
    issuer_key = f"127.0.0.1:{oauth_server.port} {ADDRESS}"

    def must_not_open(url: str) -> bool:
        raise AssertionError("the browser was opened although a refresh token was kept")

    async def get(opener: Callable[[str], bool | None], interactive: bool = True) -> TokenSet:
        async with http(oauth_server) as session:
            return await access_token(client, ADDRESS, keyring=keyring_backend, opener=opener,
                                      http=session, interactive=interactive)

    with pytest.raises(OAuthError) as caught:
        asyncio.run(get(must_not_open, interactive=False))
    assert caught.value.kind is OAuthProblem.SIGN_IN_NEEDED

    first = asyncio.run(get(oauth_server.browser))
    assert keyring_backend.entries == {(secrets.TOKEN_SERVICE_NAME, issuer_key): first.refresh_token}
    assert not secrets._memory

    second = asyncio.run(get(must_not_open))  # refreshed, no browser
    assert oauth_server.token_is_active(second.access_token) and second.access_token != first.access_token
    assert secrets.get_token(client.issuer.removeprefix("https://"), ADDRESS,
                             backend=keyring_backend) == first.refresh_token

    oauth_server.revoke(first.refresh_token)  # the provider forgot us: sign in again
    third = asyncio.run(get(oauth_server.browser))
    assert keyring_backend.entries[(secrets.TOKEN_SERVICE_NAME, issuer_key)] == third.refresh_token
    assert third.refresh_token != first.refresh_token

    with oauth_server.denying(), pytest.raises(OAuthError):
        oauth_server.revoke(third.refresh_token)
        asyncio.run(get(oauth_server.browser))
    assert keyring_backend.entries == {}  # the refused one is forgotten, nothing new stored


def test_token_in_memory_only_without_a_secure_keyring(oauth_server: OAuthServer) -> None:
    from keyring.backends import fail

    try:
        status = secrets.store_token("issuer.test", ADDRESS, "refresh-1", backend=fail.Keyring())
        assert not status.secure
        assert secrets.get_token("Issuer.test", ADDRESS.upper(), backend=fail.Keyring()) == "refresh-1"
        secrets.delete_token("issuer.test", ADDRESS, backend=fail.Keyring())
        assert secrets.get_token("issuer.test", ADDRESS, backend=fail.Keyring()) is None
    finally:
        secrets._memory.clear()


# --------------------------------------------------------------------------- registrations


def _toml(path: Path, *entries: str) -> Path:
    path.write_text("version = 1\n" + "".join(f"\n[[registration]]\n{e}\n" for e in entries))
    return path


def test_bundled_file_has_no_registration_and_says_so(tmp_path: Path) -> None:
    registrations = load_registrations(site_file=tmp_path / "absent.toml")
    assert registrations.registrations == () and registrations.problems == ()
    settings = OAuthSettings("accounts.google.com", "https://mail.google.com/",
                             "https://accounts.google.com/o/oauth2/v2/auth",
                             "https://oauth2.googleapis.com/token")
    with pytest.raises(OAuthError) as caught:
        registrations.client_for(settings)
    assert caught.value.kind is OAuthProblem.NO_REGISTRATION
    assert "proves what it can without credentials" in str(caught.value)


def test_admin_file_and_branded_file_override_in_order(tmp_path: Path) -> None:
    site = _toml(tmp_path / "site.toml",
                 'issuer = "https://Accounts.Google.com/"\nclient_id = "admin-id"',
                 'issuer = "login.yahoo.com"\nclient_id = "admin-yahoo"\nclient_secret = "s"\n'
                 'scope = "mail-r"\nauthorization_params = { prompt = "consent" }')
    brand = _toml(tmp_path / "brand.toml",
                  'issuer = "accounts.google.com"\nclient_id = "brand-id"\n'
                  'redirect_uri = "http://localhost/callback"')
    registrations = load_registrations([brand], site_file=site)
    google = OAuthSettings("accounts.google.com", "https://mail.google.com/",
                           "https://accounts.google.com/o/oauth2/v2/auth",
                           "https://oauth2.googleapis.com/token")
    client = registrations.client_for(google)
    assert (client.client_id, client.redirect_uri, client.scope) == (
        "brand-id", "http://localhost/callback", "https://mail.google.com/")
    yahoo = registrations.client_for(OAuthSettings("login.yahoo.com", "mail-w",
                                                   "https://api.login.yahoo.com/oauth2/request_auth",
                                                   "https://api.login.yahoo.com/oauth2/get_token"))
    assert (yahoo.client_id, yahoo.client_secret, yahoo.scope) == ("admin-yahoo", "s", "mail-r")
    assert yahoo.authorization_params == (("prompt", "consent"),)
    assert load_registrations(site_file=site).client_for(google).client_id == "admin-id"


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ('client_id = "x"', "'issuer' is missing"),
        ('issuer = "a.test"', "'client_id' is missing"),
        ('issuer = "a.test"\nclient_id = "x"\ntoken_endpoint = "http://a.test/token"', "not an https"),
        ('issuer = "a.test"\nclient_id = "x"\nredirect_uri = "http://evil.test/"', "redirect_uri"),
        ('issuer = "a.test"\nclient_id = "x"\nclient_id_typo = "y"', "unknown keys client_id_typo"),
        ('issuer = "a.test"\nclient_id = 5', "'client_id' must be a string"),
        ('issuer = "a.test"\nclient_id = "x"\nauthorization_params = { state = "fixed" }', "may not set state"),
    ],
)
def test_invalid_registration_is_skipped_and_reported(tmp_path: Path, entry: str, problem: str) -> None:
    good = 'issuer = "b.test"\nclient_id = "ok"'
    registrations = load_registrations([_toml(tmp_path / "r.toml", entry, good)], site=False)
    assert [r.client_id for r in registrations.registrations] == ["ok"]
    assert len(registrations.problems) == 1 and problem in registrations.problems[0]


@pytest.mark.parametrize("content", [b"version = 2\n", b"not toml [", b"\xff\xfe", b"registration = 1\n"])
def test_unreadable_file_is_reported_not_fatal(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.toml"
    path.write_bytes(content)
    registrations = load_registrations([path], site=False)
    assert registrations.registrations == () and len(registrations.problems) == 1
    assert str(path) in registrations.problems[0]


def test_registration_without_endpoints_anywhere_is_no_registration() -> None:
    registrations = registrations_from([{"issuer": "a.test", "client_id": "x"}])
    with pytest.raises(OAuthError) as caught:
        registrations.client_for(OAuthSettings("a.test"))
    assert caught.value.kind is OAuthProblem.NO_REGISTRATION


def test_the_browser_page_speaks_the_users_language(oauth_server: OAuthServer) -> None:
    from wizard.i18n import QmTranslations, translated_by

    with translated_by(QmTranslations.load("sv").lookup):
        run_sign_in(oauth_server, oauth_server.browser)
    status, page = oauth_server.browser_pages[-1]
    assert status == 200 and "Du är inloggad." in page and 'charset="utf-8"' in page


def test_the_browser_page_and_the_errors_name_the_brand(oauth_server: OAuthServer) -> None:
    from wizard.i18n import branded_as

    with branded_as("A&B Mail"):
        run_sign_in(oauth_server, oauth_server.browser)
        with oauth_server.denying(), pytest.raises(OAuthError) as caught:
            run_sign_in(oauth_server, oauth_server.browser)
    signed_in, refused = (page for _status, page in oauth_server.browser_pages[-2:])
    assert "<title>A&amp;B Mail</title>" in signed_in and "<h1>A&amp;B Mail</h1>" in signed_in
    assert "You can close this page and go back to A&amp;B Mail." in signed_in
    assert "go back to A&amp;B Mail." in refused and "The sign-in was refused" in refused
    assert "Mail Wizard" not in signed_in + refused
    assert str(caught.value) == f"The sign-in at {oauth_server.issuer} was refused, so A&B Mail got no access."
    with pytest.raises(OAuthError) as unregistered:
        registrations_from([{"issuer": "a.test", "client_id": "x"}]).client_for(OAuthSettings("a.test"))
    assert str(unregistered.value).startswith("Mail Wizard has no sign-in registration for a.test")
    with branded_as("A&B Mail"), pytest.raises(OAuthError) as unregistered:
        registrations_from([{"issuer": "a.test", "client_id": "x"}]).client_for(OAuthSettings("a.test"))
    assert str(unregistered.value).startswith("A&B Mail has no sign-in registration for a.test")
