"""Microsoft Autodiscover, the POX ("outlook" 2006a schema) flavour.

The places asked, as classic Outlook does (reference: outlook-apple-and-others.md §3.1):
``autodiscover.<domain>`` and ``<domain>`` over https, the plain-http redirect method, and
the host named by the SRV record ``_autodiscover._tcp.<domain>``.

Safety rules (§3.4): requests are POSTed; Basic credentials are only sent after a 401 from
an https URL of the address's own registrable domain; the plain-http URL is only used as a
pointer to an https URL and anything reached that way needs the user's confirmation, like
anything from the host an (unauthenticated) SRV answer names; ``redirectUrl`` /
``redirectAddr`` hops are capped; autodiscover.<public suffix> is never constructed.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from urllib.parse import urlsplit
from xml.etree.ElementTree import Element
from xml.sax.saxutils import escape

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from wizard.discovery.context import FetchFailed, Lookup, NotThere, first_in_order
from wizard.discovery.domains import registrable_domain
from wizard.discovery.fetch import NeedsCredentials, fetch_xml, redirect_location
from wizard.discovery.network import NameNotFound
from wizard.model import (
    AccountConfig,
    AuthMethod,
    ConfigWarning,
    Protocol,
    Security,
    ServerSettings,
    Source,
    Trust,
    WarningKind,
    default_port,
    parse_address,
)

MAX_HOPS = 5  # redirectUrl + redirectAddr together
MAX_ADDRESS_REDIRECTS = 2
REQUEST_SCHEMA = "http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006"
RESPONSE_SCHEMA = "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a"
HEADERS = {"Content-Type": "text/xml; charset=utf-8"}
_PROTOCOLS = {"IMAP": Protocol.IMAP, "POP3": Protocol.POP3, "SMTP": Protocol.SMTP}


def request_body(address: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<Autodiscover xmlns="{REQUEST_SCHEMA}"><Request>'
        f"<EMailAddress>{escape(address)}</EMailAddress>"
        f"<AcceptableResponseSchema>{RESPONSE_SCHEMA}</AcceptableResponseSchema>"
        "</Request></Autodiscover>"
    ).encode()


async def from_autodiscover(lookup: Lookup) -> list[AccountConfig]:
    domain = lookup.address.domain
    urls = [
        f"https://autodiscover.{domain}/autodiscover/autodiscover.xml",
        f"https://{domain}/autodiscover/autodiscover.xml",
    ]
    attempts: list[Callable[[], Awaitable[AccountConfig]]] = [
        _attempt(lookup, url, redirected=False) for url in urls
    ]
    attempts.append(lambda: _http_redirect(lookup))
    attempts.append(lambda: _srv_target(lookup))
    return [await first_in_order(attempts)]


def _attempt(
    lookup: Lookup, url: str, *, redirected: bool
) -> Callable[[], Awaitable[AccountConfig]]:
    return lambda: _ask(lookup, url, lookup.address.address, redirected=redirected)


async def _http_redirect(lookup: Lookup) -> AccountConfig:
    """The redirect method: GET the http URL (no credentials), follow only an https target;
    whatever comes from there needs the user's confirmation."""
    url = f"http://autodiscover.{lookup.address.domain}/autodiscover/autodiscover.xml"
    lookup.report(url)
    target = await redirect_location(lookup.network, lookup.client, url)
    if not target or urlsplit(target).scheme != "https":
        raise NotThere(f"{url} gives no https redirect")
    return await _ask(lookup, target, lookup.address.address, redirected=True)


