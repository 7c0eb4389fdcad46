"""Coercion and force posture a state turns on its own country.

Two conventions of CAMEO coders for acts a government does at home, applied where the sentence
names no one the act is aimed at, or names only a place:

- **Restrictions at home.** A ban on gatherings or the press with no one named as its target
  ("the authorities banned public rallies", "security forces prevented demonstrations in the
  capital") restricts the freedoms of the state's own people: the target is its own country
  (``+domestic-target``), as a curfew's is. Only a state's own organs (government, police,
  armed forces, courts) restrict freedoms so; a foreign state's or an organisation's ban keeps
  no target, and codes nothing where its pattern needs one.
- **Repression and arrests at home.** Force a state's organ turns on no one named ("riot police
  fired tear gas in Nairobi", "cracked down on dissent") and arrests of people no actor names
  ("police arrested the researcher", "carried out mass arrests") are aimed at its own country
  (``+domestic-target``); a person named with a country of their own keeps it.
- **The held are the state's own.** A person an arrest or charge by a state's organ names but no
  dictionary knows ("police arrested blogger Nguyen Van Dai") is of the arresting state's country;
  the governed arrested with no doer named and no place ("opposition activists were detained") are
  held by the police of their own country, not of the country whose reaction the story leads with.
- **Political strikes.** A strike or boycott by the opposition or a party with no target named is
  aimed at its government; a union's or workers' strike keeps none (it may be aimed at employers).
- **Forces at home.** Troops or police deployed, put on alert or patrolling in a place of their
  own country ("troops were deployed in the capital", "police patrolled Lusaka"), or mobilised or
  put on alert with no place or destination named ("the army was put on high alert"), are aimed at
  their own country, the bare country (``+home-posture``), as the real-news gold codes them: the
  place (or the government a capital stands for) is where they stand, not their target. A
  deployment to another country, or against a named group ("troops were sent against the rebels"),
  keeps its target; a display of force with no one named (150: drills, a missile test) and a
  deployment with a destination that names no one ("sent carriers to the Gulf") keep none.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc, Token

from newsevents.actors.attackers import ARMED_GROUPS
from newsevents.actors.lexicon import lexicon
from newsevents.events import frames as fr
from newsevents.events.coordination import conjuncts
from newsevents.events.home_actors import government_of, home_country
from newsevents.records import ActorMention

RESTRICTIONS = frozenset({"1721", "175", "173"})
"""Restrictions on political freedoms (bans on gatherings, the press, the internet), violent
repression ("cracked down on dissent", "police fired tear gas") and arrests of people no actor
names ("arrested the researcher", "carried out mass arrests"): what a state does to its own people."""
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "SPY"})
"""The organs of a state that restrict freedoms or move forces at home."""
POSTURE_ROOT = "15"
DISPLAY_CODE = "150"
HOME_POSTURE = "home-posture"
"""The rule of the target of forces at home (the bare country, as the real-news gold codes it)."""
DESTINATION_PREPS = frozenset({"to", "into", "toward", "towards", "across"})
PLACE_KINDS = frozenset({"country", "place"})
"""Kinds of mention that name a place (a country, a city, a capital standing for its government)."""
PLACE_ENTRIES = frozenset({"capital", "city", "region", "country"})
"""Dictionary entries of a place: a target named so is a place, whatever the coder made of it ("Lusaka")."""


ARREST = "173"
ARREST_WORDS = frozenset({"arrest", "detain", "jail", "imprison", "incarcerate", "intern", "remand", "detention",
                          "imprisonment", "round"})
"""Words that hold only people: an arrest told by "captured", "seized" or "held" may take a thing."""


def home_restriction_target(code: str, source: ActorMention | None, trigger: str = "") -> ActorMention | None:
    """The country a state's restriction with no target is imposed on: its own (see the module doc).
    An arrest counts only when its ``trigger`` lemma holds people alone ("arrested", not "captured":
    "the helicopter captured by the authorities" holds no one)."""
    if code not in RESTRICTIONS or not _state(source):
        return None
    if code == ARREST and trigger.lower() not in ARREST_WORDS:
        return None
    assert source is not None  # for the type checker: _state checked it
    return home_country(source)


def home_posture(code: str, source: ActorMention | None, target: ActorMention | None, doc: Doc) -> bool:
    """Whether a force-posture act (root 15) by a state's forces is aimed only at a place of its own
    country ("troops were deployed in Lusaka"): its target is its own country (see home_posture_target)."""
    if not code.startswith(POSTURE_ROOT) or target is None or not _state(source):
        return False
    assert source is not None
    if target.country != source.country:
        return False
    if target.kind in PLACE_KINDS:
        return target.sector is None or target.rule == "metonym"
    # a capital or city coded as its country's government ("in Lusaka")
    return target.sector in (None, "GOV") and _place_name([t.text for t in doc[target.start:target.end]])


def home_posture_target(code: str, source: ActorMention | None, target: ActorMention | None,
                        doc: Doc, trigger: int) -> ActorMention | None:
    """The country a state's show of force at home is aimed at: its own (bare country), when the
    act names only a place of that country ("troops were deployed in Lusaka"), only a common noun of home
    ground as its destination ("sent soldiers to the streets", see HOME_GROUND) or nothing at all ("the
    army deployed more soldiers", ``trigger`` has no destination); ``None`` for any other act."""
    if not code.startswith(POSTURE_ROOT) or not _state(source):
        return None
    assert source is not None
    if target is not None and _moved_forces(target, doc, trigger):
        # "Mali sent soldiers to Gao": the soldiers sent (the target only because no destination named an
        # actor) are no target; the state's own, sent nowhere named abroad, are at home
        if target.country not in (None, source.country):
            return None
    elif target is not None and not home_posture(code, source, target, doc):
        return None
    elif target is None:
        destinations = [c for c in doc[trigger].children
                        if c.dep_ in ("prep", "dative") and c.lower_ in DESTINATION_PREPS]
        organ = source.sector in STATE_SECTORS
        ground = HOME_GROUND if organ else STREETS
        if destinations and all(_home_ground(d, ground) for d in destinations):
            pass  # "the army sent troops to the region", "Mali sent soldiers into the streets": forces at home
        elif any(c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lower_ in ground for c in doc[trigger].children):
            pass  # "soldiers patrolled the streets": the ground they hold is their own
        elif not organ or code == DISPLAY_CODE:
            return None  # "Egypt held military drills", "the army test-fired a missile": a display names no one
        elif destinations:
            return None  # "sent two carriers to the Gulf": bound elsewhere, whoever it is aimed at
    assert source is not None  # for the type checker: _state checked it
    return home_country(source, HOME_POSTURE)


def _moved_forces(target: ActorMention, doc: Doc, trigger: int) -> bool:
    """Whether the target found for a force posture is the forces it moves ("Mali sent soldiers to Gao",
    "deployed police officers in Kisumu"): the object of the trigger is what is sent, never whom it is
    aimed at (the target is the place or side named, else none)."""
    return any(c.dep_ == "dobj" and target.start <= c.i < max(target.end, target.start + 1)
               for c in doc[trigger].children)


STREETS = frozenset({"street", "streets", "slum", "slums", "township", "townships"})
"""A country's own streets: a country (not only its army or police) sending forces there acts at home."""
HOME_GROUND = STREETS | frozenset({"city", "town", "capital", "region", "area", "province", "district",
                         "village", "neighbourhood", "neighborhood", "zone", "countryside", "square", "campus",
                         "north", "south", "east", "west", "centre", "center", "hotspot", "flashpoint"})
"""Common nouns of a country's own ground ("to the streets", "into the region"): an army's or police force
sent there with no country named stays at home (a proper name, "to the Gulf", may lie anywhere; a country
sent "to the region" may be sending its troops abroad)."""


def _home_ground(prep: Token, nouns: frozenset[str]) -> bool:
    """Whether the destination of ``prep`` is a common noun of home ground ("to the streets of the
    capital", "into the northern region"), not a named place or a border ("to the border with Chad")."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and all(o.pos_ == "NOUN" and o.lower_ in nouns
                                 and not any(c.dep_ == "prep" and c.lower_ == "with" for c in o.children)
                                 for o in objects)


CIVIL_DOERS = frozenset({"airline", "company", "firm", "operator", "manufacturer", "maker", "club", "team",
                         "university", "hospital", "bank", "business", "retailer", "insurer", "startup", "corporation",
                         "conglomerate", "shipowner", "charity"})
"""Doers whose fleets, equipment and staff are no forces: a firm "expanding its fleet" or "moving its equipment"."""
RELIEF_VERBS = frozenset({"deliver", "distribute", "evacuate", "rescue", "airlift", "ferry", "repatriate", "vaccinate",
                          "treat", "feed", "rebuild", "search", "extinguish", "douse", "transport", "supply"})
"""What forces are sent to do when they are sent to help ("to evacuate residents", "to deliver relief")."""


WANTED = frozenset({"gunman", "fighter", "attacker", "assailant", "militiaman", "kidnapper", "bandit", "pirate",
                    "mutineer", "fugitive", "suspect", "deserter", "raider", "infiltrator"})
"""Wanted men that forces are sent to search for, beside the armed groups (``actors.attackers.ARMED_GROUPS``, with
their modifiers: "the rebel fighters"; and "the *armed* men"): a manhunt, not a rescue ("sent to search
for the rebels", session 19; "to search for survivors" stays relief)."""
HUNTED = ARMED_GROUPS | WANTED
HUNTED_MODIFIERS = ARMED_GROUPS | {"armed"}


def relief_mission(tok: Token) -> bool:
    """Whether forces or means are sent (``tok``) to help, not to show force: its to-infinitive of purpose
    is one of RELIEF_VERBS ("sent two navy ships to deliver relief supplies", "deployed aircraft to
    evacuate residents"). "deployed troops to fight the rebels" or "to restore order" is force, and so
    is a search whose object is an armed or wanted group ("were sent to the forest to search for the gunmen")."""
    return any(c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB" and c.lemma_.lower() in RELIEF_VERBS
               and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children) and not hunted(c)
               for c in tok.children)


def hunted(purpose: Token) -> list[Token]:
    """The armed or wanted groups a purpose verb names as its object, direct or after "for"
    ("to search for the rebels", "to hunt the gunmen")."""
    objects = [c for c in purpose.children if c.dep_ in ("dobj", "obj")]
    objects += [o for p in purpose.children if p.dep_ == "prep" and p.lower_ == "for"
                for o in p.children if o.dep_ == "pobj"]
    return [o for o in objects if o.lemma_.lower() in HUNTED or any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in HUNTED_MODIFIERS for c in o.children)]


