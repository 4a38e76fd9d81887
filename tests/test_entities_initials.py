"""Entities: an acronym given as a name's initials in some language ("known by its Spanish
initials, X") is that organisation's, and the language word names no country (nor a place).

Every sentence is invented.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "name", "forms", "iso"),
    [
        (
            "LIMA — Members of the Federación Nacional de Mineros, known by its Spanish initials, FENAMI, "
            "blocked the highway on Friday.",
            "Federación Nacional de Mineros",
            ["Federación Nacional de Mineros", "FENAMI"],
            "PER",
        ),
        (
            "DAKAR — Members of the Collectif des Pêcheurs Artisanaux, known by its French acronym CPA, "
            "said the quota was unfair.",
            "Collectif des Pêcheurs Artisanaux",
            ["Collectif des Pêcheurs Artisanaux", "CPA"],
            "SEN",
        ),
    ],
)
def test_initials_in_a_language(pipeline, analyse, text: str, name: str, forms: list[str], iso: str) -> None:
    an = analyse(text)
    ents = pipeline.entities(an)
    hits = [e for e in ents if e.name == name]
    assert hits, [(e.name, e.type) for e in ents]
    e = hits[0]
    assert [m.text for m in e.mentions if m.text[:1].isupper()] == forms
    assert e.actor is not None and e.actor.country == iso
    assert not [x for x in ents if x.type == "NORP"]
    assert not [p for p in pipeline.places(an, ents) if p.country in ("ES", "FR")]
