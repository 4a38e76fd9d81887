"""Places: a place word inside the publisher's name ("Medina" of the site "Medina Times", in its
masthead and its copyright line) is no place of the story."""

from __future__ import annotations

PAGE = (
    "SALALAH COURIER\n"
    "Independent news from Dhofar\n\n"
    "Fishermen protest as fuel prices rise\n\n"
    "By Hamed Al-Rawas\n\n"
    "MUSCAT - Fishermen gathered outside the ministry in Muscat on Sunday to protest at fuel prices.\n\n"
    "(c) 2026 Salalah Courier. All rights reserved."
)


def test_publisher_name_is_no_place(pipeline) -> None:
    record = pipeline.process(PAGE, published="2026-03-12")
    assert record.article.publisher == "Salalah Courier"
    assert [(p.text, p.name, p.country) for p in record.places] == [
        ("Dhofar", "Dhofar", "OM"),
        ("MUSCAT", "Muscat", "OM"),
        ("Muscat", "Muscat", "OM"),
    ]
