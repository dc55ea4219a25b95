"""Stage 2b: one row per quoted span, with who said it, and a table of the actors.

Spans are found per paragraph (a quote may cross sentences) in the headline, standfirst,
caption, subheading and body blocks. Each span is attributed by the first rule that
gives a speaker phrase:
  1. a reporting clause right after it (`," he said.`, `," said X`, `," according to X`);
  2. a reporting verb and colon or comma right before it (`X said: "`, `..., saying: "`);
  3. for a partial quote, the reporting verb before it in its sentence (`X said ... a "word"`);
  4. "according to X" earlier in the sentence;
  5. for a partial quote, the sentence's subject ("Putin drew attention to "...");
  6. the speaker of the quote before it, in this paragraph or the one before (a quote
     split by its attribution, or continued in the next paragraph).
Pronouns are read as the latest person (he, she), group (they) or institution (it)
named in this or the three paragraphs before; surnames as the fullest name given.
"""

import copy
import functools
import re
from bisect import bisect_right
from collections import namedtuple
from dataclasses import dataclass, replace

import pandas as pd

from posture.quotes import attribution as attr
from posture import frames
from posture.ingest.block_types import TEXT_TYPES
from posture.lang.affiliations import country_named, side_of
from posture.movements.words import NAMED_UNIT
from posture.quotes.spans import (RUNS_ON, UNBALANCED, Span, find_spans, opens_with_quote, sentence_starts_outside,
                                  sentences_outside)
from posture.quotes.namebook import name_book, name_runs
from posture.quotes.ranks import is_rank_only, title_word
from posture.quotes.speakers import (DOCUMENT_NOUNS, Mention, as_written, better_role, body_as_named, organisation_named,
                                     parse_mention, title_or_blank)
from posture.quotes.transcripts import transcript_turns

QUOTE_BLOCK_TYPES = TEXT_TYPES  # the blocks that hold the article's own prose (posture.ingest)
QUOTE_COLUMNS = [
    "quote_id", "text", "kind", "speaker", "speaker_role", "speaker_affiliation", "cue",
    "paragraph", "char_start", "char_end", "speaker_country", "rule", "flag",
]
ACTOR_COLUMNS = [
    "actor_id", "name", "kind", "role", "affiliation", "country", "side", "quoted_spans",
    "words_quoted", "mention", "char_start", "char_end",
]
CONTEXT_PARAGRAPHS = 3
_FORMATION_HEADS = {"division", "brigade", "battalion", "regiment", "group", "battlegroup", "squadron", "wing",
                    "fleet", "corps", "company", "contingent", "force", "mission", "command"}
NEXT_SENTENCE = 160  # how far after a nameless title its name may follow (characters)
SENTENCE_END_REACH = 400  # how far a sentence is read to find where it ends (characters)
RECENT_EVENTS = 200  # how many earlier speakers and subjects a pronoun may look back over
# The quotes of an article read for their speakers. A news article holds a few dozen (the test articles at
# most 22): from the paragraph that takes the count past this many on, quotes are read by their marks
# only (text, direct or partial, the marks' flag; no speaker, cue or subject read), each flagged MARKS_ONLY.
MAX_QUOTES_READ = 1_000
MARKS_ONLY = f"speaker not read: the article has more than {MAX_QUOTES_READ:,} quotes"
OFFICE_LOOK_BACK = 1200  # how far back a bare "ministry" looks for the ministry it stands for (characters)
_BARE_OFFICES = {"ministry", "department"}
# "foreign ministry", "Defense Ministry", "Ministry of Foreign Affairs" (not "the ministry", "Iran's ministry")
_NAMED_OFFICE = re.compile(
    r"(?<![\w'\u2019])(?:(?:(?!(?:The|A|An|Its|Their|This)\s)[A-Z][A-Za-z-]*|foreign|defen[cs]e|interior|home|war|justice|state)\s+(?P<noun>[Mm]inistry|[Dd]epartment)"
    r"|(?P<noun_of>Ministry|Department)\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:and\s+|of\s+)?[A-Z][\w-]*)*)\b")
# "the defence chief", "the foreign affairs chief": the office a title's word names, held by the person named with it
_OFFICE_HEADS = {"chief", "head", "boss"}
_OFFICE_WORDS = {"defence", "defense", "foreign", "interior", "army", "navy", "military", "intelligence", "security"}
_SPEAKS_FOR = re.compile(r"(?i)\b(?:spokes(?:man|woman|person|people)|press\s+secretary)$")


@dataclass(frozen=True)
class Speaker:
    name: str = ""
    kind: str = ""
    role: str = ""
    affiliation: str = ""
    mention_start: int = -1   # where the article names the speaker (raw offsets)
    mention_end: int = -1
    country: str = ""         # the country the title names beside its body, when the affiliation is a body


@dataclass
class _Event:
    position: int
    paragraph: int
    speaker: Speaker


def _is_named(speaker: Speaker) -> bool:
    return bool(speaker.name) and speaker.name[0].isupper() and not speaker.name.lower().startswith(("a ", "the "))


def _event_keys(speaker: Speaker) -> list[str]:
    """What a look-back may take an event for: its kind; a person as one named, or as one with any name."""
    if speaker.kind != "person":
        return [speaker.kind]
    return (["named person"] if _is_named(speaker) else []) + (["person with a name"] if speaker.name else [])


_BLOCK = 32  # events per block of the timeline


