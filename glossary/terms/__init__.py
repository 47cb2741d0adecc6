"""Term extraction: documents → candidates → termhood → English proposals → TermEntry rows.

Termhood. A candidate's score is
    log2(1 + f') × (0.4 + 0.6 × √(df / N)) × rarity × (1 + 0.5 × (words − 1)) × family boost
where f' is its frequency in the collection less the occurrences it owes to longer terms
that contain it (C-value: "Rakete" inside "ballistische Rakete" counts once, for the longer
term), df/N the share of documents it appears in, and rarity = r², r = clip((6.5 − zipf) / 6.5,
0.05, 1) with zipf the word's frequency in general German (wordfreq; for multi-word terms
the mean over the words). Squared, because a word of everyday German is no term however often
a text repeats it: Trägerrakete seen once outranks Eile seen twice (bench/extract_quality.py).
Names get a rarity of at least 0.5: a translator wants every name in the glossary, however
famous. A one-word term of everyday German (zipf ≥ 4.3: Gespräch, Beziehung, Präsident) gets half
its rarity: on three gold lists 4 of 177 such words in the top 400 were picked, against 196 of 453
rarer ones. A word that is no compound and not rare (zipf ≥ 3: Ratte, Festsetzung) gets 0.7 of it:
of such words seen once 6 of 270 were picked, of compounds as common 47 of 284. A one-word name English
writes as German does, and often (zipf ≥ 3 in English: London, Tesla, Iran), gets 0.3 of a name's: of the
one-word names in the top 400 of the development lists 9 of 67 such names were picked, against 41 of the 78 others
(Kairo → Cairo, Lubrizol). A one-word term's rarity is scaled by its
length, letters / 10, between 0.5 and 2: a compound of more parts names a narrower thing, and among words equally
rare in general German the longer ones were picked more (on the three development lists, of words with zipf 3–4:
7 of 63 under 8 letters, 24 of 39 of 14 letters or more). A term's family boost is 1 + 0.25 per other one-word
candidate that begins or ends with its modifier or ends with its head, up to four, divided by its mean over all terms
(it reorders terms, and leaves the balance of terms and names as it was): a collection's subject shows in the parts
its compounds share (Handels|krieg beside Handels|politik and Straf|zoll beside Schutz|zoll); of the compounds on the
development lists with no such neighbour 29 % were picked, with two or more 52 %.
A one-word term naming an action or a state (-ung, -heit, -keit, -schaft, -tät, -nis, -ismus: Festsetzung,
Bereitschaft) gets 0.7 of its rarity: of such words in the top 400 of the development lists 22 of 112 were picked,
of the other one-word terms 188 of 591.
General vocabulary (zipf ≥ 5 for single nouns), times (Donnerstagabend, Jahresende), verbs written as nouns the
dictionary has only as verbs (das Schnarchen) and free adjective+noun combinations seen once are dropped before
ranking.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Callable, Sequence

from ..ding import GERMAN_REGIONS, Dictionary, english_singular
from ..document import Document
from ..lexicon import (
    ADJECTIVE_ENDING,
    NO_UMLAUT,
    adjective_stem,
    german_frequencies,
    inflection,
    is_known,
    lemma,
    zipf_de,
    zipf_en,
)
from ..lexicon import dictionary as shared_dictionary
from ..store import Glossary, TermEntry
from ..workers import default_workers, fork_map, without_cycle_collection
from .candidates import (
    FIRM_FORMS,
    INSTITUTIONS,
    NAMED_TITLES,
    PARTY_FORMS,
    STATE_ENDINGS,
    STATE_NOUNS,
    STREET_WORDS,
    TIME_WORD,
    Candidate,
    collect,
    compound_split,
    event_word,
    listed_form,
    looks_compound,
    name_over_lemma,
    of_a_place,
    town_of,
)
from .names import english_name, given_names
from .propose import REGISTER_TAGS, Proposal, Proposer, Reading, cognate_adjective, read_candidate

GENERAL_ZIPF = 5.0
NAME_RARITY = 0.5  # the least rarity a name gets
EVERYDAY_ZIPF, EVERYDAY_WEIGHT = 4.3, 0.5
SIMPLE_ZIPF, SIMPLE_WEIGHT = 3.0, 0.7
KNOWN_NAME_WEIGHT = 0.3  # a one-word name English writes as it is, and often (after a title too: Prinz Harry)
FAMILY_WEIGHT, FAMILY_MOST = 0.25, 4  # per candidate sharing a compound's part, up to four
TERM_LETTERS = 10  # a one-word term's rarity is scaled by its length against this, from half to twice
STATE_WEIGHT = 0.7  # a one-word term ending as a noun of an action or a state does (STATE_ENDINGS)
LISTED_PAIR_ZIPF = 4.0  # how seldom German writes the adjective of a pair the dictionary lists, kept seen once
LEARNED_ZIPF = 2.0  # how seldom German writes an adjective English shares, for its pair to be kept seen once
_ORDINALS = frozenset("erst zweit dritt viert fünft sechst siebt acht neunt zehnt letzt".split())
FOCUS_BOOST = 1.5
FOCUS_RANKS = 2000  # far enough down for any boosted term to reach the top of a glossary
# a number written as a word, or a multiple: Vierzehn, Zehntausend, Vierfache
_NUMERAL = re.compile(
    r"(?:ein|eins|zwei|drei|vier|fünf|sechs|sech|sieben|sieb|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|zig|und"
    r"|hundert|tausend)+(?:fache|fachen)?"
)


def _display(cand: Candidate, dictionary, names: frozenset[str] = frozenset()) -> str:
    """The citation form shown to the translator: lemma, or adjective inflected for the noun's gender.
    `names`: the collection's name keys, to know a genitive -s (Boris Johnsons when Johnson is a name)."""
    surface = cand.forms.most_common(1)[0][0]
    if cand.partied and surface in PARTY_FORMS:
        return PARTY_FORMS[surface]  # the party, cited as it names itself (die Linke, not a Linker; die Grünen)
    if cand.pos == "ADJ PROPN":  # (a name, or a thing German capitalises: Rote Bete)
        return _name_citation(surface, dictionary)
    if cand.kind == "name":
        if cand.words == 1:
            if surface.endswith(("'s", "’s")):
                return surface  # an English possessive, a firm's name as written: Moody's, Sotheby's
            base = lemma(surface)
            # a genitive form merged into its stem: show the stem
            stems = [f for f in cand.forms if f"{f}s" in cand.forms or f"{f}es" in cand.forms]
            if not stems and surface == f"{base}s" and base.lower() not in names and base in given_names():
                return surface  # Williams, Peters: a surname made of a first name, no genitive of William
            if stems:
                return stems[0]
            if surface == base and surface[:-1] not in given_names() and _english_genitive(surface):
                return surface[:-1]  # seen in the genitive only: Putins Sprecher
            if surface.endswith("s") and surface[:-1].lower() in names and surface[:-1] not in given_names():
                return surface[:-1]  # a name's genitive where the collection has the name: Neebos (Neebo Inc),
                # Hollandes (François Hollande; the lemmatizer reads Holland)
            if (
                base not in cand.forms
                and surface not in (f"{base}s", f"{base}es")
                and (not dictionary.senses(base) or name_over_lemma(surface, base) or base[:1].islower())
            ):  # no genitive, and the lemmatizer's guess is no word (Mecklenburg-Vorpommern), a rarer one (Schalke)
                # or no noun's (die Seine, not sein)
                return surface
            return base
        # the full name, also when the surname alone is commoner (Elon Musk, not Musk)
        longest = max(len(f.split()) for f in cand.forms)
        full = max((f for f in cand.forms if len(f.split()) == longest), key=lambda f: cand.forms[f])
        *first, last = full.split()
        bare = " ".join([*first, last[:-1]])
        genitive = (
            last.endswith("s")
            and not last.endswith(("ss", "'s", "’s"))  # (nor an English possessive: Standard & Poor's)
            and (
                bare.lower() in names  # Boris Johnsons Plan: Boris Johnson is a name here
                or (zipf_en(last.lower()) < 3.0 and (last[:-1].lower() in names or _english_genitive(last)))
                or _persons_genitive(first, last, dictionary)
                or event_word(last) not in ("", last)  # (des Davis Cups; not Championships)
            )  # (not Financial Times, New York Times: English words as they are)
        )
        if first and genitive:
            return " ".join([*first, last[:-1]])
        return _cited_before_link(full, dictionary)

    if cand.pos == "ADJ NOUN":
        adj, noun = cand.parts
        if surface.split() == [adj, noun] and dictionary.senses(surface):
            return surface  # a word that does not inflect, as the dictionary lists it: über Nacht, not übere Nacht
        written = adjective_stem(surface.split()[0])
        if not written.startswith(adj):  # a lemma that is no adjective's: the stem the text writes (qualifizierten →
            adj = written  # qualifiziert, not the verb qualifizieren; hohen → hoh|er, not hoch|er)
        nouns = {f.split()[-1] for f in cand.forms}
        plural = Counter(f.split()[-1] for f in cand.forms.elements()).most_common(1)[0][0]
        listed = dictionary.adjective_entries(adj, plural) if plural != noun else []
        if listed and not dictionary.adjective_entries(adj, noun):
            if all(sense.grammar in ("pl", "") for sense in dictionary.senses(listed[0][1])):
                return listed[0][1]  # a pair the dictionary lists in the plural only: seltene Erden (not seltene Erde),
                # personenbezogene Daten (not personenbezogenes Datum, a date)
        gender = _gender(dictionary, noun)
        if all(n != noun for n in nouns) and gender not in ("m", "f", "n"):  # a plural-only noun: Streitkräfte
            return f"{adj}e {plural}"
        # singular nominative, as a glossary lists it, also when the text has only the plural
        # (ballistischen Raketen → ballistische Rakete)
        ending = {"m": "er", "f": "e", "n": "es"}.get(gender, "e")
        return f"{adj}{ending} {noun}"
    base = lemma(surface)
    inflected = inflection(surface, base)  # Kampfjets → Kampfjet, Hauspreise → Hauspreis
    # (an adjective made a noun after a hyphen is cited as the dictionary cites it: Grünen-Abgeordneten →
    # Grünen-Abgeordneter, as Abgeordneter; not Daten as a Datum)
    head = base.rsplit("-", 1)[-1]
    listed = dictionary.senses(base) or (
        "-" in base and head.endswith("er") and surface.endswith(("e", "en")) and dictionary.senses(head)
    )
    if base not in cand.forms and not listed and not is_known(base) and not inflected:
        return surface  # an unknown lemma (Staatsmedium): show the form the text uses
    if base not in cand.forms and not dictionary.senses(base) and _plural_only(surface, base, dictionary):
        return surface  # the dictionary lists the plural only, a word of its own: Wohnverhältnisse
    spellings = Counter()
    for form, count in cand.forms.items():
        spellings[lemma(form)] += count
    return spellings.most_common(1)[0][0] if spellings else base


