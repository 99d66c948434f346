"""Cue lexicons as data: the shipped ``resources/lexicons/cues.toml`` plus user files.

Cue wording differs from site to site and grows with every new feed, so it lives in TOML a
user can extend without touching code (resources/lexicons/README.md documents the format).
This module only reads and validates; `fasl.textlogic.cuematch` turns a `Lexicon` into
compiled matchers.
"""
from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, fields
from functools import lru_cache
from importlib import resources
from pathlib import Path


class LexiconError(ValueError):
    """A lexicon file that cannot be used; the message names the file and the reason."""


# (table, key) in the TOML file -> field of `Lexicon`.
_KEYS: dict[tuple[str, str], str] = {
    ("related", "phrases"): "related",
    ("related", "resume_openers"): "resume_openers",
    ("list_heading", "phrases"): "list_heading",
    ("list_heading", "ends"): "list_ends",
    ("source", "labels"): "source_labels",
    ("source", "outlets"): "source_outlets",
    ("tags", "labels"): "tag_labels",
    ("dateline", "labels"): "date_labels",
    ("dateline", "bylines"): "bylines",
    ("dateline", "professions"): "professions",
    ("dateline", "months"): "months",
    ("dateline", "weekdays"): "weekdays",
    ("boilerplate", "phrases"): "promo",
    ("boilerplate", "platforms"): "platforms",
    ("boilerplate", "actions"): "actions",
    ("boilerplate", "share_words"): "share_words",
    ("boilerplate", "nav_words"): "nav_words",
    ("boilerplate", "end_markers"): "end_markers",
    ("boilerplate", "form_labels"): "form_labels",
    ("boilerplate", "notice_labels"): "notice_labels",
    ("boilerplate", "comment_headings"): "comment_headings",
    ("boilerplate", "patterns"): "patterns",
}


@dataclass(frozen=True)
class Lexicon:
    """Cue phrases by role, as written in the lexicon files (folding happens at compile time).

    Frozen and made of tuples so a lexicon is hashable and its compiled matchers can be
    cached per lexicon.
    """

    related: tuple[str, ...] = ()
    resume_openers: tuple[str, ...] = ()
    list_heading: tuple[str, ...] = ()
    list_ends: tuple[str, ...] = ()
    source_labels: tuple[str, ...] = ()
    source_outlets: tuple[str, ...] = ()
    tag_labels: tuple[str, ...] = ()
    date_labels: tuple[str, ...] = ()
    bylines: tuple[str, ...] = ()
    professions: tuple[str, ...] = ()
    months: tuple[str, ...] = ()
    weekdays: tuple[str, ...] = ()
    promo: tuple[str, ...] = ()
    platforms: tuple[str, ...] = ()
    actions: tuple[str, ...] = ()
    share_words: tuple[str, ...] = ()
    nav_words: tuple[str, ...] = ()
    end_markers: tuple[str, ...] = ()
    form_labels: tuple[str, ...] = ()
    notice_labels: tuple[str, ...] = ()
    comment_headings: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    files: tuple[str, ...] = ()  # where the entries came from, for messages

    def merged(self, other: Lexicon) -> Lexicon:
        """This lexicon with ``other``'s entries appended (first spelling of a duplicate wins)."""
        values: dict[str, tuple[str, ...]] = {}
        for f in fields(self):
            mine, theirs = getattr(self, f.name), getattr(other, f.name)
            values[f.name] = tuple(dict.fromkeys(mine + theirs))
        return Lexicon(**values)


def parse_lexicon(data: str, name: str = "<string>") -> Lexicon:
    """Parse and validate one lexicon file's text.

    Args:
        data: TOML text in the format of resources/lexicons/README.md.
        name: how to name the file in error messages.

    Returns:
        The entries of this file alone.

    Raises:
        LexiconError: invalid TOML, unknown table or key, wrong value type, empty entry, or a
            regular expression that does not compile.
    """
    try:
        doc = tomllib.loads(data)
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"{name}: not valid TOML: {exc}") from exc
    values: dict[str, list[str]] = {}
    tables = {table for table, _ in _KEYS}
    for table, body in doc.items():
        if table not in tables:
            raise LexiconError(f"{name}: unknown table [{table}] (known: {', '.join(sorted(tables))})")
        if not isinstance(body, dict):
            raise LexiconError(f"{name}: [{table}] must be a table")
        for key, value in body.items():
            field = _KEYS.get((table, key))
            if field is None:
                known = ", ".join(k for t, k in _KEYS if t == table)
                raise LexiconError(f"{name}: unknown key {key!r} in [{table}] (known: {known})")
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise LexiconError(f"{name}: [{table}] {key} must be a list of strings")
            entries = [v.strip() for v in value]
            if any(not v for v in entries):
                raise LexiconError(f"{name}: [{table}] {key} holds an empty string")
            if field == "patterns":
                for pattern in entries:
                    try:
                        re.compile(pattern)
                    except re.error as exc:
                        raise LexiconError(f"{name}: bad regular expression {pattern!r}: {exc}") from exc
            values[field] = entries
    return Lexicon(**{k: tuple(dict.fromkeys(v)) for k, v in values.items()}, files=(name,))


@lru_cache(maxsize=1)
def shipped_lexicon() -> Lexicon:
    """The lexicon shipped in resources/lexicons/cues.toml (read once)."""
    ref = resources.files("fasl.resources").joinpath("lexicons", "cues.toml")
    return parse_lexicon(ref.read_text(encoding="utf-8"), "resources/lexicons/cues.toml")


def load_lexicon(extra: Sequence[Path] = ()) -> Lexicon:
    """The shipped lexicon merged with the user lexicon files in ``extra``.

    Args:
        extra: paths of user TOML files, merged in order after the shipped file.

    Returns:
        One `Lexicon` holding every entry.

    Raises:
        LexiconError: a user file is missing, unreadable, or invalid; the message names it.
    """
    lexicon = shipped_lexicon()
    for path in extra:
        try:
            data = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise LexiconError(f"{path}: cannot read lexicon file: {exc}") from exc
        lexicon = lexicon.merged(parse_lexicon(data, str(path)))
    return lexicon
