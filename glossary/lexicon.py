"""The German and English word knowledge every stage shares: tokens, lemmas, frequencies, the dictionary.

One lemma rule for extraction, matching, checks and enforcement, so a term extracted under a key
is found under the same key. `lemma` keeps case (the extractor reads capitals as nouns); `key` is
what indexes compare: the lemma in lower case. A hyphen is part of the word: Kreml-Chef and
Kremlchef are two spellings, which the extractor groups as one candidate (`spelling_key`) and
the glossary lists as variants.
"""

from __future__ import annotations

import functools
import itertools
import math
import os
import re

# a word: letters, inner hyphens, a name's O', D' or L' (O'Brien, D'Agata, L'Oréal), and a gender-inclusive
# form's mark and ending (Mitarbeiter*innen, Politiker:innen, Lehrer_in: one word, `generic_noun`)
WORD_RE = re.compile(
    r"(?:[A-Z]['’](?=[A-ZÀ-Ý]))?[^\W\d_](?:[\w]|-(?=[^\W_]))*(?:[*:_/]in(?:nen)?(?![^\W\d_]))?", re.UNICODE
)
TOKEN_RE = re.compile(WORD_RE.pattern + r"|\d+(?:[.,]\d+)*", re.UNICODE)  # words and numbers
# a soft hyphen (where a line may break: Bundes\u00adregierung) is no break in the word, and a hyphen of Unicode's
# own (‐, the non-breaking ‑) is German's hyphen
_PLAIN_HYPHENS = str.maketrans({"\u00ad": None, "\u2010": "-", "\u2011": "-"})


def plain_hyphens(text: str) -> str:
    """The text with its soft hyphens dropped and Unicode's hyphens written -, as the words' patterns read them."""
    return text.translate(_PLAIN_HYPHENS)


COMPOUND_NUMBER = re.compile(r"\d+(?:[.,+/]\d+)*[A-Z]{0,2}")  # a compound's number: 35, 1,4, 50+1, 5G, 3D
# a term's words, a number joined to a word by a hyphen being part of it: 2G-Regel, 3D-Drucker, 50+1-Regel (not a
# score's 2:1-Sieg nor a decade's 30er-Jahre, whose word stands alone)
TERM_TOKEN_RE = re.compile(r"(?:(?<![\w.,:+/-])" + COMPOUND_NUMBER.pattern + r"-(?=[^\W\d_]))?" + WORD_RE.pattern)
_GENDERED = re.compile(r"([A-ZÄÖÜ][\w-]*[a-zäöüß])(?:[*:_/]in|In)(?:nen)?")


_LEMMAS: dict[str, str] = {}  # the lemmas looked up so far, in the order they were (see `lemmas_since`)
_LEMMAS_KEPT = 300_000  # then the table starts again
_lemma_tables = 0  # how many times it did


def lemma(word: str) -> str:
    """simplemma's German lemma (Machthabers → Machthaber). In a hyphenated word only the part after
    the last hyphen inflects (Nord-Korea-Gipfels → Nord-Korea-Gipfel); a noun part stays a noun."""
    global _lemma_tables
    found = _LEMMAS.get(word)
    if found is None:
        if len(_LEMMAS) >= _LEMMAS_KEPT:
            _LEMMAS.clear()
            _lemma_tables += 1
        found = _LEMMAS[word] = _reformed(word, _lemma(standard_spelling(generic_noun(word))))
    return found


