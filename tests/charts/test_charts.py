"""Chart functions: the marks and words on each figure come from the rows passed in."""

import pandas as pd
import pytest
from matplotlib.patches import FancyArrowPatch, PathPatch

from posture import charts, paths
from posture.charts import geo
from posture.charts.style import save_figure, text_by_gid


def read(name):
    return pd.read_csv(paths.EXTERNAL / name, dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def countries():
    return geo.read_countries()


def move(origin, destination, count, qualifier="about", unit="", force="United States", **extra):
    return {"origin": origin, "destination": destination, "count": count, "count_low": count,
            "count_high": count if qualifier not in ("more than",) else None, "qualifier": qualifier,
            "unit": unit, "force": force, "kind": "movement", **extra}


def texts(fig):
    return [t.get_text() for ax in fig.axes for t in ax.texts] + [t.get_text() for t in fig.texts]


# --- US personnel -------------------------------------------------------------------

PERSONNEL = pd.DataFrame({"country": ["Atlantica", "Poland", "Romania"], "personnel": [3000, 700, 300],
                          "date": "2021-12-31", "source": "Test census"})


def test_personnel_bars_come_from_the_rows(places):
    fig = charts.us_personnel_chart(PERSONNEL, places=places)
    ax = fig.axes[0]
    widths = sorted(p.get_width() for p in ax.patches if p.get_gid() == "base")
    assert widths == [300, 700, 3000]
    top_down = sorted(ax.get_yticklabels(), key=lambda t: -t.get_position()[1])
    assert [t.get_text() for t in top_down] == ["Atlantica", "Poland", "Romania"]
    assert text_by_gid(fig, "title") == ("Before the moves, 75% of the US troops based in these countries were in Atlantica"
                                          " (Test census, Dec 2021)")
    assert "Dec 2021" in text_by_gid(fig, "subtitle") and "rotational troops not counted" in text_by_gid(fig, "subtitle")
    assert text_by_gid(fig, "source") == "Source: Test census"


def test_personnel_additions_are_stacked_hedged_and_placed_by_country(places):
    additions = pd.DataFrame([move("United States", "Rzeszow", 1234, unit="Test Brigade"),
                              move("Atlantica", "Romania", 456, qualifier="up to"),
                              move("United States", "Atlantis", 99)])
    fig = charts.us_personnel_chart(PERSONNEL, additions, places, additions_source="Test article")
    ax = fig.axes[0]
    added = sorted(p.get_width() for p in ax.patches if p.get_gid() == "added")
    assert added == [456, 1234]
    labels = [t.get_text() for t in ax.texts if t.get_gid() == "value"]
    added = [t.get_text() for t in ax.texts if t.get_gid() == "added_value"]
    assert " 700" in labels and " + ~1,234 from US" in added   # Rzeszow counts for Poland
    assert " 300" in labels and " + up to 456 from Atlantica" in added
    assert "~99 to Atlantis" in text_by_gid(fig, "notes")
    assert "The 3 host countries shown sum to 4,000 personnel." in text_by_gid(fig, "notes")
    assert text_by_gid(fig, "title") == ("The moves send ~1,234 US troops to Poland, about 2 times the 700 permanently based there"
                                          " (Test census, Dec 2021)")
    assert "announced as of 2 Feb 2022" in text_by_gid(fig, "subtitle")
    assert text_by_gid(fig, "source") == "Source: Test census; Test article"


def test_a_small_addition_stays_visible_and_the_listed_sum_sits_beside_the_reference_total(places):
    additions = pd.DataFrame([move("", "Poland", 3)])
    total = {"who": "Census", "what": "every host country", "when": "Dec 2021", "figure": "~4,100"}
    fig = charts.us_personnel_chart(PERSONNEL, additions, places, "Test article", europe_total=total)
    ax = fig.axes[0]
    renderer = fig.canvas.get_renderer()
    added = [p for p in ax.patches if p.get_gid() == "added"]
    assert added and min(p.get_window_extent(renderer).width for p in added) >= 2.5 * fig.dpi / 72  # >= 2.5 pt
    assert [t.get_text() for t in ax.texts if t.get_gid() == "added_value"] == [" + ~3"]
    assert text_by_gid(fig, "notes") == ("The 3 host countries shown sum to 4,000 personnel; Census's total for every "
                                         "host country, Dec 2021, is ~4,100.")


# --- Russian forces over time ------------------------------------------------------------

ESTIMATES = pd.DataFrame({
    "date_label": ["1 Jan 2022", "mid-Jan 2022", "20 Feb 2022"],
    "date_from": ["2022-01-01", "2022-01-10", "2022-02-20"],
    "date_to": ["2022-01-01", "2022-01-20", "2022-02-20"],
    "count_low": [50000, 60000, 70000], "count_high": [50000, None, 80000],
    "qualifier": ["about", "more than", "between"],
    "estimator": ["Estimator A", "Estimator B", "Estimator C"], "source": ["Src A", "Src B", "Src C"],
})
CLAIM = pd.DataFrame([{"date": "2022-02-02", "count": 65000, "count_low": 65000, "count_high": None,
                       "qualifier": "more than", "estimator": "Test article", "source": "Test article"}])


def test_russian_chart_marks_every_estimate_and_the_article():
    fig = charts.russian_forces_chart(ESTIMATES, CLAIM)
    ax = fig.axes[0]
    assert text_by_gid(fig, "title") == ("Estimates of Russian forces near Ukraine rose from ~50,000 (1 Jan 2022) "
                                         "to 70,000–80,000 (20 Feb 2022)")
    article_marks = [l for l in ax.lines if l.get_gid() == "article" and l.get_marker() == "o"]
    assert [float(l.get_ydata()[0]) for l in article_marks] == [65000]
    range_bars = [l for l in ax.lines if l.get_gid() == "estimate" and l.get_linewidth() == 5]
    assert [sorted(l.get_ydata()) for l in range_bars] == [[70000, 80000]]
    article_label = [t.get_text() for t in ax.texts if t.get_gid() == "article_label"]
    assert article_label == [">65,000\nTest article, 2 Feb 2022"]
    estimate_labels = sorted(t.get_text() for t in ax.texts if t.get_gid() == "estimate_label")
    assert estimate_labels == ["70,000–80,000\nEstimator C, 20 Feb 2022", ">60,000\nEstimator B, mid-Jan 2022",
                               "~50,000\nEstimator A, 1 Jan 2022"]
    assert ax.get_ylim()[1] > 80000
    assert text_by_gid(fig, "source") == "Source: Src A; Src B; Src C; Test article"


def test_russian_chart_labels_do_not_overlap():
    fig = charts.russian_forces_chart(ESTIMATES, CLAIM)
    renderer = fig.canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for t in fig.axes[0].texts if t.get_gid().endswith("_label")]
    assert not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])


