"""Build src/storyline/data/trigger_relations.tsv from WordNet 3.0 (Debian package ``wordnet-base``).

Pairs of event triggers that may name one event in different words, taken only from each
word's most frequent sense, so that rare senses add no noise: a cause ("kill" > "die"), an
entailment, a verb group, a direct hypernym ("slay" is a way to "kill", "triumph" to
"win"), a derivation ("shot"/"shoot") or a synonym in that sense ("issue"/"release"). A
target word counts only where the linked synset is its own most frequent sense too, except
for synonyms and derivations of the first sense, and for a direct hypernym of the first sense
that is another sense of the target ("hypernym-sense": a "blaze" is a kind of "fire", in the
sense of flame, though an article's "fire" is the event). Only verbs and the nouns of
``event_nouns.tsv`` take part, and the phrasal verbs of ``phrasal_verbs.txt``, written "verb
particle" ("gun down" has the hypernym "shoot"), each also related to its own verb ("check
in"/"check": "checked in" and "checked into rehab" are one event).
:class:`storyline.stories.merging.EventMerger` uses them as soft evidence that needs agreeing
arguments, never as one class.
Run once, offline, after ``build_event_nouns.py`` and ``build_phrasal_verbs.py``.
"""

from __future__ import annotations

from build_phrasal_verbs import phrasal_verbs
from wordnet import event_nouns, senses, synsets, write_data

HEADER = """\
# Event triggers that may name one event in different words, for storyline.stories (canonical
# events; soft evidence that needs agreeing arguments). From most frequent senses only (a
# derivation or synonym of one may be another sense of the related word). Columns:
# lemma, related lemma (alphabetically later), relation (cause, entails, group, hypernym,
# derived, synonym; hypernym-sense: the hypernym is another sense of the related lemma;
# particle: a phrasal verb and its own verb).
# _source: WordNet 3.0 (Princeton University) pointers and synsets, as shipped by Debian's
# wordnet-base; built by scripts/build_trigger_relations.py. Licence: WordNet 3.0 licence.
"""

RELATIONS = {">": "cause", "*": "entails", "$": "group", "@": "hypernym", "+": "derived"}


def main() -> int:
    nouns = event_nouns()
    phrasal = {p.replace(" ", "_") for p in phrasal_verbs()}
    syn = {"v": synsets("verb"), "n": synsets("noun")}
    first = {
        "v": {w: s[0] for w, s in senses("verb").items() if s and (w.isalpha() or w in phrasal)},
        "n": {w: s[0] for w, s in senses("noun").items() if s and w in nouns and w.isalpha()},
    }
    pairs: dict[tuple[str, str], str] = {}
    other_sense: set[tuple[str, str]] = set()  # hypernyms that are another sense of the word

    def relate(a: str, b: str, how: str) -> None:
        if a != b:
            key = (min(a, b), max(a, b))
            pairs.setdefault(key, how)

    for pos, words in first.items():
        for word, off in words.items():
            members, ptrs = syn[pos][off]
            for other in members:
                if other in first[pos]:
                    relate(word, other, "synonym")
            for sym, target, tpos, _st in ptrs:
                if sym not in RELATIONS or tpos not in first:
                    continue
                for other in syn[tpos][target][0]:
                    # a derivation of the first sense may reach another sense of the word
                    # ("shot" -> the "shoot" of firing a gun, not its first sense)
                    if first[tpos].get(other) == target or (sym == "+" and other in first[tpos]):
                        relate(word, other, RELATIONS[sym])
                    elif sym == "@" and other in first[tpos] and other != word:
                        other_sense.add((min(word, other), max(word, other)))
    for key in other_sense:
        pairs.setdefault(key, "hypernym-sense")
    for verb_particle in phrasal:  # "check in" may be told as "checked into": the bare verb
        verb = verb_particle.split("_")[0]
        if verb in first["v"] and verb_particle in first["v"]:
            relate(verb, verb_particle, "particle")
    rows = sorted(f"{a}\t{b}\t{how}".replace("_", " ") for (a, b), how in pairs.items())
    write_data("trigger_relations.tsv", HEADER, "lemma\trelated\trelation", rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