def _persons_genitive(first: list[str], last: str, dictionary) -> bool:
    """A person's name in the genitive: first names or words no dictionary has, then a surname English writes
    without the -s far more, and not as an everyday word (Hillary Clintons; not Lehman Brothers, where the
    dictionary has Lehman, nor Willie Mays)."""
    return (
        zipf_en(last.lower()) < 3.5 and zipf_en(last[:-1].lower()) < 5.0 and _english_genitive(last)
        and all(w in given_names() or not dictionary.senses(w) for w in first)
    )  # fmt: skip


def _english_genitive(word: str) -> bool:
    """A name's German genitive: English writes the name without the -s far more (Putins, Hitlers, Nissans)."""
    if not word.endswith("s") or word.endswith("ss"):
        return False
    bare = zipf_en(word[:-1].lower())
    return bare >= 2.5 and bare >= zipf_en(word.lower()) + 1.0


def _plural_only(plural: str, base: str, dictionary) -> bool:
    """The dictionary lists the plural only, in a sense the singular's head does not have: Wohnverhältnisse are
    housing conditions, and a Verhältnis is no condition (but Hygienebedingungen are Hygienebedingung's
    plural: a Bedingung is a condition)."""
    senses = dictionary.senses(plural)
    if not senses or any(sense.grammar != "pl" for sense in senses):
        return False
    last = english_singular(senses[0].english[0].split()[-1].lower())
    for cut in range(len(base) - 3):
        head = dictionary.senses(base[cut:].capitalize())
        if head:
            return not any(last in english_singular(e.lower()).split() for s in head for e in s.english)
    return True


