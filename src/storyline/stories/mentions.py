"""Event mentions: what event merging compares, from a record's events or from every event
predicate of a parse (step 3 of :mod:`storyline.stories`, its input)."""

from __future__ import annotations

import functools
import logging
import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from storyline.knowledge import mention_lexicon, uninflected
from storyline.record import Record, Span
from storyline.stages.common import article_spellings, common_word, conj_chain, restore_case
from storyline.stories.text import entity_name, stem

log = logging.getLogger(__name__)


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
    # the trigger's contextual vector, projected and packed (:mod:`storyline.stories.contextual`)
    context: str | None = None
    # the start offsets of the predicates coordinated with this one in its sentence ("shot and
    # wounded": each the other's), from the parse (:func:`coordinated_offsets`) or from a
    # record's ``Event.coordinated``; empty where neither says (older records, mentions stored
    # before it was kept)
    coordinated: tuple[int, ...] = ()
    #: the names among its sources and targets that are places (a GPE or LOC entity, or a name
    #: the record also holds as a place): no person or organisation they could clash with
    place_actors: tuple[str, ...] = ()
    #: the names among its sources and targets that describe an actor rather than name one (an
    #: entity the record marks ``generic``: "a man", "the boy's mother", "two youths"): another
    #: report may name the same actor ("Jo Smith") or describe it otherwise ("her son"), so they
    #: clash with no name
    generic_actors: tuple[str, ...] = ()
    #: where its place lies, from the record's gazetteer entry: (feature, country, admin1,
    #: GeoNames id), each "" where unknown; empty without a place or in mentions stored before
    #: (:func:`~storyline.stories.merging.places_agree` compares it)
    place_where: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        # the store keeps mentions as JSON, which gives lists back
        for name in (
            "participants",
            "argument_words",
            "clause_times",
            "clause_places",
            "numbers",
            "coordinated",
            "place_actors",
            "generic_actors",
            "place_where",
        ):
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
    """The mentions of a record's events (hypothetical and negated events are left out), what
    the store's canonical events merge. Each carries what a parse gives :func:`predicate_mentions`
    for the merge's absorbing, related-word joins and coordination veto: its trigger's lemma
    (:func:`trigger_lemma`) and its arguments, read from the record (participants: the names of
    its sources and targets; argument words: their head words, or a generic phrase's head noun;
    clause times and places: its text date and its place; numbers: its quantities). On ECB+ 1-35
    (``storyline eval stories --canonical``) canonical-event CoNLL F1 0.553 -> 0.583. Each also
    carries which of its actors are descriptions (``generic_actors``: the record's generic
    entities) and where its place lies (``place_where``), so that "a man" / "Jo Smith" and
    "Palermo" / "Sicily" do not clash (0.683 -> 0.734 -> 0.744)."""
    a = record.article
    ents = {e.id: e for e in record.entities}

    def names(ids: Sequence[str]) -> tuple[str, ...]:
        out = []
        for eid in dict.fromkeys(ids):
            e = ents.get(eid)
            if e is not None:
                out.append(entity_name(e))
        return tuple(out)

    def heads(ids: Sequence[str], phrase: Span | None) -> list[str]:
        """The head words of an argument: each entity's last name word, or the phrase's head
        noun where no entity is named ("protesters": protester)."""
        out = [w[-1].lower() for w in (entity_name(ents[i]).split() for i in ids if i in ents) if w]
        if not out and phrase is not None and phrase.text.split():
            out.append(word_lemma(phrase.text.split()[-1], noun=True))
        return out

    starts = {v.id: v.trigger.start for v in record.events}
    placed = {(p.name or p.text).lower() for p in record.places}
    placed |= {entity_name(e).lower() for e in record.entities if e.type in ("GPE", "LOC")}
    generic = {entity_name(e) for e in record.entities if e.attributes.get("generic")}
    out = []
    for v in record.events:
        if v.hypothetical or v.negated:
            continue
        place = None
        where: tuple[str, ...] = ()
        if v.place is not None and 0 <= v.place < len(record.places):
            pl = record.places[v.place]
            place = pl.name or pl.text
            where = (pl.feature or "", pl.country or "", pl.admin1 or "", str(pl.geonames_id or ""))
        quants = []
        for qi in v.quantities:
            if 0 <= qi < len(record.quantities):
                q = record.quantities[qi]
                value = q.value if q.value is not None else q.min
                if value is not None:
                    what = (q.what or "").split()
                    quants.append((stem(what[-1]) if what else "", float(value)))
        sources, targets = names(v.source), names(v.target)
        date = v.date if v.date_from == "text" else None
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
                date,
                v.date_from,
                sources,
                targets,
                place,
                tuple(quants),
                a.published,
                a.publisher,
                original or a.id,
                story,
                # the trigger's lemma and the event's arguments, as a parse gives them to
                # predicate_mentions: what absorbing and related-word joins compare
                lemma=trigger_lemma(v.trigger.text),
                same_as=v.same_as,  # the events stage links a repeat to its first mention
                participants=tuple(dict.fromkeys(n.lower() for n in (*sources, *targets))),
                argument_words=tuple(
                    dict.fromkeys([*heads(v.source, v.source_text), *heads(v.target, v.target_text)])
                ),
                clause_times=(date,) if date else (),
                clause_places=(place.lower(),) if place else (),
                numbers=tuple(dict.fromkeys(f"{value:g}" for _what, value in quants)),
                # the events coordinated with it in its sentence ("shot and wounded"), by trigger
                # start: what the merging veto compares (empty in older records)
                coordinated=tuple(sorted(starts[c] for c in v.coordinated if c in starts)),
                place_actors=tuple(dict.fromkeys(n for n in (*sources, *targets) if n.lower() in placed)),
                generic_actors=tuple(dict.fromkeys(n for n in (*sources, *targets) if n in generic)),
                place_where=where,
            )
        )
    return out


