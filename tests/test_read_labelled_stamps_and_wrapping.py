"""Session 20: a stamp with a label, a zero-padded day and a printed issue's number ("Posted 04 February
2026 | Vol. XI, No. 7") is the page's date; text hard-wrapped at a fixed column (a print page, a PDF) is
parsed as its paragraphs, each wrapped break a space in the parser's view, while the record keeps the
article's own text and offsets; and times: a folio line's date in capitals, "by the end of the week"
and "by week's end", "the week/weekend/month/year before last", a quarter coded "Q2 2025" or "Q3", and
a bare month after "as early as" in a past clause (the past one).
Every page, name and sentence here is invented."""

from __future__ import annotations

import json

import pytest

from storyline.read import article_from_text, find_metadata, parse_stamp
from storyline.read.wrapping import unwrapped, wrapped_breaks

# --- 1. a stamp with a printed issue's number ----------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Posted 04 February 2026 | Vol. XI, No. 7", ("posted", "2026-02-04")),
        ("Posted 04 February 2026 | Vol. 11, No. 7", ("posted", "2026-02-04")),
        ("Published 09 April 2025 — Volume XXI, Issue 14", ("published", "2025-04-09")),
        ("Updated 02 Dec 2024 – Vol. III No. 2", ("updated", "2024-12-02")),
        ("Filed 06 October 2025 | Vol. VI, No. 31 | Page 2", ("filed", "2025-10-06")),
        ("Posted 04 February 2026 | Vol. XI, No. 7, p. 3", ("posted", "2026-02-04")),
        ("Posted 04 February 2026 | Vol. XI", ("posted", "2026-02-04")),
        ("Posted 04 February 2026 - No. 7", ("posted", "2026-02-04")),
        ("Posted 04 February 2026 | Vol. XI, Iss. 7", ("posted", "2026-02-04")),
        ("Posted 04 February 2026 | Vol 11 No 7", ("posted", "2026-02-04")),
        ("POSTED 04 FEBRUARY 2026 | VOL. XI, NO. 7", ("posted", "2026-02-04")),
        ("Posted 04 February 2026 | Notes 7", None),
        # what the stamp held already
        ("Posted 04 February 2026", ("posted", "2026-02-04")),
        ("Issue 88 | 4 February 2026", ("", "2026-02-04")),
        # words of a headline or a link beside a date are no issue's number
        ("Posted 04 February 2026 | Library hours grow", None),
        ("Posted 04 February 2026 | Vol. of sales falls", None),
    ],
)
def test_stamp_with_issue_number(line: str, expected: tuple[str, str] | None) -> None:
    assert parse_stamp(line) == expected


@pytest.mark.parametrize(
    ("page", "published", "authors", "headline"),
    [
        (
            "The Glenmere Courier\n\nNight buses return to the campus loop\n\n"
            "By Oona Petrakis, Staff Writer\n"
            "Posted 04 February 2026 | Vol. XI, No. 7\n\nThe night bus to the campus loop will run again "
            "from next week, the transport office said on Monday.\n",
            "2026-02-04",
            ("Oona Petrakis",),
            "Night buses return to the campus loop",
        ),
        (
            "Night buses return to the campus loop\n\nPublished 17 March 2025 — Volume IV, Issue 9\n\n"
            "The night bus to the campus loop will run again from next week, the transport office said.\n",
            "2025-03-17",
            (),
            "Night buses return to the campus loop",
        ),
    ],
)
def test_issue_stamp_is_the_page_date(
    page: str, published: str, authors: tuple[str, ...], headline: str
) -> None:
    meta = find_metadata(page)
    assert (meta.published, meta.authors, meta.headline) == (published, authors, headline)


# --- 2. hard-wrapped text --------------------------------------------------------------------------------

WRAPPED = (
    "Reservoir pumps to be reviewed after shortages\n"
    "\n"
    "By Halvard Quist\n"
    "\n"
    "CARROW BAY — The district water authority on Monday\n"
    "ordered a review of the reservoir pumps after a week of\n"
    "shortages, and its chief engineer, Ingrid Solveig\n"
    "Amundsen-Reyes, said the work would take a month.\n"
    "\n"
    "The board approved the review by a show of hands, and 27\n"
    "households asked to be moved off the old pipeline, a\n"
    "spokesman for the authority said on Tuesday.\n"
    "\n"
    '"We cannot promise that the taps will run every day," said\n'
    "Teodor Vance, who runs the residents' association in the\n"
    "lower town.\n"
)


