"""Split prose into sentences, keeping offsets, without splitting at abbreviations."""

import re

# Words that end with a full stop without ending a sentence (compared lower case, no dots).
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt cpt sgt cpl pvt adm cmdr gov sen rep
    pres st mt ft jan feb mar apr jun jul aug sep sept oct nov dec vs approx
    inc corp co ltd jr sr rev dept""".split()
)
_BOUNDARY = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")


def _is_abbreviation(text: str, stop: int) -> bool:
    """Does the full stop at text[stop] belong to an abbreviation or an initial?"""
    match = _WORD_BEFORE.search(text, 0, stop + 1)
    if not match:
        return False
    word = match.group(1)
    if len(word) == 1 and word.isupper():
        return True  # an initial: "John F. Kennedy"
    if "." in word:
        return True  # dotted: "U.S.", "a.m."
    return word.replace(".", "").lower() in ABBREVIATIONS


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) offsets of each sentence in text[start:end], whitespace trimmed."""
    end = len(text) if end is None else end
    spans, begin = [], start
    for match in _BOUNDARY.finditer(text, start, end):
        if text[match.start()] == "." and _is_abbreviation(text, match.start()):
            continue
        spans.append((begin, match.end()))
        begin = match.end()
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
