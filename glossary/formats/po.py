"""gettext PO through polib: German msgids in, English msgstrs out, marked fuzzy (machine output wants review).

A translated (non-fuzzy) msgstr is a translator's work and is kept. Placeholders (%(num)d, %s,
%1$s, {name}, ${var}, HTML tags, entities) never reach the model: they are inline points put back
next to the English of the word they stood by, so `msgfmt -c` finds the same directives. Plural
messages: msgid and msgid_plural are two segments, filling English's two forms. The header gets
`Language: en` and English plural forms.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Sequence

from ..document import Document
from ..errors import InputError
from ..inline import Inline, events
from ..segmentation import PLACEHOLDER_RE
from ..textio import read_text
from . import Format, register

_LETTER_RE = re.compile(r"[^\W\d_]")


def protect(text: str) -> tuple[str, list[Inline]]:
    """Text without placeholders, and the placeholders as points: (literal, space before, space after)."""
    plain, inlines, pos = [], [], 0
    length = 0
    for m in PLACEHOLDER_RE.finditer(text):
        chunk = text[pos : m.start()]
        plain.append(chunk)
        length += len(chunk)
        before = m.start() > 0 and text[m.start() - 1].isspace()
        after = m.end() < len(text) and text[m.end()].isspace()
        inlines.append(Inline(length, length, (m.group(), before, after), point=True))
        pos = m.end()
    plain.append(text[pos:])
    joined = "".join(plain)
    lead = len(joined) - len(joined.lstrip())  # "%(num)d Satelliten" reads as "Satelliten"
    joined = joined.strip()
    for inline in inlines:
        inline.start = inline.end = max(0, min(len(joined), inline.start - lead))
    return joined, inlines


def restore(target: str, placed, inlines: list[Inline]) -> str:
    """The English with each placeholder back, spaced as it was spaced in the German."""
    out = ""
    space_after = False
    for kind, value in events(target, inlines, placed):
        if kind == "text":
            if space_after and out and not out[-1].isspace() and value[:1].isalnum():
                out += " "
            out += value
            space_after = False
            continue
        literal, before, after = value.data
        if before and out and not out[-1].isspace():
            out += " "
        out += literal
        space_after = after
    return out


def read(path: Path) -> Document:
    import polib

    decoded = read_text(path)
    try:
        catalog = polib.pofile(decoded.text, encoding="utf-8", wrapwidth=0, check_for_duplicates=True)
    except Exception as err:  # polib raises OSError, ValueError and others for malformed files
        message = str(err).splitlines()[0] if str(err) else type(err).__name__
        raise InputError(f"{path}: malformed PO file ({message}); check it with msgfmt -c") from None
    doc = Document(path=str(path), format=".po", encoding=decoded.encoding, payload=(catalog, []))
    entries = doc.payload[1]
    for entry in catalog:
        if entry.obsolete or not entry.msgid:
            continue
        ids = [entry.msgid] + ([entry.msgid_plural] if entry.msgid_plural else [])
        if entry.msgid_plural:
            strings = [entry.msgstr_plural.get(0, ""), entry.msgstr_plural.get(1, "")]
        else:
            strings = [entry.msgstr]
        human = entry.translated()  # every msgstr filled and not fuzzy
        for k, msgid in enumerate(ids):
            text, inlines = protect(msgid)
            doc.add_segment(text, entry.linenum or 0)
            segment = doc.segments[-1]
            segment.inlines = inlines
            segment.original = msgid if inlines else None
            segment.target = (strings[k] if k < len(strings) else "") or None
            if human:
                segment.keep = "translated"
            elif not _LETTER_RE.search(text):
                segment.keep = "locked"  # only placeholders: nothing to translate
            entries.append((entry, k))
    return doc


def write(doc: Document, targets: Sequence[str] | None) -> bytes:
    catalog, entries = doc.payload
    if targets is not None:
        wrote = False
        for (entry, k), segment, text in zip(entries, doc.segments, targets):
            if segment.keep or text is None:
                continue
            english = restore(*segment.placements(text), segment.inlines) if segment.inlines else text
            if entry.msgid_plural:
                entry.msgstr_plural[k] = english
                if k == 0 and 1 not in entry.msgstr_plural:
                    entry.msgstr_plural[1] = ""
            else:
                entry.msgstr = english
            if "fuzzy" not in entry.flags:
                entry.flags.append("fuzzy")
            wrote = True
        if wrote:
            language = catalog.metadata.get("Language", "")
            if not language or language.lower().startswith("de"):
                catalog.metadata["Language"] = doc.target_lang.replace("-", "_")
            if catalog.metadata.get("Language", "en").lower().startswith("en"):
                catalog.metadata["Plural-Forms"] = "nplurals=2; plural=(n != 1);"
            catalog.metadata["Content-Type"] = "text/plain; charset=UTF-8"
    catalog.encoding = "utf-8"
    catalog.wrapwidth = 0
    return catalog.__unicode__().encode("utf-8")


register(Format("po", (".po", ".pot"), read, write, bilingual=True))
