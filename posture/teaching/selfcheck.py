"""Self-checks for the exercise notebooks: a friendly "Pass" or "Not yet" with a hint.

A check never raises. A blank that was left as written (`...`, None, an empty string or
an empty table) gets "Not yet" and the hint; an answer of the wrong type gets "Not yet"
and a line saying what was expected. Each comparison returns (passed, detail); `run`
prints one line and records the result, so `summary()` can count the passes.
Standard library and pandas only.
"""

import math
import re
from collections.abc import Callable, Iterable, Mapping

import pandas as pd

PASS = "Pass"
NOT_YET = "Not yet"
BLANK_DETAIL = "the blank is still empty: replace the `...` with your answer and run the cell again."

_results: dict[str, bool] = {}


class NotAnswered(Exception):
    """The answer cannot be compared: the message says why, in words for a student."""


def is_blank(value) -> bool:
    """True for an untouched blank: `...`, None, '', an empty container or table."""
    if value is ... or value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, (pd.DataFrame, pd.Series)):
        return value.empty
    if isinstance(value, (list, tuple, set, frozenset, dict)):
        return len(value) == 0
    return False


def _plain(value):
    """A number as int or float (numpy and pandas scalars too); other values unchanged."""
    if isinstance(value, bool):
        return value
    if hasattr(value, "item") and not isinstance(value, (pd.Series, pd.DataFrame)):
        try:
            return value.item()
        except (TypeError, ValueError):
            return value
    return value


def as_number(value) -> float:
    value = _plain(value)
    if isinstance(value, str):
        cleaned = value.strip().replace(",", "").replace("_", "").rstrip("%")
        try:
            return float(cleaned)
        except ValueError:
            raise NotAnswered(f"expected a number, got the text {value!r}.") from None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise NotAnswered(f"expected a number, got {type(value).__name__}.")
    if math.isnan(value):
        raise NotAnswered("expected a number, got NaN (not a number).")
    return float(value)


def words(text) -> str:
    """Lower case, single spaces, no surrounding punctuation: for comparing short answers."""
    return re.sub(r"\s+", " ", str(text)).strip().strip(".,;:!?\"'").lower()


def as_mapping(value) -> dict:
    """A dict, a Series, or a two-column table (key, value) as a plain dict."""
    if isinstance(value, pd.DataFrame):
        if value.shape[1] != 2:
            raise NotAnswered(f"expected a Series or a two-column table, got a table with {value.shape[1]} columns.")
        return dict(zip(value.iloc[:, 0], value.iloc[:, 1]))
    if isinstance(value, pd.Series):
        return dict(value.items())
    if isinstance(value, Mapping):
        return dict(value)
    raise NotAnswered(f"expected a dict or a pandas Series, got {type(value).__name__}.")


