"""Build src/storyline/data/concrete_nouns.tsv from WordNet 3.0 (Debian package ``wordnet-base``).

A noun names a thing, not an event, when its most frequent WordNet sense (the first in
``index.noun``) is in a lexicographer file of people, groups, artefacts, places, body parts,
animals, plants, foods, natural objects or substances: "host", "coach", "building",
"government", "suspect". Event mention detection (storyline.stories.predicate_mentions) would
otherwise take some of them for events because they share their form with a verb ("host",
"coach"), or end like a nominalisation ("building", "government"), and a modifier of one of
them ("fire engine", "murder suspect") usually classifies the thing rather than reports an
event. Only nouns that SemCor tags at least once, or that are also verbs, or end in a
nominalisation suffix are kept (the rare rest cannot be mistaken).

It also builds concrete_compounds.tsv: two-word WordNet nouns of the same kinds whose first
word is a verb or an -ing form ("running back", "parking lot", "living room"), whose first
word names no event either. Run once, offline:
``apt-get install wordnet-base && python scripts/build_concrete_nouns.py``.
"""

from __future__ import annotations

from wordnet import LEXNAMES, _lines, lexfiles, write_data

CONCRETE = {n: LEXNAMES[n] for n in (5, 6, 8, 13, 14, 15, 17, 18, 20, 27)}
#: The nominalisation endings storyline.stories.mentions accepts as eventive.
SUFFIXES = ("tion", "sion", "ment", "ance", "ence", "ure", "ing", "age", "ery", "sis")

HEADER = """\
# Nouns whose most frequent WordNet sense is a person, group, artefact, place, body part,
# animal, plant, food, natural object or substance ("host", "building", "government"), for
# storyline.stories.predicate_mentions: they name no event although they share a verb's form
# or end like a nominalisation. Only nouns SemCor tags, verbs' homographs and suffixed nouns.
# Columns: lemma, lexicographer file of the first sense.
# _source: WordNet 3.0 (Princeton University), index.noun, index.verb and data.noun as shipped
# by Debian's wordnet-base; built by scripts/build_concrete_nouns.py. Licence: WordNet 3.0
# licence (BSD-style).
"""


COMPOUNDS_HEADER = """\
# Two-word nouns whose most frequent WordNet sense is a person, group, artefact, place, body part,
# animal, plant, food, natural object or substance and whose first word is a verb or an -ing
# form ("running back", "parking lot", "living room", "hit man"), for
# storyline.stories.predicate_mentions: their first word names no event, though the tagger
# takes it for a verb or a gerund. Columns: first word, second word (its lemma), lexicographer
# file of the first sense.
# _source: WordNet 3.0 (Princeton University), index.noun, index.verb and data.noun as shipped
# by Debian's wordnet-base; built by scripts/build_concrete_nouns.py. Licence: WordNet 3.0
# licence (BSD-style).
"""


def main() -> int:
    lexfile = lexfiles("noun")
    verbs = {f[0] for f in _lines("index.verb")}
    rows = []
    for f in _lines("index.noun"):
        lemma, pointers = f[0], int(f[3])
        tagged, offsets = int(f[5 + pointers]), f[6 + pointers :]
        first = lexfile.get(offsets[0]) if offsets else None
        if first in CONCRETE and lemma.isalpha() and (tagged or lemma in verbs or lemma.endswith(SUFFIXES)):
            rows.append(f"{lemma}\t{CONCRETE[first]}")
    write_data("concrete_nouns.tsv", HEADER, "lemma\tsense", sorted(rows))
    compounds = []
    for f in _lines("index.noun"):
        words, offsets = f[0].split("_"), f[6 + int(f[3]) :]
        first = lexfile.get(offsets[0]) if offsets else None
        if (
            first in CONCRETE
            and len(words) == 2
            and all(w.isalpha() for w in words)
            and (words[0] in verbs or words[0].endswith("ing"))
        ):
            compounds.append(f"{words[0]}\t{words[1]}\t{CONCRETE[first]}")
    write_data("concrete_compounds.tsv", COMPOUNDS_HEADER, "first\tsecond\tsense", sorted(compounds))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
