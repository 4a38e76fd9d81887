"""Places (session 18, all sentences invented): a large town GeoNames files as a section of its
neighbour ("El Alto" of La Paz) is a town of its own (``place_city_sections.tsv``); a landmark
named for a common word ("Friendship Bridge") is never put at a town of that name abroad; a
common word inside an organisation's name ("Capital" of "Avenue Capital Group") is no place."""

from __future__ import annotations

import pytest


def _found(places, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.text, p.country, p.feature) for p in places(text)]


# (text, mention, country): city names that begin with an article ("El", "La", "Le", "Al")
@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("Street vendors in El Alto closed their stalls on Tuesday over a new fee.", "El Alto", "BO"),
        ("Teachers marched from El Alto down to the city centre on Friday.", "El Alto", "BO"),
        ("A court in La Paz adjourned the case on Monday.", "La Paz", "BO"),
        ("Dockers in Le Havre voted to strike on Monday.", "Le Havre", "FR"),
    ],
)
def test_city_with_an_article(places, text: str, mention: str, country: str) -> None:
    hits = [(p.country, p.feature) for p in places(text) if p.text == mention]
    assert hits == [(country, "city")]


# (text, found): a landmark named by a common word and no place in the story: no country, no point
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Traffic stopped on the Friendship Bridge on Monday after a lorry overturned.",
            [("Friendship Bridge", None, None)],
        ),
        (
            "Hundreds of cyclists crossed the Harmony Bridge on Sunday for a charity ride.",
            [("Harmony Bridge", None, None)],
        ),
    ],
)
def test_common_word_landmark_not_abroad(places, text: str, want: list) -> None:
    got = [(p.text, p.country, p.lat) for p in places(text)]
    assert got == want


# an organisation's name with a common word that is also a division's alias: no place
@pytest.mark.parametrize(
    "text",
    [
        "Avenue Capital Group said on Monday that it had raised $2 billion for a new fund.",
        "Shares in Summit Capital Partners rose 4% on Tuesday after the results.",
    ],
)
def test_no_place_in_org_name(places, text: str) -> None:
    assert _found(places, text) == []


# (text, first place): a dateline's town no source has, its country or region written after it,
# is a place of that country with no point; a known one keeps its reading
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "KOTHAMANGALAM, India — A school bus overturned on Monday, injuring 12 children.",
            ("KOTHAMANGALAM", "IN", None),
        ),
        (
            "VELLIKULAM, Kerala — A school bus overturned on Monday, injuring 12 children.",
            ("VELLIKULAM", "IN", None),
        ),
        ("TARVOSTAD, Norway (AP) — A ferry ran aground on Monday.", ("TARVOSTAD", "NO", None)),
        ("NAIROBI, Kenya — Traders closed their shops on Monday.", ("NAIROBI", "KE", "city")),
    ],
)
def test_dateline_town_unknown(places, text: str, want: tuple) -> None:
    first = places(text)[0]
    assert (first.text, first.country, first.feature) == want
