"""Translation memory: a sentence translated once with a model and settings is never translated again."""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Iterable, Sequence


def default_path() -> Path:
    base = os.environ.get("GLOSSARY_TM") or ""
    if base:
        return Path(base)
    cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    return cache / "glossary" / "memory.sqlite"


class TranslationMemory:
    """SQLite, keyed by model identity + decoding signature + source sentence."""

    def __init__(self, path: Path | str | None = None):
        self.path = Path(path) if path is not None else default_path()
        if str(self.path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(self.path))
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS tm (model TEXT NOT NULL, settings TEXT NOT NULL, source TEXT NOT NULL,"
            " target TEXT NOT NULL, PRIMARY KEY (model, settings, source)) WITHOUT ROWID"
        )

    def lookup(self, model: str, settings: str, sources: Sequence[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        unique = list(dict.fromkeys(sources))
        for i in range(0, len(unique), 500):
            chunk = unique[i : i + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT source, target FROM tm WHERE model=? AND settings=? AND source IN ({marks})",
                (model, settings, *chunk),
            )
            found.update(rows)
        return found

    def store(self, model: str, settings: str, pairs: Iterable[tuple[str, str]]) -> None:
        with self._db:
            self._db.executemany(
                "INSERT OR REPLACE INTO tm (model, settings, source, target) VALUES (?, ?, ?, ?)",
                ((model, settings, s, t) for s, t in pairs),
            )

    def __len__(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM tm").fetchone()[0]

    def close(self) -> None:
        self._db.close()
