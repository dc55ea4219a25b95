"""posture.review: the analyst's corrections are checked, applied by offsets, recorded, and never dropped."""

import pandas as pd
import pytest

from posture import gold, ingest, movements, paths, quotes, review
from posture.errors import InputError

ARTICLE = ingest.read_article(paths.SEED_ARTICLE)
MENTIONS = movements.mentions(ARTICLE)
QUOTES = quotes.tables(ARTICLE)["quotes.csv"]
HEADER = "table,char_start,char_end,text,field,value,note\n"


def corrections(*lines: str) -> list:
    return review.parse(review.TEMPLATE + "".join(line + "\n" for line in lines), ARTICLE.raw)


def offsets_of(words: str, after: int = 0) -> tuple[int, int]:
    start = ARTICLE.raw.index(words, after)
    return start, start + len(words)


def test_the_template_explains_itself_and_holds_no_correction():
    assert review.TEMPLATE.splitlines()[-1] == ",".join(review.COLUMNS)
    assert all(line.startswith("#") for line in review.TEMPLATE.splitlines()[:-1])
    assert review.parse(review.TEMPLATE, ARTICLE.raw) == []


def test_a_field_corrected_in_a_mention_flows_into_the_movements():
    first = MENTIONS.iloc[0]
    fixed, record = review.apply("troop_mentions", MENTIONS, corrections(
        f'troop_mentions,{first.char_start},{first.char_end},"{first.number_text}",destination,Germany; Poland,standfirst',
        f"troop_mentions,{first.char_start},{first.char_end},,force,Germany,a test"), ARTICLE)
    assert fixed.iloc[0]["destination"] == "Germany; Poland" and fixed.dtypes.equals(MENTIONS.dtypes)
    assert record[["machine_said", "analyst_says", "why", "outcome"]].values.tolist() == [
        ["Europe", "Germany; Poland", "standfirst", "applied"], ["United States", "Germany", "a test", "applied"]]
    moved = movements.reconcile(fixed)
    assert moved.iloc[0][["force", "destination", "n_mentions"]].tolist() == ["Germany", "Germany; Poland", 1]
    assert len(moved) == len(movements.reconcile(MENTIONS)) + 1  # a German 2,000 folds with no US one


def test_a_new_count_takes_its_bounds_from_the_hedge():
    row = MENTIONS[MENTIONS["qualifier"] == "exact"].iloc[0]
    fixed, _ = review.apply("troop_mentions", MENTIONS,
                            corrections(f"troop_mentions,{row.char_start},{row.char_end},,count,1500,misread"), ARTICLE)
    changed = fixed.set_index("char_start").loc[row.char_start]
    assert (changed["count"], changed["count_low"], changed["count_high"]) == (1500, 1500, 1500)


def test_a_missed_row_is_added_from_the_article_and_a_false_one_deleted():
    start, end = offsets_of("30", ARTICLE.raw.index("30 allies"))  # "30 allies": not troops, so the machine skips it
    false = MENTIONS.iloc[-1]
    fixed, record = review.apply("troop_mentions", MENTIONS, corrections(
        f"troop_mentions,{start},{end},30,add,,a test of adding",
        f"troop_mentions,{start},{end},,force,NATO,",
        f"troop_mentions,{start},{end},,kind,stock,",
        f"troop_mentions,{false.char_start},{false.char_end},,delete,,a test of deleting"), ARTICLE)
    added = fixed.set_index("char_start").loc[start]
    assert (added["number_text"], added["count"], added["force"], added["kind"], added["rule"]) == (
        "30", 30, "NATO", "stock", "added by the analyst")
    assert ARTICLE.raw[start:end] == "30" and added["sentence"] in ARTICLE.raw
    assert false.char_start not in set(fixed["char_start"]) and len(fixed) == len(MENTIONS)
    assert list(fixed["mention_id"]) == [f"M{n:02d}" for n in range(1, len(fixed) + 1)]
    assert list(record["outcome"]) == ["applied"] * 4


def test_a_correction_that_matches_no_row_is_kept_in_the_record_as_not_applied():
    start, end = offsets_of("Wednesday")
    fixed, record = review.apply("troop_mentions", MENTIONS, corrections(
        f"troop_mentions,{start},{end},Wednesday,count,5,no such row",
        f"troop_mentions,{start},{end},,delete,,nor this"), ARTICLE)
    assert fixed.equals(MENTIONS)
    stale = review.not_applied(record)
    assert list(stale["words"]) == ["Wednesday", "Wednesday"] and set(stale["outcome"]) == {
        "not applied: no row at these offsets"}


def test_adding_a_row_the_machine_finds_is_reported_and_a_value_it_has_already_noted():
    row = MENTIONS.iloc[0]
    _, record = review.apply("troop_mentions", MENTIONS, corrections(
        f"troop_mentions,{row.char_start},{row.char_end},,add,,",
        f"troop_mentions,{row.char_start},{row.char_end},,force,{row.force},"), ARTICLE)
    assert list(record["outcome"]) == ["not added: the machine finds this row", "applied: the machine already says so"]
    assert len(review.not_applied(record)) == 1


