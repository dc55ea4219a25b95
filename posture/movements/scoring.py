"""Measure extracted troop mentions against hand-coded gold.

Mentions are paired by their character offsets (spans that overlap, largest overlap
first, one to one). Two scores: on spans alone (was the number found?) and on whole
rows (found, and every coded field agrees). `disagreements` lists every difference.
"""

import pandas as pd

FIELDS = ["count", "count_low", "count_high", "qualifier", "force", "unit", "origin", "destination", "kind", "status"]
DISAGREEMENT_COLUMNS = ["char_start", "char_end", "text", "field", "gold", "extracted"]


def _value(value) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def pairs(extracted: pd.DataFrame, gold: pd.DataFrame) -> list[tuple[int, int]]:
    """(gold row position, extracted row position) for mentions whose spans overlap."""
    candidates = []
    for g, (gs, ge) in enumerate(zip(gold["char_start"], gold["char_end"])):
        for e, (es, ee) in enumerate(zip(extracted["char_start"], extracted["char_end"])):
            overlap = min(ge, ee) - max(gs, es)
            if overlap > 0:
                candidates.append((-overlap, g, e))
    used_gold, used_extracted, matched = set(), set(), []
    for _, g, e in sorted(candidates):
        if g not in used_gold and e not in used_extracted:
            used_gold.add(g)
            used_extracted.add(e)
            matched.append((g, e))
    return sorted(matched)


def _prf(hits: int, extracted: int, gold: int) -> tuple[float, float, float]:
    precision = hits / extracted if extracted else 1.0
    recall = hits / gold if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def field_agreement(extracted: pd.DataFrame, gold: pd.DataFrame) -> dict[str, int]:
    """For each field, how many paired mentions agree on it."""
    matched = pairs(extracted, gold)
    return {
        name: sum(_value(gold.iloc[g][name]) == _value(extracted.iloc[e][name]) for g, e in matched)
        for name in FIELDS
    }


def score(extracted: pd.DataFrame, gold: pd.DataFrame) -> dict:
    """Counts and precision/recall/F1 on spans and on whole rows."""
    matched = pairs(extracted, gold)
    exact = sum(
        all(_value(gold.iloc[g][name]) == _value(extracted.iloc[e][name]) for name in FIELDS) for g, e in matched
    )
    span = _prf(len(matched), len(extracted), len(gold))
    rows = _prf(exact, len(extracted), len(gold))
    return {
        "gold": len(gold), "extracted": len(extracted), "found": len(matched), "rows_right": exact,
        "span_precision": span[0], "span_recall": span[1], "span_f1": span[2],
        "row_precision": rows[0], "row_recall": rows[1], "row_f1": rows[2],
    }


def disagreements(extracted: pd.DataFrame, gold: pd.DataFrame, raw: str) -> pd.DataFrame:
    """One row per field that differs, per gold mention missed and per extra mention."""
    matched = pairs(extracted, gold)
    rows = []
    for g, e in matched:
        for name in FIELDS:
            want, got = _value(gold.iloc[g][name]), _value(extracted.iloc[e][name])
            if want != got:
                start, end = int(gold.iloc[g]["char_start"]), int(gold.iloc[g]["char_end"])
                rows.append((start, end, raw[start:end], name, want, got))
    for g in sorted(set(range(len(gold))) - {g for g, _ in matched}):
        start, end = int(gold.iloc[g]["char_start"]), int(gold.iloc[g]["char_end"])
        rows.append((start, end, raw[start:end], "mention", "a troop count", "not found"))
    for e in sorted(set(range(len(extracted))) - {e for _, e in matched}):
        start, end = int(extracted.iloc[e]["char_start"]), int(extracted.iloc[e]["char_end"])
        rows.append((start, end, raw[start:end], "mention", "not a troop count", "extracted"))
    table = pd.DataFrame(rows, columns=DISAGREEMENT_COLUMNS)
    return table.sort_values(["char_start", "field"], kind="stable").reset_index(drop=True)


def score_table(scores: dict) -> pd.DataFrame:
    """The scores as a one-column table for a reader: shares to three decimals, counts as they are."""
    return pd.DataFrame({"value": [f"{v:.3f}" if isinstance(v, float) else str(v) for v in scores.values()]},
                        index=list(scores))
