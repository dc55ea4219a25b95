"""Every table the collection extracts from one article, by file name: what `posture extract` writes."""

from posture import ingest
from posture import movements
from posture import quotes


def extract(article: ingest.Article) -> dict:
    """All tables for an article, keyed by the file name they are stored under."""
    # 1. the page: blocks and sentences, with offsets
    files = ingest.tables(article)
    # 2. the quotes and who speaks
    files.update(quotes.tables(article))
    # 3. the troop mentions, folded into movements
    files.update(movements.tables(article))
    # 4. each figure beside its reference, and what the map cannot draw (read from the charts' inputs,
    #    imported here only: extraction itself never loads the plotting libraries)
    from posture.charts.inputs import check_tables

    files.update(check_tables(files["troop_movements.csv"]))
    return files
