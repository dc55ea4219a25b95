"""The claims check: each number in the article beside the official or independent figure for the same thing."""

import pandas as pd

from posture.charts import geo
from posture.lang import numbers
from posture.charts.hedges import hedged_row, is_missing


CLAIMS_COLUMNS = ["claim", "article_figure", "reference_figure", "reference_date", "reference_measure",
                  "reference_source", "reference_source_url", "strength", "note",
                  "force", "kind", "origin", "destination", "char_start", "char_end"]


def _place_keys(text: str, places: pd.DataFrame) -> frozenset:
    """The set of countries (or regions) a place text names: 'Rzeszow' counts as Poland."""
    keys = set()
    for name in geo.places_named(str(text), places):
        row = geo.find_place(name, places)
        keys.add(row["place"] if row["kind"] in ("country", "region") else row["country"])
    return frozenset(keys)


def claims_check(article_rows: pd.DataFrame, reference: pd.DataFrame, places: pd.DataFrame) -> pd.DataFrame:
    """Each number in the article beside the official or independent figure for the same thing.

    article_rows: force, kind, origin, destination, count, count_low, count_high, qualifier,
      char_start, char_end (the movements table). reference: claims_reference.csv.
    A reference row matches an article row with the same force and kind that names the same
    destination countries (and origin countries, where the reference gives an origin).
    Article rows with no reference figure are kept, with the reference columns blank.
    """
    rows = claim_rows(article_rows.to_dict("records"), reference.to_dict("records"), places)
    return pd.DataFrame(rows, columns=CLAIMS_COLUMNS + ["_date"])[CLAIMS_COLUMNS]


def claim_rows(article_rows: list[dict], references: list[dict], places: pd.DataFrame) -> list[dict]:
    """claims_check on plain rows: one dict per comparison, sorted by claim (blank first), position, date."""
    out, known = [], {}

    def keys(text) -> frozenset:  # each place text read once per call
        if text not in known:
            known[text] = _place_keys(text, places)
        return known[text]

    for row in article_rows:
        dest, orig = keys(row.get("destination", "")), keys(row.get("origin", ""))
        if row.get("kind") == "stock" and not dest:
            dest = orig
        matched = [ref for ref in references
                   if ref["force"] == row.get("force") and ref["kind"] == row.get("kind")
                   and keys(ref["destination"]) == dest
                   and (is_missing(ref["origin"]) or keys(ref["origin"]) == orig)]
        base = {"article_figure": hedged_row(row), "force": row.get("force", ""), "kind": row.get("kind", ""),
                "origin": row.get("origin", ""), "destination": row.get("destination", ""),
                "char_start": row.get("char_start"), "char_end": row.get("char_end")}
        for ref in matched or [None]:
            out.append({**base, **({
                "claim": ref["claim"], "reference_figure": hedged_row(ref), "reference_date": ref["date_label"],
                "reference_measure": ref["measure"], "reference_source": ref["source"],
                "reference_source_url": ref["source_url"], "strength": ref["strength"], "note": ref["note"],
                "_date": ref["date"]} if ref else {"claim": "", "_date": ""})})

    def start(row) -> float:
        value = row["char_start"]
        return -1.0 if value is None or value is pd.NA or value != value else float(value)

    return sorted(out, key=lambda row: (row["claim"], start(row), row["_date"]))


_SIGNS = tuple(sorted({sign for _, sign in numbers.HEDGE_TABLE.values()}, key=len, reverse=True))


def without_hedge(figure: str) -> str:
    """A figure as written on a chart with its hedge sign taken off: '~1,700' -> '1,700', 'up to 350' -> '350'."""
    text = str(figure).strip()
    for sign in _SIGNS:
        if text.startswith(sign):
            return text[len(sign):].strip()
    return text


def agreement_in_words(claims: pd.DataFrame, figures: int) -> str:
    """How many of the article's figures have a reference figure, and how many comparisons give the same number."""
    matched = claims[claims["claim"] != ""]
    same = sum(without_hedge(a) == without_hedge(r) for a, r in zip(matched["article_figure"], matched["reference_figure"]))
    found = matched["char_start"].nunique()
    return (f"**{found}** of the article's {figures} figure{'s' if figures != 1 else ''} "
            f"{'has' if found == 1 else 'have'} an official or "
            f"independent figure to set beside {'it' if found == 1 else 'them'} ({len(matched)} "
            f"comparison{'s' if len(matched) != 1 else ''}); **{same}** of the comparisons "
            f"{'gives' if same == 1 else 'give'} the same number, hedges aside.")
