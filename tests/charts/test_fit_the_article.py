"""Charts that fit the article: the map's region, membership and sites as of its date, context only where it
belongs, titles that never state more than the rows, and a reason for every chart left out.

Each case is one a report on a development-corpus article got wrong (a Canadian move to Latvia
beside US reference bars, a Gulf map drawn as Europe, a unit with no number counted as 'more').
"""

import re

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest

from posture import charts, paths
from posture.charts import choices, geo, regions
from posture.charts import inputs as chart_inputs
from posture.charts import scale as scale_charts
from posture.charts.map_of_moves import members_on, site_text
from posture.charts.routes import great_circle_route
from posture.charts.style import text_by_gid

from tests.charts.test_scale_charts import REFERENCE, row, table


def read(name):
    return pd.read_csv(paths.EXTERNAL / name, dtype=str, keep_default_na=False)


def all_text(fig) -> str:
    return " ".join(t.get_text() for t in fig.findobj(plt.Text)) + " " + getattr(fig, "posture_alt", "")


# --- the map's region ------------------------------------------------------------------------

@pytest.mark.parametrize("destinations,region", [
    (["Germany", "Poland", "Romania"], "Europe"),
    (["Latvia"], "Europe"),
    (["Bahrain", "Kuwait"], "the Middle East"),
    (["Nigeria", "Chad"], "Africa"),
    (["Somalia", "Djibouti"], "Africa"),
    (["Japan", "South Korea"], "the Indo-Pacific"),
    (["Australia"], "the Indo-Pacific"),
    (["Japan", "Poland"], "the world"),
    (["Kazakhstan"], "Central Asia"),
    (["Colombia"], "the world"),
])
def test_the_map_is_of_the_region_the_destinations_are_in(places, destinations, region):
    rows = [{"origin": "United States", "destination": d} for d in destinations]
    assert regions.choose_region(rows, places).name == region


def test_no_known_place_gives_no_region_and_no_map(places):
    rows = table(row("V01", 700, "Miyakojima island"), row("V02", 500, ""))
    assert regions.choose_region(rows.to_dict("records"), places) is None
    assert choices.why_no_map(rows, places) == (
        "Map of the moves left out: no troop movement the article reports (withdrawals, targets and forces in place "
        "are not drawn on the map) names a place the map knows.")
    assert choices.why_no_map(rows.iloc[0:0], places).endswith(
        "the article reports no troop movement (withdrawals, targets and forces in place are not drawn on the map).")


def test_a_gulf_map_is_drawn_in_its_own_projection_with_nothing_of_the_seed(places):
    moves = table(row("V01", 120, "Bahrain", force="United Kingdom"), row("V02", 300, "Kuwait", force="United Kingdom"))
    fig, problems = charts.moves_map(moves, None, read("nato_accessions.csv"), read("aegis_ashore_sites.csv").iloc[0:0],
                                     places, movements_source="Test article", as_of="as of 5 Apr 2018")
    text = all_text(fig)
    assert problems.empty
    assert "Lambert azimuthal, centred 28°N 45°E" in text_by_gid(fig, "subtitle")
    assert fig.posture_alt.startswith("Map of the Middle East, as of 5 Apr 2018. UK troops move to Bahrain and Kuwait.")
    assert not re.search(r"NATO|Aegis|2 Feb 2022|EPSG:3035", text), text
    ax = fig.axes[0]
    x0, x1 = ax.get_xlim()
    bahrain = regions.point_xy(geo.find_place("Bahrain", places), regions.MIDDLE_EAST)
    assert x0 < bahrain[0] < x1
    drawn = {p.get_gid() for p in ax.patches if (p.get_gid() or "").startswith("country:")}
    assert {"country:Saudi Arabia", "country:Iran"} <= drawn


def test_nato_is_shaded_off_europe_only_when_the_article_involves_it(places):
    moves = table(row("V01", 120, "Iraq", force="Denmark"))
    args = (moves, None, read("nato_accessions.csv"), read("aegis_ashore_sites.csv").iloc[0:0], places)
    plain, _ = charts.moves_map(*args, movements_source="T", as_of="as of 1 Mar 2021")
    nato, _ = charts.moves_map(*args, movements_source="T", as_of="as of 1 Mar 2021", involves_nato=True)
    assert "NATO" not in all_text(plain)
    assert "NATO member, 1 Mar 2021" in all_text(nato)
    assert chart_inputs.involves_nato("NATO's mission in Iraq grows.", moves)
    assert not chart_inputs.involves_nato("Denmark sends trainers to Iraq.", moves)


