"""Exercises: student copies are current, solutions pass every check, blanks say "Not yet",
the self-check never raises, and the course site escapes what the notebooks show."""

import importlib.util
import re

import nbformat
import pandas as pd
import pytest

from posture import paths
from posture.teaching import exercises
from posture.collection import notebooks
from posture.teaching import selfcheck
from posture.collection import course

SCRIPT = paths.ROOT / "scripts" / "make_student_copies.py"
_spec = importlib.util.spec_from_file_location("make_student_copies", SCRIPT)
copies = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(copies)

SOURCES = copies.sources()
CHECK_CALL = re.compile(r'^check\("([\d.]+)"\)', re.M)


def _checks(notebook):
    """(label, printed output) of every cell tagged `check`."""
    out = []
    for cell in notebook.cells:
        if "check" in cell.metadata.get("tags", []):
            label = CHECK_CALL.search(cell.source).group(1)
            text = "".join(o.get("text", "") for o in cell.get("outputs", []) if o.get("output_type") == "stream")
            out.append((label, text))
    return out


def _run(path):
    """A fresh run of the notebook (not its stored outputs), from its own folder."""
    notebook = nbformat.read(path, as_version=4)
    notebooks.client(notebook, path.parent, timeout=300).execute()
    return notebook


def _errors(notebook) -> list[str]:
    return [o.get("ename", "") for cell in notebook.cells for o in cell.get("outputs", [])
            if o.get("output_type") == "error"]


def test_there_are_five_exercises_each_with_a_copy():
    assert len(SOURCES) >= 5
    for source in SOURCES:
        assert copies.copy_path(source).exists(), source.name


def test_student_copies_are_current():
    assert copies.stale_copies() == []


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_each_exercise_opens_with_objectives_time_prerequisites_difficulty(source):
    first = nbformat.read(source, as_version=4).cells[0]
    assert first.cell_type == "markdown" and first.source.count("\n# ") + first.source.startswith("# ") == 1
    for part in ("**Inputs:**", "**Outputs:**", "Learning objectives", "Estimated time", "Prerequisites", "Difficulty"):
        assert part in first.source, part


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_each_question_has_a_check_straight_after_it(source):
    cells = nbformat.read(source, as_version=4).cells
    labels = []
    for index, cell in enumerate(cells):
        if "check" in cell.metadata.get("tags", []):
            assert "solution" in cells[index - 1].metadata.get("tags", []), f"cell {index}: no question before it"
            labels.append(CHECK_CALL.search(cell.source).group(1))
    assert len(labels) >= 4 and len(set(labels)) == len(labels)
    assert all(label in exercises.KEYS for label in labels)
    text = "\n".join(c.source for c in cells if c.cell_type == "markdown")
    assert "## Discussion" in text and "## Key points" in text


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_solutions_run_and_pass_every_check(source):
    notebook = _run(source)
    assert _errors(notebook) == []
    checks = _checks(notebook)
    assert checks, "no check cells"
    for label, text in checks:
        assert text.startswith(f"{selfcheck.PASS} ({label})"), f"{label}: {text}"


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_student_copies_run_to_the_end_and_every_check_says_not_yet(source):
    notebook = _run(copies.copy_path(source))
    assert _errors(notebook) == []
    code_cells = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert all(cell.get("execution_count") for cell in code_cells), "not every cell was run"
    checks = _checks(notebook)
    assert checks
    for label, text in checks:
        # unanswered: no hint on the first run, only "answer above"
        assert text.startswith(f"{selfcheck.NOT_YET}: answer above ({label}") and "Hint:" not in text, f"{label}: {text}"
    for cell in notebook.cells:  # one output per check, so that stored outputs are the same run after run
        if "check" in cell.metadata.get("tags", []):
            assert [o["output_type"] for o in cell.outputs] == ["stream"], cell.source
    assert not any("solution" in cell.metadata.get("tags", []) for cell in notebook.cells)
    prefix = checks[0][0].split(".")[0] + "."
    assert f"0 of {len(exercises.questions(prefix))} questions pass" in _stream(notebook.cells[-2]) + _stream(
        next(c for c in notebook.cells if c.cell_type == "code" and c.source.startswith("summary(")))


