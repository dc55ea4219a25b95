"""Maintainer script: build the offline map geometry and the place table. Never run at run time.

Writes, from Natural Earth 1:110m data (public domain) as packaged in the geopandas 0.14.4
wheel on PyPI:

- data/external/europe_admin0.geojson  country polygons of Europe and its neighbours,
  clipped to CLIP_BOX, coordinates rounded to PRECISION decimals, features sorted by name;
- data/external/places.csv             every place the tables may name, with its source:
  country points (computed here, see `country_point`), capitals (Natural Earth populated
  places from the same wheel), and the sites, airfields and capitals whose coordinates
  the project's posture_context reference notes give (copied in SITES below);
- the "geometry" section of data/external/README.md (wheel sha256, clip box, precision).

It needs network access to PyPI and two packages that the collection itself does not
use, so they are NOT in requirements.txt; install them into a throwaway venv:

    python3 -m venv /tmp/maint && /tmp/maint/bin/pip install -r scripts/requirements-maintainer.txt
    /tmp/maint/bin/python scripts/build_europe_geojson.py            # downloads the wheel
    /tmp/maint/bin/python scripts/build_europe_geojson.py --wheel W  # or reuse a wheel file

pyshp reads the shapefile; shapely clips polygons and finds a point inside each country.
The output is deterministic: running it twice gives the same bytes.
"""

import argparse
import csv
import hashlib
import io
import json
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import shapefile  # pyshp
from shapely.geometry import box, mapping, shape
from shapely.ops import polylabel, unary_union

from posture import paths
from posture.paths import ROOT

EXTERNAL = paths.EXTERNAL

WHEEL_SPEC = "geopandas==0.14.4"
COUNTRIES_SHP = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"
CITIES_SHP = "geopandas/datasets/naturalearth_cities/naturalearth_cities"
CLIP_BOX = (-25.0, 33.0, 50.0, 72.0)  # lon_min, lat_min, lon_max, lat_max (WGS84 degrees)
PRECISION = 3  # decimals of a degree: about 100 m, finer than 1:110m data needs
POLYLABEL_TOLERANCE = 0.01  # degrees

# Natural Earth's short names that read badly in a chart; everything else is kept as is.
RENAMES = {"Bosnia and Herz.": "Bosnia and Herzegovina", "N. Cyprus": "Northern Cyprus"}

# Capital of each country in the clipped map (world knowledge), as spelled in Natural
# Earth's populated places, with the English name we store. Capitals outside CLIP_BOX
# (Amman, Astana, Tehran, Tripoli, Nuuk, ...) are left out.
CAPITALS = {
    "Albania": ("Tirana", "Tirana"), "Algeria": ("Algiers", "Algiers"),
    "Armenia": ("Yerevan", "Yerevan"), "Austria": ("Vienna", "Vienna"),
    "Azerbaijan": ("Baku", "Baku"), "Belarus": ("Minsk", "Minsk"),
    "Belgium": ("Brussels", "Brussels"), "Bosnia and Herzegovina": ("Sarajevo", "Sarajevo"),
    "Bulgaria": ("Sofia", "Sofia"), "Croatia": ("Zagreb", "Zagreb"),
    "Cyprus": ("Nicosia", "Nicosia"), "Czechia": ("Prague", "Prague"),
    "Denmark": ("København", "Copenhagen"), "Estonia": ("Tallinn", "Tallinn"),
    "Finland": ("Helsinki", "Helsinki"), "France": ("Paris", "Paris"),
    "Georgia": ("Tbilisi", "Tbilisi"), "Germany": ("Berlin", "Berlin"),
    "Greece": ("Athens", "Athens"), "Hungary": ("Budapest", "Budapest"),
    "Iceland": ("Reykjavík", "Reykjavik"), "Iraq": ("Baghdad", "Baghdad"),
    "Ireland": ("Dublin", "Dublin"), "Italy": ("Rome", "Rome"),
    "Kosovo": ("Pristina", "Pristina"), "Latvia": ("Riga", "Riga"),
    "Lebanon": ("Beirut", "Beirut"), "Lithuania": ("Vilnius", "Vilnius"),
    "Luxembourg": ("Luxembourg", "Luxembourg City"), "Moldova": ("Chi?in?u", "Chisinau"),
    "Montenegro": ("Podgorica", "Podgorica"), "Morocco": ("Rabat", "Rabat"),
    "Netherlands": ("Amsterdam", "Amsterdam"), "North Macedonia": ("Skopje", "Skopje"),
    "Norway": ("Oslo", "Oslo"), "Poland": ("Warsaw", "Warsaw"),
    "Portugal": ("Lisbon", "Lisbon"), "Romania": ("Bucharest", "Bucharest"),
    "Russia": ("Moscow", "Moscow"), "Serbia": ("Belgrade", "Belgrade"),
    "Slovakia": ("Bratislava", "Bratislava"), "Slovenia": ("Ljubljana", "Ljubljana"),
    "Spain": ("Madrid", "Madrid"), "Sweden": ("Stockholm", "Stockholm"),
    "Switzerland": ("Bern", "Bern"), "Syria": ("Damascus", "Damascus"),
    "Tunisia": ("Tunis", "Tunis"), "Turkey": ("Ankara", "Ankara"),
    "Ukraine": ("Kyiv", "Kyiv"), "United Kingdom": ("London", "London"),
}

