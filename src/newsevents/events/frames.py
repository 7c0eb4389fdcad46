"""Argument finding over the dependency parse: who is the subject, object or prepositional target
of a trigger, through passive voice, coordination, control ("agreed to meet", "urged X to") and
participles ("..., calling for a ceasefire").

The functions take and return spaCy tokens; mapping tokens to actors is :mod:`actors_of`'s job.
Reading coordinated lists ("France and Turkey") is :mod:`~newsevents.events.coordination`'s.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from newsevents.events.accus_absolutes import absolute_doer, partitive_whole
from newsevents.events.among_patients import among_patients
from newsevents.events.borne_messages import bearer_of_subject, bearing_verb
from newsevents.events.censure import (
    THREAT_NOUNS,
    passive_adjunct_doer,
    tensed_beside_infinitive,
    threat_holder,
)

# The clause helpers moved to events/clauses.py, the oblique arguments to events/obliques.py and the
# passive voice to events/voice.py (session 13); named here too, as the rules have always used them.
from newsevents.events.clauses import CLAUSE_DEPS as CLAUSE_DEPS
from newsevents.events.clauses import clause_indices as clause_indices
from newsevents.events.clauses import clause_tokens as clause_tokens
from newsevents.events.clauses import clause_verb as clause_verb
from newsevents.events.clauses import governing_chain as governing_chain
from newsevents.events.coordination import LIST_GLUE, conjunct_indices
from newsevents.events.document_doers import announcing_verb, issuing_verb, own_issuer
from newsevents.events.given_orders import obeying_verb
from newsevents.events.held_acts import act_holder, taking_verb
from newsevents.events.member_doers import member_doer
from newsevents.events.obliques import RECIPROCAL_PAIRS as RECIPROCAL_PAIRS
from newsevents.events.obliques import SIDES_PREPS as SIDES_PREPS
from newsevents.events.obliques import datives as datives
from newsevents.events.obliques import prep_objects as prep_objects
from newsevents.events.obliques import quantity_head as quantity_head
from newsevents.events.obliques import reciprocal as reciprocal
from newsevents.events.parenthetical import fronted_apposed_subject, interrupted_root_verb
from newsevents.events.participle_sufferers import participle_sufferers
from newsevents.events.passive_conjuncts import passive_partner_subject
from newsevents.events.raised_subjects import raised_subject
from newsevents.events.reasons import for_doer, reason_governor
from newsevents.events.relative_roots import relative_root_doer
from newsevents.events.schedules import scheduled_doer
from newsevents.events.speaker_acts import reporting_participle_speaker, reporting_speaker_verb
from newsevents.events.trailing_participles import object_crowd, place_mover
from newsevents.events.visiting_partners import visitor_objects
from newsevents.events.voice import SUBJECT_DEPS as SUBJECT_DEPS
from newsevents.events.voice import TRAILING_REPORTS as TRAILING_REPORTS
from newsevents.events.voice import is_passive as is_passive
from newsevents.events.voice import misparsed_root_verb as misparsed_root_verb
from newsevents.events.voice import passive_at, shared_passive
from newsevents.events.voice import passive_participle as passive_participle
from newsevents.nlp.docview import DocView, doc_view

RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
# Words that open a relative clause on a place, time or manner ("the city where ...").
RELATIVE_ADVERBS = frozenset({"where", "when", "why", "how", "whereby"})
# A verb's complement clauses: a relative clause with one says what was done, not to whom.
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp"})
# Verbs whose object is the subject of their infinitive ("urged Iran to stop").
OBJECT_CONTROL = {
    "urge", "ask", "order", "force", "tell", "persuade", "invite", "encourage", "allow", "help",
    "call", "press", "push", "pressure", "request", "require", "compel", "instruct", "advise",
    "authorize", "enable", "warn", "appeal", "implore", "beg", "expect", "want", "like", "wish", "prefer",
    # causes that move someone to act ("prompting the army to send troops", "led Kenya to close the border")
    # and perceiving ("were seen firing at protesters") (session 13)
    "prompt", "lead", "cause", "spur", "drive", "oblige", "convince", "permit", "direct", "command", "provoke",
    "inspire", "motivate", "mandate", "empower", "see", "hear", "witness", "film", "photograph", "spot", "watch",
}
# "accused X of Ving": X is the one who Vs.
OF_OBJECT_CONTROL = {"accuse", "charge", "suspect", "blame", "convict", "criticize", "condemn", "praise",
                     "thank", "commend", "denounce", "fault", "congratulate"}
# Things said whose participle speaks for whoever said them ("a statement calling for talks").
SPEAKING_NOUNS = {"statement", "communique", "communiqué", "declaration", "resolution", "letter", "message",
                  "speech", "address", "report", "decree", "note", "editorial", "appeal", "memorandum"}
# "signed an order imposing tariffs", "passed a law banning the party": the act an enacted text does is its
# enactor's, the subject of the verb of enacting (not of any verb: "criticized the law banning ...").
ENACTED_NOUNS = {"order", "decree", "law", "directive", "edict", "ordinance", "proclamation", "regulation"}
ENACTING_VERBS = {"sign", "issue", "pass", "enact", "adopt", "promulgate", "publish", "announce", "unveil"}
# "protesters demanding reforms", "a rally demanding reforms", "placards demanding that he go": the crowd's
# demand (events/protest_calls.py). The participle's doer is the crowd, or whoever holds the rally or sign.
DEMAND_PARTICIPLES = {"demand", "call", "urge", "seek"}
DEMANDING_CROWDS = frozenset({"protester", "protestor", "demonstrator", "marcher", "striker", "crowd", "rioter",
                              "picketer"})
DEMANDING_THINGS = {"protest", "demonstration", "rally", "march", "strike", "sit-in", "vigil", "placard", "banner",
                    "sign", "slogan", "poster", "petition", "walkout"}
STRIKING_PEOPLE = {"worker", "employee", "teacher", "doctor", "nurse", "miner", "driver", "trucker", "docker",
                   "pilot", "staff", "unionist", "student", "lecturer", "farmer", "labourer", "laborer", "servant",
                   "medic", "physician", "workforce", "union", "cabbie", "railworker"}
# "by sending weapons", "after meeting Xi": the clause's subject does it.
SUBJECT_ADJUNCT_PREPS = {"by", "after", "before", "while", "without", "in", "through", "since", "upon", "on"}


def lemma_forms(token: Token) -> tuple[str, ...]:
    """The token's lemma, then guesses for a lemmatizer slip ("staged" -> "stag"): the word less
    its inflection (see :func:`~newsevents.nlp.docview.lemma_forms_of`)."""
    return doc_view(token.doc).forms[token.i]


def has_lemma(token: Token, words: frozenset[str] | set[str]) -> bool:
    """Whether any of the token's lemma forms is in ``words``."""
    return not words.isdisjoint(lemma_forms(token))  # asked ~200 times per article: no generator


