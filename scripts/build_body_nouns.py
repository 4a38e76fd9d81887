"""Build src/storyline/data/body_nouns.tsv and award_names.txt from WordNet 3.0 (Debian package
``wordnet-base``), for event mention detection (storyline.stories.mentions).

body_nouns.tsv: nouns one of whose two most frequent WordNet senses is an organised body of
people (its first noun.group sense among them falls under "social unit" or "body", not under
"gathering"): "administration", "management", "defence", "leadership", "party". Modified by a
name ("the Bush administration", "CNN's management", "76ers management") they name that body,
not an act of administering or managing. "meeting", "rally" and "visit" are gatherings and stay
events ("Obama's visit"). Only nouns that mention detection could take for events are kept:
those SemCor tags, verbs' homographs and nouns ending like a nominalisation.

award_names.txt: single-word nouns one of whose two most frequent senses is an award (the
synset "award, accolade, honor" and its hyponyms): "oscar", "emmy", "award", "medal". In the
plural and capitalised, the last word of a name ("the Oscars", "the Academy Awards", "the
Emmys") names the ceremony, an event. Abbreviations (academic degrees) are left out.

Run once, offline: ``apt-get install wordnet-base && python scripts/build_body_nouns.py``.
"""

from __future__ import annotations

from wordnet import _lines, closure, lexfiles, senses, synsets, write_data

#: WordNet 3.0 synsets: "organization", "unit, social unit" (teams, departments), "body" (a
#: group of persons associated by a common tie or occupation), "gathering, assemblage"
#: (meetings, rallies), "award, accolade, honor, honour, laurels" and "academic degree".
ORGANIZATION, SOCIAL_UNIT, BODY, GATHERING = "08008335", "08189659", "07965085", "07975026"
AWARD, DEGREE = "06696483", "06697331"
GROUP = 14  # the lexicographer file noun.group
#: The nominalisation endings storyline.stories.mentions accepts as eventive.
SUFFIXES = ("tion", "sion", "ment", "ance", "ence", "ure", "ing", "age", "ery", "sis")

BODY_HEADER = """\
# Nouns one of whose two most frequent WordNet senses is an organised body of people (under
# "social unit" or "body", not "gathering"): "administration", "management", "defence", for
# storyline.stories.predicate_mentions: modified by a name ("the Bush administration", "CNN's
# management") they name that body, not an event. Only nouns SemCor tags, verbs' homographs
# and suffixed nouns. Columns: lemma, the body sense's synset words.
# _source: WordNet 3.0 (Princeton University), index.noun, index.verb and data.noun as shipped
# by Debian's wordnet-base; built by scripts/build_body_nouns.py. Licence: WordNet 3.0
# licence (BSD-style).
"""

AWARD_HEADER = """\
# Single-word nouns one of whose two most frequent WordNet senses is an award (the synset
# "award, accolade, honor" and its hyponyms), for storyline.stories.predicate_mentions: their
# capitalised plural ending a name ("the Oscars", "the Academy Awards") names the ceremony.
# _source: WordNet 3.0 (Princeton University), index.noun and data.noun as shipped by Debian's
# wordnet-base; built by scripts/build_body_nouns.py. Licence: WordNet 3.0 licence (BSD-style).
"""


def main() -> int:
    syn = synsets("noun")
    lexfile = lexfiles("noun")
    verbs = {f[0] for f in _lines("index.verb")}

    def ancestors(offset: str) -> set[str]:
        """The synset and all its hypernyms (instance hypernyms included)."""
        return closure(syn, [offset], ("@", "@i"))

    bodies = []
    for f in _lines("index.noun"):
        lemma, pointers = f[0], int(f[3])
        tagged, offsets = int(f[5 + pointers]), f[6 + pointers :]
        if not lemma.isalpha() or not (tagged or lemma in verbs or lemma.endswith(SUFFIXES)):
            continue
        group = next((o for o in offsets[:2] if lexfile.get(o) == GROUP), None)
        if group is None:
            continue
        up = ancestors(group)
        if up & {ORGANIZATION, SOCIAL_UNIT, BODY} and GATHERING not in up:
            bodies.append(f"{lemma}\t{' '.join(syn[group][0][:3])}")
    write_data("body_nouns.tsv", BODY_HEADER, "lemma\tsense", sorted(bodies))

    awards = set()
    for lemma, offsets in senses("noun").items():
        up = [ancestors(o) for o in offsets[:2]]
        if lemma.isalpha() and len(lemma) > 3 and any(AWARD in a and DEGREE not in a for a in up):
            awards.add(lemma)  # academic degrees ("mdiv", "dphil") are awards too: left out
    write_data("award_names.txt", AWARD_HEADER, "", sorted(awards))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