CONTEXT_MD = "the project's posture_context reference notes (coordinates table)"
OURAIRPORTS = CONTEXT_MD + ", which take airfields from OurAirports runways data (public domain)"
NE_PLACES = CONTEXT_MD + ", which take capitals from Natural Earth populated places (public domain)"

# (place, kind, country, lat, lon, aliases, source): copied from posture_context.md.
SITES = [
    ("Fort Bragg", "base", "United States", 35.171, -79.015,
     "Fort Bragg, North Carolina; Pope Army Airfield; Pope Field", OURAIRPORTS),
    ("Rzeszow-Jasionka airport", "airfield", "Poland", 50.107, 22.036,
     "Rzeszow; Rzeszów; Jasionka; Rzeszow airport; Rzeszów-Jasionka", OURAIRPORTS),
    ("Wiesbaden Army Airfield", "airfield", "Germany", 50.050, 8.325,
     "Wiesbaden; Clay Kaserne", OURAIRPORTS),
    ("Vilseck (Rose Barracks)", "base", "Germany", 49.633, 11.767,
     "Vilseck; Rose Barracks", OURAIRPORTS),
    ("Mihail Kogalniceanu air base", "airfield", "Romania", 44.362, 28.489,
     "Mihail Kogalniceanu; Mihail Kogălniceanu; MK air base; Constanta", OURAIRPORTS),
    ("Deveselu", "aegis_ashore", "Romania", 44.085, 24.386,
     "NSF Deveselu; Aegis Ashore Deveselu", OURAIRPORTS),
    ("Redzikowo", "aegis_ashore", "Poland", 54.479, 17.109,
     "Redzikowo, near Slupsk; Aegis Ashore Redzikowo; Slupsk; Słupsk", OURAIRPORTS),
    ("Washington", "capital", "United States", 38.902, -77.011,
     "Washington, D.C.; Washington DC", NE_PLACES),
    ("Beijing", "capital", "China", 39.902, 116.394, "", NE_PLACES),
]

COUNTRY_ALIASES = {
    "United States": "US; U.S.; USA; United States of America; America",
    "United Kingdom": "UK; U.K.; Britain; Great Britain",
    "Russia": "Russian Federation",
    "Czechia": "Czech Republic",
    "Turkey": "Türkiye; Turkiye",
    "North Macedonia": "Macedonia",
    "Moldova": "Republic of Moldova",
}

