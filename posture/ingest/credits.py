"""An article's metadata from its typed lines: headline, date, URL, dateline, agencies, authors, editors, photo credits."""

import re

from posture.ingest.dates import find_dates
from posture.ingest.layout import AGENCY_CREDIT, DATELINE, KNOWN_AGENCIES, NAME_LINE, TypedBlock


def _agency(name: str) -> str:
    return KNOWN_AGENCIES.get(name.strip().lower(), name.strip())


def _split_names(text: str) -> list[str]:
    parts = re.split(r",|;|\band\b|\bwith\b|&", text)
    names = [re.sub(r"\s+in\s+[A-Z][\w'\-]+(?: [A-Z][\w'\-]+)?$", "", part.strip(" .()")) for part in parts]
    return [name for name in names if name]


# The last word of a desk, a staff or an office, not a person: "Foreign Desk", "Tribune staff".
_NOT_A_PERSON = {"desk", "staff", "team", "newsroom", "bureau", "release", "office", "service", "agencies",
                 "newsdesk", "editors", "reporters", "writers"}


_BYLINE_LEAD = re.compile(r"^(?:(?:posted|written|words|reported|filed)\s+)?by\s+", re.I)


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
        agency_credit = AGENCY_CREDIT.match(credit)
        if agency_credit:
            initials += [part for part in re.split(r"[\s,/&]+", agency_credit["initials"]) if part]
            agencies += [_agency(name) for name in _split_names(agency_credit["agencies"].replace("/", ","))]
        for role, names in re.findall(r"(reporting|writing|editing|compiled) by ([^;)]+)", credit, re.I):
            (editors if role.lower() == "editing" else authors).extend(_split_names(names))
    for byline in texts("byline"):
        if not _BYLINE_LEAD.match(byline) and not NAME_LINE.match(byline):
            continue  # an outlet or a role on its own line: "Stars and Stripes", "Defence correspondent"
        names = _BYLINE_LEAD.sub("", byline)
        names = re.sub(r"\s+[\u00b7|\u2022]\s.*$", "", names)
        dated = find_dates(names)
        if dated:  # "Posted by Jo Roe on 3 May 2024"
            names = re.sub(r"\s+on$", "", names[: dated[0][0].start()].rstrip(" ,|"))
        names = re.sub(r"\s+in\s+[A-Z][\w'\-]+\s+and\s+[A-Z][\w'\-]+$", "", names)  # "... in Kyiv and Paris"
        names = re.sub(r"\s+(?:[A-Z][a-z]+\s+)?(?:correspondent|editor|reporter|writer)s?$", "", names, flags=re.I)
        names = re.sub(r",?\s+(?:the\s+)?(?:associated press|reuters|afp|bloomberg)$", "", names, flags=re.I)
        for name in _split_names(names):
            if name.lower() in KNOWN_AGENCIES:
                agencies.append(_agency(name))
            elif (name.lower() not in {"associated press", "reuters"} and name[:1].isupper()
                  and name.split()[-1].lower() not in _NOT_A_PERSON):
                authors.append(name)
    dateline = None
    for body in texts("body")[:1]:
        match = DATELINE.match(body)
        if match:
            dateline = match["place"].strip()
            if match["agency"] or match["slashed"]:
                agencies.insert(0, _agency(match["agency"] or match["slashed"]))
    for line in texts("copyright"):
        for name, canonical in KNOWN_AGENCIES.items():
            if re.search(rf"\b{re.escape(name)}\b", line, re.I):
                agencies.append(canonical)
    dates = [iso for line in texts("date") for _, iso in find_dates(line)[:1]]
    dates = dates or [iso for line in texts("byline") for _, iso in find_dates(line)[:1]]  # "By Jo Roe | 3 May 2024"
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