def _place_name(words: list[str]) -> bool:
    """Whether ``words`` are, all of them, the name of a capital, city, region or country."""
    found = list(lexicon().matches(words)) if words else []
    return len(found) == 1 and found[0].start == 0 and found[0].end == len(words) \
        and found[0].entries[0].kind in PLACE_ENTRIES


def _state(source: ActorMention | None) -> bool:
    """A state's own organ with a country: its government, police, army, courts; or the country itself."""
    if source is None or not source.country:
        return False
    return source.sector in STATE_SECTORS or (source.kind == "country" and source.code == source.country)


HELD_AT_HOME = frozenset({"OPP", "CVL", "EDU", "LAB", "PTY", "REL", "AGR"})
"""The governed a state arrests at home: the opposition, parties, civilians, students, workers."""


def held_at_home(targets: list[ActorMention]) -> str | None:
    """The country whose police hold people an agentless arrest names, where the text places it
    nowhere and the story has several countries ("many opposition activists were detained"): the
    one country of the governed held (the opposition, civilians, students ...), who are held by their
    own state. ``None`` for anyone else (a journalist or an envoy may be held abroad) or several."""
    countries = {t.country for t in targets if t.code}
    if len(countries) != 1 or not all(t.sector in HELD_AT_HOME for t in targets if t.code):
        return None
    return countries.pop()


