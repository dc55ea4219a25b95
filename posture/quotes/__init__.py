"""Stage 2b, quotes: every quoted span, who speaks, their role and side, and the actors."""

from posture.quotes.extract import (
    ACTOR_COLUMNS, QUOTE_BLOCK_TYPES, QUOTE_COLUMNS, find_actors, find_quotes, tables, word_count,
)

__all__ = ["ACTOR_COLUMNS", "QUOTE_BLOCK_TYPES", "QUOTE_COLUMNS", "find_actors", "find_quotes", "tables", "word_count"]
