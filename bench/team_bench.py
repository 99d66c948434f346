"""How long `fasl merge` and `fasl agreement` take on a team-sized store.

Builds one store of N documents (the samples, made unique by a numbered line), copies it to
two reviewers' "machines", lets each review every document (own zones, two entities, done;
the second reviewer also imports N/10 documents of their own), then times: merging the
second store into the first, merging it again (nothing new), and the agreement of the two
reviewers over all N documents.

    python bench/team_bench.py [--docs 2000] [--workdir /tmp/fasl-team-bench]
"""
from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import time
from pathlib import Path

from fasl.resources import resource_path
from fasl.store.agreement import compare_reviewers
from fasl.store.db import open_store
from fasl.store.documents import ReviewState
from fasl.store.entities import add_entity
from fasl.store.importer import import_paths
from fasl.store.merge import merge_stores
from fasl.store.reviews import set_state
from fasl.store.segments import get_segments, save_segments
from fasl.textlogic.zones import Segment, Zone


def _jsonl(path: Path, start: int, n: int) -> Path:
    samples = [p.read_text(encoding="utf-8")
               for p in sorted(resource_path("samples").glob("*.txt"))]
    with path.open("w", encoding="utf-8") as fh:
        for i in range(start, start + n):
            text = f"{samples[i % len(samples)]}\nرقم المرجع {i}\n"
            fh.write(json.dumps({"id": f"doc{i:06d}", "text": text}, ensure_ascii=False) + "\n")
    return path


def _review_all(path: Path, reviewer: str, shift: int) -> None:
    db = open_store(path)
    for row in db.execute("SELECT id, text FROM documents").fetchall():
        doc_id, text = row
        segs = get_segments(db, doc_id, "auto")
        if shift and len(segs) > 1:  # the second reviewer moves the first boundary
            first = segs[0]
            segs = [Segment(first.start, first.end, Zone.BODY, None, 1.0, "human"), *segs[1:]]
        save_segments(db, doc_id, reviewer, segs, "bench")
        add_entity(db, doc_id, reviewer, 0, 5 + shift, "PERS", text[:5 + shift])
        add_entity(db, doc_id, reviewer, 10, 15, "GPE", text[10:15])
        set_state(db, doc_id, reviewer, ReviewState.DONE)
    db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/fasl-team-bench"))
    args = parser.parse_args()
    shutil.rmtree(args.workdir, ignore_errors=True)
    args.workdir.mkdir(parents=True)
    base = args.workdir / "base.sqlite"
    db = open_store(base)
    import_paths(db, [_jsonl(args.workdir / "base.jsonl", 0, args.docs)])
    db.close()
    a, b = args.workdir / "amal.sqlite", args.workdir / "badr.sqlite"
    for dest in (a, b):
        src, out = sqlite3.connect(base), sqlite3.connect(dest)
        src.backup(out)
        src.close()
        out.close()
    db = open_store(b)
    import_paths(db, [_jsonl(args.workdir / "extra.jsonl", args.docs, args.docs // 10)])
    db.close()
    _review_all(a, "amal", 0)
    _review_all(b, "badr", 1)

    started = time.perf_counter()
    [report] = merge_stores(a, [b])
    merge_s = time.perf_counter() - started
    started = time.perf_counter()
    [again] = merge_stores(a, [b])
    again_s = time.perf_counter() - started
    db = open_store(a, readonly=True)
    started = time.perf_counter()
    agreement = compare_reviewers(db, "amal", "badr")
    agree_s = time.perf_counter() - started
    db.close()
    print(f"documents: {args.docs:,} shared + {args.docs // 10:,} new in the source")
    print(f"merge:        {merge_s:6.2f} s  ({report.documents_added:,} added, "
          f"{report.documents_matched:,} matched, {dict(report.rows['badr'])})")
    print(f"merge again:  {again_s:6.2f} s  (changed: {again.changed})")
    print(f"agreement:    {agree_s:6.2f} s  ({agreement.documents:,} documents, "
          f"{agreement.result.lines:,} lines, kappa {agreement.result.kappa:.3f}, "
          f"{agreement.documents / agree_s:,.0f} documents/s)")


if __name__ == "__main__":
    main()
