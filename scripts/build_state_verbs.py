"""Build src/storyline/data/state_verbs.txt from WordNet 3.0 (Debian package ``wordnet-base``).

A verb whose most frequent WordNet sense (the first in ``index.verb``) is in the lexicographer
file verb.change, verb.stative, verb.cognition, verb.perception or verb.weather names a change
of state, a state, a thought or a perception. Its participle modifying a noun describes a
property of the noun ("a grown man", "the updated figures", "an increased risk", "a planned
visit") rather than reports an event, so event mention detection
(storyline.stories.predicate_mentions) leaves it out. Run once, offline:
``apt-get install wordnet-base && python scripts/build_state_verbs.py``.
"""

from __future__ import annotations

from wordnet import LEXNAMES, first_lexfiles, write_data

STATES = {n: LEXNAMES[n] for n in (30, 31, 39, 42, 43)}

HEADER = """\
# Verbs whose most frequent WordNet sense is a change of state, a state, cognition, perception or
# weather (lexicographer files verb.change, verb.stative, verb.cognition, verb.perception,
# verb.weather), for storyline.stories.predicate_mentions: their participle modifying a noun
# names a property, not an event ("a grown man", "the updated figures", "an increased risk").
# _source: WordNet 3.0 (Princeton University), index.verb and data.verb as shipped by Debian's
# wordnet-base; built by scripts/build_state_verbs.py. Licence: WordNet 3.0 licence (BSD-style).
"""


def main() -> int:
    rows = [lemma for lemma, first in first_lexfiles("verb").items() if first in STATES and lemma.isalpha()]
    write_data("state_verbs.txt", HEADER, "", sorted(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
