"""Exercises: student copies are current, solutions pass every check, blanks say "Not yet",
the self-check never raises, and the static site escapes what the notebooks show."""

import importlib.util
import re

import nbformat
import pandas as pd
import pytest

from posture import paths
from posture.teaching import exercises
from posture.collection import notebooks
from posture.teaching import selfcheck
from posture.collection import site

SCRIPT = paths.ROOT / "scripts" / "make_student_copies.py"
_spec = importlib.util.spec_from_file_location("make_student_copies", SCRIPT)
copies = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(copies)

SOURCES = copies.sources()
CHECK_CALL = re.compile(r'^check\("([\d.]+)"', re.M)


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


def test_there_are_at_least_four_exercises_each_with_a_copy():
    assert len(SOURCES) >= 4
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
        assert text.startswith(f"{selfcheck.NOT_YET} ({label})") and "Hint:" in text, f"{label}: {text}"
    assert not any("solution" in cell.metadata.get("tags", []) for cell in notebook.cells)


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

@pytest.mark.parametrize("blank", [..., None, "", "   ", [], {}, pd.Series(dtype=float), pd.DataFrame()])
def test_untouched_blanks_say_not_yet(blank, capsys):
    assert selfcheck.run("t.1", blank, lambda a: selfcheck.same_number(a, 3), "a hint") is False
    out = capsys.readouterr().out
    assert out.startswith("Not yet (t.1): the blank is still empty") and "Hint: a hint" in out


@pytest.mark.parametrize("wrong", ["three", object(), [1, 2], {"a": 1}, float("nan"), True])
def test_answers_of_the_wrong_type_say_not_yet_without_a_traceback(wrong, capsys):
    assert selfcheck.run("t.2", wrong, lambda a: selfcheck.same_number(a, 3), "h") is False
    assert capsys.readouterr().out.startswith("Not yet (t.2):")


def test_a_comparison_that_raises_is_caught(capsys):
    def broken(answer):
        raise KeyError("x")
    assert selfcheck.run("t.3", 1, broken, "h") is False
    assert "could not read your answer (KeyError)" in capsys.readouterr().out


def test_numbers_texts_items_and_mappings(capsys):
    assert selfcheck.same_number("2,000", 2000)[0] and selfcheck.same_number(pd.Series([5]).sum(), 5)[0]
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


def test_summary_counts_the_latest_result_of_each_check(capsys):
    selfcheck.reset()
    selfcheck.run("s.1", 1, lambda a: selfcheck.same_number(a, 2), "h")
    selfcheck.run("s.1", 2, lambda a: selfcheck.same_number(a, 2), "h")
    selfcheck.run("s.2", ..., lambda a: selfcheck.same_number(a, 2), "h")
    capsys.readouterr()
    assert selfcheck.summary("s.").startswith("1 of 2 checks pass.")


def test_check_with_an_unknown_label_says_not_yet(capsys):
    exercises.check("9.99", 1)
    assert capsys.readouterr().out.startswith("Not yet (9.99)")


def test_keys_are_computed_from_the_tables():
    quotes = pd.read_csv(paths.PROCESSED / "quotes.csv")
    assert exercises.KEYS["2.2"].expected() == len(quotes)
    by_country = exercises.KEYS["2.3"].expected()
    # a joint quote counts once for each of its countries, as on the chart of notebook 03
    assert by_country.sum() == sum(exercises.word_count(t) * len(c.split("; "))
                                   for t, c in zip(quotes.text, quotes.speaker_country) if isinstance(c, str))


def test_the_reading_key_word_is_in_the_article():
    article_text = " ".join(exercises.first_section_sentences()["text"]).lower()
    for word in exercises.KEYS["1.3"].expected():
        assert re.search(rf"\b{word}\b", article_text)


# --- the static site ------------------------------------------------------------------------------

def _notebook_with(text: str) -> nbformat.NotebookNode:
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [nbformat.v4.new_markdown_cell("# A page\n\nIt shows article text."),
                      nbformat.v4.new_code_cell("show()")]
    notebook.cells[1].outputs = [
        nbformat.v4.new_output("display_data", data={"text/markdown": f"The article says **{text}**", "text/plain": ""}),
        nbformat.v4.new_output("display_data", data={"text/html": f"<table><tbody><tr><td>{text}</td></tr></tbody></table>",
                                                     "text/plain": ""}),
        nbformat.v4.new_output("stream", name="stdout", text=text + "\n"),
    ]
    return notebook


def test_site_pages_escape_article_text_and_load_nothing_from_the_network():
    hostile = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    page = site.render(_notebook_with(hostile))
    assert "<script>alert" not in page and "<img src=x" not in page
    assert page.count("&lt;script&gt;alert") == 3
    assert "<table>" in page and "<strong>" in page  # table and emphasis markup survive
    assert not re.search(r'<(?:script|link)[^>]+(?:src|href)="https?:', page)


def test_index_page_escapes_titles():
    page = site.index_page([("Stages", "notebooks/a.html", "A <b> & c", "x < y")])
    assert "A &lt;b&gt; &amp; c" in page and "x &lt; y" in page


def test_site_lists_stage_notebooks_and_student_copies_not_solutions():
    listed = [path for _, path in site.pages()]
    assert all("solutions" not in path.parts for path in listed)
    assert set(copies.copy_path(s) for s in SOURCES) <= set(listed)
    assert set(paths.NOTEBOOKS.glob("[0-9][0-9]-*.ipynb")) <= set(listed)


def test_site_images_carry_their_alt_text_and_tables_keep_their_alignment():
    notebook = _notebook_with("x")
    png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
    notebook.cells[1].outputs = [
        nbformat.v4.new_output("display_data", data={"image/png": png, "text/plain": ""},
                               metadata={"image/png": {"alt": 'Bars: "A" 3 & B 2'}}),
        nbformat.v4.new_output("display_data", data={"text/html": "<table><tbody><tr><td style='text-align:left' "
                                                                  "onclick='x()'>a</td></tr></tbody></table>",
                                                     "text/plain": ""})]
    page = site.render(notebook)
    assert re.search(r"""<img alt=(['"])Bars: (&quot;|&#34;|")A(&quot;|&#34;|") 3 &amp; B 2\1""", page)
    assert "No description has been provided" not in page
    assert '<td style="text-align:left;">a</td>' in page
    assert "onclick" not in page
