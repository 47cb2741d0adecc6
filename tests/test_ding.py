from pathlib import Path

import pytest

from glossary import ding
from glossary.ding import Dictionary, parse

SAMPLE = Path(__file__).parent / "fixtures" / "ding-sample.txt"


def _parsed(tmp_path, text: str) -> dict:
    """The index of a dictionary file of these lines."""
    sample = tmp_path / "de-en"
    sample.write_text(text, encoding="utf-8")
    return parse(sample)


def test_parse_aligns_sub_entries_and_keeps_tags():
    index = parse(SAMPLE)
    first = index["Machthaber"][0]
    assert first.english == ("ruler", "potentate")
    assert "pol." in first.tags and first.grammar == "m"
    assert first.synonyms == ("Herrscher", "Machthaber", "Potentat")
    plural = index["Machthaber"][1]
    assert plural.grammar == "pl" and plural.english == ("rulers", "potentates")
    assert index["Machthaber"][2].english == ("the powers-that-be",)
    # parentheses and tags are not part of the words
    assert index["Weltraumbahnhof"][0].english[-1] == "cosmodrome"
    assert index["Wladiwostok"][0].english == ("Vladivostok",)
    # a region or style belongs to its own synonym, a subject to the whole sub-entry
    assert index["Fußball"][0].tags == ("sport",)
    assert set(index["Fetzenlaberl"][0].tags) == {"Ös.", "humor.", "sport"}
    # short phrases of later sub-entries are indexed too: the dictionary's own multi-word terms
    assert index["absoluter Herrscher"][0].english == ("absolute ruler",)


def test_a_german_region_belongs_to_its_own_synonym(tmp_path):
    """Fahrer is no southern word for sharing a line with Fahrzeuglenker [Süddt.]; the line's subject is Fahrer's."""
    index = _parsed(
        tmp_path,
        "Fahrzeugführer {m} [Dt.]; Fahrzeuglenker {m} [Süddt.] [Ös.]; Fahrer {m} [auto] :: driver of a vehicle\n",
    )
    assert index["Fahrer"][0].tags == ("auto",)
    assert set(index["Fahrzeuglenker"][0].tags) == {"Süddt.", "Ös.", "auto"}


def test_english_that_names_a_person_is_known_through_the_cache_and_without_it(tmp_path):
    """A sense listed with the woman's word beside the man's names a person, and so does its English and the word
    each rendering names (student, of university student); Anhänger's other line, trailer, does not."""
    sample = tmp_path / "de-en"
    sample.write_text(
        "Anhänger {m}; Anhängerin {f} [sport] | Anhänger {pl}; Anhängerinnen {pl} :: supporter; fan | supporters\n"
        "Anhänger {m} [auto] | Anhänger {pl} :: trailer | trailers\n"
        "Student {m}; Studentin {f} :: university student\n"
        "Arzt {m}; Ärztin {f} :: doctor\n",
        encoding="utf-8",
    )
    for dictionary in (Dictionary.load(sample, cache_dir=tmp_path / "cache"), Dictionary.from_index(parse(sample))):
        assert all(map(dictionary.is_person, ["supporter", "Fan", "university student", "student", "doctor"]))
        assert not dictionary.is_person("trailer")


def test_a_rendering_marked_american_is_known_as_one_through_the_cache(tmp_path):
    """District Attorney [Am.] beside Public Prosecutor: the mark is the rendering's own, kept beside the sense's
    tags, and read back from the cache."""
    sample = tmp_path / "de-en"
    sample.write_text(
        "Staatsanwalt {m} [jur.] | Staatsanwälte {pl} :: Public Prosecutor; District Attorney [Am.] /DA/; "
        "Crown Prosecutor [Br.] | Public Prosecutors; District Attorneys [Am.]\n",
        encoding="utf-8",
    )
    sense = Dictionary.load(sample, cache_dir=tmp_path).senses("Staatsanwalt")[0]
    assert sense.english == ("Public Prosecutor", "District Attorney", "Crown Prosecutor")
    assert sense.american == ("District Attorney",)


