"""The analyst's corrections file: what each line may say, and reading it with one-line errors.

One line per correction: the table, the row by its offsets in the raw text, the field, the
new value and why. The field `add` makes a row the machine missed (its words are taken from
the article at the offsets) and `delete` removes a false one; the other fields of an added
row are set by more lines with the same offsets.
"""

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from posture.errors import InputError

FILE_NAME = "corrections.csv"
COLUMNS = ["table", "char_start", "char_end", "text", "field", "value", "note"]
ADD, DELETE = "add", "delete"
COUNTS = ("count", "count_low", "count_high")
# The fields an analyst may correct, per table, with the values each accepts (None: any text).
FIELDS = {
    "troop_mentions": {
        **{name: "count" for name in COUNTS},
        "qualifier": None, "force": None, "unit": None, "origin": None, "destination": None,
        "kind": ("movement", "withdrawal", "stock", "target"),
        "status": ("planned", "announced", "ordered", "arrived", "existing"),
    },
    "quotes": {
        "kind": ("direct", "partial"),
        "speaker": None, "speaker_role": None, "speaker_affiliation": None, "speaker_country": None, "cue": None,
    },
}

TEMPLATE = """\
# Corrections to this report's tables, applied every time the report is run again
# (python -m posture report ARTICLE --out DIR, with this folder as DIR). Nothing here is ever overwritten.
# One line per correction; lines that begin with # are ignored.
#   table       troop_mentions or quotes (corrections to mentions flow into the movements)
#   char_start  the row's offsets in the article, as its tables give them (first and last character)
#   char_end
#   text        optional: the article's words at those offsets, checked against the article
#   field       the column to correct; or add (a row the machine missed: its other fields by more
#               lines with the same offsets) or delete (a row that is not one)
#   value       the new value; blank for none
#   note        why: the notebooks show it beside what the machine said
# For example (without the leading "# "):
# troop_mentions,1510,1515,"1,000",destination,Romania,the sentence sends them to Romania
# quotes,2040,2071,,speaker,Jens Stoltenberg,named in the paragraph before
# troop_mentions,3120,3125,"3,000",delete,,counts ships, not troops
table,char_start,char_end,text,field,value,note
"""


@dataclass(frozen=True)
class Correction:
    line: int  # where it stands in the file, for messages
    table: str
    char_start: int
    char_end: int
    field: str
    value: str
    note: str

    @property
    def row(self) -> tuple[str, int, int]:
        return self.table, self.char_start, self.char_end


def _offset(text: str, name: str, where: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise InputError(f"{where}: {name} {text!r} is not a whole number") from None


def parse_line(cells: dict, raw: str, where: str, number: int) -> Correction:
    """One line of the file as a Correction; InputError naming the line if it is not one."""
    table, field, value = cells["table"], cells["field"], cells["value"]
    if table not in FIELDS:
        raise InputError(f"{where}: unknown table {table!r}; use {' or '.join(FIELDS)}")
    start, end = _offset(cells["char_start"], "char_start", where), _offset(cells["char_end"], "char_end", where)
    if not 0 <= start < end <= len(raw):
        raise InputError(f"{where}: offsets {start}-{end} lie outside the article's text (0-{len(raw)})")
    if cells["text"] and cells["text"] != raw[start:end]:
        raise InputError(f"{where}: the article's words at {start}-{end} are {raw[start:end]!r}, not {cells['text']!r}")
    allowed = FIELDS[table]
    if field not in allowed and field not in (ADD, DELETE):
        raise InputError(f"{where}: {table} has no field {field!r} to correct; use add, delete or one of "
                         f"{', '.join(allowed)}")
    accepts = allowed.get(field)
    if accepts == "count" and value and not (value.isdigit() and value.isascii()):
        raise InputError(f"{where}: {field} must be a whole number of troops or blank, not {value!r}")
    if isinstance(accepts, tuple) and value not in accepts:
        raise InputError(f"{where}: {field} must be one of {', '.join(accepts)}, not {value!r}")
    return Correction(number, table, start, end, field, value, cells["note"])


def parse(text: str, raw: str, source: str = FILE_NAME) -> list[Correction]:
    """Every correction in the file's text, checked against the article's raw text."""
    lines = [(number, line) for number, line in enumerate(text.splitlines(), start=1)
             if line.strip() and not line.lstrip().startswith("#")]
    if not lines:
        return []
    header_number, header = lines[0]
    names = [name.strip() for name in next(csv.reader([header]))]
    unknown = [name for name in names if name not in COLUMNS]
    missing = [name for name in COLUMNS if name not in names and name != "text"]
    if unknown or missing:
        raise InputError(f"{source}: line {header_number}: the header must be {','.join(COLUMNS)}"
                         + (f" (unknown: {', '.join(unknown)})" if unknown else f" (missing: {', '.join(missing)})"))
    corrections, seen = [], {}
    for number, line in lines[1:]:
        where = f"{source}: line {number}"
        row = next(csv.reader(io.StringIO(line)))
        if len(row) > len(names):
            raise InputError(f"{where}: {len(row)} cells for {len(names)} columns; quote a value that holds a comma")
        cells = {name: "" for name in COLUMNS} | {name: cell.strip() for name, cell in zip(names, row)}
        correction = parse_line(cells, raw, where, number)
        key = (*correction.row, correction.field)
        if key in seen:
            raise InputError(f"{where}: corrects the same {correction.field} of the same row as line {seen[key]}")
        seen[key] = number
        corrections.append(correction)
    return corrections


def read(path, raw: str) -> list[Correction]:
    """The corrections file at path (no file: no corrections), checked against the raw text."""
    path = Path(path)
    if not path.exists():
        return []
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"{path}: cannot be read as UTF-8 text ({error.__class__.__name__})") from None
    return parse(text, raw, str(path))
