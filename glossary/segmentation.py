"""German sentence splitting written for news and web text.

Argos' own splitter downloads a model on first use; we need one that runs offline
and knows German: quotes („…“ «…» "…"), abbreviations (z. B., Nr., Prof.),
ordinals (2. Weltkrieg, am 3. Oktober), thousands (1.500) and URLs.
"""

from __future__ import annotations

import re

URL_RE = re.compile(
    r"""(?:https?://|ftp://|www\.)[^\s<>"'«»„“”]+[^\s<>"'«»„“”.,;:!?)\]]"""
    r"""|\b[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{0,190}\w"""
    r"""|\b(?:bit\.ly|youtu\.be|t\.co)/\S+""",
    re.IGNORECASE,
)

# Placeholders of software strings: printf and Python (%s, %(name)d, %1$s), str.format/ICU/Jinja ({name}),
# shell and Windows variables, markup tags and entities. Kept out of the model; checked by the `placeholder` rule.
PLACEHOLDER_RE = re.compile(
    # printf, Python; never right after a digit: 5%ige Lösung, 3%iger Zuwachs are percentages
    r"(?<!\d)%(?!ig(?:e[mnrs]?)?\b)(?:\(\w+\)|\d+\$)?[-#0+']*(?:\d+|\*)?(?:\.(?:\d+|\*))?(?:hh|ll|[hlLqjzt])?[diouxXeEfFgGcrsa%]"
    r"|\{\{?[\w.\[\]-]*(?:![rsa])?(?::[^{}]{0,20})?\}\}?"  # str.format, ICU simple, Jinja
    r"|\$\{\w+\}|\$[A-Za-z_]\w*|%[A-Za-z_]\w*%"  # shell, Windows
    r"|</?[A-Za-z][^<>]{0,200}>|&(?:\w+|#\d+|#x[0-9a-fA-F]+);"  # markup and entities
)


# Every protected pattern (URLs, e-mail, hashtags, table pipes, code, tags) needs one of these:
# texts without them skip the costly scans.
URL_HINT = re.compile(r"://|www\.|@|bit\.ly|youtu\.be|t\.co/", re.IGNORECASE)
PROTECT_HINT = re.compile(r"://|www\.|@|#|\||`|<|\]\(|\{|bit\.ly|youtu\.be|t\.co/", re.IGNORECASE)

ABBREVIATIONS = frozenset(
    """
    abs abt adr allg anm apr art aug bd bearb begr beil betr bez bspw bzgl bzw ca chr co dez dipl
    dr dt ebd ehem eigtl engl entspr erg etc ev evtl exkl fa feb ff fr frl gebr gegr gem ges gesch
    ggf ggü hg hr hrsg i.a inc inkl insb jan jh jhd jr jun jul kap kath kfz kl lfd lt ltd max min mio
    mrd mr mrs ms mwst nachf nov nr okt orig pfd phil pkt prof prot rd rel resp sa sek sept sep so sog
    st std str stv tel tsd u.a u.ä usw v.a v.chr vgl vs z.b z.t zb zit zt zzgl
    """.split()
)

_CLOSERS = "\"'“”»«’)]"
_OPENERS = "„\"“«»‚'(["
_BOUNDARY_RE = re.compile(
    r"(?<![.!?…])(?P<punct>[.!?…]+)(?P<close>[" + re.escape(_CLOSERS) + r"]*)(?P<space>\s+)"
    r"(?=[" + re.escape(_OPENERS) + r"\-–]*[A-ZÄÖÜ0-9])"
)
_WORD_BEFORE_RE = re.compile(r"(\S+)$")


def _is_abbreviation(word: str) -> bool:
    """The token before a period that does not end a sentence."""
    bare = word.lstrip(_OPENERS + "-–")
    if not bare:
        return False
    if len(bare) == 1 and bare.isalpha():  # initials and z. B.
        return True
    if bare.isdigit() and len(bare) <= 2:  # ordinals: 2. Weltkrieg, am 3. Oktober
        return True
    low = bare.lower()
    if low in ABBREVIATIONS:
        return True
    # dotted abbreviations such as u.a, z.B, d.h, U.S
    return bool(re.fullmatch(r"(?:[A-Za-zÄÖÜäöü]\.)+[A-Za-zÄÖÜäöü]", bare))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Spans (start, end) of sentences in one line or paragraph, whitespace between them excluded."""
    protected = [m.span() for m in URL_RE.finditer(text)] if URL_HINT.search(text) else []
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY_RE.finditer(text):
        end = match.start("space")
        if any(a <= match.start() < b for a, b in protected):
            continue
        if match.group("punct") == "." and match.group("close") in ("", ")", "]"):
            # a window, not the whole prefix: `\S+$` over a long run without spaces is quadratic
            before = _WORD_BEFORE_RE.search(text[max(0, match.start() - 64) : match.start()])
            if before and _is_abbreviation(before.group(1)):
                continue
        if text[start:end].strip():
            spans.append((start, end))
        start = match.end()
    rest = text[start:].rstrip()
    if rest.strip():
        spans.append((start, start + len(rest)))
    return [(a + len(text[a:b]) - len(text[a:b].lstrip()), b) for a, b in spans]


def split_sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


_CLAUSE_RE = re.compile(
    r"(?<=[,;:])\s+|(?<!\s)\s+(?=[–—-]\s)|(?<=[–—])\s+"
    r"|(?<!\s)\s+(?=(?:und|oder|aber|sondern|denn|doch|weil|dass|daß|während|nachdem|obwohl|wenn|als|sowie|bzw\.)\s)"
)


def split_clauses(text: str, fits) -> list[str]:
    """Parts of an over-long sentence that each satisfy `fits(part)`: cut at the clause boundary
    (comma, semicolon, colon, dash, conjunction) nearest the middle, then at a space, then anywhere."""
    if fits(text) or len(text) < 2:
        return [text]
    middle = len(text) / 2
    cuts = [m.start() for m in _CLAUSE_RE.finditer(text) if 0 < m.start() < len(text) - 1]
    if not cuts:
        cuts = [m.start() for m in re.finditer(r"\s+", text) if 0 < m.start() < len(text) - 1]
    cut = min(cuts, key=lambda c: abs(c - middle)) if cuts else len(text) // 2
    left, right = text[:cut].rstrip(), text[cut:].lstrip()
    if not left or not right:
        left, right = text[: len(text) // 2], text[len(text) // 2 :]
    return split_clauses(left, fits) + split_clauses(right, fits)