@functools.lru_cache(maxsize=100_000)
def standard_spelling(word: str, umlauts: bool = False) -> str:
    """A word written with ss where German outside Switzerland writes ß (Strasse, Massnahmen, Aussenminister,
    Grosseltern, Fussball), and, with `umlauts` (a text that has none of its own), with ae, oe, ue for an umlaut
    (Buergermeister, Groesse, Oesterreich), in the spelling the dictionary has (Straße, Maßnahmen, Außenminister,
    Großeltern, Fußball, Bürgermeister, Größe, Österreich): the dictionary, which has the spelling of now, has it
    so, or a compound's parts (Grenz|schließung, Groß|plakat), and not as written. A word with ss or ue of its own
    stays (Masse, Bussen, Prozess, Schlussrunde, Feuer, Manuel), and so does a name (Strasser, Kassel; Grosse and
    Weiss, as große and weiß are adjectives)."""
    known = dictionary()
    sites = [m.start() for m in (_SPELLED if umlauts else _SWISS).finditer(word)] if "ß" not in word else []
    if not sites or not known or known.senses(word):
        return word
    if "-" in word:
        return "-".join(standard_spelling(part, umlauts) for part in word.split("-"))
    import simplemma

    def listed(form: str) -> str:  # the form, or its lemma, as the dictionary has it, or ''
        if known.senses(form):
            return form  # (simplemma's lemma may be older: Ausschuss → Ausschuß)
        base = simplemma.lemmatize(form, lang="de") if is_known(form) else form
        return base if known.senses(base) else ""

    def noun(form: str) -> bool:  # (or a place's name, or a plural: Weißrussland, Großeltern; not Weiß, an
        # adjective's colour and a surname)
        if known.is_adjective(form.lower()):
            return False
        return bool(known.gender(form) or known.is_place(form) or any(s.grammar == "pl" for s in known.senses(form)))

    def better(spelt: str, written: str) -> str:
        """The lemma of the respelt form, if the dictionary has it, and the written form is no word of its own
        that German writes about as often (Bussen: Bus, not Buße; Strasse is the plural of Strass, a rhinestone,
        which German writes far less often than Straße)."""
        base, own = listed(spelt), listed(written)
        return base if base and (not own or own == base or zipf_de(base) > zipf_de(own) + 1.0) else ""

    capital = word[:1].isupper()
    for spelt, first_at, last_at in _respellings(word, sites):
        base = better(spelt, word)
        # (capitalised, a noun only: Grosse, Weiss are names; but an umlaut's two letters are none: Europaeische)
        if base and (not capital or noun(base) or len(spelt) < len(word) - spelt.count("ß")):
            return spelt
        if not capital or listed(word):
            continue
        for cut in range(3, first_at + 1):  # a compound's last part: Grenz|schließung, Schloss|straße
            if word[:cut].endswith(_LINKED):
                continue  # …keit, …ung take a linking s: Hochgeschwindigkeit|s|trasse, no …keit|straße
            if len(spelt) - cut >= 5 and better(spelt[cut:].capitalize(), word[cut:].capitalize()):
                return spelt
        # its first, a noun or an adjective: Fußball|star, Straßen|sanierung, Groß|plakat (not Hass|verbrechen, a
        # word as written, nor a verb's old spelling, Entlaß|schüler, nor …mann: a surname, Grossmann)
        for cut in range(len(spelt) - 4, last_at, -1):
            first, written, head = spelt[:cut], word[: len(word) - len(spelt) + cut], spelt[cut:].capitalize()
            noun_head = listed(head)
            if noun_head in ("", "Mann") or not noun(noun_head) or known.senses(written):
                continue
            adjective = known.is_adjective(listed(first.lower()) or "-")
            if better(first, written)[:1].isupper() or adjective and better(first.lower(), written.lower()):
                return spelt
    return word


# where a text may have written ß as ss, or an umlaut as two letters (not the ue of Feuer, Quelle, nor Poesie's oe)
_SPELLED = re.compile(r"ss|(?<![eq])ue|Ue|(?<![e])ae|Ae|(?<![e])oe|Oe")
_SWISS = re.compile("ss")
UMLAUT = re.compile("[äöüÄÖÜß]")  # a text with one of these writes its umlauts (Mueller is a name there)
_RESPELT = {"ss": "ß", "ue": "ü", "Ue": "Ü", "ae": "ä", "Ae": "Ä", "oe": "ö", "Oe": "Ö"}


def _respellings(word: str, sites: list[int]):
    """The word with some of its sites respelt, most first (Fruehstueck: Frühstück before Frühstueck), each with
    where the first and the last respelt letter stand in it; a word of many sites, all or one at a time."""
    chosen = (
        [c for n in range(len(sites), 0, -1) for c in itertools.combinations(sites, n)]
        if len(sites) <= 4
        else [tuple(sites)] + [(site,) for site in sites]
    )
    for combination in chosen:
        out, at, places = [], 0, []
        for site in combination:
            out.append(word[at:site])
            places.append(sum(map(len, out)))
            out.append(_RESPELT[word[site : site + 2]])
            at = site + 2
        out.append(word[at:])
        yield "".join(out), places[0], places[-1]


_LINKED = ("keit", "heit", "ung", "schaft", "tion", "sion", "tät", "ling")  # endings a compound links with s


