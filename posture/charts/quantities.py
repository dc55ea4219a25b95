"""Named quantities the collection quotes in several places, each computed by one function from one table.

Prose, charts, tables, the exercises' keys and the instructor guide all take these numbers
from here, so one quantity has one value everywhere (tests/charts/test_quantities.py
collects every place and fails when two disagree). Where two references genuinely differ,
both are kept, each with what it counts: DMDC's total for Europe (about 65,600, every host
country) and the sum of the 15 host countries the reference notes list (65,351).
"""

import pandas as pd

from posture.charts.hedges import hedged_row
from posture.charts.quote_views import words_by_country, words_by_side

US_IN_EUROPE = "US troops in Europe"  # the claims_reference.csv claim


def words_quoted(quotes: pd.DataFrame, country: str) -> int:
    """Words quoted for a country (quotes.csv; a joint quote counts for each country it speaks for)."""
    table = words_by_country(quotes)
    found = table.loc[table["country"] == country, "words"]
    return int(found.iloc[0]) if len(found) else 0


def words_quoted_by_country(quotes: pd.DataFrame) -> dict[str, int]:
    """{country: words quoted}, most first: the one table behind the chart, notebook 03 and exercise 2."""
    table = words_by_country(quotes)
    return {c: int(w) for c, w in zip(table["country"], table["words"])}


def words_quoted_by_side(quotes: pd.DataFrame) -> dict[str, int]:
    """{side: words quoted}: each quote counted once for each side it speaks for, never twice."""
    table = words_by_side(quotes)
    return {s: int(w) for s, w in zip(table["side"], table["words"])}


def dmdc_europe_total(claims_reference: pd.DataFrame) -> dict:
    """DMDC's total of US troops permanently assigned in Europe (claims_reference.csv): count, figure, what, who, when."""
    rows = claims_reference[(claims_reference["claim"] == US_IN_EUROPE)
                            & claims_reference["source"].str.startswith("DMDC")]
    if rows.empty:
        return {}
    row = rows.iloc[0].to_dict()
    return {"count": int(row["count_low"]), "figure": hedged_row(row), "what": "every host country in Europe",
            "measure": row["measure"], "who": "DMDC", "when": row["date_label"]}


def listed_host_countries_total(personnel: pd.DataFrame) -> int:
    """The sum of the host countries in us_personnel_dec2021.csv (the 15 the reference notes list)."""
    return int(pd.to_numeric(personnel["personnel"]).sum())
