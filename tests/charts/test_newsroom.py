"""Figures a newsroom would publish: alt text stored with every file, source lines a reader can
follow, no file names, module names or internal ids on a chart or in computed prose, reader tables."""

import json
import re

import matplotlib.pyplot as plt
import pandas as pd
import pytest
from matplotlib.patches import FancyArrowPatch
from PIL import Image

from posture import charts, paths
from posture.charts import citations, geo, quote_views
from posture.charts import inputs as chart_inputs
from posture.charts.map_of_moves import site_text
from posture.charts.reader_tables import cell_text, html_table
from posture.charts.style import alt_text, save_figure, text_by_gid

FIGURES = sorted(paths.FIGURES.glob("*.png"))
# what must never reach a reader: file names, module names, internal ids
FORBIDDEN = re.compile(r"\.txt\b|\.csv\b|\.json\b|\bposture\.|data-raw|_dec2021|\b[VM]\d{2}\b|\b[qa]\d{3}\b")


def read(name):
    return pd.read_csv(paths.EXTERNAL / name, dtype=str, keep_default_na=False)


# --- what every committed figure carries -----------------------------------------------------

def test_there_are_figures():
    assert len(FIGURES) >= 6


@pytest.mark.parametrize("png", FIGURES, ids=lambda p: p.stem)
def test_every_figure_carries_its_alt_text_in_png_svg_and_pdf(png):
    description = Image.open(png).text.get("Description", "")
    assert len(description) >= 40, png.name
    svg = png.with_suffix(".svg").read_text(encoding="utf-8")
    desc = re.search(r"<desc>(.*?)</desc>", svg, re.S)
    assert desc and len(desc.group(1)) >= 40 and "<title>" in svg
    pdf = png.with_suffix(".pdf").read_bytes()
    assert b"/Subject" in pdf and b"/CreationDate" not in pdf
    assert b"Software" not in png.read_bytes()


@pytest.mark.parametrize("png", FIGURES, ids=lambda p: p.stem)
def test_no_figure_text_names_a_file_a_module_or_an_internal_id(png):
    svg = png.with_suffix(".svg").read_text(encoding="utf-8")
    text = re.sub(r"<[^>]+>", " ", re.sub(r"<(style|defs)\b.*?</\1>", " ", svg, flags=re.S))
    assert not FORBIDDEN.search(text), FORBIDDEN.search(text).group(0)
    source = re.search(r"Source: (.*)", text, re.S)
    assert source and "project reference notes" not in text and "press reports" not in text


def test_the_seed_figures_cite_the_article_outlet_title_date_and_link():
    svg = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", (paths.FIGURES / "moves_parts.svg").read_text(encoding="utf-8")))
    assert "Deutsche Welle (DW), “US to send more troops to Germany, Poland”, 2 Feb 2022, p.dw.com/p/46Pow" in svg


def test_save_figure_writes_alt_text_and_the_same_bytes_twice(tmp_path):
    def figure():
        fig = plt.figure(figsize=(3, 2))
        fig.text(0.1, 0.9, "A title", gid="title")
        charts.style.describe(fig, "A test chart with two bars, the first twice the second, for this test.")
        return fig

    first = save_figure(figure(), "t", tmp_path / "a")
    second = save_figure(figure(), "t", tmp_path / "b")
    assert [a.read_bytes() for a in first] == [b.read_bytes() for b in second]
    png, svg, pdf = first
    assert Image.open(png).text["Description"].startswith("A test chart")
    assert "<title>A title</title>" in svg.read_text() and "<desc>A test chart" in svg.read_text()
    assert b"/Subject" in pdf.read_bytes()


# --- citations --------------------------------------------------------------------------------

def test_citation_prints_a_link_unless_a_document_id_or_a_long_link():
    assert citations.citation("NATO, Member countries", "https://www.nato.int/cps/en/natohq/topics_52044.htm") == (
        "NATO, Member countries, nato.int/cps/en/natohq/topics_52044.htm")
    assert citations.citation("Kirby, briefing (defense.gov transcript 2921277)", "https://www.defense.gov/x") == (
        "Kirby, briefing (defense.gov transcript 2921277)")
    assert citations.citation("AP, “Title”, 1 Feb 2022", "https://example.org/" + "x" * 80) == "AP, “Title”, 1 Feb 2022"


def test_every_reference_row_a_chart_draws_is_a_citation():
    for name in ["us_personnel_dec2021.csv", "russian_forces_estimates.csv", "aegis_ashore_sites.csv",
                 "claims_reference.csv", "us_troops_europe.csv", "nato_accessions.csv"]:
        table = read(name)
        for source, url in zip(table["source"], table.get("source_url", [""] * len(table))):
            assert not FORBIDDEN.search(source) and "project" not in source, (name, source)
            assert re.search(r"\d{4}|transcript|Member countries", source), (name, source)  # a date or document id


