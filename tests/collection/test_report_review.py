"""A report, asked for through make with a relative OUT, run twice, re-run in place, and corrected.

The report runs are slow (four notebooks each), so one module-scoped set of runs serves every
assertion: the first report through `make -f ... OUT=relative/dir` from another folder, a second
of the same article through the command line, the first re-run in place with nbconvert from yet
another folder, and the second run again after its corrections file was filled in."""

import hashlib
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from posture import paths, review
from posture.collection import notebooks, report
from posture.collection.outputs import read_table

ARTICLE = paths.ROOT / "tests" / "fixtures" / "articles" / "reuters_lithuania.txt"


def contents(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def cli(*args, cwd):
    return subprocess.run([sys.executable, "-m", "posture", *map(str, args)], cwd=cwd, capture_output=True, text=True,
                          timeout=900)


def find(raw: str, words: str, after: str = "") -> tuple[int, int]:
    start = raw.index(words, raw.index(after) if after else 0)
    return start, start + len(words)


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    work = tmp_path_factory.mktemp("caller")
    shutil.copyfile(ARTICLE, work / "article.txt")
    made = subprocess.run(["make", "--no-print-directory", "-f", str(paths.ROOT / "Makefile"), "figures",
                           "ARTICLE=article.txt", "OUT=reports/first"], cwd=work, capture_output=True, text=True,
                          timeout=900)
    first, second = work / "reports" / "first", work / "reports" / "second"
    again = cli("report", "article.txt", "--out", "reports/second", cwd=work)
    before = {"first": contents(first), "second": contents(second), "callers_folder": sorted(
        str(p.relative_to(work)) for p in work.iterdir())}
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    rerun = subprocess.run([str(Path(sys.executable).parent / "jupyter"), "nbconvert", "--execute", "--to", "notebook",
                            "--inplace", *sorted(str(p) for p in (first / "notebooks").glob("*.ipynb"))],
                           cwd=elsewhere, capture_output=True, text=True, timeout=900)
    by_hand = subprocess.run([str(Path(sys.executable).parent / "papermill"), "--cwd", str(first / "notebooks"),
                              str(first / "notebooks" / "03-tabulate-quotes.ipynb"), str(elsewhere / "03.ipynb")],
                             cwd=elsewhere, capture_output=True, text=True, timeout=900)
    raw = (work / "article.txt").read_text(encoding="utf-8")
    mentions = read_table(second / "tables" / "troop_mentions.csv")
    quote = read_table(second / "tables" / "quotes.csv").iloc[0]
    headline, stock = mentions.iloc[0], mentions[mentions["kind"] == "stock"].iloc[0]
    day, name = find(raw, "7", "BERLIN, Feb "), find(raw, "Lambrecht", "Defence Minister")
    corrections = review.TEMPLATE + "\n".join([
        f"troop_mentions,{headline.char_start},{headline.char_end},{headline.number_text},count,400,the headline says 400",
        f"troop_mentions,{stock.char_start},{stock.char_end},,delete,,a test of deleting",
        f"troop_mentions,{day[0]},{day[1]},7,add,,a test of adding",
        f"troop_mentions,{day[0]},{day[1]},7,force,Germany,",
        f"troop_mentions,{name[0]},{name[1]},Lambrecht,count,5,no row here",
        f"quotes,{quote.char_start},{quote.char_end},,speaker_affiliation,Germany,she is Germany's defence minister",
    ]) + "\n"
    (second / "corrections.csv").write_text(corrections, encoding="utf-8")
    written = (second / "corrections.csv").stat()
    corrected = cli("report", "article.txt", "--out", "reports/second", cwd=work)
    return {"work": work, "first": first, "second": second, "made": made, "again": again, "before": before,
            "rerun": rerun, "by_hand": by_hand, "elsewhere": elsewhere, "corrected": corrected, "corrections": corrections, "written": written, "raw": raw,
            "headline": headline, "stock": stock, "day": day}


def test_make_with_a_relative_out_writes_the_whole_report_there(runs):
    assert runs["made"].returncode == 0, runs["made"].stderr
    first = runs["first"]
    assert sorted(p.name for p in (first / "notebooks").glob("*.ipynb")) == [p.name for p in notebooks.stage_notebooks()]
    left_out = pd.read_csv(first / "tables" / "figure_notes.csv")  # each chart drawn, or said why not
    assert len(list((first / "figures").glob("*.png"))) + len(left_out) == 6
    assert (first / "tables" / "article.json").exists()
    assert (first / "raw" / "article.txt").read_bytes() == ARTICLE.read_bytes()
    assert (first / "corrections.csv").read_text(encoding="utf-8") == review.TEMPLATE  # the analyst's template
    assert runs["before"]["callers_folder"] == ["article.txt", "reports"]


def test_two_reports_of_one_article_are_the_same_bytes_notebooks_included(runs):
    assert runs["again"].returncode == 0, runs["again"].stderr
    assert runs["before"]["first"] == runs["before"]["second"]
    notebook = nbformat.read(runs["second"] / "notebooks" / "02-tabulate-troop-movements.ipynb", as_version=4)
    assert notebook.metadata.papermill.parameters == {"article_file": "../raw/article.txt", "processed": "../tables",
                                                      "figures": "../figures", "corrections_file": "../corrections.csv"}
    assert "start_time" not in notebook.metadata.papermill
    assert not [cell for cell in notebook.cells if "execution" in cell.metadata or "papermill" in cell.metadata]
    text = (runs["second"] / "notebooks" / "02-tabulate-troop-movements.ipynb").read_text(encoding="utf-8")
    assert ".second-" not in text and "DW's" not in text  # no staging folder, no seed in the prose
    assert "`tables/troop_mentions.csv`" in notebook.cells[0].source


def test_the_notebooks_run_again_where_they_land(runs):
    assert runs["rerun"].returncode == 0, runs["rerun"].stderr
    after = contents(runs["first"])
    for name, digest in runs["before"]["first"].items():
        if not name.startswith("notebooks/"):
            assert after[name] == digest, name  # the same tables and figures, written again in place
    for path in (runs["first"] / "notebooks").glob("*.ipynb"):
        outputs = [o for cell in nbformat.read(path, as_version=4).cells for o in cell.get("outputs", [])]
        assert outputs and not [o for o in outputs if o.get("output_type") == "error"], path.name


def test_one_stage_runs_by_hand_with_papermills_command_line(runs):
    assert runs["by_hand"].returncode == 0, runs["by_hand"].stderr
    notebook = nbformat.read(runs["elsewhere"] / "03.ipynb", as_version=4)
    assert notebook.metadata.papermill.parameters["processed"] == "../tables"  # the report's own, kept
    assert not [o for cell in notebook.cells for o in cell.get("outputs", []) if o.get("output_type") == "error"]


def test_corrections_change_the_tables_figures_and_prose_of_the_next_run(runs):
    result, second = runs["corrected"], runs["second"]
    assert result.returncode == 0, result.stderr
    mentions = read_table(second / "tables" / "troop_mentions.csv").set_index("char_start")
    headline, stock, day = runs["headline"], runs["stock"], runs["day"]
    assert mentions.loc[headline.char_start, "count"] == "400" and mentions.loc[headline.char_start, "count_high"] == "400"
    assert stock.char_start not in mentions.index
    added = mentions.loc[str(day[0])]
    assert (added["number_text"], added["force"], added["rule"]) == ("7", "Germany", "added by the analyst")
    moves = read_table(second / "tables" / "troop_movements.csv")
    assert "400" in set(moves["count"]) and len(moves) != len(read_table(runs["first"] / "tables" / "troop_movements.csv"))
    assert read_table(second / "tables" / "quotes.csv").iloc[0]["speaker_country"] == "Germany"
    record = read_table(second / "tables" / "troop_mentions_corrections.csv")
    assert record[record["field"] == "count"][["machine_said", "analyst_says", "why"]].values.tolist()[0] == [
        "350", "400", "the headline says 400"]
    changed = {name for name, digest in contents(second).items() if runs["before"]["second"].get(name) != digest}
    assert {"figures/moves_parts.png", "figures/quotes_words_by_country.png"} <= changed
    prose = (second / "notebooks" / "02-tabulate-troop-movements.ipynb").read_text(encoding="utf-8")
    assert "the headline says 400" in prose and "4 corrections applied; 1 not applied" in prose


def test_a_correction_that_matches_no_row_is_reported_loudly_and_the_file_is_kept(runs):
    result = runs["corrected"]
    stale = "correction not applied: troop_mentions {}-{} ('Lambrecht') count: no row at these offsets".format(
        *re.search(r"troop_mentions,(\d+),(\d+),Lambrecht", runs["corrections"]).groups())
    assert stale in result.stdout and f"warning: {stale}" in result.stderr
    assert "corrections: 5 applied, 1 not applied" in result.stdout
    kept = runs["second"] / "corrections.csv"
    assert kept.read_text(encoding="utf-8") == runs["corrections"]
    assert (kept.stat().st_ino, kept.stat().st_mtime_ns) == (runs["written"].st_ino, runs["written"].st_mtime_ns)


def test_a_bad_corrections_file_is_one_line_and_changes_nothing(tmp_path):
    out = tmp_path / "report"
    out.mkdir()
    (out / "corrections.csv").write_text(review.TEMPLATE + "troop_movements,0,5,,count,1,\n", encoding="utf-8")
    result = cli("report", ARTICLE, "--out", out, cwd=tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [f"error: {out / 'corrections.csv'}: line 17: unknown table 'troop_movements'; "
                                          "use troop_mentions or quotes"]
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["corrections.csv", "report"]


def test_a_report_notebook_is_settled_and_names_the_report_folders():
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1")])
    notebook.cells[0].metadata.update(tags=["injected-parameters"], execution={"iopub.status.busy": "now"},
                                      papermill={"duration": 0.1})
    notebook.metadata["papermill"] = {"start_time": "now", "end_time": "later", "duration": 1.0, "parameters": {}}
    settled = report.settled(notebook, "01-ingest-article.ipynb")
    assert settled.cells[0].id == "injected-parameters" and settled.cells[0].metadata == {"tags": ["injected-parameters"]}
    assert settled.metadata.papermill == {"parameters": {}, "input_path": "notebooks/01-ingest-article.ipynb",
                                          "output_path": "notebooks/01-ingest-article.ipynb"}
    assert report.for_the_report("**Inputs:** `data/raw/dw_2022-02-02_us-troops-germany-poland.txt`; "
                                 "**Outputs:** `data/processed/article.json`", "a.txt") == \
        "**Inputs:** `raw/a.txt`; **Outputs:** `tables/article.json`"