class _Timeline:
    """The speakers and subjects noted so far, in order; and for each block of _BLOCK of them what a
    look-back needs to pass the block whole: the latest position in it, its first and last paragraph,
    and its newest event of each key (_event_keys). A look-back over 200 events reads seven blocks."""

    def __init__(self):
        self.events: list[_Event] = []
        self.blocks: list[list] = []  # [latest position, lowest paragraph, highest paragraph, {key: index}]

    def append(self, event: _Event) -> None:
        index = len(self.events)
        self.events.append(event)
        if index % _BLOCK == 0:
            self.blocks.append([event.position, event.paragraph, event.paragraph, {}])
        block = self.blocks[-1]
        block[0], block[1], block[2] = max(block[0], event.position), min(block[1], event.paragraph), max(block[2], event.paragraph)
        for key in _event_keys(event.speaker):
            block[3][key] = index

    def __len__(self) -> int:
        return len(self.events)

    def __iter__(self):
        return iter(self.events)

    def __reversed__(self):
        return reversed(self.events)

    def newest_first(self, keys):
        """The events newest first, passing over each block that holds none of `keys` (no event there has any)."""
        for number in range(len(self.blocks) - 1, -1, -1):
            if any(key in self.blocks[number][3] for key in keys):
                yield from reversed(self.events[number * _BLOCK:(number + 1) * _BLOCK])


def word_count(text: str) -> int:
    return len(re.findall(r"[\w'\u2019-]+", text))


_Block = namedtuple("_Block", "block_id type char_start text_normalised")


def _prose_blocks(article) -> list[_Block]:
    """The article's prose blocks that hold any text, in order."""
    blocks = [block for block in frames.records(article.blocks, _Block)
              if block.type in QUOTE_BLOCK_TYPES and block.text_normalised.strip()]
    return sorted(blocks, key=lambda block: block.block_id)


# An organisation named just before a group that speaks for it.
_ORGANISATION_BEFORE = re.compile(r"\b(?P<body>NATO|Nato|EU|European Union|UN|United Nations|African Union|CSTO)\b[^.;]{0,60}$")


