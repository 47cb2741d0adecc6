"""The Ding German–English dictionary (Debian package trans-de-en), parsed once and cached.

A line is `German :: English`; ` | ` separates sub-entries that are aligned across the two
sides, `;` separates synonyms, `{m}` `{pl}` `{adj}` give gender and part of speech, `[mil.]`
`[pol.]` give the domain.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import os
import re
import weakref
from dataclasses import dataclass
from pathlib import Path

from .textio import cache_directory

DEFAULT_PATH = Path("/usr/share/trans/de-en")
_CACHE_VERSION = 43
_ARTICLE_DE = re.compile(r"^(?:der|die|das)\s+(?=[A-ZÄÖÜ])")
_ARTICLE_EN = re.compile(r"^the\s+(?=[A-Z])")

# tags of register and region: how and where a word is used, not what it is about
ADDRESS = "Anrede"  # the tag of a form of address
# the tag of a rank or a dish on a menu, whose English the dictionary writes as a title (Captain, Lieutenant General,
# Eel): English writes the common noun in small letters after another word (police captain, sand eel)
TITLE = "Titel"
_TITLE_CASED = re.compile(r"\((?:Dienstgrad|auf der Speisekarte|rank|on a menu)\)")
_ADDRESS = re.compile(r"\((?:als |mündliche |schriftliche |förmliche )?Anrede\)")
STYLE_TAGS = frozenset(
    "Br. Am. Dt. Ös. Schw. Sw. Austr. Can. Ir. Sc. NZ ugs. übtr. fig. geh. pej. veraltend veraltet selten slang humor. "
    "Sprw. iron. vulg. obs. poet. formal rare dated coll. archaic altertümlich euphem. Kindersprache".split()
    + [ADDRESS, "Jägersprache", "becoming dated", "children’s speech", "hunters’ parlance"]
)
# regions of German the dictionary tags beside the register tags (Dt., Ös., Schw. …): a word said only there
GERMAN_REGIONS = frozenset(
    "Süddt. Norddt. Ostdt. Westdt. Lux. NRW BW Bayr. Südtirol Tirol Sachsen Berlin Lie. Franken Vorarlberg Westös. "
    "Ostös.".split()
)
_ELSEWHERE = frozenset({"Ös.", "Schw."}) | GERMAN_REGIONS


def regional(tags) -> bool:
    """A sense said in one region of German only, Austria's, Switzerland's or a German region's (Süddt.,
    Mittelwestdt.): a word German at large does not say."""
    return any(t in _ELSEWHERE or t.endswith("dt.") for t in tags)


# a word that has the sense only inside compounds (Seele [in Zusammensetzungen] beside Gemütsverfassung): its own tag
IN_COMPOUNDS = frozenset({"in Zusammensetzungen", "in compounds", "nur in Zusammensetzungen"})
# a field the dictionary names in a German note rather than a tag (Überfall {m} (Wasserbau): spillway, Weiche {f}
# (Bahn), Fraktion {f} (Parlament)): that field's tag, so that a specialist's sense weighs as a tagged one does
# (not space travel's nor sound recording's notes: news speaks of rockets and recordings every day)
FIELD_NOTES = {
    "Bahn": "transp.", "Wasserbau": "constr.", "Straßenbau": "constr.", "Stahlbau": "constr.", "Optik": "phys.",
    "Kerntechnik": "phys.", "Mechanik": "phys.", "Metallurgie": "min.", "Gießerei": "techn.", "Walzwerk": "techn.",
    "Schweißen": "techn.", "Papierherstellung": "techn.", "Zuckerherstellung": "techn.", "Halbleiter": "electr.",
    "Radar": "electr.", "Versicherungswesen": "fin.", "Börse": "fin.", "Arbeitsrecht": "jur.", "Steuerrecht": "jur.",
    "Straftatbestand": "jur.", "Parlament": "pol.", "Schiff": "naut.", "Fußball": "sport", "Ballsport": "sport",
    "Fechten": "sport", "Klettern": "sport", "Evolutionsbiologie": "biol.", "Gewässerkunde": "geol.",
    "Vermessungswesen": "techn.", "Brauerei": "techn.", "Keramik": "techn.",
}  # fmt: skip
_FIELD_NOTE = re.compile(r"\((" + "|".join(FIELD_NOTES) + r")\)")
# registers of an English word a glossary proposes only where its sense has no other word
_CASUAL_ENGLISH = frozenset("rare slang humor. pej. vulg. iron. poet. euphem.".split())
# tags of an English word that is no rendering to propose: old, or a child's word (bunny beside domestic rabbit)
_OLD_ENGLISH = frozenset({"dated", "archaic", "obs.", "becoming dated", "former name", "children’s speech"})
_BRACES = re.compile(r"\{([^}]*)\}")
_TAGS = re.compile(r"\[([^\]]*)\]")
# notes in brackets, and an abbreviation in slashes (chairman /chm./, Prozent / % /); not renderings a spaced
# slash parts (committee chairman / chairwoman / chairperson), nor words a slash joins (oil/gas/water)
_NOISE = re.compile(
    r"\([^)]*\)|(?<!\S)/(?=\S)[^/]*(?<=\S)/s?(?=[\s;,|)]|$)|(?<!\S)/ [^\w\s]{1,3} /(?!\S)|<[^>]*>|\{[^}]*\}|\[[^\]]*\]"
)
_SPACES = re.compile(r"\s+")
_INFLECTED = re.compile(r"e\(r/s\)")  # an adjective's endings, as the dictionary writes a few: frühere(r/s)
_ABBREVIATION = re.compile(r"/([A-ZÄÖÜ][\wÄÖÜäöü&.-]{0,7})/")
# one after a name, between spaces (Bundesamt für Sicherheit in der Informationstechnik /BSI/), not a slash
# between words (Trinkwasser/Öl/Gas)
_NAME_ABBREVIATION = re.compile(r"(?<=\s)/([A-ZÄÖÜ][\wÄÖÜäöü&.-]{1,7})/(?=\s|$)")
# abbreviations in slashes with a semicolon between them (century /c; cent./), not " / " between renderings
_ABBREVIATIONS_LISTED = re.compile(r"(?<=\s)/(?=\S)[^/|\[\]]{1,20};[^/|\[\]]{1,20}(?<=\S)/(?=\s|$|;)")


@dataclass(frozen=True)
class Sense:
    """English renderings of one German word in one dictionary sub-entry."""

    english: tuple[str, ...]  # synonyms, in dictionary order
    tags: tuple[str, ...]  # domains and registers: mil., pol., Br., Am., geogr., …
    grammar: str  # m, f, n, pl, adj, vt, …
    synonyms: tuple[str, ...]  # the German synonyms of this sub-entry (the synset)
    line: int
    american: tuple[str, ...] = ()  # the renderings marked [Am.] (District Attorney [Am.] beside Public Prosecutor)


# a word of a phrase in its British form, then in its American one: initial accommodation centre [Br.]/center [Am.]
# (not before a third choice: jumbo packet [Br.] / package [Am.] / pack [Am.])
_REGIONAL_WORDS = re.compile(r"(\S+) \[(Br|Am)\.\] ?/ ?([^\s/\[]+) \[(Am|Br)\.\](?! ?/)")


def _regional_spellings(english: str) -> str:
    """An English side with each phrase that says one of its words the British way, then the American way, as two
    phrases, each marked so (initial accommodation centre [Br.]; initial accommodation center [Am.]): read as one,
    its tags went and `center` was left a rendering of its own."""
    if "/" not in english:
        return english
    out = []
    for phrase in _synonyms(english):
        found = _REGIONAL_WORDS.search(phrase)
        if found and found[2] != found[4]:
            start, end = phrase[: found.start()], phrase[found.end() :]
            out += [f"{start}{found[1]}{end} [{found[2]}.]", f"{start}{found[3]}{end} [{found[4]}.]"]
        else:
            out.append(phrase)
    return ";".join(out)


def _synonyms(text: str) -> list[str]:
    """The parts of a side of an entry between semicolons that are not inside brackets: `Giebel {m} (Tür; Fenster)`
    is one word with a note, `Texas (US-Bundesstaat; Hauptstadt: Austin)` one place (brackets left open: every
    semicolon)."""
    text = _ABBREVIATIONS_LISTED.sub(" ", text)  # (century /c; cent./: one word, its abbreviations in slashes)
    parts, start, depth = [], 0, 0
    for at, char in enumerate(text):
        if char in "([{<":
            depth += 1
        elif char in ")]}>":
            depth -= 1
        elif char == ";" and depth == 0:
            parts.append(text[start:at])
            start = at + 1
    return [*parts, text[start:]] if depth == 0 else text.split(";")


_INVERTED_PLACE = re.compile(r"(?P<name>[A-Z][^,]*), [A-Z][\w ]* of")


def _place_names(english: str) -> list[str]:
    """A place's English as a country list writes it, said as news does: inverted (Moldova, Republic of → Moldova;
    Micronesia, Federated States of), or its spellings after commas (Romania, Rumania; Southern Bug, Southern Buh);
    not a name with an abbreviation after its comma (Washington, D.C.)."""
    inverted = _INVERTED_PLACE.fullmatch(english)
    if inverted:
        return [inverted["name"]]
    parts = english.split(", ")
    return parts if len(parts) > 1 and all(p[:1].isupper() and "." not in p for p in parts) else [english]


def _clean(text: str) -> str:
    return _SPACES.sub(" ", _NOISE.sub(" ", text)).strip(" ,.")


_EN_WORD = re.compile(r"[a-z][a-z'’-]*")
_EN_WORD_CASED = re.compile(_EN_WORD.pattern, re.IGNORECASE)


def _phrase_words(english: str) -> list[str]:
    """The words of an English rendering in small letters, but for an acronym's capitals: TV report, tube TV (not
    tv report); police interrogation, space agency (not as an example or a name writes them: European Space
    Agency)."""
    return [w if len(w) >= 2 and w.isupper() else w.lower() for w in _EN_WORD_CASED.findall(english)]


# English nouns with no singular of their own, or whose -s is no plural (a lens is no len, the blues no blue)
_INVARIANT = frozenset(
    "news series species means physics politics economics mathematics ethics arms goods clothes thanks glasses "
    "trousers jeans customs earnings savings proceeds remains outskirts surroundings belongings headquarters "
    "lens atlas canvas bias chaos ethos pathos cosmos kudos blues".split()
)


def english_singular(word: str) -> str:
    """The singular of an English plural by rule (duties → duty, boxes → box); other words as they are."""
    if word.lower() in _INVARIANT or word.endswith(("'s", "’s")):
        return word  # (a possessive is no plural: butcher’s, a shop, is no butcher’)
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@functools.lru_cache(maxsize=200_000)
def phrase_key(phrase: str) -> str:
    """An English phrase as the dictionary's phrase counts know it: lower case, each word singular,
    British -isation as -ization (human rights organisations → human right organization)."""
    return " ".join(english_singular(w).replace("isation", "ization") for w in _EN_WORD.findall(phrase.lower()))


def slash_readings(text: str) -> list[str]:
    """A rendering's readings, one for each word a slash offers (to wield influence/power/authority over: power
    over, not influence power), and the pieces a spaced slash parts, so no two words a slash parts are a phrase."""
    if " / " in text:
        return text.split(" / ")
    if "/" not in text:
        return [text]
    return [" ".join(words) for words in itertools.islice(itertools.product(*(w.split("/") for w in text.split())), 12)]


def english_phrases(path: Path = DEFAULT_PATH) -> dict[str, tuple[int, str, str]]:
    """Two- and three-word English phrases of the dictionary: key → (lines that use it, its commonest
    spelling, the first eight of those line numbers). English as the dictionary writes it, to tell a fixed
    term (profit margin, nuclear weapon) from a word-by-word composition nobody writes (safety burden)."""
    from collections import Counter

    lines: Counter = Counter()
    spellings: dict[str, Counter] = {}
    where: dict[str, list[int]] = {}
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if line.startswith("#") or " :: " not in line:
                continue
            seen: dict[str, str] = {}
            for part in re.split(r"[|;]", line.split(" :: ", 1)[1]):
                for reading in slash_readings(_clean(part)):
                    words = _phrase_words(reading)
                    for n in (2, 3):
                        for i in range(len(words) - n + 1):
                            surface = " ".join(words[i : i + n])
                            seen.setdefault(phrase_key(surface), surface)
            lines.update(seen.keys())
            for key, surface in seen.items():
                spellings.setdefault(key, Counter())[surface] += 1
                at = where.setdefault(key, [])
                if len(at) < 8:
                    at.append(number)
    return {
        key: (count, spellings[key].most_common(1)[0][0], " ".join(map(str, where[key])))
        for key, count in lines.items()
    }


def _singular_column(singular: str, plural: str) -> str:
    """The singulars, where the entry wrote plurals in their place: Terrorist :: terrorists | terroristses.
    The tell is a plural column of no English word, made of the "singular" and an -s."""
    from wordfreq import zipf_frequency

    ones, many = _synonyms(singular), _synonyms(plural)
    if len(ones) != len(many):
        return singular
    fixed = []
    for one, more in zip(ones, many):
        one_words, more_words = one.split(), more.split()
        last, plural_last = (one_words or [""])[-1], (more_words or [""])[-1]
        if (
            plural_last in (f"{last}s", f"{last}es")
            and english_singular(last) != last
            and "-" not in last  # (comrade-in-arms is one)
            and zipf_frequency(plural_last, "en") == 0
            and zipf_frequency(english_singular(last), "en") > 0
        ):
            one = one.rsplit(last, 1)[0] + english_singular(last)
        fixed.append(one)
    return ";".join(fixed)


def english_plurals(english: str) -> tuple[str, ...]:
    """An English noun's regular plurals (railing → railings; friary → friaries)."""
    return (english + "s", english + "es", *((english[:-1] + "ies",) if english.endswith("y") else ()))


