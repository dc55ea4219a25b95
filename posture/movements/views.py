"""What notebook 02 shows: a highlighted sentence, the arithmetic of the movements, and
a reason beside every disagreement with the gold."""

import html
import re

import pandas as pd

from posture.movements import places
from posture.movements import words

COLOURS = {"hedge": "#F0E442", "number": "#E69F00", "force": "#CC79A7", "unit": "#56B4E9",
           "origin": "#009E73", "destination": "#0072B2"}


def _written_forms(name: str) -> list[str]:
    """The ways a canonical name may be written: United States -> US, U.S., American, ..."""
    base = name.removesuffix(" border").removeprefix("near ")
    forms = [base] + [alias for alias, (canonical, _) in places.ALIASES.items() if canonical == base]
    forms += [d for d, country in words.DEMONYMS.items() if country == base]
    forms += [c for c, country in {**words.CAPITALS, **words.INSTITUTIONS}.items() if country == base]
    return sorted(set(forms), key=len, reverse=True)


def _find(sentence: str, name: str, taken: list[tuple[int, int]], near: int) -> tuple[int, int] | None:
    """The written form of name nearest the number, not overlapping what is already marked."""
    found = []
    for form in _written_forms(name):
        for match in re.finditer(rf"(?<![\w.]){re.escape(form)}(?![\w])", sentence):
            span = (match.start(), match.end())
            if not any(s < span[1] and span[0] < e for s, e in taken):
                found.append((abs(match.start() - near), span))
    return min(found)[1] if found else None


def example_row(mentions: pd.DataFrame) -> pd.Series | None:
    """The mention whose sentence shows most of the coding at once: a hedge, a unit, an origin, a destination."""
    if mentions.empty:
        return None
    filled = ((mentions["qualifier"] != "exact").astype(int) + (mentions["unit"] != "").astype(int)
              + (mentions["origin"] != "").astype(int) + (mentions["destination"] != "").astype(int))
    return mentions.loc[filled.idxmax()]


def highlight_spans(row: pd.Series, sentence_start: int) -> list[tuple[int, int, str]]:
    """(start, end, role) inside the sentence for the number, hedge, force, unit and places of a row."""
    sentence = row["sentence"]
    start, end = int(row["char_start"] - sentence_start), int(row["char_end"] - sentence_start)
    spans = [(start, end, "number")]
    if row["qualifier"] != "exact":
        hedge = re.search(rf"{re.escape(row['qualifier'])}\s*$", sentence[:start], re.I)
        if hedge:
            spans.append((hedge.start(), hedge.end() - len(hedge.group(0)) + len(hedge.group(0).rstrip()), "hedge"))
    taken = [(s, e) for s, e, _ in spans]
    for role in ("unit", "origin", "destination", "force"):
        for name in [n for n in str(row[role]).split("; ") if n]:
            found = _find(sentence, name, taken, start)
            if found:
                spans.append((*found, role))
                taken.append(found)
    return sorted(spans)


def highlight(row: pd.Series, sentence_start: int) -> str:
    """The row's sentence as HTML, each coded part in its colour, with a legend; text escaped."""
    sentence = row["sentence"]
    parts, position = [], 0
    for start, end, role in highlight_spans(row, sentence_start):
        parts.append(html.escape(sentence[position:start]))
        parts.append(f'<span style="background:{COLOURS[role]};padding:0 2px" title="{role}">'
                     f"{html.escape(sentence[start:end])}</span>")
        position = end
    parts.append(html.escape(sentence[position:]))
    legend = " ".join(f'<span style="background:{colour};padding:0 4px">{role}</span>' for role, colour in COLOURS.items())
    return f'<p style="font-size:1.1em;line-height:1.8">{"".join(parts)}</p><p>{legend}</p>'