def _gender(dictionary, noun: str) -> str:
    """The noun's gender, or its head's for a compound the dictionary lacks (Ölexport: der Export); none for a
    plural it lists as a word of its own (Medien)."""
    found = dictionary.gender(noun)
    if not found and dictionary.senses(noun):
        return ""
    for cut in range(1, len(noun) - 2):
        if found:
            break
        found = dictionary.gender(noun[cut:].capitalize())
    return found


def _rarity(words: Sequence[str]) -> float:
    """Mean rarity of the words, squared: heiliger Kampf is rarer than Kampf, ballistische Rakete than Rakete."""
    values = [min(1.0, max(0.05, (6.5 - _zipf(w)) / 6.5)) for w in words]
    return (sum(values) / len(values)) ** 2


def _zipf(word: str) -> float:
    """A word's frequency in general German. A compound wordfreq does not know is not the rarest of words:
    it is one step rarer than its head (Tesla-Mitarbeiter, Behördenangabe are everyday things; Methanthiol,
    whose parts wordfreq does not know either, stays rare)."""
    known = zipf_de(word)
    if known > 0:
        return known
    head = word.rsplit("-", 1)[1] if "-" in word.strip("-") else ""
    if not head:  # the longest ending wordfreq knows as a word (its table read directly: many endings are tried)
        known_words = german_frequencies()
        lowered = word.lower()
        head = next((lowered[cut:] for cut in range(3, len(word) - 3) if known_words.get(lowered[cut:], 0) >= 1e-7), "")
    return max(0.0, zipf_de(head.capitalize()) - 1.0) if head else 0.0


def score_candidates(
    candidates: list[Candidate],
    n_docs: int,
    rarities: dict[str, float] | None = None,
    splits: dict[str, tuple[str, str] | None] | None = None,
) -> dict[str, float]:
    """Each candidate's termhood (the module's docstring). `rarities`: `rarity` of each, when the caller has
    looked them up (in workers)."""
    containers: dict[str, list[Candidate]] = defaultdict(list)
    for cand in candidates:
        if cand.words > 1:
            for word in (cand.parts[-1].lower(),) if cand.parts else tuple(cand.key.split()):
                containers[word].append(cand)
    # a compound's family lifts it among terms, not terms over names: the boost over its mean over the terms
    boost = {key: 1 + FAMILY_WEIGHT * min(FAMILY_MOST, n) for key, n in _families(candidates, splits).items()}
    terms = [c.key for c in candidates if c.kind == "term"]
    norm = sum(boost.get(key, 1.0) for key in terms) / max(1, len(terms))
    scores = {}
    for cand in candidates:
        f = cand.frequency
        longer = containers.get(cand.key, [])
        if longer:
            f = max(1.0, f - sum(c.frequency for c in longer) / len(longer))
        rare = rarities[cand.key] if rarities is not None else rarity(cand)
        spread = math.sqrt(cand.documents / n_docs) if n_docs > 1 else 1.0
        scores[cand.key] = math.log2(1 + f) * (0.4 + 0.6 * spread) * rare * (1 + 0.5 * (cand.words - _titled(cand) - 1))
        if cand.kind == "term":
            scores[cand.key] *= boost.get(cand.key, 1.0) / norm
    return scores


def _families(candidates: list[Candidate], splits: dict[str, tuple[str, str] | None] | None) -> dict[str, int]:
    """For each compound term, how many other one-word candidates begin or end with its modifier or end with its
    head: Handels|krieg has Handels|politik and Wirtschafts|krieg beside it in a text about trade."""
    words = [c for c in candidates if c.words == 1]
    if splits is None:
        splits = {c.key: _term_split(c, shared_dictionary()) for c in words}
    forward = sorted(c.key for c in words)
    backward = sorted(c.key[::-1] for c in words)

    def starting(keys: list[str], prefix: str) -> int:  # (sorted keys: two bisections, no table of prefixes)
        """Keys longer than the prefix that begin with it (Krieg alone is no compound of …krieg)."""
        return bisect.bisect_left(keys, prefix + "\U0010ffff") - bisect.bisect_right(keys, prefix)

    out = {}
    for key, split in splits.items():
        if split is None:
            continue
        modifier, head = split
        n = 0
        if len(modifier) >= 4:
            n += starting(forward, modifier) - key.startswith(modifier)
            n += starting(backward, modifier[::-1]) - key.endswith(modifier)
        if len(head) >= 4:
            n += starting(backward, head[::-1]) - key.endswith(head)
        out[key] = n
    return out


