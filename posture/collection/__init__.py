"""The collection's own machinery: running notebooks, reports on other articles, the static site,
freshness checks, safe writes, and the scorecard of the development corpus."""

__all__ = ["freshness", "notebooks", "outputs", "report", "scorecard", "course"]
