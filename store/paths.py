"""Where fasl keeps its own files when the user does not say."""
from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

DATA_DIR_ENV = "FASL_DATA_DIR"  # overrides the platform folder (tests, portable installs)


def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    return Path(override) if override else user_data_path("fasl", appauthor=False)


def default_store_path() -> Path:
    return data_dir() / "fasl.sqlite"


def user_lexicon_dir() -> Path:
    """Extra cue lexicon files a user adds without touching the shipped ones."""
    return data_dir() / "lexicons"
