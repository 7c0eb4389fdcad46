"""Session 27, fp27b: false events of a twelfth fresh-news census, mended by general rules.

Sentences written for these tests; none is taken from a news story.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import Dyad, event_dyads

pytestmark = pytest.mark.model
DATE = "2024-05-06"


def _triples(nlp: Language, text: str) -> set[Dyad]:
    return set(event_dyads(text, nlp, DATE))


@pytest.mark.parametrize("text", [
    "The Chilean foreign minister arrived in Lima on Tuesday.",
    "The Malian president flew to Dakar on Sunday.",
    "The Thai prime minister left Bangkok for Tokyo on Friday.",
])
def test_fp27b_a_bare_move_codes_no_host(nlp: Language, text: str) -> None:
    found = _triples(nlp, text)
    assert any(cameo == "042" for _, _, cameo in found)
    assert not any(cameo == "043" for _, _, cameo in found)


@pytest.mark.parametrize(("text", "host"), [
    # a visit and a stay for talks keep the host's side (the gold codes them both ways)
    ("The Chilean president visited Peru on Monday.", "PER"),
    ("The Kenyan president is in Ethiopia for talks on the border.", "ETH"),
])
def test_fp27b_a_visit_or_a_stay_keeps_its_host(nlp: Language, text: str, host: str) -> None:
    assert any(cameo == "043" and (source or "").startswith(host) for source, _, cameo in _triples(nlp, text))


def test_fp27b_a_move_and_its_reception_code_the_host_once(nlp: Language) -> None:
    text = "The Ghanaian president arrived in Abuja on Monday and was welcomed by the Nigerian president."
    hosts = [t for t in _triples(nlp, text) if t[2] == "043"]
    assert [(s[:3] if s else None, t[:3] if t else None) for s, t, _ in hosts] == [("NGA", "GHA")]
