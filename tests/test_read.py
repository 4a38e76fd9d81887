"""Reading articles: metadata found in the text, the three file formats, and bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.errors import ReadError
from storyline.read import (
    Metadata,
    article_from_text,
    datelines,
    find_metadata,
    html_to_article_parts,
    iso_date,
    parse_byline,
    parse_stamp,
    read_paths,
    read_sources,
)
from storyline.record import article_id

BODY = "Officials met on Friday to discuss the plan.\n\n"
HEAD = "Storm hits coast as thousands flee\n\n"

# text -> expected metadata fields (only the fields named are checked)
METADATA_CASES = [
    (
        BODY + "This report from The Canadian Press was first published on January 5, 2020.",
        {"publisher": "The Canadian Press", "published": "2020-01-05"},
    ),
    (
        BODY + "This article was originally published on 3 March 2021 by The Guardian.",
        {"publisher": "The Guardian", "published": "2021-03-03"},
    ),
    (BODY + "First published on Sept. 4th, 2019", {"published": "2019-09-04", "publisher": None}),
    (BODY + "This story by the Toronto Star was published Jan. 3, 2021.", {"publisher": "The Toronto Star"}),
    (BODY + "With files from the Associated Press.", {"contributors": ("Associated Press",)}),
    (
        BODY + "With files from Reuters and The Associated Press.",
        {"contributors": ("Reuters", "Associated Press")},
    ),
    (
        BODY + "With files from Reuters, Agence France-Presse and CNN",
        {"contributors": ("Reuters", "Agence France-Presse", "CNN")},
    ),
    (
        BODY + "Terry Pedwell, The Canadian Press",
        {"authors": ("Terry Pedwell",), "publisher": "The Canadian Press"},
    ),
    (BODY + "Maria Gomez | Reuters", {"authors": ("Maria Gomez",), "publisher": "Reuters"}),
    ("By Jane Doe\n\n" + BODY, {"authors": ("Jane Doe",), "publisher": None}),
    (
        "By JANE DOE and John Roe, Reuters\n\n" + BODY,
        {"authors": ("Jane Doe", "John Roe"), "publisher": "Reuters"},
    ),
    (
        "By Ana Lopes and Pieter de Vries, Continental Press Agency\n\n" + BODY,
        {"authors": ("Ana Lopes", "Pieter de Vries")},
    ),
    (
        BODY + "(Reporting by Ann Lee in Paris; Additional reporting by Bob Smith; Editing by Tim Cook)",
        {"authors": ("Ann Lee",), "contributors": ("Bob Smith",)},
    ),
    ("LONDON (Reuters) - Markets fell on Monday.\n\nMore text.", {"publisher": "Reuters"}),
    ("SANTIAGO, Chile (AP) — Thousands marched.\n\nMore text.", {"publisher": "The Associated Press"}),
    # an agency tag is named (agency_tags in data/actors.json); an unknown tag is kept as written
    ("MANILA (AFP) - A boat was hit.\n\nMore text.", {"publisher": "Agence France-Presse"}),
    ("BERLIN (dpa) - Talks began.\n\nMore text.", {"publisher": "Deutsche Presse-Agentur"}),
    ("KYIV (Ukrinform) - Sirens sounded.\n\nMore text.", {"publisher": "Ukrinform"}),
    (BODY + "With files from AP and AFP.", {"contributors": ("Associated Press", "Agence France-Presse")}),
    # the dateline below a headline, a byline and a time stamp
    (
        "Police fire tear gas in Nairobi\n\nBy SAM KARIUKI\nUpdated 6:15 PM GMT, June 11, 2024\n\n"
        "NAIROBI, Kenya (AP) — Police fired tear gas.\n\nMore text.",
        {
            "publisher": "The Associated Press",
            "published": "2024-06-11",
            "authors": ("Sam Kariuki",),
            "headline": "Police fire tear gas in Nairobi",
        },
    ),
    # time stamps alone on a line near the top: a bare date, "Published", "Posted", ISO
    (
        "Thursday, October 3, 2024\n\nBoat rammed near shoal\n\n" + BODY,
        {"published": "2024-10-03", "headline": "Boat rammed near shoal"},
    ),
    (
        "Storm kills 16\n\nBy Farhana Ahmed, Staff Correspondent\nPublished 28 May 2024\n\n" + BODY,
        {"published": "2024-05-28", "authors": ("Farhana Ahmed",)},
    ),
    ("Posted at 10:30 a.m. ET, Jan. 5, 2020\n\n" + BODY, {"published": "2020-01-05"}),
    ("2023-04-02T08:00:00Z\n\n" + BODY, {"published": "2023-04-02"}),
    # published wins over updated, whichever comes first
    (
        "Updated: 5 May 2023\nPublished: 4 May 2023\n\n" + BODY,
        {"published": "2023-05-04"},
    ),
    # the place a reporter filed from is not part of the name
    (
        BODY + "(Reporting by Ann Lee in Geneva and Tom Nowak in Vienna; Additional reporting by "
        "Leila Ahmadi in Dubai and Dan Brooks in Washington; Editing by Helen Carter)",
        {"authors": ("Ann Lee", "Tom Nowak"), "contributors": ("Leila Ahmadi", "Dan Brooks")},
    ),
    ("Storm hits coast as thousands flee\n\n" + BODY, {"headline": "Storm hits coast as thousands flee"}),
    # the page's address copied above the headline, and a stamp under it, are passed over
    (
        "https://news.example.org/world/ferry-sinks-off-coast\n\nFerry sinks off coast\n\n" + BODY,
        {"headline": "Ferry sinks off coast", "url": "https://news.example.org/world/ferry-sinks-off-coast"},
    ),
    (
        "www.example.org/a/1234\n\nUpdated 4 May 2024\n\nMayor quits after audit\n\n" + BODY,
        {"headline": "Mayor quits after audit", "published": "2024-05-04"},
    ),
    # the page's address with spaces after it, after a label, or with no blank line under it
    (
        "https://lagoon.example.net/2023/07/08/pier-closes \n\nPier closes after storm\n\n" + BODY,
        {"headline": "Pier closes after storm", "url": "https://lagoon.example.net/2023/07/08/pier-closes"},
    ),
    (
        "Source: https://lagoon.example.net/2023/07/08/pier\n\nPier closes after storm\n\n" + BODY,
        {"headline": "Pier closes after storm", "url": "https://lagoon.example.net/2023/07/08/pier"},
    ),
    (
        "URL: www.lagoon.example.net/2023-07-08/pier\nPier closes after storm\n\n" + BODY,
        {"headline": "Pier closes after storm", "url": "www.lagoon.example.net/2023-07-08/pier"},
    ),
    (
        "https://lagoon.example.net/world/pier\nPier closes after storm\n\n" + BODY,
        {"headline": "Pier closes after storm", "url": "https://lagoon.example.net/world/pier"},
    ),
    ("Source: the harbour office\n\nPier closes after storm\n\n" + BODY, {"url": None}),
    # negative cases: ordinary sentences are not metadata
    (BODY + "The minister said the talks would go on.", {"authors": (), "publisher": None, "headline": None}),
    (
        "A fact.\n\nThe report by the World Bank was first published on March 3, 2019, and said much.\n\n"
        + "More.\n\n" * 8,
        {"published": None, "publisher": None},
    ),
    ("By the end of the day, the river had risen.\n\n" + BODY, {"authors": ()}),
    # a sentence with a date in it is no time stamp (see OPENING_DATE_PAGES for a full date opening the
    # first paragraph before a dash: that is the page's dateline, and its date)
    ("The protest ended on June 11, 2024.\n\n" + BODY, {"published": None}),
    ("Updated guidance was issued on June 11, 2024.\n\n" + BODY, {"published": None}),
    (BODY + "Prime Minister Justin Trudeau", {"authors": (), "publisher": None}),
    # a byline without "By": a name line alone under the headline, a place or an agency after
    # it, a newspaper's name on the line below
    (HEAD + "Dana Whitfield\n\n" + BODY, {"authors": ("Dana Whitfield",), "publisher": None}),
    (HEAD + "Clara Vogt in Frankfurt\n\n" + BODY, {"authors": ("Clara Vogt",)}),
    (
        HEAD + "Ann Lee and Bo Kim, Reuters\n\n" + BODY,
        {"authors": ("Ann Lee", "Bo Kim"), "publisher": "Reuters"},
    ),
    (
        HEAD + "Dana Whitfield\nThe Harbour Times\n\n" + BODY,
        {"authors": ("Dana Whitfield",), "publisher": "The Harbour Times"},
    ),
    (
        HEAD + "By Kofi Mensah\nThe Coast Herald\nPublished 28 May 2024\n\n" + BODY,
        {"authors": ("Kofi Mensah",), "publisher": "The Coast Herald", "published": "2024-05-28"},
    ),
    # ... but not a place, a section label, a title, a name line with no headline above it
    # or a plain line under a byline
    (HEAD + "New York\n\n" + BODY, {"authors": ()}),
    (HEAD + "Latest News\n\n" + BODY, {"authors": (), "publisher": None}),
    (HEAD + "Prime Minister Justin Trudeau\n\n" + BODY, {"authors": ()}),
    ("Dana Whitfield\n\n" + BODY, {"authors": ()}),
    (HEAD + "Dana Whitfield\nTalks resumed in the city today.\n\n" + BODY, {"publisher": None}),
    # pages: a site name with its navigation on top, a byline with a title after a comma a few
    # lines down, stamps with a time zone and an "Updated" part, a copyright footer, a
    # "contributed reporting" line
    (
        "Harbour Times | World | Africa\n\nDam talks stall\n\nNile states trade blame\n\n"
        "By Kofi Mensah, Africa correspondent\nMarch 3, 2025 | 8:15 am\n\n" + BODY,
        {"publisher": "Harbour Times", "authors": ("Kofi Mensah",), "published": "2025-03-03"},
    ),
    (
        "The Valley Courier\nHome > World > Asia\n\nFloods kill 12\n\nMeera Joshi\n"
        "Published: 2025-07-17 10:30 IST | Updated: 2025-07-18 16:05 IST\n\n" + BODY,
        {"publisher": "The Valley Courier", "authors": ("Meera Joshi",), "published": "2025-07-17"},
    ),
    (
        HEAD
        + "By Élodie Brun, Paris bureau chief\n4 May 2024, 15:30 CET | Updated 5 May 2024, 09:00 CET\n\n"
        + BODY,
        {"authors": ("Élodie Brun",), "published": "2024-05-04"},
    ),
    (BODY + "© 2025 The Coast Herald. All rights reserved.", {"publisher": "The Coast Herald"}),
    (BODY + "Copyright © Valley Post Media 2024", {"publisher": "Valley Post Media"}),
    (BODY + "Ahmed Saleh contributed reporting from Cairo.", {"contributors": ("Ahmed Saleh",)}),
    (
        BODY + "Associated Press writers Ann Lee in Lagos and Bo Kim contributed to this report.",
        {"contributors": ("Ann Lee", "Bo Kim")},
    ),
    (BODY + "Additional reporting by Prakash Rai in Pokhara", {"contributors": ("Prakash Rai",)}),
    # a second byline line under the author's, below the head's first four lines; "agencies" is no one
    (
        "Harbour Gazette\nHome > Region\n\nFerry fares to rise in spring\n\nCouncil backs a steep rise\n\n"
        "By Maja Lind\nWith reports from Ola Berg\n12 March 2025\n\n" + BODY,
        {"authors": ("Maja Lind",), "contributors": ("Ola Berg",), "published": "2025-03-12"},
    ),
    (
        HEAD + "By Maja Lind\nWith inputs from Ola Berg and Kari Dahl\n\n" + BODY,
        {"authors": ("Maja Lind",), "contributors": ("Ola Berg", "Kari Dahl")},
    ),
    (
        HEAD + "By Maja Lind\nWith additional reporting by Ola Berg\n\n" + BODY,
        {"authors": ("Maja Lind",), "contributors": ("Ola Berg",)},
    ),
    (HEAD + "By Maja Lind\nWith inputs from agencies\n\n" + BODY, {"contributors": ()}),
    (BODY + "With reports from Reuters.", {"contributors": ("Reuters",)}),
    # a sentence of the story below the head is no contributors line
    (
        "Ferry fares to rise in spring\n\nBy Maja Lind\n\n" + "The council met on Friday to set fares for "
        "the coming season, and officials said the rise would be steep for most passengers.\n\n"
        "Some stayed.\nOthers left.\nWith reports from the harbour came news of delays.\n\n" + BODY,
        {"contributors": ()},
    ),
    # ... but not a sentence about copyright or a contribution, a headline line, a name line
    # not above a stamp, or a line with a date among other words
    (BODY + "The singer sued over the copyright of the song.", {"publisher": None}),
    (BODY + "Norway contributed funds to the relief effort.", {"contributors": ()}),
    (BODY + "The United Nations contributed to this report's findings.", {"contributors": ()}),
    ("Markets fall | Oil rises\n\nMore text.\n\n" + BODY, {"publisher": None}),
    # stamps with a relative "Updated … ago" or a reading time after the date, split at "·";
    # numeric dates read day first only when the dots or the numbers say so
    (
        HEAD + "By Ana Ruiz\nMay 2, 2025 9:10 AM GMT Updated 2 hours ago\n\n" + BODY,
        {"published": "2025-05-02"},
    ),
    (
        "River Post\nNews / World / Asia\n8 Feb 2025 · 07:45 WIB · 3 min read\n\n" + HEAD + BODY,
        {"published": "2025-02-08", "publisher": "River Post"},
    ),
    (
        HEAD + "Ama Boateng, Health Reporter\nLast updated 21/11/2025 18:40 GMT\n\n" + BODY,
        {"published": "2025-11-21", "authors": ("Ama Boateng",), "publisher": None},
    ),
    ("Posted 12.09.2024 | 08:30\n\n" + BODY, {"published": "2024-09-12"}),
    ("Posted 10/24/2024 5:42 PM CT\n\n" + BODY, {"published": "2024-10-24"}),
    ("Updated: 03/06/2025\n\n" + BODY, {"published": None}),
    ("Updated 3 hours ago\n\n" + BODY, {"published": None}),
    ("Call 10/24/2024 now\n\n" + BODY, {"published": None}),
    # "Written by", with the place filed from; an agency tag under a page's chrome and a caption
    (HEAD + "Written by Jon Ruiz in Lima\n\n" + BODY, {"authors": ("Jon Ruiz",)}),
    (
        "Skip to main content\nWorld › Africa\n\nPolice break up march in capital\n\nBy Ana Ruiz\n"
        "June 28, 2025\n\n[1/3] Police in the capital. REUTERS/Stringer\n\n"
        "LOME, June 28 (Reuters) - Police fired tear gas.\n\nMore text.",
        {"publisher": "Reuters", "authors": ("Ana Ruiz",), "published": "2025-06-28"},
    ),
    ("Storm warning\n\nWinds rise\n\nDana Whitfield\nTalks resumed.\n\n" + BODY, {"authors": ()}),
    # a numeric date beside a 24-hour clock is day first ("hs": the hour mark of Spanish pages);
    # beside an AM/PM clock with a North American time zone it is month first (US pages); beside
    # an AM/PM clock with another zone or none, or no clock, it stays unread when either would do
    ("Diario Sur\n\n04/02/2025 - 18:15 hs\n\n" + BODY, {"published": "2025-02-04"}),
    ("Posted 04/02/2025 21:30\n\n" + BODY, {"published": "2025-02-04"}),
    ("Posted 04/02/2025 9:30 PM ET\n\n" + BODY, {"published": "2025-04-02"}),
    ("Published 3/11/2025 6:12 p.m. CDT\n\n" + BODY, {"published": "2025-03-11"}),
    ("Posted 04/02/2025 9:30 PM\n\n" + BODY, {"published": None}),
    ("Posted 04/02/2025 9:30 PM GMT\n\n" + BODY, {"published": None}),
    ("Posted 04/02/2025 09:30\n\n" + BODY, {"published": None}),
    # a bare name above the paper's name above the stamp (US local papers): author and publisher;
    # a bare name above a line that is no paper's name stays no author
    (
        HEAD + "Jo Marsh\nThe Valley Sentinel\nPublished 3/11/2025 6:12 p.m. ET\n\n" + BODY,
        {"authors": ("Jo Marsh",), "publisher": "The Valley Sentinel", "published": "2025-03-11"},
    ),
    (
        "Valley Sentinel\nHome | World\n\n" + HEAD + "Roads close\n\nJo Marsh\nCrews worked all night\n"
        "Published 3/11/2025 6:12 p.m. ET\n\n" + BODY,
        {"authors": ()},
    ),
    # a byline without "By" just below the stamp, reporters with the cities they filed from;
    # "<city> bureau" after a byline is where the reporter works, not the publisher
    (
        HEAD + "3 March 2025 | 17:42 GMT\nAna Ruiz in Lima and Bo Kim in Seoul\n\n" + BODY,
        {"authors": ("Ana Ruiz", "Bo Kim"), "published": "2025-03-03"},
    ),
    (HEAD + "3 March 2025 | 17:42 GMT\nPrices rose in March.\n\n" + BODY, {"authors": ()}),
    (
        HEAD + "By Ana Ruiz, Lima bureau\n2025-03-03T17:42:00Z\n\n" + BODY,
        {"publisher": None, "published": "2025-03-03"},
    ),
    # the stamp may sit under a site name, a tagline, a menu, a search box, a section label, a
    # headline, a deck and a byline (ten lines)
    (
        "Valley News\nNews in English\nHome | World\nSearch\nWORLD\n\nFloods kill 12\n\nRivers rise\n\n"
        "By Ana Ruiz\n4 May 2024, 15:30 CET\n\n" + BODY,
        {"published": "2024-05-04", "authors": ("Ana Ruiz",)},
    ),
    (HEAD + "Talks | held on 4 May 2024 | in Rome\n\n" + BODY, {"published": None}),
    # a zone after the year of a stamp sharing the byline's line: the year is no clock
    (HEAD + "By Ana Ruiz, 4 May 2024 GMT\n\n" + BODY, {"published": "2024-05-04", "authors": ("Ana Ruiz",)}),
    (HEAD + "Harbour Wire, May 4, 2024 (UTC)\n\n" + BODY, {"published": "2024-05-04"}),
    # a page whose only date is its dateline's, with the year; a day without a year gives none;
    # a stamp wins over the dateline
    ("KARACHI, Sept 21, 2025: Three coaches overturned.\n\n" + BODY, {"published": "2025-09-21"}),
    (HEAD + "By Ana Ruiz\n\nPARIS, 3 May 2024 - Talks began.\n\n" + BODY, {"published": "2024-05-03"}),
    ("WASHINGTON, March 3 — Talks began.\n\n" + BODY, {"published": None}),
    (HEAD + "Posted 4 May 2024\n\nPARIS, 3 May 2024 - Talks began.\n\n" + BODY, {"published": "2024-05-04"}),
    # one word after a byline's comma is the city filed from when the page names its publisher
    # elsewhere; an agency or a name in capitals stays the publisher, and so does a lone word
    (
        HEAD + "By Ana Ruiz, Lima\n4 May 2024\n\n" + BODY + "© 2024 Valley Post Media",
        {"publisher": "Valley Post Media", "authors": ("Ana Ruiz",)},
    ),
    (HEAD + "By Ana Ruiz, AFP\n4 May 2024\n\n" + BODY + "© 2024 Valley Post Media", {"publisher": "AFP"}),
    (HEAD + "By Ana Ruiz, Bloomberg\n4 May 2024\n\n" + BODY, {"publisher": "Bloomberg"}),
    # a site name alone on the first line above a menu split by "·"
    (
        "Coast Broadcasting\nHome · News · Pacific · Listen live\n\n" + HEAD + BODY,
        {"publisher": "Coast Broadcasting"},
    ),
    ("Storm warning\nWinds · rain · floods\n\n" + BODY, {"publisher": None}),
    # ... or above a menu whose items are set apart by runs of spaces (three items at least)
    (
        "Harbour World News\nLive   Home   World   Asia   Sign in\n\n" + HEAD + BODY,
        {"publisher": "Harbour World News"},
    ),
    ("Harbour World News\nLive   Home\n\n" + HEAD + BODY, {"publisher": None}),
    ("Storm warning\nWinds   rain   floods\n\n" + BODY, {"publisher": None}),
    # a page stamped only with its age takes the first date written with its right weekday; a
    # wrong weekday, or no age stamp, gives none
    (
        HEAD + "1 hour ago\n\nTalks resumed.\n\nWelcome to our live coverage on Monday 13 October 2025.",
        {"published": "2025-10-13"},
    ),
    (
        HEAD + "Updated 25 minutes ago\n\nThe vote, held on Sunday, Oct. 12, 2025, was close.",
        {"published": "2025-10-12"},
    ),
    (HEAD + "1 hour ago\n\nWelcome to our live coverage on Friday 13 October 2025.", {"published": None}),
    (HEAD + "Talks resumed.\n\nWelcome to our live coverage on Monday 13 October 2025.", {"published": None}),
    # an app's short age ("Posted 5h ago", "3d ago") is such a stamp too, and a bare name above it the author
    (
        "Valley News\nNews   World   Sport   Sign in\n\nFloods kill 12\n\nAna Ruiz\nPosted 5h ago\n\n"
        "Rivers rose. Officials said on Tuesday, 3 September 2024, that the dams held.",
        {"published": "2024-09-03", "authors": ("Ana Ruiz",)},
    ),
    (
        "Valley News\nNews   World   Sport   Sign in\n\nFloods kill 12\n\nAna Ruiz\nPosted in World\n\n"
        + BODY,
        {"authors": ()},
    ),
    # a JSON-LD block left in the page text, as a line of its own: its article's date and author
    # (a visible stamp and byline win); a block of another type or a broken one gives nothing
    (
        HEAD
        + '{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2024-09-03T22:15:00+05:30",'
        '"author":{"@type":"Person","name":"Ana Ruiz"}}\n\n3d ago\n\n' + BODY,
        {"published": "2024-09-03", "authors": ("Ana Ruiz",)},
    ),
    (
        HEAD + "By Bo Kim\n4 May 2024\n\n"
        '{"@type":"NewsArticle","datePublished":"2024-09-03","author":{"name":"Ana Ruiz"}}\n\n' + BODY,
        {"published": "2024-05-04", "authors": ("Bo Kim",)},
    ),
    (HEAD + '{"@type":"Organization","datePublished":"2024-09-03"}\n\n' + BODY, {"published": None}),
    (HEAD + '{"@type":"NewsArticle","datePublished":"2024-09-03"\n\n' + BODY, {"published": None}),
    # a year-first numeric stamp (Japanese, Chinese and Korean pages): year, month, day, with or
    # without a clock and zone; an impossible month, or words beside it, give none
    (HEAD + "2024/04/07 09:30 KST\nBy Bo Kim\n\n" + BODY, {"published": "2024-04-07"}),
    (HEAD + "Updated 2023.11.02\n\n" + BODY, {"published": "2023-11-02"}),
    (HEAD + "2024/13/07 09:30 KST\n\n" + BODY, {"published": None}),
    (HEAD + "Item 2024/04/07 in stock\n\n" + BODY, {"published": None}),
    # the day in the address of a page copied with its URL line, when no stamp gives one ("an hour
    # ago" only); a stamp wins, an address without a day gives none, and the URL is kept
    (
        HEAD + "https://news.example.org/world/2024/02/19/floods-rise/\nan hour ago\n\n" + BODY,
        {"published": "2024-02-19", "url": "https://news.example.org/world/2024/02/19/floods-rise/"},
    ),
    (HEAD + "www.example.org/2024-02-19/floods\n\n" + BODY, {"published": "2024-02-19"}),
    (HEAD + "https://news.example.org/2024/02/19/x\n3 May 2024\n\n" + BODY, {"published": "2024-05-03"}),
    (HEAD + "https://news.example.org/world/floods-rise-1234567/\n\n" + BODY, {"published": None}),
    (HEAD + "https://news.example.org/2024/02/31/x\n\n" + BODY, {"published": None}),
    # a site's name above an edition line or its own address, then its menu
    (
        "Lakeside Herald\nENGLISH\nHOME | WORLD | SPORT | OPINION\n\n" + HEAD + BODY,
        {"publisher": "Lakeside Herald"},
    ),
    (
        "Valley Courier\nhttps://valleycourier.example/2024/05/04/x/\nNews   World   Sport   Opinion\n\n"
        + HEAD
        + BODY,
        {"publisher": "Valley Courier", "published": "2024-05-04"},
    ),
    ("Storm warning\nENGLISH\nWinds | rain | floods\n\n" + BODY, {"publisher": None}),
    # an RFC 2822 stamp (mail and feed headers): weekday, day, month, year, clock with seconds, offset
    (HEAD + "Thu, 6 Mar 2025 08:12:45 +0200\n\n" + BODY, {"published": "2025-03-06"}),
    (HEAD + "Sat, 15 Nov 2025 23:01:09 GMT\n\n" + BODY, {"published": "2025-11-15"}),
    (HEAD + "Sat, 15 Nov 2025 23:01:09 +02\n\n" + BODY, {"published": None}),
    # a weekday-first British stamp with a dotted clock; an age stamp above a dated "Last updated"
    (HEAD + "Wednesday 9 April 2025 07.55 BST\n\n" + BODY, {"published": "2025-04-09"}),
    (HEAD + "Published 5 hours ago\nLast updated 2 July 2025\n\n" + BODY, {"published": "2025-07-02"}),
    # a magazine's print-edition note at the foot, with an ordinal day; a story line saying so is none
    (
        HEAD + BODY + "\nThis article appeared in the Asia section of the print edition under the headline "
        '"Rice and rain" | August 3rd 2024\n',
        {"published": "2024-08-03"},
    ),
    (
        HEAD + BODY + "\nThis article appeared in the print edition on 12 January 2023.\n",
        {"published": "2023-01-12"},
    ),
    (HEAD + BODY + "\nThis article appeared in the Asia section | August 3rd 2024\n", {"published": None}),
    # a site's name in title case above a menu opening with the word "Menu": no newspaper word needed
    ("Orchard Lantern\nMenu  World  Money  Sport\n\n" + HEAD + BODY, {"publisher": "Orchard Lantern"}),
    ("Orchard Lantern\nMenu\nWorld\n\n" + HEAD + BODY, {"publisher": "Orchard Lantern"}),
    ("Rain floods the valley.\nMenu  World  Money\n\n" + BODY, {"publisher": None}),
    ("Orchard Lantern\nMenus of the season are out\n\n" + BODY, {"publisher": None}),
    # a plural role after the names is no author: "By Ann Lee and Bo Kim / Staff Writers"
    (HEAD + "By Ann Lee and Bo Kim / Staff Writers\n\n" + BODY, {"authors": ("Ann Lee", "Bo Kim")}),
]


@pytest.mark.parametrize(("text", "expected"), METADATA_CASES)
def test_metadata_found_in_text(text: str, expected: dict[str, object]) -> None:
    meta = find_metadata(text)
    for key, value in expected.items():
        assert getattr(meta, key) == value, key


def test_seed_article_metadata() -> None:
    seed = Path(__file__).resolve().parents[2] / "shared" / "examples" / "seed" / "article.txt"
    if not seed.exists():
        pytest.skip("seed article not found")
    article = article_from_text(seed.read_text(encoding="utf-8"))
    assert article.publisher == "The Canadian Press"
    assert article.published == "2020-01-05"
    assert article.authors == ("Terry Pedwell",)
    assert article.contributors == ("Associated Press",)


def test_given_metadata_wins_and_text_is_unchanged() -> None:
    text = "By Jane Doe\n\nThe vote was held on Monday.\n\nFirst published on May 2, 2022."
    article = article_from_text(text, published="2022-05-03", url="https://example.org/a", headline="Vote")
    assert article.published == "2022-05-03"
    assert article.url == "https://example.org/a"
    assert article.headline == "Vote"
    assert article.authors == ("Jane Doe",)
    assert article.text == text
    assert article.id == article_id(text)
    assert article_from_text(text).published == "2022-05-02"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("January 5, 2020", "2020-01-05"),
        ("5 Jan. 2020", "2020-01-05"),
        ("2020-01-05T14:00:00Z", "2020-01-05"),
        ("Sunday, January 5, 2020", "2020-01-05"),
        ("2020-13-45", None),
        ("soon", None),
        (None, None),
    ],
)
def test_iso_date(value: str | None, expected: str | None) -> None:
    assert iso_date(value) == expected


@pytest.mark.parametrize(
    ("line", "prefixed", "expected"),
    [
        ("Terry Pedwell, The Canadian Press", False, (("Terry Pedwell",), "The Canadian Press")),
        ("By Jane Doe", True, (("Jane Doe",), None)),
        ("By Jane Doe - Staff Reporter", True, (("Jane Doe",), None)),
        ("By the end of the day", True, None),
        ("The council said so, the mayor added", False, None),
        ("He said it was over.", False, None),
    ],
)
def test_parse_byline(line: str, prefixed: bool, expected: object) -> None:
    assert parse_byline(line, prefixed=prefixed) == expected


# --- files ------------------------------------------------------------------------------------

HTML = """<!DOCTYPE html><html><head>
<title>Dam talks resume | Example News</title>
<meta property="og:title" content="Dam talks resume">
<meta property="og:site_name" content="Example News">
<meta property="og:url" content="https://example.org/dam">
<meta property="article:published_time" content="2021-06-02T08:00:00Z">
<meta name="author" content="Sara Ali">
<script>var x = "<p>not text</p>";</script>
</head><body>
<nav><p>Menu item</p></nav>
<article><h1>Dam talks resume</h1>
<p>Egypt and Sudan resumed talks on Tuesday.</p>
<p>&ldquo;We are hopeful,&rdquo; the minister said.
<p>The next round is in July.</p>
</article><footer><p>Copyright</p></footer>
</body></html>"""


def test_html_metadata_and_body() -> None:
    text, meta = html_to_article_parts(HTML)
    assert text == (
        "Egypt and Sudan resumed talks on Tuesday.\n\n"
        "“We are hopeful,” the minister said.\n\n"
        "The next round is in July."
    )
    assert meta == Metadata(
        publisher="Example News",
        published="2021-06-02",
        authors=("Sara Ali",),
        headline="Dam talks resume",
        url="https://example.org/dam",
    )


def test_html_broken_markup_still_gives_text() -> None:
    text, meta = html_to_article_parts(
        "<html><title>T</title><body><p>First <b>bold<p>Second</i></div><p>Third"
    )
    assert text == "First bold\n\nSecond\n\nThird"
    assert meta.headline == "T"
    text, _ = html_to_article_parts("<body><div>No paragraphs <span>here</div><div>at all</div></body></html")
    assert text == "No paragraphs here\n\nat all"


def test_html_json_ld_date_and_author() -> None:
    page = """<html><head><script type="application/ld+json">
    {"@type": "NewsArticle", "headline": "H", "datePublished": "2019-02-03",
     "author": [{"@type": "Person", "name": "Ann Lee"}], "publisher": {"name": "Daily Bugle"}}
    </script></head><body><p>Text of the story here.</p></body></html>"""
    text, meta = html_to_article_parts(page)
    assert text == "Text of the story here."
    assert (meta.published, meta.authors, meta.publisher, meta.headline) == (
        "2019-02-03",
        ("Ann Lee",),
        "Daily Bugle",
        "H",
    )


def test_read_paths_formats_sorted_and_recursive(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "page.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "a.txt").write_text("By Jane Doe\n\nThe vote was held on Monday.\n", encoding="utf-8")
    lines = [
        {"text": "Rain fell on Monday.", "published": "2020-02-03", "url": "u1", "headline": "Rain"},
        {"text": "Snow fell on Tuesday.", "published": "February 4, 2020"},
    ]
    (tmp_path / "c.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n\n", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored in folders", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("ignored too", encoding="utf-8")
    items = list(read_sources([tmp_path]))
    sources = [Path(s).name for s, _ in items]
    assert sources == ["a.txt", "page.html", "c.jsonl:1", "c.jsonl:2"]
    articles = [a for _, a in items]
    assert not any(isinstance(a, ReadError) for a in articles)
    assert articles[0].authors == ("Jane Doe",)
    assert articles[1].published == "2021-06-02" and articles[1].url == "https://example.org/dam"
    assert (articles[2].published, articles[2].url, articles[2].headline) == ("2020-02-03", "u1", "Rain")
    assert articles[3].published == "2020-02-04"


def test_latin1_and_cp1252_bytes_are_decoded(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes("Le ministre a déclaré: « Ça suffit » à Montréal — lundi.".encode("cp1252"))
    with caplog.at_level("WARNING"):
        (article,) = read_paths([path])
    assert not isinstance(article, ReadError)
    assert article.text == "Le ministre a déclaré: « Ça suffit » à Montréal — lundi."
    assert "old.txt" in caplog.text and "UTF-8" in caplog.text
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Café crème in São Paulo, señor.".encode("latin-1"))
    (article,) = read_paths([latin])
    assert article.text == "Café crème in São Paulo, señor."


@pytest.mark.parametrize(
    "text",
    [
        "Ana Núñez, the mayor of León, said on Monday that the café would reopen.\nIt had been shut.\n",
        "Señora Ibáñez spoke.\n\nThe piñata factory in Logroño closed.\n",
        "Jörg Müller said the Straße was flooded.\r\nResidents left.\r\n",
    ],
)
def test_latin1_text_with_line_breaks_is_western(tmp_path: Path, text: str) -> None:
    """Line breaks are "Control character" to charset-normalizer; they must not turn a Latin-1
    text into cp1250 ("Núñez" read as "Núńez")."""
    path = tmp_path / "latin.txt"
    path.write_bytes(text.encode("latin-1"))
    (article,) = read_paths([path])
    assert article.text == text.replace("\r\n", "\n")


def test_crlf_and_bom_are_normalised(tmp_path: Path) -> None:
    path = tmp_path / "win.txt"
    path.write_bytes(b"\xef\xbb\xbfLine one.\r\n\r\nLine two.\r\n")
    (article,) = read_paths([path])
    assert article.text == "Line one.\n\nLine two.\n"


def _bad_inputs(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    """name -> (path, code) for each kind of bad input."""
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.txt"
    blank.write_text(" \n\n \t\n", encoding="utf-8")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 2)
    huge = tmp_path / "huge.txt"
    huge.write_text("word " * 400, encoding="utf-8")  # 2,000 bytes, over the 1,000 byte test limit
    no_text = tmp_path / "nav.html"
    no_text.write_text("<html><head><title>x</title><script>1</script></head><body></body></html>")
    unsupported = tmp_path / "data.pdf"
    unsupported.write_bytes(b"%PDF-1.4")
    return {
        "empty": (empty, "R003"),
        "blank": (blank, "R003"),
        "binary": (binary, "R004"),
        "huge": (huge, "R005"),
        "html without text": (no_text, "R007"),
        "unsupported": (unsupported, "R002"),
        "missing": (tmp_path / "missing.txt", "R001"),
    }


@pytest.mark.parametrize(
    "kind", ["empty", "blank", "binary", "huge", "html without text", "unsupported", "missing"]
)
def test_bad_input_gives_read_error_naming_the_file(tmp_path: Path, kind: str) -> None:
    path, code = _bad_inputs(tmp_path)[kind]
    (item,) = read_paths([path], max_bytes=1000)
    assert isinstance(item, ReadError)
    assert item.source == str(path)
    assert str(path) in str(item)
    assert item.code == code
    assert item.reason


def test_bad_files_do_not_stop_the_batch(tmp_path: Path) -> None:
    bad = _bad_inputs(tmp_path)
    good = tmp_path / "zz-good.txt"
    good.write_text("Talks resumed on Monday in Geneva.", encoding="utf-8")
    items = list(read_paths([p for p, _ in bad.values()] + [good], max_bytes=1000))
    assert [type(i).__name__ for i in items] == ["ReadError"] * len(bad) + ["Article"]


def test_jsonl_bad_lines_name_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(
        "\n".join(
            [
                json.dumps({"text": "First story text."}),
                "{not json",
                json.dumps(["a list"]),
                json.dumps({"headline": "no text"}),
                json.dumps({"text": "x" * 2000}),
                json.dumps({"text": "Last story text.", "published": None}),
            ]
        ),
        encoding="utf-8",
    )
    items = list(read_paths([path], max_bytes=1000))
    assert [getattr(i, "source", "article") for i in items] == [
        "article",
        f"{path}:2",
        f"{path}:3",
        f"{path}:4",
        f"{path}:5",
        "article",
    ]
    assert [getattr(i, "code", None) for i in items] == [None, "R006", "R006", "R007", "R005", None]
    assert items[-1].published is None


def test_binary_jsonl_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "blob.jsonl"
    path.write_bytes(b"\x00\x01\x02" * 100 + b"\n" + b"\x00" * 10)
    (item,) = read_paths([path])
    assert isinstance(item, ReadError) and item.code == "R004" and item.source == str(path)


def test_missing_date_is_fine(tmp_path: Path) -> None:
    path = tmp_path / "undated.txt"
    path.write_text("Talks resumed in Geneva.", encoding="utf-8")
    (article,) = read_paths([path])
    assert article.published is None


def test_non_western_legacy_encoding_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "ru.txt"
    text = "Министр заявил, что переговоры продолжатся в понедельник в Москве. " * 3
    path.write_bytes(text.encode("cp1251"))
    (article,) = read_paths([path])
    assert article.text == text


def test_html_declared_charset_is_used(tmp_path: Path) -> None:
    path = tmp_path / "old.html"
    page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>'
    page += "<body><p>Министр заявил, что переговоры продолжатся.</p></body></html>"
    path.write_bytes(page.encode("cp1251"))
    (article,) = read_paths([path])
    assert article.text == "Министр заявил, что переговоры продолжатся."


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Example Wire</title>
<item><title>Dam talks resume</title><link>https://example.org/dam</link>
<pubDate>Tue, 04 Apr 2023 09:30:00 +0300</pubDate><dc:creator>Sara Ali</dc:creator>
<content:encoded><![CDATA[<p>Egypt and Sudan resumed talks on Monday.</p>
<p>More on Tuesday.</p>]]></content:encoded>
</item>
<item><title>Empty</title><link>https://example.org/empty</link></item>
<item><title>Plain</title><description>Rain fell in Oslo on Friday.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example</title>
<entry><title>Vote held</title><link rel="alternate" href="https://example.org/vote"/>
<published>2022-05-02T10:00:00Z</published><author><name>Jane Doe</name></author>
<content type="html">&lt;p&gt;The vote was held on Monday.&lt;/p&gt;</content></entry>
</feed>"""


