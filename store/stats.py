"""Corpus figures for `fasl stats`: documents, zones, entities, review progress."""
from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from fasl.store.migrations import AUTO_REVIEWER
from fasl.store.reviews import progress_by_reviewer


@dataclass(frozen=True, slots=True)
class StoreStats:
    documents: int
    characters: int
    zones: dict[str, int]  # label -> segments, each reviewer's own segmentation counted
    auto_zones: dict[str, int]  # label -> segments of the automatic split
    entities: dict[str, int]  # type -> accepted entities
    suggestions_pending: int
    progress: dict[str, dict[str, int]]  # reviewer -> state -> documents


def _counts(db: Database, sql: str, params: list[object]) -> dict[str, int]:
    return {row[0]: int(row[1]) for row in db.execute(sql, params).fetchall()}


def store_stats(db: Database) -> StoreStats:
    docs, chars = db.execute("SELECT count(*), COALESCE(sum(length), 0) FROM documents").fetchone()
    return StoreStats(
        documents=int(docs),
        characters=int(chars),
        zones=_counts(db, "SELECT label, count(*) FROM segments WHERE reviewer != ? "
                          "GROUP BY label ORDER BY label", [AUTO_REVIEWER]),
        auto_zones=_counts(db, "SELECT label, count(*) FROM segments WHERE reviewer = ? "
                               "GROUP BY label ORDER BY label", [AUTO_REVIEWER]),
        entities=_counts(db, "SELECT type, count(*) FROM entities WHERE state = 'accepted' "
                             "GROUP BY type ORDER BY type", []),
        suggestions_pending=int(db.execute(
            "SELECT count(*) FROM entities WHERE state = 'pending'").fetchone()[0]),
        progress=progress_by_reviewer(db),
    )


def format_stats(stats: StoreStats) -> str:
    """Plain-text report, one fact per line, for the terminal."""
    lines = [f"documents: {stats.documents:,} ({stats.characters:,} characters)"]

    def block(title: str, counts: dict[str, int]) -> None:
        lines.append(f"{title}:" + ("" if counts else " none"))
        lines.extend(f"  {key:<12} {value:>8,}" for key, value in counts.items())

    block("zones from auto-split", stats.auto_zones)
    block("zones set by reviewers", stats.zones)
    block("entities (accepted)", stats.entities)
    lines.append(f"entity suggestions pending: {stats.suggestions_pending:,}")
    lines.append("review progress:" + ("" if stats.progress else " nobody has started"))
    for reviewer, states in stats.progress.items():
        done = states.get("done", 0)
        parts = ", ".join(f"{state} {count:,}" for state, count in sorted(states.items()))
        lines.append(f"  {reviewer}: {done:,}/{stats.documents:,} done ({parts})")
    return "\n".join(lines)
