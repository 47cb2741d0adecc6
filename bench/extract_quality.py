"""Term extraction against a gold list written before tuning: recall in the top N and the share of gold
terms whose top English proposal is accepted.

    .venv/bin/python bench/extract_quality.py [--top 150]

Gold: tests/data/extraction/newstest2020-gold.tsv (terms and names a terminologist picked from the first
95 lines of newstest2020.de, 20 articles, with accepted English). The text is split into articles at
headlines (a line without closing punctuation) and handed to `glossary.terms.extract` as documents.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TEXT = ROOT.parent / "shared" / "mtdata" / "newstest" / "newstest2020.de"
GOLD = ROOT / "tests" / "data" / "extraction" / "newstest2020-gold.tsv"

from glossary.document import Document  # noqa: E402
from glossary.formats.text import read_lines_into  # noqa: E402
from glossary.lexicon import TOKEN_RE, spelling_key  # noqa: E402
from glossary.terms import extract  # noqa: E402


def articles(lines: list[str]) -> list[Document]:
    docs: list[list[str]] = []
    for line in lines:
        if not docs or (
            line.strip() and line.rstrip()[-1:] not in '.!?"“”:' and docs[-1][-1].rstrip()[-1:] in '.!?"“”'
        ):
            docs.append([])
        docs[-1].append(line)
    out = []
    for k, doc_lines in enumerate(docs):
        doc = Document(path=f"article{k:02d}.txt", format=".txt")
        read_lines_into(doc, "\n".join(doc_lines) + "\n")
        out.append(doc)
    return out


def key(text: str) -> tuple[str, ...]:
    return tuple(spelling_key(w) for w in TOKEN_RE.findall(text))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--top", type=int, default=150)
    parser.add_argument("--show", action="store_true", help="print every gold term: rank and proposal")
    args = parser.parse_args()
    rows = [
        r
        for r in csv.DictReader(
            (line for line in GOLD.open(encoding="utf-8") if not line.startswith("#")), delimiter="\t"
        )
    ]
    docs = articles(TEXT.read_text(encoding="utf-8").splitlines()[:95])
    entries = extract(docs)
    rank = {}
    for i, entry in enumerate(entries, start=1):
        for form in [entry.source, *entry.variants]:
            rank.setdefault(key(form), (i, entry))
    found = top1 = 0
    by_kind: dict[str, list[int]] = {}
    for row in rows:
        hit = rank.get(key(row["source"]))
        within = hit is not None and hit[0] <= args.top
        accepted = {a.lower() for a in row["accepted"].split("|")}
        right = hit is not None and hit[1].target.lower() in accepted
        found += within
        top1 += right
        by_kind.setdefault(row["kind"], [0, 0, 0])
        by_kind[row["kind"]][0] += 1
        by_kind[row["kind"]][1] += within
        by_kind[row["kind"]][2] += right
        if args.show:
            where = f"#{hit[0]:>4} → {hit[1].target!r}" if hit else "   not found"
            print(f"  {'✓' if right else ' '} {row['source']:<32} {where}   accepted: {row['accepted']}")
    n = len(rows)
    kinds = ", ".join(f"{k} {v[0]}" for k, v in by_kind.items())
    print(f"{len(docs)} articles, {len(entries)} candidates; gold {n} ({kinds})")
    print(f"recall@{args.top}: {found / n:.2f}   top proposal accepted: {top1 / n:.2f}   (targets 0.95 and 0.90)")
    for kind, (total, within, right) in by_kind.items():
        print(f"  {kind:<5} recall@{args.top} {within / total:.2f}  accepted {right / total:.2f}")


if __name__ == "__main__":
    main()
