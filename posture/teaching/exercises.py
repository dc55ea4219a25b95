"""Answer keys for the exercise notebooks, and the helpers their cells call.

`check(label, answer)` prints "Pass" or "Not yet" with a hint (posture.selfcheck). Every
expected answer is computed here from the tables the stages wrote (data/processed/) and
the reference tables (data/external/), so the keys follow the data; only reading
questions about a word of the article have their accepted words written here. Keeping
the keys out of the notebooks keeps the answers out of the students' view.
"""

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import pandas as pd

from posture import paths
from posture.teaching import selfcheck
from posture.quotes.extract import word_count

CODED_FIELDS = ["hedge", "origin", "destination", "kind"]
MACHINE_FIELDS = {"hedge": "qualifier", "origin": "origin", "destination": "destination", "kind": "kind"}


# --- the tables --------------------------------------------------------------------------------

@cache
def table(name: str) -> pd.DataFrame:
    """A stage table (data/processed) or a reference table (data/external), by file name."""
    for folder in (paths.PROCESSED, paths.EXTERNAL):
        if (folder / name).exists():
            return pd.read_csv(folder / name)
    raise FileNotFoundError(name)


def article_date() -> str:
    return str(pd.read_json(paths.PROCESSED / "article.json", typ="series")["metadata"]["date"])


def first_section_sentences() -> pd.DataFrame:
    """The body sentences before the article's first sub-heading."""
    blocks, sentences = table("blocks.csv"), table("sentences.csv")
    subheadings = blocks.loc[blocks["type"] == "subheading", "block_id"]
    end = subheadings.min() if len(subheadings) else blocks["block_id"].max() + 1
    chosen = sentences[(sentences["block_type"] == "body") & (sentences["block_id"] < end)]
    return chosen[["sentence_id", "block_id", "text"]].reset_index(drop=True)


def first_section_mentions() -> pd.DataFrame:
    mentions = table("troop_mentions.csv")
    return mentions[mentions["sentence_id"].isin(first_section_sentences()["sentence_id"])].reset_index(drop=True)


def _clean(value) -> str:
    return "" if pd.isna(value) else str(value).strip()


def compare_coding(my_rows, machine: pd.DataFrame | None = None) -> pd.DataFrame:
    """Your hand-coded rows beside the machine's, matched by number in order of appearance.

    One row per machine mention; each field reads "yours / machine's" with = where they
    agree and ≠ where they differ. If my_rows is still blank or not a list of dicts, the
    table has one row saying what to do.
    """
    machine = first_section_mentions() if machine is None else machine
    if selfcheck.is_blank(my_rows) or not isinstance(my_rows, (list, tuple)) or \
            not all(isinstance(row, dict) for row in my_rows):
        return pd.DataFrame({"note": ["Fill in my_rows above (a list of dicts) to see your coding beside the machine's."]})
    mine = list(my_rows)
    out = []
    for row in machine.to_dict("records"):
        match = next((r for r in mine if _number_or_none(r.get("number")) == row["count"]), None)
        if match is not None:
            mine.remove(match)
        entry = {"number": row["number_text"]}
        for field in CODED_FIELDS:
            yours = "(missing)" if match is None else _clean(match.get(field)).lower()
            theirs = _clean(row[MACHINE_FIELDS[field]]).lower()
            same = _same_places(yours, theirs) if field in ("origin", "destination") else yours == theirs
            entry[field] = f"{yours or '(blank)'} {'=' if same else '≠'} {theirs or '(blank)'}"
        out.append(entry)
    for extra in mine:
        out.append({"number": f"{extra.get('number')} (only yours)"})
    return pd.DataFrame(out, columns=["number", *CODED_FIELDS]).fillna("")


def agreement(comparison: pd.DataFrame) -> str:
    """One sentence: in how many of the compared fields you and the machine agree."""
    if list(comparison.columns) == ["note"]:
        return "Nothing to compare yet."
    cells = comparison[CODED_FIELDS].to_numpy().ravel()
    agree = sum(" = " in str(cell) for cell in cells)
    return f"You and the machine agree on {agree} of {len(cells)} coded fields."


def _number_or_none(value):
    try:
        return selfcheck.as_number(value)
    except selfcheck.NotAnswered:
        return None


def _same_places(a: str, b: str) -> bool:
    split = lambda text: sorted(part.strip() for part in text.split(";") if part.strip())  # noqa: E731
    return split(a) == split(b)


@cache
def _european_countries() -> frozenset:
    from posture.charts import geo
    countries = geo.read_countries()
    return frozenset(countries.loc[countries["continent"] == "Europe", "name"])


