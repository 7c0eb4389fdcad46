"""Clause shapes that report no act as done: conditions, time clauses of what is still to come,
questions, habits, records summed up in the perfect, acts said to be needed, relative clauses that
describe or name whoever might act, roles played in fiction, abstentions, the purpose a
protest is staged for, and a source's request not to be named.

Each test reads the parse around a trigger's clause verb; :func:`newsevents.events.modality.mood`
turns them into the trigger's mood.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import codebook
from newsevents.events.answered_charges import ANSWER_VERBS, CHARGE_NOUNS
from newsevents.events.frames import has_lemma
from newsevents.events.matching import best_match
from newsevents.events.patterns import Lexicon
from newsevents.events.vote_words import VOTE_NOUNS
from newsevents.nlp.docview import DocView, doc_view
from newsevents.nlp.sentences import sentence_of

CONDITIONAL_MARKS = {"if", "unless", "whether", "lest"}
# Time clauses: in the present tense they name what has not happened yet ("until he resigns",
# "once a council is formed", "before the envoy arrives"); "until" and "once" also under a modal
# or an infinitive ("would not leave until he quit", "vowed to stay until he quit").
TIME_MARKS = frozenset({"until", "till", "once", "before", "after", "when"})
HOLD_MARKS = frozenset({"until", "till", "once"})
PAST_TAGS = frozenset({"VBD"})
PRESENT_TAGS = frozenset({"VBZ", "VBP", "VB"})
NEEDED_ADJECTIVES = frozenset({"important", "vital", "essential", "necessary", "crucial", "imperative", "urgent",
                               "critical", "indispensable", "high"})
# Judgements of an act's rightness or ease: "it is correct to hold talks", "would make it difficult
# for them to keep negotiating" weigh an act, they do not report it (unlike "it was hard" of a past one).
JUDGED_ADJECTIVES = frozenset({"correct", "right", "wrong", "wise", "unwise", "appropriate", "inappropriate",
                               "good", "bad", "better", "best", "difficult", "hard", "easy", "possible",
                               "impossible", "premature", "acceptable", "unacceptable", "useful", "reasonable",
                               "unreasonable", "advisable", "desirable", "pointless", "fair", "unfair"})
# Verbs that put such a judgement on an act: "make it difficult to", "find it hard to", "consider it wise to"
JUDGING_VERBS = frozenset({"be", "make", "find", "consider", "deem", "think"})
TIME_NOUNS = frozenset({"time", "day", "week", "month", "year", "moment", "occasion", "hour", "night"})
# Occasions: "a poll that has been marred by a boycott" tells what has happened at one, as "where" does at a place
OCCASION_NOUNS = VOTE_NOUNS | {"round", "campaign", "summit", "conference", "tournament", "games", "ceremony",
                               "festival"}
FREE_CHOICE = frozenset({"anyone", "anybody", "whoever", "everyone", "everybody", "whichever"})
# "those who support peace": in the present tense, whoever does it (see ``anyone``)
WHOEVER_PRONOUNS = frozenset({"those"})
CLOSING_QUOTES = frozenset({'"', "'", "’", "”", "''", ")"})
HABITUAL_ADVERBS = frozenset({"often", "routinely", "regularly", "frequently", "usually", "sometimes",
                              "typically", "generally", "rarely", "seldom", "always"})

# A record summed up in the perfect ("has repeatedly sent", "have fought ... over the past decades").
RECORD_ADVERBS = frozenset({"repeatedly", "long", "often", "frequently", "regularly", "routinely", "periodically"})
COUNTLESS = frozenset({"countless", "many", "numerous", "several", "multiple", "dozens", "hundreds"})
SPAN_PREPS = frozenset({"over", "in", "during", "throughout"})
RECENT = frozenset({"recent", "past", "last"})
SPAN_NOUNS = frozenset({"year", "decade", "century"})

# Verbs of acting or showing a role: the role's acts are fiction ("played a general invading Taiwan").
PORTRAY_VERBS = frozenset({"play", "portray", "depict", "impersonate", "cast", "star", "dramatise", "dramatize"})

# What a protest is for: "marched to demand that X resign", "gathered to oppose the bill" (demands,
# criticism, rejection) is the protest's cause, coded with the protest, not an act of its own.
PROTEST_PURPOSE_ROOTS = frozenset({"10", "11", "12"})


def conditional(parse: DocView, chain: list[int]) -> bool:
    """Whether a verb of ``chain`` is marked by "if", "unless", "whether" or "lest"."""
    return any(parse.deps[c] == "mark" and parse.lower[c] in CONDITIONAL_MARKS
               for i in chain for c in parse.children(i))


def _tensed(parse: DocView, verb: int, tags: frozenset[str]) -> bool:
    """Whether ``verb`` or one of its auxiliaries carries a tag of ``tags`` ("attacks", "is held")."""
    return parse.tags[verb] in tags or any(parse.deps[c] in ("aux", "auxpass") and parse.tags[c] in tags
                                           for c in parse.children(verb))


def _present_when(parse: DocView, clause: int) -> bool:
    """"will impose sanctions when Russia attacks", "strikes happen when students are dissatisfied":
    a present-tense "when" clause (the parser hangs "when" on it as an adverb, not a mark) under a
    clause that is not in the past tells a habit or a time to come, no event. Under a past clause
    ("were killed when shells hit a church") a present-looking form is a past one."""
    if not any(parse.deps[c] == "advmod" and parse.lower[c] == "when" for c in parse.children(clause)):
        return False
    if not _tensed(parse, clause, PRESENT_TAGS):
        return False
    head = parse.heads[clause]
    heads = [head]
    while parse.deps[heads[-1]] == "conj" and parse.heads[heads[-1]] not in heads:
        heads.append(parse.heads[heads[-1]])  # "were killed and 55 wounded when ...": the first verb's tense
    return not any(_tensed(parse, h, PAST_TAGS) for h in heads)


def pending(parse: DocView, chain: list[int]) -> bool:
    """Whether a verb of ``chain`` heads a time clause of something yet to happen (see ``TIME_MARKS``)."""
    for i in chain:
        if parse.deps[i] not in ("advcl", "relcl"):
            continue
        marks = {parse.lower[c] for c in parse.children(i) if parse.deps[c] == "mark"} & TIME_MARKS
        if not marks:
            if _present_when(parse, i):
                return True
            continue
        if _tensed(parse, i, PRESENT_TAGS):
            return True
        head = parse.heads[i]
        if marks & HOLD_MARKS and any(parse.deps[c] == "aux" and (parse.tags[c] in ("MD", "TO"))
                                      for c in parse.children(head)):
            return True
    return False


def protest_purpose(trigger: Token, verb: Token, lex: Lexicon) -> bool:
    """Whether ``trigger`` is a demand, a criticism or a rejection that a protest is staged for."""
    if verb.dep_ != "advcl" or not infinitive(verb) or trigger.i != verb.i:
        return False
    own = best_match(trigger, lex)
    if own is None or own.pattern.cameo[:2] not in PROTEST_PURPOSE_ROOTS:
        return False
    head = verb.head
    if has_lemma(head, lex.word_list("gather_verbs")):
        return True
    acts = [head, *(c for c in head.children if c.dep_ == "dobj")]
    return any((found := best_match(a, lex)) is not None and codebook.root_of(found.pattern.cameo) == codebook.PROTEST
               for a in acts)


def described(verb: Token) -> bool:
    """"the former premier, who had lately urged a tougher line", "the group, which has seized parts of
    Iraq", "where gangs had blockaded the port": a perfect-tense relative clause describes who or
    what the news is about; it does not report the news ("the third time she has been detained
    this month" does: a time is no one described, nor is an occasion, "a poll that has been marred by a
    boycott"; nor does "accused X of inciting the violence, which X has denied": a denial whose object
    is the relative answers the charge)."""
    if verb.dep_ != "relcl" or verb.head.lemma_.lower() in TIME_NOUNS | OCCASION_NOUNS or going_on_there(verb) \
            or denies_relative(verb):
        return False
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def denies_relative(verb: Token) -> bool:
    """Whether a relative clause denies what its relative pronoun stands for ("..., which X has denied")
    or the charge noun it hangs on ("..., a charge Kigali has consistently rejected")."""
    return verb.lemma_.lower() in ANSWER_VERBS and (verb.head.lemma_.lower() in CHARGE_NOUNS or any(
        c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in verb.children))


def going_on_there(verb: Token) -> bool:
    """"the Kokang region, where rebels have fought the army since February": a present perfect
    clause on a place tells what has been going on there, up to now, by a subject of its own;
    it describes no actor ("had" still recalls: "where gangs had blockaded the port")."""
    children = list(verb.children)
    return any(c.dep_ == "advmod" and c.lower_ == "where" for c in children) \
        and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in children) \
        and any(c.dep_ == "nsubj" for c in children)


def anyone(parse: DocView, chain: list[int]) -> bool:
    """"anyone who attacks police", "any country that invades", "those who support peace": a
    relative clause on a free-choice phrase names whoever might act, no act that happened."""
    for i in chain:
        if parse.deps[i] != "relcl":
            continue
        head = parse.heads[i]
        if parse.lower[head] in FREE_CHOICE or any(
                parse.deps[c] == "det" and parse.lower[c] in ("any", "every") for c in parse.children(head)):
            return True
        if parse.lower[head] in WHOEVER_PRONOUNS and parse.tags[i] in PRESENT_TAGS:
            return True  # "those who attack the army will be punished"; "those who attacked" were some
    return False


def needed(verb: Token) -> bool:
    """"it is vital that Russia withdraw", "it is time for the police to release them": an act
    said to be needed is not one done."""
    parse = doc_view(verb.doc)  # the view's children and labels: asked of every trigger's verb
    lower, deps = parse.lower, parse.deps
    if not (verb.tag_ in PRESENT_TAGS or infinitive(verb) or any(lower[c] == "should" for c in parse.children(verb.i))):
        return False  # "it is clear that Russia withdrew": a fact
    head = parse.heads[verb.i]
    if verb.dep_ in ("relcl", "acl") and lower[head] == "time" and deps[head] == "attr":
        return True  # "it is time for Russia to withdraw"
    if verb.dep_ not in ("ccomp", "advcl", "xcomp") or parse.lemmas[head] != "be":
        return False
    return any((deps[c] == "acomp" and lower[c] in NEEDED_ADJECTIVES) or (deps[c] == "attr" and lower[c] == "time")
               for c in parse.children(head))


def judged(verb: Token) -> bool:
    """"it is correct to conduct direct talks", "would make it difficult for them to continue
    negotiating": an infinitive that an extraposed "it" says is right, wrong, easy or hard to do is
    weighed, not done. A judgement in the past ("it was hard to reach the town") may tell an act that
    happened, and stays."""
    while verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX") and verb.head.lemma_ not in JUDGING_VERBS:
        verb = verb.head  # "to continue negotiating": the infinitive is "continue"
    if not infinitive(verb) or verb.dep_ not in ("xcomp", "ccomp", "advcl"):
        return False
    head = verb.head
    if head.lemma_ == "be" and head.pos_ in ("AUX", "VERB"):
        judge = next((c for c in head.children if c.dep_ == "acomp" and c.lower_ in JUDGED_ADJECTIVES), None)
        verdict = head
    elif head.lower_ in JUDGED_ADJECTIVES and head.head.lemma_ in JUDGING_VERBS:
        judge, verdict = head, head.head
    else:
        return False
    if judge is None or not any(c.lower_ == "it" for c in (*verdict.children, *judge.children)):
        return False
    return not any(t.tag_ == "VBD" for t in (verdict, *(c for c in verdict.children if c.dep_ == "aux")))


def habitual(parse: DocView, verb: int) -> bool:
    """"the army often arrests journalists": a present-tense habit is a generic statement, no event."""
    return parse.tags[verb] in ("VBZ", "VBP") and any(
        parse.deps[c] == "advmod" and parse.lower[c] in HABITUAL_ADVERBS for c in parse.children(verb))


def summarised(parse: DocView, verb: int, first: int) -> bool:
    """"have fought one war over the past two decades", "has repeatedly sent warships", "have
    traded fire countless times": a perfect tense over a span of years, or repeated, sums up a
    record; it reports no act of the news. ``first`` is the first of the verbs ``verb`` is
    coordinated with ("have fought ... and traded ..."), whose auxiliary and adverbials it shares."""
    children = [*parse.children(verb), *(parse.children(first) if first != verb else ())]
    if not any(parse.deps[c] == "aux" and parse.lemmas[c] == "have" for c in children):
        return False
    for c in children:
        dep, word = parse.deps[c], parse.lower[c]
        if dep == "advmod" and word in RECORD_ADVERBS:
            return True
        if dep == "npadvmod" and parse.lemmas[c] == "time" and any(
                parse.lower[m] in COUNTLESS for m in parse.children(c)):
            return True  # "countless times", "many times"
        if dep == "prep" and word in SPAN_PREPS and any(_span_of_years(parse, o) for o in parse.children(c)):
            return True  # "over the past two decades", "in recent years"
    return False


def _span_of_years(parse: DocView, noun: int) -> bool:
    """"the past two decades", "recent years", "the years": a span of years up to now ("for two
    years" is how long, not a record: "jailed him for two years")."""
    return parse.deps[noun] == "pobj" and parse.lemmas[noun] in SPAN_NOUNS and parse.tags[noun] == "NNS" and (
        parse.lower[parse.heads[noun]] != "in"
        or any(parse.lower[m] in RECENT for m in parse.children(noun)))


def portrayed(verb: Token) -> bool:
    """"played a Chinese general invading Taiwan", "was cast as a prime minister declaring war": an act
    of a role played or shown in a film, a series or a play is fiction."""
    if verb.dep_ not in ("acl", "relcl"):
        return False
    role = verb.head
    host = role.head
    if role.dep_ == "pobj" and host.lower_ == "as":
        host = host.head  # "cast as a minister declaring war"
    elif role.dep_ != "dobj":
        return False
    return host.lemma_.lower() in PORTRAY_VERBS


def asked(verb: Token) -> bool:
    """"Will Russia attack Ukraine?": a yes-no question asks whether an act happens. A wh-question
    ("Why did police arrest him?") takes the act as given, unless it asks of the present or the
    future ("Why does the government refuse ...?", "Who will stop them?")."""
    sent = sentence_of(verb)
    parse = doc_view(verb.doc)
    last = sent.end - 1
    while last > sent.start and (parse.lower[last] in CLOSING_QUOTES or not parse.lower[last].strip()):
        last -= 1
    if parse.lower[last] != "?":
        return False
    if not any(parse.tags[i] in ("WP", "WP$", "WRB", "WDT") for i in range(sent.start, verb.i)):
        return True
    return _open_ended(verb)


# Auxiliaries of a wh-question about no past act: "Why does the government refuse to listen?",
# "Who will stop them?", "Why can't they talk?" ask of a standing or a future state, a
# complaint or a guess; "Why did police arrest him?" (past "did" or a past verb) takes the act as given.
OPEN_AUXES = frozenset({"do", "does", "will", "would", "can", "could", "should", "shall", "may", "might",
                        "must", "wo", "ca"})


def _open_ended(verb: Token) -> bool:
    """A wh-question whose verb carries a present "do" or a modal: no act that happened."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in OPEN_AUXES for c in verb.children)


# A source's wish to stay unnamed: "an official who asked not to be named", "said, asking not to be
# identified", "who declined to be quoted", "a diplomat who requested anonymity".
ANONYMITY_REQUESTS = frozenset({"ask", "request"})
ANONYMITY_REFUSALS = frozenset({"decline", "refuse"})
NAMING_VERBS = frozenset({"name", "identify", "quote", "cite"})
ANONYMITY_NOUNS = frozenset({"anonymity"})


def anonymous_source(verb: Token) -> bool:
    """"An official who asked not to be named said ...", "the official said, asking not to be
    identified", "who declined to be quoted", "who requested anonymity": the formula by which a
    reporter's source stays unnamed is no appeal (02) or refusal (12) to anyone (session 22's census:
    three fresh stories coded it as an appeal with no target). "asked not to be disturbed" is not
    the formula."""
    lemma = verb.lemma_.lower()
    if lemma not in ANONYMITY_REQUESTS | ANONYMITY_REFUSALS:
        return False
    if lemma in ANONYMITY_REQUESTS and any(c.dep_ == "dobj" and c.lemma_.lower() in ANONYMITY_NOUNS
                                           for c in verb.children):
        return True
    for named in verb.children:
        if named.dep_ != "xcomp" or named.lemma_.lower() not in NAMING_VERBS \
                or not any(c.dep_ == "auxpass" for c in named.children):
            continue
        negated = any(c.dep_ == "neg" for c in named.children)
        if negated == (lemma in ANONYMITY_REQUESTS):
            return True
    return False


def clause_chain(parse: DocView, verb: int) -> list[int]:
    """The verb and the verbs it is a complement or adjunct of, up to the root."""
    chain = [verb]
    current = verb
    while parse.heads[current] != current and len(chain) < 12:
        current = parse.heads[current]
        chain.append(current)
    return chain


def abstained(verb: Token, lex: Lexicon) -> bool:
    """"refrained from criticising", "stopped short of imposing", "prevented protesters from
    marching", "banned the opposition from holding rallies", "left without signing", "instead of
    attacking": the act did not happen."""
    head = verb.head
    if verb.dep_ != "pcomp" or head.dep_ != "prep":
        return False
    if head.lower_ == "without" or (head.lower_ == "of" and head.head.lower_ == "instead"):
        return True
    governor = head.head
    if head.lower_ == "from" and governor.dep_ == "dobj" and governor.head.i != governor.i:
        governor = governor.head  # the parser hangs "from holding" on the object ("the opposition")
    return has_lemma(head.head, lex.word_list("abstain_verbs")) or (
        head.lower_ == "from" and has_lemma(governor, lex.word_list("prevent_verbs")))


def infinitive(verb: Token) -> bool:
    """Whether ``verb`` is a to-infinitive ("to meet")."""
    parse = doc_view(verb.doc)
    return any(parse.deps[c] == "aux" and parse.lower[c] == "to" for c in parse.children(verb.i))