@functools.cache
def _lemma_tables() -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """The spaCy model's rule lemmatizer tables (irregular forms, suffix rules and base forms
    of nouns and verbs: WordNet's), read from the installed model without loading it (20 ms);
    empty without the model."""
    import spacy.util
    from spacy.lookups import Lookups

    from storyline.stages import DEFAULT_MODEL

    try:
        root = spacy.util.get_package_path(DEFAULT_MODEL)
    except (ImportError, OSError):
        return {}, {}, {}
    found = sorted(root.glob("*/lemmatizer/lookups")) or sorted(root.glob("lemmatizer/lookups"))
    if not found:
        return {}, {}, {}
    lookups = Lookups().from_disk(found[0])
    exc, rules, index = (lookups.get_table(t, {}) for t in ("lemma_exc", "lemma_rules", "lemma_index"))
    return (
        {pos: dict(exc.get(pos) or {}) for pos in ("noun", "verb")},
        {pos: tuple(rules.get(pos) or ()) for pos in ("noun", "verb")},
        {pos: frozenset(index.get(pos) or ()) for pos in ("noun", "verb")},
    )


@functools.lru_cache(maxsize=1 << 14)
def word_lemma(word: str, *, noun: bool = False) -> str:
    """The base form of one lower-case word out of context, by the parser's own lemmatizer
    tables: its irregular form ("shot": shoot, "fled": flee), else the first suffix rule that
    gives a base form ("killed": kill, "dies": die, "protesters": protester), verbs before
    nouns unless ``noun``; the word itself where none applies."""
    word = word.lower()
    exc, rules, index = _lemma_tables()
    for pos in ("noun", "verb") if noun else ("verb", "noun"):
        if word in exc.get(pos, {}):
            return exc[pos][word][0]
        if word in index.get(pos, ()):
            return word
        for old, new in rules.get(pos, ()):
            if word.endswith(old) and len(word) > len(old) and word[: -len(old)] + new in index[pos]:
                return word[: -len(old)] + new
    return word


def _inflected_form(word: str) -> bool:
    """Whether a lower-case word is an inflected verb form (irregular, or a suffix rule applies)."""
    return word_lemma(word) != word and word not in _lemma_tables()[2].get("noun", ())


