"""`glossary translate`: files, folders or stdin to English, human work kept, terms enforced."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ..errors import UsageError
from .common import (
    DOCUMENT_KINDS,
    EXIT_FINDINGS,
    EXIT_INTERRUPTED,
    EXIT_OK,
    add_decoding,
    add_glossary,
    add_json,
    add_memory,
    add_quiet,
    at_least,
    engine_from,
    english_tag,
    err,
    glossary_from,
    run_progress,
    say,
    warn,
)  # fmt: skip

DEFAULT_CHUNK_TOKENS = 1000  # translate.DEFAULT_CHUNK_TOKENS (a test keeps them equal; help loads no library)


def register(sub) -> None:
    kinds = DOCUMENT_KINDS
    p = sub.add_parser(
        "translate", help=f"translate files and folders ({kinds}) German→English",
        description="Translate files, folders or stdin German→English, keeping each format's structure, "
        "inline markup and human translations.",
    )  # fmt: skip
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="files or folders; '-' reads stdin")
    p.add_argument(
        "-o",
        "--output",
        metavar="OUTDIR",
        help="output folder (a file name with one input file; '-' or a file with stdin)",
    )
    add_decoding(p)
    add_memory(p)
    add_glossary(p, "enforce the approved entries of this glossary TSV")
    p.add_argument(
        "--terms", metavar="FILE.jsonl",
        help='segment-level terms: one JSON list per line of the one input, [{"de": …, "en": …}, …] (WMT format)',
    )  # fmt: skip
    p.add_argument(
        "--target-lang",
        default="en",
        metavar="TAG",
        help="English variant the outputs are labelled with (en, en-GB, en-US; default en)",
    )
    p.add_argument(
        "--overwrite-existing",
        action="store_true",
        help='also retranslate human translations already in PO/XLIFF/TMX files (translate="no" units never)',
    )
    p.add_argument(
        "--pdf-to", choices=("md", "docx"), default="",
        help="write translated PDFs as Markdown (default) or Word; a PDF is read, never written",
    )  # fmt: skip
    p.add_argument(
        "--translate-sheet-names", action="store_true",
        help="also translate Excel sheet names, renaming them in formulas, defined names and charts",
    )  # fmt: skip
    p.add_argument(
        "--from-format", metavar="EXT", help=f"with stdin: its format as an extension ({kinds}; default txt)"
    )
    p.add_argument(
        "--chunk-tokens", type=at_least(1), default=None, metavar="N",
        help="translate in chunks of about N tokens: memory and the work a crash can lose depend on it "
        "(default %d)" % DEFAULT_CHUNK_TOKENS,
    )  # fmt: skip
    p.add_argument(
        "--force", action="store_true", help="translate every input again, even those OUTDIR's manifest has as done"
    )
    p.add_argument(
        "--workers", type=at_least(1), metavar="N", help="translate on a Dask LocalCluster of N worker processes"
    )
    p.add_argument(
        "--scheduler", metavar="ADDRESS", help="translate on an existing Dask cluster (e.g. tcp://HOST:8786)"
    )
    add_json(p, "print the run record summary as JSON")
    add_quiet(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from .. import translate as lib

    lang = english_tag(args.target_lang)
    options = {"overwrite_existing": args.overwrite_existing, "target_lang": lang, "pdf_to": args.pdf_to}
    options["translate_sheet_names"] = args.translate_sheet_names
    if args.terms:
        from ..segterms import load

        options["terms"] = load(Path(args.terms))
    mode = lib.run_mode(args.inputs, args.output)
    if mode != "folder" and (args.workers or args.scheduler):
        raise UsageError("--workers/--scheduler translate folders and files to -o OUTDIR, not stdin or one -o FILE")
    if args.workers and args.scheduler:
        raise UsageError("give --workers N (a cluster on this machine) or --scheduler ADDRESS, not both")
    if mode == "stdin":
        engine = engine_from(args)
        out, warnings = lib.translate_stream(
            sys.stdin.buffer.read(), engine, glossary=glossary_from(args), fmt=args.from_format or "txt", **options
        )
        for warning in warnings:
            warn(warning)
        say(f"stdin: [{engine.signature}]", args.quiet)
        if args.output in (None, "-"):
            sys.stdout.buffer.write(out)
        else:
            from ..textio import atomic_write_bytes

            atomic_write_bytes(Path(args.output), out)
        return EXIT_OK
    if mode == "file":
        glossary = glossary_from(args)
        engine = engine_from(args)
        result = lib.translate_file(Path(args.inputs[0]), Path(args.output), engine, glossary, **options)
        for warning in result.warnings + result.notices:
            warn(warning)
        say(f"{result.source} → {result.output}: {result.segments} segments [{engine.signature}]", args.quiet)
        return EXIT_OK
    glossary = glossary_from(args)
    engine = engine_from(args)
    lib.prepare_output_folder(Path(args.output))
    runner = None
    if args.workers or args.scheduler:
        from ..cluster import DaskRunner

        runner = DaskRunner(engine, glossary, workers=args.workers, scheduler=args.scheduler)
    chunk_tokens = args.chunk_tokens or lib.DEFAULT_CHUNK_TOKENS
    try:
        with run_progress(args.quiet) as factory:
            result = lib.translate_paths(
                args.inputs, Path(args.output), engine, factory, glossary=glossary, chunk_tokens=chunk_tokens,
                force=args.force, runner=runner, **options,
            )  # fmt: skip
    finally:
        if runner is not None:
            runner.close()
    for failed in result.failed:
        err(failed.error)
    for warning in (w for f in result.files for w in f.warnings + f.notices):
        warn(warning)
    if result.record_error:
        err(result.record_error)
    if args.json:
        print(json.dumps(result, default=lambda o: o.__dict__, ensure_ascii=False, indent=2))
    else:
        say(result.summary(args.output), args.quiet)
    if result.interrupted:
        return EXIT_INTERRUPTED
    return EXIT_FINDINGS if result.failed or result.record_error else EXIT_OK
