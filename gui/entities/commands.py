"""Undoable entity edits, each one store call (one transaction) per redo and per undo.

They live on the document's own undo stack, beside the zone edits (`fasl.gui.commands`), so
one Ctrl+Z undoes the last edit of either kind.  Undo puts the store back exactly: a
deleted entity returns with its id, origin and state (`restore_entity`); a retyped or
resized one gets its old type, span AND state (`update_entity`), so an accepted-by-retype
suggestion becomes pending again.  A command never touches a widget: it reports through
``on_done(doc_id, entity_id_to_select)`` and ``on_failed(exception)``.

A store that cannot be written now (locked by another process, full, read-only file) does
not lose the edit: like a zone edit it waits in the window's queue (`EditContext.pending`,
a `fasl.gui.pending.PendingSaves`) in the order it was made, stays on the undo stack and on
screen (each command says what it will leave, `_outcome`), and is retried.  Undoing a
waiting edit queues its undo behind it, as zone edits do, so the store goes through the
same steps the reviewer did.  The store call itself runs only when it is written, so it
reads the ids it needs then: an entity tagged while the store was locked has a provisional
id until its insert runs (`fasl.gui.entities.waiting`).  A refusal (a crossing span, an
entity that is gone) is never queued: it is reported at once and the step is dropped.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any

from PySide6.QtGui import QUndoCommand

from fasl.gui.entities.waiting import Outcome, ProvisionalIds, waiting_key
from fasl.store.entities import (
    Entity,
    EntityOrigin,
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


@dataclass(slots=True)
class EditContext:
    """What every entity command of one window shares.

    Attributes:
        pending: the window's `PendingSaves` (None: write directly, failures reported).
        ids: provisional ids of entities whose insert waits.
    """

    db: Store
    reviewer: str
    on_done: DoneFn
    on_failed: FailedFn
    pending: Any = None
    ids: ProvisionalIds = field(default_factory=ProvisionalIds)


class EntityCommand(QUndoCommand):
    """Base: writes `_redo` / `_undo` now or queued; a refusal becomes ``on_failed`` and an
    obsolete step."""

    def __init__(self, text: str, ctx: EditContext, doc_id: int) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.db = ctx.db
        self.doc_id = doc_id
        self.reviewer = ctx.reviewer

    def _id(self, entity_id: int | None) -> int | None:
        return self.ctx.ids.resolve(entity_id)

    def _run(self, undo: bool) -> None:
        write = self._undo if undo else self._redo
        pending = self.ctx.pending
        try:
            if pending is None:
                write()
            else:
                label = f"undo {self.text()}" if undo else self.text()
                pending.write(write, label, key=waiting_key(self.doc_id),
                              value=partial(self._outcome, undo))
        except Exception as exc:  # a refusal must not escape into Qt's undo machinery
            self.setObsolete(True)
            self.ctx.on_failed(exc)
            return
        self.ctx.on_done(self.doc_id, self._id(self._select(undo)))

    def redo(self) -> None:
        self._run(undo=False)

    def undo(self) -> None:
        self._run(undo=True)

    # Each kind of edit: the store call of each direction, what it leaves (for the screen
    # while it waits) and which entity to select afterwards.

    def _redo(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError

    def _outcome(self, undo: bool) -> Outcome:
        raise NotImplementedError

    def _select(self, undo: bool) -> int | None:
        raise NotImplementedError


class AddEntity(EntityCommand):
    """Tag a new span; redo after undo restores the same row (same id)."""

    def __init__(self, ctx: EditContext, doc_id: int, start: int, end: int, type_: str,
                 surface: str) -> None:
        super().__init__(f"tag {type_}", ctx, doc_id)
        self.span = (start, end, type_, surface)
        self.key = ctx.ids.new()  # its id until the insert has run
        self.entity: Entity | None = None  # as last written (after undo: as it was)

    def _redo(self) -> None:
        if self.entity is not None:
            self.entity = restore_entity(self.db, self.entity, self.reviewer)
            return
        start, end, type_, surface = self.span
        self.entity = add_entity(self.db, self.doc_id, self.reviewer, start, end, type_,
                                 surface)
        self.ctx.ids.bind(self.key, self.entity.id)

    def _undo(self) -> None:
        if self.entity is None:  # the tag never reached the store (refused when retried)
            return
        self.entity = delete_entity(self.db, self.entity.id, self.reviewer)

    def _outcome(self, undo: bool) -> Outcome:
        entity_id = self._id(self.key)
        if undo:
            return {entity_id: None}
        start, end, type_, surface = self.span
        return {entity_id: Entity(entity_id, self.doc_id, start, end, type_,
                                  EntityOrigin.HUMAN, EntityState.ACCEPTED, surface)}

    def _select(self, undo: bool) -> int | None:
        return None if undo else self.key


class DeleteEntity(EntityCommand):
    def __init__(self, ctx: EditContext, entity: Entity) -> None:
        super().__init__(f"delete {entity.type}", ctx, entity.doc_id)
        self.entity = entity
        self.gone: Entity | None = None  # the row as the delete found it

    def _redo(self) -> None:
        self.gone = delete_entity(self.db, self._id(self.entity.id), self.reviewer)

    def _undo(self) -> None:
        if self.gone is not None:  # None: the delete never reached the store
            restore_entity(self.db, self.gone, self.reviewer)

    def _outcome(self, undo: bool) -> Outcome:
        entity_id = self._id(self.entity.id)
        return {entity_id: replace(self.entity, id=entity_id) if undo else None}

    def _select(self, undo: bool) -> int | None:
        return self.entity.id if undo else None


class RetypeEntity(EntityCommand):
    def __init__(self, ctx: EditContext, entity: Entity, type_: str) -> None:
        super().__init__(f"retype {entity.type} as {type_}", ctx, entity.doc_id)
        self.before = entity
        self.type = type_

    def _redo(self) -> None:
        retype_entity(self.db, self._id(self.before.id), self.reviewer, self.type)

    def _undo(self) -> None:
        b = self.before
        update_entity(self.db, self._id(b.id), self.reviewer, type_=b.type, state=b.state,
                      action="undo:retype_entity")

    def _outcome(self, undo: bool) -> Outcome:
        entity_id = self._id(self.before.id)
        after = (replace(self.before, id=entity_id) if undo else
                 replace(self.before, id=entity_id, type=self.type,
                         state=EntityState.ACCEPTED))
        return {entity_id: after}

    def _select(self, undo: bool) -> int | None:
        return self.before.id


class ResizeEntity(EntityCommand):
    """A new span for an entity (widen/narrow); a resized suggestion counts as accepted."""

    def __init__(self, ctx: EditContext, entity: Entity, start: int, end: int,
                 surface: str) -> None:
        super().__init__(f"resize {entity.type}", ctx, entity.doc_id)
        self.before = entity
        self.after = (start, end, surface)

    def _redo(self) -> None:
        start, end, surface = self.after
        update_entity(self.db, self._id(self.before.id), self.reviewer, start=start, end=end,
                      surface=surface, state=EntityState.ACCEPTED, action="resize_entity")

    def _undo(self) -> None:
        b = self.before
        update_entity(self.db, self._id(b.id), self.reviewer, start=b.start, end=b.end,
                      surface=b.surface, state=b.state, action="undo:resize_entity")

    def _outcome(self, undo: bool) -> Outcome:
        entity_id = self._id(self.before.id)
        if undo:
            return {entity_id: replace(self.before, id=entity_id)}
        start, end, surface = self.after
        return {entity_id: replace(self.before, id=entity_id, start=start, end=end,
                                   surface=surface, state=EntityState.ACCEPTED)}

    def _select(self, undo: bool) -> int | None:
        return self.before.id


class DecideSuggestions(EntityCommand):
    """Accept or reject pending suggestions as one edit; undo makes them pending again."""

    def __init__(self, ctx: EditContext, doc_id: int, entities: Sequence[Entity],
                 state: EntityState, select: int | None) -> None:
        verb = "accept" if state is EntityState.ACCEPTED else "reject"
        self.entities = [e for e in entities if e.state is EntityState.PENDING]
        count = len(self.entities)
        super().__init__(f"{verb} {count} suggestion{'s' if count != 1 else ''}", ctx,
                         doc_id)
        self.state = state
        self.select = select
        self.first = self.entities[0].id if count == 1 else None

    def _ids(self) -> list[int]:
        return [self.ctx.ids.resolve(e.id) for e in self.entities]  # type: ignore[misc]

    def _redo(self) -> None:
        set_states(self.db, self._ids(), self.reviewer, self.state)

    def _undo(self) -> None:
        set_states(self.db, self._ids(), self.reviewer, EntityState.PENDING)

    def _outcome(self, undo: bool) -> Outcome:
        state = EntityState.PENDING if undo else self.state
        return {i: replace(e, id=i, state=state)
                for e, i in zip(self.entities, self._ids(), strict=True)}

    def _select(self, undo: bool) -> int | None:
        return self.first if undo else self.select
