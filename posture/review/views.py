"""The corrections as the notebooks show them: machine said / analyst says / why."""

import pandas as pd

from posture.charts.reader_tables import reader_and_provenance, reader_table

RECORD_HEADINGS = {"words": "the article's words", "field": "field", "machine_said": "machine said",
                   "analyst_says": "analyst says", "why": "why", "outcome": "outcome"}
LINE_HEADINGS = {"table": "table", "char_start": "char_start", "char_end": "char_end", "field": "field",
                 "value": "value", "note": "note"}


def record_table(record: pd.DataFrame, empty: str):
    """Each correction applied (or not) to a table, then where its row stands in the text."""
    return reader_and_provenance(record, RECORD_HEADINGS, {"table": "table", "char_start": "first character",
                                                           "char_end": "last character"}, empty=empty)


def file_lines(lines: pd.DataFrame, empty: str):
    """Corrections as the lines of a corrections file (offsets as written there, with no thousands separator)."""
    return reader_table(lines.astype({"char_start": str, "char_end": str}), LINE_HEADINGS, empty=empty)


def in_words(record: pd.DataFrame) -> str:
    """How many corrections were applied, and which were not, in a sentence (Markdown-safe text is the caller's)."""
    if record.empty:
        return "No corrections: every row is the machine's."
    stale = record[record["outcome"].str.startswith("not ")]
    applied = len(record) - len(stale)
    return (f"{applied} correction{'' if applied == 1 else 's'} applied"
            + (f"; {len(stale)} not applied, listed above: check them in the corrections file." if len(stale)
               else "; every correction found its row."))
