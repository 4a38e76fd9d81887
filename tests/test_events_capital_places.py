"""Events stage: "the capital" named only so is the one national capital the article names, even
after the event, when every place named before it is of that capital's country; a capital of
another country named before it or after a foreign place leaves it open. Invented texts.
"""

from __future__ import annotations

import pytest

from conftest import event_place_text

CAPITALS = [
    ("Malawi's teachers have been on strike for a week. Hundreds of them marched in the capital on "
     "Monday. \"We are hungry,\" a teacher told reporters in Lilongwe.", "marched", "Lilongwe"),
    ("Teachers marched in the capital on Monday. Officials in Lilongwe said talks would resume.",
     "marched", "Lilongwe"),
    # a foreign place named before: the capital is not known
    ("Kenyan teachers marched in the capital on Monday. Officials in Lilongwe said nothing.",
     "marched", None),
    # two capitals named after: not known either
    ("Teachers marched in the capital on Monday. The ministry in Lilongwe said talks would resume. "
     "Officials in Harare said nothing.", "marched", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "trigger", "place"), CAPITALS, ids=[c[0][:40] for c in CAPITALS])
def test_the_capital_is_the_one_capital_the_article_names(pipeline, text, trigger, place):
    assert event_place_text(pipeline, text, trigger) == place
