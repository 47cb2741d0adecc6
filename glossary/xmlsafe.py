"""XML parsing that cannot be turned against the user: no entities, no DTDs, no network."""
from __future__ import annotations

import re

from .errors import InputError

_DANGER = re.compile(rb"<!ENTITY|<!DOCTYPE[^>]*\[|SYSTEM\s+[\"']|PUBLIC\s+[\"']", re.IGNORECASE)


def parse(data: bytes, name: str):
    """An lxml tree; entity declarations and external references are refused before parsing."""
    from lxml import etree

    if not data.strip():
        raise InputError(f"{name}: empty file, nothing to read")
    if _DANGER.search(data[:65536]):
        raise InputError(f"{name}: XML with entity declarations or external references is refused (unsafe); remove the DOCTYPE")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_blank_text=False)
    try:
        return etree.fromstring(data, parser).getroottree()
    except etree.XMLSyntaxError as err:
        line = getattr(err, "lineno", None) or (err.position[0] if getattr(err, "position", None) else "?")
        raise InputError(f"{name}:{line}: malformed XML ({err.msg if hasattr(err, 'msg') else err}); fix or re-export the file") from None


def local(tag) -> str:
    """Tag name without namespace."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""