STRIKE = "143"
POLITICAL_STRIKERS = frozenset({"OPP", "PTY"})
"""Who strikes against the state: a strike called by the opposition or a party is political."""


def political_strike_target(code: str, source: ActorMention | None) -> ActorMention | None:
    """The government a strike or boycott by the opposition or a party with no target is aimed at: its
    own country's ("a general strike called by the opposition"). A union's or workers' strike keeps no
    target (it may be aimed at employers)."""
    if code != STRIKE or source is None or source.sector not in POLITICAL_STRIKERS or not source.country:
        return None
    return government_of(source)


HELD_CODES = frozenset({"173", "1125"})
"""Arrests and charges: whom a state holds or charges, with no country of their own named, is its own."""
UNCODED_PERSON_RULES = frozenset({"ner"})
"""Mentions of a person the dictionaries do not know ("Nguyen Van Dai"): named, with no code."""


def held_person_target(code: str, source: ActorMention | None, target: ActorMention | None) -> ActorMention | None:
    """The target of an arrest or charge by a state's organ when the person held is named but known
    to no dictionary ("police arrested blogger Nguyen Van Dai"): a person of the arresting state's
    country, as the governed a state holds mostly are. ``None`` when the rule does not apply (a person
    with a code or country of their own, a doer that is no state's organ, another act)."""
    if code not in HELD_CODES or target is None or target.code or target.country \
            or target.kind != "person" or target.rule not in UNCODED_PERSON_RULES or not _state(source):
        return None
    assert source is not None and source.country
    return dataclasses.replace(target, code=source.country, country=source.country, rule="held-at-home")


