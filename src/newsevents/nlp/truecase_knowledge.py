"""What the truecaser of :mod:`newsevents.nlp.truecase` knows: English words, names and acronyms.

Built once per pipeline, on the first text in capitals a process meets (a few seconds: the
Phoenix actor files are read), from general knowledge only: Webster's word list of the
``english-words`` package, the model's lemma tables and stop words, our actor tables, the
gazetteer's large cities and the Phoenix actor dictionaries.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import warnings
from collections.abc import Callable

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language

MIN_CITY_POPULATION = 200_000
"""Cities whose names of several words are known (as the actor lexicon's)."""
WORD = re.compile(r"[^\W\d_]+")
"""A word: a run of letters."""


@dataclasses.dataclass(frozen=True)
class Knowledge:
    """What the truecaser knows: English words, names (lower case -> as written), acronyms and
    the names of several words (lower-case tokens -> as written)."""

    english: Callable[[str], bool]
    verb: Callable[[str], bool]
    proper: Callable[[str], bool]
    names: dict[str, str]
    acronyms: frozenset[str]
    pronoun_acronyms: frozenset[str]
    phrases: dict[tuple[str, ...], tuple[str, ...]]
    people: frozenset[tuple[str, ...]]
    first_names: frozenset[str]
    longest: int


@functools.lru_cache(maxsize=2)
def knowledge(nlp: Language) -> Knowledge | None:
    """The truecaser's knowledge for ``nlp`` (``None`` without the word list or a lemmatizer
    with lemma tables: the text is then parsed as it is). Acronyms that are English words of
    three letters or more ("CAR", "MEND") are not kept; those that are pronouns ("US", "WHO")
    only where they name something."""
    words = _english_words(nlp)
    if words is None:
        return None
    english, verb, proper = words
    names, spelled, phrases, people = _known_names(english)
    acronyms = frozenset(w for w in spelled if not (english(w.lower()) and (len(w) > 2 or w.lower() in STOP_WORDS)))
    first_names = frozenset(p[0] for p in people if not english(p[0]))
    return Knowledge(english, verb, proper, names, acronyms, frozenset(w for w in spelled if w.lower() in STOP_WORDS),
                     phrases, people, first_names, max((len(p) for p in phrases), default=1))


def _title(phrase: str, acronyms: set[str]) -> str:
    """A name printed in capitals ("BANK OF ENGLAND", "US CONGRESS") as news prints it."""
    words = phrase.split(" ")
    return " ".join(w if w in acronyms else w.lower() if k and w.lower() in STOP_WORDS else w.title()
                    for k, w in enumerate(words))


def _looks_acronym(word: str) -> bool:
    """Whether a word of a dictionary printed in capitals reads as an acronym: three letters or
    less, or five or less with one vowel ("KLA", "ANSF"; not "ACCRA", "ASSAD", "AMAL")."""
    vowels = sum(1 for ch in word if ch in "AEIOUY")
    return word.isalpha() and (len(word) <= 3 or (len(word) <= 5 and vowels <= 1))


def _english_words(nlp: Language) -> tuple[Callable[[str], bool], Callable[[str], bool],
                                           Callable[[str], bool]] | None:
    """Whether a lower-case word is a common English word: a stop word, a word Webster's word
    list (package ``english-words``) prints in lower case, a verb of the lemmatizer's index or a
    form of its exceptions; as it is or after one of the lemmatizer's suffix rules. (The
    lemmatizer's nouns and adjectives are not used: they hold names and their adjectives in lower
    case, "kandahar", "putin", "kurdish".)"""
    try:
        from english_words import get_english_words_set
    except ImportError:  # a dependency, but a broken install must not stop the extraction
        warnings.warn("text set in capitals is parsed as it is: the package english-words is missing "
                      "(pip install 'english-words>=2.0')", RuntimeWarning, stacklevel=2)
        return None
    if "lemmatizer" not in nlp.component_names:
        return None
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return None
    index, exc, rules = (lookups.get_table(t, {}) for t in ("lemma_index", "lemma_exc", "lemma_rules"))
    webster = get_english_words_set(["web2"])
    words = {w for w in webster if w.islower()}
    words.update(STOP_WORDS)
    words.update(index.get("verb", ()))
    for pos in ("noun", "verb", "adj", "adv"):
        words.update(exc.get(pos, {}))
    suffixes = sorted({(old, new) for pos in ("noun", "verb", "adj") for old, new in rules.get(pos, ())})

    def simple(word: str) -> bool:  # an inflected form only where the list has no name so spelled ("Paris")
        return word in words or (word.capitalize() not in webster and any(
            word.endswith(old) and word[:len(word) - len(old)] + new in words for old, new in suffixes))

    @functools.lru_cache(maxsize=65536)
    def english(word: str) -> bool:
        # or a compound of two words newer than the list ("ceasefire", "airstrikes", "checkpoint"),
        # unless the list knows it as a name ("Portland")
        return simple(word) or (word.capitalize() not in webster and any(
            simple(word[:k]) and simple(word[k:]) and word[:k] not in STOP_WORDS
            for k in range(3, len(word) - 3)))

    verbs = frozenset(index.get("verb", ())) | frozenset(exc.get("verb", {}))
    verb_suffixes = list(rules.get("verb", ()))

    @functools.lru_cache(maxsize=65536)
    def verb(word: str) -> bool:
        return word in verbs or any(word.endswith(old) and word[:len(word) - len(old)] + new in verbs
                                    for old, new in verb_suffixes)

    def proper(word: str) -> bool:  # the list prints it with a capital ("Asian", "Marxist", "Michael")
        return word.capitalize() in webster

    return english, verb, proper


def _known_names(english: Callable[[str], bool]) -> tuple[
        dict[str, str], frozenset[str], dict[tuple[str, ...], tuple[str, ...]], frozenset[tuple[str, ...]]]:
    """From the actor tables, the gazetteer's large cities and the Phoenix actor dictionaries:
    countries' one-word names, aliases and demonyms (written as names even where they are English
    words: "Turkey", "Chad"), every acronym ("UN", "KLA", "CAR", "US": :func:`knowledge` sorts
    them), names of several words ("Ivory Coast", "Security Council", "Bob Dole"), and those of
    them that name persons."""
    from newsevents.actors.lexicon import data_path, read_table, split_names
    from newsevents.dictionaries.actors import read_actors
    from newsevents.dictionaries.knowledge import PHOENIX_FILES, phoenix_path
    from newsevents.places.gazetteer import geonames_cities

    names: dict[str, str] = {}
    phrases: dict[tuple[str, ...], tuple[str, ...]] = {}
    people: set[tuple[str, ...]] = set()
    spelled: set[str] = set()  # every acronym of our tables, "US" and "WHO" too

    def add(name: str, country: bool = False, person: bool = False) -> None:
        tokens = tuple(WORD.findall(name))
        if not tokens or not name[:1].isupper():
            return
        if len(tokens) > 1:
            phrases.setdefault(tuple(t.lower() for t in tokens), tokens)
            if person:
                people.add(tuple(t.lower() for t in tokens))
        elif tokens[0].isupper() and len(tokens[0]) > 1:
            spelled.add(tokens[0])
        elif country:
            names.setdefault(tokens[0].lower(), tokens[0])

    for _, row in read_table(data_path("countries.tsv")):
        for name in [row["name"], *split_names(row["aliases"])]:
            add(name, country=True)
        for cell in ("adjectives", "people"):
            for name in split_names(row[cell]):
                add(name, country=True)
        for name in split_names(row["capitals"]):
            add(name)
    for table, cells in (("orgs.tsv", ("name", "aliases")), ("regions.tsv", ("name", "aliases")),
                         ("persons.tsv", ("name", "aliases"))):
        for _, row in read_table(data_path(table)):
            for cell in cells:
                for name in split_names(row[cell]):
                    add(name, person=table == "persons.tsv")
    cities = geonames_cities().values()
    for city in cities:
        if city["population"] >= MIN_CITY_POPULATION:
            add(city["name"])
    towns = {city["name"].upper() for city in cities}
    for name in PHOENIX_FILES["actors"]:  # printed in capitals: acronyms are the short unsayable words
        for record in read_actors(phoenix_path(name)).records:
            for phrase in record.phrases:
                if len(phrase) == 1 and _looks_acronym(phrase[0]) and phrase[0] not in towns:
                    spelled.add(phrase[0])
                elif len(phrase) > 1:
                    add(_title(" ".join(phrase[1:] if phrase[0] == "THE" else phrase), spelled))
    return names, frozenset(spelled), phrases, frozenset(people)