def trigger_lemma(text: str) -> str | None:
    """The lemma of an event trigger's text, as merging compares it (what a parse gives
    :func:`predicate_mentions`; for a record's events, whose triggers come without one): a
    phrasal verb WordNet lists ("gunned down": gun down), an idiom's lemma ("opened fire"),
    the verb of a verb with its preposition or object ("charged with": charge, "pay for"),
    the head noun of a compound ("phone calls": call), else the one word's base form."""
    words = text.lower().replace("-", " ").split()
    if not words:
        return None
    if len(words) == 1:
        return word_lemma(words[0])
    first, last = word_lemma(words[0]), words[-1]
    if f"{first} {words[1]}" in phrasal_verbs():
        return f"{first} {words[1]}"
    idiom = event_idioms().get((first, word_lemma(last, noun=True)))
    if idiom:
        return idiom
    if _inflected_form(words[0]) or word_lemma(last, noun=True) not in _lemma_tables()[2].get("noun", ()):
        return first
    return word_lemma(last, noun=True)


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
    forms = [word, *uninflected(word)]
    return next((f for f in forms if f in verbs or f in nouns), None)


def _hyphenated(t: Any) -> bool:
    """The token ends a hyphenated adjective after a word ("court-ordered", "one-sided",
    "fast-moving"): a property of the noun it modifies, not an event of its own."""
    return (
        t.i > 1
        and t.doc[t.i - 1].text == "-"
        and t.doc[t.i - 2].pos_ in ("NOUN", "PROPN", "ADJ", "ADV", "NUM")
    )


@functools.cache
def support_verbs() -> frozenset[str]:
    """The support verbs of light-verb constructions (``data/support_verbs.txt``: "make",
    "take", "give"): their noun object with a verb sense names the act ("made an offer")."""
    from storyline.knowledge import load_lines

    return frozenset(load_lines("support_verbs.txt"))


def _light_object(t: Any, lemma: str) -> bool:
    """The noun is the direct object of a support verb (:func:`support_verbs`) and has a
    WordNet verb sense (``mention_lexicon.tsv``): "made an offer", "took a look" name an act,
    as ECB+ marks it ("took the vessel", "made history" name none: a concrete noun, no verb
    sense). Measured by 2-fold CV on ECB+ 1-35 (scripts/train_event_mentions.py): CoNLL F1
    0.6948 -> 0.6958 (1-17 0.6831 -> 0.6857, 18-35 0.6964 -> 0.6966); MEANTIME 0.6691 ->
    0.6696. Every light verb (``light_verbs.txt``: "use", "include", "leave" …) in their place
    lowered MEANTIME by 0.0023."""
    if t.dep_ != "dobj" or t.head.pos_ != "VERB" or t.head.lemma_.lower() not in support_verbs():
        return False
    facts = mention_lexicon().get(lemma)
    return facts is not None and facts[3] != "-"


def event_predicates(
    doc: Any, *, model: MentionModel | bool | None = True, nlp: Any = None
) -> list[Predicate]:
    """The event predicates of a parsed article, for :func:`predicate_mentions`: the
    predicates of the hand rules (:func:`rule_predicates`; with ``nlp``, the spaCy pipeline
    that parsed ``doc``, title-case headlines re-read: :func:`headline_predicates`), revised by
    the learned detector (:class:`MentionModel`): ``model=True`` the shipped one
    (``event_mention_model.json``, :func:`mention_model`), a :class:`MentionModel` that one,
    ``False`` or None the rules alone (to compare, or where the model file is absent)."""
    found = rule_predicates(doc)
    if nlp is not None:
        found = headline_predicates(doc, found, nlp)
    learned = mention_model() if model is True else (model or None)
    return learned.revise(doc, found) if learned is not None else found


#: Share of a sentence's words of four letters or more that must be capitalised for it to be
#: re-read as a headline: above :func:`_title_case`'s 0.7, so that a body sentence full of
#: names ("Nordia Systems CEO Maria Holt gave her keynote to the Global Open Robotics Summit")
#: is left alone.
_HEADLINE_SHARE = 0.85
#: Entity types whose headline words keep their capitals unless the body writes them otherwise
#: or they are an inflected verb ("Esther Williams Dies": "dies").
_KEEP_CASE = frozenset({"PERSON", "GPE", "NORP", "LOC"})


def _inflected_verb(word: str, lexicon: dict[str, tuple[str, int, int, str, int]]) -> bool:
    """``word`` is an inflected form ("dies", "rehired") of a WordNet verb (``mention_lexicon``)."""
    return any(f in lexicon and lexicon[f][3] != "-" for f in uninflected(word, ing=False))


