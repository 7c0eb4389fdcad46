"""Obituaries: a life told in a death notice is background, not the story's events.

An obituary's news is a death and what answers it: tributes, condolences, mourning, a funeral.
The rest retells the dead person's life ("He was restored to power in February 1998 by the troops
of Ecomog", "he was rejected by many Somalis for inviting Ethiopian forces", "supported by the
ruling party, he rose rapidly"), often without a date of its own, so the dated-history test of
:mod:`newsevents.story.background` misses it. A trained coder codes none of it.

A story is an obituary when its headline says so ("... obituary") or its headline or lead tells a
named person's natural death with an age: "Kaunda died on Thursday aged 82", "has died in exile
at the age of 77", "dies at 90" in the headline (the age right after the verb). A death told with
violence, custody or an attack ("died in police custody aged 45", "was shot dead") is news whose
consequences are events; it makes no obituary, nor does the death of someone unnamed ("a
protester aged 23 died in hospital"). In an obituary, an event is kept only when it answers the
death: its clause names a tribute, a condolence, mourning, a funeral (``ANSWER_WORDS``), or it is
a statement or praise said of the dead in the active voice ("hailed him as a great patriot"; the
praise of a life is told in the passive, "was lauded for ending the war"), or it is dated in its
own sentence in the days of the story ("rival factions clashed in the capital on Sunday":
``NEWS_DAYS``). The others are left out, with a warning, when their sentence speaks of a person
("he", "his", "she", a name of the dead): "Opposition leaders called on the army to stay neutral",
in the story of a leader's death, is the story's news, not the life retold.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc, Span, Token

from newsevents.events.voice import is_passive, passive_participle
from newsevents.nlp.docview import DocView, doc_view
from newsevents.nlp.extensions import doc_attribute
from newsevents.nlp.sentences import sentence_dates, trigger_token
from newsevents.records import Event

LEAD_SENTENCES = 4
"""The sentences of the body read for the death (a caption and its credit may come first)."""
OBITUARY_LABEL = re.compile(r"\bobituary\b", re.IGNORECASE)
# "aged 82", "at the age of 77", "at age 90"; in a headline also "dies at 90".
_AGE = re.compile(r"\b(?:aged|at\s+the\s+age\s+of|at\s+age)\s+\d{1,3}\b", re.IGNORECASE)
# The age right after the verb, a place at most between ("dies in Lusaka at 97"); not "two dead as
# police fire at 200 protesters" ("dead" is a toll word).
_HEADLINE_AGE = re.compile(r"\b(?:dies|died)\b(?:\s+\w+){0,3}?\s+(?:aged|at)\s+\d{2,3}\b", re.IGNORECASE)
# Not "perish" (the lexicon's death_verbs has it): one perishes in a crash, a fire, a flood, news
# whose consequences are events, not the close of a life.
DEATH_LEMMAS = frozenset({"die", "pass"})
# A death by force or in custody is news with consequences, not the close of a life.
VIOLENT_DEATH = re.compile(
    r"\b(?:kill(?:ed|ing)?|shot|shooting|assassinat\w*|murder\w*|execut\w*|custody|detention|prison|jail\w*"
    r"|attack\w*|bomb\w*|blast|clash\w*|tortur\w*|beaten|hunger\s+strike|stabbed|gunmen)\b", re.IGNORECASE)
# Words of a clause that answers the death. "Death" and "respect" are not among them: "sentenced
# to death in 1998", "called for respect for human rights" retell a life; respects answer a death
# only when paid (``PAID_WORDS``). Not appeals.LOSS_NOUNS: that list tells whose loss condolences
# are offered over, and holds killings and murders, which answer no natural death.
ANSWER_WORDS = frozenset({"tribute", "condolence", "condole", "mourn", "mourning", "mourner", "funeral", "burial",
                          "bury", "passing", "loss", "memorial", "eulogy", "eulogize",
                          "homage", "sympathy", "grief", "grieve", "memory", "obituary"})
PAID_WORDS = frozenset({"respect"})
"""Words that answer a death as the object of "pay" ("paid their last respects")."""
# A reaction said of the dead ("hailed him as a great patriot") is a statement or praise (01, 05)
# made in the active voice; the praise of a life is told in the passive ("was praised for ending
# the war", "supported by the ruling party, he rose").
REACTION_ROOTS = ("01", "05")
NEWS_DAYS = 14
"""An act dated in its own sentence within this many days of the article is the story's news
("clashed with police on Sunday"), whatever the obituary around it."""
NON_FINITE = frozenset({"VBG", "VBN", "VB"})
CLIMBING_DEPS = frozenset({"advcl", "xcomp", "acl", "conj", "pcomp"})
# Words by which a life retold speaks of the dead.
PERSON_PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})


def _death_with_age(view: DocView, sentence: Span) -> bool:
    """Whether ``sentence`` tells a natural death with the dead person's age."""
    text = view.span_text(sentence.start, sentence.end)  # ``sentence.text`` makes a Token per word
    if not _AGE.search(text) or VIOLENT_DEATH.search(text):
        return False
    return any(tok.lemma_.lower() in DEATH_LEMMAS and (tok.lemma_.lower() != "pass"
                                                       or any(c.lower_ == "away" for c in tok.children))
               and _named_subject(tok) for tok in sentence)


