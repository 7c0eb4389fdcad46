"""Acts whose doer the text does not identify.

CAMEO coders code an event only when its doer is identified: "seven people have been killed",
"800 people were arrested" or "a protest took place" name no one who acted, and a coder leaves
them out. So does newsevents: such an act is kept out of ``events`` and reported in a warning
that names the act and its sentence, so that nothing found is hidden from the analyst.

Nor is the toll of a conflict an act of anyone: "the war has killed 15,000 people", "fighting
that killed 230" are left out the same way, whatever country the war is placed in. A conflict
named only as the setting of a protest or a coercion whose active subject is its coded doer
("police arrested 20 people in the clashes") is where the act was done, and the act stays.

Two kinds of act with a null ``source`` stay in ``events``:

- **An attack by a weapon of unknown owners** ("a car bomb killed six", "rockets hit the town",
  "were killed by a roadside bomb", "a suicide bombing", "armed men killed 30 villagers"): the
  text identifies the doer as far as anyone knows it, and coders code it with an unknown source.
- **A doer named but not in the dictionaries** ("the fundamentalist Umma party has said it will
  boycott ...", "members of the Blue Lantern Front"): the act has a doer the text names (a name,
  a phrase a name or demonym qualifies, or a pronoun standing for the named speaker of its
  clause), which the actor dictionaries could not code. A common noun alone ("women held a
  protest") or a pronoun with no named speaker identifies no one a coder could code.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents.events import codebook
from newsevents.events import frames as fr
from newsevents.events.patterns import Lexicon, lexicon
from newsevents.events.voice import is_passive
from newsevents.nlp.sentences import trigger_token
from newsevents.records import Event

WEAPON_LIST = "unattributed_weapons"
CONFLICT_LIST = "conflict_nouns"
# "killed by a bomb", "killed in a car bomb explosion", "died in a blast": the weapon as cause
CAUSE_PREPS = {"by", "in"}
# Acts a conflict noun can only be the setting of, never the cause: protests and coercion.
SETTING_ROOTS = ("14", "17")
# Roots of cooperation, talk and yielding (01-09): "offered to mediate in the conflict" is no toll of the
# conflict, whose noun only names what is mediated (session 33; see aimed_cooperation)
COOPERATIVE_ROOTS = frozenset({"01", "02", "03", "04", "05", "06", "07", "08", "09"})
NOUN_POS = ("NOUN", "PROPN")
# Modifiers that carry a name into a common noun ("the Umma party", "Palestinian leaders", "Hamas's fighters")
NAMING_DEPS = frozenset({"compound", "poss", "amod", "nmod"})
NAME_TYPES = frozenset({"NORP", "GPE", "ORG", "PERSON"})
THREAT_ROOT = "13"
SENTENCE_CHARS = 160
"""How much of the sentence a warning quotes."""


def split_unattributed(doc: Doc, events: list[Event], lex: Lexicon | None = None
                       ) -> tuple[list[Event], list[str]]:
    """``events`` less the acts with no identified doer, and one warning for each act left out."""
    lex = lex or lexicon()
    kept: list[Event] = []
    warnings: list[str] = []
    for event in events:
        tok = trigger_token(doc, event)
        # a threat is no toll: "said a US strike would result in war" threatens the war (veiled_threats.py)
        if tok is not None and not event.cameo.startswith(THREAT_ROOT) and not aimed_cooperation(event) \
                and conflict_toll(tok, lex) \
                and not subject_doer(event, tok):
            warnings.append(unattributed_warning(event))  # "the war has killed 15,000 people"
            continue
        if event.source is not None or (tok is not None and (
                (codebook.is_violence(event.cameo) and weapon_act(tok, lex)) or named_doer(tok))):
            kept.append(event)
        else:
            warnings.append(unattributed_warning(event))
    return kept, warnings


def unattributed_warning(event: Event) -> str:
    """``no doer named: "killed" (180 ...) is left out of the events, in: "..."``."""
    return left_out_warning("no doer named", event)


def left_out_warning(reason: str, event: Event) -> str:
    """``<reason>: "killed" (180 ...) is left out of the events, in: "..."``: an act the coder
    found but does not code, said in the article's warnings so that nothing is lost silently."""
    sentence = " ".join(event.sentence.split())
    if len(sentence) > SENTENCE_CHARS:
        sentence = sentence[:SENTENCE_CHARS - 3].rstrip() + "..."
    act = f"{event.cameo} {codebook.lookup(event.cameo).name}" if codebook.is_valid(event.cameo) else event.cameo
    return f"{reason}: \"{event.trigger}\" ({act}) is left out of the events, in: \"{sentence}\""


def trigger_lemma(doc: Doc, event: Event) -> str:
    """The lemma of the word that triggered ``event`` ("arrested", "arrest": ``arrest``)."""
    tok = trigger_token(doc, event)
    return tok.lemma_.lower() if tok is not None else event.trigger.lower()


