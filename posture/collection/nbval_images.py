"""A pytest plugin beside nbval: nbval compares a notebook cell's text outputs but skips its
images, so a stored image that a fresh run no longer draws would pass. This fails that cell.
Loaded by the repository's conftest.py; `pytest -p posture.collection.nbval_images` elsewhere."""

import pytest

from posture.collection.freshness import image_differences


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    result = yield
    fresh = getattr(item, "test_outputs", None)  # what nbval's run of the cell showed
    if fresh is not None and hasattr(item, "cell"):
        problem = image_differences(item.cell.get("outputs", []), fresh)
        if problem:
            raise AssertionError(f"{problem}: run `make figures` and commit the notebook")
    return result
