"""`make test` fails on any change to a stored output: changed, new, gone or stray files, and
notebook images that a fresh run no longer draws."""

import base64
import subprocess
import sys

import nbformat

from posture.collection.freshness import differences, image_differences

PNG = base64.b64encode(bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cfc0f01f0005000201a5f3d1e80000000049454e44ae426082")).decode()


def entry(sha, written):
    return {"sha256": sha, "written": written}


def test_a_file_rewritten_with_the_same_bytes_is_current():
    before = {"data/processed/quotes.csv": entry("a", [1, 1]), "notebooks/01-ingest-article.ipynb": entry("b", [2, 2])}
    after = {"data/processed/quotes.csv": entry("a", [3, 3]), "notebooks/01-ingest-article.ipynb": entry("b", [2, 2])}
    assert differences(before, after) == []


def test_changed_new_gone_and_stray_files_are_named():
    before = {
        "data/processed/quotes.csv": entry("a", [1, 1]),
        "figures/old_chart.png": entry("b", [1, 2]),          # nothing writes it any more
        "data/processed/actors.csv": entry("c", [1, 3]),
        "notebooks/04-chart-force-posture.ipynb": entry("d", [1, 4]),
        "notebooks/.report-x1y2/tables/blocks.csv": entry("e", [1, 5]),  # a report's lost staging
    }
    after = {
        "data/processed/quotes.csv": entry("a", [9, 9]),
        "figures/old_chart.png": entry("b", [1, 2]),
        "notebooks/04-chart-force-posture.ipynb": entry("D", [9, 4]),
        "notebooks/.report-x1y2/tables/blocks.csv": entry("e", [1, 5]),
        "figures/new_chart.png": entry("f", [9, 6]),
    }
    assert differences(before, after) == [
        "data/processed/actors.csv: no longer written",
        "figures/new_chart.png: new file, not committed",
        "figures/old_chart.png: stray file, no stage writes it",
        "notebooks/.report-x1y2/tables/blocks.csv: stray file, none of the collection's notebooks",
        "notebooks/04-chart-force-posture.ipynb: content changed on regeneration",
    ]


def test_a_changed_image_byte_is_seen():
    stored = [{"output_type": "display_data", "data": {"image/png": PNG, "text/plain": "<Figure>"}}]
    flipped = PNG[:30] + ("A" if PNG[30] != "A" else "B") + PNG[31:]
    assert image_differences(stored, stored) is None
    assert image_differences(stored, [{"data": {"image/png": flipped}}]) == "stored image 1 of 1 differs from a fresh run"
    assert image_differences(stored, []) == "the cell stores 1 images, a fresh run shows 0"


def _notebook_showing(png: str, stored_png: str):
    code = f"from IPython.display import Image, display\ndisplay(Image(data=__import__('base64').b64decode({png!r})))"
    cell = nbformat.v4.new_code_cell(code, outputs=[nbformat.v4.new_output(
        "display_data", data={"image/png": stored_png, "text/plain": "<IPython.core.display.Image object>"})])
    cell.execution_count = 1
    return nbformat.v4.new_notebook(cells=[cell])


def test_nbval_with_the_plugin_fails_a_notebook_whose_stored_image_changed(tmp_path):
    flipped = PNG[:30] + ("A" if PNG[30] != "A" else "B") + PNG[31:]
    for name, stored, passes in [("same.ipynb", PNG, True), ("flipped.ipynb", flipped, False)]:
        nbformat.write(_notebook_showing(PNG, stored), tmp_path / name)
        result = subprocess.run([sys.executable, "-m", "pytest", "-p", "posture.collection.nbval_images", "--nbval",
                                 "--nbval-current-env", "-q", "-p", "no:cacheprovider", str(tmp_path / name)],
                                cwd=tmp_path, capture_output=True, text=True, timeout=300)
        assert (result.returncode == 0) == passes, result.stdout[-2000:]
        if not passes:
            assert "stored image 1 of 1 differs from a fresh run" in result.stdout