def other_numbers(sentences: pd.DataFrame, mentions: pd.DataFrame, prose_types) -> pd.DataFrame:
    """Numbers in the prose that the rules did not take for troops, with their sentence."""
    from posture.lang.numbers import find_amounts

    taken = set(zip(mentions["char_start"], mentions["char_end"]))
    rows = []
    for sentence in sentences[sentences["block_type"].isin(prose_types)].itertuples():
        for amount in find_amounts(sentence.text_normalised):
            start, end = sentence.char_start + amount.start, sentence.char_start + amount.end
            if (start, end) not in taken:
                rows.append((sentence.text[amount.start:amount.end], sentence.text, start, end))
    return pd.DataFrame(rows, columns=["number_text", "sentence", "char_start", "char_end"])


def _label(move: pd.Series) -> str:
    hedge = "" if move["qualifier"] == "exact" else f"{move['qualifier']} "
    route = " to ".join(filter(None, [f"from {move['origin']}" if move["origin"] else "", move["destination"]]))
    return f"{hedge}{move['count']:,}" + (f" ({route})" if route else "")


def arithmetic(moves: pd.DataFrame) -> pd.DataFrame:
    """Every check of the article's numbers: each aggregate against its parts, each group
    stated more than once against itself, and moves that stand outside every sum."""
    rows = []
    by_id = moves.set_index("movement_id", drop=False)
    parts_of_sums = {p for cell in moves["components"] for p in cell.split("; ") if p}
    for move in moves[moves["is_aggregate"]].itertuples():
        parts = by_id.loc[move.components.split("; ")]
        hedged = sorted({q for q in [move.qualifier, *parts["qualifier"]] if q != "exact"})
        note = (f"the numbers are stated with {', '.join(hedged)}: the sum holds for the round figures as written"
                if hedged else "all exact")
        rows.append(("sum", f"{_label(by_id.loc[move.movement_id])} = " + " + ".join(_label(p) for _, p in parts.iterrows()),
                     f"{int(parts['count'].sum()):,}", bool(parts["count"].sum() == move.count), note))
    for move in moves[moves["n_mentions"] > 1].itertuples():
        rows.append(("restated", f"{_label(by_id.loc[move.movement_id])} is stated {move.n_mentions} times",
                     f"{move.count:,}", True, "same count each time"))
    for move in moves[(moves["kind"] == "movement") & ~moves["is_aggregate"] & ~moves["movement_id"].isin(parts_of_sums)
                      & moves["count"].notna()].itertuples():
        rows.append(("separate", f"{_label(by_id.loc[move.movement_id])} is part of no sum", f"{move.count:,}", True,
                     "a move of its own"))
    return pd.DataFrame(rows, columns=["check", "statement", "computed", "holds", "note"])


def restatement_differences(mentions: pd.DataFrame, moves: pd.DataFrame) -> pd.DataFrame:
    """For groups stated more than once: how the hedge and the places differ between statements."""
    rows = []
    by_id = mentions.set_index("mention_id")
    for move in moves[moves["n_mentions"] > 1].itertuples():
        stated = by_id.loc[move.mention_ids.split("; ")]
        for column in ("qualifier", "origin", "destination", "unit", "status"):
            values = list(dict.fromkeys(stated[column]))
            if len(values) > 1:
                rows.append((move.movement_id, column, " | ".join(v if v else "(blank)" for v in stated[column])))
    return pd.DataFrame(rows, columns=["movement_id", "column", "as stated, mention by mention"])


REASONS = {
    "mention": {"not found": "no personnel noun, formation or known pattern ties this number to troops",
                "extracted": "the rules took this number for troops; the gold says it counts something else"},
    "force": "the sentence names no force, or names several, and the rule took the wrong one",
    "unit": "the formation is named away from the number (after a verb or in another clause)",
    "origin": "the place is given in another clause or sentence than the number's",
    "destination": "the place is given in another clause or sentence, or by a word like 'here'",
    "kind": "the verb nearest the number belongs to another group",
    "status": "the verb nearest the number belongs to another group, or the sentence has no verb for it",
}


