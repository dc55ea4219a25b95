"""Recognise the parts of a pasted news page, line by line (its metadata is read in credits.py, dates in dates.py).

The rules look at the shape of a line (a URL, a date, "By ...", initials with an agency
list, a caption ending in "Image: ...") and at where it stands: before the headline,
in the header, in the body, or after the closing credit. They use no article's words.
"""

import re
from dataclasses import dataclass

from posture.ingest.block_types import TYPE_RULES  # noqa: F401  (the one declaration; shown by notebook 01)
from posture.ingest.dates import is_date_line


# --- what a line looks like -------------------------------------------------------------

_URL = re.compile(r"^(?:https?://|www\.)\S+$")
_NUMBERED_MENU = re.compile(r"^\d{1,2}\.\s+\S.{0,40}$")
_NAV_WORDS = re.compile(
    r"^(?:skip to\b.*|skip links?|.*\bback to (?:home|top)\b.*|navigation menu|main menu|menu|home|search"
    r"|log ?in|sign ?in|sign up|subscribe|newsletters?|share|print|advertisement|close|accept( all)? cookies"
    r"|cookie settings|live tv|watch live|more|share (?:this|on) \w+|share this|most (?:read|popular|viewed|shared)"
    r"|comments?|print this(?: article| page)?|e-?mail this(?: article)?|listen(?: to this article)?"
    # a sign-up or consent line: "Sign up for our daily newsletter", "We use cookies to improve ..."
    r"|(?:sign up|subscribe|register)\b.{0,60}\b(?:newsletters?|alerts?|updates|briefing)\b.*"
    r"|.{0,40}\b(?:we|this (?:site|website)) uses? cookies\b.*"
    r"|.*\benable javascript\b.*"
    # a release's or transcript's label: "PRESS RELEASE", "Release No. 25-018", "Press Release 07/22", "Unofficial translation"
    r"|(?:press|news|media) release|for immediate release|(?:unofficial|official) (?:english )?translation|transcript"
    r"|(?:(?:press|news|media) )?release(?: no\.?| number)?\s*[\d][\w/.-]*)$",
    re.I,
)
# "Defence, Estonia, NATO, United Kingdom": a page's topic tags, four or more short names and commas.
_TAG_LIST = re.compile(r"^(?:tags?\s*:\s*)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}(?:\s*,\s*[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}){3,}$")
_BYLINE = re.compile(r"^(?:(?:posted|written|words|reported|filed) )?by\s+[A-Z][^!?]{1,120}$", re.I)
# Menus and breadcrumbs: short parts set apart by a bar, a chevron, a bullet or a slash, or
# (three or more parts) by runs of two or more spaces: "World | Asia", "Home › Africa",
# "News  Local  Defence  Sport". Only lines of at most _MENU_MAX characters are split.
_MENU_MAX = 160
_MENU_SYMBOL = re.compile(r"\s[|\u203a\u00bb>\u00b7\u2022/]\s")
_MENU_SPACES = re.compile(r"\s\s+")
# "News item | 30-03-2023 | Ministry of Defence": a date among short parts set apart by bars or bullets.
_BAR = re.compile(r"\s[|\u00b7\u2022]\s")
# "Related", "Read more", "More on this story": the heading of a list of links.
_LINKS_HEADING = re.compile(
    r"^(?:related(?: stories| articles| content| coverage| news| topics| links| reading)?|read more|read next"
    r"|more on this(?: story| topic| subject)?|more (?:stories|news) from .{1,40}|also read|read also|see also"
    r"|recommended(?: for you| stories)?|you (?:may|might) also like|further reading|latest(?: news| stories)?"
    r"|trending(?: now)?|top stories)\s*:?$",
    re.I,
)
# "Ends", "-- END --", "(END)", "###", "-30-", a rule of dashes: the end of a release, story or transcript;
# an editor's sign-off of initials ("doc/jk/axb", "sst/mlm").
_END_MARK = re.compile(
    r"^(?:[-\u2013\u2014#*=_~() ]*(?:ends?|end of (?:release|transcript|statement|story|text)|-30-)[-\u2013\u2014#*=_~() ]*"
    r"|[-\u2013\u2014#*=_~ ]{3,}|[a-z]{2,4}(?:[-/][a-z]{2,4}){0,4}/[a-z]{2,4})$",
    re.I,
)
# "(Release ID: 1520417)", "(Ref: MOD/22/114)": a bracketed label and a value.
_BRACKET_LABEL = re.compile(r"^\([A-Z][\w .'\-]{0,30}:\s*[^\s()][^()]{0,40}\)$")
# "For further information contact ...", "Media enquiries: ...": the issuer's contact.
_CONTACT = re.compile(
    r"^(?:for (?:further|more) information|further information\s*:|(?:media|press) (?:contacts?|enquiries|inquiries)\b"
    r"|contacts?\s*:|notes? to editors\b|sources?\s*:)",
    re.I,
)
# A photo credit on a line of its own: "Photo: AP", "Tribune photo / Jane Roe", "(Getty Images)".
_CREDIT_LINE = re.compile(
    r"^(?:\(?\s*(?:photo|image|picture|photograph|foto|credit)s?\s*(?::|by\b)\s*[^\s.!?][^.!?]{0,60}"
    r"|[^.!?:]{1,40}\b(?:photo|photograph|picture|image)s?\s*(?:/|:|by\b)\s*[^\s.!?][^.!?]{0,60}"
    r"|\(?[^.!?()]{0,40}\bgetty images\b[^.!?()]{0,30}\)?)$",
    re.I,
)
# "Photo: Soldiers board a ferry on Monday. (Jane Roe)": a caption introduced by its marker.
_MARKED_CAPTION = re.compile(r"^(?:photo|image|picture|photograph)s?\s*:\s*\S+(?:\s+\S+){3}", re.I)
# "Jane Doe in Kyiv", "Jane Doe and John Roe": a name line without "By" (header only).
_PERSON = r"[A-Z][a-z'\-]+(?: [A-Z][a-z'\-]+| [A-Z]\.){1,3}(?: in [A-Z][a-z]+(?: [A-Z][a-z]+)?)?"
NAME_LINE = re.compile(
    rf"^{_PERSON}(?:(?:,| and|, and) {_PERSON})*"
    r"(?: [\u00b7|\u2022] .{1,40}| (?:[a-z]+ )?(?:correspondent|editor|reporter|writer))?$"
)
_READING_TIME = re.compile(r"^\d+[ -]min(?:ute)?s?(?: read)?$", re.I)
AGENCY_CREDIT = re.compile(r"^(?P<initials>[a-z]{1,4}(?:\s*[,/&]\s*[a-z]{1,4})*)\s*\((?P<agencies>[^()]{2,80})\)$")
_PEOPLE_CREDIT = re.compile(
    r"^\(?\s*(?:additional )?(?:reporting|writing|editing|compiled|reported)(?: by\b|\s*:)", re.I
)
# Notes on the story itself, and a wire sign-off: "This article was first published in Italian", "The views
# expressed are the author's own", "--Anna Kask, Valletta".
_STORY_NOTE = re.compile(
    r"^(?:(?i:this (?:article|story|report|piece) (?:was|is|has been) (?:first |originally )?(?:published|written|produced|"
    r"translated|corrected|updated|amended)\b|(?:the )?(?:views|opinions) expressed\b|(?:correction\s*:\s*)?an earlier version of this\b|"
    r"correction\s*:)"
    r"|[-\u2013\u2014]{1,2}\s*[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3}(?:\s*,\s*[A-Z][\w'\u2019 -]{1,30})?$)")
