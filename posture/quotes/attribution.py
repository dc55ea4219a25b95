"""Find the reporting clause around a quoted span: the cue words and the speaker phrase.

Works on the text before a quote (its head, back to the sentence start) and after it (its
tail, up to the sentence end). Returns offsets into those strings, so every speaker
phrase and cue can be traced back to the raw text.
  tail: `," he said.`  `," said Pentagon spokesman John Kirby.`  `," the US document read.`
        `," according to the White House.`  `," John Kirby, the Pentagon spokesman, said.`
  head: `X said: "`  `..., saying: "`  `X said the deployment was a "`  `According to X, ... "`
"""

import re
from bisect import bisect_left
from itertools import count, islice

from posture.ingest.sentences import ABBREVIATIONS
from posture.quotes.ranks import TITLE_ABBREVIATIONS
from posture.quotes.speakers import (DETERMINERS, GROUP_NOUNS, NOT_NAMES, PERSON_NOUNS, PRONOUNS, ROLE_WORDS,
                                     SENTENCE_ADVERBS, THING_NOUNS)

VERBS = (
    "said|says|say|saying|told|tells|telling|added|adds|adding|stressed|stresses|stressing|warned|warns|"
    "warning|wrote|writes|writing|tweeted|tweets|tweeting|stated|states|declared|declares|insisted|insists|"
    "insisting|explained|explains|argued|argues|claimed|claims|asserted|acknowledged|admitted|"
    "emphasi[sz]ed|emphasi[sz]es|continued|replied|responded|asked|asks|urged|urges|noted|notes|"
    "called|calls|calling|announced|posted|concluded|confirmed|described|describes|reads|read|joked|quipped|"
    "recalled|conceded|cautioned"
)
_NP = r"[^,.;:!?\"\u201c\u201d\u2014()]{1,90}?"
_REST = r"(?P<rest>[^.;!?\"\u201c\u201d,]*)"
_TAIL_PATTERNS = [
    # , according to the White House.
    re.compile(r"^[\s,]*(?P<cue>according to)\s+(?P<np>" + _NP + r")\s*(?=[.,;!?]|$)", re.I),
    # , John Kirby, the Pentagon spokesman, said.
    re.compile(r"^[\s,]*(?P<np>" + _NP + r",\s*" + _NP + r"),\s+(?P<cue>(?:" + VERBS + r")\b" + _REST + r")"),
    # , he said.   , the US document read.
    re.compile(r"^[\s,]*(?P<np>" + _NP + r")\s+(?:also\s+|later\s+)?(?P<cue>(?:" + VERBS + r")\b" + _REST + r")"),
    # , said Pentagon spokesman John Kirby.   , said Kirby, the Pentagon spokesman.
    re.compile(r"^[\s,]*(?P<cue>(?:" + VERBS + r"))\s+(?P<np>" + _NP
               + r"(?:,\s*(?:the|a|an)\s+" + _NP + r")?)\s*(?=[.;!?]|,|$)"),
]
_HEAD_COLON = re.compile(r"(?P<cue>\b(?:" + VERBS + r")\b[^.;!?\"\u201c\u201d:]{0,60}?[:,])\s*$")
_HEAD_VERB = re.compile(r"\b(?:" + VERBS + r")\b")
_ACCORDING = re.compile(r"\b(?P<cue>according to)\s+(?P<np>" + _NP + r")(?=[,.;]|$)", re.I)
_DATELINE = re.compile(
    r"^[A-Z][A-Za-z .'\-]{1,40}(?:,\s*[A-Z][\w .]{1,30}?)?(?:,\s*\w{3,9}\.? \d{1,2})?\s*\([A-Za-z]{2,10}\)\s*[\u2014\u2013-]+\s*"
)
# Words that open an adverbial phrase ("On Monday, ...", "Speaking in Kyiv, ..."); adverbs are in SENTENCE_ADVERBS.
_ADVERBIAL_STARTS = set(
    """On In At After Before Following Ahead Under Over However Last Speaking Asked When While Since During
    Amid As Back Despite With Without Unlike Like""".split()
) | SENTENCE_ADVERBS
# Lowercase words that never modify a title noun ("bar owner" does; "and owner" does not).
_FUNCTION_WORDS = {"and", "or", "but", "of", "to", "for", "from", "in", "on", "at", "by", "with", "as", "than",
                   "that", "which", "who", "said", "says", "told", "is", "was", "are", "were", "has", "have", "had",
                   "not", "no", "also", "then", "so", "if", "when", "while"} | DETERMINERS
