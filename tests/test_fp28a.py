"""Session 28's fresh-news census (fp28a): a bare "Congress" after the story named its country's
Congress, and a one-word group name after the story named the group in full.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from spacy.language import Language

from newsevents.extraction import extract


def _codes(nlp: Language, text: str) -> dict[str, str | None]:
    return {a.text: a.code for a in extract(text, date="2006-05-06", nlp=nlp).actors}


def _dyads(nlp: Language, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
            for e in extract(text, date="2006-05-06", nlp=nlp).events}


BOLIVIA = ("LA PAZ - Bolivia's Congress opened a special session on Monday. The president faces "
           "strong resistance inside Congress. Riot police blocked the lawmakers at the gates, and "
           "protesters beat a lawmaker outside the building.")


def test_bare_congress_is_the_congress_the_story_named(nlp: Language) -> None:
    codes = _codes(nlp, BOLIVIA)
    assert codes["Congress"] == "BOLLEG"
    assert codes["Riot police"] == "BOLCOP"
    assert codes["the lawmakers"] == "BOLLEG"


def test_named_us_congress_leaves_the_bare_one_alone(nlp: Language) -> None:
    codes = _codes(nlp, "Bolivia's Congress opened a special session on Monday, days after the "
                        "U.S. Congress cut aid. Congress rejected the budget.")
    assert codes["Bolivia's Congress"] == "BOLLEG"
    assert codes["the U.S. Congress"] == "USALEG"


TIGERS = ("The Sri Lankan army shelled positions of the Liberation Tigers of Tamil Eelam on Monday. "
          "Security forces kept up attacks against the Tigers near the coast on Tuesday.")


def test_short_name_follows_the_longer_name_of_the_story(nlp: Language) -> None:
    codes = _codes(nlp, TIGERS)
    assert codes["the Tigers"] == "LKAREB"
    assert codes["Security forces"] == "LKACOP"
    assert ("LKACOP", "LKAREB", "190") in _dyads(nlp, TIGERS)


def test_short_name_alone_keeps_its_dictionary_code(nlp: Language) -> None:
    assert _codes(nlp, "Police raided a camp of the Tigers on Monday.")["the Tigers"] == "SWZREB"


def test_short_name_of_a_country_the_story_names_stays(nlp: Language) -> None:
    codes = _codes(nlp, "Swazi police arrested members of the Tigers in Mbabane on Monday. The "
                        "Liberation Tigers of Tamil Eelam said nothing.")
    assert codes["the Tigers"] == "SWZREB"


SEMICOLON = ("On Saturday, police arrested a Kenyan activist in Nairobi. Police said they arrested her on "
             "charges under a new law; the U.S. has imposed sanctions on several officials.")


def test_country_beyond_a_semicolon_places_no_bare_body(nlp: Language) -> None:
    codes = _codes(nlp, SEMICOLON)
    assert codes["Police"] != "USACOP"
    assert not any(src == "USACOP" for src, _, _ in _dyads(nlp, SEMICOLON))


def test_country_before_the_semicolon_places_the_body_alone(nlp: Language) -> None:
    text = "Kenya's opposition marched on Monday and police fired tear gas at the crowd; the U.S. has urged calm."
    assert _codes(nlp, text)["police"] == "KENCOP"  # the U.S. beyond the semicolon no longer splits the vote
    assert ("KENCOP", "KENCVL", "175") in _dyads(nlp, text)
