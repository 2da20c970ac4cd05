"""Careful HTTP for settings documents: size cap, XML only, redirects capped and recorded.

A response is read as a stream and abandoned as soon as it passes ``MAX_RESPONSE_BYTES``;
redirects are followed by hand so that every hop is known (an ``http:`` hop or a hop to
another registrable domain lowers the trust of what comes back).
"""

from __future__ import annotations

import asyncio
import base64
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from wizard.discovery.domains import registrable_domain
from wizard.discovery.network import NameNotFound, Network

MAX_RESPONSE_BYTES = 1024 * 1024
MAX_REDIRECTS = 5
XML_TYPES = ("text/xml", "application/xml", "text/rdf")


class FetchFailed(Exception):
    """The document could not be fetched; ``str()`` says why (for the trace)."""


class NotThere(FetchFailed):
    """A clean negative answer: the host does not exist or the document is missing."""


class NeedsCredentials(FetchFailed):
    """The server answered 401."""

    def __init__(self, url: str) -> None:
        super().__init__(f"{url} asks for a password")
        self.url = url


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # the URL asked for
    final_url: str  # after redirects
    body: bytes
    insecure: bool  # some hop used plain http
    redirected_domain: str  # registrable domain of the final host when it differs, else ""


def is_xml_type(content_type: str) -> bool:
    media = content_type.split(";", maxsplit=1)[0].strip().lower()
    return media in XML_TYPES or media.endswith("+xml")


async def fetch_xml(
    network: Network,
    client: httpx.AsyncClient,
    url: str,
    *,
    method: str = "GET",
    content: bytes | None = None,
    headers: dict[str, str] | None = None,
    auth: tuple[str, str] | None = None,
    timeout: float | None = None,
    max_redirects: int = MAX_REDIRECTS,
    https_only: bool = False,
) -> Fetched:
    """Fetch one XML document; raise ``NotThere`` for a clean negative, else ``FetchFailed``.

    Credentials (``auth``) are only ever sent to https URLs on the first host's registrable
    domain; a redirect elsewhere drops them."""
    limit = network.http_timeout if timeout is None else timeout
    try:
        async with asyncio.timeout(limit):
            return await _fetch(
                network,
                client,
                url,
                method=method,
                content=content,
                headers=headers or {},
                auth=auth,
                max_redirects=max_redirects,
                https_only=https_only,
            )
    except TimeoutError:
        raise FetchFailed(f"{_short(url)} did not answer within {limit:g} s") from None
    except httpx.HTTPError as exc:
        if _refused(exc):
            raise NotThere(f"nothing answers at {_short(url)}") from None
        raise FetchFailed(f"{_short(url)}: {_describe(exc)}") from None


async def _fetch(
    network: Network,
    client: httpx.AsyncClient,
    url: str,
    *,
    method: str,
    content: bytes | None,
    headers: dict[str, str],
    auth: tuple[str, str] | None,
    max_redirects: int,
    https_only: bool,
) -> Fetched:
    first_domain = registrable_domain(urlsplit(url).hostname or "")
    current = url
    insecure = False
    for _hop in range(max_redirects + 1):
        parts = urlsplit(current)
        host = parts.hostname or ""
        if parts.scheme not in ("http", "https") or not host:
            raise FetchFailed(f"refused to follow {_short(current)}")
        if parts.scheme == "http":
            if https_only:
                raise FetchFailed(f"refused to follow a redirect to plain http ({_short(current)})")
            insecure = True
        same_domain = registrable_domain(host) == first_domain
        send_auth = auth if (auth and parts.scheme == "https" and same_domain) else None
        request = client.build_request(
            method,
            current,
            content=content,
            headers=headers,
            extensions={
                "timeout": {
                    "connect": network.http_timeout,
                    "read": network.http_timeout,
                    "write": network.http_timeout,
                    "pool": network.http_timeout,
                }
            },
        )
        if send_auth:
            token = base64.b64encode(f"{send_auth[0]}:{send_auth[1]}".encode()).decode("ascii")
            request.headers["Authorization"] = f"Basic {token}"
        try:
            response = await client.send(request, stream=True, follow_redirects=False)
        except httpx.ConnectError:
            await _require_host(network, host)  # a missing name is "nothing here"
            raise
        try:
            if response.is_redirect:
                location = response.headers.get("location", "")
                if not location:
                    raise FetchFailed(f"{_short(current)} redirects to nowhere")
                current = urljoin(current, location)
                continue
            if response.status_code == 401:
                raise NeedsCredentials(current)
            if response.status_code in (404, 410):
                raise NotThere(f"{_short(current)} has no settings (HTTP {response.status_code})")
            if response.status_code != 200:
                raise FetchFailed(f"{_short(current)} answered HTTP {response.status_code}")
            content_type = response.headers.get("content-type", "")
            if not is_xml_type(content_type):
                raise FetchFailed(
                    f"{_short(current)} answered {content_type or 'no content type'}, not XML"
                )
            declared = response.headers.get("content-length", "")
            if declared.isascii() and declared.isdigit() and int(declared) > MAX_RESPONSE_BYTES:
                raise FetchFailed(f"{_short(current)} sent more than {MAX_RESPONSE_BYTES} bytes")
            body = bytearray()
            async for chunk in response.aiter_raw():
                body += chunk
                if len(body) > MAX_RESPONSE_BYTES:
                    raise FetchFailed(
                        f"{_short(current)} sent more than {MAX_RESPONSE_BYTES} bytes"
                    )
            final_domain = registrable_domain(host)
            return Fetched(
                url=url,
                final_url=current,
                body=bytes(body),
                insecure=insecure,
                redirected_domain=final_domain if final_domain != first_domain else "",
            )
        finally:
            await response.aclose()
    raise FetchFailed(f"{_short(url)} redirected more than {max_redirects} times")


async def redirect_location(network: Network, client: httpx.AsyncClient, url: str) -> str:
    """The target of a redirect at ``url`` (absolute), or "" when it does not redirect."""
    host = urlsplit(url).hostname or ""
    try:
        async with asyncio.timeout(network.http_timeout):
            try:
                async with client.stream("GET", url, follow_redirects=False) as response:
                    location = response.headers.get("location", "") if response.is_redirect else ""
            except httpx.ConnectError:
                await _require_host(network, host)
                raise
    except TimeoutError:
        raise FetchFailed(
            f"{_short(url)} did not answer within {network.http_timeout:g} s"
        ) from None
    except httpx.HTTPError as exc:
        if _refused(exc):
            raise NotThere(f"nothing answers at {_short(url)}") from None
        raise FetchFailed(f"{_short(url)}: {_describe(exc)}") from None
    return urljoin(url, location) if location else ""


async def _require_host(network: Network, host: str) -> None:
    """After a failed connect: a name that does not exist is a clean "nothing here"."""
    try:
        await network.resolver.addresses(host)
    except NameNotFound:
        raise NotThere(f"{host} does not exist") from None
    except OSError:
        pass  # let the HTTP client try the system resolver


def _refused(exc: BaseException) -> bool:
    """A refused connection is a clear "nothing here", unlike a timeout or a TLS error."""
    seen: BaseException | None = exc
    for _ in range(8):
        if seen is None:
            return False
        if isinstance(seen, ConnectionRefusedError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _short(url: str) -> str:
    return url.split("?", 1)[0]


def _describe(exc: httpx.HTTPError) -> str:
    text = str(exc) or type(exc).__name__
    if "CERTIFICATE_VERIFY_FAILED" in text or "certificate" in text.lower():
        return f"certificate not trusted ({text})"
    return text
