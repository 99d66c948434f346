"""Undoable entity edits, each one store call (one transaction) per redo and per undo.

They live on the document's own undo stack, beside the zone edits (`fasl.gui.commands`), so
one Ctrl+Z undoes the last edit of either kind.  Undo puts the store back exactly: a
deleted entity returns with its id, origin and state (`restore_entity`); a retyped or
resized one gets its old type, span AND state (`update_entity`), so an accepted-by-retype
suggestion becomes pending again.  A command never touches a widget: it reports through
``on_done(doc_id, entity_id_to_select)`` and ``on_failed(exception)``.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtGui import QUndoCommand

from fasl.store.entities import (
    Entity,
    EntityState,
    add_entity,
    delete_entity,
    restore_entity,
    retype_entity,
    set_states,
)
from fasl.store.entity_edits import update_entity

DoneFn = Callable[[int, int | None], None]
FailedFn = Callable[[Exception], None]
Store = Any


class EntityCommand(QUndoCommand):
    """Base: runs `_redo` / `_undo`, turns a failure into ``on_failed`` and an obsolete step."""

    def __init__(self, text: str, db: Store, doc_id: int, reviewer: str, on_done: DoneFn,
                 on_failed: FailedFn) -> None:
        super().__init__(text)
        self.db = db
        self.doc_id = doc_id
        self.reviewer = reviewer
        self._on_done = on_done
        self._on_failed = on_failed

    def _run(self, step: Callable[[], int | None]) -> None:
        try:
            select = step()
        except Exception as exc:  # a store error must not escape into Qt's undo machinery
            self.setObsolete(True)
            self._on_failed(exc)
            return
        self._on_done(self.doc_id, select)

    def redo(self) -> None:
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)

    def _redo(self) -> int | None:
        raise NotImplementedError

    def _undo(self) -> int | None:
        raise NotImplementedError


class AddEntity(EntityCommand):
    """Tag a new span; redo after undo restores the same row (same id)."""

    def __init__(self, db: Store, doc_id: int, reviewer: str, start: int, end: int,
                 type_: str, surface: str, on_done: DoneFn, on_failed: FailedFn) -> None:
        super().__init__(f"tag {type_}", db, doc_id, reviewer, on_done, on_failed)
        self.span = (start, end, type_, surface)
        self.entity: Entity | None = None
        self._undone = False

    def _redo(self) -> int | None:
        if self._undone and self.entity is not None:
            self.entity = restore_entity(self.db, self.entity, self.reviewer)
        else:
            start, end, type_, surface = self.span
            self.entity = add_entity(self.db, self.doc_id, self.reviewer, start, end, type_,
                                     surface)
        return self.entity.id

    def _undo(self) -> int | None:
        assert self.entity is not None
        self.entity = delete_entity(self.db, self.entity.id, self.reviewer)
        self._undone = True
        return None


class DeleteEntity(EntityCommand):
    def __init__(self, db: Store, entity: Entity, reviewer: str, on_done: DoneFn,
                 on_failed: FailedFn) -> None:
        super().__init__(f"delete {entity.type}", db, entity.doc_id, reviewer, on_done,
                         on_failed)
        self.entity = entity

    def _redo(self) -> int | None:
        self.entity = delete_entity(self.db, self.entity.id, self.reviewer)
        return None

    def _undo(self) -> int | None:
        return restore_entity(self.db, self.entity, self.reviewer).id


class RetypeEntity(EntityCommand):
    def __init__(self, db: Store, entity: Entity, reviewer: str, type_: str,
                 on_done: DoneFn, on_failed: FailedFn) -> None:
        super().__init__(f"retype {entity.type} as {type_}", db, entity.doc_id, reviewer,
                         on_done, on_failed)
        self.before = entity
        self.type = type_

    def _redo(self) -> int | None:
        return retype_entity(self.db, self.before.id, self.reviewer, self.type).id

    def _undo(self) -> int | None:
        b = self.before
        return update_entity(self.db, b.id, self.reviewer, type_=b.type, state=b.state,
                             action="undo:retype_entity").id


class ResizeEntity(EntityCommand):
    """A new span for an entity (widen/narrow); a resized suggestion counts as accepted."""

    def __init__(self, db: Store, entity: Entity, reviewer: str, start: int, end: int,
                 surface: str, on_done: DoneFn, on_failed: FailedFn) -> None:
        super().__init__(f"resize {entity.type}", db, entity.doc_id, reviewer, on_done,
                         on_failed)
        self.before = entity
        self.after = (start, end, surface)

    def _redo(self) -> int | None:
        start, end, surface = self.after
        return update_entity(self.db, self.before.id, self.reviewer, start=start, end=end,
                             surface=surface, state=EntityState.ACCEPTED,
                             action="resize_entity").id

    def _undo(self) -> int | None:
        b = self.before
        return update_entity(self.db, b.id, self.reviewer, start=b.start, end=b.end,
                             surface=b.surface, state=b.state, action="undo:resize_entity").id


class DecideSuggestions(EntityCommand):
    """Accept or reject pending suggestions as one edit; undo makes them pending again."""

    def __init__(self, db: Store, doc_id: int, reviewer: str, entities: Sequence[Entity],
                 state: EntityState, select: int | None, on_done: DoneFn,
                 on_failed: FailedFn) -> None:
        verb = "accept" if state is EntityState.ACCEPTED else "reject"
        count = len(entities)
        super().__init__(f"{verb} {count} suggestion{'s' if count != 1 else ''}", db, doc_id,
                         reviewer, on_done, on_failed)
        self.ids = [e.id for e in entities if e.state is EntityState.PENDING]
        self.state = state
        self.select = select
        self.first = self.ids[0] if len(self.ids) == 1 else None

    def _redo(self) -> int | None:
        set_states(self.db, self.ids, self.reviewer, self.state)
        return self.select

    def _undo(self) -> int | None:
        set_states(self.db, self.ids, self.reviewer, EntityState.PENDING)
        return self.first
