"""Filling an event's frame: the tokens of each slot of a trigger, the actors found in them,
and the target of an event whose frame named none (a partner, a conditioned party, the victims,
or the place it happens in).
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from newsevents.events import appeals, codebook
from newsevents.events import frames as fr
from newsevents.events.allegations import responsibility_targets
from newsevents.events.anchors import generic_mass_noun, organisers
from newsevents.events.attributes import place_actor, placelike
from newsevents.events.combat import sufferers
from newsevents.events.coordination import co_doers, conjuncts
from newsevents.events.home_coercion import held_at_home
from newsevents.events.implied import own_government
from newsevents.events.matching import Match, best_match
from newsevents.events.modality import recode
from newsevents.events.patterns import Lexicon
from newsevents.events.roles import MentionIndex, actors_of
from newsevents.events.tolls import split_compound_doer, victims
from newsevents.nlp.sentences import sentence_of
from newsevents.records import ActorMention

NOMINAL_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj"}
# Roots whose untargeted events are aimed at the country they happen in (CAMEO convention).
PLACE_TARGET_ROOTS = {"14", "18", "19", "20"}
# Exercises with no partner (150): a show of force aimed at the place too ("drills in the Baltic");
# property burned or razed (1712) and abductions (181) with no one named, the same.
PLACE_TARGET_CODES = {"150", "1712", "181"}
# Common nouns of a settlement or a public place: an attack on one ("attacked a village in
# Nigeria") is aimed at the country it lies in, like one on a named place.
PLACE_NOUNS = frozenset({"village", "town", "city", "market", "marketplace", "camp", "school", "church",
                         "mosque", "district", "settlement", "hamlet", "neighbourhood", "neighborhood",
                         "suburb", "area", "region", "province", "community", "township", "bazaar"})
# A time in a target slot ("attacked a village on Sunday") names no target.
TIME_LABELS = frozenset({"DATE", "TIME"})
# Participles that say whom a measure is aimed at ("measures aimed at Iran", "a law targeting X").
AIM_VERBS = frozenset({"aim", "target", "direct"})
# Appeals and demands: one for something in a place ("a truce in Gaza") is aimed at that place.
APPEAL_ROOTS = {"02", "10"}
# Arrests: one reported in the passive with no agent ("was arrested at his home") is by the
# police of the country it happens in, as CAMEO coders code it; so is a charge of treason ("was
# charged with treason", 1125) and security tightened in a place ("security was tightened in the
# capital": police power increased, 153).
IMPLIED_POLICE_CODES = {"173", "1125", "153"}
ARREST_CODES = frozenset({"173", "1125"})
DEMAND_ROOT = "10"
# Rejections of a vote's result ("rejected the results of the election", "the election results").
REJECT_ROOT = "12"
RESULT_NOUNS = frozenset({"result", "outcome", "count", "tally"})
DISAPPROVE_ROOT = "11"
VOTE_NOUNS = frozenset({"election", "vote", "poll", "ballot", "referendum", "runoff", "run-off"})
# Country rules of a story-level guess (see :mod:`newsevents.story.context`).
GUESSED_RULES = frozenset({"story", "nearby"})
# Statements, support and rejection, and criticism: their theme is an act judged, not performed.
JUDGING_ROOTS = frozenset({"01", "05", "12"})
JUDGING_CODES = frozenset({"110", "111"})
# Pledges, cooperation and aid: their purpose may name whom they help ("to help Haiti rebuild").
HELPING_ROOTS = frozenset({"03", "05", "06", "07"})
HELP_VERBS = frozenset({"help", "assist", "aid", "support", "rebuild", "reconstruct", "feed", "supply"})
# Visits with nobody named as host: to the country where the visited event takes place.
HOSTED_CODES = {"042"}
# Attacks on a state body's post are aimed at that body (gold: "targeted security compounds" is
# aimed at the police): the posts, and the words that name their owner.
INSTALLATION_ROOTS = frozenset({"18", "19", "20"})
INSTALLATION_NOUNS = frozenset({"checkpoint", "station", "post", "outpost", "base", "barracks", "compound",
                                "headquarters", "convoy", "patrol", "garrison", "academy", "position",
                                "stronghold"})
# "government positions" are the army's; "rebel positions" the rebels'
INSTALLATION_OWNERS = {"police": "COP", "security": "COP", "army": "MIL", "military": "MIL", "navy": "MIL",
                       "naval": "MIL", "government": "GOV", "rebel": "REB", "insurgent": "REB"}
OWNER_NAMES = {"COP": "police", "MIL": "military", "GOV": "government", "REB": "rebels"}
# Participles whose modifier names a third party to the act: "Qatari-mediated", "US-sponsored".
THIRD_PARTY_PARTICIPLES = frozenset({"mediate", "broker", "facilitate", "host", "sponsor", "back", "arrange"})
# Slots of appeals that name their addressee outside "on"/"to" (see events/appeals.py).
APPEAL_SLOTS = {"for_subject": appeals.for_subject, "freed": appeals.freed, "mourned": appeals.mourned}
# Subjects that count a crowd without naming it ("hundreds marched against the decree").
CROWD_COUNTS = frozenset({"hundred", "thousand", "dozen", "ten", "scores", "score", "hundreds", "thousands",
                          "dozens", "tens"})


def slot_tokens(match: Match, slot: str) -> list[Token]:
    """The tokens filling one frame slot of a trigger (``subj``, ``obj``, a preposition, ...)."""
    tok, theme = match.token, match.theme
    if slot == "subj":
        if match.pattern.pos == "verb":
            split = split_compound_doer(tok)
            if split:
                return split
            found = fr.subject(tok)
            if found is None and tok.dep_ in NOMINAL_DEPS:
                # A gerund used as a noun ("Russian shelling killed two"): its modifier is the doer.
                return [c for c in tok.children if c.dep_ in ("poss", "compound", "amod")]
            return conjuncts(found) + co_doers(found) if found is not None else []
        if match.subject is None:
            return []
        return conjuncts(match.subject)
    if slot == "speaker":  # "Germany said it was concerned": who reports the trigger's clause
        clause = tok.head if tok.dep_ == "acomp" else tok
        if clause.dep_ != "ccomp" or clause.head is clause:
            return []
        speaker = fr.subject(clause.head)
        return conjuncts(speaker) if speaker is not None else []
    if slot == "doer":  # "said police arrested him illegally": who did the act the theme names
        doer = fr.subject(theme) if theme is not None else None
        return conjuncts(doer) if doer is not None else []
    if slot == "theme":  # the theme itself ("optimistic about the talks with *Jakarta*")
        return [theme] if theme is not None else []
    if slot == "obj":
        return fr.objects(tok)
    if slot == "sufferer":  # "the convoy came under attack": who suffered the noun's act
        return sufferers(tok)
    if slot == "agent_poss":  # "Kenya's arrest *of* two nationals": a possessor is the doer only beside an "of"
        return [c for c in tok.children if c.dep_ == "poss"] if fr.prep_objects(tok, {"of"}) else []
    if slot == "passive_obj":  # "troops were deployed to the border": the passive subject, when no agent is named
        return fr.objects(tok) if fr.is_passive(tok) else []
    if slot == "dative":
        return fr.datives(tok)
    if slot == "comp":  # "demanded that Washington act": the complement's subject
        subjects = [fr.subject(c) for c in tok.children if c.dep_ in ("ccomp", "xcomp")]
        # "called for Kyiv to talk" (parsed with "Kyiv" the infinitive's subject)
        subjects += [s for c in fr.for_clauses(tok) for s in c.children if s.dep_ == "nsubj"]
        subjects += fr.for_objects(tok) if fr.for_clauses(tok) else []  # ... or as the object of "for"
        return [t for s in subjects if s is not None for t in conjuncts(s)]
    if slot == "act":  # "claimed responsibility for an attack on X": the act's target
        return [t for host in (tok, theme) if host is not None for t in responsibility_targets(host)]
    if slot == "holder":  # "the release of sailors seized by pirates": who holds those to be freed
        return holders(match)
    if slot in APPEAL_SLOTS:  # "called for X to act", "called for the release of X" (events/appeals.py)
        return APPEAL_SLOTS[slot](match)
    if slot == "proposer":  # "agreed to a plan put forward by Sarkozy", "accepted Iran's offer"
        return proposers(match)
    if slot == "organiser":  # "protests called by the opposition": who called them
        return organisers(tok)
    if slot == "aimed":  # "approved measures aimed at Iran", "a law targeting the opposition"
        return aimed_at(match)
    if slot == "xobj":  # "promised to help Turkey": the complement's object
        comps = [c for c in tok.children if c.dep_ == "xcomp"]
        return [o for c in comps for o in fr.objects(c) + fr.datives(c) + fr.prep_objects(c, {"with", "to"})]
    # A verb's possessor or modifier slot is its theme's: "rejected *Israel's* offer", "a *US* request".
    # A clause owns no possessor: "Kyiv's claim that ..." (theme: the claimed clause) is Kyiv's.
    owner = theme if match.pattern.pos == "verb" and theme is not None and theme.pos_ not in ("VERB", "AUX") else tok
    if slot == "poss":
        return [c for c in owner.children if c.dep_ == "poss"]
    if slot == "compound":
        # "Egyptian-mediated talks", "EU-brokered truce": the participle's modifier is its agent,
        # a third party, not a doer of the talks
        return [c for c in owner.children if c.dep_ in ("compound", "amod", "nmod")
                and not (c.tag_ == "VBN" and c.lemma_.lower() in THIRD_PARTY_PARTICIPLES)]
    hosts = [tok] + ([theme] if theme is not None else []) + ([match.light] if match.light is not None else [])
    hosts += [o for o in fr.objects(tok) if o is not theme] if match.pattern.pos == "verb" else []
    out: list[Token] = []
    for host in hosts:
        out.extend(t for t in map(_gerund_subject, fr.prep_objects(host, {slot})) if t not in out)
    return out


def _gerund_subject(tok: Token) -> Token:
    """"fired tear gas at *thousands of protesters* marching on the palace", parsed with the crowd
    the subject of the gerund the preposition takes: the crowd is the object, not the marching."""
    if tok.dep_ == "pcomp" and tok.tag_ == "VBG":
        return next((c for c in tok.children if c.dep_ == "nsubj"), tok)
    return tok


def holders(match: Match) -> list[Token]:
    """The agents of the participles on what a release frees: "(the release of) sailors *seized
    by pirates*", "prisoners *held by the FARC*"."""
    tok, theme = match.token, match.theme
    freed = [o for host in (tok, theme) if host is not None for o in fr.prep_objects(host, {"of"})]
    out: list[Token] = []
    for noun in freed:
        for acl in noun.children:
            if acl.dep_ == "acl" and acl.tag_ == "VBN":
                out += [t for t in fr.prep_objects(acl, {"by"}) if t not in out]
    return out