# The writer's note under a story: "Anna Kask is a defence correspondent based in Valletta."
_WRITER_NOTE = re.compile(
    r"^[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,3}\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:correspondent|reporter|journalist|editor|writer|columnist|contributor|producer|freelancer)\b")
_CONTRIBUTED = re.compile(r"\bcontributed(?: to(?: this)? (?:report|reporting|story))?\.?\)?$", re.I)
_COPYRIGHT = re.compile(r"^(?:copyright\b|©|\(c\)\s)|all rights reserved", re.I)
_RELATED_MARKER = re.compile(r"^(?:read more|related|also read|read also|see also|more on this|watch)\s*[:|\-\u2013\u2014]", re.I)
_PHOTO_CREDIT = re.compile(
    r"(?P<credit>(?:Image|Photo|Picture|Photograph|Credit|Foto|Bild)s?:\s*[^\s.!?][^.!?]{0,80}"
    r"|\((?:[A-Z][\w.&'\u2019-]{1,20} ){0,3}(?:[Pp]hoto|[Ii]mage|[Pp]icture)s?\b[^()]{0,80}\))$"
)
DATELINE = re.compile(  # "WASHINGTON (AP) —", "BERLIN, Feb 7 (Reuters) -", "RIGA —", "Bucharest (AFP) —",
    # "MURMANSK, March 3. /TASS/.", "LAGOS, May 2, 2019 (AFP) -"
    r"^(?P<place>[A-Z][A-Z .'\-]{1,40}?|[A-Z][a-z]+(?=\s*\((?:AP|AFP|dpa|Reuters|EFE|ANSA|PAP|UPI)\)))"
    r"(?:,\s*[A-Z][\w .]{1,30}?)?(?:,\s*\w{3,9}\.? \d{1,2}(?:,? \d{4})?)?"
    r"(?:\s*(?:\((?P<agency>[A-Za-z]{2,10})\))?\s*[-\u2013\u2014]\s|\.?\s*/(?P<slashed>[A-Za-z]{2,10})/\.?\s)"
)
_SENTENCE_END = ".!?,;:"
_CLOSERS = "\"'\u201d\u2019)]"
KNOWN_AGENCIES = {
    name.lower(): name
    for name in ["AP", "AFP", "Reuters", "dpa", "EFE", "ANSA", "KNA", "epd", "Xinhua", "TASS",
                 "PAP", "UPI", "Bloomberg", "ANP", "APA", "Belga", "Ukrinform", "Yonhap", "Kyodo"]
}
KNOWN_AGENCIES["associated press"] = "AP"
KNOWN_AGENCIES["agence france-presse"] = "AFP"


