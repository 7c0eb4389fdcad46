"""The event patterns: trigger words, their frames and CAMEO codes, read from ``patterns.yaml``.

Each pattern names a trigger (a verb or a noun lemma, with an optional particle or preposition:
"call for", "pull out"), an optional theme the trigger must take ("impose" + "sanctions"), the
dependency slots that hold the source and the target, and the CAMEO code. The file also holds
the word lists the constructions use (intent verbs, light verbs, ...) and the code maps for
intent, threats, refusals and appeals. It is read once, on first use.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from newsevents.errors import PatternError
from newsevents.events import codebook

PATTERN_FILE = "patterns.yaml"
VERB_SLOTS = {"subj", "obj", "dative"}
NOUN_SLOTS = {"poss", "compound", "subj", "between", "of"}
DEFAULT_SOURCE = {"verb": ("subj",), "noun": ("poss", "compound", "by", "subj")}
DEFAULT_TARGET = {"verb": ("obj",), "noun": ("poss",)}
BLOCK = "-"
"""The ``cameo`` value of a pattern that marks a usage as no event ("meet the demands" is not
a meeting): when it is the best match, the trigger codes nothing."""
_NO_WORDS: frozenset[str] = frozenset()  # what word_list gives for a list the file lacks


@dataclass(frozen=True, slots=True)
class Pattern:
    """One trigger frame: when ``lemma`` (with ``particle``) takes ``objects`` (and is done by one
    of ``doers``, when given), code ``cameo``."""

    id: str
    pos: str
    lemma: str
    cameo: str
    example: str
    particle: str | None = None
    theme: str = "obj"
    objects: frozenset[str] = frozenset()
    object_heads: bool = False  # objects match the theme's head only ("met *opposition* leaders" is no reception)
    doers: frozenset[str] = frozenset()
    source: tuple[str, ...] = ()
    target: tuple[str, ...] = ()
    mutual: bool = False
    needs_target: bool = False
    solo: str | None = None
    confidence: float = 0.8
    line: int | None = None

    @property
    def specificity(self) -> int:
        """How much of the frame the pattern pins down; the most specific match wins."""
        return 2 * bool(self.objects) + 2 * bool(self.doers) + bool(self.particle)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The whole pattern file: patterns by (pos, lemma), word lists and code maps."""

    patterns: Mapping[tuple[str, str], tuple[Pattern, ...]]
    words: Mapping[str, frozenset[str]]
    maps: Mapping[str, Mapping[str, str]]
    classes: Mapping[str, frozenset[str]] = field(default_factory=dict)

    def for_token(self, pos: str, lemma: str) -> tuple[Pattern, ...]:
        """The patterns a token of this part of speech and lemma can trigger."""
        return self.patterns.get((pos, lemma), ())

    def construction(self, name: str) -> Pattern | None:
        """The pattern a construction module codes with, by its verb key (``_lying``, ...); ``None``
        when the pattern file lacks it."""
        found = self.patterns.get(("verb", name), ())
        return found[0] if found else None

    def word_list(self, name: str) -> frozenset[str]:
        """A named word list (``intent_verbs``, ``light_verbs``, ...); empty if absent."""
        return self.words.get(name, _NO_WORDS)

    def map_code(self, name: str, code: str) -> str | None:
        """``code`` through the named map, trying the code, then its shorter prefixes."""
        table = self.maps.get(name, {})
        for size in (4, 3, 2):
            if len(code) >= size and code[:size] in table:
                value = table[code[:size]]
                return None if value == BLOCK else value
        return None


# Keyed by the lexicon's id() and the list names; the lexicon is kept in the value so that its id
# is not reused while cached.
_JOINED: dict[tuple[int, tuple[str, ...]], tuple[Lexicon, frozenset[str]]] = {}


def joined_word_lists(lex: Lexicon, names: tuple[str, ...]) -> frozenset[str]:
    """Every word of the named word lists of ``lex``, in one set, joined once per lexicon."""
    key = (id(lex), names)
    cached = _JOINED.get(key)
    if cached is not None and cached[0] is lex:
        return cached[1]
    words = frozenset().union(*(lex.word_list(name) for name in names))
    if len(_JOINED) >= 32:  # tests build many small lexicons; a run uses one
        _JOINED.clear()
    _JOINED[key] = (lex, words)
    return words


