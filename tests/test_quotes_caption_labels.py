"""The quotes stage on subtitle files and broadcast transcripts that label each voice in square
brackets (or in round ones in capitals): the lines after a person's label ("[DR. ANA RUIZ,
SURGEON] (in Somali)") are that
person's words up to the next label, over cue lines and blank lines; a narrator's or reporter's
label opens the report's own voice, no quote; a sound note ("[MUSIC]") is skipped; a "[Read
more: …]" link makes no caption file; and the entities stage makes the labelled name a person
(tables of invented pages)."""

from __future__ import annotations

import pytest

from conftest import record_quote_rows as _rows
from storyline.stages.quotes import _caption_speaker

CLINIC = (
    "Night shift at the river clinic\n\n"
    "A video report from Bor, subtitled in English.\n\n"
    "[NARRATOR] The clinic has had no power since the floods.\n\n"
    "[DR. LUAL DENG, SURGEON] (in Dinka)\n"
    "We stitch wounds by the light of our phones.\n"
    "Three babies were born here last night.\n\n"
    "[REPORTER] How long can you go on?\n\n"
    "[DR. LUAL DENG, SURGEON]\n"
    "Until the medicine runs out, perhaps a week.\n\n"
    "[MUSIC]\n\n"
    "[ACHOL MAYEN, MIDWIFE]\n"
    "The mothers walk here through the water."
)

CUES = (
    "WEBVTT\n\n"
    "1\n00:00:01.000 --> 00:00:04.000\n[NARRATOR] Herders near Kidal say the wells are drying up.\n\n"
    "2\n00:00:04.200 --> 00:00:07.500\n[MOUSSA AG ALHER, HERDER] (in Tamasheq)\n"
    "We lost forty goats in one month\n\n"
    "3\n00:00:07.600 --> 00:00:09.900\nand the rain has not come.\n\n"
    "4\n00:00:10.000 --> 00:00:12.000\n[REPORTER] Where will you go?"
)


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            CLINIC,
            [
                (
                    "direct",
                    "We stitch wounds by the light of our phones.\nThree babies were born here last night.",
                    "DR. LUAL DENG",
                    "LUAL DENG",
                ),
                ("direct", "Until the medicine runs out, perhaps a week.", "DR. LUAL DENG", "LUAL DENG"),
                ("direct", "The mothers walk here through the water.", "ACHOL MAYEN", "ACHOL MAYEN"),
            ],
        ),
        # cue numbers and time codes left in the text are skipped; a sentence running over two
        # cues is one turn; the narrator's report keeps its own speaker, without the label
        (
            CUES,
            [
                ("indirect", "the wells are drying up", "Herders near Kidal", None),
                (
                    "direct",
                    "We lost forty goats in one month\n\n3\n00:00:07.600 --> 00:00:09.900\n"
                    "and the rain has not come.",
                    "MOUSSA AG ALHER",
                    "MOUSSA AG ALHER",
                ),
            ],
        ),
    ],
)
def test_bracketed_labels_open_turns(pipeline, text, expected):
    assert _rows(pipeline.process(text, published="2026-03-04")) == expected


ROUND = (
    "Inside the flooded school\n\n"
    "(NARRATOR) The school in Jacobabad has been under water for a week.\n\n"
    "(NASREEN KHOSO, TEACHER)\nWe carried the books to the roof, but the rain reached them.\n\n"
    "(REPORTER) Will classes start again?\n\n"
    "(NASREEN KHOSO, TEACHER)\nNot before the water goes down.\n\n"
    "(REUTERS) Officials said the schools would stay shut."
)


def test_round_bracketed_labels_in_capitals(pipeline):
    assert _rows(pipeline.process(ROUND, published="2026-03-04")) == [
        (
            "direct",
            "We carried the books to the roof, but the rain reached them.",
            "NASREEN KHOSO",
            "NASREEN KHOSO",
        ),
        ("direct", "Not before the water goes down.", "NASREEN KHOSO", "NASREEN KHOSO"),
        ("indirect", "the schools would stay shut", "Officials", None),
    ]


def test_links_in_brackets_make_no_caption_file(pipeline):
    text = (
        "Storm closes the port\n\n[Read more: Storm season begins early]\n\n"
        "The port of Beira closed on Monday.\n\n[Photo: Cranes idle at the quay]\n\nShips waited offshore."
    )
    assert _rows(pipeline.process(text, published="2026-03-04")) == []


@pytest.mark.parametrize(
    "label,expected",
    [
        ("NARRATOR", "narration"),
        ("SENIOR CORRESPONDENT", "narration"),
        ("DR. LUAL DENG, SURGEON", "DR. LUAL DENG"),
        ("ACHOL MAYEN", "ACHOL MAYEN"),
        ("UNIDENTIFIED WOMAN", "UNIDENTIFIED WOMAN"),
        ("MUSIC", None),
        ("CROWD CHANTING", None),
        ("SPEAKING DINKA", None),
        ("POLICE SIRENS", None),
        ("Read more about the floods", None),
    ],
)
def test_caption_label_kinds(label, expected):
    assert _caption_speaker(label, []) == expected
