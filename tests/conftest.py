"""Global fixtures: the one spaCy pipeline every model-bound test shares."""

from __future__ import annotations

import pytest
from spacy.language import Language


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The full newsevents pipeline (English model plus our components), loaded once."""
    from newsevents.pipeline import load_pipeline

    return load_pipeline()
