"""The consistency checker: Findings for translations, ours or anyone's, against a glossary and themselves."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from typing import Iterable, Sequence

from .document import SegmentPair
from .errors import UsageError
from .lexicon import dictionary, zipf_de, zipf_en
from .matching import SourceMatcher, approved_targets, find_english, targets_for
from .segmentation import PLACEHOLDER_RE, URL_RE
from .store import Glossary, TermEntry

SEVERITIES = ("info", "warning", "error")
# every rule, in the order reports list them; `--checks` picks among them
RULES = (
    "missing-term", "forbidden-term", "inconsistent", "same-target", "untranslated", "identical",
    "number", "url", "placeholder",
)  # fmt: skip


@dataclass
class Finding:
    id: str
    # missing-term | forbidden-term | inconsistent | untranslated | number | url | placeholder | candidate-term
    rule: str
    severity: str
    file: str
    segment: int
    line: int
    term: str
    source_span: tuple[int, int, str] | None
    target_span: tuple[int, int, str] | None
    message: str
    suggestion: str = ""

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class CheckReport:
    findings: list[Finding] = field(default_factory=list)
    segments: int = 0
    glossary: str = ""
    glossary_digest: str = ""
    term_occurrences: int = 0
    term_successes: int = 0

    @property
    def term_success_rate(self) -> float | None:
        return self.term_successes / self.term_occurrences if self.term_occurrences else None

    def counts(self) -> Counter:
        return Counter(f.severity for f in self.findings)

    def at_least(self, severity: str) -> list[Finding]:
        floor = SEVERITIES.index(severity)
        return [f for f in self.findings if SEVERITIES.index(f.severity) >= floor]


# ------------------------------------------------------------------ numbers
# (a number right after a colon is the minutes of a time or the other side of a score: 17:30, 1:3)
_NUMBER_DE = re.compile(
    r"(?<![\w.,:])(\d{1,3}(?:[.\u202f\u00a0 ]\d{3})+(?!\d)|\d+(?:\.\d{1,2}(?!\d))?)(?:,(\d+))?(?!\d)(\.)?"
)
_DATE_DE = re.compile(r"(?<![\d.])\d{1,2}\.\d{1,2}\.(\d{4})?")
_CLOCK = re.compile(r"\s*(?:[.:]\d\d\s*)?(?:Uhr\b|h\b)|:\d\d\b")  # 18 Uhr, 15h, 0:30: English says 6 p.m.
_NUMBER_EN = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?!\d)")  # E95, CoV2 count too
_WORD_AFTER = re.compile(r"\s*([A-ZÄÖÜa-zäöü]\w*)")
_MONTHS = "januar februar märz april mai juni juli august september oktober november dezember".split()


def german_numbers(text: str) -> list[str]:
    """Numbers as values: 1.500 → 1500, 1,5 → 1.5; ordinals (2. Weltkrieg, 13. September) are skipped."""
    values = []
    dates = []
    for d in _DATE_DE.finditer(text):
        dates.append(d.span())
        if d.group(1):
            values.append(d.group(1))  # the year of 01.09.2004 stays a number in English
    for m in _NUMBER_DE.finditer(text):
        whole, frac, dot = m.groups()
        if any(a <= m.start() < b for a, b in dates):
            continue  # 26.12.2021 is written as a date in English
        if dot and len(whole) <= 2 and not frac:
            after = _WORD_AFTER.match(text, m.end())
            if after and (after.group(1)[0].isupper() or after.group(1).lower() in _MONTHS):
                continue
        if URL_RE.search(text[max(0, m.start() - 30) : m.end() + 5]) and any(
            a <= m.start() < b for a, b in (u.span() for u in URL_RE.finditer(text))
        ):
            continue
        if _CLOCK.match(text, m.end() - (1 if dot else 0)):
            continue  # 18 Uhr is 6 p.m. in English
        if re.fullmatch(r"\d+\.\d{1,2}", whole):
            value = whole  # 8.8: a version or model number, not thousands
        else:
            value = re.sub(r"[.\u202f\u00a0 ]", "", whole) + (f".{frac}" if frac else "")
        values.append(value)
    return values


def english_numbers(text: str) -> list[str]:
    values = []
    urls = [u.span() for u in URL_RE.finditer(text)]
    for m in _NUMBER_EN.finditer(text):
        if any(a <= m.start() < b for a, b in urls):
            continue
        whole, frac = m.groups()
        values.append(whole.replace(",", "") + (f".{frac}" if frac else ""))
    return values


_NUMBER_WORDS = {
    "1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven", "8": "eight",
    "9": "nine", "10": "ten", "11": "eleven", "12": "twelve", "13": "thirteen", "14": "fourteen",
    "15": "fifteen", "16": "sixteen", "17": "seventeen", "18": "eighteen", "19": "nineteen", "20": "twenty",
    "30": "thirty", "40": "forty", "50": "fifty", "60": "sixty", "70": "seventy", "80": "eighty",
    "90": "ninety", "100": "hundred", "1000": "thousand", "1000000": "million",
}  # fmt: skip
_SEPARATOR = re.compile(r"(?<=\d)[ ,.\u202f\u00a0'’](?=\d)")


_METRIC = re.compile(
    r"\d\s*(?:km|m|cm|mm|kg|g|t|l|ml|°C|Grad|Kilometern?|Metern?|Zentimetern?|Kilogramm|Gramm"
    r"|Tonnen|Litern?|Hektar|Quadratmetern?)\b"
)
_IMPERIAL = re.compile(
    r"\b(?:miles?|feet|foot|ft|inch(?:es)?|yards?|pounds?|lbs?|ounces?|oz|gallons?|acres?"
    r"|square feet|Fahrenheit|°F)(?!\w)",
    re.IGNORECASE,
)


_UNITS = [  # a metric unit after a German number, and what English may give instead: (unit, factor or °F)
    (r"km/h|Stundenkilometern?", ((r"mph|miles an hour|miles per hour", 0.6214),)),
    (r"km|Kilometern?", ((r"miles?", 0.6214),)),
    (r"cm|Zentimetern?", ((r"in(?:ch(?:es)?)?|\"", 0.3937),)),
    (r"mm|Millimetern?", ((r"in(?:ch(?:es)?)?|\"", 0.03937),)),
    (r"m|Metern?", ((r"ft|feet|foot|'", 3.2808), (r"yards?|yds?", 1.0936))),
    (r"kg|Kilo(?:gramm)?", ((r"lbs?|pounds?", 2.2046), (r"stone", 0.1575))),
    (r"g|Gramm", ((r"oz|ounces?", 0.03527),)),
    (r"t|Tonnen", ((r"tons?|tonnes?", 1.1023),)),
    (r"l|Litern?", ((r"gallons?", 0.2642), (r"gallons?", 0.22), (r"pints?", 1.76))),
    (r"Hektar|ha", ((r"acres?", 2.471),)),
    (r"Quadratmetern?|m²|qm", ((r"square f(?:ee|oo)t|sq\.? ?ft", 10.764),)),
    (r"Kubikmetern?|m³", ((r"cubic f(?:ee|oo)t", 35.315),)),
    (r"°\s?C?|Grad(?: Celsius)?", ((r"°\s?F|degrees? Fahrenheit|F\b", "F"),)),
]
_SCALE = r"(?:\s*(?:Mio\.?|Millionen|Mrd\.?|Milliarden|Tsd\.?|Tausend))?"


def _converted(value: str, german: str, english: str) -> bool:
    """The German figure with a metric unit, and the English the same quantity in imperial units, within
    6% (15 Meter → 50ft, 148 Kilogramm → 327 pounds, 30 °C → 86 °F, 1,80 Meter → 5ft 11in)."""
    try:
        number = float(value)
    except ValueError:
        return False
    shown = re.escape(value).replace(r"\.", "[.,]") if "." in value else re.escape(value)
    for unit, imperial in _UNITS:
        if not re.search(rf"(?<![\d.,]){shown}{_SCALE}\s*(?:{unit})(?!\w)", german):
            continue
        for target, factor in imperial:
            expected = number * 9 / 5 + 32 if factor == "F" else number * factor
            for m in re.finditer(
                rf"(\d[\d,]*(?:\.\d+)?)\s*(?:million|billion|trillion|m\b|bn\b)?\s*-?\s*(?:{target})", english, re.I
            ):
                found = float(m.group(1).replace(",", ""))
                if abs(found - expected) <= 0.06 * max(1.0, abs(expected)) or _same_order(found, expected):
                    return True
        feet = re.search(r"(\d+)\s*(?:ft|feet|foot|')\s*(\d+)\s*(?:in\b|inches|\")", english)
        if feet and unit == r"m|Metern?":
            inches = int(feet.group(1)) * 12 + int(feet.group(2))
            if abs(inches - number * 39.37) <= 0.03 * number * 39.37:
                return True
    return False


def _same_order(found: float, expected: float) -> bool:
    """62,3 Milliarden Kubikmeter → 2.2 trillion cubic feet: the same quantity at another scale word."""
    for scale in (1000.0, 0.001):
        if abs(found * scale - expected) <= 0.06 * abs(expected):
            return True
    return False


def _clock_in_english(value: str, lowered: str) -> bool:
    """A 24-hour time (14.00, 22.42) the English writes on the 12-hour clock (2 p.m., 10.42pm) or as 14:00."""
    match = re.fullmatch(r"([01]?\d|2[0-4])\.([0-5]\d)", value)
    if match is None:
        return False
    hour, minutes = int(match.group(1)), match.group(2)
    twelve = hour - 12 if hour > 12 else (12 if hour == 0 else hour)
    tail = rf"(?:[:.]{minutes})?" if minutes == "00" else rf"[:.]{minutes}"
    return bool(
        re.search(rf"(?<![\d.:]){twelve}{tail}\s*(?:a\.?\s?m\b|p\.?\s?m\b|o.clock)", lowered)
        or re.search(rf"(?<![\d.:]){hour:02d}:{minutes}|(?<![\d.:]){hour}:{minutes}", lowered)
    )


def _written_otherwise(value: str, german: str, english: str, lowered: str) -> bool:
    """A German number the English has in another form: a word (ninety-year-old), another grouping
    (255 001), a decade (30er → 1930s, thirties), a year, a tens word (zwanzig → 20 is the other way)."""
    word = _NUMBER_WORDS.get(value)
    if word and re.search(rf"\b{word}", lowered):
        return True
    if value.isdigit() and 20 < int(value) < 100 and int(value) % 10:  # 59 → fifty-nine
        tens, unit = _NUMBER_WORDS[str(int(value) // 10 * 10)], _NUMBER_WORDS[str(int(value) % 10)]
        if re.search(rf"\b{tens}[\s-]{unit}\b", lowered):
            return True
    if (
        value.isdigit()
        and int(value) <= 24
        and re.search(rf"(?<!\d){value}(?:\s*,\s*\d\d?)*\s*(?:und|bis|oder|-|–)\s*\d\d?(?:[.:]\d\d)?\s*Uhr", german)
    ):
        return _clock_in_english(f"{value}.00", lowered)  # zwischen 17 und 19 Uhr → between 5pm and 7pm
    if value.isdigit() and int(value) % 100 == 0 and 100 <= int(value) < 1000:  # 500 → five hundred
        if re.search(rf"\b{_NUMBER_WORDS[str(int(value) // 100)]}[\s-]hundred\b", lowered):
            return True
    if value.isdigit() and len(value) > 3 and value.endswith("000"):  # 200.000 $ → $200k
        if re.search(rf"(?<![\d.,]){int(value) // 1000}\s?k\b", lowered):
            return True
    if _converted(value, german, english):
        return True
    if "." in value and re.fullmatch(r"\d+\.\d+", value):
        if any(float(value) == float(n) for n in english_numbers(english)):
            return True  # 1,80 Meter → 1.8 m: the same value without its trailing zero
        if _clock_in_english(value, lowered):
            return True
    if value.isdigit() and len(value) == 4 and value.startswith(("19", "20")) and value in english:
        return True
    if _grouped_otherwise(value, german, english):
        return True
    if value.isdigit() and len(value) == 2 and re.search(rf"(?<!\d){value}er\b", german):
        tens = _NUMBER_WORDS.get(value, "")
        return bool(
            re.search(rf"\b(?:1[89]|20){value}[’']?s\b|(?<!\d){value}[’']?s\b", english)
            or (tens and re.search(rf"\b{tens[:-1]}ies\b", lowered))
        )
    return False


_DIGIT_RUN_DE = re.compile(r"\+?\d[\d\s./()\-–]*\d")  # not the decimal comma: 12,500 is 12.5
_DIGIT_RUN_EN = re.compile(r"\+?\d(?:[\d\s./()\-–]|,(?=\d{3}(?!\d)))*\d")  # thousands: 77,000


def _grouped_otherwise(value: str, german: str, english: str) -> bool:
    """The same digits grouped another way: a whole number of four digits or more in English groups
    (255 001, 10'000), or a long run of digit groups compared digit by digit, a leading 0 allowed to become
    a country code: a telephone number (06181/100-123 → 0049 6181 100 123, 800100 → 800 100), thousands
    split by a stray space (77. 000 → 77,000)."""
    digits = value.replace(".", "")
    if "." not in value and len(digits) > 3 and re.search(rf"(?<!\d){digits}(?!\d)", _SEPARATOR.sub("", english)):
        return True
    for run in _DIGIT_RUN_DE.finditer(german):
        whole = re.sub(r"\D", "", run.group())
        if digits not in whole or len(whole) < 5:
            continue
        for other in _DIGIT_RUN_EN.finditer(english):
            if whole.lstrip("0") in re.sub(r"\D", "", other.group()):
                return True
    return False


_QUOTED = re.compile(r"“[^”]{1,200}”|„[^“”]{1,200}[“”]|\"[^\"]{1,200}\"|«[^»]{1,200}»|»[^«]{1,200}«")
_BEFORE = re.compile(r"([\w&]+)[\s/-]$")
_AFTER = re.compile(r"[\s/-]([\w&]+)")


def _in_a_name(text: str, start: int, end: int) -> bool:
    """A capitalised word or an acronym right before or after (a space, hyphen or slash between): the word
    is part of a name. A sentence's first word counts only when it is no everyday English word (The, In)."""
    before = _BEFORE.search(text[max(0, start - 40) : start])
    if before is not None:
        word = before.group(1)
        head = text[: start - len(before.group(0))].rstrip()
        first = not head.rstrip("“\"‘'(").strip() or head.endswith((".", "!", "?", ":"))
        if word[:1].isupper() and not (first and zipf_en(word.lower()) >= 4.0):
            return True
    after = _AFTER.match(text, end)
    return after is not None and after.group(1)[:1].isupper()


_DETERMINER = re.compile(
    r"(?i)(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|kein\w*|mein\w*|dein\w*|sein\w*|ihr\w*|"
    r"unser\w*|eur\w*|dies\w*|jen\w*|jed\w*|welch\w*|manch\w*|im|am|zum|zur|vom|beim|ins|ans|aufs|fürs)"
)
_ENGLISH_DETERMINER = re.compile(r"(?i)\b(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your)\s+$")


def _used_as_a_name(word: str, source: str, target: str, at: int) -> bool:
    """German puts an article or determiner before a common noun (`die Menge`, `eine große Galerie`); a word
    standing without one wherever the German has it (`sagt Kunde`, `Menge: Ich …`, `in Konstanz`), and
    without one in the English (`the Menge` would be a noun left in German), is a name there."""
    if _ENGLISH_DETERMINER.search(target[max(0, at - 12) : at]):
        return False
    found = False
    for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", source):
        found = True
        clause = re.split(r"[,;:.!?()\"„“”]", source[max(0, m.start() - 60) : m.start()])[-1]
        for token in reversed(re.findall(r"[\w-]+", clause)[-3:]):
            if _DETERMINER.fullmatch(token):
                return False  # its article: `die Menge`, `eine große Menge`
            if token[:1].isupper():
                break  # another noun between: `die Staatsanwaltschaft Konstanz`
    return found


_LATIN = re.compile(r"(?:us|um|ae|ii|ium|ensis|oides|itis|osis)$")


def _latin(word: str) -> bool:
    """A Latin name of science (Australopithecus, Foramen ovale's kin, Helicobacter pylori's kin): a Latin
    ending on a word German itself seldom writes; English keeps such names as they are."""
    return bool(_LATIN.search(word)) and zipf_de(word) < 3.0


def chosen_rules(rules: Sequence[str]) -> frozenset[str]:
    """The rules asked for, known ones only: an unknown name is a usage error naming them all."""
    unknown = [r for r in rules if r not in RULES]
    if unknown:
        raise UsageError(f"--checks: unknown rule {unknown[0]!r}; choose from {', '.join(RULES)}")
    return frozenset(rules)


def _rendering_warning(rule: str, pair, term: str, option: str, src, message: str, suggestion: str) -> Finding:
    """A warning about how a term is rendered across the collection, pointing at the rendering here."""
    found = find_english(option, pair.target)
    tgt = (found[0].start, found[0].end, found[0].text) if found else None
    return Finding("", rule, "warning", pair.file, pair.index, pair.line, term, src, tgt, message, suggestion)


class Checker:
    """Runs every rule over segment pairs. Without a glossary it still finds inconsistency."""

    def __init__(
        self, glossary: Glossary | None = None, extracted: Sequence[TermEntry] = (), rules: Sequence[str] = RULES
    ):
        """`extracted`: terms found in the sources (glossary.terms.extract), watched for inconsistency only;
        `rules`: the rules to run (`RULES`, all by default)."""
        self.rules = chosen_rules(rules)
        self.glossary = glossary or Glossary([])
        known = {f.lower() for e in self.glossary.entries for f in e.forms()}
        watched = [e for e in self.glossary.entries if e.status == "candidate"]
        watched += [e for e in extracted if not any(f.lower() in known for f in e.forms())]
        self.approved = SourceMatcher(self.glossary.approved())
        self.candidates = SourceMatcher(watched)

    def check(self, pairs: Sequence[SegmentPair]) -> CheckReport:
        report = CheckReport(
            segments=len(pairs),
            glossary=self.glossary.path,
            glossary_digest=self.glossary.digest() if self.glossary.entries else "",
        )
        findings: list[Finding] = []
        renderings: dict[str, list[tuple[SegmentPair, str, tuple]]] = defaultdict(list)
        wanted = self.rules
        for pair in pairs:
            findings.extend(self._terms(pair, report, renderings))
            if "number" in wanted:
                findings.extend(self._numbers(pair))
            if wanted & {"url", "placeholder"}:
                findings.extend(self._urls(pair))
            if "untranslated" in wanted:
                findings.extend(self._untranslated(pair))
            if "identical" in wanted:
                findings.extend(self._identical(pair))
        findings.extend(self._inconsistent(renderings))
        findings.extend(self._same_target(renderings))
        findings = [f for f in findings if f.rule in wanted]
        for n, f in enumerate(findings, start=1):
            f.id = f"F{n:05d}"
        report.findings = findings
        return report

    # -------------------------------------------------------------- glossary rules
    def _terms(self, pair, report, renderings) -> Iterable[Finding]:
        used: list[tuple[int, int]] = []
        for entry, span in self.approved.find(pair.source):
            report.term_occurrences += 1
            hit = None
            for target in targets_for(entry, span.text):  # (Putin alone: Putin)
                for found in find_english(target, pair.target, entry.case_sensitive):
                    if (found.start, found.end) not in used:
                        hit = found
                        break
                if hit:
                    break
            src = (span.start, span.end, span.text)
            if hit is not None:
                used.append((hit.start, hit.end))
                report.term_successes += 1
                renderings[entry.source].append((pair, approved_targets(entry)[0], src))
            else:
                forbidden = next((f for v in entry.forbidden for f in find_english(v, pair.target)), None)
                if forbidden is not None:
                    yield Finding(
                        "", "forbidden-term", "error", pair.file, pair.index, pair.line, entry.source, src,
                        (forbidden.start, forbidden.end, forbidden.text),
                        f"'{span.text}' is rendered with the forbidden '{forbidden.text}'",
                        f"use '{entry.target}'",
                    )  # fmt: skip
                else:
                    yield Finding(
                        "", "missing-term", "error", pair.file, pair.index, pair.line, entry.source, src, None,
                        f"'{span.text}' should be translated as '{entry.target}', which is missing",
                        f"use '{entry.target}'",
                    )  # fmt: skip
            for v in entry.forbidden:
                for found in find_english(v, pair.target):
                    if hit is not None:
                        yield Finding(
                            "", "forbidden-term", "error", pair.file, pair.index, pair.line, entry.source, src,
                            (found.start, found.end, found.text),
                            f"forbidden variant '{found.text}' used for '{span.text}'",
                            f"use '{entry.target}'",
                        )  # fmt: skip
        for entry, span in self.candidates.find(pair.source):
            options = [o for o in (entry.target, *entry.alternatives) if o]
            if entry.kind == "name":
                options.append(entry.source)  # Vostochny here, Wostotschny there
            self._record_rendering(pair, entry.source, options, (span.start, span.end, span.text), renderings)

    @staticmethod
    def _record_rendering(pair, term, options, src, renderings):
        """Each rendering of the term the English uses here, once (a sentence naming the term twice may use
        two: `4 ohm and 32 uncle`); one found inside another's words is not another rendering."""
        taken: list[tuple[int, int]] = []
        for option in options:
            spans = [(f.start, f.end) for f in find_english(option, pair.target)] if option else []
            spans = [(a, b) for a, b in spans if not any(x <= a and b <= y for x, y in taken)]
            if spans:
                renderings[term].append((pair, option, src))
                taken.extend(spans)

    def _inconsistent(self, renderings) -> Iterable[Finding]:
        """One German term, several English renderings across the collection: flag the minority."""
        for term, uses in renderings.items():
            counts = Counter(option.lower() for _, option, _ in uses)
            if len(counts) < 2:
                continue
            majority, _ = counts.most_common(1)[0]
            summary = ", ".join(f"'{o}' ×{c}" for o, c in counts.most_common())
            for pair, option, src in uses:
                if option.lower() != majority:
                    yield _rendering_warning(
                        "inconsistent", pair, term, option, src,
                        f"'{term}' is rendered as '{option}' here but differently elsewhere ({summary})",
                        f"use '{majority}' as in the other {counts[majority]} segment(s)",
                    )  # fmt: skip

    def _same_target(self, renderings) -> Iterable[Finding]:
        """Two German terms rendered with one English term across the collection: often one of them is
        wrong (Xbench's "same target, different source"). Entries the glossary approves with that very
        target are synonyms by decision and are not flagged."""
        sources: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
        for term, uses in renderings.items():
            for pair, option, src in uses:
                sources[option.lower()][term].append((pair, option, src))
        approved = {(e.source.lower(), t.lower()) for e in self.glossary.approved() for t in approved_targets(e)}
        for english, by_term in sources.items():
            if len(by_term) < 2:
                continue
            most = max(len(u) for u in by_term.values())
            tied = sum(1 for u in by_term.values() if len(u) == most) > 1
            # the minority (all of them when tied), unless the glossary approves that rendering
            doubtful = {
                t: u for t, u in by_term.items() if (tied or len(u) < most) and (t.lower(), english) not in approved
            }
            terms = ", ".join(f"'{t}' ×{len(u)}" for t, u in sorted(by_term.items(), key=lambda kv: -len(kv[1])))
            for term, uses in doubtful.items():
                for pair, option, src in uses:
                    yield _rendering_warning(
                        "same-target", pair, term, option, src,
                        f"'{option}' renders several German terms ({terms})",
                        f"check that '{term}' really means '{option}' here",
                    )  # fmt: skip

    # -------------------------------------------------------------- text rules
    def _identical(self, pair) -> Iterable[Finding]:
        """A whole segment left as it was: the English is the German, and it has German words in it."""
        if pair.source.strip() != pair.target.strip():
            return
        german = [w for w in re.findall(r"[a-zäöüß]{3,}", pair.source) if zipf_de(w) >= 3.0 and zipf_en(w) < 3.0]
        if german:
            yield Finding(
                "", "identical", "warning", pair.file, pair.index, pair.line, "", None, None,
                "the translation is the German text itself", "translate the segment",
            )  # fmt: skip

    def _numbers(self, pair) -> Iterable[Finding]:
        source = Counter(german_numbers(pair.source))
        target = Counter(english_numbers(pair.target))
        lowered = pair.target.lower()
        # metres in the German, feet in the English: the figures were converted, for a reviewer to confirm
        converted = bool(target - source) and _METRIC.search(pair.source) and _IMPERIAL.search(pair.target)
        for value, count in (source - target).items():
            if _written_otherwise(value, pair.source, pair.target, lowered):
                continue
            found = f" (found {', '.join(sorted((target - source).elements()))})" if target - source else ""
            yield Finding(
                "", "number", "warning" if converted else "error", pair.file, pair.index, pair.line, value,
                None, None,
                f"number {value} in the source is missing from the translation{found}"
                + ("; the English converts units" if converted else ""),
                "check the conversion" if converted
                else "check the figure: German 1.500 is English 1,500, German 1,5 is English 1.5",
            )  # fmt: skip

    def _urls(self, pair) -> Iterable[Finding]:
        """URLs and placeholders must reach the English unchanged, each as often as in the German."""
        from collections import Counter

        urls = list(URL_RE.finditer(pair.source))
        inside_url = lambda m: any(u.start() <= m.start() < u.end() for u in urls)
        found = [(m, "url") for m in urls] + [
            (m, "placeholder") for m in PLACEHOLDER_RE.finditer(pair.source) if not inside_url(m)
        ]
        have = Counter(m.group() for m in PLACEHOLDER_RE.finditer(pair.target))
        seen: Counter = Counter()
        for m, rule in found:
            seen[m.group()] += 1
            missing = m.group() not in pair.target if rule == "url" else have[m.group()] < seen[m.group()]
            if missing:
                yield Finding(
                    "", rule, "error", pair.file, pair.index, pair.line, m.group(),
                    (m.start(), m.end(), m.group()), None,
                    f"'{m.group()}' was changed or dropped in the translation", f"copy '{m.group()}' unchanged",
                )  # fmt: skip

    def _untranslated(self, pair) -> Iterable[Finding]:
        """German vocabulary copied into the English; names (Geywitz, Deutsche Bahn) are not flagged."""
        source_words = set(re.findall(r"[A-ZÄÖÜa-zäöüß]{4,}", pair.source))
        tokens = list(re.finditer(r"[A-ZÄÖÜa-zäöüß][a-zäöüß]{3,}", pair.target))
        urls = [u.span() for u in URL_RE.finditer(pair.target)]
        quoted = [q.span() for q in _QUOTED.finditer(pair.target)]
        for m in tokens:
            word = m.group()
            if any(a <= m.start() < b for a, b in urls):
                continue  # www.palast-orchester.de is an address, not an untranslated word
            if word not in source_words or zipf_en(word.lower()) >= 2.5:
                continue
            if any(a < m.start() < b for a, b in quoted):
                continue  # a title kept in German on purpose: the programme "Guten Tag, liebes Glück"
            if dictionary().renders_as_itself(word) or _latin(word):
                continue  # English writes it so too: Phenobarbital, Foramen, Vitrine, Australopithecus
            if word[0].isupper():
                if _in_a_name(pair.target, m.start(), m.end()):
                    continue  # part of a name: Sparda-Bank Berlin, Deutsche Bahn, ARD Mediathek, Patrik Schick
                if _used_as_a_name(word, pair.source, pair.target, m.start()):
                    continue  # a surname or place that is a noun too: `sagt Kunde`, `in Konstanz`
                if not (dictionary().is_common_noun(word) and not dictionary().is_place(word)):
                    continue
            elif zipf_de(word) < 3.0:
                continue
            yield Finding(
                "", "untranslated", "warning", pair.file, pair.index, pair.line, word, None,
                (m.start(), m.end(), word), f"German word '{word}' left in the translation", "translate it",
            )  # fmt: skip
