"""Who criticises, accuses or threatens when the sentence tells it only by its grammar.

- "Activists were arrested *after criticizing* the government", "the editor was detained *upon
  returning*", "two journalists were beaten *while covering* the protest": a gerund in a time adjunct
  ("after", "before", "while", "upon", "since", "without") is done by the surface subject of the
  verb it hangs on. On a passive verb that subject is the one the act was done to (the arrested
  activists criticised), not the passive's agent, which :func:`newsevents.events.frames.subject`
  would otherwise inherit. "were killed *in* shelling" is no such adjunct: "in" names the
  circumstance, whose doer the text does not tell.
- "condemned *the surge in* attacks by the Taliban", "denounced an escalation of shelling by Russia": a
  trend names the acts it counts, as a quantity does ("a wave of bombings"), so what is condemned is
  the acts and their doer the target (:func:`newsevents.events.frames.quantity_head` looks through).
- "*Ethiopia's threat to* terminate the peace deal", "a threat *by* Moscow *to* cut gas supplies": an
  act named as what a threat threatens is threatened (the ``threat`` mood of
  :mod:`newsevents.events.modality`), by the threat's holder: its possessor or its "by" phrase. A
  threat with neither ("the threat to withdraw") tells no one, and "a threat to peace" is no act.
- "*branded* the opposition leader *a traitor*", "labelled the group a terrorist organisation": the
  parser often reads the one named as an indirect object (``dative``) and the name as the object;
  the one named is then the dative (:func:`newsevents.events.matching.naming_parts`).
- '"They are criminals," the minister *said of* the militants', '"It is a farce," she said of the vote': a
  judgement whose subject is a pronoun judges what the report verb says it is "of"
  (:func:`newsevents.events.matching.verdict_parts`), as "said the militants were criminals" would.
- "The army chief *vowed to respond and blamed* India for the clash": a past-tense verb the parser
  joined to a to-infinitive is no part of what was vowed (an infinitive has no tense); it is said
  as a fact, beside the vow (:func:`newsevents.events.clause_marks.not_yet`), so the blame is an
  accusation and not a threat. So is a bare present verb joined to a reported past clause
  ("officials have denied their troops crossed the border and *blame* India"): it goes with the
  report verb, whose subject is its own (:func:`newsevents.events.frames.subject`), and is not denied.
- "Al-Shabab fighters stormed the base ... Washington *condemned* Friday's *attack in Somalia*": a
  country named only as where the criticised act took place ("in", "at", "near") is no doer of it.
  Such a target yields to the doer of the act told earlier (:mod:`newsevents.events.anaphora`);
  with no such act it stays. A day's possessive refers back as "the" does ("*Friday's* attack").
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events.held_acts import noun_holder

# Prepositions of time before a gerund whose doer is the governing clause's surface subject.
TIME_ADJUNCT_PREPS = frozenset({"after", "before", "while", "upon", "since", "without"})

# Nouns of a trend in acts, looked through to the acts ("a surge in attacks", "an escalation of violence").
TREND_NOUNS = frozenset({"surge", "upsurge", "spike", "escalation", "resurgence", "uptick", "increase", "rise"})
TREND_PREPS = {"in", "of"}

# Nouns whose infinitive names the act threatened ("the threat to cut supplies").
THREAT_NOUNS = frozenset({"threat"})


def passive_adjunct_doer(prep: Token, governor: Token) -> Token | None:
    """The doer of a gerund in a time adjunct ``prep`` of the passive ``governor`` ("were arrested
    after criticizing"): its passive subject, or the noun a reduced passive describes ("activists
    arrested after criticizing"); ``None`` when ``prep`` is no time adjunct or none is written."""
    if prep.lower_ not in TIME_ADJUNCT_PREPS:
        return None
    held = [c for c in governor.children if c.dep_ == "nsubjpass"]
    if held:
        return held[0]
    if governor.dep_ == "acl" and governor.tag_ == "VBN" and governor.head.pos_ in ("NOUN", "PROPN"):
        return governor.head
    return None


def threat_holder(verb: Token) -> Token | None:
    """Who threatens ``verb``, the infinitive on a threat noun: the noun's possessor ("Ethiopia's threat
    to terminate") or its "by" object ("a threat by Ethiopia to terminate"), else ``None``."""
    return noun_holder(verb, THREAT_NOUNS, strict=False)


def dative_named(verb: Token, objects: list[Token]) -> tuple[Token, list[Token]] | None:
    """The one a characterizing ``verb`` names and the names, when the parser made the one named an
    indirect object and the name its one direct object ("branded [the leader] [a traitor]") or an
    apposition on it ("branded [the leader], [a traitor]"), else ``None``."""
    datives = [c for c in verb.children if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN")]
    if len(datives) != 1:
        return None
    if len(objects) == 1 and objects[0].dep_ == "dobj" and datives[0].i < objects[0].i:
        return datives[0], objects
    names = [c for c in datives[0].children if c.dep_ == "appos"]
    return (datives[0], names) if not objects and names else None


# Pronouns that a report's "of" phrase may stand behind ("'They are thugs,' he said of the police").
JUDGED_PRONOUNS = frozenset({"they", "he", "she", "it", "this", "that"})


def spoken_of(report: Token, clause: Token) -> list[Token]:
    """The noun a ``report`` verb's "of" phrase names when the reported ``clause`` has a pronoun
    subject ("'They are criminals,' he said of the militants"), else nothing."""
    if not any(c.dep_ == "nsubj" and c.lower_ in JUDGED_PRONOUNS for c in clause.children):
        return []
    return [o for p in report.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")]


def tensed_beside_infinitive(verb: Token) -> bool:
    """Whether ``verb`` is a tensed conjunct the parser hung on a clause it cannot belong to, and so
    shares none of its governors: a past or present verb on a to-infinitive ("vowed to respond and
    *blamed* India"), or a bare present verb on a reported past clause ("denied their troops crossed
    the border and *blame* India")."""
    head = verb.head
    if verb.dep_ != "conj" or head.head.i == head.i:
        return False
    if verb.tag_ in ("VBD", "VBZ") and head.tag_ == "VB":
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
    return verb.tag_ in ("VB", "VBP") and head.tag_ == "VBD" and head.dep_ == "ccomp" \
        and not any(c.dep_ in ("aux", "nsubj") for c in verb.children)


# Prepositions naming where an act took place, not who did it.
PLACE_PREPS = frozenset({"in", "at", "near", "inside", "across"})


def located_act_target(theme: Token | None, target_start: int, act_nouns: frozenset[str]) -> bool:
    """Whether a criticism's target (the mention starting at token ``target_start``) is only where
    its ``theme``, an act noun, took place ("condemned the attack *in Somalia*")."""
    if theme is None or theme.lemma_.lower() not in act_nouns:
        return False
    doc = theme.doc
    for prep in theme.children:
        if prep.dep_ == "prep" and prep.lower_ in PLACE_PREPS:
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.left_edge.i <= target_start <= obj.i:
                    return doc[obj.i].ent_type_ in ("GPE", "LOC", "FAC", "")
    return False


def dated(noun: Token) -> bool:
    """Whether ``noun`` is owned by a day or a time ("Friday's attack", "last week's raid"), which
    refers back to an act told before as "the attack" does."""
    return any(c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME") for c in noun.children)

