"""The hand-out and the autograder: `make classroom` writes dist/classroom/.

From the one source of each exercise (notebooks/exercises/solutions/NN-*.ipynb):
- student.zip: the student copies (made by scripts/make_student_copies.py from the same
  sources), the package, the tables the exercises read, the requirements and a one-page
  START-HERE.md; no solutions, no instructor guide;
- otter/NN-*.ipynb: the source in Otter Assign's notebook format (one question per check,
  its solution cell in a solution block, one test per question that asks the same key as
  the self-check), and `otter assign` run on it: otter/NN-*/autograder/ holds the
  autograder zip and the solution notebook otter grades against.

    .venv/bin/python -m posture.teaching.classroom            # everything (runs otter assign)
    .venv/bin/python -m posture.teaching.classroom --no-otter # the hand-out and the Otter sources only
"""

import argparse
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_output, new_raw_cell

from posture import paths
from posture.teaching import exercises

DIST = paths.ROOT / "dist" / "classroom"
EXERCISES = paths.NOTEBOOKS / "exercises"
SOURCES = EXERCISES / "solutions"
TEST_IMPORT = "from posture.teaching.exercises import passes"  # a test imports what it calls: a submission need not
CHECK_CELL = re.compile(r'^check\("([\d.]+)"\)$')
# what students receive besides the notebooks (paths relative to the repository root)
HANDOUT_FILES = ["requirements.txt", "pyproject.toml", "data/README.md"]
HANDOUT_DIRS = ["posture", "data/processed", "data/external"]
LEFT_OUT = {"__pycache__", ".ipynb_checkpoints"}
HANDOUT = "posture-exercises"  # the folder student.zip unpacks into
START_HERE = """# Start here

These are five exercises on one news report, DW's "US to send more troops to Germany,
Poland" (2 February 2022), and on the tables a program made from it.

1. **Set up once** (Python 3.11 or newer), in this folder:

       python3 -m venv .venv
       .venv/bin/python -m pip install -r requirements.txt
       .venv/bin/python -m pip install --no-deps -e .

   (On Windows: `.venv\\Scripts\\python` instead of `.venv/bin/python`.)
2. **Open JupyterLab:** `.venv/bin/jupyter lab`, then open
   `notebooks/exercises/NN-....ipynb`, the exercise your teacher names.
3. **Work from the top.** Each question ends in a blank such as `answer = ...  # your code here`.
   Replace the `...`, run the cell, then run the check under it. "Not yet: answer above"
   means the blank is still empty; after a wrong answer you get a hint, and one more with
   each try. Keep the names the blanks give: the checks read your answers by name.
   Questions that ask for a value and a reason (or a second value) need both.
4. **Hand in** the notebook file (`NN-....ipynb`), saved, as your teacher asks. The last
   check cell, `summary(...)`, shows how many questions pass.

Nothing here needs the internet once it is set up.
"""


# --- the Otter Assign source ---------------------------------------------------------------------

def _tags(cell) -> list[str]:
    return list(cell.get("metadata", {}).get("tags", []))


def question_name(label: str) -> str:
    """Otter's name for question 2.4: q2_4."""
    return "q" + label.replace(".", "_")


def otter_source(source: nbformat.NotebookNode, name: str) -> nbformat.NotebookNode:
    """The source of an exercise in Otter Assign's format.

    Each `check("L")` cell closes a question: the solution cell before it goes into a
    solution block, and the check becomes one test, `passes("L", globals())`, whose expected
    output is True: the same key the self-check uses, read from the same variables.
    """
    out = nbformat.v4.new_notebook(metadata=source.metadata)
    out.cells.append(new_raw_cell(
        "# ASSIGNMENT CONFIG\n"
        f"name: {name}\n"
        "init_cell: false\n"
        "check_all_cell: false\n"
        "export_cell: false\n"
        "run_tests: true\n"
        "solutions_pdf: false\n"
        "generate: true\n"
        "tests:\n  ok_format: true\n  files: false\n"))
    cells = source.cells
    pending: list = []  # cells since the last question: the prompt and the solution
    for index, cell in enumerate(cells):
        match = CHECK_CELL.match(cell.source.strip()) if cell.cell_type == "code" else None
        if match is None:
            pending.append(cell)
            continue
        label = match.group(1)
        solution = pending.pop() if pending and "solution" in _tags(pending[-1]) else None
        if solution is None:
            raise ValueError(f"{name}: check {label} has no solution cell before it")
        out.cells.extend(_plain(c) for c in pending)
        pending = []
        out.cells.append(new_raw_cell(f"# BEGIN QUESTION\nname: {question_name(label)}\npoints: 1"))
        out.cells.append(new_raw_cell("# BEGIN SOLUTION"))
        out.cells.append(new_code_cell(_solution_block(solution.source)))
        out.cells.append(new_raw_cell("# END SOLUTION"))
        out.cells.append(new_raw_cell("# BEGIN TESTS"))
        test = new_code_cell(f'{TEST_IMPORT}\npasses("{label}", globals())')
        test.outputs = [new_output("execute_result", data={"text/plain": "True"}, execution_count=1)]
        out.cells.append(test)
        out.cells.append(new_raw_cell("# END TESTS"))
        out.cells.append(new_raw_cell("# END QUESTION"))
        out.cells.append(new_code_cell(cell.source))  # the self-check stays, for students' feedback
    out.cells.extend(_plain(c) for c in pending)
    return out


