"""Check reports: text for the terminal, JSON for machines, HTML and CSV (Excel) for reviewers."""

from __future__ import annotations

import html
import json
from collections import defaultdict
from typing import Sequence

from .check import CheckReport, Finding
from .document import SegmentPair


def to_json(report: CheckReport) -> str:
    return json.dumps(
        {
            "glossary": report.glossary,
            "glossary_digest": report.glossary_digest,
            "segments": report.segments,
            "term_occurrences": report.term_occurrences,
            "term_success_rate": report.term_success_rate,
            "counts": dict(report.counts()),
            "findings": [f.to_dict() for f in report.findings],
        },
        ensure_ascii=False,
        indent=2,
    )


CSV_COLUMNS = ("id", "severity", "rule", "file", "line", "segment", "term", "german", "english", "message",
               "suggestion", "source", "target")  # fmt: skip


def to_csv(report: CheckReport, pairs: Sequence[SegmentPair]) -> bytes:
    """One row per finding with its segment's German and English, for reviewers in Excel or LibreOffice:
    UTF-8 with a BOM (so Excel reads the umlauts), CRLF rows, cells that start like a formula quoted."""
    import csv
    import io

    text = {(p.file, p.index): p for p in pairs}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for f in report.findings:
        pair = text.get((f.file, f.segment))
        row = (
            f.id, f.severity, f.rule, f.file, f.line, f.segment, f.term,
            f.source_span[2] if f.source_span else "", f.target_span[2] if f.target_span else "",
            f.message, f.suggestion, pair.source if pair else "", pair.target if pair else "",
        )  # fmt: skip
        writer.writerow([_inert(str(cell)) for cell in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _inert(cell: str) -> str:
    """A cell a spreadsheet would run as a formula (=, +, -, @ first) is shown as text instead."""
    return "'" + cell if cell[:1] in ("=", "+", "-", "@", "\t", "\r") else cell


def _by_term(findings: Sequence[Finding]) -> dict[str, list[Finding]]:
    groups: dict[str, list[Finding]] = defaultdict(list)
    for f in findings:
        groups[f"{f.rule}: {f.term}"].append(f)
    return dict(sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])))


def print_text(report: CheckReport, console) -> None:
    """Grouped by rule and term, with counts, each finding one line with its location."""
    colours = {"error": "red", "warning": "yellow", "info": "cyan"}
    for group, findings in _by_term(report.findings).items():
        worst = max((f.severity for f in findings), key=("info", "warning", "error").index)
        console.print(f"[bold {colours[worst]}]{group}[/] ×{len(findings)}", highlight=False)
        for f in findings:
            where = f"{f.file}:{f.line}" if f.line else f"{f.file}#{f.segment}"
            console.print(
                f"  {f.id} {f.severity:7} {where}  {f.message}" + (f" → {f.suggestion}" if f.suggestion else ""),
                highlight=False,
                markup=False,
            )
    console.print(summary(report), highlight=False)


def summary(report: CheckReport) -> str:
    counts = report.counts()
    rate = report.term_success_rate
    parts = [
        f"{report.segments} segment(s)",
        f"{counts.get('error', 0)} error(s)",
        f"{counts.get('warning', 0)} warning(s)",
    ]
    if rate is not None:
        parts.append(f"term success {rate:.3f} ({report.term_successes}/{report.term_occurrences})")
    if report.glossary:
        parts.append(f"glossary {report.glossary}#{report.glossary_digest}")
    return "; ".join(parts)


def _mark(text: str, span) -> str:
    if not span:
        return html.escape(text)
    start, end = span[0], span[1]
    return html.escape(text[:start]) + "<mark>" + html.escape(text[start:end]) + "</mark>" + html.escape(text[end:])


def to_html(report: CheckReport, pairs: Sequence[SegmentPair]) -> str:
    lookup = {(p.file, p.index): p for p in pairs}
    rows = []
    for group, findings in _by_term(report.findings).items():
        rows.append(f'<h2>{html.escape(group)} <span class="count">×{len(findings)}</span></h2><table>')
        rows.append(
            "<tr><th>id</th><th>severity</th><th>where</th><th>German</th><th>English</th><th>problem</th></tr>"
        )
        for f in findings:
            pair = lookup.get((f.file, f.segment))
            de = _mark(pair.source, f.source_span) if pair else ""
            en = _mark(pair.target, f.target_span) if pair else ""
            where = f"{f.file}:{f.line}" if f.line else f"{f.file}#{f.segment}"
            rows.append(
                f'<tr class="{f.severity}"><td>{f.id}</td><td>{f.severity}</td><td>{html.escape(where)}</td>'
                f"<td>{de}</td><td>{en}</td><td>{html.escape(f.message)}<br><em>{html.escape(f.suggestion)}</em></td></tr>"
            )
        rows.append("</table>")
    return (
        "<!doctype html><html lang=en><meta charset=utf-8><title>glossary check</title><style>"
        "body{font-family:system-ui,sans-serif;margin:2em;max-width:80em}table{border-collapse:collapse;width:100%;margin-bottom:2em}"
        "td,th{border:1px solid #ccc;padding:.3em;vertical-align:top;text-align:left}mark{background:#ffd54f}"
        "tr.error td:nth-child(2){color:#b71c1c}tr.warning "
        "td:nth-child(2){color:#e65100}.count{color:#666;font-weight:normal}"
        f"</style><h1>glossary check</h1><p>{html.escape(summary(report))}</p>" + "".join(rows) + "</html>\n"
    )
