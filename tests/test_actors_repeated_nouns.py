"""A definite plural no dictionary codes repeats the group whose head noun it shares
(newsevents.actors.repeated_nouns). Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code


def _sources(nlp: Language, text: str) -> set[str | None]:
    return {e.source.code if e.source else None for e in code(nlp, text)}


@pytest.mark.model
@pytest.mark.parametrize(("text", "source"), [
    ("Zambian police officers surrounded the newspaper on Friday. The officers arrested two editors.", "ZMBCOP"),
    ("Belarusian security agents searched the flat on Friday. The agents detained two bloggers.", "BLRCOP"),
])
def test_repeated_nouns_the_plural_is_the_group_it_repeats(nlp: Language, text: str, source: str) -> None:
    assert source in _sources(nlp, text)


@pytest.mark.model
def test_repeated_nouns_two_groups_of_that_noun_get_no_guess(nlp: Language) -> None:
    text = ("Zambian police officers and Malawian police officers met at the border on Friday. "
            "The officers arrested two smugglers.")
    arrests = [e for e in code(nlp, text) if e.cameo.startswith("17")]
    assert not any(e.source is not None and e.source.code in ("ZMBCOP", "MWICOP") for e in arrests)
