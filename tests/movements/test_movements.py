"""Troop mentions and movements: the seed against its gold, varied fixture articles, reconciliation."""

import re
from pathlib import Path

import pandas as pd
import pytest

from posture import ingest, movements, paths
from posture.movements.grouping import MOVEMENT_COLUMNS
from posture.movements import reconcile
from posture.movements.scoring import FIELDS, disagreements, score

FIXTURES = Path(__file__).parent.parent / "fixtures" / "movements"
FIXTURE_NAMES = sorted(path.stem for path in FIXTURES.glob("*.txt"))
GOLD_DTYPES = {"char_start": int, "char_end": int}


def read_gold(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False).astype(GOLD_DTYPES)


@pytest.fixture(scope="module")
def seed():
    article = ingest.read_article(paths.SEED_ARTICLE)
    return article, movements.mentions(article), read_gold(paths.ANNOTATIONS / "troop_mentions_gold.csv")


@pytest.fixture(scope="module")
def fixtures():
    loaded = {}
    for name in FIXTURE_NAMES:
        article = ingest.read_article(FIXTURES / f"{name}.txt")
        loaded[name] = (article, movements.mentions(article), read_gold(FIXTURES / f"{name}.gold.csv"))
    return loaded


def row_at(table: pd.DataFrame, raw: str, anchor: str) -> pd.Series:
    """The mention whose number sits at the bracketed part of a unique anchor: 'up to [350] more'."""
    plain = anchor.replace("[", "").replace("]", "")
    at = raw.replace("\u00a0", " ").index(plain) + anchor.index("[")
    (row,) = [r for _, r in table.iterrows() if r["char_start"] == at]
    return row


# --- the seed --------------------------------------------------------------------------------

def test_seed_every_gold_mention_found_with_its_fields(seed):
    article, found, gold = seed
    result = score(found, gold)
    assert disagreements(found, gold, article.raw).empty
    assert result["rows_right"] == len(gold) == len(found)


def test_seed_offsets_give_back_the_numbers_and_sentences(seed):
    article, found, gold = seed
    for row in found.itertuples():
        assert article.raw[row.char_start:row.char_end] == row.number_text
        assert row.number_text in row.sentence and row.sentence in article.raw
    for row in gold.itertuples():
        assert article.raw[row.char_start:row.char_end] == row.text


def test_seed_mentions_come_only_from_prose(seed):
    article, found, _ = seed
    assert set(found["block_type"]) <= set(movements.PROSE_BLOCKS)
    assert not found["sentence"].str.contains("30 allies").any()
    assert 7 not in found["count"].dropna().tolist()  # "February 7"


def test_seed_table_shape(seed):
    _, found, _ = seed
    assert list(found.columns) == movements.MENTION_COLUMNS
    assert found["char_start"].is_monotonic_increasing
    assert list(found["mention_id"]) == [f"M{i:02d}" for i in range(1, len(found) + 1)]


def test_seed_reconciles_1700_plus_300_into_2000(seed):
    _, found, _ = seed
    moves = reconcile(found)
    assert list(moves.columns) == MOVEMENT_COLUMNS
    by_id = moves.set_index("movement_id")
    (total,) = moves[moves["is_aggregate"]].itertuples()
    parts = by_id.loc[total.components.split("; ")]
    assert total.count == 2000 == parts["count"].sum()
    assert sorted(parts["count"]) == [300, 1700]
    assert sorted(parts["destination"]) == ["Germany", "Poland"]
    stryker = moves[(moves["count"] == 1000)].iloc[0]
    assert (stryker["origin"], stryker["destination"], stryker["is_aggregate"]) == ("Germany", "Romania", False)
    assert stryker["movement_id"] not in total.components
    assert total.n_mentions == 3  # standfirst, caption, body
    quoted = moves[moves["count"] == 1700].iloc[0]
    assert quoted["n_mentions"] == 2  # the body and Blaszczak's quote
    ids = [i for cell in moves["mention_ids"] for i in cell.split("; ")]
    assert sorted(ids) == sorted(found["mention_id"])