def _named_subject(verb: Token) -> bool:
    """Whether the one who died is a named person ("Kenneth Kaunda has died", "Zambia's former
    president Kenneth Kaunda has died": a title with the name in apposition), not "a protester
    aged 23" or "children aged 5 to 12", whose deaths are news in a story about something else."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and _name_of(c) for c in verb.children)


def _name_of(subject: Token) -> list[Token]:
    """The proper names that name ``subject``: its own subtree's when it is a name, else those of a
    name in apposition to its title ("the former president, Kenneth Kaunda"), not the country
    whose title it is ("Zambia's")."""
    if subject.pos_ == "PROPN" or subject.ent_type_ == "PERSON":
        return [w for w in subject.subtree if w.pos_ == "PROPN"] or [subject]
    return [w for c in subject.children if c.dep_ == "appos" and (c.pos_ == "PROPN" or c.ent_type_ == "PERSON")
            for w in c.subtree if w.pos_ == "PROPN"]


def _headline(doc: Doc) -> str:
    story = doc_attribute(doc, "ne_story")
    headline = story.headline if story is not None else None
    article = doc_attribute(doc, "ne_article")
    if headline is None and article is not None:
        headline = article.title
    return headline or ""


def is_obituary(doc: Doc) -> bool:
    """Whether ``doc``'s story is an obituary (see the module doc)."""
    headline = _headline(doc)
    if OBITUARY_LABEL.search(headline):
        return True
    if headline and _HEADLINE_AGE.search(headline) and not VIOLENT_DEATH.search(headline):
        return True
    view = doc_view(doc)
    sents, _ = view.sentences()
    # a headline printed atop the body is its first sentence; a title given beside the text is not
    first = 1 if headline and view.text.lstrip().startswith(headline) else 0
    return any(_death_with_age(view, s) for s in sents[:LEAD_SENTENCES + first])


def _clause_verb(trigger: Token) -> Token:
    """The verb whose clause ``trigger`` tells, climbing out of non-finite clauses ("led tributes
    to him, *describing* him as ...": the clause of "led")."""
    verb = trigger
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    while (verb.tag_ in NON_FINITE and verb.dep_ in CLIMBING_DEPS
           and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)):
        verb = verb.head
    return verb


def answers_death(trigger: Token) -> bool:
    """Whether the clause of ``trigger`` answers a death (a tribute, a condolence, a funeral)."""
    verb = _clause_verb(trigger)
    # "paid tribute to him and *praised* him": a verb coordinated with the tribute shares its clause
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    words = [trigger, *trigger.children] + [w for v in verbs for w in (v, *v.children)]
    words += [g for v in verbs for c in v.children if c.dep_ in ("dobj", "prep", "attr") for g in c.children]
    return any(w.lemma_.lower() in ANSWER_WORDS or _paid(w) for w in words)


def _paid(word: Token) -> bool:
    """Whether ``word`` is respects paid ("paid their last respects to him")."""
    return word.lemma_.lower() in PAID_WORDS and word.dep_ == "dobj" and word.head.lemma_.lower() == "pay"


def answers(event: Event, trigger: Token) -> bool:
    """Whether ``event`` answers the death: its clause says so, or it is a reaction said of the dead."""
    passive = is_passive(trigger) or passive_participle(trigger)
    return answers_death(trigger) or (event.cameo[:2] in REACTION_ROOTS and not passive)


def _dated_news(doc: Doc, event: Event, trigger: Token) -> bool:
    """Whether ``event`` carries a date of its own sentence within :data:`NEWS_DAYS` of the article."""
    article = doc_attribute(doc, "ne_article")
    published = article.date if article is not None else None
    if not published or len(published) != 10 or not event.date or len(event.date) != 10:
        return False
    if not sentence_dates(trigger, event.date):
        return False
    try:
        return abs((dt.date.fromisoformat(published) - dt.date.fromisoformat(event.date)).days) <= NEWS_DAYS
    except ValueError:
        return False


def _speaks_of_a_person(trigger: Token, names: frozenset[str]) -> bool:
    """Whether the sentence of ``trigger`` names a person by a pronoun or by a word of ``names``."""
    return any(t.lower_ in PERSON_PRONOUNS or (t.pos_ == "PROPN" and t.lower_ in names) for t in trigger.sent)


def _names_of_the_dead(doc: Doc) -> frozenset[str]:
    """The words of the headline and of the lead's named subjects of "die" (lower case)."""
    words = {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'-]+", _headline(doc))}
    for sentence in doc_view(doc).sentences()[0][:LEAD_SENTENCES + 1]:
        for tok in sentence:
            if tok.lemma_.lower() in DEATH_LEMMAS:
                words.update(w.lower_ for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")
                             for w in _name_of(c))
    return frozenset(words)


def split_obituary_life(doc: Doc, events: list[Event]) -> tuple[list[Event], list[Event]]:
    """``events`` split into those kept and the life an obituary retells (left out)."""
    if not events or not is_obituary(doc):
        return events, []
    names = _names_of_the_dead(doc)
    kept: list[Event] = []
    life: list[Event] = []
    for event in events:
        trigger = trigger_token(doc, event)
        news = trigger is None or (answers(event, trigger) or _dated_news(doc, event, trigger)
                                   or not _speaks_of_a_person(trigger, names))
        (kept if news else life).append(event)
    return kept, life