def _term_split(cand: Candidate, dictionary) -> tuple[str, str] | None:
    """A one-word term's modifier and head (`compound_split`), whose family `_families` counts; None otherwise."""
    return compound_split(cand.key.capitalize(), dictionary) if cand.kind == "term" and cand.words == 1 else None


def _titled(cand: Candidate) -> int:
    """1 for a name after a title (Prinz Harry), which ranks as the name alone: the title is a term of its own."""
    return int(cand.kind == "name" and cand.words > 1 and cand.key.split()[0].capitalize() in NAMED_TITLES)


def rarity(cand: Candidate) -> float:
    """How far a candidate is from everyday German, with the weights for names and simple words: the
    collection's own counts aside, the part of its score that only needs look-ups."""
    words = cand.parts or tuple(cand.key.split())
    rare = _rarity(words[_titled(cand) :])
    if cand.kind == "name":
        rare = max(rare, NAME_RARITY)
        if cand.words - _titled(cand) == 1 and _english_as_it_is(cand.forms.most_common(1)[0][0].split()[-1]):
            rare *= KNOWN_NAME_WEIGHT
    elif cand.words == 1:  # (a term's frequency in German, once)
        zipf = _zipf(cand.key)
        if zipf >= EVERYDAY_ZIPF:
            rare *= EVERYDAY_WEIGHT
        if zipf >= SIMPLE_ZIPF and _simple(cand):
            rare *= SIMPLE_WEIGHT
        rare *= min(2.0, max(0.5, len(cand.key) / TERM_LETTERS))  # a longer compound names a narrower thing
        if cand.key.endswith(STATE_ENDINGS):
            rare *= STATE_WEIGHT
    return rare


def _english_as_it_is(name: str) -> bool:
    """A name English writes often and as German does (London, Tesla, Iran): its entry tells a translator
    nothing (not Kairo → Cairo, not a name English hardly knows)."""
    return zipf_en(name.lower()) >= 3.0 and english_name(name)[0] == name


def _simple(cand: Candidate) -> bool:
    """A word of German that is no compound (Ratte, Festsetzung, Reiberei; not Atomwaffe, Kronprinz)."""
    hyphenated = any("-" in form for form in cand.forms)
    return not hyphenated and not looks_compound(cand.key.capitalize(), shared_dictionary())  # (key: the lemma)


def _keep(cand: Candidate) -> bool:
    if cand.kind == "term" and cand.cited and cand.cited == cand.frequency:
        return False  # only ever a report's source: nach Polizeiangaben (according to the police) is no term
    if (
        cand.kind == "term"
        and cand.words == 1
        and (
            zipf_de(cand.key) >= GENERAL_ZIPF
            or TIME_WORD.fullmatch(cand.key)
            or _NUMERAL.fullmatch(cand.key)  # (Vierzehn was four ten)
            or _degree(cand.forms.most_common(1)[0][0])  # das Kleinere, der Ehrgeizigste
            or _verb_as_noun(cand)
        )
    ):
        return False
    if cand.pos == "ADJ NOUN" and (cand.frequency < 2 or zipf_de(cand.parts[1]) >= GENERAL_ZIPF + 0.5):
        if cand.frequency < 2 and _learned_adjective(cand.parts[0]):
            return True  # extraterritoriale Sanktion, antiretrovirale Behandlung: a science's or a law's adjective
        # (once is enough for a pair the dictionary lists as a field's term: parlamentarischer Geschäftsführer)
        rare = zipf_de(cand.parts[0]) < LISTED_PAIR_ZIPF and cand.parts[0] not in _ORDINALS
        return (
            cand.frequency < 2
            and any(
                set(sense.tags) - REGISTER_TAGS - GERMAN_REGIONS  # (a pair tagged only by region: no field)
                # or a noun's entry with an adjective German seldom writes, said in a phrase: künstliche Intelligenz →
                # artificial intelligence, fahrlässige Tötung (not zweite Hälfte, großer Erfolg → wow)
                or (rare and sense.grammar[:1] in ("m", "f", "n") and len(sense.english[0].split()) >= 2)
                for _, entry in shared_dictionary().adjective_entries(*cand.parts)
                for sense in shared_dictionary().senses(entry)
            )
        )
    if (
        cand.pos == "ADJ PROPN" and cand.frequency < 2 and not cand.quoted
        and not _geographic(cand) and not _listed_name(cand) and not _institution(cand)
    ):  # fmt: skip
        return False  # one-off capitalised adjective + noun: Teuflischer Pakt (a person's name stays: Elon Musk; a
        # title in quotation marks: „Soziale Stadt“)
    return len(cand.key.replace(" ", "")) >= 2


def _learned_adjective(adjective: str) -> bool:
    """An adjective German seldom writes and English writes as a cognate (extraterritorial, antiretroviral,
    mitochondrial; not oberbayerisch, nor a land's: tasmanisch, Tasmanian): a field's word, which makes a term with its
    noun."""
    if zipf_de(adjective) >= LEARNED_ZIPF or "-" in adjective:
        return False
    english = cognate_adjective(adjective)
    return bool(english) and not english[:1].isupper()


_DEGREE = re.compile(r"(?:er|st|est)(?:e|en|er|es|em)?")  # a comparative's or superlative's ending
_DEGREE_END = re.compile(r"(?:er|st)(?:e|en|er|es|em)?$")  # a word that may end in one


