"""Which cue lexicon the auto-split uses: the shipped one, the user's files, and any named
on the command line.

A user teaches fasl another site's wording by dropping a TOML file (format:
resources/lexicons/README.md) into the ``lexicons`` folder of the data directory, or by
naming one with ``--lexicon``.  The choice is process-wide because splitting runs deep
inside an import (and in worker processes for ``--jobs``); it is read again only when a file
changed, so an edited file takes effect at the next import without a restart.
"""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from fasl.store.paths import user_lexicon_dir
from fasl.textlogic.lexicon import Lexicon, load_lexicon

_extra: tuple[Path, ...] = ()


def use_lexicon_files(paths: Sequence[Path | str]) -> None:
    """Add these files (after the user folder's) to every split in this process."""
    global _extra
    _extra = tuple(Path(p) for p in paths)


def named_lexicon_files() -> tuple[Path, ...]:
    """The files named with `use_lexicon_files` (worker processes are told them again)."""
    return _extra


def lexicon_files() -> list[Path]:
    """The user folder's ``*.toml`` files in name order, then the named ones."""
    folder = user_lexicon_dir()
    found = sorted(folder.glob("*.toml")) if folder.is_dir() else []
    return [*found, *_extra]


def _stamp(path: Path) -> tuple[str, int, int]:
    """Name, modification time in ns and size: two saves within one clock tick still differ
    in size or are caught by the next tick."""
    try:
        stat = path.stat()
    except OSError:
        return str(path), -1, -1  # load_lexicon then says the file is missing
    return str(path), stat.st_mtime_ns, stat.st_size


def active_lexicon() -> Lexicon:
    """The lexicon for this process's splits.

    Raises:
        LexiconError: a user file is missing or invalid; the message names the file.
    """
    return _load(tuple(_stamp(p) for p in lexicon_files()))


@lru_cache(maxsize=4)
def _load(stamps: tuple[tuple[str, int, int], ...]) -> Lexicon:
    return load_lexicon([Path(name) for name, _, _ in stamps])
