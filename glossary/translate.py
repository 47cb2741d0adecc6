"""Files in, translated files out, in bounded chunks: each output written atomically as soon as its
last sentence is back, the run record and the manifest after it, so any run can be resumed."""

from __future__ import annotations

import codecs
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterator, Sequence

from . import pipeline, segterms
from .document import Document, Segment
from .errors import GlossaryError, InputError, UsageError
from .formats import REGISTRY, collect_inputs, format_for, is_supported, output_name, read_document, render_document
from .manifest import Made, Manifest, content_hash
from .runrecord import RUN_RECORD, RecordedSegment, RecordWriter
from .textio import AtomicFile, atomic_write_bytes, interrupts_deferred, open_error


@dataclass
class FileResult:
    source: str
    output: str | None = None
    segments: int = 0
    error: str | None = None
    skipped: bool = False  # done by an earlier run with the same input, model, settings and glossary
    warnings: list[str] = field(default_factory=list)  # e.g. a sentence left in German, naming its line
    notices: list[str] = field(default_factory=list)  # the writer's: text that may no longer fit its box


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
    skipped: int = 0  # files an earlier run finished (the manifest), not translated again
    interrupted: bool = False  # Ctrl-C: the files listed with an output are complete, the rest not begun
    record_error: str = ""  # the run record could not be written (disk full…); outputs may still be fine

    @property
    def unsplittable(self) -> int:
        """Sentences the model could not translate even in parts (their German kept), one warning each."""
        return sum(len(f.warnings) for f in self.files)

    @property
    def failed(self) -> list[FileResult]:
        return [f for f in self.files if f.error]

    def summary(self, outdir: str) -> str:
        done = sum(1 for f in self.files if f.output and not f.skipped)
        return (
            ("interrupted: " if self.interrupted else "")
            + f"{done} file(s) → {outdir}"
            + (f" ({self.skipped} done before, skipped)" if self.skipped else "")
            + f": {self.sentences} sentences, {self.translated} translated, "
            f"{self.from_memory} from memory, {self.kept} human translations kept"
            + (f", {self.unsplittable} left in German (see the run record)" if self.unsplittable else "")
            + (
                f", {notices} text box(es) to check for fit"
                if (notices := sum(len(f.notices) for f in self.files))
                else ""
            )
            + f" [{self.signature}]"
            + ("; run the same command again to resume" if self.interrupted else "")
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


DEFAULT_CHUNK_TOKENS = 1000  # ≈ 30 sentences: bounds memory, the work a kill loses, and a cluster's idle tail


def _estimate_tokens(sentence: str) -> int:
    """SentencePiece pieces of a German sentence, roughly (no tokenizer needed to plan chunks)."""
    return len(sentence) // 4 + 1


def prepare(doc: Document, overwrite_existing: bool, target_lang: str) -> list[Segment]:
    """Label the English and decide what is translated: with --overwrite-existing human translations
    are translated afresh (translate="no" never is). Returns the segments to translate."""
    doc.target_lang = target_lang
    for s in doc.segments:
        if overwrite_existing and s.keep == "translated":
            s.keep = ""
    return [s for s in doc.segments if not s.keep]


def apply(segments: Sequence[Segment], done: pipeline.Done) -> None:
    """A chunk's English into its segments, with where the inline markup goes."""
    for i, segment in enumerate(segments):
        segment.target = done.targets[i]
        if done.placed[i] is not None:
            segment.placed, segment.placed_for = done.placed[i], done.targets[i]


def work_for(segments: Sequence[Segment], known: dict[str, str] | None = None, terms=None) -> pipeline.Work:
    """A chunk as plain data; `terms` (segterms.SegmentTerms): each segment's own entries, by its line,
    with those its file gives it (XLIFF 2 glossary module)."""
    own = (
        [segterms.for_line(terms, s.line) + s.terms for s in segments]
        if terms or any(s.terms for s in segments)
        else None
    )
    return pipeline.Work([s.source for s in segments], [s.inlines for s in segments], known, own)


class InProcess:
    """Chunks through this process's engine, one after another (the default; no Dask import)."""

    remote = False

    def __init__(self, engine, glossary=None):
        from .enforce import Enforcer

        self.engine = engine
        self.enforcer = Enforcer(glossary, engine) if glossary is not None else None

    def map(self, chunks: Iterator[tuple[object, pipeline.Work]], sentences: Callable[[int], None]):
        for key, work in chunks:
            yield key, pipeline.run(work, self.engine, self.enforcer, progress=sentences)


def process(
    docs: Sequence[Document], engine, glossary=None, overwrite_existing: bool = False, target_lang="en", terms=None
):
    """Whole documents at once (one file, stdin): keep human work, translate, enforce, place inline markup."""
    if terms:
        for doc in docs:
            segterms.check_document(terms, doc)
    todo = [s for doc in docs for s in prepare(doc, overwrite_existing, target_lang)]
    apply(todo, pipeline.run(work_for(todo, terms=terms), engine, InProcess(engine, glossary).enforcer))


STREAM_BYTES = 8 << 20  # a text file bigger than this is read, translated and written in pieces
PIECE_CHARS = 1 << 20  # about how much of it is held at once


@dataclass
class _Open:
    """A document being translated (or a piece of a big one): done when every segment sent out has come back."""

    doc: Document
    out: Path
    key: str  # the output's path in OUTDIR: the manifest's key
    result: FileResult
    made: Made
    todo: list[Segment]
    waiting: int
    work_per_segment: float  # its share of the input bytes, for the ETA
    raw: dict[int, str] = field(default_factory=dict)
    applied: dict[int, list] = field(default_factory=dict)
    spool: "_Spool | None" = None  # a big file's output, when this is one of its pieces
    piece: int = 0
    first_index: int = 0  # segments in the pieces before this one: the record numbers them file-wide


class _Spool:
    """A big file's output, written piece by piece in order through one AtomicFile and renamed when the
    last piece is in; a piece back early (a cluster finishes chunks out of order) waits for those before it."""

    def __init__(self, out: Path, encoding: str):
        self.file = AtomicFile(out)
        self.encoder = codecs.getincrementalencoder(encoding)()  # one BOM at the start, not one per piece
        self.next = 0
        self.last: int | None = None  # the final piece's number, once it has been read
        self.ready: dict[int, _Open] = {}
        self.segments = 0
        self.failed = False

    def put(self, od: _Open) -> list[_Open]:
        """Take a finished piece; returns the pieces now to be written, in order."""
        self.ready[od.piece] = od
        writable = []
        while self.next in self.ready:
            writable.append(self.ready.pop(self.next))
            self.next += 1
        return writable

    @property
    def complete(self) -> bool:
        return self.last is not None and self.next > self.last


def translate_paths(
    inputs: Sequence[str],
    outdir: Path,
    engine,
    progress_factory: Callable[[int, int], Callable[..., None]] | None = None,
    glossary=None,
    overwrite_existing: bool = False,
    target_lang: str = "en",
    chunk_tokens: int = DEFAULT_CHUNK_TOKENS,
    force: bool = False,
    runner=None,
    terms=None,
    pdf_to: str = "",
    translate_sheet_names: bool = False,
) -> TranslationRun:
    """Translate files and folders into OUTDIR in bounded chunks, each output written (atomically) as
    soon as its last sentence is back, recorded in the run record and then the manifest, so a rerun
    skips what is done (`force` redoes all). Ctrl-C stops after the chunk in flight.

    `progress_factory(files, input_bytes)` returns `advance(files=, sentences=, work=)`;
    `runner` is where chunks are translated: `InProcess` (default) or a `cluster.DaskRunner`;
    `terms` (segterms.SegmentTerms) go with one input file, by its lines; `pdf_to` (md or docx) is
    what PDFs are written as; `translate_sheet_names` renames Excel sheets (and the formulas naming them)."""
    check_output_folder(inputs, outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    run = TranslationRun(signature=engine.signature)
    digest = glossary.digest() if glossary is not None else ""
    if glossary is not None:
        run.glossary = f"{glossary.path}#{digest}"
    pairs, problems = collect_inputs(inputs, outdir)
    if terms and len(pairs) > 1:
        raise UsageError("--terms gives terms per line of one input file; translate the files one at a time")
    run.files.extend(FileResult(path, error=message) for path, message in problems)
    sizes = [_size(path) for path, _ in pairs]
    advance = progress_factory(len(pairs), sum(sizes)) if progress_factory else (lambda **_: None)
    runner = runner or InProcess(engine, glossary)  # a runner passed in is the caller's to close
    manifest = Manifest(outdir)
    record: RecordWriter | None = None
    options = f"target:{target_lang}|overwrite-existing:{int(overwrite_existing)}" + (
        f"|pdf-to:{pdf_to}" if pdf_to else ""
    )
    if terms:
        options += f"|terms:{segterms.digest(terms)}"

    def documents() -> Iterator[_Open]:
        seen: dict[Path, str] = {}
        for (path, relative), size in zip(pairs, sizes):
            result = FileResult(str(path))
            run.files.append(result)
            out = outdir / output_name(relative, pdf_to)
            try:
                if out.resolve() == path.resolve():
                    raise InputError(f"{path}: output would overwrite the input; choose another -o folder")
                if out.resolve() in seen:
                    raise InputError(
                        f"{path}: output {out} is also written for {seen[out.resolve()]}; translate them separately"
                    )
                seen[out.resolve()] = str(path)
                made = Made(_hash(path), run.signature, digest, options)
                key = relative.as_posix()
                if not force and out.exists() and manifest.is_done(key, made):
                    result.output, result.skipped = str(out), True
                    run.skipped += 1
                    advance(files=1, work=size)
                    continue
                fmt = format_for(path)
                if fmt.pieces is not None and size > STREAM_BYTES:
                    yield from pieces(fmt, path, size, _Open(None, out, key, result, made, [], 0, 0))  # type: ignore[arg-type]
                    continue
                doc = read_document(path, translate_sheet_names=translate_sheet_names)
                doc.write_as = out.suffix.lower() if fmt.converts else ""
                if terms:
                    segterms.check_document(terms, doc)
            except GlossaryError as err:
                result.error = str(err)
                advance(files=1, work=size)
                continue
            result.segments = len(doc.segments)
            todo = prepare(doc, overwrite_existing, target_lang)
            yield _Open(doc, out, key, result, made, todo, len(todo), size / max(1, len(todo)))

    def pieces(fmt, path: Path, size: int, whole: _Open) -> Iterator[_Open]:
        """A big file as pieces read one ahead (to know which is the last), all writing to one spool."""
        spool = None
        try:
            stream = fmt.pieces(path, PIECE_CHARS)
            doc, number = next(stream), 0
            spool = _Spool(whole.out, doc.encoding)
            while doc is not None:
                following = next(stream, None)
                if following is None:
                    spool.last = number
                todo = prepare(doc, overwrite_existing, target_lang)
                work = min(size, PIECE_CHARS) / max(1, len(todo))
                yield replace(whole, doc=doc, todo=todo, waiting=len(todo), work_per_segment=work, raw={},
                              applied={}, spool=spool, piece=number, first_index=whole.result.segments)  # fmt: skip
                whole.result.segments += len(doc.segments)
                doc, number = following, number + 1
        except (GlossaryError, OSError, UnicodeDecodeError) as err:
            whole.result.error = str(err) if isinstance(err, GlossaryError) else f"{path}: cannot be read ({err})"
            if spool is None:
                advance(files=1, work=size)
            else:
                spool.failed = True
                spool.file.discard()

    def chunks() -> Iterator[tuple[list[tuple[_Open, list[Segment]]], pipeline.Work]]:
        chunk: list[tuple[_Open, list[Segment]]] = []
        size = 0
        for od in documents():
            start = 0
            if not od.todo:
                chunk.append((od, []))
            for i, segment in enumerate(od.todo):
                size += _estimate_tokens(segment.source)
                if size >= chunk_tokens:
                    chunk.append((od, od.todo[start : i + 1]))
                    yield _sent(chunk)
                    chunk, size, start = [], 0, i + 1
            if start < len(od.todo):
                chunk.append((od, od.todo[start:]))
        if chunk:
            yield _sent(chunk)

    def _sent(chunk):
        segments = [s for _, part in chunk for s in part]
        known = engine.remembered([s.source for s in segments]) if runner.remote else None
        return chunk, work_for(segments, known, terms)

    def record_lines(write: Callable[[], None]) -> None:
        if record is not None and not run.record_error:
            try:
                write()
            except OSError as err:
                run.record_error = f"{record.path}: cannot write the run record ({err.strerror or err})"

    def finish(od: _Open) -> bool:
        """Write a finished document (or the pieces of a big one that are now in order); True when
        its file is complete."""
        od.waiting = -1  # finished once
        if od.spool is not None:
            return finish_piece(od)
        od.result.warnings = untranslated(od.doc, engine)
        try:
            atomic_write_bytes(od.out, render_document(od.doc, [s.target for s in od.doc.segments]))
        except (OSError, UnicodeEncodeError) as err:
            od.result.error = _cannot_write(od.out, err)
            return True
        od.result.notices = od.doc.notices
        od.result.output = str(od.out)
        run.kept += sum(1 for s in od.doc.segments if s.keep)
        record_lines(lambda: record.add_file(od.result.source, str(od.out), _recorded(od, engine.failures)))
        if not run.record_error:
            manifest.done(od.key, od.result.source, od.made, len(od.doc.segments))
        od.doc = None  # type: ignore[assignment]  # its memory goes as soon as its file is written
        return True

    def finish_piece(od: _Open) -> bool:
        spool = od.spool
        if spool.failed:
            return False
        for piece in spool.put(od):
            piece.result.warnings += untranslated(piece.doc, engine)
            try:
                spool.file.write(spool.encoder.encode(piece.doc.render([s.target for s in piece.doc.segments])))
            except (OSError, UnicodeEncodeError) as err:
                piece.result.error = _cannot_write(piece.out, err)
                spool.failed = True  # the AtomicFile has removed its temp file
                return True
            spool.segments += len(piece.doc.segments)
            run.kept += sum(1 for s in piece.doc.segments if s.keep)
            record_lines(lambda: record.add_segments(_recorded(piece, engine.failures)))
            piece.doc = None  # type: ignore[assignment]
        if not spool.complete:
            return False
        try:
            spool.file.commit()
        except OSError as err:
            od.result.error = _cannot_write(od.out, err)
            return True
        od.result.output = str(od.out)
        record_lines(lambda: record.close_file(od.result.source, str(od.out), spool.segments))
        if not run.record_error:
            manifest.done(od.key, od.result.source, od.made, spool.segments)
        return True

    try:
        try:
            record = RecordWriter(outdir / RUN_RECORD, run.signature, run.glossary)
        except OSError as err:
            run.record_error = f"{outdir / RUN_RECORD}: cannot write the run record ({err.strerror or err})"
        for chunk, done in runner.map(chunks(), lambda n: advance(sentences=n)):
            if done.fresh and engine.memory is not None:
                engine.memory.store(engine.model_id, engine.settings.signature(), done.fresh)
            engine.failures.update(done.failures)
            run.sentences += done.sentences
            run.from_memory += done.from_memory
            run.translated += done.translated
            offset = 0
            for od, part in chunk:
                part_done = _slice(done, offset, len(part))
                offset += len(part)
                apply(part, part_done)
                for segment, raw, applied in zip(part, part_done.raw, part_done.applied):
                    od.raw[segment.index], od.applied[segment.index] = raw, applied
                od.waiting -= len(part)
                advance(work=od.work_per_segment * len(part))
            for od, _ in chunk:
                if od.waiting == 0:
                    with interrupts_deferred():  # (its file and its record together, or neither)
                        complete = finish(od)
                    advance(files=int(complete), work=0 if od.todo else od.work_per_segment)
    except KeyboardInterrupt:
        run.interrupted = True
    finally:
        if record is not None:
            record.close()
        manifest.close()
    if run.interrupted:
        from .textio import clean_stale_temps

        clean_stale_temps(outdir, ours=True)
    return run


def untranslated(doc: Document, engine) -> list[str]:
    """One line per sentence the model could not translate even in parts (its German stays in the file)."""
    return [
        f"{doc.path}:{s.line}: a sentence of {len(s.source.split())} words left in German ({engine.failures[s.source]})"
        for s in doc.segments if not s.keep and s.source in engine.failures
    ]  # fmt: skip


def _cannot_write(path: Path, err: Exception) -> str:
    return f"{path}: cannot write ({getattr(err, 'strerror', None) or err})"


def _slice(done: pipeline.Done, start: int, length: int) -> pipeline.Done:
    end = start + length
    return pipeline.Done(done.raw[start:end], done.targets[start:end], done.applied[start:end], done.placed[start:end])


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _hash(path: Path) -> str:
    try:
        return content_hash(path)
    except OSError as err:
        raise open_error(path, err) from None


def _recorded(od: _Open, failures: dict[str, str]) -> list[RecordedSegment]:
    """The bilingual record of one file: every sentence, its raw and final English, the entries applied."""
    return [
        RecordedSegment(
            od.result.source, str(od.out), od.first_index + s.index, s.line, s.source,
            od.raw.get(s.index, s.target), s.target, od.applied.get(s.index, []),
            kept=s.keep, untranslated="" if s.keep else failures.get(s.source, ""),
        )
        for s in od.doc.segments
    ]  # fmt: skip


def translate_file(
    path: Path,
    output: Path,
    engine,
    glossary=None,
    overwrite_existing: bool = False,
    target_lang: str = "en",
    terms=None,
    pdf_to: str = "",
    translate_sheet_names: bool = False,
) -> FileResult:
    """`translate FILE -o FILE.ext`: one document to one file, no run record (a PDF is written as
    -o's suffix says; `pdf_to` is for folders and stdin)."""
    path, output = Path(path), Path(output)
    if output.exists() and output.resolve() == path.resolve():
        raise UsageError(f"{path}: output would overwrite the input; choose another -o file")
    fmt = format_for(path)
    if output.suffix.lower() not in fmt.converts and (fmt.converts or format_for(output).name != fmt.name):
        also = " or ".join(fmt.converts or (path.suffix,))
        raise UsageError(f"{output}: a {path.suffix} file cannot be written as {output.suffix}; give -o {also}")
    doc = read_document(path, translate_sheet_names=translate_sheet_names)
    doc.write_as = output.suffix.lower() if fmt.converts else ""
    process([doc], engine, glossary, overwrite_existing, target_lang, terms)
    atomic_write_bytes(output, render_document(doc, [s.target for s in doc.segments]))
    return FileResult(
        str(path), str(output), len(doc.segments), warnings=untranslated(doc, engine), notices=doc.notices
    )


def translate_stream(
    data: bytes,
    engine,
    name: str = "<stdin>",
    glossary=None,
    fmt: str = "txt",
    overwrite_existing: bool = False,
    target_lang: str = "en",
    terms=None,
    pdf_to: str = "",
    translate_sheet_names: bool = False,
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
                doc = read_document(path, translate_sheet_names=translate_sheet_names)
            except GlossaryError as err:
                raise type(err)(str(err).replace(str(path), name)) from None
            doc.path = name
    doc.write_as = output_name(Path(f"stdin{ext}"), pdf_to).suffix if REGISTRY[ext].converts else ""
    process([doc], engine, glossary, overwrite_existing, target_lang, terms)
    out = render_document(doc, [s.target for s in doc.segments])
    return out, untranslated(doc, engine) + doc.notices
