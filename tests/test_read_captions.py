"""A caption or subtitle file of a video report (WebVTT, SubRip) read as a page: its header as the
page's metadata, its cue numbers and time codes out of the parser's view, its cues' text joined into
running sentences, a speaker's label kept on its own line."""

from __future__ import annotations

import re

import pytest

from storyline.read import article_from_text
from storyline.read.captions import caption_file
from storyline.read.furniture import blank_furniture

VTT = """WEBVTT

NOTE
Broadcaster: Valley Signal Television
Aired: 17.03.2026
Reporter: Ines Varga

12
00:01:02.250 --> 00:01:05.900
Rescue crews in the hill town of

13
00:01:05.900 --> 00:01:09.300 align:start
Doruna reached 240 stranded hikers
after the storm.

14
00:01:09.300 --> 00:01:12.000
[KAREL NOVAK, MOUNTAIN GUIDE]
We walked them down in the dark.

15
00:01:12.000 --> 00:01:15.500
<v Narrator>The pass reopened on Friday.</v>
"""

SRT = """3
00:00:07,100 --> 00:00:10,400
Power returned to 5,200 households in

4
00:00:10,400 --> 00:00:13,800
the port district late on Sunday.
"""


def test_vtt_header_is_the_pages_metadata() -> None:
    a = article_from_text(VTT)
    got = (a.publisher, a.published, a.authors)
    assert got == ("Valley Signal Television", "2026-03-17", ("Ines Varga",))


def test_cue_furniture_out_of_the_view_and_cues_joined() -> None:
    view = blank_furniture(VTT)
    assert len(view) == len(VTT)
    assert "00:01" not in view and "WEBVTT" not in view and "NOTE" not in view and "<v" not in view
    joined = re.search(
        r"Rescue crews in the hill town of +Doruna reached 240 stranded hikers after the", view
    )
    assert joined is not None
    # the label opens a paragraph of its own and keeps its line
    assert "\n[KAREL NOVAK, MOUNTAIN GUIDE]\nWe walked them down in the dark." in view
    assert view.count("Valley Signal Television") == 1 and "17.03.2026" in view


def test_srt_sentence_across_cues_and_no_time_code_figures(analyse, pipeline) -> None:
    an = analyse(SRT, published="2026-04-02")
    sents = [" ".join(s.text.split()) for s in an.doc.sents if s.text.strip()]
    assert sents == ["Power returned to 5,200 households in the port district late on Sunday."]
    assert [q.text for q in pipeline.quantities(an)] == ["5,200 households"]


def test_vtt_times_and_paragraphs(analyse, time_triples) -> None:
    an = analyse(VTT, published=None)
    assert [VTT[s:e].split("\n")[0] for s, e in an.paragraphs][-3:] == [
        "Rescue crews in the hill town of",
        "[KAREL NOVAK, MOUNTAIN GUIDE]",
        "The pass reopened on Friday.",
    ]
    assert time_triples(VTT, published="2026-03-17") == [
        ("17.03.2026", "DATE", "2026-03-17"),
        ("Friday", "DATE", "2026-03-13"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The clip, marked 00:00:19.600 --> 00:00:24.100 in the file, was cut.\n\nNothing else.",
        "1\nThe first item.\n\n2\nThe second item.",
        # two time codes on lines of their own, but no cue's number above them
        "Two cuts:\n00:00:19.600 --> 00:00:24.100\n00:01:02.000 --> 00:01:05.000\nBoth went.",
    ],
)
def test_a_story_is_no_caption_file(text: str) -> None:
    assert caption_file(text) is None


def test_player_keys_are_blanked_whole() -> None:
    text = (
        "WEBVTT\nKind: captions\nLanguage: en\n\n00:00:01.000 --> 00:00:03.000\nThe levee held overnight.\n\n"
        "00:00:03.000 --> 00:00:05.500\nCrews stayed on it until dawn.\n"
    )
    view = blank_furniture(text)
    assert view.split() == [
        "The",
        "levee",
        "held",
        "overnight.",
        "Crews",
        "stayed",
        "on",
        "it",
        "until",
        "dawn.",
    ]


def test_a_note_between_cues_is_no_cue_text() -> None:
    text = (
        "WEBVTT\n\n1\n00:00:01.000 --> 00:00:03.000\nThe levee held\n\nNOTE checked by the desk at 18:40\n\n"
        "2\n00:00:03.000 --> 00:00:05.500\nthrough the night.\n"
    )
    assert blank_furniture(text).split() == ["The", "levee", "held", "through", "the", "night."]
