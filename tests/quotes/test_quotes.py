"""Quotes: spans, speakers, the seed's hard cases against gold, and scores on fixtures."""

from pathlib import Path

import pandas as pd
import pytest

from posture import ingest, paths, quotes
from posture.charts import quote_views
from posture.quotes.scoring import disagreements, score
from posture.quotes.spans import RUNS_ON, UNBALANCED, find_spans

FIXTURES = Path(__file__).parent.parent / "fixtures" / "quotes"
FIXTURE_NAMES = sorted(p.stem for p in FIXTURES.glob("*.txt"))


def spans_of(text):
    return [(text[s.start:s.end], s.flag) for s in find_spans(text)]


def read_gold(path):
    return pd.read_csv(path, keep_default_na=False)


@pytest.fixture(scope="module")
def seed():
    return ingest.read_article(paths.SEED_ARTICLE)


@pytest.fixture(scope="module")
def seed_quotes(seed):
    return quotes.find_quotes(seed)


@pytest.fixture(scope="module")
def seed_gold():
    return read_gold(paths.ANNOTATIONS / "quotes_gold.csv")


# --- spans ------------------------------------------------------------------------------

def test_apostrophes_are_not_quotes():
    assert spans_of("Russia's troops, Kyiv's hopes, the '90s and the allies' plans") == []
    assert spans_of("Russia\u2019s and Kyiv\u2019s") == []


def test_single_quotes_quote_when_they_cannot_be_apostrophes():
    assert spans_of("Moscow calls it 'destructive'") == [("destructive", "")]
    assert spans_of("\u2018We will go,\u2019 she said of Russia\u2019s move") == [("We will go,", "")]


def test_double_quotes_straight_and_curly_and_a_split_quote():
    text = '"They are not permanent moves," he said. \u201cThey respond to current conditions.\u201d'
    assert spans_of(text) == [("They are not permanent moves,", ""), ("They respond to current conditions.", "")]


def test_single_quotes_inside_a_double_quote_stay_inside():
    assert spans_of('"He called it \'fake\' news," she said.') == [("He called it 'fake' news,", "")]


def test_unbalanced_marks_are_flagged_not_fatal():
    assert spans_of('He said "no more talks. Then he left.') == [("no more talks. Then he left.", UNBALANCED)]
    assert spans_of('stray end." Then "fine" again') == [("stray end.", UNBALANCED), ("fine", "")]
    for noise in ['"', "'", '""', '"\u201d\u201c', "\u2018'\u2019\"", 'a " b " c "']:
        find_spans(noise)  # never raises


# --- the seed against hand-coded gold ---------------------------------------------------

def test_seed_every_span_and_speaker_matches_gold(seed_quotes, seed_gold):
    problems = disagreements(seed_quotes, seed_gold)
    assert problems.empty, problems.to_string()
    assert list(seed_quotes["text"]) == list(seed_gold["text"])
    assert list(seed_quotes["speaker"]) == list(seed_gold["speaker"])
    assert list(seed_quotes["kind"]) == list(seed_gold["kind"])


def row_for(table, text, nth=0):
    rows = table[table["text"] == text]
    assert len(rows) > nth, f"no quote {text!r}"
    return rows.iloc[nth]


def test_seed_split_quote_resolves_he_to_kirby(seed_quotes):
    first = row_for(seed_quotes, "They are not permanent moves,")
    second = row_for(seed_quotes, "They respond to current conditions.")
    assert (first.speaker, second.speaker) == ("John Kirby", "John Kirby")
    assert first.speaker_role == "spokesman" and first.speaker_affiliation == "Pentagon"  # the body named once
    assert first.paragraph == second.paragraph


def test_seed_continued_paragraph_keeps_the_spokesperson(seed_quotes):
    first = row_for(seed_quotes, "The prime minister expressed his deep concern about Russia's current hostile "
                                 "activity on the Ukrainian border,")
    follow = seed_quotes[seed_quotes["text"].str.startswith("He emphasized the need")].iloc[0]
    assert first.speaker == follow.speaker == "a spokesperson from Johnson's office"
    assert follow.paragraph > first.paragraph and follow.speaker_affiliation == "United Kingdom"


def test_seed_colon_cue_with_a_medium(seed_quotes):
    row = seed_quotes[seed_quotes["text"].str.startswith("Strengthening the US presence")].iloc[0]
    assert (row.speaker, row.speaker_role, row.speaker_affiliation, row.cue, row.kind) == (
        "Mariusz Blaszczak", "Defense Minister", "Poland", "saying:", "direct")


