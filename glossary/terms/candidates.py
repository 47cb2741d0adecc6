"""Candidate terms from German segments: nouns and compounds, adjective+noun terms, names.

German capitalises nouns, which does most of the tagging for us; simplemma gives lemmas,
the Ding dictionary tells common nouns from names, and the corpus itself groups genitive
and hyphenation variants (Russlands → Russland, Kremlchef ~ Kreml-Chef).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import NamedTuple

from rapidfuzz.distance import DamerauLevenshtein

from .. import lexicon
from ..ding import TITLE
from ..document import Document
from ..lexicon import (
    ADJECTIVE_ENDING,
    NO_UMLAUT,
    TERM_TOKEN_RE,
    WORD_RE,
    adjective_stem,
    german_frequencies,
    is_known,
    lemma,
    noun_before_loanword,
    noun_modifier,
    one_letter_away,
    zipf_de,
    zipf_en,
)
from ..segmentation import ABBREVIATIONS
from ..workers import fork_map
from .names import (
    countries,
    foreign_surname,
    german_place_shape,
    german_towns,
    given_names,
    russian_surname,
    surnames,
)

_ENGLISH_MARKERS = frozenset(
    "the a of and for to reply leave click source site video thumbnail restrictions copyright".split()
)
_BOILERPLATE_RE = re.compile(
    r"©|\(c\)|copyright|all rights reserved|^\s*quelle\s*:|^\s*foto\s*:|\bfoto:|^\s*source\b"
    r"|leave a reply|disclaimer|abonniere|newsletter|cookies?\b|impressum"
    r"|datenschutz(?:erklärung|hinweis|einstellung)|^\s*datenschutz\b",  # (not Datenschutzbedenken in the news)
    re.IGNORECASE,
)
# Lowercase words inside a name: Komsomolsk am Amur, Frankfurt an der Oder.
CONNECTORS = frozenset({"am"})
_PLACE_LINKS = frozenset({"am", "an", "de", "do", "da"})  # after a place's own name: Rio de Janeiro
# Lowercase words between a first name and a surname: Florian von Brunn, Ursula von der Leyen, Rafael van
# der Vaart, Lula da Silva (not zu, a preposition as often: Kims Reise zu Putin)
_QUOTED_TITLE = re.compile(r"[„“\"»«‚]([^„“”\"»«.,;:!?()]{3,80})[“”\"«»‘]")
_ARTICLES = frozenset("Der Die Das Den Dem Des Ein Eine".split())
# Germany's parties, as news names them: beside another, Linke is the Left Party (die Linke), not a leftist (the
# dictionary has the party's members only), and Grüne the Green Party, not the green (im Grünen)
GERMAN_PARTIES = frozenset({"CDU", "CSU", "SPD", "FDP", "AfD", "Grüne", "Grünen", "BSW", "Linkspartei"})
PARTY_FORMS = {"Linke": "Linke", "Linken": "Linke", "Linker": "Linke", "Grüne": "Grüne", "Grünen": "Grüne"}
PARTY_ENGLISH = {"Linke": ("Left Party", "The Left"), "Grüne": ("Green Party", "Greens")}
# German-language papers and magazines named by a common noun, which news quotes alone (der „Spiegel“, die „Welt“, dem
# „Standard“, die „Bild“-Zeitung): their names as they write them, English's too
_MEDIA_TITLES = {
    "Spiegel": "Der Spiegel", "Zeit": "Die Zeit", "Welt": "Die Welt", "Bild": "Bild", "Stern": "Stern",
    "Focus": "Focus", "Standard": "Der Standard", "Presse": "Die Presse", "Kurier": "Kurier", "Tagesspiegel":
    "Der Tagesspiegel", "Handelsblatt": "Handelsblatt", "Freitag": "Der Freitag",
}  # fmt: skip
# an article, or a preposition with one in it, before a noun (im Zug, des Essens)
_NOUN_ARTICLES = frozenset(
    "der die das den dem des ein eine einen einem einer eines im am zum zur vom beim ins".split()
)
# (no article: „Situation in der Region“ is a phrase quoted, no title)
_TITLE_WORDS = frozenset("am im an von vom für und zu zum zur auf in of the and on for".split())
_STREETS = ("straße", "strasse", "weg", "gasse", "allee", "platz", "ring", "damm", "chaussee", "ufer")
STREET_WORDS = frozenset(_STREETS)  # the same words on their own, after a town's adjective: Berliner Straße
_DOCTOR = frozenset({"Dr", "Prof"})  # titles written short, before a person's name
_ENGLISH_TITLES = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Lady", "Lord"})  # (before a name: none of it)
# a firm's legal form after its name, part of the name (Gilead Sciences Inc, Premier Injuries Ltd, Volkswagen AG)
FIRM_FORMS = frozenset("Inc Ltd Co Corp plc LLC GmbH AG SE KGaA KG SA NV BV Bros".split())  # (Bros: Turner Bros)
# what stands between a text's last sentence and an agency's credit after it (… Prozent. dpa), and the words an
# agency's name follows (der Nachrichtenagentur dpa)
_CREDIT_GAPS = frozenset({".", "!", "?", '."', ".“", ".”", '!"', '?"', "!“", "?“"})
_AGENCY_WORDS = frozenset({"Nachrichtenagentur", "Presseagentur", "Agentur", "Bildagentur", "Fotoagentur"})
_INDEFINITE = frozenset("ein eine einen einem einer eines kein keine keinen keinem keiner keines".split())
_ENGLISH_STREETS = frozenset("street road lane way avenue square alley boulevard ring embankment drive".split())
_ONLY_TOWNS = ("hausen",)  # an ending only town names have, whatever their first part (Salz|hausen)
# endings of German place names: a town whose first part is no German word (Machtols|heim, Merkl|ingen)
_SETTLEMENTS = (
    "heim", "ingen", "hausen", "dorf", "burg", "bach", "feld", "stadt", "furt", "hofen", "kirchen", "weiler",
    "rode", "leben", "stedt", "büttel", "beuren", "reuth", "zell", "brunn", "bronn",
)  # fmt: skip
_NAME_PREFIXES = frozenset("von van der den de del della da dos du la le ten ter".split())
_ROMANCE_LINKS = frozenset("de del della di do dos".split())  # no German words: Tour de France, Rio de Janeiro
_CAMEL = re.compile(r"[a-z][A-Z][A-Za-z]+")  # iPhone, eBay, iOS
# a capital inside a word after small letters: YouTube, PlayStation, WhatsApp (and German's Binnen-I, LehrerInnen)
_INNER_CAPITAL = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]*")
_CAPITAL_ARTICLES = frozenset("Den Der Die Das De Het".split())  # inside a sentence, a name's: Den Helder, Den Haag
_PARTICLE_STARTS = _NAME_PREFIXES - {"der", "den"}  # der, den only after von or van: zu, der are words too
# son of, daughter of, father of, the in an Arabic name, after a name (Osama bin Laden, Saad al Hariri; not ich bin)
_ARABIC_LINKS = frozenset("bin ibn bint abu al".split())
# (feature, English): a feature of the landscape + "von" + a place is the name of a place (Straße von Hormus)
GEOGRAPHIC_FEATURES = {
    "Straße": "Strait", "Meerenge": "Strait", "Golf": "Gulf", "Bucht": "Bay", "Kap": "Cape", "Insel": "Island",
    "Halbinsel": "Peninsula", "Landenge": "Isthmus", "Kanal": "Canal", "Tal": "Valley", "See": "Lake",
}  # fmt: skip
_AMBIGUOUS_FEATURES = frozenset({"Straße", "See", "Tal", "Kanal", "Insel"})
# (noun, English): a state's noun + a place is a state's name (Volksrepublik China → People's Republic of China)
STATE_NOUNS = {
    "Republik": "Republic", "Volksrepublik": "People's Republic", "Bundesrepublik": "Federal Republic",
    "Königreich": "Kingdom", "Fürstentum": "Principality", "Großherzogtum": "Grand Duchy",
    "Föderation": "Federation", "Sultanat": "Sultanate", "Emirat": "Emirate",
}  # fmt: skip
_STATE_STARTS = tuple(STATE_NOUNS)
# heads after a name that make the whole a proper name in English, with the word English names it by
# (Tahrir-Platz → Tahrir Square, not Place; Humboldt-Universität → Humboldt University)
NAMED_PLACES = {
    "Universität": "University", "Hochschule": "University", "Platz": "Square", "Straße": "Street",
    "Allee": "Avenue", "Brücke": "Bridge", "Kirche": "Church", "Dom": "Cathedral", "Kathedrale": "Cathedral",
    "Museum": "Museum", "Bahnhof": "Station", "Flughafen": "Airport", "Stadion": "Stadium", "Park": "Park",
    "Palast": "Palace", "Schloss": "Palace", "Münster": "Minster", "Burg": "Castle", "Tor": "Gate", "Turm": "Tower",
    "Institut": "Institute", "Stiftung": "Foundation", "Krankenhaus": "Hospital", "Klinik": "Clinic",
    "Klinikum": "Hospital", "Theater": "Theatre", "Zirkus": "Circus", "Oper": "Opera", "Kanal": "Canal",
    "Insel": "Island", "Gebirge": "Mountains", "Tal": "Valley", "Wald": "Forest", "Gymnasium": "Gymnasium",
    "Akademie": "Academy", "Bibliothek": "Library", "Galerie": "Gallery", "Zentrum": "Centre", "Center": "Center",
    "Hafen": "Harbour", "Halle": "Hall", "Hotel": "Hotel",
}  # fmt: skip
# titles English writes as part of a person's name, with their English (Prinz Henrik → Prince Henrik, Papst
# Franziskus → Pope Francis); not ranks and offices (Präsident Trump is Donald Trump)
NAMED_TITLES = {
    "Prinz": "Prince", "Prinzessin": "Princess", "Kronprinz": "Crown Prince", "Kronprinzessin": "Crown Princess",
    "König": "King", "Königin": "Queen", "Kaiser": "Emperor", "Kaiserin": "Empress", "Zar": "Tsar",
    "Herzog": "Duke", "Herzogin": "Duchess", "Großherzog": "Grand Duke", "Großherzogin": "Grand Duchess",
    "Fürst": "Prince", "Fürstin": "Princess", "Graf": "Count", "Gräfin": "Countess", "Scheich": "Sheikh",
    "Emir": "Emir", "Sultan": "Sultan", "Papst": "Pope", "Kardinal": "Cardinal", "Erzbischof": "Archbishop",
}  # fmt: skip
_GENITIVE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{2,}[a-rt-zäöüß]s")  # Politicos, Apples (not Williams, Voss)
REGNAL = re.compile(r"[IVX]{1,5}")  # a pope's or a monarch's number: Elisabeth II, Benedikt XVI
_ORDINAL = re.compile(r"X{0,3}(?:IX|IV|VI{0,3}|I{2,3})|X{1,3}I{0,3}")  # II to XXXIX: a team's, a ship's, a king's
# buildings a name follows, one name of two words (Flughafen Wien, Hotel Birkenhof): NAMED_PLACES has their English
BUILDINGS = frozenset(
    "Flughafen Bahnhof Stadion Schloss Klinik Klinikum Krankenhaus Museum Hotel Café Restaurant Gasthof Gasthaus "
    "Theater Kino Zirkus Circus Galerie Sparkasse".split()
)
# the same as a compound's head, a house of a kind (Waldhotel Luise, Landeskrankenhaus Salzburg); not a station
# (Weltraumbahnhof Wostotschny is the Vostochny Cosmodrome, Wostotschny its name)
_BUILDING_HEADS = ("hotel", "klinik", "klinikum", "krankenhaus", "museum")
_POLITE = frozenset(
    "sie ihr ihre ihrer ihrem ihren ihres ihnen du dich dir dein deine euch euer".split()
)  # capitalised
# capitalised inside a sentence, no surname after a first name: the polite pronouns, articles, English small words
_NOT_SURNAMES = _POLITE | frozenset("der die das den dem des ein eine einen einem einer und oder the of and".split())
# a noun of an action or a state (Festsetzung, Bereitschaft, Souveränität): what a text does or is, seldom a term
STATE_ENDINGS = ("ung", "heit", "keit", "schaft", "tät", "nis", "ismus")
_ABSTRACT_ENDINGS = (*STATE_ENDINGS, "tum", "ie", "ion")  # no surnames
# endings German common nouns are made with: a word after in or aus without them and unknown is a place's name
_NOUN_ENDINGS = (*_ABSTRACT_ENDINGS, *"er in chen lein ling ist ent ant ur ik ing e en".split())
_POSSESSOR = re.compile(r"['’]s$")
# before an adjective made a noun, words that make it a quality or a thing said, no person: im Klaren, etwas Schönes
_QUALITY_BEFORE = frozenset("im ins am ans vom zum beim etwas nichts viel wenig allerlei".split())
# the first word of a German idiom a noun stands in only (in Betracht, im Hinblick auf, kein Hehl aus etw. machen)
_IDIOM_OPENINGS = frozenset("in im ins auf aufs zur zum zu aus unter von vom mit bei beim am ans kein keinen".split())
_ENGLISH_LINKS = frozenset({"for", "of", "and"})  # small words inside an English name
_SAINTS = frozenset("San Santa Santo São Sao Saint Sainte Sankt St.".split())  # before a saint's name, a place's
_ENGLISH_OF = frozenset({"of", "for"})  # no German word: what stands on either side is an English name's
_ENGLISH_PLACE_WORDS = frozenset({"Port", "Fort"})  # German nouns too, the first word of English places' names
_SPA_WORDS = frozenset({"Bad"})  # the first word of many towns' names, a common noun elsewhere
# the last word of English clubs' names, after their town (Manchester United, Blackburn Rovers, Derby County)
_CLUB_ENDINGS = frozenset("United City Rovers Wanderers Hotspur Albion County Rangers Athletic".split())
# the letters of German sports clubs (Turn- und Sportverein, Sportclub, …): before a word that may be a town, a club
_SPORTS_CLUBS = frozenset(
    "FC SC SV TSV TV VfB VfL VfR SG SpVgg FSV TuS TSG RW BW SSV ASV USC VC BSV DJK ESV FV HSG TSC SF".split()
)
_ONLY_CLUBS = _SPORTS_CLUBS - frozenset("FC SC SV TV SG SF VC FV".split())  # (not also a TV, a Schülervertretung …)
# English words that end the name of a league or a tournament (Premier League, China Open, Davis Cup)
_EVENT_WORDS = frozenset("League Open Cup Masters Series Championship Championships Trophy".split())
# the first word of sports clubs' names, before their town (Borussia Dortmund, Eintracht Frankfurt, Inter Mailand)
CLUB_WORDS = frozenset(
    "Borussia Eintracht Fortuna Hertha Werder Hansa Dynamo Union Alemannia Arminia Preußen Viktoria Germania "
    "Kickers Energie Holstein Greuther Bayern Bayer Juventus Inter Lazio Olympique Ajax Galatasaray Fenerbahce "
    "Besiktas Schachtar Zenit Sporting Benfica Celtic Rapid Sturm Austria Real Atlético Athletic Racing "
    "Dinamo Spartak Lokomotive Lokomotiv Partizan Slavia Sparta Legia Lech Wisla Feyenoord Steaua "
    # and the clubs' names before their towns in Italy and in German basketball and ice hockey
    "Sampdoria Hellas Atalanta Udinese Skyliners Merlins Baskets Adler Löwen Eisbären Füchse".split()
)
# (English plurals: before a town no gazetteer has too; after a town's adjective: Würzburger Kickers)
_NICKNAMES = frozenset("Skyliners Merlins Baskets Kickers".split())
# a German association's word before its village, which no gazetteer has (Musikverein Leinstetten, Liederkranz
# Dunningen, Sportfreunde Rohrdorf), and how English news names such a club, after its village (Leinstetten Music
# Society, Illmensee Sports Club, Salzstetten Choral Club; Sportfreunde Rohrdorf is kept as written)
ASSOCIATIONS = {
    "Musikverein": "Music Society", "Sportverein": "Sports Club", "Turnverein": "Gymnastics Club",
    "Turngemeinde": "Gymnastics Club", "Gesangverein": "Choral Society", "Schützenverein": "Rifle Club",
    "Liederkranz": "Choral Club", "Sportfreunde": "",
}  # fmt: skip
# a first name that is a month too begins no person's name (im August Preise)
_MONTHS = frozenset("Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split())
_PLACE_PREPOSITIONS = frozenset({"in", "aus", "nach", "bei"})
_CITING = frozenset({"nach", "laut", "gemäß"})  # before a report's source (nach Angaben der Polizei)
# the plural or dative a report's source is cited in (nach Polizeiangaben, laut Medienberichten)
_SOURCES = ("angaben", "berichten", "informationen", "schätzungen", "erkenntnissen", "aussagen", "darstellung")
# the words of courts and authorities named after the town they sit in (Landgericht Konstanz, Polizeipräsidium Essen)
_SEATS = ("gericht", "Staatsanwaltschaft", "präsidium", "Landratsamt", "Bistum", "Erzbistum", "Landkreis")
_FIRM_HEADS = tuple(  # nouns (and the heads of compounds) a firm's, a medium's or a group's name is set after
    """konzern unternehmen firma hersteller versorger anbieter betreiber händler verlag sender zeitung magazin
    portal plattform netzwerk dienst bank versicherer verein verband partei stiftung institut agentur gruppe
    label marke kette discounter airline fluggesellschaft reederei""".split()
)
# articles, and prepositions with one in them: a common noun's company (der Gold…, im Gold, zur Kirche)
_ARTICLE_WORDS = frozenset(
    "der die das den dem des ein eine einen einem einer eines im am vom zum zur ins beim".split()
)
_FAMILY_ARTICLE = frozenset({"die"})  # die Müllers: a family, said by its surname with an s
_RELATIVE_PRONOUNS = frozenset({"dem", "der", "denen"})  # (das Haus, in dem Fischer arbeitet: no article)
_RELATIVE_PREPOSITIONS = frozenset("in an auf aus bei mit nach von zu für über unter vor neben zwischen gegen".split())
_AGE = re.compile(r"\d+-jährigen?")  # (der 39-jährige Müller: a person said by age and surname)
_LIST_WORDS = frozenset({"und", "oder", "sowie"})  # between the items of a list, as a comma or a slash is
_LIST_GAP = re.compile(r"\s*[,/]\s*")
_PLACE_ENDINGS = (*_SETTLEMENTS, "berg", "stein", "tal", "wald", "au", "hof", "see", "land")
_SETTLEMENT_ENDINGS = (*_SETTLEMENTS, "berg", "stein", "tal")  # a town's adjective in -er is made of these
# towns' endings the lemmatizer reads as a noun's plural (Eggenfelden, Neukirchen, Heiligenzimmern, Aichstetten; not
# -ingen: in Flüchtlingen)
_TOWN_FORMS = ("kirchen", "felden", "zimmern", "stetten", "hofen", "hausen")
WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonnabend", "Sonntag")
# a time, no term and no name: a weekday and a part of the day (Donnerstagabend), a period and its start, middle or
# end (Jahresende, Saisonbeginn, Jahreshälfte); in lower case
TIME_WORD = re.compile(
    rf"(?:{'|'.join(day.lower() for day in WEEKDAYS)})"
    r"(?:früh|morgen|vormittag|mittag|nachmittag|abend|nacht)"
    r"|(?:jahr|monat|quartal|woche|saison|semester)(?:es|s|n)?(?:ende|anfang|beginn|mitte|hälfte)"
)
_NAME_PARTICLE = re.compile(r"(?:al|el|ad|as|ash|at|az|ibn|bin|ben|abu|bint)-[A-ZÄÖÜ]")  # Arabic names: al-Sisi
_GAP_OK = re.compile(r"\s*")
_AMPERSAND = re.compile(r" ?& ?")
# a place English writes this often (wordfreq) is one even where German has an everyday noun so spelled (Essen)
_KNOWN_PLACE_ZIPF, _EVERYDAY_NOUN_ZIPF = 2.5, 4.5
_INITIAL = re.compile(r"[A-ZÄÖÜ]\. ")  # a middle name's initial: John F. Kelly
# a number after a noun, no quantity's (Formel 1, Formel 1-Rennen; not 1,5 Prozent), and the hyphen of a compound
_NUMBER_AFTER = re.compile(r" (\d{1,3})(?!\d|[.,:/]\d| ?%)(-(?![Jj]ährig)(?=[^\W\d_]))?")  # (no age: 16-Jährige)
# a number before a noun counts it, or begins a range: Tesla 110 Millionen, Orbitz 10 bis 25 Dollar
_QUANTITY_AFTER = re.compile(r"'?\d| (?:[A-ZÄÖÜ][a-zäöüß]|bis |und |oder )")
_NUMBERED_COMPOUND = re.compile(r"([A-ZÄÖÜ][^\W\d_]{3,})-\d{1,3}-[^\W\d_]")  # Formel-1-Finale
# a Korean given name as English and German write it: two syllables, the second in lower case (Chan-il, Jae-in)
_KOREAN_GIVEN = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{1,4}")


# function words, reporting verbs and adverbs: no term, and no head of a compound
GERMAN_FUNCTION_WORDS = frozenset(
    """
    aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes anders auch auf aus
    bei beide beiden beim bereits bevor bin bis bisher bislang bist bitte da dabei dadurch dafür dagegen daher dahin
    damals damit danach daneben dann daran darauf daraus darin darum darunter das dass davon davor dazu dein deine
    dem demnach den denen denn dennoch der deren derer des deshalb dessen deswegen dich die dies diese diesem diesen
    dieser dieses doch dort dadurch du durch eben ebenfalls ebenso eher eigentlich ein eine einem einen einer eines
    einige einigem einigen einiger einiges einmal er erst erste ersten es etwa etwas euch euer eure eurer eures für
    gab ganz gar gegen gemäß genau gerade gewesen gibt gleich habe haben hat hatte hatten hätte hätten heute hier
    hin hinter ich ihm ihn ihnen ihr ihre ihrem ihren ihrer ihres im immer in indem infolge ins inzwischen irgend
    ist ja je jede jedem jeden jeder jedes jedoch jemand jene jenem jenen jener jenes jetzt kann kaum kein keine
    keinem keinen keiner keines können könnte könnten lassen lediglich man manche manchem manchen mancher manches
    mehr mehrere mein meine meist meisten mich mir mit muss musste müssen müsste nach nachdem neben nicht nichts
    noch nun nur ob oder ohne schon sehr sei seid sein seine seinem seinen seiner seines seit seitdem selbst sich
    sie sind so sobald sodass solche solchem solchen solcher solches soll sollen sollte sollten sondern sonst soweit
    sowie später statt trotz um und uns unser unsere unserem unseren unserer unter viel viele vielen vielleicht
    vom von vor während wann war waren wäre wären warum was weder weil weiter weitere welche welchem welchen welcher
    welches wenn wer werde werden wie wieder will wir wird wo wobei wohl wollen wollte worden wurde wurden würde
    würden zu zuerst zum zur zwar zwei zwischen drei vier fünf sechs sieben acht neun zehn hundert tausend
    sagte sagt sagten erklärte berichtete berichteten teilte teilten hieß heißt laut zufolge zudem allerdings
    zuvor zunächst anschließend derzeit zuletzt weiterhin rund weniger darauf nahe
    """.split()
)
# nouns too frequent to be terms, which end compounds all the same (Protest|tag, Sonder|fall)
_FREQUENT_NOUNS = frozenset(
    """
    herr frau uhr prozent
    montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz april mai juni juli august
    september oktober november dezember jahr jahre jahren jahres woche wochen tag tage tagen monat monate monaten
    stunde stunden minute minuten mal ende anfang teil art weise fall seite beispiel
    """.split()
)
STOPWORDS = GERMAN_FUNCTION_WORDS | _FREQUENT_NOUNS


def stopwords() -> frozenset[str]:
    return STOPWORDS


class Occurrence(NamedTuple):  # (a tuple: one is made for every word of a term)
    doc: int
    segment: int
    surface: str


@dataclass
class Candidate:
    """Everything seen of one term across the collection, before scoring and proposals."""

    key: str
    kind: str  # term | name
    pos: str  # NOUN, PROPN, ADJ NOUN
    words: int
    forms: Counter = field(default_factory=Counter)
    occurrences: list[Occurrence] = field(default_factory=list)
    parts: tuple[str, ...] = ()  # lemmas of the words, for multi-word terms
    placed: bool = False  # seen as a place is: in, aus, nach or bei without an article (in Lackendorf)
    sited: int = 0  # times seen where a place is, though of a German word's shape (in Nagold: Na|gold)
    articled: bool = False  # seen after an article, as a common noun is (im Gold, der Gold…)
    apposed: int = 0  # times seen right after a noun, as a name is (der Versorger Westnetz)
    cited: int = 0  # times seen as a report's source is named: nach Polizeiangaben, Medienberichten zufolge
    compounded: int = 0  # times seen as a compound's first part, a noun and a number: Formel 1-Rennen
    genders: tuple[str, ...] = ()  # a gender homograph's: the genders its determiners show, each time (`text_gender`)
    partied: int = 0  # times seen in a sentence that names one of Germany's parties too (SPD, Grüne und Linke)
    quoted: int = 0  # times seen as a title in quotation marks (die „Frankfurter Allgemeinen Zeitung“)
    counted: int = 0  # a noun and a number: times the number counts or ends a clause (Tesla 110 Millionen, Müller 2,)

    def __getstate__(self) -> dict:
        """A worker's candidates go to its parent with their occurrences as plain tuples, several times
        quicker to pickle than named ones."""
        return {**self.__dict__, "occurrences": [tuple(o) for o in self.occurrences]}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state, occurrences=list(map(Occurrence._make, state["occurrences"])))

    def take(self, other: Candidate) -> None:
        """Another candidate's forms and occurrences joined to this one's: a genitive, a surname, a misspelling,
        or the same term read by another worker."""
        self.forms.update(other.forms)
        self.occurrences.extend(other.occurrences)
        self.placed = self.placed or other.placed
        self.sited += other.sited
        self.articled = self.articled or other.articled
        self.apposed += other.apposed
        self.cited += other.cited
        self.compounded += other.compounded
        self.genders += other.genders
        self.partied += other.partied
        self.quoted += other.quoted
        self.counted += other.counted

    @property
    def frequency(self) -> int:
        return len(self.occurrences)

    @property
    def documents(self) -> int:
        return len({o.doc for o in self.occurrences})


# function words German has and English has not (not die, in, an, so, war, am)
GERMAN_ONLY = frozenset(
    "der das und ist nicht mit sich des dem den ein eine einen einem einer zu auf für von wird sind auch dass nach "
    "bei wie über hat oder aber sie wir ich er es sein haben werden wurde wurden noch nur schon vor aus um".split()
)


# a news site's own features, pointed out to the reader: „News und Hintergründe im Ticker“, „in unserem Liveblog“
_SITE_FEATURE = re.compile(
    r"\b(?:Liveblog|Live-?[Tt]icker|Newsticker|Ticker|Newsletter|Podcast|Livestream|Mediathek)\b"
)
# a byline: von and a name (or an agency's letters) then a comma, a slash, und or nothing more ("Von Rupert Steiner,
# City-Korrespondent", "- von Guy Faulconbridge und …", "Von az, aktualisiert am …"); not a sentence that begins
# with von (Von Clintons Unterstützern wird …, Von der Polizei hieß es …)
_BYLINE = re.compile(r"^\s*-?\s*[Vv]on (?:[a-z]{1,3}|[A-ZÄÖÜ][\w.'’-]*(?: [A-ZÄÖÜ][\w.'’-]*)*)\s*(?:[,|(/–-]|und\b|$)")
_READER = re.compile(r"\b(?:Sie|Ihr\w*|[Uu]nser\w*)\b")  # words that speak to the reader: Lesen Sie mehr auf …
_TO_THE_READER = re.compile(_READER.pattern + r"|\b(?:im|hier)\b")  # (where a site points to its features)
# the reader addressed as Euer/Euch inside a sentence: „Danke für Eurer Verständnis - das WELT-Team“
_YOU_ALL = re.compile(r"(?<=\S )(?:Euer|Eure|Eurem|Euren|Eurer|Eures|Euch)\b")


def is_boilerplate(text: str, tokens: list[str]) -> bool:
    """Bylines, copyright and source lines, a site pointing to its features, English web chrome, shouted
    headlines."""
    if _BOILERPLATE_RE.search(text) or _BYLINE.match(text) or _YOU_ALL.search(text):
        return True
    if _SITE_FEATURE.search(text) and _TO_THE_READER.search(text):
        return True
    if not tokens:
        return True
    german = sum(1 for t in tokens if t.lower() in GERMAN_ONLY)  # two German function words: German, no need to ask
    if german < 2:  # (nor two words German writes and English does not: Die Bewegung Fridays for Future demonstriert)
        german += sum(1 for t in tokens if zipf_de(t) >= 3.0 and zipf_de(t) > zipf_en(t.lower()) + 1.0)
    if german < 2:
        english = sum(1 for t in tokens if t.lower() in _ENGLISH_MARKERS or zipf_en(t.lower()) > zipf_de(t) + 1.0)
        if english / len(tokens) >= 0.5:
            return True
    # words typed in capitals, two or more of them making up a third of the line: web chrome (MEHR ZUM THEMA), not
    # a sentence that names one body twice (die ACLU … der ACLU; RUSADA und die WADA)
    shouted = [t for t in tokens if len(t) > 3 and t.isupper()]
    return len(set(shouted)) >= 2 and len(shouted) >= len(tokens) / 3


# nouns whose gender tells their sense (der Leiter: head; die Leiter: ladder), the common ones: for other words the
# dictionary's odd gender is a slip more often than a sense (Einklang {f} :: accordance; Knacken {m} :: crack)
GENDER_HOMOGRAPHS = frozenset(
    """
    Band Bauer Bund Erbe Flur Gehalt Golf Heide Hut Kiefer Korn Kristall Kunde Laster Leiter Mangel Mark Marsch
    Messer Militär Moment Otter Radler Reis Schild See Single Steuer Stift Tau Taube Teil Tor Verdienst Wehr Weise
    """.split()
)
# the genders a singular noun may have after a determiner that only a singular takes, and the ending an adjective
# between them has (das neue Steuer: n; eine neue Steuer: f; dem, des, zum neuen Leiter: m or n); der, die and den
# are left out, as a plural may follow them (die Leiter: the leaders)
_DETERMINER_GENDERS = {
    **dict.fromkeys(("das", "ins"), ("n", "e")),  # (not dieses: a genitive too, dieses Vorgangs)
    "eine": ("f", "e"),
    **dict.fromkeys("einer zur".split(), ("f", "en")),
    "einen": ("m", "en"),
    **dict.fromkeys("dem einem des eines diesem jedem im am vom zum beim".split(), ("mn", "en")),
}
_STRONG = {"ein": {"": "mn", "er": "m", "es": "n"}}  # after ein the adjective tells: ein neuer Leiter, ein neues Steuer


def text_gender(tokens: list[str], joined: list[bool], i: int) -> str:
    """The genders the noun at token i may have by its determiner, an adjective or two between that agree with it
    (eine neue Steuer → f, das Steuer → n, dem Leiter → m or n, ein neuer Leiter → m); '' when nothing before it
    tells, or the words disagree (einen solides Golf; das bisschen Reis: no adjective)."""
    k, adjectives = i - 1, []
    while (
        k >= 0 and i - k <= 2 and joined[k + 1] and tokens[k].islower()
        and tokens[k] not in _DETERMINER_GENDERS and tokens[k] not in _STRONG
    ):  # fmt: skip
        adjectives.append(tokens[k])
        k -= 1
    if k < 0 or not joined[k + 1] or (tokens[k].lower() in ("das", "dem") and k > 0 and not joined[k]):
        return ""  # (a relative pronoun after a comma: das Auto, das Menschen hilft)
    determiner = tokens[k].lower()
    if determiner in _STRONG:
        endings = {ADJECTIVE_ENDING.search(a)[0] if ADJECTIVE_ENDING.search(a) else "?" for a in adjectives} or {""}
        return _STRONG[determiner].get(endings.pop(), "") if len(endings) == 1 else ""
    genders, ending = _DETERMINER_GENDERS.get(determiner, ("", ""))
    return genders if all(a.endswith(ending) and not a.endswith(ending + "n") for a in adjectives) else ""


def _one_apostrophe(key: str) -> str:
    """A candidate's key, one entry whichever apostrophe the text types (Guy’s Hospital, Guy's Hospital)."""
    return key.replace("’", "'")


def _after(tokens: list[str], joined: list[bool], i: int, words: frozenset[str]) -> bool:
    """Token i follows one of the words, with nothing between them (in Lackendorf, im Klaren)."""
    return i > 0 and joined[i] and tokens[i - 1].lower() in words


def _articled(tokens: list[str], joined: list[bool], i: int) -> bool:
    """Token i follows an article, or an article and a word in lower case, as a common noun does (der Gold…, im
    neuen Gold…); not as a person is said: a family (die Müllers kauften), an age (der 39-jährige Müller), after a
    relative pronoun (das Haus, in dem Fischer arbeitet)."""
    if tokens[i].endswith("s") and _after(tokens, joined, i, _FAMILY_ARTICLE):
        return False
    if _after(tokens, joined, i, _ARTICLE_WORDS):
        relative = (
            i > 2 and tokens[i - 1] in _RELATIVE_PRONOUNS and joined[i - 1] and not joined[i - 2]
            and tokens[i - 2] in _RELATIVE_PREPOSITIONS
        )  # fmt: skip
        return not relative
    return (
        i > 1 and joined[i - 1] and tokens[i - 1].islower() and not _AGE.fullmatch(tokens[i - 1])
        and _after(tokens, joined, i - 1, _ARTICLE_WORDS)
    )  # fmt: skip


def _with_stop(tokens: list[str], matches, text: str, k: int) -> str:
    """Token k with the full stop written right after it, if there is one: Inc., Jr."""
    return tokens[k] + "." if text[matches[k].end() : matches[k].end() + 1] == "." else tokens[k]


def _apostrophe_s(tokens: list[str], matches, text: str, j: int) -> bool:
    """Token j is the s of an English possessive, an apostrophe right before it: Guy's, Moody's."""
    return tokens[j] == "s" and text[matches[j - 1].end() : matches[j].start()] in ("'", "’")


def _first_name(token: str) -> bool:
    """A first name, or hyphenated first names (Karl-Theodor): what stands before von in a person's name
    (Florian von Brunn; not Tackle von Mitchell)."""
    names = given_names()
    if "-" not in token:
        return token in names
    parts = token.split("-")  # (not Corona-Lage: a German noun after the hyphen is the head of a compound)
    last = parts[-1]
    return all(part in names for part in parts) and (
        last in given_names(home=True) or not lexicon.dictionary().is_common_noun(last)
    )


RANKED_NAME_ZIPF = 4.0  # a word after a rank English writes this often is no person's name (Major League)
_TITLES = frozenset("Sir Dame Lady Lord Dr Prof Präsident King Queen Prince Princess Duke Duchess".split()) | frozenset(
    NAMED_TITLES
)  # (Sir Eric Pickles; King George Island, Queen Mary II: no word that says who they are, and a name)


def _spelled_by(words: tuple[str, ...], abbreviation: str) -> tuple[str, ...]:
    """The last words whose letters the abbreviation takes, in order: each capitalised word's first letter and
    perhaps more of it (Presse|dienst → pd), a small word's first letter or none (Stiftung Wissenschaft und
    Politik → SWP). The fewest words that do; none if no words do."""
    letters = abbreviation.lower()

    def takes(span: tuple[str, ...], at: int) -> bool:
        if not span:
            return at == len(letters)
        word, rest = span[0], span[1:]
        if word in _TITLE_WORDS:
            return takes(rest, at) or (at < len(letters) and word[0] == letters[at] and takes(rest, at + 1))
        if not word[:1].isupper() or at >= len(letters) or word[0].lower() != letters[at]:
            return False
        inside = word[1:].lower()
        for more in range(len(letters) - at):  # (the next letters from inside the word, in order)
            position, found = 0, True
            for letter in letters[at + 1 : at + 1 + more]:
                position = inside.find(letter, position) + 1
                if not position:
                    found = False
                    break
            if found and takes(rest, at + 1 + more):
                return True
        return False

    for n in range(2, len(words) + 1):
        span = words[-n:]
        if span[0][:1].isupper() and span[0] not in _ARTICLES and takes(span, 0):
            return span
    return ()


def _acronyms_adjective(token: str) -> bool:
    """An adjective after an acronym and a hyphen, which German capitalises anywhere: US-amerikanisch, EU-weit."""
    first, _, rest = token.partition("-")
    return bool(rest) and rest[:1].islower() and first.isupper() and len(first) >= 2


_PARTICIPLE = re.compile(r"(?:end|ende|enden|ender|endes|endem)$|^ge\w+(?:t|te|ten|ter|tes|tem|en|ene|enen|ener|enes)$")


def _is_acronym(token: str) -> bool:
    letters = token.replace("-", "")
    return 2 <= len(letters) <= 6 and letters.isupper() and letters.isalpha()


# endings of adjectives that classify rather than describe (relational adjectives)
_CLASSIFYING = ("isch", "lich", "ig", "al", "ell", "iv", "ar", "är", "los")


# the heads of institutions' names: capitalised adjectives before them name one even once (Bayerischer Rundfunk,
# Internationale Atomenergiebehörde, Nationale Befreiungsfront, Medizinische Hochschule)
INSTITUTIONS = (
    "amt", "behörde", "hochschule", "universität", "rundfunk", "verband", "vereinigung", "front", "dienst", "agentur",
    "gericht", "bibliothek", "partei", "bank", "kommission", "institut", "stiftung", "akademie", "museum", "theater",
    "orchester", "ministerium", "gesellschaft", "organisation", "versammlung", "parlament", "armee", "zentrale",
    "zeitung", "presse", "rundschau", "anzeiger", "kurier", "verein", "bund", "kirche", "union", "konferenz", "liga",
)  # fmt: skip


# an institution's word before what it is for (Bundesamt für …, Zentrum für …, Ausschuss für …)
_FOR_INSTITUTIONS = INSTITUTIONS + ("zentrum", "anstalt", "ausschuss", "beobachtungsstelle", "rat", "gerichtshof")


def _council(word: str, dictionary) -> bool:
    """A word in -rat is a council (Bundesrat, Betriebsrat; Ethikrat, which the dictionary lacks), not an Apparat,
    Präparat or Heirat: its English says council or board, or the dictionary does not have it."""
    senses = dictionary.senses(word)
    return not senses or any("council" in e or "board" in e for s in senses for e in s.english)


# what a town's adjective names as one of a kind (Kölner Dom, Berliner Mauer, Münchner Sicherheitskonferenz): these
# words, and words ending in an institution's head or these endings
_TOWN_NAMED = frozenset(
    "dom münster mauer tor zoo burg turm park platz börse senat landtag festspiel festspiele messe prozess".split()
)
_TOWN_NAMED_ENDINGS = (
    *INSTITUTIONS, "abkommen", "übereinkommen", "vertrag", "erklärung", "bahnhof", "hafen", "stadion", "schloss",
    "palast", "kathedrale", "brücke", "krankenhaus", "klinikum", "gymnasium", "zentrum", "blatt", "post",
    "nachrichten", "gerichtshof", "oper",
)  # fmt: skip
_NEWSPAPERS = ("zeitung", "anzeiger", "blatt", "post", "nachrichten", "rundschau", "kurier", "presse", "merkur")


def town_thing(adjective: str, noun: str, dictionary) -> str:
    """The town whose adjective names the noun as one of a kind (Kölner Dom → Köln, Münchner Sicherheitskonferenz
    → München), or '': not a country's (Schweizer Wettbewerbsbehörde is the Swiss one), not any noun (Kölner
    Innenstadt)."""
    head = noun.lower()
    if head not in _TOWN_NAMED and not head.endswith(_TOWN_NAMED_ENDINGS):
        return ""
    town = town_of(adjective, dictionary)
    return town if town not in countries() else ""


def _german_plural(word: str) -> bool:
    """A capitalised word the lemmatizer reads as another noun, as a German plural is (Clubs → Club); not one it
    reads as a verb in small letters (Market → marken: an English word it does not know)."""
    base = lemma(word)
    return base != word and base[:1].isupper()


def event_word(word: str) -> str:
    """The league's or tournament's word a name ends in (`_EVENT_WORDS`), as written or with a genitive s (Cups, of
    des FA Cups: Cup), or ''; Championships is a word of its own."""
    if word in _EVENT_WORDS:
        return word
    return word[:-1] if word.endswith("s") and word[:-1] in _EVENT_WORDS else ""


def newspaper(noun: str) -> bool:
    """A newspaper's word: its name stays as German writes it (Stuttgarter Zeitung, Kölner Stadt-Anzeiger)."""
    return noun.lower().endswith(_NEWSPAPERS)


