"""Prove the committed outputs are what the code produces now.

`python -m posture.freshness snapshot FILE` records a hash of every file under
data/processed and figures; after the notebooks have run again,
`python -m posture.freshness check FILE` fails, naming each file, if any changed.
"""

import hashlib
import json
import sys
from pathlib import Path

from posture import paths

WATCHED = (paths.PROCESSED, paths.FIGURES)


def fingerprint() -> dict[str, str]:
    hashes = {}
    for folder in WATCHED:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and path.name != ".gitkeep":
                hashes[str(path.relative_to(paths.ROOT))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return hashes


def differences(before: dict[str, str], after: dict[str, str]) -> list[str]:
    lines = []
    for name in sorted(set(before) | set(after)):
        if name not in after:
            lines.append(f"{name}: no longer written")
        elif name not in before:
            lines.append(f"{name}: new file, not committed")
        elif before[name] != after[name]:
            lines.append(f"{name}: content changed on regeneration")
    return lines


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in {"snapshot", "check"}:
        print("usage: python -m posture.freshness snapshot|check FILE", file=sys.stderr)
        return 2
    command, record = argv[0], Path(argv[1])
    if command == "snapshot":
        record.write_text(json.dumps(fingerprint(), indent=1, sort_keys=True))
        return 0
    changed = differences(json.loads(record.read_text()), fingerprint())
    for line in changed:
        print(f"stale output: {line}", file=sys.stderr)
    if changed:
        print("run `make figures` and commit the regenerated outputs", file=sys.stderr)
        return 1
    print(f"outputs current: {len(fingerprint())} files under data/processed and figures unchanged")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
