"""The collection's charts: each a function from DataFrames to a matplotlib Figure.

Every mark and every number on a chart comes from a row passed in (a sentence of the
article or a cited source); nothing is typed in here. Save with chartstyle.save_figure.
"""

import textwrap

import numpy as np
import pandas as pd
import matplotlib.dates as mdates
import matplotlib.pyplot as plt
from matplotlib.patches import FancyArrowPatch, PathPatch, Patch
from matplotlib.transforms import Bbox
from matplotlib.ticker import FuncFormatter
from pyproj import Geod

from posture import geo
from posture.gazetteer import DEMONYMS
from posture.chartstyle import AS_OF, COLOURS, bounds, frame, hedged_row, is_missing, place_labels, style, thousands

SHORT_NAMES = {"United States": "US", "United Kingdom": "UK"}
# EPSG:3035 metres: Portugal and Iceland's south to the Urals' foothills, Crete to Lapland
EUROPE_EXTENT = (2_350_000, 6_900_000, 1_250_000, 5_350_000)  # x0, x1, y0, y1


def short(name: str) -> str:
    return SHORT_NAMES.get(name, name)


_ADJECTIVES = {country: demonym for demonym, country in reversed(list(DEMONYMS.items()))}  # first listed wins


def troops_word(force: str) -> str:
    """How a force is written before 'troops': 'US', 'UK', 'NATO', 'French' (not 'France troops')."""
    return SHORT_NAMES.get(force) or _ADJECTIVES.get(force, force)


def figure_text(row) -> str:
    """A row's number as the charts write it: hedged ('~1,700'), else its vague words ('hundreds')."""
    text = hedged_row(row)
    qualifier = str(row.get("qualifier") or "").strip()
    return text or (qualifier if qualifier and qualifier not in ("exact", "between") else "number not given")


def _axes(fig, area: dict, **kwargs):
    return fig.add_axes([area["left"], area["bottom"], area["right"] - area["left"], area["top"] - area["bottom"]],
                        **kwargs)


def _sources(*columns) -> str:
    """'; '-joined distinct sources, in the order first met."""
    seen = []
    for column in columns:
        for value in ([column] if isinstance(column, str) else list(column)):
            if not is_missing(value) and value not in seen:
                seen.append(value)
    return "; ".join(seen)


def _month(iso: str) -> str:
    return pd.Timestamp(iso).strftime("%b %Y")


def _day(iso) -> str:
    return f"{pd.Timestamp(iso).day} {pd.Timestamp(iso).strftime('%b %Y')}"


