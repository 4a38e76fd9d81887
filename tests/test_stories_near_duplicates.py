"""Near-duplicates of short texts (:class:`storyline.stories.DuplicateIndex`): a brief of some
60 words with two phrases rewritten is an edited copy of the brief (one report), though it keeps
fewer than the 0.6 of its word 5-grams that a longer text keeps; another agency's brief on the
same event, in its own words, is another report however alike its facts. Invented briefs."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import invented_record, store_of
from storyline.stories import DuplicateIndex, load
from storyline.stories.text import words

PROTEST = (
    "Hundreds of farmers drove tractors into the centre of Velmora on Tuesday to protest against a "
    "new tax on diesel, blocking the main bridge for several hours. Police said the march was peaceful "
    "and no arrests were made. The farmers' union said it would return next week if the regional "
    "government did not withdraw the tax, which takes effect in March."
)
PROTEST_EDITED = PROTEST.replace(
    "blocking the main bridge for several hours", "bringing traffic on the ring road to a halt"
).replace("if the regional government did not withdraw the tax", "unless ministers agreed to scrap the levy")
PROTEST_OTHER_AGENCY = (
    "Farmers in tractors blocked a bridge in Velmora on Tuesday in protest at a diesel tax due to take "
    "effect in March. The march passed off peacefully, police said, and nobody was arrested. Leaders of "
    "the farmers' union threatened further protests next week unless the regional government backed "
    "down, and said thousands more members were ready to join them."
)
# both agencies quote the union's statement word for word: 18 words in common, one report each
STATEMENT = (
    '"We will be back on the streets every week until this unfair tax on our fuel is dropped," '
    "the union said."
)
PROTEST_QUOTED = f"{PROTEST} {STATEMENT}"
PROTEST_OTHER_QUOTED = f"{PROTEST_OTHER_AGENCY} {STATEMENT}"

RULING = (
    "A court in Ostrava Nova on Thursday ordered the city to reopen the Kestrel Street shelter, which "
    "it closed in January citing the cost of repairs. Judge Amira Tell said the council had failed to "
    "consult the 120 residents before the closure. The council said it would study the ruling and had "
    "not decided whether to appeal against it."
)
RULING_EDITED = RULING.replace(
    "citing the cost of repairs", "saying the building was no longer safe"
).replace("had not decided whether to appeal against it", "would announce its next steps on Monday")
RULING_OTHER_AGENCY = (
    "The Kestrel Street shelter in Ostrava Nova must open again, a judge ruled on Thursday, finding that "
    "the city council closed it in January without asking the people who lived there. Amira Tell, the "
    "judge, gave the council a month to comply. A council spokesman said officials were reading the "
    "judgment and an appeal remained possible."
)

STORM = (
    "Storm Imke brought down power lines across the Halvik peninsula overnight, leaving about 30,000 "
    "homes without electricity on Sunday morning. The grid operator Nordel said crews were working to "
    "restore supplies but warned that some villages could wait until Tuesday. Two ferries to the "
    "islands were cancelled and the coastguard rescued a fisherman whose boat lost power."
)
STORM_EDITED = STORM.replace("on Sunday morning", "as Sunday began").replace(
    "warned that some villages could wait until Tuesday", "said the most remote villages faced a longer wait"
)
STORM_OTHER_AGENCY = (
    "About 30,000 homes on the Halvik peninsula had no power on Sunday after Storm Imke tore through the "
    "region overnight. Nordel, which runs the grid, said repairs could take until Tuesday in some "
    "villages. Ferry services to the islands were suspended, and a fisherman was rescued by the "
    "coastguard after his boat broke down."
)


@pytest.mark.parametrize(
    ("original", "other", "linked"),
    [
        (PROTEST, PROTEST_EDITED, True),
        (PROTEST, PROTEST_OTHER_AGENCY, False),
        (RULING, RULING_EDITED, True),
        (RULING, RULING_OTHER_AGENCY, False),
        (STORM, STORM_EDITED, True),
        (STORM, STORM_OTHER_AGENCY, False),
        # an edited copy's own other-agency counterpart is no copy of it either
        (PROTEST_EDITED, PROTEST_OTHER_AGENCY, False),
        # two agencies' briefs quoting one statement whole
        (PROTEST_QUOTED, PROTEST_OTHER_QUOTED, False),
        # one word changed: linked on the estimate alone, as before
        (RULING, RULING.replace("Thursday", "Friday"), True),
    ],
    ids=[
        "protest-edited",
        "protest-other-agency",
        "ruling-edited",
        "ruling-other-agency",
        "storm-edited",
        "storm-other-agency",
        "edited-vs-other-agency",
        "one-quote-in-common",
        "one-word",
    ],
)
def test_short_edited_copies_link_and_other_reports_do_not(original: str, other: str, linked: bool) -> None:
    assert 50 <= len(words(original)) <= 100 and 50 <= len(words(other)) <= 100
    index = DuplicateIndex()
    assert index.add("first", original) is None
    found = index.add("second", other)
    assert (found.original_id if found else None) == ("first" if linked else None)


def test_the_edited_briefs_fall_short_of_the_threshold_on_the_estimate() -> None:
    """What made them missed: their 5-gram Jaccard is under 0.6."""
    index = DuplicateIndex()
    for a, b in ((PROTEST, PROTEST_EDITED), (RULING, RULING_EDITED), (STORM, STORM_EDITED)):
        assert index.signature(a).jaccard(index.signature(b)) < index.threshold


def test_long_texts_are_not_checked_by_containment() -> None:
    """A long text's two phrases rewritten keep it above the threshold; its 3-grams are not kept."""
    long = " ".join([PROTEST, RULING, STORM])
    index = DuplicateIndex()
    index.add("long", long)
    found = index.add("edited", long.replace("citing the cost of repairs", "saying the building was unsafe"))
    assert found is not None and found.original_id == "long"
    assert index.grams == {}


def test_an_edited_copy_of_a_stored_brief_is_found_after_a_restart(tmp_path: Path) -> None:
    """The store keeps signatures only: loading the state makes the short texts' 3-grams again."""
    brief = invented_record([STORM], "2033-11-06", [("brought down", "ACCIDENT", "Storm Imke")])
    with store_of(tmp_path / "s.db", [brief]) as store:
        index = load(store).duplicates
    assert list(index.grams) == [brief.article.id]
    found = index.add("edited", STORM_EDITED, published="2033-11-06")
    assert found is not None and found.original_id == brief.article.id
    assert index.add("other", STORM_OTHER_AGENCY, published="2033-11-06") is None
    assert index.evict("2033-11-07") == 3
    assert (index.grams, index.sketches, index.signatures) == ({}, {}, {})