class _Reader:
    """Walks the paragraphs in order, remembering who was named, to resolve pronouns.
    One reader per article: it reads each phrase once, however often it recurs."""

    def __init__(self, article):
        self.article = article
        self.blocks = _prose_blocks(article)
        self.parse = functools.lru_cache(maxsize=None)(parse_mention)
        self.subject = functools.lru_cache(maxsize=None)(attr.leading_phrase)
        self.spans = functools.lru_cache(maxsize=None)(find_spans)  # each paragraph's quotes, found once for both tables
        self.names = name_book(self.blocks, self.parse)
        self.events = _Timeline()
        self.by_paragraph: dict[int, list[_Event]] = {}
        self._formations: list[str] | None = None
        self.marks_only: dict = {}  # "from": the first block read by its marks only (shared by forget_events' copies)
        self._sentences: dict = {}  # (paragraph, its spans) -> its sentences outside quotes, read once for both tables

    def forget_events(self) -> "_Reader":
        """The same reader (same phrases read, same names) with nothing remembered of who spoke when."""
        fresh = copy.copy(self)
        fresh.events, fresh.by_paragraph = _Timeline(), {}
        return fresh

    def sentences(self, text: str, spans: list[Span]) -> list[tuple[int, str]]:
        """sentences_outside(text, spans), read once per paragraph."""
        key = (text, tuple(spans))
        if key not in self._sentences:
            self._sentences[key] = list(sentences_outside(text, spans))
        return self._sentences[key]

    # --- speakers --------------------------------------------------------------------

    def speaker_from(self, mention: Mention, start: int, end: int, paragraph: int) -> Speaker | None:
        if mention.kind == "pronoun":
            found = self.resolve_pronoun(mention.text.lower(), start, paragraph)
            if found and found.kind == "person" and found.role and not self._is_named(found):
                named = self.named_next(Mention(found.name, "person", "", found.role, found.affiliation), start, paragraph)
                return named or found  # "The minister opened it. "...," he said. Minister X added ..."
            return found
        if mention.kind == "person" and mention.name:
            full = self.names.fullest(mention.name)
            role, affiliation = self.names.details(mention.name)
            role = better_role(mention.role, role) if mention.role else role
            affiliation = self.owned_by(mention, start, paragraph) or affiliation
            if not role or is_rank_only(role):  # "The brigade's commander said ... Col. X told": the title given before
                titled = self.titled_before(full, start, paragraph)
                if titled is not None:
                    role, affiliation = titled.role, affiliation or titled.affiliation
                else:  # "A CENTCOM spokesman described ... "...," said Navy Capt. X": the title is X's
                    nameless = self.nameless_title_before(start, paragraph)
                    if nameless is not None:
                        role, affiliation = nameless.role, nameless.affiliation or affiliation
            if not affiliation and self.names.owner(mention.name):
                affiliation = self.latest_institution(start, paragraph, as_named=True)  # "Its spokesman, X"
            if not affiliation and _SPEAKS_FOR.search(role):  # "China's foreign ministry said ... spokeswoman X"
                affiliation = self.body_named_in(paragraph, start) or self.latest_institution(start, paragraph)
            country = mention.country or self.names.country(mention.name)
            return Speaker(full, "person", role, affiliation, start, end, country)
        if mention.kind == "person" and mention.role and not re.match(r"(?i)(?:a|an|one)\s", mention.text):
            earlier = self.described_person(mention, start, paragraph)
            if earlier is not None:  # "the spokeswoman", "the colonel": the one described or named nearby
                return replace(earlier, mention_start=start, mention_end=end)
        if mention.kind == "person" and mention.role and not mention.name:
            earlier = self.named_next(mention, start, paragraph)
            if earlier is not None:  # "the spokeswoman", "the colonel": the one described or named nearby
                return replace(earlier, mention_start=start, mention_end=end)
        if mention.kind == "group" and mention.members:
            names = [self.names.fullest(m.name) for m in mention.members]
            affiliations = [self.names.details(m.name)[1] for m in mention.members]
            return Speaker(" and ".join(names), "group", "", "; ".join(a for a in affiliations if a), start, end)
        if mention.kind == "institution" and re.match(r"(?i)the\s+[a-z]", mention.text):
            earlier = self.earlier_institution(mention.text, start, paragraph)
            if earlier is not None:  # "the department" -> "the U.S. State Department"
                return replace(earlier, mention_start=start, mention_end=end)
        if mention.kind:
            affiliation = self.owned_by(mention, start, paragraph)
            if mention.possessor and not affiliation:
                affiliation = self.names.details(mention.possessor)[1]
            role = "" if mention.kind == "group" else mention.role
            if mention.kind == "group" and not affiliation:  # "In the NATO document, 30 allies said"
                named = _ORGANISATION_BEFORE.search(self.article.raw, max(0, start - 80), start)
                affiliation = named["body"] if named else ""
            return Speaker(as_written(mention.text), mention.kind, role, affiliation, start, end, mention.country)
        return None

    def resolve_pronoun(self, pronoun: str, position: int, paragraph: int) -> Speaker | None:
        wanted = {"he": ("person",), "she": ("person",), "i": ("person",), "it": ("institution", "country"),
                  "they": ("group", "institution", "country"), "we": ("group", "institution", "country")}[pronoun]
        # The latest RECENT_EVENTS events before this point (a bounded look back), newest first: the newest
        # of the first kind wanted, else of the next; else the person this paragraph is about. One pass,
        # ended at the first of the first kind (it beats every other). A block of the timeline all before
        # this point and in one paragraph of the look-back is read whole, from its newest event of each key.
        keys = ["named person" if kind == "person" else kind for kind in wanted]
        found, about, taken = {}, None, 0
        events, blocks = self.events.events, self.events.blocks
        index = len(events) - 1
        while index >= 0:
            number = index // _BLOCK
            latest, lowest, highest, newest = blocks[number]
            size = index - number * _BLOCK + 1
            if (index == len(events) - 1 or index % _BLOCK == _BLOCK - 1) and latest < position and lowest == highest \
                    and paragraph - lowest <= CONTEXT_PARAGRAPHS and taken + size <= RECENT_EVENTS:
                for kind, key in zip(wanted, keys):
                    if kind not in found and key in newest:
                        found[kind] = events[newest[key]].speaker
                if about is None and lowest == paragraph and "person with a name" in newest:
                    about = events[newest["person with a name"]].speaker
                if wanted[0] in found:
                    break
                taken, index = taken + size, index - size
                continue
            event = events[index]
            index -= 1
            if taken >= RECENT_EVENTS or paragraph - event.paragraph > CONTEXT_PARAGRAPHS:
                break
            if event.position >= position:
                continue
            taken += 1
            speaker = event.speaker
            if speaker.kind in wanted and speaker.kind not in found and (speaker.kind != "person" or _is_named(speaker)):
                found[speaker.kind] = speaker
                if speaker.kind == wanted[0]:
                    break
            if about is None and event.paragraph == paragraph and speaker.kind == "person" and speaker.name:
                about = speaker  # no one named: the person this paragraph is about ("A soldier waves. ... he said")
        chosen = next((found[kind] for kind in wanted if kind in found), None)
        if chosen is None and "person" in wanted:
            chosen = about
        return None if chosen is None else replace(chosen, mention_start=-1, mention_end=-1)

    def owned_by(self, mention: Mention, position: int, paragraph: int) -> str:
        """The affiliation a phrase gives, its possessor or its owner resolved: "Biden's adviser" -> Biden's;
        "its spokesman", "a spokesman for the command" -> the institution named just before."""
        if mention.possessor and self.names.knows(mention.possessor):
            return self.names.details(mention.possessor)[1] or mention.affiliation
        if mention.owner and not mention.affiliation:
            return self.latest_institution(position, paragraph, as_named=True)
        return mention.affiliation

    def titled_before(self, name: str, position: int, paragraph: int) -> Speaker | None:
        """This person as an earlier sentence of this paragraph or the one before titled them, if by more than a rank."""
        for order in (paragraph, paragraph - 1):
            for event in reversed(self.by_paragraph.get(order, [])):
                if event.position < position and event.speaker.name == name and event.speaker.role \
                        and not is_rank_only(event.speaker.role):
                    return event.speaker
        return None

    def nameless_title_before(self, position: int, paragraph: int) -> Speaker | None:
        """The person this paragraph last spoke of by a title and no name, if no one named came between."""
        for event in reversed(self.by_paragraph.get(paragraph, [])):
            if event.position >= position or event.speaker.kind != "person":
                continue
            if self._is_named(event.speaker) or not title_or_blank(event.speaker.role) or is_rank_only(event.speaker.role):
                return None  # "A soldier waves ... joked Sgt. X": a describing noun is no title to give X
            return event.speaker
        return None

    def described_person(self, mention: Mention, position: int, paragraph: int) -> Speaker | None:
        """The person a definite title stands for: the latest one before with that title word, in this
        paragraph or the ones before; else a person named in this paragraph's next sentence
        ("The camp's commander said ... Col. X told ...", the title then kept as the role)."""
        head = title_word(mention.role.split()[-1])
        for order in range(paragraph, paragraph - CONTEXT_PARAGRAPHS - 1, -1):
            for event in reversed(self.by_paragraph.get(order, [])):
                if event.position < position and event.speaker.kind == "person" \
                        and head in self._title_words(event.speaker):
                    return event.speaker
        named = self.named_next(mention, position, paragraph)
        if named is None and head in _OFFICE_HEADS:  # "South Korea's defence minister, X, told ... the defence chief said"
            office = {w.lower() for w in mention.role.split()[:-1]} & _OFFICE_WORDS
            for event in reversed(self.by_paragraph.get(paragraph, [])):
                if event.position < position and event.speaker.kind == "person" and self._is_named(event.speaker) \
                        and office and office <= {w.lower() for w in event.speaker.role.split()}:
                    return event.speaker
        return named

    def _title_words(self, speaker: Speaker) -> set[str]:
        """Every title word a person was given: the role kept, and a rank in the words that named them
        ("Brig. Gen. X, deputy commander of ..." is also "the general")."""
        words = speaker.role.split()
        if speaker.mention_start >= 0:
            words += self.article.raw[speaker.mention_start:speaker.mention_end].split()
        return {title_word(w) for w in words}

    def named_next(self, mention: Mention, position: int, paragraph: int) -> Speaker | None:
        """A person named in this paragraph's next sentence, for a title with no name before it
        ("..., a municipal councillor said. Ibrahim Toure said ..."), the title kept as the role."""
        later = [e for e in self.by_paragraph.get(paragraph, []) if position < e.position <= position + NEXT_SENTENCE
                 and e.speaker.kind == "person" and self._is_named(e.speaker)]
        person = min(later, key=lambda e: e.position).speaker if later else self._named_in_next_sentence(position, paragraph)
        if person is None and self._ends_paragraph(position, paragraph):  # '"...," said the colonel.' then "Col. X ..."
            person = self._named_in_next_sentence(self.blocks[paragraph + 1].char_start, paragraph + 1, opening=True) \
                if paragraph + 1 < len(self.blocks) else None
            if person is not None and title_word(person.role.split()[-1] if person.role else "") != \
                    title_word(mention.role.split()[-1]):
                person = None  # only the holder of the same title
        if person is None:
            return None
        role = better_role(mention.role, person.role) if person.role else mention.role
        return replace(person, role=re.sub(r"^(?:the|a|an)\s+", "", role, flags=re.I),
                       affiliation=person.affiliation or mention.affiliation)

    def _ends_paragraph(self, position: int, paragraph: int) -> bool:
        """Is the sentence at `position` the last of its paragraph?"""
        if not 0 <= paragraph < len(self.blocks):
            return False
        block = self.blocks[paragraph]
        rest = block.text_normalised[position - block.char_start:]
        return attr.first_boundary(attr.mask_abbreviations(rest[:SENTENCE_END_REACH])) >= len(rest.rstrip())

    def _named_in_next_sentence(self, position: int, paragraph: int, opening: bool = False) -> Speaker | None:
        """The first person named in the sentence after `position` in its paragraph (names in quotes too:
        '"We will not allow it," Admiral X told state television'); with `opening`, in the sentence at `position`."""
        if not 0 <= paragraph < len(self.blocks):
            return None
        block = self.blocks[paragraph]
        local = position - block.char_start
        window = block.text_normalised[local:local + SENTENCE_END_REACH]
        boundary = 0 if opening else attr.first_boundary(attr.mask_abbreviations(window))
        window = window[:boundary + NEXT_SENTENCE]
        for start, end in name_runs(attr.mask_abbreviations(window)):
            if start < boundary or not (not window[boundary:start].strip()
                                        or re.search(r"[,.!?][\"\u201d\u2019]\s+$", window[boundary:start])):
                continue  # only the next sentence's opening name, or the name straight after its quote
            mention = self.parse(window[start:end])
            if mention.kind == "person" and mention.name:
                role, affiliation = self.names.details(mention.name)
                return Speaker(self.names.fullest(mention.name), "person", better_role(mention.role, role)
                               if mention.role else role, mention.affiliation or affiliation)
        return None

    def latest_institution(self, position: int, paragraph: int, as_named: bool = False) -> str:
        """The affiliation of the institution or country named last, in this paragraph or the one before."""
        if as_named:  # "its spokesman": the body named last, by its proper name
            for order in range(paragraph, paragraph - CONTEXT_PARAGRAPHS - 1, -1):
                for event in reversed(self.by_paragraph.get(order, [])):
                    name = organisation_named(event.speaker.name) if event.speaker.kind == "institution" else ""
                    if event.position < position and name and name != name.lower():
                        return name
                    if event.position < position and name and " " in name:
                        return name  # "the defence ministry"
        for event in self.events.newest_first(("institution", "country")):
            if event.position < position and paragraph - event.paragraph <= 1 \
                    and event.speaker.kind in ("institution", "country"):
                return event.speaker.affiliation
        return ""

    def body_named_in(self, paragraph: int, position: int) -> str:
        """The body this paragraph named last before `position`, by its name ("China's foreign ministry" ->
        foreign ministry); "" if it named none, or only a statement or document."""
        for event in reversed(self.by_paragraph.get(paragraph, [])):
            if event.position < position and event.speaker.kind == "institution":
                words = event.speaker.name.lower().split()
                if words and words[0] in ("a", "an", "the"):
                    words = words[1:]
                if words and words[0] in DOCUMENT_NOUNS | {"release"}:
                    return ""
                return organisation_named(event.speaker.name)
        return ""

    def earlier_institution(self, text: str, position: int, paragraph: int) -> Speaker | None:
        """The latest institution named before whose name ends with this phrase's head noun."""
        head = text.split()[-1].lower()
        for event in self.events.newest_first(("institution",)):
            if event.position < position and paragraph - event.paragraph <= CONTEXT_PARAGRAPHS \
                    and event.speaker.kind == "institution" and event.speaker.name.lower().split()[-1] == head \
                    and len(event.speaker.name.split()) > len(text.split()):
                return event.speaker
        return None

    def _qualified_formation(self, head: str, position: int) -> str:
        """The last formation of this kind named before with capitalised words ("the Jamaica Defence Force",
        "the Northern Fleet"); one with only a nation's word names that nation ("a Bangladeshi battalion")."""
        pattern = re.compile(rf"(?<![\w'\u2019-])((?:[A-Z](?:[\w'\u2019-]|\.(?=\w)|(?<=\b[A-Z])\.)*[ \t]+){{1,5}})(?i:{head})\b")
        found = list(pattern.finditer(self.article.raw, max(0, position - OFFICE_LOOK_BACK), position))
        if not found:
            return ""
        qualifier = re.sub(r"^(?:(?:The|A|An|Its|Their)\s+)+", "", found[-1].group(1)).split()
        if not qualifier:
            return ""
        if len(qualifier) == 1:
            return country_named(qualifier[0])
        return " ".join([*qualifier, found[-1].group(0).split()[-1]])

    def named_formation(self, affiliation: str, position: int = 0) -> str:
        """A generic formation word resolved to the formation of that kind the article names most ("the
        division" -> "1st Armored Division", "the incoming brigade" -> its brigade combat team)."""
        head = affiliation.split()[-1].lower() if affiliation and affiliation == affiliation.lower() else ""
        if head not in _FORMATION_HEADS:
            return affiliation
        if self._formations is None:  # the article's named formations, read once
            self._formations = [body_as_named(m.group(0).strip())  # "Force's ARDB" -> "ARDB"
                                for m in NAMED_UNIT.finditer(self.article.raw)]
        named = [name for name in self._formations if head in name.lower()]
        if not named:
            return self._qualified_formation(head, position) or affiliation
        counts = {name: named.count(name) for name in named}  # the formation the article is about: named most, first
        return max(counts, key=lambda name: (counts[name], -named.index(name)))

    def named_office(self, affiliation: str, position: int) -> str:
        """A bare 'ministry' resolved to the ministry named last before (in the look-back window):
        "Iran's foreign ministry dismissed it ... ministry spokesman X said" -> foreign ministry."""
        if affiliation.lower() not in _BARE_OFFICES:
            return affiliation
        window = self.article.raw[max(0, position - OFFICE_LOOK_BACK):position]
        named = [m for m in _NAMED_OFFICE.finditer(window) if (m["noun"] or m["noun_of"]).lower() == affiliation.lower()]
        return named[-1].group(0) if named else affiliation

    def _is_named(self, speaker: Speaker) -> bool:
        return _is_named(speaker)

    def note(self, speaker: Speaker | None, position: int, paragraph: int) -> None:
        if speaker is not None:
            event = _Event(position, paragraph, speaker)
            self.events.append(event)
            self.by_paragraph.setdefault(paragraph, []).append(event)

    def phrase_speaker(self, text: str, span: tuple[int, int], offset: int, paragraph: int) -> Speaker | None:
        start, end = span
        if end <= start:
            return None
        return self.speaker_from(self.parse(text[start:end]), offset + start, offset + end, paragraph)


