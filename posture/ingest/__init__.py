"""Stage 1, ingest: read a pasted or saved page, type every line, split sentences, keep offsets."""

from posture.ingest.article import (
    BLOCK_TYPES, MAX_ARTICLE_BYTES, PROSE_TYPES, Article, compare_with_gold, load_article, parse, read_article, tables,
    words_per_section,
)

__all__ = ["BLOCK_TYPES", "MAX_ARTICLE_BYTES", "PROSE_TYPES", "Article", "compare_with_gold", "load_article", "parse",
           "read_article", "tables", "words_per_section"]
