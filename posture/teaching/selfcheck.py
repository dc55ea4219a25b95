"""Self-checks for the exercise notebooks: a friendly "Pass" or "Not yet", hints only after a try.

A check never raises. A blank that was left as written (`...`, None, an empty string or
an empty table) or a name never defined gets "Not yet: answer above" and no hint; an answer
of the wrong type (the text '65' where a number belongs) gets "Not yet" and a line saying
what was expected; a wrong answer counts as a try, and each try shows one more hint (a
nudge, then the concept, never the code). Each comparison returns (passed, detail);
`run_parts` prints one line and records the result, so `summary()` can count the passes.
Standard library and pandas only.
"""

import math
import re
import sys
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
        raise NotAnswered(f"expected a number, got the text {value!r}: write the number without quotation marks.")
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

ANSWER_ABOVE = "answer above"
MISSING = type("Missing", (), {"__repr__": lambda self: "<missing>"})()  # a name the notebook never defined

_tries: dict[str, int] = {}


def typed_in(name: str, history) -> bool:
    """True if the last cell in `history` (IPython's `In`) that assigns `name` gives it a value typed
    in rather than computed: an expression that reads no variable (`share = 9`, `share = 44 / 280`)."""
    import ast
    for cell in reversed(list(history or [])):
        try:
            tree = ast.parse(cell)
        except SyntaxError:
            continue
        values = [node.value for node in ast.walk(tree) if isinstance(node, (ast.Assign, ast.AnnAssign))
                  and node.value is not None
                  and any(isinstance(t, ast.Name) and t.id == name
                          for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
                          for t in ast.walk(target))]
        if values:
            return not any(isinstance(n, (ast.Name, ast.Attribute, ast.Call)) for n in ast.walk(values[-1]))
    return False


def hints_for(hints, tries: int) -> list[str]:
    """The hints shown after `tries` wrong answers: the first after one, one more with each try."""
    return list(hints)[:max(0, tries)]


def run(label: str, answer, compare: Callable[[object], tuple[bool, str]], hints, *, name: str = "") -> bool:
    """One part of a question: print "Pass" or "Not yet" and record it; never raises.

    A blank or missing answer says "Not yet: answer above" and gives no hint; an answer of the
    wrong type says what was expected, no hint; a wrong answer counts as a try and shows one
    more hint with each try (`hints` is a text or a list, nudge first, then the concept)."""
    return run_parts(label, [(name, answer, compare)], hints)


def say(text: str) -> None:
    """Print one line in one write, so that a notebook stores it as one output, run after run."""
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def run_parts(label: str, parts, hints) -> bool:
    """A question of several parts, each (name, value, compare): all must pass."""
    hints = [hints] if isinstance(hints, str) else list(hints)
    verdict, detail, wrong = True, "", False
    blanks = [name for name, value, _ in parts if value is MISSING or is_blank(value)]
    if blanks:
        verdict = False
        named = ", ".join(f"`{n}`" for n in blanks if n)
        detail = f"{NOT_YET}: {ANSWER_ABOVE} ({label}" + (f": fill in {named}" if named else "") + ")."
    else:
        details = []
        for name, value, compare in parts:
            try:
                passed, text = compare(value)
            except NotAnswered as reason:
                passed, text = False, str(reason)
            except Exception as error:  # a check must never end in a traceback
                passed, text = False, f"the check could not read your answer ({type(error).__name__})."
                wrong = True
            else:
                wrong = wrong or not passed
            prefix = f"`{name}`: " if name and len(parts) > 1 else ""
            if not passed:
                verdict = False
                details = [prefix + text]
                break
            details.append(prefix + text)
        detail = " ".join(details)
    _results[label] = verdict
    if verdict:
        say(f"{PASS} ({label}): {detail}")
    elif blanks:
        say(detail)
    else:
        if wrong:
            _tries[label] = _tries.get(label, 0) + 1
        shown = hints_for(hints, _tries.get(label, 0)) if wrong else []
        say(f"{NOT_YET} ({label}): {detail}" + "".join(f"\n  Hint: {hint}" for hint in shown))
    return verdict


def summary(prefix: str = "", labels=None) -> str:
    """One line counting the questions that pass: every label in `labels` (a question never
    checked counts as not passing), or else the checks run so far whose label starts with prefix."""
    labels = [label for label in _results if label.startswith(prefix)] if labels is None else list(labels)
    passed = sum(_results.get(label, False) for label in labels)
    line = f"{passed} of {len(labels)} questions pass."
    if labels and passed == len(labels):
        line += " Well done."
    elif labels:
        line += " Go back to a check that says \"Not yet\" and read what it says."
    say(line)
    return line


def reset() -> None:
    _results.clear()
    _tries.clear()
