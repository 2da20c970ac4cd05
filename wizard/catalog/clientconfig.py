"""Read and write the clientConfig XML format (Thunderbird autoconfig, v1.1; v1.2 read too).

The reader is tolerant of what real files do (unknown elements, several ``socketType`` or
``authentication`` entries, comments, entities, CRLF, a BOM, no XML declaration) and safe:
no DTD, no entity expansion, a size cap, and every value from outside is sanitized.
The writer is strict: what it writes reads back to an equal configuration.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from wizard.model import (
    AccountConfig,
    AuthMethod,
    ConfigError,
    InputField,
    LocalizedText,
    Note,
    NoteKind,
    Protocol,
    Security,
    ServerSettings,
    Source,
    Trust,
    default_port,
    normalize_domain,
    usual_security,
)
from wizard.model.enums import PORT_MAX, PORT_MIN

MAX_CONFIG_BYTES = 1024 * 1024
MAX_TEXT_LENGTH = 4096
_HOSTNAME = re.compile(r"^[A-Za-z0-9%_](?:[A-Za-z0-9%_.-]{0,252})$")
_INPUT_KEY = re.compile(r"^[A-Z0-9-]{1,40}$")
# Characters XML 1.0 cannot carry, and line breaks that a single-line value must not have.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x1f\x7f]")
_INCOMING_TYPES = {"imap": Protocol.IMAP, "pop3": Protocol.POP3, "exchange": Protocol.EXCHANGE}
_PASSWORD_KIND = "password"


# --------------------------------------------------------------------------- reading


def parse_clientconfig(
    data: bytes | str,
    *,
    source: Source = Source.FILE,
    origin: str = "",
    trust: Trust = Trust.TRUSTED,
) -> AccountConfig:
    """Parse one clientConfig document. Raises ``ConfigError`` with one sentence."""
    raw = data.encode("utf-8") if isinstance(data, str) else bytes(data)
    if len(raw) > MAX_CONFIG_BYTES:
        raise ConfigError(f"The settings document{_at(origin)} is larger than 1 MB.")
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        root = SafeET.fromstring(raw, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise ConfigError(
            f"The settings document{_at(origin)} contains a DTD or entities, which are refused."
        ) from None
    except (ET.ParseError, ValueError) as exc:
        raise ConfigError(f"The settings document{_at(origin)} is not valid XML ({exc}).") from None

    if _local(root.tag) != "clientconfig":
        raise ConfigError(f"The document{_at(origin)} is not a clientConfig settings file.")
    provider = _first(root, "emailprovider")
    if provider is None:
        raise ConfigError(f"The settings document{_at(origin)} has no emailProvider.")

    domains = _dedupe(_domain(_text(d)) for d in _children(provider, "domain"))
    incoming = tuple(
        s for s in (_server(e, incoming=True) for e in _children(provider, "incomingserver")) if s
    )
    outgoing = tuple(
        s for s in (_server(e, incoming=False) for e in _children(provider, "outgoingserver")) if s
    )
    if not incoming:
        raise ConfigError(f"The settings document{_at(origin)} has no usable incoming server.")

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
        input_fields=tuple(_input_fields(provider)),
        webmail=webmail,
        source=source,
        trust=trust,
        origin=origin,
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
    if element is None:
        return ""
    return "".join(element.itertext()).strip()[:MAX_TEXT_LENGTH]


def _clean_line(text: str) -> str:
    return " ".join(_CONTROL.sub(" ", text).split())


def _clean_block(text: str) -> str:
    lines = (" ".join(_CONTROL.sub(" ", line).split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _dedupe(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v for v in values if v))


def _domain(text: str) -> str:
    try:
        return normalize_domain(text)[0]
    except ValueError:
        return ""


def _url(text: str) -> str | None:
    text = text.strip()
    if re.match(r"^https?://[^\s<>\"]+$", text, re.IGNORECASE):
        return text
    return None


def _hostname(text: str) -> str | None:
    host = text.strip().rstrip(".").lower()
    return host if _HOSTNAME.match(host) else None


def _server(element: ET.Element, *, incoming: bool) -> ServerSettings | None:
    kind = element.get("type", "").strip().lower()
    protocol = _INCOMING_TYPES.get(kind) if incoming else {"smtp": Protocol.SMTP}.get(kind)
    if protocol is None:
        return None

    owa = _url(_text(_first(element, "owaurl")))
    ews = _url(_text(_first(element, "ewsurl")))
    eas = _url(_text(_first(element, "easurl")))
    hostname = _hostname(_text(_first(element, "hostname")))
    if hostname is None and protocol is Protocol.EXCHANGE:
        hostname = _host_of(ews or owa or eas or "")
    if not hostname:
        return None

    security = None
    for item in _children(element, "sockettype"):
        security = Security.from_xml(_text(item))
        if security:
            break
    port_text = _text(_first(element, "port"))
    if port_text:
        try:
            port = int(port_text)
        except ValueError:
            return None
        if not PORT_MIN <= port <= PORT_MAX:
            return None
        security = security or usual_security(protocol, port)
    else:
        security = security or Security.SSL
        port = default_port(protocol, security)

    methods = _dedupe(
        m.value for m in (AuthMethod.from_xml(_text(a)) for a in _children(element, "authentication")) if m
    )
    auth = tuple(AuthMethod(m) for m in methods) or (AuthMethod.PASSWORD_CLEARTEXT,)
    username_element = _first(element, "username")
    if username_element is not None:
        username = _clean_line(_text(username_element))
    else:
        username = "%EMAILADDRESS%" if any(m.uses_password for m in auth) else ""

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


def _host_of(url: str) -> str | None:
    match = re.match(r"^https?://([^/:?#]+)", url, re.IGNORECASE)
    return _hostname(match.group(1)) if match else None


def _bool(element: ET.Element | None) -> bool | None:
    text = _text(element).lower()
    return {"true": True, "false": False}.get(text)


def _int(element: ET.Element | None) -> int | None:
    text = _text(element)
    return int(text) if text.isdigit() and len(text) < 6 else None


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
        if not _INPUT_KEY.match(key):
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
    for server in config.incoming:
        _write_server(provider, "incomingServer", server)
    for server in config.outgoing:
        _write_server(provider, "outgoingServer", server)
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
        ET.SubElement(webmail, "loginPage", url=_line(config.webmail, "webmail"))
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


def _block(value: str, what: str) -> str:
    if _NOT_XML.search(value) or "\r" in value:
        raise ConfigError(f"The {what} contains control characters and cannot be saved.")
    return value


def _sub(parent: ET.Element, tag: str, text: str) -> ET.Element:
    element = ET.SubElement(parent, tag)
    element.text = text
    return element


def _write_server(parent: ET.Element, tag: str, server: ServerSettings) -> None:
    element = ET.SubElement(parent, tag, type=server.protocol.value)
    if not _HOSTNAME.match(server.hostname):
        raise ConfigError(f"'{server.hostname}' is not a valid server name.")
    _sub(element, "hostname", server.hostname)
    _sub(element, "port", str(server.port))
    _sub(element, "socketType", server.security.xml_value)
    for method in server.auth_methods:
        _sub(element, "authentication", method.value)
    _sub(element, "username", _line(server.username, "user name"))
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
            _sub(element, name, _line(url, "URL"))


def _xml_bool(value: bool) -> str:
    return "true" if value else "false"


def _write_note(parent: ET.Element, note: Note) -> None:
    if note.kind is NoteKind.ENABLE:
        element = ET.SubElement(parent, "enable")
        if note.url:
            element.set("visiturl", _line(note.url, "URL"))
        child = "instruction"
    else:
        element = ET.SubElement(parent, "documentation")
        if note.url:
            element.set("url", _line(note.url, "URL"))
        if note.kind is NoteKind.PASSWORD:
            element.set("kind", _PASSWORD_KIND)
        child = "descr"
    for lang, text in note.text.texts:
        item = ET.SubElement(element, child)
        if lang:
            item.set("lang", _line(lang, "language"))
        item.text = _block(text, "note")