def truecase(sent: Any, spellings: dict[str, str]) -> str | None:
    """The text of headline ``sent`` in the case the article's body writes it
    (:func:`~storyline.stages.common.restore_case`; ``spellings``: lowercase word -> the body's
    spelling of it, :func:`~storyline.stages.common.article_spellings`): a word the body does
    not use is lowercased when it is a common word (:func:`~storyline.stages.common.common_word`:
    a WordNet noun or verb, a stop word such as "Into" or "With"), but a word of a name in the
    parser's view only when it is an inflected verb ("Esther Williams Dies"); a word in capitals
    the body does not use is written "Capitals", but an acronym of up to three letters or with
    no vowel is kept ("FBI", "HSBC"). Thin wrapper: the parser's view of names is the
    sentence's, that of the entities stage's all-capitals lines its gazetteer. The text keeps
    ``sent``'s length, so that its offsets are the article's (None, the callers' guard, should
    that ever fail)."""
    lexicon = mention_lexicon()
    base = sent.start_char
    words = [t for t in sent if t.is_alpha]

    def lowercase(i: int, word: str) -> bool:
        if words[i].ent_type_ in _KEEP_CASE:
            return _inflected_verb(word, lexicon)
        return common_word(word)

    text = restore_case(
        sent.text_with_ws,
        spellings,
        lowercase,
        words=[(t.idx - base, t.idx - base + len(t)) for t in words],
        acronym=3,
    )
    return text if len(text) == len(sent.text_with_ws) else None


def headline_predicates(doc: Any, found: list[Predicate], nlp: Any) -> list[Predicate]:
    """The rule predicates ``found`` of ``doc`` with those of its title-case headlines
    re-read: the tagger takes most capitalised words for names ("Coast Guard Cutter Intercepts
    Two Smuggling Boats", "Star Quest Director Signs New Deal"), so each
    headline is written in the body's casing (:func:`truecase`), parsed again by ``nlp`` (the
    pipeline that parsed ``doc``) and given the rules' predicates of that parse, with the
    article's verbs (:func:`rule_predicates`); their tokens and offsets are ``doc``'s. Measured
    by 2-fold CV on ECB+ 1-35: scripts/train_event_mentions.py."""
    heads = {
        s.start: s
        for s in doc.sents
        if _title_case(s)
        and (words := [w.text for w in s if w.is_alpha and len(w) > 3])
        and sum(1 for w in words if w[0].isupper()) >= _HEADLINE_SHARE * len(words)
    }
    if not heads:
        return found
    spellings = article_spellings(doc, [(s.start_char, s.end_char) for s in heads.values()])
    verbs: set[str] = set()
    lowercase: set[str] = set()
    for t in doc:
        if t.pos_ == "VERB" and t.sent.start not in heads:
            verbs.add(t.lemma_.lower())
            if t.text[:1].islower():
                lowercase.add(t.lemma_.lower())
    out = [p for p in found if p.sentence.start not in heads]
    for sent in heads.values():
        text = truecase(sent, spellings)
        if text is None or text == sent.text_with_ws:
            out += [p for p in found if p.sentence.start == sent.start]
            continue
        base = sent.start_char
        for p in rule_predicates(nlp(text), verbs=verbs, lowercase_verbs=lowercase):
            token = doc.char_span(
                base + p.token.idx, base + p.token.idx + len(p.token), alignment_mode="expand"
            )
            if token is None or not (sent.start <= token.root.i < sent.end):
                continue
            out.append(Predicate(token.root, p.lemma, sent, base + p.start, base + p.end))
    return sorted(out, key=lambda p: p.token.i)