def ends_like_sentence(text: str) -> bool:
    return text.rstrip(_CLOSERS + " ")[-1:] in _SENTENCE_END


def looks_like_title(text: str) -> bool:
    """Short, and not ended like a sentence: a headline, sub-heading or related link."""
    return len(text.split()) <= 14 and len(text) <= 110 and not ends_like_sentence(text)


def credit_split(text: str) -> int | None:
    """Where a photo credit glued to the end of a caption starts, if there is one."""
    match = _PHOTO_CREDIT.search(text)
    return match.start("credit") if match else None


# --- typing the lines ---------------------------------------------------------------------

@dataclass(frozen=True)
class TypedBlock:
    line: int
    type: str
    start: int
    end: int


@dataclass(frozen=True)
class _Line:
    number: int
    start: int
    end: int
    text: str


_LINE_BREAK = re.compile(r"\r\n|\r|\n")  # Unix, Windows and old Mac line ends alike


def _lines(text: str) -> list[_Line]:
    """Each line's trimmed span (a blank line keeps its full span, less its line end)."""
    starts = [0] + [match.end() for match in _LINE_BREAK.finditer(text)]
    ends = [match.start() for match in _LINE_BREAK.finditer(text)] + [len(text)]
    if len(starts) > 1 and starts[-1] == len(text):
        starts.pop(), ends.pop()  # the end of the last line, not a line of its own
    lines = []
    for number, (start, end) in enumerate(zip(starts, ends), start=1):
        content = text[start:end]
        stripped = content.strip()
        lead = len(content) - len(content.lstrip())
        if stripped:
            lines.append(_Line(number, start + lead, start + lead + len(stripped), stripped))
        else:
            lines.append(_Line(number, start, end, ""))
    return lines