# --- varied fixture articles -------------------------------------------------------------------

def test_fixture_gold_offsets_give_back_their_words(fixtures):
    for name, (article, found, gold) in fixtures.items():
        for row in gold.itertuples():
            assert article.raw[row.char_start:row.char_end] == row.text, name
        for row in found.itertuples():
            assert article.raw[row.char_start:row.char_end] == row.number_text, name


def test_fixture_score(fixtures):
    totals = {"gold": 0, "extracted": 0, "found": 0, "rows_right": 0}
    for name, (article, found, gold) in fixtures.items():
        result = score(found, gold)
        for key in totals:
            totals[key] += result[key]
        print(f"{name}: {result['found']}/{result['gold']} found, {result['extracted']} extracted, "
              f"{result['rows_right']} rows right")
        print(disagreements(found, gold, article.raw).to_string())
    precision, recall = totals["found"] / totals["extracted"], totals["found"] / totals["gold"]
    span_f1 = 2 * precision * recall / (precision + recall)
    row_p, row_r = totals["rows_right"] / totals["extracted"], totals["rows_right"] / totals["gold"]
    row_f1 = 2 * row_p * row_r / (row_p + row_r)
    print(f"fixtures: {len(fixtures)} articles, {totals['gold']} gold mentions; span P={precision:.3f} "
          f"R={recall:.3f} F1={span_f1:.3f}; whole-row F1={row_f1:.3f}")
    assert len(fixtures) >= 8
    assert span_f1 >= 0.95
    assert row_f1 >= 0.88


@pytest.mark.parametrize("name, anchor, expected", [
    ("reuters_germany_lithuania", "send up to [350] more soldiers",
     {"count": 350, "count_high": 350, "qualifier": "up to", "force": "Germany", "destination": "Lithuania",
      "kind": "movement", "status": "announced"}),
    ("ap_further_3000_poland", "another [3,000] U.S. troops",
     {"count": 3000, "qualifier": "exact", "force": "United States", "destination": "Poland", "status": "ordered"}),
    ("stripes_italy_baltics", "about [800] infantry troops",
     {"origin": "Italy", "destination": "Baltic states", "kind": "movement", "status": "announced"}),
    ("guardian_nato_reinforcements", "a [1,200]-strong battlegroup",
     {"count": 1200, "unit": "battlegroup", "force": "Germany", "destination": "Lithuania", "kind": "stock"}),
    ("afp_romania_battlegroup", "more than [900] American troops already stationed",
     {"count_low": 900, "kind": "stock", "status": "existing", "destination": "Romania"}),
    ("bbc_uk_estonia", "A further [850] soldiers",
     {"unit": "Queen's Royal Hussars", "origin": "Germany", "destination": "Estonia", "force": "United Kingdom"}),
    ("cbc_canada_latvia", "additional [sixty] soldiers", {"count": 60, "force": "Canada", "destination": "Ukraine"}),
    ("sky_uk_poland", "A [350]-strong contingent",
     {"unit": "45 Commando", "status": "arrived", "destination": "Poland"}),
    ("reuters_russia_belarus", "between [169,000 and 190,000] personnel",
     {"count_low": 169000, "count_high": 190000, "qualifier": "between", "force": "Russia"}),
    # a formation named by several words is a unit, not an origin; the place is in the clause before
    ("probe_reuters_uk_estonia", "sending around [900] more soldiers",
     {"unit": "Royal Welsh battle group", "origin": "", "destination": "Estonia", "kind": "movement"}),
    # the total a move brings a contingent to is a stock; "there" is the place named before
    ("probe_stripes_alert", "more than [900].",
     {"count_low": 900, "kind": "stock", "status": "existing", "force": "Germany", "destination": "Lithuania"}),
])
def test_key_fixture_rows(fixtures, name, anchor, expected):
    article, found, _ = fixtures[name]
    row = row_at(found, article.raw, anchor)
    for key, value in expected.items():
        assert row[key] == value, key


