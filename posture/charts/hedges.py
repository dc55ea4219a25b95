"""Numbers as the charts and tables write them: hedged ('~1,700', '>130,000'), thousands, the bounds to draw.

No plotting here, so the checks the pipeline writes (claims, map notes) can use it without
loading the plotting libraries.
"""

import pandas as pd

from posture import paths
from posture.lang import numbers

AS_OF = "as of " + pd.Timestamp(paths.SEED_DATE).strftime("%-d %b %Y")


def is_missing(value) -> bool:
    """None, NaN, pandas NA or an empty string."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def thousands(value) -> str:
    """12345 -> '12,345'."""
    return f"{int(round(float(value))):,}"


def hedged(count=None, qualifier: str = "exact", low=None, high=None) -> str:
    """A number written with its hedge: '~1,700', '>130,000', 'up to 350', '169,000–190,000'.

    qualifier is the hedge as written in the source (lower case); count is the stated
    number; low/high are the range the hedge implies (used when count is blank).
    Returns '' when there is no number at all (a vague amount such as 'hundreds').
    """
    q = (qualifier or "exact").strip().lower()
    if not is_missing(low) and not is_missing(high) and float(low) != float(high):
        return f"{thousands(low)}–{thousands(high)}"
    number = next((v for v in (count, low, high) if not is_missing(v)), None)
    if number is None:
        return ""
    text = thousands(number)
    if q in ("exact", ""):
        return text
    if q in numbers.HEDGE_TABLE:  # the one reading of every hedge, as the tables bound it
        return f"{numbers.HEDGE_TABLE[q][1]}{text}"
    return f"{q} {text}"


def hedged_row(row) -> str:
    """hedged() for a table row with count/count_low/count_high/qualifier (missing ones blank)."""
    get = row.get if hasattr(row, "get") else (lambda k, d=None: getattr(row, k, d))
    return hedged(get("count", None), get("qualifier", "exact"), get("count_low", None), get("count_high", None))


def bounds(row) -> tuple[float | None, float | None]:
    """(low, high) to draw for a row: its count_low/count_high, else what its hedge implies
    (posture.numbers.bounds); None where open-ended. 'about 1,700' -> (1700, 1700)."""
    get = row.get if hasattr(row, "get") else (lambda k, d=None: getattr(row, k, d))
    count, low, high = (get(k, None) for k in ("count", "count_low", "count_high"))
    low = None if is_missing(low) else float(low)
    high = None if is_missing(high) else float(high)
    q = str(get("qualifier", "exact") or "exact").lower()
    if low is None and high is None and not is_missing(count):
        value = float(count)
        low, high = numbers.bounds(q, value)  # the same reading of a hedge as the tables
        if low is None and high is None:
            low = high = value  # 'about': no hard bound, so the chart marks the stated number
    return low, high