def _stream(cell) -> str:
    return "".join(o.get("text", "") for o in cell.get("outputs", []) if o.get("output_type") == "stream")


def test_a_failing_answer_cell_gives_not_yet_and_the_rest_runs_with_every_question_counted():
    """Issue 15: a KeyError in the student's own 2.5 cell made the check after it raise NameError."""
    source = next(s for s in SOURCES if s.name.startswith("02-"))
    notebook = nbformat.read(copies.copy_path(source), as_version=4)
    cells = notebook.cells
    index = next(i for i, c in enumerate(cells) if c.source == 'check("2.5")')
    cells[index - 1].source = 'not_people = quotes["no such column"].sum()\npeople = 3'
    runner = notebooks.client(notebook, source.parent.parent, timeout=300)
    runner.allow_errors = True  # as JupyterLab's Run All would not: this shows what the next cells do
    runner.execute()
    assert _errors(notebook) == ["KeyError"]  # the student's own cell, and nothing after it
    assert cells[index].outputs[-1]["output_type"] == "stream"  # the check shows its line and nothing else
    assert _stream(cells[index]).startswith("Not yet: answer above (2.5: fill in `not_people`, `people`)")
    summary_cell = next(c for c in cells if c.cell_type == "code" and c.source.startswith("summary("))
    assert _stream(summary_cell).startswith(f"0 of {len(exercises.questions('2.'))} questions pass")
    assert len(exercises.questions("2.")) == 7


# --- the generator ------------------------------------------------------------------------------

def test_a_solution_cell_becomes_a_blank_that_keeps_its_comments_and_names():
    code = "# Count the rows\nparts = table.split()\nanswer, rest = parts[0], parts[1:]\nanswer += 1\nprint(answer)"
    assert copies.blank_code(code) == (
        "# Count the rows\nparts = ...  # your code here\nanswer = ...  # your code here\nrest = ...  # your code here"
    )


def test_a_solution_cell_without_assignments_becomes_a_comment():
    assert copies.blank_code("plt.plot([1, 2])\nplt.show()") == "# your code here"


def test_student_copy_blanks_solutions_and_keeps_the_rest():
    source = nbformat.v4.new_notebook()
    source.cells = [nbformat.v4.new_markdown_cell("# T"),
                    nbformat.v4.new_code_cell("x = 41 + 1", metadata={"tags": ["solution"]}),
                    nbformat.v4.new_code_cell('check("1.1", x)', metadata={"tags": ["check"]}),
                    nbformat.v4.new_markdown_cell("model answer", metadata={"tags": ["solution"]})]
    source.cells[2].outputs = [nbformat.v4.new_output("stream", name="stdout", text="Pass\n")]
    copy = copies.student_copy(source)
    assert [c.source for c in copy.cells] == ["# T", "x = ...  # your code here", 'check("1.1", x)', copies.MARKDOWN_BLANK]
    assert copy.cells[1].metadata["tags"] == ["blank"] and copy.cells[2].outputs == []
    namespace = {}
    exec(copy.cells[1].source, namespace)  # the blank runs and does nothing but bind Ellipsis
    assert namespace["x"] is ...


# --- the self-check module -----------------------------------------------------------------------

@pytest.mark.parametrize("blank", [..., None, "", "   ", [], {}, pd.Series(dtype=float), pd.DataFrame(),
                                   selfcheck.MISSING])
def test_untouched_blanks_say_answer_above_and_give_no_hint(blank, capsys):
    selfcheck.reset()
    assert selfcheck.run("t.1", blank, lambda a: selfcheck.same_number(a, 3), ["a nudge", "a concept"]) is False
    out = capsys.readouterr().out
    assert out.startswith("Not yet: answer above (t.1") and "Hint" not in out and "nudge" not in out


@pytest.mark.parametrize("wrong", ["three", "65", "3", object(), [1, 2], {"a": 1}, float("nan"), True])
def test_answers_of_the_wrong_type_say_not_yet_without_a_traceback(wrong, capsys):
    assert selfcheck.run("t.2", wrong, lambda a: selfcheck.same_number(a, 3), "h") is False
    assert capsys.readouterr().out.startswith("Not yet (t.2):")