# --- US personnel by host country -----------------------------------------------------

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
    subtitle = (f"US active-duty personnel permanently assigned, {_month(personnel['date'].max())}"
                " (rotational troops not counted)")
    if extra:
        subtitle += f", and the moves announced {as_of}"
    source = _sources(personnel["source"], additions_source)
    with style():
        fig = plt.figure(figsize=(7.5, 0.32 * len(countries) + 2.2))
        not_shown = textwrap.wrap("Not shown: " + "; ".join(not_shown), width=100) if not_shown else []
        area = frame(fig, title, subtitle, source, extra_bottom_in=0.2 + 0.14 * len(not_shown) if not_shown else 0.0)
        area["left"] += 1.2 / 7.5
        area["right"] -= 0.15
        ax = _axes(fig, area)
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
            ax.legend(handles=[Patch(color=COLOURS["base"], label="based there, " + _month(personnel["date"].max())),
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
                                 date_label=[_day(d) for d in article_claim["date"]])
    rows = pd.concat([rows, claim], ignore_index=True).sort_values(["date_mid", "is_article"], ignore_index=True)
    others = rows[~rows["is_article"]]
    first, last = others.iloc[0], others.iloc[-1]
    if title is None:
        title = (f"Estimates of Russian forces near Ukraine rose from {hedged_row(first)} "
                 f"({first['date_label']}) to {hedged_row(last)} ({last['date_label']})")
    subtitle = ("Troops, by date and by who estimated; a bar is a range, an arrow means 'more than', "
                "a flat line a period of days")
    source = _sources(rows["source"])
    top = max(max(v for v in bounds(r) if v is not None) for r in rows.to_dict("records"))
    with style():
        fig = plt.figure(figsize=(7.5, 4.8))
        area = frame(fig, title, subtitle, source)
        area["left"] += 0.55 / 7.5
        ax = _axes(fig, area)
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

ARROW_COLUMNS = ["origin", "destination", "count", "qualifier", "unit", "force", "label",
                 "x0", "y0", "x1", "y1", "enters_from_edge", "leaves_at_edge", "width_pt", "origin_given"]
PROBLEM_COLUMNS = ["origin", "destination", "count", "qualifier", "unit", "force", "problem"]


def plan_arrows(movements: pd.DataFrame, places: pd.DataFrame,
                extent: tuple = EUROPE_EXTENT, max_width_pt: float = 9.0) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Where each movement's arrow goes, and the rows that cannot be drawn (with why).

    movements: origin, destination, count, qualifier, unit, force (count_low/count_high
    optional). Places are looked up in places.csv by name or alias; a row whose origin or
    destination is blank, unknown, or several places ('Poland; Germany': an aggregate, draw
    its parts) is reported, not drawn; except that a row with no origin but a known
    destination on the map (not a region) is a mark at its destination (origin_given False),
    since the text says where the troops go. An origin outside the map (e.g. the United States)
    starts at the map edge, where the great circle from it enters; a destination outside
    the map ends where it leaves.
    """
    arrows, problems = [], []
    counts = [bounds(r) for r in movements.to_dict("records")]
    largest = max([lo or hi or 0 for lo, hi in counts] + [1])
    for row, (low, high) in zip(movements.to_dict("records"), counts):
        row = {k: ("" if is_missing(row.get(k)) else row.get(k)) for k in PROBLEM_COLUMNS[:-1] + ["count_low", "count_high"]}
        ends, problem = [], ""
        for role in ("origin", "destination"):
            name = str(row[role]).strip()
            found = geo.find_place(name, places) if name and ";" not in name else None
            if problem:
                pass
            elif not name:
                problem = "origin and destination not given" if role == "origin" and not str(
                    row["destination"]).strip() else f"{role} not given"
            elif ";" in name:
                problem = f"{role} names several places ({name}): draw its parts instead"
            elif found is None:
                problem = f"{role} '{name}' is not in places.csv"
            ends.append(found)
        number = low if low is not None else high
        width = max(0.8, max_width_pt * (number or 0) / largest)
        if problem == "origin not given" and ends[1] is not None and ends[1]["kind"] == "region":
            problem = f"origin not given, and the destination ({ends[1]['place']}) is a region, not one place"
        elif problem == "origin not given" and ends[1] is not None and _inside(_xy(ends[1]), extent):
            label = " · ".join(filter(None, [figure_text(row), str(row["unit"])]))
            label += f"\nto {short(ends[1]['place'])}, origin not given"
            end = _xy(ends[1])
            arrows.append({**{k: row[k] for k in ["origin", "destination", "count", "qualifier", "unit", "force"]},
                           "label": label, "x0": end[0], "y0": end[1], "x1": end[0], "y1": end[1],
                           "enters_from_edge": False, "leaves_at_edge": False, "width_pt": width,
                           "origin_given": False, "path": np.array([end, end])})
            continue
        path = None if problem else _route(ends[0], ends[1], extent)
        if path is None and not problem:
            problem = f"the route from {ends[0]['place']} to {ends[1]['place']} does not cross the map"
        if problem:
            problems.append({**{k: row[k] for k in PROBLEM_COLUMNS[:-1]}, "problem": problem})
            continue
        route = f"{short(ends[0]['place'])} → {short(ends[1]['place'])}"
        label = " · ".join(filter(None, [figure_text(row), str(row["unit"])])) + "\n" + route
        arrows.append({**{k: row[k] for k in ["origin", "destination", "count", "qualifier", "unit", "force"]},
                       "label": label, "x0": path[0][0], "y0": path[0][1], "x1": path[-1][0], "y1": path[-1][1],
                       "enters_from_edge": not _inside(_xy(ends[0]), extent),
                       "leaves_at_edge": not _inside(_xy(ends[1]), extent),
                       "width_pt": width, "origin_given": True, "path": path})
    arrows = pd.DataFrame(arrows, columns=ARROW_COLUMNS + ["path"])
    return arrows, pd.DataFrame(problems, columns=PROBLEM_COLUMNS)


def _xy(place) -> tuple[float, float]:
    x, y = geo.project(place["lon"], place["lat"])
    return float(x), float(y)


def _inside(xy, extent, margin: float = 0.0) -> bool:
    x0, x1, y0, y1 = extent
    return x0 + margin <= xy[0] <= x1 - margin and y0 + margin <= xy[1] <= y1 - margin


def _route(origin, destination, extent) -> np.ndarray | None:
    """Projected points from origin to destination. Where an end lies outside the map (the
    United States), only the part of the great circle inside the map is kept, so the arrow
    starts or ends at the map's edge; None when the route never crosses the map."""
    start, end = _xy(origin), _xy(destination)
    margin = 0.02 * (extent[1] - extent[0])
    if _inside(start, extent, margin) and _inside(end, extent, margin):
        return np.array([start, end])
    lonlats = Geod(ellps="WGS84").npts(origin["lon"], origin["lat"], destination["lon"], destination["lat"], 400)
    xs, ys = geo.project([p[0] for p in lonlats], [p[1] for p in lonlats])
    inside = [(x, y) for x, y in zip(xs, ys) if _inside((x, y), extent, margin)]
    if len(inside) < 2:
        return None
    first = [start] if _inside(start, extent, margin) else []
    last = [end] if _inside(end, extent, margin) else []
    return np.array(first + inside + last)


def _site_text(row: dict) -> str:
    status, when = str(row["status_2022-02-02"]), str(row["date_label"])
    return when if status.split()[0] in when else f"{status}; {when}"


def base_map(countries: pd.DataFrame, nato_members: pd.DataFrame, sites: pd.DataFrame, places: pd.DataFrame,
             fig=None, area: dict | None = None, extent: tuple = EUROPE_EXTENT, label_countries=()):
    """Europe in EPSG:3035 with borders, NATO members shaded and Aegis Ashore sites marked.

    countries: name, polygons (geo.read_countries). nato_members: country.
    sites: place, status_2022-02-02, date_label (places looked up in places).
    label_countries: country names written at their places.csv point.
    Returns the map axes; its site and country labels are in ax.posture_labels.
    """
    fig = fig or plt.figure(figsize=(7.5, 7.5))
    ax = _axes(fig, area or {"left": 0, "right": 1, "bottom": 0, "top": 1})
    members = set(nato_members["country"])
    for row in countries.itertuples(index=False):
        colour = COLOURS["nato"] if row.name in members else COLOURS["land"]
        ax.add_patch(PathPatch(geo.outline_path(row.polygons), facecolor=colour, edgecolor=COLOURS["border"],
                               lw=0.6, gid=f"country:{row.name}"))
    ax.set_xlim(extent[0], extent[1])
    ax.set_ylim(extent[2], extent[3])
    ax.set_aspect("equal")
    ax.set_xticks([])
    ax.set_yticks([])
    for spine in ax.spines.values():
        spine.set_visible(True)
        spine.set_color("#BBBBBB")
    ax.posture_labels, ax.posture_marks = [], []
    for name in label_countries:
        found = geo.find_place(name, places)
        if found is not None and found["kind"] == "country" and _inside(_xy(found), extent):
            ax.posture_labels.append(ax.annotate(
                name.upper(), _xy(found), xytext=(0, -9), textcoords="offset points", ha="center", va="top",
                fontsize=7.5, color="#555555", gid=f"country_label:{name}", zorder=4))
    for row in sites.to_dict("records"):
        found = geo.find_place(row["place"], places)
        if found is None:
            continue
        x, y = _xy(found)
        ax.posture_marks += ax.plot([x], [y], marker="D", ms=6, color=COLOURS["site"], mec="white", mew=0.8,
                                    zorder=6, gid=f"site:{row['place']}")
        ax.posture_labels.append(ax.annotate(
            f"Aegis Ashore {found['place']}\n{_site_text(row)}", (x, y), xytext=(-7, 0),
            textcoords="offset points", ha="right", va="center", fontsize=7.5, color=COLOURS["site"],
            zorder=9, gid=f"site_label:{row['place']}",
            arrowprops={"arrowstyle": "-", "color": COLOURS["site"], "lw": 0.6, "shrinkA": 0, "shrinkB": 4},
            bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.75}))
    ax.legend(handles=[Patch(facecolor=COLOURS["nato"], edgecolor="#999999", lw=0.5, label=f"NATO member, {AS_OF[6:]}"),
                       plt.Line2D([], [], marker="D", ls="", color=COLOURS["site"], label="Aegis Ashore site")],
              loc="lower left", fontsize=8, frameon=True, facecolor="white", edgecolor="white", framealpha=0.9)
    return ax