def club_letters(token: str) -> bool:
    """The letters that begin a club's name before its town: RB, VfB, OGC, TSG (two to four, most capitals)."""
    return 2 <= len(token) <= 4 and token.isalpha() and sum(c.isupper() for c in token) >= max(2, len(token) - 1)


# a name's English noun (Party, County, Management): how often English writes it, how much more than German;
# and how seldom German writes a word of the name before it (Bharatiya, Sedgwick; Royal and Asset lean English)
ENGLISH_HEAD_ZIPF, ENGLISH_HEAD_LEAN, FOREIGN_ZIPF = 4.0, 0.3, 2.5
RUSSIAN_FIRST_ZIPF = 3.0  # how seldom German writes a word before a Russian surname, for it to be the first name
UNLISTED_FIRST_ZIPF = 2.0  # how seldom German writes a word no list has as a first name, for it to be one
NOUN_SURNAME_ZIPF = 3.0  # how seldom German writes a noun after a person's first word, for it to be their surname
ENGLISH_LEAN = 0.8  # how much commoner in English than in German two words are together, in zipf
RARE_MISSPELLING = 2.0  # wordfreq knows some misspellings: a term no commoner may be one (Motoradfahrer)
HOUSE_ZIPF = 4.0  # how seldom German writes a word the lists have as a surname, for a house to be named after it
HYPHENATED_REST = 10  # letters a compound after a hyphen needs to be a term of its own (Masseninfektion)


