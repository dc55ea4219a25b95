"""Stage 1's chart: words of body text per section, in the collection's style."""

import matplotlib.pyplot as plt
import pandas as pd

from posture.charts import style as chartstyle


def words_per_section_chart(sections: pd.DataFrame, source: str | dict):
    """Horizontal bars of body words under each sub-heading, in article order, labelled directly.

    source: the article's metadata (cited as outlet, headline, date, link) or a citation."""
    if isinstance(source, dict):
        from posture.charts.citations import article_citation
        source = article_citation(source)
    longest = sections.loc[sections["words"].idxmax()] if len(sections) else None
    title = (f"The longest section is \u201c{longest['section']}\u201d" if longest is not None
             else "The article has no body text")
    with chartstyle.style():
        fig = plt.figure(figsize=(7.5, 1.9 + 0.42 * max(len(sections), 1)))
        area = chartstyle.frame(fig, title, "Words of body text under each sub-heading, in article order",
                                source, tick_labels=False)
        ax = fig.add_axes([area["left"] + 0.3, area["bottom"], area["right"] - area["left"] - 0.38,
                           area["top"] - area["bottom"]])
        ordered = sections.iloc[::-1]
        most = max(int(sections["words"].max()), 1) if len(sections) else 1
        ax.barh(ordered["section"], ordered["words"], color=chartstyle.OKABE_ITO["blue"], height=0.65)
        for y, words in enumerate(ordered["words"]):
            ax.text(words + most * 0.02, y, f"{words:,}", va="center", fontsize=8.5, color="#333333")
        ax.set_xlim(0, most * 1.15)
        ax.xaxis.set_visible(False)
        for spine in ("top", "right", "bottom"):
            ax.spines[spine].set_visible(False)
        ax.tick_params(axis="y", length=0)
    alt = words_per_section_alt_text(sections).removeprefix("Alt text: ")
    chartstyle.describe(fig, alt[:1].upper() + alt[1:])
    return fig


def words_per_section_alt_text(sections: pd.DataFrame) -> str:
    """Alt text for the chart, from the same table."""
    if not len(sections):
        return "Alt text: an empty chart; the article has no body text."
    longest = sections.loc[sections["words"].idxmax()]
    shortest = sections.loc[sections["words"].idxmin()]
    return (f"Alt text: horizontal bar chart of body words in each of {len(sections)} sections, in article order. "
            f"The longest is \u201c{longest['section']}\u201d ({longest['words']:,} words), "
            f"the shortest \u201c{shortest['section']}\u201d ({shortest['words']:,}).")
