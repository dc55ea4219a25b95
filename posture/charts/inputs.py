"""What each chart of notebook 04 is drawn from: rows of the stage tables, picked and reshaped.

Pure functions from the movements table (and the reference files) to the DataFrames the
chart functions take; reading the CSV files is the only I/O here.
"""

import functools
import io
import re
from pathlib import Path

import pandas as pd

from posture import frames, paths
from posture.charts import geo
from posture.charts.citations import article_citation
from posture.charts.claims import CLAIMS_COLUMNS, claim_rows, claims_check
from posture.charts.labels import day, figure_text
from posture.charts.regions import WORLD, choose_region
from posture.charts.routes import plan_row
from posture.charts.hedges import bounds
from posture.errors import InputError
from posture.markup import md

INTEGER_COLUMNS = ["count", "count_low", "count_high", "component_sum", "char_start", "char_end", "n_mentions"]
# us_personnel_dec2021.csv counts the personnel of this force only
PERSONNEL_FORCE = "United States"
# the claims_reference.csv claim that russian_forces_estimates.csv estimates over time
ESTIMATES_CLAIM = "Russian troops near Ukraine"
MAP_NOTE_COLUMNS = ["movement_id", "note"]
CLAIM_CLAIM_COLUMNS = ["date", "count", "count_low", "count_high", "qualifier", "estimator", "source",
                       "char_start", "char_end"]
NO_REFERENCE = "No official or independent figure for this in data/external/claims_reference.csv."


def read_movements(path: Path | pd.DataFrame) -> pd.DataFrame:
    """troop_movements.csv (or the table itself) with blanks as '', counts as nullable integers, is_aggregate as bool."""
    if isinstance(path, pd.DataFrame) and len(path):
        return _as_read(path)
    try:
        source = io.StringIO(path.to_csv(index=False)) if isinstance(path, pd.DataFrame) else path
        table = pd.read_csv(source, dtype=str, keep_default_na=False)
    except OSError as error:
        raise InputError(f"{path}: cannot read the movements table ({error.strerror}); run notebook 02 first") from None
    for column in INTEGER_COLUMNS:
        if column in table:
            table[column] = pd.to_numeric(table[column].replace("", None)).astype("Int64")
    table["is_aggregate"] = table["is_aggregate"].str.lower() == "true"
    return table


def _as_read(movements: pd.DataFrame) -> pd.DataFrame:
    """The movements table as read_movements would read it back from its CSV file."""
    table = pd.DataFrame(index=range(len(movements)))
    for column in movements.columns:
        values = movements[column].tolist()
        if column in INTEGER_COLUMNS:
            table[column] = pd.array([None if pd.isna(v) else int(v) for v in values], dtype="Int64")
        elif column == "is_aggregate":
            table[column] = [bool(v) for v in values]
        else:
            table[column] = ["" if v is None or (not isinstance(v, str) and pd.isna(v)) else str(v) for v in values]
    return table


def read_reference(path: Path) -> pd.DataFrame:
    """A data/external CSV as text, blanks as ''."""
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def map_rows(movements: pd.DataFrame) -> pd.DataFrame:
    """The rows the map draws: movements that are not a total of others (those are drawn as their parts)."""
    return movements[(movements["kind"] == "movement") & ~movements["is_aggregate"]].reset_index(drop=True)


def map_notes(movements: pd.DataFrame, places: pd.DataFrame) -> pd.DataFrame:
    """movement_id, note: every map row not drawn as an arrow, and why ('origin not given')."""
    return pd.DataFrame(map_note_rows(map_rows(movements).to_dict("records"), places), columns=MAP_NOTE_COLUMNS)


def map_note_rows(rows: list[dict], places: pd.DataFrame) -> list[dict]:
    """map_notes on plain rows of the map, placed on the map of their region (regions.choose_region)."""
    notes = []
    region = choose_region(rows, places) or WORLD
    for row in rows:
        arrow, problem = plan_row(row, places, 1, region)
        said = move_in_words(row)
        if problem:
            notes.append({"movement_id": row["movement_id"], "note": f"{said}: not on the map, {problem['problem']}"})
        elif not arrow["origin_given"]:
            notes.append({"movement_id": row["movement_id"], "note": f"{said}: marked at its destination only, "
                                                                     "origin not given"})
    return notes


def move_in_words(row: dict) -> str:
    """'300 to Germany', '1,000 from Germany to Romania': a move as prose names it, with no id."""
    number = figure_text(row)
    origin, destination = str(row.get("origin") or "").strip(), str(row.get("destination") or "").strip()
    destination = " and ".join(d for d in destination.split("; ") if d)
    route = (f"from {origin} to {destination}" if origin and destination else f"to {destination}" if destination
             else f"from {origin}" if origin else "with no route given")
    return f"{number} {route}"


def personnel_additions(movements: pd.DataFrame) -> pd.DataFrame:
    """Moves of the force the personnel table counts, totals left out (their parts are in)."""
    rows = map_rows(movements)
    return rows[rows["force"] == PERSONNEL_FORCE].reset_index(drop=True)


def article_claims(movements: pd.DataFrame, reference: pd.DataFrame, places: pd.DataFrame, claim: str,
                   article_date: str | None, article_source: str) -> pd.DataFrame:
    """The article's rows that claims_check matches to `claim`, as dated marks for the estimates chart.

    Empty when the article gives no such figure (or only a vague one) or has no date to put it at.
    """
    if movements.empty or not article_date:
        return pd.DataFrame(columns=CLAIM_CLAIM_COLUMNS)
    checked = claims_check(movements, reference, places)
    starts = checked.loc[checked["claim"] == claim, "char_start"].unique()
    rows = movements[movements["char_start"].isin(starts)].sort_values("char_start")
    numbered = pd.Series([any(v is not None for v in bounds(r)) for r in rows.to_dict("records")], index=rows.index,
                         dtype=bool)
    rows = rows[numbered]  # "tens of thousands" gives no mark
    out = rows[["count", "count_low", "count_high", "qualifier", "char_start", "char_end"]].copy()
    out.insert(0, "date", article_date)
    out["estimator"] = "this article"
    out["source"] = article_source
    return out[CLAIM_CLAIM_COLUMNS].reset_index(drop=True)


