"""Acts that refer back to earlier acts: whom a reaction is aimed at when the text names only the
act it reacts to.

"Police raided the embassy ... The OAS condemned the raid": the criticism is aimed at the raid's
doer. "Kyiv accused Moscow of ... Moscow denied it": the denial answers the accuser. "Talks
between X and Y resumed ... The talks are mediated by Z": the mediator acts on both parties.
"... Rodriguez welcomed the step": the welcome is aimed at whoever took the latest step. Each
looks back over the same sentence and a few before it, and leaves the target empty when nothing
there fits.
"""

from __future__ import annotations

import copy

from spacy.tokens import Token

from newsevents.actors.coding import IGO, TRANSNATIONAL_RULE
from newsevents.events import frames as fr
from newsevents.events.answered_charges import CHARGE_NOUNS
from newsevents.events.answered_claims import CHARGE_PRONOUNS, claim_maker
from newsevents.events.arguments import answerers, same_actor
from newsevents.events.censure import dated, located_act_target
from newsevents.events.clause_marks import DEFINITE_DETERMINERS
from newsevents.events.coordination import conjuncts
from newsevents.events.described_groups import aim_at_described_group
from newsevents.events.force_adjectives import force_doer
from newsevents.events.lead_acts import lead_acts
from newsevents.events.matching import best_match
from newsevents.events.patterns import Lexicon
from newsevents.events.referents import F, Found, aim_by_pronoun, aim_concession, aim_rejection
from newsevents.events.roles import MentionIndex, actors_of
from newsevents.events.spoken_rejections import spoken_of_owner
from newsevents.events.statements import denied_party
from newsevents.events.vote_holders import vote_country_target
from newsevents.nlp.sentences import sentence_of, window_start
from newsevents.records import ActorMention

# How far back an earlier act is looked for, in sentences (this one included).
DOER_SENTENCES = 6
DENIAL = "016"
MEDIATION = "045"
MEDIATION_OFFER = "039"
# A conflict taken up again by a definite noun ("offered to mediate in the dispute"): its sides are
# the two of the latest mutual act told before (rn-r-001).
CONFLICT_NOUNS = frozenset({"conflict", "dispute", "crisis", "row", "standoff", "stand-off", "feud", "war", "quarrel"})
CONFLICT_PREPS = frozenset({"in", "over"})
OFFER_NOUNS = frozenset({"offer", "proposal", "bid"})
# Verbs that make a charge ("accused Rwanda of ..."): one no event holds, told between an accusation and a
# denial, may be what is denied.
CHARGING_VERBS = frozenset({"accuse", "allege", "charge", "claim", "blame"})
# The acts a criticism may refer back to: force and coercion, and trials and sentences.
CRITICISED_ROOTS = {"15", "17", "18", "19", "20"}
CRITICISED_CODES = {"115", "116", "015"}  # 015: "claimed responsibility for the attack": its doer
# The acts a mediation refers back to: talks, agreements, ceasefires (intent, consult, cooperate, yield).
MEDIATED_ROOTS = {"03", "04", "05", "08"}
# A deal signed (057) by one side: its partner is the other side of the talks, intent or accord told
# before (roots 03, 04, 05), never the deal's broker (events/anaphora._aim_signing).
SIGNING = "057"
SIGNED_ROOTS = {"03", "04", "05"}




def _aimed(f: F) -> bool:
    """Whether ``f`` has a target. Asked through a function, not as ``f.target is not None``, so
    that the type checker does not narrow ``f.target`` to ``None`` for the rest of
    :func:`resolve_acts`, whose calls set it: compiled by mypyc, the narrowed attribute was checked
    to be ``None`` when a call had just set it, and the compiled ``resolve_acts`` raised."""
    return f.target is not None