def _groups(lines: list[_Line]) -> list[list[_Line]]:
    """Runs of consecutive non-blank lines."""
    groups, current = [], []
    for line in lines:
        if line.text:
            current.append(line)
        elif current:
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    return groups


_OUTLET_WORDS = re.compile(
    r"\b(?:News|Times|Daily|Post|Herald|Observer|Tribune|Gazette|Journal|Service|Agency|Online|Media|Network|Radio|"
    r"Television|Press|Chronicle|Courier|Telegraph|Mail|Express|Monitor|Review|Record|Broadcasting|Edition)\b")
_SMALL_WORDS = frozenset("a an and the of for in on at to by - | \u2013 \u2014 & de la".split())


def is_site_name(text: str) -> bool:
    """An outlet's name line above the headline: title case, no digits, a part ending in an outlet word
    ("The Pacific Daily Observer - Regional News Service", "Defence News")."""
    words_ = text.split()
    parts = [part.strip() for part in re.split(r"\s[-|\u2013\u2014]\s", text)]
    return (any(_OUTLET_WORDS.search(part.split()[-1]) for part in parts if part) and not re.search(r"\d", text)
            and len(words_) <= 12 and all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in words_))


def is_menu_line(text: str) -> bool:
    """Short parts, none ended like a sentence, set apart by bars, chevrons, bullets or slashes
    (two or more parts of at most four words) or by runs of spaces (three or more parts of at
    most three words): "World | Asia", "Home › Africa", "News  Local  Defence  Sport"."""
    if len(text) > _MENU_MAX:
        return False
    for separator, most_words, fewest_parts in ((_MENU_SYMBOL, 4, 2), (_MENU_SPACES, 3, 3)):
        parts = [part.strip() for part in separator.split(text)]
        if (len(parts) >= fewest_parts and all(parts)
                and all(len(part.split()) <= most_words and not ends_like_sentence(part) for part in parts)):
            return True
    return False


_META_PART = re.compile(r"\b(?:published|updated|comments?|min(?:ute)?s? read|views|from (?:our|the) archives?)\b", re.I)


def _is_meta_parts(text: str) -> bool:
    """"From our archive · Originally published 31 July 1987 · 2 comments": a page's facts about the story."""
    if len(text) > _MENU_MAX or not _BAR.search(text):
        return False
    parts = [part.strip() for part in _BAR.split(text)]
    return sum(bool(_META_PART.search(part)) for part in parts) >= 2 and all(len(part.split()) <= 6 for part in parts)


def _is_dated_parts(text: str) -> bool:
    """"News item | 30-03-2023 | Ministry of Defence": one part a date, the others short."""
    if len(text) > _MENU_MAX or not _BAR.search(text):
        return False
    parts = [part.strip() for part in _BAR.split(text)]
    dated = [is_date_line(part) for part in parts]
    return any(dated) and all(d or (part and len(part.split()) <= 5) for part, d in zip(parts, dated))


def is_credit_line(text: str) -> bool:
    """A photo credit standing on a line of its own."""
    return len(text) <= 100 and bool(_CREDIT_LINE.match(text))


