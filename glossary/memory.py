"""Translation memory: a sentence translated once with a model and settings is never translated again."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Iterable, Sequence

from .errors import InputError
from .textio import cache_directory

BUSY_TIMEOUT_S = 60.0


def _retry(action, attempts: int = 20):
    """SQLite says 'database is locked' past its busy timeout on some schema changes; wait and try again."""
    import time

    for attempt in range(attempts):
        try:
            return action()
        except sqlite3.OperationalError as err:
            if "locked" not in str(err) and "busy" not in str(err) or attempt == attempts - 1:
                raise
            time.sleep(0.05 * (attempt + 1))


def connect(where: str, schema: str, probe: str) -> sqlite3.Connection:
    """A SQLite file runs may share (the memory, a run manifest): WAL, so a commit is no disk flush and a
    kill loses nothing committed; another writer is waited for, not failed on. `schema` creates the table
    when missing, `probe` checks the file is ours. A file that is not such a database: sqlite3.DatabaseError."""
    db = sqlite3.connect(where, timeout=BUSY_TIMEOUT_S)
    db.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
    _retry(lambda: db.execute("PRAGMA journal_mode=WAL"))
    db.execute("PRAGMA synchronous=NORMAL")
    _retry(lambda: db.execute(schema))
    db.execute(probe)
    return db


def default_path() -> Path:
    base = os.environ.get("GLOSSARY_TM") or ""
    if base:
        return Path(base)
    return cache_directory() / "memory.sqlite"


class TranslationMemory:
    """SQLite, keyed by model identity + decoding signature + source sentence."""

    def __init__(self, path: Path | str | None = None):
        self.path = Path(path) if path is not None else default_path()
        where = str(self.path)
        if where != ":memory:":
            if self.path.is_dir():
                raise InputError(
                    f"{self.path}: is a folder; --memory takes a file (e.g. {self.path / 'memory.sqlite'})"
                )
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as err:
                raise InputError(
                    f"{self.path}: cannot create the translation memory's folder ({err.strerror or err})"
                ) from None
        try:
            self._db = connect(
                where,
                "CREATE TABLE IF NOT EXISTS tm (model TEXT NOT NULL, settings TEXT NOT NULL, source TEXT NOT NULL,"
                " target TEXT NOT NULL, PRIMARY KEY (model, settings, source)) WITHOUT ROWID",
                "SELECT model, settings, source, target FROM tm LIMIT 0",
            )
        except sqlite3.DatabaseError as err:
            raise InputError(
                f"{self.path}: not a usable translation memory ({err}); pass another --memory FILE or --no-memory"
            ) from None

    def lookup(self, model: str, settings: str, sources: Sequence[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        unique = list(dict.fromkeys(sources))
        for i in range(0, len(unique), 500):
            chunk = unique[i : i + 500]
            marks = ",".join("?" * len(chunk))
            query = f"SELECT source, target FROM tm WHERE model=? AND settings=? AND source IN ({marks})"
            try:
                found.update(_retry(lambda: self._db.execute(query, (model, settings, *chunk)).fetchall()))
            except sqlite3.DatabaseError as err:
                raise InputError(
                    f"{self.path}: cannot read the translation memory ({err}); pass another --memory "
                    "FILE or --no-memory"
                ) from None
        return found

    def store(self, model: str, settings: str, pairs: Iterable[tuple[str, str]]) -> None:
        rows = [(model, settings, s, t) for s, t in pairs]

        def write():
            with self._db:
                self._db.executemany(
                    "INSERT OR REPLACE INTO tm (model, settings, source, target) VALUES (?, ?, ?, ?)", rows
                )

        try:
            _retry(write)
        except sqlite3.DatabaseError as err:
            raise InputError(f"{self.path}: cannot write the translation memory ({err})") from None

    def __len__(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM tm").fetchone()[0]

    def close(self) -> None:
        self._db.close()
