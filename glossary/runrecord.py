"""The run record `glossary translate` leaves in its output folder: every sentence, its raw and final
English, and the glossary entries applied. The only reader and writer of that file, so the checker,
the review app and the TMX/XLIFF exports all see a run the same way.

JSON Lines, append-only, written as files finish: a `run` line when a run starts, then per output
file its `segment` lines (a big file's come in pieces, between other files' blocks) and one `file`
line that closes them. A file's segments count only once
its `file` line is there, so a run killed mid-write leaves a record that still reads; a file done
again (a rerun, `--force`, a reviewer's saved edits) supersedes its earlier lines. The single-JSON
`glossary-run.json` of earlier versions still loads.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from .document import SegmentPair
from .errors import InputError
from .textio import atomic_write_bytes, read_text

RUN_RECORD = "glossary-run.jsonl"
LEGACY_RUN_RECORD = "glossary-run.json"  # one JSON object, written by glossary 0.1 before streaming


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
    reviewed: bool = False  # a reviewer edited `target` in `glossary review` (the output file has it too)

    def to_json(self) -> dict:
        row = asdict(self)
        for optional in ("kept", "untranslated", "reviewed"):
            if not row[optional]:
                del row[optional]
        return row


_KNOWN = frozenset(f.name for f in fields(RecordedSegment))


def _segment(row: dict) -> RecordedSegment:
    return RecordedSegment(**{k: v for k, v in row.items() if k in _KNOWN})


def record_path(path: Path) -> Path:
    """The record a path names: the file itself, or in an output folder the JSONL (else a legacy JSON)."""
    path = Path(path)
    if not path.is_dir():
        return path
    if (path / RUN_RECORD).exists() or not (path / LEGACY_RUN_RECORD).exists():
        return path / RUN_RECORD
    return path / LEGACY_RUN_RECORD


def _run_line(signature: str, glossary: str) -> str:
    return json.dumps({"run": {"signature": signature, "glossary": glossary}}, ensure_ascii=False) + "\n"


def _segment_lines(segments: list[RecordedSegment]) -> str:
    return "".join(json.dumps({"segment": s.to_json()}, ensure_ascii=False) + "\n" for s in segments)


def _closing_line(file: str, output: str, count: int) -> str:
    return json.dumps({"file": {"file": file, "output": output, "segments": count}}, ensure_ascii=False) + "\n"


def _file_lines(file: str, output: str, segments: list[RecordedSegment]) -> str:
    """A file's segment lines and the line that closes them, as one string: one write."""
    return _segment_lines(segments) + _closing_line(file, output, len(segments))


@dataclass
class RunRecord:
    signature: str  # model, decoding settings and glossary version: enough to reproduce the run
    glossary: str = ""  # path#digest of the glossary enforced, if any
    segments: list[RecordedSegment] = field(default_factory=list)

    @classmethod
    def load(cls, path: Path) -> "RunRecord":
        """Read a record (its file, or the output folder holding it); a one-line InputError otherwise."""
        path = record_path(Path(path))
        hint = f"not a translation run record; pass OUTDIR/{RUN_RECORD}"
        text = read_text(path).text
        try:
            try:
                data = json.loads(text)  # one object: the legacy record (a JSONL record fails at line 2)
            except ValueError:
                data = None
            if isinstance(data, dict) and "segments" in data:
                segments = [_segment(row) for row in data["segments"]]
                return cls(str(data.get("signature", "")), str(data.get("glossary", "")), segments)
            return cls._from_lines(text, path)
        except (ValueError, KeyError, TypeError, AttributeError) as err:
            raise InputError(f"{path}: {hint} ({type(err).__name__})") from None

    @classmethod
    def _from_lines(cls, text: str, path: Path) -> "RunRecord":
        record, started = cls(""), False
        pending: list[RecordedSegment] = []
        done: dict[str, list[RecordedSegment]] = {}  # output → its segments, the latest block wins
        lines = text.splitlines()
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except ValueError:
                if number == len(lines):  # a run killed mid-line: what it did not close does not count
                    break
                raise InputError(f"{path}:{number}: broken line in the run record; {_REPAIR}") from None
            if "run" in item:
                record.signature, record.glossary = str(item["run"]["signature"]), str(item["run"]["glossary"])
                started, pending = True, []
            elif "segment" in item:
                pending.append(_segment(item["segment"]))
            elif "file" in item:
                output = str(item["file"]["output"])
                done[output] = [s for s in pending if s.output == output]  # in place of an earlier block
                pending = [s for s in pending if s.output != output]  # a big file's, streamed in pieces
            else:
                raise KeyError(next(iter(item), "empty line"))
        if not started:
            raise KeyError("run")
        record.segments = [s for segments in done.values() for s in segments]
        return record

    def save(self, path: Path) -> None:
        """Atomically (a crash leaves the old record or the new one, never half of one)."""
        blocks: dict[str, tuple[str, str, list[RecordedSegment]]] = {}
        for s in self.segments:
            blocks.setdefault(s.output, (s.file, s.output, []))[2].append(s)
        text = _run_line(self.signature, self.glossary) + "".join(_file_lines(*block) for block in blocks.values())
        atomic_write_bytes(Path(path), text.encode())

    def pairs(self) -> list[SegmentPair]:
        """Sentence pairs for the checker, located in the output files."""
        return [SegmentPair(s.output, s.index, s.source, s.target, s.line) for s in self.segments]

    def targets(self) -> dict[tuple[str, int], str]:
        """English per (German file, segment index), for the review app."""
        return {(s.file, s.index): s.target for s in self.segments}


_REPAIR = "delete the record (the translated files stay) or translate again with --force"


class RecordWriter:
    """Appends to OUTDIR's record as files finish; one write per file, so a kill leaves whole lines
    (a torn last line, from a kill mid-write, is cut off when the next run opens the record)."""

    def __init__(self, path: Path, signature: str, glossary: str = ""):
        self.path = Path(path)
        _cut_torn_tail(self.path)
        self._handle = open(self.path, "a", encoding="utf-8")
        self._write(_run_line(signature, glossary))

    def add_file(self, file: str, output: str, segments: list[RecordedSegment]) -> None:
        self._write(_file_lines(file, output, segments))

    def add_segments(self, segments: list[RecordedSegment]) -> None:
        """Part of a big file, written as it streams: it counts once `close_file` follows."""
        self._write(_segment_lines(segments))

    def close_file(self, file: str, output: str, count: int) -> None:
        self._write(_closing_line(file, output, count))

    def _write(self, text: str) -> None:
        self._handle.write(text)
        self._handle.flush()

    def close(self) -> None:
        self._handle.close()


def _cut_torn_tail(path: Path) -> None:
    """A record that does not end with a newline was cut mid-line by a kill: drop that partial line."""
    try:
        with open(path, "rb+") as handle:
            size = handle.seek(0, os.SEEK_END)
            if size == 0:
                return
            handle.seek(size - 1)
            if handle.read(1) == b"\n":
                return
            pos = size
            while pos > 0:
                step = min(65536, pos)
                handle.seek(pos - step)
                chunk = handle.read(step)
                newline = chunk.rfind(b"\n")
                if newline >= 0:
                    handle.truncate(pos - step + newline + 1)
                    return
                pos -= step
            handle.truncate(0)
    except FileNotFoundError:
        return