@functools.lru_cache(maxsize=100_000)
def generic_noun(word: str) -> str:
    """A gender-inclusive form (Mitarbeiter*innen, Politiker:innen, SchülerInnen, Ärzt_innen, Klimaaktivist*in) as
    the noun the dictionary lists for everyone (Mitarbeiter, Politiker, Schüler, Arzt, Klimaaktivist): English has
    one word for all of them. Any other word as it is (LinkedIn: no noun before the In)."""
    found = _GENDERED.fullmatch(word)
    known = dictionary() if found else None
    if not known:
        return word
    stem = found[1]
    last = max(stem.rfind(u) for u in "äöüÄÖÜ")  # the head's umlaut undone (Gemüse|bäuer → Gemüse|bauer)
    plain = stem[:last] + stem[last].translate(NO_UMLAUT) + stem[last + 1 :] if last >= 0 else stem
    for form in dict.fromkeys((stem, plain, stem + "e", plain + "e", stem + "er")):  # Ärzt → Arzt, Kolleg|e, Beamt|er
        if known.gender(form.rsplit("-", 1)[-1]) == "m":
            return form
    for form in dict.fromkeys((stem, plain)):  # a compound by its last part: Klima|aktivist, Fach|ärzt
        last = form.rsplit("-", 1)[-1]
        if any(known.gender(last[cut:].capitalize()) == "m" for cut in range(3, len(last) - 4)):
            return form
    return word


def _reformed(word: str, base: str) -> str:
    """simplemma knows many nouns in the spelling before 1996 (Schloß, Prozeß, Beschluß): a word the text writes
    with ss keeps it in its lemma (Schloss, Prozess, Ausschuss), unless German writes ß there now (grosse, a Swiss
    spelling: groß), going by the dictionary, which has the spelling of now."""
    if "ß" not in base or "ß" in word or "ss" not in word:
        return base
    modern = base.replace("ß", "ss")
    known = dictionary()
    return base if known and known.senses(base) and not known.senses(modern) else modern


def lemma_mark() -> tuple[int, int]:
    """Where the table of lemmas looked up stands now, for `lemmas_since`."""
    return _lemma_tables, len(_LEMMAS)


def lemmas_since(mark: tuple[int, int]) -> dict[str, str]:
    """The lemmas looked up since `mark`: what a forked worker sends back with its findings, so that its
    parent, and the workers it forks next, do not look them up again (`remember_lemmas`)."""
    tables, size = mark
    return dict(itertools.islice(_LEMMAS.items(), size if tables == _lemma_tables else 0, None))


def remember_lemmas(lemmas: dict[str, str]) -> None:
    """Lemmas a worker looked up, kept here too (while the table has room)."""
    if len(_LEMMAS) + len(lemmas) <= _LEMMAS_KEPT:
        _LEMMAS.update(lemmas)


def _lemma(word: str) -> str:
    import simplemma

    if " " in word:
        return word  # a phrase (Los Angeles, asked whether it is a place) has no lemma of its own
    if "-" not in word:
        base = simplemma.lemmatize(word, lang="de")
        if base == word and word[:1].isupper() and not word.isupper():
            known = dictionary()
            singular = known.singular(word) if known else ""
            if singular:
                return singular  # a plural the lemmatizer keeps, listed beside its singular: Hexen → Hexe (not hexen)
            if len(word) >= 8:
                if known and known.gender(word):
                    return word  # the dictionary's noun, not a compound's plural: Bestreben is no Best|reben
                return _compound_lemma(word)
        if base != word and word[:1].isupper() and _noun_of_its_own(word, base):
            return word  # das Treffen, das Schaffen: no plural of Treff or Schaff
        if base.endswith("e") and word == base + "n" and base[:1].isupper():
            known = dictionary()
            if known and not known.gender(base) and known.gender(base[:-1]) == "m":
                return base[:-1]  # a weak noun the lemmatizer reads as one in -e: Passanten → Passant
        if base != word and base[:1].isupper() and word[:1].isupper() and _plural_of_its_own(word, base):
            return word
        if word.endswith("e") and word[:1].isupper() and base.translate(NO_UMLAUT) == word[:-1].translate(NO_UMLAUT):
            known = dictionary()
            if (
                known
                and known.gender(word) == "f"
                and known.gender(base) in ("m", "n")
                and zipf_de(word) > zipf_de(base)
            ):
                return word  # a feminine noun of its own German writes more, no dative or plural: Quelle (not Quell),
                # Halle (not Hall), Stütze (not Stutz), Spalte
        return base
    head_at = word.rfind("-") + 1
    head = word[head_at:]
    if len(head) <= 2:
        return word
    head_lemma = simplemma.lemmatize(head, lang="de")
    if head_lemma == head and len(head) >= 8 and head[:1].isupper() and not head.isupper():
        head_lemma = _compound_lemma(head)  # Suchoi-Kampfjets → Suchoi-Kampfjet
    if head[:1].isupper() and not head_lemma[:1].isupper():
        return word
    return word[:head_at] + head_lemma


