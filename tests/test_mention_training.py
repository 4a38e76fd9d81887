"""The cross-validation folds of ``scripts/train_event_mentions.py`` (the learned event-mention
detector's trainer): leave-topics-out folds fixed as contiguous blocks of the sorted topics,
the learning-curve subsets of a fold's training topics, and topic ranges as labels. No model
is trained here."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parent.parent / "scripts" / "train_event_mentions.py"
_spec = importlib.util.spec_from_file_location("train_event_mentions", _PATH)
assert _spec is not None and _spec.loader is not None
trainer = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = trainer  # its dataclasses look their module up
_spec.loader.exec_module(trainer)

TOPICS = list(range(1, 36))


@pytest.mark.parametrize(
    ("k", "blocks"),
    [
        (2, [(1, 17), (18, 35)]),  # the 2-fold table's halves
        (4, [(1, 8), (9, 17), (18, 26), (27, 35)]),  # the later folds are the larger
        (5, [(1, 7), (8, 14), (15, 21), (22, 28), (29, 35)]),
        (7, [(1, 5), (6, 10), (11, 15), (16, 20), (21, 25), (26, 30), (31, 35)]),
    ],
)
def test_folds_are_contiguous_blocks(k: int, blocks: list[tuple[int, int]]) -> None:
    assert trainer.folds(TOPICS, k) == [list(range(a, b + 1)) for a, b in blocks]


def test_folds_sort_the_topics_and_cover_each_once() -> None:
    topics = [9, 3, 12, 1, 40, 7]
    got = trainer.folds(topics, 3)
    assert got == [[1, 3], [7, 9], [12, 40]]
    assert sorted(t for fold in got for t in fold) == sorted(topics)


@pytest.mark.parametrize("k", [1, 0, 36])
def test_folds_refuse_impossible_k(k: int) -> None:
    with pytest.raises(ValueError):
        trainer.folds(TOPICS, k)


def test_learning_curve_subsets() -> None:
    topics = [2, 4, 5, 6, 8, 9, 11, 13]
    assert trainer.subsets(topics, (1, 2)) == [[2, 5, 8, 11], [4, 6, 9, 13]]
    assert trainer.subsets(topics, (3, 4)) == [
        [4, 5, 6, 9, 11, 13],
        [2, 5, 6, 8, 11, 13],
        [2, 4, 6, 8, 9, 13],
        [2, 4, 5, 8, 9, 11],
    ]
    with pytest.raises(ValueError):
        trainer.subsets(topics, (2, 5))


@pytest.mark.parametrize(
    ("topics", "label"),
    [
        ([18, 19, 20, 21], "18-21"),
        ([1, 2, 3, 8, 9, 30], "1-3, 8-9, 30"),
        ([5], "5"),
        ([12, 11, 4], "4, 11-12"),
    ],
)
def test_topic_label(topics: list[int], label: str) -> None:
    assert trainer.topic_label(topics) == label
