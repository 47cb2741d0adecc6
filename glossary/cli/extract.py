"""`glossary extract`: a bilingual glossary of candidate terms from German documents."""

from __future__ import annotations

import sys

from .common import (
    DOCUMENT_KINDS,
    EXIT_FINDINGS,
    EXIT_OK,
    add_glossary,
    add_json,
    add_memory,
    add_quiet,
    at_least,
    engine_from,
    err,
    progress_bar,
    say,
)


def register(sub) -> None:
    kinds = DOCUMENT_KINDS
    p = sub.add_parser(
        "extract", help="build a bilingual glossary of candidate terms from German documents",
        description="Extract terms, compounds, multi-word terms and names from German documents, "
        "with proposed English.",
    )  # fmt: skip
    p.add_argument("inputs", nargs="+", metavar="INPUT", help=f"files or folders ({kinds})")
    p.add_argument("-o", "--output", metavar="FILE", help="glossary TSV to write (default: stdout)")
    add_glossary(p, "existing glossary to merge into (default: the -o file if it exists)")
    p.add_argument("--overwrite", action="store_true", help="replace the -o file instead of merging into it")
    p.add_argument("--limit", type=at_least(1), default=None, help="keep the N best candidates")
    p.add_argument("--mt", action="store_true", help="also ask the installed model (terms alone and in context)")
    p.add_argument(
        "--workers", type=at_least(1), default=None, metavar="N",
        help="processes to read and propose on (default from 50,000 words: one per core, as memory allows;"
        " the list is the same)",
    )  # fmt: skip
    add_json(p, "write JSON instead of TSV")
    add_quiet(p)
    add_memory(p, hidden=True)
    p.set_defaults(func=run)


def run(args) -> int:
    from ..terms import extract_glossary

    engine = engine_from(args) if args.mt else None
    with progress_bar("extracting", args.quiet) as factory:
        result = extract_glossary(
            args.inputs, args.output, args.glossary, args.overwrite, args.json, args.limit, engine, factory,
            args.workers,
        )  # fmt: skip
    for message in result.failed:
        err(message)
    if result.text is not None:
        sys.stdout.write(result.text)
    elif args.output not in (None, "-") and not args.json:
        kept = f" ({result.kept} reviewed entries kept)" if result.kept else ""
        say(
            f"{len(result.candidates)} candidates from {result.documents} document(s) → {args.output}{kept}", args.quiet
        )
    return EXIT_FINDINGS if result.failed else EXIT_OK