def test_rss_and_atom_feeds(tmp_path: Path) -> None:
    (tmp_path / "wire.rss").write_text(RSS, encoding="utf-8")
    (tmp_path / "votes.atom").write_text(ATOM, encoding="utf-8")
    (tmp_path / "broken.xml").write_text("<rss><channel><item>", encoding="utf-8")
    (tmp_path / "sitemap.xml").write_text("<urlset><url/></urlset>", encoding="utf-8")
    items = list(read_sources([tmp_path]))
    names = [Path(s).name for s, _ in items]
    assert names == [
        "broken.xml",
        "sitemap.xml",
        "votes.atom#item1",
        "wire.rss#item1",
        "wire.rss#item2",
        "wire.rss#item3",
    ]
    codes = [getattr(i, "code", None) for _, i in items]
    assert codes == ["R006", "R002", None, None, "R007", None]
    vote, dam, plain = items[2][1], items[3][1], items[5][1]
    assert (vote.text, vote.published, vote.url, vote.authors) == (
        "The vote was held on Monday.",
        "2022-05-02",
        "https://example.org/vote",
        ("Jane Doe",),
    )
    assert dam.text == "Egypt and Sudan resumed talks on Monday.\n\nMore on Tuesday."
    assert (dam.headline, dam.published, dam.authors) == ("Dam talks resume", "2023-04-04", ("Sara Ali",))
    assert plain.text == "Rain fell in Oslo on Friday." and plain.published is None


