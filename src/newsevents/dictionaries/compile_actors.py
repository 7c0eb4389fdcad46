"""Turn actor and agent dictionary records into the actor lexicon's entries and known persons.

An actor record whose code is a bare country code (``[AFG]``) names that country; one with a
longer code (``[USAGOVHLH]``, ``[IGOUNO]``, ``[SYRREBMUS]``) names an organisation, matched in
text like our ``orgs.tsv``; a record with dated codes whose primary phrase has two words or more
becomes a person with the record's codes as dated offices (a person not in office on a date is coded as
an elite of their country, as with our own persons table). Agents become role words.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence

from newsevents.actors.lexicon import Entry, Lexicon
from newsevents.actors.persons import Person, PersonTable, Role, name_key
from newsevents.dictionaries.actors import ActorRecord
from newsevents.dictionaries.agents import Agent

Split = Callable[[str], list[str]]

#: CAMEO role codes (the three letters after a country code).
SECTORS = frozenset({
    "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "LEG", "MED", "EDU", "BUS", "CRM", "CVL",
    "HLH", "HRI", "LAB", "REF", "AGR", "ELI", "ENV", "IGO", "NGO", "NGM", "MNC", "UAF", "INS", "SEP",
    "REL", "MOD", "RAD", "CHR", "MUS", "JEW", "BUD", "HIN", "DEV", "IMG", "SET", "ATH", "PRM",
})
#: The sectors our role words give (religions and ethnic groups are not among them: Phoenix's
#: "MUSLIM [~MUS]" would make an actor of every mention of a faith).
ROLE_SECTORS = frozenset({
    "AGR", "BUS", "COP", "CRM", "CVL", "EDU", "ELI", "GOV", "HLH", "INS", "JUD", "LAB", "LEG", "MED", "MIL",
    "NGO", "OPP", "PTY", "REB", "REF", "REL", "SEP", "SPY", "UAF", "HRI", "ENV", "IGO",
})
#: The sectors a shipped agents file may add role words for: the state, parties, opposition and
#: rebels. Phoenix's civilian, business, labour and farm words ("women", "villagers", "carmakers",
#: "farm workers") made actors of people in non-political stories and added false events on our
#: gold set's negatives; our own roles.tsv keeps the common ones. A user's file is taken whole.
STATE_AND_ARMED = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "OPP", "PTY", "REB", "INS", "SEP", "IGO"})
#: Sectors of armed groups outside the state.
ARMED = frozenset({"REB", "INS", "SEP", "UAF", "RAD", "IMG"})
#: Words an agent phrase may not end in: "AMBASSADOR_TO" would swallow the "to" our coder reads.
FUNCTION_WORDS = frozenset({"TO", "IN", "OF", "FOR", "FROM", "WITH", "AT", "ON", "THE", "A", "AN", "AND", "BY"})
#: Last words that make a singular agent an institution rather than a person's title.
BODY_WORDS = frozenset({
    "MINISTRY", "MINISTRIES", "DEPARTMENT", "AGENCY", "COUNCIL", "COMMITTEE", "COMMISSION", "COURT",
    "PARLIAMENT", "ASSEMBLY", "GOVERNMENT", "ADMINISTRATION", "OFFICE", "BUREAU", "BOARD", "PARTY",
    "ARMY", "NAVY", "FORCE", "FORCES", "POLICE", "UNION", "ASSOCIATION", "ORGANIZATION", "ORGANISATION",
    "CABINET", "REGIME", "SENATE", "CONGRESS", "JUNTA", "MILITARY", "MILITIA", "GUARD", "CHURCH",
    "FRONT", "MOVEMENT", "GROUP", "SERVICE", "SERVICES", "AUTHORITY", "AUTHORITIES", "CORPS", "UNIT",
    "COMMAND", "LEADERSHIP", "OPPOSITION", "MEDIA", "PRESS", "COMPANY", "FIRM", "BANK", "UNIVERSITY",
})


def record_name(words: Sequence[str]) -> str:
    """A dictionary phrase (upper case words) as a name: ``BILL CLINTON`` -> ``Bill Clinton``."""
    return " ".join(w if any(c.isdigit() for c in w) else w.capitalize() for w in words)


def org_kind(code: str) -> str:
    """The kind of organisation a code names, in our ``orgs.tsv`` kinds."""
    head, sector = code[:3], code[3:6]
    if head == "IGO":
        return "igo"
    if head in {"NGO", "NGM"}:
        return "ngo"
    if head == "MNC" or sector == "BUS":
        return "company"
    if head in ARMED or sector in ARMED:
        return "armed"
    return {"PTY": "party", "MED": "media", "EDU": "edu"}.get(sector, "state")


def national_ngo_code(code: str, countries: Iterable[str]) -> str:
    """A national NGO's code with its country first: Phoenix writes an NGO based in one country as
    ``NGO`` + the country (``[NGOUSAHRI]``, "the Carter Center"), where CAMEO's actor code and our
    gold put the country first (``USANGO``) and keep ``NGO...`` for international ones (Amnesty
    International, ``NGOAMN``). A secondary that is also a sector (``NGOMUS``: Muslim, not
    Mauritius) names no country. Any other code is returned as it is."""
    if code[:3] == "NGO" and code[3:6] in countries and code[3:6] not in SECTORS:
        return code[3:6] + "NGO"
    return code


def is_country_code(code: str, countries: Iterable[str]) -> bool:
    """Whether ``code`` is a bare country code (known, or three letters that are no sector)."""
    return len(code) == 3 and code.isalpha() and (code in countries or code not in SECTORS)


def _case(words: Sequence[str]) -> str:
    """Short one-word phrases are acronyms (exact case); longer names need a capital only."""
    if len(words) == 1 and (len(words[0]) <= 5 or "." in words[0]):
        return "exact"
    return "proper"


def _add(lex: Lexicon, split: Split, words: Sequence[str], entry: Entry, *, win: bool) -> None:
    forms = [tuple(words)]
    if len(words) > 1 and words[0] == "THE":
        forms.append(tuple(words[1:]))
    split_forms = [(form, split(" ".join(form))) for form in forms]
    if not win and any(lex.has(tokens) for _, tokens in split_forms if tokens):
        return  # ours name it already ("European Union" for "THE_EUROPEAN_UNION"): ours win
    for form, tokens in split_forms:
        if not tokens:
            continue
        case = entry.case or _case(form)
        full = Entry(entry.kind, entry.code, entry.name, case, entry.leader, "".join(tokens))
        if win:
            lex.replace(tokens, full)
        else:
            lex.add(tokens, full)


def add_actor_records(lex: Lexicon, split: Split, records: Iterable[ActorRecord], countries: set[str],
                      *, win: bool) -> list[Person]:
    """Add the records' country and organisation phrases to ``lex``; return their persons.

    ``win``: a phrase already in ``lex`` is replaced (a user's file) rather than kept (ours
    over Phoenix's).
    """
    persons = []
    for record in records:
        code = record.default or (record.dated[-1].code if record.dated else None)
        if code is None:
            continue
        name = record_name(record.phrases[0])
        if is_country_code(code, countries):
            # A shipped file's synonyms of a country are mostly its towns, which our own
            # gazetteer keeps to the large ones on purpose (small towns share names with people
            # and words): only its name is taken. A user's file is taken whole.
            for words in record.phrases if win else record.phrases[:1]:
                _add(lex, split, words, Entry("country", code, name, "proper"), win=win)
            continue
        if not record.dated:
            for words in record.phrases:
                _add(lex, split, words, Entry(org_kind(code), national_ngo_code(code, countries), name), win=win)
        if record.dated and len(record.phrases[0]) >= 2:
            # only dated records are people: an undated one is most often an organisation
            # ("THE_EUROPEAN_UNION [IGOEUREEC]"), matched as a phrase above
            person = _person(record, name, keep_single=win)
            if person is not None:
                persons.append(person)
    return persons


def _person(record: ActorRecord, name: str, *, keep_single: bool) -> Person | None:
    roles = [Role(d.code, "", d.start, d.end) for d in record.dated]
    codes = [d.code for d in record.dated] + ([record.default] if record.default else [])
    nationality = Counter(c[:3] for c in codes).most_common(1)[0][0]
    if record.default and record.default != nationality + "ELI":
        roles.append(Role(record.default, "", None, None))  # held whenever no dated code is
    if not roles:
        return None
    # One-word aliases ("Karzai") are left out of a shipped file's persons: a surname alone
    # is too often someone else's. A user's own file keeps them.
    aliases = tuple(record_name(p) for p in record.phrases[1:] if keep_single or len(p) >= 2)
    return Person(name, nationality, tuple(roles), aliases)


def merge_persons(tables: Sequence[Sequence[Person]]) -> PersonTable:
    """One persons table from several lists, earlier lists first; a later person is dropped
    when one of its names is already an earlier list's (our table wins over Phoenix's)."""
    persons: list[Person] = []
    names: dict[str, list[int]] = {}
    for group in tables:
        taken = set(names)
        for person in group:
            keys = {name_key(n) for n in (person.name, *person.aliases)}
            if keys & taken:
                continue
            index = len(persons)
            persons.append(person)
            for key in keys:
                names.setdefault(key, []).append(index)
    return PersonTable(persons, names)


def add_agents(lex: Lexicon, split: Split, agents: Iterable[Agent], *, win: bool) -> int:
    """Add agent phrases to ``lex`` as role words (sector: the code's first three letters).

    Codes that lead the actor's (``[NGO~]``) are left out: they make an organisation of any
    actor, which our roles do not model; so are phrases ending in a preposition
    (``AMBASSADOR_TO``). Returns how many phrases were added.
    """
    added = 0
    for agent in agents:
        if agent.before or agent.code[:3] not in ROLE_SECTORS or agent.phrase[-1] in FUNCTION_WORDS:
            continue
        if not win and agent.code[:3] not in STATE_AND_ARMED:
            continue  # a shipped file's civilians, workers and firms: see STATE_AND_ARMED
        kind = "group" if agent.plural else "body" if agent.phrase[-1] in BODY_WORDS else "title"
        tokens = split(" ".join(agent.phrase).lower())
        entry = Entry(kind, agent.code[:3], " ".join(agent.phrase).lower(), "", False)
        if win:
            lex.replace(tokens, entry)
            added += 1
        elif not lex.has(tokens):
            lex.add(tokens, entry)
            added += 1
    return added

