"""Stage 3, charts: the force posture drawn from the tables, beside reference figures, in one house style.

Every mark and every number on a chart comes from a row passed in (a sentence of the
article or a cited source); nothing is typed in here. Save with `style.save_figure`.
"""

from posture.charts.claims import CLAIMS_COLUMNS, agreement_in_words, claims_check
from posture.charts.context import russian_forces_chart, us_personnel_chart
from posture.charts.labels import figure_text, troops_word
from posture.charts.moves_map import EUROPE_EXTENT, moves_map, plan_arrows

__all__ = ["CLAIMS_COLUMNS", "EUROPE_EXTENT", "agreement_in_words", "claims_check", "figure_text", "moves_map", "plan_arrows",
           "russian_forces_chart", "troops_word", "us_personnel_chart"]
