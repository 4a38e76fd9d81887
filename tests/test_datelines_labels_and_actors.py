"""Wire datelines: a label before the dateline ("UPDATE:", "EXCLUSIVE:", "CORRECTION:") does not stop it
being read; a title-case place before a country and a dash ("Kalisz, Poland — The council …") is a
dateline; and a dateline is never an event's source nor part of an actor's phrase, even when the
parser hangs it on the subject ("GAO (Reuters) - Security forces arrested …").
Every name and sentence here is invented."""

from __future__ import annotations

import pytest

from storyline.read import datelines

# --- 1. a label before the dateline -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("UPDATE: ELDORET, Kenya (AP) — Police arrested 12 people.", ("ELDORET", "Kenya", "AP")),
        ("UPDATED: ELDORET, Kenya — Police arrested 12 people.", ("ELDORET", "Kenya", None)),
        ("UPDATE 2: CUZCO, Peru (Reuters) - Miners blocked a road.", ("CUZCO", "Peru", "Reuters")),
        ("Exclusive: TRIPOLI (Reuters) - The coast guard said.", ("TRIPOLI", None, "Reuters")),
        ("CORRECTION: Sylhet (AFP) - A ferry sank on Monday.", ("Sylhet", None, "AFP")),
        ("BREAKING NEWS: AREQUIPA, Peru — A quake struck.", ("AREQUIPA", "Peru", None)),
        ("Breaking: SKOPJE — The parliament voted.", ("SKOPJE", None, None)),
        # a label with no dateline after it is no place
        ("UPDATE: Police said on Friday that two men were held.", None),
        ("EXCLUSIVE: The minister resigned.", None),
        # a word that is no label stays the dateline place it was
        ("SKOPJE: The parliament voted.", ("SKOPJE", None, None)),
    ],
)
def test_dateline_after_a_label(text: str, expected: tuple | None) -> None:
    lines = datelines(text)
    got = (
        (
            text[slice(*lines[0].place)],
            text[slice(*lines[0].region)] if lines[0].region else None,
            lines[0].agency,
        )
        if lines
        else None
    )
    assert got == expected


def test_label_is_inside_the_dateline() -> None:
    text = "UPDATE: ELDORET, Kenya (AP) — Police arrested 12 people."
    (line,) = datelines(text)
    assert (line.start, text[line.start : line.end]) == (0, "UPDATE: ELDORET, Kenya (AP) — ")


# --- 2. a title-case place before a country and a dash ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kalisz, Poland — The council approved the plan.", ("Kalisz", "Poland", None)),
        ("Bosaso, Somalia – Police arrested five men.", ("Bosaso", "Somalia", None)),
        ("Bosaso, Somalia, May 4 – Police arrested five men.", ("Bosaso", "Somalia", (5, 4))),
        ("Kalisz, Poland - “We are ready,” the mayor said.", ("Kalisz", "Poland", None)),
        # a pair of countries, a lower-case word after the dash, a colon, or no country: no dateline
        ("Serbia, Kosovo — The talks resumed.", None),
        ("Kalisz, Poland - a town of 100,000 people.", None),
        ("Kalisz, Poland: The council approved the plan.", None),
        ("Kalisz, Wielkopolska — The council approved the plan.", None),
    ],
)
def test_title_case_dateline_before_a_country(text: str, expected: tuple | None) -> None:
    lines = datelines(text)
    got = (text[slice(*lines[0].place)], text[slice(*lines[0].region)], lines[0].month_day) if lines else None
    assert got == expected


# --- 3. a dateline is no actor ---------------------------------------------------------------------------


def _roles(pipeline, text: str) -> list[tuple]:
    record = pipeline.process(text, published="2021-05-08")
    names = {e.id: e.name for e in record.entities}
    return [
        (e.trigger.text, [names[s] for s in e.source], [names[t] for t in e.target], e.date)
        for e in record.events
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser hangs the dateline on the subject: the generic actor's phrase starts after it
        (
            "GAO (Reuters) - Security forces arrested three suspects on Tuesday.",
            [("arrested", ["Security forces"], ["three suspects"], "2021-05-04")],
        ),
        # a title-case dateline's town is no subject
        (
            "Bosaso, Somalia, May 4 – Police arrested five pirates on Tuesday.",
            [("arrested", ["Police"], ["five pirates"], "2021-05-04")],
        ),
    ],
)
def test_dateline_is_no_source(pipeline, text: str, expected: list[tuple]) -> None:
    assert _roles(pipeline, text) == expected


def test_title_case_dateline_place_is_no_actor(pipeline) -> None:
    record = pipeline.process(
        "Kalisz, Poland — The government announced new flood aid on Monday.", published="2021-05-08"
    )
    kalisz = next(e for e in record.entities if e.name == "Kalisz")
    names = {e.id: e.name for e in record.entities}
    assert (kalisz.actor, kalisz.attributes.get("dateline")) == (None, True)
    assert [[names[s] for s in e.source] for e in record.events] == [["government"]]


def test_event_takes_the_place_of_a_dateline_after_a_label(pipeline) -> None:
    record = pipeline.process(
        "UPDATE: ELDORET, Kenya (AP) — Police arrested 12 protesters on Saturday.", published="2021-05-08"
    )
    (event,) = record.events
    assert event.place is not None and record.places[event.place].name == "Eldoret"