def _remembered(doc: Doc, key: str, i: int, compute: Callable[[Doc, int], tuple[int, ...]]) -> tuple[int, ...]:
    """``compute(doc, i)``, worked out once per token: the coder asks the same question of the same
    word many times per article. The answers are memoised in the ``Doc``'s view under ``key``, as
    token indices (they derive from the parse and the entities, which the view never changes)."""
    return doc_view(doc).memo(key, i, lambda j: compute(doc, j))


def _explicit_subject(verb: Token) -> Token | None:
    doc, parse = verb.doc, doc_view(verb.doc)
    if is_passive(verb) or passive_participle(verb):
        for child in parse.children(verb.i):
            if parse.deps[child] == "agent":
                objs = [c for c in parse.children(child) if parse.deps[c] == "pobj"]
                return doc[objs[0]] if objs else None
        return _shared_agent(doc, verb.i)
    for child in parse.children(verb.i):
        # a passive subject of a verb that is no passive is its subject ("is headed to Riyadh"): safe
        # only because voice.passive_at makes every other verb with an nsubjpass passive (_marked_passive)
        if parse.deps[child] in SUBJECT_DEPS or parse.deps[child] == "nsubjpass":
            if parse.lower[child] in RELATIVE_PRONOUNS and parse.deps[verb.i] == "relcl":
                return verb.head
            return doc[child]
    return None


