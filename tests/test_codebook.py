"""The CAMEO codebook and its PLOVER mapping."""

from __future__ import annotations

import pytest

from newsevents.events import codebook


def test_codebook_covers_every_root_and_plover_type() -> None:
    codes = codebook.entries()
    assert {c[:2] for c in codes} == {f"{i:02d}" for i in range(1, 21)}
    assert {e.plover for e in codes.values() if e.plover} == set(codebook.PLOVER_TYPES)
    assert len(codes) > 300


@pytest.mark.parametrize(
    ("code", "goldstein", "quad", "plover"),
    [("042", 1.9, 1, "CONSULT"), ("051", 3.4, 1, "SUPPORT"), ("112", -2.0, 3, "ACCUSE"),
     ("163", -8.0, 4, "SANCTION"), ("195", -10.0, 4, "ASSAULT"), ("0871", 9.0, 2, "RETREAT"),
     ("0256", -0.3, 1, "REQUEST")],
)
def test_codebook_lookup_gives_consistent_attributes(code: str, goldstein: float, quad: int, plover: str) -> None:
    e = codebook.lookup(code)
    assert (e.goldstein, e.quad_class, e.plover) == (goldstein, quad, plover)
    assert e.root == code[:2]


def test_codebook_quad_class_follows_the_root() -> None:
    for e in codebook.entries().values():
        root = int(e.root)
        assert e.quad_class == (1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4)


def test_codebook_unknown_code_says_what_codes_look_like() -> None:
    with pytest.raises(codebook.UnknownCameoCode, match="not a CAMEO event code"):
        codebook.lookup("999")


@pytest.mark.parametrize(("old", "new"), [("DEMAND", "REQUEST"), ("disapprove", "ACCUSE"), ("FIGHT", "ASSAULT"),
                                          ("agree", "AGREE"), ("INVESTIGATE", "ACCUSE")])
def test_codebook_plover_aliases(old: str, new: str) -> None:
    assert codebook.plover_type(old) == new


def test_codebook_root_predicates_agree_with_every_quad_class() -> None:
    from newsevents.events import codebook
    from newsevents.records import QuadClass

    for code, entry in codebook.entries().items():
        quad = QuadClass(entry.quad_class)
        assert codebook.is_cooperation(code) == (quad <= QuadClass.MATERIAL_COOPERATION), code
        assert codebook.is_conflict(code) == (not codebook.is_cooperation(code)), code
        assert codebook.is_material_conflict(code) == (quad is QuadClass.MATERIAL_CONFLICT), code
        assert not codebook.is_violence(code) or quad is QuadClass.MATERIAL_CONFLICT, code
    assert [codebook.is_violence(c) for c in ("173", "180", "195", "20")] == [False, True, True, True]


def test_codebook_quad_class_names_are_the_time_series_fields() -> None:
    import dataclasses

    from newsevents.records import QuadClass
    from newsevents.store import PeriodCounts

    fields = [f.name for f in dataclasses.fields(PeriodCounts)]
    assert fields[2:6] == [q.field for q in QuadClass]
    assert QuadClass(4).label == "Material conflict"
    assert QuadClass.help().startswith("1 verbal cooperation, 2 material cooperation")