def _head(text: str, spans: list[Span], index: int) -> tuple[int, int, str]:
    """(sentence start, head start, head): the words of spans[index]'s sentence before it, after any quote before."""
    starts = sentence_starts_outside(text, spans)
    sentence_start = starts[bisect_right(starts, spans[index].mark_start) - 1]
    head_start = max(sentence_start, spans[index - 1].mark_end if index else 0)
    return sentence_start, head_start, text[head_start:spans[index].mark_start]


def _kind(head: str, colon) -> str:
    """A quote is direct when its sentence opens with it, or a cue and colon lead into it; else partial."""
    return "direct" if (not head.strip() or colon) else "partial"


def _attribute(reader: _Reader, text: str, offset: int, order: int, spans: list[Span], index: int, previous):
    """(kind, speaker, cue, rule) for spans[index] of a paragraph."""
    span = spans[index]
    sentence_start, head_start, head = _head(text, spans, index)
    full_head = lambda: text[sentence_start:span.mark_start]  # noqa: E731  (a long sentence is copied only if read)
    tail_end = spans[index + 1].mark_start if index + 1 < len(spans) else len(text)
    tail = text[span.mark_end:tail_end]
    colon = attr.head_colon_cue(head)
    kind = _kind(head, colon)

    if kind == "partial":
        for verb_start, verb_end in reversed(attr.head_verbs(head)):
            if head[verb_start:verb_end].endswith("ing"):  # "X told a briefing, adding that ... a "word""
                np = attr.leading_phrase(head[:verb_start])
                np = (head_start + np[0], head_start + np[1])
            else:
                np = attr.phrase_before(text, head_start + verb_start, head_start)
            if head_start > sentence_start and re.fullmatch(r"[\s,]*(?:and|but|then)?\s*", head[:verb_start]):
                np = attr.leading_phrase(full_head())  # '... called it "defensive" and said ...': the sentence's subject
                np = (sentence_start + np[0], sentence_start + np[1])
            speaker = reader.phrase_speaker(text, np, offset, order)
            if speaker:
                return kind, speaker, head[verb_start:verb_end], "reporting verb earlier in the sentence"
    found = attr.tail_cue(tail)
    if found:
        (np_start, np_end), (cue_start, cue_end) = found
        base = span.mark_end
        speaker = reader.phrase_speaker(text, (base + np_start, base + np_end), offset, order)
        if speaker:
            return kind, speaker, tail[cue_start:cue_end], "cue after the quote"
    if colon:
        cue = head[colon[0]:colon[1]]
        if re.match(r"\w+ing\b", cue):
            np = attr.leading_phrase(full_head())
            np = (sentence_start + np[0], sentence_start + np[1])
        else:
            np = attr.phrase_before(text, head_start + colon[0], sentence_start)
        speaker = reader.phrase_speaker(text, np, offset, order)
        if speaker:
            return kind, speaker, cue, "cue and colon before the quote"
    according = attr.according_to_within(text, sentence_start, span.mark_start)
    if according:
        np, (cue_start, cue_end) = according
        speaker = reader.phrase_speaker(text, (sentence_start + np[0], sentence_start + np[1]), offset, order)
        if speaker:
            return kind, speaker, full_head()[cue_start:cue_end], "according to, earlier in the sentence"
    if kind == "partial":
        np = attr.leading_phrase(full_head())
        speaker = reader.phrase_speaker(text, (sentence_start + np[0], sentence_start + np[1]), offset, order)
        if speaker:
            return kind, speaker, "", "subject of the sentence"
    if previous is not None:
        return kind, replace(previous, mention_start=-1, mention_end=-1), "", "speaker of the quote before"
    return kind, Speaker(), "", "no attribution found"