def _shared_agent(doc: Doc, verb: int) -> Token | None:
    """The agent written once, after the last of coordinated passive verbs: "were arrested and
    beaten by police" -> police arrested them too. Only for participles next to one another."""
    parse = doc_view(doc)
    later = [c for c in parse.children(verb) if parse.deps[c] == "conj" and shared_passive(parse, c)]
    if not later:
        return None
    last = later[-1]
    if any(j not in later and parse.deps[j] not in _VERB_LIST_DEPS for j in range(verb + 1, last)):
        return None
    for child in parse.children(last):
        if parse.deps[child] == "agent":
            objs = [c for c in parse.children(child) if parse.deps[c] == "pobj"]
            return doc[objs[0]] if objs else None
    return None


def _demand_bearer(noun: Token, depth: int) -> Token | None:
    """Who makes the demand a participle on ``noun`` states: a crowd itself ("protesters demanding
    reforms"), or whoever holds the rally or carries the sign ("attended a rally demanding reforms",
    "carrying placards demanding that he go": the subject of the verb the noun is the object of)."""
    lemma = noun.lemma_.lower()
    if lemma in DEMANDING_CROWDS:
        return noun
    if lemma in DEMANDING_THINGS and noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX"):
        return subject(noun.head, depth + 1)
    if (mover := place_mover(noun)) is not None:
        return subject(mover, depth + 1)  # "took to the streets demanding ..." (events/trailing_participles.py)
    return None


def subject(verb: Token, depth: int = 0) -> Token | None:
    """The logical subject of a verb: explicit, the agent of a passive, or inherited."""
    if depth:
        return _subject(verb, depth)
    # asked of the same verb by many rules: worked out once (it reads the parse alone)
    doc = verb.doc
    found = doc_view(doc).memo("newsevents.events.subject", verb.i, lambda _: _index(_subject(verb, 0)))
    return doc[found[0]] if found else None


def _index(token: Token | None) -> tuple[int, ...]:
    return () if token is None else (token.i,)


