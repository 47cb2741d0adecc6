"""English proposals for candidate terms: dictionary senses fitted to the collection, names, MT votes."""

from __future__ import annotations

import bisect
import copy
import functools
import math
import os
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz

from ..ding import (
    ADDRESS,
    GERMAN_REGIONS,
    IN_COMPOUNDS,
    STYLE_TAGS,
    TITLE,
    english_plurals,
    english_singular,
    of_a_person,
    regional,
    slash_readings,
)
from ..lexicon import (
    ADJECTIVE_ENDING,
    COMPOUND_NUMBER,
    ENGLISH_ARTICLE,
    ENGLISH_LETTERS,
    adjective_stem,
    lemma,
    mans_forms,
    noun_before_loanword,
    one_letter_away,
    plural_apart,
    pluralize,
    zipf_de,
    zipf_en,
    zipf_model_pair,
    zipf_pair,
)
from ..lexicon import dictionary as shared_dictionary
from .candidates import (
    ASSOCIATIONS,
    BUILDINGS,
    CLUB_WORDS,
    GENDER_HOMOGRAPHS,
    GEOGRAPHIC_FEATURES,
    GERMAN_FUNCTION_WORDS,
    GERMAN_ONLY,
    GERMAN_PARTIES,
    NAMED_PLACES,
    NAMED_TITLES,
    PARTY_ENGLISH,
    PARTY_FORMS,
    REGNAL,
    STATE_NOUNS,
    STREET_WORDS,
    Candidate,
    club_letters,
    collection_town,
    common_phrase,
    compound_split,
    linking_s,
    listed_form,
    looks_compound,
    newspaper,
    proper_adjective,
    studies_of,
    town_of,
    town_thing,
    without_articles,
)
from .names import (
    compass_place,
    compass_point,
    countries,
    english_name,
    german_place_shape,
    german_towns,
    given_names,
    regnal_name,
    surnames,
)

# fields whose abbreviations collide with the brands and bodies of general text
TECHNICAL_TAGS = frozenset(
    "techn. electr. comp. chem. phys. med. biol. math. telco. mach. constr. auto aviat. naut. min. geol.".split()
)
# fields with a vocabulary of their own: their senses are not the everyday ones (Star → star, not starling)
SPECIALIST_TAGS = TECHNICAL_TAGS | frozenset(
    "ornith. bot. zool. anat. textil. biochem. pharm. astron. statist.".split()
)
SPECIALIST_PENALTY = 0.5
# a document's own subject (the sports article in a collection of news): its tags' share among the document's
# terms, standing out from the dictionary and twice the collection's; the weight its senses then have
DOCUMENT_SUBJECT_SHARE = 0.15
DOCUMENT_SUBJECT_WEIGHT = 0.3
# Tags that say where a word is used, not what it is about.
REGISTER_TAGS = STYLE_TAGS | {"techn.", "adm.", "anhören", "abbr.", TITLE}


EVERYDAY_ENGLISH_ZIPF = 4.0  # an English word this common is read as English before a German head
_LINKED_ENDINGS = ("ung", "heit", "keit", "schaft", "ion", "tät")  # a noun so ending takes an s before a head
_COMPOSED = re.compile(r"compound:([^+\[]+)\+([^\[]+)(?:\[[^\]]*\])?")  # a composition's evidence: its two parts
# a head's rendering that says what it is of, which a compound's modifier says instead (driver of a vehicle)
_PARAPHRASED = re.compile(r"^(\S+) of an? \S+$")  # (not of the: minister of the interior)
_DESCRIBED = re.compile(r"(\w+) of (?:(?:an?|the) )?\w+")  # a thing said with what it belongs to: driver of a vehicle
_OF_THE = re.compile(r" of the (?=\w+$)")
_X_OF_Y = re.compile(r"(\w+) (?:of|for|to)(?: the)? (\w+)")  # delivery of arms, application for asylum
_PHRASE_LINKS = frozenset("of and for per on the".split())  # English's small words inside a German compound
_X_IN_Y = re.compile(r"(\w+) (?:in|of) (\w+)")  # reduction in costs, protection of species


@dataclass
class Proposal:
    target: str
    confidence: float
    alternatives: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)


@dataclass
class Reading:
    """What one candidate tells the proposer about its collection, read before proposing (in a worker, on a large
    collection): the subject tags of its senses, and the head senses its dictionary entry votes for."""

    tags: Counter = field(default_factory=Counter)  # mil., pol., econ., …: once per sense, times its frequency
    heads: list[tuple[str, str]] = field(default_factory=list)  # (head, its English)
    modifiers: list[tuple[str, str, str]] = field(default_factory=list)  # (modifier as written, its word, English)


def read_candidate(cand: Candidate, dictionary) -> Reading:
    """A one-word term's subject tags, and its listed senses' last words for its longest head that has them
    (Pressesprecher → press spokesman: …sprecher is a spokesman). Names and phrases tell nothing here."""
    reading = Reading()
    if cand.kind != "term" or cand.words != 1:
        return reading
    word = lemma(cand.forms.most_common(1)[0][0])
    senses = dictionary.senses(word)
    for tag in (tag for sense in senses for tag in sense.tags if tag not in REGISTER_TAGS):
        reading.tags[tag] += cand.frequency
    if not senses or "-" in word:
        return reading
    # (in the dictionary's order, never a set's: a tie goes the same way in every run)
    lasts = dict.fromkeys(e.split()[-1].lower() for e in senses[0].english if len(e.split()) >= 2)
    headed = False
    for cut in range(3, len(word) - 3) if lasts else ():
        head = word[cut:].capitalize()
        own = _own_words(dictionary, head)
        reading.heads.extend((head, last) for last in lasts if last in own)
        if own:
            headed = True
            break  # the longest head only
    # and its modifier's, in a compound of a head: Grenzschutz → border protection says Grenze is a border here
    firsts = dict.fromkeys(e.split()[0].lower() for e in senses[0].english if len(e.split()) >= 2)
    for cut in range(len(word) - 3, 2, -1) if headed else ():
        found = False
        for form in (word[:cut], *_modifier_forms(word[:cut])):
            own = _own_words(dictionary, form.capitalize())
            reading.modifiers.extend((word[:cut], form.capitalize(), first) for first in firsts if first in own)
            found = found or bool(own)
        if found:
            break  # the longest modifier only
    return reading


def _own_words(dictionary, head: str) -> set[str]:
    """The one-word renderings the dictionary gives a word, lower-cased: the senses a head can take."""
    return {e.lower() for sense in dictionary.senses(head) for e in sense.english if " " not in e}


def _normalise(text: str) -> str:
    text = text.lower()
    # German's -isierung is English's -ization, -isation (Priorisierung → prioritization), -ierung -ation
    # (Formulierung → formulation)
    text = text.replace("isierung", "isation").replace("ization", "isation").replace("ierung", "ation")
    for a, b in (("ä", "a"), ("ö", "o"), ("ü", "u"), ("ß", "ss"), ("k", "c"), ("z", "c"), ("ph", "f"), ("-", "")):
        text = text.replace(a, b)
    return text


# Regular German→English suffix correspondences: Industrie → industry, Militär → military.
_COGNATE_SUFFIXES = (
    ("ologie", "ology"), ("ographie", "ography"), ("ie", "y"), ("ität", "ity"), ("tät", "ty"), ("är", "ary"),
    ("ismus", "ism"), ("ist", "ist"), ("ik", "ics"), ("ik", "ic"), ("ur", "ure"), ("ent", "ent"), ("anz", "ance"),
    ("enz", "ence"), ("ion", "ion"), ("iv", "ive"), ("al", "al"),
)  # fmt: skip
# endings English spells with an e, for words the dictionary lacks: Vakzin → vaccine, Oxid → oxide
_UNLISTED_SUFFIXES = (("in", "ine"), ("id", "ide"), ("at", "ate"), ("it", "ite"))
_FUNCTION_WORDS = frozenset("of the a an and or to in for on with by".split())
FUNCTION_WORD_ZIPF = 5.8  # English writes a word this often only if it is a function word (many 5.9, only; family 5.7)
FUNCTION_WORD_DE_ZIPF = 6.0  # and German its own small words (ja, in, so)
_PARTICLES = frozenset("across round around at into onto off out over up down about through under".split())
_SMALL_WORDS = _FUNCTION_WORDS | _PARTICLES  # a slash between two of them is a choice of word
LONG_PHRASE_PENALTY = 0.35  # per word past three
SHARED_HEAD = 6  # letters an English word ends in as the German does, for a head they share
DISPREFERRED_TAGS = frozenset(
    "Schw. Ös. Sw. ugs. slang Jugendsprache vulg. veraltet veraltend dated obs. selten rare humor. pej. iron.".split()
    + "archaic altertümlich Kindersprache Jägersprache".split()  # (Bestreben [altertümlich] :: study [archaic])
    + ["poet.", ADDRESS, "becoming dated", "hunters’ parlance"]  # (Schwester → Sister)
)
# a sense with a rendering of these styles: the language model, of speech, may favour it (air con [coll.])
SPOKEN_TAGS = DISPREFERRED_TAGS | {"coll."}
DATED_TAGS = frozenset("veraltet veraltend dated obs. archaic altertümlich".split() + ["becoming dated"])
# a sense with none of these is an everyday one, which a specialist's sense gives way to (a dated one is everyday)
NOT_EVERYDAY_TAGS = SPECIALIST_TAGS | (DISPREFERRED_TAGS - DATED_TAGS)


_DERIVED = ("isch", "bar", "lich", "ig", "al", "iv", "ell", "ös", "är")  # endings of adjectives made of words

_PLACEHOLDER = re.compile(r"\b(?:sb|sth)\b")  # the dictionary's somebody, something


# the endings of an English word that names a thing or a doing, no name: investment, banking, compliance
_ENGLISH_NOUN_ENDINGS = ("ing", "ment", "ance", "ence", "ness", "ship", "ity", "tion", "sion")
COMMON_ENGLISH_ZIPF = 4.0  # how often English writes a word of those endings, for it to be no name (Qing: 3.1)


def _english_derivation(word: str) -> bool:
    """A word of English's endings of a thing made of an English word (Investment, Marketing, Shopping, Doping), or
    a common one (Everything, Compliance): not a name that ends so (Qing, Ming, Guinness, Boeing)."""
    lowered = word.lower()
    if zipf_en(lowered) >= COMMON_ENGLISH_ZIPF:
        return lowered.endswith(_ENGLISH_NOUN_ENDINGS)
    end = next((e for e in _ENGLISH_NOUN_ENDINGS if lowered.endswith(e)), "")
    stem = lowered[: -len(end)] if end else ""
    stems = (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem)  # (dope, shop: doping, shopping)
    return len(stem) >= 3 and any(zipf_en(s) >= 3.0 for s in stems)


@functools.lru_cache(maxsize=100_000)
def _alternatives(renderings: tuple[str, ...]) -> tuple[str, ...]:
    """The dictionary's renderings with `fire engine/water tender unit` as two of them, in order
    (`and/or`, `km/h` and other short slashed pieces stay whole). (Cached: a sense is read for each of its
    compounds.)"""
    out = []
    for english in renderings:
        if any(c in english for c in "{}[]") or _PLACEHOLDER.search(english) or "etc." in english:
            continue  # a piece of the dictionary's markup (sunk}), or a phrase with a gap (peculiar to sb./sth; fellow
            # Conservative/Labour etc. party member)
        pieces = english.split("/")
        local = re.fullmatch(r"(.*?)(\S+)/(\S+)(.*)", english)
        if local and len(pieces) == 2 and " " in english and _SMALL_WORDS.intersection(local.group(2, 3)):
            # a slash between two small words is a choice of that word: slap round/across the face
            out.extend(f"{local.group(1)}{word}{local.group(4)}" for word in local.group(2, 3))
        elif (
            len(pieces) == 2
            and " " in pieces[0].strip()
            and " " not in pieces[1].strip()
            and pieces[1].strip()[:1].isupper()
        ):
            # a capitalised last word after a name's words: Public Prosecution Service / Office is two names
            first = pieces[0].strip()
            out.extend([first, f"{first.rsplit(' ', 1)[0]} {pieces[1].strip()}"])
        elif (
            len(pieces) == 2 and " " not in pieces[0].strip() and " " in pieces[1].strip()
            and pieces[1].split()[0].replace("’", "'") in (pieces[0].strip(), pieces[0].strip() + "'s")
        ):  # fmt: skip
            # one word, then a phrase that begins with it: the word before the phrase's head, State / State's
            # Attorney being State Attorney and State's Attorney (not the State alone)
            second = pieces[1].strip()
            out.extend([f"{pieces[0].strip()} {second.split(' ', 1)[1]}", second])
        elif (
            local and len(pieces) == 2 and min(len(w) for w in local.group(2, 3)) >= 2
            and (" " in ENGLISH_ARTICLE.sub("", pieces[0])) != (" " in pieces[1])
        ):  # fmt: skip
            # one word against a phrase, no space at the slash: a choice of that word, not a rendering of its own
            # (north/northern side of the Alps, adult film/movie: not north, not movie)
            out.extend(f"{local.group(1)}{word}{local.group(4)}" for word in local.group(2, 3))
        elif (
            len(pieces) == 2
            and 1 < len(second := pieces[1].split()) < len(first := pieces[0].split())
            and first[-1] == second[-1]
        ):
            # a phrase, then the same number of its last words said another way: administrator in insolvency
            # proceedings / bankruptcy proceedings is administrator in bankruptcy proceedings too (not bankruptcy
            # proceedings)
            out.extend([" ".join(first), " ".join(first[: -len(second)] + second)])
        elif local and len(pieces) == 2 and fuzz.ratio(*local.group(2, 3)) >= SPELLING_RATIO:
            # two spellings of one word in a phrase: cognitive behavioural/behavioral therapy is that therapy twice
            # (not cognitive behavioural, nor behavioral therapy)
            out.extend(f"{local.group(1)}{word}{local.group(4)}" for word in local.group(2, 3))
        elif " / " in english and " " in pieces[0].strip() and all(" " not in p.strip() for p in pieces[1:]):
            # a phrase, then words for its last one: committee chairman / chairwoman / chairperson is committee
            # chairwoman too (not chairwoman alone), edge of the kerb / curb the edge of the curb
            first = pieces[0].strip()
            out.extend([first, *(f"{first.rsplit(' ', 1)[0]} {p.strip()}" for p in pieces[1:])])
        elif " / " in english and " " in pieces[-1].strip() and all(" " not in p.strip() for p in pieces[:-1]):
            # words for a phrase's first one: amendment / revision of the contract is the revision of the contract
            rest = pieces[-1].strip().split(" ", 1)[1]
            out.extend(f"{p.strip()} {rest}" for p in [*pieces[:-1], pieces[-1].strip().split(" ", 1)[0]])
        elif slashed := _slashed_words(english):
            out.extend(slashed)
        elif len(pieces) > 1 and all(len(p.strip()) >= 3 for p in pieces) and " " in english:
            out.extend(p.strip() for p in pieces)
        elif ", " in english and not _LISTED.search(english) and all(len(p.split()) <= 4 for p in english.split(", ")):
            out.extend(english.split(", "))  # two renderings a comma parts (umbrella brand, family brand)
        else:
            out.append(english)
    return tuple(out)


def _slashed_words(english: str) -> list[str]:
    """A phrase with words a slash joins, each a choice of that word, where a slash joins three or more words or
    a phrase has two such slashes: breathing space/room/time, first/greatest/main preoccupation, continuation of
    the/a flight, entrance of/to a/the village (its first twelve); [] for a phrase with one slash between two words
    (fire engine/water tender unit: two phrases), which `_alternatives` reads by its neighbours."""
    choices = [word.split("/") for word in english.split()]
    if " / " in english or not any(len(c) > 2 for c in choices) and sum(len(c) > 1 for c in choices) < 2:
        return []
    if any(not w for c in choices for w in c):
        return []
    return slash_readings(english)


# a comma in a list, a sentence or before a name's other form (nuclear, biological, and chemical; Way of Sorrows,
# the Way)
_LISTED = re.compile(r"\b(?:and|or)\b|[.!?]|, (?:the|an?) ")


@functools.lru_cache(maxsize=100_000)
def cognates(german: str, unlisted: bool = False) -> tuple[str, ...]:
    """English words that a German word regularly corresponds to, if English uses them. `unlisted`: a word the
    dictionary lacks, which may also be a loan English spells its own way (Vakzin → vaccine, Oxid → oxide)."""
    word = german.lower()
    found = []
    for de, en in _COGNATE_SUFFIXES + (_UNLISTED_SUFFIXES if unlisted else ()):
        if word.endswith(de) and len(word) > len(de) + 2:
            stem = word[: -len(de)]
            for a, b in (("ä", "a"), ("ö", "o"), ("ü", "u"), ("k", "c"), ("z", "c")):
                stem = stem.replace(a, b)
            candidate = stem + en
            # (not one of English's commonest words, which are function words: Manie is no many)
            if candidate != german.lower() and 3.0 <= zipf_en(candidate) < FUNCTION_WORD_ZIPF:
                found.append(candidate)
    return tuple(found)


@functools.lru_cache(maxsize=100_000)
def cognate(english: str, german: str, partial: bool = True) -> float:
    """How much an English rendering looks like a German word or its head (Kosmodrom ~ cosmodrome)."""
    from rapidfuzz import fuzz

    g = _normalise(german)
    best = 0.0
    for token in _normalise(english).split():
        if len(token) < 5:
            continue
        whole = fuzz.ratio(token, g) / 100
        if whole >= 0.78:
            best = max(best, whole)
        if partial and len(g) > len(token) + 3:
            part = fuzz.partial_ratio(token, g) / 100
            if part >= 0.8:  # the head of a compound: centre ~ Raumfahrtzentrum
                best = max(best, 0.8 * part)
        elif partial and SHARED_HEAD <= len(os.path.commonprefix([token[::-1], g[::-1]])) <= len(g) - 3:
            best = max(best, 0.8)  # an English compound with the German's head: misinformation ~ Fehlinformation
    return best


def _shared_with(adjective: str, options: list[str]) -> list[str]:
    """The renderings English shares with a German adjective: a look-alike, or its first four letters (astronomisch →
    astronomical, fundamental → fundamental)."""
    return [e for e in options if cognate(e, adjective, partial=False) or adjective.startswith(e.lower()[:4])]


def _modifier_forms(modifier: str) -> list[str]:
    """A compound's modifier without its linking element: Sicherheits → Sicherheit, Raketen → Rakete."""
    forms = []
    if modifier.endswith("es"):
        forms.append(modifier[:-2])
    if modifier.endswith("s"):
        forms.append(modifier[:-1])
    if modifier.endswith("ts") or modifier.endswith("fs"):  # an -e dropped before the s: Geschichts, Hilfs
        forms.append(modifier[:-1] + "e")
    if modifier.endswith("en"):
        forms.append(modifier[:-1])
        forms.append(modifier[:-2])
    elif modifier.endswith(("rn", "ln")):  # a linking n after -er, -el, -ar: Bauern, Inseln, Nachbarn (not after
        forms.append(modifier[:-1])  # n: Renn is no Ren, a reindeer; nor after a vowel: Klein is no Klei, clay)
    if modifier.endswith("e"):
        forms.append(modifier[:-1])
    forms.append(modifier)
    forms.append(modifier + "e")
    return list(dict.fromkeys(forms))


# German prefixes that are no nouns in a compound (Ur is an aurochs only on its own)
_PREFIXES = {
    "Nicht": "non-", "Ur": "original ", "Ex": "former ", "Gegen": "counter-", "Neben": "side ", "Mit": "co-",
}  # fmt: skip
# Latin prefixes before a hyphen, which English writes joined too: Anti-Terror-Gesetz → anti-terror law
_HYPHEN_PREFIXES = {
    "Anti": "anti-", "Pro": "pro-", "Co": "co-", "Non": "non-", "Semi": "semi-", "Multi": "multi-",
    "Neo": "neo-", "Pseudo": "pseudo-", "Quasi": "quasi-", "Mega": "mega-", "Hyper": "hyper-", "Prä": "pre-",
    "Selbst": "self-",  # (Selbst|berührung → self-contact, as English writes self-control, self-defence)
}  # fmt: skip
# what a family's name names (Springer-Verlag, Funke-Mediengruppe, Bosch-Stiftung, Kohl-Ära), beside `NAMED_PLACES`
_NAMED_BODIES = frozenset(
    [*NAMED_PLACES, "Verlag", "Gruppe", "Mediengruppe", "Konzern", "Werk", "Werke", "Ära", "Regierung", "Kabinett"]
)
# presidents of the United States since 1933 (not Johnson nor Ford, other countries' too): a government named after
# one is an administration, the sense the dictionary marks American (Obama-Regierung → Obama administration)
_US_PRESIDENTS = frozenset(
    "Roosevelt Truman Eisenhower Kennedy Nixon Carter Reagan Bush Clinton Obama Trump Biden".split()
)
_GRAND_PRIX = "Großer Preis"  # a race's name, which English calls a Grand Prix (the dictionary lacks it)
# words that begin a name, in English (the dictionary has them only as `Sankt …`)
_NAME_WORDS = {"Sankt": "Saint"}


_ADJECTIVES_EN = ("al", "ete", "ous", "ive", "ful", "less", "ent", "ant", "ic", "able", "ible", "ary")  # English's
_ADJECTIVE_SUFFIXES = ("isch", "lich", "ig", "end", "ell", "t", "iv", "al", "ar", "bar", "sam", "los", "haft")


def _same_split(plural: dict, singular: dict) -> bool:
    """Two compositions' best readings split off one modifier, or one of them is no closed compound's split: the
    plural's reading is the singular's word in the plural (Staats|medien, Staats|medium), not another split of
    its letters (Cyberkrimin|ellen beside Cyber|kriminelle)."""

    def modifier(scored: dict) -> str:  # (compound:Cyber+Kriminelle → Cyber)
        evidence = scored[_top(scored)][1]
        return evidence.split(":", 1)[1].split("+", 1)[0] if evidence.startswith("compound:") else ""

    ours, theirs = modifier(plural), modifier(singular)
    return not ours or not theirs or ours == theirs


# an abbreviation in capitals and small letters, a club's or a body's, which English writes as it is (VfB-Vorstand →
# VfB executive, not a motion games sports club's, as the dictionary spells VfB out; SpVgg, BfV)
_LETTERS = re.compile(r"[A-ZÄÖÜ][a-zäöü]?[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{0,3}")


def _dative_plural(form: str, word: str) -> bool:
    """The form is the word's plural with a dative's -n (den Filtereffekten: Filtereffekte + n), which a compound's
    head may spell as another word does (Effekten :: securities)."""
    return form.endswith("n") and form[:-1] != word and lemma(form[:-1]) == word


def _brand(name: str) -> bool:
    """A name English writes as often as its everyday words (YouTube, Facebook): a brand, whose Kanal is a channel,
    not the Canal a place's is (Panama-Kanal)."""
    return zipf_en(name.lower()) >= 4.5 and name not in given_names() and name not in surnames()  # (Max, Ford)


def _singular(word: str) -> str:
    """An English plural's singular, the irregular -men and children too (country women → country woman)."""
    if word.endswith("men") and len(word) > 3:
        return word[:-3] + "man"  # (specimen → speciman is no English word: the caller looks)
    return "child" if word == "children" else english_singular(word)


def _singular_renderings(scored: dict) -> dict:
    """English renderings with a plural last word made singular (terrorists → terrorist, duties → duty),
    when the singular is an English word; words English uses only in the plural (goods, arms) stay."""
    out: dict = {}
    for english, value in scored.items():
        *rest, last = english.split(" ")
        # (not after of, nor in a pair of words: ministry of foreign affairs, odds and ends)
        single = _singular(last) if not {"of", "and", "or"}.intersection(rest) else last
        if single != last and zipf_en(single.lower()) < 3.0:
            single = last  # no English word: buses stay buses (not buse)
        key = " ".join([*rest, single])
        if key not in out or out[key][0] < value[0]:
            out[key] = value
    return out


@functools.lru_cache(maxsize=50_000)
def _left_in_german(word: str) -> bool:
    """A German function word or common noun (or a modifier made of one) that English does not write: left
    untranslated, unlike a name (Seveso, Gülen) or a word English shares (Corona)."""
    lowered = word.lower()
    if lowered in GERMAN_ONLY or lowered in ("unter", "gegen", "ohne"):
        return True  # (not man, war, die: English words too)
    nouns = shared_dictionary()
    if zipf_en(lowered) >= 1.0 or nouns.renders_as_itself(word.capitalize()):
        return False  # English knows it (Fipronil, Skat)
    stems = [word, word[:-1] if lowered.endswith("s") else "", word[:-2] if lowered.endswith("in") else ""]
    if any(nouns.is_common_noun(stem.capitalize()) for stem in stems if stem):  # (Aktion|s, Kapitän|in)
        return True
    return bool(nouns.senses(lowered))  # a verb or adjective, capitalised as a noun: Mitternachts-Shoppen


def _written_in_english(name: str) -> bool:
    """English text writes every word of the German name, so it writes the name itself: Deutsche Bahn, Deutsche
    Welle (not Deutsches Rotes Kreuz, Rote Armee)."""
    return all(zipf_en(w.lower()) >= 2.3 for w in name.split())


def _reads_as_english(english: str, german: str, names: frozenset[str] = frozenset()) -> bool:
    """Every word English (act Welle and Arabishe are not), or taken from the German itself: a name, an
    acronym (Seveso directive, EU sanction). `names`: the collection's one-word names, which stay as written."""
    source = german.lower()
    for at, word in enumerate(re.findall(r"[^\W\d_]+", english)):
        lowered = word.lower()
        if word.isupper():
            continue
        if lowered in source:
            if _left_in_german(word):
                return False  # a German word copied over: Ein votes majority, team Kapitänin
            if at and word not in names and zipf_de(lowered) >= GERMAN_LEFT_ZIPF and zipf_en(lowered) < 1.0:
                return False  # a German word no dictionary has after an English one: home Shoppen, intelligence
                # Enthüller (a name comes first: Schrammel dream goal, Raiffeisenbank)
            if word.islower() and lowered == source and zipf_en(lowered) < 1.0:
                return False  # the German word itself in lower case, which English does not write: martyrium
            continue
        en, de = zipf_en(lowered), zipf_de(lowered)
        if en < 1.0 or (en < 3.0 and de >= 2.5 and de >= en + 1.0):  # war is English too
            return False
    return True


_ADJECTIVE_COGNATES = (
    ("isch", "ic"), ("isch", "ical"), ("ell", "al"), ("iv", "ive"), ("al", "al"), ("ar", "ar"), ("isch", "ian"),
)  # fmt: skip


def _english_gerund(word: str) -> str:
    """An English verb German writes as its noun in -en (Shoppen, Chillen): the English -ing, if English writes it
    often; '' otherwise."""
    if not word.endswith("en") or len(word) < 6 or not word.isalpha():
        return ""
    stem = word[:-2].lower()
    stem = stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else stem  # (shopp → shop)
    gerund = stem + stem[-1] + "ing" if len(stem) <= 4 and stem[-2] in "aeiou" and stem[-3] not in "aeiou" else ""
    return next((g for g in (gerund, stem + "ing") if g and zipf_en(g) >= GERUND_ZIPF), "")


