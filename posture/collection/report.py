"""Run the whole collection on another article: tables, figures and executed notebooks.

Each stage notebook is run by papermill, which injects a cell after the one tagged
`parameters` and records the parameters in the notebook's metadata. They are paths relative
to the report's notebooks/ folder (the article is copied into the report's raw/ folder), so
the notebooks a report writes run again where they land:
`jupyter nbconvert --execute --to notebook --inplace DIR/notebooks/*.ipynb`, or one stage by
papermill's own command line with `--cwd DIR/notebooks`. Timings are left out, so two reports
of the same article are the same bytes. The analyst's corrections (DIR/corrections.csv,
written as a commented template when DIR has none, never overwritten) are checked before any
stage runs. Everything is written into a staging folder first and moved into place at the
end, so a failure leaves no partial output and never touches the committed outputs of the seed.
"""

import json
import shutil
import sys
import tempfile
from pathlib import Path

import nbformat
import pandas as pd

from posture import ingest, paths, review
from posture.collection import interrupts, notebooks
from posture.errors import InputError
from posture.collection.outputs import absolute, publish_folder

FOLDERS = {"processed": "tables", "figures": "figures"}  # a stage's parameter: the report's folder it names
TIMINGS = ("start_time", "end_time", "duration")
INJECTED_ID = "injected-parameters"
SUMMARY_TABLES = [("troop_mentions.csv", "troop mentions"), ("troop_movements.csv", "movements"),
                  ("quotes.csv", "quoted spans"), ("actors.csv", "actors")]
CORRECTION_RECORDS = ["troop_mentions_corrections.csv", "quotes_corrections.csv"]


def parameters(article_name: str) -> dict[str, str]:
    """Every parameter a stage may take, as a path from the report's notebooks/ folder."""
    return {"article_file": f"../raw/{article_name}", **{name: f"../{folder}" for name, folder in FOLDERS.items()},
            "corrections_file": f"../{review.FILE_NAME}"}


def for_the_report(text: str, article_name: str) -> str:
    """A stage's opening lines with the seed's paths as the report's (relative to the report folder)."""
    seed = paths.SEED_ARTICLE.relative_to(paths.ROOT).as_posix()
    return text.replace(f"`{seed}`", f"`raw/{article_name}`").replace("`data/processed/", "`tables/")


def settled(notebook: nbformat.NotebookNode, name: str) -> nbformat.NotebookNode:
    """The executed notebook without what differs from run to run: timings, the injected cell's random id,
    the staging folder's path."""
    record = notebook.metadata.get("papermill", {})
    for key in TIMINGS:
        record.pop(key, None)
    record.update(input_path=f"notebooks/{name}", output_path=f"notebooks/{name}")
    for cell in notebook.cells:
        cell.metadata.pop("execution", None)
        cell.metadata.pop("papermill", None)
        if INJECTED_ID in cell.metadata.get("tags", []):
            cell.id = INJECTED_ID
    return notebook


def _first_error_line(error: Exception) -> str:
    ename, evalue = getattr(error, "ename", ""), getattr(error, "evalue", "")
    return f"{ename}: {evalue}".strip(": ").splitlines()[0] if (ename or evalue) else str(error).splitlines()[-1]


def run_stage(source: Path, target: Path, given: dict, progress_bar) -> None:
    """Run one stage notebook with papermill from target's folder, writing the executed notebook to target."""
    import papermill

    notebook = nbformat.read(source, as_version=4)
    first = notebook.cells[0]
    first.source = for_the_report(first.source, Path(given["article_file"]).name)
    nbformat.write(notebook, target)
    taken = {name: value for name, value in given.items() if name in papermill.inspect_notebook(str(target))}
    with tempfile.TemporaryFile(mode="w+") as console:
        kernels = notebooks.QuietKernels(console)
        with interrupts.cleanup(kernels.stop):
            try:
                executed = notebooks.in_worker(
                    papermill.execute_notebook, input_path=str(target), output_path=str(target), parameters=taken,
                    cwd=str(target.parent), kernel_name="python3", progress_bar=progress_bar,
                    request_save_on_cell_execute=False, execution_timeout=600,
                    kernel_manager_class=kernels.manager_class)
            except papermill.PapermillExecutionError as error:
                raise InputError(f"stage {source.stem} failed ({_first_error_line(error)})") from None
            except Exception as error:  # the kernel itself failed: still one line for the user
                said = kernels.last_words()
                raise InputError(f"stage {source.stem} could not run ({error.__class__.__name__}: {error}"
                                 + (f"; the kernel said: {said}" if said else "") + ")") from None
            finally:
                kernels.stop()
    nbformat.write(settled(executed, source.name), target)


