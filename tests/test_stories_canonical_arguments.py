"""The store's canonical events compare what the measured merge compares: each record-built
mention (``event_mentions``) carries its trigger's lemma and its event's arguments, so one event
told in other but related words by two articles ("killed" / "murder") is one canonical event in
the store, coordinated predicates ("shot and wounded") stay two, and mentions stored without
those fields load and merge as before. Before, record-built mentions had no lemma and no
arguments and joined by the pair score alone."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from storyline.pipeline import Pipeline
from storyline.read import article_from_text
from storyline.store import Store, ingest
from storyline.stories import CanonicalEvent, EventMention, EventMerger, _mention_args
from storyline.stories.mentions import trigger_lemma, word_lemma


def _canonical(
    pipeline: Pipeline, tmp_path: Path, texts: list[tuple[str, str]], kind: str
) -> list[list[str]]:
    """The stored canonical events of type ``kind`` after ingesting ``texts`` ((text, date),
    one publisher each) into a real store: each the sorted triggers of its mentions."""
    store = Store(tmp_path / "store.db")
    articles = [
        dataclasses.replace(article_from_text(text), published=day, publisher=f"Outlet {i}")
        for i, (text, day) in enumerate(texts)
    ]
    ingest(articles, store, pipeline=pipeline)
    events = [e for e in store.canonical_events(type=kind) if e["type"] == kind]
    return sorted(sorted(m["trigger"] for m in store.canonical_mentions(e["id"])) for e in events)


@pytest.mark.parametrize(
    "texts, triggers",
    [
        (
            [
                (
                    "Gunmen killed Rafael Ortiz outside a bakery in Culiacan late at night, authorities "
                    "said.\n\nWitnesses heard several shots.",
                    "2023-05-20",
                ),
                (
                    "Residents of Culiacan mourned on Sunday after the murder of Rafael Ortiz, whose "
                    "funeral is planned for Friday.\n\nHis family asked for justice.",
                    "2023-05-21",
                ),
            ],
            [["killed", "murder"]],
        ),
        (
            [
                (
                    "Gunmen assassinated Lucia Ferreira, the mayor of Campinas, outside city hall, police "
                    "said.\n\nShe had received threats.",
                    "2024-01-15",
                ),
                (
                    "Lucia Ferreira was killed days before a vote on the Campinas budget, her party "
                    "said.\n\nA vigil is planned.",
                    "2024-01-15",
                ),
            ],
            [["assassinated", "killed"]],
        ),
    ],
)
def test_one_event_in_related_words_is_one_canonical_event(
    pipeline: Pipeline, tmp_path: Path, texts: list[tuple[str, str]], triggers: list[list[str]]
) -> None:
    assert _canonical(pipeline, tmp_path, texts, "ASSAULT") == triggers


def test_coordinated_predicates_stay_two_canonical_events(pipeline: Pipeline, tmp_path: Path) -> None:
    # "shot" and "wounded" are related words sharing every argument, but each article says both
    # acts in one breath (Event.coordinated): two events, each reported by both articles
    texts = [
        (
            "Gunmen shot and wounded Ali Hassan near a market in Mosul, police said.\n\n"
            "He was taken to hospital.",
            "2021-06-04",
        ),
        (
            "Ali Hassan was shot and wounded by gunmen near a market in Mosul, police said.\n\n"
            "Doctors said he was stable.",
            "2021-06-04",
        ),
    ]
    assert _canonical(pipeline, tmp_path, texts, "ASSAULT") == [["shot", "shot"], ["wounded", "wounded"]]


@pytest.mark.parametrize(
    "text, lemma",
    [
        ("slain", "slay"),
        ("fled", "flee"),
        ("shooting", "shoot"),
        ("injured", "injure"),
        ("dies", "die"),
        ("blaze", "blaze"),
        ("fires", "fire"),
        ("charged with", "charge"),
        ("gunned down", "gun down"),
        ("phone calls", "call"),
        ("Handed over", "hand over"),
        ("", None),
    ],
)
def test_trigger_lemma(text: str, lemma: str | None) -> None:
    assert trigger_lemma(text) == lemma


@pytest.mark.parametrize(
    "word, lemma", [("protesters", "protester"), ("wounded", "wounded"), ("police", "police")]
)
def test_argument_word_lemma(word: str, lemma: str) -> None:
    # an argument phrase's head is read as a noun ("the wounded" are people, not an act)
    assert word_lemma(word, noun=True) == lemma


def _stored(trigger: str, article: str, **kw: object) -> dict[str, object]:
    """A mention as a store written before lemmas and arguments were kept holds it."""
    return {
        "article_id": article,
        "event_id": "v1",
        "type": "ASSAULT",
        "trigger": trigger,
        "trigger_start": 0,
        "trigger_end": len(trigger),
        "sentence_start": 0,
        "sentence_end": 40,
        "sentence": f"Masked men {trigger} Ilse Brandt near Graz.",
        "sources": ["masked men"],
        "targets": ["Ilse Brandt"],
        "story": 4,
        **kw,
    }


def test_mentions_stored_without_lemma_or_arguments_merge_as_before() -> None:
    old = EventMention(**_mention_args(_stored("slew", "a1")))
    assert (old.lemma, old.participants, old.argument_words, old.numbers) == (None, (), (), ())
    new = EventMention(
        **_mention_args(
            _stored(
                "murder",
                "a2",
                sentence="Ilse Brandt's murder shocked Graz.",
                sources=[],
                lemma="murder",
                participants=["ilse brandt"],
                argument_words=["brandt"],
            )
        )
    )
    merger = EventMerger()
    merger.restore(CanonicalEvent(1, "ASSAULT", [old]))
    # the stored event has no lemma: no related-word join, no absorbing, as before
    assert merger.add(new) == 2
    assert sorted(len(e.mentions) for e in merger.events.values()) == [1, 1]
    # the same event stored with its lemma and arguments takes the new report in
    merger = EventMerger()
    with_fields = dataclasses.replace(old, lemma="slay", participants=("masked men", "ilse brandt"))
    merger.restore(CanonicalEvent(1, "ASSAULT", [with_fields]))
    assert merger.add(new) == 1


def _report(article: str, sentence: str, **kw: object) -> EventMention:
    """One report of an arrest in story 7, of the same day."""
    base: dict[str, object] = {
        "article_id": article,
        "event_id": "v1",
        "type": "COERCE",
        "trigger": "arrested",
        "trigger_start": 0,
        "trigger_end": 8,
        "sentence_start": 0,
        "sentence_end": len(sentence),
        "sentence": sentence,
        "date": "2031-05-02",
        "story": 7,
        "lemma": "arrest",
    }
    return EventMention(**{**base, **kw})


@pytest.mark.parametrize(
    "first, second, same",
    [
        # one actor named in other words: a first name spelt out, a number for a nationality, case
        ((("Harbour police",), ("Kasimir Olenko",)), (("police",), ("Kasimir P. Olenko",)), True),
        ((("Coast guards",), ("14 smugglers",)), (("coast guards",), ("Moroccan smugglers",)), True),
        ((("ITALIAN CARABINIERI",), ()), (("the Italian carabinieri",), ()), True),
        # two actors: still two events
        ((("Harbour police",), ("Kasimir Olenko",)), (("Harbour police",), ("Vera Dunn",)), False),
        ((("Coast guards",), ("14 smugglers",)), (("border troops",), ("14 smugglers",)), False),
    ],
)
def test_actors_named_in_other_words_are_one_actor(
    first: tuple[tuple[str, ...], tuple[str, ...]],
    second: tuple[tuple[str, ...], tuple[str, ...]],
    same: bool,
) -> None:
    a = _report("a1", "Officers arrested the man at the port on Friday.", sources=first[0], targets=first[1])
    b = _report(
        "a2", "The arrest took place at dawn near the ferry terminal.", sources=second[0], targets=second[1]
    )
    merger = EventMerger()
    assert (merger.add(a) == merger.add(b)) is same