def proposers(match: Match) -> list[Token]:
    """Who put forward what the trigger accepts: the possessor of its theme ("Iran's offer") or
    the agent of a participle on it ("a plan put forward by France", "the proposal made by X")."""
    tok = match.token
    themes = [t for t in (match.theme, *fr.objects(tok), *fr.prep_objects(tok, {"to", "on"})) if t is not None]
    out: list[Token] = []
    for noun in dict.fromkeys(themes):
        out += [c for c in noun.children if c.dep_ == "poss"]
        for acl in noun.children:
            if acl.dep_ == "acl" and acl.tag_ == "VBN":
                out += fr.prep_objects(acl, {"by"})
        out += fr.prep_objects(noun, {"by", "from"})
    return list(dict.fromkeys(out))


def aimed_at(match: Match) -> list[Token]:
    """Whom the trigger's theme is aimed at: "measures aimed at persuading Iran", "a law targeting
    the opposition" (the first noun of the participle's phrase that may name an actor)."""
    hosts = [t for t in (match.theme, match.token) if t is not None]
    for host in hosts:
        for acl in host.children:
            if acl.dep_ == "acl" and fr.has_lemma(acl, AIM_VERBS):
                nouns = [t for t in acl.subtree if t.pos_ in ("PROPN", "NOUN") and t.i > acl.i]
                return nouns[:3]
    return []


