"""The collection's own machinery: running notebooks, reports on other articles, the static site, freshness checks."""
