"""Writing export files so that an interrupted export never looks finished.

Every file is written under a temporary name in its final folder and renamed into place
with `os.replace` only when the whole export succeeded (a rename within one folder is
atomic), so a crash, a full disk or a cancel leaves either the old file or nothing - never
a truncated file under the real name.  A folder output (brat) is built as a temporary
sibling folder and swapped in the same way.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import TextIO

from fasl.store.errors import StoreError


class ExportError(StoreError):
    """An export that cannot be written: a one-line message naming the path."""


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def _temp_name(path: Path) -> Path:
    return path.with_name(f".{path.name}.fasl-partial-{os.getpid()}")


def prepare_parent(path: Path) -> None:
    """Create the folder ``path`` goes into, or say clearly why it cannot be written."""
    if path.exists() and path.is_dir() and not path.is_symlink():
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"{path}: cannot create its folder ({_reason(exc)})") from None


class AtomicFile:
    """A text file that appears under its name only on `commit`.

    Text is written as UTF-8 with ``\\n`` line ends whatever the platform, because the
    offsets in it count the characters of exactly that text.
    """

    def __init__(self, path: Path) -> None:
        if path.is_symlink():  # replace the file the link points to, keep the link
            path = path.resolve()
        self.path = path
        if path.is_dir():
            raise ExportError(f"{path}: is a folder; give a file name for this format")
        if path.exists() and not path.is_file():
            # A device, pipe or socket: renaming over it would destroy it (/dev/full).
            raise ExportError(f"{path}: not a regular file; give a file name for the export")
        for parent in path.parents:
            if parent.exists():
                if not parent.is_dir():
                    raise ExportError(f"{path}: {parent} is a file, not a folder")
                break
        prepare_parent(path)
        self.temp = _temp_name(path)
        try:
            self.fh: TextIO = self.temp.open("w", encoding="utf-8", newline="\n")
        except OSError as exc:
            raise ExportError(f"{path}: cannot write here ({_reason(exc)})") from None

    def write(self, text: str) -> None:
        try:
            self.fh.write(text)
        except OSError as exc:
            self.abort()
            raise ExportError(f"{self.path}: writing failed ({_reason(exc)})") from None

    def commit(self) -> int:
        """Flush to disk and rename into place; returns the file's size in bytes."""
        try:
            self.fh.flush()
            os.fsync(self.fh.fileno())
            self.fh.close()
            os.replace(self.temp, self.path)
            return self.path.stat().st_size
        except OSError as exc:
            self.abort()
            raise ExportError(f"{self.path}: could not be finished ({_reason(exc)})") from None

    def abort(self) -> None:
        if not self.fh.closed:
            self.fh.close()
        self.temp.unlink(missing_ok=True)


MARKER = "fasl-documents.jsonl"  # the manifest every fasl folder export holds


class AtomicDir:
    """A folder that replaces ``path`` only on `commit`; files go into `temp` meanwhile.

    An existing folder at ``path`` is replaced only when it is empty or an earlier fasl
    export (it holds `MARKER`); anything else is refused, so an export never deletes a
    folder of someone's own files.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        if path.exists():
            if not path.is_dir():
                raise ExportError(f"{path}: exists and is not a folder; this format writes a "
                                  "folder")
            try:
                entries = list(path.iterdir())
            except OSError as exc:
                raise ExportError(f"{path}: cannot read ({_reason(exc)})") from None
            if entries and not (path / MARKER).exists():
                raise ExportError(f"{path}: folder is not empty and not a fasl export; "
                                  "choose another path")
        prepare_parent(path)
        self.temp = _temp_name(path)
        try:
            if self.temp.exists():
                shutil.rmtree(self.temp)
            self.temp.mkdir()
        except OSError as exc:
            raise ExportError(f"{path}: cannot write here ({_reason(exc)})") from None

    def commit(self) -> None:
        old = self.path.with_name(f".{self.path.name}.fasl-old-{os.getpid()}")
        try:
            if self.path.exists():
                os.replace(self.path, old)
            os.replace(self.temp, self.path)
        except OSError as exc:
            if old.exists() and not self.path.exists():
                os.replace(old, self.path)
            self.abort()
            raise ExportError(f"{self.path}: could not be finished ({_reason(exc)})") from None
        shutil.rmtree(old, ignore_errors=True)

    def abort(self) -> None:
        shutil.rmtree(self.temp, ignore_errors=True)
