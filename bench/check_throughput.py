"""Checker throughput: 100,000 segment pairs against glossaries of 500, 5,000 and 50,000 entries.

    .venv/bin/python bench/check_throughput.py [--pairs 100000]

Pairs: WMT21 + WMT22 sources with reference A, repeated. Glossaries: real German nouns from the
Ding dictionary with their first English rendering (approved), so matches are realistic.
Baseline, measured in the same run: the naive scan, one compiled regex per entry run over every
segment (timed on a slice and scaled). Target: < 30 s for 100k pairs × 5,000 entries, cost that
does not grow with glossary size × segments.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MT = ROOT.parent / "shared" / "mtdata"
sys.path.insert(0, str(ROOT))

from glossary.check import Checker, SegmentPair  # noqa: E402
from glossary.ding import Dictionary  # noqa: E402
from glossary.store import Glossary, TermEntry  # noqa: E402


def pairs(n: int) -> list[SegmentPair]:
    src = (MT / "wmt21" / "sources" / "newstest2021.de-en.src.de").read_text(encoding="utf-8").splitlines()
    src += (MT / "wmt22" / "sources" / "generaltest2022.de-en.src.de").read_text(encoding="utf-8").splitlines()
    ref = (MT / "wmt21" / "references" / "newstest2021.de-en.ref.A.en").read_text(encoding="utf-8").splitlines()
    ref += (MT / "wmt22" / "references" / "generaltest2022.de-en.ref.A.en").read_text(encoding="utf-8").splitlines()
    base = list(zip(src, ref))
    return [SegmentPair(f"copy{i // len(base)}", i, *base[i % len(base)]) for i in range(n)]


def glossary(size: int) -> Glossary:
    """Nouns that occur in the WMT sources first (so entries match), then other dictionary nouns."""
    d = Dictionary.load()
    words = set(re.findall(r"\b[A-ZÄÖÜ][a-zäöüß]{3,}\b", " ".join(p.source for p in pairs(3000))))
    rows = d._db.execute(
        "SELECT word, english FROM sense WHERE grammar IN ('m','f','n') AND word NOT LIKE '% %' ORDER BY line"
    )
    seen, entries, others = set(), [], []
    for word, english in rows:
        if word in seen:
            continue
        seen.add(word)
        entry = TermEntry(word, english.split("\t")[0], "approved")
        (entries if word in words else others).append(entry)
    return Glossary((entries + others)[:size], f"ding-{size}")


def naive_seconds(g: Glossary, sample: list[SegmentPair]) -> float:
    patterns = [
        (re.compile(r"\b" + re.escape(e.source) + r"\w*\b"), re.compile(r"\b" + re.escape(e.target) + r"s?\b", re.I))
        for e in g.entries
    ]
    start = time.perf_counter()
    for p in sample:
        for de, en in patterns:
            if de.search(p.source):
                en.search(p.target)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pairs", type=int, default=100_000)
    args = parser.parse_args()
    data = pairs(args.pairs)
    sample = data[:1000]
    print(f"{len(data):,} segment pairs")
    for size in (500, 5_000, 50_000):
        g = glossary(size)
        start = time.perf_counter()
        report = Checker(g).check(data)
        ours = time.perf_counter() - start
        naive = naive_seconds(g, sample) * len(data) / len(sample)
        print(
            f"{size:>6,} entries: {ours:6.1f} s ({len(data) / ours:,.0f} pairs/s), {len(report.findings):,} findings, "
            f"{report.term_occurrences:,} term occurrences; naive one-regex-per-entry scan ≈ {naive:8.1f} s "
            f"→ {naive / ours:5.1f}× faster" + ("   (target < 30 s)" if size == 5_000 else "")
        )


if __name__ == "__main__":
    main()
