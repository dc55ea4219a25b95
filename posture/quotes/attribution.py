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

from posture.ingest.sentences import ABBREVIATIONS, GLUED, in_address
from posture.lang.tails import Tail
from posture.quotes.ranks import TITLE_ABBREVIATIONS
from posture.quotes.speakers import (TITLE_MODIFIERS, DETERMINERS, GROUP_NOUNS, NOT_NAMES, OFFICE_HEADS, PERSON_NOUNS, PRONOUNS, ROLE_WORDS,
                                     SENTENCE_ADVERBS, THING_NOUNS, parse_mention)

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
    # , John Kirby, the Pentagon spokesman, said.   , Sgt. X, 24, of Fort Hood, Texas, said.
    re.compile(r"^[\s,]*(?P<np>" + _NP + r"(?:,\s*" + _NP + r"){1,3}),\s+(?P<cue>(?:" + VERBS + r")\b" + _REST + r")"),
    # , he said.   , the US document read.
    re.compile(r"^[\s,]*(?P<np>" + _NP + r")\s+(?:also\s+|later\s+)?(?P<cue>(?:" + VERBS + r")\b" + _REST + r")"),
    # , said Pentagon spokesman John Kirby.   , said Kirby, the Pentagon spokesman.
    #   , said the spokesman, Brig. Gen. X.
    re.compile(r"^[\s,]*(?P<cue>(?:" + VERBS + r"))\s+(?P<np>" + _NP
               + r"(?:,\s*(?:(?:the|a|an)\s+|(?=[A-Z]))" + _NP + r")?)\s*(?=[.;!?]|,|$)"),
]
_HEAD_COLON = Tail(re.compile(r"(?P<cue>\b(?:" + VERBS + r")\b[^.;!?\"\u201c\u201d:]{0,60}?[:,])\s*$"), endings=(":", ","))
_HEAD_VERB = re.compile(r"\b(?:" + VERBS + r")\b")
_ACCORDING = re.compile(r"\b(?P<cue>according to)\s+(?P<np>" + _NP + r")(?=[,.;]|$)", re.I)
_DATELINE = re.compile(
    r"^[A-Z][A-Za-z .'\-]{1,40}(?:,\s*[A-Z][\w .]{1,30}?)?(?:,\s*\w{3,9}\.? \d{1,2})?\s*\([A-Za-z]{2,10}\)\s*[\u2014\u2013-]+\s*"
)
# Words that open an adverbial phrase ("On Monday, ...", "Speaking in Kyiv, ..."); adverbs are in SENTENCE_ADVERBS.
_ADVERBIAL_STARTS = set(
    """On In At After Before Following Ahead Under Over However Last Speaking Asked When While Since During
    Amid As Back Despite With Without Unlike Like Among Outside Inside Near Across Throughout""".split()
) | SENTENCE_ADVERBS
# Lowercase words that never modify a title noun ("bar owner" does; "and owner" does not).
_FUNCTION_WORDS = {"and", "or", "but", "of", "to", "for", "from", "in", "on", "at", "by", "with", "as", "than",
                   "that", "which", "who", "said", "says", "told", "is", "was", "are", "were", "has", "have", "had",
                   "not", "no", "also", "then", "so", "if", "when", "while"} | DETERMINERS
_BOUNDARY = re.compile(r"[.!?][)\]\"\u201d\u2019]?\s+(?=[\"'\u201c\u2018(\[]?[A-Z0-9])")


_WORD_BEFORE_STOP = re.compile(r"(?<![\w\d])([A-Za-z][A-Za-z.]*)\.$")
_STOP = re.compile(r"[.!?]")
_GLUED_NEXT = re.compile(r"[A-Z][a-z]")
_TWO_LOWER_END = re.compile(r"[a-z]{2}$")
_ABBREVIATION_STOPS = re.compile(r"\b(?:[A-Za-z]\.){2,}|\b[A-Za-z]{1,5}\.(?=\s)")


def _is_abbreviation(text: str, stop: int) -> bool:
    match = _WORD_BEFORE_STOP.search(text[max(0, stop - 40): stop + 1])  # the word before the stop
    if not match:
        return False
    word = match.group(1)
    return (len(word) == 1 or "." in word or word.replace(".", "").lower() in ABBREVIATIONS
            or word.lower() in TITLE_ABBREVIATIONS)


def sentence_starts(text: str) -> list[int]:
    """Offsets where a new sentence starts inside text (after the first)."""
    spaced = [m.end() for m in _BOUNDARY.finditer(text)
              if not (text[m.start()] == "." and _is_abbreviation(text, m.start()))]
    glued = [m.end() for m in GLUED.finditer(text)  # "in Almaty.Viktor Morozenko added"
             if not (text[m.start()] == "." and _is_abbreviation(text, m.start())) and not in_address(text, m.start())]
    return sorted(spaced + glued) if glued else spaced