async def _srv_target(lookup: Lookup) -> AccountConfig:
    """The SRV method: ``_autodiscover._tcp.<domain>`` names the host to ask. DNS answers
    are not authenticated, so, as with the redirect method, no password goes there and what
    comes back needs the user's confirmation."""
    name = f"_autodiscover._tcp.{lookup.address.domain}"
    lookup.report(f"SRV record {name}")
    try:
        records = await lookup.network.resolver.srv(name)
    except NameNotFound:
        raise NotThere(f"{name} does not exist") from None
    offered = sorted((r for r in records if r.target and r.port), key=lambda r: (r.priority, -r.weight))
    if not offered:
        raise NotThere(f"{name} names no host")
    best = offered[0]
    host = best.target if best.port == 443 else f"{best.target}:{best.port}"
    url = f"https://{host}/autodiscover/autodiscover.xml"
    config = await _ask(lookup, url, lookup.address.address, redirected=True)
    # Nobody but DNS vouches for that host: say so, rather than "redirected" to it.
    others = tuple(w for w in config.warnings if not (w.kind is WarningKind.REDIRECTED and w.subject == url))
    unverified = ConfigWarning(WarningKind.UNVERIFIED_SOURCE, name, registrable_domain(best.target))
    return config.replace(warnings=(unverified, *others))


async def _ask(
    lookup: Lookup,
    url: str,
    address: str,
    *,
    redirected: bool,
    hops: int = 0,
    address_hops: int = 0,
) -> AccountConfig:
    if hops > MAX_HOPS:
        raise FetchFailed(f"Autodiscover redirected more than {MAX_HOPS} times")
    if urlsplit(url).scheme != "https":
        raise FetchFailed(f"refused to send an Autodiscover request to {url}")
    lookup.report(url)
    own_domain = registrable_domain(urlsplit(url).hostname or "") == registrable_domain(
        lookup.address.domain
    )
    body = request_body(address)
    try:
        fetched = await fetch_xml(
            lookup.network,
            lookup.client,
            url,
            method="POST",
            content=body,
            headers=HEADERS,
            https_only=True,
        )
    except NeedsCredentials:
        if not lookup.password:
            raise NotThere(f"{url} wants a password (not given)") from None
        if redirected or not own_domain:
            raise NotThere(
                f"{url} wants a password; it is not sent outside "
                f"{lookup.address.domain} without confirmation"
            ) from None
        fetched = await fetch_xml(
            lookup.network,
            lookup.client,
            url,
            method="POST",
            content=body,
            headers=HEADERS,
            https_only=True,
            auth=(lookup.address.address, lookup.password),
        )
    if fetched.redirected_domain:
        redirected = True
    root = _parse(fetched.body, url)
    account = _find(root, "Response/Account")
    if account is None:
        error = _text(_find(root, "Response/Error/Message")) or "no account settings"
        raise NotThere(f"{url}: {error}")
    action = _text(_find(account, "Action")).lower()
    if action == "redirecturl":
        target = _text(_find(account, "RedirectUrl"))
        same = registrable_domain(urlsplit(target).hostname or "") == registrable_domain(
            lookup.address.domain
        )
        return await _ask(
            lookup,
            target,
            address,
            redirected=redirected or not same,
            hops=hops + 1,
            address_hops=address_hops,
        )
    if action == "redirectaddr":
        if address_hops >= MAX_ADDRESS_REDIRECTS:
            raise FetchFailed("Autodiscover redirected the address too often")
        try:
            new_address = parse_address(_text(_find(account, "RedirectAddr")))
        except ValueError:
            raise FetchFailed(f"{url} redirected to an invalid address") from None
        target = f"https://autodiscover.{new_address.domain}/autodiscover/autodiscover.xml"
        return await _ask(
            lookup,
            target,
            new_address.address,
            redirected=True,
            hops=hops + 1,
            address_hops=address_hops + 1,
        )
    config = _config(account, lookup, fetched.final_url)
    if redirected:
        host = urlsplit(fetched.final_url).hostname or ""
        config = config.replace(
            trust=Trust.NEEDS_CONFIRMATION,
            warnings=(
                ConfigWarning(WarningKind.REDIRECTED, fetched.final_url, registrable_domain(host)),
            ),
        )
    return config


