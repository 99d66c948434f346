"""A real store with two reviewers' finished work, shared by the agreement and team tests.

The documents, zones and entities are those of the hand-computed fixture in
tests/textlogic/test_agreement.py (kappa 18/29, boundary share 2/3, entity F1 there), so
the store-level, command-line and dialog tests can check the same figures end to end.
"""
from __future__ import annotations

from pathlib import Path

from fasl.store.db import open_store
from fasl.store.documents import ReviewState
from fasl.store.entities import add_entity
from fasl.store.importer import import_paths
from fasl.store.reviews import set_state
from fasl.store.segments import save_segments
from fasl.textlogic.linegold import gold_to_segments

DOCS = {
    "doc1.txt": "عنوان الخبر\n\nنص الخبر الأول\nاقرأ أيضا: خبر آخر\nتابعونا على واتساب",
    "doc2.txt": "عنوان\nفقرة أولى\nفقرة ثانية",
    "doc3.txt": "خبر عاجل\nنص قصير\n• عنوان أول\n• عنوان ثان",
}
ZONES = {
    "doc1.txt": (["title", None, "body", "related", "boilerplate"],
                 ["title", None, "body", "body", "boilerplate"]),
    "doc2.txt": (["title", "body", "body"], ["title", "body", "body"]),
    "doc3.txt": (["title", "body", "list", "list"], ["body", "body", "list", "boilerplate"]),
}
ENTITIES = {
    "doc1.txt": ([(0, 5, "PERS"), (10, 15, "GPE"), (20, 30, "ORG")],
                 [(0, 5, "PERS"), (11, 15, "GPE"), (40, 45, "PERS")]),
    "doc2.txt": ([], []),
    "doc3.txt": ([(0, 10, "PERS"), (6, 10, "PERS")], [(0, 10, "PERS")]),
}
KAPPA = 18 / 29
BOUNDARY_SHARE = 2 / 3


def segments_for(text: str, lines: list[str | None]):
    items = [1 if zone == "related" else None for zone in lines]
    return gold_to_segments(text, {"lines": lines, "items": items})


def write_docs(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in DOCS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def review(db, doc_id: int, name: str, reviewer: str, side: int, done: bool = True) -> None:
    """Save one side's (0 = A, 1 = B) zones and entities of document ``name``."""
    text = DOCS[name]
    save_segments(db, doc_id, reviewer, segments_for(text, ZONES[name][side]), "test_zones")
    for start, end, type_ in ENTITIES[name][side]:
        add_entity(db, doc_id, reviewer, start, end, type_, text[start:end])
    if done:
        set_state(db, doc_id, reviewer, ReviewState.DONE)


def make_team_store(path: Path, reviewers: tuple[str, str] = ("amal", "badr")) -> Path:
    """A store holding the three documents, both reviewers' zones and entities, all done."""
    db = open_store(path)
    try:
        report = import_paths(db, [write_docs(path.parent / f"{path.stem}-docs")])
        assert len(report.imported) == 3, report.summary()
        ids = {row["name"]: row["id"] for row in db["documents"].rows}
        for name, doc_id in ids.items():
            for side, reviewer in enumerate(reviewers):
                review(db, doc_id, name, reviewer, side)
    finally:
        db.close()
    return path
