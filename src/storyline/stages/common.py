"""Small span helpers shared by the stages (offsets, sentences, entity look-up, datelines) and
the case restorer of headlines in title case or capitals (:func:`restore_case`).

Wire datelines themselves are found in the text by :func:`storyline.read.datelines`, the one
definition the reader (agency tag as publisher) and the stages share."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from storyline.knowledge import load_tsv, mention_lexicon, uninflected
from storyline.record import Entity, Offsets, Span


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """True when the two half-open character ranges share at least one character."""
    return a_start < b_end and b_start < a_end


def span_of(doc: Doc, start: int, end: int) -> Span:
    """A record Span for characters ``start:end`` of the doc's text."""
    return Span(start, end, doc.text[start:end])


def token_span(tokens: SpacySpan | Token) -> Span:
    """A record Span covering a spaCy token or span."""
    if isinstance(tokens, Token):
        return Span(tokens.idx, tokens.idx + len(tokens.text), tokens.text)
    return Span(tokens.start_char, tokens.end_char, tokens.text)


def sentence_offsets(sent: SpacySpan) -> Offsets:
    """Offsets of a sentence, without trailing white space."""
    # the span's own text, not ``doc.text``: spaCy rebuilds that from every token on each access
    start = sent.start_char
    return Offsets(start, start + len(sent.text.rstrip()))


def token_at(doc: Doc, char: int) -> Token | None:
    """The token covering character ``char``, or None when it falls in white space."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def entity_at(entities: Iterable[Entity], start: int, end: int) -> Entity | None:
    """The entity one of whose mentions overlaps ``start:end`` most closely (shortest mention wins)."""
    best: tuple[int, Entity] | None = None
    for ent in entities:
        for m in ent.mentions:
            if m.start < end and start < m.end:  # overlaps(), inlined: this loop is hot
                size = m.end - m.start
                if best is None or size < best[0]:
                    best = (size, ent)
    return best[1] if best else None


def past_dateline(tok: Token, lines: Sequence[tuple[int, int]]) -> Token:
    """The subject after a dateline the parser took for it: "NAIROBI, Kenya (AP) — Police
    arrested" hangs "Police" on "NAIROBI", "CLEVELAND — Michael Mukasey told" hangs "Mukasey"
    on "CLEVELAND". The first word past the dateline holding ``tok`` that hangs on a word
    inside it; ``tok`` itself when it is in no dateline. ``lines``: the datelines' character
    ranges (:func:`storyline.read.datelines`)."""
    end = next((stop for start, stop in lines if start <= tok.idx < stop), None)
    if end is None:
        return tok
    after = [t for t in tok.subtree if t.idx >= end and t.head.idx < end]
    return after[0] if after else tok


def conj_chain(tok: Token) -> list[Token]:
    """``tok`` and every word coordinated with it (dependency ``conj``, the whole chain: "shot,
    wounded and robbed" gives all three), the chain's first word first, the rest as the tree
    gives them. Coordinated predicates share their subject and object by construction, which the
    events stage and event merging both need to know."""
    root = tok
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    chain, stack, seen = [root], [root], {root.i}
    while stack:
        for c in stack.pop().children:
            if c.dep_ == "conj" and c.i not in seen:
                seen.add(c.i)
                chain.append(c)
                stack.append(c)
    return chain


def window_start(tok: Token, sentences: int) -> int:
    """Index of the first token of the sentence ``sentences`` before ``tok``'s (the doc's first
    when fewer precede): where the search for what a pronoun takes up stops, one reach for the
    events stage's generic antecedent and the quotes stage's last person named."""
    lo = tok.sent.start
    for _ in range(sentences):
        if lo == 0:
            break
        lo = tok.doc[lo - 1].sent.start
    return lo


@functools.cache
def street_words(stage: str) -> frozenset[str]:
    """Words for a street or square that open its name ("Avenida", "Plaza", "Jalan") read by
    ``stage`` ("names" for the entities stage, "places" for the places stage): the rows of
    ``data/street_words.tsv`` whose ``reach`` is that stage or "both". One list, two reaches."""
    return frozenset(r["word"] for r in load_tsv("street_words.tsv") if r["reach"] in (stage, "both"))


#: A word of a line whose case is restored: letters, with the apostrophes and dots inside it
#: ("O'NEILL", "U.S.").
_WORD = re.compile(r"[A-Za-z][A-Za-z'.]*")


def titled(text: str) -> str:
    """``text`` in title case ("KANSAS CITY" -> "Kansas City"), but with no capital after an
    apostrophe ("DON'T" -> "Don't", not "Don'T")."""
    return text.title() if "'" not in text else text[:1].upper() + text[1:].lower()


def article_spellings(tokens: Iterable[Token], skip: Sequence[tuple[int, int]] = ()) -> dict[str, str]:
    """Lowercase word -> the article's own spelling of it (:func:`restore_case`'s ``spellings``):
    the form it writes most often, the one with fewer capitals on a tie ("nasa" over "NASA"),
    capitals included (an acronym the body writes "NASA" stays one). Not counted: the words inside
    the character ranges ``skip`` (the lines being restored) and the first word of a sentence
    (capitalised whatever it is). One collector for the title-case headlines of
    :func:`storyline.stories.mentions.truecase` and the all-capitals lines of the entities stage."""
    counts: dict[str, dict[str, int]] = {}
    for t in tokens:
        w = t.text
        if not w[:1].isalpha() or t.is_sent_start or any(s <= t.idx < e for s, e in skip):
            continue
        forms = counts.setdefault(w.lower(), {})
        forms[w] = forms.get(w, 0) + 1
    # max by (count, form): on a tie the form that sorts last, the one with the fewest capitals
    return {low: max(forms.items(), key=lambda kv: (kv[1], kv[0]))[0] for low, forms in counts.items()}


@functools.cache
def common_words() -> frozenset[str]:
    """The case restorer's common English words: the one-word WordNet nouns and verbs of
    ``data/mention_lexicon.tsv`` and spaCy's English stop words ("into", "with")."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(mention_lexicon()) | frozenset(STOP_WORDS)