def _fixed_type(text: str, region: str) -> str | None:
    """Types a line's shape decides whatever its neighbours are."""
    if _URL.match(text):
        return "short_link"
    if _NAV_WORDS.match(text) or _END_MARK.match(text) or _BRACKET_LABEL.match(text):
        return "navigation"
    if region == "top" and (_NUMBERED_MENU.match(text) or text.count(" | ") >= 2 or is_menu_line(text) or _TAG_LIST.match(text)
                            or _LINKS_HEADING.match(text) or is_site_name(text)):
        return "navigation"
    if region != "body" and _READING_TIME.match(text):
        return "navigation"
    if AGENCY_CREDIT.match(text) or _PEOPLE_CREDIT.match(text) or (_CONTRIBUTED.search(text) and len(text) < 250) \
            or (region == "body" and _STORY_NOTE.match(text) and len(text) < 250):
        return "credit"
    if _CONTACT.match(text) and len(text) < 250:
        return "credit"
    if _COPYRIGHT.search(text) and len(text) < 250:
        return "copyright"
    if _RELATED_MARKER.match(text) or _LINKS_HEADING.match(text):
        return "related"
    if region != "top" and is_credit_line(text):
        return "photo_credit"
    if _MARKED_CAPTION.match(text):
        return "caption"
    if region != "body" and is_date_line(text):
        return "date"
    if region == "body" and len(text.split()) <= 8 and not ends_like_sentence(text) and is_date_line(text):
        return "date"  # "Last updated: 17 March 2026" under the body
    if region != "body" and _BYLINE.match(text) and len(text.split()) <= 16:
        return "byline"
    if region == "header" and NAME_LINE.match(text):
        return "byline"
    if region != "body" and (_is_dated_parts(text) or _is_meta_parts(text)):
        return "date"
    return None


def _is_furniture(group: list[_Line], following) -> bool:
    """Page furniture between a standfirst and the body: a link, date, byline or picture."""
    if any(_fixed_type(line.text, "header") in {"short_link", "date", "byline"} for line in group):
        return True
    return _picture_types(group, following) is not None


def _before_furniture(groups: list[list[_Line]], index: int) -> bool:
    """Whether groups[index] is the header's last line above furniture, or above the dateline that opens the story."""
    if index + 1 >= len(groups):
        return False
    after = groups[index + 2] if index + 2 < len(groups) else None
    return _is_furniture(groups[index + 1], after) or bool(DATELINE.match(groups[index + 1][0].text))


def _picture_types(group: list[_Line], following=None) -> list[str] | None:
    """Alt text + caption (+ glued credit), or a lone captioned line; None if not a picture.

    An unpunctuated line directly above a credited caption is that picture's alt text.
    """
    texts = [line.text for line in group]
    if (len(texts) == 2 and not ends_like_sentence(texts[0]) and texts[1][:1].isupper()
            and (len(texts[1].split()) >= 5 or credit_split(texts[1]) is not None)):
        return ["image_alt", "caption"]  # a caption is a sentence or carries a credit: not "Press Office"
    if len(texts) == 1 and credit_split(texts[0]) is not None:
        return ["caption"]
    if (len(texts) == 1 and following and len(following) == 1 and looks_like_title(texts[0])
            and credit_split(following[0].text) is not None):
        return ["image_alt"]
    return None


def _caption_blocks(line: _Line) -> list[TypedBlock]:
    """A caption, split from the photo credit glued to its end."""
    cut = credit_split(line.text)
    if cut is None:
        return [TypedBlock(line.number, "caption", line.start, line.end)]
    if not line.text[:cut].strip():
        return [TypedBlock(line.number, "photo_credit", line.start, line.end)]
    caption_end = line.start + len(line.text[:cut].rstrip())
    return [
        TypedBlock(line.number, "caption", line.start, caption_end),
        TypedBlock(line.number, "photo_credit", line.start + cut, line.end),
    ]


