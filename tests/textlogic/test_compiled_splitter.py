"""The splitter compiled by mypyc gives the plain-Python splitter's answers (setup.py).

mypyc turns the annotated Python into C, and where the two could part (an annotation that
does not hold, checked at run time in C; an integer or string built-in with other edge
cases) the compiled modules would cut some text differently, or fall back to one body
segment.  So every gold text, the samples and a few hundred random texts are split twice:
here, by the installed compiled modules, and in a child process by the same install's .py
files laid out as a package of their own.

Only an install that compiled the splitter has two to compare: a regular install with a C
compiler, as CI makes.  The editable install used for development runs the .py files.
"""
from __future__ import annotations

import ast
import json
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from fasl.textlogic import split
from fasl.textlogic.split import _default_matchers, cut_text
from test_split_properties import ALPHABET, CUES, NEWLINES, SPACES

ROOT = Path(__file__).parents[2]
DATA = ROOT / "tests" / "data"
SAMPLES = Path(split.__file__).parents[1] / "resources" / "samples"

_CHILD = """
import json, sys
sys.path.insert(0, sys.argv[1])
from fasl.textlogic import split
assert split.COMPILED is False, split.__file__
texts = json.loads(open(sys.argv[2], encoding="utf-8").read())
matchers = split._default_matchers()
out = [[[s.start, s.end, s.label.value, s.item, s.confidence]
        for s in split.cut_text(t, matchers)] for t in texts]
open(sys.argv[3], "w", encoding="utf-8").write(json.dumps(out))
"""


def _texts() -> list[str]:
    files = sorted(DATA.glob("*/*.txt")) + sorted(DATA.glob("*/texts/*.txt"))
    files += sorted(SAMPLES.glob("*.txt"))
    texts = [f.read_text(encoding="utf-8") for f in files]
    rng = random.Random(20261201)
    pieces = CUES + SPACES + NEWLINES
    for _ in range(300):
        texts.append("".join(rng.choice(pieces) if rng.random() < 0.2 else rng.choice(ALPHABET)
                             for _ in range(rng.randint(1, 400))))
    return texts


def _plain_copy(root: Path) -> Path:
    """The installed fasl.textlogic as .py files only (the cue tries' C walk kept, as it is
    the same module on both sides)."""
    installed = Path(split.__file__).parent

    def compiled(folder: str, names: list[str]) -> list[str]:
        return [n for n in names if n.endswith((".so", ".pyd")) and not n.startswith("_cuetrie")]

    shutil.copytree(installed, root / "fasl" / "textlogic", ignore=compiled)
    return root


@pytest.mark.skipif(not split.COMPILED, reason="this install runs the splitter as its .py files "
                    "(an editable install, or built without mypyc): nothing compiled to compare")
def test_the_compiled_splitter_cuts_every_text_as_the_python_one(tmp_path: Path) -> None:
    texts = _texts()
    assert len(texts) > 800
    given = tmp_path / "texts.json"
    given.write_text(json.dumps(texts), encoding="utf-8")
    answer = tmp_path / "plain.json"
    subprocess.run([sys.executable, "-c", _CHILD, str(_plain_copy(tmp_path / "plain")),
                    str(given), str(answer)], check=True, timeout=300)
    plain = json.loads(answer.read_text(encoding="utf-8"))
    matchers = _default_matchers()
    differ = []
    for text, theirs in zip(texts, plain, strict=True):
        ours = [[s.start, s.end, s.label.value, s.item, s.confidence]
                for s in cut_text(text, matchers)]
        if ours != theirs:
            differ.append(text[:60])
    assert not differ, f"{len(differ)} of {len(texts)} texts cut differently: {differ[:5]}"


def _compiled_modules() -> list[str]:
    """`SPLITTER` of setup.py, read without running the build."""
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "SPLITTER":
            return list(ast.literal_eval(node.value))
    raise AssertionError("setup.py lists no SPLITTER")


@pytest.mark.slow
def test_the_modules_mypyc_compiles_type_check_clean(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """mypyc compiles nothing with a type error in it, and setup.py then quietly installs
    plain Python, 1.8 times slower: so an edit that breaks the types fails here instead."""
    from mypy import api

    copy = tmp_path / "fasl" / "textlogic"
    shutil.copytree(ROOT / "textlogic", copy, ignore=shutil.ignore_patterns("*.so", "*.c"))
    names = _compiled_modules()
    assert "splitread" in names
    monkeypatch.chdir(tmp_path)  # as setup.py runs it: the modules are named fasl.textlogic.*
    out, err, status = api.run(["--explicit-package-bases", "--ignore-missing-imports",
                                "--no-incremental", "--cache-dir", str(tmp_path / "cache"),
                                *(f"fasl/textlogic/{name}.py" for name in names)])
    assert status == 0, out + err
