"""Inline codes of XLIFF 1.2, XLIFF 2 and TMX as `Inline`s, and back into elements.

Wrappers (<g>, <pc>, <mrk>, <hi>) become spans over their words; paired codes (<bpt>…<ept>,
<bx/>…<ex/>, <sc/>…<ec/>) become one span between the two; everything else (<x/>, <ph>, <it>,
unpaired codes, and text marked translate="no" or mtype="protected") is a point, copied whole.
Code content (`<ph>&lt;br/&gt;</ph>`) travels inside the element and is never shown to the model;
German text is never copied into a target.
"""

from __future__ import annotations

import copy

from ..inline import Inline, events
from ..xmlsafe import local

WRAPPERS = {"g", "pc", "mrk", "hi", "sub"}
OPENERS = {"bpt": "ept", "bx": "ex", "sc": "ec"}
CLOSERS = {v: k for k, v in OPENERS.items()}
_COUNT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}c"  # <text:s text:c="3"/>: three spaces


def _pair_id(el) -> str | None:
    for name in ("i", "rid", "id", "startRef"):
        if el.get(name) is not None:
            return el.get(name)
    return None


def flatten(holder, wrappers=WRAPPERS, spaces: frozenset[str] = frozenset()) -> tuple[str, list[Inline]]:
    """Plain text of a <source>/<seg> (or another format's paragraph) and its inline markup.

    `wrappers` are the local names of elements that span words; `spaces` those that stand for
    spaces (OpenDocument's <text:s/>): they give the model a space and are not copied back, the
    English brings its own."""
    text: list[str] = []
    inlines: list[Inline] = []
    open_codes: dict[tuple[str, str | None], int] = {}  # (closer tag, id) → index of the opener's Inline
    length = 0

    def add(value: str | None) -> None:
        nonlocal length
        if value:
            text.append(value)
            length += len(value)

    def walk(el) -> None:
        add(el.text)
        for child in el:
            tag = local(child.tag)
            if not isinstance(child.tag, str):  # comments, processing instructions: keep as points
                inlines.append(Inline(length, length, child, point=True))
            elif tag in spaces:
                count = child.get(_COUNT) or "1"
                add(" " * (min(int(count), 1000) if count.isdigit() and count != "0" else 1))
            elif tag in wrappers and child.get("translate") != "no" and child.get("mtype") != "protected":
                inline = Inline(length, length, child)
                inlines.append(inline)
                walk(child)
                inline.end = length
            elif tag in OPENERS:
                open_codes[(OPENERS[tag], _pair_id(child))] = len(inlines)
                inlines.append(Inline(length, length, [child, None], point=True))
            elif tag in CLOSERS:
                key = (tag, child.get("startRef") or _pair_id(child))
                k = open_codes.pop(key, None)
                if k is None:
                    inlines.append(Inline(length, length, child, point=True))
                else:
                    inlines[k].data[1] = child
                    inlines[k].end = length
                    inlines[k].point = False
            else:
                inlines.append(Inline(length, length, child, point=True))
            add(child.tail)

    walk(holder)
    for inline in inlines:  # an opener whose closer never came stays a point
        if isinstance(inline.data, list) and inline.data[1] is None:
            inline.data = inline.data[0]
            inline.point = True
    return "".join(text), inlines


def _code(el):
    clone = copy.deepcopy(el)
    clone.tail = None
    return clone


def build(target, text: str, inlines: list[Inline], placed) -> None:
    """Fill `target` (emptied first) with the English text and copies of the inline codes."""
    fill(target, ((kind, value if kind == "text" else value.data) for kind, value in events(text, inlines, placed)))


def fill(target, stream) -> None:
    """Fill `target` (emptied first) from ("text", str) / ("open" | "close" | "point", markup data) events."""
    for child in list(target):
        target.remove(child)
    target.text = None
    stack = [target]

    def add_text(value: str) -> None:
        el = stack[-1]
        if len(el):
            el[-1].tail = (el[-1].tail or "") + value
        else:
            el.text = (el.text or "") + value

    for kind, data in stream:
        if kind == "text":
            add_text(data)
        elif kind == "point":
            stack[-1].append(_code(data))
        elif isinstance(data, list):  # a pair of codes: the opener here, the closer at "close"
            stack[-1].append(_code(data[0] if kind == "open" else data[1]))
        elif kind == "open":
            shell = copy.copy(data)  # a wrapper: same tag and attributes, our words inside
            for grandchild in list(shell):
                shell.remove(grandchild)
            shell.text, shell.tail = None, None
            stack[-1].append(shell)
            stack.append(shell)
        elif len(stack) > 1:
            stack.pop()
