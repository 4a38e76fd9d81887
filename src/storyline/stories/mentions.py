"""Event mentions: what event merging compares, from a record's events or from every event
predicate of a parse (step 3 of :mod:`storyline.stories`, its input)."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from storyline.record import Record
from storyline.stories.text import entity_name, stem


@dataclass(frozen=True)
class EventMention:
    """One article's report of an event, with what merging compares."""

    article_id: str
    event_id: str
    type: str
    trigger: str
    trigger_start: int
    trigger_end: int
    sentence_start: int
    sentence_end: int
    sentence: str
    date: str | None = None
    date_from: str | None = None
    sources: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    place: str | None = None
    quantities: tuple[tuple[str, float], ...] = ()
    published: str | None = None
    publisher: str | None = None
    original: str | None = None
    story: int | None = None
    lemma: str | None = None
    same_as: str | None = None  # the event of the same article this one reports again
    # the predicate's arguments in its parse (:class:`ArgumentFinder`): entity names of its
    # subjects, objects and obliques, their head words, the time values and place names of
    # its clause, and the numbers on its arguments
    participants: tuple[str, ...] = ()
    argument_words: tuple[str, ...] = ()
    clause_times: tuple[str, ...] = ()
    clause_places: tuple[str, ...] = ()
    numbers: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        # the store keeps mentions as JSON, which gives lists back
        for name in ("participants", "argument_words", "clause_times", "clause_places", "numbers"):
            value = getattr(self, name)
            if not isinstance(value, tuple):
                object.__setattr__(self, name, tuple(value or ()))

    @property
    def head(self) -> str:
        """What trigger matching compares: the stem of the lemma (or of the trigger text), or of
        its trigger class ("death" and "die" share one, ``data/trigger_classes.tsv``)."""
        words = self.trigger.split()
        word = (self.lemma or (words[-1] if words else "")).lower()
        return stem(trigger_classes().get(word, word))

    @property
    def key(self) -> tuple[str, str]:
        """(article id, event id): the mention's identity."""
        return (self.article_id, self.event_id)


def event_mentions(
    record: Record, *, story: int | None = None, original: str | None = None
) -> list[EventMention]:
    """The mentions of a record's events (hypothetical and negated events are left out)."""
    a = record.article
    ents = {e.id: e for e in record.entities}

    def names(ids: Sequence[str]) -> tuple[str, ...]:
        out = []
        for eid in dict.fromkeys(ids):
            e = ents.get(eid)
            if e is not None:
                out.append(entity_name(e))
        return tuple(out)

    out = []
    for v in record.events:
        if v.hypothetical or v.negated:
            continue
        place = None
        if v.place is not None and 0 <= v.place < len(record.places):
            pl = record.places[v.place]
            place = pl.name or pl.text
        quants = []
        for qi in v.quantities:
            if 0 <= qi < len(record.quantities):
                q = record.quantities[qi]
                value = q.value if q.value is not None else q.min
                if value is not None:
                    what = (q.what or "").split()
                    quants.append((stem(what[-1]) if what else "", float(value)))
        out.append(
            EventMention(
                a.id,
                v.id,
                v.type,
                v.trigger.text,
                v.trigger.start,
                v.trigger.end,
                v.sentence.start,
                v.sentence.end,
                a.text[v.sentence.start : v.sentence.end],
                v.date if v.date_from == "text" else None,
                v.date_from,
                names(v.source),
                names(v.target),
                place,
                tuple(quants),
                a.published,
                a.publisher,
                original or a.id,
                story,
                same_as=v.same_as,  # the events stage links a repeat to its first mention
            )
        )
    return out


_NOT_EVENTS = frozenset({"be", "have", "do", "get", "seem", "become", "time"})
#: Participles that, with the word after them, make a preposition and name no event
#: ("according to the police", "owing to the rain").
_PREPOSITIONS = frozenset({("according", "to"), ("owing", "to"), ("pertaining", "to"), ("regarding", "")})


def _preposition(t: Any) -> bool:
    """The token opens a complex preposition ("according to") rather than naming an event."""
    after = t.nbor(1).lower_ if t.i + 1 < len(t.doc) else ""
    return (t.lower_, after) in _PREPOSITIONS or (t.lower_, "") in _PREPOSITIONS


_EVENTIVE_SUFFIXES = ("tion", "sion", "ment", "ance", "ence", "ure", "ing", "age", "ery", "sis")


