"""The one lemma rule: extraction, matching, checks and enforcement key terms the same way."""

from dataclasses import replace
from pathlib import Path

import pytest

from glossary import lexicon
from glossary.matching import SourceMatcher
from glossary.store import load

SEEDS_GLOSSARY = Path(__file__).resolve().parent.parent / "glossaries" / "seeds.de-en.tsv"


@pytest.mark.parametrize(
    "word, expected",
    [
        ("Machthabers", "Machthaber"),  # a noun keeps its capital
        ("Weltraumbahnhöfe", "Weltraumbahnhof"),
        ("Kreml-Chefs", "Kreml-Chef"),  # only the part after the last hyphen inflects
        ("Nord-Korea-Gipfels", "Nord-Korea-Gipfel"),
        ("russisch-nordkoreanischen", "russisch-nordkoreanisch"),  # a lower-case head is lemmatized too
        ("E-Mails", "E-Mail"),
        ("UN-SO", "UN-SO"),  # a head of two letters is left alone
    ],
)
def test_lemma_keeps_case_and_inflects_the_head_of_a_hyphenated_word(word, expected):
    assert lexicon.lemma(word) == expected


def test_a_plural_of_its_own_is_its_own_lemma():
    """simplemma reads Daten as Datum's plural and Medien as Medium's: the glossary had Datum → date for every
    mention of data. The dictionary lists both plurals as words of their own (data; the media), which its compounds
    use (Datenbank, Medienbericht), and which their singulars' English lacks. A plural whose English is its
    singular's (Bananen), or one the compounds render otherwise (Namen :: reputations; Namensschild), stays the
    singular's."""
    assert lexicon.lemma("Daten") == "Daten" and lexicon.lemma("Medien") == "Medien"
    assert lexicon.key("Daten") != lexicon.key("Datum")
    assert lexicon.lemma("Bananen") == "Banane" and lexicon.lemma("Namen") == "Name"
    assert lexicon.lemma("Menschen") == "Mensch" and lexicon.lemma("Frauen") == "Frau"


def test_a_compound_ending_in_a_plural_no_ending_makes_has_its_singular_as_lemma():
    """Vertriebszentren, Chemotherapiezyklen, Familienthemen were cited in the plural (the lemmatizer knows neither,
    and Zentren is no Zentrum with an ending): a compound whose head is a plural the dictionary lists on its singular's
    line is that singular's, and is cited so; not a plural with a sense of its own (Telefondaten: data), nor a short
    head that is a name or a word's form too (Fritten-Toni, Denholme)."""
    assert lexicon.lemma("Vertriebszentren") == "Vertriebszentrum"
    assert lexicon.lemma("Chemotherapiezyklen") == "Chemotherapiezyklus"
    assert lexicon.lemma("Familienthemen") == "Familienthema"
    assert lexicon.inflection("Vertriebszentren", "Vertriebszentrum")
    assert lexicon.lemma("Telefondaten") == "Telefondaten"
    assert lexicon.lemma("Denholme") == "Denholme"
    assert not lexicon.inflection("Fritten-Toni", "Fritten-Tonus")


def test_a_head_in_e_that_is_a_noun_of_its_own_too_is_a_plural_where_the_dictionarys_compounds_are():
    """Reproduktionsrechte was cited in the plural (die Rechte, the right hand, is a noun of its own): a head the
    dictionary's compounds mostly list as a plural is one (…rechte, …reste); a head they list as a singular noun
    stays (Bahnschranke)."""
    assert lexicon.lemma("Reproduktionsrechte") == "Reproduktionsrecht"
    assert lexicon.lemma("Hautreste") == "Hautrest"
    assert lexicon.lemma("Bahnschranke") == "Bahnschranke"


