import csv
from pathlib import Path

import pytest

from posture import ingest, paths
from posture.ingest.credits import unwrap_url
from posture.ingest.dates import find_dates, is_date_line
from posture.ingest.sentences import split_sentences

FIXTURES = Path(__file__).parent.parent / "fixtures" / "articles"


def _gold(path: Path) -> list[tuple[int, str]]:
    with path.open(encoding="utf-8") as handle:
        return [(int(row["line"]), row["type"]) for row in csv.DictReader(handle)]


def _typed(article) -> list[tuple[int, str]]:
    return [(row.line, row.type) for row in article.blocks.itertuples() if row.type != "blank"]


def test_every_line_of_the_seed_has_the_hand_coded_type(seed_article):
    gold = _gold(paths.ANNOTATIONS / "blocks_gold.csv")
    assert _typed(seed_article) == gold


def test_gold_first_words_match_the_blocks(seed_article):
    with (paths.ANNOTATIONS / "blocks_gold.csv").open(encoding="utf-8") as handle:
        gold = list(csv.DictReader(handle))
    blocks = seed_article.blocks[seed_article.blocks.type != "blank"]
    for row, block in zip(gold, blocks.itertuples()):
        assert block.text_normalised.startswith(row["starts_with"]), (row, block.text)


def test_every_line_is_a_block_and_blank_lines_are_blank(seed_article):
    raw_lines = seed_article.raw.split("\n")
    assert sorted(set(seed_article.blocks.line)) == list(range(1, len(raw_lines) + 1))
    for block in seed_article.blocks.itertuples():
        assert (block.type == "blank") == (not raw_lines[block.line - 1].strip())


@pytest.mark.parametrize("table", ["blocks", "sentences"])
def test_offsets_give_back_exactly_the_text(seed_article, table):
    frame = getattr(seed_article, table)
    assert len(frame) > 0
    for row in frame.itertuples():
        assert seed_article.raw[row.char_start:row.char_end] == row.text
        assert seed_article.normalised[row.char_start:row.char_end] == row.text_normalised


def test_glued_caption_and_photo_credit_are_split(seed_article):
    blocks = seed_article.blocks
    caption = blocks[blocks.type == "caption"].iloc[0]
    credit = blocks[blocks.type == "photo_credit"].iloc[0]
    assert caption.line == credit.line
    assert caption.text_normalised.endswith("media have reported")
    assert credit.text == "Image: Armin Weigel/dpa/picture alliance"
    assert caption.char_end == credit.char_start


def test_seed_metadata(seed_article):
    meta = seed_article.metadata
    assert meta["headline"] == "US to send more troops to Germany, Poland"
    assert meta["date"] == "2022-02-02"
    assert meta["url"] == "https://p.dw.com/p/46Pow"
    assert meta["agencies"] == ["AP", "AFP", "Reuters", "dpa"]
    assert meta["author_initials"] == ["aw", "wd", "sms"]
    assert meta["photo_credits"] == ["Armin Weigel/dpa/picture alliance"]
    assert meta["sha256"] == paths.SEED_SHA256


def test_normalised_text_keeps_length_and_quotes_but_not_odd_spaces(seed_article):
    raw, normalised = seed_article.raw, seed_article.normalised
    assert raw.count("\u00a0") == 25
    assert "\u00a0" not in normalised
    assert len(raw) == len(normalised)
    differing = [i for i, (a, b) in enumerate(zip(raw, normalised)) if a != b]
    assert len(differing) == 25 and all(normalised[i] == " " for i in differing)
    assert normalised.count('"') == raw.count('"') and "\u2014" in normalised


def test_seed_sentences_split_at_sentence_ends_only(seed_article):
    texts = list(seed_article.sentences.text_normalised)
    assert '"They are not permanent moves," he said.' in texts
    assert '"They respond to current conditions."' in texts
    standfirst = seed_article.sentences[seed_article.sentences.block_type == "standfirst"]
    assert len(standfirst) == 2
    assert set(seed_article.sentences.block_type) == {"headline", "standfirst", "image_alt", "caption", "subheading", "body"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The U.S. Army said so. Gen. Mark Milley agreed.", ["The U.S. Army said so.", "Gen. Mark Milley agreed."]),
        ("They arrive on Feb. 6 in Poland. Lt. Col. Ann Ray leads them.", ["They arrive on Feb. 6 in Poland.", "Lt. Col. Ann Ray leads them."]),
        ("John F. Kennedy spoke. Then he left!", ["John F. Kennedy spoke.", "Then he left!"]),
        ('"Is it over?" she asked. "No."', ['"Is it over?" she asked.', '"No."']),
        ("He will join us. The plan holds at 3 p.m. today.", ["He will join us.", "The plan holds at 3 p.m. today."]),
        ("About 1,700 troops. 300 more to Germany.", ["About 1,700 troops.", "300 more to Germany."]),
    ],
)
def test_sentence_splitting_handles_abbreviations(text, expected):
    assert [text[s:e] for s, e in split_sentences(text)] == expected


LAYOUT_GOLD = sorted(FIXTURES.parent.rglob("*.blocks.csv"))


