"""Find amounts in prose: numerals, number words, vague amounts and ranges, with their hedges.

`find_amounts(text)` returns every amount with the span of its words, the count it
stands for, the hedge written before it and the bounds that hedge implies. It knows
nothing about troops: whether an amount counts people is decided in `movements`.
"""

import re
from dataclasses import dataclass

from posture.lang.tails import Tail

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000}
# No troop count, stock or estimate runs past this: larger numbers (a budget, a population,
# "99999999999999999999999 soldiers") are not read as amounts, and no count overflows a table column.
MAX_COUNT = 10_000_000
DOZEN = {"a dozen": 12, "half a dozen": 6, "a half-dozen": 6, "two dozen": 24, "three dozen": 36, "four dozen": 48}

# Every hedge written before a number: which bound the number then gives ("low", "high" or
# neither) and how a chart writes it. One table, read by the tables' bounds and the charts' text.
HEDGE_TABLE = {
    "more than": ("low", ">"), "over": ("low", ">"), "upwards of": ("low", ">"), "in excess of": ("low", ">"),
    "just over": ("low", ">"), "at least": ("low", "≥"), "no fewer than": ("low", "≥"),
    "no less than": ("low", "≥"), "above": ("low", ">"), "well over": ("low", ">"), "well above": ("low", ">"),
    "just above": ("low", ">"), "a little over": ("low", ">"), "north of": ("low", ">"),
    "up to": ("high", "up to "), "as many as": ("high", "up to "), "as much as": ("high", "up to "),
    "no more than": ("high", "≤"), "at most": ("high", "≤"), "fewer than": ("high", "<"),
    "less than": ("high", "<"), "under": ("high", "<"), "nearly": ("high", "<"), "almost": ("high", "<"),
    "just under": ("high", "<"), "below": ("high", "<"), "just below": ("high", "<"), "a little under": ("high", "<"),
    "just short of": ("high", "<"), "just shy of": ("high", "<"), "shy of": ("high", "<"),
    "about": ("", "~"), "around": ("", "~"), "some": ("", "~"), "approximately": ("", "~"), "roughly": ("", "~"),
    "circa": ("", "~"), "close to": ("", "~"), "an estimated": ("", "~"), "estimated": ("", "~"),
    "approx.": ("", "~"), "an approximate": ("", "~"), "a reported": ("", "~"), "reportedly": ("", "~"),
    "in the region of": ("", "~"),
    # said after the number: "another 90 or so", "200 or more", "3,000-odd", "300-plus", "300+"
    "or so": ("", "~"), "or more": ("low", "≥"), "odd": ("", "~"), "plus": ("low", ">"),
}
AFTER_HEDGES = ("or so", "or more", "odd", "plus")
LOW_HEDGES = tuple(h for h, (bound, _) in HEDGE_TABLE.items() if bound == "low")
HIGH_HEDGES = tuple(h for h, (bound, _) in HEDGE_TABLE.items() if bound == "high")
APPROX_HEDGES = tuple(h for h, (bound, _) in HEDGE_TABLE.items() if not bound)
HEDGES = tuple(sorted(HEDGE_TABLE, key=len, reverse=True))

VAGUE = ("tens of thousands", "hundreds of thousands", "several thousand", "several hundred", "a few thousand",
         "a few hundred", "a couple of hundred", "a couple hundred", "a couple of thousand", "a couple thousand",
         "several dozen", "a few dozen", "thousands", "hundreds", "dozens", "scores")

_WORD = "|".join(sorted([*UNITS, *TENS, *SCALES], key=len, reverse=True))
_WORDS = re.compile(
    rf"\b(?:an?\s+(?=(?:hundred|thousand|million)\b))?(?:{_WORD})(?:(?:\s+and\s+|\s+|-)(?:{_WORD}))*\b", re.I
)
_NUMERAL = re.compile(
    r"(?<![\w.,/:$€£#])(?<![A-Za-z]-)(?P<digits>\d{1,3}(?:,\d{3})+|\d+)(?P<decimal>\.\d+)?"
    r"(?:\s+(?P<scale>million|thousand))?(?![\w/:%°]|[.,]\d)"
)
_DOZEN = re.compile(r"\b(?:" + "|".join(DOZEN) + r")\b|(?<=\bfurther\s)dozen\b|(?<=\banother\s)dozen\b", re.I)
_VAGUE = re.compile(r"\b(?:" + "|".join(VAGUE) + r")\b", re.I)
# Words one of which any _VAGUE or _DOZEN match holds, to skip those searches in sentences with none (looked
# for in the casefolded text: re.I reads "ſ" as "s", and casefold does too).
_VAGUE_WORDS = tuple(sorted({phrase.split()[-1] for phrase in VAGUE}))
_DOZEN_WORD = "dozen"  # in every _DOZEN alternative
_HEDGE_BEFORE = Tail(re.compile(
    r"\b(?P<hedge>" + "|".join(re.escape(h) for h in HEDGES if h not in AFTER_HEDGES) + r")\s+$", re.I),
    endings=[h for h in HEDGES if h not in AFTER_HEDGES])
# a hedge after the number, or after its noun: "another 90 or so", "200 troops or more"
_HEDGE_AFTER = re.compile(r"(?:\s+[a-z]+)?\s+(?P<hedge>or\s+so|or\s+more)\b(?!\s+(?:than|of)\b)"
                          r"|-(?P<attached>odd|plus)\b|(?P<sign>\+)(?!\d)|\s+(?P<spoken>plus)(?=\s+[a-z])", re.I)


