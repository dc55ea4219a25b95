"""A report on a hostile article, asked for with a relative --out: everything lands in that
folder, nothing else in the repository, and no article text becomes live HTML."""

import subprocess
import sys
from pathlib import Path

import nbformat
import pandas as pd
from bs4 import BeautifulSoup
from nbconvert import HTMLExporter

from posture import paths
from posture.collection import notebooks

MARK = "posture-xss"
HOSTILE = f"""US sends <script>alert("{MARK}")</script> troops to Poland [a link](https://{MARK}.example/)

=HYPERLINK("https://{MARK}.example","x") The Pentagon said on Wednesday it would send 1,000 troops to Poland <img src="x" onerror="alert('{MARK}')">.

Troops <b class="{MARK}">from</b> Germany ![beacon](https://{MARK}.example/i.png)

"We are ready <script>alert('{MARK}')</script>," said General Jane <i class="{MARK}">Doe</i>, the commander.

About 2,000 soldiers of the 82nd Airborne Division <iframe src="https://{MARK}.example"></iframe> will move from Germany to Romania, the Pentagon said.

-5 percent @SUM(A1) +1 of them will stay, officials said.
"""


def repository_files() -> set[str]:
    skipped = {".git", ".venv", "__pycache__", ".pytest_cache", ".ipynb_checkpoints"}
    return {str(path.relative_to(paths.ROOT)) for path in paths.ROOT.rglob("*")
            if path.is_file() and not skipped & set(path.relative_to(paths.ROOT).parts)}


def live_tags(html: str) -> list[str]:
    """Elements the article's markup made: the marker in a tag's attributes or a script's body."""
    found = []
    for tag in BeautifulSoup(html, "html.parser").find_all(True):
        if any(MARK in str(value) for value in tag.attrs.values()):
            found.append(f"<{tag.name} {tag.attrs}>")
        if tag.name in {"script", "style", "iframe"} and MARK in tag.get_text():
            found.append(f"<{tag.name}>{tag.get_text()[:60]}")
    return found


def test_hostile_article_relative_out(tmp_path):
    (tmp_path / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    before = repository_files()
    result = subprocess.run([sys.executable, "-m", "posture", "report", "hostile.txt", "--out", "my-report"],
                            cwd=tmp_path, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr
    out = tmp_path / "my-report"
    stages = [path.name for path in notebooks.stage_notebooks()]
    assert sorted(path.name for path in (out / "notebooks").glob("*.ipynb")) == stages
    assert len(list((out / "tables").glob("*.csv"))) == 11 and (out / "tables" / "article.json").exists()
    left_out = pd.read_csv(out / "tables" / "figure_notes.csv")  # every chart drawn, or said why not
    assert len(list((out / "figures").glob("*.png"))) + len(left_out) == 6
    assert sorted(path.name for path in tmp_path.iterdir()) == ["hostile.txt", "my-report"]
    assert repository_files() == before  # nothing written inside the repository
    for name in stages:
        html, _ = HTMLExporter().from_notebook_node(nbformat.read(out / "notebooks" / name, as_version=4))
        assert MARK in html  # the article's words are shown ...
        assert live_tags(html) == [], name  # ... as text


def test_an_empty_out_is_refused(tmp_path):
    for command in ("extract", "report"):
        result = subprocess.run([sys.executable, "-m", "posture", command, str(paths.SEED_ARTICLE), "--out", ""],
                                cwd=tmp_path, capture_output=True, text=True, timeout=120)
        assert result.returncode == 2 and result.stderr == "error: --out is empty; name the folder to write into\n"
        assert list(tmp_path.iterdir()) == []
