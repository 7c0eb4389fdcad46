"""Money amounts: a number, a multiplier and a currency, normalised to ISO 4217."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

from newsevents.figures.numbers import AMOUNT, NUMBER_WORDS, parse_number
from newsevents.nlp.scan import first_char_guard


@dataclass(frozen=True, slots=True)
class Currencies:
    """The currency table (``currencies.tsv``): symbols, ISO codes and names to ISO codes."""

    symbols: dict[str, str]
    codes: dict[str, str]
    names: dict[str, str]


@dataclass(frozen=True, slots=True)
class Money:
    """One amount found in a text: where, how much (in base units) and in which currency."""

    start: int
    end: int
    value: float
    currency: str


@functools.lru_cache(maxsize=1)
def currencies() -> Currencies:
    """The currency table, read once."""
    tables: dict[str, dict[str, str]] = {"symbol": {}, "code": {}, "name": {}}
    text = resources.files("newsevents.figures").joinpath("currencies.tsv").read_text("utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            phrase, code, kind = line.split("\t")
            tables[kind][phrase] = code
    return Currencies(tables["symbol"], tables["code"], tables["name"])


def _alternation(phrases: dict[str, str]) -> str:
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def money_pattern() -> re.Pattern[str]:
    """Symbol or code before the amount, or a currency name or code after it."""
    table = currencies()
    names = _alternation(table.names).replace(r"\ ", r"\s+")
    # No amount starts inside a word; "(?<!\w)" says so once, so that the scan turns away the
    # positions inside words without trying each alternative there. Nor does one start on a
    # character that opens no symbol, code or number (the guard): most word starts are turned
    # away there.
    firsts = first_char_guard([*table.symbols, *table.codes, *NUMBER_WORDS], digits=True)
    return re.compile(
        rf"(?<!\w){firsts}"
        rf"(?:(?:(?<![\w$])(?P<symbol>{_alternation(table.symbols)})\s?(?P<a1>{AMOUNT})"
        rf"(?:\s+(?P<tail>(?i:{names})(?:e?s)?)\b)?)"
        rf"|(?:\b(?P<code1>{_alternation(table.codes)})\s?(?P<a2>{AMOUNT}))"
        rf"|(?:\b(?P<a3>{AMOUNT})\s*(?P<code2>{_alternation(table.codes)})\b)"
        rf"|(?:\b(?P<a4>{AMOUNT})\s+(?:of\s+)?(?P<name>(?i:{names})(?:e?s)?)\b))"
    )


def find_money(text: str) -> list[Money]:
    """Every money amount in ``text`` whose currency the table knows."""
    found = []
    for match in money_pattern().finditer(text):
        amount = next(g for g in (match.group(k) for k in ("a1", "a2", "a3", "a4")) if g)
        currency = _currency(match)
        value = parse_number(amount)
        if currency is None or value is None or not _has_number(amount):
            continue
        found.append(Money(match.start(), match.end(), value, currency))
    return found


def _has_number(amount: str) -> bool:
    """"a pound" is not an amount; "a billion pounds" and "two pounds" are."""
    words = amount.lower().split()
    return not (len(words) == 1 and words[0] in ("a", "an", "half"))


def _currency(match: re.Match[str]) -> str | None:
    table = currencies()
    name = match.group("tail") or match.group("name")
    if name is not None:
        by_name = _name_code(name)
        # "US$5 billion dollars" and "$5 billion Australian dollars": the name says more.
        if by_name is not None:
            return by_name
    if match.group("symbol"):
        return table.symbols[match.group("symbol")]
    code = match.group("code1") or match.group("code2")
    return None if code is None else table.codes[code]


def _name_code(name: str) -> str | None:
    names = currencies().names
    key = re.sub(r"\s+", " ", name.lower())
    for candidate in (key, key[:-1], key[:-2]):
        if candidate in names:
            return names[candidate]
    return None
