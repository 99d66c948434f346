"""Reading fasl's own exports back: ``jsonl`` files and ``brat`` folders, annotations included.

A team passes gold data around as exports; importing one must give back exactly what was
exported (text, zones with their items, confidences and origins, accepted entities with
their origins, review state and note, under the exported reviewer), so that export ->
import into a new store -> export is byte-identical.  `take_exports` is called by
`fasl.store.importer.import_paths`: it imports the paths that are fasl exports and returns
the rest for the ordinary importer.

A document whose text is already in the store gets the reviewer's annotations only if that
reviewer has not worked on it yet; identical work counts as a duplicate, different work is
reported and left alone - an import never overwrites anyone's work.  Every document is
checked (zones tile the text, entities lie inside it and never cross, the entity text
matches) before anything of it is written, and is written whole in its own savepoint.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from fasl.store.db import now
from fasl.store.documents import ReviewState
from fasl.store.entities import crosses
from fasl.store.errors import StoreError
from fasl.store.export.atomic import MARKER
from fasl.store.export.brat import ZONE_PREFIX, shown_text
from fasl.store.history import record
from fasl.store.importer import (
    JSONL_SUFFIXES,
    CancelFn,
    ImportProblem,
    ImportReport,
    ProgressFn,
    auto_segments,
)
from fasl.store.migrations import AUTO_REVIEWER, SYSTEM_REVIEWER
from fasl.store.reviewers import ensure_reviewer
from fasl.store.segments import write_segments
from fasl.textlogic.decode import DecodeError, check_text
from fasl.textlogic.normalize import fold
from fasl.textlogic.zones import CoverageError, Segment, Zone, check_cover

BATCH = 200
BRAT_REVIEWER = "brat"  # for brat folders that did not come from fasl (no manifest)
_REQUIRED = frozenset({"id", "text", "zones", "entities", "reviewer", "state"})


class BadExport(ValueError):
    """One document of an export that cannot be imported; the message says why."""


@dataclass(frozen=True, slots=True)
class Annotated:
    uid: str
    name: str
    origin: str
    meta: dict[str, Any]
    text: str
    segments: list[Segment] | None  # None: the reviewer keeps the automatic zones
    entities: list[tuple[int, int, str, str]]  # start, end, type, origin
    reviewer: str
    state: str
    note: str
    where: str


# -- recognising exports --------------------------------------------------------------------

def is_fasl_jsonl(path: Path) -> bool:
    """A JSONL file whose first record has the keys of fasl's ``jsonl`` export."""
    if path.suffix.lower() not in JSONL_SUFFIXES or not path.is_file():
        return False
    try:
        with path.open("rb") as fh:
            for raw in fh:
                if raw.strip():
                    obj = json.loads(raw.decode("utf-8-sig"))
                    return isinstance(obj, dict) and _REQUIRED <= obj.keys()
    except (OSError, ValueError):
        return False
    return False


def is_brat_folder(path: Path) -> bool:
    """A folder with fasl's manifest, or with ``.ann`` files beside their ``.txt`` files."""
    if not path.is_dir():
        return False
    if (path / MARKER).is_file():
        return True
    try:
        return any(p.with_suffix(".txt").is_file() for p in path.glob("*.ann"))
    except OSError:
        return False


# -- reading jsonl ---------------------------------------------------------------------------

def _segments(zones: Any, length: int) -> list[Segment]:
    if not isinstance(zones, list):
        raise BadExport('"zones" must be a list')
    try:
        segments = [Segment(int(z["start"]), int(z["end"]), Zone(z["label"]),
                            None if z.get("item") is None else int(z["item"]),
                            float(z.get("confidence", 1.0)), str(z.get("origin", "human")))
                    for z in zones]
        check_cover(segments, length)
    except (KeyError, TypeError, ValueError) as exc:
        raise BadExport(f"bad zones ({exc})") from None
    return segments


def _check_entities(entities: list[tuple[int, int, str, str]], length: int) -> None:
    for k, (start, end, type_, _) in enumerate(entities):
        if not 0 <= start < end <= length or not type_:
            raise BadExport(f"entity [{start}, {end}) {type_!r} is empty, untyped or outside "
                            f"the text (0..{length})")
        for other in entities[:k]:
            if crosses((start, end), other[:2]):
                raise BadExport(f"entity [{start}, {end}) crosses [{other[0]}, {other[1]}); "
                                "entities may nest but not cross")


def _state(value: Any) -> str:
    try:
        return str(ReviewState(value))
    except ValueError:
        raise BadExport(f"unknown review state {value!r}") from None