def _parse(body: bytes, url: str) -> Element:
    try:
        root: Element = SafeET.fromstring(body, forbid_dtd=True)
    except (SafeET.ParseError, DefusedXmlException, ValueError) as exc:
        raise FetchFailed(f"{url} did not send valid XML ({type(exc).__name__})") from None
    return root


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _find(element: Element, path: str) -> Element | None:
    current: Element | None = element
    for name in path.split("/"):
        if current is None:
            return None
        current = next((c for c in current if _local(c.tag) == name), None)
    return current


def _text(element: Element | None) -> str:
    return (element.text or "").strip() if element is not None else ""


def _config(account: Element, lookup: Lookup, origin: str) -> AccountConfig:
    incoming: list[ServerSettings] = []
    outgoing: list[ServerSettings] = []
    for element in account:
        if _local(element.tag) != "Protocol":
            continue
        server = _server(element)
        if server is None:
            continue
        (incoming if server.protocol.is_incoming else outgoing).append(server)
    if not incoming:
        raise NotThere(f"{origin} names no IMAP, POP3 or Exchange server")
    return AccountConfig(
        id="",
        display_name=lookup.address.unicode_domain,
        domains=(lookup.address.domain,),
        incoming=tuple(incoming),
        outgoing=tuple(outgoing),
        source=Source.AUTODISCOVER,
        trust=Trust.TRUSTED,
        origin=origin,
    )


def _server(element: Element) -> ServerSettings | None:
    kind = _text(_find(element, "Type")).upper()
    server_text = _text(_find(element, "Server"))
    if kind in ("EXHTTP", "EXCH"):
        ews = _text(_find(element, "EwsUrl")) or _text(_find(element, "ASUrl"))
        host = urlsplit(ews).hostname if ews else server_text
        if not host:
            return None
        return ServerSettings(
            protocol=Protocol.EXCHANGE,
            hostname=host.lower(),
            port=443,
            security=Security.SSL,
            username="%EMAILADDRESS%",
            ews_url=ews or None,
            owa_url=_text(_find(element, "OWAUrl")) or None,
        )
    protocol = _PROTOCOLS.get(kind)
    if protocol is None or not server_text or any(c in server_text for c in "/: "):
        return None
    port_text = _text(_find(element, "Port"))
    ssl_flag = _text(_find(element, "SSL")).lower() or "on"
    encryption = _text(_find(element, "Encryption")).lower()
    security: Security
    if encryption == "none" or (not encryption and ssl_flag == "off"):
        security = Security.PLAIN
    elif encryption == "ssl":
        security = Security.SSL
    elif encryption == "tls":
        security = Security.STARTTLS
    else:  # "on" or "Auto": "SSL is too unspecific", the port tells which
        port_guess = int(port_text) if port_text.isdigit() else 0
        security = Security.STARTTLS if port_guess in (143, 110, 25, 587) else Security.SSL
    port = (
        int(port_text)
        if port_text.isdigit() and 0 < int(port_text) < 65536
        else (default_port(protocol, security))
    )
    # SPA means NTLM. Never the default over an encrypted connection; over plain it is the
    # only way not to send the password readable.
    spa = _text(_find(element, "SPA")).lower() == "on"
    auth: tuple[AuthMethod, ...] = (AuthMethod.PASSWORD_CLEARTEXT,)
    if spa:
        auth = (
            (AuthMethod.NTLM, AuthMethod.PASSWORD_CLEARTEXT)
            if security is Security.PLAIN
            else (AuthMethod.PASSWORD_CLEARTEXT, AuthMethod.NTLM)
        )
    if _text(_find(element, "AuthRequired")).lower() == "off" and protocol is Protocol.SMTP:
        auth = (AuthMethod.NONE,)
    login = _text(_find(element, "LoginName")) or "%EMAILADDRESS%"
    return ServerSettings(
        protocol=protocol,
        hostname=server_text.lower(),
        port=port,
        security=security,
        auth_methods=auth,
        username=login,
    )