def in_europe(place_text) -> bool:
    """True if every place a table cell names lies in a European country (or is 'Europe')."""
    from posture.charts import geo
    places = geo.read_places()
    names = [part.strip() for part in _clean(place_text).split(";") if part.strip()]
    if not names:
        return False
    for name in names:
        row = geo.find_place(name, places)
        if row is None:
            return False
        country = row["place"] if row["kind"] in ("country", "region") else row["country"]
        if country != "Europe" and country not in _european_countries():
            return False
    return True


# --- computed facts the keys use ---------------------------------------------------------------

def movements() -> pd.DataFrame:
    return table("troop_movements.csv")


def single_moves() -> pd.DataFrame:
    """Movement rows that are not the sum of others."""
    moves = movements()
    return moves[(moves["kind"] == "movement") & ~moves["is_aggregate"].astype(bool)]


def moved_within_europe() -> int:
    moves = single_moves()
    inside = [in_europe(o) and in_europe(d) for o, d in zip(moves["origin"], moves["destination"])]
    return int(moves.loc[inside, "count"].sum())


def added_to_europe() -> int:
    return int(single_moves()["count"].sum()) - moved_within_europe()


def article_stock(force: str) -> int:
    moves = movements()
    return int(moves.loc[(moves["kind"] == "stock") & (moves["force"] == force), "count"].iloc[0])


def text_table(name: str) -> pd.DataFrame:
    """A table with every cell as text and blanks as '' (as the stages and the charts read them)."""
    for folder in (paths.PROCESSED, paths.EXTERNAL):
        if (folder / name).exists():
            return pd.read_csv(folder / name, dtype=str, keep_default_na=False)
    raise FileNotFoundError(name)


def dmdc_reference() -> int:
    """DMDC's total for US troops in Europe (every host country), as the claims reference gives it."""
    from posture.charts import quantities
    return quantities.dmdc_europe_total(text_table("claims_reference.csv"))["count"]


def dmdc_total() -> int:
    """The sum of the host countries DMDC counts in us_personnel_dec2021.csv (the 15 the notes list)."""
    from posture.charts import quantities
    return quantities.listed_host_countries_total(table("us_personnel_dec2021.csv"))


def words_quoted_by_country() -> pd.Series:
    """Words quoted per country, a joint quote counting for each of its countries: the chart's table."""
    from posture.charts import quantities
    return pd.Series(quantities.words_quoted_by_country(text_table("quotes.csv")))


def us_with_rotation() -> int:
    europe = table("us_troops_europe.csv")
    return int(europe.loc[europe["measure"].str.contains("rotational and permanent"), "count_low"].iloc[0])


def quoted_words() -> pd.DataFrame:
    quotes = table("quotes.csv")
    return quotes.assign(words=quotes["text"].map(word_count))


def speakers_with_kind() -> pd.DataFrame:
    kinds = table("actors.csv")[["name", "kind"]].rename(columns={"name": "speaker", "kind": "speaker_kind"})
    return table("quotes.csv").merge(kinds, on="speaker")


def quote_split_by_attribution() -> pd.Series:
    """The first direct quote whose speaker comes from the quote before it."""
    quotes = table("quotes.csv")
    return quotes[(quotes["kind"] == "direct") & (quotes["rule"] == "speaker of the quote before")].iloc[0]


def paragraph_text(block_id: int) -> str:
    blocks = table("blocks.csv")
    return str(blocks.loc[blocks["block_id"] == block_id, "text"].iloc[0])


def russian_estimates_around(date: str) -> tuple[str, str]:
    """Date labels of the last estimate before `date` and the first after it."""
    estimates = table("russian_forces_estimates.csv").sort_values("date_from")
    before = estimates[estimates["date_to"] < date]["date_label"].iloc[-1]
    after = estimates[estimates["date_from"] > date]["date_label"].iloc[0]
    return str(before), str(after)


def estimate_growth() -> int:
    """Growth of the low end from the last estimate before the article to the last that counts the same forces."""
    estimates = table("russian_forces_estimates.csv").sort_values("date_from")
    last_before = estimates[estimates["date_to"] < article_date()].iloc[-1]
    same = estimates[estimates["counts"] == last_before["counts"]]
    return int(same["count_low"].iloc[-1] - last_before["count_low"])


def pentagon_matches() -> list[int]:
    """The article's movement figures that the official announcement gives too."""
    claims = table("claims_reference.csv")
    official = set(claims.loc[(claims["kind"] == "movement") & (claims["strength"] == "O"), "count_low"])
    moves = movements()
    return sorted(int(c) for c in moves.loc[moves["kind"] == "movement", "count"] if c in official)


