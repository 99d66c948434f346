"""Made tests/data/stores/fasl-0.1.0.sqlite with fasl 0.1.0; kept as the record of how (see README.md)."""
import sys
from pathlib import Path
from fasl.store.db import open_store
from fasl.store.importer import import_paths
from fasl.store.segments import get_segments, save_segments
from fasl.store.reviews import set_state, add_time
from fasl.store.documents import ReviewState
from fasl.store.reviewers import ensure_reviewer
from fasl.store.entities import add_entity
out = Path(sys.argv[1])
db = open_store(out)
import_paths(db, ["resources/samples"])
ensure_reviewer(db, "amal")
doc = db.execute("select id from documents order by id limit 1").fetchone()[0]
segs = get_segments(db, doc, "amal")
from fasl.textlogic.zones import Segment
save_segments(db, doc, "amal", [Segment(s.start, s.end, s.label, s.item, 1.0, "human") for s in segs], "relabel")
text = db["documents"].get(doc)["text"]
i = text.find("روسيا")
if i >= 0:
    add_entity(db, doc, "amal", i, i + 5, "GPE", "روسيا")
add_time(db, doc, "amal", 42.0)
set_state(db, doc, "amal", ReviewState.DONE)
db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
db.execute("PRAGMA journal_mode=DELETE")
db.close()
