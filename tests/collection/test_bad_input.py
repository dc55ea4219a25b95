"""Bad and unusual input, through the command line as a user meets it.

Each case ends either in a one-line error on stderr with a non-zero exit and no output
folder, or in exit 0 with well-formed (possibly empty) tables. Never a traceback.
"""

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from posture import paths

FIXTURES = Path(__file__).parent.parent / "fixtures"
SEED = paths.SEED_ARTICLE.read_text(encoding="utf-8")
NO_NUMBERS = "Allies meet in Brussels\n\nDefence ministers met on Tuesday. They agreed to talk again soon.\n"
UNBALANCED = 'Troops arrive\n\n"We are ready, the commander said. About 500 soldiers arrived in Latvia.\n'
GERMAN = ("USA schicken mehr Soldaten nach Deutschland und Polen\n\n"
          "Die USA wollen rund 2000 Soldaten nach Polen und Deutschland verlegen, teilte das Pentagon mit.\n")


def _cases(tmp: Path) -> dict:
    """case name -> (path to give, expected: 'error:<words>' or 'ok')."""
    def write(name, data):
        path = tmp / name
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        return path

    folder = tmp / "a-folder"
    folder.mkdir()
    return {
        "missing file": (tmp / "nope.txt", "error:no such file"),
        "directory": (folder, "error:is a folder"),
        "empty file": (write("empty.txt", b""), "error:is empty"),
        "whitespace only": (write("blank.txt", " \n\n\t \r\n"), "error:is empty"),
        "binary": (write("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200)), "error:binary data"),
        "latin-1": (write("latin1.txt", SEED.replace("\u00a0", " ").replace("\u2014", "-").encode("latin-1") + "Köln".encode("latin-1")), "error:not UTF-8"),
        "utf-16 with BOM": (write("utf16.txt", SEED.encode("utf-16")), "ok"),
        "html page": (FIXTURES / "html" / "bbc_style_estonia.html", "ok"),
        "10 MB article": (write("huge.txt", (SEED + "\n\n") * 1400), "error:MB"),
        "no numbers": (write("no_numbers.txt", NO_NUMBERS), "ok"),
        "no quotes": (write("no_quotes.txt", NO_NUMBERS), "ok"),
        "unbalanced quotation mark": (write("unbalanced.txt", UNBALANCED), "ok"),
        "another language": (write("german.txt", GERMAN), "ok"),
        "windows line endings": (write("crlf.txt", SEED.replace("\n", "\r\n")), "ok"),
    }


CASE_NAMES = sorted([
    "missing file", "directory", "empty file", "whitespace only", "binary", "latin-1", "utf-16 with BOM",
    "html page", "10 MB article", "no numbers", "no quotes", "unbalanced quotation mark",
    "another language", "windows line endings",
])


def run(*args):
    return subprocess.run([sys.executable, "-m", "posture", *map(str, args)], capture_output=True, text=True)


def check_outcome(result, expected, out: Path):
    assert "Traceback" not in result.stderr
    if expected.startswith("error:"):
        assert result.returncode != 0
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: ") and expected[6:] in lines[0]
        assert not out.exists()
        assert not [p for p in out.parent.iterdir() if p.name.startswith(f".{out.name}-")]
    else:
        assert result.returncode == 0, result.stderr
        assert result.stderr == ""  # kernels' console noise is kept off the terminal


@pytest.mark.parametrize("case", CASE_NAMES)
def test_extract(tmp_path, case):
    article, expected = _cases(tmp_path)[case]
    out = tmp_path / "out"
    result = run("extract", article, "--out", out)
    check_outcome(result, expected, out)
    if expected == "ok":
        record = json.loads((out / "article.json").read_text(encoding="utf-8"))
        for name in sorted(p.name for p in out.glob("*.csv")):
            table = pd.read_csv(out / name, keep_default_na=False)
            if {"char_start", "char_end", "text"} <= set(table.columns):
                for row in table.itertuples():
                    assert record["raw_text"][row.char_start:row.char_end] == row.text, name


@pytest.mark.parametrize("case", [c for c in CASE_NAMES if c in {
    "missing file", "directory", "empty file", "binary", "latin-1", "10 MB article"}])
def test_report_refuses_bad_input_in_one_line(tmp_path, case):
    article, expected = _cases(tmp_path)[case]
    out = tmp_path / "report"
    check_outcome(run("report", article, "--out", out), expected, out)


@pytest.mark.parametrize("case", ["html page", "unbalanced quotation mark", "another language"])
def test_report_on_unusual_input_writes_a_complete_report(tmp_path, case):
    article, _ = _cases(tmp_path)[case]
    out = tmp_path / "report"
    result = run("report", article, "--out", out)
    check_outcome(result, "ok", out)
    from posture.collection import notebooks

    stages = [path.name for path in notebooks.stage_notebooks()]
    assert sorted(path.name for path in (out / "notebooks").glob("*.ipynb")) == stages
    assert (out / "tables" / "article.json").exists()
    assert result.stdout.strip().splitlines()[-1] == f"report written to {out}"
    for name in sorted(p.name for p in (out / "tables").glob("*.csv")):
        pd.read_csv(out / "tables" / name, keep_default_na=False)  # well-formed, possibly empty
