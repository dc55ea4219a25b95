"""The map of the moves: arrows planned from the movements table, drawn on a base map."""

import textwrap

import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from matplotlib.patches import FancyArrowPatch, PathPatch, Patch
from matplotlib.transforms import Bbox

from posture.charts import geo
from posture.charts.regions import EUROPE, WORLD, Region, choose_region, inside_extent, point_xy
from posture.charts.routes import ARROW_COLUMNS, PROBLEM_COLUMNS, plan_row
from posture.charts.labels import axes, day, figure_text, short, troops_word
from posture.charts.style import COLOURS, describe, frame, place_labels, style
from posture.charts.citations import BORDERS, citations
from posture.charts.hedges import AS_OF, bounds


def plan_arrows(movements: pd.DataFrame, places: pd.DataFrame,
                region: Region = EUROPE, max_width_pt: float = 9.0) -> tuple[pd.DataFrame, pd.DataFrame]:
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
    records = movements.to_dict("records")
    largest = max([lo or hi or 0 for lo, hi in (bounds(r) for r in records)] + [1])
    for record in records:
        arrow, problem = plan_row(record, places, largest, region, max_width_pt)
        (arrows if arrow else problems).append(arrow or problem)
    arrows = pd.DataFrame(arrows, columns=ARROW_COLUMNS + ["path"])
    return arrows, pd.DataFrame(problems, columns=PROBLEM_COLUMNS)


def site_text(row: dict, as_of_date: str | None = None) -> str:
    """A site's status as of the chart's date: nothing that happened after it ('opened 13 Nov 2024'
    is left off a map as of 2 Feb 2022, which says 'under construction'). With no date, the
    status the table gives and nothing dated."""
    status, when, since = str(row["status_2022-02-02"]), str(row["date_label"]), str(row["operational_from"])
    if not as_of_date:
        return "operational" if since else status
    if since and since[:len(as_of_date)] <= as_of_date[:len(since)]:  # '2016' or '2024-11-13' against the date
        return when
    return "under construction" if since else status


def members_on(nato_members: pd.DataFrame, as_of_date: str | None) -> set:
    """The countries of nato_accessions.csv that had joined by the date (every one when there is no date)."""
    if "accession_date" not in nato_members or not as_of_date:
        return set(nato_members["country"])
    return set(nato_members.loc[nato_members["accession_date"] <= as_of_date, "country"])


def base_map(countries: pd.DataFrame, nato_members: pd.DataFrame, sites: pd.DataFrame, places: pd.DataFrame,
             fig=None, area: dict | None = None, region: Region = EUROPE, label_countries=(),
             as_of_date: str | None = None, extra_handles=(), shade_nato: bool = True, as_of: str = AS_OF):
    """The region's countries with borders, NATO members shaded (when shade_nato) and sites marked.

    countries: name, polygons (geo.read_countries). nato_members: country, and accession_date
    (nato_accessions.csv): shaded only once joined by as_of_date.
    sites: place, status_2022-02-02, date_label (places looked up in places); pass none to mark none.
    label_countries: country names written at their places.csv point.
    Returns the map axes; its site and country labels are in ax.posture_labels.
    """
    fig = fig or plt.figure(figsize=(7.5, 7.5))
    ax = axes(fig, area or {"left": 0, "right": 1, "bottom": 0, "top": 1})
    extent = region.extent
    members = members_on(nato_members, as_of_date) if shade_nato else set()
    for row in countries.itertuples(index=False):
        colour = COLOURS["nato"] if row.name in members else COLOURS["land"]
        outline = geo.outline_path(row.polygons, crs=region.crs, horizon=region.horizon)
        if outline is not None:
            ax.add_patch(PathPatch(outline, facecolor=colour, edgecolor=COLOURS["border"], lw=0.6,
                                   gid=f"country:{row.name}"))
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
        if found is not None and found["kind"] == "country" and inside_extent(point_xy(found, region), extent):
            ax.posture_labels.append(ax.annotate(
                name.upper(), point_xy(found, region), xytext=(0, -9), textcoords="offset points", ha="center", va="top",
                fontsize=7.5, color="#555555", gid=f"country_label:{name}", zorder=4))
    for row in sites.to_dict("records"):
        found = geo.find_place(row["place"], places)
        if found is None:
            continue
        x, y = point_xy(found, region)
        ax.posture_marks += ax.plot([x], [y], marker="D", ms=6, color=COLOURS["site"], mec="white", mew=0.8,
                                    zorder=6, gid=f"site:{row['place']}")
        ax.posture_labels.append(ax.annotate(
            f"Aegis Ashore {found['place']}\n{site_text(row, as_of_date)}", (x, y), xytext=(-7, 0),
            textcoords="offset points", ha="right", va="center", fontsize=7.5, color=COLOURS["site"],
            zorder=9, gid=f"site_label:{row['place']}",
            arrowprops={"arrowstyle": "-", "color": COLOURS["site"], "lw": 0.6, "shrinkA": 0, "shrinkB": 4},
            bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.75}))
    handles = ([Patch(facecolor=COLOURS["nato"], edgecolor="#999999", lw=0.5, label=nato_key(as_of, nato_members))]
               if shade_nato else [])
    handles += [plt.Line2D([], [], marker="D", ls="", color=COLOURS["site"], label="Aegis Ashore site")] if len(
        sites) else []
    handles += list(extra_handles)
    if handles:
        ax.legend(handles=handles, loc="lower left", fontsize=8, frameon=True, facecolor="white", edgecolor="white",
                  framealpha=0.9, handlelength=3.2, labelspacing=0.9, handler_map={_WidthKey: _WidthKeyHandler()})
    return ax


