"""Start the wizard window: the application, its icon, translations and error handling."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    # Qt is imported here, not at module level, so that ``import wizard.app`` stays cheap.
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from wizard.ui.errors import MEMORY_LOG, install_excepthook
    from wizard.ui.i18n import install_language, start_language

    logging.getLogger().addHandler(MEMORY_LOG)
    logging.getLogger().setLevel(logging.DEBUG if os.environ.get("MAILWIZARD_DEBUG") else logging.INFO)
    QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(list(argv if argv is not None else sys.argv))
    assert isinstance(app, QApplication)
    app.setApplicationName("Mail Wizard")
    app.setOrganizationName("Mail Wizard")
    app.setDesktopFileName("mailwizard")
    language = start_language()
    install_language(language, app)

    from wizard.ui.window import MailWizard, app_icon

    icon = app_icon()
    if icon is not None:
        app.setWindowIcon(icon)
    window = MailWizard()
    window.data.language = language

    def show_error(error: BaseException) -> None:
        window.report_error(error)

    install_excepthook(show_error)
    window.show()
    result = app.exec()
    window.engine.shutdown()
    return int(result)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
