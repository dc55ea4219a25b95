"""Tables as the notebooks show them to a reader: readable headings, blanks for missing values,
counts as integers, text left-aligned; ids, offsets and rules in a provenance table below.

The functions return HTML (an IPython display object whose plain-text form carries no memory
address), so the stored outputs are the same on every run.
"""

import html
import numbers

import pandas as pd

MISSING = "–"  # how a reader table shows a missing value


def is_blank(value) -> bool:
    if value is None or value is pd.NA:
        return True
    if isinstance(value, str):
        return not value.strip() or value.strip() in ("[]", "None", "nan", "NaN", "<NA>")
    if isinstance(value, (list, tuple, set)):
        return not value
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def cell_text(value) -> str:
    """A cell as a reader reads it: '–' for missing, 65600.0 -> '65,600', lists joined, text as is."""
    if is_blank(value):
        return MISSING
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, numbers.Integral):
        return f"{int(value):,}"
    if isinstance(value, numbers.Real):
        return f"{int(value):,}" if float(value).is_integer() else f"{float(value):,.3g}"
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    return str(value)


def _is_number_column(values: list) -> bool:
    present = [v for v in values if not is_blank(v)]
    return bool(present) and all(isinstance(v, numbers.Real) and not isinstance(v, bool) for v in present)


def html_table(table: pd.DataFrame, columns: dict | None = None, caption: str = "", empty: str = "") -> str:
    """An HTML table of `columns` ({column: heading}, in that order; default every column as named).

    Numbers right-aligned with thousands separators, text left-aligned, missing values as '–';
    an empty table is the sentence `empty` (or 'No rows.') instead of a header with nothing under it.
    """
    columns = columns or {c: c for c in table.columns}
    if table.empty:
        return f"<p>{html.escape(empty or 'No rows.')}</p>"
    head = "".join(f"<th style='text-align:left'>{html.escape(h)}</th>" for h in columns.values())
    numeric = {c: _is_number_column(table[c].tolist()) for c in columns}
    rows = []
    for record in table.to_dict("records"):
        cells = "".join(
            f"<td style='text-align:{'right' if numeric[c] else 'left'}'>{html.escape(cell_text(record[c]))}</td>"
            for c in columns)
        rows.append(f"<tr>{cells}</tr>")
    title = f"<caption style='text-align:left'>{html.escape(caption)}</caption>" if caption else ""
    return f"<table>{title}<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def reader_table(table: pd.DataFrame, columns: dict | None = None, caption: str = "", empty: str = ""):
    """html_table as a notebook display object."""
    from IPython.display import HTML
    return HTML(html_table(table, columns, caption, empty))


def reader_and_provenance(table: pd.DataFrame, reader: dict, provenance: dict, empty: str = ""):
    """Two tables: what a reader reads, then (for checking) the ids, offsets and rules of the same rows."""
    from IPython.display import HTML
    if table.empty:
        return HTML(html_table(table, reader, empty=empty))
    return HTML(html_table(table, reader) + "<p><small>Provenance of the rows above, in the same order:</small></p>"
                + html_table(table, provenance))