def _breaks(text: str) -> list[str]:
    """The words on either side of each wrapped break."""
    return [f"{text[:i].split()[-1]}|{text[i + 1 :].split()[0]}" for i in wrapped_breaks(text)]


def test_wrapped_breaks_are_the_paragraphs_inner_breaks() -> None:
    assert _breaks(WRAPPED) == [
        "Monday|ordered",
        "of|shortages,",
        "Solveig|Amundsen-Reyes,",
        "27|households",
        "a|spokesman",
        "said|Teodor",
        "the|lower",
    ]


def test_unwrapped_view_keeps_every_offset() -> None:
    view = unwrapped(WRAPPED)
    assert len(view) == len(WRAPPED)
    assert [i for i, (a, b) in enumerate(zip(WRAPPED, view, strict=True)) if a != b] == wrapped_breaks(
        WRAPPED
    )
    assert view.count("\n") == WRAPPED.count("\n") - 7
    assert "Ingrid Solveig Amundsen-Reyes" in view and "and 27 households" in view


NARROW = (
    "The ferry line between the two\n"
    "islands will close for repairs\n"
    "next month, its owner, Bertil\n"
    "Osei-Lund, said on Friday. The\n"
    "work on the landing stage is to\n"
    "take about six weeks, and some 40\n"
    "crew members will be moved to a\n"
    "route further south.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a narrow print column: every inner break, the one after "Friday. The" too (a capital after a
        # stop stays a sentence start either way, but here the line goes on past the stop)
        (
            NARROW,
            [
                "two|islands",
                "repairs|next",
                "Bertil|Osei-Lund,",
                "The|work",
                "to|take",
                "40|crew",
                "a|route",
            ],
        ),
        # a word hyphenated across the break joins with its hyphen ("govern- ment" in the view)
        (
            "The regional assembly voted on Thursday to ask the govern-\n"
            "ment for a new bridge over the river, which has been closed\n"
            "since the floods of last winter, and for a ferry to run in\n"
            "the meantime between the two banks of the town.\n",
            ["govern-|ment", "closed|since", "in|the"],
        ),
        # a sentence's end before a capital keeps its break
        (
            "Firefighters worked through the night to put out the blaze.\n"
            "No one was hurt, the fire service said in a statement on\n"
            "Sunday, and the cause of the fire was being investigated by\n"
            "the police and by inspectors from the regional council, who\n"
            "were expected at the scene of the fire on Monday morning with\n"
            "their dogs.\n",
            ["on|Sunday,", "by|the", "who|were", "with|their"],
        ),
    ],
)
def test_wrapped_breaks(text: str, expected: list[str]) -> None:
    assert _breaks(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a web page: one paragraph a line
        "Reservoir pumps to be reviewed\n\nBy Halvard Quist\n\n"
        "The district water authority on Monday ordered a review of the reservoir pumps after a week of "
        "shortages.\n\nIts chief engineer said the work would take a month.\n",
        # a press office's contact block and a menu: short lines, no column
        "Media contact\nLena Holm, press officer\nGlenmere Water Board\npress@example.org | +46 00 000 00\n",
        "Home\nNews\nworld\nsport\nweather\nopinion\n",
        # a list of bullets under a wrapped line: the bullets keep their lines
        "- the pumps at the upper station will be replaced\n- the old pipeline will be closed in stages\n"
        "- the lower town will get water from tankers\n",
        # two wrapped-looking lines are too little to tell a column
        "The district water authority on Monday ordered a review\nof the reservoir pumps after a week of "
        "shortages.\n",
    ],
)
def test_unwrapped_text_has_no_wrapped_breaks(text: str) -> None:
    assert wrapped_breaks(text) == []
    assert unwrapped(text) == text


