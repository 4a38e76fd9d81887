"""Stories as a user sees them (session 18): a story's title is a headline or a generated label,
never a page's menu; actors and places are shown as the records name them, in a fixed order;
the same input gives the same stored stories on every run; and an article taken out of its story
and canonical events (removed or re-processed) leaves no trace to count twice."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from conftest import RecordsPipeline
from storyline.read import article_from_text
from storyline.record import Record
from storyline.store import Store, ingest
from storyline.stories import Story, profile
from storyline.stories.grouping import Profile, place_label, site_furniture
from test_store import make_record

# --- place labels and site furniture -------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "country", "feature", "label"),
    [
        ("Nairobi", "KE", "PPLC", "Nairobi, Kenya"),
        ("Kenya", "KE", "PCLI", "Kenya"),  # a country alone
        ("Kenya", "KE", None, "Kenya"),  # the country's own name
        ("Moscow", "RU", "PPLC", "Moscow, Russia"),  # the press's name, not "Russian Federation"
        ("Seoul", "KR", None, "Seoul, South Korea"),
        ("Springfield", None, None, "Springfield"),  # no country known
        ("Lake  Kivu", "ZZ", None, "Lake Kivu"),  # no such country code
    ],
)
def test_place_label(name: str, country: str | None, feature: str | None, label: str) -> None:
    assert place_label(name, country, feature) == label


@pytest.mark.parametrize(
    ("headline", "publisher", "furniture"),
    [
        ("Harbour Post | News | Politics", "Harbour Post", True),  # the site's name and sections
        ("The Harbour Post", "The Harbour Post", True),
        ("☰   THE HARBOUR POST   🔍", "The Harbour Post", True),
        ("Home › Nation › Disaster", None, True),  # a breadcrumb
        ("Home | World | Business | Sport", None, True),
        ("☰ 🔍", None, True),
        ("Harbour Post reporter wins press freedom award", "Harbour Post", False),
        ("Flooding | Live updates", None, False),  # two pieces: a headline with a tag
        ("Ferry sinks off the coast; dozens missing", "Harbour Post", False),
        ("", None, False),
    ],
)
def test_site_furniture(headline: str, publisher: str | None, furniture: bool) -> None:
    assert site_furniture(headline, publisher) is furniture


def test_a_page_without_a_headline_gives_no_title() -> None:
    text = "News | World | Business | Sport | Video\n\nPolice cleared the square on Monday after a protest."
    record = Record(article_from_text(text))
    assert profile(record).title == ""
    with_headline = Record(dataclasses.replace(article_from_text(text), headline="Police clear the square"))
    assert profile(with_headline).title == "Police clear the square"


# --- titles and labels ----------------------------------------------------------------------------


def _profile(
    aid: str,
    title: str = "",
    *,
    keys: dict[str, str] | None = None,
    types: tuple[str, ...] = (),
    leads: tuple[str, ...] = (),
    day: str | None = None,
    mentions: dict[str, int] | None = None,
) -> Profile:
    """A member profile: ``keys`` maps each key to its display name (``q:`` a place's name with
    its country, no key), ``leads`` the person and organisation keys (without prefix) that may
    lead a label."""
    display = dict(keys or {})
    keys = {k: v for k, v in display.items() if not k.startswith("q:")}
    weights: Counter[str] = Counter({k: (mentions or {}).get(k, 1) for k in keys})
    weights.update({"l:" + k: 1 for k in leads})
    weights.update({"v:" + t: 1 for t in types})
    return Profile(
        aid,
        dt.date.fromisoformat(day) if day else None,
        title,
        Counter(k.split(":")[1].split()[0] for k in keys),
        set(keys),
        set(types),
        display=display,
        weights=weights,
    )


UNION = {
    "e:harbour workers union": "Harbour Workers Union",
    "p:tamsin": "Tamsin",
    "q:tamsin": "Tamsin, Kenya",
}


@pytest.mark.parametrize(
    ("members", "title"),
    [
        (  # no member has a headline: actors, type and place
            [_profile("a", keys=UNION, types=("PROTEST",), leads=("harbour workers union",))],
            "Harbour Workers Union: Protest — Tamsin, Kenya",
        ),
        (  # no one named to lead it
            [_profile("a", keys={"p:tamsin": "Tamsin", "q:tamsin": "Tamsin, Kenya"}, types=("PROTEST",))],
            "Protest — Tamsin, Kenya",
        ),
        (  # two leading actors, the more often named first
            [
                _profile(
                    "a",
                    keys={"e:ida brandt": "Ida Brandt", "e:ola vik": "Ola Vik", "p:tamsin": "Tamsin"},
                    types=("ACCUSE",),
                    leads=("ida brandt", "ola vik"),
                    mentions={"e:ola vik": 3},
                )
            ],
            "Ola Vik and Ida Brandt: Accuse — Tamsin",
        ),
        (  # a lower-case common noun does not lead a label
            [_profile("a", keys={"e:police": "police"}, types=("ASSAULT",), leads=("police",))],
            "Assault",
        ),
        ([_profile("a")], "Story 7"),  # nothing to say
        (  # one member has a headline: it is the title
            [
                _profile("a", keys=UNION, types=("PROTEST",)),
                _profile("b", "Dockers strike in Tamsin", keys=UNION),
            ],
            "Dockers strike in Tamsin",
        ),
        (  # equally central headlines: the earliest member's
            [_profile("a", "First report", keys=UNION), _profile("b", "Second report", keys=UNION)],
            "First report",
        ),
    ],
)
def test_story_title(members: list[Profile], title: str) -> None:
    story = Story(7)
    for p in members:
        story.absorb(p)
    assert story.title == title


def test_actors_in_display_case_by_weight_then_name() -> None:
    a = _profile(
        "a",
        keys={
            "e:zola ndlovu": "Zola Ndlovu",
            "e:ama osei": "Ama Osei",
            "e:bo lind": "Bo Lind",
            "p:tamsin": "Tamsin",
        },
        mentions={"e:bo lind": 4},
    )
    b = _profile("b", keys={"e:zola ndlovu": "Zola Ndlovu", "p:tamsin": "Tamsin", "p:okra": "Okra"})
    for order in ([a, b], [b, a]):
        story = Story(1)
        for p in order:
            story.absorb(p)
        # two articles name Zola Ndlovu; then the more often named; then by name
        assert story.summary()["actors"] == ["Zola Ndlovu", "Bo Lind", "Ama Osei"]
        assert story.summary()["places"] == ["Tamsin", "Okra"]


def test_types_by_articles_then_events_then_name() -> None:
    story = Story(1)
    story.absorb(_profile("a", types=("PROTEST", "ASSAULT")))
    story.absorb(_profile("b", types=("PROTEST", "COERCE")))
    story.weights["v:COERCE"] += 2
    assert story.summary()["types"] == ["PROTEST", "COERCE", "ASSAULT"]


def test_state_keeps_display_names_and_weights() -> None:
    story = Story(3)
    story.absorb(_profile("a", keys=UNION, types=("PROTEST",), leads=("harbour workers union",)))
    back = Story.from_state(3, json.loads(json.dumps(story.to_state())))
    assert back.summary() == story.summary()
    assert back.summary()["actors"] == ["Harbour Workers Union"]


# --- the same stories on every run ---------------------------------------------------------------

_RUN = """
import json, sys
from test_store import make_record
from storyline.stories import Stories
st = Stories()
st.add(make_record())
s = next(iter(st.stories.stories.values()))
sys.stdout.write(json.dumps([s.summary(), s.to_state()], ensure_ascii=False))
"""


def test_stories_are_byte_identical_whatever_the_hash_seed() -> None:
    outs = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        env["PYTHONPATH"] = os.pathsep.join([str(Path(__file__).parent), env.get("PYTHONPATH", "")])
        done = subprocess.run(
            [sys.executable, "-c", _RUN], env=env, capture_output=True, text=True, check=True
        )
        outs.add(done.stdout)
    assert len(outs) == 1
    summary = json.loads(outs.pop())[0]
    assert summary["actors"] == ["Lane", "Qassem Soleimani", "United States"]
    assert summary["places"] == ["Baghdad"]
    assert summary["title"] == "Lane and Qassem Soleimani: Assault — Baghdad, Iraq"


# --- taking a member out --------------------------------------------------------------------------


def test_drop_undoes_absorb() -> None:
    a = _profile("a", "Dockers strike", keys=UNION, types=("PROTEST",), day="2024-05-01")
    b = _profile(
        "b",
        "Talks fail",
        keys={"e:ola vik": "Ola Vik", "p:tamsin": "Tamsin"},
        types=("CONSULT",),
        day="2024-05-09",
    )
    alone, both = Story(1), Story(1)
    alone.absorb(a)
    both.absorb(a)
    both.absorb(b)
    assert both.drop("b") is True
    assert both.drop("b") is False
    for name in ("articles", "titles", "keys", "types", "terms", "first", "last", "display", "member_keys"):
        assert getattr(both, name) == getattr(alone, name), name
    assert both.summary() == alone.summary()


# --- re-processing a stored article ---------------------------------------------------------------


def _copy() -> Record:
    """make_record's report in a second outlet: the same event, one more source."""
    r = make_record()
    text = r.article.text + "\n\nCopyright Harbour Post."
    article = dataclasses.replace(article_from_text(text), publisher="Harbour Post")
    return dataclasses.replace(r, article=article)


