"""Events stage: an act done on the spot whose sentence names no place takes the place of the act
of the same day told just before it (a march, a raid, a blockade), across a paragraph; not from an
act of another day, nor from a statement, nor from further back than three sentences. Invented
texts."""

from __future__ import annotations

import pytest

SCENES = [
    # the march's town runs on to the police action of its day, in the next paragraph
    ("Thousands of nurses marched through the centre of Mombasa on Tuesday, demanding back pay. "
     "The health ministry put the number at 2,000.\n\nPolice fired tear gas when a group of nurses "
     "tried to enter the county offices and detained 14 people.",
     {"marched": "Mombasa", "fired": "Mombasa", "detained": "Mombasa"}),
    ("Rebels stormed a checkpoint outside Goma early on Sunday.\n\nSoldiers killed four of the "
     "attackers on Sunday, the army said.", {"stormed": "Goma", "killed": "Goma"}),
    # another day: the scene does not run on
    ("Farmers blocked the highway near Eldoret on Monday.\n\nOn Wednesday police arrested 12 "
     "farmers.", {"blocked": "Eldoret", "arrested": None}),
    # what is said is said wherever the speaker is
    ("Hundreds of dockers rallied outside the port in Durban on Friday.\n\nThe minister condemned "
     "the strike on Friday.", {"rallied": "Durban", "condemned": None}),
    # more than three sentences back
    ("Miners blocked the road near Potosi on Monday. Their leader spoke to reporters. The union said "
     "talks had failed. Prices rose. Officials met on Monday. Police detained six miners on Monday.",
     {"blocked": "Potosi", "detained": None}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), SCENES, ids=[s[0][:40] for s in SCENES])
def test_a_days_acts_share_the_scene_told_before(pipeline, text, want):
    record = pipeline.process(text, published="2025-05-21")
    got = {
        e.trigger.text: (record.places[e.place].text if e.place is not None else None)
        for e in record.events
        if e.trigger.text in want
    }
    assert got == want