def test_a_noun_as_written_is_its_own_lemma():
    """simplemma reads Beutel, Anker and Becher as the verbs beuteln, ankern and bechern, and Schaffen as Schaff's
    plural: the nouns were lost as terms, and Filmschaffen was a film tub. A noun the dictionary lists as written,
    which German writes far more than the lemmatizer's word, is its own lemma; so is a compound's head as written
    (Sonder|treffen, not Sondert|reff). Not an adjective's form (Beschäftigte), nor a word German writes less than
    its lemma (Räumen: Raum), nor a feminine's plural in -en (Schuppen)."""
    assert [lexicon.lemma(w) for w in ("Beutel", "Anker", "Becher", "Schaffen")] == [
        "Beutel",
        "Anker",
        "Becher",
        "Schaffen",
    ]
    assert lexicon.lemma("Sondertreffen") == "Sondertreffen" and lexicon.lemma("Filmschaffen") == "Filmschaffen"
    assert lexicon.lemma("Ausschussräumen") == "Ausschussraum" and lexicon.lemma("Feldkreuzen") == "Feldkreuz"
    assert lexicon.lemma("Räumen") == "Raum" and lexicon.lemma("Schuppen") == "Schuppe"
    assert lexicon.lemma("Beschäftigte") == "Beschäftigter"


def test_a_noun_its_verb_is_made_of_is_its_own_lemma_at_any_margin():
    """Löffel, Meißel, Donner were read as löffeln, meißeln, donnern and lost as terms: a noun the dictionary lists
    with a gender, which the lemmatizer reads as the verb made of it (its letters and an n), is its own lemma when
    German writes it more than the verb, by any margin."""
    assert [lexicon.lemma(w) for w in ("Löffel", "Meißel", "Donner", "Dübel")] == [
        "Löffel",
        "Meißel",
        "Donner",
        "Dübel",
    ]


def test_an_unknown_compound_in_the_genitive_has_a_short_head():
    """Risikorats is Risikorat's genitive (was risk rats): a head of three letters the dictionary has as a masculine
    or neuter noun takes a genitive's -s; Metropole stays a word of its own."""
    assert lexicon.lemma("Risikorats") == "Risikorat" and lexicon.lemma("Plattenfans") == "Plattenfan"
    assert lexicon.lemma("Metropole") == "Metropole"


def test_a_lemma_keeps_the_spelling_of_now():
    """simplemma lemmatizes Schlosses to Schloß and Ausschusses to Ausschuß, while Ausschüsse gives Ausschuss: one
    committee would be two entries, one of them in the spelling before 1996 (and read as a reject). A word the
    text writes with ss keeps it, unless the dictionary writes ß (grosse, Swiss: groß); a text with ß keeps ß."""
    assert lexicon.lemma("Schlosses") == "Schloss"
    assert lexicon.lemma("Ausschusses") == lexicon.lemma("Ausschüsse") == "Ausschuss"
    assert lexicon.lemma("Untersuchungsausschuss") == "Untersuchungsausschuss"
    assert lexicon.lemma("grosse") == "groß"
    assert lexicon.lemma("Schloß") == "Schloß"


@pytest.mark.parametrize(
    "written, standard",
    [
        ("Strasse", "Straße"),  # (Strasse is also the plural of Strass, a rhinestone, which German seldom writes)
        ("Massnahmen", "Maßnahmen"),
        ("Aussenministers", "Außenministers"),
        ("Grenzschliessungen", "Grenzschließungen"),  # a compound the dictionary lacks, by its last part
        ("Fussball-WM", "Fußball-WM"),
        ("ausserdem", "außerdem"),
        ("Masse", "Masse"),  # words with ss of their own
        ("Bussen", "Bussen"),
        ("Prozess", "Prozess"),
        ("Schlussrunde", "Schlussrunde"),
        ("Body-Mass-Index", "Body-Mass-Index"),  # as the dictionary has it
        ("Grosse", "Grosse"),  # names: große and weiß are adjectives
        ("Weiss", "Weiss"),
        ("Grossplakate", "Großplakate"),  # an adjective first
        ("Strassenüberschwemmungen", "Straßenüberschwemmungen"),
        ("Grossmann", "Grossmann"),  # …mann: a surname
        ("Hochgeschwindigkeitstrasse", "Hochgeschwindigkeitstrasse"),  # …keit|s|trasse, no …keit|straße
        ("Hassverbrechen", "Hassverbrechen"),  # Hass is a word as written
        ("Handelsausschuss", "Handelsausschuss"),  # (simplemma's lemma is the old Ausschuß)
        ("Entlassschüler", "Entlassschüler"),  # no verb's old spelling (entlaß)
    ],
)
def test_swiss_spelling_is_read_in_the_spelling_the_dictionary_has(written, standard):
    """Swiss German writes ss for every ß: Massnahmen was a term without English, Aussenminister too, and
    Strassen the plural of a rhinestone."""
    assert lexicon.standard_spelling(written) == standard


