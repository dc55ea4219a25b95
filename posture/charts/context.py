"""Context charts: US personnel by host country, and Russian force estimates over time.

Every mark comes from a row passed in (a sentence of the article or a cited source).
"""

import textwrap

import numpy as np
import pandas as pd
import matplotlib.dates as mdates
import matplotlib.pyplot as plt
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter

from posture.charts import geo
from posture.charts.labels import axes, day, figure_text, month, short, sources
from posture.charts.style import COLOURS, frame, place_labels, style
from posture.charts.hedges import AS_OF, bounds, hedged_row, thousands


def us_personnel_chart(personnel: pd.DataFrame, additions: pd.DataFrame | None = None,
                       places: pd.DataFrame | None = None, additions_source: str = "",
                       title: str | None = None, as_of: str = AS_OF):
    """Horizontal bars of US personnel by host country, with announced additions stacked on.

    personnel: country, personnel, date, source (one row per host country).
    additions: destination, count, qualifier, count_low, count_high, origin, unit (rows of
      the movements table to add; leave out aggregates). A destination that is a base or
      city counts for its country (via places); unknown destinations are listed, not drawn.
    """
    base = personnel.sort_values(["personnel", "country"], ascending=[False, True])
    base = base.set_index("country")["personnel"].astype(float)
    extra, not_shown = _additions_by_country(additions, places)
    countries = list(base.index) + [c for c in extra if c not in base.index]
    base = base.reindex(countries)
    top = base.idxmax()
    if title is None:
        share = base.max() / base.sum()
        title = f"Before the moves, {share:.0%} of the US troops based in these countries were in {top}"
    subtitle = (f"US active-duty personnel permanently assigned, {month(personnel['date'].max())}"
                " (rotational troops not counted)")
    if extra:
        subtitle += f", and the moves announced {as_of}"
    source = sources(personnel["source"], additions_source)
    with style():
        fig = plt.figure(figsize=(7.5, 0.32 * len(countries) + 2.2))
        not_shown = textwrap.wrap("Not shown: " + "; ".join(not_shown), width=100) if not_shown else []
        area = frame(fig, title, subtitle, source, extra_bottom_in=0.2 + 0.14 * len(not_shown) if not_shown else 0.0)
        area["left"] += 1.2 / 7.5
        area["right"] -= 0.15
        ax = axes(fig, area)
        y = np.arange(len(countries))[::-1]
        ax.barh(y, base.fillna(0).values, height=0.62, color=COLOURS["base"], gid="base")
        ends = base.fillna(0).values.copy()
        for i, country in enumerate(countries):
            label = "not in DMDC list" if np.isnan(base[country]) else thousands(base[country])
            for part in extra.get(country, []):
                ax.barh(y[i], part["width"], left=ends[i], height=0.62, color=COLOURS["added"], gid="added")
                ends[i] += part["width"]
                label += f"  + {part['label']}"
            ax.text(ends[i], y[i], f" {label}", va="center", ha="left", fontsize=8.5,
                    color="#222222", gid="value")
        ax.set_yticks(y, countries)
        ax.tick_params(axis="y", length=0)
        ax.set_xlim(0, max(ends) * 1.18)
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: thousands(v)))
        ax.grid(axis="x")
        ax.spines[["left"]].set_visible(False)
        if extra:
            ax.legend(handles=[Patch(color=COLOURS["base"], label="based there, " + month(personnel["date"].max())),
                               Patch(color=COLOURS["added"], label="announced moves")],
                      loc="lower right", fontsize=8.5)
        if not_shown:
            fig.text(area["left"], area["bottom"] - 0.38 / fig.get_size_inches()[1],
                     "\n".join(not_shown), va="top", linespacing=1.15,
                     fontsize=7.5, color=COLOURS["muted"], gid="not_shown")
    return fig


def _additions_by_country(additions, places):
    """{country: [{width, label}]} and a list of rows that could not be placed."""
    extra, not_shown = {}, []
    if additions is None or additions.empty:
        return extra, not_shown
    for row in additions.to_dict("records"):
        destination = str(row.get("destination", "")).strip()
        low, high = bounds(row)
        width = low if low is not None else high
        country, found = destination, None
        if places is not None:
            found = geo.find_place(destination, places) if destination and ";" not in destination else None
            country = None if found is None else (found["place"] if found["kind"] == "country" else found["country"])
        if not country or width is None:
            why = ("destination not given" if not destination else "several places" if ";" in destination
                   else "a region, not one country" if found is not None and not found["country"]
                   else "place not in places.csv" if places is not None and found is None else "number not given")
            not_shown.append(f"{figure_text(row)} to {destination or 'unknown place'} ({why})")
            continue
        origin = str(row.get("origin", "") or "").strip()
        label = hedged_row(row) + (f" from {short(origin)}" if origin else "")
        extra.setdefault(country, []).append({"width": width, "label": label})
    return extra, not_shown


