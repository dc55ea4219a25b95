"""Scale and make-up charts, and the inputs notebook 04 builds from the stage tables.

All rows are made up, so every expected title, bar and label is computed from them here.
"""

import pandas as pd
from matplotlib.patches import Rectangle

from posture import charts, paths
from posture.charts import inputs as chart_inputs
from posture.charts import choices, geo
from posture.charts import scale as scale_charts
from posture.charts.style import save_figure, text_by_gid

COLUMNS = ["movement_id", "count", "count_low", "count_high", "qualifier", "force", "unit", "origin", "destination",
           "kind", "status", "is_aggregate", "components", "component_sum", "char_start", "char_end"]


def row(mid, count, destination, origin="", qualifier="exact", kind="movement", force="United States", unit="",
        aggregate=False, components="", start=0):
    low = None if qualifier in ("up to",) else count
    high = None if qualifier in ("more than",) else count
    if qualifier in ("about", "around", "some"):
        low = high = None
    return {"movement_id": mid, "count": count, "count_low": low, "count_high": high, "qualifier": qualifier,
            "force": force, "unit": unit, "origin": origin, "destination": destination, "kind": kind,
            "status": "existing" if kind == "stock" else "announced", "is_aggregate": aggregate,
            "components": components, "component_sum": count if aggregate else None,
            "char_start": start, "char_end": start + 5}


def table(*rows):
    return pd.DataFrame(list(rows), columns=COLUMNS)


# Made-up article: 900 = 640 + 260, a separate 450 from Italy to Hungary, a stock of 48,000 in
# Europe and more than 77,000 Russian troops near Ukraine.
MOVES = table(
    row("V01", 900, "Lithuania; Latvia", qualifier="some", aggregate=True, components="V02; V03", start=10),
    row("V02", 640, "Lithuania", origin="United States", qualifier="around", unit="Test Brigade", start=50),
    row("V03", 260, "Latvia", start=80),
    row("V04", 450, "Hungary", origin="Italy", unit="Test Squadron", start=120),
    row("V05", 48000, "Europe", kind="stock", start=200),
    row("V06", 77000, "Ukraine border", qualifier="more than", kind="stock", force="Russia", start=300),
)
REFERENCE = pd.DataFrame([
    {"claim": "US troops in Europe", "force": "United States", "kind": "stock", "origin": "", "destination": "Europe",
     "date": "2021-12-31", "date_label": "Dec 2021", "count_low": "52000", "count_high": "52000", "qualifier": "about",
     "measure": "m", "source": "Ref One, Dec 2021", "source_url": "", "strength": "O", "note": "Counts fewer."},
    {"claim": "Russian troops near Ukraine", "force": "Russia", "kind": "stock", "origin": "", "destination": "Ukraine",
     "date": "2022-02-10", "date_label": "10 Feb 2022", "count_low": "81000", "count_high": "86000",
     "qualifier": "between", "measure": "m", "source": "Ref Two, 10 Feb", "source_url": "", "strength": "P",
     "note": "Later."},
    {"claim": "US troops sent to Lithuania", "force": "United States", "kind": "movement", "origin": "",
     "destination": "Lithuania", "date": "2022-02-02", "date_label": "2 Feb 2022", "count_low": "650",
     "count_high": "650", "qualifier": "about", "measure": "m", "source": "Ref Three, briefing", "source_url": "",
     "strength": "O", "note": "Same move."},
])


def bars(ax, gid):
    return [p for p in ax.patches if isinstance(p, Rectangle) and p.get_gid() == gid]


# --- sums of hedged numbers --------------------------------------------------------------

def test_sum_rows_keeps_the_hedge():
    assert scale_charts.sum_rows(table(row("a", 640, "X", qualifier="around"), row("b", 260, "Y"))) == {
        "count": 900, "count_low": 900, "count_high": 900, "qualifier": "about"}
    assert scale_charts.sum_rows(table(row("a", 640, "X"), row("b", 260, "Y")))["qualifier"] == "exact"
    open_ended = scale_charts.sum_rows(table(row("a", 640, "X", qualifier="more than"), row("b", 260, "Y")))
    assert (open_ended["count_low"], open_ended["count_high"], open_ended["qualifier"]) == (900, None, "more than")
    capped = scale_charts.sum_rows(table(row("a", 640, "X", qualifier="up to"), row("b", 260, "Y")))
    assert (capped["count_low"], capped["count_high"], capped["qualifier"]) == (None, 900, "up to")
    vague = row("c", None, "Z", qualifier="hundreds")
    vague.update(count_low=None, count_high=None)
    plus_vague = scale_charts.sum_rows(table(row("a", 640, "X"), vague))
    assert (plus_vague["count_low"], plus_vague["count_high"], plus_vague["qualifier"]) == (640, None, "more than")
    assert scale_charts.sum_rows(table(vague))["qualifier"] == "hundreds"
    assert scale_charts.sum_rows(table(vague))["count_low"] is None


