"""Fixtures the chart tests share: the place table, read once per module, and no figure left open."""

import matplotlib.pyplot as plt
import pytest

from posture.charts import geo


@pytest.fixture(scope="module")
def places():
    return geo.read_places()


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")
