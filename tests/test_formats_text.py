import re

import pytest

from glossary.errors import InputError
from glossary.formats import read_document, render_document

from .conftest import seed_files


@pytest.mark.parametrize("path", seed_files(), ids=lambda p: p.name)
def test_seed_round_trip_is_byte_identical(path):
    doc = read_document(path)
    assert doc.segments
    assert render_document(doc) == path.read_bytes()


def test_translation_changes_only_sentences():
    path = seed_files()[3]
    doc = read_document(path)
    out = render_document(doc, [f"<{s.index}>" for s in doc.segments]).decode()
    original = path.read_text(encoding="utf-8").splitlines()
    lines = out.splitlines()
    assert len(lines) == len(original)
    for before, after in zip(original, lines):
        assert (before.strip() == "") == (after.strip() == "")
        assert before[: len(before) - len(before.lstrip())] == after[: len(after) - len(after.lstrip())]
    # URLs and hashtags are left alone, the text around them is translated
    assert "Abonniere" not in out
    assert "<" in out and "http://bit.ly/WeltVideoTVabo" in out and "#ukraine #putin #weltnachrichtensender" in out


def test_segments_carry_line_numbers():
    doc = read_document(seed_files()[0])
    first = doc.segments[0]
    assert first.line == 1 and first.source == "Putin empfängt Kim am Weltraumbahnhof Wostotschny"
    lines = seed_files()[0].read_text(encoding="utf-8").splitlines()
    for seg in doc.segments:
        assert seg.source in lines[seg.line - 1]


def test_crlf_and_bom_survive(tmp_path):
    path = tmp_path / "win.txt"
    path.write_bytes(b"\xef\xbb\xbfErster Satz. Zweiter Satz.\r\n\r\nDritter Satz.\r\n")
    doc = read_document(path)
    assert [s.source for s in doc.segments] == ["Erster Satz.", "Zweiter Satz.", "Dritter Satz."]
    assert render_document(doc, ["One.", "Two.", "Three."]) == b"\xef\xbb\xbfOne. Two.\r\n\r\nThree.\r\n"


MARKDOWN = """# Gipfel in Wostotschny

Putin traf Kim. Die Gespräche dauerten Stunden.

- Erster Punkt mit `code_bleibt()` und [Link](https://example.org/a.b).
> Ein Zitat.

```python
print("nicht übersetzen")
```

    eingerückter Code bleibt

| Spalte | Wert |
"""


def test_markdown_keeps_code_links_and_markers(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    doc = read_document(path)
    sources = [s.source for s in doc.segments]
    assert "Putin traf Kim." in sources and "Gipfel in Wostotschny" in sources
    assert not any("nicht übersetzen" in s or "eingerückter" in s or "code_bleibt" in s for s in sources)
    assert render_document(doc) == MARKDOWN.encode()
    out = render_document(doc, ["X"] * len(doc.segments)).decode()
    for kept in (
        "# X",
        "`code_bleibt()`",
        "](https://example.org/a.b)",
        "> X",
        'print("nicht übersetzen")',
        "    eingerückter Code bleibt",
    ):
        assert kept in out


WRAPPED = """Der Präsident hat den Machthaber am
Weltraumbahnhof empfangen. Der **Besuch
dauerte** zwei Tage und [endete in
Wladiwostok](https://example.org/a "Titel").

> Ein Zitat, das über zwei
> Zeilen läuft.

- Ein Punkt, der
  weiterläuft.
- Zweiter Punkt

Harter Umbruch\\
nächste Zeile.

[id]: https://example.org/b
"""


def test_markdown_paragraph_wrapped_over_lines_is_one_block(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(WRAPPED, encoding="utf-8")
    doc = read_document(path)
    sources = [s.source for s in doc.segments]
    assert sources[:2] == [
        "Der Präsident hat den Machthaber am Weltraumbahnhof empfangen.",
        "Der Besuch dauerte zwei Tage und endete in Wladiwostok.",
    ]
    assert "Ein Zitat, das über zwei Zeilen läuft." in sources and "Ein Punkt, der weiterläuft." in sources
    assert "Harter Umbruch" in sources and "nächste Zeile." in sources  # a hard break ends the block
    assert not any("[id]" in s for s in sources)  # a link reference definition is not prose
    assert render_document(doc) == WRAPPED.encode()  # nothing translated: the lines as they were
    # English words that would start a list, heading, quote or rule if a line began with them
    english = "The president received the ruler - 1. # > --- at the cosmodrome in the far east of the country"
    out = render_document(doc, [english] * len(doc.segments)).decode()
    paragraph = out.split("\n\n")[0].splitlines()
    assert 1 < len(paragraph) and all(len(line) <= 72 for line in paragraph)
    assert not any(re.match(r"\s*(?:[-*+>#]|\d+\.|---)", line) for line in paragraph[1:]), paragraph
    assert "**" in out and '](https://example.org/a "Titel")' in out and "[id]: https://example.org/b" in out
    assert "\n> " in out.split("\n\n")[1] and out.split("\n\n")[2].splitlines()[1].startswith("  ")


def test_unsupported_extension_is_a_clear_error(tmp_path):
    path = tmp_path / "a.xyz"
    path.write_text("Hallo", encoding="utf-8")
    with pytest.raises(InputError, match=r"a\.xyz: unsupported file type '\.xyz'"):
        read_document(path)