def test_members_are_those_of_the_maps_date_and_the_legend_says_which_date(places):
    accessions = read("nato_accessions.csv")
    assert {"Montenegro"} <= members_on(accessions, "2017-06-17") and "North Macedonia" not in members_on(
        accessions, "2017-06-17")
    assert "Finland" not in members_on(accessions, "2022-02-02") and "Finland" in members_on(accessions, "2023-04-04")
    moves = table(row("V01", 120, "Latvia", force="Canada"))
    fig, _ = charts.moves_map(moves, None, accessions, read("aegis_ashore_sites.csv").iloc[0:0], places,
                              movements_source="T", as_of="as of 17 Jun 2017")
    colours = {p.get_gid(): p.get_facecolor() for p in fig.axes[0].patches if (p.get_gid() or "").startswith("country")}
    assert colours["country:Montenegro"] == colours["country:Latvia"] != colours["country:Finland"]
    assert colours["country:North Macedonia"] == colours["country:Finland"]
    legend = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert "NATO member, 17 Jun 2017" in legend and "Aegis Ashore site" not in legend


def test_sites_only_where_the_article_names_them_and_never_a_later_status(places):
    sites = read("aegis_ashore_sites.csv")
    seed_words = "transparency at Aegis Ashore sites in Romania and Poland."
    assert list(chart_inputs.sites_named(sites, seed_words, places)["place"]) == ["Deveselu", "Redzikowo"]
    assert list(chart_inputs.sites_named(sites, "US troops arrive near Deveselu.", places)["place"]) == ["Deveselu"]
    assert chart_inputs.sites_named(sites, "Canadian gunners head to Latvia and Poland.", places).empty
    redzikowo = sites.set_index("place").loc["Redzikowo"].to_dict()
    assert site_text(redzikowo, "2022-02-02") == "under construction"
    assert site_text(redzikowo, "2024-08-01") == "operational since Jul 2024"
    assert "2024" not in site_text(redzikowo, None)


def test_undated_article_gets_no_seed_date(places):
    assert chart_inputs.as_of({"date": None}) == "date not given"
    moves = table(row("V01", 2500, "Nigeria", force="Chad"))
    fig, _ = charts.moves_map(moves, None, read("nato_accessions.csv"), read("aegis_ashore_sites.csv").iloc[0:0],
                              places, movements_source="T", as_of="date not given")
    assert "2022" not in all_text(fig) and "date not given" in text_by_gid(fig, "subtitle")


def test_a_pacific_crossing_enters_the_world_map_at_its_edge_and_ends_at_its_place(places):
    washington, tokyo = geo.find_place("Washington", places), geo.find_place("Tokyo", places)
    path = great_circle_route(washington, tokyo, regions.WORLD)
    end = regions.point_xy(tokyo, regions.WORLD)
    assert np.allclose(path[-1], end)
    assert path[0][0] > end[0] + 200_000  # from the map's eastern edge (the 180th meridian), across the Pacific
    assert path[:, 0].min() > 11_000_000  # one stretch, never across Eurasia


def test_countries_on_the_far_side_of_an_azimuthal_map_are_left_off(places):
    countries = geo.read_countries(geo.WORLD_COUNTRIES_FILE).set_index("name")["polygons"]
    region = regions.INDO_PACIFIC
    assert geo.outline_path(countries["Brazil"], crs=region.crs, horizon=region.horizon) is None
    assert geo.outline_path(countries["Japan"], crs=region.crs, horizon=region.horizon) is not None


def test_map_notes_use_the_region_of_the_moves(places):
    notes = chart_inputs.map_notes(table(row("V01", 120, "Bahrain"), row("V02", 80, "Kuwait", origin="Bahrain")),
                                   places)
    assert list(notes["note"]) == ["120 to Bahrain: marked at its destination only, origin not given"]
    assert chart_inputs.map_in_words(table(row("V01", 120, "Bahrain")), notes).startswith(
        "**1** of 1 move is on the map, **1** of them at its destination only.")


# --- context only where it belongs -------------------------------------------------------------

def test_a_canadian_move_gets_no_us_or_russian_reference_groups(places):
    moves = table(row("V01", 120, "Latvia", force="Canada", qualifier="about"),
                  row("V02", 1100, "Latvia", force="multinational", kind="stock", start=40))
    scale = scale_charts.scale_table(moves, REFERENCE, places, "T", "2017-06-17")
    assert list(scale["group"]) == ["Canada: troops on the move", "multinational: troops in Latvia"]
    assert scale["is_article"].all()
    fig = scale_charts.scale_chart(scale)
    assert "blue" not in text_by_gid(fig, "subtitle")


