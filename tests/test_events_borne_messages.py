"""Messages a crowd carries: the participle on a slogan, placard or banner is its bearers' act."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "root", "source", "target"), [
    ("Hundreds of Ghanaian students carried placards denouncing President Mahama on Monday.", "11", "GHA", "GHA"),
    ("Protesters in Quito chanted slogans praising the Ecuadorean vice president.", "05", "ECU", "ECU"),
    ("Demonstrators in Yerevan waved banners calling for the resignation of the Armenian prime minister.",
     "10", "ARM", "ARM"),
    ("Farmers in Lima waved flags and banners condemning the Peruvian government.", "11", "PER", "PER"),
])
def test_borne_messages_the_bearers_do_what_the_message_says(nlp: Language, text: str, root: str,
                                                              source: str, target: str) -> None:
    events = [e for e in code(nlp, text, "2016-05-02") if e.cameo.startswith(root)]
    assert any(e.source is not None and e.source.country == source and e.target is not None
               and e.target.country == target for e in events), events


@pytest.mark.parametrize("text", [
    "Protesters in Quito carried posters showing the face of the Ecuadorean vice president.",
    "The Peruvian police seized weapons belonging to the rebels.",
])
def test_borne_messages_no_message_no_act(nlp: Language, text: str) -> None:
    events = code(nlp, text, "2016-05-02")
    assert not any(e.cameo[:2] in ("05", "10", "11") for e in events), events
