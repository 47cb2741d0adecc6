"""Glossary exchange: TBX, CSV, TSV, DeepL-style pairs and JSON out and in; TMX and XLIFF of translation runs."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError, UsageError
from ..store import Glossary, check_text

FORMATS = ("tbx", "tbx2008", "csv", "tsv", "deepl", "json")
RUN_FORMATS = ("tmx", "xliff")


@dataclass
class Imported:
    glossary: Glossary
    warnings: list[str] = field(default_factory=list)  # what could not be mapped, with line/element


def language_tag(code: str) -> str:
    """A BCP 47 tag through babel: de → de, de_DE → de-DE; an unknown code is an error."""
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(code.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        raise InputError(f"unknown language code '{code}'; use a code like de, en, de-DE, en-GB") from None
    return f"{locale.language}-{locale.territory}" if locale.territory else locale.language


def language_name(code: str, in_language: str = "en") -> str:
    from babel import Locale

    return Locale.parse(code.replace("-", "_")).get_display_name(in_language)


def same_language(a: str, b: str) -> bool:
    return a.replace("_", "-").split("-")[0].lower() == b.replace("_", "-").split("-")[0].lower()


def export_glossary(glossary: Glossary, fmt: str, source_lang: str = "de", target_lang: str = "en") -> bytes:
    from . import tabular, tbx

    if fmt in ("tbx", "tbx2008"):
        return tbx.write(glossary, source_lang, target_lang, "2008" if fmt == "tbx2008" else "v3")
    if fmt in ("csv", "tsv", "deepl", "json"):
        return tabular.write(glossary, fmt, source_lang, target_lang)
    raise InputError(f"unknown export format '{fmt}'; choose from {', '.join(FORMATS + RUN_FORMATS)}")


def sniff(path: Path, data: bytes) -> str:
    suffix = path.suffix.lower().lstrip(".")
    if suffix in ("tbx", "xml"):
        return "tbx"
    if suffix in ("csv", "tsv", "json"):
        return suffix
    if data.lstrip()[:1] == b"<":
        return "tbx"
    raise InputError(f"{path}: cannot tell the format from '.{suffix}'; pass --format tbx|csv|tsv|deepl|json")


def import_glossary(path: Path, fmt: str | None = None, source_lang: str = "de", target_lang: str = "en") -> Imported:
    from . import tabular, tbx

    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"{path}: {err.strerror or err}") from None
    fmt = fmt or sniff(path, data)
    if fmt == "tbx":
        imported = tbx.read(data, str(path), source_lang, target_lang)
    else:
        imported = tabular.read(data, str(path), fmt, source_lang, target_lang)
    check_text(imported.glossary.entries, str(path))
    return imported


def export(
    input_path: Path,
    fmt: str | None = None,
    output: str | None = None,
    source_lang: str = "de",
    target_lang: str = "en",
) -> tuple[bytes, str]:
    """`glossary export`: a glossary, or a run record for tmx/xliff, as bytes; the format from `fmt`
    or the output's extension. Returns (data, format)."""
    fmt = (fmt or (Path(output).suffix.lstrip(".").lower() if output not in (None, "-") else "")).lower()
    fmt = {"xlf": "xliff", "xml": "tbx"}.get(fmt, fmt)
    if not fmt:
        raise UsageError(
            f"say which format: --format {'|'.join(FORMATS)} (glossaries) or {'|'.join(RUN_FORMATS)} (runs)"
        )
    if fmt in RUN_FORMATS:
        from ..runrecord import RunRecord
        from .runs import to_tmx, to_xliff

        record = RunRecord.load(Path(input_path))
        return (to_tmx if fmt == "tmx" else to_xliff)(record, source_lang, target_lang), fmt
    from .. import store

    return export_glossary(store.load(input_path), fmt, source_lang, target_lang), fmt


def import_into(
    input_path: Path,
    output: Path,
    fmt: str | None = None,
    source_lang: str = "de",
    target_lang: str = "en",
    overwrite: bool = False,
) -> Imported:
    """`glossary import`: read a TBX/CSV/TSV/JSON file and merge it into the glossary TSV `output`
    (reviewed entries there are kept; `overwrite` replaces the file instead)."""
    from .. import store

    imported = import_glossary(Path(input_path), fmt, source_lang, target_lang)
    store.add_to_file(Path(output), imported.glossary.entries, overwrite=overwrite)
    return imported
