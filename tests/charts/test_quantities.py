"""One value per named quantity: every place that shows it (figure, notebook, table, exercise key,
instructor guide) is collected and compared with the one function that computes it."""

import json
import re

import pandas as pd
import pytest

from posture import paths
from posture.charts import quantities
from posture.teaching import exercises

FIGURES = paths.FIGURES
GUIDE = paths.NOTEBOOKS / "exercises" / "README.md"


def text_table(folder, name):
    return pd.read_csv(folder / name, dtype=str, keep_default_na=False)


def number(text: str) -> int:
    return int(text.replace(",", ""))


def svg_text(name: str) -> str:
    """Every text of a committed SVG (its <desc> included), tags removed."""
    svg = (FIGURES / f"{name}.svg").read_text(encoding="utf-8")
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", svg))


def svg_desc(name: str) -> str:
    """The alt text a committed SVG carries in its <desc>."""
    svg = (FIGURES / f"{name}.svg").read_text(encoding="utf-8")
    return re.search(r"<desc>(.*?)</desc>", svg, re.S).group(1)


def notebook_sources(relative: str) -> str:
    notebook = json.loads((paths.NOTEBOOKS / relative).read_text(encoding="utf-8"))
    return "\n".join("".join(cell["source"]) for cell in notebook["cells"])


def notebook_outputs(relative: str) -> str:
    """The stored outputs of a notebook (markdown, plain text, HTML and image alt texts), joined."""
    notebook = json.loads((paths.NOTEBOOKS / relative).read_text(encoding="utf-8"))
    parts = []
    for cell in notebook["cells"]:
        for output in cell.get("outputs", []):
            parts.append("".join(output.get("text", [])))
            for kind in ("text/markdown", "text/html", "text/plain"):
                parts.append("".join(output.get("data", {}).get(kind, [])))
            parts.append(output.get("metadata", {}).get("image/png", {}).get("alt", ""))
    return re.sub(r"<[^>]+>", " ", "\n".join(parts))


def found(pattern: str, text: str, where: str) -> list[tuple[str, int]]:
    values = [number(m) for m in re.findall(pattern, text)]
    assert values, f"{where}: the quantity is not shown there any more (pattern {pattern!r})"
    return [(where, v) for v in values]


# --- words quoted for the United States ----------------------------------------------------

def test_words_quoted_for_the_united_states_agree_everywhere():
    quotes = text_table(paths.PROCESSED, "quotes.csv")
    value = quantities.words_quoted(quotes, "United States")
    places = []
    places += found(r"United States (\d+) words in", svg_desc("quotes_words_by_country"), "figure alt text (SVG desc)")
    bar_labels = [number(n) for n in re.findall(r"(\d+) words, \d+ quotes?", svg_text("quotes_words_by_country"))]
    places.append(("the chart's bar labels", max(bar_labels)))  # the United States' bar is the longest
    places += found(r"United States\s+NATO and allies\s+\d+\s+(\d+)\s+United Kingdom",
                    notebook_outputs("03-tabulate-quotes.ipynb"), "notebook 03 table")
    places += found(r"United States (\d+) words in", notebook_outputs("03-tabulate-quotes.ipynb"), "notebook 03 alt text")
    places += found(r"United States\s+NATO and allies\s+\d+\s+(\d+)\s+United Kingdom",
                    notebook_outputs("04-chart-force-posture.ipynb"), "notebook 04 table")
    places += found(r"United States (\d+) words in", notebook_outputs("04-chart-force-posture.ipynb"),
                    "notebook 04 alt text")
    places.append(("exercise 2.3 key", int(exercises.KEYS["2.3"].expected()["United States"])))
    places += found(r"United States (\d+), United Kingdom", GUIDE.read_text(encoding="utf-8"),
                    "instructor guide, 2.3")
    assert {v for _, v in places} == {value}, places


def test_no_country_list_keeps_a_joint_quote_as_a_country_of_its_own():
    """'United States; France' is two countries, never a third bar or key of its own."""
    quotes = text_table(paths.PROCESSED, "quotes.csv")
    assert not any(";" in c for c in quantities.words_quoted_by_country(quotes))
    assert not any(";" in c for c in exercises.KEYS["2.3"].expected().index)
    joint = quotes[quotes["speaker_country"].str.contains(";")]
    for country in {c for cell in joint["speaker_country"] for c in cell.split("; ")}:
        assert quantities.words_quoted(quotes, country) > 0