class Collector:
    """Walks segments once and groups what it sees; cheap per token, lookups cached per word form."""

    def __init__(self, dictionary):
        self.dictionary = dictionary
        self.stop = stopwords()
        self.candidates: dict[str, Candidate] = {}
        self.words = 0
        # an abbreviation in brackets → the words before it: ausschließlichen Wirtschaftszone (AWZ)
        self.definitions: dict[str, tuple[str, ...]] = {}
        self.ascii_documents: set[int] = set()  # documents that write ä as ae (`collect`)
        # two capitalised words side by side, as written (Seattle Mariners, IG Metall): `merge_pairs` reads them
        self.pairs: Counter = Counter()
        # a word in small letters with an adjective's ending before a capitalised one, as written (offizielle
        # Entschuldigung): the proposer reads a noun's sense from the adjectives the collection puts before it
        self.adjectives: Counter = Counter()

    # --- word classes, cached per form
    @functools.lru_cache(maxsize=200_000)
    def noun_like(self, token: str, initial: bool) -> bool:
        if len(token) < 2 or token.lower() in self.stop or token.lower() in ABBREVIATIONS:
            return False
        if _is_acronym(token):
            return True
        if token[:1].isdigit():  # 3D-Drucker: a noun after its number; not a noun made of an adjective (18-Jährige)
            head = token.split("-", 1)[-1]
            if head.lower() in ("fach", "fache", "fachen"):
                return False  # das 3,6-Fache: 3.6 times, no noun
            return head != token and self.noun_like(head, False) and not self._adjective_form(head)
        if not token[:1].isupper():
            return False
        if token.isupper() and len(token) > 6:
            return False
        last = token.rsplit("-", 1)[-1]
        if last[:1].islower() and len(last) >= 4 and zipf_en(last) < max(zipf_de(last), 3.0):
            return False  # ends in a German adjective or participle: EU-feindlich, Nikotin-haltigen (not Know-how)
        # capitalised adjectives, verbs and adverbs (sentence-initial, after a colon) have lowercase lemmas
        if not lemma(token)[:1].isupper():
            return False
        return not (initial and zipf_de(token.lower()) >= 4.0 and not is_known(token) and is_known(token.lower()))

    def _model_name(self, token: str) -> bool:
        """A maker's or a product's name that a number after it makes a model's: Boeing 737, Peugeot 308, Windows 10
        (not a common noun, Artikel 5; nor a place, a person or a month: Berlin 3, Müller 2 in a match's scorers)."""
        return (
            self.name_like(token) and not self.is_place(token) and token not in _MONTHS
            and token not in surnames() and token not in given_names()
            # (nor a word German writes small, capitalised as a sentence's first: Fast 200, Über 50; nor a compound
            # of German words, Kriminalkommissariats 34, an office's number)
            and not self.dictionary.senses(token.lower()) and compound_split(lemma(token), self.dictionary) is None
        )  # fmt: skip

    @functools.lru_cache(maxsize=200_000)
    def name_like(self, token: str) -> bool:
        """Not a common noun of the dictionary: a person, place or organisation (or an unknown compound)."""
        if TIME_WORD.fullmatch(token.lower()):
            return False  # a time: Danai Kritmethavee Freitagfrüh is Danai Kritmethavee, on Friday morning
        base = lemma(token)
        if self.is_place(token):
            return True
        if self._english_name(token):
            return True  # Louis is a name, not the Bavarian word for a pimp
        if "-" in token and _first_name(token):
            return True  # Mette-Marit, Hans-Peter: first names, whatever else their parts mean
        if self._common_noun(token) or studies_of(token):
            return False  # (Koreanistik is a field of study, no name)
        if self._adjective_form(token):
            return False  # (die Allgemeinen, der Südindischen: an adjective, capitalised)
        if _is_acronym(token) or token in _SPORTS_CLUBS:
            return True  # (VfB, SpVgg: a club's letters, however often German writes them)
        if zipf_de(token) >= 4.0 and zipf_en(token.lower()) < 2.0 and not self._unknown_but_named(token, base):
            return False  # a frequent German word that English does not share is not a name
        if "-" in token:  # (a town's part may be a compound in shape: Rehburg-Loccum, Übach-Palenberg)
            if token.startswith("Ex-") and self.dictionary.senses(token[3:]):
                return False  # a former one of a kind the dictionary knows: Ex-General (not Ex-Hearts, a club)
            parts = [part for part in token.split("-") if part[:1].isupper()]
            if len(parts) >= 3 and parts[-1] == "Kreis" and token.count("-") == len(parts) - 1:
                return True  # a district named after its rivers or hills: Rhein-Sieg-Kreis, Schwarzwald-Baar-Kreis
            named = [self.name_like(part) for part in parts]
            placed = [german_place_shape(part) and not self._common_noun(part) and not is_known(part) for part in parts]
            if len(parts) == 2 and not named[1] and parts[0][1:].islower() and not self.dictionary.senses(parts[0]):
                # a double family name: a compound no dictionary lists whose head is a family name, after a word no
                # dictionary has (Kramp-Karrenbauer: no cart farmer); not a thing (Lubrizol-Werksgelände)
                last = lemma(parts[1])
                split = compound_split(last, self.dictionary) if not self.dictionary.senses(last) else None
                if split is not None and split[1].capitalize() in surnames(home=True):
                    return True
            return token[:1].isupper() and all(n or p for n, p in zip(named, placed))
        # unknown to the dictionary: names are written alike in English, compounds are not
        if zipf_en(token.lower()) >= 1.5:
            return True
        if self._street(token) or self._street(token, _SETTLEMENTS):
            return True  # Kaufingerstraße, Plinganserstraße: a street named after a person or place; Merklingen
        if self._surname_in_mann(token):
            return True  # Schlotmann, Ziegelmann: a family name, which the dictionary's …mann compounds are not
        if russian_surname(token) and not self.dictionary.senses(token) and not self._german_compound(token):
            return True  # Medwedew, Gorbatschow: the lemmatizer knows them, no dictionary does
        if foreign_surname(token) and not self.dictionary.senses(token):
            return True  # Hatzidakis, Mitsotakis: no compound of an ackee (Akis), whatever the part before it
        if is_known(token):
            return False
        umlaut = token.translate(NO_UMLAUT) != token and base.translate(NO_UMLAUT) == base  # (Gelehrten|hüte: a
        if self._german_compound(base) or umlaut and self._german_compound(token):  # (Hut is short)
            return False
        return not self._noun_and_unlisted_head(token)

    def _noun_and_unlisted_head(self, word: str) -> bool:
        """A German noun, maybe with a linking s or n, before a head the dictionary has in another form (Verkehrs|
        beamte: Beamter) or before an English noun German writes too (Eltern|website, Anpassungs|tool,
        Rettungs|center): a compound no dictionary lists, no name."""
        for cut in range(4, len(word) - 3):
            modifier, head = word[:cut], word[cut:].capitalize()
            if noun_before_loanword(modifier, head):
                return True
            if noun_modifier(modifier) and lemma(head) != head and self.dictionary.is_common_noun(lemma(head)):
                return True
        return False

    def _german_compound(self, word: str) -> bool:
        """A compound (`looks_compound`) whose modifier, before some dictionary noun at its end, begins with a word
        or is longer than five letters: Trendwert (read as Tr|endwert, and Trend|wert), Späh|affäre, Zika|virus; not
        Yulianus, whose Anus follows four letters that begin no word."""
        split = compound_split(word, self.dictionary)
        if split is None:
            return False
        cuts = [cut for cut in range(2, len(word) - 3) if self.dictionary.is_common_noun(word[cut:].capitalize())]
        modifiers = {split[0], *(word[:cut].lower() for cut in cuts)}
        return any(
            modifier in GERMAN_FUNCTION_WORDS or len(modifier) > 5 or self._german_start(modifier)
            for modifier in modifiers
        )  # (a longer modifier is a word of its own, unknown or misspelt: Zwurbel|sprecher, Pesudo|verbrecher)

    def _german_start(self, modifier: str) -> bool:
        """The modifier begins with a word the dictionary has (Öl|anlage), or with three letters or more a word
        common in German, a verb's stem (spähen) or, with four or more, a word English writes (Zika)."""
        for cut in range(2, len(modifier) + 1):
            start = modifier[:cut]
            # (two letters are a noun's, not an element's symbol: Ba|schar is no compound, Baschar al-Assad a name)
            noun = self.dictionary.is_common_noun if cut == 2 else self.dictionary.senses
            if noun(start.capitalize()):
                return True
            if cut >= 3 and (zipf_de(start) >= 3.0 or zipf_de(start + "en") >= 2.0):
                return True
            if cut >= 4 and zipf_en(start) >= 2.5:
                return True
        return False

    def _surname_in_mann(self, token: str) -> bool:
        """A word in -mann the dictionary lacks, with no linking s or adjective before it and no longer noun at its
        end, is a family name (Schlotmann, Neckermann; not Sicherheitsmann, Defensivmann or Stabshauptmann)."""
        if not token.endswith("mann") or len(token) < 7 or "-" in token or self.dictionary.senses(token):
            return False
        before = token[:-4]
        if before.endswith("s") or before.lower().endswith(_CLASSIFYING) or self.adjective(before.lower()):
            return False
        return not any(self.dictionary.gender(token[cut:].capitalize()) for cut in range(1, len(before)))

    def _owner_and_thing(self, name: str, word: str) -> bool:
        """A name in the genitive (an -s German adds to a name, not a first name's own: Thomas Müller) before a
        German common noun: Garcias Sieg, Kellys Diagnose."""
        if not name.endswith("s") or name.endswith("ss") or name in given_names() or _is_acronym(name[:-1]):
            return False
        # (a German word, not an English one: Earls Court, Terrence Higgins Trust, Kees Van Baar are names)
        return self.dictionary.is_common_noun(lemma(word)) and zipf_de(word) >= zipf_en(word.lower())

    def _adjective_form(self, token: str) -> bool:
        """An inflected adjective or participle: a German adjective's ending after a stem that ends as
        adjectives do (südindisch|en), is one the dictionary lists (allgemein|en), or ends in a participle
        German knows (infektions|gefährdet|en, meist|gesucht|e)."""
        if ADJECTIVE_ENDING.search(token) is None or "-" in token or _is_acronym(token):
            return False
        stem = adjective_stem(token).lower()
        if len(stem) < 4:
            return False
        if stem.endswith(("isch", "lich", "ig", "bar", "sam", "haft", "los")):  # (not -al, -ell: Rochdale, Yellen)
            return True
        if self.dictionary.is_adjective(stem):
            return True
        return stem.endswith("t") and any(
            stem[cut:].startswith("ge") and is_known(stem[cut:]) for cut in range(0, len(stem) - 4)
        )

    @functools.lru_cache(maxsize=50_000)
    def _attributive(self, token: str) -> bool:
        """An adjective's inflected form, capitalised, that the dictionary has as an adjective or ends in one
        (Chinesische, Regierungsfeindliche), and no noun (Kreistagsabgeordneter ends in the adjective geordnet, but in
        the noun Abgeordneter)."""
        if not ADJECTIVE_ENDING.search(token) or "-" in token or self._common_noun(token):
            return False
        if any(self.dictionary.is_common_noun(token[cut:].capitalize()) for cut in range(1, len(token) - 4)):
            return False  # a compound of a noun: Kreistags|abgeordneter, Innen|verteidiger
        stem = adjective_stem(token).lower()
        return any(self.dictionary.is_adjective(stem[cut:]) for cut in range(0, max(1, len(stem) - 4)))

    def _unknown_but_named(self, token: str, base: str) -> bool:
        """A word German writes often and English text names too, which the dictionary does not know and
        which is no compound of its words: a well-known surname (Seehofer, Söder), not a German word."""
        return (
            zipf_en(token.lower()) >= 1.0
            and not self.dictionary.senses(base)
            and not looks_compound(base, self.dictionary)
        )

    def _borrowed_noun(self, tokens, joined, i: int) -> bool:
        """A common noun of the dictionary, alone after a word in lower case or a sentence's article, that
        `_english_name` took for a name because English writes the word more (die emotionale Last, Die Last, am
        nötigen Personal, im Labor: burden, staff, laboratory; not First Lady, a first name, a surname)."""
        token = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) and joined[i + 1] else ""
        return (
            i > 0 and joined[i] and (tokens[i - 1].islower() or i == 1 and tokens[0] in _ARTICLES)
            and not nxt[:1].isupper()
            and self._english_name(token) and self._common_noun(token)
            and token not in given_names() and token not in surnames()
        )  # fmt: skip

    def _town_noun(self, tokens, joined, i: int) -> bool:
        """A town's name that is an everyday German noun too, after an article, is the noun: a town takes none,
        as a river or a region does (die Lippe, im Harz): des Essens (food, not the city), im Zug (train), im Kanton
        Waadt (canton, not Guangzhou, which the dictionary's Kanton is too)."""
        if i == 0 or not joined[i] or tokens[i - 1].lower() not in _NOUN_ARTICLES:
            return False
        if tokens[i - 1][:1].isupper() and i != 1:
            return False  # (an article's capital inside a sentence is a name's: Den Haag)
        token = tokens[i]
        if self._english_name(token):
            return False  # (English's word, `_borrowed_noun`'s: die Hall of Fame)
        base = lemma(token)
        place = self.dictionary.place(base) or self.dictionary.place(token)
        return place is not None and not place.grammar and self._common_noun(base if base != token else token)

    def _english_name(self, token: str) -> bool:
        """A capitalised word English text writes far more than German does, which the dictionary does not
        render as itself (Louis, Hall; not Hotel, which German and English share)."""
        lowered = token.lower()
        if "-" in token or len(token) < 4 or zipf_en(lowered) < 3.5 or zipf_en(lowered) < zipf_de(token) + 0.5:
            return False  # (wordfreq rates Tesla-Chef by its parts)
        base = lemma(token)
        if base != token and self.dictionary.is_common_noun(base):
            return False  # an inflected common noun (eines Transfers), however often English writes the word
        return not self.dictionary.renders_as_itself(token)

    def _street(self, token: str, endings: tuple[str, ...] = _STREETS) -> bool:
        """A street or square named after someone or somewhere: a street word after a part that is no
        German noun (Kaufinger|straße, Auerfeld|straße; not Umgehungs|straße or See|straße); with
        `endings`, a town (Machtols|heim, not Alters|heim)."""
        lowered = token.lower()
        suffix = next((s for s in endings if lowered.endswith(s) and len(lowered) > len(s) + 3), "")
        if not suffix or self.dictionary.senses(token):
            return False
        if suffix in _ONLY_TOWNS:
            return True  # Salzhausen, Petershausen: no German noun ends so (a Hausen is a fish)
        modifier = token[: -len(suffix)]
        for cut in range(1, len(modifier) - 1):  # (two letters or more before the ending: not R|ingen)
            longer = token[cut:].capitalize()
            if self._longer_noun(longer) and not any(
                _ENGLISH_STREETS.intersection(e.lower().split())
                for s in self.dictionary.senses(longer)
                for e in s.english
            ):
                return False  # a compound of a longer noun that is no street: Neben|schauplatz, Kunstrasen|sportplatz
        forms = {modifier, modifier[:-1] if modifier.endswith(("s", "n")) else modifier, modifier.rstrip("en")}
        return not any(self.dictionary.is_common_noun(f.capitalize()) or zipf_de(f.lower()) >= 3.5 for f in forms if f)

    def _longer_noun(self, word: str) -> bool:
        """A noun of its own, in the singular, neither a place nor a verb's infinitive: Schauplatz, Hauptstadt
        (not Thüringen, nor Klingen, in Merk|lingen)."""
        return (
            bool(self.dictionary.gender(word)) and not self.dictionary.senses(word.lower()) and not self.is_place(word)
        )

    def is_place(self, token: str) -> bool:
        return is_place(token, self.dictionary)

    @functools.lru_cache(maxsize=200_000)
    def adjective(self, token: str) -> str:
        """Lemma of an attributive adjective (ballistische → ballistisch), or ''."""
        if not token[:1].islower() or token in self.stop or len(token) < 4:
            return ""
        if not ADJECTIVE_ENDING.search(token):
            return ""
        base = lemma(token)
        if base == token and not is_known(token):  # an adjective the lemmatizer does not know, of a classifying
            stem = adjective_stem(token)  # ending: extraterritorialen → extraterritorial (no place's: ecuadorianisch)
            base = stem if len(stem) >= 6 and stem.endswith(_CLASSIFYING) and not _placed(stem) else base
        if base[:1].isupper() or base == token or base in self.stop:
            return ""
        senses = [s for s in self.dictionary.senses(base) if "adj" in s.grammar]
        if proper_adjective(base, self.dictionary) or self._nationality(base):
            return ""  # russisch, nordkoreanisch: nationality, not terminology
        if zipf_de(base) >= 4.8:
            return ""  # neu, groß, erst: free combinations
        if senses or base.endswith(_CLASSIFYING):
            return base
        return ""

    @functools.lru_cache(maxsize=50_000)
    def term_adjective(self, adj: str, token: str, noun: str) -> bool:
        """An adjective that makes a term with its noun: one that classifies (ballistisch, militärisch,
        hegemonial), not one that describes (streng, modern, arm) nor a participle (geltend, veröffentlicht),
        unless the dictionary lists the pair (kalter Krieg, eingetragene Lebenspartnerschaft)."""
        if adj.endswith(_CLASSIFYING):
            return True
        return self.listed_pair(token, noun)

    @functools.lru_cache(maxsize=50_000)
    def listed_pair(self, token: str, noun: str) -> bool:
        """The dictionary lists the adjective and noun as an entry of its own (kalter Krieg), maybe in the plural
        only (seltene Erden)."""
        stem = adjective_stem(token)
        return any(self.dictionary.adjective_entries(stem, form) for form in dict.fromkeys((lemma(noun), noun)))

    @functools.lru_cache(maxsize=50_000)
    def name_adjective(self, token: str) -> bool:
        """A capitalised adjective inside a sentence, which starts a name: terminology adjectives and, unlike
        in terms, those of peoples and places and participles (Persischer Golf, Vereinigte Arabische Emirate)."""
        lowered = token.lower()
        if (
            not token[:1].isupper()
            or token.isupper()
            or lowered in self.stop
            or ADJECTIVE_ENDING.search(lowered) is None
            or _acronyms_adjective(token)  # (written so anywhere: die US-amerikanische Regierung, no name)
        ):
            return False
        base = lemma(lowered)
        stem = adjective_stem(lowered)
        if base == lowered and stem != lowered and of_a_place(stem):
            base = stem  # a form the lemmatizer lacks of a place's adjective: der Schwäbischen Alb
        if base[:1].isupper() or base == lowered or base in self.stop:
            return False
        # a participle of the verb the lemmatizer gives: vereinigt ← vereinigen, verbündet ← verbünden (not
        # Kette, Karte or Punkte, whose verbs ketten, karten, punkten have no such participle)
        participle = stem.endswith("t") and base.endswith("en") and base in (stem[:-1] + "en", stem[:-2] + "en")
        if self.adjective(lowered) or base.endswith(("sch", "lich", "ig")) or participle:
            return True
        # an everyday adjective too, capitalised inside a sentence only in a name: Weißes Haus, Rotes Kreuz
        return self.dictionary.is_adjective(base)

    @functools.lru_cache(maxsize=50_000)
    def _nationality(self, base: str) -> bool:
        return of_a_place(base)

    # --- collection
    def add(self, doc_index: int, segment_index: int, text: str) -> None:
        text = lexicon.plain_hyphens(text)  # (Bundes\u00adregierung, Baden\u2011Württemberg: one word each)
        matches = list(TERM_TOKEN_RE.finditer(text))
        tokens = [m.group() for m in matches]
        names, umlauts = given_names(), doc_index in self.ascii_documents
        tokens = [
            _standard_spelling(t, umlauts) if (umlauts or "ss" in t) and (i == 0 or tokens[i - 1] not in names) else t
            for i, t in enumerate(tokens)
        ]
        self.words += len(tokens)
        if is_boilerplate(text, tokens):
            return
        # a name run never crosses punctuation: "Kim Jong Un, Nordkoreas Machthaber"
        joined = [
            i > 0 and _GAP_OK.fullmatch(text, matches[i - 1].end(), matches[i].start()) is not None
            for i in range(len(matches))
        ]
        # a firm's &, looked for only in a text that has one (Procter & Gamble)
        ampersand = (
            [
                i > 0 and _AMPERSAND.fullmatch(text, matches[i - 1].end(), matches[i].start()) is not None
                for i in range(len(matches))
            ]
            if "&" in text
            else [False] * len(matches)
        )
        titles = self._quoted_names(text, matches, doc_index, segment_index)
        self._credit(text, matches, tokens, doc_index, segment_index)
        firm = not FIRM_FORMS.isdisjoint(tokens)  # (a firm's legal form, looked for only in a text that has one)
        n = len(tokens)
        for k in range(1, n):
            if joined[k] and tokens[k][:1].isupper():
                if tokens[k - 1][:1].isupper():
                    self.pairs[tokens[k - 1], tokens[k]] += 1
                elif tokens[k - 1][:1].islower() and ADJECTIVE_ENDING.search(tokens[k - 1]):
                    self.adjectives[tokens[k - 1], tokens[k]] += 1
        for k, token in enumerate(tokens):  # (every word, also one inside a name read below: Nord Stream 2)
            number = _NUMBER_AFTER.match(text, matches[k].end()) if token[:1].isupper() and len(token) >= 4 else None
            if number and token.isalpha() and token.lower() not in STOPWORDS:
                if titles and any(a <= matches[k].start() < b for a, b in titles):
                    continue  # (a word of a quoted title)
                # Formel 1: a name if the collection joins the two into a compound too (merge_numbered); the noun
                surface = f"{token} {number[1]}"  # is read as well, as ever
                numbered = self._add(surface.lower(), "name", "NUM", 2, surface, doc_index, segment_index)
                # (or a model's, a name and a number inside a sentence: not a match's scorers, Müller 2, Kane 1.)
                after = text[number.end() : number.end() + 1]  # (nor a word's first digits: 49ers, 92-jährig; nor at
                # a line's end, where a list of scorers ends too)
                counted = not after or after in ",.;:)-" or after.isalnum() or _QUANTITY_AFTER.match(text, number.end())
                numbered.counted += bool(counted)
                model = k > 0 and not counted and self._model_name(token)
                numbered.compounded += bool(number[2]) or model
        i = 0
        while i < n:
            if titles and any(a <= matches[i].start() < b for a, b in titles):
                i += 1  # a word of a quoted title is not a term of its own (Frankfurter in „Frankfurter Allgemeine“)
                continue
            token = tokens[i]
            if token[:1].isdigit() and i > 1 and joined[i] and tokens[i - 1][:1].isupper():
                i += 1  # the number ends a name before it: Ligue 1-Klub, Formel 1-Rennen (no 1 club)
                continue
            self._definition(text, matches, i, doc_index, segment_index)
            if token[:1].islower() and _CAMEL.fullmatch(token) is None:
                # (most words: every rule below but this one begins at a capital, or a brand's small letter: iPhone)
                self._adjective_term(
                    token, tokens[i + 1] if i + 1 < n and joined[i + 1] else "", doc_index, segment_index
                )
                i += 1
                continue
            initial = (
                len(token) == 1
                and not (  # (at the first of them: not S. Travel Association)
                    i > 0 and len(tokens[i - 1]) == 1 and text[matches[i - 1].end() : matches[i].start()].strip() == "."
                )
            )
            end = self._initials_first(tokens, joined, i, text, matches) if initial else 0
            if end:  # B.B. King, J. R. R. Tolkien, H. Jon Benjamin: a person's initials are their name's (was King)
                surface = text[matches[i].start() : matches[end - 1].end()]
                self._add(surface.lower(), "name", "PROPN", end - i, surface, doc_index, segment_index)
                i = end
                continue
            start, end = self._after_doctor(tokens, joined, i, text, matches) if token in _DOCTOR else (0, 0)
            if end:  # Dr. Arlene Baratz, Dr. Müller: a person (no miller), however the words read alone
                surface = " ".join(tokens[start:end])
                key = lexicon.spelling_key(surface) if end == start + 1 else surface.lower()
                self._add(key, "name", "PROPN", end - start, surface, doc_index, segment_index)
                i = end
                continue
            nxt = tokens[i + 1] if i + 1 < n and joined[i + 1] else ""
            if i > 0 and joined[i] and _MEDIA_TITLES.get(nxt) == f"{token} {nxt}":
                # a paper's title with its article, capitalised inside a sentence: das Magazin Der Spiegel (no mirror)
                self._add(f"{token} {nxt}".lower(), "name", "PROPN", 2, f"{token} {nxt}", doc_index, segment_index)
                i += 2
                continue
            # a town's adjective before them is the name's too: Frankfurter Allgemeine Zeitung (no sausage)
            lead = int(
                bool(nxt) and token.endswith("er") and i + 2 < n and joined[i + 2] and self.name_adjective(nxt)
                and bool(town_of(token, self.dictionary))
            )  # fmt: skip
            if i > 0 and nxt and (lead or self.name_adjective(token)):
                # capitalised adjectives inside a sentence start a name: Vereinte Nationen, Persischer Golf,
                # Vereinigte Arabische Emirate, (Tag der) Deutschen Einheit
                j = i + 1 + lead
                while j < n and joined[j] and j - i < 3 + lead and self.name_adjective(tokens[j]):
                    if (
                        joined[i] and self.noun_like(tokens[j], False)
                        and not (j + 1 < n and joined[j + 1] and tokens[j + 1][:1].isupper())
                    ):  # fmt: skip
                        break  # a noun that ends the words, read as an adjective too (im Neuen Garten statt; not
                        # after a colon, where a sentence may begin: Obdachlose Jugendliche zu Fotografen ausgebildet)
                    j += 1
                after = tokens[j + 1] if j + 1 < n and joined[j + 1] else ""
                person = bool(after) and (  # der Grünen Anja Piel: a person's name, after a party's
                    self._surname_after(tokens[j], after)
                    or (_first_name(tokens[j]) or self._unlisted_first(tokens[j]))
                    and self._name_follows(tokens, joined, j + 1)
                    and not _is_acronym(after)
                )
                if j < n and joined[j] and self.noun_like(tokens[j], False) and not person:
                    words = [
                        *tokens[i : i + lead],
                        *(adjective_stem(t) for t in tokens[i + lead : j]),
                        lemma(tokens[j]),
                    ]
                    if self._state_of(tokens, joined, j):
                        j += 1  # Demokratische Volksrepublik Korea
                        words.append(tokens[j])
                    elif self._institution_after(tokens, joined, j):
                        j += 1  # Deutsche Fußball Liga: an institution's word after the noun, apart
                        words.append(lemma(tokens[j]))
                    surface = " ".join(tokens[i : j + 1])
                    kind = "term" if common_phrase(surface, self.dictionary) else "name"  # Rote Bete is a vegetable
                    end = self._for_what(tokens, joined, j) or self._of_a_place(tokens, joined, j)
                    if kind == "name" and end:  # Syrische Beobachtungsstelle für Menschenrechte, Großer Preis von
                        # Malaysia: the name goes on
                        self._add_for_what(words, text, matches, i, j, end, doc_index, segment_index)
                    else:
                        self._add(
                            " ".join(words).lower(), kind, "ADJ PROPN", j - i + 1, surface, doc_index, segment_index
                        )
                    if kind == "name" and i >= 2 and self._named_after(tokens, joined, i):
                        # Tag der Deutschen Einheit, Partei der Europäischen Linken: an institution or a day
                        # named after the name is a name too
                        surface = " ".join(tokens[i - 2 : j + 1])
                        self._add(surface.lower(), "name", "PROPN", j - i + 3, surface, doc_index, segment_index)
                    i = j + 1
                    continue
            saint = token == "St" and i + 1 < n and text[matches[i].end() : matches[i + 1].start()] == ". "
            if saint and tokens[i + 1][:1].isupper():  # St. Louis, St. Gallen: a saint's town (not Louis, nor Gallen)
                end = i + 2
                if tokens[i + 1].endswith("er") and end < n and joined[end] and tokens[end].lower() in STREET_WORDS:
                    end += 1  # a street named after the town: St. Töniser Straße
                surface = "St. " + " ".join(tokens[i + 1 : end])
                self._add(surface.lower(), "name", "PROPN", end - i, surface, doc_index, segment_index)
                i = end
                continue
            end = self._for_what(tokens, joined, i)
            if end:  # Bundesamt für Verfassungsschutz: an institution's name, its own words read on as they are
                self._add_for_what([lemma(token)], text, matches, i, i, end, doc_index, segment_index)
            if self._state_of(tokens, joined, i):  # Volksrepublik China, Bundesrepublik Deutschland
                surface = " ".join(tokens[i : i + 2])
                self._add(surface.lower(), "name", "PROPN", 2, surface, doc_index, segment_index)
                i += 2
                continue
            if (
                token in GEOGRAPHIC_FEATURES and i + 2 < n and joined[i + 1] and joined[i + 2]
                and tokens[i + 1] == "von" and tokens[i + 2][:1].isupper()
                and (self.is_place(tokens[i + 2]) or self.name_like(tokens[i + 2]))
                # a road, lake, valley or canal "von" a town is often just that: the dictionary must know it
                and (token not in _AMBIGUOUS_FEATURES or self.dictionary.senses(" ".join(tokens[i : i + 3])))
            ):  # fmt: skip
                surface = " ".join(tokens[i : i + 3])  # Straße von Hormus, Golf von Mexiko: a place's name
                self._add(surface.lower(), "name", "PROPN", 3, surface, doc_index, segment_index)
                i += 3
                continue
            titled = self._titled_name(tokens, joined, i) if token in NAMED_TITLES and nxt else 0
            if titled:  # Prinz Henrik, Papst Franziskus: one name; the title is a term of its own too (Kronprinz)
                surface = " ".join(tokens[i:titled])
                self._add(surface.lower(), "name", "PROPN", titled - i, surface, doc_index, segment_index)
                self._add(lexicon.spelling_key(token), "term", "NOUN", 1, token, doc_index, segment_index)
                i = titled
                continue
            if nxt and self._two_word_name(tokens, joined, i):
                genitive = event_word(nxt) not in ("", nxt)  # (des FA Cups: the FA Cup)
                j = i + 2
                while not genitive and j < n and joined[j] and j - i < 4 and (
                    self._english_name_goes_on(tuple(tokens[i:j]), tokens[j]) and not _german_plural(tokens[j])
                ):  # fmt: skip
                    # an English name goes on in English: Major League Baseball, American League Central, Federal
                    # Open Market Committee (not a German plural after it: Premier League Clubs)
                    j += 1
                j = self._numbered_end(tokens, joined, j) if not genitive else j  # (Werder Bremen II)
                surface = " ".join(tokens[i:j])  # Bad Kissingen, Premier League, Borussia Dortmund
                key = surface.lower()[:-1] if genitive else surface.lower()
                self._add(key, "name", "PROPN", j - i, surface, doc_index, segment_index)
                i = j
                continue
            if nxt and self._town_named(tokens, joined, i):
                head = lemma(nxt)  # Kölner Dom, des Kölner Doms: one name, as a town's adjective has one form
                self._add(f"{token} {head}".lower(), "name", "PROPN", 2, f"{token} {nxt}", doc_index, segment_index)
                i += 2
                continue
            if nxt and self._town_adjective(token, nxt) and not self._two_word_place(token, nxt):
                i += 1  # a town's adjective before a noun (Hamburger Polizei): no burger, no term of its own
                continue
            span = self._place_span(tokens, joined, i)
            if span:  # Los Angeles (Los is a German noun), and a team's name after it: Los Angeles Clippers
                j = i + span
                while (
                    j < n and joined[j] and j - i < span + 2
                    and (
                        self.noun_like(tokens[j], False) and self.name_like(tokens[j]) and not self.is_place(tokens[j])
                        or self._english_name_goes_on(tuple(tokens[i:j]), tokens[j])  # Kansas City Star
                    )
                ):  # fmt: skip
                    j += 1
                surface = " ".join(tokens[i:j])
                self._add(surface.lower(), "name", "PROPN", j - i, surface, doc_index, segment_index)
                i = j
                continue
            # Horst Seehofer: a first name that is a German noun too, before a surname
            given = (
                bool(nxt)
                and _first_name(token)
                and (
                    self.noun_like(nxt, False)
                    and (self._name_follows(tokens, joined, i + 1) or self._surname(nxt))
                    or self._surname_after(token, nxt)
                )
            )
            # Gennadi Borissow: a word the dictionary lacks before a Russian surname is its first name (German spells
            # Russian first names as no list of first names does: Gennadi, Wassili, Arkadi)
            given = given or (
                bool(nxt) and joined[i + 1] and russian_surname(nxt) and self.name_like(nxt)
                and not _first_name(nxt)  # (Andrew)
                and token.isalpha() and token.istitle() and zipf_de(token) < RUSSIAN_FIRST_ZIPF
                and not self.dictionary.senses(token) and not self._common_noun(token) and not self.is_place(token)
                and not looks_compound(token, self.dictionary)  # (Präsidialamtssprecher Peskow: a title)
            )  # fmt: skip
            # Louis van Gaal: a first name (a German word too: Louis) before van, de and a surname; before von only
            # one that is no German noun (von is a German word: Bitte von Obeid, Tor von Nutz)
            given = given or (
                bool(nxt) and _first_name(token) and nxt in _PARTICLE_STARTS and joined[i + 1]
                and bool(self._particle_surname(tokens, joined, i + 1))
                and (nxt != "von" or not self._common_noun(token))
            )  # fmt: skip
            # two English words German writes too, side by side inside a sentence: German joins its nouns, so an
            # English name (Park City, Film Festival)
            pair = i > 0 and joined[i] and self._english_pair(tokens, joined, i, text, matches)
            # an Arabic name's bin or ibn, capitalised, and the name it links: Bin Laden (no shop), Ibn Saud
            linked = (
                token in ("Bin", "Ibn") and i + 1 < n and joined[i + 1] and tokens[i + 1][:1].isupper()
                and tokens[i + 1].isalpha() and not tokens[i + 1].isupper()
            )  # fmt: skip
            # Anders Behring Breivik: German capitalises no other word inside a sentence but in a name
            forced = pair or linked or given or self._surname_after_noun(tokens, joined, i) or (
                i > 0 and joined[i] and token[:1].isupper() and not token.isupper() and token.lower() not in _POLITE
                and not _acronyms_adjective(token)  # (US-amerikanische Supreme Court: the court's name)
                and not self.noun_like(token, False) and self._name_follows(tokens, joined, i + 1)
                # a function word (Fall, Art: im Fall Kavanaugh) only before a name of two words or more, or
                # before a Korean given name (An Chan-il, Ban Ki-moon)
                and (
                    token.lower() not in self.stop or self._name_follows(tokens, joined, i + 2)
                    or _KOREAN_GIVEN.fullmatch(tokens[i + 1]) is not None
                    or token in _CAPITAL_ARTICLES  # an article German writes small inside a sentence: aus Den Helder
                )
            ) or (  # words before a firm's legal form are its name: Premier Injuries Ltd (Premier: a prime minister)
                firm and i > 0 and self._firm_form(tokens, joined, i + 1) > 0 and self._firm_word(token)
            ) or (  # an English possessive before a name goes on it: Moore's Ford Bridge (Moore: bogs to German)
                i + 1 < n and token[:1].isupper() and self._possessive(tokens, joined, matches, text, i + 1)
            ) or (  # a word, a Romance de and a name: no German words, a name (Tour de France, Place de la Concorde)
                i + 2 < n and token[:1].isupper() and token.isalpha() and joined[i + 1] and joined[i + 2]
                and tokens[i + 1] in _ROMANCE_LINKS and tokens[i + 2][:1].isupper()
                and (not self._common_noun(token) or zipf_en(token.lower()) >= 3.0)  # (Innenminister de Maizière)
            ) or (  # three English words inside a sentence, the first far commoner in English: a name (House
                # Transportation Committee, Senior Treasury Assistant: were cut to their last two)
                i > 0 and i + 2 < n and joined[i] and joined[i + 1] and joined[i + 2]
                and token.istitle() and token.isalpha()
                and zipf_en(token.lower()) >= max(3.0, zipf_de(token.lower()) + 1.0)
                and self._english_name_goes_on((token,), tokens[i + 1])
                and self._english_name_goes_on((token, tokens[i + 1]), tokens[i + 2])
            ) or (  # a word, an English of or for and a capitalised word: an English name, whatever German has
                # the word for (Bank of England, House of Commons, Club for Growth, Chief of Staff)
                i + 2 < n and token.istitle() and token.isalpha() and joined[i + 1] and joined[i + 2]
                and tokens[i + 1] in _ENGLISH_OF and self._english_of_goes_on(tokens[i + 2])
            ) or (  # a brand in its own capitals, a small letter first: iPhone, eBay, iOS (German writes no word so)
                _CAMEL.fullmatch(token) is not None and not text[max(0, matches[i].start() - 1)].isdigit()
            ) or (  # or inside, where the lemmatizer reads it as a verb or an adjective: YouTube (youtuben; not
                # LehrerInnen, Lehrer)
                _INNER_CAPITAL.fullmatch(token) is not None and lemma(token)[:1].islower()
            ) or (  # a place German writes small as another word, after an article: an der Seine, die Oder
                token.lower() in self.stop and token[1:].islower() and _after(tokens, joined, i, _ARTICLE_WORDS)
                and self.is_place(token)
            ) or (  # a word and a name joined by &: a firm (Standard & Poor's, Ernst & Young, Engel & Völkers)
                i + 1 < n and ampersand[i + 1] and token[:1].isupper() and token.lower() not in self.stop
                and tokens[i + 1][:1].isupper() and self.name_like(tokens[i + 1])
            )  # fmt: skip
            if not forced and not self.noun_like(token, i == 0):
                if self._verb_form_name(tokens, joined, i, text, matches):  # per Skype, in Empfingen, Lesbos und Kos
                    self._add(lexicon.spelling_key(token), "name", "PROPN", 1, token, doc_index, segment_index)
                else:
                    self._adjective_term(token, nxt, doc_index, segment_index)
                i += 1
                continue
            if (
                forced
                or self.name_like(token)
                and not self._borrowed_noun(tokens, joined, i)
                and not self._town_noun(tokens, joined, i)
            ):
                j = i + 1 + pair + linked
                run = tokens[i:j]
                place = self.is_place(token)
                owned = False  # the run ended at what a name in the genitive owns (taken as a term)
                while j < n and (
                    joined[j] or ampersand[j] and run[-1] != "&" or self._possessive(tokens, joined, matches, text, j)
                ):
                    word = tokens[j]
                    if word[:1].isdigit():
                        break  # a number's compound after a name is no part of it: der Ligue 1-Klub
                    if not joined[j] and word == "s":  # Guy's Hospital, Moody's Capital Markets Research Group
                        run[-1] += text[matches[j - 1].end() : matches[j].end()]
                        run.append(tokens[j + 1])
                        j += 2
                        continue
                    if not joined[j]:  # Procter & Gamble, Johnson & Johnson: a firm of two names
                        if not (self.noun_like(word, False) and (self.name_like(word) or self._surname(word))) or (
                            place and self.is_place(word)
                        ):
                            break  # (Russland & Iran: two countries)
                        run.extend(["&", word])
                        j += 1
                        continue
                    end = self._firm_form(tokens, joined, j) if firm else 0
                    if end:  # Stratos Jet Charters Inc.: the firm's words and its legal form, whatever the words
                        run.extend([*tokens[j:end], _with_stop(tokens, matches, text, end)])
                        j = end + 1
                        break
                    if word in ("Jr", "Sr"):  # Donald Trump Jr. is not Donald Trump; nor is Kevin Ward Jr Kevin Ward
                        run.append(_with_stop(tokens, matches, text, j))
                        j += 1
                        break
                    if _NAME_PARTICLE.match(word) and not place:  # Abdel Fattah al-Sisi
                        run.append(word)
                        j += 1
                    elif place and len(run) == 1 and word in _CLUB_ENDINGS:
                        run.append(word)  # Manchester United, Leicester City: an English club after its town
                        j += 1
                        break
                    elif (
                        len(run) == 1
                        and (
                            _first_name(token) or self._unlisted_name(token)
                            or token.istitle() and token.isalpha() and not place  # (Lloyd J. Austin: a name the
                        )  # lists lack, before initials and a surname, whatever the lemmatizer knows it as)
                        and (end := self._after_initials(text, matches, j))
                    ):  # fmt: skip
                        # John F. Kelly, George H. W. Bush, Lyndon B. Johnson: a first name (or a name no dictionary
                        # or list has), initials, a surname
                        run.extend([*(f"{t}." for t in tokens[j : end - 1]), tokens[end - 1]])
                        j = end
                        break
                    elif (
                        len(run) == 1 and _first_name(token) and len(word) == 1 and word.isupper()
                        and text[matches[j].end() : matches[j].end() + 1] == "."
                    ):  # fmt: skip
                        run.append(f"{word}.")  # Franco A., Sven S.: a person named by a first name and an initial,
                        j += 1  # as German news names the accused (was Franco alone)
                        break
                    elif self._english_pair(tokens, joined, j, text, matches):
                        run.extend(tokens[j : j + 2])  # Sundance Film Festival, Eurovision Song Contest
                        j += 2
                    elif self._owner_and_thing(run[-1], word):
                        # Trumps Tweets, Garcias Sieg: a name's genitive and what is theirs, a thing (not a name)
                        self._add(lexicon.spelling_key(word), "term", "NOUN", 1, word, doc_index, segment_index)
                        owned = True
                        break
                    elif (
                        self.noun_like(word, False) and self.name_like(word) and not place and not self.is_place(word)
                        # (not die NBA Williams: an organisation's letters, then a person)
                        and not (len(run) == 1 and _is_acronym(token) and word in surnames(home=True))
                    ):  # fmt: skip
                        run.append(word)
                        j += 1
                    elif self._name_word_not_noun(tokens, joined, j) and not place:
                        run.append(word)  # Lady Gaga: a word German writes small but in a name (gaga)
                        j += 1
                    elif (
                        (
                            len(run) == 1 or all(map(_first_name, run)) and self._german_after(tokens, joined, j)
                            # a Romance link after a person's two or three names: Cristina Fernández de Kirchner (was
                            # cut before it; not da, a German word: als Peter Müller da Silvester feierte)
                            or word in _ROMANCE_LINKS and len(run) <= 3 and _first_name(run[0])
                        )
                        and not place and not _is_acronym(token)
                        and (
                            word in _PARTICLE_STARTS or word in _ARABIC_LINKS
                            # zu after a first name, before a noble house's place: Karl-Theodor zu Guttenberg (not
                            # Kim zu Putin, Peter zu Fuß)
                            or word == "zu" and _first_name(run[-1]) and j + 1 < n and joined[j + 1]
                            and german_place_shape(tokens[j + 1]) and not self._common_noun(tokens[j + 1])
                        )
                        and (word != "von" or _first_name(token))  # von is a German word: Transfer von Neymar
                    ):  # fmt: skip
                        end = self._particle_surname(tokens, joined, j)
                        if not end:
                            break  # der Sprecher von Siemens, Merkel von der CDU: no surname after it
                        run.extend(tokens[j:end])  # Florian von Brunn, Ursula von der Leyen, Osama bin Laden
                        j = end
                        break
                    elif (
                        len(run) == 1 and club_letters(token)
                        and (
                            self.is_place(word) or word in CLUB_WORDS and self._place_follows(tokens, joined, j + 1)
                            or token in _SPORTS_CLUBS and self._town_like(word)  # TSV Straßberg, SC Hoetmar
                            # letters only a club has: any town, a German word too (RW Ahlen, USC Münster)
                            or token in _ONLY_CLUBS and word[:1].isupper() and self.noun_like(word, False)
                        )
                    ):  # fmt: skip
                        run.append(word)  # RB Leipzig, VfB Stuttgart, OGC Nice: a club's letters and its town
                        j += 1
                        if word in CLUB_WORDS and self._place_follows(tokens, joined, j):
                            run.append(tokens[j])  # FC Bayern München, SV Werder Bremen
                            j += 1
                        break
                    elif len(run) == 1 and not place and not _is_acronym(token) and self._surname(word):
                        run.append(word)  # Peter Tauber, Martina Renner: a surname that is a German noun too
                        j += 1
                    elif self._english_name_goes_on(tuple(run), word) or (
                        len(run) >= 3 and run[-2] in _ENGLISH_OF and self._english_of_goes_on(word, after=True)
                    ):
                        run.append(word)  # American Civil Liberties Union, Daily Mail: English goes on in English
                        j += 1
                    elif self._english_head(tuple(run), word):
                        run.append(word)  # Bharatiya Janata Party, Suncor Millenium Mine: a foreign name's English noun
                        j += 1
                        break
                    elif (
                        word in _ENGLISH_LINKS and j + 1 < n and joined[j + 1]
                        and (
                            self._english_name_goes_on(tuple(run), tokens[j + 1])
                            or word in _ENGLISH_OF and run[-1].istitle() and self._english_of_goes_on(tokens[j + 1])
                        )
                    ):  # fmt: skip
                        run.extend(tokens[j : j + 2])  # Egyptian Commission for Rights and Freedoms
                        j += 2
                    elif (
                        # a third name no dictionary knows after two: Robel Kiros Habte (not Tower Hamlets
                        # Wahlskandals, a German compound)
                        len(run) >= 2 and not place
                        and all(w[:1].isupper() and w.isalpha() for w in run)
                        and word.isalpha() and self.noun_like(word, False) and not self.is_place(word)
                        and not self.dictionary.senses(word) and not self.dictionary.senses(lemma(word))
                        and zipf_de(word) < 2.5 and not looks_compound(lemma(word), self.dictionary)
                        and not TIME_WORD.fullmatch(word.lower())  # (Danai Kritmethavee Freitagfrüh: a time)
                    ):  # fmt: skip
                        run.append(word)
                        j += 1
                    elif (
                        len(run) == 2 and _first_name(run[0]) and not place and run[1].isalpha()
                        and not self.dictionary.senses(run[1]) and not _first_name(run[1])
                        and not _GENITIVE.fullmatch(run[1])  # (Pablo Escobars Killer: whose they are)
                        and word in surnames(home=True) and word.isalpha() and lemma(word) == word
                    ):  # fmt: skip
                        run.append(word)  # Theodor Seuss Geisel: a surname the lists have, a German noun too, after
                        j += 1  # a first name and a middle name no dictionary has
                        break
                    elif (all(map(_first_name, run)) or self._described_first(run, word)) and self._surname_after(
                        run[-1], word
                    ):
                        run.append(word)  # Manuel Neuer, Florian David Fitz: a surname that is a German word
                        j += 1
                    elif (
                        word in CONNECTORS and len(run) == 1 and not _is_acronym(token)
                        and j + 1 < n and joined[j + 1]
                        and self.noun_like(tokens[j + 1], False) and self.name_like(tokens[j + 1])
                    ):  # fmt: skip
                        run.extend(tokens[j : j + 2])
                        j += 2
                        break
                    elif not place and self._genitive_of_name(run, word):
                        run.append(word)  # Saddam Husseins: a person's name in the genitive ends it
                        j += 1
                        break
                    else:
                        break
                if (
                    j < n and _apostrophe_s(tokens, matches, text, j)
                    and (j + 1 >= n or not joined[j + 1] or not tokens[j + 1][:1].isupper())
                ):  # fmt: skip
                    # a name with an English possessive and no noun after it is a firm's, as written: Moody's,
                    # Standard & Poor's, Sotheby's (Guy's Hospital: above)
                    run[-1] += text[matches[j - 1].end() : matches[j].end()]
                    j += 1
                if not owned and self._numbered_end(tokens, joined, j) > j:
                    run.append(tokens[j])  # FC Bayern München II: a club's second team (a name's number)
                    j += 1
                if (
                    len(run) == 1 and self._ordinal(run[0]) and i > 0 and joined[i]
                    and tokens[i - 1][:1].isupper() and tokens[i - 1].lower() not in GERMAN_FUNCTION_WORDS
                ):  # fmt: skip
                    i = j  # a common noun's number (Torpedo III, Teil II) is no name; die IV (a Swiss office) is
                    continue
                start = self._person_start(run)
                if start:  # Coach Luis Enrique: the person; Louisiana John Bel Edwards: a place and a person
                    place = " ".join(run[:start])
                    if start == 1 and "-" in place and not self.is_place(place) and self._describing(place):
                        # a compound that says who they are, a term: Yankees-Coach (Joe Girardi)
                        self._add(lexicon.spelling_key(place), "term", "NOUN", 1, place, doc_index, segment_index)
                    elif (
                        start == 1 and not self.is_place(place) and (self._describing_noun(place) or self._rank(place))
                    ):  # a common noun or a compound the dictionary lacks, who they are: a term (Popstar, Begleit-
                        # läuferin Anna Ogarzynska; not the Bundeswehr, a name the dictionary has), or a rank (Oberst)
                        self._add(lexicon.spelling_key(place), "term", "NOUN", 1, place, doc_index, segment_index)
                    elif (
                        self.is_place(place)
                        or (start == 1 and self.name_like(place))  # (a name of its own)
                        or any(map(_is_acronym, run[:start]))  # a firm's or a club's: JD Sports (Peter Cowgill)
                    ):
                        self._add(lexicon.spelling_key(place) if start == 1 else place.lower(), "name", "PROPN",
                                  start, place, doc_index, segment_index)  # fmt: skip
                    run = run[start:]
                if len(run) > 1:
                    surface = " ".join(run)
                    if common_phrase(surface, self.dictionary):  # Happy End, Political Correctness: no name
                        self._add(surface.lower(), "term", "ADJ PROPN", len(run), surface, doc_index, segment_index)
                    else:
                        self._add(surface.lower(), "name", "PROPN", len(run), surface, doc_index, segment_index)
                else:
                    self._add(lexicon.spelling_key(run[0]), "name", "PROPN", 1, run[0], doc_index, segment_index)
                i = j + owned
                continue
            if i == 0 and nxt and self._attributive(token) and self.noun_like(nxt, False):
                i += 1  # a sentence's first word, an adjective before its noun: Chinesische Forscher, no term
                continue
            if _after(tokens, joined, i, _QUALITY_BEFORE) and self._attributive(token):
                i += 1  # an adjective made a noun of a quality: im Klaren, im Allgemeinen, etwas Schönes, no term
                continue
            if self._idiom_word(tokens, joined, i):
                i += 1  # a word of a fixed phrase only: im Hinblick auf, in Betracht, auf Anhieb, zur Gänze, no term
                continue
            cand = self._add(lexicon.spelling_key(token), "term", "NOUN", 1, token, doc_index, segment_index)
            if self._where_a_place_is(tokens, joined, i, text, matches):
                if self._place_shaped(token):
                    cand.placed = True
                elif self._sited(tokens, joined, i):
                    cand.sited += 1
                elif self._firm_named(tokens, joined, i):
                    cand.apposed += 1
            elif self._seat_named(tokens, joined, i):
                cand.apposed += 1  # Landgericht Konstanz, Amtsgericht Hof: a town, where the dictionary has a word
            elif self._town_before_place(tokens, joined, i, text, matches):
                cand.placed = True  # aus Gießen und Fulda: a town, where the dictionary has a word (das Gießen)
            if _articled(tokens, joined, i):
                cand.articled = True  # (der Gold…, im neuen Gold…)
            gender = text_gender(tokens, joined, i) if lemma(token) in GENDER_HOMOGRAPHS else ""
            if gender:
                cand.genders += (gender,)
            if token in PARTY_FORMS and (
                not GERMAN_PARTIES.isdisjoint(t for t in tokens if t != token)
                # or named so, with the capital of its name inside a sentence: die Partei Die Linke, für Die Linke
                or i > 1 and joined[i] and tokens[i - 1] == "Die"
            ):  # fmt: skip
                cand.partied += 1
            if self._cited(tokens, joined, i):
                cand.cited += 1
            parts = token.split("-")
            if len(parts) >= 3 and parts[0][:1].isdigit() and self._measured_head(parts[-1]):
                # a number and its measure before a noun: the noun is a term of its own (10.000-Volt-Schaltanlage →
                # Schaltanlage, beside the whole)
                self._add(lexicon.spelling_key(parts[-1]), "term", "NOUN", 1, parts[-1], doc_index, segment_index)
            letters = token.split("-", 1)[0]
            if "-" in token and token.split("-", 1)[1][:1].isupper() and self._name_in_compound(letters):
                # DFB-Präsident, Suchoi-Kampfjets: the organisation or maker is a name a translator needs too
                self._add(lexicon.spelling_key(letters), "name", "PROPN", 1, letters, doc_index, segment_index)
                rest = token.split("-", 1)[1]
                if "-" not in rest and self.noun_like(rest, False) and self.dictionary.is_common_noun(lemma(rest)):
                    # and the common noun after the name is a term of its own: Wiesenhof-Schlachthof → Schlachthof
                    self._add(lexicon.spelling_key(rest), "term", "NOUN", 1, rest, doc_index, segment_index)
            elif token.count("-") == 1 and len(rest := token.split("-", 1)[1]) >= HYPHENATED_REST:
                if (
                    rest[:1].isupper() and self.noun_like(rest, False) and not self.name_like(rest)
                    and not self.dictionary.senses(lemma(rest)) and compound_split(lemma(rest), self.dictionary)
                ):  # fmt: skip
                    # a compound after a hyphen is a term of its own, as its hyphenated whole is: Corona-Massen-
                    # infektion → Masseninfektion, Funke-Mediengruppe → Mediengruppe
                    self._add(lexicon.spelling_key(rest), "term", "NOUN", 1, rest, doc_index, segment_index)
            i += 1

    def _idiom_word(self, tokens, joined, i: int) -> bool:
        """Token i is a noun the dictionary has no entry of its own for, only phrases that begin with the word
        before it and it (in Betracht kommen, auf Anhieb, kein Hehl aus etw. machen), or one of its own in such a
        phrase that says none of its English (im Gegenzug): a part of an idiom, which says nothing alone."""
        token = tokens[i]
        if not _after(tokens, joined, i, _IDIOM_OPENINGS):  # (not an article's: eine Polizeisprecherin is listed)
            return False
        return self._idiom(tokens[i - 1].lower(), token)

    @functools.lru_cache(maxsize=100_000)
    def _idiom(self, opening: str, token: str) -> bool:
        """`_idiom_word` for one opening word and noun (looked up once each)."""
        phrase = f"{opening} {token}"
        own = self.dictionary.senses(token) or self.dictionary.senses(lemma(token))
        if own:
            # a noun of its own, in an idiom the dictionary lists that says none of its English: im Gegenzug (in
            # return; Gegenzug: countermove), im Grunde (basically); not im Krieg (at war), unter Druck, im Amt
            renderings = {w.lower() for sense in own for e in sense.english for w in re.findall(r"[\w-]+", e)}
            # (said in words, as an idiom is: not im Großhirn, intracerebral; im Ausland, abroad)
            said = [e for sense in self.dictionary.senses(phrase) for e in sense.english]
            return (
                bool(said) and all(" " in e for e in said)
                and not any(w.lower() in renderings for e in said for w in re.findall(r"[\w-]+", e))
            )  # fmt: skip
        return bool(self.dictionary.senses(phrase) or self.dictionary.starting_with(phrase + " "))

    @staticmethod
    def _cited(tokens, joined, i: int) -> bool:
        """Token i is what a report is said to come from, a phrase of news and no term: nach Polizeiangaben, laut
        Unternehmensangaben, Medienberichten zufolge (an Angabe, Bericht, Information or Schätzung; not nach
        Berlin, laut Gesetz)."""
        word = tokens[i].lower()
        if not word.endswith(_SOURCES):
            return False
        after = i + 1 < len(tokens) and joined[i + 1] and tokens[i + 1].lower() == "zufolge"
        return after or _after(tokens, joined, i, _CITING)

    def _where_a_place_is(self, tokens, joined, i: int, text: str, matches) -> bool:
        """Token i, a word the dictionary lacks, stands where German writes a place: after in, aus, nach, bei or
        (an island) auf with no article (in Lackendorf, aus Freudenstadt, auf Sylt), as German writes a common noun
        there only with one (im Altersheim) or in the plural (in Flüchtlingsheimen); later in a list of places (aus
        Welschenkahl, Neudorf und Reuth; Weimar, Sömmerda, Heiligenstadt); or right after a noun (Landkreis
        Schwandorf)."""
        return (
            not self.dictionary.senses(tokens[i])
            and not self._language_word(tokens[i])
            and (
                _after(tokens, joined, i, _PLACE_PREPOSITIONS | {"zwischen", "über"})
                or (_after(tokens, joined, i, {"auf"}) and not tokens[i].endswith("isch"))  # (auf Russisch: a language)
                or self._listed_after_place(tokens, joined, i, text, matches)
                or self._named_by_noun(tokens, joined, i)
            )
        )

    def _language_word(self, token: str) -> bool:
        """A people's adjective written as a noun, a language: in Katalanisch (not a place), unlike Rodewisch."""
        return token.endswith("isch") and bool(
            proper_adjective(token.lower(), self.dictionary) or self._nationality(token.lower())
        )

    def _sited(self, tokens, joined, i: int) -> bool:
        """Token i, of a German word's shape, follows in, aus, nach or bei with no article, and German writes it
        seldom: a town's name perhaps (in Nagold, nach Kleve; not in Betracht), no adjective made a noun (bei
        Festgenommenen), no compound of a hyphen (Start-up)."""
        token = tokens[i]
        return (
            _after(tokens, joined, i, _PLACE_PREPOSITIONS) and "-" not in token and self._own_form(token)
            and not self._adjective_form(token) and zipf_de(token) < 3.5
        )  # fmt: skip

    @staticmethod
    def _own_form(token: str) -> bool:
        """The word is its own lemma, or ends as towns do where the lemmatizer reads a plural (in Eggenfelden,
        Neukirchen, Heiligenzimmern: no Eggenfeld, Neukirche); not in Flüchtlingsheimen, in Unternehmenskreisen."""
        ending = next((e for e in _TOWN_FORMS if token.lower().endswith(e)), "")
        return lemma(token) == token or len(token) > len(ending) + 2 and bool(ending)

    def _place_shaped(self, token: str) -> bool:
        """A word of a place's shape, not of a German word's: a town's or a landscape's ending (Lackendorf), a
        hyphenated word of two such parts (Titisee-Neustadt), or no German shape at all, no compound and none of
        German nouns' endings (Hoyerswerda, Oberursel; not Belieben)."""
        if "ss" in token and self.dictionary.senses(token.replace("ss", "ß")):
            return False  # a word in Swiss spelling: aus Spass
        if "-" in token:  # a town of two, each part a town's or a name (in Titisee-Neustadt: not a new town)
            parts = token.split("-")
            return len(parts) == 2 and all(
                p[:1].isupper() and (p.lower().endswith(_PLACE_ENDINGS) or self.is_place(p)) for p in parts
            )
        if not self._own_form(token) or any(self.is_place(token[cut:]) for cut in range(3, len(token) - 3)):
            return False  # (a point of the compass and a place is a region the compound's English says: Südthailand)
        # a town's ending, or a word of no German shape at all: no compound, no noun's ending (in Hoyerswerda)
        return token.lower().endswith(_PLACE_ENDINGS + _TOWN_FORMS) or (
            not self._german_compound(token) and not token.lower().endswith(_NOUN_ENDINGS)
        )

    def _named_by_noun(self, tokens, joined, i: int) -> bool:
        """Token i follows a noun with no article between, as a name does (Landkreis Schwandorf, Richtung
        Schramberg, Sportfreunde Rohrdorf, a compound of one too: Tageseinsatzgruppe Königsfeld): German sets no
        common noun so after another."""
        if i < 1 or not joined[i]:
            return False
        before = tokens[i - 1]
        return (
            before[:1].isupper() and self.noun_like(before, i == 1)
            and (self._common_noun(before) or looks_compound(lemma(before), self.dictionary))
        )  # fmt: skip

    def _measured_head(self, word: str) -> bool:
        """A noun a number and its measure may come before: a common noun, or a compound of one (Schaltanlage,
        Spannungsebene)."""
        return (
            word[:1].isupper() and self.noun_like(word, False)
            and (self._common_noun(word) or compound_split(lemma(word), self.dictionary) is not None)
        )  # fmt: skip

    def _firm_named(self, tokens, joined, i: int) -> bool:
        """Token i follows a noun for a firm, a medium or a group with no article between, as its name does (der
        Versorger Westnetz, der Chiphersteller Nexperia, die Zeitung Daily Inter Lake)."""
        return self._named_by_noun(tokens, joined, i) and tokens[i - 1].lower().endswith(_FIRM_HEADS)

    def _seat_named(self, tokens, joined, i: int) -> bool:
        """Token i, a noun of the dictionary in its own form, follows a court's or an authority's word with no article
        between, as the town it sits in does (Landgericht Konstanz, Staatsanwaltschaft Konstanz: no constancy)."""
        return (
            i >= 1 and joined[i] and tokens[i - 1].endswith(_SEATS) and lemma(tokens[i]) == tokens[i]
            and tokens[i].isalpha() and tokens[i].istitle()
        )  # fmt: skip

    def _town_before_place(self, tokens, joined, i: int, text: str, matches) -> bool:
        """Token i, a town of the gazetteer's (GeoNames), follows a place's preposition with no article and comes
        before a place in a list (aus Gießen und Fulda, nach Singen, Konstanz): the town, whatever word of the
        dictionary it spells."""
        if tokens[i] not in german_towns() or not _after(tokens, joined, i, _PLACE_PREPOSITIONS):
            return False
        k = i + 1
        if k + 1 < len(tokens) and joined[k] and joined[k + 1] and tokens[k] in _LIST_WORDS:
            k += 1
        elif not (k < len(tokens) and _LIST_GAP.fullmatch(text, matches[k - 1].end(), matches[k].start())):
            return False
        return tokens[k][:1].isupper() and self.is_place(tokens[k])

    def _listed_after_place(self, tokens, joined, i: int, text: str, matches) -> bool:
        """Token i follows a place in a list (a comma, a slash, und, oder or sowie between): one the gazetteer or
        the dictionary knows (Weimar, Sömmerda, Heiligenstadt), the list's first word after a place's preposition
        (aus Welschenkahl, Neudorf, Reuth), or two names no dictionary has, which a gazetteer may lack (Weimar,
        Sömmerda)."""
        k, names = i, 0
        for _ in range(8):  # (a list of eight places at most is read back)
            if k >= 2 and joined[k] and joined[k - 1] and tokens[k - 1] in _LIST_WORDS:
                k -= 2
            elif k >= 1 and _LIST_GAP.fullmatch(text, matches[k - 1].end(), matches[k].start()):
                k -= 1
            else:
                return False
            before = tokens[k]
            if not before[:1].isupper() or before.isupper():
                return False
            if self.is_place(before):
                return True
            if _after(tokens, joined, k, _PLACE_PREPOSITIONS) and not self.dictionary.senses(before):
                return True
            names += self.name_like(before) and not self.dictionary.senses(before) and not _first_name(before)
            if names >= 2:
                return True  # (two names no dictionary has before it: Weimar, Sömmerda, Heiligenstadt und Bleicherode)
        return False

    def _german_after(self, tokens, joined, j: int) -> bool:
        """The word after token j (a particle) is German's more than English's: after two first names von begins a
        surname (Hans Peter von Müller), not what someone is of (Jack Valero von Catholic Voices, David Cameron von
        Lord Browne: the second first name a surname too)."""
        word = tokens[j + 1].lower() if j + 1 < len(tokens) and joined[j + 1] else ""
        return bool(word) and zipf_de(word) > zipf_en(word)

    def _particle_surname(self, tokens, joined, j: int) -> int:
        """Where the surname after the particles that begin at token j ends (von der, van den, de la, bin, zu), or 0
        when no surname follows them: a capitalised name, no acronym, no place but after a Romance link (Tour de
        France); after bin or a Romance link any name (Laden is a shop to German, Kirchner a sexton)."""
        word, n = tokens[j], len(tokens)
        k = j
        while k < n and joined[k] and tokens[k] in _NAME_PREFIXES | _ARABIC_LINKS | {"zu"} and k - j < 2:
            k += 1
        last = tokens[k] if k < n and joined[k] else ""
        named = (
            last[:1].isupper() and not _is_acronym(last)
            and (not self.is_place(last) or word in _ROMANCE_LINKS)
            and self.noun_like(last, False)
            and (word in _ARABIC_LINKS | _ROMANCE_LINKS or self.name_like(last) or self._surname(last))
        )  # fmt: skip
        return k + 1 if named else 0

    def _surname_after_noun(self, tokens, joined, i: int) -> bool:
        """A surname right after a noun is a person the noun describes, whatever else the word means: Innenminister
        Müller, Kapitän Fischer, Sprecher Ernst (German writes no common noun so, without an article between)."""
        token = tokens[i]
        if i < 1 or not joined[i] or token not in surnames(home=True) or token in _MONTHS or token in WEEKDAYS:
            return False
        if not lemma(token)[:1].isupper():
            return False  # (an adjective's form: Boisheimer Nette)
        before = tokens[i - 1]
        return (
            before[:1].isupper() and not before.isupper() and before.lower() not in self.stop
            and self.noun_like(before, i == 1) and not self.name_like(before)
        )  # fmt: skip

    def _initials_first(self, tokens, joined, i: int, text: str, matches) -> int:
        """Where a name that begins with initials ends (B.B. King, J. R. R. Tolkien, H. Jon Benjamin), or 0: capital
        letters, each with its full stop, then a word that may be a name and no place, and a surname after it if it
        is a first name (Plan B. Dann, Teil A. Berlin are no names)."""
        k = i
        while (
            k < len(tokens) and len(tokens[k]) == 1 and tokens[k].isupper()
            and text[matches[k].end() : matches[k].end() + 1] == "."
            and (k == i or matches[k].start() - matches[k - 1].end() in (1, 2))
        ):  # fmt: skip
            k += 1
        if k == i or k >= len(tokens) or text[matches[k - 1].end() : matches[k].start()] != ". ":
            return 0
        letters = "".join(tokens[i:k])
        if len(letters) > 1 and self.is_place(letters):
            return 0  # U.S. Travel Association: a country's letters, no person's
        word = tokens[k]
        if (
            not word[:1].isupper() or word.isupper() or not word.replace("-", "").isalpha() or self.is_place(word)
            or not self.noun_like(word, False) or not (self.name_like(word) or _first_name(word) or self._surname(word))
        ):  # fmt: skip
            return 0
        end = k + 1  # and the names after it: H. Jon Benjamin, W. Kamau Bell
        while end < len(tokens) and end - k < 3 and (
            self._name_follows(tokens, joined, end)
            or end == k + 1 and joined[end] and self._surname_after(word, tokens[end])
        ):  # fmt: skip
            end += 1
        return end

    def _after_doctor(self, tokens, joined, i: int, text: str, matches) -> tuple[int, int]:
        """Where a person's name after Dr. or Prof. starts and ends (one to three capitalised words), or (0, 0):
        Dr. Arlene Baratz, Prof. Dr. Klaus Schwab (the second title is skipped over), Dr. Müller."""
        k = i + 1
        while k < len(tokens) and text[matches[k - 1].end() : matches[k].start()] == ". " and tokens[k] in _DOCTOR:
            k += 1  # Prof. Dr.
        if k >= len(tokens) or text[matches[k - 1].end() : matches[k].start()] != ". " or _first_name(tokens[k]):
            return 0, 0  # (a first name a list has starts a name anyway: Dr. Jack Drescher, Dr. Bernhard von Gudden)
        end = k
        while end < len(tokens) and end - k < 3 and (end == k or joined[end]):
            word = tokens[end]
            if (
                not word[:1].isupper() or word.isupper() or word.lower() in self.stop
                or not word.replace("-", "").isalpha()
            ):  # fmt: skip
                break
            if end > k and self._common_noun(word) and word not in surnames():
                break  # Dr. Müller Klinik: the name ends before a common noun (not Baratz, not Müller)
            end += 1
        return (k, end) if end > k else (0, 0)

    def _town_adjective(self, token: str, nxt: str) -> bool:
        """A town's adjective before its noun (Hamburger Polizei, Pariser Experte), not a person of the town before
        a name (der Hamburger Olaf Scholz), nor a club's town before its letters (Hamburger SV)."""
        return (
            token.endswith("er") and token[:1].isupper() and nxt[:1].isupper() and not _first_name(nxt)
            and not nxt.isupper()  # (Hamburger SV, Suchsdorfer SV: a club's name)
            and self.noun_like(nxt, False) and bool(town_of(token, self.dictionary))
        )  # fmt: skip

    def _two_word_place(self, adjective: str, noun: str) -> bool:
        """A town's or a land's adjective and a noun that are a place of the dictionary's or the gazetteer's:
        Thüringer Wald, Lüneburger Heide (not Hamburger Polizei)."""
        return bool(self.dictionary.place(f"{adjective} {lemma(noun)}")) or self.is_place(f"{adjective} {noun}")

    def _town_named(self, tokens, joined, i: int) -> bool:
        """Token i is a town's adjective and the next word a thing it names, one of a kind: a landmark, an
        institution, a newspaper, an event or a treaty (Kölner Dom, Berliner Mauer, Osnabrücker Zeitung,
        Salzburger Festspiele, Wiener Übereinkommen). Not after ein, eine …: ein Berliner Gymnasium is any school."""
        token, nxt = tokens[i], tokens[i + 1]
        if not joined[i + 1] or not nxt[:1].isupper() or not token.endswith("er") or not token[:1].isupper():
            return False  # (the cheap test first: this runs for every capitalised word)
        if i > 0 and joined[i] and tokens[i - 1].lower() in _INDEFINITE:
            return False
        if nxt in _NICKNAMES and town_of(token, self.dictionary):
            return True  # a club by its town and its nickname: Würzburger Kickers (no kicker)
        return self.noun_like(nxt, False) and bool(town_thing(token, lemma(nxt), self.dictionary))

    def _two_word_name(self, tokens, joined, i: int) -> bool:
        """Token i and the next are one name by one of their words: Bad and a town (not a bath), a league or
        a tournament (Premier League, China Open; not Der Cup), a sports club and its town (Borussia Dortmund,
        Bayern München: not a state and a city), a street word after a town's adjective (Berliner Straße), a
        building and its name (Flughafen Wien, Hotel Birkenhof)."""
        token, nxt = tokens[i], tokens[i + 1]
        if (
            token in _SPA_WORDS and nxt[:1].isupper() and self.noun_like(nxt, False)
            # (a town's name whether or not it looks like one: Kissingen, Soden-Salmünster; or after in, aus, nach,
            # bei or von with no article, where a bath would have one: von Bad Soden, not im Bad)
            and (
                self.is_place(nxt) or not self._common_noun(nxt)
                or _after(tokens, joined, i, _PLACE_PREPOSITIONS | {"von"})
            )
        ):  # fmt: skip
            return True
        event = event_word(nxt)
        if (
            event and (event == nxt or _after(tokens, joined, i, {"des"}))  # (in the genitive too: des FA Cups)
            and token[:1].isupper() and token.lower() not in self.stop
        ):  # fmt: skip
            return True
        if token in _ENGLISH_PLACE_WORDS and self.noun_like(nxt, False) and not self._common_noun(nxt):
            return True  # an English place's word and its name: Port Mansfield, Fort Worth (not a port, a fort)
        if (
            i > 0 and nxt.lower() in STREET_WORDS and token.endswith("er") and token[:1].isupper()
            and token.lower() not in self.stop
        ):  # fmt: skip
            return True  # a street named after a town or by an adjective: Berliner Straße, Schwarzer Weg
        building = token in BUILDINGS or token[:1].isupper() and token.endswith(_BUILDING_HEADS) and "-" not in token
        if building and (
            self._place_follows(tokens, joined, i + 1) or self._town_like(nxt)
            or nxt in surnames() and self.name_like(nxt) and not _first_name(nxt)  # (Hotel Meyer)
            # the family's name it is called after, a German word too, a rare one: Circus Probst (not Hotel Zimmer)
            or nxt in surnames(home=True) and not _first_name(nxt) and lemma(nxt) == nxt and zipf_de(nxt) < HOUSE_ZIPF
        ):  # fmt: skip
            # a building and its name: Flughafen Wien, Hotel Birkenhof (not when more of a name follows:
            # Flughafen Berlin Brandenburg is no Berlin Airport)
            after = tokens[i + 2] if i + 2 < len(tokens) and joined[i + 2] else ""
            return not (after[:1].isupper() and self.noun_like(after, False) and not self._common_noun(after))
        if token in ASSOCIATIONS and joined[i + 1] and self._town_like(nxt):
            return True
        return token in CLUB_WORDS and (
            self._place_follows(tokens, joined, i + 1) or token in _NICKNAMES and joined[i + 1] and self._town_like(nxt)
        )

    def _titled_name(self, tokens, joined, i: int) -> int:
        """Where a person's name after a title (token i) ends, or 0: one word that may be a name, or first names
        and a regnal number (Johannes Paul II); not a place (König Spaniens), nor a first name and a surname
        (Kronprinz Mohammed bin Salman, Prinzessin Diana Spencer: the person's own name is the entry)."""
        j = i + 1
        while j < len(tokens) and joined[j] and _first_name(tokens[j]) and not self.is_place(tokens[j]):
            j += 1
        if j == i + 1 and self._name_follows(tokens, joined, j) and not self.is_place(tokens[j]):
            j += 1  # (one word no dictionary knows as a noun: Meghan, Franziskus)
        if j == i + 1:
            return 0
        after = tokens[j] if j < len(tokens) and joined[j] else ""
        if REGNAL.fullmatch(after):
            return j + 1
        if j > i + 2:
            return 0  # two first names without a regnal number: a first name and a surname (Diana Spencer)
        surname = after in _NAME_PREFIXES | _ARABIC_LINKS or _NAME_PARTICLE.match(after)
        return 0 if surname or self._name_follows(tokens, joined, j) or self._surname_after(tokens[j - 1], after) else j

    def _numbered_end(self, tokens, joined, j: int) -> int:
        """Where a name that ends before token j ends with its Roman number (Werder Bremen II, Queen Mary II)."""
        return j + 1 if j < len(tokens) and joined[j] and self._ordinal(tokens[j]) else j

    def _ordinal(self, token: str) -> bool:
        """A Roman number of two letters or more that is no abbreviation the dictionary has (VI: Virgin Islands)."""
        return len(token) >= 2 and _ORDINAL.fullmatch(token) is not None and not self.dictionary.senses(token)

    def _common_noun(self, word: str) -> bool:
        """The dictionary has the word, or its lemma, as a common noun (Eigentum; Ahlen, the awls), unless German
        writes the word far more often than that lemma (Schalke, not Schalk)."""
        if self.dictionary.is_common_noun(word):
            return True
        base = lemma(word)
        return self.dictionary.is_common_noun(base) and not name_over_lemma(word, base)

    def _town_like(self, word: str) -> bool:
        """A capitalised word that may be a small town's name: no common noun of the dictionary, no English word."""
        return (
            word[:1].isupper() and not word.isupper() and self.noun_like(word, False) and zipf_en(word.lower()) < 3.0
            and not self._common_noun(word)
        )  # fmt: skip

    def _place_follows(self, tokens, joined, k: int) -> bool:
        """Token k is a place, in the same run of words as the one before it."""
        return k < len(tokens) and joined[k] and tokens[k][:1].isupper() and self.is_place(tokens[k])

    def _after_initials(self, text: str, matches, j: int) -> int:
        """Where a surname after initials ends (F. in John F. Kelly, H. W. in George H. W. Bush), or 0: each a
        capital letter and a full stop, the surname a capitalised word that may be a name."""
        k = j
        while k < len(matches) and _INITIAL.fullmatch(text, matches[k].start(), matches[k].end() + 2):
            k += 1
        if k == j or k >= len(matches) or matches[k].start() != matches[k - 1].end() + 2:
            return 0
        surname = matches[k].group()
        return k + 1 if self.noun_like(surname, False) and (self.name_like(surname) or self._surname(surname)) else 0

    def _unlisted_first(self, word: str) -> bool:
        """A word that may be a first name no list has, before a surname: no word of the dictionary nor of German
        (dem Geistlichen Tahirul Qadri, der Verdächtigen Olumide Adeyemi; not die Deutsche Telekom AG)."""
        return (
            word.isalpha() and word.istitle() and zipf_de(word) < UNLISTED_FIRST_ZIPF
            and not self.dictionary.senses(word) and not self.dictionary.senses(lemma(word))
            and not self.is_place(word) and not looks_compound(word, self.dictionary)
        )  # fmt: skip

    def _rank(self, word: str) -> bool:
        """A military rank, as the dictionary marks it (Oberst, General, Major: `ding.TITLE`, which marks the dishes
        of a menu too, that stand before no name)."""
        return any(TITLE in s.tags for s in self.dictionary.senses(word))

    def _person_start(self, run: list[str]) -> int:
        """Where a person's name begins inside a run of capitalised words, after a word that describes them, a
        place or a firm's letters (Coach Luis Enrique, Major Champions Paul Broadhurst, Louisiana John Bel Edwards,
        JD Sports Peter Cowgill): at a first name after words that are a place, common words or letters, no first
        names nor titles; 0 when the run is one name."""
        names = given_names()
        if (
            len(run) >= 3 and self._rank(run[0])
            and all(w in names or zipf_en(w.lower()) < RANKED_NAME_ZIPF for w in run[1:])
        ):  # fmt: skip
            return 1  # a rank before a person's names: Oberst Andrij Lysenko, General Abdel Fattah el-Sisi (not
            # Major League Baseball, General Electric Company: English words)
        for k in range(1, len(run) - 1):
            if run[k] not in names or run[k - 1] in names or run[k - 1] in _TITLES or run[k - 1] in _SAINTS:
                continue  # (a saint's name is a place's: San Bernardino County)
            if _INITIAL.fullmatch(run[k - 1] + " "):
                continue  # (an initial goes on a name: Lloyd J. Austin)
            before = run[:k]
            if k == 1 and _GENITIVE.fullmatch(before[0]):
                return k  # whose they are: Politicos Tara Palmeri (Politico's), Apples Tim Cook
            if self.is_place(" ".join(before)) or all(self._describing(w) or _is_acronym(w) for w in before):
                return k  # (a firm's letters too: JD Sports Peter Cowgill)
            if (
                k == 1 and self._surname_after(run[1], run[2]) and not self._surname_after(run[0], run[1])
                and self._listed_or_compound(run[0])
            ):  # fmt: skip
                return k  # a word of the dictionary or a compound (no first name: Briony May Smith), then a first
                # name and a surname: Bundeswehr Volker Wieker, Popstar Michael Jackson, Begleitläuferin Anna …
            return 0
        return 0

    def _unlisted_name(self, word: str) -> bool:
        """A capitalised word that may be a name and no dictionary, lemmatizer or list of names has (Lyndon)."""
        return (
            word.isalpha() and word.istitle() and not is_known(word) and not self.dictionary.senses(word)
            and self.name_like(word)
        )  # fmt: skip

    def _describing_noun(self, word: str) -> bool:
        """A common noun of the dictionary, or a compound it lacks (`_listed_or_compound`): a word that says who
        someone is, no name."""
        return self._common_noun(word) or (not self.dictionary.senses(lemma(word)) and self._listed_or_compound(word))

    def _listed_or_compound(self, word: str) -> bool:
        """A word of the dictionary or a compound, or a woman's word of one (Begleitläuferin: Begleitläufer;
        Kirchengemeinderätin: …rat; Wirtschaftsförderin: …förderer)."""
        base = lemma(word)
        if self.dictionary.senses(base) or looks_compound(base, self.dictionary):
            return True
        return any(looks_compound(man, self.dictionary) for man in lexicon.mans_forms(word))

    def _described_first(self, run: list[str], word: str) -> bool:
        """The run is words that say who someone is and a first name, and the word after it no German noun: its
        surname may follow as after a first name alone (Coach Jürgen Klopp; not Queen Anne Terrasse), or a German
        noun the lists have as a surname (Popstar Ariana Grande, whom the dictionary has as a grandee)."""
        return self._person_start([*run, word]) == len(run) - 1 and (
            not self.dictionary.is_common_noun(lemma(word)) or word in surnames()
        )

    def _describing(self, word: str) -> bool:
        """A common word, German or English, or a hyphenated compound ending in one (Bayern-Coach, Mega-Airport):
        what may stand before a person's or a place's name and is no part of it."""
        last = word.rsplit("-", 1)[-1]
        return any(self.dictionary.is_common_noun(lemma(w)) or zipf_en(w.lower()) >= 4.0 for w in {word, last})

    @functools.lru_cache(maxsize=50_000)
    def _name_in_compound(self, first: str) -> bool:
        """The first part of a hyphenated compound is a name of its own: an acronym (DFB-Präsident) or a word
        neither the dictionary nor English knows as a word (Suchoi-Kampfjets; not Online-Händler), no place."""
        if self.is_place(first):
            return False
        if _is_acronym(first):
            return True
        lowered = first.lower()
        return (
            len(first) >= 4 and first[:1].isupper() and first[1:].islower() and lowered not in self.stop
            and zipf_en(lowered) < 3.0 and zipf_de(lowered) < 3.5  # (no English or German word: not Elektro)
            and not self.dictionary.senses(first) and not self._verb_stem(first)  # (Zeitfahr|en, Liefer|n)
            and not (first.endswith("s") and self.dictionary.senses(first[:-1]))  # (Beschäftigung|s)
            and not any(  # two English words: Midlife, Rollback
                zipf_en(lowered[:cut]) >= 4.0 and zipf_en(lowered[cut:]) >= 4.0 for cut in range(3, len(first) - 2)
            )
            and self.name_like(first)
        )  # fmt: skip

    def _verb_stem(self, part: str) -> bool:
        """A verb's stem, as a compound's first part: German writes its infinitive as a noun (Zeitfahren), or the
        dictionary has the verb (Liefer|n, Plauder|n, Bezahl|en)."""
        if is_known(part + "en"):
            return True
        lowered = part.lower()
        infinitives = (lowered + "en", lowered + "n") if lowered.endswith(("er", "el")) else (lowered + "en",)
        return any(map(self.dictionary.is_verb, infinitives))

    def _verb_form_name(self, tokens, joined, i: int, text: str, matches) -> bool:
        """Token i, capitalised inside a sentence, is a form the lemmatizer reads as a verb's other than its
        infinitive and participles, which German writes so only at a sentence's start: a name (per Skype, in
        Empfingen, Lesbos und Kos). Its first three letters are the verb's (Sankt is no form of sinken, whatever the
        lemmatizer says), the dictionary has the verb and not the word (der Hamster, a noun read as hamstern), and it
        is neither after an article nor a compound's first part before a hyphen (diesen Plakatier-„Vandalismus“)."""
        token = tokens[i]
        if not (i > 0 and joined[i] and token[:1].isupper()) or text[matches[i].end() : matches[i].end() + 1] == "-":
            return False  # (asked of every word in small letters: the cheap tests first)
        base, lowered = lemma(token), token.lower()
        return (
            token.isalpha() and token[1:].islower() and len(token) >= 3 and base[:1].islower() and base.endswith("n")
            and base != lowered and lowered[:3] == base[:3] and _PARTICIPLE.search(lowered) is None
            and lowered not in STOPWORDS and not _articled(tokens, joined, i)
            and not self.dictionary.senses(token) and self.dictionary.is_verb(base)
        )  # fmt: skip

    def _place_span(self, tokens, joined, k: int) -> int:
        """How many words from token k name a place of two or three words (Los Angeles, Sri Lanka), or 0."""
        if not tokens[k][:1].isupper() or k + 1 >= len(tokens) or not joined[k + 1] or not tokens[k + 1][:1].isupper():
            return 0  # (the cheap test first: this runs for every word)
        for span in (3, 2):
            words = tokens[k : k + span]
            if len(words) == span and all(joined[k + 1 : k + span]) and all(w[:1].isupper() for w in words):
                if self.is_place(" ".join(words)):
                    return span
        return 0

    def _state_of(self, tokens, joined, k: int) -> bool:
        """Token k is a state's noun and a place follows it: Volksrepublik China, Republik Moldau."""
        if k + 1 >= len(tokens) or not joined[k + 1] or not tokens[k].startswith(_STATE_STARTS):
            return False  # (the cheap test first: this runs for every word)
        if lemma(tokens[k]) not in STATE_NOUNS:
            return False
        place = tokens[k + 1]  # (Korea alone is in no gazetteer: a name will do)
        return self.is_place(place) or (self.noun_like(place, False) and self.name_like(place))

    def _for_what(self, tokens, joined, k: int) -> int:
        """Where the name of an institution that token k begins ends, when what it is for follows it: Bundesamt für
        Verfassungsschutz, Bundesamt für Migration und Flüchtlinge, Institut für Weltwirtschaft (up to three nouns
        joined by und, a capitalised adjective before each); 0 otherwise. Only an institution in the singular, not
        after an indefinite article or an adjective in small letters (ein Zentrum für Flüchtlinge, einer besseren Bank
        für Kunden are none), nor before an article (für die Umwelt)."""
        if k + 2 >= len(tokens) or tokens[k + 1] != "für":
            return 0  # (the cheap test first: this runs for every word)
        word = tokens[k]
        base = lemma(word)
        if (
            not base.lower().endswith(_FOR_INSTITUTIONS) or word not in (base, base + "s", base + "es")
            or not joined[k + 1] or not joined[k + 2]
        ):  # fmt: skip
            return 0
        if base.lower().endswith("rat") and not _council(base, self.dictionary):
            return 0  # an Apparat, a Präparat for something: no council
        before = tokens[k - 1] if k > 0 and joined[k] else ""
        if before.lower() in _INDEFINITE or (
            before[:1].islower() and before not in _NOUN_ARTICLES and ADJECTIVE_ENDING.search(before)
        ):  # fmt: skip
            return 0  # one of a kind, not a description: ein Zentrum für Flüchtlinge, einer besseren Bank für Kunden
        end, nouns = k + 2, 0
        while end < len(tokens) and joined[end] and nouns < 3:
            start = end
            if self.name_adjective(tokens[end]) and end + 1 < len(tokens) and joined[end + 1]:
                end += 1  # Zentrum für Europäische Wirtschaftsforschung
            if not (self.noun_like(tokens[end], False) and tokens[end][:1].isupper() and not _is_acronym(tokens[end])):
                end = start
                break
            end, nouns = end + 1, nouns + 1
            if end + 1 < len(tokens) and joined[end + 1] and tokens[end] == "und" and tokens[end + 1][:1].isupper():
                end += 1  # … für Migration und Flüchtlinge
            else:
                break
        return end if nouns and tokens[end - 1] != "und" else 0

    def _of_a_place(self, tokens, joined, k: int) -> int:
        """Where a name of an adjective and a noun (token k) goes on with von and a place, or 0: Großer Preis von
        Malaysia (of Abu Dhabi), Vereinigte Staaten von Amerika."""
        if k + 2 >= len(tokens) or tokens[k + 1] != "von" or not joined[k + 1] or not joined[k + 2]:
            return 0
        span = self._place_span(tokens, joined, k + 2) or int(self.is_place(tokens[k + 2]))
        return k + 2 + span if span else 0

    def _add_for_what(self, cited: list[str], text: str, matches, i: int, j: int, end: int, doc: int, segment: int):
        """The name of tokens i to end (`_for_what`), as the text writes it (Institut für Arbeitsmarkt- und …), keyed by
        its words up to the institution's, token j, as cited (`cited`: Syrische Beobachtungsstelle), and the rest."""
        surface = text[matches[i].start() : matches[end - 1].end()]
        key = " ".join([*cited, text[matches[j + 1].start() : matches[end - 1].end()]]).lower()
        self._add(key, "name", "PROPN", end - i, surface, doc, segment)

    def _named_after(self, tokens, joined, k: int) -> bool:
        """Tokens k - 2 and k - 1 are an institution's word or a day and der or des: Tag der …, Partei der …."""
        word, article = tokens[k - 2], tokens[k - 1]
        return (
            article in ("der", "des") and joined[k - 1] and joined[k] and word[:1].isupper()
            and not word.isupper() and lemma(word).lower().endswith((*INSTITUTIONS, "tag"))
        )  # fmt: skip

    def _institution_after(self, tokens, joined, k: int) -> bool:
        """Token k + 1 is an institution's word that a name writes apart: Deutsche Fußball Liga."""
        if k + 1 >= len(tokens) or not joined[k + 1] or not tokens[k + 1][:1].isupper() or tokens[k + 1].isupper():
            return False
        word = tokens[k + 1]
        return lemma(word).lower().endswith(INSTITUTIONS) and self.noun_like(word, False)

    def _definition(self, text: str, matches, k: int, doc: int, segment: int) -> None:
        """An abbreviation in brackets after words: remember the words (up to six) as what it may stand for. A
        name of words its letters spell is a name, and the letters too, however written: Stiftung Wissenschaft
        und Politik (SWP), a name of common nouns; Evangelischer Pressedienst (epd), in small letters."""
        start, end = matches[k].span()
        if not (0 < start and text[start - 1] == "(" and text[end : end + 1] == ")"):
            return  # (the cheap test first: this runs for every word)
        token = matches[k].group()
        if not k or text[matches[k - 1].end() : start].strip() != "(":
            return
        small = self._small_letters(token)
        if not (_is_acronym(token) or small):
            return
        before = tuple(m.group() for m in matches[max(0, k - 6) : k])
        if _is_acronym(token):
            self.definitions.setdefault(token, before)
        span = _spelled_by(before, token)
        if not span or any(text[m.end() : m.end() + 1] == "-" for m in matches[k - len(span) : k]):
            return  # (none, or words of a compound said once: Industrie- und Handelskammer)
        surface = " ".join(span)
        # a name with a small word between its words, or of capitalised words beginning with a word as cited (no
        # inflected adjective: der Medizinischen Hochschule), which no other reading joins: Redaktionsnetzwerk
        # Deutschland (RND), Gewerkschaft Deutscher Lokomotivführer (GDL)
        cited = all(w[:1].isupper() for w in span) and lemma(span[0]) == span[0]
        if (any(w in _TITLE_WORDS for w in span) or cited) and not any(
            surface in c.forms for c in self.candidates.values()
        ):  # fmt: skip
            self._add(surface.lower(), "name", "PROPN", len(span), surface, doc, segment)
            if k > len(span):  # a town's adjective before it joined its first word: der Berliner Stiftung …
                self._unsay(f"{matches[k - len(span) - 1].group()} {span[0]}", doc, segment)
        if small:
            self._add(token, "name", "PROPN", 1, token, doc, segment)

    def _firm_form(self, tokens, joined, k: int) -> int:
        """The index of a firm's legal form (`FIRM_FORMS`) among the next three capitalised words from k, all
        written on and none a German noun English does not write more (Premier Injuries Ltd, Stratos Jet Charters
        Inc.; not Eisenbahnhersteller Bombardier Inc, Krankenhaus GmbH); 0 when there is none."""
        end = next((e for e in range(k, min(len(tokens), k + 3)) if tokens[e] in FIRM_FORMS), 0)
        if not end or not all(joined[k : end + 1]) or not all(map(self._firm_word, tokens[k:end])):
            return 0  # (the legal form looked for first: this is asked at every capitalised word)
        return end if end > k or self._firm_word(tokens[k - 1]) else 0  # (k ≥ 1: the word before the form)

    def _firm_word(self, word: str) -> bool:
        """A word of a firm's name: capitalised, no article, no German noun English writes less."""
        return (
            word[:1].isupper() and word.replace("-", "").isalpha() and word not in _ARTICLES and word not in FIRM_FORMS
            and not (
                (self._common_noun(word) or looks_compound(word, self.dictionary))
                and zipf_en(word.lower()) <= zipf_de(word.lower())
            )
        )  # fmt: skip

    def _small_letters(self, token: str) -> bool:
        """A short word in small letters no dictionary has, as abbreviations of names are written: epd, dpa."""
        return (
            token.islower() and token.isalpha() and 2 <= len(token) <= 5 and token not in self.stop
            and not self.dictionary.senses(token) and not self.dictionary.senses(token.capitalize())
        )  # fmt: skip

    def _credit(self, text: str, matches, tokens: list[str], doc: int, segment: int) -> None:
        """A news agency named in small letters: after the last sentence of a text, as its credit (… um satte 65
        Prozent. dpa), in brackets in a dateline (München (dpa) - …), or after Nachrichtenagentur (der
        Nachrichtenagentur dpa)."""
        last = len(tokens) - 1
        for k in range(1, len(tokens)):
            token = tokens[k]
            if not token.islower() or len(token) > 5:
                continue  # (the cheap test first: this runs for every word)
            start, end = matches[k].span()
            gap = text[matches[k - 1].end() : start]
            credit = (  # (a space after the sentence: not FoxNews.com)
                k == last and gap.strip() in _CREDIT_GAPS and gap[-1:].isspace() and not text[end:].strip()
            )
            agency = tokens[k - 1] in _AGENCY_WORDS and gap == " "
            dateline = (  # München (dpa) - …
                gap.endswith("(")
                and text[end : end + 1] == ")"
                and text[end + 1 :].lstrip().startswith(("-", "–", "—"))
            )
            if (credit or agency or dateline) and self._small_letters(token) and lemma(token).lower() == token:
                self._add(token, "name", "PROPN", 1, token, doc, segment)  # (not a word's form: die Agentur müsse)

    def _unsay(self, surface: str, doc: int, segment: int) -> None:
        """A name read in this segment that a longer reading took apart: its occurrence here is gone."""
        key = _one_apostrophe(surface.lower())
        cand = self.candidates.get(key)
        if cand is None or cand.kind != "name":
            return
        here = Occurrence(doc, segment, surface)
        if here in cand.occurrences:
            cand.occurrences.remove(here)
            cand.forms[surface] -= 1
            if not cand.occurrences:
                del self.candidates[key]
            elif not cand.forms[surface]:
                del cand.forms[surface]

    @functools.lru_cache(maxsize=50_000)
    def _surname(self, word: str) -> bool:
        """A German noun English text uses as a word of its own (Müller, Fischer, Tauber, Renner): English
        writes a German common noun only as someone's name, unless it is an English word too (Team)."""
        if not self.noun_like(word, False) or self.is_place(word) or zipf_en(word.lower()) < 2.0:
            return False
        return not self.dictionary.renders_as_itself(word)

    def _possessive(self, tokens, joined, matches, text: str, j: int) -> bool:
        """Token j is the s of an apostrophe's possessive inside a name, which goes on after it in a name's
        word: Guy's Hospital, Rudy's Rare Records (not Andrea's Imbiss, a German noun after it)."""
        if not _apostrophe_s(tokens, matches, text, j) or j + 1 >= len(tokens) or not joined[j + 1]:
            return False
        after = tokens[j + 1]
        return self.noun_like(after, False) and (
            self.name_like(after) or self._english_name_goes_on((tokens[j - 1],), after)
        )

    def _english_head(self, run: tuple[str, ...], word: str) -> bool:
        """A noun English writes far more than German after a name of no German words: the name's own noun, as
        English names a party, an office, a county (Bharatiya Janata Party, Sedgwick County), not a word of the
        sentence after a person's name (Boris Johnson Reportern; nor Interview, a German word as much)."""
        if not word[:1].isupper() or word.isupper() or not word.isalpha() or not self.noun_like(word, False):
            return False
        english, german = zipf_en(word.lower()), zipf_de(word.lower())
        if english < ENGLISH_HEAD_ZIPF or english < german + ENGLISH_HEAD_LEAN or self._place_in_german(word):
            return False
        if _first_name(word) or run[-1].endswith("s") or any(map(self.is_place, run)):
            return False  # (Louisiana John; a genitive and its thing: Clintons Team, McGuires Show)
        return all(
            w[:1].isupper() and not _is_acronym(w) and not self._common_noun(w)
            and (zipf_de(w.lower()) < FOREIGN_ZIPF or zipf_en(w.lower()) > zipf_de(w.lower()))  # (Royal, Asset)
            for w in run
        )  # fmt: skip

    def _place_in_german(self, word: str) -> bool:
        """A place, unless English writes the word far more as a common noun of its own and calls the place else
        (Island: Iceland to German, after a name an island: Livingston Island, King George Island)."""
        place = self.dictionary.place(word)
        if place is None:
            return self.is_place(word)
        return not (zipf_en(word.lower()) >= 4.5 and word not in place.english)

    def _english_pair(self, tokens: list[str], joined: list[bool], i: int, text: str, matches: list) -> bool:
        """Tokens i and i + 1 are two English words, capitalised side by side, that German may write too (Film
        Festival, Song Contest, Park City): German joins two nouns into one word (Filmfestival), so they are an
        English name's (`_english_word`); the first no person's word (Senator Bernie Sanders: a person and what
        they are)."""
        if i + 1 >= len(tokens) or not joined[i + 1] or not (tokens[i].istitle() and tokens[i + 1].istitle()):
            return False  # (asked of every word read: the cheap tests first)
        return (
            self._english_word(tokens[i]) and self._english_word(tokens[i + 1])
            and not self.dictionary.is_person(tokens[i])  # (Senator Bernie Sanders, Jockey Frankie Dettori: a person)
            # (a number or a letter after them is the name's: Tesla Model 3, which a name's run ends before)
            and not _NUMBER_AFTER.match(text, matches[i + 1].end())
            and not (i + 2 < len(tokens) and joined[i + 2] and len(tokens[i + 2]) == 1)
        )  # fmt: skip

    @functools.lru_cache(maxsize=50_000)
    def _english_word(self, word: str) -> bool:
        """A word of `_english_pair`: commoner in English than in German, or nearly as common (zipf 0.3 less);
        neither a place, a title nor a first name (London Gold, Reporter Shane: a name and a word), nor an initial
        (John F)."""
        lowered = word.lower()
        # (a plural as often as its singular is: Prestige Cruises, whose cruises web text writes less than cruise)
        often = zipf_en(lowered)
        if lowered.endswith("s") and len(word) >= 5 and often >= 3.0:
            often = max(often, zipf_en(lowered[:-1]))
        return (
            len(word) >= 3 and word.istitle() and word.isalpha()
            and often >= max(3.5, zipf_de(lowered) - 0.3)
            and word not in NAMED_TITLES and word not in _ENGLISH_TITLES and word not in FIRM_FORMS
            and not _first_name(word) and not self.is_place(word)
        )  # fmt: skip

    def _english_of_goes_on(self, word: str, after: bool = False) -> bool:
        """After an English of or for, a word an English name goes on with: capitalised, and English or a name
        (England, Commons, Growth, Staff; not a German noun: Hall of Fame Torwart ends before it). `after`: a word
        after the one after of, which may be as common in German (Museum of Modern Art; not Bank of England Chef)."""
        lowered = word.lower()
        english = zipf_en(lowered) >= 3.0 and zipf_en(lowered) > zipf_de(lowered) - (0.5 if after else 0.0)
        return word.istitle() and word.isalpha() and (english or not after and self.is_place(word))

    def _english_name_goes_on(self, run: tuple[str, ...], word: str) -> bool:
        """An English name's next word is English, whether or not German has it too (Union, Mail, Theatre):
        after two English words, or one that is no German word at all."""
        if not word[:1].isupper() or word.isupper() or not word.isalpha():
            return False
        if not self.noun_like(word, False) and not (
            len(run) >= 2
            and zipf_en(word.lower()) >= zipf_de(word.lower()) + 1.0
            and not _first_name(run[0])
            and word not in _ENGLISH_TITLES
        ):  # (an English word German writes as an adjective's form, after two English words: Black Lives Matter;
            # not after a person's name: David Cameron The Lorax, Hugh Hewitt Mr)
            return False
        # (a possessor is a name, of any language: Holt's Military Bank)
        english = [zipf_en(w.lower()) >= 3.0 and zipf_en(w.lower()) > zipf_de(w.lower()) or _POSSESSOR.search(w)
                   for w in (*run, word)]  # fmt: skip
        first = run[0].lower()
        # (one English word before it: no German word, or one far commoner in English, a place only after a word
        # that is none: Federal Reserve, British Team Trials, Greater Manchester, University of Arizona; not London,
        # which German writes as often, nor Fiji, which beat Japan)
        far_commoner = zipf_en(first) >= zipf_de(first) + 1.2 and not (
            self.is_place(word) and (self.is_place(run[0]) or run[0] in _english_places())
        )
        # (or two words that together lean to English: Washington Post, Royal Bank, London Underground)
        leaning = zipf_en(first) - zipf_de(first) + zipf_en(word.lower()) - zipf_de(word.lower())
        together = (
            leaning >= ENGLISH_LEAN and zipf_en(word.lower()) >= 4.0 and not self.is_place(word)
            and not _is_acronym(run[0]) and not _first_name(word)  # (not BBC Shows, nor Arkansas Mike Huckabee)
        )  # fmt: skip
        if not all(english):
            # (or two English words that end a name: Henryk Arctowski Polish Antarctic Station)
            tail = run[max((k for k, e in enumerate(english[:-1]) if not e), default=-1) + 1 :]
            return bool(english[-1]) and len(tail) >= 2 and self._english_name_goes_on(tail, word)
        return len(run) >= 2 or zipf_de(first) < 1.5 or far_commoner or together

    @functools.lru_cache(maxsize=50_000)
    def _surname_after(self, first: str, word: str) -> bool:
        """A word after a first name is its surname when German would not write it capitalised there else: an
        adjective or a small word (Manuel Neuer, Uwe Fröhlich, Stephan Weil), or a noun after a first name that
        is no German word itself (Heiko Becher, Max Menge, Uwe Link; not Rosa Farbe, im August Preise)."""
        if (
            not _first_name(first) or first in _MONTHS or not word[:1].isupper() or word.isupper()
            or not word.replace("-", "").isalpha() or len(word) < 3 or word.lower() in _NOT_SURNAMES
            # a place is a surname too after a first name where it is a first name or surname (Mark James)
            or self.is_place(word) and not (_first_name(word) or word in surnames())
        ):  # fmt: skip
            return False
        if not self.noun_like(word, False):
            return True  # (a capitalised adjective, adverb or conjunction inside a sentence)
        base = lemma(word)
        if not self._common_noun(word):
            return True  # a word the dictionary does not know (Alexander Gauland, Wiebke Lehmkuhl)
        if any(self.dictionary.is_common_noun(part) for part in first.split("-")):
            return False
        # a listed surname, or a noun as short as surnames are, English's too (Uwe Link, Bruno Mars: on newstest
        # all 10 such pairs were names), not a compound or abstract noun (not Colin Eigentum, Joanne Stauraum: the
        # object)
        if base.endswith("mann") and len(base) >= 7 and not base.endswith("smann"):
            return True  # a man's noun after a first name is a family name: Ute Henkelmann (no lunch bucket)
        split = compound_split(base, self.dictionary)
        # (a compound of two words: Stau|raum; Sch|lichter is no compound, Schlichter a surname)
        compound = split is not None and bool(
            self.dictionary.senses(split[0].capitalize()) or split[0] in GERMAN_FUNCTION_WORDS
        )  # (Vor|stadt, Auf|tritt: a particle before a noun)
        return word in surnames() or (not base.endswith(_ABSTRACT_ENDINGS) and not compound)

    def _quoted_names(self, text: str, matches, doc_index: int, segment_index: int) -> list[tuple[int, int]]:
        """A title in quotation marks, every word capitalised but its small words, is a name: a newspaper
        („Bild am Sonntag“), a club, a ship („Stena Impero“), a programme; a leading article is not
        part of it, unless the title is one noun („Der Spiegel“). Returns the spans of the titles taken."""
        spans = []
        for quoted in _QUOTED_TITLE.finditer(text):
            words = [m.group() for m in matches if quoted.start(1) <= m.start() < quoted.end(1)]
            if (
                len(words) == 2 and words[0] in ("Der", "Die", "Das") and words[1][:1].isupper() and words[1].isalpha()
                and not words[1].isupper()
            ):  # fmt: skip
                # a title of one noun and its article, which English keeps: „Der Spiegel“, „Die Zeit“
                surface = " ".join(words)
                self._add(surface.lower(), "name", "PROPN", 2, surface, doc_index, segment_index)
                spans.append(quoted.span(1))
                continue
            if len(words) == 1 and words[0] in _MEDIA_TITLES:
                title = _MEDIA_TITLES[words[0]]  # der „Spiegel“: the magazine Der Spiegel, no mirror
                self._add(title.lower(), "name", "PROPN", len(title.split()), title, doc_index, segment_index)
                spans.append(quoted.span(1))
                continue
            if words and words[0] in _ARTICLES:
                words = words[1:]
            if not 2 <= len(words) <= 5 or not (words[0][:1].isupper() and words[-1][:1].isupper()):
                continue
            opening = not text[: quoted.start()].strip(' „“"»«‚')  # (the sentence begins with the quotation)
            if (
                opening and len(words) == 2 and self._common_noun(words[1])
                and (self._adjective_form(words[0]) or not lemma(words[0])[:1].isupper())  # (Halber: halb)
            ):  # fmt: skip
                continue  # a phrase quoted, capitalised as a sentence begins: „Halber Sieg“ gegen Belarus
            if len(words) == 3 and words[1] in ("von", "für") and self._generic_plural(words[2]):
                continue  # a charge or a demand quoted: „Verbreitung von Falschinformationen“ (no title)
            if all(w[:1].isupper() or w in _TITLE_WORDS for w in words) and not any(w.isdigit() for w in words):
                surface = " ".join(words)
                lead = int(len(words) > 2 and words[0].endswith("er") and bool(town_of(words[0], self.dictionary)))
                if all(map(self.name_adjective, words[lead:-1])):
                    # adjectives and a noun, as a name of them is read unquoted and cited in the nominative: die
                    # „Frankfurter Allgemeinen Zeitung“ is the Frankfurter Allgemeine Zeitung
                    key = " ".join([*words[:lead], *map(adjective_stem, words[lead:-1]), lemma(words[-1])]).lower()
                    self._add(key, "name", "ADJ PROPN", len(words), surface, doc_index, segment_index).quoted += 1
                else:
                    self._add(surface.lower(), "name", "PROPN", len(words), surface, doc_index, segment_index)
                spans.append(quoted.span(1))
        return spans

    def _generic_plural(self, word: str) -> bool:
        """A common noun in the plural with no article: things of a kind (Falschinformationen, Flüchtlingen)."""
        base = lemma(word)
        return base != word and bool(self.dictionary.senses(base)) and not self.name_like(word)

    def _name_word_not_noun(self, tokens, joined, k: int) -> bool:
        """Token k, inside a sentence, is capitalised though German writes it small, no adjective before a noun:
        a name's word (Lady Gaga; not Weißes Haus, nor das Gute, an adjective made a noun)."""
        word = tokens[k]
        return (
            joined[k] and word.isalpha() and word.istitle() and len(word) >= 3
            and not (k + 1 < len(tokens) and joined[k + 1] and tokens[k + 1][:1].isupper())
            and (
                word.lower() not in self.stop
                and not self.noun_like(word, False) and lemma(word) == word.lower() and self.name_like(word)
                # a small word German never capitalises inside a sentence, English seldom writes: Hua Hin
                or word.lower() in GERMAN_FUNCTION_WORDS and word.lower() not in _POLITE and zipf_en(word.lower()) < 3.0
            )
        )  # fmt: skip

    def _genitive_of_name(self, run: list[str], word: str) -> bool:
        """The word is the genitive of a name that would go on the run, a person's (Saddam Husseins, Egis Klimas'
        owner): the lemmatizer knows the form, so it reads as no name of its own; not a common noun's (Siemens
        Chefs)."""
        stem = word[:-1]
        return (
            word.endswith("s") and not word.endswith("ss") and len(stem) >= 3 and word.isalpha() and word.istitle()
            and all(w.isalpha() and w.istitle() for w in run)
            and (_first_name(run[0]) or not self.dictionary.senses(run[0]))
            and word not in given_names() and (lemma(word) == stem or stem in surnames())  # (not James)
            and not self._common_noun(word) and not self.is_place(stem)
            and self.noun_like(stem, False) and self.name_like(stem) and not self._common_noun(stem)
        )  # fmt: skip

    def _name_follows(self, tokens, joined, k: int) -> bool:
        """Token k is part of a name: capitalised, no common noun of the dictionary, right after the last."""
        if k >= len(tokens) or not joined[k]:
            return False
        word = tokens[k]
        return self.noun_like(word, False) and self.name_like(word) and not self.dictionary.is_common_noun(word)

    def _adjective_term(self, token: str, nxt: str, doc_index: int, segment_index: int) -> None:
        """An adjective and its noun that make a term (ballistische Raketen, kalter Krieg), read at the adjective."""
        if not (nxt and token[:1].islower() and self.noun_like(nxt, False) and not self.name_like(nxt)):
            return
        adj = self.adjective(token)
        if adj:
            if not self.term_adjective(adj, token, nxt):
                return
        elif token not in self.stop and ADJECTIVE_ENDING.search(token) and self.listed_pair(token, nxt):
            adj = lemma(token)  # kalter Krieg: a pair the dictionary lists
        else:
            return
        head = lemma(nxt)
        self._add(
            f"{adj} {head}".lower(), "term", "ADJ NOUN", 2, f"{token} {nxt}", doc_index, segment_index, (adj, head)
        )

    def _add(self, key, kind, pos, words, surface, doc, segment, parts=()) -> Candidate:
        key = _one_apostrophe(key)
        cand = self.candidates.get(key)
        if cand is None:
            cand = self.candidates[key] = Candidate(key, kind, pos, words, parts=parts)
        cand.forms[surface] += 1
        cand.occurrences.append(Occurrence(doc, segment, surface))
        return cand

    def part(self, segments: list[tuple[int, int, str]]) -> tuple[dict, dict, int, dict]:
        """What these segments (document, index, text) hold, apart from what the collector holds already;
        its caches serve (a worker process reads chunk after chunk, and has its parent's collection too).
        With the findings come the lemmas looked up for them."""
        held = self.candidates, self.definitions, self.words, self.pairs, self.adjectives
        self.candidates, self.definitions, self.words, self.pairs, self.adjectives = {}, {}, 0, Counter(), Counter()
        mark = lexicon.lemma_mark()
        for doc_index, segment_index, text in segments:
            self.add(doc_index, segment_index, text)
        found = self.candidates, self.definitions, self.words, self.pairs, self.adjectives, lexicon.lemmas_since(mark)
        self.candidates, self.definitions, self.words, self.pairs, self.adjectives = held
        return found

    def absorb(
        self, candidates: dict, definitions: dict, words: int, pairs: Counter, adjectives: Counter, lemmas: dict
    ) -> None:
        """A later chunk's findings joined to this collector's, as if it had read the chunk itself (its lemmas
        too: the steps after reading look most of them up again)."""
        lexicon.remember_lemmas(lemmas)
        for key, cand in candidates.items():
            mine = self.candidates.setdefault(key, cand)
            if mine is not cand:
                mine.take(cand)
        for token, words_before in definitions.items():
            self.definitions.setdefault(token, words_before)
        self.words += words
        self.pairs.update(pairs)
        self.adjectives.update(adjectives)

    def merge_numbered(self) -> None:
        """A noun and a number are a name when the collection joins the two into a compound as well (Formel 1
        beside Formel-1-Finale or Formel 1-Rennen); then every number after that noun makes one (Formel 3), and
        those are no longer mentions of the noun alone (no formula). Other nouns and numbers are no names
        (Artikel 5, Seite 3), and their nouns stay as they were read."""
        joined = {
            m[1].lower() for c in self.candidates.values() if c.pos != "NUM"
            for f in c.forms if (m := _NUMBERED_COMPOUND.match(f))
        } | {c.key.split()[0] for c in self.candidates.values() if c.pos == "NUM" and c.compounded}  # fmt: skip
        named = defaultdict(list)  # a name of two or more words by its last word: Nord Stream, FC Schalke
        for c in self.candidates.values():
            if c.kind == "name" and c.pos == "PROPN" and c.words >= 2:
                named[c.key.rsplit(" ", 1)[-1]].append(c)
        for key in [k for k, c in self.candidates.items() if c.pos == "NUM"]:
            cand = self.candidates.pop(key)
            if self._name_and_number(cand, named.get(key.split()[0], [])) or key.split()[0] not in joined:
                continue
            cand.pos = "PROPN"
            self.candidates[key] = cand
            noun = lexicon.spelling_key(cand.forms.most_common(1)[0][0].split()[0])
            term = self.candidates.get(noun)
            if term is None or term.kind != "term":
                continue
            spots = Counter((o.doc, o.segment) for o in cand.occurrences)
            kept = []
            for o in term.occurrences:
                if spots[o.doc, o.segment]:
                    spots[o.doc, o.segment] -= 1
                    term.forms[o.surface] -= 1
                else:
                    kept.append(o)
            term.occurrences, term.forms = kept, +term.forms
            if not kept:
                del self.candidates[noun]

    def _name_and_number(self, numbered: Candidate, names: list[Candidate]) -> bool:
        """A name of two or more words and a number after it, never a count, are one name, a model's or a club's:
        Nord Stream 2, FC Schalke 04, FSV Mainz 05 (were Nord Stream, …); those mentions leave the shorter name."""
        if numbered.counted:
            return False
        spots = Counter((o.doc, o.segment) for o in numbered.occurrences)
        for name in names:
            moved = [o for o in name.occurrences if spots[o.doc, o.segment]]
            if len(moved) != numbered.frequency:
                continue  # (the name is not where each of the numbers is: another's word before it)
            number = numbered.key.split()[-1]
            for o in moved:
                self._add(f"{name.key} {number}", "name", "PROPN", name.words + 1, f"{o.surface} {number}", *o[:2])
            kept = [o for o in name.occurrences if not spots[o.doc, o.segment]]
            name.occurrences, name.forms = kept, Counter(o.surface for o in kept)
            if not kept:
                del self.candidates[name.key]
            return True
        return False

    def split_people(self) -> None:
        """Two surnames side by side, each the last word of another person's full name in the collection, are
        those two people (nachdem Trump Comey gefeuert hatte: Donald Trump, James Comey; Coulson Blunkett), each
        then joined to their full name; not the end of a longer name (Donald Trump Jr., Carl Zeiss Meditec)."""
        people: dict[str, set[str]] = defaultdict(set)  # a last word → the full names it ends
        endings = set()
        for c in self.candidates.values():
            if c.kind == "name" and c.words > 1:
                words = c.key.split()
                if c.words > 2:
                    endings.add(" ".join(words[-2:]))
                if c.forms.most_common(1)[0][0].split()[0] in given_names():
                    people[words[-1]].add(c.key)
        for key in list(self.candidates):
            cand, words = self.candidates[key], key.split()
            if cand.kind != "name" or len(words) != 2 or key in people.get(words[-1], ()) or key in endings:
                continue
            first, last = people.get(words[0], set()), people.get(words[1], set())
            if len(first) == len(last) == 1 and first != last:
                for doc, segment, surface in self.candidates.pop(key).occurrences:
                    for word in surface.split():
                        self._add(lexicon.spelling_key(word), "name", "PROPN", 1, word, doc, segment)

    def merge_surnames(self) -> None:
        """Musk → Elon Musk, Merkel → Angela Merkel: a one-word name that is the last word of exactly one
        full name in the collection is that person (the full name is the entry, the surname a variant); so is
        the first word of a name that begins with it (Kim → Kim Jong Un: a Korean or Chinese name, short words
        surname first; Komsomolsk → Komsomolsk am Amur), when no other name shares it. A double surname too:
        Mikl-Leitner → Johanna Mikl-Leitner, Al-Sisi → Abdel Fattah al-Sisi."""
        full: dict[str, list[Candidate]] = {}
        for c in self.candidates.values():
            if c.kind == "name" and c.pos == "PROPN" and c.words > 1:
                words = c.key.split()
                if words[0].capitalize() in BUILDINGS:
                    continue  # Schongau is a town of its own beside Krankenhaus Schongau
                last = {words[-1]}
                written = c.forms.most_common(1)[0][0].split()[-1]
                if "-" in written:  # as a one-word name's key has it, without the hyphen: Al-Sisi, Mikl-Leitner
                    last.add(lexicon.spelling_key(written))
                for word in last:
                    full.setdefault(word, []).append(c)
                surname_first = c.words <= 3 and all(len(w.replace("-", "")) <= 5 for w in words)
                surname_first = surname_first and not event_word(written)  # (Audi of the Audi Cup: a firm)
                if surname_first or words[1] in _PLACE_LINKS:
                    full.setdefault(words[0], []).append(c)
        for key in list(self.candidates):
            cand = self.candidates[key]
            # by its key, or as written when a person's (Williams's key is william, Lou Williams is a person; not
            # Tweets, Trumps Tweets)
            owners = full.get(key) or [
                o for o in next((full[f.lower()] for f in cand.forms if f.lower() in full), [])
                if o.forms.most_common(1)[0][0].split()[0] in given_names()
                or cand.kind == "term" and self._first_of_person(o.forms.most_common(1)[0][0].split()[0])
            ]  # fmt: skip
            if cand.words != 1 or not owners:
                continue
            if cand.kind != "name" and not self._surname_as_term(cand, owners):
                continue
            acronym = all(_is_acronym(f) for f in cand.forms)  # the UN is not Kim Jong Un
            place = any(self.is_place(f) for f in cand.forms)  # Leipzig is a city as well as RB Leipzig's town
            if acronym or place:
                continue
            if len(owners) == 1:
                owners[0].take(self.candidates.pop(key))
            else:
                self._share_surname(key, owners)

    def _first_of_person(self, first: str) -> bool:
        """A full name's first word that makes it a person's, whose surname a word the lemmatizer reads as another
        is (Stevens, read as Steven's, after Sufjan): a first name of the lists, or a name no dictionary has that is
        no genitive (not Trumps Tweets)."""
        return first in given_names() or (
            self._unlisted_person_first(first) and not first.endswith("s") and not self.dictionary.senses(first)
        )

    def _unlisted_person_first(self, first: str) -> bool:
        """A name's first word no list has that may be a person's: of a name's shape, no town's adjective, place
        or letters (Arlene of Arlene Baratz; not Bamberger, Berlin, UN)."""
        return (
            self.name_like(first) and not town_of(first, self.dictionary) and not self.is_place(first)
            and not _is_acronym(first)
        )  # fmt: skip

    def _share_surname(self, key: str, people: list[Candidate]) -> None:
        """A surname several names of the collection end in (Max and Jos Verstappen, Hillary and Bill Clinton) is,
        in each document, the person that document names most, twice as often as any other, by a first name; where
        no such person is named, it stays a name of its own."""
        cand = self.candidates[key]
        kept: list[Occurrence] = []
        given: dict[int, list[Occurrence]] = defaultdict(list)

        def most_named(counts: list[int]) -> int | None:
            """The person named most, twice as often as any other name, by a first name; None if none is."""
            (first, i), (second, _) = sorted(zip(counts, range(len(counts))), reverse=True)[:2]
            person = people[i].forms.most_common(1)[0][0].split()[0] in given_names()
            return i if first and first >= 2 * second and person else None

        everywhere = most_named([p.frequency for p in people])
        named = [Counter(o.doc for o in p.occurrences) for p in people]
        owners: dict[int, int | None] = {}
        for occurrence in cand.occurrences:
            doc = occurrence.doc
            if doc not in owners:
                counts = [n[doc] for n in named]
                # (a document that names none of them: the one the collection names most)
                owners[doc] = most_named(counts) if any(counts) else everywhere
            if owners[doc] is None:
                kept.append(occurrence)
            else:
                given[owners[doc]].append(occurrence)
        for i, occurrences in given.items():
            part = Candidate(key, cand.kind, cand.pos, 1, Counter(o.surface for o in occurrences), occurrences)
            people[i].take(part)
        if kept:
            cand.occurrences = kept
            cand.forms = Counter(o.surface for o in kept)
        else:
            del self.candidates[key]

    def _surname_as_term(self, cand: Candidate, owners: list[Candidate]) -> bool:
        """A word taken for a term (its lemmatizer knows it) that is a person's surname: Ströbele alone is
        Hans-Christian Ströbele; Baratz is Arlene Baratz, a first name no list has before it (not Fuchsparkstadion,
        the Bamberger one: a town's adjective is no first name); Richter is Eva Richter where she is named; Müller
        is Thomas Müller in one document and Frank Müller in another (`owners`: the full names it ends)."""

        def person(owner: Candidate) -> bool:
            first = owner.forms.most_common(1)[0][0].split()[0]
            return first in given_names() or owner.words == 2 and self._unlisted_person_first(first)

        people = [o for o in owners if person(o)]
        if cand.kind != "term" or not people:
            return False
        if not any(self.dictionary.senses(form) for form in cand.forms):
            return True
        # a word of the dictionary too (Richter, Müller), after a first name of the lists or one no dictionary has
        # (Narendra Modi: Modi is Modus's plural), where the text never sets an article before it nor inflects it as
        # a noun (Richter sagte …, not der Richter, den Richtern), and only in the documents that name one of them
        # (Deborah Gold's, not the gold of a mine's)
        listed = [o for o in people if self._first_of_person(o.forms.most_common(1)[0][0].split()[0])]
        surname = people[0].forms.most_common(1)[0][0].split()[-1]
        uninflected = all(form in (surname, surname + "s") for form in cand.forms)
        named = {o.doc for owner in listed for o in owner.occurrences}
        return (
            bool(listed) and uninflected and not cand.articled
            and not self.dictionary.is_adjective(surname.lower())  # (die Farbe Rosa beside Manuel Rosa: rosa)
            and all(o.doc in named for o in cand.occurrences)
        )  # fmt: skip

    def merge_misspellings(self) -> None:
        """Rassissmus → Rassismus, Aufrtitt → Auftritt, Stadtzenrum → Stadtzentrum: a word read as a name only
        because no word list knows it (German or English), no place, one letter from a one-word term of the
        collection (added, dropped, changed or two swapped), is that term misspelt: its variant. So is a term no
        word list knows one letter from a term German knows and the collection has as often or more
        (Motoradfahrer → Motorradfahrer, Asylbeweber → Asylbewerber). Misspellings must be long (seven letters)
        to be told from names."""
        # one edit leaves a word of seven letters its first three letters or its last three, and its length within
        # one: keys for both, with the length
        by_end: dict[tuple[str, int], list[str]] = {}
        unknown: set[str] = set()
        for key, cand in self.candidates.items():
            hyphenated = "-" in next(iter(cand.forms))  # (X-Verkauf is no Verkauf misspelt)
            if cand.words == 1 and len(key) >= 6 and key.isalpha() and not hyphenated and self._unknown_word(cand):
                unknown.add(key)
                if len(key) >= 7:
                    by_end.setdefault((key[:3], len(key)), []).append(key)
                    by_end.setdefault((key[-3:] + "$", len(key)), []).append(key)
        if not by_end:
            return
        matches: dict[str, list[Candidate]] = {}
        for cand in self.candidates.values():
            if cand.kind == "term" and cand.words == 1 and len(cand.key) >= 6:
                ends, size = (cand.key[:3], cand.key[-3:] + "$"), len(cand.key)
                near = [key for n in (size - 1, size, size + 1) for end in ends for key in by_end.get((end, n), ())]
                for key in dict.fromkeys(near):
                    if DamerauLevenshtein.distance(key, cand.key) != 1:
                        continue
                    typo = self.candidates[key]
                    if typo.kind == "term" and (
                        cand.frequency < typo.frequency or cand.key in unknown
                        or zipf_de(cand.forms.most_common(1)[0][0]) < zipf_de(typo.forms.most_common(1)[0][0]) + 1
                        # a letter left out, added or swapped; one changed makes words of their own too often
                        # (Heimatstaat, Heimatstadt; Regierungsgruppe, Regierungstruppe)
                        or len(key) == len(cand.key) and sorted(key) != sorted(cand.key)
                    ):  # fmt: skip
                        continue  # (a term misspelt: for a word German knows far better, seen as often)
                    matches.setdefault(key, []).append(cand)
        for key, terms in matches.items():
            max(terms, key=lambda c: (c.frequency, c.key)).take(self.candidates.pop(key))
        for key in unknown:  # Isloation, Lebenslau: a common German noun misspelt, no name, and not in the text
            cand = self.candidates.get(key)
            if cand is not None and cand.kind == "name" and len(key) >= 8:
                if self._misspelt_noun(next(iter(cand.forms))):
                    del self.candidates[key]

    def _misspelt_noun(self, word: str) -> bool:
        """One letter from a noun German writes often (left out, added, changed or two swapped)."""
        known = german_frequencies()
        return any(
            known.get(edit, 0.0) >= 1e-6 and self.dictionary.is_common_noun(edit.capitalize())  # (zipf 3)
            for edit in one_letter_away(word.lower())
        )

    def _unknown_word(self, cand: Candidate) -> bool:
        """No word list knows the word (German, English or the dictionary): a name, or a word misspelt; a term
        may be a misspelling German writes now and then (Motoradfahrer)."""
        form = cand.forms.most_common(1)[0][0]
        if form.isupper() or zipf_de(form) > (0 if cand.kind == "name" else RARE_MISSPELLING) or zipf_en(form.lower()):
            return False
        if cand.kind == "name":
            return not self.is_place(form)
        return not self.dictionary.senses(form) and not self.dictionary.senses(lemma(form))

    def merge_pairs(self) -> None:
        """Seattle Mariners, Paris Saint-Germain, Berkshire Hathaway: a word read as a name of its own that the
        collection has only ever after one name is that name's last word. (Read word by word, a place ends a name:
        in Berlin Macron is two.)"""
        after = self._words_before()
        for key in list(self.candidates):
            cand = self.candidates.get(key)
            if cand is None or cand.kind != "name" or cand.words != 1 or len(cand.forms) != 1:
                continue
            form = next(iter(cand.forms))
            before = after.get(form, Counter())
            if len(before) != 1 or next(iter(before.values())) != cand.frequency or not _word_of_a_name(form):
                continue
            first = next(iter(before))
            owner = self.candidates.get(lexicon.spelling_key(first))
            if owner is None or owner.kind != "name" or owner.words != 1 or self.is_place(form):
                continue
            if first.endswith("s") and lexicon.spelling_key(first[:-1]) in self.candidates:
                continue  # a genitive's thing: Londons Docklands
            if len(_apart(owner.occurrences, cand.occurrences)) != owner.frequency - cand.frequency:
                continue  # (the two apart in some sentence: not one name)
            self._join_pair(owner, first, cand, form, list(cand.occurrences))

    def _words_before(self) -> dict[str, Counter]:
        """Each capitalised word → the capitalised words the collection writes right before it, and how often
        (`pairs`, read the other way round)."""
        after: dict[str, Counter] = defaultdict(Counter)
        for (first, second), count in self.pairs.items():
            after[second][first] += count
        return after

    def _join_pair(self, owner: Candidate, first: str, cand: Candidate, form: str, moved: list[Occurrence]) -> None:
        """The name of two words takes the second word's occurrences `moved` and as many of the first word's in
        those sentences (Seattle Mariners, Shane Goldmacher); a word left with none is no candidate."""
        surface = f"{first} {form}"
        pair = self.candidates.setdefault(surface.lower(), Candidate(surface.lower(), "name", "PROPN", 2))
        pair.forms[surface] += len(moved)
        pair.occurrences.extend(Occurrence(o.doc, o.segment, surface) for o in moved)
        for word, part in ((first, owner), (form, cand)):
            part.occurrences[:] = _apart(part.occurrences, moved)
            part.forms[word] -= len(moved)
            part.forms += Counter()  # (drops a form no longer seen)
            if not part.occurrences:
                del self.candidates[part.key]

    def merge_noun_surnames(self) -> None:
        """Shane Goldmacher: a word read as a term (a compound: Gold|macher) that the collection writes after one
        first name of the lists, never after an article nor inflected, is that person's surname in those
        sentences; not a word German writes often (`NOUN_SURNAME_ZIPF`), nor a thing after a name's genitive (Kates
        Doppelgängerin)."""
        after = self._words_before()
        for key in list(self.candidates):
            cand = self.candidates.get(key)
            if cand is None or cand.kind != "term" or cand.words != 1 or cand.articled or cand.cited:
                continue
            if len(cand.forms) != 1 or len(after.get(next(iter(cand.forms)), ())) != 1:
                continue
            form = next(iter(cand.forms))
            first, count = next(iter(after[form].items()))
            if (
                not form.isalpha() or lemma(form) != form or zipf_de(form) >= NOUN_SURNAME_ZIPF or self.is_place(form)
                or first.lower() in self.stop or not first.isalpha() or not first.istitle()
            ):  # fmt: skip
                continue
            owner = self.candidates.get(lexicon.spelling_key(first))
            if owner is None or owner.kind != "name" or owner.words != 1 or owner is cand:
                continue
            genitive = first.endswith("s") and (
                _first_name(first[:-1]) or lexicon.spelling_key(first[:-1]) in self.candidates
            )  # (Kates Doppelgängerin, Trumps Sonderberater: whose it is)
            if not _first_name(first) or genitive:
                continue
            if self.dictionary.senses(form) and count >= cand.frequency:
                continue  # (a word of the dictionary only ever after the first name: the verb's object, dass Joanne
                # Stauraum braucht)
            named = Counter((o.doc, o.segment) for o in owner.occurrences)
            moved = [o for o in cand.occurrences if named[o.doc, o.segment] > 0]
            if len(moved) != count:
                continue  # (the two apart in some sentence: not read side by side)
            self._join_pair(owner, first, cand, form, moved)

    def merge_genitives(self) -> None:
        """Russlands → Russland, Kims → Kim: a form ending in s whose stem is itself a candidate."""
        last_words = {c.key.split()[-1]: c for c in self.candidates.values() if c.kind == "name" and c.words > 1}
        for key in sorted(self.candidates, key=len, reverse=True):
            cand = self.candidates.get(key)
            if cand is None or cand.words != 1 or not key.endswith("s") or len(key) < 4:
                continue
            for stem_key in (key[:-1], key[:-2] if key.endswith("es") else None):
                stem = self.candidates.get(stem_key) if stem_key else None
                if stem is None and cand.kind == "name" and stem_key in last_words:
                    stem = last_words[stem_key]  # Kozlovs → Alexander Kozlov
                    if stem.frequency < 1:
                        stem = None
                if stem is not None and stem is not cand:
                    stem.take(self.candidates.pop(key))
                    break


