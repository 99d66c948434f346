"""The open document is remembered shortly after a switch (so a crash reopens it) without
writing the settings file on the switch itself."""
from __future__ import annotations

from fasl.gui import settings as keys
from fasl.gui.main_window import REMEMBER_DELAY_MS


def test_the_open_document_is_written_to_settings_soon_after_a_switch(window, qtbot):
    key = keys.last_document_key(window.store_path)
    first = window.session.doc_id
    qtbot.waitUntil(lambda: keys.get_int(window.settings, key, -1) == first,
                    timeout=REMEMBER_DELAY_MS + 2000)
    window.panel.select_row(2)
    second = window.session.doc_id
    assert second != first
    assert keys.get_int(window.settings, key, -1) == first  # not on the switch itself
    qtbot.waitUntil(lambda: keys.get_int(window.settings, key, -1) == second,
                    timeout=REMEMBER_DELAY_MS + 2000)


def test_close_writes_the_document_just_opened(open_review_window, sample_store):
    window = open_review_window(sample_store)
    window.panel.select_row(1)
    doc_id = window.session.doc_id
    window.close()  # at once, before the delayed write
    assert keys.get_int(window.settings, keys.last_document_key(sample_store), -1) == doc_id
