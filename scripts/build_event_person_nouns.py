"""Build src/storyline/data/event_person_nouns.txt from WordNet 3.0 (Debian ``wordnet-base``).

One-word nouns whose most frequent sense is in WordNet's ``noun.person`` lexicographer file
("student", "gunman", "villager"): an event argument headed by one of them denotes people,
and becomes a generic actor (storyline.stages.events). Run once, offline.
"""

from __future__ import annotations

from wordnet import _lines, lexfiles, write_data

PERSON = 18  # noun.person

HEADER = """\
# One-word nouns whose most frequent sense denotes a person ("student", "gunman", "villager"),
# for storyline.stages.events: an event argument headed by one of them, with no entity, becomes
# a generic actor. Collective and news nouns with their sector are in event_actor_nouns.tsv.
# _source: WordNet 3.0 (Princeton University) noun.person lexicographer file, most frequent
# sense only, as shipped by Debian's wordnet-base; built by scripts/build_event_person_nouns.py.
# Licence: WordNet 3.0 licence.
"""


def main() -> int:
    lex = lexfiles("noun")
    words = []
    for f in _lines("index.noun"):
        lemma, p_cnt = f[0], int(f[3])
        first = f[6 + p_cnt]
        if lemma.isalpha() and lemma.islower() and lex[first] == PERSON:
            words.append(lemma)
    write_data("event_person_nouns.txt", HEADER, "", sorted(words))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
