"""Files in, translated files out: read every document, translate all segments in one pass, write atomically."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

from .document import Document
from .errors import GlossaryError, InputError, UsageError
from .formats import REGISTRY, collect_inputs, format_for, is_supported, read_document, render_document
from .runrecord import RUN_RECORD, RecordedSegment, RunRecord
from .textio import atomic_write_bytes


@dataclass
class FileResult:
    source: str
    output: str | None = None
    segments: int = 0
    error: str | None = None
    warnings: list[str] = field(default_factory=list)  # e.g. a sentence left in German, naming its line


@dataclass
class TranslationRun:
    """What a run did and with which model and settings, so its outputs can be reproduced."""

    signature: str
    glossary: str = ""  # path#digest of the glossary enforced, if any
    files: list[FileResult] = field(default_factory=list)
    sentences: int = 0
    from_memory: int = 0
    translated: int = 0
    kept: int = 0  # human translations and locked units left as they were
    record_error: str = ""  # the run record could not be written (disk full…); outputs may still be fine

    @property
    def unsplittable(self) -> int:
        """Sentences the model could not translate even in parts (their German kept), one warning each."""
        return sum(len(f.warnings) for f in self.files)

    @property
    def failed(self) -> list[FileResult]:
        return [f for f in self.files if f.error]

    def summary(self, outdir: str) -> str:
        done = sum(1 for f in self.files if f.output)
        return (
            f"{done} file(s) → {outdir}: {self.sentences} sentences, {self.translated} translated, "
            f"{self.from_memory} from memory, {self.kept} human translations kept"
            + (f", {self.unsplittable} left in German (see the run record)" if self.unsplittable else "")
            + f" [{self.signature}]"
        )


def run_mode(inputs: Sequence[str], output: str | None) -> str:
    """Which translation the command line asks for: "stdin" (`-`), "file" (one file to `-o FILE.ext`)
    or "folder" (files and folders to `-o OUTDIR`); usage problems are found here, before any work."""
    if list(inputs) == ["-"]:
        if output not in (None, "-") and Path(output).is_dir():
            raise UsageError(f"{output}: is a folder; with stdin, -o names a file (or '-' for stdout)")
        return "stdin"
    if "-" in inputs:
        raise UsageError("'-' (stdin) cannot be mixed with files")
    if not output:
        raise UsageError(
            "translate needs -o OUTDIR for files and folders (-o FILE.ext for one file, or '-' to read stdin)"
        )
    if single_file_output(inputs, output):
        return "file"
    check_output_folder(inputs, Path(output))
    return "folder"


def single_file_output(inputs: Sequence[str], output: str | None) -> bool:
    """`translate FILE -o FILE.ext`: one input file and an output that is, or names, a file."""
    if len(inputs) != 1 or output in (None, "-") or not Path(inputs[0]).is_file():
        return False
    out = Path(output)
    if out.is_dir():
        return False
    return out.exists() or is_supported(out) or out.suffix.lower() == Path(inputs[0]).suffix.lower()


def check_output_folder(inputs: Sequence[str], outdir: Path) -> None:
    """Usage problems with OUTDIR, found before anything is loaded or created."""
    if outdir.exists() and not outdir.is_dir():
        raise UsageError(f"{outdir}: -o names an existing file; give a folder (or one input file with -o FILE.ext)")
    for raw in inputs:
        if Path(raw).is_dir() and outdir.exists() and Path(raw).resolve() == outdir.resolve():
            raise UsageError(f"{raw}: the input folder is also the output folder; choose another -o folder")


def prepare_output_folder(outdir: Path) -> int:
    """Check before any work that OUTDIR can be written; remove temp files killed runs left there."""
    from .textio import clean_stale_temps

    try:
        outdir.mkdir(parents=True, exist_ok=True)
        probe = outdir / f".glossary-write-test.{os.getpid()}"
        atomic_write_bytes(probe, b"")
        probe.unlink()
    except OSError as err:
        raise InputError(
            f"{outdir}: cannot write the output folder ({err.strerror or err}); choose another -o folder"
        ) from None
    return clean_stale_temps(outdir)


def translate_documents(docs: Sequence[Document], engine, progress: Callable[[int], None] | None = None) -> None:
    """Fill `target` of every segment to translate through one global batch; kept ones are left alone."""
    todo = [s for d in docs for s in d.segments if not s.keep]
    targets = engine.translate([s.source for s in todo], progress=progress)
    for segment, target in zip(todo, targets):
        segment.target = target


def place_inlines(docs: Sequence[Document], engine) -> None:
    """Inline markup into the English: forced alignment of each final target to its source."""
    from .inline import place

    todo = [s for d in docs for s in d.segments if s.inlines and not s.keep and s.target]
    for segment, alignment in zip(todo, engine.align([(s.source, s.target) for s in todo]) if todo else []):
        segment.placed = place(segment.source, segment.target, segment.inlines, alignment)
        segment.placed_for = segment.target


def keep_existing(docs: Sequence[Document], overwrite_existing: bool) -> None:
    """With --overwrite-existing, human translations are translated afresh (translate="no" never is)."""
    if overwrite_existing:
        for d in docs:
            for s in d.segments:
                if s.keep == "translated":
                    s.keep = ""


def enforce_documents(docs: Sequence[Document], glossary, engine) -> dict[int, object]:
    """Approved terms into every translated target (see enforce.py); records by id(segment).
    Human work is not touched."""
    from .enforce import Enforcer

    segments = [s for d in docs for s in d.segments if not s.keep]
    results = Enforcer(glossary, engine).enforce([s.source for s in segments], [s.target for s in segments])
    for segment, result in zip(segments, results):
        segment.target = result.target
    return {id(s): r for s, r in zip(segments, results)}


def process(
    docs: Sequence[Document],
    engine,
    glossary=None,
    progress_factory=None,
    overwrite_existing: bool = False,
    target_lang: str = "en",
):
    """The pipeline every entry point shares: keep human work, translate, enforce, place inline markup.

    `progress_factory(total)` gets the number of segments to translate (kept ones excluded).
    Returns the raw machine targets and the enforcement records, both by id(segment).
    """
    for doc in docs:
        doc.target_lang = target_lang
    keep_existing(docs, overwrite_existing)
    total = sum(1 for d in docs for s in d.segments if not s.keep)
    translate_documents(docs, engine, progress_factory(total) if progress_factory else None)
    raw = {id(s): s.target for d in docs for s in d.segments if not s.keep}
    enforced = enforce_documents(docs, glossary, engine) if glossary is not None else {}
    place_inlines(docs, engine)
    return raw, enforced


def translate_paths(
    inputs: Sequence[str],
    outdir: Path,
    engine,
    progress_factory: Callable[[int], Callable[[int], None]] | None = None,
    glossary=None,
    overwrite_existing: bool = False,
    target_lang: str = "en",
) -> TranslationRun:
    check_output_folder(inputs, outdir)
    run = TranslationRun(signature=engine.signature)
    if glossary is not None:
        run.glossary = f"{glossary.path}#{glossary.digest()}"
    pairs, problems = collect_inputs(inputs, outdir)
    run.files.extend(FileResult(path, error=message) for path, message in problems)
    docs: list[tuple[Document, Path, FileResult]] = []
    seen_outputs: dict[Path, str] = {}
    for path, relative in pairs:
        result = FileResult(str(path))
        run.files.append(result)
        out = outdir / relative
        try:
            if out.resolve() == path.resolve():
                raise InputError(f"{path}: output would overwrite the input; choose another -o folder")
            if out.resolve() in seen_outputs:
                raise InputError(
                    f"{path}: output {out} is also written for {seen_outputs[out.resolve()]}; translate them separately"
                )
            doc = read_document(path)
        except GlossaryError as err:
            result.error = str(err)
            continue
        seen_outputs[out.resolve()] = str(path)
        result.segments = len(doc.segments)
        docs.append((doc, out, result))
    before = (engine.stats.sentences, engine.stats.from_memory, engine.stats.translated)
    raw, enforced = process(
        [d for d, _, _ in docs], engine, glossary, progress_factory, overwrite_existing, target_lang
    )
    for doc, _, result in docs:
        result.warnings = untranslated(doc, engine)
    run.kept = sum(1 for d, _, _ in docs for s in d.segments if s.keep)
    run.sentences = engine.stats.sentences - before[0]
    run.from_memory = engine.stats.from_memory - before[1]
    run.translated = engine.stats.translated - before[2]
    for doc, out, result in docs:
        try:
            atomic_write_bytes(out, render_document(doc, [s.target for s in doc.segments]))
            result.output = str(out)
        except (OSError, UnicodeEncodeError) as err:
            result.error = f"{out}: cannot write ({getattr(err, 'strerror', None) or err})"
    if docs:
        try:
            _write_record(run, outdir, docs, raw, enforced, engine.failures)
        except OSError as err:
            run.record_error = f"{outdir / RUN_RECORD}: cannot write the run record ({err.strerror or err})"
    return run


def untranslated(doc: Document, engine) -> list[str]:
    """One line per sentence the model could not translate even in parts (its German stays in the file)."""
    return [
        f"{doc.path}:{s.line}: a sentence of {len(s.source.split())} words left in German ({engine.failures[s.source]})"
        for s in doc.segments if not s.keep and s.source in engine.failures
    ]  # fmt: skip


def _write_record(run, outdir, docs, raw, enforced, engine_failures=None) -> None:
    """The bilingual record: every sentence, its raw and final translation, and the entries applied."""
    from dataclasses import asdict

    engine_failures = engine_failures or {}
    record = RunRecord(run.signature, run.glossary)
    for doc, out, result in docs:
        for segment in doc.segments:
            record.segments.append(RecordedSegment(
                doc.path, str(out), segment.index, segment.line, segment.source, raw.get(id(segment), segment.target),
                segment.target, [asdict(a) for a in enforced[id(segment)].applied] if id(segment) in enforced else [],
                kept=segment.keep, untranslated="" if segment.keep else engine_failures.get(segment.source, ""),
            ))  # fmt: skip
    record.save(outdir / RUN_RECORD)


def translate_file(
    path: Path, output: Path, engine, glossary=None, overwrite_existing: bool = False, target_lang: str = "en"
) -> FileResult:
    """`translate FILE -o FILE.ext`: one document to one file, no run record."""
    path, output = Path(path), Path(output)
    if output.exists() and output.resolve() == path.resolve():
        raise UsageError(f"{path}: output would overwrite the input; choose another -o file")
    if format_for(output).name != format_for(path).name:
        raise UsageError(
            f"{output}: a {path.suffix} file cannot be written as {output.suffix}; give -o the same extension"
        )
    doc = read_document(path)
    process([doc], engine, glossary, overwrite_existing=overwrite_existing, target_lang=target_lang)
    atomic_write_bytes(output, render_document(doc, [s.target for s in doc.segments]))
    return FileResult(str(path), str(output), len(doc.segments), warnings=untranslated(doc, engine))


def translate_stream(
    data: bytes,
    engine,
    name: str = "<stdin>",
    glossary=None,
    fmt: str = "txt",
    overwrite_existing: bool = False,
    target_lang: str = "en",
) -> tuple[bytes, list[str]]:
    """Standard input to standard output; `fmt` (an extension such as md, po, xlf) picks the reader.

    Returns the translated bytes and the warnings (sentences left in German)."""
    import tempfile

    ext = "." + fmt.lower().lstrip(".")
    if ext not in REGISTRY:
        raise UsageError(
            f"--from-format {fmt}: unknown format; choose one of {' '.join(sorted(e.lstrip('.') for e in REGISTRY))}"
        )
    if ext == ".txt":
        from .formats.text import read_bytes

        doc = read_bytes(data, name)
    else:
        with tempfile.TemporaryDirectory(prefix="glossary-stdin-") as folder:
            path = Path(folder) / f"stdin{ext}"
            path.write_bytes(data)
            try:
                doc = read_document(path)
            except GlossaryError as err:
                raise type(err)(str(err).replace(str(path), name)) from None
            doc.path = name
    process([doc], engine, glossary, overwrite_existing=overwrite_existing, target_lang=target_lang)
    return render_document(doc, [s.target for s in doc.segments]), untranslated(doc, engine)
