"""The figure style: byte-identical saves, hedged numbers, the frame's texts."""

import math

import matplotlib.pyplot as plt
import pytest

from posture.charts import style as chartstyle
from posture.charts.hedges import bounds, hedged, hedged_row


def small_figure():
    with chartstyle.style():
        fig = plt.figure(figsize=(5, 3.5))
        area = chartstyle.frame(fig, "A title that states the point", "Troops, as of 2 Feb 2022",
                                "Test data, 2022")
        ax = fig.add_axes([area["left"], area["bottom"], area["right"] - area["left"], area["top"] - area["bottom"]])
        ax.barh(["Germany", "Poland"], [35558, 176], color=chartstyle.COLOURS["base"])
        ax.text(176, 1, " ~1,700 announced", va="center")
    return fig


def test_two_saves_give_identical_bytes(tmp_path):
    first = chartstyle.save_figure(small_figure(), "sample", tmp_path / "a")
    second = chartstyle.save_figure(small_figure(), "sample", tmp_path / "b")
    assert [p.suffix for p in first] == [".png", ".svg", ".pdf"]
    for a, b in zip(first, second):
        assert a.read_bytes() == b.read_bytes(), a.name
    plt.close("all")


def test_saved_files_keep_text_embed_fonts_and_carry_no_dates_or_versions(tmp_path):
    png, svg, pdf = chartstyle.save_figure(small_figure(), "sample", tmp_path)
    svg_text = svg.read_text(encoding="utf-8")
    assert "A title that states the point" in svg_text        # text stays text
    assert "DejaVu Sans" in svg_text
    assert "<dc:date>" not in svg_text and "Matplotlib v" not in svg_text
    pdf_bytes = pdf.read_bytes()
    assert b"/FontFile2" in pdf_bytes                          # TrueType embedded (Type 42)
    assert b"/CreationDate" not in pdf_bytes and b"/Producer" not in pdf_bytes
    png_bytes = png.read_bytes()
    assert png_bytes.startswith(b"\x89PNG") and b"Software" not in png_bytes
    assert b"pHYs" in png_bytes  # resolution chunk present (300 dpi)
    plt.close("all")


def test_frame_places_title_subtitle_and_source():
    fig = small_figure()
    assert chartstyle.text_by_gid(fig, "title") == "A title that states the point"
    assert "as of 2 Feb 2022" in chartstyle.text_by_gid(fig, "subtitle")
    source = [t for t in fig.texts if t.get_gid() == "source"][0]
    assert source.get_text().startswith("Source: ") and source.get_position()[0] < 0.1
    assert source.get_position()[1] < 0.1
    plt.close(fig)


@pytest.mark.parametrize("args,expected", [
    ((1700, "about"), "~1,700"),
    ((130000, "more than"), ">130,000"),
    ((350, "up to"), "up to 350"),
    ((2000, "exact"), "2,000"),
    ((1000, "Some"), "~1,000"),
    ((None, "between", 169000, 190000), "169,000–190,000"),
    ((None, "more than", 80000, None), ">80,000"),
    ((None, "hundreds"), ""),
    ((500, "a further"), "a further 500"),
    ((float("nan"), "up to", None, 350), "up to 350"),
])
def test_hedged(args, expected):
    assert hedged(*args) == expected


def test_hedged_row_and_bounds_read_table_rows():
    row = {"count": 130000, "qualifier": "more than", "count_low": 130000, "count_high": math.nan}
    assert hedged_row(row) == ">130,000"
    assert bounds(row) == (130000, None)
    assert bounds({"count": 350, "qualifier": "up to"}) == (None, 350)
    assert bounds({"count": 1700, "qualifier": "about"}) == (1700, 1700)
    assert bounds({"count_low": 169000, "count_high": 190000, "qualifier": "between"}) == (169000, 190000)


def test_hedges_read_pandas_missing_values():
    import pandas as pd
    row = {"count": 1700, "count_low": pd.NA, "count_high": pd.NA, "qualifier": "around"}
    assert hedged_row(row) == "~1,700" and bounds(row) == (1700, 1700)
    table = pd.DataFrame([row]).astype({"count_low": "Int64", "count_high": "Int64"})
    assert hedged_row(table.to_dict("records")[0]) == "~1,700"


def test_a_date_is_never_broken_across_two_lines():
    lines = chartstyle._wrap("Words quoted by the country the speaker speaks for; article of 2 Feb 2022, and December "
                             "2021 too", chartstyle.SUBTITLE_PT, 5.5)
    joined = "\n".join(lines)
    assert "2\u00a0Feb\u00a02022" in joined and "December\u00a02021" in joined
    fig = small_figure()
    assert chartstyle.text_by_gid(fig, "subtitle") == "Troops, as of 2 Feb 2022"  # read back with plain spaces
    plt.close(fig)
