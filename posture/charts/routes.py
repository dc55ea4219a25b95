"""Where a movement's arrow goes on a map: its ends looked up, the great circle between them, or why it cannot be drawn.

No plotting here: the map draws these plans, and the map notes the pipeline writes read them.
"""

import numpy as np
import pandas as pd
from pyproj import Geod

from posture.charts import geo
from posture.charts.hedges import bounds, is_missing
from posture.charts.labels import figure_text, short
from posture.charts.regions import EUROPE, Region, inside_extent, point_xy

# EPSG:3035 metres: Portugal and Iceland's south to the Urals' foothills, Crete to Lapland
EUROPE_EXTENT = EUROPE.extent  # x0, x1, y0, y1
ARROW_COLUMNS = ["origin", "destination", "count", "qualifier", "unit", "force", "label",
                 "x0", "y0", "x1", "y1", "enters_from_edge", "leaves_at_edge", "width_pt", "origin_given"]
PROBLEM_COLUMNS = ["origin", "destination", "count", "qualifier", "unit", "force", "problem"]



def plan_row(record: dict, places: pd.DataFrame, largest: float, region: Region = EUROPE,
             max_width_pt: float = 9.0) -> tuple[dict | None, dict | None]:
    """One movement's arrow (a dict of ARROW_COLUMNS and its path) on the region's map, or the
    problem that keeps it off the map."""
    extent = region.extent
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
            problem = f"{role} '{name}' is not a place the map knows"
        ends.append(found)
    number = low if low is not None else high
    width = max(0.8, max_width_pt * (number or 0) / largest)
    if problem == "origin not given" and ends[1] is not None and ends[1]["kind"] == "region":
        problem = f"origin not given, and the destination ({ends[1]['place']}) is a region, not one place"
    elif problem == "origin not given" and ends[1] is not None and inside_extent(point_xy(ends[1], region), extent):
        label = " · ".join(filter(None, [figure_text(row), str(row["unit"])]))
        label += f"\nto {short(ends[1]['place'])}, origin not given"
        end = point_xy(ends[1], region)
        return {**{k: row[k] for k in ["origin", "destination", "count", "qualifier", "unit", "force"]},
                "label": label, "x0": end[0], "y0": end[1], "x1": end[0], "y1": end[1],
                "enters_from_edge": False, "leaves_at_edge": False, "width_pt": width,
                "origin_given": False, "path": np.array([end, end])}, None
    path = None if problem else great_circle_route(ends[0], ends[1], region)
    if path is None and not problem:
        problem = f"the route from {ends[0]['place']} to {ends[1]['place']} does not cross the map"
    if problem:
        return None, {**{k: row[k] for k in PROBLEM_COLUMNS[:-1]}, "problem": problem}
    route = f"{short(ends[0]['place'])} → {short(ends[1]['place'])}"
    label = " · ".join(filter(None, [figure_text(row), str(row["unit"])])) + "\n" + route
    return {**{k: row[k] for k in ["origin", "destination", "count", "qualifier", "unit", "force"]},
            "label": label, "x0": path[0][0], "y0": path[0][1], "x1": path[-1][0], "y1": path[-1][1],
            "enters_from_edge": _cut(path[0], point_xy(ends[0], region), extent),
            "leaves_at_edge": _cut(path[-1], point_xy(ends[1], region), extent),
            "width_pt": width, "origin_given": True, "path": path}, None


def _cut(path_end, place_xy, extent) -> bool:
    """Whether an arrow's end is the map's edge rather than its place: the place is off the map,
    or the route reaches the place only across the map's cut."""
    far = np.hypot(path_end[0] - place_xy[0], path_end[1] - place_xy[1]) > 0.05 * (extent[1] - extent[0])
    return bool(not inside_extent(place_xy, extent) or far)


def great_circle_route(origin, destination, region: Region = EUROPE) -> np.ndarray | None:
    """Projected points from origin to destination. Where an end lies outside the map (the
    United States), only the part of the great circle inside the map is kept, so the arrow
    starts or ends at the map's edge; None when the route never crosses the map. On a map
    that cuts the globe (the world's edge at 180°), only the stretch that reaches the
    destination is kept."""
    extent = region.extent
    start, end = point_xy(origin, region), point_xy(destination, region)
    margin = 0.02 * (extent[1] - extent[0])
    lonlats = Geod(ellps="WGS84").npts(origin["lon"], origin["lat"], destination["lon"], destination["lat"], 400)
    xs, ys = geo.project([p[0] for p in lonlats], [p[1] for p in lonlats], region.crs)
    points = [start] + list(zip(xs, ys)) + [end]
    steps = np.hypot(np.diff([p[0] for p in points]), np.diff([p[1] for p in points]))  # one array op, not 400 calls
    jumps = [int(i) + 1 for i in np.flatnonzero(steps > 0.25 * (extent[1] - extent[0]))]
    if jumps:  # the route crosses the map's cut: keep the stretch that ends at the destination
        points, start = points[jumps[-1]:], None
    if start is not None and inside_extent(start, extent, margin) and inside_extent(end, extent, margin):
        return np.array([start, end])
    inside = [(x, y) for x, y in points[1:-1] if inside_extent((x, y), extent, margin)]
    if len(inside) < 2:
        return None
    first = [start] if start is not None and inside_extent(start, extent, margin) else []
    last = [end] if inside_extent(end, extent, margin) else []
    return np.array(first + inside + last)
