"""A saved web page is read with an HTML parser and typed like pasted text."""

import csv
from pathlib import Path

from posture import ingest
from posture.ingest.html_text import html_to_text, looks_like_html

PAGE = Path(__file__).parent.parent / "fixtures" / "html" / "bbc_style_estonia.html"


def test_page_is_typed_like_its_gold():
    article = ingest.read_article(PAGE)
    with PAGE.with_suffix(".blocks.csv").open(encoding="utf-8") as handle:
        gold = [(int(row["line"]), row["type"]) for row in csv.DictReader(handle)]
    assert [(b.line, b.type) for b in article.blocks.itertuples() if b.type != "blank"] == gold
    assert article.metadata["input_format"] == "html"
    assert article.metadata["headline"] == "UK to double troops in Estonia as tensions rise"
    assert article.metadata["photo_credits"] == ["Jaan Tamm/Reuters"]


def test_scripts_and_styles_are_dropped_and_entities_decoded():
    text, _ = html_to_text(PAGE.read_text(encoding="utf-8"))
    assert "analytics" not in text and "font-family" not in text
    assert "NATO battlegroup & more" in text and "\u201cwithin days\u201d" in text


def test_source_map_points_each_line_at_its_element():
    html = PAGE.read_text(encoding="utf-8")
    article = ingest.read_article(PAGE)
    html_lines = html.split("\n")
    for entry in article.source_map:
        element_line = html_lines[entry["html_line"] - 1]
        assert element_line[entry["html_column"]:].startswith(f"<{entry['tag']}")
    mapped = [article.raw[e["char_start"]:e["char_end"]] for e in article.source_map]
    assert mapped == [line for line in article.raw.split("\n") if line]
    headline = next(e for e in article.source_map if e["tag"] == "h1")
    assert "<h1>UK to double troops in Estonia" in html_lines[headline["html_line"] - 1]


def test_detects_html_without_the_suffix():
    assert looks_like_html("  <!DOCTYPE html><html><body><p>x</p></body></html>")
    assert not looks_like_html("US to send more troops <b>now</b>")


def test_page_without_text_is_a_clear_error(tmp_path):
    import pytest

    from posture.errors import InputError

    page = tmp_path / "empty.html"
    page.write_text("<html><head><script>var a=1;</script></head><body></body></html>")
    with pytest.raises(InputError, match="no readable text"):
        ingest.read_article(page)


def test_ancestors_and_blocks_below_read_once_agree_with_asking_each_tag():
    """Each tag's dropped or figure ancestor, and whether a block lies below it, are found in one
    pass each (asking every tag's ancestors and descendants grew with the square when nested deep)."""
    import random

    from bs4 import BeautifulSoup, Tag

    from posture.ingest import html_text

    rng = random.Random(16)
    names = ["div", "p", "figure", "figcaption", "img", "script", "b", "li", "section", "noscript", "span"]
    for _ in range(500):
        parts = [rng.choice([f"<{rng.choice(names)}>", f"</{rng.choice(names)}>", "text "]) for _ in range(30)]
        soup = BeautifulSoup("<html><body>" + "".join(parts) + "</body></html>", "html.parser")
        root = soup.body or soup
        tags = html_text._tags(root)
        dropped, figure = html_text._above(root, tags, html_text.DROPPED_TAGS), html_text._above(root, tags, {"figure"})
        holding = html_text._holding_blocks(tags)
        for tag in tags:
            parents = [parent.name for parent in tag.parents if isinstance(parent, Tag)]
            assert dropped[id(tag)] == any(name in html_text.DROPPED_TAGS for name in parents)
            assert figure[id(tag)] == ("figure" in parents)
            below = [d.name for d in tag.descendants if isinstance(d, Tag)]
            assert (id(tag) in holding) == any(name in html_text.BLOCK_TAGS | {"img"} for name in below)


def test_a_deeply_nested_page_is_read():
    page = "<html><body>" + "<div>" * 20000 + "About 1,000 troops went to Poland." + "</div>" * 20000 + "</body></html>"
    text, source_map = html_to_text(page)
    assert text == "About 1,000 troops went to Poland." and len(source_map) == 1
