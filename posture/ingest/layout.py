"""Recognise the parts of a pasted news page, line by line, and read its metadata.

The rules look at the shape of a line (a URL, a date, "By ...", initials with an agency
list, a caption ending in "Image: ...") and at where it stands: before the headline,
in the header, in the body, or after the closing credit. They use no article's words.
"""

import re
from dataclasses import dataclass
from datetime import date

# What each block type is, and the rule that recognises it (shown to readers).
TYPE_RULES = {
    "navigation": "site links before the headline: numbered menu items, 'Skip to ...', 'A | B | C' menus, reading times",
    "headline": "the first short line of running text, not ended like a sentence",
    "byline": "'By ...' (or a bare name line) in the header",
    "date": "a line that holds a date and nothing else but times, weekdays and 'Updated'",
    "standfirst": "the header's line of running text directly above a link, date, byline or picture",
    "short_link": "a line that is a single web address",
    "image_alt": "an unpunctuated line directly above its caption",
    "caption": "the line under a picture's alt text, or a line ending in a photo credit",
    "photo_credit": "'Image: ...', 'Photo: ...', 'Photograph: ...' glued to a caption's end",
    "subheading": "a short line standing alone in the body, not ended like a sentence",
    "body": "running text of the article",
    "credit": "author initials with an agency list, 'Reporting by ...', '... contributed to this report'",
    "copyright": "'Copyright ...', '(c)', 'All rights reserved'",
    "related": "'Read more: ...', or a title after the closing credit",
    "blank": "an empty line",
}


# --- what a line looks like -------------------------------------------------------------

MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
         ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
         ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"), ("december", "dec")],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_PATTERNS = [
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d{2})\b", re.I),
    re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>(?:19|20)\d{2})\b", re.I),
    re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<mon>\d{2})-(?P<day>\d{2})\b"),
    re.compile(r"\b(?P<day>\d{1,2})\.(?P<mon>\d{1,2})\.(?P<year>(?:19|20)\d{2})\b"),
]
_YEAR = re.compile(r"(?:19|20)\d{2}")
_DATE_LEFTOVERS = re.compile(
    r"\b(?:published|updated|last|posted|first|date|on|at|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b"
    r"|\b\d+\s+(?:hours?|minutes?|mins?|days?)\s+ago\b|\b\d{1,2}[:.]\d{2}\b|\b(?:a\.m\.|p\.m\.|am|pm)|\b(?:gmt|utc|cet|cest|est|edt|et|bst|pst|pdt|msk)\b"
    r"|[\s|,.:;·•\-\u2013\u2014()]",
    re.I,
)
_URL = re.compile(r"^(?:https?://|www\.)\S+$")
_NUMBERED_MENU = re.compile(r"^\d{1,2}\.\s+\S.{0,40}$")
_NAV_WORDS = re.compile(
    r"^(?:skip to\b.*|skip links?|.*\bback to (?:home|top)\b.*|navigation menu|main menu|menu|home|search"
    r"|log ?in|sign ?in|sign up|subscribe|newsletters?|share|print|advertisement|close|accept( all)? cookies"
    r"|cookie settings|live tv|watch live|more)$",
    re.I,
)
_BYLINE = re.compile(r"^by\s+[A-Z][^!?]{1,120}$", re.I)
# "Jane Doe in Kyiv", "Jane Doe and John Roe": a name line without "By" (header only).
_PERSON = r"[A-Z][a-z'\-]+(?: [A-Z][a-z'\-]+| [A-Z]\.){1,3}(?: in [A-Z][a-z]+(?: [A-Z][a-z]+)?)?"
_NAME_LINE = re.compile(
    rf"^{_PERSON}(?:(?:,| and|, and) {_PERSON})*"
    r"(?: [\u00b7|\u2022] .{1,40}| (?:[a-z]+ )?(?:correspondent|editor|reporter|writer))?$"
)
_READING_TIME = re.compile(r"^\d+[ -]min(?:ute)?s?(?: read)?$", re.I)
_AGENCY_CREDIT = re.compile(r"^(?P<initials>[a-z]{1,4}(?:\s*[,/&]\s*[a-z]{1,4})*)\s*\((?P<agencies>[^()]{2,80})\)$")
_PEOPLE_CREDIT = re.compile(
    r"^\(?\s*(?:additional )?(?:reporting|writing|editing|compiled|reported)(?: by\b|\s*:)", re.I
)
_CONTRIBUTED = re.compile(r"\bcontributed(?: to(?: this)? (?:report|reporting|story))?\.?\)?$", re.I)
_COPYRIGHT = re.compile(r"^(?:copyright\b|©|\(c\)\s)|all rights reserved", re.I)
_RELATED_MARKER = re.compile(r"^(?:read more|related|also read|read also|see also|more on this|watch)\s*[:|\-\u2013\u2014]", re.I)
_PHOTO_CREDIT = re.compile(
    r"(?P<credit>(?:Image|Photo|Picture|Photograph|Credit|Foto|Bild)s?:\s*[^\s.!?][^.!?]{0,80}"
    r"|\((?:[A-Z]{2,8} )?(?:Photo|Image|Picture)s?\b[^()]{0,80}\))$"
)
_DATELINE = re.compile(  # "WASHINGTON (AP) —", "BERLIN, Feb 7 (Reuters) -", "RIGA —", "Bucharest (AFP) —"
    r"^(?P<place>[A-Z][A-Z .'\-]{1,40}?|[A-Z][a-z]+(?=\s*\((?:AP|AFP|dpa|Reuters|EFE|ANSA|PAP|UPI)\)))"
    r"(?:,\s*[A-Z][\w .]{1,30}?)?(?:,\s*\w{3,9}\.? \d{1,2})?\s*(?:\((?P<agency>[A-Za-z]{2,10})\))?\s*[-\u2013\u2014]\s"
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


def find_dates(text: str) -> list[tuple[re.Match, str]]:
    """Every date in text with its ISO form, in order; impossible dates are skipped."""
    if not _YEAR.search(text):
        return []  # every date pattern has a year
    found = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            parts = match.groupdict()
            month = MONTHS[parts["month"].lower()] if parts.get("month") else int(parts["mon"])
            try:
                found.append((match, date(int(parts["year"]), month, int(parts["day"])).isoformat()))
            except ValueError:
                continue
    return sorted(found, key=lambda item: item[0].start())


def is_date_line(text: str) -> bool:
    dates = find_dates(text)
    if not dates:
        return False
    rest = text
    for match, _ in reversed(dates):
        rest = rest[: match.start()] + " " + rest[match.end():]
    rest = re.sub(r"\b[A-Z]{2,4}\b", "", rest)  # time zones and places: "11:32, UK", "4:00 AM ET"
    return not _DATE_LEFTOVERS.sub("", rest)


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


def _lines(text: str) -> list[_Line]:
    """Each line's trimmed span (a blank line keeps its full span, less any CR)."""
    contents = text.split("\n")
    if len(contents) > 1 and contents[-1] == "":
        contents.pop()  # the end of the last line, not a line of its own
    lines, start = [], 0
    for number, content in enumerate(contents, start=1):
        stripped = content.strip()
        lead = len(content) - len(content.lstrip())
        if stripped:
            lines.append(_Line(number, start + lead, start + lead + len(stripped), stripped))
        else:
            lines.append(_Line(number, start, start + len(content.rstrip("\r")), ""))
        start += len(content) + 1
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


def _fixed_type(text: str, region: str) -> str | None:
    """Types a line's shape decides whatever its neighbours are."""
    if _URL.match(text):
        return "short_link"
    if region == "top" and (_NUMBERED_MENU.match(text) or _NAV_WORDS.match(text) or text.count(" | ") >= 2):
        return "navigation"
    if region != "body" and _READING_TIME.match(text):
        return "navigation"
    if _AGENCY_CREDIT.match(text) or _PEOPLE_CREDIT.match(text) or (_CONTRIBUTED.search(text) and len(text) < 250):
        return "credit"
    if _COPYRIGHT.search(text) and len(text) < 250:
        return "copyright"
    if _RELATED_MARKER.match(text):
        return "related"
    if region != "body" and is_date_line(text):
        return "date"
    if region != "body" and _BYLINE.match(text) and len(text.split()) <= 16:
        return "byline"
    if region == "header" and _NAME_LINE.match(text):
        return "byline"
    return None


def _is_furniture(group: list[_Line], following) -> bool:
    """Page furniture between a standfirst and the body: a link, date, byline or picture."""
    if _fixed_type(group[0].text, "header") in {"short_link", "date", "byline"}:
        return True
    return _picture_types(group, following) is not None


def _picture_types(group: list[_Line], following=None) -> list[str] | None:
    """Alt text + caption (+ glued credit), or a lone captioned line; None if not a picture.

    An unpunctuated line directly above a credited caption is that picture's alt text.
    """
    texts = [line.text for line in group]
    if len(texts) == 2 and not ends_like_sentence(texts[0]) and texts[1][:1].isupper():
        return ["image_alt", "caption"]
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
    groups = _groups(lines)
    if len(groups) == 1 and len(groups[0]) > 3:
        groups = [[line] for line in groups[0]]  # pasted without blank lines: a line is a paragraph
    types: dict[int, list[TypedBlock]] = {}
    region, have_standfirst = "top", False  # top -> header -> body -> tail
    following = groups[1:] + [None]
    furniture = [_is_furniture(group, after) for group, after in zip(groups, following)]
    headline = _headline_line(groups)
    for index, group in enumerate(groups):
        before_furniture = index + 1 < len(groups) and furniture[index + 1]
        prose = []
        for line in group:
            fixed = _fixed_type(line.text, region)
            if fixed is None:
                prose.append(line)
                continue
            types[line.number] = [TypedBlock(line.number, fixed, line.start, line.end)]
            if fixed in {"credit", "copyright"}:
                region = "tail"
            if fixed == "byline":
                have_standfirst = True  # a standfirst comes before the byline, never after
        if not prose:
            continue
        if region == "top" and headline is not None:
            for line in prose:
                kind = "headline" if line.number == headline else "navigation"
                types[line.number] = [TypedBlock(line.number, kind, line.start, line.end)]
                region = "header" if line.number == headline else region
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
            else:
                kind, region, have_standfirst = _prose_type(line.text, region, have_standfirst, before_furniture)
            types[line.number] = [TypedBlock(line.number, kind, line.start, line.end)]
    blocks = []
    for line in lines:
        blocks.extend(types.get(line.number, [TypedBlock(line.number, "blank", line.start, line.end)]))
    return blocks


def _headline_line(groups: list[list[_Line]]) -> int | None:
    """The headline among the title-like lines before the first byline, date, link or
    paragraph: the first of five or more words (menus and site names are shorter), else
    the last one. None if the page opens with running text."""
    candidates = []
    for group in groups:
        for line in group:
            fixed = _fixed_type(line.text, "top")
            if fixed == "navigation":
                continue
            if fixed is not None or not looks_like_title(line.text):
                return _pick_headline(candidates)
            candidates.append(line)
    return _pick_headline(candidates)


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
        if not have_standfirst and before_furniture and not _DATELINE.match(text):
            return "standfirst", "header", True
        region = "body"
    if region == "tail":
        return ("related" if looks_like_title(text) else "navigation"), region, have_standfirst
    if looks_like_title(text) and text[:1].isupper() and not text.startswith(("\"", "\u201c")):
        return "subheading", region, have_standfirst
    return "body", region, have_standfirst


# --- metadata -----------------------------------------------------------------------------

def _agency(name: str) -> str:
    return KNOWN_AGENCIES.get(name.strip().lower(), name.strip())


def _split_names(text: str) -> list[str]:
    parts = re.split(r",|;|\band\b|&", text)
    names = [re.sub(r"\s+in\s+[A-Z][a-z]+(?: [A-Z][a-z]+)?$", "", part.strip(" .()")) for part in parts]
    return [name for name in names if name]


_PROXIED = re.compile(r"^https?://[^/\s]+/(?P<scheme>https?):?/{1,2}(?P<rest>[^/\s]+\.[^\s]+)$", re.I)


def unwrap_url(url: str) -> str:
    """The address behind a proxy prefix: https://proxy:443/https/site/x -> https://site/x."""
    while True:
        match = _PROXIED.match(url)
        if not match:
            return url
        url = f"{match['scheme'].lower()}://{match['rest']}"


def metadata(text: str, blocks: list[TypedBlock]) -> dict:
    """Headline, ISO date, URL, agencies, authors, photo credits and dateline."""
    def texts(kind):
        return [text[block.start:block.end] for block in blocks if block.type == kind]

    agencies, initials, authors, editors = [], [], [], []
    for credit in texts("credit"):
        agency_credit = _AGENCY_CREDIT.match(credit)
        if agency_credit:
            initials += [part for part in re.split(r"[\s,/&]+", agency_credit["initials"]) if part]
            agencies += [_agency(name) for name in _split_names(agency_credit["agencies"].replace("/", ","))]
        for role, names in re.findall(r"(reporting|writing|editing|compiled) by ([^;)]+)", credit, re.I):
            (editors if role.lower() == "editing" else authors).extend(_split_names(names))
    for byline in texts("byline"):
        if not re.match(r"by\s", byline, re.I) and not _NAME_LINE.match(byline):
            continue  # an outlet or a role on its own line: "Stars and Stripes", "Defence correspondent"
        names = re.sub(r"^by\s+", "", byline, flags=re.I)
        names = re.sub(r"\s+[\u00b7|\u2022]\s.*$", "", names)
        names = re.sub(r"\s+(?:[A-Z][a-z]+\s+)?(?:correspondent|editor|reporter|writer)s?$", "", names, flags=re.I)
        names = re.sub(r",?\s+(?:the\s+)?(?:associated press|reuters|afp|bloomberg)$", "", names, flags=re.I)
        for name in _split_names(names):
            if name.lower() in KNOWN_AGENCIES:
                agencies.append(_agency(name))
            elif name.lower() not in {"associated press", "reuters"}:
                authors.append(name)
    dateline = None
    for body in texts("body")[:1]:
        match = _DATELINE.match(body)
        if match:
            dateline = match["place"].strip()
            if match["agency"]:
                agencies.insert(0, _agency(match["agency"]))
    for line in texts("copyright"):
        for name, canonical in KNOWN_AGENCIES.items():
            if re.search(rf"\b{re.escape(name)}\b", line, re.I):
                agencies.append(canonical)
    dates = [iso for line in texts("date") for _, iso in find_dates(line)[:1]]
    links = texts("short_link")
    credits = [re.sub(r"^\(?\s*(?:[A-Z]{2,8} )?(?:Photograph|Picture|Image|Photo|Credit|Foto|Bild)s?:?\s*", "", line).rstrip(")")
               for line in texts("photo_credit")]
    return {
        "headline": (texts("headline") or [None])[0],
        "date": dates[0] if dates else None,
        "url": unwrap_url(links[0]) if links else None,
        "dateline": dateline,
        "agencies": list(dict.fromkeys(agencies)),
        "author_initials": list(dict.fromkeys(initials)),
        "authors": list(dict.fromkeys(authors)),
        "editors": list(dict.fromkeys(editors)),
        "photo_credits": list(dict.fromkeys(credits)),
    }
