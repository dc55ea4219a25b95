"""Exercises for policy classes: questions, self-checks and the coding comparisons they use."""
