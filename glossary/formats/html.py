"""HTML: whole sentences to the model, inline tags put back around the English words, the rest untouched.

A tag scanner rather than a tree, so what is not text is copied byte for byte and an untouched
block comes out exactly as it went in. Text is gathered per block (a paragraph, a heading, a list
item): inline tags inside it (<b>, <a href>, <span>, <img>, <br>) are `Inline`s, never shown to the
model, so a sentence is never cut at a tag. Sentences a tag pair crosses are translated as one.
Attribute text readers see (alt, title, placeholder, aria-label, <meta> description/keywords/og:*)
is translated too; `lang="de"` becomes `lang="en"`. Scripts, styles, code and comments stay as they are.
"""

from __future__ import annotations

import html as html_lib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from ..document import Document, Segment
from ..errors import InputError
from ..inline import MarkupBuilder, events, split_block
from ..textio import read_text
from . import Format, register

_TOKEN = re.compile(r"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<![^>]*>|<\?.*?\?>|</?[A-Za-z][^>]*>", re.DOTALL)
_RAW = {"script", "style", "pre", "textarea", "template", "svg", "math"}  # content never translated
_ATOMIC = {"code", "kbd", "samp", "var", "tt"}  # inline, kept whole as one point
_INLINE = {
    "a", "abbr", "b", "bdi", "bdo", "big", "cite", "data", "del", "dfn", "em", "font", "i", "ins", "mark",
    "q", "ruby", "rt", "rp", "s", "small", "span", "strike", "strong", "sub", "sup", "time", "u",
}  # fmt: skip
_VOID_INLINE = {"br", "img", "wbr", "input", "button", "label", "select", "option"}
_VOID_BLOCK = {"meta", "link", "hr", "area", "base", "col", "embed", "param", "source", "track"}
_NAME = re.compile(r"</?\s*([A-Za-z][\w:-]*)")
_ATTR = re.compile(r"""(\s)(alt|title|placeholder|aria-label|content|label)(\s*=\s*)("[^"]*"|'[^']*')""", re.IGNORECASE)
_META_NAMES = re.compile(
    r"""\b(?:name|property)\s*=\s*["']?(?:description|keywords|og:title|og:description|twitter:title|twitter:description)\b""",
    re.IGNORECASE,
)
_LANG = re.compile(r"""(<html\b[^>]*?\b(?:xml:)?lang\s*=\s*["'])de(?:-[A-Za-z]+)?(["'])""", re.IGNORECASE)
_LETTER = re.compile(r"[^\W\d_]")
_NO_TRANSLATE = re.compile(r"""\stranslate\s*=\s*["']?no\b""", re.IGNORECASE)  # HTML5 / ITS: leave the content


@dataclass
class _Tag:
    """A tag as written, with its translatable attribute values as segment indices."""

    parts: list = field(default_factory=list)  # str | int (a segment index in doc.segments)


@dataclass
class _Block:
    raw: str  # the block's text and inline tags exactly as read
    parts: list = field(default_factory=list)  # str (escaped literal) | int (segment index) | _Tag


def _tag(doc: Document, tag: str, line: int) -> _Tag | str:
    """A tag whose reader-visible attributes become segments (not in doc.parts: the writer places them)."""
    name = _NAME.match(tag)
    lower = name.group(1).lower() if name else ""
    out = _Tag()
    pos = 0
    for m in _ATTR.finditer(tag):
        attr = m.group(2).lower()
        if attr == "content" and not (lower == "meta" and _META_NAMES.search(tag)):
            continue
        value = m.group(4)[1:-1]
        text = html_lib.unescape(value)
        if not _LETTER.search(text):
            continue
        out.parts.append(tag[pos : m.start(4) + 1])
        segment = Segment(index=len(doc.segments), source=text.strip(), line=line)
        doc.segments.append(segment)
        out.parts.append(segment.index)
        pos = m.end(4) - 1
    if not out.parts:
        return tag
    out.parts.append(tag[pos:])
    return out


def read(path: Path) -> Document:
    decoded = read_text(path)
    return from_text(str(path), decoded.text, decoded.encoding)


