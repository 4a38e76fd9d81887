"""Places and gazetteer: a national capital GeoNames names otherwise than the country list does
("Ulan Bator" for "Ulaanbaatar", "Astana" for "Nur-Sultan") is still marked as the capital, and a
capital written by such a name is the city, not the first-level division the capital forms; "the
capital" of an article naming it then takes that city. Invented texts.
"""

from __future__ import annotations

import pytest

from conftest import event_place_text
from storyline.gazetteer import distance_km, load_gazetteer

# (country list's capital name, country): the city entry it names is a national capital
ALIASED_CAPITALS = [("Ulaanbaatar", "MN"), ("Nur-Sultan", "KZ"), ("Astana", "KZ")]


@pytest.mark.parametrize(("name", "country"), ALIASED_CAPITALS)
def test_a_capital_known_by_another_name_is_marked(name, country):
    gaz = load_gazetteer()
    capitals = [e for e in gaz.lookup(name) if e.feature == "city" and e.index in gaz.capitals]
    assert [e.country for e in capitals] == [country]


# (sentence, mention, country, lat, lon, tolerance km): the city, not its division's box centre
CAPITAL_CITIES = [
    ("Herders drove their trucks into Ulaanbaatar on Thursday to demand lower fuel prices.",
     "Ulaanbaatar", "MN", 47.91, 106.88, 5),
    ("A new metro line will open in Ulaanbaatar next year, the transport ministry said.",
     "Ulaanbaatar", "MN", 47.91, 106.88, 5),
]  # fmt: skip


@pytest.mark.parametrize(("text", "mention", "country", "lat", "lon", "km"), CAPITAL_CITIES)
def test_a_capital_by_its_other_name_is_the_city(places, text, mention, country, lat, lon, km):
    (p,) = [p for p in places(text) if p.text == mention]
    assert (p.feature, p.country, p.geonames_id) == ("city", country, 2028462)
    assert distance_km(p.lat, p.lon, lat, lon) <= km


# (text, trigger, place of the event): "the capital" is the capital the article names
THE_CAPITAL = [
    ("Mongolian riot police tore down the fences of a camp in the capital on Monday. The city "
     "government in Ulaanbaatar said the land had been sold.", "tore down", "Ulaanbaatar"),
    ("Students marched in the capital on Sunday. Officials in Ulaanbaatar promised a reply.",
     "marched", "Ulaanbaatar"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "trigger", "place"), THE_CAPITAL, ids=[c[1] for c in THE_CAPITAL])
def test_the_capital_takes_a_capital_known_by_another_name(pipeline, text, trigger, place):
    assert event_place_text(pipeline, text, trigger) == place
