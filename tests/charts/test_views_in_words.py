"""Sentences and tables the notebooks show, computed by the package from the tables."""

import pandas as pd

from posture import charts, movements, paths, quotes
from posture.charts import quote_views, scale
from posture.charts.claims import without_hedge
from posture.movements import scoring, views


def test_without_hedge_takes_off_every_sign_the_charts_draw():
    assert [without_hedge(f) for f in ["~1,700", ">130,000", "up to 350", "≥5,000", "<200", "1,000"]] == [
        "1,700", "130,000", "350", "5,000", "200", "1,000"]


def test_agreement_in_words_counts_same_numbers_hedges_aside():
    claims = pd.DataFrame({"claim": ["US troops in Europe", "US troops in Europe", ""],
                           "article_figure": ["~60,000", ">60,000", "300"], "reference_figure": ["60,000", "~64,000", ""],
                           "char_start": [10, 20, 30]})
    said = charts.agreement_in_words(claims, 3)
    assert said.startswith("**2** of the article's 3 figures") and "(2 comparisons); **1** of the comparisons" in said


def test_parts_in_words_adds_the_parts_of_each_stated_total():
    moves = pd.DataFrame({"movement_id": ["V01", "V02", "V03"], "count": [2000, 1700, 300],
                          "count_low": [None, None, 300], "count_high": [None, None, 300],
                          "qualifier": ["about", "about", "exact"]})
    parts = pd.DataFrame({"movement_id": ["V01", "V02", "V03"], "role": ["stated total", "part", "part"],
                          "part_of": ["", "V01", "V01"], "figure": ["~2,000", "~1,700", "300"]})
    assert scale.parts_in_words(parts, moves) == "The parts of the stated total of ~2,000 add up to **~2,000**, against **~2,000** stated."
    assert "V0" not in scale.parts_in_words(parts, moves)
    assert scale.parts_in_words(parts.iloc[1:], moves) == "The article gives no total made of other moves."


def test_the_example_row_shows_most_of_the_coding(seed_article):
    table = movements.mentions(seed_article)
    row = views.example_row(table)
    filled = sum([row["qualifier"] != "exact", row["unit"] != "", row["origin"] != "", row["destination"] != ""])
    assert filled == max(sum([r.qualifier != "exact", r.unit != "", r.origin != "", r.destination != ""])
                         for r in table.itertuples())
    assert views.example_row(table.iloc[0:0]) is None


def test_score_table_writes_shares_to_three_decimals():
    shown = scoring.score_table({"gold": 10, "span_f1": 0.98765})
    assert shown.loc["gold", "value"] == "10" and shown.loc["span_f1", "value"] == "0.988"


def test_field_differences_list_every_differing_title(seed_article):
    table = quotes.find_quotes(seed_article)
    gold = pd.read_csv(paths.ANNOTATIONS / "quotes_gold.csv", keep_default_na=False)
    differences = quote_views.field_differences(table, gold)
    assert list(differences.columns) == ["column", "text", "gold", "predicted", "why"]
    assert set(differences["column"]) <= {"speaker_role", "speaker_affiliation", "cue"}
    changed = gold.assign(speaker_role="a title nobody gave")
    assert len(quote_views.field_differences(table, changed)) >= len(gold) - 1


def test_agreement_in_words_is_singular_where_the_counts_are_one():
    claims = pd.DataFrame({"claim": ["US troops in Europe"], "article_figure": ["60,000"],
                           "reference_figure": ["60,000"], "char_start": [10]})
    assert charts.agreement_in_words(claims, 1) == (
        "**1** of the article's 1 figure has an official or independent figure to set beside it (1 comparison); "
        "**1** of the comparisons gives the same number, hedges aside.")
