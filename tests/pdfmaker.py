"""A tiny PDF writer for tests: pages of positioned text lines in Helvetica, as a word processor's
PDF export has them (text layer, WinAnsi encoding), and a page with no text (a scan)."""

from __future__ import annotations


def _escape(text: str) -> bytes:
    data = text.encode("cp1252")
    return data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def make_pdf(pages: list[list[tuple[float, float, float, str]]], bold_size: float = 99.0) -> bytes:
    """`pages`: per page, lines as (x, y, font size, text) in points on an A4 page (y from the bottom);
    lines of at least `bold_size` points are set in Helvetica-Bold."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled below
    pages_id = add(b"")
    regular = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    bold = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for lines in pages:
        stream = b"".join(
            b"BT /%s %.1f Tf %.1f %.1f Td (%s) Tj ET\n"
            % (b"F2" if size >= bold_size else b"F1", size, x, y, _escape(text))
            for x, y, size, text in lines
        )
        content = add(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        kids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> >>" % (pages_id, content, regular, bold)
            )
        )
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objects[pages_id - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        len(kids),
    )
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (n, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog, xref)
    return bytes(out)


def report_pages() -> list[list[tuple[float, float, float, str]]]:
    """Two pages as a report has them: a running header and page numbers, a heading, paragraphs whose
    lines were hyphenated at the line end, a bullet list."""
    header = (72, 800, 9, "Jahresbericht 2026 der Stadtwerke")
    return [
        [
            header,
            (72, 740, 18, "Der neue Hafen"),
            (72, 700, 11, "Der Machthaber kam im Frühjahr nach Wladiwostok, um den neuen Ha-"),
            (72, 686, 11, "fen zu eröffnen. Die Stadt liegt am Meer und lebt vom Handel."),
            (72, 650, 11, "Der Kreml schwieg lange zu den Plänen der Stadtverwaltung."),
            (72, 600, 14, "Die Finanzen"),
            (72, 570, 11, "Die Kosten stiegen im letzten Quartal deutlich an."),
            (297, 40, 9, "1"),
        ],
        [
            header,
            (72, 740, 11, "Im Sommer besuchten viele Touristen die Altstadt und das Mu-"),
            (72, 726, 11, "seum am Fluss."),
            (72, 690, 11, "• Der Bahnhof wurde erneuert."),
            (72, 672, 11, "• Die Schulen erhielten neue Computer."),
            (297, 40, 9, "2"),
        ],
    ]
