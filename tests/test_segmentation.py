import re

import pytest

from glossary.segmentation import split_sentences

from .conftest import MTDATA, SEEDS


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Das Raumfahrtzentrum Wostotschny liegt mehr als 1.500 Kilometer nördlich von Wladiwostok. Putin war bereits am Montag angekommen.",
            [
                "Das Raumfahrtzentrum Wostotschny liegt mehr als 1.500 Kilometer nördlich von Wladiwostok.",
                "Putin war bereits am Montag angekommen.",
            ],
        ),
        (
            "Putin sagte, er sei «sehr froh», Kim zu sehen. Über eine dolmetschende Begleitung bedankte sich Kim.",
            ["Putin sagte, er sei «sehr froh», Kim zu sehen.", "Über eine dolmetschende Begleitung bedankte sich Kim."],
        ),
        (
            "Er wurde zitiert: «Deshalb sind wir hierhergekommen.» Kim zeige ein großes Interesse.",
            ["Er wurde zitiert: «Deshalb sind wir hierhergekommen.»", "Kim zeige ein großes Interesse."],
        ),
        (
            "„Der Führer der DVRK zeigt großes Interesse“, sagte Putin. „Wir werden ohne Eile sprechen.“ Dann ging er.",
            [
                "„Der Führer der DVRK zeigt großes Interesse“, sagte Putin.",
                "„Wir werden ohne Eile sprechen.“",
                "Dann ging er.",
            ],
        ),
        (
            '"Russland hat sich zu einem heiligen Kampf erhoben", sagte Kim zu Putin. "Wir werden siegen."',
            ['"Russland hat sich zu einem heiligen Kampf erhoben", sagte Kim zu Putin.', '"Wir werden siegen."'],
        ),
        (
            "Im 2. Weltkrieg kämpften z. B. Soldaten. Prof. Dr. Müller kam am 3. Oktober an. Das war 2022. Danach Nr. 5 und u.a. Berlin.",
            [
                "Im 2. Weltkrieg kämpften z. B. Soldaten.",
                "Prof. Dr. Müller kam am 3. Oktober an.",
                "Das war 2022.",
                "Danach Nr. 5 und u.a. Berlin.",
            ],
        ),
        (
            "Mehr unter http://bit.ly/2fwuMPg. Die Top-Nachrichten auf WELT.de lesen Sie hier.",
            ["Mehr unter http://bit.ly/2fwuMPg.", "Die Top-Nachrichten auf WELT.de lesen Sie hier."],
        ),
        (
            "Kim Jong Un tönt und lädt Wladimir Putin ein! Der reagiert prompt!",
            ["Kim Jong Un tönt und lädt Wladimir Putin ein!", "Der reagiert prompt!"],
        ),
        (
            "Treffen am Weltraumbahnhof:Kim sichert Putin Unterstützung zu",
            ["Treffen am Weltraumbahnhof:Kim sichert Putin Unterstützung zu"],
        ),
        (
            "Sie seien außerhalb der ausschließlichen Wirtschaftszone (AWZ) Japans ins Meer gefallen.",
            ["Sie seien außerhalb der ausschließlichen Wirtschaftszone (AWZ) Japans ins Meer gefallen."],
        ),
        ("", []),
        ("   ", []),
    ],
)
def test_split_sentences(text, expected):
    assert split_sentences(text) == expected


def test_seed_paragraphs_split_on_real_boundaries():
    text = (SEEDS / "000_90e9f7cadb1bc539.txt").read_text(encoding="utf-8")
    sentences = [s for line in text.splitlines() for s in split_sentences(line.strip())]
    assert "Ein vom Kreml veröffentlichtes Video zeigt, wie Kim und Putin sich die Hände schütteln." in sentences
    assert (
        "Das Raumfahrtzentrum Wostotschny liegt mehr als 1.500 Kilometer nördlich von Wladiwostok, das wiederum rund "
        "130 Kilometer von der Grenze zu Nordkorea entfernt an der Pazifik-Küste liegt." in sentences
    )
    # no fragment starts with a lowercase letter: we never split inside a sentence
    assert not [s for s in sentences if s[0].islower()]


def test_newstest_paragraphs_recover_the_sentence_lines():
    """newstest is (mostly) one sentence per line: glue five lines into a paragraph and split them again.

    Headlines without a final stop cannot be recovered from a glued paragraph by anyone, so only
    lines that end like a sentence take part; a few lines really hold two sentences.
    """
    text = (MTDATA / "newstest" / "newstest2019.de").read_text(encoding="utf-8")
    lines = [s for s in text.splitlines() if re.search(r"[.!?][\"“»]?$", s) and s[:1].isupper()][:1000]
    paragraphs = [lines[i : i + 5] for i in range(0, len(lines), 5)]
    exact = sum(split_sentences(" ".join(p)) == p for p in paragraphs)
    single = sum(len(split_sentences(s)) == 1 for s in lines)
    assert exact / len(paragraphs) >= 0.95, exact
    assert single / len(lines) >= 0.98, single
