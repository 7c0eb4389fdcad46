"""Acts aimed at no one, in a story: left out, but for the kinds a story reports so.

:mod:`newsevents.events.aimless` keeps statements (01), appeals (02), rejections (12) and shows of
force (15) with no target, because the sentence benchmarks, written to show one act a sentence,
code "urged restraint", "refused to comment further" or "held drills" with no one they are aimed
at. The real-news gold does not (its conventions, section 9.1: "no target, no event"), and in a
news story such events were mostly false. Counted in session 25 on 8 sets of fresh stories judged
event by event (259 stories), 106 fresh stories coded by hand and the ``dev`` gold, untargeted
events in stories only:

- rejections and refusals (12): 0 right, 17 false ("the displaced families refused to return",
  "the governor rejected the count", "brushing aside calls from abroad");
- shows of force (15): 0 right, 6 false (session 22: "troops were sent across the province",
  "carried out a successful test");
- appeals (02): 7 right, 19 false; every right one asks for aid or money ("appealed for relief
  supplies", "asked donor states to pledge two billion dollars"); the ``dev`` gold also holds key
  events that name whom an appeal asks with no code ("urged its neighbours to stand firm"), so these two kinds
  stay (:func:`_asks_for_aid`, :func:`_asks_someone`), and so does a call for a ceasefire (0256),
  aimed at the sides of the war a story tells (the seed article's gold; none of the false ones);
- statements (01): 5 right, 12 false; the right ones are declined comments (011), claims of
  responsibility (015) and a denial of an accusation (016: "the ministry has repeatedly denied the
  charges", whose accuser the story names), which stay (with 4 false between them; leaving
  out the denials of an accusation lost a ``dev`` key event); bare denials of a fact ("denied
  running secret prisons"), condolences and claims of another's act (0 right, 8
  false) are left out.

A story names whom an act is aimed at when it matters; when the coder cannot find it, the event is
scored against no one. So in a story (a text of :data:`STORY_SENTENCES` sentences or more) such an
event is left out and reported in a warning, as :func:`~newsevents.events.aimless.split_aimless`
does for acts done to someone. A single sentence is coded as before.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents.events import codebook
from newsevents.events.aimless import split_aimless
from newsevents.events.unattributed import left_out_warning
from newsevents.events.unreal import infinitive
from newsevents.nlp.sentences import trigger_token
from newsevents.nlp.text_sentences import article_sentence_count
from newsevents.records import Event

STORY_SENTENCES = 3
"""An article of this many sentences or more is a story, not a benchmark's sentence."""
STATEMENT, APPEAL, SHOW_OF_FORCE = 1, 2, 15
"""The CAMEO roots of statements, appeals and shows of force (``codebook`` names the others)."""
STORY_ROOTS = frozenset({STATEMENT, APPEAL, codebook.REJECT, SHOW_OF_FORCE})
"""The CAMEO roots kept with no target in a sentence and, but for the kinds below, left out in a story."""
NO_COMMENT = "011"
"""A declined comment: news with no one it answers ("the ministry declined to comment")."""
CLAIMED_RESPONSIBILITY = "statement.claim_responsibility"
"""The rule of a claim of responsibility (015), told with no target ("claimed responsibility for the attack")."""
BARE_DENIAL = "statement.deny"
"""The rule of a denial of a fact ("denied operating secret prisons"); a denial of an accusation stays."""
DENIAL = "016"
CEASEFIRE_APPEAL = "0256"
"""An appeal to de-escalate ("calling for a ceasefire in the conflict"), aimed at the sides of the war the
story tells: the seed article's gold codes it with the target left open."""
AID_APPEAL = "023"
"""The CAMEO code of an appeal for aid, whatever its words."""
AID_WORDS = frozenset({"aid", "assistance", "humanitarian", "fund", "funding", "donation", "donor", "relief",
                       "money", "dollar", "euro", "loan", "help"})
"""Words of an appeal for aid ("appealed for help", "an emergency appeal for funds"). "Support" is one
only for a country or a people (:func:`_support_for_people`): it asks as often for backing ("urged
support for the new charter")."""
NEEDY = frozenset({"refugee", "victim", "people", "civilian", "survivor", "family", "child", "displaced",
                   "host", "community", "population", "neighbour", "neighbor"})