def _lemma(word: str) -> str:
    """simplemma's lemma (the lexicon's own asks the dictionary, which is being built)."""
    import simplemma

    return simplemma.lemmatize(word, lang="de")


def parse(path: Path = DEFAULT_PATH) -> dict[str, list[Sense]]:
    index: dict[str, list[Sense]] = {}
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if line.startswith("#") or " :: " not in line:
                continue
            german, english = line.rstrip("\n").split(" :: ", 1)
            de_parts = german.split(" | ")
            en_parts = english.split(" | ")
            if len(de_parts) != len(en_parts):
                de_parts, en_parts = de_parts[:1], en_parts[:1]
            if len(en_parts) > 1 and "{pl}" in de_parts[1] and "{pl}" not in de_parts[0]:
                en_parts[0] = _singular_column(en_parts[0], en_parts[1])
            for position, (de, en) in enumerate(zip(de_parts, en_parts)):
                en = _regional_spellings(en)
                # an English word marked as old (milliard [Br.] [dated] beside billion) is no rendering to
                # propose, and its mark is not the sense's: the sense is not dated, only that word is
                current = [x for x in _synonyms(en) if not _OLD_ENGLISH.intersection(_TAGS.findall(x))]
                # and so is one of a rare, slang or joking register beside words of none, which tags no sense
                # (Achteck :: octagon; octangle [rare] is no rare sense); a colloquial one stays: heart attack
                casual = _CASUAL_ENGLISH - {t.strip() for t in _TAGS.findall(de)}  # (not one a German word shares:
                # Potentat [pej.] :: potentate [pej.])
                plain = [x for x in current if not casual.intersection(map(str.strip, _TAGS.findall(x)))]
                current = plain if any(_clean(x) for x in plain) else current
                en = ";".join(current) if any(_clean(x) for x in current) else en
                en_words = tuple(_ARTICLE_EN.sub("", w) for w in (_clean(x) for x in _synonyms(en)) if w)
                if "geogr." in _TAGS.findall(german):  # (Moldova, Republic of; Romania, Rumania)
                    en_words = tuple(dict.fromkeys(name for w in en_words for name in _place_names(w)))
                if not en_words:
                    continue
                american = tuple(
                    _ARTICLE_EN.sub("", _clean(x)) for x in _synonyms(en) if "Am." in map(str.strip, _TAGS.findall(x))
                )
                de_synonyms = [s.strip() for s in _synonyms(de) if s.strip()]
                cleaned = tuple(_ARTICLE_DE.sub("", c) for c in (_clean(s) for s in de_synonyms) if c)
                # a form of address (Schwester /Sr./ (als Anrede) :: sister, written Sister) is tagged so, as its own
                own = [
                    {t.strip() for t in _TAGS.findall(s)}
                    | ({ADDRESS} if _ADDRESS.search(s) else set())
                    | {FIELD_NOTES[note] for note in _FIELD_NOTE.findall(s)}
                    for s in de_synonyms
                ]
                # a subject ([pol.], [mil.]) is the whole sub-entry's, and so is every tag of the English;
                # a style or region ([Ös.], [humor.], [Süddt.]) is only its own synonym's: Fetzenlaberl [Ös.]
                # [humor.] is the Austrian joke word for Fußball, which is neither; Fahrer is no southern word
                # for being on a line with Fahrzeuglenker [Süddt.]
                shared = (
                    {t.strip() for t in _TAGS.findall(en)}
                    | ({TITLE} if _TITLE_CASED.search(f"{de} {en}") else set())
                    | {t for tags in own for t in tags if t not in STYLE_TAGS and t not in GERMAN_REGIONS}
                ) - IN_COMPOUNDS  # (Macherei [in Zusammensetzungen] beside Schüren: only Macherei's own)
                # a later sub-entry whose English is the first one's plural is its plural column, though the German
                # lacks {pl}: a singular there is misplaced (Geländer | Bauzaun :: railing | railings; no railings)
                plural_column = position > 0 and "{pl}" not in de and en.strip() in english_plurals(en_parts[0].strip())
                for raw, word, mine in zip(de_synonyms, (_ARTICLE_DE.sub("", _clean(s)) for s in de_synonyms), own):
                    if not word or len(word) > 60:
                        continue
                    if plural_column and word[:1].isupper() and " " not in word and _lemma(word) == word:
                        continue
                    tags = tuple(sorted(shared | mine))
                    grammar = ",".join(_BRACES.findall(raw))
                    # later sub-entries are plurals, compounds and examples: keep the short ones
                    # (ballistischer Flugkörper → ballistic missile), not whole example sentences, and the names
                    # that carry an abbreviation (Bundesamt für Sicherheit in der Informationstechnik /BSI/)
                    if (
                        position > 0 and "pl" not in grammar and len(word.split()) > 3
                        and not any(sum(c.isupper() for c in a) >= 2 for a in _NAME_ABBREVIATION.findall(raw))
                    ):  # fmt: skip
                        continue
                    index.setdefault(word, []).append(Sense(en_words, tags, grammar, cleaned, number, american))
                    if _INFLECTED.search(raw) and word.endswith("e"):
                        # an adjective written with its endings (ehemalige(r/s) :: former) is its stem's sense too
                        sense = Sense(en_words, tags, grammar, cleaned, number, american)
                        index.setdefault(word[:-1], []).append(sense)
                    # an abbreviation (Weltmeisterschaft /WM/, Deutsche Demokratische Republik /DDR/) is a
                    # word too; its English begins with the English abbreviation when there is one (/GDR/)
                    for abbreviation in _ABBREVIATION.findall(raw.split("[")[0]):
                        english = tuple(dict.fromkeys(_ABBREVIATION.findall(en) + list(en_words)))
                        sense = Sense(english, (*tags, "abbr."), grammar, (word,), number)
                        index.setdefault(abbreviation, []).append(sense)
    _add_possessed(index)
    return index