@functools.cache
def weak_triggers() -> frozenset[str]:
    """Stems of triggers that name no particular event: reporting verbs (``cue_verbs.tsv``)
    and light verbs (``light_verbs.txt``). A shared weak trigger is no evidence by itself."""
    from storyline.knowledge import load_lines, load_tsv

    lemmas = [r["lemma"] for r in load_tsv("cue_verbs.tsv")] + list(load_lines("light_verbs.txt"))
    return frozenset(stem(w) for w in lemmas)


@functools.cache
def trigger_classes() -> dict[str, str]:
    """Trigger lemma -> its class (``data/trigger_classes.tsv``, from WordNet derivations and
    synsets): "death" -> "die", "quake" -> "earthquake"."""
    from storyline.knowledge import load_tsv

    classes = {r["lemma"]: r["class"] for r in load_tsv("trigger_classes.tsv")}
    return {**classes, **{a: classes.get(c, c) for a, c in event_adjectives().items()}}


@functools.cache
def event_adjectives() -> dict[str, str]:
    """Adjectives that report an event by the state it leaves ("dead", "guilty"), with the
    trigger class they share (``data/event_adjectives.tsv``: "dead" -> "die")."""
    from storyline.knowledge import load_tsv

    return {r["lemma"]: r["class"] for r in load_tsv("event_adjectives.tsv")}


@functools.cache
def event_nouns() -> frozenset[str]:
    """Nouns whose most frequent WordNet sense is an act, event, phenomenon or process
    (``data/event_nouns.tsv``): "fire", "trial", "earthquake" name events, "building" does not."""
    from storyline.knowledge import load_tsv

    return frozenset(r["lemma"] for r in load_tsv("event_nouns.tsv"))


@functools.cache
def concrete_nouns() -> frozenset[str]:
    """Nouns whose most frequent WordNet sense is a person, group, artefact, place or substance
    (``data/concrete_nouns.tsv``): "host" and "building" name no event, though one is also a
    verb and the other ends like a nominalisation."""
    from storyline.knowledge import load_tsv

    return frozenset(r["lemma"] for r in load_tsv("concrete_nouns.tsv"))


@functools.cache
def qualifying_participles() -> frozenset[str]:
    """Verbs whose participle modifying a noun qualifies it rather than reports an event
    (``data/qualifying_participles.txt``): "the alleged bribe", "drug-related deaths"."""
    from storyline.knowledge import load_lines

    return frozenset(load_lines("qualifying_participles.txt"))


@functools.cache
def state_nouns() -> frozenset[str]:
    """Nouns whose most frequent WordNet sense is a state, a cognition or a time
    (``data/state_nouns.tsv``): as the object of :data:`_STATE_PREPOSITIONS` they name an
    event or state ("held in custody", "died in her sleep", "arrested on suspicion of")."""
    from storyline.knowledge import load_tsv

    return frozenset(r["lemma"] for r in load_tsv("state_nouns.tsv"))


@functools.cache
def body_nouns() -> frozenset[str]:
    """Nouns one of whose two most frequent WordNet senses is an organised body of people
    (``data/body_nouns.tsv``): modified by a name they name it ("the Bush administration",
    "CNN's management"), not an act."""
    from storyline.knowledge import load_tsv

    return frozenset(r["lemma"] for r in load_tsv("body_nouns.tsv"))


@functools.cache
def award_names() -> frozenset[str]:
    """Nouns that name an award in WordNet (``data/award_names.txt``: "oscar", "award"): their
    capitalised plural ending a name names the ceremony ("the Oscars", "the Academy Awards")."""
    from storyline.knowledge import load_lines

    return frozenset(load_lines("award_names.txt"))


#: Entity types of a name that makes a body noun name that body: "the Bush administration".
_BODY_NAMES = frozenset({"PERSON", "ORG", "NORP", "GPE"})

#: Prepositions whose object, a state noun, is an event mention: "in custody", "into a coma".
_STATE_PREPOSITIONS = frozenset({"in", "into", "on", "under"})


@functools.cache
def state_verbs() -> frozenset[str]:
    """Verbs whose most frequent WordNet sense is a change of state, a state, a thought or a
    perception (``data/state_verbs.txt``): their participle modifying a noun names a property
    ("a grown man", "the updated figures"), not an event."""
    from storyline.knowledge import load_lines

    return frozenset(load_lines("state_verbs.txt"))