# one dateline definition for the reader and the stages: text -> (place, region, agency, dated)
# of each dateline; [] when the line is no dateline
DATELINES = [
    ("NAIROBI, Kenya (AP) — Police said.", [("NAIROBI", "Kenya", "AP", False)]),
    ("BAGHDAD (Reuters) - Iraq said.", [("BAGHDAD", None, "Reuters", False)]),
    ("Intro.\n  LONDON — Talks ended.", [("LONDON", None, None, False)]),
    ("MOGADISHU, Sept 9 (Reuters) - A strike.", [("MOGADISHU", None, "Reuters", False)]),
    ("ST. PAUL, Minn. (AP) — x", [("ST. PAUL", "Minn.", "AP", False)]),
    ("NEW DELHI: The government said.", [("NEW DELHI", None, None, False)]),
    ("Dar es Salaam (Reuters) - x", [("Dar es Salaam", None, "Reuters", False)]),
    ("BERLIN 1996-08-29\nThe talks.", [("BERLIN", None, None, True)]),
    ("TAVILDARA , Tajikistan 1996-08-30\n", [("TAVILDARA", "Tajikistan", None, True)]),
    ("Read more - the talks ended.", []),  # capitalised, but neither in capitals nor tagged
    ("Officials said PARIS - was quiet.", []),  # not at the start of a line
    ("THE END, said the author.", []),  # no dash, tag or date
    ("BERLIN 1996-08-29 was a Thursday.", []),  # the date does not close the line
    ("KARACHI, Sept 21, 2025: x", [("KARACHI", None, None, False)]),  # a day with its year
    ("QUITO, Ecuador, 3 May 2025 — x", [("QUITO", "Ecuador", None, False)]),
]