def test_seed_speakers_that_are_not_people(seed_quotes):
    document = seed_quotes[seed_quotes["text"].str.startswith("The United States is willing")].iloc[0]
    assert (document.speaker, document.cue, document.speaker_affiliation) == ("the US document", "read", "United States")
    added = seed_quotes[seed_quotes["text"].str.startswith("President Biden and President Macron")].iloc[0]
    assert (added.speaker, added.cue) == ("the White House", "added")


@pytest.mark.parametrize("text, speaker", [
    ("common views", "Yury Ushakov"),
    ("Kyiv's chronic sabotage", "Vladimir Putin"),
    ("unwillingness", "Vladimir Putin"),
    ("stupidity and ignorance.", "the Kremlin"),
    ("internal", "the Kremlin"),
])
def test_seed_partial_quotes_are_kept(seed_quotes, text, speaker):
    row = row_for(seed_quotes, text)
    assert (row.kind, row.speaker) == ("partial", speaker)


def test_seed_destructive_in_subheading_and_body(seed, seed_quotes):
    heading, body = row_for(seed_quotes, "destructive", 0), row_for(seed_quotes, "destructive", 1)
    types = seed.blocks.set_index("block_id")["type"]
    assert types[heading.paragraph] == "subheading" and heading.speaker == "Moscow"
    assert types[body.paragraph] == "body" and body.speaker == "the Kremlin"
    assert heading.speaker_affiliation == body.speaker_affiliation == "Russia"


def test_seed_surname_resolved_to_full_name(seed_quotes):
    row = seed_quotes[seed_quotes["text"].str.startswith("I will soon speak")].iloc[0]
    assert (row.speaker, row.speaker_role, row.speaker_affiliation) == ("Olaf Scholz", "chancellor", "Germany")


# --- offsets, columns, actors -------------------------------------------------------------

def all_articles():
    return [paths.SEED_ARTICLE] + [FIXTURES / f"{name}.txt" for name in FIXTURE_NAMES]


@pytest.mark.parametrize("path", all_articles(), ids=lambda p: p.stem)
def test_every_row_gives_back_its_words(path):
    article = ingest.read_article(path)
    files = quotes.tables(article)
    for row in files["quotes.csv"].itertuples():
        assert article.raw[row.char_start:row.char_end] == row.text
        block = article.blocks.set_index("block_id").loc[row.paragraph]
        assert block.char_start <= row.char_start and row.char_end <= block.char_end
    for row in files["actors.csv"].itertuples():
        if row.char_start >= 0:
            assert article.raw[row.char_start:row.char_end] == row.mention
            if row.kind == "person" and " and " not in row.mention:
                assert row.name.split()[-1].lower() in row.mention.lower() or row.mention.lower() in {"he", "she"}


@pytest.mark.parametrize("path", [FIXTURES / f"{name}.csv" for name in FIXTURE_NAMES] + [paths.ANNOTATIONS / "quotes_gold.csv"],
                         ids=lambda p: p.stem)
def test_gold_offsets_give_back_gold_text(path):
    article_path = paths.SEED_ARTICLE if path.parent == paths.ANNOTATIONS else path.with_suffix(".txt")
    raw = ingest.read_article(article_path).raw
    for row in read_gold(path).itertuples():
        assert raw[row.char_start:row.char_end] == row.text


def test_tables_have_the_contract_columns_in_order(seed):
    files = quotes.tables(seed)
    assert set(files) == {"quotes.csv", "actors.csv"}
    assert list(files["quotes.csv"].columns[:10]) == [
        "quote_id", "text", "kind", "speaker", "speaker_role", "speaker_affiliation", "cue",
        "paragraph", "char_start", "char_end"]
    assert list(files["actors.csv"].columns) == quotes.ACTOR_COLUMNS
    table = files["quotes.csv"]
    assert list(table["char_start"]) == sorted(table["char_start"]) and table["quote_id"].is_unique


def test_actors_count_spans_and_words(seed, seed_quotes):
    actors = quotes.find_actors(seed, seed_quotes).set_index("name")
    kirby = actors.loc["John Kirby"]
    assert (kirby.quoted_spans, kirby.words_quoted, kirby.country, kirby.side) == (2, 10, "United States", "NATO and allies")
    assert actors.loc["Vladimir Putin", "side"] == "Russia and Belarus"
    assert actors.loc["Jens Stoltenberg", "quoted_spans"] == 0  # named as acting, not quoted
    assert actors["words_quoted"].sum() >= seed_quotes["text"].map(quotes.word_count).sum()


