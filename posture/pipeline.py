"""Every table the collection extracts from one article, by file name."""

from posture import ingest


def extract(article: ingest.Article) -> dict:
    """All tables for an article, keyed by the file name they are stored under."""
    files = ingest.tables(article)
    return files