_POSSESSED = re.compile(r"^jds\. ([A-ZÄÖÜ][\w-]+)$")
_CASUAL_TAGS = frozenset("slang ugs. coll. vulg. pej. humor.".split())
_POSSESSOR_EN = re.compile(r"^(?:sb\.?|one)['’]s ")


def _add_possessed(index: dict[str, list[Sense]]) -> None:
    """A noun the dictionary lists only as someone's (jds. Vorgesetzter :: sb.'s superior; jds. Widersacher) is a
    word of its own too, its English without the someone's: superior, personal adversary."""
    for key, senses in list(index.items()):
        found = _POSSESSED.match(key)
        if not found:
            continue
        for sense in senses:
            if _CASUAL_TAGS.intersection(sense.tags):
                continue  # (jds. Alte [slang]: sb.'s old lady is no rendering of Alte)
            if found[1] in index and sense.grammar not in ("m", "f", "n", "pl"):
                continue  # a word of its own takes a someone's noun (jds. Alter {n}: age; jds. Personalien {pl}:
                # identity details), not a phrase (jds. Vorgaben)
            english = tuple(dict.fromkeys(_POSSESSOR_EN.sub("", e) for e in sense.english))
            index.setdefault(found[1], []).append(
                Sense(english, sense.tags, sense.grammar, sense.synonyms, sense.line, sense.american)
            )