def _subject(verb: Token, depth: int) -> Token | None:
    if verb.dep_ in ("acl", "relcl") and (taker := taking_verb(verb)) is not None and depth <= 6:
        return subject(taker, depth + 1)  # "took the opportunity to criticize": who took it
    if (obeyer := obeying_verb(verb)) is not None and depth <= 6:
        return subject(obeyer, depth + 1)  # "obeyed orders to arrest them": who obeyed (given_orders.py)
    if (announcer := announcing_verb(verb)) is not None and depth <= 6:
        return subject(announcer, depth + 1)  # "announced plans to expel": who announced them (document_doers.py)
    if verb.dep_ == "relcl" and (member := member_doer(verb)) is not None:
        return member  # "Japan was among the countries that condemned the test"
    found = _explicit_subject(verb)
    if found is not None and (whole := partitive_whole(verb, found)) is not None and depth <= 6:
        return subject(whole, depth + 1)  # "rallied, with some accusing X": some of those who rallied
    if found is not None and (bearer := bearer_of_subject(verb, found)) is not None and depth <= 6:
        return subject(bearer, depth + 1)  # "chanted [slogans praising the judge]": the chanters
    if found is not None or depth > 6:
        return found
    if interrupted_root_verb(verb):
        return verb.head  # "Senegal, for its part, called on ...": the verb of the sentence, not a participle
    if (apposed := fronted_apposed_subject(verb)) is not None:
        return apposed  # "At a rally in Lagos, the president, who ..., appeared to ...": not Lagos's apposition
    if (root_doer := relative_root_doer(verb)) is not None:
        return root_doer  # "students who were protesting clashed with police" (events/relative_roots.py)
    if is_passive(verb) or passive_participle(verb):
        return None
    if (scheduled := scheduled_doer(verb)) is not None:
        return scheduled  # "the president is scheduled to meet ...": the passive's subject (events/schedules.py)
    head, dep = verb.head, verb.dep_
    if head.i == verb.i:
        return None
    if dep == "acomp" and head.pos_ in ("VERB", "AUX"):
        return subject(head, depth + 1)  # "Norway is willing": the subject of "is"
    if dep == "xcomp" and verb.lemma_ == "blame" and head.lemma_ == "be":
        return None  # "the rebels were to blame": they are blamed, by someone else
    if dep == "xcomp" and head.pos_ == "ADJ" and head.dep_ == "acomp":
        head = head.head  # "is ready to talk": the subject of "is"
    if dep == "xcomp" and (raised := raised_subject(verb)) is not None:
        return raised  # "troops are reported to have attacked": the troops attacked
    if dep == "xcomp":
        if has_lemma(head, OBJECT_CONTROL):
            objs = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
            if objs:
                return objs[0]
        return subject(head, depth + 1) if head.pos_ in ("VERB", "AUX") else None
    if dep == "conj" and tensed_beside_infinitive(verb) and head.head.pos_ in ("VERB", "AUX"):
        return subject(head.head, depth + 1)  # "denied X crossed ... and blame India" (events/censure.py)
    if dep == "conj":
        # "said the talks were useful and urged the rebels to sign": the speaker's own act
        report = reporting_speaker_verb(verb)
        if report is None and (patient := passive_partner_subject(verb)) is not None:
            return patient  # "police were deployed ... and arrested ten": those deployed (events/passive_conjuncts.py)
        return subject(report if report is not None else head, depth + 1) if head.pos_ in ("VERB", "AUX") else None
    if dep == "relcl" or misparsed_root_verb(verb):
        return head
    if dep == "acl" and head.lemma_.lower() not in THREAT_NOUNS and (holder := act_holder(verb)) is not None:
        return holder  # "Turkey's decision to recall its ambassador": Turkey recalls
    if dep == "acl" and head.lemma_.lower() in THREAT_NOUNS:
        return threat_holder(verb)  # "Ethiopia's threat to terminate the deal": Ethiopia threatens
    if dep == "acl" and (bearer := bearing_verb(verb)) is not None:
        return subject(bearer, depth + 1)  # "protesters carried placards denouncing X": the bearers speak
    if dep == "acl" and (absolute := absolute_doer(verb)) is not None:
        return absolute  # "with the opposition accusing the president": the opposition (events/accus_absolutes.py)
    if dep == "acl" and verb.tag_ == "VBG" and head.lemma_.lower() in SPEAKING_NOUNS:
        return _issuer(head, depth)  # "issued a statement calling on Seoul": who issued it
    if dep == "acl" and verb.tag_ == "VBG" and head.lemma_.lower() in ENACTED_NOUNS and head.dep_ == "dobj" \
            and head.head.lemma_.lower() in ENACTING_VERBS:
        return subject(head.head, depth + 1)  # "Trump signed an order imposing tariffs": who signed it
    if verb.lemma_.lower() in DEMAND_PARTICIPLES and (crowd := object_crowd(verb, DEMANDING_CROWDS)) is not None:
        return crowd  # "clashed with protesters in Lima calling for ...": the crowd calls (trailing_participles.py)
    if dep == "advcl" and (report := reporting_participle_speaker(verb)) is not None:
        return subject(report, depth + 1)  # "say Georgia broke the truce, claiming ...": the sayers (speaker_acts.py)
    if dep in ("advcl", "acl") and verb.tag_ in ("VBG", "VBN") and head.pos_ in ("VERB", "AUX"):
        return subject(head, depth + 1)
    if dep == "acl" and verb.tag_ == "VBG" and verb.lemma_.lower() in DEMAND_PARTICIPLES:
        return _demand_bearer(head, depth)
    if dep == "amod" and verb.lower_ == "striking" and head.lemma_.lower() in STRIKING_PEOPLE:
        return head  # "striking garment workers": the workers strike (a "striking" result or tone is no one's)
    if dep == "acl" and verb.tag_ == "VBG" and head.pos_ in ("NOUN", "PROPN") and verb.i > 0 \
            and verb.doc[verb.i - 1].text == ",":
        return head  # "the Iraqi premier, meeting the Iranian president, said ...": set off by commas
    if dep == "advcl" and verb.tag_ == "VB" and head.pos_ in ("VERB", "AUX") \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return subject(head, depth + 1)  # purpose: "opened fire to disperse the crowd"
    if dep == "pcomp" and verb.tag_ == "VBG" and (agents := [a for a in prep_objects(verb, {"by"})
                                                          if a.dep_ == "pobj" and a.pos_ in ("NOUN", "PROPN")]):
        return agents[0]  # "were killed in shelling *by RSF fighters*": a gerund's "by" names its doer
    if dep == "pcomp" and head.dep_ == "prep":
        governor = head.head
        if head.lower_ == "of" and governor.lemma_ in OF_OBJECT_CONTROL:
            objs = [c for c in governor.children if c.dep_ in ("dobj", "nsubjpass")]
            return objs[0] if objs else None
        if head.lower_ in SUBJECT_ADJUNCT_PREPS and governor.pos_ in ("VERB", "AUX"):
            if is_passive(governor) or passive_participle(governor):
                return passive_adjunct_doer(head, governor)  # "were arrested after criticizing": they did
            return subject(governor, depth + 1)
        governor = reason_governor(governor) if head.lower_ == "for" else governor
        if head.lower_ == "for" and governor.pos_ in ("VERB", "AUX"):
            return for_doer(verb, governor, lambda v: subject(v, depth + 1))
    return None


