"""Word-list look-ups that see a word the tokenizer split at a hyphen.

The tokenizer splits "cease-fire", "re-run", "e-mail", "no-one" or "car-bomb" into three tokens
("cease", "-", "fire"), so a word list entry written with its hyphen, compared against one token's
lemma or text, never matched: "called for a cease-fire" was no truce asked for, while "called for
a ceasefire" was (session 21). The Doc view already gives the last part of such a word the whole
word's lemma forms (``docview._join_hyphenated``: "cease-fire" and "ceasefire" for "fire"); these
helpers compare a token's own lemma or text, as the lists' callers did, and then the whole word,
so that a word written with no hyphen is looked up exactly as before.
"""

from __future__ import annotations

from collections.abc import Set

from spacy.tokens import Token

from newsevents.nlp.docview import DocView, doc_view, lemma_forms_of


def whole_words(token: Token) -> tuple[str, ...]:
    """The whole word ``token`` ends when the tokenizer split it at a hyphen, in the forms a list
    may hold it: its lemma forms joined to the part before ("cease - fire": "cease-fire",
    "ceasefire") and its text so joined ("vote - buying": "vote-buying"); empty for any other token."""
    return whole_words_at(doc_view(token.doc), token.i)


def whole_words_at(parse: DocView, i: int) -> tuple[str, ...]:
    """:func:`whole_words` of token ``i`` of the view ``parse`` (no ``Token`` made)."""
    if i < 2 or parse.texts[i - 1] != "-":
        return ()  # only the word after a hyphen can end a split word (docview._join_hyphenated)
    own = lemma_forms_of(parse.lower[i], parse.lemmas[i], parse.pos[i])
    joined = parse.forms[i][len(own):]  # what _join_hyphenated added after the word's own forms
    if not joined:
        return ()
    return tuple(dict.fromkeys((*joined, f"{parse.lower[i - 2]}-{parse.lower[i]}")))


def lemma_in(token: Token, words: Set[str]) -> bool:
    """Whether the token's lemma is one of ``words``, or the whole hyphenated word it ends is."""
    return token.lemma_.lower() in words or not words.isdisjoint(whole_words(token))


def text_in(token: Token, words: Set[str]) -> bool:
    """Whether the token's lower-case text is one of ``words``, or the whole hyphenated word it ends is."""
    return token.lower_ in words or not words.isdisjoint(whole_words(token))
