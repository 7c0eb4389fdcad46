"""Tests of the figures stage: numbers, money, percentages, counts of people and their years."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsevents.extraction import extract
from newsevents.figures import find_money, parse_number
from newsevents.records import Figure


@pytest.mark.parametrize(
    ("text", "value"),
    [("5", 5.0), ("5,080", 5080.0), ("3.278 billion", 3.278e9), ("1.5 million", 1.5e6),
     ("two billion", 2e9), ("twenty-five", 25.0), ("two hundred thousand", 2e5), ("5bn", 5e9),
     ("a million", 1e6), ("half a million", 5e5), ("40 crore", 4e8), ("a dozen", 12.0)],
)
def test_figures_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["several", "hundreds", "many people", ""])
def test_figures_parse_number_rejects_vague_words(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("text", "found", "value", "currency"),
    [
        ("rose to US$5.08 billion", "US$5.08 billion", 5.08e9, "USD"),
        ("a loan of $5bn", "$5bn", 5e9, "USD"),
        ("fined €3.2 million", "€3.2 million", 3.2e6, "EUR"),
        ("paid £2m", "£2m", 2e6, "GBP"),
        ("worth ¥800 billion", "¥800 billion", 8e11, "JPY"),
        ("two billion yuan in aid", "two billion yuan", 2e9, "CNY"),
        ("30 billion renminbi", "30 billion renminbi", 3e10, "CNY"),
        ("RMB 4 trillion", "RMB 4 trillion", 4e12, "CNY"),
        ("1.2 trillion roubles", "1.2 trillion roubles", 1.2e12, "RUB"),
        ("900 million rubles", "900 million rubles", 9e8, "RUB"),
        ("4.5 million Pakistani rupees", "4.5 million Pakistani rupees", 4.5e6, "PKR"),
        ("Rs 40 crore", "Rs 40 crore", 4e8, "INR"),
        ("12 million rupees", "12 million rupees", 1.2e7, "INR"),
        ("USD 12 million", "USD 12 million", 1.2e7, "USD"),
        ("500 million EUR", "500 million EUR", 5e8, "EUR"),
        ("300,000 Hong Kong dollars", "300,000 Hong Kong dollars", 3e5, "HKD"),
        ("A$1.1 billion", "A$1.1 billion", 1.1e9, "AUD"),
        ("2 billion Australian dollars", "2 billion Australian dollars", 2e9, "AUD"),
        ("ten thousand euros", "ten thousand euros", 1e4, "EUR"),
        ("5 million hryvnias", "5 million hryvnias", 5e6, "UAH"),
        ("80 billion lira", "80 billion lira", 8e10, "TRY"),
        ("3 billion riyals", "3 billion riyals", 3e9, "SAR"),
        ("7 million dirhams", "7 million dirhams", 7e6, "AED"),
        ("600 million rand", "600 million rand", 6e8, "ZAR"),
        ("50 billion naira", "50 billion naira", 5e10, "NGN"),
        ("20 million Brazilian reais", "20 million Brazilian reais", 2e7, "BRL"),
        ("six million pounds sterling", "six million pounds sterling", 6e6, "GBP"),
        ("twenty-five million dollars", "twenty-five million dollars", 2.5e7, "USD"),
    ],
)
def test_figures_find_money(text: str, found: str, value: float, currency: str) -> None:
    [money] = find_money(text)
    assert text[money.start:money.end] == found
    assert money.value == pytest.approx(value)
    assert money.currency == currency


@pytest.mark.parametrize("text", ["a pound of flour", "the party won 120 seats", "12 tanks", "in 2013"])
def test_figures_find_money_ignores_non_money(text: str) -> None:
    assert find_money(text) == []


def _figures(nlp: Language, text: str, date: str = "2023-03-01") -> list[Figure]:
    return extract(text, date=date, nlp=nlp).figures


def _brief(figures: list[Figure]) -> list[tuple[str, float, str, str, int | None, str | None]]:
    return [(f.text, f.value, f.unit, f.kind, f.year, f.what) for f in figures]


@pytest.mark.model
def test_figures_money_takes_the_year_of_its_own_date(nlp: Language) -> None:
    text = ("Kenya is Uganda's largest export market, with its trade volume climbing from "
            "US$1.45 billion in 2016 to a new high of US$2.61 billion last year.")
    assert _brief(_figures(nlp, text)) == [
        ("US$1.45 billion", 1.45e9, "USD", "money", 2016, "trade volume"),
        ("US$2.61 billion", 2.61e9, "USD", "money", 2022, "trade volume"),
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("Russia's budget for 2024 is 36.6 trillion roubles.", 2024),
        ("Sales reached €4 billion in the first quarter of 2022.", 2022),
        ("The government spent $300 million on roads last year.", 2022),
        ("The government has spent $300 million on roads.", None),
        ("In 2019 the fund held 2 billion Swiss francs.", 2019),
    ],
)
def test_figures_money_year(nlp: Language, sentence: str, year: int | None) -> None:
    money = [f for f in _figures(nlp, sentence) if f.kind == "money"]
    assert len(money) == 1
    assert money[0].year == year


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Inflation rose to 5.2% in the first quarter of 2022.",
         [("5.2%", 5.2, "PERCENT", "percent", 2022, "inflation")]),
        ("Turnout was 65 percent, the commission said.",
         [("65 percent", 65.0, "PERCENT", "percent", None, "turnout")]),
        ("GDP growth slowed to 3 per cent last year from 8.1% in 2021.",
         [("3 per cent", 3.0, "PERCENT", "percent", 2022, "GDP growth"),
          ("8.1%", 8.1, "PERCENT", "percent", 2021, "GDP growth")]),
        ("Some 40% of voters backed the plan.", [("40%", 40.0, "PERCENT", "percent", None, "voters")]),
        ("The bank raised rates by half a percentage point.",
         [("half a percentage point", 0.5, "PERCENTAGE_POINT", "percent", None, None)]),
    ],
)
def test_figures_percentages(nlp: Language, sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert _brief(_figures(nlp, sentence)) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "text", "value", "what"),
    [
        ("At least 12 people were killed in the attack.", "12 people", 12.0, "killed"),
        ("More than 300 protesters were arrested in the capital.", "300 protesters", 300.0, "arrested"),
        ("The army shelled the town, killing five civilians.", "five civilians", 5.0, "killed"),
        ("Gunmen stormed the school and wounded 40.", "40", 40.0, "wounded"),
        ("The ministry deployed 2,000 troops to the border.", "2,000 troops", 2000.0, "troops"),
        ("Some 1.5 million refugees have fled the fighting.", "1.5 million refugees", 1.5e6, "fled"),
        ("Police detained 15 people outside the embassy.", "15 people", 15.0, "detained"),
        ("The blast left 12 dead.", "12 dead", 12.0, "killed"),
        ("Floods displaced 20,000 residents.", "20,000 residents", 20000.0, "displaced"),
        ("Two journalists were injured by rubber bullets.", "Two journalists", 2.0, "injured"),
    ],
)
def test_figures_counts_of_people(nlp: Language, sentence: str, text: str, value: float, what: str) -> None:
    counts = [f for f in _figures(nlp, sentence) if f.kind == "count"]
    assert [(f.text, f.value, f.unit, f.what) for f in counts] == [(text, value, "PEOPLE", what)]


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        "The rebels captured 12 tanks near the river.",
        "He was 45 when he became president in 2013.",
        "The 45-year-old minister resigned on Friday.",
        "It was his 13th visit to China.",
        "Call the embassy on 555-1234 for help.",
        "The law was passed in 1998 and amended in 2004.",
        "Lukashenko's three-day trip ended on Friday.",
    ],
)
def test_figures_skip_things_that_are_not_figures(nlp: Language, sentence: str) -> None:
    assert _figures(nlp, sentence) == []


@pytest.mark.model
def test_figures_spans_point_into_the_text(nlp: Language) -> None:
    text = "Officials said 30 soldiers were killed and the damage cost $2bn in 2022."
    figures = _figures(nlp, text)
    assert [text[f.span[0]:f.span[1]] for f in figures] == [f.text for f in figures]
    assert [f.kind for f in figures] == ["count", "money"]
    assert figures[1].year == 2022
