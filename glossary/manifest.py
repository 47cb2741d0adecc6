"""What a translation run has finished, kept in its output folder so any run can be resumed.

One SQLite row per output file, written after the file itself: the input's content hash, the
engine signature, the glossary digest and the options it was made with. A rerun skips an input
whose row still matches (and whose output is still there) and redoes everything else, so a run
killed at any moment costs only the files it had not finished.
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .memory import connect

MANIFEST = "glossary-manifest.sqlite"


def content_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@dataclass(frozen=True)
class Made:
    """How one output was made: if all of it is the same again, the output would be the same."""

    source_hash: str
    signature: str  # the engine's: model, decoding settings, CTranslate2 and glossary versions
    glossary: str  # the enforced glossary's digest ("" without one)
    options: str  # other options that change the output (target language, --overwrite-existing)


class Manifest:
    def __init__(self, outdir: Path):
        self.path = Path(outdir) / MANIFEST
        try:
            self._db = connect(
                str(self.path),
                "CREATE TABLE IF NOT EXISTS outputs (output TEXT PRIMARY KEY, input TEXT NOT NULL,"
                " source_hash TEXT NOT NULL, signature TEXT NOT NULL, glossary TEXT NOT NULL,"
                " options TEXT NOT NULL, segments INTEGER NOT NULL)",
                "SELECT output, source_hash, signature, glossary, options FROM outputs LIMIT 0",
            )
        except sqlite3.DatabaseError as err:
            raise InputError(
                f"{self.path}: not a usable run manifest ({err}); delete it (the next run translates everything again)"
            ) from None

    def is_done(self, output: str, made: Made) -> bool:
        row = self._db.execute(
            "SELECT source_hash, signature, glossary, options FROM outputs WHERE output=?", (output,)
        ).fetchone()
        return row is not None and Made(*row) == made

    def done(self, output: str, input: str, made: Made, segments: int) -> None:
        with self._db:
            self._db.execute(
                "INSERT OR REPLACE INTO outputs (output, input, source_hash, signature, glossary, options, segments)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (output, input, made.source_hash, made.signature, made.glossary, made.options, segments),
            )

    def forget(self, output: str) -> None:
        with self._db:
            self._db.execute("DELETE FROM outputs WHERE output=?", (output,))

    def __len__(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM outputs").fetchone()[0]

    def close(self) -> None:
        self._db.close()