def fill_slots(slots: tuple[str, ...], match: Match, index: MentionIndex, exclude: set[int]) -> list[ActorMention]:
    """The actors of the first of ``slots`` that names any, skipping those starting in ``exclude``."""
    for slot in slots:
        tokens = slot_tokens(match, slot)
        found = actors_of(tokens, index, exclude)
        if not found and slot == "compound":
            # "an opposition rally", "student protests", "banned the opposition rally": a role word
            # the actor step left alone
            roles = [index.role(t) for t in tokens if t.pos_ == "NOUN"]
            found = [m for m in roles if m is not None and m.start not in exclude]
        if found:
            return found
    return []


def same_actor(a: ActorMention, b: ActorMention | None) -> bool:
    """Whether two mentions are the same actor (one entity, or one code)."""
    if b is None:
        return False
    if a.entity >= 0 and a.entity == b.entity:
        return True
    return a.code is not None and a.code == b.code


def venue_only(match: Match, lex: Lexicon) -> bool:
    """Whether a joint act's light-verb subject is where it takes place, not one of its sides:
    "Oman hosted talks", or talks "between" sides the text does not resolve ("Iraq, which held
    rounds of talks between the rivals"): the sides are named by "between" or not at all."""
    if not match.pattern.mutual or match.pattern.pos != "noun" or match.light is None:
        return False
    return fr.has_lemma(match.light, lex.word_list("venue_verbs")) or bool(fr.prep_objects(match.token, fr.SIDES_PREPS))


