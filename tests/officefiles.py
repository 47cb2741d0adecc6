"""Office files as users have them, made with each format's own library (odfpy, python-pptx, openpyxl)
or by hand where there is none we may use (EPUB, PDF): formatting, links, notes, tables, numbers,
comments, pictures, German language tags."""

from __future__ import annotations

import datetime
import io
import zipfile
from pathlib import Path

from .pdfmaker import make_pdf, report_pages

FIX = Path(__file__).parent / "fixtures"


def png() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (4, 4), (200, 30, 30)).save(out, "PNG")
    return out.getvalue()


def make_odt(path: Path) -> None:
    from odf.opendocument import OpenDocumentText
    from odf.style import Footer, MasterPage, PageLayout, Style, TextProperties
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import A, H, List, ListItem, Note, NoteBody, NoteCitation, P, S, Span

    doc = OpenDocumentText()
    german = Style(name="Standard", family="paragraph")
    german.addElement(TextProperties(language="de", country="DE"))
    doc.styles.addElement(german)
    bold = Style(name="Fett", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    layout = PageLayout(name="Seite")
    doc.automaticstyles.addElement(layout)
    master = MasterPage(name="Standard", pagelayoutname=layout)
    footer = Footer()
    footer.addElement(P(text="Vertraulicher Bericht der Stadtverwaltung"))
    master.addElement(footer)
    doc.masterstyles.addElement(master)
    doc.text.addElement(H(outlinelevel=1, text="Der neue Hafen"))
    p = P(stylename=german, text="Der ")
    p.addElement(Span(stylename=bold, text="Machthaber"))
    p.addText(" kam im Frühjahr nach ")
    p.addElement(A(href="https://example.org/wladiwostok", text="Wladiwostok"))
    p.addText(".")
    p.addElement(S(c=2))
    p.addText("Er sprach lange mit dem Volk.")
    note = Note(noteclass="footnote", id="ftn1")
    note.addElement(NoteCitation(text="1"))
    body = NoteBody()
    body.addElement(P(text="Die Rede dauerte drei Stunden."))
    note.addElement(body)
    p.addElement(note)
    doc.text.addElement(p)
    items = List()
    for text in ("Die Stadt liegt am Meer.", "Der Bahnhof wurde erneuert."):
        item = ListItem()
        item.addElement(P(text=text))
        items.addElement(item)
    doc.text.addElement(items)
    table = Table(name="Kosten")
    table.addElement(TableColumn(numbercolumnsrepeated=2))
    row = TableRow()
    cell = TableCell(valuetype="string")
    cell.addElement(P(text="Die Kosten stiegen deutlich."))
    row.addElement(cell)
    number = TableCell(valuetype="float", value="3.5")
    number.addElement(P(text="3,5"))
    row.addElement(number)
    table.addElement(row)
    doc.text.addElement(table)
    doc.meta.addElement(_meta_title("Bericht über den Hafen"))
    doc.save(str(path))


def _meta_title(text: str):
    from odf.dc import Title

    return Title(text=text)


def make_odp(path: Path) -> None:
    from odf.draw import Frame, Page, TextBox
    from odf.opendocument import OpenDocumentPresentation
    from odf.presentation import Notes
    from odf.style import MasterPage, PageLayout
    from odf.text import P

    doc = OpenDocumentPresentation()
    layout = PageLayout(name="Folie")
    doc.automaticstyles.addElement(layout)
    master = MasterPage(name="Standard", pagelayoutname=layout)
    doc.masterstyles.addElement(master)
    page = Page(masterpagename=master)
    frame = Frame(width="20cm", height="3cm", x="1cm", y="1cm")
    box = TextBox()
    box.addElement(P(text="Der Kreml schwieg lange."))
    box.addElement(P(text="Die Stadt liegt am Meer."))
    frame.addElement(box)
    page.addElement(frame)
    notes = Notes()
    notes_frame = Frame(width="20cm", height="10cm", x="1cm", y="12cm")
    notes_box = TextBox()
    notes_box.addElement(P(text="Sprechen Sie langsam und deutlich."))
    notes_frame.addElement(notes_box)
    notes.addElement(notes_frame)
    page.addElement(notes)
    doc.presentation.addElement(page)
    doc.save(str(path))


def make_ods(path: Path) -> None:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    table = Table(name="Tabelle1")
    row = TableRow()
    cell = TableCell(valuetype="string")
    cell.addElement(P(text="Der Hafen ist groß."))
    row.addElement(cell)
    number = TableCell(valuetype="float", value="1234.5")
    number.addElement(P(text="1.234,5"))
    row.addElement(number)
    date = TableCell(valuetype="date", datevalue="2026-03-01")
    date.addElement(P(text="1. März 2026"))
    row.addElement(date)
    table.addElement(row)
    doc.spreadsheet.addElement(table)
    doc.save(str(path))


def make_pptx(path: Path) -> None:
    from pptx import Presentation
    from pptx.enum.text import MSO_AUTO_SIZE
    from pptx.util import Inches

    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[1])
    slide.shapes.title.text = "Der neue Hafen"
    body = slide.placeholders[1].text_frame
    body.text = "Der Machthaber kam nach Wladiwostok."
    p = body.add_paragraph()
    for text, bold in (("Der ", False), ("Kreml", True), (" schwieg lange.", False)):
        run = p.add_run()
        run.text = text
        run.font.bold = bold or None
    link = body.add_paragraph().add_run()
    link.text = "Die Stadt liegt am Meer."
    link.hyperlink.address = "https://example.org/hafen"
    box = slide.shapes.add_textbox(Inches(1), Inches(5.5), Inches(1.5), Inches(0.4))
    box.text_frame.text = "Kurz gesagt."
    box.text_frame.auto_size = MSO_AUTO_SIZE.NONE
    group = slide.shapes.add_group_shape()
    inner = group.shapes.add_textbox(Inches(5), Inches(5.5), Inches(3), Inches(0.5))
    inner.text_frame.text = "Die Schulen erhielten neue Computer."
    inner.text_frame.auto_size = MSO_AUTO_SIZE.SHAPE_TO_FIT_TEXT
    table = slide.shapes.add_table(1, 2, Inches(1), Inches(6.2), Inches(6), Inches(0.5)).table
    table.cell(0, 0).text = "Die Kosten stiegen deutlich."
    table.cell(0, 1).text = "42"
    slide.shapes.add_picture(io.BytesIO(png()), Inches(8), Inches(1), Inches(1), Inches(1))
    slide.notes_slide.notes_text_frame.text = "Sprechen Sie langsam und deutlich."
    for shape in slide.shapes:
        if shape.has_text_frame:
            for paragraph in shape.text_frame.paragraphs:
                for run in paragraph.runs:
                    run._r.get_or_add_rPr().set("lang", "de-DE")
    marked = body.add_paragraph()  # one formatting; PowerPoint's spell checker marked a word (err="1")
    for text in ("Der Hafen von ", "Wladiwostok", " ist groß."):
        run = marked.add_run()
        run.text = text
        run._r.get_or_add_rPr().set("lang", "de-DE")
    marked.runs[1]._r.get_or_add_rPr().set("err", "1")
    prs.core_properties.title = "Bericht über den Hafen"
    prs.core_properties.subject = ""
    prs.core_properties.comments = ""
    prs.save(str(path))
    _add_smartart(path, ["Planung", "Bau des Hafens"])


