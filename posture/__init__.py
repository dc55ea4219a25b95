"""Turn a news article about troop deployments into checkable tables and figures."""

__version__ = "0.1.0"