@pytest.mark.parametrize("gold", LAYOUT_GOLD, ids=lambda p: p.name.split(".")[0])
def test_fixture_articles_are_typed_like_their_gold(gold):
    fixture = next(p for p in gold.parent.glob(gold.name.split(".")[0] + ".*") if p.suffix in {".txt", ".html"})
    article = ingest.read_article(fixture)
    assert _typed(article) == _gold(gold)
    for row in article.blocks.itertuples():
        assert article.raw[row.char_start:row.char_end] == row.text


def test_wire_story_metadata():
    meta = ingest.read_article(FIXTURES / "ap_wire_baltics.txt").metadata
    assert (meta["dateline"], meta["agencies"], meta["date"]) == ("WASHINGTON", ["AP"], "2022-02-22")
    assert meta["authors"] == ["LOLITA ARMSTRONG", "DAVID K. MERCER"]


@pytest.mark.parametrize(
    "fixture, authors",
    [
        ("movements/cbc_canada_latvia.txt", ["Murray Brewster"]),
        ("movements/stripes_italy_baltics.txt", ["Jennifer Svanberg"]),
        ("movements/guardian_nato_reinforcements.txt", ["Daniel Boffey", "Julian Borger"]),
        ("quotes/guardian_estonia_curly.txt", ["Jessica Hale"]),
    ],
)
def test_authors_leave_out_outlets_and_roles(fixture, authors):
    assert ingest.read_article(FIXTURES.parent / fixture).metadata["authors"] == authors


def test_reporting_credit_metadata():
    meta = ingest.read_article(FIXTURES / "reuters_lithuania.txt").metadata
    assert meta["authors"] == ["Sabine Keller", "Andrius Sytas"]
    assert meta["editors"] == ["Alex Richardson"]
    assert meta["agencies"] == ["Reuters"] and meta["dateline"] == "BERLIN"


def test_windows_line_endings_give_the_same_types_and_exact_offsets():
    text = (FIXTURES / "reuters_lithuania.txt").read_text(encoding="utf-8")
    crlf = ingest.parse(text.replace("\n", "\r\n"))
    lf = ingest.parse(text)
    assert _typed(crlf) == _typed(lf)
    for row in crlf.blocks.itertuples():
        assert crlf.raw[row.char_start:row.char_end] == row.text and "\r" not in row.text


@pytest.mark.parametrize(
    "url, expected",
    [
        ("https://s.gtool.pro:443/https/p.dw.com/p/46Pow", "https://p.dw.com/p/46Pow"),
        ("https://proxy.example/https://www.bbc.co.uk/news/x", "https://www.bbc.co.uk/news/x"),
        ("https://p.dw.com/p/46Pow", "https://p.dw.com/p/46Pow"),
        ("https://example.com/docs/http/status", "https://example.com/docs/http/status"),
    ],
)
def test_proxied_links_are_unwrapped(url, expected):
    assert unwrap_url(url) == expected


@pytest.mark.parametrize(
    "line, iso",
    [
        ("February 2, 2022", "2022-02-02"),
        ("Wed 9 Feb 2022 14.31 GMT", "2022-02-09"),
        ("Published Feb. 11, 2022 at 4:53 p.m. EST", "2022-02-11"),
        ("07.02.2022", "2022-02-07"),
        ("2022-02-23", "2022-02-23"),
    ],
)
def test_date_lines(line, iso):
    assert is_date_line(line) and find_dates(line)[0][1] == iso


@pytest.mark.parametrize("line", ["He is due to meet Biden on February 7, 2022 at the White House.", "February 30, 2022", "Skip to content"])
def test_lines_that_are_not_date_lines(line):
    assert not is_date_line(line)


def test_article_round_trips_through_its_record(seed_article, tmp_path):
    from posture.collection.outputs import write_files

    write_files(tmp_path, ingest.tables(seed_article))
    loaded = ingest.load_article(tmp_path / "article.json")
    assert loaded.raw == seed_article.raw and loaded.metadata == seed_article.metadata
    assert loaded.blocks.equals(seed_article.blocks)
    assert loaded.sentences.equals(seed_article.sentences)


def test_text_without_any_structure_is_body():
    article = ingest.parse("Soldiers moved. More followed later.")
    assert list(article.blocks.type) == ["body"]
    assert len(article.sentences) == 2


def test_words_per_section_chart_is_drawn_from_the_table():
    import pandas as pd

    from posture.charts.ingest_views import words_per_section_chart

    sections = pd.DataFrame({"section": ["(opening)", "Allies respond"], "paragraphs": [3, 2], "words": [120, 345]})
    fig = words_per_section_chart(sections, "test.txt")
    texts = [t.get_text() for t in fig.texts]
    assert any("Allies respond" in t and "longest" in t for t in texts)
    assert any(t.startswith("Source: test.txt") for t in texts)
    ax = fig.axes[0]
    assert sorted(round(bar.get_width()) for bar in ax.patches) == [120, 345]
    assert {t.get_text() for t in ax.texts} == {"120", "345"}


def test_words_per_section_alt_text_names_longest_and_shortest():
    import pandas as pd

    from posture.charts.ingest_views import words_per_section_alt_text

    sections = pd.DataFrame({"section": ["(opening)", "Allies respond", "Next"], "paragraphs": [3, 2, 1],
                             "words": [120, 345, 40]})
    text = words_per_section_alt_text(sections)
    assert "3 sections" in text and "\u201cAllies respond\u201d (345 words)" in text and "\u201cNext\u201d (40)" in text
    assert "no body text" in words_per_section_alt_text(sections.iloc[0:0])
