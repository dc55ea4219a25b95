"""A saved web page (.html) as the plain text a reader would copy from it.

Each block element (heading, paragraph, list item, caption, time, picture) becomes one
line; blocks are separated by a blank line, except a picture's alt text and its caption,
which stay on adjacent lines as they do in a pasted page. Scripts, styles and forms are
dropped. The result is typed by the same rules as pasted text; every line is recorded in
a source map with the HTML line and column of the element it came from.
"""

import re

from bs4 import BeautifulSoup, NavigableString, Tag

BLOCK_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "figcaption", "blockquote",
              "dt", "dd", "address", "pre", "time", "td", "th", "div", "section", "article",
              "header", "footer", "nav", "main", "aside", "figure", "ul", "ol", "table", "tr"}
DROPPED_TAGS = {"script", "style", "noscript", "template", "svg", "form", "button", "select", "iframe", "head"}
_SPACES = re.compile(r"[ \t\r\n\f]+")


def looks_like_html(text: str) -> bool:
    start = text.lstrip()[:200].lower()
    return start.startswith(("<!doctype html", "<html")) or bool(re.match(r"<(head|body|article)\b", start))


def _has_block_child(tag: Tag) -> bool:
    return any(isinstance(child, Tag) and child.name in BLOCK_TAGS | {"img"} for child in tag.descendants)


def _text_of(tag: Tag) -> str:
    return _SPACES.sub(" ", tag.get_text(" ")).strip()


def _pieces(root: Tag):
    """(text, tag, joins_previous) for each line, in document order."""
    for element in root.descendants:
        if not isinstance(element, Tag) or element.name in DROPPED_TAGS:
            continue
        if any(parent.name in DROPPED_TAGS for parent in element.parents if isinstance(parent, Tag)):
            continue
        in_figure = element.find_parent("figure") is not None
        if element.name == "img":
            alt = _SPACES.sub(" ", element.get("alt", "")).strip()
            if alt:
                yield alt, element, False
        elif element.name in BLOCK_TAGS and not _has_block_child(element):
            text = _text_of(element)
            if text:
                yield text, element, in_figure and element.name == "figcaption"
        elif element.name in BLOCK_TAGS:
            own = "".join(str(child) for child in element.children if isinstance(child, NavigableString))
            own = _SPACES.sub(" ", own).strip()
            if own:
                yield own, element, False


def html_to_text(html: str) -> tuple[str, list[dict]]:
    """The page's text, one block per line, and a map from each line to its element."""
    soup = BeautifulSoup(html, "html.parser")
    root = soup.body or soup
    text, source_map = "", []
    for piece, tag, joins_previous in _pieces(root):
        if text:
            text += "\n" if joins_previous else "\n\n"
        source_map.append({
            "char_start": len(text), "char_end": len(text) + len(piece), "tag": tag.name,
            "html_line": tag.sourceline, "html_column": tag.sourcepos,
        })
        text += piece
    return text, source_map