_BOUNDARY = re.compile(r"[.!?][)\]\"\u201d\u2019]?\s+(?=[\"'\u201c\u2018(\[]?[A-Z0-9])")


def _is_abbreviation(text: str, stop: int) -> bool:
    match = re.search(r"([A-Za-z][A-Za-z.]*)\.$", text[max(0, stop - 40): stop + 1])  # the word before the stop
    if not match:
        return False
    word = match.group(1)
    return (len(word) == 1 or "." in word or word.replace(".", "").lower() in ABBREVIATIONS
            or word.lower() in TITLE_ABBREVIATIONS)


def sentence_starts(text: str) -> list[int]:
    """Offsets where a new sentence starts inside text (after the first)."""
    return [m.end() for m in _BOUNDARY.finditer(text)
            if not (text[m.start()] == "." and _is_abbreviation(text, m.start()))]


def first_boundary(text: str) -> int:
    """Where the first sentence of text ends (len(text) if it does not)."""
    for match in re.finditer(r"[.!?]", text):
        if text[match.start()] == "." and _is_abbreviation(text, match.start()):
            continue
        following = text[match.end():match.end() + 2]
        if not following.strip() or following[:1].isspace():
            return match.end()
        if text[match.start()] == "." and re.match(r"[A-Z][a-z]", following) and re.search(
                r"[a-z]{2}$", text[max(0, match.start() - 3):match.start()]):
            return match.end()  # glued without a space: "on Friday.He said"
    return len(text)


def mask_abbreviations(text: str) -> str:
    """Full stops of abbreviations and initials ("Lt. Gen.", "U.S.") as a middle dot, same length."""
    return re.sub(r"\b(?:[A-Za-z]\.){2,}|\b[A-Za-z]{1,5}\.(?=\s)",
                  lambda m: m.group().replace(".", "\u00b7") if _is_abbreviation(m.group(), len(m.group()) - 1)
                  else m.group(), text)


def tail_cue(tail: str):
    """(np_span, cue_span) for a reporting clause right after a quote, or None."""
    tail = mask_abbreviations(tail)
    window = tail[: first_boundary(tail)]
    for pattern in _TAIL_PATTERNS:
        match = pattern.match(window)
        if match and match.group("np").strip():
            cue_end = match.end("np") if match.group("cue").lower() == "according to" else match.end("cue")
            return _stripped(tail, match.span("np")), _stripped(tail, (match.start("cue"), cue_end))
    return None


_CLOSING_CLAUSE = re.compile(r",\s*(?P<np>[^,;:\"\u201c\u201d()\u2014]{1,90}?)\s+(?:" + VERBS + r")\b[^,;:\"\u201c\u201d]{0,40}$")


def closing_clause(sentence: str):
    """The speaker phrase of a reporting clause that ends a sentence with no quote ("..., the army said."),
    as a span, or None."""
    masked = mask_abbreviations(sentence.rstrip().rstrip(".!?"))
    if any(mark in masked for mark in "\"\u201c\u201d"):
        return None
    window = masked[-160:]
    match = _CLOSING_CLAUSE.search(window)
    if not match:
        return None
    shift = len(masked) - len(window)
    return _stripped(sentence, (shift + match.start("np"), shift + match.end("np")))


def head_colon_cue(head: str):
    """The cue span if the head ends in a reporting verb and a colon or comma ("saying:")."""
    match = _HEAD_COLON.search(head)
    return match.span("cue") if match else None


def head_verbs(head: str) -> list[tuple[int, int]]:
    """Spans of every reporting verb in the head, last one last."""
    return [m.span() for m in _HEAD_VERB.finditer(head)]


def according_to(text: str):
    """(np_span, cue_span) for "According to X, ..." in the text, or None."""
    match = _ACCORDING.search(text)
    if not match:
        return None
    return match.span("np"), (match.start("cue"), match.end("np"))


_ACCORDING_WORDS = re.compile(r"according to", re.I)
_ACCORDING_AT: dict = {}  # the last paragraph asked about, and where it holds the words