def _issuer(noun: Token, depth: int) -> Token | None:
    """Who speaks through a statement: the issuer it names itself ("a UN resolution"), else the subject
    of the verb that issued it ("issued a statement"), or of the verb it is the adjunct of ("said in a
    statement"); not the subject of a verb that reacts to it ("rejected a resolution")."""
    if (own := own_issuer(noun)) is not None:
        return own
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ in ("in", "through", "via"):
        verb = verb.head
    elif noun.dep_ not in ("dobj", "nsubjpass") or (noun.dep_ == "dobj" and not issuing_verb(verb)):
        return None
    return subject(verb, depth + 1) if verb.pos_ in ("VERB", "AUX") and verb.i != noun.i else None


def objects(verb: Token) -> list[Token]:
    """The logical direct objects: dobj, or the passive subject ("diplomats were expelled")."""
    doc = verb.doc
    return [doc[i] for i in _remembered(doc, "newsevents.events.objects", verb.i, _objects)]


def _objects(doc: Doc, verb: int) -> tuple[int, ...]:
    parse = doc_view(doc)
    passive = passive_at(parse, verb)
    deps = ("nsubjpass", "nsubj") if passive else ("dobj", "obj")
    out: list[int] = []
    for child in parse.children(verb):
        if parse.deps[child] in deps:
            if passive and parse.lower[child] in RELATIVE_PRONOUNS and parse.deps[verb] == "relcl":
                child = parse.heads[verb]  # "activists, who were detained": the antecedent was detained
                if members := among_patients(doc[child]):
                    out.extend(members)  # "X was among the people who were detained": X was
                    continue
            out.extend(conjunct_indices(doc, child))
    if not passive and _object_relative(parse, verb, out):
        # "the funding deal Moreno reached with the IMF", "the accord that Peru signed": the noun the
        # clause qualifies is what its verb acted on
        out = list(conjunct_indices(doc, parse.heads[verb]))
    if out and not passive:
        # "met officials, aid workers, and envoys from Russia", parsed with the last item a
        # conjunct of the verb: a noun is no coordinated verb, but one more object
        # "met the chancellor on Monday and the prime minister on Tuesday": the glue comes before
        # the conjunct's first word, not before its head
        out += [c for c in parse.children(verb) if parse.deps[c] == "conj" and parse.pos[c] in ("NOUN", "PROPN")
                and c > max(out) and (parse.lower[c - 1] in LIST_GLUE or parse.lower[doc[c].left_edge.i - 1]
                                      in LIST_GLUE) and not any(
                    parse.deps[g] in SUBJECT_DEPS for g in parse.children(c))]
    if not out and not passive:
        out += _raised_objects(doc, verb) or visitor_objects(doc, verb) or _helped(doc, verb)
    head = parse.heads[verb]
    if not out and parse.deps[verb] == "conj" and passive and parse.pos[head] in ("VERB", "AUX"):
        # "the delegations arrived and were received by Berset": the shared subject is the passive's object
        return tuple(i for c in parse.children(head) if parse.deps[c] in ("nsubj", "nsubjpass")
                     for i in conjunct_indices(doc, c))
    if not out and parse.deps[verb] == "acl" and parse.tags[verb] == "VBN" \
            and parse.pos[head] in ("NOUN", "PROPN", "PRON"):
        # "ten soldiers killed in the raid": the noun is what the verb acted on; "X was among
        # those arrested": X was (events/among_patients.py)
        return among_patients(doc[head]) or conjunct_indices(doc, head)
    if not out:  # "showed up, dispersed by police", "before being arrested": the clause's subject
        return participle_sufferers(doc, verb)
    return tuple(out)


