"""Read a CAMEO agents dictionary (PETRARCH ``.agents`` format).

Each line is ``PHRASE {PLURALS} [~CODE]``: the code follows the actor's country code
(``~GOV``: ``USA`` + ``GOV``) or, written ``[CODE~]``, stands before it (``NGO~``). Regular
plurals are made unless ``{...}`` gives them (``{}``: none). Substitution sets are declared
``!PERSON! = MAN, MEN, WOMAN`` and used inside phrases (``CONGRESS!PERSON!``): each member
replaces the marker, with no plural made.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from newsevents.dictionaries.common import (
    CODE,
    bracketed,
    iter_braces,
    phrase_problem,
    phrase_words,
    read_lines,
    regular_plural,
)
from newsevents.errors import DictionaryProblem

MARKER = re.compile(r"!([A-Z]+)!")


@dataclass(frozen=True, slots=True)
class Agent:
    """One agent phrase with its code; ``before`` for ``[CODE~]`` codes (they lead the actor's)."""

    phrase: tuple[str, ...]
    code: str
    before: bool
    plural: bool
    line: int


@dataclass(slots=True)
class AgentFile:
    """The agents of one file and the problems met reading it."""

    path: str
    agents: list[Agent]
    problems: list[DictionaryProblem]


def _code(text: str) -> tuple[str, bool]:
    """``~GOV`` -> (GOV, False); ``NGO~`` -> (NGO, True); raises ``ValueError`` otherwise."""
    if text.startswith("~") and CODE.match(text[1:]):
        return text[1:], False
    if text.endswith("~") and CODE.match(text[:-1]):
        return text[:-1], True
    raise ValueError(f"agent code [{text}] must be [~CODE] or [CODE~]")


def _expand(phrase: str, sets: dict[str, list[str]]) -> list[str]:
    """``phrase`` with each ``!SET!`` marker replaced by each member of the set."""
    found = MARKER.search(phrase)
    if found is None:
        return [phrase]
    members = sets[found.group(1)]
    return [out for member in members
            for out in _expand(phrase[:found.start()] + member + phrase[found.end():], sets)]


def read_agents(path: Path | str) -> AgentFile:
    """Every agent of an agents file; malformed lines become problems and are skipped."""
    lines = read_lines(path)
    sets: dict[str, list[str]] = {}
    agents: list[Agent] = []
    for number, text in lines.lines:
        body = text.strip()
        declared = re.match(r"^!([A-Z]+)!\s*=\s*(.*)$", body)
        if declared:
            members = [m.strip() for m in declared.group(2).split(",") if m.strip()]
            if not members:
                lines.problem(number, f"substitution set !{declared.group(1)}! has no members")
            else:
                sets[declared.group(1)] = members
            continue
        phrase_text, code_text, error = bracketed(body)
        if error or code_text is None:
            lines.problem(number, error or "agent line without a [~CODE]")
            continue
        try:
            code, before = _code(code_text)
        except ValueError as exc:
            lines.problem(number, str(exc))
            continue
        if phrase_text.count("{") != phrase_text.count("}"):
            lines.problem(number, "unbalanced { } around the plurals")
            continue
        head = phrase_text.split("{", 1)[0].strip()
        unknown = [m for m in MARKER.findall(head) if m not in sets]
        if unknown:
            lines.problem(number, f"substitution set !{unknown[0]}! is used before it is declared")
            continue
        braces = list(iter_braces(phrase_text))
        for form in _expand(head, sets):
            reason = phrase_problem(form)
            if reason:
                lines.problem(number, reason)
                break
            words = phrase_words(form)
            substituted = form != head
            agents.append(Agent(words, code, before, False, number))
            if substituted:
                continue
            if braces:
                plurals = [phrase_words(p) for group in braces for p in group.split()]
            else:
                plurals = [(*words[:-1], regular_plural(words[-1]))]
            agents.extend(Agent(p, code, before, True, number) for p in plurals if p and p != words)
    return AgentFile(lines.path, agents, lines.problems)
