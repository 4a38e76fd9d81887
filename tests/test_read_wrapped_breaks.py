"""Hard-wrapped text: a full line ending in a colon or a semicolon before a capital ("the mayor
said:\\nThe ferry …", "from Arlow;\\nBrenton and …") is a break inside a sentence, made a space in the
parser's view as any other wrapped break; a full stop, a question or an exclamation mark before a
capital keeps its break (a sentence starts there either way). The record keeps the text's own breaks.
"""

from __future__ import annotations

from typing import Any

import pytest

from storyline.read.wrapping import unwrapped, wrapped_breaks

COLUMN = (
    "The port authority in Calderby said on\n"
    "Monday that the eastern breakwater had\n"
    "cracked in two places after the storm,\n"
    "and its chief engineer told reporters{0}\n"
    "{1} will stay shut to\n"
    "shipping until divers have looked at\n"
    "the foundations of the old harbour wall.\n"
    "\n"
    "The breakwater was built in 1898.\n"
)


@pytest.mark.parametrize(
    ("end", "opening", "joined"),
    [
        (":", "The inner basin", True),
        (":", "“The inner basin", True),
        (";", "Westholm quay", True),
        (":", "Both inner basins", True),
        (".", "The inner basin", False),  # a sentence's end: kept
        ("?", "The inner basin", False),
        ("!", "The inner basin", False),
    ],
)
def test_break_after_a_colon_before_a_capital(end: str, opening: str, joined: bool) -> None:
    text = COLUMN.format(end, opening)
    view = unwrapped(text)
    assert len(view) == len(text)
    at = text.index("reporters" + end) + len("reporters" + end)
    assert (at in wrapped_breaks(text)) is joined
    assert view[at] == (" " if joined else "\n")
    assert text[at] == "\n"  # the text itself is never changed


def test_colon_break_is_one_sentence_in_the_parse(analyse: Any) -> None:
    text = "Breakwater cracks in storm\n\n" + COLUMN.format(":", "The inner basin")
    a = analyse(text)
    said = next(t for t in a.doc if t.text == "reporters")
    sentence = a.sentence_of(said).text.strip()
    assert sentence.startswith("The port authority in Calderby said on")
    assert sentence.endswith("the foundations of the old harbour wall.")


PRINT_PAGE = (
    "Calderby fishermen to pay double as port\n"
    "fees rise to mend the breakwater\n"
    "\n"
    "Repairs will take until the end of summer,\n"
    "engineers say\n"
    "\n"
    "By Tomas Vidal\n"
    "\n"
    "The port authority in Calderby said on Monday that\n"
    "it would double the fees it charges fishing boats\n"
    "from April, to pay for repairs to the breakwater,\n"
    "which cracked in two places in last month's storm.\n"
    "Fishermen's groups said the increase would drive\n"
    "smaller boats out of business, and that nobody had\n"
    "asked them before the board voted on the matter.\n"
)


def test_headline_set_over_two_lines_of_a_print_page() -> None:
    from storyline.read import find_metadata

    meta = find_metadata(PRINT_PAGE)
    assert meta.headline == "Calderby fishermen to pay double as port fees rise to mend the breakwater"
    assert meta.authors == ("Tomas Vidal",)
    view = unwrapped(PRINT_PAGE)
    assert view.startswith(
        "Calderby fishermen to pay double as port fees rise to mend the breakwater\n\n"
        "Repairs will take until the end of summer, engineers say\n\nBy Tomas Vidal\n"
    )


def test_short_lines_of_a_page_not_wrapped_keep_their_breaks() -> None:
    text = (
        "Calderby fishermen to pay double as port\nfees rise\n\nBy Tomas Vidal\n\nThe story's one paragraph."
    )
    assert wrapped_breaks(text) == []
