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
from posture.charts.labels import axes, day, figure_text, month, short, sources, who_said
from posture.charts.style import COLOURS, describe, frame, place_labels, style
from posture.charts.citations import citations
from posture.charts.hedges import AS_OF, bounds, hedged_row, thousands


def _personnel_title(base: pd.Series, extra: dict) -> str:
    """The story: where the moves change most against the troops based there, else where most are based."""
    changes = [(sum(p["width"] for p in parts) / base[c], c, parts) for c, parts in extra.items()
               if c in base.index and base[c] > 0]
    if changes:
        ratio, country, parts = max(changes)
        added = " and ".join(p["number"] for p in parts)
        if ratio >= 1.5:
            return (f"The moves send {added} US troops to {country}, about {ratio:.0f} times the "
                    f"{thousands(base[country])} permanently based there")
        return f"The moves add {added} US troops to {country}, where {thousands(base[country])} were based"
    share = base.max() / base.sum()
    return f"Before the moves, {share:.0%} of the US troops based in these countries were in {base.idxmax()}"


def us_personnel_chart(personnel: pd.DataFrame, additions: pd.DataFrame | None = None,
                       places: pd.DataFrame | None = None, additions_source: str = "",
                       title: str | None = None, as_of: str = AS_OF, europe_total: dict | None = None):
    """Horizontal bars of US personnel by host country, with announced additions stacked on.

    personnel: country, personnel, date, source, source_url (one row per host country).
    additions: destination, count, qualifier, count_low, count_high, origin, unit (rows of
      the movements table to add; leave out aggregates). A destination that is a base or
      city counts for its country (via places); unknown destinations are listed, not drawn.
    europe_total: the reference row (figure, what it counts) of the total for all of Europe,
      written beside the sum of the countries drawn, since the two differ.
    """
    base = personnel.sort_values(["personnel", "country"], ascending=[False, True])
    base = base.set_index("country")["personnel"].astype(float)
    extra, not_shown = _additions_by_country(additions, places)
    countries = list(base.index) + [c for c in extra if c not in base.index]
    listed = base.copy()
    base = base.reindex(countries)
    when = month(personnel["date"].max())
    title = title or f"{_personnel_title(listed, extra)} ({who_said(personnel['source'].iloc[0])}, {when})"
    subtitle = f"US active-duty personnel permanently assigned, {when} (rotational troops not counted)"
    if extra:
        subtitle += f", and the moves announced {as_of}"
    source = "; ".join(citations(personnel) + ([additions_source] if additions_source and extra else []))
    notes = [listed_total_note(listed, europe_total, when)]
    if not_shown:
        notes.append("Not shown: " + "; ".join(not_shown))
    notes = [line for note in notes for line in textwrap.wrap(note, width=100)]
    with style():
        fig = plt.figure(figsize=(7.5, 0.32 * len(countries) + 2.2 + 0.14 * len(notes)))
        area = frame(fig, title, subtitle, source, extra_bottom_in=0.12 + 0.14 * len(notes))
        area["left"] += 1.2 / 7.5
        area["right"] -= 0.15
        ax = axes(fig, area)
        y = np.arange(len(countries))[::-1]
        ax.barh(y, base.fillna(0).values, height=0.62, color=COLOURS["base"], gid="base")
        ends = base.fillna(0).values.copy()
        top = max(ends.max() + max([sum(p["width"] for p in v) for v in extra.values()] + [0]), 1)
        width_pt = (area["right"] - area["left"]) * fig.get_size_inches()[0] * 72
        minimum = 3.0 * top * 1.3 / width_pt  # an addition stays visible beside a long bar: at least 3 points wide
        values = []
        for i, country in enumerate(countries):
            label = "not in DMDC list" if np.isnan(base[country]) else thousands(base[country])
            values.append(ax.text(ends[i], y[i], f" {label}", va="center", ha="left", fontsize=8.5,
                                  color="#222222", gid="value"))
            for part in extra.get(country, []):
                width = max(part["width"], minimum)
                ax.barh(y[i], width, left=ends[i], height=0.62, color=COLOURS["added"], gid="added")
                ends[i] += width
                values[-1].set_x(ends[i])
        ax.set_yticks(y, countries)
        ax.tick_params(axis="y", length=0)
        ax.set_xlim(0, max(ends) * 1.3)
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: thousands(v)))
        ax.grid(axis="x")
        ax.spines[["left"]].set_visible(False)
        fig.draw_without_rendering()
        renderer = fig.canvas.get_renderer()
        for i, country in enumerate(countries):
            if extra.get(country):
                box = values[i].get_window_extent(renderer)
                x = ax.transData.inverted().transform((box.x1, box.y0))[0]
                ax.text(x, y[i], " + " + " + ".join(p["label"] for p in extra[country]), va="center", ha="left",
                        fontsize=8.5, fontweight="bold", color="#B36F00", gid="added_value")
        if extra:
            ax.legend(handles=[Patch(color=COLOURS["base"], label="permanently based there, " + when),
                               Patch(color=COLOURS["added"], label="announced moves")],
                      loc="lower right", fontsize=8.5)
        fig.text(area["left"], area["bottom"] - 0.38 / fig.get_size_inches()[1], "\n".join(notes), va="top",
                 linespacing=1.15, fontsize=7.5, color="#444444", gid="notes")
    describe(fig, personnel_alt_text(listed, extra, title, when, not_shown))
    return fig