NOUN_ENDINGS = {"n", "en", "s", "es", "er", "ern", "nen"}  # plural, dative and genitive endings of a head noun
_HEAD_ENDINGS = NOUN_ENDINGS | {"e"}  # and the plural -e of a compound's head (Diesel|modelle, Senioren|chöre)
NO_UMLAUT = str.maketrans("äöüÄÖÜ", "aouAOU")  # (str.translate: a plural's umlaut undone, Verträge → Vertrage)


def mans_forms(word: str) -> tuple[str, ...]:
    """The forms the man's word of a woman's word may have, singular or plural (Sprecherin, Sprecherinnen →
    Sprecher; Ärztin → Arzt, its last umlaut undone; Förderin → Förderer), for a dictionary to tell which it has; ()
    for a word of no such shape (Medizin, Stein)."""
    word = word.removesuffix("nen") if word.endswith("innen") else word
    if not word.endswith("in") or len(word) < 6 or not word[:1].isupper() or word.endswith(("stein", "sin")):
        return ()
    stem = word[:-2]
    last = max(stem.rfind(u) for u in "äöüÄÖÜ")  # the last umlaut undone (Ärztin → Arzt, Landrätin → Landrat)
    plain = stem[:last] + stem[last:].translate(NO_UMLAUT) if last >= 0 else stem
    return tuple(dict.fromkeys((stem, plain, stem + "er")))


def _listed_plural(head: str, base: str) -> bool:
    """The dictionary lists the head as the plural of the base, on the base's line: Zentren of Zentrum, Zyklen of
    Zyklus, Themen of Thema (plurals no ending makes); not a short word that is a name or a word's form too (Toni,
    Modi, Holme), nor a plural with a sense of its own (Daten: data, a Datum is a date), nor an adjective made a noun,
    which its own rules cite (Kriminelle, Krimineller)."""
    known = dictionary()
    return (
        bool(known) and len(head) >= 6 and head != base and known.singular(head) == base
        and not (base.endswith("er") and head.startswith(base[:-1]))
        and not _plural_of_its_own(head, base)
    )  # fmt: skip


def inflection(form: str, base: str) -> bool:
    """The form is the noun with a plural, dative or genitive ending, maybe with an umlaut too (Kampfjets,
    Modelle, Verträge, Chöre), or a compound whose head is a plural the dictionary lists (Vertriebszentren)."""
    plain, plain_base = form.translate(NO_UMLAUT), base.translate(NO_UMLAUT)
    if not plain.startswith(plain_base):
        shared = len(os.path.commonprefix([form, base]))
        return any(_listed_plural(form[cut:].capitalize(), base[cut:].capitalize()) for cut in range(shared, 2, -1))
    ending = plain[len(plain_base) :]
    if base.endswith("nis"):
        ending = ending.removeprefix("s")  # Ergebnis|se, Ergebnis|sen
    return ending in _HEAD_ENDINGS or (not ending and form != base)  # or an umlaut alone: Läden, Väter


