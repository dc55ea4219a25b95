"""Bad and unusual input, through the command line as a user meets it.

Each case ends either in a one-line error on stderr with a non-zero exit and no output
folder, or in exit 0 with well-formed (possibly empty) tables. Never a traceback.
"""

import json
import os
import re
import socket
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from posture import paths
from posture.collection.outputs import FORMULA_STARTS, unguard

FIXTURES = Path(__file__).parent.parent / "fixtures"
SEED = paths.SEED_ARTICLE.read_text(encoding="utf-8")
NO_NUMBERS = "Allies meet in Brussels\n\nDefence ministers met on Tuesday. They agreed to talk again soon.\n"
UNBALANCED = 'Troops arrive\n\n"We are ready, the commander said. About 500 soldiers arrived in Latvia.\n'
HUGE_COUNT = "Troops head east\n\nThe Pentagon will send 99999999999999999999999 soldiers to Poland.\n"
LONG_COUNT = "Troops head east\n\nThe Pentagon will send " + "9" * 400 + " soldiers to Poland, up from 1,000.\n"
FORMULAS = ('Troops head east\n\n=HYPERLINK("http://evil.example","x") The US will send 1,000 troops to Poland.\n\n'
            '"=1+2 we are ready," the general said.\n\n- About 300 soldiers will go to Romania.\n\n'
            '@SUM(A1) +40 troops, officials said.\n')
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
        "old mac line endings": (write("cr.txt", SEED.replace("\n", "\r")), "ok"),
        "utf-16 with NULs": (write("utf16nul.txt", (SEED[:2000] + "\x00" * 40).encode("utf-16")), "error:binary data"),
        "count past 2^63": (write("huge_count.txt", HUGE_COUNT), "ok"),
        "400-digit count": (write("long_count.txt", LONG_COUNT), "ok"),
        "formula-like cells": (write("formulas.txt", FORMULAS), "ok"),
        "fifo": (_fifo(tmp / "pipe.txt"), "error:not a regular file"),
        "device": (Path("/dev/zero"), "error:not a regular file"),
        "socket": (_socket(tmp / "sock.txt"), "error:not a regular file"),
        "symlink loop": (_loop(tmp), "error:loop of symbolic links"),
    }


def _fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def _socket(path: Path) -> Path:
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
    return path


def _loop(tmp: Path) -> Path:
    (tmp / "loop-a").symlink_to(tmp / "loop-b")
    (tmp / "loop-b").symlink_to(tmp / "loop-a")
    return tmp / "loop-a"


CASE_NAMES = sorted([
    "missing file", "directory", "empty file", "whitespace only", "binary", "latin-1", "utf-16 with BOM",
    "html page", "10 MB article", "no numbers", "no quotes", "unbalanced quotation mark",
    "another language", "windows line endings", "old mac line endings", "utf-16 with NULs", "count past 2^63",
    "400-digit count", "formula-like cells", "fifo", "device", "socket", "symlink loop",
])


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "posture", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, timeout=600)  # a FIFO once hung both commands


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


def _formula_like(cell: str) -> bool:
    """Would a spreadsheet run it? A plain negative number is only a number."""
    return cell.startswith(FORMULA_STARTS) and not re.fullmatch(r"-\d+(?:\.\d+)?", cell)


@pytest.mark.parametrize("case", CASE_NAMES)
def test_extract(tmp_path, case):
    article, expected = _cases(tmp_path)[case]
    out = tmp_path / "out"
    result = run("extract", article, "--out", out)
    check_outcome(result, expected, out)
    if expected == "ok":
        record = json.loads((out / "article.json").read_text(encoding="utf-8"))
        for name in sorted(p.name for p in out.glob("*.csv")):
            table = pd.read_csv(out / name, dtype=str, keep_default_na=False)
            assert not [cell for column in table for cell in table[column] if _formula_like(cell)], name
            if {"char_start", "char_end", "text"} <= set(table.columns):
                for row in table.itertuples():
                    assert record["raw_text"][int(row.char_start):int(row.char_end)] == unguard(row.text), name


@pytest.mark.parametrize("case", [c for c in CASE_NAMES if c in {
    "missing file", "directory", "empty file", "binary", "latin-1", "10 MB article", "fifo", "symlink loop"}])
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
