"""Background told as news, again (session 24): the act of an "after" adjunct dated weeks back,
and acts summed up over a period "since" a date long past, are background; recent adjuncts, a
tally since a recent start and acts with a date of their own stay. Every sentence here is written
for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, country_triples
from newsevents.extraction import extract

PUBLISHED = "2023-11-06"


def _roots(nlp: Language, text: str) -> set[str]:
    return {e.cameo[:2] for e in code(nlp, text, date=PUBLISHED)}


def test_an_after_clause_months_back_is_background(nlp: Language) -> None:
    text = "After Serbian police arrested three Kosovo officials in August, Pristina suspended talks with Belgrade."
    result = extract(text, date=PUBLISHED, nlp=nlp)
    assert "17" not in {e.cameo[:2] for e in result.events}
    assert any("background" in str(w) and "arrested" in str(w) for w in result.warnings)  # dropped with a warning
    assert "16" in {e.cameo[:2] for e in result.events}  # the news the clause leads to stays


def test_an_after_clause_of_last_week_is_news(nlp: Language) -> None:
    text = ("After Serbian police arrested three Kosovo officials in late October, "
            "Pristina suspended talks with Belgrade.")
    assert ("SRB", "XKX", "173") in country_triples(code(nlp, text, date=PUBLISHED))


@pytest.mark.parametrize(("when", "kept"), [("in June", False), ("on Friday", True)])
def test_an_after_gerund_is_dated_by_its_own_date(nlp: Language, when: str, kept: bool) -> None:
    text = (f"Seeking support after declaring war on the rebels {when}, "
            "the Sudanese government lifted its ban on Egyptian imports.")
    roots = _roots(nlp, text)
    assert ("19" in roots) is kept
    assert "08" in roots  # the lifted ban is the news either way


def test_a_following_phrase_months_back_is_background(nlp: Language) -> None:
    text = "Following the arrest of three Kenyan opposition leaders by police in July, the party boycotted parliament."
    assert "17" not in _roots(nlp, text)


def test_an_act_with_its_own_date_stays(nlp: Language) -> None:
    # "in March" dates the protests the arrests followed, not the arrests of Monday
    text = "Nigerian police arrested ten students on Monday after protests in March."
    assert "17" in _roots(nlp, text)


def test_the_act_an_old_after_clause_hangs_on_stays(nlp: Language) -> None:
    # placed after May's clashes, not dated by them: the arrest is no adjunct's act
    text = ("Two opposition leaders, who were arrested by Ethiopian police shortly after clashes broke out in May, "
            "went on trial on Monday.")
    assert "17" in _roots(nlp, text)


def test_a_recent_after_clause_is_news(nlp: Language) -> None:
    text = "The meeting comes after Turkey's president rejected Sweden's plea on Friday."
    assert "12" in _roots(nlp, text)


@pytest.mark.parametrize("text", [
    "Dozens of protesters have been killed by Guinean police since the president took office in March 2019.",
    "Since Israeli troops raided the camp in January, dozens of Palestinians have been arrested by Israeli forces.",
])
def test_a_record_since_a_date_long_past_is_background(nlp: Language, text: str) -> None:
    assert not {"17", "18"} & _roots(nlp, text)


@pytest.mark.parametrize("text", [
    "Kenyan police have arrested more than 200 protesters since Monday.",
    # a tally the story is about: its start lies weeks back, within the half-year horizon
    "More than 300 opposition supporters have been arrested by Ugandan police since the election in September.",
])
def test_a_tally_since_a_recent_start_is_news(nlp: Language, text: str) -> None:
    assert "17" in _roots(nlp, text)


def test_a_state_since_a_date_long_past_is_no_record(nlp: Language) -> None:
    # no count: the occupation goes on, as the older background tests keep it
    assert "19" in _roots(nlp, "Turkish troops have occupied northern Cyprus since 1974.")


OBITUARY = ("Zambia's former president Kenneth Mwale, who led the country for two decades, died on Sunday aged 88, "
            "his family said. He was ousted by the army, which accused him of corruption. "
            "The ruling party paid tribute to Mwale.")


def test_an_obituary_of_a_title_with_a_name_retells_a_life(nlp: Language) -> None:
    result = extract(OBITUARY, date=PUBLISHED, nlp=nlp)
    roots = {e.cameo[:2] for e in result.events}
    assert "11" not in roots  # the army's old accusation is the life retold
    assert any("obituary" in str(w) for w in result.warnings)


def test_a_title_without_a_name_makes_no_obituary(nlp: Language) -> None:
    text = OBITUARY.replace("former president Kenneth Mwale,", "former president,").replace("to Mwale", "to him")
    result = extract(text, date=PUBLISHED, nlp=nlp)
    assert not any("obituary" in str(w) for w in result.warnings)