def _degree(word: str) -> bool:
    """An adjective's comparative or superlative, capitalised, that the dictionary has as no noun (Kleinere,
    Traditionellere, Ehrgeizigste, Jüngste; not Älteste, an elder)."""
    lowered = word.lower()
    if not word[:1].isupper() or not _DEGREE_END.search(lowered):
        return False  # (no lemma looked up for a word that cannot be one: most of a collection's terms)
    base = lemma(lowered)
    if base == lowered or shared_dictionary().senses(word):
        return False
    plain = lowered.translate(NO_UMLAUT)
    return (
        plain.startswith(base.translate(NO_UMLAUT)) and _DEGREE.fullmatch(plain[len(base) :]) is not None
        and shared_dictionary().is_adjective(base)
    )  # fmt: skip


def _verb_as_noun(cand: Candidate) -> bool:
    """A verb's infinitive written as a noun that the dictionary has only as the verb (das Schnarchen, Überprüfen,
    Festsetzen): an act, no term; and its parts make no English (Verraten is no "Vere rate")."""
    key = cand.key
    if not key.endswith("en") or "-" in key:
        return False
    dictionary = shared_dictionary()
    word = cand.forms.most_common(1)[0][0]
    if dictionary.senses(word) or dictionary.senses(key.capitalize()):
        return False
    if any(sense.grammar.split(",")[0] in ("vt", "vi", "vr") for sense in dictionary.senses(key)):
        return True
    # a verb the lemmatizer knows in its infinitive and the dictionary not at all (Zurückschwimmen, Einkratzen)
    return not dictionary.senses(key) and is_known(key) and lemma(key) == key


def _institution(cand: Candidate) -> bool:
    """(Not after an acronym's adjective, which German writes so anywhere: US-amerikanische Behörden.)"""
    adjectives = next(iter(cand.forms)).split()[:-1]
    return cand.key.split()[-1].endswith(INSTITUTIONS) and not any(a.split("-")[0].isupper() for a in adjectives)


def _geographic(cand: Candidate) -> bool:
    """Persischer Golf, Indischer Ozean: an adjective of a people or place names a place even once; so does one
    before a street word (Berliner Straße, Schwarzer Weg)."""
    words = cand.key.split()
    if len(words) == 2 and any(form.split()[-1].lower() in STREET_WORDS for form in cand.forms):
        return True  # (as written: a street, not US-amerikanische Straßen)
    return any(of_a_place(word, inside=True) for word in words[:-1]) or (
        len(words) > 2 and words[-2].capitalize() in STATE_NOUNS  # Demokratische Volksrepublik Korea
    )


def _listed_name(cand: Candidate) -> bool:
    """The dictionary lists the name as the text writes it: das Weiße Haus, das Rote Kreuz (even once)."""
    dictionary = shared_dictionary()
    return any(  # (or in the nominative: im Bayerischen Wald → Bayerischer Wald)
        dictionary.senses(form)
        or dictionary.senses(listed_form(form))
        or dictionary.senses(_name_citation(form, dictionary))
        for form in cand.forms
    )


_NAME_LINKS = frozenset("für und von vom zur zum der des".split())  # German's small words inside a name


def _cited_before_link(name: str, dictionary) -> str:
    """A name whose words before its first small word end in a common noun, those in the nominative: Bundesamtes
    für Migration und Flüchtlinge → Bundesamt für …, Europäischen Gerichtshof für … → Europäischer Gerichtshof
    für … (a person's stays as written: Ursula von der Leyen)."""
    words = name.split()
    link = next((k for k, w in enumerate(words) if w in _NAME_LINKS), 0)
    if not link or _gender(dictionary, lemma(words[link - 1])) not in ("m", "f", "n"):
        return name
    return " ".join([*_name_citation(" ".join(words[:link]), dictionary).split(), *words[link:]])


def _name_citation(surface: str, dictionary) -> str:
    """A name made of adjectives and a noun in the nominative: Persischen Golf → Persischer Golf,
    Vereinigten Arabischen Emirate → Vereinigte Arabische Emirate."""
    if surface.split()[-2:-1] and lemma(surface.split()[-2]) in STATE_NOUNS:  # …Volksrepublik Korea
        head, _, place = surface.rpartition(" ")
        return f"{_name_citation(head, dictionary)} {place}"
    words = surface.split()
    institution = lemma(words[-1]).lower().endswith(INSTITUTIONS)
    if len(words) > 2 and ADJECTIVE_ENDING.search(words[-2]) is None and institution:
        # a noun before an institution's word written apart: Deutschen Fußball Liga → Deutsche Fußball Liga
        cited = _name_citation(" ".join([*words[:-2], words[-1]]), dictionary).split()
        return " ".join([*cited[:-1], words[-2], cited[-1]])
    *adjectives, noun = words
    if any(ADJECTIVE_ENDING.search(a) is None for a in adjectives):
        return surface  # not German adjectives: Financial Times stays as it is
    base = lemma(noun)
    plural = base != noun and not noun.endswith("s")
    # a compound the dictionary lacks has its head's gender: Deutscher Hausärzteverband (der Verband), not Deutsche
    ending = "e" if plural else {"m": "er", "f": "e", "n": "es"}.get(_gender(dictionary, base), "e")

    def inflected(ending: str) -> list[str]:
        """The adjectives with this ending; a town's adjective does not inflect: Staatliches Moskauer Institut, Neue
        Zürcher Zeitung (Zürch is no adjective)."""
        return [
            a
            if town_of(a, dictionary) or (a.endswith("er") and not dictionary.senses(adjective_stem(a).lower()))
            else adjective_stem(a) + ending
            for a in adjectives
        ]

    if plural and noun.endswith("en"):  # the dative plural: den Vereinigten Arabischen Emiraten
        nominative = " ".join([*inflected(ending), noun[:-1]])
        if dictionary.senses(nominative):
            return nominative
    cited = " ".join([*inflected(ending), noun if plural else base])
    if not plural and not dictionary.senses(cited):  # the gender the dictionary gives the name: Schwäbische Alb
        for other, gender in (("er", "m"), ("e", "f"), ("es", "n")):  # (die Alb, though the incubus is der Alb)
            listed = " ".join([*inflected(other), base])
            if listed != cited and any(sense.grammar[:1] == gender for sense in dictionary.senses(listed)):
                return listed
    return cited


