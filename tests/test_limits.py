"""Bounds on hostile pages: past MAX_NUMBERS_READ numbers an article is read by number and noun only, past
MAX_QUOTES_READ quotes by their quotation marks only (no real article comes near either)."""

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


# --- quotes: past MAX_QUOTES_READ an article's quotes are read by their marks only -------------

from posture import quotes  # noqa: E402
from posture.quotes import extract as quote_extract  # noqa: E402

QUOTES = quote_extract.MAX_QUOTES_READ


def _quote_tables(paragraphs: list[str]) -> dict:
    return quotes.tables(ingest.parse("Troops head east\n\n" + "\n\n".join(paragraphs) + "\n"))


def test_quotes_within_the_limit_have_their_speakers():
    table = _quote_tables(['"We are ready," General Anna Berg said.'] * 10)["quotes.csv"]
    assert set(table["speaker"]) == {"Anna Berg"} and not table["flag"].str.contains("speaker not read").any()


def test_past_the_limit_quotes_are_read_by_their_marks_and_flagged():
    first = '"We are ready," General Anna Berg said. "We leave now," she added.'
    later = '"We are not," Colonel Jan Holm said. He said "no" and left.'
    files = _quote_tables([first] * (QUOTES // 2) + [later] * 3)
    table = files["quotes.csv"]
    assert len(table) == QUOTES + 6
    read, rest = table.iloc[:QUOTES], table.iloc[QUOTES:]
    assert set(read["speaker"]) == {"Anna Berg"} and not read["flag"].str.contains("speaker not read").any()
    assert (rest["flag"] == quote_extract.MARKS_ONLY).all() and set(rest["speaker"]) == {""}
    assert list(rest["text"][:2]) == ["We are not,", "no"] and list(rest["kind"][:2]) == ["direct", "partial"]
    assert "Jan Holm" not in set(files["actors.csv"]["name"])  # the subjects past the limit are not read either


def test_an_unbalanced_mark_past_the_limit_keeps_its_flag():
    table = _quote_tables(['"Yes," he said.'] * (QUOTES + 1) + ['"We are not ready, he said.'])["quotes.csv"]
    assert table["flag"].iloc[-1] == f"unbalanced quotation mark; {quote_extract.MARKS_ONLY}"
