"""A translation run for CAT tools: TMX 1.4b and XLIFF 2.1, one unit per sentence."""

from __future__ import annotations

import datetime

from lxml import etree

from .. import __version__
from ..runrecord import RunRecord
from . import language_tag

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
XLIFF2 = "urn:oasis:names:tc:xliff:document:2.0"


def to_tmx(record: RunRecord, source_lang: str = "de", target_lang: str = "en") -> bytes:
    src, tgt = language_tag(source_lang), language_tag(target_lang)
    root = etree.Element("tmx", version="1.4")
    etree.SubElement(
        root, "header", creationtool="glossary", creationtoolversion=__version__, segtype="sentence",
        **{"o-tmf": "glossary-run", "adminlang": "en", "srclang": src, "datatype": "plaintext",
           "creationdate": datetime.datetime.now(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")},
    )  # fmt: skip
    body = etree.SubElement(root, "body")
    for s in record.segments:
        tu = etree.SubElement(body, "tu")
        prop = etree.SubElement(tu, "prop", type="x-file")
        prop.text = f"{s.file}:{s.line}"
        for lang, text in ((src, s.source), (tgt, s.target)):
            tuv = etree.SubElement(tu, "tuv", {XML_LANG: lang})
            etree.SubElement(tuv, "seg").text = text
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def to_xliff(record: RunRecord, source_lang: str = "de", target_lang: str = "en") -> bytes:
    src, tgt = language_tag(source_lang), language_tag(target_lang)
    root = etree.Element(f"{{{XLIFF2}}}xliff", version="2.1", srcLang=src, trgLang=tgt, nsmap={None: XLIFF2})
    files: dict[str, etree._Element] = {}
    for n, s in enumerate(record.segments, start=1):
        file_el = files.get(s.file)
        if file_el is None:
            file_el = files[s.file] = etree.SubElement(
                root, f"{{{XLIFF2}}}file", id=f"f{len(files) + 1}", original=s.file
            )
        unit = etree.SubElement(file_el, f"{{{XLIFF2}}}unit", id=f"u{n}")
        if s.applied:
            notes = etree.SubElement(unit, f"{{{XLIFF2}}}notes")
            for a in s.applied:
                note = etree.SubElement(notes, f"{{{XLIFF2}}}note", category="terminology")
                note.text = f"{a['term']} → {a['target']} ({a['method']})"
        segment = etree.SubElement(unit, f"{{{XLIFF2}}}segment", state="translated")
        etree.SubElement(segment, f"{{{XLIFF2}}}source").text = s.source
        etree.SubElement(segment, f"{{{XLIFF2}}}target").text = s.target
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
