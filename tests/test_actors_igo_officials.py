"""Officials of an international body are that body (newsevents.actors.served_bodies). Sentences
written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code


def _sources(nlp: Language, text: str) -> set[str | None]:
    return {e.source.code if e.source else None for e in code(nlp, text)}


@pytest.mark.model
@pytest.mark.parametrize(("text", "body"), [
    ("Foreign ministers of the European Union condemned Chad on Monday.", "IGOEU"),
    ("Ministers from the Southern African Development Community urged Malawi to hold talks.", "IGOSAD"),
    ("The defence ministers of NATO praised Norway on Friday.", "IGONAT"),
    ("Envoys from the African Union urged Sudan to end the fighting.", "IGOAU"),
    ("Officials of the African Union praised Ghana on Tuesday.", "IGOAU"),
])
def test_igo_officials_a_countryless_title_of_a_body_is_the_body(nlp: Language, text: str, body: str) -> None:
    assert body in _sources(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "source"), [
    ("Kenya's envoy to the African Union praised Ghana on Tuesday.", "KENGOV"),
    ("Officials from Kenya praised Ghana on Tuesday.", "KENGOV"),
])
def test_igo_officials_a_title_with_a_country_keeps_it(nlp: Language, text: str, source: str) -> None:
    sources = _sources(nlp, text)
    assert source in sources and not any((s or "").startswith("IGO") for s in sources)