# Regions: the area centroid (in lon/lat degrees) of the union of member countries'
# clipped polygons. Europe leaves out Russia, whose clipped part would pull the point east.
REGIONS = {
    "Europe": ("countries with continent == Europe, except Russia",
               lambda rec, name: rec["continent"] == "Europe" and name != "Russia",
               "European continent"),
    "Baltic states": ("Estonia, Latvia, Lithuania",
                      lambda rec, name: name in ("Estonia", "Latvia", "Lithuania"),
                      "Baltics; Baltic region; Baltic countries; the Baltic states"),
}

PLACE_COLUMNS = ["place", "kind", "country", "lat", "lon", "aliases", "coord_method", "source"]


def fetch_wheel(dest: Path) -> Path:
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", WHEEL_SPEC, "-d", str(dest)],
        check=True,
    )
    (wheel,) = dest.glob("geopandas-0.14.4-*.whl")
    return wheel


def read_shapefile(wheel: zipfile.ZipFile, stem: str) -> list[tuple[dict, object]]:
    """(record, shapely geometry) pairs from a shapefile inside the wheel."""
    parts = {ext: io.BytesIO(wheel.read(f"{stem}.{ext}")) for ext in ("shp", "shx", "dbf")}
    encoding = wheel.read(f"{stem}.cpg").decode("ascii").strip()  # ISO-8859-1 in this wheel
    reader = shapefile.Reader(shp=parts["shp"], shx=parts["shx"], dbf=parts["dbf"], encoding=encoding)
    return [(rec.record.as_dict(), shape(rec.shape.__geo_interface__)) for rec in reader.iterShapeRecords()]


def round_coords(obj, digits: int):
    if isinstance(obj, (list, tuple)):
        if obj and isinstance(obj[0], (int, float)):
            return [round(float(v), digits) + 0.0 for v in obj]
        return [round_coords(v, digits) for v in obj]
    return obj


def largest_part(geom):
    parts = list(geom.geoms) if geom.geom_type == "MultiPolygon" else [geom]
    return max(parts, key=lambda p: p.area)


def country_point(geom) -> tuple[float, float]:
    """Pole of inaccessibility (shapely polylabel, in lon/lat degrees) of the largest part."""
    point = polylabel(largest_part(geom), tolerance=POLYLABEL_TOLERANCE)
    return round(point.y, PRECISION), round(point.x, PRECISION)


