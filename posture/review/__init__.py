"""Review and correct: the analyst's corrections file, applied to the machine's tables before
any chart or sentence is made from them, each correction recorded ("machine said / analyst says / why")."""

from posture.review.apply import RECORD_COLUMNS, apply, as_corrections, check, from_gold, not_applied
from posture.review.corrections import COLUMNS, FIELDS, FILE_NAME, TEMPLATE, Correction, parse, read
from posture.review.views import file_lines, in_words, record_table

__all__ = ["COLUMNS", "FIELDS", "FILE_NAME", "RECORD_COLUMNS", "TEMPLATE", "Correction", "apply", "as_corrections",
           "check", "file_lines", "from_gold", "in_words", "not_applied", "parse", "read", "record_table"]