"""Nouns of people in need that make "support for ..." an appeal for aid."""
OTHER_PHRASES = frozenset({"nsubj", "nsubjpass", "csubj", "conj"})
"""Dependencies of a subject (who appeals) or of another verb joined to the appeal: not what is asked for."""
ADDRESS_PREPS = frozenset({"on", "upon", "to"})
"""Prepositions of an appeal's addressee ("called on", "appealed to")."""


def split_aimless_in_story(doc: Doc, events: list[Event]) -> tuple[list[Event], list[str]]:
    """``events`` less the acts :func:`~newsevents.events.aimless.split_aimless` leaves out and, when
    ``doc`` is a story, the acts of the :data:`STORY_ROOTS` with no target but the kinds a story
    reports so, and a warning for each (see the module docstring)."""
    events, warnings = split_aimless(events)
    if not any(_untargeted(e) for e in events) or article_sentence_count(doc) < STORY_SENTENCES:
        return events, warnings
    kept: list[Event] = []
    for event in events:
        if _untargeted(event) and not _reported_untargeted(doc, event):
            warnings.append(left_out_warning("no target named in a story", event))
        else:
            kept.append(event)
    return kept, warnings


def _untargeted(event: Event) -> bool:
    return event.target is None and codebook.root_of(event.cameo) in STORY_ROOTS


def _reported_untargeted(doc: Doc, event: Event) -> bool:
    """Whether ``event`` is of a kind a story reports with no target: a declined comment, a claim of
    responsibility, a denial of an accusation, a call for a ceasefire, an appeal for aid or one naming
    whom it asks."""
    rule, root = event.rule_pattern(), codebook.root_of(event.cameo)
    if root == STATEMENT:
        return (event.cameo == NO_COMMENT or rule == CLAIMED_RESPONSIBILITY
                or (event.cameo == DENIAL and rule != BARE_DENIAL))
    if root == APPEAL:
        return event.cameo == CEASEFIRE_APPEAL or _asks_for_aid(doc, event) or _asks_someone(doc, event)
    return False


def _asks_for_aid(doc: Doc, event: Event) -> bool:
    """Whether the appeal ``event`` asks for aid or money: coded so, or its trigger's phrase holds a
    sum or a noun of aid in its own phrase ("appealed for $40 million", "an emergency relief
    appeal"; not "the agency's aid director asked ...", nor "invites ... and supports ...")."""
    if event.cameo.startswith(AID_APPEAL):
        return True
    tok = trigger_token(doc, event)
    if tok is None:
        return False
    asked = [tok, *(t for c in tok.children if c.dep_ not in OTHER_PHRASES for t in c.subtree)]
    return any(_aid_word(t) for t in asked)


def _asks_someone(doc: Doc, event: Event) -> bool:
    """Whether the appeal ``event`` names whom it asks to act, though the coder gave them no code:
    an object and its infinitive ("urged the international community to step in", "called on its
    supporters to remain calm"). The gold codes such an appeal with its addressee left open."""
    tok = trigger_token(doc, event)
    if tok is None:
        return False
    asked = [c for c in tok.children if c.dep_ == "dobj"]
    asked += [o for p in tok.children if p.dep_ == "prep" and p.lower_ in ADDRESS_PREPS
              for o in p.children if o.dep_ == "pobj"]
    return bool(asked) and any(_infinitive(w) for a in [tok, *asked] for w in a.children)


def _infinitive(tok: Token) -> bool:
    """A verb that is a to-infinitive ("to step in")."""
    return tok.pos_ in ("VERB", "AUX") and infinitive(tok)


def _aid_word(tok: Token) -> bool:
    """A sum of money or a noun of aid ("help", not "helps")."""
    if tok.ent_type_ == "MONEY":
        return True
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    return tok.lemma_.lower() in AID_WORDS or (tok.lemma_.lower() == "support" and _support_for_people(tok))


def _support_for_people(tok: Token) -> bool:
    """Whether "support" is asked for a country or a people in need ("support for Lebanon", "support
    for the refugees"), not for a text or a cause ("support for the new law")."""
    return any(o.ent_type_ in ("GPE", "NORP") or o.lemma_.lower() in NEEDY
               for p in tok.children if p.dep_ == "prep" and p.lower_ == "for"
               for o in p.children if o.dep_ == "pobj")