_COPULA_NAME = re.compile(r"\b(?:was|were|is|are)\s+[A-Z]")


def _inverted_subject(reader: _Reader, sentence: str):
    """The first person named after "was" or "were" in a sentence, as (span, mention); ((0, 0), empty) if none."""
    if not _COPULA_NAME.search(sentence):
        return (0, 0), reader.parse("")
    for start, end in name_runs(attr.mask_abbreviations(sentence)):
        mention = reader.parse(sentence[start:end])
        if mention.kind == "person" and mention.name and re.search(r"\b(?:was|were|is|are)\s+$", sentence[:start]):
            return (start, end), mention  # an inverted subject: "Among those waving goodbye was Mere Tabua"
    return (0, 0), reader.parse("")


def _note_subjects(reader: _Reader, text: str, offset: int, order: int, spans: list[Span]) -> None:
    """Remember each sentence's subject, so later pronouns can find it."""
    for start, sentence in reader.sentences(text, spans):
        np = reader.subject(sentence)
        mention = reader.parse(sentence[np[0]:np[1]])
        if not mention.kind or (mention.kind == "person" and not mention.name and not mention.role):
            np, mention = _inverted_subject(reader, sentence)  # "Among those waving was Mere Tabua, 61, ..."
        elif mention.kind == "person" and not mention.name and re.match(r"\s+(?:was|is)\s+", sentence[np[1]:np[1] + 5]):
            named_np, named = _inverted_subject(reader, sentence)  # "The spokesperson was Colonel Yoon Ha-jin."
            if named.kind == "person" and named.name and named_np[0] > np[1]:
                reader.names.add(replace(named, role=better_role(mention.role, named.role),
                                         affiliation=named.affiliation or mention.affiliation))
                np, mention = named_np, replace(named, role=better_role(mention.role, named.role),
                                                affiliation=named.affiliation or mention.affiliation)
        if mention.kind and mention.kind != "pronoun":
            reader.note(reader.speaker_from(mention, offset + start + np[0], offset + start + np[1], order),
                        offset + start + np[0], order)
        clause = attr.closing_clause(sentence)
        if clause:  # "..., a Defence spokeswoman said." names a speaker later quotes may refer to
            s, e = clause
            reader.note(reader.phrase_speaker(sentence, (s, e), offset + start, order), offset + start + s, order)
        according = attr.according_to(sentence)
        if according:
            (s, e), _ = according
            reader.note(reader.phrase_speaker(sentence, (s, e), offset + start, order), offset + start + s, order)