def _from_record(obj: dict[str, Any], where: str) -> Annotated:
    text = obj["text"]
    if not isinstance(text, str):
        raise BadExport('"text" must be a string')
    try:
        if check_text(text) != text:
            raise BadExport("the text has CR line ends; its offsets would not fit the stored "
                            "text")
    except DecodeError as exc:
        raise BadExport(str(exc)) from None
    entities = []
    for e in obj["entities"] or []:
        try:
            start, end = int(e["start"]), int(e["end"])
            entities.append((start, end, str(e["type"]), str(e.get("origin", "human"))))
        except (KeyError, TypeError, ValueError) as exc:
            raise BadExport(f"bad entity {e!r} ({exc})") from None
        if "text" in e and e["text"] != text[start:end]:
            raise BadExport(f"entity [{start}, {end}) says {e['text']!r} but the text there "
                            f"is {text[start:end]!r}")
    _check_entities(entities, len(text))
    meta = obj.get("metadata") or {}
    if not isinstance(meta, dict):
        raise BadExport('"metadata" must be an object')
    return Annotated(str(obj["id"]), str(obj.get("name") or obj["id"]), str(obj.get("origin") or ""),
                     meta, text, _segments(obj["zones"], len(text)), entities,
                     str(obj["reviewer"]), _state(obj["state"]), str(obj.get("note") or ""),
                     where)


def _jsonl(path: Path, problems: list[ImportProblem]) -> Iterator[tuple[Annotated | None, int]]:
    with path.open("rb") as fh:
        offset = 0
        for number, raw in enumerate(fh, start=1):
            offset += len(raw)
            where = f"{path}:{number}"
            if not raw.strip():
                continue
            try:
                try:
                    obj = json.loads(raw.decode("utf-8-sig" if number == 1 else "utf-8"))
                except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                    raise BadExport(f"not a JSON record ({exc})") from None
                if not isinstance(obj, dict) or not _REQUIRED <= obj.keys():
                    missing = sorted(_REQUIRED - set(obj)) if isinstance(obj, dict) else []
                    raise BadExport(f"not a fasl export record (missing {', '.join(missing)})"
                                    if missing else "not a fasl export record")
                yield _from_record(obj, where), offset
            except BadExport as exc:
                problems.append(ImportProblem(where, str(exc)))
                yield None, offset


# -- reading brat ----------------------------------------------------------------------------

def _notes(value: str) -> dict[str, str]:
    return dict(part.split("=", 1) for part in value.split() if "=" in part)


def parse_ann(ann: str, text: str, where: str
              ) -> tuple[list[Segment] | None, list[tuple[int, int, str, str]]]:
    """Zones (None if the file has none) and entities of one ``.ann`` file over ``text``."""
    spans: list[tuple[str, str, list[tuple[int, int]], int]] = []
    notes: dict[str, dict[str, str]] = {}
    for number, line in enumerate(ann.split("\n"), start=1):
        if not line.strip():
            continue
        fields = line.split("\t", 2)
        try:
            if line.startswith("T"):
                tid, head, shown = fields if len(fields) == 3 else (*fields, "")
                type_, offsets = head.split(" ", 1)
                frags = [(int(a), int(b)) for a, b in (f.split() for f in offsets.split(";"))]
                if any(not 0 <= a <= b <= len(text) for a, b in frags):
                    raise BadExport(f"offsets {offsets} outside the text (0..{len(text)})")
                if shown != shown_text(text, frags):
                    raise BadExport(f"{tid} says {shown[:40]!r} but the text at {offsets} "
                                    f"is {shown_text(text, frags)[:40]!r}")
                spans.append((tid, type_, frags, number))
            elif line.startswith("#") and len(fields) == 3:
                kind, _, target = fields[1].partition(" ")
                if kind == "AnnotatorNotes":
                    notes[target.strip()] = _notes(fields[2])
        except BadExport as exc:
            raise BadExport(f"line {number}: {exc}") from None
        except ValueError:
            raise BadExport(f"line {number}: not a brat annotation line: {line[:60]!r}") from None
    zones, entities = [], []
    for tid, type_, frags, number in spans:
        facts = notes.get(tid, {})
        try:
            start = int(facts.get("start", frags[0][0]))
            if type_.startswith(ZONE_PREFIX):
                label = Zone(type_[len(ZONE_PREFIX):])
                item = int(facts["item"]) if "item" in facts else (
                    1 if label == Zone.RELATED else None)
                zones.append((start, label, item, float(facts.get("confidence", 1.0)),
                              facts.get("origin", "human")))
            else:
                end = int(facts.get("end", frags[-1][1]))
                entities.append((start, end, type_, facts.get("origin", "human")))
        except ValueError as exc:
            raise BadExport(f"line {number}: {exc}") from None
    _check_entities(entities, len(text))
    if not zones:
        return None, entities
    zones.sort(key=lambda z: z[0])
    ends = [z[0] for z in zones[1:]] + [len(text)]
    segments = [Segment(z[0], end, z[1], z[2], z[3], z[4]) for z, end in zip(zones, ends,
                                                                             strict=True)]
    try:
        check_cover(segments, len(text))
    except CoverageError as exc:
        raise BadExport(f"zones do not cover the text ({exc})") from None
    return segments, entities


