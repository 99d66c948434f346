"""Build tests/data/entities/gold.jsonl: the entity development set, annotated with fasl.

The annotations are kept as reviewable data in tests/data/entities/annotations.toml: per
document, per type, the surfaces of its entities.  This script turns them into spans the way
a reviewer working in fasl would, and stores them through fasl's own store API:

1. ``texts`` (run once, kept for the record): cut the main story (title, dateline, body,
   source, tags zones) of every tests/data/devset document out by its line gold, and write
   it to tests/data/entities/texts/.  The three sample articles are devset 000, 002, 003.
2. ``gold`` (the default): import the texts into a store with `fasl.store.importer`, resolve
   each annotated surface to code-point offsets, add each span with
   `fasl.store.entities.add_entity` as reviewer ``gold`` (which refuses empty, outside and
   crossing spans), then read the spans back with `get_entities` and write gold.jsonl.

Surface syntax in annotations.toml: ``"روسيا"`` tags every occurrence of the string that
starts a word or follows that word's attached proclitics (و ف ب ل ك and their pairs) and
ends a word; ``"روسيا@2,3"`` tags only the 2nd and 3rd of those occurrences.  An entry that
finds nothing, or names an occurrence that does not exist, stops the build with its
document and surface, so a typo never silently drops an entity.

    /work/venv/bin/python bench/make_entity_gold.py            # rebuild gold.jsonl
    /work/venv/bin/python bench/make_entity_gold.py --store /tmp/gold.sqlite   # keep the store
    /work/venv/bin/python bench/make_entity_gold.py texts      # re-cut the texts (rarely)
    # the held-out set: texts cut from tests/data/heldout, its own annotations
    /work/venv/bin/python bench/make_entity_gold.py --folder tests/data/entities_heldout
"""
from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import sys
import tempfile
import tomllib
from pathlib import Path

from fasl.store.db import open_store
from fasl.store.entities import add_entity, get_entities
from fasl.store.importer import import_paths
from fasl.textlogic.words import is_word_char

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT / "tests" / "data" / "devset"
FOLDER = ROOT / "tests" / "data" / "entities"
TEXTS = FOLDER / "texts"
ANNOTATIONS = FOLDER / "annotations.toml"
GOLD = FOLDER / "gold.jsonl"
REVIEWER = "gold"
MAIN_ZONES = {"title", "dateline", "body", "source", "tags"}
TYPES = ("PERS", "NORP", "OCC", "ORG", "GPE", "LOC", "FAC", "EVENT", "DATE")
# Nothing is tagged inside these (as in fasl.textlogic.suggest.merge).
NO_NESTING_INSIDE = frozenset({"PERS", "GPE", "LOC", "NORP", "DATE"})
PROCLITICS = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")


class AnnotationError(ValueError):
    """An annotation that does not resolve; the message names the document and surface."""


def main_story(text: str, gold: dict) -> str:
    """The main-story lines of a devset document (cut inside a line where the gold says)."""
    cuts: dict[int, list[dict]] = {}
    for cut in gold.get("cuts", []):
        cuts.setdefault(cut["line"], []).append(cut)
    out = []
    for number, (line, zone) in enumerate(zip(text.split("\n"), gold["lines"], strict=True)):
        if number in cuts:
            parts, position, current = [], 0, cuts[number][0]["before"]
            for cut in cuts[number]:
                if current in MAIN_ZONES:
                    parts.append(line[position:cut["char"]])
                position, current = cut["char"], cut["after"]
            if current in MAIN_ZONES:
                parts.append(line[position:])
            joined = " ".join(p.strip() for p in parts if p.strip())
            if joined:
                out.append(joined)
        elif zone in MAIN_ZONES:
            out.append(line.strip())
    return "\n".join(out) + "\n"