@pytest.mark.parametrize(("text", "expected"), DATELINES)
def test_datelines(text: str, expected: list[tuple[str, str | None, str | None, bool]]) -> None:
    found = [
        (text[slice(*d.place)], text[slice(*d.region)] if d.region else None, d.agency, d.dated)
        for d in datelines(text)
    ]
    assert found == expected
    # the day of a dateline that gives its year ("KARACHI, Sept 21, 2025:"), else None
    assert [d.day for d in datelines(text)] == [
        {"KARACHI": "2025-09-21", "QUITO": "2025-05-03"}.get(text[slice(*d.place)]) for d in datelines(text)
    ]
    for d in datelines(text):  # the dateline runs from its line's start over the dash
        assert text.rfind("\n", 0, d.place[0]) + 1 == d.start and d.place[1] < d.end


# a dateline of two cities set apart by a slash: text -> (place, also) of each dateline
TWO_PLACE_DATELINES = [
    ("VIENNA/BUDAPEST (Reuters) - Talks.", [("VIENNA", "BUDAPEST")]),
    ("ROME/MADRID, May 3 (AFP) - Talks.", [("ROME", "MADRID")]),
    ("NEW DELHI / DHAKA — Talks.", [("NEW DELHI", "DHAKA")]),
    ("Vienna/Budapest (Reuters) - Talks.", [("Vienna", "Budapest")]),
    ("VIENNA (Reuters) - Talks.", [("VIENNA", None)]),
    ("VIENNA/Budapest - Talks.", []),  # one in capitals, one not: no dateline
    ("Vienna/Budapest - Talks.", []),  # neither in capitals nor tagged
]


