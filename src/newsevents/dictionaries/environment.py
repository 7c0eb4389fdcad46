"""The dictionaries a PETRARCH validation file names in its ``<Environment>`` block.

PETRARCH's own validation runs (``PETR.UnitTest.records.txt``, the GSR sets) name their verb,
actor, agent and discard files there, comma-separated, relative to the XML file::

    <Environment>
        <Verbfile>CAMEO.2.0.txt</Verbfile>
        <Actorfile>Phoenix.Countries.actors.txt,Phoenix.International.actors.txt</Actorfile>
        <Agentfile>Phoenix.agents.txt</Agentfile>
        <Discardfile>Phoenix.discards.txt</Discardfile>
    </Environment>
"""

from __future__ import annotations

import re
from pathlib import Path

from newsevents.dictionaries.knowledge import DictionarySpec
from newsevents.errors import DictionaryError, DictionaryProblem

# The <Environment> elements we read, by the spec field they fill.
ELEMENTS = {"actors": "Actorfile", "agents": "Agentfile", "verbs": "Verbfile", "discards": "Discardfile"}


def environment_dictionaries(xml_path: Path | str) -> DictionarySpec:
    """A spec coding with the files the XML's ``<Environment>`` names (and no built-in ones).

    Raises :class:`~newsevents.errors.DictionaryError` naming the XML when it has no such block
    or a file it names is missing.
    """
    xml_path = Path(xml_path)
    head = xml_path.read_text(encoding="utf-8", errors="replace")[:200_000]
    block = re.search(r"<Environment>(.*?)</Environment>", head, re.S)
    if block is None:
        raise DictionaryError([DictionaryProblem(str(xml_path), None, "has no <Environment> block naming "
                                                 "dictionary files")], "give them with --actors, --verbs, ...")
    found: dict[str, tuple[str, ...]] = {}
    problems = []
    for field, element in ELEMENTS.items():
        names: list[str] = []
        for value in re.findall(rf"<{element}>(.*?)</{element}>", block.group(1), re.S):
            names.extend(n.strip() for n in value.split(",") if n.strip())
        paths = [xml_path.parent / name for name in names]
        for path in paths:
            if not path.is_file():
                line = head[:block.start()].count("\n") + 1
                problems.append(DictionaryProblem(str(xml_path), line, f"<{element}> names {path}, which does "
                                                  "not exist (paths are relative to the XML file)"))
        found[field] = tuple(str(p) for p in paths)
    if problems:
        raise DictionaryError(problems, "put the files beside the XML or give them with --actors, --verbs, ...")
    return DictionarySpec(found["actors"], found["agents"], found["verbs"], found["discards"], builtin=False)