def draw_arrows(ax, arrows: pd.DataFrame) -> list:
    """Draw planned arrows (plan_arrows) on a base map, width by troops; returns their labels.

    Label positions to try are left in ax.posture_arrow_candidates, and points along each
    arrow in ax.posture_arrow_points (x, y, radius in points), for place_labels.
    """
    labels, candidates = [], []
    ax.posture_arrow_points = getattr(ax, "posture_arrow_points", [])
    for row in arrows.to_dict("records"):
        start, end = np.asarray(row["path"][0], dtype=float), np.asarray(row["path"][-1], dtype=float)
        width = row["width_pt"]
        if not row.get("origin_given", True):  # where the troops go, from a place the text does not give
            size = 9 + width  # a ring, so an arrow leaving the same place still shows inside it
            ax.posture_marks += ax.plot([end[0]], [end[1]], "o", ms=size, mfc="none", mec=COLOURS["added"],
                                        mew=2.2, zorder=8, gid=f"arrival:{row['destination']}")
            labels.append(ax.annotate(row["label"], tuple(end), xytext=(size / 2 + 4, 0), textcoords="offset points",
                                      ha="left", va="center", fontsize=8, color="#222222", zorder=9,
                                      multialignment="left", gid=f"arrival_label:{row['destination']}",
                                      bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.85}))
            candidates.append(_ring(size / 2 + 4) + _ring(size / 2 + 16))
            continue
        arrowstyle = f"simple,tail_width={width:.2f},head_width={2 * width + 5:.2f},head_length={1.2 * width + 7:.2f}"
        ax.add_patch(FancyArrowPatch(tuple(start), tuple(end), arrowstyle=arrowstyle, mutation_scale=1, lw=0,
                                     color=COLOURS["added"], shrinkA=0, shrinkB=3, zorder=7,
                                     gid=f"arrow:{row['origin']}->{row['destination']}"))
        if not row["leaves_at_edge"]:
            ax.posture_marks += ax.plot([end[0]], [end[1]], "o", ms=3.5, color="#222222", zorder=8)
        ax.posture_arrow_points += [(*(start + t * (end - start)), width / 2 + 3) for t in np.linspace(0, 1, 100)]
        if row["enters_from_edge"]:
            name = short(row["origin"])
            labels.append(ax.annotate(f"from the {name}" if name != row["origin"] else f"from {name}",
                                      tuple(start), xytext=(4, 4), textcoords="offset points", fontsize=8,
                                      color=COLOURS["added"], fontweight="bold", zorder=9, ha="left", va="bottom",
                                      gid=f"edge_label:{row['origin']}"))
            candidates.append([(4, 4, "left", "bottom"), (4, -4, "left", "top"), (8, 0, "left", "center"),
                               (-4, 4, "right", "bottom")])
        if row["leaves_at_edge"]:
            name = short(row["destination"])
            labels.append(ax.annotate(f"to the {name}" if name != row["destination"] else f"to {name}",
                                      tuple(end), xytext=(-4, 4), textcoords="offset points", fontsize=8,
                                      color=COLOURS["added"], fontweight="bold", zorder=9, ha="right",
                                      va="bottom", gid=f"edge_label:{row['destination']}"))
            candidates.append([(-4, 4, "right", "bottom"), (-4, -4, "right", "top"), (4, 4, "left", "bottom")])
        # beside the arrow, on either side of it, at several points along it
        normal = np.array([-(end - start)[1], (end - start)[0]])
        normal = normal / (np.hypot(*normal) or 1) * (1 if normal[1] >= 0 else -1)
        offsets = []
        for gap, t in [(g, t) for g in (5 + width / 2, 16 + width / 2) for t in (0.5, 0.35, 0.65, 0.2, 0.8, 0.9)]:
            anchor = tuple(start + t * (end - start))
            for sign in (1, -1):
                dx, dy = sign * normal * gap
                offsets.append((dx, dy, "left" if dx > 2 else "right" if dx < -2 else "center",
                                "bottom" if dy > 0 else "top", anchor))
        labels.append(ax.annotate(row["label"], offsets[0][4], xytext=offsets[0][:2], textcoords="offset points",
                                  ha=offsets[0][2], va=offsets[0][3], fontsize=8, color="#222222", zorder=9,
                                  multialignment="left",
                                  gid=f"arrow_label:{row['origin']}->{row['destination']}",
                                  bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.85}))
        candidates.append(offsets)
    ax.posture_arrow_candidates = candidates
    return labels