def test_sqlite_cache_is_built_once_and_reused(tmp_path, monkeypatch):
    d = Dictionary.load(SAMPLE, cache_dir=tmp_path)
    assert d.senses("Kosmodrom")[0].english[0] == "spaceport"
    assert len(list(tmp_path.glob("ding-*.sqlite"))) == 1

    def no_parsing(*a, **k):
        raise AssertionError("the cache should have been used")

    monkeypatch.setattr(ding, "parse", no_parsing)
    again = Dictionary.load(SAMPLE, cache_dir=tmp_path)
    assert again.senses("Machthaber")[0].english == ("ruler", "potentate")


def test_word_classes(tmp_path):
    d = Dictionary.load(SAMPLE, cache_dir=tmp_path)
    assert d.is_place("Wladiwostok") and not d.is_common_noun("Wladiwostok")
    assert d.is_common_noun("Halbinsel") and not d.is_place("Halbinsel")  # [geogr.] but a common noun
    assert d.gender("Weltraumbahnhof") == "m" and d.gender("Kosmodrom") == "n"
    assert d.senses("Unbekanntwort") == []


def test_missing_dictionary_is_empty_not_an_error(tmp_path):
    d = Dictionary.load(tmp_path / "nope", cache_dir=tmp_path)
    assert not d and d.senses("Haus") == []


@pytest.mark.skipif(not ding.DEFAULT_PATH.exists(), reason="never skipped in CI: setup.sh installs trans-de-en")
def test_real_dictionary_is_installed():
    assert Dictionary.load().senses("Staatschef")[0].english[0] == "head of state"


def test_english_phrases_are_counted_plural_and_british_spelling_aside(tmp_path):
    """The phrase counts say whether English writes a phrase: `absolute ruler` is on a line of the sample,
    `absolute rulers` finds it, a composition nobody writes does not; an old cache version is removed."""
    (tmp_path / "ding-v1-1-1.sqlite").write_bytes(b"")
    d = Dictionary.load(SAMPLE, cache_dir=tmp_path)
    assert d.attested("absolute rulers") == (1, "absolute ruler")
    assert d.attested("ruler absolute") == (0, "")
    assert d.attested("ruler") == (0, "")  # one word: wordfreq's business, not the phrase counts'
    assert [p.name.split("-")[1] for p in tmp_path.glob("ding-*.sqlite")] == [f"v{ding._CACHE_VERSION}"]
    assert not (tmp_path / "ding-v1-1-1.sqlite").exists()
    assert ding.phrase_key("Human Rights Organisations") == ding.phrase_key("human right organization")
    assert ding.phrase_key("news agencies") == "news agency"


def test_only_words_the_dictionary_may_have_cost_a_query(tmp_path):
    """The cache stores which words the dictionary has (a Bloom filter): known words are found, unknown ones
    cost no query, and the filter is the same in every process (a forked worker, a later run)."""
    d = Dictionary.load(SAMPLE, cache_dir=tmp_path)
    queries = []
    d._db.set_trace_callback(queries.append)
    assert d.senses("Machthaber")[0].english == ("ruler", "potentate")
    assert d.senses("Wladiwostok")[0].english == ("Vladivostok",)
    assert len(queries) == 2
    assert d.senses("Keinwortimwörterbuch") == [] and len(queries) == 2
    assert ding._positions("Machthaber") == (2111319, 138180)  # (no per-process string hash)