def type_lines(text: str) -> list[TypedBlock]:
    """Every line of a pasted article with its block type, in order."""
    lines = _lines(text)
    # A run of more than three lines with no blank line between them (a page pasted
    # without blank lines, or a menu, header or link list): each line stands alone.
    groups = [part for group in _groups(lines) for part in ([[line] for line in group] if len(group) > 3 else [group])]
    types: dict[int, list[TypedBlock]] = {}
    region, have_standfirst = "top", False  # top -> header -> body -> tail
    in_links = False  # under a "Related" or "Read more" heading
    following = groups[1:] + [None]
    tops: dict[int, str | None] = {}  # _fixed_type(text, "top") of the lines _headline_line read
    headline = _headline_line(groups, tops)
    for index, group in enumerate(groups):
        prose = []
        for line in group:
            if region == "top" and headline is not None:  # the lines down to the headline
                top = tops[line.number] if line.number in tops else _fixed_type(line.text, "top")
                kind = "headline" if line.number == headline else top or "navigation"
                types[line.number] = [TypedBlock(line.number, kind, line.start, line.end)]
                region = "header" if line.number == headline else region
                continue
            fixed = _fixed_type(line.text, region)
            if fixed is None:
                if in_links and _is_link_title(line.text):
                    types[line.number] = [TypedBlock(line.number, "related", line.start, line.end)]
                    continue
                in_links = False
                prose.append(line)
                continue
            types[line.number] = [TypedBlock(line.number, fixed, line.start, line.end)]
            if fixed == "related":
                in_links = in_links or _is_links_heading(line.text)
            if fixed in {"credit", "copyright"} and not _CONTACT.match(line.text):
                region = "tail"
            if fixed == "navigation" and region != "top" and _END_MARK.match(line.text):
                region = "tail"
            if fixed == "byline":
                have_standfirst = True  # a standfirst comes before the byline, never after
        if not prose:
            continue
        picture = _picture_types(prose, following[index]) if region != "top" else None
        if picture:
            for line, kind in zip(prose, picture):
                types[line.number] = _caption_blocks(line) if kind == "caption" else [
                    TypedBlock(line.number, kind, line.start, line.end)]
            continue
        with_byline = any(t[0].type == "byline" for line in group for t in [types.get(line.number, [None])] if t[0])
        for line in prose:
            if region == "header" and looks_like_title(line.text) and len(line.text.split()) <= 4:
                kind = "byline" if with_byline else "navigation"  # "Defence correspondent", "BBC News"
            else:  # the next group's furniture is read only where it decides a standfirst
                standfirst_open = region == "header" and not have_standfirst
                kind, region, have_standfirst = _prose_type(line.text, region, have_standfirst,
                                                            standfirst_open and _before_furniture(groups, index))
            types[line.number] = [TypedBlock(line.number, kind, line.start, line.end)]
    blocks = []
    for line in lines:
        blocks.extend(types.get(line.number, [TypedBlock(line.number, "blank", line.start, line.end)]))
    return _after_the_body(_writer_note_last(_captions_over_credits(blocks), text))


def _is_links_heading(text: str) -> bool:
    """"Related", "Read more:", "More on this story": a heading with the links under it."""
    return bool(_LINKS_HEADING.match(text)) or not _RELATED_MARKER.sub("", text, count=1).strip()


def _is_link_title(text: str) -> bool:
    """A line a list of links holds: a title, or a question of a title's length."""
    return looks_like_title(text) or (len(text.split()) <= 14 and len(text) <= 110 and text.rstrip(_CLOSERS)[-1:] == "?")


def _captions_over_credits(blocks: list[TypedBlock]) -> list[TypedBlock]:
    """A line of running text directly above a photo-credit line is that photo's caption."""
    out = list(blocks)
    for index in range(1, len(out)):
        credit, above = out[index], out[index - 1]
        if (credit.type == "photo_credit" and above.line == credit.line - 1
                and above.type in {"body", "subheading", "standfirst"}):
            out[index - 1] = TypedBlock(above.line, "caption", above.start, above.end)
    return out