# a collection of this many words or more is read on every core (forking costs a fraction of a second)
PARALLEL_WORDS = 50_000
PROPOSE_CHUNK = 1000  # candidates a worker proposes for at a time
READ_CHUNK = 2000  # candidates a worker looks up at a time


@without_cycle_collection()
def extract(
    documents: Sequence[Document],
    dictionary: Dictionary | None = None,
    limit: int | None = None,
    engine=None,
    progress: Callable[[int], None] | None = None,
    workers: int | None = None,
) -> list[TermEntry]:
    """Ranked candidate entries with proposals; `engine` adds MT votes (in isolation and in context).
    `workers`: processes to read and propose on (default for a large collection: one per core, as many as
    the available memory holds; the entries are the same with any number)."""
    dictionary = dictionary if dictionary is not None else shared_dictionary()
    documents = list(documents)
    if workers is None:
        words = sum(len(s.source) for d in documents for s in d.segments) // 7  # (about 7 characters a word)
        workers = default_workers() if words >= PARALLEL_WORDS else 1
    collector = collect(documents, dictionary, progress, workers)
    candidates = [c for c in collector.candidates.values() if _keep(c)]
    # the names as the text writes them (Putin), to tell a genitive (Putins) from a name ending in s (Williams)
    # (and a firm's name before its legal form: Neebos is Neebo Inc's genitive)
    names = frozenset(w.lower() for c in candidates if c.kind == "name" for f in c.forms for w in _name_words(f))

    def look_up(chunk: list[Candidate]) -> list[tuple]:  # (on the workers: 3 s of look-ups on all of newstest)
        return [
            (
                rarity(c),
                {lemma(f) for f in c.forms},
                _display(c, dictionary, names),
                read_candidate(c, dictionary),
                _term_split(c, dictionary),
            )
            for c in chunk
        ]

    by_head = sorted(candidates, key=lambda c: c.key[::-1])  # (one worker looks a head up: Kampf|jet, Militär|jet)
    looked_up = [row for part in fork_map(look_up, _chunks(by_head, 100, READ_CHUNK), workers) for row in part]
    rarities: dict[str, float] = {}
    displays: dict[str, str] = {}
    readings: dict[str, Reading] = {}
    present: set[str] = set()  # the German lemmas and forms of the collection, whatever --limit keeps
    splits: dict[str, tuple[str, str] | None] = {}
    for cand, (rare, lemmas, display, reading, split) in zip(by_head, looked_up):
        rarities[cand.key], displays[cand.key], readings[cand.key], splits[cand.key] = rare, display, reading, split
        present.update(lemmas, cand.forms)
    scores = score_candidates(candidates, max(1, len(documents)), rarities, splits)
    candidates.sort(key=lambda c: (-scores[c.key], c.key))
    # the collection's domain comes from every candidate, whatever --limit keeps
    proposer = Proposer(
        dictionary,
        candidates,
        present,
        collector.definitions,
        [readings[c.key] for c in candidates],
        collector.adjectives,
    )
    for cand in candidates[:FOCUS_RANKS]:  # terms of the collection's subjects before general words
        if proposer.in_focus(cand, cand.forms.most_common(1)[0][0]):
            scores[cand.key] *= FOCUS_BOOST
    candidates.sort(key=lambda c: (-scores[c.key], c.key))
    sentences = {(d, s.index): s.source for d, doc in enumerate(documents) for s in doc.segments}
    proposals: dict[str, Proposal] = {}
    mt: dict[str, str] | None = {} if engine is not None else None

    def proposed(cand: Candidate, display: str) -> Proposal:  # (by its documents' subjects, when they have one)
        return proposer.for_documents(cand).propose(cand, display, mt)

    pool = candidates[:limit] if limit else candidates
    while True:  # with --limit, as many more as spellings of one name were joined (Kiew, Kyjiw)
        new = [c for c in pool if c.key not in proposals]
        if engine is not None:
            mt.update(_machine_translations(engine, new, displays, sentences))
        if engine is None and workers > 1:  # (the model stays in this process)
            # compounds with one head to one worker: it looks the head's senses up once (Kampf|jet, Militär|jet)
            order = sorted(range(len(new)), key=lambda i: new[i].key[::-1])
            task = lambda rows: [proposed(new[i], displays[new[i].key]) for i in rows]  # noqa: E731
            done = [p for part in fork_map(task, _chunks(order, 100, PROPOSE_CHUNK), workers) for p in part]
            proposals.update({new[i].key: p for i, p in zip(order, done)})
        else:
            proposals.update({c.key: proposed(c, displays[c.key]) for c in new})
        joined = _same_entries(pool, proposals, displays, proposer.dictionary)
        if not limit or len(pool) - len(joined) >= limit or len(pool) == len(candidates):
            break
        pool = candidates[: limit + len(joined)]
    candidates = [c for c in pool if c.key not in joined]
    by_key = {c.key: c for c in pool if c.key in joined}  # (one pass: a collection joins thousands of forms)
    for key, owner in joined.items():
        owner.take(by_key[key])
        man, woman = displays[key], displays[owner.key]
        if woman.endswith("in") and not man.endswith("in") and _masculine(man) == _masculine(woman):
            displays[owner.key] = displays[key]  # the man's word cites the two, as the dictionary does: Journalist
    for cand in candidates:  # a noun made of an adjective is cited in one form, as ein Verdächtiger: Verdächtiger
        shape = _ADJECTIVE_NOUN.fullmatch(displays[cand.key]) if cand.kind == "term" else None
        # (seen as ein Verdächtiger, or only in forms the man's and the woman's share, of a person the dictionary
        # lists: dem Geistlichen, den Angehörigen; not die Verdächtige alone, nor im Verborgenen, a thing's)
        shared = (
            shape is not None and all(f == shape[1] + "en" for f in cand.forms)
            and any("m" in s.grammar for f in (shape[1] + "er", shape[1] + "e") for s in dictionary.senses(f))
        )  # fmt: skip
        stem = shape[1] if shape and (shape[1] + "er" in cand.forms or shared) and shape[0] != shape[1] + "er" else ""
        if stem and nominalised(displays[cand.key], proposer.dictionary):
            displays[cand.key] = stem + "er"
            proposals[cand.key] = proposed(cand, stem + "er")  # (Vorsitzende: president; Vorsitzender)
    entries = []
    for cand in candidates:
        display = displays[cand.key]
        proposal = proposals[cand.key]
        contexts = list(dict.fromkeys(sentences[(o.doc, o.segment)] for o in cand.occurrences))[:2]
        variants = sorted({f for f in cand.forms if f != display}, key=lambda f: (-cand.forms[f], f))
        entries.append(
            TermEntry(
                source=display,
                target=_apostrophe(proposal.target),
                status="candidate",
                variants=variants,
                alternatives=[_apostrophe(a) for a in proposal.alternatives],
                pos=cand.pos,
                kind=cand.kind,
                frequency=cand.frequency,
                documents=cand.documents,
                score=round(scores[cand.key], 3),
                context=contexts,
                evidence=[f"{e}" for e in proposal.evidence] + [f"confidence:{proposal.confidence:.2f}"],
            )
        )
    return entries


