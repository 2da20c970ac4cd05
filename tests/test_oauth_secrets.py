"""The refresh token of a real sign-in goes to the real Secret Service (gnome-keyring on a private
D-Bus), and into no file and no memory copy."""

from __future__ import annotations

import asyncio
from pathlib import Path

from keyring.backend import KeyringBackend

from tests.fixtures.oauth_server import OAuthServer
from tests.test_oauth import ADDRESS, client_of, http
from tests.test_secrets import (  # fixtures: a private bus and gnome-keyring on it
    LEAKY_SECRET_SERVICE,
    _files_containing,
    empty_bus,  # noqa: F401
    secret_service,  # noqa: F401
)
from wizard import secrets
from wizard.oauth import TokenSet, access_token


@LEAKY_SECRET_SERVICE
def test_refresh_token_lives_in_the_secret_service_only(
    oauth_server: OAuthServer,
    secret_service: tuple[KeyringBackend, Path],  # noqa: F811
    tmp_path: Path,
) -> None:
    backend, _home = secret_service
    client = client_of(oauth_server)

    async def get() -> TokenSet:
        async with http(oauth_server) as session:
            return await access_token(client, ADDRESS, keyring=backend, opener=oauth_server.browser,
                                      http=session)

    try:
        tokens = asyncio.run(get())
        issuer = client.issuer.removeprefix("https://")
        assert backend.get_password(secrets.TOKEN_SERVICE_NAME, f"{issuer} {ADDRESS}") == tokens.refresh_token
        assert not secrets._memory
        assert _files_containing(tmp_path, tokens.refresh_token) == []
        secrets.delete_token(issuer, ADDRESS, backend=backend)
        assert secrets.get_token(issuer, ADDRESS, backend=backend) is None
    finally:
        secrets._memory.clear()