def according_to_within(text: str, start: int, end: int):
    """according_to(text[start:end]), answered at once where the words "according to" are not
    there: a paragraph's places are found once, not by reading each sentence's head again."""
    if _ACCORDING_AT.get("text") is not text:
        _ACCORDING_AT.update(text=text, at=[match.start() for match in _ACCORDING_WORDS.finditer(text)])
    at = _ACCORDING_AT["at"]
    index = bisect_left(at, start)
    if index == len(at) or at[index] + len("according to") > end:
        return None
    return according_to(text[start:end])


def phrase_before(text: str, end: int, floor: int = 0) -> tuple[int, int]:
    """The phrase that ends at `end`, back to a clause boundary (comma, mark, 'that', floor)."""
    start = end
    while start > floor and text[start - 1] not in ",;:\"\u201c\u201d()\u2014":
        start -= 1
    segment = text[start:end]
    if not segment.strip() and start > floor and text[start - 1] == ",":
        return phrase_before(text, start - 1, floor)  # "the Estonian prime minister, Kaja Kallas, said"
    aux = re.search(r"(?:\s+(?:has|have|had|was|is|were|would|will|also|later|then|again))+\s*$", segment)
    if aux:
        end, segment = start + aux.start(), segment[: aux.start()]
    cut = max((m.end() for m in re.finditer(r"\b(?:that|and|but|who|which|while|as|when)\s+", segment)), default=0)
    # keep "Biden and Macron": only cut at "and" when what follows is not a name
    if cut and segment[cut - 4:cut].strip() == "and" and segment[:cut - 4].strip()[:1].isupper():
        cut = 0
    return _stripped(text, (start + cut, end))


def _opens_with_adverbial(words: list[re.Match]) -> bool:
    """'On Monday, ...', 'Afterwards, ...', and any single word set off before a pronoun ('Later, he')."""
    first = words[0].group()
    if first.strip(",") in _ADVERBIAL_STARTS:
        return True
    return first.endswith(",") and len(words) > 1 and words[1].group().lower() in PRONOUNS


_WORD = re.compile(r"\S+")


def leading_phrase(sentence: str) -> tuple[int, int]:
    """The subject-like noun phrase a sentence opens with (past a dateline or an adverbial)."""
    offset = 0
    dateline = _DATELINE.match(sentence)
    if dateline:
        offset = dateline.end()
    words = list(islice(_WORD.finditer(sentence, offset), 14))  # the first words are all it reads
    if words and _opens_with_adverbial(words):
        comma = next((w for w in words if w.group().endswith(",")), None)
        if comma:
            offset = comma.end()
    # the tokens are read one ahead, as far as the phrase goes (not the whole sentence each time)
    tokens = ((m.start(), m.end(), m.group()) for m in _WORD.finditer(sentence, offset))
    first = following = next(tokens, None)
    end = None
    for index in count():
        if following is None:
            break
        (start, stop, token), following = following, next(tokens, None)
        bare = token.rstrip(",;:")
        nxt = following[2] if following is not None else ""
        lower = re.sub(r"['\u2019]s$", "", bare).lower()
        ok = (
            (index == 0 and (lower in DETERMINERS or bare[:1].isdigit()))
            or (bare[:1].isupper() and not (index > 0 and bare in NOT_NAMES))
            or lower in ROLE_WORDS or lower in PERSON_NOUNS or lower in THING_NOUNS or lower in GROUP_NOUNS
            or (bare.isalpha() and bare.islower() and bare not in _FUNCTION_WORDS and bare == token
                and re.sub(r"['\u2019]s$", "", nxt.rstrip(",;:")).lower() in PERSON_NOUNS)  # "bar owner X"
            or (lower in {"and", "of", "from", "for", "in"} and end is not None and (nxt[:1].isupper() or nxt in DETERMINERS))
        )
        if not ok or bare[:1] in "\"'\u201c\u2018":
            break
        end = start + len(bare)
        if bare != token:
            break
    if end is None:
        return offset, offset
    start = first[0]
    text = sentence[start:end]
    while re.search(r"\s(?:and|of|from|for|in)$", text):
        text = text.rsplit(" ", 1)[0]
    return start, start + len(text)


def _stripped(text: str, span: tuple[int, int]) -> tuple[int, int]:
    start, end = span
    while start < end and text[start] in " ,":
        start += 1
    while end > start and text[end - 1] in " ,":
        end -= 1
    return start, end
