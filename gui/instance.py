"""One review window writes to a store at a time; a second one opens it read-only.

Two windows writing the same reviewer's zones would each autosave over the other's work
without either seeing it.  SQLite would keep the file sound, but not the work, so the first
window takes a lock file next to the store (``STORE.lock``, Qt's `QLockFile`) and a second
window, finding it held, opens the store read-only with a banner that says who has it.
Read-only rather than refused: looking something up in a second window is useful and safe
(WAL lets readers run beside the writer), and the banner makes the limit plain.

`QLockFile` records the holder's process id and host, and treats the lock as stale when
that process is gone, so a window that crashed or was killed never locks the store out.
Command-line work (`fasl import`) does not take the lock: SQLite serialises its writes with
the window's, and the window shows new documents on refresh.
"""
from __future__ import annotations

import socket
from pathlib import Path

from PySide6.QtCore import QLockFile


def lock_path(store: Path) -> Path:
    return store.with_name(store.name + ".lock")


def acquire(store: Path) -> tuple[QLockFile | None, str]:
    """Take the store's window lock: ``(lock, "")``, or ``(None, why not)`` when held.

    The reason names the other window's process (and host, if another machine's), for the
    banner; a lock file that cannot be created at all (read-only folder) also gives None.
    """
    lock = QLockFile(str(lock_path(store)))
    lock.setStaleLockTime(0)  # stale only when the holder is gone, however long it ran
    if lock.tryLock(0):
        return lock, ""
    if lock.error() == QLockFile.LockError.LockFailedError:
        info = lock.getLockInfo()  # PySide6: (pid, host, app name)
        if isinstance(info, tuple) and len(info) == 3 and info[0]:
            pid, host, _app = info
            where = "" if host == socket.gethostname() else f" on {host}"
            return None, f"this store is open in another fasl window (process {pid}{where})"
        return None, "this store is open in another fasl window"
    return None, f"cannot create the lock file {lock_path(store)} (the folder is not writable)"
