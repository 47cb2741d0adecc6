"""TBX-Basic out as TBX v3 (ISO 30042:2019, DCA style) or TBX 2008 (martif: MultiTerm, memoQ, translate-toolkit);
TBX v3 and TBX 2008 in.

Mapping: one conceptEntry per entry. German langSec: the lemma (preferred), inflected variants
(termType variant), part of speech, contexts. English langSec: the target (preferred when the
entry is approved, admitted otherwise), alternatives (admitted), forbidden variants (deprecated).
Our review fields (status, kind, frequency, documents, score, evidence, case sensitivity,
matching) ride in entry-level <note> elements as `glossary:NAME=VALUE`, so nothing is lost.
"""

from __future__ import annotations

from lxml import etree

from ..store import COLUMNS, Glossary, TermEntry, _split_list
from ..xmlsafe import local, parse
from . import Imported, language_tag, same_language

NS = "urn:iso:std:iso:30042:ed-2"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
POS_OUT = {"NOUN": "noun", "PROPN": "properNoun", "ADJ NOUN": "noun", "ADJ": "adjective", "VERB": "verb"}
POS_IN = {"noun": "NOUN", "propernoun": "PROPN", "adjective": "ADJ", "verb": "VERB", "adverb": "ADV", "other": ""}
STATUS_OUT = {
    "approved": "preferredTerm-admn-sts",
    "candidate": "admittedTerm-admn-sts",
    "rejected": "notRecommendedTerm-admn-sts",
}
KNOWN_TERM_NOTES = {"partOfSpeech", "termType", "administrativeStatus", "normativeAuthorization"}
NOTE_FIELDS = ("status", "kind", "pos", "frequency", "documents", "score", "case_sensitive", "match", "evidence")


# TBX 2008 (ISO 30042:2008, `martif`): the same content under the names MultiTerm, memoQ and
# translate-toolkit read; no namespace, termEntry/langSet/tig for conceptEntry/langSec/termSec.
TBX2008_NAMES = {"tbx": "martif", "tbxHeader": "martifHeader", "conceptEntry": "termEntry", "langSec": "langSet",
                 "termSec": "tig"}  # fmt: skip


def _sub(parent, tag, text=None, **attrs):
    v3 = parent.tag.startswith("{")
    el = etree.SubElement(
        parent,
        f"{{{NS}}}{tag}" if v3 else TBX2008_NAMES.get(tag, tag),
        {k.replace("_", "-") if k != "lang" else XML_LANG: v for k, v in attrs.items()},
    )
    if text is not None:
        el.text = text
    return el


def _term_sec(lang_sec, term, status=None, term_type=None, pos=None, contexts=()):
    sec = _sub(lang_sec, "termSec")
    _sub(sec, "term", term)
    if pos:
        _sub(sec, "termNote", pos, type="partOfSpeech")
    if term_type:
        _sub(sec, "termNote", term_type, type="termType")
    if status:
        _sub(sec, "termNote", status, type="administrativeStatus")
    for context in contexts:
        _sub(sec, "descrip", context, type="context")
    return sec