def first_boundary(text: str) -> int:
    """Where the first sentence of text ends (len(text) if it does not)."""
    for match in _STOP.finditer(text):
        if text[match.start()] == "." and _is_abbreviation(text, match.start()):
            continue
        following = text[match.end():match.end() + 2]
        if not following.strip() or following[:1].isspace():
            return match.end()
        if text[match.start()] == "." and _GLUED_NEXT.match(following) and _TWO_LOWER_END.search(
                text[max(0, match.start() - 3):match.start()]):
            return match.end()  # glued without a space: "on Friday.He said"
    return len(text)


def mask_abbreviations(text: str) -> str:
    """Full stops of abbreviations and initials ("Lt. Gen.", "U.S.") as a middle dot, same length."""
    return _ABBREVIATION_STOPS.sub(lambda m: m.group().replace(".", "\u00b7") if _is_abbreviation(m.group(), len(m.group()) - 1)
                                   else m.group(), text)


def tail_cue(tail: str):
    """(np_span, cue_span) for a reporting clause right after a quote, or None."""
    tail = mask_abbreviations(tail)
    window = tail[: first_boundary(tail)]
    for pattern in _TAIL_PATTERNS:
        match = pattern.match(window)
        if match and pattern is _TAIL_PATTERNS[1] and _HEAD_VERB.search(match.group("np")):
            continue  # "Wallace told the BBC, while the prime minister, X, said": the first clause has its verb
        if match and match.group("np").strip():
            cue_end = match.end("np") if match.group("cue").lower() == "according to" else match.end("cue")
            return _stripped(tail, match.span("np")), _stripped(tail, (match.start("cue"), cue_end))
    return None


_AUXILIARIES = re.compile(r"(?:\s+(?:has|have|had|was|is|were|would|will|also|later|then|again))+\s*$")
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
    if _HEAD_VERB.search(match["np"]):
        return None  # "X said almost half of the workers had been called up" closes no clause
    aux = _AUXILIARIES.search(match["np"])  # "Defence Secretary X has said"
    shift = len(masked) - len(window)
    return _stripped(sentence, (shift + match.start("np"), shift + (match.start("np") + aux.start() if aux else match.end("np"))))


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


def phrase_before(text: str, end: int, floor: int = 0, appositive: bool = True) -> tuple[int, int]:
    """The phrase that ends at `end`, back to a clause boundary (comma, mark, 'that', floor); a name
    and the appositive or relative clause after it are one phrase ("X, who commands the unit,")."""
    start = end
    while start > floor and text[start - 1] not in ",;:\"\u201c\u201d()\u2014":
        start -= 1
    segment = text[start:end]
    if not segment.strip() and start > floor and text[start - 1] == ",":
        return phrase_before(text, start - 1, floor, appositive)  # "the Estonian prime minister, Kaja Kallas, said"
    if start > floor and text[start - 1] == "," and _ASIDE.fullmatch(segment) and text[floor:start - 1].strip():
        return phrase_before(text, start - 1, floor, appositive)  # "The governor, in a statement, called for"
    verb = _HEAD_VERB.search(segment)
    if verb and segment[:verb.start()].strip():  # "Col. X told a briefing in Paris, adding"
        end, segment = start + verb.start(), segment[:verb.start()]
    if appositive and start > floor and text[start - 1] == ",":
        antecedent = phrase_before(text, start - 1, floor, appositive=False)
        before = parse_mention(text[antecedent[0]:antecedent[1]])
        opening = text[antecedent[0]:antecedent[1]].split(maxsplit=1)[:1]
        if opening and opening[0] in _ADVERBIAL_STARTS:
            before = parse_mention("")  # "In a post on Telegram, the ministry wrote": no name before the title
        if (_APPOSITIVE.match(segment) and before.kind == "person" and (before.name or segment.split()[0] == "who")) or (
                before.kind == "person" and before.role and not before.name
                and parse_mention(segment).name):  # "a Pentagon spokeswoman, Lt. Col. X, said"
            return _stripped(text, (antecedent[0], end))
    aux = _AUXILIARIES.search(segment)
    if aux:
        end, segment = start + aux.start(), segment[: aux.start()]
    cut = max((m.end() for m in re.finditer(r"\b(?:that|and|but|who|which|while|as|when|what|where)\s+", segment)),
              default=0)
    # keep "Biden and Macron": only cut at "and" when what follows is not a name
    if cut and segment[cut - 4:cut].strip() == "and" and segment[:cut - 4].strip()[:1].isupper():
        cut = 0
    return _stripped(text, (start + cut, end))


