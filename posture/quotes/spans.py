"""Find quoted spans in one paragraph: which quotation marks open and close what.

Double marks (straight, curly, low „, guillemets) always quote. Single marks quote only
when they cannot be apostrophes: an opening ' stands after the start, a space or an
opening bracket/dash and before a letter; its closing ' stands after a non-space and
before a space, punctuation or the end (so "Russia's", "Kyiv's" and "'90s" never
quote). Single quotes inside a double-quoted span are part of that span.
A mark left open at the end of the paragraph makes a span to the paragraph's end,
flagged; so does a closing mark with no opening one.
"""

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import accumulate

from posture.quotes import attribution as attr

DOUBLE_OPEN = "\u201c\u201e\u00ab"      # “ „ «
DOUBLE_CLOSE = "\u201d\u00bb"           # ” »
SINGLE_MARKS = "'\u2018\u2019"          # ' ‘ ’
OPENERS_BEFORE = " \t([{\u2014\u2013-/" + DOUBLE_OPEN + '"'

_DOUBLE_MARK = re.compile("[" + DOUBLE_OPEN + DOUBLE_CLOSE + '"]')
_SINGLE_OPEN = re.compile("['\u2018]")
_SINGLE_CLOSE = re.compile("['\u2019]")
# The single marks in their contexts (_opening_context, _closing_context), found by the regex engine (the mark
# first, so it skips to marks): an opening mark before a non-space (what stands before it is read after); a
# closing one after a non-space and not before a letter or digit ([^\W_] is what str.isalnum accepts).
_SINGLE_OPENING = re.compile("['\u2018](?=\\S)")
_SINGLE_CLOSING = re.compile("['\u2019](?<=\\S['\u2019])(?![^\\W_])")

UNBALANCED = "unbalanced quotation mark"
RUNS_ON = "runs on into the next paragraph"


@dataclass(frozen=True)
class Span:
    """Offsets into the paragraph: the text between the marks is text[start:end]."""
    start: int
    end: int
    mark_start: int   # where the opening mark is (== start if there is none)
    mark_end: int     # just after the closing mark (== end if there is none)
    flag: str = ""


def _opening_context(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before in OPENERS_BEFORE or before.isspace()) and not after.isspace()


def _closing_context(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not after.isalnum()


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _double_spans(text: str) -> list[Span]:
    spans, open_at = [], None
    for mark in _DOUBLE_MARK.finditer(text):
        i, char = mark.start(), mark.group()
        if char == '"' and i > 0 and text[i - 1].isdigit() and open_at is None:
            continue  # inches: 5'11"
        opens = char in DOUBLE_OPEN or (char == '"' and _opening_context(text, i))
        closes = char in DOUBLE_CLOSE or (char == '"' and _closing_context(text, i))
        if open_at is None:
            if opens or not closes:
                open_at = i
            else:  # a closing mark with nothing open
                start, end = _trimmed(text, 0, i)
                spans.append(Span(start, end, start, i + 1, UNBALANCED))
        elif closes or not opens:
            spans.append(Span(open_at + 1, i, open_at, i + 1))
            open_at = None
        else:  # a second opening mark: the first was never closed
            start, end = _trimmed(text, open_at + 1, i)
            spans.append(Span(start, end, open_at, end, UNBALANCED))
            open_at = i
    if open_at is not None:
        start, end = _trimmed(text, open_at + 1, len(text))
        spans.append(Span(start, end, open_at, end, UNBALANCED))
    return spans


def _nowhere(i: int) -> bool:
    return False


def _single_spans(text: str, taken: list[Span]) -> list[Span]:
    """Single-quoted spans outside the double-quoted ones; apostrophes are skipped. Marks and
    closers are looked up by position (bisect), not read from the start for every opening mark."""
    marks = sorted((s.mark_start, s.mark_end) for s in taken)
    mark_starts = [start for start, _ in marks]
    furthest = list(accumulate((end for _, end in marks), max))

    def inside(i):  # within a double-quoted span's marks
        index = bisect_right(mark_starts, i)
        return index > 0 and furthest[index - 1] > i

    if not marks:  # no double quotes: no mark is inside one
        inside = _nowhere  # noqa: F811
    closers = [j for j in (m.start() for m in _SINGLE_CLOSING.finditer(text)) if not inside(j)]
    spans, resume = [], 0
    for mark in _SINGLE_OPENING.finditer(text):
        i = mark.start()
        if (i >= resume and text[i + 1].isalpha() and (i == 0 or text[i - 1] in OPENERS_BEFORE or text[i - 1].isspace())
                and not inside(i)):
            index = bisect_left(closers, i + 2)
            close = closers[index] if index < len(closers) else None
            if close is not None and not _crosses_double(mark_starts, i, close):
                spans.append(Span(i + 1, close, i, close + 1))
                resume = close + 1
    return spans


def _crosses_double(mark_starts: list[int], start: int, end: int) -> bool:
    """Does a double-quoted span's mark open between start and end (sorted mark_starts)?"""
    index = bisect_right(mark_starts, start)
    return index < len(mark_starts) and mark_starts[index] < end


def find_spans(text: str) -> list[Span]:
    """Every quoted span in a paragraph, in order of position."""
    doubles = _double_spans(text)
    spans = doubles + _single_spans(text, doubles)
    return sorted((s for s in spans if s.end > s.start), key=lambda s: s.start)


_OPENS_WITH_MARK = re.compile(r"^\s*[\"'\u201c\u2018\u201e\u00ab]")


def opens_with_quote(text: str) -> bool:
    """Does the paragraph start with a quotation mark (a quote continued from before)?"""
    return bool(_OPENS_WITH_MARK.match(text))


_STARTS: dict = {}  # the last paragraph's sentence starts: one paragraph is read by several steps in a row


def sentence_starts_outside(text: str, spans: list[Span]) -> list[int]:
    """Where the paragraph's sentences start, none inside a quotation; computed once per paragraph."""
    key = (id(text), id(spans), len(spans))
    if _STARTS.get("key") != key or _STARTS.get("text") is not text or _STARTS.get("spans") is not spans:
        marks = sorted((sp.mark_start, sp.mark_end) for sp in spans)
        opens = [m[0] for m in marks]
        kept = []
        for start in [0] + attr.sentence_starts(text):
            inside = bisect_left(opens, start) - 1
            if not (inside >= 0 and marks[inside][0] < start < marks[inside][1]):
                kept.append(start)
        _STARTS.update(key=key, text=text, spans=spans, starts=kept)
    return _STARTS["starts"]


def sentences_outside(text: str, spans: list[Span]):
    """(start, sentence) for each sentence of the paragraph, each read up to the next start at most."""
    starts = sentence_starts_outside(text, spans)
    for start, following in zip(starts, starts[1:] + [len(text)]):
        piece = text[start:following]
        yield start, piece[:attr.first_boundary(piece)]
