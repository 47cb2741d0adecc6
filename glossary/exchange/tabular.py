"""CSV that Excel opens (UTF-8 with BOM, language-code header), TSV, DeepL-style pairs and JSON."""

from __future__ import annotations

import csv
import io
import json

from ..errors import InputError
from ..store import COLUMNS, Glossary, TermEntry, from_tsv, read_rows, to_tsv
from . import Imported, language_tag, same_language


def write(glossary: Glossary, fmt: str, source_lang: str, target_lang: str) -> bytes:
    if fmt == "tsv":
        return to_tsv(glossary).encode("utf-8")
    if fmt == "json":
        rows = [
            {"source_lang": language_tag(source_lang), "target_lang": language_tag(target_lang), **e.to_row()}
            for e in glossary.entries
        ]
        return (json.dumps(rows, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    if fmt == "deepl":  # DeepL/Google/Amazon: source,target per line, approved entries only, no header
        for e in glossary.approved():
            for target in e.targets()[:1]:
                writer.writerow([e.source, target])
        return out.getvalue().encode("utf-8")
    header = [language_tag(source_lang), language_tag(target_lang)] + [
        c for c in COLUMNS if c not in ("source", "target")
    ]
    writer.writerow(header)
    for e in glossary.entries:
        row = e.to_row()
        writer.writerow([row["source"], row["target"]] + [row[c] for c in COLUMNS if c not in ("source", "target")])
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")


def read(data: bytes, name: str, fmt: str, source_lang: str, target_lang: str) -> Imported:
    from ..textio import decode_bytes

    text = decode_bytes(data, name).text.lstrip("\ufeff")
    if fmt == "tsv":
        return Imported(from_tsv(text, name))
    if fmt == "json":
        return _read_json(text, name)
    rows = read_rows(text, name, ",", csv.QUOTE_MINIMAL)
    rows = [r for r in rows if any(c.strip() for c in r)]
    if not rows:
        raise InputError(f"{name}: no rows")
    header = [h.strip() for h in rows[0]]
    warnings: list[str] = []
    if (
        fmt == "deepl"
        or len(header) < 2
        or not (same_language(header[0], source_lang) and same_language(header[1], target_lang))
    ):
        if fmt == "csv" and len(header) >= 2 and not _looks_like_pair(header):
            raise InputError(
                f"{name}:1: header should start with the language codes {source_lang},{target_lang} (got "
                f"{','.join(header[:2])})"
            )
        entries = []
        for n, row in enumerate(rows, start=1):
            if len(row) < 2 or not row[0].strip():
                warnings.append(f"{name}:{n}: not a source,target pair, skipped")
                continue
            if len(row) > 2:
                warnings.append(f"{name}:{n}: {len(row) - 2} extra column(s) not mapped")
            entries.append(TermEntry(row[0].strip(), row[1].strip(), "approved"))
        return Imported(Glossary(entries, name), warnings)
    entries = []
    known = set(COLUMNS)
    unknown = [h for h in header[2:] if h not in known]
    for h in unknown:
        warnings.append(f"{name}:1: column '{h}' not mapped; its values are dropped")
    tsv = io.StringIO()
    columns = ["source", "target"] + [h for h in header[2:] if h in known]
    tsv.write("\t".join(columns) + "\n")
    keep = [i for i, h in enumerate(header) if i < 2 or h in known]
    for row in rows[1:]:
        row = row + [""] * (len(header) - len(row))
        tsv.write("\t".join(" ".join(row[i].replace("\t", " ").splitlines()) for i in keep) + "\n")
    glossary = from_tsv(tsv.getvalue(), name)
    return Imported(glossary, warnings)


def _cell(value) -> str:
    """A JSON value as one TSV cell: lists joined as the glossary joins them, line breaks flattened."""
    if isinstance(value, list):
        value = " | ".join(str(v) for v in value)
    elif value is None:
        value = ""
    return " ".join(str(value).replace("\t", " ").splitlines())


def _looks_like_pair(header) -> bool:
    try:
        language_tag(header[0])
        language_tag(header[1])
        return False  # real language codes, just other ones
    except InputError:
        return True


def _read_json(text: str, name: str) -> Imported:
    try:
        rows = json.loads(text)
    except ValueError as err:
        raise InputError(f"{name}: not valid JSON ({err})") from None
    except RecursionError:
        raise InputError(f"{name}: JSON nested too deeply; a glossary is a list of flat entries") from None
    if not isinstance(rows, list):
        raise InputError(f"{name}: expected a list of entries")
    warnings = []
    tsv = io.StringIO()
    tsv.write("\t".join(COLUMNS) + "\n")
    for n, row in enumerate(rows, start=1):
        if not isinstance(row, dict) or not isinstance(row.get("source"), str) or not row["source"].strip():
            warnings.append(f"{name}: item {n} has no source, skipped")
            continue
        for key in row:
            if key not in COLUMNS and key not in ("source_lang", "target_lang"):
                warnings.append(f"{name}: item {n}: field '{key}' not mapped")
        tsv.write("\t".join(_cell(row.get(c, "")) for c in COLUMNS) + "\n")
    return Imported(from_tsv(tsv.getvalue(), name), warnings)