def weapon_act(tok: Token, lex: Lexicon) -> bool:
    """Whether the act ``tok`` triggers is done by a weapon or an unnamed attacker: the trigger
    names one ("a suicide bombing", "a rocket attack"), or its subject, passive agent or cause
    does ("a bomb exploded, killing four", "were killed by a roadside bomb")."""
    weapons, quantity = lex.word_list(WEAPON_LIST), lex.word_list("quantity_nouns")
    if tok.pos_ in NOUN_POS:
        return _weapon(tok, weapons)
    # "a series of blasts killed six": the weapons behind a count or a series (a verb with an object
    # the parser hung on the series as a clause of it has the series as its subject)
    active_clause = tok.dep_ == "acl" and any(c.dep_ == "dobj" for c in tok.children)
    causes = _causes(tok) + ([tok.head] if active_clause else [])
    return any(_weapon(fr.quantity_head(c, quantity), weapons) for c in causes)


def conflict_toll(tok: Token, lex: Lexicon) -> bool:
    """Whether the act ``tok`` triggers is the toll of a conflict rather than anyone's act: "the war
    has killed 15,000 people", "11 days of fighting that killed 230", "were killed in the violence"."""
    if tok.pos_ in NOUN_POS:
        return False
    conflict = lex.word_list(CONFLICT_LIST)
    causes = _causes(tok)
    causes = [c.head.head if c.lower_ in fr.RELATIVE_PRONOUNS and c.head.dep_ == "relcl" else c for c in causes]
    # "days of fighting": the span noun stands in for the conflict
    causes += [o for c in causes for o in fr.prep_objects(c, {"of"})]
    return any(fr.has_lemma(c, conflict) for c in causes)


def aimed_cooperation(event: Event) -> bool:
    """Whether ``event`` is an act of cooperation, talk or yielding aimed at a side, which no
    conflict inflicts ("offered to mediate in the conflict", aimed at its sides); one aimed at no
    one is still left out, as before."""
    return event.cameo[:2] in COOPERATIVE_ROOTS and event.target is not None


def subject_doer(event: Event, tok: Token) -> bool:
    """Whether the coded doer of a coercion or a protest (roots 14, 17) is its active verb's own
    subject ("police arrested 20 people in the clashes", "in clashes, police fired tear gas"): the
    conflict in a setting phrase is where the act was done, not what did it, so the act is no toll
    of the conflict. A killing or an attack "in the war" stays the war's toll (it is often the
    war's history retold)."""
    if not event.cameo.startswith(SETTING_ROOTS):
        return False
    doer = fr.subject(tok)
    source = event.source.span if event.source is not None else None
    if doer is None or source is None or is_passive(tok) or doer.lower_ in fr.RELATIVE_PRONOUNS:
        return False
    return source[0] <= doer.idx < source[1]


def named_doer(tok: Token) -> bool:
    """Whether the act ``tok`` triggers has a named doer in the text that no actor was coded for
    (see :func:`_named`): its subject or agent, the noun a participle modifies ("Front members
    protesting"), or the subject of the verb a noun trigger is the object of ("staged a protest")."""
    if tok.pos_ in NOUN_POS:
        # "the Front staged a protest": a noun's doer is the subject of the verb it is the object of
        return tok.dep_ == "dobj" and _named(fr.subject(tok.head))
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.pos_ in NOUN_POS:
        return _named(tok.head)
    return _named(fr.subject(tok))


def _named(doer: Token | None, depth: int = 0) -> bool:
    """Whether ``doer`` names someone: a name ("the Blue Lantern Front", "the Umma party"), a
    phrase a name or a demonym qualifies ("Palestinian leaders", "members of the Association"),
    or a pronoun standing for the named speaker of its clause ("the party said it will boycott").
    A plain common noun ("women", "the attacker") or a pronoun of no such speaker ("they") does
    not identify anyone a coder could code."""
    if doer is None or doer.dep_ == "expl" or depth > 1:
        return False
    if doer.pos_ == "PRON":
        clause = doer.head
        return clause.dep_ == "ccomp" and _named(fr.subject(clause.head), depth + 1)
    if doer.pos_ not in NOUN_POS:
        return False
    return _proper(doer) or any(
        (c.dep_ in NAMING_DEPS and _proper(c)) or (c.dep_ == "prep" and c.lower_ == "of"
                                                   and any(_proper(o) for o in c.children if o.dep_ == "pobj"))
        for c in doer.children)


def _proper(tok: Token) -> bool:
    return tok.pos_ == "PROPN" or tok.ent_type_ in NAME_TYPES


def _causes(verb: Token) -> list[Token]:
    doer = fr.subject(verb)
    causes = [doer] if doer is not None else []
    return causes + fr.prep_objects(verb, CAUSE_PREPS)


def _weapon(noun: Token, weapons: frozenset[str]) -> bool:
    """"a car bomb", "a car bomb explosion", "armed men": the noun, or a word compounded with
    or modifying it, names a weapon or an unnamed attacker."""
    return fr.has_lemma(noun, weapons) or any(
        c.dep_ in ("compound", "amod") and fr.has_lemma(c, weapons) for c in noun.children)