def from_text(path: str, text: str, encoding: str) -> Document:
    """An HTML document from its decoded text (a file, or an XHTML member of an EPUB)."""
    if not re.search(r"<[A-Za-z!/]", text):
        raise InputError(f"{path}: no HTML tags found; translate it as .txt instead")
    doc = Document(path=path, format=".html", encoding=encoding, payload=[])
    out = doc.payload  # str | _Tag | _Block, in document order
    raw_stack: list[str] = []
    block: list = []  # items of the open block: ("text", raw) | ("tag", raw, name, kind)
    block_start = 0
    atomic: list | None = None  # an open <code>…</code>: its raw pieces

    def flush(at: int) -> None:
        nonlocal block
        if block:
            out.append(_build_block(doc, block, text.count("\n", 0, block_start) + 1))
        block = []

    pos = 0
    for m in _TOKEN.finditer(text):
        chunk, tag = text[pos : m.start()], m.group()
        pos = m.end()
        name_match = _NAME.match(tag)
        name = name_match.group(1).lower() if name_match and not tag.startswith("<!") else ""
        closing = tag.startswith("</")
        if raw_stack:
            out.append(chunk + tag if not closing or raw_stack[-1] != name else chunk)
            if closing and raw_stack[-1] == name:
                raw_stack.pop()
                out.append(tag)
            elif not closing and name == raw_stack[-1] and name not in ("script", "style") and not tag.endswith("/>"):
                raw_stack.append(name)  # <div translate="no"><div>…</div></div>: count the nesting
            continue
        if atomic is not None:
            atomic.append(chunk + tag)
            if closing and name == atomic[0]:
                block.append(("point", "".join(atomic[1:])))
                atomic = None
            continue
        if chunk:
            if not block:
                block_start = m.start() - len(chunk)
            block.append(("text", chunk))
        if tag.startswith("<!--") and block:
            block.append(("point", tag))
        elif (
            (name in _ATOMIC or (name in _INLINE and _NO_TRANSLATE.search(tag)))
            and not closing
            and not tag.endswith("/>")
        ):
            if not block:
                block_start = m.start()
            atomic = [name, tag]
        elif name in _INLINE or name in _VOID_INLINE:
            if not block:
                block_start = m.start()
            kind = "close" if closing else ("point" if name in _VOID_INLINE or tag.endswith("/>") else "open")
            block.append(
                ("tag", tag, name, kind, tag if closing else _tag(doc, tag, text.count("\n", 0, m.start()) + 1))
            )
        else:
            flush(m.start())
            out.append(_tag(doc, tag, text.count("\n", 0, m.start()) + 1) if not closing else tag)
            if (
                (name in _RAW or _NO_TRANSLATE.search(tag))
                and not closing
                and not tag.endswith("/>")
                and name not in _VOID_BLOCK
            ):
                raw_stack.append(name)
    if atomic is not None:
        block.append(("text", "".join(atomic[1:])))
    if raw_stack:
        out.append(text[pos:])
    else:
        if text[pos:]:
            if not block:
                block_start = pos
            block.append(("text", text[pos:]))
        flush(len(text))
    return doc


def _build_block(doc: Document, items: list, line: int) -> _Block | str:
    """Plain text and inline markup of one block, cut into sentences a tag pair never crosses."""
    raw = "".join(i[1] for i in items)
    built = MarkupBuilder()
    for item in items:
        if item[0] == "text":
            built.text(html_lib.unescape(item[1]))
        elif item[0] == "point":
            built.point(item[1])
        else:
            _, _, name, kind, tag = item
            if kind == "open":
                built.open(name, tag)
            elif not (kind == "close" and built.close(name, tag)):
                built.point(tag)
    text, inlines = built.finish()
    if not _LETTER.search(text) and not any(isinstance(i[-1], _Tag) for i in items if i[0] == "tag"):
        return raw
    block = _Block(raw)
    for part in split_block(text, inlines):
        if part[0] == "gap":
            block.parts.append(html_lib.escape(part[1], quote=False))
        elif part[0] == "mark":
            _, data, kind = part
            block.parts.append(data if not isinstance(data, list) else (data[0] if kind == "open" else data[1]))
        else:
            segment = Segment(index=len(doc.segments), source=part[1], line=line)
            segment.inlines = part[2]
            doc.segments.append(segment)
            block.parts.append(segment.index)
    return block


def _markup(kind: str, data, tag_text) -> str:
    if isinstance(data, list):
        return tag_text(data[0] if kind == "open" else data[1])
    return tag_text(data) if kind == "point" else ""


def _render_segment(segment: Segment, target: str, tag_text) -> str:
    if not segment.inlines:
        return html_lib.escape(target, quote=False)
    english, placed = segment.placements(target)
    return "".join(
        html_lib.escape(value, quote=False) if kind == "text" else _markup(kind, value.data, tag_text)
        for kind, value in events(english, segment.inlines, placed)
    )


def write(doc: Document, targets: Sequence[str]) -> bytes:
    changed = False
    out: list[str] = []

    def tag_text(tag: _Tag | str) -> str:
        if isinstance(tag, str):
            return tag
        return "".join(p if isinstance(p, str) else html_lib.escape(targets[p], quote=True) for p in tag.parts)

    def tags_changed(items) -> bool:
        return any(
            isinstance(t, _Tag) and any(isinstance(p, int) and targets[p] != doc.segments[p].source for p in t.parts)
            for t in items
        )

    for item in doc.payload:
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, _Tag):
            changed |= any(isinstance(p, int) and targets[p] != doc.segments[p].source for p in item.parts)
            out.append(tag_text(item))
        else:
            segments = [p for p in item.parts if isinstance(p, int)]
            inner_tags = [
                t
                for p in segments
                for i in doc.segments[p].inlines
                for t in (i.data if isinstance(i.data, list) else [i.data])
            ]
            if all(targets[i] == doc.segments[i].source for i in segments) and not tags_changed(
                inner_tags + item.parts
            ):
                out.append(item.raw)  # untouched text keeps its exact bytes (&nbsp;, &amp;, line breaks)
                continue
            changed = True
            for p in item.parts:
                if isinstance(p, int):
                    out.append(_render_segment(doc.segments[p], targets[p], tag_text))
                else:
                    out.append(tag_text(p))
    html = "".join(out)
    if changed:
        for _ in range(2):  # lang and xml:lang (XHTML has both)
            html = _LANG.sub(lambda m: m.group(1) + doc.target_lang + m.group(2), html, count=1)
    return html.encode(doc.encoding, errors="xmlcharrefreplace")


register(Format("html", (".html", ".htm", ".xhtml"), read, write))
