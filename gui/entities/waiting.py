"""Entity edits that wait for the store: what the screen shows meanwhile, and their ids.

When the store cannot be written (locked, full, read-only file) an entity edit waits in the
window's queue (`fasl.gui.pending.PendingSaves`) like a zone edit.  The reviewer must still
see it, and go on working on it: retype the span just tagged, undo it, tag inside it.  Two
things make that possible without a second copy of the entities:

- every waiting edit carries its *outcome*, ``{entity id: entity after the edit, or None
  when it is gone}``; the window shows the stored entities with the waiting outcomes laid
  over them in queue order (`apply_waiting`), so the screen is what the store will hold;
- an entity tagged while the store is locked has no row yet, so no id: it gets a
  provisional negative one (`ProvisionalIds.new`), bound to the real id when its insert
  finally runs.  Later edits name it by the provisional id and resolve it when they are
  written or shown, so a retype queued behind a tag changes the row the tag created.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from fasl.store.entities import Entity, EntityState

Outcome = dict[int, Entity | None]  # entity id -> the entity after the edit (None: gone)


def waiting_key(doc_id: int) -> tuple[str, int]:
    """The queue key of a document's entity edits (zone edits use the bare document id)."""
    return ("entities", doc_id)


class ProvisionalIds:
    """Negative ids for entities whose insert waits, and the real ids they became."""

    def __init__(self) -> None:
        self._last = 0
        self._real: dict[int, int] = {}

    def new(self) -> int:
        self._last -= 1
        return self._last

    def bind(self, provisional: int, real: int) -> None:
        if provisional < 0:
            self._real[provisional] = real

    def resolve(self, entity_id: int | None) -> int | None:
        """The stored id for ``entity_id`` (itself if stored, or still waiting)."""
        if entity_id is None:
            return None
        return self._real.get(entity_id, entity_id)


def apply_waiting(stored: Sequence[Entity],
                  outcomes: Iterable[Callable[[], Outcome]]) -> list[Entity]:
    """The live entities once the waiting edits are written: ``stored`` with each outcome
    applied in order; rejected ones leave the list (they are not shown, as in the store)."""
    by_id = {e.id: e for e in stored}
    for outcome in outcomes:
        for entity_id, after in outcome().items():
            if after is None:
                by_id.pop(entity_id, None)
            else:
                by_id.pop(entity_id, None)
                by_id[after.id] = after
    return [e for e in by_id.values() if e.state is not EntityState.REJECTED]