def untargeted(match: Match, code: str, kind: str, sources: list[ActorMention], targets: list[ActorMention],
                index: MentionIndex, lex: Lexicon) -> tuple[str, list[ActorMention], str]:
    """The code, targets and rule suffix of an event whose frame named no target: the theme's
    partner ("endorsed an agreement *with the EU*"), the pattern's solo code ("held drills" alone
    is 150), and the place it happens in for protests and force (CAMEO convention)."""
    pattern = match.pattern
    if targets or ((pattern.mutual or fr.reciprocal(match.token)) and len(sources) > 1):
        return code, targets, ""
    if code[:2] in HELPING_ROOTS:
        helped = [m for m in actors_of(beneficiaries(match), index, {m.start for m in sources})
                  if m.code and not any(same_actor(m, s) for s in sources)]
        if helped:
            return code, helped, ""
    opposed = against(match, code, sources, index)
    if opposed:
        return code, opposed, ""  # before a partner: "a complaint against X with the UN" is against X
    if pattern.pos == "verb" and match.theme is not None:
        partners = actors_of(fr.prep_objects(match.theme, {"with"}), index, {m.start for m in sources})
        if partners:
            return code, partners, ""
    if code[:2] in APPEAL_ROOTS and match.theme is not None:
        # "called for a truce in Khartoum": an appeal for something in a place is aimed at its country
        spots = appeals.appeal_spots(match)
        place = place_actor(match.token.doc, spots, index) if spots else None
        if place is not None and not any(same_actor(place, s) or place.country == s.country for s in sources):
            return code, [place], "+place-target"
    if code[:2] == DEMAND_ROOT and pattern.pos == "verb":
        # "demanded Iran's compliance", "demanded the militia disarm" (read as a noun with its doer as
        # a modifier): a demand is made of whoever is to act
        owners = [c for o in fr.objects(match.token) for c in o.children if c.dep_ in ("poss", "compound")]
        bound = [b for b in actors_of(owners, index, {m.start for m in sources})
                 if b.code and not any(same_actor(b, s) for s in sources)]
        if bound:
            return code, bound, ""
    if (code[:2] == REJECT_ROOT and _vote_result(match)) or (code[:2] == DISAPPROVE_ROOT and (
            _vote_result(match) or (match.theme is not None and match.theme.lemma_.lower() in VOTE_NOUNS))):
        # "the opposition rejected the results of the election", "said the vote was rigged": aimed at
        # the government that held it (only for the governed: see own_government)
        governments = [g for s in sources if (g := own_government(s)) is not None]
        if governments:
            return code, governments[:1], "+domestic-target"
    if code[:2] == "13":
        # "threatened a strike if the government cut budgets": the threat is aimed at whom the condition binds
        bound = [b for b in actors_of(conditioned_subjects(match), index, set())
                 if not any(same_actor(b, s) for s in sources)]
        if bound:
            return code, bound, ""
    if code in HOSTED_CODES and pattern.pos == "verb":
        # "the UN chief attended the ceremony": a visit to the country the event takes place in
        host = place_actor(match.token.doc, place_tokens(match), index) or story_place(match)
        if host is not None and not any(host.country == s.country for s in sources):
            return code, [host], "+place-target"
    hit = actors_of(victims(match, lex), index, {m.start for m in sources})
    if hit and codebook.is_violence(code):
        return code, hit, ""  # "four soldiers were killed in Israeli shelling": the shelling's targets
    owner = installation_owner(match, code, sources, index)
    if owner is not None:
        return code, [owner], "+installation"
    if pattern.solo:
        code = recode(pattern.solo, kind, lex) or ""  # "held drills" with no partner: a show of force
        if not code:
            return "", [], ""
    if (code[:2] in PLACE_TARGET_ROOTS or code in PLACE_TARGET_CODES) and (
            codebook.root_of(code) == codebook.PROTEST or not any(
            not placelike(t) and t.lemma_.lower() not in PLACE_NOUNS and t.ent_type_ not in TIME_LABELS
            for slot in pattern.target for t in slot_tokens(match, slot))):
        # A protest or an attack with no target named ("an air strike in Syria"; not "killed
        # civilians in Syria") is aimed at the country where it happens, never at a place merely
        # spoken from. What protesters block ("blocked roads in Minsk") is no target of its own.
        place = place_actor(match.token.doc, place_tokens(match), index)
        if place is not None:
            return code, [place], "+place-target"
    return code, targets, ""


