"""Actors: countries, roles, organisations and known persons, coded the CAMEO way."""
