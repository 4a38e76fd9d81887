"""Build src/storyline/data/commodity_nouns.txt from WordNet 3.0 (Debian package ``wordnet-base``).

A commodity noun is a noun whose most frequent WordNet sense is a kind of metal, alloy, fuel
mineral or building material ("copper", "steel", "oil", "coal", "cement"). A two-word name
ending in one, whose first word is no known first name, names a company ("Pacific Steel"),
though the tagger often reads it as a person's name (storyline.stages.entities). Only
one-word lemmas of four letters or more (no element symbols). Run once, offline:
``apt-get install wordnet-base && python scripts/build_commodity_nouns.py``.
"""

from __future__ import annotations

from wordnet import senses, synsets, write_data

#: The roots, each by its most frequent sense.
ROOTS = ("metal", "alloy", "fuel", "building_material")

HEADER = """\
# Nouns whose most frequent WordNet sense is a kind of metal, alloy, fuel or building material
# ("copper", "steel", "coal", "cement"), for storyline.stages.entities: a two-word name
# ending in one whose first word is no known first name is a company ("Pacific Steel"), not a
# person. One lemma a line.
# _source: WordNet 3.0 (Princeton University), index.noun and data.noun as shipped by Debian's
# wordnet-base; built by scripts/build_commodity_nouns.py. Licence: WordNet 3.0 licence
# (BSD-style).
"""


def main() -> None:
    nouns = synsets("noun")
    index = senses("noun")
    todo = [index[r][0] for r in ROOTS]
    seen: set[str] = set()
    while todo:
        off = todo.pop()
        if off in seen:
            continue
        seen.add(off)
        todo += [p[1] for p in nouns[off][1] if p[0] in ("~", "~i") and p[2] == "n"]
    rows = sorted(
        w for w, offs in index.items() if len(w) > 3 and w.isalpha() and offs and offs[0] in seen
    )  # no symbols ("fe", "cu")
    write_data("commodity_nouns.txt", HEADER, "", rows)


if __name__ == "__main__":
    main()