def installation_owner(match: Match, code: str, sources: list[ActorMention],
                       index: MentionIndex) -> ActorMention | None:
    """The state body whose post an attack hits ("attacked a police checkpoint", "shelled army
    bases near Goma", "targeted security compounds"): the body of the country where the attack
    happens (the place in its clause, else the story's one country). ``None`` when the attack's
    own doer is that body, or no country is known."""
    if code[:2] not in INSTALLATION_ROOTS:
        return None
    for obj in slot_tokens(match, "obj"):
        if obj.lemma_.lower() not in INSTALLATION_NOUNS:
            continue
        sector = next((INSTALLATION_OWNERS[c.lower_] for c in obj.children
                       if c.dep_ in ("compound", "amod") and c.lower_ in INSTALLATION_OWNERS), None)
        country = _implied_country(match, index) if sector is not None else None
        if sector is None or country is None or any(s.country == country and s.sector == sector for s in sources):
            continue
        return _implied(obj, OWNER_NAMES[sector], country, sector)
    return None


def beneficiaries(match: Match) -> list[Token]:
    """Whom a pledge or a gift is to help, named in its purpose: "pledged $50 million *to help
    Haiti* rebuild" (the helped's subject clause), "sent aid to help *Syrian refugees*"."""
    out: list[Token] = []
    for clause in match.token.children:
        if clause.dep_ not in ("xcomp", "advcl") or not fr.has_lemma(clause, HELP_VERBS) or not _purpose(clause):
            continue
        out += fr.objects(clause)
        for inner in clause.children:
            if inner.dep_ in ("ccomp", "xcomp") and (doer := fr.subject(inner)) is not None:
                out.append(doer)  # "to help Turkey recover": Turkey is parsed as the subject of "recover"
    return out


