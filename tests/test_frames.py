"""posture.frames.table: one DataFrame from plain rows, typed as it is built."""

import pandas as pd

from posture import frames, ingest, pipeline

COLUMNS = ["name", "count", "low", "flag"]
TYPES = {"count": "int64", "low": "Int64", "flag": "bool"}


def test_dict_rows_and_tuple_rows_give_the_same_table():
    as_dicts = [{"name": "Poland", "count": 1700, "low": None, "flag": True},
                {"name": "Germany", "count": 300, "low": 300, "flag": False}]
    as_tuples = [tuple(row[c] for c in COLUMNS) for row in as_dicts]
    table = frames.table(as_dicts, COLUMNS, TYPES)
    pd.testing.assert_frame_equal(table, frames.table(as_tuples, COLUMNS, TYPES))
    assert list(table.columns) == COLUMNS
    assert table["count"].dtype == "int64" and table["flag"].dtype == bool
    assert str(table["low"].dtype) == "Int64" and table["low"].isna().tolist() == [True, False]
    assert table["name"].tolist() == ["Poland", "Germany"]


def test_typed_like_building_then_astype():
    rows = [("Romania", 1000, pd.NA, True)]
    expected = pd.DataFrame(rows, columns=COLUMNS).astype(TYPES)
    pd.testing.assert_frame_equal(frames.table(rows, COLUMNS, TYPES), expected)


def test_no_rows_gives_typed_empty_columns():
    table = frames.table([], COLUMNS, TYPES)
    assert table.empty and list(table.columns) == COLUMNS
    assert table["count"].dtype == "int64" and str(table["low"].dtype) == "Int64"
    assert table["name"].dtype == object


def test_an_article_with_no_findings_keeps_every_tables_types():
    files = pipeline.extract(ingest.parse("A headline\n\nNobody said anything about soldiers today.\n"))
    mentions, movements = files["troop_mentions.csv"], files["troop_movements.csv"]
    assert mentions.empty and movements.empty and files["quotes.csv"].empty
    assert mentions["char_start"].dtype == "int64" and str(mentions["count"].dtype) == "Int64"
    assert movements["is_aggregate"].dtype == bool and str(movements["component_sum"].dtype) == "Int64"
    assert files["quotes.csv"]["char_start"].dtype == "int64"


def test_records_reads_the_named_columns_in_order():
    from collections import namedtuple

    Place = namedtuple("Place", "name count")
    frame = frames.table([("Poland", 1700, None, True), ("Germany", 300, 300, False)], COLUMNS, TYPES)
    assert frames.records(frame, Place) == [Place("Poland", 1700), Place("Germany", 300)]
    assert frames.records(frames.table([], COLUMNS, TYPES), Place) == []


def test_dict_rows_reads_as_to_dict_records():
    frame = frames.table([("Poland", 1700, None, True), ("Germany", 300, 300, False)], COLUMNS, TYPES)
    frame["note"] = pd.Series(["a", None], dtype="str")
    frame["raw"] = pd.Series([pd.NA, 2], dtype=object)
    rows = frames.dict_rows(frame)
    expected = frame.to_dict("records")
    assert [list(row) for row in rows] == [list(row) for row in expected]
    assert [[(type(v), v if v == v else "nan") for v in row.values()] for row in rows] == \
        [[(type(v), v if v == v else "nan") for v in row.values()] for row in expected]
    assert rows[0]["low"] is None and type(rows[0]["count"]) is int
    assert frames.dict_rows(frames.table([], COLUMNS, TYPES)) == []
