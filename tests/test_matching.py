import pytest

from glossary.errors import GlossaryFileError
from glossary.matching import SourceMatcher, find_english
from glossary.store import TermEntry, from_tsv


def _entries():
    return [
        TermEntry("Machthaber", "ruler", "approved", variants=["Machthabers"]),
        TermEntry("Weltraumbahnhof", "cosmodrome", "approved", forbidden=["spaceport"]),
        TermEntry("Rat", "council", "approved"),
        TermEntry("ballistische Rakete", "ballistic missile", "approved"),
        TermEntry("Rakete", "missile", "approved", match="head"),
        TermEntry("Kreml-Chef", "Kremlin chief", "approved"),
        TermEntry("Staatschef", "head of state", "approved"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Die Machthabern und des Machthabers Rede", [("Machthaber", "Machthabern"), ("Machthaber", "Machthabers")]),
        ("Zwei Weltraumbahnhöfe, ein Weltraumbahnhofs-Gelände nicht", [("Weltraumbahnhof", "Weltraumbahnhöfe")]),
        ("Der Sicherheitsrat und der Rat tagten, der Ratgeber schwieg.", [("Rat", "Rat")]),
        (
            "Nordkorea feuerte ballistische Raketen und eine Rakete ab.",
            [("ballistische Rakete", "ballistische Raketen"), ("Rakete", "Rakete")],
        ),
        ("Kurzstreckenraketen flogen", [("Rakete", "Kurzstreckenraketen")]),
        # hyphenated and closed spellings are one term (issue 15; before, the closed one was missed)
        ("Kreml-Chef Putin, der Kremlchef", [("Kreml-Chef", "Kreml-Chef"), ("Kreml-Chef", "Kremlchef")]),
        # a soft hyphen is no break in the word, a hyphen of Unicode's own is German's: spans as the text has them
        (
            "Der Macht\u00adhaber und der Kreml\u2011Chef sprachen",
            [("Machthaber", "Macht\u00adhaber"), ("Kreml-Chef", "Kreml\u2011Chef")],
        ),
    ],
)
def test_german_matching_is_inflection_and_compound_aware(text, expected):
    found = [(e.source, s.text) for e, s in SourceMatcher(_entries()).find(text)]
    assert found == expected


@pytest.mark.parametrize(
    "term, text, hits",
    [
        (
            "cosmodrome",
            "two cosmodromes; the cosmodrome's gate; Cosmodrome",
            ["cosmodromes", "cosmodrome's", "Cosmodrome"],
        ),
        ("ruler", "the rulers' meeting and a misruler", ["rulers'"]),
        ("head of state", "the heads of state met the head of state", ["heads of state", "head of state"]),
        ("arms delivery", "new arms deliveries", ["arms deliveries"]),
        ("Kremlin chief", "the Kremlin-chief", ["Kremlin-chief"]),
    ],
)
def test_english_matching_allows_inflection_not_substrings(term, text, hits):
    assert [s.text for s in find_english(term, text)] == hits


def test_conflicts_are_reported_with_line_numbers():
    tsv = "source\ttarget\tstatus\tforbidden\nMachthaber\truler\tapproved\t\nMachthaber\tpotentate\tapproved\t\nKosmodrom\tspaceport\tapproved\tspaceport\n"
    glossary = from_tsv(tsv, "g.tsv")
    problems = glossary.conflicts()
    assert problems[0].startswith("g.tsv:3: 'Machthaber' approved as 'potentate' here and as 'ruler' on line 2")
    assert problems[1].startswith("g.tsv:4: 'Kosmodrom': target 'spaceport' is also listed as forbidden")
    with pytest.raises(GlossaryFileError, match=r"g\.tsv:3: .*\(and 1 more\)"):
        glossary.check()


def test_shipped_seed_glossary_has_no_conflicts():
    from glossary import store

    from .conftest import ROOT

    glossary = store.load(ROOT / "glossaries" / "seeds.de-en.tsv")
    assert glossary.check().approved() and glossary.conflicts() == []


SPELLINGS = [
    TermEntry("Kalter Krieg", "Cold War"),
    TermEntry("ballistischen Raketen", "ballistic missiles"),
    TermEntry("Bewusstsein", "consciousness"),
    TermEntry("Straße", "street"),
    TermEntry("Maßnahme", "measure"),
    TermEntry("Arzt", "doctor"),
    TermEntry("Bürgermeister", "mayor"),
    TermEntry("E-Mail-Adresse", "email address"),
    TermEntry("Raumfahrt-Agentur", "space agency"),
    TermEntry("Karzinom", "carcinoma"),
    TermEntry("Antrag auf Zulassung", "application for approval"),
]


@pytest.mark.parametrize(
    "text, surface",
    [
        ("während des Kalten Krieges", "Kalten Krieges"),  # adjective + noun, genitive
        ("nach dem Kalten Krieg", "Kalten Krieg"),  # dative
        ("mit einer ballistischen Rakete", "ballistischen Rakete"),  # entry given in the plural
        ("die ballistische Rakete", "ballistische Rakete"),
        ("das Bewußtsein", "Bewußtsein"),  # spelling before 1996
        ("die Strasse", "Strasse"),  # Swiss
        ("in den Strassen", "Strassen"),  # Swiss, inflected
        ("neue Massnahmen", "Massnahmen"),
        ("die Ärzt*innen warnen", "Ärzt*innen"),  # gender-inclusive forms
        ("die ÄrztInnen warnen", "ÄrztInnen"),
        ("der Buergermeister sprach", "Buergermeister"),  # ASCII
        ("die Rede des Buergermeisters", "Buergermeisters"),  # ASCII, inflected
        ("mit den Buergermeistern", "Buergermeistern"),
        ("seine E-Mail Adresse", "E-Mail Adresse"),  # open
        ("seine Emailadresse", "Emailadresse"),  # closed
        ("zwei E-Mail-Adressen", "E-Mail-Adressen"),
        ("die Raumfahrtagentur", "Raumfahrtagentur"),
        ("des Karzinoms", "Karzinoms"),  # genitive -s of a foreign noun
        ("des Antrags auf Zulassung", "Antrags auf Zulassung"),  # a noun with its attribute
    ],
)
def test_a_term_matches_in_any_inflection_and_spelling(text, surface):
    assert [span.text for _, span in SourceMatcher(SPELLINGS).find(text)] == [surface]


@pytest.mark.parametrize("text", ["der kalte Kaffee", "ein Kurs", "der Straßenrand", "die Raumfahrt"])
def test_but_not_other_words(text):
    assert SourceMatcher(SPELLINGS).find(text) == []


def test_english_terms_are_found_in_their_inflections_however_the_ending_changes():
    from glossary.matching import find_english

    for term, text in [
        ("city", "Two cities agreed."),
        ("chairman", "The chairmen met."),
        ("shelf", "The shelves were empty."),
        ("head of state", "The heads of state met."),
        ("ruler", "The ruler's palace."),
    ]:
        assert [s.text for s in find_english(term, text)], (term, text)
    assert find_english("city", "The town agreed.") == []
