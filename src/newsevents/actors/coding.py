"""Turn the words of one actor phrase into a CAMEO code.

The evidence of a phrase ("Chinese ambassador to Minsk", "US State Department spokesman",
"the Belarusian leader", "riot police in Minsk") is gathered from its dictionary matches:
a country named before the role (by name, adjective or possessive) is the actor's country; a
country after "of"/"in" counts only when none came before; a country or organisation after
"to" is where the actor is posted, never whose it is. A named institution gives its own code.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from newsevents.actors.lexicon import Entry, Match, lexicon, shared_countries
from newsevents.actors.persons import Person
from newsevents.nlp.docview import norm

#: Prepositions after which a country or organisation is the actor's own ("minister of Estonia").
OWNER_PREPS = frozenset({"of", "in", "at", "for", "from"})
#: Prepositions after which a country or organisation is somewhere else ("ambassador to Minsk").
OTHER_PREPS = frozenset({"to", "with", "against", "toward", "towards"})
#: Titles of people posted abroad, and the prepositions that name their posting ("envoy in Kabul").
DIPLOMAT_WORDS = frozenset({"ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "consul",
                            "emissary", "emissaries", "attache"})
POSTING_PREPS = frozenset({"in", "at"})
#: Organisation kinds that stand for a state body (their code carries a country).
STATE_KINDS = frozenset({"state", "metonym", "party", "armed", "media", "company", "edu", "territory"})
#: The sector, and code prefix, of an international (intergovernmental) body: "IGOUNO", "IGOAU".
IGO = "IGO"
#: Code prefixes that stand where a country would and name none: international organisations,
#: NGOs, multinational companies, militarised non-state groups (Phoenix writes IMG, NGM, MNC).
NO_COUNTRY_PREFIXES = frozenset({IGO, "NGO", "NGM", "MNC", "IMG"})
#: The country slot of a transnational group's code in orgs.tsv ("---INS", al-Qaeda): no country.
NO_COUNTRY = "---"
#: The rule of a transnational group's mention; the story's country never fills it.
TRANSNATIONAL_RULE = "org-transnational"
#: Dictionary kinds that name a place (countries and their parts).
PLACE_KINDS = ("country", "adjective", "people", "capital", "city", "region")
#: Words after "<country>-" that make the country a sponsor, not the owner ("Turkish-backed fighters").
SPONSOR_WORDS = frozenset({"backed", "sponsored", "funded", "supported", "armed", "allied", "aligned",
                           "trained", "friendly", "leaning", "installed", "appointed", "linked", "affiliated",
                           "inspired"})
#: Words before "-<country>" that make the country the object of a stance ("pro-Russian rebels").
STANCE_PREFIXES = frozenset({"pro", "anti"})
#: Groups named by whom they oppose: "of X" after them says whom ("critics of the president"), never
#: whose they are, so X is its own actor and not part of theirs.
STANCE_GROUPS = frozenset({"critics", "detractors", "opponents"})
#: Titles that take their sector from the body they serve ("army spokesman", "head of the court").
# A body that speaks for whoever sends it: "the army delegation" is the army's (MIL), not a government's,
# and "the Houthi delegation" the Houthis (actors/mentions).
SERVING_BODIES = frozenset({"delegation", "delegations"})
SERVING_TITLES = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "officials", "leader", "leaders",
                            "commander", "commanders", "adviser", "advisor", "president", "chief", "head",
                            "chairman", "chairwoman", "director", "secretary", "member", "members",
                            "deputy", "deputies",
                            # a party's or a body's officers: "secretary general of the opposition party"
                            "secretary general", "secretary-general", "general secretary", "vice president",
                            "vice-president", "vice chairman", "deputy leader"})
#: Words between a city and a role that name the city's region ("Kano State government").
REGION_WORDS = frozenset({"state", "province", "region", "county", "district", "city", "regional",
                          "provincial", "municipal", "metropolitan"})
#: Words that open many armed groups' and armies' names without naming anyone ("People's Defence
#: Force", "National Army"): what follows them may be a state body's generic name.
GENERIC_NAME_WORDS = frozenset({"people", "peoples", "'s", "national", "popular"})


@dataclass(slots=True)
class Evidence:
    """What the words of a phrase say about an actor."""

    country: str | None = None
    country_kind: str = ""
    org: Entry | None = None
    role: Entry | None = None
    former: bool = False
    titles: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        """Whether nothing at all was found."""
        return self.country is None and self.org is None and self.role is None and not self.former


@dataclass(frozen=True, slots=True)
class Coded:
    """A code with its parts and the evidence it rests on."""

    code: str | None
    country: str | None
    sector: str | None
    kind: str
    rule: str
    role: str | None = None


def _before(texts: Sequence[str], start: int) -> str:
    """The word before ``start``, skipping determiners ("to the United Nations" -> "to")."""
    i = start - 1
    while i >= 0 and norm(texts[i]) in {"the", "a", "an"}:
        i -= 1
    return norm(texts[i]) if i >= 0 else ""


def gather(texts: Sequence[str], matches: Sequence[Match]) -> Evidence:
    """The evidence in one phrase: its token ``texts`` and the dictionary ``matches`` in it."""
    ev = Evidence()
    late_country: tuple[str, str] | None = None
    roles_before: list[Entry] = []
    roles_after: list[Entry] = []
    seen_prep = False
    cursor = 0
    for n, match in enumerate(matches):
        if _lonely_city(texts, matches, n):
            continue
        if any(norm(t) in OWNER_PREPS for t in texts[cursor:match.start]):
            seen_prep = True
        cursor = match.end
        prep = _before(texts, match.start)
        if prep in OTHER_PREPS or _sponsor(texts, match.end) or _stance(texts, match.start):
            continue
        country = match.first(*PLACE_KINDS)
        org = match.first(*sorted({"igo", "ngo"} | STATE_KINDS))
        role = match.first("title", "group", "body")
        if org is not None and n > 0 and ev.country is not None and not roles_before:
            body = _national_body(texts, matches, n, org, ev.country)
            if body is not None:
                org, role = None, body
        if match.first("former") is not None and not (roles_before or roles_after):
            ev.former = True
        if org is not None and ev.country is not None and not roles_before \
                and (title := _title_in_name(texts, match, org)) is not None:
            ev.titles.append(title.name)  # "Kenya's UN envoy": the state's man, posted at the body
            roles_before.append(title)
        if org is not None and ev.org is None:
            ev.org = org
        elif country is not None:
            if not (roles_before or seen_prep) and ev.country is None:
                ev.country, ev.country_kind = country.code, country.kind
            elif late_country is None and not (prep in POSTING_PREPS and _diplomat(roles_before)):
                # "the envoy in Nairobi" is posted there: whose envoy the place does not say
                late_country = (country.code, country.kind)
        elif role is not None:
            ev.titles.append(role.name)
            (roles_after if seen_prep else roles_before).append(role)
    if ev.country is None and late_country is not None:
        # a place after "of"/"in" says whose, but a capital there is a location, not a metonym
        ev.country, ev.country_kind = late_country[0], "place"
    ev.role = _head_role(roles_before, roles_after)
    return ev


def _national_body(texts: Sequence[str], matches: Sequence[Match], n: int, org: Entry,
                   country: str) -> Entry | None:
    """The state body a group's generic name gives when a country's name opens it: in "the Uganda
    People's Defence Force" the alias "People's Defence Force" of another country's rebels is the
    Ugandan army. Only a country written inside the name counts (no "'s" between): "Myanmar's
    People's Defence Force" stays the group."""
    match = matches[n]
    if org.kind != "armed" or matches[n - 1].end != match.start or org.code[:3] == country:
        return None
    words = list(texts[match.start:match.end])
    while words and norm(words[0]) in GENERIC_NAME_WORDS:
        words.pop(0)
    if not words or len(words) == match.end - match.start:
        return None  # nothing generic opens the name ("Arakan Army"), or nothing follows it
    return next((e for e in lexicon().lookup(words) if e.kind in {"group", "body"}), None)


