"""alternation(): a list of names as a tree matches exactly what the flat list matches."""

import random
import re

from posture import paths
from posture.lang.literals import alternation
from posture.movements import places
from posture.quotes import speakers


def _flat(names) -> str:
    return "|".join(re.escape(name) for name in names)


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((paths.ROOT / "tests" / "fixtures").rglob("*.txt"))]
    return texts + [paths.SEED_ARTICLE.read_text(encoding="utf-8")]


def test_the_gazetteer_patterns_match_as_their_flat_lists_do():
    names = sorted(places._FORCE_NAMES, key=len, reverse=True)
    aliases = sorted(places.ALIASES, key=len, reverse=True)
    keys = sorted(set(speakers._PHRASE_KEYS), key=len, reverse=True)
    pairs = [(rf"(?<![\w.])(?:{alternation(names)})(?![\w])", rf"(?<![\w.])(?:{_flat(names)})(?![\w])"),
             (rf"(?<![\w.])(?:{alternation(aliases)})(?![\w])", rf"(?<![\w.])(?:{_flat(aliases)})(?![\w])"),
             (rf"(?=(?<![\w.])({alternation(keys)})(?!\w))", rf"(?=(?<![\w.])({_flat(keys)})(?!\w))")]
    assert places.FORCE_WORDS.pattern == pairs[0][0]
    for tree, flat in pairs:
        tree, flat = re.compile(tree), re.compile(flat)
        for text in _texts():
            assert [(m.span(), m.groups()) for m in tree.finditer(text)] == [(m.span(), m.groups()) for m in flat.finditer(text)]


def test_made_up_names_that_share_starts_keep_the_flat_lists_match():
    rng = random.Random(16)
    for _ in range(300):
        names = list(dict.fromkeys("".join(rng.choice("ab.-") for _ in range(rng.randrange(0, 5))) for _ in range(8)))
        rng.shuffle(names)
        for tail in ("", r"(?![\w])", r"(?!\.)", "b"):
            tree, flat = re.compile(f"(?:{alternation(names)}){tail}"), re.compile(f"(?:{_flat(names)}){tail}")
            for _ in range(20):
                text = "".join(rng.choice("ab.- x") for _ in range(12))
                for pos in range(len(text)):
                    mine, theirs = tree.match(text, pos), flat.match(text, pos)
                    assert (mine and mine.span()) == (theirs and theirs.span()), (names, tail, text, pos)