def test_a_us_move_into_europe_gets_the_us_reference_only_near_its_date(places):
    moves = table(row("V01", 640, "Lithuania", start=50))
    near = scale_charts.scale_table(moves, REFERENCE, places, "T", "2022-02-02")
    assert "US troops in Europe" in set(near["group"]) and "Russian troops near Ukraine" not in set(near["group"])
    europe = near[near["group"] == "US troops in Europe"]
    assert list(europe["figure"]) == ["", "~52,000"]  # the article gives none; the reference beside it
    far = scale_charts.scale_table(moves, REFERENCE, places, "T", "2017-06-17")
    assert list(far["group"]) == ["US: troops on the move"]
    undated = scale_charts.scale_table(moves, REFERENCE, places, "T", None)
    assert list(undated["group"]) == ["US: troops on the move"]
    assert choices.why_no_scale(far).startswith("Scale chart left out: the article gives no force already in place")


def test_the_scale_title_says_whose_reference_figure_it_is(places):
    moves = table(row("V01", 640, "Lithuania", start=50), row("V05", 48000, "Europe", kind="stock", start=200))
    fig = scale_charts.scale_chart(scale_charts.scale_table(moves, REFERENCE, places, "T", "2022-02-02"))
    assert text_by_gid(fig, "title").endswith("of the ~52,000 US troops in Europe (Ref One, Dec 2021)")


def test_moves_are_summed_only_within_one_status_and_never_with_a_stock_or_target(places):
    arrived = dict(row("V02", 300, "Estonia", start=40), status="arrived")
    moves = table(row("V01", 120, "Latvia"), arrived, row("V03", 2200, "Latvia", kind="stock", start=80),
                  row("V04", 5000, "Latvia", qualifier="up to", kind="target", start=120))
    scale = scale_charts.scale_table(moves, REFERENCE, places, "T", "2017-06-17")
    groups = scale[scale["kind"] == "movement"]
    assert list(groups["group"]) == ["US: troops on the move (announced)", "US: troops on the move (arrived)"]
    assert list(groups["figure"]) == ["120", "300"]
    parts = scale_charts.parts_table(moves)
    assert list(parts["movement_id"]) == ["V01", "V02"]  # the stock and the target are no moves
    assert list(parts["label"]) == ["120 · to Latvia · announced", "300 · to Estonia · arrived"]
    title = text_by_gid(scale_charts.parts_chart(parts, "T"), "title")
    assert title == "The article reports 2 separate troop moves, of different status (not added up)"


def test_a_unit_with_no_number_is_never_counted_as_more_troops(places):
    unit = dict(row("V02", None, "Camp Hovey", origin="Fort Hood", unit="1st Battalion", start=40),
                qualifier="", count_low=None, count_high=None)
    moves = table(row("V01", 800, "South Korea"), unit)
    title = text_by_gid(scale_charts.parts_chart(scale_charts.parts_table(moves), "T"), "title")
    assert title == "The article reports 2 separate troop moves, 1 of them with no number"
    scale = scale_charts.scale_table(moves, REFERENCE, places, "T", None)
    assert list(scale["figure"]) == ["800"] and list(scale["who"]) == ["This article (1 more with no number)"]


def test_one_move_gets_no_make_up_chart():
    parts = scale_charts.parts_table(table(row("V01", 120, "Latvia")))
    assert choices.why_no_parts(parts).startswith("Make-up chart left out: the article reports one troop move")
    assert choices.why_no_parts(scale_charts.parts_table(table(row("V01", 1, "A"), row("V02", 2, "B")))) == ""


def test_us_personnel_only_for_us_moves_to_listed_hosts_near_the_count(places):
    personnel = read("us_personnel_dec2021.csv")
    country = lambda place: chart_inputs.country_of_place(place, places)  # noqa: E731
    us_poland = chart_inputs.personnel_additions(table(row("V01", 1700, "Rzeszow")))
    assert choices.why_no_personnel(us_poland, personnel, "2022-02-02", country) == ""
    assert "more than a year from the article's date" in choices.why_no_personnel(us_poland, personnel, "2024-05-01",
                                                                                   country)
    canada = chart_inputs.personnel_additions(table(row("V01", 120, "Latvia", force="Canada")))
    japan = chart_inputs.personnel_additions(table(row("V01", 800, "Japan")))
    for additions in (canada, japan):
        assert choices.why_no_personnel(additions, personnel, "2022-02-02", country).startswith(
            "US personnel chart left out: the article reports no US move to a host country the reference data lists")


def test_russian_estimates_only_for_an_article_about_that_build_up():
    estimates = read("russian_forces_estimates.csv")
    claim = pd.DataFrame({"date": ["2022-02-02"], "count": [130000]})
    assert choices.why_no_estimates(claim, estimates, "2022-02-02") == ""
    assert "far from the estimates" in choices.why_no_estimates(claim, estimates, "2024-02-02")
    assert choices.why_no_estimates(claim.iloc[0:0], estimates, "2022-02-02").startswith(
        "Chart of Russian force estimates left out")


