"""Helpers for tests that need an outside tool (Dovecot, Thunderbird, Wine, …).

Off CI a missing tool skips the test with a clear reason; on CI (``CI=true``) the test
command has installed it, so a missing tool is a failure, never a skip.
"""

from __future__ import annotations

import os
import shutil

import pytest

ON_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def require_tool(name: str, *, why: str = "") -> str:
    """Return the tool's path; skip (or fail on CI) when it is not installed."""
    path = shutil.which(name) or (name if os.path.isabs(name) and os.path.exists(name) else None)
    if path:
        return path
    reason = f"{name} is not installed{': ' + why if why else ''} (./scripts/test installs it)"
    if ON_CI:
        pytest.fail(f"CI must have it: {reason}")
    pytest.skip(reason)


def require(condition: bool, reason: str) -> None:
    """Skip (or fail on CI) unless ``condition`` holds."""
    if condition:
        return
    if ON_CI:
        pytest.fail(f"CI must have it: {reason}")
    pytest.skip(reason)
