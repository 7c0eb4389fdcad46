"""Trigger matching: which pattern, if any, a token triggers, and the theme that decided it.

A verb or noun is looked up by lemma in the pattern file; its most specific pattern whose
particle and theme ("impose" + "sanctions") it satisfies wins. Naming something by an evaluative
word ("called the raid a massacre") or judging it in reported speech is read here too; the
constructions with no lemma of their own are in :mod:`newsevents.events.constructions`.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from newsevents.events import frames as fr
from newsevents.events.censure import dative_named, spoken_of
from newsevents.events.coordination import conjuncts
from newsevents.events.gates import NOUNS, VERBS, Gate, gated
from newsevents.events.groundless import groundless
from newsevents.events.home_coercion import ACCESS_PATTERN, CIVIL_DOERS, relief_mission, speech_access
from newsevents.events.issuers import reported_clauses
from newsevents.events.judged_attempts import judged_attempt
from newsevents.events.particles import particle_of
from newsevents.events.patterns import BLOCK, Lexicon, Pattern
from newsevents.events.praised_steps import demonstrative_verdict, equated_step, hedged, step_praised
from newsevents.events.pronoun_doers import antecedent_words
from newsevents.events.refuge import REFUGE_PATTERN, refuge_abroad
from newsevents.events.regarded_wrongs import REGARD_VERBS, regarded_copula, regards
from newsevents.events.reproof import JUDGING_VERBS, judging_verb, names_on_named
from newsevents.nlp.docview import DocView, doc_view
from newsevents.nlp.hyphenated import whole_words
from newsevents.nlp.typed_spacy import token_conjuncts

VERB_POS = VERBS
NOUN_POS = NOUNS
# A curfew, a state of emergency or martial law: coercion when imposed on people, not on a hazard.
EMERGENCY_CODES = frozenset({"1723", "1724"})
GATHER_PATTERN = "protest.gather"
INSIST_SAYING_PATTERN = "demand.insist_on_saying"
GATHER_PURPOSE_ROOTS = frozenset({"10", "11", "12", "14"})
"""Demands, criticism, rejection and protest: what a crowd gathers for when it gathers to protest."""


@dataclass(slots=True)
class Match:
    """A trigger token matched to its best pattern, with the theme that decided it."""

    token: Token
    pattern: Pattern
    theme: Token | None = None
    verb: Token | None = None
    subject: Token | None = None
    light: Token | None = None
    adjunct: bool = False
    spanned: bool = False


def _themes(tok: Token, pattern: Pattern, lex: Lexicon) -> list[Token]:
    quantity = lex.word_list("quantity_nouns")
    if pattern.pos == "noun" and pattern.theme != "obj":
        found = fr.prep_objects(tok, {pattern.theme})  # "attack on the plan"
        if not found and tok.dep_ == "dobj" and tok.head.pos_ in VERB_POS:
            # "filed a challenge to the results": the phrase the parser hung on the noun's verb
            found = fr.prep_objects(tok.head, {pattern.theme})
        return [fr.quantity_head(t, quantity) for t in found]
    if pattern.pos == "noun":
        doc, parse = tok.doc, doc_view(tok.doc)
        mods = [doc[c] for c in parse.children(tok.i) if parse.deps[c] in ("compound", "amod", "nmod")]
        return mods + [fr.quantity_head(t, quantity) for t in fr.prep_objects(tok, {"of"})]
    if pattern.theme == "obj":
        # "stopped shelling": a gerund complement is the verb's object too
        found = fr.objects(tok) + fr.prep_objects(tok, {"with"}) + [
            c for c in tok.children if c.dep_ == "xcomp" and c.tag_ == "VBG"]
    else:
        found = fr.prep_objects(tok, {pattern.theme})
        if not found and pattern.particle:
            # "pulled out of the pact": the parser hangs the preposition on the particle, not the verb
            found = [t for c in tok.children if c.lower_ == pattern.particle and c.dep_ in ("prt", "prep", "advmod")
                     for t in fr.prep_objects(c, {pattern.theme})]
        if not found and pattern.objects:
            # "offered eight hundred million dollars in aid": the phrase the parser hung on the object
            found = [t for o in fr.objects(tok) for t in fr.prep_objects(o, {pattern.theme})]
    return [_state_of(fr.quantity_head(t, quantity)) for t in found]


def _state_of(theme: Token) -> Token:
    """"declared a state of emergency", "states of emergency in two regions", "a state of siege": the state's
    kind is the theme."""
    if theme.lower_ in ("state", "states") and theme.pos_ == "NOUN":
        inner = fr.prep_objects(theme, {"of"})
        if inner:
            return inner[0]
    return theme


def _civil_emergency(tok: Token, theme: Token | None, lex: Lexicon) -> bool:
    """Whether a curfew or state of emergency is imposed on people: its own sentence names no
    natural hazard, disease or spill it answers ("over the floods"), and, for a state of emergency,
    its sentence, the one before or the one after tells of unrest ("after weeks of protests", "as
    fighting spread"; "... The announcement came after police dispersed demonstrators": news leads
    with the act and tells its cause next), the one after only when it names no hazard either.
    Martial law always is."""
    if theme is not None and theme.lower_ == "martial":
        return True
    parse = doc_view(tok.doc)
    sents, number = parse.sentences()
    here = sents[number[tok.i]]
    causes = lex.word_list("emergency_causes")

    def hazard(start: int, end: int) -> bool:
        # a hazard is a noun: "protesters stormed the parliament" tells of no storm (session 13)
        return any(parse.pos[i] != "VERB" and not causes.isdisjoint(parse.forms[i]) for i in range(start, end))

    if hazard(here.start, here.end):
        return False
    if parse.lower[theme.i if theme is not None else tok.i] == "curfew":
        return True  # a curfew is told with its unrest less often; only a hazard excuses it
    start, end = sents[max(number[tok.i] - 1, 0)].start, here.end
    if number[tok.i] + 1 < len(sents) and not hazard(sents[number[tok.i] + 1].start, sents[number[tok.i] + 1].end):
        end = sents[number[tok.i] + 1].end
    unrest = lex.word_list("emergency_unrest")
    # the lemma and the word: "anti-government" is split, "protests" has the lemma "protest"
    return any(parse.forms[i][0] in unrest or parse.lower[i] in unrest for i in range(start, end))


def _hundreds(theme: Token, trigger: Token) -> bool:
    """"killed hundreds of civilians", "killed at least 160 villagers": a count in the hundreds."""
    words = [theme]
    while words[-1].head.i != trigger.i and words[-1].head.i != words[-1].i and len(words) < 4:
        words.append(words[-1].head)
    if any(w.lemma_.lower() in ("hundred", "thousand") for w in words):
        return True
    counts = [c.text.replace(",", "") for c in theme.children if c.dep_ == "nummod"]
    return any(c.isdigit() and int(c) >= 100 for c in counts)


@gated(Gate(VERBS, patterns="verb"), Gate(NOUNS, patterns="noun"))
def best_match(tok: Token, lex: Lexicon) -> Match | None:
    """The most specific pattern the token satisfies, or ``None`` (also for blocking patterns)."""
    # Asked of the same word by the coder and by the rules that read reported acts: worked out once
    # per token and lexicon (from the parse alone), kept as the pattern and the theme's index, and
    # given as a new Match each time (callers change their match's fields).
    known: dict[int, tuple[Pattern, int] | None] = doc_view(tok.doc).once(f"best_match.{id(lex)}", dict)
    if tok.i in known:
        found = known[tok.i]
        if found is None:
            return None
        pattern, theme = found
        return Match(tok, pattern, tok.doc[theme] if theme >= 0 else None)
    match = _best_match(tok, lex)
    known[tok.i] = None if match is None else (match.pattern, match.theme.i if match.theme is not None else -1)
    return match


def _best_match(tok: Token, lex: Lexicon) -> Match | None:
    parse = doc_view(tok.doc)
    pos = "verb" if parse.pos[tok.i] in VERB_POS else "noun" if parse.pos[tok.i] in NOUN_POS else None
    if pos is None or (parse.propn[tok.i] and parse.ent_types[tok.i] == "DATE"):
        return None  # "in March": a month named is no march
    forms = parse.forms[tok.i]
    found = next((f for f in forms if lex.for_token(pos, f)), forms[0])
    # a word split at a hyphen tries the whole word's patterns first ("air-strike", "counter-attack"),
    # then its last part's ("re-imposed a curfew" is imposed)
    whole = next((f for f in whole_words(tok) if lex.for_token(pos, f)), found)
    by_kind: dict[str, list[Token]] = {}  # a lemma's patterns share a few kinds of theme
    for pattern in (*lex.for_token(pos, whole), *(lex.for_token(pos, found) if whole != found else ())):
        if pattern.particle and not particle_of(tok, pattern.particle):
            continue
        themes = by_kind.get(pattern.theme)
        if themes is None:
            themes = by_kind[pattern.theme] = _themes(tok, pattern, lex)
        theme = themes[0] if themes else None
        if pattern.objects:
            # the theme's modifiers count too, unless the pattern names heads only
            words = [t.i for t in themes] + ([] if pattern.object_heads else _modifiers(themes, parse))
            hits = [tok.doc[i] for i in words
                    if parse.forms[i][0] in pattern.objects or parse.lower[i] in pattern.objects
                    or any("-" in f and f in pattern.objects for f in parse.forms[i][1:])]  # "a sit-in" split
            if not hits and "hundred" in pattern.objects:
                hits = [t for t in themes if _hundreds(t, tok)]
            if not hits:
                continue
            theme = hits[0]
        purpose = _gathering_purpose(tok, lex) if pattern.id == GATHER_PATTERN else None
        if purpose is False:
            continue  # "supporters gathered at the airport to greet their leader": no protest
        if pattern.doers and not purpose and not any(w in pattern.doers for w in doer_words(tok, lex)):
            continue
        if pattern.id == INSIST_SAYING_PATTERN and not _naming(theme):
            continue  # "insisted on calling early elections": a demand, not "calling the vote a victory"
        if pattern.id == REFUGE_PATTERN and refuge_abroad(tok):
            continue  # "sought refuge in Germany": asylum asked of a country (events/refuge.py)
        if pattern.cameo == BLOCK:
            return None
        if pattern.cameo in EMERGENCY_CODES and not _civil_emergency(tok, theme, lex):
            return None
        if pattern.id == ACCESS_PATTERN and not speech_access(theme, lex.word_list("speech_channels")):
            continue  # "blocked access to the border": no censorship (events/home_coercion.py)
        if pattern.cameo.startswith("15") and (relief_mission(tok) or not CIVIL_DOERS.isdisjoint(doer_words(tok, lex))):
            return None  # "sent navy ships to deliver relief", "the airline expanded its fleet": no show of force
        return Match(tok, pattern, theme)
    return None


def _naming(gerund: Token | None) -> bool:
    """Whether an asserting gerund asserts: "calling" only with a name given ("calling the vote *a
    victory*"); the other verbs of saying always."""
    if gerund is None or gerund.lemma_.lower() != "call":
        return True
    return any(c.dep_ in ("oprd", "xcomp") for c in gerund.children)


def _gathering_purpose(tok: Token, lex: Lexicon) -> bool | None:
    """Whether a gathering is for a protest, by its stated purpose, or ``None`` when none is
    stated as an act the coder knows. "thousands gathered in the square to demand his
    resignation", "people assembled outside the ministry to protest the law": whoever comes
    together for a demand, a criticism, a rejection or a protest is protesting (the purpose
    itself is not coded as done: events/unreal.py); "supporters gathered to greet their leader"
    are not; "to show solidarity" leaves it to who gathered."""
    for child in tok.children:
        if child.dep_ not in ("advcl", "xcomp") or child.pos_ != "VERB" \
                or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in child.children):
            continue
        found = best_match(child, lex)
        if found is not None:
            return found.pattern.cameo[:2] in GATHER_PURPOSE_ROOTS
    return None


