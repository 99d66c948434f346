"""The build's compiled parts; every other setting is in pyproject.toml.

setuptools reads extensions it must generate at build time only from here, so this file
holds two, both optional: an install without a C compiler, or where a step below fails,
still succeeds and runs the same code as plain Python, with the same answers.

- ``fasl.textlogic._cuetrie``: the cue tries' C walk, from Cython (textlogic/cuetrie.py
  says why).
- The splitter's own modules (`SPLITTER`), compiled by mypyc from their type-annotated
  Python, 1.8 times as fast (README, "Run the whole test suite").  They are compiled from a
  copy laid out under their import names (``fasl/textlogic/...``), since the repository
  keeps the folder's short name, and into one shared library inside the package
  (``fasl.textlogic.splitter__mypyc``), not at the top of site-packages.  Editable
  installs leave them out: a compiled module would shadow the .py file being edited.

``FASL_BUILD_PURE=1`` builds neither.
"""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

ROOT = Path(__file__).resolve().parent
LIBRARY = "fasl.textlogic.splitter__mypyc"  # the compiled splitter's code; the rest are shims
SPLITTER = ("split", "splitbase", "splitcredit", "splitdates", "splitframe", "splitlayout",
            "splitpage", "splitread", "splitunits", "cuematch")


def _note(message: str) -> None:
    sys.stderr.write(f"fasl build: {message}\n")


def cue_trie() -> list[Extension]:
    return [Extension("fasl.textlogic._cuetrie", ["textlogic/_cuetrie.pyx"], optional=True)]


def compiled_splitter() -> list[Extension]:
    if os.environ.get("FASL_BUILD_PURE") or "editable_wheel" in sys.argv or "develop" in sys.argv:
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        _note("mypyc is not installed; the splitter stays plain Python")
        return []
    source = ROOT / "build" / "mypyc-src"
    shutil.rmtree(source, ignore_errors=True)
    shutil.copytree(ROOT / "textlogic", source / "fasl" / "textlogic",
                    ignore=shutil.ignore_patterns("*.so", "*.pyd", "*.c", "__pycache__"))
    here = os.getcwd()
    os.chdir(source)  # mypyc names modules by their path from here: fasl.textlogic.*
    try:
        extensions = mypycify(
            ["--explicit-package-bases", "--ignore-missing-imports",
             *(f"fasl/textlogic/{name}.py" for name in SPLITTER)],
            opt_level="3", group_name="fasl.textlogic.splitter")
    except (Exception, SystemExit) as error:  # noqa: BLE001 - any failure: plain Python
        _note(f"mypyc could not compile the splitter ({error!r}, see above); it stays plain Python")
        return []
    finally:
        os.chdir(here)
    for extension in extensions:  # (its paths are relative to the copy)
        extension.sources = [str(source / path) for path in extension.sources]
        extension.include_dirs = [str(source / path) for path in extension.include_dirs]
        extension.optional = True
    return sorted(extensions, key=lambda extension: extension.name != LIBRARY)  # library first


class BuildExtensions(build_ext):
    """Builds a compiled module's shim only where its library was built: a shim without it
    would fail the import that its .py file would have served."""

    def build_extension(self, ext: Extension) -> None:
        if (ext.name in {f"fasl.textlogic.{name}" for name in SPLITTER}
                and any(e.name == LIBRARY for e in self.extensions)
                and not os.path.exists(self.get_ext_fullpath(LIBRARY))):
            _note(f"{ext.name} stays plain Python: the compiled splitter's library was not built")
            return
        super().build_extension(ext)


setup(ext_modules=cue_trie() + compiled_splitter(), cmdclass={"build_ext": BuildExtensions})