def _compound_lemma(word: str) -> str:
    """An unknown compound inflects in its last part: Waffenteilen → Waffen + Teil, Munitionsverlusten →
    Munitions + Verlust (the longest known inflected noun at the end)."""
    import simplemma

    lowered = word.lower()
    if simplemma.is_known(lowered, lang="de") and simplemma.lemmatize(lowered, lang="de").islower():
        return word  # a verb as a noun (Aufräumen), no plural of Auf|raum
    for cut in range(3, len(word) - 3):
        head = word[cut].upper() + word[cut + 1 :]
        if simplemma.is_known(head, lang="de"):
            head_lemma = _reformed(head, simplemma.lemmatize(head, lang="de"))  # (Ausschusses: Ausschuss, not Ausschuß)
            spelt = standard_spelling(head)
            if spelt != head and simplemma.lemmatize(spelt, lang="de") == spelt:
                return word  # a Swiss spelling of a word as written, no plural: Hochgeschwindigkeit|s|trasse
            if head_lemma == head and len(head) >= 4 and _word_part(word[:cut]):
                return word  # the longest noun at the end is as written: Sonder|treffen (no Sondert|reff)
            umlaut = head.translate(NO_UMLAUT) != head and head_lemma.translate(NO_UMLAUT) == head_lemma
            short = len(head_lemma) < 4 and not (len(head_lemma) == 3 and umlaut and cut >= 4)
            if short and len(head_lemma) == 3 and head == head_lemma + "s":  # a genitive's -s: Risiko|rats → …rat
                known = dictionary()
                short = not (known and known.gender(head_lemma) in ("m", "n"))
            # (a plural no ending makes, as the dictionary lists it: Vertriebs|zentren → …zentrum)
            regular = inflection(head, head_lemma)
            listed = not regular and _listed_plural(head, head_lemma)
            # (a dative plural's -n after a noun in -er inflects whatever no German word stands before it: Mosa|
            # sauriern; not Lin|senkern, whose Linsen is a word: Linsen|kern)
            dative = (
                regular and head == head_lemma + "n" and head_lemma.endswith("er") and len(head_lemma) >= 5
                and not any(_word_part(word[:c]) for c in range(cut + 1, len(word) - 3))
            )  # fmt: skip
            if not (regular or listed) or short or not (_word_part(word[:cut]) or dative):
                continue  # (three letters only in a plural with an umlaut: Achterbahn|züge → …zug, not …pole → …pol)
            if _noun_of_its_own(head, head_lemma):
                return word  # Sonder|treffen, Film|schaffen: no plural of Treff or Schaff
            bare_e = head.endswith("e") and head_lemma[-1:] != "e"
            if (
                (bare_e or not head.startswith(head_lemma))
                and not listed
                and not _plural_head(head, head_lemma, bare_e, cut, word[:cut])
            ):
                continue
            return word[:cut] + head_lemma.lower()
    return word


ENGLISH_ARTICLE = re.compile(r"^(?:the|a|an) (?=\w)")  # an English rendering's article, which a glossary drops


def _noun_of_its_own(word: str, base: str) -> bool:
    """A noun the dictionary lists as written, with a gender, that German writes far more than the lemmatizer's base:
    das Treffen (a meeting; a Treff is a meeting place), das Schaffen (not Schaff, a tub), der Beutel, der Anker (not
    the verbs beuteln, ankern); not Räumen, nor Kreuzen, which German writes less than Raum and Kreuz. Not an
    adjective's form either (das Britische, Wissenswertes, die Beschäftigte), nor a feminine's plural in -en, which
    is as often meant (Schuppen: scales, or a shed)."""
    known = dictionary()
    if not known or not known.gender(word):
        return False
    lowered, stem = word.lower(), base.lower()
    if base == lowered + "n" and zipf_de(word) > zipf_de(base):
        return True  # a noun the lemmatizer reads as its verb's stem: der Löffel, der Meißel (not löffeln, meißeln)
    if zipf_de(word) < zipf_de(base) + 1.0:
        return False
    adjective = base[:1].islower() and lowered.startswith(stem) or stem == lowered + "r"
    return not adjective and not (word == base + "n" and base.endswith("e"))


def plural_apart(word: str, base: str) -> list:
    """The dictionary's senses of a plural on lines without its singular: the plural's own (Daten :: data, Verhältnisse
    :: conditions; not Klagen :: complaints, on Klage's line)."""
    known = dictionary()
    return (
        [s for s in known.senses(word) if s.grammar == "pl" and base not in known.line_words(s.line)] if known else []
    )


def _plural_of_its_own(word: str, base: str) -> bool:
    """A plural the dictionary lists as a word of its own, in a sense its singular's English lacks and its compounds
    use: Daten (data; a Datum is a date: Datenbank, Datenschutz), Medien (media: Medienbericht). Not a plural whose
    English is the singular's (Bananen), nor one its compounds say otherwise (Namen :: reputations, Menschen ::
    people: Namensschild, Menschenrechte)."""
    from .ding import english_singular, regional

    known = dictionary()
    own = plural_apart(word, base)
    if not own:
        return False
    senses = known.senses(base)
    if senses and all(regional(s.tags) for s in senses):
        return True  # a singular said in one region only: Trümmer (debris), no Trumm [Mittelwestdt.], a whopper
    renderings = {ENGLISH_ARTICLE.sub("", e.lower()) for s in own for e in s.english}
    singular = {english_singular(e.lower()) for s in known.senses(base) if s.grammar != "pl" for e in s.english}
    if any(r in singular or english_singular(r) in singular for r in renderings):
        return False
    firsts = {r.split()[0] for r in renderings if r}
    compounds = [
        english[0].lower() for german, english in known.starting_with(word, 400)
        if english and len(german) > len(word) + 2 and german[len(word)].islower() and " " not in german
    ]  # fmt: skip
    said = sum(1 for e in compounds if e.split()[0] in firsts)
    return said >= 3 and 2 * said >= len(compounds)


