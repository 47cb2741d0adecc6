"""`glossary import`: a TBX/CSV/TSV/DeepL/JSON glossary merged into our TSV (reviewed work kept)."""

from __future__ import annotations

from pathlib import Path

from .common import EXIT_FINDINGS, EXIT_OK, add_languages, say, warn


def register(sub) -> None:
    from ..exchange import FORMATS

    p = sub.add_parser(
        "import", help="TBX (v3 or 2008: MultiTerm, memoQ, Weblate), CSV, TSV, DeepL pairs or JSON into a glossary TSV",
        description="Import a glossary from another tool into a glossary TSV, merging with what is there.",
    )  # fmt: skip
    p.add_argument("input", metavar="FILE", help="the glossary to import")
    p.add_argument("-o", "--output", required=True, metavar="FILE.tsv", help="glossary TSV (merged into if it exists)")
    p.add_argument("--format", choices=FORMATS, help="default: from the extension")
    add_languages(p)
    p.add_argument("--overwrite", action="store_true", help="replace -o instead of merging")
    p.add_argument("--strict", action="store_true", help="exit 1 when anything could not be mapped")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..exchange import import_into

    imported = import_into(
        Path(args.input), Path(args.output), args.format, args.source_lang, args.target_lang, args.overwrite
    )
    for warning in imported.warnings:
        warn(warning)
    n, w = len(imported.glossary.entries), len(imported.warnings)
    say(f"{n} entries from {args.input} → {args.output}" + (f", {w} warning(s)" if w else ""))
    return EXIT_FINDINGS if imported.warnings and args.strict else EXIT_OK
