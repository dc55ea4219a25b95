"""Exercise 5: complete the map of the moves, and choose its projection.

What a projection does to areas, measured on the collection's own country polygons: the
area of a country on a projected map (EPSG:3857 Web Mercator, or EPSG:3035 ETRS89-LAEA,
which is equal-area) over its true area. The student's map is drawn with the same function
as notebook 04's (posture.charts.moves_map), so it looks like the published one.
"""

from functools import cache

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from pyproj import Geod, Transformer

from posture import paths
from posture.charts import geo
from posture.charts.style import describe, show, style
from posture.teaching import selfcheck

WEB_MERCATOR = "EPSG:3857"
EQUAL_AREA = geo.MAP_CRS  # EPSG:3035, the projection notebook 04 draws in
LONLAT = "EPSG:4326"
PROJECTIONS = {
    "EPSG:3035": "ETRS89 / LAEA Europe: equal-area, centred on Europe",
    "EPSG:3857": "Web Mercator: the projection of web map tiles; keeps angles, not areas",
    "EPSG:4326": "plain longitude and latitude (plate carrée): neither equal-area nor conformal",
}
BALTIC = ("Estonia", "Latvia", "Lithuania")
MAP_COLUMNS = ["origin", "destination", "count"]


@cache
def _transformer(crs: str) -> Transformer:
    return Transformer.from_crs(LONLAT, crs, always_xy=True)


@cache
def _countries() -> pd.DataFrame:
    return geo.read_countries().set_index("name")


def _ring_area(x: np.ndarray, y: np.ndarray) -> float:
    """The area inside a closed ring (shoelace formula), in the square of the coordinates' unit."""
    return 0.5 * abs(float(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1))))


def map_area_km2(country: str, crs: str) -> float:
    """The area a country covers on a map in `crs` (square kilometres of the map's own metres):
    each polygon's outer ring less its holes."""
    total = 0.0
    for polygon in _countries().loc[country, "polygons"]:
        for index, ring in enumerate(polygon):
            x, y = _transformer(crs).transform(ring[:, 0], ring[:, 1])
            total += (-1 if index else 1) * _ring_area(np.asarray(x), np.asarray(y))
    return total / 1e6


def true_area_km2(country: str) -> float:
    """The area on the WGS84 ellipsoid (pyproj's geodesic area), in square kilometres."""
    geod = Geod(ellps="WGS84")
    total = 0.0
    for polygon in _countries().loc[country, "polygons"]:
        for index, ring in enumerate(polygon):
            area, _ = geod.polygon_area_perimeter(ring[:, 0], ring[:, 1])
            total += (-1 if index else 1) * abs(area)
    return total / 1e6


def inflation(countries, crs: str = WEB_MERCATOR) -> float:
    """How many times larger the countries look on a map in `crs` than on the equal-area map."""
    countries = [countries] if isinstance(countries, str) else list(countries)
    return sum(map_area_km2(c, crs) for c in countries) / sum(map_area_km2(c, EQUAL_AREA) for c in countries)


def mercator_area_scale(latitude: float) -> float:
    """Mercator's area scale at a latitude, against the equator: 1 / cos²(latitude)."""
    return 1 / np.cos(np.radians(latitude)) ** 2


def area_table(countries=("Romania", "Poland", "Germany", *BALTIC)) -> pd.DataFrame:
    """country, true_km2, equal_area_km2, web_mercator_km2: one row per country, as measured."""
    rows = [{"country": c, "true_km2": round(true_area_km2(c)), "equal_area_km2": round(map_area_km2(c, EQUAL_AREA)),
             "web_mercator_km2": round(map_area_km2(c, WEB_MERCATOR))} for c in countries]
    return pd.DataFrame(rows, columns=["country", "true_km2", "equal_area_km2", "web_mercator_km2"])