def _build(tmp: Path, path: Path) -> None:
    """The SQLite cache: senses by word and by ending, and the English phrase counts."""
    import sqlite3

    db = sqlite3.connect(tmp)
    db.execute(
        "CREATE TABLE sense (word TEXT, english TEXT, tags TEXT, grammar TEXT, synonyms TEXT, line INTEGER,"
        " drow TEXT,"  # the word reversed, lower case: entries by their ending (…sprecher)
        " english_key TEXT,"  # the English as one phrase key between spaces: how often a compound uses a word
        " n INTEGER,"  # the order rows were written in, which the indexes keep among rows of one word
        " american TEXT)"
    )
    index = parse(path)
    db.executemany(
        "INSERT INTO sense VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            (
                word,
                "\t".join(s.english),
                "\t".join(s.tags),
                s.grammar,
                "\t".join(s.synonyms),
                s.line,
                word.lower()[::-1],
                f" {phrase_key(' '.join(s.english))} ",
                n,
                "\t".join(s.american),
            )
            for n, (word, s) in enumerate((word, s) for word, senses in index.items() for s in senses)
        ),  # fmt: skip
    )
    db.execute("CREATE TABLE person (english TEXT PRIMARY KEY) WITHOUT ROWID")
    db.executemany("INSERT INTO person VALUES (?)", ((e,) for e in sorted(persons(index))))
    db.execute("CREATE TABLE phrase (key TEXT PRIMARY KEY, lines INTEGER, surface TEXT, at TEXT) WITHOUT ROWID")
    db.executemany("INSERT INTO phrase VALUES (?, ?, ?, ?)", ((k, *v) for k, v in english_phrases(path).items()))
    words = _word_filter(word for (word,) in db.execute("SELECT DISTINCT word FROM sense"))
    db.execute("CREATE TABLE word_filter (bits BLOB)")
    db.execute("INSERT INTO word_filter VALUES (?)", (words,))
    # (with the columns a compound's uses are read from, so that look-up needs no row of the table)
    db.execute("CREATE INDEX by_word ON sense (word, n, english_key, tags)")
    db.execute("CREATE INDEX by_ending ON sense (drow, n, word, english_key, tags)")
    db.execute("CREATE INDEX by_line ON sense (line)")
    db.commit()
    db.close()


