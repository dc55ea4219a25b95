"""The name book: every person an article names, with the titles it gives them, built once per article.

`name_book(blocks)` reads every run of title and name words in the prose blocks, with a title set
off by commas before or after it, a briefing's institution, and a title the paragraph before gave
an unnamed speaker; `NameBook` answers "who is Scholz?" and "what title was she given?".
"""

import re
from dataclasses import replace

from posture.quotes import attribution as attr
from posture.quotes.ranks import is_rank_only
from posture.quotes.speakers import ROLE_WORDS, Mention, better_role, parse_mention


_INDEXED_WORDS = 6  # names are looked up by their last one to six words; longer endings are checked one by one


class NameBook:
    """Every person the article names, so "Scholz" can be read as "Olaf Scholz"."""

    def __init__(self):
        self._people: list[Mention] = []
        self._by_ending: dict[tuple, list[Mention]] = {}  # people by every ending of their name ("Scholz", "Olaf Scholz")
        self._inner: dict[str, set[str]] = {}  # names by a word inside them ("Valcárcel" in "Ignacio Valcárcel Ruiz")
        self._first: dict[str, set[str]] = {}  # names of two or more words by their first word ("Zhou" in "Zhou Hanlin")
        self._fullest: dict[str, str] = {}  # answers so far; cleared when a name is added
        self._same: dict[str, list[Mention]] | None = None  # people by their fullest name; None after an add
        self._summaries: dict[str, tuple[str, str, str]] = {}  # by fullest name, made with _same

    def add(self, mention: Mention) -> None:
        if mention.kind == "person" and mention.name:
            self._people.append(mention)
            words = tuple(mention.name.split())
            for size in range(1, min(len(words), _INDEXED_WORDS) + 1):
                self._by_ending.setdefault(words[-size:], []).append(mention)
            for word in words[1:-1]:
                self._inner.setdefault(word, set()).add(mention.name)
            if len(words) > 1:
                self._first.setdefault(words[0], set()).add(mention.name)
            self._fullest.clear()
            self._same = None
        for member in mention.members:
            self.add(member)

    def _ending_with(self, words: list[str]) -> list[Mention]:
        """The people, in order, whose name ends with these words (only they can be read as them)."""
        if len(words) <= _INDEXED_WORDS:
            return self._by_ending.get(tuple(words), [])
        return [known for known in self._by_ending.get((words[-1],), []) if known.name.split()[-len(words):] == words]

    def fullest(self, name: str) -> str:
        """The longest name that ends with (or is) `name`, first mentioned first on ties."""
        if name not in self._fullest:
            self._fullest[name] = self._longest_ending_with(name)
        return self._fullest[name]

    def _longest_ending_with(self, name: str) -> str:
        """The longest name ending with `name`; else the one name holding it after a first name
        ("Valcárcel" -> "Ignacio Valcárcel Ruiz": two surnames)."""
        words = name.split()
        best = name
        for known in self._ending_with(words) if words else self._people:
            known_words = known.name.split()
            if known_words[-len(words):] == words and len(known_words) > len(best.split()):
                best = known.name
        if best == name and len(words) == 1:
            holding, first = self._inner.get(name, set()), self._first.get(name, set())
            if len(holding) == 1:
                best = next(iter(holding))
            elif not holding and len(first) == 1:
                best = next(iter(first))  # a family name written first: "Zhou" -> "Zhou Hanlin"
        return best

    def knows(self, name: str) -> bool:
        """Is this a person the article names (a surname counts)?"""
        words = name.split()
        return bool(self._ending_with(words)) if words else any(not known.name.split() for known in self._people)

    def _summary(self, name: str) -> tuple[str, str, str]:
        """(role, affiliation, owner) of everyone read as the same person as `name`: the people are
        grouped once, and each group summed up once, not on every question."""
        if self._same is None:
            self._same, self._summaries = {}, {}
            for known in self._people:
                self._same.setdefault(self.fullest(known.name), []).append(known)
        full = self.fullest(name)
        if full not in self._summaries:
            role = affiliation = ""
            same = self._same.get(full, [])
            for known in same:
                role = better_role(role, known.role) if role else known.role
                affiliation = affiliation or known.affiliation
            self._summaries[full] = role, affiliation, next((known.owner for known in same if known.owner), "")
        return self._summaries[full]

    def owner(self, name: str) -> str:
        """An owner to resolve that a title given to this person names ("its spokesman"), or ""."""
        return self._summary(name)[2]

    def country(self, name: str) -> str:
        """The country a title given to this person names beside its body, or ""."""
        full = self.fullest(name)
        return next((known.country for known in self._people if known.country and self.fullest(known.name) == full), "")

    def details(self, name: str) -> tuple[str, str]:
        """The first title and affiliation given to this person anywhere in the article."""
        return self._summary(name)[:2]