@pytest.mark.parametrize(
    "written, standard",
    [
        ("Buergermeisterwahl", "Bürgermeisterwahl"),
        ("Groesse", "Größe"),  # an umlaut and ß together
        ("Fruehstueck", "Frühstück"),  # both umlauts, not one of them
        ("Oesterreich", "Österreich"),
        ("Europaeische", "Europäische"),  # an adjective too: no name has ae for ä
        ("Gebaeude", "Gebäude"),
        ("ueber", "über"),
        ("Feuer", "Feuer"),  # an ue of its own
        ("Manuel", "Manuel"),
        ("Poesie", "Poesie"),
        ("Weiss", "Weiss"),  # (ss alone: as in a Swiss text)
    ],
)
def test_a_text_without_umlauts_is_read_with_them(written, standard):
    """Buergermeister, Groesse, Gebaeude were a term without English, a chimney and a name; a text kept to ASCII
    (one with no umlaut of its own, which `collect` tells) is read with them. Other texts keep ae, oe, ue."""
    assert lexicon.standard_spelling(written, umlauts=True) == standard
    assert lexicon.standard_spelling("Buergermeister") == "Buergermeister"


def test_a_swiss_spelling_has_the_lemma_and_key_of_the_word():
    assert lexicon.lemma("Massnahmen") == "Maßnahme"
    assert lexicon.key("Strassen") == lexicon.key("Straße") == "straße"
    assert lexicon.key("Aussenministers") == "außenminister"
    # a compound's head in the Swiss spelling is no plural of Strass: Hochgeschwindigkeit|s|trasse stays whole
    assert lexicon.lemma("Hochgeschwindigkeitstrasse") == "Hochgeschwindigkeitstrasse"


@pytest.mark.parametrize(
    "written, noun",
    [
        ("Mitarbeiter*innen", "Mitarbeiter"),
        ("Politiker:innen", "Politiker"),
        ("SchülerInnen", "Schüler"),
        ("Lehrer_in", "Lehrer"),
        ("Student/innen", "Student"),
        ("Ärzt*innen", "Arzt"),  # the umlaut undone
        ("Kolleg*innen", "Kollege"),  # (Kolleg, a college, is neuter)
        ("Beamt*innen", "Beamter"),
        ("Fachärzt*innen", "Facharzt"),
        ("Gemüsebäuer*innen", "Gemüsebauer"),  # a compound the dictionary lacks, by its last part
        ("SPD-Politiker*innen", "SPD-Politiker"),
        ("LinkedIn", "LinkedIn"),  # no noun before the In
        ("Mitarbeiterin", "Mitarbeiterin"),
    ],
)
def test_a_gender_inclusive_form_is_the_noun_for_everyone(written, noun):
    """Mitarbeiter*innen were the words Mitarbeiter and innen, Ärzt*innen a name Ärzt, SchülerInnen a compound of
    Rinnen (grooves): English has one word for all (employees, doctors, pupils)."""
    assert lexicon.generic_noun(written) == noun
    assert lexicon.lemma(written) == noun


def test_a_gender_inclusive_form_is_one_token():
    text = "Die Mitarbeiter*innen, Politiker:innen und Lehrer/innen. Zitat: innen"
    assert lexicon.TOKEN_RE.findall(text) == [
        "Die", "Mitarbeiter*innen", "Politiker:innen", "und", "Lehrer/innen", "Zitat", "innen"
    ]  # fmt: skip


def test_key_is_the_lemma_in_lower_case_for_any_capitalisation():
    assert lexicon.key("Machthabern") == lexicon.key("MACHTHABERN".capitalize()) == "machthaber"
    assert lexicon.key("Kreml-Chefs") == "kreml-chef" and lexicon.spelling_key("Kreml-Chefs") == "kremlchef"
    assert lexicon.phrase_key("ballistische Raketen") == ("ballistisch", "rakete")