@pytest.mark.parametrize("name, words", [
    ("stripes_italy_baltics", ["eight F-35", "20 AH-64", "12 AH-64s"]),
    ("bbc_uk_estonia", ["72 armoured vehicles", "four RAF"]),
    ("afp_romania_battlegroup", ["10,000 troops and their families"]),  # a capacity
    ("reuters_russia_belarus", ["two battalions", "12 Su-35", "10 days", "Feb. 20"]),
    ("guardian_nato_reinforcements", ["30-member", "four F-16", "100 jets", "120 warships"]),
    ("sky_uk_poland", ["45 Commando", "since 2017"]),
    ("probe_reuters_uk_estonia", ["four F-16", "two F-35"]),
])
def test_equipment_units_dates_and_capacity_are_not_rows(fixtures, name, words):
    article, found, _ = fixtures[name]
    for phrase in words:
        start = article.raw.index(phrase)
        assert not ((found["char_start"] >= start) & (found["char_start"] < start + len(phrase))).any(), phrase


def test_fixture_movements_do_not_invent_sums(fixtures):
    # 1,700 + 300 + 1,000 = 3,000 in the AP article, but those went to Poland, Wiesbaden and Romania
    _, found, _ = fixtures["ap_further_3000_poland"]
    assert not reconcile(found)["is_aggregate"].any()
    _, found, _ = fixtures["bbc_uk_estonia"]
    moves = reconcile(found)
    assert moves.loc[moves["count"] == 850, "n_mentions"].tolist() == [2]


# --- rules on small texts ------------------------------------------------------------------------

def mentions_of(text: str) -> pd.DataFrame:
    return movements.mentions(ingest.parse(text))


def test_navigation_credits_and_related_links_are_not_read():
    text = ("Navy ships head east\n\nThe navy will send 400 sailors to Norway.\n\n"
            "aw/sms (AP, Reuters)\n\nRelated: 3,000 troops head to Poland\n")
    article = ingest.parse(text)
    found = movements.mentions(article)
    assert found["count"].tolist() == [400]
    assert found.iloc[0]["destination"] == "Norway"


def test_non_breaking_space_between_number_and_noun():
    found = mentions_of("Headline here\n\nSpain will send about 150\u00a0soldiers to Bulgaria.\n")
    row = found.iloc[0]
    assert (row["count"], row["qualifier"], row["force"], row["destination"]) == (150, "about", "Spain", "Bulgaria")


def test_unit_before_number_and_route_from_in():
    found = mentions_of("Headline here\n\nA Dutch company of some 200 marines based in Rotterdam will move to Lithuania.\n")
    row = found.iloc[0]
    assert (row["force"], row["unit"], row["origin"], row["destination"]) == ("Netherlands", "company", "Rotterdam", "Lithuania")


def test_scoring_counts_misses_and_extras():
    gold = pd.DataFrame({"char_start": [0, 10], "char_end": [3, 13], **{f: ["", ""] for f in FIELDS}})
    extracted = pd.DataFrame({"char_start": [1, 20], "char_end": [3, 23], **{f: ["", ""] for f in FIELDS}})
    result = score(extracted, gold)
    assert (result["found"], result["span_precision"], result["span_recall"]) == (1, 0.5, 0.5)


def test_pipeline_writes_both_tables_with_their_columns():
    from posture import pipeline

    files = pipeline.extract(ingest.read_article(paths.SEED_ARTICLE))
    assert list(files["troop_mentions.csv"].columns) == movements.MENTION_COLUMNS
    assert list(files["troop_movements.csv"].columns) == MOVEMENT_COLUMNS


def test_highlight_escapes_the_text_and_marks_each_part(seed):
    from posture.movements import views as movement_views

    article, found, _ = seed
    row = found[found["unit"] == "Stryker squadron"].iloc[0].copy()
    start = int(article.sentences.set_index("sentence_id").loc[row["sentence_id"], "char_start"])
    roles = [role for *_, role in movement_views.highlight_spans(row, start)]
    assert roles == ["unit", "hedge", "number", "force", "origin", "destination"]
    row["sentence"] = row["sentence"].replace("A Stryker", "A <b>Stryker")
    assert "&lt;b&gt;" in movement_views.highlight(row, start)