def _plain(cell):
    """A cell without its outputs and tags (Otter reads raw cells as its own markers)."""
    if cell.cell_type == "code":
        return new_code_cell(cell.source)
    if cell.cell_type == "markdown":
        return new_markdown_cell(cell.source)
    return new_raw_cell(cell.source)


def _solution_block(code: str) -> str:
    """The solution's leading comments stay for the student; the rest is Otter's solution block."""
    lines = code.splitlines()
    comments = []
    while lines and lines[0].startswith("#"):
        comments.append(lines.pop(0))
    return "\n".join(comments + ["# BEGIN SOLUTION", *lines, "# END SOLUTION"])


def write_otter_sources(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for source in sorted(SOURCES.glob("[0-9][0-9]-*.ipynb")):
        target = out_dir / source.name
        nbformat.write(otter_source(nbformat.read(source, as_version=4), source.stem), target)
        written.append(target)
    return written


def otter_assign(master: Path, out_dir: Path) -> Path:
    """Run the real `otter assign` on a master notebook; the autograder zip it wrote."""
    if out_dir.exists():
        shutil.rmtree(out_dir)
    otter = Path(sys.executable).with_name("otter")
    result = subprocess.run([str(otter), "assign", str(master), str(out_dir)], cwd=paths.ROOT,
                            capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"otter assign {master.name} failed:\n{result.stdout}\n{result.stderr}")
    zips = sorted((out_dir / "autograder").glob("*autograder*.zip"))
    if not zips:
        raise RuntimeError(f"otter assign {master.name} wrote no autograder zip")
    return zips[0]


def otter_grade(autograder: Path, submission: Path, out_dir: Path) -> float:
    """Grade one submission with `otter run` (no container); the fraction of points it scores."""
    import json
    out_dir.mkdir(parents=True, exist_ok=True)
    otter = Path(sys.executable).with_name("otter")
    result = subprocess.run([str(otter), "run", "-a", str(autograder), "-o", str(out_dir), "--no-logo",
                             str(submission)], cwd=paths.ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"otter run {submission.name} failed:\n{result.stdout}\n{result.stderr}")
    results = json.loads((out_dir / "results.json").read_text(encoding="utf-8"))
    questions = [test for test in results["tests"] if "max_score" in test]  # not the "Public Tests" summary
    return sum(test["score"] for test in questions) / sum(test["max_score"] for test in questions)


# --- the hand-out ------------------------------------------------------------------------------

def _handout_files() -> list[Path]:
    files = [paths.ROOT / f for f in HANDOUT_FILES]
    for folder in HANDOUT_DIRS:
        files += sorted(p for p in (paths.ROOT / folder).rglob("*")
                        if p.is_file() and not LEFT_OUT & set(p.parts) and p.suffix != ".pyc")
    files += sorted(EXERCISES.glob("[0-9][0-9]-*.ipynb"))  # the student copies, not solutions/
    return files


def write_student_zip(target: Path) -> Path:
    """student.zip: everything a student needs to open and run the exercises, no answers."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(f"{HANDOUT}/START-HERE.md", START_HERE)
        for path in _handout_files():
            name = f"{HANDOUT}/" + path.relative_to(paths.ROOT).as_posix()
            if path.suffix == ".ipynb":
                archive.writestr(name, nbformat.writes(for_otter(nbformat.read(path, as_version=4), path.stem)))
            else:
                archive.write(path, name)
    return target


def for_otter(notebook: nbformat.NotebookNode, name: str) -> nbformat.NotebookNode:
    """A student copy that otter's autograder accepts as a submission of assignment `name`."""
    notebook.metadata["otter"] = {"assignment_name": name}
    return notebook


def build(out_dir: Path = DIST, otter: bool = True) -> dict:
    """Write the hand-out and the autograders; returns what was written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = {"student.zip": write_student_zip(out_dir / "student.zip"),
               "otter": write_otter_sources(out_dir / "otter" / "source")}
    if otter:
        written["autograders"] = [otter_assign(master, out_dir / "otter" / master.stem)
                                  for master in written["otter"]]
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-otter", action="store_true", help="do not run otter assign")
    parser.add_argument("--out", type=Path, default=DIST)
    args = parser.parse_args(argv)
    written = build(args.out, otter=not args.no_otter)
    shown = lambda path: path.relative_to(paths.ROOT) if path.is_relative_to(paths.ROOT) else path  # noqa: E731
    for path in [written["student.zip"], *written.get("autograders", [])]:
        print(f"wrote {shown(path)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