@pytest.mark.parametrize(("text", "expected"), TWO_PLACE_DATELINES)
def test_two_place_datelines(text: str, expected: list[tuple[str, str | None]]) -> None:
    found = [(text[slice(*d.place)], text[slice(*d.also)] if d.also else None) for d in datelines(text)]
    assert found == expected


MENU = "".join(f"Menu item {k}\n" for k in range(12))
PARAGRAPH = "The river rose overnight " + "and crews worked along the banks " * 5 + "until the morning.\n\n"

# a stamp line in another language, with an "h" clock, a printed page's mark, in capitals, in CJK
# signs or with dashes: line -> (keyword, ISO date), or None
STAMP_LINES = [
    ("martes 8 de octubre de 2024 - 09:15 ART", ("", "2024-10-08")),
    ("Publicado el martes, 8 de octubre de 2024 a las 10:15", ("published", "2024-10-08")),
    ("terça-feira, 8 de outubro de 2024 às 16h40", ("", "2024-10-08")),
    ("martedì 8 ottobre 2024 ore 16:40", ("", "2024-10-08")),
    ("Dienstag, 8. Oktober 2024, 09:15 Uhr", ("", "2024-10-08")),
    ("Aktualisiert am 08.10.2024, 16:40 Uhr", ("updated", "2024-10-08")),
    ("Mardi 8 octobre 2024 à 07h50", ("", "2024-10-08")),
    ("Publié le 1er novembre 2024 à 21h", ("published", "2024-11-01")),
    ("dinsdag 8 oktober 2024 om 09:15", ("", "2024-10-08")),
    ("Tue, Oct 8, 2024 page 5", ("", "2024-10-08")),
    ("Tuesday, October 8, 2024 | Page A6 | Print edition", ("", "2024-10-08")),
    ("OCTOBER 8, 2024", ("", "2024-10-08")),
    ("2024年10月8日 09:15", ("", "2024-10-08")),
    ("08-10-2024 18:40", ("", "2024-10-08")),
    ("08-10-2024", None),  # either reading would do
    ("Mars Landing Club", None),
    ("8 de octubre", None),  # no year
    ("Page 3", None),
    ("Updated 5 hours ago", None),
    ("Filed: October 8, 2024", ("filed", "2024-10-08")),
    ("(8 October 2024)", ("", "2024-10-08")),
    ("8 October 2024, 09:15 GMT+05:30", ("", "2024-10-08")),
    ("datePublished: 2024-10-08T09:15:00Z", ("published", "2024-10-08")),
    ("Date: 8 October 2024", ("date", "2024-10-08")),
    ("Tuesday the 8th of October, 2024", ("", "2024-10-08")),
    # a CNN-style stamp: a four-figure 24-hour clock before its zone, or a weekday after the clock
    ("Updated 0745 GMT (1545 HKT) March 4, 2025", ("updated", "2025-03-04")),
    ("Published 2:10 PM EST, Tue March 4, 2025", ("published", "2025-03-04")),
    ("Updated 2310 UTC November 30, 2024", ("updated", "2024-11-30")),
    # a year beside its month is no clock, whatever follows it; a zone may follow the date itself
    ("March 4, 2025 GMT", ("", "2025-03-04")),
    ("Updated 9 June 2024 GMT", ("updated", "2024-06-09")),
    ("Published June 9 2024 UTC", ("published", "2024-06-09")),
    ("Updated 9 Jun 2024 (CET)", ("updated", "2024-06-09")),
    ("Updated 9 June 2024 1815 GMT", ("updated", "2024-06-09")),
    ("Updated 2130 GMT 9 June 2024", ("updated", "2024-06-09")),
    ("Updated 2024 GMT", None),  # a clock or a year, and no date either way
    ("9 June 2024 GMT Harbour Desk", None),
    ("Updated 0745 GMT", None),  # no date
    ("Oct 8, 2024 / 09:15", ("", "2024-10-08")),
    ("The Ridge Wire", None),
]


