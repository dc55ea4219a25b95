"""Language and world knowledge shared by the extractors: the gazetteer, sides and alliances, number words and hedges."""