def write_texts(source: Path = DEVSET, folder: Path = FOLDER, only: set[str] | None = None) -> None:
    """Cut the main stories of ``source`` (a line-gold set) into ``folder``/texts."""
    texts = folder / "texts"
    texts.mkdir(parents=True, exist_ok=True)
    for line in (source / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        if only is not None and gold["id"] not in only:
            continue
        text = (source / f"{gold['id']}.txt").read_text(encoding="utf-8")
        (texts / f"{gold['id']}.txt").write_text(main_story(text, gold), encoding="utf-8")


def occurrences(text: str, surface: str) -> list[int]:
    """Starts of ``surface`` where it begins a word (after proclitics) and ends a word."""
    found = []
    at = text.find(surface)
    while at != -1:
        end = at + len(surface)
        word_start = at
        while word_start > 0 and is_word_char(text[word_start - 1]):
            word_start -= 1
        ends_word = end == len(text) or not is_word_char(text[end])
        if ends_word and (word_start == at or text[word_start:at] in PROCLITICS):
            found.append(at)
        at = text.find(surface, at + 1)
    return found


def resolve(doc_id: str, text: str, entries: dict[str, list[str]]) -> list[tuple[int, int, str]]:
    """(start, end, type) of every annotated surface of one document.

    A bare surface skips its occurrences that lie inside a longer annotated span of the same
    type or of a type nothing nests in (``غزة`` inside ``قطاع غزة``); name the occurrences
    with ``@`` to tag such a one anyway.
    """
    candidates: list[tuple[int, int, str, bool]] = []
    for type_, surfaces in entries.items():
        if type_ not in TYPES:
            raise AnnotationError(f"{doc_id}: unknown type {type_!r}")
        for entry in surfaces:
            surface, _, which = entry.partition("@")
            starts = occurrences(text, surface)
            if not starts:
                raise AnnotationError(f"{doc_id}: {type_} {surface!r} not found")
            if which:
                numbers = [int(n) for n in which.split(",")]
                if max(numbers) > len(starts) or min(numbers) < 1:
                    raise AnnotationError(
                        f"{doc_id}: {type_} {surface!r} has {len(starts)} occurrences, "
                        f"asked for {numbers}")
                starts = [starts[n - 1] for n in numbers]
            candidates += [(s, s + len(surface), type_, bool(which)) for s in starts]

    def swallowed(span: tuple[int, int, str, bool]) -> bool:
        start, end, type_, named = span
        return not named and any(
            s <= start and end <= e and (e - s) > (end - start)
            and (t == type_ or t in NO_NESTING_INSIDE)
            for s, e, t, _ in candidates)

    spans = sorted({(s, e, t) for s, e, t, n in candidates if not swallowed((s, e, t, n))})
    for (s1, e1, t1), (s2, e2, t2) in itertools.combinations(spans, 2):
        if (s1, e1) == (s2, e2):
            raise AnnotationError(f"{doc_id}: {text[s1:e1]!r} is both {t1} and {t2}")
        inside = s1 <= s2 and e2 <= e1
        if inside and t1 in NO_NESTING_INSIDE:
            raise AnnotationError(f"{doc_id}: {t2} {text[s2:e2]!r} inside {t1} {text[s1:e1]!r}")
    return spans


def build(store_path: Path, folder: Path = FOLDER, texts: Path | None = None) -> list[dict]:
    """Import ``folder``'s texts (or ``texts``', for a second annotation of a set's texts)
    into a new store at ``store_path``, tag them, return the rows."""
    annotations = tomllib.loads((folder / "annotations.toml").read_text(encoding="utf-8"))
    db = open_store(store_path)
    db.execute("PRAGMA synchronous = OFF")  # a build store: speed over crash safety
    paths = [(texts or folder / "texts") / f"{doc_id}.txt" for doc_id in annotations]
    report = import_paths(db, paths)
    if report.problems:
        raise AnnotationError("; ".join(str(p) for p in report.problems))
    rows = []
    for doc_id, entries in annotations.items():
        found = db.execute("SELECT id, text, text_sha256 FROM documents WHERE uid = ?",
                           [doc_id]).fetchone()
        if found is None:
            raise AnnotationError(f"{doc_id}: not in the store (missing text file?)")
        key, text, sha = found
        for start, end, type_ in sorted(resolve(doc_id, text, entries)):
            add_entity(db, key, REVIEWER, start, end, type_, text[start:end])
        entities = get_entities(db, key, REVIEWER)
        assert sha == hashlib.sha256(text.encode("utf-8")).hexdigest()
        rows.append({"id": doc_id, "sha256": sha, "entities": [
            {"start": e.start, "end": e.end, "type": e.type, "text": e.surface}
            for e in entities]})
    db.close()
    return rows


def gold_lines(rows: list[dict]) -> str:
    """gold.jsonl's content: one JSON object per document, in annotation order."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("step", nargs="?", choices=("gold", "texts"), default="gold")
    parser.add_argument("--store", type=Path, help="keep the gold store here (default: temporary)")
    parser.add_argument("--folder", type=Path, default=FOLDER,
                        help="the entity set (default tests/data/entities)")
    parser.add_argument("--texts", type=Path,
                        help="the texts' folder, when not FOLDER/texts (a second annotation)")
    parser.add_argument("--source", type=Path, default=DEVSET,
                        help="texts: the line-gold set to cut main stories from")
    parser.add_argument("--only", help="texts: comma-separated document ids")
    args = parser.parse_args(argv)
    if args.step == "texts":
        write_texts(args.source, args.folder, set(args.only.split(",")) if args.only else None)
        return 0
    try:
        if args.store:
            if args.store.exists():
                sys.exit(f"{args.store}: exists; give a new path")
            rows = build(args.store, args.folder, args.texts)
        else:
            with tempfile.TemporaryDirectory() as tmp:
                rows = build(Path(tmp) / "gold.sqlite", args.folder, args.texts)
    except AnnotationError as exc:
        print(f"make_entity_gold: {exc}", file=sys.stderr)
        return 1
    gold = args.folder / "gold.jsonl"
    gold.write_text(gold_lines(rows), encoding="utf-8")
    count = sum(len(r["entities"]) for r in rows)
    print(f"{gold}: {count} entities")
    return 0


if __name__ == "__main__":
    sys.exit(main())
