"""Suggestions computed and stored by a worker process, reported for the open document.

Opening a document sends a request to `fasl.gui.entities.compute` running as a child
process (QProcess) and returns at once: the text is on screen before any suggestion exists,
and neither computing nor storing them competes with the GUI thread (for Python's GIL or
for time).  The worker stores them as pending (`add_suggestions`) unless a newer request is
already waiting, so results for a document the reviewer has left are dropped.  Answers come
back through QProcess's signals on the GUI thread.  One request runs at a time and at most
one (the newest) waits; a stale request that has run for `KILL_AFTER_MS` is not waited for:
the process is killed (each batch it stored is a whole transaction) and started again.
When the store cannot be written (locked by another process, full), the worker answers
what it stored so far and why it stopped (``store_busy``); asking again later stores the
rest, since spans already stored are never stored twice.
"""
from __future__ import annotations

import json
import sys
from collections import deque
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QObject, QProcess, Signal

from fasl.textlogic.typesets import TypeSet

KILL_AFTER_MS = 800


@dataclass(slots=True)
class _Request:
    generation: int
    doc_id: int
    line: bytes


def _types(typeset: TypeSet) -> list[tuple[str, list[str]]]:
    return [(t.id, list(t.maps_from)) for t in typeset.types]


class Suggester(QObject):
    """Signals:
        arrived(doc_id, added): suggestions were stored for the newest request's document.
        failed(str): the worker reported an error or died (message for the status bar).
        store_busy(doc_id, added, reason): the store could not take the suggestions now;
            ``added`` of them were stored before it stopped.
    """

    arrived = Signal(int, int)
    failed = Signal(str)
    store_busy = Signal(int, int, str)

    def __init__(self, store_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store_path = Path(store_path)
        self._generation = 0
        self._proc: QProcess | None = None
        self._buffer = b""
        self._sent: deque[_Request] = deque()  # written to the worker, not yet answered
        self._clock = QElapsedTimer()  # since the oldest unanswered request started
        self._last_dead: QProcess | None = None

    # -- requests --------------------------------------------------------------------------

    def request(self, doc_id: int, reviewer: str, text: str,
                sources: tuple[str, ...] | list[str], typeset: TypeSet | None) -> None:
        """Suggest for ``doc_id`` and store as ``reviewer``'s pending suggestions; every
        earlier request becomes stale."""
        self._generation += 1
        if sources and text and typeset is not None:
            message = {"id": self._generation, "store": str(self.store_path), "doc": doc_id,
                       "reviewer": reviewer, "text": text, "sources": list(sources),
                       "types": _types(typeset)}
        elif self._sent:  # nothing to compute, but the running request must become stale
            message = {"id": self._generation, "noop": True}
        else:
            return
        if self._sent and self._clock.elapsed() > KILL_AFTER_MS:
            self._kill()  # a stale request that runs long: do not wait for it
        line = json.dumps(message, ensure_ascii=False) + "\n"
        self._send(_Request(self._generation, doc_id, line.encode("utf-8")))

    def cancel(self) -> None:
        """Drop the answers of every request sent so far."""
        self._generation += 1

    def supersede(self) -> None:
        """Make the running request stale now (the worker then stores nothing for it)."""
        if self._sent:
            self.request(-1, "", "", (), None)  # type: ignore[arg-type]  # a no-op request
        else:
            self.cancel()

    @property
    def busy(self) -> bool:
        """A request is unanswered (suggestions for the open document may still come)."""
        return bool(self._sent)

    def shut_down(self) -> None:
        """Stop the worker process and wait for it (the window is closing)."""
        self.cancel()
        self._kill()

    # -- the process -------------------------------------------------------------------------

    def _send(self, req: _Request) -> None:
        if not self._sent:
            self._clock.start()
        self._sent.append(req)
        proc = self._process()
        proc.write(req.line)
        # QProcess writes from the event loop, which may first repaint the new document for
        # tens of ms; the worker must see a newer request at once to skip the stale one.
        proc.waitForBytesWritten(0)

    def _process(self) -> QProcess:
        if self._proc is None:
            proc = QProcess(self)
            proc.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)
            proc.readyReadStandardOutput.connect(self._read)
            proc.finished.connect(self._died)
            proc.errorOccurred.connect(self._error_occurred)
            proc.start(sys.executable, ["-m", "fasl.gui.entities.compute"])
            self._proc = proc
            self._buffer = b""
        return self._proc

    def _kill(self) -> None:
        proc, self._proc = self._proc, None
        self._sent.clear()
        if proc is not None:
            proc.readyReadStandardOutput.disconnect(self._read)
            proc.finished.disconnect(self._died)
            proc.errorOccurred.disconnect(self._error_occurred)
            if proc.state() != QProcess.ProcessState.NotRunning:
                proc.kill()  # ~20 ms, and only when a stale request has run long
                proc.waitForFinished(3000)
            # Owned by Python from here and kept until the next one dies: never freed inside
            # its own finished() signal, never by a deleteLater outliving its parent.
            proc.setParent(None)
            self._last_dead = proc

    def _read(self) -> None:
        if self._proc is None:
            return
        self._buffer += bytes(self._proc.readAllStandardOutput().data())
        while b"\n" in self._buffer:
            line, self._buffer = self._buffer.split(b"\n", 1)
            self._answer(json.loads(line))

    def _answer(self, answer: dict) -> None:
        req = self._sent.popleft() if self._sent else None
        if self._sent:
            self._clock.start()
        current = req is not None and answer.get("id") == req.generation == self._generation
        if not current:
            return
        if "error" in answer:
            self.failed.emit(f"Suggestions failed: {answer['error']}")
        elif "busy" in answer:
            self.store_busy.emit(int(answer["doc"]), int(answer["added"]), str(answer["busy"]))
        elif "added" in answer:
            self.arrived.emit(int(answer["doc"]), int(answer["added"]))

    def _died(self, *_args: object) -> None:
        lost = list(self._sent)
        self._kill()
        if lost:
            self.failed.emit("The suggestion worker stopped; it is started again on the "
                             "next document.")

    def _error_occurred(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._kill()
            self.failed.emit("The suggestion worker could not be started.")
