"""Stage 3, charts: the force posture drawn from the tables, beside reference figures, in one house style.

Every mark and every number on a chart comes from a row passed in (a sentence of the
article or a cited source); nothing is typed in here. Save with `style.save_figure`.
The names below load their module when first used, so the checks the pipeline writes
(claims, map notes) never load the plotting libraries.
"""

import importlib

_HOMES = {
    "CLAIMS_COLUMNS": "claims", "agreement_in_words": "claims", "claims_check": "claims",
    "russian_forces_chart": "context", "us_personnel_chart": "context",
    "figure_text": "labels", "troops_word": "labels",
    "moves_map": "map_of_moves", "plan_arrows": "map_of_moves", "EUROPE_EXTENT": "routes",
}
__all__ = sorted(_HOMES)


def __getattr__(name: str):
    if name not in _HOMES:
        raise AttributeError(f"module 'posture.charts' has no attribute {name!r}")
    return getattr(importlib.import_module(f"posture.charts.{_HOMES[name]}"), name)