def against(match: Match, code: str, sources: list[ActorMention], index: MentionIndex) -> list[ActorMention]:
    """Whom an act is aimed at by "against": on the trigger or on the act it performs ("lodged a
    complaint *against Israel*", "campaigned against the governor", "an offensive against the
    rebels"); never one of its doers. A theme that is someone else's act, judged ("backed the
    strike against the government", "condemned the war against X"), keeps its "against" for itself."""
    judged = code[:2] in JUDGING_ROOTS or code in JUDGING_CODES
    hosts = [t for t in (match.token, None if judged else match.theme) if t is not None]
    found = actors_of([o for h in hosts for o in fr.prep_objects(h, {"against"})], index, {m.start for m in sources})
    return [m for m in found if m.code and not any(same_actor(m, s) for s in sources)]


def story_place(match: Match) -> ActorMention | None:
    """The story's one principal country as the place of the trigger's event (``None`` if the
    story has several or none, or the trigger's sentence names another)."""
    from newsevents.story.context import text_countries

    tok = match.token
    story = tok.doc._.ne_story
    if story is None or len(story.countries) != 1:
        return None
    country = story.countries[0]
    if not set(text_countries(sentence_of(tok).text)) <= {country}:
        return None
    return ActorMention(tok.i, tok.i, tok.idx, tok.idx, "", country, country, country, None, "place", "story-place")


def _vote_result(match: Match) -> bool:
    """Whether the trigger's object is the result of a vote ("the results of Saturday's election")."""
    for obj in [*fr.objects(match.token), *([match.theme] if match.theme is not None else [])]:
        if obj.lemma_.lower() in RESULT_NOUNS and any(
                p.lemma_.lower() in VOTE_NOUNS or any(c.lemma_.lower() in VOTE_NOUNS for c in p.children)
                for p in (*fr.prep_objects(obj, {"of"}), *(c for c in obj.children if c.dep_ == "compound"))):
            return True
    return False


def conditioned_subjects(match: Match) -> list[Token]:
    """The subjects of the "if"/"unless" clauses on a threat or on the act it threatens."""
    tok = match.token
    hosts = [tok, *(c for c in tok.children if c.dep_ in ("xcomp", "ccomp", "dobj"))]
    if match.verb is not None and match.verb is not tok:
        hosts.append(match.verb)
    out: list[Token] = []
    for host in hosts:
        for clause in host.children:
            marks = {m.lower_ for m in clause.children if m.dep_ == "mark"}
            if clause.dep_ == "advcl" and marks & {"if", "unless"}:
                doer = fr.subject(clause)
                out += conjuncts(doer) if doer is not None else []
    return out


def place_tokens(match: Match) -> list[int]:
    """The tokens of the trigger's clause (and of a noun trigger's phrase) that may name its
    place, as indices (the place finders read the parse table, not ``Token`` objects)."""
    tok = match.token
    verb = match.verb or tok
    return list(fr.clause_indices(verb)) + ([t.i for t in tok.subtree] if tok is not verb else [])


def purpose_targets(match: Match, code: str, sources: list[ActorMention], index: MentionIndex, lex: Lexicon,
                    consumed: set[int]) -> list[ActorMention]:
    """"fired tear gas to disperse the protesters", "deployed troops to attack the rebels": the
    purpose of a forceful act names whom the act is aimed at; the purpose is not a second act
    (it is marked ``consumed``). The targets it names are returned."""
    verb = match.token
    if match.pattern.pos != "verb" or not codebook.is_material_conflict(code):
        return []
    out: list[ActorMention] = []
    # ("used water cannon to disperse ..." is often parsed with the purpose as an xcomp)
    for clause in (c for c in verb.children if c.dep_ in ("advcl", "xcomp") and _purpose(c)):
        exclude = {m.start for m in sources}
        inner = best_match(clause, lex)
        if inner is None or inner.pattern.cameo[:1] in ("_", "-"):
            if codebook.root_of(code) == codebook.PROTEST:
                continue  # "marched to voice their opposition": why they protest, not at whom
            # "used tear gas to block protesters", "to push them back": whom the purpose acts on
            out += [t for t in actors_of(fr.objects(clause), index, exclude)
                    if t not in out and not any(same_actor(t, s) for s in sources)]
            continue
        if codebook.is_material_conflict(inner.pattern.cameo):
            consumed.add(clause.i)
            out += [t for t in fill_slots(inner.pattern.target, inner, index, exclude) if t not in out]
    return out