@pytest.mark.parametrize(("line", "expected"), STAMP_LINES)
def test_stamp_lines(line: str, expected: tuple[str, str] | None) -> None:
    assert parse_stamp(line) == expected


# the page's date from a stamp beside a correction note, a byline or a section name; from a month and
# day without a year (a dateline's, a stamp's) and the year of the page's footer or address; and
# the site's name in capitals above a tagline, or before "| English edition"
PAGE_CASES = [
    (
        "Correction: This report has been changed to fix the name of a school.\nTue, Oct 8, 2024 page 5\n\n"
        + HEAD
        + BODY,
        {"published": "2024-10-08"},
    ),
    (HEAD + "martes 8 de octubre de 2024 - 09:15 ART\n\n" + BODY, {"published": "2024-10-08"}),
    (
        HEAD
        + "DALTON, Ga., Oct. 8 (Ridge Wire) — Crews cleared the road.\n\n"
        + BODY
        + "Copyright © 2024 Ridge Wire",
        {"published": "2024-10-08", "publisher": "Ridge Wire"},
    ),
    (HEAD + "DALTON, Ga., Oct. 8 (Ridge Wire) — Crews cleared the road.\n\n" + BODY, {"published": None}),
    (
        "https://news.example.org/2024/road-cleared\n"
        + HEAD
        + "DALTON, Ga., 8 October — Crews cleared it.\n\n"
        + BODY,
        {"published": "2024-10-08"},
    ),
    (HEAD + "Tuesday, October 8\n\n" + BODY + "© 2019-2024 Ridge Press", {"published": "2024-10-08"}),
    (HEAD + "Sunday, October 8\n\n" + BODY + "© 2024 Ridge Press", {"published": "2023-10-08"}),
    (HEAD + "Saturday, October 8\n\n" + BODY + "© 2024 Ridge Press", {"published": None}),
    (HEAD + "By Ines Carvalho | 8 October 2024\n\n" + BODY, {"published": "2024-10-08"}),
    (HEAD + "Ines Carvalho · Ridge Wire · 8 Oct 2024 · 6 min read\n\n" + BODY, {"published": "2024-10-08"}),
    (HEAD + "Rivers burst their banks | 8 October 2024\n\n" + BODY, {"published": None}),
    ("RIDGE PULSE\nStraight reporting from the hill towns\n\n" + HEAD + BODY, {"publisher": "RIDGE PULSE"}),
    ("BREAKING NEWS\nStorm hits coast as thousands flee\n\n" + BODY, {"publisher": None}),
    ("CENTRAL ASIA\nDrones hit the port as talks stall\n\n" + BODY, {"publisher": None}),
    ("HILL TOWNS GAZETTE\nThe valley's own voice\n\n" + HEAD + BODY, {"publisher": "HILL TOWNS GAZETTE"}),
    ("RIDGE PULSE\nBy Ines Carvalho\n\n" + BODY, {"publisher": None}),
    ("Ridge Pulse | English edition\n\n" + HEAD + BODY, {"publisher": "Ridge Pulse"}),
    ("Ridge Pulse | Sport\n\n" + HEAD + BODY, {"publisher": None}),
    # a byline with its date after a comma or "on"; the names are still the authors
    (
        HEAD + "By Ines Carvalho, 8 October 2024\n\n" + BODY,
        {"published": "2024-10-08", "authors": ("Ines Carvalho",)},
    ),
    (
        HEAD + "Posted by Ines Carvalho on October 8, 2024\n\n" + BODY,
        {"published": "2024-10-08", "authors": ("Ines Carvalho",)},
    ),
    (HEAD + "Crews say the river rose, October 8, 2024\n\n" + BODY, {"published": None}),
    (
        HEAD + "Posted on October 8, 2024 by Ines Carvalho\n\n" + BODY,
        {"published": "2024-10-08", "authors": ("Ines Carvalho",)},
    ),
    (
        HEAD + "By Ines Carvalho Updated October 8, 2024 9:15 a.m. ET\n\n" + BODY,
        {"published": "2024-10-08", "authors": ("Ines Carvalho",)},
    ),
    (HEAD + "Bogotá, 8 de octubre de 2024\n\n" + BODY, {"published": "2024-10-08"}),
    (HEAD + "Crews said on October 8, 2024 by noon the road was open\n\n" + BODY, {"published": None}),
    # a stamp below a long menu, still above the story's first paragraph; a keyword stamp at the foot;
    # a bare date line below the first paragraph is no stamp
    (MENU + HEAD + "Published 8 October 2024\n\n" + BODY, {"published": "2024-10-08"}),
    (MENU + HEAD + PARAGRAPH + "8 October 2024\n", {"published": None}),
    (MENU + HEAD + PARAGRAPH + "Published 8 October 2024\n", {"published": "2024-10-08"}),
]


@pytest.mark.parametrize(("text", "expected"), PAGE_CASES)
def test_page_date_and_site_name(text: str, expected: dict[str, object]) -> None:
    meta = find_metadata(text)
    assert {key: getattr(meta, key) for key in expected} == expected


# a wire dateline of another language with a short month and no year ("(EFE).-" with its stop):
# text -> (place, agency, (month, day)) of each dateline; a word that is no month makes no dateline
FOREIGN_DATELINES = [
    ("TOLEDO, 6 mar (EFE).- Los vecinos votaron.", [("TOLEDO", "EFE", (3, 6))]),
    ("COIMBRA, 12 fev (Lusa) - Os vizinhos votaram.", [("COIMBRA", "Lusa", (2, 12))]),
    ("BARI, 3 apr (ANSA) - I vicini hanno votato.", [("BARI", "ANSA", (4, 3))]),
    ("LILLE, 5 févr (AFP) - Les voisins ont voté.", [("LILLE", "AFP", (2, 5))]),
    ("Ciudad de Panamá, 9 de junio (EFE).- Los vecinos votaron.", [("Ciudad de Panamá", "EFE", (6, 9))]),
    ("GENOVA, 14 ott. (ANSA) - I vicini.", [("GENOVA", "ANSA", (10, 14))]),
    ("ROSARIO, 3 dias (EFE).- Los vecinos.", []),  # "dias" is no month
    ("OSLO, March 3 (Reuters) - Talks.", [("OSLO", "Reuters", (3, 3))]),
    ("OSLO (Reuters) - Talks.", [("OSLO", "Reuters", None)]),
    # an Indian wire's dateline has no dash after its tag, but always its day
    ("Pune, Nov 19 (IANS) The council voted.", [("Pune", "IANS", (11, 19))]),
    ("PUNE, 19 November (PTI) The council voted.", [("PUNE", "PTI", (11, 19))]),
    ("Pune (IANS) The council voted.", []),
    ("Tesla (TSLA) Shares rose.", []),  # a ticker, not an agency
    # without an agency tag: a month word of another language, a dash, then prose; the place in
    # capitals or not, and a year after "de" read too
    ("SEVILLA, 14 abr - La policía cerró el puente.", [("SEVILLA", None, (4, 14))]),
    ("Braga, 3 mai – O governo aprovou o plano.", [("Braga", None, (5, 3))]),
    ("AREZZO, 9 ott. - Il sindaco ha parlato.", [("AREZZO", None, (10, 9))]),
    ("TOLEDO, 6 mar - «Votaremos», dijo el alcalde.", [("TOLEDO", None, (3, 6))]),
    ("LEÓN, 4 de marzo de 2025 - El alcalde votó.", [("LEÓN", None, (3, 4))]),
    ("Paris, 3 May, was chosen as the venue.", []),  # an English sentence: no dash
    ("Lima, 4 May - The talks went on.", []),  # an English month, no tag, the place not in capitals
    ("Lille, 5 Mar - Talks.", []),  # an English abbreviation capitalised is no foreign month
    ("BRAGA, 3 mai - 14:30", []),  # no prose after the dash
    ("ROSARIO, 3 dias - Los vecinos.", []),  # "dias" is no month
]