def test_an_english_word_marked_old_is_no_rendering_and_does_not_date_the_sense(tmp_path):
    """milliard [Br.] [dated] beside billion: Milliarde is billion, and the sense is not dated; a sense whose
    every English word is old keeps them (something is better than nothing)."""
    index = _parsed(
        tmp_path,
        "Milliarde {f} /Mrd./ (tausend Millionen) [math.] | Milliarden {pl} :: billion; milliard [Br.] [dated] "
        "(one thousand million) | billions; milliards\n"
        "Vormundschaft {f} :: guardianship; ward [obs.]\n"
        "Kraftdroschke {f} :: motor cab [archaic]\n",
    )
    assert index["Milliarde"][0].english == ("billion",) and "dated" not in index["Milliarde"][0].tags
    assert "math." in index["Milliarde"][0].tags
    assert index["Milliarden"][0].english == ("billions", "milliards")  # (the plural's words carry no mark)
    assert index["Vormundschaft"][0].english == ("guardianship",)
    assert index["Kraftdroschke"][0].english == ("motor cab",) and "archaic" in index["Kraftdroschke"][0].tags


def test_a_childs_word_is_no_rendering_and_an_old_synonyms_mark_is_its_own(tmp_path):
    """bunny [children’s speech] beside domestic rabbit is no rendering to propose; Sinn [altertümlich] beside
    Bestreben marks Sinn as old, not Bestreben, as [Ös.] marks only its own synonym."""
    index = _parsed(
        tmp_path,
        "Hauskaninchen {n}; Kaninchen {n} [zool.] :: domestic rabbit; pet rabbit; bunny [children’s speech]\n"
        "Bestreben {n}; Sinn {m} [altertümlich] {+Gen.} :: study (of sb.) [archaic]\n",
    )
    assert index["Kaninchen"][0].english == ("domestic rabbit", "pet rabbit")
    assert "children’s speech" not in index["Kaninchen"][0].tags
    assert "altertümlich" in index["Sinn"][0].tags and "altertümlich" not in index["Bestreben"][0].tags
    assert "archaic" in index["Bestreben"][0].tags  # (the English's own mark: its only rendering is old)


def test_a_semicolon_inside_brackets_is_part_of_a_note_not_a_synonym(tmp_path):
    """Texas (US-Bundesstaat; Hauptstadt: Austin) is one place and Giebel (Tür; Fenster) one word with a note:
    the dictionary's states and provinces were lost, and `Fenster)` was a word."""
    index = _parsed(
        tmp_path,
        "Texas (US-Bundesstaat; Hauptstadt: Austin) [geogr.] :: Texas /TX/ (state of the US; capital: Austin)\n"
        "Kalifornien (US-Bundesstaat; Hauptstadt: Sacramento) [geogr.] :: California /CA/ (state of the US; capital: "
        "Sacramento)\n"
        "Giebel {m} (Tür; Fenster) :: pediments\n"
        "Sockel {m} (Relais; Transistor) [electr.] :: header (relay; transistor)\n"
        "Dicke {f}; Stärke {f} :: thickness\n",
    )
    assert index["Texas"][0].english == ("Texas",) and index["Texas"][0].tags == ("geogr.",)
    assert index["Kalifornien"][0].english == ("California",)
    assert index["Giebel"][0].english == ("pediments",) and index["Giebel"][0].grammar == "m"
    assert index["Sockel"][0].english == ("header",) and "electr." in index["Sockel"][0].tags
    assert index["Dicke"][0].synonyms == ("Dicke", "Stärke")  # (a semicolon between words still parts them)
    assert not any(")" in word or "(" in word for word in index)


def test_a_plural_of_another_word_class_is_no_common_noun(tmp_path):
    """Leute {pl} is a noun; ihr {ppron} {pl}, read whole since its note (euer; euch; euch) is, is a pronoun."""
    sample = tmp_path / "de-en"
    sample.write_text("ihr {ppron} {pl} (euer; euch; euch) :: you\nLeute {pl} :: people\n", encoding="utf-8")
    d = Dictionary.load(sample, cache_dir=tmp_path)
    assert d.senses("ihr") and not d.is_common_noun("ihr")
    assert d.is_common_noun("Leute")


