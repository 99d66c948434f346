"""Building stores with reviewed documents for the export and re-import tests (no tests here).

Documents enter through the real importer (a JSONL of crawl records, so any text works) and
annotations through the store's own edit functions, as a reviewer's work would.
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from fasl.store.db import open_store
from fasl.store.entities import add_entity
from fasl.store.importer import import_paths
from fasl.store.reviews import set_state
from fasl.store.segments import save_segments
from fasl.textlogic.zones import Segment

# Tashkeel, an emoji with a skin tone before entities, a proclitic left out of an entity
# (لروسيا -> روسيا), nesting (OCC holds NORP), a name glued to "و".
RICH_TEXT = ("قال مُحَمَّدٌ 😀👍🏽 إنّ لروسيا دوراً.\n"
             "وزير الخارجية الروسي سيرجي لافروف زار موسكو؟\n\n"
             "المصدر: الوطن\n")


def find(text: str, part: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return start, start + len(part)


RICH_ENTITIES = [
    (*find(RICH_TEXT, "مُحَمَّدٌ"), "PERS"),
    (*find(RICH_TEXT, "روسيا"), "GPE"),
    (*find(RICH_TEXT, "وزير الخارجية الروسي"), "OCC"),
    (*find(RICH_TEXT, "الروسي"), "NORP"),
    (*find(RICH_TEXT, "سيرجي لافروف"), "PERS"),
    (*find(RICH_TEXT, "موسكو"), "GPE"),
    (*find(RICH_TEXT, "الوطن"), "ORG"),
]


@dataclass
class Doc:
    text: str
    entities: Sequence[tuple[int, int, str]] = ()
    segments: Sequence[Segment] | None = None  # None: keep the automatic zones
    state: str = "done"
    note: str = ""
    uid: str | None = None


@dataclass
class Built:
    db: Database
    ids: list[int] = field(default_factory=list)


def build_store(path: Path, docs: Sequence[Doc], reviewer: str = "ann") -> Built:
    """A store holding ``docs``, annotated by ``reviewer``."""
    db = open_store(path)
    crawl = path.with_suffix(".crawl.jsonl")
    with crawl.open("w", encoding="utf-8") as fh:
        for k, doc in enumerate(docs):
            fh.write(json.dumps({"id": doc.uid or f"doc{k:03d}", "text": doc.text,
                                 "site": "test"}, ensure_ascii=False) + "\n")
    report = import_paths(db, [crawl])
    crawl.unlink()
    assert not report.problems, report.problems
    assert len(report.imported) == len(docs)
    for doc_id, doc in zip(report.imported, docs, strict=True):
        if doc.segments is not None:
            save_segments(db, doc_id, reviewer, doc.segments, "test")
        for start, end, type_ in doc.entities:
            add_entity(db, doc_id, reviewer, start, end, type_, doc.text[start:end])
        if doc.state != "new":
            set_state(db, doc_id, reviewer, doc.state, doc.note or None)
    return Built(db, list(report.imported))


def sample_docs(sample_texts: dict[str, str]) -> list[Doc]:
    """The three sample articles with a few entities each, plus the rich text."""
    docs = []
    for name, text in sample_texts.items():
        entities = []
        for part, type_ in (("وزير الخارجية الروسي", "OCC"), ("لافروف", "PERS"),
                            ("غزة", "GPE"), ("الكرملين", "ORG")):
            if part in text:
                entities.append((*find(text, part), type_))
        if "وزير الخارجية الروسي" in text:
            entities.append((*find(text, "الروسي", nth=text[:text.index("وزير الخارجية الروسي")]
                                   .count("الروسي")), "NORP"))
        docs.append(Doc(text, entities, uid=name.removesuffix(".txt")))
    docs.append(Doc(RICH_TEXT, RICH_ENTITIES, note="checked twice", uid="rich"))
    return docs


def build_samples_store(path: Path) -> Built:
    """`build_store` over `sample_docs` of the shipped sample articles."""
    from fasl.resources import resource_path

    texts = {p.name: p.read_text(encoding="utf-8")
             for p in sorted(resource_path("samples").glob("*.txt"))}
    return build_store(path, sample_docs(texts))
