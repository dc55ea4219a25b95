"""The development corpus: its gold gives back its words, follows its rules, and covers the world."""

import pandas as pd
import pytest

from posture.collection import scorecard
from posture.lang import numbers

MANIFEST = scorecard.read_manifest()
MENTION_COLUMNS = ["char_start", "char_end", "text", "count", "count_low", "count_high", "qualifier", "force", "unit",
                   "origin", "destination", "kind", "status", "note"]
QUOTE_COLUMNS = ["text", "kind", "speaker", "speaker_role", "speaker_affiliation", "speaker_country", "cue",
                 "char_start", "char_end", "note"]


def _raw(name: str) -> str:
    return (scorecard.CORPUS / f"{name}.txt").read_text(encoding="utf-8")


def test_the_corpus_covers_theatres_forces_and_page_shapes():
    assert len(MANIFEST) >= 45
    assert MANIFEST["theatre"].nunique() >= 10
    forces = {f for value in MANIFEST["forces"] for f in value.split("; ")}
    assert len(forces - {"multinational", "NATO", "UN", "EU", "African Union"}) >= 10
    assert set(MANIFEST["shape"]) >= {"wire", "local", "press_release", "trade_press", "transcript", "aggregator",
                                      "single_breaks", "menus"}
    assert MANIFEST["name"].is_unique and set(MANIFEST["split"]) == {"test", "dev"}
    assert (MANIFEST["split"] == "test").sum() >= len(MANIFEST) // 3


@pytest.mark.parametrize("name", MANIFEST["name"])
def test_every_gold_row_gives_back_its_words(name):
    raw = _raw(name)
    mentions = pd.read_csv(scorecard.CORPUS / f"{name}.mentions.csv", keep_default_na=False, dtype={"text": str})
    quotes = pd.read_csv(scorecard.CORPUS / f"{name}.quotes.csv", keep_default_na=False, dtype={"text": str})
    assert list(mentions.columns) == MENTION_COLUMNS and list(quotes.columns) == QUOTE_COLUMNS
    for table in (mentions, quotes):
        for row in table.itertuples():
            assert raw[row.char_start:row.char_end] == row.text, (name, row.text)
        assert list(table["char_start"]) == sorted(table["char_start"])
    entry = MANIFEST.set_index("name").loc[name]
    assert entry["headline"] in raw and entry["body_first"] in raw and entry["body_last"] in raw


def _int(value):
    return None if value == "" else int(value)


@pytest.mark.parametrize("name", MANIFEST["name"])
def test_gold_counts_follow_the_hedge_rules(name):
    mentions = pd.read_csv(scorecard.CORPUS / f"{name}.mentions.csv", keep_default_na=False, dtype=str)
    for row in mentions.itertuples():
        count, low, high = _int(row.count), _int(row.count_low), _int(row.count_high)
        assert row.kind in ("movement", "withdrawal", "stock", "target"), row.kind
        assert (row.status == "existing") == (row.kind == "stock"), (row.text, row.status)
        if row.qualifier == "":  # a unit that moves with no number
            assert count is None and low is None and high is None and row.unit == row.text
        elif row.qualifier == "between":
            assert count is None and low is not None and high is not None
        elif count is not None:
            assert (low, high) == numbers.bounds(row.qualifier, count), row.text


def test_affiliation_key_names_a_country_by_any_of_its_names_and_drops_a_leading_country_word():
    assert scorecard.affiliation_key("Britain") == scorecard.affiliation_key("United Kingdom")
    assert scorecard.affiliation_key("Chinese Foreign Ministry") == scorecard.affiliation_key("Foreign Ministry")
    assert scorecard.affiliation_key("Norway") != scorecard.affiliation_key("Sweden")


def test_a_leading_article_is_ignored_when_values_are_compared():
    assert scorecard._key("a Bahraini government statement") == scorecard._key("Bahraini government statement")
    assert scorecard._key("The ministry") == scorecard._key("ministry")


def test_speaker_key_leaves_off_where_an_unnamed_speaker_is():
    assert scorecard.speaker_key("a senior army officer in Leh") == scorecard.speaker_key("a senior army officer")
    assert scorecard.speaker_key("an aid worker in Axum") == scorecard.speaker_key("An aid worker")
    assert scorecard.speaker_key("Ola Brant") != scorecard.speaker_key("Ola Brant in Oslo")  # a name keeps its words
    assert scorecard.speaker_key("a senior officer") != scorecard.speaker_key("a junior officer")


def test_role_key_reads_a_rank_as_spelled_out():
    assert scorecard.role_key("Col.", "") == scorecard.role_key("colonel", "")
    assert scorecard.role_key("Lt Col", "") == scorecard.role_key("Lieutenant Colonel", "")
    assert scorecard.role_key("Col.", "") != scorecard.role_key("Maj.", "")


def test_role_key_drops_the_affiliation_and_country_words():
    assert scorecard.role_key("Pentagon press secretary", "Pentagon") == "press secretary"
    assert scorecard.role_key("Latvian defence minister", "Latvia") == "defence minister"
    assert scorecard.role_key("senior spokeswoman", "Foreign Office") == "senior spokeswoman"
    assert scorecard.role_key("Colonel", "") != scorecard.role_key("General", "")


def test_the_scorecard_counts_every_measure_of_a_split():
    card = scorecard.scorecard("dev")
    assert list(card.columns) == scorecard.SCORE_COLUMNS
    assert card["measure"].iloc[0] == "mentions found: precision"
    assert (card["right"] <= card["out_of"]).all()
    found = card.set_index("measure")
    gold = sum(len(pd.read_csv(scorecard.CORPUS / f"{n}.mentions.csv")) for n in
               MANIFEST.loc[MANIFEST["split"] == "dev", "name"])
    assert found.loc["mentions found: recall", "out_of"] == gold


def test_place_key_ignores_the_generic_word_coders_differ_on():
    assert scorecard.place_key("Podlaskie region") == scorecard.place_key("Podlaskie")
    assert scorecard.place_key("Fujian Province; Taiwan island") == "fujian; taiwan"
    assert scorecard.place_key("northern Norway") != scorecard.place_key("Norway")


def test_a_country_is_compared_by_any_of_its_names():
    assert scorecard.place_key("Czech Republic") == scorecard.place_key("Czechia")
    assert scorecard.field_key("force", "Czech Republic; Britain") == scorecard.field_key("force", "Czechia; United Kingdom")
    assert scorecard.field_key("force", "Czech Republic") != scorecard.field_key("force", "Slovakia")
