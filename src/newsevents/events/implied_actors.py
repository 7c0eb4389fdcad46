"""Actors the text implies but does not name, by the conventions of CAMEO coders: the police of
an arrest with no doer, the civilians of a protest with no protesters named, and the state body
whose post an attack hits; and a mediating government freed of a guessed country.

Each implied actor is built only where the place of the act's clause or the story's one
principal country gives the country; otherwise no guess is made. The conventions that recode an
act by who does it live in :mod:`~newsevents.events.implied`.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from newsevents.actors.coding import IGO
from newsevents.actors.lexicon import lexicon as actor_lexicon
from newsevents.events import codebook
from newsevents.events import frames as fr
from newsevents.events.anchors import generic_mass_noun
from newsevents.events.arguments import place_tokens, slot_tokens
from newsevents.events.attributes import place_actor
from newsevents.events.coercion_forms import HELD_PATTERNS
from newsevents.events.commentary import story_country_fits
from newsevents.events.custody import CUSTODY_PATTERN
from newsevents.events.foreign_police import foreign_police_named
from newsevents.events.home_coercion import held_at_home
from newsevents.events.matching import Match
from newsevents.events.roles import MentionIndex
from newsevents.events.story_forces import FORCE_SECTORS, ForceReading, story_attacker, story_force
from newsevents.events.violence_forms import bare_post_sector
from newsevents.records import ActorMention

# Arrests: one reported in the passive with no agent ("was arrested at his home") is by the
# police of the country it happens in, as CAMEO coders code it; so is a charge of treason ("was
# charged with treason", 1125) and security tightened in a place ("security was tightened in the
# capital": police power increased, 153); so is force turned on a crowd with no doer named ("tear gas
# was fired at the marchers", "the sit-in was dispersed": violent repression, 175).
IMPLIED_POLICE_CODES = {"173", "1125", "153", "175"}
# ... but "amid a crackdown on dissent" names no act of the day: force implies the police only as a verb.
VERB_ONLY_POLICE_CODES = frozenset({"175"})
# Verdicts: one reported in the passive with no court named ("was convicted of fraud", "was sentenced
# to ten years") is by a court of the country it happens in, or of the governed it judges (116).
IMPLIED_COURT_CODES = frozenset({"116"})
ARREST_CODES = frozenset({"173", "1125"})
# Restrictions: one reported in the passive with no agent ("a curfew was imposed in Kisumu", "the internet was
# shut down across the region", "the rally was banned", "the party was dissolved") is imposed by the
# authorities of the country it happens in (a curfew or a shutdown may name no one it is aimed at).
IMPLIED_AUTHORITY_CODES = frozenset({"1721", "1722", "1723", "1724", "174"})
# Country rules of a story-level guess (see :mod:`newsevents.story.context`).
GUESSED_RULES = frozenset({"story", "nearby"})
# Roots of killings and attacks: the owner of a post they hit is their target, and their doer, when
# none is named, may be the force the story names.
ATTACK_ROOTS = frozenset({codebook.ASSAULT, codebook.FIGHT, codebook.MASS_VIOLENCE})
# Attacks on a state body's post are aimed at that body (gold: "targeted security compounds" is
# aimed at the police): the posts, and the words that name their owner.
INSTALLATION_NOUNS = frozenset({"checkpoint", "station", "post", "outpost", "base", "barracks", "compound",
                                "headquarters", "convoy", "patrol", "garrison", "academy", "position",
                                "stronghold"})
# "government positions" are the army's; "rebel positions" the rebels'
INSTALLATION_OWNERS = {"police": "COP", "security": "COP", "army": "MIL", "military": "MIL", "navy": "MIL",
                       "naval": "MIL", "government": "GOV", "rebel": "REB", "insurgent": "REB"}
# Verbs of a post that carries its people ("a convoy carrying AU troops"), who say whose it is.
CARRYING_VERBS = frozenset({"carry", "transport", "ferry"})
OWNER_NAMES = {"COP": "police", "MIL": "military", "GOV": "government", "REB": "rebels"}
# "Azerbaijani positions", "a Ukrainian checkpoint": a country's adjective or name on a post makes
# it that country's (its military's, unless an owner word says police); never a city or a region
# ("Donetsk positions" say where, not whose).
OWNER_COUNTRY_KINDS = ("adjective", "country")
# The private people a state holds: held where they are, not where they come from.
PRIVATE_SECTORS = frozenset({"CVL", "EDU", "LAB", "AGR", "REL"})
# Places that spread a protest over many countries: "across the Arab world", "in several capitals".
SPREAD_PREPS = frozenset({"in", "across", "around", "throughout"})
WIDE_PLACES = frozenset({"world", "globe", "region", "continent"})
MANY_PLACES = frozenset({"capital", "country", "nation"})
# Subjects that count a crowd without naming it ("hundreds marched against the decree").
CROWD_COUNTS = frozenset({"hundred", "thousand", "dozen", "ten", "scores", "score", "hundreds", "thousands",
                          "dozens", "tens"})


def implied_police(match: Match, targets: list[ActorMention], index: MentionIndex) -> ActorMention | None:
    """The police of the country where an arrest with no doer happens: the place named in its
    clause, else the story's one principal country; ``None`` (no guess) with neither, or when the
    arrest names a doer anywhere ("were arrested by soldiers", "rebels captured ...", "the arrest
    of X by troops"). Agentless arrests are passives ("was arrested at his home") and nouns
    ("the police made arrests of ..." names its doer; "the arrest of the mayor" does not). Another
    country's soldiers held get no guessed police (session 30): their own command holds them, or
    the side that took them in a fight."""
    tok = match.token
    if not _agentless(match) or (match.pattern.cameo in VERB_ONLY_POLICE_CODES and match.pattern.pos == "noun"):
        return None
    # "opposition activists were detained" with no place named: by the police of those held, if the
    # governed of one country (the story's country may be the one reacting to the arrests)
    home = held_at_home(targets) if match.pattern.cameo in ARREST_CODES else None
    country = _implied_country(match, index, _unless_visitors(match, targets, home))
    if country is None or not any(t.code for t in targets) or foreign_police_named(tok, country, index.mentions):
        return None  # "Palau's police shot ... five fishermen were arrested": not Myanmar's (foreign_police.py)
    if any(t.sector == "MIL" and t.country not in (None, country) for t in targets):
        # "four Uruguayan troops have been detained" in Haiti: held by their own command, or taken in a fight
        return None
    return implied_actor(tok, "police", country, "COP")


def story_force_doer(match: Match, targets: list[ActorMention], index: MentionIndex) -> ForceReading:
    """The force the story names for an arrest with no doer ("Israeli troops raided the camp. Three
    men were arrested."), or that none may be guessed (:mod:`~newsevents.events.story_forces`);
    nothing for an arrest that names its doer."""
    if not _agentless(match) or (match.pattern.cameo in VERB_ONLY_POLICE_CODES and match.pattern.pos == "noun"):
        return ForceReading()
    home = held_at_home(targets) if match.pattern.cameo in ARREST_CODES else None
    country = _implied_country(match, index, _unless_visitors(match, targets, home))
    return story_force(match.token, country, index.mentions)


def story_attacker_doer(match: Match, code: str, targets: list[ActorMention],
                        index: MentionIndex) -> ActorMention | None:
    """The force the story names for a killing or an attack with no doer ("Pro-government forces
    shelled the town after skirmishes with the rebels"; :func:`~newsevents.events.story_forces.story_attacker`),
    or ``None``."""
    if codebook.root_of(code) not in ATTACK_ROOTS or not _agentless(match):
        return None
    if any(_guessed_country(t, index) and _foreign_forces(t, index) for t in targets):
        return None  # "more than 50 soldiers were killed" in a story of foreign troops: whose is unknown
    return story_attacker(match.token, targets, index.mentions)


def _foreign_forces(victim: ActorMention, index: MentionIndex) -> bool:
    """Whether the story names an armed force of another country than ``victim``'s."""
    return any(m.sector in FORCE_SECTORS and m.country and m.country != victim.country for m in index.mentions)


def _guessed_country(mention: ActorMention, index: MentionIndex) -> bool:
    """Whether ``mention`` took its country from its sentence or the story, not from its own words."""
    actors = index.doc_actors
    return mention.rule == "context-country" or (
        0 <= mention.entity < len(actors) and actors[mention.entity].country_rule in GUESSED_RULES)


def implied_authorities(match: Match, targets: list[ActorMention], index: MentionIndex) -> ActorMention | None:
    """The government of the country where a restriction told in the passive with no agent is imposed
    ("a curfew was imposed in Kisumu", "opposition rallies were banned"): of the place in its clause,
    else of the one country of the governed it is aimed at, else of the story's one principal country;
    ``None`` (no guess) otherwise, or for a noun ("the ban on rallies" says nothing of who imposed it)."""
    if match.pattern.pos != "verb" or not _agentless(match):
        return None
    country = _implied_country(match, index, held_at_home(targets), targets)
    return implied_actor(match.token, "authorities", country, "GOV") if country is not None else None


def implied_court(match: Match, targets: list[ActorMention], index: MentionIndex) -> ActorMention | None:
    """The court of a verdict with no court named ("the activist was sentenced to five years"):
    of the country of the place in its clause, else of the one country of the governed judged, else
    of the story's one principal country; ``None`` (no guess) otherwise, as for :func:`implied_police`."""
    return court_of(match, targets, index) if _agentless(match) else None


def court_of(match: Match, targets: list[ActorMention], index: MentionIndex) -> ActorMention | None:
    """The court of the country that judges or tries ``targets`` at ``match``, by the rules of
    :func:`implied_court` without its test that no court is named (a trial, told from the side of
    the accused, names none: :mod:`newsevents.events.trials`); ``None`` when no country is known or
    none of ``targets`` has a code."""
    if not any(t.code for t in targets):
        return None
    country = _implied_country(match, index, _unless_visitors(match, targets, held_at_home(targets)))
    return implied_actor(match.token, "court", country, "JUD") if country is not None else None


def _unless_visitors(match: Match, targets: list[ActorMention], home: str | None) -> str | None:
    """``home`` (the country of the governed held), unless they are private people of another
    country than the story's one ("two British tourists were arrested" in a story from Bangkok):
    visitors are held where they are. Dissidents and opposition members keep ``home``: a story told
    from abroad ("U.S. officials said two Iranian dissidents were arrested") is not where they are."""
    if home is None or not all(t.sector in PRIVATE_SECTORS for t in targets if t.code):
        return home
    story = match.token.doc._.ne_story
    if story is not None and len(story.countries) == 1 and story.countries[0] != home:
        return None
    return home


def _agentless(match: Match) -> bool:
    """Whether an arrest names no doer and none is implied by its grammar (see :func:`implied_police`)."""
    tok = match.token
    if match.pattern.lemma == CUSTODY_PATTERN:
        return True  # "remains in custody": a state no one is named as keeping
    if match.pattern.lemma in HELD_PATTERNS:
        return not any(c.dep_ == "agent" for c in tok.children)  # "the detainees included X"
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
    if _spread_abroad(match):
        return None  # "protests broke out in several Arab capitals": not the story country's crowd
    country = _implied_country(match, index, targets=[])
    if country is None:
        return None
    return implied_actor(tok, "civilians", country, "CVL")


def _spread_abroad(match: Match) -> bool:
    """Whether a protest's clause places it across many places or a region ("in several Arab
    capitals", "across the Muslim world", "around the globe", "in cities across Europe"): where the
    crowds are from, the story's country does not say."""
    tok = match.token
    verb = match.verb or tok
    for word in (tok, verb):
        for prep in word.children:
            if prep.dep_ != "prep" or prep.lower_ not in SPREAD_PREPS:
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj" and (obj.lemma_.lower() in WIDE_PLACES or obj.ent_type_ == "LOC"
                                           or (obj.tag_ == "NNS" and obj.lemma_.lower() in MANY_PLACES)):
                    return True
    return False


def installation_owner(match: Match, code: str, sources: list[ActorMention],
                       index: MentionIndex) -> ActorMention | None:
    """The state body whose post an attack hits ("attacked a police checkpoint", "shelled army
    bases near Goma", "targeted security compounds"): the body of the country where the attack
    happens (the place in its clause, else the story's one country). ``None`` when the attack's
    own doer is that body, or no country is known."""
    if codebook.root_of(code) not in ATTACK_ROOTS:
        return None
    for obj in slot_tokens(match, "obj"):
        if obj.lemma_.lower() not in INSTALLATION_NOUNS:
            continue
        if sources and (body := _body_post(obj, index)) is not None:
            return body  # "rebels attacked a MONUSCO base": the international body's, named on the post
        if any(c.dep_ == "acl" and c.lemma_.lower() in CARRYING_VERBS for c in obj.children):
            continue  # "a convoy carrying AU troops": whose it is, the troops it carries say
        sector = next((INSTALLATION_OWNERS[c.lower_] for c in obj.children
                       if c.dep_ in ("compound", "amod") and c.lower_ in INSTALLATION_OWNERS), None)
        named = _owner_country(obj)
        if named is not None and sector in (None, "MIL", "COP"):
            sector = sector or "MIL"  # "Azerbaijani positions": that country's forces
            if any(s.country == named for s in sources):
                continue  # "Syrian troops shelled Syrian positions": a slip, not an owner
            return implied_actor(obj, OWNER_NAMES[sector], named, sector, "events-owned-post")
        sector = sector or bare_post_sector(obj, sources)  # "rebels attacked an outpost" (events/violence_forms.py)
        country = _implied_country(match, index) if sector is not None else None
        if sector is None or country is None or any(s.country == country and s.sector == sector for s in sources):
            continue
        return implied_actor(obj, OWNER_NAMES[sector], country, sector)
    return None


def _body_post(post: Token, index: MentionIndex) -> ActorMention | None:
    """The international body named on ``post`` as its owner ("a *MONUSCO* base", "the *African
    Union* military base"), whose mention is the target, no state body implied; ``None`` with none."""
    named = [c for c in post.children if c.dep_ in ("compound", "nmod") and c.i < post.i]
    named += [c for n in named for c in n.children if c.dep_ in ("compound", "nmod") and c.i < n.i]
    return next((m for word in named for m in index.mentions
                 if m.sector == IGO and m.start <= word.i < m.end), None)


def _owner_country(post: Token) -> str | None:
    """The one country a post's adjective, name or possessor names ("*Azerbaijani* positions",
    "*Israel's* outposts", "a *Ukrainian* army checkpoint"), or ``None`` (none, or two)."""
    found = set()
    named = [c for c in post.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
    for child in named + [c for n in named for c in n.children if c.dep_ == "conj"]:
        if not child.text[:1].isupper():
            continue
        words = [child.text[:-2] if child.text.endswith("'s") else child.text]
        entry = next((m.first(*OWNER_COUNTRY_KINDS) for m in actor_lexicon().matches(words)), None)
        if entry is not None:
            found.add(entry.code[:3])
    return found.pop() if len(found) == 1 else None


def outside_party(mediator: ActorMention, parties: list[ActorMention], index: MentionIndex) -> ActorMention:
    """A government mediating between parties is none of them: one that took its country only
    from its sentence or the story, where that country's government is a party ("diplomats who mediated
    between the Malian government and the rebels"), keeps its sector and loses the guess."""
    if not _guessed_country(mediator, index) or mediator.sector != "GOV" or not any(
            p.country == mediator.country and p.sector == "GOV" for p in parties):
        return mediator
    return dataclasses.replace(mediator, code=mediator.sector, country=None)


def _implied_country(match: Match, index: MentionIndex, home: str | None = None,
                     targets: list[ActorMention] | None = None) -> str | None:
    """Where an implied doer acts: the country of the place named in the act's clause, else
    ``home`` (given by the caller), else the story's one principal country (``None`` with none).
    With ``targets`` given (crowds and authorities), not the story's country when the sentence names
    another one than theirs (:func:`~newsevents.events.commentary.story_country_fits`); police and
    courts keep it ("was arrested on his return from Turkey" is still the story country's arrest)."""
    place = place_actor(match.token.doc, place_tokens(match), index)
    if place is not None and place.country is not None:
        return place.country
    if home is not None:
        return home
    story = match.token.doc._.ne_story
    if story is None or len(story.countries) != 1:
        return None
    country: str = story.countries[0]
    if targets is None:
        return country
    # not when the sentence names another country: a roundup's next item (events/commentary.py)
    held = {t.country for t in targets if t.country}  # "British tourists were banned": held where they are
    return country if story_country_fits(match.token, country, held) else None


def implied_actor(tok: Token, who: str, country: str, sector: str, rule: str = "",
                  kind: str = "group") -> ActorMention:
    """An actor the text implies at ``tok`` ("police (implied)", code ``KENCOP``)."""
    return ActorMention(tok.i, tok.i + 1, tok.idx, tok.idx + len(tok.text), tok.text, f"{who} (implied)",
                        country + sector, country, sector, kind, rule or f"events-implied-{who}")