def _title_in_name(texts: Sequence[str], match: Match, org: Entry) -> Entry | None:
    """The title an international body's dictionary name ends in ("UN envoy", "UN envoy_" of the
    Phoenix actors): after a country ("Kenya's UN envoy") it is that state's title, and the body is
    where its holder is posted; ``None`` for a name ending in no title ("UN mission")."""
    if org.kind != "igo" or match.end - match.start < 2:
        return None
    return next((e for e in lexicon().lookup([texts[match.end - 1]]) if e.kind == "title"), None)


def _diplomat(roles: list[Entry]) -> bool:
    """Whether the phrase's title is a diplomat's, who serves abroad ("ambassador", "envoy")."""
    return bool(roles) and any(w in DIPLOMAT_WORDS for w in norm(roles[-1].name).split())


def _sponsor(texts: Sequence[str], end: int) -> bool:
    """Whether the words after a match make it a sponsor: "Iran - backed", "US - trained", and each
    of a hyphened pair of sponsors ("Saudi - UAE - backed forces" are no Saudi forces)."""
    while end + 1 < len(texts) and texts[end] == "-":
        if norm(texts[end + 1]) in SPONSOR_WORDS:
            return True
        end += 2  # "Saudi - UAE - backed": the next hyphened word may be a sponsor too
    return False


