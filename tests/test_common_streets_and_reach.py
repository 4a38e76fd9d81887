"""Helpers the stages share since session 17 (storyline.stages.common): the street words the
entities and places stages both read, and the reach back of a pronoun's antecedent search."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from storyline.stages import entities as entities_stage
from storyline.stages.common import street_words, window_start
from storyline.stages.places import _square_name

# a word, the stage that reads it, whether that stage reads it (``street_words.tsv``'s reach)
STREET_WORDS = [
    ("Plaza", "names", True),  # both
    ("Plaza", "places", True),
    ("Rua", "places", True),
    ("Jalan", "names", True),  # names only
    ("Jalan", "places", False),
    ("Boulevard", "places", False),
    ("Plazuela", "places", True),  # both since session 18 (it was places only)
    ("Plazuela", "names", True),
    ("plaza", "names", False),  # matched case-sensitively
    ("Street", "names", False),  # an English kind word follows its name ("Tarvo Street")
]


@pytest.mark.parametrize(("word", "stage", "expected"), STREET_WORDS)
def test_street_words(word: str, stage: str, expected: bool) -> None:
    assert (word in street_words(stage)) is expected


def test_street_words_sizes() -> None:
    assert (len(street_words("names")), len(street_words("places"))) == (38, 11)
    assert len(street_words("names") & street_words("places")) == 11


# an invented sentence, the words of a name, whether the places stage takes it for a square's
# or street's name by its opening word (its reach of ``street_words.tsv``)
SQUARE_NAMES = [
    ("Vendors gathered in Plazuela Orvena on Sunday.", "Plazuela Orvena", True),
    ("Vendors gathered in Praça Orvena on Sunday.", "Praça Orvena", True),
    ("Vendors gathered on Jalan Orvena on Sunday.", "Jalan Orvena", False),  # the entities' reach only
]


@pytest.mark.parametrize(("text", "name", "expected"), SQUARE_NAMES)
def test_square_name_reach(nlp, text: str, name: str, expected: bool) -> None:
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == name.split()[0])
    assert _square_name(doc, start, start + len(name.split())) is expected


def test_entities_street_cues_are_the_shared_list(pipeline) -> None:
    stage = pipeline.entities
    assert isinstance(stage.gaz, entities_stage.NameLexicon)
    assert set(stage.gaz.cues["street"]) == street_words("names")
    assert set(stage.gaz.cues["street"].values()) == {"FAC"}


# sentences of one to three words (sentence starts), a token, how many sentences back, the index
# of the first token of the sentence the search reaches
_WORDS = ["A", "b", ".", "C", ".", "D", "e", ".", "F", "g", "."]
_STARTS = [True, False, False, True, False, True, False, False, True, False, False]
WINDOWS = [
    (9, 0, 8),  # its own sentence
    (9, 1, 5),
    (9, 2, 3),
    (9, 3, 0),
    (9, 5, 0),  # fewer sentences precede: the doc's first
    (0, 2, 0),
    (4, 1, 0),
]


@pytest.mark.parametrize(("i", "back", "expected"), WINDOWS)
def test_window_start(i: int, back: int, expected: int) -> None:
    doc = Doc(Vocab(), words=_WORDS, sent_starts=_STARTS)
    assert window_start(doc[i], back) == expected
