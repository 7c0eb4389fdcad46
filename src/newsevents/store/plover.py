"""PLOVER JSON records in the layout of the PLOVER manual (``plover_schema.json`` describes it).

The manual's fields: ``id``, ``date``, ``source`` and ``recipient`` (lists of actor objects),
``event`` (a list of categories), ``mode``, ``context``, ``event_loc`` (GeoNames' field names),
``event_text``, ``quad_code`` (PLOVER's quad category, from the manual's table) and
``event_scale``. Where we extend it, the extension sits under one key, ``newsevents``: the date's
precision, the CAMEO code and CAMEO's QuadClass, and any mode or context our codebook gives that
the manual does not list for the category. Events without a PLOVER category (CAMEO's public
statements) are not written, as the manual drops them.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

QUAD = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "CONCEDE"), 1),
    **dict.fromkeys(("COOPERATE", "AID", "RETREAT"), 2),
    **dict.fromkeys(("DEMAND", "ACCUSE", "REJECT", "SANCTION", "THREATEN"), 3),
    **dict.fromkeys(("PROTEST", "MOBILIZE", "COERCE", "ASSAULT"), 4),
}
"""The manual's quad category of each of its event categories."""

RENAMED = {"REQUEST": "DEMAND"}
"""Our codebook's names that the manual gives another: later PLOVER drafts call DEMAND REQUEST."""

NON_STATE = frozenset({"IGO", "NGO", "ISM", "IMG", "MNC"})
"""The manual's non-state actor codes."""


@functools.cache
def schema() -> dict[str, Any]:
    """The JSON Schema of a record, written from the manual's facts."""
    loaded: dict[str, Any] = json.loads(Path(__file__).with_name("plover_schema.json").read_text(encoding="utf-8"))
    return loaded


@functools.cache
def modes() -> dict[str, frozenset[str]]:
    """The modes the manual lists for each category (read from the schema's conditions)."""
    out: dict[str, frozenset[str]] = {}
    for rule in schema()["allOf"]:
        contains = rule["if"]["properties"]["event"]["contains"]
        allowed = rule["then"]["properties"].get("mode", {}).get("items", {}).get("enum")
        if allowed is None:
            continue
        for category in contains.get("enum", [contains.get("const")]):
            out[category] = frozenset(allowed)
    return out


@functools.cache
def contexts() -> frozenset[str]:
    """The manual's general contexts."""
    return frozenset(schema()["$defs"]["context"]["enum"])


def _actor(row: dict[str, Any], side: str) -> dict[str, Any] | None:
    code, name = row[f"{side}_code"], row[f"{side}_name"]
    if code is None and name is None:
        return None
    out: dict[str, Any] = {}
    country, sector = row[f"{side}_country"], row[f"{side}_sector"]
    top = country or (code[:3] if code and code[:3] in NON_STATE else None)
    if top:
        out["code"] = top
    if sector and len(sector) in (3, 6) and sector.isalpha() and sector.isupper():
        out["sector"] = sector
    if name:
        out["actor_text"] = name
    if code:
        out["newsevents"] = {"cameo_code": code}
    return out


def _location(row: dict[str, Any]) -> dict[str, Any] | None:
    if row["location_name"] is None:
        return None
    from newsevents.geo.countries import by_iso3

    iso3 = row["location_country"]
    record = by_iso3().get(iso3 or "")
    adm1 = row["location_adm1"]
    # GeoNames' own admin1 code: ours carries the FIPS country code in front, as GDELT's does.
    admin1 = adm1[2:] if adm1 and row["location_type"] in (2, 3, 4, 5) and len(adm1) > 2 else None
    return {"geonameid": row["location_geonames_id"], "name": row["location_name"],
            "latitude": row["location_lat"], "longitude": row["location_lon"],
            "country code": record["iso"] if record else None, "cc3": iso3, "admin1 code": admin1}


def record(row: dict[str, Any]) -> dict[str, Any] | None:
    """One stored event (its ``events`` row joined with its first mention) as a PLOVER record,
    or ``None`` for an event without a PLOVER category."""
    ours = row["plover"]
    if not ours:
        return None
    category = RENAMED.get(ours, ours)
    mode = row["plover_mode"]
    listed_mode = mode if mode and mode in modes().get(category, frozenset()) else None
    given = [c.strip() for c in (row["plover_context"] or "").split(",") if c.strip()]
    out: dict[str, Any] = {
        "id": f"newsevents-{row['id']}", "date": row["day"].isoformat() if row["day"] else None,
        "source": [a for a in [_actor(row, "source")] if a],
        "recipient": [a for a in [_actor(row, "target")] if a],
        "event": [category], "mode": [listed_mode] if listed_mode else [],
        "context": [c for c in given if c in contexts()],
        "event_text": [row["sentence"]] if row["sentence"] else [],
        "quad_code": QUAD[category], "event_scale": row["goldstein"],
        "coder": "newsevents",
    }
    loc = _location(row)
    if loc is not None:
        out["event_loc"] = loc
    if row["source_url"]:
        out["link"] = row["source_url"]
    out["newsevents"] = {
        "date_precision": row["date_precision"], "category": ours if ours != category else None,
        "cameo": row["cameo"], "cameo_quad_class": row["quad_class"],
        "unlisted_mode": mode if mode and not listed_mode else None,
        "unlisted_context": [c for c in given if c not in contexts()],
        "num_mentions": row["num_mentions"], "num_sources": row["num_sources"],
        "num_articles": row["num_articles"], "story_ids": list(row["story_ids"] or []),
        "trigger": row["trigger"],
    }
    return out
