"""How the review window copes with a big store: first paint, opening documents, saving an edit.

Builds (once, cached under --workdir) a store of N generated sample-sized documents (default
100,000: the three sample articles, each copy made unique by a numbered closing line) plus a
few 1 MB documents, by importing one JSONL file.  Then, in a fresh process, it opens the real
window offscreen and measures:

* first paint: from `open_window` (open the store, query the ids, build the window, open
  the first document) until the corpus table and the document view have both painted;
* open a document: select it in the corpus list until the document view has painted it
  with its zones (median), for ~5 KB and ~1 MB documents spread over the whole list (so
  the list scrolls and repaints every time), and for the next row (Ctrl+Down, the
  reviewer's usual step);
* save an edit: one zone edit pushed as the view pushes it (undo command, `save_segments`
  in its own transaction, view updated), median;
* peak memory (ru_maxrss) of the whole process.

Each figure is given in wall time and in CPU time of this process (`time.process_time`):
on a shared, loaded machine the wall figure waits for the CPU, the CPU figure does not.
``--profile PREFIX`` writes cProfile files of first paint (``PREFIX-first-paint.prof``)
and of the document-opening measurements only (``PREFIX-open.prof``).

    QT_QPA_PLATFORM=offscreen python bench/gui_bench.py [--docs 100000] [--workdir /tmp/fasl-gui-bench] [--profile /tmp/gui]
"""
from __future__ import annotations

import argparse
import cProfile
import json
import os
import resource
import statistics
import sys
import time
from pathlib import Path

from cached_store import add_store_options, cached_store

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BIG_DOCS = 5
SMALL_PICKS = 25
BIG_PICKS = 5
EDITS = 25
TARGETS = {  # seconds / MiB (None: shown, no target)
    "imports before the window": None,
    "first paint": 1.0,
    "open 5 KB document (median)": 0.030,
    "open next 5 KB document, Ctrl+Down (median)": 0.030,
    "open 1 MB document (median)": 0.500,
    "save one edit (median)": 0.010,
    "peak memory (ru_maxrss)": 500,
}


# -- building the store (child process, so its memory is not counted) ----------------------

def _samples() -> list[str]:
    from fasl.resources import resource_path

    return [p.read_text(encoding="utf-8") for p in sorted(resource_path("samples").glob("*.txt"))]


def build(store: Path, n: int) -> None:
    from fasl.store.db import open_store
    from fasl.store.importer import import_paths

    samples = _samples()
    jsonl = store.with_suffix(".jsonl")
    with jsonl.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = f"{samples[i % len(samples)]}\nرقم المرجع {i}\n"
            fh.write(json.dumps({"id": f"doc{i:06d}", "text": text}, ensure_ascii=False) + "\n")
        for k in range(BIG_DOCS):
            parts, size, j = [], 0, 0
            while size < 1_000_000:
                part = f"{samples[j % len(samples)]}\nفقرة {k}-{j}\n"
                parts.append(part)
                size += len(part.encode("utf-8"))
                j += 1
            fh.write(json.dumps({"id": f"big{k}", "text": "".join(parts)}, ensure_ascii=False)
                     + "\n")
    partial = store.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    db = open_store(partial)
    started = time.perf_counter()
    report = import_paths(db, [jsonl])
    db.close()
    assert not report.problems, report.problems[:3]
    partial.rename(store)
    jsonl.unlink()
    print(f"built {store} ({len(report.imported):,} documents) in "
          f"{time.perf_counter() - started:.0f} s", file=sys.stderr)


# -- measuring (this process) ---------------------------------------------------------------

class _NoPrompts:
    """The bench never answers questions; any question is a bench bug."""

    def __getattr__(self, name: str):
        def refuse(*args: object) -> None:
            raise RuntimeError(f"the bench was asked {name}{args[1:]}")
        return refuse


class _Clock:
    """Wall and CPU time of one measure; optionally under a profiler (kept across calls)."""

    def __init__(self, profiler: cProfile.Profile | None = None) -> None:
        self.profiler = profiler
        self.wall = self.cpu = 0.0

    def __enter__(self) -> _Clock:
        if self.profiler is not None:
            self.profiler.enable()
        self._wall, self._cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.perf_counter() - self._wall
        self.cpu = time.process_time() - self._cpu
        if self.profiler is not None:
            self.profiler.disable()