def test_plurals_written_in_the_singulars_place_are_read_as_singulars(tmp_path):
    """Terrorist :: terrorists | terroristses: the plural column is no English word made of the first and an
    -s, so the first holds plurals; a real plural column (lens | lenses) and a hyphenated word stay."""
    index = _parsed(
        tmp_path,
        "Terrorist {m}; Terroristin {f} | Terroristen {pl}; Terroristinnen {pl} :: terrorists | terroristses\n"
        "Linse {f} | Linsen {pl} :: lens | lenses\n"
        "Mitstreiter {m} | Mitstreiter {pl} :: comrade-in-arms | comrade-in-armses\n",
    )
    assert index["Terrorist"][0].english == ("terrorist",)
    assert index["Terroristen"][0].english == ("terroristses",)  # (the plural's own, as written)
    assert index["Linse"][0].english == ("lens",)
    assert index["Mitstreiter"][0].english == ("comrade-in-arms",)


def test_a_singular_in_an_unmarked_plural_column_is_no_rendering_of_it(tmp_path):
    """Geländer | Bauzaun :: railing | railings: the second column's English is the first's plural, so it is the
    plural column whatever its German says; the singular noun there (Bauzaun) is misplaced and gets no sense
    from it (it was railings), a plural there keeps its own (Ausgänge), and a sub-entry of its own stays."""
    index = _parsed(
        tmp_path,
        "Geländer {n} [constr.] | Bauzaun {m} | Balkongeländer {n} :: railing | railings | balcony railing\n"
        "Ausgang {m} | Ausgänge {m} :: egress | egresses\n",
    )
    assert "Bauzaun" not in index and index["Balkongeländer"][0].english == ("balcony railing",)
    assert index["Ausgänge"][0].english == ("egresses",) and index["Geländer"][0].english == ("railing",)


def test_abbreviations_in_slashes_with_a_semicolon_are_no_renderings(tmp_path):
    """century /c; cent./ is one rendering with two abbreviations (not `century /c` and `cent./`); a slash
    between renderings (defence [Br.] / defense [Am.]) is two of them, each its own marked."""
    index = _parsed(
        tmp_path,
        "Jahrhundert {n} /Jh./ | Jahrhunderte {pl} :: century /c; cent./ | centuries\n"
        "Abwehr {f} :: defence [Br.] / defense [Am.]; resistance\n",
    )
    assert index["Jahrhundert"][0].english == ("century",)
    assert index["Abwehr"][0].english == ("defence", "defense", "resistance")


def test_a_noun_listed_only_as_someones_is_a_word_of_its_own(tmp_path):
    """jds. Vorgesetzter :: sb.'s superior is the dictionary's only Vorgesetzter: it is one too, a superior; a noun
    with an entry of its own takes such a noun's sense after its own (Heimat: home, then homeland; jds. Alter {n} ::
    sb.'s age is Alter's everyday sense; jds. Personalien {pl}), not a phrase listed as someone's (jds. Vorgaben :: sb.'s lights), and a
    casual sense is none (jds. Alte [slang]: sb.'s old lady)."""
    index = _parsed(
        tmp_path,
        "jds. Vorgesetzter {m} :: sb.’s superior\n"
        "jds. Heimatland {n}; jds. Heimat {f} [pol.] | Heimatländer {pl} :: sb.’s homeland; native country | homelands\n"
        "Heimat {f} :: home\n"
        "Vorgaben {pl} :: specifications\n"
        "jds. Maßstäbe; jds. Vorgaben :: sb.’s lights\n"
        "jds. Alte {f} [slang] :: sb.’s old lady\n"
        "Personalien {pl}; Personalia {pl} [adm.] :: personnel matters\n"
        "jds. Personalien {pl} [adm.] :: sb.’s identity details; sb.’s personal particulars\n",
    )
    assert [(s.english, s.grammar) for s in index["Vorgesetzter"]] == [(("superior",), "m")]
    assert index["Heimatland"][0].english == ("homeland", "native country") and "pol." in index["Heimatland"][0].tags
    assert [s.english for s in index["Heimat"]] == [("home",), ("homeland", "native country")]
    assert [s.english for s in index["Vorgaben"]] == [("specifications",)]
    assert "Alte" not in index and "jds. Vorgesetzter" in index
    # a plural noun's too: die Personalien aufnehmen takes down someone's identity details
    assert [s.english for s in index["Personalien"]][1] == ("identity details", "personal particulars")