def _plural_head(head: str, head_lemma: str, bare_e: bool, cut: int, prefix: str) -> bool:
    """A head in -e or with an umlaut is a noun's plural after a word only (not Schranke, Hollande,
    Montparnasse): the lemma ends in a dictionary noun, and the head in -e is no noun of another gender. After
    three letters only when they are a noun of the dictionary's (Eis|vulkane)."""
    known = dictionary()
    if cut < 4 and not (cut == 3 and known.gender(prefix.capitalize())):
        return False
    if not any(known.gender(head_lemma[c:].capitalize()) for c in range(0, max(1, len(head_lemma) - 3))):
        return False
    if not bare_e or known.gender(head) in ("", known.gender(head_lemma)):
        return True
    # (a head that is a noun of another gender too is the plural where the dictionary's compounds ending in it mostly
    # are: Menschen|rechte, Reproduktions|rechte, not die Rechte; Bahn|schranke stays)
    grammar = [g for german, _, g, _ in known.ending_with(head) if len(german) > len(head) + 2 and " " not in german]
    return len(grammar) >= 6 and 3 * sum(g == "pl" for g in grammar) >= 2 * len(grammar)


def _word_part(prefix: str) -> bool:
    """A compound's first part is a German word, maybe with a linking -s, -n, -es or -en (Munition|s): not
    the start of a name (Mont|parnasse)."""
    import simplemma

    forms = {
        prefix,
        prefix[:-1] if prefix.endswith(("s", "n")) else "",
        prefix[:-2] if prefix.endswith(("es", "en")) else "",
    }
    if any(f and len(f) >= 3 and simplemma.is_known(f, lang="de") for f in forms):
        return True
    return len(prefix) >= 4 and _combining_form(prefix)


COMBINING_COMPOUNDS = 3  # a first part no word list knows begins this many of the dictionary's compounds


def _combining_form(prefix: str) -> bool:
    """A first part that is no word of its own but begins compounds the dictionary lists, each of it and a
    noun the dictionary knows: Elektro|auto, Elektro|herd (so Elektro|schläge is Elektroschlag's plural);
    not Mont|age."""
    known = dictionary()
    found = set()
    for word, _ in known.starting_with(prefix, limit=200):
        rest = word[len(prefix) :]
        if len(rest) >= 4 and rest.isalpha() and rest.islower() and known.gender(rest.capitalize()):
            found.add(rest)
            if len(found) >= COMBINING_COMPOUNDS:
                return True
    return False


@functools.lru_cache(maxsize=300_000)
def key(word: str) -> str:
    """What term indexes compare: the lemma in lower case (Machthabers, machthaber → machthaber)."""
    return lemma(word).lower()


ADJECTIVE_ENDING = re.compile(r"(?:e|em|en|er|es)$")  # the endings a German attributive adjective takes


def adjective_stem(word: str) -> str:
    """An adjective without its inflection ending, case kept (Kalten → Kalt, persischer → persisch): what
    its forms share, for the matcher's and the extractor's keys and a name's citation form."""
    return ADJECTIVE_ENDING.sub("", word)


def spelling_key(word: str) -> str:
    """The key with hyphens dropped: Pazifik-Küste and Pazifikküste counted as one term."""
    return key(word).replace("-", "")


def phrase_key(text: str) -> tuple[str, ...]:
    """The key of each word of a term (multi-word terms are matched word by word)."""
    return tuple(key(w) for w in TOKEN_RE.findall(text))


@functools.lru_cache(maxsize=300_000)
def is_known(word: str) -> bool:
    """Whether simplemma's German word list has this exact form."""
    import simplemma

    return simplemma.is_known(word, lang="de")


ENGLISH_LETTERS = "abcdefghijklmnopqrstuvwxyz"
GERMAN_LETTERS = ENGLISH_LETTERS + "äöüß"