def rule_predicates(
    doc: Any, *, verbs: Iterable[str] | None = None, lowercase_verbs: Iterable[str] | None = None
) -> list[Predicate]:
    """The event predicates of a parsed article by the hand rules:

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
      a noun with a WordNet verb sense as the object of a support verb is a mention ("made an
      offer", ``support_verbs.txt``);
    - named events (entity type EVENT: "the Super Bowl"), award ceremonies (the capitalised
      plural of an award name ending a name: "the Oscars", "the Academy Awards",
      ``award_names.txt``) and adjectives of the state an event leaves ("found dead",
      ``event_adjectives.tsv``);
    - in a headline in title case, a word the tagger took for a name whose lowercase form is
      a verb of the article or an event noun ("Lohan Checks Into Rehab": "check"), also as the
      last word of a name ("Esther Williams Dies": "die"); at the start of any sentence, an
      event noun the tagger took for a name ("Arson is suspected");
    - an idiom's verb and noun are one predicate ("set the bank on fire", ``event_idioms.tsv``).

    Words of one letter ("s" of a split "it's") are never predicates. ``verbs`` and
    ``lowercase_verbs`` add verb lemmas of the article that ``doc`` does not hold (``doc`` is
    then a re-parsed part of it: :func:`headline_predicates`).
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
    article_verbs: set[str] = set(verbs or ())
    lowercase: set[str] = set(lowercase_verbs or ())  # verbs written in lowercase, for headlines
    for t in doc:
        if t.pos_ == "VERB":
            article_verbs.add(t.lemma_.lower())
            if t.text[:1].islower():
                lowercase.add(t.lemma_.lower())
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
                        lemma in article_verbs
                        or (len(lemma) > 5 and lemma.endswith(_EVENTIVE_SUFFIXES))
                        or (lemma in in_state and t.dep_ == "pobj" and t.head.lower_ in _STATE_PREPOSITIONS)
                        or _light_object(t, lemma)
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
                found = _headline_lemma(t.lower_, nouns, lowercase)
                if found is None and t.ent_type_ != "EVENT":
                    continue
                lemma = found or lemma
            elif (
                t.pos_ == "PROPN"
                and t.ent_iob_ == "I"  # the last word of a name: "Esther Williams Dies"
                and (t.i == last or doc[t.i + 1].ent_iob_ != "I")
                and (headline := _title_case(sent) if headline is None else headline)
                and (found := _headline_lemma(t.lower_, frozenset(), lowercase))
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


# --- the learned detector -------------------------------------------------------------------

#: Parts of speech of the candidate tokens the learned detector weighs.
CANDIDATE_POS = frozenset({"VERB", "NOUN", "PROPN", "ADJ"})

#: Dependents whose presence is a feature: determiners, possessors, objects, auxiliaries …
_KID_DEPS = frozenset(
    {
        "det",
        "poss",
        "compound",
        "amod",
        "prep",
        "dobj",
        "nsubj",
        "nsubjpass",
        "aux",
        "auxpass",
        "neg",
        "nummod",
        "prt",
        "acl",
        "relcl",
        "ccomp",
        "xcomp",
        "advmod",
        "agent",
        "conj",
        "case",
        "npadvmod",
        "attr",
        "acomp",
        "dative",
        "mark",
    }
)
#: Endings of nouns a feature notes: nominalisations, agents, qualities.
_SUFFIXES = (
    "tion",
    "sion",
    "ment",
    "ance",
    "ence",
    "ure",
    "ing",
    "age",
    "ery",
    "sis",
    "al",
    "er",
    "or",
    "ist",
    "ity",
    "ness",
    "ship",
    "ant",
    "ee",
    "ism",
)
#: Entity types that make a dependent an argument with a name.
_ARGUMENT_NAMES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})


def _bucket(n: int) -> str:
    """A sense count in a few bins: 0, 1, 2, 3-5, 6-10, more."""
    if n <= 2:
        return str(n)
    return "3-5" if n <= 5 else "6-10" if n <= 10 else "11+"


class _Lists(NamedTuple):
    """The word lists the features read, loaded once."""

    nouns: frozenset[str]
    concrete: frozenset[str]
    states: frozenset[str]
    state_verbs: frozenset[str]
    light: frozenset[str]
    cues: frozenset[str]
    participles: frozenset[str]
    adjectives: dict[str, str]
    bodies: frozenset[str]
    classes: dict[str, str]
    lexicon: dict[str, tuple[str, int, int, str, int]]


@functools.cache
def _lists() -> _Lists:
    from storyline.knowledge import load_lines, load_tsv

    return _Lists(
        event_nouns(),
        concrete_nouns(),
        state_nouns(),
        state_verbs(),
        frozenset(load_lines("light_verbs.txt")),
        frozenset(r["lemma"] for r in load_tsv("cue_verbs.tsv")),
        qualifying_participles(),
        event_adjectives(),
        body_nouns(),
        trigger_classes(),
        mention_lexicon(),
    )


def candidate_lemma(t: Any, lowercase_verbs: set[str]) -> str:
    """The lemma a candidate token takes as a mention: its lemma, or for a name's word a verb
    of the article or an event noun it is a form of ("Checks" -> "check"), else its lowercase."""
    if t.pos_ == "PROPN":
        return _headline_lemma(t.lower_, event_nouns(), lowercase_verbs) or t.lower_
    return t.lemma_.lower()


class DocContext(NamedTuple):
    """What a candidate's features read from its whole article: the lemmas it uses as verbs
    (and in lowercase, for headline words: :func:`candidate_lemma`), how often each candidate
    lemma occurs, the trigger classes of the rules' predicates and of the words of its first
    sentence (the title)."""

    verbs: frozenset[str]
    lowercase_verbs: frozenset[str]
    counts: dict[str, int]
    ruled: frozenset[str]
    title: frozenset[str]


def doc_context(doc: Any, found: list[Predicate]) -> DocContext:
    """The :class:`DocContext` of a parsed article and its rule predicates ``found``."""
    classes = trigger_classes()
    verbs: set[str] = set()
    lowercase: set[str] = set()
    counts: dict[str, int] = {}
    title: set[str] = set()
    in_title = True
    for t in doc:  # one pass: iterating a Doc is what costs
        pos = t.pos_
        if pos in CANDIDATE_POS:
            w = t.lemma_.lower()
            counts[w] = counts.get(w, 0) + 1
            if pos == "VERB":
                verbs.add(w)
                if t.text[:1].islower():
                    lowercase.add(w)
            if in_title:
                title.add(classes.get(w, w))
        if in_title and t.is_sent_end:
            in_title = False
    ruled = frozenset(classes.get(p.lemma, p.lemma) for p in found)
    return DocContext(frozenset(verbs), frozenset(lowercase), counts, ruled, frozenset(title))


def mention_features(
    t: Any, *, sent: Any, rule: bool, lemma: str, context: DocContext, headline: bool
) -> list[str]:
    """The features of candidate token ``t`` for :class:`MentionModel`: whether the rules make
    it a mention; its part of speech, tag, dependency and its head's; which dependents it has;
    its shape and position; its noun ending; WordNet facts of its lemma (word lists and
    ``mention_lexicon.tsv``); and the lemma itself (the model weighs only lemmas common in its
    training data); how often the article repeats it, and whether its title or a rule
    predicate elsewhere names the same class. ``sent`` is its sentence, ``context`` the
    article's (:func:`doc_context`); ``headline`` says whether the sentence is a title-case
    headline."""
    lists = _lists()
    pos, dep, tag = t.pos_, t.dep_, t.tag_
    r = "rule" if rule else "norule"
    head = t.head
    hpos = head.pos_ if head.i != t.i else "ROOT"
    hlemma = head.lemma_.lower()
    out = [
        "bias",
        r,
        f"{r}|pos={pos}",
        f"{r}|dep={dep}",
        f"pos={pos}",
        f"tag={tag}",
        f"dep={dep}",
        f"pos|dep={pos}|{dep}",
        f"pos|hpos={pos}|{hpos}",
        f"dep|hpos={dep}|{hpos}",
        f"lemma={lemma}",
        f"pos|lemma={pos}|{lemma}",
    ]
    if hpos == "VERB":
        if hlemma in lists.light:
            out.append(f"dep|light={dep}")
        if hlemma in lists.cues:
            out.append(f"dep|cue={dep}")
    kids = set()
    for c in t.children:
        if c.dep_ in _KID_DEPS:
            kids.add(c.dep_)
        if c.dep_ == "det":
            out.append(f"det={c.lower_}")
        elif c.dep_ == "prep":
            out.append(f"pos|prep={pos}|{c.lower_}")
        if c.ent_type_ in _ARGUMENT_NAMES:
            out.append(f"pos|named={pos}|{c.dep_}")
    out += [f"pos|kid={pos}|{k}" for k in sorted(kids)]
    if t.ent_type_:
        out.append(f"ent={t.ent_type_}")
        out.append(f"pos|iob={pos}|{t.ent_iob_}")
    first = t.i == sent.start
    if t.text[:1].isupper():
        out.append("cap|first" if first else "cap")
    if headline:
        out.append(f"headline|pos={pos}")
    if sent.start == 0:
        out.append("first_sentence")
    prev = t.doc[t.i - 1] if t.i > 0 else None
    if prev is not None and prev.pos_ in ("ADP", "PART", "DET", "AUX"):
        out.append(f"prev={prev.lower_}")
    if t.i + 1 < len(t.doc) and t.doc[t.i + 1].pos_ == "ADP":
        out.append(f"pos|next={pos}|{t.doc[t.i + 1].lower_}")
    if pos in ("NOUN", "PROPN"):
        suffix = next((s for s in _SUFFIXES if len(lemma) > len(s) + 2 and lemma.endswith(s)), None)
        if suffix:
            out.append(f"suffix={suffix}")
        if lemma in context.verbs:
            out.append("article_verb")
    n = context.counts.get(t.lemma_.lower(), 1)
    out.append(f"{r}|repeat={min(n, 4)}")
    cls = trigger_classes().get(lemma, lemma)
    if sent.start > 0 and cls in context.title:
        out.append(f"{r}|in_title")
    if not rule and cls in context.ruled:
        out.append(f"pos|ruled_elsewhere={pos}")
    for name, words in (
        ("event_noun", lists.nouns),
        ("concrete", lists.concrete),
        ("state_noun", lists.states),
        ("state_verb", lists.state_verbs),
        ("light", lists.light),
        ("cue", lists.cues),
        ("qualifying", lists.participles),
        ("event_adjective", lists.adjectives),
        ("body", lists.bodies),
        ("class", lists.classes),
    ):
        if lemma in words:
            out.append(f"pos|{name}={pos}")
    facts = lists.lexicon.get(lemma)
    if facts is None:
        out.append(f"pos|unknown={pos}")
    else:
        noun, nsenses, nevents, verb, vsenses = facts
        out += [
            f"pos|noun={pos}|{noun}",
            f"pos|verb={pos}|{verb}",
            f"pos|nsenses={pos}|{_bucket(nsenses)}",
            f"pos|vsenses={pos}|{_bucket(vsenses)}",
            f"pos|nevents={pos}|{min(nevents, 3)}",
        ]
        if nsenses:
            out.append(f"pos|event_share={pos}|{round(nevents / nsenses * 4) / 4}")
    return out


def logistic(z: float) -> float:
    """The logistic function of a linear score, clamped so that no weight sum overflows
    (the learned parts of :mod:`storyline.stories` are logistic regressions)."""
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass(frozen=True)
class MentionModel:
    """A logistic regression over :func:`mention_features` of candidate tokens (alphabetic
    verbs, nouns, names and adjectives) that revises the rules' event predicates: it drops a
    rule predicate it gives a probability under ``drop`` and adds a candidate the rules left
    out when it gives one of ``add`` or more. Trained on ECB+'s action mentions by
    ``scripts/train_event_mentions.py``. The shipped one (drop 0, add 0.8) only adds: nouns
    after a preposition ("missed the game because of an injury"), "get" and "become", names
    in a headline. Cross-validated on ECB+ topics 1-35, over the rules with headlines re-read
    (:func:`headline_predicates`), CoNLL F1 rose 0.0008 on 1-17 and 0.0002 on 18-35 (0.0017 on
    each half over the rules alone, before headlines were re-read)."""

    weights: dict[str, float]
    drop: float
    add: float

    def probability(self, features: Sequence[str]) -> float:
        """The probability that a candidate with ``features`` is an event mention."""
        w = self.weights
        z = sum(w.get(f, 0.0) for f in features)
        return logistic(z)

    def candidates(
        self, doc: Any, found: list[Predicate], *, ruled_too: bool = True
    ) -> Iterator[tuple[Any, Any, str, bool, list[str]]]:
        """(token, sentence, lemma, whether a rule predicate, features) of each candidate token
        of ``doc`` (the rule predicates ``found`` among them unless not ``ruled_too``); the
        words an idiom's predicate spans besides its verb are none."""
        ruled = {p.token.i for p in found}
        covered: set[int] = set()
        for p in found:
            if p.end - p.start > len(p.token.text):  # an idiom: "set the bank on fire"
                span = doc.char_span(p.start, p.end, alignment_mode="expand")
                covered.update(i for i in range(span.start, span.end) if i not in ruled)
        context = doc_context(doc, found)
        lowercase = set(context.lowercase_verbs)
        lemmas = {p.token.i: p.lemma for p in found}
        for sent in doc.sents:
            headline: bool | None = None
            for t in sent:
                candidate = t.pos_ in CANDIDATE_POS and t.is_alpha and len(t) > 1
                if t.i in covered or not ((ruled_too and t.i in ruled) or (candidate and t.i not in ruled)):
                    continue
                if headline is None:
                    headline = _title_case(sent)
                lemma = lemmas.get(t.i) or candidate_lemma(t, lowercase)
                yield (
                    t,
                    sent,
                    lemma,
                    t.i in ruled,
                    mention_features(
                        t, sent=sent, rule=t.i in ruled, lemma=lemma, context=context, headline=headline
                    ),
                )

    def revise(self, doc: Any, found: list[Predicate]) -> list[Predicate]:
        """The rule predicates ``found`` in ``doc`` with those the model doubts dropped and
        the candidates it is sure of added, in text order."""
        if self.drop <= 0.0 and self.add > 1.0:
            return found
        keep_all = self.drop <= 0.0  # no rule predicate to weigh: only the others are scored
        rules = {p.token.i: p for p in found}
        by_token = dict(rules) if keep_all else {}
        for t, sent, lemma, ruled, features in self.candidates(doc, found, ruled_too=not keep_all):
            p = self.probability(features)
            if ruled and p >= self.drop:
                by_token[t.i] = rules[t.i]
            elif not ruled and p >= self.add:
                by_token[t.i] = Predicate(t, lemma, sent, t.idx, t.idx + len(t.text))
        return [by_token[i] for i in sorted(by_token)]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> MentionModel:
        """The model from its JSON form (``event_mention_model.json``)."""
        return cls(dict(data["weights"]), float(data["drop"]), float(data["add"]))

    def to_dict(self) -> dict[str, Any]:
        """The JSON form (weights rounded to 4 decimals, sorted)."""
        return {
            "drop": self.drop,
            "add": self.add,
            "weights": {f: round(w, 4) for f, w in sorted(self.weights.items()) if round(w, 4)},
        }


