"""Loaded for every test path, the notebooks included: nbval's runs compare stored images too."""

pytest_plugins = ["posture.collection.nbval_images"]