def test_adding_troops_is_an_announced_movement():
    table = mentions_of("Canada leads the battlegroup in Latvia.\n\nCanada said it would add up to 460 personnel to the battlegroup in Latvia.\n")
    row = table.iloc[0]
    assert (row["count_high"], row["qualifier"], row["kind"], row["status"]) == (460, "up to", "movement", "announced")


def test_arithmetic_in_words_says_when_a_total_does_not_add_up():
    from posture.movements import views as movement_views

    moves = pd.DataFrame({
        "movement_id": ["V01", "V02", "V03", "V04"], "count": pd.array([900, 500, 300, 120], dtype="Int64"),
        "qualifier": ["about", "exact", "exact", "exact"], "force": ["Canada"] * 3 + ["Spain"],
        "origin": ["", "", "", "Spain"], "destination": ["Latvia", "Latvia", "Latvia", "Romania"],
        "kind": ["movement"] * 4, "is_aggregate": [True, False, False, False],
        "components": ["V02; V03", "", "", ""], "n_mentions": [1, 1, 1, 1], "mention_ids": ["M1", "M2", "M3", "M4"],
    })
    differences = pd.DataFrame(columns=["movement_id", "column", "as stated, mention by mention"])
    text = movement_views.arithmetic_in_words(moves, differences)
    assert "= **800**: **does not add up**." in text
    assert "120 (from Spain to Romania) is part of no sum: a move of its own." in text
    assert not re.search(r"\b[VM]\d+\b", text)  # no internal ids where a reader looks
    assert "moves **900** Canada troops (900)" in text and "moves **120** Spain troops" in text


@pytest.mark.parametrize("sentence, status", [
    ("About 2,500 soldiers from the 3rd Infantry Division deployed to Latvia earlier this month.", "arrived"),
    ("Some 600 paratroopers moved to Bulgaria two weeks ago.", "arrived"),
    ("A further 1,200 troops would be sent to Hungary, the ministry said last week.", "announced"),
    ("Another 400 marines are expected to follow in the coming weeks.", "planned"),
    ("Italy will deploy 250 soldiers to Romania.", "announced"),
])
def test_status_from_tense_and_time(sentence, status):
    article = ingest.parse(f"Troops on the move\n\n{sentence}\n")
    (row,) = movements.mentions(article).itertuples()
    assert row.kind == "movement" and row.status == status


@pytest.mark.parametrize("sentence, unit", [
    ("France will send 500 soldiers from the Foreign Legion brigade to Romania.", "Foreign Legion brigade"),
    ("The Pentagon will move a US Stryker squadron of about 1,000 soldiers to Hungary.", "Stryker squadron"),
])
def test_units_named_by_several_words(sentence, unit):
    (row,) = movements.mentions(ingest.parse(f"Troops on the move\n\n{sentence}\n")).itertuples()
    assert row.unit == unit and row.origin == ""


def test_folding_in_words_is_singular_and_plural_as_the_counts_need():
    from posture.movements.views import folding_in_words
    one = pd.DataFrame({"n_mentions": [2], "count": pd.array([1200], dtype="Int64"), "is_aggregate": [False]})
    assert folding_in_words(pd.DataFrame(index=range(2)), one) == (
        "The 2 mentions fold into **1 distinct group**: 1 is stated more than once (1,200 ×2), "
        "0 of them the total of others.")
    unit = pd.DataFrame({"n_mentions": [2, 1], "count": pd.array([None, 5], dtype="Int64"),
                         "is_aggregate": [False, False]})
    assert "2 distinct groups**: 1 is stated more than once (no number ×2)" in folding_in_words(
        pd.DataFrame(index=range(3)), unit)
    assert folding_in_words(pd.DataFrame(), one.iloc[0:0]) == "No troop numbers, so no movements."
