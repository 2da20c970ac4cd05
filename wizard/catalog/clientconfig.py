"""Read and write the clientConfig XML format (Thunderbird autoconfig, v1.1; v1.2 read too).

The reader is tolerant of what real files do (unknown elements, several ``socketType`` or
``authentication`` entries, comments, CRLF, a BOM, white space before the declaration, no
declaration) and safe: no DTD, no entities, a size cap (``wizard.catalog.xmldoc``). Every
value passes the model's checks (``wizard.model.checks``); a server that fails them, or that
the file does not make usable, is skipped and said so in ``AccountConfig.skipped``, and the
next one is used, as Thunderbird does. Values with placeholders (``mail.%EMAILDOMAIN%``) are
kept as written: they are normalised only after expansion (``ServerSettings.expanded``).

Where we differ from Thunderbird on purpose:
- a missing ``<port>`` takes the usual port of the stated security, and a missing
  ``<authentication>`` means the password (Thunderbird skips such a server: we keep
  administrators' short files working). Neither touches security: a port only ever follows
  the security the file states, never the other way round;
- a host name may hold only ``%EMAILLOCALPART%`` and ``%EMAILDOMAIN%``, and one that does not
  expand to a valid name is left out (Thunderbird would try to connect to it);
- a user name with a placeholder nothing fills in (``%EMAILADDRESS`` without its closing %,
  or an undeclared ``%KEY%``) is refused (Thunderbird would send it as written);
- every occurrence of a placeholder is replaced (``wizard.model.placeholders``).

The writer is strict: what it writes reads back to an equal configuration.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Collection, Hashable, Iterable, Iterator
from typing import TypeVar

from wizard.catalog.xmldoc import MAX_DOCUMENT_BYTES, XML_WHITESPACE, parse_document
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
    Source,
    Trust,
    as_clause,
    default_port,
    host_template,
    normalize_domain,
    normalize_url,
    parse_port,
    printable,
    username_template,
)

MAX_CONFIG_BYTES = MAX_DOCUMENT_BYTES
MAX_TEXT_LENGTH = 4096
_INPUT_KEY = re.compile(r"[A-Z0-9-]{1,40}")
# Characters XML 1.0 cannot carry, and line breaks that a single-line value must not have.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x1f\x7f]")
_INCOMING_TYPES = {"imap": Protocol.IMAP, "pop3": Protocol.POP3, "exchange": Protocol.EXCHANGE}
_PASSWORD_KIND = "password"
_T = TypeVar("_T", bound=Hashable)


# --------------------------------------------------------------------------- reading


def parse_clientconfig(
    data: bytes | str,
    *,
    source: Source = Source.FILE,
    origin: str = "",
    trust: Trust = Trust.TRUSTED,
) -> AccountConfig:
    """Parse one clientConfig document. Raises ``ConfigError`` with one sentence."""
    root = parse_document(data, origin=origin, max_bytes=MAX_CONFIG_BYTES)
    if _local(root.tag) != "clientconfig":
        raise ConfigError(f"The document{_at(origin)} is not a clientConfig settings file.")
    provider = _first(root, "emailprovider")
    if provider is None:
        raise ConfigError(f"The settings document{_at(origin)} has no emailProvider.")

    skipped: list[str] = []
    input_fields = tuple(_input_fields(provider))
    input_keys = {field.key for field in input_fields}
    domains = _dedupe(_domain(_text(d)) for d in _children(provider, "domain"))
    incoming = _servers(provider, "incomingserver", input_keys, skipped)
    outgoing = _servers(provider, "outgoingserver", input_keys, skipped)
    if not incoming:
        why = f" ({skipped[0]})" if skipped else ""
        raise ConfigError(f"The settings document{_at(origin)} has no usable incoming server{why}.")

    provider_id = _clean_line(provider.get("id", "")) or (domains[0] if domains else "")
    webmail = None
    for page in _descendants(root, "loginpage"):  # under emailProvider or the root
        webmail = _url(page.get("url", ""))
        if webmail:
            break
    return AccountConfig(
        id=provider_id,
        display_name=_clean_line(_text(_first(provider, "displayname"))),
        display_short_name=_clean_line(_text(_first(provider, "displayshortname"))),
        domains=tuple(d for d in domains if d),
        incoming=incoming,
        outgoing=outgoing,
        notes=tuple(_notes(root)),
        input_fields=input_fields,
        webmail=webmail,
        source=source,
        trust=trust,
        origin=origin,
        oauth2=_oauth2(root, skipped),
        skipped=tuple(skipped),
    )


def _at(origin: str) -> str:
    return f" from {origin}" if origin else ""


def _local(tag: object) -> str:
    """Tag name without namespace, lower-cased (real files vary in case)."""
    name = tag if isinstance(tag, str) else ""
    return name.rsplit("}", 1)[-1].lower()


def _children(element: ET.Element, name: str) -> Iterator[ET.Element]:
    return (child for child in element if _local(child.tag) == name)


def _descendants(element: ET.Element, name: str) -> Iterator[ET.Element]:
    return (child for child in element.iter() if _local(child.tag) == name)


def _first(element: ET.Element, name: str) -> ET.Element | None:
    return next(_children(element, name), None)


def _text(element: ET.Element | None) -> str:
    """The element's text without the white space XML puts around it (only XML's own: a
    no-break space or NEL around a port or a host name is part of the value, and refused)."""
    if element is None:
        return ""
    return "".join(element.itertext()).strip(XML_WHITESPACE)[:MAX_TEXT_LENGTH]


def _clean_line(text: str) -> str:
    return " ".join(_CONTROL.sub(" ", text).split())


def _clean_block(text: str) -> str:
    lines = (" ".join(_CONTROL.sub(" ", line).split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _dedupe(values: Iterable[_T]) -> tuple[_T, ...]:
    return tuple(dict.fromkeys(v for v in values if v))


def _domain(text: str) -> str:
    try:
        return normalize_domain(text)[0]
    except ValueError:
        return ""


def _url(text: str) -> str | None:
    try:
        return normalize_url(text.strip(XML_WHITESPACE))
    except ConfigError:
        return None


def _servers(
    provider: ET.Element, tag: str, input_keys: Collection[str], skipped: list[str]
) -> tuple[ServerSettings, ...]:
    incoming = tag == "incomingserver"
    role = "incoming" if incoming else "outgoing"
    servers: list[ServerSettings] = []
    for element in _children(provider, tag):
        kind = element.get("type", "").strip().lower()
        protocol = _INCOMING_TYPES.get(kind) if incoming else {"smtp": Protocol.SMTP}.get(kind)
        if protocol is None:
            skipped.append(f"an {role} server of type '{printable(kind)}' is not supported")
            continue
        try:
            servers.append(_server(element, protocol, input_keys))
        except (ConfigError, ValueError) as exc:
            name = printable(_text(_first(element, "hostname")) or "without a name")
            skipped.append(f"the {role} {protocol.value} server {name} was skipped: {as_clause(exc)}")
    return tuple(servers)


def _server(element: ET.Element, protocol: Protocol, input_keys: Collection[str]) -> ServerSettings:
    """One server as the file states it; ``ConfigError`` says why it cannot be used."""
    owa = _url(_text(_first(element, "owaurl")))
    ews = _url(_text(_first(element, "ewsurl")))
    eas = _url(_text(_first(element, "easurl")))
    host_text = _text(_first(element, "hostname"))
    if not host_text and protocol is Protocol.EXCHANGE:
        host_text = _host_of(ews or owa or eas or "")
    hostname = host_template(host_text)
    security = _security(element)
    port_text = _text(_first(element, "port"))
    port = parse_port(port_text) if port_text else default_port(protocol, security)
    auth = _auth(element, incoming=protocol.is_incoming)
    username_element = _first(element, "username")
    if username_element is not None:
        username = username_template(_text(username_element), input_keys)
    else:
        username = "%EMAILADDRESS%" if any(m.uses_password or m is AuthMethod.OAUTH2 for m in auth) else ""

    pop = _first(element, "pop3") if protocol is Protocol.POP3 else None
    return ServerSettings(
        protocol=protocol,
        hostname=hostname,
        port=port,
        security=security,
        auth_methods=auth,
        username=username,
        leave_on_server=_bool(_first(pop, "leavemessagesonserver")) if pop is not None else None,
        days_to_leave=_int(_first(pop, "daystoleavemessagesonserver")) if pop is not None else None,
        download_on_biff=_bool(_first(pop, "downloadonbiff")) if pop is not None else None,
        owa_url=owa,
        ews_url=ews,
        eas_url=eas,
    )


def _security(element: ET.Element) -> Security:
    """The first ``<socketType>`` we know. Never guessed: from a port, a guess could lower
    security below what the provider meant."""
    stated = [_text(item) for item in _children(element, "sockettype")]
    for text in stated:
        security = Security.from_xml(text)
        if security is not None:
            return security
    if not stated:
        raise ConfigError("It states no socketType.")
    raise ConfigError(f"Its socketType '{printable(stated[0])}' is unknown.")


def _auth(element: ET.Element, *, incoming: bool) -> tuple[AuthMethod, ...]:
    """The ``<authentication>`` methods we know, in the file's order; the password, sent as
    typed over the stated security, when the file names none. An incoming server must offer
    a way to sign in: none, client-IP-address and smtp-after-pop only serve sending."""
    stated = [_text(item) for item in _children(element, "authentication")]
    if not stated:
        return (AuthMethod.PASSWORD_CLEARTEXT,)
    known = _dedupe(AuthMethod.from_xml(text) for text in stated)
    usable = tuple(m for m in known if m is not None and (m.signs_in or not incoming))
    if usable:
        return usable
    if known:
        raise ConfigError("It offers no way to sign in.")
    raise ConfigError(f"Its authentication '{printable(stated[0])}' is unknown.")


def _host_of(url: str) -> str:
    match = re.match(r"https?://([^/:?#]+)", url, re.IGNORECASE)
    return match.group(1) if match else ""


def _bool(element: ET.Element | None) -> bool | None:
    text = _text(element).lower()
    return {"true": True, "false": False}.get(text)


def _int(element: ET.Element | None) -> int | None:
    text = _text(element)
    return int(text) if text.isascii() and text.isdigit() and len(text) < 6 else None


def _oauth2(root: ET.Element, skipped: list[str]) -> OAuth2Settings | None:
    """The ``<oAuth2>`` block: beside ``<emailProvider>`` in the ISPDB files, inside it in some."""
    element = next(_descendants(root, "oauth2"), None)
    if element is None:
        return None
    try:
        return OAuth2Settings(
            issuer=_text(_first(element, "issuer")).lower(),
            scopes=tuple(_text(_first(element, "scope")).split()),
            auth_url=_text(_first(element, "authurl")),
            token_url=_text(_first(element, "tokenurl")),
        )
    except ConfigError as exc:
        skipped.append(f"the oAuth2 block was ignored: {as_clause(exc)}")
        return None


def _localized(elements: Iterable[ET.Element]) -> LocalizedText:
    texts: dict[str, str] = {}
    for element in elements:
        lang = _clean_line(element.get("lang", "")).lower()[:16]
        text = _clean_block(_text(element))
        if text and lang not in texts:
            texts[lang] = text
    return LocalizedText(tuple(texts.items()))


def _notes(root: ET.Element) -> Iterator[Note]:
    for element in root.iter():
        name = _local(element.tag)
        if name == "enable":
            url = _url(element.get("visiturl", "") or element.get("visitURL", ""))
            text = _localized(_children(element, "instruction"))
            if text or url:
                yield Note(NoteKind.ENABLE, text, url)
        elif name == "documentation":
            kind = NoteKind.PASSWORD if element.get("kind") == _PASSWORD_KIND else NoteKind.INFO
            text = _localized(_children(element, "descr"))
            url = _url(element.get("url", ""))
            if text or url:
                yield Note(kind, text, url)


def _input_fields(provider: ET.Element) -> Iterator[InputField]:
    for element in _children(provider, "inputfield"):
        key = _clean_line(element.get("key", "")).upper()
        if not _INPUT_KEY.fullmatch(key):
            continue
        label_text = _clean_line(element.get("label", ""))
        label = LocalizedText(((element.get("lang", "").lower()[:16], label_text),) if label_text else ())
        yield InputField(key=key, label=label, example=_clean_line(_text(element)))


# --------------------------------------------------------------------------- writing


def write_clientconfig(config: AccountConfig) -> bytes:
    """Serialize ``config`` strictly; raises ``ConfigError`` for values a file cannot hold."""
    root = ET.Element("clientConfig", version="1.1")
    provider = ET.SubElement(root, "emailProvider", id=_line(config.id or _fallback_id(config), "id"))
    for domain in config.domains:
        _sub(provider, "domain", _line(domain, "domain"))
    if config.display_name:
        _sub(provider, "displayName", _line(config.display_name, "display name"))
    if config.display_short_name:
        _sub(provider, "displayShortName", _line(config.display_short_name, "short name"))
    input_keys = {field.key for field in config.input_fields}
    for server in config.incoming:
        _write_server(provider, "incomingServer", server, input_keys)
    for server in config.outgoing:
        _write_server(provider, "outgoingServer", server, input_keys)
    for field in config.input_fields:
        attrs = {"key": _line(field.key, "input field")}
        if field.label:
            attrs["label"] = _line(field.label.get(), "label")
        element = ET.SubElement(provider, "inputField", attrs)
        element.text = _line(field.example, "input field") or None
    for note in config.notes:
        _write_note(provider, note)
    if config.webmail:
        webmail = ET.SubElement(provider, "webMail")
        ET.SubElement(webmail, "loginPage", url=_checked_url(config.webmail))
    if config.oauth2 is not None:
        _write_oauth2(root, config.oauth2)
    ET.indent(root, space="  ")
    body = ET.tostring(root, encoding="unicode", short_empty_elements=True)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n").encode("utf-8")


def _fallback_id(config: AccountConfig) -> str:
    return config.domains[0] if config.domains else "unknown"


def _line(value: str, what: str) -> str:
    """A one-line value must read back unchanged: the reader folds line breaks and runs of
    white space (any Unicode kind) into single spaces."""
    if _CONTROL.search(value) or _NOT_XML.search(value):
        raise ConfigError(f"The {what} contains control characters and cannot be saved.")
    if _clean_line(value) != value:
        raise ConfigError(f"The {what} has line breaks or extra spaces and cannot be saved.")
    return value


def _checked_url(value: str) -> str:
    if _url(value) != value:
        raise ConfigError(f"'{printable(value)}' is not a web address and cannot be saved.")
    return value


def _block(value: str, what: str) -> str:
    if _NOT_XML.search(value) or "\r" in value:
        raise ConfigError(f"The {what} contains control characters and cannot be saved.")
    return value


def _sub(parent: ET.Element, tag: str, text: str) -> ET.Element:
    element = ET.SubElement(parent, tag)
    element.text = text
    return element


def _write_server(
    parent: ET.Element, tag: str, server: ServerSettings, input_keys: Collection[str]
) -> None:
    """One server, refused unless the reader would read it back as it is."""
    incoming = tag == "incomingServer"
    name = printable(server.hostname)
    if server.protocol.is_incoming is not incoming:
        raise ConfigError(f"The {server.protocol.value} server {name} cannot be saved in that list.")
    if _written_as_read(host_template, server.hostname) != server.hostname:
        raise ConfigError(f"'{name}' is not a valid server name and cannot be saved.")
    if _written_as_read(username_template, server.username, input_keys) != server.username:
        raise ConfigError(f"The user name for {name} cannot be saved as it is.")
    if len(set(server.auth_methods)) != len(server.auth_methods) or (
        incoming and not all(m.signs_in for m in server.auth_methods)
    ):
        raise ConfigError(f"The sign-in methods of {name} cannot be saved as they are.")
    element = ET.SubElement(parent, tag, type=server.protocol.value)
    _sub(element, "hostname", server.hostname)
    _sub(element, "port", str(server.port))
    _sub(element, "socketType", server.security.xml_value)
    for method in server.auth_methods:
        _sub(element, "authentication", method.value)
    _sub(element, "username", server.username)
    if server.protocol is Protocol.POP3 and (
        server.leave_on_server is not None
        or server.days_to_leave is not None
        or server.download_on_biff is not None
    ):
        pop = ET.SubElement(element, "pop3")
        if server.leave_on_server is not None:
            _sub(pop, "leaveMessagesOnServer", _xml_bool(server.leave_on_server))
        if server.days_to_leave is not None:
            _sub(pop, "daysToLeaveMessagesOnServer", str(server.days_to_leave))
        if server.download_on_biff is not None:
            _sub(pop, "downloadOnBiff", _xml_bool(server.download_on_biff))
    for name, url in (("owaURL", server.owa_url), ("ewsURL", server.ews_url), ("easURL", server.eas_url)):
        if url:
            _sub(element, name, _checked_url(url))


def _written_as_read(check: Callable[..., str], value: str, *args: object) -> str | None:
    """What the reader's ``check`` makes of ``value`` (None: it would refuse it)."""
    try:
        return check(value, *args)
    except ConfigError:
        return None


def _write_oauth2(root: ET.Element, oauth2: OAuth2Settings) -> None:
    """Beside ``<emailProvider>``, where the ISPDB files have it (checked when it was made)."""
    element = ET.SubElement(root, "oAuth2")
    _sub(element, "issuer", oauth2.issuer)
    _sub(element, "scope", oauth2.scope)
    _sub(element, "authURL", oauth2.auth_url)
    _sub(element, "tokenURL", oauth2.token_url)


def _xml_bool(value: bool) -> str:
    return "true" if value else "false"


def _write_note(parent: ET.Element, note: Note) -> None:
    if note.kind is NoteKind.ENABLE:
        element = ET.SubElement(parent, "enable")
        if note.url:
            element.set("visiturl", _checked_url(note.url))
        child = "instruction"
    else:
        element = ET.SubElement(parent, "documentation")
        if note.url:
            element.set("url", _checked_url(note.url))
        if note.kind is NoteKind.PASSWORD:
            element.set("kind", _PASSWORD_KIND)
        child = "descr"
    for lang, text in note.text.texts:
        item = ET.SubElement(element, child)
        if lang:
            item.set("lang", _line(lang, "language"))
        item.text = _block(text, "note")
