"""ALL-CAPS German goes to the model in natural case and comes back in capitals (Argos issue 310)."""

from glossary import pipeline
from glossary.casing import Truecaser, is_shouting


def test_only_sentences_typed_in_capitals_count():
    assert is_shouting("EIN MANN FÄHRT FAHRRAD AUF DER STRASSE.")
    assert not is_shouting("Die NATO und die EU tagen in Brüssel.")
    assert not is_shouting("NATO-GIPFEL")  # a heading of one or two words stays as it is
    assert not is_shouting("Ein Mann fährt Fahrrad.")


def test_nouns_get_their_capital_back_from_the_models_vocabulary(engine):
    caser = Truecaser(engine.tokenizer)
    natural = caser.natural("EIN MANN MIT EINEM ORANGEFARBENEN HUT, DER ETWAS ANSTARRT.")
    assert natural == "Ein Mann mit einem orangefarbenen Hut, der etwas anstarrt."
    assert caser.natural("DER WEISSE HUND", keep_length=True) == "Der weisse Hund"  # inline offsets unchanged


def test_a_sentence_in_capitals_is_translated_as_in_natural_case_and_answered_in_capitals(engine):
    shouted = "EIN MANN FÄHRT FAHRRAD AUF DER STRASSE."
    done = pipeline.run(pipeline.Work([shouted, "Ein Hund läuft."]), engine)
    natural = Truecaser(engine.tokenizer).natural(shouted)
    assert done.targets[0] == engine.translate([natural])[0].upper()
    assert done.targets[0] != engine.translate([shouted])[0]  # not what the model makes of the capitals
    assert done.targets[1] == engine.translate(["Ein Hund läuft."])[0]  # everything else as before


def test_words_german_writes_one_way_and_words_decided_by_their_neighbours(engine):
    caser = Truecaser(engine.tokenizer)
    # `Hand`, `Shirt`, `Person` are English words too: the lexicon knows German has them only as nouns
    assert caser.natural("EINE PERSON HÄLT EIN T-SHIRT IN DER HAND.") == "Eine Person hält ein T-Shirt in der Hand."
    # noun or not by the neighbours: before a noun, after an article, after a noun, after a copula
    assert caser.natural("EIN JUNGE UND EINE JUNGE FRAU ESSEN.") == "Ein Junge und eine junge Frau essen."
    assert caser.natural("DAS AUTO IST BLAU UND DAS ESSEN IST GUT.") == "Das Auto ist blau und das Essen ist gut."


def test_title_case_headlines_are_translated_in_natural_case_and_answered_in_title_case(engine):
    from glossary.casing import is_title_case, recase

    headline = "Ein Mann Fährt Fahrrad Auf Der Straße."
    assert is_title_case(headline)
    assert not is_title_case("Frankfurter Allgemeine Zeitung")  # a name: no function word in it
    assert not is_title_case("Ein Mann fährt Fahrrad.")
    natural = Truecaser(engine.tokenizer).natural(headline)
    assert natural == "Ein Mann fährt Fahrrad auf der Straße."
    done = pipeline.run(pipeline.Work([headline]), engine)
    assert done.targets[0] == recase(engine.translate([natural])[0], "title")
    assert all(w[0].isupper() for w in done.targets[0].split() if w[0].isalpha())
    assert recase("a man's e-bike", "title") == "A Man's E-Bike"
