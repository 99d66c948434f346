"""The long crash run: SIGKILL an editing process at random moments, check after every kill.

Each round forks a process that makes zone edits, entity tags and review-state changes
through the store API, printing a line after each commit; it is killed with SIGKILL at a
random moment, and the store must then pass `PRAGMA integrity_check` and `fasl check`,
hold every edit any process reported saved, and no edit in part (tests/store/crash_worker.py
says exactly what is checked).  CI runs 25 rounds (tests/store/test_crash_store.py); this
runs as many as asked, 200 by default.

    python bench/kill_loop.py [--rounds 200] [--seed 1] [--store /tmp/fasl-kill.sqlite]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "store"))

from crash_worker import kill_rounds, make_store  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--max-lines", type=int, default=40,
                        help="most edits a round reads before it kills (default 40)")
    parser.add_argument("--store", type=Path, help="store to use (default: a new temporary one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = args.store or Path(tmp) / "kill.sqlite"
        if not store.exists():
            make_store(store)
        started = time.perf_counter()
        result = kill_rounds(store, args.rounds, seed=args.seed, max_lines=args.max_lines)
        seconds = time.perf_counter() - started
    print(f"command: python bench/kill_loop.py --rounds {args.rounds} --seed {args.seed} "
          f"--max-lines {args.max_lines}")
    print(f"rounds killed with SIGKILL and checked: {result.rounds}")
    print(f"edits reported saved (all found):       {result.reported}")
    print(f"edits committed but killed before their report line: {result.unreported}")
    print(f"time: {seconds:.1f} s")
    if result.problems:
        print("PROBLEMS:")
        for problem in result.problems:
            print(f"  {problem}")
        return 1
    print("result: no saved edit lost, no half edit, integrity and fasl check ok after every kill")
    return 0


if __name__ == "__main__":
    sys.exit(main())