def test_another_articles_citation_holds_nothing_of_the_seed():
    other = {"headline": "Troops head north", "date": "2023-05-01", "url": "https://news.example.com/a/1",
             "sha256": "0" * 64, "source": "other.txt"}
    cited = citations.article_citation(other)
    assert cited == "news.example.com, “Troops head north”, 1 May 2023, news.example.com/a/1"
    assert "DW" not in cited and "other.txt" not in cited


# --- the map ------------------------------------------------------------------------------

def test_sites_show_only_what_was_true_on_the_as_of_date():
    sites = read("aegis_ashore_sites.csv").set_index("place")
    assert site_text(sites.loc["Redzikowo"].to_dict(), "2022-02-02") == "under construction"
    assert site_text(sites.loc["Deveselu"].to_dict(), "2022-02-02") == "operational since 2016"
    assert site_text(sites.loc["Redzikowo"].to_dict(), "2025-01-01") == sites.loc["Redzikowo", "date_label"]


def seed_map():
    movements = chart_inputs.read_movements(paths.PROCESSED / "troop_movements.csv")
    places = geo.read_places()
    fig, _ = charts.moves_map(chart_inputs.map_rows(movements), geo.read_countries(),
                              read("nato_accessions.csv"), read("aegis_ashore_sites.csv"), places,
                              movements_source="T")
    return fig


def test_the_map_labels_every_place_a_move_starts_or_ends_and_keys_arrow_width():
    fig = seed_map()
    ax = fig.axes[0]
    shown = {t.get_gid().split(":", 1)[1] for t in ax.texts if t.get_gid() and t.get_visible()
             and t.get_gid().startswith("country_label")}
    assert {"Poland", "Germany", "Romania"} <= shown
    assert "edge_label:United States" in {t.get_gid() for t in ax.texts}
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert any(t.endswith("troops") for t in legend) and "troops sent here, origin not given" in legend


def test_no_mark_of_the_map_sits_on_another():
    fig = seed_map()
    ax = fig.axes[0]
    fig.draw_without_rendering()
    renderer = fig.canvas.get_renderer()
    ring = next(l for l in ax.lines if (l.get_gid() or "").startswith("arrival:"))
    ring_box = ring.get_window_extent(renderer)
    for arrow in [p for p in ax.patches if isinstance(p, FancyArrowPatch)]:
        path = arrow._get_path_in_displaycoord()  # the arrow as drawn, in display units
        vertices = path[0].vertices if isinstance(path, tuple) else path.vertices
        inside = [(x, y) for x, y in vertices if ring_box.x0 < x < ring_box.x1 and ring_box.y0 < y < ring_box.y1]
        assert not inside, arrow.get_gid()
    boxes = [t.get_window_extent(renderer) for t in ax.texts if t.get_visible()]
    assert not [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:] if a.overlaps(b)]


# --- Russian forces, quotes, US personnel ----------------------------------------------------------

def test_russian_title_compares_estimates_that_count_the_same():
    estimates = read("russian_forces_estimates.csv")
    assert (estimates["counts"] != "").all() and (estimates["scope"] != "").all()
    claim = pd.DataFrame(columns=chart_inputs.CLAIM_CLAIM_COLUMNS)
    fig = charts.russian_forces_chart(estimates, claim)
    title, subtitle = text_by_gid(fig, "title"), text_by_gid(fig, "subtitle")
    wider = estimates[estimates["counts"] != estimates["counts"].mode().iloc[0]]
    assert len(wider) == 1 and "169,000" not in title and "Rosgvardia" in subtitle
    labels = " ".join(t.get_text() for t in fig.axes[0].texts)
    assert all(scope in labels for scope in estimates["scope"])


def test_quotes_chart_writes_one_date_style_and_one_legend_of_sides():
    quotes = pd.read_csv(paths.PROCESSED / "quotes.csv", dtype=str, keep_default_na=False)
    table = quote_views.words_by_country(quotes)
    fig = quote_views.words_by_country_chart(table, {"date": "2022-02-02", "headline": "H"})
    ax = fig.axes[0]
    assert text_by_gid(fig, "subtitle").endswith("article of 2 Feb 2022")
    assert "2022-02-02" not in " ".join(t.get_text() for t in fig.texts)
    assert not any("NATO and allies" in t.get_text() for t in ax.texts)  # the side is in the legend, once
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["NATO and allies", "Russia and Belarus"]
    assert "United States 126 words in 8 quotes" in alt_text(fig)


def test_the_seed_personnel_chart_title_tells_the_story():
    svg = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", (paths.FIGURES / "us_personnel.svg").read_text(encoding="utf-8")))
    assert "The moves send ~1,700 US troops to Poland" in svg and "+ 300" in svg


# --- reader tables in the notebooks ----------------------------------------------------------

