"""Reader comments under a page's story (a "Comments (14)" or "12 comments" heading over commenters'
handles, "3 hours ago", "Reply", "Like 4") are out of the parser's view, as other page furniture is, so a
commenter's quoting is no quote of the story; the story's last paragraph and the page's copyright footer
stay. Every page here is invented."""

from __future__ import annotations

import pytest

from storyline.read import find_metadata
from storyline.read.furniture import blank_furniture, comment_thread

STORY = """The Hillcrest Tribune

Library reopens after flood repairs

By Nadia Ferreira

The central library in Hillcrest reopened on Monday after eight months of flood repairs.

"We have a building the town can be proud of again," said the head librarian, Owen Price.

The council said the reading room would stay open until 9 p.m. on weekdays.

"""
FOOTER = "© 2026 The Hillcrest Tribune. All rights reserved.\n"

THREADS = [
    """Comments (2)

sam_r
3 hours ago
"It is a waste of money," my uncle said, and I agree with him.
Reply · Like 4

Priya Nair
1 day ago
Great news for the students.
Reply

""",
    """12 comments

greenbird · 2 days ago
"They never listen," said every neighbour I spoke to.
Like 3 | Reply
View 2 replies

""",
    """3 thoughts on “Library reopens after flood repairs”

sam_r says:
June 3, 2026 at 10:14 am
"Money well spent," said my father, who worked there.
Reply

""",
    """Join the conversation

old_reader
an hour ago
"Finally," said my wife.
Reply
""",
]


@pytest.mark.parametrize("thread", THREADS)
def test_comment_thread_is_out_of_the_view(thread: str) -> None:
    text = STORY + thread + FOOTER
    span = comment_thread(text)
    assert span == (len(STORY), len(STORY) + len(thread))
    view = blank_furniture(text)
    assert len(view) == len(text)
    assert view[: len(STORY)] == STORY  # the story's last paragraph stays
    assert not view[span[0] : span[1]].strip()
    assert view.endswith(FOOTER)


@pytest.mark.parametrize("thread", THREADS)
def test_comment_thread_leaves_the_metadata(thread: str) -> None:
    meta = find_metadata(STORY + thread + FOOTER)
    assert meta.authors == ("Nadia Ferreira",)
    assert meta.publisher == "The Hillcrest Tribune"


def test_story_heading_without_a_thread_is_no_comment_thread() -> None:
    text = (
        STORY
        + "Comments\n\nThe mayor, Ruth Ellis, said the repairs came in under budget.\n\n"
        + "She thanked the volunteers.\n"
    )
    assert comment_thread(text) is None
    assert comment_thread(STORY + "Comments (23)\n\n" + FOOTER) is None  # a bare count over the footer


def test_commenters_quotes_are_no_quotes(pipeline) -> None:
    from storyline.read import article_from_text

    text = STORY + THREADS[0] + FOOTER
    record = next(pipeline.process_articles([article_from_text(text)]))
    quotes = [text[q.start : q.end] for q in record.quotes]
    assert any("a building the town can be proud of" in q for q in quotes)
    assert not any("waste of money" in q for q in quotes)
    assert all(q.start < len(STORY) for q in record.quotes)
