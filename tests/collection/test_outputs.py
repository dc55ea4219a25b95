"""How tables are stored: line breaks quoted, formula-like cells guarded, and read back exactly."""

import csv
import io

import pandas as pd
import pytest

from posture.collection.outputs import FORMULA_STARTS, read_table, render, unguard, write_files

TEXTS = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+1", "-5 troops", "@SUM(A1)", "\tindented", "\rreturn",
         "'=already guarded looking", "'tis plain", "plain", "two\nlines", "old\rmac", "win\r\ndows", ""]


def test_every_cell_holding_a_line_break_is_quoted():
    stored = render(pd.DataFrame({"text": TEXTS, "n": range(len(TEXTS))}))
    rows = list(csv.reader(io.StringIO(stored, newline="")))
    assert len(rows) == 1 + len(TEXTS)  # no row torn by a bare CR or LF
    for text in TEXTS:
        if "\r" in text or "\n" in text:
            assert f'"{text}"' in stored or f"\"'{text}\"" in stored


def test_formula_like_cells_get_an_apostrophe_and_read_back_exactly(tmp_path):
    frame = pd.DataFrame({"text": TEXTS, "count": [-1] * len(TEXTS)})
    write_files(tmp_path, {"t.csv": frame})
    stored = pd.read_csv(tmp_path / "t.csv", dtype=str, keep_default_na=False)
    for raw, cell in zip(TEXTS, stored["text"]):
        assert not cell.startswith(FORMULA_STARTS)
        assert (cell == "'" + raw) == raw.startswith(FORMULA_STARTS + ("'=",))
        assert unguard(cell) == raw
    assert stored["count"].tolist() == ["-1"] * len(TEXTS)  # numbers stay numbers
    assert read_table(tmp_path / "t.csv")["text"].tolist() == TEXTS


@pytest.mark.parametrize("frame", [pd.DataFrame({"a": []}), pd.DataFrame({"a": [1, 2]}), pd.DataFrame({"a": [None, "x"]})])
def test_tables_without_risky_cells_are_stored_unchanged(frame):
    assert render(frame) == frame.to_csv(index=False, lineterminator="\n")
