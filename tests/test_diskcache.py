"""The disk cache of start-up tables: built once, loaded after, rebuilt when their sources change."""

from __future__ import annotations

import datetime as dt
import os
import pickle
from pathlib import Path
from typing import ClassVar

import pytest

from newsevents import diskcache
from newsevents.actors.lexicon import Entry
from newsevents.actors.persons import Person, Role


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("NEWSEVENTS_CACHE_DIR", str(folder))
    monkeypatch.delenv("NEWSEVENTS_NO_CACHE", raising=False)
    return folder


def counting_build(calls: list[int], value: object):  # type: ignore[no-untyped-def]
    def build() -> object:
        calls.append(1)
        return value
    return build


def test_a_table_is_built_once_then_loaded(cache: Path) -> None:
    calls: list[int] = []
    first = diskcache.cached("demo", "k" * 40, counting_build(calls, {"Lusaka": ("ZMB", 1)}))
    second = diskcache.cached("demo", "k" * 40, counting_build(calls, {"other": ()}))
    assert first == second == {"Lusaka": ("ZMB", 1)}
    assert calls == [1]
    assert len(list(cache.glob("demo-*.pickle"))) == 1


def test_a_changed_source_file_gives_a_new_key(tmp_path: Path, cache: Path) -> None:
    source = tmp_path / "names.tsv"
    source.write_text("Lusaka\tZMB\n", encoding="utf-8")
    before = diskcache.table_key("demo", [source])
    source.write_text("Lusaka\tZMB\nHarare\tZWE\n", encoding="utf-8")
    after = diskcache.table_key("demo", [source])
    assert before != after
    assert diskcache.table_key("demo", [source], extra="builtin") != after
    assert diskcache.table_key("other", [source]) != after


def test_a_damaged_file_is_rebuilt_and_replaced(cache: Path) -> None:
    calls: list[int] = []
    diskcache.cached("demo", "d" * 40, counting_build(calls, [1, 2, 3]))
    (stored,) = cache.glob("demo-*.pickle")
    stored.write_bytes(b"not a pickle at all")
    assert diskcache.cached("demo", "d" * 40, counting_build(calls, [1, 2, 3])) == [1, 2, 3]
    assert calls == [1, 1]
    assert pickle.loads(stored.read_bytes()) == [1, 2, 3]


def test_an_unwritable_cache_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("NEWSEVENTS_CACHE_DIR", str(blocker / "cache"))  # a directory inside a file
    calls: list[int] = []
    assert diskcache.cached("demo", "u" * 40, counting_build(calls, "built")) == "built"
    assert diskcache.cached("demo", "u" * 40, counting_build(calls, "built")) == "built"
    assert calls == [1, 1]


def test_the_cache_can_be_turned_off(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSEVENTS_NO_CACHE", "1")
    calls: list[int] = []
    diskcache.cached("demo", "o" * 40, counting_build(calls, 1))
    diskcache.cached("demo", "o" * 40, counting_build(calls, 1))
    assert calls == [1, 1]
    assert not cache.exists()


def test_old_versions_of_a_table_are_pruned(cache: Path) -> None:
    for n in range(diskcache.KEEP + 3):
        diskcache.cached("demo", f"{n:02d}".ljust(40, "0"), lambda n=n: n)  # type: ignore[misc]
        for stored in cache.glob("demo-*.pickle"):  # older files look older to the pruning
            os.utime(stored, (stored.stat().st_mtime - 10, stored.stat().st_mtime - 10))
    kept = list(cache.glob("demo-*.pickle"))
    assert len(kept) == diskcache.KEEP
    newest = diskcache.cache_dir() / ("demo-" + f"{diskcache.KEEP + 2:02d}".ljust(32, "0") + ".pickle")
    assert newest in kept


def test_dictionary_records_survive_pickling() -> None:
    entry = Entry("country", "ZMB", "Zambia", "proper", False, "Zambian")
    person = Person("Ada Mwale", "ZMB", (Role("ZMBGOV", "president", dt.date(2001, 1, 2), None),), ("Mwale",))
    assert pickle.loads(pickle.dumps(entry)) == entry
    assert pickle.loads(pickle.dumps(person)) == person
    assert pickle.loads(pickle.dumps(person)).role_on(dt.date(2005, 1, 1)) == person.roles[0]


def test_cached_places_and_lexicon_equal_freshly_built_ones(cache: Path) -> None:
    from newsevents.actors.lexicon import _build_lexicon, lexicon
    from newsevents.nlp.prefilter import _build_cues, cues
    from newsevents.places.gazetteer import _build_gazetteer, _gazetteer

    for cached_fn, build in ((_gazetteer, _build_gazetteer), (cues, _build_cues)):
        cached_fn.cache_clear()
        cached_fn()  # builds and stores
        cached_fn.cache_clear()
        assert cached_fn() == build()  # loaded from disk
    lexicon.cache_clear()
    lexicon()
    lexicon.cache_clear()
    loaded, built = lexicon(), _build_lexicon()
    assert loaded.lookup(["Zambia"]) == built.lookup(["Zambia"])
    assert loaded.longest == built.longest
    assert {p.name.split("-")[0] for p in cache.glob("*.pickle")} >= {"gazetteer", "cues", "lexicon"}


class _SeesCollector:
    """A value that records, when it is unpickled, whether the garbage collector was on."""

    seen: ClassVar[list[bool]] = []

    def __reduce__(self) -> tuple[object, tuple[()]]:
        return (_SeesCollector._make, ())

    @staticmethod
    def _make() -> _SeesCollector:
        import gc

        _SeesCollector.seen.append(gc.isenabled())
        return _SeesCollector()


@pytest.mark.parametrize("collector_on", [True, False])
def test_the_collector_rests_while_a_table_loads_and_is_set_back(cache: Path, collector_on: bool) -> None:
    import gc

    diskcache.cached("demo", "g" * 40, _SeesCollector)  # built and stored
    _SeesCollector.seen.clear()
    was = gc.isenabled()
    try:
        (gc.enable if collector_on else gc.disable)()
        loaded = diskcache.cached("demo", "g" * 40, lambda: pytest.fail("the table should load"))
        assert isinstance(loaded, _SeesCollector)
        assert _SeesCollector.seen == [False]  # off during the load
        assert gc.isenabled() is collector_on  # the caller's setting afterwards
    finally:
        (gc.enable if was else gc.disable)()