# libyaml's parser where PyYAML was built with it (several times faster), else the pure-Python one.
_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_SafeLoader):  # type: ignore[valid-type,misc]
    """A YAML loader that records each mapping's line number under ``__line__``."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = {str(k): v for k, v in loader.construct_mapping(node, deep=True).items()}
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
# YAML 1.1 reads on/off/yes/no as booleans; here "on" is a preposition. Only true/false are.
_LineLoader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_LineLoader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|false)$"), list("tf"))


def _words(value: Any, classes: Mapping[str, frozenset[str]], where: tuple[str, int | None]) -> frozenset[str]:
    if value is None:
        return frozenset()
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list):
        raise PatternError(*where, f"expected a word or a list of words, got {value!r}")
    out: set[str] = set()
    for item in items:
        text = str(item).strip().lower()
        if text.startswith("$"):
            if text[1:] not in classes:
                raise PatternError(*where, f"unknown word class {text!r} (define it under classes:)")
            out |= classes[text[1:]]
        else:
            out.add(text)
    return frozenset(out)


def _slots(value: Any, default: tuple[str, ...]) -> tuple[str, ...]:
    if value is None:
        return default
    return tuple(str(v).lower() for v in ([value] if isinstance(value, str) else value))


def _patterns(entry: dict[str, Any], classes: Mapping[str, frozenset[str]], source: str) -> list[Pattern]:
    line = entry.get("__line__")
    where = (source, line)
    pid = entry.get("id")
    if not pid:
        raise PatternError(*where, "a pattern needs an id")
    pos = "verb" if "verbs" in entry else "noun" if "nouns" in entry else None
    if pos is None:
        raise PatternError(*where, f"pattern {pid!r} needs 'verbs:' or 'nouns:'")
    cameo = str(entry.get("cameo", "")).strip()
    if cameo != BLOCK and not codebook.is_valid(cameo):
        raise PatternError(*where, f"pattern {pid!r} has CAMEO code {cameo!r}, which is not in the codebook")
    solo = str(entry["solo"]).strip() if entry.get("solo") else None
    if solo is not None and not codebook.is_valid(solo):
        raise PatternError(*where, f"pattern {pid!r} has solo code {solo!r}, which is not in the codebook")
    if not entry.get("example"):
        raise PatternError(*where, f"pattern {pid!r} needs an example sentence")
    out = []
    for trigger in sorted(_words(entry[pos + "s"], classes, where)):
        lemma, _, particle = trigger.partition(" ")
        out.append(Pattern(
            id=str(pid), pos=pos, lemma=lemma, cameo=cameo, example=str(entry["example"]),
            particle=particle or None, theme=str(entry.get("theme", "obj")).lower(),
            objects=_words(entry.get("objects"), classes, where), object_heads=bool(entry.get("object_heads", False)),
            doers=_words(entry.get("doers"), classes, where),
            source=_slots(entry.get("source"), DEFAULT_SOURCE[pos]),
            target=_slots(entry.get("target"), DEFAULT_TARGET[pos]),
            mutual=bool(entry.get("mutual", False)), needs_target=bool(entry.get("needs_target", False)), solo=solo,
            confidence=float(entry.get("confidence", 0.8)), line=line,
        ))
    return out


def parse_lexicon(data: Any, source: str = PATTERN_FILE) -> Lexicon:
    """Build a :class:`Lexicon` from the parsed pattern file (raises :class:`PatternError`)."""
    if not isinstance(data, dict) or not isinstance(data.get("patterns"), list):
        raise PatternError(source, None, "the pattern file needs a top-level 'patterns:' list")
    classes: dict[str, frozenset[str]] = {}
    for name, words in (data.get("classes") or {}).items():
        if name != "__line__":
            classes[name] = _words(words, classes, (source, None))
    words = {name: _words(value, classes, (source, None))
             for name, value in (data.get("words") or {}).items() if name != "__line__"}
    maps = {name: {str(k): str(v) for k, v in table.items() if k != "__line__"}
            for name, table in (data.get("maps") or {}).items() if name != "__line__"}
    by_key: dict[tuple[str, str], list[Pattern]] = {}
    seen: set[str] = set()
    for entry in data["patterns"]:
        if not isinstance(entry, dict):
            raise PatternError(source, None, f"each pattern must be a mapping, got {entry!r}")
        if entry.get("id") in seen:
            raise PatternError(source, entry.get("__line__"), f"duplicate pattern id {entry.get('id')!r}")
        seen.add(str(entry.get("id")))
        for pattern in _patterns(entry, classes, source):
            by_key.setdefault((pattern.pos, pattern.lemma), []).append(pattern)
    patterns = {k: tuple(sorted(v, key=lambda p: -p.specificity)) for k, v in by_key.items()}
    return Lexicon(patterns, words, maps, classes)


def read_lexicon(text: str, source: str = PATTERN_FILE) -> Lexicon:
    """Parse pattern-file text (YAML) into a :class:`Lexicon`; errors name ``source`` and line."""
    try:
        data = yaml.load(text, Loader=_LineLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise PatternError(source, mark.line + 1 if mark else None, f"not valid YAML: {exc}") from exc
    return parse_lexicon(data, source)


@functools.cache
def lexicon() -> Lexicon:
    """The project's pattern file, parsed once (and kept parsed on disk, see
    :mod:`newsevents.diskcache`: parsing the YAML with line numbers takes half a second)."""
    from newsevents import diskcache

    path = Path(str(resources.files("newsevents.events").joinpath(PATTERN_FILE)))
    data = sorted(Path(str(resources.files("newsevents.events") / "data")).glob("*"))
    key = diskcache.table_key("patterns", [path, *data], ("pyyaml",))
    return diskcache.cached("patterns", key, lambda: read_lexicon(path.read_text(encoding="utf-8")))
