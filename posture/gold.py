"""Hand-coded gold tables, for the article they were coded on and no other."""

import pandas as pd

from posture import paths


def for_article(metadata: dict, name: str) -> pd.DataFrame | None:
    """Gold table `name` from data/annotations if it was coded on this article, else None."""
    if metadata.get("sha256") != paths.SEED_SHA256:
        return None
    return pd.read_csv(paths.ANNOTATIONS / name, keep_default_na=False)