def nato_key(as_of: str, nato_members: pd.DataFrame | None = None) -> str:
    """The legend's words for the shading: 'NATO member, 2 Feb 2022' (members of the map's date); for an
    undated article, the date of the last accession the table holds, said as such."""
    if as_of.startswith("as of "):
        return f"NATO member, {as_of.removeprefix('as of ')}"
    if nato_members is not None and "accession_date" in nato_members and len(nato_members):
        return f"NATO member as of {day(nato_members['accession_date'].max())} (article undated)"
    return "NATO member"


def draw_arrows(ax, arrows: pd.DataFrame) -> list:
    """Draw planned arrows (plan_arrows) on a base map, width by troops; returns their labels.

    Label positions to try are left in ax.posture_arrow_candidates, and points along each
    arrow in ax.posture_arrow_points (x, y, radius in points), for place_labels.
    """
    labels, candidates = [], []
    ax.posture_arrow_points = getattr(ax, "posture_arrow_points", [])
    records = _one_ring_per_place(arrows.to_dict("records"))
    rings = {(round(r["x1"]), round(r["y1"])): (9 + r["width_pt"]) / 2 for r in records
             if not r.get("origin_given", True)}
    for row in records:
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
        # an arrow leaving (or reaching) a ring starts (ends) outside it, so the two marks never overlap
        shrink_a = rings.get((round(start[0]), round(start[1])), -2.0) + 2.0
        shrink_b = max(3.0, rings.get((round(end[0]), round(end[1])), 0.0) + 2.0)
        ax.add_patch(FancyArrowPatch(tuple(start), tuple(end), arrowstyle=arrowstyle, mutation_scale=1, lw=0,
                                     color=COLOURS["added"], shrinkA=shrink_a, shrinkB=shrink_b, zorder=7,
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


def _one_ring_per_place(records: list[dict]) -> list[dict]:
    """Destination-only marks at one place drawn as one ring: 'hundreds + 300\nto Romania, origin not given'."""
    out, rings = [], {}
    for row in records:
        if row.get("origin_given", True):
            out.append(row)
            continue
        key = (round(row["x1"]), round(row["y1"]))
        if key not in rings:
            rings[key] = dict(row)
            out.append(rings[key])
            continue
        ring = rings[key]
        first, _, route = ring["label"].partition("\n")
        added = row["label"].partition("\n")[0]
        force = first.split(" · ")[0] + " · " if " · " in first else ""
        if force and added.startswith(force):  # one force named once: 'Australia · 43 + ~1,800'
            added = added[len(force):]
        ring["label"] = f"{first} + {added}\n{route}"
        ring["width_pt"] = max(ring["width_pt"], row["width_pt"])
    return out


def _point_boxes(ax, points) -> list:
    """Display-unit boxes around (x, y, radius_pt) data points: obstacles for place_labels."""
    scale = ax.figure.dpi / 72
    boxes = []
    for x, y, radius in points:
        px, py = ax.transData.transform((x, y))
        r = radius * scale
        boxes.append(Bbox([[px - r, py - r], [px + r, py + r]]))
    return boxes


def moves_map(movements: pd.DataFrame, countries: pd.DataFrame | None, nato_members: pd.DataFrame,
              sites: pd.DataFrame, places: pd.DataFrame, movements_source: str, title: str | None = None,
              context_countries=(), as_of: str = AS_OF, region: Region | None = None,
              involves_nato: bool = False):
    """The moves on a map of their region: one arrow per movement row that can be placed.

    movements: origin, destination, count, qualifier, unit, force (aggregates left out).
    countries: geo.read_countries, or None for the region's own geometry file.
    nato_members: nato_accessions.csv; members as of the map's date shaded on a map of the NATO
    area, or where the article involves NATO. sites: the Aegis Ashore sites to mark (those the
    article names). region: regions.choose_region of the rows unless given. Returns (figure, problems):
    the rows not drawn and why.
    """
    records = movements.to_dict("records")
    region = region or choose_region(records, places) or WORLD
    shade_nato = region.nato_area or involves_nato
    if countries is None:
        countries = geo.read_countries(geo.COUNTRIES_FILE if region.geometry == "europe" else geo.WORLD_COUNTRIES_FILE)
    arrows, problems = plan_arrows(movements, places, region)
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
    subtitle = f"Announced troop moves, {as_of}; arrow width by number of troops; {region.projection}"
    as_of_date = _iso(as_of)
    sources = "; ".join(filter(None, [f"moves: {movements_source}", f"borders: {BORDERS}",
                                      "NATO members: " + "; ".join(citations(nato_members)) if shade_nato else "",
                                      "Aegis Ashore: " + "; ".join(citations(sites)) if len(sites) else ""]))
    not_drawn = textwrap.wrap("Not on the map: " + "; ".join(_not_drawn(r) for r in problems.to_dict("records")),
                              width=115) if len(problems) else []
    with style():
        fig = plt.figure(figsize=(7.5, map_height(region)))
        area = frame(fig, title, subtitle, sources, tick_labels=False,
                     extra_bottom_in=len(not_drawn) * 7.5 * 1.3 / 72 + 0.12 if not_drawn else 0.0)
        if not_drawn:
            fig.text(area["left"], area["bottom"] - 0.1 / fig.get_size_inches()[1], "\n".join(not_drawn), ha="left", va="top",
                     fontsize=7.5, color="#444444", gid="not_drawn", linespacing=1.15)
        named = list(dict.fromkeys(e["place"] if e["kind"] == "country" else e["country"] for e in ends))
        label = list(dict.fromkeys(named + list(context_countries)))
        ax = base_map(countries, nato_members, sites, places, fig=fig, area=area, region=region, label_countries=label,
                      as_of_date=as_of_date, extra_handles=_move_keys(arrows), shade_nato=shade_nato, as_of=as_of)
        arrow_labels = draw_arrows(ax, arrows)
        near, far = _ring(7), _ring(30) + _ring(60)
        fig.draw_without_rendering()  # fixes the equal-aspect axes box before measuring
        site_labels = [t for t in ax.posture_labels if t.get_gid().startswith("site_label")]
        country_labels = [t for t in ax.posture_labels if t not in site_labels]
        ends_labels = [t for t in country_labels if t.get_gid().split(":", 1)[1] in named]
        context_labels = [t for t in country_labels if t not in ends_labels]
        legend = ax.get_legend()
        legend_box = [legend.get_window_extent(fig.canvas.get_renderer())] if legend else []
        # every place a move starts or ends is labelled (tried ever further out); context countries only if free
        place_labels(fig, ax, site_labels + arrow_labels + ends_labels + context_labels,
                     [near + far] * len(site_labels) + ax.posture_arrow_candidates
                     + [near + _ring(18) + _ring(32) + _ring(48)] * len(ends_labels) + [near] * len(context_labels),
                     obstacles=ax.posture_marks + legend_box, soft=_point_boxes(ax, ax.posture_arrow_points),
                     optional=context_labels)
    describe(fig, map_alt_text(arrows, problems, sites, places, title, as_of, as_of_date, region, shade_nato))
    return fig, problems


def map_height(region: Region) -> float:
    """The figure's height in inches: 7.6 for a map about as high as wide (Europe's), less for a wide one (the world)."""
    x0, x1, y0, y1 = region.extent
    return round(7.6 - max(0.0, 0.9 - (y1 - y0) / (x1 - x0)) * 6.6, 2)


def _iso(as_of: str) -> str | None:
    """'as of 2 Feb 2022' -> '2022-02-02'; None when it gives no date ('date not given')."""
    if not str(as_of).startswith("as of "):
        return None
    try:
        return pd.Timestamp(str(as_of).removeprefix("as of ")).strftime("%Y-%m-%d")
    except ValueError:
        return None


class _WidthKey:
    """A legend entry: an arrow of the width the map gives `number` troops."""
    def __init__(self, width_pt: float, number: int):
        self.width_pt, self.number = width_pt, number

    def get_label(self) -> str:
        return f"{self.number:,} troops"


class _WidthKeyHandler:
    def legend_artist(self, legend, handle, fontsize, handlebox):
        w = handle.width_pt
        x0, y0, width, height = handlebox.xdescent, handlebox.ydescent, handlebox.width, handlebox.height
        arrow = FancyArrowPatch((x0, y0 + height / 2), (x0 + width, y0 + height / 2), mutation_scale=1, lw=0,
                                arrowstyle=f"simple,tail_width={w:.2f},head_width={2 * w + 5:.2f},"
                                           f"head_length={1.2 * w + 7:.2f}",
                                color=COLOURS["added"], transform=handlebox.get_transform())
        handlebox.add_artist(arrow)
        return arrow


def _nice_numbers(largest: float) -> list[int]:
    """Round troop numbers for the width key: the largest 1-2-5 step not above the largest move, and its half."""
    steps = [m * 10 ** e for e in range(0, 7) for m in (1, 2, 5)]
    top = max([s for s in steps if s <= largest] or [1])
    smaller = max([s for s in steps if s <= top / 2], default=None)
    return [n for n in (smaller, top) if n]


def _move_keys(arrows: pd.DataFrame) -> list:
    """Legend entries: arrow widths for round numbers of troops, and the ring, when the map draws them."""
    handles = []
    drawn = arrows[arrows["origin_given"]].to_dict("records") if len(arrows) else []
    largest = max([bounds(r)[0] or bounds(r)[1] or 0 for r in drawn] + [0])
    if largest >= 1:  # a key only for arrows whose width is a number of troops
        scale = max(r["width_pt"] for r in drawn) / largest
        for number in _nice_numbers(largest):
            handles.append(_WidthKey(max(0.8, scale * number), number))
    if len(arrows) and not arrows["origin_given"].all():
        handles.append(plt.Line2D([], [], marker="o", ls="", ms=9, mfc="none", mec=COLOURS["added"], mew=2.2,
                                  label="troops sent here, origin not given"))
    return handles


def map_alt_text(arrows: pd.DataFrame, problems: pd.DataFrame, sites: pd.DataFrame, places: pd.DataFrame,
                 title: str, as_of: str, as_of_date: str | None, region: Region = EUROPE,
                 shade_nato: bool = True) -> str:
    """Alt text for the map, from its arrows, rings, sites and the rows it could not draw."""
    moves = []
    for row in arrows.to_dict("records"):
        number = figure_text(row)
        what = (f"{number} troops" if number != "number not given" else "troops, number not given") + (
            f" ({row['unit']})" if row["unit"] else "")
        if not row["origin_given"]:
            moves.append(f"a ring marks {what} going to {_the(short(row['destination']))}, origin not given")
        else:
            edge = " (entering at the map's edge)" if row["enters_from_edge"] else ""
            moves.append(f"an arrow for {what} from {_the(short(row['origin']))}{edge} "
                         f"to {_the(short(row['destination']))}")
    text = f"Map of {region.name}, {as_of}" + (", NATO members shaded" if shade_nato else "") + f". {title}. "
    text += ("On it, " + "; ".join(moves) + ". " if moves else "No move is drawn. ")
    named = [f"{r['place']} ({site_text(r, as_of_date)})" for r in sites.to_dict("records")
             if geo.find_place(r["place"], places) is not None]
    if named:
        text += "Aegis Ashore missile-defence sites: " + ", ".join(named) + ". "
    if len(problems):
        text += "Not on the map: " + "; ".join(_not_drawn(r) for r in problems.to_dict("records")) + "."
    return text.strip()


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


TAKES_THE = {"US", "UK", "Baltic states", "Netherlands", "Czech Republic", "Solomon Islands", "Philippines",
             "United Arab Emirates", "Maldives", "Central African Republic", "Democratic Republic of the Congo",
             "Gambia", "Bahamas", "Marshall Islands"}


def _the(name: str) -> str:
    return f"the {name}" if name in TAKES_THE else name


def _country_or_region(place) -> str:
    return place["place"] if place["kind"] in ("country", "region") or not place["country"] else place["country"]


def _and(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


# --- claims check ---------------------------------------------------------------------------