def _state(store: Store) -> tuple[object, ...]:
    c = store.conn
    events = [
        tuple(r)
        for r in c.execute("SELECT id, n_mentions, n_sources, n_articles, earliest FROM canonical_events")
    ]
    stories = [tuple(r) for r in c.execute("SELECT id, n_articles, title, actors FROM stories ORDER BY id")]
    mentions = c.execute("SELECT count(*) FROM canonical_mentions").fetchone()[0]
    return store.counts(), events, stories, mentions


def test_reprocess_keeps_corrections_and_counts(tmp_path: Path) -> None:
    records = [make_record(), _copy()]
    with Store(tmp_path / "r.db") as store:
        report = ingest([r.article for r in records], store, pipeline=RecordsPipeline(records))
        assert report.stored == 2
        aid = records[0].article.id
        store.correct(aid, "quotes", "q1", "speaker", "Dana Lane")
        before = _state(store)
        assert [e[1:] for e in before[1]] == [(2, 2, 1, "2020-01-05")]  # two sources, one report
        again = ingest([records[0].article], store, pipeline=RecordsPipeline(records), reprocess=True)
        assert (again.stored, again.reprocessed, again.skipped) == (0, 1, 0)
        assert again.summary() == "0 stored, 0 skipped (already present), 0 failed, 1 re-processed"
        assert store.get(aid).quotes[0].speaker.text == "Dana Lane"  # the correction is applied again
        assert sorted(q["speaker"] for q in store.quotes()) == ["Dana Lane", "Lane"]
        after = _state(store)
        assert after[0] == before[0] and after[3] == before[3] == 2
        assert [e[1:] for e in after[1]] == [(2, 2, 1, "2020-01-05")]  # no mention counted twice
        assert [s[1:] for s in after[2]] == [s[1:] for s in before[2]]
        skipped = ingest([records[0].article], store, pipeline=RecordsPipeline(records))
        assert (skipped.stored, skipped.reprocessed, skipped.skipped) == (0, 0, 1)


