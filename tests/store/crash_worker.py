"""The process that gets killed, and the checks a store must pass after each kill.

Run as a script (``python crash_worker.py STORE``) it is a small fork server: per round it
forks a process that makes edits through the store API as fast as it can, forever, printing one JSON line after each edit's commit
returned: that line is the promise "this edit is saved".  The parent kills it with SIGKILL
at a random moment and calls `verify`, which holds the store to that promise and to "no
half-edit": every edit in the history is complete and the zones, entities and states are
what the last recorded edits left.

Each edit carries a unique number ``n`` (in the zone edit's history detail, the entity's
surface, the state's note), so the parent can tell its edits apart without trusting the
worker's view of the store.  Shared by tests/store/test_crash_store.py (a short CI run)
and bench/kill_loop.py (the long run).
"""
from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

REVIEWERS = ("amal", "badr")
STATES = ("in_progress", "done", "flagged")
WORKER = Path(__file__).resolve()


def _random_zones(rng: random.Random, length: int, n: int):
    from fasl.textlogic.zones import Segment, Zone

    cuts = sorted(set(rng.sample(range(1, length), k=min(length - 1, rng.randint(0, 6)))))
    bounds = [0, *cuts, length]
    segments = []
    for start, end in zip(bounds, bounds[1:], strict=False):
        label = rng.choice(list(Zone))
        item = rng.randint(1, 3) if label == Zone.RELATED else None
        segments.append(Segment(start, end, label, item, 1.0, "human"))
    return segments


def work(store: str, first: int, seed: int) -> None:
    """Edit forever; print ``{"n", "kind", "doc", "reviewer"}`` after each commit."""
    from fasl.store.db import open_store
    from fasl.store.documents import ReviewState
    from fasl.store.entities import SpanError, add_entity
    from fasl.store.reviews import set_state
    from fasl.store.segments import save_segments

    rng = random.Random(seed)
    db = open_store(store)
    docs = dict(db.execute("SELECT id, length FROM documents").fetchall())
    n = first
    while True:
        doc = rng.choice(sorted(docs))
        reviewer = rng.choice(REVIEWERS)
        kind = rng.choice(("zones", "zones", "entity", "state"))
        try:
            if kind == "zones":
                save_segments(db, doc, reviewer, _random_zones(rng, docs[doc], n), "edit",
                              {"n": n})
            elif kind == "entity":
                start = rng.randrange(docs[doc] - 1)
                add_entity(db, doc, reviewer, start, min(docs[doc], start + rng.randint(1, 9)),
                           "PER", f"e{n}")
            else:
                set_state(db, doc, reviewer, ReviewState(rng.choice(STATES)), f"n{n}")
        except SpanError:
            continue  # refused before anything was written; not an edit
        sys.stdout.write(json.dumps({"n": n, "kind": kind, "doc": doc,
                                     "reviewer": reviewer}) + "\n")
        sys.stdout.flush()
        n += 1


def serve(store: str) -> None:
    """Fork one editing process per ``FIRST SEED`` line on stdin; ``wait`` reaps it.

    The store modules are imported once, here, before any fork: a fresh interpreter per
    round would spend most of the round importing.  Each child is a separate process
    with its own connection (opened after the fork), killed by the parent with SIGKILL.
    Protocol on stdout: the child prints ``{"pid": PID}`` then its edit lines; after
    ``wait`` the server prints ``{"status": WAITSTATUS}`` once the child is gone, so every
    line the child wrote is before it.
    """
    import fasl.store.check
    import fasl.store.entities
    import fasl.store.reviews
    import fasl.store.segments  # noqa: F401

    child = 0
    for line in sys.stdin:
        if line.strip() == "wait":
            _, status = os.waitpid(child, 0)
            sys.stdout.write(json.dumps({"status": status}) + "\n")
            sys.stdout.flush()
            continue
        first, seed = (int(x) for x in line.split())
        child = os.fork()
        if child == 0:
            try:
                sys.stdout.write(json.dumps({"pid": os.getpid()}) + "\n")
                sys.stdout.flush()
                work(store, first, seed)
            except BaseException as exc:
                sys.stdout.write(json.dumps({"error": repr(exc)}) + "\n")
                sys.stdout.flush()
            finally:
                os._exit(1)


# -- the parent's side ------------------------------------------------------------------


@dataclass
class KillResult:
    rounds: int = 0
    reported: int = 0  # edits the worker said were saved
    unreported: int = 0  # committed edits whose line the kill cut off
    problems: list[str] = field(default_factory=list)


def _markers(conn: sqlite3.Connection) -> dict[int, tuple[str, int, str]]:
    """n -> (kind, doc, reviewer) for every worker edit the history records."""
    out = {}
    for action, doc, reviewer, detail in conn.execute(
            "SELECT action, doc_id, reviewer, detail FROM history WHERE reviewer IN (?, ?)",
            REVIEWERS):
        data = json.loads(detail)
        if action == "edit":
            out[data["n"]] = ("zones", doc, reviewer)
        elif action == "add_entity":
            out[int(data["surface"][1:])] = ("entity", doc, reviewer)
        elif action == "set_state":
            out[int(data["note"][1:])] = ("state", doc, reviewer)
    return out


