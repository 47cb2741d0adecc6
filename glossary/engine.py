"""Batched German→English translation through an Argos package's CTranslate2 model.

Argos translates sentence by sentence in batches of 32 tokens; we sort every sentence
of every file by length and decode them in large batches, with the same tokenizer,
beam size and length penalty, so the output equals `argostranslate.translate`'s.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Sequence

if TYPE_CHECKING:  # the memory (SQLite) loads with the first engine, not with `glossary --help`
    from .memory import TranslationMemory

ProgressFn = Callable[[int], None]


@dataclass(frozen=True)
class DecodingSettings:
    """Settings that change the output are in the signature; the rest only change speed."""

    beam_size: int = 4  # argostranslate's default ARGOS_BEAM_SIZE
    length_penalty: float = 0.2
    max_decoding_length: int = 256
    batch_tokens: int = 2048
    threads: int = 0  # parallel batches; 0: one per core
    compute_type: str = "auto"
    # Longer sentences are split at clause boundaries: Argos models have 512 positions and decode
    # at most max_decoding_length tokens, so a longer input either fails or is cut short.
    max_source_tokens: int = 200

    def signature(self) -> str:
        return (
            f"beam:{self.beam_size}|lp:{self.length_penalty}|maxlen:{self.max_decoding_length}"
            f"|split:{self.max_source_tokens}|ct:{self.compute_type}"
        )


def model_identity(package_path: Path) -> str:
    """Name, version and a fingerprint of the weights: a re-trained model never hits old memory."""
    package_path = Path(package_path)
    model_bin = package_path / "model" / "model.bin"
    digest = hashlib.sha256()
    for name in ("metadata.json", "model/config.json", "sentencepiece.model", "bpe.model"):
        file = package_path / name
        if file.exists():
            digest.update(file.read_bytes())
    size = model_bin.stat().st_size
    digest.update(str(size).encode())
    with open(model_bin, "rb") as handle:
        digest.update(handle.read(1 << 20))
        handle.seek(max(0, size - (1 << 20)))
        digest.update(handle.read(1 << 20))
    return f"{package_path.name}#{digest.hexdigest()[:16]}"


@dataclass
class TranslationStats:
    sentences: int = 0
    unique: int = 0
    from_memory: int = 0
    translated: int = 0


ALIGN_BATCH = 16  # forced decodings per call: batched, far faster than one by one


class Engine:
    """One CTranslate2 translator for a whole run; optional translation memory."""

    def __init__(self, package=None, settings: DecodingSettings | None = None, memory: TranslationMemory | None = None):
        from .models import find_de_en  # the installer's network code loads only when an engine is made

        self.package = package if package is not None else find_de_en()
        self.settings = settings or DecodingSettings()
        self.memory = memory
        self.model_id = model_identity(self.package.package_path)
        self.tokenizer = self.package.tokenizer
        self.target_prefix = getattr(self.package, "target_prefix", "") or ""
        self.stats = TranslationStats()
        self.failures: dict[str, str] = {}  # sentence → why the model could not translate it (German kept)
        self.attention: dict[str, tuple] = {}  # the last translate()'s attention for the sentences it was asked for
        self._translator = None
        self._truecaser = None

    @property
    def truecaser(self):
        """Natural casing for ALL-CAPS input (`casing`), from this model's vocabulary; its cache lives as long."""
        if self._truecaser is None:
            from .casing import Truecaser

            self._truecaser = Truecaser(self.tokenizer)
        return self._truecaser

    @property
    def translator(self):
        """Loaded on first use: a run served wholly from memory never loads the model."""
        if self._translator is None:
            import ctranslate2

            # One single-threaded worker per core: far faster than intra-op threads on small batches.
            workers = self.settings.threads or os.cpu_count() or 1
            self._translator = ctranslate2.Translator(
                str(Path(self.package.package_path) / "model"),
                device="cpu",
                inter_threads=workers,
                intra_threads=1,
                compute_type=self.settings.compute_type,
            )
        return self._translator

    @property
    def signature(self) -> str:
        """What reproduces a run: model, output-changing settings, CTranslate2 and glossary versions
        (sentence splitting and enforcement live in glossary)."""
        import ctranslate2

        from . import __version__

        versions = f"ctranslate2:{ctranslate2.__version__}|glossary:{__version__}"
        return f"model:{self.model_id}|{self.settings.signature()}|{versions}"

    def describe(self) -> dict:
        return {"model": self.model_id, "package": str(self.package.package_path), **asdict(self.settings)}

    def translate(
        self, sentences: Sequence[str], progress: ProgressFn | None = None, attend: set[str] | frozenset = frozenset()
    ) -> list[str]:
        """Translate sentences (not paragraphs); duplicates and remembered ones are decoded once.

        A sentence longer than the model can take is translated in clause-sized parts and joined
        (`split_long`); one the model still cannot translate comes back unchanged (German), with
        the reason in `self.failures`, so one bad sentence never costs a whole run.
        `attend`: sentences whose cross-attention the enforcer will want, kept in `self.attention`
        from this very decoding (remembered ones have none: the enforcer aligns those itself).
        """
        self.attention = {}
        parts_of: dict[str, list[str]] = {}
        for sentence in dict.fromkeys(sentences):
            parts_of[sentence] = self.split_long(sentence)
        unique = list(dict.fromkeys(p for parts in parts_of.values() for p in parts))
        self.stats.sentences += len(sentences)
        self.stats.unique += len(parts_of)
        known: dict[str, str] = {}
        if self.memory is not None and unique:
            known = self.memory.lookup(self.model_id, self.settings.signature(), unique)
            self.stats.from_memory += len(known)
        todo = [s for s in unique if s not in known]
        # progress counts input sentences: one is done when all of its parts are
        occurrences: dict[str, int] = {}
        for s in sentences:
            occurrences[s] = occurrences.get(s, 0) + 1
        waiting = {s: len(set(parts)) for s, parts in parts_of.items()}
        users: dict[str, list[str]] = {}
        for s, parts in parts_of.items():
            for p in set(parts):
                users.setdefault(p, []).append(s)

        def advance(batch: list[str]) -> None:
            if not progress:
                return
            ready = 0
            for part in batch:
                for s in users.pop(part, ()):
                    waiting[s] -= 1
                    if waiting[s] == 0:
                        ready += occurrences[s]
            if ready:
                progress(ready)

        if known:
            advance(list(known))

        def done(batch: list[str], out: dict[str, str]) -> None:
            # Into the memory batch by batch, one transaction each: a crash loses only batches in flight.
            if self.memory is not None:
                fresh = [(s, out[s]) for s in batch if s not in self.failures]
                if fresh:
                    self.memory.store(self.model_id, self.settings.signature(), fresh)
            advance(batch)

        if todo:
            known.update(self._decode(todo, done, attend))
            self.stats.translated += len(todo)
        joined = {
            s: " ".join(known[p] for p in parts) if len(parts) > 1 else known[parts[0]] for s, parts in parts_of.items()
        }
        for s, parts in parts_of.items():
            failed = [p for p in parts if p in self.failures]
            if failed and len(parts) > 1:
                self.failures[s] = self.failures[failed[0]]
                joined[s] = s
        return [joined[s] for s in sentences]

    def remembered(self, sentences: Sequence[str]) -> dict[str, str]:
        """What the memory already holds for these sentences (their clause parts when long): what an
        engine elsewhere, e.g. a Dask worker, need not decode."""
        if self.memory is None:
            return {}
        parts = dict.fromkeys(p for s in dict.fromkeys(sentences) for p in self.split_long(s))
        return self.memory.lookup(self.model_id, self.settings.signature(), list(parts))

    def split_long(self, sentence: str) -> list[str]:
        """The sentence, or clause-sized parts of it that each fit the model (see segmentation.split_clauses)."""
        from .segmentation import split_clauses

        limit = self.settings.max_source_tokens
        if len(sentence) < limit:  # a piece is at least one character: short text always fits
            return [sentence]
        return split_clauses(sentence, lambda text: len(self.tokenizer.encode(text)) <= limit)

    def fits(self, sentence: str) -> bool:
        return len(self.tokenizer.encode(sentence)) <= self.settings.max_source_tokens

    def tokenize(self, sentences: Sequence[str]) -> list[list[str]]:
        return [self.tokenizer.encode(s) for s in sentences]

    def _decode(
        self, sentences: list[str], on_batch: Callable[[list[str], dict[str, str]], None], attend=frozenset()
    ) -> dict[str, str]:
        tokens = self.tokenize(sentences)
        out: dict[str, str] = {}
        wanted = {j for j, s in enumerate(sentences) if s in attend}
        try:
            for batch, results in self._run_batches(tokens, attend=wanted):
                for j, result in zip(batch, results):
                    out[sentences[j]] = self.detokenize(result.hypotheses[0])
                    if result.attention:
                        self.attention[sentences[j]] = (
                            tokens[j],
                            list(result.hypotheses[0]),
                            [list(row) for row in result.attention[0]],
                        )
                on_batch([sentences[j] for j in batch], out)
        except (RuntimeError, ValueError) as err:
            # One sentence the model cannot take fails its whole batch: retry the rest one by one.
            for j, sentence in enumerate(sentences):
                if sentence in out:
                    continue
                try:
                    out[sentence] = self.detokenize(self._submit([tokens[j]])[0].result().hypotheses[0])
                except (RuntimeError, ValueError) as single:
                    self.failures[sentence] = str(single).splitlines()[0] if str(single) else str(err)
                    out[sentence] = sentence
                on_batch([sentence], out)
        return out

    def _run_batches(self, tokens: list[list[str]], attend: set[int] = frozenset(), **extra):
        """Yield (indexes, results) for batches that hold sentences of exactly one token length.

        Padding changes CTranslate2's floating-point sums and, now and then, a beam decision;
        batches without padding give the very output a sentence gets alone, which is what
        argostranslate produces. Batches run asynchronously, one per core, longest first, so
        many small batches cost no more than a few large ones. Sentences in `attend` go in their own
        batches, decoded with `return_attention` (the same beam search, so the same translation).
        """
        groups: dict[tuple[int, bool], list[int]] = {}
        for i, toks in enumerate(tokens):
            groups.setdefault((len(toks), i in attend), []).append(i)
        jobs = []
        for length, attending in sorted(groups, reverse=True):  # longest first: no worker idles at the end
            members = groups[(length, attending)]
            per_batch = max(1, self.settings.batch_tokens // max(1, length))
            options = {**extra, "return_attention": True} if attending else extra
            for k in range(0, len(members), per_batch):
                batch = members[k : k + per_batch]
                jobs.append((batch, self._submit([tokens[j] for j in batch], **options)))
        for batch, pending in jobs:
            yield batch, [p.result() for p in pending]

    def align(self, pairs: Sequence[tuple[str, str]]) -> list[tuple[list[str], list[str], list[list[float]]] | None]:
        """(source pieces, target pieces, attention[target][source]) for given translations (forced decoding).

        The target is fed to the decoder as a prefix, so the attention describes this exact
        English, even after enforcement or a reviewer's edit. None where a side is too long.
        """
        out: list = [None] * len(pairs)
        jobs = []
        for j, (source, target) in enumerate(pairs):
            src, tgt = self.tokenizer.encode(source), self.tokenizer.encode(target)
            if (
                not src
                or not tgt
                or len(src) > self.settings.max_source_tokens
                or len(tgt) >= self.settings.max_decoding_length
            ):
                continue
            jobs.append((j, src, tgt, self._prefixed(tgt)))
        skip = 1 if self.target_prefix else 0
        for start in range(0, len(jobs), ALIGN_BATCH):
            batch = jobs[start : start + ALIGN_BATCH]
            try:
                results = self.translator.translate_batch(
                    [src for _, src, _, _ in batch], target_prefix=[prefix for *_, prefix in batch],
                    return_attention=True, beam_size=1, replace_unknowns=True,
                    max_decoding_length=max(len(prefix) for *_, prefix in batch) + 1,
                )  # fmt: skip
            except (RuntimeError, ValueError):
                continue
            for (j, src, tgt, _), result in zip(batch, results):
                attention = result.attention[0] if result.attention else []
                out[j] = (src, tgt, [list(row) for row in attention[skip : skip + len(tgt)]])
        return out

    def complete(self, pairs: Sequence[tuple[str, str]], lengths: Sequence[int] | None = None) -> list[str | None]:
        """The model's own ending for each (German, English beginning): decoding constrained to start with
        the beginning (`target_prefix`), greedy after it, at most `lengths[j]` pieces in all.
        None where a side is too long or decoding fails. Batched by length; greedy decoding of one
        sentence does not depend on the others, and an ending is cut at its own limit."""
        jobs = []
        for j, (source, start) in enumerate(pairs):
            src, prefix = self.tokenizer.encode(source), self.tokenizer.encode(start)
            limit = min(self.settings.max_decoding_length, lengths[j] if lengths else self.settings.max_decoding_length)
            if not src or len(src) > self.settings.max_source_tokens or len(prefix) >= limit:
                continue
            prefix = self._prefixed(prefix)
            jobs.append((j, src, prefix, max(limit, len(prefix) + 1)))
        jobs.sort(key=lambda job: (len(job[1]), job[3]))
        out: list[str | None] = [None] * len(pairs)
        pending = []
        for at in range(0, len(jobs), ALIGN_BATCH):
            batch = jobs[at : at + ALIGN_BATCH]
            options = {**self.decoding_options(), "beam_size": 1, "max_decoding_length": max(b[3] for b in batch)}
            pending.append((batch, self.translator.translate_batch(
                [b[1] for b in batch], target_prefix=[b[2] for b in batch], asynchronous=True, **options
            )))  # fmt: skip
        for batch, results in pending:
            for (j, _, prefix, limit), result in zip(batch, results):
                try:
                    pieces = result.result().hypotheses[0]
                except (RuntimeError, ValueError):
                    continue
                out[j] = self.detokenize(pieces[:limit])  # where decoding alone would have stopped
        return out

    def score(self, pairs: Sequence[tuple[str, str]]) -> list[float | None]:
        """How likely the model finds each English for its German: mean log-probability per piece."""
        jobs = []
        for j, (source, target) in enumerate(pairs):
            src, tgt = self.tokenizer.encode(source), self.tokenizer.encode(target)
            if not src or not tgt or len(src) > self.settings.max_source_tokens:
                continue
            jobs.append((j, src, self._prefixed(tgt)))
        jobs.sort(key=lambda job: len(job[1]))
        out: list[float | None] = [None] * len(pairs)
        pending = []
        for at in range(0, len(jobs), ALIGN_BATCH):
            batch = jobs[at : at + ALIGN_BATCH]
            pending.append(
                (batch, self.translator.score_batch([b[1] for b in batch], [b[2] for b in batch], asynchronous=True))
            )
        for batch, results in pending:
            for (j, _, _), result in zip(batch, results):
                try:
                    log_probs = result.result().log_probs
                except (RuntimeError, ValueError):
                    continue
                out[j] = sum(log_probs) / max(1, len(log_probs))
        return out

    def _prefixed(self, pieces: list[str]) -> list[str]:
        """English pieces as the decoder sees them: after the model's language token, when it has one."""
        return ([self.target_prefix] if self.target_prefix else []) + pieces

    def _submit(self, batch: list[list[str]], **extra):
        prefix = [[self.target_prefix]] * len(batch) if self.target_prefix else None
        return self.translator.translate_batch(
            batch,
            target_prefix=prefix,
            asynchronous=True,
            **self.decoding_options(),
            **extra,
        )

    def decoding_options(self) -> dict:
        """The keyword arguments argostranslate passes to translate_batch, with our batch size."""
        return dict(
            replace_unknowns=True,
            max_batch_size=self.settings.batch_tokens,
            batch_type="tokens",
            beam_size=self.settings.beam_size,
            num_hypotheses=1,
            length_penalty=self.settings.length_penalty,
            max_decoding_length=self.settings.max_decoding_length,
        )

    def translate_tokens(self, batch: list[list[str]]) -> list[str]:
        return [self.detokenize(r.result().hypotheses[0]) for r in self._submit(batch)]

    def detokenize(self, tokens: list[str]) -> str:
        """The same post-processing as argostranslate.translate.apply_packaged_translation."""
        value = self.tokenizer.decode(tokens)
        if self.target_prefix and value.startswith(self.target_prefix):
            value = value[len(self.target_prefix) :]
        if value.startswith(" "):
            value = value[1:]
        return value
