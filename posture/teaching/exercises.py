"""Answer keys for the exercise notebooks, and the helpers their cells call.

`check(label, answer)` prints "Pass" or "Not yet" with a hint (posture.selfcheck). Every
expected answer is computed here from the tables the stages wrote (data/processed/) and
the reference tables (data/external/), so the keys follow the data; only reading
questions about a word of the article have their accepted words written here. Keeping
the keys out of the notebooks keeps the answers out of the students' view.
"""

import sys
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


def _parts_stated() -> list[str]:
    """The parts of the article (standfirst, caption, body ...) that state the total sent."""
    total = movements().loc[movements()["is_aggregate"].astype(bool)].iloc[0]
    mentions = table("troop_mentions.csv").set_index("mention_id")
    return list(mentions.loc[str(total["mention_ids"]).split("; "), "block_type"])


def _within_europe_places() -> list[list[str]]:
    """For the reason of 3.1: the origin and the destination of each move inside Europe."""
    moves = single_moves()
    inside = moves[[in_europe(o) and in_europe(d) for o, d in zip(moves["origin"], moves["destination"])]]
    return [[str(place).lower()] for place in sorted(set(inside["origin"]) | set(inside["destination"]))]


def _projections():
    from posture.teaching import projections
    return projections


def _map_moves() -> list[tuple]:
    """(origin, destination, count) of every row the map draws: the single moves."""
    from posture.charts import inputs as chart_inputs
    rows = chart_inputs.map_rows(chart_inputs.read_movements(paths.PROCESSED / "troop_movements.csv"))
    return [(o, d, int(n)) for o, d, n in zip(rows["origin"], rows["destination"], rows["count"])]


def _map_table(answer, expected):
    return _projections().same_moves(answer, expected)


@dataclass(frozen=True)
class Part:
    """One value a question asks for: the notebook variable `name`, its expected value, how to
    compare, and whether it must be computed from the tables (a typed-in number is Not yet)."""
    name: str
    expected: Callable[[], object]
    compare: Callable[[object, object], tuple[bool, str]]
    computed: bool = False


@dataclass(frozen=True)
class Key:
    parts: tuple[Part, ...]
    hints: tuple[str, ...]  # a nudge, then the concept; never the code

    @property
    def names(self) -> list[str]:
        return [part.name for part in self.parts]

    def expected(self):
        """The expected value of the question's main (first) part."""
        return self.parts[0].expected()


def _number(tolerance: float = 0.0):
    return lambda answer, expected: selfcheck.same_number(answer, expected, tolerance)


def _text(answer, expected):
    return selfcheck.same_text(answer, expected)


def _items(answer, expected):
    return selfcheck.same_items(answer, expected)


def _mapping(answer, expected):
    return selfcheck.same_mapping(answer, expected)


def _reason(min_words: int = 8):
    """A written reason: at least min_words words naming something from every group."""
    return lambda answer, groups: selfcheck.mentions_all(answer, groups, min_words=min_words)


def _bars(answer, expected):
    return selfcheck.same_items(list(selfcheck.as_mapping(answer).values()), expected)


def _q(hints: tuple[str, ...], *parts: Part) -> Key:
    return Key(tuple(parts), hints)


P = Part
SOURCE_WORDS = ["source", "vouch", "attribut", "report", "who", "confirm", "said"]

