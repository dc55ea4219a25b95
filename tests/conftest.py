import pytest

from posture import ingest, paths


@pytest.fixture(scope="session")
def seed_article():
    return ingest.read_article(paths.SEED_ARTICLE)
