"""Read a CAMEO verbs dictionary (PETRARCH 2 ``CAMEO.2.0.txt`` format).

The file holds synonym sets, then verb blocks::

    &CURRENCY             # a synset: words and phrases on + lines (plurals made unless _)
    +MONEY
    +CASH_

    ---  ASK   [---]  ---         # a block and its default code
    ASK     [020]                 # a verb (its own code optional, irregular forms in { })
    +ASK_FOR {+ASKED_FOR}         # a multi-word verb: + marks the verb word
    - * (FOR {FINANCIAL AID})  [0231]  # a pattern: nouns before *, the verb, then after it

In a pattern, ``*`` is the verb; words, ``{noun phrases}`` (head last) and ``&SYNSETS`` must
be found on their side of it; ``(PREP ...)`` is a prepositional phrase (``A/B``: either
preposition); ``$`` marks where the source actor is, ``+`` the target, ``%`` both (a
compound actor), ``^`` a place to skip. A code ``[A:B]`` codes ``A`` from source to target
and ``B`` back from target to source (``[:B]``: only the latter). ``NOT`` before ``*`` asks
for a negated verb. Transformation lines (``~ ...``) are read and not used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from newsevents.dictionaries.common import Lines, phrase_words, read_lines, regular_plural
from newsevents.errors import DictionaryProblem

EVENT_CODE = re.compile(r"^(\d{2,4}|---)?(?::(\d{2,4}|---))?$")
MARKERS = frozenset({"$", "+", "%", "^"})
TOKEN = re.compile(r"\{[^{}]*\}|\([^()]*\)|[^\s{}()]+|[{}()]")


@dataclass(frozen=True, slots=True)
class Item:
    """A pattern item: a marker (``$ + % ^``) or a noun given as word alternatives per position.

    ``words`` is a tuple of alternatives (one per phrase a synset or ``A/B`` allows), each a
    tuple of upper-case words, head last.
    """

    marker: str = ""
    words: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True, slots=True)
class Prep:
    """A prepositional phrase: its prepositions (alternatives) and the items of its object."""

    preps: tuple[str, ...]
    items: tuple[Item, ...]


@dataclass(frozen=True, slots=True)
class Pattern:
    """One pattern line: what must stand before and after the verb, and the codes it gives."""

    before: tuple[Item | Prep, ...]
    after: tuple[Item | Prep, ...]
    code: str | None
    back_code: str | None
    negated: bool
    line: int
    text: str

    @property
    def size(self) -> int:
        """How much the pattern asks for: more specific patterns win."""
        return sum(1 + (len(p.items) if isinstance(p, Prep) else 0)
                   for p in (*self.before, *self.after) if not (isinstance(p, Item) and p.marker))


@dataclass(frozen=True, slots=True)
class Verb:
    """A verb of a block: its base form (lower case), words fixed before/after it, its own code."""

    lemma: str
    before: tuple[str, ...]
    after: tuple[str, ...]
    code: str | None
    line: int


@dataclass(slots=True)
class VerbBlock:
    """A block of synonymous verbs, their default code and their patterns."""

    name: str
    code: str | None
    line: int
    verbs: list[Verb] = field(default_factory=list)
    patterns: list[Pattern] = field(default_factory=list)


@dataclass(slots=True)
class VerbFile:
    """The synsets and verb blocks of one file and the problems met reading it."""

    path: str
    synsets: dict[str, list[tuple[str, ...]]]
    blocks: list[VerbBlock]
    problems: list[DictionaryProblem]
    transformations: int = 0


def parse_code(text: str) -> tuple[str | None, str | None]:
    """``042`` / ``042:043`` / ``:043`` / ``---`` as (code, back code); ``---`` is no code."""
    found = EVENT_CODE.match(text.strip())
    if not found or not text.strip():
        raise ValueError(f"event code [{text}] is not NNN, NNN:NNN, :NNN or ---")
    first, second = found.group(1), found.group(2)
    return (None if first in (None, "---") else first), (None if second in (None, "---") else second)


def _synset_line(synsets: dict[str, list[tuple[str, ...]]], name: str, text: str) -> None:
    phrase = text.strip()
    words = phrase_words(phrase)
    forms = synsets.setdefault(name, [])
    forms.append(words)
    if not phrase.endswith("_") and not name.endswith("_"):
        forms.append((*words[:-1], regular_plural(words[-1])))


def _verb(text: str, number: int) -> Verb:
    """A verb line: ``ASK [020]``, ``+ASK_FOR {...}``, ``WIRE_+TAP``; raises ``ValueError``."""
    code = None
    if "[" in text:
        head, _, rest = text.partition("[")
        if not rest.rstrip().endswith("]"):
            raise ValueError("verb code without its closing ]")
        code, _ = parse_code(rest.rstrip()[:-1])
        text = head
    if text.count("{") != text.count("}"):
        raise ValueError("unbalanced { } around the verb's forms")
    primary = text.split("{", 1)[0].strip()
    words = [w for w in re.split(r"[_\s]+", primary) if w]
    if not words:
        raise ValueError("empty verb line")
    marked = [i for i, w in enumerate(words) if w.startswith("+")]
    if len(marked) > 1:
        raise ValueError(f"verb {primary!r} marks more than one word with +")
    at = marked[0] if marked else 0
    if len(words) > 1 and not marked:
        raise ValueError(f"multi-word verb {primary!r} must mark its verb word with +")
    clean = [w.lstrip("+").lower() for w in words]
    if not all(re.match(r"^[a-z][a-z'\-]*$", w) for w in clean):
        raise ValueError(f"verb {primary!r} holds a character a verb cannot")
    return Verb(clean[at], tuple(clean[:at]), tuple(clean[at + 1:]), code, number)


def _items(tokens: list[str], synsets: dict[str, list[tuple[str, ...]]]) -> list[Item]:
    """Items from pattern tokens (no parentheses among them); raises ``ValueError``."""
    out = []
    for tok in tokens:
        if tok in MARKERS:
            out.append(Item(marker=tok))
        elif tok.startswith("{"):
            inner = tok[1:-1].split()
            if not inner:
                raise ValueError("empty { } noun phrase")
            alternatives: list[tuple[str, ...]] = [()]
            for word in inner:
                options = _word_options(word, synsets)
                alternatives = [(*a, *o) for a in alternatives for o in options]
            out.append(Item(words=tuple(alternatives)))
        else:
            out.append(Item(words=tuple(_word_options(tok, synsets))))
    return out


def _word_options(word: str, synsets: dict[str, list[tuple[str, ...]]]) -> list[tuple[str, ...]]:
    if word.startswith("&"):
        if word[1:] not in synsets:
            raise ValueError(f"synset {word} is used before it is defined")
        return synsets[word[1:]]
    if not re.match(r"^[A-Z0-9'\-./_]+$", word.upper()):
        raise ValueError(f"pattern word {word!r} holds a character a pattern cannot")
    return [tuple(phrase_words(alt)) for alt in word.split("/") if alt]


def _side(tokens: list[str], synsets: dict[str, list[tuple[str, ...]]]) -> tuple[Item | Prep, ...]:
    out: list[Item | Prep] = []
    for tok in tokens:
        if tok.startswith("("):
            inner = TOKEN.findall(tok[1:-1])
            if not inner:
                raise ValueError("empty ( ) prepositional phrase")
            preps = tuple(p.lower() for p in inner[0].split("/") if p)
            out.append(Prep(preps, tuple(_items(inner[1:], synsets))))
        elif tok in {"{", "}", "(", ")"}:
            raise ValueError(f"unbalanced {tok}")
        else:
            out.extend(_items([tok], synsets))
    return tuple(out)


def _pattern(text: str, number: int, synsets: dict[str, list[tuple[str, ...]]]) -> Pattern:
    """A pattern line (after its ``-``); raises ``ValueError`` with the reason."""
    body = text[1:]
    if body.count("[") != 1 or not body.rstrip().endswith("]"):
        raise ValueError("pattern without one [CODE] at its end")
    words, _, code_text = body.rpartition("[")
    code, back = parse_code(code_text.rstrip()[:-1])
    if words.count("(") != words.count(")") or words.count("{") != words.count("}"):
        raise ValueError("unbalanced ( ) or { } in the pattern")
    tokens = TOKEN.findall(words)
    if tokens.count("*") != 1:
        raise ValueError(f"pattern has {tokens.count('*')} verb markers (*); it needs exactly one")
    star = tokens.index("*")
    before, after = tokens[:star], tokens[star + 1:]
    negated = "NOT" in before
    before = [t for t in before if t != "NOT"]
    return Pattern(_side(before, synsets), _side(after, synsets), code, back, negated, number,
                   " ".join(tokens))


def read_verbs(path: Path | str) -> VerbFile:
    """Every synset, verb block and pattern of a verbs file; bad lines become problems."""
    lines = read_lines(path)
    out = VerbFile(lines.path, {}, [], lines.problems)
    synset: str | None = None
    block: VerbBlock | None = None
    for number, text in lines.lines:
        body = text.strip()
        try:
            if body.startswith("---"):
                block, synset = _block(body, number), None
                out.blocks.append(block)
            elif body.startswith("&"):
                name = body[1:].split()[0] if body[1:].split() else ""
                if not re.match(r"^[A-Z0-9_]+$", name):
                    raise ValueError(f"synset name {body!r} is not &NAME in capitals")
                synset, block = name, None
                out.synsets[name] = []
            elif body.startswith("~"):
                out.transformations += 1
            elif body.startswith("-"):
                if block is None:
                    raise ValueError("pattern outside a verb block (--- NAME [CODE] --- comes first)")
                block.patterns.append(_pattern(body, number, out.synsets))
            elif synset is not None and body.startswith("+"):
                _synset_line(out.synsets, synset, body[1:])
            elif block is not None:
                block.verbs.append(_verb(body, number))
            else:
                raise ValueError("line outside any synset or verb block")
        except ValueError as exc:
            _problem(lines, number, str(exc))
    return out


def _block(body: str, number: int) -> VerbBlock:
    found = re.match(r"^---\s*(.*?)\s*(?:\[([^\]]*)\])?\s*---\s*$", body)
    if not found:
        raise ValueError("block header is not --- NAME [CODE] ---")
    code = parse_code(found.group(2))[0] if found.group(2) is not None else None
    return VerbBlock(found.group(1) or "?", code, number)


def _problem(lines: Lines, number: int, reason: str) -> None:
    lines.problem(number, reason)