# --- scale ------------------------------------------------------------------------------

def test_scale_table_sets_moves_beside_stocks_and_references(places):
    scale = scale_charts.scale_table(MOVES, REFERENCE, places, "Test article")
    assert list(scale.columns) == scale_charts.SCALE_COLUMNS
    assert list(scale["group"].drop_duplicates()) == ["US: troops on the move", "US troops in Europe",
                                                     "Russian troops near Ukraine"]
    moved = scale[scale["group"] == "US: troops on the move"]
    # the total (V01) is left out: its parts V02 + V03 and the separate V04 are summed
    assert moved.iloc[0]["figure"] == "~1,350" and moved.iloc[0]["movement_ids"] == "V02; V03; V04"
    assert moved.iloc[0]["who"] == "This article (sum of 3 moves)"
    assert len(moved) == 1  # V03 and V04 have no reference figure, so no partial reference sum
    europe = scale[scale["group"] == "US troops in Europe"]
    assert list(europe["figure"]) == ["48,000", "~52,000"] and list(europe["who"]) == ["This article", "Ref One"]
    russia = scale[scale["group"] == "Russian troops near Ukraine"]
    assert list(russia["figure"]) == [">77,000", "81,000–86,000"] and list(russia["is_article"]) == [True, False]


def test_scale_reference_sum_when_every_move_has_one(places):
    moves = table(row("V02", 640, "Lithuania", qualifier="around", start=50))
    scale = scale_charts.scale_table(moves, REFERENCE, places, "Test article")
    moved = scale[scale["group"] == "US: troops on the move"]
    assert list(moved["figure"]) == ["~640", "~650"] and list(moved["who"]) == ["This article", "Ref Three"]


def test_scale_chart_draws_bars_ranges_and_arrows_from_the_rows(places):
    scale = scale_charts.scale_table(MOVES, REFERENCE, places, "Test article")
    fig = scale_charts.scale_chart(scale)
    ax = fig.axes[0]
    assert text_by_gid(fig, "title") == ("The ~1,350 US troops on the move are about 3% of the ~52,000 US troops in Europe"
                                          " (Ref One, Dec 2021)")
    assert sorted(p.get_width() for p in bars(ax, "article")) == [1350, 48000, 77000]
    assert sorted(p.get_width() for p in bars(ax, "reference")) == [52000, 81000]
    assert [(p.get_x(), p.get_width()) for p in bars(ax, "reference_range")] == [(81000, 5000)]
    assert [t.get_gid() for t in ax.texts if t.get_gid().endswith("more_than")] == ["article_more_than"]
    labels = [t.get_text() for t in ax.texts if t.get_gid().endswith("_label")]
    assert labels == ["~1,350", "48,000", "~52,000 · Dec 2021", ">77,000", "81,000–86,000 · 10 Feb 2022"]
    assert [t.get_text() for t in ax.texts if t.get_gid() == "group"] == list(scale["group"].drop_duplicates())
    assert text_by_gid(fig, "source") == "Source: Test article; Ref One, Dec 2021; Ref Two, 10 Feb"
    # every label ends inside the axes, and the tick labels inside the figure
    renderer = fig.canvas.get_renderer()
    right = ax.get_window_extent(renderer).x1
    assert all(t.get_window_extent(renderer).x1 <= right + 1 for t in ax.texts if t.get_gid().endswith("_label"))
    assert all(t.get_window_extent(renderer).x0 >= 0 for t in ax.get_yticklabels())


def test_scale_chart_without_moves_says_so(places):
    scale = scale_charts.scale_table(MOVES[MOVES["kind"] == "stock"], REFERENCE, places, "Test article")
    fig = scale_charts.scale_chart(scale)
    assert text_by_gid(fig, "title") == "The article reports no troop movements; the forces already in place"
    assert "US: troops on the move" not in set(scale["group"])


def test_scale_table_of_an_empty_article_has_no_reference_context(places):
    # reference figures the article says nothing about are no context for it: no group, and no chart
    scale = scale_charts.scale_table(MOVES.iloc[0:0], REFERENCE, places, "Test article")
    assert scale.empty
    assert choices.why_no_scale(scale).startswith("Scale chart left out: the article reports no troop movement")


