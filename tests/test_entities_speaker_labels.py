"""The entities stage: a name in a speaker's label of a caption file ("[DR. LUAL DENG, SURGEON]",
"[KALINDA MORRIS]") or of a parliamentary record ("MR CONDORI LUIS (Opposition, Llano Sur):", "THE
MINISTER OF LANDS (Mr Tomas Quispe):") is a person, whatever the model made of the capitals; the
report's own voice ("[NARRATOR]") and a sound ("[CROWD CHANTING]") name no one (tables of invented
pages)."""

from __future__ import annotations

import pytest

CASES = [
    (
        "Fishing grounds\n\n[NARRATOR] The catch has halved.\n\n[BAKARI MWINYI, FISHERMAN] (in Swahili)\n"
        "We go further every year.\n\n[CROWD CHANTING]\n\n[KALINDA MORRIS]\nThe boats stay in the harbour.",
        ["BAKARI MWINYI", "KALINDA MORRIS"],
    ),
    (
        "NATIONAL ASSEMBLY\n\n3.40 MR CONDORI LUIS (Opposition, Llano Sur): The deeds are late.\n\n"
        "THE MINISTER OF LANDS (Mr Tomas Quispe): They will come in May.\n\n"
        "MS MAMANI ROSA: We have heard that before.",
        ["CONDORI LUIS", "Tomas Quispe", "MAMANI ROSA"],
    ),
]


@pytest.mark.parametrize("text,people", CASES)
def test_label_names_are_people(entities, text, people):
    found = [e.name for e in entities(text) if e.type == "PERSON"]
    assert found == people
