"""The figures stage: money amounts, percentages and counts of people, with their year.

Importing this package registers the ``newsevents_figures`` spaCy component.
"""

from __future__ import annotations

from newsevents.figures.component import figures_component
from newsevents.figures.find import find_figures
from newsevents.figures.money import Money, find_money
from newsevents.figures.numbers import parse_number

__all__ = ["Money", "figures_component", "find_figures", "find_money", "parse_number"]