def listed_total_note(listed: pd.Series, europe_total: dict | None, when: str) -> str:
    """The sum of the countries drawn, and (when given) the reference total for all of Europe beside it."""
    note = (f"The {len(listed)} host countries shown sum to" if len(listed) != 1 else "The 1 host country shown sums to") \
        + f" {thousands(listed.sum())} personnel"
    if europe_total:
        note += (f"; {europe_total['who']}'s total for {europe_total['what']}, {europe_total['when']}, "
                 f"is {europe_total['figure']}")
    return note + "."


def personnel_alt_text(listed: pd.Series, extra: dict, title: str, when: str, not_shown: list) -> str:
    bars = ", ".join(f"{c} {thousands(v)}" for c, v in listed.items())
    added = "; ".join(f"{c}: + " + " + ".join(p["label"] for p in parts) for c, parts in extra.items())
    return (f"Horizontal bar chart of US active-duty personnel permanently assigned in {len(listed)} European "
            f"host countries, {when}, most first. {title}. Bars: {bars}."
            + (f" Announced moves stacked on in orange: {added}." if added else "")
            + (f" Not shown: {'; '.join(not_shown)}." if not_shown else ""))


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
                   else "a place the charts do not know" if places is not None and found is None else "number not given")
            not_shown.append(f"{figure_text(row)} to {destination or 'unknown place'} ({why})")
            continue
        origin = str(row.get("origin", "") or "").strip()
        label = hedged_row(row) + (f" from {short(origin)}" if origin else "")
        extra.setdefault(country, []).append({"width": width, "label": label, "number": hedged_row(row)})
    return extra, not_shown


# --- Russian forces near Ukraine over time -----------------------------------------------

