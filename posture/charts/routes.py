"""Where a movement's arrow goes on a map: its ends looked up, the great circle between them, or why it cannot be drawn.

No plotting here: the map draws these plans, and the map notes the pipeline writes read them.
"""

import numpy as np
import pandas as pd
from pyproj import Geod

from posture.charts import geo
from posture.charts.hedges import bounds, is_missing
from posture.charts.labels import figure_text, short

# EPSG:3035 metres: Portugal and Iceland's south to the Urals' foothills, Crete to Lapland
EUROPE_EXTENT = (2_350_000, 6_900_000, 1_250_000, 5_350_000)  # x0, x1, y0, y1
ARROW_COLUMNS = ["origin", "destination", "count", "qualifier", "unit", "force", "label",
                 "x0", "y0", "x1", "y1", "enters_from_edge", "leaves_at_edge", "width_pt", "origin_given"]
PROBLEM_COLUMNS = ["origin", "destination", "count", "qualifier", "unit", "force", "problem"]



def plan_row(record: dict, places: pd.DataFrame, largest: float, extent: tuple = EUROPE_EXTENT,
             max_width_pt: float = 9.0) -> tuple[dict | None, dict | None]:
    """One movement's arrow (a dict of ARROW_COLUMNS and its path), or the problem that keeps it off the map."""
    low, high = bounds(record)
    row = {k: ("" if is_missing(record.get(k)) else record.get(k)) for k in PROBLEM_COLUMNS[:-1] + ["count_low", "count_high"]}
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
    elif problem == "origin not given" and ends[1] is not None and inside_extent(point_xy(ends[1]), extent):
        label = " · ".join(filter(None, [figure_text(row), str(row["unit"])]))
        label += f"\nto {short(ends[1]['place'])}, origin not given"
        end = point_xy(ends[1])
        return {**{k: row[k] for k in ["origin", "destination", "count", "qualifier", "unit", "force"]},
                "label": label, "x0": end[0], "y0": end[1], "x1": end[0], "y1": end[1],
                "enters_from_edge": False, "leaves_at_edge": False, "width_pt": width,
                "origin_given": False, "path": np.array([end, end])}, None
    path = None if problem else great_circle_route(ends[0], ends[1], extent)
    if path is None and not problem:
        problem = f"the route from {ends[0]['place']} to {ends[1]['place']} does not cross the map"
    if problem:
        return None, {**{k: row[k] for k in PROBLEM_COLUMNS[:-1]}, "problem": problem}
    route = f"{short(ends[0]['place'])} → {short(ends[1]['place'])}"
    label = " · ".join(filter(None, [figure_text(row), str(row["unit"])])) + "\n" + route
    return {**{k: row[k] for k in ["origin", "destination", "count", "qualifier", "unit", "force"]},
            "label": label, "x0": path[0][0], "y0": path[0][1], "x1": path[-1][0], "y1": path[-1][1],
            "enters_from_edge": not inside_extent(point_xy(ends[0]), extent),
            "leaves_at_edge": not inside_extent(point_xy(ends[1]), extent),
            "width_pt": width, "origin_given": True, "path": path}, None


def point_xy(place) -> tuple[float, float]:
    x, y = geo.project(place["lon"], place["lat"])
    return float(x), float(y)


def inside_extent(xy, extent, margin: float = 0.0) -> bool:
    x0, x1, y0, y1 = extent
    return x0 + margin <= xy[0] <= x1 - margin and y0 + margin <= xy[1] <= y1 - margin


def great_circle_route(origin, destination, extent) -> np.ndarray | None:
    """Projected points from origin to destination. Where an end lies outside the map (the
    United States), only the part of the great circle inside the map is kept, so the arrow
    starts or ends at the map's edge; None when the route never crosses the map."""
    start, end = point_xy(origin), point_xy(destination)
    margin = 0.02 * (extent[1] - extent[0])
    if inside_extent(start, extent, margin) and inside_extent(end, extent, margin):
        return np.array([start, end])
    lonlats = Geod(ellps="WGS84").npts(origin["lon"], origin["lat"], destination["lon"], destination["lat"], 400)
    xs, ys = geo.project([p[0] for p in lonlats], [p[1] for p in lonlats])
    inside = [(x, y) for x, y in zip(xs, ys) if inside_extent((x, y), extent, margin)]
    if len(inside) < 2:
        return None
    first = [start] if inside_extent(start, extent, margin) else []
    last = [end] if inside_extent(end, extent, margin) else []
    return np.array(first + inside + last)
