"""`glossary check`: findings in translations, ours or anyone's, as text, JSON or HTML."""

from __future__ import annotations

from pathlib import Path

from .common import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, add_glossary, add_json, at_least, err, glossary_from


def register(sub) -> None:
    from ..check import RULES, SEVERITIES

    p = sub.add_parser(
        "check", help="find missing, forbidden and inconsistent terms, numbers and URLs in translations",
        description="Check translations against a glossary and themselves: missing, forbidden and inconsistent "
        "terms, numbers, URLs, placeholders, untranslated German.",
    )  # fmt: skip
    p.add_argument(
        "paths", nargs="*", metavar="PATH", help="SOURCE TARGET (files or folders), or one PO/XLIFF/TMX file"
    )
    p.add_argument("--run", metavar="FILE", help="check a translation run record (OUTDIR/glossary-run.jsonl)")
    add_glossary(p, "glossary TSV: approved entries must be used, forbidden ones not")
    p.add_argument(
        "--fail-on", choices=SEVERITIES[::-1], default="error", help="exit 1 at this severity (default error)"
    )
    add_json(p, "machine-readable report")
    p.add_argument("--html", metavar="FILE", help="also write an HTML report for reviewers")
    p.add_argument("--csv", metavar="FILE", help="also write the findings as CSV (Excel, LibreOffice) for reviewers")
    p.add_argument(
        "--checks", metavar="RULES",
        help="run only these rules, comma-separated (default all): " + ", ".join(RULES),
    )  # fmt: skip
    p.add_argument(
        "--watch", type=at_least(0), default=300, help="extracted terms watched for inconsistency (default 300)"
    )
    p.add_argument("--no-extract", action="store_true", help="check glossary entries only, no extracted terms")
    p.set_defaults(func=run)


def run(args) -> int:
    from rich.console import Console

    from ..check import RULES
    from ..checkrun import check_paths
    from ..reports import print_text, to_html, to_json

    rules = [r.strip() for r in args.checks.split(",") if r.strip()] if args.checks else list(RULES)
    result = check_paths(
        args.paths, args.run, glossary_from(args), watch=0 if args.no_extract else args.watch, rules=rules
    )
    for message in result.problems:
        err(message)
    if args.html:
        from ..textio import atomic_write_text

        atomic_write_text(Path(args.html), to_html(result.report, result.pairs))
    if args.csv:
        from ..reports import to_csv
        from ..textio import atomic_write_bytes

        atomic_write_bytes(Path(args.csv), to_csv(result.report, result.pairs))
    if args.json:
        print(to_json(result.report))
    else:
        print_text(result.report, Console(highlight=False, soft_wrap=True))
    if result.problems:
        return EXIT_ERROR
    return EXIT_FINDINGS if result.report.at_least(args.fail_on) else EXIT_OK
