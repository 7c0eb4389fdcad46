"""The story an article tells, beyond its sentences: headline, dateline and wire credits
(:mod:`newsevents.story.structure`), the principal countries and the country of bare agents
(:mod:`newsevents.story.context`), and whether it is a political story at all
(:mod:`newsevents.story.restraint`)."""
