"""A feed's item saved as text (an RSS 2.0 or Atom dump): its metadata comes from the feed's fields (the
channel's title as publisher, the item's title, link, date and creator) and its story's own lines ("Additional
reporting by …"); the parser's view has the markup blanked and the character entities decoded (same length,
so every offset is the text's). Every page here is invented."""

from __future__ import annotations

import pytest

from storyline.read import find_metadata
from storyline.read.feeds import feed_item
from storyline.read.furniture import blank_furniture

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>Northshore Courier</title>
<link>https://northshore.example/</link>
<description>Daily news from the coast</description>
<item>
<title>Storm surge floods harbour district in Velmar</title>
<link>https://northshore.example/2026/02/09/velmar-surge</link>
<pubDate>Mon, 09 Feb 2026 21:40:00 +0100</pubDate>
<dc:creator>Ilse Varga</dc:creator>
<description><![CDATA[<p>A storm surge flooded the harbour district of Velmar on Monday,
forcing 300 families from their homes.</p>
<p>&#8220;The sea came over the wall in minutes,&#8221; said a shopkeeper, Otto Brandt.
&#8220;Nobody was ready.&#8221;</p>
<p>The port authority said repairs would cost about 4 million euros &#8211;
twice last year&#8217;s budget.</p>
<p>Additional reporting by Mara Lind.</p>]]></description>
</item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Eastbay Ledger | Latest</title>
  <link href="https://eastbay.example/"/>
  <entry>
    <title type="html">Ferry crews walk out over rosters</title>
    <link rel="alternate" href="https://eastbay.example/news/ferry-walkout"/>
    <published>2026-05-18T07:15:00+10:00</published>
    <updated>2026-05-19T09:00:00+10:00</updated>
    <author><name>Dana Whitlock</name></author>
    <content type="html">&lt;p&gt;Ferry crews in Eastbay walked out on Sunday
over new rosters.&lt;/p&gt;
&lt;p&gt;&amp;#8220;We were given two days&amp;#8217; notice,&amp;#8221; said deckhand
Rui Costa.&lt;/p&gt;</content>
  </entry>
</feed>
"""


def test_rss_item_metadata_comes_from_its_fields() -> None:
    meta = find_metadata(RSS)
    assert meta.publisher == "Northshore Courier"
    assert meta.published == "2026-02-09"
    assert meta.authors == ("Ilse Varga",)
    assert meta.contributors == ("Mara Lind",)
    assert meta.headline == "Storm surge floods harbour district in Velmar"
    assert meta.url == "https://northshore.example/2026/02/09/velmar-surge"


def test_atom_entry_metadata_comes_from_its_fields() -> None:
    meta = find_metadata(ATOM)
    assert (meta.publisher, meta.published, meta.authors) == (
        "Eastbay Ledger",
        "2026-05-18",
        ("Dana Whitlock",),
    )
    assert meta.headline == "Ferry crews walk out over rosters"
    assert meta.url == "https://eastbay.example/news/ferry-walkout"


@pytest.mark.parametrize(
    ("creator", "authors"),
    [
        ("<dc:creator>Ilse Varga and Tom Reyes</dc:creator>", ("Ilse Varga", "Tom Reyes")),
        ("<author>ilse@northshore.example (Ilse Varga)</author>", ("Ilse Varga",)),
        ("<dc:creator><![CDATA[Ilse Varga]]></dc:creator>", ("Ilse Varga",)),
        ("<dc:creator>By Ilse Varga, Staff Writer</dc:creator>", ("Ilse Varga",)),
    ],
)
def test_item_creator_forms(creator: str, authors: tuple[str, ...]) -> None:
    assert find_metadata(RSS.replace("<dc:creator>Ilse Varga</dc:creator>", creator)).authors == authors


def test_parser_view_keeps_length_and_reads_the_story_only() -> None:
    view = blank_furniture(RSS)
    assert len(view) == len(RSS)
    assert "Northshore Courier" not in view  # the channel's title is metadata, not the story
    assert "CDATA" not in view and "<p>" not in view and "&#" not in view and "8220" not in view
    assert "“The sea came over the wall in minutes," in view
    assert " ”" in view  # the closing mark stands at its entity's end, before "said"
    start = RSS.index("A storm surge")
    assert view[start : start + 40] == RSS[start : start + 40]  # the story's words at their own offsets
    # the item's title and its paragraphs are paragraphs of their own
    assert "\n" in view[RSS.index("Velmar</title>") : RSS.index("A storm surge")]


def test_escaped_atom_content_is_unpacked() -> None:
    view = blank_furniture(ATOM)
    assert len(view) == len(ATOM)
    assert "&lt;" not in view and "&amp;" not in view and "8217" not in view
    assert "“We were given two days" in view
    assert "’ notice" in view
    assert "Eastbay Ledger" not in view


def test_plain_text_and_html_like_lines_are_no_feed() -> None:
    assert feed_item("The <b>council</b> met on Monday.\n") is None
    assert feed_item("<p>Only a paragraph of HTML, no feed.</p>\n") is None


def test_feed_item_record(pipeline) -> None:
    """The record of a feed dump: the quotes of its story, no number from an entity, offsets the text's."""
    from storyline.read import article_from_text

    article = article_from_text(RSS)
    record = next(pipeline.process_articles([article]))
    quotes = [(RSS[q.start : q.end], q.speaker.text if q.speaker else None) for q in record.quotes]
    assert ("The sea came over the wall in minutes", "a shopkeeper") in quotes
    assert all(
        "8220" not in RSS[x.start : x.end] and "8211" not in RSS[x.start : x.end] for x in record.quantities
    )
    assert not any("Northshore" in e.name for e in record.entities)


def test_a_saving_tools_note_over_the_feed() -> None:
    """A line of the tool that saved the feed over it: the feed is read all the same, the note blanked."""
    text = "Saved from Reeder on 10 Feb 2026\n\n" + RSS
    meta = find_metadata(text)
    assert (meta.publisher, meta.published) == ("Northshore Courier", "2026-02-09")
    assert meta.authors == ("Ilse Varga",)
    assert not blank_furniture(text)[:40].strip()


def test_atom_feed_author_stands_for_its_entry() -> None:
    entry_author = "    <author><name>Dana Whitlock</name></author>\n"
    feed = ATOM.replace(entry_author, "")
    feed = feed.replace("</title>\n  <link", "</title>\n" + entry_author + "  <link", 1)
    assert find_metadata(feed).authors == ("Dana Whitlock",)
    outlet = feed.replace("Dana Whitlock", "Eastbay Ledger")
    assert find_metadata(outlet).authors == ()