def as_items(value) -> list:
    """A list, tuple, set, Series or one-column table as a list."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, pd.DataFrame):
        if value.shape[1] != 1:
            raise NotAnswered(f"expected a list, got a table with {value.shape[1]} columns.")
        return list(value.iloc[:, 0])
    if isinstance(value, (pd.Series, pd.Index)):
        return list(value)
    if isinstance(value, Iterable) and not isinstance(value, Mapping):
        return list(value)
    raise NotAnswered(f"expected a list, got {type(value).__name__}.")


# --- comparisons: each returns (passed, detail) ---------------------------------------------

def same_number(answer, expected, tolerance: float = 0.0) -> tuple[bool, str]:
    """Equal within an absolute tolerance."""
    got, want = as_number(answer), as_number(expected)
    if abs(got - want) <= tolerance:
        return True, f"{_show(answer)} is right."
    return False, f"{_show(answer)} is not it yet."


def same_text(answer, expected) -> tuple[bool, str]:
    """Equal after lower-casing and trimming; `expected` may be one text or several accepted."""
    if not isinstance(answer, str):
        raise NotAnswered(f"expected a text in quotation marks, got {type(answer).__name__}.")
    accepted = [expected] if isinstance(expected, str) else list(expected)
    if words(answer) in {words(text) for text in accepted}:
        return True, f"{answer.strip()!r} is right."
    return False, f"{answer.strip()!r} is not it yet."


def same_items(answer, expected) -> tuple[bool, str]:
    """The same items in any order (texts compared lower case); repeats count."""
    got = sorted(_key(item) for item in as_items(answer))
    want = sorted(_key(item) for item in as_items(expected))
    if got == want:
        return True, f"all {len(want)} right."
    missing, extra = _difference(want, got), _difference(got, want)
    return False, f"{len(missing)} missing and {len(extra)} that should not be there."


def same_mapping(answer, expected, tolerance: float = 0.0) -> tuple[bool, str]:
    """The same keys (texts compared lower case) with numbers equal within the tolerance."""
    got = {_key(k): v for k, v in as_mapping(answer).items()}
    want = {_key(k): v for k, v in as_mapping(expected).items()}
    if set(got) != set(want):
        missing, extra = sorted(set(want) - set(got), key=str), sorted(set(got) - set(want), key=str)
        return False, f"{len(missing)} keys missing and {len(extra)} keys that should not be there."
    wrong = [k for k in want if abs(as_number(got[k]) - as_number(want[k])) > tolerance]
    if wrong:
        return False, f"the keys are right; {len(wrong)} of {len(want)} values are not yet."
    return True, f"all {len(want)} values right."


def mentions_all(answer, groups: list[list[str]], min_words: int = 0) -> tuple[bool, str]:
    """A free text that names something from every group (any word of a group will do)."""
    if not isinstance(answer, str):
        raise NotAnswered(f"expected a text in quotation marks, got {type(answer).__name__}.")
    text = " " + words(answer).replace(",", "") + " "
    missing = [group for group in groups if not any(words(option).replace(",", "") in text for option in group)]
    if len(text.split()) < min_words:
        return False, f"write at least {min_words} words."
    if missing:
        return False, f"your text does not yet say {len(missing)} of the {len(groups)} things asked for."
    return True, "your text has every part asked for."


def _key(item):
    item = _plain(item)
    return words(item) if isinstance(item, str) else item


def _difference(a: list, b: list) -> list:
    rest = list(b)
    out = []
    for item in a:
        if item in rest:
            rest.remove(item)
        else:
            out.append(item)
    return out


def _show(value) -> str:
    value = _plain(value)
    if isinstance(value, float) and value.is_integer() and abs(value) >= 1000:
        return f"{value:,.0f}"
    if isinstance(value, float):
        return f"{value:,.4g}"
    if isinstance(value, int):
        return f"{value:,}"
    return repr(value)


# --- running a check -------------------------------------------------------------------------

def run(label: str, answer, compare: Callable[[object], tuple[bool, str]], hint: str) -> bool:
    """Print one line, "Pass" or "Not yet" with the hint, and record it; never raises."""
    if is_blank(answer):
        passed, detail = False, BLANK_DETAIL
    else:
        try:
            passed, detail = compare(answer)
        except NotAnswered as reason:
            passed, detail = False, str(reason)
        except Exception as error:  # a check must never end in a traceback
            passed, detail = False, f"the check could not read your answer ({type(error).__name__})."
    _results[label] = passed
    if passed:
        print(f"{PASS} ({label}): {detail}")
    else:
        print(f"{NOT_YET} ({label}): {detail}\n  Hint: {hint}")
    return passed


def summary(prefix: str = "") -> str:
    """One line counting the checks run so far (those whose label starts with prefix)."""
    labels = [label for label in _results if label.startswith(prefix)]
    passed = sum(_results[label] for label in labels)
    line = f"{passed} of {len(labels)} checks pass."
    if labels and passed == len(labels):
        line += " Well done."
    elif labels:
        line += " Go back to a check that says \"Not yet\" and read its hint."
    print(line)
    return line


def reset() -> None:
    _results.clear()
