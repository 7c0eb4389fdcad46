""""Both sides" after a sentence that also names the doer's country (newsevents.events.groups).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code


@pytest.mark.model
@pytest.mark.parametrize(("text", "targets"), [
    ("The United States brokered a truce between Israel and Hamas on Sunday. Washington accused both sides "
     "of violating it.", {"ISR", "PSE"}),
    ("France mediated talks between Chad and Sudan last week. Paris criticized both governments on Friday.",
     {"TCD", "SDN"}),
])
def test_groups_doer_country_is_no_side(nlp: Language, text: str, targets: set[str]) -> None:
    found = {e.target.code[:3] if e.target and e.target.code else None
             for e in code(nlp, text) if e.cameo.startswith("11")}
    assert found == targets
