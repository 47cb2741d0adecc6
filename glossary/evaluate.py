"""Scores the way WMT reports them: sacrebleu BLEU, chrF and TER with signatures, plus terminology.

Term success rate: the share of approved-entry occurrences in the sources (and of segment-level
terms, `--terms`) whose approved target appears in the hypothesis, at lemma level (any inflection,
as in the checker) and as exact surface, overall and per kind (term, name, multi-word), the two
ways the WMT terminology tasks report it. Term consistency rate (WMT23
terminology task): among approved entries that occur at least twice, the share rendered one way
throughout; a rendering is one of the entry's known English forms (approved targets,
alternatives, forbidden variants), anything else counts as "other".
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from .errors import InputError, UsageError
from .matching import SourceMatcher, approved_targets, find_english, find_with
from .segterms import SegmentTerms, check_lines, digest
from .store import Glossary


@dataclass
class SystemScore:
    name: str
    bleu: float
    chrf: float
    ter: float
    term_success: float | None = None  # lemma level
    term_consistency: float | None = None
    term_exact: float | None = None  # exact surface
    term_by_kind: dict[str, float] = field(default_factory=dict)
    bootstrap: dict[str, dict[str, float | None]] = field(default_factory=dict)  # metric → mean, ci, p_value


@dataclass
class Evaluation:
    systems: list[SystemScore]
    signatures: dict[str, str]
    glossary: str = ""
    baseline: str = ""
    engine: str = ""  # our engine's signature (model, settings, version) when it was one of the systems

    def ranked(self) -> list[SystemScore]:
        return sorted(self.systems, key=lambda s: (-s.bleu, -s.chrf, s.ter))


@dataclass
class TermRates:
    """Term use the way the terminology tasks report it."""

    success: float | None  # lemma level: an approved target in any inflection (missiles for missile)
    exact: float | None  # exact surface: an approved target exactly as written in the entry
    consistency: float | None
    by_kind: dict[str, float] = field(default_factory=dict)  # success per kind: term, name, multi-word
    occurrences: int = 0


def term_rates(
    sources: Sequence[str], hypotheses: Sequence[str], glossary: Glossary | None, terms: SegmentTerms | None = None
) -> TermRates:
    """Every occurrence of an approved entry in the sources (and every segment-level term given for a
    line, found in its German or not) counts once: was its English used?"""
    matcher = SourceMatcher(glossary.approved() if glossary is not None else [])
    outcomes: list[tuple[str, bool, bool]] = []  # kind, lemma-level, exact
    renderings: dict[str, list[str]] = defaultdict(list)
    for i, (source, hyp) in enumerate(zip(sources, hypotheses)):
        extra = terms[i] if terms and i < len(terms) else []
        found = [entry for entry, _ in find_with(matcher, source, extra)]
        found += [e for e in extra if not any(e is f for f in found)]  # given for this line: counts even unmatched
        for entry in found:
            targets = approved_targets(entry)
            lemma = any(find_english(t, hyp, entry.case_sensitive) for t in targets)
            exact = any(_exactly(t, hyp, entry.case_sensitive) for t in targets)
            kind = "multi-word" if len(entry.source.split()) > 1 else entry.kind or "term"
            outcomes.append((kind, lemma, exact))
            known = [*targets, *entry.alternatives, *entry.forbidden]
            used = next((k.lower() for k in known if find_english(k, hyp, entry.case_sensitive)), "other")
            renderings[entry.source.lower()].append(used)
    repeated = [set(r) for r in renderings.values() if len(r) >= 2]
    consistency = sum(1 for r in repeated if len(r) == 1 and "other" not in r) / len(repeated) if repeated else None
    if not outcomes:
        return TermRates(None, None, consistency)
    kinds: dict[str, list[bool]] = defaultdict(list)
    for kind, lemma, _ in outcomes:
        kinds[kind].append(lemma)
    return TermRates(
        sum(o[1] for o in outcomes) / len(outcomes),
        sum(o[2] for o in outcomes) / len(outcomes),
        consistency,
        {kind: sum(v) / len(v) for kind, v in sorted(kinds.items())},
        len(outcomes),
    )


def _exactly(target: str, text: str, case_sensitive: bool) -> bool:
    pattern = r"(?<![\w-])" + re.escape(target) + r"(?![\w-])"
    return re.search(pattern, text, 0 if case_sensitive else re.IGNORECASE) is not None


def evaluate(
    sources: Sequence[str],
    references: Sequence[Sequence[str]],
    systems: Sequence[tuple[str, Sequence[str]]],
    glossary: Glossary | None = None,
    bootstrap: int = 0,
    terms: SegmentTerms | None = None,
) -> Evaluation:
    from sacrebleu.metrics import BLEU, CHRF, TER

    n = len(sources)
    for name, hyps in systems:
        if len(hyps) != n:
            raise InputError(f"{name}: {len(hyps)} lines, but the source has {n}; files must be line-aligned")
    for k, ref in enumerate(references, start=1):
        if len(ref) != n:
            raise InputError(f"reference {k}: {len(ref)} lines, but the source has {n}")
    metrics = {"BLEU": BLEU(), "chrF": CHRF(), "TER": TER()}
    scores = []
    signatures = {}
    for name, hyps in systems:
        values = {}
        for key, metric in metrics.items():
            values[key] = metric.corpus_score(list(hyps), [list(r) for r in references]).score
            signatures[key] = str(metric.get_signature())
        score = SystemScore(name, values["BLEU"], values["chrF"], values["TER"])
        if glossary is not None or terms:
            rates = term_rates(sources, hyps, glossary, terms)
            score.term_success, score.term_consistency = rates.success, rates.consistency
            score.term_exact, score.term_by_kind = rates.exact, rates.by_kind
        scores.append(score)
    used = [f"{glossary.path}#{glossary.digest()}"] if glossary else []
    used += [f"segment-level terms #{digest(terms)}"] if terms else []
    evaluation = Evaluation(scores, signatures, " + ".join(used))
    if bootstrap and len(systems) > 1:
        _paired_bootstrap(evaluation, references, systems, bootstrap)
    return evaluation


def system_name(path: str) -> str:
    """newstest2021.de-en.hyp.UF.en → UF; other files by their name."""
    name = Path(path).name
    if ".hyp." in name:
        return name.split(".hyp.", 1)[1].rsplit(".", 1)[0]
    return name


def _lines(path: str) -> list[str]:
    from .textio import read_text

    return read_text(Path(path)).text.splitlines()


def run_systems(
    src: str,
    refs: Sequence[str],
    hyps: Sequence[str],
    glossary: Glossary | None = None,
    engine=None,
    progress_factory=None,
    bootstrap: int = 0,
    terms: SegmentTerms | None = None,
) -> Evaluation:
    """`glossary eval`: score the HYP files and, given an engine, our raw output and our output with the
    glossary (and segment-level terms) enforced, all against the same references."""
    sources = _lines(src)
    if terms:
        check_lines(terms, len(sources), src)
    references = [_lines(r) for r in refs]
    systems = [(system_name(h), _lines(h)) for h in hyps]
    if engine is not None:
        raw = engine.translate(sources, progress=progress_factory(len(sources)) if progress_factory else None)
        systems.append(("glossary engine", raw))
        if glossary is not None or terms:
            from .enforce import Enforcer

            enforced = Enforcer(glossary, engine).enforce(sources, raw, terms)
            systems.append(("glossary engine + terms", [r.target for r in enforced]))
    if not systems:
        raise UsageError("eval needs at least one HYP file, or --translate")
    evaluation = evaluate(sources, references, systems, glossary, bootstrap=bootstrap, terms=terms)
    evaluation.engine = engine.signature if engine is not None else ""
    return evaluation


def _rate(value) -> str:
    return "-" if value is None else f"{value:.3f}"


def to_table(evaluation: Evaluation) -> str:
    """The ranked systems as a text table, then the metric signatures (as sacrebleu prints them)."""
    terms = bool(evaluation.glossary)
    heading = f"{'rank':>4}  {'system':40} {'BLEU':>6} {'chrF':>6} {'TER':>6}"
    lines = [heading + ("  term-succ  term-exact  term-cons  by kind" if terms else "")]
    for rank, s in enumerate(evaluation.ranked(), start=1):
        line = f"{rank:>4}  {s.name[:40]:40} {s.bleu:6.1f} {s.chrf:6.1f} {s.ter:6.1f}"
        if terms:
            kinds = " ".join(f"{kind} {rate:.3f}" for kind, rate in s.term_by_kind.items())
            line += f"  {_rate(s.term_success):>9}  {_rate(s.term_exact):>10}  {_rate(s.term_consistency):>9}  {kinds}"
        b = s.bootstrap.get("BLEU", {}) if s.bootstrap else {}
        if b.get("ci") is not None:
            line += f"   BLEU {b['mean']:.1f} ± {b['ci']:.1f}" + (
                f" p={b['p_value']:.4f}" if b.get("p_value") is not None else " (baseline)"
            )
        lines.append(line)
    lines += [f"{metric}: {signature}" for metric, signature in evaluation.signatures.items()]
    if evaluation.glossary:
        lines.append(f"glossary: {evaluation.glossary}")
    if evaluation.engine:
        lines.append(f"engine: {evaluation.engine}")
    return "\n".join(lines)


def _paired_bootstrap(evaluation, references, systems, samples) -> None:
    """sacrebleu's paired bootstrap resampling, the first system as baseline."""
    from sacrebleu.metrics import BLEU, CHRF, TER
    from sacrebleu.significance import PairedTest

    refs = [list(r) for r in references]
    metrics = {"BLEU": BLEU(references=refs), "chrF": CHRF(references=refs), "TER": TER(references=refs)}
    test = PairedTest([(n, list(h)) for n, h in systems], metrics, references=None, test_type="bs", n_samples=samples)
    signatures, results = test()
    evaluation.baseline = systems[0][0]
    by_name = {s.name: s for s in evaluation.systems}
    for metric, column in results.items():
        if metric == "System":
            continue
        key = "BLEU" if metric.startswith("BLEU") else "chrF" if metric.startswith("chrF") else "TER"
        evaluation.signatures[key] = str(signatures[metric])
        for name, result in zip(results["System"], column):
            as_float = lambda v: None if v is None else float(v)  # noqa: E731  (numpy scalars → JSON)
            by_name[name].bootstrap[key] = {
                "mean": as_float(result.mean),
                "ci": as_float(result.ci),
                "p_value": as_float(result.p_value),
            }


