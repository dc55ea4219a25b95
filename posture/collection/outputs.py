"""Write tables and records to disk: fixed formats, all files or none."""

import json
import os
import shutil
import tempfile
from pathlib import Path

import pandas as pd

from posture.collection import interrupts
from posture.errors import InputError


# A spreadsheet reads a cell that begins with one of these as a formula ("=HYPERLINK(...)").
# As OWASP advises, such a cell is stored with a leading apostrophe; so is a cell that
# already begins with an apostrophe and one of them, so that reading back is exact.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_GUARDED_STARTS = FORMULA_STARTS + tuple("'" + start for start in FORMULA_STARTS)


# The CSV writer quotes a cell holding LF, but not one holding a lone CR or another line break
# (vertical tab, form feed, NEL, U+2028 ...), which some readers then split rows at. Such a
# cell is written with _FORCE_QUOTE in front (the comma makes the writer quote it; NUL never
# occurs in an article's text), and the marker is taken out of the written text.
_OTHER_LINE_BREAKS = r"[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]"
_FORCE_QUOTE = "\x00,"


def _text_columns(frame: pd.DataFrame):
    """(name, values) of every column that holds text."""
    for column in frame.columns:
        values = frame[column]
        if len(values) and pd.api.types.infer_dtype(values, skipna=True) in {"string", "mixed", "mixed-integer"}:
            yield column, values


def guard_formulas(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with every text cell that a spreadsheet would run prefixed by an apostrophe."""
    guarded = frame
    for column, values in _text_columns(frame):
        risky = values.str.startswith(_GUARDED_STARTS, na=False)
        if risky.any():
            guarded = guarded.copy() if guarded is frame else guarded
            guarded[column] = values.where(~risky, "'" + values.astype(str))
    return guarded


def _csv_text(frame: pd.DataFrame) -> str:
    """CSV with every cell that holds any line break quoted."""
    marked = frame
    for column, values in _text_columns(frame):
        breaks = values.str.contains(_OTHER_LINE_BREAKS, regex=True, na=False)
        if breaks.any():
            marked = marked.copy() if marked is frame else marked
            marked[column] = values.where(~breaks, _FORCE_QUOTE + values.astype(str))
    text = marked.to_csv(index=False, lineterminator="\n")
    return text.replace(_FORCE_QUOTE, "") if marked is not frame else text


def unguard(text: str) -> str:
    """A stored cell's original text: the guarding apostrophe removed."""
    guarded = isinstance(text, str) and text[:1] == "'" and text[1:].startswith(_GUARDED_STARTS)
    return text[1:] if guarded else text


def read_table(path) -> pd.DataFrame:
    """A table this package wrote, every cell as text, as it was before it was stored."""
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    return table.apply(lambda column: column.map(unguard)) if len(table) else table


def render(content) -> str:
    """The exact text a table, record or string is stored as (CSV: any cell holding a
    line break is quoted; formula-like cells guarded, see FORMULA_STARTS)."""
    if isinstance(content, pd.DataFrame):
        return _csv_text(guard_formulas(content))
    if isinstance(content, (dict, list)):
        return json.dumps(content, indent=2, ensure_ascii=False) + "\n"
    if isinstance(content, str):
        return content
    raise TypeError(f"cannot store {type(content).__name__}")


def absolute(path) -> Path:
    """Absolute from the current folder, fixed before anything changes folder (the kernels run
    from notebooks/); symbolic links are kept, so a loop is still reported in one line."""
    return Path(os.path.abspath(path))


def out_folder(text: str) -> Path:
    """The folder a user named with --out, absolute; an empty name is refused (it would mean here)."""
    if not str(text).strip():
        raise InputError("--out is empty; name the folder to write into")
    return absolute(text)


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
    out_dir = absolute(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise NotADirectoryError(f"{out_dir} exists and is not a folder")
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}-", dir=out_dir.parent))
    remove = lambda: shutil.rmtree(staging, ignore_errors=True)  # noqa: E731
    try:
        with interrupts.cleanup(remove):
            for name, content in files.items():
                target = staging / name
                target.parent.mkdir(parents=True, exist_ok=True)
                if isinstance(content, bytes):
                    target.write_bytes(content)
                else:
                    target.write_text(render(content), encoding="utf-8", newline="\n")
            with interrupts.held_back():
                publish_folder(staging, out_dir)
    finally:
        remove()
    return [out_dir / name for name in files]