def common_word(word: str) -> bool:
    """``word`` (lowercase) or a form of it without a regular inflection ("earns", "forced") is
    one of :func:`common_words`."""
    common = common_words()
    return word in common or any(form in common for form in uninflected(word))


#: Letters that make a written word pronounceable: a word in capitals with none of them
#: ("BBC", "HSBC", "NHS") is an acronym, kept as written by :func:`restore_case`.
_VOWELS = frozenset("AEIOUYaeiouy")


def restore_case(
    text: str,
    spellings: Mapping[str, str],
    lowercase: Callable[[int, str], bool],
    *,
    words: Sequence[tuple[int, int]] | None = None,
    names: Collection[str] = frozenset(),
    acronyms: Collection[str] = frozenset(),
    acronym: int = 3,
) -> str:
    """``text``, a headline in title case or capitals, with each word in the case the article
    would write it, so that a tagger or NER reads it as it reads the body (both take capitals
    for names): the article's own spelling (``spellings``: lowercase word -> it,
    :func:`article_spellings`); else a run of up to three words that is a known name (``names``,
    in title case: "KANSAS CITY") in title case; else a word in capitals kept as an acronym when
    it is a known one (``acronyms``: "UN", "NATO") or has no vowel ("BBC", "HSBC"); else a known
    name of one word in title case; else the word in lowercase when ``lowercase(i, word)`` says
    it is a common word (``i`` the word's index, ``word`` lowercased); else a word in capitals in
    title case, unless an acronym of up to ``acronym`` letters ("FBI"); else as written. The first letter is a
    capital. ``words``: the words' character ranges in ``text`` (default: runs of letters). The
    result has ``text``'s length, a form of another length (a rare Unicode case) being left as
    written, so that offsets into it are those of ``text``."""
    spans = list(words) if words is not None else [m.span() for m in _WORD.finditer(text)]
    out = list(text)
    i = 0
    while i < len(spans):
        # a known name of several words first ("KANSAS CITY", "UNITED NATIONS")
        n = next(
            (
                n
                for n in (3, 2)
                if names and i + n <= len(spans) and titled(text[spans[i][0] : spans[i + n - 1][1]]) in names
            ),
            1,
        )
        a, b = spans[i][0], spans[i + n - 1][1]
        word = text[a:b]
        low = word.lower()
        if n > 1:
            form = titled(word)
        elif low in spellings:
            form = spellings[low]
        elif word.isupper() and len(word) > 1 and (word in acronyms or not _VOWELS.intersection(word)):
            form = word
        elif names and titled(word) in names:
            form = titled(word)
        elif low != word and lowercase(i, low):
            form = low
        elif word.isupper() and len(word) > acronym:
            form = titled(word)
        else:
            form = word
        if len(form) == b - a:
            out[a:b] = form
        i += n
    restored = "".join(out)
    return restored[:1].upper() + restored[1:]


