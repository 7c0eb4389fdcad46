"""Public statements that news English tells without a verb of their own code (CAMEO root 01).

Three constructions:

- "declined to comment on the report", "refused comment", "declined to say whether", "declining to
  go into the details": saying nothing is declining comment (011, the ``_no_comment``
  pattern), not a refusal of anything asked (120; session 25 added the verbs of telling and the
  details given).
- "said it had nothing to do with the attack", "insisted it was not behind the blast", "said
  they played no role in the coup": the speaker denies its own part in an act, a denial (016,
  the ``_disavow`` pattern) though no verb "deny" is used.
- "called the reports groundless", "dismissed as false the claims", "said the accusations were
  baseless": judging a claim or report false denies it (016, the ``_false_claim`` pattern); it is
  aimed at whoever made the claim ("the claims by Kyiv", "Kyiv's claims", or the latest
  accusation against the speaker, see :mod:`newsevents.events.anaphora`), not at the claim.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import frames as fr
from newsevents.events.gates import VERBS, Gate, first_of, gated
from newsevents.events.issuers import reported_clauses
from newsevents.events.matching import NOUN_POS, VERB_POS, Match, naming_parts, verdict_parts
from newsevents.events.patterns import Lexicon
from newsevents.events.roles import MentionIndex, actors_of
from newsevents.records import ActorMention

NO_COMMENT_PATTERN = "_no_comment"
DISAVOW_PATTERN = "_disavow"
FALSE_CLAIM_PATTERN = "_false_claim"

SILENCE_VERBS = frozenset({"decline", "refuse"})
COMMENT_WORDS = frozenset({"comment", "elaborate"})
# Verbs that tell what one knows ("declined to say whether", "refused to confirm how many"): declining
# them is declining comment too; not "speak", "talk" or "discuss", which refuse a partner talks.
TELLING_VERBS = frozenset({"say", "confirm", "disclose", "reveal", "specify", "divulge", "detail", "explain"})
# "declined to give details", "declining to go into the details", "refused to provide figures"
DETAIL_NOUNS = frozenset({"detail", "specific", "specifics", "information", "figure", "number", "breakdown",
                          "particular"})
GIVING_VERBS = frozenset({"give", "provide", "offer", "share", "go", "release"})
# What a claim or report is that is judged false ("the reports", "the allegations", "such rumours").
CLAIMED_NOUNS = frozenset({"report", "rumour", "rumor", "story", "accusation", "allegation", "charge", "claim",
                           "assertion", "suggestion", "insinuation", "speculation"})
# Words that call a claim false (not merely bad: "called the charges politically motivated" accuses).
FALSE_WORDS = frozenset({"false", "untrue", "baseless", "groundless", "unfounded", "fabricated", "fabrication",
                         "lie", "nonsense", "absurd", "fake", "fiction", "invention", "slander", "libel",
                         "misinformation", "disinformation", "ridiculous", "fabricate", "falsify", "incorrect",
                         "inaccurate", "wrong", "rubbish"})
# A part denied: "played no role in", "had no part in", "no involvement in".
PART_NOUNS = frozenset({"role", "part", "involvement", "hand", "link", "connection"})
# "was not responsible for", "was not involved in", "was not behind"
PART_ADJECTIVES = frozenset({"responsible", "involved", "behind", "complicit", "implicated"})
SELF_PRONOUNS = frozenset({"it", "they", "we", "he", "she", "i"})


def _pattern(lex: Lexicon, name: str, tok: Token, theme: Token | None = None) -> Match | None:
    """The construction ``name`` matched at ``tok`` (``None`` when the pattern file lacks it)."""
    pattern = lex.construction(name)
    return Match(tok, pattern, theme) if pattern is not None else None


@gated(Gate(VERBS, words=SILENCE_VERBS))
def no_comment(tok: Token, lex: Lexicon) -> Match | None:
    """"declined to comment", "refused comment": the ``_no_comment`` pattern (011)."""
    if tok.pos_ not in VERB_POS or tok.lemma_.lower() not in SILENCE_VERBS:
        return None
    said = [c for c in tok.children if (c.dep_ == "xcomp" and (c.lemma_.lower() in COMMENT_WORDS | TELLING_VERBS
                                                              or _details_given(c)))
            or (c.dep_ == "dobj" and c.lemma_.lower() == "comment")]
    return _pattern(lex, NO_COMMENT_PATTERN, tok) if said else None


def _details_given(verb: Token) -> bool:
    """Whether ``verb`` gives or goes into details ("give details of the deal", "go into details")."""
    if verb.lemma_.lower() not in GIVING_VERBS:
        return False
    held = [c for c in verb.children if c.dep_ == "dobj"]
    held += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "into"
             for o in p.children if o.dep_ == "pobj"]
    return any(c.lemma_.lower() in DETAIL_NOUNS for c in held)


def _own_part_denied(clause: Token) -> bool:
    """Whether a reported clause says its subject had no part in something: "it was not behind
    the attack", "they had nothing to do with it", "it played no role in the coup"."""
    lemma = clause.lemma_.lower()
    negated = any(c.dep_ == "neg" for c in clause.children)
    objects = [c for c in clause.children if c.dep_ == "dobj"]
    if lemma == "be" and negated:
        return any((c.dep_ == "acomp" and c.lower_ in PART_ADJECTIVES)
                   or (c.dep_ == "prep" and c.lower_ == "behind") for c in clause.children)
    if clause.tag_ == "VBN" and clause.lower_ in ("involved", "implicated") and negated:
        return True  # "was not involved in" parsed as a passive
    if lemma in ("have", "play") and any(o.lower_ == "nothing" for o in objects):
        return lemma == "have" and any(c.dep_ in ("relcl", "acl") and c.lemma_ == "do"
                                       for o in objects for c in o.children)
    if lemma in ("have", "play"):
        return any(o.lemma_.lower() in PART_NOUNS and (negated or any(
            d.dep_ == "det" and d.lower_ == "no" for d in o.children)) for o in objects)
    return False