def measure(store: Path, workdir: Path, profile: str | None = None) -> dict[str, float]:
    with _Clock() as imports:  # shown apart: first paint is from open_window, as before
        from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QSettings
        from PySide6.QtWidgets import QApplication, QWidget

        from fasl.gui.app import open_window
        from fasl.gui.fonts import apply_app_font
        from fasl.store.documents import document_length, query_ids
        from fasl.textlogic.zones import Segment, Zone

    app = QApplication.instance() or QApplication([sys.argv[0]])
    QCoreApplication.setOrganizationName("fasl-bench")
    QCoreApplication.setApplicationName("fasl-bench")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(workdir / "settings"))
    QSettings().clear()
    apply_app_font(app)

    class PaintWatch(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.roots: list[object] = []
            self.painted: set[int] = set()

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and isinstance(obj, QWidget):
                for i, root in enumerate(self.roots):
                    if obj is root or root.isAncestorOf(obj):  # type: ignore[attr-defined]
                        self.painted.add(i)
            return False

        def wait(self, count: int) -> None:
            while len(self.painted) < count:
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)

    watch = PaintWatch()
    app.installEventFilter(watch)

    results: dict[str, float] = {}
    first = cProfile.Profile() if profile else None
    opening = cProfile.Profile() if profile else None
    with _Clock(first) as clock:
        window = open_window(store, "bench", _NoPrompts(), QSettings())  # type: ignore[arg-type]
        assert window is not None
        watch.roots = [window.panel.table, window.view]
        window.resize(1400, 900)
        window.show()
        watch.wait(2)
    results["first paint"], results["cpu:first paint"] = clock.wall, clock.cpu
    results["imports before the window"], results["cpu:imports before the window"] = (
        imports.wall, imports.cpu)

    db = window.db
    ids = query_ids(db, "bench")
    big = [i for i in ids if document_length(db, i) > 500_000][:BIG_PICKS]
    step = max(1, len(ids) // (SMALL_PICKS + 1))
    small = [i for i in ids[::step] if document_length(db, i) < 10_000][:SMALL_PICKS]

    def open_time(doc_id: int) -> tuple[float, float]:
        watch.roots, watch.painted = [window.view], set()
        with _Clock(opening) as clock:
            assert window.panel.select_doc(doc_id)
            watch.wait(1)
        assert window.session.doc_id == doc_id
        return clock.wall, clock.cpu

    def record(name: str, times: list[tuple[float, float]]) -> None:
        results[name] = statistics.median(t[0] for t in times)
        results["cpu:" + name] = statistics.median(t[1] for t in times)

    small_times = [open_time(i) for i in small]
    window.panel.select_doc(small[0])
    next_times = []
    for _ in range(SMALL_PICKS):
        row = window.panel.current_row() + 1
        watch.roots, watch.painted = [window.view], set()
        with _Clock(opening) as clock:
            window.session.step(1)  # what Ctrl+Down does: the reviewer going down the list
            watch.wait(1)
        next_times.append((clock.wall, clock.cpu))
        assert window.panel.current_row() == row
    record("open next 5 KB document, Ctrl+Down (median)", next_times)
    big_times = [open_time(i) for i in big]
    record("open 5 KB document (median)", small_times)
    record("open 1 MB document (median)", big_times)
    if profile:
        first.dump_stats(f"{profile}-first-paint.prof")  # type: ignore[union-attr]
        opening.dump_stats(f"{profile}-open.prof")  # type: ignore[union-attr]
    sizes = [document_length(db, i) for i in small]

    window.panel.select_doc(small[0])
    edit_times = []
    for k in range(EDITS):
        segments = window.view.segments()
        first = segments[0]
        label = Zone.BOILERPLATE if first.label != Zone.BOILERPLATE else Zone.TITLE
        new = [Segment(first.start, first.end, label, None, 1.0, "human"), *segments[1:]]
        with _Clock() as clock:
            window.view.edit_requested.emit(new, "relabel", {"bench": k})
        edit_times.append((clock.wall, clock.cpu))
        assert window.view.segments()[0].label == label
    record("save one edit (median)", edit_times)
    window.close()
    results["peak memory (ru_maxrss)"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    results["_small_chars"] = statistics.median(sizes)
    results["_docs"] = len(ids)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_store_options(parser, "/tmp/fasl-gui-bench")
    parser.add_argument("--profile", metavar="PREFIX",
                        help="write PREFIX-first-paint.prof and PREFIX-open.prof (cProfile)")
    args = parser.parse_args()
    store = cached_store(__file__, args, build)
    if store is None:
        return
    r = measure(store, args.workdir, args.profile)
    print(f"fasl review window on {int(r['_docs']):,} documents "
          f"(small documents ~{r['_small_chars'] / 1000:.1f}k characters; "
          f"python bench/gui_bench.py --docs {args.docs})\n")
    load = os.getloadavg()[0]
    print(f"(load average {load:.1f} on {os.cpu_count()} cores; CPU = this process's CPU "
          "time over the same span)\n")
    print("| measure | result | CPU | target | |")
    print("|---|---:|---:|---:|---|")
    for name, target in TARGETS.items():
        value = r[name]
        if target is None:
            print(f"| {name} | {value * 1000:.1f} ms | {r['cpu:' + name] * 1000:.1f} ms | | |")
            continue
        if name.startswith("peak"):
            shown, cpu, goal = f"{value:.0f} MiB", "", f"< {target} MiB"
        else:
            shown, goal = f"{value * 1000:.1f} ms", f"< {target * 1000:.0f} ms"
            cpu = f"{r['cpu:' + name] * 1000:.1f} ms"
        print(f"| {name} | {shown} | {cpu} | {goal} | {'ok' if value < target else 'MISSED'} |")


if __name__ == "__main__":
    main()
