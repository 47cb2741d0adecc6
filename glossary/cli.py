"""The `glossary` command: parse, call the library, show. No domain logic lives here."""
from __future__ import annotations

import argparse
import json
import sys
from contextlib import contextmanager
from pathlib import Path

from . import __version__
from .errors import GlossaryError

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _err(message: str) -> None:
    print(f"glossary: error: {message}", file=sys.stderr)


def _warn(message: str) -> None:
    print(f"glossary: warning: {message}", file=sys.stderr)


def _target_lang(code: str) -> str:
    """A BCP 47 tag for English (en, en-GB, en-US); anything else is a usage error."""
    from .errors import UsageError
    from .exchange import language_tag

    try:
        tag = language_tag(code)
    except GlossaryError:
        raise UsageError(f"--target-lang {code}: not a language tag (e.g. en, en-GB)") from None
    if tag.split("-")[0].lower() != "en":
        raise UsageError(f"--target-lang {code}: the model translates into English; give en or a variant (en-GB, en-US)")
    return tag


def _console():
    from rich.console import Console

    return Console(stderr=True)


@contextmanager
def progress_bar(label: str, quiet: bool):
    """Yields a factory(total) -> advance(n); a rich bar on stderr unless --quiet."""
    if quiet:
        yield lambda total: None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(
        TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), console=_console(), transient=False
    ) as bar:

        def factory(total: int):
            task = bar.add_task(label, total=total)
            return lambda n: bar.advance(task, n)

        yield factory


