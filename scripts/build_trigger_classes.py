"""Build src/storyline/data/trigger_classes.tsv from WordNet 3.0 (Debian package ``wordnet-base``).

Event triggers that name one event in different words get one class: a verb and the noun
derived from its most frequent sense ("die"/"death", "arrest"/"arrest", "elect"/"election")
when the noun's own most frequent sense is that derived one, and nouns sharing their most
frequent synset ("earthquake"/"quake"). Derived nouns take part when their most frequent sense
is an act, event, process, phenomenon, state, communication, cognition, feeling or possession
and is not in ``concrete_nouns.tsv`` ("negotiation"/"negotiate", "appointment"/"appoint");
synonym nouns only when listed in ``event_nouns.tsv``. Run once, offline, after
``build_event_nouns.py`` and ``build_concrete_nouns.py``.
"""

from __future__ import annotations

from collections import defaultdict

from wordnet import DATA, event_nouns, lexfiles, senses, synsets, write_data

HEADER = """\
# Classes of event triggers that name one event in different words, for storyline.stories
# (canonical events): a verb and the noun derived from its most frequent sense ("die" and
# "death"), nouns sharing their most frequent sense ("earthquake" and "quake"). Columns: lemma,
# class (one member's lemma). Lemmas in no class are their own class.
# _source: WordNet 3.0 (Princeton University) derivational links and synsets, as shipped by
# Debian's wordnet-base; built by scripts/build_trigger_classes.py. Licence: WordNet 3.0 licence.
"""


#: Lexicographer files of the noun senses that may be a verb's nominalisation: act,
#: cognition, communication, event, feeling, phenomenon, possession, process, state.
NOMINAL_FILES = frozenset({4, 9, 10, 11, 12, 19, 21, 22, 26})


def main() -> int:
    nouns = event_nouns()
    concrete = {
        line.split("\t")[0]
        for line in (DATA / "concrete_nouns.tsv").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    }
    noun_syn, verb_syn = synsets("noun"), synsets("verb")
    files = lexfiles("noun")
    noun_first = {
        w: s[0]
        for w, s in senses("noun").items()
        if s and (w in nouns or (w.isalpha() and w not in concrete and files[s[0]] in NOMINAL_FILES))
    }
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    for verb, offs in senses("verb").items():
        if not verb.isalpha() or not offs:
            continue
        words, ptrs = verb_syn[offs[0]]
        src = words.index(verb) + 1 if verb in words else 0
        for sym, target, pos, st in ptrs:
            if sym != "+" or pos != "n" or int(st[:2], 16) not in (0, src):
                continue
            noun = noun_syn[target][0][int(st[2:], 16) - 1]
            if noun in noun_first and noun_first[noun] == target:
                union("v:" + verb, "n:" + noun)
    by_synset: dict[str, list[str]] = defaultdict(list)
    for noun, first in noun_first.items():
        if noun in nouns:
            by_synset[first].append(noun)
    for members in by_synset.values():
        for other in members[1:]:
            union("n:" + members[0], "n:" + other)
    classes: dict[str, set[str]] = defaultdict(set)
    for node in list(parent):
        classes[find(node)].add(node[2:])
    rows = set()
    for members in classes.values():
        if len(members) < 2:
            continue
        label = min(members, key=lambda w: (len(w), w))
        rows.update(f"{w}\t{label}" for w in members if w != label)
    write_data("trigger_classes.tsv", HEADER, "lemma\tclass", sorted(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