def test_tokens_keep_inner_hyphens_and_numbers():
    assert lexicon.WORD_RE.findall("Kreml-Chef traf 1.500 Gäste -") == ["Kreml-Chef", "traf", "Gäste"]
    assert lexicon.TOKEN_RE.findall("Kreml-Chef traf 1.500 Gäste") == ["Kreml-Chef", "traf", "1.500", "Gäste"]


def test_every_seeds_glossary_entry_is_found_under_the_key_it_was_extracted_with():
    """What extraction wrote (source and inflected variants) is what the matcher finds: no entry whose
    own forms the checker or the enforcer would miss."""
    glossary = load(SEEDS_GLOSSARY)
    missed, checked = [], 0
    for entry in glossary.entries:
        matcher = SourceMatcher([entry])
        for form in [entry.source, *entry.variants]:
            found = matcher.find(form)
            if not (len(found) == 1 and found[0][0] is entry and found[0][1].text == form):
                missed.append(form)
        bare = SourceMatcher([replace(entry, variants=[])])  # the lemma rule alone, no listed variants
        for form in entry.variants:
            if lexicon.key(form) == lexicon.key(entry.source) and not bare.find(form):
                missed.append(f"{form} (lemma of {entry.source})")
            checked += 1
    assert len(glossary.entries) > 300 and checked > 100 and not missed, missed


def test_an_unknown_compound_inflects_in_its_last_part_and_a_name_does_not():
    from glossary.lexicon import lemma

    assert lemma("Waffenteilen") == "Waffenteil"  # Waffen + Teilen → Teil
    assert lemma("Munitionsverlusten") == "Munitionsverlust"  # Munition|s + Verlusten → Verlust
    # a head whose word-list lemma is spelled as before 1996 (Ausschuß), in the spelling the text has
    assert lemma("Geheimdienstausschusses") == "Geheimdienstausschuss"
    assert lemma("Koalitionsbeschlüssen") == "Koalitionsbeschluss"
    assert lemma("Montparnasse") == "Montparnasse"  # a name: Parnasse is no inflected German noun
    assert lemma("Bestreben") == "Bestreben"  # a noun of the dictionary is no Best + Reben
    # a plural in -e, with an umlaut or without (Modelle, Verträge, Chöre)
    assert lemma("Dieselmodelle") == "Dieselmodell"
    assert lemma("Wasserlieferungsverträge") == "Wasserlieferungsvertrag"
    assert lemma("Seniorenchöre") == "Seniorenchor"
    # a head of three letters in a plural with an umlaut (Achterbahn|züge); without one, no head (US-Metro|pole)
    assert lemma("Achterbahnzüge") == "Achterbahnzug" and lemma("Föhntäler") == "Föhntal"
    assert lemma("US-Metropole") == "US-Metropole" and lemma("Pressetage") == "Pressetage"
    assert lemma("Verbrechensfällen") == "Verbrechensfall"  # (das Fällen is a verb's noun, no head of its own)
    assert lemma("Klassenschranke") == "Klassenschranke"  # Schranke is a noun of its own, no Schrank's plural
    assert lemma("Hollande") == "Hollande"  # (Hol + Lande: no word before it)
    # a plural the lemmatizer keeps as it is, listed beside its singular (Hexen, read as the verb hexen; LKWs); not a
    # singular said only in Austria (Jeans: Jean [Ös.])
    assert lemma("Hexen") == "Hexe" and lemma("LKWs") == "LKW" and lemma("Neuronen") == "Neuron"
    assert lemma("Jeans") == "Jeans"
    # a plural whose singular is a region's word only is its own lemma: Trümmer (debris; Trumm [Mittelwestdt.] is a
    # whopper)
    assert lemma("Trümmer") == "Trümmer"
    # a dative plural's -n after a noun in -er, whatever no German word stands before it (Mosa|sauriern); not a split
    # that a German word later in the word undoes (Linsen|kern, no Lin|senkern)
    assert lemma("Mosasauriern") == "Mosasaurier" and lemma("Linsenkern") == "Linsenkern"
    # after a noun of three letters too (were cited in the plural, Eisvulkane → ice volcanos)
    assert lemma("Eisvulkane") == "Eisvulkan" and lemma("Busfahrgäste") == "Busfahrgast"
    assert lemma("Aufräumen") == "Aufräumen"  # a verb as a noun
    assert lemma("Passanten") == "Passant" and lemma("Kollegen") == "Kollege"  # weak nouns, as the dictionary has them
    # a feminine noun of its own is no masculine's dative or plural (Quelle is no Quell's, Stütze no Stutz's)
    assert [lemma(w) for w in ("Quelle", "Halle", "Stütze", "Spalte")] == ["Quelle", "Halle", "Stütze", "Spalte"]
    assert lemma("Tage") == "Tag" and lemma("Quellen") == "Quelle"
    assert lemma("Grünen") != "Grün" and lemma("Westfalen") != "Westfal"  # (a weak noun is masculine)
    assert lemma("Gazastreifens") == "Gazastreifen"  # a noun's genitive is no verb
    # a plural by its umlaut alone (Läden, Väter), and -nis's plural -nisse (Ergebnisse, Ergebnissen)
    assert lemma("Dönerläden") == "Dönerladen" and lemma("Stadtväter") == "Stadtvater"
    assert lemma("Kassenergebnissen") == "Kassenergebnis" and lemma("Geschäftsbedürfnisse") == "Geschäftsbedürfnis"
    # a first part no word list knows but the dictionary's compounds begin with (Elektro|auto, Elektro|herd)
    assert lemma("Elektroschläge") == "Elektroschlag" and lemma("Megastädte") == "Megastadt"
    assert lemma("Klageschreiben") == "Klageschreiben"  # (Klagesch|reiben: Klageschrift alone begins so)