KEYS: dict[str, Key] = {
    # 1 Read like an analyst
    "1.1": _q(("Read each sentence again and count every number that counts people in uniform, "
               "a repeat included.",
               "A troop number counts soldiers, troops or service members; years, dates and counts of "
               "weapons are other numbers."),
              P("n_mentions", lambda: len(first_section_mentions()), _number())),
    "1.2": _q(("Compare your list of numbers with the sentences: is one missing, or one there twice?",
               "Every troop number you counted in 1.1 is one dict; write the number without commas."),
              P("my_rows", lambda: list(first_section_mentions()["count"]), _coded_numbers)),
    "1.3": _q(("Read the sentence with both numbers again and look for one word that is not the writer's own claim.",
               "A reporter who passes on what others said signals it with an adverb of hearsay."),
              P("unconfirmed_word", lambda: ["reportedly"], _text)),
    "1.4": _q(("Look again at what each coded column of the table describes: the number, or the source of it?",
               "A hedge on a number (about, around) and a hedge on a source (reportedly, media said) are "
               "different things; ask which of the two the table has a place for."),
              P("table_keeps_the_signal", lambda: bool(first_section_mentions()[["qualifier", "status", "kind"]]
                                                       .astype(str).apply(lambda c: c.str.contains("report"))
                                                       .any().any()), _same_bool),
              P("signal_reason", lambda: [SOURCE_WORDS], _reason(8))),
    "1.5": _q(("Look at every part of the article, not only its body: what comes before the first paragraph?",
               "A news page states its main figure in several parts: headline, standfirst, picture caption and body. "
               "The movements table combines the mentions of one move and keeps which mentions it combined."),
              P("times_stated", lambda: int(movements().loc[movements()["is_aggregate"].astype(bool),
                                                           "n_mentions"].iloc[0]), _number()),
              P("parts_stated", _parts_stated, _items)),
    "1.6": _q(("Look for the rows that are single moves with the same destination countries as the total.",
               "A total is the sum of its parts: the parts are single movements whose numbers add up to it."),
              P("parts_of_total", lambda: list(movements().set_index("movement_id").loc[
                  movements().loc[movements()["is_aggregate"].astype(bool), "components"].iloc[0].split("; "),
                  "count"]), _items)),
    "1.7": _q(("Which numbers describe troops that are somewhere already, not troops being sent?",
               "A stock is a level (troops stationed or massed); a movement is a change (troops sent or moved)."),
              P("stocks", lambda: list(movements().loc[movements()["kind"] == "stock", "count"]), _items)),
    # 2 Who speaks?
    "2.1": _q(("The sentence names nobody: read the sentence before it in the same paragraph.",
               "A pronoun or an unnamed second piece of a quote takes the speaker named most recently before it."),
              P("speaker_of_second_piece", lambda: [quote_split_by_attribution()["speaker"],
                                                    str(quote_split_by_attribution()["speaker"]).split()[-1]], _text)),
    "2.2": _q(("Count the rows of the quote table, then only those whose kind is direct.",
               "One row is one quoted span; a table's length is its number of rows, and a filter keeps "
               "the rows that meet a condition."),
              P("n_quotes", lambda: len(table("quotes.csv")), _number(), computed=True),
              P("n_direct", lambda: int((table("quotes.csv")["kind"] == "direct").sum()), _number(), computed=True)),
    "2.3": _q(("Check a country whose speakers share a quote with another country: is its total too low?",
               "Count the words of each quote first; a quote with two countries must count once for each, so "
               "give each country its own row before you add up by country."),
              P("words_by_country", words_quoted_by_country, _mapping, computed=True)),
    "2.4": _q(("Is your denominator every word quoted, including quotes with no country?",
               "A share is a part over the whole: the words of Russian speakers over all the words quoted."),
              P("russian_words", lambda: int(quoted_words().loc[quoted_words()["speaker_country"] == "Russia",
                                                               "words"].sum()), _number(), computed=True),
              P("russian_share", lambda: 100 * quoted_words().loc[quoted_words()["speaker_country"] == "Russia",
                                                                 "words"].sum() / quoted_words()["words"].sum(),
                _share(0.5), computed=True)),
    "2.5": _q(("Both tables have a column called kind: which one are you counting?",
               "Joining two tables on the speaker's name gives each quote its actor's kind; then count the "
               "quotes whose actor is not a person, and those whose actor is."),
              P("not_people", lambda: int((speakers_with_kind()["speaker_kind"] != "person").sum()), _number(),
                computed=True),
              P("people", lambda: int((speakers_with_kind()["speaker_kind"] == "person").sum()), _number(),
                computed=True)),
    "2.6": _q(("Look at the side column of the actor table, and write why the number matters for this story.",
               "Absence is a finding: a side with no voice in a report about a crisis over it shapes what "
               "the reader learns. Name the side and say what the reader misses."),
              P("ukrainian_voices", lambda: int((table("actors.csv")["side"] == "Ukraine").sum()), _number(),
                computed=True),
              P("absence_reason", lambda: [["ukrain"]], _reason(10))),
    "2.7": _q(("Look for people in the actor table who are counted with no quoted span.",
               "Being named is not being quoted: a person can act in a story without a word of theirs in it."),
              P("named_not_quoted", lambda: list(table("actors.csv").query("kind == 'person' and quoted_spans == 0")
                                                 ["name"]), _items, computed=True)),
    # 3 Scale and framing
    "3.1": _q(("Find the move whose origin and destination are both European countries.",
               "Troops moved inside a region add nothing to the region; they only change where in it they are."),
              P("moved_within_europe", moved_within_europe, _number()),
              P("within_reason", _within_europe_places, _reason(6))),
    "3.2": _q(("Did you use the total row as well as its parts, or keep the move that stays in Europe?",
               "Troops added to a region are the single moves into it, less the moves that start inside it."),
              P("added_to_europe", added_to_europe, _number(), computed=True)),
    "3.3": _q(("Which figure for US troops in Europe does the article itself give?",
               "A share in per cent is the part over the baseline, times 100."),
              P("article_us", lambda: article_stock("United States"), _number(), computed=True),
              P("share_article", lambda: 100 * added_to_europe() / article_stock("United States"), _share(0.05),
                computed=True)),
    "3.4": _q(("Did you add every row of the DMDC table, and how many rows are there?",
               "A total over a table is the sum of one column over all its rows."),
              P("dmdc_total", dmdc_total, _number(), computed=True),
              P("n_host_countries", lambda: len(table("us_personnel_dec2021.csv")), _number(), computed=True)),
    "3.5": _q(("Is your baseline the DMDC total of 3.4, and why is this share smaller than that of 3.3?",
               "The larger the baseline, the smaller the same number of troops looks: say which count is larger."),
              P("share_dmdc", lambda: 100 * added_to_europe() / dmdc_total(), _share(0.05), computed=True),
              P("baseline_reason", lambda: [["dmdc", "official", "permanent"],
                                            ["larger", "bigger", "higher", "more", "greater"]], _reason(8))),
    "3.6": _q(("Use the lower bound of the figure that counts rotational and permanent forces.",
               "A count with rotational forces includes troops there for months at a time: a larger baseline."),
              P("with_rotation", us_with_rotation, _number(), computed=True),
              P("share_with_rotation", lambda: 100 * added_to_europe() / us_with_rotation(), _share(0.05),
                computed=True)),
    "3.7": _q(("Which number goes on top: the Russian troops, or the US troops added?",
               "A ratio 'for every US soldier' divides the Russian count by the US count."),
              P("russia", lambda: article_stock("Russia"), _number(), computed=True),
              P("russia_per_us_soldier", lambda: article_stock("Russia") / added_to_europe(), _number(0.5),
                computed=True)),
    "3.8": _q(("Count only the troops whose destination is Poland, and divide by the DMDC count for Poland.",
               "A factor compares a change with the level it changes: the troops sent over the troops there already."),
              P("to_poland", lambda: int(single_moves().loc[single_moves()["destination"] == "Poland", "count"].sum()),
                _number(), computed=True),
              P("poland_factor", lambda: int(single_moves().loc[single_moves()["destination"] == "Poland", "count"].sum())
                / int(table("us_personnel_dec2021.csv").set_index("country").loc["Poland", "personnel"]),
                _number(0.1), computed=True)),
    "3.9": _q(("Five bars: one for the troops added, three for US troops in Europe, one for Russian troops.",
               "A scale chart sets a change beside the levels it could be read against; use the values "
               "you computed above."),
              P("scale", lambda: [added_to_europe(), article_stock("United States"), dmdc_total(), us_with_rotation(),
                                  article_stock("Russia")], _bars, computed=True)),
    # 4 Check the numbers
    "4.1": _q(("Which row of the claims table is DMDC's count of US troops in Europe, and which is the article's?",
               "A gap between two figures for the same thing is the larger minus the smaller."),
              P("dmdc", dmdc_reference, _number(), computed=True),
              P("gap", lambda: dmdc_reference() - article_stock("United States"), _number(), computed=True)),
    "4.2": _q(("Sort the estimates by date and find where the article's date falls.",
               "Date every estimate: the article's figure sits between the last one before it and the first after it."),
              P("between", lambda: list(russian_estimates_around(article_date())), _items, computed=True)),
    "4.3": _q(("Are the two estimates you compare counting the same forces?",
               "Like with like: among the estimates with the same counts as the last one before the article, "
               "take the latest and subtract the low end you started from."),
              P("start_low", lambda: int(table("russian_forces_estimates.csv").sort_values("date_from")
                                         .pipe(lambda e: e[e["date_to"] < article_date()])["count_low"].iloc[-1]),
                _number(), computed=True),
              P("growth", estimate_growth, _number(), computed=True)),
    "4.4": _q(("Compare each movement figure with the official rows of the claims table.",
               "An official announcement has strength O; a figure that matches it is confirmed by the source itself."),
              P("matches", pentagon_matches, _items, computed=True)),
    "4.5": _q(("Does your sentence give two figures, say which one counts troops on rotation, and name who counted?",
               "An accurate figure says what it counts (permanent, or with rotation), as of when, and by whom."),
              P("my_wording", lambda: [_figure_forms(dmdc_reference()) + _figure_forms(dmdc_total()),
                                       _figure_forms(us_with_rotation()), ["rotat"],
                                       ["dmdc", "defense manpower", "pentagon", "department of defense", "dod"]],
                _reason(12))),
    # 5 Map the moves and choose a projection
    "5.1": _q(("Which rows are moves, and is one of them the sum of others?",
               "A map draws each move once: stocks are not moves, and a total drawn beside its parts counts "
               "the same troops twice. A move with no origin can only be a ring at its destination."),
              P("my_moves", lambda: _map_moves(), _map_table, computed=True),
              P("n_rings", lambda: sum(1 for origin, _, _ in _map_moves() if not origin), _number(), computed=True)),
    "5.2": _q(("Did you convert the latitude from degrees to radians before taking its cosine?",
               "Mercator stretches the map by one over the cosine of the latitude in both directions, so "
               "areas grow by the square of that."),
              P("tallinn_scale", lambda: _projections().mercator_area_scale(59.44), _number(0.05), computed=True),
              P("bucharest_scale", lambda: _projections().mercator_area_scale(44.43), _number(0.05), computed=True)),
    "5.3": _q(("Divide the area on Web Mercator by the area on the equal-area map, adding up the three states first.",
               "An equal-area map shows true areas, so the ratio of the two map areas is how much Mercator "
               "enlarges a country."),
              P("baltic_inflation", lambda: _projections().inflation(_projections().BALTIC), _number(0.05),
                computed=True),
              P("romania_inflation", lambda: _projections().inflation("Romania"), _number(0.05), computed=True)),
    "5.4": _q(("Which property does a map that compares countries need to keep: their shapes, or their areas?",
               "An equal-area projection keeps every area in proportion; a conformal one such as Mercator keeps "
               "angles and enlarges areas away from the equator, the Baltic states about three times."),
              P("projection", lambda: ["EPSG:3035", "3035"], _text),
              P("projection_reason", lambda: [["equal-area", "equal area", "area"],
                                              ["baltic", "estonia", "latvia", "lithuania"],
                                              ["mercator", "3857"]], _reason(15))),
}