def _stance(texts: Sequence[str], start: int) -> bool:
    """Whether a place is the object of a stance, "pro-Russian separatists", "anti-American
    protesters", "pro-Moscow opposition": whom a group favours or opposes is not its country."""
    return start >= 2 and texts[start - 1] == "-" and norm(texts[start - 2]) in STANCE_PREFIXES


def _head_role(before: list[Entry], after: list[Entry]) -> Entry | None:
    """The role that gives the sector: the last one before any "of"/"in", unless it is a title
    serving a body named with it ("army spokesman", "President of the Supreme Court") or a
    delegation sent by one ("the army delegation")."""
    heads = before or after
    if not heads:
        return None
    role = heads[-1]
    if (role.kind != "title" or norm(role.name) not in SERVING_TITLES) and norm(role.name) not in SERVING_BODIES:
        return role
    served = [r for r in before[:-1] + (after if before else []) if norm(r.name) not in SERVING_TITLES]
    if not served and not role.code:  # "the president's deputy": a title with no sector serves a titled person
        served = [r for r in before[:-1] + (after if before else []) if r.code]
    if not served or served[-1].code == role.code:
        return role
    return replace(role, code=served[-1].code)


def _lonely_city(texts: Sequence[str], matches: Sequence[Match], n: int) -> bool:
    """A city counts only before a role ("Shanghai police"), after "in" or as the whole phrase;
    else it may be a name."""
    match = matches[n]
    if match.entries[0].kind != "city":
        return False
    if len(matches) == 1 and all(norm(t) == "the" for t in (*texts[:match.start], *texts[match.end:])):
        return False  # the phrase is the city alone ("Sydney"): it stands for its country
    following = matches[n + 1] if n + 1 < len(matches) else None
    gap = texts[match.end:following.start] if following is not None else []
    if following is not None and all(norm(t) in REGION_WORDS for t in gap) and len(gap) <= 1 \
            and following.first("title", "group", "body"):
        return False
    return _before(texts, match.start) not in {"in", "of", "at"}


def _split(code: str) -> tuple[str | None, str | None]:
    """``(country, sector)`` of a full code: USAGOV -> (USA, GOV), IGOUNO -> (None, IGO), ---INS -> (None, INS)."""
    if code[:3] in NO_COUNTRY_PREFIXES:
        return None, code[:3]
    if code[:3] == NO_COUNTRY and code[3:6]:
        return None, code[3:6]
    return code[:3], (code[3:6] or None)


def _join(country: str | None, sector: str | None) -> str | None:
    if country and sector:
        return country + sector
    return country or sector


PARTY = "party"
"""The entry kind of a political party (orgs.tsv)."""


def _org_kind(org: Entry) -> str:
    return "igo" if org.kind == "igo" else "organization"