#: Words that make a title another office or one no longer held ("Deputy Mayor" is not the mayor,
#: "the former governor" not the one in office): a person so titled does not hold the bare title,
#: and a phrase so modified names no one :func:`title_holder` may resolve.
_OTHER_OFFICE = frozenset(
    {"deputy", "vice", "assistant", "associate", "former", "ex", "outgoing", "previous", "late", "then"}
)
#: Modifiers a title-only phrase may carry and still name the office's present holder ("the new
#: governor", "the interim president").
_PRESENT_OFFICE = frozenset({"new", "newly", "incoming", "interim", "acting", "current", "sitting"})
#: Verbs by which a person takes an office named as their complement ("was installed as mayor",
#: "was appointed mayor", "became president", "took office as premier").
_TAKING_OFFICE = frozenset(
    {"swear", "appoint", "name", "elect", "become", "install", "instal", "inaugurate", "take"}
)  # "instal": the lemma the tagger gives British "installed"


#: What ends the office noun of a role and begins what qualifies it ("leader *of* the union").
_ROLE_QUALIFIER = re.compile(r"\s(?:of|for|at|in|to|with|from)\s")


def _office_words(words: Iterable[str]) -> bool:
    return not any(w.strip(".-").lower() in _OTHER_OFFICE for w in words)


def _office_taker(title: Token) -> Token | None:
    """The subject of the verb by which someone takes the office ``title`` names ("Lena Varga was
    installed as mayor", "Varga became mayor", "Varga was appointed mayor"), or None."""
    if title.dep_ in ("attr", "oprd", "xcomp", "dobj"):
        verb = title.head
    elif title.dep_ == "pobj" and title.head.lower_ == "as":
        verb = title.head.head
    else:
        return None
    if verb.lemma_.lower() not in _TAKING_OFFICE:
        return None
    if verb.lemma_.lower() == "take" and not (
        title.dep_ == "pobj" and any(c.lower_ == "office" for c in verb.children)
    ):
        return None  # "took office as governor", not "took the governor"
    for v in (verb, verb.head if verb.dep_ == "conj" else verb):
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj
    return None


def title_holder(head: Token, entities: Sequence[Entity]) -> Entity | None:
    """The person a title-only phrase stands for ("the new mayor urged calm" after "Vice Mayor Lena
    Varga was installed as mayor"): the one person of the article, named before the
    phrase, who holds the title (an entity's ``title`` attribute ending in the noun, with no
    "deputy", "vice", "former" before it) or took it ("was installed as", "was appointed",
    "became", "took office as" the title). None when no one or two or more people do, when the
    phrase names another office or a past holder ("the former governor", "the deputy governor",
    "the governor of X"), or when ``head`` is no common noun. Shared by the stages that read a
    title as an actor or a speaker (events, quotes)."""
    if head.pos_ != "NOUN" or head.tag_ != "NN":
        return None
    kids = list(head.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids):
        return None
    if any(c.dep_ in ("nummod", "poss") or (c.dep_ == "prep" and c.lower_ in ("of", "for")) for c in kids):
        return None
    # "the finance minister", "the harbour master": the office's words before its noun, which the
    # holder's title must have too
    office = {
        c.lower_ for c in kids if c.dep_ in ("amod", "compound", "nmod") and c.lower_ not in _PRESENT_OFFICE
    }
    if not _office_words(office):
        return None
    noun = head.lemma_.lower()
    people = [e for e in entities if e.type == "PERSON" and any(m.start < head.idx for m in e.mentions)]
    found: dict[str, Entity] = {}
    for e in people:
        # a title before the name ("Finance Minister Ana Ruiz") or a role in apposition to it
        # ("Ana Ruiz, the finance minister,"; of "the head of the farmers' guild" only "head")
        for key in ("title", "role"):
            role = str(e.attributes.get(key) or "").lower()
            words = _ROLE_QUALIFIER.split(role)[0].split()
            if words and words[-1] == noun and _office_words(words[:-1]) and office <= set(words[:-1]):
                found[e.id] = e
    takers: dict[str, Entity] = {}
    for t in head.doc[: head.i]:
        if t.lemma_.lower() != noun or t.pos_ != "NOUN":
            continue
        mods = {c.lower_ for c in t.children if c.dep_ in ("amod", "compound")}
        if not _office_words(mods) or not office <= mods:
            continue
        subj = _office_taker(t)
        ent = entity_at(people, subj.idx, subj.idx + len(subj.text)) if subj is not None else None
        if ent is None and subj is not None:
            # "His deputy, Marek Holm, was appointed governor": the name in apposition took it
            named = (c for c in subj.children if c.dep_ == "appos")
            ent = next((x for c in named if (x := entity_at(people, c.idx, c.idx + len(c.text)))), None)
        if ent is not None:
            takers[ent.id] = ent
    if len(takers) == 1:
        # "X was sworn in as president" after "President Y" was removed: the one who took the
        # office holds it now, the one titled with it before held it
        return next(iter(takers.values()))
    found |= takers
    return next(iter(found.values())) if len(found) == 1 else None


