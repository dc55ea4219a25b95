"""Source lines a reader can follow: who published what, when, and where to find it.

A chart's source line cites the article (outlet, headline, date, link) and every reference
row it draws (`source` and `source_url` in data/external/), never a file or module name.
The seed's outlet comes from data/raw/SOURCE.md, and only for the article whose sha256 that
note records, so nothing of the seed reaches the figures of another article.
"""

import functools
import re
from urllib.parse import urlparse

from posture import paths
from posture.charts.hedges import is_missing
from posture.charts.labels import day

# geometry and membership that every map draws, as data/external/README.md records them
BORDERS = "Natural Earth 1:110m admin-0 countries (public domain), naturalearthdata.com"
_DOCUMENT_ID = re.compile(r"\b(transcript|document|report|IF)\s*\d{3,}", re.I)
LINK_CHARS = 60  # a longer link is left off the source line: outlet, title and date find it (the data keeps it)


def short_url(url: str) -> str:
    """'https://www.nato.int/cps/en/x.htm' -> 'nato.int/cps/en/x.htm': a link as a source line prints it."""
    text = str(url or "").strip()
    text = re.sub(r"^https?://", "", text)
    text = re.sub(r"^www\.", "", text)
    return text.rstrip("/")


def citation(source, url="") -> str:
    """One reference: its source, and its link unless the source already gives a document id or
    the link is too long to print (the source then names outlet, title and date)."""
    source = "" if is_missing(source) else str(source).strip()
    url = "" if is_missing(url) else str(url).strip()
    if not url or _DOCUMENT_ID.search(source) or (source and len(short_url(url)) > LINK_CHARS):
        return source
    return f"{source}, {short_url(url)}" if source else short_url(url)


def citations(table, source_column: str = "source", url_column: str = "source_url") -> list[str]:
    """The distinct citations of a table's rows, in the order first met."""
    if table is None or len(table) == 0 or source_column not in table:
        return []
    urls = table[url_column] if url_column in table else [""] * len(table)
    return list(dict.fromkeys(c for c in (citation(s, u) for s, u in zip(table[source_column], urls)) if c))


def source_line(*parts) -> str:
    """'; '-joined citations (strings or lists of them), each once, in the order given."""
    seen = []
    for part in parts:
        for item in ([part] if isinstance(part, str) else list(part or [])):
            if item and item not in seen:
                seen.append(item)
    return "; ".join(seen)


@functools.cache
def raw_source_notes() -> dict:
    """The field | value table of data/raw/SOURCE.md (outlet, headline, date, sha256 ...), or {}."""
    try:
        text = (paths.RAW / "SOURCE.md").read_text(encoding="utf-8")
    except OSError:
        return {}
    notes = {}
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 2 and cells[0] and not set(cells[0]) <= {"-", ":"}:
            notes[cells[0].lower()] = cells[1].strip("`")
    return notes


def outlet(metadata: dict) -> str:
    """Who published the article: the raw note's outlet for the seed, else the host of its link."""
    notes = raw_source_notes()
    if notes.get("sha256") and notes.get("sha256") == metadata.get("sha256") and notes.get("outlet"):
        return notes["outlet"].split(",")[0].strip()
    url = metadata.get("url")
    host = urlparse(str(url)).netloc if url else ""
    return re.sub(r"^(www|p|m|amp)\.", "", host)


def article_citation(metadata: dict) -> str:
    """'Deutsche Welle (DW), “US to send more troops to Germany, Poland”, 2 Feb 2022, p.dw.com/p/46Pow'.

    Outlet, headline, date and link, each when the article gives it; never its file name.
    """
    headline, date, url = metadata.get("headline"), metadata.get("date"), metadata.get("url")
    parts = [outlet(metadata), f"“{headline}”" if headline else "the article (no headline found)",
             day(date) if date else "", short_url(url) if url else ""]
    return ", ".join(p for p in parts if p)
