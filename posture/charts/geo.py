"""Offline map geometry: country polygons, place lookup and the projections the maps draw in."""

import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
from matplotlib.path import Path as MplPath
from pyproj import Transformer

from posture import paths
from posture.errors import InputError

MAP_CRS = "EPSG:3035"  # ETRS89 / LAEA Europe: equal-area, the usual projection for maps of Europe
COUNTRIES_FILE = paths.EXTERNAL / "europe_admin0.geojson"
WORLD_COUNTRIES_FILE = paths.EXTERNAL / "world_admin0.geojson"
PLACES_FILE = paths.EXTERNAL / "places.csv"
WORLD_PLACES_FILE = paths.EXTERNAL / "world_places.csv"  # the countries and capitals places.csv leaves out
COUNTRY_COLUMNS = ["name", "ne_name", "iso_a3", "continent", "polygons"]
PLACE_COLUMNS = ["place", "kind", "country", "lat", "lon", "aliases", "coord_method", "source"]


@lru_cache(maxsize=8)
def _to_map(crs: str) -> Transformer:
    return Transformer.from_crs("EPSG:4326", crs, always_xy=True)


def project(lon, lat, crs: str = MAP_CRS) -> tuple[np.ndarray, np.ndarray]:
    """WGS84 longitude/latitude (degrees) -> easting/northing (metres) in crs (EPSG:3035 unless told)."""
    x, y = _to_map(crs).transform(np.asarray(lon, dtype=float), np.asarray(lat, dtype=float))
    return np.asarray(x), np.asarray(y)


def _polygons(geometry: dict) -> tuple:
    """A GeoJSON Polygon/MultiPolygon as a tuple of polygons, each a tuple of (n, 2) rings."""
    if geometry["type"] == "Polygon":
        polys = [geometry["coordinates"]]
    elif geometry["type"] == "MultiPolygon":
        polys = geometry["coordinates"]
    else:
        raise InputError(f"unsupported geometry type {geometry['type']!r} in the country file")
    return tuple(tuple(np.asarray(ring, dtype=float) for ring in poly) for poly in polys)


def read_countries(path: Path = COUNTRIES_FILE) -> pd.DataFrame:
    """The country polygons (lon/lat), one row per country, sorted by name."""
    try:
        collection = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise InputError(f"{path}: cannot read the country polygons ({error})") from None
    rows = [{**{k: f["properties"].get(k, "") for k in COUNTRY_COLUMNS[:-1]},
             "polygons": _polygons(f["geometry"])} for f in collection["features"]]
    return pd.DataFrame(rows, columns=COUNTRY_COLUMNS).sort_values("name", ignore_index=True)


def read_places(path: Path = PLACES_FILE, world: Path | None = WORLD_PLACES_FILE) -> pd.DataFrame:
    """The place table, then the world's other countries and capitals; coordinates as floats, blanks as ''."""
    try:
        tables = [pd.read_csv(p, dtype=str, keep_default_na=False) for p in (path, world) if p is not None]
    except OSError as error:
        raise InputError(f"{error.filename}: cannot read the place table ({error.strerror})") from None
    places = pd.concat(tables, ignore_index=True)
    places["lat"] = places["lat"].astype(float)
    places["lon"] = places["lon"].astype(float)
    return places[PLACE_COLUMNS]


def outline_path(polygons: tuple, projected: bool = True, crs: str = MAP_CRS,
                 horizon: float | None = None) -> MplPath | None:
    """One compound matplotlib Path for a country's polygons (holes included), in crs.
    A polygon with a point farther than `horizon` metres from the projection's centre (where
    an azimuthal projection folds the far side of the globe) is left out; None when none is left."""
    vertices, codes = [], []
    for polygon in polygons:
        rings = [np.column_stack(project(ring[:, 0], ring[:, 1], crs)) if projected else ring for ring in polygon]
        if not all(np.isfinite(xy).all() and (horizon is None or np.hypot(*xy.T).max() < horizon)
                   for xy in rings):
            continue
        for ring, xy in zip(polygon, rings):
            vertices.append(xy)
            codes.append([MplPath.MOVETO] + [MplPath.LINETO] * (len(ring) - 2) + [MplPath.CLOSEPOLY])
    return MplPath(np.concatenate(vertices), np.concatenate(codes)) if vertices else None


def contains(polygons: tuple, lon: float, lat: float) -> bool:
    """Whether the point (lon, lat) lies inside the polygons (even-odd rule over all rings)."""
    inside = False
    for polygon in polygons:
        for ring in polygon:
            if MplPath(ring).contains_point((lon, lat)):
                inside = not inside
    return inside


def normalise_name(name: str) -> str:
    """Lower case, accents and punctuation dropped, a leading 'the ' removed: for matching."""
    text = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^a-z0-9]+", " ", text.casefold()).strip()
    return re.sub(r"^the ", "", text)


_TABLES: dict[int, tuple] = {}  # id of a places table -> (the table, its index, its rows as dicts)


def _lookup(places: pd.DataFrame) -> tuple[dict[str, int], list[dict], dict]:
    """The name index and the rows of a places table, built once per table object."""
    known = _TABLES.get(id(places))
    if known is None or known[0] is not places:
        rows = tuple(zip(places["place"].astype(str).tolist(), places["aliases"].astype(str).tolist()))
        known = (places, _index_of(rows), places.to_dict("records"), {})
        if len(_TABLES) > 8:
            _TABLES.clear()
        _TABLES[id(places)] = known
    return known[1], known[2], known[3]


def place_index(places: pd.DataFrame) -> dict[str, int]:
    """{normalised name or alias: row position in places}; names win over aliases.
    Built once per places table (the charts look places up hundreds of times)."""
    return _lookup(places)[0]


@lru_cache(maxsize=8)
def _index_of(rows: tuple[tuple[str, str], ...]) -> dict[str, int]:
    index: dict[str, int] = {}
    for pos, (_, aliases) in enumerate(rows):
        for alias in aliases.split(";"):
            if alias.strip():
                index.setdefault(normalise_name(alias), pos)
    for pos, (place, _) in enumerate(rows):
        index[normalise_name(place)] = pos
    return index


def find_place(name: str, places: pd.DataFrame) -> dict | None:
    """The places row (a dict of its columns) a name or alias refers to, or None when the table does not know it."""
    index, rows, _ = _lookup(places)
    key = normalise_name(name)
    pos = index.get(key)
    if pos is None and _AREA_WORD.search(key):  # 'Lebanon border', 'Kursk region': the place it is of
        pos = index.get(_AREA_WORD.sub("", key))
    return None if pos is None else rows[pos]


_AREA_WORD = re.compile(r" (border|borders|border area|region|area|province)$")


def places_named(text: str, places: pd.DataFrame) -> list[str]:
    """Canonical names of every known place named as whole words in text, in table order."""
    index, rows, named = _lookup(places)
    if len(named) > 4096:
        named.clear()
    if text not in named:  # each text read once per places table (a bounded cache)
        haystack = f" {normalise_name(text)} "
        found = {pos for key, pos in index.items() if key and f" {key} " in haystack}
        named[text] = [rows[pos]["place"] for pos in sorted(found)]
    return list(named[text])
