"""Pages another tool saved, sent or printed (:mod:`storyline.read.exports`): a forwarded e-mail's
header blocks, a read-later app's Markdown export with its YAML front matter, a thread-reader page, a
report's PDF with its title line, issuer and page footers. The reader takes the story's own metadata,
not the tool's; the parser's view has the tool's furniture blanked."""

from __future__ import annotations

import pytest

from storyline.read import find_metadata
from storyline.read.exports import issuer_line, mail_headers, page_footers
from storyline.read.furniture import blank_furniture

FORWARD = """---------- Forwarded message ---------
From: Newsroom Alerts <alerts@coastwire.example.net>
Date: Tue, Feb 3, 2026 at 7:15 AM
Subject: Evening Digest: Ferry service suspended
To: <editor@example.org>


The Coastwire Evening Digest

Ferry service suspended after engine fire

By Ingrid Solheim

2 February 2026

The island ferry was taken out of service on Monday after a fire in its engine room in Bergen.
"""

DOUBLE_FORWARD = """---------- Forwarded message ---------
From: Omar Haddad <omar@example.org>
Date: Mon, Nov 9, 2026 at 8:02 AM
Subject: Fwd: Delta Courier Today
To: Rita Mensah <rita@example.org>

---------- Forwarded message ---------
From: Delta Courier <news@deltacourier.example.com>
Date: Sun, Nov 8, 2026 at 6:10 PM
Subject: Delta Courier Today
To: <omar@example.org>

Delta Courier

Dockers block port gates over unpaid wages

By Kofi Boateng

7 November 2026

Dockers blocked the port gates on Saturday morning over unpaid wages, a union official said.
"""

NOTED_FORWARD = """---------- Forwarded message ---------
From: Tomasi Vula <tomasi@reefdive.example.fj>
Date: Thu, Apr 9, 2026 at 6:55 AM
Subject: Fwd: Cyclone warning lifted for the western islands
To: Dive Desk <desk@reefdive.example.fj>

Team, read this before the briefing. We reopen the Mamanuca trips on Friday if the boats are cleared.
T.

Sent from my iPad

---------- Original message ---------
From: Coral Coast Bulletin <news@coralcoastbulletin.example.fj>
Date: Wed, Apr 8, 2026 at 9:40 PM
Subject: Cyclone warning lifted for the western islands

CORAL COAST BULLETIN | Night Edition
View this email in your browser

Cyclone warning lifted for the western islands

By Litia Naivalu
8 April 2026

The weather office lifted its cyclone warning for the western islands on Wednesday evening after the storm
turned south, but ferries will stay in port until the sea calms.
"""

NO_OWN_DATE = """---------- Forwarded message ---------
From: Desk <desk@example.org>
Date: Thu, 12 Mar 2026 09:30:00 +0000
Subject: Notes from the council session
To: <team@example.org>

The council voted to delay the budget after a long debate over school funding in the northern districts.
"""


@pytest.mark.parametrize(
    ("text", "published", "publisher", "authors"),
    [
        (FORWARD, "2026-02-02", "The Coastwire Evening Digest", ("Ingrid Solheim",)),
        (DOUBLE_FORWARD, "2026-11-07", "Delta Courier", ("Kofi Boateng",)),
        # a forwarder's note above the forwarded message's headers is not the page's head: the
        # briefing's name over its chrome is
        (NOTED_FORWARD, "2026-04-08", "CORAL COAST BULLETIN", ("Litia Naivalu",)),
    ],
)
def test_forwarded_newsletter_reads_its_own_date_byline_and_name(
    text: str, published: str, publisher: str | None, authors: tuple[str, ...]
) -> None:
    meta = find_metadata(text)
    assert (meta.published, meta.publisher, meta.authors) == (published, publisher, authors)


def test_forwarded_newsletter_headline_under_a_forwarders_note() -> None:
    assert find_metadata(NOTED_FORWARD).headline == "Cyclone warning lifted for the western islands"


def test_mail_header_blocks_and_their_dates() -> None:
    blocks = mail_headers(DOUBLE_FORWARD)
    assert [value for _, value in blocks] == ["Mon, Nov 9, 2026 at 8:02 AM", "Sun, Nov 8, 2026 at 6:10 PM"]
    assert DOUBLE_FORWARD[blocks[0][0][0] :].startswith("---------- Forwarded message")
    assert mail_headers("To: all staff\nFrom: the director\n\nThe office will close early.") == []


def test_forward_headers_are_blanked_in_the_parsers_view() -> None:
    view = blank_furniture(FORWARD)
    assert len(view) == len(FORWARD)
    assert "Feb 3" not in view and "Newsroom Alerts" not in view and "Subject" not in view
    assert "By Ingrid Solheim" in view
    assert find_metadata(NO_OWN_DATE).published == "2026-03-12"  # no date of its own: the message's


