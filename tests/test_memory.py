"""The translation memory: keyed by model and decoding settings, shared by concurrent runs."""

import sqlite3
import threading

import pytest

from glossary.errors import InputError
from glossary.memory import TranslationMemory


def test_lookup_finds_only_what_this_model_and_these_settings_produced(tmp_path):
    tm = TranslationMemory(tmp_path / "tm.sqlite")
    tm.store("model-a", "beam:4", [("Der Hund.", "The dog.")])
    assert tm.lookup("model-a", "beam:4", ["Der Hund.", "Die Katze."]) == {"Der Hund.": "The dog."}
    assert tm.lookup("model-a", "beam:1", ["Der Hund."]) == {}
    assert tm.lookup("model-b", "beam:4", ["Der Hund."]) == {}
    tm.store("model-a", "beam:4", [("Der Hund.", "The hound.")])  # the newer translation replaces the old
    assert tm.lookup("model-a", "beam:4", ["Der Hund."]) == {"Der Hund.": "The hound."}
    tm.close()
    assert TranslationMemory(tmp_path / "tm.sqlite").lookup("model-a", "beam:4", ["Der Hund."])  # it persists


def test_two_writers_at_once_lose_nothing(tmp_path):
    path = tmp_path / "tm.sqlite"
    TranslationMemory(path).close()

    def writer(k):
        tm = TranslationMemory(path)
        for n in range(50):
            tm.store("m", "s", [(f"Satz {k}-{n}.", f"Sentence {k}-{n}.")])
        tm.close()

    threads = [threading.Thread(target=writer, args=(k,)) for k in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    found = TranslationMemory(path).lookup("m", "s", [f"Satz {k}-{n}." for k in range(2) for n in range(50)])
    assert len(found) == 100


def test_a_file_that_is_not_a_memory_is_one_line(tmp_path):
    bad = tmp_path / "notes.txt"
    bad.write_text("just text, not SQLite\n" * 100, encoding="utf-8")
    with pytest.raises(InputError, match=r"notes\.txt: not a usable translation memory"):
        TranslationMemory(bad)
    with pytest.raises(InputError, match="is a folder"):
        TranslationMemory(tmp_path)
    assert sqlite3.sqlite_version  # the stdlib SQLite, nothing to install
