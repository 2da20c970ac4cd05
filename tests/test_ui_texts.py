"""The one words table covers every kind the core and the flow report."""

from __future__ import annotations

import pytest

from wizard import texts
from wizard.discovery import EventState
from wizard.flow import PageProblem
from wizard.model import AuthMethod, Protocol, Security, Source, Trust
from wizard.targets.exports import ExportFormat, ExportProblem, NoticeKind
from wizard.targets.outlook import OutlookProblem
from wizard.targets.thunderbird import PasswordOutcome, ThunderbirdProblem
from wizard.verify import FailureKind, Hint

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(
    ("table", "kinds"),
    [
        (texts.PROBLEMS, list(PageProblem)),
        (texts.SOURCES, list(Source)),
        (texts.TRUST, [t.value for t in Trust]),
        (texts.EVENT_STATES, list(EventState)),
        (texts.SECURITY, list(Security)),
        (texts.SECURITY_CHOICES, list(Security)),
        (texts.AUTH, list(AuthMethod)),
        (texts.PROTOCOLS, list(Protocol)),
        (texts.FAILURES, list(FailureKind)),
        (texts.HINTS, list(Hint)),
        (texts.NOTICES, list(NoticeKind)),
        (texts.TARGET_PROBLEMS, [*ThunderbirdProblem, *OutlookProblem, *ExportProblem]),
        (texts.PASSWORD_OUTCOMES, list(PasswordOutcome)),
        (texts.EXPORT_FORMATS, list(ExportFormat)),
    ],
)
def test_every_kind_has_words(table: dict[str, str], kinds: list[object]) -> None:
    missing = [k for k in kinds if str(getattr(k, "value", k)) not in table and k not in table]
    assert missing == []


def test_rich_text_arguments_are_escaped() -> None:
    from wizard.model import ServerSettings

    server = ServerSettings(Protocol.IMAP, "<b>evil</b>.example", 993, Security.SSL, username="a&b")
    sentence = texts.server_sentence(server)
    assert "<b>evil</b>" not in sentence
    assert "&lt;b&gt;evil&lt;/b&gt;.example" in sentence
    assert "a&amp;b" in sentence
    assert texts.highlight_domain("mail.<x>.hoster.net", "hoster.net") == ("mail.&lt;x&gt;.<b>hoster.net</b>")


def test_placeholders_are_qt_style() -> None:
    for table in (texts.PROBLEMS, texts.NOTICES, texts.FAILURES, texts.HINTS):
        for text in table.values():
            assert "{" not in text