def _apart(occurrences: list[Occurrence], taken: list[Occurrence]) -> list[Occurrence]:
    """The occurrences left when as many as `taken` has in each sentence go to another entry (the first name of a
    name its second word joins: Seattle of Seattle Mariners, Shane of Shane Goldmacher)."""
    where = Counter((o.doc, o.segment) for o in taken)
    kept = []
    for o in occurrences:
        if where[o.doc, o.segment] > 0:
            where[o.doc, o.segment] -= 1
        else:
            kept.append(o)
    return kept


def _shouted(cand: Candidate, dictionary) -> bool:
    """A heading in capitals read as a name: words of German written large (PUTINS KRIEG, KLEINE STUDIE), not
    letters of a name (YMCA NSW, ÖGER TOURS)."""
    if cand.kind != "name" or cand.words < 2 or any(form != form.upper() for form in cand.forms):
        return False
    words = [w for w in next(iter(cand.forms)).split() if len(w) >= 4 and w.isalpha()]  # (ABC is letters)
    return any(
        dictionary.is_common_noun(w.capitalize()) or dictionary.is_adjective(lexicon.adjective_stem(w.lower()))
        for w in words
    )


def _word_of_a_name(word: str) -> bool:
    """A word that may end a name after another (Mariners, Saint-Germain): no first name, no letters of an
    organisation, no abbreviation (St, Sgt)."""
    return (
        len(word) >= 3 and any(c in "aeiouyäöü" for c in word.lower())
        and word not in given_names() and not _is_acronym(word) and word.lower() not in ABBREVIATIONS
    )  # fmt: skip