def name_book(blocks: list, parse=parse_mention) -> NameBook:
    """Every person named anywhere in these prose blocks, in order, with the title an appositive gives
    ("Lithuania's defence minister, Laurynas Kasparaitis", "Col. Ana Ruiz, a spokesperson for X")."""
    book = NameBook()
    described = None  # a speaker the paragraph before gave by title only, and where that title ends
    for block in blocks:
        text = block.text_normalised
        masked = attr.mask_abbreviations(text)
        body = _briefing_body(text, parse)
        here = _described(text, parse)  # this paragraph opens with a title only: it names its holder later
        titled = {m["name"]: who for m in _TITLE_THEN_NAME.finditer(masked)
                  for who in [parse(m["who"])] if who.kind == "person" and who.role and not who.name}
        for start, end in name_runs(masked):  # "Lt. Col. X" one run: abbreviation stops masked
            mention = _with_appositives(text, masked, start, end, parse)
            if body and mention.kind == "person" and mention.name and not mention.affiliation \
                    and masked.rfind(" by ", 0, start) >= 0:
                mention = replace(mention, affiliation=body)  # "Department of Defense Press Briefing by X"
            giver = here if here and start >= here[1] else described
            title = titled.get(text[start:end]) or (giver[0] if giver else None)
            if title and mention.kind == "person" and mention.name and (not mention.role or is_rank_only(mention.role)) \
                    and not book.knows(mention.name):
                # "The Kremlin's top foreign policy adviser said ..." then "... Yury Ushakov told reporters"
                mention = replace(mention, role=title.role, affiliation=mention.affiliation or title.affiliation,
                                  country=mention.country or title.country)
                if giver and giver is here:
                    here = None
                elif giver:
                    described = None
            book.add(mention)
        described = here
    return book


def _described(text: str, parse):
    """(mention, end) for a paragraph that opens with a speaker given by title only, or None."""
    subject = _DESCRIBED_SPEAKER.match(text)
    described = parse(subject["who"]) if subject else None
    if described is None or described.kind != "person" or described.name or not described.role:
        return None
    return described, subject.end()


# "..., said the Georgian Defence Ministry's deputy spokeswoman. Nino K added": a title, then its holder's name.
_TITLE_THEN_NAME = re.compile(
    r"\b(?:said|says|told\s+\w+|added|warned)\s+(?P<who>(?:the|a|an)\s+[^.;:\"\u201c\u201d,]{3,90}?)\.\s+"
    r"(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,3})\s+(?:said|says|added|told|warned|stressed)\b")


# A paragraph that opens with a speaker given by title only: "The Kremlin's top foreign policy adviser said".
_DESCRIBED_SPEAKER = re.compile(
    r"(?P<who>(?:The|A|An)\s+(?:[\w.-]+\s+){0,3}?(?:[\w.-]+['\u2019]s\s+)?(?:[a-z][\w-]*\s+){0,4}[a-z][\w-]*)\s+"
    r"(?:said|says|told|added|warned|stressed|noted|spoke|addressed|briefed|visited|met)\b")


_APPOSITIVE_END = re.compile(r"[,;:.!?\"\u201c\u201d()\u2014]")


APPOSITIVE_REACH = 160   # characters an appositive may run on either side of a name


def _segment_after(masked: str, start: int) -> tuple[int, int] | None:
    """The comma-delimited segment that starts at `start` (after ", "), as (start, end), or None."""
    if masked[start - 1:start] != "," and masked[start - 2:start] != ", ":
        return None
    begin = start + (1 if masked[start:start + 1] == " " else 0)
    match = _APPOSITIVE_END.search(masked, begin, begin + APPOSITIVE_REACH)
    end = match.start() if match else min(len(masked), begin + APPOSITIVE_REACH)
    return (begin, end) if masked[begin:end].strip() else None