def resolve_acts(found: list[F], lex: Lexicon, index: MentionIndex | None = None) -> list[F]:
    """``found`` (in text order) with the targets of reactions to earlier acts filled in; a
    mediation of two parties' talks becomes one act on each party. With ``index``, a reaction to
    an act no coded event holds ("called the attempt to detain her unlawful") is aimed at the doer
    of the same act named earlier in the text ("police tried to arrest Khan")."""
    out: list[F] = []
    for n, f in enumerate(found):
        # "condemned the attack in Somalia": where the act was is no doer; look for one (events/censure.py)
        placed = f.target if f.target is not None and f.source is not None and f.cameo[:2] == "11" \
            and located_act_target(f.match.theme, f.target.start, lex.word_list("act_nouns")) else None
        if placed is not None:
            f.target = None
        if _aimed(f) or f.source is None:
            out.append(f)
            continue
        earlier = [g for g in found[:n] if g.source is not None and g.match.token.i >= _window_start(f.match.token)]
        if f.cameo == DENIAL:
            _answer_accuser(f, earlier)
            if f.target is None and index is not None and (party := denied_party(f.match, f.source, index)):
                f.target, f.suffix = party, f.suffix + "+denied-party"  # "denied its troops entered Iraq"
            if f.target is None and index is not None and (maker := claim_maker(f.match, f.source, index)):
                f.target, f.suffix = maker, f.suffix + "+claimant"  # "X claims ... Y denied these charges"
            if f.target is None and _denies_told_charge(f):
                _answer_far_accuser(f, found[:n], out)  # "... Pakistan has denied that allegation"
        elif f.cameo[:2] in ("11", "05"):
            # criticism names an act ("condemned the raid"), praise a step ("welcomed the move")
            critical = f.cameo[:2] == "11"
            nouns = lex.word_list("act_nouns" if critical else "step_nouns")
            _aim_at_doer(f, earlier, nouns, critical, lex)
            if f.target is None and critical:  # "... condemned this aggression", paragraphs below the lead
                _aim_at_doer(f, lead_acts(found[:n], f.match.token, _window_start(f.match.token)), nouns, True, lex)
                aim_at_described_group(f, found[:n])  # "... condemned the group": the one armed group named
            aim_by_pronoun(f, earlier)  # "condemned it": the act just told (events.referents)
            if f.target is None and placed is not None:
                f.target = placed  # no earlier doer: the place stays
            if _repeats(f, earlier):
                continue
            if index is not None:
                _aim_at_named_doer(f, index, lex)
                if f.target is None and critical and (force := force_doer(
                        f.match.theme, f.match.token, f.source, lex.word_list("act_nouns"), index)) is not None:
                    f.target, f.suffix = force, f.suffix + "+force-adjective"  # "condemned the military action"
        elif f.cameo[:2] == "12":
            aim_rejection(f, earlier, lex)  # "imposed sanctions on Iran ... Tehran rejected the move"
            if index is not None:
                _aim_at_named_doer(f, index, lex)  # "rejected the demand": who made it
            if f.target is None and index is not None and (owner := spoken_of_owner(
                    f.match.token, f.match.theme, f.source, index, lex.word_list("report_verbs"))) is not None \
                    and not _own_side(owner, f.source):
                f.target, f.suffix = owner, f.suffix + "+spoken-of"  # '"We reject it," he said of the plan'
        elif f.cameo[:2] == "08":
            aim_concession(f, found)  # "resigned hours after the army called on him to go" (events.referents)
        elif f.cameo == MEDIATION:
            out += _mediated_parties(f, earlier)
            continue
        elif f.cameo == MEDIATION_OFFER and index is not None and (answerer := _offer_answerer(f, index)):
            f.target, f.suffix = answerer, f.suffix + "+answerer"  # "Turkey rejected France's offer to mediate"
        elif f.cameo == MEDIATION_OFFER and _told_conflict(f.match.token) \
                and (parties := _conflict_parties(f, earlier)):
            out += parties  # "has offered to mediate in the conflict": between the sides told before
            continue
        if f.target is None and index is not None \
                and (held := vote_country_target(f.match, f.cameo, f.source, index)) is not None:
            f.target, f.suffix = held, f.suffix + "+vote-country"  # a vote held abroad (events.vote_holders)
        out.append(f)
    return out


def _answer_accuser(f: Found, earlier: list[F], suffix: str = "+accuser") -> None:
    """A denial with no target answers the latest accusation against the denier."""
    assert f.source is not None
    accusers = [g.source for g in earlier if g.cameo[:2] == "11" and g.target is not None and g.source is not None
                and _same_country(g.target, f.source)]
    if accusers:
        f.target, f.suffix = accusers[-1], f.suffix + suffix


def _answer_far_accuser(f: Found, earlier: list[F], resolved: list[F]) -> None:
    """A denial of a charge told before answers the latest coded accusation against the denier
    anywhere above it, unless a charge no event holds was made of someone after that accusation ("A
    report by UN experts accused Rwanda ... Rwanda denies the charges": the report's, uncoded), or
    the denier's country already denied that accuser's country (the denial told again: "Pakistan
    refuted those claims ... an army spokesman refuted the claim")."""
    source = f.source
    assert source is not None
    accusations = [g for g in earlier if g.cameo[:2] == "11" and g.target is not None and g.source is not None
                   and _same_country(g.target, source)]
    if not accusations:
        return
    latest = accusations[-1]
    assert latest.source is not None
    denial, doc = f.match.token, f.match.token.doc
    coded = {g.match.token.i for g in earlier if g.source is not None}  # a report with no doer is no coded charge
    between = doc[latest.match.token.i + 1:sentence_of(denial).start]
    if any(t.i not in coded and t.pos_ == "VERB" and t.lemma_.lower() in CHARGING_VERBS
           and any(c.dep_ == "dobj" for c in t.children) for t in between):
        return
    if any(g.cameo == DENIAL and g.source is not None and g.target is not None
           and _same_country(g.source, source) and _same_country(g.target, latest.source) for g in resolved):
        return
    f.target, f.suffix = latest.source, f.suffix + "+far-accuser"