def _rows(reader: _Reader) -> list[dict]:
    article, blocks = reader.article, reader.blocks
    turns = transcript_turns([b.text_normalised for b in blocks if b.type == "body"])
    rows, previous_speaker, previous_order, quotes_left = [], None, None, MAX_QUOTES_READ
    resolved = {}  # (speaker, bare body word) -> the body it was read as nearer the name ("the ministry")
    for order, block in enumerate(blocks):
        text, offset = block.text_normalised, block.char_start
        if previous_order is not None and order - previous_order > 1:
            previous_speaker = None  # only the paragraph just before carries a speaker over
        turn = turns.get(text) if block.type == "body" else None
        if turn:
            spans, label = [Span(turn.start, turn.end, turn.start, turn.end)], turn.label
        else:
            spans, label = reader.spans(text), None
        quotes_left -= len(spans)
        if quotes_left < 0:  # past MAX_QUOTES_READ: this paragraph and the rest by their marks only
            reader.marks_only.setdefault("from", order)
            rows.extend(_marks_only_rows(article, block, order, spans))
            continue
        if block.type not in ("headline", "subheading"):  # headings are not sentences with subjects
            _note_subjects(reader, text, offset, order, spans if not turn else [])
        for index, span in enumerate(spans):
            if label is not None:
                bare_label = re.sub(r"^(?:Mr|Ms|Mrs|Dr)\.\s+", "", label, flags=re.I)
                mention = reader.parse(bare_label.title() if bare_label.isupper() and len(bare_label) > 2 else bare_label)
                speaker = reader.speaker_from(mention, offset, offset + len(label), order) or Speaker(label, "person")
                kind, cue, rule = "direct", label + ":", "transcript speaker label"
            else:
                kind, speaker, cue, rule = _attribute(reader, text, offset, order, spans, index, previous_speaker)
            if speaker.kind == "person":
                affiliation = reader.named_office(reader.named_formation(speaker.affiliation, offset + span.start),
                                                  offset + span.start)
                key = (speaker.name, speaker.affiliation)
                if affiliation != speaker.affiliation:
                    resolved[key] = affiliation
                affiliation = resolved.get(key, affiliation)  # a later turn, far from where the body was named
                speaker = replace(speaker, affiliation=affiliation)
            flag = span.flag
            if flag == UNBALANCED and span.end == len(text.rstrip()) and order + 1 < len(blocks) \
                    and opens_with_quote(blocks[order + 1].text_normalised):
                flag = RUNS_ON
            rows.append({
                "text": article.raw[offset + span.start:offset + span.end], "kind": kind, "speaker": speaker.name,
                "speaker_role": title_or_blank(speaker.role), "speaker_affiliation": body_as_named(speaker.affiliation),
                "cue": cue,
                "paragraph": int(block.block_id), "char_start": offset + span.start, "char_end": offset + span.end,
                "speaker_country": speaker_country(speaker),
                "rule": rule, "flag": flag, "_speaker": speaker, "_order": order, "_type": block.type,
            })
            reader.note(speaker, offset + span.mark_end, order)
            if speaker.name:
                previous_speaker, previous_order = speaker, order
    _backfill_run_ons(rows)
    _headings_from_body(rows)
    return rows