@functools.lru_cache(maxsize=10_000)
def studies_of(word: str) -> str:
    """The people a German field of study is named after (Korean|istik → Korean, as in koreanisch), or ''."""
    if not word.endswith("istik") or len(word) < 9:
        return ""
    adjective = word[:-5].lower() + "isch"
    senses = [s for s in lexicon.dictionary().senses(adjective) if "adj" in s.grammar]
    english = senses[0].english[0] if senses else ""
    return english if english[:1].isupper() and " " not in english else ""


def common_phrase(surface: str, dictionary) -> str:
    """The English of capitalised words the dictionary lists as a thing, not a name (Rote Bete → beetroot,
    Happy End → happy ending; not Weißes Haus → The White House), or ''."""
    senses = dictionary.senses(surface) or dictionary.senses(listed_form(surface))
    english = [e for sense in senses for e in without_articles(sense.english)]
    return english[0] if english and not any(e[:1].isupper() for e in english) else ""


def without_articles(renderings) -> list[str]:
    """A dictionary sense's English without a leading article, whatever its case (The Hague is Hague here)."""
    return [re.sub(r"^(?:the|a|an) ", "", e, flags=re.I) for e in renderings]


def listed_form(name: str) -> str:
    """A name of adjectives and a noun as the dictionary lists it, after the definite article:
    im Weißen Haus → Weiße Haus (das Weiße Haus), vom Deutschen Roten Kreuz → Deutsche Rote Kreuz."""
    *adjectives, noun = name.split()
    return " ".join([*(adjective_stem(a) + "e" for a in adjectives), lemma(noun)])


