"""Line ends of any system: Unix LF, Windows CRLF and old Mac lone CR read alike, offsets into the raw text."""

import pytest

from posture import ingest, paths

SEED = paths.SEED_ARTICLE.read_text(encoding="utf-8")


@pytest.mark.parametrize("line_end", ["\r\n", "\r"])
def test_every_line_end_gives_the_same_blocks_and_sentences(line_end):
    unix, other = ingest.parse(SEED), ingest.parse(SEED.replace("\n", line_end))
    for column in ("line", "type", "text"):
        assert other.blocks[column].tolist() == unix.blocks[column].tolist()
    assert other.sentences["text"].tolist() == unix.sentences["text"].tolist()
    for frame in (other.blocks, other.sentences):
        for row in frame.itertuples():
            assert other.raw[row.char_start:row.char_end] == row.text
            assert "\r" not in row.text and "\n" not in row.text


def test_a_lone_cr_page_is_more_than_one_block():
    article = ingest.parse("Troops head east\r\rThe US will send 1,000 troops to Poland.\rThey arrive soon.\r")
    assert article.blocks["text"].tolist() == [
        "Troops head east", "", "The US will send 1,000 troops to Poland.", "They arrive soon."]