def cognate_adjective(adjective: str) -> str:
    """An adjective the dictionary lacks as English writes it (extraterritorial, antisozial → antisocial,
    pädiatrisch → pediatric, tasmanisch → Tasmanian), if English writes it at all; else ''."""
    stem = adjective.replace("z", "c").replace("ä", "e").replace("ö", "o").replace("ü", "u")
    for german, english in _ADJECTIVE_COGNATES:
        if adjective.endswith(german):
            candidate = stem[: len(stem) - len(german)] + english
            if zipf_en(candidate) >= LOANWORD_ZIPF - 0.5:
                # a land's adjective is written with its capital, as the land: tasmanisch → Tasmanian (Tasmania)
                return candidate.capitalize() if english == "ian" and zipf_en(candidate[:-1]) >= 3.0 else candidate
    return ""


def _english_over_german(word: str) -> bool:
    """A word English writes (wordfreq: 3 or more) far more often than German does: Drink, Store (not Plan, System)."""
    lowered = word.lower()
    return zipf_en(lowered) >= 3.0 and zipf_en(lowered) >= zipf_de(lowered) + 0.5


def _beginnings(word: str) -> list[str]:
    """The word's beginnings of four letters or more, short of its last two: where a longer word than a prefix may
    begin it (Urlaub|sreise, Mitglied|staat)."""
    return [word[:cut] for cut in range(4, len(word) - 2)]


def _loanword(word: str, zipf: float | None = None, lead: float = 0.25) -> bool:
    """An English word German has borrowed, no one's name: Pushback, Follower, Brainstorming, Biomarker (not
    Winkler or Coburg, German's more than English's; nor Bush or Linda). `zipf`: how often English must write it
    (`LOANWORD_ZIPF`); `lead`: how much more often German may (Spammer: a point, with `RARE_LOANWORD_ZIPF`)."""
    zipf = LOANWORD_ZIPF if zipf is None else zipf
    lowered = word.lower()
    return (
        word.istitle() and word.isalpha() and zipf_en(lowered) >= zipf
        and zipf_en(lowered) >= zipf_de(lowered) - lead and word not in given_names() and word not in surnames()
    )  # fmt: skip


def _kept_german(word: str) -> bool:
    """English writes the word as German does (`KEPT_GERMAN_ZIPF`), far less often than German: no English word of
    its own (Car, Motion), and no name English writes as much."""
    english = zipf_en(word.lower())
    return english >= KEPT_GERMAN_ZIPF and zipf_de(word) - english >= KEPT_GERMAN_LEAD


_ENGLISH_ENDINGS = ("ing", "ist", "mer", "ism")  # of English words German borrows: Whistleblowing, Spammer


def _rare_english(english: str) -> bool:
    """Words English text seldom writes but that are English all the same (countershading, crumhorn): in lower case,
    no German word, and none one letter from a common English word, which would make it a misprint (nursury, laison)."""
    for word in english.split():
        if not word.isalpha() or not word.islower():
            return False
        if zipf_en(word) >= 1.0:
            continue
        if zipf_de(word) >= 1.0 or any(zipf_en(near) >= 3.0 for near in one_letter_away(word, ENGLISH_LETTERS)):
            return False
    return True


def _evidence_tags(evidence: str) -> set[str]:
    """The subject tags an evidence names (ding:61518[med.] → {med.})."""
    return set(evidence.partition("[")[2].partition("]")[0].split(",")) - {""}


def _head_only(scored: dict[str, tuple[float, str]]) -> bool:
    """Every rendering is a compound's head alone (`compound-head:`), or there is none: no English for the word."""
    return all(ev.startswith("compound-head") for _, ev in scored.values())


def _composed(scored: dict[str, tuple[float, str]]) -> dict[str, tuple[float, str]]:
    """A composition's renderings but a compound's head alone (`compound-head:`), which is no translation of it."""
    return {e: v for e, v in scored.items() if not v[1].startswith("compound-head")}


def _dispreferred(evidence: str) -> bool:
    """The evidence names a tag a glossary does without: regional, colloquial, dated (ding:50114[Bayr.,agr.])."""
    tags = _evidence_tags(evidence)
    return bool(DISPREFERRED_TAGS.intersection(tags)) or regional(tags)


def _with_alternatives(proposal: Proposal, more: list[str]) -> Proposal:
    """The proposal with more alternatives after its own (the dictionary's listed words behind a composition)."""
    extra = [e for e in more if e != proposal.target and e not in proposal.alternatives]
    return Proposal(proposal.target, proposal.confidence, proposal.alternatives + extra, proposal.evidence)


def _stem(noun: str) -> str:
    """A noun without its final e, to find it inside compounds and plurals (Zoll → Strafzölle aside)."""
    return noun[:-1] if noun.endswith("e") and len(noun) > 4 else noun


def _initials_of(english: str) -> str:
    """The initials English words give, function words aside: German Democratic Republic → GDR."""
    return "".join(w[0] for w in english.replace("-", " ").split() if w.lower() not in _FUNCTION_WORDS)


_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")  # a German number with points between its thousands


def _measure(english: list[str]) -> list[str]:
    """A number's compound in English: the decimal point and thousands' comma English writes (1,4-Liter-Motor →
    1.4-litre engine, 10.000-Volt-Schaltanlage → 10,000-volt …), and a number with a measure before a noun
    hyphenated, in the singular (35-Stunden-Woche → 35-hour week, 28-Nationen-Block → 28-nation block)."""
    number = english[0]
    if _THOUSANDS.fullmatch(number):  # (1.234,5 → 1,234.5)
        number = number.replace(".", "\0").replace(",", ".").replace("\0", ",")
    else:
        number = re.sub(r"(?<=\d),(?=\d)", ".", number)
    words, at = [number], 1
    while at < len(english) - 1 and " " not in english[at] and english[at].islower():
        words[0] += "-" + english_singular(english[at])  # (3-Millionen-Tonnen-Marke → 3-million-tonne mark)
        at += 1
    return [*words, *english[at:]]


def _agreed(votes: Counter | None) -> tuple[str, int]:
    """The English two or more of the collection's compounds give a word, more than any other (and how many); ("",
    0) when they give none so, or tie."""
    if not votes:
        return "", 0
    (english, count), *rest = votes.most_common(2)
    return (english, count) if count >= 2 and not (rest and rest[0][1] == count) else ("", 0)


def _top(scored: dict) -> str:
    return max(scored.items(), key=lambda kv: kv[1][0])[0]


def _first_renderings(scored: dict, gap: float) -> list[str]:
    """Of scored renderings, the first one-word ones (`WRITTEN_HEADS`), none more than `gap` below the first."""
    ranked = sorted((e for e in scored if " " not in e), key=lambda e: -scored[e][0])[:WRITTEN_HEADS]
    return [e for e in ranked if scored[e][0] >= scored[ranked[0]][0] - gap]


def _plural_of(plural: str, singular: str) -> bool:
    p, s_ = plural.lower(), singular.lower()
    return p in english_plurals(s_) or p == s_ or _singular(p) == s_


LITERAL_BONUS = 0.3
OFFICE_ZIPF = 3.5  # an office's words English writes this often or more are everyday words (not Zealander)
LISTED_SAID_GAP = 1.0  # how much more web text writes an adjective and noun said word by word than the listed name
ADVERB_ZIPF = 2.5  # how often English writes an adverb made of an adjective's English with -ly, to say it
FALSE_FRIEND_GAP, FALSE_FRIEND_WEIGHT = 1.5, 0.5  # bench/sense_choice.py
PLURALITY_SHARE, PLURALITY_LEAD = 0.25, 1.1  # a modifier's plurality sense, as a last resort
GERUND_ZIPF = 3.5  # how often English writes a German verb noun's English -ing (shopping), to say it
WOMANS_WORD_GAP = 1.0  # how far below the man's English a woman's word's own may be
DATED_WOMAN_GAP = 2.0  # how much more English writes a man's word than a woman's in -ess, to say it for both
# an English spelled (this alike or more) as a compound's part listed beside it is the part's: it costs this
SPELLED_ALIKE, OTHERS_RENDERING_PENALTY = 0.85, 0.6
UNWRITTEN_WORD_ZIPF = 1.5  # what each word past the first of a phrase web text does not write costs (a quarter)
COMMON_ZIPF = 5.0  # English frequency counts up to here among senses: Bistum → diocese, not see
HEAD_BONUS = 0.15  # a phrase with the compound's head's own English in it, beside the sense's phrases without
ENGLISH_PARTS_CONFIDENCE = 0.6  # a word of two English words said apart, as a composition is (Topscorer → top scorer)
TITLE_PENALTY, TITLE_ZIPF = 0.5, 4.0  # a title's English for a common noun, of everyday words (Act, not law)
TITLED_TAGS = frozenset({"Am.", "Br.", "Austr.", "Can.", "astron.", "astrol."})
# a German institution English writes by its German name (Bundesliga): how often English writes it, and how much
# less often than German
KEPT_GERMAN_ZIPF, KEPT_GERMAN_LEAD = 3.0, 1.0
_REGIONS = frozenset({"Dt.", "Ös.", "Schw."}) | GERMAN_REGIONS  # (the dictionary's tags of where German says it)
RARE_LOANWORD_ZIPF = 1.5  # how often English must write a loanword of an English ending the dictionary lacks
MISSPELT_ZIPF = 1.0  # how often German must write the word a misspelt one is a letter from
ACTION_NOUN_CONFIDENCE = 0.45  # a noun in -ung the dictionary lacks, said as its verb's -ing form: Leerung → emptying
ADJECTIVE_NOUN_CONFIDENCE = 0.5  # an adjective made a noun, said as its adjective: Vermögende → wealthy
CLOSED_ZIPF = 2.5  # a compound English writes closed, as a word of its own (tablespoon, goalkeeper)
RARE_CONFIDENCE = 0.4  # the dictionary's own English for the word, rare in English text: countershading
COMPOSED_CONFIDENCE, ATTESTED_CONFIDENCE = 0.6, 0.75  # a compound said part by part; as a pair English writes
WRITTEN_GAP = 0.5  # how much more often web text must write a sense's other pair for it to go first (zipf)
LOOKALIKE_RATIO = 85  # English this like a German word, letter by letter, is that word said in English
SPELLING_RATIO = 75  # two words this alike (rapidfuzz) are one word's spellings: grey, gray
COLLECTION_GAP = 1.0  # how far below the word's best a sense its collection's compounds agree on may be
VOTE_GAP = 2.0  # how far below the head's own best a sense one compound of the collection gives it may be
LOANWORD_ZIPF = 2.5  # how often English must write a word the dictionary lacks for German's noun to be it
RARE_HEAD_ZIPF, EVERYDAY_PARTS_ZIPF = 3.0, 4.0  # a compound's head German seldom writes; parts it writes daily
RARE_HEAD_GAP = 1.5  # how much more German writes a longer modifier than a rare head, to split before it
GERMAN_LEFT_ZIPF = 2.0  # how often German must write a word English does not, to be German left untranslated
ENGLISH_OVER_GERMAN = 0.4  # how much more English writes a word than German, for it to be English's own
# words that only say what kind of thing the word before them is (local person, summit meeting, peak value)
_CLASSIFIERS = ("person", "film", "meeting", "newspaper", "value", "ocean", "sea")
# of a composition's part, how many renderings a pair English says is looked for among, and how far below the first
# (the reference check's compositions 993 → 1,004 with 5 and 1.5, against 3 and 1.0)
WRITTEN_HEADS, WRITTEN_HEAD_GAP = 5, 1.5
# a dictionary compound German never writes, as a vote for its head's sense, against one it writes (by its zipf):
# …sperre is a dam in torrent control's many compounds, a lock or ban in those German writes
LEARNED_FLOOR = 0.5
# a vote for a head's sense from a compound the dictionary tags with a field the collection is not about (…urlaub:
# the army's leave against holiday; 11 entries on newstest, 9 better; a quarter: 11 more, mixed)
OFF_SUBJECT_WEIGHT = 0.5
# how far below the word's own first rendering its compounds' may be, as a modifier (county beside district)
LEARNED_GAP = 1.0
COMPOSED_ALTERNATIVES = 3  # other pairs listed beside a composition, of its modifier's likeliest renderings
ATTESTED_ZIPF = 2.0  # a pair on a line of the dictionary ranks among them as a pair English says this often
EVERYDAY_ADJECTIVE_ZIPF = 5.0  # an adjective German writes this often says little of the noun after it (neu)
ADJECTIVE_SENSE_GAP = 1.0  # how far below the first sense one English says after the adjectives may be
SAID_GAP = 1.0  # how much more often English must say a pair with another part's rendering to replace a composed one
ENGLISH_NAME_ZIPF = 4.2  # an English word written less often than this alone keeps its capital in a pair (Notre Dame)
EXONYM_GAP = 0.5  # how much more often English must write its own name for a place the dictionary gives both
USES_WEIGHT = 0.5  # per doubling of the entries that use a rendering; bench/sense_choice.py


# British spellings and the American the web writes: the web's word pairs are mostly American (support program)
_AMERICAN = (
    (re.compile(r"programme\b"), "program"),
    (re.compile(r"(?<=[a-z]{2})our\b"), "or"),
    (re.compile(r"(?<=[a-z]{2})tre\b"), "ter"),
    (re.compile(r"isation\b"), "ization"),
    (re.compile(r"(?<=[a-z]{2})ence\b"), "ense"),
    (re.compile(r"(?<=[a-z])ae(?=[a-z])"), "e"),  # anaesthesia, paediatric, archaeology
)


def _rarely_alone(part: str) -> bool:
    """A capitalised word English seldom writes alone, so writes as a name: Notre, Coca (not News, Band)."""
    return part[:1].isupper() and zipf_en(part.lower()) < ENGLISH_NAME_ZIPF


def _titled_word(english: str) -> bool:
    """A word written with a capital that is no acronym (Mass, Bible): the tables of pairs are in small letters and
    speak for its homograph (weapons of mass destruction), not for it."""
    return english[:1].isupper() and not english.isupper()


@functools.lru_cache(maxsize=100_000)
def _written(pair: str) -> float:
    """How often web text writes a two-word rendering, in the singular or the plural (fighter jets), in a British
    spelling as in the American (support programme as support program)."""
    found = max(zipf_pair(pair), zipf_pair(pluralize(pair)))
    if not found:
        american = _american(pair)
        if american != pair:
            found = max(zipf_pair(american), zipf_pair(pluralize(american)))
    return found


@functools.lru_cache(maxsize=100_000)
def _said(pair: str) -> float:
    """`_written`, else how often an English language model says the pair (`zipf_model_pair`, in the singular or
    the plural, as spelled or as Americans spell it): for choosing a composition's senses, from pairs the web's table
    is too small to hold (Batterie|fach → battery compartment, not battery subject; Polizei|sprecher → police
    spokesman; Kern|markt → core market)."""
    spellings = dict.fromkeys([pair, _american(pair)])  # (defence as defense; conference stays)
    return _written(pair) or max(zipf_model_pair(p) for s in spellings for p in (s, pluralize(s)))


def _replaces(said: float, other: float) -> bool:
    """Whether a pair English says `other` often takes the place of a composed pair it says `said` often: when it
    says the composed one not at all and the other at all, or the other `SAID_GAP` more."""
    return other - said >= SAID_GAP if said else other > 0


def _attested(evidence: str) -> bool:
    """A composition the dictionary has as a pair on one of its lines, or one English says in place of such a
    pair (`Proposer._said_instead`): more than a guess part by part."""
    return "[attested" in evidence or evidence.endswith("[said]")


def _genders(cand: Candidate, display: str) -> str:
    """The genders the text's determiners give a noun whose gender tells its sense (`Candidate.genders`): those all
    of them allow, where they were seen at half its occurrences at least (das Schild: n, a sign); '' where they
    disagree or say too little (von einer Leiter once among fifteen der Leiter: the head's, not a ladder)."""
    if display not in GENDER_HOMOGRAPHS:
        return ""
    told = set("mfn")
    for genders in cand.genders:
        told &= set(genders)
    if not told or 2 * len(cand.genders) < cand.frequency:
        return ""
    return "".join(sorted(told)) if len(told) < 3 else ""


def _closed(word: str) -> str:
    """A hyphenated word of German words written closed (Fußball-Weltmeisterschaft → Fußballweltmeisterschaft), or
    '' (a part of capitals, digits or small letters first: EU-Kommission, 5G-Netz, E-Auto keep their hyphen; nor
    English's own pair)."""
    parts = word.split("-")
    if len(parts) < 2 or not all(p[:1].isupper() and p[1:].islower() and p.isalpha() and len(p) > 2 for p in parts):
        return ""
    if len(parts) == 2 and zipf_pair(" ".join(parts)):
        return ""  # two words English's web text writes together are English's: Mail-Server → mail server
    return parts[0] + "".join(p.lower() for p in parts[1:])


def _gendered(english: str) -> str:
    """Whom a word of English names by sex: woman (spokeswoman), man (chairmen), or no one ("")."""
    return "woman" if english.endswith(("woman", "women")) else "man" if english.endswith(("man", "men")) else ""


def _american(english: str) -> str:
    for pattern, spelling in _AMERICAN:
        english = pattern.sub(spelling, english)
    return english


def _one_spelling(one: str, other: str) -> bool:
    """Two renderings that differ at most as British and American spelling do (programme, program): one sense."""
    return _american(one.lower()) == _american(other.lower())


def _pair_key(english: str) -> str:
    """A rendering in the singular, in small letters and spelled as Americans do: renderings that differ only so
    (rare Earth, rare earths) have one key."""
    return _american(" ".join(english_singular(w) for w in english.lower().split()))


def _american_renderings(senses) -> frozenset[str]:
    """The renderings the dictionary marks [Am.] in these senses, without an article: the one place that reads
    them (a glossary writes the unmarked spelling; the language model, of American English, favours the marked)."""
    return frozenset(ENGLISH_ARTICLE.sub("", e) for s in senses for e in _alternatives(s.american))


def _person(display: str, english: str) -> str:
    """A man made a noun of a participle or of ill (der Verletzte, cited Verletzter) is a person in English too, as
    the dictionary writes Verletzter → injured person: Schwerverletzter → seriously injured person, Verhafteter →
    arrested person, Schwerkranker → seriously ill person; the English of any other such noun stays as it is
    (Verdächtiger → suspect, Zwölfjähriger → twelve-year-old)."""
    last = english.split()[-1] if english else ""
    return f"{english} person" if display.endswith("er") and (last.endswith("ed") or last == "ill") else english


def _respelled(one: str, other: str, strict: bool = False) -> bool:
    """Two renderings of as many words, each word the same or a spelling of it: grey area, gray area. `strict`: two
    renderings that differ, each word the same, as `_american` spells it, or one letter apart with its first letter
    (tumour, tumor; manoeuvre, maneuver; dyke, dike); not pack and packet, nor newcomer and incomer, nor Mr and MR,
    which the loose test takes as alike."""
    if strict and one.lower() == other.lower():
        return False
    pairs = list(zip(one.lower().split(), other.lower().split()))
    return len(one.split()) == len(other.split()) and all(_spelled_alike(a, b, strict) for a, b in pairs)


def _spelled_alike(a: str, b: str, strict: bool) -> bool:
    """One word of `_respelled`'s two renderings (in small letters) against the other's."""
    if a == b:
        return True
    if strict:
        return _american(a) == _american(b) or a[0] == b[0] and abs(len(a) - len(b)) <= 1 and _spelled_near(a, b)
    return _spelled_near(a, b)


def _spelled_near(a: str, b: str) -> bool:
    """Letter by letter nearly the same (rapidfuzz's ratio, `SPELLING_RATIO`)."""
    return fuzz.ratio(a, b) >= SPELLING_RATIO


def _written_together(
    scored: dict[str, tuple[float, str]], american: frozenset[str], kept: Callable[[str], bool]
) -> None:
    """Of two-word renderings that share a word, one English writes often takes the place of the best of
    them when English hardly writes that (economic crisis, not economic crunch; serial killer, not serial
    murderer; tax burden, not tax load), going by web text's word pairs (`zipf_pair`); when web text writes none
    of them, one English says far more (`_said_more`: Gehhilfe → walking aid, not mobility aid). Not when the best
    is common itself (front page stays, though home page is commoner); a spelling of the same words (grey area,
    gray area) is no rival. In place: `scored` is score_senses' own dict."""
    pairs = [e for e in scored if len(e.split()) == 2]
    best = max(pairs, key=lambda e: scored[e][0], default="")
    if not best or _written(best):
        return
    words = best.lower().split()
    rivals = [
        e for e in pairs
        if sum(a == b for a, b in zip(e.lower().split(), words)) == 1 and not _respelled(e, best)
    ]  # fmt: skip
    rival = max(rivals, key=_written, default="")
    if rival and not _written(rival):
        rival = "" if kept(best) else _said_more(best, [e for e in rivals if e not in american or best in american])
    if rival:
        _put_first(scored, rival, best)


def _written_more(
    in_sense: dict[str, tuple[float, float, str]], american: frozenset[str], word: str, kept: Callable[[str], bool]
) -> None:
    """Of one sense's two-word renderings, one web text writes far more often than the sense's best (by
    `WRITTEN_GAP`) takes its place: Herzinfarkt → heart attack, not myocardial infarction; Baustelle →
    construction site, not building site; when web text writes neither, one English says far more (`_said_more`:
    Handelsschifffahrt → merchant shipping, not commercial navigation; Gegenverkehr → oncoming traffic). Not a
    spelling of the same words (programme), nor one the dictionary marks American beside a best it does not
    (Staatsanwalt stays Public Prosecutor, not District Attorney), nor in place of the German word itself said in
    English (Mineralöl stays mineral oil, though crude oil, Rohöl's, is on its line and commoner). In place:
    score_senses' scores of one sense, english → (score, score as English writes, evidence)."""
    best = max(in_sense, key=lambda e: in_sense[e][1], default="")
    if len(best.split()) != 2 or _looks_alike(best, word):
        return
    rivals = [
        e for e in in_sense
        if len(e.split()) == 2 and e != best and not _respelled(e, best) and (e not in american or best in american)
    ]  # fmt: skip
    rival = max(rivals, key=_written, default="")
    if rival and _written(rival) >= _written(best) + WRITTEN_GAP:
        _put_first(in_sense, rival, best)
    elif rival and not _written(rival) and not _written(best) and not kept(best):
        rival = _said_more(best, rivals)
        if rival:
            _put_first(in_sense, rival, best)


def _said_more(best: str, rivals: list[str]) -> str:
    """Of a pair's rivals, where web text writes none of them (its table holds only pairs written 100,000 times),
    the one the language model says `SAID_GAP` more than the pair; '' when none does. Stricter than `_replaces`,
    where a composed guess the model does not say gives way to any pair it says: this pair is the dictionary's."""
    rival = max(rivals, key=_said, default="")
    return rival if rival and _said(rival) >= _said(best) + SAID_GAP else ""


def _looks_alike(english: str, german: str) -> bool:
    """English that is the German word letter for letter, its spaces aside (Mineralöl, mineral oil)."""
    return fuzz.ratio(_normalise(english).replace(" ", ""), _normalise(german)) >= LOOKALIKE_RATIO


def _british_first(in_sense: dict[str, tuple[float, float, str]], american: frozenset[str]) -> None:
    """A rendering the dictionary marks American goes after its own spelling the dictionary does not mark (air
    defence [Br.] before air defense [Am.]), and so does one it lists unmarked beside its British spelling (nuclear
    program; nuclear programme): a glossary writes one spelling, as its single words have it (centre, defence). In
    place, as `_written_more`."""
    american = american | {a for e in in_sense if (a := _american(e)) != e and a in in_sense}
    for english in [e for e in in_sense if e in american]:
        other = max(
            (e for e in in_sense if e not in american and _respelled(e, english, strict=True)),
            key=lambda e: in_sense[e][1],
            default="",
        )
        if other and in_sense[other][1] < in_sense[english][1]:
            _put_first(in_sense, other, english)


def _titled(english: str) -> bool:
    """English written as a title, each word capitalised, of words English writes in small letters too (Act, Public
    Prosecution Service; not TV, nor a rarer word: Libra)."""
    content = [w for w in english.split() if w not in _FUNCTION_WORDS]
    return bool(content) and all(
        w[:1].isupper() and w[1:].islower() and w.isalpha() and zipf_en(w.lower()) >= TITLE_ZIPF for w in content
    )


def _as_name(english: str) -> str:
    """English words as a name writes them, each capitalised but the small ones, and each part of a hyphenated one:
    Day of German Unity, Russian Anti-Doping Agency."""

    def capital(word: str) -> str:
        return word if word in _FUNCTION_WORDS else word[:1].upper() + word[1:]

    return " ".join("-".join(map(capital, w.split("-"))) for w in english.split())


def _put_first(scored: dict[str, tuple], first: str, second: str) -> None:
    """The two renderings exchange scores, each keeping its evidence (the last of its values): `first` now has the
    higher. In place."""
    scored[first], scored[second] = (*scored[second][:-1], scored[first][-1]), (*scored[first][:-1], scored[second][-1])


# the small words of a German name as English says them; an article after one is dropped (in der, für die)
_NAME_LINKS_EN = {
    "für": "for", "der": "of", "des": "of", "von": "of", "vom": "of the", "zur": "for the", "zum": "for the",
    "und": "and", "in": "in", "die": "", "das": "", "dem": "", "den": "",
}  # fmt: skip
_NAME_OPENING = frozenset("für der des von vom zur zum".split())  # the first small word of a name of these
AGENT_NOUN_ZIPF = 2.0  # how often English writes a doer's noun made of a verb (torturer) for it to be one
LOAN_MODIFIER_ZIPF = 3.5  # how often English writes a modifier for its own spelling to be tried in a pair
ABBREVIATION_WORD_ZIPF = 3.5  # how seldom English writes a word German writes for an abbreviation (Uno, not Tips)
_PLACE_NAMED = frozenset("Tal Brücke Straße Platz Allee Gebirge Kanal".split())  # after a place, a name of its own
_COMPASS = frozenset("north south east west northern southern eastern western".split())


def _compass_region(scored: dict[str, tuple[float, str]]) -> None:
    """Of a region listed as North … and Northern … (Norddeutschland :: Northern Germany; North Germany), the
    region English names goes first: Northern Germany, Southern France, Eastern Europe. In place."""
    for short in [e for e in scored if e.split(" ", 1)[0] in ("North", "South", "East", "West") and " " in e]:
        point, place = short.split(" ", 1)
        region = f"{point}ern {place}"
        if region in scored and scored[region][0] < scored[short][0]:
            _put_first(scored, region, short)
    for point in [e for e in scored if e in ("North", "South", "East", "West") and e.lower() not in scored]:
        scored[point.lower()] = scored.pop(point)  # a point alone in small letters: Osten :: East → east


def _written_closed(scored: dict[str, tuple[float, str]]) -> None:
    """Of one compound written apart and closed (table spoon, tablespoon; goal keeper, goalkeeper), the closed one
    English writes as a word of its own goes first. In place, as `_written_together`."""
    for apart in [e for e in scored if len(e.split()) == 2]:
        closed = apart.replace(" ", "")
        if closed in scored and scored[closed][0] < scored[apart][0] and zipf_en(closed.lower()) >= CLOSED_ZIPF:
            _put_first(scored, closed, apart)


