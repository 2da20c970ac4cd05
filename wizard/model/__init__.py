"""The config model: plain data and rules, no I/O and no Qt."""

from wizard.model.address import EmailAddress, normalize_domain, parse_address
from wizard.model.config import (
    Account,
    AccountConfig,
    ConfigWarning,
    InputField,
    LocalizedText,
    Note,
    NoteKind,
    ServerSettings,
    WarningKind,
)
from wizard.model.enums import (
    DEFAULT_PORTS,
    AuthMethod,
    Protocol,
    Security,
    Source,
    Trust,
    default_port,
    usual_security,
)
from wizard.model.errors import AddressError, AddressProblem, ConfigError, WizardError
from wizard.model.placeholders import expand, placeholder_values

__all__ = [
    "DEFAULT_PORTS",
    "Account",
    "AccountConfig",
    "AddressError",
    "AddressProblem",
    "AuthMethod",
    "ConfigError",
    "ConfigWarning",
    "EmailAddress",
    "InputField",
    "LocalizedText",
    "Note",
    "NoteKind",
    "Protocol",
    "Security",
    "ServerSettings",
    "Source",
    "Trust",
    "WarningKind",
    "WizardError",
    "default_port",
    "expand",
    "normalize_domain",
    "parse_address",
    "placeholder_values",
    "usual_security",
]