def test_the_text_65_is_not_the_number_65(capsys):
    assert exercises.grade("3.7", 130000, "65") is False
    assert "expected a number, got the text '65'" in capsys.readouterr().out
    assert exercises.grade("3.7", 130000, 65) is True


def test_hints_come_after_a_wrong_answer_and_grow_with_each_try(capsys):
    selfcheck.reset()
    compare = lambda a: selfcheck.same_number(a, 3)  # noqa: E731
    selfcheck.run("t.4", ..., compare, ["nudge", "concept"])
    assert "Hint" not in capsys.readouterr().out
    selfcheck.run("t.4", 4, compare, ["nudge", "concept"])
    assert capsys.readouterr().out.count("Hint:") == 1
    selfcheck.run("t.4", 5, compare, ["nudge", "concept"])
    out = capsys.readouterr().out
    assert "Hint: nudge" in out and "Hint: concept" in out
    selfcheck.run("t.4", 3, compare, ["nudge", "concept"])
    assert capsys.readouterr().out.startswith("Pass (t.4)")


def test_every_question_has_a_nudge_then_a_concept_and_no_hint_is_code():
    code = re.compile(r"`|\w\(|\)\.\w|\.\w+\(|\[\"|==|groupby|explode|\bmerge\b|\bdf\b")
    for label, key in exercises.KEYS.items():
        assert len(key.hints) == 2, label
        for hint in key.hints:
            assert not code.search(hint), f"{label}: {hint}"
            assert not any("_" in part.name and part.name in hint for part in key.parts), f"{label}: {hint}"


def test_a_typed_in_value_does_not_pass_a_computation_question(capsys):
    """Issue 15: a hard-coded russian_share passed 2.4."""
    right = exercises.KEYS["2.4"]
    words, share = (part.expected() for part in right.parts)
    typed = {"russian_words": int(words), "russian_share": float(share),
             "In": ["", f"russian_words = {int(words)}\nrussian_share = {float(share)}"]}
    assert exercises.grade("2.4", namespace=typed) is False
    assert "you typed the value in" in capsys.readouterr().out
    computed = dict(typed, In=["", "russian_words = quoted.words[quoted.speaker_country == 'Russia'].sum()\n"
                                   "russian_share = russian_words / quoted.words.sum()"])
    assert exercises.grade("2.4", namespace=computed) is True


def test_a_computation_needs_its_second_value_and_a_choice_its_reason(capsys):
    share = exercises.KEYS["2.4"].parts[1].expected()
    assert exercises.grade("2.4", namespace={"russian_share": share}) is False
    assert "answer above (2.4: fill in `russian_words`)" in capsys.readouterr().out
    assert exercises.grade("1.4", namespace={"table_keeps_the_signal": False, "signal_reason": "no"}) is False
    assert exercises.grade("1.4", namespace={"table_keeps_the_signal": False, "signal_reason": ...}) is False
    assert exercises.grade("1.4", namespace={
        "table_keeps_the_signal": False,
        "signal_reason": "The table hedges numbers but has no column for the source who reported them."}) is True
    # a True/False guess that is wrong stays wrong whatever the reason says
    assert exercises.grade("1.4", namespace={
        "table_keeps_the_signal": True,
        "signal_reason": "The table hedges numbers but has no column for the source who reported them."}) is False


def test_a_check_reads_the_answer_by_name_and_a_missing_name_is_not_yet(capsys):
    namespace = {}
    assert exercises.grade("2.2", namespace=namespace) is False
    assert capsys.readouterr().out.startswith("Not yet: answer above (2.2: fill in `n_quotes`, `n_direct`)")
    n_quotes, n_direct = (part.expected() for part in exercises.KEYS["2.2"].parts)
    namespace.update(n_quotes=n_quotes, n_direct=n_direct)
    assert exercises.grade("2.2", namespace=namespace) is True


def test_summary_counts_every_question_of_the_exercise(capsys):
    selfcheck.reset()
    n = len(exercises.questions("2."))
    exercises.summary("2.")
    assert capsys.readouterr().out.startswith(f"0 of {n} questions pass.")
    exercises.check("2.1", "John Kirby")
    exercises.grade("2.2", namespace={})
    capsys.readouterr()
    exercises.summary("2.")
    assert capsys.readouterr().out.startswith(f"1 of {n} questions pass.")


