"""`glossary export`: a glossary as TBX/CSV/TSV/DeepL/JSON, or a run record as TMX/XLIFF."""

from __future__ import annotations

import sys
from pathlib import Path

from .common import EXIT_OK, add_languages, say


def register(sub) -> None:
    from ..exchange import FORMATS, RUN_FORMATS

    p = sub.add_parser(
        "export", help="glossary to TBX, CSV, TSV, DeepL pairs or JSON; a run record to TMX or XLIFF 2.1",
        description="Export a glossary for translators' tools, or a translation run for CAT tools.",
    )  # fmt: skip
    p.add_argument("input", metavar="FILE", help="glossary TSV, or OUTDIR/glossary-run.jsonl for tmx/xliff")
    p.add_argument("--format", choices=FORMATS + RUN_FORMATS, help="default: from -o's extension")
    p.add_argument("-o", "--output", metavar="FILE", help="file to write (default: stdout)")
    add_languages(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from ..exchange import export
    from ..textio import atomic_write_bytes

    data, fmt = export(Path(args.input), args.format, args.output, args.source_lang, args.target_lang)
    if args.output in (None, "-"):
        sys.stdout.buffer.write(data)
    else:
        atomic_write_bytes(Path(args.output), data)
        say(f"wrote {args.output} ({fmt})")
    return EXIT_OK
