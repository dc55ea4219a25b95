"""Which charts an article gets: each is drawn when the article has what it shows, else left out with one line why.

Each `why_no_*` returns '' when its chart is drawn, else the sentence the report's summary
and figure_notes.csv give. No plotting here.
"""

import pandas as pd

from posture.charts.labels import who_said
from posture.charts.regions import choose_region
from posture.charts.routes import plan_row

FIGURE_NOTE_COLUMNS = ["figure", "note"]
NOT_MAPPED = "(withdrawals, targets and forces in place are not drawn on the map)"
# a reference figure is context for an article dated this close to it
CONTEXT_DAYS = 120
# the DMDC count of one December stands for a year of US basing
PERSONNEL_DAYS = 366


def within(article_date: str | None, reference_dates, days: int = CONTEXT_DAYS) -> bool:
    """Whether the article's date lies within `days` of any of the reference dates (False with no date)."""
    if not article_date:
        return False
    when = pd.Timestamp(article_date)
    return any(abs((pd.Timestamp(d) - when).days) <= days for d in reference_dates if str(d).strip())


def why_no_map(map_table: pd.DataFrame, places: pd.DataFrame) -> str:
    if map_table.empty:
        return f"Map of the moves left out: the article reports no troop movement {NOT_MAPPED}."
    region = choose_region(map_table.to_dict("records"), places)
    if region is None or not any(plan_row(r, places, 1, region)[0] for r in map_table.to_dict("records")):
        return f"Map of the moves left out: no troop movement the article reports {NOT_MAPPED} names a place the map knows."
    return ""


def why_no_scale(scale: pd.DataFrame) -> str:
    """The scale chart sets the moves beside something: a force in place or a reference figure."""
    moves = scale[scale["is_article"] & (scale["kind"] == "movement")] if len(scale) else scale
    if moves.empty:
        return "Scale chart left out: the article reports no troop movement to set beside the forces in place."
    others = scale[~scale.index.isin(moves.index) & ((~scale["is_article"]) | (scale["figure"] != ""))]
    if others.empty:
        return ("Scale chart left out: the article gives no force already in place, and no reference figure "
                "covers its forces, places and date.")
    return ""


def why_no_parts(parts: pd.DataFrame) -> str:
    if parts.empty:
        return "Make-up chart left out: the article reports no troop movement."
    if len(parts) == 1:
        return "Make-up chart left out: the article reports one troop move and no total, so nothing adds up."
    return ""


def why_no_personnel(additions: pd.DataFrame, personnel: pd.DataFrame, article_date: str | None,
                     places_country) -> str:
    """US personnel by host country: drawn for US moves to a host country the reference lists, near its date.

    places_country: a function from a destination to its country ('' when unknown)."""
    listed = set(personnel["country"])
    hosts = {places_country(d) for d in additions.get("destination", [])} & listed
    when = personnel["date"].max()
    count = f"{who_said(personnel['source'].iloc[0])}, {pd.Timestamp(when).strftime('%b %Y')}"
    if not hosts:
        return ("US personnel chart left out: the article reports no US move to a host country the reference "
                f"data lists ({count}: {', '.join(sorted(listed))}).")
    if not within(article_date, [when], PERSONNEL_DAYS):
        return (f"US personnel chart left out: its reference count ({count}) is more than a year from the "
                "article's date" + ("." if article_date else ", or the article has none."))
    return ""


def why_no_estimates(claim: pd.DataFrame, estimates: pd.DataFrame, article_date: str | None) -> str:
    """Russian force estimates: only for an article about that build-up (it gives a figure, dated near them)."""
    if claim.empty:
        return ("Chart of Russian force estimates left out: the article gives no figure for Russian troops "
                "near Ukraine (or no date to put it at).")
    dates = list(estimates["date_from"]) + list(estimates["date_to"])
    if not within(article_date, dates):
        return ("Chart of Russian force estimates left out: the article's date is far from the estimates "
                f"({min(dates)[:7]} to {max(dates)[:7]}), so they are not the build-up it describes.")
    return ""


def figure_notes(reasons: dict) -> pd.DataFrame:
    """figure, note: one row per chart left out ({figure name: why, '' when drawn})."""
    rows = [{"figure": name, "note": why} for name, why in reasons.items() if why]
    return pd.DataFrame(rows, columns=FIGURE_NOTE_COLUMNS)