def _object_relative(parse: DocView, verb: int, found: list[int]) -> bool:
    """Whether the active verb ``verb`` heads a relative clause on a noun that is its object: it has
    a subject of its own, and no object but a relative pronoun ("the deal *that* X reached", or
    none: "the deal X reached"), nor a complement clause or a relative adverb ("Istanbul, *where*
    negotiators offered to ...": a place or time, not what was acted on)."""
    if parse.deps[verb] != "relcl" or parse.pos[parse.heads[verb]] not in ("NOUN", "PROPN") \
            or not all(parse.lower[i] in RELATIVE_PRONOUNS for i in found):
        return False
    children = parse.children(verb)
    return any(parse.deps[c] == "nsubj" and parse.lower[c] not in RELATIVE_PRONOUNS for c in children) \
        and not any(parse.deps[c] in COMPLEMENT_DEPS or parse.lower[c] in RELATIVE_ADVERBS for c in children)


def _helped(doc: Doc, verb: int) -> tuple[int, ...]:
    """The one helped when "help" takes a bare infinitive: "helped Kyrgyzstan rebuild the dam" is
    parsed with "Kyrgyzstan" the subject of "rebuild", a complement of "help"; it is help's object
    (it stands right after "help": not "help, he said, Kyrgyzstan rebuild")."""
    parse = doc_view(doc)
    if parse.lemmas[verb].lower() != "help":
        return ()
    for clause in parse.children(verb):
        if parse.deps[clause] != "ccomp" or parse.tags[clause] != "VB":
            continue
        for child in parse.children(clause):
            if parse.deps[child] == "nsubj" and doc[child].left_edge.i == verb + 1:
                return tuple(conjunct_indices(doc, child))
    return ()


# Words that may stand between verbs sharing one object: "arrested, beat and then tortured".
_VERB_LIST_DEPS = {"cc", "punct", "advmod", "preconj"}


def _raised_objects(doc: Doc, verb: int) -> tuple[int, ...]:
    """The object shared by coordinated verbs and written once, after the last of them: "police
    arrested and beat protesters", "shelled and then stormed the town". Only verbs that stand next
    to one another, with no subject, object or complement of their own, share it."""
    parse = doc_view(doc)
    if parse.pos[verb] != "VERB" or parse.tags[verb] == "VBG":
        return ()
    group = sorted([verb, *parse.conjuncts(verb)])
    later = [v for v in group if v > verb]
    if not later:
        return ()
    for v in group:
        if v >= verb and parse.pos[v] != "VERB":
            return ()
    for v in [verb, *later]:
        if v != verb and any(parse.deps[c] in SUBJECT_DEPS or parse.deps[c] == "nsubjpass"
                             for c in parse.children(v)):
            return ()
    bare = [verb, *later[:-1]]  # the verbs before the last must be bare: nothing but glue after them
    for v in bare:
        if any(c > v and parse.deps[c] not in _VERB_LIST_DEPS and parse.deps[c] != "conj"
               for c in parse.children(v)):
            return ()
    last = later[-1]
    # nothing but glue between the verbs: no "marched to parliament and attacked police"
    for j in range(verb + 1, last):
        if j in later or parse.deps[j] in _VERB_LIST_DEPS:
            continue
        return ()
    if passive_at(parse, last):
        return ()
    return tuple(i for c in parse.children(last) if parse.deps[c] in ("dobj", "obj")
                 for i in conjunct_indices(doc, c))
