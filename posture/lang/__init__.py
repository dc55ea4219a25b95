"""Language and world knowledge shared by the extractors: the gazetteer (countries, demonyms, capitals,
regions, institutions), sides and alliances (affiliations), and number words and hedges (numbers); and
two helpers that keep long patterns fast with the same matches: look-backs checked by their last word
first (tails) and long name lists written as a tree (literals)."""

__all__ = ["affiliations", "gazetteer", "literals", "numbers", "tails"]