YAML_EXPORT = """---
title: "Bridge closed after barge strikes pier in Rosario"
author: "[[Mateo Gimenez]]"
source: https://www.paranadaily.example.com/2026/04/22/rosario-bridge-barge/
saved: 2026-04-29
tags: [transport, argentina]
---

# Bridge closed after barge strikes pier in Rosario

*By Mateo Gimenez*

**Wednesday**

Authorities closed the bridge in Rosario on Wednesday after a barge struck a pier, the port authority said.

*Additional reporting by Carla Benitez.*
"""

YAML_DATED = """---
title: Heatwave strains power grid in Lahore
author:
  - "[[Sana Iqbal]]"
date: 2026-06-11
created: 2026-06-20
url: https://example.com/heatwave
---

**By Sana Iqbal**

The city's electricity company imposed rolling cuts on Thursday as demand hit a record.
"""


@pytest.mark.parametrize(
    ("text", "published", "authors", "contributors", "headline", "url"),
    [
        (
            YAML_EXPORT,
            "2026-04-22",  # the address's day, not the app's "saved:" one
            ("Mateo Gimenez",),
            ("Carla Benitez",),
            "Bridge closed after barge strikes pier in Rosario",
            "https://www.paranadaily.example.com/2026/04/22/rosario-bridge-barge/",
        ),
        (
            YAML_DATED,
            "2026-06-11",
            ("Sana Iqbal",),
            (),
            "Heatwave strains power grid in Lahore",
            "https://example.com/heatwave",
        ),
    ],
)
def test_markdown_export_reads_front_matter_and_marked_byline(
    text: str,
    published: str,
    authors: tuple[str, ...],
    contributors: tuple[str, ...],
    headline: str,
    url: str,
) -> None:
    meta = find_metadata(text)
    assert (meta.published, meta.authors, meta.contributors, meta.headline, meta.url) == (
        published,
        authors,
        contributors,
        headline,
        url,
    )


def test_markdown_export_view_has_no_front_matter_nor_marks() -> None:
    view = blank_furniture(YAML_EXPORT)
    assert len(view) == len(YAML_EXPORT)
    assert "saved" not in view and "[[" not in view and "*" not in view and "#" not in view
    assert " By Mateo Gimenez " in view and "  Wednesday  " in view

    text = "Turnout was 61%* in the capital.\n\n*Provisional figure."
    assert blank_furniture(text) == text  # a plain page's asterisks stay


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            YAML_EXPORT,  # no "Bridge" from the front matter's title
            [
                ("GPE", "Rosario"),
                ("PERSON", "Mateo Gimenez"),
                ("ORG", "port authority"),
                ("PERSON", "Carla Benitez"),
            ],
        ),
        (
            FORWARD,  # no "Newsroom Alerts" from the headers
            [("ORG", "The Coastwire Evening Digest"), ("PERSON", "Ingrid Solheim"), ("LOC", "Bergen")],
        ),
    ],
)
def test_export_furniture_gives_no_entities(entities, text: str, names: list[tuple[str, str]]) -> None:
    assert [(e.type, e.name) for e in entities(text, published="2026-04-22")] == names


THREAD = """Thread by @kmarsh_news
Kiri Marsh
@kmarsh_news
Aug 28 • 6 posts

(1/6) A landslide has closed the highway north of Ohakune this afternoon. Police say no one was hurt.

(2/6) Contractors will start clearing the road on Friday, the transport agency says.

Saved on 30 Aug 2026
"""

THREAD_BY_NAME = """Thread by Rahul Verma (@rverma)
Dec 30 · 4 posts

1/ Flights out of the city were cancelled all morning because of fog, the airport said.

Saved on 2 Jan 2027
"""


THREAD_APP = """Thread by @tnkosi_reports on Thread Reader App
Thabo Mbeki-Nkosi
@tnkosi_reports
Jul 14 • 7 tweets • 2 min read

(1/7) Taxi drivers have blocked the main road into Durban this morning over new permit fees.

Saved on 16 Jul 2026
"""

THREAD_LINKS = """Thread by @abeni_news
Abebe Tadesse
@abeni_news
Feb 2 • 5 posts • 1 min read • Read on Bluesky • Share

(1/5) Bus fares in the capital rose by a third on Monday, the transport bureau said.

This thread was saved on Feb 3, 2026.
"""


