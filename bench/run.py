"""Benchmarks: print the collection's speed figures. `make bench` runs this.

1. `make figures` (warm venv) against a floor: as many notebooks that only import the
   same libraries, run the same way; each run twice, alternately, and the best kept.
2. Extracting every table from the seed in one process, and throughput over a corpus
   of 1,000 varied articles built from the test fixtures, with peak memory; odd pages of
   200 kB, and the worst case: the slowest hostile page of 2 MB (one line, many lines, many
   quotes, many numbers, many place names) and its time per megabyte.
3. `make test` wall time.
"""

import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat

from posture import ingest, paths, pipeline
from posture.collection import notebooks

FIXTURES = paths.ROOT / "tests" / "fixtures"
FLOOR_IMPORTS = """import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns
from IPython.display import Markdown
import posture, posture.pipeline"""


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=paths.ROOT, check=True, capture_output=True)
    return time.perf_counter() - start


def floor_seconds(count: int) -> float:
    """Run `count` import-only notebooks in a fresh interpreter, as `make figures` runs the real ones."""
    with tempfile.TemporaryDirectory() as folder:
        for number in range(count):
            path = Path(folder) / f"{number:02d}-floor.ipynb"
            nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(FLOOR_IMPORTS)]), path)
        runner = ("import sys; from pathlib import Path; from posture.collection.notebooks import execute\n"
                  "for path in sorted(Path(sys.argv[1]).glob('*.ipynb')): execute(path)")
        return timed([sys.executable, "-c", runner, folder])


FIRST_CALL = """import time
from posture import ingest, paths, pipeline
text = paths.SEED_ARTICLE.read_text(encoding="utf-8")
start = time.perf_counter()
pipeline.extract(ingest.parse(text))
print((time.perf_counter() - start) * 1000)"""


def first_call_ms() -> float:
    """Extraction of the seed in a new interpreter, imports done: no warm caches (median of 5)."""
    runs = [float(subprocess.run([sys.executable, "-c", FIRST_CALL], cwd=paths.ROOT, check=True,
                                 capture_output=True, text=True).stdout) for _ in range(5)]
    return statistics.median(runs)


def corpus(size: int) -> list[str]:
    """Varied articles: fixture articles with paragraphs shuffled and counts changed."""
    sources = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.rglob("*.txt"))]
    sources.append(paths.SEED_ARTICLE.read_text(encoding="utf-8"))
    rng = random.Random(2022)
    articles = []
    for index in range(size):
        paragraphs = sources[index % len(sources)].split("\n\n")
        head, body = paragraphs[:2], paragraphs[2:]
        rng.shuffle(body)
        text = "\n\n".join(head + body)
        articles.append(text.replace("1,000", f"{rng.randrange(2, 90) * 100:,}"))
    return articles


def extract_all(text: str) -> dict:
    return pipeline.extract(ingest.parse(text))


# Odd inputs: each a pattern repeated to a given size. The slowest shows the worst case, and the
# time at twice the size shows whether any step grows faster than the input (2x is linear).
ODD_PATTERNS = {
    "full stops": ".", "question marks": "? ", "glued sentences": "word.", "date runs": "March 3, 2030 | ",
    "spaces": " ", "abbreviations": "Mr. ", "title lines": "Short title line\n",
    "numbers in one line": "about 1,000 troops to Poland, ", "quotes in one paragraph": '"Yes," he said. ',
    "units in one line": "the 2nd Brigade will move, ", "places in one line": "from Germany to Romania and ",
}