def to_svg(evaluation: Evaluation) -> str:
    """A small bar chart, one row per system: BLEU, chrF, TER (and term success ×100)."""
    import html

    systems = evaluation.ranked()
    metrics = [
        ("BLEU", "#1565c0", lambda s: s.bleu),
        ("chrF", "#2e7d32", lambda s: s.chrf),
        ("TER", "#c62828", lambda s: s.ter),
    ]
    if any(s.term_success is not None for s in systems):
        metrics.append(("term success ×100", "#6a1b9a", lambda s: 100 * (s.term_success or 0)))
    label_w, bar_w, row_h, bar_h = 260, 420, 16 + 14 * len(metrics), 12
    height = 40 + row_h * len(systems) + 30
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{label_w + bar_w + 80}" height="{height}" '
        'font-family="sans-serif" font-size="11">'
    ]
    for k, (name, colour, _) in enumerate(metrics):
        out.append(
            f'<rect x="{label_w + 110 * k}" y="8" width="10" height="10" fill="{colour}"/><text '
            f'x="{label_w + 14 + 110 * k}" y="17">{html.escape(name)}</text>'
        )
    for i, s in enumerate(systems):
        y = 40 + i * row_h
        out.append(f'<text x="{label_w - 8}" y="{y + row_h / 2}" text-anchor="end">{html.escape(s.name[:40])}</text>')
        for k, (_, colour, value) in enumerate(metrics):
            v = max(0.0, min(100.0, value(s)))
            out.append(
                f'<rect x="{label_w}" y="{y + 14 * k}" width="{bar_w * v / 100:.1f}" height="{bar_h}" fill="{colour}"/>'
            )
            out.append(f'<text x="{label_w + bar_w * v / 100 + 4:.1f}" y="{y + 14 * k + 10}">{v:.1f}</text>')
    out.append(
        f'<text x="8" y="{height - 8}" fill="#555">{html.escape(evaluation.signatures.get("BLEU", ""))}</text></svg>'
    )
    return "\n".join(out) + "\n"
