"""What the window remembers between runs (QSettings keys in one place)."""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"
SPLITTER = "window/splitter"
STATE_FILTER = "corpus/state_filter"
ORDER = "corpus/order"
ZOOM = "view/zoom"
REVIEWER = "reviewer/name"


def last_document_key(store_path: Path) -> str:
    digest = hashlib.sha1(str(store_path.resolve()).encode()).hexdigest()[:12]
    return f"corpus/last_document/{digest}"


def get_bytes(settings: QSettings, key: str) -> QByteArray | None:
    value = settings.value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def get_str(settings: QSettings, key: str, default: str = "") -> str:
    value = settings.value(key, default)
    return value if isinstance(value, str) else default


def get_int(settings: QSettings, key: str, default: int = 0) -> int:
    value: Any = settings.value(key, default)
    try:
        return int(value)
    except (TypeError, ValueError):
        return default