def test_run_on_quote_and_unbalanced_quote_in_fixtures():
    latvia = quotes.find_quotes(ingest.read_article(FIXTURES / "runon_latvia.txt"))
    assert latvia.iloc[0].flag == RUNS_ON and latvia.iloc[1].speaker == latvia.iloc[0].speaker == "Artis Pabriks"
    kyiv = quotes.find_quotes(ingest.read_article(FIXTURES / "unbalanced_kyiv.txt"))
    assert list(kyiv["flag"]) == ["", UNBALANCED, "", ""]
    assert kyiv.iloc[-1].speaker == "Dmytro Kuleba"  # read on past the broken paragraph


def test_an_article_without_quotes_gives_empty_tables():
    article = ingest.parse("Troops move east\n\nThe army moved 300 soldiers to Poland on Monday.\n")
    files = quotes.tables(article)
    assert files["quotes.csv"].empty and list(files["quotes.csv"].columns) == quotes.QUOTE_COLUMNS


# --- scores -----------------------------------------------------------------------------------

def test_score_counts_exact_and_overlap_matches():
    gold = pd.DataFrame({"text": ["a b", "c"], "kind": ["direct", "partial"], "speaker": ["X", "Y"],
                         "char_start": [0, 10], "char_end": [3, 11]})
    predicted = pd.DataFrame({"text": ["a b c", "zz"], "kind": ["direct", "direct"], "speaker": ["x", "Z"],
                              "char_start": [0, 20], "char_end": [5, 22]})
    table = score(predicted, gold).set_index("measure")
    assert table.loc["spans, exact", "matched"] == 0
    assert (table.loc["spans, overlap", "precision"], table.loc["spans, overlap", "recall"]) == (0.5, 0.5)
    assert table.loc["speaker (of overlapping spans)", "f1"] == 1.0  # case is ignored
    problems = disagreements(predicted, gold)
    assert sorted(problems["problem"]) == ["boundary", "extra", "missed"]


def fixture_scores():
    rows = []
    for name in FIXTURE_NAMES:
        predicted = quotes.find_quotes(ingest.read_article(FIXTURES / f"{name}.txt"))
        table = score(predicted, read_gold(FIXTURES / f"{name}.csv")).set_index("measure")["f1"]
        rows.append({"fixture": name, "exact_f1": table.iloc[0], "overlap_f1": table.iloc[1], "speaker": table.iloc[2]})
    return pd.DataFrame(rows)


def test_fixture_scores(capsys):
    assert len(FIXTURE_NAMES) >= 8
    table = fixture_scores()
    with capsys.disabled():
        print("\nquote extraction on the fixture articles (F1 and speaker accuracy):")
        print(table.to_string(index=False))
        print(table[["exact_f1", "overlap_f1", "speaker"]].mean().round(3).to_string())
    assert table["overlap_f1"].min() >= 0.9
    assert table["exact_f1"].mean() >= 0.95
    assert table["speaker"].mean() >= 0.9
    assert table["speaker"].min() >= 0.75


def test_words_by_country_adds_up_the_quote_table(seed_quotes):
    table = quote_views.words_by_country(seed_quotes).set_index("country")
    us_rows = seed_quotes[seed_quotes["speaker_country"].str.contains("United States")]
    assert table.loc["United States", "words"] == us_rows["text"].map(quotes.word_count).sum()
    assert table.loc["Russia", "side"] == "Russia and Belarus"
    assert quote_views.chart_title(table.reset_index()) == "Speakers for the United States get the most quoted words"


def test_a_sentence_adverb_is_not_a_speaker():
    text = ("Leaders meet by video\n\nPresident Joe Biden met European leaders by video call on Monday.\n\n"
            "Afterwards, he told reporters: \"We are all on the same page.\"\n")
    table = quotes.find_quotes(ingest.parse(text))
    assert table["speaker"].tolist() == ["Joe Biden"]
    assert "Afterwards" not in quotes.find_actors(ingest.parse(text))["name"].tolist()


def test_a_spokesperson_speaks_for_the_institution_just_named():
    text = ("Warsaw reacts\n\nThe Polish Foreign Ministry said the deployment was welcome.\n\n"
            "Spokeswoman Anna Nowak told reporters it was \"a sign of unity.\"\n\n"
            "Later that day, a local resident said: \"We feel safer.\"\n")
    table = quotes.find_quotes(ingest.parse(text)).set_index("speaker")
    assert table.loc["Anna Nowak", "speaker_country"] == "Poland"


def test_a_spokesperson_far_from_any_institution_has_no_country():
    text = ("Talks\n\nThe Kremlin said the talks were over.\n\nThe weather in Moscow was cold.\n\n"
            "Snow fell all day.\n\nSpokesman Ivan Petrov told reporters it was \"a quiet day.\"\n")
    table = quotes.find_quotes(ingest.parse(text)).set_index("speaker")
    assert table.loc["Ivan Petrov", "speaker_country"] == ""