def side_by_side(highlight=("Romania", *BALTIC)):
    """Europe in Web Mercator beside Europe in the equal-area projection, the same countries filled."""
    extent = {"lon": (-12, 45), "lat": (34, 71)}
    grid_lon, grid_lat = np.meshgrid(np.linspace(*extent["lon"], 30), np.linspace(*extent["lat"], 30))
    boxes = {}
    for crs in (WEB_MERCATOR, EQUAL_AREA):
        gx, gy = _transformer(crs).transform(grid_lon.ravel(), grid_lat.ravel())
        boxes[crs] = (np.min(gx), np.max(gx), np.min(gy), np.max(gy))
    # one scale for both maps (a metre of either projection is the same length on the page):
    # Web Mercator's metres are true at the equator, so Europe comes out larger on it
    baltic, romania = inflation(BALTIC), inflation("Romania")
    half_w = max(b[1] - b[0] for b in boxes.values()) / 2
    half_h = max(b[3] - b[2] for b in boxes.values()) / 2
    with style():
        fig, axes = plt.subplots(1, 2, figsize=(9, 5.4))
        for ax, crs in zip(axes, (WEB_MERCATOR, EQUAL_AREA)):
            for name, row in _countries().iterrows():
                for polygon in row["polygons"]:
                    ring = polygon[0]
                    x, y = _transformer(crs).transform(ring[:, 0], ring[:, 1])
                    filled = name in highlight
                    ax.fill(x, y, facecolor="#E69F00" if filled else "#eeeeee", edgecolor="#888888", lw=0.3)
            x0, x1, y0, y1 = boxes[crs]
            cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
            ax.set_xlim(cx - half_w, cx + half_w)
            ax.set_ylim(cy - half_h, cy + half_h)
            ax.set_aspect("equal")
            ax.set_xticks([])
            ax.set_yticks([])
            ax.set_title(f"{crs}: {PROJECTIONS[crs].split(':')[0]}", fontsize=10, loc="left")
        fig.suptitle(f"On Web Mercator the Baltic states look {baltic:.1f} times their size, Romania {romania:.1f} times",
                     x=0.02, ha="left", fontsize=12)
        fig.text(0.02, 0.02, "Both maps at one scale of map metres. Source: Natural Earth admin-0 borders",
                 fontsize=8, color="#444444")
    describe(fig, f"Two maps of Europe side by side at one scale, with Romania and the three Baltic states "
                  f"filled. On the left, Web Mercator (EPSG:3857): the Baltic states cover {baltic:.1f} times the "
                  f"area they cover on the right, Romania {romania:.1f} times. On the right, the equal-area "
                  f"projection EPSG:3035, where every country's area is true to scale.")
    return fig


def my_map_rows(my_moves, movements: pd.DataFrame) -> pd.DataFrame | None:
    """The student's table as the rows the map draws: each (origin, destination, count) matched to
    the movement row it names, so the arrow carries its hedge, unit and force. None if not a table yet."""
    if selfcheck.is_blank(my_moves) or not isinstance(my_moves, pd.DataFrame) or \
            not set(MAP_COLUMNS) <= set(my_moves.columns):
        return None
    key = lambda frame: list(zip(frame["origin"].fillna(""), frame["destination"].fillna(""), frame["count"]))  # noqa: E731
    wanted = set(key(my_moves))
    chosen = movements[[k in wanted for k in key(movements)]]
    return chosen[chosen["kind"] == "movement"].reset_index(drop=True)


def draw_my_map(my_moves, movements: pd.DataFrame, as_of: str, source: str) -> None:
    """Draw the student's moves with notebook 04's map function, or say what is missing."""
    from posture import charts
    from posture.charts import inputs as chart_inputs
    rows = my_map_rows(my_moves, movements)
    if rows is None:
        selfcheck.say("Nothing to draw yet: fill in my_moves above (a table with origin, destination and count).")
        return
    reference = {name: chart_inputs.read_reference(paths.EXTERNAL / f"{name}.csv")
                 for name in ("nato_accessions", "aegis_ashore_sites")}
    fig, _ = charts.moves_map(rows, geo.read_countries(), reference["nato_accessions"],
                              reference["aegis_ashore_sites"], geo.read_places(), movements_source=source,
                              as_of=as_of)
    show(fig)


def same_moves(answer, expected: list[tuple]) -> tuple[bool, str]:
    """The student's map table against the map's rows: the same (origin, destination, count) rows."""
    if not isinstance(answer, pd.DataFrame):
        raise selfcheck.NotAnswered(f"expected a table (DataFrame), got {type(answer).__name__}.")
    missing = [c for c in MAP_COLUMNS if c not in answer.columns]
    if missing:
        raise selfcheck.NotAnswered(f"your table has no column {', '.join(missing)}.")
    rows = [(selfcheck.words(o) if isinstance(o, str) else "", selfcheck.words(d) if isinstance(d, str) else "",
             selfcheck.as_number(n)) for o, d, n in zip(answer["origin"], answer["destination"], answer["count"])]
    want = [(selfcheck.words(o), selfcheck.words(d), float(n)) for o, d, n in expected]
    return selfcheck.same_items(rows, want)
