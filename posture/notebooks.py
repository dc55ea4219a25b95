"""Run the collection's notebooks in order, storing outputs reproducibly."""

from pathlib import Path

import nbformat
from nbclient import NotebookClient

from posture import paths


def stage_notebooks() -> list[Path]:
    """The stage notebooks in run order (their names sort in run order)."""
    return sorted(paths.NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))


def client(notebook: nbformat.NotebookNode, folder: Path, timeout: int = 600) -> NotebookClient:
    """A client that runs the notebook from folder and records no timings."""
    return NotebookClient(
        notebook,
        timeout=timeout,
        kernel_name="python3",
        record_timing=False,
        resources={"metadata": {"path": str(folder)}},
    )


def execute(notebook_path: Path) -> None:
    """Execute one notebook in place, from its own folder, with no timing metadata."""
    notebook = nbformat.read(notebook_path, as_version=4)
    client(notebook, notebook_path.parent).execute()
    for cell in notebook.cells:
        cell.metadata.pop("execution", None)
    nbformat.write(notebook, notebook_path)


def main() -> int:
    for notebook_path in stage_notebooks():
        print(f"running {notebook_path.relative_to(paths.ROOT)}", flush=True)
        execute(notebook_path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