def test_list_items_keep_their_breaks_in_a_wrapped_text() -> None:
    text = (
        "The district water authority on Monday set out its plan for\n"
        "the summer, after a week in which the taps in the lower town\n"
        "ran dry for hours at a time and the tankers could not keep up\n"
        "with the demand from households and from the two hospitals:\n"
        "- new pumps at the upper station\n"
        "- tankers for the lower town\n"
    )
    assert _breaks(text) == ["for|the", "town|ran", "up|with"]


def test_wrapped_headline_is_read_whole() -> None:
    page = (
        "Glenmere water board orders review of the upper reservoir pumps\n"
        "after shortages\n\nBy Halvard Quist\n\n" + WRAPPED.split("\n\n", 2)[2]
    )
    meta = find_metadata(page)
    assert (meta.headline, meta.authors) == (
        "Glenmere water board orders review of the upper reservoir pumps after shortages",
        ("Halvard Quist",),
    )


def test_analysis_reads_the_view(analyse) -> None:
    an = analyse(WRAPPED, published="2026-02-11")
    assert an.article.text == WRAPPED
    assert an.text == unwrapped(WRAPPED) == an.doc.text
    starts = [s[0].text for s in an.sentences if s[0].text.strip()]
    assert "Amundsen-Reyes" not in starts and "households" not in starts and "Teodor" not in starts


@pytest.fixture(scope="module")
def wrapped_record(pipeline):
    return pipeline.process(WRAPPED, published="2026-02-11")


def test_wrapped_record_reads_names_counts_and_speakers(wrapped_record) -> None:
    rec = wrapped_record
    names = {e.name for e in rec.entities if e.type == "PERSON"}
    assert {"Ingrid Solveig Amundsen-Reyes", "Teodor Vance"} <= names
    assert "Ingrid Solveig" not in names
    assert [(q.text, q.value, q.what) for q in rec.quantities] == [("27\nhouseholds", 27, "households")]
    direct = [q for q in rec.quotes if q.kind == "direct"]
    assert [(q.text, q.speaker.text if q.speaker else None) for q in direct] == [
        ("We cannot promise that the taps will run every day", "Teodor Vance")
    ]


def test_wrapped_record_spans_are_the_articles_text(wrapped_record) -> None:
    rec = wrapped_record
    text = rec.article.text
    spans = [m for e in rec.entities for m in e.mentions]
    spans += [*rec.times, *rec.quotes, *rec.places, *rec.quantities]
    spans += [q.cue for q in rec.quotes if q.cue] + [ev.trigger for ev in rec.events]
    spans += [s for ev in rec.events for s in (ev.source_text, ev.target_text) if s]
    assert spans and all(text[s.start : s.end] == s.text for s in spans)
    speakers = [q.speaker for q in rec.quotes if q.speaker]
    assert all(text[s.start : s.end] == s.text for s in speakers)
    assert any("\n" in s.text for s in spans)  # "Ingrid Solveig\nAmundsen-Reyes" keeps its break


def test_wrapped_record_is_the_record_of_its_view(pipeline, wrapped_record) -> None:
    """Every stage reads the wrapped text as it reads the same text with its wrapped breaks made
    spaces: the two records differ only in the breaks kept in the spans' text."""
    flat = pipeline.process(unwrapped(WRAPPED), published="2026-02-11")

    def plain(rec) -> str:
        data = json.loads(rec.to_json())
        data.pop("article")
        return json.dumps(data).replace("\\n", " ")

    assert plain(wrapped_record) == plain(flat)


def test_realigned_record_of_unwrapped_text_is_itself(pipeline) -> None:
    article = article_from_text("Ministers met in Carrow Bay on Monday.\n", published="2026-02-11")
    rec = next(pipeline.process_articles([article]))
    assert [e.name for e in rec.entities if e.type == "GPE"] in ([], ["Carrow Bay"])
    assert all(rec.article.text[t.start : t.end] == t.text for t in rec.times)


