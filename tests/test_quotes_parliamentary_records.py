"""The quotes stage on a parliamentary record: a speaker's label in capitals with the name surname
first and a party and seat in brackets is a member's turn; an office's label with the holder's name
in brackets ("THE MINISTER OF LANDS (Mr Tomas Quispe):") is that person's; a label after a margin
time ("3.40 THE SPEAKER:") is a turn; margin times and notes on their own lines ("3.55",
"(Applause)") and a chorus or an unnamed member ("Hon. Members: Hear, hear!", "AN HON. MEMBER:")
are no one's quote; a quotation
passed on with "and I quote" is the one who told it, not the member; and a label after other turns
is no wire dateline (tables of invented records)."""

from __future__ import annotations

import pytest

from conftest import record_quote_rows as _rows
from storyline.stages.quotes import _SPEAKER_LABEL, _label_name

RECORD = (
    "NATIONAL ASSEMBLY OF TARANVA\n\n"
    "Wednesday, 4 March 2026\n\n"
    "3.40 THE SPEAKER: Order. The Minister of Lands has the floor.\n\n"
    "THE MINISTER OF LANDS (Mr Tomas Quispe): Madam Speaker, the title deeds for Rio Alto will be "
    "issued by May.\n\n"
    "(Applause)\n\n"
    "MS MAMANI ROSA (Unity, Rio Alto): The families have waited six years. A widow there told me, "
    'and I quote, "We are strangers on our own land." When will the deeds come?\n'
    "Hon. Members: Hear, hear!\n\n"
    "3.55\n"
    "THE MINISTER OF LANDS (Mr Tomas Quispe): The surveyors start work on Monday.\n"
    "AN HON. MEMBER: Which Monday?\n"
    "HON. MEMBERS: Order!\n"
    "(Interjections)\n"
    "MR CONDORI LUIS (Opposition, Llano Sur): We have heard that promise before."
)


def test_record_turns_and_their_speakers(pipeline):
    assert _rows(pipeline.process(RECORD, published="2026-03-04")) == [
        ("direct", "Order. The Minister of Lands has the floor.", "THE SPEAKER", None),
        (
            "direct",
            "Madam Speaker, the title deeds for Rio Alto will be issued by May.",
            "Mr Tomas Quispe",
            "Tomas Quispe",
        ),
        (
            "direct",
            "The families have waited six years. A widow there told me, and I quote, "
            '"We are strangers on our own land." When will the deeds come?',
            "MS MAMANI ROSA",
            "MAMANI ROSA",
        ),
        ("direct", "We are strangers on our own land.", "A widow there", None),
        ("direct", "The surveyors start work on Monday.", "Mr Tomas Quispe", "Tomas Quispe"),
        ("direct", "We have heard that promise before.", "MR CONDORI LUIS", "CONDORI LUIS"),
    ]


@pytest.mark.parametrize(
    "line,expected",
    [
        ("THE MINISTER OF LANDS (Mr Tomas Quispe): Thank you.", "Mr Tomas Quispe"),
        ("THE ATTORNEY GENERAL (Dr. Ines Paco): Thank you.", "Dr. Ines Paco"),
        ("MS MAMANI ROSA (Unity, Rio Alto): Thank you.", "MS MAMANI ROSA"),
        ("ANA RUIZ (PORT DIRECTOR): Thank you.", "ANA RUIZ"),
        ("LIDIA SOTO (Host): Thank you.", "LIDIA SOTO"),
    ],
)
def test_label_names(line, expected):
    assert _label_name(_SPEAKER_LABEL.match(line), []) == expected


def test_and_i_quote_passes_on_the_words(quote_stage, analyse):
    text = 'A farmer from Achacachi wrote to me, and I quote, "The river took our seed and our hope."'
    quotes = quote_stage(analyse(text), [], [])
    assert [(q.kind, q.text, q.cue.text if q.cue else None, q.speaker.text) for q in quotes] == [
        ("direct", "The river took our seed and our hope.", "wrote", "A farmer from Achacachi")
    ]