# --- what a total is made of -----------------------------------------------------------

def test_parts_table_lays_the_parts_end_to_end():
    parts = scale_charts.parts_table(MOVES)
    assert list(parts.columns) == scale_charts.PARTS_COLUMNS
    assert list(parts["role"]) == ["stated total", "part", "part", "separate"]
    assert list(parts["movement_id"]) == ["V01", "V02", "V03", "V04"]
    assert list(parts["left"]) == [0, 0, 640, 0] and list(parts["width"]) == [900, 640, 260, 450]
    assert parts.iloc[1]["label"] == "~640 · Test Brigade · US → Lithuania"
    assert parts.iloc[2]["label"] == "260 · to Latvia"
    assert parts.iloc[0]["label"] == "~900 · to Lithuania and Latvia"


def test_parts_chart_title_and_bars_come_from_the_rows():
    fig = scale_charts.parts_chart(scale_charts.parts_table(MOVES), source="Test article")
    ax = fig.axes[0]
    assert text_by_gid(fig, "title") == "The ~900 is ~640 + 260, plus 450 moved separately (Italy → Hungary)"
    assert [(p.get_x(), p.get_width()) for p in bars(ax, "part")] == [(0, 640), (640, 260)]
    assert [p.get_width() for p in bars(ax, "stated_total")] == [900]
    assert [p.get_width() for p in bars(ax, "separate")] == [450]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["stated total", "part of the total", "part of the total",
                                                           "separate move"]  # no internal ids
    assert text_by_gid(fig, "source") == "Source: Test article"


def test_parts_chart_without_totals_or_moves():
    moves = table(row("V01", 640, "Lithuania"), row("V02", 260, "Latvia", qualifier="up to"))
    fig = scale_charts.parts_chart(scale_charts.parts_table(moves), source="Test article")
    assert text_by_gid(fig, "title") == "The article reports 2 separate troop moves, up to 900 troops in all"
    single = scale_charts.parts_chart(scale_charts.parts_table(moves.iloc[:1]), source="T", as_of="as of 9 May 2022")
    assert text_by_gid(single, "title") == "The article reports one troop move: 640 troops"
    assert text_by_gid(single, "subtitle") == "Troops announced to move, as of 9 May 2022"
    empty = scale_charts.parts_chart(scale_charts.parts_table(MOVES.iloc[0:0]), source="Test article")
    assert text_by_gid(empty, "title") == "The article reports no troop movements"
    assert [t.get_gid() for t in empty.axes[0].texts] == ["empty"]


def test_new_charts_save_byte_identically(places, tmp_path):
    def render(out):
        save_figure(scale_charts.scale_chart(scale_charts.scale_table(MOVES, REFERENCE, places, "T")), "s", out)
        return save_figure(scale_charts.parts_chart(scale_charts.parts_table(MOVES), "T"), "p", out)

    for a, b in zip(render(tmp_path / "a"), render(tmp_path / "b")):
        assert a.read_bytes() == b.read_bytes(), a.name


# --- notebook 04's inputs ------------------------------------------------------------------

def test_map_rows_and_notes(places):
    moves = pd.concat([MOVES, table(row("V07", 70, "Atlantis", origin="Italy", start=400),
                                    row("V08", 30, "Estonia", start=500))], ignore_index=True)
    assert list(chart_inputs.map_rows(moves)["movement_id"]) == ["V02", "V03", "V04", "V07", "V08"]
    notes = chart_inputs.map_notes(moves, places)
    assert list(notes.columns) == ["movement_id", "note"]
    assert list(notes["movement_id"]) == ["V03", "V07", "V08"]
    assert notes.iloc[0]["note"] == "260 to Latvia: marked at its destination only, origin not given"
    assert notes.iloc[1]["note"] == "70 from Italy to Atlantis: not on the map, destination 'Atlantis' is not a place the map knows"
    assert chart_inputs.map_notes(MOVES.iloc[0:0], places).empty
    nowhere = chart_inputs.map_notes(table(row("V01", 40, ""), row("V02", 50, "Europe")), places)
    assert list(nowhere["note"]) == ["40 with no route given: not on the map, origin and destination not given",
                                     "50 to Europe: not on the map, origin not given, and the destination "
                                     "(Europe) is a region, not one place"]


