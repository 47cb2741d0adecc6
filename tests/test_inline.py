"""Inline markup placed on the English words the German words became (forced alignment of the real model)."""

import pytest

from glossary.inline import Inline, events, place, respace

CASES = [  # German, the marked German words, the English words the mark must land on
    ("Ein Mann mit einem roten Hut fährt Fahrrad.", "roten Hut", "red hat"),
    ("Zwei Hunde spielen im Schnee.", "Schnee", "snow"),
    ("Zwei Hunde spielen im Schnee.", "Hunde", "dogs"),
    ("Eine Frau liest ein Buch.", "Buch", "book"),
    ("Ein Kind springt in das Wasser.", "Kind", "child"),
    ("Ein Mädchen in einem blauen Kleid tanzt.", "Mädchen", "girl"),
]


def _mark(target, inlines, placed):
    return "".join(
        v if k == "text" else {"open": "[", "close": "]", "point": "|"}[k] for k, v in events(target, inlines, placed)
    )


@pytest.mark.parametrize("source, words, english", CASES)
def test_spans_land_on_the_aligned_english_words(engine, source, words, english):
    at = source.index(words)
    inlines = [Inline(at, at + len(words), "b")]
    target = engine.translate([source])[0]
    assert english in target, target  # the demo model knows these caption sentences
    placed = place(source, target, inlines, engine.align([(source, target)])[0])
    assert f"[{english}]" in _mark(target, inlines, placed)


def test_nesting_points_and_spaces_hold_whatever_the_alignment():
    source = "Sie  hier klicken, um die Karte zu öffnen."
    inlines = [Inline(0, len(source) - 1, "outer"), Inline(4, 4, "x", point=True), Inline(26, 31, "inner")]
    target = "Click here to open the map."
    placed = place(source, target, inlines)  # no alignment: by position
    outer, point, inner = placed
    assert outer[0] <= point[0] <= outer[1] and outer[0] <= inner[0] <= inner[1] <= outer[1]
    spaced, placed = respace(source, target, inlines, placed)
    marked = _mark(spaced, inlines, placed)
    assert marked.count("[") == marked.count("]") == 2 and marked.count("|") == 1
    assert "| " in marked or marked.endswith("|") or "|." in marked


def test_a_link_keeps_a_word_when_the_english_is_shorter_than_the_markup():
    """The model wrote one word where the German had a bold word and a link after it (seen on an AMD CPU's
    arithmetic): the bold word holds it, and the link takes a word no sibling holds rather than none at all."""
    from glossary.inline import _nest

    source = "Der Machthaber kam im Frühjahr nach Wladiwostok."
    bold = Inline(source.index("Machthaber"), source.index(" kam"), "b")
    link = Inline(source.index("Wladiwostok"), source.index("."), "a")
    target = "This is sladddaddddddddddd."
    word = target.index("sladd")
    (b0, b1), (l0, l1) = _nest([bold, link], [(word, len(target) - 1), (len(target) - 1, len(target) - 1)], target)
    assert target[b0:b1] == "sladddaddddddddddd"
    assert target[l0:l1] == "is"  # the nearest word of its own, apart from the bold one
