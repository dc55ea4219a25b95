"""Dates in a page's lines: every date a line holds, with its ISO form, and whether a line is only a date."""

import re
from datetime import date


MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
         ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
         ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"), ("december", "dec")],
        start=1,
    )
    for name in names
}


_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"


_DATE_PATTERNS = [
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d{2})\b", re.I),
    re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>(?:19|20)\d{2})\b", re.I),
    re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<mon>\d{2})-(?P<day>\d{2})\b"),
    re.compile(r"\b(?P<day>\d{1,2})\.(?P<mon>\d{1,2})\.(?P<year>(?:19|20)\d{2})\b"),
    # "30-03-2023", "14/10/2022": day first, unless the second number cannot be a month ("10/14/2022")
    re.compile(r"\b(?P<day>\d{1,2})(?P<sep>[-/])(?P<mon>\d{1,2})(?P=sep)(?P<year>(?:19|20)\d{2})\b"),
]


_YEAR = re.compile(r"(?:19|20)\d{2}")


_DATE_LEFTOVERS = re.compile(
    r"\b(?:published|updated|last|posted|first|date|on|at|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b"
    r"|\b(?:\d+|an?|one)\s+(?:hours?|minutes?|mins?|days?)\s+ago\b|\b\d{1,2}[:.]\d{2}\b|\b(?:a\.m\.|p\.m\.|am|pm)"
    r"|\b(?:gmt|utc|cet|cest|est|edt|et|bst|pst|pdt|msk|jst|kst|ist)(?![a-z])|\bmodified\b|\+\d{1,2}(?::?\d{2})?\b"
    r"|[\s|,.:;·•\-\u2013\u2014()]",
    re.I,
)


def find_dates(text: str) -> list[tuple[re.Match, str]]:
    """Every date in text with its ISO form, in order; impossible dates are skipped."""
    if not _YEAR.search(text):
        return []  # every date pattern has a year
    found = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            parts = match.groupdict()
            month = MONTHS[parts["month"].lower()] if parts.get("month") else int(parts["mon"])
            if parts.get("sep") and month > 12 >= int(parts["day"]):
                parts["day"], month = month, int(parts["day"])  # month first: "10/14/2022"
            try:
                found.append((match, date(int(parts["year"]), month, int(parts["day"])).isoformat()))
            except ValueError:
                continue
    return sorted(found, key=lambda item: item[0].start())


def is_date_line(text: str) -> bool:
    dates = find_dates(text)
    if not dates:
        return False
    pieces, at = [], 0
    for match, _ in dates:
        if match.start() >= at:
            pieces.append(text[at:match.start()])
        at = max(at, match.end())  # overlapping matches are cut out as one
    rest = " ".join(pieces + [text[at:]])
    rest = re.sub(r"\b[A-Z]{2,4}\b", "", rest)  # time zones and places: "11:32, UK", "4:00 AM ET"
    return not _DATE_LEFTOVERS.sub("", rest)