def test_map_marks_destination_only_moves_and_lists_rows_not_drawn(places):
    moves = pd.concat([MOVES, table(row("V07", 70, "Atlantis", origin="Italy", start=400))], ignore_index=True)
    fig, problems = charts.moves_map(chart_inputs.map_rows(moves), geo.read_countries(),
                                     chart_inputs.read_reference(paths.EXTERNAL / "nato_accessions.csv"),
                                     chart_inputs.read_reference(paths.EXTERNAL / "aegis_ashore_sites.csv"), places,
                                     movements_source="Test article")
    ax = fig.axes[0]
    assert len(problems) == 1
    assert text_by_gid(fig, "not_drawn") == "Not on the map: 70 Italy → Atlantis (destination 'Atlantis' is not a place the map knows)"
    assert [l.get_gid() for l in ax.lines if l.get_gid() and l.get_gid().startswith("arrival")] == ["arrival:Latvia"]
    labels = {t.get_gid(): t.get_text() for t in ax.texts}
    assert labels["arrival_label:Latvia"] == "260\nto Latvia, origin not given"
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "troops sent here, origin not given" in legend  # the ring's key
    assert [t for t in legend if t.endswith(" troops")] == ["200 troops", "500 troops"]  # the arrow-width key
    assert text_by_gid(fig, "title") == "US troops move to Hungary, Latvia and Lithuania"
    renderer = fig.canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for t in ax.texts if t.get_visible()]
    assert not [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:] if a.overlaps(b)]


def test_personnel_additions_are_the_counted_forces_moves():
    moves = pd.concat([MOVES, table(row("V07", 70, "Estonia", force="United Kingdom", start=400))], ignore_index=True)
    assert list(chart_inputs.personnel_additions(moves)["movement_id"]) == ["V02", "V03", "V04"]


def test_article_claims_are_dated_marks_for_the_estimates_chart(places):
    claims = chart_inputs.article_claims(MOVES, REFERENCE, places, "Russian troops near Ukraine", "2022-02-05", "T")
    assert list(claims.columns) == chart_inputs.CLAIM_CLAIM_COLUMNS
    assert claims[["date", "count", "qualifier", "char_start"]].values.tolist() == [["2022-02-05", 77000, "more than", 300]]
    assert chart_inputs.article_claims(MOVES, REFERENCE, places, "Russian troops near Ukraine", None, "T").empty
    vague = MOVES.copy()
    vague.loc[vague["force"] == "Russia", ["count", "count_low", "count_high", "qualifier"]] = [
        None, None, None, "tens of thousands"]
    assert chart_inputs.article_claims(vague, REFERENCE, places, "Russian troops near Ukraine", "2022-02-05",
                                       "T").empty
    no_russia = MOVES[MOVES["force"] != "Russia"]
    assert chart_inputs.article_claims(no_russia, REFERENCE, places, "Russian troops near Ukraine", "2022-02-05",
                                       "T").empty


def test_claims_table_notes_every_row(places):
    claims = chart_inputs.claims_table(MOVES, REFERENCE, places)
    assert list(claims.columns) == charts.CLAIMS_COLUMNS
    assert (claims["note"] != "").all()
    unmatched = claims[claims["claim"] == ""]
    assert set(unmatched["note"]) == {chart_inputs.NO_REFERENCE}
    assert sorted(unmatched["article_figure"]) == sorted(["~900", "260", "450"])
    assert chart_inputs.claims_table(MOVES.iloc[0:0], REFERENCE, places).empty


def test_read_movements_types(tmp_path):
    path = tmp_path / "troop_movements.csv"
    MOVES.to_csv(path, index=False)
    back = chart_inputs.read_movements(path)
    assert back["is_aggregate"].tolist() == [True, False, False, False, False, False]
    assert str(back["count"].dtype) == "Int64" and back.loc[0, "components"] == "V02; V03"
    assert back.loc[1, "count_low"] is pd.NA


def test_article_source_cites_headline_and_date_or_file():
    assert chart_inputs.article_source({"headline": "Troops go", "date": "2022-02-05", "source": "a.txt"}) == (
        "“Troops go”, 5 Feb 2022")
    assert chart_inputs.article_source({"headline": "Troops go", "date": "2022-02-05", "source": "a.txt",
                                        "url": "https://www.example.org/news/1"}) == (
        "example.org, “Troops go”, 5 Feb 2022, example.org/news/1")
    assert chart_inputs.article_source({"headline": None, "date": None, "source": "a.txt"}) == (
        "the article (no headline found)")  # never its file name


def test_as_of_is_the_articles_date():
    assert chart_inputs.as_of({"date": "2022-02-22"}) == "as of 22 Feb 2022"
    assert chart_inputs.as_of({"date": None}) == "date not given"  # never the seed's date


