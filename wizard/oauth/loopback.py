"""The loopback redirect listener of a native-app sign-in (RFC 8252 §7.3).

A one-shot HTTP server on an ephemeral port of 127.0.0.1 (or ::1) waits for the browser to come
back with ``?code=…&state=…``. Requests to any other path (a browser's ``/favicon.ico``) get a
404 and are otherwise ignored; the first answer on the redirect path decides: a ``state`` that
is not ours, ``error=access_denied`` or any other ``error=`` each end the sign-in with a typed
error. The browser gets a short page, headed with the program's name (Mail Wizard or the
brand's, ``wizard.i18n.product_name()``), saying whether to go back to it. Closing the
listener (always, also on cancellation) leaves nothing listening.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import html
from urllib.parse import parse_qs, urlsplit, urlunsplit

from wizard.i18n import product_name, translate
from wizard.oauth.errors import OAuthError, OAuthProblem, clean_detail

MAX_REQUEST_BYTES = 16 * 1024
READ_TIMEOUT = 10.0  # one browser request; a silent connection is dropped, the wait goes on


def _page_text(problem: OAuthProblem | None) -> str:
    """The page's sentence; %1: the program."""
    if problem is None:
        return translate("OAuth", "You are signed in. You can close this page and go back to %1.")
    if problem is OAuthProblem.DENIED:
        return translate("OAuth", "The sign-in was refused. You can close this page and go back to %1.")
    return translate("OAuth", "The sign-in did not work. You can close this page and go back to %1.")


def _page(problem: OAuthProblem | None) -> bytes:
    name = html.escape(product_name())
    text = html.escape(_page_text(problem)).replace("%1", name)
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{name}</title></head>'
        f'<body style="font-family: sans-serif; margin: 3em"><h1>{name}</h1><p>{text}</p>'
        "</body></html>"
    ).encode()


def _response(status: str, body: bytes) -> bytes:
    head = (
        f"HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\n"
        f"Content-Length: {len(body)}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n"
    )
    return head.encode("ascii") + body


class RedirectListener:
    """Listens for one authorization response; use ``async with`` or call :meth:`close`."""

    def __init__(self, redirect_uri: str, state: str, issuer: str = "") -> None:
        parts = urlsplit(redirect_uri)
        host = parts.hostname or "127.0.0.1"
        self._bind = "::1" if host == "::1" else "127.0.0.1"  # "localhost": the IPv4 loopback
        self._template = parts
        self.path = parts.path or "/"
        self._state = state
        self._issuer = issuer
        self._server: asyncio.Server | None = None
        self._outcome: asyncio.Future[str] | None = None
        self._connections: set[asyncio.StreamWriter] = set()
        self.redirect_uri = ""
        self.port = 0

    async def start(self) -> str:
        """Listen on a fresh port; return the exact redirect URI to send to the provider."""
        self._outcome = asyncio.get_running_loop().create_future()
        self._server = await asyncio.start_server(
            self._serve, self._bind, 0, limit=MAX_REQUEST_BYTES
        )
        self.port = self._server.sockets[0].getsockname()[1]
        host = self._template.hostname or "127.0.0.1"
        netloc = f"[{host}]:{self.port}" if ":" in host else f"{host}:{self.port}"
        self.redirect_uri = urlunsplit(("http", netloc, self.path, "", ""))
        return self.redirect_uri

    async def __aenter__(self) -> RedirectListener:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def result(self) -> str:
        """The authorization code; raises :class:`OAuthError` for any other answer."""
        assert self._outcome is not None, "start() first"
        return await asyncio.shield(self._outcome)

    async def close(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            server.close()
            for writer in list(self._connections):  # an open browser connection must not
                writer.transport.abort()  # keep us waiting
            await server.wait_closed()
        outcome = self._outcome
        if outcome is not None:
            if not outcome.done():
                outcome.cancel()
            elif not outcome.cancelled():
                outcome.exception()  # retrieved: an error nobody awaited is not a warning

    # ------------------------------------------------------------------ one request

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._connections.add(writer)
        try:
            async with asyncio.timeout(READ_TIMEOUT):
                head = await reader.readuntil(b"\r\n\r\n")
            answer = self._answer(head)
            writer.write(answer)
            await writer.drain()
        except (TimeoutError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, OSError):
            pass  # a broken or silent connection is not an answer; keep waiting
        finally:
            self._connections.discard(writer)
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()

    def _answer(self, head: bytes) -> bytes:
        request_line = head.split(b"\r\n", 1)[0].decode("latin-1")
        parts = request_line.split(" ")
        if len(parts) != 3 or not parts[2].startswith("HTTP/"):
            return _response("400 Bad Request", b"")
        method, target = parts[0], parts[1]
        url = urlsplit(target)
        if url.path != self.path:
            return _response("404 Not Found", b"")
        if method != "GET":
            return _response("405 Method Not Allowed", b"")
        outcome = self._outcome
        if outcome is None or outcome.done():
            return _response("410 Gone", _page(OAuthProblem.AUTHORIZATION_FAILED))
        query = parse_qs(url.query, keep_blank_values=True)
        first = {key: values[0] for key, values in query.items() if len(values) == 1}
        problem: OAuthProblem | None = None
        state = first.get("state", "")
        if not hmac.compare_digest(state.encode("utf-8", "replace"), self._state.encode()):
            problem, detail = OAuthProblem.STATE_MISMATCH, ""
        elif "error" in first:
            error = first["error"]
            problem = OAuthProblem.DENIED if error == "access_denied" else OAuthProblem.AUTHORIZATION_FAILED
            description = first.get("error_description", "")
            detail = clean_detail(f"{error}: {description}" if description else error)
        elif not first.get("code"):
            problem, detail = OAuthProblem.AUTHORIZATION_FAILED, "the answer has no code"
        if problem is None:
            outcome.set_result(first["code"])
            return _response("200 OK", _page(None))
        outcome.set_exception(OAuthError(problem, self._issuer, detail))
        return _response("400 Bad Request", _page(problem))


__all__ = ["RedirectListener"]
