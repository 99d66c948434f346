"""The layering rule, checked mechanically: arrows point inward, toward code without Qt.

textlogic/ is pure (no Qt, no SQL, no other fasl layer); store/ never imports Qt or gui;
gui/ never talks SQL itself.  Also: every source folder is a package the wheel installs.
"""
from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FORBIDDEN = {
    "textlogic": ("PySide6", "sqlite3", "sqlite_utils", "fasl.store", "fasl.gui"),
    "store": ("PySide6", "fasl.gui"),
    "gui": ("sqlite3", "sqlite_utils"),
}


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_inward(layer):
    offences = []
    for path in sorted((ROOT / layer).rglob("*.py")):
        for name in _imports(path):
            if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[layer]):
                offences.append(f"{path.relative_to(ROOT)} imports {name}")
    assert offences == []


def test_no_relative_imports():
    offences = [
        str(path.relative_to(ROOT))
        for layer in FORBIDDEN
        for path in (ROOT / layer).rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ImportFrom) and node.level
    ]
    assert offences == []


def test_every_source_folder_is_an_installed_package():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]
    listed = set(config["setuptools"]["packages"])
    mapping = config["setuptools"]["package-dir"]
    found = set()
    for package, folder in mapping.items():
        for init in (ROOT / folder).rglob("__init__.py"):
            rel = init.parent.relative_to(ROOT / folder)
            found.add(".".join([package, *rel.parts]))
        stray = [p for p in (ROOT / folder).rglob("*.py")
                 if not (p.parent / "__init__.py").exists()]
        assert stray == [], f"modules outside any package: {stray}"
    assert found == listed