def _modifiers(themes: list[Token], parse: DocView) -> list[int]:
    """The theme's modifiers that count with it: "food aid" is humanitarian, "military aid" military;
    a name's title counts with its own modifiers ("the bureau chief Sarah Lee" is press)."""
    words = [c for t in themes for c in parse.children(t.i) if parse.deps[c] in ("compound", "amod")
             and not (parse.deps[c] == "amod" and parse.tags[c] == "VBN")]  # "a planned march" is no plan
    words += [g for t in themes if parse.pos[t.i] == "PROPN" for c in parse.children(t.i)
              if parse.deps[c] == "compound" and parse.pos[c] == "NOUN"
              for g in parse.children(c) if parse.deps[g] == "compound"]
    return words


def doer_words(tok: Token, lex: Lexicon) -> set[str]:
    """The lemma forms of who does what ``tok`` names, with their noun modifiers ("transport
    workers"): a verb's logical subject; a noun's possessor, modifiers and "by" agent, or the
    subject of the verb it is the object of ("began a strike") or in ("went on strike")."""
    doc, parse = tok.doc, doc_view(tok.doc)
    heads: list[Token] = []
    if parse.pos[tok.i] in VERB_POS:
        found = fr.subject(tok)
        if found is None and parse.deps[tok.i] == "acl" and tok.tag_ == "VBG":
            found = tok.head  # "sanctions targeting six banks": an active participle's noun does it
        heads += conjuncts(found) if found is not None else []
    else:
        heads += [doc[c] for c in parse.children(tok.i) if parse.deps[c] in ("poss", "compound", "nmod")]
        heads += fr.prep_objects(tok, {"by"})
        verb = tok.head
        if parse.deps[tok.i] == "pobj" and parse.deps[verb.i] == "prep":
            verb = verb.head
        if parse.deps[tok.i] in ("dobj", "pobj") and parse.pos[verb.i] in VERB_POS | {"AUX"}:
            found = fr.subject(verb)
            heads += conjuncts(found) if found is not None else []
    quantity = lex.word_list("quantity_nouns")
    words: set[str] = set()
    for head in (fr.quantity_head(h, quantity) for h in heads):
        for i in [head.i, *(c for c in parse.children(head.i) if parse.deps[c] in ("compound", "amod"))]:
            words.update(name_word_forms(parse, i))
        if parse.ent_types[head.i] == "GPE":
            words.add(STATE_DOER)  # "Kenya pulled out of Somalia": a state, named by its name
        words |= antecedent_words(head)  # "he had ousted": the general he stands for (events/pronoun_doers.py)
    return words


