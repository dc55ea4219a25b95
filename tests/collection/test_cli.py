"""The extract command: its outputs, and one-line errors for bad input."""

import json
import subprocess
import sys

import pandas as pd
import pytest

from posture import paths
from posture.cli import main

STAGE_ONE = {"article.json", "blocks.csv", "sentences.csv"}


def run(*args):
    return subprocess.run([sys.executable, "-m", "posture", *map(str, args)], capture_output=True, text=True)


def test_extract_writes_the_stage_tables(tmp_path):
    out = tmp_path / "out"
    assert main(["extract", str(paths.SEED_ARTICLE), "--out", str(out)]) == 0
    names = {path.name for path in out.iterdir()}
    assert STAGE_ONE <= names
    record = json.loads((out / "article.json").read_text(encoding="utf-8"))
    assert record["metadata"]["headline"] == "US to send more troops to Germany, Poland"
    blocks = pd.read_csv(out / "blocks.csv", keep_default_na=False)
    raw = paths.SEED_ARTICLE.read_text(encoding="utf-8")
    for row in blocks.itertuples():
        assert raw[row.char_start:row.char_end] == row.text


def test_extract_output_matches_committed_processed_tables(tmp_path):
    main(["extract", str(paths.SEED_ARTICLE), "--out", str(tmp_path)])
    for name in STAGE_ONE:
        committed = paths.PROCESSED / name
        if committed.exists():
            assert (tmp_path / name).read_bytes() == committed.read_bytes(), name


BAD_INPUTS = {
    "missing": (None, "no such file"),
    "empty": (b"", "is empty"),
    "whitespace": (b" \n\t\n  \n", "is empty"),
    "binary": (bytes(range(256)) * 4, "binary data"),
    "latin1": ("Soldaten in Köln: 1.000 Truppen.".encode("latin-1"), "not UTF-8"),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_input_gives_one_line_error_and_writes_nothing(tmp_path, case):
    content, message = BAD_INPUTS[case]
    article = tmp_path / f"{case}.txt"
    if content is not None:
        article.write_bytes(content)
    out = tmp_path / "out"
    result = run("extract", article, "--out", out)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and str(article) in lines[0]
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_a_folder_is_not_an_article(tmp_path):
    result = run("extract", tmp_path, "--out", tmp_path / "out")
    assert result.returncode != 0 and "is a folder" in result.stderr and "Traceback" not in result.stderr


def test_utf16_with_byte_order_mark_is_read(tmp_path):
    text = paths.SEED_ARTICLE.read_text(encoding="utf-8")
    article = tmp_path / "utf16.txt"
    article.write_bytes(text.encode("utf-16"))
    assert run("extract", article, "--out", tmp_path / "out").returncode == 0
    record = json.loads((tmp_path / "out" / "article.json").read_text(encoding="utf-8"))
    assert record["raw_text"] == text


def test_output_path_that_is_a_file_is_a_one_line_error(tmp_path):
    blocker = tmp_path / "taken"
    blocker.write_text("x")
    result = run("extract", paths.SEED_ARTICLE, "--out", blocker)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert blocker.read_text() == "x"


def test_failed_write_leaves_an_existing_folder_untouched(tmp_path, monkeypatch):
    from posture.collection import outputs

    out = tmp_path / "out"
    out.mkdir()
    (out / "blocks.csv").write_text("old")

    def broken(content):
        if isinstance(content, dict):
            raise OSError(28, "No space left on device")
        return "new"

    monkeypatch.setattr(outputs, "render", broken)
    with pytest.raises(OSError):
        outputs.write_files(out, {"blocks.csv": "x", "article.json": {"a": 1}})
    assert (out / "blocks.csv").read_text() == "old"
    assert [path.name for path in tmp_path.iterdir()] == ["out"]


def test_extract_says_when_the_body_may_be_lost(tmp_path):
    page = tmp_path / "thin.txt"
    links = "".join(f"Garrison news item number {n} for the week\n" for n in range(40))
    page.write_text("Garrison adds a night shift at the gate\n\nBy Ola Berg\n\nJuly 2, 2030\n\n"
                    "The garrison added a night shift of 20 guards at the main gate.\n\nMore on this story\n" + links,
                    encoding="utf-8")
    result = run("extract", page, "--out", tmp_path / "out")
    assert result.returncode == 0
    assert result.stderr.startswith("warning: Only 13 of the page's 343 words") and "blocks.csv" in result.stderr
    assert "warning" not in run("extract", paths.SEED_ARTICLE, "--out", tmp_path / "seed").stderr


def test_the_report_summary_carries_the_body_warning(tmp_path):
    from posture.collection.report import summary
    (tmp_path / "tables").mkdir()
    (tmp_path / "figures").mkdir()
    (tmp_path / "tables" / "article.json").write_text(
        json.dumps({"metadata": {"body_warning": "No line was typed as body; check blocks.csv."}}), encoding="utf-8")
    assert summary(tmp_path)[-1] == "warning: No line was typed as body; check blocks.csv."
    (tmp_path / "tables" / "article.json").write_text(json.dumps({"metadata": {}}), encoding="utf-8")
    assert not any(line.startswith("warning") for line in summary(tmp_path))