def verify(store: Path, reported: list[dict], first: int) -> tuple[list[str], int]:
    """Problems with the store after a kill, and how many edits committed unreported.

    ``reported`` is every line any worker printed so far; ``first`` the number the killed
    worker started at, so at most edit ``max(reported) + 1`` may be there unreported.
    """
    from fasl.store.check import check_store
    from fasl.store.db import open_store

    conn = sqlite3.connect(store)
    try:
        problems = [f"integrity_check: {r[0]}" for r in
                    conn.execute("PRAGMA integrity_check").fetchall() if r[0] != "ok"]
        markers = _markers(conn)
        for line in reported:
            got = markers.get(line["n"])
            if got != (line["kind"], line["doc"], line["reviewer"]):
                problems.append(f"edit {line['n']} ({line['kind']}) was reported saved but "
                                f"the store has {got}")
        # Each entity edit is there with its history row, and only then (no half-edit).
        surfaces = {int(s[1:]) for (s,) in conn.execute(
            "SELECT surface FROM entities WHERE surface LIKE 'e%'")}
        recorded = {n for n, (kind, _, _) in markers.items() if kind == "entity"}
        if surfaces != recorded:
            problems.append(f"entities without history {sorted(surfaces - recorded)}, "
                            f"history without entities {sorted(recorded - surfaces)}")
        # Each reviewer's note and state are the last set_state's.
        last_state: dict[tuple[int, str], int] = {}
        for n, (kind, doc, reviewer) in sorted(markers.items()):
            if kind == "state":
                last_state[(doc, reviewer)] = n
        for (doc, reviewer), n in last_state.items():
            note = conn.execute("SELECT note FROM reviews WHERE doc_id = ? AND reviewer = ?",
                                [doc, reviewer]).fetchone()
            if note is None or note[0] != f"n{n}":
                problems.append(f"doc {doc} {reviewer}: note {note} after set_state n{n}")
        highest = max([first - 1, *(line["n"] for line in reported)])
        extra = sorted(n for n in markers if n > highest)
    finally:
        conn.close()
    if len(extra) > 1 or (extra and extra[0] != highest + 1):
        problems.append(f"edits in the history that were never made: {extra}")
    db = open_store(store, readonly=True)
    try:
        problems += [f"fasl check: {p}" for p in check_store(db)]
    finally:
        db.close()
    return problems, len(extra)


def _next_number(store: Path) -> int:
    conn = sqlite3.connect(store)
    try:
        return max(_markers(conn), default=-1) + 1
    finally:
        conn.close()


def kill_rounds(store: Path, rounds: int, seed: int = 0,
                max_lines: int = 40) -> KillResult:
    """Start the worker, SIGKILL it at a random moment, verify; ``rounds`` times."""
    rng = random.Random(seed)
    result = KillResult()
    promised: list[dict] = []
    server = subprocess.Popen([sys.executable, str(WORKER), str(store)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    assert server.stdin is not None and server.stdout is not None

    def send(line: str) -> None:
        server.stdin.write(line + "\n")
        server.stdin.flush()

    try:
        for round_no in range(rounds):
            first = _next_number(store)
            send(f"{first} {rng.randrange(2**32)}")
            pid = json.loads(server.stdout.readline())["pid"]
            lines = []
            wanted = rng.randint(0, max_lines)
            while len(lines) < wanted:
                lines.append(json.loads(server.stdout.readline()))
                if "error" in lines[-1]:
                    break
            time.sleep(rng.random() * 0.01)  # land anywhere in the next edit
            os.kill(pid, signal.SIGKILL)
            send("wait")
            while not lines or "status" not in lines[-1]:
                lines.append(json.loads(server.stdout.readline()))
            status = lines.pop()["status"]
            errors = [x["error"] for x in lines if "error" in x]
            if errors or not (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL):
                result.problems.append(f"round {round_no}: editor ended by itself: {errors}")
                break
            reported = [x for x in lines if "n" in x]
            promised += reported
            problems, extra = verify(store, promised, first)
            result.rounds += 1
            result.reported += len(reported)
            result.unreported += extra
            result.problems += [f"round {round_no}: {p}" for p in problems]
            if problems:
                break
    finally:
        server.stdin.close()
        server.wait(timeout=10)
    return result


def make_store(path: Path) -> Path:
    """A store with the bundled samples, ready to be edited and killed."""
    from fasl.resources import resource_path
    from fasl.store.db import open_store
    from fasl.store.importer import import_paths

    db = open_store(path)
    import_paths(db, [resource_path("samples")])
    db.close()
    return path


if __name__ == "__main__":
    serve(sys.argv[1])