_NO_SPEAKER = Speaker()


def _marks_only_rows(article, block, order: int, spans: list[Span]) -> list[dict]:
    """The rows of a paragraph past MAX_QUOTES_READ: each quote's text, kind and marks, no speaker."""
    text, offset, rows, paragraph = block.text_normalised, block.char_start, [], int(block.block_id)
    starts = sentence_starts_outside(text, spans)
    for index, span in enumerate(spans):  # the head as _head reads it, the paragraph's sentence starts found once
        head_start = max(starts[bisect_right(starts, span.mark_start) - 1], spans[index - 1].mark_end if index else 0)
        head = text[head_start:span.mark_start]
        rows.append({
            "text": article.raw[offset + span.start:offset + span.end], "kind": _kind(head, attr.head_colon_cue(head)),
            "speaker": "", "speaker_role": "", "speaker_affiliation": "", "cue": "", "paragraph": paragraph,
            "char_start": offset + span.start, "char_end": offset + span.end, "speaker_country": "",
            "rule": "no attribution read", "flag": f"{span.flag}; {MARKS_ONLY}" if span.flag else MARKS_ONLY,
            "_speaker": _NO_SPEAKER, "_order": order, "_type": block.type,
        })
    return rows


def _quoted_words(text: str) -> str:
    return " ".join(re.findall(r"[\w'\u2019-]+", text.casefold()))


def _headings_from_body(rows: list[dict]) -> None:
    """A quote in a headline or standfirst takes the speaker of the body quote that holds the same words
    ('Mogadishu hails 'historic' deployment' ... the minister called it "a historic day")."""
    body = [row for row in rows if row["_type"] == "body" and row["speaker"]]
    for row in rows:
        if row["_type"] not in ("headline", "standfirst"):
            continue
        words = _quoted_words(row["text"])
        source = next((other for other in body if words and re.search(
            rf"(?<!\w){re.escape(words)}(?!\w)", _quoted_words(other["text"]))), None)
        if source is not None:
            for key in ("speaker", "speaker_role", "speaker_affiliation", "speaker_country", "_speaker"):
                row[key] = source[key]
            row["rule"] = "speaker of the same words in the body"


def speaker_country(speaker: Speaker) -> str:
    """The countries the speaker's affiliations stand for, else the country the title names."""
    named = "; ".join(dict.fromkeys(country_named(a) for a in speaker.affiliation.split("; ") if country_named(a)))
    return named or speaker.country


def _backfill_run_ons(rows: list[dict]) -> None:
    """A quote left open with no attribution takes the speaker of the paragraph continuing it."""
    for row, following in zip(rows, rows[1:]):
        if row["flag"] == RUNS_ON and not row["speaker"] and following["speaker"]:
            for key in ("speaker", "speaker_role", "speaker_affiliation", "speaker_country"):
                row[key] = following[key]
            row["rule"] = "speaker of the paragraph continuing it"