# --- the map -----------------------------------------------------------------------------

def test_plan_arrows_reports_what_it_cannot_place(places):
    rows = pd.DataFrame([move("United States", "Poland", 1700, unit="Unit A"),
                         move("Germany", "Romania", 850),
                         move("United States", "Poland; Germany", 2550),
                         move("Atlantis", "Poland", 10),
                         move("", "Estonia", 20)])
    arrows, problems = charts.plan_arrows(rows, places)
    assert list(arrows["destination"]) == ["Poland", "Romania", "Estonia"]
    assert list(problems["problem"]) == [
        "destination names several places (Poland; Germany): draw its parts instead",
        "origin 'Atlantis' is not a place the map knows",
    ]
    # no origin given, but a destination on the map: marked there, not drawn as an arrow from anywhere
    estonia = arrows.iloc[2]
    assert not estonia["origin_given"] and (estonia["x0"], estonia["y0"]) == (estonia["x1"], estonia["y1"])
    assert estonia["label"] == "~20\nto Estonia, origin not given"
    assert list(arrows["origin_given"]) == [True, True, False]
    first = arrows.iloc[0]
    assert first["label"] == "~1,700 · Unit A\nUS → Poland"
    assert first["width_pt"] == pytest.approx(2 * arrows.iloc[1]["width_pt"])
    # the trans-Atlantic arrow starts at the map's western or northern edge and ends in Poland
    x0, x1, y0, y1 = charts.EUROPE_EXTENT
    assert first["enters_from_edge"] and not arrows.iloc[1]["enters_from_edge"]
    assert first["x0"] < x0 + 0.05 * (x1 - x0) or first["y0"] > y1 - 0.05 * (y1 - y0)
    poland = geo.find_place("Poland", places)
    assert (first["x1"], first["y1"]) == pytest.approx(tuple(float(v) for v in geo.project(poland["lon"], poland["lat"])))
    # arrows point the right way: from Germany east and south to Romania
    second = arrows.iloc[1]
    assert second["x1"] > second["x0"] and second["y1"] < second["y0"]


def test_poland_is_where_poland_is(countries, places):
    poland = countries.loc[countries["name"] == "Poland", "polygons"].iloc[0]
    warsaw = geo.find_place("Warsaw", places)
    x, y = geo.project(warsaw["lon"], warsaw["lat"])
    assert geo.outline_path(poland).contains_point((float(x), float(y)))
    berlin = geo.find_place("Berlin", places)
    assert not geo.outline_path(poland).contains_point(tuple(float(v) for v in geo.project(berlin["lon"], berlin["lat"])))


