"""Every notebook reads the same way: one H1, what it reads and writes, a parameters cell, no stored error."""

import re

import nbformat
import pytest

from posture import paths
from posture.collection import notebooks

STAGES = notebooks.stage_notebooks()
ALL = STAGES + sorted((paths.NOTEBOOKS / "exercises").rglob("*.ipynb"))


def _markdown(notebook) -> list[str]:
    return ["".join(cell.source) for cell in notebook.cells if cell.cell_type == "markdown"]


@pytest.mark.parametrize("path", ALL, ids=lambda p: str(p.relative_to(paths.NOTEBOOKS)))
def test_one_h1_and_no_stored_error(path):
    notebook = nbformat.read(path, as_version=4)
    headings = [line for text in _markdown(notebook) for line in text.splitlines() if re.match(r"#\s", line)]
    assert len(headings) == 1, headings
    assert notebook.cells[0].cell_type == "markdown" and notebook.cells[0].source.startswith("# ")
    errors = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.get("outputs", [])
              if o.get("output_type") == "error"]
    assert not errors


@pytest.mark.parametrize("path", STAGES, ids=lambda p: p.name)
def test_a_stage_says_what_it_reads_and_writes_and_takes_parameters(path):
    notebook = nbformat.read(path, as_version=4)
    first = "".join(notebook.cells[0].source)
    assert "**Inputs:**" in first and "**Outputs:**" in first
    tagged = [cell for cell in notebook.cells if "parameters" in cell.get("metadata", {}).get("tags", [])]
    assert len(tagged) == 1 and tagged[0].cell_type == "code"


def test_stage_notebooks_are_named_in_run_order():
    names = [p.name for p in STAGES]
    assert names == sorted(names) and all(re.match(r"\d\d-[a-z]+(?:-[a-z]+)+\.ipynb$", n) for n in names)
