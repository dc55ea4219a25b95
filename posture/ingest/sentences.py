"""Split prose into sentences, keeping offsets, without splitting at abbreviations."""

import re

# Words that end with a full stop without ending a sentence (compared lower case, no dots).
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt cpt sgt cpl pvt adm cmdr gov sen rep
    pres st mt ft jan feb mar apr jun jul aug sep sept oct nov dec vs approx
    inc corp co ltd jr sr rev dept""".split()
)
# Words that end with a full stop before a number: "No. 35 Squadron", "Art. 5", "Vol. 2".
BEFORE_NUMBER = frozenset("no nos art vol pp p fig".split())
# A sentence end followed by space and a capital, digit or opening quote or bracket.
# Tried only where a run of stops begins, and without backtracking into it (linear time).
_BOUNDARY = re.compile(r"(?<![.!?])[.!?]++[\"'\u201d\u2019)\]]*+(?=\s++[\"'\u201c\u2018(\[]?[A-Z0-9])")
# A sentence end glued to the next sentence, with no space: "on Monday.The ministry",
# "troops.Officials", "2014.The": a lower-case letter or digit, the stop (and any curly
# closing quote or bracket), then a capital and a lower-case letter. "U.S.", "No.1", "1.5"
# and "dw.com" do not have that shape; a web or e-mail address is skipped (in_address).
GLUED = re.compile(r"(?<=[a-z0-9])[.!?]++[\u201d\u2019)\]]*+(?=[\u201c\u2018]?[A-Z][a-z])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
_LOOK_BACK = 40  # characters looked at before a stop to find the word it ends
_ADDRESS_BACK = 200  # characters looked at before a stop for the start of an address


def _is_abbreviation(text: str, stop: int) -> bool:
    """Does the full stop at text[stop] belong to an abbreviation or an initial?"""
    match = _WORD_BEFORE.search(text, max(0, stop + 1 - _LOOK_BACK), stop + 1)
    if not match:
        return False
    word = match.group(1)
    if len(word) == 1 and word.isupper():
        return True  # an initial: "John F. Kennedy"
    if "." in word:
        return True  # dotted: "U.S.", "a.m."
    if word.lower() in BEFORE_NUMBER:
        rest = text[stop + 1: stop + 3].lstrip()
        return rest[:1].isdigit()
    return word.replace(".", "").lower() in ABBREVIATIONS


def in_address(text: str, stop: int) -> bool:
    """Is the stop inside a web or e-mail address ("www.Site.com", "press@Mod.gov")?"""
    begin = max(0, stop - _ADDRESS_BACK)
    space = max(text.rfind(" ", begin, stop), text.rfind("\n", begin, stop), text.rfind("\t", begin, stop))
    token = text[space + 1: stop]
    after = text[stop + 1: stop + 40].split(None, 1)
    tail = after[0] if after else ""
    return "@" in token or "://" in token or token.lower().startswith("www.") or "@" in tail or "/" in tail


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) offsets of each sentence in text[start:end], whitespace trimmed."""
    end = len(text) if end is None else end
    stops = [(match.start(), match.end(), False) for match in _BOUNDARY.finditer(text, start, end)]
    stops += [(match.start(), match.end(), True) for match in GLUED.finditer(text, start, end)]
    spans, begin = [], start
    for stop, after, glued in sorted(stops):
        if text[stop] == "." and _is_abbreviation(text, stop):
            continue
        if glued and in_address(text, stop):
            continue
        spans.append((begin, after))
        begin = after
    spans.append((begin, end))
    trimmed = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            trimmed.append((s, e))
    return trimmed
