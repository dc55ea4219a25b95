"""Score quote extraction against hand-coded gold, as quote-attribution tools report it.

Spans match exactly (same char_start and char_end) or by overlap (any shared character,
paired one to one, largest overlap first). Precision = matched / predicted, recall =
matched / gold. Speaker accuracy = share of overlap-matched gold spans whose predicted
speaker is the gold speaker (case and spacing ignored).
"""

import pandas as pd

SCORE_COLUMNS = ["measure", "matched", "predicted", "gold", "precision", "recall", "f1"]
DISAGREEMENT_COLUMNS = ["problem", "gold_text", "text", "gold_speaker", "speaker", "gold_kind", "kind",
                        "char_start", "char_end"]


def _same(a: str, b: str) -> bool:
    return " ".join(str(a).split()).casefold() == " ".join(str(b).split()).casefold()


def overlap_pairs(predicted: pd.DataFrame, gold: pd.DataFrame) -> list[tuple[int, int]]:
    """(predicted index, gold index) pairs, one to one, largest overlap first."""
    candidates = []
    for p in predicted.itertuples():
        for g in gold.itertuples():
            shared = min(p.char_end, g.char_end) - max(p.char_start, g.char_start)
            if shared > 0:
                candidates.append((-shared, p.Index, g.Index))
    pairs, used_p, used_g = [], set(), set()
    for _, p, g in sorted(candidates):
        if p not in used_p and g not in used_g:
            pairs.append((p, g))
            used_p.add(p)
            used_g.add(g)
    return sorted(pairs, key=lambda pair: pair[1])


def _row(measure: str, matched: int, n_predicted: int, n_gold: int) -> dict:
    precision = matched / n_predicted if n_predicted else 0.0
    recall = matched / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"measure": measure, "matched": matched, "predicted": n_predicted, "gold": n_gold,
            "precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}


def score(predicted: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Span P/R/F1 (exact, overlap), speaker accuracy and kind accuracy, one row each."""
    predicted, gold = predicted.reset_index(drop=True), gold.reset_index(drop=True)
    exact = len(set(zip(predicted.char_start, predicted.char_end)) & set(zip(gold.char_start, gold.char_end)))
    pairs = overlap_pairs(predicted, gold)
    speakers = sum(_same(predicted.speaker[p], gold.speaker[g]) for p, g in pairs)
    kinds = sum(_same(predicted.kind[p], gold.kind[g]) for p, g in pairs)
    rows = [
        _row("spans, exact", exact, len(predicted), len(gold)),
        _row("spans, overlap", len(pairs), len(predicted), len(gold)),
    ]
    for measure, right in (("speaker (of overlapping spans)", speakers), ("kind (of overlapping spans)", kinds)):
        share = round(right / len(pairs), 3) if pairs else 0.0
        rows.append({"measure": measure, "matched": right, "predicted": len(pairs), "gold": len(pairs),
                     "precision": share, "recall": share, "f1": share})
    return pd.DataFrame(rows, columns=SCORE_COLUMNS)


def disagreements(predicted: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Every way the prediction differs from gold: missed, extra, boundary, speaker, kind."""
    predicted, gold = predicted.reset_index(drop=True), gold.reset_index(drop=True)
    pairs = overlap_pairs(predicted, gold)
    rows = []

    def add(problem, g=None, p=None):
        rows.append({
            "problem": problem,
            "gold_text": gold.text[g] if g is not None else "", "text": predicted.text[p] if p is not None else "",
            "gold_speaker": gold.speaker[g] if g is not None else "",
            "speaker": predicted.speaker[p] if p is not None else "",
            "gold_kind": gold.kind[g] if g is not None else "", "kind": predicted.kind[p] if p is not None else "",
            "char_start": int((gold if g is not None else predicted).char_start[g if g is not None else p]),
            "char_end": int((gold if g is not None else predicted).char_end[g if g is not None else p]),
        })

    for p, g in pairs:
        if (predicted.char_start[p], predicted.char_end[p]) != (gold.char_start[g], gold.char_end[g]):
            add("boundary", g, p)
        if not _same(predicted.speaker[p], gold.speaker[g]):
            add("speaker", g, p)
        if not _same(predicted.kind[p], gold.kind[g]):
            add("kind", g, p)
    for g in sorted(set(gold.index) - {g for _, g in pairs}):
        add("missed", g=g)
    for p in sorted(set(predicted.index) - {p for p, _ in pairs}):
        add("extra", p=p)
    frame = pd.DataFrame(rows, columns=DISAGREEMENT_COLUMNS)
    return frame.sort_values(["char_start", "problem"]).reset_index(drop=True)


def field_agreement(predicted: pd.DataFrame, gold: pd.DataFrame, column: str) -> pd.DataFrame:
    """For overlap-matched spans, gold and predicted values of one column where they differ."""
    pairs = overlap_pairs(predicted.reset_index(drop=True), gold.reset_index(drop=True))
    rows = [
        {"text": gold.text.iloc[g], "gold": gold[column].iloc[g], "predicted": predicted[column].iloc[p]}
        for p, g in pairs
        if not _same(predicted[column].iloc[p], gold[column].iloc[g])
    ]
    return pd.DataFrame(rows, columns=["text", "gold", "predicted"])
