"""brat standoff: a folder of ``NAME.txt`` + ``NAME.ann`` pairs, ``annotation.conf``, manifest.

Zones and entities are text-bound annotations (``T`` lines).  Offsets are code points of
the ``.txt`` file, which is the stored text byte for byte (UTF-8, ``\\n``): brat reads the
file as Unicode and counts characters, so its offsets are Python `str` indexes.

brat cannot show one fragment across a line break: its own editor cuts a selection that
spans lines into fragments (``T1 zone_body 0 40;41 95``, the texts joined by a space).
fasl writes spans the same way, cutting at every character that brat's line reading
treats as a line end.  What brat has no place for goes into an ``AnnotatorNotes`` comment
on the annotation, as ``key=value`` pairs: a related item's number, a confidence below 1,
an origin other than a person's, and the exact start when the first fragment does not
begin there (a zone opening with a blank line).  Document-level facts (id, name, metadata,
reviewer, review state) are in ``fasl-documents.jsonl``, one line per document, which also
marks the folder as a fasl export for `fasl import`.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from fasl.store.export.atomic import MARKER, AtomicDir
from fasl.store.export.jsonl import CONFIDENCE_DIGITS, dumps
from fasl.store.export.select import ExportDoc
from fasl.textlogic.zones import Zone

ZONE_PREFIX = "zone_"
# str.splitlines() boundaries: brat's reader (and many others) end a line at any of these.
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_BREAK_RE = re.compile(f"[{LINE_BREAKS}]+")
_UNSAFE_NAME = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]')
MAX_STEM = 100


def fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``[start, end)`` cut at line breaks into the fragments brat would make."""
    out: list[tuple[int, int]] = []
    pos = start
    for match in _BREAK_RE.finditer(text, start, end):
        if match.start() > pos:
            out.append((pos, match.start()))
        pos = match.end()
    if pos < end:
        out.append((pos, end))
    return out


_SPACES = str.maketrans(dict.fromkeys(LINE_BREAKS, " "))


def shown_text(text: str, frags: list[tuple[int, int]]) -> str:
    """The text column of a ``T`` line: the fragments joined by a space, on one line."""
    return " ".join(text[a:b].translate(_SPACES) for a, b in frags)


def t_line(tid: int, type_: str, text: str, start: int, end: int) -> str:
    frags = fragments(text, start, end) or [(start, end)]
    offsets = ";".join(f"{a} {b}" for a, b in frags)
    return f"T{tid}\t{type_} {offsets}\t{shown_text(text, frags)}\n"


def _confidence(value: float) -> str:
    return repr(round(float(value), CONFIDENCE_DIGITS))


def ann_text(doc: ExportDoc) -> str:
    """The ``.ann`` file of one document: zones first (T1...), then entities."""
    lines: list[str] = []
    notes: list[tuple[int, str]] = []
    tid = 0
    for seg in doc.segments:
        tid += 1
        lines.append(t_line(tid, ZONE_PREFIX + str(seg.label), doc.text, seg.start, seg.end))
        facts = []
        if seg.item is not None:
            facts.append(f"item={seg.item}")
        if round(float(seg.confidence), CONFIDENCE_DIGITS) != 1.0:
            facts.append(f"confidence={_confidence(seg.confidence)}")
        if seg.origin != "human":
            facts.append(f"origin={seg.origin}")
        frags = fragments(doc.text, seg.start, seg.end)
        if not frags or frags[0][0] != seg.start:
            facts.append(f"start={seg.start}")
        if facts:
            notes.append((tid, " ".join(facts)))
    for ent in doc.entities:
        tid += 1
        lines.append(t_line(tid, ent.type, doc.text, ent.start, ent.end))
        facts = [] if ent.origin == "human" else [f"origin={ent.origin}"]
        frags = fragments(doc.text, ent.start, ent.end) or [(ent.start, ent.end)]
        if frags[0][0] != ent.start:
            facts.append(f"start={ent.start}")
        if frags[-1][1] != ent.end:
            facts.append(f"end={ent.end}")
        if facts:
            notes.append((tid, " ".join(facts)))
    lines += [f"#{k}\tAnnotatorNotes T{tid}\t{facts}\n"
              for k, (tid, facts) in enumerate(notes, start=1)]
    return "".join(lines)


def annotation_conf(entity_types: set[str]) -> str:
    """The project configuration brat needs to show (and edit) these annotation types.

    ``<OVERLAP>`` allows nesting and overlap, since entities nest and sit inside zones.
    """
    zones = [ZONE_PREFIX + str(z) for z in Zone]
    return ("# written by fasl export: zones (zone_*) and entity types\n"
            "[entities]\n" + "".join(f"{t}\n" for t in [*zones, *sorted(entity_types)]) +
            "\n[relations]\n<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n"
            "\n[events]\n\n[attributes]\n")


def file_stem(uid: str, taken: set[str]) -> str:
    """A file name for a document: its id made safe, unique ignoring case."""
    stem = _UNSAFE_NAME.sub("_", uid).strip(" .") or "document"
    if stem.startswith("."):
        stem = "_" + stem[1:]
    stem = stem[:MAX_STEM]
    candidate, n = stem, 1
    while candidate.casefold() in taken or candidate.casefold() == "annotation":
        n += 1
        candidate = f"{stem}~{n}"
    taken.add(candidate.casefold())
    return candidate


class BratWriter:
    def __init__(self, out: Path, **_: Any) -> None:
        self.folder = AtomicDir(out)
        self.taken: set[str] = set()
        self.types: set[str] = set()
        self.manifest = (self.folder.temp / MARKER).open("w", encoding="utf-8", newline="\n")

    def write(self, doc: ExportDoc) -> None:
        stem = file_stem(doc.uid, self.taken)
        base = self.folder.temp / stem
        base.with_name(stem + ".txt").write_text(doc.text, encoding="utf-8", newline="")
        base.with_name(stem + ".ann").write_text(ann_text(doc), encoding="utf-8", newline="")
        self.types.update(e.type for e in doc.entities)
        self.manifest.write(dumps({
            "file": stem, "id": doc.uid, "name": doc.name, "origin": doc.origin,
            "sha256": doc.sha256, "metadata": doc.meta, "reviewer": doc.reviewer,
            "state": doc.state, "note": doc.note}) + "\n")

    def commit(self) -> list[Path]:
        self.manifest.close()
        (self.folder.temp / "annotation.conf").write_text(annotation_conf(self.types),
                                                          encoding="utf-8", newline="\n")
        self.folder.commit()
        return [self.folder.path]

    def abort(self) -> None:
        if not self.manifest.closed:
            self.manifest.close()
        self.folder.abort()
