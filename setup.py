"""Build hook: compile the extraction's hot modules with mypyc when asked to.

Everything else about the package is declared in pyproject.toml. Our own steps after the parse
(actors, events, dates, figures, quotes and the view they read) are tens of thousands of small
typed Python calls per article, with no single function above 2% of the time (docs/design.md,
"Speed"); mypyc compiles the modules that take most of that time to C extensions that give the
same output. The compiled modules sit beside their sources (``module.cpython-*.so``, imported
before ``module.py``), in an editable install too, with a manifest of the sources they were
compiled from (newsevents/compiled.py).

``NEWSEVENTS_COMPILE=1`` asks for the build (make install sets it), and it needs the installed dependencies (mypyc
type-checks the modules against spaCy's types), so ``make install`` installs the package first
and then builds it again without build isolation. Without a C compiler or the Python headers,
or without mypyc, the package stays pure Python and the install says so. A failed compile
removes every extension it built: a module's extension cannot load without the group's shared
library.
"""

from __future__ import annotations

import json
import os
import sys
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext
from setuptools.errors import CCompilerError, CompileError, ExecError, LinkError, PlatformError

sys.path.insert(0, "src")
from newsevents.compiled import MANIFEST, source_digests  # the runtime check reads what this writes

SOURCE = Path("src") / "newsevents"
COMPILED = (
    "actors/appositive_names.py", "actors/coding.py", "actors/context.py", "actors/coordinated_titles.py",
    "actors/coref.py", "actors/coref_rules.py", "actors/epithets.py", "actors/headline_names.py",
    "actors/igo_holders.py", "actors/joint_bodies.py", "actors/known_names.py", "actors/lexicon.py",
    "actors/lexicon_matches.py", "actors/member_nouns.py", "actors/mentions.py", "actors/named_acronyms.py",
    "actors/named_orgs.py", "actors/person_names.py", "actors/place_clues.py", "actors/pronouns.py",
    "actors/served_bodies.py", "actors/short_names.py", "actors/sponsors.py", "dates/calendar.py", "dates/find.py",
    "dates/resolve.py", "events/agreement_parties.py", "events/allegations.py", "events/anaphora.py",
    "events/appraisals.py", "events/arguments.py", "events/attributes.py", "events/blame.py",
    "events/ceremony_guests.py", "events/claimed_acts.py", "events/clause_marks.py", "events/clauses.py",
    "events/codebook.py", "events/coder.py", "events/combat.py", "events/constructions.py", "events/coordination.py",
    "events/crowd_charges.py", "events/disapproval.py", "events/emit.py", "events/frames.py", "events/gates.py",
    "events/groups.py", "events/harmful_effects.py", "events/held_places.py", "events/hostilities.py",
    "events/hyphen_pairs.py", "events/issuers.py", "events/later_mentions.py", "events/licensing.py",
    "events/match_context.py", "events/matching.py", "events/meeting_sides.py", "events/misconduct.py",
    "events/modality.py", "events/obliques.py", "events/pair_hooks.py", "events/pairing.py",
    "events/participation.py", "events/particles.py", "events/pleas.py", "events/qualified_acts.py",
    "events/quoted_retellings.py", "events/referents.py", "events/reproaches.py", "events/retellings.py",
    "events/roles.py", "events/settle.py", "events/sought_agreements.py", "events/statements.py", "events/targets.py",
    "events/tolls.py", "events/triggers.py", "events/unattributed.py", "events/unreal.py", "events/voice.py",
    "events/wrongdoing.py", "figures/find.py", "figures/money.py", "nlp/attribute_rules.py", "nlp/docview.py",
    "nlp/hyphenated.py", "nlp/lemmas.py", "nlp/sentences.py", "nlp/typed_spacy.py", "quotes/find.py",
    "quotes/marks.py", "story/background.py", "story/congress.py", "story/context.py", "story/named_countries.py",
    "story/place_names.py", "story/restraint.py", "story/structure.py", "story/venue_guests.py",
)
"""Every module with at least 0.2% of our steps' self time under cProfile (docs/design.md, sessions
28 and 29), but ``events/patterns.py`` (mypyc rejects its YAML loader's class attributes) and
``actors/persons.py`` and ``places/gazetteer.py`` (their tables are kept in the disk cache, and a
compiled class with arguments to ``__init__`` does not unpickle; ``places/admin1.py``, 0.4%, reads
the gazetteer's and is left with it; ``nlp/prefilter.py`` and ``dictionaries/discards.py`` for the
same reason), and ``nlp/text_sentences.py``, whose cut the tests count by patching its module globals,
which a compiled module does not read (``tests/test_tidy24.py``). Session 33 added the modules not
compiled that held the most of a compiled run's samples (py-spy, docs/design.md), ``events/anaphora.py``
among them once its ``resolve_acts`` no longer let mypy narrow an attribute that a call then sets."""
COMPILED_FROM: dict[str, str] = {}
"""The SHA-256 of each compiled source when the build read it; written as the manifest."""
BUILD_FAILURES = (CCompilerError, CompileError, ExecError, LinkError, PlatformError, OSError)


