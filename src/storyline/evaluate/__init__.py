"""Scorers: one per gold dataset (``storyline eval ...``)."""