def find_quotes(article, rows: list[dict] | None = None) -> pd.DataFrame:
    """One row per quoted span, in order of position (see the module docstring)."""
    rows = _rows(_Reader(article)) if rows is None else rows
    ordered = sorted(rows, key=lambda row: (row["char_start"], row["char_end"]))
    table = frames.table(ordered, QUOTE_COLUMNS[1:], {"paragraph": "int64", "char_start": "int64", "char_end": "int64"})
    table.insert(0, "quote_id", [f"q{n:03d}" for n in range(1, len(table) + 1)])
    return table


def find_actors(article, quotes: pd.DataFrame | None = None, rows: list[dict] | None = None,
                reader: _Reader | None = None) -> pd.DataFrame:
    """One row per person or institution that speaks or is the subject of a sentence."""
    reader = _Reader(article) if reader is None else reader.forget_events()
    rows = _rows(reader.forget_events()) if rows is None else rows
    quotes = find_quotes(article, rows) if quotes is None else quotes
    actors: dict[str, dict] = {}

    def add(speaker: Speaker, raw_start: int, raw_end: int, speaks: bool):
        if not speaker.name or (not speaks and speaker.kind == "person" and not speaker.role):
            return  # a capitalised word opening a sentence is not yet a person
        members = speaker.name.split(" and ") if speaker.kind == "group" and "; " in speaker.affiliation or \
            (speaker.kind == "group" and " and " in speaker.name and speaker.name[0].isupper()) else [speaker.name]
        for member in members:
            role, affiliation = (speaker.role, speaker.affiliation) if len(members) == 1 else reader.names.details(member)
            entry = actors.setdefault(_actor_key(member), {
                "name": member, "kind": "person" if len(members) > 1 else speaker.kind, "role": role,
                "affiliation": affiliation, "quoted_spans": 0, "words_quoted": 0,
                "char_start": raw_start, "char_end": raw_end,
            })
            entry["role"] = entry["role"] or role
            entry["affiliation"] = entry["affiliation"] or affiliation
            if entry["char_start"] < 0 <= raw_start or (0 <= raw_start < entry["char_start"]):
                entry["char_start"], entry["char_end"] = raw_start, raw_end

    for row in rows:
        speaker = row["_speaker"]
        add(speaker, speaker.mention_start, speaker.mention_end, True)
    for order, block in enumerate(reader.blocks[:reader.marks_only.get("from", len(reader.blocks))]):
        if block.type in ("headline", "subheading"):
            continue  # headings are not sentences with subjects
        text, offset = block.text_normalised, block.char_start
        spans = reader.spans(text)
        for start, sentence in reader.sentences(text, spans):
            np = reader.subject(sentence)
            mention = reader.parse(sentence[np[0]:np[1]])
            if mention.kind in ("person", "institution", "country", "group") and (mention.name or mention.members
                                                                                  or mention.kind in ("institution", "country")):
                speaker = reader.speaker_from(mention, offset + start + np[0], offset + start + np[1], order)
                if speaker:
                    add(speaker, speaker.mention_start, speaker.mention_end, False)
    joint = _joint_names(quotes)
    for speaker, text, role, affiliation in zip(quotes["speaker"].tolist(), quotes["text"].tolist(),
                                                quotes["speaker_role"].tolist(), quotes["speaker_affiliation"].tolist()):
        for name in (speaker.split(" and ") if speaker in joint else [speaker]):
            if name and _actor_key(name) not in actors:  # a speaker only an analyst's correction names
                kind = reader.parse(name).kind
                actors[_actor_key(name)] = {
                    "name": name, "kind": kind if kind in ("person", "institution", "country", "group") else "person",
                    "role": role, "affiliation": affiliation, "quoted_spans": 0, "words_quoted": 0,
                    "char_start": -1, "char_end": -1}
            if _actor_key(name) in actors:
                actors[_actor_key(name)]["quoted_spans"] += 1
                actors[_actor_key(name)]["words_quoted"] += word_count(text)
    if not actors:
        return pd.DataFrame(columns=ACTOR_COLUMNS)
    for actor in actors.values():
        actor["country"] = "; ".join(dict.fromkeys(country_named(a) for a in actor["affiliation"].split("; ")
                                                   if country_named(a)))
        actor["side"] = side_of(actor["country"])
        start, end = actor["char_start"], actor["char_end"]
        actor["mention"] = article.raw[start:end] if start >= 0 else ""
    ordered = sorted(actors.values(), key=lambda a: (-a["words_quoted"], -a["quoted_spans"], a["char_start"], a["name"]))
    for number, actor in enumerate(ordered, start=1):
        actor["actor_id"] = f"a{number:03d}"
    return frames.table(ordered, ACTOR_COLUMNS, {"quoted_spans": "int64", "words_quoted": "int64",
                                                 "char_start": "int64", "char_end": "int64"})


def _actor_key(name: str) -> str:
    return re.sub(r"^the\s+", "", name.lower())


def _joint_names(quotes: pd.DataFrame) -> set[str]:
    return {s for s in quotes["speaker"].tolist() if " and " in s and s[:1].isupper()}


def tables(article) -> dict:
    """Stage 2b's outputs, by file name."""
    reader = _Reader(article)  # read the article once for both tables
    rows = _rows(reader)
    quotes = find_quotes(article, rows)
    return {"quotes.csv": quotes, "actors.csv": find_actors(article, quotes, rows, reader)}