@pytest.mark.parametrize(
    ("text", "published", "authors"),
    [
        (THREAD, "2026-08-28", ("Kiri Marsh",)),
        (THREAD_LINKS, "2026-02-02", ("Abebe Tadesse",)),  # links and labels beside the day
        (THREAD_BY_NAME, "2026-12-30", ("Rahul Verma",)),  # the year before the footer's
        (THREAD_APP, "2026-07-14", ("Thabo Mbeki-Nkosi",)),
    ],
)
def test_thread_page_date_and_author(text: str, published: str, authors: tuple[str, ...]) -> None:
    meta = find_metadata(text)
    assert (meta.published, meta.authors) == (published, authors)


THREAD_SERVICE = """SPOOLR
Trending   Threads   Log in

Thread by @nbaraka_tz

Neema Baraka
@nbaraka_tz
Reporter in Dodoma. Views my own.

May 5 • 4 posts • Read on X

(1/4) The bridge over the Kinyasungwe river collapsed after overnight rains, cutting the road to the south.

Saved on 6 May 2026
"""

THREAD_OUTLET = """Thread by Lakeside Gazette (@lakesidegazette)
Jan 9 • 3 posts

1/ The ferry to the outer islands will not sail on Friday because of high winds, the operator said.

Saved on 10 Jan 2026
"""

THREAD_ON_NETWORK = """Thread by @ivolkova on Mastodon
Irina Volkova
@ivolkova
Oct 2 • 5 posts

(1/5) Bus drivers in the port city walked off the job at dawn over unpaid overtime.

Saved on 3 Oct 2026
"""


@pytest.mark.parametrize(
    ("text", "publisher", "authors"),
    [
        (THREAD_SERVICE, "X", ("Neema Baraka",)),  # the network, not the reader service over the page
        (THREAD_LINKS, "Bluesky", ("Abebe Tadesse",)),
        (THREAD_ON_NETWORK, "Mastodon", ("Irina Volkova",)),
        (THREAD_OUTLET, "Lakeside Gazette", ()),  # a news outlet's own thread: its name, no author
        (THREAD_APP, None, ("Thabo Mbeki-Nkosi",)),  # "on Thread Reader App": the service, no network
    ],
)
def test_thread_page_publisher(text: str, publisher: str | None, authors: tuple[str, ...]) -> None:
    meta = find_metadata(text)
    assert (meta.publisher, meta.authors) == (publisher, authors)


def test_thread_post_numbers_are_blanked() -> None:
    view = blank_furniture(THREAD)
    assert "(1/6)" not in view and "(2/6)" not in view and "6 posts" not in view
    assert "      A landslide has closed" in view


SITREP = """REGIONAL EMERGENCY RESPONSE OFFICE FOR THE ANDES (EROA)
Situation Report No. 3 | 9 February 2026

Floods in Cochabamba

Heavy rains since 2 February have flooded nine municipalities of Cochabamba department, affecting
about 12,000 families, according to the departmental government. Partners have distributed water
filters and hygiene kits in the worst-affected municipalities of the
Page 2 of 4
eroa.example.org
tropical lowlands, where roads remain cut.
"""

FLASH = """Office for Coastal Disaster Relief (OCDR)
Flash Update #5 – 17 July 2026

Typhoon damage in Quezon

The typhoon made landfall on 15 July, damaging houses along the coast.
"""


@pytest.mark.parametrize(
    ("text", "published", "publisher"),
    [
        (SITREP, "2026-02-09", "Regional Emergency Response Office for the Andes"),
        (FLASH, "2026-07-17", "Office for Coastal Disaster Relief"),
    ],
)
def test_report_title_line_and_issuer(text: str, published: str, publisher: str) -> None:
    meta = find_metadata(text)
    assert (meta.published, meta.publisher) == (published, publisher)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("UNITED NATIONS PEACE OFFICE (UNPO)", "United Nations Peace Office"),
        ("Office for Coastal Disaster Relief (OCDR)", "Office for Coastal Disaster Relief"),
        ("Floods in the north (update)", None),
        ("NATIONAL POLICE SERVICE (XYZ)", None),
    ],
)
def test_issuer_line(line: str, name: str | None) -> None:
    assert issuer_line(line) == name


def test_page_footer_inside_a_sentence_is_joined_in_the_view() -> None:
    view = blank_furniture(SITREP)
    assert len(view) == len(SITREP)
    assert "Page 2" not in view and "eroa.example.org" not in view
    assert "municipalities of the" in view and "\n" not in view[view.index("of the") : view.index("tropical")]
    assert page_footers("He read page 2 of 4 aloud.") == []


def test_forwarded_newsletter_headline_is_under_its_name() -> None:
    assert find_metadata(FORWARD).headline == "Ferry service suspended after engine fire"


SAVED_PAGE = """Rains cut the coastal road near Tumbes

Heavy rains cut the coastal road near Tumbes on Tuesday, the transport ministry said, stranding trucks.

Saved on 4 Mar 2026
"""