@pytest.mark.parametrize(("text", "expected"), FOREIGN_DATELINES)
def test_foreign_datelines(text: str, expected: list[tuple[str, str | None, tuple[int, int] | None]]) -> None:
    assert [(text[slice(*d.place)], d.agency, d.month_day) for d in datelines(text)] == expected


# one month vocabulary (date_words.json, per language): word -> month and word -> languages, each
# also without its accents; the places stage's wire languages keep those with countries
MONTH_WORDS = [
    ("octubre", 10, ("es",)),
    ("févr", 2, ("fr",)),
    ("fevr", 2, ("fr",)),
    ("mar", 3, ("es", "pt", "it", "de")),  # German "mär" without its accent
    ("mai", 5, ("fr", "de", "et", "ro", "no", "pt")),  # full names first, then short forms
    ("marco", 3, ("pt",)),
    ("mrt", 3, ("nl",)),
    ("juni", 6, ("de", "nl", "id", "bs", "sv", "no", "da")),
    ("agustus", 8, ("id",)),
    ("julai", 7, ("ms",)),
    ("subat", 2, ("tr",)),  # Turkish "şubat" without its accent
    ("desember", 12, ("id", "no")),
]


@pytest.mark.parametrize(("word", "month", "languages"), MONTH_WORDS)
def test_month_vocabulary(word: str, month: int, languages: tuple[str, ...]) -> None:
    from storyline.knowledge import month_languages, month_words
    from storyline.stages.places import _wire_languages

    assert month_words()[word] == month
    assert month_languages()[word] == languages
    wire = tuple(lang for lang in languages if lang in ("es", "pt", "it", "fr"))
    assert _wire_languages()[2].get(word, ()) == wire


def test_full_month_names_leave_out_abbreviations() -> None:
    from storyline.knowledge import month_words

    assert month_words(abbreviations=False)["octubre"] == 10
    assert "oct" not in month_words(abbreviations=False)
    assert month_words()["oct"] == 10


# the day of a tagless foreign dateline with its year
def test_tagless_foreign_dateline_day() -> None:
    text = "LEÓN, 4 de marzo de 2025 - El alcalde votó.\n\n" + BODY
    assert [d.day for d in datelines(text)] == ["2025-03-04"]
    assert find_metadata(text).published == "2025-03-04"


# a full date opening the first paragraph before a dash or a colon is the page's date, as a wire
# dateline's is: in every news page shape we know a date set before the story's first paragraph says
# when it was filed. Not a headline (no sentence's end), not a later paragraph (a timeline's entry),
# and never over a stamp. text -> published
OPENING_DATE_PAGES = [
    ("June 11, 2024 — The protest went on.\n\n" + BODY, "2024-06-11"),
    ("4 March 2025: The council voted to close the bridge.\n\n" + BODY, "2025-03-04"),
    (HEAD + "March 4, 2025 - The council voted to close the bridge.\n\n" + BODY, "2025-03-04"),
    ("4 de marzo de 2025 — El consejo votó el cierre del puente.\n\n" + BODY, "2025-03-04"),
    (HEAD + "Posted 5 March 2025\n\nMarch 4, 2025 — The council voted.\n\n" + BODY, "2025-03-05"),
    ("March 4, 2025: The day the markets fell\n\n" + BODY, None),  # a headline
    (BODY + "March 4, 2025 — The council voted.\n\n", None),  # a later paragraph
    ("March 4, 2025 — the council voted in the night.\n\n" + BODY, None),  # no prose's capital
    ("The protest ended on June 11, 2024.\n\n" + BODY, None),
]


@pytest.mark.parametrize(("text", "expected"), OPENING_DATE_PAGES)
def test_opening_date_page(text: str, expected: str | None) -> None:
    assert find_metadata(text).published == expected


# the page's date from a yearless foreign dateline and the year of its footer or address
FOREIGN_DATELINE_PAGES = [
    ("TOLEDO, 6 mar (EFE).- " + PARAGRAPH + "© 2023 Agencia EFE", "2023-03-06"),
    ("COIMBRA, 12 fev (Lusa) - " + PARAGRAPH + "Copyright 2022 Lusa", "2022-02-12"),
    ("https://www.example.it/cronaca/2021/bari-voto\nBARI, 3 apr (ANSA) - " + PARAGRAPH, "2021-04-03"),
    ("LILLE, 5 févr (AFP) - " + PARAGRAPH + "© 2026 AFP", "2026-02-05"),
    ("LILLE, 31 févr (AFP) - " + PARAGRAPH + "© 2026 AFP", None),  # no such day
    ("TOLEDO, 6 mar (EFE).- " + PARAGRAPH, None),  # no year anywhere
]


@pytest.mark.parametrize(("text", "expected"), FOREIGN_DATELINE_PAGES)
def test_foreign_yearless_dateline_page_date(text: str, expected: str | None) -> None:
    assert find_metadata(text).published == expected


# a numeric stamp both of whose numbers could be the month, read as the page's other evidence says:
# another numeric date with a number over 12, the country of the page's address or dateline, an ISO
# date in its furniture; None without evidence or when the evidence disagrees
AMBIGUOUS_NUMERIC_PAGES = [
    ("Published 05/06/2024\n" + PARAGRAPH, None),
    ("Published 05/06/2024\n" + PARAGRAPH + "See also: 19/03/2024 report\n", "2024-06-05"),
    ("Published 05/06/2024\n" + PARAGRAPH + "See also: 03/19/2024 report\n", "2024-05-06"),
    ("Published 05/06/2024\nEarlier: 19/03/2024 and 03/19/2024\n" + PARAGRAPH, None),  # evidence disagrees
    ("Published 05/06/2024 | Updated 05/21/2024\n" + PARAGRAPH, "2024-05-06"),
    ("https://www.fenlandpost.co.uk/news/vote\nPublished 05/06/2024\n" + PARAGRAPH, "2024-06-05"),
    ("https://www.outbackwire.com.au/news/vote\n05/06/2024\n" + PARAGRAPH, "2024-06-05"),
    ("www.deccanledger.in/city/vote\nUpdated: 05/06/2024\n" + PARAGRAPH, "2024-06-05"),
    ("https://www.prairiepost.ca/news/vote\nPublished 05/06/2024\n" + PARAGRAPH, None),  # either order
    ("https://www.startup.io/news/vote\nPublished 05/06/2024\n" + PARAGRAPH, None),  # a generic domain
    ("https://www.valleynews.com/news/vote\nPublished 05/06/2024\n" + PARAGRAPH, None),
    ("Published 05/06/2024\nYORK, England — " + PARAGRAPH, "2024-06-05"),
    ("Published 05/06/2024\nPUEBLO, Colo. — " + PARAGRAPH, "2024-05-06"),
    ("Published 05/06/2024\nARUSHA, Tanzania (AP) — " + PARAGRAPH, "2024-06-05"),
    ("Published 05/06/2024\n2024-05-06T08:10:00Z\n" + PARAGRAPH, "2024-05-06"),
    ('Published 05/06/2024\n{"@type":"NewsArticle","dateModified":"2024-06-07"}\n' + PARAGRAPH, "2024-06-05"),
]


@pytest.mark.parametrize(("text", "expected"), AMBIGUOUS_NUMERIC_PAGES)
def test_ambiguous_numeric_stamp(text: str, expected: str | None) -> None:
    assert find_metadata(text).published == expected


@pytest.mark.parametrize(
    ("line", "order", "expected"),
    [
        ("Published 05/06/2024", "day", ("published", "2024-06-05")),
        ("Published 05/06/2024", "month", ("published", "2024-05-06")),
        ("Published 05/06/2024", None, None),
        ("Published 05/21/2024", "day", ("published", "2024-05-21")),  # a day over 12 wins over the order
        ("Published 21/05/2024", "month", ("published", "2024-05-21")),
        ("Date of publication: 05/06/2024", "day", ("published", "2024-06-05")),
        ("Stand: 05.06.2024", None, ("updated", "2024-06-05")),
    ],
)
def test_parse_stamp_order(line: str, order: str | None, expected: tuple[str, str] | None) -> None:
    assert parse_stamp(line, order=order) == expected