def test_personnel_chart_says_why_a_move_is_not_shown(places):
    personnel = pd.DataFrame({"country": ["Poland"], "personnel": [500], "date": "2021-12-31", "source": "Census"})
    moves = table(row("V01", 80, "Baltic states", origin="Italy"), row("V02", 20, "Atlantis"), row("V03", 5, ""))
    fig = charts.us_personnel_chart(personnel, chart_inputs.personnel_additions(moves), places, "T")
    assert text_by_gid(fig, "notes") == ("The 1 host country shown sums to 500 personnel. Not shown: 80 to Baltic states (a region, not one country); 20 to "
                                             "Atlantis (a place the charts do not know); 5 to unknown place (destination "
                                             "not given)")


def test_who_speaks_chart_of_an_article_without_quotes():
    from posture.charts import quote_views
    words = quote_views.words_by_country(pd.DataFrame(columns=["speaker_country", "text"]))
    fig = quote_views.plot_words_by_country(words, quote_views.chart_title(words), "Words", "Test article")
    assert text_by_gid(fig, "title") == "The article has no quotes" and fig.axes[0].get_xlim() == (0, 1.75)
    assert not fig.axes[0].axison  # no empty axis with ticks of -0.05 to 0.05


def test_who_speaks_value_labels_never_run_into_the_legend():
    from posture.charts import quote_views
    quotes = pd.DataFrame({"speaker_country": [""] * 4, "text": ["one two three four five six seven eight nine"] * 4})
    words = quote_views.words_by_country(quotes)
    fig = quote_views.plot_words_by_country(words, quote_views.chart_title(words), "Words", "Test article")
    fig.draw_without_rendering()
    renderer = fig.canvas.get_renderer()
    legend = fig.axes[0].get_legend().get_window_extent(renderer)
    for text in [t for t in fig.axes[0].texts if t.get_gid() == "value"]:
        box = text.get_window_extent(renderer)
        assert box.x1 < legend.x0 or box.y1 < legend.y0 or box.y0 > legend.y1, text.get_text()


def test_vague_moves_keep_their_words(places):
    vague = row("V09", None, "Belarus", qualifier="hundreds", force="Russia", start=600)
    vague.update(count_low=None, count_high=None)
    moves = table(row("V01", 700, "Estonia", force="France", start=5), vague)
    scale = scale_charts.scale_table(moves, REFERENCE, places, "T")
    russia = scale[scale["group"] == "Russia: troops on the move"]
    assert list(russia["figure"]) == ["hundreds"]
    fig = scale_charts.scale_chart(scale)
    assert "hundreds (no number given)" in [t.get_text() for t in fig.axes[0].texts]
    # no force with a reference figure for its troops in place: a plain title
    assert text_by_gid(fig, "title") == "The troops on the move, beside the forces already in place"
    parts = scale_charts.parts_table(moves)
    assert list(parts["label"]) == ["700 · to Estonia", "hundreds · to Belarus"]
    assert text_by_gid(scale_charts.parts_chart(parts, "T"), "title") == (
        "The article reports 2 separate troop moves, >700 troops in all")


def test_map_labels_name_the_force_when_there_are_several(places):
    moves = table(row("V01", 300, "Belarus", origin="Russia", force="Russia"),
                  row("V02", 350, "Poland", origin="United Kingdom", force="United Kingdom"))
    fig, _ = charts.moves_map(moves, geo.read_countries(),
                              chart_inputs.read_reference(paths.EXTERNAL / "nato_accessions.csv"),
                              chart_inputs.read_reference(paths.EXTERNAL / "aegis_ashore_sites.csv"), places,
                              movements_source="T")
    labels = sorted(t.get_text() for t in fig.axes[0].texts if t.get_gid().startswith("arrow_label"))
    assert labels == ["Russia · 300\nRussia → Belarus", "UK · 350\nUK → Poland"]
    assert text_by_gid(fig, "title") == "Troops move to Belarus and Poland"


def test_committed_claims_check_rows_point_at_their_numbers_in_the_article():
    from posture import ingest
    raw = ingest.load_article(paths.PROCESSED / "article.json").raw
    claims = pd.read_csv(paths.PROCESSED / "claims_check.csv", keep_default_na=False)
    movements = chart_inputs.read_movements(paths.PROCESSED / "troop_movements.csv")
    assert len(claims) and set(claims["char_start"]) == set(movements["char_start"])
    for row in claims.itertuples():
        words = raw[row.char_start:row.char_end]
        assert words.replace(",", "") in row.article_figure.replace(",", ""), (words, row.article_figure)
