"""Test-wide isolation: offscreen Qt, and no test ever touches the developer's own data.

QT_QPA_PLATFORM must be set before anything creates the QApplication (QT-NOTES P7).
"""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from fasl.store.paths import DATA_DIR_ENV  # noqa: E402



@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Send fasl's data folder (default store, user lexicons) to a fresh temporary folder."""
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path_factory.mktemp("fasl-data")))
