"""A check from the command line's point of view: pairs from files, a bilingual file or a run record,
the terms worth watching extracted from the German, and the checker's report."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from .check import RULES, Checker, CheckReport, chosen_rules
from .document import SegmentPair
from .errors import GlossaryError, UsageError


@dataclass
class CheckRun:
    report: CheckReport
    pairs: list[SegmentPair]
    problems: list[str] = field(default_factory=list)  # inputs that could not be paired, one line each


def pairs_for(paths: Sequence[str], run: str | None = None) -> tuple[list[SegmentPair], list[str]]:
    """SOURCE TARGET (files or folders), one bilingual file (PO, XLIFF, TMX), or a run record."""
    from .bitext import pair_paths, pairs_from_bilingual
    from .formats import is_bilingual
    from .runrecord import RunRecord

    if run:
        return RunRecord.load(Path(run)).pairs(), []
    if len(paths) == 1:
        if not is_bilingual(Path(paths[0])):
            raise UsageError(f"{paths[0]}: one file is enough only for PO, XLIFF or TMX; give SOURCE TARGET otherwise")
        return pairs_from_bilingual(Path(paths[0])), []
    if len(paths) == 2:
        return pair_paths(Path(paths[0]), Path(paths[1]))
    raise UsageError("check needs SOURCE TARGET (files or folders), or --run OUTDIR/glossary-run.jsonl")


def watched_terms(pairs: Sequence[SegmentPair], limit: int) -> list:
    """The most term-like words of the German, per file, watched for inconsistent renderings."""
    from .formats.text import read_string
    from .terms import extract

    by_file: dict[str, list[str]] = {}
    for p in pairs:
        by_file.setdefault(p.file, []).append(p.source)
    return extract([read_string("\n".join(lines), name) for name, lines in by_file.items()], limit=limit)


def check_paths(
    paths: Sequence[str], run: str | None = None, glossary=None, watch: int = 300, rules: Sequence[str] = RULES
) -> CheckRun:
    """Everything `glossary check` does before showing: pair, extract (watch=0: glossary only), check
    with the chosen rules."""
    wanted = chosen_rules(rules)  # an unknown rule stops here, before any work
    pairs, problems = pairs_for(paths, run)
    if not pairs:
        raise GlossaryError("; ".join([*problems, "nothing to check"]))
    extracted = watched_terms(pairs, watch) if watch and wanted & {"inconsistent", "same-target"} else []
    return CheckRun(Checker(glossary, extracted, wanted).check(pairs), pairs, problems)