def test_summary_counts_the_latest_result_of_each_check(capsys):
    selfcheck.reset()
    selfcheck.run("s.1", 1, lambda a: selfcheck.same_number(a, 2), "h")
    selfcheck.run("s.1", 2, lambda a: selfcheck.same_number(a, 2), "h")
    selfcheck.run("s.2", ..., lambda a: selfcheck.same_number(a, 2), "h")
    capsys.readouterr()
    assert selfcheck.summary("s.").startswith("1 of 2 questions pass.")


def test_typed_in_reads_the_last_assignment():
    assert selfcheck.typed_in("x", ["x = 9"]) and selfcheck.typed_in("x", ["x = 44 / 280"])
    assert not selfcheck.typed_in("x", ["x = t.sum()", "y = 1"])
    assert selfcheck.typed_in("x", ["x = t.sum()", "x = 3"])
    assert not selfcheck.typed_in("x", None)


def test_a_comparison_that_raises_is_caught(capsys):
    def broken(answer):
        raise KeyError("x")
    assert selfcheck.run("t.3", 1, broken, "h") is False
    assert "could not read your answer (KeyError)" in capsys.readouterr().out


def test_numbers_texts_items_and_mappings(capsys):
    assert selfcheck.same_number(2000, 2000)[0] and selfcheck.same_number(pd.Series([5]).sum(), 5)[0]
    assert not selfcheck.same_number(2001, 2000)[0] and selfcheck.same_number(2001, 2000, tolerance=1)[0]
    assert selfcheck.same_text("  John KIRBY. ", ["John Kirby", "Kirby"])[0]
    assert not selfcheck.same_text("Kirby Jones", "John Kirby")[0]
    assert selfcheck.same_items(["b", "A", "a"], ["a", "a", "B"])[0]
    assert not selfcheck.same_items([1, 1, 2], [1, 2, 2])[0]
    assert selfcheck.same_mapping(pd.Series({"Russia": 26, "Poland": 24}), {"poland": 24, "russia": 26})[0]
    assert not selfcheck.same_mapping({"Russia": 26}, {"Russia": 26, "Poland": 24})[0]
    assert not selfcheck.same_mapping({"Russia": 25, "Poland": 24}, {"Russia": 26, "Poland": 24})[0]
    assert selfcheck.mentions_all("DMDC counted about 65,000 troops, 80000 with rotations.",
                                  [["65,000"], ["80,000"], ["rotat"], ["dmdc"]])[0]
    assert not selfcheck.mentions_all("About 65,000 troops.", [["65,000"], ["80,000"]])[0]


def test_check_with_an_unknown_label_says_not_yet(capsys):
    exercises.check("9.99", 1)
    assert capsys.readouterr().out.startswith("Not yet (9.99)")


def test_keys_are_computed_from_the_tables():
    quotes = pd.read_csv(paths.PROCESSED / "quotes.csv")
    assert exercises.KEYS["2.2"].parts[0].expected() == len(quotes)
    by_country = exercises.KEYS["2.3"].parts[0].expected()
    # a joint quote counts once for each of its countries, as on the chart of notebook 03
    assert by_country.sum() == sum(exercises.word_count(t) * len(c.split("; "))
                                   for t, c in zip(quotes.text, quotes.speaker_country) if isinstance(c, str))


def test_the_reading_key_word_is_in_the_article():
    article_text = " ".join(exercises.first_section_sentences()["text"]).lower()
    for word in exercises.KEYS["1.3"].parts[0].expected():
        assert re.search(rf"\b{word}\b", article_text)


# --- the course site (Sphinx + myst-nb; the browser test is tests/collection/test_course_site.py) ---

