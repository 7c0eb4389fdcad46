"""Targets an event's frame does not name in its target slots: whom the purpose of a forceful
act is aimed at ("fired tear gas to disperse the protesters"), and, for an event whose frame named
no target, its theme's partner, the conditioned party of a threat, the helped, the victims, or the
place it happens in (CAMEO convention).

These rules read the trigger's wider clause rather than one slot, and each returns a code, targets
and a rule suffix the coder records; they stand apart from the slot filling of
:mod:`~newsevents.events.arguments`, which they call.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import appeals, codebook, pleas
from newsevents.events import frames as fr
from newsevents.events.act_owners import act_owners
from newsevents.events.arguments import fill_slots, place_tokens, same_actor, slot_tokens
from newsevents.events.attributes import place_actor, placelike
from newsevents.events.coordination import conjuncts
from newsevents.events.dispersals import dispersed_gathering
from newsevents.events.eased_bans import gathering_ban_target
from newsevents.events.home_coercion import hunted
from newsevents.events.home_pledges import REFORM_INTENT, agreed_home, reform_pledge
from newsevents.events.implied import own_government
from newsevents.events.implied_actors import installation_owner
from newsevents.events.matching import Match, best_match
from newsevents.events.meetings_abroad import meeting_place
from newsevents.events.missions import mission_target
from newsevents.events.mood_codes import recode
from newsevents.events.outsider_addressees import outsider_addressee
from newsevents.events.partnerless import visit_destination, withdrawn_place
from newsevents.events.patterns import Lexicon
from newsevents.events.place_lists import outside_doers
from newsevents.events.referents import country_referent, object_phrase_targets
from newsevents.events.roles import MentionIndex, actors_of
from newsevents.events.tolls import victims
from newsevents.events.vote_words import RESULT_NOUNS, VOTE_NOUNS
from newsevents.events.warned import warned_party
from newsevents.nlp.docview import doc_view
from newsevents.nlp.hyphenated import lemma_in
from newsevents.nlp.sentences import sentence_of
from newsevents.records import ActorMention

# Roots whose untargeted events are aimed at the country they happen in (CAMEO convention).
PLACE_TARGET_ROOTS = {"14", "18", "19", "20"}
# Exercises with no partner (150): a show of force aimed at the place too ("drills in the Baltic");
# property burned or razed (1712) and abductions (181) with no one named, the same.
PLACE_TARGET_CODES = {"150", "1712", "181"}
# Common nouns of a settlement or a public place: an attack on one ("attacked a village in
# Nigeria", "stormed a hotel in Mogadishu") is aimed at the country it lies in, like one on a
# named place.
PLACE_NOUNS = frozenset({"village", "town", "city", "market", "marketplace", "camp", "school", "church",
                         "mosque", "district", "settlement", "hamlet", "neighbourhood", "neighborhood",
                         "suburb", "area", "region", "province", "community", "township", "bazaar",
                         "hotel", "restaurant", "cafe", "café", "hospital", "clinic", "mall", "stadium",
                         "airport", "university", "college", "temple", "shrine", "bus", "train"})
# A time in a target slot ("attacked a village on Sunday") names no target.
TIME_LABELS = frozenset({"DATE", "TIME"})
# Appeals and demands: one for something in a place ("a truce in Gaza") is aimed at that place.
APPEAL_ROOTS = {"02", "10"}
DEMAND_ROOT = "10"
# Rejections of a vote's result ("rejected the results of the election", "the election results").
REJECT_ROOT = "12"
DISAPPROVE_ROOT = "11"
# Statements, support and rejection, and criticism: their theme is an act judged, not performed.
JUDGING_ROOTS = frozenset({"01", "05", "12"})
JUDGING_CODES = frozenset({"110", "111"})
# Pledges, cooperation and aid: their purpose may name whom they help ("to help Haiti rebuild").
HELPING_ROOTS = frozenset({"03", "05", "06", "07"})
HELP_VERBS = frozenset({"help", "assist", "aid", "support", "rebuild", "reconstruct", "feed", "supply"})
# Visits with nobody named as host: to the country where the visited event takes place.
HOSTED_CODES = {"042"}
# Condolences go to the bereaved: with no one named, the country the story's deaths are in.
CONDOLENCE = "018"
PLACE_LABELS = frozenset({"GPE", "LOC"})


def untargeted(match: Match, code: str, kind: str, sources: list[ActorMention], targets: list[ActorMention],
                index: MentionIndex, lex: Lexicon) -> tuple[str, list[ActorMention], str]:
    """The code, targets and rule suffix of an event whose frame named no target: the theme's
    partner ("endorsed an agreement *with the EU*"), the pattern's solo code ("held drills" alone
    is 150), and the place it happens in for protests and force (CAMEO convention)."""
    pattern = match.pattern
    if targets or ((pattern.mutual or fr.reciprocal(match.token)) and len(sources) > 1):
        return code, targets, ""
    holders = dispersed_gathering(match, code, sources, index)
    if holders:
        return code, holders, "+gathering-holders"  # "the rally was dispersed" (events/dispersals.py)
    mission = mission_target(match, code, sources, index)
    if mission is not None:
        return code, [mission], "+mission"  # "protests outside the Israeli embassy" (events.missions)
    if code[:2] in HELPING_ROOTS:
        helped = [m for m in actors_of(beneficiaries(match), index, {m.start for m in sources})
                  if m.code and not any(same_actor(m, s) for s in sources)]
        if helped:
            return code, helped, ""
    referred = country_referent(match, sources, index)
    if referred is not None:
        return code, [referred], "+country-noun"  # "suspended aid to the country" (events.referents)
    opposed = against(match, code, sources, index)
    if opposed:
        return code, opposed, ""  # before a partner: "a complaint against X with the UN" is against X
    act_doers = act_owners(match, code, sources, index, lex)
    if act_doers:
        return code, act_doers, "+act-owner"  # "lashed out against a government crackdown" (events.act_owners)
    if pattern.pos == "verb" and match.theme is not None:
        partners = actors_of(fr.prep_objects(match.theme, {"with"}), index, {m.start for m in sources})
        if partners:
            return code, partners, ""
    aimed = object_phrase_targets(match, code, sources, index)
    if aimed:
        return code, aimed, ""  # "halted its air strikes on Gaza" (events.referents)
    if code[:2] in APPEAL_ROOTS and match.theme is not None:
        # "called for a truce in Khartoum": an appeal for something in a place is aimed at its country
        spots = appeals.appeal_spots(match)
        place = place_actor(match.token.doc, spots, index) if spots else None
        if place is not None and not any(same_actor(place, s) or place.country == s.country for s in sources):
            return code, [place], "+place-target"
    asked = pleas.asked_party(match, code, sources, index)
    if asked is not None:
        return code, [asked], "+asked-doer"  # "called for the withdrawal of Russian troops" (events.pleas)
    if pleas.addressed_appeal(match, code, sources, lex) and (host := story_place(
            match, frozenset(s.country for s in sources if s.country))) is not None \
            and not any(host.country == s.country for s in sources) and not outsider_addressee(match.token):
        return code, [host], "+story-place"  # "the OAS recommended a new election" in a Bolivian story
    if code == CONDOLENCE and not _placed_elsewhere(match) \
            and (host := story_place(match, _subject_countries(match, index))) is not None \
            and not any(host.country == s.country for s in sources):
        return code, [host], "+story-place"  # "Obama sent condolences, as did the Pope" after an Italian quake
    if code[:2] == DEMAND_ROOT and pattern.pos == "verb":
        # "demanded Iran's compliance", "demanded the militia disarm" (read as a noun with its doer as
        # a modifier): a demand is made of whoever is to act
        owners = [c for o in fr.objects(match.token) for c in o.children if c.dep_ in ("poss", "compound")]
        bound = [b for b in actors_of(owners, index, {m.start for m in sources})
                 if b.code and not any(same_actor(b, s) for s in sources)]
        if bound:
            return code, bound, ""
    if (code[:2] == REJECT_ROOT and _vote_result(match)) or (code[:2] == DISAPPROVE_ROOT and (
            _vote_result(match) or (match.theme is not None and lemma_in(match.theme, VOTE_NOUNS)))):
        # "the opposition rejected the results of the election", "said the vote was rigged": aimed at
        # the government that held it (only for the governed: see own_government)
        governments = [g for s in sources if (g := own_government(s)) is not None]
        if governments:
            return code, governments[:1], "+domestic-target"
        if (held := foreign_vote_holder(match, sources)) is not None:
            return code, [held], "+foreign-vote"  # "the EU refused to recognize the result of the poll"
    if code[:2] == "13":
        # "threatened a strike if the government cut budgets": the threat is aimed at whom the condition binds
        bound = [b for b in actors_of(conditioned_subjects(match), index, set())
                 if not any(same_actor(b, s) for s in sources)]
        if bound:
            return code, bound, ""
        warned = warned_party(match, code, sources, index, lex)
        if warned is not None:
            return code, [warned], "+warned-party"  # "warned it would not tolerate attacks in Kosovo"
    if code in HOSTED_CODES and pattern.pos == "verb":
        # "the UN chief attended the ceremony": a visit to the country the event takes place in
        host = place_actor(match.token.doc, place_tokens(match), index) or story_place(match)
        if host is not None and not any(host.country == s.country for s in sources):
            return code, [host], "+place-target"
    if (eased := gathering_ban_target(match, sources, index)) is not None:
        return eased[0], [eased[1]], "+gathering-ban"  # "lifted the ban on opposition rallies" (events.eased_bans)
    if (abroad := meeting_place(match, code, sources, index)) is not None:
        return abroad[0], [abroad[1]], "+met-abroad"  # "held talks in Moscow": a visit (events.meetings_abroad)
    if (host := visit_destination(match, code, sources) or withdrawn_place(match, code, sources)) is not None:
        return code, [host], "+place-target"  # "paid a visit to Kyiv", "withdrew from Jenin" (events.partnerless)
    hit = actors_of(victims(match, lex), index, {m.start for m in sources})
    if hit and codebook.is_violence(code):
        return code, hit, ""  # "four soldiers were killed in Israeli shelling": the shelling's targets
    owner = installation_owner(match, code, sources, index)
    if owner is not None:
        return code, [owner], "+installation"
    if (home := reform_pledge(match, code, sources)) is not None:
        return REFORM_INTENT, [home], "+home-reform"  # "promised to hold elections" (events.home_pledges)
    if (home := agreed_home(match, code, sources)) is not None:
        return code, [home], "+home-concession"  # "agreed to step down" (events.home_pledges)
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
        # A place inside a doer's own phrase ("workers in Greece and Portugal") says where the doers
        # are from, each of its own country: the domestic target gives each its own (events/place_lists.py)
        place = place_actor(match.token.doc, outside_doers(place_tokens(match), sources), index)
        if place is not None:
            return code, [place], "+place-target"
    return code, targets, ""


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


def _subject_countries(match: Match, index: MentionIndex) -> frozenset[str]:
    """The countries of the coded subjects of the trigger's sentence: those who act in it (the
    senders of condolences, "as did Pope Benedict"), not where it sends them."""
    found = (index.actor(t) for t in sentence_of(match.token) if t.dep_ == "nsubj")
    return frozenset(m.country for m in found if m is not None and m.country)


def _placed_elsewhere(match: Match) -> bool:
    """Whether the trigger's sentence names a place outside its subjects' own phrases ("sent
    condolences after a shooting in Texas"): the grief is there, not the story's. A place in the
    story's own country ("sent condolences from Rome" after an Italian quake) is no elsewhere."""
    from newsevents.story.named_countries import text_countries

    sent = sentence_of(match.token)
    own = {t.i for s in sent if s.dep_ == "nsubj" for t in s.subtree}
    story = match.token.doc._.ne_story
    home = set(story.countries) if story is not None and len(story.countries) == 1 else set()
    for ent in doc_view(sent.doc).ents_within(sent.start, sent.end):  # sent.ents, not rebuilt
        if ent.label_ not in PLACE_LABELS or ent.start in own:
            continue
        countries = set(text_countries(ent.text))
        if not (home and countries and countries <= home):
            return True
    return False


def against(match: Match, code: str, sources: list[ActorMention], index: MentionIndex) -> list[ActorMention]:
    """Whom an act is aimed at by "against": on the trigger or on the act it performs ("lodged a
    complaint *against Israel*", "campaigned against the governor", "an offensive against the
    rebels"); never one of its doers. A theme that is someone else's act, judged ("backed the
    strike against the government", "condemned the war against X"), keeps its "against" for itself."""
    judged = code[:2] in JUDGING_ROOTS or code in JUDGING_CODES
    hosts = [t for t in (match.token, None if judged else match.theme) if t is not None]
    found = actors_of([o for h in hosts for o in fr.prep_objects(h, {"against"})], index, {m.start for m in sources})
    return [m for m in found if m.code and not any(same_actor(m, s) for s in sources)]


def story_place(match: Match, speakers: frozenset[str] = frozenset()) -> ActorMention | None:
    """The story's one principal country as the place of the trigger's event (``None`` if the
    story has several or none, or the trigger's sentence names another than it and ``speakers``)."""
    from newsevents.story.named_countries import sentence_text_countries

    tok = match.token
    story = tok.doc._.ne_story
    if story is None or len(story.countries) != 1:
        return None
    country = story.countries[0]
    if not sentence_text_countries(sentence_of(tok)) <= {country} | speakers:
        return None
    return ActorMention(tok.i, tok.i, tok.idx, tok.idx, "", country, country, country, None, "place", "story-place")


def foreign_vote_holder(match: Match, sources: list[ActorMention]) -> ActorMention | None:
    """The story's one country, for a vote result an outsider rejects or judges: "the EU has refused
    to recognize the result of the run-off" in a Zimbabwe story is aimed at Zimbabwe, which held it.
    Not for a side of that country (the governed have :func:`own_government`; the government does
    not reject its own vote), nor when the sentence names another country (:func:`story_place`)."""
    host = story_place(match)
    if host is None or not sources or any(s.country == host.country or not s.code for s in sources):
        return None
    return host


def _vote_result(match: Match) -> bool:
    """Whether the trigger's object, or that of its complement ("refused to recognize the results"), is
    the result of a vote ("the results of Saturday's election")."""
    hosts = [match.token, *(c for c in match.token.children if c.dep_ == "xcomp")]
    for obj in [*(o for h in hosts for o in fr.objects(h)), *([match.theme] if match.theme is not None else [])]:
        if obj.lemma_.lower() in RESULT_NOUNS and any(
                lemma_in(p, VOTE_NOUNS) or any(lemma_in(c, VOTE_NOUNS) for c in p.children)
                for p in (*fr.prep_objects(obj, {"of"}), *(c for c in obj.children if c.dep_ == "compound"))):
            return True
    return False


def conditioned_subjects(match: Match) -> list[Token]:
    """The subjects of the "if"/"unless" clauses on a threat or on the act it threatens."""
    tok = match.token
    hosts = [tok, *(c for c in tok.children if c.dep_ in ("xcomp", "ccomp", "dobj"))]
    if match.verb is not None and match.verb.i != tok.i:
        hosts.append(match.verb)
    out: list[Token] = []
    for host in hosts:
        for clause in host.children:
            marks = {m.lower_ for m in clause.children if m.dep_ == "mark"}
            if clause.dep_ == "advcl" and marks & {"if", "unless"}:
                doer = fr.subject(clause)
                out += conjuncts(doer) if doer is not None else []
    return out


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
            out += [t for t in actors_of(fr.objects(clause) + hunted(clause), index, exclude)
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