@functools.cache
def concrete_compounds() -> dict[str, frozenset[str]]:
    """First word -> lemmas of the second, of two-word nouns that name a person, artefact or
    place and start with a verb or an -ing form (``data/concrete_compounds.tsv``: "running
    back", "parking lot"): their first word names no event."""
    from storyline.knowledge import load_tsv

    out: dict[str, set[str]] = {}
    for r in load_tsv("concrete_compounds.tsv"):
        out.setdefault(r["first"], set()).add(r["second"])
    return {first: frozenset(seconds) for first, seconds in out.items()}


@functools.cache
def event_idioms() -> dict[tuple[str, str], str]:
    """(verb, noun) -> lemma of the idioms that name one event ("set fire", "take hostage",
    ``data/event_idioms.tsv``); the lemma is what merging compares (empty: the verb's)."""
    from storyline.knowledge import load_tsv

    return {(r["verb"], r["noun"]): r["lemma"] or r["verb"] for r in load_tsv("event_idioms.tsv")}


@functools.cache
def phrasal_verbs() -> frozenset[str]:
    """Phrasal verbs WordNet lists as lemmas of their own, "verb particle" ("gun down", "pass
    away", ``data/phrasal_verbs.txt``): with its particle, the verb is another word."""
    from storyline.knowledge import load_lines

    return frozenset(load_lines("phrasal_verbs.txt"))


class Predicate(NamedTuple):
    """One event predicate of a parse: its token (the verb of an idiom), the lemma merging
    compares, its sentence, and the character span of its trigger (an idiom's covers its noun)."""

    token: Any
    lemma: str
    sentence: Any
    start: int
    end: int


#: Dependents of a verb that can be the noun of its idiom: "took them hostage", "took place".
_IDIOM_DEPS = frozenset({"dobj", "oprd", "attr", "npadvmod", "advmod", "prt"})

#: Entity types a capitalised headline word can belong to only as part of a name.
_NAME_TYPES = frozenset({"PERSON", "GPE", "NORP", "LOC"})


def _title_case(sent: Any) -> bool:
    """The sentence is a headline in title case or capitals ("Lohan Checks Into Rehab"), where
    the tagger takes verbs and nouns for names: at least three words of four letters or more,
    and 70% of them capitalised."""
    words = [w.text for w in sent if w.is_alpha and len(w) > 3]
    return len(words) >= 3 and sum(1 for w in words if w[0].isupper()) >= 0.7 * len(words)


def _headline_lemma(word: str, nouns: frozenset[str], verbs: set[str]) -> str | None:
    """The lemma of a lowercased headline word, if it names an event: the word or its form
    without an inflection ("dies" -> "die", "rehires" -> "rehire") is a verb the article uses
    in lowercase, or an event noun; None otherwise."""
    forms = [word]
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("s"):
        forms.append(word[:-1])
    if word.endswith("ed"):
        forms += [word[:-2], word[:-1]]
    if word.endswith("ing"):
        forms += [word[:-3], word[:-3] + "e"]
    return next((f for f in forms if f in verbs or f in nouns), None)


def _hyphenated(t: Any) -> bool:
    """The token ends a hyphenated adjective after a word ("court-ordered", "one-sided",
    "fast-moving"): a property of the noun it modifies, not an event of its own."""
    return (
        t.i > 1
        and t.doc[t.i - 1].text == "-"
        and t.doc[t.i - 2].pos_ in ("NOUN", "PROPN", "ADJ", "ADV", "NUM")
    )


