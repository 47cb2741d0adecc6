"""Term extraction against gold lists written before tuning: recall in the top N and the share of gold
terms whose top English proposal is accepted.

    .venv/bin/python bench/extract_quality.py [--top 150] [--gold NAME] [--show]

Five gold lists under tests/data/extraction/, each terms and names a terminologist picked from news
articles, with accepted English:
- newstest2020 (first 95 lines of newstest2020.de, 20 articles): written before the first change for
  issue 16; its misses were studied while developing since, so it is a development list;
- newstest2021 (first 100 lines of the WMT21 source, 9 articles): written on 2026-11-30 before the
  extractor ran on that text; its per-item output was seen on the same day by mistake, so it is a
  development list now too;
- newstest2019 (lines 1501-1600 of newstest2019.de, about 14 articles): written on 2026-11-30 right after,
  before the extractor ran on that text; held out, only its totals are looked at (no --show);
- seeds (the five files of seeds/, read as `glossary extract seeds/` reads them): written on 2026-12-03
  after the extractor's output on them had been read many times, a development list standing in for the
  reporters' own list from the same files;
- generaltest2022 (the news articles among lines 501-756 of WMT22's general test source, 7 articles; the
  customer chats between them left out): written on 2026-12-05 before the extractor ran on that text; its
  first score was taken blind, then it became a development list.
The text is split into articles at headlines (a line without closing punctuation) and handed to
`glossary.terms.extract` as documents.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
MT = ROOT.parent / "shared" / "mtdata"
GOLDS = {  # name: (gold list, text, the lines of the text it was picked from)
    "newstest2020": ("newstest2020-gold.tsv", MT / "newstest" / "newstest2020.de", range(0, 95)),
    "newstest2021": ("newstest2021-gold.tsv", MT / "wmt21" / "sources" / "newstest2021.de-en.src.de", range(0, 100)),
    "newstest2019": ("newstest2019-gold.tsv", MT / "newstest" / "newstest2019.de", range(1500, 1600)),
    "seeds": ("seeds-gold.tsv", ROOT / "seeds", None),  # the files themselves, as `glossary extract seeds/` reads them
    "generaltest2022": (
        "generaltest2022-gold.tsv",
        MT / "wmt22" / "sources" / "generaltest2022.de-en.src.de",
        (range(500, 507), range(509, 556), range(686, 722), range(725, 734), range(735, 756)),
    ),
}
HELD_OUT = "newstest2019"

from glossary.document import Document  # noqa: E402
from glossary.formats import read_documents  # noqa: E402
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


def picked(text: Path, lines: range | tuple[range, ...]) -> list[str]:
    """The lines of a text a list was picked from: one range, or several (news among other things)."""
    every = text.read_text(encoding="utf-8").splitlines()
    return [every[n] for part in (lines if isinstance(lines, tuple) else (lines,)) for n in part]


def key(text: str) -> tuple[str, ...]:
    return tuple(spelling_key(w) for w in TOKEN_RE.findall(text))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--top", type=int, default=150)
    parser.add_argument("--show", action="store_true", help="print every gold term: rank and proposal")
    parser.add_argument("--gold", choices=GOLDS, action="append", help="one list (default: all)")
    args = parser.parse_args()
    for name in args.gold or GOLDS:
        score(name, args)


def score(name: str, args) -> None:
    gold, text, lines = GOLDS[name]
    print(f"— {name} ({'held out' if name == HELD_OUT else 'development'})")
    if args.show and name == HELD_OUT:
        sys.exit("the held-out list is scored in total only: --show with --gold newstest2020 or newstest2021")
    rows = [
        r
        for r in csv.DictReader(
            (
                line
                for line in (ROOT / "tests" / "data" / "extraction" / gold).open(encoding="utf-8")
                if not line.startswith("#")
            ),
            delimiter="\t",
        )
    ]
    if lines is None:
        docs = [doc for doc, _ in read_documents([str(text)])[0]]
    else:
        docs = articles(picked(text, lines))
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