# stamp shapes of other kinds of page: a line of JSON metadata, press releases, blogs, a clipping's
# citation, a printed page's running head, slashes between pieces, an edition after the clock
FURNITURE_PAGES = [
    ('"datePublished": "2024-11-19",\n' + PARAGRAPH, "2024-11-19"),
    ('"dateModified": "2024-11-20T10:00:00Z"\n' + PARAGRAPH, "2024-11-20"),
    ('"published_time": "2024-11-19T07:45:00+01:00"\n' + PARAGRAPH, "2024-11-19"),
    ('"endDate": "2024-11-19"\n' + PARAGRAPH, None),  # an event's date, not the page's
    ("Updated: 2024-11-19 07:45 UTC\n" + PARAGRAPH, "2024-11-19"),
    ("2024-11-19T07:45:00Z\n" + PARAGRAPH, "2024-11-19"),
    ("PRESS RELEASE\nRelease date: 19 November 2024\n" + PARAGRAPH, "2024-11-19"),
    ("For immediate release: 19/11/2024\n" + PARAGRAPH, "2024-11-19"),
    ("Media release | 19 November 2024\n" + PARAGRAPH, "2024-11-19"),
    ("Posted by kwalsh on November 19, 2024 at 7:45 am\n" + PARAGRAPH, "2024-11-19"),
    ("Harbour Ledger, 19 November 2024, p. 7\n" + PARAGRAPH, "2024-11-19"),
    ("Source: Harbour Ledger (19 November 2024)\n" + PARAGRAPH, "2024-11-19"),
    ("THE HARBOUR LEDGER   TUESDAY, NOVEMBER 19, 2024   PAGE B2\n" + PARAGRAPH, "2024-11-19"),
    ("Nov. 19, 2024 / 7:45 AM / Harbour Ledger\n" + PARAGRAPH, "2024-11-19"),
    ("Tuesday 19 November 2024 07:45, UK\n" + PARAGRAPH, "2024-11-19"),
    ("Pubblicato il: 19/11/2024 07:45\n" + PARAGRAPH, "2024-11-19"),
    ("Stand: 19.11.2024 07:45 Uhr\n" + PARAGRAPH, "2024-11-19"),
    ("Date of publication: 19 November 2024\n" + PARAGRAPH, "2024-11-19"),
    ("Written by Kofi Mensah on 19 November 2024.\n" + PARAGRAPH, "2024-11-19"),
    ("Nov. 19, 2024 Updated 9:45 a.m. ET\n" + PARAGRAPH, "2024-11-19"),
    ("Stand up for the harbour, 19 November 2024\n" + PARAGRAPH, None),
    ("19-Nov-2024\n" + PARAGRAPH, "2024-11-19"),
    ("Posted on 19 November 2024 in World News\n" + PARAGRAPH, "2024-11-19"),
    ("Flooding on 19 November 2024 in Harbour Town\n" + PARAGRAPH, None),  # a sentence's words
    ("Published 19/nov/2024 07:45\n" + PARAGRAPH, "2024-11-19"),
    ("19 Nov 2024 07:45AM (Updated: 20 Nov 2024 09:45AM)\n" + PARAGRAPH, "2024-11-19"),
    ("Pune, Nov 19 (IANS) " + PARAGRAPH + "© 2024 IANS", "2024-11-19"),
    ("Tuesday 19 November 2024 07:45, until the tide turned\n" + PARAGRAPH, None),
    ("Ferries ran late | 19 November 2024, p. 7\n" + PARAGRAPH, None),  # a headline beside it
]


@pytest.mark.parametrize(("text", "expected"), FURNITURE_PAGES)
def test_page_furniture_stamps(text: str, expected: str | None) -> None:
    assert find_metadata(text).published == expected


# a stamp with two digits of the year, read only beside a keyword or a clock; a yearless stamp of
# another language in the year of the page's footer
SHORT_YEAR_AND_YEARLESS_PAGES = [
    ("Published 19/11/24 07:45\n" + PARAGRAPH, "2024-11-19"),
    ("Updated: 11/19/24 7:45 AM ET\n" + PARAGRAPH, "2024-11-19"),
    ("19.11.24, 07:45 Uhr\n" + PARAGRAPH, "2024-11-19"),
    ("Published 05/06/24\n" + PARAGRAPH, None),  # either reading would do
    ("19/11/24\n" + PARAGRAPH, None),  # no keyword or clock: maybe no date at all
    ("Updated 2024-11-19, 07:45\n" + PARAGRAPH, "2024-11-19"),
    ("martes 19 de noviembre\n" + PARAGRAPH + "© 2024 Harbour Ledger", "2024-11-19"),
    ("mardi 19 novembre à 07h45\n" + PARAGRAPH + "© 2024 Harbour Ledger", "2024-11-19"),
    ("Publié le 19 novembre à 07h45\n" + PARAGRAPH + "© 2024 Harbour Ledger", "2024-11-19"),
    ("Dienstag, 19. November\n" + PARAGRAPH + "© 2024 Harbour Ledger", "2024-11-19"),
    # 19 Nov 2024 is a Tuesday: the weekday fits the next year (a page copied after its year ended)
    ("mercredi 19 novembre\n" + PARAGRAPH + "© 2024 Harbour Ledger", "2025-11-19"),
    (
        "jeudi 19 novembre\n" + PARAGRAPH + "© 2024 Harbour Ledger",
        None,
    ),  # fits neither year nor its neighbours
    ("martes 19 de noviembre\n" + PARAGRAPH, None),  # no year anywhere
]


@pytest.mark.parametrize(("text", "expected"), SHORT_YEAR_AND_YEARLESS_PAGES)
def test_short_year_and_foreign_yearless_stamps(text: str, expected: str | None) -> None:
    assert find_metadata(text).published == expected


# Round-13 fixes: a Russian or Ukrainian stamp's genitive month, a labelled author line, an ordinal
# day on a press release's dateline (the page date when there is no stamp).
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("14 июня 2024, 08:05", ("", "2024-06-14")),
        ("Обновлено: 2 ноября 2023, 21:40", ("updated", "2023-11-02")),
        ("7 квітня 2025, 10:30", ("", "2025-04-07")),
        ("Posted : 2024.11.05 09:40 KST", ("posted", "2024-11-05")),
        ("September 03, 2024 18:25 GST", ("", "2024-09-03")),
    ],
)
def test_stamp_in_russian_ukrainian_and_padded(line: str, expected: tuple[str, str]) -> None:
    assert parse_stamp(line) == expected


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Author: Petra Lindqvist", ("Petra Lindqvist",)),
        ("Autor: Jonas Mereu", ("Jonas Mereu",)),
        ("Authors: Petra Lindqvist and Jonas Mereu", ("Petra Lindqvist", "Jonas Mereu")),
        ("Words by Petra Lindqvist", ("Petra Lindqvist",)),
    ],
)
def test_labelled_author_line(line: str, authors: tuple[str, ...]) -> None:
    assert (
        find_metadata(f"Ferry fares rise again\n{line}\n\nFerry fares rose on Monday.\n").authors == authors
    )


@pytest.mark.parametrize(
    "day",
    ["October 2nd, 2024", "2nd October 2024", "the 2nd of October, 2024", "October 21st, 2024"],
)
def test_ordinal_day_on_press_release_dateline(day: str) -> None:
    text = f"Quillmere Robotics\nPRESS RELEASE\n\nTALLINN, {day} — Quillmere Robotics opened a plant.\n"
    expected = "2024-10-21" if "21st" in day else "2024-10-02"
    assert find_metadata(text).published == expected


@pytest.mark.parametrize(
    ("first", "publisher"),
    [
        ("La Gaceta del Valle | English edition", "La Gaceta del Valle"),
        ("Corriere di Ventomare | English edition", "Corriere di Ventomare"),
        ("Stimme der Küste | English edition", "Stimme der Küste"),
    ],
)
def test_site_name_with_particles_above_edition(first: str, publisher: str) -> None:
    assert (
        find_metadata(f"{first}\n\nFerry fares rise again\n\nFerry fares rose on Monday.\n").publisher
        == publisher
    )


@pytest.mark.parametrize(
    ("top", "publisher"),
    [
        # a press release's issuer above its tagline and label
        ("Quillmere Robotics\nBuilding the machines of tomorrow\nPRESS RELEASE", "Quillmere Robotics"),
        ("Tarnwell Water Board\nNews release", "Tarnwell Water Board"),
        # a short title-case site name above a short tagline
        ("Fjordside Courier\nIndependent news for the fjords", "Fjordside Courier"),
        # a title-case headline above a longer standfirst is no site's name
        ("Storm Batters Coast\nResidents say news of the warning came far too late", None),
    ],
)
def test_publisher_over_tagline_or_release_label(top: str, publisher: str | None) -> None:
    assert (
        find_metadata(f"{top}\n\nFerry fares rose on Monday in the harbour towns.\n").publisher == publisher
    )


# page stamps of the article's date, in the forms news sites print them (invented headlines and bodies)
STAMP_FORMS = [
    ("Sat 7 Jun 2025 14.02 BST", "", "2025-06-07"),  # weekday first, dotted British clock
    ("2025-06-07T14:02:00+02:00", "", "2025-06-07"),  # an ISO 8601 stamp left in the text
    ("Published: 2025-06-07T23:40:00-05:00", "", "2025-06-07"),  # the page's own day, not UTC's
    ("Sept. 7, 2025", "", "2025-09-07"),  # a four-letter month abbreviation
    ("Jun. 7, 2025, 9:14 a.m.", "", "2025-06-07"),
    ("7 hours ago\nJun. 7, 2025, 9:14 a.m.", "", "2025-06-07"),  # the dated stamp wins over an age
    ("Jun. 7, 2025\n7 hours ago", "", "2025-06-07"),
    ("Last updated 07/06/2025 14:02 BST", "", "2025-06-07"),  # a day-first zone
    ("Last updated 07/06/2025", "SWANSEA, Wales — ", "2025-06-07"),  # a day-first dateline
    ("Last updated 07/06/2025", "TULSA, Okla. (AP) — ", "2025-07-06"),  # a month-first dateline
    ("Last updated 07/06/2025", "", None),  # nothing tells the order: no date rather than a guess
]


@pytest.mark.parametrize(
    ("stamp", "dateline", "published"), STAMP_FORMS, ids=[c[0] + c[1] for c in STAMP_FORMS]
)
def test_stamp_forms_give_the_article_date(stamp: str, dateline: str, published: str | None) -> None:
    text = (
        f"Bakers strike over flour prices\n{stamp}\n\n{dateline}Bakers walked out on Friday, a union said.\n"
    )
    assert article_from_text(text).published == published
