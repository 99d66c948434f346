"""Data files shipped with fasl: fonts, cue lexicons, type sets and the sample corpus.

A package (not loose files) so that `importlib.resources` finds them in an installed wheel.
"""
from importlib.resources import files
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """Filesystem path of a shipped resource; wheels are installed unzipped, so this is real."""
    return Path(str(files(__name__).joinpath(*parts)))
