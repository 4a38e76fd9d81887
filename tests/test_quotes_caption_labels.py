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


# A broadcast transcript's chevrons (">> ANCHOR:", ">> NAME:"), WebVTT voice tags ("<v Name>", the
# reporter's own voice when the header names her the reporter), a reporter's label with the role
# ("[NAME, REPORTER]") whose later bare "[NAME]" is narration too, and a report's content past an
# anchor's label the parser read as words of the sentence.
CHEVRONS = (
    "WEBVTT\n\n"
    "1\n00:00:01.000 --> 00:00:04.000\n>> ANCHOR: A fire destroyed the main market\nin Korvaa overnight.\n\n"
    "2\n00:00:04.200 --> 00:00:07.500\n>> REPORTER: Traders were back at dawn\nto see what was left.\n\n"
    "3\n00:00:07.600 --> 00:00:09.900\n>> MIRJA TALVI: I had sixty pairs of shoes\nand now I have none.\n\n"
    "4\n00:00:10.000 --> 00:00:12.000\n>> REPORTER: The fire brigade says the cause is not known.\n"
)
VOICES = (
    "WEBVTT\n\nNOTE\nBroadcaster: Delta Vision\nAired: 04.11.2026\nReporter: Lina Haddad\n\n"
    "1\n00:00:01.000 --> 00:00:04.000\n<v Lina Haddad>Floodwater swept through the market town\n"
    "of Belmora on Tuesday night.\n\n"
    "2\n00:00:04.200 --> 00:00:07.500\n<v Omar Qasim>We lost everything in the shop.\n"
    "The water came up to the roof.\n\n"
    "3\n00:00:07.600 --> 00:00:09.900\n<v.loud Omar Qasim>Nobody warned us.\n\n"
    "4\n00:00:10.000 --> 00:00:12.000\n<v Lina Haddad>The council says it will pay for repairs.\n"
)
NAMED_REPORTER = (
    "WEBVTT\n\n"
    "1\n00:00:01.000 --> 00:00:04.000\n[ANCHOR] Police in Varna arrested two men this evening,\n"
    "the interior ministry said.\n\n"
    "2\n00:00:04.200 --> 00:00:07.500\n[SEVDA MARINOVA, REPORTER] The shops on this street are shut.\n\n"
    "3\n00:00:07.600 --> 00:00:09.900\n[PETAR KOLEV, SHOP OWNER] They broke every window.\n\n"
    "4\n00:00:10.000 --> 00:00:12.000\n[SEVDA MARINOVA] Kolev has run the shop for thirty years.\n"
)


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            CHEVRONS,
            [
                ("direct", "I had sixty pairs of shoes\nand now I have none.", "MIRJA TALVI", None),
                ("indirect", "the cause is not known", "The fire brigade", None),
            ],
        ),
        (
            VOICES,
            [
                (
                    "direct",
                    "We lost everything in the shop.\nThe water came up to the roof.",
                    "Omar Qasim",
                    None,
                ),
                ("direct", "Nobody warned us.", "Omar Qasim", None),
                ("indirect", "it will pay for repairs", "The council", None),
            ],
        ),
        (
            NAMED_REPORTER,
            [
                (
                    "indirect",
                    "Police in Varna arrested two men this evening",
                    "the interior ministry",
                    "interior ministry",
                ),
                ("direct", "They broke every window.", "PETAR KOLEV", "PETAR KOLEV"),
            ],
        ),
    ],
)
def test_chevrons_voices_and_reporters(pipeline, text, expected):
    assert _rows(pipeline.process(text)) == expected


# the reporter the header names speaks the narration under her own name's label, and a "he" in it is
# never her (the entity stage may link it to her label)
REPORTER_NAMED_IN_HEADER = (
    "WEBVTT\n\nNOTE\nDelta Vision | Evening News\nAired: 04.11.2026\nReporter: Sevda Marinova\n\n"
    "1\n00:00:01.000 --> 00:00:04.000\n[ANCHOR] A mine flooded near Pernik overnight.\n\n"
    "2\n00:00:04.200 --> 00:00:07.500\n[PETAR KOLEV, RESCUE CHIEF] (in Bulgarian)\n"
    "We pumped water all night.\n\n"
    "3\n00:00:07.600 --> 00:00:09.900\n[SEVDA MARINOVA] Kolev's crew came from Sofia.\n"
    "He says two miners are still trapped.\n"
)


def test_the_reporter_of_the_header_narrates(pipeline):
    assert _rows(pipeline.process(REPORTER_NAMED_IN_HEADER)) == [
        ("direct", "We pumped water all night.", "PETAR KOLEV", "PETAR KOLEV"),
        ("indirect", "two miners are still trapped", "He", "PETAR KOLEV"),
    ]


# a voice tag naming the report's own voice ("<v Narrator>", "<v Reporter>") is narration, as its
# label in brackets is: no speaker, and the voices of people around it are read on
NARRATOR_VOICES = (
    "WEBVTT\n\n"
    "1\n00:00:01.000 --> 00:00:04.000\n<v Narrator>A landslide buried the road above Tirana overnight.\n\n"
    "2\n00:00:04.200 --> 00:00:07.500\n<v Besa Kola>My brother was driving home when it came down.\n\n"
    "3\n00:00:07.600 --> 00:00:09.900\n<v.loud Reporter>Crews are still digging.\n\n"
    "4\n00:00:10.000 --> 00:00:12.000\n<v Besa Kola>We are waiting at the barrier.\n"
)


def test_a_narrators_voice_tag_is_narration(pipeline):
    assert _rows(pipeline.process(NARRATOR_VOICES)) == [
        ("direct", "My brother was driving home when it came down.", "Besa Kola", None),
        ("direct", "We are waiting at the barrier.", "Besa Kola", None),
    ]