def _point_boxes(ax, points) -> list:
    """Display-unit boxes around (x, y, radius_pt) data points: obstacles for place_labels."""
    scale = ax.figure.dpi / 72
    boxes = []
    for x, y, radius in points:
        px, py = ax.transData.transform((x, y))
        r = radius * scale
        boxes.append(Bbox([[px - r, py - r], [px + r, py + r]]))
    return boxes


def moves_map(movements: pd.DataFrame, countries: pd.DataFrame, nato_members: pd.DataFrame,
              sites: pd.DataFrame, places: pd.DataFrame, movements_source: str, title: str | None = None,
              context_countries=("Ukraine", "Russia", "Belarus"), as_of: str = AS_OF):
    """The moves on a map of Europe (EPSG:3035): one arrow per movement row that can be placed.

    movements: origin, destination, count, qualifier, unit, force (aggregates left out).
    sites: aegis_ashore_sites.csv. Returns (figure, problems): the rows not drawn and why.
    """
    arrows, problems = plan_arrows(movements, places)
    if arrows["force"].nunique() > 1:  # several forces: say whose troops each mark is
        arrows["label"] = [f"{short(f) or 'force not named'} · {label}" for f, label in zip(arrows["force"], arrows["label"])]
    ends = [geo.find_place(p, places) for p in list(arrows["origin"]) + list(arrows["destination"]) if p]
    if title is None:
        forces = sorted({troops_word(f) for f in arrows["force"] if f})
        where = [_the(n) for n in sorted({short(_country_or_region(geo.find_place(d, places)))
                                          for d in arrows["destination"]})]
        who = f"{forces[0]} troops" if len(forces) == 1 else "Troops"
        title = (f"{who} move to {_and(where)}" if where else "No movement could be placed on the map"
                 if len(movements) else "The article reports no troop movements to map")
    subtitle = f"Announced troop moves, {as_of}; arrow width by number of troops"
    if len(arrows) and not arrows["origin_given"].all():
        subtitle += "; a ring: where troops go, the text giving no origin"
    subtitle += "; equal-area projection (EPSG:3035)"
    sources = "; ".join(filter(None, [f"moves: {movements_source}", "borders: Natural Earth",
                                      "NATO members: NATO",
                                      "Aegis Ashore: " + _sources(sites["source"]) if len(sites) else ""]))
    not_drawn = textwrap.wrap("Not on the map: " + "; ".join(_not_drawn(r) for r in problems.to_dict("records")),
                              width=115) if len(problems) else []
    with style():
        fig = plt.figure(figsize=(7.5, 7.6))
        area = frame(fig, title, subtitle, sources, tick_labels=False,
                     extra_bottom_in=len(not_drawn) * 7.5 * 1.3 / 72 + 0.12 if not_drawn else 0.0)
        if not_drawn:
            fig.text(area["left"], area["bottom"] - 0.1 / 7.6, "\n".join(not_drawn), ha="left", va="top",
                     fontsize=7.5, color="#444444", gid="not_drawn", linespacing=1.15)
        named = [e["place"] if e["kind"] == "country" else e["country"] for e in ends]
        label = list(dict.fromkeys(named + list(context_countries)))
        ax = base_map(countries, nato_members, sites, places, fig=fig, area=area, label_countries=label)
        arrow_labels = draw_arrows(ax, arrows)
        near, far = _ring(7), _ring(30) + _ring(60)
        fig.draw_without_rendering()  # fixes the equal-aspect axes box before measuring
        site_labels = [t for t in ax.posture_labels if t.get_gid().startswith("site_label")]
        country_labels = [t for t in ax.posture_labels if t not in site_labels]
        place_labels(fig, ax, site_labels + arrow_labels + country_labels,
                     [near + far] * len(site_labels) + ax.posture_arrow_candidates + [near] * len(country_labels),
                     obstacles=ax.posture_marks, soft=_point_boxes(ax, ax.posture_arrow_points),
                     optional=country_labels)
    return fig, problems