def odd_page(pattern: str, size: int) -> str:
    return "A title\n\n" + pattern * (size // len(pattern))


def worst_case(size: int = 200_000) -> tuple[str, float, str, float]:
    """The slowest odd page of `size` characters and its seconds, every table extracted; and the
    pattern whose time grows most from size/2 to size, with that growth."""
    timings, growth = {}, {}
    for name, pattern in ODD_PATTERNS.items():
        half = time.perf_counter()
        extract_all(odd_page(pattern, size // 2))
        half = time.perf_counter() - half
        start = time.perf_counter()
        extract_all(odd_page(pattern, size))
        timings[name] = time.perf_counter() - start
        growth[name] = timings[name] / max(half, 1e-3)
    slowest, steepest = max(timings, key=timings.get), max(growth, key=growth.get)
    return slowest, timings[slowest], steepest, growth[steepest]


# Adversarial pages at the size limit (2 MB bytes; the curly quotes take 3 bytes each): each must be read in under 5 s.
HOSTILE_PATTERNS = {
    "one line": "About 1,000 troops went to Poland, officials said. ",
    "many lines": "Short title line\n",
    "many quotes": '"Yes," he said. ',
    "many numbers": "about 1,000 troops to Poland, ",
    "many place names": "from Germany to Romania and ",
    "quotes in one sentence": "\u201cYes\u201d ",  # these three grew with the square until this session
    "single quotes": "'Yes' ",
    "partial quotes": "he said \u201cno\u201d and ",
}


def hostile_worst_case(size: int = ingest.MAX_ARTICLE_BYTES) -> tuple[str, float, dict]:
    """The slowest hostile page of `size` bytes (every table extracted), its seconds, and every kind's seconds."""
    timings = {}
    for name, pattern in HOSTILE_PATTERNS.items():
        text = odd_page(pattern, (size - len("A title\n\n")) * len(pattern) // len(pattern.encode("utf-8")))
        start = time.perf_counter()
        extract_all(text)
        timings[name] = time.perf_counter() - start
    slowest = max(timings, key=timings.get)
    return slowest, timings[slowest], timings


def main() -> int:
    print(f"machine: {platform.machine()}, {platform.python_implementation()} {platform.python_version()}, "
          f"{len(__import__('os').sched_getaffinity(0))} cores")
    seed = paths.SEED_ARTICLE.read_text(encoding="utf-8")
    extract_all(seed)  # warm caches and compiled patterns
    runs = []
    for _ in range(30):
        start = time.perf_counter()
        extract_all(seed)
        runs.append(time.perf_counter() - start)
    print(f"extract, seed article: median {statistics.median(runs) * 1000:.1f} ms over 30 runs (target <= 20 ms); "
          f"first call in a fresh process {first_call_ms():.1f} ms")

    articles = corpus(1000)
    start = time.perf_counter()
    for text in articles:
        extract_all(text)
    elapsed = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"extract, 1,000 varied articles: {elapsed:.2f} s, {1000 / elapsed:.0f} articles/s on one core "
          f"(target >= 100), peak memory {peak_mb:.0f} MB")

    slowest, seconds, steepest, growth = worst_case()
    print(f"extract, odd pages of 200 kB ({len(ODD_PATTERNS)} kinds): slowest {slowest}, {seconds:.2f} s; "
          f"most growth from 100 to 200 kB: {steepest}, {growth:.1f}x (linear is 2x)")

    slowest, seconds, timings = hostile_worst_case()
    megabytes = ingest.MAX_ARTICLE_BYTES / 1e6
    print(f"extract, hostile pages of {megabytes:.0f} MB ({len(timings)} kinds): slowest {slowest}, {seconds:.2f} s "
          f"({seconds / megabytes:.2f} s per MB; target < 5 s); "
          + ", ".join(f"{name} {t:.1f} s" for name, t in timings.items()))

    if "--extract-only" in sys.argv:
        return 0
    stages = len(notebooks.stage_notebooks()) + len(list((paths.NOTEBOOKS / "exercises").rglob("*.ipynb")))
    figure_runs, floor_runs = [], []
    for _ in range(2):  # alternate, and keep each side's best: the first run of a session pays for cold caches
        figure_runs.append(timed(["make", "figures"]))
        floor_runs.append(floor_seconds(stages))
    figures, floor = min(figure_runs), min(floor_runs)
    print(f"make figures (warm venv): {figures:.1f} s; floor ({stages} notebooks that only import): "
          f"{floor:.1f} s; ratio {figures / floor:.2f}x (target <= 1.3x); best of "
          f"{', '.join(f'{f:.1f}/{g:.1f}' for f, g in zip(figure_runs, floor_runs))} s")

    if "--skip-test" not in sys.argv:
        print(f"make test: {timed(['make', 'test']):.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
