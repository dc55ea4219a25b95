"""Stage 1, ingest: read a pasted or saved page, type every line, split sentences, keep offsets."""

from posture.ingest.article import (
    MAX_ARTICLE_BYTES, Article, compare_with_gold, load_article, parse, read_article, tables, words_per_section,
)
from posture.ingest.block_types import BLOCK_TYPES, PROSE_TYPES, TEXT_TYPES, TYPE_RULES

__all__ = ["BLOCK_TYPES", "MAX_ARTICLE_BYTES", "PROSE_TYPES", "TEXT_TYPES", "TYPE_RULES", "Article", "compare_with_gold",
           "load_article", "parse", "read_article", "tables", "words_per_section"]
