"""Write tables and records to disk: fixed formats, all files or none."""

import json
import os
import shutil
import tempfile
from pathlib import Path

import pandas as pd


def render(content) -> str:
    """The exact text a table, record or string is stored as."""
    if isinstance(content, pd.DataFrame):
        return content.to_csv(index=False, lineterminator="\n")
    if isinstance(content, (dict, list)):
        return json.dumps(content, indent=2, ensure_ascii=False) + "\n"
    if isinstance(content, str):
        return content
    raise TypeError(f"cannot store {type(content).__name__}")


def publish_folder(staging: Path, out_dir: Path) -> None:
    """Move everything in staging into out_dir (renaming staging if out_dir is new)."""
    if not out_dir.exists():
        os.rename(staging, out_dir)
        return
    for path in sorted(staging.rglob("*")):
        if path.is_file():
            target = out_dir / path.relative_to(staging)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(path, target)


def write_files(out_dir: Path, files: dict) -> list[Path]:
    """Write {file name: content} into out_dir so that either every file lands or none.

    Everything is rendered and written into a temporary folder beside out_dir first,
    then moved into place; a failure before the move leaves out_dir untouched.
    """
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise NotADirectoryError(f"{out_dir} exists and is not a folder")
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}-", dir=out_dir.parent))
    try:
        for name, content in files.items():
            target = staging / name
            target.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                target.write_bytes(content)
            else:
                target.write_text(render(content), encoding="utf-8", newline="\n")
        publish_folder(staging, out_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return [out_dir / name for name in files]
