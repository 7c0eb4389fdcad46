"""Reproaches the words of war or of plain report carry: criticism "under fire" and charges of scheming.

- "The Malian junta *came under fire* from Paris *over* the delay", "the minister has come under fire
  from lawmakers": "under fire" is criticism (CAMEO 111, the ``_under_fire`` pattern), not gunfire,
  when what it is over is an issue ("over the delay", "for its handling") or it comes from those who
  speak rather than shoot (critics, lawmakers, a commission). "A patrol came under fire from
  militants", "came under fire over the weekend" and "over the border" stay gunfire (events/combat.py).
  The one criticised is the subject (slot ``sufferer``), the critic the "from" object.
- "Moscow said the West *was trying to destabilise* Belarus", "said the opposition *was plotting* a
  coup": a report that a named actor schemes against others accuses it (CAMEO 112, the
  ``_scheming`` pattern); the schemer, the reported clause's subject, is the theme. So is a report
  that it spreads falsehoods or sponsors terrorism ("said Washington was spreading disinformation"), or
  that it answered a step by a scheme ("said Khartoum responded by stoking more violence", session 16).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from newsevents.events import frames as fr
from newsevents.events.combat import under_attack
from newsevents.events.criticism_forms import REPORT_GATE, reports_clause
from newsevents.events.gates import NOUNS, Gate, gated
from newsevents.events.issuers import reported_clauses
from newsevents.events.matching import NOUN_POS, VERB_POS, Match
from newsevents.events.means_gerunds import manner_acts
from newsevents.events.patterns import Lexicon
from newsevents.events.reproof import rights_group
from newsevents.nlp.docview import doc_view

UNDER_FIRE_PATTERN = "_under_fire"
SCHEMING_PATTERN = "_scheming"
# Prepositions that name the issue a criticism is over ("under fire over the delay", "for its handling").
ISSUE_PREPS = {"over", "for"}
# Objects of those prepositions that are a time or a place: gunfire ("over the weekend", "for hours").
NOT_ISSUES = frozenset({"weekend", "night", "day", "hour", "minute", "week", "month", "year", "period", "course",
                        "border", "city", "town", "village", "area", "region", "territory", "sea", "airspace",
                        "capital", "skies", "sky", "frontier", "line", "ground", "water", "waters", "hill"})
# Who criticises but never fires a gun: those a "from" phrase names as the source of verbal fire.
TALKERS = frozenset({"critic", "lawmaker", "legislator", "activist", "campaigner", "commission", "opposition",
                     "parliament", "parliamentarian", "senator", "politician", "watchdog", "media", "press",
                     "union", "church", "bishop", "ngo", "advocate", "rival", "commentator", "economist",
                     "editorial", "newspaper", "court", "judge", "mp", "mps", "congressman", "congresswoman",
                     "diplomat", "donor", "investor"})
# Verbs of a scheme reported of another ("was plotting a coup", "conspired to", "is meddling in").
SCHEMES = frozenset({"plot", "conspire", "scheme", "meddle", "interfere", "foment", "incite", "stoke",
                     "sabotage", "destabilize", "destabilise", "undermine", "subvert"})
# Verbs of trying whose aim may be a scheme ("was trying to destabilise", "seeks to topple").
ATTEMPTS = frozenset({"try", "seek", "attempt", "want", "plan", "aim", "intend", "work", "scheme", "plot",
                      "conspire"})
# Aims that are a scheme against others when tried.
HOSTILE_AIMS = SCHEMES | {"topple", "overthrow", "oust", "derail", "provoke", "divide", "weaken", "blackmail",
                          "intimidate", "dismember", "annex", "invade"}

# Acts that are a charge by what they do it with: "spreading disinformation", "sponsoring terrorism".
SPREADING = frozenset({"spread", "peddle", "disseminate", "circulate"})
FALSEHOODS = frozenset({"disinformation", "misinformation", "propaganda", "lie", "lies", "rumour", "rumor",
                        "falsehood", "fabrication"})
SPONSORING = frozenset({"fund", "finance", "sponsor", "harbour", "harbor", "shelter", "support", "arm", "train"})
TERROR = frozenset({"terrorism", "terrorist", "extremist", "extremism", "jihadist"})


def _issue(host: Token) -> bool:
    """Whether ``host`` has an "over"/"for" phrase naming an issue (a common noun, no time or place)."""
    return any(o.pos_ == "NOUN" and o.lemma_.lower() not in NOT_ISSUES and o.ent_type_ not in ("DATE", "TIME")
               for o in fr.prep_objects(host, ISSUE_PREPS))


@gated(Gate(NOUNS, words=frozenset({"fire"})))
def under_fire(tok: Token, lex: Lexicon) -> Match | None:
    """"came under fire from Paris over the delay": criticism of the subject of "come under" when
    the fire is over an issue or comes from talkers (see the module docstring); else ``None``."""
    if tok.lemma_.lower() != "fire" or tok.pos_ not in NOUN_POS:
        return None
    verb = under_attack(tok)
    if verb is None or any(c.dep_ in ("amod", "compound") for c in tok.children):
        return None  # "came under heavy fire", "under mortar fire": gunfire
    sources = fr.prep_objects(tok, {"from"}) + fr.prep_objects(verb, {"from"})
    talkers = any(s.lemma_.lower() in TALKERS or s.lower_ in TALKERS or rights_group(s) for s in sources)
    pattern = lex.construction(UNDER_FIRE_PATTERN)
    # "from rights groups for the arrests": the issue is often hung on the critics (session 13)
    if pattern is None or not (talkers or _issue(verb) or _issue(tok) or any(_issue(s) for s in sources)):
        return None
    return Match(tok, pattern, verb, verb=verb)  # the theme carries a "from" phrase hung on the verb


def _schemer(clause: Token) -> Token | None:
    """The named actor a reported clause says schemes against others, else ``None``."""
    if clause.pos_ not in VERB_POS or any(c.dep_ == "neg" for c in clause.children):
        return None
    doer = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if doer is None or doer.pos_ not in NOUN_POS:
        return None
    # "said Khartoum responded by stoking more violence": the "by" act is the subject's
    return doer if _scheme(clause) or any(_scheme(act) for act in manner_acts(clause)) else None


def _scheme(clause: Token) -> bool:
    """Whether the verb ``clause`` tells a scheme against others (see the module docstring)."""
    lemma = clause.lemma_.lower()
    aims = [c for c in clause.children if c.dep_ == "xcomp" and c.pos_ in VERB_POS]
    objects = {w for o in fr.objects(clause) for w in (o.lemma_.lower(), o.lower_)}
    return lemma in SCHEMES or (lemma in ATTEMPTS and any(a.lemma_.lower() in HOSTILE_AIMS for a in aims)) \
        or bool(lemma in SPREADING and objects & FALSEHOODS) or bool(lemma in SPONSORING and objects & TERROR)


def reported_doer(tok: Token, lex: Lexicon, name: str,
                  doer_of: Callable[[Token], Token | None]) -> Match | None:
    """The construction ``name`` on a verb of reporting that is not negated, with the doer
    ``doer_of`` finds in one of its reported clauses as the theme (the reporter accuses it)."""
    clauses = _affirmed_reports(tok, lex)
    if not clauses:
        return None
    pattern = lex.construction(name)
    if pattern is None:
        return None
    doc = tok.doc
    for i in clauses:
        doer = doer_of(doc[i])
        if doer is not None:
            return Match(tok, pattern, doer)
    return None


def _affirmed_reports(tok: Token, lex: Lexicon) -> tuple[int, ...]:
    """The indices of the clauses ``tok`` reports if it is a verb of reporting that is not negated,
    else none. Half a dozen constructions (:func:`reported_doer`) ask this of every report verb:
    worked out once per token and lexicon."""
    def compute(_: int) -> tuple[int, ...]:
        if tok.pos_ not in VERB_POS or not reports_clause(tok, lex) \
                or any(c.dep_ == "neg" or c.lower_ in ("not", "never", "n't") for c in tok.children):
            return ()
        return tuple(c.i for c in reported_clauses(tok))
    return doc_view(tok.doc).memo(f"affirmed_reports:{id(lex)}", tok.i, compute)


@gated(REPORT_GATE)
def scheming(tok: Token, lex: Lexicon) -> Match | None:
    """"said the West was trying to destabilise Belarus": the named schemer of a reported clause is
    the theme (the reporter accuses it)."""
    return reported_doer(tok, lex, SCHEMING_PATTERN, _schemer)