STATE_DOER = "country"
"""The doer word of a state named by its name ("Kenya", "the United States"), for the patterns whose
sense a state's doing gives (a state that pulls out of a country retreats)."""
PLURAL_ENDINGS = ("es", "s")
"""The endings whose strip still gives a noun of a name's word ("Forces" of "the Syrian Democratic Forces")."""


def name_word_forms(parse: DocView, i: int) -> tuple[str, ...]:
    """The lemma forms of token ``i`` as a doer's word. A word of a named entity's own name is no
    verb form whose lemma slipped: "United" of "the United States" or "the United Nations" gives no
    "unit" (a troop word) by stripping its "-ed", while a plural keeps its noun ("Forces" of "the
    Rapid Support Forces" is still "force")."""
    forms = parse.forms[i]
    if parse.pos[i] != "PROPN" or not parse.ent_types[i]:
        return forms
    lower = parse.lower[i]
    plurals = {lower[: -len(e)] for e in PLURAL_ENDINGS if lower.endswith(e)}
    return tuple(f for n, f in enumerate(forms) if n == 0 or f in plurals)


def naming_parts(tok: Token, bad: frozenset[str] = frozenset()) -> tuple[list[Token], list[Token]]:
    """What a characterizing verb names and the names it gives ("called [the raid] [a massacre]");
    ``bad``: the bad names an adjective hung on "as" may be ("described the arrests as illegal")."""
    named = fr.objects(tok)
    if named and tok.dep_ == "relcl" and named[0].lower_ in fr.RELATIVE_PRONOUNS:
        named = [tok.head, *named[1:]]  # "the election, which Washington labeled a sham": the antecedent is named
    if (dative := dative_named(tok, named)) is not None:
        return [dative[0]], dative[1]  # "branded the opposition leader a traitor" (events/censure.py)
    predicates = [c for c in tok.children if c.dep_ == "oprd"] + named[1:] + fr.prep_objects(tok, {"as"})
    # "described the arrests as illegal": an adjective the parser hangs on "as" itself
    predicates += [c for p in tok.children if p.dep_ == "prep" and p.lower_ == "as" for c in p.children
                   if c.dep_ in ("amod", "acomp") and c.pos_ == "ADJ" and c.lower_ in bad]
    if named:
        # the predicate is sometimes hung under the named thing ("the raid, a violation", "to detain her unlawful")
        predicates += [t for t in named[0].subtree if t.dep_ == "oprd"]
        predicates += [c for c in named[0].children if c.dep_ == "appos"]
        # "branded the protest an attempt to ...": the name parsed as the named noun's own object
        predicates += [c for c in named[0].children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
        predicates += names_on_named(named[0], bad)  # "described the decision as absurd" (events/reproof.py)
        predicates += trailing_bad_name(tok, named[0], bad)
        return named, predicates
    # "called the rocket launch a reckless provocation" is often parsed as a clause "launch (a) threat",
    # or with the named thing as the predicate and the name as its object
    named = [c for c in tok.children if c.dep_ in ("ccomp", "oprd") and (c.pos_ == "NOUN" or _noun_misread(c))]
    predicates = [o for c in named for o in c.children if o.dep_ == "dobj"]
    return named, predicates


def trailing_bad_name(verb: Token, named: Token, bad: frozenset[str]) -> list[Token]:
    """"calls Chavez's attacks of calls for a coup *hypocritical*", "described protesters' demand for a
    change in government as *disloyal*": the adjective that closes a naming, which the parser hangs
    on the last preposition of the named phrase (or of one the verb governs after it). Only a bad name
    counts: "called the talks in Geneva useful" is not read here."""
    phrases = [named, *(p for p in verb.children if p.dep_ == "prep" and p.i > named.i)]
    found: list[Token] = []
    for phrase in phrases:
        last = max((t for t in phrase.subtree if not t.is_punct), key=lambda t: t.i)
        words = [last, *(h for h in last.ancestors if last.dep_ == "conj" and h.i > named.i and h.pos_ == "ADJ")]
        if _adjectival(last) and last.dep_ in ("pobj", "amod", "conj") and any(w.lower_ in bad for w in words) \
                and any(a.dep_ == "prep" for a in last.ancestors if a.i > named.i):
            found.append(last)
    return found


# Endings of adjectives the tagger takes for nouns at a sentence's end ("... for a coup hypocritical").
ADJECTIVE_ENDINGS = ("al", "ive", "ous", "ful", "ible", "able", "less")


def _adjectival(tok: Token) -> bool:
    """An adjective, or a word tagged a noun that ends like one ("hypocritical", "insensitive")."""
    return tok.pos_ == "ADJ" or (tok.tag_ == "NN" and tok.lower_.endswith(ADJECTIVE_ENDINGS))


def _noun_misread(tok: Token) -> bool:
    """"the missile launch" tagged as a bare verb: an article before it (on it or its compound)."""
    if tok.tag_ != "VB":
        return False
    mods = [c for c in tok.children if c.i < tok.i]
    mods += [g for c in mods if c.dep_ == "compound" for g in c.children]
    return any(c.dep_ == "det" for c in mods)


# Copulas of a reported verdict ("said the vote was a sham", "said the president had become a dictator").
VERDICT_COPULAS = frozenset({"be", "become"})


def verdict_parts(tok: Token, lex: Lexicon) -> tuple[list[Token], list[Token]]:
    """"said the tariffs were unjustified", "the raid was a massacre, he said": a reported clause
    that judges a named thing by a copula. The thing (a noun, never a pronoun) and the judgement."""
    if not fr.has_lemma(tok, lex.word_list("report_verbs")) and not judging_verb(tok):
        return [], []  # "charged that the vote was rigged" judges as "said" does (events/reproof.py)
    reported = reported_clauses(tok)
    # "said Iran had a right ..., and that the demands had no basis": a conjoined clause is reported too
    reported += [c for clause in reported for c in token_conjuncts(clause)
                 if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    for clause in reported:  # "said (in a statement) that the tariffs were unjustified"
        if groundless(clause):  # "said the demands had no legal basis": as "were baseless"
            named = [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in NOUN_POS]
            if named:
                return named, [clause]
            continue
        if clause.lemma_.lower() not in VERDICT_COPULAS:  # "said Museveni had become a dictator" (session 17)
            # "said the vote was rigged", "the charges were trumped up": a passive that judges
            if clause.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in clause.children) \
                    and fr.has_lemma(clause, lex.word_list("bad_passives")):
                named = [c for c in clause.children if c.dep_ == "nsubjpass" and c.pos_ in NOUN_POS
                         and not _sufferer(c, clause)]
                if named and not any(c.dep_ == "neg" for c in clause.children):
                    return named, [clause]
            continue
        named = [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in NOUN_POS] or spoken_of(tok, clause)
        judged = [c for c in clause.children if c.dep_ in ("acomp", "attr")] + in_breach(clause)
        # "was not biased": the parser hangs the "not" on the adjective as often as on the copula
        negated = any(c.dep_ == "neg" for c in clause.children) or any(
            (c.dep_ == "preconj" and c.lower_ == "neither") or c.dep_ == "neg" for j in judged for c in j.children)
        if named and judged and not negated:
            return named, judged
        if named and judged and any(fr.has_lemma(j, lex.word_list("fair_names")) for j in judged):
            return named, [clause]  # "said the vote was not free", "neither free nor fair": unfair
    return [], []


# Nouns of a broken rule a copula's "in" phrase judges by ("said the decree was in breach of the charter").
BREACH_NOUNS = frozenset({"breach", "violation", "contravention", "defiance"})
# Pacts whose breach is an act of its own (CAMEO 196), not a verdict (as in events/wrongdoing.py).
TRUCE_WORDS = frozenset({"ceasefire", "cease-fire", "truce", "armistice"})


def in_breach(clause: Token) -> list[Token]:
    """"said Russia's actions were *in breach of* the charter", "the decree is in violation of the
    constitution": the broken-rule noun of a copula's "in" phrase, a judgement as "were illegal" is.
    A truce broken is left out: it is an act of its own."""
    found = [o for o in fr.prep_objects(clause, {"in"}) if o.lemma_.lower() in BREACH_NOUNS]
    return [o for o in found if not any(r.lemma_.lower() in TRUCE_WORDS for r in fr.prep_objects(o, {"of"}))]


def _sufferer(subject: Token, passive: Token) -> bool:
    """"said protesters were being manipulated *by* foreign agents": an actor a passive with its doer
    named was done to suffers the act and is not judged (the doer's wrong is
    :mod:`~newsevents.events.wrongdoing`'s); "the results were manipulated by the board" still judges."""
    if not any(c.dep_ == "agent" for c in passive.children):
        return False
    return any(m.start <= subject.i < m.end and m.code for m in subject.doc._.ne_mentions or [])


def naming_predicates(match: Match, lex: Lexicon) -> list[Token]:
    """The tokens of the names a characterization gives ("a reckless provocation to the region"): part of the
    criticism, never events of their own."""
    tok = match.token
    if regards(tok, lex):
        parts = regarded_parts(tok, lex)[:2]
    elif fr.has_lemma(tok, lex.word_list("characterize_verbs")):
        parts = naming_parts(tok, lex.word_list("bad_names"))
    else:
        parts = verdict_parts(tok, lex)
    return [t for p in parts[1] for t in p.subtree]


def regarded_parts(tok: Token, lex: Lexicon) -> tuple[list[Token], list[Token], str]:
    """"saw the launch as a provocation", "consider the restrictions to be illegal": what a verb of
    regarding names, the names it gives and the pattern that reads them (events/regarded_wrongs.py):
    a naming's, or a reported verdict's for a copula's subject."""
    named, predicates = naming_parts(tok, lex.word_list("bad_names"))
    if named and predicates:
        return named, predicates, "_call_bad"
    named, predicates = regarded_copula(tok)
    return named, predicates, "_verdict_bad"


def _judgement(predicates: list[Token], lex: Lexicon) -> str | None:
    """``_call_bad`` or ``_call_good`` by the evaluative words of the predicates, else ``None``."""
    words = {f for p in predicates for t in [p, *p.children] if t.dep_ in ("oprd", "dobj", "pobj", "amod",
                                                                          "compound", "acomp", "prep") or t.i == p.i
             for f in fr.lemma_forms(t)}
    words |= {f for p in predicates for t in fr.prep_objects(p, {"of"}) for f in fr.lemma_forms(t)}
    if words & lex.word_list("bad_names") or any(
            p.tag_ == "VBN" and fr.has_lemma(p, lex.word_list("bad_passives")) for p in predicates):
        return "_call_bad"
    if any(judged_attempt(p, lex) for p in predicates):
        return "_call_bad"  # "a desperate attempt by X", "an attempt to overthrow ..." (events.judged_attempts)
    if any(p.lower_ == "motivated" and any(c.lower_ == "politically" for c in p.children) for p in predicates):
        return "_call_bad"  # "said the charges were politically motivated": a pretext
    if any(p.lemma_.lower() == "be" or groundless(p) for p in predicates):
        return "_call_bad"  # a copula standing for a denied fairness, a denied ground (see verdict_parts)
    if words & lex.word_list("good_names"):
        return "_call_good"
    return None


def _told_act(predicates: list[Token], lex: Lexicon) -> bool:
    """"says this is the most serious attack in months": an act noun that only names the act told,
    with no bad word of its own beside it ("a terrorist attack", "an attack on democracy" judge)."""
    acts = lex.word_list("act_nouns")
    if not predicates or not all(p.pos_ == "NOUN" and fr.has_lemma(p, acts) for p in predicates):
        return False
    beside = {f for p in predicates for t in [*p.children, *fr.prep_objects(p, {"of", "on", "against"})]
              if t.dep_ in ("amod", "compound", "pobj") for f in fr.lemma_forms(t)}
    return not (beside & (lex.word_list("bad_names") - acts))


@gated(Gate(VERBS, lists=("characterize_verbs", "report_verbs", REGARD_VERBS)), Gate(VERBS, words=JUDGING_VERBS))
def characterization(tok: Token, lex: Lexicon) -> Match | None:
    """"called the raid a massacre", "branded the vote a sham", "described the deal as a
    milestone": naming something by an evaluative word is criticism (``_call_bad``) or praise
    (``_call_good``) of it; a neutral or unknown word codes nothing. The theme is what is named.
    A reported judgement ("said the tariffs were unjustified") is criticism too (``_verdict_bad``),
    and its praise of a step ("said the sanctions will be a positive step", ``_verdict_good``) praises
    whoever took it (events/praised_steps.py); one's own step ("said the vote was a milestone") or
    one of no known doer finds no target and codes nothing.
    A verb of regarding ("saw the launch as a provocation") criticises as a naming does, never praises."""
    if tok.pos_ not in VERB_POS:
        return None
    if regards(tok, lex):
        named, predicates, pattern = regarded_parts(tok, lex)
        kind = pattern if named and predicates and _judgement(predicates, lex) == "_call_bad" else None
    elif fr.has_lemma(tok, lex.word_list("characterize_verbs")):
        named, predicates = naming_parts(tok, lex.word_list("bad_names"))
        kind = _judgement(predicates, lex) if named and predicates else None
    else:
        named, predicates = verdict_parts(tok, lex)
        kind = "_verdict_bad" if named and _judgement(predicates, lex) == "_call_bad" else None
        if not named and fr.has_lemma(tok, lex.word_list("report_verbs")):
            named, predicates = demonstrative_verdict(tok, VERDICT_COPULAS)  # "said this was a positive step"
            if named and not hedged(predicates) and _judgement(predicates, lex) == "_call_bad" \
                    and not _told_act(predicates, lex):
                kind = "_verdict_bad"  # '"This is a war crime," he said': the act just told (events/praised_steps.py)
            if not named:
                named, predicates = equated_step(tok)  # "said the deal represents a positive step"
        if named and kind is None and not hedged(predicates) and (
                _judgement(predicates, lex) == "_call_good" or step_praised(predicates)):
            kind = "_verdict_good"  # "said the sanctions will be a positive step" (events/praised_steps.py)
    if kind is None:
        return None
    patterns = lex.for_token("verb", kind)
    return Match(tok, patterns[0], named[0]) if patterns else None