def questions(prefix: str) -> list[str]:
    """Every question label of one exercise ("2." gives 2.1, 2.2, ...), in order."""
    return [label for label in KEYS if label.startswith(prefix)]


def _compare_part(part: Part, expected, history):
    def compare(value):
        if part.computed and selfcheck.typed_in(part.name, history):
            raise selfcheck.NotAnswered("you typed the value in: compute it from the table, "
                                        "so that it follows the data.")
        return part.compare(value, expected)
    return compare


def check(label: str, *answers) -> None:
    """Print "Pass" or "Not yet" for question `label`; never raises, and shows nothing else.

    The answers are read by name from the notebook (the variables the question asks for), so a
    name that was never defined, or whose cell failed, is "Not yet", not a NameError. Answers
    given as arguments replace them, in the order of the question's parts."""
    grade(label, *answers, namespace=sys._getframe(1).f_globals)


def grade(label: str, *answers, namespace: dict | None = None) -> bool:
    """`check`, returning whether the question passes; the answers not given are read from namespace."""
    namespace = {} if namespace is None else namespace
    key = KEYS.get(label)
    if key is None:
        selfcheck.say(f"{selfcheck.NOT_YET} ({label}): this notebook asks for a check that does not exist.")
        return False
    try:
        expected = [part.expected() for part in key.parts]
    except Exception as error:  # missing or changed tables: say so, without a traceback
        selfcheck.say(f"{selfcheck.NOT_YET} ({label}): the check could not read its data ({type(error).__name__}). "
              "Run `make figures` first.")
        return False
    values = list(answers) + [namespace.get(part.name, selfcheck.MISSING) for part in key.parts[len(answers):]]
    history = None if answers else namespace.get("In")
    parts = [(part.name, value, _compare_part(part, want, history))
             for part, value, want in zip(key.parts, values, expected)]
    return selfcheck.run_parts(label, parts, key.hints)


def summary(prefix: str = "") -> None:
    """Print how many of the exercise's questions pass; a question not yet checked does not."""
    selfcheck.summary(prefix, labels=questions(prefix) if prefix else None)


def passes(label: str, namespace: dict) -> bool:
    """Whether question `label` passes with the answers in namespace, printing nothing: the
    autograder's test (an Otter test case expects True) asks the same key as the self-check."""
    import contextlib
    import io
    with contextlib.redirect_stdout(io.StringIO()):
        return bool(grade(label, namespace=namespace))