def event_predicates(doc: Any) -> list[Predicate]:
    """The event predicates of a parsed article, for :func:`predicate_mentions`:

    - verbs, but copulas, "have"/"do"/"get", complex prepositions ("according to"),
      participles used as prepositions ("following the attack", "including two children"),
      verbs tagged as a noun's compound modifier (mostly in a name: "the sequel Catching
      Fire"), participles that qualify a noun ("the alleged bribe",
      ``qualifying_participles.txt``) or name a property of it ("the updated figures",
      ``state_verbs.txt``; "a court-ordered stint", a hyphenated adjective), and the first
      word of a concrete two-word noun ("running back",
      ``concrete_compounds.tsv``);
    - nouns whose most frequent WordNet sense is an act or event (``event_nouns.tsv``), or
      with a nominalisation suffix or the lemma of a verb of the article, unless their most
      frequent sense is a person, group, artefact or place (``concrete_nouns.tsv``: "host",
      "building"); nouns of a state, a cognition or a time as the object of "in", "into", "on"
      or "under" ("in custody", "on suspicion of", ``state_nouns.tsv``); a noun modifying a
      concrete noun classifies it and is no mention either ("a fire engine", "the murder
      suspect"), nor is a noun modifier that is no event noun ("a probation violation":
      "probation" only ends like a nominalisation), nor is a noun of an organised body
      modified by a name ("the Bush administration", "CNN's management", ``body_nouns.tsv``);
    - named events (entity type EVENT: "the Super Bowl"), award ceremonies (the capitalised
      plural of an award name ending a name: "the Oscars", "the Academy Awards",
      ``award_names.txt``) and adjectives of the state an event leaves ("found dead",
      ``event_adjectives.tsv``);
    - in a headline in title case, a word the tagger took for a name whose lowercase form is
      a verb of the article or an event noun ("Lohan Checks Into Rehab": "check"), also as the
      last word of a name ("Esther Williams Dies": "die"); at the start of any sentence, an
      event noun the tagger took for a name ("Arson is suspected");
    - an idiom's verb and noun are one predicate ("set the bank on fire", ``event_idioms.tsv``).

    Words of one letter ("s" of a split "it's") are never predicates.
    """
    nouns = event_nouns()
    concrete = concrete_nouns()
    adjectives = event_adjectives()
    participles = qualifying_participles()
    states = state_verbs()
    in_state = state_nouns()
    compounds = concrete_compounds()
    bodies = body_nouns()
    awards = award_names()
    verbs: set[str] = set()
    lowercase_verbs: set[str] = set()  # verbs the article writes in lowercase, for headlines
    for t in doc:
        if t.pos_ == "VERB":
            verbs.add(t.lemma_.lower())
            if t.text[:1].islower():
                lowercase_verbs.add(t.lemma_.lower())
    out: list[Predicate] = []
    for sent in doc.sents:
        headline: bool | None = None  # whether the sentence is a title-case headline, once asked
        last = len(doc) - 1
        for t in sent:
            text = t.text
            if not text[:1].isalpha() or len(text) < 2:
                continue
            lemma = t.lemma_.lower()
            if (
                t.pos_ in ("VERB", "NOUN", "PROPN", "ADJ")
                and (seconds := compounds.get(t.lower_))
                and t.i < last
                and doc[t.i + 1].lemma_.lower() in seconds
            ):
                continue  # "running back", "parking lot"
            if t.pos_ == "VERB":
                if lemma in _NOT_EVENTS or _preposition(t) or t.dep_ in ("prep", "compound"):
                    continue  # "following the attack", "including two children"; "Catching Fire"
                if t.dep_ == "amod" and (lemma in participles or lemma in states or _hyphenated(t)):
                    continue
            elif t.pos_ == "NOUN" and not t.ent_type_:
                if lemma in _NOT_EVENTS:
                    continue
                if lemma not in nouns and (
                    lemma in concrete
                    or not (
                        lemma in verbs
                        or (len(lemma) > 5 and lemma.endswith(_EVENTIVE_SUFFIXES))
                        or (lemma in in_state and t.dep_ == "pobj" and t.head.lower_ in _STATE_PREPOSITIONS)
                    )
                ):
                    continue
                if t.dep_ == "compound" and (
                    lemma not in nouns or (t.head.pos_ == "NOUN" and t.head.lemma_.lower() in concrete)
                ):
                    continue
                if lemma in bodies and any(
                    c.dep_ in ("compound", "poss") and c.ent_type_ in _BODY_NAMES for c in t.children
                ):
                    continue  # "the Bush administration", "CNN's management"
            elif (
                t.pos_ == "PROPN"
                and t.ent_type_ not in _NAME_TYPES
                and (headline := _title_case(sent) if headline is None else headline)
            ):
                found = _headline_lemma(t.lower_, nouns, lowercase_verbs)
                if found is None and t.ent_type_ != "EVENT":
                    continue
                lemma = found or lemma
            elif (
                t.pos_ == "PROPN"
                and t.ent_iob_ == "I"  # the last word of a name: "Esther Williams Dies"
                and (t.i == last or doc[t.i + 1].ent_iob_ != "I")
                and (headline := _title_case(sent) if headline is None else headline)
                and (found := _headline_lemma(t.lower_, frozenset(), lowercase_verbs))
            ):
                lemma = found
            elif (
                t.pos_ == "PROPN"
                and t.i == next((w.i for w in sent if w.is_alpha), None)
                and t.lower_ in nouns
                and (t.i == last or doc[t.i + 1].pos_ != "PROPN")
            ):
                lemma = t.lower_  # "Arson is suspected", "Fire destroys ..."
            elif (
                t.pos_ in ("PROPN", "NOUN")
                and text[0].isupper()
                and t.lower_.endswith("s")
                and t.lower_[:-1] in awards
                and (t.i == last or doc[t.i + 1].ent_iob_ != "I")
                and not any(c.dep_ == "nummod" for c in t.children)  # "won two Oscars": statuettes
            ):
                lemma = t.lower_[:-1]  # an award ceremony: "the Oscars", "the Academy Awards"
            elif not (
                (t.pos_ in ("PROPN", "NOUN") and t.ent_type_ == "EVENT")  # a named event: "the Super Bowl"
                or (t.pos_ == "ADJ" and lemma in adjectives)  # "found dead"
            ):
                continue
            out.append(Predicate(t, lemma, sent, t.idx, t.idx + len(text)))
    return _join_particles(_join_idioms(out))


