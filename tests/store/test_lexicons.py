"""The cue lexicon a user extends without code: their data folder's lexicons/ and --lexicon."""
from __future__ import annotations

import json
import pytest

from fasl.gui.cli import main
from fasl.store.db import open_store
from fasl.store.lexicons import active_lexicon, use_lexicon_files
from fasl.store.paths import user_lexicon_dir
from fasl.store.segments import get_segments
from fasl.textlogic.lexicon import LexiconError

HEADING = "زاوية القراء المختارة"
TEXT = ("عنوان الخبر هنا\n"
        "هذا نص الخبر الرئيسي الطويل الذي يتحدث عن أمور كثيرة ومهمة في المنطقة اليوم وغدا.\n"
        "فقرة ثانية من الخبر تتحدث عن التفاصيل الكاملة للحدث وما جرى فيه من أمور.\n"
        f"{HEADING}\n"
        "عنوان خبر آخر مختلف تماما\n")
SITE_LEXICON = f'[list_heading]\nphrases = ["{HEADING}"]\n'


@pytest.fixture(autouse=True)
def _no_named_files():
    use_lexicon_files([])
    yield
    use_lexicon_files([])


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def _labels(capsys, *argv):
    """Zone labels of the last file `fasl split` printed."""
    assert main(["split", *map(str, argv)]) == 0
    record = json.loads(capsys.readouterr().out.splitlines()[-1])
    return [s["label"] for s in record["segments"]]


def test_the_shipped_lexicon_does_not_know_the_heading(article, capsys):
    assert "list" not in _labels(capsys, article)


def test_a_file_in_the_user_lexicon_folder_teaches_the_split_and_the_import(article, tmp_path,
                                                                            capsys):
    folder = user_lexicon_dir()  # inside the test's own data folder (tests/conftest.py)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "site.toml").write_text(SITE_LEXICON, encoding="utf-8")
    assert _labels(capsys, article)[-1] == "list"
    store = tmp_path / "s.sqlite"
    assert main(["import", str(store), str(article)]) == 0
    db = open_store(store)
    doc_id = db.execute("SELECT id FROM documents").fetchone()[0]
    assert get_segments(db, doc_id, "nobody")[-1].label == "list"


def test_lexicon_option_adds_a_file_also_for_worker_processes(article, tmp_path, capsys):
    lexicon = tmp_path / "site.toml"
    lexicon.write_text(SITE_LEXICON, encoding="utf-8")
    assert _labels(capsys, "--lexicon", lexicon, article)[-1] == "list"
    assert _labels(capsys, "--jobs", 2, "--lexicon", lexicon, article, article)[-1] == "list"


def test_an_edited_file_takes_effect_without_a_restart(tmp_path):
    lexicon = tmp_path / "site.toml"
    lexicon.write_text('[list_heading]\nphrases = ["أولى"]\n', encoding="utf-8")
    use_lexicon_files([lexicon])
    assert "أولى" in active_lexicon().list_heading
    lexicon.write_text('[list_heading]\nphrases = ["ثانية"]\n', encoding="utf-8")
    assert "ثانية" in active_lexicon().list_heading


def test_a_broken_file_is_one_error_naming_it_and_the_store_is_not_created(article, tmp_path,
                                                                           capsys):
    bad = tmp_path / "bad.toml"
    bad.write_text("[related\n", encoding="utf-8")
    store = tmp_path / "never.sqlite"
    assert main(["import", str(store), str(article), "--lexicon", str(bad)]) == 1
    assert str(bad) in capsys.readouterr().err
    assert not store.exists()
    use_lexicon_files([bad])
    with pytest.raises(LexiconError, match="bad.toml"):
        active_lexicon()