def test_figure_notes_hold_one_line_per_chart_left_out_and_the_summary_prints_them(tmp_path):
    from posture.collection.report import summary
    notes = choices.figure_notes({"moves_map": "", "us_personnel": "US personnel chart left out: why."})
    assert list(notes.columns) == ["figure", "note"] and list(notes["figure"]) == ["us_personnel"]
    (tmp_path / "tables").mkdir()
    (tmp_path / "figures").mkdir()
    notes.to_csv(tmp_path / "tables" / "figure_notes.csv", index=False)
    assert "note: US personnel chart left out: why." in summary(tmp_path)


def test_off_europe_the_map_is_fitted_to_the_places_and_keeps_an_origin_on_it(places):
    korea = regions.choose_region([{"origin": "", "destination": "South Korea"}], places)
    x0, x1, y0, y1 = korea.extent
    assert korea.name == "the Indo-Pacific" and x1 - x0 == regions.MIN_WIDTH
    assert regions.inside_extent(regions.point_xy(geo.find_place("Seoul", places), korea), korea.extent)
    assert not regions.inside_extent(regions.point_xy(geo.find_place("Australia", places), korea), korea.extent)
    somalia = regions.choose_region([{"origin": "Kenya", "destination": "Somalia"}], places)
    assert regions.inside_extent(regions.point_xy(geo.find_place("Nairobi", places), somalia), somalia.extent)
    europe = regions.choose_region([{"origin": "", "destination": "Latvia"}], places)
    assert europe.extent == regions.EUROPE.extent  # the NATO area whole


def test_rings_of_one_force_at_one_place_name_the_force_once(places):
    moves = table(row("V01", 43, "Solomon Islands", force="Australia"), row("V02", 1800, "Solomon Islands",
                  force="Australia", qualifier="about", start=30), row("V03", 34, "Honiara", force="Papua New Guinea"))
    fig, _ = charts.moves_map(moves, None, read("nato_accessions.csv"), read("aegis_ashore_sites.csv").iloc[0:0],
                              places, movements_source="T", as_of="as of 1 Dec 2021")
    rings = [t.get_text() for t in fig.axes[0].texts if (t.get_gid() or "").startswith("arrival_label")]
    assert "Australia · 43 + ~1,800\nto Solomon Islands, origin not given" in rings
    assert text_by_gid(fig, "title") == "Troops move to the Solomon Islands"


def test_a_force_whose_moves_give_no_number_has_no_bar_on_the_scale(places):
    unit = dict(row("V01", None, "Setermoen", origin="Værnes", unit="Marines"), qualifier="", count_low=None,
                count_high=None)
    moves = table(unit, row("V02", 40000, "Norway", force="NATO", start=40))
    scale = scale_charts.scale_table(moves, REFERENCE, places, "T", "2018-06-12")
    assert list(scale["group"]) == ["NATO: troops on the move"]


def test_tick_labels_of_a_scale_in_millions_never_touch(places):
    unit = dict(row("V02", None, "Camp Hovey", origin="Fort Hood", unit="1st Battalion", start=20), qualifier="",
                count_low=None, count_high=None)
    moves = table(row("V01", 800, "Korea"), unit, row("V03", 29_300, "South Korea", kind="stock", start=40),
                  row("V04", 630_000, "", force="South Korea", kind="stock", qualifier="about", start=60),
                  row("V05", 1_200_000, "", force="South Korea", kind="stock", qualifier="some", start=80))
    fig = scale_charts.scale_chart(scale_charts.scale_table(moves, REFERENCE, places, "T", None))
    fig.draw_without_rendering()
    renderer = fig.canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for t in fig.axes[0].get_xticklabels() if t.get_text()]
    assert len(boxes) >= 3
    assert all(a.x1 + 4 < b.x0 for a, b in zip(boxes, boxes[1:]))


def test_an_undated_map_says_which_date_its_members_are_of(places):
    moves = table(row("V01", 30000, "Belarus", force="Russia"))
    fig, _ = charts.moves_map(moves, None, read("nato_accessions.csv"), read("aegis_ashore_sites.csv").iloc[0:0],
                              places, movements_source="T", as_of="date not given")
    legend = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert "NATO member as of 7 Mar 2024 (article undated)" in legend


def test_alt_text_of_a_ring_with_no_number_reads_as_prose(places):
    unit = dict(row("V01", None, "Kuwait", unit="1st Battalion", force="United Kingdom"), qualifier="",
                count_low=None, count_high=None)
    fig, _ = charts.moves_map(table(unit), None, read("nato_accessions.csv"), read("aegis_ashore_sites.csv").iloc[0:0],
                              places, movements_source="T", as_of="as of 5 Apr 2018")
    assert "a ring marks troops, number not given (1st Battalion) going to Kuwait" in fig.posture_alt
    assert "number not given troops" not in fig.posture_alt
