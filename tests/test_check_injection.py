"""Error injection on real human translations (WMT22 source + reference A).

A glossary is derived from the data itself: extracted German terms whose reference renderings
are consistent. Known errors go into a copy of the reference; the checker must find every one,
with few false alarms on the segments left untouched.
"""

import re
from collections import Counter

import pytest

from glossary.check import Checker, SegmentPair, english_numbers
from glossary.formats.text import read_string
from glossary.matching import SourceMatcher, find_english
from glossary.store import Glossary, TermEntry
from glossary.terms import extract

from .conftest import MTDATA

WMT22 = MTDATA / "wmt22"


def _load():
    src = (WMT22 / "sources" / "generaltest2022.de-en.src.de").read_text(encoding="utf-8").splitlines()
    ref = (WMT22 / "references" / "generaltest2022.de-en.ref.A.en").read_text(encoding="utf-8").splitlines()
    assert len(src) == len(ref) == 1984
    return src, ref


@pytest.fixture(scope="module")
def derived():
    """(entries, occurrences): extracted terms the reference renders one way every time."""
    src, ref = _load()
    extracted = extract([read_string("\n".join(src), "wmt22")], limit=1000)
    chosen = []
    for entry in extracted:
        if entry.kind != "term":
            continue
        options = [o for o in (entry.target, *entry.alternatives) if o]
        matcher = SourceMatcher([entry])
        rows = [i for i, s in enumerate(src) if matcher.find(s)]
        used = Counter()
        for i in rows:
            option = next((o for o in options if find_english(o, ref[i])), None)
            used[option] += 1
        if len(rows) >= 3 and len(used) == 1 and None not in used:
            rendering = next(iter(used))
            unused = [
                o for o in options if o != rendering and not any(find_english(o, ref[i]) for i in range(len(ref)))
            ]
            chosen.append((entry, rendering, unused, rows))
    assert len(chosen) >= 12, len(chosen)
    return src, ref, chosen


def test_every_injected_error_is_found(derived, capsys):
    src, ref, chosen = derived
    hyp = list(ref)
    touched: set[int] = set()
    expected: list[tuple[str, int]] = []

    def free_row(rows, rendering=None):
        """An untouched row; for a dropped or replaced rendering, one where the reference uses it once, so the
        error injected is an error (a second `zipper` elsewhere in the sentence would still render the term)."""
        return next(
            (i for i in rows if i not in touched and (rendering is None or len(find_english(rendering, ref[i])) == 1)),
            None,
        )

    approved, watched_only = [], []
    done = Counter()  # injections of each kind so far: each entry takes the rarest kind it allows
    for entry, rendering, unused, rows in chosen:
        glossary_entry = TermEntry(entry.source, rendering, "approved", forbidden=unused[:1], variants=entry.variants)
        # an alternative that neither contains nor is contained in the rendering, so it reads as another rendering
        alternative = next(
            (
                o
                for o in unused
                if len(o) > 3 and o.lower() not in rendering.lower() and rendering.lower() not in o.lower()
            ),
            None,
        )
        possible = ["forbidden"] * bool(unused) + ["dropped"] + ["alternating"] * (alternative is not None)
        kind = min(possible, key=lambda k: (done[k], ("alternating", "forbidden", "dropped").index(k)))
        if kind == "alternating":
            # not in the glossary: only the checker's own consistency watch can see it
            row = free_row(rows)
            if row is None:
                continue
            hit = find_english(rendering, hyp[row])[0]
            hyp[row] = hyp[row][: hit.start] + alternative + hyp[row][hit.end :]
            touched.add(row)
            expected.append(("inconsistent", row))
            watched_only.append(entry)
            done[kind] += 1
            continue
        approved.append(glossary_entry)
        row = free_row(rows, rendering)
        if row is None:
            continue
        hit = find_english(rendering, hyp[row])[0]
        replacement = unused[0] if kind == "forbidden" else ""
        hyp[row] = re.sub(r"\s{2,}", " ", hyp[row][: hit.start] + replacement + hyp[row][hit.end :])
        touched.add(row)
        expected.append(("forbidden-term" if kind == "forbidden" else "missing-term", row))
        done[kind] += 1

    number_rows = [
        i for i in range(len(src)) if i not in touched and english_numbers(ref[i]) and re.search(r"\d{3}", ref[i])
    ][:10]
    for row in number_rows:
        value = re.search(r"\d{3}", hyp[row]).group()
        hyp[row] = hyp[row].replace(value, value[:-1], 1)  # 1,500 → 1,50; 650 → 65
        touched.add(row)
        expected.append(("number", row))

    pairs = [SegmentPair("wmt22", i, s, h, i + 1) for i, (s, h) in enumerate(zip(src, hyp))]
    report = Checker(Glossary(approved, "derived"), watched_only).check(pairs)
    found = {(f.rule, f.segment) for f in report.findings}
    missed = [e for e in expected if e not in found]
    kinds = Counter(rule for rule, _ in expected)
    untouched = len(src) - len(touched)
    term_rules = ("missing-term", "forbidden-term", "inconsistent")
    false_terms = [f for f in report.findings if f.segment not in touched and f.rule in term_rules]
    false_numbers = [f for f in report.findings if f.segment not in touched and f.rule == "number"]
    with capsys.disabled():
        print(
            f"\n[injection] {len(expected)} injected errors {dict(kinds)}; recall {1 - len(missed) / len(expected):.3f}; "
            f"false alarms per 1000 untouched segments: terms {1000 * len(false_terms) / untouched:.1f}, "
            f"numbers {1000 * len(false_numbers) / untouched:.1f}; glossary of {len(approved)} derived entries"
        )
    assert len(expected) >= 20 and kinds["number"] == 10 and min(kinds.values()) >= 3
    assert missed == []
    assert 1000 * len(false_terms) / untouched <= 10
    assert 1000 * len(false_numbers) / untouched <= 40


def test_untouched_reference_passes_the_derived_glossary(derived):
    src, ref, chosen = derived
    glossary = Glossary([TermEntry(e.source, r, "approved", variants=e.variants) for e, r, _, _ in chosen], "derived")
    report = Checker(glossary).check([SegmentPair("wmt22", i, s, h) for i, (s, h) in enumerate(zip(src, ref))])
    assert report.term_success_rate == 1.0
    assert not [f for f in report.findings if f.rule in ("missing-term", "forbidden-term")]
