"""The model's share of translating a chunk of segments: translate, enforce approved terms, place
inline markup. The same function runs in-process and on a Dask worker, so both write the same files.

A chunk travels as plain data (`Work` out, `Done` back): German sentences and their inline markup,
never documents, so a worker needs the model and nothing of the client's files.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Callable, Sequence


@dataclass
class Work:
    sources: list[str]
    inlines: list[list] = field(default_factory=list)  # inline.Inline per sentence; [] where it has none
    known: dict[str, str] | None = None  # memory hits the client looked up, for an engine without the memory
    terms: list[list[tuple[str, str]]] | None = None  # per sentence, its own (German, English) entries (--terms)


@dataclass
class Done:
    raw: list[str]  # the model's English
    targets: list[str]  # after enforcement
    applied: list[list[dict]]  # enforce.Applied as dicts, per sentence
    placed: list[list | None]  # inline positions in each target (None: no inline markup)
    failures: dict[str, str] = field(default_factory=dict)  # sentence → why the model could not translate it
    fresh: list[tuple[str, str]] = field(default_factory=list)  # new memory entries, for the client to store
    sentences: int = 0
    from_memory: int = 0
    translated: int = 0


class ChunkMemory:
    """A worker's view of the client's translation memory: the hits sent with the chunk, and what
    it translated anew, sent back to be stored by the client."""

    def __init__(self, known: dict[str, str]):
        self.known = known
        self.fresh: list[tuple[str, str]] = []

    def lookup(self, model: str, settings: str, sources: Sequence[str]) -> dict[str, str]:
        return {s: self.known[s] for s in sources if s in self.known}

    def store(self, model: str, settings: str, pairs) -> None:
        self.fresh.extend(pairs)


def _natural_case(sources: list[str], inlines: list, engine) -> tuple[list[str], list[str]]:
    """Sentences in capitals or Title Case in natural case for the model (`casing`), and each one's casing."""
    from .casing import casing_of

    casings = [casing_of(s) for s in sources]
    natural = [
        engine.truecaser.natural(s, keep_length=bool(marks)) if casing else s
        for s, marks, casing in zip(sources, inlines, casings)
    ]
    return natural, casings


def fill_marked_terms(terms: list, engine, enforcer=None) -> list:
    """Terms a file marks without an English ((German, "")): the glossary's when it has them, else one
    rendering for the whole file: the dictionary's best sense (or its parts'), else the model's translation
    of the term alone when that is about as short as the term and does not repeat itself."""
    wanted = sorted({de for pairs in terms for de, en in pairs if not en})
    if not wanted:
        return terms
    glossary = enforcer.matcher if enforcer is not None else None
    own = [de for de in wanted if glossary is None or not glossary.find(de)]
    english = {de: en for de, en in zip(own, _term_renderings(own, engine)) if en and en.lower() != de.lower()}
    return [[(de, en or english.get(de, "")) for de, en in pairs if en or de in english] for pairs in terms]


def _term_renderings(terms: list[str], engine) -> list[str]:
    from .lexicon import dictionary, zipf_en
    from .terms.propose import Proposer

    proposer = Proposer(dictionary(), [], set())
    out = [proposer.english_for(de) for de in terms]
    phrases = [i for i, en in enumerate(out) if not en]
    for i, en in zip(phrases, engine.translate([terms[i] for i in phrases]) if phrases else []):
        words = en.strip().rstrip(".!").split()
        if not words or len(words) > len(terms[i].split()) + 1 or len({w.lower() for w in words}) < len(words):
            continue  # a model off its domain rambles on a lone word (bicycle bicycle bicycle …)
        en = " ".join(words)
        if en[:1].isupper() and en[1:] == en[1:].lower() and zipf_en(en.lower()) >= 2.5:
            en = en.lower()  # a common word, not a name: it goes inside a sentence
        out[i] = en
    return out


def run(work: Work, engine, enforcer=None, progress: Callable[[int], None] | None = None) -> Done:
    """Translate, enforce and place one chunk; sentences are independent, so chunking never changes them."""
    from .casing import recase
    from .inline import place

    before = (engine.stats.sentences, engine.stats.from_memory, engine.stats.translated)
    inlines = work.inlines or [[] for _ in work.sources]
    sources, casings = _natural_case(work.sources, inlines, engine)
    extra = None
    if work.terms and any(work.terms):
        from .enforce import Enforcer
        from .segterms import entries

        terms = fill_marked_terms(work.terms, engine, enforcer)
        extra = [entries(pairs) for pairs in terms]
        enforcer = enforcer or Enforcer(None, engine)
    # the sentences with terms keep their attention from this decoding: the enforcer needs no second pass
    attend = enforcer.with_terms(sources, extra) if enforcer is not None else frozenset()
    memory = engine.memory
    chunk_memory = ChunkMemory(work.known) if work.known is not None else None
    if chunk_memory is not None:
        engine.memory = chunk_memory
    try:
        raw = engine.translate(sources, progress=progress, attend=attend)
    finally:
        engine.memory = memory
    targets, applied = list(raw), [[] for _ in raw]
    if enforcer is not None and sources:
        enforced = enforcer.enforce(sources, raw, extra, engine.attention)
        targets = [r.target for r in enforced]
        applied = [[asdict(a) for a in r.applied] for r in enforced]
    placed: list[list | None] = [None] * len(sources)
    todo = [i for i, marks in enumerate(inlines) if marks and targets[i]]
    alignments = engine.align([(sources[i], targets[i]) for i in todo]) if todo else []
    for i, alignment in zip(todo, alignments):
        placed[i] = place(sources[i], targets[i], inlines[i], alignment)
    for i, casing in enumerate(casings):  # the reader asked in capitals or Title Case: the answer comes so
        if casing:
            raw[i], targets[i] = recase(raw[i], casing), recase(targets[i], casing)
            for a in applied[i]:
                a["target"] = recase(a["target"], casing)
    failures = {s: engine.failures[n] for s, n in zip(work.sources, sources) if n in engine.failures}
    return Done(
        raw,
        targets,
        applied,
        placed,
        failures=failures,
        fresh=chunk_memory.fresh if chunk_memory is not None else [],
        sentences=engine.stats.sentences - before[0],
        from_memory=engine.stats.from_memory - before[1],
        translated=engine.stats.translated - before[2],
    )