DGM = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
DRAWINGML = "http://schemas.openxmlformats.org/drawingml/2006/main"


def _add_smartart(path: Path, texts: list[str]) -> None:
    """SmartArt's text as PowerPoint keeps it: points in the diagram's data part (and a drawing cache)."""
    points = "".join(
        f'<dgm:pt modelId="{{0000000{k}-0000-0000-0000-000000000000}}"><dgm:prSet/><dgm:spPr/><dgm:t>'
        f'<a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="de-DE"/><a:t>{text}</a:t></a:r></a:p></dgm:t></dgm:pt>'
        for k, text in enumerate(texts, 1)
    )
    data = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<dgm:dataModel xmlns:dgm="{DGM}" '
        f'xmlns:a="{DRAWINGML}"><dgm:ptLst>{points}</dgm:ptLst><dgm:cxnLst/><dgm:bg/><dgm:whole/></dgm:dataModel>'
    )
    with zipfile.ZipFile(path) as zf:
        members = [(info, zf.read(info)) for info in zf.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, content in members:
            if info.filename == "[Content_Types].xml":
                content = content.replace(
                    b"</Types>",
                    b'<Override PartName="/ppt/diagrams/data1.xml" '
                    b'ContentType="application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml"/></Types>',
                )
            zf.writestr(info, content)
        zf.writestr("ppt/diagrams/data1.xml", data)


def make_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont
    from openpyxl.comments import Comment
    from openpyxl.styles import Font, PatternFill

    wb = Workbook()
    ws = wb.active
    ws.title = "Bericht"
    ws["A1"] = "Der Machthaber kam nach Wladiwostok."
    ws["A1"].font = Font(bold=True, color="FF0000")
    ws["A1"].fill = PatternFill("solid", fgColor="FFFF00")
    ws["A2"] = 42
    ws["A3"] = "=A2*2"
    ws["A4"] = datetime.date(2026, 3, 1)
    ws["A5"] = True
    ws["B1"] = CellRichText(["Der ", TextBlock(InlineFont(b=True), "Kreml"), " schwieg lange."])
    ws["B2"] = "Die Stadt liegt am Meer."
    ws["B2"].comment = Comment("Bitte prüfen Sie die Zahlen.", "Anna")
    ws.merge_cells("C1:D1")
    ws["C1"] = "Die Kosten stiegen deutlich."
    second = wb.create_sheet("Kosten")
    second["A1"] = "Der Bahnhof wurde erneuert."
    second["B1"] = "=Bericht!A2+1"
    second["B2"] = "=SUM('Bericht'!A2:A3)&\"Bericht!\""  # a string literal that only looks like a reference
    from openpyxl.workbook.defined_name import DefinedName

    wb.defined_names["Umsatz"] = DefinedName("Umsatz", attr_text="Kosten!$A$1")
    wb.properties.title = "Bericht über den Hafen"
    wb.save(str(path))
    _excel_app_properties(path, ["Bericht", "Kosten"])


def _excel_app_properties(path: Path, sheets: list[str]) -> None:
    """docProps/app.xml as Excel writes it, with the sheet titles (openpyxl leaves them out)."""
    titles = "".join(f"<vt:lpstr>{name}</vt:lpstr>" for name in sheets)
    app = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties '
        'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        "<Application>Microsoft Excel</Application><TitlesOfParts>"
        f'<vt:vector size="{len(sheets)}" baseType="lpstr">{titles}</vt:vector></TitlesOfParts></Properties>'
    )
    with zipfile.ZipFile(path) as zf:
        members = [(info, zf.read(info)) for info in zf.infolist()]
    with zipfile.ZipFile(path, "w") as zf:
        for info, data in members:
            zf.writestr(info, app.encode() if info.filename == "docProps/app.xml" else data)