def _not_drawn(problem: dict) -> str:
    """'300 to Germany (origin not given)': a row plan_arrows could not draw, for the figure's footnote."""
    route = " → ".join(filter(None, [str(problem["origin"]).strip(), str(problem["destination"]).strip()]))
    route = route if problem["origin"] and problem["destination"] else f"to {route}" if problem["destination"] \
        else f"from {route}" if route else "route not given"
    return f"{figure_text(problem)} {route} ({problem['problem']})"


def _ring(radius: float) -> list[tuple]:
    """Label positions (dx, dy, ha, va) in eight directions around a point, left first."""
    return [(dx * radius, dy * radius, "left" if dx > 0 else "right" if dx < 0 else "center",
             "bottom" if dy > 0 else "top" if dy < 0 else "center")
            for dx, dy in [(-1, 0), (1, 0), (0, 1), (0, -1), (-1, 1), (1, 1), (-1, -1), (1, -1)]]


TAKES_THE = {"US", "UK", "Baltic states", "Netherlands", "Czech Republic"}


def _the(name: str) -> str:
    return f"the {name}" if name in TAKES_THE else name


def _country_or_region(place) -> str:
    return place["place"] if place["kind"] in ("country", "region") or not place["country"] else place["country"]


def _and(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


# --- claims check ---------------------------------------------------------------------------

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
    out = []
    for row in article_rows.to_dict("records"):
        dest, orig = _place_keys(row.get("destination", ""), places), _place_keys(row.get("origin", ""), places)
        if row.get("kind") == "stock" and not dest:
            dest = orig
        matched = [ref for ref in reference.to_dict("records")
                   if ref["force"] == row.get("force") and ref["kind"] == row.get("kind")
                   and _place_keys(ref["destination"], places) == dest
                   and (is_missing(ref["origin"]) or _place_keys(ref["origin"], places) == orig)]
        base = {"article_figure": hedged_row(row), "force": row.get("force", ""), "kind": row.get("kind", ""),
                "origin": row.get("origin", ""), "destination": row.get("destination", ""),
                "char_start": row.get("char_start"), "char_end": row.get("char_end")}
        for ref in matched or [None]:
            out.append({**base, **({
                "claim": ref["claim"], "reference_figure": hedged_row(ref), "reference_date": ref["date_label"],
                "reference_measure": ref["measure"], "reference_source": ref["source"],
                "reference_source_url": ref["source_url"], "strength": ref["strength"], "note": ref["note"],
                "_date": ref["date"]} if ref else {"claim": "", "_date": ""})})
    table = pd.DataFrame(out, columns=CLAIMS_COLUMNS + ["_date"])
    table["_start"] = pd.to_numeric(table["char_start"], errors="coerce").fillna(-1)
    table = table.sort_values(["claim", "_start", "_date"], ignore_index=True)
    return table[CLAIMS_COLUMNS]
