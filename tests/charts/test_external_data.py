"""The reference data in data/external/ parses, is complete, sourced and geographically sane."""

import json
import re

import pandas as pd
import pytest

from posture import paths
from posture.charts import geo

EXT = paths.EXTERNAL
STRENGTHS = {"O", "P", "W"}


def read(name: str) -> pd.DataFrame:
    return pd.read_csv(EXT / name, dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def countries():
    return geo.read_countries()


def polygons_of(countries, name):
    return countries.loc[countries["name"] == name, "polygons"].iloc[0]


REQUIRED = {
    "places.csv": ["place", "kind", "lat", "lon", "coord_method", "source"],
    "us_personnel_dec2021.csv": ["country", "personnel", "date", "measure", "source", "strength"],
    "us_troops_europe.csv": ["place", "date", "date_label", "count_low", "qualifier", "measure", "source", "strength"],
    "russian_forces_estimates.csv": ["date_label", "date_from", "date_to", "count_low", "qualifier",
                                     "estimator", "source", "strength"],
    "aegis_ashore_sites.csv": ["site", "place", "country", "status_2022-02-02", "operational_from", "source", "strength"],
    "nato_efp_battlegroups.csv": ["host_country", "date", "event", "source", "strength"],
    "nato_accessions.csv": ["country", "accession_date", "source", "source_url"],
    "claims_reference.csv": ["claim", "force", "kind", "destination", "date", "count_low", "qualifier",
                             "source", "strength", "note"],
}


@pytest.mark.parametrize("name,columns", sorted(REQUIRED.items()))
def test_required_columns_are_filled(name, columns):
    table = read(name)
    assert len(table) > 0
    for column in columns:
        blanks = table.index[table[column].str.strip() == ""].tolist()
        assert not blanks, f"{name}: {column} blank in rows {blanks}"
    if "strength" in table:
        assert set(table["strength"]) <= STRENGTHS
    for column in [c for c in table.columns if c == "date" or c.startswith("date_") and c != "date_label"]:
        assert table[column].str.fullmatch(r"\d{4}-\d{2}-\d{2}").all(), column
    for column in [c for c in table.columns if c.startswith("count_") or c == "personnel"]:
        assert table[column].str.fullmatch(r"\d*").all(), column


def test_every_file_is_described_in_the_readme():
    readme = (EXT / "README.md").read_text(encoding="utf-8")
    for path in sorted(EXT.glob("*.*")):
        if path.name != "README.md" and not path.name.startswith("."):
            assert f"## {path.name}" in readme, path.name


def test_geometry_provenance_is_recorded():
    readme = (EXT / "README.md").read_text(encoding="utf-8")
    assert re.search(r"wheel sha256: `[0-9a-f]{64}`", readme)
    assert "clip box" in readme and "precision" in readme and "public domain" in readme


def test_geojson_is_sorted_clipped_and_rounded(countries):
    collection = json.loads((EXT / "europe_admin0.geojson").read_text(encoding="utf-8"))
    names = [f["properties"]["name"] for f in collection["features"]]
    assert names == sorted(names) and len(names) == len(set(names))
    for polygons in countries["polygons"]:
        for polygon in polygons:
            for ring in polygon:
                assert (ring[:, 0] >= -25).all() and (ring[:, 0] <= 50).all()
                assert (ring[:, 1] >= 33).all() and (ring[:, 1] <= 72).all()
                assert abs(ring * 1000 - (ring * 1000).round()).max() < 1e-6  # 3 decimals
    assert {"Poland", "Germany", "Romania", "Ukraine", "Russia", "United Kingdom"} <= set(names)


def test_places_are_unique_and_in_range(places):
    assert places["place"].is_unique
    assert places["lat"].between(-90, 90).all() and places["lon"].between(-180, 180).all()
    assert set(places["kind"]) <= {"country", "capital", "region", "base", "airfield", "aegis_ashore"}


def test_every_country_point_lies_inside_its_own_polygon(countries, places):
    points = places[places["kind"] == "country"].set_index("place")
    for name in countries["name"]:
        lat, lon = points.loc[name, ["lat", "lon"]]
        assert geo.contains(polygons_of(countries, name), lon, lat), name


def test_sites_and_capitals_lie_in_their_country(countries, places):
    on_map = set(countries["name"])
    for row in places[places["kind"].isin(["capital", "base", "airfield", "aegis_ashore"])].itertuples():
        if row.country in on_map and row.kind != "capital":
            assert geo.contains(polygons_of(countries, row.country), row.lon, row.lat), row.place
    # capitals on coasts can fall just outside 1:110m outlines; the inland ones must be inside
    for capital, country in [("Warsaw", "Poland"), ("Berlin", "Germany"), ("Bucharest", "Romania"),
                             ("Kyiv", "Ukraine"), ("Moscow", "Russia"), ("Paris", "France")]:
        row = geo.find_place(capital, places)
        assert geo.contains(polygons_of(countries, country), row["lon"], row["lat"]), capital


def test_relative_positions_are_right(places):
    def at(name):
        row = geo.find_place(name, places)
        return row["lat"], row["lon"]
    assert at("Warsaw")[1] > at("Berlin")[1]           # Warsaw east of Berlin
    assert at("Bucharest")[0] < at("Warsaw")[0]        # Bucharest south of Warsaw
    assert at("Fort Bragg")[1] < at("Washington")[1] < at("London")[1]
    assert at("Rzeszow")[1] > at("Warsaw")[1] and at("Rzeszow")[0] < at("Warsaw")[0]
    assert at("Kyiv")[1] > at("Warsaw")[1] and at("Moscow")[0] > at("Kyiv")[0]


def test_places_referred_to_elsewhere_are_known(places):
    known = set(places["place"])
    assert set(read("aegis_ashore_sites.csv")["place"]) <= known
    assert set(read("us_personnel_dec2021.csv")["country"]) <= known
    assert set(read("nato_accessions.csv")["country"]) - {"Canada"} <= known
    for column in ["origin", "destination"]:
        for value in read("claims_reference.csv")[column]:
            for name in filter(None, (v.strip() for v in value.split(";"))):
                assert name in known, name


def test_dmdc_numbers_add_up():
    personnel = read("us_personnel_dec2021.csv")
    counts = personnel.set_index("country")["personnel"].astype(int)
    assert counts.is_monotonic_decreasing
    assert counts["Germany"] == 35558 and counts["Poland"] == 176
    assert counts.sum() == 65351
    total = read("us_troops_europe.csv").query("date == '2021-12-31' and place == 'Europe'")
    assert len(total) == 1
    # the listed countries are most, not all, of DMDC's permanent total for Europe
    assert 0 < int(total["count_low"].iloc[0]) - counts.sum() < 500


def test_nato_accessions_give_30_members_on_2_feb_2022_and_32_since_sweden():
    members = read("nato_accessions.csv")
    assert len(members) == 32 and members["country"].is_unique
    dates = members.set_index("country")["accession_date"]
    assert (dates == "1949-08-24").sum() == 12
    assert (dates <= "2022-02-02").sum() == 30
    assert dates["North Macedonia"] == "2020-03-27"
    assert dates["Finland"] == "2023-04-04" and dates["Sweden"] == "2024-03-07"


def test_world_places_add_to_the_place_table_without_a_second_row_for_any_place():
    europe, world = read("places.csv"), read("world_places.csv")
    assert not set(europe["place"]) & set(world["place"])
    assert {"Japan", "Bahrain", "Somalia", "Nigeria", "Australia", "Tokyo", "Mogadishu"} <= set(world["place"])
    everything = geo.read_places()
    assert everything["place"].is_unique
    assert geo.find_place("Japan", everything)["kind"] == "country"
    assert geo.find_place("Poland", everything)["source"] == europe.set_index("place").loc["Poland", "source"]


def test_world_geometry_has_every_country_and_holds_its_place_point():
    countries = geo.read_countries(geo.WORLD_COUNTRIES_FILE)
    places = geo.read_places()
    assert len(countries) == 177 and countries["name"].is_unique
    for name in ["Japan", "Somalia", "Nigeria", "Saudi Arabia", "Australia", "Brazil"]:
        point = geo.find_place(name, places)
        assert geo.contains(polygons_of(countries, name), point["lon"], point["lat"]), name


def test_ranges_are_ordered():
    for name in ["us_troops_europe.csv", "russian_forces_estimates.csv", "claims_reference.csv"]:
        table = read(name)
        both = table[(table["count_low"] != "") & (table["count_high"] != "")]
        assert (both["count_low"].astype(int) <= both["count_high"].astype(int)).all(), name
    estimates = read("russian_forces_estimates.csv")
    assert (estimates["date_from"] <= estimates["date_to"]).all()


def test_place_lookup_uses_aliases_and_ignores_accents(places):
    assert geo.find_place("Rzeszów", places)["place"] == "Rzeszow-Jasionka airport"
    assert geo.find_place("the Baltic states", places)["place"] == "Baltic states"
    assert geo.find_place("U.S.", places)["place"] == "United States"
    assert geo.find_place("Atlantis", places) is None
    assert geo.places_named("on the border with Ukraine", places) == ["Ukraine"]
