"""Numbers, number words, vague amounts, ranges and hedges."""

import pytest

from posture.lang import numbers
from posture.lang.numbers import bounds, find_amounts, words_value


def amounts(text):
    return [(text[a.start:a.end], a.count, a.low, a.high, a.qualifier) for a in find_amounts(text)]


@pytest.mark.parametrize("text, expected", [
    ("some 2,000 soldiers", [("2,000", 2000, None, None, "some")]),
    ("about a thousand soldiers", [("a thousand", 1000, None, None, "about")]),
    ("Two thousand more are", [("Two thousand", 2000, 2000, 2000, "exact")]),
    ("to two hundred and sixty, he said", [("two hundred and sixty", 260, 260, 260, "exact")]),
    ("more than 130,000 troops", [("130,000", 130000, 130000, None, "more than")]),
    ("up to 350 more", [("350", 350, None, 350, "up to")]),
    ("as many as 5,000", [("5,000", 5000, None, 5000, "as many as")]),
    ("nearly 1,000 personnel", [("1,000", 1000, None, 1000, "nearly")]),
    ("at least two thousand", [("two thousand", 2000, 2000, None, "at least")]),
    ("an estimated 30,000", [("30,000", 30000, None, None, "an estimated")]),
    ("between 169,000 and 190,000 personnel", [("169,000 and 190,000", None, 169000, 190000, "between")]),
    ("1,000-1,500 troops", [("1,000-1,500", None, 1000, 1500, "between")]),
    ("tens of thousands of troops", [("tens of thousands", None, None, None, "tens of thousands")]),
    ("Hundreds of soldiers", [("Hundreds", None, None, None, "hundreds")]),
    ("a 1,200-strong battlegroup", [("1,200", 1200, 1200, 1200, "exact")]),
    ("1.5 million", [("1.5 million", 1500000, 1500000, 1500000, "exact")]),
    ("twenty-five marines", [("twenty-five", 25, 25, 25, "exact")]),
])
def test_amounts_with_hedges(text, expected):
    assert amounts(text) == expected


@pytest.mark.parametrize("text", [
    "the 82nd Airborne", "F-35s", "AH-64", "S-400 systems",
    "https://s.gtool.pro:443/https/p.dw.com/p/46Pow", "at 4:00 GMT", "3rd",
])
def test_not_amounts(text):
    assert amounts(text) == []


def test_from_to_is_not_a_range():
    assert [a.qualifier for a in find_amounts("rose from 4,000 to 4,700")] == ["exact", "exact"]


def test_years_are_marked():
    (year,) = find_amounts("since 2017")
    (words,) = find_amounts("two thousand troops")
    assert year.is_year_like and not words.is_year_like


def test_words_value_and_bounds():
    assert words_value("a hundred") == 100
    assert words_value("three hundred thousand") == 300000
    assert words_value("troops") is None
    assert bounds("exact", 5) == (5, 5)
    assert bounds("about", 5) == (None, None)
    assert bounds("more than", 5) == (5, None)
    assert bounds("almost", 5) == (None, 5)


@pytest.mark.parametrize("hedge", sorted(numbers.HEDGE_TABLE))
def test_every_hedge_is_bounded_and_drawn_the_same_way(hedge):
    """One vocabulary: the bound a hedge gives the tables and the sign the charts draw agree."""
    from posture.charts.hedges import hedged

    low, high = numbers.bounds(hedge, 1000)
    drawn = hedged(1000, hedge, low, high)
    if low is not None:
        assert high is None and drawn[0] in ">\u2265", drawn
    elif high is not None:
        assert drawn.startswith(("<", "\u2264", "up to ")), drawn
    else:
        assert drawn == "~1,000"
    written = {"odd": "1,000-odd soldiers", "plus": "1,000-plus soldiers"}
    text = written.get(hedge) or (f"1,000 soldiers {hedge}" if hedge in numbers.AFTER_HEDGES else f"{hedge} 1,000 soldiers")
    amounts = numbers.find_amounts(text)
    assert [(a.qualifier, a.low, a.high) for a in amounts] == [(hedge, low, high)]


def test_a_dozen_is_twelve():
    assert [(a.count, a.qualifier) for a in numbers.find_amounts("about a dozen Marines")] == [(12, "about")]


@pytest.mark.parametrize("text", [
    "99999999999999999999999 soldiers", "9223372036854775808 troops", "9" * 400 + " soldiers",
    "20 million troops", "20,000,000 people", "eleven million soldiers",
])
def test_numbers_past_any_troop_count_are_not_amounts(text):
    assert find_amounts(text) == []


def test_counts_up_to_the_ceiling_are_still_read():
    assert amounts("10,000,000 soldiers and 1.2 million reservists") == [
        ("10,000,000", 10_000_000, 10_000_000, 10_000_000, "exact"),
        ("1.2 million", 1_200_000, 1_200_000, 1_200_000, "exact")]


@pytest.mark.parametrize("text, bounds", [
    ("another 90 or so are due", (90, None, None, "or so")),
    ("200 troops or more will go", (200, 200, None, "or more")),
    ("about 40 or so", (40, None, None, "about")),  # the hedge before wins
    ("200 or more than that", (200, 200, 200, "exact")),
])
def test_a_hedge_said_after_the_number(text, bounds):
    amount = find_amounts(text)[0]
    assert (amount.count, amount.low, amount.high, amount.qualifier) == bounds


@pytest.mark.parametrize("text, count, qualifier", [
    ("north of 3,000 soldiers", 3000, "north of"), ("just shy of 3,000 soldiers", 3000, "just shy of"),
    ("3,000-odd soldiers", 3000, "odd"), ("300+ soldiers", 300, "plus"), ("300 plus soldiers", 300, "plus"),
    ("two dozen soldiers", 24, "exact"), ("3.000 soldiers", 3000, "exact"), ("a couple of hundred soldiers", None, "a couple of hundred"),
])
def test_more_hedges_dozens_and_a_thousands_point(text, count, qualifier):
    [amount] = numbers.find_amounts(text)
    assert (amount.count, amount.qualifier) == (count, qualifier)


def test_a_decimal_with_a_scale_stays_a_decimal():
    assert [a.count for a in numbers.find_amounts("1.500 million people and 2.5 km")] == [1500000, 2]


def test_a_hedge_before_a_range_opens_it():
    [amount] = numbers.find_amounts("a force of roughly 500 to 600")
    assert (amount.qualifier, amount.low, amount.high) == ("between", 500, 600)
    assert "a force of roughly 500 to 600"[amount.hedge_start:].startswith("roughly")
