"""The run record `glossary translate` leaves in its output folder: every sentence, its raw and final
English, and the glossary entries applied. The only reader and writer of that file, so the checker,
the review app and the TMX/XLIFF exports all see a run the same way."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from .document import SegmentPair
from .errors import InputError
from .textio import atomic_write_bytes, read_text

RUN_RECORD = "glossary-run.json"


@dataclass
class RecordedSegment:
    file: str  # the German input
    output: str  # the file written
    index: int
    line: int
    source: str
    raw: str  # the model's English, before glossary enforcement
    target: str  # the English written to the output
    applied: list[dict] = field(default_factory=list)  # enforce.Applied as dicts: term, target, method…
    kept: str = ""  # "translated" (a human translation) or "locked" (translate="no"), left as it was
    untranslated: str = ""  # why the model could not translate it: the German stays in the output


@dataclass
class RunRecord:
    signature: str  # model, decoding settings and glossary version: enough to reproduce the run
    glossary: str = ""  # path#digest of the glossary enforced, if any
    segments: list[RecordedSegment] = field(default_factory=list)

    @classmethod
    def load(cls, path: Path) -> "RunRecord":
        """Read a record (its file, or the output folder holding it); a one-line InputError otherwise."""
        path = Path(path)
        if path.is_dir():
            path = path / RUN_RECORD
        hint = f"not a translation run record; pass OUTDIR/{RUN_RECORD}"
        try:
            data = json.loads(read_text(path).text)
            known = {f.name for f in fields(RecordedSegment)}
            segments = [RecordedSegment(**{k: v for k, v in row.items() if k in known}) for row in data["segments"]]
            return cls(str(data.get("signature", "")), str(data.get("glossary", "")), segments)
        except (ValueError, KeyError, TypeError, AttributeError) as err:
            raise InputError(f"{path}: {hint} ({type(err).__name__})") from None

    def save(self, path: Path) -> None:
        """Atomically (a crash leaves the old record or the new one, never half of one)."""
        rows = []
        for s in self.segments:
            row = asdict(s)
            for optional in ("kept", "untranslated"):
                if not row[optional]:
                    del row[optional]
            rows.append(row)
        data = {"signature": self.signature, "glossary": self.glossary, "segments": rows}
        atomic_write_bytes(Path(path), json.dumps(data, ensure_ascii=False, indent=1).encode())

    def pairs(self) -> list[SegmentPair]:
        """Sentence pairs for the checker, located in the output files."""
        return [SegmentPair(s.output, s.index, s.source, s.target, s.line) for s in self.segments]

    def targets(self) -> dict[tuple[str, int], str]:
        """English per (German file, segment index), for the review app."""
        return {(s.file, s.index): s.target for s in self.segments}
