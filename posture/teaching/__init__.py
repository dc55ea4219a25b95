"""Exercises for policy classes: the questions and their keys (exercises) and the self-checks (selfcheck)."""

__all__ = ["exercises", "selfcheck"]