def code_evidence(ev: Evidence, *, person: bool = False) -> Coded | None:
    """The code the evidence of a phrase without a known person gives, or ``None``."""
    role = ev.role
    if ev.org is not None and ev.country and ev.org.kind == "state" and ev.org.code[:3] != ev.country:
        # "Chile's Defense Department": a generic institution name, owned by the country named
        sector = "ELI" if ev.former else _split(ev.org.code)[1]
        return Coded(_join(ev.country, sector), ev.country, sector, "organization", "role", ev.org.name)
    if ev.org is not None and ev.country and ev.org.kind == PARTY and ev.org.code[:3] != ev.country:
        # "the Maldivian Democratic Party", "the Democratic Party of Japan": a party name many countries
        # use, owned by the country the phrase names (the entry's is only the best-known party of that name)
        return Coded(_join(ev.country, "PTY"), ev.country, "PTY", "organization", "org", role.name if role else None)
    if ev.org is not None and "|" in ev.org.code:
        # a name groups of several countries use ("National Liberation Army"): the story decides
        sector = ev.org.code.split("|", 1)[0][3:]
        if ev.country and ev.country in shared_countries(ev.org.code):  # "Colombia's National Liberation Army"
            return Coded(ev.country + sector, ev.country, sector, _org_kind(ev.org), "org", role.name if role else None)
        return Coded(sector, None, sector, _org_kind(ev.org), "org-ambiguous", role.name if role else None)
    posted_abroad = ev.country and role and role.kind == "title" and ev.org and ev.org.kind in {"igo", "ngo"}
    if ev.org is not None and not posted_abroad:
        country, sector = _split(ev.org.code)
        if ev.former and country:
            sector = "ELI"
        kind = "person" if person or (role is not None and role.kind == "title") else _org_kind(ev.org)
        rule = "title" if kind == "person" else ("metonym" if ev.org.kind in {"metonym", "territory"} else "org")
        if ev.org.code.startswith(NO_COUNTRY) and sector:
            return Coded(sector, None, sector, kind, TRANSNATIONAL_RULE if kind != "person" else rule,
                         role.name if role else None)
        return Coded(_join(country, sector) if country else ev.org.code, country, sector, kind, rule,
                     role.name if role else None)
    # a role with no sector of its own ("deputy", not serving a body named with it) gives none
    sector = "ELI" if ev.former else (role.code or None if role else None)
    if role is None and not ev.former:
        if ev.country is None:
            return None
        if ev.country_kind == "capital" and not person:
            # a seat of government standing alone acts for the government ("Beijing rejected ...")
            return Coded(ev.country + "GOV", ev.country, "GOV", "country", "metonym")
        kind = "person" if person else ("group" if ev.country_kind == "people" else "country")
        rule = "demonym" if ev.country_kind in {"adjective", "people"} else "country"
        return Coded(ev.country, ev.country, None, kind, rule)
    if person or (role is not None and role.kind == "title"):
        kind = "person"
    else:
        kind = "group" if role is not None and role.kind == "group" else "organization"
    rule = "title" if kind == "person" else "role"
    if ev.country_kind == "region" and sector == "MIL":
        sector = "REB"  # a region's own forces ("Tigrayan forces") are not the state's army
    return Coded(_join(ev.country, sector), ev.country, sector, kind, rule, role.name if role else None)


def code_person(ev: Evidence, known: Person | None, day: dt.date | None) -> Coded:
    """The code of a named person: titles in the text first, then the persons table by date."""
    title = ev.role if ev.role is not None and ev.role.kind == "title" else None
    own = code_evidence(ev, person=True)
    if ev.former:
        country = ev.country or (known.country_on(day) if known else None)
        return Coded(_join(country, "ELI"), country, "ELI", "person", "title", title.name if title else None)
    if own is not None and ev.org is not None:
        return own
    if own is not None and ev.country and title is not None:
        return own
    if known is not None:
        code, rule, role_title = known.code_on(day)
        in_office = rule == "persons-table"
        if not in_office and title is not None:
            # out of office by the table, but the text gives a title: trust the text's sector
            country = ev.country or known.country_on(day)
            return Coded(_join(country, title.code), country, title.code, "person", "title", title.name)
        if not code:  # the person's state did not exist yet on the day, and no office says whose
            return Coded(None, None, None, "person", rule, role_title or None)
        country, sector = _split(code)
        return Coded(code, country, sector, "person", rule, role_title or (title.name if title else None))
    if own is not None:
        return own
    return Coded(None, None, None, "person", "ner")
