"""Co-agents named by "join" or by an "as did" clause: in "France joined Britain in calling for a
ceasefire" both France and Britain call for it. The coder finds France, the subject of the clause;
the object of "joined" is a second doer of the same act, whatever its code ("joined the US in
condemning", "joined Japan in imposing sanctions", "joined Afghan forces in attacking"). So is the
subject of an elliptic "as did" clause on the act's verb: "Obama sent condolences, as did Pope
Benedict", "France condemned the attack, as did Germany and Spain" (session 19).

Read once the acts are coded: each act whose trigger is the gerund of "join ... in", or a verb
with such an "as did" clause, gets a copy for every actor the other doer names, with the act's own
code, target and mood.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from newsevents.dates import calendar
from newsevents.events.arguments import same_actor
from newsevents.events.coordination import conjuncts
from newsevents.events.emit import Found
from newsevents.events.roles import MentionIndex, actors_of

JOIN_VERBS = frozenset({"join"})
# The auxiliaries of an elliptic clause that repeats the act ("as did Germany", "as have others").
ELLIPSIS_AUXILIARIES = frozenset({"do", "have"})
SUFFIX = "+co-agent"
# Entity types of a time phrase an elliptic clause may carry ("as did Germany *on Monday*").
TIME_ENTITIES = frozenset({"DATE", "TIME"})
# The days of the news week: the one time an elliptic clause may add to an act that tells none.
WEEKDAYS = frozenset(calendar.WEEKDAYS)


def join_partners(trigger: Token) -> list[Token]:
    """The heads of the object of "join" when ``trigger`` is the gerund of its "in" phrase
    ("joined *Britain* in calling for"), else nothing."""
    prep = trigger.head
    if trigger.dep_ != "pcomp" or trigger.tag_ != "VBG" or prep.lower_ != "in" or prep.dep_ != "prep":
        return []
    verb = prep.head
    if verb.lemma_.lower() not in JOIN_VERBS or verb.pos_ not in ("VERB", "AUX"):
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return [t for o in objects for t in conjuncts(o)]


def ellipsis_partners(trigger: Token) -> list[Token]:
    """The heads of the subject of an elliptic "as did" clause on the verb ``trigger`` ("sent
    condolences, as did *Pope Benedict*"): a bare "do" or "have" with "as" and a subject, and no
    object, complement or phrase of its own ("as did Germany in its reply to Moscow" may tell another
    act) but a day of the news week ("as did Germany on Monday"), unless the act has a time of its own
    that differs ("condemned Russia on Sunday, as did Germany on Monday": the copy would take the wrong
    date); a time further back is another occasion ("as Germany did in 2014")."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return []
    own_times: set[str | None] | None = None  # worked out at the first "as did" clause: most acts have none
    out: list[Token] = []
    for clause in trigger.children:
        if clause.dep_ != "advcl" or clause.lemma_.lower() not in ELLIPSIS_AUXILIARIES:
            continue
        kids = list(clause.children)
        if not any(c.dep_ == "mark" and c.lower_ == "as" for c in kids) \
                or any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp") for c in kids):
            continue
        if own_times is None:
            own_times = {_time_of(c) for c in trigger.children if c.dep_ == "prep"} - {None}
        times = [_time_of(c) for c in kids if c.dep_ == "prep"]
        if any(t is None or not (t in own_times or (not own_times and t in WEEKDAYS)) for t in times):
            continue
        out += [t for c in kids if c.dep_ == "nsubj" for t in conjuncts(c)]
    return out


def _time_of(prep: Token) -> str | None:
    """The words of the date or time a prepositional phrase names ("on Monday": "monday"), else ``None``."""
    objects = [o for o in prep.children if o.dep_ == "pobj" and o.ent_type_ in TIME_ENTITIES]
    return " ".join(t.lower_ for t in objects[0].subtree) if objects else None


def co_agents(found: list[Found], index: MentionIndex) -> list[Found]:
    """``found`` with one more event per co-agent of each "joined X in V-ing" or "V-ed, as did X" act
    (see the module)."""
    out: list[Found] = []
    for f in found:
        out.append(f)
        heads = join_partners(f.match.token) or ellipsis_partners(f.match.token)
        if not heads or f.source is None or f.target is None:
            continue  # the act needs a doer and an aim of its own before a second doer shares them
        exclude = {f.source.start, f.target.start}
        for partner in actors_of(heads, index, exclude):
            if same_actor(partner, f.source) or same_actor(partner, f.target):
                continue  # "joined its allies in ...": the same side again adds no event
            if not partner.code:
                continue
            out.append(replace(f, source=partner, tags=list(f.tags), suffix=f.suffix + SUFFIX))
    return out