def _figure_forms(number: int) -> list[str]:
    """Ways a writer may give a number: exact, or rounded to the thousand or hundred."""
    forms = {f"{number:,}", str(number), f"{round(number, -3):,}", f"{round(number, -2):,}"}
    return sorted(forms)


# --- comparisons beyond the basic ones ---------------------------------------------------------

def _same_bool(answer, expected):
    if not isinstance(answer, bool):
        raise selfcheck.NotAnswered(f"expected True or False, got {type(answer).__name__}.")
    return (answer == expected, f"{answer} is right." if answer == expected else f"{answer} is not it yet.")


def _share(tolerance_points: float):
    """A share given as a fraction (0.25) or in per cent (25), right within tolerance_points."""
    def compare(answer, expected):
        value = selfcheck.as_number(answer)
        as_percent = value * 100 if abs(value) <= 1 and abs(expected) > 1 else value
        ok = abs(as_percent - expected) <= tolerance_points
        return ok, (f"{value:.4g} is right." if ok else f"{value:.4g} is not it yet.")
    return compare


def _coded_numbers(answer, expected):
    if not isinstance(answer, (list, tuple)) or not all(isinstance(row, dict) for row in answer):
        raise selfcheck.NotAnswered("expected a list of dicts, one per troop number, like the example.")
    missing = [row for row in answer if "number" not in row]
    if missing:
        raise selfcheck.NotAnswered(f"{len(missing)} of your rows have no \"number\".")
    passed, detail = selfcheck.same_items([selfcheck.as_number(r["number"]) for r in answer], expected)
    return passed, ("your rows have the same troop numbers as the machine's; now compare the rest below."
                    if passed else f"your numbers and the machine's differ: {detail}")


@dataclass(frozen=True)
class Key:
    expected: Callable[[], object]
    compare: Callable[[object, object], tuple[bool, str]]
    hint: str


def _number(tolerance: float = 0.0):
    return lambda answer, expected: selfcheck.same_number(answer, expected, tolerance)


def _text(answer, expected):
    return selfcheck.same_text(answer, expected)


def _items(answer, expected):
    return selfcheck.same_items(answer, expected)


def _mapping(answer, expected):
    return selfcheck.same_mapping(answer, expected)


