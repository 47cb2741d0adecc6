from glossary.engine import DecodingSettings, Engine
from glossary.formats import read_document
from glossary.memory import TranslationMemory

from .conftest import MTDATA, seed_files


def _argos_translation():
    """argostranslate's own de→en translation; its sentence splitter would download a model, so it gets ours."""
    from argostranslate import translate

    from glossary.segmentation import split_sentences

    translate.get_installed_languages.cache_clear()
    translation = translate.get_translation_from_codes("de", "en")
    translation.underlying.sentencizer.split_sentences = split_sentences
    return translation


def _sample_sentences():
    seeds = [s.source for path in seed_files()[:2] for s in read_document(path).segments]
    news = (MTDATA / "newstest" / "newstest2019.de").read_text(encoding="utf-8").splitlines()
    # line 118 decodes differently when batched with padding: it must be in the sample
    return seeds + news[:40] + news[100:140]


def test_output_equals_argostranslate_sentence_by_sentence(engine):
    translation = _argos_translation()
    sentences = _sample_sentences()
    assert "Augustine Rubit war mit 24 Punkten bester Werfer bei den Gästen." in sentences
    ours = engine.translate(sentences)  # one global batch, many lengths
    theirs = [translation.translate(s) for s in sentences]
    mismatches = [(s, a, b) for s, a, b in zip(sentences, theirs, ours) if a != b]
    assert mismatches == []
    assert any(o for o in ours) and ours != sentences


def test_demo_model_really_translates(engine):
    # Multi30k-style captions are what the demo model knows.
    out = engine.translate(["Zwei Männer spielen Fußball.", "Ein Hund läuft durch den Schnee."])
    assert "men" in out[0].lower() and "soccer" in out[0].lower()
    assert "dog" in out[1].lower() and "snow" in out[1].lower()


def test_duplicates_are_decoded_once_and_order_is_kept(engine):
    before = engine.stats.translated
    sentences = ["Ein Hund läuft durch den Schnee.", "Zwei Männer spielen Fußball.", "Ein Hund läuft durch den Schnee."]
    out = engine.translate(sentences)
    assert out[0] == out[2] != out[1]
    assert engine.stats.translated - before == 2


def test_translation_memory_skips_known_sentences(demo_package, tmp_path):
    memory = TranslationMemory(tmp_path / "tm.sqlite")
    first = Engine(demo_package, memory=memory)
    sentences = ["Eine Frau fährt Fahrrad.", "Kinder spielen im Park."]
    out = first.translate(sentences)
    assert first.stats.translated == 2 and len(memory) == 2
    # a new engine (a new run) with the same model and settings reads from memory
    second = Engine(demo_package, memory=TranslationMemory(tmp_path / "tm.sqlite"))
    assert second.translate(sentences + ["Ein Mann liest."])[:2] == out
    assert second.stats.from_memory == 2 and second.stats.translated == 1
    # other decoding settings are a different key
    third = Engine(
        demo_package, settings=DecodingSettings(beam_size=1), memory=TranslationMemory(tmp_path / "tm.sqlite")
    )
    third.translate(sentences)
    assert third.stats.from_memory == 0 and third.stats.translated == 2


def test_signature_names_model_and_settings(engine):
    sig = engine.signature
    assert (
        sig.startswith("model:translate-de_en-demo#") and "beam:4" in sig and "lp:0.2" in sig and "ctranslate2:" in sig
    )
    from glossary import __version__

    assert sig.endswith(f"|glossary:{__version__}")


def test_progress_counts_every_sentence(engine):
    seen = []
    sentences = ["Ein Mann.", "Eine Frau.", "Ein Mann."]
    engine.translate(sentences, progress=seen.append)
    assert sum(seen) == 3
