"""Apply the analyst's corrections to a table the machine made, recording each one.

Rows are found by their offsets in the raw text, which stay the same from run to run (row
ids do not). A correction that finds no row is kept in the record as not applied, never
dropped. Ids are numbered again after rows are added or deleted.
"""

import pandas as pd

from posture.errors import InputError
from posture.ingest.block_types import TEXT_TYPES
from posture.lang.affiliations import country_named
from posture.lang.numbers import bounds, find_amounts
from posture.review.corrections import ADD, COLUMNS, COUNTS, DELETE, FIELDS, FILE_NAME, Correction, parse

RECORD_COLUMNS = ["table", "char_start", "char_end", "words", "field", "machine_said", "analyst_says", "why", "outcome"]
APPLIED = "applied"
AGREED = "applied: the machine already says so"
NO_ROW = "not applied: no row at these offsets"
FOUND = "not added: the machine finds this row"
ADDED_RULE = "added by the analyst"
_ID = {"troop_mentions": ("mention_id", "M{:02d}"), "quotes": ("quote_id", "q{:03d}")}


def _text(value) -> str:
    """A cell as the record shows it: blank for none."""
    return "" if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)) else str(value)


def _typed(field: str, value: str):
    return (int(value) if value else pd.NA) if field in COUNTS else value


def _inside(frame: pd.DataFrame, correction: Correction, types) -> dict | None:
    """The row of frame (sentences or blocks) of a prose type that holds the correction's offsets."""
    type_column = "block_type" if "block_type" in frame.columns else "type"
    holds = frame[(frame["char_start"] <= correction.char_start) & (frame["char_end"] >= correction.char_end)
                  & frame[type_column].isin(types)]
    return holds.iloc[0].to_dict() if len(holds) else None


def _added_mention(article, correction: Correction) -> dict:
    sentence = _inside(article.sentences, correction, TEXT_TYPES)
    if sentence is None:
        raise InputError(f"{FILE_NAME}: line {correction.line}: cannot add a troop mention at "
                         f"{correction.char_start}-{correction.char_end}: not inside one sentence of the article's prose")
    start, end = correction.char_start - sentence["char_start"], correction.char_end - sentence["char_start"]
    amount = next((a for a in find_amounts(sentence["text_normalised"]) if (a.start, a.end) == (start, end)), None)
    count, low, high, qualifier = (amount.count, amount.low, amount.high, amount.qualifier) if amount else (None,) * 3 + ("exact",)
    return {"mention_id": "", "paragraph": sentence["block_id"], "sentence_id": sentence["sentence_id"],
            "block_type": sentence["block_type"], "number_text": article.raw[correction.char_start:correction.char_end],
            "count": count, "count_low": low, "count_high": high, "qualifier": qualifier, "force": "", "unit": "",
            "origin": "", "destination": "", "kind": "movement", "status": "announced", "rule": ADDED_RULE, "flag": "",
            "sentence": sentence["text"], "char_start": correction.char_start, "char_end": correction.char_end}


def _added_quote(article, correction: Correction) -> dict:
    block = _inside(article.blocks, correction, TEXT_TYPES)
    if block is None:
        raise InputError(f"{FILE_NAME}: line {correction.line}: cannot add a quote at "
                         f"{correction.char_start}-{correction.char_end}: not inside one paragraph of the article's prose")
    return {"quote_id": "", "text": article.raw[correction.char_start:correction.char_end], "kind": "direct",
            "speaker": "", "speaker_role": "", "speaker_affiliation": "", "cue": "", "paragraph": block["block_id"],
            "char_start": correction.char_start, "char_end": correction.char_end, "speaker_country": "",
            "rule": ADDED_RULE, "flag": ""}


ADDED_ROW = {"troop_mentions": _added_mention, "quotes": _added_quote}


def check(corrections: list[Correction], article) -> None:
    """InputError in one line if a row to add does not lie where such a row can (before anything runs)."""
    for correction in corrections:
        if correction.field == ADD:
            ADDED_ROW[correction.table](article, correction)