# An aside between a subject and its verb: ", in a statement,", ", on Monday,", ", speaking in Kyiv,".
_ASIDE = re.compile(r"\s*(?:in\s+an?\s+(?:\w+\s+)?(?:statement|interview|briefing|post|letter|speech)"
                    r"(?:\s+(?:posted|carried|published|issued|released|read\s+out|broadcast|sent|aired)\b[^,]{0,60})?|"
                    r"(?:on|last|this)\s+\w+|speaking\s+[^,]{1,40}|however|meanwhile|for\s+(?:its|his|her|their)\s+part)\s*",
                    re.I)
# An appositive title or a relative clause after a name: ", a deputy chief of staff,", ", who took over in March,".
_APPOSITIVE = re.compile(r"\s*(?:who|a|an|the)\s", re.I)


def _bare_word(token: str) -> str:
    return re.sub(r"['\u2019]s$", "", token.rstrip(",;:")).lower()


def _opens_with_adverbial(words: list[re.Match]) -> bool:
    """'On Monday, ...', 'Afterwards, ...', and any single word set off before a pronoun ('Later, he')."""
    first = words[0].group()
    if first.strip(",") in _ADVERBIAL_STARTS:
        return True
    return first.endswith(",") and len(words) > 1 and words[1].group().lower() in PRONOUNS


_WORD = re.compile(r"\S+")


_CAPTION_LABEL = re.compile(r"(?i:photo(?:\s+caption)?|picture|image|caption|pictured|above|main\s+picture)\s*:\s*")


def leading_phrase(sentence: str) -> tuple[int, int]:
    """The subject-like noun phrase a sentence opens with (past a dateline or an adverbial)."""
    offset = 0
    dateline = _DATELINE.match(sentence) or _CAPTION_LABEL.match(sentence)  # "PHOTO: Private X says goodbye"
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
    end, previous = None, ""
    for index in count():
        if following is None:
            break
        if index:
            previous = token
        (start, stop, token), following = following, next(tokens, None)
        bare = token.rstrip(",;:")
        nxt = following[2] if following is not None else ""
        lower = re.sub(r"['\u2019]s$", "", bare).lower()
        ok = (
            (index == 0 and (lower in DETERMINERS or bare[:1].isdigit()))
            or (index == 1 and re.fullmatch(r"(?:19|20)\d\d", bare) and previous.lower() in DETERMINERS)  # "The 2020 agreement"
            or (bare[:1].isupper() and not (index > 0 and bare in NOT_NAMES))
            or lower in ROLE_WORDS or lower in PERSON_NOUNS or lower in THING_NOUNS or lower in GROUP_NOUNS
            or (index and lower in TITLE_MODIFIERS and nxt.rstrip(",;:").lower() in ROLE_WORDS)  # "executive director"
            or (bare.isalpha() and bare.islower() and bare not in _FUNCTION_WORDS and bare == token
                and re.sub(r"['\u2019]s$", "", nxt.rstrip(",;:")).lower() in PERSON_NOUNS)  # "bar owner X"
            or (index and lower != bare.lower() and bare == token
                and nxt.rstrip(",;:").lower() in ROLE_WORDS | PERSON_NOUNS | TITLE_MODIFIERS)  # "The centre's executive director"
            or (lower in {"and", "of", "from", "for", "in"} and end is not None and (nxt[:1].isupper() or nxt in DETERMINERS))
            or (lower == "of" and end is not None and index and _bare_word(previous) in OFFICE_HEADS
                and nxt.rstrip(",").isalpha() and nxt.islower())  # "Estonia's chief of defence"
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
    return start, _with_appositive(sentence, start, start + len(text))


_APPOSITIVE_AFTER = re.compile(r",\s*(?P<apposed>[^,;:\"\u201c\u201d()\u2014]{2,90}),")


def _with_appositive(sentence: str, start: int, end: int) -> int:
    """Where a subject ends, past a name or title set off by commas after it: "The regiment's commanding
    officer, Lt.-Col. X, said"; "A Kremlin adviser, Gennady Lvov, said"; "Lt. Col. X, who commands the unit,"."""
    match = _APPOSITIVE_AFTER.match(sentence, end)
    if not match:
        return end
    head, apposed = parse_mention(sentence[start:end]), parse_mention(match["apposed"])
    named_head = head.kind == "person" and head.name
    if (named_head and (_APPOSITIVE.match(" " + match["apposed"]) or (apposed.kind == "person" and apposed.role
                                                                     and not apposed.name))) \
            or (head.kind == "person" and not head.name and apposed.kind == "person" and apposed.name):
        return match.end("apposed")
    return end


def _stripped(text: str, span: tuple[int, int]) -> tuple[int, int]:
    start, end = span
    while start < end and text[start] in " ,":
        start += 1
    while end > start and text[end - 1] in " ,":
        end -= 1
    return start, end
