"""Files as translators have them (human work inside, inline codes, DOCTYPEs, long sentences), translated
by the real model and checked with the tools the rest of their chain uses: msgfmt -c, xmllint,
translate-toolkit's readers (GPL, tests only, an independent reader of our outputs)."""

import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import polib
import pytest
from lxml import etree

from glossary import cli

FIX = Path(__file__).parent / "fixtures" / "translators"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@pytest.fixture(scope="module")
def translated(tmp_path_factory, demo_package):
    base = tmp_path_factory.mktemp("translators")
    src = base / "in"
    shutil.copytree(FIX, src)
    out = base / "out"
    assert cli.main(["translate", str(src), "-o", str(out), "--no-memory", "-q"]) == 0
    return src, out


def _tmx_valid(path) -> bool:
    """xmllint against the TMX 1.4b structure (tests/data/tmx14-structure.dtd, written from the specification)."""
    dtd = Path(__file__).parent / "data" / "tmx14-structure.dtd"
    result = subprocess.run(["xmllint", "--noout", "--dtdvalid", str(dtd), str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return True


def _xliff12_valid(path) -> bool:
    """xmllint against the XLIFF 1.2 core (tests/data/xliff12-core.xsd, written from the specification:
    the official XSD cannot be fetched where CI runs)."""
    xsd = Path(__file__).parent / "data" / "xliff12-core.xsd"
    result = subprocess.run(["xmllint", "--noout", "--schema", str(xsd), str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return True


def test_run_record_exports_are_valid_and_carry_no_placeholders(translated, tmp_path):
    src, out = translated
    tmx, xlf = tmp_path / "run.tmx", tmp_path / "run.xlf"
    assert cli.main(["export", str(out / "glossary-run.jsonl"), "--format", "tmx", "-o", str(tmx)]) == 0
    assert cli.main(["export", str(out / "glossary-run.jsonl"), "--format", "xliff", "-o", str(xlf)]) == 0
    assert _tmx_valid(tmx)  # the XLIFF export is 2.0: well-formed and read back below
    for path in (tmx, xlf):
        text = path.read_text(encoding="utf-8")
        assert "⟦" not in text and "⟧" not in text
        assert subprocess.run(["xmllint", "--noout", str(path)]).returncode == 0


def _c14n(el) -> bytes:
    return etree.tostring(el, method="c14n")


def _codes(el) -> Counter:
    """Inline codes of a <source>/<target>/<seg>: tag, id and code content (a wrapper's words are translated)."""
    return Counter(
        (name, c.get("id") or c.get("i") or c.get("startRef") or "", "" if name in ("g", "pc", "mrk", "hi") else c.text or "")
        for c in el.iter() if c is not el for name in [etree.QName(c).localname]
    )  # fmt: skip


def test_po_keeps_human_msgstr_and_placeholders_and_passes_msgfmt(translated):
    src, out = translated
    result = subprocess.run(
        ["msgfmt", "-c", "--check-format", "--use-fuzzy", "-o", "/dev/null", str(out / "app.po")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    before = {(e.msgctxt, e.msgid): e for e in polib.pofile(str(src / "app.po"))}
    after = {(e.msgctxt, e.msgid): e for e in polib.pofile(str(out / "app.po"))}
    assert (
        after[(None, "Bereits übersetzt.")].msgstr == "Already translated."
        and not after[(None, "Bereits übersetzt.")].fuzzy
    )
    placeholder = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w+\}|</?b>")
    for key, entry in after.items():
        if before[key].translated():
            continue
        strings = [entry.msgstr] if not entry.msgid_plural else [entry.msgstr_plural[0], entry.msgstr_plural[1]]
        ids = [entry.msgid] if not entry.msgid_plural else [entry.msgid, entry.msgid_plural]
        if entry.msgid == "%s":
            assert entry.msgstr == ""  # nothing to translate
            continue
        assert entry.fuzzy and all(strings), entry
        for msgid, msgstr in zip(ids, strings):
            assert sorted(placeholder.findall(msgstr)) == sorted(placeholder.findall(msgid)), (msgid, msgstr)
    assert after[(None, "Der Hund schläft im Garten.")].msgstr != "The cat sleeps."  # a fuzzy old suggestion is redone
    assert polib.pofile(str(out / "app.po")).metadata["Language"] == "en"
    from translate.storage import po as toolkit_po

    assert len([u for u in toolkit_po.pofile.parsefile(str(out / "app.po")).units if not u.isheader()]) == len(after)


def test_xliff12_keeps_human_targets_and_locked_units_and_rebuilds_codes(translated):
    src, out = translated
    ns = {"x": "urn:oasis:names:tc:xliff:document:1.2"}
    before = etree.parse(str(src / "human12.xlf"))
    after = etree.parse(str(out / "human12.xlf"))
    units_before = {u.get("id"): u for u in before.iterfind(".//x:trans-unit", ns)}
    units_after = {u.get("id"): u for u in after.iterfind(".//x:trans-unit", ns)}
    for uid in ("1", "2", "6"):  # final, translated, signed-off: byte for byte as the translator left them
        assert _c14n(units_after[uid]) == _c14n(units_before[uid])
    assert units_after["4"].find("x:target", ns) is None  # translate="no"
    for uid in ("3", "5"):
        source, target = units_after[uid].find("x:source", ns), units_after[uid].find("x:target", ns)
        assert target.get("state") == "needs-review-translation" and target.get("state-qualifier") == "mt-suggestion"
        assert _codes(target) == _codes(source)  # every code back, with its content, none duplicated
        german = {"Karte"} if uid == "3" else set()
        assert not any(word in "".join(target.itertext()) for word in german)  # German never copied into the target
        assert "⟦" not in "".join(target.itertext())
    assert _xliff12_valid(out / "human12.xlf")
    from translate.storage import xliff as toolkit_xliff

    store = toolkit_xliff.xlifffile.parsefile(str(out / "human12.xlf"))
    assert len(store.units) == 6 and store.units[0].target.startswith("Putin received Kim")


def test_xliff2_keeps_final_and_locked_and_pairs_codes(translated):
    src, out = translated
    ns = {"x": "urn:oasis:names:tc:xliff:document:2.0"}
    before = {u.get("id"): u for u in etree.parse(str(src / "human20.xlf")).iterfind(".//x:unit", ns)}
    after = {u.get("id"): u for u in etree.parse(str(out / "human20.xlf")).iterfind(".//x:unit", ns)}
    assert _c14n(after["u1"]) == _c14n(before["u1"])
    assert after["u3"].find(".//x:target", ns) is None
    for uid in ("u2", "u4"):
        segment = after[uid].find("x:segment", ns)
        assert segment.get("state") == "initial"
        assert _codes(segment.find("x:target", ns)) == _codes(segment.find("x:source", ns))
    target = after["u4"].find(".//x:target", ns)
    tags = [etree.QName(c).localname for c in target]
    assert tags == ["sc", "ec"]  # the pair stays in order
    assert subprocess.run(["xmllint", "--noout", str(out / "human20.xlf")]).returncode == 0


def test_tmx_with_doctype_keeps_existing_english_and_inline_codes(translated):
    src, out = translated
    data = (out / "omegat.tmx").read_bytes()
    assert b"<!DOCTYPE tmx SYSTEM" in data  # the DOCTYPE is kept, never resolved
    root = etree.fromstring(data)
    tus = root.findall(".//tu")
    english = [next((t for t in tu.findall("tuv") if t.get(XML_LANG, "").startswith("en")), None) for tu in tus]
    assert all(t is not None for t in english)
    old = etree.parse(str(src / "omegat.tmx")).findall(".//tu")[2]
    assert _c14n(tus[2]) == _c14n(old)  # the human English tuv is untouched
    for tu, en in zip(tus[:2], english[:2]):
        de = next(t for t in tu.findall("tuv") if t.get(XML_LANG, "").startswith("de"))
        assert _codes(en.find("seg")) == _codes(de.find("seg"))
    assert _tmx_valid(out / "omegat.tmx")
    from translate.storage import tmx as toolkit_tmx

    assert len(toolkit_tmx.tmxfile.parsefile(str(out / "omegat.tmx")).units) == 3


def test_overwrite_existing_retranslates_human_work_but_never_locked_units(tmp_path, demo_package):
    out = tmp_path / "human12.xlf"
    assert (
        cli.main(["translate", str(FIX / "human12.xlf"), "-o", str(out), "--no-memory", "-q", "--overwrite-existing"])
        == 0
    )
    ns = {"x": "urn:oasis:names:tc:xliff:document:1.2"}
    units = {u.get("id"): u for u in etree.parse(str(out)).iterfind(".//x:trans-unit", ns)}
    assert units["2"].find("x:target", ns).get("state") == "needs-review-translation"
    assert units["4"].find("x:target", ns) is None


def test_long_sentences_never_abort_a_run(tmp_path, demo_package, capsys):
    import docx

    words = "der Hund läuft schnell über die grüne Wiese und".split()
    paragraph = " ".join(words[i % len(words)] for i in range(232)) + "."
    src = tmp_path / "in"
    src.mkdir()
    d = docx.Document()
    d.add_paragraph(paragraph)
    d.save(str(src / "long.docx"))
    (src / "long.txt").write_text(
        " ".join(words[i % len(words)] for i in range(260)) + "\nEin Hund läuft.\n", encoding="utf-8"
    )
    out = tmp_path / "out"
    assert cli.main(["translate", str(src), "-o", str(out), "--no-memory", "-q"]) == 0
    assert "Traceback" not in capsys.readouterr().err
    text = (out / "long.txt").read_text(encoding="utf-8").splitlines()
    # translated in parts (the model's positions end at 512 pieces), not left in German
    assert len(text) == 2 and len(text[0].split()) > 20 and "Hund" not in text[0] + text[1]
    english = docx.Document(str(out / "long.docx")).paragraphs[0].text
    assert len(english.split()) > 20 and "Hund" not in english


def test_html_sentences_whole_inline_tags_kept_attributes_translated(translated):
    from glossary.formats import read_document

    src, out = translated
    doc = read_document(src / "news.html")
    sources = [s.source for s in doc.segments]
    # never cut at a tag: whole sentences, and the two a <strong> crosses stay one segment
    assert (
        "Der russische Präsident Wladimir Putin hat den nordkoreanischen Machthaber Kim Jong-un am Weltraumbahnhof empfangen."
        in sources
    )
    assert "Die Reise dauerte zwei Tage. Danach fuhr er nach Wladiwostok." in sources
    for attribute in (
        "Putin empfängt Kim am Weltraumbahnhof.",
        "Karte des Ortes",
        "Der Zug am Bahnhof",
        "Suchbegriff eingeben",
        "Suche",
    ):
        assert attribute in sources  # meta description, title, alt, placeholder, aria-label
    html = (out / "news.html").read_text(encoding="utf-8")
    before = (src / "news.html").read_text(encoding="utf-8")
    tags = re.compile(r"<(/?[a-z0-9]+)")
    assert Counter(tags.findall(html)) == Counter(tags.findall(before))  # every tag still there, none doubled
    assert '<html lang="en">' in html and '<a href="/ort" title="' in html and 'href="/ort"' in html
    assert "<code>&lt;kein Code&gt;</code>" in html and "<pre>Dieser Text bleibt.</pre>" in html
    for german in ("Karte des Ortes", "Suchbegriff", "Der Zug am Bahnhof", "empfangen", "Weltraumbahnhof</a>"):
        assert german not in html
    etree.fromstring(html.split("\n", 1)[1].encode(), etree.HTMLParser())
    result = subprocess.run(
        ["pandoc", "-f", "html", "-t", "plain", str(out / "news.html")], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr  # pandoc reads our HTML


def test_srt_cues_translated_whole_and_rewrapped(translated):
    from glossary.formats import read_document

    src, out = translated
    doc = read_document(src / "film.srt")
    assert (
        doc.segments[0].source == "Ein Mann mit einem roten Hut fährt mit dem Fahrrad durch die Stadt."
    )  # one sentence, not two lines
    assert [s.source for s in doc.segments[1:3]] == ["Wo ist der Hund?", "Er spielt im Schnee."]  # one per speaker
    before = (src / "film.srt").read_bytes().decode().split("\r\n\r\n")
    after = (out / "film.srt").read_bytes().decode().split("\r\n\r\n")
    assert len(after) == len(before)
    for old, new in zip(before, after):
        old_lines, new_lines = old.split("\r\n"), new.strip("\r\n").split("\r\n")
        assert new_lines[:2] == old_lines[:2]  # number and timing untouched
        text = new_lines[2:]
        visible = [re.sub(r"</?[biu]>|\{\\[^}]*\}", "", line) for line in text]
        if sum(len(v) for v in visible) <= 80:
            assert len(text) <= 2 and all(len(v) <= 42 for v in visible), text
    dialogue = after[1].split("\r\n")[2:]
    assert len(dialogue) == 2 and all(line.startswith("- ") for line in dialogue)
    assert "<i>" in after[2] and "</i>" in after[2] and after[3].split("\r\n")[2].startswith("{\\an8}")
    assert after[4].rstrip().endswith(" https://example.org/film")
    assert "Hund" not in after[1] and "Fahrrad" not in after[0]


def test_thousand_word_sentence_and_target_lang(tmp_path, demo_package, capsys):
    words = "der Hund läuft schnell über die grüne Wiese und die Katze schläft".split()
    src = tmp_path / "long.txt"
    src.write_text(" ".join(words[i % len(words)] for i in range(1000)) + ".\nEin Hund läuft.\n", encoding="utf-8")
    assert cli.main(["translate", str(src), "-o", str(tmp_path / "long.en.txt"), "--no-memory", "-q"]) == 0
    lines = (tmp_path / "long.en.txt").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 and "Hund" not in lines[0] and len(lines[0].split()) > 50
    out = tmp_path / "gb.tmx"
    assert (
        cli.main(["translate", str(FIX / "omegat.tmx"), "-o", str(out), "--no-memory", "-q", "--target-lang", "en-GB"])
        == 0
    )
    assert 'xml:lang="en-GB"><seg>' in out.read_text(encoding="utf-8")
    assert cli.main(["translate", str(FIX / "omegat.tmx"), "-o", str(out), "--target-lang", "fr"]) == 2
    assert "--target-lang fr" in capsys.readouterr().err


def test_translate_no_in_html_is_left_alone(tmp_path, demo_package):
    src = tmp_path / "a.html"
    src.write_text(
        '<html lang="de"><body><p>Der Hund <span translate="no">Wostotschny GmbH</span> läuft.</p>'
        '<div translate="no"><div>Nicht übersetzen.</div><p>Auch nicht.</p></div><p>Eine Frau liest.</p></body></html>',
        encoding="utf-8",
    )
    out = tmp_path / "a.en.html"
    assert cli.main(["translate", str(src), "-o", str(out), "--no-memory", "-q"]) == 0
    html = out.read_text(encoding="utf-8")
    assert '<span translate="no">Wostotschny GmbH</span>' in html
    assert "<div>Nicht übersetzen.</div><p>Auch nicht.</p></div>" in html and "Eine Frau liest" not in html


def test_check_reads_po_as_pairs_and_flags_dropped_placeholders(tmp_path, capsys):
    import json

    src = FIX / "app.po"
    out = tmp_path / "app.en.po"
    catalog = polib.pofile(str(src))
    for entry in catalog:
        if entry.msgid.startswith("Willkommen"):
            entry.msgstr = "Welcome, %(name)s! You have new messages."  # %(count)d dropped
        if entry.msgid.startswith("Datei %s"):
            entry.msgstr = "Could not open file %s (%d)."
    catalog.save(str(out))
    assert cli.main(["check", str(src), str(out), "--json", "--no-extract"]) == 1
    findings = json.loads(capsys.readouterr().out)["findings"]
    placeholder = [f for f in findings if f["rule"] == "placeholder"]
    assert [f["term"] for f in placeholder] == ["%(count)d"]
    assert not any(f["rule"] == "url" for f in findings)


def _word_file(path):
    """A DOCX as Word writes them: spaces in runs of their own, a hyperlink, bold, header, footer, a title."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    d = docx.Document()
    d.core_properties.title = "Ein Hund im Schnee"
    d.sections[0].header.paragraphs[0].text = "Zwei Hunde spielen im Schnee."
    d.sections[0].footer.paragraphs[0].text = "Eine Frau liest ein Buch."
    p = d.add_paragraph()
    for text, bold in (
        ("Ein", False),
        (" ", False),
        ("Mann", True),
        (" ", False),
        ("fährt", False),
        (" Fahrrad.", False),
    ):
        p.add_run(text).bold = bold or None
    q = d.add_paragraph("Ein Kind springt in das ")
    rid = d.part.relate_to(
        "https://example.org/wasser",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink",
        is_external=True,
    )
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rid)
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "Wasser"
    run.append(t)
    link.append(run)
    q._p.append(link)
    q.add_run(".")
    d.save(str(path))


def test_docx_runs_links_headers_footers_title(tmp_path, demo_package):
    import docx

    src = tmp_path / "brief.docx"
    _word_file(src)
    out = tmp_path / "brief.en.docx"
    assert cli.main(["translate", str(src), "-o", str(out), "--no-memory", "-q"]) == 0
    d = docx.Document(str(out))
    body = [p for p in d.paragraphs if p.text.strip()]
    first, second = body[0], body[1]
    words = first.text.split()
    assert len(words) >= 3 and all(len(w) < 15 for w in words), first.text  # no words glued where a space was a run
    assert any(r.bold for r in first.runs) and "Mann" not in first.text
    link = second._p.find(".//{http://schemas.openxmlformats.org/wordprocessingml/2006/main}hyperlink")
    assert link is not None and link.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")
    link_text = "".join(link.itertext())
    assert link_text.strip() and "Wasser" not in link_text and "Wasser" not in second.text
    assert "Hunde" not in d.sections[0].header.paragraphs[0].text and d.sections[0].header.paragraphs[0].text.strip()
    assert "Frau" not in d.sections[0].footer.paragraphs[0].text and d.sections[0].footer.paragraphs[0].text.strip()
    assert d.core_properties.title and "Hund" not in d.core_properties.title
    result = subprocess.run(["pandoc", "-f", "docx", "-t", "plain", str(out)], capture_output=True, text=True)
    assert result.returncode == 0 and "Kind" not in result.stdout


def test_markdown_keeps_links_images_emphasis_and_code(translated):
    src, out = translated
    before = (src / "notes.md").read_text(encoding="utf-8")
    after = (out / "notes.md").read_text(encoding="utf-8")
    counts = {
        "links": r"(?<!!)\[[^\]]+\]\([^)]+\)", "images": r"!\[[^\]]*\]\([^)]+\)", "strong": r"\*\*[^*]+\*\*|__[^_]+__",
        "emphasis": r"(?<!\*)\*[^*\s][^*]*\*(?!\*)", "code": r"`[^`]+`", "autolinks": r"<https?://[^>]+>",
    }  # fmt: skip
    for name, pattern in counts.items():
        assert len(re.findall(pattern, after)) == len(re.findall(pattern, before)), (name, after)
    assert '](https://kremlin.ru "Kreml")' in after and "](wiese.png)" in after and "`code bleibt`" in after
    assert "[Kreml]" not in after and "grüne Wiese" not in after  # link and alt text translated
    assert "| --- |" not in after and "|---|---|" in after  # tables untouched in structure
    html = [
        subprocess.run(["pandoc", "-f", "markdown", "-t", "html", str(f)], capture_output=True, text=True).stdout
        for f in (src / "notes.md", out / "notes.md")
    ]
    for element in (
        "<a ",
        "<img ",
        "<strong>",
        "<em>",
        "<code>",
        "<blockquote>",
        "<ul>",
        "<ol>",
        "<li>",
        "<p>",
        "<table>",
        "<h1",
    ):
        assert html[0].count(element) == html[1].count(element), element  # the same document structure


def _rewrite_docx(path, edit):
    """Change a DOCX's members as Word would have written them: `edit(members)` on {name: bytes}."""
    import zipfile

    with zipfile.ZipFile(path) as zf:
        members = {info.filename: zf.read(info) for info in zf.infolist()}
    edit(members)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)


def _with_footnote_and_text_box(path):
    """Add what python-docx cannot write: a footnote (its own part) and a text box (VML) to a DOCX."""
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    footnotes = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {w}>'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:id="1"><w:p><w:r><w:t xml:space="preserve">Eine Frau liest ein Buch im Park.</w:t></w:r></w:p></w:footnote>'
        "</w:footnotes>"
    )
    box = (
        '<w:p><w:r><w:t xml:space="preserve">Siehe unten.</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r>'
        '<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" style="width:100pt;height:50pt"><v:textbox>'
        "<w:txbxContent><w:p><w:r><w:t>Zwei Hunde spielen im Schnee.</w:t></w:r></w:p></w:txbxContent>"
        "</v:textbox></v:shape></w:pict></w:r></w:p>"
    )

    def edit(members):
        members["word/footnotes.xml"] = footnotes.encode()
        members["word/document.xml"] = members["word/document.xml"].replace(
            b"<w:sectPr", box.encode() + b"<w:sectPr", 1
        )
        members["word/_rels/document.xml.rels"] = members["word/_rels/document.xml.rels"].replace(
            b"</Relationships>",
            b'<Relationship Id="rIdFn1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>',
        )
        members["[Content_Types].xml"] = members["[Content_Types].xml"].replace(
            b"</Types>",
            b'<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>',
        )

    _rewrite_docx(path, edit)


def _docx_through_the_model(tmp_path, name, add_parts):
    """A Word file with `add_parts` applied, its segments as read, and after `glossary translate`: its
    XML parts and what pandoc reads from it."""
    import zipfile

    from glossary.formats import read_document

    src = tmp_path / f"{name}.docx"
    _word_file(src)
    add_parts(src)
    sources = [s.source for s in read_document(src).segments]
    out = tmp_path / f"{name}.en.docx"
    assert cli.main(["translate", str(src), "-o", str(out), "--no-memory", "-q"]) == 0
    with zipfile.ZipFile(out) as zf:
        parts = {n: zf.read(n).decode() for n in zf.namelist() if n.startswith("word/") and n.endswith(".xml")}
    result = subprocess.run(["pandoc", "-f", "docx", "-t", "plain", str(out)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return sources, parts, result.stdout


def test_docx_footnotes_and_text_boxes_are_translated(tmp_path, demo_package):
    sources, parts, plain = _docx_through_the_model(tmp_path, "notes", _with_footnote_and_text_box)
    assert "Eine Frau liest ein Buch im Park." in sources and "Zwei Hunde spielen im Schnee." in sources
    footnotes, document = parts["word/footnotes.xml"], parts["word/document.xml"]
    assert "Frau" not in footnotes and "<w:separator/>" in footnotes
    assert "Zwei Hunde" not in document and "<w:txbxContent>" in document and "w:footnoteReference" in document
    assert "Frau" not in plain


def _with_tracked_changes_and_controls(path):
    """A paragraph as a reviewed Word file has it: a tracked insertion and deletion, a smart tag, a
    content control, all holding runs of the sentence."""

    paragraph = (
        '<w:p><w:r><w:t xml:space="preserve">Eine </w:t></w:r>'
        '<w:ins w:id="1" w:author="Lektorin" w:date="2026-01-01T00:00:00Z"><w:r><w:t xml:space="preserve">junge </w:t></w:r></w:ins>'
        '<w:del w:id="2" w:author="Lektorin" w:date="2026-01-01T00:00:00Z"><w:r><w:delText xml:space="preserve">alte </w:delText></w:r></w:del>'
        '<w:smartTag w:uri="urn:x" w:element="place"><w:r><w:t xml:space="preserve">Frau </w:t></w:r></w:smartTag>'
        '<w:sdt><w:sdtPr><w:alias w:val="Ort"/></w:sdtPr><w:sdtContent><w:r><w:t xml:space="preserve">sitzt im Park</w:t></w:r></w:sdtContent></w:sdt>'
        "<w:r><w:t>.</w:t></w:r></w:p>"
        # a control holding a link: kept whole, its words never dropped
        '<w:p><w:r><w:t xml:space="preserve">Der Hund läuft </w:t></w:r><w:sdt><w:sdtContent>'
        '<w:r><w:t xml:space="preserve">sehr </w:t></w:r><w:hyperlink w:anchor="x"><w:r><w:t>schnell</w:t></w:r></w:hyperlink>'
        '</w:sdtContent></w:sdt><w:r><w:t xml:space="preserve"> nach Hause.</w:t></w:r></w:p>'
    )

    def edit(members):
        body = members["word/document.xml"].decode()
        members["word/document.xml"] = body.replace("<w:sectPr", paragraph + "<w:sectPr", 1).encode()

    _rewrite_docx(path, edit)


def test_docx_tracked_changes_smart_tags_and_content_controls(tmp_path, demo_package):
    sources, parts, plain = _docx_through_the_model(tmp_path, "reviewed", _with_tracked_changes_and_controls)
    assert "Eine junge Frau sitzt im Park." in sources  # the current text, whole; the deletion is not in it
    document = parts["word/document.xml"]
    for german in ("junge", "Frau", "sitzt", "alte", "Park"):
        assert german not in document, german
    assert document.count("<w:sdt>") == 2 and '<w:alias w:val="Ort"/>' in document  # the controls kept, around English
    assert "sehr" in document and "schnell" in document and "Hause" not in document
    sdt = re.search(r"<w:sdtContent>(.*?)</w:sdtContent>", document).group(1)
    assert "<w:t" in sdt
    assert "Frau" not in plain