def _derive(table: str, row: dict, fields: set[str]) -> None:
    """Columns that follow from corrected ones, unless corrected themselves: a count's bounds from its
    hedge, a speaker's country from the affiliation."""
    if table == "troop_mentions" and fields & {"count", "qualifier"} and not fields & {"count_low", "count_high"}:
        count = None if row["count"] is pd.NA or row["count"] is None else int(row["count"])
        low, high = bounds(row["qualifier"], count)
        row["count_low"], row["count_high"] = (pd.NA if low is None else low), (pd.NA if high is None else high)
    if table == "quotes" and "speaker_affiliation" in fields and "speaker_country" not in fields:
        row["speaker_country"] = "; ".join(dict.fromkeys(
            country_named(a) for a in row["speaker_affiliation"].split("; ") if country_named(a)))


def apply(table: str, machine: pd.DataFrame, corrections: list[Correction], article) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(the corrected table, the record of every correction to it): adds, then deletions, then fields."""
    mine = [c for c in corrections if c.table == table]
    rows = {(row["char_start"], row["char_end"]): row for row in machine.to_dict("records")}
    record = []

    def note(correction, said, says, outcome):
        record.append({"table": table, "char_start": correction.char_start, "char_end": correction.char_end,
                       "words": article.raw[correction.char_start:correction.char_end], "field": correction.field,
                       "machine_said": said, "analyst_says": says, "why": correction.note, "outcome": outcome})

    for correction in (c for c in mine if c.field == ADD):
        key = (correction.char_start, correction.char_end)
        if key in rows:
            note(correction, "a row", "a row", FOUND)
        else:
            rows[key] = ADDED_ROW[table](article, correction)
            note(correction, "no row", "a row", APPLIED)
    for correction in (c for c in mine if c.field == DELETE):
        if rows.pop((correction.char_start, correction.char_end), None) is None:
            note(correction, "no row", "no row", NO_ROW)
        else:
            note(correction, "a row", "no row", APPLIED)
    corrected: dict[tuple, set] = {}
    for correction in (c for c in mine if c.field not in (ADD, DELETE)):
        key = (correction.char_start, correction.char_end)
        if key not in rows:
            note(correction, "", correction.value, NO_ROW)
            continue
        said = _text(rows[key][correction.field])
        rows[key][correction.field] = _typed(correction.field, correction.value)
        corrected.setdefault(key, set()).add(correction.field)
        note(correction, said, correction.value, AGREED if said == correction.value else APPLIED)
    for key, fields in corrected.items():
        _derive(table, rows[key], fields)
    return _renumbered(table, machine, rows), pd.DataFrame(record, columns=RECORD_COLUMNS)


def _renumbered(table: str, machine: pd.DataFrame, rows: dict) -> pd.DataFrame:
    id_column, form = _ID[table]
    ordered = [rows[key] for key in sorted(rows)]
    for number, row in enumerate(ordered, start=1):
        row[id_column] = form.format(number)
    return pd.DataFrame(ordered, columns=machine.columns).astype(machine.dtypes.to_dict())


def not_applied(record: pd.DataFrame) -> pd.DataFrame:
    """The corrections that no longer match a row: every one is reported, none dropped."""
    return record[record["outcome"].str.startswith("not ")]


def from_gold(table: str, machine: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """The corrections file (its columns) that would turn the machine's table into the gold one: a gold
    row the machine missed is added, a machine row with no gold row deleted, each differing field set."""
    fields = [field for field in FIELDS[table] if field in gold.columns]
    machine_rows = {(int(r["char_start"]), int(r["char_end"])): r for r in machine.to_dict("records")}
    gold_rows = {(int(r["char_start"]), int(r["char_end"])): r for r in gold.to_dict("records")}
    lines = []

    def line(key, field, value, why):
        lines.append({"table": table, "char_start": key[0], "char_end": key[1], "text": "", "field": field,
                      "value": value, "note": why})

    for key in sorted(set(machine_rows) | set(gold_rows)):
        said, gold_row = machine_rows.get(key), gold_rows.get(key)
        if gold_row is None:
            line(key, DELETE, "", "not in the gold table")
            continue
        if said is None:
            line(key, ADD, "", _text(gold_row.get("note")) or "in the gold table")
        for field in fields:
            value = _text(gold_row[field])
            if said is None or _text(said[field]) != value:
                line(key, field, value, _text(gold_row.get("note")) or "as the gold table codes it")
    return pd.DataFrame(lines, columns=COLUMNS)


def as_corrections(lines: pd.DataFrame, raw: str) -> list[Correction]:
    """Corrections in the file's columns, read through the same checks as the file itself."""
    return parse(lines.to_csv(index=False), raw, "corrections")