def proper_adjective(base: str, dictionary) -> str:
    """The English of an adjective the dictionary renders with a capital (russisch → Russian, persisch → Persian:
    a people's or a place's), or ''."""
    return next(
        (s.english[0] for s in dictionary.senses(base) if "adj" in s.grammar and s.english[0][:1].isupper()), ""
    )


@functools.lru_cache(maxsize=50_000)
def of_a_place(base: str, inside: bool = False) -> bool:
    """Adjectives made from place names: nordkoreanisch ← Nordkorea, japanisch ← Japan; `inside` (a name
    such as Persischer Golf) also takes any adjective the dictionary renders with a capital (persisch →
    Persian, deutsch → German)."""
    if inside and proper_adjective(base, lexicon.dictionary()):
        return True
    if not base.endswith("isch"):
        return False
    stem = base[:-4].capitalize()
    if len(stem) < 3:
        return False
    return _place_begins(stem[: max(3, len(stem) - 2)])


def _placed(adjective: str) -> bool:
    """An adjective the lemmatizer does not know, made of a place's name, a point of the compass maybe before it:
    ecuadorianisch, südchinesisch (a place's first letters, up to five, before the ending)."""
    core = re.sub(r"^(?:nord|süd|ost|west)", "", adjective)
    core = re.sub(r"(?:ian|an|es|en|in)?isch$", "", core)
    if core == adjective or len(core) < 4:
        return False
    return _place_begins(core[:5].capitalize())