# --- Russian forces near Ukraine over time -----------------------------------------------

def russian_forces_chart(estimates: pd.DataFrame, article_claim: pd.DataFrame, title: str | None = None):
    """Estimates of Russian forces near Ukraine as ranges by date and estimator, the article's marked.

    estimates: date_from, date_to, date_label, count_low, count_high, qualifier, estimator, source.
    article_claim: date, count, count_low, count_high, qualifier, estimator, source (one row per
      figure the article gives; drawn in the article colour).
    """
    rows = estimates.assign(is_article=False, date_mid=_midpoints(estimates))
    claim = article_claim.assign(is_article=True, date_from=article_claim["date"], date_to=article_claim["date"],
                                 date_mid=pd.to_datetime(article_claim["date"]),
                                 date_label=[day(d) for d in article_claim["date"]])
    rows = pd.concat([rows, claim], ignore_index=True).sort_values(["date_mid", "is_article"], ignore_index=True)
    others = rows[~rows["is_article"]]
    first, last = others.iloc[0], others.iloc[-1]
    if title is None:
        title = (f"Estimates of Russian forces near Ukraine rose from {hedged_row(first)} "
                 f"({first['date_label']}) to {hedged_row(last)} ({last['date_label']})")
    subtitle = ("Troops, by date and by who estimated; a bar is a range, an arrow means 'more than', "
                "a flat line a period of days")
    source = sources(rows["source"])
    top = max(max(v for v in bounds(r) if v is not None) for r in rows.to_dict("records"))
    with style():
        fig = plt.figure(figsize=(7.5, 4.8))
        area = frame(fig, title, subtitle, source)
        area["left"] += 0.55 / 7.5
        ax = axes(fig, area)
        labels, marks = [], []
        for row in rows.to_dict("records"):
            colour = COLOURS["article"] if row["is_article"] else COLOURS["base"]
            low, high = bounds(row)
            x = mdates.date2num(row["date_mid"])
            gid = "article" if row["is_article"] else "estimate"
            if low is not None and high is not None and low != high:
                marks += ax.plot([x, x], [low, high], color=colour, lw=5, solid_capstyle="butt", gid=gid)
            elif low is not None and high is None:
                ax.annotate("", xy=(x, low + 0.09 * top), xytext=(x, low), gid=gid,
                            arrowprops={"arrowstyle": "-|>", "color": colour, "lw": 2})
            mark = low if low is not None else high
            marks += ax.plot([x], [mark], "o", color=colour, ms=7 if row["is_article"] else 6, gid=gid, zorder=3)
            if row["date_from"] != row["date_to"]:
                span = mdates.date2num(pd.to_datetime([row["date_from"], row["date_to"]]))
                ax.plot(span, [mark, mark], color=colour, lw=1.5, gid=gid)
            label = f"{hedged_row(row)}\n{row['estimator']}\n{row['date_label']}"
            labels.append(ax.annotate(label, (x, mark), xytext=(8, -4), textcoords="offset points", va="top",
                                      ha="left", fontsize=8, color=colour, gid=f"{gid}_label",
                                      fontweight="bold" if row["is_article"] else "normal"))
        dates = mdates.date2num(pd.to_datetime(pd.concat([rows["date_from"], rows["date_to"]])))
        ax.set_xlim(dates.min() - 6, dates.max() + 16)
        ax.set_ylim(0, top * 1.15)
        ax.xaxis.set_major_locator(mdates.MonthLocator())
        ax.xaxis.set_minor_locator(mdates.MonthLocator(bymonthday=15))
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%-d %b %Y"))
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: thousands(v)))
        ax.grid(axis="y")
        ax.spines[["left"]].set_visible(False)
        ax.tick_params(axis="y", length=0)
        place_labels(fig, ax, labels, [(8, -4, "left", "top"), (-8, -4, "right", "top"),
                                       (8, 6, "left", "bottom"), (-8, 6, "right", "bottom"),
                                       (0, -12, "center", "top")], obstacles=marks)
    return fig


def _midpoints(table: pd.DataFrame) -> pd.Series:
    start, end = pd.to_datetime(table["date_from"]), pd.to_datetime(table["date_to"])
    return start + (end - start) / 2


# --- the map ------------------------------------------------------------------------------
