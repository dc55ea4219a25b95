"""Language and world knowledge shared by the extractors: the gazetteer (countries, demonyms, capitals,
regions, institutions), sides and alliances (affiliations), and number words and hedges (numbers)."""

__all__ = ["affiliations", "gazetteer", "numbers"]
