"""Tail: the words checked before a pattern anchored at its search's end are a necessary condition,
so a Tail's search gives exactly the pattern's answer."""

import random
import re
import sys

import pytest

from posture import paths
from posture.lang import numbers, tails
from posture.movements import extract, status, units, words
from posture.quotes import attribution

FIXTURES = paths.ROOT / "tests" / "fixtures"
TAILS = {
    "LEVEL_TO": words.LEVEL_TO, "LEVEL_FROM": words.LEVEL_FROM, "IN_PLACE_BEFORE": words.IN_PLACE_BEFORE,
    "NOT_A_COUNT_BEFORE": words.NOT_A_COUNT_BEFORE, "CURRENCY_BEFORE": words.CURRENCY_BEFORE,
    "_CAPACITY_BEFORE": extract._CAPACITY_BEFORE, "_DATE_BEFORE": extract._DATE_BEFORE,
    "_HEDGE_BEFORE": numbers._HEDGE_BEFORE, "_DETERMINER": units._DETERMINER,
    "_WHOLE_OF_A_SHARE": status._WHOLE_OF_A_SHARE, "_TOTAL_AFTER_MOVE": status._TOTAL_AFTER_MOVE,
    "_SIZE_OF_THE_JOINED": status._SIZE_OF_THE_JOINED, "_HEAD_COLON": attribution._HEAD_COLON,
}


def _same(tail: tails.Tail, text: str, pos: int, endpos: int) -> bool:
    mine, theirs = tail.search(text, pos, endpos), tail.pattern.search(text, pos, endpos)
    if mine is None or theirs is None:
        return mine is None and theirs is None
    return mine.span() == theirs.span() and mine.groups() == theirs.groups()


def test_fold_covers_every_character_ignorecase_matches_to_an_ascii_letter():
    ascii_letter = re.compile("[a-z]", re.I)
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if ascii_letter.fullmatch(char):  # then the one letter it folds to is the letter it matches
            assert re.fullmatch(tails.fold(char), char, re.I) and len(tails.fold(char)) == 1, hex(code)
            assert [letter for letter in "abcdefghijklmnopqrstuvwxyz" if re.fullmatch(letter, char, re.I)] == [tails.fold(char)]


@pytest.mark.parametrize("name", sorted(TAILS))
def test_tail_agrees_with_its_pattern_on_the_test_articles(name):
    tail = TAILS[name]
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.rglob("*.txt"))]
    texts.append(paths.SEED_ARTICLE.read_text(encoding="utf-8"))
    for text in texts:
        for match in list(re.finditer(r"\S+", text))[::2]:  # windows that end where a word begins, as before a number
            end = match.start()
            assert _same(tail, text, max(0, end - words.WINDOW), end), (name, text[max(0, end - 80):end])


def _vocabulary(tail: tails.Tail) -> list[str]:
    literal = re.findall(r"[A-Za-z]+", tail.pattern.pattern.replace("\\s", " ").replace("\\b", " ").replace("\\d", " "))
    return sorted(set(literal) | set(tail.endings) | set(tail.needs)) + [
        "1,000", "about", "the", "of", ",", ".", "$", "No.", "Brigade", "troops", "\u017fome", "\u212aILLED", "to", ""]


@pytest.mark.parametrize("name", sorted(TAILS))
def test_tail_agrees_with_its_pattern_on_made_up_windows(name):
    tail, rng = TAILS[name], random.Random(name)
    vocabulary = _vocabulary(tail)
    for _ in range(4000):
        tokens = [rng.choice(vocabulary) for _ in range(rng.randrange(1, 9))]
        tokens = [t.upper() if rng.random() < 0.1 else t.capitalize() if rng.random() < 0.2 else t for t in tokens]
        text = "x " + rng.choice(["", " ", "  "]).join(tokens) + rng.choice([" ", "", "  ", "\n", " \n", ", "])
        pos = rng.choice([0, 1, 2, rng.randrange(len(text) + 1)])
        assert _same(tail, text, pos, len(text)), (name, text, pos)
        assert _same(tail, text, pos, rng.randrange(len(text) + 1)), (name, text, pos)


def test_comma_before_is_rstrip_endswith():
    for text in ["a, ", "a,", "a", "", " , \n", "a ,b", ",", "  "]:
        for pos in range(len(text) + 1):
            assert tails.comma_before(text, pos) == text[:pos].rstrip().endswith(",")