def test_an_extracted_compound_is_listed_in_the_singular():
    """The glossary cites the singular although the text has the plural only (Hauspreise → Hauspreis)."""
    from glossary.formats.text import read_string
    from glossary.terms import extract

    doc = read_string("Die Hauspreise stiegen, weil die Wasserlieferungsverträge teurer wurden.\n")
    sources = {e.source for e in extract([doc])}
    assert {"Hauspreis", "Wasserlieferungsvertrag"} <= sources


def test_an_adjective_made_a_noun_after_a_hyphen_is_cited_as_the_dictionary_cites_it():
    """Grünen-Abgeordneten and US-Verbündeten were cited as written, inflected: after a hyphen, an adjective made a
    noun is cited as the dictionary has it (Abgeordneter, Verbündeter); a plural that is no such word stays as the
    text writes it (NSA-Daten, not NSA-Datum)."""
    from glossary.formats.text import read_string
    from glossary.terms import extract

    doc = read_string(
        "Der Austritt einer Grünen-Abgeordneten überraschte. Die US-Verbündeten protestierten. Die NSA-Daten "
        "wurden gelöscht.\n"
    )
    sources = {e.source for e in extract([doc])}
    assert {"Grünen-Abgeordneter", "US-Verbündeter", "NSA-Daten"} <= sources


@pytest.mark.parametrize(
    "word, lang",
    [("Haus", "de"), ("haus", "de"), ("Straße", "de"), ("Kreml-Chef", "de"), ("Pazifikküste", "de"),
     ("Machthaber", "de"), ("Ölexport", "de"), ("xqzv", "de"), ("house", "en"), ("don't", "en"),
     ("Vladivostok", "en"), ("the", "en"), ("co-operation", "en"), ("G20", "en"), ("Müller", "en"),
     ("nuclear weapon", "en"), ("Human Rights Watch", "en"), ("carrier xqzv", "en"), ("kalter Krieg", "de"),
     ("nuclear  weapon", "en")],
)  # fmt: skip
def test_frequencies_read_from_the_table_are_wordfreqs(word, lang):
    from wordfreq import zipf_frequency

    ours = lexicon.zipf_de(word) if lang == "de" else lexicon.zipf_en(word)
    assert ours == zipf_frequency(word.replace("-", "") if lang == "de" else word, lang)