_POSSESSIVE = re.compile(r"(?<=[a-z])[’'](?=s\b)|(?<=[a-z]s)[’'](?= )")  # people’s army, citizens’ house


def _apostrophe(english: str) -> str:
    """A possessive with the apostrophe a keyboard types, as compositions have it (people's army), where the
    dictionary writes ’ in four entries of five (children’s hospital, National People’s Congress): one glossary, one
    apostrophe, the one a translator types and looks for."""
    return _POSSESSIVE.sub("'", english)


def _name_words(name: str) -> tuple[str, ...]:
    """A name as written, its last word, and the word before a firm's legal form (Neebo in Neebo Inc)."""
    words = name.split()
    return (name, words[-1], *(words[-2:-1] if words[-1].rstrip(".") in FIRM_FORMS else ()))


def _chunks(items: list, first: int, size: int) -> list[list]:
    """Items in chunks for the workers: the first, done here before they fork, small (what it loads, each of
    them then has), then chunks small enough that both cores stay busy to the end."""
    starts = [0, *range(first, len(items), size)]
    return [items[a:b] for a, b in zip(starts, [*starts[1:], len(items)])]


def _same_entries(candidates: list[Candidate], proposals: dict, displays: dict, dictionary) -> dict[str, Candidate]:
    """One entry per thing: two spellings of one name (Ria Nowosti and RIA Novosti → RIA Novosti; Kiew and Kyjiw →
    Kyiv: a name whose English is that of a name ranked above it), two readings of one term cited alike
    (organisierte Verbrechen, whose lemma is the verb's, and organisiertem Verbrechen: organisiertes Verbrechen;
    Schalke the club and Schalkes read as a noun), the forms of a noun made of an adjective (Verdächtige,
    Verdächtiger), and a woman's word with the man's when English has one word for both (Journalistin,
    Journalist: journalist; not actress, actor) join the one ranked above: a glossary has one entry per source.
    Returns key → the entry it joins."""
    first: dict[tuple[str, str], Candidate] = {}
    joined = {}
    # (only a stem two candidates share is looked up: the dictionary's answers are the workers', not this process's)
    shapes = [_ADJECTIVE_NOUN.fullmatch(displays[c.key]) if c.kind == "term" else None for c in candidates]
    shared = {stem for stem, n in Counter(m[1] for m in shapes if m).items() if n > 1}
    for cand, shape in zip(candidates, shapes):
        english = proposals[cand.key].target.lower()
        keys = [("cited", displays[cand.key])]
        if english and cand.kind == "name" and not any(e.startswith("town:") for e in proposals[cand.key].evidence):
            keys.append(("english", english))  # (a town's word is no spelling of its town: Fritzlarer, Fritzlar)
        stem = nominalised(displays[cand.key], dictionary) if shape and shape[1] in shared else ""
        keys += [("adjective", stem)] if stem else []
        if english and cand.kind == "term":
            keys.append(("person", _masculine(displays[cand.key]), english))
        owner = next((first[k] for k in keys if k in first), None)
        if owner is not None:
            joined[cand.key] = owner
        else:
            for k in keys:
                first.setdefault(k, cand)
    return joined


def _masculine(word: str) -> str:
    """What a woman's word and the man's share (Ärzt|in, Arzt → Arzt; Kolleg|in, Kollege → Kolleg), as a key; a
    word shares it with itself with an -e more or less (Quelle, Quell: one noun the lemmatizer read two ways)."""
    base = word[:-2] if word.endswith("in") and len(word) > 5 else word
    return base.translate(NO_UMLAUT).removesuffix("e")


