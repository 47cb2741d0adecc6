"""`glossary eval`: BLEU, chrF, TER and term rates per system, as sacrebleu reports them."""

from __future__ import annotations

import json
from pathlib import Path

from .common import (
    EXIT_OK,
    add_glossary,
    add_json,
    add_memory,
    add_quiet,
    at_least,
    engine_from,
    glossary_from,
    progress_bar,
)


def register(sub) -> None:
    p = sub.add_parser(
        "eval", help="BLEU, chrF, TER (sacrebleu) and term success/consistency per system",
        description="Score system outputs against references with sacrebleu, and their use of a glossary.",
    )  # fmt: skip
    p.add_argument("hyps", nargs="*", metavar="HYP", help="system outputs, line-aligned with --src")
    p.add_argument("--src", required=True, metavar="SRC", help="German source, one segment per line")
    p.add_argument("--ref", required=True, action="append", metavar="REF", help="English reference (repeatable)")
    add_glossary(p, "glossary TSV for term success and consistency")
    p.add_argument(
        "--terms", metavar="FILE.jsonl",
        help='segment-level terms, one JSON list per line of SRC: [{"de": …, "en": …}, …] (WMT format)',
    )  # fmt: skip
    p.add_argument(
        "--translate", action="store_true", help="also score our engine on SRC (and with --glossary enforced)"
    )
    p.add_argument(
        "--bootstrap",
        type=at_least(0),
        default=0,
        metavar="N",
        help="paired bootstrap with N resamples (first HYP is the baseline)",
    )
    add_json(p)
    p.add_argument("--plot", metavar="FILE.svg", help="write a bar chart of the metrics per system")
    add_quiet(p, "no progress bar")
    add_memory(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from dataclasses import asdict

    from ..errors import UsageError
    from ..evaluate import run_systems, to_svg, to_table

    if args.plot and not args.plot.endswith(".svg"):
        raise UsageError(f"{args.plot}: the chart is written as SVG; name it .svg")
    terms = None
    if args.terms:
        from ..segterms import load

        terms = load(Path(args.terms))
    engine = engine_from(args) if args.translate else None
    with progress_bar("translating", args.quiet or engine is None) as factory:
        evaluation = run_systems(
            args.src, args.ref, args.hyps, glossary_from(args), engine, factory, args.bootstrap, terms
        )
    if args.plot:
        from ..textio import atomic_write_text

        atomic_write_text(Path(args.plot), to_svg(evaluation))
    if args.json:
        print(
            json.dumps(
                asdict(evaluation) | {"ranked": [s.name for s in evaluation.ranked()]}, ensure_ascii=False, indent=2
            )
        )
    else:
        print(to_table(evaluation))
    return EXIT_OK
