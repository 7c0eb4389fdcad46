"""CAMEO dictionaries in the PETRARCH/TABARI formats: read, check, compile and use them.

Readers (one per format) return typed records and the problems met, each naming its file and
line: :func:`read_actors`, :func:`read_agents`, :func:`read_verbs`, :func:`read_discards`,
:func:`read_issues`; :func:`check_file` reads any of them. :class:`DictionarySpec` says which
dictionaries a pipeline codes with (built-in ones, the user's files) and :func:`knowledge`
compiles them once (cached on disk by the files' hashes).
"""

from newsevents.dictionaries.actors import read_actors
from newsevents.dictionaries.agents import read_agents
from newsevents.dictionaries.check import check_file, guess_kind
from newsevents.dictionaries.knowledge import DictionarySpec, Knowledge, knowledge
from newsevents.dictionaries.lists import read_discards, read_issues
from newsevents.dictionaries.verbs import read_verbs

__all__ = ["DictionarySpec", "Knowledge", "check_file", "guess_kind", "knowledge", "read_actors", "read_agents",
           "read_discards", "read_issues", "read_verbs"]
