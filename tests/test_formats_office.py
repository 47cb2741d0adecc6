"""OpenDocument, PowerPoint, Excel, EPUB, PDF and CAT-tool XLIFF: one folder translated with the real demo
model through the CLI, each output read back by an independent reader (odfpy, python-pptx, openpyxl,
python-docx, lxml/xmllint, translate-toolkit) to check every text is English, formatting and
non-text content are kept, human work is untouched and the document language is set."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from glossary import cli
from glossary.formats import read_document

from .officefiles import EPUB_FILES, FIX, MAKERS, make


def _english(text: str, german: str) -> bool:
    return text.strip() != german.strip() and bool(text.strip())


@pytest.fixture(scope="module")
def run(tmp_path_factory, demo_package):
    folder = tmp_path_factory.mktemp("office")
    src = folder / "in"
    src.mkdir()
    for ext in MAKERS:
        make(ext, src / f"bericht{ext}")
    for f in (FIX / "cat").iterdir():
        shutil.copy(f, src / f.name)
    out = folder / "out"
    code = cli.main(["translate", str(src), "-o", str(out), "--no-memory", "-q", "--target-lang", "en-GB"])
    return src, out, code


def test_a_folder_of_every_kind_translates(run):
    src, out, code = run
    assert code == 0
    names = sorted(p.name for p in out.iterdir() if not p.name.startswith("glossary-"))
    assert names == sorted(
        ["bericht.odt", "bericht.odp", "bericht.ods", "bericht.pptx", "bericht.xlsx", "bericht.epub", "bericht.md"]
        + ["report.docx.sdlxliff", "report.mqxliff"]
    )


def _zip_order(path: Path) -> list[tuple[str, int]]:
    with zipfile.ZipFile(path) as zf:
        return [(i.filename, i.compress_type) for i in zf.infolist()]


@pytest.mark.parametrize("ext", [".odt", ".odp", ".ods", ".pptx", ".xlsx", ".epub"])
def test_packages_keep_members_order_compression_and_untouched_bytes(run, ext):
    src, out, _ = run
    before, after = src / f"bericht{ext}", out / f"bericht{ext}"
    assert _zip_order(before) == _zip_order(after)
    with zipfile.ZipFile(before) as a, zipfile.ZipFile(after) as b:
        changed = [n for n in a.namelist() if a.read(n) != b.read(n)]
        for name in a.namelist():
            if name.endswith((".png", ".css", "manifest.xml", ".rels")) or name == "mimetype":
                assert a.read(name) == b.read(name), name
    assert changed  # something was translated
    if ext in (".odt", ".odp", ".ods", ".epub"):
        assert _zip_order(after)[0] == ("mimetype", zipfile.ZIP_STORED)


def _odf_paragraphs(path: Path) -> list[str]:
    from odf import teletype, text
    from odf.opendocument import load

    doc = load(str(path))
    return [teletype.extractText(p) for p in doc.getElementsByType(text.P) + doc.getElementsByType(text.H)]


def test_odt_text_spans_links_notes_tables_footer_and_language(run):
    src, out, _ = run
    from odf import opendocument, text

    german = read_document(src / "bericht.odt")
    english = read_document(out / "bericht.odt")
    assert len(english.segments) == len(german.segments)
    for g, e in zip(german.segments, english.segments):
        assert _english(e.source, g.source), (g.source, e.source)
    doc = opendocument.load(str(out / "bericht.odt"))
    spans = [s for s in doc.getElementsByType(text.Span) if s.getAttribute("stylename") == "Fett"]
    assert spans and all(str(s).strip() for s in spans)  # the bold span still holds words
    links = doc.getElementsByType(text.A)
    assert [a.getAttribute("href") for a in links] == ["https://example.org/wladiwostok"] and str(links[0]).strip()
    assert len(doc.getElementsByType(text.Note)) == 1
    content = zipfile.ZipFile(out / "bericht.odt").read("content.xml").decode()
    assert 'office:value="3.5"' in content and "<text:p>3,5</text:p>" in content  # the number cell as it was
    styles = zipfile.ZipFile(out / "bericht.odt").read("styles.xml").decode()
    assert 'fo:language="en"' in styles and 'fo:country="GB"' in styles and 'fo:language="de"' not in styles
    assert "Vertraulicher" not in styles  # the footer is translated
    meta = zipfile.ZipFile(out / "bericht.odt").read("meta.xml").decode()
    assert "Bericht über den Hafen" not in meta


def test_odp_slides_and_notes_and_ods_text_cells_only(run):
    src, out, _ = run
    german = _odf_paragraphs(src / "bericht.odp")
    english = _odf_paragraphs(out / "bericht.odp")
    assert len(german) == len(english) == 3
    assert all(_english(e, g) for g, e in zip(german, english))
    cells = _odf_paragraphs(out / "bericht.ods")
    assert cells[1:] == ["1.234,5", "1. März 2026"] and _english(cells[0], "Der Hafen ist groß.")


def test_pptx_frames_groups_tables_notes_runs_and_pictures(run):
    src, out, _ = run
    from pptx import Presentation

    before, after = Presentation(str(src / "bericht.pptx")), Presentation(str(out / "bericht.pptx"))

    def texts(prs):
        found = []
        for slide in prs.slides:
            for shape in slide.shapes:
                inner = shape.shapes if shape.shape_type == 6 else [shape]  # a group's shapes
                for s in inner:
                    if s.has_text_frame:
                        found += [p.text for p in s.text_frame.paragraphs]
                    if s.has_table:
                        found += [c.text for row in s.table.rows for c in row.cells]
            found.append(slide.notes_slide.notes_text_frame.text)
        return found

    german, english = texts(before), texts(after)
    assert len(german) == len(english)
    for g, e in zip(german, english):
        assert (e == g) if g == "42" else _english(e, g), (g, e)
    body = after.slides[0].placeholders[1].text_frame.paragraphs
    assert any(r.font.bold for r in body[1].runs) and not all(r.font.bold for r in body[1].runs)
    assert body[2].runs[0].hyperlink.address == "https://example.org/hafen"
    assert len(body[3].runs) == 1  # runs that differ only in language or spell-check marks are one run
    xml = zipfile.ZipFile(out / "bericht.pptx").read("ppt/slides/slide1.xml").decode()
    assert 'lang="de-DE"' not in xml and 'lang="en-GB"' in xml
    assert after.core_properties.title != "Bericht über den Hafen"
    smartart = zipfile.ZipFile(out / "bericht.pptx").read("ppt/diagrams/data1.xml").decode()
    assert "Planung" not in smartart and "Bau des Hafens" not in smartart and smartart.count("<a:t>") == 2


def test_pptx_text_that_may_overflow_is_a_notice_in_the_run_summary(tmp_path, capsys, demo_package):
    from pptx import Presentation
    from pptx.enum.text import MSO_AUTO_SIZE
    from pptx.util import Inches

    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    fixed = slide.shapes.add_textbox(Inches(1), Inches(1), Inches(1), Inches(0.3))
    fixed.text_frame.text = "Kurz."  # English "Short." or longer: far more than a tenth longer is likely
    fixed.text_frame.auto_size = MSO_AUTO_SIZE.NONE
    grows = slide.shapes.add_textbox(Inches(1), Inches(2), Inches(1), Inches(0.3))
    grows.text_frame.text = "Kurz."
    grows.text_frame.auto_size = MSO_AUTO_SIZE.SHAPE_TO_FIT_TEXT
    src = tmp_path / "in"
    src.mkdir()
    prs.save(str(src / "deck.pptx"))
    doc = read_document(src / "deck.pptx")
    from glossary.formats import render_document

    render_document(doc, ["A much longer English sentence than this."] * len(doc.segments))
    assert len(doc.notices) == 1 and "slide 1" in doc.notices[0] and "TextBox 1" in doc.notices[0]


def test_xlsx_string_cells_rich_text_comments_and_nothing_else(run):
    src, out, _ = run
    import openpyxl

    before = openpyxl.load_workbook(src / "bericht.xlsx", rich_text=True)
    after = openpyxl.load_workbook(out / "bericht.xlsx", rich_text=True)
    assert after.sheetnames == ["Bericht", "Kosten"]  # sheet names stay: formulas refer to them
    for sheet in before.sheetnames:
        for row_b, row_a in zip(before[sheet].iter_rows(), after[sheet].iter_rows()):
            for b, a in zip(row_b, row_a):
                if isinstance(b.value, str) and not b.value.startswith("="):
                    assert _english(str(a.value), str(b.value)), (b.coordinate, a.value)
                elif b.data_type != "s" or str(b.value).startswith("="):
                    assert a.value == b.value, b.coordinate  # numbers, dates, booleans, formulas
                assert a.font.b == b.font.b and a.fill.fgColor.rgb == b.fill.fgColor.rgb, b.coordinate
    ws = after["Bericht"]
    rich = ws["B1"].value
    assert any(getattr(part, "font", None) is not None and part.font.b for part in rich)
    assert _english(ws["B2"].comment.text, "Bitte prüfen Sie die Zahlen.")
    assert [str(r) for r in ws.merged_cells.ranges] == ["C1:D1"]
    with zipfile.ZipFile(src / "bericht.xlsx") as a, zipfile.ZipFile(out / "bericht.xlsx") as b:
        assert a.read("xl/styles.xml") == b.read("xl/styles.xml")
        assert a.read("xl/workbook.xml") == b.read("xl/workbook.xml")


def test_xlsx_sheet_names_when_asked_renamed_everywhere_they_are_named(run, tmp_path):
    import openpyxl

    src, _, _ = run
    out = tmp_path / "named.xlsx"
    args = ["translate", str(src / "bericht.xlsx"), "-o", str(out), "--no-memory", "-q", "--translate-sheet-names"]
    assert cli.main(args) == 0
    wb = openpyxl.load_workbook(out)
    report, costs = wb.sheetnames
    assert report != "Bericht" and costs != "Kosten" and len(report) <= 31 and not set("[]:*?/\\") & set(report)
    quoted = lambda name: "'" + name.replace("'", "''") + "'"  # noqa: E731
    assert wb[costs]["B1"].value == f"={quoted(report)}!A2+1"
    assert wb[costs]["B2"].value == f'=SUM({quoted(report)}!A2:A3)&"Bericht!"'  # the string literal stays
    assert wb.defined_names["Umsatz"].attr_text == f"{quoted(costs)}!$A$1"
    app = zipfile.ZipFile(out).read("docProps/app.xml").decode()
    assert "Bericht" not in app and "Kosten" not in app


def test_epub_chapters_toc_metadata_language_and_valid_container(run):
    src, out, _ = run
    with zipfile.ZipFile(out / "bericht.epub") as zf:
        assert zf.namelist()[0] == "mimetype" and zf.read("mimetype") == b"application/epub+zip"
        for name in EPUB_FILES:
            if name.endswith((".xhtml", ".opf", ".ncx", ".xml")):
                etree.fromstring(zf.read(name))  # still well-formed XML
        chapter = zf.read("OEBPS/text/c1.xhtml").decode()
        opf = zf.read("OEBPS/content.opf").decode()
        ncx = zf.read("OEBPS/toc.ncx").decode()
        nav = zf.read("OEBPS/nav.xhtml").decode()
    assert 'lang="en-GB" xml:lang="en-GB"' in chapter
    assert re.search(r"<em>[^<]+</em>", chapter) and '<a href="https://example.org">' in chapter
    assert "Machthaber kam" not in chapter and "<dc:language>en-GB</dc:language>" in opf
    assert "Die Reise nach Wladiwostok" not in opf and "Die Reise nach Wladiwostok" not in ncx
    assert "Die Ankunft" not in ncx and "Die Ankunft" not in nav
    if shutil.which("xmllint"):
        for name in ("OEBPS/text/c1.xhtml", "OEBPS/content.opf"):
            data = zipfile.ZipFile(out / "bericht.epub").read(name)
            assert subprocess.run(["xmllint", "--noout", "-"], input=data, capture_output=True).returncode == 0


EPUBCHECK = Path("/usr/share/java/epubcheck.jar")  # Debian's epubcheck, installed by setup.sh


@pytest.mark.skipif(not (EPUBCHECK.is_file() and shutil.which("java")), reason="epubcheck not installed (setup.sh)")
def test_epub_passes_epubcheck(run):
    src, out, _ = run
    for book in (src / "bericht.epub", out / "bericht.epub"):  # the fixture is valid, and so is our English
        checked = subprocess.run(["java", "-jar", str(EPUBCHECK), str(book)], capture_output=True, text=True)
        assert checked.returncode == 0, checked.stdout + checked.stderr


def test_pdf_becomes_markdown_without_page_furniture_and_with_words_joined(run):
    src, out, _ = run
    md = (out / "bericht.md").read_text(encoding="utf-8")
    german = read_document(src / "bericht.pdf")
    sources = [s.source for s in german.segments]
    assert "Jahresbericht" not in " ".join(sources)  # the running header, on every page
    assert not any(re.fullmatch(r"\d+", s) for s in sources)  # page numbers
    assert any("neuen Hafen zu eröffnen" in s for s in sources)  # Ha- / fen joined across the line end
    assert any("das Museum am Fluss" in s for s in sources)
    blocks = md.strip().split("\n\n")
    assert blocks[0].startswith("# ") and any(b.startswith("## ") for b in blocks)
    assert blocks[-1].count("\n- ") == 1 and blocks[-1].startswith("- ")  # the two bullet items
    assert not any(s in md for s in sources)  # every sentence in English


def test_pdf_to_docx_and_a_scan_is_refused_in_one_line(tmp_path, capsys, demo_package):
    import docx

    from .pdfmaker import make_pdf, report_pages

    src = tmp_path / "in"
    src.mkdir()
    (src / "report.pdf").write_bytes(make_pdf(report_pages(), bold_size=14))
    (src / "scan.pdf").write_bytes(make_pdf([[]]))
    out = tmp_path / "out"
    assert cli.main(["translate", str(src), "-o", str(out), "--no-memory", "-q", "--pdf-to", "docx"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "scan.pdf" in err[0] and "no text layer" in err[0] and "OCR" in err[0]
    word = docx.Document(str(out / "report.docx"))
    styles = [p.style.name for p in word.paragraphs]
    assert styles[0] == "Heading 1" and "Heading 2" in styles and styles.count("List Bullet") == 2
    assert word.core_properties.language == "en"
    assert not (out / "scan.docx").exists() and not (out / "scan.md").exists()
    one = tmp_path / "one.md"
    assert cli.main(["translate", str(src / "report.pdf"), "-o", str(one), "--no-memory", "-q"]) == 0
    assert one.read_text(encoding="utf-8").startswith("# ")
    assert cli.main(["translate", str(src / "report.pdf"), "-o", str(tmp_path / "x.pdf"), "--no-memory", "-q"]) == 2
    assert "give -o .md or .docx" in capsys.readouterr().err and not (tmp_path / "x.pdf").exists()


def _outside_targets(data: bytes) -> bytes:
    data = re.sub(rb"<target\b[^>]*/>|<target\b.*?</target>", b"", data, flags=re.DOTALL)
    data = re.sub(rb"<sdl:seg-defs>.*?</sdl:seg-defs>", b"", data, flags=re.DOTALL)
    return re.sub(rb' mq:status="[^"]*"', b"", data)


@pytest.mark.parametrize("name", ["report.docx.sdlxliff", "report.mqxliff"])
def test_cat_xliff_keeps_human_segments_and_everything_outside_the_targets(run, name):
    src, out, _ = run
    before, after = (src / name).read_bytes(), (out / name).read_bytes()
    assert _outside_targets(before) == _outside_targets(after)
    german, english = read_document(src / name), read_document(out / name)
    for g, e in zip(german.segments, english.segments):
        if g.keep == "translated":
            assert e.target == g.target  # confirmed, signed off, or a human draft: kept
        elif g.keep == "locked":
            assert not e.target
        else:
            assert e.target and e.target != g.source
    text = after.decode()
    if name.endswith(".sdlxliff"):
        assert text.count('conf="Draft" origin="mt"') == 2 and 'conf="ApprovedSignOff"' in text
        assert '<mrk mtype="seg" mid="1">The <g id="pt1">ruler</g> arrived in Vladivostok.</mrk>' in text
        assert '<sdl:seg id="5" locked="true"/>' in text
    else:
        assert text.count('mq:status="Pretranslated"') == 1 and 'mq:status="ManuallyConfirmed"' in text
        assert re.search(r'<target [^>]*>[^<]*<bpt id="1" ctype="italic">\{\}</bpt>[^<]+<ept id="1">', text)


@pytest.mark.parametrize("name", ["report.docx.sdlxliff", "report.mqxliff"])
def test_cat_xliff_outputs_read_by_translate_toolkit(run, name):
    from translate.storage import xliff

    _, out, _ = run
    store = xliff.xlifffile((out / name).read_bytes())
    units = [u for u in store.units if not u.isheader()]
    assert units and all(u.source for u in units)
    assert sum(1 for u in units if u.target) >= 3