# --- 3 to 6. times -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def time_items(pipeline, analyse):
    def run(text: str, published: str) -> list[tuple[str, str | None, str | None]]:
        return [(t.text, t.value, t.mod) for t in pipeline.times(analyse(text, published=published))]

    return run


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # 3. a print page's folio line in capitals
        (
            "THURSDAY, MARCH 12, 2026 · PAGE B3 · REGION\n\nThe ferry line closed on Wednesday.\n",
            "2026-03-12",
            [("THURSDAY, MARCH 12, 2026", "2026-03-12", None), ("Wednesday", "2026-03-11", None)],
        ),
        (
            "12 MARCH 2026 | PAGE 7\n\nThe ferry line closed on Wednesday.\n",
            "2026-03-12",
            [("12 MARCH 2026", "2026-03-12", None), ("Wednesday", "2026-03-11", None)],
        ),
        ("SEPT. 3, 2025 · A2\n\nThe pool reopened.\n", "2025-09-03", [("SEPT. 3, 2025", "2025-09-03", None)]),
        # 4. the end of the week, the month, the year
        (
            "The harbour master wants the wreck moved by the end of the week.",
            "2026-03-12",
            [("the end of the week", "2026-W11", "END")],
        ),
        ("Crews hope to clear the road by week's end.", "2026-03-12", [("week's end", "2026-W11", "END")]),
        (
            "The council expects the audit by month's end.",
            "2026-03-12",
            [("month's end", "2026-03", "END")],
        ),
        (
            "The depot will stay shut until the end of the month.",
            "2026-03-12",
            [("the end of the month", "2026-03", "END")],
        ),
        # 5. the one before the last
        (
            "The two climbers set out the weekend before last.",
            "2026-03-12",
            [("the weekend before last", "2026-W09-WE", None)],
        ),
        (
            "Fuel prices rose the week before last, traders said.",
            "2026-03-12",
            [("the week before last", "2026-W09", None)],
        ),
        (
            "Exports fell the month before last and rose the year before last.",
            "2026-03-12",
            [("the month before last", "2026-01", None), ("the year before last", "2024", None)],
        ),
        ("The climbers set out last weekend.", "2026-03-12", [("last weekend", "2026-W10-WE", None)]),
        # 6. a quarter coded with a Q
        ("Sales of the brewer rose 6 percent in Q2 2025.", "2026-03-12", [("Q2 2025", "2025-Q2", None)]),
        (
            "Output in 2025 Q4 and Q1-2026 was flat.",
            "2026-03-12",
            [("2025 Q4", "2025-Q4", None), ("Q1-2026", "2026-Q1", None)],
        ),
        ("Sales of the brewer fell in Q3, it said.", "2026-03-12", [("Q3", "2025-Q3", None)]),
        ("The brewer expects sales to grow in Q3.", "2026-03-12", [("Q3", "2026-Q3", None)]),
        ("The brewer expects a rebound in Q1.", "2026-11-12", [("Q1", "2027-Q1", None)]),
        ("Sales in Q1 were flat, the brewer said.", "2026-03-12", [("Q1", "2026-Q1", None)]),
        ("Sales grew from Q1 to Q3.", "2026-11-12", [("Q1", "2026-Q1", None), ("Q3", "2026-Q3", None)]),
        # 7. "as early as" a bare month looks back in a past clause, ahead in one that looks forward
        (
            "Engineers had been told as early as January that the levee was leaking.",
            "2026-05-14",
            [("January", "2026-01", None)],
        ),
        (
            "Engineers were told as early as January that the levee leaked.",
            "2026-05-14",
            [("January", "2026-01", None)],
        ),
        (
            "Tenants complained as late as April that the lifts were broken.",
            "2026-05-14",
            [("April", "2026-04", None)],
        ),
        ("The levee could be repaired as early as January.", "2026-05-14", [("January", "2027-01", None)]),
        (
            "The builder said it would pay no later than January.",
            "2026-05-14",
            [("January", "2027-01", None)],
        ),
    ],
)
def test_round20_times(
    time_items, text: str, published: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert time_items(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Drivers on the Q3 bus route were told to wait.", []),  # a bus route's name
        ("The squad will field Q12 and QA4 units.", []),
        ("Answers to Q2 of the survey were mixed.", []),
        ("TROOPS MAY 8 HOURS WAIT", [("8 HOURS", "PT8H", None)]),  # capitals without a year are no date
        ("Q3 results were better than forecast, the brewer said.", [("Q3", "2025-Q3", None)]),
    ],
)
def test_no_quarter_or_caps_date(time_items, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert time_items(text, "2026-03-12") == expected
