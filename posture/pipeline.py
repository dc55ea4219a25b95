"""Every table the collection extracts from one article, by file name."""

from posture import ingest
from posture import quotes
from posture import movements


def extract(article: ingest.Article) -> dict:
    """All tables for an article, keyed by the file name they are stored under."""
    files = ingest.tables(article)
    files.update(quotes.tables(article))
    files.update(movements.tables(article))
    return files