def _join_idioms(found: list[Predicate]) -> list[Predicate]:
    """Make an idiom's verb and noun one predicate: the verb's, spanning both, with the
    idiom's lemma ("caught fire": fire)."""
    idioms = event_idioms()
    verbs = {v for v, _n in idioms}
    joined: dict[int, Predicate] = {}
    nouns: set[int] = set()
    for p in found:
        t = p.token
        if t.pos_ != "VERB" or p.lemma not in verbs:
            continue
        kids = [c for c in t.children if c.dep_ in _IDIOM_DEPS]
        kids += [g for c in t.children if c.dep_ in ("prep", "prt") for g in c.children if g.dep_ == "pobj"]
        k = next((k for k in kids if (p.lemma, k.lemma_.lower()) in idioms), None)
        if k is not None:
            nouns.add(k.i)
            start, end = min(p.start, k.idx), max(p.end, k.idx + len(k.text))
            joined[t.i] = p._replace(lemma=idioms[(p.lemma, k.lemma_.lower())], start=start, end=end)
    if not joined:
        return found
    return [joined.get(p.token.i, p) for p in found if p.token.i not in nouns]


def _join_particles(found: list[Predicate]) -> list[Predicate]:
    """Give a verb with a particle the phrasal verb's lemma when WordNet lists it ("gunned
    down": "gun down", not "gun"), so that merging relates it to "shoot". Its span stays the
    verb's: it overlaps the gold span whether a corpus marks "gunned" or "gunned down", and
    a second mention on the particle would count as spurious."""
    phrasal = phrasal_verbs()
    out = []
    for p in found:
        t = p.token
        if t.pos_ == "VERB" and p.lemma == t.lemma_.lower():
            # a particle the parser took for an adverb ("passed away" is parsed either way) is
            # left alone: taking it lowered ECB+ 1-17 and MEANTIME
            prt = next((c.lower_ for c in t.children if c.dep_ == "prt"), None)
            if prt and f"{p.lemma} {prt}" in phrasal:
                p = p._replace(lemma=f"{p.lemma} {prt}")
        out.append(p)
    return out


def predicate_mentions(
    doc: Any, record: Record, *, story: int | None = None, original: str | None = None
) -> list[EventMention]:
    """Event mentions from every event predicate of a parsed article (:func:`event_predicates`:
    verbs, nouns that name an action, named events, state adjectives, headline words), not
    only the PLOVER events. Their type is ``EVENT`` and their ``lemma`` is what merging
    compares; used to measure cross-document event coreference on corpora whose events are
    not political (ECB+, MEANTIME)."""
    a = record.article
    arguments = ArgumentFinder(doc, record)
    out = []
    for t, lemma, sent, start, end in event_predicates(doc):
        out.append(
            EventMention(
                a.id,
                f"p{t.i}",
                "EVENT",
                a.text[start:end],
                start,
                end,
                sent.start_char,
                sent.end_char,
                sent.text,
                published=a.published,
                publisher=a.publisher,
                original=original or a.id,
                story=story,
                lemma=lemma,
                **arguments.fields(t),
            )
        )
    return out