ACCESS_PATTERN = "coerce.block_access"
"""Access cut off (pattern ``coerce.block_access``): censorship only when what it gave access to carries speech."""


def speech_access(theme: Token | None, channels: frozenset[str]) -> bool:
    """Whether the access a restriction cuts is to a channel of speech or news: a word of ``channels``
    heads or modifies what it is "to" ("access to Twitter", "to independent news websites", "to
    Facebook and WhatsApp"); access to a border, a town or aid is no censorship."""
    if theme is None:
        return False
    for target in fr.prep_objects(theme, {"to"}):
        for word in conjuncts(target):
            words = [word, *(c for c in word.children if c.dep_ in ("compound", "amod"))]
            if any(w.lemma_.lower() in channels or w.lower_ in channels for w in words):
                return True
    return False


CROWD_WORDS = frozenset({"protester", "protesters", "protestor", "protestors", "demonstrator", "demonstrators",
                         "marcher", "marchers", "crowd", "crowds", "mourners", "rally", "march", "sit-in"})
"""Words that name people gathered in protest, in a target so named ("the demonstrators in Khartoum")."""


def troops_on_crowd(source: ActorMention, target: ActorMention) -> bool:
    """Whether a state's soldiers used force on a crowd of protesters of their own country ("troops
    opened fire on demonstrators in Khartoum"): violent repression (175), as police firing on it is.
    Soldiers' force on civilians not named as protesters keeps its code (a war hits civilians too)."""
    if source.sector != "MIL" or not source.country or target.country not in (None, source.country):
        return False
    return not CROWD_WORDS.isdisjoint(target.text.lower().split())


BOUNDARY_NOUNS = frozenset({"border", "frontier", "boundary"})
"""Nouns of a line between two countries: the other side is named by "with" ("its border with China")."""


def border_partners(tok: Token, theme: Token | None) -> list[Token]:
    """The country across a border forces are sent to or massed at ("moved troops to its border with
    China", "massed troops near the frontier with Ukraine"): the objects of "with" on a border noun
    in the trigger's (or its theme's) prepositional phrases. A posture's target is that country, not
    the owner of "its border" (the doer itself). Empty when no such phrase is there."""
    out: list[Token] = []
    for host in (tok, theme):
        if host is None:
            continue
        for place in fr.prep_objects(host, {"to", "into", "on", "near", "along", "toward", "towards", "at"}):
            if place.lemma_.lower() in BOUNDARY_NOUNS:
                out.extend(t for w in fr.prep_objects(place, {"with"}) for t in conjuncts(w))
    return out