def _denies_told_charge(f: Found) -> bool:
    """Whether a denial's object is a charge the article told before: a definite charge noun with no
    owner named in it ("denied the allegations", "that accusation") or a pronoun ("denied this").
    Such a denial answers the charge however far above it was told (session 24: the key events of
    a story's later paragraphs deny what its lead reported), which :func:`_answer_accuser` looks for
    over the whole text; "denied Western claims" names its own accuser and is left alone."""
    token, theme = f.match.token, f.match.theme
    told = ([theme] if theme is not None else []) + fr.objects(token)
    return any((o.lemma_.lower() in CHARGE_NOUNS and _definite(o)) or o.lower_ in CHARGE_PRONOUNS for o in told)


def _aim_at_doer(f: Found, earlier: list[F], nouns: frozenset[str], force_only: bool, lex: Lexicon) -> None:
    """A reaction to an act named by a definite noun ("condemned the raid", "welcomed the step")
    is aimed at the doer of the latest fitting act (one of the same kind first)."""
    theme = f.match.theme
    if theme is None or not fr.has_lemma(theme, nouns) or not _definite(theme):
        return
    assert f.source is not None
    source = f.source
    if f.cameo == SIGNING:
        _aim_signing(f, earlier)
        return
    # "X welcomed the deal. Y also praised the agreement": Y reacts to the deal, not to X's praise
    fits = [g for g in earlier if g.source is not None and _placed(g.source) and not same_actor(g.source, source)
            and (not force_only or g.cameo[:2] in CRITICISED_ROOTS or g.cameo[:3] in CRITICISED_CODES)
            and g.cameo[:3] != f.cameo[:3]]
    alike = [g for g in fits if theme.lemma_ in fr.lemma_forms(g.match.token)]
    # "condemned the attack" after "stormed the palace": an act of the kind the noun names
    named = best_match(theme, lex) if not alike else None
    kin = [g for g in fits if g.cameo[:2] == named.pattern.cameo[:2]] if named is not None else []
    chosen = (alike or kin or fits)[-1:]
    if chosen:
        f.target, f.suffix = _state_side(chosen[0], earlier), f.suffix + "+act-doer"


def _aim_signing(f: Found, earlier: list[F]) -> None:
    """A deal told before and signed by one side ("the agreement was signed by the government's
    envoy") is signed with that side's partner in the latest talks, intent or accord told with it;
    the broker of the deal (045) is no party to it, and with no partner told the signing keeps no
    target."""
    source = f.source
    assert source is not None
    partners = [g.source for g in earlier if g.source is not None and g.target is not None
                and g.cameo[:2] in SIGNED_ROOTS and g.cameo != MEDIATION
                and _one_party(g.target, source) and not _one_party(g.source, source)]
    if partners:
        f.target, f.suffix = partners[-1], f.suffix + "+signed-with"


def _one_party(a: ActorMention, b: ActorMention) -> bool:
    """One actor, or a state and its own government ("Kenya", "the Kenyan government"): the rebels
    of a country are not its government's side."""
    if same_actor(a, b):
        return True
    return a.country is not None and a.country == b.country and a.code is not None and b.code is not None \
        and (a.code == a.country or b.code == b.country or a.code[3:] == b.code[3:])


def _placed(doer: ActorMention) -> bool:
    """Whether a doer is known well enough to aim a reaction at: it has a country, or it is a named
    transnational group, which has none by nature ("al-Qaeda claimed the bombing"), or an international
    body ("the Security Council placed sanctions on Eritrea")."""
    return bool(doer.country) or doer.rule == TRANSNATIONAL_RULE or (doer.code or "").startswith(IGO)