#: Dependency labels of a predicate's arguments: subjects, objects, the agent of a passive,
#: attributes and predicative complements, and (through a preposition) obliques.
_ARGUMENT_DEPS = frozenset(
    {"nsubj", "nsubjpass", "csubj", "dobj", "obj", "iobj", "dative", "attr", "oprd", "agent", "npadvmod"}
)
#: Labels of a nominal predicate's arguments: "Obama's election", "the Paris attack", "death of X".
_NOUN_ARGUMENT_DEPS = frozenset({"poss", "compound", "nmod", "appos"})


@dataclass(frozen=True)
class Arguments:
    """What a predicate's clause says about its event: who took part (entity names), which
    words head its arguments, when (TIMEX3 values), where (place names), how many (numbers)."""

    participants: tuple[str, ...] = ()
    words: tuple[str, ...] = ()
    times: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    numbers: tuple[str, ...] = ()


class ArgumentFinder:
    """Finds the arguments of event predicates in one parsed article, reading entity names,
    times and places from its record (indexes built once per article)."""

    def __init__(self, doc: Any, record: Record) -> None:
        self.doc = doc
        self.entity_at: dict[int, str] = {}  # token index -> entity (or actor) name
        for e in record.entities:
            name = entity_name(e).lower()
            for m in e.mentions:
                self._mark(self.entity_at, m.start, m.end, name)
        self.time_at: dict[int, str] = {}
        for t in record.times:
            if t.value and t.type in ("DATE", "TIME") and t.value[:1] in "0123456789X":
                self._mark(self.time_at, t.start, t.end, t.value)
        self.place_at: dict[int, str] = {}
        for p in record.places:
            self._mark(self.place_at, p.start, p.end, (p.name or p.text).lower())

    def _mark(self, index: dict[int, str], start: int, end: int, value: str) -> None:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            for i in range(span.start, span.end):
                index.setdefault(i, value)

    def _heads(self, t: Any) -> list[Any]:
        """The argument heads of predicate ``t`` (prepositions followed to their object,
        coordinated arguments included; a conjoined verb without a subject takes its first
        conjunct's)."""
        kids = list(t.children)
        if t.pos_ in ("NOUN", "PROPN"):
            deps = _NOUN_ARGUMENT_DEPS
        else:
            deps = _ARGUMENT_DEPS
            if t.pos_ == "ADJ" and t.dep_ in ("acomp", "oprd", "xcomp", "amod"):
                kids += [c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
                if t.dep_ == "amod":
                    kids.append(t.head)
            if t.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in kids):
                kids += [c for c in t.head.children if c.dep_.startswith("nsubj")]
        heads = []
        for c in kids:
            if c.dep_ == "prep" or c.dep_ == "agent":
                heads += [g for g in c.children if g.dep_ == "pobj"]
            elif c.dep_ in deps:
                heads.append(c)
        for h in list(heads):
            heads += [c for c in h.children if c.dep_ == "conj"]
        return heads

    def __call__(self, t: Any) -> Arguments:
        """The arguments of the predicate token ``t``."""
        participants: dict[str, None] = {}
        words: dict[str, None] = {}
        numbers: dict[str, None] = {}
        for h in self._heads(t):
            name = self.entity_at.get(h.i)
            if name is None:  # "the Pakistani militants": a name inside the argument phrase
                name = next((self.entity_at[c.i] for c in h.children if c.i in self.entity_at), None)
            if name is not None:
                participants[name] = None
            if h.pos_ in ("NOUN", "PROPN") and h.i not in self.time_at:
                words[h.lemma_.lower()] = None
            for c in (h, *h.children):
                if c.like_num and c.i not in self.time_at:
                    numbers[c.text.replace(",", "")] = None
        first = t.left_edge.i if t.pos_ == "VERB" else t.i  # a verb's clause; a noun and what follows
        span = range(first, t.right_edge.i + 1)
        times = dict.fromkeys(self.time_at[i] for i in span if i in self.time_at)
        places = dict.fromkeys(self.place_at[i] for i in span if i in self.place_at)
        return Arguments(tuple(participants), tuple(words), tuple(times), tuple(places), tuple(numbers))

    def fields(self, t: Any) -> dict[str, tuple[str, ...]]:
        """The arguments of ``t`` as :class:`EventMention` fields."""
        a = self(t)
        return {
            "participants": a.participants,
            "argument_words": a.words,
            "clause_times": a.times,
            "clause_places": a.places,
            "numbers": a.numbers,
        }