def _place_begins(prefix: str) -> bool:
    """A place of the gazetteer begins so (its names kept sorted: one bisection)."""
    places = _place_names()
    at = bisect.bisect_left(places, prefix)
    return at < len(places) and places[at].startswith(prefix)


_PLACES: list[str] = []


def _place_names() -> list[str]:
    if not _PLACES:
        from .names import cldr_gazetteer

        _PLACES.extend(sorted(cldr_gazetteer()))
    return _PLACES


@functools.cache
def _english_places() -> frozenset[str]:
    """CLDR's places as English writes them (Fiji, which German writes Fidschi)."""
    from .names import cldr_gazetteer

    return frozenset(cldr_gazetteer().values())


def _gazetteer_town(cand: Candidate, dictionary) -> bool:
    """A word the dictionary lacks, as written and as a verb (das Niederreißen), that is the name of a town or a
    village of the German-speaking countries and no first name (Linda): Völkermarkt, Bernried, Traben-Trarbach,
    not a people market, a reed of Bern, a trot of a stream; not a form of a word it has (aus Steinen: stones)."""
    written = cand.forms.most_common(1)[0][0]
    return (
        written in german_towns() and written not in given_names()
        and not any(dictionary.senses(f) for form in cand.forms for f in (form, form.lower(), lemma(form)))
        # (nor a word the dictionary's entries begin with: Obdach gewähren, obdachlos; ohne Obdach is no village)
        and not any(g != f for f in (written, written.lower()) for g, _ in dictionary.starting_with(f, 3))
    )  # fmt: skip