def test_a_long_name_with_its_abbreviation_is_kept_where_long_examples_are_not(tmp_path):
    """A later sub-entry of more than three words is an example sentence and is dropped, unless it is a name with
    its abbreviation (Internationales Komitee vom Roten Kreuz /IKRK/), which is what a translator looks up; a
    slash between words (Trinkwasser/Öl/Gas) is no abbreviation."""
    index = _parsed(
        tmp_path,
        "Komitee {n} | Komitees {pl} | Internationales Komitee vom Roten Kreuz /IKRK/ | ein Komitee für die Stadt "
        "bilden :: committee | committees | International Committee of the Red Cross /ICRC/ | to form a committee "
        "for the town\n"
        "Gewinnung {f} | zur Gewinnung von Trinkwasser/Öl/Gas :: extraction | for the extraction of water/oil/gas\n",
    )
    assert index["Internationales Komitee vom Roten Kreuz"][0].english == ("International Committee of the Red Cross",)
    assert index["IKRK"][0].english[0] == "ICRC"
    assert "ein Komitee für die Stadt bilden" not in index
    assert "zur Gewinnung von Trinkwasser/Öl/Gas" not in index and "Öl" not in index


def test_a_form_of_address_is_tagged_as_one(tmp_path):
    """Schwester /Sr./ (als Anrede) :: Sister is how a nun is addressed, not what Schwester means: the sense carries
    the tag, only for that synonym (a sense's English stays, so it can still be chosen where it is the only one)."""
    index = _parsed(
        tmp_path,
        "Nonne {f}; Ordensschwester {f} [relig.] | Nonnen {pl} | Schwester /Sr./ (als Anrede) :: nun; sister | nuns "
        "| Sister\n"
        "Kumpel {m} (auch als Anrede) :: mate\n",
    )
    assert ding.ADDRESS in index["Schwester"][0].tags and index["Schwester"][0].english == ("Sister",)
    assert ding.ADDRESS not in index["Nonne"][0].tags
    assert ding.ADDRESS not in index["Kumpel"][0].tags  # (also a form of address: still what it means)


def test_a_field_named_in_a_german_note_is_the_senses_tag(tmp_path):
    """Überfall {m} (Wasserbau) :: spillway is hydraulic engineering's word as much as a tagged one would be: the note
    gives the sense that field's tag, for the whole sub-entry; a note that names no field (Person) gives none."""
    index = _parsed(
        tmp_path,
        "Überfall {m}; Überlauf {m} (Wasserbau) | Überfälle {pl} :: spillway | spillways\n"
        "Fraktion {f} (Parlament) | Fraktionen {pl} :: parliamentary group | parliamentary groups\n"
        "Täter {m} (Person) :: offender\n",
    )
    assert "constr." in index["Überfall"][0].tags and "constr." in index["Überlauf"][0].tags
    assert "pol." in index["Fraktion"][0].tags
    assert index["Täter"][0].tags == ()


def test_an_english_word_of_a_casual_register_beside_plain_ones_is_dropped(tmp_path):
    """Achteck :: octagon; octangle [rare]: octangle is no rendering to propose, and its mark is not the sense's
    (the whole sense was read as rare); an entry whose every word is marked keeps them (Knete :: dough [slang])."""
    index = _parsed(
        tmp_path,
        "Achteck {n} [math.] | Achtecke {pl} :: octagon; octangle [rare] | octagons; octangles\n"
        "Knete {f} :: dough [slang]; bread [slang]\n",
    )
    assert index["Achteck"][0].english == ("octagon",) and index["Achteck"][0].tags == ("math.",)
    assert index["Knete"][0].english == ("dough", "bread") and "slang" in index["Knete"][0].tags


