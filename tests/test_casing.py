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