def test_side_totals_count_each_quote_once():
    from posture.quotes.extract import word_count
    quotes = text_table(paths.PROCESSED, "quotes.csv")
    by_side = quantities.words_quoted_by_side(quotes)
    assert sum(by_side.values()) == sum(word_count(t) for t in quotes["text"])  # each side: no quote twice
    guide = GUIDE.read_text(encoding="utf-8")
    for side, words in by_side.items():
        assert f"{side} {words}" in re.sub(r"\s+", " ", guide), side
    said = re.findall(r"\*\*NATO and allies\*\* (\d+)", notebook_outputs("03-tabulate-quotes.ipynb"))
    assert [number(s) for s in said] == [by_side["NATO and allies"]]


# --- US troops in Europe: DMDC's total and the sum of the countries listed --------------------

def test_us_troops_in_europe_each_value_with_what_it_counts():
    claims = text_table(paths.EXTERNAL, "claims_reference.csv")
    personnel = text_table(paths.EXTERNAL, "us_personnel_dec2021.csv")
    total = quantities.dmdc_europe_total(claims)
    listed = quantities.listed_host_countries_total(personnel)
    assert total["count"] != listed  # two references that genuinely differ: both shown, each labelled

    # DMDC's total for Europe: the same in both reference tables, the chart, the claims table, keys, guide
    europe = text_table(paths.EXTERNAL, "us_troops_europe.csv")
    assert int(europe.loc[europe["source"].str.startswith("DMDC"), "count_low"].iloc[0]) == total["count"]
    places = []
    places += found(r"~([\d,]+) · Dec 2021", svg_text("moves_scale"), "scale chart label")
    places += found(r"total for every host country in Europe, Dec 2021, is ~([\d,]+)", svg_text("us_personnel"),
                    "US personnel chart note")
    checked = text_table(paths.PROCESSED, "claims_check.csv")
    places += [("claims_check.csv", number(f.lstrip("~"))) for f in
               checked.loc[checked["reference_source"].str.startswith("DMDC"), "reference_figure"]]
    places.append(("exercise 4.1 key", exercises.dmdc_reference()))
    places += found(r"DMDC's about ([\d,]+) exceeds", GUIDE.read_text(encoding="utf-8"), "instructor guide, 4.1")
    places += found(r"about ([\d,]+) troops permanently", notebook_sources("exercises/solutions/04-check-the-numbers.ipynb"),
                    "exercise 4 model answer")
    assert {v for _, v in places} == {total["count"]}, places

    # the sum of the countries listed: the bars, the note beside them, exercise 3's key, the guide
    places = []
    bars = re.findall(r"Bars: (.*?)\.", svg_text("us_personnel"))[0]
    places.append(("US personnel bars", sum(number(n) for n in re.findall(r"[A-Z][a-z ]+ ([\d,]+)", bars))))
    places += found(r"15 host countries shown sum to ([\d,]+)", svg_text("us_personnel"), "US personnel chart note")
    places.append(("exercise 3.4 key", int(exercises.KEYS["3.4"].expected())))
    places += found(r"3\.4: ([\d,]+), the sum of the 15 host countries", GUIDE.read_text(encoding="utf-8"),
                    "instructor guide, 3.4")
    places += found(r"host countries listed sum to \*\*([\d,]+)\*\*", notebook_outputs("04-chart-force-posture.ipynb"),
                    "notebook 04 prose")
    assert {v for _, v in places} == {listed}, places


@pytest.mark.parametrize("make_value,expected", [
    (lambda: quantities.listed_host_countries_total(pd.DataFrame({"personnel": ["10", "20"]})), 30),
    (lambda: quantities.words_quoted(pd.DataFrame({"speaker_country": ["A; B", "A"], "text": ["one two", "three"]}),
                                     "A"), 3),
])
def test_the_functions_compute_from_their_table(make_value, expected):
    assert make_value() == expected


def test_the_check_fails_when_two_places_disagree():
    """The collector itself: a second value for one quantity is caught."""
    places = [("figure", 126), ("guide", 124)]
    with pytest.raises(AssertionError):
        assert {v for _, v in places} == {126}, places
