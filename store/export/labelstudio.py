"""Label Studio: a tasks JSON with the annotations in place, and the labelling config beside it.

``OUT`` holds a JSON array of tasks, each ``{"data": {"text", ...}, "annotations":
[{"result": [...]}]}``; each result is a ``labels`` region on the ``text`` object, zones
from the ``zone`` control and entities from the ``entity`` control, with ``value``
``{"start", "end", "text", "labels"}``.  Offsets are code points into ``data.text``: Label
Studio's text regions count code points (it converts from JavaScript's UTF-16 positions),
so emoji before a span do not shift it.  ``OUT`` minus its suffix plus
``.label_config.xml`` is the project's labelling config with every zone and entity type
used, ready to paste into the project settings before importing the tasks.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

from fasl.store.export.atomic import AtomicFile
from fasl.store.export.jsonl import dumps
from fasl.store.export.select import ExportDoc
from fasl.textlogic.zones import Zone

ZONE_CONTROL = "zone"
ENTITY_CONTROL = "entity"
TEXT_OBJECT = "text"


def _region(rid: str, control: str, label: str, text: str, start: int, end: int
            ) -> dict[str, Any]:
    return {"id": rid, "from_name": control, "to_name": TEXT_OBJECT, "type": "labels",
            "origin": "manual",
            "value": {"start": start, "end": end, "text": text[start:end], "labels": [label]}}


def task(doc: ExportDoc) -> dict[str, Any]:
    result = [_region(f"z{k}", ZONE_CONTROL, str(s.label), doc.text, s.start, s.end)
              for k, s in enumerate(doc.segments, start=1)]
    result += [_region(f"e{k}", ENTITY_CONTROL, e.type, doc.text, e.start, e.end)
               for k, e in enumerate(doc.entities, start=1)]
    return {"data": {"text": doc.text, "fasl_id": doc.uid, "name": doc.name,
                     "reviewer": doc.reviewer, "state": doc.state},
            "annotations": [{"result": result}]}


def label_config(entity_types: set[str]) -> str:
    zones = "".join(f"    <Label value={quoteattr(str(z))}/>\n" for z in Zone)
    ents = "".join(f"    <Label value={quoteattr(t)}/>\n" for t in sorted(entity_types))
    return ("<View>\n"
            f'  <Labels name="{ZONE_CONTROL}" toName="{TEXT_OBJECT}">\n{zones}  </Labels>\n'
            f'  <Labels name="{ENTITY_CONTROL}" toName="{TEXT_OBJECT}">\n{ents}  </Labels>\n'
            f'  <Text name="{TEXT_OBJECT}" value="$text"/>\n'
            "</View>\n")


def config_path(out: Path) -> Path:
    return out.with_name(out.stem + ".label_config.xml")


class LabelStudioWriter:
    def __init__(self, out: Path, **_: Any) -> None:
        self.file = AtomicFile(out)
        self.config = AtomicFile(config_path(out))
        self.types: set[str] = set()
        self.first = True
        self.file.write("[")

    def write(self, doc: ExportDoc) -> None:
        self.types.update(e.type for e in doc.entities)
        self.file.write(("\n" if self.first else ",\n") + dumps(task(doc)))
        self.first = False

    def commit(self) -> list[Path]:
        self.file.write("\n]\n")
        self.config.write(label_config(self.types))
        self.config.commit()
        self.file.commit()
        return [self.file.path, self.config.path]

    def abort(self) -> None:
        self.file.abort()
        self.config.abort()