# Names of built places that the model often reads as an organisation or a person: the last words
# of a wharf's name ("Kings Wharf"), and the first words of a venue's name in French, Spanish,
# Italian or Portuguese ("Palais des Sports"). The entities stage makes them facilities; the places
# stage puts such a facility at the town named after it.
BERTH_HEADS = frozenset({"Wharf", "Pier", "Jetty", "Quay"})
VENUE_OPENERS = frozenset({"Palais", "Palacio", "Palazzo", "Palácio"})


# A parliamentary record's speaker label opening a line, after a margin time or not ("2.50"): a
# member's title in capitals and name, with a bracket or not ("MR OKELLO PETER (Independent, Kilak
# North):", "MRS ATIM JOYCE:"), or an office in capitals of any length with its holder's title and
# name in brackets ("THE MINISTER OF STATE FOR DEFENCE (Mr Ali Obe Lanyero):"). The one reading of
# the label line: the entities stage takes the member's name, seat and party from it, the quotes
# stage the turn's speaker.
RECORD_LABEL = re.compile(
    r"^[ \t]*(?:\d{1,2}[.:]\d{2}[ \t]+)?"
    r"(?:(?P<title>MR|MRS|MS|DR|PROF|HON|REV)\.?[ \t]+"
    r"(?P<name>[A-Z][A-Z'’-]+(?:[ \t][A-Z][A-Z'’-]+){0,3})[ \t]*(?:\((?P<bracket>[^()\n]{1,80})\))?"
    r"|THE (?P<office>[A-Z][A-Z ,'’-]{2,80})\((?P<holder>(?:Mr|Mrs|Ms|Dr|Prof|Hon|Rev)\.?[ \t]+"
    r"(?P<holder_name>[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+){0,3}))\))[ \t]*:",
    re.MULTILINE,
)
#: a member's bracket of party and seat ("Independent, Kilak North")
_RECORD_SEAT = re.compile(r"(?P<party>[^(),\n]{1,40}),[ \t]*(?P<seat>[A-Z][^(),\n]{0,40})")


def record_seat(label: re.Match[str]) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The offsets of the party and of the seat in a member's :data:`RECORD_LABEL` bracket ("MR
    OKELLO PETER (Independent, Kilak North):"); None for a bracket of another shape or none."""
    if label["bracket"] is None or (seat := _RECORD_SEAT.fullmatch(label["bracket"])) is None:
        return None
    at = label.start("bracket")
    party, place = seat.span("party"), seat.span("seat")
    return (at + party[0], at + party[1]), (at + place[0], at + place[1])


def record_speaker(label: re.Match[str]) -> tuple[int, int]:
    """The offsets of the speaker a :data:`RECORD_LABEL` names as written: the office's holder with
    the title ("Mr Ali Obe Lanyero"), or the member with the title ("MR OKELLO PETER")."""
    if label["holder"] is not None:
        return label.span("holder")
    return label.start("title"), label.end("name")


#: the Arabic definite article in a romanised name, with its sun-letter forms ("al-", "el-",
#: "ash-", "ad-"), hyphened or spaced before a capitalised word ("Shibin al-Kom", "Kafr el Sheikh")
_ARABIC_ARTICLE = re.compile(r"(?<![\w-])(?:[AaEe][lnrsdtz]|[AaEe]sh)([- ])(?=[A-Z])")


def arabic_article_forms(name: str) -> list[str]:
    """Other spellings of a romanised Arabic place name's article ("Shibin al-Kom" -> "Shibin
    el-Kom", "Shibin al Kom", ...), for a gazetteer that writes the article one way only; no
    form when the name holds none."""
    if not _ARABIC_ARTICLE.search(name):
        return []
    forms: list[str] = []
    for article in ("al-", "el-", "al ", "el ", "ash ", "ad "):
        form = _ARABIC_ARTICLE.sub(lambda m, a=article: a if m.group(0)[:1].islower() else a.title(), name)
        if form != name and form not in forms:
            forms.append(form)
    return forms
