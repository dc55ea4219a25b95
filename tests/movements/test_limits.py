"""Bounds on hostile pages: past MAX_NUMBERS_READ numbers an article is read by number and noun only."""

from posture import ingest, movements, pipeline
from posture.movements import extract

LIMIT = extract.MAX_NUMBERS_READ


def _mentions(text: str):
    return movements.mentions(ingest.parse(text))


def test_an_article_within_the_limit_is_read_in_full():
    body = "The United States will send about 1,000 troops to Poland, officials said. " * (LIMIT // 2)
    table = _mentions("Troops head east\n\n" + body)
    assert len(table) == LIMIT // 2
    assert not table["flag"].str.contains("number and noun only").any()
    assert set(table["force"]) == {"United States"} and set(table["destination"]) == {"Poland"}


def test_past_the_limit_sentences_are_read_by_number_and_noun_and_flagged():
    full = "The United States will send about 1,000 troops to Poland. "
    page = "Troops head east\n\n" + full * LIMIT + "Germany will send 2,500 soldiers to Lithuania. " + full * 3
    table = _mentions(page)
    assert len(table) == LIMIT + 4  # every count with its noun is still a row
    read, rest = table.iloc[:LIMIT], table.iloc[LIMIT:]
    assert not read["flag"].str.contains("number and noun only").any() and set(read["destination"]) == {"Poland"}
    assert rest["flag"].str.contains(extract.FLAGS["numbers_only"], regex=False).all()
    assert list(rest["count"]) == [2500, 1000, 1000, 1000] and list(rest["qualifier"]) == ["exact", "about", "about", "about"]
    assert set(rest["unit"]) == {""} and set(rest["destination"]) == {""} and set(rest["kind"]) == {"movement"}


def test_one_sentence_of_more_numbers_than_the_limit_is_read_by_number_and_noun():
    page = "Troops head east\n\n" + "about 1,000 troops to Poland, " * (LIMIT + 1) + "and 12 tanks."
    table = _mentions(page)
    assert len(table) == LIMIT + 1
    assert table["flag"].str.contains(extract.FLAGS["numbers_only"], regex=False).all()


def test_every_table_is_still_written_past_the_limit():
    files = pipeline.extract(ingest.parse("Troops head east\n\n" + "About 1,000 troops went to Poland. " * (LIMIT + 5)))
    assert len(files["troop_mentions.csv"]) == LIMIT + 5 and len(files["troop_movements.csv"]) >= 1
