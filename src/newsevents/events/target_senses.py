""""Target" in its sense of singling out, not of striking (session 25).

``fight.attack`` reads "target" as an attack (190, or 138 in a future), which it is when armed men
or weapons do it ("the army targeted a rebel meeting", "would target the rebel leadership"). News
of sanctions and raids uses the same verb for whom a measure singles out, and the eighth census
pool had it read as force in three stories: a sanctions package that targets a handful of a
country's officials, a ministry that targets another state's industries, a government that will go
on targeting a ruler's loyalists, and a police operation that targets a score of ministries.

:func:`unforced_targeting` says when "target" tells no force. Never when a side doing it is armed
(its sector in :data:`ARMED_SECTORS`, a crowd of rioters included through ``+riot``) or the doer is
a weapon or an armed word; otherwise when the frame names what singles out:

- the targeting hangs (a participle or a relative clause) on an act or a noun of sanctions
  ("imposed sanctions on Venezuela, targeting six officials", "new export controls, targeting");
- its object is a class of the economy or of a ruler's following ("industries", "banks",
  "companies", "assets", "oligarchs", "loyalists", "cronies"): what measures single out, not what
  troops fire at;
- it hangs on a noun of a search or an inquiry with no armed owner ("operation", "investigation",
  "probe", "crackdown", "sweep") and its object is an office or a firm ("an operation targeting
  over 20 ministries and institutions"); "a military operation targeting militants" stays force.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import frames as fr
from newsevents.events.matching import Match
from newsevents.events.patterns import Lexicon
from newsevents.records import ActorMention

TARGET_PATTERNS = frozenset({"fight.attack"})
"""The patterns that read "target" as force without naming a weapon or an armed doer."""
ARMED_SECTORS = frozenset({"MIL", "COP", "SPY", "REB", "INS", "UAF", "SEP", "CRM"})
"""Sectors of sides that target with force."""
ARMED_DOERS = frozenset({"army", "military", "troop", "soldier", "force", "jet", "warplane", "drone", "missile",
                         "rocket", "strike", "airstrike", "attack", "bomb", "bomber", "artillery", "militant",
                         "gunman", "rebel", "insurgent", "fighter", "militia", "sniper", "police", "protester",
                         "rioter", "mob", "crowd", "demonstrator", "assailant", "attacker", "terrorist"})
"""Doers whose targeting is force whatever their side's code."""
SANCTION_WORDS = frozenset({"sanction", "embargo", "tariff", "blacklist", "control", "restriction", "ban",
                            "penalty", "freeze", "measure", "designation", "sanctioning", "blacklisting"})
"""Nouns (and the verb "sanction") of a measure that singles out those it names."""
SINGLED_OUT = frozenset({"industry", "sector", "company", "firm", "business", "bank", "asset", "export", "import",
                         "economy", "entity", "oligarch", "businessman", "businessmen", "tycoon", "loyalist",
                         "crony", "financier", "enterprise", "corporation", "conglomerate", "revenue"})
"""Objects that a measure singles out and troops do not fire at."""
SEARCH_NOUNS = frozenset({"operation", "investigation", "probe", "inquiry", "crackdown", "sweep", "audit",
                          "search"})
"""Nouns of an action that, with no armed owner, is a search or an inquiry."""
ARMED_MODIFIERS = frozenset({"military", "army", "air", "naval", "ground", "combat", "armed", "counterinsurgency",
                             "counter-insurgency", "offensive", "troop"})
"""Modifiers that make an operation an armed one ("a military operation", "air operation")."""
OFFICES = frozenset({"ministry", "institution", "office", "department", "headquarters", "premises", "agency",
                     "company", "firm", "bank", "business", "newspaper", "outlet"})
"""What a search or inquiry targets: offices and firms."""
WEAPON_PREPS = frozenset({"with", "using", "by"})
"""Prepositions that name what the targeting is done with."""
ATTACHED = frozenset({"acl", "advcl", "relcl", "conj", "xcomp"})
"""How a participle or relative clause of "target" hangs on the act or noun it tells more of."""


def unforced_targeting(match: Match, sources: list[ActorMention], lex: Lexicon) -> bool:
    """Whether a "target" read as an attack singles out those a measure or a search names, with no
    armed side or weapon doing it (see the module docstring)."""
    tok = match.verb or match.token
    if match.pattern.id not in TARGET_PATTERNS or tok.lemma_.lower() != "target":
        return False
    if any(s.sector in ARMED_SECTORS for s in sources):
        return False
    doer = fr.subject(tok)
    if (doer is not None and doer.lemma_.lower() in ARMED_DOERS) or _with_weapons(tok):
        return False
    objects = [o.lemma_.lower() for o in fr.objects(tok)]
    return _on_sanctions(tok, lex) or any(o in SINGLED_OUT for o in objects) \
        or (_unarmed_search(tok) and any(o in OFFICES for o in objects))


def _with_weapons(tok: Token) -> bool:
    """Whether the targeting is done with weapons or armed men ("targeted oil exports with a wave of
    drones", "using missiles"): force, whatever the doer's code."""
    return any(c.dep_ == "prep" and c.lemma_.lower() in WEAPON_PREPS
               and any(w.lemma_.lower() in ARMED_DOERS for w in c.subtree)
               for c in tok.children)


def _on_sanctions(tok: Token, lex: Lexicon) -> bool:
    """Whether "target" tells more of a sanction act or noun ("imposed sanctions, targeting ...")."""
    if tok.dep_ not in ATTACHED:
        return False
    head = tok.head
    words = SANCTION_WORDS | lex.classes.get("sanctions_proper", frozenset())
    if head.lemma_.lower() in words:
        return True
    return any(c.dep_ in ("dobj", "nsubjpass", "nsubj") and c.lemma_.lower() in words for c in head.children)


def _unarmed_search(tok: Token) -> bool:
    """Whether "target" hangs on a noun of a search or an inquiry that no armed word modifies."""
    head = tok.head
    if tok.dep_ not in ("acl", "relcl") or head.lemma_.lower() not in SEARCH_NOUNS:
        return False
    return not any(c.dep_ in ("amod", "compound", "poss") and c.lemma_.lower() in ARMED_MODIFIERS | ARMED_DOERS
                   for c in head.children)