def test_reprocess_merges_the_corrected_record(tmp_path: Path) -> None:
    """A corrected event type counts when the article is merged again: the report said to be a
    protest no longer joins the copy's air raid."""
    records = [make_record(), _copy()]
    with Store(tmp_path / "r.db") as store:
        ingest([r.article for r in records], store, pipeline=RecordsPipeline(records))
        store.correct(records[0].article.id, "events", "v1", "type", "PROTEST")
        assert [(e["type"], e["mentions"]) for e in store.canonical_events()] == [("ASSAULT", 2)]
        ingest([records[0].article], store, pipeline=RecordsPipeline(records), reprocess=True)
        assert sorted((e["type"], e["mentions"]) for e in store.canonical_events()) == [
            ("ASSAULT", 1),
            ("PROTEST", 1),
        ]


def test_remove_takes_the_article_out_of_its_story_and_events(tmp_path: Path) -> None:
    records = [make_record(), _copy()]
    with Store(tmp_path / "r.db") as store:
        ingest([r.article for r in records], store, pipeline=RecordsPipeline(records))
        assert store.remove(records[1].article.id)
        assert [(e["mentions"], e["sources"]) for e in store.canonical_events()] == [(1, 1)]
        assert [s["articles"] for s in store.stories()] == [1]
        assert store.remove(records[0].article.id)
        assert store.canonical_events() == [] and store.stories() == []
        assert store.remove(records[0].article.id) is False
