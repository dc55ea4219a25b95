"""Make the student copies of the exercises from their sources (which hold the solutions).

Sources: notebooks/exercises/solutions/NN-*.ipynb. Copies: notebooks/exercises/NN-*.ipynb.
In a copy, every code cell tagged `solution` becomes a blank that runs as a no-op: its
leading comment lines stay, and each name the cell assigns at the top level becomes
`name = ...  # your code here`. A markdown cell tagged `solution` becomes a line for the
student's own answer. Everything else is copied as it is, without outputs.

    .venv/bin/python scripts/make_student_copies.py            # write the copies
    .venv/bin/python scripts/make_student_copies.py --execute  # run the sources, write the copies, run them
    .venv/bin/python scripts/make_student_copies.py --check    # exit 1 if a copy is out of date
"""

import argparse
import ast
import sys
from pathlib import Path

import nbformat

from posture.paths import NOTEBOOKS, ROOT

EXERCISES = NOTEBOOKS / "exercises"
SOURCES = EXERCISES / "solutions"
SOLUTION_TAG = "solution"
BLANK_TAG = "blank"
BLANK_LINE = "  # your code here"
MARKDOWN_BLANK = "*Your answer:* ..."


def sources() -> list[Path]:
    return sorted(SOURCES.glob("[0-9][0-9]-*.ipynb"))


def copy_path(source: Path) -> Path:
    return EXERCISES / source.name


def assigned_names(code: str) -> list[str]:
    """Names a cell assigns at its top level, in order of first assignment."""
    names: list[str] = []

    def add(target):
        if isinstance(target, ast.Name) and target.id not in names:
            names.append(target.id)
        elif isinstance(target, (ast.Tuple, ast.List)):
            for element in target.elts:
                add(element)

    for statement in ast.parse(code).body:
        if isinstance(statement, ast.Assign):
            for target in statement.targets:
                add(target)
        elif isinstance(statement, (ast.AnnAssign, ast.AugAssign)):
            add(statement.target)
    return names


def blank_code(code: str) -> str:
    """The blank a student sees in place of a solution cell; it runs and does nothing."""
    lines = code.splitlines()
    comments = []
    for line in lines:
        if not line.startswith("#"):
            break
        comments.append(line)
    names = assigned_names(code)
    body = [f"{name} = ...{BLANK_LINE}" for name in names] or [BLANK_LINE.strip()]
    return "\n".join(comments + body)


def _tags(cell) -> list[str]:
    return list(cell.get("metadata", {}).get("tags", []))


def student_copy(source: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """The student copy of one source notebook: solutions blanked, no outputs."""
    copy = nbformat.v4.new_notebook(metadata=source.metadata)
    for cell in source.cells:
        tags = _tags(cell)
        is_solution = SOLUTION_TAG in tags
        kept_tags = [BLANK_TAG if tag == SOLUTION_TAG else tag for tag in tags]
        metadata = {"tags": kept_tags} if kept_tags else {}
        if cell.cell_type == "code":
            text = blank_code(cell.source) if is_solution else cell.source
            new = nbformat.v4.new_code_cell(text, metadata=metadata)
        elif cell.cell_type == "markdown":
            new = nbformat.v4.new_markdown_cell(MARKDOWN_BLANK if is_solution else cell.source, metadata=metadata)
        else:
            new = nbformat.v4.new_raw_cell(cell.source, metadata=metadata)
        if "id" in cell:
            new["id"] = cell["id"]  # the same ids as the source: regenerating changes nothing
        copy.cells.append(new)
    return copy


def _sources_only(notebook: nbformat.NotebookNode) -> list[tuple]:
    return [(cell.cell_type, cell.source, tuple(_tags(cell))) for cell in notebook.cells]


def stale_copies() -> list[Path]:
    """Student copies that are missing or whose cells differ from a fresh copy."""
    stale = []
    for source in sources():
        target = copy_path(source)
        fresh = student_copy(nbformat.read(source, as_version=4))
        if not target.exists() or _sources_only(nbformat.read(target, as_version=4)) != _sources_only(fresh):
            stale.append(target)
    return stale


def write_copies(execute: bool = False) -> list[Path]:
    """Write every student copy; with execute, run each source first and each copy after,
    storing their outputs (as `make figures` does for the stages)."""
    from posture.collection.notebooks import execute as run_notebook
    written = []
    for source in sources():
        if execute:
            run_notebook(source)
            written.append(source)
        target = copy_path(source)
        nbformat.write(student_copy(nbformat.read(source, as_version=4)), target)
        if execute:
            run_notebook(target)
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--check", action="store_true", help="exit 1 if a student copy is out of date")
    group.add_argument("--execute", action="store_true", help="also run each source and each copy, storing outputs")
    args = parser.parse_args(argv)
    if args.check:
        stale = stale_copies()
        for path in stale:
            print(f"out of date: {path.relative_to(ROOT)}", file=sys.stderr)
        if stale:
            print("run: .venv/bin/python scripts/make_student_copies.py --execute", file=sys.stderr)
        return 1 if stale else 0
    for path in write_copies(execute=args.execute):
        print(f"{'ran' if path.parent == SOURCES else 'wrote'} {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