def write(glossary: Glossary, source_lang: str = "de", target_lang: str = "en", dialect: str = "v3") -> bytes:
    """TBX-Basic: v3 (`dialect="v3"`, validates against the TBX-Basic DCA schema) or TBX 2008 (`"2008"`,
    the `martif` file MultiTerm, memoQ and translate-toolkit read)."""
    src, tgt = language_tag(source_lang), language_tag(target_lang)
    if dialect == "2008":
        root = etree.Element("martif", {"type": "TBX-Basic", XML_LANG: tgt})
    else:
        root = etree.Element(f"{{{NS}}}tbx", {"type": "TBX-Basic", "style": "dca", XML_LANG: tgt}, nsmap={None: NS})
    header = _sub(root, "tbxHeader")
    desc = _sub(_sub(header, "fileDesc"), "sourceDesc")
    _sub(
        desc,
        "p",
        f"Exported by glossary from {glossary.path or 'a glossary'} ({len(glossary.entries)} entries, "
        f"#{glossary.digest()})",
    )
    body = _sub(_sub(root, "text"), "body")
    for n, e in enumerate(glossary.entries, start=1):
        concept = _sub(body, "conceptEntry", id=f"c{n}")
        if e.note:
            _sub(concept, "note", e.note)
        for name in NOTE_FIELDS:
            value = e.to_row()[name]
            if value:
                _sub(concept, "note", f"glossary:{name}={value}")
        de = _sub(concept, "langSec", lang=src)
        pos = POS_OUT.get(e.pos, "")
        _term_sec(de, e.source, "preferredTerm-admn-sts", "phrase" if " " in e.source else None, pos, e.context)
        for variant in e.variants:
            _term_sec(de, variant, "admittedTerm-admn-sts", "variant")
        if e.target or e.forbidden or e.alternatives:
            en = _sub(concept, "langSec", lang=tgt)
            for target in e.targets():
                _term_sec(en, target, STATUS_OUT[e.status])
            for alternative in e.alternatives:
                _term_sec(en, alternative, "admittedTerm-admn-sts")
            for forbidden in e.forbidden:
                _term_sec(en, forbidden, "deprecatedTerm-admn-sts")
    if dialect == "2008":
        pi = b'<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">\n'
    else:
        pi = (
            b'<?xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/'
            b'TBXcoreStructV03_TBX-Basic_integrated.rng" type="application/xml" '
            b'schematypens="http://relaxng.org/ns/structure/1.0"?>\n'
        )
    body_xml = etree.tostring(root, encoding="UTF-8", pretty_print=True)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + pi + body_xml


def _children(el, *names):
    return [c for c in el if local(c.tag) in names]


def _text(el) -> str:
    return "".join(el.itertext()).strip()


def read(data: bytes, name: str, source_lang: str = "de", target_lang: str = "en") -> Imported:
    """TBX v3 (conceptEntry/langSec/termSec) or TBX 2008 (termEntry/langSet/tig|ntig)."""
    tree = parse(data, name)
    warnings: list[str] = []
    entries: list[TermEntry] = []
    concepts = [el for el in tree.iter() if local(el.tag) in ("conceptEntry", "termEntry")]
    if not concepts:
        warnings.append(f"{name}: no conceptEntry or termEntry elements: is this TBX?")
    for concept in concepts:
        where = f"{name}:{concept.sourceline}"
        entry_notes, extras = [], {}
        for child in concept:
            tag = local(child.tag)
            if tag == "note":
                text = _text(child)
                if text.startswith("glossary:") and "=" in text:
                    key, value = text[len("glossary:") :].split("=", 1)
                    extras[key] = value
                else:
                    entry_notes.append(text)
            elif tag in ("descrip", "descripGrp"):
                kind = (
                    child.get("type", "")
                    if tag == "descrip"
                    else (_children(child, "descrip")[0].get("type", "") if _children(child, "descrip") else "")
                )
                entry_notes.append(f"{kind.lower() or 'description'}: {_text(child)}")
            elif tag in ("langSec", "langSet"):
                continue
            elif tag in ("transacGrp", "admin", "xref", "ref"):
                warnings.append(f"{where}: <{tag}> ({_text(child)[:40]}) kept as a note")
                entry_notes.append(f"{tag}: {_text(child)}")
            else:
                warnings.append(f"{where}: <{tag}> not mapped")
        source_terms, target_terms = [], []
        for lang_sec in _children(concept, "langSec", "langSet"):
            lang = lang_sec.get(XML_LANG) or lang_sec.get("lang") or ""
            terms = []
            for term_sec in _children(lang_sec, "termSec", "tig", "ntig"):
                group = (
                    _children(term_sec, "termGrp")[0]
                    if local(term_sec.tag) == "ntig" and _children(term_sec, "termGrp")
                    else term_sec
                )
                term_el = _children(group, "term")
                if not term_el:
                    warnings.append(f"{name}:{term_sec.sourceline}: term section without <term>, skipped")
                    continue
                notes = {}
                contexts = []
                for child in list(group) + ([c for c in term_sec if c is not group] if group is not term_sec else []):
                    tag = local(child.tag)
                    if tag == "termNote":
                        kind = child.get("type", "")
                        notes[kind] = _text(child)
                        if kind not in KNOWN_TERM_NOTES:
                            warnings.append(
                                f"{name}:{child.sourceline}: termNote '{kind}' ({_text(child)[:30]}) not mapped"
                            )
                    elif tag == "descrip" and child.get("type", "").lower() == "context":
                        contexts.append(_text(child))
                    elif tag in ("descripGrp",):
                        for d in _children(child, "descrip"):
                            if d.get("type", "").lower() == "context":
                                contexts.append(_text(d))
                    elif tag not in ("term", "termGrp", "termNoteGrp", "transacGrp", "admin"):
                        warnings.append(f"{name}:{child.sourceline}: <{tag}> in a term section not mapped")
                terms.append((_text(term_el[0]), notes, contexts))
            if same_language(lang, source_lang):
                source_terms += terms
            elif same_language(lang, target_lang):
                target_terms += terms
            else:
                warnings.append(
                    f"{name}:{lang_sec.sourceline}: language '{lang}' is neither {source_lang} nor "
                    f"{target_lang}; skipped"
                )
        if not source_terms:
            warnings.append(f"{where}: no {source_lang} term, entry skipped")
            continue
        entries.append(_entry(source_terms, target_terms, extras, entry_notes, where, warnings))
    return Imported(Glossary(entries, name), warnings)


