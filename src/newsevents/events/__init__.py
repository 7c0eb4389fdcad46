"""The event coder: CAMEO and PLOVER events over the dependency parse."""