def explain(field: str, extracted: str) -> str:
    """A plain reason for a disagreement of this kind."""
    reason = REASONS.get(field, "the hedge or number was read differently")
    return reason.get(extracted, "") if isinstance(reason, dict) else reason


def describe_mention(row: pd.Series, raw: str) -> str:
    """One mention in a sentence of Markdown: hedge and bounds, force, unit, route, kind, offsets."""
    bounds = {(True, True): "an exact count", (True, False): f"at least {row['count_low']:,}",
              (False, True): f"at most {row['count_high']:,}", (False, False): "no hard bound"}
    bound = bounds[(pd.notna(row["count_low"]), pd.notna(row["count_high"]))]
    route = " ".join(filter(None, [f"from **{row['origin']}**" if row["origin"] else "",
                                    f"to **{row['destination']}**" if row["destination"] else ""]))
    return (f"The number **{row['number_text']}** is hedged **{row['qualifier']}** ({bound}); the force is "
            f"**{row['force'] or 'not named'}**" + (f", the unit is **{row['unit']}**" if row["unit"] else "")
            + (f", they go {route}" if route else "") + f"; it is a **{row['kind']}**, status **{row['status']}**. "
            f"Characters {row['char_start']}–{row['char_end']} of the raw text give back "
            f"\"{raw[row['char_start']:row['char_end']]}\".")


def arithmetic_in_words(moves: pd.DataFrame, differences: pd.DataFrame) -> str:
    """The arithmetic check as Markdown bullets: each sum and whether it holds, moves outside
    every sum, what each force moves counting totals once, and restatements that differ."""
    lines = []
    for check in arithmetic(moves).itertuples():
        if check.check == "sum":
            lines.append(f"- {check.statement} = **{check.computed}**: "
                         + ("**adds up**." if check.holds else "**does not add up**."))
        elif check.check == "separate":
            lines.append(f"- {check.statement}: a move of its own.")
    parts_of_sums = {p for cell in moves["components"] for p in cell.split("; ") if p}
    top = moves[(moves["kind"] == "movement") & moves["count"].notna() & ~moves["movement_id"].isin(parts_of_sums)]
    for force, group in top.groupby("force"):
        lines.append(f"- Counting each total once and not its parts, the article moves **{int(group['count'].sum()):,}** "
                     f"{force} troops ({' + '.join(f'{int(c):,}' for c in group['count'])}).")
    by_id = moves.set_index("movement_id", drop=False)
    for movement_id, rows in differences.groupby("movement_id", sort=True):
        said = "; ".join(f"{r.column} {r._3.replace(' | ', ' / ')}" for r in rows.itertuples())
        lines.append(f"- {_label(by_id.loc[movement_id])} is not stated the same way each time, "
                     f"statement by statement: {said}.")
    return "\n".join(lines) if lines else "No movements to check."


def folding_in_words(mentions: pd.DataFrame, moves: pd.DataFrame) -> str:
    """'The 10 mentions fold into **6 distinct groups**: 3 are stated more than once (2,000 ×3; ...), 1 of them
    the total of others.', singular and plural as the counts need."""
    if not len(moves):
        return "No troop numbers, so no movements."
    repeated = moves[moves["n_mentions"] > 1]
    said = "; ".join(f"{'no number' if pd.isna(r.count) else f'{int(r.count):,}'} ×{r.n_mentions}"
                     for r in repeated.itertuples())
    totals = int(moves["is_aggregate"].sum())
    groups = f"{len(moves)} distinct group" + ("s" if len(moves) != 1 else "")
    return (f"The {len(mentions)} mention{'s' if len(mentions) != 1 else ''} fold into **{groups}**: "
            f"{len(repeated)} {'is' if len(repeated) == 1 else 'are'} stated more than once"
            + (f" ({said})" if said else "") + f", {totals} of them the total of others.")