_NAMED_STREETS = ("straße", "strasse", "gasse", "allee")  # (a Weg, Platz or Ring is as often a common noun)


def _named_street(cand: Candidate, dictionary) -> bool:
    """A street the dictionary lacks, named by a word joined to the street word without a linking letter, that the
    collection never writes in the plural: Gerber|straße, Wasen|straße, Bahnhof|straße (was tanner's road, wet
    meadow road, station road); not Umgehung|s|straße, nor Seestraßen (sea routes, one of which a street may be)."""
    written = cand.forms.most_common(1)[0][0]
    suffix = next((s for s in _NAMED_STREETS if written.lower().endswith(s)), "")
    modifier = written[: -len(suffix)] if suffix else ""
    if len(modifier) < 3 or "-" in written or not modifier[:1].isupper():
        return False
    if any(form.lower().endswith((suffix + "n", suffix + "en")) for form in cand.forms):
        return False  # (a plural: a kind of street, Seestraßen, Fußgängergassen)
    if modifier.endswith("s") and dictionary.gender(modifier[:-1]):
        return False  # a linking s: Umgehungs|straße, Zufahrts|straße are kinds of road
    if suffix[0] == "s" and dictionary.gender(modifier) and dictionary.senses(written[len(modifier) + 1 :].title()):
        return False  # a linking s before a Trasse: Hochgeschwindigkeit|s|trasse
    return not any(dictionary.senses(f) for f in (written, lemma(written)))


# the words before a hyphen that name a part of a place or its older or newer half: Nieder-Mockstadt, Ober-Ramstadt
_PLACE_PARTS = frozenset("Nieder Ober Unter Mittel Hinter Vorder Groß Klein Alt Neu Hohen Wendisch".split())


def _hyphenated_town(cand: Candidate, dictionary) -> bool:
    """A hyphenated word the dictionary lacks that names a village as German names them: a part of a place and a
    word of a place's shape no dictionary has (Nieder-Mockstadt, was Nieder Mock city), or any word before a town
    of the gazetteer (Geiß-Nidda, was goat Nidda); not a town before a noun (Berlin-Besuch)."""
    written = cand.forms.most_common(1)[0][0]
    first, _, last = written.partition("-")
    if not first[:1].isupper() or not last[:1].isupper() or "-" in last or not last.isalpha() or len(last) < 4:
        return False
    if any(dictionary.senses(f) for f in (written, last, lemma(last))):
        return False
    return (first in _PLACE_PARTS and german_place_shape(last)) or (
        last in german_towns() and last not in given_names() and not first.isupper()
    )


@functools.lru_cache(maxsize=200_000)
def is_place(token: str, dictionary) -> bool:
    """A place of CLDR's or the dictionary's, as written or as its lemma."""
    from .names import cldr_gazetteer

    base = lemma(token)
    gazetteer = cldr_gazetteer()
    return (
        base in gazetteer or token in gazetteer or _listed_place(base, dictionary) or _listed_place(token, dictionary)
    )


def _listed_place(word: str, dictionary) -> bool:
    """The dictionary names the word as a place; for an everyday noun, a place English writes too (Essen, Halle;
    not the canton of Zug, which every train would become). Harz and Lippe, less common as nouns, stay places."""
    place = dictionary.place(word)
    return place is not None and (
        zipf_en(place.english[0].lower()) >= _KNOWN_PLACE_ZIPF
        or zipf_de(word) < _EVERYDAY_NOUN_ZIPF
        or not dictionary.is_common_noun(word)
    )


@functools.lru_cache(maxsize=50_000)
def town_of(word: str, dictionary, names: frozenset[str] = frozenset()) -> str:
    """The town a capitalised word in -er is of (Regensburger → Regensburg, Münchner → München, Kölner → Köln),
    or ''. `names`: the collection's one-word names (`collection_town`)."""
    if not _town_word(word):
        return ""
    stem = word[:-2]
    stems = (stem, stem + "en", word[:-3] + "en")
    known = next((s for s in stems if is_place(s, dictionary)), "")
    if known or dictionary.senses(word):
        return known  # (Mittelfinger is a finger, no town's)
    small = next((s for s in stems[:2] if _small_town(s, dictionary)), "")
    return small or collection_town(word, dictionary, names)


@functools.lru_cache(maxsize=100_000)
def _standard_spelling(token: str, umlauts: bool) -> str:
    """A token in the spelling the dictionary has (Swiss Massnahmen: Maßnahmen; in a text without umlauts,
    Buergermeister: Bürgermeister), so that every rule reads it as it reads Maßnahmen; a person's name as written
    (Weiss, Strauss; Peter Grossmann, after a first name)."""
    if token in surnames() or token in given_names():
        return token
    return lexicon.standard_spelling(token, umlauts)


def collection_town(word: str, dictionary, names: frozenset[str]) -> str:
    """The town a word in -er is of among the collection's one-word names, which no gazetteer has (Jenaer → Jena,
    Haslacher → Haslach, not a hare laugher), or ''; not a word of the dictionary (Designer beside Design), a
    people's member (Serbier beside Serbien) nor someone's name (Walter beside Walt)."""
    if not _town_word(word) or " " in word or dictionary.senses(word) or word in given_names() or word in surnames():
        return ""
    return next((stem for stem in (word[:-2], word[:-2] + "en") if stem in names), "")


def _town_word(word: str) -> bool:
    """A capitalised word in -er, as a town's is (not Serbier, Mazedonier: people of a country, no town)."""
    return word.endswith("er") and not word.endswith("ier") and len(word) >= 6 and word[:1].isupper()


def _small_town(word: str, dictionary) -> bool:
    """A town no gazetteer has, by its settlement's ending and no word of the dictionary before that ending or
    in it (Bischofsheim, Dietingen, Gerolstein; not Trampolinspringen, Mittelfingen, whose springen and Finger
    are words)."""
    lowered = word.lower()
    ending = next((e for e in _SETTLEMENT_ENDINGS if lowered.endswith(e)), "")
    if not ending or len(word) < len(ending) + 3 or dictionary.senses(word):
        return False
    return not any(
        dictionary.senses(word[cut:].capitalize()) or dictionary.senses(word[cut:].lower())
        for cut in range(1, len(word) - len(ending))
        if len(word) - cut >= 5
    )


def name_over_lemma(word: str, base: str) -> bool:
    """German writes the word far more often than the noun the lemmatizer reads in it: a name (Schalke, not the
    dative of Schalk, roguishness)."""
    return base != word and zipf_de(word) > zipf_de(base) + 1.0


def looks_compound(word: str, dictionary) -> bool:
    """True when the word ends in a dictionary noun of 4+ letters (Artillerie|munition), or of three after one
    (Gemüse|hof)."""
    return compound_split(word, dictionary) is not None


def linking_s(modifier: str, head: str, dictionary) -> bool:
    """The S that begins `head` links a noun to the rest rather than begin a noun of its own: Verkehr|s|amt,
    Landrat|s|amt, not Verkehr|samt or Landrat|samt (velvet), where the rest is the commoner word."""
    return (
        head[:1] == "S" and len(head) >= 4 and dictionary.is_common_noun(modifier.capitalize())
        and dictionary.is_common_noun(head[1:].capitalize()) and zipf_de(head[1:]) > zipf_de(head)
    )  # fmt: skip


def _linked(word: str, cut: int, dictionary) -> bool:
    """A noun and a linking s before the head at `cut`: Verkehr|s|amt, Ursprung|s|bau."""
    return word[cut - 1] == "s" and cut > 4 and bool(dictionary.gender(word[: cut - 1]))


@functools.lru_cache(maxsize=100_000)
def compound_split(word: str, dictionary) -> tuple[str, str] | None:
    """The word as modifier and its longest head the dictionary has as a noun (`looks_compound`), in lower case
    and without a linking s: Handels|krieg → (handel, krieg); None for a word that is no compound."""
    for cut in range(2, len(word) - 2):
        head = word[cut:].capitalize()
        if linking_s(word[:cut], head, dictionary):
            continue  # the linking s, not the head's: Verkehrs|amt
        if (len(head) >= 4 and dictionary.is_common_noun(head)) or (
            len(head) == 3
            and (cut >= 4 or cut == 3 and zipf_de(word[:cut]) >= 4.0)
            and dictionary.is_common_noun(head)
            and (dictionary.gender(word[:cut]) or _linked(word, cut, dictionary))
            and zipf_de(head) >= 4.0
            and head.lower() not in GERMAN_FUNCTION_WORDS
        ):  # (a singular noun before an everyday noun: not Wiesen|hof, a company, nor Bleiche|rode; three letters
            # of an everyday noun too: Fan|tag)
            modifier = word[:cut].rstrip("-").lower()
            if (
                modifier.endswith("s") and len(modifier) > 4 and not modifier.endswith("ss")
                and not dictionary.gender(modifier.capitalize())  # (Kreis|säge keeps its s)
            ):  # fmt: skip
                modifier = modifier[:-1]
            return modifier, head.lower()
    return None


# segments a worker takes at a time: small enough that both cores stay busy to the end; the first chunk, read
# before the workers fork, is small (it loads the word lists every worker needs)
CHUNK = 1500
FIRST_CHUNK = 100


def _prose_with_url(doc: Document) -> set[int]:
    """The lines with a URL that are a sentence of the news, not a site's links and buttons: eight words or more,
    two of them words only German has, and none that speaks to the reader (Auf dem Verbraucherschutzportal
    www.lebensmittelwarnung.de stellen die Bundesländer die neuesten Informationen ein; not Lesen Sie Dr. Joes
    Blog auf www.drjoetoday.com)."""
    lines: dict[int, list[str]] = defaultdict(list)
    for segment in doc.segments:
        if segment.near_url:
            lines[segment.line].append(segment.source)
    prose = set()
    for line, parts in lines.items():
        text = " ".join(parts)
        words = WORD_RE.findall(text)
        if len(words) >= 8 and sum(w.lower() in GERMAN_ONLY for w in words) >= 2 and not _READER.search(text):
            prose.add(line)
    return prose


def collect(documents: list[Document], dictionary, progress=None, workers: int = 1) -> Collector:
    """Every candidate in the documents. With `workers`, chunks of segments go to forked processes and their
    findings are joined in the documents' order: the same collection as one process makes."""
    collector = Collector(dictionary)
    german_towns()  # (read here, before the workers fork, not once in each: built, the first time, from 80 MB)
    # a document with no umlaut nor ß writes them as ae, oe, ue, ss (Buergermeister), if it is German at all
    collector.ascii_documents = {
        d for d, doc in enumerate(documents) if not any(lexicon.UMLAUT.search(s.source) for s in doc.segments)
    }
    chunks: list[tuple[list[tuple[int, int, str]], int]] = []  # (the segments to read, segments it covers)
    todo: list[tuple[int, int, str]] = []
    covered = 0
    for d, doc in enumerate(documents):
        seen = set()
        prose = _prose_with_url(doc)
        for segment in doc.segments:
            covered += 1
            if segment.source in seen or segment.near_url and segment.line not in prose:
                continue
            seen.add(segment.source)
            todo.append((d, segment.index, segment.source))
            if len(todo) == (CHUNK if chunks else FIRST_CHUNK):
                chunks.append((todo, covered))
                todo, covered = [], 0
    if todo or covered:
        chunks.append((todo, covered))
    for part, covered in zip(fork_map(collector.part, [c for c, _ in chunks], workers), (n for _, n in chunks)):
        collector.absorb(*part)
        if progress:
            progress(covered)
    for cand in collector.candidates.values():
        if (
            cand.kind == "term"
            and cand.words == 1
            and (cand.placed or (cand.sited >= 2 or cand.apposed) and not cand.articled)
        ):
            # seen where a place is (in Lackendorf); or twice, never after an article, though it is of a German
            # word's shape (in Nagold, nach Kleve): German writes a common noun there with one (im Gold); or
            # after a noun for a firm, never after an article (der Versorger Westnetz)
            cand.kind, cand.pos = "name", "PROPN"
        elif (
            cand.kind == "term"
            and cand.words == 1
            and not cand.articled
            and (_gazetteer_town(cand, dictionary) or _hyphenated_town(cand, dictionary))
        ):
            cand.kind, cand.pos = "name", "PROPN"  # Völkermarkt, Diepholz: no people market, wherever it stands
        elif cand.kind == "term" and cand.words == 1 and _named_street(cand, dictionary):
            cand.kind, cand.pos = "name", "PROPN"  # Gerberstraße, Wasenstraße: a street's name, no tanner's road
    for key in [key for key, cand in collector.candidates.items() if _shouted(cand, dictionary)]:
        del collector.candidates[key]
    collector.merge_numbered()
    collector.merge_pairs()
    collector.merge_noun_surnames()
    collector.merge_genitives()
    collector.split_people()
    collector.merge_surnames()
    collector.merge_misspellings()
    return collector