@gated(Gate(VERBS, lists=("report_verbs",)))
def disavowal(tok: Token, lex: Lexicon) -> Match | None:
    """"said it had nothing to do with the bombing", "insisted they were not behind the attack":
    a speaker who says it (a pronoun for itself) had no part in an act denies it (``_disavow``, 016)."""
    if tok.pos_ not in VERB_POS or not fr.has_lemma(tok, lex.word_list("report_verbs")):
        return None
    if any(c.dep_ == "neg" for c in tok.children):
        return None
    for clause in reported_clauses(tok):
        # "said it was not involved": a passive's subject is its own (frames.subject gives the agent)
        subject = fr.subject(clause) or next((c for c in clause.children if c.dep_ == "nsubjpass"), None)
        if subject is not None and subject.lower_ in SELF_PRONOUNS and _own_part_denied(clause):
            return _pattern(lex, DISAVOW_PATTERN, tok, clause)
    return None


def _false(predicates: list[Token]) -> bool:
    words = {f for p in predicates for t in [p, *p.children] for f in fr.lemma_forms(t)}
    return bool(words & FALSE_WORDS)


@gated(Gate(VERBS, lists=("characterize_verbs", "report_verbs"), words=frozenset({"dismiss"})))
def false_claim(tok: Token, lex: Lexicon) -> Match | None:
    """"called the reports groundless", "said the allegations were false": a claim judged false is
    denied (``_false_claim``, 016); the theme is the claim."""
    if tok.pos_ not in VERB_POS or any(c.dep_ == "neg" for c in tok.children):
        return None
    if fr.has_lemma(tok, lex.word_list("characterize_verbs")) or tok.lemma_.lower() == "dismiss":
        named, predicates = naming_parts(tok, FALSE_WORDS)
    else:
        named, predicates = verdict_parts(tok, lex)
    if not named or named[0].pos_ not in NOUN_POS or named[0].lemma_.lower() not in CLAIMED_NOUNS:
        return None
    return _pattern(lex, FALSE_CLAIM_PATTERN, tok, named[0]) if _false(predicates) else None


statement = first_of(no_comment, false_claim, disavowal,
                     name="statement", doc="The first of this module's constructions that reads a token.")


# Where in a denial the other party of the denied act is named: objects, never the doer.
PARTY_DEPS = frozenset({"dobj", "pobj", "dative"})


def denied_party(match: Match, source: ActorMention, index: MentionIndex) -> ActorMention | None:
    """Whom a denial with no accuser is aimed at: the other party of the act it denies, a
    country other than the denier's named as the act's object ("denied that its troops crossed
    into *Afghanistan*", "denied backing the rebels in *Congo*", "denied any role in the attack
    on *Kosovo* police"). ``None`` when the act names no other country."""
    tok = match.token
    hosts = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp", "pcomp")]
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    hosts += objects + [a for o in objects for a in o.children if a.dep_ == "acl"]
    if match.theme is not None and match.theme not in hosts:
        hosts.append(match.theme)
    for host in hosts:
        for t in host.subtree:
            if t.dep_ not in PARTY_DEPS or t in objects:
                continue
            for mention in actors_of([t], index, set()):
                if mention.country and mention.country != source.country:
                    return mention
    return None
