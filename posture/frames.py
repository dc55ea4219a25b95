"""Build a table from plain rows, column by column, with its column types set as it is built.

The extractors work on plain Python rows and make one DataFrame at the end: building it
column by column is several times faster than building it and then calling `astype`.
"""

import numpy as np
import pandas as pd
from pandas.core.dtypes.cast import maybe_box_native

_NUMPY_TYPES = {"int64": np.int64, "bool": np.bool_}


def table(rows: list, columns: list[str], dtypes: dict[str, str] | None = None) -> pd.DataFrame:
    """A DataFrame of `rows` (dicts keyed by column, or tuples in column order).

    `dtypes` maps columns to "int64", "bool" or "Int64" (nullable: None and pd.NA become <NA>);
    other columns are inferred. With no rows, the typed columns are empty and the others object.
    """
    dtypes = dtypes or {}
    if rows and isinstance(rows[0], dict):
        by_column = [[row[column] for row in rows] for column in columns]
    else:
        by_column = [list(values) for values in zip(*rows)] if rows else [[] for _ in columns]
    data = {}
    for column, values in zip(columns, by_column):
        dtype = dtypes.get(column)
        if dtype in _NUMPY_TYPES:
            data[column] = np.array(values, dtype=_NUMPY_TYPES[dtype])
        elif dtype is not None:
            data[column] = pd.array(values, dtype=dtype)
        else:
            data[column] = values if values else np.array([], dtype=object)
    if len(data) < len(columns):  # a column named twice
        return pd.DataFrame(data, columns=columns)
    return pd.DataFrame(data, copy=False)  # the keys are the columns in order; the arrays are new, no copy needed


def records(frame: pd.DataFrame, record: type) -> list:
    """The frame's rows as `record` namedtuples of the columns the record names (no itertuples)."""
    return [record._make(row) for row in zip(*(frame[name].tolist() for name in record._fields))]


def dict_rows(frame: pd.DataFrame) -> list[dict]:
    """frame.to_dict("records"), from each column's list: the same values, without to_dict's
    indexing of every column by position."""
    columns = frame.columns.tolist()
    values = [_column_values(series) for _, series in frame.items()]
    return [dict(zip(columns, row)) for row in zip(*values)]


def _column_values(series: pd.Series) -> list:
    values = series.tolist()
    if isinstance(series.dtype, np.dtype) and series.dtype != object:
        return values  # numpy's numbers come out as Python's own
    return [v if type(v) is str else maybe_box_native(v) for v in values]  # boxed as to_dict boxes them (pd.NA -> None)
