"""posture.notebooks.run: the kernel's console stays off the terminal; failures still explain themselves."""

import nbformat
import pytest
from nbclient.exceptions import CellExecutionError

from posture.collection import notebooks


def _notebook(source: str) -> nbformat.NotebookNode:
    return nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(source)])


def test_a_cell_error_is_a_cell_execution_error(tmp_path):
    with pytest.raises(CellExecutionError, match="ZeroDivisionError"):
        notebooks.run(_notebook("1 / 0"), tmp_path)


def test_a_dead_kernel_is_one_runtime_error_with_what_it_printed_last(tmp_path, capfd):
    source = "import os, sys\nprint('out of memory, giving up', file=sys.__stderr__, flush=True)\nos._exit(3)"
    with pytest.raises(RuntimeError, match="the kernel said: out of memory, giving up"):
        notebooks.run(_notebook(source), tmp_path)
    assert "out of memory" not in capfd.readouterr().err


def test_outputs_are_stored_and_the_console_is_quiet(tmp_path, capfd):
    notebook = _notebook("print('hello')")
    notebooks.run(notebook, tmp_path)
    assert notebook.cells[0].outputs[0]["text"] == "hello\n"
    assert capfd.readouterr().err == ""


def test_a_report_stage_run_by_papermill_fails_in_one_line(tmp_path):
    from posture.collection import report
    from posture.errors import InputError

    source = tmp_path / "01-fail-here.ipynb"
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# A stage"),
                                               nbformat.v4.new_code_cell("processed = None"),
                                               nbformat.v4.new_code_cell("print(processed)\n1 / 0")])
    notebook.cells[1].metadata["tags"] = ["parameters"]
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(notebook, source)
    (tmp_path / "notebooks").mkdir()
    with pytest.raises(InputError) as error:
        report.run_stage(source, tmp_path / "notebooks" / source.name, report.parameters("a.txt"), False)
    assert str(error.value) == "stage 01-fail-here failed (ZeroDivisionError: division by zero)"