def test_the_gold_table_as_corrections_turns_the_machine_into_the_gold():
    quote_gold = gold.for_article(ARTICLE.metadata, "quotes_gold.csv")
    lines = review.from_gold("quotes", QUOTES, quote_gold)
    assert set(lines["field"]) == {"speaker_role", "cue"}  # conventions of the gold, not wrong speakers
    fixed, record = review.apply("quotes", QUOTES, review.as_corrections(lines, ARTICLE.raw), ARTICLE)
    assert fixed[["speaker_role", "cue"]].values.tolist() == quote_gold[["speaker_role", "cue"]].values.tolist()
    assert (record["outcome"] == "applied").all()
    mention_gold = gold.for_article(ARTICLE.metadata, "troop_mentions_gold.csv")
    assert review.from_gold("troop_mentions", MENTIONS, mention_gold).empty  # the seed's mentions are all right


def test_a_new_affiliation_gives_the_speaker_country():
    row = QUOTES.iloc[0]
    fixed, _ = review.apply("quotes", QUOTES, corrections(
        f"quotes,{row.char_start},{row.char_end},,speaker_affiliation,Kremlin,test"), ARTICLE)
    assert fixed.iloc[0]["speaker_country"] == "Russia"


@pytest.mark.parametrize("line, message", [
    ("mentions,173,178,,count,1,", "line 17: unknown table 'mentions'; use troop_mentions or quotes"),
    ("troop_mentions,173,178,,colour,red,", "troop_mentions has no field 'colour' to correct"),
    ("troop_mentions,173,999999,,count,1,", "offsets 173-999999 lie outside the article's text"),
    ("troop_mentions,178,173,,count,1,", "offsets 178-173 lie outside"),
    ("troop_mentions,x,178,,count,1,", "char_start 'x' is not a whole number"),
    ("troop_mentions,173,178,,count,two,", "count must be a whole number of troops or blank, not 'two'"),
    ("troop_mentions,173,178,,kind,parade,", "kind must be one of movement, withdrawal, stock, target"),
    ("troop_mentions,173,178,\"3,000\",count,1,", "the article's words at 173-178 are '2,000', not '3,000'"),
    ("quotes,1007,1036,,count,1,", "quotes has no field 'count'"),
])
def test_a_bad_line_is_one_error_naming_it(line, message):
    with pytest.raises(InputError) as error:
        corrections(line)
    assert message in str(error.value) and "\n" not in str(error.value)


def test_a_bad_header_and_a_repeated_correction_are_errors():
    with pytest.raises(InputError, match="the header must be"):
        review.parse("table,start,end,field,value,note\n", ARTICLE.raw)
    with pytest.raises(InputError, match="line 3: corrects the same count of the same row as line 2"):
        review.parse(HEADER + "troop_mentions,173,178,,count,1,\ntroop_mentions,173,178,,count,2,\n", ARTICLE.raw)


def test_a_row_can_only_be_added_inside_the_prose():
    start, end = offsets_of("Skip")
    with pytest.raises(InputError, match="not inside one sentence of the article's prose"):
        review.check(review.parse(HEADER + f"troop_mentions,{start},{end},,add,,\n", ARTICLE.raw), ARTICLE)


def test_no_file_is_no_corrections_and_a_file_is_read(tmp_path):
    assert review.read(tmp_path / "corrections.csv", ARTICLE.raw) == []
    (tmp_path / "corrections.csv").write_text(review.TEMPLATE + "troop_mentions,173,178,,count,1,\n", encoding="utf-8")
    assert [c.value for c in review.read(tmp_path / "corrections.csv", ARTICLE.raw)] == ["1"]
    (tmp_path / "corrections.csv").write_bytes(b"\xff\xfe\x00")
    with pytest.raises(InputError, match="cannot be read as UTF-8 text"):
        review.read(tmp_path / "corrections.csv", ARTICLE.raw)


def test_a_speaker_only_the_analyst_names_gets_the_words_in_the_actors_table():
    row = QUOTES.iloc[0]
    fixed, _ = review.apply("quotes", QUOTES, corrections(
        f"quotes,{row.char_start},{row.char_end},,speaker,Jane Analyst,a test"), ARTICLE)
    actors = quotes.find_actors(ARTICLE, fixed).set_index("name")
    assert actors.loc["Jane Analyst", ["quoted_spans", "words_quoted"]].tolist() == [1, quotes.word_count(row.text)]
    before = quotes.find_actors(ARTICLE, QUOTES).set_index("name")
    assert actors.loc[row.speaker, "words_quoted"] == before.loc[row.speaker, "words_quoted"] - quotes.word_count(row.text)