def _brat_doc(folder: Path, stem: str, info: dict[str, Any]) -> Annotated:
    txt, ann = folder / f"{stem}.txt", folder / f"{stem}.ann"
    try:
        text = txt.read_bytes().decode("utf-8")
        ann_text = ann.read_text(encoding="utf-8") if ann.exists() else ""
    except UnicodeDecodeError as exc:
        raise BadExport(f"not UTF-8 (byte {exc.start})") from None
    except OSError as exc:
        raise BadExport(f"cannot read ({exc.strerror or exc})") from None
    try:
        if check_text(text) != text:
            raise BadExport("the text has CR line ends; brat's offsets would not fit the "
                            "stored text")
    except DecodeError as exc:
        raise BadExport(str(exc)) from None
    segments, entities = parse_ann(ann_text, text, str(ann))
    meta = info.get("metadata") or {}
    return Annotated(str(info.get("id") or stem), str(info.get("name") or txt.name),
                     str(info.get("origin") or txt.resolve()), meta if isinstance(meta, dict)
                     else {}, text, segments, entities,
                     str(info.get("reviewer") or BRAT_REVIEWER),
                     _state(info.get("state") or ReviewState.IN_PROGRESS),
                     str(info.get("note") or ""), str(ann))


def _brat(folder: Path, problems: list[ImportProblem]) -> Iterator[tuple[Annotated | None, int]]:
    manifest = folder / MARKER
    entries: list[tuple[str, dict[str, Any], str]] = []
    if manifest.is_file():
        with manifest.open(encoding="utf-8") as fh:
            for number, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                try:
                    info = json.loads(line)
                    entries.append((str(info["file"]), info, f"{manifest}:{number}"))
                except (ValueError, KeyError, TypeError):
                    problems.append(ImportProblem(f"{manifest}:{number}",
                                                  "not a manifest record"))
    else:
        entries = [(p.stem, {}, str(p)) for p in sorted(folder.glob("*.txt"))
                   if p.with_suffix(".ann").is_file()]
    for k, (stem, info, where) in enumerate(entries, start=1):
        try:
            yield _brat_doc(folder, stem, info), k
        except BadExport as exc:
            problems.append(ImportProblem(f"{folder / stem}.ann", str(exc)))
            yield None, k


# -- storing ---------------------------------------------------------------------------------

def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _own_work(db: Database, doc_id: int, reviewer: str) -> tuple[Any, ...] | None:
    """The reviewer's own zones, entities and review of a document; None if untouched."""
    seg = db.execute("SELECT start, end, label, item, round(confidence, 4), origin FROM segments "
                     "WHERE doc_id = ? AND reviewer = ? ORDER BY start",
                     [doc_id, reviewer]).fetchall()
    ents = db.execute("SELECT start, end, type, origin FROM entities WHERE doc_id = ? AND "
                      "reviewer = ? AND state = 'accepted' ORDER BY start, end DESC, id",
                      [doc_id, reviewer]).fetchall()
    review = db.execute("SELECT state, note FROM reviews WHERE doc_id = ? AND reviewer = ?",
                        [doc_id, reviewer]).fetchone()
    if not seg and not ents and (review is None or tuple(review) == ("new", "")):
        return None
    return ([tuple(r) for r in seg], [tuple(r) for r in ents],
            tuple(review) if review else ("new", ""))


def _incoming_work(item: Annotated) -> tuple[Any, ...]:
    seg = [(s.start, s.end, str(s.label), s.item, round(s.confidence, 4), s.origin)
           for s in item.segments or []]
    ents = sorted(item.entities, key=lambda e: (e[0], -e[1]))
    return seg, [tuple(e) for e in ents], (item.state, item.note)


