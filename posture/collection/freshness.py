"""Prove the committed outputs are what the code produces now, and that nothing else lies among them.

`python -m posture.collection.freshness snapshot FILE` records every file under data/processed,
figures and notebooks (its hash, and when it was last written); after the notebooks have run
again, `python -m posture.collection.freshness check FILE` fails, naming each file, if any
changed, appeared or went, or if a file under data/processed or figures was not written again
(no stage writes it: a stray), or a file under notebooks is none of the collection's notebooks.
A notebook's stored images are compared with a fresh run's cell by cell during the tests
(`image_differences`, called from the repository's conftest.py), since nbval skips images.
"""

import hashlib
import json
import re
import sys
from pathlib import Path

from posture import paths

WATCHED = (paths.PROCESSED, paths.FIGURES, paths.NOTEBOOKS)
REWRITTEN = (paths.PROCESSED, paths.FIGURES)  # every file here is written again by the stages' run
IGNORED = {".gitkeep"}
SCRATCH = {".ipynb_checkpoints", "__pycache__"}  # the editor's and Python's own, never committed
# What notebooks/ holds: the stages, the exercises' student copies and sources, their guide.
NOTEBOOK_FILES = re.compile(r"^(?:\d\d-[\w-]+\.ipynb|exercises/(?:solutions/)?\d\d-[\w-]+\.ipynb|exercises/README\.md)$")


def fingerprint() -> dict[str, dict]:
    """{repo-relative path: {"sha256", "written"}} for every watched file."""
    record = {}
    for folder in WATCHED:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and path.name not in IGNORED and not SCRATCH & set(path.parts):
                status = path.stat()
                record[str(path.relative_to(paths.ROOT))] = {
                    "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
                    "written": [status.st_ino, status.st_mtime_ns],
                }
    return record


def image_hashes(outputs) -> list[str]:
    """sha256 of every image a cell's outputs hold, in order (nbval itself skips images)."""
    return [hashlib.sha256("".join(data).strip().encode()).hexdigest()
            for output in outputs for mime, data in sorted(output.get("data", {}).items()) if mime.startswith("image/")]


def image_differences(stored, fresh) -> str | None:
    """Why a cell's stored images differ from those a fresh run shows, or None."""
    before, after = image_hashes(stored), image_hashes(fresh)
    if len(before) != len(after):
        return f"the cell stores {len(before)} images, a fresh run shows {len(after)}"
    changed = [number for number, (old, new) in enumerate(zip(before, after), start=1) if old != new]
    return f"stored image {changed[0]} of {len(before)} differs from a fresh run" if changed else None


def _rewritten(name: str) -> bool:
    return any((paths.ROOT / name).is_relative_to(folder) for folder in REWRITTEN)


def differences(before: dict[str, dict], after: dict[str, dict]) -> list[str]:
    lines = []
    for name in sorted(set(before) | set(after)):
        if name not in after:
            lines.append(f"{name}: no longer written")
        elif name not in before:
            lines.append(f"{name}: new file, not committed")
        elif before[name]["sha256"] != after[name]["sha256"]:
            lines.append(f"{name}: content changed on regeneration")
        elif _rewritten(name) and before[name]["written"] == after[name]["written"]:
            lines.append(f"{name}: stray file, no stage writes it")
        elif not _rewritten(name) and not NOTEBOOK_FILES.match(str(Path(name).relative_to("notebooks").as_posix())):
            lines.append(f"{name}: stray file, none of the collection's notebooks")
    return lines


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in {"snapshot", "check"}:
        print("usage: python -m posture.collection.freshness snapshot|check FILE", file=sys.stderr)
        return 2
    command, record = argv[0], Path(argv[1])
    if command == "snapshot":
        record.write_text(json.dumps(fingerprint(), indent=1, sort_keys=True))
        return 0
    now = fingerprint()
    changed = differences(json.loads(record.read_text()), now)
    for line in changed:
        print(f"stale output: {line}", file=sys.stderr)
    if changed:
        print("run `make figures`, remove stray files, and commit the regenerated outputs", file=sys.stderr)
        return 1
    print(f"outputs current: {len(now)} files under data/processed, figures and notebooks unchanged, none stray")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
