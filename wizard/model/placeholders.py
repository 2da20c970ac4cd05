"""Placeholder expansion for clientConfig values (``%EMAILADDRESS%`` and friends).

Unlike Thunderbird, which replaces only the first occurrence, every occurrence is replaced.
Unknown or malformed placeholders (``%EMAILADDRESS`` without its closing ``%``) stay literal.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from wizard.model.address import EmailAddress

KNOWN_PLACEHOLDERS = ("EMAILADDRESS", "EMAILLOCALPART", "EMAILDOMAIN", "REALNAME")
PLACEHOLDER = re.compile(r"%([A-Z0-9_-]+)%")


def placeholder_values(
    address: EmailAddress, real_name: str = "", extra: Mapping[str, str] | None = None
) -> dict[str, str]:
    values = {
        "EMAILADDRESS": address.address,
        "EMAILLOCALPART": address.local_part,
        "EMAILDOMAIN": address.domain,
        "REALNAME": real_name,
    }
    for key, value in (extra or {}).items():
        values.setdefault(key.upper(), value)
    return values


def expand(template: str, values: Mapping[str, str]) -> str:
    """Replace every ``%KEY%`` whose key is known; leave anything else untouched.

    Replacement is single-pass, so a value that itself contains ``%EMAILADDRESS%`` is not
    expanded again."""
    return PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)


def has_placeholder(text: str) -> bool:
    return bool(PLACEHOLDER.search(text))
