"""Build src/storyline/data/phrasal_verbs.txt from WordNet 3.0 (Debian package ``wordnet-base``).

WordNet lists many phrasal verbs as lemmas of their own ("gun_down", "pass_away", "break_in"):
a verb and an adverbial particle whose meaning is not the verb's ("pass away" is to die, not
to pass). The file lists those of two words whose second is a particle, written "verb
particle", so that storyline.stories takes "gunned down" as one trigger whose lemma WordNet
(trigger_classes.tsv, trigger_relations.tsv) can relate to "shoot". Run once, offline.
"""

from __future__ import annotations

from wordnet import senses, write_data

HEADER = """\
# Phrasal verbs (verb + adverbial particle) that WordNet lists as lemmas of their own, for
# storyline.stories.predicate_mentions: a verb with that particle (dependency prt) is one
# trigger whose lemma is "verb particle" ("gunned down": "gun down", "passed away": "pass away").
# _source: WordNet 3.0 (Princeton University), index.verb as shipped by Debian's wordnet-base;
# built by scripts/build_phrasal_verbs.py. Licence: WordNet 3.0 licence (BSD-style).
"""

#: English adverbial particles, the words spaCy's English models label ``prt``.
PARTICLES = frozenset(
    {
        "about",
        "across",
        "ahead",
        "along",
        "apart",
        "around",
        "aside",
        "away",
        "back",
        "by",
        "down",
        "forth",
        "forward",
        "in",
        "off",
        "on",
        "out",
        "over",
        "round",
        "through",
        "together",
        "under",
        "up",
    }
)


def phrasal_verbs() -> list[str]:
    """WordNet's two-word verb lemmas whose second word is a particle, as "verb particle"."""
    out = []
    for lemma in senses("verb"):
        words = lemma.split("_")
        if len(words) == 2 and all(w.isalpha() for w in words) and words[1] in PARTICLES:
            out.append(" ".join(words))
    return sorted(out)


def main() -> int:
    write_data("phrasal_verbs.txt", HEADER, "", phrasal_verbs())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