class Proposer:
    def __init__(
        self,
        dictionary,
        candidates: list[Candidate],
        present: set[str],
        definitions: dict | None = None,
        readings: list[Reading] | None = None,
        adjectives: Counter | None = None,
    ) -> None:
        """`readings`: `read_candidate` of each candidate, when the caller has read them (in workers);
        `adjectives`: (adjective, noun) as written side by side in the collection → times (`Collector.adjectives`)."""
        self.dictionary = dictionary
        self._adjectives_before: dict[str, Counter] = defaultdict(Counter)  # a noun's lemma → its adjectives' stems
        for (adjective, noun), times in (adjectives or {}).items():
            self._adjectives_before[lemma(noun)][adjective_stem(adjective)] += times
        self.present = present  # German lemmas and forms in the collection
        # what an abbreviation may stand for: the words before it in brackets, then the collection's names
        self.definitions = definitions or {}
        self.names: dict[str, list[list[str]]] = defaultdict(list)  # by first letter: many abbreviations ask
        # the collection's one-word names as written: a name before a hyphen stays (Wiesenhof-Schlachthof)
        self.written_names = frozenset(f for c in candidates if c.kind == "name" and c.words == 1 for f in c.forms)
        self._term_keys = sorted(c.key for c in candidates if c.kind == "term" and c.words == 1)  # (bisected)
        # the collection's names of a noun and a number (Formel 1), which a compound's parts may be too
        self.numbered = frozenset(
            f for c in candidates if c.kind == "name" and c.words == 2 for f in c.forms if f.split()[-1].isdigit()
        )
        # the surnames of the collection's people (Helmut Kohl): a compound's first part that is one is that person
        self.people = frozenset(
            words[-1]
            for c in candidates
            if c.kind == "name" and c.words > 1
            for words in map(str.split, c.forms)
            if len(words) > 1 and words[0] in given_names()
        )
        for cand in candidates:
            if cand.words > 1:
                words = cand.forms.most_common(1)[0][0].split()
                self.names[words[0][:1].upper()].append(words)
        # the heads the collection writes after a name (Gülen-Anhänger, BVB-Anhänger): persons there, and alone too
        self._named_heads = frozenset(
            lemma(parts[-1])
            for c in candidates
            if c.kind == "term"
            for parts in [c.forms.most_common(1)[0][0].split("-")]
            if len(parts) > 1 and parts[-2][:1].isupper() and parts[-1][:1].isupper()
            and (parts[-2] in self.written_names or parts[-2] in self.people or not dictionary.senses(parts[-2]))
        )  # fmt: skip
        if readings is None:
            readings = [read_candidate(cand, dictionary) for cand in candidates]
        # the collection's domain: the subject tags (mil., pol., econ., …) of its terms, weighted by frequency
        profile: Counter = Counter()
        # how the dictionary renders a head in this collection's own compounds that it lists: Pressesprecher →
        # press spokesman says …sprecher is a spokesman here, for Kreml-Sprecher and Präsidialamtssprecher too
        self._head_votes: dict[str, Counter] = defaultdict(Counter)
        self._part_votes: dict[str, Counter] = defaultdict(Counter)  # the same, for a word as either part
        self._modifier_votes: dict[str, Counter] = defaultdict(Counter)  # and for a modifier as written (Landes…)
        for reading in readings:
            profile.update(reading.tags)
            for head, english in reading.heads:
                self._head_votes[head][english] += 1
                self._part_votes[head][english] += 1
            for written, modifier, english in reading.modifiers:
                self._part_votes[modifier][english] += 1
                self._modifier_votes[written][english] += 1
        total = sum(profile.values()) or 1
        self.domain = {tag: count / total for tag, count in profile.most_common(8)}
        # the subjects this collection is about: tags several times commoner here than in the dictionary
        background = dictionary.tag_shares() if dictionary else {}
        self.focus = frozenset(
            tag for tag, share in self.domain.items() if share >= 0.1 and share >= 2.0 * background.get(tag, 1.0)
        )
        self._background = background
        # each document's subject tags, as the collection's are counted: a candidate's share in each document
        documents: dict[int, Counter] = defaultdict(Counter)
        for cand, reading in zip(candidates, readings):
            if reading.tags and cand.frequency:
                for doc, seen in Counter(o.doc for o in cand.occurrences).items():
                    for tag, count in reading.tags.items():
                        documents[doc][tag] += count * seen / cand.frequency
        # (as shares of each document's tags, counted once)
        self._documents = {doc: {t: n / sum(c.values()) for t, n in c.items()} for doc, c in documents.items()}
        self._subjects_of: dict[frozenset, frozenset] = {}  # the documents of a candidate → their subjects
        self._for_subjects: dict[frozenset, Proposer] = {}

    def for_documents(self, cand: Candidate) -> Proposer:
        """The proposer for a candidate of documents with a subject of their own, which the collection's mix
        hides: in the sports article of a news collection Sportwagen is a sports car, not a baby stroller, and
        Halbfinale a semi-final. The collection's proposer when its documents have none."""
        docs = frozenset(o.doc for o in cand.occurrences)
        subjects = self._subjects_of.get(docs)
        if subjects is None:
            profile: Counter = Counter()
            for doc in docs:
                profile.update(self._documents.get(doc, {}))
            total = sum(profile.values())
            subjects = self._subjects_of[docs] = frozenset(
                tag
                for tag, count in profile.most_common(8)
                if tag not in self.focus
                and count / total >= DOCUMENT_SUBJECT_SHARE
                and count / total >= 2.0 * max(self._background.get(tag, 1.0), self.domain.get(tag, 0.0))
            )
        if not subjects:
            return self
        if subjects not in self._for_subjects:  # (one per set of subjects: its caches serve all their candidates)
            proposer = copy.copy(self)
            for name, attribute in vars(Proposer).items():  # (a cached property of the collection's focus is not
                if isinstance(attribute, functools.cached_property):  # the documents': worked out again)
                    proposer.__dict__.pop(name, None)
            proposer.domain = {
                **self.domain,
                **{t: max(DOCUMENT_SUBJECT_WEIGHT, self.domain.get(t, 0.0)) for t in subjects},
            }
            proposer.focus = self.focus | subjects
            self._for_subjects[subjects] = proposer
        return self._for_subjects[subjects]

    def _literal(self, word: str, english: str) -> bool:
        """The rendering is the compound's modifier and head, each in one of its own renderings, and no more:
        modifier head (Träger|rakete → carrier rocket) or head of/for modifier (Gesundheits|minister → minister of
        health, not minister for public health), or the two closed up as English writes some (Schiff|bau →
        shipbuilding, beside shipbuilding industry)."""
        words = english.lower().split()
        if len(words) == 3 and words[1] in ("of", "for"):
            words = [words[2], words[0]]
        if len(words) == 1 and len(words[0]) >= 7 and words[0].isalpha():
            return any(self._literal(word, f"{words[0][:cut]} {words[0][cut:]}") for cut in range(3, len(words[0]) - 2))
        if len(words) != 2 or len(word) < 7 or not word[:1].isupper():
            return False
        first, last = words
        for cut in range(3, len(word) - 2):
            if last in self._renderings(word[cut:].capitalize()):
                modifier = word[:cut]
                forms = [m.capitalize() for m in [modifier, *_modifier_forms(modifier)]]
                # an adjective's stem as modifier is the adjective: Groß|brand → large fire; a verb's stem the verb's
                # noun: Tipp|fehler → typing error (das Tippen)
                verb = (
                    [modifier.capitalize() + "en"]
                    if self.dictionary.gender(modifier.capitalize() + "en") == "n"
                    else []
                )
                return any(first in self._renderings(m) for m in [*forms, modifier.lower(), *verb])
        return False

    @functools.lru_cache(maxsize=50_000)
    def _renderings(self, word: str) -> frozenset[str]:
        """The one-word English renderings of a German word, in lower case and singular."""
        return frozenset(
            english_singular(e.lower()) for s in self.dictionary.senses(word) for e in s.english if " " not in e
        )

    @functools.cached_property
    def _off_subject(self) -> frozenset:
        """Subject tags outside the collection's focus: a compound so tagged speaks for its field's sense."""
        return frozenset(self.dictionary.tag_shares()) - REGISTER_TAGS - GERMAN_REGIONS - IN_COMPOUNDS - self.focus

    @functools.cached_property
    def _discount(self) -> frozenset:
        return SPECIALIST_TAGS - self.focus

    def in_focus(self, cand: Candidate, display: str) -> bool:
        """A term of the collection's subjects: its first senses, or its head's, carry one of their tags
        (Trägerrakete, Generalstab in a military collection; not Kilometer or Besuch)."""
        if not self.focus or cand.kind != "term":
            return False
        word = display.split()[-1]
        senses = self.dictionary.senses(word) or self.dictionary.senses(lemma(word))
        if not senses and len(word) > 7:  # a compound: its longest head the dictionary knows, and its modifier
            cut = next((c for c in range(2, len(word) - 3) if self.dictionary.senses(word[c:].capitalize())), 0)
            senses = self.dictionary.senses(word[cut:].capitalize()) if cut else []
            modifiers = [m.capitalize() for m in _modifier_forms(word[:cut].rstrip("-"))] if cut >= 4 else []
            senses = senses[:2] + next((found[:2] for found in map(self.dictionary.senses, modifiers) if found), [])
            return any(tag in self.focus for sense in senses for tag in sense.tags)
        return any(tag in self.focus for sense in senses[:2] for tag in sense.tags)

    def english_for(self, word: str) -> str:
        """The best English for a German word or phrase out of context: a dictionary sense, else (a word)
        composed from its parts; "" when neither gives one."""
        base = lemma(word)
        best = self._best(word) or self._best(base)
        if not best and " " in word:  # the dictionary writes an adjective in lower case: kalter Krieg
            best = self._best(word[:1].lower() + word[1:])
        if not best and " " not in word:
            best = next(iter(_composed(self.compound(base))), "")
        return best

    def senses_for(self, word: str, genders: str = "") -> list:
        """The word's senses (of its plural's, a man's word's, …, where the dictionary lacks it); `genders`: those the
        text's determiners allow (das Steuer: n, the steering wheel, not die Steuer, the tax), where one has it."""
        senses = (
            self.dictionary.senses(word)
            or self._masculine_senses(word)
            or self._strong_senses(word)
            # a word written closed that the dictionary lists with a hyphen: Gazastreifen (Gaza-Streifen :: Gaza Strip)
            or (self.dictionary.senses(listed) if (listed := self.dictionary.hyphenated(word)) else [])
            # and a hyphenated word it lists closed: Fußball-Weltmeisterschaft (Fußballweltmeisterschaft :: Football
            # World Cup; was composed, soccer world championship)
            or (self.dictionary.senses(closed) if (closed := _closed(word)) else [])
            or self._players_senses(word)
        )
        # a plural's entries with no word class beside its plural ones are no noun of its own (Frauen :: the female
        # gender): the plural's senses stand
        plural = (  # (a plural the lemmatizer keeps, whose singular the dictionary lists beside it: Marken, Marke)
            word[:1].isupper() and any(s.grammar == "pl" for s in senses)
            and (lemma(word) != word or bool(self.dictionary.singular(word)))
        )  # fmt: skip
        singular = [s for s in senses if s.grammar != "pl" and (s.grammar or not plural)]
        senses = singular or senses
        told = [s for s in senses if s.grammar[:1] in genders and s.grammar[:1]] if genders else []
        return told or senses  # (not die Steuer [ugs.], the tax authority, written with its article, no gender)

    def _parts_rendering(self, english: str, word: str, synonyms: tuple[str, ...]) -> bool:
        """Whether an English word is a compound's part's, listed beside it and spelled as that part (Stand;
        Stillstand :: stand; Stille; Stillstand :: still; Stich; Nadelstich :: stitch), not the compound's own."""
        low = word.lower()
        for part in synonyms if len(word) >= 8 else ():
            stem = part.lower().rstrip("e")
            rest = low[: -len(part)] if low.endswith(part.lower()) else low[len(stem) :] if low.startswith(stem) else ""
            if (
                len(part) >= 4 and len(rest) >= 4 and cognate(english, part, partial=False) >= SPELLED_ALIKE
                and not cognate(english, word, partial=False)
                # (the other part a word of its own: not Problem|atik, Auf|marsch)
                and (self.dictionary.senses(rest.capitalize()) or self.dictionary.senses(rest))
            ):  # fmt: skip
                return True
        return False

    def _players_senses(self, word: str) -> list:
        """A player of a ball game named by the game and -er, as the dictionary lists the game's player: Basketballer
        → Basketballspieler (basketball player), Handballer, Volleyballer."""
        if not word.endswith("baller") or len(word) < 9 or not word[:1].isupper():
            return []
        return self.dictionary.senses(word[:-2] + "spieler")

    def _strong_senses(self, word: str) -> list:
        """An adjective made a noun, in its weak form the dictionary lacks, is its strong form's entry: Vorgesetzte →
        Vorgesetzter (superior), as the dictionary lists such nouns."""
        if not word.endswith("e") or len(word) < 6 or not word[:1].isupper():
            return []
        if not word[:-1].endswith((*_ADJECTIVE_SUFFIXES, "en")):
            return []  # a participle's or an adjective's ending (vorgesetzt, schutzsuchend): not Verkäufe, Sprecher
        return self.dictionary.senses(word + "r")

    def _masculine_senses(self, word: str) -> list:
        """A woman's word the dictionary lacks is its man's word, as English has one for both: Kolumnistin →
        Kolumnist (columnist), Landrätin → Landrat, Beamtin → Beamter."""
        man = self._mans_word(word)
        return self.dictionary.senses(man) if man else []

    def _mans_word(self, word: str) -> str:
        """The man's word of a woman's word, in the singular or the plural (Sprecherin, Sprecherinnen → Sprecher;
        Ärztin → Arzt, Beamtin → Beamter), as the dictionary has it with its gender; '' for any other word
        (Medizin, Stein)."""
        return next((base for base in mans_forms(word) if self.dictionary.gender(base) == "m"), "")

    @functools.lru_cache(maxsize=50_000)
    def score_senses(self, word: str, genders: str = "") -> dict[str, tuple[float, str]]:
        """English candidate → (score, evidence) over all dictionary senses of the word (asked again for
        compounds' parts: cached, and not to be changed by the caller); `genders`: as `senses_for`."""
        scored: dict[str, tuple[float, str]] = {}
        senses = self.senses_for(word, genders)
        # a sense the word has only inside compounds is not its own (Seele [in Zusammensetzungen] :: mind, as in
        # Seelenzustand; Industrie [in Zusammensetzungen] :: industrial sector)
        senses = [s for s in senses if not IN_COMPOUNDS.intersection(s.tags)] or senses
        # renderings that end in the same word compete as phrases (nuclear weapon, atomic weapon)
        uses = {e: math.log2(max(1, self.dictionary.attested(e)[0])) for s in senses for e in _alternatives(s.english)}
        written: dict[str, float] = {}  # per last word, how often the best-written phrase with it is written
        compounds: dict[str, list[str]] = {}  # an English compound → its paraphrases in the same sense
        clipped: list[tuple[str, str]] = []  # (documentary film, documentary): one sense says both
        for e, n in uses.items():
            if len(e.split()) > 1:
                written[e.split()[-1].lower()] = max(written.get(e.split()[-1].lower(), 0.0), n)
        # how the dictionary's own compounds render the word (one rendering needs no choosing)
        renderings = {ENGLISH_ARTICLE.sub("", e) for s in senses for e in s.english}
        in_compounds = self.dictionary.uses(word, renderings, self._discount) if len(renderings) > 1 else {}
        split = compound_split(word, self.dictionary) if len(word) >= 7 and word[:1].isupper() else None
        head_words = self._renderings(split[1].capitalize()) if split else frozenset()
        commonest = max((zipf_en(e.lower()) for e in uses if " " not in e), default=0.0)
        american = _american_renderings(senses)
        titled = {  # a country's institution's English, or a star sign's, written as a title
            ENGLISH_ARTICLE.sub("", e)
            for s in senses if TITLED_TAGS.intersection(s.tags) for e in _alternatives(s.english)
            if _titled(ENGLISH_ARTICLE.sub("", e))
        }  # fmt: skip
        # (a specialist's sense gives way to an everyday one only, if a dated one: Hyäne [zool.] → hyena, its other
        # sense colloquial; Gen [biochem.] → gene, not the Swiss and Austrian General; Rasse → race [veraltet])
        everyday = any(NOT_EVERYDAY_TAGS.isdisjoint(s.tags) for s in senses)
        for index, sense in enumerate(senses):
            domain = min(0.4, sum(self.domain.get(t, 0.0) for t in sense.tags if t not in REGISTER_TAGS))
            weight = 1.0 / (1 + 0.25 * index) + 1.5 * domain
            if DISPREFERRED_TAGS.intersection(sense.tags):
                weight -= 0.5  # Swiss, colloquial, dated: not for a glossary
            # a specialist's sense outside the collection's subjects: Lager → camp, not bearing
            specialist = (
                SPECIALIST_PENALTY
                if everyday and set(sense.tags) & SPECIALIST_TAGS and not self.focus & set(sense.tags)
                else 0.0
            )
            others = [s for s in sense.synonyms if s != word and s in self.present]
            # a longer synonym that ends in this word (Bundeskanzler beside Kanzler, Kanzlerin) has the longer
            # renderings: federal chancellor is Bundeskanzler's, chancellor Kanzler's
            stem = word[:-2] if word.endswith("in") and not word.endswith("ein") else word
            longer = [
                s[: len(s) - len(stem)] for s in sense.synonyms
                if len(s) > len(stem) + 2 and s.lower().endswith(stem.lower()) and " " not in s
            ]  # fmt: skip
            listed = _alternatives(sense.english)
            bare_listed = {ENGLISH_ARTICLE.sub("", e) for e in sense.english}  # (the police chief: police chief)
            # of a sense said in phrases only, those with the compound's head's own English in them, beside others
            heading = {e for e in listed if head_words & {english_singular(w.lower()) for w in e.split()}}
            heading = heading if len(heading) < len(listed) and all(" " in e for e in listed) else set()
            # the thing and the thing with its kind said (documentary; documentary film): English writes the first
            clipped += [
                (f"{e} {kind}", e) for e in bare_listed for kind in _CLASSIFIERS if f"{e} {kind}" in bare_listed
            ]
            # (a hyphenated word one if web text writes its parts as a pair: half-year; re-election is none)
            one_word = any(
                " " not in e and ("-" not in e or e.count("-") == 1 and _written(e.replace("-", " "))) for e in listed
            )
            in_sense: dict[str, tuple[float, float, str]] = {}  # english → (score, score as English writes, evidence)
            for rank, english in enumerate(listed):
                english = ENGLISH_ARTICLE.sub("", english)  # a glossary entry has no article: the self touch
                bare = _OF_THE.sub(" of ", english)
                if bare != english and self.dictionary.attested(bare)[0] > self.dictionary.attested(english)[0]:
                    english = bare  # head of the government → head of government, as English writes it elsewhere
                # (a phrase of up to four words that say something, with its small words: Chief of the General Staff)
                if english.startswith("to ") or sum(w not in _FUNCTION_WORDS for w in english.split()) > 4:
                    continue
                if not any(c.isalpha() for c in english):
                    continue  # a number is no word's English (Kehrtwende :: U-turn; 180 [coll.])
                score = weight / (1 + 0.35 * rank) - specialist
                near = own = cognate(english, word)
                if " " not in english and self._parts_rendering(english, word, sense.synonyms):
                    # the English of its own part beside it on its line, spelled as that part (Stand; Stillstand ::
                    # stand; Stille; Stillstand :: still): the part's, not the word's
                    near, score = 0.0, score - OTHERS_RENDERING_PENALTY
                if near and commonest - zipf_en(english.lower()) >= FALSE_FRIEND_GAP:
                    near *= FALSE_FRIEND_WEIGHT  # spelled like the German, and far rarer than another sense: commissar
                score += 1.2 * near
                # a synonym the collection uses, as far as it is likelier than the word itself (not twice for one
                # shared head: Falschinformation beside Fehlinformation is no reason for incorrect information)
                score += 0.8 * max(0.0, max((cognate(english, o, partial=False) for o in others), default=0.0) - own)
                # common English beats rare synonyms; wordfreq rates a phrase by its words, so discount phrases
                content = [w for w in english.split() if w.lower() not in _FUNCTION_WORDS]
                # wordfreq splits hyphens, so "co-operation" would count as "co" + "operation": rate it joined
                frequency = zipf_en(english.lower().replace("-", "")) if "-" in english else zipf_en(english.lower())
                # (no more for the commonest words, which are many things at once: see, back, being)
                score += 0.25 * min(frequency - 1.0 * (max(1, len(content)) - 1), COMMON_ZIPF)
                # a phrase of more than three words explains rather than names: after a term on its line
                score -= LONG_PHRASE_PENALTY * max(0, len(english.split()) - 3)
                # the sense the dictionary's own compounds use (Güterzug → freight train): Zug → train
                score += USES_WEIGHT * math.log2(1 + in_compounds.get(english, 0))
                if (
                    len(english.split()) == 2 or any(e != english and e.split()[0] == english.split()[0] for e in uses)
                ) and self._literal(word, english):  # (head of modifier, or a closed compound, only against a longer
                    # phrase of the same first word: minister for public health, shipbuilding industry)
                    score += LITERAL_BONUS  # says what the parts say: Träger|rakete → carrier rocket
                elif english in heading:
                    score += HEAD_BONUS  # says what the head says: Sach|spende → donation in kind
                paraphrase = _X_OF_Y.fullmatch(english)
                if paraphrase and f"{paraphrase[2]} {paraphrase[1]}" in bare_listed:
                    compounds.setdefault(f"{paraphrase[2]} {paraphrase[1]}", []).append(english)
                if "-" in english and english.replace("-", "") in sense.english:
                    score -= 0.3  # co-operation → cooperation
                if english[:1].isupper() and english.lower() in bare_listed:
                    score -= 0.5  # the Opposition [Br.]; the opposition [Am.]: a glossary writes the common noun
                if longer and " " in english and english.split(" ", 1)[1] in sense.english:
                    score -= 0.3  # (the longer synonym's English: Kanzlerin → chancellor, not federal chancellor)
                    if any(cognate(english.split(" ", 1)[0], extra) >= 0.8 for extra in longer):
                        score -= 0.3  # (its first part's, spelled as English: Natur|wissenschafter → natural
                        # scientist is Naturwissenschafter's; Wissenschafter → scientist)
                if len(content) > 1:
                    # of two phrases for one thing, the fixed term English writes most: nuclear weapon, not atomic
                    # weapon; only a penalty for the others, so a single word keeps its place (Gespräch: interview)
                    best = written.get(english.split()[-1].lower(), 0.0)
                    used = uses[english] if english in uses else math.log2(max(1, self.dictionary.attested(english)[0]))
                    score -= 0.25 * (best - used)
                tags = ",".join(t for t in sense.tags if t not in REGISTER_TAGS)
                evidence = f"ding:{sense.line}" + (f"[{tags}]" if tags else "")
                # a phrase web text does not write as a pair (catch line), beside a word of the same sense (headline)
                unwritten = one_word and len(content) > 1 and not (len(english.split()) == 2 and _written(english))
                cost = 0.25 * UNWRITTEN_WORD_ZIPF * (len(content) - 1) * unwritten
                if english not in in_sense or in_sense[english][0] < score:
                    in_sense[english] = (score, score - cost, evidence)
            # (not in a sense with a rendering of its own style, nor over the parts' own renderings: Träger|rakete →
            # carrier rocket)
            spoken = not SPOKEN_TAGS.isdisjoint(sense.tags)
            _written_more(in_sense, american, word, lambda best: spoken or self._literal(word, best))
            _british_first(in_sense, american)
            # reordered within the sense, which keeps its best score among the senses
            lift = max((v[0] for v in in_sense.values()), default=0.0) - max(
                (v[1] for v in in_sense.values()), default=0.0
            )
            for english, (_, score, evidence) in in_sense.items():
                if english not in scored or scored[english][0] < score + lift:
                    scored[english] = (score + lift, evidence)
        if any(e[:1].islower() for e in scored):
            # a common noun's English in small letters before a country's institution's or a star sign's (Gesetz →
            # law, not Act [Br.] [Am.]; Fuchs → fox, not the constellation): a glossary's entry is no name
            for english in [e for e in scored if e in titled]:
                scored[english] = (scored[english][0] - TITLE_PENALTY, scored[english][1])
        _written_together(scored, american, functools.partial(self._literal, word))
        _written_closed(scored)
        for said, short in clipped:
            if said in scored and short in scored and scored[said][0] > scored[short][0]:
                _put_first(scored, short, said)
        _compass_region(scored)
        for compound, paraphrases in compounds.items():  # the sense lists both: arms delivery, not delivery of arms
            # (of several, the best: risk of infection, not risk for infection)
            paraphrase = max((p for p in paraphrases if p in scored), key=lambda p: scored[p][0], default="")
            if (
                compound in scored and paraphrase and scored[paraphrase][0] > scored[compound][0]
                and (
                    _said(compound)
                    or self.dictionary.attested(paraphrase)[0] <= self.dictionary.attested(compound)[0]
                )
            ):  # fmt: skip
                _put_first(scored, compound, paraphrase)  # (not a compound English does not say where the dictionary
                # writes the paraphrase more: centre of gravity, not gravity centre; inflation rate stays)
        man = word[:-2] if word.endswith("erin") else word  # (Fahrerin, as Fahrer)
        for english, thing in [(e, m[1]) for e in scored if (m := _DESCRIBED.fullmatch(e))]:
            if thing not in scored and self._learned_head(man) == thing.lower():
                # the word said as the dictionary's compounds say it, not described: Fahrer → driver (Busfahrer →
                # bus driver, Rennfahrer → racing driver), not driver of a vehicle
                scored[thing] = (scored[english][0] + 0.01, f"{scored[english][1]}+compounds")
        people = studies_of(word) if not senses else ""
        if people:  # Koreanistik → Korean studies, as Germanistik is German Studies
            scored[f"{people} studies"] = (2.0, f"studies:{people}")
        # a loanword the dictionary writes only inside its phrases, as written there: Job (casual employment; odd
        # job, occasional job) → job
        inside = [w for s in senses for e in s.english for w in e.split() if w.lower() == word.lower()]
        # or in one phrase, after a word in small letters: Hospital (minor hospital) → hospital, App (mobile app) →
        # app; not Football (American football), which is said with its modifier
        kind = [e for s in senses for e in s.english if e.lower().endswith(" " + word.lower()) and e[:1].islower()]
        common = len(inside) >= 2 or len(inside) == 1 and bool(kind)
        loan = (inside[0],) if common and inside[0] not in scored and zipf_en(word.lower()) >= 4.0 else ()
        for english in (*cognates(word), *loan) if "-" not in word else ():  # (a hyphenated word goes part by part)
            # the dictionary may lack the everyday sense (Militär → military); not its adjective's (Chronik is no
            # chronic: chronisch's; Lokal is no local)
            if english in self._adjective_renderings(word):
                continue
            score = 1.0 + 1.2 * max(cognate(english, word), 0.8) + 0.25 * min(zipf_en(english), 5.5)
            # the dictionary's best is a kind of it (Industrie :: factory industry): the word itself says it
            kinds = [v[0] for e, v in scored.items() if e.lower().endswith(" " + english.lower())]
            if kinds and max(kinds) >= max(v[0] for v in scored.values()):
                score = max(score, max(kinds) + 0.01)
            if english not in scored or scored[english][0] < score:
                scored[english] = (score, "cognate")
        if scored and senses and all(_REGIONS.intersection(s.tags) for s in senses) and _kept_german(word):
            # a German institution the dictionary says with its counterparts abroad, and English news by its German
            # name: Bundesliga (not top division, nor Premier League)
            scored[word] = (max(v[0] for v in scored.values()) + 0.01, "as-written")
        league = word[: -len("ist")] + "a" if not senses and word.endswith("ligist") and word.isalpha() else ""
        said = (self._best(league) or next(iter(self.compound(league)), "")) if league else ""
        if said and said.split()[-1].lower() in ("league", "division", league.lower()):
            # a club of a league, as sports news names it: Bundesligist → Bundesliga club, Bezirksligist → county
            # league club
            scored[f"{said} club"] = (1.0 + 0.25 * min(zipf_en("club"), 5.5), f"league:{league}")
        woman = not senses and word.endswith(("erin", "orin")) and word.istitle() and word.isalpha()
        english_man = word[:-2] if woman else ""
        if english_man and zipf_en(english_man.lower()) >= 2.5 and not self.dictionary.senses(english_man):
            # a woman's word made of an English one, which English has for both (Influencerin → influencer,
            # Whistleblowerin → whistleblower)
            scored[english_man.lower()] = (1.0 + 0.25 * min(zipf_en(english_man.lower()), 5.5), "loanword")
        for plural in ("n", "en", "e", "s") if not scored and word[:1].isupper() and word.isalpha() else ():
            # a noun the dictionary lists only in the plural (Eichen {pl} :: oaks): its plural's English, singular;
            # not another word's plural (Westen is no West's, Ligen is Liga's)
            form = word + plural
            listed = [s for s in self.dictionary.senses(form) if s.grammar == "pl" and form in s.synonyms]
            listed = listed if listed and lemma(form) == word else []
            for rank, english in enumerate(e for s in listed for e in _alternatives(s.english) if len(e.split()) <= 3):
                words = ENGLISH_ARTICLE.sub("", english).split()
                singular = " ".join([*words[:-1], english_singular(words[-1])])
                score = 1.0 / (1 + 0.35 * rank) + 0.25 * min(zipf_en(singular), 5.5)
                scored.setdefault(singular, (score, f"plural:{form}"))
            if scored:
                break
        for english in cognates(word, unlisted=True) if not scored and not senses and word.isalpha() else ():
            # a word no dictionary has, spelled as English spells its likeliest cognate: a guess, said as one
            scored[english] = (1.0 + 0.25 * min(zipf_en(english), 5.5), "cognate:spelling")
        if (
            not scored
            and len(word) >= 7
            and word[:1].isupper()
            and word.isalpha()
            and zipf_de(word) > 0
            and not looks_compound(word, self.dictionary)
        ):
            # a noun the dictionary lists only after adjectives, in two entries or more (großer, kleiner Friedhof:
            # cemetery, graveyard; industrielle, automatisierte Fertigung: manufacturing): the English they end in,
            # commonest first; one entry is not enough (exklusive Neuigkeit: scoop)
            heads: Counter = Counter()
            entries = 0
            for german, renderings, _, _ in self.dictionary.ending_with(" " + word, 40):
                first = german.split()[0]
                if (
                    len(german.split()) == 2 and german.split()[1] == word and first.islower()
                    and ADJECTIVE_ENDING.search(first) and first not in GERMAN_FUNCTION_WORDS  # (alles Mögliche)
                ):  # fmt: skip
                    entries += 1
                    heads.update({  # (once per entry)
                        e.split()[-1] for e in renderings
                        if len(e.split()) <= 2 and e.replace(" ", "").isalpha() and e.islower()
                        and e.split()[0] not in _SMALL_WORDS  # (a noun, or an adjective and the noun: not to enter)
                    })  # fmt: skip
            for english, n in heads.items() if entries >= 2 else ():
                scored[english] = (1.0 + 0.5 * n + 0.25 * min(zipf_en(english), 5.5), f"after-adjectives:{entries}")
        man = self._mans_word(word) if scored else ""
        top = max(scored, key=lambda e: scored[e][0]) if man else ""
        womans = [  # a woman's word says the woman's English its sense lists beside the man's: actress, not actor
            e for e in scored if e[:3].lower() == top[:3].lower() and (e.endswith("ess") or _gendered(e) == "woman")
            and scored[e][0] >= scored[top][0] - WOMANS_WORD_GAP
        ] if top and not top.endswith("ess") and _gendered(top) != "woman" else []  # fmt: skip
        if womans:
            scored[womans[0]] = (scored[top][0] + 0.01, scored[womans[0]][1])
            top = womans[0]
        unmarked = _top(self.score_senses(man)) if top.endswith("ess") else ""
        if unmarked[:4].lower() == top[:4].lower() and zipf_en(unmarked) - zipf_en(top) >= DATED_WOMAN_GAP:
            # a woman's English in -ess that English has all but given up for the man's word (Managerin: manageress;
            # authoress, poetess): the word both say (manager), as English says actress and waitress still
            scored[unmarked] = (scored[top][0] + 0.01, f"{self.score_senses(man)[unmarked][1]}+unmarked")
        return scored

    def _adjective_renderings(self, noun: str) -> set[str]:
        """The English the dictionary gives the adjective of a noun's stem (Chronik: chronisch → chronic; Lokal:
        lokal → local), in lower case."""
        stem = noun.lower()
        adjectives = {stem, stem + "isch", *([stem[:-2] + "isch"] if stem.endswith("ik") else [])}
        return {
            e.lower() for a in adjectives for s in self.dictionary.senses(a) if "adj" in s.grammar for e in s.english
        }

    def _named_by(self, modifier: str) -> bool:
        """A compound's first part that names a person or a town, no word of the dictionary: one of the
        collection's people (Kohl), a family name of the lists, a town of the German-speaking countries."""
        return (
            modifier[:1].isupper() and modifier[1:].islower() and len(modifier) >= 4
            and not self._known_modifier(modifier)  # (Engel|s|burg: an angel's castle, no Engels Castle)
            and (modifier in self.people or modifier in surnames() or modifier in german_towns())
        )  # fmt: skip

    def compound(self, word: str, depth: int = 0) -> dict[str, tuple[float, str]]:
        """Modifier + head from the dictionary when the compound itself is missing (Munitions|industrie)."""
        compass = self._compass_compound(word)
        if compass:
            return compass
        parts = self._hyphen_groups(word.split("-"))
        if "-" in word and len(parts) == 1:
            return {}  # the dictionary has the whole word: its senses, not a composition, are the answer
        if len(parts) == 2 and all(parts) and not self.dictionary.senses(word) and zipf_pair(" ".join(parts)):
            # two words English's web text writes together are English's: Notre-Dame (no Notre lady), Tour-Guide →
            # tour guide; a word English seldom writes alone keeps its capital, and both theirs keep the hyphen
            kept = [_rarely_alone(p) for p in parts]
            said = "-".join(parts) if all(kept) else " ".join(p if k else p.lower() for p, k in zip(parts, kept))
            return {said: (0.6, "compound:english")}
        if len(parts) > 1 and all(parts):
            english = [self._name_part(p) or self._modifier_part(p, depth + 1) or p for p in parts[:-1]]
            if parts[0] in surnames(home=True) and parts[0][1:].islower() and lemma(parts[-1]) in _NAMED_BODIES:
                english[0] = parts[0]  # a family's name before a body it names: Springer-Verlag, Funke-Mediengruppe
                # (was jumper publisher, spark media group), Kohl-Ära
            for k in range(len(parts) - 2):  # a first name and the surname after it, as written: Robert-Koch-Institut
                if parts[k] in given_names() and parts[k + 1][:1].isupper():  # (not Robert Cook Institute)
                    english[k : k + 2] = parts[k : k + 2]
            for k in range(len(parts) - 2):  # a noun and a number the collection names as one: Formel-1-Titel →
                if parts[k + 1].isdigit() and f"{parts[k]} {parts[k + 1]}" in self.numbered:  # Formula 1 title
                    english[k : k + 2] = self.propose_name(f"{parts[k]} {parts[k + 1]}", None).target.split(" ", 1)
            for k in range(1, len(parts) - 2):  # a word beside English's of, and, for before the head is English:
                if parts[k] in _PHRASE_LINKS:  # Hall-of-Fame-Mitglied → Hall of Fame member (no reverberation)
                    english[k - 1 : k + 2] = parts[k - 1 : k + 2]
            if parts[0] in self.people and not self._adjective_word(parts[0]):  # (Grün-Rot: a coalition's colours)
                english[0] = parts[0]  # one of the collection's people first: Kohl-Ära → Kohl era, not cabbages era
            if parts[0] == "E":
                english[0] = "e-"  # electric, electronic, as English writes it: E-Roller → e-scooter, E-Mobilität
            er = self._er_form(lemma(parts[-1]))  # SPD-Vorsitzende: Vorsitzender's English
            last = parts[-1] if er == lemma(parts[-1]) else er
            english.append(self._word(last, depth + 1) or parts[-1])
            if (
                english[0] == parts[0].lower() != parts[0] and not self.dictionary.senses(parts[0])
                and any(e[:1].isupper() for e in english[1:])
            ):  # fmt: skip
                english[0] = parts[0]  # (in lower case only beside English in lower case: Fair Play rule)
            english[-1] = _PARAPHRASED.sub(r"\1", self._head(lemma(last)) or english[-1])
            if english[-2] == parts[-2] and parts[-2][:1].isupper() and not self.dictionary.senses(parts[-2]):
                # a name no dictionary has before a feature of the land is a place's: Artibonit-Fluss → Artibonit
                # river (not flow, as Zufluss and Datenfluss say it), Jordan-Tal
                english[-1] = self._geographic_sense(lemma(last)) or english[-1]
            english[-1] = self._field_head(parts[-2], lemma(last), english[-1])  # Ebola-Ausbruch → Ebola outbreak
            if english[-2][:1].islower():
                english[-1] = self._small_title(lemma(last), english[-1])  # Armee-General → army general
            if english[-2] == parts[-2] and parts[-2][:1].isupper():  # a name's followers, not its trailers
                english[-1] = self._persons_head(lemma(last), english[-1])
            if parts[-2] in _US_PRESIDENTS and lemma(last) == "Regierung":
                english[-1] = "administration"
            for k in range(len(parts)):
                # an English word alone between parts said in English, in lower case: Telefon-Hacking → telephone
                # hacking; first, a word of English's endings of a thing, which no name has: Investment-Unternehmen
                # → investment company (not Grand Prix, Obama-Regierung, nor a part after a small word: Fridays
                # for Future)
                translated = [e != p and e[:1].islower() and e not in _FUNCTION_WORDS for e, p in zip(english, parts)]
                head = k == len(parts) - 1 and k > 0 and translated[k - 1]  # (a head after a word said in English,
                # though the collection writes it alone as a name: Telefon-Hacking, Nachrichten-Feed)
                if (
                    english[k] == parts[k] and (translated[k - 1] if k else _english_derivation(parts[k]))
                    and (k == len(parts) - 1 or translated[k + 1]) and self._english_word(parts[k], named=head)
                ):  # fmt: skip
                    english[k] = parts[k].lower()
            if (
                english[-1] == parts[-1] and self._english_word(parts[-1])
                and not any(map(self._english_word, parts[:-1]))
            ):  # fmt: skip
                english[-1] = parts[-1].lower()  # an English word after a name, in lower case: Salzburg-Coach
            # English's own words side by side are not translated: Safety-Car-Phase is no Safety coach phase (Car: a
            # Swiss coach), Live-Streaming no Livonian streaming; unless the dictionary says the word longer
            # (Anti-Terror: anti-terrorism; Football: American football) or German writes it as much (Vintage-Mode:
            # vintage fashion). In lower case beside a word in lower case.
            said = [self._english_word(p) for p in parts]
            for k in range(len(parts)):
                beside = [english[j] for j in (k - 1, k + 1) if 0 <= j < len(parts) and said[j]]
                if (
                    said[k] and beside and english[k].lower() != parts[k].lower() and self._englishs_own(parts[k])
                    and not english[k].lower().startswith(parts[k].lower()) and not english[k].endswith("-")
                    and parts[k].lower() not in english[k].lower().split()
                ):  # fmt: skip
                    english[k] = parts[k].lower() if any(e[:1].islower() for e in beside) else parts[k]
            for k in range(len(parts) - 2):  # two parts English's web text writes together before a head are
                pair = parts[k : k + 2]  # English's, as two parts alone are (above): Notre-Dame-Kathedrale → Notre Dame
                said_as = english[k : k + 2]  # Cathedral (was Notre Lady); Big-Band-Sound → big band sound
                if (
                    all(pair) and zipf_pair(" ".join(pair)) and " ".join(said_as).lower() != " ".join(pair).lower()
                    and not any(e.endswith("-") for e in said_as)  # (a prefix as English writes it: anti-, non-)
                ):  # fmt: skip
                    # (a part said as written already stays: American; a word English seldom writes alone keeps
                    # its capital)
                    english[k : k + 2] = [
                        e if e.lower() == p.lower() else p if _rarely_alone(p) else p.lower()
                        for p, e in zip(pair, said_as)
                    ]
            for k in range(len(parts) - 3):  # two saints: Sankt-Peter-und-Paul-Kathedrale → Saint Peter and Saint
                if parts[k] in _NAME_WORDS and parts[k + 2] == "und" and english[k + 3] == parts[k + 3]:  # Paul
                    english[k + 3] = f"{english[k]} {english[k + 3]}"
            if any(e != p for e, p in zip(english, parts)):
                named = english[0] == parts[0] or parts[0] in _NAME_WORDS  # a name first: Humboldt, Sankt Peter
                if named and lemma(parts[-1]) in NAMED_PLACES and not parts[0].isupper() and not _brand(parts[0]):
                    # a name and a place or institution: Humboldt-Universität → Humboldt University, a name
                    english = [
                        english[0],
                        *(e if e in _FUNCTION_WORDS else e[:1].upper() + e[1:] for e in english[1:-1]),
                    ]
                    english.append(NAMED_PLACES[lemma(parts[-1])])
                # a part whose English repeats the part before it says it once: American-Football-Finals →
                # American football finals (German's Football is American football)
                english = [e for e, after in zip(english, [*english[1:], ""]) if not after.startswith(e + " ")]
                for k in range(1, len(english)):  # a word said at a part's end and the next's start once: Linken-
                    said, start = english[k - 1].split(), english[k].split()  # Parteichef → Left Party leader
                    if len(said) > 1 and len(start) > 1 and said[-1].lower() == start[0].lower():
                        english[k] = " ".join(start[1:])
                if COMPOUND_NUMBER.fullmatch(parts[0]) and len(english) == len(parts):
                    english = _measure(english)
                elif len(parts) == len(english) == 2 and not named and self.dictionary.is_common_noun(parts[0]):
                    attested = self._attested_pair(parts[0], parts[1], english[0], english[1], apart=True)
                    if attested:
                        return dict(attested)  # as the closed compound would be: Saison-Finale → season finale
                if (
                    len(parts) == len(english) == 2 and english[1] != parts[1]
                    and " " not in english[0] + english[1] and not _written(" ".join(english))
                ):  # fmt: skip
                    # Online-Handel → online trading; after a name kept as written too: US-Grenze → US border
                    english[1] = self._written_head(english[0], english[1], last)
                return {" ".join(english).replace("- ", "-"): (0.6, "compound")}
            return {}
        for prefix, english_prefix in _PREFIXES.items():  # Nichtraucher → non-smoker, Uraufnahme → original …
            rest = word[len(prefix) :].capitalize()
            if (
                word.startswith(prefix) and len(rest) > 4 and depth < 2 and prefix != "Ex"
                and not word.startswith(("Nichte", "Nichtig"))
                # Ur, Mit: not when a longer word begins there (Urlaub|sreise, Urteil|sbegründung, Ursache;
                # Mitarbeiter|gesellschaft, Mittel|saal)
                and not (prefix in ("Ur", "Mit") and any(map(self.dictionary.senses, _beginnings(word))))
            ):  # fmt: skip
                # (Mit only before a word of the dictionary: Mit|organisator → co-organiser, Mit|initiator)
                composed = "" if prefix == "Mit" else next(iter(self.compound(rest, depth + 1)), "")
                english = self._best(rest) or composed
                if english:
                    return {f"{english_prefix}{english}": (0.5, f"compound:{prefix}+{rest}")}
        # the longest dictionary head first; a two-letter modifier only when it is a noun (Öl|export, not Ölex|port)
        first = 2 if self.dictionary.is_common_noun(word[:2].capitalize()) and word[:2] not in _PREFIXES else 3
        head_only: dict[str, tuple[float, str]] = {}
        adjective: dict[str, tuple[float, str]] = {}  # a short adjective and the head (Groß|moschee → large mosque)
        # an adjective made a noun ends in its adjective, whose ending is no head: Afroamerik|anische is no
        # Afroamerika|nische (recess), Hauptamt|liche no lichen; Cyber|kriminelle stays a compound
        last = self._adjective_tail(word)
        linked = self._linked_cut(word, first)
        for cut in range(max(first, linked), min(len(word) - 2, last + 1)):
            head_word = word[cut:].capitalize()
            place = self.dictionary.place(word[:cut]) if head_word in _PLACE_NAMED else None
            if place is not None:  # a place and a place it names: Rhein|tal → Rhine Valley, Loire|tal (a Karibik|
                # insel is any Caribbean island)
                return {f"{place.english[0]} {NAMED_PLACES[head_word]}": (0.6, f"compound:{word[:cut]}+{head_word}")}
            if head_word in NAMED_PLACES and self._named_by(word[:cut]):
                # a person or a town and what is named after them, one name: Kennedy|brücke → Kennedy Bridge,
                # Reichenbach|brücke → Reichenbach Bridge (was rich brook bridge)
                return {f"{word[:cut]} {NAMED_PLACES[head_word]}": (0.6, f"compound:{word[:cut]}+{head_word}")}
            loan = ""
            if not depth and not self.dictionary.senses(head_word) and noun_before_loanword(word[:cut], head_word):
                # an English noun German writes too: Eltern|website, Rettungs|center (not in a hyphenated word's
                # part, often a name's: Wild|card-Verfahren, Euro|news-Korrespondent)
                loan = head_word.lower()
            elif not self.dictionary.senses(head_word):
                if len(head_word) < 5 or not head_word.endswith("e"):
                    continue  # (the lemma below only ever adds to an -e: no lemma for every other ending)
                base = lemma(head_word)  # a nominalised adjective's other ending: Militär|beamte → Beamter
                if not base.startswith(head_word) or not self.dictionary.senses(base):
                    continue
                head_word = base
            head_word = self._er_form(head_word)  # Landes|vorsitzende → state chairman, not state president
            if linking_s(word[:cut], head_word, self.dictionary):
                continue  # the linking s: Landrat|s|amt
            if (
                len(head_word) < 4
                and not any(  # a short head (Kampf|jet, Atom|uhr) after a noun or adjective only (Präsidial|amt)
                    self.dictionary.is_common_noun(m.capitalize()) for m in [word[:cut], *_modifier_forms(word[:cut])]
                )
                and not (cut >= 5 and self._adjective_modifier(word[:cut]))
            ):
                continue
            modifier = word[:cut]
            longer = range(cut + 3, min(len(word) - 2, last + 1))
            if not self._known_modifier(modifier) and any(
                self._known_modifier(word[:at]) for at in self._noun_after(word, longer)
            ):  # a word before a noun over a verb's stem before one: Wohnhaus|brand, not Wohn|hausbrand (domestic
                continue  # fuel), Fahrrad|weg, not Fahr|radweg
            if any(
                word[at - 1] == "s" and self._listed_word(word[: at - 1]) and self._collection_modifier(word[:at], word)
                for at in self._noun_after(word, longer)
                if at - cut >= 4
            ):  # a longer modifier, a word and its linking s, that the collection's other compounds begin with:
                continue  # Menschenrechts|anwalt → human rights lawyer (beside Menschenrechtsorganisation), not
                # Menschen|rechtsanwalt (human lawyer)
            if (
                not self._listed_word(modifier) and self._listed_word(modifier + "e")
                and any(self._listed_word(word[:at]) for at in self._noun_after(word, longer))
            ):  # fmt: skip
                continue  # a word as it is before a noun over a word's stem without its -e before one: Schienbein|
                # bruch, not Schien(e)|beinbruch (rail fracture of the leg); Erdnuss|brot, not Erd(e)|nussbrot
            if zipf_de(head_word) < RARE_HEAD_ZIPF and any(
                zipf_de(word[at:].capitalize()) >= EVERYDAY_PARTS_ZIPF
                and zipf_de(word[:at].capitalize())
                >= min(EVERYDAY_PARTS_ZIPF, max(2.0, zipf_de(head_word) + RARE_HEAD_GAP))
                for at in self._noun_after(word, longer)
            ):  # two everyday words over a rare head: Krankenhaus|angestellte, not Kranken|hausangestellte; or an
                # everyday head after a word German writes far more than the rare head: Arbeitskampf|maßnahme →
                # industrial action measure, not Arbeits|kampfmaßnahme (industrial military action)
                continue
            head = loan or self._head(head_word) or self._best(head_word, single=True)
            head = self._field_head(modifier, head_word, head) if head and not loan else head
            if not head:
                continue
            prefix = _HYPHEN_PREFIXES.get(modifier.capitalize())
            if prefix:  # a Latin prefix, which English joins with a hyphen: Anti|doping → anti-doping, Neo|nazi
                return {f"{prefix}{head}": (0.5, f"compound:{modifier}+{head_word}")}
            mod_en = (
                self._sibling_modifier(modifier, head_word, head)
                or self._own_over_learned(modifier, self._learned_modifier(modifier.capitalize()))
                or self._voted(modifier)
            )
            for mod in self._modifier_nouns(modifier) if not mod_en else ():
                senses = self.dictionary.senses(mod.capitalize()) if len(mod) >= min(3, cut) else []
                if senses:
                    singular = lemma(mod.capitalize()) if all(s.grammar == "pl" for s in senses) else ""
                    # a plural modifier reads as its singular, as English compounds do (Kinder|schutz → child
                    # protection, Villen|steuer → villa tax: not villas tax)
                    mod_en = (self._best(singular, single=True) if singular else "") or self._best(
                        mod.capitalize(), single=True
                    )
                    if mod_en[:1].isupper() and self._adjective_word(mod):
                        mod_en = ""  # an adjective's epithet: Große :: Great (Alexander der Große) is no Groß|moschee
                    if len(modifier) >= 5 and mod.lower() == modifier.lower() + "e" and self._adjective_word(modifier):
                        mod_en = ""  # an adjective as written is no noun made of it: Klein|fisch (die Kleine: kiddie)
                    mod_en = self._plural_phrase(mod, mod_en)
                    if mod_en:
                        break
            short = self._adjective_modifier(modifier) if len(modifier) < 5 and not mod_en else ""
            if short:  # a short adjective (Groß, Kurz, Halb): its pair if English writes it, else a longer modifier
                attested = self._attested_pair(modifier, head_word, short, head)  # the dictionary lists first
                if attested:  # (Halbjahres|gewinn → semi-annual profit, not half annual profit)
                    return dict(attested)
                short = (self._adverb(modifier, head) or short) if cut == last else short  # (Hoch|begabte)
                adjective = adjective or {f"{short} {head}": (0.5, f"compound:{modifier}+{head_word}")}
                if any(
                    self.dictionary.is_common_noun(m.capitalize())
                    for longer in range(cut + 3, min(len(word) - 2, last + 1)) for m in _modifier_forms(word[:longer])
                ):  # fmt: skip
                    continue
                return adjective
            if cut == last and self._adjective_word(modifier):
                # an adjective before the adjective a noun ends in is said as an adverb: Leicht|verletzter → slightly
                # injured person (not light injured person), as English says it
                mod_en = self._adverb(modifier, head) or mod_en
            mod_en = mod_en or self._adjective_modifier(modifier) or self._name_modifier(modifier)
            said = f"{modifier.lower()} {head_word.lower()}"
            if (
                mod_en[:1].isupper() and _english_over_german(head_word) and mod_en == self._name_modifier(modifier)
                and _said(said)
            ):  # fmt: skip
                # an English word the dictionary lacks before one German writes in English too, the pair English
                # says: Energy|drink → energy drink, Flagship|store → flagship store (not tipple, net curtain)
                return {said: (0.55, f"compound:{modifier}+{head_word}[english]")}
            if not mod_en and len(modifier) >= 4 and not word.startswith(modifier.capitalize() + "en"):
                mod_en = self._verb_noun(modifier)  # Bezahl|system (not Vermög|ende: that is Vermögen|de)
            if not mod_en and depth < 1:
                for mod in _modifier_forms(modifier):
                    sub = self.compound(mod.capitalize(), depth + 1)
                    if sub and not any(ev.startswith("compound-head") for _, ev in sub.values()):
                        mod_en = next(iter(sub))  # (a head alone is no modifier: Sonderkon|troll)
                        break
            if not mod_en and len(modifier) >= 5:
                # the last resort before the head alone: the rendering most of the dictionary's compounds give the
                # modifier, ahead of the next (Einzel|wettkampf → individual competition: individual 93, single 81)
                mod_en = self._learned_modifier(modifier.capitalize(), plurality=True)
            if mod_en.lower() in _SMALL_WORDS - {"round", "over", "under"}:  # (Runde: a round; overtime)
                mod_en = ""  # a preposition says nothing as a modifier: Durch|schlafstörung is no "by sleep disorder"
            attested = self._attested_pair(modifier, head_word, mod_en, head)
            said = self._said_instead(next(iter(attested)), mod_en, head, modifier, head_word) if attested else ""
            if said:
                return {said: (0.5, f"compound:{modifier}+{head_word}[said]")}
            if attested:
                return dict(attested)  # (a copy: the cached one stays as it is)
            if mod_en:
                if head.lower().startswith(mod_en.lower() + " ") or head.lower() == mod_en.lower():
                    mod_en = ""  # Feuer|löschfahrzeug: fire engine already says fire (Macht|befugnis: no power power)
                elif mod_en.lower().endswith(" " + head.lower()):
                    head = ""  # Erstaufnahme|unterkunft: initial accommodation already says accommodation
                mod_en = self._possessive(modifier, mod_en)
                paraphrase = _X_IN_Y.fullmatch(mod_en)
                if paraphrase:  # a modifier says its paraphrase as a compound: Kostensenkungs|programm → cost
                    mod_en = f"{english_singular(paraphrase[2])} {paraphrase[1]}"  # reduction programme
                head = _PARAPHRASED.sub(r"\1", head) if mod_en else head  # Lkw-Fahrer: truck driver, not … of a vehicle
                if mod_en and " " not in mod_en + head and not _written(f"{mod_en} {head}"):
                    mod_en, head = self._written_pair(mod_en, head, modifier, head_word)  # food shortage
                    written = _written(f"{mod_en} {head}")
                    phrase = "" if written else self._of_phrase(mod_en, head, modifier, head_word)
                    if phrase:
                        return {phrase: (0.5, f"compound:{modifier}+{head_word}[phrase]")}
                head = self._small_title(head_word, head) if mod_en[:1].islower() else head
                return {f"{mod_en} {head}".strip(): (0.5, f"compound:{modifier}+{head_word}")}
            # the longest head left a modifier without English: a shorter head may leave one with English
            # (Elektroauto|konzern, not Elektro|autokonzern); else the head alone
            head_only = head_only or {head: (0.2, f"compound-head:{head_word}")}
        return adjective or head_only

    def _compass_compound(self, word: str) -> dict[str, tuple[float, str]]:
        """A point of the compass before a common noun the dictionary lacks the compound of: the pair the dictionary
        writes (Nord|küste → north coast, West|ufer → west bank), else the head English says most after the point,
        after the point's adjective or noun as English says it (Süd|spitze → southern tip, was south top; Südwest|
        grenze → southwest border, was south western border, as Süd|westgrenze; Nord|wand → north wall); {} for
        another word."""
        found = compass_point(word) if "-" not in word and not self.dictionary.senses(word) else None
        if found is None or word in self.written_names or not self.dictionary.is_common_noun(found[1].capitalize()):
            return {}  # (Nordhorn, a town the collection names, is no northern horn)
        point, rest, adjective, noun = found
        head_word = rest.capitalize()
        heads = self._likeliest(head_word)
        top = self._best(head_word)
        if not heads or not top:
            return {}
        evidence = f"compound:{point}+{head_word}"
        if " " in top:  # a head said in words stays so: Süd|bahnstrecke → south rail line
            return {f"{noun} {top}": (0.5, evidence)}
        for head in heads:
            if self.dictionary.attested(f"{noun} {head}")[0]:
                return {f"{noun} {head}": (0.55, f"{evidence}[attested:1]")}
        # the head English says most after the point (southern border, not southern limit), after its adjective
        # where English says that more (southern tip, US southern border), else after its noun (north wall)
        said = {h: max(_said(f"{adjective} {h}"), _said(f"{noun} {h}")) for h in heads}
        head = max(heads, key=lambda h: said[h]) if any(said.values()) else heads[0]
        point_en = adjective if _said(f"{adjective} {head}") > _said(f"{noun} {head}") else noun
        return {f"{point_en} {head}": (0.5, evidence)}

    def _field_head(self, modifier: str, head_word: str, head: str) -> str:
        """The head's sense of the field the modifier is of, when its chosen sense is of none: Virus|ausbruch → virus
        outbreak ([med.], as Virus), not virus break; else the head as chosen."""
        forms = [modifier, *_modifier_forms(modifier)] if modifier[:1].isupper() else []
        senses = next((found for found in map(self.dictionary.senses, forms) if found), [])
        # (a field's word: each of its senses of the field, as Virus, Ebola; not Transfer, Prozent beside others)
        fields = set.intersection(*(set(sense.tags) for sense in senses)) & SPECIALIST_TAGS if senses else set()
        if not senses and forms and zipf_en(modifier.lower()) < EVERYDAY_ENGLISH_ZIPF:
            # a word the dictionary has only in compounds, most of one field (Corona-Ausbruch → Corona outbreak);
            # not an everyday English word, which says the pair as English does (Touch-Bildschirm → touch screen)
            fields = self._compounds_field(modifier)
        scored = self.score_senses(head_word) if fields else {}
        if not scored or head not in scored or _evidence_tags(scored[head][1]) & fields:
            return head
        best = max(
            (e for e, (_, ev) in scored.items() if " " not in e and _evidence_tags(ev) & fields),
            key=lambda e: scored[e][0],
            default="",
        )
        return best or head

    @functools.lru_cache(maxsize=10_000)
    def _compounds_field(self, modifier: str) -> frozenset[str]:
        """The specialist field most of the dictionary's compounds of a word it lacks alone are of, of those it tags
        at all: two or more, and half of them (Corona-Warnstufensystem, Corona-Ignorant [med.], Coronaviren [biol.]
        → med.; not Renn…, whose compounds are of sport before birds); empty otherwise."""
        words = {w for w, _ in self.dictionary.starting_with(modifier, 50) if len(w) > len(modifier) + 2}
        tagged = [tags for w in words if (tags := {t for s in self.dictionary.senses(w) for t in s.tags})]
        counts = Counter(t for tags in tagged for t in tags & SPECIALIST_TAGS)
        return frozenset(t for t, n in counts.items() if n >= 2 and 2 * n >= len(tagged))

    def _persons_head(self, head_word: str, head: str) -> str:
        """The head's sense of a person, after a name (Gülen-Anhänger → Gülen supporter, Obama-Wähler → Obama voter;
        not trailer, selector): of its senses of a person (`of_a_person`: Anhänger; Anhängerin :: supporter), the
        best. The head as chosen when it names a person already (`Dictionary.is_person`: IGA dealer), or the
        word has no such sense."""
        if self.dictionary.is_person(head):
            return head
        persons = {
            ENGLISH_ARTICLE.sub("", e)
            for s in self.senses_for(head_word)
            if of_a_person(s)
            for e in _alternatives(s.english)
        }
        scored = self.score_senses(head_word) if persons else {}
        if head not in scored:
            return head
        return max((e for e in scored if " " not in e and e in persons), key=lambda e: scored[e][0], default=head)

    def _adverb(self, adjective: str, head: str) -> str:
        """The adverb of one of the adjective's renderings that English says most before the first word of the
        head's English (leicht, injured person → slightly; schwer, armed → heavily), or ""."""
        said = head.split()[0]
        adverbs = []
        for sense in self.dictionary.senses(adjective.lower())[:8]:
            for english in _alternatives(sense.english)[:3]:
                if " " in english or not english.isalpha():
                    continue
                if english.endswith("ly"):
                    adverbs.append(english)
                elif english.endswith("y"):
                    adverbs.append(english[:-1] + "ily")  # heavy → heavily, easy → easily
                elif english.endswith("le"):
                    adverbs.append(english[:-1] + "y")  # gentle → gently
                else:
                    adverbs.append(english + "ly")  # light → lightly, serious → seriously
        scored = {a: _said(f"{a} {said}") for a in dict.fromkeys(adverbs) if zipf_en(a) >= ADVERB_ZIPF}
        best = max(scored, key=lambda a: scored[a], default="")
        return best if best and scored[best] > 0 else ""

    def _linked_cut(self, word: str, first: int) -> int:
        """Where a noun of an ending that always takes a linking s before a head (-ung, -heit, -keit, -schaft, -ion,
        -tät) ends in the word, and a noun follows: the compound's first cut, over a longer head that reads the
        noun's end into it (Gewährleistungs|anspruch → warranty claim, not Gewähr|leistungsanspruch), where German
        writes the noun more than that head (not Hände|desinfektionsmittel, whose head is the commoner word); 0 if
        none."""
        for cut in range(first + 4, len(word) - 2):
            modifier = word[: cut - 1].capitalize()
            if (
                word[cut - 1] == "s" and modifier.lower().endswith(_LINKED_ENDINGS)
                and self.dictionary.is_common_noun(word[cut:].capitalize()) and self.dictionary.is_common_noun(modifier)
            ):  # fmt: skip
                longer = next(
                    (h for c in range(first, cut - 1) if self.dictionary.is_common_noun(h := word[c:].capitalize())), ""
                )
                return cut if not longer or zipf_de(modifier) > zipf_de(longer) else 0
        return 0

    def _modifier_nouns(self, modifier: str) -> list[str]:
        """`_modifier_forms`, but a noun that ends in a vowel and s is itself, no noun and a linking s, which
        German hardly puts after a vowel: Mais|ernte → corn (maize) harvest, not May (Mai) harvest; Eis|fläche."""
        forms = _modifier_forms(modifier)
        if len(modifier) >= 4 and modifier[-2:-1] in "aeiouäöüy" and modifier.endswith("s"):
            if self.dictionary.is_common_noun(modifier.capitalize()):
                forms.remove(modifier)
                forms.insert(0, modifier)
        if self.dictionary.senses(modifier.lower()):  # a word as written (innen: inside) is no place and a linking
            forms = [f for f in forms if f == modifier or self.dictionary.place(f.capitalize()) is None]  # en: Inn
        return forms

    @functools.lru_cache(maxsize=50_000)
    def _attested_pair(self, modifier: str, head_word: str, mod_en: str, head: str, apart: bool = False) -> dict:
        """Among the senses of a compound's modifier and head, the pair English writes as a phrase of its
        own, going by the dictionary's English (Sicherheits|interesse → security interest, Sicherheits|auflage
        → safety condition, not safety burden), spelled as written there (human rights organization). `apart`:
        parts joined by a hyphen, whose pair is found on a line with the head or the modifier (Saison-Finale →
        season finale, Hitze-Karte → heat map; Top-Team is no top panel, which is a Deckenplatte)."""
        heads = [head] + self._single_words(head_word, 6)
        scored = self.score_senses(head_word)
        # (a sense far below the head's first is not asked on any line: Verteidigungs|strategie is no defence policy)
        likely = {head, *_first_renderings(scored, WRITTEN_HEAD_GAP)[:3]}
        mods = [mod_en] if mod_en else []
        for form in _modifier_forms(modifier):
            if len(form) >= 3:
                mods += self._single_words(form.capitalize(), 8)
        # (nor a modifier's sense far below a first that English spells as German does: Original|teil is no raw deal)
        far = self._far_below_cognate(modifier)
        mods = [m for m in mods if m not in far]
        mods += self._as_english(modifier)  # (last: Teaparty-Flügel → tea party wing)
        best, value, count, surface = None, 0.0, 0, ""
        mods = list(dict.fromkeys(x for x in mods if x))
        for m in mods:
            self.dictionary.fetch_phrases(m)
        for i, m in enumerate(mods):
            for j, h in enumerate(dict.fromkeys(x for x in heads if x)):
                if _gendered(h) == "woman" and not self._mans_word(head_word):
                    continue  # a masculine head's feminine sense: Polizei|sprecher is no police spokeswoman
                if english_singular(m.split()[-1]).lower() == english_singular(h).lower():
                    continue  # one word twice is no pair: Wahl|stimme is no "ballots ballot", Arbeitsrechts|gesetz no
                    # labour law law
                # on a line of the dictionary that has the head: Waffen|teil is no arms deal (Waffengeschäft)
                found, written = self.dictionary.attested(f"{m} {h}", german=_stem(head_word))
                if not found and i == 0 and h in likely:  # the likeliest senses anyway, on any line
                    found, written = self.dictionary.attested(f"{m} {h}", german=_stem(modifier) if apart else "")
                score = math.log2(1 + found) - 0.1 * (i + j) if found else 0.0
                if score > value:
                    best, value, count, surface = (m, h), score, found, written
        if best is None:
            return {}
        m, h = best
        written = surface.split()
        if len(written) == len(m.split()) + len(h.split()) and not (
            m[:1].isupper() and (apart or self._capitalised(modifier, m))
        ):
            m = " ".join(written[: len(m.split())])  # the modifier as the dictionary writes it: human rights (in
            # lower case: a name before a hyphen stays as written, Kaschmir-Konflikt → Kashmir conflict, and so does a
            # word the dictionary writes with a capital, Pazifik|raum → Pacific area)
        said = written[len(m.split()) :]
        if " ".join(said).lower() == h.lower() and any(len(w) >= 2 and w.isupper() for w in said):
            h = " ".join(said)  # an acronym as the dictionary writes it: tube TV
        if m.lower() in _COMPASS and h[:1].isupper():
            m = m.capitalize()  # a point of the compass before a people's word: South Korean, not south Korean
        return {f"{m} {h}": (0.55, f"compound:{modifier}+{head_word}[attested:{count}]")}

    def _far_below_cognate(self, modifier: str) -> frozenset[str]:
        """Where the modifier's first rendering is spelled as the German (Original: original, Produkt: product), its
        renderings far below it (`WRITTEN_HEAD_GAP`): no sense the compound means (Original :: raw); else none."""
        scored = next((s for f in _modifier_forms(modifier) if (s := self.score_senses(f.capitalize()))), {})
        first = _top(scored) if scored else ""
        if not first or cognate(first, modifier) < 0.9:
            return frozenset()
        return frozenset(e for e, v in scored.items() if v[0] < scored[first][0] - WRITTEN_HEAD_GAP)

    def _capitalised(self, modifier: str, english: str) -> bool:
        """The dictionary renders the modifier with this English, capitalised (Pazifik :: Pacific, Weihnachten ::
        Christmas, Karibik :: Caribbean); not a German word kept as written (Teenage, Cortison)."""
        forms = _modifier_forms(modifier)
        return any(english in sense.english for form in forms for sense in self.senses_for(form.capitalize()))

    def _small_title(self, word: str, english: str) -> str:
        """A rank's or a dish's English, which the dictionary writes as a title (Captain, Eel), in small letters, as
        English writes it after another word: Polizei|hauptmann → police captain, Sand|aal → sand eel."""
        titled = any(TITLE in s.tags and english in s.english for s in self.dictionary.senses(word))
        return " ".join(w if w.isupper() else w.lower() for w in english.split()) if titled else english

    def _said_instead(self, attested: str, mod_en: str, head: str, modifier: str, head_word: str) -> str:
        """For a pair of words the dictionary has on one of its lines (`_attested_pair`) and English neither
        writes nor says (`_said`), the pair of the parts' likeliest renderings English says most (`_written_pair`),
        if it says one: Flüchtlings|krise → refugee crisis, not refugee emergency; Familien|tag → family day, not
        house day; else ''."""
        if len(attested.split()) != 2 or not mod_en or " " in mod_en + head or _said(attested):
            return ""
        said = " ".join(self._written_pair(mod_en, head, modifier, head_word))
        return said if _said(said) else ""

    def _of_phrase(self, mod_en: str, head: str, modifier: str, head_word: str) -> str:
        """For a composed pair web text does not write, the phrase of the head, of or for, and the modifier that the
        dictionary writes on lines of the modifier and of the head, as English names the thing: Parlaments|mitglied →
        member of parliament, Gerechtigkeits|sinn → sense of justice, Grundsatz|einigung → agreement in principle (in,
        and the head's other likeliest renderings too); the head singular, the modifier as written there
        (Repräsentanten|haus → house of representatives); '' when it writes none."""
        if " " in mod_en + head:
            return ""
        heads = [head, *(h for h in self._likeliest(head_word) if h != head)]  # (Grundsatz|einigung: agreement)
        for said, link in ((h, link) for h in heads for link in ("of", "for", "in")):
            phrase = f"{said} {link} {mod_en}"
            found = [self.dictionary.attested(phrase, _stem(w)) for w in (head_word, modifier.capitalize())]
            if all(n for n, _ in found):
                first, *rest = found[0][1].split()
                last = mod_en if rest[-1] == mod_en.lower() else rest[-1]  # (moons of saturn: moon of Saturn)
                return " ".join([english_singular(first), *rest[:-1], last])
        return ""

    def _written_pair(self, mod_en: str, head: str, modifier: str, head_word: str) -> tuple[str, str]:
        """For a composed pair the web does not write (`_written`), the pair of the parts' likeliest renderings
        English says most (`_said`): another head first (food shortage, not food defect; airport security), then
        another modifier too, in the singular as English compounds have it (security force, not security agent;
        truck driver, not vice driver), where said ten times more than the pair as composed if that is said at
        all (street name, not road name); else the pair as composed."""
        head = self._written_head(mod_en, head, head_word)
        said = _said(f"{mod_en} {head}")
        mods = [m for form in _modifier_forms(modifier) for m in self._likeliest(form.capitalize())]
        mods = [m for m in mods if english_singular(m) == m and not _titled_word(m)] + self._as_english(modifier)
        pairs = [(m, self._written_head(m, head, head_word)) for m in mods]
        best = max(pairs, key=lambda p: _said(" ".join(p)), default=(mod_en, head))
        return best if _replaces(said, _said(" ".join(best))) else (mod_en, head)

    def _written_head(self, mod_en: str, head: str, head_word: str, options: list[str] | None = None) -> str:
        """Of the head's likeliest renderings (or of `options`), the one English says most after the modifier's
        English, if any; the head as composed when English says it too, and not far less (Militär|rat: military
        council, though English says military advice a little more)."""
        if options is None:
            woman = bool(self._mans_word(head_word))  # (a woman's word keeps its woman: Ministeriums|sprecherin)
            options = [h for h in self._likeliest(head_word) if _gendered(h) in ("", "woman" if woman else "man")]
        written = [h for h in options if _said(f"{mod_en} {h}") and not _titled_word(h)]
        best = max(written, key=lambda h: _said(f"{mod_en} {h}"), default=head)
        return best if _replaces(_said(f"{mod_en} {head}"), _said(f"{mod_en} {best}")) else head

    @staticmethod
    def _as_english(modifier: str) -> list[str]:
        """The modifier as English writes it, when English writes it often, for a pair English writes: German's Gang
        (a gang), which the dictionary lacks beside gear and corridor (Gang|mitglied → gang member)."""
        lowered = modifier.lower()
        return (
            [lowered]
            if len(modifier) >= 3 and modifier.isalpha()
            and LOAN_MODIFIER_ZIPF <= zipf_en(lowered) < FUNCTION_WORD_ZIPF  # (Not|standard: no not)
            else []
        )  # fmt: skip

    def _likeliest(self, word: str) -> list[str]:
        """A word's first one-word renderings (`WRITTEN_HEADS`), none far below the first."""
        return _first_renderings(self.score_senses(word), WRITTEN_HEAD_GAP)

    def _single_words(self, word: str, senses: int) -> list[str]:
        """One-word English renderings of a German word, the first three of each of its first senses."""
        out = []
        for sense in self.senses_for(word)[:senses]:
            if DISPREFERRED_TAGS.intersection(sense.tags):
                continue
            out += [e for e in _alternatives(sense.english)[:3] if " " not in e and not e.startswith("to ")]
        return out

    def _plural_phrase(self, modifier: str, english: str) -> str:
        """A modifier's English phrase in the plural where the dictionary's compounds of it write it so:
        Menschenrechts|rat → human rights council, not human right council (Menschenrecht: human right)."""
        if " " not in english:
            return english  # (a word alone is singular before a head: Kinder|schutz → child protection)
        for form in dict.fromkeys([modifier, *_modifier_forms(modifier)]):
            if self.dictionary.senses(form.capitalize()):
                learned = self._learned_modifier(form.capitalize())
                return learned if learned != english and english_singular(learned) == english else english
        return english

    @functools.cached_property
    def _among_parties(self) -> bool:
        """The collection names one of Germany's parties: a compound of Linke is the Left Party's there
        (Linken-Politikerin)."""
        return not GERMAN_PARTIES.isdisjoint(self.present)

    def _modifier_part(self, part: str, depth: int) -> str:
        """A hyphenated compound's modifier in English; a plural the dictionary lists only as one is singular there,
        as English compounds have it (Eier-Chargen → egg batches, Drohnen-Angriff → drone attack), and a plural
        English has no singular for stays (Medien-Netzwerk → media network)."""
        if part in ("Ein", "Eine"):
            return "one"  # a number before a hyphen, no article: Ein-Stimmen-Mehrheit → one vote majority
        if part in PARTY_FORMS and self._among_parties:
            return PARTY_ENGLISH[PARTY_FORMS[part]][0]  # Linken-Politikerin → Left Party politician (not leftist)
        if self._abbreviation_as_word(part):
            # an abbreviation German writes as a word: Uno-Vollversammlung → UN plenum (not the card game)
            return self._word(part.upper(), depth) or part
        senses = self.dictionary.senses(part)
        if not senses and len(part) <= 6 and part.isalpha() and self.dictionary.senses(part + "."):
            # an abbreviation the dictionary writes with its full stop, which a hyphen drops: Kfz-Versicherung →
            # motor vehicle insurance (Kraftfahrzeug /Kfz./), not Kfz insurance
            return self._word(part + ".", depth) or part
        if not senses and len(part) >= 3 and self._adjective_word(part):
            # an adjective before a hyphen, as the dictionary's compounds say it (Dreifach-Weltmeister → triple world
            # champion, Zweifach-Champion → double champion: were three subject, two subject, from Zwei|fach)
            adjective = self._learned_modifier(part) or self._adjective_modifier(part)
            if adjective:
                return adjective
        renderings = [e for s in senses for e in s.english]
        if (
            renderings and len(part) >= 3 and _loanword(part) and not self.dictionary.is_place(part)
            and all(e[:1].isupper() and not e.lower().startswith(part.lower()) for e in renderings)
            and not any(part.lower() in e.lower().split() for e in renderings)
        ):  # fmt: skip
            # an English word German has borrowed, which the dictionary has only as another people's word: Live-Musik →
            # live music (not Livonian music); not a name English writes as German does, or its people's (Ukraine,
            # Hindu, Papua: Papuan people), nor what the dictionary says it is (Football: American football)
            return part.lower()
        english = self._plural_phrase(part, self._word(part, depth))
        if (
            english == part and not senses and len(part) >= 7 and zipf_en(part.lower()) < 1.0
            and self.dictionary.is_common_noun(part + "e")
        ):  # fmt: skip
            # a noun whose -e German drops before a hyphen: Halbfinal-Gegner → semifinal opponent (not West, Bowl)
            english = self._word(part + "e", depth) or english
        if english == part and len(part) >= 5 and part.lower() not in GERMAN_FUNCTION_WORDS and zipf_en(part) < 3.0:
            # a word the dictionary has as the first part of compounds only: Einzel-Europameister → single European
            # champion, Elektro-Transporter → electric transporter (not a word's stem: Hin-und-Her; nor an English
            # word: Internet-Dienst, College-Buchladen)
            english = self._bound_form(part) or english
        if english and senses and all(s.grammar == "pl" for s in senses):
            learned = self._learned_modifier(part).replace("’", "'")
            if learned.endswith(("'s", "s'")):
                return learned  # as the dictionary's own compounds have it: Damen-Team → ladies' team (not lady team)
            return english_singular(english)
        return english

    def _abbreviation_as_word(self, part: str) -> bool:
        """A word of three to six letters that English seldom writes, whose capitals the dictionary has as an
        abbreviation, and whose own senses are none or names (Uno, a card game: UNO; not Ost, Tips, Co, No)."""
        return (
            part.istitle() and part.isalpha() and 3 <= len(part) <= 6 and zipf_en(part.lower()) < ABBREVIATION_WORD_ZIPF
            and any("abbr." in sense.tags for sense in self.dictionary.senses(part.upper()))
            and all(e[:1].isupper() for sense in self.dictionary.senses(part) for e in sense.english)
        )  # fmt: skip

    def _hyphen_groups(self, parts: list[str]) -> list[str]:
        """Hyphenated parts with the words the dictionary writes with a hyphen joined again, longest first:
        U-Boot-Technologie → U-Boot + Technologie (submarine technology, not U boat technology)."""
        groups, at = [], 0
        while at < len(parts):
            for end in range(len(parts), at + 1, -1):
                joined = "-".join(parts[at:end])
                if self.dictionary.senses(joined) or self.dictionary.senses(lemma(joined)):
                    groups.append(joined)
                    at = end
                    break
            else:
                groups.append(parts[at])
                at += 1
        return groups

    @functools.lru_cache(maxsize=20_000)
    def _english_word(self, part: str, named: bool = False) -> bool:
        """A part German capitalises that is an everyday English word and no name (Hacking, Website, Provider;
        not Nortel, Ukraine, Florida, nor a first name). `named`: though the collection writes it alone as a name."""
        lowered = part.lower()
        return (
            part[:1].isupper() and part[1:].islower() and (named or part not in self.written_names)
            and not self.dictionary.is_place(part)
            and part not in given_names() and zipf_en(lowered) >= 3.0 and zipf_en(lowered) > zipf_de(lowered)
            and not german_place_shape(part) and part not in countries()
        )  # fmt: skip

    def _englishs_own(self, part: str) -> bool:
        """An everyday English word (`_english_word`) that English writes more than German does (Car, Live, Fake,
        News; not Mode or Mail)."""
        return self._english_word(part) and zipf_en(part.lower()) - zipf_de(part.lower()) >= ENGLISH_OVER_GERMAN

    def _english_parts(self, word: str) -> str:
        """A word no dictionary has, written of two everyday English words (`_english_word`), said as English
        writes them apart: Topscorer → top scorer, Lynchmob → lynch mob; '' when it is none."""
        if not word.isalpha() or len(word) < 7:
            return ""
        if zipf_en(word.lower()) >= CLOSED_ZIPF - 0.5:
            return ""  # English's own word, closed (Whistleblowing): the loanword's
        for cut in range(3, len(word) - 2):
            first, second = word[:cut].capitalize(), word[cut:].capitalize()
            if all(self._english_word(p) and zipf_en(p.lower()) < 6.0 for p in (first, second)):  # (no her, elle)
                return f"{first.lower()} {second.lower()}"
        return ""

    def _name_part(self, part: str) -> str:
        """A part before a hyphen that is one of the collection's names and no word of the dictionary: the
        name in English (Wiesenhof-Schlachthof → Wiesenhof slaughterhouse, not meadow court), else ''."""
        if part not in self.written_names or part.isupper() or part in _PREFIXES:  # (UN, Ex: the word's own way)
            return ""
        if self.dictionary.senses(part) or self.dictionary.senses(part.lower()):
            return ""
        return self.propose_name(part, None).target

    def _name_modifier(self, modifier: str) -> str:
        """A modifier the dictionary does not know but English text writes as it is, a name: Gazprom|sprecher →
        Gazprom spokesman, Hamas|sprecher → Hamas spokesman; not a German adjective's stem (Groß)."""
        for form in (modifier, *_modifier_forms(modifier)):
            if (
                len(form) >= 4 and zipf_en(form.lower()) >= 2.5 and not self.dictionary.senses(form.capitalize())
                and not self._adjective_word(form) and form.lower() not in GERMAN_FUNCTION_WORDS  # (Nach|trennen)
            ):  # fmt: skip
                return form[:1].upper() + form[1:]
        return ""

    def _collection_modifier(self, modifier: str, word: str) -> bool:
        """Another one-word term of the collection begins with the modifier, longer by a head of its own."""
        lowered = modifier.lower()
        keys = self._term_keys
        start, end = bisect.bisect_left(keys, lowered), bisect.bisect_left(keys, lowered + "\U0010ffff")
        return any(key != word.lower() and len(key) >= len(lowered) + 4 for key in keys[start:end])

    def _noun_after(self, word: str, cuts: range) -> Iterator[int]:
        """The cuts of the word after which a common noun of the dictionary remains (Wohnhaus|brand)."""
        return (at for at in cuts if self.dictionary.is_common_noun(word[at:].capitalize()))

    def _listed_word(self, part: str) -> bool:
        """The part as it is, no linking letters taken off or put on, is a word of the dictionary (Schienbein; not
        Schien, which is Schiene's stem)."""
        return bool(self.dictionary.senses(part.capitalize()) or self.dictionary.senses(part.lower()))

    def _known_modifier(self, modifier: str) -> bool:
        """The modifier, without its linking letters, is a word of the dictionary (Wohnhaus, Sicherheits, Hände,
        Süd; not Wohn, a verb's stem)."""
        return any(map(self._listed_word, (modifier, *_modifier_forms(modifier))))

    def _adjective_tail(self, word: str) -> int:
        """Where the adjective or participle begins that an adjective made a noun ends in (Afroamerikanische →
        4, amerikanisch; Hauptamtliche → 4, amtlich; Schwerkranke → 0, a compound adjective the dictionary has whole);
        the word's length when it is none."""
        stem = adjective_stem(word).lower()
        if stem == word.lower():
            return len(word)
        if not stem.endswith(_ADJECTIVE_SUFFIXES):
            # a compound adjective the dictionary has whole: Schwerkranke (schwer|krank), not Geschworene or Bucher
            whole = any(not s.english[0].startswith("to ") for s in self.dictionary.senses(stem))
            parts = whole and any(self.dictionary.senses(stem[cut:]) for cut in range(3, len(stem) - 3))
            return 0 if parts else len(word)
        for cut in range(0, len(stem) - 4):
            if self.dictionary.senses(stem[cut:]):
                return cut
        return len(word)

    def _agent_noun(self, word: str) -> bool:
        """A doer's noun in -er on a verb's stem, which reads like a participle's strong form: Vermarkter
        (vermarkten) is no vermarkt|er."""
        return word.endswith("ter") and self.dictionary.is_verb(word[:-2].lower() + "en")

    def _adjective_word(self, form: str) -> bool:
        """The word, in lower case, is a German adjective or one's form (groß, große)."""
        return self.dictionary.is_adjective(lemma(form.lower()))

    @functools.lru_cache(maxsize=20_000)
    def _adjective_modifier(self, modifier: str) -> str:
        """A modifier that is an adjective of the dictionary and no noun: Präsidial|amt → presidential office;
        in the sense the dictionary's own compounds give it (Groß|moschee → large mosque, not ample)."""
        if len(modifier) < 3:
            return ""
        used = self._compound_adjective(modifier.lower())
        if used or len(modifier) < 5 or self.dictionary.is_common_noun(modifier.capitalize()):
            return used
        renderings = [
            _alternatives(s.english) for s in self.dictionary.senses(modifier.lower())
            if (s.grammar.startswith("adj") or not s.grammar) and not s.english[0].startswith("to ")
        ]  # fmt: skip
        firsts = [r[0] for r in renderings if r]
        # the sense English shares with German first (Fundamental|theologie → fundamental theology, not seminally
        # theology, the first sense), else the first that is no adverb
        shared = _shared_with(modifier.lower(), [e for e in firsts if " " not in e])
        plain = [e for e in firsts if not (e.endswith("ly") and len(e) > 4)]
        return next(iter(shared or plain or firsts), "")

    @functools.lru_cache(maxsize=20_000)
    def _compound_adjective(self, adjective: str) -> str:
        """The adjective's sense most of the dictionary's compounds on it say first, of three at least: groß →
        large (large-scale, large family), kurz → short; none when they do not agree with its own senses."""
        senses = self.dictionary.senses(adjective)
        if not senses or any(s.grammar.startswith(("prp", "num")) or {"a", "an"} & set(s.english) for s in senses):
            return ""  # (ein is an article and a number too: Ein|halt is no one stop)
        votes = self._said_first(adjective, phrases=False)
        word, count = votes.most_common(1)[0] if votes else ("", 0)
        return word if count >= 3 else ""

    def _said_first(self, adjective: str, phrases: bool) -> Counter:
        """How often the dictionary's own entries on an adjective say each of its one-word senses first: its
        compounds (Groß|moschee…: large …, large-scale …) or, with `phrases`, its phrases (erforderliche …,
        erforderlicher …: required …)."""
        renderings = {e.lower(): e for s in self.dictionary.senses(adjective) for e in s.english if " " not in e}
        forms = {adjective + ending for ending in ("", "e", "er", "es", "en", "em")}
        votes: Counter = Counter()
        for german, english in self.dictionary.starting_with(adjective if phrases else adjective.capitalize()):
            if (
                (" " in german and german.split(" ", 1)[0] in forms)
                if phrases
                else (" " not in german and len(german) > len(adjective) + 2)
            ):
                firsts = dict.fromkeys(e.split()[0].lower() for e in english if " " in e)
                votes.update(renderings[w] for w in firsts if w in renderings)
        return votes

    def _head(self, head: str) -> str:
        """A compound head's sense: as this collection's listed compounds use it, else as the dictionary's do."""
        votes = self._head_votes.get(head)
        if votes:
            english, count = votes.most_common(1)[0]
            own = self.score_senses(head)
            # one compound's sense that the head alone is far from meaning (General|direktor → general manager;
            # Doping|skandal → … scare) is that compound's: the head's own sense is the others'
            first = max(own, key=lambda e: own[e][0], default="")
            if count >= 2 or english not in own or own[english][0] >= own[first][0] - VOTE_GAP:
                # spelled as the head alone is (the compounds' pairs are found as the web writes them, American:
                # rocket programme beside test program)
                return first if _one_spelling(first, english) else english
        singular = self.dictionary.singular(head)  # Militär|beamten: as Beamter's compounds render it
        return self._learned_head(head) or (self._learned_head(singular) if singular else "")

    @functools.lru_cache(maxsize=20_000)
    def _learned_head(self, head: str) -> str:
        """The sense of a head the dictionary gives it in its own compounds, when they agree: …dienst → service
        (Fahrraddienst → bicycle service), not commission. Only one of the head's own renderings can win.
        (…sprecher splits there between spokesman and the loudspeakers: the collection's own compounds decide.)"""
        # a head with phrases only (Beamter: established civil servant, government officer): their last words
        own = _own_words(self.dictionary, head) or {
            e.split()[-1].lower() for sense in self.dictionary.senses(head) for e in sense.english if " " in e
        }
        own |= {  # (and the thing a description says: driver of a/the vehicle → driver)
            m[1].lower() for sense in self.dictionary.senses(head) for e in _alternatives(sense.english)
            if (m := _DESCRIBED.fullmatch(e))
        }  # fmt: skip
        if len(head) < 4 or len(own) < 2:
            return ""
        lasts: Counter = Counter()
        weighed: Counter = Counter()  # the same, each compound as often as German writes it (`LEARNED_FLOOR` at least)
        entries, weight = 0, 0.0
        written: list[str] = []  # the compounds' renderings, to find a head English writes in two words
        for german, renderings, grammar, tags in self.dictionary.ending_with(head):
            if " " in german or len(german) <= len(head) + 2 or grammar[:1] not in ("m", "f", "n"):
                continue
            words = dict.fromkeys(r.split()[-1].lower() for r in renderings if len(r.split()) >= 2)
            if words:  # (in the dictionary's order: ties go the same way in every run)
                entries += 1
                lasts.update(words.keys())
                used = max(LEARNED_FLOOR, zipf_de(german))
                if any(t in self._off_subject for t in tags):  # (Heimat|urlaub [mil.]: Türkei|urlaub's holiday)
                    used *= OFF_SUBJECT_WEIGHT
                weight += used
                weighed.update(dict.fromkeys(words, used))
                written += [f" {r.lower()}" for r in renderings]
        english, share = weighed.most_common(1)[0] if weighed else ("", 0.0)
        count = lasts[english]
        if entries < 4 or count < 3 or share < 0.35 * weight or english not in own:
            return ""
        american = {e.lower() for e in _american_renderings(self.dictionary.senses(head))}
        if english in american:  # spelled as the head's entry spells it unmarked (as `_british_first`): …zentrum →
            # centre, …programm → programme, where the compounds write center, program
            english = next(
                (w for w in sorted(own) if w not in american and _respelled(w, english, strict=True)), english
            )
        for sense in self.dictionary.senses(head)[:2]:  # …parkplatz → car park (station car park), not park
            for phrase in (e.lower() for e in sense.english if e.lower().endswith(f" {english}")):
                if sum(r.endswith(f" {phrase}") for r in written) >= count / 2:
                    return phrase
        if english_singular(english) != english and english_singular(english) in own:
            english = english_singular(english)  # a head is singular: terrorist, not the plural's terrorists
        if zipf_en(english) < max(zipf_en(e) for e in own) - 1.5:
            return ""  # a rare reading of the head: …star ends bird names there (Hollywood-Star, no starling)
        return english

    @functools.lru_cache(maxsize=20_000)
    def _sibling_modifier(self, modifier: str, head_word: str, head: str) -> str:
        """The modifier's English in the dictionary's compound with the same modifier and a head of the same stem:
        Rechts|terrorismus → right-wing terrorism, so Rechts|terrorist → right-wing terrorist (not legal)."""
        stem, english_stem = head_word[:5].lower(), head.split()[-1][:5].lower() if head else ""
        if len(stem) < 5 or len(english_stem) < 5:
            return ""
        for german, renderings in self.dictionary.starting_with(modifier):
            rest = german[len(modifier) :]
            if " " in german or rest[:5].lower() != stem or rest.lower() == head_word.lower():
                continue
            for rendering in renderings:
                words = rendering.split()
                if len(words) == 2 and words[1][:5].lower() == english_stem:
                    return words[0]
        return ""

    @functools.lru_cache(maxsize=20_000)
    def _possessive(self, modifier: str, english: str) -> str:
        """The modifier's English as the dictionary's own compounds with it write it, possessive or not:
        Volks|armee → people's army (Volksbewegung → people's movement), Frauen|quote → women's quota."""
        if not english or not english.islower() or not english.isalpha() or english.endswith("s"):
            return english  # (a name, a phrase, a possessive or a plural already: Case, ladies’, masters)
        firsts = Counter(
            r.split()[0].lower().replace("’", "'")
            for german, renderings in self.dictionary.starting_with(modifier)
            if " " not in german
            for r in renderings
            if len(r.split()) >= 2
        )
        # the possessive of the word or of its plural: people's, girls', children's (child), women's (woman)
        plurals = [english, english + "ren", *([english[:-3] + "men"] if english.endswith("man") else [])]
        possessives = [p + "'s" for p in plurals] + [english + "s'"]
        best = max(possessives, key=lambda w: firsts[w])
        return best if firsts[best] >= 3 and firsts[best] > firsts[english] else english

    @functools.lru_cache(maxsize=20_000)
    def _er_form(self, word: str) -> str:
        """An adjective made a noun in -e as the dictionary's entry in -er beside it, whose English it is
        (Vorsitzende → Vorsitzender: chairman; the dictionary also lists Vorsitzende beside Präsident, as president);
        a noun of its own stays (Weise: a way; Rechte: rights), as does any other word."""
        nominalised = (
            len(word) >= 5 and word.endswith("e") and lemma(word) in (word, word + "r")
            and any(word in s.synonyms for s in self.dictionary.senses(word + "r"))
            and not any(s.grammar == "f" and word + "r" not in s.synonyms for s in self.dictionary.senses(word))
        )  # fmt: skip
        return word + "r" if nominalised else word

    @functools.lru_cache(maxsize=20_000)
    def _bound_form(self, modifier: str) -> str:
        """The English the dictionary gives a word as the first part of compounds only (Straf… → penal, Einzel… →
        single, Rück… → rear): where the word alone has another sense, or none."""
        scored = {
            e: v for e, v in self.score_senses(modifier + "…").items()
            if "…" not in e and e.split()[-1].lower() not in _SMALL_WORDS  # (not mega…, nor monster of)
        }  # fmt: skip
        return _top(scored) if scored else ""

    @functools.lru_cache(maxsize=20_000)
    def _learned_modifier(self, modifier: str, plurality: bool = False) -> str:
        """How the dictionary renders this modifier in its own compounds, when it agrees with itself:
        Handels… → trade (trade agreement, trade delegation…), not the everyday `deal`; Atom… → nuclear.
        `plurality`: a quarter of them will do, a tenth more than the next rendering's. A word of three letters
        too (Not… → emergency, Web… → web: the compounds must go on with a word where it ends, as any must)."""
        if len(modifier) < 3:
            return ""
        firsts: Counter = Counter()
        heads: Counter = Counter()
        rests = []
        closed = []  # compounds English writes as one word: their rest and renderings
        entries = self.dictionary.starting_with(modifier)
        for german, renderings in entries:
            if len(german) <= len(modifier) + 2 or " " in german:
                continue
            words = dict.fromkeys(r.split()[0].lower() for r in renderings if len(r.split()) >= 2)
            if words:  # (in the dictionary's order: ties go the same way in every run)
                rests.append(german[len(modifier) :].lstrip("-"))
                firsts.update(words.keys())
                heads.update(  # a paraphrase's first word is its head: increase in productivity
                    {r.split()[0].lower() for r in renderings if _X_OF_Y.match(r) or _X_IN_Y.match(r)}
                )
            else:
                closed.append((german[len(modifier) :].lstrip("-"), [r.lower() for r in renderings]))
        for head, times in heads.items():  # (not the modifier's: Produktivitäts|… is no increase …)
            if 2 * times >= firsts[head]:
                del firsts[head]
        if not firsts:
            return ""
        english = firsts.most_common(1)[0][0]
        for rest, renderings in closed:  # Spionage|flugzeug → spyplane says spy, as spy ring and spy drone do
            if any(
                r.startswith(english) and len(r) >= len(english) + 4 and zipf_en(r[len(english) :]) >= 3.0
                for r in renderings
            ):
                rests.append(rest)
                firsts[english] += 1
        if len(rests) < 4:
            return self._proper_modifier(modifier, english, entries) if len(rests) >= 2 else ""
        (english, count), *others = firsts.most_common(2)
        next_count = others[0][1] if others else 0
        share = PLURALITY_SHARE if plurality else 0.35
        if count < 3 or count < share * len(rests) or english in _FUNCTION_WORDS:
            return ""
        if plurality and count < PLURALITY_LEAD * next_count:
            return ""
        compounds = [
            r.lower().split() for german, renderings in entries if len(german) > len(modifier) + 2 and " " not in german
            for r in renderings if r.lower().split()[0] == english and len(r.split()) >= 2
        ]  # fmt: skip
        # a word that never stands alone before the head is the first of two: real estate …, crude oil …
        seconds = Counter(words[1] for words in compounds if len(words) >= 3)
        second, times = seconds.most_common(1)[0] if seconds else ("", 0)
        if (
            times >= 2 and second not in _SMALL_WORDS
            and (all(len(words) >= 3 for words in compounds) or times >= 0.75 * len(compounds))
        ):  # fmt: skip
            # (or in most of them: Trinkwasser|… → drinking water, though the dictionary has drinking fountain too)
            english = f"{english} {second}"
        # most of them must go on with a word where the modifier ends: Reis|ebus, Rats|chenschlüssel, Nachhi|lfe
        # are no compounds of Reis (rice), Rats (council) or of Nachhi, a piece of Nachhilfe
        needed = 0.5 * len(rests)
        bounded = 0
        for at, rest in enumerate(rests):
            bounded += self._word_after(rest)
            if bounded >= needed or bounded + len(rests) - at - 1 < needed:
                break  # (decided: the rest need not be looked up)
        if bounded < needed:
            return ""
        # the dictionary writes a proper word small at times too (sunday trend beside Sunday school): it keeps a
        # capital it writes in a quarter of the compounds and in the first sense of the modifier's own entry
        # (Sonntag: Sunday; not Kirche: the Church, nor General|debatte: General, the rank)
        capital = " ".join(word[:1].upper() + word[1:] for word in english.split())  # (North Sea)
        if capital == english:
            return english
        acronym = sum(  # an acronym the compounds write in capitals: Fernseh|star → TV star (not tv star)
            r.split()[0] == english.upper() for german, renderings in entries for r in renderings if len(r.split()) >= 2
        )
        if " " not in english and acronym >= 0.5 * count:
            return english.upper()
        size = len(english.split())
        capitals = sum(
            any(" ".join(r.split()[:size]) == capital for r in renderings if len(r.split()) > size)
            for german, renderings in entries
            if len(german) > len(modifier) + 2 and " " not in german
        )
        for form in (modifier, *_modifier_forms(modifier)) if capitals >= 0.25 * count else ():
            senses = self.dictionary.senses(form.capitalize())
            if senses:
                first = senses[0].english
                # or a place's name, whose adjective English writes with a capital too (Balkan, Islam → Islamic)
                proper = first[0][:1].isupper() and first[0] != capital and first[0][:4] == capital[:4]
                return capital if proper or any(f" {capital} " in f" {e} " for e in first) else english
        # a name the dictionary has only inside its compounds, which write it with a capital in most: Merkel|raute →
        # Merkel diamond, so Merkel-Nachfolger → Merkel successor (was merkel successor)
        return capital if capitals >= 0.5 * count else english

    def _own_over_learned(self, modifier: str, learned: str) -> str:
        """The modifier's word's own first one-word rendering, where its compounds' (`_learned_modifier`) is one of
        the word's renderings too but far below it: Bezirks|vorsitzende → district chairman (the dictionary's
        compounds say county court, county council; Bezirk alone is a district first); Atom → nuclear stays (no
        rendering of Atom alone)."""
        for form in [modifier, *_modifier_forms(modifier)] if learned and " " not in learned else ():
            scored = {e: v[0] for e, v in self.score_senses(form.capitalize()).items() if " " not in e}
            if scored:
                best = max(scored, key=scored.get)
                gap = scored[best] - scored.get(learned, scored[best])
                return best if gap >= LEARNED_GAP else learned
        return learned

    def _proper_modifier(self, modifier: str, english: str, entries) -> str:
        """A modifier of few compounds whose every one writes the modifier's own word with a capital: a proper
        adjective (Sowjet|armee → Soviet Army, Sowjet|union → Soviet Union: Sowjet|zeit → Soviet time)."""
        own = {e.lower() for sense in self.dictionary.senses(modifier) for e in sense.english if " " not in e}
        written = [
            r.split()[0] for german, renderings in entries if " " not in german and german != modifier
            for r in renderings if len(r.split()) >= 2
        ]  # fmt: skip
        capital = english[:1].upper() + english[1:]
        return capital if english in own and written and all(w == capital for w in written) else ""

    def _word_after(self, rest: str) -> bool:
        """The rest of a compound after its modifier is a word of general German (wordfreq: the dictionary asked
        for every rest of every modifier's compounds cost a fifth of extraction's time), after a linking element or
        none (Kohle|n|stoff); a German function word is none (Ferienh|aus: no modifier Ferienh)."""
        for link in ("", "s", "n", "es", "en"):
            word = rest[len(link) :].capitalize() if rest.startswith(link) else ""
            if len(word) >= 3 and word.lower() not in GERMAN_FUNCTION_WORDS and zipf_de(word) > 0:
                return True
        return False

    def _short_noun(self, word: str) -> bool:
        """A noun of two letters, no symbol nor word of another class: Öl, Ei (WTI-Öl → WTI oil); not Al, In, No
        (elements' symbols), nor Ja (yes, a noun only as das Ja), nor Qi."""
        return (
            word.isalpha() and word[:1].isupper() and bool(self.dictionary.gender(word))
            and not any("abbr." in s.tags for s in self.dictionary.senses(word))
            and 4.0 <= zipf_de(word) < FUNCTION_WORD_DE_ZIPF
        )  # fmt: skip

    def _word(self, word: str, depth: int) -> str:
        """One part of a hyphenated compound: dictionary, compound, then name spelling; acronyms stay, but
        for a German abbreviation of a common noun (Leichtathletik-WM → athletics world championship)."""
        if word in _PREFIXES:  # Ex-Außenminister → former foreign minister
            return _PREFIXES[word].strip(" -")
        if word in _HYPHEN_PREFIXES:  # Anti-Terror-Gesetz: anti-terror law
            return _HYPHEN_PREFIXES[word]
        if word in _NAME_WORDS:  # Sankt-Peter-und-Paul-Kathedrale: the dictionary lists it as `Sankt …` only
            return _NAME_WORDS[word]
        if _LETTERS.fullmatch(word) and not word.isupper():
            return word  # VfB-Vorstand → VfB executive: a club's or a body's letters, as English writes them
        if word.isupper() or len(word) <= 2 and not self._short_noun(word):
            abbreviation = self.abbreviation(word)
            # the dictionary's spelling of a German abbreviation, tagged as one: Militär-LKW → military truck, as Lkw
            # (a word's own letters are no such abbreviation: RAND is no Rand)
            mixed = word[:1] + word[1:].lower()
            senses = self.dictionary.senses(mixed) if abbreviation is None and len(word) >= 3 else []
            if any("abbr." in s.tags for s in senses):
                return self._best(mixed, single=True) or word
            if abbreviation is None or abbreviation.target.startswith(word):
                return word  # US-Staat → US state, as English writes it (not USA)
            return abbreviation.target  # DDR-Regime → GDR regime
        if not self.dictionary.senses(word) and zipf_en(word.lower()) >= max(3.5, zipf_de(word) + 1.0):
            return word  # an English word inside a German compound (Dispatch-Box): no German parts to compose
        if word[:1].isupper() and not self.dictionary.senses(word) and self.dictionary.renders_as_itself(word.lower()):
            # an adjective German writes in lower case too, English as it is (Online-, Super-), unless its senses
            # say it better (Gratis-Eintritt → free admission)
            return self._best(word.lower(), single=True) or word.lower()
        base = lemma(word)  # (a capitalised word's lemma in lower case is a verb's: Sankt is no sank)
        english = (
            self._best(word, single=True)
            or (  # Bob-Fahrer → bob driver
                self._best(base, single=True) if base[:1].isupper() or not word[:1].isupper() else ""
            )
        )
        if english:
            return english
        for form in _modifier_forms(word)[:-2] if word[:1].isupper() else ():  # Universitäts-Präsident
            english = self._best(form, single=True) if len(form) >= 4 else ""
            if english:
                return english
        if (
            word[:1].isupper() and not self.dictionary.senses(word) and word not in self.written_names
            and zipf_en(word.lower()) < 3.0  # (Web-, Stream-, Max-: no verb's stem)
        ):  # fmt: skip
            stem = adjective_stem(word).lower()  # a derived adjective as a part: Erneuerbare-Energien-Umlage
            english = self._adjective(stem, untagged=True) if stem != word.lower() and stem.endswith(_DERIVED) else ""
            english = english or self._verb_noun(word)  # a verb's stem: Zeitfahr-Weltmeister
            # a verb written as a noun: its verb's -ing (Test-Verspeisung → test eating); an English verb German
            # writes with -en, English's -ing (Mitternachts-Shoppen → midnight shopping)
            english = english or self._action_noun(word)[0] or _english_gerund(word)
            if english:
                return english
        sub = (self.compound(lemma(word), depth) or self.compound(word, depth)) if depth < 2 else {}
        if sub and not _head_only(sub):
            return next(iter(sub))
        # a word the dictionary has only inside its compounds, as they render it: Liefer-Gigant → delivery giant,
        # Honduras-Mahagoni-Tisch → Honduras mahogany table (not Liefer giant, Mahagoni table)
        named = word in self.written_names or word in given_names() or word in surnames()  # (Peter, Müller)
        learned = self._learned_modifier(word) if not named else ""
        if not learned and sub and not named and zipf_en(word.lower()) < 1.0:
            learned = next(iter(sub))  # a German word's head alone (Späh|affäre: affair); not a name's (You|Tube)
        return learned or english_name(word)[0]

    def _verb_noun(self, stem: str) -> str:
        """A verb's stem read as the verb's noun, as a compound's part (Bezahl → das Bezahlen: payment, Zeitfahr →
        das Zeitfahren: time trial); where that is only a phrase ending in the verb's particle, which is no modifier
        (cordoning off), its noun in -ung said in one word (Absperr|zaun: die Absperrung, barrier fence); else ''."""
        noun = stem.capitalize() + "en"
        english = self._best(noun, single=True) if self.dictionary.gender(noun) == "n" else ""
        if english.rsplit(" ", 1)[-1] not in _SMALL_WORDS:
            # the doing, where the dictionary gives its -ing too: Schwimm|verband → swimming association (Bad;
            # Schwimmen :: swim, a swim, is listed first)
            doing = [e for e in self.score_senses(noun) if e.startswith(english) and e.endswith("ing") and " " not in e]
            return doing[0] if english and " " not in english and doing else english
        english = self._best(stem.capitalize() + "ung", single=True) if english else ""
        return english if english and " " not in english else ""

    def _action_noun(self, word: str) -> tuple[str, str]:
        """(English, verb) for a noun in -ung or a verb written as a noun (das Aufwachsen) the dictionary lacks:
        the -ing form of its verb that English writes most, as the dictionary lists it on the verb's lines (Leerung
        → emptying, Sanktionierung → sanctioning, not sanctifying; Aufstachelung → inciting; Verkabeln → wiring), a
        verb's with its particle only where it has no other (Aufwachsen → growing up), else ("", "")."""
        if "-" in word or not word.isalpha():
            return "", ""
        if word.endswith("ung") and len(word) >= 7:
            verbs = (word[:-3].lower() + "en", word[:-3].lower() + "n")
        elif word.endswith(("en", "ln", "rn")) and not word.endswith("ungen") and len(word) >= 6:
            verbs = (word.lower(),)  # the verb itself, capitalised: das Radeln
        else:
            return "", ""
        for verb in verbs:
            forms = [
                e for s in self.dictionary.senses(verb + "d")  # the participle, on the verb's lines: leerend
                if not DISPREFERRED_TAGS.intersection(s.tags)
                for e in s.english
                if "-" not in e and e.split()[0].endswith("ing") and e.split()[1:] in ([], *([p] for p in _PARTICLES))
            ]  # fmt: skip
            single = [e for e in forms if " " not in e]
            if single or forms:
                return max(single or forms, key=lambda e: zipf_en(e.lower())), verb
        return "", ""

    def _agent_english(self, word: str) -> tuple[str, str]:
        """(English, verb) for a noun in -er of a verb the dictionary lists, the noun itself not: the doer English
        makes of the verb's English with -er or -or, as English writes it (Vermarkter → marketer, Protestierer →
        protester, Auswähler → selector); else ("", ""). (`_agent_noun` tells such a noun from an adjective's form.)"""
        if not word.endswith("er") or len(word) < 6 or not word.isalpha() or word in surnames():
            return "", ""  # (Bucher, a family's name: no poster)
        for verb in (word[:-2].lower() + "n", word[:-2].lower() + "en"):
            doers = [
                doer
                for sense in self.dictionary.senses(verb) if not DISPREFERRED_TAGS.intersection(sense.tags)
                for english in sense.english if english.startswith("to ") and len(english.split()) == 2
                for said in [english[3:]]
                # (or -or, Latin's: to select → selector, to operate → operator)
                for doer in (said + ("r" if said.endswith("e") else "er"), said.removesuffix("e") + "or")
            ]  # fmt: skip
            doers = [d for d in doers if zipf_en(d) >= AGENT_NOUN_ZIPF]
            if doers:
                return max(doers, key=zipf_en), verb
        return "", ""

    def _misspelt(self, word: str) -> str:
        """The word a letter away (dropped, added or two swapped) that the dictionary lists or German
        writes (`MISSPELT_ZIPF`), for a long word no word list knows: Rettugnswagen → Rettungswagen, Gitftgas-
        munition → Giftgasmunition; '' when there is none."""
        if len(word) < 8 or not word.isalpha() or zipf_de(word.lower()) > 0:
            return ""
        options = [
            w for w in one_letter_away(word)
            if w[:1] == word[:1] and (len(w) != len(word) or sorted(w) == sorted(word))  # (a letter changed makes
            # words of their own too often: Wasserwart is no Wasserwert, Kontraktoren no Kontrakturen)
            and (self.dictionary.senses(w) or zipf_de(w.lower()) >= MISSPELT_ZIPF)
        ]  # fmt: skip
        return max(options, key=lambda w: (bool(self.dictionary.senses(w)), zipf_de(w.lower()), w), default="")

    def _language(self, word: str) -> str:
        """The English of a people's adjective the text writes as a noun, the dictionary only as the adjective
        (Russisch, Portugiesisch): its language, as English names it (Russian, Portuguese); '' otherwise."""
        if not word.endswith("isch") or not word[:1].isupper():
            return ""
        return proper_adjective(word.lower(), self.dictionary)

    @functools.lru_cache(maxsize=50_000)
    def _best(self, word: str, single: bool = False) -> str:
        scored = self.score_senses(word)
        if single:  # a modifier reads best as one word: Waffen → arms, not "weapons system"
            words = {e: v for e, v in scored.items() if " " not in e}
            best = max((v[0] for v in scored.values()), default=0.0)
            # …unless every one-word rendering is far behind (Elektroauto: electric car, not e-car)
            if words and max(v[0] for v in words.values()) >= best - 0.5:
                scored = words
        if not scored:
            return ""
        return max(scored.items(), key=lambda kv: kv[1][0])[0]

    def propose(self, cand: Candidate, display: str, mt: dict[str, str] | None = None) -> Proposal:
        proposal = self._propose(cand, display, mt)
        if cand.kind == "term":
            target = self._office_in_small_letters(proposal.target)
            if target != proposal.target:
                proposal = replace(proposal, target=target)
        return proposal

    def _office_in_small_letters(self, english: str) -> str:
        """A person's office the dictionary writes as a title (Staatsanwalt :: Public Prosecutor), in small letters,
        as English writes it but before a name, and a glossary as a term: public prosecutor, special public
        prosecutor (was special Public Prosecutor, of Sonder|staatsanwalt)."""
        words = english.split()
        titled = [k for k, w in enumerate(words) if w[:1].isupper() and w[1:].islower() and w.isalpha()]
        # (one run of two words or more, the target's only title; each an everyday English word: not New Zealander,
        # nor Federal Minister for Economic Affairs, an institution's title as a whole)
        if len(titled) < 2 or titled != list(range(titled[0], titled[-1] + 1)):
            return english
        run = [words[k] for k in titled]
        if not all(zipf_en(w.lower()) >= OFFICE_ZIPF for w in run) or not self.dictionary.is_person(" ".join(run)):
            return english
        return " ".join(w.lower() if k in titled else w for k, w in enumerate(words))

    def _propose(self, cand: Candidate, display: str, mt: dict[str, str] | None = None) -> Proposal:
        if cand.kind == "term" and cand.pos == "ADJ PROPN":  # Rote Bete → beetroot
            return Proposal(common_phrase(display, self.dictionary), 0.9, [], ["ding:phrase"])
        if cand.kind == "name":
            of_a_place = self._name_of_a_place(display) if " von " in display else None
            if of_a_place is not None:
                return of_a_place
            if cand.quoted and cand.pos == "ADJ PROPN":
                return Proposal(display, 0.7, [], ["identity"])  # a title in quotation marks, as written (Bunter Abend)
            proposal = self.propose_name(display, mt)
            if cand.pos == "ADJ PROPN" and proposal.target == display:
                last = display.split()[-1]
                if last.lower() in STREET_WORDS or newspaper(lemma(last)):
                    # a street keeps its name (Schwarzer Weg), and so does a newspaper (Sächsische Zeitung)
                    return self._listed_name(display) or proposal
                return self._listed_name(display) or self._name_in_words(display) or proposal
            return proposal
        if display in PARTY_ENGLISH and cand.partied:  # SPD, Grüne und Linke
            english, other = PARTY_ENGLISH[display]
            return Proposal(english, 0.8, [other], [f"party:{display}"])
        if cand.pos == "ADJ NOUN":
            adj, noun = cand.parts
            scored = (
                self.score_senses(display) or self.score_senses(display.lower()) or self._adjective_phrase(adj, noun)
            )
            scored = self._said_over_listed(adj, noun, scored) if scored else self._adjective_noun(adj, noun)
        else:
            scored = {}
            own_plural = False  # the plural's English is another word (Gelder: funds), said so
            surface = cand.forms.most_common(1)[0][0]
            genitive = all(f in (display + "s", display + "es") for f in cand.forms)  # des Außenministeriums
            feminine = all(f == display + "nen" for f in cand.forms)  # Verbraucherinnen: no word of its own
            if display not in cand.forms and not self.dictionary.senses(display) and not genitive and not feminine:
                # only the plural is in the text: keep the singular lemma's English unless the plural is
                # another word in English too (Staatsmedien → state media, not "state medium")
                singular = self.compound(display)
                plural = self._form_senses(cand) or self._own_plural_head(self.compound(surface))
                attested = any("[attested" in ev for _, ev in singular.values())  # (not a pair said instead)
                # (a head alone is no plural's English: Spionageprogrammen is no Spionageprog|rammen)
                head_only = _head_only(plural)
                if (
                    singular and plural and not (attested or head_only) and not _plural_of(_top(plural), _top(singular))
                    and _same_split(plural, singular)  # (Cyberkriminellen: no Cyberkrimin|ellen)
                    and not (_dative_plural(surface, display) and not self.dictionary.senses(surface[:-1]))
                ):  # fmt: skip
                    scored, own_plural = plural, self._plural_head_apart(surface, plural)
            genders = _genders(cand, display)  # (das Schild: a sign, no shield; the cache's key as others ask it)
            listed = self.score_senses(display, genders) if genders else self.score_senses(display)
            scored = scored or self._said_after_adjectives(
                display,
                self._persons_sense(
                    display, self._collection_sense(display, self._composed_over_listed(display, listed))
                ),
            )
            if not scored and display != lemma(display):
                scored = self.score_senses(lemma(display))
            if not scored:
                for form in cand.forms:
                    scored = self.score_senses(form)
                    if scored:
                        break
            town = town_of(display, self.dictionary, self.written_names) if not scored else ""
            if town:  # a town's word the dictionary lacks is the town, as English writes it before a noun:
                # Regensburger → Regensburg, Münchner → Munich (not a rain burger)
                scored = {self.propose_name(town, None).target: (1.0, f"town:{town}")}
            language = self._language(display) if not scored else ""
            if language:  # Russisch → Russian: a people's adjective written as a noun is its language
                scored = {language: (1.0, f"language:{display.lower()}")}
            action = self._action_noun(display) if not scored else ("", "")
            if action[0]:  # a verb's noun in -ung the dictionary lacks: its verb's -ing (Leerung → emptying)
                return Proposal(action[0], ACTION_NOUN_CONFIDENCE, [], [f"verb:{action[1]}"])
            agent = self._agent_english(display) if not scored else ("", "")
            if agent[0]:  # one who does what a verb says, a noun the dictionary lacks: Vermarkter → marketer
                return Proposal(agent[0], ACTION_NOUN_CONFIDENCE, [], [f"verb:{agent[1]}"])
            region = compass_place(display) if not scored else None
            if region is not None:  # a point of the compass and a place: Südrussland → southern Russia (no south)
                return Proposal(region[0], region[2], [], [f"compass+{region[1]}"])
            wider = "Wider" + display[6:] if not scored and display.startswith("Wieder") else ""
            if wider and self.dictionary.senses(wider):  # German's commonest slip: Wiederspruch is Widerspruch
                scored = {e: (v, f"{ev}+spelling:{wider}") for e, (v, ev) in self.score_senses(wider).items()}
            if not scored:
                scored = self.compound(display)
            unsaid = not scored or _head_only(scored)  # (a head alone is no rendering: Bio|marker is no marker)
            if unsaid and _loanword(display):
                scored = {display.lower(): (1.0, "loanword")}
            elif unsaid and _loanword(display, RARE_LOANWORD_ZIPF, lead=1.0) and display.endswith(_ENGLISH_ENDINGS):
                # a rarer English word of an English ending, German's no more (Spammer, Hacktivist, Whistleblowing)
                return Proposal(display.lower(), RARE_CONFIDENCE, [], ["loanword"])
            stem = adjective_stem(display).lower() if not scored else ""
            participle = len(stem) >= 7 and stem.endswith("en") and stem != display.lower()  # (der Festgenommene)
            # a form the dictionary lists only with its -e (vierte: der Vierte, Vierter → fourth)
            weak = bool(stem) and stem != display.lower() and stem + "e" != display.lower()
            weak = weak and not self.dictionary.senses(stem) and bool(self.dictionary.senses(stem + "e"))
            tail = self._adjective_tail(display) if not scored else len(display)  # (where its adjective begins)
            if (
                not scored and (tail == 0 or participle or weak)
                and not self._agent_noun(display)
            ):  # fmt: skip
                # an adjective made a noun is said as English says the adjective as one (the wealthy, a suspect):
                # Vermögende → wealthy, Ungelernte → unskilled, Geflohene → escaped; an adverb before it too
                # (Schwerverletzter → seriously injured)
                english = self._adjective(stem + "e" if weak else stem, untagged=True) or next(
                    (
                        e for s in self.dictionary.senses(stem)[:2] if "adj" in s.grammar or not s.grammar
                        for e in s.english[:2] if len(e.split()) == 2 and e.replace(" ", "").isalpha()
                    ),
                    "",
                )  # fmt: skip
                if english:  # (a reading of the adjective, not the noun's own entry: said with less confidence)
                    return Proposal(_person(display, english), ADJECTIVE_NOUN_CONFIDENCE, [], [f"adjective:{stem}"])
            if 3 <= tail < len(stem) and self._adjective_word(stem[:tail]) and not self._agent_noun(display):
                # an adjective before a participle the dictionary has, as English says the two: Schwer|bewaffnete →
                # heavily armed, as Schwerverletzte → seriously injured
                english = self._adjective(stem[tail:], untagged=True)
                adverb = self._adverb(stem[:tail], english) if english else ""
                if adverb:
                    said = _person(display, f"{adverb} {english}")
                    return Proposal(said, ADJECTIVE_NOUN_CONFIDENCE, [], [f"adjective:{stem}"])
            said = self._english_parts(display) if not scored else ""
            if said:  # two English words German writes as one: Topscorer → top scorer, Lynchmob → lynch mob
                return Proposal(said, ENGLISH_PARTS_CONFIDENCE, [], ["english-words"])
            if _head_only(scored):
                for form in cand.forms:
                    better = self.compound(form)
                    if better and not any(ev.startswith("compound-head") for _, ev in better.values()):
                        scored = better
                        break
            if _head_only(scored):
                spelt = self._misspelt(display)
                spelt = spelt and lemma(spelt)  # (Bahübergangs: Bahnübergang's genitive)
                better = (self.score_senses(spelt) or self.compound(spelt)) if spelt else {}
                if better and not _head_only(better):
                    # a word misspelt is said as the word: Rettugnswagen → ambulance, as Rettungswagen
                    scored = {e: (v, f"{ev}+spelling:{spelt}") for e, (v, ev) in better.items()}
            if display not in cand.forms and display == lemma(display) and not genitive and not own_plural:
                scored = _singular_renderings(scored)  # only plurals (Strafzöllen), the entry singular: penal duty
            if scored and _head_only(scored) and not mt:
                # only the head of the compound is known (Präsidialamts|sprecher → speaker): no proposal, a
                # part of the word is no translation of it; the head stays listed
                return Proposal("", 0.0, list(scored), [ev for _, ev in scored.values()])
        proposal = self._vote(scored, display, mt)
        if proposal.evidence == ["not English"] and cand.pos == "NOUN" and "-" not in display:
            return self._rarely_written(display, scored, proposal, mt)
        if proposal.evidence == ["not English"] and cand.pos == "ADJ NOUN":
            # the dictionary's phrase is a word English hardly writes (große Zahl :: numerousness): the adjective's
            # English and the noun's, the dictionary's word listed after them
            composed = self._vote(self._adjective_noun(*cand.parts), display, mt)
            if composed.target:
                return replace(composed, alternatives=[*composed.alternatives, *proposal.alternatives][:5])
        composed = _COMPOSED.fullmatch(proposal.evidence[0]) if proposal.evidence else None
        person = _person(display, proposal.target) if composed else proposal.target
        if person != proposal.target:  # (the string test first: the head is looked up for a few compounds only)
            # a compound whose head is a participle made a noun names a person: Leicht|verletzter → slightly
            # injured person (the dictionary's pair is slightly injured)
            participle = adjective_stem(composed[2]).lower()
            if participle != composed[2].lower() and self.dictionary.senses(participle):
                proposal = replace(proposal, target=person)
        return self._composed_alternatives(proposal)

    def _said_over_listed(self, adj: str, noun: str, scored: dict[str, tuple[float, str]]) -> dict:
        """An adjective and noun the dictionary renders by another name (britische Regierung :: No 10, Whitehall;
        soziale Arbeit :: social education): the two said word by word go first where web text writes that pair far
        more (LISTED_SAID_GAP) than the dictionary's words (British government, social work); the dictionary's name
        stays where English writes it as much (sexual assault, life sentence, defining moment)."""
        best = _top(scored)
        if not scored[best][1].startswith("ding:") or scored[best][1].endswith("+adj"):
            return scored
        composed = self._adjective_noun(adj, noun)
        said = _top(composed) if composed else ""
        if len(said.split()) != 2 or _pair_key(said) == _pair_key(best):
            return scored  # (local anaesthesia is local anesthesia, as British English writes it; rare earths)
        listed = max(_said(best), _written(best)) if len(best.split()) == 2 else zipf_en(best.lower())
        if _said(said) < listed + LISTED_SAID_GAP:
            return scored
        return {**scored, said: (scored[best][0] + 0.01, composed[said][1])}

    def _adjective_noun(self, adj: str, noun: str) -> dict[str, tuple[float, str]]:
        """An adjective and a noun the dictionary has no phrase of, said part by part: the adjective's everyday
        sense, tagged or not (evangelisch: no class given; kostenlos: free, not the only tagged sense, freebie), or
        one English says far more before the noun (große Zahl → large number, not major number), before the noun's
        sense English says after it (übergewichtiger Mensch → overweight person)."""
        adj_en = self._adjective(adj, untagged=True)
        noun_scored = self.score_senses(noun) or _composed(self.compound(noun))  # (not Simul|akren's head alone)
        best = _top(noun_scored) if noun_scored else ""
        # (of a noun said in two words, the first: nördlicher Grenz|staat → northern border state, not north)
        after = best.split()[0] if best and len(best.split()) == 2 else best
        if adj_en and " " not in adj_en + after:  # (große Zahl → large number, not major number)
            options = [a for a in self._likeliest(adj.lower()) if " " not in a and _said(f"{a} {after}")]
            said = max(options, key=lambda a: _said(f"{a} {after}"), default=adj_en)
            adj_en = said if _replaces(_said(f"{adj_en} {after}"), _said(f"{said} {after}")) else adj_en
        scored = {f"{adj_en} {e}": (s, ev + "+adj") for e, (s, ev) in noun_scored.items()} if adj_en else {}
        last = adj_en.rsplit("-", 1)[-1] if "-" in adj else adj_en  # (serbisch-ungarische Grenze: as Hungarian border)
        said = self._written_head(last, best, noun) if adj_en and " " not in adj_en + best else best
        if said != best and f"{adj_en} {said}" in scored:
            _put_first(scored, f"{adj_en} {said}", f"{adj_en} {best}")
        return scored

    def _composed_alternatives(self, proposal: Proposal) -> Proposal:
        """A composition with the other pairs of its parts' likeliest renderings that English says or the dictionary
        writes, most said first, as its alternatives: a composition is a guess, and its reviewer chooses among its
        neighbours (Kriegs|ziel → war objective: war aim; Spannungs|ebene → stress level: voltage level, which the
        dictionary writes and the language model lacks)."""
        found = _COMPOSED.fullmatch(proposal.evidence[0]) if len(proposal.evidence) == 1 else None
        words = proposal.target.split()
        if found is None or proposal.alternatives or len(words) != 2:
            return proposal
        modifier, head_word = found[1], found[2]
        forms = [m.capitalize() for m in [*_modifier_forms(modifier), modifier] if len(m) >= 3]  # (Rakete: rocket)
        forms = [form for form in forms if self.dictionary.senses(form)]
        mods = [words[0], self._learned_modifier(modifier.capitalize())]
        mods += [m for form in forms for m in self._likeliest(form)[:COMPOSED_ALTERNATIVES]]
        mods = list(dict.fromkeys(x for x in mods if x and " " not in x))[:COMPOSED_ALTERNATIVES]
        heads = [words[1], *_first_renderings(self.score_senses(head_word), math.inf)]  # (the first five)

        best: dict[str, tuple[float, str]] = {}  # one pair → its likeliest spelling
        for m in mods:
            for h in dict.fromkeys(h for h in heads if _gendered(h) != "woman"):
                pair = f"{m} {h}"
                if english_singular(m).lower() != english_singular(h).lower():
                    value = _said(pair)
                    if value < ATTESTED_ZIPF and self.dictionary.attested(pair)[0]:
                        value = ATTESTED_ZIPF  # (the dictionary asked only when it would count)
                    if value and value > best.get(_pair_key(pair), (0.0, ""))[0]:
                        best[_pair_key(pair)] = (value, pair)
        best.pop(_pair_key(proposal.target), None)
        ranked = [pair for _, pair in sorted(best.values(), key=lambda vp: -vp[0])]
        return _with_alternatives(proposal, ranked[:COMPOSED_ALTERNATIVES])

    def _rarely_written(self, word: str, scored: dict, rejected: Proposal, mt: dict[str, str] | None) -> Proposal:
        """A word whose only listed English is rare in English text (Konterschattierung :: countershading,
        Krummhorn :: crumhorn, Devisenhandel :: agiotage): a pair of its parts English writes if there is one
        (exchange trading), else the listed word (it is English, and the word's own sense), else, when that
        is misspelt (Kindermärchen :: nursury tale), the compound said part by part; the rest as alternatives."""
        composed = self.compound(word)
        if any(_attested(ev) for _, ev in composed.values()):
            composed_proposal = self._vote(composed, word, mt)
            if composed_proposal.target:
                return _with_alternatives(composed_proposal, rejected.alternatives)
        ranked = sorted(scored.items(), key=lambda kv: -kv[1][0])
        lowered = word.lower()
        own = not (  # (not a verb's, an adjective's or a family's word: melden, stärker, Meier)
            word in surnames() or self.dictionary.is_verb(lowered)
            or self._adjective_word(adjective_stem(word)) or self._adjective_word(lowered)
        )  # fmt: skip
        listed = next(
            (
                e
                for e, (_, ev) in ranked
                if own and ev.startswith("ding:") and _rare_english(e) and not _dispreferred(ev)
            ),
            "",
        )
        if listed:
            return Proposal(
                listed, RARE_CONFIDENCE, [e for e in rejected.alternatives if e != listed], [scored[listed][1]]
            )
        if composed and not _head_only(composed):
            composed_proposal = self._vote(composed, word, mt)
            if composed_proposal.target:
                return _with_alternatives(composed_proposal, rejected.alternatives)
        return rejected

    def _voted(self, modifier: str) -> str:
        """The sense two or more of the collection's listed compounds agree on for a modifier written as this one
        is, more than on any other: Grenz|sperre → border …, beside Grenzschutz and Grenzübertritt (border
        protection, crossing); Land|straße is not said as Landes|regierung (state government)."""
        return _agreed(self._modifier_votes.get(modifier))[0]

    def _collection_sense(self, word: str, scored: dict[str, tuple[float, str]]) -> dict[str, tuple[float, str]]:
        """The sense the collection's own compounds of the word use, when two or more agree on it more than on any
        other: Grenze → border beside Grenzschutz and Grenzübergang (border protection, border crossing)."""
        english, count = _agreed(self._part_votes.get(word))
        if english not in scored:
            return scored
        first = max(scored, key=lambda e: scored[e][0])
        best = scored[first][0]
        if not best - COLLECTION_GAP <= scored[english][0] < best:
            return scored  # (first already, or a sense too far from the word's own: Fuß is no heel)
        if _one_spelling(english, first):
            return scored  # a spelling, no sense: the compounds' pairs are found as the web writes them, American
            # (rocket program, distribution center), and Programm stays programme, Zentrum centre
        return {**scored, english: (best + 0.01, scored[english][1] + f"+collection:{count}")}

    def _persons_sense(self, word: str, scored: dict[str, tuple[float, str]]) -> dict[str, tuple[float, str]]:
        """A word the collection writes after a name (Gülen-Anhänger) in its sense of a person alone too: Anhänger →
        supporter there, not trailer (`_persons_head`)."""
        if word not in self._named_heads or not scored:
            return scored
        top = _top(scored)
        person = self._persons_head(word, top)
        if person == top or person not in scored:
            return scored
        return {**scored, person: (scored[top][0] + 0.01, scored[person][1] + "+named")}

    def _said_after_adjectives(self, word: str, scored: dict[str, tuple[float, str]]) -> dict[str, tuple[float, str]]:
        """The sense English says after the adjectives the collection puts before the word, where they agree on
        one other than the first (`_said` of the adjective's English and each of the word's likeliest renderings:
        eine offizielle Entschuldigung → official apology, not official excuse)."""
        adjectives = self._adjectives_before.get(word)
        if not adjectives or not scored or self._mans_word(word):
            return scored  # (a woman's word keeps its woman: Schauspielerin is an actress)
        top = _top(scored)
        # (not the top's American spelling, nor an American word for it: the model is of American English, and
        # says aging, freeway, fall more than ageing, motorway, autumn)
        american = _american_renderings(self.senses_for(word))
        options = [
            e for e in _first_renderings(scored, ADJECTIVE_SENSE_GAP)
            if e == top or e not in american and not _respelled(e, top) and _american(e) != _american(top)
        ]  # fmt: skip
        if len(options) < 2 or top not in options:
            return scored
        votes: Counter = Counter()
        for adjective, times in adjectives.items():
            if not self._telling_adjective(adjective):
                continue
            english = self._adjective(adjective, untagged=True)
            if not english or " " in english:
                continue
            said = self._written_head(english, top, word, options)
            if said != top or _said(f"{english} {top}"):
                votes[said] += times
        best, count = votes.most_common(1)[0] if votes else (top, 0)
        if best == top or count <= votes[top]:
            return scored
        return {**scored, best: (scored[top][0] + 0.01, scored[best][1] + f"+adjectives:{count}")}

    @functools.lru_cache(maxsize=20_000)
    def _telling_adjective(self, adjective: str) -> bool:
        """An adjective of the dictionary that tells a noun's sense: not an article's or a pronoun's form (ihr, mein,
        ein), nor one German puts before everything (neu, groß, gut: zipf `EVERYDAY_ADJECTIVE_ZIPF`)."""
        return (
            len(adjective) >= 4 and adjective not in GERMAN_FUNCTION_WORDS and self.dictionary.is_adjective(adjective)
            and zipf_de(adjective) < EVERYDAY_ADJECTIVE_ZIPF
        )  # fmt: skip

    def _composed_over_listed(self, word: str, scored: dict[str, tuple[float, str]]) -> dict[str, tuple[float, str]]:
        """A compound the dictionary renders with two words English hardly writes, where one word put in its part's
        first sense makes a pair English writes, as the parts compose it: Handels|politik → trade policy (listed:
        commercial policy), Vermarktungs|strategie → marketing strategy (marketing policy). Only the part's first
        sense, so Polizei|gewalt stays police power (not police force). A one-word rendering of its sense goes first
        before this is asked (Tomatensauce → ketchup, of tomato ketchup; see score_senses)."""
        best = _top(scored) if scored else ""
        if len(best.split()) != 2 or _written(best) or not scored[best][1].startswith("ding:"):
            return scored
        split = compound_split(word, self.dictionary)
        if split is None:
            return scored
        head = split[1].capitalize()
        modifier = word[: len(word) - len(head)].rstrip("-")  # as written, with its linking element: Handels
        first, second = best.split()
        heads = self.score_senses(head)
        modifiers = next((s for s in (self.score_senses(f.capitalize()) for f in _modifier_forms(modifier)) if s), {})

        def options():  # (english, the part's first sense, the word it replaces); the learned modifier, costly, last
            if heads:
                top = _top(heads)
                yield f"{first} {top}", top, second
            if modifiers:
                top = _top(modifiers)
                yield f"{top} {second}", top, first
            learned = self._learned_modifier(modifier.capitalize())
            yield f"{learned} {second}", learned, first

        composed: dict[str, tuple[str, tuple[float, str]]] | None = None  # (composed once, and only when needed)
        for english, new, old in options():
            if (
                new and " " not in new and new.lower() != old.lower()
                and fuzz.ratio(new.lower(), old.lower()) < SPELLING_RATIO  # (programme, program; receipt, receipts)
                and _written(english)
            ):  # fmt: skip
                # and the composition the compound's parts make anyway (the costly check last): An|pfiff is no A whistle
                if composed is None:
                    composed = {  # (not a pair said in place of one the dictionary has: Klima|anlage stays air-
                        e.lower(): (e, v)  # conditioning system, not climate system)
                        for e, v in self.compound(word).items()
                        if v[1].startswith("compound:") and not v[1].endswith("[said]")
                    }
                if english.lower() in composed:
                    written, (_, evidence) = composed[english.lower()]
                    return {**scored, written: (scored[best][0] + 0.01, evidence)}
        return scored

    def _plural_head_apart(self, surface: str, plural: dict[str, tuple[float, str]]) -> bool:
        """The plural's English ends in its head's plural's own, a sense the dictionary lists apart from the
        singular, which the singular lacks: said in the plural (TV-Gelder → TV funds, not a TV fund; Markt|verhältnisse
        → market conditions), not made singular as a plural of the singular's English is (Straf|zölle: penal duty)."""
        top = _top(plural)
        found = _COMPOSED.fullmatch(plural[top][1])
        head = found[2] if found else surface.rsplit("-", 1)[-1] if "-" in surface else ""
        if not head:
            return False
        said = top.split()[-1].lower()
        base = lemma(head)
        own = {ENGLISH_ARTICLE.sub("", e.lower()) for s in plural_apart(head, base) for e in s.english}
        return said in own and english_singular(said) not in self._renderings(base)

    def _own_plural_head(self, composed: dict[str, tuple[float, str]]) -> dict[str, tuple[float, str]]:
        """A plural's composition whose head is said as a plural of its own: a word the lemmatizer keeps (Staats|medien
        → state media), a sense the dictionary lists for the plural apart from its singular (Markt|verhältnisse →
        market conditions) or for a noun so written (Werkstatt|schuppen → workshop shed), or a pair the dictionary has
        (`_attested`: Insider|geschäfte → insider dealing). Else {}: the head is its singular's plural, not another
        word of its letters (Asbest|klagen is no asbestos wail, das Klagen; Bergbau|steuern no mining steering;
        Verhaltens|weisen no behavioural wise men)."""
        top = _top(composed) if composed else ""
        found = _COMPOSED.fullmatch(composed[top][1]) if top and not _attested(composed[top][1]) else None
        if found is None or lemma(found[2]) == found[2]:
            return composed
        head, singular = found[2], lemma(found[2])
        said = english_singular(top.split()[-1].lower())
        own = [s for s in self.dictionary.senses(head) if s.grammar in ("m", "f")] + plural_apart(head, singular)
        own = [s for s in own if not SPOKEN_TAGS.intersection(s.tags)]  # (Handels|vergünstigungen: no trade perks)
        return composed if any(said == english_singular(e.split()[-1].lower()) for s in own for e in s.english) else {}

    def _form_senses(self, cand: Candidate) -> dict[str, tuple[float, str]]:
        """The dictionary's senses of a form the text uses, the dative plural as its plural (Strafzöllen →
        Strafzölle, listed as `punitive tariffs`), commonest form first."""
        for form, _ in cand.forms.most_common():
            for spelling in (form, form[:-1] if form.endswith("en") and len(form) > 5 else ""):
                scored = self.score_senses(spelling) if spelling else {}
                if scored:
                    return scored
        return {}

    def _adjective_phrase(self, adj: str, noun: str) -> dict[str, tuple[float, str]]:
        """The dictionary's own phrase with the adjective and the noun or a synonym of it:
        ballistische Rakete → ballistischer Flugkörper → ballistic missile."""
        nouns = [noun] + [
            s for sense in self.dictionary.senses(noun) for s in sense.synonyms if s != noun and " " not in s
        ]
        found: dict[str, tuple[float, str]] = {}
        for n in dict.fromkeys(nouns):
            for ending, entry in self.dictionary.adjective_entries(adj, n):
                scored = self.score_senses(entry)
                if ending == "e" and self.dictionary.gender(n) in ("m", "n"):
                    scored = _singular_renderings(scored)  # hochrangige Vertreter is a plural: the entry is not
                for english, (score, evidence) in scored.items():
                    if english not in found or found[english][0] < score:
                        found[english] = (score, evidence + "+phrase")
        return found

    def _state_name(self, display: str) -> Proposal | None:
        """A state's name in English word order: Demokratische Volksrepublik Korea → Democratic People's Republic
        of Korea, Bundesrepublik Deutschland → Federal Republic of Germany."""
        words = display.split()
        if len(words) < 2 or lemma(words[-2]) not in STATE_NOUNS:
            return None
        *adjectives, noun, place = words
        said, evidence, _ = english_name(place)
        listed_place = self.dictionary.place(place) if evidence == "identity" else None
        place_english = listed_place.english[0] if listed_place else said  # (Kongo: Congo, which CLDR lacks)
        for sense in self.dictionary.senses(display):  # as the dictionary lists it (Volksrepublik China)
            listed = [e for e in sense.english if e.lower().endswith(" of " + place_english.lower())]
            if listed:
                return Proposal(listed[0], 0.9, [], [f"ding:{sense.line}"])
        words = [self._adjective(lemma(a.lower()), untagged=True) for a in adjectives]
        if not all(words):
            return None
        words = [w[:1].upper() + w[1:] for w in words]
        english = " ".join([*words, STATE_NOUNS[lemma(noun)], "of", place_english])
        return Proposal(english, 0.8, [], ["state+place"])

    def spelled_out(self, abbreviation: str) -> Proposal | None:
        """A German abbreviation the collection spells out, in brackets after its words or as one of its names:
        its English initials (ausschließliche Wirtschaftszone (AWZ) → EEZ, Demokratische Volksrepublik Korea →
        DPRK), the English words as the alternative; a German institution keeps its letters (DRK, DWD), and so
        does a name that only its words spell out and no state's English names (Freie Wähler: FW, not UV)."""
        defined = self.definitions.get(abbreviation)
        found = [defined[len(defined) - n :] for n in range(1, len(defined) + 1)] if defined else []
        found = [w for w in found if self._initials(list(w)) == abbreviation][:1]
        guessed = not found
        if guessed:
            found = [  # (the cheap test first: a collection has thousands of names)
                w for w in self.names.get(abbreviation[0], ()) if len(w) <= len(abbreviation) <= 2 * len(w)
            ]
            # (a name: its words capitalised; unmittelbarer Nähe is no UN)
            found = [w for w in found if w[0][:1].isupper() and self._initials(w) == abbreviation]
            if len({tuple(w) for w in found}) != 1:
                return None
        words = list(found[0])
        english = self._spelled_english(words)
        initials = _initials_of(english)
        if not english or len(initials) != len(abbreviation):
            return None
        evidence = [f"spelled-out:{' '.join(words)}"]
        if any(w.lower().startswith(("deutsch", "bundes")) for w in words) or (
            guessed and initials.upper() != abbreviation and self._state_name(" ".join(words)) is None
        ):  # a German institution: English writes its German letters (DRK, DWD), its English words beside
            return Proposal(abbreviation, 0.75, [english], evidence)
        return Proposal(initials.upper(), 0.75, [english], evidence)

    def _initials(self, words: list[str]) -> str:
        """The capitals a German abbreviation takes from words: a compound gives its head's too (Volks|republik
        → VR, Wirtschafts|zone → WZ)."""
        out = [self._word_initials(word) for word in words]
        return "".join(out) if all(out) else ""

    @functools.lru_cache(maxsize=50_000)
    def _word_initials(self, word: str) -> str:
        if not word[:1].isalpha():
            return ""
        letters = word[0].upper()
        for cut in range(3, len(word) - 3) if word[:1].isupper() else ():
            modifier = any(self.dictionary.senses(m.capitalize()) for m in _modifier_forms(word[:cut]))
            if modifier and self.dictionary.is_common_noun(word[cut:].capitalize()):
                return letters + word[cut].upper()
        return letters

    def _spelled_english(self, words: list[str]) -> str:
        """The English of the words an abbreviation stands for: a name's, else adjectives' and the noun's."""
        display = " ".join(words)
        state = self._state_name(display)
        if state is not None:
            return state.target
        *adjectives, noun = [lemma(w) if w[:1].isupper() else w for w in words]
        english = [self._adjective(lemma(a.lower()), untagged=True) for a in adjectives]
        english.append(self._best(noun) or next(iter(self.compound(noun)), ""))
        if not all(english):
            return ""
        if all(w[:1].isupper() for w in words):  # a name: Deutsches Rotes Kreuz → German Red Cross
            english = [
                " ".join(p if p in _FUNCTION_WORDS else p[:1].upper() + p[1:] for p in e.split()) for e in english
            ]
        return " ".join(english)

    def _listed_name(self, display: str) -> Proposal | None:
        """A name the dictionary lists with an English name (Deutsches Rotes Kreuz → German Red Cross)."""
        listed = listed_form(display)
        for sense in self.dictionary.senses(display) or self.dictionary.senses(listed):
            english = without_articles(sense.english)
            if english and english[0][:1].isupper():
                if _written_in_english(display):  # Deutsche Bahn, Deutsche Welle (not German Railways)
                    return Proposal(display, 0.9, english[:2], [f"ding:{sense.line}", "written-so-in-english"])
                return Proposal(english[0], 0.9, english[1:3], [f"ding:{sense.line}"])
        # a term the text capitalises as a name, listed with its adjective in lower case: Dunkle Energie → dark
        # energy (not Gloomy Energy)
        for sense in self.dictionary.senses(listed[:1].lower() + listed[1:])[:1]:
            english = without_articles(sense.english)
            # a pair web text writes over a first rendering it does not (Rote Karte → red card, not sending-off)
            written = [e for e in english[1:] if len(e.split()) == 2 and _written(e)]
            if written and not _written(english[0]):
                english.insert(0, english.pop(english.index(max(written, key=_written))))
            if english:
                return Proposal(english[0], 0.9, english[1:3], [f"ding:{sense.line}"])
        return None

    def _name_of_a_place(self, display: str) -> Proposal | None:
        """A name of an adjective and a noun, von and a place, said as English says the name and the place: Großer
        Preis von Malaysia → Malaysia Grand Prix (a race's name, as English writes it), Vereinigte Staaten von Amerika
        → United States of America; None where the name before von has no English."""
        name, place = display.split(" von ", 1)
        if len(name.split()) != 2:
            return None  # (a person's: Ursula von der Leyen, Karl-Theodor zu Guttenberg)
        place_en = self.propose_name(place, None).target
        if name == _GRAND_PRIX:
            return Proposal(f"{place_en} Grand Prix", 0.8, [f"Grand Prix of {place_en}"], ["grand-prix"])
        listed = self._listed_name(name)
        if listed is None:
            return None
        return Proposal(f"{listed.target} of {place_en}", 0.8, [display], [*listed.evidence, f"of:{place}"])

    def _name_in_words(self, display: str) -> Proposal | None:
        """A name made of words English translates (Friedliche Revolution → Peaceful Revolution), not
        left in German when no gazetteer knows it."""
        if _written_in_english(display):
            return None  # Deutsche Welle (not German Wave)
        if display == _GRAND_PRIX:  # a race's name as English names races, alone too (was Major Price)
            return Proposal("Grand Prix", 0.8, [], ["grand-prix"])
        *adjectives, noun = display.split()
        words = [self._adjective(lemma(a.lower()), untagged=True) for a in adjectives]
        composed = (
            _composed(self.compound(lemma(noun))) if not german_place_shape(noun) else {}
        )  # (a mountain's name stays: Großer Feldberg)
        words.append(  # (a compound the dictionary lacks by its parts: Atomenergie|behörde)
            self._best(noun, single=True) or self._best(lemma(noun), single=True) or next(iter(composed), "")
        )
        if not all(words):
            return None
        if len(words) == 2 and " " not in words[1]:
            # the noun's sense the dictionary writes after the adjective, on a line with the noun: Syrische
            # Beobachtungsstelle → Syrian Observatory (not Center, a piece of monitoring centre/center)
            pairs = [(n, f"{words[0]} {n}") for n in (words[1], *self._single_words(noun, 6))]
            said = next((n for n, pair in pairs if self.dictionary.attested(pair, _stem(noun))[0]), "")
            if not said and words[0][:1].isupper():
                # or, on no line of the noun's, a whole rendering of it written after a people's adjective anywhere:
                # Deutsche Einheit → German Unity (from the Day of German Unity), not German Unit
                whole = self.score_senses(lemma(noun))
                said = next((n for n, pair in pairs if n in whole and self.dictionary.attested(pair)[0]), "")
            words[1] = said or words[1]
        return Proposal(_as_name(" ".join(words)), 0.5, [], ["dictionary:name-words"])  # National Health Service

    def _geographic_sense(self, word: str) -> str:
        """The word's first sense when it is a feature of the land, tagged geogr. (Fluss → river, whose compounds
        say flow), or '' (Land, Weg: their first senses are no feature)."""
        scored = self.score_senses(word)
        first = _top(scored) if scored else ""
        return first if first and "geogr." in _evidence_tags(scored[first][1]) else ""

    def _place_after_link(self, words: list[str]) -> str:
        """The English of a country's or a place's name of adjectives and a noun, inflected after a small word
        (der Vereinigten Staaten → the United States, der Europäischen Union → the European Union), or ''."""
        from . import _name_citation  # (cited as the extractor cites such a name: Vereinigten Staaten → Vereinigte …)

        *adjectives, noun = words
        if not adjectives or not all(w[:1].isupper() and ADJECTIVE_ENDING.search(w) for w in adjectives):
            return ""
        cited = _name_citation(" ".join(words), self.dictionary)
        said = self.propose_name(cited, None)
        if said.target == cited or said.evidence[:1] == ["identity"]:
            return ""
        # (English says such names with the: the United States, the Persian Gulf, the Czech Republic)
        return f"the {said.target}" if " " in said.target or said.target.endswith("s") else said.target

    def _linked_name(self, display: str) -> Proposal | None:
        """A name of German words joined by für, der, von … (an office, a day, a society), said word by word as
        English says such names: Tag der Deutschen Einheit → Day of German Unity, Akademie der Wissenschaften →
        Academy of Sciences. Not a person's (Ursula von der Leyen), nor a name with a word the dictionary does
        not know, unless it is a compound of words it knows (Weltinstitut); the German name stays listed."""
        words = display.split()
        at = next((i for i, w in enumerate(words) if w in _NAME_LINKS_EN), 0)
        if not at or words[at] not in _NAME_OPENING or words[0] in given_names() or at == len(words) - 1:
            return None  # (and not a title's words: Mönch und Krieger, Land in Sonne)
        out: list[str] = []
        adjective = ""  # the English of an adjective before the next noun, whose sense it may choose
        link = ""  # the last small word: after des, a noun not in its plain form is a genitive (des Präsidenten)
        said_before = ""  # the English of the last noun
        for index, word in enumerate(words):
            place = self._place_after_link(words[index:]) if link and words[index - 1] in _NAME_LINKS_EN else ""
            if place:  # Verteidigungsministerium der Vereinigten Staaten → Ministry of Defence of the United States
                out.append(place)
                break
            if word in _NAME_LINKS_EN:
                after_link = index and words[index - 1] in _NAME_LINKS_EN
                english_link = "" if word in ("der", "des") and after_link else _NAME_LINKS_EN[word]
                out += [english_link] if english_link else []
                link = word
                continue
            if not word[:1].isupper() or not word.replace("-", "").isalpha():
                return None
            base = lemma(word)
            if index < len(words) - 1 and words[index + 1] not in _NAME_LINKS_EN and self._adjective_word(word):
                adjective = self._adjective(adjective_stem(word).lower(), untagged=True)
                if not adjective:
                    return None
                out.append(adjective)
                continue
            if self.dictionary.is_common_noun(base) or self.dictionary.senses(base):
                options = [self._best(base), *self._single_words(base, 6)]
                # an institution's compound in its renderings that say its modifier as the dictionary's compounds
                # do: Bundes|amt → Federal Office (Bundes… → federal), not National Office
                learned = next(
                    (m for cut in range(4, len(base) - 2) if self.dictionary.senses(base[cut:].capitalize())
                     if (m := self._learned_modifier(base[:cut]))), "",
                )  # fmt: skip
                said = [e for e in self.score_senses(base) if learned and e.lower().startswith(learned + " ")]
                options = [*said[:1], *options] if said and not options[0].lower().startswith(learned) else options
                english = next(  # after an adjective, the sense English writes with it: German unity, not German unit
                    (n for n in options if adjective and n and self.dictionary.attested(f"{adjective} {n}")[0]),
                    options[0],
                )
                if link == "und" and english and english == said_before:
                    # two nouns joined by und are two things: Betreuung und Pflege → Care and Nursing, not Care and Care
                    english = next((n for n in options if n and n != said_before), english)
            else:  # a compound the dictionary lacks, said as its parts are (Welt|institut für Nordkorea-Studien →
                # World Institute for North Korea Studies; not US-amerikanische, an adjective before a hyphen's noun)
                noun = len(base) >= 8 and base.split("-")[-1][:1].isupper()
                english = next(iter(_composed(self.compound(base))), "") if noun else ""
            adjective, said_before = "", english
            if not english:
                return None  # (a name or a word the dictionary lacks: the name stays as it is)
            plural = base != word and word not in (base + "s", base + "es") and link != "des"
            out.append(pluralize(english) if plural else english)
        return Proposal(_as_name(" ".join(out)), 0.5, [display], ["dictionary:name-words"])  # (the German name listed)

    @functools.lru_cache(maxsize=20_000)
    def _phrased_adjective(self, adj: str) -> str:
        """The adjective's sense the dictionary's own phrases on it say first (erforderliche …, erforderlicher … →
        required …), in two of them at least and in most of those that say one of its senses; '' else."""
        votes = self._said_first(adj, phrases=True)
        word, count = votes.most_common(1)[0] if votes else ("", 0)
        return word if count >= 2 and count > 0.5 * sum(votes.values()) else ""

    def _adjective(self, adj: str, untagged: bool = False) -> str:
        """The everyday English of an adjective: heilig → holy, not venerable. `untagged`: also senses the
        dictionary gives no word class (friedlich → peaceful), not adverbs. First, the sense the dictionary's
        phrases on it say (erforderliche Zustimmung → required consent: erforderlich → required, not needed),
        unless English shares the adjective with German (massiv → massive, not solid; arabisch → Arab). Adjectives
        joined by a hyphen are joined so in English (serbisch-ungarisch → Serbian-Hungarian)."""
        if "-" in adj and not self.dictionary.senses(adj):
            parts = [self._adjective(part, untagged) for part in adj.split("-")]
            return "-".join(parts) if all(parts) and len(parts) > 1 else ""
        options = [
            e
            for s in self.dictionary.senses(adj)[:3]
            if "adj" in s.grammar or (untagged and not s.grammar)
            for e in s.english[:3]
            if " " not in e and e.replace("-", "").isalpha()  # (not a bracket's half: language))
        ]
        # the adjective English shares with German first: astronomisch → astronomical, not celestial (Internationale
        # Astronomische Union → International Astronomical Union, IAU)
        shared = _shared_with(adj, options)
        phrased = "" if shared else self._phrased_adjective(adj)
        if phrased:
            return phrased
        options = shared or options
        # an adverb made of an English adjective is that adjective (professionally → professional, completely →
        # complete; queenly, friendly, holy are adjectives of their own)
        options = [e[:-2] if e.endswith("ly") and e[:-2].endswith(_ADJECTIVES_EN) else e for e in options]
        # (wordfreq splits a hyphenated word: out-and-out would count as out and out, so it is rated joined)
        return max(options, key=lambda e: zipf_en(e.lower().replace("-", "")), default="") or cognate_adjective(adj)

    def abbreviation(self, word: str) -> Proposal | None:
        """A German abbreviation the dictionary spells out, when it means one thing: its English abbreviation
        (DDR → GDR, BRD → FRG), else a common noun's English (WM → world championship), else the
        abbreviation itself with its expansion listed (SPD, BND: English writes them so; BMI, whose English words
        have its letters for initials)."""
        senses = [s for s in self.dictionary.senses(word) if "abbr." in s.tags]
        written = [s for s in senses if not self.present.isdisjoint(s.synonyms)]
        if len({s.line for s in senses}) > 1 and len({s.line for s in written}) == 1:
            senses = written  # of several things, the one whose words the collection writes: KI, künstliche Intelligenz
        if len({s.line for s in senses}) != 1:
            return None  # unknown, or several things (AG: company, working group, Antigua and Barbuda; OP: an
            # operating theatre, and open items in a field of its own)
        if TECHNICAL_TAGS.intersection(senses[0].tags) - self.focus:
            return None  # a technical abbreviation is seldom meant outside its field: VW in the news is no preheater
        english = list(senses[0].english)
        evidence = [f"ding:{senses[0].line}[abbr.]"]
        first = english[0]
        proper = all(w[:1].isupper() for w in first.split() if len(w) > 3)  # Social Democratic Party of Germany
        if first.replace(".", "").isupper() and " " not in first:  # GDR
            if _REGIONS.intersection(senses[0].tags):
                # a German country's own office, beside the English abbreviation of another country's like it: BKA
                # [Dt.] :: NCIS (Britain's), Federal Criminal Intelligence Service; English writes the German letters
                return Proposal(word, 0.8, english[1:3], evidence)
            return Proposal(first, 0.8, [e for e in english[1:3] if e != first], evidence)
        if first.split()[0].lower() in _FUNCTION_WORDS:  # a phrase, no name: LG :: with fondest regards (LG the firm)
            return Proposal(word, 0.8, english[:2], evidence)
        if not proper and _initials_of(first).lower() != word.lower():  # European championship, the abbreviation beside
            return Proposal(first, 0.8, [word, *(e for e in english[1:2] if e != first)], evidence)
        # English words with the same initials are written so in English too: BMI (body mass index), FC
        return Proposal(word, 0.8, english[:2], evidence)

    def propose_name(self, display: str, mt: dict[str, str] | None) -> Proposal:
        if display.isupper() and " " not in display:
            abbreviation = self.abbreviation(display) or self.spelled_out(display)
            if abbreviation is not None:
                return abbreviation
        state = self._state_name(display)
        if state is not None:
            return state
        parts = display.split("-")
        if len(parts) > 1 and all(map(self._englishs_own, parts)):  # English's words joined as German joins them:
            return Proposal(" ".join(parts), 0.7, [], ["english-words"])  # Fake-News → Fake News, Task-Force
        town = collection_town(display, self.dictionary, self.written_names)
        if town:  # a town's word read as a name: Fritzlarer → Fritzlar, as English writes it before a noun
            return Proposal(self.propose_name(town, None).target, 0.7, [], [f"town:{town}"])
        feature, _, place = display.partition(" von ")
        if place and feature in GEOGRAPHIC_FEATURES:  # Straße von Hormus → Strait of Hormuz
            for sense in self.dictionary.senses(display):
                if sense.english and sense.english[0][:1].isupper():
                    return Proposal(sense.english[0], 0.95, list(sense.english[1:3]), [f"ding:{sense.line}"])
            english = f"{GEOGRAPHIC_FEATURES[feature]} of {english_name(place)[0]}"
            return Proposal(english, 0.7, [], ["feature+name"])
        first, _, rest = display.partition(" ")
        if ASSOCIATIONS.get(first) and rest and " " not in rest:  # Musikverein Leinstetten → Leinstetten Music Society
            return Proposal(f"{self.propose_name(rest, None).target} {ASSOCIATIONS[first]}", 0.7, [], ["club+place"])
        if first in BUILDINGS and rest and " " not in rest:  # Flughafen Wien → Vienna Airport
            place, english = self.propose_name(rest, None).target, NAMED_PLACES.get(first, first)
            # a building English calls by the same word keeps its place: Hotel Birkenhof, Museum Folkwang
            english = f"{first} {place}" if english == first else f"{place} {english}"
            return Proposal(english, 0.8, [], ["building+name"])
        town = town_thing(first, lemma(rest), self.dictionary) if rest and " " not in rest else ""
        if town:  # Kölner Dom → Cologne Cathedral, Berliner Mauer → Berlin Wall
            head = lemma(rest)
            if newspaper(head) or head.lower() in STREET_WORDS:
                return Proposal(display, 0.8, [], ["town+name"])  # as German writes it: Potsdamer Platz
            # the word as written first where the dictionary has it (Festspiele :: festival; Festspiel is a pageant)
            english = NAMED_PLACES.get(head) or self._best(rest) or self._best(head)
            english = english or next(iter(self.compound(head)), "")
            if english:
                english = _as_name(english)
                return Proposal(f"{self.propose_name(town, None).target} {english}", 0.7, [], ["town+name"])
        if first == "Sankt" and rest and " " not in rest:  # Sankt Petersburg → St. Petersburg, as English writes it
            return Proposal(f"St. {self.propose_name(rest, None).target}", 0.8, [], ["saint+name"])
        if first in NAMED_TITLES and rest:  # Prinz Henrik → Prince Henrik, Papst Franziskus → Pope Francis
            # a pope's name is English, and a numbered monarch's (Elisabeth II)
            numbered = first == "Papst" or REGNAL.fullmatch(rest.split()[-1]) is not None
            person = regnal_name(rest) if numbered else self.propose_name(rest, None).target
            return Proposal(f"{NAMED_TITLES[first]} {person}", 0.8, [], ["title+name"])
        if REGNAL.fullmatch(display.split()[-1]) and regnal_name(display) != display:
            return Proposal(regnal_name(display), 0.8, [], ["regnal"])  # Benedikt XVI → Benedict XVI
        *named, number = display.split()
        if len(named) >= 2 and REGNAL.fullmatch(number):  # a club's second team: FC Bayern München II → FC Bayern
            said = self.propose_name(" ".join(named), None)  # Munich II (not a monarch's name: Mary II above)
            return Proposal(f"{said.target} {number}", said.confidence, [], [*said.evidence, "numbered"])
        *club, town = display.split()
        if (
            club
            and (club[-1] in CLUB_WORDS or len(club) == 1 and club_letters(club[0]))
            and (len(club) == 1 or len(club) == 2 and club_letters(club[0]))
        ):
            # a club keeps its name, its town is English: Bayern München → Bayern Munich, AC Mailand → AC Milan;
            # a club's own word stays (FC Bayern, not FC Bavaria)
            place = town if town in CLUB_WORDS else self.propose_name(town, None).target
            return Proposal(f"{' '.join(club)} {place}", 0.8, [], ["club+place"])
        *person, last = display.split()
        english = self._best(person[0]) if len(person) == 1 and last.isdigit() and person[0].isalpha() else ""
        if english:  # a noun and a number, a name: Formel 1 → Formula 1, Artikel 13
            return Proposal(f"{english[:1].upper()}{english[1:]} {last}", 0.7, [], [f"noun+number:{person[0]}"])
        head = lemma(last.rsplit("-", 1)[-1]) if "-" in last else ""
        if person and person[0] in given_names() and head in NAMED_PLACES and last[:1].isupper():
            # a person's institution, the hyphen after the surname: Robert Koch-Institut → Robert Koch Institute
            named = " ".join([*person, *last.split("-")[:-1], NAMED_PLACES[head]])
            return Proposal(named, 0.8, [], ["name+place"])
        english, source, confidence = english_name(display)
        linked = self._linked_name(display) if source == "identity" else None
        if linked is not None:
            return linked
        if source != "cldr" or zipf_en(english.lower()) < 2.5:  # CLDR is current (Kyiv) unless English rarely uses it
            senses = self.dictionary.senses(display)
            base = lemma(display) if senses else display  # a place's plural is on its line, untagged: Golfstaaten
            places = {s.line for s in self.dictionary.senses(base) if "geogr." in s.tags} if base != display else set()
            place = self.dictionary.place(display) if senses else None
            for sense in senses:
                if "abbr." in sense.tags:
                    continue  # an abbreviation's senses were weighed above (AG is no Antigua and Barbuda)
                geographic = "geogr." in sense.tags or sense.line in places or sense == place
                if geographic and sense.english and sense.english[0][:1].isupper():
                    options = list(dict.fromkeys(([english] if source == "cldr" else []) + list(sense.english)))
                    longer = any(o.startswith(display + " ") for o in options)  # Frankfurt an der Oder
                    if display in options or (longer and zipf_en(display.lower()) >= 3.0):
                        best = display  # Frankfurt stays Frankfurt (English writes it alone)
                        # unless English writes another spelling of it far more (Hannover → Hanover, Pusan → Busan;
                        # not Braunschweig → Brunswick, nor Kanton → Guangzhou: no spellings; nor Seoul → Soul, a word)
                        exonyms = [
                            o for o in options
                            if " " not in o and o != display
                            and fuzz.ratio(o.lower(), display.lower()) >= SPELLING_RATIO and zipf_en(o.lower()) < 4.0
                        ]  # fmt: skip
                        exonym = max(exonyms, key=lambda o: zipf_en(o.lower()), default="")
                        if exonym and zipf_en(exonym.lower()) >= zipf_en(display.lower()) + EXONYM_GAP:
                            best = exonym
                    else:
                        # the dictionary's first rendering by a word's worth, and no word that begins another
                        # (Northern England, not the North of the North Country)
                        # (but a sea's or an ocean's name without its kind is English's: the Atlantic, Caribbean)
                        whole = [
                            o for o in options
                            if not any(o != p and p.split()[0] == o and p not in (f"{o} Sea", f"{o} Ocean")
                                       for p in options)
                        ]  # fmt: skip
                        best = max(
                            whole or options,
                            key=lambda e: zipf_en(e.lower()) - (len(e.split()) - 1) + (e == sense.english[0]),
                        )
                    others = [o for o in options if o != best][:2]
                    return Proposal(best, 0.95, others, [f"ding:{sense.line}[geogr.]"])
        evidence = [f"{source}"]
        alternatives = []
        if mt and mt.get(display) and mt[display].lower() != english.lower():
            alternatives.append(mt[display])
            evidence.append("mt")
        return Proposal(english, confidence, alternatives, evidence)

    def _vote(self, scored: dict[str, tuple[float, str]], display: str, mt: dict[str, str] | None) -> Proposal:
        votes = {e: s for e, (s, _) in scored.items()}
        evidence = {e: [ev] for e, (_, ev) in scored.items()}
        if mt:
            isolated = (mt.get(display) or "").strip(" .")
            if isolated:
                match = next((e for e in votes if e.lower() == isolated.lower()), None)
                key = match or isolated
                votes[key] = votes.get(key, 0.0) + 0.8
                evidence.setdefault(key, []).append("mt")
            for context in mt.get("\0context:" + display, "").lower().split("\n"):
                for e in votes:
                    if context and re.search(r"\b" + re.escape(e.lower()) + r"s?\b", context):
                        votes[e] += 0.5
                        evidence.setdefault(e, []).append("mt-context")
        if not votes:
            return Proposal("", 0.0, [], [])
        ranked = sorted(votes.items(), key=lambda kv: -kv[1])
        first = next((kv for kv in ranked if _reads_as_english(kv[0], display, self.written_names)), None)
        if first is None:  # only German words or non-words (act Welle): no proposal, the attempt listed
            return Proposal("", 0.0, [e for e, _ in ranked[:5]], ["not English"])
        if first != ranked[0]:  # an English one before any with a German word or a non-word
            ranked = [first] + [kv for kv in ranked if kv != first]
        total = sum(max(v, 0.0) for _, v in ranked) or 1.0
        target, top = ranked[0]
        runner = ranked[1][1] if len(ranked) > 1 else 0.0
        confidence = round(min(0.95, 0.35 + 0.6 * (top - runner) / max(top, 1e-9) * min(1.0, top / total + 0.5)), 2)
        found = evidence.get(target, [])
        if found and all(e.startswith("compound") or e == "cognate:spelling" for e in found):
            # a composition part by part is a guess, however alone it stands (and a spelling); less so a pair
            # English writes
            confidence = min(confidence, ATTESTED_CONFIDENCE if any(map(_attested, found)) else COMPOSED_CONFIDENCE)
        alternatives = [e for e, _ in ranked[1:5] if e.lower() != target.lower()]
        return Proposal(target, confidence, alternatives, sorted(set(evidence.get(target, []))))