@functools.cache
def mention_model() -> MentionModel | None:
    """The shipped learned event-mention detector (``data/event_mention_model.json``, trained
    on ECB+ topics 1-35 by ``scripts/train_event_mentions.py``), or None without the file."""
    from storyline.knowledge import data_path, load_json

    if not data_path("event_mention_model.json").is_file():
        log.info("no event_mention_model.json: event mentions come from the rules alone")
        return None
    return MentionModel.from_dict(load_json("event_mention_model.json"))


def predicate_mentions(
    doc: Any,
    record: Record,
    *,
    story: int | None = None,
    original: str | None = None,
    model: MentionModel | bool | None = True,
    nlp: Any = None,
) -> list[EventMention]:
    """Event mentions from every event predicate of a parsed article (:func:`event_predicates`:
    verbs, nouns that name an action, named events, state adjectives, headline words), not
    only the PLOVER events. Their type is ``EVENT`` and their ``lemma`` is what merging
    compares; used to measure cross-document event coreference on corpora whose events are
    not political (ECB+, MEANTIME). ``model`` and ``nlp`` are :func:`event_predicates`' (False:
    the rules alone; ``nlp``, the pipeline that parsed ``doc``, re-reads headlines)."""
    a = record.article
    arguments = ArgumentFinder(doc, record)
    out = []
    for t, lemma, sent, start, end in event_predicates(doc, model=model, nlp=nlp):
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
                coordinated=coordinated_offsets(t),
                **arguments.fields(t),
            )
        )
    return out


def coordinated_offsets(t: Any) -> tuple[int, ...]:
    """The start offsets of the tokens coordinated with token ``t`` (dependency ``conj``, the
    whole chain: "shot, wounded and robbed" gives each the other two), in order. Coordinated
    predicates share their subject and object by construction ("X shot and wounded Y"), so a
    shared argument is no evidence that they tell one event; merging keeps them apart
    (:meth:`~storyline.stories.merging.EventMerger._absorb`)."""
    return tuple(sorted(c.idx for c in conj_chain(t) if c.i != t.i))


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
