"""The bridge between the Qt thread and the asyncio core.

One background thread runs one asyncio loop for discovery and verification; a second
single worker thread does disk writes (profiles, settings files, the keyring). Whatever
the core reports comes back as queued Qt signals, so slots always run on the GUI thread
and the GUI thread never waits on the network or the disk.
"""

from __future__ import annotations

import concurrent.futures
import logging
import threading
from collections.abc import Awaitable, Callable
from enum import Enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal

if TYPE_CHECKING:
    import asyncio

log = logging.getLogger(__name__)

EventSink = Callable[[Any], None]
CoroutineFactory = Callable[[EventSink], Awaitable[Any]]


class JobState(Enum):
    RUNNING = "running"
    FINISHED = "finished"
    FAILED = "failed"
    CANCELLED = "cancelled"


class Job(QObject):
    """One piece of background work. Its public signals are emitted on the GUI thread."""

    progress = Signal(object)  # a progress event from the core
    finished = Signal(object)  # the result
    failed = Signal(object)  # the exception
    cancelled = Signal()

    _deliver = Signal(str, object)  # worker thread -> GUI thread (queued)

    def __init__(self, engine: Engine, name: str) -> None:
        super().__init__(engine)
        self.name = name
        self.state = JobState.RUNNING
        self._engine = engine
        self._future: concurrent.futures.Future[Any] | None = None
        self._deliver.connect(self._on_deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def running(self) -> bool:
        return self.state is JobState.RUNNING

    def cancel(self) -> None:
        """Stop the work; ``cancelled`` is emitted at once and any late result is dropped."""
        if not self.running:
            return
        self.state = JobState.CANCELLED
        if self._future is not None:
            self._engine._cancel(self._future)
        self._engine._forget(self)
        self.cancelled.emit()

    # Called from worker threads: only emit the queued signal there.
    def _post(self, kind: str, payload: Any) -> None:
        self._deliver.emit(kind, payload)

    def _on_deliver(self, kind: str, payload: Any) -> None:
        if not self.running:
            return  # cancelled meanwhile: drop whatever arrives late
        if kind == "event":
            self.progress.emit(payload)
            return
        self._engine._forget(self)
        if kind == "result":
            self.state = JobState.FINISHED
            self.finished.emit(payload)
        elif kind == "error":
            self.state = JobState.FAILED
            self.failed.emit(payload)
        else:  # "cancelled" by the core itself
            self.state = JobState.CANCELLED
            self.cancelled.emit()


class Engine(QObject):
    """Owns the background loop and the disk worker; started lazily, stopped by ``shutdown``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._disk: concurrent.futures.ThreadPoolExecutor | None = None
        self._jobs: set[Job] = set()
        self._lock = threading.Lock()

    # -- public API ------------------------------------------------------------------------

    def run(self, factory: CoroutineFactory, *, name: str = "job") -> Job:
        """Run ``factory(emit)`` on the asyncio loop; ``emit`` sends progress events."""
        import asyncio

        job = Job(self, name)
        loop = self._ensure_loop()

        async def wrapper() -> None:
            try:
                result = await factory(lambda event: job._post("event", event))
            except asyncio.CancelledError:
                job._post("cancelled", None)
                raise
            except Exception as exc:
                log.debug("job %s failed", name, exc_info=True)
                job._post("error", exc)
            else:
                job._post("result", result)

        self._jobs.add(job)
        job._future = asyncio.run_coroutine_threadsafe(wrapper(), loop)
        return job

    def run_blocking(self, function: Callable[[], Any], *, name: str = "disk") -> Job:
        """Run a blocking function (disk writes) on the single disk worker thread."""
        job = Job(self, name)
        if self._disk is None:
            self._disk = concurrent.futures.ThreadPoolExecutor(
                max_workers=1, thread_name_prefix="mailwizard-disk"
            )

        def wrapper() -> None:
            try:
                result = function()
            except Exception as exc:
                log.debug("job %s failed", name, exc_info=True)
                job._post("error", exc)
            else:
                job._post("result", result)

        self._jobs.add(job)
        job._future = self._disk.submit(wrapper)
        return job

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def shutdown(self, timeout: float = 5.0) -> None:
        """Cancel what runs, stop the loop and wait (briefly) for the threads to end."""
        for job in list(self._jobs):
            job.cancel()
        thread = self._thread
        if thread is not None:
            self._ready.wait(timeout)
        loop = self._loop
        self._loop = self._thread = None
        if loop is not None and thread is not None:
            loop.call_soon_threadsafe(loop.stop)
            thread.join(timeout)
        if self._disk is not None:
            self._disk.shutdown(wait=True, cancel_futures=True)
            self._disk = None

    # -- internals -------------------------------------------------------------------------

    def start(self) -> None:
        """Start the loop thread now (it imports asyncio itself), so the first job finds it."""
        with self._lock:
            if self._thread is None:
                ready = threading.Event()
                thread = threading.Thread(
                    target=self._run_loop, args=(ready,), name="mailwizard-engine", daemon=True
                )
                self._thread, self._ready = thread, ready
                thread.start()

    def _ensure_loop(self) -> asyncio.AbstractEventLoop:
        self.start()
        self._ready.wait()  # immediate unless the very first job races the thread start
        assert self._loop is not None
        return self._loop

    def _run_loop(self, ready: threading.Event) -> None:
        import asyncio

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        self._loop = loop
        ready.set()
        try:
            loop.run_forever()
        finally:
            # One step first for tasks made at the last moment: a task cancelled before its
            # first step never awaits what it wraps (anyio's tasks then leak their coroutine,
            # "never awaited").
            loop.run_until_complete(asyncio.sleep(0))
            pending = [task for task in asyncio.all_tasks(loop) if not task.done()]
            for task in pending:
                task.cancel()
            if pending:
                loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
            loop.close()

    def _cancel(self, future: concurrent.futures.Future[Any]) -> None:
        loop = self._loop
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(future.cancel)
        else:
            future.cancel()

    def _forget(self, job: Job) -> None:
        self._jobs.discard(job)