def test_a_phrase_with_a_word_said_the_british_and_the_american_way_is_two_phrases(tmp_path):
    """initial accommodation centre [Br.]/center [Am.] lost its marks and left `center` a rendering of its own
    (Erstaufnahmezentrum was proposed as center, Fahrerflucht as offense): it is two phrases, the second marked
    American; a third choice after them stays as written."""
    index = _parsed(
        tmp_path,
        "Erstaufnahmezentrum {n} [soc.] :: initial accommodation centre [Br.]/center [Am.] (for asylum seekers)\n"
        "Fahrerflucht {f} :: hit-and-run offence [Br.] / offense [Am.]\n",
    )
    sense = index["Erstaufnahmezentrum"][0]
    assert sense.english == ("initial accommodation centre", "initial accommodation center")
    assert sense.american == ("initial accommodation center",)
    assert index["Fahrerflucht"][0].english == ("hit-and-run offence", "hit-and-run offense")


def test_a_plural_that_means_something_else_has_no_singular():
    """Zoll :: customs came out as custom (a habit), Verdienst :: earnings as earning: English plurals whose singular
    is another word keep their -s, in a proposal and in the dictionary's phrase keys alike."""
    assert ding.english_singular("customs") == "customs" and ding.english_singular("earnings") == "earnings"
    assert ding.phrase_key("customs duties") == "customs duty"
    assert ding.english_singular("duties") == "duty"
    # a singular in -s is none: Wechselobjektiv came out as change len
    assert ding.english_singular("lens") == "lens" and ding.english_singular("canvas") == "canvas"
    assert ding.english_singular("butcher’s") == "butcher’s"  # (a possessive: Großschlachtereien was large butcher’)
    assert ding.english_singular("blues") == "blues"  # (Bluesrock was blue rock)


def test_a_place_listed_inverted_or_with_spellings_after_commas_is_said_as_news_does(tmp_path):
    """Moldawien :: Moldova, Republic of was proposed as `Moldova, Republic of`: a place's English inverted as a
    country list writes it is its name (Moldova); spellings after commas are alternatives (Romania, Rumania); a
    name with an abbreviation after its comma stays whole (Washington, D.C.), and so does a common noun's line."""
    index = _parsed(
        tmp_path,
        "Moldawien {n} /MD/ [geogr.] :: Moldova, Republic of\n"
        "Rumänien {n} /RO/ [geogr.] :: Romania, Rumania\n"
        "Washington {n} (Hauptstadt der USA) [geogr.] :: Washington, D.C. (capital of the USA)\n"
        "Wahl {f} :: choice, Choice\n",
    )
    assert index["Moldawien"][0].english == ("Moldova",)
    assert index["Rumänien"][0].english == ("Romania", "Rumania")
    assert index["Washington"][0].english == ("Washington, D.C",)  # (its last full stop cut, as every one is)
    assert index["Wahl"][0].english == ("choice, Choice",)


def test_words_a_slash_offers_are_renderings_not_an_abbreviation(tmp_path):
    """Ding writes an abbreviation in slashes (chairman /chm./, governor /Gov./s, Prozent / % /) and renderings
    with slashes between them (committee chairman / chairwoman / chairperson; to wield influence/power/authority).
    Only the first are notes: the renderings were read as one (committee chairman chairperson) and a slash's
    neighbours as a phrase (influence authority)."""
    index = _parsed(
        tmp_path,
        "Ausschussvorsitzender {m} :: committee chairman / chairwoman / chairperson\n"
        "Gouverneur {m} | Gouverneure {pl} :: governor /Gov./ | governor /Gov./s\n"
        "Prozent {n} / % / :: per cent\n"
        "Einfluss ausüben {vt} :: to wield influence/power/authority over sb.\n",
    )
    assert index["Ausschussvorsitzender"][0].english == ("committee chairman / chairwoman / chairperson",)
    assert index["Gouverneur"][0].english == index["Gouverneure"][0].english == ("governor",)
    assert index["Prozent"][0].english == ("per cent",)
    phrases = ding.english_phrases(tmp_path / "de-en")
    assert "power over" in phrases and "influence power" not in phrases and "influence authority" not in phrases