def _state_side(g: Found, earlier: list[F]) -> ActorMention | None:
    """The doer of an act, and of a joint act ("the army and the rebels signed a truce", coded
    once from each side) the side that is a state when the other is not: a reaction to a
    government's deal with rebels is aimed at the government."""
    source, other = g.source, g.target
    joint = other is not None and any(
        h is not g and h.match.token.i == g.match.token.i and same_actor(h.source, other)  # type: ignore[arg-type]
        and same_actor(source, h.target) for h in earlier)  # type: ignore[arg-type]
    if joint and other is not None and _state(other) and not (source is not None and _state(source)):
        return other
    return source


def _state(m: ActorMention) -> bool:
    return (m.sector or "") in ("", "GOV") and m.code is not None and len(m.code) >= 3 and m.kind != "group"


def _named_acts(theme: Token, lex: Lexicon) -> list[Token]:
    """The act a reaction's theme names: the theme itself ("the resignation"), the act it is an
    attempt at ("the attempt to detain her"), or what it is a phase of ("the start of the talks")."""
    acts = [theme]
    acts += [c for c in theme.children if c.dep_ in ("acl", "xcomp") and c.pos_ == "VERB"]
    if fr.has_lemma(theme, lex.word_list("phase_nouns")):
        acts += fr.prep_objects(theme, {"of"})
    return acts


def _doer_tokens(act: Token, lex: Lexicon) -> list[Token]:
    """Who does an act named in the text: a verb's subject ("police tried to *arrest* him"), a
    noun's possessor or "by" agent, or the subject of its light verb ("announced his *resignation*")."""
    if act.pos_ == "VERB":
        doer = fr.subject(act)
        return conjuncts(doer) if doer is not None else []
    found = [c for c in act.children if c.dep_ == "poss"] + fr.prep_objects(act, {"by"})
    if not found and act.dep_ == "dobj" and fr.has_lemma(act.head, lex.word_list("light_verbs")):
        doer = fr.subject(act.head)
        found = conjuncts(doer) if doer is not None else []
    return found


def _aim_at_named_doer(f: Found, index: MentionIndex, lex: Lexicon) -> None:
    """A definite reaction theme that names an act no coded event holds is aimed at the doer of
    the latest earlier mention of that act (same word) in the window; nothing is guessed when the
    act is not named before or its doer is no actor."""
    theme = f.match.theme
    if f.target is not None or f.source is None or theme is None or not _definite(theme):
        return
    source, doc = f.source, theme.doc
    start = _window_start(theme)
    for act in _named_acts(theme, lex):
        forms = set(fr.lemma_forms(act))
        for i in range(theme.i - 1, start - 1, -1):
            earlier = doc[i]
            if earlier.pos_ not in ("VERB", "NOUN") or forms.isdisjoint(fr.lemma_forms(earlier)) \
                    or earlier in theme.subtree:
                continue
            doers = [m for m in actors_of(_doer_tokens(earlier, lex), index, set())
                     if m.code and not _own_side(m, source)]
            if doers:
                f.target, f.suffix = doers[0], f.suffix + "+named-doer"
                return


def _own_side(a: ActorMention, b: ActorMention) -> bool:
    """The same actor, or a country and its government ("Canada" and "the Canadian premier"):
    a side does not react to its own act."""
    state = ("", "GOV")
    return same_actor(a, b) or (a.country is not None and a.country == b.country
                                and (a.sector or "") in state and (b.sector or "") in state)


def _repeats(f: Found, earlier: list[F]) -> bool:
    """"called the test a provocation and lodged a complaint": a second untargeted reaction
    of the same kind by the same actor in the same sentence is the first one told again."""
    if f.target is not None or f.source is None:
        return False
    sent = sentence_of(f.match.token).start
    return any(g.target is not None and g.cameo[:2] == f.cameo[:2] and same_actor(f.source, g.source)
               and sentence_of(g.match.token).start == sent for g in earlier)


def _mediated_parties(f: F, earlier: list[F]) -> list[F]:
    """"The talks are mediated by Z": Z acts on both parties of the latest talks (or deal) named
    by the same noun, or of the latest mutual act; "A and B held talks which were mediated by Z":
    on the parties of the mutual act told before it in its own sentence; "A and B accused each
    other of breaking the truce ... the Z-brokered truce": on the pair whose sentence named the
    mediated noun. ``[f]`` unchanged when there is none."""
    theme = f.match.theme
    mutual = [g for g in earlier if g.target is not None and g.cameo[:2] in MEDIATED_ROOTS
              and not _is_mediator(f, g)]
    referred = theme is not None and (_definite(theme) or _qualified_by(f.match.token, theme))
    chosen: list[F] = []
    if referred:
        assert theme is not None
        alike = [g for g in mutual if theme.lemma_ in fr.lemma_forms(g.match.token)]
        chosen = (alike or mutual)[-1:]
    if not chosen:
        chosen = [g for g in mutual if g.match.token.sent == f.match.token.sent
                  and g.match.token.i < f.match.token.i][-1:]
    if not chosen and referred:
        assert theme is not None
        chosen = _pairs_naming(theme, [g for g in earlier if not _is_mediator(f, g)])[-1:]
    if not chosen:
        return [f]
    parties = [chosen[0].source, chosen[0].target]
    out = []
    for party in parties:
        one = copy.copy(f)
        one.target, one.suffix = party, f.suffix + "+parties"
        out.append(one)
    return out