# ---------------------------------------------------------------- models
def cmd_models_list(args) -> int:
    from . import models

    found = models.installed()
    if args.json:
        print(json.dumps([{**m.__dict__, "path": str(m.path)} for m in found], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not found:
        print(f"no Argos packages installed in {models.packages_dir()}")
        print(f"to translate German→English, {models.HOW_TO_INSTALL}")
        return EXIT_OK
    for m in found:
        print(f"{m.name}\t{m.pair}\tv{m.version}\t{m.path}")
    return EXIT_OK


def cmd_models_install(args) -> int:
    from . import models

    info = models.install(args.package)
    print(f"installed {info.name} ({info.pair}, v{info.version}) in {info.path}")
    return EXIT_OK


def cmd_models_remove(args) -> int:
    from . import models

    info = models.remove(args.package)
    print(f"removed {info.name} ({info.pair}, v{info.version}) from {info.path}")
    return EXIT_OK


# ---------------------------------------------------------------- translate
def _engine(args):
    from .engine import DecodingSettings, Engine
    from .memory import TranslationMemory

    defaults = DecodingSettings()  # extract --mt and eval --translate do not expose the decoding options
    settings = DecodingSettings(
        beam_size=getattr(args, "beam_size", defaults.beam_size),
        threads=getattr(args, "threads", defaults.threads),
        batch_tokens=getattr(args, "batch_tokens", defaults.batch_tokens),
    )
    memory = None if args.no_memory else TranslationMemory(args.memory)
    return Engine(settings=settings, memory=memory)


def cmd_translate(args) -> int:
    from .errors import UsageError
    from .translate import check_output_folder, prepare_output_folder, single_file_output, translate_file, translate_paths, translate_stream

    lang = _target_lang(args.target_lang)
    if args.inputs == ["-"]:
        if args.output not in (None, "-") and Path(args.output).is_dir():
            raise UsageError(f"{args.output}: is a folder; with stdin, -o names a file (or '-' for stdout)")
        glossary = _glossary(args.glossary) if args.glossary else None
        data = sys.stdin.buffer.read()
        engine = _engine(args)
        out, warnings = translate_stream(data, engine, glossary=glossary, fmt=args.from_format or "txt", overwrite_existing=args.overwrite_existing, target_lang=lang)
        for warning in warnings:
            _warn(warning)
        if args.output in (None, "-"):
            sys.stdout.buffer.write(out)
        else:
            from .textio import atomic_write_bytes

            atomic_write_bytes(Path(args.output), out)
        return EXIT_OK
    if "-" in args.inputs:
        raise UsageError("'-' (stdin) cannot be mixed with files")
    if not args.output:
        raise UsageError("translate needs -o OUTDIR for files and folders (-o FILE.ext for one file, or '-' to read stdin)")
    if single_file_output(args.inputs, args.output):
        glossary = _glossary(args.glossary) if args.glossary else None
        result = translate_file(Path(args.inputs[0]), Path(args.output), _engine(args), glossary, args.overwrite_existing, lang)
        for warning in result.warnings:
            _warn(warning)
        if not args.quiet:
            print(f"{result.source} → {result.output}: {result.segments} segments", file=sys.stderr)
        return EXIT_OK
    check_output_folder(args.inputs, Path(args.output))
    glossary = _glossary(args.glossary) if args.glossary else None
    engine = _engine(args)  # finds the model (cheap); it is loaded on first use
    prepare_output_folder(Path(args.output))
    with progress_bar("translating", args.quiet) as factory:
        run = translate_paths(args.inputs, Path(args.output), engine, factory, glossary=glossary, overwrite_existing=args.overwrite_existing, target_lang=lang)
    for failed in run.failed:
        _err(failed.error)
    for result in run.files:
        for warning in result.warnings:
            _warn(warning)
    if run.record_error:
        _err(run.record_error)
    if args.json:
        print(json.dumps(run, default=lambda o: o.__dict__, ensure_ascii=False, indent=2))
    elif not args.quiet:
        done = [f for f in run.files if f.output]
        print(
            f"{len(done)} file(s) → {args.output}: {run.sentences} sentences, "
            f"{run.translated} translated, {run.from_memory} from memory, {run.kept} human translations kept"
            + (f", {run.unsplittable} left in German (see the run record)" if run.unsplittable else "")
            + f" [{run.signature}]",
            file=sys.stderr,
        )
    return EXIT_FINDINGS if run.failed or run.record_error else EXIT_OK


def _glossary(path):
    """Load and validate: conflicting entries stop the run before anything else happens."""
    from . import store

    return store.load(path).check()


# ---------------------------------------------------------------- check
def cmd_check(args) -> int:
    from rich.console import Console

    from .bitext import pair_paths, pairs_from_run
    from .check import Checker
    from .reports import print_text, to_html, to_json

    glossary = _glossary(args.glossary) if args.glossary else None
    problems: list[str] = []
    if args.run:
        pairs = pairs_from_run(Path(args.run))
    elif len(args.paths) == 1:
        from .bitext import pairs_from_bilingual
        from .formats import is_bilingual

        if not is_bilingual(Path(args.paths[0])):
            raise GlossaryError(f"{args.paths[0]}: one file is enough only for PO, XLIFF or TMX; give SOURCE TARGET otherwise")
        pairs = pairs_from_bilingual(Path(args.paths[0]))
    elif len(args.paths) == 2:
        pairs, problems = pair_paths(Path(args.paths[0]), Path(args.paths[1]))
    else:
        raise GlossaryError("check needs SOURCE TARGET (files or folders), or --run OUTDIR/glossary-run.json")
    for message in problems:
        _err(message)
    if not pairs:
        raise GlossaryError("nothing to check")
    extracted = []
    if not args.no_extract:
        from .formats.text import read_string
        from .terms import extract

        by_file: dict[str, list[str]] = {}
        for p in pairs:
            by_file.setdefault(p.file, []).append(p.source)
        docs = [read_string("\n".join(lines), name) for name, lines in by_file.items()]
        extracted = extract(docs, limit=args.watch)
    report = Checker(glossary, extracted).check(pairs)
    if args.html:
        from .textio import atomic_write_text

        atomic_write_text(Path(args.html), to_html(report, pairs))
    if args.json:
        print(to_json(report))
    else:
        print_text(report, Console(highlight=False, soft_wrap=True))
    if problems:
        return EXIT_ERROR
    return EXIT_FINDINGS if report.at_least(args.fail_on) else EXIT_OK


# ---------------------------------------------------------------- review
def cmd_review(args) -> int:
    from .review import ReviewSession

    if args.glossary and Path(args.glossary).exists():
        _glossary(args.glossary)  # conflicts stop us before the screen opens
    session = ReviewSession(args.inputs, args.glossary, args.translations)
    if not session.segments:
        raise GlossaryError("no readable documents to review" + (f" ({session.problems[0]})" if session.problems else ""))

    def engine_factory():
        from .engine import Engine

        return Engine()

    from .memory import TranslationMemory

    try:
        from tui.app import ReviewApp
    except ImportError as err:  # the library works without the screen
        raise GlossaryError(f"the review app is not installed ({err}); reinstall with ./setup.sh") from None
    ReviewApp(session, engine_factory, TranslationMemory(args.memory)).run()
    return EXIT_OK


# ---------------------------------------------------------------- export / import
def cmd_export(args) -> int:
    from .exchange import RUN_FORMATS, export_glossary
    from .exchange.runs import load_run, to_tmx, to_xliff
    from .textio import atomic_write_bytes

    fmt = args.format or (Path(args.output).suffix.lstrip(".").lower() if args.output not in (None, "-") else "")
    if not fmt:
        raise GlossaryError("say which format: --format tbx|csv|tsv|deepl|json (glossaries) or tmx|xliff (runs)")
    if fmt in RUN_FORMATS:
        record = load_run(Path(args.input))
        data = (to_tmx if fmt == "tmx" else to_xliff)(record, args.source_lang, args.target_lang)
    else:
        from . import store

        data = export_glossary(store.load(args.input), fmt, args.source_lang, args.target_lang)
    if args.output in (None, "-"):
        sys.stdout.buffer.write(data)
    else:
        atomic_write_bytes(Path(args.output), data)
        print(f"wrote {args.output} ({fmt})", file=sys.stderr)
    return EXIT_OK


def cmd_import(args) -> int:
    from . import store
    from .exchange import import_glossary

    imported = import_glossary(Path(args.input), args.format, args.source_lang, args.target_lang)
    for warning in imported.warnings:
        _warn(warning)
    out = Path(args.output)
    store.add_to_file(out, imported.glossary.entries, overwrite=args.overwrite)
    print(f"{len(imported.glossary.entries)} entries from {args.input} → {out}" + (f", {len(imported.warnings)} warning(s)" if imported.warnings else ""), file=sys.stderr)
    return EXIT_FINDINGS if imported.warnings and args.strict else EXIT_OK


# ---------------------------------------------------------------- eval
def _lines(path: str) -> list[str]:
    from .textio import read_text

    return read_text(Path(path)).text.splitlines()


def cmd_eval(args) -> int:
    from .evaluate import evaluate, to_svg

    sources = _lines(args.src)
    references = [_lines(r) for r in args.ref]
    systems = [(_system_name(h), _lines(h)) for h in args.hyps]
    glossary = _glossary(args.glossary) if args.glossary else None
    if args.translate:
        engine = _engine(args)
        with progress_bar("translating", args.quiet) as factory:
            raw = engine.translate(sources, progress=factory(len(sources)))
        systems.append(("glossary engine", raw))
        if glossary is not None:
            from .enforce import Enforcer

            enforced = [r.target for r in Enforcer(glossary, engine).enforce(sources, raw)]
            systems.append(("glossary engine + terms", enforced))
    if not systems:
        raise GlossaryError("eval needs at least one HYP file, or --translate")
    evaluation = evaluate(sources, references, systems, glossary, bootstrap=args.bootstrap)
    if args.plot:
        from .textio import atomic_write_text

        if not args.plot.endswith(".svg"):
            raise GlossaryError(f"{args.plot}: the chart is written as SVG; name it .svg")
        atomic_write_text(Path(args.plot), to_svg(evaluation))
    if args.json:
        from dataclasses import asdict

        print(json.dumps(asdict(evaluation) | {"ranked": [s.name for s in evaluation.ranked()]}, ensure_ascii=False, indent=2))
        return EXIT_OK
    terms = glossary is not None
    header = f"{'rank':>4}  {'system':40} {'BLEU':>6} {'chrF':>6} {'TER':>6}" + ("  term-succ  term-cons" if terms else "")
    print(header)
    for rank, s in enumerate(evaluation.ranked(), start=1):
        line = f"{rank:>4}  {s.name[:40]:40} {s.bleu:6.1f} {s.chrf:6.1f} {s.ter:6.1f}"
        if terms:
            line += f"  {_rate(s.term_success):>9}  {_rate(s.term_consistency):>9}"
        if s.bootstrap:
            b = s.bootstrap.get("BLEU", {})
            if b.get("ci") is not None:
                line += f"   BLEU {b['mean']:.1f} ± {b['ci']:.1f}" + (f" p={b['p_value']:.4f}" if b.get("p_value") is not None else " (baseline)")
        print(line)
    for metric, signature in evaluation.signatures.items():
        print(f"{metric}: {signature}")
    if evaluation.glossary:
        print(f"glossary: {evaluation.glossary}")
    return EXIT_OK


def _system_name(path: str) -> str:
    """newstest2021.de-en.hyp.UF.en → UF; other files by their name."""
    name = Path(path).name
    if ".hyp." in name:
        return name.split(".hyp.", 1)[1].rsplit(".", 1)[0]
    return name


def _rate(value) -> str:
    return "-" if value is None else f"{value:.3f}"


# ---------------------------------------------------------------- extract
def cmd_extract(args) -> int:
    from . import store
    from .terms import extract
    from .translate import read_documents

    read, failed = read_documents(args.inputs)
    for message in failed:
        _err(message)
    docs = [doc for doc, _ in read]
    if not docs:
        raise GlossaryError("no readable documents to extract terms from")
    into_output = args.output not in (None, "-") and not args.json
    existing = store.load(args.glossary) if args.glossary else None
    if existing is None and not into_output and args.output not in (None, "-") and Path(args.output).is_file():
        raise GlossaryError(f"{args.output}: exists; --json writes a new file (remove it or choose another -o)")
    engine = _engine(args) if args.mt else None
    with progress_bar("extracting", args.quiet) as factory:
        entries = extract(docs, limit=args.limit, engine=engine, progress=factory(sum(len(d.segments) for d in docs)))
    glossary = store.merge(existing, entries) if existing is not None else store.Glossary(entries)
    if into_output:
        # Reviewed work in the -o file is never overwritten: merged under the file's lock at write time.
        result = store.add_to_file(Path(args.output), glossary.entries, overwrite=args.overwrite)
        if not args.quiet:
            kept = sum(1 for e in result.glossary.entries if e.status != "candidate")
            print(
                f"{len(entries)} candidates from {len(docs)} document(s) → {args.output}"
                + (f" ({kept} reviewed entries kept)" if result.merged or existing is not None else ""),
                file=sys.stderr,
            )
    else:
        text = json.dumps([e.to_row() for e in glossary.entries], ensure_ascii=False, indent=2) + "\n" if args.json else store.to_tsv(glossary)
        if args.output in (None, "-"):
            sys.stdout.write(text)
        else:
            from .textio import atomic_write_text

            atomic_write_text(Path(args.output), text)
    return EXIT_FINDINGS if failed else EXIT_OK


# ---------------------------------------------------------------- parser
def _at_least(low: int):
    """An argparse type: an integer no smaller than `low` (a usage error otherwise, exit 2)."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
        if value < low:
            raise argparse.ArgumentTypeError(f"must be at least {low}, not {value}")
        return value

    parse.__name__ = f"integer ≥ {low}"
    return parse


def _add_debug_everywhere(parser: argparse.ArgumentParser) -> None:
    """`--debug` is accepted after the command too (`glossary translate … --debug`)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                child.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help="show tracebacks on errors")
                _add_debug_everywhere(child)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="glossary",
        description="Offline German→English translation and terminology toolkit.",
    )
    parser.add_argument("--version", action="version", version=f"glossary {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    models = sub.add_parser("models", help="list, install and remove Argos translation models")
    msub = models.add_subparsers(dest="models_command", metavar="ACTION")
    p = msub.add_parser("list", help="installed Argos packages")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_models_list)
    p = msub.add_parser("install", help="install from the Argos index (NAME, e.g. translate-de_en) or a .argosmodel file")
    p.add_argument("package", help="translate-de_en, or PATH/to/file.argosmodel")
    p.set_defaults(func=cmd_models_install)
    p = msub.add_parser("remove", help="remove an installed package")
    p.add_argument("package", help="package name as shown by `glossary models list`")
    p.set_defaults(func=cmd_models_remove)
    models.set_defaults(func=lambda a: (models.print_help(), EXIT_ERROR)[1])

    p = sub.add_parser("translate", help="translate files and folders (txt, md, html, srt, po, xliff, tmx, docx) German→English")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="files or folders; '-' reads stdin")
    p.add_argument("-o", "--output", metavar="OUTDIR", help="output folder ('-' or a file name with stdin)")
    p.add_argument("--beam-size", type=_at_least(1), default=4, help="beam size (default 4, as argostranslate)")
    p.add_argument("--threads", type=_at_least(0), default=0, help="parallel batches (default: one per core)")
    p.add_argument("--batch-tokens", type=_at_least(1), default=2048, help="tokens per batch (default 2048)")
    p.add_argument("--memory", metavar="FILE", help="translation memory (default ~/.cache/glossary/memory.sqlite)")
    p.add_argument("--no-memory", action="store_true", help="translate everything afresh, remember nothing")
    p.add_argument("--glossary", metavar="FILE", help="enforce the approved entries of this glossary TSV")
    p.add_argument("--target-lang", default="en", metavar="TAG", help="English variant the outputs are labelled with (en, en-GB, en-US; default en)")
    p.add_argument("--overwrite-existing", action="store_true", help="also retranslate human translations already in PO/XLIFF/TMX files (translate=\"no\" units never)")
    p.add_argument("--from-format", metavar="EXT", help="with stdin: its format as an extension (md, html, po, xlf, …; default txt)")
    p.add_argument("--json", action="store_true", help="print the run record as JSON")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary")
    p.set_defaults(func=cmd_translate)

    p = sub.add_parser("check", help="find missing, forbidden and inconsistent terms, numbers and URLs in translations")
    p.add_argument("paths", nargs="*", metavar="PATH", help="SOURCE TARGET (files or folders), or one PO/XLIFF/TMX file")
    p.add_argument("--run", metavar="FILE", help="check a translation run record (OUTDIR/glossary-run.json)")
    p.add_argument("--glossary", metavar="FILE", help="glossary TSV: approved entries must be used, forbidden ones not")
    p.add_argument("--fail-on", choices=("error", "warning", "info"), default="error", help="exit 1 at this severity (default error)")
    p.add_argument("--json", action="store_true", help="machine-readable report")
    p.add_argument("--html", metavar="FILE", help="also write an HTML report for reviewers")
    p.add_argument("--watch", type=_at_least(0), default=300, help="extracted terms watched for inconsistency (default 300)")
    p.add_argument("--no-extract", action="store_true", help="check glossary entries only, no extracted terms")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("review", help="open the terminal app to review segments, findings and the glossary")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="German files or folders")
    p.add_argument("--glossary", metavar="FILE", help="glossary TSV to review and save")
    p.add_argument("--translations", metavar="DIR", help="the output folder of `glossary translate`")
    p.add_argument("--memory", metavar="FILE", help="translation memory that receives reviewed translations")
    p.set_defaults(func=cmd_review)

    p = sub.add_parser("export", help="glossary to TBX, CSV, TSV, DeepL pairs or JSON; a run record to TMX or XLIFF 2.1")
    p.add_argument("input", metavar="FILE", help="glossary TSV, or OUTDIR/glossary-run.json for tmx/xliff")
    p.add_argument("--format", choices=("tbx", "csv", "tsv", "deepl", "json", "tmx", "xliff"), help="default: from -o's extension")
    p.add_argument("-o", "--output", metavar="FILE", help="file to write (default: stdout)")
    p.add_argument("--source-lang", default="de", help="source language tag (default de)")
    p.add_argument("--target-lang", default="en", help="target language tag (default en, e.g. en-GB)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("import", help="TBX (v3 or 2008: MultiTerm, memoQ, Weblate), CSV, TSV, DeepL pairs or JSON into a glossary TSV")
    p.add_argument("input", metavar="FILE")
    p.add_argument("-o", "--output", required=True, metavar="FILE.tsv", help="glossary TSV (merged into if it exists)")
    p.add_argument("--format", choices=("tbx", "csv", "tsv", "deepl", "json"), help="default: from the extension")
    p.add_argument("--source-lang", default="de")
    p.add_argument("--target-lang", default="en")
    p.add_argument("--overwrite", action="store_true", help="replace -o instead of merging")
    p.add_argument("--strict", action="store_true", help="exit 1 when anything could not be mapped")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("eval", help="BLEU, chrF, TER (sacrebleu) and term success/consistency per system")
    p.add_argument("hyps", nargs="*", metavar="HYP", help="system outputs, line-aligned with --src")
    p.add_argument("--src", required=True, metavar="SRC", help="German source, one segment per line")
    p.add_argument("--ref", required=True, action="append", metavar="REF", help="English reference (repeatable)")
    p.add_argument("--glossary", metavar="FILE", help="glossary TSV for term success and consistency")
    p.add_argument("--translate", action="store_true", help="also score our engine on SRC (and with --glossary enforced)")
    p.add_argument("--bootstrap", type=_at_least(0), default=0, metavar="N", help="paired bootstrap with N resamples (first HYP is the baseline)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--plot", metavar="FILE.svg", help="write a bar chart of the metrics per system")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.add_argument("--memory", metavar="FILE", help="translation memory for --translate")
    p.add_argument("--no-memory", action="store_true", help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("extract", help="build a bilingual glossary of candidate terms from German documents")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="files or folders (.txt, .md)")
    p.add_argument("-o", "--output", metavar="FILE", help="glossary TSV to write (default: stdout)")
    p.add_argument("--glossary", metavar="FILE", help="existing glossary to merge into (default: the -o file if it exists)")
    p.add_argument("--overwrite", action="store_true", help="replace the -o file instead of merging into it")
    p.add_argument("--limit", type=_at_least(1), default=None, help="keep the N best candidates")
    p.add_argument("--mt", action="store_true", help="also ask the installed model (terms alone and in context)")
    p.add_argument("--json", action="store_true", help="write JSON instead of TSV")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary")
    p.add_argument("--memory", metavar="FILE", help=argparse.SUPPRESS)
    p.add_argument("--no-memory", action="store_true", help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_extract)
    _add_debug_everywhere(parser)
    return parser


def _os_error_line(err: OSError) -> str:
    """One line for a failure of the file system, naming the file and what to do."""
    import errno

    where = err.filename or ""
    hint = {
        errno.ENOSPC: "the disk is full; free some space and run again",
        errno.EDQUOT: "the disk quota is exceeded; free some space and run again",
        errno.EROFS: "the file system is read-only; choose another output folder",
        errno.EACCES: "permission denied; choose a path you can write or fix its permissions",
        errno.EPERM: "operation not permitted; choose another path",
        errno.ENOENT: "no such file or folder",
        errno.EEXIST: "already exists and is in the way; choose another path",
        errno.ENOTDIR: "a file is in the way where a folder is needed; choose another path",
        errno.EISDIR: "is a folder where a file is needed; choose another path",
        errno.ENAMETOOLONG: "the file name is too long",
    }.get(err.errno, err.strerror or str(err))
    return f"{where}: {hint}" if where else hint


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_ERROR
    debug = getattr(args, "debug", False)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as err:  # the edge: every failure is one line; the traceback only with --debug
        if debug:
            raise
        from .errors import GlossaryError as Known

        if isinstance(err, Known):
            _err(str(err))
            return err.exit_code
        if isinstance(err, OSError):
            _err(_os_error_line(err))
            return EXIT_FINDINGS
        import sqlite3

        if isinstance(err, sqlite3.Error):
            _err(f"translation memory: {err}; use --memory to choose another file, or --no-memory")
            return EXIT_FINDINGS
        _err(f"unexpected {type(err).__name__}: {str(err).splitlines()[0] if str(err) else 'no message'} (rerun with --debug for details)")
        return EXIT_FINDINGS


if __name__ == "__main__":
    sys.exit(main())