def claims_table(movements: pd.DataFrame, reference: pd.DataFrame, places: pd.DataFrame) -> pd.DataFrame:
    """claims_check over every row of the movements table, with a note on rows that have no reference."""
    return _claims_frame(claim_rows(movements.to_dict("records"), reference.to_dict("records"), places))


def _claims_frame(rows: list[dict]) -> pd.DataFrame:
    """The claims table from its rows: blank cells as '', the note on rows with no reference figure."""
    if not rows:
        return pd.DataFrame(columns=CLAIMS_COLUMNS)
    filled = [{c: (row.get(c) if c in ("char_start", "char_end") else
                   (NO_REFERENCE if c == "note" and not row.get(c) else ("" if row.get(c) is None else row.get(c))))
               for c in CLAIMS_COLUMNS} for row in rows]
    return pd.DataFrame(filled, columns=CLAIMS_COLUMNS)


@functools.cache
def _check_references() -> tuple[pd.DataFrame, list[dict]]:
    """The places and the claims reference's rows, read once per process (they are never changed here)."""
    return geo.read_places(), read_reference(paths.EXTERNAL / "claims_reference.csv").to_dict("records")


def _as_records(movements: pd.DataFrame) -> list[dict]:
    """The movements table's rows as read_movements reads them: '' for a blank text, None for a blank count."""
    rows = []
    for row in frames.dict_rows(movements):
        rows.append({k: (bool(v) if k == "is_aggregate" else
                         (None if v is None or v is pd.NA or v != v else int(v)) if k in INTEGER_COLUMNS else
                         ("" if v is None or v is pd.NA or (not isinstance(v, str) and v != v) else str(v)))
                     for k, v in row.items()})
    return rows


def check_tables(movements: pd.DataFrame) -> dict:
    """claims_check.csv and map_notes.csv for a movements table: each figure beside its reference,
    and every move the map cannot draw. The one producer of both files."""
    places, references = _check_references()
    rows = _as_records(movements)
    notes = map_note_rows([r for r in rows if r["kind"] == "movement" and not r["is_aggregate"]], places)
    return {"claims_check.csv": _claims_frame(claim_rows(rows, references, places)),
            "map_notes.csv": pd.DataFrame(notes, columns=MAP_NOTE_COLUMNS)}


def article_source(metadata: dict) -> str:
    """How the charts cite the article: outlet, headline, date and link (never its file name)."""
    return article_citation(metadata)


def as_of(metadata: dict) -> str:
    """'as of 22 Feb 2022': the article's date, for the charts' subtitles ('date not given' if it has none)."""
    return f"as of {day(metadata['date'])}" if metadata.get("date") else NO_DATE


NO_DATE = "date not given"


def map_in_words(map_table: pd.DataFrame, map_notes: pd.DataFrame) -> str:
    """'**2** of 3 moves are on the map, **1** of them at its destination only.' and the notes, as a list."""
    off = int(map_notes["note"].str.contains(": not on the map,", regex=False).sum()) if len(map_notes) else 0
    drawn = len(map_table) - off
    text = (f"**{drawn}** of {len(map_table)} {'move is' if len(map_table) == 1 else 'moves are'} on the map, "
            f"**{len(map_notes) - off}** of them at {'its destination' if drawn == 1 else 'their destination'} only.")
    return text + ("" if map_notes.empty else " Notes:\n\n" + "\n".join(f"- {md(n)}" for n in map_notes["note"]))


def involves_nato(text: str, movements: pd.DataFrame) -> bool:
    """Whether the article is about NATO: it names the alliance, or a row's force is NATO."""
    return bool(re.search(r"\bNATO\b|North Atlantic Treaty Organi[sz]ation", str(text))) or (
        "NATO" in set(movements.get("force", [])))


def sites_named(sites: pd.DataFrame, text: str, places: pd.DataFrame) -> pd.DataFrame:
    """The Aegis Ashore sites the article names: by the site's place (or an alias), or 'Aegis Ashore'
    with the site's country ('Aegis Ashore sites in Romania and Poland')."""
    named = set(geo.places_named(str(text), places))
    aegis = "aegis ashore" in str(text).casefold()
    keep = [row["place"] in named or (aegis and row["country"] in named) for row in sites.to_dict("records")]
    return sites[keep].reset_index(drop=True)


def country_of_place(name: str, places: pd.DataFrame) -> str:
    """The country a place lies in ('Rzeszow' -> 'Poland', 'Poland' -> 'Poland'); '' for a region or unknown place."""
    found = geo.find_place(str(name), places) if name and ";" not in str(name) else None
    return "" if found is None else found["place"] if found["kind"] == "country" else found["country"]


def context_countries(movements: pd.DataFrame, places: pd.DataFrame) -> list[str]:
    """Countries the movements table names (forces, origins, destinations, any kind of row): labelled
    on the map where there is room."""
    found = []
    for row in movements.to_dict("records"):
        for text in (row.get("force"), row.get("origin"), row.get("destination")):
            for name in geo.places_named(str(text or ""), places):
                place = geo.find_place(name, places)
                if place["kind"] == "country":
                    found.append(place["place"])
    return list(dict.fromkeys(found))