EPUB_FILES = {
    "META-INF/container.xml": '<?xml version="1.0" encoding="UTF-8"?>\n<container version="1.0" '
    'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" '
    'media-type="application/oebps-package+xml"/></rootfiles></container>',
    "OEBPS/content.opf": '<?xml version="1.0" encoding="UTF-8"?>\n<package xmlns="http://www.idpf.org/2007/opf" '
    'version="3.0" unique-identifier="id"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
    '<dc:identifier id="id">urn:uuid:12345678-1234-1234-1234-123456789abc</dc:identifier>'
    "<dc:title>Die Reise nach Wladiwostok</dc:title><dc:language>de</dc:language>"
    "<dc:description>Ein Buch über den Machthaber und seine Stadt.</dc:description>"
    '<meta property="dcterms:modified">2026-11-01T00:00:00Z</meta></metadata><manifest>'
    '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>'
    '<item id="c1" href="text/c1.xhtml" media-type="application/xhtml+xml"/>'
    '<item id="c2" href="text/c2.xhtml" media-type="application/xhtml+xml"/>'
    '<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>'
    '<item id="css" href="style.css" media-type="text/css"/>'
    '<item id="img" href="images/hafen.png" media-type="image/png"/></manifest>'
    '<spine toc="ncx"><itemref idref="c1"/><itemref idref="c2"/></spine></package>',
    "OEBPS/nav.xhtml": '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n<html '
    'xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="de" xml:lang="de">'
    '<head><title>Inhalt</title></head><body><nav epub:type="toc"><ol><li><a href="text/c1.xhtml">Die Ankunft</a>'
    '</li><li><a href="text/c2.xhtml">Der Hafen</a></li></ol></nav></body></html>',
    "OEBPS/text/c1.xhtml": '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n<html '
    'xmlns="http://www.w3.org/1999/xhtml" lang="de" xml:lang="de"><head><title>Die Ankunft</title>'
    '<link rel="stylesheet" type="text/css" href="../style.css"/></head><body><h1>Die Ankunft</h1>'
    '<p>Der <em>Machthaber</em> kam im Frühjahr nach <a href="https://example.org">Wladiwostok</a>.</p>'
    "<p>Er sprach lange mit dem Volk &amp; der Presse.</p></body></html>",
    "OEBPS/text/c2.xhtml": '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n<html '
    'xmlns="http://www.w3.org/1999/xhtml" lang="de" xml:lang="de"><head><title>Der Hafen</title></head>'
    '<body><h1>Der Hafen</h1><p>Die Stadt liegt am Meer.</p><img src="../images/hafen.png" '
    'alt="Der Hafen am Abend"/></body></html>',
    "OEBPS/toc.ncx": '<?xml version="1.0" encoding="UTF-8"?>\n<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" '
    'version="2005-1"><head><meta name="dtb:uid" content="urn:uuid:12345678-1234-1234-1234-123456789abc"/>'
    "</head><docTitle><text>Die Reise nach Wladiwostok</text></docTitle><navMap>"
    '<navPoint id="p1" playOrder="1"><navLabel><text>Die Ankunft</text></navLabel><content src="text/c1.xhtml"/>'
    '</navPoint><navPoint id="p2" playOrder="2"><navLabel><text>Der Hafen</text></navLabel>'
    '<content src="text/c2.xhtml"/></navPoint></navMap></ncx>',
    "OEBPS/style.css": "p { margin: 0; text-indent: 1em }\n",
}


def make_epub(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip")  # first and stored, as EPUB wants
        for name, text in EPUB_FILES.items():
            zf.writestr(name, text, compress_type=zipfile.ZIP_DEFLATED)
        zf.writestr("OEBPS/images/hafen.png", png(), compress_type=zipfile.ZIP_STORED)


def make_pdf_file(path: Path) -> None:
    path.write_bytes(make_pdf(report_pages(), bold_size=14))


MAKERS = {
    ".odt": make_odt,
    ".odp": make_odp,
    ".ods": make_ods,
    ".pptx": make_pptx,
    ".xlsx": make_xlsx,
    ".epub": make_epub,
    ".pdf": make_pdf_file,
}


def make(ext: str, path: Path) -> Path:
    MAKERS[ext](path)
    return path


def seed_bytes(ext: str, folder: Path) -> bytes:
    return make(ext, folder / f"seed{ext}").read_bytes()
