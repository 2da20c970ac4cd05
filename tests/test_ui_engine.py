"""The asyncio <-> Qt bridge: results on the GUI thread, cancel, failures, disk worker."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from wizard.ui.engine import Engine, JobState

pytestmark = pytest.mark.gui


@pytest.fixture
def engine(qapp: QApplication) -> Iterator[Engine]:
    engine = Engine()
    yield engine
    engine.shutdown()


def test_progress_and_result_arrive_on_the_gui_thread(qtbot: Any, engine: Engine) -> None:
    seen: list[tuple[str, bool]] = []
    gui = QThread.currentThread()

    async def work(emit: Any) -> int:
        assert threading.current_thread() is not threading.main_thread()
        for step in range(3):
            emit(step)
            await asyncio.sleep(0)
        return 42

    job = engine.run(work)
    job.progress.connect(lambda step: seen.append((f"step {step}", QThread.currentThread() is gui)))
    with qtbot.waitSignal(job.finished) as blocker:
        pass
    assert blocker.args == [42]
    assert seen == [("step 0", True), ("step 1", True), ("step 2", True)]
    assert job.state is JobState.FINISHED
    assert not engine.busy


def test_cancel_stops_the_coroutine_and_drops_late_results(qtbot: Any, engine: Engine) -> None:
    started = threading.Event()
    stopped = threading.Event()

    async def forever(emit: Any) -> None:
        started.set()
        try:
            await asyncio.sleep(3600)
        finally:
            stopped.set()

    job = engine.run(forever)
    results: list[Any] = []
    job.finished.connect(results.append)
    qtbot.waitUntil(started.is_set)
    with qtbot.waitSignal(job.cancelled):
        job.cancel()
    qtbot.waitUntil(stopped.is_set)
    assert job.state is JobState.CANCELLED
    assert results == []


def test_failures_come_back_as_exceptions(qtbot: Any, engine: Engine) -> None:
    async def broken(emit: Any) -> None:
        raise ValueError("broken")

    job = engine.run(broken)
    with qtbot.waitSignal(job.failed) as blocker:
        pass
    assert isinstance(blocker.args[0], ValueError)


def test_disk_work_runs_off_the_gui_thread(qtbot: Any, engine: Engine) -> None:
    job = engine.run_blocking(lambda: threading.current_thread().name)
    with qtbot.waitSignal(job.finished) as blocker:
        pass
    assert blocker.args[0].startswith("mailwizard-disk")


def test_shutdown_cancels_running_work(qtbot: Any, qapp: QApplication) -> None:
    engine = Engine()

    async def forever(emit: Any) -> None:
        await asyncio.sleep(3600)

    job = engine.run(forever)
    engine.shutdown()
    assert job.state is JobState.CANCELLED