def _writer_note_last(blocks: list[TypedBlock], text: str) -> list[TypedBlock]:
    """The last paragraph is the writer's note, not the story, when it says who the writer is."""
    last_body = max((index for index, block in enumerate(blocks) if block.type == "body"), default=None)
    if last_body is None or not _WRITER_NOTE.match(text[blocks[last_body].start:blocks[last_body].end]):
        return blocks
    block = blocks[last_body]
    return blocks[:last_body] + [TypedBlock(block.line, "credit", block.start, block.end)] + blocks[last_body + 1:]


def _after_the_body(blocks: list[TypedBlock]) -> list[TypedBlock]:
    """A title-like line after the last paragraph heads nothing: it is a link, not a sub-heading."""
    last_body = max((index for index, block in enumerate(blocks) if block.type == "body"), default=None)
    if last_body is None:
        return blocks

    return blocks[: last_body + 1] + [
        TypedBlock(block.line, "related", block.start, block.end) if block.type == "subheading" else block
        for block in blocks[last_body + 1:]
    ]


def _headline_line(groups: list[list[_Line]], tops: dict | None = None) -> int | None:
    """The headline among the title-like lines before the first paragraph: the first of
    five or more words (menus and site names are shorter), else the last one. A byline,
    date or link ends the search, unless every title-like line so far is of one to three
    words (a site's name or "Media release" above a date, the headline under it). None if
    the page opens with running text. `tops`, if given, keeps each line's top type read on the way."""
    candidates = []
    for index, group in enumerate(groups):
        for line in group:
            fixed = _fixed_type(line.text, "top")
            if tops is not None:
                tops[line.number] = fixed
            if fixed == "navigation":
                if len(candidates) == 1 and candidates[0].number == line.number - 1 and is_menu_line(line.text):
                    candidates.pop()  # the site's or issuer's name, straight above its menu
                continue
            if fixed is not None:
                if all(len(c.text.split()) <= 3 for c in candidates):
                    continue
                return _pick_headline(candidates)
            if not _headline_shape(line.text):
                following = groups[index + 1][0].text if index + 1 < len(groups) and len(group) == 1 else ""
                if not candidates and _headline_shape(line.text.rstrip(".?!"), LONGEST_HEADLINE) and _opens_story(following):
                    return line.number  # "Why is Britain sending 900 troops to Estonia?", or a long title, above its byline
                return _pick_headline(candidates)
            candidates.append(line)
    return _pick_headline(candidates)


LONGEST_HEADLINE = 32  # words: a wire or agency title above its byline or dateline may run long


def _opens_story(text: str) -> bool:
    """A byline, a date, a dateline paragraph, or a paragraph of sentences: what follows a headline."""
    return bool(text) and (_fixed_type(text, "header") in ("byline", "date") or bool(DATELINE.match(text))
                           or (ends_like_sentence(text) and len(text.split()) >= 12))


def _headline_shape(text: str, words: int = 20) -> bool:
    """Not ended like a sentence, and no longer than a long headline (20 words; 32 for the page's first
    line when a byline, date or dateline follows it)."""
    return len(text.split()) <= words and len(text) <= 8 * words and not ends_like_sentence(text)


def _pick_headline(candidates: list[_Line]) -> int | None:
    long = [line.number for line in candidates if len(line.text.split()) >= 5]
    if long:
        return long[0]
    return candidates[-1].number if candidates else None


def _prose_type(text: str, region: str, have_standfirst: bool, before_furniture: bool) -> tuple[str, str, bool]:
    """The type of a line of running text, and the region that follows it."""
    if region == "top":
        if looks_like_title(text):
            return "headline", "header", have_standfirst
        return "body", "body", have_standfirst
    if region == "header":
        if not have_standfirst and before_furniture and not DATELINE.match(text):
            return "standfirst", "header", True
        region = "body"
    if region == "tail":
        return ("related" if looks_like_title(text) else "navigation"), region, have_standfirst
    if looks_like_title(text) and text[:1].isupper() and not text.startswith(("\"", "\u201c")):
        return "subheading", region, have_standfirst
    return "body", region, have_standfirst


# --- metadata -----------------------------------------------------------------------------


