"""XML parsing that cannot be turned against the user: defusedxml's rules, enforced by the parser itself.

lxml parses with entity resolution, DTD loading and the network off; afterwards any entity
declaration in the document (general or parameter, in any encoding, anywhere in the file) is
refused, as defusedxml does. An ordinary DOCTYPE with a public or system id (TMX's `tmx14.dtd`,
TBX's `martif`) is accepted and never fetched.
"""

from __future__ import annotations

import re

from .errors import InputError

MAX_XML_BYTES = 512 * 1024**2  # no translator's XML file comes near this; a larger one is refused unread


def parse(data: bytes, name: str):
    """An lxml tree, or one InputError line naming the file."""
    from lxml import etree

    if len(data) > MAX_XML_BYTES:
        raise InputError(
            f"{name}: XML of {len(data) / 1024**2:.0f} MiB is larger than {MAX_XML_BYTES // 1024**2} MiB; split it"
        )
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise InputError(f"{name}: empty file, nothing to read")
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_blank_text=False,
    )
    try:
        tree = etree.fromstring(data, parser).getroottree()
    except etree.XMLSyntaxError as err:
        line = getattr(err, "lineno", None) or "?"
        message = str(getattr(err, "msg", "") or err).splitlines()[0] if str(err) else "syntax error"
        raise InputError(f"{name}:{line}: malformed XML ({message}); fix or re-export the file") from None
    except (ValueError, MemoryError) as err:  # e.g. a NUL byte lxml refuses before parsing
        raise InputError(
            f"{name}: not readable as XML ({str(err).splitlines()[0] if str(err) else type(err).__name__})"
        ) from None
    dtd = tree.docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise InputError(
            f"{name}: XML with entity declarations is refused (unsafe: entity expansion or external "
            "files); remove them from the DOCTYPE"
        )
    return tree


_DECLARATION = re.compile(rb"(?:\xef\xbb\xbf)?<\?xml[^>]*\?>\s*")


def serialize(tree, original: bytes = b"") -> bytes:
    """The tree as bytes under the XML declaration the file had (its quotes, spacing and line breaks
    kept) and with the file's last line break, so a file we change only inside its targets differs
    only there."""
    from lxml import etree

    encoding = tree.docinfo.encoding or "UTF-8"
    match = _DECLARATION.match(original)
    end = original[len(original.rstrip()) :]  # the line break after the root, which lxml drops
    if match is None:
        return etree.tostring(tree, encoding=encoding, xml_declaration=True) + end
    return match.group() + etree.tostring(tree, encoding=encoding, xml_declaration=False) + end


def check_bytes(data: bytes, name: str) -> None:
    """Refuse unsafe XML that another library (python-docx) is about to parse itself."""
    parse(data, name)


def local(tag) -> str:
    """Tag name without namespace."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""
