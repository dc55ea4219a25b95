"""The hand-out and the autograder (`make classroom`): what student.zip holds, and the real
otter-grader scoring three submissions of one exercise built from its single source."""

import zipfile

import nbformat
import pytest

from posture import paths
from posture.teaching import classroom, exercises

SOURCE = paths.NOTEBOOKS / "exercises" / "solutions" / "02-count-who-speaks.ipynb"


@pytest.fixture(scope="module")
def handout(tmp_path_factory):
    out = tmp_path_factory.mktemp("classroom")
    return classroom.build(out, otter=False)


def test_student_zip_has_the_copies_package_data_and_start_here_but_no_answers(handout):
    names = zipfile.ZipFile(handout["student.zip"]).namelist()
    root = classroom.HANDOUT + "/"
    assert all(name.startswith(root) for name in names)
    names = [name[len(root):] for name in names]
    copies = sorted(p.name for p in (paths.NOTEBOOKS / "exercises").glob("[0-9][0-9]-*.ipynb"))
    assert len(copies) == 5
    assert sorted(n.split("/")[-1] for n in names if n.endswith(".ipynb")) == copies
    for needed in ("START-HERE.md", "requirements.txt", "pyproject.toml", "posture/teaching/selfcheck.py",
                   "posture/charts/geo.py", "data/processed/quotes.csv", "data/external/europe_admin0.geojson"):
        assert needed in names, needed
    assert not [n for n in names if "solutions" in n or n.endswith("exercises/README.md") or "__pycache__" in n]


def test_the_handed_out_copies_are_blanks_and_carry_the_assignment_name(handout):
    archive = zipfile.ZipFile(handout["student.zip"])
    name = f"{classroom.HANDOUT}/notebooks/exercises/02-count-who-speaks.ipynb"
    notebook = nbformat.reads(archive.read(name).decode("utf-8"), as_version=4)
    assert notebook.metadata["otter"]["assignment_name"] == "02-count-who-speaks"
    assert not any("solution" in c.metadata.get("tags", []) for c in notebook.cells)
    assert "russian_share = ...  # your code here" in "\n".join(c.source for c in notebook.cells)


def test_the_otter_source_has_one_question_per_check_with_a_test_that_asks_the_same_key():
    master = classroom.otter_source(nbformat.read(SOURCE, as_version=4), SOURCE.stem)
    raw = [c.source for c in master.cells if c.cell_type == "raw"]
    assert raw[0].startswith("# ASSIGNMENT CONFIG") and f"name: {SOURCE.stem}" in raw[0]
    questions = [r.split("name: ")[1].split("\n")[0] for r in raw if r.startswith("# BEGIN QUESTION")]
    assert questions == [classroom.question_name(label) for label in exercises.questions("2.")]
    tests = [c for c in master.cells if c.cell_type == "code" and c.source.startswith(classroom.TEST_IMPORT)]
    assert [t.source for t in tests] == [f'{classroom.TEST_IMPORT}\npasses("{label}", globals())'
                                         for label in exercises.questions("2.")]
    assert all(t.outputs[0]["data"]["text/plain"] == "True" for t in tests)
    solutions = [c.source for c in master.cells if "# BEGIN SOLUTION" in c.source and c.cell_type == "code"]
    assert len(solutions) == len(questions) and all(s.rstrip().endswith("# END SOLUTION") for s in solutions)


def test_passes_is_quiet_and_agrees_with_the_check(capsys):
    assert exercises.passes("2.1", {"speaker_of_second_piece": "John Kirby"}) is True
    assert exercises.passes("2.1", {}) is False
    assert capsys.readouterr().out == ""


def _half_answered(student: nbformat.NotebookNode, source: nbformat.NotebookNode, n: int) -> nbformat.NotebookNode:
    """The student copy with the first n blanks filled in from the source's solutions (same cell ids)."""
    solutions = {c["id"]: c.source for c in source.cells if "solution" in c.metadata.get("tags", [])}
    filled = 0
    for cell in student.cells:
        if cell.get("id") in solutions and cell.cell_type == "code" and filled < n:
            cell.source = solutions[cell["id"]]
            filled += 1
    return student


@pytest.mark.slow
def test_otter_grades_the_solution_full_marks_a_blank_copy_zero_and_a_half_answered_one_between(tmp_path, handout):
    """The real tool: `otter assign` on the generated Otter source, then `otter run` on three submissions."""
    masters = [p for p in handout["otter"] if p.stem == SOURCE.stem]
    autograder = classroom.otter_assign(masters[0], tmp_path / "assign")
    archive = zipfile.ZipFile(handout["student.zip"])
    student_text = archive.read(f"{classroom.HANDOUT}/notebooks/exercises/{SOURCE.name}").decode("utf-8")
    source = nbformat.read(SOURCE, as_version=4)
    n = len(exercises.questions("2."))
    submissions = {
        "solution": classroom.for_otter(nbformat.read(SOURCE, as_version=4), SOURCE.stem),
        "blank": nbformat.reads(student_text, as_version=4),
        "half": _half_answered(nbformat.reads(student_text, as_version=4), source, 3),
    }
    scores = {}
    for name, notebook in submissions.items():
        path = tmp_path / name / SOURCE.name
        path.parent.mkdir()
        nbformat.write(notebook, path)
        scores[name] = classroom.otter_grade(autograder, path, tmp_path / name / "results")
    assert scores["solution"] == 1.0
    assert scores["blank"] == 0.0
    assert scores["half"] == pytest.approx(3 / n)


@pytest.mark.slow
def test_an_unpacked_hand_out_runs_a_student_copy_with_its_own_package_and_tables(tmp_path, handout):
    """The hand-out stands alone: its notebooks import the posture/ inside it and read its data/."""
    import os
    import subprocess
    import sys
    zipfile.ZipFile(handout["student.zip"]).extractall(tmp_path)
    root = (tmp_path / classroom.HANDOUT).resolve()
    env = dict(os.environ, PYTHONPATH=str(root))
    script = ("import nbformat, posture, posture.paths as p; from nbclient import NotebookClient\n"
              "assert p.ROOT == p.Path(r'%s'), p.ROOT\n"
              "nb = nbformat.read(r'%s', as_version=4)\n"
              "NotebookClient(nb, timeout=300, kernel_name='python3', resources={'metadata': {'path': r'%s'}}).execute()\n"
              "print(''.join(o.get('text', '') for c in nb.cells for o in c.get('outputs', [])))\n"
              % (root, root / "notebooks/exercises/02-count-who-speaks.ipynb", root / "notebooks/exercises"))
    result = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Not yet: answer above (2.1" in result.stdout and "0 of 7 questions pass" in result.stdout
