"""The quote readers look things up by position instead of reading a paragraph again for every
quote; they give what reading it again would (the plain definitions are written out here)."""

import random
import re

from posture.quotes import attribution as attr
from posture.quotes import spans as quote_spans
from posture.quotes.spans import Span

PIECES = ["'", "'", "\u2018", "\u2019", '"', "\u201c", "\u201d", "Yes", "no", "he said", " ", " ", ", ", ". ",
          "Anna Smith", "the minister", "according to", "According to NATO", "On Monday,", "x"]


def texts(count, seed=16, length=24):
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randrange(1, length))) for _ in range(count)]


def single_spans_by_rereading(text, taken):
    """_single_spans as first written: every closer and double span read for every opening mark."""
    def inside(i):
        return any(s.mark_start <= i < s.mark_end for s in taken)

    closers = [m.start() for m in quote_spans._SINGLE_CLOSE.finditer(text)]
    found, resume = [], 0
    for mark in quote_spans._SINGLE_OPEN.finditer(text):
        i = mark.start()
        if (i >= resume and not inside(i) and quote_spans._opening_context(text, i)
                and i + 1 < len(text) and text[i + 1].isalpha()):
            close = next((j for j in closers if j >= i + 2 and quote_spans._closing_context(text, j) and not inside(j)), None)
            if close is not None and not any(i < s.mark_start < close for s in taken):
                found.append(Span(i + 1, close, i, close + 1))
                resume = close + 1
    return found


def test_single_quoted_spans_as_by_rereading():
    for text in texts(3000):
        doubles = quote_spans._double_spans(text)
        assert quote_spans._single_spans(text, doubles) == single_spans_by_rereading(text, doubles), text


def test_according_to_within_a_head_as_on_the_head_itself():
    for text in texts(1500, seed=17, length=40):
        for start in range(0, len(text), 7):
            for end in range(start, len(text) + 1, 5):
                assert attr.according_to_within(text, start, end) == attr.according_to(text[start:end]), (text, start, end)


def leading_phrase_by_rereading(sentence):
    """leading_phrase as first written: every word of the sentence listed first."""
    offset = 0
    dateline = attr._DATELINE.match(sentence)
    if dateline:
        offset = dateline.end()
    words = list(re.finditer(r"\S+", sentence[offset:]))
    if words and attr._opens_with_adverbial(words):
        comma = next((w for w in words[:14] if w.group().endswith(",")), None)
        if comma:
            offset += comma.end()
    tokens = [(m.start() + offset, m.end() + offset, m.group()) for m in re.finditer(r"\S+", sentence[offset:])]
    end = None
    for index, (start, stop, token) in enumerate(tokens):
        bare = token.rstrip(",;:")
        nxt = tokens[index + 1][2] if index + 1 < len(tokens) else ""
        lower = re.sub(r"['\u2019]s$", "", bare).lower()
        ok = (
            (index == 0 and (lower in attr.DETERMINERS or bare[:1].isdigit()))
            or (bare[:1].isupper() and not (index > 0 and bare in attr.NOT_NAMES))
            or lower in attr.ROLE_WORDS or lower in attr.PERSON_NOUNS or lower in attr.THING_NOUNS
            or lower in attr.GROUP_NOUNS
            or (bare.isalpha() and bare.islower() and bare not in attr._FUNCTION_WORDS and bare == token
                and re.sub(r"['\u2019]s$", "", nxt.rstrip(",;:")).lower() in attr.PERSON_NOUNS)
            or (lower in {"and", "of", "from", "for", "in"} and end is not None
                and (nxt[:1].isupper() or nxt in attr.DETERMINERS))
            or (lower == "of" and end is not None and index and attr._bare_word(tokens[index - 1][2]) in attr.OFFICE_HEADS
                and nxt.rstrip(",").isalpha() and nxt.islower())
        )
        if not ok or bare[:1] in "\"'\u201c\u2018":
            break
        end = start + len(bare)
        if bare != token:
            break
    if end is None:
        return offset, offset
    start = tokens[0][0]
    text = sentence[start:end]
    while re.search(r"\s(?:and|of|from|for|in)$", text):
        text = text.rsplit(" ", 1)[0]
    return start, attr._with_appositive(sentence, start, start + len(text))


def test_the_leading_phrase_as_by_rereading():
    words = ["The", "the", "Defence", "minister", "Anna", "Smith,", "and", "of", "Later,", "he", "said", "On",
             "Monday,", "troops", "bar", "owner", "2,000", "\u201cYes\u201d", "NATO", "in", "Riga", "BERLIN (AP) \u2014"]
    rng = random.Random(18)
    for _ in range(4000):
        sentence = " ".join(rng.choice(words) for _ in range(rng.randrange(0, 20)))
        assert attr.leading_phrase(sentence) == leading_phrase_by_rereading(sentence), sentence
