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
from typing import Callable, Sequence

from .memory import TranslationMemory
from .models import find_de_en

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

    def signature(self) -> str:
        return f"beam:{self.beam_size}|lp:{self.length_penalty}|maxlen:{self.max_decoding_length}|ct:{self.compute_type}"


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


class Engine:
    """One CTranslate2 translator for a whole run; optional translation memory."""

    def __init__(self, package=None, settings: DecodingSettings | None = None, memory: TranslationMemory | None = None):
        self.package = package if package is not None else find_de_en()
        self.settings = settings or DecodingSettings()
        self.memory = memory
        self.model_id = model_identity(self.package.package_path)
        self.tokenizer = self.package.tokenizer
        self.target_prefix = getattr(self.package, "target_prefix", "") or ""
        self.stats = TranslationStats()
        self._translator = None

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
        import ctranslate2

        return f"model:{self.model_id}|{self.settings.signature()}|ctranslate2:{ctranslate2.__version__}"

    def describe(self) -> dict:
        return {"model": self.model_id, "package": str(self.package.package_path), **asdict(self.settings)}

    def translate(self, sentences: Sequence[str], progress: ProgressFn | None = None) -> list[str]:
        """Translate sentences (not paragraphs); duplicates and remembered ones are decoded once."""
        unique = list(dict.fromkeys(sentences))
        self.stats.sentences += len(sentences)
        self.stats.unique += len(unique)
        known: dict[str, str] = {}
        if self.memory is not None and unique:
            known = self.memory.lookup(self.model_id, self.settings.signature(), unique)
            self.stats.from_memory += len(known)
            if progress:
                progress(sum(1 for s in sentences if s in known))
        todo = [s for s in unique if s not in known]
        if todo:
            counts: dict[str, int] = {}
            if progress:
                for s in sentences:
                    if s not in known:
                        counts[s] = counts.get(s, 0) + 1
            fresh = self._decode(todo, lambda batch: progress(sum(counts[s] for s in batch)) if progress else None)
            self.stats.translated += len(todo)
            if self.memory is not None:
                self.memory.store(self.model_id, self.settings.signature(), fresh.items())
            known.update(fresh)
        return [known[s] for s in sentences]

    def tokenize(self, sentences: Sequence[str]) -> list[list[str]]:
        return [self.tokenizer.encode(s) for s in sentences]

    def _decode(self, sentences: list[str], on_batch: Callable[[list[str]], None]) -> dict[str, str]:
        tokens = self.tokenize(sentences)
        out: dict[str, str] = {}
        for batch, results in self._run_batches(tokens):
            for j, result in zip(batch, results):
                out[sentences[j]] = self.detokenize(result.hypotheses[0])
            on_batch([sentences[j] for j in batch])
        return out

    def _run_batches(self, tokens: list[list[str]], **extra):
        """Yield (indexes, results) for batches that hold sentences of exactly one token length.

        Padding changes CTranslate2's floating-point sums and, now and then, a beam decision;
        batches without padding give the very output a sentence gets alone, which is what
        argostranslate produces. Batches run asynchronously, one per core, longest first, so
        many small batches cost no more than a few large ones.
        """
        groups: dict[int, list[int]] = {}
        for i, toks in enumerate(tokens):
            groups.setdefault(len(toks), []).append(i)
        jobs = []
        for length in sorted(groups, reverse=True):  # longest first: no worker idles at the end
            members = groups[length]
            per_batch = max(1, self.settings.batch_tokens // max(1, length))
            for k in range(0, len(members), per_batch):
                batch = members[k : k + per_batch]
                jobs.append((batch, self._submit([tokens[j] for j in batch], **extra)))
        for batch, pending in jobs:
            yield batch, [p.result() for p in pending]

    def attend(self, sentences: Sequence[str]) -> list[tuple[list[str], list[str], list[list[float]]]]:
        """(source pieces, target pieces, attention[target][source]) with the same hypothesis as translate()."""
        tokens = self.tokenize(sentences)
        out: list = [None] * len(sentences)
        for batch, results in self._run_batches(tokens, return_attention=True):
            for j, result in zip(batch, results):
                attention = result.attention[0] if result.attention else []
                out[j] = (tokens[j], list(result.hypotheses[0]), [list(row) for row in attention])
        return out

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
