"""Views of the quote table for notebook 03: words by country, attributions on their sentences."""

import html

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.patches import Patch

from posture.charts import style as chartstyle
from posture.charts.citations import article_citation
from posture.charts.labels import day
from posture.lang.affiliations import SIDES, side_of
from posture.quotes.extract import word_count
from posture.quotes.scoring import field_agreement

SIDE_COLOURS = dict(zip(SIDES, [chartstyle.OKABE_ITO["blue"], chartstyle.OKABE_ITO["vermillion"],
                                chartstyle.OKABE_ITO["green"], chartstyle.COLOURS["muted"]]))
PLAIN_RULES = ("cue after the quote",)
NOT_STATED = "country not stated"


def chart_title(table: pd.DataFrame) -> str:
    """The chart's point: which stated country's speakers get the most quoted words."""
    stated = table[table["country"] != NOT_STATED]
    if stated.empty:
        return "No quoted speaker's country is stated" if len(table) else "The article has no quotes"
    top = stated.iloc[0]["country"]
    top = f"the {top}" if top.startswith("United ") else top
    if len(stated) < len(table) and table.iloc[0]["country"] == NOT_STATED:
        return f"Of speakers whose country is stated, those for {top} get the most quoted words"
    return f"Speakers for {top} get the most quoted words"


def words_by_country(quotes: pd.DataFrame) -> pd.DataFrame:
    """Words and spans quoted per speaker country (a joint quote counts for each country)."""
    rows = []
    for row in quotes.itertuples(index=False):
        countries = [c for c in str(row.speaker_country).split("; ") if c] or [NOT_STATED]
        for country in countries:
            rows.append({"country": country, "words": word_count(row.text), "spans": 1})
    if not rows:
        return pd.DataFrame(columns=["country", "side", "spans", "words"])
    table = pd.DataFrame(rows).groupby("country", as_index=False)[["spans", "words"]].sum()
    table["side"] = [side_of(c) if c != NOT_STATED else SIDES[-1] for c in table["country"]]
    table = table.sort_values(["words", "country"], ascending=[False, True]).reset_index(drop=True)
    return table[["country", "side", "spans", "words"]].astype({"spans": "int64", "words": "int64"})


def words_by_side(quotes: pd.DataFrame) -> pd.DataFrame:
    """Words and spans quoted per side; a joint quote counts once for each side it speaks for
    (Biden and Macron's two words count once for NATO and allies, not twice)."""
    rows = []
    for row in quotes.itertuples(index=False):
        countries = [c for c in str(row.speaker_country).split("; ") if c] or [NOT_STATED]
        sides = dict.fromkeys(side_of(c) if c != NOT_STATED else SIDES[-1] for c in countries)
        rows += [{"side": side, "words": word_count(row.text), "spans": 1} for side in sides]
    if not rows:
        return pd.DataFrame({"side": pd.Series(dtype=str), "spans": pd.Series(dtype="int64"),
                             "words": pd.Series(dtype="int64")})
    table = pd.DataFrame(rows).groupby("side", as_index=False)[["spans", "words"]].sum()
    table = table.sort_values(["words", "side"], ascending=[False, True]).reset_index(drop=True)
    return table[["side", "spans", "words"]].astype({"spans": "int64", "words": "int64"})


def words_subtitle(metadata: dict) -> str:
    date = metadata.get("date")
    return ("Words inside quotation marks, by the country the speaker speaks for"
            + (f"; article of {day(date)}" if date else ""))


def words_alt_text(table: pd.DataFrame) -> str:
    """Alt text for the words-by-country chart, from the same table."""
    if table.empty:
        return "A chart with no bars: the article quotes no one."
    bars = "; ".join(f"{r.country} {r.words} words in {r.spans} quote{'s' if r.spans != 1 else ''} ({r.side})"
                     for r in table.itertuples(index=False))
    return (f"Horizontal bar chart of the words quoted in the article by the country each speaker speaks for, "
            f"{len(table)} bars, most words first, coloured by side: {bars}.")


def words_by_country_chart(table: pd.DataFrame, metadata: dict):
    """The words-by-country chart for an article: title from the table, its date and its citation."""
    return plot_words_by_country(table, chart_title(table), words_subtitle(metadata),
                                 f"{article_citation(metadata)}; quoted words counted in this analysis")