def _status_of(notes: dict) -> str:
    value = (notes.get("administrativeStatus") or notes.get("normativeAuthorization") or "").lower()
    if "deprecated" in value or "notrecommended" in value.replace(" ", "") or "superseded" in value:
        return "deprecated"
    if "preferred" in value:
        return "preferred"
    return "admitted" if value else ""


def _entry(source_terms, target_terms, extras, notes, where, warnings) -> TermEntry:
    (lemma, lemma_notes, contexts), *others = source_terms
    e = TermEntry(source=lemma, context=list(contexts))
    e.variants = [t for t, n, _ in others]
    pos = lemma_notes.get("partOfSpeech", "")
    e.pos = POS_IN.get(pos.replace(" ", "").lower(), pos.upper())
    if lemma_notes.get("termType") == "phrase" and e.pos == "NOUN":
        e.pos = "ADJ NOUN"
    preferred = [t for t, n, _ in target_terms if _status_of(n) in ("preferred", "")]
    admitted = [t for t, n, _ in target_terms if _status_of(n) == "admitted"]
    deprecated = [t for t, n, _ in target_terms if _status_of(n) == "deprecated"]
    any_preferred = any(_status_of(n) == "preferred" for _, n, _ in target_terms)
    if preferred:
        e.target = " | ".join(preferred) if len(preferred) > 1 and any_preferred else preferred[0]
        e.alternatives = admitted + (preferred[1:] if not any_preferred else [])
    elif admitted:
        e.target, e.alternatives = admitted[0], admitted[1:]
    e.forbidden = deprecated
    e.status = "approved" if any_preferred else "candidate"
    e.kind = "name" if e.pos == "PROPN" else "term"
    for key, value in extras.items():
        if key not in COLUMNS:
            warnings.append(f"{where}: note glossary:{key} not mapped")
            continue
        if key in ("evidence",):
            setattr(e, key, _split_list(value))
        elif key in ("frequency", "documents"):
            setattr(e, key, int(value))
        elif key == "score":
            e.score = float(value)
        elif key == "case_sensitive":
            e.case_sensitive = value == "yes"
        else:
            setattr(e, key, value)
    e.note = " | ".join(notes) if notes else e.note
    return e