_ADJECTIVE_NOUN = re.compile(r"([A-ZÄÖÜ][a-zäöüß]{2,})(?:e|er|en|em|es)")


_ADJECTIVE_ENDINGS = ("en", "end", "ig", "lich", "isch", "los", "bar", "sam", "haft")
_PARTICIPLE_START = re.compile(r"\w*ge|be|ver|er|ent|zer|emp|miss")  # a participle in -t: verletzt, angestellt


def nominalised(word: str, dictionary) -> str:
    """The stem of a noun made of an adjective or participle (Verdächtig|e, Verdächtig|er, Erwachsen|en), or '':
    the dictionary lists it so (Erwachsene {m,f}; Erwachsener), or lacks it as a noun of its own (Ferne, Junge,
    Garten are) while it has the adjective or participle; the stem is no word of its own (Reich|e, Alt|er), and
    the -er form no agent noun with a feminine in -in (Gläubiger, Gläubigerin: a creditor)."""
    match = _ADJECTIVE_NOUN.fullmatch(word)
    if not match:
        return ""
    stem = match[1]
    if dictionary.senses(stem) or dictionary.gender(stem + "er") == "n" or dictionary.senses(stem + "erin"):
        return ""  # (Gläubiger, Gläubigerin: a creditor, no believer; an adjective's noun has no -in)
    forms = {stem + "e", stem + "er"}
    if any("m,f" in s.grammar or forms <= set(s.synonyms) for f in (word, *forms) for s in dictionary.senses(f)):
        return stem
    if dictionary.gender(stem + "e") or (dictionary.gender(word) and not word.endswith("er")):
        return ""  # a noun of its own (Ferne {f}, Garten {m}); an -er form's gender says nothing (Reisender {m},
        # as Meister {m}): the stem's shape decides
    # a participle or an adjective by its ending, which the dictionary has (festgenommen, reisend, verdächtig)
    shaped = stem.endswith(_ADJECTIVE_ENDINGS) or (stem[-1] == "t" and _PARTICIPLE_START.match(stem.lower()))
    return stem if shaped and dictionary.senses(stem.lower()) else ""


def _machine_translations(engine, candidates, displays, sentences) -> dict[str, str]:
    """Each term alone, and up to two of its sentences, through the engine in one batch."""
    requests: dict[str, list[str]] = {}
    for cand in candidates:
        display = displays[cand.key]
        requests[display] = [display]
        seen = list(dict.fromkeys(sentences[(o.doc, o.segment)] for o in cand.occurrences))[:2]
        requests["\0context:" + display] = seen
    flat = [s for group in requests.values() for s in group]
    out = iter(engine.translate(flat))
    result = {}
    for key, group in requests.items():
        translated = [next(out) for _ in group]
        result[key] = "\n".join(translated) if key.startswith("\0") else translated[0]
    return result


@dataclass
class Extraction:
    """What `extract_glossary` did: the candidates found, and the glossary they ended up in."""

    candidates: list[TermEntry]
    glossary: Glossary  # the merged glossary: written to `output`, or to show when `text` is set
    documents: int
    failed: list[str] = field(default_factory=list)  # inputs that could not be read, one line each
    kept: int = 0  # reviewed entries (not candidates) kept in the glossary written
    text: str | None = None  # TSV or JSON to print, when no glossary file was written


def extract_glossary(
    inputs: Sequence[str],
    output: str | None = None,
    existing: str | None = None,
    overwrite: bool = False,
    as_json: bool = False,
    limit: int | None = None,
    engine=None,
    progress_factory=None,
    workers: int | None = None,
) -> Extraction:
    """`glossary extract`: candidates from the documents, merged into the glossary they belong to.

    With a TSV `output` the file is merged into under its lock at write time (reviewed work there is
    never overwritten; `overwrite` replaces it); `existing` merges another glossary first. With
    `as_json` the whole glossary is written as JSON to `output` (a new file); without an output it
    comes back as `text` (TSV or JSON) for the caller to print.
    """
    import json
    from pathlib import Path

    from .. import store
    from ..errors import InputError, UsageError
    from ..formats import read_documents
    from ..textio import atomic_write_text

    read, failed = read_documents(inputs)
    docs = [doc for doc, _ in read]
    if not docs:
        raise InputError("; ".join([*failed, "no readable documents to extract terms from"]))
    to_file = output not in (None, "-")
    base = store.load(existing) if existing else None
    if base is None and to_file and as_json and Path(output).is_file():
        raise UsageError(f"{output}: exists; --json writes a new file (remove it or choose another -o)")
    total = sum(len(d.segments) for d in docs)
    candidates = extract(
        docs, limit=limit, engine=engine, progress=progress_factory(total) if progress_factory else None,
        workers=workers,
    )  # fmt: skip
    glossary = store.merge(base, candidates) if base is not None else store.Glossary(candidates)
    result = Extraction(candidates, glossary, len(docs), failed)
    if to_file and not as_json:
        saved = store.add_to_file(Path(output), glossary.entries, overwrite=overwrite)
        result.glossary = saved.glossary
        result.kept = (
            sum(1 for e in saved.glossary.entries if e.status != "candidate") if saved.merged or base is not None else 0
        )
        return result
    rows = [e.to_row() for e in glossary.entries]
    text = json.dumps(rows, ensure_ascii=False, indent=2) + "\n" if as_json else store.to_tsv(glossary)
    if to_file:
        atomic_write_text(Path(output), text)
    else:
        result.text = text
    return result
