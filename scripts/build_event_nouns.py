"""Build src/storyline/data/event_nouns.tsv from WordNet 3.0 (Debian package ``wordnet-base``).

A noun names an event when its most frequent WordNet sense (the first in ``index.noun``) is in
the lexicographer file noun.act, noun.event, noun.phenomenon or noun.process: "fire", "murder",
"earthquake", "trial" do, "building", "government", "statement" do not.

It also builds state_nouns.tsv: nouns whose most frequent sense is a state, a cognition or a
time (noun.state, noun.cognition, noun.time: "custody", "coma", "suspicion", "sleep"), which
name an event as the object of "in", "into", "on" or "under" ("held in custody", "died in her
sleep", "arrested on suspicion of"). Only nouns that SemCor tags at least once are kept (the
rare rest hardly occurs in news). Run once, offline:
``apt-get install wordnet-base && python scripts/build_event_nouns.py``.
"""

from __future__ import annotations

from wordnet import LEXNAMES, _lines, first_lexfiles, lexfiles, write_data

EVENTIVE = {n: LEXNAMES[n] for n in (4, 11, 19, 22)}

HEADER = """\
# Nouns whose most frequent WordNet sense is an act, event, phenomenon or process
# (lexicographer files noun.act, noun.event, noun.phenomenon, noun.process), for
# storyline.stories.predicate_mentions: "fire", "murder", "earthquake" name events,
# "building" and "government" do not. Columns: lemma, lexicographer file of the first sense.
# _source: WordNet 3.0 (Princeton University), index.noun and data.noun as shipped by Debian's
# wordnet-base; built by scripts/build_event_nouns.py. Licence: WordNet 3.0 licence (BSD-style).
"""


STATES = {n: LEXNAMES[n] for n in (9, 26, 28)}

STATES_HEADER = """\
# Nouns whose most frequent WordNet sense is a state, a cognition or a time (lexicographer files
# noun.state, noun.cognition, noun.time: "custody", "coma", "suspicion", "sleep"), for
# storyline.stories.predicate_mentions: as the object of "in", "into", "on" or "under" they name
# an event or state ("held in custody", "died in her sleep", "arrested on suspicion of"). Only
# nouns SemCor tags at least once. Columns: lemma, lexicographer file of the first sense.
# _source: WordNet 3.0 (Princeton University), index.noun and data.noun as shipped by Debian's
# wordnet-base; built by scripts/build_event_nouns.py. Licence: WordNet 3.0 licence (BSD-style).
"""


def main() -> int:
    lexfile = lexfiles("noun")
    rows = [
        f"{lemma}\t{EVENTIVE[first]}"
        for lemma, first in first_lexfiles("noun").items()
        if first in EVENTIVE and lemma.isalpha()
    ]
    write_data("event_nouns.tsv", HEADER, "lemma\tsense", sorted(rows))
    states = []
    for f in _lines("index.noun"):
        lemma, pointers = f[0], int(f[3])
        tagged, offsets = int(f[5 + pointers]), f[6 + pointers :]
        first = lexfile.get(offsets[0]) if offsets else None
        if first in STATES and tagged and lemma.isalpha():
            states.append(f"{lemma}\t{STATES[first]}")
    write_data("state_nouns.tsv", STATES_HEADER, "lemma\tsense", sorted(states))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
