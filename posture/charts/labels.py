"""What every chart writes: short names, a force as an adjective, hedged numbers, dates, source lines."""

import re

import pandas as pd

from posture.lang.gazetteer import DEMONYMS
from posture.charts.hedges import hedged_row, is_missing


SHORT_NAMES = {"United States": "US", "United Kingdom": "UK"}


def short(name: str) -> str:
    return SHORT_NAMES.get(name, name)


_ADJECTIVES = {country: demonym for demonym, country in reversed(list(DEMONYMS.items()))}  # first listed wins


def troops_word(force: str) -> str:
    """How a force is written before 'troops': 'US', 'UK', 'NATO', 'French' (not 'France troops')."""
    return SHORT_NAMES.get(force) or _ADJECTIVES.get(force, force)


def figure_text(row) -> str:
    """A row's number as the charts write it: hedged ('~1,700'), else its vague words ('hundreds')."""
    text = hedged_row(row)
    qualifier = str(row.get("qualifier") or "").strip()
    return text or (qualifier if qualifier and qualifier not in ("exact", "between") else "number not given")


def who_said(source: str) -> str:
    """A reference's short name: its source up to the first comma, without a parenthesis
    ('DMDC (Defense Manpower Data Center), December 2021' -> 'DMDC')."""
    return re.sub(r"\s*\([^)]*\)", "", str(source).split(",")[0]).strip()


def axes(fig, area: dict, **kwargs):
    return fig.add_axes([area["left"], area["bottom"], area["right"] - area["left"], area["top"] - area["bottom"]],
                        **kwargs)


def sources(*columns) -> str:
    """'; '-joined distinct sources, in the order first met."""
    seen = []
    for column in columns:
        for value in ([column] if isinstance(column, str) else list(column)):
            if not is_missing(value) and value not in seen:
                seen.append(value)
    return "; ".join(seen)


def month(iso: str) -> str:
    return pd.Timestamp(iso).strftime("%b %Y")


def day(iso) -> str:
    return f"{pd.Timestamp(iso).day} {pd.Timestamp(iso).strftime('%b %Y')}"


# --- US personnel by host country -----------------------------------------------------