def _purpose(clause: Token) -> bool:
    """A to-infinitive with no subject of its own ("... to disperse them")."""
    children = list(clause.children)
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children)


def implied_police(match: Match, targets: list[ActorMention], index: MentionIndex) -> ActorMention | None:
    """The police of the country where an arrest with no doer happens: the place named in its
    clause, else the story's one principal country; ``None`` (no guess) with neither, or when the
    arrest names a doer anywhere ("were arrested by soldiers", "rebels captured ...", "the arrest
    of X by troops"). Agentless arrests are passives ("was arrested at his home") and nouns
    ("the police made arrests of ..." names its doer; "the arrest of the mayor" does not)."""
    tok = match.token
    if not _agentless(match):
        return None
    # "opposition activists were detained" with no place named: by the police of those held, if the
    # governed of one country (the story's country may be the one reacting to the arrests)
    home = held_at_home(targets) if match.pattern.cameo in ARREST_CODES else None
    country = _implied_country(match, index, home)
    if country is None or not any(t.code for t in targets):
        return None
    return _implied(tok, "police", country, "COP")


def outside_party(mediator: ActorMention, parties: list[ActorMention], index: MentionIndex) -> ActorMention:
    """A government mediating between parties is none of them: one that took its country only
    from its sentence or the story, where that country's government is a party ("diplomats who mediated
    between the Malian government and the rebels"), keeps its sector and loses the guess."""
    actors = index.doc_actors
    guessed = mediator.rule == "context-country" or (
        0 <= mediator.entity < len(actors) and actors[mediator.entity].country_rule in GUESSED_RULES)
    if not guessed or mediator.sector != "GOV" or not any(
            p.country == mediator.country and p.sector == "GOV" for p in parties):
        return mediator
    return dataclasses.replace(mediator, code=mediator.sector, country=None)


def _agentless(match: Match) -> bool:
    """Whether an arrest names no doer and none is implied by its grammar (see :func:`implied_police`)."""
    tok = match.token
    if match.pattern.pos == "noun":
        return match.subject is None and not fr.prep_objects(tok, {"by"})
    if any(c.dep_ == "agent" for c in tok.children):
        return False
    return fr.is_passive(tok) or fr.passive_participle(tok)


def implied_crowd(match: Match, index: MentionIndex) -> ActorMention | None:
    """The civilians of the country where a protest with no named protesters happens ("protests
    erupted in Minsk", "three weeks of protests", "hundreds marched in Lima"), by the convention
    of CAMEO coders: the country of the place named in its clause, else the story's one principal
    country. ``None`` (no guess) with neither, or when a doer is named that no actor was found for
    ("he staged a protest")."""
    tok = match.token
    doer = match.subject if match.pattern.pos == "noun" else fr.subject(tok)
    if (doer is not None and doer.lemma_.lower() not in CROWD_COUNTS) or generic_mass_noun(match):
        return None  # "peaceful protest is democratic": protest in general
    country = _implied_country(match, index)
    if country is None:
        return None
    return _implied(tok, "civilians", country, "CVL")


def _implied_country(match: Match, index: MentionIndex, home: str | None = None) -> str | None:
    """Where an implied doer acts: the country of the place named in the act's clause, else
    ``home`` (given by the caller), else the story's one principal country (``None`` with none)."""
    place = place_actor(match.token.doc, place_tokens(match), index)
    if place is not None and place.country is not None:
        return place.country
    if home is not None:
        return home
    story = match.token.doc._.ne_story
    return story.countries[0] if story is not None and len(story.countries) == 1 else None


def _implied(tok: Token, who: str, country: str, sector: str) -> ActorMention:
    """An actor the text implies at ``tok`` ("police (implied)", code ``KENCOP``)."""
    return ActorMention(tok.i, tok.i + 1, tok.idx, tok.idx + len(tok.text), tok.text, f"{who} (implied)",
                        country + sector, country, sector, "group", f"events-implied-{who}")
