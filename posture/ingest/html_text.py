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


def _text_of(tag: Tag) -> str:
    return _SPACES.sub(" ", tag.get_text(" ")).strip()


def _tags(root: Tag) -> list[Tag]:
    return [element for element in root.descendants if isinstance(element, Tag)]


def _above(root: Tag, tags: list[Tag], names: set) -> dict[int, bool]:
    """For each tag (by id): is one of its ancestors named in `names`? Read once down the tree
    (asking each tag's ancestors grew with the square on deeply nested pages)."""
    above = {id(root): any(parent.name in names for parent in root.parents if isinstance(parent, Tag))}
    for tag in tags:  # document order: a parent comes before its children
        above[id(tag)] = above[id(tag.parent)] or tag.parent.name in names
    return above


def _holding_blocks(tags: list[Tag]) -> set[int]:
    """The tags (by id) with a block or picture anywhere below them, read once up the tree."""
    holding = set()
    for tag in reversed(tags):  # children before their parents
        if tag.name in BLOCK_TAGS | {"img"} or id(tag) in holding:
            holding.add(id(tag.parent))
    return holding


def _pieces(root: Tag):
    """(text, tag, joins_previous) for each line, in document order."""
    tags = _tags(root)
    dropped_above, figure_above = _above(root, tags, DROPPED_TAGS), _above(root, tags, {"figure"})
    holding = _holding_blocks(tags)
    for element in tags:
        if element.name in DROPPED_TAGS or dropped_above[id(element)]:
            continue
        in_figure = figure_above[id(element)]
        if element.name == "img":
            alt = _SPACES.sub(" ", element.get("alt", "")).strip()
            if alt:
                yield alt, element, False
        elif element.name in BLOCK_TAGS and id(element) not in holding:
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
    parts, length, source_map = [], 0, []
    for piece, tag, joins_previous in _pieces(root):
        if length:
            parts.append("\n" if joins_previous else "\n\n")
            length += len(parts[-1])
        source_map.append({
            "char_start": length, "char_end": length + len(piece), "tag": tag.name,
            "html_line": tag.sourceline, "html_column": tag.sourcepos,
        })
        parts.append(piece)
        length += len(piece)
    return "".join(parts), source_map