def _notebook_with(text: str) -> nbformat.NotebookNode:
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [nbformat.v4.new_markdown_cell("# A page\n\nIt shows article text."),
                      nbformat.v4.new_code_cell("show()")]
    notebook.cells[1].outputs = [
        nbformat.v4.new_output("display_data", data={"text/markdown": f"The article says **{text}**", "text/plain": ""}),
        nbformat.v4.new_output("display_data", data={"text/html": f"<table><tbody><tr><td style='text-align:left' "
                                                                  f"onclick='x()'>{text}</td></tr></tbody></table>",
                                                     "text/plain": ""}),
        nbformat.v4.new_output("stream", name="stdout", text=text + "\n"),
    ]
    return notebook


def test_site_pages_escape_article_text_and_load_nothing_from_the_network(tmp_path):
    hostile = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    notebook_path = tmp_path / "01-hostile.ipynb"
    nbformat.write(_notebook_with(hostile), notebook_path)
    index = course.build(tmp_path / "site", tmp_path / "source", notebooks=[("Stages", notebook_path)])
    page = (index.parent / "stages" / "01-hostile.html").read_text(encoding="utf-8")
    assert "<script>alert" not in page and "<img src=x" not in page and "onclick" not in page
    assert page.count("&lt;script&gt;alert") == 3
    assert "<table>" in page and "<strong>" in page  # table and emphasis markup survive
    assert '<td style="text-align:left;">' in page
    assert "<title>A page" in page
    for html_file in index.parent.rglob("*.html"):
        assert not re.search(r'<(?:script|link|img)[^>]+(?:src|href)="(?:https?:)?//', html_file.read_text(encoding="utf-8"))


def test_site_lists_stage_notebooks_and_student_copies_not_solutions():
    listed = [path for _, path in course.pages()]
    assert all("solutions" not in path.parts for path in listed)
    assert set(copies.copy_path(s) for s in SOURCES) <= set(listed)
    assert set(paths.NOTEBOOKS.glob("[0-9][0-9]-*.ipynb")) <= set(listed)


# --- exercise 5: the map and its projection ----------------------------------------------------

def test_equal_area_map_areas_are_true_areas_and_web_mercator_inflates_by_latitude():
    from posture.teaching import projections
    for country in ("Romania", "Lithuania", "Germany"):
        true = projections.true_area_km2(country)
        assert abs(projections.map_area_km2(country, projections.EQUAL_AREA) / true - 1) < 0.001
    # Lithuania is about 65,000 km² (a fact from outside the data)
    assert 60_000 < projections.true_area_km2("Lithuania") < 70_000
    baltic, romania = projections.inflation(projections.BALTIC), projections.inflation("Romania")
    assert 3.0 < baltic < 3.6 and 1.9 < romania < 2.2 and baltic > romania
    # the measured enlargement is Mercator's 1 / cos² at about the country's mid latitude
    assert abs(romania - projections.mercator_area_scale(45.9)) < 0.05
    assert projections.mercator_area_scale(0) == 1 and projections.mercator_area_scale(60) == pytest.approx(4)


def test_exercise_5_map_table_is_the_single_moves_and_a_total_or_a_stock_is_not_yet(capsys):
    from posture.charts import inputs as chart_inputs
    movements = chart_inputs.read_movements(paths.PROCESSED / "troop_movements.csv")
    single = movements[(movements.kind == "movement") & ~movements.is_aggregate]
    good = {"my_moves": single[["origin", "destination", "count"]], "n_rings": int((single.origin == "").sum())}
    assert exercises.grade("5.1", namespace=good) is True
    every_move = movements[movements.kind == "movement"][["origin", "destination", "count"]]
    assert exercises.grade("5.1", namespace=dict(good, my_moves=every_move)) is False  # the total drawn twice
    assert exercises.grade("5.1", namespace=dict(good, my_moves=single[["origin", "count"]])) is False
    assert "no column destination" in capsys.readouterr().out


def test_exercise_5_projection_needs_the_equal_area_code_and_a_reason():
    reason = ("An equal-area projection keeps areas true; Web Mercator makes the Baltic states look "
              "three times larger than they are, which distorts any comparison.")
    assert exercises.grade("5.4", namespace={"projection": "EPSG:3035", "projection_reason": reason}) is True
    assert exercises.grade("5.4", namespace={"projection": "EPSG:3857", "projection_reason": reason}) is False
    assert exercises.grade("5.4", namespace={"projection": "EPSG:3035", "projection_reason": "it is equal area"}) is False