def _offer_answerer(f: Found, index: MentionIndex) -> ActorMention | None:
    """Whom an offer to mediate was made to: the one who answers it ("Turkey rejected France's *offer*
    to mediate", "the offer to mediate was welcomed by Kenya"), as for an offer of talks
    (:func:`newsevents.events.arguments.answerers`); None when no one answers it."""
    offer = f.match.token.head
    if f.match.token.dep_ != "acl" or offer.lemma_.lower() not in OFFER_NOUNS:
        return None
    found = [m for m in actors_of(answerers(offer), index, set())
             if m.code and f.source is not None and not same_actor(m, f.source)]
    return found[0] if found else None


def _told_conflict(trigger: Token) -> bool:
    """Whether ``trigger`` (a verb of mediating) takes a conflict named by a definite noun that
    refers back: "mediate in the conflict", "mediate in this dispute"."""
    return any(_definite(o) and o.lemma_.lower() in CONFLICT_NOUNS
               for p in trigger.children if p.dep_ == "prep" and p.lower_ in CONFLICT_PREPS
               for o in p.children if o.dep_ == "pobj")


def _conflict_parties(f: F, earlier: list[F]) -> list[F]:
    """An offer to mediate aimed at each side of the latest act of two countries told before it
    (within :data:`DOER_SENTENCES`) that the offerer takes no part in; [] when there is none."""
    start = _window_start(f.match.token)
    mutual = [g for g in earlier if g.source is not None and g.target is not None and g.cameo[:2] in MEDIATED_ROOTS
              and g.match.token.i >= start and not _is_mediator(f, g)
              and g.source.country and g.target.country and g.source.country != g.target.country]
    if not mutual:
        return []
    out = []
    for party in (mutual[-1].source, mutual[-1].target):
        one = copy.copy(f)
        one.target, one.suffix = party, f.suffix + "+conflict-parties"
        out.append(one)
    return out


def _is_mediator(f: Found, g: Found) -> bool:
    """Whether the mediator of ``f`` is a side of ``g`` (a mediator does not mediate its own act)."""
    assert f.source is not None
    return any(side is not None and same_actor(side, f.source) for side in (g.source, g.target))


def _pairs_naming(noun: Token, earlier: list[F]) -> list[F]:
    """The acts of ``earlier`` told both ways from one word ("A and B accused each other") in a
    sentence that names ``noun``'s lemma before ``noun`` ("... of breaking the truce ... the
    Z-brokered truce"): the two sides the mediated thing was already told between."""
    out = []
    for g in earlier:
        if g.target is None or g.source is None or g.match.token.i >= noun.i:
            continue
        reverse = any(h.match.token.i == g.match.token.i and h.source is not None and h.target is not None
                      and same_actor(h.source, g.target) and same_actor(h.target, g.source) for h in earlier)
        named = any(t.lemma_ == noun.lemma_ and t.i != noun.i for t in g.match.token.sent)
        if reverse and named:
            out.append(g)
    return out


def _qualified_by(trigger: Token, theme: Token) -> bool:
    """"held indirect talks mediated by Qatar": the participle sits on the very talks it mediates."""
    return trigger.dep_ == "acl" and trigger.head.i == theme.i


def _window_start(token: Token) -> int:
    """The first token of the sentence ``DOER_SENTENCES - 1`` sentences before ``token``'s."""
    return window_start(token, DOER_SENTENCES - 1)


def _same_country(a: ActorMention, b: ActorMention) -> bool:
    return same_actor(a, b) or (a.country is not None and a.country == b.country)


def _definite(noun: Token) -> bool:
    """"the raid", "this attack": a noun that refers back, with no actor of its own named in it."""
    children = list(noun.children)
    # "the missile launch" is often parsed with the article on the compound
    dets = children + [g for c in children if c.dep_ == "compound" for g in c.children]
    return (any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in dets)
            or dated(noun)) \
        and not any(c.dep_ in ("poss", "compound", "amod", "prep") and c.ent_type_ in ("GPE", "NORP", "ORG")
                    for c in children)
