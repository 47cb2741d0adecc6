"""gettext PO through babel: German msgids in, English msgstrs out (marked fuzzy: machine output wants review).

Plural messages: the singular and plural msgids are two segments; English has two forms, filled
from them. Existing translations are kept unless a new target is given.
"""
from __future__ import annotations

import io
from pathlib import Path
from typing import Sequence

from ..document import Document
from ..errors import InputError
from ..textio import read_text
from . import Format, register


def read(path: Path) -> Document:
    from babel.messages.pofile import PoFileError, read_po

    decoded = read_text(path)
    try:
        catalog = read_po(io.StringIO(decoded.text), abort_invalid=True)
    except (PoFileError, ValueError, IndexError) as err:
        raise InputError(f"{path}: malformed PO file ({err}); check it with msgfmt -c") from None
    doc = Document(path=str(path), format=".po", encoding=decoded.encoding, payload=catalog)
    for message in catalog:
        if not message.id:
            continue  # the header
        ids = message.id if isinstance(message.id, (tuple, list)) else (message.id,)
        strings = message.string if isinstance(message.string, (tuple, list)) else (message.string,)
        line = message.lineno or 0
        for k, msgid in enumerate(ids):
            doc.add_segment(msgid, line)
            existing = strings[k] if k < len(strings) else ""
            doc.segments[-1].target = existing or None
    return doc


def write(doc: Document, targets: Sequence[str] | None) -> bytes:
    from babel.messages.pofile import write_po

    catalog = doc.payload
    if targets is not None:
        it = iter(targets)
        for message in catalog:
            if not message.id:
                continue
            if isinstance(message.id, (tuple, list)):
                message.string = tuple(next(it) for _ in message.id)
            else:
                message.string = next(it)
            message.flags.add("fuzzy")
    out = io.BytesIO()
    write_po(out, catalog, width=0, omit_header=False)
    return out.getvalue()


register(Format("po", (".po", ".pot"), read, write, bilingual=True))