KEYS: dict[str, Key] = {
    # 1 Read like an analyst
    "1.1": Key(lambda: len(first_section_mentions()), _number(),
               "count every number of soldiers, troops or service members, including a repeat; "
               "a number of anything else (years, dates, missiles) does not count."),
    "1.2": Key(lambda: list(first_section_mentions()["count"]), _coded_numbers,
               "one dict per troop number, in any order; write numbers without commas (2000, not \"2,000\")."),
    "1.3": Key(lambda: ["reportedly"], _text,
               "look for a single adverb that says the writer is passing on what others reported."),
    "1.4": Key(lambda: bool(first_section_mentions()[["qualifier", "status", "kind"]].astype(str)
                            .apply(lambda col: col.str.contains("report")).any().any()),
               _same_bool, "look at the machine's qualifier, kind and status columns in the table above."),
    "1.5": Key(lambda: int(movements().loc[movements()["is_aggregate"].astype(bool), "n_mentions"].iloc[0]),
               _number(), "count the headline, standfirst, caption and body: the `n_mentions` column tells you."),
    "1.6": Key(lambda: list(movements().set_index("movement_id").loc[
                   movements().loc[movements()["is_aggregate"].astype(bool), "components"].iloc[0].split("; "), "count"]),
               _items, "which two movement rows, added together, give the total? Give their numbers as a list."),
    "1.7": Key(lambda: list(movements().loc[movements()["kind"] == "stock", "count"]), _items,
               "a stock is troops already somewhere; look at the `kind` column."),
    # 2 Who speaks?
    "2.1": Key(lambda: [quote_split_by_attribution()["speaker"],
                        str(quote_split_by_attribution()["speaker"]).split()[-1]], _text,
               "the sentence has no name of its own: read the sentence before it in the paragraph."),
    "2.2": Key(lambda: len(table("quotes.csv")), _number(), "one row of `quotes` per quoted span: `len(quotes)`."),
    "2.3": Key(words_quoted_by_country, _mapping,
               "add a column of word counts with `quotes.text.map(word_count)`; a quote by speakers of two "
               "countries counts for each: split `speaker_country` on \"; \" and `explode` it, then group by "
               "country and sum; leave out quotes with no country (groupby does)."),
    "2.4": Key(lambda: 100 * quoted_words().loc[quoted_words()["speaker_country"] == "Russia", "words"].sum()
               / quoted_words()["words"].sum(), _share(0.5),
               "words quoted from speakers whose `speaker_country` is Russia, divided by all words quoted "
               "(including quotes with no country)."),
    "2.5": Key(lambda: int((speakers_with_kind()["speaker_kind"] != "person").sum()), _number(),
               "merge `quotes` with the actors' `name` and `kind` (rename them first: `quotes` has a `kind` "
               "column too) and count the rows whose actor kind is not \"person\"."),
    "2.6": Key(lambda: int((table("actors.csv")["side"] == "Ukraine").sum()), _number(),
               "count the rows of `actors` whose `side` is Ukraine."),
    "2.7": Key(lambda: list(table("actors.csv").query("kind == 'person' and quoted_spans == 0")["name"]), _items,
               "people (`kind` is person) with no quoted span (`quoted_spans` is 0), as a list of names."),
    # 3 Scale and framing
    "3.1": Key(moved_within_europe, _number(),
               "which movement starts and ends in Europe? Those troops were in Europe already."),
    "3.2": Key(added_to_europe, _number(),
               "add the single movements (not the total row) and take away the troops that only move "
               "inside Europe."),
    "3.3": Key(lambda: 100 * added_to_europe() / article_stock("United States"), _share(0.05),
               "troops added, divided by the US troops the article says are in Europe; in per cent."),
    "3.4": Key(dmdc_total, _number(), "sum the `personnel` column of `us_personnel`."),
    "3.5": Key(lambda: 100 * added_to_europe() / dmdc_total(), _share(0.05),
               "troops added, divided by the DMDC total you just computed; in per cent."),
    "3.6": Key(lambda: 100 * added_to_europe() / us_with_rotation(), _share(0.05),
               "troops added, divided by the Pentagon's figure with rotational forces (`us_europe`)."),
    "3.7": Key(lambda: article_stock("Russia") / added_to_europe(), _number(0.5),
               "the Russian troops the article names, divided by the US troops added."),
    "3.8": Key(lambda: int(single_moves().loc[single_moves()["destination"] == "Poland", "count"].sum())
               / int(table("us_personnel_dec2021.csv").set_index("country").loc["Poland", "personnel"]),
               _number(0.1), "troops sent to Poland, divided by the US personnel DMDC counted in Poland."),
    "3.9": Key(lambda: [added_to_europe(), article_stock("United States"), dmdc_total(), us_with_rotation(),
                        article_stock("Russia")],
               lambda answer, expected: selfcheck.same_items(list(selfcheck.as_mapping(answer).values()), expected),
               "five bars: troops added, US troops in Europe (article, DMDC, with rotation), Russian troops."),
    # 4 Check the numbers
    "4.1": Key(lambda: dmdc_reference() - article_stock("United States"), _number(),
               "the DMDC row of `claims` (`count_low`) minus the article's figure for US troops in Europe."),
    "4.2": Key(lambda: list(russian_estimates_around(article_date())), _items,
               "give the `date_label` of the last estimate before the article and of the first after it."),
    "4.3": Key(estimate_growth, _number(),
               "take the last estimate before the article; among the estimates that count the same forces "
               "(`counts`), the low end (`count_low`) of the last one minus that of the one before the article."),
    "4.4": Key(pentagon_matches, _items,
               "compare the movement counts in `movements` with the official rows (strength O) of `claims`."),
    "4.5": Key(lambda: [_figure_forms(dmdc_reference()) + _figure_forms(dmdc_total()), _figure_forms(us_with_rotation()),
                        ["rotat"],
                        ["dmdc", "defense manpower", "pentagon", "department of defense", "dod"]],
               lambda answer, groups: selfcheck.mentions_all(answer, groups, min_words=12),
               "name the permanent count and the count with rotational forces, say what each counts, and "
               "name a source."),
}


def check(label: str, answer) -> None:
    """Print "Pass" or "Not yet" for question `label`; never raises."""
    key = KEYS.get(label)
    if key is None:
        print(f"{selfcheck.NOT_YET} ({label}): this notebook asks for a check that does not exist.")
        return
    try:
        expected = key.expected()
    except Exception as error:  # missing or changed tables: say so, without a traceback
        print(f"{selfcheck.NOT_YET} ({label}): the check could not read its data ({type(error).__name__}). "
              "Run `make figures` first.")
        return
    selfcheck.run(label, answer, lambda value: key.compare(value, expected), key.hint)


def summary(prefix: str = "") -> None:
    """Print how many of the checks run so far pass."""
    selfcheck.summary(prefix)
