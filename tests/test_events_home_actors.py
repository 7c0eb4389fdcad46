"""The implied actors at home (newsevents.events.home_actors): one builder for every convention
that aims an act at its doer's own country. Mentions written for these tests."""

from __future__ import annotations

import pytest

from newsevents.events.home_actors import government_of, home_country
from newsevents.records import ActorMention


def _doer(code: str, country: str, sector: str) -> ActorMention:
    return ActorMention(4, 6, 20, 31, "Kenyan police", "Kenyan police", code, country, sector, "group", "role")


@pytest.mark.parametrize(("rule", "expected"), [(None, "domestic-target"), ("home-posture", "home-posture")])
def test_home_actors_home_country_is_the_bare_country_at_the_doer(rule: str | None, expected: str) -> None:
    doer = _doer("KENCOP", "KEN", "COP")
    home = home_country(doer) if rule is None else home_country(doer, rule)
    assert (home.code, home.country, home.sector, home.kind, home.rule) == ("KEN", "KEN", None, "country", expected)
    assert (home.start, home.end, home.start_char, home.end_char, home.text) == (4, 4, 20, 20, "")


@pytest.mark.parametrize(("code", "country", "sector"), [("KENOPP", "KEN", "OPP"), ("NGAREB", "NGA", "REB")])
def test_home_actors_government_of_is_the_doers_government(code: str, country: str, sector: str) -> None:
    gov = government_of(_doer(code, country, sector))
    assert (gov.code, gov.country, gov.sector, gov.kind, gov.rule) == (country + "GOV", country, "GOV",
                                                                     "organization", "domestic-target")
    assert gov.start == gov.end == 4
