"""What every command shares: exit codes, one-line messages, the progress bar, and the options
that mean the same everywhere, with defaults read from the library."""

from __future__ import annotations

import argparse
import sys
from contextlib import contextmanager

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report Ctrl-C
# What translate and extract read, for their help. Prose, not the format registry: the registry loads
# every reader (lxml, python-docx), which `glossary --help` must not wait for. A test keeps it true.
DOCUMENT_KINDS = "txt, md, html, srt, po, xliff, sdlxliff, mqxliff, tmx, docx, odt, odp, ods, pptx, xlsx, epub, pdf"


def err(message: str) -> None:
    print(f"glossary: error: {message}", file=sys.stderr)


def warn(message: str) -> None:
    print(f"glossary: warning: {message}", file=sys.stderr)


def say(message: str, quiet: bool = False) -> None:
    """A summary line on stderr (stdout stays for data)."""
    if not quiet:
        print(message, file=sys.stderr)


def at_least(low: int):
    """An argparse type: an integer no smaller than `low` (a usage error otherwise, exit 2)."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
        if value < low:
            raise argparse.ArgumentTypeError(f"must be at least {low}, not {value}")
        return value

    parse.__name__ = f"integer ≥ {low}"
    return parse


@contextmanager
def progress_bar(label: str, quiet: bool):
    """Yields a factory(total) -> advance(n); a rich bar on stderr unless --quiet."""
    if quiet:
        yield lambda total: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=False) as bar:

        def factory(total: int):
            task = bar.add_task(label, total=total)
            return lambda n: bar.advance(task, n)

        yield factory


@contextmanager
def run_progress(quiet: bool):
    """Yields a factory(files, input_bytes) -> advance(files=, sentences=, work=): files done, sentences
    translated, and a bar over the input bytes that gives the ETA."""
    if quiet:
        yield lambda files, work: lambda **_: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (
        TextColumn("translating"),
        BarColumn(),
        TextColumn("{task.fields[files]}/{task.fields[of]} files, {task.fields[sentences]:,} sentences"),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=Console(stderr=True), transient=False) as bar:

        def factory(files: int, work: int):
            task = bar.add_task("translating", total=max(1, work), files=0, of=files, sentences=0)
            counts = {"files": 0, "sentences": 0}

            def advance(files: int = 0, sentences: int = 0, work: float = 0) -> None:
                counts["files"] += files
                counts["sentences"] += sentences
                bar.update(task, advance=work, **counts)

            return advance

        yield factory


# ---------------------------------------------------------------- shared options
def add_json(p, help: str = "machine-readable output") -> None:
    p.add_argument("--json", action="store_true", help=help)


def add_quiet(p, help: str = "no progress bar or summary") -> None:
    p.add_argument("-q", "--quiet", action="store_true", help=help)


def add_glossary(p, help: str) -> None:
    p.add_argument("--glossary", metavar="FILE", help=help)


def add_memory(p, hidden: bool = False) -> None:
    from ..memory import default_path

    p.add_argument(
        "--memory",
        metavar="FILE",
        help=argparse.SUPPRESS if hidden else f"translation memory (default {default_path()})",
    )
    p.add_argument(
        "--no-memory",
        action="store_true",
        help=argparse.SUPPRESS if hidden else "translate everything afresh, remember nothing",
    )


def add_decoding(p) -> None:
    """Decoding options, their defaults those of `DecodingSettings` (argostranslate's)."""
    from ..engine import DecodingSettings

    d = DecodingSettings()
    p.add_argument(
        "--beam-size",
        type=at_least(1),
        default=d.beam_size,
        help=f"beam size (default {d.beam_size}, as argostranslate)",
    )
    p.add_argument("--threads", type=at_least(0), default=d.threads, help="parallel batches (default: one per core)")
    p.add_argument(
        "--batch-tokens", type=at_least(1), default=d.batch_tokens, help=f"tokens per batch (default {d.batch_tokens})"
    )


def add_languages(p, source: str = "de", target: str = "en") -> None:
    p.add_argument("--source-lang", default=source, help=f"source language tag (default {source})")
    p.add_argument("--target-lang", default=target, help=f"target language tag (default {target}, e.g. en-GB)")


# ---------------------------------------------------------------- what the options become
def engine_from(args):
    """The engine the options describe (the model is found now, loaded on first use)."""
    from ..engine import DecodingSettings, Engine
    from ..memory import TranslationMemory

    d = DecodingSettings()
    settings = DecodingSettings(
        beam_size=getattr(args, "beam_size", d.beam_size),
        threads=getattr(args, "threads", d.threads),
        batch_tokens=getattr(args, "batch_tokens", d.batch_tokens),
    )
    memory = None if getattr(args, "no_memory", False) else TranslationMemory(getattr(args, "memory", None))
    return Engine(settings=settings, memory=memory)


def glossary_from(args):
    """The --glossary file, loaded and validated: conflicting entries stop the run before anything else."""
    from .. import store

    return store.load(args.glossary).check() if getattr(args, "glossary", None) else None


def english_tag(code: str) -> str:
    """--target-lang for translation: a BCP 47 tag for English (en, en-GB, en-US)."""
    from ..errors import GlossaryError, UsageError
    from ..exchange import language_tag

    try:
        tag = language_tag(code)
    except GlossaryError:
        raise UsageError(f"--target-lang {code}: not a language tag (e.g. en, en-GB)") from None
    if tag.split("-")[0].lower() != "en":
        raise UsageError(
            f"--target-lang {code}: the model translates into English; give en or a variant (en-GB, en-US)"
        )
    return tag