@dataclass(frozen=True)
class Amount:
    start: int            # where the number's words begin in the text
    end: int              # where they end
    count: int | None     # None for vague amounts and ranges
    low: int | None       # bounds the hedge implies
    high: int | None
    qualifier: str        # the hedge, lower case; "exact", "between", or the vague words
    hedge_start: int      # where the hedge begins (== start when there is none)
    bare_digits: bool = False  # written as plain digits, like a year: "2014", not "2,014" or "two thousand"

    @property
    def is_year_like(self) -> bool:
        return self.bare_digits and self.count is not None and 1900 <= self.count <= 2100 and self.qualifier == "exact"


def words_value(words: str) -> int | None:
    """'two thousand' -> 2000, 'a thousand' -> 1000, 'two hundred and sixty' -> 260."""
    total, current, seen = 0, 0, False
    for word in re.split(r"[\s-]+", words.lower()):
        if word in ("and", ""):
            continue
        if word in ("a", "an"):
            current = 1
        elif word in UNITS:
            current += UNITS[word]
            seen = True
        elif word in TENS:
            current += TENS[word]
            seen = True
        elif word == "hundred":
            current = max(current, 1) * 100
            seen = True
        elif word in SCALES:
            total += max(current, 1) * SCALES[word]
            current, seen = 0, True
        else:
            return None
    return total + current if seen else None


def numeral_value(digits: str, decimal: str | None = None, scale: str | None = None) -> int | None:
    """'2,000' -> 2000; '1.5', 'million' -> 1500000; None above MAX_COUNT (400 digits too)."""
    plain = digits.replace(",", "")
    if decimal and not scale and len(decimal) == 4 and len(digits) <= 3:
        plain, decimal = plain + decimal[1:], None  # "3.000 soldiers": a thousands point, as some outlets write
    if len(plain) > len(str(MAX_COUNT)):
        return None
    value = round(float(plain + (decimal or "")) * SCALES.get((scale or "").lower(), 1))
    return value if value <= MAX_COUNT else None


def bounds(qualifier: str, count: int | None) -> tuple[int | None, int | None]:
    """The low and high bound a hedge gives a count: exact gives both, 'about' neither."""
    if count is None:
        return None, None
    if qualifier == "exact":
        return count, count
    if qualifier in LOW_HEDGES:
        return count, None
    if qualifier in HIGH_HEDGES:
        return None, count
    return None, None


_TOO_LARGE = "past MAX_COUNT"


def _raw_numbers(text: str) -> list[tuple[int, int, int | None, str | None]]:
    """(start, end, count, vague words) for every number, longest readings first, no overlaps."""
    found, folded = [], text.casefold()
    for match in _VAGUE.finditer(text) if any(word in folded for word in _VAGUE_WORDS) else ():
        found.append((match.start(), match.end(), None, match.group(0).lower()))
    for match in _DOZEN.finditer(text) if _DOZEN_WORD in folded else ():
        found.append((match.start(), match.end(), DOZEN.get(match.group(0).lower(), 12), None))
    for match in _NUMERAL.finditer(text):
        value = numeral_value(match["digits"], match["decimal"], match["scale"])
        found.append((match.start(), match.end(), value, None if value is not None else _TOO_LARGE))
    for match in _WORDS.finditer(text):
        phrase = match.group(0)
        trimmed = re.sub(r"(?:\s+and)+$", "", phrase, flags=re.I)
        value = words_value(trimmed)
        if value is not None and value <= MAX_COUNT:
            found.append((match.start(), match.start() + len(trimmed), value, None))
    found.sort(key=lambda item: (item[0], -(item[1] - item[0])))
    kept, last_end = [], -1
    for item in found:
        if item[0] >= last_end:
            kept.append(item)
            last_end = item[1]
    return [item for item in kept if item[3] is not _TOO_LARGE]  # its words are no smaller number either


_FROM_BEFORE = re.compile(r"\bfrom\s+(?:(?:" + "|".join(re.escape(h) for h in HEDGES) + r")\s+)?$", re.I)  # "from about 500 to 900"
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.I)
_RANGE_JOIN = re.compile(r"^\s*(?:and|to|-|\u2013)\s*$")


def find_amounts(text: str) -> list[Amount]:
    """Every amount in text, in order, with its hedge and the bounds the hedge implies."""
    numbers = _raw_numbers(text)
    amounts, index = [], 0
    while index < len(numbers):
        start, end, count, vague = numbers[index]
        shift = max(0, start - 60)
        before = text[shift:start]  # a hedge or "between"/"from" stands right before the number
        following = numbers[index + 1] if index + 1 < len(numbers) else None
        between = _BETWEEN_BEFORE.search(before)
        if (following and count is not None and following[2] is not None
                and _RANGE_JOIN.match(text[end:following[0]]) and following[2] > count
                and (between or not _FROM_BEFORE.search(before))
                and (between or not re.search(r"\band\b", text[end:following[0]]))):
            hedge = None if between else _HEDGE_BEFORE.search(before)  # "roughly 500 to 600": the hedge opens the range
            hedge_start = shift + (between or hedge).start() if (between or hedge) else start
            amounts.append(Amount(start, following[1], None, count, following[2], "between", hedge_start))
            index += 2
            continue
        if vague:
            amounts.append(Amount(start, end, None, None, None, vague, start))
        else:
            hedge = _HEDGE_BEFORE.search(before)
            qualifier = hedge["hedge"].lower() if hedge else "exact"
            after = _HEDGE_AFTER.match(text, end) if not hedge else None
            if after:
                written = after["hedge"] or after["attached"] or after["spoken"] or "plus"
                qualifier = " ".join(written.lower().split())
            low, high = bounds(qualifier, count)
            bare = text[start:end].isdigit()
            amounts.append(Amount(start, end, count, low, high, qualifier, shift + hedge.start() if hedge else start, bare))
        index += 1
    return amounts