def _insert_document(db: Database, item: Annotated, sha: str) -> int:
    uid = item.uid
    if db.execute("SELECT 1 FROM documents WHERE uid = ?", [uid]).fetchone():
        uid = f"{uid}~{sha[:8]}"
    doc_id = int(db["documents"].insert({
        "uid": uid, "name": item.name, "origin": item.origin, "raw_sha256": sha,
        "text_sha256": sha, "encoding": "utf-8", "text": item.text, "length": len(item.text),
        "meta": json.dumps(item.meta, ensure_ascii=False), "imported_at": now()}).last_pk)
    db.execute("INSERT INTO document_search (rowid, folded) VALUES (?, ?)",
               [doc_id, fold(item.text)])
    write_segments(db, doc_id, AUTO_REVIEWER, auto_segments(item.text), len(item.text))
    record(db, SYSTEM_REVIEWER, doc_id, "import",
           {"origin": item.origin, "encoding": "utf-8", "text_sha256": sha,
            "from_export": item.where})
    return doc_id


def store_annotated(db: Database, item: Annotated) -> tuple[int, bool]:
    """Write one exported document and its annotations; (doc id, newly stored).

    Raises:
        BadExport: the reviewer already has different work on this text.
        StoreError: the reviewer name is one fasl reserves.
    """
    sha = _sha(item.text)
    with db.atomic():
        row = db.execute("SELECT id FROM documents WHERE text_sha256 = ?", [sha]).fetchone()
        reviewer = ensure_reviewer(db, item.reviewer)
        if row is not None:
            doc_id, new = int(row[0]), False
            current = _own_work(db, doc_id, reviewer)
            if current is not None:
                if current == _incoming_work(item):
                    return doc_id, False
                raise BadExport(f"reviewer {reviewer!r} already has different work on this "
                                "text in the store; it was not overwritten")
        else:
            doc_id, new = _insert_document(db, item, sha), True
        if item.segments is not None:
            write_segments(db, doc_id, reviewer, item.segments, len(item.text))
        db["entities"].insert_all(
            {"doc_id": doc_id, "reviewer": reviewer, "start": s, "end": e, "type": t,
             "origin": o, "state": "accepted", "surface": item.text[s:e]}
            for s, e, t, o in item.entities)
        db.execute(
            """INSERT INTO reviews (doc_id, reviewer, state, note, seconds, updated_at)
               VALUES (?, ?, ?, ?, 0.0, ?)
               ON CONFLICT (doc_id, reviewer) DO UPDATE SET state = excluded.state,
                 note = excluded.note, updated_at = excluded.updated_at""",
            [doc_id, reviewer, item.state, item.note, now()])
        record(db, reviewer, doc_id, "import_annotations",
               {"from_export": item.where, "zones": len(item.segments or []),
                "entities": len(item.entities), "state": item.state})
    return doc_id, new


def _run(db: Database, stream: Iterator[tuple[Annotated | None, int]], total: int, where: str,
         report: ImportReport, progress: ProgressFn | None, cancelled: CancelFn | None) -> None:
    while not report.cancelled:
        chunk = list(islice(stream, BATCH))
        if not chunk:
            return
        with db.atomic():
            for item, position in chunk:
                if cancelled and cancelled():
                    report.cancelled = True
                    break
                if item is not None:
                    try:
                        doc_id, new = store_annotated(db, item)
                    except (BadExport, ValueError, StoreError) as exc:
                        report.problems.append(ImportProblem(item.where, str(exc)))
                    except Exception as exc:  # reported per document; the import goes on
                        report.problems.append(ImportProblem(item.where,
                                                             f"could not be stored ({exc})"))
                    else:
                        if new:
                            report.imported.append(doc_id)
                        else:
                            report.duplicates += 1
                if progress:
                    progress(position, total, where)


def take_exports(db: Database, paths: Sequence[str | Path], report: ImportReport, *,
                 progress: ProgressFn | None = None, cancelled: CancelFn | None = None
                 ) -> list[Path]:
    """Import the paths that are fasl exports into ``report``; return the other paths."""
    rest: list[Path] = []
    for path in map(Path, paths):
        if report.cancelled:
            break
        if is_fasl_jsonl(path):
            _run(db, _jsonl(path, report.problems), path.stat().st_size, str(path), report,
                 progress, cancelled)
        elif is_brat_folder(path):
            count = sum(1 for _ in path.glob("*.txt"))
            _run(db, _brat(path, report.problems), count, str(path), report, progress,
                 cancelled)
        else:
            rest.append(path)
    return rest