def build(wheel_path: Path) -> dict[str, str]:
    """{repo-relative path: file text} for every output."""
    sha256 = hashlib.sha256(wheel_path.read_bytes()).hexdigest()
    clip = box(*CLIP_BOX)
    with zipfile.ZipFile(wheel_path) as wheel:
        countries = read_shapefile(wheel, COUNTRIES_SHP)
        cities = {rec["name"]: geom for rec, geom in read_shapefile(wheel, CITIES_SHP)}

    features, clipped = [], {}
    for rec, geom in countries:
        if not geom.intersects(clip):
            continue
        name = RENAMES.get(rec["name"], rec["name"])
        part = geom.intersection(clip)
        clipped[name] = (rec, part)
        features.append({
            "type": "Feature",
            "properties": {"name": name, "ne_name": rec["name"], "iso_a3": rec["iso_a3"],
                           "continent": rec["continent"]},
            "geometry": {"type": mapping(part)["type"],
                         "coordinates": round_coords(mapping(part)["coordinates"], PRECISION)},
        })
    features.sort(key=lambda f: f["properties"]["name"])
    lines = ['{"type": "FeatureCollection", "features": [']
    lines += [json.dumps(f, ensure_ascii=False, separators=(",", ":")) + ("," if i < len(features) - 1 else "")
              for i, f in enumerate(features)]
    lines.append("]}")
    geojson = "\n".join(lines) + "\n"

    rows = []
    method_country = f"polylabel of largest part, clipped to {CLIP_BOX}, tolerance {POLYLABEL_TOLERANCE} deg"
    ne_admin0 = f"Natural Earth 1:110m admin-0 (public domain), {WHEEL_SPEC} wheel"
    for name, (rec, part) in sorted(clipped.items()):
        lat, lon = country_point(part)
        rows.append([name, "country", name, lat, lon, COUNTRY_ALIASES.get(name, ""), method_country, ne_admin0])
    usa = next(geom for rec, geom in countries if rec["name"] == "United States of America")
    lat, lon = country_point(usa)
    rows.append(["United States", "country", "United States", lat, lon, COUNTRY_ALIASES["United States"],
                 "polylabel of largest part (contiguous states), unclipped", ne_admin0])
    for region, (members_text, is_member, aliases) in sorted(REGIONS.items()):
        union = unary_union([part for name, (rec, part) in clipped.items() if is_member(rec, name)])
        centre = union.centroid
        if not union.contains(centre):
            raise SystemExit(f"the centroid of {region} falls outside it; choose another rule")
        method = f"area centroid (lon/lat) of the union of {members_text}, clipped to {CLIP_BOX}"
        rows.append([region, "region", "", round(centre.y, PRECISION), round(centre.x, PRECISION),
                     aliases, method, ne_admin0])
    site_names = {s[0] for s in SITES}
    for country, (ne_name, english) in sorted(CAPITALS.items()):
        if country not in clipped:
            raise SystemExit(f"capital listed for {country}, which is not in the clipped map")
        if english in site_names:
            continue
        point = cities[ne_name]
        rows.append([english, "capital", country, round(point.y, PRECISION), round(point.x, PRECISION), "",
                     "point as given", f"Natural Earth 1:110m populated places (public domain), {WHEEL_SPEC} wheel"])
    for place, kind, country, lat, lon, aliases, source in SITES:
        rows.append([place, kind, country, lat, lon, aliases, "point as given", source])
    rows.sort(key=lambda r: (r[1], r[0]))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(PLACE_COLUMNS)
    writer.writerows([[f"{v:.{PRECISION}f}" if isinstance(v, float) else v for v in row] for row in rows])

    readme = (EXTERNAL / "README.md").read_text(encoding="utf-8")
    section = (
        "<!-- geometry:start (written by scripts/build_europe_geojson.py) -->\n"
        f"- source: Natural Earth 1:110m Cultural Vectors, admin-0 countries, as packaged in the\n"
        f"  `{WHEEL_SPEC}` wheel from PyPI (`{COUNTRIES_SHP}.shp`)\n"
        f"- licence: public domain (Natural Earth terms of use)\n"
        f"- wheel sha256: `{sha256}`\n"
        f"- clip box (lon_min, lat_min, lon_max, lat_max, WGS84 degrees): `{CLIP_BOX}`; every country\n"
        f"  intersecting it is kept, its polygons cut to the box\n"
        f"- precision: coordinates rounded to {PRECISION} decimals of a degree\n"
        f"- features: {len(features)}, sorted by `name`\n"
        "<!-- geometry:end -->"
    )
    readme = re.sub(r"<!-- geometry:start.*?<!-- geometry:end -->", lambda m: section, readme, flags=re.S)
    return {
        "data/external/europe_admin0.geojson": geojson,
        "data/external/places.csv": buffer.getvalue(),
        "data/external/README.md": readme,
    }


def run(build_outputs, description: str) -> int:
    """Read the wheel (given with --wheel, or downloaded), build the outputs and write them."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--wheel", type=Path, help="use this geopandas 0.14.4 wheel instead of downloading it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        wheel = args.wheel or fetch_wheel(Path(tmp))
        outputs = build_outputs(wheel)
    for rel, text in outputs.items():
        (ROOT / rel).write_text(text, encoding="utf-8", newline="\n")
        print(f"wrote {rel} ({len(text.encode('utf-8'))} bytes)")
    return 0


def main() -> int:
    return run(build, __doc__.splitlines()[0])


if __name__ == "__main__":
    raise SystemExit(main())