def _with_appositives(text: str, masked: str, start: int, end: int, parse) -> Mention:
    """A name run read with a title set off by commas before it or after it, when there is one."""
    mention = parse(text[start:end])
    if mention.kind != "person" or not mention.name:
        return mention
    if masked[start - 2:start] == ", ":  # "Somalia's national security adviser, Farah Y"
        floor = max(0, start - 2 - APPOSITIVE_REACH)
        cut = max((m.end() for m in _APPOSITIVE_END.finditer(masked, floor, start - 2)), default=floor)
        before_text = _title_before(text[cut:start - 2], parse)
        if before_text:
            mention = parse(before_text + ", " + text[start:end])
    first = _segment_after(masked, end + 1) if masked[end:end + 1] == "," else None
    if first and re.match(r"(?:and|or|but|whose|which|where|when)\b", masked[first[0]:first[1]]):
        first = None  # "X, and the ministry's spokeswoman, Y": the next person, not X's title
    if first:
        one = parse(text[start:end] + ", " + text[first[0]:first[1]])
        if one.name == mention.name and one.role and not parse(text[first[0]:first[1]]).name:
            mention = replace(one, role=better_role(one.role, mention.role),
                              affiliation=one.affiliation or mention.affiliation)
            second = _segment_after(masked, first[1] + 1) if masked[first[1]:first[1] + 1] == "," else None
            if second and masked[second[0]:second[0] + 1].isupper():  # "..., Deputy Director for Operations, Joint Staff"
                two = parse(text[start:end] + ", " + text[first[0]:first[1]] + ", " + text[second[0]:second[1]])
                if two.name == one.name and two.role == one.role and two.affiliation \
                        and two.affiliation.startswith(one.affiliation):
                    mention = replace(mention, affiliation=two.affiliation)
    return mention


def _title_before(text: str, parse) -> str:
    """The title that ends a stretch of text, the whole stretch or its tail from a determiner on
    ("... given by the commander of the Operations Command" -> "the commander of the Operations Command")."""
    for match in list(re.finditer(r"\b(?:the|a|an)\s", text))[::-1][:4]:
        tail = parse(text[match.start():])
        if tail.kind == "person" and not tail.name and tail.role:
            return text[match.start():]
    whole = parse(text)
    return text if whole.kind == "person" and not whole.name and whole.role else ""


def _briefing_body(text: str, parse) -> str:
    """The institution a heading names as holding a briefing ("Department of Defense Press Briefing by")."""
    match = re.match(r"(?P<body>(?:[A-Z][\w.'\u2019-]*\s+|of\s+|the\s+){1,6}?)(?:Press\s+)?"
                     r"(?:Briefing|Conference|Remarks)\s+(?:by|with)\s", text)
    if not match:
        return ""
    body = parse(match.group("body").strip())
    return match.group("body").strip() if body.kind == "institution" else ""


_ORDINAL = re.compile(r"\d(?:st|nd|rd)")


_TITLE_CASE_VERBS = {"Hold", "Holds", "Host", "Hosts", "Give", "Gives", "Brief", "Briefs", "Discuss", "Discusses",
                     "Deliver", "Delivers", "Meet", "Meets", "Visit", "Visits", "Announce", "Announces", "Speak", "Speaks",
                     "Conduct", "Conducts", "Say", "Says", "Address", "Addresses", "Answer", "Answers", "Welcome", "Welcomes"}


def name_runs(text: str) -> list[tuple[int, int]]:
    """Runs of title and name words ("Russian President Vladimir Putin") in a text."""
    runs, start, end = [], None, None
    for match in re.finditer(r"\S+", text):
        word = match.group()
        bare = word.rstrip(",.;:!?)\"'\u201d\u2019").lstrip("(\"'\u201c\u2018")
        is_part = bool(bare) and (bare[0].isupper() or bare.lower() in ROLE_WORDS
                                  or (start is not None and _ORDINAL.fullmatch(bare)))  # "Sgt. 1st Class"
        if is_part and start is not None and bare in _TITLE_CASE_VERBS:
            is_part = False  # a title-case headline's verb: "... and Lt. Gen. X Hold a Briefing"
        if is_part:
            if start is None:
                start = match.start() + (len(word) - len(word.lstrip("(\"'\u201c\u2018")))
            end = match.start() + (len(word) - len(word.lstrip("(\"'\u201c\u2018"))) + len(bare)
        if start is not None and (not is_part or bare != word):
            runs.append((start, end))
            start = None
    if start is not None:
        runs.append((start, end))
    return runs
