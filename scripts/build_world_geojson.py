"""Maintainer script: build the world map geometry and the world's places. Never run at run time.

The sibling of scripts/build_europe_geojson.py, from the same Natural Earth 1:110m data
(public domain) in the same geopandas 0.14.4 wheel. Writes:

- data/external/world_admin0.geojson  every country's polygons, unclipped, coordinates
  rounded to PRECISION decimals, features sorted by name;
- data/external/world_places.csv      the countries and capitals places.csv does not hold:
  a point inside each country (shapely's polylabel of its largest polygon) and its capital
  (Natural Earth populated places, matched by the capital world_countries.csv names); a
  country too small for 1:110m polygons (Bahrain, Singapore) is placed at its capital;
- the "world geometry" section of data/external/README.md.

Names are the collection's (data/external/world_countries.csv, matched by ISO code), so
a table's "Japan" or "Bahrain" finds its point. Run it after build_europe_geojson.py, in
the same throwaway venv (see that script's docstring):

    /tmp/maint/bin/python scripts/build_world_geojson.py --wheel W
"""

import csv
import hashlib
import io
import json
import re
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_europe_geojson import (  # noqa: E402  the shared reading and rounding
    CITIES_SHP, COUNTRIES_SHP, PLACE_COLUMNS, POLYLABEL_TOLERANCE, RENAMES, WHEEL_SPEC, country_point,
    read_shapefile, round_coords, run)

from posture import paths  # noqa: E402

EXTERNAL = paths.EXTERNAL
PRECISION = 2  # decimals of a degree (about 1 km): the whole world at 1:110m stays small
# other names reporters give a country, where world_countries.csv has none ("troops to Korea": the South)
ALIASES = {"South Korea": "Korea; Republic of Korea; ROK", "North Korea": "DPRK",
           "United Arab Emirates": "UAE", "Democratic Republic of the Congo": "DRC; DR Congo"}


def collection_names() -> tuple[dict, dict]:
    """{ISO a3: the collection's country name} and {country: capital} from world_countries.csv."""
    with open(EXTERNAL / "world_countries.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return {r["iso_a3"]: r["country"] for r in rows}, {r["country"]: r["capital"] for r in rows}


def build(wheel_path: Path) -> dict[str, str]:
    """{repo-relative path: file text} for every output."""
    sha256 = hashlib.sha256(wheel_path.read_bytes()).hexdigest()
    with zipfile.ZipFile(wheel_path) as wheel:
        countries = read_shapefile(wheel, COUNTRIES_SHP)
        cities = {rec["name"]: geom for rec, geom in read_shapefile(wheel, CITIES_SHP)}
    by_iso, capitals = collection_names()
    with open(EXTERNAL / "places.csv", encoding="utf-8") as handle:
        known = {r["place"] for r in csv.DictReader(handle)}

    features, named = [], {}
    for rec, geom in countries:
        name = by_iso.get(rec["iso_a3"]) or RENAMES.get(rec["name"], rec["name"])
        named[name] = (rec, geom)
        features.append({
            "type": "Feature",
            "properties": {"name": name, "ne_name": rec["name"], "iso_a3": rec["iso_a3"],
                           "continent": rec["continent"]},
            "geometry": {"type": geom.geom_type,
                         "coordinates": round_coords(json.loads(json.dumps(geom.__geo_interface__))["coordinates"],
                                                     PRECISION)},
        })
    features.sort(key=lambda f: f["properties"]["name"])
    lines = ['{"type": "FeatureCollection", "features": [']
    lines += [json.dumps(f, ensure_ascii=False, separators=(",", ":")) + ("," if i < len(features) - 1 else "")
              for i, f in enumerate(features)]
    lines.append("]}")
    geojson = "\n".join(lines) + "\n"

    rows = []
    ne_admin0 = f"Natural Earth 1:110m admin-0 (public domain), {WHEEL_SPEC} wheel"
    ne_places = f"Natural Earth 1:110m populated places (public domain), {WHEEL_SPEC} wheel"
    method = f"polylabel of largest part, unclipped, tolerance {POLYLABEL_TOLERANCE} deg"
    for name, (rec, geom) in sorted(named.items()):
        if name in known:
            continue
        lat, lon = country_point(geom)
        alias = "; ".join(filter(None, [rec["name"] if rec["name"] != name else "", ALIASES.get(name, "")]))
        rows.append([name, "country", name, lat, lon, alias, method, ne_admin0])
        capital = capitals.get(name, "")
        if capital and capital != name and capital not in known and capital in cities:  # Djibouti: one row
            point = cities[capital]
            rows.append([capital, "capital", name, round(point.y, 3), round(point.x, 3), "", "point as given",
                         ne_places])
    taken = {r[0] for r in rows}
    # countries too small for 1:110m polygons (Bahrain, Singapore ...): drawn at their capital
    at_capital = "the capital's point (no polygon at 1:110m)"
    for name, capital in sorted(capitals.items()):
        if name in named or name in known or capital not in cities or capital in known | taken:
            continue  # a name Natural Earth gives one point (Kingston, Jamaica; not Norfolk Island's)
        point = cities[capital]
        lat, lon = round(point.y, 3), round(point.x, 3)
        taken.add(capital)
        rows.append([name, "country", name, lat, lon, "", at_capital, ne_places])
        if capital != name:
            rows.append([capital, "capital", name, lat, lon, "", "point as given", ne_places])
    rows.sort(key=lambda r: (r[1], r[0]))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(PLACE_COLUMNS)
    writer.writerows([[f"{v:.3f}" if isinstance(v, float) else v for v in row] for row in rows])

    readme = (EXTERNAL / "README.md").read_text(encoding="utf-8")
    section = (
        "<!-- world-geometry:start (written by scripts/build_world_geojson.py) -->\n"
        f"- source: Natural Earth 1:110m Cultural Vectors, admin-0 countries and populated places, as packaged\n"
        f"  in the `{WHEEL_SPEC}` wheel from PyPI (`{COUNTRIES_SHP}.shp`, `{CITIES_SHP}.shp`)\n"
        f"- licence: public domain (Natural Earth terms of use)\n"
        f"- wheel sha256: `{sha256}`\n"
        f"- geometry: every country, unclipped, coordinates rounded to {PRECISION} decimals of a degree;"
        f" {len(features)} features, sorted by `name`\n"
        f"- places: {sum(r[1] == 'country' for r in rows)} countries and {sum(r[1] == 'capital' for r in rows)}"
        " capitals that `places.csv` does not hold\n"
        "<!-- world-geometry:end -->"
    )
    readme = re.sub(r"<!-- world-geometry:start.*?<!-- world-geometry:end -->", lambda m: section, readme,
                    flags=re.S)
    return {
        "data/external/world_admin0.geojson": geojson,
        "data/external/world_places.csv": buffer.getvalue(),
        "data/external/README.md": readme,
    }


def main() -> int:
    return run(build, __doc__.splitlines()[0])


if __name__ == "__main__":
    raise SystemExit(main())
