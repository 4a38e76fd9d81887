"""Helpers the stages share (storyline.stages.common)."""

from __future__ import annotations

import pytest

from storyline.read import datelines
from storyline.stages.common import article_spellings, common_word, past_dateline, restore_case, titled

# the subject the parser hung on a dateline's place: text, the word taken for the subject,
# the word past_dateline gives back (the word itself when it is in no dateline)
PAST_DATELINE = [
    ("CLEVELAND — Former Attorney General Michael Mukasey told reporters it was a risk.", "CLEVELAND", None),
    # the parser made "NAIROBI" the subject and nothing past the dateline hangs on it
    ("NAIROBI, Kenya (AP) — Police arrested three men on Friday.", "NAIROBI", "NAIROBI"),
    ("Police in NAIROBI arrested three men on Friday.", "Police", "Police"),  # no dateline
    ("NAIROBI, Kenya (AP) — Police arrested three men on Friday.", "Police", "Police"),  # past it
]


@pytest.mark.parametrize(("text", "word", "expected"), PAST_DATELINE)
def test_past_dateline(analyse, text: str, word: str, expected: str | None) -> None:
    doc = analyse(text).doc
    lines = [(d.start, d.end) for d in datelines(text)]
    tok = next(t for t in doc if t.text == word)
    got = past_dateline(tok, lines)
    if expected is None:  # whichever word the parser hung on the place, it lies past the dateline
        assert got.idx >= lines[0][1]
    else:
        assert got.text == expected


#: Words an invented article writes in lowercase, for the case restorer's tests.
_COMMON = frozenset(
    {"mayor", "panel", "ferry", "delays", "hit", "vote", "bath", "baker", "holds", "talks", "in", "told"}
)


def _common(_i: int, word: str) -> bool:
    return word in _COMMON


# headline, the article's spellings, known names, acronym length, the restored headline
RESTORE_CASE = [
    # the article's own spelling first, then common words in lowercase
    (
        "TOVEN HARBOR BOARD DELAYS FERRY VOTE",
        {"harbor": "Harbor", "board": "Board"},
        (),
        3,
        "Toven Harbor Board delays ferry vote",
    ),
    # an acronym of up to three letters is kept, a longer word in capitals is a name
    ("MAYOR TOLD UN PANEL", {}, (), 3, "Mayor told UN panel"),
    ("MAYOR TOLD UN PANEL", {}, (), 1, "Mayor told Un panel"),
    # a known name of several words, and a known name before a common word
    ("PORT LENA FERRY DELAYS", {}, {"Port Lena"}, 3, "Port Lena ferry delays"),
    ("BATH VOTE", {}, {"Bath"}, 3, "Bath vote"),
    ("BATH VOTE", {}, (), 3, "Bath vote"),  # the first letter is a capital anyway
    ("VOTE IN BATH", {}, (), 3, "Vote in bath"),
    # title case: a word that is no common word is kept as written
    ("Ferry Delays Hit Osterby", {}, (), 3, "Ferry delays hit Osterby"),
    # no capital after an apostrophe
    ("QUENBY WON'T VOTE", {}, (), 3, "Quenby Won't vote"),
    # a spelling of another length is left as written: offsets must stay those of the line
    ("FERRY VOTE", {"vote": "votes"}, (), 3, "Ferry VOTE"),
]


@pytest.mark.parametrize(("text", "spellings", "names", "acronym", "expected"), RESTORE_CASE)
def test_restore_case(
    text: str, spellings: dict[str, str], names: set[str], acronym: int, expected: str
) -> None:
    assert restore_case(text, spellings, _common, names=names, acronym=acronym) == expected


# headline, the article's spellings, known acronyms, the restored headline: an acronym is kept
# when the article writes it in capitals, when it is a known one, or when it has no vowel
RESTORE_ACRONYMS = [
    ("VELDAR PANEL HOLDS TALKS", {"veldar": "VELDAR"}, (), "VELDAR panel holds talks"),
    ("VELDAR PANEL HOLDS TALKS", {"veldar": "Veldar"}, (), "Veldar panel holds talks"),
    ("VELDAR PANEL HOLDS TALKS", {}, {"VELDAR"}, "VELDAR panel holds talks"),
    ("VELDAR PANEL HOLDS TALKS", {}, (), "Veldar panel holds talks"),
    # a known acronym that is a common word as well stays one: the caller leaves those out
    ("MAYOR TOLD PANEL", {}, {"PANEL"}, "Mayor told PANEL"),
    # no vowel: no word, whatever its length
    ("KRTPL PANEL HOLDS TALKS", {}, (), "KRTPL panel holds talks"),
    ("PANEL TALKS IN BRSK", {}, (), "Panel talks in BRSK"),
    # a word of one letter is no acronym
    ("MAYOR TOLD X", {}, (), "Mayor told X"),
]


@pytest.mark.parametrize(("text", "spellings", "acronyms", "expected"), RESTORE_ACRONYMS)
def test_restore_case_acronyms(
    text: str, spellings: dict[str, str], acronyms: set[str], expected: str
) -> None:
    assert restore_case(text, spellings, _common, acronyms=acronyms, acronym=3) == expected


@pytest.mark.parametrize(
    ("text", "skip", "expected"),
    [
        # the most frequent form; capitals counted ("VELDAR" twice, "Veldar" once)
        ("He met VELDAR staff. The VELDAR board and Veldar met.", (), {"veldar": "VELDAR"}),
        # on a tie the form with fewer capitals
        ("He saw the Ferry and the ferry.", (), {"ferry": "ferry"}),
        # the first word of a sentence is not counted, nor the words in the skipped ranges
        ("Ferry delays. The FERRY left.", ((14, 29),), {"delays": "delays"}),
    ],
)
def test_article_spellings(
    nlp, text: str, skip: tuple[tuple[int, int], ...], expected: dict[str, str]
) -> None:
    got = article_spellings(nlp(text), skip)
    assert {w: got[w] for w in expected} == expected
    assert "he" not in got and "ferry delays" not in got


@pytest.mark.parametrize(
    ("word", "expected"),
    [("ferry", True), ("delays", True), ("into", True), ("veldar", False), ("krtpl", False)],
)
def test_common_word(word: str, expected: bool) -> None:
    assert common_word(word) is expected


def test_restore_case_word_index_and_ranges() -> None:
    # the caller's view by word index: the first word belongs to a name
    assert restore_case("Baker Holds Talks", {}, lambda i, w: i > 0 and w in _COMMON) == "Baker holds talks"
    # only the words given are restored
    assert restore_case("BAKER HOLDS TALKS", {}, _common, words=[(6, 11)]) == "BAKER holds TALKS"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("KANSAS CITY", "Kansas City"), ("DON'T", "Don't"), ("O'HARA", "O'hara"), ("u.s.", "U.S.")],
)
def test_titled(text: str, expected: str) -> None:
    assert titled(text) == expected
