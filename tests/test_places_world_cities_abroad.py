"""Places: in a story that plainly happens in one country, a city abroad of 100,000 people or
more keeps its reading though nothing else names its country ("a meeting of donors in Salzburg",
"the Court of Arbitration for Sport in Lausanne"); only smaller towns abroad give way (every
sentence invented)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Floods hit Nakuru, Naivasha and Kisumu on Monday, officials in Nairobi said. Farmers in "
            "Eldoret lost crops. The Kenya Red Cross said it would raise the matter at a meeting of "
            "donors in Salzburg next week.",
            "Salzburg",
            "AT",
        ),
        (
            "Riots broke out in Shkodër, Vlorë and Korçë after the match, police in Tirana said. The "
            "club said it would appeal to the Court of Arbitration for Sport in Lausanne.",
            "Lausanne",
            "CH",
        ),
    ],
)
def test_city_abroad_keeps_its_reading(pipeline, analyse, text, name, country) -> None:
    an = analyse(text)
    got = {p.text: (p.country, p.lat is not None) for p in pipeline.places(an, pipeline.entities(an))}
    assert got[name] == (country, True)