def compiled_sources() -> list[str]:
    """The source files mypyc compiles, as paths relative to this file."""
    return [str(SOURCE / module) for module in COMPILED]


class OptionalBuildExt(build_ext):
    """``build_ext`` that leaves the package pure when the extensions cannot be built."""

    def run(self) -> None:
        if not self.extensions:
            return
        try:
            super().run()
        except BUILD_FAILURES as error:
            self._remove_outputs()
            print(f"newsevents: the compiled modules could not be built ({error}); the package runs as pure Python",
                  file=sys.stderr)
            return
        for package in self._package_dirs():
            _remove_unlisted(package)
            (package / MANIFEST).write_text(json.dumps(COMPILED_FROM, indent=1, sort_keys=True), encoding="utf-8")

    def _package_dirs(self) -> list[Path]:
        """Where the built package is: the build directory, and the sources in place."""
        in_place = self.inplace or getattr(self, "editable_mode", False)
        return [Path(self.build_lib) / "newsevents", *([SOURCE] if in_place else [])]

    def _remove_outputs(self) -> None:
        for ext in self.extensions:
            for root in (Path(self.build_lib), SOURCE.parent):
                (root / self.get_ext_filename(ext.name)).unlink(missing_ok=True)
        for package in self._package_dirs():
            (package / MANIFEST).unlink(missing_ok=True)


def _remove_unlisted(package: Path) -> None:
    """Delete the extensions an earlier build made of modules no longer in :data:`COMPILED`: Python
    would import them before their sources, and, as the manifest does not record them,
    ``newsevents.compiled`` would then run the whole package as pure Python."""
    listed = {Path(module).with_suffix("") for module in COMPILED}
    for ext in [p for p in package.rglob("*") if p.name.endswith(tuple(EXTENSION_SUFFIXES))]:
        relative = ext.relative_to(package)
        if relative.with_name(relative.name.split(".")[0]) not in listed:
            ext.unlink()


def extensions() -> list[object]:
    """mypyc's extensions for the hot modules, if asked for and possible; else none."""
    if os.environ.get("NEWSEVENTS_COMPILE") != "1":
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        print("newsevents: mypyc is not installed; the package runs as pure Python", file=sys.stderr)
        return []
    # The digests of the sources as mypyc reads them, not as they are when the build ends: a
    # source edited during the build must not be recorded as compiled.
    COMPILED_FROM.update(source_digests(SOURCE, [SOURCE / module for module in COMPILED]))
    try:
        return list(mypycify(compiled_sources(), opt_level="3"))
    except SystemExit:  # mypyc's type check failed, and printed why
        print("newsevents: mypyc could not compile the modules; the package runs as pure Python", file=sys.stderr)
        return []


setup(ext_modules=extensions(), cmdclass={"build_ext": OptionalBuildExt})