# which German words the dictionary has, as a Bloom filter (a megabyte) stored in the cache: most words an
# extraction asks about are compound parts the dictionary lacks, and those cost no query
_FILTER_BITS = 1 << 23
_MASK = _FILTER_BITS - 1


def _positions(word: str) -> tuple[int, int]:
    """The word's two bits in the filter, the same in every process (one place for writer and reader)."""
    h = int.from_bytes(hashlib.blake2b(word.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "little")
    return h & _MASK, (h >> 23) & _MASK


def of_a_person(sense: Sense) -> bool:
    """The dictionary lists the sense with a woman's word beside the man's (Anhänger; Anhängerin :: supporter;
    Arzt; Ärztin :: doctor; Kollege; Kollegin): a person's, not Anhänger's other line, trailer."""
    from .lexicon import NO_UMLAUT

    men = {w.translate(NO_UMLAUT) for w in sense.synonyms}
    return any(
        w.endswith("in") and len(w) > 4 and bool({w[:-2], w[:-2] + "e", w[:-2] + "er"} & men)
        for w in (w.translate(NO_UMLAUT) for w in sense.synonyms)
    )


def persons(index: dict[str, list[Sense]]) -> set[str]:
    """The English, in small letters, of the senses of a person (`of_a_person`), and the word each names (student,
    of university student; member, of member of parliament): English that names a person (supporter, not
    trailer)."""
    found = set()
    for senses in index.values():
        for sense in filter(of_a_person, senses):
            for english in (e.lower() for e in sense.english):  # and its head: student of university student
                found.update((english, english.split(" of ")[0].split()[-1] if english.split() else ""))
    return found - {""}


def _word_filter(words) -> bytes:
    bits = bytearray(_FILTER_BITS // 8)
    for word in words:
        for k in _positions(word):
            bits[k >> 3] |= 1 << (k & 7)
    return bytes(bits)


def _may_have(bits: bytes, word: str) -> bool:
    a, b = _positions(word)
    return bool(bits[a >> 3] >> (a & 7) & 1 and bits[b >> 3] >> (b & 7) & 1)


_OPEN: "weakref.WeakSet[Dictionary]" = weakref.WeakSet()  # the dictionaries a forked child must reconnect
_INHERITED: list = []  # the parent's connections a child holds but never uses (nor closes, which is the parent's)


def _reconnect_after_fork() -> None:
    """An SQLite connection must not cross a fork: a forked worker (parallel extraction) reopens the
    cache file and keeps everything the parent had already looked up."""
    import sqlite3

    for dictionary in list(_OPEN):
        _INHERITED.append(dictionary._db)
        dictionary._db = sqlite3.connect(dictionary._uri, uri=True, check_same_thread=False)


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_reconnect_after_fork)


class Dictionary:
    """Lookups by German word from an SQLite cache built once from the dictionary file.

    Parsing the 206k lines takes seconds; the cache (keyed by the file's size and mtime)
    opens instantly and is read only for the words a run asks about.
    """

    def __init__(self, db=None, uri: str = ""):
        self._db = db
        self._uri = uri
        if db is not None and uri:
            _OPEN.add(self)
        self._memo: dict[str, list[Sense]] = {}
        self._phrases: dict[str, tuple[int, str, str]] = {}  # key → (lines, spelling, line numbers)
        self._tags: dict[str, float] | None = None
        self._fetched: set[str] = set()  # first words whose phrases are all in _phrases
        self._words: bytes | None = None  # which German words the dictionary may have (the Bloom filter)
        self._persons: set[str] | None = None  # (without the cache: `persons` of the index, worked out once)
        self._hyphenated: dict[str, str] | None = None  # closed spelling in small letters → hyphenated headword
        if db is not None:
            self._words = db.execute("SELECT bits FROM word_filter").fetchone()[0]

    @classmethod
    def load(cls, path: Path | None = None, cache_dir: Path | None = None) -> "Dictionary":
        import sqlite3

        path = Path(path or os.environ.get("GLOSSARY_DING", DEFAULT_PATH))
        if not path.is_file():
            return cls(None)
        stat = path.stat()
        cache_dir = Path(cache_dir or cache_directory())
        cache = cache_dir / f"ding-v{_CACHE_VERSION}-{stat.st_size}-{int(stat.st_mtime)}.sqlite"
        if not cache.is_file():
            cache_dir.mkdir(parents=True, exist_ok=True)
            tmp = cache.with_name(f".{cache.name}.{os.getpid()}.tmp")
            try:
                _build(tmp, path)
            except BaseException:
                tmp.unlink(missing_ok=True)
                raise
            os.replace(tmp, cache)
            for old in cache_dir.glob("ding-v*.sqlite"):
                if not old.name.startswith(f"ding-v{_CACHE_VERSION}-"):
                    old.unlink(missing_ok=True)  # an earlier version's cache: rebuilt if ever needed again
        uri = f"file:{cache}?mode=ro"
        return cls(sqlite3.connect(uri, uri=True, check_same_thread=False), uri)

    @classmethod
    def from_index(cls, index: dict[str, list[Sense]]) -> "Dictionary":
        d = cls(None)
        d._memo = dict(index)
        return d

    def __bool__(self) -> bool:
        return self._db is not None or bool(self._memo)

    def senses(self, word: str) -> list[Sense]:
        found = self._memo.get(word)
        if found is None:
            found = []
            if self._db is not None and _may_have(self._words, word):
                rows = self._db.execute(
                    "SELECT english, tags, grammar, synonyms, line, american FROM sense WHERE word = ? ORDER BY line",
                    (word,),
                )
                split = lambda v: tuple(v.split("\t")) if v else ()  # noqa: E731
                found = [Sense(split(e), split(t), g, split(s), n, split(a)) for e, t, g, s, n, a in rows]
            self._memo[word] = found
        return found

    def hyphenated(self, word: str) -> str:
        """The headword the dictionary lists with a hyphen for a word written closed (Gazastreifen → Gaza-Streifen,
        Vizepremierminister → Vize-Premierminister), or ''. (Its hyphenated words are read once: 0.1 s.)"""
        if "-" in word:
            return ""
        if self._hyphenated is None:
            query = "SELECT DISTINCT word FROM sense WHERE instr(word, '-') > 0"
            words = [w for (w,) in self._db.execute(query)] if self._db is not None else list(self._memo)
            self._hyphenated = {}
            for listed in words:
                if "-" in listed.strip("-") and listed.strip("-") == listed and " " not in listed:  # (not Einheits-)
                    self._hyphenated.setdefault(listed.replace("-", "").lower(), listed)
        return self._hyphenated.get(word.lower(), "")

    def attested(self, phrase: str, german: str = "") -> tuple[int, str]:
        """(dictionary lines whose English uses this phrase, the spelling they use); (0, "") when none.
        Plural and British spelling do not matter: `human right organization` finds `human rights
        organisation`. `german`: only lines whose German has it (Teil: `arms deal` is on Waffengeschäft's
        line, so no rendering of Waffenteil); of those, the first eight lines are looked at."""
        key = phrase_key(phrase)
        if " " not in key:
            return 0, ""
        if key not in self._phrases:
            self._phrases[key] = (0, "", "") if key.split()[0] in self._fetched else self._phrase(key)
        count, surface, at = self._phrases[key]
        if german and count:
            wanted = german.lower()
            count = sum(1 for line in at.split() if any(wanted in w.lower() for w in self.line_words(int(line))))
        return (count, surface) if count else (0, "")

    def fetch_phrases(self, first: str) -> None:
        """Every phrase that begins with this word, in one query: a compound's modifier is tried with many
        heads."""
        key = phrase_key(first)
        word = key.split(" ", 1)[0]
        if not word or word in self._fetched or self._db is None:
            return
        rows = self._db.execute(
            "SELECT key, lines, surface, at FROM phrase WHERE key > ? AND key < ?", (word + " ", word + "!")
        )
        for key, lines, surface, at in rows:
            self._phrases.setdefault(key, (lines, surface, at))  # (the line numbers read when asked)
        self._fetched.add(word)

    def _phrase(self, key: str) -> tuple[int, str, str]:
        if self._db is not None:
            row = self._db.execute("SELECT lines, surface, at FROM phrase WHERE key = ?", (key,)).fetchone()
            return (row[0], row[1], row[2]) if row else (0, "", "")
        count, surface, at = 0, "", []
        for senses in self._memo.values():
            for sense in senses:
                for english in sense.english:
                    words = _phrase_words(english)
                    grams = [" ".join(words[i : i + n]) for n in (2, 3) for i in range(len(words) - n + 1)]
                    for gram in grams:
                        if phrase_key(gram) == key and sense.line not in at:
                            count, surface = count + 1, surface or gram
                            at.append(sense.line)
        return count, surface, " ".join(map(str, at[:8]))

    @functools.lru_cache(maxsize=20_000)
    def line_words(self, line: int) -> tuple[str, ...]:
        """The German words of one dictionary line (asked again for each pair of senses tried on it)."""
        if self._db is not None:
            return tuple(w for (w,) in self._db.execute("SELECT word FROM sense WHERE line = ?", (line,)))
        return tuple(w for w, senses in self._memo.items() if any(s.line == line for s in senses))

    @functools.lru_cache(maxsize=50_000)
    def singular(self, plural: str) -> str:
        """The singular the dictionary lists a plural with, on the same line (Beamten → Beamter), or ''."""
        if any(sense.grammar in ("m", "f", "n") for sense in self.senses(plural)):
            return ""  # a singular itself (Mittel)
        for sense in self.senses(plural):
            if sense.grammar != "pl":
                continue
            stem = plural[: max(3, len(plural) - 2)]
            for word in self.line_words(sense.line):
                if (
                    word != plural
                    and word.startswith(stem)
                    and abs(len(word) - len(plural)) <= 2  # (not Mittelwert for Mittel)
                    and any(
                        s.line == sense.line and s.grammar in ("m", "f", "n") and not regional(s.tags)
                        for s in self.senses(word)
                    )  # (not one said only in Austria or Switzerland: Jean [Ös.] beside Jeans, Frankfurterli)
                ):
                    return word
        return ""

    def tag_shares(self) -> dict[str, float]:
        """How often each tag (mil., pol., med., …) marks a sense in the whole dictionary: the background a
        collection's domain stands out against."""
        if self._tags is None:
            from collections import Counter

            counts: Counter = Counter()
            if self._db is not None:
                for tags, n in self._db.execute("SELECT tags, COUNT(*) FROM sense GROUP BY tags"):
                    counts.update({t: n for t in tags.split("\t")} if tags else {})
            else:
                counts.update(t for senses in self._memo.values() for s in senses for t in s.tags)
            total = sum(counts.values()) or 1
            self._tags = {t: n / total for t, n in counts.items()}
        return self._tags

    @functools.lru_cache(maxsize=512)
    def starting_with(self, prefix: str, limit: int = 400) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """(German word, English renderings) of the entries that begin with `prefix` (Handels…): how the
        dictionary itself renders a compound modifier. (Cached: a modifier is asked for its sibling compounds,
        its possessive and its learned sense, for each of its heads.)"""
        if self._db is not None:
            rows = self._db.execute(
                "SELECT word, english FROM sense WHERE word >= ? AND word < ? LIMIT ?",
                (prefix, prefix + "\uffff", limit),
            )
            return tuple((word, tuple(english.split("\t")) if english else ()) for word, english in rows)
        found = [(w, s.english) for w, senses in self._memo.items() if w.startswith(prefix) for s in senses]
        return tuple(found[:limit])

    def ending_with(self, suffix: str, limit: int = 400) -> list[tuple[str, tuple[str, ...], str, tuple[str, ...]]]:
        """(German word, English renderings, grammar, tags) of the entries that end in `suffix` (…sprecher): how
        the dictionary itself renders a compound head."""
        key = suffix.lower()[::-1]
        if self._db is not None:
            rows = self._db.execute(
                "SELECT word, english, grammar, tags FROM sense WHERE drow >= ? AND drow < ? LIMIT ?",
                (key, key + "\uffff", limit),
            )
            return [(w, tuple(e.split("\t")) if e else (), g, tuple(t.split("\t")) if t else ()) for w, e, g, t in rows]
        found = [(w, s.english, s.grammar, s.tags) for w, senses in self._memo.items()
                 if w.lower().endswith(suffix.lower()) for s in senses]  # fmt: skip
        return found[:limit]

    def uses(self, word: str, renderings, discount: frozenset = frozenset()) -> dict[str, float]:
        """How many entries that begin or end with the German word render it with each of these English
        renderings; an entry counts for the longest one it has (Großhirnrinden… → cerebral cortex, not also
        cortex), and a quarter when it carries a tag of `discount` (the dictionary's many bird names that
        end in …star are no reason to read Star as starling)."""
        keys = {english: f" {phrase_key(english)} " for english in renderings}
        plain, special = self._compound_text(word, discount)
        raw = {key: plain.count(key) + 0.25 * special.count(key) if key.strip() else 0.0 for key in keys.values()}
        # each use of a longer rendering that contains this one is that one's (cerebral cortex, not cortex)
        return {e: max(0.0, raw[key] - sum(raw[o] for o in raw if o != key and key in o)) for e, key in keys.items()}

    @functools.lru_cache(maxsize=20_000)
    def _compound_text(self, word: str, discount: frozenset, limit: int = 150) -> tuple[str, str]:
        """The English of the entries that begin or end with the word (Zug|führer, Güter|zug), one phrase key
        between spaces a line, as two texts: the entries without and with a tag of `discount`. How the
        dictionary itself uses the word: the senses it means most often (train, not strain)."""
        if len(word) < 3:
            return "", ""
        lowered = word.lower()
        if self._db is not None:
            rows = self._db.execute(
                "SELECT word, english_key, tags FROM sense WHERE word >= ? AND word < ? LIMIT ?",
                (word, word + "\uffff", limit),
            ).fetchall()
            rows += self._db.execute(
                "SELECT word, english_key, tags FROM sense WHERE drow >= ? AND drow < ? LIMIT ?",
                (lowered[::-1], lowered[::-1] + "\uffff", limit),
            ).fetchall()
        else:
            rows = [
                (w, f" {phrase_key(' '.join(s.english))} ", "\t".join(s.tags))
                for w, senses in self._memo.items()
                if w.startswith(word) or w.lower().endswith(lowered)
                for s in senses
            ]
        plain, special = [], []
        for w, key, tags in rows:
            if w.lower() != lowered:
                (special if tags and discount.intersection(tags.split("\t")) else plain).append(key)
        return "\n".join(plain), "\n".join(special)

    def adjective_entries(self, adjective: str, noun: str) -> list[tuple[str, str]]:
        """(ending, entry) of the dictionary's entries of an uninflected adjective with a noun, in whatever
        ending it lists them (kalter Krieg, hochrangige Vertreter)."""
        entries = ((ending, f"{adjective}{ending} {noun}") for ending in ("e", "er", "es", "en", ""))
        return [(ending, entry) for ending, entry in entries if self.senses(entry)]

    def is_common_noun(self, word: str) -> bool:
        """A noun with a gender in the dictionary whose English is not a proper name (Halbinsel → peninsula); a
        plural of no other word class (not ihr {ppron} {pl})."""
        return any(
            (s.grammar[:1] in ("m", "f", "n") or s.grammar.split(",")[0] == "pl") and s.english[0][:1].islower()
            for s in self.senses(word)
            if "abbr." not in s.tags  # an abbreviation (WM, AG) stays a name-like word
        )

    def is_adjective(self, word: str) -> bool:
        """A word the dictionary lists as an adjective (groß, weiß, politisch), in any of its senses."""
        return any("adj" in s.grammar for s in self.senses(word))

    def is_verb(self, word: str) -> bool:
        """A word the dictionary lists as a verb, a sense said 'to …' (melden, vermarkten, kosen)."""
        return any(s.english[0].startswith("to ") for s in self.senses(word))

    def is_place(self, word: str) -> bool:
        """A geographical proper name: tagged [geogr.] and capitalised in English (Nordkorea → North Korea)."""
        return self.place(word) is not None

    def place(self, word: str) -> Sense | None:
        """The sense that names the word as a place ([geogr.], capitalised English; not an abbreviation's nor a
        people's member: Schotte is a Scot). None for a word that is first a common noun's plural (Marken are
        stamps and brands before they are Italy's Marche)."""
        senses = self.senses(word)
        if senses and senses[0].grammar == "pl" and senses[0].english[0][:1].islower():
            return None
        found = next(
            (
                s
                for s in senses
                if "geogr." in s.tags and "abbr." not in s.tags and "soc." not in s.tags and s.english[0][:1].isupper()
            ),
            None,
        )
        # a region listed after its land, untagged on the land's line: Bayern [geogr.] | Niederbayern | Oberbayern
        return found or next(
            (
                s for s in senses
                if not s.tags and not s.grammar and s.english[0][:1].isupper() and self._geographic_line(s.line)
            ),
            None,
        )  # fmt: skip

    @functools.lru_cache(maxsize=5_000)
    def _geographic_line(self, line: int) -> bool:
        """A line of the dictionary with a place on it (its first sub-entry, as a rule)."""
        return any("geogr." in s.tags for word in self.line_words(line) for s in self.senses(word) if s.line == line)

    def renders_as_itself(self, word: str) -> bool:
        """The dictionary gives the word itself as one of its English renderings (Hotel, Phenobarbital): a word
        English writes so too."""
        lowered = word.lower()
        return any(lowered == e.lower() for sense in self.senses(word) for e in sense.english)

    @functools.lru_cache(maxsize=20_000)
    def is_person(self, english: str) -> bool:
        """English the dictionary gives a person's German word, man's and woman's (`persons`): supporter, doctor."""
        if self._db is None:
            if self._persons is None:
                self._persons = persons(self._memo)
            return english.lower() in self._persons
        return self._db.execute("SELECT 1 FROM person WHERE english = ?", (english.lower(),)).fetchone() is not None

    def gender(self, word: str) -> str:
        """The gender most of the word's senses give (Kirche is f, though a line on services gives it m); a tie
        goes to the first."""
        genders = [s.grammar[:1] for s in self.senses(word) if s.grammar[:1] in ("m", "f", "n")]
        return max(genders, key=genders.count) if genders else ""
