"""Patterns read back from a point: "... to\\s+$" searched in the words before a number.

A pattern that must end where its search ends is tried by the regex engine at every start in
the window, the whole window's length each time. `Tail` first checks, in constant time, what
every match of it has: the window's last word (trailing spaces left out) is one the pattern can
end in, or the window holds a word the pattern cannot match without. Only then does the pattern
run, on the same text and bounds, so the answer is the pattern's own. The words are a necessary
condition, written beside each pattern; tests/lang/test_tails.py checks them against the
pattern on every window of the test articles and on made-up ones.
"""

import re

# Characters that match an ASCII letter under re.IGNORECASE without lower-casing to it (the long s,
# the Kelvin sign, the dotted and dotless i): folded to that letter before the words are compared.
_FOLD = str.maketrans({"\u017f": "s", "\u212a": "k", "\u0130": "i", "\u0131": "i"})


def fold(text: str) -> str:
    """text as the words are compared: lower case, each character that re.I matches to an ASCII letter as that letter."""
    return text.translate(_FOLD).lower()


def comma_before(text: str, pos: int) -> bool:
    """Does text[:pos], trailing spaces left out, end with a comma? (text[:pos].rstrip().endswith(","),
    without copying the text before pos: asked at every place or cue of a long sentence.)"""
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return pos > 0 and text[pos - 1] == ","


class Tail:
    """A pattern anchored at the end of its search (`$`), with the words it may end in (`endings`,
    before any closing spaces) and the words it cannot match without (`needs`), compared in lower
    case. `width`, if given, is the most characters a match spans before its closing spaces: the
    pattern then runs from there, not from the window's start."""

    def __init__(self, pattern: re.Pattern, endings=(), needs=(), width: int | None = None):
        self.pattern = pattern
        self.endings = tuple(fold(word) for word in endings)
        self.needs = tuple(fold(word) for word in needs)
        self.longest = max(map(len, self.endings), default=0)
        self.width = width

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        endpos = len(text) if endpos is None else max(0, min(endpos, len(text)))
        pos = max(0, pos)
        window = text[pos:endpos]
        stripped = window.rstrip()
        if not (fold(stripped[-self.longest:]).endswith(self.endings) if self.longest else False):
            if not self.needs or not any(word in fold(window) for word in self.needs):
                return None
        if self.width is not None:
            pos = max(pos, pos + len(stripped) - self.width)
        return self.pattern.search(text, pos, endpos)