def test_moves_map_draws_arrows_sites_and_nato_shading(countries, places):
    rows = pd.DataFrame([move("United States", "Poland", 1700, unit="Unit A"), move("Germany", "Romania", 850),
                         move("Atlantis", "Poland", 10)])
    fig, problems = charts.moves_map(rows, countries, read("nato_accessions.csv"),
                                     read("aegis_ashore_sites.csv"), places, movements_source="Test article")
    ax = fig.axes[0]
    assert text_by_gid(fig, "title") == "US troops move to Poland and Romania"
    assert "EPSG:3035" in text_by_gid(fig, "subtitle") and "as of 2 Feb 2022" in text_by_gid(fig, "subtitle")
    assert text_by_gid(fig, "source").startswith("Source: moves: Test article; borders: Natural Earth")
    arrows = [p for p in ax.patches if isinstance(p, FancyArrowPatch)]
    assert sorted(p.get_gid() for p in arrows) == ["arrow:Germany->Romania", "arrow:United States->Poland"]
    assert len(problems) == 1
    shades = {p.get_gid().split(":", 1)[1]: p.get_facecolor() for p in ax.patches if isinstance(p, PathPatch)}
    assert shades["Poland"] != shades["Ukraine"] and shades["Poland"] == shades["Germany"]
    labels = {t.get_gid(): t.get_text() for t in ax.texts}
    assert labels["site_label:Deveselu"] == "Aegis Ashore Deveselu\noperational since 2016"
    assert labels["site_label:Redzikowo"] == "Aegis Ashore Redzikowo\nunder construction"  # as of 2 Feb 2022
    assert "2024" not in " ".join(t.get_text() for t in fig.texts + ax.texts if t.get_gid() != "source")
    assert labels["edge_label:United States"] == "from the US"
    assert labels["arrow_label:Germany->Romania"] == "~850\nGermany → Romania"
    renderer = fig.canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for t in ax.texts]
    overlaps = [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:] if a.overlaps(b)]
    assert not overlaps


def test_map_saves_byte_identically(countries, places, tmp_path):
    rows = pd.DataFrame([move("United States", "Poland", 1700, unit="Unit A"), move("Germany", "Romania", 850)])

    def render(out):
        fig, _ = charts.moves_map(rows, countries, read("nato_accessions.csv"),
                                  read("aegis_ashore_sites.csv"), places, movements_source="Test article")
        return save_figure(fig, "map", tmp_path / out)

    for a, b in zip(render("a"), render("b")):
        assert a.read_bytes() == b.read_bytes(), a.name


# --- claims check ------------------------------------------------------------------------------

def test_claims_check_sets_article_figures_beside_reference_figures(places):
    reference = read("claims_reference.csv")
    article = pd.DataFrame([
        {"force": "United States", "kind": "stock", "origin": "", "destination": "Europe", "count": 61000,
         "count_low": 61000, "count_high": None, "qualifier": "exact", "char_start": 500, "char_end": 506},
        {"force": "Russia", "kind": "stock", "origin": "", "destination": "the border with Ukraine",
         "count": 120000, "count_low": 120000, "count_high": None, "qualifier": "more than",
         "char_start": 40, "char_end": 59},
        {**move("United States", "Rzeszow", 1800), "char_start": 90, "char_end": 95},
        {"force": "Germany", "kind": "movement", "origin": "Germany", "destination": "Lithuania", "count": 350,
         "count_low": None, "count_high": 350, "qualifier": "up to", "char_start": 700, "char_end": 709},
    ])
    table = charts.claims_check(article, reference, places)
    assert list(table.columns) == charts.CLAIMS_COLUMNS
    europe = table[table["claim"] == "US troops in Europe"]
    assert list(europe["article_figure"]) == ["61,000", "61,000"]
    assert list(europe["reference_figure"]) == ["~65,600", ">80,000"]
    assert all(europe["note"].str.len() > 0)
    russia = table[table["claim"] == "Russian troops near Ukraine"]
    assert set(russia["article_figure"]) == {">120,000"} and len(russia) == len(
        reference[reference["claim"] == "Russian troops near Ukraine"])
    poland = table[table["claim"] == "US troops sent to Poland"]
    assert list(poland["article_figure"]) == ["~1,800"] and list(poland["reference_figure"]) == ["~1,700"]
    unmatched = table[table["claim"] == ""]
    assert list(unmatched["article_figure"]) == ["up to 350"] and list(unmatched["reference_figure"].fillna("")) == [""]
    # rows stay traceable to the article
    assert set(table["char_start"]) == {500, 40, 90, 700}
    assert table.equals(charts.claims_check(article.iloc[::-1], reference, places))


def test_routes_leaving_or_missing_the_map(places):
    rows = pd.DataFrame([move("Germany", "Fort Bragg", 500), move("Beijing", "Washington", 5)])
    arrows, problems = charts.plan_arrows(rows, places)
    assert list(arrows["leaves_at_edge"]) == [True] and not arrows.iloc[0]["enters_from_edge"]
    x0, x1, y0, y1 = charts.EUROPE_EXTENT
    assert x0 <= arrows.iloc[0]["x1"] <= x1 and y0 <= arrows.iloc[0]["y1"] <= y1
    assert list(problems["problem"]) == ["the route from Beijing to Washington does not cross the map"]


def test_map_with_nothing_to_draw_says_so(countries, places):
    fig, problems = charts.moves_map(pd.DataFrame([move("Atlantis", "Poland", 10)]), countries,
                                     read("nato_accessions.csv"), read("aegis_ashore_sites.csv"), places,
                                     movements_source="Test article")
    assert text_by_gid(fig, "title") == "No movement could be placed on the map" and len(problems) == 1


def test_forces_are_written_as_adjectives_before_troops():
    assert [charts.troops_word(f) for f in ["United States", "United Kingdom", "France", "Belarus", "NATO"]] == \
        ["US", "UK", "French", "Belarusian", "NATO"]