def test_cells_are_written_for_a_reader():
    assert [cell_text(v) for v in [None, float("nan"), pd.NA, "", "[]", 65600.0, 1700, True, "Poland"]] == [
        "–", "–", "–", "–", "–", "65,600", "1,700", "yes", "Poland"]
    html = html_table(pd.DataFrame({"country": ["Poland"], "troops": [1700]}))
    assert "text-align:left'>Poland" in html and "text-align:right'>1,700" in html
    assert html_table(pd.DataFrame(columns=["a"]), empty="No disagreements.") == "<p>No disagreements.</p>"


@pytest.mark.parametrize("notebook", ["03-tabulate-quotes.ipynb", "04-chart-force-posture.ipynb"])
def test_notebook_tables_and_prose_hold_no_raw_missing_values_or_ids(notebook):
    cells = json.loads((paths.NOTEBOOKS / notebook).read_text(encoding="utf-8"))["cells"]
    for cell in cells:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            html = "".join(data.get("text/html", []))
            reader = html.split("Provenance of the rows above")[0]
            cells_text = re.findall(r"<td[^>]*>(.*?)</td>", reader, re.S)
            assert not [c for c in cells_text if c.strip() in ("&lt;NA&gt;", "NaN", "None", "[]", "nan")], cells_text
            assert not re.search(r"<td[^>]*>\d+\.0</td>", reader)
            heads = re.findall(r"<th[^>]*>(.*?)</th>", reader.split("</thead>")[0]) if "<table" in reader else []
            if any(head == "id" or head.endswith(" id") for head in heads):  # ids only in the provenance table or last column
                assert heads[-1].endswith("id"), heads
            prose = "".join(data.get("text/markdown", []))
            assert not FORBIDDEN.search(prose), (notebook, prose[:200])
            if "image/png" in data:
                assert len(output["metadata"]["image/png"]["alt"]) >= 40


def test_two_moves_to_one_place_with_no_origin_are_one_ring_and_vague_moves_get_no_width_key():
    rows = pd.DataFrame([{"origin": "", "destination": "Romania", "count": None, "count_low": None,
                          "count_high": None, "qualifier": q, "unit": "", "force": "France", "kind": "movement"}
                         for q in ("hundreds", "dozens")])
    fig, _ = charts.moves_map(rows, geo.read_countries(), read("nato_accessions.csv"),
                              read("aegis_ashore_sites.csv"), geo.read_places(), movements_source="T")
    ax = fig.axes[0]
    rings = [l for l in ax.lines if (l.get_gid() or "").startswith("arrival:")]
    assert len(rings) == 1
    assert [t.get_text() for t in ax.texts if (t.get_gid() or "").startswith("arrival_label")] == [
        "hundreds + dozens\nto Romania, origin not given"]
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert not any(t.endswith(" troops") for t in legend)  # no arrow drawn, so no arrow-width key


def test_the_readme_gallery_shows_every_figure_with_its_stored_alt_text():
    readme = (paths.ROOT / "README.md").read_text(encoding="utf-8")
    for png in FIGURES:
        stored = Image.open(png).text["Description"].replace("|", "/").replace("[", "(").replace("]", ")")
        assert f"![{stored}](figures/{png.name})" in readme, png.name


def test_a_report_on_another_article_cites_that_article_and_nothing_of_the_seed(tmp_path):
    # a Gulf article: its own map and projection, no NATO, no Aegis sites, no US or Russian context
    from posture.collection.report import run_report
    article = paths.ROOT / "tests" / "fixtures" / "corpus" / "h_press_release_gulf_uk_bahrain.txt"
    lines = run_report(article, tmp_path / "report", progress=lambda *_: None)
    figures = sorted((tmp_path / "report" / "figures").glob("*.svg"))
    assert {f.stem for f in figures} == {"moves_map", "moves_scale", "moves_parts", "quotes_words_by_country"}
    notes = pd.read_csv(tmp_path / "report" / "tables" / "figure_notes.csv")
    assert list(notes["figure"]) == ["us_personnel", "russian_forces"]
    assert all(f"note: {n}" in lines for n in notes["note"])
    for svg in figures:
        text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", svg.read_text(encoding="utf-8")))
        assert not re.search(r"Deutsche Welle|p\.dw\.com|US to send more troops|\bDW\b|2 Feb 2022|Aegis", text), svg.name
        assert not FORBIDDEN.search(text), (svg.name, FORBIDDEN.search(text).group(0))
        assert re.search(r"<desc>.{40,}</desc>", svg.read_text(encoding="utf-8"), re.S), svg.name
    map_text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", (figures[0].parent / "moves_map.svg").read_text("utf-8")))
    assert "Map of the Middle East, as of 5 Apr 2018" in map_text and "NATO" not in map_text
    assert "Royal Navy opens Bahrain base" in map_text
    notebook = (tmp_path / "report" / "notebooks" / "04-chart-force-posture.ipynb").read_text(encoding="utf-8")
    assert not re.search(r"\bDW\b|2 February 2022|2 Feb 2022|Deveselu|Redzikowo", notebook)