# an office of more than four words with its holder in brackets, after a margin time on a line of
# its own, and a heading in capitals between the turns that ends the turn before it
LONG_OFFICES = (
    "HOUSE OF ASSEMBLY OF MERAVIA\n\n"
    "2.30 THE SPEAKER: Order. I call on the Deputy Minister for Roads and Public Works.\n\n"
    "STATEMENT ON THE COLLAPSE OF THE TELLAN BRIDGE\n\n"
    "4.05\n"
    "THE DEPUTY MINISTER FOR ROADS AND PUBLIC WORKS (Ms Ilse Varga Noor): Thank you, Mr Speaker. "
    "The bridge gave way at dawn on Friday.\n\n"
    "Engineers will inspect every crossing on the river by June.\n\n"
    "THE MINISTER OF STATE FOR HEALTH, WELFARE AND SPORT (Dr. Pavel Orsic): Eight people are "
    "still in hospital.\n\n"
    "MR BRANKO TEODOR ILIC VUK (Greens, Tellan West): The warnings were ignored for years."
)


def test_long_office_labels_and_headings(pipeline):
    assert _rows(pipeline.process(LONG_OFFICES, published="2026-05-08")) == [
        ("direct", "Order. I call on the Deputy Minister for Roads and Public Works.", "THE SPEAKER", None),
        (
            "direct",
            "Thank you, Mr Speaker. The bridge gave way at dawn on Friday.",
            "Ms Ilse Varga Noor",
            "Ilse Varga Noor",
        ),
        (
            "direct",
            "Engineers will inspect every crossing on the river by June.",
            "Ms Ilse Varga Noor",
            "Ilse Varga Noor",
        ),
        ("direct", "Eight people are still in hospital.", "Dr. Pavel Orsic", "Pavel Orsic"),
        (
            "direct",
            "The warnings were ignored for years.",
            "MR BRANKO TEODOR ILIC VUK",
            "BRANKO TEODOR ILIC VUK",
        ),
    ]


# the presiding officer's label is the person the record's chair note names for that office
CHAIR_NOTES = [
    (
        "NATIONAL ASSEMBLY OF MERAVIA\n\n(The Deputy Speaker, Ms Irena Vukovic Marin, in the Chair.)\n\n"
        "The House was called to order.\n\n"
        "THE DEPUTY SPEAKER: Order. The Minister of Roads has the floor.\n\n"
        "MR HOLT ANDREJ (Greens, Tellan West): Madam Speaker, the bridge has been shut for a year.\n\n"
        "THE DEPUTY SPEAKER: Thank you. Next item.",
        "THE DEPUTY SPEAKER",
        "Irena Vukovic Marin",
    ),
    (
        "LEGISLATIVE COUNCIL OF ORVANE\n\n[THE CHAIRPERSON, Hon. Dario Pelt Rosen, in the Chair]\n\n"
        "THE CHAIRPERSON: Honourable members, we resume the debate on the budget.\n\n"
        "MS ANA LIRO (Unity, Port Kessel): The budget forgets the islands entirely.\n\n"
        "THE CHAIRPERSON: Order. The member will withdraw that remark.",
        "THE CHAIRPERSON",
        "Dario Pelt Rosen",
    ),
]


@pytest.mark.parametrize("text,label,person", CHAIR_NOTES)
def test_the_chair_label_is_the_person_the_chair_note_names(pipeline, text, label, person):
    rows = _rows(pipeline.process(text, published="2026-05-08"))
    assert [r[3] for r in rows if r[2] == label] == [person, person]


# a member's form of address to the chair opening a sentence is no speaker: the subject after it is
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Madam Speaker, our intelligence indicates that some of the raiders came from across the border.",
            ("our intelligence", "indicates"),
        ),
        ("Mr President, the farmers say that the prices are too low.", ("the farmers", "say")),
        ("Mr Holt, the farmers' leader, said that prices were too low.", ("Mr Holt", "said")),
    ],
)
def test_a_form_of_address_is_no_speaker(pipeline, text, expected):
    record = pipeline.process(text, published="2026-05-08")
    assert [(q.speaker.text, q.cue.text) for q in record.quotes] == [expected]