def test_an_apps_saved_day_is_no_publication_date() -> None:
    assert find_metadata(SAVED_PAGE).published is None
    view = blank_furniture(SAVED_PAGE)
    assert "Saved" not in view and "4 Mar 2026" not in view and len(view) == len(SAVED_PAGE)


THREAD_ONE_LINE = """Thread by @dtanaka
Daichi Tanaka (@dtanaka)
Nov 2 · 11:05 AM

1/ Fishermen in Choshi say the harbour has been closed since the morning because of high waves.

Saved on 3 Nov 2026
"""

YAML_TWO_AUTHORS = """---
title: Port workers end strike in Durban
authors: Thandi Zulu, Pieter Nel
published: "2026-09-30T08:00:00+02:00"
---

Port workers in Durban ended a week-long strike on Tuesday after a wage deal, their union said.
"""

SITREP_AS_OF = """INTER-AGENCY DROUGHT RESPONSE UNIT (IDRU)
Situation Report No. 11 (as of 14 August 2026)

Drought in the southern provinces
"""


@pytest.mark.parametrize(
    ("text", "published", "authors", "publisher"),
    [
        (THREAD_ONE_LINE, "2026-11-02", ("Daichi Tanaka",), None),
        (YAML_TWO_AUTHORS, "2026-09-30", ("Thandi Zulu", "Pieter Nel"), None),
        (SITREP_AS_OF, "2026-08-14", (), "Inter-Agency Drought Response Unit"),
    ],
)
def test_export_variants(text: str, published: str, authors: tuple[str, ...], publisher: str | None) -> None:
    meta = find_metadata(text)
    assert (meta.published, meta.authors, meta.publisher) == (published, authors, publisher)


LINKED_EXPORT = """---
title: Mine rescue reaches trapped workers
saved: 2026-01-02
---

![Rescuers at the pit head](https://example.com/photos/pit.jpg)

By [Nadia Flores](https://example.com/author/nadia-flores)

> "We can hear them," the rescue chief said.
"""


def test_markdown_images_links_and_quote_marks_are_blanked() -> None:
    view = blank_furniture(LINKED_EXPORT)
    assert "pit.jpg" not in view and "Rescuers at the pit head" not in view and ">" not in view
    assert "By  Nadia Flores " in view and '  "We can hear them,"' in view
    meta = find_metadata(LINKED_EXPORT)
    assert (meta.authors, meta.published) == (("Nadia Flores",), None)  # the app's day is no date


OUTLOOK_FW = """From: Jo Park <jo@example.org>
Sent: Monday, May 4, 2026 9:12 AM
To: Desk <desk@example.org>
Subject: FW: Riverside Post Evening

Riverside Post
3 May 2026
Flood barriers raised along the river front

The city raised its flood barriers on Sunday as the river rose to a ten-year high, officials said.
"""

OUTLOOK_RULE = """________________________________
From: Harbour Gazette <news@harbourgazette.example>
Sent: Monday, May 4, 2026 9:12 AM
To: Jo Park
Subject: Harbour Gazette Evening

Harbour Gazette

Tug strike delays tankers at the outer anchorage

By Marek Novak

Tug crews walked out on Sunday, delaying four tankers at the outer anchorage, the port said.
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (OUTLOOK_FW, ("2026-05-03", "Riverside Post", (), "Flood barriers raised along the river front")),
        (
            OUTLOOK_RULE,  # no day of its own: the message's
            (
                "2026-05-04",
                "Harbour Gazette",
                ("Marek Novak",),
                "Tug strike delays tankers at the outer anchorage",
            ),
        ),
    ],
)
def test_outlook_forwards(text: str, expected: tuple) -> None:
    meta = find_metadata(text)
    assert (meta.published, meta.publisher, meta.authors, meta.headline) == expected


RUNNING_HEAD = """AGENCY FOR FLOOD RELIEF (AFR)
Flash Update No. 2 | 6 April 2026

Teams reached 30 flooded villages along the
Page 2 of 3
Flash Update No. 2 | 6 April 2026
lower river, the agency said.
"""


def test_page_footer_and_repeated_running_head_are_read_across(time_triples) -> None:
    view = blank_furniture(RUNNING_HEAD)
    assert view.count("Flash Update") == 1 and "Page 2" not in view
    assert (
        "villages along the" in view and "\n" not in view[view.index("along the") : view.index("lower river")]
    )
    assert [t for t in time_triples(RUNNING_HEAD, "2026-04-06") if t[0] == "6 April 2026"] == [
        ("6 April 2026", "DATE", "2026-04-06")
    ]
