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


# A header's lines split at "|" into pieces: an unkeyed broadcaster's name (its acronym dropped) and
# programme, the day it aired, the reporter without the camera operator beside, a numbering blanked.
PIPED = """WEBVTT
Kind: captions
Language: en

NOTE
Lakeside Broadcasting Corporation (LBC) | Night Desk
Aired: 04.11.2026 | Segment 2 of 6 | Duration 02:40
Reporter: Tomas Keller | Producer: Ana Ruiz

1
00:00:00.000 --> 00:00:03.500
[ANCHOR] Floodwater swept through the market town

2
00:00:03.500 --> 00:00:07.000
of Belmora on Tuesday night.
"""

# A SubRip file with a title line above its first cue, split at spaced dashes.
SRT_TITLED = """Harbour Vision News - Evening Report - 12 March 2026

1
00:00:00,000 --> 00:00:03,500
Firefighters battled a blaze at a warehouse

2
00:00:03,500 --> 00:00:07,000
in the port district late on Sunday.
"""

# An exported subtitle file: only the player's keys above the cues.
EXPORTED = """WEBVTT
Kind: captions
Language: en

00:00:00.000 --> 00:00:03.500
Firefighters battled a blaze at a warehouse

00:00:03.500 --> 00:00:07.000
in the port district late on Sunday.
"""

# A story's title and its programme keyed: the title is the headline, the programme no author.
TITLED = """WEBVTT

NOTE
Title: Storm cuts power to coastal towns
Programme: Morning Edition
Channel: Coastline TV
Broadcast date: 2026-05-02

1
00:00:00.000 --> 00:00:03.500
>> ANCHOR: Storm winds cut power to thousands

2
00:00:03.500 --> 00:00:07.000
<v Mira Sol>along the coast on Friday.</v>
"""

# A STYLE block, then a one-line NOTE of unkeyed pieces.
STYLED = """WEBVTT

STYLE
::cue { color: yellow }

NOTE Radio Kestrel | Drive Time | 21 May 2026

1
00:00:00.000 --> 00:00:03.500
Storm winds cut power to thousands

2
00:00:03.500 --> 00:00:07.000
along the coast on Friday.
"""


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (PIPED, ("Lakeside Broadcasting Corporation", "2026-11-04", ("Tomas Keller",), "Night Desk")),
        (SRT_TITLED, ("Harbour Vision News", "2026-03-12", (), "Evening Report")),
        (EXPORTED, (None, None, (), None)),
        (TITLED, ("Coastline TV", "2026-05-02", (), "Storm cuts power to coastal towns")),
        (STYLED, ("Radio Kestrel", "2026-05-21", (), "Drive Time")),
    ],
    ids=["piped-note", "srt-title-line", "player-keys-only", "title-and-programme", "style-and-note-line"],
)
def test_caption_header_fills_the_article_and_no_cue_is_its_headline(text: str, want: tuple) -> None:
    a = article_from_text(text)
    assert (a.publisher, a.published, a.authors, a.headline) == want
    assert a.contributors == ()


CUES = (
    "\n\n1\n00:00:00.000 --> 00:00:03.500\nStorm winds cut power to thousands\n\n"
    "2\n00:00:03.500 --> 00:00:07.000\nalong the coast on Friday.\n"
)


@pytest.mark.parametrize(
    ("head", "want"),
    [
        # a piece in sentence case is the story's title, never the broadcaster
        ("WEBVTT\n\nNOTE Gales cut power to harbour towns", (None, None, "Gales cut power to harbour towns")),
        (
            "WEBVTT\n\nNOTE Radio Kestrel | Gales cut power to harbour towns | 21 May 2026",
            ("Radio Kestrel", "2026-05-21", "Gales cut power to harbour towns"),
        ),
        # a keyed broadcaster: the unkeyed name is the programme
        (
            "WEBVTT\n\nNOTE\nDrive Time | Broadcaster: Radio Kestrel\nAired: 21 May 2026",
            ("Radio Kestrel", "2026-05-21", "Drive Time"),
        ),
    ],
)
def test_unkeyed_pieces_by_their_shape(head: str, want: tuple) -> None:
    a = article_from_text(head + CUES)
    assert (a.publisher, a.published, a.headline) == want


def test_a_header_numbering_is_furniture_and_the_pieces_are_read() -> None:
    captions = caption_file(PIPED)
    assert captions is not None
    assert captions.untitled == ("Lakeside Broadcasting Corporation (LBC)", "Night Desk")
    assert (captions.header["aired"], captions.header["reporter"]) == ("04.11.2026", "Tomas Keller")
    view = blank_furniture(PIPED)
    assert "Segment 2 of 6" not in view and "02:40" not in view and "Producer:" not in view
    assert "Tomas Keller" in view and "Ana Ruiz" in view


# A header's rule lines ("=====", "* * *") and a piece with no letter or figure are no broadcaster's
# name, and a pipe opening or closing a line parts its pieces as one between them does.
@pytest.mark.parametrize(
    ("head", "want"),
    [
        (
            "WEBVTT\n\nNOTE\n==========================\nTide FM | Late Report\nAired: 3 June 2026\n"
            "==========================",
            ("Tide FM", "2026-06-03", "Late Report"),
        ),
        (
            "WEBVTT\n\nNOTE\n* * *\nTide FM | Late Report | 3 June 2026",
            ("Tide FM", "2026-06-03", "Late Report"),
        ),
        ("WEBVTT\n\nNOTE | Tide FM | Late Report | 3 June 2026 |", ("Tide FM", "2026-06-03", "Late Report")),
        ("WEBVTT\n\nNOTE\n| -- | Tide FM | Late Report |", ("Tide FM", None, "Late Report")),
        (
            "WEBVTT\n\nNOTE\n| Tide FM | Late Report |\n| Aired: 3 June 2026 |",
            ("Tide FM", "2026-06-03", "Late Report"),
        ),
    ],
    ids=["rule-lines", "asterisks", "pipe-edges", "empty-cells", "keyed-cell"],
)
def test_rules_and_edge_pipes_are_no_pieces(head: str, want: tuple) -> None:
    a = article_from_text(head + CUES)
    assert (a.publisher, a.published, a.headline) == want
