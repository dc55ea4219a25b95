"""Run the whole collection on another article: tables, figures and executed notebooks.

The stage notebooks themselves are run, each with a cell injected after its cell tagged
`parameters` (as papermill does) that points it at the article and at a staging folder.
Everything is written into the staging folder first and moved into place at the end, so
a failure leaves no partial output and never touches the committed outputs of the seed.
"""

import json
import shutil
import tempfile
from pathlib import Path

import nbformat
import pandas as pd
from nbclient.exceptions import CellExecutionError

from posture import ingest
from posture.collection import interrupts, notebooks
from posture.errors import InputError
from posture.collection.outputs import absolute, publish_folder


def parameter_cell(article_file: Path, processed: Path, figures: Path) -> nbformat.NotebookNode:
    """The injected cell: plain assignments of path literals, nothing else."""
    source = "\n".join([
        "# Injected by `python -m posture report`",
        "from pathlib import Path",
        f"article_file = Path({str(article_file)!r})",
        f"processed = Path({str(processed)!r})",
        f"figures = Path({str(figures)!r})",
    ])
    cell = nbformat.v4.new_code_cell(source)
    cell.metadata["tags"] = ["injected-parameters"]
    return cell


def parameterise(notebook: nbformat.NotebookNode, cell: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Insert the parameter cell after the cell tagged `parameters`."""
    for index, existing in enumerate(notebook.cells):
        if "parameters" in existing.metadata.get("tags", []):
            notebook.cells.insert(index + 1, cell)
            return notebook
    raise ValueError("notebook has no cell tagged 'parameters'")


def _first_error_line(error: CellExecutionError) -> str:
    ename, evalue = getattr(error, "ename", ""), getattr(error, "evalue", "")
    return f"{ename}: {evalue}".strip(": ").splitlines()[0] if (ename or evalue) else str(error).splitlines()[-1]


def run_stages(article_file: Path, staging: Path, progress=print) -> None:
    processed, figures, executed = staging / "tables", staging / "figures", staging / "notebooks"
    for folder in (processed, figures, executed):
        folder.mkdir(parents=True)
    stages = notebooks.stage_notebooks()
    for number, source in enumerate(stages, start=1):
        progress(f"[{number}/{len(stages)}] {source.stem}")
        notebook = parameterise(nbformat.read(source, as_version=4), parameter_cell(article_file, processed, figures))
        try:
            notebooks.run(notebook, source.parent)
        except CellExecutionError as error:
            raise InputError(f"{article_file}: stage {source.stem} failed ({_first_error_line(error)})") from None
        except Exception as error:  # the kernel itself failed: still one line for the user
            raise InputError(f"stage {source.stem} could not run ({error.__class__.__name__}: {error})") from None
        nbformat.write(notebook, executed / source.name)


def summary(out_dir: Path) -> list[str]:
    """What was found, counted from the tables written."""
    lines = []
    for name, label in [("troop_mentions.csv", "troop mentions"), ("troop_movements.csv", "movements"),
                        ("quotes.csv", "quoted spans"), ("actors.csv", "actors")]:
        table = out_dir / "tables" / name
        if table.exists():
            lines.append(f"{label}: {len(pd.read_csv(table))}")
    figures = sorted({path.stem for path in (out_dir / "figures").glob("*.png")})
    lines.append(f"figures: {len(figures)}")
    record = out_dir / "tables" / "article.json"
    if record.exists():
        warning = json.loads(record.read_text(encoding="utf-8"))["metadata"].get("body_warning")
        if warning:
            lines.append(f"warning: {warning}")
    for name in ("figure_notes.csv", "map_notes.csv"):  # the charts left out and why, then the moves not mapped
        notes = out_dir / "tables" / name
        if notes.exists():
            for note in pd.read_csv(notes, keep_default_na=False).itertuples():
                lines.append(f"note: {note.note}")
    return lines


def run_report(article_file: Path, out_dir: Path, progress=print) -> list[str]:
    """Run every stage on article_file and publish tables, figures and notebooks in out_dir."""
    article_file, out_dir = absolute(article_file), absolute(out_dir)  # the kernels run from notebooks/
    ingest.read_article(article_file)  # fail fast, in one line, on unreadable input
    if out_dir.exists() and not out_dir.is_dir():
        raise InputError(f"{out_dir}: exists and is not a folder; choose another --out")
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}-", dir=out_dir.parent))
    remove = lambda: shutil.rmtree(staging, ignore_errors=True)  # noqa: E731
    try:
        with interrupts.cleanup(remove):
            run_stages(article_file, staging, progress)
            with interrupts.held_back():
                publish_folder(staging, out_dir)
    finally:
        remove()
    return summary(out_dir)
