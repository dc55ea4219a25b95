"""Which map an article gets: a region (its projection, extent and geometry) chosen from the places in its tables.

No plotting here: the map draws in the region chosen, and the map notes the pipeline writes
use the same choice.
"""

from dataclasses import dataclass, replace

from posture.charts import geo


@dataclass(frozen=True)
class Region:
    name: str          # as the map's alt text names it: "Europe", "the Middle East"
    crs: str           # what pyproj projects to
    projection: str    # the projection in words, for the subtitle
    extent: tuple      # x0, x1, y0, y1 in the crs' metres
    core: tuple        # lon_min, lat_min, lon_max, lat_max: the places that make this the article's region
    nato_area: bool    # the map is of the NATO area: members shaded whatever the article says
    geometry: str      # "europe" (clipped, data/external/europe_admin0.geojson) or "world"
    horizon: float | None = None  # metres from the centre past which a country is left off (azimuthal maps)


def _laea(lat: float, lon: float) -> str:
    return f"+proj=laea +lat_0={lat} +lon_0={lon} +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs"


FAR_SIDE = 11_500_000  # about 130 degrees of arc from an azimuthal map's centre

EUROPE = Region("Europe", geo.MAP_CRS, "equal-area projection (EPSG:3035)",
                (2_350_000, 6_900_000, 1_250_000, 5_350_000), (-25.0, 36.0, 45.0, 72.0), True, "europe")
MIDDLE_EAST = Region("the Middle East", _laea(28, 45), "equal-area projection (Lambert azimuthal, centred 28°N 45°E)",
                     (-2_500_000, 2_500_000, -2_100_000, 1_900_000), (25.0, 12.0, 63.0, 42.0), False, "world", FAR_SIDE)
AFRICA = Region("Africa", _laea(3, 18), "equal-area projection (Lambert azimuthal, centred 3°N 18°E)",
                (-4_300_000, 4_300_000, -4_400_000, 4_000_000), (-20.0, -36.0, 52.0, 37.0), False, "world", FAR_SIDE)
CENTRAL_ASIA = Region("Central Asia", _laea(44, 66), "equal-area projection (Lambert azimuthal, centred 44°N 66°E)",
                      (-2_700_000, 2_700_000, -2_300_000, 2_300_000), (46.0, 35.0, 88.0, 56.0), False, "world",
                      FAR_SIDE)
INDO_PACIFIC = Region("the Indo-Pacific", _laea(10, 125),
                      "equal-area projection (Lambert azimuthal, centred 10°N 125°E)",
                      (-6_200_000, 6_200_000, -6_300_000, 5_000_000), (60.0, -50.0, 180.0, 55.0), False, "world", FAR_SIDE)
WORLD = Region("the world", "EPSG:8857", "equal-area projection (Equal Earth, EPSG:8857)",
               (-17_300_000, 17_300_000, -8_450_000, 8_450_000), (-180.0, -90.0, 180.0, 90.0), False, "world")
REGIONS = (EUROPE, MIDDLE_EAST, AFRICA, CENTRAL_ASIA, INDO_PACIFIC)  # tried in this order; the world when none holds the places


def point_xy(place, region: Region = EUROPE) -> tuple[float, float]:
    x, y = geo.project(place["lon"], place["lat"], region.crs)
    return float(x), float(y)


def inside_extent(xy, extent, margin: float = 0.0) -> bool:
    x0, x1, y0, y1 = extent
    return x0 + margin <= xy[0] <= x1 - margin and y0 + margin <= xy[1] <= y1 - margin


def anchor_places(rows: list[dict], places) -> list[dict]:
    """The places a map must show: where each row's troops go (or are), else where they come from."""
    found = []
    for row in rows:
        ends = [str(row.get(k) or "").strip() for k in ("destination", "origin")]
        for name in ends:
            names = [n.strip() for n in name.split(";") if n.strip()]
            hits = [p for p in (geo.find_place(n, places) for n in names) if p is not None]
            if hits:
                found += hits
                break
    return found


def choose_region(rows: list[dict], places) -> Region | None:
    """The smallest map that holds every anchor place (anchor_places): the region whose extent
    holds them all, most of them in its core, first listed on a tie; the world when no region
    holds them; None when no row names a known place. Off Europe (whose map shows the NATO
    area whole) the region's extent is narrowed to its places (fitted)."""
    anchors = anchor_places(rows, places)
    if not anchors:
        return None
    best, most = WORLD, -1
    for region in REGIONS:
        if not all(inside_extent(point_xy(p, region), region.extent) for p in anchors):
            continue
        lon0, lat0, lon1, lat1 = region.core
        in_core = sum(lon0 <= p["lon"] <= lon1 and lat0 <= p["lat"] <= lat1 for p in anchors)
        if in_core > most:
            best, most = region, in_core
    return best if best.nato_area or best is WORLD else fitted(best, rows, places, anchors)


MIN_WIDTH = 3_600_000  # metres: a fitted map is never narrower (a country and its neighbours)
ASPECT = 0.9  # height / width of a fitted map, as Europe's


def fitted(region: Region, rows: list[dict], places, anchors: list[dict]) -> Region:
    """The region with its extent narrowed to a box round the anchors and the origins on its map,
    padded by half, at least MIN_WIDTH wide, kept inside the region's own extent."""
    points = [point_xy(p, region) for p in anchors]
    for row in rows:
        origin = geo.find_place(str(row.get("origin") or ""), places) if row.get("origin") else None
        if origin is not None and inside_extent(point_xy(origin, region), region.extent):
            points.append(point_xy(origin, region))
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    x0, x1, y0, y1 = region.extent
    width = min(max(1.5 * (max(xs) - min(xs)), 1.5 * (max(ys) - min(ys)) / ASPECT, MIN_WIDTH), x1 - x0)
    height = min(ASPECT * width, y1 - y0)
    cx = min(max((max(xs) + min(xs)) / 2, x0 + width / 2), x1 - width / 2)
    cy = min(max((max(ys) + min(ys)) / 2, y0 + height / 2), y1 - height / 2)
    return replace(region, extent=(cx - width / 2, cx + width / 2, cy - height / 2, cy + height / 2))