def run_stages(article_file: Path, staging: Path, progress=print, progress_bar=False) -> None:
    for folder in ("raw", *FOLDERS.values(), "notebooks"):
        (staging / folder).mkdir(parents=True, exist_ok=True)
    shutil.copyfile(article_file, staging / "raw" / article_file.name)
    given = parameters(article_file.name)
    stages = notebooks.stage_notebooks()
    for number, source in enumerate(stages, start=1):
        progress(f"[{number}/{len(stages)}] {source.stem}")
        bar = {"file": sys.stdout, "desc": "cells", "leave": False} if progress_bar else False
        try:
            run_stage(source, staging / "notebooks" / source.name, given, bar)
        except InputError as error:
            raise InputError(f"{article_file}: {error}") from None


def summary(out_dir: Path) -> list[str]:
    """What was found, counted from the tables written; corrections not applied are named."""
    lines = []
    for name, label in SUMMARY_TABLES:
        table = out_dir / "tables" / name
        if table.exists():
            lines.append(f"{label}: {len(pd.read_csv(table))}")
    figures = sorted({path.stem for path in (out_dir / "figures").glob("*.png")})
    lines.append(f"figures: {len(figures)}")
    records = [pd.read_csv(out_dir / "tables" / name, dtype=str, keep_default_na=False)
               for name in CORRECTION_RECORDS if (out_dir / "tables" / name).exists()]
    if records:
        record = pd.concat(records, ignore_index=True)
        stale = review.not_applied(record)
        lines.append(f"corrections: {len(record) - len(stale)} applied, {len(stale)} not applied" if len(record)
                     else f"corrections: none yet (the analyst writes them in {review.FILE_NAME})")
        lines += [not_applied_line(row) for row in stale.to_dict("records")]
    record_file = out_dir / "tables" / "article.json"
    if record_file.exists():
        warning = json.loads(record_file.read_text(encoding="utf-8"))["metadata"].get("body_warning")
        if warning:
            lines.append(f"warning: {warning}")
    for name in ("figure_notes.csv", "map_notes.csv"):  # the charts left out and why, then the moves not mapped
        notes = out_dir / "tables" / name
        if notes.exists():
            for note in pd.read_csv(notes, keep_default_na=False).itertuples():
                lines.append(f"note: {note.note}")
    return lines


def not_applied_line(row: dict) -> str:
    return (f"correction not applied: {row['table']} {row['char_start']}-{row['char_end']} ({row['words']!r}) "
            f"{row['field']}: {row['outcome'].split(': ', 1)[1]}")


def _corrections_into(staging: Path, out_dir: Path, article) -> None:
    """The analyst's corrections file, checked, or a commented template, where the stages read it."""
    existing = out_dir / review.FILE_NAME
    if existing.exists():
        review.check(review.read(existing, article.raw), article)
        shutil.copyfile(existing, staging / review.FILE_NAME)
    else:
        (staging / review.FILE_NAME).write_text(review.TEMPLATE, encoding="utf-8", newline="\n")


def run_report(article_file: Path, out_dir: Path, progress=print, progress_bar=False) -> list[str]:
    """Run every stage on article_file and publish tables, figures and notebooks in out_dir."""
    article_file, out_dir = absolute(article_file), absolute(out_dir)  # the kernels run from notebooks/
    article = ingest.read_article(article_file)  # fail fast, in one line, on unreadable input
    if out_dir.exists() and not out_dir.is_dir():
        raise InputError(f"{out_dir}: exists and is not a folder; choose another --out")
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}-", dir=out_dir.parent))
    remove = lambda: shutil.rmtree(staging, ignore_errors=True)  # noqa: E731
    try:
        with interrupts.cleanup(remove):
            _corrections_into(staging, out_dir, article)
            run_stages(article_file, staging, progress, progress_bar)
            if (out_dir / review.FILE_NAME).exists():
                (staging / review.FILE_NAME).unlink()  # the analyst's own file stays as it is
            with interrupts.held_back():
                publish_folder(staging, out_dir)
    finally:
        remove()
    return summary(out_dir)