def one_letter_away(word: str, letters: str = GERMAN_LETTERS) -> set[str]:
    """Every word one letter away: one dropped, swapped with the next, changed or added (a misspelling's word)."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return {
        *(a + b[1:] for a, b in splits if b),
        *(a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1),
        *(a + c + b[1:] for a, b in splits if b for c in letters),
        *(a + c + b for a, b in splits for c in letters),
    } - {word}


@functools.lru_cache(maxsize=300_000)
def zipf_de(word: str) -> float:
    """German frequency on the Zipf scale (wordfreq): 0 unknown … 7 the commonest words."""
    return _zipf(word.replace("-", ""), "de")


@functools.cache
def german_frequencies() -> dict[str, float]:
    """wordfreq's German table, word → frequency, for code that tries many strings (a compound's endings)."""
    return _frequencies("de")


@functools.cache
def _frequencies(lang: str) -> dict[str, float]:
    from wordfreq import get_frequency_dict

    return get_frequency_dict(lang)


@functools.lru_cache(maxsize=300_000)
def zipf_en(word: str) -> float:
    return _zipf(word, "en")


LOANWORD_ZIPF_EN, LOANWORD_ZIPF_DE = 4.0, 3.0
ENGLISH_MODIFIER_GAP = 1.0  # a modifier English writes this much more than German makes an English pair


def english_loanword(word: str) -> bool:
    """An English word German writes too, often enough in both (Website, Tool, Center, Event, Design): a head
    German compounds take as it is (Eltern|website, Anpassungs|tool), though no German dictionary lists it."""
    lowered = word.lower()
    return zipf_en(lowered) >= LOANWORD_ZIPF_EN and zipf_de(lowered) >= LOANWORD_ZIPF_DE


def noun_modifier(modifier: str) -> bool:
    """A compound's first part that is a German noun of four letters or more, maybe with a linking s, n or en
    (Eltern|, Rettung|s|, Kampagne|n|)."""
    known = dictionary()
    forms = {modifier, modifier[:-1] if modifier.endswith(("s", "n")) else "", modifier.removesuffix("en")}
    return any(len(f) >= 4 and known.is_common_noun(f.capitalize()) for f in forms)


def noun_before_loanword(modifier: str, head: str) -> bool:
    """A German noun (`noun_modifier`) before an English word German writes too (`english_loanword`):
    Eltern|website, Anpassungs|tool, Rettungs|center; not Face|book, Whistleb|lower, nor two words English writes
    far more than German (Page|fair: a firm's name)."""
    lowered = modifier.lower()
    return (
        len(head) >= 4 and head[1:].islower() and english_loanword(head) and noun_modifier(modifier)
        and zipf_en(lowered) - zipf_de(lowered) < ENGLISH_MODIFIER_GAP
    )  # fmt: skip


_ONE_TOKEN = re.compile(r"[A-Za-zÄÖÜäöü]+")  # a word wordfreq's tokenizer keeps whole and only lower-cases


def _zipf(word: str, lang: str) -> float:
    """wordfreq's zipf_frequency, its table read directly for plain words (a word, or words between single
    spaces): an extraction asks about a hundred thousand words and phrases, and wordfreq's tokenizer is most
    of the time of each question."""
    tokens = word.split(" ")
    if not all(_ONE_TOKEN.fullmatch(token) for token in tokens):
        from wordfreq import zipf_frequency

        return zipf_frequency(word, lang)
    table = _frequencies(lang)
    if len(tokens) == 1:
        freq = table.get(word.lower(), 0.0)
    else:  # wordfreq's rule for a phrase: 1/f = 1/f₁ + 1/f₂ + …, and 0 when a word is missing
        freqs = [table.get(token.lower(), 0.0) for token in tokens]
        freq = 1.0 / sum(1.0 / f for f in freqs) if all(freqs) else 0.0
    if freq <= 1e-9:
        return 0.0
    freq = round(freq, math.floor(-math.log10(freq)) + 3)  # wordfreq's three significant digits
    return round(math.log10(freq) + 9, 2)


_WEB_TOKENS = 1_024_908_267_229  # the words of the web text the pair counts were made from (Google, 2006)


_IRREGULAR_PLURALS = {"child": "children", "person": "people", "foot": "feet", "tooth": "teeth", "mouse": "mice"}


def pluralize(phrase: str) -> str:
    """cosmodrome → cosmodromes, head of state → heads of state, delivery → deliveries, spokesman → spokesmen
    (not human → humen: of the two plurals of a word in -man, the one English writes)."""
    words = phrase.split()
    i = words.index("of") - 1 if "of" in words[1:] else len(words) - 1
    w = words[i]
    irregular = _IRREGULAR_PLURALS.get(w.lower())
    if irregular or w.endswith("man") and zipf_en(w[:-3].lower() + "men") > zipf_en(w.lower() + "s"):
        w = w[:1] + irregular[1:] if irregular else w[:-3] + "men"
    elif re.search(r"[^aeiou]y$", w):
        w = w[:-1] + "ies"
    elif re.search(r"(s|x|z|ch|sh)$", w):
        w += "es"
    elif not w.endswith("s"):
        w += "s"
    words[i] = w
    return " ".join(words)


def zipf_pair(phrase: str) -> float:
    """How often English writes two words together, on wordfreq's scale (log10 per billion words), from
    the 286,000 commonest word pairs of a trillion words of English web text (wordsegment's table, each
    seen 100,000 times or more: 2.0 and up); 0.0 when the pair is not among them. wordfreq rates a phrase
    by its words alone: trade policy and commercial policy alike; this says which one English writes."""
    count = _pairs().get(phrase.lower(), 0)
    return round(math.log10(count / _WEB_TOKENS) + 9, 2) if count else 0.0


@functools.lru_cache(maxsize=1)
def _pairs() -> dict[str, int]:
    from importlib.resources import files

    table = {}
    with files("wordsegment").joinpath("bigrams.txt").open(encoding="utf-8") as handle:
        for line in handle:
            pair, _, count = line.partition("\t")
            table[pair] = int(count)
    return table


# the language model's probabilities are logarithms to the base 1.0001; this turns one into a base-10 logarithm
_LOG10_OF_MODEL_UNIT = math.log10(1.0001)


def zipf_model_pair(phrase: str) -> float:
    """How often English says two words together, on wordfreq's scale, by CMU's US English trigram model (the
    one pocketsphinx ships: 70,000 words, two million word pairs); 0.0 when the model has no such pair (it
    would guess one from its words: that is no evidence). Lower case, American spelling. `zipf_pair`'s table
    holds only pairs the web writes 100,000 times; this one also has fighter jet, police spokesman and battery
    compartment."""
    words = phrase.lower().split()
    if len(words) != 2:
        return 0.0
    model = _english_model()
    first, second = (model.word(w) for w in words)
    if first is None or second is None:
        return 0.0
    conditional, used = model.prob(second, first)
    if used < 2:  # (the model backed off to the second word alone)
        return 0.0
    return round((model.prob(first)[0] + conditional) * _LOG10_OF_MODEL_UNIT + 9, 2)


class _EnglishModel:
    """pocketsphinx's English trigram model, read through the C functions of its library (`ngram_ng_prob`
    tells whether a pair is in the model, which its Python class does not)."""

    def __init__(self) -> None:
        import ctypes

        import pocketsphinx
        import pocketsphinx._pocketsphinx as extension

        lib = self._lib = ctypes.CDLL(extension.__file__)
        pointer, int32 = ctypes.c_void_p, ctypes.c_int32
        lib.logmath_init.restype, lib.logmath_init.argtypes = pointer, [ctypes.c_double, ctypes.c_int, ctypes.c_int]
        lib.ngram_model_read.restype = pointer
        lib.ngram_model_read.argtypes = [pointer, ctypes.c_char_p, ctypes.c_int, pointer]
        lib.ngram_wid.restype, lib.ngram_wid.argtypes = int32, [pointer, ctypes.c_char_p]
        lib.ngram_unknown_wid.restype, lib.ngram_unknown_wid.argtypes = int32, [pointer]
        lib.ngram_ng_prob.restype = int32
        lib.ngram_ng_prob.argtypes = [pointer, int32, ctypes.POINTER(int32), int32, ctypes.POINTER(int32)]
        path = os.path.join(pocketsphinx.get_model_path(), "en-us", "en-us.lm.bin")
        self._model = lib.ngram_model_read(None, path.encode(), 0, lib.logmath_init(1.0001, 0, 0))  # (0: any format)
        if not self._model:
            raise RuntimeError(f"{path}: the English language model could not be read; reinstall pocketsphinx")
        self._unknown = lib.ngram_unknown_wid(self._model)
        self._ctypes = ctypes

    def word(self, word: str) -> int | None:
        wid = self._lib.ngram_wid(self._model, word.encode("utf-8"))
        return None if wid == self._unknown else wid

    def prob(self, word: int, before: int | None = None) -> tuple[int, int]:
        """(log probability of the word after the one before it, or alone; how many words the model used)."""
        ctypes = self._ctypes
        used = ctypes.c_int32(0)
        history = (ctypes.c_int32 * 1)(before) if before is not None else None
        prob = self._lib.ngram_ng_prob(self._model, word, history, int(before is not None), ctypes.byref(used))
        return prob, used.value


@functools.lru_cache(maxsize=1)
def _english_model() -> _EnglishModel:
    return _EnglishModel()


@functools.lru_cache(maxsize=1)
def dictionary():
    """The Ding German–English dictionary (Debian trans-de-en), loaded once per process."""
    from .ding import Dictionary

    return Dictionary.load()