def russian_forces_chart(estimates: pd.DataFrame, article_claim: pd.DataFrame, title: str | None = None):
    """Estimates of Russian forces near Ukraine as ranges by date and estimator, the article's marked.

    estimates: date_from, date_to, date_label, count_low, count_high, qualifier, estimator, source,
      source_url, and optionally counts (what is counted: the title compares only estimates
      that count the same) and scope (where), written under each estimate.
    article_claim: date, count, count_low, count_high, qualifier, estimator, source (one row per
      figure the article gives; drawn in the article colour).
    """
    estimates = estimates.copy()
    for column in ("counts", "scope"):
        if column not in estimates:
            estimates[column] = ""
    rows = estimates.assign(is_article=False, date_mid=_midpoints(estimates))
    claim = article_claim.assign(is_article=True, date_from=article_claim["date"], date_to=article_claim["date"],
                                 date_mid=pd.to_datetime(article_claim["date"]),
                                 date_label=[day(d) for d in article_claim["date"]])
    claim = claim.assign(counts="", scope="")
    rows = pd.concat([rows, claim], ignore_index=True).sort_values(["date_mid", "is_article"], ignore_index=True)
    rows[["counts", "scope"]] = rows[["counts", "scope"]].fillna("")
    others = rows[~rows["is_article"]]
    usual = others["counts"].mode().iloc[0] if len(others) else ""
    same = others[others["counts"] == usual]
    wider = others[others["counts"] != usual]
    first, last = same.iloc[0], same.iloc[-1]
    if title is None:
        title = (f"Estimates of Russian forces near Ukraine rose from {hedged_row(first)} "
                 f"({first['date_label']}) to {hedged_row(last)} ({last['date_label']})" if len(same) > 1 else
                 f"Russian forces near Ukraine: {hedged_row(first)} ({first['date_label']})")
    subtitle = "Troops, by date and by who estimated"
    if usual and len(wider):
        subtitle += (f". Filled dots count {usual}; hollow: " + "; ".join(dict.fromkeys(wider["counts"])))
    subtitle += ". A bar is a range, an arrow 'more than', a flat line a period of days"
    source = "; ".join(citations(rows[~rows["is_article"]]) + list(dict.fromkeys(claim["source"])))
    top = max(max(v for v in bounds(r) if v is not None) for r in rows.to_dict("records"))
    with style():
        fig = plt.figure(figsize=(7.5, 6.0))
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
            hollow = bool(usual) and not row["is_article"] and row["counts"] != usual
            marks += ax.plot([x], [mark], "o", color=colour, ms=7 if row["is_article"] else 6, gid=gid, zorder=3,
                             mfc="white" if hollow else colour, mew=1.8)
            if row["date_from"] != row["date_to"]:
                span = mdates.date2num(pd.to_datetime([row["date_from"], row["date_to"]]))
                ax.plot(span, [mark, mark], color=colour, lw=1.5, gid=gid)
            label = f"{hedged_row(row)}\n{row['estimator']}, {row['date_label']}" + (
                f"\n{row['scope']}" if row["scope"] else "")
            labels.append(ax.annotate(label, (x, mark), xytext=(8, -4), textcoords="offset points", va="top",
                                      ha="left", fontsize=8, color=colour, gid=f"{gid}_label",
                                      fontweight="bold" if row["is_article"] else "normal"))
        dates = mdates.date2num(pd.to_datetime(pd.concat([rows["date_from"], rows["date_to"]])))
        ax.set_xlim(dates.min() - 6, dates.max() + 30)
        ax.set_ylim(0, top * 1.3)
        ax.xaxis.set_major_locator(mdates.MonthLocator())
        ax.xaxis.set_minor_locator(mdates.MonthLocator(bymonthday=15))
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%-d %b %Y"))
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: thousands(v)))
        ax.grid(axis="y")
        ax.spines[["left"]].set_visible(False)
        ax.tick_params(axis="y", length=0)
        place_labels(fig, ax, labels, [(8, -4, "left", "top"), (-8, -4, "right", "top"),
                                       (8, 6, "left", "bottom"), (-8, 6, "right", "bottom"),
                                       (0, -12, "center", "top"), (0, 14, "center", "bottom"),
                                       (8, -34, "left", "top"), (-8, -34, "right", "top"),
                                       (8, 30, "left", "bottom"), (-8, 30, "right", "bottom"),
                                       (8, -64, "left", "top"), (-8, -64, "right", "top")], obstacles=marks)
    describe(fig, russian_alt_text(rows, title))
    return fig


def russian_alt_text(rows: pd.DataFrame, title: str) -> str:
    """Alt text for the estimates chart: its point, then every estimate in date order with what it counts."""
    said = "; ".join(f"{hedged_row(r)} ({r['date_label']}, {r['estimator']})"
                     + (f": {r['counts']}, {r['scope']}" if r["counts"] else "")
                     for r in rows.to_dict("records"))
    return f"Dot chart of estimates of Russian forces near Ukraine on a time axis. {title}. Estimates: {said}."


def _midpoints(table: pd.DataFrame) -> pd.Series:
    start, end = pd.to_datetime(table["date_from"]), pd.to_datetime(table["date_to"])
    return start + (end - start) / 2


# --- the map ------------------------------------------------------------------------------