def plot_words_by_country(table: pd.DataFrame, title: str, subtitle: str, source: str):
    """Horizontal bars of words quoted per country, coloured by side, with one legend of the sides."""
    with chartstyle.style():
        fig = plt.figure(figsize=(7.5, 1.9 + 0.42 * max(len(table), 1)))
        area = chartstyle.frame(fig, title, subtitle, source, tick_labels=False)
        ax = fig.add_axes([area["left"] + 0.2, area["bottom"], area["right"] - area["left"] - 0.32,
                           area["top"] - area["bottom"]])
        ordered = table.iloc[::-1]
        most = max(int(table["words"].max()), 1) if len(table) else 1  # an article with no quotes: empty axes
        ax.barh(ordered["country"], ordered["words"], color=[SIDE_COLOURS[s] for s in ordered["side"]], height=0.65)
        for y, (words, spans) in enumerate(zip(ordered["words"], ordered["spans"])):
            label = f"{words} words, {spans} quote{'s' if spans != 1 else ''}"
            ax.text(words + most * 0.02, y, label, va="center", fontsize=8.5, color="#333333", gid="value")
        ax.set_xlim(0, most * 1.75)
        ax.xaxis.set_visible(False)
        for spine in ("top", "right", "bottom"):
            ax.spines[spine].set_visible(False)
        ax.tick_params(axis="y", length=0)
        sides = [s for s in SIDES if s in set(table["side"])]
        if sides:
            legend = ax.legend(handles=[Patch(color=SIDE_COLOURS[s], label=s) for s in sides],
                               title="Speaker's side", loc="lower right", fontsize=8.5, title_fontsize=8.5,
                               frameon=False, alignment="left")
            _clear_of_legend(fig, ax, legend, [t for t in ax.texts if t.get_gid() == "value"])
        if table.empty:  # no bars: no axis to read, only the title's words
            ax.set_axis_off()
    chartstyle.describe(fig, words_alt_text(table))
    return fig


def _clear_of_legend(fig, ax, legend, labels, gap_px: float = 6.0) -> None:
    """Widen the x axis until no bar's label runs into the legend (one long bar reached under it)."""
    for _ in range(4):
        fig.draw_without_rendering()
        renderer = fig.canvas.get_renderer()
        box, left = legend.get_window_extent(renderer), ax.get_window_extent(renderer).x0
        hits = [t.get_window_extent(renderer) for t in labels]
        hits = [b for b in hits if b.x1 + gap_px > box.x0 and b.y0 < box.y1 and b.y1 > box.y0]
        if not hits:
            return
        reach = max(b.x1 for b in hits) - left + gap_px
        ax.set_xlim(0, ax.get_xlim()[1] * reach / max(box.x0 - left, 1.0))


def marked_sentence(article, row, before: int = 160, after: int = 120) -> str:
    """HTML: the paragraph around a quote, the quoted words in bold, the speaker's name underlined."""
    block = article.blocks.set_index("block_id").loc[row.paragraph]
    start = max(int(block.char_start), row.char_start - before)
    end = min(int(block.char_end), row.char_end + after)
    raw = article.raw
    text = (html.escape(raw[start:row.char_start]) + "<b>" + html.escape(raw[row.char_start:row.char_end]) + "</b>"
            + html.escape(raw[row.char_end:end]))
    return ("\u2026" if start > block.char_start else "") + text + ("\u2026" if end < block.char_end else "")


def resolution_table(article, quotes: pd.DataFrame) -> str:
    """HTML table: every quote not attributed by a plain cue after it, with its sentence and rule."""
    hard = quotes[~quotes["rule"].isin(PLAIN_RULES) | (quotes["flag"] != "") | (quotes["kind"] == "partial")
                  | quotes["cue"].isin(["read", "added"])]
    rows = "".join(
        "<tr>" + "".join(f"<td style='text-align:left'>{cell}</td>" for cell in [
            marked_sentence(article, r), html.escape(r.kind), html.escape(r.speaker), html.escape(r.cue or "–"),
            html.escape(r.rule), html.escape(r.flag or "–"), html.escape(r.quote_id)]) + "</tr>"
        for r in hard.itertuples(index=False)
    )
    if not rows:
        return "<p>Every speaker was named by a plain cue after the quote; nothing needed resolving.</p>"
    head = "".join(f"<th style='text-align:left'>{h}</th>" for h in [
        "in its paragraph (quoted words in bold)", "kind", "speaker", "reporting verb", "how the speaker was found",
        "flag", "quote id"])
    return f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"


def explain(column: str, gold: str, predicted: str, rule: str) -> str:
    """Why a reported (unscored) column differs from gold, from the rule that found the speaker."""
    if column == "cue" and not predicted and rule in ("subject of the sentence", "speaker of the quote before"):
        return "no reporting verb before the quote: the code leaves the cue empty; gold names the verb the sentence uses"
    if column == "cue":
        return "gold and code cut the reporting clause differently"
    if not predicted:
        return ("the article gives this in another phrase or sentence (a title in the sentence before, "
                "an adverbial such as 'In the NATO document'); the code reads titles only from the speaker's own phrase")
    return "the code's title tables read the phrase differently from the coder"


def field_differences(quotes: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Every quote whose title, affiliation or cue differs from gold, with why (column, text, gold, predicted, why)."""
    rule_of = dict(zip(quotes["text"], quotes["rule"]))
    frames = []
    for column in ["speaker_role", "speaker_affiliation", "cue"]:
        differ = field_agreement(quotes, gold, column)
        differ.insert(0, "column", column)
        differ["why"] = [explain(column, g, p, rule_of.get(t, "")) for t, g, p in
                         zip(differ["text"], differ["gold"], differ["predicted"])]
        frames.append(differ)
    return pd.concat(frames, ignore_index=True)
