"""Quotes: direct, indirect and mixed speech with speaker, cue, channel, date and nesting.

How it works, in three passes over the parsed article (no second spaCy run):

1. *Marked spans*: every stretch inside quotation marks (“ ” " ‘ ’ « », and '' as some
   wires print a double mark), following news
   convention for quotes that run over several paragraphs (the closing mark is left off and
   each new paragraph reopens the quote).
2. *Cues*: every cue verb from ``data/cue_verbs.tsv`` (and "according to") with its content:
   the verb's clausal complement ("said *that …*", "would not reveal *whether …*"), the
   main clause of an "As Politico reported, *…*" aside, or what the verb's ``takes`` column
   allows ("announced *his resignation*", "vowed *to repeal it*", "accused Obama *of …*").
   Content ends before a second report the parser hung inside it ("…, and 4 in 10 said …")
   and before the reporter's closing aside (", which is spread by mosquitoes").
   A cue in a sentence the parser began at a name after an abbreviated title ("…," Army Col. |
   Ana Ruiz said) reports the sentence before; a finding verb ("the study found") is a cue when
   its subject is a document.
   A speech verb closing its sentence or list line bare after ", <short noun phrase>" reports the
   whole sentence before that comma, of any length ("A was hurt and B killed when …,
   police said", "…, local media report" with the cue tagged a noun), past a dateline or a live
   blog's time stamp that opens it.
   A complement inside a marked span makes a direct quote ("“…,” said Lane"); one that is
   only partly marked makes a mixed quote; an unmarked one an indirect quote. A marked span
   with no complement of its own takes the nearest free cue in or beside its sentence; one
   that opens a paragraph with no cue continues the previous quote's speaker; the rest
   (scare quotes, titles) are not quotes, but a short one judging the object of a naming verb
   or of a verb of praise or blame ('dubbed the levy "cruel"', 'lauded the "tireless" volunteers')
   is a mixed quote. A rebuttal verb whose object is a claim noun ("waved away fears that …")
   reports the noun's that-clause. The answers of a Q&A interview and the turns of a transcript
   ("ANA RUIZ: …", "ANA RUIZ (MAYOR): …", "A (Ana Ruiz): …", up to its last label) are direct
   quotes of the interviewee or of the speaker the label names (a wire dateline "PORT LOUIS: …" is
   no label). A group opening its sentence with a present-tense speech verb the tagger took for a
   noun ("Herders in the north report that …") is an indirect quote. A speech verb in the clause of a
   verb of thought ("Firefighters think the tenant lit it") reports nothing; nor does a passive
   participle after its noun ("traders accused of hoarding"). A verb of sending words by a medium
   ("radioed that …", "texted that …", "e-mailed residents that …"; quote_words.tsv role ``medium``) is
   a cue whose channel is that medium, also where the tagger took its past tense for a noun ('"…,"
   the pilot radioed').
3. *Attribution*: the cue's subject is the speaker (inverted, pronoun, relative-clause and
   "a spokesman for X" subjects included, a dateline the parser took for the subject
   skipped), linked to the entity whose mention overlaps its head; a pronoun with no entity
   takes up the unnamed speaker of the quote just before when it is a noun for people of the
   same number ("Two diplomats said … X, they said."); a speaker "it" or "they" takes up the
   body or group of people the sentence before is about, and a "he" or "she" only a person (after
   a body spoke, the person named last); "according to its logs" is the keeper's, through
   the records, and "according to a spokeswoman for X, who said …" is the spokeswoman's twice;
   a speech verb coordinated with a passive
   reported clause ("It said six men were held and denounced …") has the reporter's subject. The
   channel ("in an email", "according to a statement from …", one hung on an inverted subject,
   on a verb coordinated before the cue, or an "according to" a document closing what was
   said), the date (a time attached to the cue's clause, or for a participle cue to its verb:
   "rejected it on Tuesday, saying …", or for an undated cue to the verb coordinated before it:
   "visited the site on Tuesday and said …", or a channel fronted before both: "In a memo issued on
   Monday, X lauded A but cautioned that …") and the quote it is nested in (``within``) are read
   off the same parse. A second cue the parser hung on the first one's that-clause ("X said that …
   and added that …") shares the first cue's speaker; a "he" or "she" takes up the person a caption
   line above names ("Ana Ruiz, the port's director, at the quay."). A cue "I" or "we" inside a
   transcript's turn is the turn's speaker's; a quotation with no speaker followed by an attribution in
   brackets ('"…" (Party leader, on a radio phone-in)') is that speaker's, through that channel.
   A name set beside the subject's title ("The operator, Porto-based Varela Lines, said") is the
   speaker; the subject of a trailing cue is the noun a relative clause qualifies ("a warden who
   reported the theft told …"), where the parser took the clause's object for it.
   Shapes of news pages: a verdict's clause about a thing ends at the court's own second verb ("ruled
   that the ban was void and ordered …"); an "as" clause of advice or forecast beside a past event
   ("…, as campaigners had urged") is no cue; "told the Bugle" names the paper told as the channel;
   "in writing" is a channel; a headline's label before a colon ('Port chief: "…"') is the speaker;
   "according to a statement from X" is X's; a "she said" in the sentence after a dated report of the
   same speaker shares its date. A publication told something with no "the" is the channel when its
   name holds a masthead's word ("told Dagens Nyheter", "told Le Monde"; ``outlet_name_words.txt``),
   as is "the Herald", though "herald" is a noun for a person; a headline's label before a colon is
   its topic when an inverted cue names the speaker after the quotation ('Rescue: "…" says diver'); a
   quoted noun phrase a cue takes as its object ('citing "serious procedural violations"') is a
   mixed quote, a fragment, not a whole direct one; a quotation with no cue is the speaker's that
   the next sentence names ('"…" That was the view of Ana Lima'; ``quote_words.tsv`` ``verdict``).
   The outlet told is the channel whatever the tagger took its name for: a name beside a noun for an
   outlet ("told state broadcaster RTP", "told Yle, the Finnish broadcaster"), a station's name ("told
   TV Globo", ``broadcaster_words.txt``) or a one-word name the article gives no person ("told
   Kathimerini"; not "told Okafor" after "Lars Okafor"). A passive cue is its agent's ("were told by
   police that …"), never its subject's, and one coordinated inside a reported clause ("said the club
   had hoped to … but had been told that …") is part of what was said. A mixed quote opened or closed
   by its quotation holds that quotation's mark. A paragraph of a short quotation in a headline's case
   ("'Nothing Left to Lose.'") is a subhead, not the previous speaker's words going on.
   A short naming quotation ('called the ruling "a disgrace"') is the words of a "he" or "she" or of
   one body ("The union called …") too, and of a subject whose quoted quality the parser hung on the
   object ('called the delay "unacceptable and dangerous"'). A counted subject the parser took for a
   speech verb's object ("says *about 300 shops burned*") or left alone at a line's end of wrapped
   text ("said four\npeople … drowned") opens the reported clause; a run-in label the parser took for
   the subject ("Toll: the fishermen's cooperative says") is no speaker.
   Broadcast captions label voices with chevrons (">> ANCHOR:", ">> ANA RUIZ:") and WebVTT voice tags
   ("<v Ana Ruiz>", read from the article's own text: the parser's view blanks them); a reporter's
   label ("[ANA RUIZ, REPORTER]", her later bare "[ANA RUIZ]", a voice the header names the reporter)
   is narration, and a "he" or "she" is never the byline's reporter nor a woman or man the given name
   rules out. A parliamentary record's labels are read by ``common.RECORD_LABEL`` (an office of any
   length with its holder in brackets), the chair's label is the person the "(The Deputy Speaker, Ms
   X, in the Chair.)" note names, a heading in capitals ends a turn, and a form of address opening a
   sentence ("Madam Speaker, our intelligence indicates …") is no speaker.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import logging
import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

import numpy as np
from spacy.attrs import DEP, LOWER, POS
from spacy.language import Language
from spacy.symbols import NOUN, VERB, advcl
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from storyline.knowledge import (
    courtesy_words,
    first_names,
    load_lines,
    load_tsv,
    people_nouns,
    person_nouns,
    uninflected,
)
from storyline.read import datelines
from storyline.record import Entity, Quote, QuoteKind, Span, Speaker, Time
from storyline.stages.analyse import Analysis
from storyline.stages.common import (
    RECORD_LABEL,
    common_word,
    entity_at,
    past_dateline,
    record_speaker,
    title_holder,
    window_start,
)
from storyline.stages.quantities import CASUALTY_WORDS

log = logging.getLogger(__name__)

# Opening mark -> closing mark. Straight double quotes close themselves.
_PAIRS = {"“": "”", "«": "»", "‘": "’", '"': '"', "„": "“", "'": "'"}
_MARK_TOKENS = {"“", "”", '"', "«", "»", "„", "‘", "''", "``"}  # quotation marks as spaCy tokens
_SINGLE = {"’", "'"}  # closers of single quotes, which double as apostrophes
_REOPEN = {"“", '"', "«", "‘", "„"}
# every character the quotation-mark scan acts on (openers, closers, a second “); the
# scan jumps from one to the next instead of looking at every character
_MARK_CHARS = re.compile("[" + re.escape("".join({*_PAIRS, *_PAIRS.values(), "“"})) + "]")
_MARK_CHARS_ALL = frozenset({*_PAIRS, *_PAIRS.values()})  # every opening or closing quotation mark
# the small words inside foreign titles of publications ("Corriere della Sera", "Folha de S.Paulo")
_TITLE_PARTICLES = frozenset(["de", "del", "della", "di", "do", "da", "des", "du", "van", "von", "y", "e"])
# definite articles opening foreign titles of publications ("Der Spiegel", "El Mundo", "De Morgen")
_TITLE_ARTICLES = frozenset(
    ["Le", "La", "Les", "L'", "El", "Los", "Las", "Il", "Lo", "O", "Der", "Die", "Das", "De", "Het"]
)
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
# cues whose "of" after the object always opens the charge ("accused the firm of *smuggling
# diesel*"), unlike "warned residents of fishing villages", where it may be the object's own
_CHARGE_CUES = frozenset({"accuse"})
_PARTICLES = {"back", "out", "up"}
_SAY = {"say", "tell", "write", "add", "report", "state"}
_RELATIVE = {"who", "that", "which", "whom"}
_EXPLETIVE = {"it", "there"}
_PERSONAL = {"he", "she", "him", "her", "they", "them"}
_TOLD = {"tell", "assure", "inform", "remind"}  # speech verbs whose object is the one addressed
_FIRST_PERSON = {"i", "we"}  # a speaker inside a transcript's turn: the turn's own speaker
_CHANNEL_PREPS = {"in", "on", "via", "through", "during", "at", "over", "by"}
# a notice "put out over Viber", "shared via WhatsApp", "passed through Signal": the platform it
# went out on, as "posted on" names it (a platform only: "sent via the embassy" names a go-between)
_SENT_OVER = ("over", "via", "through")
_SPEAKER_DROP_DEPS = {"appos", "relcl", "punct", "advcl", "parataxis"}
_MIN_CONTINUATION_WORDS = 3
_MAX_FOLLOW_GAP = 160
_TRAILING_TOKENS = 9
_FINITE = {"VBD", "VBZ", "VBP"}
_CONTRAST = {"while", "though", "although", "whereas"}
# what sets a trailing speaker off from what was said: ", police said", "— police said"
_SET_OFF = {",", "—", "–", "--"}
_BULLETS = {"-", "–", "—", "•", "*", "·", "▪"}  # marks opening a line of a list
# how the words of a speaker phrase a tagger hung on a trailing cue taken for a noun hang there
_FLAT_DEPS = {"compound", "amod", "det", "nummod", "poss"}
# what ends a live blog's time stamp before the text of an entry: "14:05 GMT — …"
_STAMP_ENDS = {"—", "–", "-", ":", "|"}
# the parts of speech of a short speaker phrase: "the state news agency", "a police spokesman"
_PHRASE_POS = {"DET", "ADJ", "NOUN", "PROPN", "NUM", "PART", "ADP", "CCONJ", "PRON"}


@dataclass
class _Marked:
    """A stretch inside quotation marks: inner ``start:end`` (marks excluded)."""

    start: int
    end: int
    words: int = 0
    titled: bool = False
    draft: _Draft | None = None


@dataclass
class _Draft:
    """A quote before ids are given: content span, kind and the tokens it hangs on."""

    start: int
    end: int
    kind: QuoteKind
    cue: Token | None = None
    cue_span: Span | None = None
    speaker: Speaker | None = None
    channel: str | None = None
    date: str | None = None
    within: _Draft | None = None
    continuation: bool = False
    id: str = ""
    speaker_head: Token | None = None  # the speaker's head where the parse gives a wrong subject
    speaker_span: tuple[int, int] | None = None  # the speaker's words where the parse gives no phrase
    turn: bool = False  # a transcript's turn or an interview's answer: its label or page names the speaker


class QuoteStage:
    """Finds quotes and attributes each to a speaker, with cue, channel, date and nesting."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.cue_types: dict[str, str] = {}
        self.takes: dict[str, frozenset[str]] = {}
        for row in load_tsv("cue_verbs.tsv"):
            lemma = row["lemma"].strip().lower()
            self.cue_types.setdefault(lemma, row["type"].strip())
            self.takes.setdefault(lemma, frozenset((row.get("takes") or "").split()))
        # every "lemma" a phrasal cue ("lay out", "speak up") could start with: a verb whose
        # lemma is not one of them need not have its particles looked at
        self._phrasal_heads = {k[:i] for k in self.cue_types for i, ch in enumerate(k) if ch == " "}
        self._according = np.uint64(nlp.vocab.strings.add("according"))  # its LOWER hash
        self._root = np.uint64(nlp.vocab.strings.add("ROOT"))  # the DEP hash of a sentence's root
        self._datelines: list[tuple[int, int]] = []  # of the article being read
        self._authors: frozenset[str] = frozenset()  # its byline's names, as :func:`_name_key` keys
        # a cue's true subject where the parser took it for a relative clause's report (by cue index)
        self._relative_subjects: dict[int, Token] = {}
        by_role: dict[str, set[str]] = {}  # quote_words.tsv: word lists by their role
        for r in load_tsv("quote_words.tsv"):
            by_role.setdefault(r["role"].strip(), set()).add(r["word"].strip().lower())
        self.proxies = by_role.get("proxy", set())
        self.records = by_role.get("record", set())
        self.trailing = by_role.get("trailing", set())
        self.channels = by_role.get("channel", set())
        self.platforms = by_role.get("platform", set())
        self.outlets = by_role.get("outlet", set())
        self.empty = by_role.get("empty", set())
        self.occasions = by_role.get("occasion", set())
        self.finding = by_role.get("finding", set())
        self.holding = by_role.get("holding", set())
        self.bench = by_role.get("bench", set())
        self.documents = by_role.get("document", set())
        self.issuing = by_role.get("issuing", set())
        self.person_roles = by_role.get("person", set())
        self.rebuttals = by_role.get("rebuttal", set())
        self.claims = by_role.get("claim", set())
        self.evaluations = by_role.get("evaluation", set())
        self.media = by_role.get("medium", set())
        self.comparisons = by_role.get("comparison", set())
        self.verdicts = by_role.get("verdict", set())
        # words of mastheads ("Nyheter", "Monde", "Herald") and endings of one-word ones ("-posten")
        mastheads = load_lines("outlet_name_words.txt")
        self.outlet_words = frozenset(w for w in mastheads if w[0] not in "-+")
        self.outlet_after_article = frozenset(w[1:] for w in mastheads if w.startswith("+"))
        self.outlet_endings = tuple(w[1:].lower() for w in mastheads if w.startswith("-"))
        # words of a station's name ("Radio", "TV"; "Channel" only before a number): "told TV Globo"
        broadcast = load_lines("broadcaster_words.txt")
        self.broadcast_words = frozenset(w for w in broadcast if not w.endswith("*"))
        self.channel_words = frozenset(w[:-1] for w in broadcast if w.endswith("*"))
        # a section's label before a colon ("Analysis:", "Exclusive:") names no speaker
        self.section_words = frozenset(load_lines("section_labels.txt"))
        for verb in self.media:  # "radioed that …": a speech cue of this stage alone (the nouns
            self.cue_types.setdefault(verb, "speech")  # "message", "text" are no speech verbs elsewhere)
            self.takes.setdefault(verb, frozenset())
        # people's titles and role nouns (the entities stage's titles.tsv, read only): "the minister
        # of X, Y" names the minister, "a spokesman for the minister, Y" the minister too
        titles = load_tsv("titles.tsv")
        self.person_nouns = frozenset(r["phrase"].strip().lower() for r in titles)
        # abbreviated titles ("Capt.", "Lt. Cmdr.", "Insp."): the small parser often ends a sentence
        # at their full stop, cutting "Navy Cmdr." off the name and the cue after it
        self.abbreviations = frozenset(w for r in titles for w in r["phrase"].split() if w.endswith("."))
        self.person_roles |= self.person_nouns | people_nouns()
        # abbreviated titles of one word ("Dr.", "Prof.", "Mr.", "Gen.") and their spellings without
        # the stop ("Mr"): a name written after one is a person's, whatever the tagger typed it
        short = {
            r["phrase"].strip()
            for r in titles
            if r["kind"].strip() == "title" and " " not in r["phrase"].strip()
        }
        self.courtesy = frozenset(w for w in short if w.endswith(".") or f"{w}." in short)

    # --- entry point ---------------------------------------------------------------------

    def __call__(self, an: Analysis, entities: Sequence[Entity], times: Sequence[Time]) -> list[Quote]:
        """All quotes of the article, in text order, with ids q1, q2, …."""
        doc = an.doc
        self._datelines = [(d.start, d.end) for d in datelines(an.text)]
        self._authors = frozenset(_name_key(a) for a in an.article.authors)
        self._relative_subjects = {}
        # "''It's anti-reform,''" (two apostrophes for a double quotation mark, as some wires
        # print it) reads as a space and a straight double quote; offsets do not move
        text = an.text.replace("''", ' "')
        marked = self._marked_spans(text, an.paragraphs)
        entities = self._titled_people(an.text, entities)
        drafts: list[_Draft] = []
        free_cues: list[Token] = []
        heads: list[int] = []  # ends of the run-in subheads ("What growers say:") the cues skipped
        toks = an.tokens
        # only verbs, "according" and a participle taken for a noun ("…, writing: “…”") can be
        # cues: find them in one Doc.to_array call rather than building every token's strings
        rows = doc.to_array([POS, LOWER, DEP]) if toks else np.zeros((0, 3), dtype=np.uint64)
        can = (
            (rows[:, 0] == VERB)
            | (rows[:, 1] == self._according)
            | ((rows[:, 0] == NOUN) & ((rows[:, 2] == advcl) | (rows[:, 2] == self._root)))
        )
        for i in np.flatnonzero(can).tolist():
            tok = toks[i]
            kind = self._cue_type(tok)
            if kind is None or kind == "thought" or _quoting_formula(tok):
                continue
            if (
                tok.dep_ == "ccomp"
                and tok.i > tok.head.i
                and self._cue_type(tok.head) == "thought"
                and not any(c.dep_ == "ccomp" for c in tok.children)
            ):
                continue  # "Firefighters think the tenant added it": a thought, no one's words
            subjects = [c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i]
            if len(subjects) > 1 and any(
                r.dep_ == "relcl" and r.right_edge.i + 1 == subjects[1].left_edge.i
                for r in subjects[0].children
            ):
                # "a warden who reported the theft told": the parser hung both nouns on the cue;
                # the one the relative clause qualifies is the subject, the other its object
                self._relative_subjects[tok.i] = subjects[0]
            if (main := self._cue_past_relative(tok)) is not None:
                # '"…," a guard who reported the fire told the press': the parser made "the fire told
                # the press" the relative clause's report; the cue after it is the sentence's own
                self._relative_subjects[main.i] = tok.head
                continue
            if _in_writing(tok) and self._cue_type(tok.head.head) == "speech":
                continue  # "replied in writing that …": the verb before it is the cue
            if self._as_compared(tok):
                continue  # "…, as campaigners had urged": what happened, set beside what was asked
            if self._subhead_cue(tok):
                heads.append(toks[tok.i + 1].idx + 1)  # where the heading ends, after its colon
                continue  # "What growers say:" heading what follows: the quote's own cue speaks
            draft = self._from_cue(text, tok, marked, toks) if kind == "speech" else None
            if draft is None:
                free_cues.append(tok)
            elif draft.kind != "direct":
                drafts.append(draft)
        for m in marked:
            if m.draft is not None:
                drafts.append(m.draft)
        self._attach_uncued(doc, text, marked, free_cues, drafts, an.paragraphs)
        drafts += self._bare_trailing(toks, drafts, marked)
        drafts += self._group_reports(toks, drafts, marked)
        for d in drafts:
            if d.kind != "direct":
                d.start = _past_stamp(doc, self._past_dateline_char(text, d.start, d.end), d.end)
                d.start = _past_run_in_label(text, d.start, d.end)
                d.start = _past_caption_mark(text, d.start, d.end)
            for h in heads:
                if d.start < h < d.end and "\n" not in text[d.start : h]:
                    # "What unions say: Pay must keep pace, the federation said": the words after it
                    d.start = h + len(text[h : d.end]) - len(text[h : d.end].lstrip())
        drafts += _interview_answers(an.text, an.paragraphs, entities, drafts, self._datelines)
        article = an.article
        drafts += _caption_turns(an.text, an.paragraphs, entities, drafts, article.text, article.authors)
        _close_mixed(text, drafts, marked)
        _trim_conjunction(text, drafts)
        drafts = sorted(_dedupe(drafts), key=lambda d: (d.start, -d.end))
        for i, d in enumerate(drafts, 1):
            d.id = f"q{i}"
        quotes = self._finish(doc, an.text, drafts, marked, entities, times, an.paragraphs, an.published)
        log.debug("%d quotes from %d quotation marks", len(quotes), len(marked))
        return quotes

    def _titled_people(self, text: str, entities: Sequence[Entity]) -> Sequence[Entity]:
        """``entities`` with a body named right after an abbreviated title ("the dean of law, Prof. Ivo
        Marek," typed ORG) read as a person, as the speaker a "he added" after it takes up; the
        record's entities are not changed (quotes name entities by id only)."""
        out = list(entities)
        for k, e in enumerate(out):
            if e.type == "ORG" and any(
                (w := text[max(0, m.start - 8) : m.start]).endswith(" ")
                and w.split()
                and w.split()[-1] in self.courtesy
                and not w[:-1].endswith(" ")
                for m in e.mentions
            ):
                out[k] = dataclasses.replace(e, type="PERSON")
        return out

    # --- pass 1: quotation marks ---------------------------------------------------------

    def _marked_spans(self, text: str, paragraphs: Sequence[tuple[int, int]]) -> list[_Marked]:
        """Stretches inside quotation marks, continued over paragraphs that reopen the quote."""
        spans: list[tuple[int, int]] = []
        open_at: int | None = None
        closer = ""
        prev_end = 0
        for ps, pe in paragraphs:
            j = ps
            if open_at is not None and closer in _SINGLE:
                open_at = None  # an unclosed single quote is an apostrophe misread
            if open_at is not None:
                if text[ps] in _REOPEN:
                    j = ps + 1  # the quote goes on in this paragraph
                else:
                    spans.append((open_at, prev_end))
                    open_at = None
            while j < pe:
                found = _MARK_CHARS.search(text, j, pe)
                if found is None:
                    break
                j = found.start()
                ch = text[j]
                if open_at is None:
                    if ch in _PAIRS and _opens(text, j, ps):
                        open_at, closer = j + 1, _PAIRS[ch]
                elif (ch == closer or _mismatched_close(text, j, closer)) and _closes(text, j, closer):
                    spans.append((open_at, j))
                    open_at = None
                elif ch == "“" and closer == "”" and j > open_at:
                    # a second opener with no closer between: the first quote ended unclosed
                    spans.append((open_at, j))
                    open_at = j + 1
                j += 1
            prev_end = pe
        if open_at is not None and closer not in _SINGLE:
            spans.append((open_at, prev_end))
        out = []
        for s, e in spans:
            s, e = _strip(text, s, e, lead=" \n\t", trail=" \n\t,")
            if e <= s:
                continue
            words = [w for w in text[s:e].split() if any(c.isalpha() for c in w)]
            if not words:
                continue
            titled = len(words) <= 6 and all(w.strip("“”\"'‘’(").lstrip()[:1].isupper() for w in words)
            out.append(_Marked(s, e, len(words), titled))
        return out

    # --- pass 2: cues and their content --------------------------------------------------

    def _cue_type(self, tok: Token) -> str | None:
        """The cue type of a token ('speech', 'direct', 'thought'), 'according', or None."""
        if tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children):
            return None if self._channel_of_report(tok) is not None else "speech"
        if tok.pos_ == "NOUN" and tok.dep_ in ("advcl", "xcomp", "conj") and _gerund(tok):
            # "…, writing: “…”": a participle the tagger took for a noun, with a reported clause
            return (
                "speech" if any(self.cue_types.get(w) == "speech" for w in uninflected(tok.lower_)) else None
            )
        if tok.pos_ == "NOUN" and tok.dep_ == "ROOT" and tok.tag_ == "NN" and tok.lower_.endswith("ed"):
            # '"…," the pilot radioed.': a past tense the tagger took for a noun, the quotation its
            # clause
            said = any(self.cue_types.get(w) == "speech" for w in uninflected(tok.lower_))
            return "speech" if said and any(c.dep_ == "ccomp" and c.i < tok.i for c in tok.children) else None
        if tok.pos_ == "NOUN" and tok.dep_ == "ROOT" and tok.tag_ == "NNS" and self._noun_taken_present(tok):
            return "speech"  # "The filing states that …": the verb taken for the plural of a noun
        if tok.pos_ != "VERB":
            return None
        kind = self.cue_types.get(self._cue_key(tok))
        if (
            kind is None
            and tok.lemma_.lower() in self.finding
            and getattr(_finder_subject(tok), "lemma_", "").lower() in self.documents
        ):
            return "speech"  # "…, the audit found": what an audit or a survey found is what it says
        if kind is None and tok.lemma_.lower() in self.holding and self._court_holding(tok):
            return "speech"  # "the court held that …": a ruling's reasons, as "ruled that …"
        if kind != "speech" and self._rebutted_claim(tok) is not None:
            return "speech"  # "waved away fears that …": the speaker's denial
        return kind

    def _noun_taken_present(self, tok: Token) -> bool:
        """Whether a sentence's root the tagger took for a plural noun is a speech verb in the present
        after a singular noun it took for a compound ("The filing states that …", "The memo notes
        that …"): the "-s" word's stem is a speech cue, the singular noun right before it, and a
        that-clause with a subject of its own hangs on it."""
        if not tok.lower_.endswith("s") or self.cue_types.get(tok.lower_[:-1]) != "speech":
            return False
        before = tok.doc[tok.i - 1] if tok.i > 0 else None
        if before is None or before.dep_ != "compound" or before.tag_ != "NN" or before.head.i != tok.i:
            return False
        return any(
            c.dep_ == "ccomp"
            and c.i > tok.i
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            and any(x.dep_ in _SUBJECT_DEPS for x in c.children)
            for c in tok.children
        )

    def _as_compared(self, cue: Token) -> bool:
        """Whether ``cue`` heads an "as" clause comparing what happened with what was advised,
        demanded, foreseen or promised ("The fund was split, as the auditors had recommended", "As
        analysts predicted, the bank cut rates"): a verb of quote_words.tsv ``comparison`` with a
        subject and nothing said of its own, beside a main clause in the past. Such a clause reports no
        words, and it is no cue for a quotation beside it either; "As Politico reported, …" is another
        verb, and "as I have suggested, developers benefit" reports the present claim: both stay cues."""
        if cue.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children):
            return False
        if self._cue_key(cue) not in self.comparisons and cue.lemma_.lower() not in self.comparisons:
            return False
        deps = {c.dep_ for c in cue.children}
        if "nsubj" not in deps or deps & {"dobj", "ccomp", "xcomp", "dative"}:
            return False
        # what happened is in the past ("the city banned", "rates were cut"); a present or future
        # main clause is the claim itself ("If, as I have suggested, developers benefit …")
        main = cue.head
        return main.tag_ == "VBD" or any(
            a.dep_ in ("aux", "auxpass") and a.tag_ == "VBD" for a in main.children
        )

    def _subhead_cue(self, cue: Token) -> bool:
        """Whether ``cue`` is the speech word of a subhead that heads a section of an explainer
        ("What growers say:", "What parents are saying:"): a line opening with "what", a short
        noun phrase and the cue, ending in a colon, that is a line of its own or runs into words
        with a speech cue of their own ('What growers say: "…," said Ana Ruiz'). Such a heading
        is no cue: the quotes under it are their own speakers'. A run-in one with no cue after it
        is left to introduce what follows."""
        doc = cue.doc
        if cue.i + 1 >= len(doc) or doc[cue.i + 1].text != ":":
            return False
        j = cue.i
        while j > 0 and not doc[j - 1].is_space and "\n" not in doc[j - 1].whitespace_:
            j -= 1
        while j < cue.i and doc[j].text in _BULLETS:
            j += 1
        words = doc[j : cue.i]
        if not 2 <= len(words) <= 7 or words[0].lower_ != "what":
            return False
        if not all(t.pos_ in _PHRASE_POS or t.pos_ == "AUX" for t in words[1:]):
            return False
        colon = doc[cue.i + 1]
        if cue.i + 2 >= len(doc) or "\n" in colon.whitespace_ or doc[cue.i + 2].is_space:
            return True  # a heading line of its own
        k = cue.i + 2
        while k < len(doc) and not doc[k].is_space and "\n" not in doc[k - 1].whitespace_:
            if doc[k].pos_ == "VERB" and self._cue_type(doc[k]) == "speech":
                return True
            k += 1
        return False

    def _court_holding(self, verb: Token) -> bool:
        """``verb`` (a holding verb: "found", "held") has a court or one who sits on it for its
        subject ("the appeals court", "Judge Ana Ruiz", "the tribunal") and a that-clause for its
        object: the court's ruling, reported speech. "The court found him guilty" has no clause.
        A participle with no subject of its own after the court's verb has that verb's subject
        ("the court dismissed the claim, *finding that* …")."""
        subject = _finder_subject(verb)
        if subject is None:
            return False
        words = [subject, *(c for c in subject.lefts if c.dep_ == "compound")]
        if not any(w.lemma_.lower() in self.bench or w.lower_ in self.bench for w in words):
            return False
        return any(
            c.dep_ == "ccomp"
            and c.i > verb.i
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            for c in verb.children
        )

    def _cue_past_relative(self, cue: Token) -> Token | None:
        """The speech verb that the parser hung as the report of a cue in a relative clause, when it
        is the sentence's own cue: "a guard who reported the fire told the press" parsed as "reported
        [the fire told the press]", the relative clause's object taken for the subject of the main
        verb. None when the cue is no such relative clause."""
        if cue.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ in _RELATIVE for c in cue.children):
            return None
        for c in cue.children:
            if c.dep_ != "ccomp" or c.i <= cue.i or c.tag_ not in _FINITE or self._cue_type(c) != "speech":
                continue
            subj = next((x for x in c.children if x.dep_ == "nsubj"), None)
            if subj is not None and cue.i < subj.i < c.i and not any(x.dep_ == "mark" for x in c.children):
                return c
        return None

    def _rebutted_claim(self, verb: Token) -> Token | None:
        """The that-clause of the claim a rebuttal verb answers ("waved away *fears that the
        plant would close*", "played down talk that …", quote_words.tsv roles ``rebuttal`` and
        ``claim``): the clause the parser hangs on the verb's object noun; None for any other verb or
        object ("rejected the offer")."""
        lemma = verb.lemma_.lower()
        if lemma not in self.rebuttals and self._rebuttal_particle(verb) is None:
            return None
        for obj in verb.children:
            if obj.dep_ == "dobj" and obj.lemma_.lower() in self.claims:
                for c in obj.children:
                    if c.dep_ in ("acl", "ccomp") and any(
                        m.dep_ == "mark" and m.lower_ == "that" for m in c.children
                    ):
                        return c
        return None

    def _cue_key(self, tok: Token) -> str:
        """The cue_verbs.tsv entry of a verb: its lemma, or lemma and particle for a phrasal
        cue ("point out"; "call on", whose preposition follows the verb at once)."""
        lemma = tok.lemma_.lower()
        for c in tok.children if lemma in self._phrasal_heads else ():
            if c.dep_ == "prt" or (c.dep_ == "prep" and c.i == tok.i + 1 and self._addressee(c)):
                phrasal = f"{lemma} {c.lower_}"
                if phrasal in self.cue_types:
                    return phrasal
        if lemma in self.cue_types:
            return lemma
        if lemma == "mail" and _e_prefixed(tok):
            return "email"  # "e-mailed that …": the tokenizer splits off the "e-"
        # "texted" lemmatized "texte": the word less a regular ending, where that is a cue
        return next((w for w in uninflected(tok.lower_) if w in self.cue_types), lemma)

    def _addressee(self, prep: Token) -> bool:
        """A preposition's object that can be addressed ("called on *Manila*"), not a channel
        or a time ("called on the phone", "called on Monday")."""
        objs = [o for o in prep.children if o.dep_ == "pobj"]
        return bool(objs) and not any(
            o.lemma_.lower() in self.channels or o.lower_ in self.platforms or o.ent_type_ in ("DATE", "TIME")
            for o in objs
        )

    def _from_cue(self, text: str, cue: Token, marked: list[_Marked], tokens: list[Token]) -> _Draft | None:
        """The quote a speech cue introduces, or None when it has no content of its own.

        ``tokens`` is the doc's token list (``Analysis.tokens``), indexed instead of the doc.
        """
        speaker_head: Token | None = None
        if cue.lower_ == "according":
            region = _according_content(cue)
        else:
            split = _trailing_subject_split(cue, tokens) or _trailing_relative_split(cue, tokens)
            if split is not None:
                return _Draft(*split[0], "indirect", cue=cue, speaker_head=split[1])
            if any(c.i > cue.i and _trailing_relative_split(c, tokens) for c in cue.children):
                return None  # "X demanded …, a man who spoke to them told Y.": the clause is no report of X's
            if any(
                _reporting_participle(c) and c.i > cue.i and self._cue_type(c) == "speech"
                for c in cue.children
            ):
                return (
                    None  # "X confirmed that in a post, writing that …": the participle reports, not X's verb
                )
            claim = self._rebutted_claim(cue)
            region = (
                _trim_tokens(_sorted_subtree(claim, tokens))
                if claim is not None
                else _complement(cue, tokens)
                or self._channel_that_clause(cue, tokens)
                or self._addressed_clause(cue, tokens)
                or self._other_content(cue, tokens)
                or _counted_clause(cue, tokens)
            )
            if region is None and (split := _split_sentence(cue, tokens)) is not None:
                return _Draft(*split[0], "indirect", cue=cue, speaker_head=split[1])
            if region is None and (split := self._title_split(cue, tokens)) is not None:
                region, speaker_head = split
            bare = self._bare_split(cue, tokens) if region is not None and cue.tag_ in _FINITE else None
            if (
                bare is not None
                and region is not None
                and bare[0][0] <= region[0]
                and region[1] <= bare[0][1]
                and bare[0] != region
            ):
                # "A was killed and B hurt when …, police said.": a cue closing its sentence
                # after ", <speaker>" reports all of it, not the clause the parser hung on it
                # ("Among the hurt was a guard, Ivo Marek, who …, police said": nor the part
                # before a name in apposition)
                region = bare[0]
        if cue.lower_ != "according" and cue.lemma_.lower() in _SAY:
            region = _wrapped_report(text, cue, region)
        if region is None:
            return None
        region = self._cut_next_report(cue, *region, tokens)
        if region is None:
            return None
        tail = [a for c in cue.children if c.dep_ == "ccomp" for a in c.children]
        closing = next((a for a in tail if self._channel_of_report(a) is not None), None)
        if closing is not None and region[0] < closing.idx <= region[1]:
            region = _trim_tokens(
                tokens[cue.doc.char_span(*region, alignment_mode="expand").start : closing.i]
            )
            if region is None:
                return None
        s, e = region
        inside = [m for m in marked if m.start <= cue.idx < m.end]
        if inside and any(c.dep_ == "nsubjpass" and c.lower_ in _FIRST_PERSON for c in cue.children):
            return None  # '"We have been told the water is safe," she said': part of her quote
        draft = _Draft(s, e, "indirect", cue=cue, speaker_head=speaker_head)
        if inside:
            return draft  # nested in a quotation: its nesting is found from offsets later
        hits = [m for m in marked if m.start < e and s < m.end and not m.titled]
        if not hits:
            return draft
        # letters and digits of the content outside the (disjoint) quotation marks
        outside = sum(map(str.isalnum, text[s:e])) - sum(
            sum(map(str.isalnum, text[max(s, m.start) : min(e, m.end)])) for m in hits
        )
        if outside > 2 and cue.idx >= hits[-1].end and text[s : hits[-1].start - 1].rstrip().endswith(":"):
            # "… declared: “Change the world,” she said": the cue follows the quotation, so
            # the unmarked words before it are narrative, not the speaker's
            hits = hits[-1:]
            outside = 0
        if outside <= 2 and self._marked_noun_object(cue, s, e):
            outside = 3  # 'citing "serious procedural violations"': the speaker's words in a report
            if s == hits[0].start and s > 0 and text[s - 1] in _MARK_CHARS_ALL:
                s = draft.start = s - 1  # the whole fragment with both its marks
        if outside <= 2:
            for m in hits:
                if m.draft is None:
                    m.draft = _Draft(m.start, m.end, "direct", cue=cue, speaker_head=speaker_head)
            return _Draft(hits[0].start, hits[0].end, "direct", cue=cue, speaker_head=speaker_head)
        draft.kind = "mixed"
        draft.end = max(e, *(m.end for m in hits))
        for m in hits:
            m.draft = draft  # consumed: not a quote of its own
        return draft

    def _named_after(self, doc: Doc, end: int, entities: Sequence[Entity]) -> Speaker | None:
        """The speaker of a quotation with no cue that the sentence right after it names, in the same
        paragraph: "That was the view of Ana Lima", "Such was the reply of the port authority", "Those
        were the words of the mayor" (a demonstrative, "be", a noun of what one says or thinks,
        ``quote_words.tsv`` ``verdict``, and "of" the speaker). None for any other sentence."""
        text = doc.text
        at = end
        while at < len(text) and (text[at] in _MARK_CHARS_ALL or text[at] in ".!?,;" or text[at] == " "):
            at += 1
        if at >= len(text) or "\n" in text[end:at]:
            return None
        first = doc.char_span(at, at + 1, alignment_mode="expand")
        if first is None or len(first) == 0:
            return None
        k = first[0].i
        words = doc[k : min(len(doc), k + 8)]
        if len(words) < 5 or words[0].lower_ not in ("that", "this", "such", "those", "these"):
            return None
        if words[1].lemma_.lower() != "be":
            return None
        j = 2
        if words[j].lower_ in ("the", "a"):
            j += 1
        noun = words[j]
        if noun.lemma_.lower() not in self.verdicts and noun.lower_ not in self.verdicts:
            return None
        if j + 1 >= len(words) or words[j + 1].lower_ != "of":
            return None
        of = words[j + 1]
        head = next((c for c in of.children if c.dep_ == "pobj"), None)
        if head is None or head.pos_ not in ("NOUN", "PROPN"):
            return None
        s, e = head.left_edge.idx, head.idx + len(head.text)
        ent = entity_at(entities, s, e)
        return Speaker(ent.id if ent is not None else None, text[s:e], s, e)

    def _marked_noun_object(self, cue: Token, start: int, end: int) -> bool:
        """Whether the content ``start:end`` is a noun phrase the cue takes as its object ("citing
        "serious procedural violations"", "announced "a new era"", "warned of "a catastrophe""): in
        quotation marks it is a fragment of the speaker's words set in the reporter's sentence, a
        mixed quote, not a whole utterance (no verb of saying proper: 'said "no"' is one)."""
        if cue.lemma_.lower() in _SAY:
            return False
        takes = self.takes.get(self._cue_key(cue), frozenset())
        heads = [c for c in cue.rights if c.dep_ == "dobj" and "object" in takes]
        heads += [
            o
            for p in cue.rights
            if p.dep_ == "prep" and p.lower_ in takes
            for o in p.children
            if o.dep_ == "pobj"
        ]
        for head in heads:
            if head.pos_ not in ("NOUN", "PROPN"):
                continue
            words = [t for t in head.subtree if not t.is_punct]
            if any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") for t in words):
                continue  # a clause inside the phrase: more than a fragment
            if words and start <= words[0].idx + len(words[0]) and words[-1].idx < end:
                return True
        return False

    def _channel_that_clause(self, cue: Token, tokens: list[Token]) -> tuple[int, int] | None:
        """The that-clause the parser hung on the cue's channel noun as a relative clause ("wrote in a
        report *that the council had hidden …*", "wrote in a memo *that exams would be retaken*"), the
        "that" taken for the clause's object: what was said. A clause with a subject of its own whose
        "that" the tagger took for a conjunction is one; one whose verb may have the channel for its
        object (quote_words.tsv ``issuing``: "a report that the council published") is the noun's own."""
        for prep in cue.rights:
            if prep.dep_ != "prep" or prep.lower_ not in _CHANNEL_PREPS:
                continue
            noun = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if noun is None or not ({noun.lemma_.lower(), noun.lower_} & self.channels):
                continue
            for r in noun.rights:
                that = r.left_edge
                if r.dep_ not in ("relcl", "acl") or r.pos_ not in ("VERB", "AUX") or that.lower_ != "that":
                    continue
                subject = any(c.dep_ in _SUBJECT_DEPS and c.i != that.i for c in r.children)
                conjunction = that.tag_ == "IN" or that.dep_ == "mark"
                if not subject or not (conjunction or r.lemma_.lower() not in self.issuing):
                    continue
                # '… near the border "as early as April" and "chose to wait"': a quoted verb phrase
                # the parser coordinated with the cue is the same speaker's words
                return _trim_tokens(_with_reported_conjuncts(cue, _sorted_subtree(r, tokens), tokens))
        return None

    def _title_lead(self, tokens: Sequence[Token], i: int) -> int | None:
        """The first token of a title that ends in an abbreviation right before token ``i`` ("Navy
        Cmdr.", "Army Col.", "Lt. Cmdr." before a name), or None when no abbreviated title
        (``titles.tsv``) ends there. Capitalised words before the abbreviation (the service,
        "Chief") belong to the title; punctuation, a quotation mark or a lower-case word ends it."""
        j, words = i, 0
        while j > 0:
            t = tokens[j - 1]
            if t.text in self.abbreviations:
                j -= 1
            elif t.text == "." and j >= 2 and tokens[j - 2].text + "." in self.abbreviations:
                j -= 2  # "Cmdr" "." as the tokenizer splits an abbreviation it does not know
            elif j < i and t.is_title and t.pos_ in ("PROPN", "NOUN") and words < 4:
                j -= 1  # a word before the abbreviation, never the word right before the name
                words += 1
            else:
                break
        return j if j < i else None

    def _title_break(self, tokens: Sequence[Token], i: int) -> int | None:
        """Where the title starts when the parser began a sentence at ``i``, a name, right after an
        abbreviated title ("… Navy Cmdr. | Ray Quintero told"): one sentence cut in two; else None."""
        if i <= 0 or not tokens[i].is_sent_start or not tokens[i].is_title:
            return None
        lead = self._title_lead(tokens, i)
        return lead if lead is not None and lead < i else None

    def _title_split(self, cue: Token, tokens: list[Token]) -> tuple[tuple[int, int], Token] | None:
        """'"…," Navy Cmdr. Ray Quintero told journalists' / '… "…", a fleet spokesman, Lt. Cmdr. Tomas
        Reyes, said': a cue with nothing reported after it, in a sentence the parser began at the
        name after an abbreviated title. What was said is the parser's sentence before, up to the
        comma before the title (or before the role the title stands in apposition to); the
        speaker is the name.

        Returns (content offsets, speaker head token), or None when the cue is not like that.
        """
        if cue.tag_ not in _FINITE or cue.dep_ != "ROOT":
            return None
        subj = max(
            (c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), key=lambda c: c.i, default=None
        )
        start = cue.sent.start
        if subj is None or subj.pos_ != "PROPN" or subj.left_edge.i != start:
            return None
        lead = self._title_break(tokens, start)
        if lead is None:
            return None
        k = lead - 1
        while k > 0 and tokens[k].text in _CLOSING_QUOTES:
            k -= 1  # '…," Navy Cmdr.': the comma inside the closing mark
        if k <= 0 or tokens[k].text != ",":
            return None
        role = tokens[k - 1]
        if role.pos_ == "NOUN" and role.left_edge.i > 0 and tokens[role.left_edge.i - 1].text == ",":
            k = role.left_edge.i - 1  # "…, a fleet spokesman, Lt. Cmdr. …": the role's holder speaks
        before = tokens[tokens[start - 1].sent.start : k]
        if not any(t.pos_ in ("VERB", "AUX") for t in before):
            return None
        region = _trim_tokens(before)
        return (region, subj) if region is not None else None

    def _cut_next_report(self, cue: Token, s: int, e: int, tokens: list[Token]) -> tuple[int, int] | None:
        """End the content before a second report the parser hung inside it, or before the
        reporter's closing aside or contrast (", which …", "— a play on …", ", while …").

        "… were worried about the economy, and 4 in 10 said Trump …" (a cue with its own
        subject), "said he would pray for the nominee but did not suggest …" (a cue in the
        same tense, sharing the subject) and "…, claiming that …" (a participle after a
        comma) report something else: each is its own quote.
        """
        doc = cue.doc
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            return s, e
        tense = _finite_tag(cue)
        first, last = span.start, span.end - 1
        # before a trailing cue, a closing relative clause or contrast set off by a comma is what was
        # said ("…, Ivo Marek, who was hurt, police said"); a dashed aside is the reporter's anyway
        after = cue.i < span.start
        for t in tokens[span.start + 1 : span.end]:
            aside = _trailing_aside(t, first, last, tokens) and (after or t.dep_ == "appos")
            if aside or (after and _contrast_clause(t, first, last, tokens)):
                toks = tokens[span.start : t.left_edge.i]
                while toks and (toks[-1].is_punct or toks[-1].is_space):
                    toks.pop()
                return _trim_tokens(toks)
            if t.i <= cue.i or t.pos_ not in ("VERB", "NOUN") or self._cue_type(t) != "speech":
                continue
            if t.dep_ == "conj" and any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children):
                continue  # "said A, and that B responded": a second reported clause, not a report
            own = any(c.dep_ in _SUBJECT_DEPS for c in t.children)
            if not own and _passive(t):
                continue  # "said A had planned X but had been told that …": A was told, all of it is said
            participle = _gerund(t) and tokens[t.i - 1].text == "," and t.dep_ in ("advcl", "conj", "xcomp")
            if not (participle or (t.dep_ == "conj" and (own or (tense and _finite_tag(t) == tense)))):
                continue
            toks = tokens[span.start : t.left_edge.i]
            while toks and (toks[-1].dep_ == "cc" or toks[-1].is_punct or toks[-1].is_space):
                toks.pop()
            return _trim_tokens(toks)
        return s, e

    def _says_something(self, obj: Token) -> bool:
        """Whether a noun object is content: not "nothing", not a bare pronoun ("commented on
        *it*", "told *him*"), which says nothing a reader can search for."""
        if obj.lower_ in self.empty:
            return False
        return not (obj.pos_ == "PRON" and not any(True for _ in obj.children))

    def _addressed_clause(self, cue: Token, tokens: list[Token]) -> tuple[int, int] | None:
        """The that-clause of a verb of a medium ("medium" in quote_words.tsv) that the parser hung on
        the one addressed as a clause of its own: "emailed residents *that the water was safe*". The
        clause opens right after the object with "that" as its conjunction and has a subject of its own
        (a relative clause has none: "the residents that signed"). None for any other cue."""
        if self._cue_key(cue) not in self.media:
            return None
        for obj in cue.children:
            if obj.dep_ not in ("dobj", "dative"):
                continue
            for r in obj.rights:
                if r.dep_ not in ("acl", "relcl"):
                    continue
                mark = next((c for c in r.children if c.dep_ == "mark" and c.lower_ == "that"), None)
                own = any(c.dep_ in _SUBJECT_DEPS and c.tag_ not in ("WDT", "WP") for c in r.children)
                if mark is not None and own and mark.i == obj.i + 1:
                    return _trim_tokens(_sorted_subtree(r, tokens))
        return None

    def _other_content(self, cue: Token, tokens: list[Token]) -> tuple[int, int] | None:
        """Content that is not a reported clause: "As Politico reported, *…*", or what the
        cue's ``takes`` column in cue_verbs.tsv allows: a noun object ("announced *his
        resignation*"), an infinitive ("pledged *to cut taxes*"), a prepositional object
        ("warned of *a battle*") or an if-clause ("asked workers *if they would vote*")."""
        if _as_reported(cue):
            return _around(cue)  # "As Politico reported, the GOP leaners …"
        takes = self.takes.get(self._cue_key(cue), frozenset())
        if not takes or _passive(cue):
            return None  # "she was announced the winner": no one is reported saying anything
        if cue.tag_ == "VBN" and cue.dep_ == "acl":
            return None  # "two traders accused of hoarding fuel": a passive after its noun, as above
        for c in cue.rights:
            if c.dep_ == "dobj" and "object" in takes and self._says_something(c):
                toks = _sorted_subtree(c, tokens)
                if c.like_num and (tally := _casualty_tally(c, toks[-1], tokens)) is not None:
                    toks = tally  # "confirmed four injured", "four dead and 12 injured"
                return _trim_tokens(toks)
            if (
                c.dep_ == "xcomp"
                and "to-infinitive" in takes
                and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children)
            ):
                toks = _sorted_subtree(c, tokens)
                addressee = [
                    o
                    for p in cue.children
                    if p.dep_ == "prep" and p.i == cue.i + 1
                    for o in p.children
                    if o.dep_ == "pobj" and o.i < c.i
                ]
                if addressee and " " in self._cue_key(cue):
                    # "called on *Obama to retaliate*": whom, and what they were called on to do
                    toks = tokens[addressee[0].left_edge.i : toks[-1].i + 1]
                return _trim_tokens(toks)
            if c.dep_ == "prep" and c.lower_ in takes:
                obj = [t for t in c.children if t.dep_ in ("pobj", "pcomp")]
                if obj and self._says_something(obj[0]):
                    return _trim_tokens(_sorted_subtree(obj[0], tokens))
            if c.dep_ == "dobj" and not any(p.dep_ == "prep" and p.lower_ in takes for p in cue.rights):
                # "accused the rebels *of “burning every bridge”*", "accused the head of the agency *of
                # lying*": the parser hangs the preposition on the object; only a gerund or a
                # quotation after it is what was said ("warned residents of the area" is the object's)
                preps = [p for p in c.subtree if p.dep_ == "prep" and p.lower_ in takes and p.i > c.i]
                obj = [t for t in preps[-1].children if t.dep_ in ("pobj", "pcomp")] if preps else []
                if obj and (
                    obj[0].tag_ == "VBG"
                    or tokens[preps[-1].i + 1].text in _MARK_TOKENS
                    or (cue.lemma_ in _CHARGE_CUES and _act_modifier(tokens[preps[-1].i + 1], obj[0]))
                ):
                    return _trim_tokens(tokens[preps[-1].i + 1 : obj[0].right_edge.i + 1])
            if (
                c.dep_ in ("advcl", "ccomp")
                and "if" in takes
                and any(x.dep_ == "mark" and x.lower_ in ("if", "whether") for x in c.children)
            ):
                return _trim_tokens(_sorted_subtree(c, tokens))
        return None

    def _past_dateline_char(self, text: str, start: int, end: int) -> int:
        """Where content that opens inside a wire dateline ("LIMA, March 4 — The governor …, police
        said") really starts: past the dateline. ``start`` itself otherwise."""
        for ds, de in self._datelines:
            if ds <= start < de < end:
                while de < end and text[de].isspace():
                    de += 1
                return de
        return start

    def _bare_trailing(
        self, tokens: list[Token], drafts: list[_Draft], marked: list[_Marked]
    ) -> list[_Draft]:
        """Quotes of a bare trailing cue the parse did not give one: "…, local media report." (a
        present-tense "report" the tagger took for a noun), "- Roads remain closed, divers say"
        in a list of highlights, "… — the third this year — police said.". A cue word (role
        ``trailing``) closing its sentence or line, right after ", <short noun phrase>", reports
        the whole sentence before that comma, of any length, with the phrase as the speaker."""
        used = {d.cue.i for d in drafts if d.cue is not None}
        out: list[_Draft] = []
        for t in tokens:
            if t.i in used or t.is_punct or t.lemma_.lower() not in self.trailing:
                continue
            split = self._bare_split(t, tokens)
            if split is None:
                continue
            (s, e), head = split
            if any(m.start < e and s < m.end for m in marked):
                continue  # words in quotation marks: a direct or mixed quote of its own
            if any(d.start < e and s < d.end for d in (*drafts, *out)):
                continue
            out.append(_Draft(s, e, "indirect", cue=t, speaker_head=head))
        return out

    def _group_reports(
        self, tokens: list[Token], drafts: list[_Draft], marked: list[_Marked]
    ) -> list[_Draft]:
        """Indirect quotes of a group of people opening a sentence with a present-tense speech verb
        and "that" ("Herders in the north report that wells are dry"), where the tagger took the
        verb for a noun (a compound of the place before it: "the north report"). The group is a
        plural common noun, with its modifiers and a place or body after it, up to the verb; what
        was said runs from "that" to the end of the sentence."""
        used = {d.cue.i for d in drafts if d.cue is not None}
        out: list[_Draft] = []
        n = len(tokens)
        for t in tokens:
            if (
                t.i in used
                or t.pos_ not in ("NOUN", "PROPN")
                or t.i + 2 >= n
                or tokens[t.i + 1].lower_ != "that"
                or self.cue_types.get(t.lower_) != "speech"
            ):
                continue
            sent = t.sent
            first = sent.start
            while first < t.i and (tokens[first].is_punct or tokens[first].is_space):
                first += 1
            phrase = tokens[first : t.i]
            if not 1 <= len(phrase) <= 10 or any(
                (x.pos_ not in _PHRASE_POS and not _joining_hyphen(x))
                or x.pos_ == "PRON"
                or "\n" in x.whitespace_
                for x in phrase
            ):
                continue  # a hyphen inside a name ("Farmers on Saint-Louis report that …") is no break
            # the group: the first noun, plural and common, after its determiners and modifiers
            head = next((x for x in phrase if x.pos_ in ("NOUN", "PROPN")), None)
            if head is None or any(x.pos_ == "ADP" for x in phrase[: head.i - first]):
                continue
            while head.i + 1 < t.i and head.tag_ == "NN" and tokens[head.i + 1].tag_ == "NNS":
                head = tokens[head.i + 1]  # "Market women in …": the group is the compound's last noun
            if head.tag_ != "NNS" and not (head.i == first and _plural_of_people(head.lower_)):
                continue  # "Fishermen on … report that": opening the sentence, the tagger took it for a name
            if head.i + 1 < t.i and tokens[head.i + 1].pos_ != "ADP":
                continue  # "The farmers' union report that …": the noun is the report's, not a group
            if tokens[t.i + 1].dep_ != "mark" and tokens[t.i + 2].pos_ in ("VERB", "AUX", "ADV", "PART"):
                continue  # "… report that was leaked": a relative clause on the noun
            # "that" tagged a determiner or a pronoun ("report that rents have risen"): a
            # clause of its own subject all the same, as a finite verb after it shows
            clause = tokens[t.i + 2 : sent.end]
            if not any(x.tag_ in _FINITE or x.tag_ == "MD" for x in clause):
                continue  # "Farmers' union report that was leaked": no clause after "that"
            content = _trim_tokens(tokens[t.i + 1 : sent.end])
            if content is None:
                continue
            s, e = content
            if any(m.start < e and s < m.end for m in marked):
                continue  # words in quotation marks: a direct or mixed quote of its own
            if any(d.start < e and s < d.end for d in (*drafts, *out)):
                continue
            speaker = (phrase[0].idx, phrase[-1].idx + len(phrase[-1]))
            out.append(_Draft(s, e, "indirect", cue=t, speaker_head=head, speaker_span=speaker))
        return out

    def _bare_split(self, cue: Token, tokens: list[Token]) -> tuple[tuple[int, int], Token] | None:
        """(content offsets, speaker head) of a bare trailing cue, or None (see :meth:`_bare_trailing`)."""
        n = len(tokens)
        # "said on Tuesday", "said late on Friday in a statement": when and how, nothing said
        how = {
            t.i
            for c in cue.rights
            if (c.dep_ == "prep" and c.lower_ in _TRAILING_PREPS)
            or c.ent_type_ in ("DATE", "TIME")
            or c.lower_ in _WHEN_ADVERBS
            for t in c.subtree
        }
        j = cue.i + 1
        while j < n and "\n" not in tokens[j - 1].whitespace_:
            tk = tokens[j]
            if tk.is_space or tk.text in (".", "!", "?"):
                break
            if not (tk.i in how or tk.ent_type_ in ("DATE", "TIME")):
                return None  # the cue does not close its sentence: "…, police report seizures"
            j += 1
        k = cue.i - 1
        while k >= 0 and cue.i - k <= 8 and tokens[k].text not in _SET_OFF:
            tk = tokens[k]
            if "\n" in tk.whitespace_ or not (tk.pos_ in _PHRASE_POS or tk.tag_ == "PRP$" or tk.text == "-"):
                return None
            k -= 1
        if k < 1 or tokens[k].text not in _SET_OFF or k == cue.i - 1:
            return None
        phrase = tokens[k + 1 : cue.i]
        if phrase[0].pos_ in ("ADP", "CCONJ", "PART") or phrase[-1].pos_ in ("ADP", "CCONJ", "DET"):
            return None
        if not any(x.pos_ in ("NOUN", "PROPN") for x in phrase) and not (
            len(phrase) == 1 and phrase[0].lower_ in _PERSONAL
        ):
            return None
        if any(x.pos_ == "PRON" and x.tag_ != "PRP$" for x in phrase) and len(phrase) > 1:
            return None
        head = next((x for x in reversed(phrase) if x.pos_ in ("NOUN", "PROPN", "PRON")), phrase[-1])
        inside = [x for x in phrase if x.head.i == cue.i or not phrase[0].i <= x.head.i <= phrase[-1].i]
        if inside and inside[-1].pos_ in ("NOUN", "PROPN"):
            head = inside[-1]  # the phrase's own head, where the parser gives one
        if cue.pos_ != "VERB" and not _agrees(cue, head):
            return None  # "…, in nine battleground states": a noun, not a cue the tagger missed
        comma = k
        start = comma - 1
        while start > 0:
            prev = tokens[start - 1]
            if (prev.is_space and "\n" in prev.text) or "\n" in prev.whitespace_:
                break
            if prev.text in (".", "!", "?") and prev.whitespace_:
                break
            start -= 1
        # a line of a list ("- At least 12 dead, officials say"): a key point's claim needs no verb
        bulleted = tokens[start].text in _BULLETS and (
            start == 0 or "\n" in tokens[start - 1].whitespace_ or "\n" in tokens[start - 1].text
        )
        while start < comma and (
            tokens[start].is_punct or tokens[start].is_space or tokens[start].text in "•*"
        ):
            start += 1
        before = tokens[start:comma]
        if not (bulleted or any(x.pos_ in ("VERB", "AUX") for x in before)) or any(
            x.text in _MARK_TOKENS for x in before
        ):
            return None
        region = _trim_tokens(before)
        return (region, head) if region is not None else None

    def _attach_uncued(
        self,
        doc: Doc,
        text: str,
        marked: list[_Marked],
        free_cues: list[Token],
        drafts: list[_Draft],
        paragraphs: Sequence[tuple[int, int]],
    ) -> None:
        """Give marked spans with no complement-cue the nearest free cue, or continue a speaker."""
        cue_users = [d.cue for d in drafts if d.cue is not None and d.kind == "direct"]
        starts = [p[0] for p in paragraphs]
        last: _Marked | None = None  # the last marked span that became a direct quote
        for m in marked:
            if m.draft is not None:
                if m.draft.kind == "direct":
                    last = m
                continue
            para = _para_index(starts, m.start)
            ps = paragraphs[para][0] if para >= 0 else 0
            opens_para = not text[ps : m.start - 1].strip()
            opens_sentence = _opens_sentence(text, m.start - 1, ps)
            scare = (m.words <= 3 or m.titled) and not (opens_sentence and text[m.start].isupper())
            if scare and not m.titled and (judged := self._judging_verb(doc, m)) is not None:
                m.draft = _Draft(*judged[1], "mixed", cue=judged[0])  # 'dubbed the levy "cruel"'
                drafts.append(m.draft)
                last = m
                continue
            if (
                scare
                and not m.titled
                and (named := _participle_naming(doc, m, self.person_nouns)) is not None
            ):
                # 'The council rejected that, calling the claim "pure fiction"': the main clause's subject
                m.draft = _Draft(named.sent.start_char, m.end, "mixed", cue=named)
                drafts.append(m.draft)
                last = m
                continue
            if scare and (m.titled or not _named_naming(doc, m, self.person_nouns)):
                continue  # a scare quote or a title, not speech
            follows = (
                last is not None
                and opens_sentence
                and _para_index(starts, last.start) == para
                and m.start - last.end < _MAX_FOLLOW_GAP
            )
            # a quotation inside a clause ("he was “not quite there yet” on …") is a fragment,
            # not a quote of its own: it needs a sentence start or a ", : —" before it
            boundary = opens_sentence or text[ps : m.start - 1].rstrip()[-1:] in (",", ":", "—", ";")
            cue = None
            if boundary and not follows:
                cue = self._adjacent_cue(doc, text, m, free_cues + cue_users, marked)
            elif not follows and (m.words > 3 or _named_naming(doc, m, self.person_nouns)):
                # 'The event “was the first time …,” Sexton said.': a sentence that runs into a
                # quotation and an inverted cue is mixed speech from the sentence start; so is a
                # short one a named body or person calls something ('The ministry called the
                # plan "a provocation"')
                # the naming verb first: in 'called the offer "a sham" and vowed …' the verb after
                # the quotation is coordinated with it, no inverted cue
                cue = _naming_verb(doc, m) or self._adjacent_cue(
                    doc, text, m, free_cues + cue_users, marked, after_only=True
                )
                first = _token_near(doc, m.start - 1)
                if cue is not None and first is not None:
                    m.draft = _Draft(first.sent.start_char, m.end, "mixed", cue=cue)
                    drafts.append(m.draft)
                    last = m
                continue
            label = None if cue is not None else self._headline_label(doc, text, m, paragraphs[para])
            if cue is not None:
                m.draft = _Draft(m.start, m.end, "direct", cue=cue)
            elif label is not None:
                # 'Port chief: "We will reopen by June"': a headline's speaker before its colon
                m.draft = _Draft(m.start, m.end, "direct", speaker_span=label)
            elif (
                follows
                or (
                    opens_para
                    and m.words >= _MIN_CONTINUATION_WORDS
                    and not _quoted_subhead(text, m, paragraphs[para])
                )
                or (
                    opens_sentence
                    and m.words >= _MIN_CONTINUATION_WORDS
                    and _after_report(text, m, drafts, ps)
                )
            ):
                m.draft = _Draft(m.start, m.end, "direct", continuation=True)
            elif opens_sentence and self._named_after(doc, m.end, []) is not None:
                m.draft = _Draft(m.start, m.end, "direct")  # '"…" Those were the words of a farmer.'
            else:
                continue
            drafts.append(m.draft)
            last = m

    def _headline_label(
        self, doc: Doc, text: str, m: _Marked, para: tuple[int, int]
    ) -> tuple[int, int] | None:
        """The speaker's words of a headline or a subhead made of a short label, a colon and a
        quotation, all of its line ('Port chief: "We will reopen by June"', "Ruiz: 'No deal yet'"):
        one to five words opening with a capital, no finite verb among them, ending in a noun for people
        or a name, not a section's label ("Analysis:"). None for any other quotation."""
        lead = text[para[0] : m.start - 1]
        if "\n" in lead or "\n" in text[m.end : para[1]].strip():
            return None
        if text[m.end + 1 : para[1]].strip(" .!?\"'”’") or not lead.rstrip().endswith(":"):
            return None
        words = lead.rstrip()[:-1].split()
        if not 1 <= len(words) <= 5 or not words[0][:1].isupper():
            return None
        if _ANSWER_LABEL.match(lead.lstrip()) or _QUESTION_LABEL.match(lead.lstrip()) or len(words[0]) < 3:
            return None  # 'A: "…"': an interview's answer, read with the interview
        if all(w.lower().strip(".,") in self.section_words for w in words):
            return None
        s = para[0] + len(lead) - len(lead.lstrip())
        e = para[0] + len(lead.rstrip()) - 1
        if (on := re.search(r"\s+on\s", text[s:e], re.IGNORECASE)) is not None and on.start() > 0:
            e = s + on.start()  # "Port chief on the strike: …": the speaker, not the topic
        span = doc.char_span(s, e, alignment_mode="expand")
        # no finite verb ("Crowds gather: …"); a noun the tagger took for a past tense ("Flood warden")
        # may be one
        if span is None or any(
            t.pos_ == "AUX" or t.tag_ in ("VBZ", "VBP", "MD") or (t.is_punct and t.text != ".") for t in span
        ):
            return None
        # a speaker: a noun for a person or a body ("Minister", "Port chief") or a name, not page
        # furniture ("Read more:", "Related:", "Editor's note:")
        last = span[-1]
        taken = last.tag_ == "VBD" and last.lower_ in self.person_roles  # "warden" tagged a past tense
        if last.pos_ not in ("NOUN", "PROPN") and not taken:
            return None
        if last.lower_ not in self.person_roles and common_word(last.lower_):
            return None
        return s, e

    def _rebuttal_particle(self, verb: Token) -> Token | None:
        """The particle right after a verb that makes it a phrasal rebuttal verb ("brushed *aside*",
        "played *down*"), which the parser may take for an adverb; None when there is none."""
        lemma = verb.lemma_.lower()
        return next(
            (
                c
                for c in verb.rights
                if c.i == verb.i + 1
                and c.dep_ in ("prt", "advmod", "prep")
                and f"{lemma} {c.lower_}" in self.rebuttals
            ),
            None,
        )

    def _judging_verb(self, doc: Doc, m: _Marked) -> tuple[Token, tuple[int, int]] | None:
        """A short quotation by which the subject of a verb judges its object, the subject's words
        (a mixed quote), with the verb and the content from the object to the quotation's end:
        a one-word quality a naming verb gives its object ('The mayor dubbed the levy "cruel"'),
        or words inside the object of a verb of praise or blame (quote_words.tsv ``evaluation``:
        'lauded the "tireless" volunteers'). The verb must have an active subject outside the quotation;
        a quotation in a clause of its own inside the object ("hailed the crews who said 'no'") is
        none."""
        toks = [t for t in doc.char_span(m.start, m.end, alignment_mode="expand") or () if t.is_alpha]
        verb = _naming_verb(doc, m) if m.words == 1 else None
        word = toks[0] if m.words == 1 and len(toks) == 1 else None
        if verb is None and word is not None and word.dep_ == "oprd" and word.head.lemma_ in _NAMING_VERBS:
            verb = word.head  # 'dubbed the levy "cruel"' parsed with the object inside the predicate
        if verb is not None:
            if word is None or word.pos_ != "ADJ":
                return None  # 'called the stadium "Fortress"': a name, not a judgement
            obj = next((c for c in verb.children if c.dep_ == "dobj"), word)
        else:
            top = [t for t in toks if not m.start <= t.head.idx < m.end]
            if len(top) != 1:
                return None
            obj = top[0]
            while (
                obj.dep_ in ("amod", "compound", "conj", "appos", "prep", "pobj", "nmod") and obj.head != obj
            ):
                obj = obj.head
            if (
                obj.dep_ != "dobj"
                or obj.head.pos_ != "VERB"
                or obj.head.lemma_.lower() not in self.evaluations
            ):
                return None
            verb = obj.head
        if obj is None or _passive(verb):
            return None
        subject = any(c.dep_ == "nsubj" and not m.start <= c.idx < m.end for c in verb.children)
        if not subject and verb.dep_ not in ("conj", "advcl", "xcomp"):
            return None  # no one to say it ("Praised as “bold”, the plan …")
        return verb, (min(obj.left_edge.idx, m.start), max(m.end, obj.idx + len(obj.text)))

    def _adjacent_cue(
        self,
        doc: Doc,
        text: str,
        m: _Marked,
        cues: list[Token],
        marked: list[_Marked],
        *,
        after_only: bool = False,
    ) -> Token | None:
        """A cue outside any quotation, in the quote's sentences or right beside them."""
        first = _token_near(doc, m.start)
        last = _token_near(doc, max(m.start, m.end - 1))
        if first is None or last is None:
            return None
        lo = first.sent.start_char
        hi = last.sent.end_char
        # the sentence just before, when it leads into the quote ("He said:")
        if first.sent.start > 0:
            before = doc[first.sent.start - 1].sent
            gap = text[before.end_char : m.start - 1]
            lead = before.text.rstrip()
            if not gap.strip() and (lead.endswith(":") or lead.endswith(",")):
                lo = before.start_char
        # the sentence just after, when the quote runs into it ("“…” he said.")
        if last.sent.end < len(doc):
            after = doc[last.sent.end].sent
            if (
                not text[m.end : after.start_char].strip(' \n\t”"’»,.?!')
                and "\n\n" not in text[m.end : after.start_char]
            ):
                hi = after.end_char
        best: tuple[int, Token] | None = None
        for cue in cues:
            if not lo <= cue.idx < hi or any(q.start <= cue.idx < q.end for q in marked):
                continue
            if cue.idx > m.end and cue.tag_ not in _FINITE:
                continue  # "“…” Alpert's metaphor is telling": not an inverted cue
            if after_only and (cue.idx < m.end or text[m.end : cue.idx].count(" ") > 3):
                continue
            dist = m.start - cue.idx if cue.idx < m.start else cue.idx - m.end
            if best is None or dist < best[0]:
                best = (dist, cue)
        if best is not None:
            return best[1]
        return _trailing_verb(doc, text, m, marked)

    # --- pass 3: attribution -------------------------------------------------------------

    def _finish(
        self,
        doc: Doc,
        text: str,
        drafts: list[_Draft],
        marked: list[_Marked],
        entities: Sequence[Entity],
        times: Sequence[Time],
        paragraphs: Sequence[tuple[int, int]],
        published: dt.date | None = None,
    ) -> list[Quote]:
        starts = [p[0] for p in paragraphs]
        quotes: list[Quote] = []
        prev: _Draft | None = None
        anchors = _time_anchors(doc, times) if any(d.cue is not None for d in drafts) else []
        for d in drafts:
            if d.cue is not None:
                self._attribute(doc, d, drafts, marked, entities, anchors, prev)
            elif d.speaker_span is not None:
                # a headline's label: the entity one of whose mentions ends it, or the phrase
                s, e = d.speaker_span
                ent = entity_at(entities, e - len(text[s:e].rsplit(None, 1)[-1]), e)
                d.speaker = Speaker(ent.id if ent is not None else None, text[s:e], s, e)
            elif d.continuation and prev is not None and prev.speaker is not None:
                gap = _para_index(starts, d.start) - _para_index(starts, prev.end)
                if gap <= 1:
                    # the same statement goes on: same speaker, and said when and how it was
                    d.speaker = prev.speaker
                    d.date = d.date or prev.date
                    d.channel = d.channel or prev.channel
            if d.cue is None and d.kind == "direct" and (named := self._named_after(doc, d.end, entities)):
                d.speaker = named  # '"…" That was the view of Ana Lima.': the next sentence names her
            if d.within is None:
                d.within = _container(d, drafts)
            if (
                d.speaker is not None
                and d.speaker.text.lower() in _FIRST_PERSON
                and d.within is not None
                and d.within.turn
                and d.within.speaker is not None
            ):
                # "I told them …" inside a transcript's turn: the turn's speaker's (inside a quotation
                # with a cue, the pronoun stands: the speaker is named beside it)
                d.speaker = d.within.speaker
            if (
                d.speaker is None
                and d.kind == "mixed"
                and d.cue is not None
                and d.within is not None
                and d.within.kind == "mixed"
                and d.within.speaker is not None
                and _told_by_no_one(d.cue)
            ):
                # 'He said the council had been warned that it was "reckless"': no one named warned
                # it; the words in quotation marks are those of the one who speaks, He
                d.speaker = d.within.speaker
            said = _bracketed_attribution(text, d.end) if d.speaker is None and d.kind != "indirect" else None
            if said is None and d.speaker is None and d.kind == "mixed":
                # 'CLAIM: "…" (Party leader, in a leaflet)' read as one mixed stretch: the quotation
                # before the brackets is the speaker's own words
                for m in marked:
                    if (
                        d.start <= m.start
                        and m.end <= d.end
                        and (said := _bracketed_attribution(text, m.end))
                    ):
                        d.start, d.end, d.kind = m.start, m.end, "direct"
                        break
            if said is not None:
                d.speaker = _bracketed_speaker(said, entities)
                d.channel = d.channel or said["how"]
            if d.date is None and _said_that_day(d, times) and _goes_on(d, prev, starts):
                # 'X told a news conference on Saturday. "…," she said.': the same occasion
                d.date = prev.date
            if d.date is None and published is not None and _said_that_day(d, times):
                d.date = published.isoformat()
            d.speaker = _past_caption_label(text, d.speaker)
            quotes.append(
                Quote(
                    start=d.start,
                    end=d.end,
                    text=text[d.start : d.end],
                    id=d.id,
                    kind=d.kind,
                    speaker=d.speaker,
                    cue=d.cue_span,
                    channel=d.channel,
                    date=d.date,
                    within=d.within.id if d.within is not None else None,
                )
            )
            if not any(x is not d and x.start <= d.start and d.end <= x.end for x in drafts):
                prev = d  # a quote nested in another does not carry the speaker on
        return quotes

    def _attribute(
        self,
        doc: Doc,
        d: _Draft,
        drafts: list[_Draft],
        marked: Sequence[_Marked],
        entities: Sequence[Entity],
        anchors: Sequence[_Anchor],
        prev: _Draft | None,
    ) -> None:
        """Fill speaker, cue span, channel, date and relative-clause nesting from the cue."""
        cue = d.cue
        if cue is None:
            return
        if cue.lower_ == "according":
            to = next(c for c in cue.children if c.lower_ == "to")
            d.cue_span = Span(cue.idx, to.idx + len(to), doc[cue.i : to.i + 1].text)
            head = next((c for c in to.children if c.dep_ == "pobj"), None)
            how = "according"
        else:
            prt = [c for c in cue.rights if c.i == cue.i + 1 and (c.dep_ == "prt" or c.lower_ in _PARTICLES)]
            prt = prt or [p for p in (self._rebuttal_particle(cue),) if p is not None]  # "brushed aside"
            end = prt[0].idx + len(prt[0]) if prt else cue.idx + len(cue)
            d.cue_span = Span(cue.idx, end, doc[cue.i : cue.i + 1 + len(prt)].text)
            head, how = (d.speaker_head, "trailing") if d.speaker_head is not None else _subject(cue, marked)
            if cue.i in self._relative_subjects:
                head, how = self._relative_subjects[cue.i], "trailing"
        if (
            head is None
            and cue.lower_ != "according"
            and (bare := self._bare_split(cue, list(doc))) is not None
        ):
            head, how = bare[1], "trailing"  # "…, the army reports.": the parser made "army" a compound
        if head is not None:
            head = past_dateline(head, self._datelines)
        if head is not None and how == "relcl":
            head = self._who_antecedent(head, cue)
        record = None
        if head is not None and how == "according" and (keeper := self._record_keeper(head, cue, entities)):
            record, head = head, keeper  # "according to its logs": the firm speaks through them
        if head is not None:
            d.speaker = self._speaker(doc, head, cue, how, entities, prev, d)
        if (
            d.speaker is not None
            and d.speaker_span is None
            and cue.tag_ == "NNS"
            and cue.dep_ == "ROOT"
            and self._noun_taken_present(cue)
        ):
            # "The filing states that …": the subject's words are the cue's left modifiers
            first = min(c.left_edge.i for c in cue.lefts)
            d.speaker_span = (doc[first].idx, doc[cue.i - 1].idx + len(doc[cue.i - 1]))
        if (
            d.speaker is not None
            and d.speaker_span is None
            and (root := _modifier_as_root(cue, self.cue_types)) is not None
        ):
            # "masked gunmen holding rifles said": the speaker's words from the one taken for the verb
            d.speaker_span = _phrase_from_root(root, cue)
        if d.speaker is not None and d.speaker_span is not None:
            s, e = d.speaker_span
            d.speaker = Speaker(d.speaker.entity, doc.text[s:e], s, e, d.speaker.on_behalf_of)
        if d.speaker is not None and d.speaker.entity is None and how == "according" and head is not None:
            d.speaker = _account_owner(
                head, d.speaker, entities, self.records | self.channels | self.documents
            )
        d.channel = self._channel(cue)
        if d.channel is None and head is not None:
            d.channel = self._spoken_by(head)
        if d.channel is None and cue.lower_ != "according":
            d.channel = self._spoken_by(cue)
        if d.channel is None and cue.lower_ != "according":
            d.channel = self._occasion_channel(cue, head)
        if d.channel is None and record is not None:
            d.channel = self._channel_phrase(record, whole=False)
        if d.channel is None and how == "according" and head is not None:
            lemma = head.lemma_.lower()
            if lemma in self.channels or head.lower_ in self.channels:
                d.channel = head.text  # "according to a statement from the ministry"
        if d.channel is None and (medium := self._cue_key(cue)) in self.media:
            d.channel = medium  # "radioed that …": by radio
        # "X, speaking to reporters on Tuesday, said", "Speaking at a rally on Sunday, X said"
        asides = [
            c
            for h in ([cue, head] if head is not None else [cue])
            for c in h.children
            if c.dep_ in ("acl", "advcl") and c.tag_ == "VBG" and c.lemma_.lower() in self.occasions
        ]
        # "said …, according to a bulletin issued on Friday": the bulletin's time dates it
        closing = [
            o
            for c in cue.children
            if c.dep_ == "ccomp"
            for a in c.children
            if (o := self._channel_of_report(a))
        ]
        d.date = _date(cue, d, anchors, asides, self.channels, closing)
        if how == "relcl" and head is not None:
            d.within = self._relcl_within(head, d, drafts, entities)

    def _spoken_by(self, speaker: Token) -> str | None:
        """How a speaker the story describes by a relative clause or a participle spoke: "a resident
        who spoke to us by phone said …", "X, reached by phone, said …" -> "phone" (a channel noun
        after "by", "over" or "via" in the clause); given the cue, its participle clause ("Reached
        by phone, X said", "Speaking by telephone from the camp, X said")."""
        for r in speaker.children:
            if r.dep_ != "relcl" and not (r.dep_ in ("acl", "advcl") and r.tag_ in ("VBN", "VBG")):
                continue
            for c in r.children:
                if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "over", "via"):
                    obj = next((o for o in c.children if o.dep_ == "pobj"), None)
                    if obj is not None and (
                        obj.lemma_.lower() in self.channels or obj.lower_ in self.channels
                    ):
                        return self._channel_phrase(obj, whole=False)
        return None

    def _occasion_channel(self, cue: Token, head: Token | None) -> str | None:
        """The outlet or occasion named by an occasion participle beside the cue or the speaker
        ("Speaking to Radio Kaya on Friday, he called …" -> Radio Kaya; "X, speaking on state
        television, said" -> state television; "Speaking at a news conference, X said" -> news
        conference). None for people spoken to ("Speaking to reporters, she said") and anything else
        ("speaking on condition of anonymity")."""
        for h in [cue] if head is None else [cue, head]:
            for r in h.children:
                if (
                    r.dep_ not in ("acl", "advcl")
                    or r.tag_ != "VBG"
                    or r.lemma_.lower() not in self.occasions
                ):
                    continue
                for c in r.children:
                    if c.dep_ != "prep" or c.lower_ not in ("to", "on", "with", "at"):
                        continue
                    obj = next((o for o in c.children if o.dep_ == "pobj"), None)
                    if obj is None:
                        continue
                    if obj.lemma_.lower() in self.channels or obj.lower_ in self.channels:
                        return obj.doc[_modifiers_start(obj) : obj.i + 1].text
                    if c.lower_ == "at":
                        continue  # "speaking at the border": a place, not an outlet
                    if (name := self._outlet_beside_noun(obj)) is not None:
                        return name
                    if obj.lower_.rstrip(".") in self.platforms:
                        return obj.text.rstrip(".")
                    if self._titled_outlet(obj) or (name := self._bare_outlet(obj)) is not None:
                        return name or _name_text(obj)
                    if obj.lemma_.lower() in self.outlets:
                        appos = next((a for a in obj.rights if a.dep_ == "appos" and a.pos_ == "PROPN"), None)
                        return _name_text(appos) if appos is not None else obj.text
                    if obj.pos_ == "PROPN" and obj.ent_type_ == "ORG" and (c.lower_ == "on" or obj.is_upper):
                        return _name_text(obj)  # "speaking on Voice of Lanka", "speaking to the BBC"
        return None

    def _record_keeper(self, record: Token, cue: Token, entities: Sequence[Entity]) -> Token | None:
        """Who speaks through the records of "according to its logs" / "according to the port
        authority's figures": the possessive's noun, or for "its" and "their" the body or group it
        takes up, the subject of the clause the phrase closes ("The firm paid no tax, according to
        its logs") or else of the sentence before. Records, papers, data and pages (role
        ``record``), channels and documents are how the keeper speaks, never the speaker. None
        when the noun is none of those, has no possessive, or the pronoun finds no body."""
        lemma = record.lemma_.lower()
        if not ({lemma, record.lower_} & (self.records | self.channels | self.documents)):
            return None
        poss = next((c for c in record.children if c.dep_ == "poss"), None)
        if poss is None:
            return None
        if poss.pos_ in ("NOUN", "PROPN"):
            return poss
        if poss.lower_ not in ("its", "their"):
            return None  # "his account": whose, the pronoun does not say without a person's name
        clause = cue.head
        while clause.dep_ == "conj" and clause.head.i < clause.i:
            clause = clause.head
        subj = next((c for c in clause.children if c.dep_ in _SUBJECT_DEPS and c.i < cue.i), None)
        plural = poss.lower_ == "their"
        if (
            subj is not None
            and subj.pos_ in ("NOUN", "PROPN")
            and subj.ent_type_ not in ("PERSON", "GPE")
            and ((subj.tag_ in ("NNS", "NNPS")) == plural or subj.ent_type_ == "ORG")
        ):
            return subj  # "The firm paid no tax, according to its logs"
        pronoun = subj if subj is not None and subj.lower_ in ("it", "they") else poss
        return _group_before(pronoun, entities) if plural else _body_before(pronoun)

    def _who_antecedent(self, head: Token, cue: Token) -> Token:
        """What "who" stands for in "according to a spokeswoman for the firm, who said …": the
        parser hangs the clause on the nearest noun, the body the person speaks for, but "who" is
        the person: the noun for a person (a proxy or a role) whose prepositional object ``head``
        is. ``head`` itself when it may be a person ("a lawyer for Ana Ruiz, who said") or the
        relative word is not "who"."""
        clause = next((c for c in head.children if c.dep_ == "relcl" and cue in c.subtree), None)
        rel = clause.left_edge if clause is not None else None
        if rel is None or rel.lower_ != "who" or head.dep_ != "pobj" or head.head.dep_ != "prep":
            return head
        holder = head.head.head
        roles = self.proxies | self.person_roles
        if holder.pos_ != "NOUN" or not (holder.lemma_.lower() in roles or holder.lower_ in roles):
            return head
        if head.ent_type_ == "PERSON" or head.lemma_.lower() in self.person_nouns:
            return head  # "a spokesman for the minister, who said": the minister may be meant
        return holder

    def _speaker(
        self,
        doc: Doc,
        head: Token,
        cue: Token,
        how: str,
        entities: Sequence[Entity],
        prev: _Draft | None,
        d: _Draft,
    ) -> Speaker:
        """The speaker phrase around ``head``, linked to an entity when one of its mentions overlaps."""
        head = _past_vocative(head, cue)
        keep = _phrase_tokens(head, cue)
        if _name_as_verb(head):
            # "the headman, Aden Farah Roobled" parsed as a clause: the name is the capitalised run
            j = head.i
            while j > 0 and doc[j - 1].pos_ == "PROPN" and doc[j - 1].is_title:
                j -= 1
            keep = list(doc[j : head.i + 1])
        if how == "trailing" and head.head.i == cue.i and head.i < cue.i:
            # "…, harbour staff report.": the tagger took the cue for a noun and hung the whole
            # phrase on it; the words before the head that hang there too are the speaker's
            j = keep[0].i
            while j > 0 and doc[j - 1].head.i in (cue.i, head.i) and doc[j - 1].dep_ in _FLAT_DEPS:
                j -= 1
            keep = [doc[x] for x in range(j, keep[0].i)] + keep
        lead = self._title_break(doc, keep[0].i)
        if lead is not None:  # "Navy Cmdr. | Ray Quintero": the title the parser cut off the name
            keep = [doc[j] for j in range(lead, keep[0].i)] + keep
        # "MZUZU - Farmers in the north said …": the parser may hang the dateline on the subject
        keep = [t for t in keep if not any(a <= t.idx < b for a, b in self._datelines)] or keep
        s = min(t.idx for t in keep)
        e = max(t.idx + len(t) for t in keep)
        phrase = doc[keep[0].i : keep[-1].i + 1].text
        ent = entity_at(entities, head.idx, head.idx + len(head))
        if ent is None and how == "relcl" and (named := _named_before_apposition(head)) is not head:
            # "Ana Ruiz, a farmer who warns …": the description is the phrase, the name it describes
            # the entity
            ent = entity_at(entities, named.idx, named.idx + len(named))
        if head.lower_ == "it" and head.dep_ == "nsubj" and ent is None:
            body = _body_before(head, entities)
            if body is not None:  # "The port authority rejected … In a statement, it said …"
                keep = _phrase_tokens(body, body.head)
                ent = entity_at(entities, body.idx, body.idx + len(body))
                return Speaker(
                    ent.id if ent is not None else None,
                    doc[keep[0].i : keep[-1].i + 1].text,
                    keep[0].idx,
                    keep[-1].idx + len(keep[-1]),
                )
        if head.lower_ in ("he", "she") and ent is not None and not _person_like(ent):
            ent = None  # a body or a place is no "he" or "she"
        if head.lower_ in ("he", "she") and ent is not None and _other_sex(ent, head.lower_):
            ent = None  # "Marta Lind" is no "he": a link the pronoun's sex rules out
        if head.lower_ in ("he", "she") and ent is not None and _name_key(ent.name) in self._authors:
            ent = None  # the reporter of the byline writes "I", never "he" or "she", of herself
        if head.lower_ in ("he", "she") and _caption_line(doc.text, head.idx):
            # "Ana Ruiz, 40, at her door. “…,” she said. (Photo: …)": a caption's "she" is the person
            # the caption names before it, or no one named (never one of another paragraph)
            person = _caption_person(head, entities)
            return Speaker(person.id if person is not None else None, phrase, s, e)
        if head.lower_ in ("he", "she") and (desc := _described_before(head, ent)) is not None:
            # "A midwife at the clinic, a mother of three who …, described the shortages. “…,” she
            # said": the one person the sentence before introduces unnamed, not a name before it
            keep = _phrase_tokens(desc, desc.head)
            cut = next((k for k, t in enumerate(keep) if t.i > desc.i and t.text in (",", "(", ";")), None)
            keep = keep[:cut] if cut else keep  # the description set off after it is no part
            return Speaker(
                None, doc[keep[0].i : keep[-1].i + 1].text, keep[0].idx, keep[-1].idx + len(keep[-1])
            )
        if (
            head.lower_ in ("he", "she")
            and ent is not None
            and (_named_only_inside(ent, head, d) or _name_of_a_body(ent))
            and (person := _other_person_before(head, entities, ent, d)) is not None
        ):
            # '“My shops are in Aarhus and Odense,” she said': a name inside the quotation the
            # pronoun attributes is no antecedent; nor, for "he" or "she", a body's name the tagger
            # typed PERSON ("a deputy for the Citizens' Front … he told"): the person before it is
            ent = person
        if head.lower_ in ("he", "she") and ent is not None and _named_in_quote(ent, head, prev, entities):
            # "“We told Ana Ruiz …,” said Ostrander. He said …": a name inside the quotation is no
            # antecedent; the pronoun takes up the speaker just quoted where that is a named person
            # who may be it, else it stands unlinked (no description put in its place)
            said = prev.speaker if prev is not None else None
            fits = _may_be(said, head.lower_, entities) and _person_like(_entity_of(said, entities))
            ent = _entity_of(said, entities) if fits else None
            if ent is None:
                return Speaker(None, phrase, s, e)
        if (
            head.lower_ in ("he", "she")
            and ent is not None
            and (said := _cue_subject_before(head, ent, prev, entities))
        ):
            # "Marek said that Dalberg Shipping would contest it. “…,” he said": not the name in
            # the report, but the person who made it
            ent = said
        last = prev.speaker if prev is not None else None
        if (
            head.lower_ in ("he", "she")
            and ent is None
            and not (_may_be(last, head.lower_, entities) and _person_like(_entity_of(last, entities)))
            and (person := _person_before(head, entities, self.person_roles)) is not None
            and _may_be(Speaker(person.id, person.name, 0, 0), head.lower_, entities)
        ):
            # "“…,” she said. Mayor Tom Berg lifted the order at noon. “…,” he told reporters": not
            # the last speaker, whom the pronoun cannot be, but the person the sentence before is
            # about, when that sentence quotes no one
            return Speaker(person.id, phrase, s, e)
        if (
            head.lower_ == "they"
            and head.dep_ == "nsubj"
            and ent is None
            and not (prev is not None and _same_unnamed(doc, head, prev))
            and (group := _group_before(head, entities)) is not None
        ):
            # "The school cleaners stopped work. In a letter, they said …": the group the sentence
            # before is about, unless the pronoun takes up the unnamed speaker just quoted; the
            # pronoun stands when the group has an entity, else the group's phrase
            ent = entity_at(entities, group.idx, group.idx + len(group))
            if ent is not None:
                return Speaker(ent.id, phrase, s, e)
            keep = _phrase_tokens(group, group.head)
            return Speaker(
                None, doc[keep[0].i : keep[-1].i + 1].text, keep[0].idx, keep[-1].idx + len(keep[-1])
            )
        if head.lower_ in _PERSONAL and ent is None and prev is not None and prev.speaker is not None:
            ent_id = prev.speaker.entity  # an unresolved pronoun: the last speaker, if named
            if (
                ent_id is not None
                and head.lower_ in ("he", "she")
                and not _may_be(prev.speaker, head.lower_, entities)
            ):
                # '"…," she said. … In 2005 he turned down …': never the last speaker, of the other
                # sex by her pronoun or given name, but the person of his named last nearby, if any
                person = _last_person(head, entities, roles=self.person_roles)
                return Speaker(person.id if person is not None else None, phrase, s, e)
            if ent_id is None and (topic := _third_person_topic(doc, head, prev, entities)) is not None:
                return Speaker(topic.id, phrase, s, e)  # not the unnamed aide, but the one the aide spoke of
            if (named := _apposed_name_before(head, entities)) is not None:
                # "A spokesman for X, Y Z, denied it. He told …": Y Z, not the last speaker
                return Speaker(named.id, phrase, s, e)
            if (
                ent_id is not None
                and head.lower_ in ("he", "she")
                and prev.speaker.text.lower() == head.lower_
            ):
                return Speaker(ent_id, phrase, s, e)  # "He told … “…,” he said": the one the first took up
            if ent_id is None and _unnamed_taken_up(doc, head, prev, entities):
                # "A ministry spokeswoman said … (two sentences on no one) … “…,” she said": hers
                return Speaker(None, prev.speaker.text, prev.speaker.start, prev.speaker.end)
            if ent_id is None and _same_unnamed(doc, head, prev):
                # "Two officials ... said X. Y, they said.": the description the pronoun takes up
                return Speaker(None, prev.speaker.text, prev.speaker.start, prev.speaker.end)
            if (
                head.lower_ in ("he", "she")
                and ent_id is not None
                and not _person_like(_entity_of(prev.speaker, entities))
            ):
                # '"…," the company said. "…," she said': a person pronoun takes up the last
                # person named, never the body that spoke last
                outside = prev.kind != "indirect" and not prev.start <= head.idx < prev.end
                quoted = (prev.start, prev.end) if outside else (0, 0)
                # no name inside the quotation; a name typed a body counts where a courtesy word
                # opens it or a noun for a person describes it ("X, a shop owner,")
                person = _last_person(head, entities, quoted=quoted, roles=self.person_roles)
                ent_id = person.id if person is not None else None
            return Speaker(ent_id, phrase, s, e)
        # "A spokesman for the minister, Bill Blair": the name is the minister's (the parser
        # hangs it on the spokesman); "the ministry's spokeswoman, Anna Lee": it is hers.
        objects = [o for c in head.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
        qualified = bool(objects)
        if qualified:
            # "the deputy commissioner of Thatta district, Ali Shah, told", "its secretary for trade,
            # Jo Roe, told": a role of a place, a body or a field, no person: the name in
            # apposition is the role holder's
            # ("the Minister of Justice, Jo Roe": a capitalised field with no article is the
            # ministry's, no person, though "justice" may be a judge's title)
            qualified = any(
                o.ent_type_ == "PERSON"
                or (
                    (o.lemma_.lower() in self.person_nouns or o.lower_ in self.person_nouns)
                    and not (o.is_title and not any(c.dep_ in ("det", "poss") for c in o.children))
                )
                for o in objects
            )
        appos = next((c for c in head.children if c.dep_ == "appos"), None)
        if appos is None and objects and not qualified:  # the parser may hang the name on "district"
            appos = next(
                (
                    c
                    for o in objects
                    for c in o.children
                    if c.dep_ == "appos"
                    and (
                        c.ent_type_ == "PERSON"
                        or getattr(entity_at(entities, c.idx, c.idx + len(c)), "type", None) == "PERSON"
                    )
                ),
                None,
            )
        named = _entity_in(appos, entities) if appos is not None and not qualified else None
        if named is not None and named.type == "NORP" and appos is not None and appos.pos_ == "PROPN":
            named = None  # "the Danish Ivo Marek" with no entity for the name: not "Danish"
        if (
            ent is not None
            and appos is not None
            and not qualified
            and appos.pos_ == "PROPN"
            and appos.i > head.i
            and head.lemma_.lower() in self.person_roles
            and not _person_like(ent)
            and (named is None or _person_like(named))
        ):
            # '"…," said the Minister of Ports, Ana Ruiz': the entity stage took the title for a
            # body; the person named in apposition holds it and is the speaker
            ent = None
        if ent is None and named is not None:
            ent = named
        if ent is not None and named is None and not any(m.kind in ("name", "alias") for m in ent.mentions):
            ent = None  # "Her coach, Ivo Marek, said": a name no entity holds beats a bare title's
        if ent is None and appos is not None and not qualified and appos.pos_ == "PROPN" and appos.i > head.i:
            # "The operator, Porto-based Varela Lines, said": the name no entity holds is the
            # speaker's too, so the phrase runs from the title to the end of the name (before
            # a relative clause on it: "…, Ivo Marek, who trains her, wrote")
            last = max(
                t.i
                for t in appos.subtree
                if not t.is_punct and t.dep_ != "relcl" and not any(a.dep_ == "relcl" for a in t.ancestors)
            )
            if keep[-1].i < appos.i:
                phrase, e = doc[keep[0].i : last + 1].text, doc[last].idx + len(doc[last])
        behalf = None
        if head.lemma_.lower() in self.proxies or head.lower_ in self.proxies:
            deps = ("poss", "prep", "compound") + (("appos",) if qualified else ())
            for c in sorted(head.children, key=lambda c: deps.index(c.dep_) if c.dep_ in deps else 9):
                owner = _entity_in(c, entities) if c.dep_ in deps else None
                if owner is not None:
                    behalf = owner.id
                    break
            if ent is not None and behalf == ent.id:
                ent = None
            if ent is None and behalf is not None:
                # "his lawyer said", "according to his lawyer's account": the lawyer of that man
                # the text named earlier ("Ana Ruiz, a lawyer for Tom Berg,"), else the phrase
                ent = _role_holder(head, behalf, entities)
        if (
            ent is not None
            and behalf is None
            and appos is None
            and any(m.kind == "nominal" and m.start <= head.idx < m.end for m in ent.mentions)
            and (holder := title_holder(head, entities)) is not None
        ):
            # "The president said …" after "Vice President X was sworn in as president": the office's
            # holder now, not the one the title's mention was linked to (its holder before)
            ent = holder
        if (
            ent is None
            and behalf is None
            and appos is None
            and not objects
            and (
                head.lemma_.lower() in self.person_roles
                or " ".join(c.lower_ for c in (*head.lefts, head) if c.dep_ != "det") in self.person_roles
            )
        ):
            # "The mayor told …" after "Ana Ruiz was elected mayor": the one person of the article
            # who holds or took that title (a title or a noun for a person: "the harbour master",
            # not "the union")
            ent = title_holder(head, entities)
        return Speaker(ent.id if ent is not None else None, phrase, s, e, behalf)

    def _channel_phrase(self, obj: Token, *, whole: bool = True) -> str:
        """The channel noun's phrase: its adjacent modifiers ("weekly press conference") and, when
        ``whole``, what follows it up to :meth:`_channel_end` ("notice put up on its website")."""
        return obj.doc[_modifiers_start(obj) : (self._channel_end(obj) if whole else obj.i) + 1].text

    def _channel(self, cue: Token) -> str | None:
        """How it was said: "in an email" -> email, "on Twitter" -> Twitter, "told CNN" -> CNN."""
        phrasal = self._cue_key(cue).count(" ") > 0
        # a subject after the cue takes the cue's own phrases, which the parser may hang on it or
        # on the name in apposition: '"…," said the mayor, X, at her weekly press conference'
        inverted = [s for s in cue.children if s.dep_ == "nsubj" and s.i > cue.i]
        inverted += [a for s in inverted for a in s.children if a.dep_ == "appos"]
        for c in [*cue.children, *(c for s in inverted for c in s.children)]:
            if phrasal and c.dep_ == "prep" and c.i == cue.i + 1:
                continue  # "called on Congress": the one addressed, not a platform
            # "answered by text message that …": the parser may take an active verb's "by" for an agent
            by = c.dep_ == "agent" and c.lower_ == "by" and not any(x.dep_ == "auxpass" for x in cue.children)
            if (c.dep_ == "prep" or by) and c.lower_ in _CHANNEL_PREPS:
                obj = next((o for o in c.children if o.dep_ == "pobj" or _in_writing(o)), None)
                if obj is None:
                    # "wrote on X." closing a paragraph: the parser may leave the name unlabelled
                    obj = next(
                        (o for o in c.children if o.dep_ == "dep" and o.lower_.rstrip(".") in self.platforms),
                        None,
                    )
                    if obj is not None and c.head.i == cue.i:
                        return obj.text.rstrip(".")
                if obj is None:
                    continue
                lemma = obj.lemma_.lower()
                if c.lower_ == "on" and lemma == "note":
                    continue  # "on a lighter note": a turn of phrase, no channel
                if lemma in self.channels or obj.lower_ in self.channels:
                    return self._channel_phrase(obj)
                if c.head.i != cue.i:
                    continue  # a name on the subject's phrase is the subject's, not a platform
                if c.lower_ == "on" and (obj.lower_.rstrip(".") in self.platforms or obj.ent_type_ == "ORG"):
                    return _name_text(obj).rstrip(".")  # "wrote on X." ends the sentence on the name
                if c.lower_ == "on" and any(
                    m.dep_ == "compound" and m.lower_ in self.platforms for m in obj.lefts
                ):
                    return self._channel_phrase(obj, whole=False)  # "on her Facebook page"
        if cue.lemma_.lower() == "tell":
            for c in cue.children:
                if c.dep_ in ("dobj", "dative") and (name := self._outlet_beside_noun(c)) is not None:
                    return name  # "told local broadcaster TVN", "told Yle, the public broadcaster"
                if (
                    c.dep_ in ("dobj", "dative")
                    and c.pos_ == "PROPN"
                    and c.ent_type_ in ("ORG", "WORK_OF_ART")
                ):
                    return _name_text(c)
                if c.dep_ in ("dobj", "dative") and self._titled_outlet(c):
                    return _name_text(c)  # '"…," she told the Bugle': a name after "the" is a paper's
                if c.dep_ in ("dobj", "dative") and (name := self._bare_outlet(c)) is not None:
                    return name  # "told Dagens Nyheter", "told Le Monde": a masthead's words
                if c.dep_ in ("dobj", "dative") and _lone_outlet(c):
                    return c.text  # '"…," she told Kathimerini.': a one-word name no person bears
            for c in cue.children:
                if c.dep_ in ("dobj", "dative") and c.lemma_.lower() in self.outlets:
                    # "told the broadcaster Al Sharq": the outlet's name, else "the newspaper", with
                    # the name before it ("the Herald newspaper")
                    name = next((a for a in c.rights if a.dep_ == "appos" and a.pos_ == "PROPN"), None)
                    if name is None and any(
                        a.dep_ in ("compound", "nmod") and a.pos_ == "PROPN" for a in c.lefts
                    ):
                        return c.doc[_modifiers_start(c) : c.i + 1].text
                    return _name_text(name) if name is not None else c.text
                if c.dep_ in ("dobj", "dative") and c.lemma_.lower() in self.channels:
                    # "told a news conference", "told a briefing"
                    return c.doc[_modifiers_start(c) : c.i + 1].text
        if _gerund(cue) and cue.dep_ in ("advcl", "xcomp") and cue.head.i < cue.i:
            return self._posted_on(cue.head) or self._main_clause_channel(cue.head)
        if (
            cue.dep_ == "conj"
            and cue.head.pos_ == "VERB"
            and cue.head.i < cue.i
            and not any(c.dep_ in _SUBJECT_DEPS for c in cue.children)
        ):
            # "apologised to the fans in a radio message and said …": a verb coordinated with the
            # cue, sharing its subject, names how both went out
            return self._main_clause_channel(cue.head, before=cue.i)
        if any(c.dep_ == "dobj" for c in cue.children):
            # "praised the bank's 'credible' policy in a report": the parser hangs the channel on
            # the object
            how = self._main_clause_channel(cue)
            if how is not None:
                return how
        if (root := _modifier_as_root(cue, self.cue_types)) is not None:
            # "In a video posted on Monday, masked gunmen said …": the parser took the subject's
            # participle for the main verb and hung the fronted channel on it
            how = self._main_clause_channel(root, before=root.i)
            if how is not None:
                return how
        return self._according_channel(cue)

    def _is_outlet_noun(self, tok: Token) -> bool:
        """Whether a noun names a kind of news outlet ("broadcaster", "daily", "agency"; quote_words.tsv
        role ``outlet``)."""
        return tok.pos_ in ("NOUN", "ADJ", "ADV") and (
            tok.lemma_.lower() in self.outlets or tok.lower_ in self.outlets
        )

    def _outlet_beside_noun(self, obj: Token) -> str | None:
        """The name of the outlet told, where a noun for an outlet stands beside it, whatever the tagger
        took the name for: before it ("told local broadcaster TVN"), before it with the name hung on
        the verb ("told the news agency Efe"), or after it as an apposition ("told Yle, the Finnish
        broadcaster"). None for any other object ("told the newspaper", "told Ms Okafor")."""
        doc = obj.doc
        if (station := self._station_name(obj)) is not None:
            return station
        if obj.pos_ == "PROPN":
            nouns = [t for t in obj.lefts if t.dep_ in ("compound", "amod") and self._is_outlet_noun(t)]
            if nouns and all(doc[i].pos_ in ("PROPN", "NUM") for i in range(nouns[-1].i + 1, obj.i)):
                return doc[nouns[-1].i + 1 : obj.i + 1].text
            if any(a.dep_ == "appos" and self._is_outlet_noun(a) for a in obj.rights):
                return _name_text(obj)
            return None
        if self._is_outlet_noun(obj) and obj.i + 1 < len(doc):
            nxt = doc[obj.i + 1]
            if (
                nxt.pos_ == "PROPN"
                and nxt.head.i == obj.head.i
                and nxt.dep_ in ("dobj", "dative", "npadvmod")
                and nxt.ent_type_ not in ("GPE", "LOC", "NORP", "DATE", "TIME")
            ):
                return _name_text(nxt)
        return None

    def _station_name(self, obj: Token) -> str | None:
        """The name of a radio or television station the one told is ("told TV Globo", "told Citizen
        TV", "told Channel 4 News", "told Rustavi 2 television"): capitalised words and numbers, one of
        them a station's word (``broadcaster_words.txt``; "Channel" before a number), or a name and a
        number before an outlet noun. None for any other object."""
        doc = obj.doc
        lo = obj.left_edge.i
        if doc[lo].lower_ in ("the", "a", "an"):
            lo += 1
        words = doc[lo : obj.i + 1]
        if len(words) < 2 or not any(t.pos_ == "PROPN" for t in words):
            return None
        body = list(words)
        if self._is_outlet_noun(obj) and obj.is_lower:
            body = body[:-1]  # "Rustavi 2 television": the name, and the noun it goes by
        if not body or not all(t.is_title or t.is_upper or t.like_num for t in body):
            return None
        station = any(
            t.text in self.broadcast_words
            or (t.text in self.channel_words and t.i + 1 < len(doc) and doc[t.i + 1].like_num)
            for t in body
        )
        if station or (len(body) < len(words) and any(t.like_num for t in body)):
            return words.text
        return None

    def _titled_outlet(self, obj: Token) -> bool:
        """Whether the one told is a publication named with "the" ("told the Bugle", "told the
        Evening Clarion"): a proper name after "the" that is no title or people noun ("told the
        President") and no place or people ("told the Netherlands")."""
        if obj.pos_ != "PROPN" or obj.ent_type_ in ("GPE", "LOC", "NORP", "FAC", "DATE", "TIME"):
            return False
        if not any(d.dep_ == "det" and d.lower_ == "the" and d.i == obj.left_edge.i for d in obj.lefts):
            return False
        words = obj.doc[obj.left_edge.i + 1 : obj.i + 1]
        if any(w.pos_ != "PROPN" or not w.is_title for w in words):
            return False
        if words.text.split()[-1] in self.outlet_words:
            return True  # "told the Guardian", "told the Herald": a masthead, though a noun for people
        return not (
            obj.lower_ in self.person_roles
            or obj.lemma_.lower() in self.person_roles
            or words.text.lower() in self.person_roles
        )

    def _bare_outlet(self, obj: Token) -> str | None:
        """The name of a publication told something named with no "the" ("told Dagens Nyheter",
        "told Le Monde", "told Corriere della Sera"), which the tagger may take for a person's: a
        proper name of capitalised words (and the small words of foreign titles) one of which is a
        masthead's word (``outlet_name_words.txt``: "Nyheter", "Monde", "-posten"). Not a name that
        opens with a given name ("Evan Spiegel"), nor one the article writes elsewhere after a given
        name ("told Spiegel" after "Evan Spiegel"), nor a place; None then."""
        if obj.pos_ != "PROPN" or obj.ent_type_ in ("GPE", "LOC", "NORP", "FAC", "DATE", "TIME"):
            return None
        words = [t for t in obj.subtree if not t.is_punct]
        if not words or any(
            t.lower_ in ("the", "a", "an") or t.pos_ in ("PRON", "VERB", "AUX") for t in words
        ):
            return None
        if not words[0].is_title or not all(t.is_title or t.lower_ in _TITLE_PARTICLES for t in words):
            return None
        if not any(self._masthead_word(t.text) for t in words) and not (
            len(words) >= 2
            and words[0].text in _TITLE_ARTICLES
            and any(t.text in self.outlet_after_article for t in words[1:])
        ):
            return None
        names = first_names()
        if words[0].text in names:
            return None  # "Evan Spiegel"
        doc = obj.doc
        for t in doc:
            if t.text == words[0].text and t.i != words[0].i and t.i > 0 and doc[t.i - 1].text in names:
                return None  # a surname of someone the article names in full
        return doc[words[0].i : words[-1].i + 1].text

    def _masthead_word(self, word: str) -> bool:
        """Whether a capitalised word is a masthead's ("Nyheter") or ends like one ("Aftenposten")."""
        if word in self.outlet_words:
            return True
        low = word.lower()
        return any(low.endswith(end) and len(low) > len(end) + 2 for end in self.outlet_endings)

    def _according_channel(self, cue: Token) -> str | None:
        """The channel an "according to" closing the cue's reported clause names: "The league said
        the match was off, according to a notice put up on its website" -> "notice put up on its
        website" is how the league said it."""
        for comp in (c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i):
            for a in comp.children:
                obj = self._channel_of_report(a)
                if obj is not None:
                    return self._channel_phrase(obj)
        return None

    def _channel_of_report(self, according: Token) -> Token | None:
        """The channel noun of an "according to" set off by a comma at the end of a verb of
        saying's reported clause ("X said …, according to a bulletin"): it tells how X said it,
        not who else said it. None for any other token."""
        clause = according.head
        if (
            according.lower_ != "according"
            or according.i < clause.i
            or clause.dep_ != "ccomp"
            or clause.head.i > clause.i
            or clause.head.lemma_.lower() not in _SAY
            or according.doc[according.i - 1].text != ","
        ):
            return None
        to = next((t for t in according.children if t.lower_ == "to"), None)
        obj = next((o for o in to.children if o.dep_ == "pobj"), None) if to is not None else None
        if obj is None or not (obj.lemma_.lower() in self.channels or obj.lower_ in self.channels):
            return None
        return obj

    def _main_clause_channel(self, verb: Token, before: int | None = None) -> str | None:
        """The channel named in the clause a participle cue goes with: "rejected the claim in a
        statement, saying …" -> "statement" (the phrase hung on the verb or on its object), up to
        token ``before`` (the verb's right edge when None)."""
        holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        limit = verb.right_edge.i if before is None else before
        for h in holders:
            for c in h.children:
                if c.dep_ != "prep" or c.lower_ not in ("in", "via", "through", "during") or c.i > limit:
                    continue
                obj = next((o for o in c.children if o.dep_ == "pobj"), None)
                if obj is not None and (obj.lemma_.lower() in self.channels or obj.lower_ in self.channels):
                    return self._channel_phrase(obj)
        return None

    def _posted_on(self, verb: Token) -> str | None:
        """The place a participle cue's governing verb went out on: "claimed the attack on its
        website, saying …" -> "website"; "posted a video on Telegram, saying …" -> "Telegram".
        A page of the speaker's own ("its website"), a platform or a channel noun; not "met on the
        site" (a place)."""
        for c in verb.subtree:
            if (
                c.dep_ != "prep"
                or c.lower_ not in ("on", "to")
                or not (c.head.i == verb.i or c.head.head.i == verb.i)
            ):
                continue
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is None or obj.ent_type_ in ("DATE", "TIME"):
                continue
            if c.lower_ == "to":
                if obj.lower_.rstrip(".") in self.platforms:  # "took to Facebook, writing …"
                    return _name_text(obj).rstrip(".")
                continue
            lemma = obj.lemma_.lower()
            own = any(t.dep_ == "poss" for t in obj.children)
            if obj.lower_.rstrip(".") in self.platforms or obj.ent_type_ in ("ORG", "PRODUCT"):
                return _name_text(obj).rstrip(".")
            if lemma in self.channels or (own and lemma in _POSTED_PLACES):
                return self._channel_phrase(obj, whole=False)
        return None

    def _channel_end(self, obj: Token) -> int:
        """Last token of a channel noun with the platform it went out on: "a statement on its
        Telegram channel", "a statement published on its website", "a clip uploaded to its YouTube
        account", "a message shared on social media", "a message (that) she put out on TikTok"; the
        noun alone otherwise."""
        sites = {"website", "site", "page", "account", "channel"}
        for c in obj.children:
            prep = c if c.dep_ == "prep" else None
            # "posted on", "published on", "uploaded to"; in a relative clause "(that) she put out on"
            if (c.dep_ == "acl" and c.tag_ == "VBN") or (c.dep_ == "relcl" and c.pos_ == "VERB"):
                prep = next(
                    (g for g in c.children if g.dep_ == "prep" and g.lower_ in ("on", "to", *_SENT_OVER)),
                    None,
                )
            over = prep is not None and prep.lower_ in _SENT_OVER and c is not prep
            if (
                prep is None
                or prep.i <= obj.i
                or not (prep.lower_ == "on" or (prep.lower_ == "to" and c is not prep) or over)
            ):
                continue
            place = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if place is None or place.ent_type_ in ("DATE", "TIME"):
                continue  # "an email on Sunday": when, not where
            words = {t.lower_ for t in place.subtree} | {place.lemma_.lower()}
            platform = bool(words & (self.platforms | sites)) or {"social", "media"} <= words
            named = (
                place.ent_type_ in ("ORG", "PRODUCT") or place.pos_ == "PROPN" or bool(words & self.channels)
            )
            # a name after "to" or in a relative clause may be the one addressed ("a letter she wrote
            # to the President"), one after "over" or "via" the one it went through ("sent via the
            # embassy"): only a platform is where it went out there
            if platform or (named and prep.lower_ == "on" and c.dep_ != "relcl"):
                # "a post on X (formerly Twitter)": the platform's former name is no part of it
                former = {
                    t.i for a in place.children if a.dep_ == "appos" and a.i > place.i for t in a.subtree
                }
                return max(t.i for t in place.subtree if not t.is_punct and t.i not in former)
        return obj.i

    def _relcl_within(
        self, head: Token, d: _Draft, drafts: list[_Draft], entities: Sequence[Entity]
    ) -> _Draft | None:
        """For "The statement quoted a student who said …": the quote the statement belongs to."""
        outer = head.head
        if head.dep_ not in ("dobj", "pobj", "nsubj") or outer.i == head.i:
            return None
        if outer.dep_ == "prep":
            outer = outer.head
        if outer.lower_ == "according":
            return None  # "according to X, who said …": X's second statement, not one reported by X
        if self._cue_type(outer) != "speech":
            return None
        own = next((x for x in drafts if x.cue is not None and x.cue.i == outer.i), None)
        if own is not None:
            return own
        subj = next((c for c in outer.children if c.dep_ in _SUBJECT_DEPS), None)
        if subj is None:
            return None
        earlier = [x for x in drafts if x.start < d.start and x is not d]
        if subj.lemma_.lower() in self.channels:
            same = [x for x in earlier if x.channel and subj.lemma_.lower() in x.channel.lower()]
            return (same or [x for x in earlier if x.channel] or [None])[-1]
        ent = entity_at(entities, subj.idx, subj.idx + len(subj))
        if ent is not None:
            same = [x for x in earlier if x.speaker is not None and x.speaker.entity == ent.id]
            return same[-1] if same else None
        return None


# --- helpers -------------------------------------------------------------------------------


def _agrees(cue: Token, subject: Token) -> bool:
    """Whether a cue word the tagger took for a noun agrees with the phrase before it as a verb
    with its subject: "officials report", "local media report", "the agency reports"."""
    if cue.lower_.endswith("s"):
        return subject.tag_ in ("NN", "NNP") or subject.ent_type_ == "ORG"
    return subject.tag_ in ("NNS", "NNPS") or subject.lemma_.lower() in _collective_plurals()


@functools.cache
def _finder_subject(verb: Token) -> Token | None:
    """The subject of a finding or holding verb: its own, or for a participle with none after
    another verb, that verb's ("the court dismissed the claim, *finding* that …", "the audit
    faulted the agency, *finding* that …")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj", "xcomp"):
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    return subject


def _collective_plurals() -> frozenset[str]:
    """Nouns of people that agree with a plural verb in the singular form ("police report",
    "staff say", "local media report"), from ``invariant_plurals.txt``; an institution noun does not
    ("the central bank report" is a noun phrase)."""
    return frozenset(load_lines("invariant_plurals.txt"))


def _past_stamp(doc: Doc, start: int, end: int) -> int:
    """Where content that opens its line with a live blog's time stamp ("14:05 GMT — Two more
    bodies were found, divers say") really starts: past the stamp and its dash or colon. A stamp
    is a few digits, times, dates or capitals; ``start`` itself when there is none."""
    line = doc.text.rfind("\n", 0, start) + 1
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or doc.text[line:start].strip():
        return start
    head = list(span[:6])
    stop = next((k for k, x in enumerate(head) if x.text in _STAMP_ENDS), None)
    if not stop or not any(x.text[:1].isdigit() for x in head[:stop]):
        return start
    if not all(
        x.text[:1].isdigit()
        or x.ent_type_ in ("DATE", "TIME")
        or x.is_punct
        or x.is_upper
        or x.lower_ in ("am", "pm")
        for x in head[:stop]
    ):
        return start
    nxt = head[stop + 1] if stop + 1 < len(head) else None
    return nxt.idx if nxt is not None and nxt.idx < end else start


def _opens(text: str, j: int, para_start: int) -> bool:
    """Whether the mark at ``j`` can open a quotation (not an apostrophe or a closing mark)."""
    ch = text[j]
    nxt = text[j + 1] if j + 1 < len(text) else " "
    if nxt.isspace():
        return False
    if ch in ("‘", "'"):
        prev = text[j - 1] if j > para_start else " "
        return nxt.isalpha() and (prev.isspace() or prev in '“"(—–-[')
    return True


def _mismatched_close(text: str, j: int, closer: str) -> bool:
    """A curly quotation closed by a straight or an opening mark: “highly significant." / “rapists“."""
    if closer != "”" or text[j] not in '"“':
        return False
    nxt = text[j + 1] if j + 1 < len(text) else " "
    prev = text[j - 1] if j > 0 else " "
    return not nxt.isalnum() and not prev.isspace()


def _closes(text: str, j: int, closer: str) -> bool:
    """Whether the mark at ``j`` closes the open quotation (a ’ before a letter is an apostrophe)."""
    if closer in _SINGLE:
        nxt = text[j + 1] if j + 1 < len(text) else " "
        return not nxt.isalpha()
    return True


def _trailing_verb(doc: Doc, text: str, m: _Marked, marked: Sequence[_Marked]) -> Token | None:
    """A verb of any kind in a short clause right after a quotation: "“…,” Bennett shot back."

    Only a clause of at most ``_TRAILING_TOKENS`` tokens that ends the sentence, holds no other
    quotation and has a finite verb with a subject outside quotation marks counts.
    """
    after = _token_near(doc, m.end)
    if after is None:
        return None
    i = after.i
    while i < len(doc) and (doc[i].is_punct or doc[i].is_space):
        i += 1
    if i >= len(doc) or "\n\n" in text[m.end : doc[i].idx]:
        return None
    sent = doc[i].sent
    later = any(q.start > m.end and q.start - 1 < sent.end_char for q in marked)
    if sent.end - i > _TRAILING_TOKENS or later:
        return None
    for t in doc[i : sent.end]:
        if t.pos_ == "VERB" and t.tag_ in _FINITE:
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.idx >= m.end and subj.pos_ in ("PROPN", "PRON", "NOUN"):
                return t
    return None


_NAMING_VERBS = frozenset({"call", "describe", "label", "brand", "dub", "term"})


def _naming_verb(doc: Doc, m: _Marked) -> Token | None:
    """The verb that names its object with a quotation: 'called the verdict "a political
    sentence"', 'described the plan as "a betrayal of farmers"': the quotation is its subject's
    words (a mixed quote). The quotation's top token must hang from the verb's object, directly
    (apposition) or through "as"."""
    if (shown := _demonstrative_naming(doc, m)) is not None:
        return shown
    top = [t for t in doc.char_span(m.start, m.end, alignment_mode="expand") or () if t.is_alpha]
    top = [t for t in top if not m.start <= t.head.idx < m.end]
    if len(top) > 1:
        # 'called the cut "punishment for the crimes of a few"': the parser may hang the quotation's
        # own prepositional phrase on the verb; the phrase is still the name's
        main = [t for t in top if t.dep_ != "prep"]
        if len(main) == 1 and all(
            t.head in (main[0].head, main[0].head.head) for t in top if t is not main[0]
        ):
            top = main
    if len(top) != 1:
        return None
    tok = top[0]
    if tok.dep_ == "pobj" and tok.head.lower_ == "as":
        tok = tok.head
    if tok.dep_ == "oprd" and any(c.dep_ == "dobj" and c.i < tok.i for c in tok.head.children):
        verb = tok.head  # "called the plan "a provocation"": the predicate hangs on the verb
    elif tok.dep_ == "prep" and any(
        c.dep_ == "dobj" and c.i < tok.i and c.tag_ not in ("WDT", "WP") for c in tok.head.children
    ):
        verb = tok.head  # "described the offer as "an insult"": "as" hung on the verb too
    elif tok.dep_ == "dobj" and any(
        c.dep_ in ("nmod", "compound") and c.pos_ in ("NOUN", "PROPN") and c.idx < m.start - 1
        for c in tok.children
    ):
        verb = tok.head  # 'called the new tariff "daylight robbery"': the object taken into it
    elif tok.dep_ == "amod" and tok.head.dep_ == "dobj" and tok.i > tok.head.i:
        verb = tok.head.head  # 'called the delay "unacceptable and dangerous"': hung on the object
    elif tok.dep_ not in ("appos", "prep", "oprd") or tok.head.dep_ != "dobj":
        return None
    else:
        verb = tok.head.head
    return verb if verb.pos_ == "VERB" and verb.lemma_ in _NAMING_VERBS else None


def _named_naming(doc: Doc, m: _Marked, titles: Collection[str] = ()) -> bool:
    """A short quotation (two or three words) naming the object of "call"/"describe as" whose
    subject is a name ("The Foreign Ministry called the plan "a provocation"") or one holder of a
    title in ``titles`` ("The mayor called the decision "a betrayal""): the subject's words; a
    common noun's ("Fans called the stadium "the old lady"") is a nickname. One person a "he" or "she"
    takes up ("She called the ruling "a betrayal"") or one body ("The union called that offer "an
    insult"") judges too, as PolNeAR's annotators read it."""
    if m.words < 2:
        return False
    verb = _naming_verb(doc, m)
    if verb is None or verb.tag_ != "VBD":
        return False
    # "condemned what he called a "brazen breach"": a fragment inside another report, whose
    # speaker a name must show
    wh = any(c.tag_ in ("WP", "WDT") for c in verb.children)
    return any(
        c.dep_ == "nsubj"
        and (
            _named_subject(c)
            or _one_person_subject(c, titles)
            or (not wh and (_one_body_subject(c) or c.lower_ in ("he", "she")))
        )
        for c in verb.children
    )


_RUN_IN_LABEL = re.compile(r"(?:\*\*)?[A-Z][\w'’-]*(?: [\w'’-]+){0,3}:(?:\*\*)?[ \t]+(?=\S)")


#: how a member addresses the chair of a House or a meeting ("Madam Speaker, …", "Mr President, …")
_ADDRESS_WORDS = frozenset({"madam", "madame", "mr", "mister", "sir"})
_CHAIR_WORDS = frozenset({"speaker", "president", "chairman", "chairwoman", "chairperson", "chair"})


def _past_vocative(head: Token, cue: Token) -> Token:
    """The subject of a cue past the form of address that opens its sentence, which the parser took
    for the subject with the real one in apposition ("Madam Speaker, our intelligence indicates
    that …": "our intelligence"); ``head`` itself for any other subject, and for a name in
    apposition set off by a second comma ("Mr President, the farmers' leader, said")."""
    if head.dep_ != "nsubj" or head.lower_ not in _CHAIR_WORDS:
        return head  # the common case, before walking the subject's words
    doc = head.doc
    words = [t for t in head.subtree if t.i <= head.i]
    if (
        words[0].i != head.sent.start
        or words[0].lower_ not in _ADDRESS_WORDS
        or head.i + 1 >= len(doc)
        or doc[head.i + 1].text != ","
    ):
        return head
    appos = next((c for c in head.children if c.dep_ == "appos" and c.i > head.i), None)
    if appos is None or appos.right_edge.i + 1 != cue.i:
        return head
    return appos


def _past_caption_mark(text: str, start: int, end: int) -> int:
    """Where a report's content starts past a caption's label in brackets that opens it, which the
    parser read as words of the sentence ("[ANCHOR] Police arrested two men, the ministry said":
    the content is "Police arrested two men"); ``start`` when no such label opens the content."""
    at = start - 1 if start > 0 and text[start - 1] == "[" else start
    m = _CAPTION_LABEL.match(text, at)
    if m is None or m["chevron"] is not None or m.start("rest") >= end:
        return start
    return m.start("rest")


def _past_run_in_label(text: str, start: int, end: int) -> int:
    """Where a report's content starts past a run-in label that opens its line ("Damage: about 300
    homes were flooded, the council says": "Damage:" heads the line, nobody says it). ``start`` when
    the content does not open its line with a label of one to four words before a colon."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip(" \t-–—•*"):
        return start
    label = _RUN_IN_LABEL.match(text, start, end)
    return label.end() if label is not None and label.end() < end else start


_SENTENCE_END = re.compile(r"[.!?](?=[\s\"”’']|$)")


def _wrapped_report(text: str, cue: Token, region: tuple[int, int] | None) -> tuple[int, int] | None:
    """A report the parser cut at a line break of hard-wrapped text the reader kept ("The agency
    said nine people,\nincluding two children,\ndrowned when …"): where the cue's content (or, with
    none, the object right after the cue) stops at a line's end with no full stop, and each line
    after it opens in lower case, the report runs on to its sentence's full stop. ``region``
    otherwise."""
    if region is not None:
        start, end = region
    else:
        obj = next((c for c in cue.rights if c.dep_ == "dobj" and c.left_edge.i == cue.i + 1), None)
        nxt = cue.doc[cue.i + 1] if cue.i + 1 < len(cue.doc) else None
        if obj is not None and any(c.dep_ == "nummod" for c in obj.children):
            start, end = obj.left_edge.idx, obj.idx + len(obj.text)
        elif nxt is not None and nxt.like_num and nxt.i + 1 < len(cue.doc) and cue.doc[nxt.i + 1].is_space:
            # "said four\npeople, including …, drowned": the parser cut the sentence at the break
            # and left the figure alone on the cue's line
            start, end = nxt.idx, nxt.idx + len(nxt.text)
        else:
            return None  # only a counted object can open a report cut off this way
    para_end = text.find("\n\n", end)
    para_end = len(text) if para_end < 0 else para_end
    nl = text.find("\n", end)
    if nl < 0 or nl >= para_end or _SENTENCE_END.search(text[end:nl]):
        return region
    if any(c in _MARK_CHARS_ALL for c in text[end:nl]) or (
        region is not None and text[end:nl].strip(" ,;\t")
    ):
        return region  # a content that ends before its line does is whole
    stop = _SENTENCE_END.search(text, nl, para_end)
    if stop is None:
        return region
    rest = text[nl : stop.start()]
    if any(c in _MARK_CHARS_ALL for c in rest):
        return region
    if not all(line.strip()[:1].islower() for line in rest.split("\n")[1:] if line.strip()):
        return region
    return start, stop.start()


def _counted_clause(cue: Token, tokens: Sequence[Token]) -> tuple[int, int] | None:
    """A reported clause whose counted subject the parser took for a speech verb's object and whose
    verb for a participle on it ("says *about 300 shops burned*", "said *four people, including two
    children, drowned*"); None for any other object."""
    if cue.lemma_.lower() not in ("say", "report", "state"):
        return None
    for obj in cue.rights:
        if obj.dep_ != "dobj" or obj.left_edge.i != cue.i + 1 or obj.tag_ != "NNS":
            continue
        if not any(c.dep_ == "nummod" for c in obj.children):
            continue
        # the verb right after the noun, or after a phrase set off by commas ("four people,
        # including two children, drowned")
        verb = next(
            (c for c in obj.rights if c.dep_ == "acl" and (c.i == obj.i + 1 or obj.doc[c.i - 1].text == ",")),
            None,
        )
        if verb is None or verb.tag_ not in ("VBD", "VBN") or any(c.dep_ == "agent" for c in verb.children):
            continue
        after = obj.right_edge.i + 1
        if after < len(obj.doc) and obj.doc[after].pos_ in ("AUX", "VERB"):
            continue  # "said 40 people killed in the raid were civilians": the participle is the noun's
        return _trim_tokens(_sorted_subtree(obj, tokens))
    return None


def _casualty_tally(num: Token, last: Token, tokens: Sequence[Token]) -> list[Token] | None:
    """The tokens of a tally of casualties that opens with the figure ``num`` a cue took for its
    object ("confirmed *four injured*", "*two dead and 12 injured*"): the figure and its casualty
    word, with "and"/"," and further figure-word pairs; None when no casualty word follows."""
    doc = num.doc
    j = last.i + 1
    if j >= len(doc) or doc[j].lower_ not in CASUALTY_WORDS:
        return None
    end = j
    while (
        end + 3 < len(doc)
        and doc[end + 1].lower_ in ("and", ",")
        and doc[end + 2].like_num
        and doc[end + 3].lower_ in CASUALTY_WORDS
    ):
        end += 3
    return [tokens[i] for i in range(num.left_edge.i, end + 1)]


#: the words that show a thing the text has just named ("called *that* decision …")
_DEMONSTRATIVES = frozenset({"that", "this", "these", "those"})


def _demonstrative_naming(doc: Doc, m: _Marked) -> Token | None:
    """The naming verb right before a demonstrative object and the quotation ('called that decision
    "a betrayal"', 'described this plan as "a trap"', 'called that "a farce"'), which the parser
    often reads wrong ("that" taken for a clause's subject and the noun for its verb); None when the
    quotation does not follow such a verb."""
    mark = doc.char_span(m.start - 1, m.start)
    if mark is None or mark[0].i < 2:
        return None
    j = mark[0].i - 1
    if doc[j].lower_ == "as":
        j -= 1
    words = 0
    while j > 0 and doc[j].lower_ not in _DEMONSTRATIVES and words < 3:
        if not doc[j].is_alpha or doc[j].is_sent_start:
            return None
        words += 1
        j -= 1
    if doc[j].lower_ not in _DEMONSTRATIVES or j == 0:
        return None
    verb = doc[j - 1]
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in _NAMING_VERBS else None


def _one_person_subject(subj: Token, titles: Collection[str]) -> bool:
    """Whether a subject is one title-holder: a title in ``titles`` in the singular after "the" or a
    possessive ("The mayor", "the country's president"), whose naming words are the person's
    judgement, no nickname a crowd gives."""
    return (
        subj.tag_ == "NN"
        and subj.lemma_.lower() in titles
        and any((c.dep_ == "det" and c.lower_ == "the") or c.dep_ == "poss" for c in subj.children)
    )


def _named_subject(subj: Token) -> bool:
    """Whether a subject names who it is: a name, a noun with a name in apposition ("The guild's
    chairman, Ana Ruiz,") or a body of a named owner ("Chile's cabinet", "Vesta Mining's board")."""
    if subj.pos_ == "PROPN":
        return True
    if _set_off_body(subj):
        return True
    return subj.pos_ == "NOUN" and any(
        (c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > subj.i) or (c.dep_ == "poss" and c.pos_ == "PROPN")
        for c in subj.children
    )


@functools.cache
def _body_nouns() -> frozenset[str]:
    """Nouns of organised bodies of people ("union", "federation", "party"; ``body_nouns.tsv``)."""
    return frozenset(r["lemma"].strip() for r in load_tsv("body_nouns.tsv"))


def _one_body_subject(subj: Token) -> bool:
    """Whether a subject is one body after "the" or a possessive ("The union", "the party's board"),
    whose naming words are its statement, no nickname a crowd gives."""
    return (
        subj.tag_ == "NN"
        and subj.lemma_.lower() in _body_nouns()
        and any((c.dep_ == "det" and c.lower_ == "the") or c.dep_ == "poss" for c in subj.children)
    )


def _set_off_body(subj: Token) -> bool:
    """Whether a subject is one body the story describes: a singular noun of a body after "the" or a
    possessive, with a relative clause set off by commas ("The dockers' union, which has 3,000
    members,"), so what it calls something are its words, no nickname a crowd gives ("Fans called …")."""
    if subj.tag_ != "NN" or subj.lemma_.lower() not in _body_nouns():
        return False
    if not any((c.dep_ == "det" and c.lower_ == "the") or c.dep_ == "poss" for c in subj.children):
        return False
    return any(
        c.dep_ == "relcl" and c.left_edge.i > 0 and subj.doc[c.left_edge.i - 1].text == ","
        for c in subj.children
    )


# the small words a headline leaves in lower case ("Nothing Left to Lose", "Legend in the Hills")
_HEADLINE_SMALL_WORDS = frozenset(
    {"a", "an", "the", "and", "but", "or", "as", "of", "in", "on", "at", "to", "for", "by", "with", "from"}
)


def _quoted_subhead(text: str, m: _Marked, para: tuple[int, int]) -> bool:
    """Whether a quotation is a subhead set in quotation marks, not speech going on: two to eight words
    in a headline's case that fill their paragraph ("'Nothing Left to Lose.'" between two sections of a
    story)."""
    words = text[m.start : m.end].split()
    if not 2 <= len(words) <= 8 or not words[0][:1].isupper():
        return False
    if not all(w[:1].isupper() or w.lower() in _HEADLINE_SMALL_WORDS for w in words):
        return False
    outside = text[para[0] : m.start] + text[m.end : para[1]]
    return not outside.strip().strip("".join(_MARK_CHARS_ALL) + ".!?…").strip()


def _after_report(text: str, m: _Marked, drafts: Sequence[_Draft], para_start: int) -> bool:
    """Whether the quotation ``m`` opens the sentence right after a cued report of its paragraph
    ('She said the clinic had closed in June. "We have nowhere to go."'): with no cue of its own, it
    goes on with that report's speaker, as a quotation after a direct one does."""
    gap_end = m.start - 1  # the opening mark
    return any(
        d.cue is not None
        and d.kind in ("indirect", "mixed")
        and para_start <= d.start < d.end <= gap_end
        and not text[d.end : gap_end].strip(" \t\n.!?\"”’'")
        and "\n\n" not in text[d.end : gap_end]
        and any(c in ".!?" for c in text[d.end : gap_end])
        for d in drafts
    )


def _opens_sentence(text: str, j: int, para_start: int) -> bool:
    """Whether a quotation opening at ``j`` starts a sentence (paragraph start or after . ! ? :)."""
    k = j - 1
    while k >= para_start and text[k].isspace():
        k -= 1
    while k >= para_start and text[k] in '”"’»)':
        k -= 1
    return k < para_start or text[k] in ".!?:…"


def _close_mixed(text: str, drafts: list[_Draft], marked: Sequence[_Marked]) -> None:
    """A mixed quote whose quoted tail runs to its end takes the closing quotation mark too
    ('said that the strike "will go on."' ends after the mark), as the golds span it; one whose
    quoted head opens it takes the opening mark ('said "the bridge will reopen" on Friday' starts at
    the mark), so that no mixed quote holds one mark of a pair without the other."""
    ends = {m.end for m in marked}
    starts = {m.start: m.end for m in marked}
    for d in drafts:
        if d.kind == "mixed" and d.end in ends and d.end < len(text) and text[d.end] in _CLOSERS:
            d.end += 1
        if (
            d.kind == "mixed"
            and d.start in starts
            and starts[d.start] < d.end
            and d.start > 0
            and text[d.start - 1] in _OPENERS
        ):
            d.start -= 1


_OPENERS = frozenset('"“‘«„')

_CLOSERS = frozenset('"”’»')
#: a conjunction left at a content span's end, with the commas and dashes before it
_DANGLING_CONJUNCTION = re.compile(r"[\s,;—–-]*\b(?:and|but|or)$", re.IGNORECASE)


def _trim_conjunction(text: str, drafts: list[_Draft]) -> None:
    """A reported or mixed content span that ends with a bare "and", "but" or "or" outside the
    quotation marks ('said the deal was "a start" and'; "said she had met him twice, but") ends
    before it: the parser cut the clause at the coordination, and the word joins it to what follows,
    which is no part of the claim (PolNeAR's contents stop before it)."""
    for d in drafts:
        if d.kind == "direct":
            continue
        cut = _DANGLING_CONJUNCTION.search(text, d.start, d.end)
        if cut is not None and cut.start() > d.start:
            d.end = cut.start()


def _strip(text: str, s: int, e: int, *, lead: str, trail: str) -> tuple[int, int]:
    while s < e and text[s] in lead:
        s += 1
    while e > s and text[e - 1] in trail:
        e -= 1
    return s, e


def _para_index(starts: list[int], char: int) -> int:
    return bisect.bisect_right(starts, char) - 1


def _token_near(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _name_as_verb(tok: Token) -> bool:
    """Whether a "verb" is the last word of a name the tagger took for a past tense ('"…," said the
    headman, Aden Farah Roobled.': "Roobled" a verb with "Farah" its subject): a capitalised word inside
    its sentence, after another capitalised name word, that closes its clause."""
    doc = tok.doc
    return (
        tok.pos_ == "VERB"
        and tok.tag_ in ("VBD", "VBN")
        and tok.is_title
        and tok.i > tok.sent.start
        and doc[tok.i - 1].pos_ == "PROPN"
        and doc[tok.i - 1].is_title
        and (tok.i + 1 == len(doc) or doc[tok.i + 1].is_punct)
    )


def _complement(cue: Token, tokens: list[Token]) -> tuple[int, int] | None:
    """Character span of a cue verb's reported clause (its ccomp, or xcomp after an object)."""
    # a name the tagger took for a verb ('said the headman, Aden Farah Roobled') is the speaker, no clause
    comps = [
        c
        for c in cue.children
        if c.dep_ == "ccomp" and not _name_as_verb(c) and not _own_clause_before(c, cue)
    ]
    if comps and (after := _speaker_after_labelled_quote(cue)) is not None:
        comps = [c for c in comps if c.i < after.left_edge.i]  # '…" says fisherman': the speaker
    # "In a statement released after he suspended his campaign, Cruz said he's certain …":
    # of two clauses, the one after the cue is what was said
    comp = next((c for c in comps if c.i > cue.i), comps[0]) if len(comps) > 1 else next(iter(comps), None)
    obj = next((c for c in cue.children if c.dep_ in ("dobj", "dative")), None)
    if comp is None and obj is None:
        # "He said legalizing it could put …": a clause the parser took for a gerund
        comp = next((c for c in cue.rights if c.dep_ == "xcomp" and c.tag_ == "VBG"), None)
    if comp is None:
        comp = _stray_that_clause(cue)
    first: Token | None = None
    if comp is None and obj is not None:
        comp = next((c for c in cue.children if c.dep_ == "xcomp" and c.i > obj.i), None)
        first = obj.left_edge  # "told Jeb Bush to quiet down": whom, and what they were told
    if comp is None and obj is not None and cue.lemma_.lower() in _TOLD:
        # "told the radio the rebels “will pay”": a clause with a subject of its own that the
        # parser hung on the one told as a relative clause (no relative word opens it); after
        # a verb whose object is what was said it is one ("cited comments he had made")
        comp = next(
            (
                r
                for r in obj.children
                if r.dep_ in ("relcl", "acl")
                and any(c.dep_ in _SUBJECT_DEPS and c.tag_ not in ("WDT", "WP", "WP$") for c in r.children)
                and r.left_edge.i == obj.i + 1
            ),
            None,
        )
        first = None
    if comp is None and obj is not None and cue.lemma_.lower() in _TOLD:
        comp = _told_clause(cue, obj)
    if comp is None and cue.dep_ == "parataxis" and any(c.dep_ == "nsubj" for c in cue.children):
        return _around(cue)  # "In his state, Christie said, offenders are sent to treatment"
    if comp is None:
        return None
    comp = _past_channel_clause(cue, comp)
    toks = _sorted_subtree(comp, tokens)
    if comp.i < cue.i and (speaker := _apposed_after_quote(comp, cue, tokens)) is not None:
        toks = tokens[toks[0].i : speaker.left_edge.i]  # what was said ends before the speaker
    before = [c for c in comps if c.i < cue.i]
    if len(before) > 1 and len(before) == len(comps) and first is None:
        # "Officers chased them, and both men were arrested …, Redd said": a trailing cue
        # after a compound sentence reports every clause the parser hung on it
        toks = tokens[min(c.left_edge.i for c in before) : max(c.right_edge.i for c in before) + 1]
    if first is not None:
        toks = tokens[first.i : toks[-1].i + 1]
    elif comp.i > cue.i:
        # "Ryan says no matter what Obama does, “his word …”" / "says, win or lose, he's staying":
        # a clause between the cue and what it reports that the parser hangs on the cue
        lead = [
            c
            for c in cue.children
            if cue.i < c.i < toks[0].i
            and c.dep_ in ("advcl", "advmod")
            and c.right_edge.i - c.left_edge.i > 1
            and not _naming_participle(c)
        ]
        if lead:
            toks = tokens[min(c.left_edge.i for c in lead) : toks[-1].i + 1]
        toks = _without_leading_time(cue, toks)
    # "…, drawing a sharp reply from Khan": a trailing participle after the cue is the
    # reporter's comment; before the cue ("The storm hit …, killing 16, officials said") it is
    # part of what was said
    if (second := _cue_conjunct(cue, comp)) is not None:
        # "concluded that the vote had been fair, and rejected the appeal": the cue's second verb ends it
        toks = [t for t in toks if t.i < second.left_edge.i - 1]
    tail = [c for c in comp.rights if c.dep_ == "advcl" and c.tag_ == "VBG"] if comp.i > cue.i else []
    if tail and tail[-1].right_edge.i == toks[-1].i and tail[-1].left_edge.i > toks[0].i:
        before = tokens[tail[-1].left_edge.i - 1]
        if before.text == ",":
            toks = toks[: before.i - toks[0].i]
    return _trim_tokens(_with_reported_conjuncts(cue, toks, tokens))


def _with_reported_conjuncts(cue: Token, toks: Sequence[Token], tokens: Sequence[Token]) -> Sequence[Token]:
    """ "said he had offers, but “the offers were …”" / "…, but that he would not": a second
    reported clause the parser coordinates with the cue rather than with the first one extends what
    was said (``toks``) to its end."""
    for c in cue.rights:
        if c.dep_ == "conj" and c.i > toks[-1].i and _reported_clause(c):
            toks = tokens[toks[0].i : c.right_edge.i + 1]
    return toks


def _told_clause(cue: Token, obj: Token) -> Token | None:
    """ "told the court in Oslo on Monday he had never …": the clause after the one told and the
    place and time of telling, which the parser hung on the cue as an adverbial clause (it has a
    subject and a finite verb of its own, and no word such as "because" or "when" opens it)."""
    for c in cue.rights:
        if (
            c.dep_ == "advcl"
            and c.i > obj.i
            and any(s.dep_ in _SUBJECT_DEPS for s in c.children)
            and not any(s.dep_ == "mark" or s.tag_ in ("WRB", "WDT", "WP") for s in c.children)
            and (c.tag_ in _FINITE or any(a.dep_ == "aux" and a.tag_ in _FINITE | {"MD"} for a in c.children))
        ):
            return c
    return None


def _trailing_subject_split(cue: Token, tokens: list[Token]) -> tuple[tuple[int, int], Token] | None:
    """ "… killed 11 civilians, including four children, elders and a local official said on
    Tuesday": a cue ending its sentence with nothing reported after it, whose subject the
    parser stretched back over the story. The speaker is the cue's own subject, the words after
    the subject phrase's last comma; what was said is the sentence before that comma.

    Returns (content offsets, speaker head token), or None when the cue is not like that.
    """
    if cue.tag_ not in ("VBD", "VBZ", "VBP") or cue.dep_ not in ("conj", "ROOT"):
        return None
    aside = False
    for c in cue.rights:
        if c.is_punct or (c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME")):
            continue
        if c.dep_ == "advmod" and c.lower_ in _WHEN_ADVERBS:
            continue  # "said late on Wednesday"
        if (
            c.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in ("while", "whereas") for m in c.children)
            and any(x.dep_ in _SUBJECT_DEPS for x in c.children)
            and any(x.dep_ == "ccomp" for x in c.children)
        ):
            continue  # "…, elders said on Tuesday, while the military said …": another report
        if c.dep_ == "prep" and all(o.ent_type_ in ("DATE", "TIME") for o in c.children if o.dep_ == "pobj"):
            continue
        if c.dep_ == "prep" and c.lower_ in _TRAILING_PREPS:
            aside = True  # "said in a statement", "told reporters in Lima": how and where, nothing said
            continue
        if c.dep_ == "advcl" and c.tag_ == "VBG" and any(x.dep_ == "ccomp" for x in c.children):
            aside = True  # "…, adding that …": a report of its own
            continue
        if (
            c.dep_ in ("dobj", "dative")
            and cue.lemma_ == "tell"
            and not any(x.dep_ == "ccomp" for x in c.subtree)
        ):
            aside = True  # "told a meeting of donors", "told reporters": who heard it, nothing said
            continue
        return None
    subj = next((c for c in cue.children if c.dep_ in ("nsubj",)), None)
    if (
        subj is not None
        and cue.dep_ == "conj"
        and subj.i < cue.i
        and (split := _coordinated_report(cue, subj, tokens))
    ):
        return split
    if aside:
        return None  # the readings below are for a cue that closes its sentence bare
    if subj is None and cue.dep_ == "conj":
        appos = _apposed_speaker(cue, tokens)
        if appos is not None:
            region = _trim_tokens(tokens[cue.sent.start : appos.left_edge.i - 1])
            return (region, appos) if region is not None else None
    if subj is None and (titled := _titled_name_before(cue, tokens)) is not None:
        region = _trim_tokens(tokens[cue.sent.start : titled.left_edge.i - 1])
        return (region, titled) if region is not None else None
    if subj is None or subj.i > cue.i:
        return None
    commas = [t.i for t in tokens[subj.left_edge.i : cue.i] if t.text == ","]
    if not commas:
        return None
    speaker = tokens[commas[-1] + 1 : cue.i]
    if not speaker or len(speaker) > 8 or any(t.pos_ in ("VERB", "AUX", "PRON") for t in speaker):
        return None
    if not any(t.pos_ in ("NOUN", "PROPN") for t in speaker):
        return None
    head = next((t for t in speaker if not speaker[0].i <= t.head.i <= speaker[-1].i), None)
    if head is None:
        return None
    start = cue.sent.start
    before = tokens[start : commas[-1]]
    if not any(t.pos_ in ("VERB", "AUX") for t in before):
        return None  # "Officials, police and witnesses said": a list of speakers, not a story
    region = _trim_tokens(before)
    return (region, head) if region is not None else None


def _trailing_relative_split(cue: Token, tokens: list[Token]) -> tuple[tuple[int, int], Token] | None:
    """ "The gunmen demanded $2 million, a fisherman who had spoken to them told reporters.": a cue
    closing its sentence after ", <subject> who …", which the parser made the report of the verb
    before it or a relative clause of its object (no relative clause follows a comma without its
    pronoun). What was said is the sentence before that comma; the speaker is the subject.

    Returns (content offsets, speaker head token), or None when the cue is not like that.
    """
    if cue.tag_ not in _FINITE or cue.dep_ not in ("ccomp", "relcl") or cue.head.i > cue.i:
        return None
    if any(c.dep_ in ("ccomp", "xcomp", "advcl", "conj", "mark") for c in cue.children):
        return None  # something is reported after the cue, or the clause is a "that" clause
    subj = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.left_edge.i < 1:
        return None
    if not any(r.dep_ == "relcl" and r.right_edge.i + 1 == cue.i for r in subj.children):
        return None
    comma = tokens[subj.left_edge.i - 1]
    start = cue.sent.start
    if comma.text != "," or comma.i <= start:
        return None
    before = tokens[start : comma.i]
    if not any(t.pos_ in ("VERB", "AUX") for t in before):
        return None
    region = _trim_tokens(before)
    return (region, subj) if region is not None else None


_WHEN_ADVERBS = frozenset({"late", "early", "earlier", "later"})
_TRAILING_PREPS = frozenset({"in", "on", "at", "via", "through", "during", "after"})


def _coordinated_report(cue: Token, subj: Token, tokens: list[Token]) -> tuple[tuple[int, int], Token] | None:
    """ "Three workers were treated for burns, the labour office said in a statement": the parser
    coordinated the trailing cue, with its own subject after a comma, with the verb of what was said,
    and no "and" or "but" joins them. What was said is the sentence up to that comma; the speaker is
    the subject."""
    comma = subj.left_edge.i - 1
    head = cue.head
    if comma <= cue.sent.start or tokens[comma].text != "," or not head.i < comma:
        return None
    if head.pos_ not in ("VERB", "AUX"):
        return None
    region = _trim_tokens(tokens[cue.sent.start : comma])
    return (region, subj) if region is not None else None


def _apposed_after_quote(comp: Token, cue: Token, tokens: Sequence[Token] | Doc) -> Token | None:
    """ "“Our line held,” its chief executive, Ana Ruiz, told the radio": the parser hung the
    speaker's phrase on the quotation as an apposition (or, '"We will appeal," the club's
    spokesperson, Anna Berg, said', as the quoted verb's object). It is the noun phrase that opens
    right after the closing quotation mark and runs up to the cue (a comma between), or None."""
    for t in tokens[comp.i + 1 : cue.i]:
        if t.dep_ not in _APPOSED_DEPS or t.pos_ not in ("NOUN", "PROPN") or t.left_edge.i < 2:
            continue
        if tokens[t.left_edge.i - 1].text not in _CLOSING_QUOTES:
            continue
        if all(x.is_punct for x in tokens[t.right_edge.i + 1 : cue.i]):
            return t
    return None


_CLOSING_QUOTES = frozenset({'"', "”", "’", "'", "»", "''"})
# how the parser may hang a speaker's phrase after a quotation on the quoted clause
_APPOSED_DEPS = frozenset({"appos", "dobj", "npadvmod", "attr"})


def _set_off_before(t: Token, cue: Token) -> bool:
    """Whether the phrase of ``t`` opens after a comma and holds no "and" up to the cue: an
    apposition set off before a trailing cue (", the ministry said"), not one of a list."""
    doc = cue.doc
    first = t.left_edge.i
    return first >= 1 and doc[first - 1].text == "," and not any(x.dep_ == "cc" for x in doc[first : cue.i])


def _apposed_speaker(cue: Token, tokens: list[Token]) -> Token | None:
    """ "India offered to send a team of its Force, the foreign ministry in Kathmandu said": the
    parser took the speaker for an apposition of the noun before it and the cue for a verb
    coordinated with the sentence's, without a subject. The speaker is that apposition when it
    ends right before the cue, opens after a comma and no "and" comes between."""
    if cue.i < 2:
        return None
    t = tokens[cue.i - 1]
    for _ in range(6):
        if t.dep_ == "appos" or t.head.i == t.i or t.head.i >= cue.i:
            break
        t = t.head
    if t.dep_ != "appos" or t.right_edge.i != cue.i - 1 or t.pos_ not in ("NOUN", "PROPN"):
        return None
    return t if _set_off_before(t, cue) else None


def _titled_name_before(cue: Token, tokens: list[Token]) -> Token | None:
    """ "The fund was empty, the union's treasurer, Olga Brandt, said.": a title set off by commas
    with a name in apposition, right before a cue that has no subject (the parser hung the title on
    the reported clause). The title's head (its phrase takes the name), or None."""
    j = cue.i - 1
    if j >= 0 and tokens[j].text == ",":
        j -= 1
    if j < 3:
        return None
    name = tokens[j]
    title = name.head
    if (
        name.dep_ != "appos"
        or name.pos_ != "PROPN"
        or title.pos_ != "NOUN"
        or title.i >= name.i
        or name.right_edge.i != j
        or tokens[name.left_edge.i - 1].text != ","
        or title.left_edge.i <= cue.sent.start
    ):
        return None
    if tokens[title.left_edge.i - 1].text != "," or any(
        x.dep_ == "cc" for x in tokens[title.left_edge.i : j]
    ):
        return None
    return title


def _split_sentence(cue: Token, tokens: list[Token]) -> tuple[tuple[int, int], Token] | None:
    """ "The navy flew helicopters in, and the highway was shut near Parshuram ghat after a
    landslide, the district police said.": a cue closing its sentence after ", <subject>", with
    nothing reported after it, in a sentence the parser split in the middle (at a rare word: no
    sentence punctuation before the split). What was said is the text from the start of the
    parser's sentence before up to that comma; the speaker is the subject.

    Returns (content offsets, speaker head token), or None when the cue is not like that.
    """
    if cue.tag_ not in ("VBD", "VBZ", "VBP") or cue.dep_ != "ROOT":
        return None
    if any(not c.is_punct for c in cue.rights):
        return None
    subj = max(
        (c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), key=lambda c: c.i, default=None
    )
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.left_edge.i < 1:
        return None
    comma = tokens[subj.left_edge.i - 1]
    start = cue.sent.start
    if comma.text != "," or start < 1 or comma.i <= start:
        return None
    last = tokens[start - 1]
    if last.is_punct or last.is_space or "\n" in last.whitespace_:
        return None  # a sentence of its own: ". Police said." reports nothing
    before = tokens[last.sent.start : comma.i]
    if not any(t.pos_ in ("VERB", "AUX") for t in before):
        return None
    region = _trim_tokens(before)
    return (region, subj) if region is not None else None


# pages a statement is posted on ("on its website", "on its news site", "on its Telegram channel")
_POSTED_PLACES = frozenset({"website", "site", "page", "account", "channel"})


def _past_channel_clause(cue: Token, comp: Token) -> Token:
    """ "said on a radio station it runs that …": a clause right after the cue's prepositional
    phrase that holds a that-clause of its own is a relative clause of the phrase's noun the
    parser took for the complement; what was said is the that-clause."""
    if comp.i < cue.i or any(c.dep_ == "mark" for c in comp.children):
        return comp
    inner = next(
        (
            c
            for c in comp.rights
            if c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ),
        None,
    )
    if inner is None:
        return comp
    preps = [c for c in cue.children if c.dep_ == "prep" and cue.i < c.i < comp.i]
    if any(p.right_edge.i + 1 == comp.left_edge.i for p in preps):
        return inner
    return comp


def _without_leading_time(cue: Token, toks: list[Token]) -> list[Token]:
    """ "said on Thursday he would …": a time right after the cue, which the parser may hang on
    the reported clause, dates the saying; the content starts at the clause's subject."""
    # or after the cue's own phrases: "told the court in Oslo on Monday he would …"
    if not toks or (toks[0].i != cue.i + 1 and not _after_cue_phrases(cue, toks[0].idx)):
        return toks
    k = 1 if toks[0].lower_ in ("on", "at") else 0
    j = k
    while j < len(toks) and toks[j].ent_type_ in ("DATE", "TIME"):
        j += 1
    if j == k or j >= len(toks):
        return toks
    nxt = toks[j]
    if nxt.dep_ in ("nsubj", "nsubjpass", "expl") or nxt.lower_ == "that":
        return toks[j:]
    return toks


def _as_reported(cue: Token) -> bool:
    """ "As Politico reported, …" / "…, as the Times noted.": a cue in an "as" clause set off by a
    comma, with a subject and nothing said of its own (unlike "just as the band announced a
    concert", "as she was announced the winner")."""
    if cue.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children):
        return False
    deps = {c.dep_ for c in cue.children}
    if "nsubj" not in deps or deps & {"dobj", "ccomp", "xcomp", "nsubjpass", "auxpass"}:
        return False
    doc = cue.doc
    lo, hi = cue.left_edge.i, cue.right_edge.i
    while hi > cue.i and doc[hi].is_punct:
        hi -= 1  # the comma that sets the clause off may hang on the cue
    before = doc[lo - 1].text if lo > 0 else ""
    after = doc[hi + 1].text if hi + 1 < len(doc) else ""
    opens = doc[lo].is_sent_start or before in (",", "(", "—") or doc[lo - 1].is_space
    return (after == "," and opens) or (before == "," and after in (".", ""))


def _contrast_clause(t: Token, first: int, last: int, tokens: list[Token]) -> bool:
    """ ", while about 4 in 10 want …" / ", though voters are …" closing the content (tokens
    ``first`` to ``last``): the reporter's contrast with other figures, not the speaker's words."""
    if t.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in _CONTRAST for c in t.children):
        return False
    lo = t.left_edge.i
    ends = t.right_edge.i >= last - 1
    own = any(c.dep_ in _SUBJECT_DEPS for c in t.children)
    return lo > first and tokens[lo - 1].text == "," and ends and own


def _trailing_aside(t: Token, first: int, last: int, tokens: list[Token]) -> bool:
    """ ", which is spread by mosquitoes" / "— a play on words with …" closing unquoted content
    (tokens ``first`` to ``last``): the reporter's explanation set off by a comma or a dash,
    not the speaker's words."""
    lo = t.left_edge.i
    if lo <= first or tokens[lo - 1].text not in (",", "—", "--") or t.right_edge.i < last - 1:
        return False
    if any(x.text in _MARK_TOKENS for x in tokens[lo : last + 1]):
        return False  # a quoted aside is the speaker's
    if t.dep_ == "relcl":
        return tokens[lo].lower_ in ("who", "which")
    return t.dep_ == "appos" and tokens[lo - 1].text != ","


def _naming_participle(tok: Token) -> bool:
    """Whether ``tok`` is a participle naming the noun before it ("wrote on X, formerly known as
    Twitter, that …"): the reporter's gloss, not part of what was said."""
    return tok.tag_ == "VBN" and any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children)


def _in_writing(tok: Token) -> bool:
    """Whether ``tok`` is the gerund of "in writing" after a verb ("replied in writing that …"): how
    it was said, not a verb of saying of its own."""
    prep = tok.head
    return (
        tok.lower_ == "writing"
        and tok.dep_ in ("pobj", "pcomp")
        and prep.lower_ == "in"
        and prep.dep_ == "prep"
        and prep.i == tok.i - 1
        and prep.head.pos_ == "VERB"
    )


def _stray_that_clause(cue: Token) -> Token | None:
    """A "that" clause the parser hung on a noun after the cue: "said on Friday during a news
    conference *that he may wait*" (parsed as a relative clause of "conference")."""
    for prep in cue.rights:
        if prep.dep_ != "prep":
            continue
        for t in prep.subtree:
            clause = t.pos_ in ("VERB", "AUX") and t.dep_ in ("relcl", "acl") and t.head.dep_ == "pobj"
            # "replied in writing that …": the clause hung on the gerund of the idiom
            clause = clause or (t.dep_ == "ccomp" and t.head.head.i == prep.i and _in_writing(t.head))
            if clause and any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children):
                return t
    return None


def _modifier_as_root(cue: Token, clause_verbs: Collection[str]) -> Token | None:
    """The word the parser took for the main verb where it is part of the cue's subject: "masked
    gunmen said …" parsed as "masked [gunmen said …]" or "masked gunmen [holding rifles said …]"
    ("gunmen" read as a verb): the sentence's root, with no subject of its own, opening the sentence
    or its clause after a fronted phrase, right before the subject, the cue its clause. A verb that
    takes a clause (``clause_verbs``, the cue verbs: "…, said a chaplain had told her …", its subject
    lost elsewhere) is none; None for any other parse."""
    head = cue.head
    if (
        cue.dep_ != "ccomp"
        or head.dep_ != "ROOT"
        or head.i >= cue.i
        or head.tag_ not in ("VBD", "VBN", "VBZ")
    ):
        return None
    if head.lemma_.lower() in clause_verbs or any(c.dep_ in _SUBJECT_DEPS for c in head.children):
        return None
    first = head.i
    while (
        first > head.sent.start
        and (m := head.doc[first - 1]).head.i == head.i
        and m.dep_ in ("amod", "compound")
    ):
        first -= 1
    if first > head.sent.start and not head.doc[first - 1].is_punct:
        return None
    subj = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    return head if subj is not None and subj.left_edge.i == head.i + 1 else None


def _phrase_from_root(root: Token, cue: Token) -> tuple[int, int] | None:
    """The speaker's words where the parser took one of them for the main verb
    (:func:`_modifier_as_root`): from that word, with the modifiers right before it, to the end of
    the cue's subject ("masked gunmen holding rifles"); None when the subject does not end before the cue."""
    subj = next(c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i)
    last = subj.right_edge
    if last.i >= cue.i:
        return None
    first = root
    while (
        first.i > 0
        and (prev := root.doc[first.i - 1]).head.i == root.i
        and prev.dep_ in ("amod", "compound", "det")
    ):
        first = prev
    return first.idx, last.idx + len(last)


def _plural_of_people(word: str) -> bool:
    """Whether a lower-case word is the plural of a noun for people ("fishermen", "herders")."""
    if word.endswith("men"):
        return word[:-3] + "man" in people_nouns()
    return any(w in people_nouns() for w in uninflected(word, ing=False) if word.endswith("s"))


def _joining_hyphen(tok: Token) -> bool:
    """Whether a token is a hyphen joining the words on either side, with no space around it (a
    hyphenated name split by the tokenizer: "Port-Salut" as "Port", "-", "Salut")."""
    return (
        tok.text == "-"
        and not tok.whitespace_
        and 0 < tok.i < len(tok.doc) - 1
        and not tok.doc[tok.i - 1].whitespace_
    )


def _e_prefixed(tok: Token) -> bool:
    """Whether a word is written with "e-" before it, split off by the tokenizer ("e-mailed" as
    "e", "-", "mailed"), the three with no space between."""
    if tok.i < 2:
        return False
    e, dash = tok.doc[tok.i - 2], tok.doc[tok.i - 1]
    return e.lower_ == "e" and dash.text == "-" and dash.idx == e.idx + 1 and tok.idx == dash.idx + 1


def _gerund(tok: Token) -> bool:
    """A participle: tagged VBG, or an "-ing" word the tagger took for a noun while the parser gave
    it a reported clause ("…, writing: “We will not …”")."""
    if tok.tag_ == "VBG":
        return True
    return tok.tag_ == "NN" and tok.lower_.endswith("ing") and any(c.dep_ == "ccomp" for c in tok.children)


def _act_modifier(tok: Token, obj: Token) -> bool:
    """An "-ing" word the parser hung on a preposition's object as a modifier, the gerund of an
    act with its own object: "accused the firm of *smuggling* diesel" parsed as the noun compound
    "smuggling diesel", "of *looting* shops" as an adjective on "shops"."""
    return (
        tok.head.i == obj.i
        and tok.i < obj.i
        and tok.dep_ in ("compound", "amod")
        and tok.is_lower
        and tok.is_alpha
        and tok.lower_.endswith("ing")
        and len(tok.text) > 5
    )


def _finite_tag(verb: Token) -> str | None:
    """The tense tag of a verb group: its own (VBD "said") or its finite auxiliary's."""
    if verb.tag_ in _FINITE:
        return verb.tag_
    return next((a.tag_ for a in verb.children if a.dep_ in ("aux", "auxpass") and a.tag_ in _FINITE), None)


def _sorted_subtree(tok: Token, tokens: list[Token]) -> list[Token]:
    """All tokens from the leftmost to the rightmost of ``tok``'s subtree, in text order.

    ``Token.subtree`` lists a non-projective subtree out of order ("immigration … is in
    decline — a decline that …", where the apposition hangs on the subject).
    """
    ids = [t.i for t in tok.subtree]
    return tokens[min(ids) : max(ids) + 1]


def _reported_clause(tok: Token) -> bool:
    """Whether a coordinated verb opens with "that" or a quotation mark (a reported clause)."""
    first = tok.left_edge
    while first.i < tok.i and first.dep_ in ("cc", "punct") and first.text not in _MARK_TOKENS:
        first = tok.doc[first.i + 1]
    return first.text in _MARK_TOKENS or any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)


def _according_content(cue: Token) -> tuple[int, int] | None:
    """For "according to X, …": the rest of the clause, on the longer side of the phrase (all of a
    coordination the phrase closes)."""
    if cue.head.lemma_.lower() in _SAY:
        return None  # "…, Hewitt said, according to a transcript": the source of a source
    clause = cue.head
    while clause.dep_ == "conj" and clause.head.i < clause.i and cue.i > clause.i:
        clause = clause.head  # "Soldiers closed the market and detained nine traders, according to …"
    return _around(cue, clause)


def _around(cue: Token, clause: Token | None = None) -> tuple[int, int] | None:
    """The clause a parenthetical cue sits in (``clause``, else the cue's head), without the cue's
    own phrase: the longer side."""
    clause = cue.head if clause is None else clause
    if clause.i == cue.i:
        return None
    skip = {t.i for t in cue.subtree}
    for v in clause.children:
        # "The club will appeal, according to its lawyer, who said …": a relative clause on the
        # cue's object that the parser hung on the clause is the object's, not the content
        if (
            cue.right_edge.i < v.i
            and v.left_edge.i <= cue.right_edge.i + 2
            and any(
                c.dep_ in _SUBJECT_DEPS and c.lower_ in ("who", "which") and c.i < v.i for c in v.children
            )
        ):
            skip |= {t.i for t in v.subtree}
    left = [t for t in clause.subtree if t.i < cue.left_edge.i and t.i not in skip]
    right = [t for t in clause.subtree if t.i > cue.right_edge.i and t.i not in skip]
    # "Asked what he wants, Adelson said, “They have got to win.”": the quoted side, else the longer
    sides = [(any(t.text in _MARK_TOKENS for t in toks), _trim_tokens(toks)) for toks in (left, right)]
    best = max(sides, key=lambda x: (x[1] is not None, x[0], (x[1][1] - x[1][0]) if x[1] else -1))
    return best[1]


def _trim_tokens(toks: list[Token]) -> tuple[int, int] | None:
    """Offsets of a token run without leading/trailing punctuation and white space."""
    while toks and (toks[0].is_punct or toks[0].is_space):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks = toks[:-1]
    if not toks or not any(t.is_alpha for t in toks):
        return None
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def _subject(cue: Token, marked: Sequence[_Marked] = ()) -> tuple[Token | None, str]:
    """The speaker's head token for a cue verb, and how it was found.

    Walks up from participles and coordinated verbs ("…, adding that", "before explaining
    why", "a statement saying") to the clause that has the subject. A subject inside the
    quotation when the cue is outside it is a parse error: the name right beside the cue is
    taken instead ("“… Sen. John McCain,” Trump said").
    """

    def quoted(tok: Token) -> bool:
        return any(m.start <= tok.idx < m.end for m in marked)

    if (after := _speaker_after_labelled_quote(cue)) is not None:
        return after, "subject"  # 'Rescue: "We found four more" says diver': the label is a topic
    if not any(c.dep_ in _SUBJECT_DEPS for c in cue.children) and (
        name := next((c for c in cue.rights if c.dep_ == "ccomp" and _name_as_verb(c)), None)
    ):
        return name, "subject"  # '"…," said the headman, Aden Farah Roobled.': a name taken for a verb
    if (group := _compound_taken_for_verb(cue)) is not None:
        return group, "subject"  # "Aid workers in the camp warn that …": "Aid" tagged a verb
    if cue.pos_ == "NOUN" and cue.dep_ == "ROOT":
        # '"…," the pilot radioed.': the verb taken for a noun, its subject for the noun's modifier
        said = [
            c for c in cue.lefts if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") and not quoted(c)
        ]
        return (said[-1], "subject") if said else (None, "")
    if (agent := _passive_agent(cue)) is not None and not quoted(agent):
        return agent, "subject"  # "the residents were told by police that …": the police tell
    verb = cue
    for _ in range(4):
        # two subjects on one verb is a parse error ("…, X on a bus and Y on a train, the club
        # said": the list's first name hung on "said" too): the one nearest the verb is its own
        subj = min(
            (c for c in verb.children if c.dep_ in _SUBJECT_DEPS),
            key=lambda c: abs(c.i - verb.i),
            default=None,
        )
        if verb.dep_ == "relcl" and (subj is None or subj.lower_ in _RELATIVE):
            return verb.head, "relcl"
        if subj is not None and subj.lower_ in ("who", "which") and (first := _first_relative_of(verb)):
            return first.head, "relcl"  # "X, who warns …, and who says …": X
        if subj is not None:
            if subj.lower_ in _EXPLETIVE and subj.dep_ in ("nsubjpass", "expl"):
                return None, ""
            if subj.dep_ == "nsubjpass" and verb.i == cue.i:
                return None, ""  # "he was told that …": the speaker is not the subject
            if verb.i != cue.i and _passive(cue) and cue.dep_ == "conj":
                return None, ""  # "the firm had planned it but had been told that …": the firm is told
            if subj.dep_ == "nsubjpass" and cue.tag_ == "VBG" and verb.i < cue.i:
                # "13,000 people were evacuated, while the ministry put it at 9,400, saying …":
                # the parser hung the participle on the passive clause; the nearer active one speaks
                nearer = next(
                    (
                        c
                        for t in reversed(cue.doc[verb.i + 1 : cue.i])
                        if t.pos_ == "VERB"
                        for c in t.children
                        if c.dep_ == "nsubj"
                    ),
                    None,
                )
                if nearer is not None and not quoted(nearer):
                    return nearer, "subject"
            if quoted(subj) and not quoted(cue):
                return _beside(cue, quoted), "subject"
            if subj.lower_ in ("who", "which") and (source := _according_source_before(verb)) is not None:
                return source, "subject"
            if (body := _past_label_subject(subj)) is not None:
                return body, "subject"  # "Toll: the fishermen's cooperative says …": the label heads the line
            return subj, "subject"
        head = verb.head
        if head.i == verb.i:
            break
        if verb.dep_ == "conj" and verb.i == cue.i and (outer := _passive_report_of(head)) is not None:
            verb = outer  # "It said six men were held and denounced …": the reporter denounces
        elif (
            verb.dep_ == "conj" and verb.i == cue.i and (outer := _coordinated_cue_of(head, cue)) is not None
        ):
            verb = outer  # "X said that the firm paid and insisted that …": X insists, not the firm
        elif verb.dep_ == "conj" and verb.i == cue.i and (outer := _sayer_past_quotation(cue, marked)):
            verb = outer  # 'X said it was "a sham" and called on Y to …': X calls, not "it"
        elif (
            verb.dep_ == "conj"
            and head.dep_ == "ROOT"
            and head.pos_ == "PROPN"
            and head.i < verb.i
            and any(c.dep_ == "relcl" for c in head.children)
            and not quoted(head)
        ):
            # "Ana Ruiz, who runs the clinic, closed it and said …": the parser made the name the
            # sentence's root, its relative clause set off, and hung both verbs on it
            return head, "subject"
        elif verb.i == cue.i and _participle_on_report(cue):
            # "X said the council had been warned, adding that it was “reckless”": the participle
            # the parser hung on the reported clause is the reporter's, X's
            verb = head.head
        elif verb.dep_ in ("conj", "xcomp", "advcl"):
            verb = head
        elif verb.dep_ == "ccomp" and _reporting_participle(verb) and head.pos_ == "VERB" and head.i < verb.i:
            # "X confirmed that in a post, writing that …": the parser took the participle for a report
            verb = head
        elif verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.i != head.i:
            verb = head.head
        elif verb.dep_ == "acl" and head.pos_ == "NOUN" and head.dep_ in ("dobj", "pobj", "attr"):
            verb = head.head if head.dep_ != "pobj" else head.head.head
        elif (
            verb.dep_ == "acl"
            and verb.i == cue.i
            and head.dep_ == "ROOT"
            and head.pos_ in ("NOUN", "PROPN")
            and verb.i == head.i + 1
            and any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)
            and not any(c.dep_ == "auxpass" for c in verb.children)
        ):
            # "A nurse replied by text message that …": the parser took the verb for a participle on
            # the sentence's noun, left with no verb of its own; that noun is the subject
            return head, "subject"
        else:
            break
    # "“…,” its chief executive, Ana Ruiz, told": the speaker hung on the quotation as an apposition
    comp = next((c for c in cue.children if c.dep_ == "ccomp" and c.i < cue.i), None)
    if comp is not None and (appos := _apposed_after_quote(comp, cue, cue.doc)) is not None:
        return appos, "subject"
    appos = _fronted_apposition(cue)
    if appos is not None and not quoted(appos):
        return appos, "subject"
    if (named := _subject_before_relative(cue)) is not None and not quoted(named):
        return named, "subject"
    return None, ""


def _sayer_past_quotation(cue: Token, marked: Sequence[_Marked]) -> Token | None:
    """The verb of saying whose quotation a second cue is coordinated after, when the parser hung the
    cue on the quoted words: 'X said "enough is enough" and called on Y to …', 'X said the strike was
    "a last resort", and urged …' (the cue coordinated with the reported clause, a quotation mark
    closing between them), 'X said: "… . The money must be paid," and called on …' (the cue on the
    root of a quoted sentence, the saying verb's sentence the one the quotation opens in). The cue
    has no subject of its own and stands outside the marks. None otherwise."""
    doc = cue.doc
    if any(c.dep_ in (*_SUBJECT_DEPS, "expl") for c in cue.children):
        return None
    if any(m.start <= cue.idx < m.end for m in marked):
        return None
    head = cue.head
    if not any(t.is_quote for t in doc[head.i + 1 : cue.i]):
        return None  # no quotation closes between the clause and the cue
    if head.dep_ == "ccomp" and head.head.i < head.i and head.head.lemma_.lower() in _SAY:
        return head.head
    inside = next((m for m in marked if m.start <= head.idx < m.end), None)
    if head.dep_ == "ROOT" and inside is not None and inside.start > 0:
        opener = doc.char_span(inside.start - 1, inside.start, alignment_mode="expand")
        if opener is not None and len(opener):
            root = opener[0].sent.root
            if root.i < opener[0].i and root.lemma_.lower() in _SAY:
                return root
    return None


def _participle_on_report(cue: Token) -> bool:
    """Whether a speech participle ("adding", "arguing") hangs on a clause another speech verb reports
    ("X said the council had been warned, arguing that …"), so that it is that verb's subject's: the
    participle is "adding", or the reported clause is passive (its subject acted on, not speaking)."""
    head = cue.head
    if cue.tag_ != "VBG" or cue.dep_ != "advcl" or head.dep_ != "ccomp" or head.head.i > head.i:
        return False
    if head.head.lemma_.lower() not in _SAY or not any(c.dep_ == "nsubj" for c in head.head.children):
        return False
    if any(t.dep_ == "nsubj" for t in cue.doc[head.i + 1 : cue.i]):
        return False  # "… were evacuated, while the ministry put it at 9,400, saying …": the nearer one
    return cue.lemma_.lower() == "add" or any(c.dep_ == "nsubjpass" for c in head.children)


def _told_by_no_one(cue: Token) -> bool:
    """Whether a cue is passive with no one named as its agent ("had been warned that …", "was told
    that …", "planned it but was told that …"), so that its report has no speaker of its own."""
    return _passive(cue) and not any(c.dep_ == "agent" for c in cue.children)


def _passive_agent(cue: Token) -> Token | None:
    """The one a passive cue names as its agent, who spoke: "were told *by police* that …", "was
    warned by the ministry's engineers that …" (a name, a noun for people or a body; "by letter" is a
    channel). None for an active cue or one with no such agent."""
    if not _passive(cue):
        return None
    for c in cue.children:
        if c.dep_ == "agent":
            by = next((o for o in c.children if o.dep_ == "pobj"), None)
            if by is not None and (
                by.pos_ == "PROPN"
                or by.lemma_.lower() in people_nouns()
                or by.lemma_.lower() in _body_nouns()
            ):
                return by
    return None


def _passive(verb: Token) -> bool:
    """Whether a verb is passive: a passive subject or auxiliary of its own ("was told", "had been
    warned"; a conjunct's "but had been told" shares the first verb's subject)."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _first_relative_of(verb: Token) -> Token | None:
    """The first of two coordinated relative clauses, whose antecedent a second "who" or "which" also
    takes up: "X, who warns that …, and who says …" (the parser hangs the second on the first, or
    on the noun it qualifies, as a conjunct). None when ``verb`` is no such conjunct."""
    if verb.dep_ != "conj" or verb.head.i > verb.i:
        return None
    head = verb.head
    if head.dep_ == "relcl":
        return head
    # hung on the noun: that noun's own relative clause (or its apposition's) comes first
    for n in (head, *(c for c in head.children if c.dep_ == "appos")):
        clause = next((c for c in n.children if c.dep_ == "relcl" and c.i < verb.i), None)
        if clause is not None:
            return clause
    # hung on the first clause's report ("who warns that the reef will take years …, and who says …"):
    # the relative clause that report is part of
    for _ in range(4):
        if head.dep_ not in ("ccomp", "xcomp", "advcl", "conj") or head.head.i == head.i:
            break
        head = head.head
        if head.dep_ == "relcl":
            return head
    return None


def _named_before_apposition(noun: Token) -> Token:
    """The name a relative clause's antecedent describes as an apposition, else the antecedent:
    "Ana Ruiz, a farmer who warns …" -> Ruiz (the person), "the farmer who warns" -> farmer."""
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN" and noun.head.i < noun.i and noun.pos_ == "NOUN":
        return noun.head
    return noun


def _compound_taken_for_verb(cue: Token) -> Token | None:
    """The subject group of a plural present cue whose sentence opens with a noun compound the
    tagger read as a verb and its object ("Aid workers in the camp warn that …", "Rescue teams
    say …"): the opening word, whose subtree is the group, stands for the speaker."""
    if cue.tag_ != "VBP" or any(c.dep_ in _SUBJECT_DEPS for c in cue.children):
        return None
    first = next((c for c in cue.lefts if c.dep_ == "csubj"), None)
    if first is None or first.tag_ != "VB" or not first.is_title or first.i != first.sent.start:
        return None
    obj = first.doc[first.i + 1]
    if obj.head.i != first.i or obj.dep_ != "dobj" or obj.tag_ != "NNS":
        return None
    return first


def _reporting_participle(verb: Token) -> bool:
    """Whether a verb is a participle the parser made a clause's report, with no subject of its own
    ("confirmed that in a post on its page, writing that …": "that" was the thing confirmed)."""
    return (
        verb.dep_ == "ccomp"
        and verb.tag_ == "VBG"
        and not any(c.dep_ in (*_SUBJECT_DEPS, "aux", "expl") for c in verb.children)
        and verb.doc[verb.i - 1].text == ","
    )


def _past_label_subject(subj: Token) -> Token | None:
    """The subject the parser hung in apposition on a run-in label that opens its line and that it
    took for the subject ("Toll: *the fishermen's cooperative* says …"); None for any other subject."""
    doc = subj.doc
    if subj.i + 1 >= len(doc) or doc[subj.i + 1].text != ":" or subj.left_edge.i != subj.i:
        return None
    if subj.i > 0 and "\n" not in doc[subj.i - 1].text_with_ws and not doc[subj.i].is_sent_start:
        return None
    return next((c for c in subj.rights if c.dep_ == "appos" and c.i > subj.i + 1), None)


def _speaker_after_labelled_quote(cue: Token) -> Token | None:
    """The speaker of a headline made of a label, a colon, a quotation and an inverted cue with a
    short phrase closing the line ('Rescue: "We found four more" says diver', 'Storm: "The roof went"
    says rescued pensioner'): the phrase after the cue speaks, whatever the parser made of it, and the
    label before the colon is the story's topic, not its subject. None for any other cue."""
    doc = cue.doc
    if cue.i < 4 or doc[cue.i - 1].text not in ('"', "”", "''", "’") or cue.tag_ not in ("VBZ", "VBD"):
        return None
    opening = next(
        (t for t in reversed(doc[: cue.i - 1]) if t.text in ('"', "“", "``", "‘") or "\n" in t.text_with_ws),
        None,
    )
    if opening is None or "\n" in opening.text_with_ws or opening.i < 2 or doc[opening.i - 1].text != ":":
        return None
    k = cue.i + 1
    phrase: list[Token] = []
    while k < len(doc) and not doc[k].is_punct and not doc[k].is_space and len(phrase) <= 4:
        phrase.append(doc[k])
        if "\n" in doc[k].whitespace_ or "\n" in doc[k].text_with_ws[len(doc[k].text) :]:
            break
        k += 1
    if not phrase or len(phrase) > 4 or any(t.pos_ not in _PHRASE_POS or t.pos_ == "PRON" for t in phrase):
        return None
    last = phrase[-1]
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    end_line = (
        nxt is None or "\n" in last.whitespace_ or nxt.text == "." or (nxt.is_space and "\n" in nxt.text)
    )
    if not end_line or last.pos_ not in ("NOUN", "PROPN"):
        return None
    return last


def _subject_before_relative(cue: Token) -> Token | None:
    """ "Ana Ruiz, whose son is among the missing, said …": the parser read the relative clause as a
    clause the cue reports and hung the name on it as its subject; the noun set off by a comma just
    before "who"/"whose", in a clause before the cue that ends with a comma, is the speaker."""
    doc = cue.doc
    if cue.i < 4 or doc[cue.i - 1].text != ",":
        return None
    for comp in cue.children:
        if comp.dep_ != "ccomp" or comp.i > cue.i:
            continue
        for subj in comp.children:
            if (
                subj.dep_ in _SUBJECT_DEPS
                and subj.pos_ in ("PROPN", "NOUN")
                and subj.i + 2 < comp.i
                and doc[subj.i + 1].text == ","
                and doc[subj.i + 2].lower_ in ("who", "whose")
            ):
                return subj
    return None


def _according_source_before(verb: Token) -> Token | None:
    """ "…, according to a spokesman for the club, who said …": the source an "according to" just
    before a verb names, when the parser hung the relative clause on it as a clause of its own
    (its "who" is that source); None otherwise."""
    if verb.dep_ == "relcl" or verb.head.i == verb.i:
        return None
    for a in verb.head.children:
        if a.lower_ == "according" and a.i < verb.i and verb.left_edge.i <= a.right_edge.i + 2:
            to = next((t for t in a.children if t.lower_ == "to"), None)
            return next((o for o in to.children if o.dep_ == "pobj"), None) if to is not None else None
    return None


def _coordinated_cue_of(clause: Token, cue: Token) -> Token | None:
    """The verb of saying a second cue is coordinated with when the parser hung it on the first
    cue's reported clause instead: "X said *that* the firm had paid and insisted that …" makes
    "insisted" a conjunct of "paid", but a clause opened by "that" and a cue with a reported clause
    of its own after it are two reports of one speaker. None for any other clause."""
    if clause.dep_ != "ccomp" or clause.head.i > clause.i or clause.head.pos_ != "VERB":
        return None
    if (second := _cue_conjunct(clause.head, clause)) is not None and second.i == cue.i:
        return clause.head  # "X found that the search was unlawful, and ordered a retrial"
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return None
    return clause.head if any(c.dep_ == "ccomp" and c.i > cue.i for c in cue.children) else None


def _cue_conjunct(cue: Token, comp: Token) -> Token | None:
    """A verb the parser coordinated with the reported clause ``comp`` that is the cue's own second
    verb: no subject of its own, the cue's tense, after "and", where the clause differs from it (a
    modal or perfect: "concluded that the vote had been fair, and rejected the appeal") or is a
    copula set off by a comma ("found that the search was unlawful, and ordered a retrial"). After a
    verdict ("found", "ruled") a copula or passive clause about a thing needs no comma when the verb
    has an object: a ban or a search orders nothing ("ruled that the ban was void and ordered the
    state to lift it"), unlike a person ("found that the pilot was tired and misread the gauge"). "said
    the army attacked the town and killed ten" keeps both verbs in what was said, and so does a
    conjunct holding a quotation ('and called it "a lie"': a mixed quote's part)."""
    if comp.i < cue.i or cue.tag_ not in ("VBD", "VBZ") or cue.dep_ == "relcl":
        return None  # "the third time X said it had … and represented …": the main clause's verb
    for c in comp.rights:
        if c.dep_ != "conj" or c.pos_ != "VERB" or c.tag_ != cue.tag_:
            continue
        if any(x.dep_ in (*_SUBJECT_DEPS, "expl") for x in c.children):
            continue
        if any(t.is_quote for t in c.subtree):
            continue  # 'and called the strike "illegal"': the quoted words keep the whole a mixed quote
        joint = c.doc[c.left_edge.i - 1]
        if joint.lower_ != "and":
            continue
        comma = c.doc[joint.i - 1].text == ","
        modal = any(a.dep_ == "aux" and (a.tag_ == "MD" or a.lemma_ == "have") for a in comp.children)
        copula = comp.lemma_ == "be" and any(a.dep_ in ("acomp", "attr") for a in comp.children)
        if modal or (comma and copula):
            return c
        if (
            cue.lemma_.lower() in _VERDICT_CUES
            and (copula or any(a.dep_ == "auxpass" for a in comp.children))
            and _thing_subject(comp)
            and any(x.dep_ in ("dobj", "dative", "xcomp", "ccomp") for x in c.children)
        ):
            return c
    return None


# verbs of a verdict, whose clause about a thing ends at a second verb of the judge's own ("ruled that
# the ban was void and ordered …")
_VERDICT_CUES = frozenset({"find", "rule", "hold", "conclude", "decide", "determine", "declare"})


def _thing_subject(clause: Token) -> bool:
    """Whether the subject of ``clause`` is a common noun for a thing, not for people or a body: no
    name, no pronoun, no noun of :func:`people_nouns` ("the eviction", "the search", not "the
    officers", "the council", "it")."""
    subj = next((c for c in clause.children if c.dep_ in _SUBJECT_DEPS), None)
    return (
        subj is not None
        and subj.pos_ == "NOUN"
        and not subj.ent_type_
        and subj.lemma_.lower() not in people_nouns()
        and subj.lower_ not in people_nouns()
    )


def _passive_report_of(clause: Token) -> Token | None:
    """The verb of saying whose reported clause is ``clause`` when that clause is in the passive
    with no active subject ("It said six men were held"): a speech verb the parser coordinated
    with such a clause ("… were held and denounced the firm") shares the reporter, not the
    patients of the passive; None otherwise. A passive with its auxiliary left out, coordinated
    after it ("… had been killed and eight people wounded, and accused …"), counts as the same."""
    while (
        clause.dep_ == "conj"
        and clause.head.i < clause.i
        and clause.tag_ in ("VBN", "VBD")
        and not any(c.dep_ in ("aux", "auxpass") for c in clause.children)
        and any(c.dep_ == "auxpass" for c in clause.head.children)
    ):
        clause = clause.head
    outer = clause.head
    if clause.dep_ != "ccomp" or outer.i == clause.i or outer.lemma_.lower() not in _SAY:
        return None
    deps = {c.dep_ for c in clause.children}
    return outer if "nsubjpass" in deps and "nsubj" not in deps else None


def _fronted_apposition(cue: Token) -> Token | None:
    """ "In Bamako, the agency's regional director, Tom Weller, told reporters …" / "Speaking in
    Nairobi, its director, X, said …": the parser took the speaker for an apposition of the
    fronted phrase's noun and left the cue, the sentence's root, without a subject. The speaker
    is the outermost apposition that ends right before ", <cue>" and opens after a comma, with no
    "and" in it; None otherwise. An age set off after the name ("In Tarn, Ola Berg, 54, said") is
    the name's, not the speaker: the name before it is taken, even where the parser coordinated it
    with the place."""
    doc = cue.doc
    if cue.dep_ != "ROOT" or cue.i < 3 or doc[cue.i - 1].text != ",":
        return None
    end = cue.i - 2
    aged = doc[end].tag_ == "CD" and end >= 4 and doc[end - 1].text == "," and _named_person(doc[end - 2])
    if aged:
        end -= 2  # ", 54,": the age of the name before it
    t = doc[end]
    for _ in range(6):
        if t.dep_ == "appos" and t.head.dep_ != "appos":
            break
        if aged and t.dep_ == "conj" and _named_person(t) and t.head.dep_ == "pobj":
            break  # "At the market in Tarn, Ola Berg, 54, said": the name coordinated with the place
        if t.head.i == t.i or t.head.i >= cue.i:
            return None
        t = t.head
    if (
        t.dep_ not in ("appos", "conj")
        or (t.dep_ == "conj" and not aged)
        or t.pos_ not in ("NOUN", "PROPN")
        or t.right_edge.i < end
        or t.head.i > t.i
    ):
        return None
    return t if _set_off_before(t, cue) else None


def _named_person(tok: Token) -> bool:
    """A person's name by the tagger, or a proper noun it gave no type ("Tia Lomu" read as no
    entity): before an age set off by commas, a name is a person's."""
    return tok.ent_type_ == "PERSON" or (tok.tag_ == "NNP" and not tok.ent_type_)


# a quotation's attribution in brackets after it: 'CLAIM: "…" (Party leader, on a radio phone-in)'
_BRACKETED = re.compile(
    r"[\"”’'».,!?…]*[\"”’'»][.,]?[ \t]*\((?P<who>[A-Z][^()\n,;:]{1,60}?),[ \t]*"
    r"(?:on|in|via|during|to|at)[ \t]+(?:(?:a|an|the|his|her|their|its)[ \t]+)?(?P<how>[^()\n,;]{2,60}?)\)"
)


def _bracketed_attribution(text: str, end: int) -> re.Match[str] | None:
    """The attribution in brackets right after a quotation that ends at ``end``: "(<speaker>, <on
    or in> <channel>)", as a fact-check page sets the claim it checks; None when none follows."""
    return _BRACKETED.match(text, end)


def _bracketed_speaker(said: re.Match[str], entities: Sequence[Entity]) -> Speaker:
    """The speaker a bracketed attribution names (:func:`_bracketed_attribution`): the entity one of
    whose mentions it overlaps, or the phrase (a role is a speaker too)."""
    s, e = said.span("who")
    last = said["who"].rsplit(None, 1)[-1]  # "Council candidate": the council is not the speaker
    ent = entity_at(entities, e - len(last), e)
    return Speaker(ent.id if ent is not None else None, said["who"], s, e)


def _same_unnamed(doc: Doc, pronoun: Token, prev: _Draft) -> bool:
    """Whether a pronoun speaker takes up the unnamed speaker of the quote before it: a
    phrase headed by a noun for people ("two diplomats", "a police spokesman") of the same
    number ("they" a plural, "he"/"she" a singular), in the same or the previous sentence."""
    sp = prev.speaker
    if sp is None or sp.end <= sp.start or prev.cue is None:
        return False
    span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    if span is None or span.root.pos_ != "NOUN" or span.root.lemma_.lower() not in people_nouns():
        return False  # "her account", "the book": no one a pronoun of a speaker takes up
    said, here = span.root.sent, pronoun.sent
    # a chain of pronouns ("X gave an account. …, they said … They denied …"): the speaker the
    # last quote's own pronoun took up is as near as that quote's cue
    chained = any(c.dep_ == "nsubj" and c.lower_ in _PERSONAL for c in prev.cue.children)
    near = (said, prev.cue.sent) if chained else (said,)
    if all(x.start != here.start and x.end != here.start for x in near):
        return False  # not the same or the previous sentence: too far to take up
    plural = span.root.tag_ in ("NNS", "NNPS")
    return plural == (pronoun.lower_ in ("they", "them"))


def _beside(cue: Token, quoted: Callable[[Token], bool]) -> Token | None:
    """A name or pronoun right beside the cue and outside the quotation ("…,” Trump said)."""
    doc = cue.doc
    for i in (cue.i - 1, cue.i + 1):
        if 0 <= i < len(doc):
            t = doc[i]
            if t.pos_ in ("PROPN", "PRON") and not quoted(t) and t.lower_ not in _RELATIVE:
                return t
    # "…,” its chief executive, Ana Ruiz, told …": the name in apposition to a role before the cue
    if cue.i >= 2 and doc[cue.i - 1].text == ",":
        name, role = doc[cue.i - 2], doc[cue.i - 2].head
        if (
            name.pos_ == "PROPN"
            and name.dep_ == "appos"
            and role.pos_ == "NOUN"
            and role.i < name.i
            and not quoted(name)
            and not quoted(role)
        ):
            return name
    return None


def _may_be(speaker: Speaker | None, pronoun: str, entities: Sequence[Entity]) -> bool:
    """Whether "he" or "she" may refer to ``speaker``: False for no speaker, and for one named with
    the other pronoun or with a given name of the other gender (``first_names.tsv``); True when
    nothing tells."""
    if speaker is None:
        return False
    gender = {"he": "m", "she": "f"}
    said = speaker.text.lower()
    if said in gender:
        return gender[said] == gender[pronoun]
    ent = next((e for e in entities if e.id == speaker.entity), None) if speaker.entity else None
    # a given name tells only of a person; a courtesy word ("Doña Elvira Castro") however the tagger
    # typed the name
    known = None if ent is None else _named_gender(ent) if ent.type == "PERSON" else _honorific_gender(ent)
    return known is None or known == gender[pronoun]


def _cue_subject_before(
    pronoun: Token, ent: Entity, prev: _Draft | None, entities: Sequence[Entity]
) -> Entity | None:
    """The person who spoke the quote before, for a "he" or "she" linked to another entity ``ent``
    that no name re-introduced since that quote's sentence: "Marek said Dalberg Shipping would contest
    it. “…,” he said" is Marek's, never the body (or a name in what Marek said). None when the quote
    before has no named person for a speaker, the pronoun cannot be that person, or ``ent`` is named
    after that sentence ("Marek said … Berg flew in later. “…,” he said" may be Berg's)."""
    said = _entity_of(prev.speaker, entities) if prev is not None else None
    if prev is None or prev.cue is None or said is None or said.id == ent.id or said.type != "PERSON":
        return None
    if prev.start <= pronoun.idx < prev.end or not _may_be(prev.speaker, pronoun.lower_, entities):
        return None
    since = max(prev.cue.sent.end_char, prev.end)
    if since > pronoun.idx or any(
        since <= m.start < pronoun.idx for m in ent.mentions if m.kind in ("name", "alias")
    ):
        return None
    return said


def _entity_of(speaker: Speaker | None, entities: Sequence[Entity]) -> Entity | None:
    """The entity a speaker is linked to, or None."""
    if speaker is None or speaker.entity is None:
        return None
    return next((e for e in entities if e.id == speaker.entity), None)


def _person_like(ent: Entity | None) -> bool:
    """Whether "he" or "she" may stand for ``ent``: a person, no entity (nothing tells), or a name
    the tagger may have taken for a body: one that opens with a given name ("Elena Kell" typed
    ORG), a lone surname ("Bozell said"), or one the entities stage already took up with "he" or
    "she". Not a place, nor a body by its name's look ("CNN", "Dalmor Mining")."""
    if ent is None or ent.type == "PERSON":
        return True
    if ent.type != "ORG":
        return False
    words = ent.name.split()
    if not words or words[0] in first_names() or words[0] in courtesy_words():
        return True
    if any(m.text.lower() in ("he", "she", "him", "her", "his") for m in ent.mentions):
        return True
    return len(words) == 1 and not words[0].isupper()


def _honorific_gender(ent: Entity) -> str | None:
    """The gender ("m"/"f") a courtesy word opening an entity's name marks ("Doña Elvira Castro"
    "f", "Seu Jorge Lima" "m"): a person's name whatever its type; None for a name with none (or a
    one-word name: "Don" alone is a given name)."""
    words = ent.name.split()
    return courtesy_words().get(words[0]) if len(words) > 1 else None


def _described_person(ent: Entity, doc: Doc, roles: Collection[str]) -> bool:
    """Whether a mention of the name ``ent`` is followed by a description of a person set off by a
    comma ("Bat-Erdene Ganbold, a shop owner,", "X, the head of the union,"): a person's name the
    tagger took for a body's. The description opens with an article and its noun is in ``roles``."""
    if not roles:
        return False
    for m in ent.mentions:
        if m.kind not in ("name", "alias"):
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.end + 2 >= len(doc) or doc[span.end].text != ",":
            continue
        if doc[span.end + 1].lower_ not in ("a", "an", "the"):
            continue
        for t in doc[span.end + 2 : min(len(doc), span.end + 7)]:
            if t.is_punct:
                break
            if t.pos_ == "NOUN" and t.lemma_.lower() in roles and doc[t.i + 1].pos_ not in ("NOUN", "PROPN"):
                return True
    return False


#: how many sentences before a pronoun's own the last person named is looked for
_PERSON_WINDOW = 3


def _account_owner(
    head: Token, speaker: Speaker, entities: Sequence[Entity], records: Collection[str]
) -> Speaker:
    """The person whose account "according to his account" / "according to her statement" gives:
    the person the entities stage took the possessive up with, else the nearest fitting person
    named before it (as for "he said"); the body named after "from" or "by" ("according to a
    statement from X"); ``speaker`` itself when the noun is no account or record, the possessive no
    "his" or "her", or no person fits."""
    if not ({head.lemma_.lower(), head.lower_} & set(records)):
        return speaker
    # "according to a statement from Halvorsen Steel" (or "issued by"): the body it came from
    preps = [p for p in head.rights if p.dep_ == "prep" and p.lower_ in ("from", "by")]
    preps += [
        p for a in head.rights if a.dep_ == "acl" and a.tag_ == "VBN" for p in a.children if p.dep_ == "agent"
    ]
    source = next((o for p in preps for o in p.children if o.dep_ == "pobj"), None)
    ent = entity_at(entities, source.idx, source.idx + len(source)) if source is not None else None
    if ent is not None:
        return Speaker(ent.id, speaker.text, speaker.start, speaker.end)
    poss = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
    if poss is None:
        return speaker
    ent = entity_at(entities, poss.idx, poss.idx + len(poss))
    if ent is None or ent.type != "PERSON":
        ent = _last_person(poss, entities, "he" if poss.lower_ == "his" else "she")
    return Speaker(ent.id, speaker.text, speaker.start, speaker.end) if ent is not None else speaker


def _role_holder(noun: Token, owner_id: str, entities: Sequence[Entity]) -> Entity | None:
    """The one person named before ``noun`` whose role (the entities stage's ``role``) is that noun
    for the owner: "lawyer for Tom Berg" or "Tom Berg's lawyer" for "his lawyer" when "his" is Tom
    Berg; None when no person or more than one holds it."""
    owner = next((x for x in entities if x.id == owner_id), None)
    if owner is None:
        return None
    names = {owner.name} | {m.text for m in owner.mentions if m.kind in ("name", "alias")}
    words = {noun.lower_, noun.lemma_.lower()}
    found = [
        x
        for x in entities
        if x.type == "PERSON"
        and x.id != owner_id
        and any(m.start < noun.idx for m in x.mentions)
        and (role := str(x.attributes.get("role", "")))
        and words & set(re.findall(r"[\w-]+", role.lower()))
        and any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", role) for n in names)
    ]
    return found[0] if len(found) == 1 else None


def _last_mention_start(e: Entity, lo_char: int, hi_char: int, quoted: tuple[int, int]) -> int | None:
    """Start of ``e``'s last mention within ``lo_char``..``hi_char`` and outside ``quoted`` (start
    and end of a quotation), the latest naming a pronoun may take up; None when there is none."""
    starts = [
        m.start
        for m in e.mentions
        if lo_char <= m.start and m.end <= hi_char and not quoted[0] <= m.start < quoted[1]
    ]
    return max(starts) if starts else None


def _other_sex(ent: Entity, pronoun: str) -> bool:
    """Whether a person's given name (``first_names.tsv``) or honorific ("Doña", "Mr") tells the sex
    the other pronoun than ``pronoun`` ("he" or "she") stands for; False when nothing tells."""
    known = _named_gender(ent)
    return known is not None and known != {"he": "m", "she": "f"}[pronoun]


def _named_gender(ent: Entity) -> str | None:
    """The gender ("m"/"f") a name marks by its courtesy word (:func:`_honorific_gender`), else by its
    given name (``first_names.tsv``); None when neither tells."""
    words = ent.name.split()
    return _honorific_gender(ent) or (first_names().get(words[0]) if words else None)


def _last_person(
    pronoun: Token,
    entities: Sequence[Entity],
    gender: str | None = None,
    quoted: tuple[int, int] = (0, 0),
    roles: Collection[str] = (),
) -> Entity | None:
    """The person a "he" or "she" takes up when the last speaker was a body: the person (an entity
    of type PERSON, of the pronoun's gender where the given name tells; ``gender`` "he" or "she"
    for a possessive) named last before the pronoun, in its sentence or the few before it; None
    when there is none. A mention inside ``quoted`` (the quotation just before, start and end)
    counts for nothing: a name in someone's words is no antecedent. A named entity, where the
    events stage's ``_Generic.antecedent`` takes a noun no entity covers; the two share only the
    reach back (:func:`window_start`)."""
    lo = window_start(pronoun, _PERSON_WINDOW)
    lo_char, hi_char = pronoun.doc[lo].idx, pronoun.idx
    best: tuple[int, Entity] | None = None
    for e in entities:
        person = e.type == "PERSON" or (
            e.type == "ORG" and (_honorific_gender(e) is not None or _described_person(e, pronoun.doc, roles))
        )
        if not person or not _may_be(Speaker(e.id, e.name, 0, 0), gender or pronoun.lower_, entities):
            continue
        last = _last_mention_start(e, lo_char, hi_char, quoted)
        if last is not None and (best is None or last > best[0]):
            best = (last, e)
    return best[1] if best is not None else None


def _person_before(pronoun: Token, entities: Sequence[Entity], roles: Collection[str] = ()) -> Entity | None:
    """The named person a "he" or "she" speaker takes up: the subject of the sentence just before,
    when that is a person's name (an entity of type PERSON, or a name the tagger took for a body
    with a noun for a person in ``roles`` in apposition: "X Y Z, the head of the union, addresses
    …") and that sentence quotes no one (a quote's own speaker is taken up by the last-speaker
    rule); else the person a photo caption above names (:func:`_captioned_person`); None otherwise."""
    before, subj = _subject_before(pronoun)
    if subj is None or subj.pos_ != "PROPN" or any(t.text in ('"', "“", "”", "``", "''") for t in before):
        return _captioned_person(pronoun, entities)
    ent = entity_at(entities, subj.idx, subj.idx + len(subj))
    if ent is None or ent.type in ("GPE", "LOC", "NORP"):
        return _captioned_person(pronoun, entities)
    if (
        ent.type == "PERSON"
        or _honorific_gender(ent) is not None
        or any(c.dep_ == "appos" and c.lemma_.lower() in roles for c in subj.children)
    ):
        return ent
    return _captioned_person(pronoun, entities)


def _captioned_person(pronoun: Token, entities: Sequence[Entity]) -> Entity | None:
    """The person a photo caption above names, whom a "he" or "she" takes up: the one person named in
    a verbless line of its own ("Ana Ruiz, the port's director, at the quay on Monday.") within the
    few sentences before the pronoun's, when no other person is named between that line and the
    pronoun; None otherwise. Apart from the times stage's ``_caption_line`` (a label, a credit or
    a gallery's counter) on purpose: a caption that names the person a "he" takes up is mostly an
    unlabelled line of a name and a place, and a line with a verb is a sentence of the story."""
    doc = pronoun.doc
    sent = pronoun.sent
    for _ in range(_PERSON_WINDOW):
        if sent.start == 0:
            return None
        sent = doc[sent.start - 1].sent
        lo = sent.start_char
        line = sent.text.rstrip()  # the span's own text: without the blank line a sentence may end with
        hi = lo + len(line)
        caption = (
            not any(t.pos_ in ("VERB", "AUX") for t in sent)
            and (lo == 0 or doc.text[lo - 1] == "\n")
            and doc.text[hi : hi + 1] in ("\n", "")
            and "\n" not in line
        )
        named = [
            e for e in entities if e.type == "PERSON" and any(lo <= m.start < pronoun.idx for m in e.mentions)
        ]
        if caption:
            inside = [e for e in named if any(lo <= m.start < hi for m in e.mentions)]
            return inside[0] if len(named) == 1 and len(inside) == 1 else None
        if named:
            return None
    return None


#: a photo's credit closing its caption line: "… on Monday. (Photo: Jo Roe/Agency)", "(Agency photo)",
#: "… on Monday. Photo: Jo Roe / Agency", "— Picture by Jo Roe"
_PHOTO_CREDIT = re.compile(
    r"(?i)(?:[(\[][^()\[\]\n]{0,40}\b(?:photo(?:graph)?|picture|image|credit)s?\b[^()\[\]\n]{0,60}[)\]]"
    r"|(?:[.!?\"”’]\s+|[—–]\s*)(?:photo(?:graph)?|picture|image|credit)s?(?:\s+by\b|\s*:)[^\n]{1,60})[ \t]*$"
)


def _caption_line(text: str, char: int) -> bool:
    """Whether the line holding ``char`` is a photo's caption: a line that ends with the photo's
    credit. A caption stands apart from the story around it, so its pronouns look no further back
    than its own line."""
    start = text.rfind("\n", 0, char) + 1
    end = text.find("\n", char)
    return bool(_PHOTO_CREDIT.search(text, start, len(text) if end < 0 else end))


def _caption_person(pronoun: Token, entities: Sequence[Entity]) -> Entity | None:
    """The person a caption's "he" or "she" takes up: the person named last (by name, not by a
    pronoun) on the caption's own line before the pronoun, when the pronoun may be that person;
    when the line names no one before it, the person a verbless caption line just above names
    (:func:`_captioned_person`), else None."""
    text = pronoun.doc.text
    start = text.rfind("\n", 0, pronoun.idx) + 1
    best: tuple[int, Entity] | None = None
    for e in entities:
        if e.type != "PERSON":
            continue
        starts = [
            m.start for m in e.mentions if m.kind != "pronoun" and start <= m.start and m.end <= pronoun.idx
        ]
        if starts and (best is None or max(starts) > best[0]):
            best = (max(starts), e)
    if best is None:
        return _captioned_person(pronoun, entities)  # a verbless caption line just above names them
    return best[1] if _may_be(Speaker(best[1].id, best[1].name, 0, 0), pronoun.lower_, entities) else None


def _named_in_quote(ent: Entity, pronoun: Token, prev: _Draft | None, entities: Sequence[Entity]) -> bool:
    """Whether the person a "he" or "she" speaker was linked to was last named inside the quotation
    just before (a direct or mixed quote's content) and is not its speaker, who stands outside it:
    a name inside someone's words is no antecedent of the next "he said" ("“We told Ana Ruiz it
    was unsafe,” said Ostrander. He said …": Ostrander)."""
    if prev is None or prev.kind == "indirect" or prev.speaker is None or prev.speaker.entity == ent.id:
        return False
    sp = prev.speaker
    if (prev.start < sp.end and sp.start < prev.end) or prev.start <= pronoun.idx < prev.end:
        return False  # a speaker or the pronoun inside the content (a turn): no quotation to look past
    named = [m.start for m in ent.mentions if m.kind != "pronoun" and m.end <= pronoun.idx]
    return bool(named) and prev.start <= max(named) < prev.end


def _named_only_inside(ent: Entity, pronoun: Token, d: _Draft) -> bool:
    """Whether the entity a "he" or "she" speaker was linked to is named, before the pronoun, only
    inside the content of the direct or mixed quote the pronoun attributes (a place the tagger typed
    PERSON in '“My shops are in Aarhus and Odense,” she said'): no antecedent of it."""
    if d.kind == "indirect" or d.start <= pronoun.idx < d.end:
        return False
    named = [m.start for m in ent.mentions if m.kind != "pronoun" and m.end <= pronoun.idx]
    return bool(named) and all(d.start <= s < d.end for s in named)


def _name_of_a_body(ent: Entity) -> bool:
    """Whether a PERSON entity's name looks like a body's, not a person's: two words or more, none a
    given name, each a common word ("Citizens' Front", "Green Alliance"). A "he" the entities stage
    linked to it tells nothing: that link is what is in question."""
    words = [w.strip("'’").lower() for w in ent.name.split()]
    if ent.type != "PERSON" or len(words) < 2:
        return False
    return not any(w.title() in first_names() for w in words) and all(
        common_word(w) or common_word(w.rstrip("s")) for w in words
    )


def _other_person_before(pronoun: Token, entities: Sequence[Entity], ent: Entity, d: _Draft) -> Entity | None:
    """The person a "he" or "she" takes up instead of ``ent`` (:func:`_named_only_inside`,
    :func:`_name_of_a_body`): the person other than ``ent``, not named like a body, of the pronoun's
    gender where the given name tells, named last before the pronoun outside the quote ``d``'s
    content (in its sentence or the few before); None when there is none."""
    lo = window_start(pronoun, _PERSON_WINDOW)
    lo_char, hi_char = pronoun.doc[lo].idx, pronoun.idx
    quoted = (d.start, d.end) if d.kind != "indirect" else (0, 0)
    best: tuple[int, Entity] | None = None
    for e in entities:
        if e.id == ent.id or e.type != "PERSON" or _name_of_a_body(e):
            continue
        if not _may_be(Speaker(e.id, e.name, 0, 0), pronoun.lower_, entities):
            continue
        last = _last_mention_start(e, lo_char, hi_char, quoted)
        if last is not None and (best is None or last > best[0]):
            best = (last, e)
    return best[1] if best is not None else None


def _subject_before(pronoun: Token) -> tuple[SpacySpan, Token | None]:
    """The sentence just before the pronoun's and the subject of its main verb, the one thing a
    speaker "he", "it" or "they" may take up (:func:`_person_before`, :func:`_body_before`,
    :func:`_group_before`); an empty span and None when the pronoun's sentence opens the text."""
    sent = pronoun.sent
    if sent.start == 0:
        return pronoun.doc[0:0], None
    before = pronoun.doc[sent.start - 1].sent
    return before, next((c for c in before.root.children if c.dep_ == "nsubj"), None)


#: determiners of a person introduced unnamed ("a nurse", "one trader", "another teacher")
_INTRODUCING = frozenset({"a", "an", "one", "another"})
#: endings of nouns for women and for men, which a "he" or a "she" cannot take up
_FEMALE_ENDINGS = ("woman", "wife", "mother", "sister", "daughter", "girl", "widow", "grandmother")
_MALE_ENDINGS = ("man", "husband", "father", "brother", "son", "boy", "widower", "grandfather")


def _described_before(pronoun: Token, ent: Entity | None) -> Token | None:
    """The head of an unnamed person a "he" or "she" speaker takes up: the subject of the sentence
    just before, when it introduces one person by an indefinite noun for people ("A midwife at the
    clinic, a mother of three who asked not to be named, described the shortages", "One trader
    said …") that no name sets off, that sentence quotes no one, and nothing in the description is
    of the other sex ("a father of four", "her name"). The pronoun is then that person's, not one
    named further back; None when ``ent`` (the pronoun's own link) is named after the description,
    or for anything else."""
    before, subj = _subject_before(pronoun)
    if subj is None and len(before) and before.root.pos_ == "NOUN":
        subj = before.root  # "A local man, a fisherman …, watched": the verb taken for a participle
    if subj is None or subj.pos_ != "NOUN" or subj.tag_ != "NN" or subj.ent_type_:
        return None
    if subj.lemma_.lower() not in people_nouns() and subj.lower_ not in people_nouns():
        return None
    det = next((c for c in subj.children if c.dep_ in ("det", "nummod") and c.i < subj.i), None)
    if det is None or det.lower_ not in _INTRODUCING:
        return None
    if _MARK_CHARS.search(pronoun.doc.text, before.start_char, before.end_char):
        return None  # the sentence before quotes someone: that quote's speaker is taken up
    words = [t for t in subj.subtree if t.i < subj.head.i]
    if any(t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and t.dep_ == "appos") for t in before):
        return None  # "a trader, Kofi Mensah, said", "a judge jailed Ana Ruiz": a person named
    female = any(t.lower_ in ("her", "she", "herself") or t.lower_.endswith(_FEMALE_ENDINGS) for t in words)
    male = any(t.lower_ in ("his", "he", "him", "himself") or t.lower_.endswith(_MALE_ENDINGS) for t in words)
    male = male and not all(
        t.lower_.endswith(_FEMALE_ENDINGS) for t in words if t.lower_.endswith(_MALE_ENDINGS)
    )  # "woman" ends with "man"
    if (pronoun.lower_ == "he" and female) or (pronoun.lower_ == "she" and male):
        return None
    if ent is not None and any(
        subj.idx < m.start < pronoun.idx and m.kind != "pronoun" for m in ent.mentions
    ):
        return None  # the pronoun's own link is named since
    return subj


def _body_before(pronoun: Token, entities: Sequence[Entity] = ()) -> Token | None:
    """What a speaker "it" takes up: the subject of the sentence just before, when that is a
    singular common or proper noun that names no person, or a body's plural name ("The ministry
    rejected the claim. In a statement, it said …"), or a plural noun the entities stage read as
    a body (``entities``: "the national police said …"); None otherwise (a person, a pronoun, a
    plural, no such sentence)."""
    _, subj = _subject_before(pronoun)
    if subj is None or subj.ent_type_ in ("PERSON", "NORP", "GPE"):
        return None
    body = (ent := entity_at(entities, subj.idx, subj.idx + len(subj))) is not None and ent.type == "ORG"
    if subj.tag_ not in ("NN", "NNP") and not (subj.tag_ == "NNPS" and subj.ent_type_ == "ORG") and not body:
        return None  # a plural, unless the name of a body ("the Harbour Guards", "the police")
    if subj.tag_ == "NNP" and any(t.text in first_names() for t in subj.lefts):
        return None  # "Ana Ruiz left …": a person the parser did not tag
    return subj


def _group_before(pronoun: Token, entities: Sequence[Entity]) -> Token | None:
    """What a speaker "they" takes up: the subject of the sentence just before, when that sentence
    quotes no one and its subject is a plural noun for a group of people ("the rebels", "the
    airport's controllers", from ``people_nouns``) or the name of an organisation; None
    otherwise ("Prices rose", a person, a pronoun, no such sentence)."""
    before, subj = _subject_before(pronoun)
    if subj is None or any(t.text in _MARK_TOKENS for t in before):
        return None
    if subj.tag_ in ("NNS", "NNPS") and subj.lemma_.lower() in people_nouns():
        return subj
    ent = entity_at(entities, subj.idx, subj.idx + len(subj))
    return subj if ent is not None and ent.type == "ORG" and subj.pos_ == "PROPN" else None


def _phrase_tokens(head: Token, cue: Token) -> list[Token]:
    """The noun phrase around ``head``: its subtree without appositions, relative clauses, the cue."""
    drop: set[int] = set()
    for t in head.subtree:
        if (
            t.dep_ == "relcl"
            and t.i != head.i
            and t.left_edge.i > 0
            and head.doc[t.left_edge.i - 1].text == ","
        ):
            # "a spokeswoman for the firm, who said …": a clause set off by a comma deeper in the
            # phrase (the parser hangs it on the nearest noun) is no part of the speaker
            drop.update(x.i for x in head.doc[t.left_edge.i - 1 : t.right_edge.i + 1])
    for c in head.children:
        if c.tag_ == "HYPH":
            continue  # "Three-quarters": the hyphen is part of the word
        if c.dep_ in _SPEAKER_DROP_DEPS or (cue.i not in drop and cue in c.subtree):
            drop.update(t.i for t in c.subtree)
        elif c.dep_ == "case" and c.i > head.i:
            drop.add(c.i)  # "the port authority's records": the keeper, without the possessive
    keep = [t for t in head.subtree if t.i not in drop]
    # contiguous run around the head, without edge punctuation
    idx = {t.i for t in keep}
    lo = hi = head.i
    while lo - 1 in idx:
        lo -= 1
    while hi + 1 in idx:
        hi += 1
    run = [t for t in head.doc[lo : hi + 1]]
    while len(run) > 1 and (run[0].is_punct or run[0].is_space):
        run = run[1:]
    while len(run) > 1 and (run[-1].is_punct or run[-1].is_space):
        run = run[:-1]
    return run


def _entity_in(tok: Token, entities: Sequence[Entity]) -> Entity | None:
    """The entity of the phrase under ``tok``, names first (they beat the nominal they qualify); a
    nationality qualifying the name ("the Dutch Ana Berg") only when nothing else is there."""
    found = None
    # "Porto-based Varela Lines": the seat the name is qualified by is not the name's entity
    seat = {x.i for a in tok.children if a.dep_ == "amod" and a.lower_ == "based" for x in a.subtree}
    # "X Y, who trains her in Tarvo": a relative clause on the name holds other entities
    seat |= {x.i for a in tok.subtree if a.dep_ == "relcl" and a.i != tok.i for x in a.subtree}
    for t in sorted(tok.subtree, key=lambda t: (t.pos_ != "PROPN", t.i)):
        if t.i in seat:
            continue
        ent = entity_at(entities, t.idx, t.idx + len(t))
        if ent is not None and ent.type != "NORP":
            return ent
        found = found or ent
    return found


def _modifiers_start(noun: Token) -> int:
    """First token of a noun's adjacent modifiers ("weekly press conference"), with what hangs on a
    modifier before it, so that a hyphenated one stays whole ("state-run radio", "Paris-based
    daily", "privately-owned channel"); the noun itself when its modifiers are not adjacent."""
    mods = [t for t in noun.lefts if t.dep_ in ("amod", "compound", "nmod")]
    if not mods or not _contiguous([*mods, noun]):
        return noun.i
    first = mods[0].left_edge.i
    return first if _contiguous([*(t for m in mods for t in m.subtree), noun]) else mods[0].i


def _contiguous(toks: list[Token]) -> bool:
    ids = sorted(t.i for t in toks)
    return ids == list(range(ids[0], ids[-1] + 1))


def _lone_outlet(obj: Token) -> bool:
    """Whether the one told is a publication's one-word name the tagger may take for a person's
    ('"…," she told Kathimerini.', "told Politiken on Monday"): a capitalised name with nothing
    hung on it that is no given name, no place, and no surname of someone the article names: no
    other mention of it follows a name, an initial or a title ("Ana Ruiz", "A. Ruiz", "Judge Ruiz").
    A person told something is named in full somewhere in a news story; a paper is not."""
    if obj.pos_ != "PROPN" or not obj.is_title or len(obj.text) < 3 or any(True for _ in obj.children):
        return False
    if obj.ent_type_ in ("GPE", "LOC", "NORP", "FAC", "DATE", "TIME", "EVENT", "PRODUCT"):
        return False
    if obj.text in first_names() or obj.lower_ in _title_words() or common_word(obj.lower_):
        return False
    doc = obj.doc
    for t in doc:
        if t.text != obj.text or t.i == obj.i or t.i == 0:
            continue
        before = doc[t.i - 1]
        if before.is_title and before.lower_ not in ("the", "a", "an"):
            return False  # "Ana Ruiz", "Judge Ruiz": a person's surname
        if before.lower_.rstrip(".") in _title_words():
            return False  # "Mr. Ruiz"
    return True


def _name_text(tok: Token) -> str:
    """The named entity (or compound name) around a token, without a leading "the"."""
    doc = tok.doc
    if tok.ent_iob_ in ("B", "I"):
        lo = tok.i
        while lo > 0 and doc[lo].ent_iob_ == "I":
            lo -= 1
        hi = tok.i
        while hi + 1 < len(doc) and doc[hi + 1].ent_iob_ == "I":
            hi += 1
    else:
        lefts = [t.i for t in tok.lefts if t.dep_ == "compound"]
        lo, hi = (min(lefts) if lefts else tok.i), tok.i
    while hi > lo and doc[hi].is_space:
        hi -= 1  # "on X.\n\n": the paragraph break the tagger left in the name
    if doc[lo].lower_ == "the" and lo < hi:
        lo += 1
    return doc[lo : hi + 1].text


_Anchor = tuple[int, str, int, int]


def _time_anchors(doc: Doc, times: Sequence[Time]) -> list[_Anchor]:
    """Where each time with a value hangs in the parse, found once per article: (start,
    value, the head of its root, and that head's own head when it is a preposition, else -1)."""
    out: list[_Anchor] = []
    for t in times:
        if not t.value or t.type in ("SET", "DURATION"):
            continue  # "daily", "for two hours": no day the words were said on
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        up = span.root.head
        out.append((t.start, t.value, up.i, up.head.i if up.dep_ == "prep" else -1))
    return out


def _date(
    cue: Token,
    d: _Draft,
    anchors: Sequence[_Anchor],
    asides: Sequence[Token] = (),
    channels: Collection[str] = (),
    documents: Sequence[Token] = (),
) -> str | None:
    """The value of a time expression attached to the cue verb ("Lane said Sunday"), to a
    preposition of it, or to the channel it names ("said in a statement on Monday"; the
    ``documents`` of an "according to" closing what was said count as channels), outside
    the quote's content, or to the verb a participle cue goes with ("rejected it on Tuesday,
    saying …"), or inside a participle ``asides`` of the occasion ("X, speaking to reporters
    after he was sworn in on Tuesday, said"). A time of day gives its day ("on Tuesday
    evening": the Tuesday)."""
    at = cue.i
    cue_end = cue.idx + len(cue.text)
    channel_nouns = (
        {o.i for c in cue.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"}
        | {c.i for c in cue.children if c.dep_ in ("dobj", "dative")}
        | {t.i for t in documents}
    )
    # a subject after the cue takes the cue's own phrases, which the parser may hang on it: "said
    # X, who runs the shelter, at the school gate on Friday evening"
    for subj in (c for c in cue.children if c.dep_ == "nsubj" and c.i > at):
        channel_nouns.add(subj.i)
        channel_nouns |= {
            o.i for c in subj.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"
        }
    # a cue coordinated with a verb shares the phrases fronted before both: "In a radio address on
    # Tuesday evening, X promised new roads and said …"
    fronted = cue.head if cue.dep_ == "conj" and cue.head.pos_ == "VERB" and cue.head.i < at else None
    if fronted is not None:
        channel_nouns |= {
            o.i
            for c in fronted.children
            if c.dep_ == "prep" and c.i < fronted.i
            for o in c.children
            if o.dep_ == "pobj"
        }
    # a channel the parser hangs on the object: "praised the 'credible' policy in a report published
    # on Monday", also for a cue coordinated after that verb ("…, but warned that …")
    channel_nouns |= {
        o.i
        for h in (cue, fronted)
        if h is not None
        for x in h.children
        if x.dep_ == "dobj" and x.i < cue.right_edge.i
        for c in x.children
        if c.dep_ == "prep" and c.lower_ == "in"
        for o in c.children
        if o.dep_ == "pobj" and o.lemma_.lower() in channels
    }
    # a channel's participle dates the words: "In a letter released late on Monday, X wrote", also
    # for a cue coordinated after the verb the channel is fronted to ("…, X praised A but warned …")
    channel_nouns |= {
        a.i for n in list(channel_nouns) for a in cue.doc[n].children if a.dep_ == "acl" and a.tag_ == "VBN"
    }
    for start, value, up, prep_head in anchors:
        if d.start <= start < d.end:
            continue
        if up == at or prep_head == at or prep_head in channel_nouns:
            return _day_of(value)
        if fronted is not None and start < fronted.idx and up == fronted.i:
            return _day_of(value)
        if cue_end < start < d.start and start - cue_end <= 4:
            return _day_of(value)  # "said on Thursday he would …", the time hung on the clause
        if cue_end < start < d.start and _after_cue_phrases(cue, start):
            return _day_of(value)  # "told the court in Oslo on Monday he would …", likewise
    for aside in asides:
        lo, hi = aside.left_edge.idx, aside.right_edge.idx + len(aside.right_edge)
        for start, value, _, _ in anchors:
            # a fronted aside is no part of what was said, even where a mixed quote's span takes
            # in the sentence ("Speaking to Radio X on Friday, he called it 'a fraud'")
            if lo <= start < hi and (not d.start <= start < d.end or hi <= cue.idx):
                return _day_of(value)
    if fronted is not None and not any(c.dep_ in _SUBJECT_DEPS for c in cue.children):
        # "The minister visited the site on Tuesday and said …": a cue of no date of its own
        # coordinated after the verb its subject did first speaks on that verb's day (a named day,
        # not a year or a month: "joined the firm in 2010 and said" is no saying in 2010)
        heads = {fronted.i} | {c.i for c in fronted.children if c.dep_ == "dobj"}
        for start, value, up, prep_head in anchors:
            if (
                fronted.idx < start < cue.idx
                and (up in heads or prep_head in heads)
                and re.match(r"\d{4}-\d{2}-\d{2}(?!\d)", value)
            ):
                return _day_of(value)
    head = cue.head
    if _gerund(cue) and cue.dep_ in ("advcl", "xcomp", "conj") and head.pos_ == "VERB" and head.i != at:
        # "rejected the request on Tuesday, saying …": a participle says it when its verb acts
        # (a date the parser hangs on the verb's object counts as the verb's)
        heads = {head.i} | {c.i for c in head.children if c.dep_ == "dobj"}
        # or on the channel it names: "rejected it in a letter on Tuesday, saying …"
        heads |= {
            o.i
            for h in list(heads)
            for c in cue.doc[h].children
            if c.dep_ == "prep" and c.lower_ == "in"
            for o in c.children
            if o.dep_ == "pobj" and o.lemma_.lower() in channels
        }
        for start, value, up, prep_head in anchors:
            if not d.start <= start < d.end and (up in heads or prep_head in heads):
                return _day_of(value)
    return None


def _goes_on(d: _Draft, prev: _Draft | None, starts: list[int]) -> bool:
    """Whether the cued quote ``d`` goes on with the dated quote ``prev`` right before it: in the same
    paragraph, its speaker a "he", "she" or "they" taking up the same speaker ('X told a news
    conference on Saturday. "…," she said.'), so said on the same occasion."""
    if prev is None or prev.date is None or d.speaker is None or prev.speaker is None or d.cue is None:
        return False
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", prev.date):
        return False  # "In 2019, X warned …": a year or a month back is no occasion of today's words
    if d.speaker.text.lower() not in _PERSONAL:
        return False
    if _para_index(starts, d.start) != _para_index(starts, prev.end):
        return False
    if prev.speaker.entity is None or d.speaker.entity != prev.speaker.entity:
        return False
    if prev.cue is None or prev.end > d.start:
        return False
    # the very next sentence: nothing but space and quotation marks between
    gap = d.cue.doc.text[max(prev.end, prev.cue.sent.end_char) : min(d.start, d.cue.sent.start_char)]
    return not gap.strip(' \t"“”')


def _after_cue_phrases(cue: Token, start: int) -> bool:
    """Whether only the cue's own phrases stand between it and a time at ``start`` (the one told, the
    place of telling: "told the court in Oslo on Monday"), so that the time, which the parser may
    hang on the reported clause after it, dates the telling. At most 80 characters after the cue."""
    if start - cue.idx > 80:
        return False
    for t in cue.doc[cue.i + 1 :]:
        if t.idx >= start:
            return True
        if t.is_punct or (t.pos_ == "ADP" and t.idx + len(t) + 1 >= start):
            continue  # a stop, or the time's own "on"
        x = t
        while x.head.i not in (cue.i, x.i):
            x = x.head
        if x.head.i != cue.i or x.dep_ not in ("dobj", "dative", "prep", "npadvmod"):
            return False
    return False


def _said_that_day(d: _Draft, times: Sequence[Time]) -> bool:
    """True when a quote whose cue names no time was said on the day of the story: a cue in the
    simple past or present ("said", "says", "told", "saying") in a sentence, and a quote, that
    name no date or time at all ("Lane said the troops left on Friday" leaves it open), not
    reported inside another quote ("The statement quoted a student who said …": the student
    spoke earlier)."""
    cue = d.cue
    if cue is None or not (cue.tag_ in ("VBD", "VBZ", "VBP") or _gerund(cue)) or d.within is not None:
        return False
    if cue.dep_ == "relcl":  # "a student who said …": told of, said earlier
        return False
    if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "might", "may") for c in cue.children):
        return False
    sent = cue.sent  # a time anywhere in it, the quote's own included, leaves the day open
    lo, hi = min(sent.start_char, d.start), max(sent.end_char, d.end)
    return not any(t.type in ("DATE", "TIME") and lo <= t.start < hi for t in times)


def _day_of(value: str) -> str:
    """A date value without its time of day: "2024-06-11TEV" -> "2024-06-11"."""
    m = re.match(r"^(\d{4}-\d{2}-\d{2}|XXXX-WXX-\d|\d{4}-W\d{2}-\d)T", value)
    return m[1] if m else value


def _container(d: _Draft, drafts: list[_Draft]) -> _Draft | None:
    """The smallest other quote whose content holds this quote's cue (a quote within a quote)."""
    if d.cue is None:
        return None
    at = d.cue.idx
    best: _Draft | None = None
    for x in drafts:
        if x is d or not (x.start <= at < x.end) or not (x.start <= d.start and d.end <= x.end + 1):
            continue
        if best is None or x.end - x.start < best.end - best.start:
            best = x
    return best


def _dedupe(drafts: list[_Draft]) -> list[_Draft]:
    """One draft per content span (a mixed draft is shared by the marks it consumed)."""
    seen: set[tuple[int, int]] = set()
    out = []
    for d in drafts:
        key = (d.start, d.end)
        if key in seen:
            continue
        seen.add(key)
        out.append(d)
    return out


# Q&A interviews and transcripts: a question or answer label opening a paragraph ("Q: …", "A. …",
# "Question: …", "A (Ana Ruiz): …"), a speaker's name as a label ("ANA RUIZ: …", "Ana Ruiz: …"),
# and the words by which a page's introduction says it is an interview.
_QUESTION_LABEL = re.compile(
    r"(?:\*\*)?(?:Q|Question|QUESTION|Reporter|REPORTER)\s*(?:\([^)\n]{1,80}\))?\s*[:.)]\s+"
)
_ANSWER_LABEL = re.compile(r"(?:\*\*)?(?:A|Answer)\s*(?:\((?P<name>[^)\n]{2,60})\)\s*:|[:.)])(?:\*\*)?\s+")
#: A speaker's name as a turn label: up to four capitalised words and a colon ("ANA RUIZ:", "Ana Ruiz:").
#: A role in brackets may stand between the name and the colon ("ANA RUIZ (PORT DIRECTOR):").
_SPEAKER_LABEL = re.compile(
    r"(?:\*\*)?(?P<name>[A-Z][\w'’.\-]*(?:[ \u00a0][A-Z][\w'’.\-]*){0,3})(?:\*\*)?"
    r"(?:\s*\((?P<role>[^()\n]{1,60})\))?\s*:(?:\*\*)?\s+"
)
_INTERVIEW_WORDS = re.compile(
    r"(?i)\b(?:interview(?:ed|s)?|spoke\s+to|talked\s+to|q\s*&\s*a|sat\s+down\s+with)\b"
)


def _name_words(name: str) -> list[str]:
    """The lowercase words of a name, without stops or commas ("Dr. Ana RUIZ" -> dr, ana, ruiz)."""
    return re.findall(r"[\w'’-]+", name.lower())


def _person_named(name: str, entities: Sequence[Entity]) -> Entity | None:
    """The person whose name or one of whose name mentions has all the words of ``name``, or all of
    whose name's words ``name`` has ("RUIZ" -> Ana Ruiz; "Dr Ana Ruiz" -> Ana Ruiz), in any case."""
    words = set(_name_words(name))
    if not words:
        return None
    for e in entities:
        if e.type != "PERSON":
            continue
        for form in (e.name, *(m.text for m in e.mentions if m.kind == "name")):
            own = set(_name_words(form))
            if own and (words <= own or own <= words):
                return e
    return None


def _speaker_label(para: str, entities: Sequence[Entity]) -> re.Match[str] | None:
    """A paragraph's opening speaker label: a name in capitals of two to four words ("ANA RUIZ:"), or
    a name of a person of the article, or of two to four capitalised words opening with a known
    given name or ending with a word that is no common word ("Ana Ruiz:", not "Read More:"); a
    single word in capitals is a name only when it is a person's
    ("RUIZ:"), so that "UPDATE:" or "Photo:" is no speaker."""
    if (role := _role_label(para, entities)) is not None:
        return role
    m = _SPEAKER_LABEL.match(para)
    if m is None:
        return None
    name = m["name"]
    words = name.split()
    if not all(any(c.isalpha() for c in w) for w in words) or _QUESTION_LABEL.match(para):
        return None
    if _thing_label(words):
        return None  # "Storm Ilse: …", "Flood Alert: …": a headline's label names no speaker
    caps = name.isupper() and len(words) >= 2
    # "Ana Ruiz:": a known given name, or a last word that is no common word ("Related Stories:")
    given = len(words) >= 2 and (words[0] in first_names() or not common_word(words[-1].lower()))
    # "Lord Pike:", "Ms Okoro:": a title and a name
    titled = len(words) >= 2 and words[0].lower().rstrip(".") in _title_words() and words[1][0].isupper()
    return m if caps or given or titled or _person_named(name, entities) is not None else None


#: A role or a lower-case title and surname as a transcript's turn label ("Witness:", "The Court:",
#: "Defence counsel:", "ms hansen:"): up to three words of any case and a colon.
_ROLE_LABEL = re.compile(
    r"(?:\*\*)?(?P<name>[A-Za-z][\w'’.\-]*(?:[ \u00a0][A-Za-z][\w'’.\-]*){0,2})(?:\*\*)?"
    r"(?:\s*\((?P<role>[^()\n]{1,60})\))?\s*:(?:\*\*)?\s+"
)


@functools.cache
def _transcript_roles() -> dict[str, tuple[str, ...]]:
    """Role labels of a transcript's turns and the nouns naming their holders (``transcript_labels.tsv``):
    "court" -> (judge, magistrate, …)."""
    return {
        r["label"].strip(): tuple(h.strip() for h in r["holders"].split("|") if h.strip())
        for r in load_tsv("transcript_labels.tsv")
    }


@functools.cache
def _title_words() -> frozenset[str]:
    """People's titles of one word, lower case and without a stop ("mr", "ms", "dr", "judge"), from
    the entities stage's ``titles.tsv`` (read only)."""
    return frozenset(
        r["phrase"].strip().lower().rstrip(".")
        for r in load_tsv("titles.tsv")
        if r["kind"].strip() == "title" and " " not in r["phrase"].strip()
    )


def _role_label(para: str, entities: Sequence[Entity]) -> re.Match[str] | None:
    """A turn label naming a role of a hearing ("Witness:", "The Court:", "Defence counsel:", in any
    case; :func:`_transcript_roles`), or a title and a surname in lower case that name a person of
    the article ("ms hansen:"). A sentence with a colon ("The reason was simple: …") is neither."""
    m = _ROLE_LABEL.match(para)
    if m is None:
        return None
    words = _name_words(m["name"])
    if words and words[0] == "the":
        words = words[1:]
    if " ".join(words) in _transcript_roles():
        return m
    if len(words) == 2 and words[0] in _title_words() and m["name"].islower():
        return m if _person_named(words[1], entities) is not None else None
    return None


#: what may stand between a role's noun and the name of its holder: nothing ("Judge X"), or an
#: apposition's words opened by one comma ("the witness, a former clerk named X")
_ROLE_TO_NAME = re.compile(r"\s+|,?\s+(?:[\w'’-]+\s+){0,5}")


def _label_person(text: str, name: str, entities: Sequence[Entity], before: int) -> Entity | None:
    """The person a turn label names: by name ("RUIZ:", "Ms Ruiz:", "ms ruiz:", the title aside), or,
    for a role label (:func:`_role_label`), the person the text before the transcript (up to
    ``before``) names in that role: right after one of the role's nouns in the same sentence ("the
    witness, a former driver named X", "Judge X", "prosecutor X"), or right before it ("X, the
    prosecutor")."""
    if (person := _person_named(name, entities)) is not None:
        return person
    words = _name_words(name)
    if words and words[0] == "the":
        words = words[1:]
    if len(words) >= 2 and words[0] in _title_words():
        return _person_named(" ".join(words[1:]), entities)
    holders = _transcript_roles().get(" ".join(words))
    if not holders:
        return None
    people = [
        (m.start, m.end, e) for e in entities if e.type == "PERSON" for m in e.mentions if m.kind != "pronoun"
    ]
    for noun in holders:
        for hit in re.finditer(rf"\b{re.escape(noun)}\b", text[:before], re.IGNORECASE):
            after = [
                (s, e)
                for s, _, e in people
                if hit.end() <= s <= hit.end() + 40 and _ROLE_TO_NAME.fullmatch(text[hit.end() : s])
            ]
            if after:
                return min(after, key=lambda x: x[0])[1]
            ahead = [
                e
                for _, end, e in people
                if re.fullmatch(r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}", text[end : hit.start()])
            ]
            if ahead:
                return ahead[-1]
    return None


def _thing_label(words: Sequence[str]) -> bool:
    """Whether a label of several words names a thing, not a person or a body: its first word is a
    common word that is no given name ("Storm Ilse", "Earthquake Update"), and no word of it is a
    noun for people or a title ("Prime Minister Ana Ruiz", "Police Chief Jo Roe", "Ms Okoro" stay
    speakers)."""
    if len(words) < 2 or words[0] in first_names() or not common_word(words[0].lower()):
        return False
    return not any(
        w.lower().strip(".") in people_nouns() or w.lower().strip(".") in _title_words() for w in words
    )


def _interview_answers(
    text: str,
    paragraphs: Sequence[tuple[int, int]],
    entities: Sequence[Entity],
    drafts: Sequence[_Draft],
    datelines: Sequence[tuple[int, int]] = (),
) -> list[_Draft]:
    """The answers of a Q&A interview or the turns of a transcript, as direct quotes.

    A *transcript* has at least two paragraphs opened by a speaker's name as a label ("ANA RUIZ: …",
    "Ana Ruiz: …", "A (Ana Ruiz): …", :func:`_speaker_label`): each such turn is its speaker's, the
    label's name, linked to the person of that name; an unlabelled paragraph between two labels goes
    on with the turn before; "Q:" turns are the reporters' and no quotes. An *interview* has
    questions: paragraphs labelled "Q:" (answers may be labelled "A:"), or, on a page whose
    introduction says it is an interview, paragraphs that are a single question with no quotation
    marks (set in bold or not); each paragraph after a question up to the next question is an answer
    of the interviewee, the person the introduction (before the first question) names most often,
    the first named on a tie (without one, unnamed answers are not taken). At least two questions,
    each with an answer, make a page an interview, so a rhetorical question in a story is none.
    Where the turns are labelled, the reading stops at the last label: prose, a list of links and a
    page footer after the transcript are no turns. A wire dateline ("PORT LOUIS: …", ``datelines``)
    is a place, never a speaker's label."""
    paras = [(s, e, text[s:e].strip()) for s, e in paragraphs if text[s:e].strip()]
    # a transcript's turns may be lines of one paragraph: its labels are read line by line
    lines = [
        (s + a.start(), s + a.end(), a.group().strip())
        for s, e in paragraphs
        for a in re.finditer(r"[^\n]+", text[s:e])
        if a.group().strip()
    ]
    named: list[tuple[int, str] | None] = []  # per line: (label end, speaker name) when named
    placed: list[int] = []  # lines whose label may be a wire dateline's place
    for s, e, p in lines:
        lead = s + (len(text[s:e]) - len(text[s:e].lstrip()))
        if (clock := _MARGIN_CLOCK.match(p)) is not None and _speaker_label(p[clock.end() :], entities):
            lead, p = lead + clock.end(), p[clock.end() :]  # "2.50 THE SPEAKER: …": a record's margin time
        if (record := RECORD_LABEL.match(p)) is not None:
            # a parliamentary record's label ("THE MINISTER OF STATE FOR DEFENCE (Mr Ali Obe):"): the
            # office's holder or the member ("HON. MEMBERS:" being the House's chorus)
            rs, re_ = record_speaker(record)
            after = len(p) - len(p[record.end() :].lstrip())
            named.append(None if _chorus_label(p[rs:re_]) else (lead + after, p[rs:re_]))
            continue
        answer = _ANSWER_LABEL.match(p)
        label = _speaker_label(p, entities) if answer is None else None
        if (
            label is not None
            and label["role"] is None
            and any(ds <= lead < de for ds, de in datelines)
            and _person_named(label["name"], entities) is None
        ):
            placed.append(len(named))
        if answer is not None and answer["name"]:
            # "A (Ana Ruiz, port director):": the name, without the role after it
            named.append((lead + answer.end(), answer["name"].split(",")[0].strip()))
        elif label is not None:
            # "HON. MEMBERS: Hear, hear!": the House's chorus, no one's quote (the turn before ends)
            named.append(
                None if _chorus_label(label["name"]) else (lead + label.end(), _label_name(label, entities))
            )
        else:
            named.append(None)
    if len(placed) == 1 and not any(n is not None for n in named[: placed[0]]):
        # "PORT LOUIS: Ships …" opening the story: the place it was filed from, no speaker (a
        # transcript's names in capitals look alike, but label several lines)
        named[placed[0]] = None
    if named and named[0] is not None and paras and lines[0][0] == paras[0][0] and _headline(lines[0][2]):
        named[0] = None  # "Cyclone Teodora: what we know": the headline's label, no speaker's turn
    if sum(x is not None and _spoken(text[x[0] : e]) for x, (_, e, _) in zip(named, lines, strict=True)) >= 2:
        return _transcript_turns(text, lines, named, entities, drafts)
    labelled = [bool(_QUESTION_LABEL.match(p)) for _, _, p in paras]
    if sum(labelled) >= 2:
        questions = labelled
    else:
        questions = [
            p.rstrip("*_ ").endswith("?") and not any(m in p for m in '"“”«»') and len(p.split()) <= 60
            for _, _, p in paras
        ]
        first = next((i for i, q in enumerate(questions) if q), None)
        if first is None or not _INTERVIEW_WORDS.search(text[: paras[first][0]]):
            return []
    answered = [i for i, q in enumerate(questions) if q and i + 1 < len(paras) and not questions[i + 1]]
    if len(answered) < 2:
        return []
    lead_start = paras[answered[0] - 1][0] if answered[0] > 0 else None
    speaker = _interviewee(paras[answered[0]][0], entities, lead_start)
    if speaker is None:
        return []
    # answers labelled "A:": the interview ends with the last labelled answer
    answers = [i for i, (_, _, p) in enumerate(paras) if _ANSWER_LABEL.match(p)]
    last = answers[-1] if answers and sum(labelled) >= 2 else len(paras) - 1
    out: list[_Draft] = []
    asked = False
    for i, ((s, e, _), question) in enumerate(zip(paras, questions, strict=True)):
        if question:
            asked = True
            continue
        if not asked or i > last:
            continue
        draft = _turn(text, s, e, None, speaker, drafts)
        if draft is not None:
            out.append(draft)
    return out


def _headline(line: str) -> bool:
    """Whether the text's first line reads as a headline, not a turn of speech: it does not end as
    a sentence does (with a stop, a question or exclamation mark or a closing quotation mark)."""
    return not line.rstrip("*_ ").endswith((".", "?", "!", "…", '"', "”", "’"))


def _interviewee(intro_end: int, entities: Sequence[Entity], lead_start: int | None = None) -> Speaker | None:
    """The person an interview's introduction (the text before ``intro_end``) names most often, on
    a tie the one named in its last paragraph (from ``lead_start``: "We asked the minister, X Y,
    about …"), else the first named, at their last mention there; None when it names no one."""
    counts = {e.id: sum(m.start < intro_end for m in e.mentions) for e in entities if e.type == "PERSON"}
    best = max(counts.values(), default=0)
    if best == 0:
        return None
    tied = [e for e in entities if counts.get(e.id) == best]
    lead = [
        e
        for e in tied
        if lead_start is not None and any(lead_start <= m.start < intro_end for m in e.mentions)
    ]
    person = (lead or tied)[0]
    mention = [m for m in person.mentions if m.start < intro_end][-1]
    return Speaker(person.id, person.name, mention.start, mention.end)


def _turn(
    text: str, s: int, e: int, label_end: int | None, speaker: Speaker, drafts: Sequence[_Draft]
) -> _Draft | None:
    """The direct quote of one answer or turn, paragraph ``s:e`` past its label (``label_end`` or
    an "A:" label); None when it is empty or holds words in quotation marks, a quote of its own."""
    start = s + (len(text[s:e]) - len(text[s:e].lstrip()))
    if label_end is not None:
        start = label_end
    elif label := _ANSWER_LABEL.match(text, start):
        start = label.end()
    end = s + len(text[s:e].rstrip())
    start, end = _unquoted_turn(text, start, end)
    if end <= start or any(d.start < end and start < d.end and d.kind != "indirect" for d in drafts):
        return None
    return _Draft(start, end, "direct", speaker=speaker, channel="interview", turn=True)


_TURN_OPENERS = {"“": "”", '"': '"', "«": "»", "„": "“"}


def _unquoted_turn(text: str, start: int, end: int) -> tuple[int, int]:
    """A turn set in quotation marks ('A: "Faster than we feared."') without them, as a direct quote's
    content is spanned; an opener left unclosed (a turn that runs on to the next paragraph) goes
    alone. A turn with other marks inside (a quotation, then prose) is left as it is."""
    if end - start < 2 or (closer := _TURN_OPENERS.get(text[start])) is None:
        return start, end
    inner_end = end - 1 if text[end - 1] == closer else end
    if any(c in _TURN_OPENERS or c in _TURN_OPENERS.values() for c in text[start + 1 : inner_end]):
        return start, end
    return start + 1, inner_end


def _transcript_turns(
    text: str,
    lines: Sequence[tuple[int, int, str]],
    named: Sequence[tuple[int, str] | None],
    entities: Sequence[Entity],
    drafts: Sequence[_Draft] = (),
) -> list[_Draft]:
    """The turns of a transcript (:func:`_interview_answers`), line by line from its first turn's
    label to its last (a speaker's, a question's or an answer's). A label that names no one
    ("MODERATOR:", a question) ends the turn before and starts none. A quotation inside a turn
    does not stop it being the speaker's; but an unlabelled line holding a quotation with a cue of
    its own ('"…," the mayor said.') is the reporter's prose, which ends the turn before."""
    # a name before a line of a list ("Ana Ruiz: port director") labels no turn
    named = [
        n if n is not None and _spoken(text[n[0] : e]) else None
        for n, (_, e, _) in zip(named, lines, strict=True)
    ]
    labels = [
        i
        for i, (n, (_, _, p)) in enumerate(zip(named, lines, strict=True))
        if n or _QUESTION_LABEL.match(p) or _ANSWER_LABEL.match(p)
    ]
    unnamed = _interviewee(lines[labels[0]][0], entities)
    out: list[_Draft] = []
    speaker: Speaker | None = None
    for i in range(labels[0], labels[-1] + 1):
        s, e, p = lines[i]
        label_end: int | None = None
        if _MARGIN_NOTE.fullmatch(p):
            continue  # a record's margin time ("3.05") or a note ("(Applause)"): no one's words
        if (n := named[i]) is not None:
            label_end, name = n
            person = _label_person(text, name, entities, lines[labels[0]][0]) or _chair_person(
                text, name, s, entities
            )
            at = text.index(name, s, label_end)
            speaker = Speaker(person.id if person else None, name, at, at + len(name))
        elif _ANSWER_LABEL.match(p):
            speaker = unnamed  # a bare "A:": the interviewee the introduction names
        elif _any_label(p):
            speaker = None  # a reporter's question, the moderator: no quote, and no turn to go on with
        elif _heading_paragraph(text, s, e):
            speaker = None  # a record's heading ("MINISTERIAL STATEMENT ON …"): the next business
        elif any(d.cue is not None and d.kind != "indirect" and s <= d.start < e for d in drafts):
            speaker = None  # prose quoting someone with a cue: no turn goes on through it
        if speaker is None:
            continue
        draft = _turn(text, s, e, label_end, speaker, ())
        if draft is not None:
            draft.channel = None
            out.append(draft)
    return out


def _heading_paragraph(text: str, s: int, e: int) -> bool:
    """Whether line ``s:e`` is a paragraph of its own in capitals that does not end as a sentence
    does, a heading of a record or transcript ("MINISTERIAL STATEMENT ON THE FLOODS", "SECOND
    READING"), not a turn's words (a line of a transcript set all in capitals runs on in its
    paragraph or ends with a stop)."""
    line = text[s:e].strip()
    if not any(c.isalpha() for c in line) or any(c.islower() for c in line) or not _headline(line):
        return False
    blank_before = re.search(r"(?:^|\n[ \t]*\n)[ \t]*$", text[:s]) is not None
    return blank_before and re.match(r"[ \t]*(?:\n[ \t]*\n|\s*$)", text[e:]) is not None


def _spoken(words: str) -> bool:
    """Whether the words after a speaker's label are speech, not a line of a list ("Ana Ruiz:
    port director"): a sentence's end, or six words or more."""
    split = words.split()
    return len(split) >= 6 or (bool(split) and split[-1][-1:] in '.!?…"”')


def _any_label(line: str) -> bool:
    """Whether a line opens with a label of a turn of any kind: a question, an answer, or any
    capitalised words and a colon ("MODERATOR:")."""
    return bool(_QUESTION_LABEL.match(line) or _ANSWER_LABEL.match(line) or _SPEAKER_LABEL.match(line))


# Subtitle files and broadcast transcripts that label each voice in square brackets ("[DR. ANA
# RUIZ, SURGEON] (in Somali)", "[NARRATOR]"), the words said on the lines after the label.
#: a line opening with a label in square brackets (or in round ones in capitals, "(REPORTER)"), a
#: note in round brackets after it ("(in Somali)", "(through an interpreter)") and the words said,
#: if any, on the same line
_CAPTION_LABEL = re.compile(
    r"(?:\[(?P<label>[^\[\]\n:/|()]{2,80})\]|\((?P<caps>[A-Z][A-Z .,'’-]{1,80})\)"
    r"|>>[ \t]*(?P<chevron>[A-Z][\w .,'’-]{1,60}?)[ \t]*:)[ \t]*"
    r"(?:\((?P<note>[^()\n]{1,40})\)[ \t]*)?(?P<rest>[^\n]*)"
)
#: a subtitle file's furniture, should the reader leave it: a cue's number, its time codes, the
#: header, and a note standing alone in brackets ("[MUSIC]", "(Applause)")
_CAPTION_FURNITURE = re.compile(
    r"\d{1,5}|WEBVTT\b.*|NOTE\b.*|[\d:.,]+\s*-->\s*[\d:.,]+.*|\[[^\[\]\n]{1,40}\]|\([^()\n]{1,40}\)"
)
#: a caption's line is short: a longer line after a turn is the page's prose, which ends it
_CAPTION_LINE_MAX = 100


#: a WebVTT cue's voice tag, the speaker's name of the words after it ("<v Ana Ruiz>", "<v.loud Ana Ruiz>")
_VOICE_TAG = re.compile(r"<v(?:\.[\w.-]+)?[ \t]+(?P<voice>[^<>\n]{1,80})>")


def _label_group(m: re.Match[str]) -> str:
    """The group of a caption label that holds its words: in square brackets, in round ones in
    capitals ("(REPORTER)"), or after a broadcast transcript's chevrons (">> ANCHOR:")."""
    return next(g for g in ("label", "caps", "chevron") if m[g] is not None)


def _label_of(m: re.Match[str]) -> str:
    """A caption label's words (:func:`_label_group`)."""
    return m[_label_group(m)]


@functools.cache
def _narration_labels() -> frozenset[str]:
    """Labels of the report's own voice in a caption file or transcript ("narrator", "reporter";
    ``caption_labels.txt``)."""
    return frozenset(load_lines("caption_labels.txt"))


def _caption_speaker(label: str, entities: Sequence[Entity]) -> str | None:
    """What a bracketed caption label names: "narration" for the report's own voice ("NARRATOR",
    "BBC REPORTER", "ANA RUIZ, REPORTER"), the speaker's name for a person ("DR. OMAR FARAH,
    SURGEON" -> "DR. OMAR FARAH"; "AMINA YUSUF"; "UNIDENTIFIED MAN"), None for a sound note
    ("MUSIC", "CROWD CHANTING", "SPEAKING SOMALI"). A name is a person of the article, a given name or a title
    first, two words that are no common words, or a noun for people last with no verb in -ing."""
    name, _, role = label.partition(",")
    name = name.strip()
    words = _name_words(name)
    if not words or not all(w[:1].isupper() for w in name.split()):
        return None
    narration = _narration_labels()
    roles = _name_words(role)
    if " ".join(words) in narration or words[-1] in narration or (roles and roles[-1] in narration):
        return "narration"  # "[NARRATOR]", "[ANA RUIZ, REPORTER]": the report's own voice
    if any(w.endswith("ing") and common_word(w) for w in words):
        return None  # "[CROWD CHANTING]", "[SPEAKING SOMALI]": a sound, no speaker
    if _person_named(name, entities) is not None:
        return name
    given = words[0].capitalize() in first_names() or words[0].rstrip(".") in _title_words()
    uncommon = not common_word(words[0]) and not common_word(words[-1])
    if len(words) <= 4 and (given or (uncommon and (len(words) >= 2 or role.strip()))):
        return name
    return name if words[-1] in people_nouns() else None


def _name_key(name: str) -> str:
    """A name's words in lower case, without titles' stops, to compare labels ("DR. ANA RUIZ")."""
    return " ".join(_name_words(name))


def _caption_turns(
    text: str,
    paragraphs: Sequence[tuple[int, int]],
    entities: Sequence[Entity],
    drafts: Sequence[_Draft],
    raw: str = "",
    reporters: Collection[str] = (),
) -> list[_Draft]:
    """The turns of a subtitle file or transcript whose voices are labelled in square brackets,
    as direct quotes: the words after a person's label, on its line and the caption lines after it
    (over cues and blank lines) up to the next label, are that person's; a narrator's or
    reporter's label opens the report's own narration and questions, no quote. A cue's number, its
    time codes and notes standing alone in brackets ("[MUSIC]", "(in Somali)") are skipped; a
    long line of prose, another kind of turn label ("ANA RUIZ:") or a line opened by a bracket
    that labels no one ("(AP) Officials said …") ends a turn. At least two
    labelled lines, one a person's, make a caption file, so a link "[Read more]" or "[1/3]"
    makes none. One quote per paragraph of a turn (a cue)."""
    lines = [
        (s + a.start(), s + a.end(), a.group().strip())
        for s, e in paragraphs
        for a in re.finditer(r"[^\n]+", text[s:e])
        if a.group().strip()
    ]
    para_of = [bisect.bisect_right([s for s, _ in paragraphs], s) for s, _, _ in lines]
    # per line: (what the label names, where that is, where the words after it start) when labelled
    labels: list[tuple[str, int, int] | None] = []
    narrators = {_name_key(r) for r in reporters}
    for s, e, p in lines:
        lead = s + (len(text[s:e]) - len(text[s:e].lstrip()))
        m = _CAPTION_LABEL.match(p)
        if m is not None and _label_of(m).strip() and (kind := _caption_speaker(_label_of(m), entities)):
            group = _label_group(m)
            at = lead + m.start(group) + (m[group].index(kind) if kind != "narration" else 0)
            labels.append((kind, at, lead + m.start("rest")))
            if kind == "narration" and (name := _label_of(m).partition(",")[0].strip()):
                narrators.add(_name_key(name))  # "[ANA RUIZ, REPORTER]": her later "[ANA RUIZ]" too
            continue
        # a voice tag the parser's view left blank before the line's words, or still there
        ls = raw.rfind("\n", 0, lead) + 1
        voice = _VOICE_TAG.match(raw, ls + len(raw[ls:lead]) - len(raw[ls:lead].lstrip())) if raw else None
        if voice is not None and (kind := _caption_speaker(voice["voice"].strip(), entities)):
            rest = voice.end() + len(text[voice.end() : e]) - len(text[voice.end() : e].lstrip())
            at = voice.start("voice") + (voice["voice"].index(kind) if kind != "narration" else 0)
            labels.append((kind, at, rest))  # "<v Narrator>": the report's own voice, no name in it
            continue
        labels.append(None)
    labels = [
        ("narration", x[1], x[2]) if x is not None and _name_key(x[0]) in narrators else x for x in labels
    ]
    if sum(x is not None for x in labels) < 2 or not any(x and x[0] != "narration" for x in labels):
        return []
    out: list[_Draft] = []
    speaker: Speaker | None = None
    chunk: list[tuple[int, int]] = []  # the spans of the current turn's lines in one paragraph
    chunk_para = -1  # that paragraph's index

    def flush() -> None:
        if speaker is not None and chunk:
            start, end = chunk[0][0], chunk[-1][1]
            if not any(d.start < end and start < d.end and d.kind != "indirect" for d in drafts):
                out.append(_Draft(start, end, "direct", speaker=speaker, turn=True))
        chunk.clear()

    for i, (s, e, p) in enumerate(lines):
        lead = s + (len(text[s:e]) - len(text[s:e].lstrip()))
        if (label := labels[i]) is not None:
            flush()
            kind, at, rs = label
            if kind == "narration":
                speaker = None
                continue
            person = _person_named(kind, entities)
            speaker = Speaker(person.id if person else None, kind, at, at + len(kind))
            if rs < e and text[rs:e].strip():
                chunk.append((rs, rs + len(text[rs:e].rstrip())))
                chunk_para = para_of[i]
            continue
        if _CAPTION_FURNITURE.fullmatch(p):
            continue
        if len(p) > _CAPTION_LINE_MAX or _any_label(p) or _CAPTION_LABEL.match(p) or p.startswith(">>"):
            # prose, another kind of label, or a line opened by a bracket that labels no one
            # ("(AP) Officials said …") or by a change of voice with no name (">>"): the turn is over
            flush()
            speaker = None
            continue
        if chunk and para_of[i] != chunk_para:
            flush()
        if speaker is not None:
            chunk.append((lead, lead + len(p)))
            chunk_para = para_of[i]
    flush()
    return out


# Parliamentary records: a speaker's label after a margin time ("2.50 THE SPEAKER: …"), margin
# times and notes on lines of their own ("3.05", "(Applause)"), an office's label with its
# holder's name in brackets ("THE MINISTER OF WATER (Ms Grace Namara): …").
_MARGIN_CLOCK = re.compile(r"\d{1,2}[.:]\d{2}(?:\s*[ap]\.?m\.?)?[ \t]+(?=[A-Z])")
_MARGIN_NOTE = re.compile(r"\d{1,2}[.:]\d{2}(?:\s*[ap]\.?m\.?)?|\([^()\n]{1,60}\)\.?|\[[^\[\]\n]{1,60}\]")


#: a record's note of who presides: "(The Deputy Speaker, Ms Ana Ruiz, in the Chair.)", "[THE CHAIRPERSON,
#: Hon. Ana Ruiz, in the Chair]"
_CHAIR_NOTE = re.compile(
    r"[(\[][ \t]*(?P<office>[A-Za-z][\w .'’-]{2,60}?),[ \t]*(?P<name>[^,()\[\]\n]{3,80}?),?"
    r"[ \t]+in[ \t]+the[ \t]+Chair\.?[ \t]*[)\]]",
    re.IGNORECASE,
)


def _chair_person(text: str, name: str, before: int, entities: Sequence[Entity]) -> Entity | None:
    """The person an office's turn label stands for ("THE DEPUTY SPEAKER:") by the record's last note
    before ``before`` of who presides in that office ("(The Deputy Speaker, Ms Ana Ruiz, in the
    Chair.)"): the person of the article so named; None when no note names the office."""

    def words(label: str) -> list[str]:
        return [w for w in _name_words(label) if w not in ("the", "mr", "madam", "madame")]

    office = words(name)
    notes = [m for m in _CHAIR_NOTE.finditer(text, 0, before) if office and words(m["office"]) == office]
    return _person_named(notes[-1]["name"], entities) if notes else None


def _chorus_label(name: str) -> bool:
    """Whether a turn label names members of a House calling out together or one unnamed ("HON.
    MEMBERS:", "Some Hon. Members:", "AN HON. MEMBER:"): an interjection, no speaker's turn."""
    words = _name_words(name)
    return bool(words) and words[-1] in ("member", "members")


def _label_name(label: re.Match[str], entities: Sequence[Entity]) -> str:
    """The speaker a turn label names: its name, or the person's name in the brackets after an
    office ("THE MINISTER OF WATER (Ms Grace Namara):" -> "Ms Grace Namara"): a title and
    capitalised words, or a person of the article of two words or more; a role in the brackets
    ("ANA RUIZ (PORT DIRECTOR):") or a party and seat ("(Independent, Kilak North)") leaves the name."""
    role = (label["role"] or "").strip()
    words = role.split()
    if len(words) < 2 or "," in role or not all(w[:1].isupper() for w in words):
        return label["name"]
    if words[0].lower().rstrip(".") in _title_words() or (
        (person := _person_named(role, entities)) is not None and len(_name_words(person.name)) >= 2
    ):
        return role
    return label["name"]


def _quoting_formula(cue: Token) -> bool:
    """Whether a cue is the formula "and I quote" set after another speech verb ("One of them
    told me, and I quote, '…'"): the one who says "I" only passes on the words; the verb before
    is the quote's cue and its subject the speaker."""
    if cue.lemma_.lower() != "quote" or cue.dep_ != "conj" or cue.head.pos_ != "VERB":
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in _FIRST_PERSON for c in cue.children)


def _past_caption_label(text: str, speaker: Speaker | None) -> Speaker | None:
    """A speaker's phrase without the caption label the parser joined to it ("[NARRATOR] Fishermen
    in Tanga say …": "NARRATOR] Fishermen in Tanga" -> "Fishermen in Tanga")."""
    if speaker is None or "]" not in speaker.text:
        return speaker
    cut = speaker.text.rindex("]") + 1
    rest = speaker.text[cut:]
    if not rest.strip():
        return speaker
    start = speaker.start + cut + len(rest) - len(rest.lstrip())
    return dataclasses.replace(speaker, text=text[start : speaker.end], start=start)


def _participle_naming(doc: Doc, m: _Marked, titles: Collection[str] = ()) -> Token | None:
    """The participle of a naming verb set after a main clause ('The council rejected that,
    calling the claim "pure fiction"'; 'The union's leaders were unmoved, calling the offer "an
    insult"'): a short quotation it names its object with is the words of the main clause's
    subject, when that is a name, one holder of a title, a pronoun for people, or a noun phrase
    with a determiner or an owner ("The council", "Its director"); a bare plural ("Fans …,
    calling the stadium "the old lady"") gives a nickname. None when no such participle names
    the quotation."""
    if m.words < 2:
        return None
    verb = _naming_verb(doc, m)
    if verb is None or verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp", "conj"):
        return None
    subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    if not subjects:
        return None
    subj = subjects[0]
    if (
        subj.lower_ in ("he", "she", "they", "we", "i")
        or _named_subject(subj)
        or _one_person_subject(subj, titles)
    ):
        return verb
    determined = any(
        c.dep_ in ("det", "poss") and c.lower_ not in ("some", "many", "no") for c in subj.children
    )
    return verb if subj.pos_ == "NOUN" and determined else None


def _own_clause_before(comp: Token, cue: Token) -> bool:
    """Whether a clause the parser hung on a cue before it is a sentence of its own, set off by a
    semicolon ('"It's a smear," the senator said; he answered in a letter that …'): no report of the
    cue after it."""
    doc = cue.doc
    return comp.i < cue.i and any(doc[k].text == ";" for k in range(comp.right_edge.i, cue.i))


_OBJECT_FORMS = {"he": "him", "she": "her"}


def _third_person_topic(doc: Doc, pronoun: Token, prev: _Draft, entities: Sequence[Entity]) -> Entity | None:
    """The named person a "he" or "she" speaker takes up after an unnamed speaker who spoke of
    someone else of that gender ('A former aide who drove him to rallies said …. "He read until
    dawn," the aide said. He told an interviewer …'): where the last quote's words say "he" (or
    "she") of a third person, or its speaker's sentence names one by "him" (or "her" as an
    object), the pronoun is that person's, not the unnamed speaker's: the person of that gender
    named last before the pronoun, at any distance (an obituary's subject), outside the quote (a
    name the tagger typed a body too, when a known given name opens it). None when neither shows."""
    word = pronoun.lower_
    sp = prev.speaker
    if word not in _OBJECT_FORMS or sp is None or sp.entity is not None or prev.cue is None:
        return None
    spoken = prev.kind in ("direct", "mixed") and any(
        t.lower_ == word and t.dep_ in _SUBJECT_DEPS
        for t in doc.char_span(prev.start, prev.end, alignment_mode="expand") or ()
    )
    sent = prev.cue.sent
    told = any(
        t.lower_ == _OBJECT_FORMS[word] and t.dep_ in ("dobj", "pobj", "dative") and t.i != pronoun.i
        for t in sent
    )
    if not (spoken or told):
        return None
    best: tuple[int, Entity] | None = None
    for e in entities:
        # a name the tagger typed a body counts when a known given name opens it
        person = e.type == "PERSON" or (e.type == "ORG" and e.name.split()[0] in first_names())
        if not person or not _may_be(Speaker(e.id, e.name, 0, 0), word, entities):
            continue
        last = _last_mention_start(e, 0, pronoun.idx, (prev.start, prev.end))
        if last is not None and (best is None or last > best[0]):
            best = (last, e)
    return best[1] if best is not None else None


_UNNAMED_REACH = 4  # sentences over which a "he" or "she" takes up the last unnamed speaker


def _unnamed_taken_up(doc: Doc, pronoun: Token, prev: _Draft, entities: Sequence[Entity]) -> bool:
    """Whether a "he" or "she" speaker takes up the unnamed speaker of the quote before it over
    sentences that quote no one (:func:`_same_unnamed` reaches one sentence back): "A ministry
    spokeswoman said …. The ministry has also frozen hiring. … “…,” she said". The speaker is one
    person named by a noun for people ("a police spokesman"), not of the other sex by the noun
    ("spokesman" is no "she"), at most four sentences back, and between them no quotation marks,
    no pronoun subject ("…,” he said" of another) and no person named who may be the pronoun."""
    sp = prev.speaker
    word = pronoun.lower_
    if word not in ("he", "she") or sp is None or sp.entity is not None or sp.end <= sp.start:
        return False
    span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    if span is None or span.root.pos_ != "NOUN" or span.root.tag_ != "NN":
        return False
    noun = span.root.lemma_.lower()
    if noun not in people_nouns():
        return False
    if (word == "she" and noun.endswith("man") and not noun.endswith("woman")) or (
        word == "he" and noun.endswith(("woman", "wife", "mother", "sister", "daughter"))
    ):
        return False
    if _MARK_CHARS.search(doc.text, sp.end, pronoun.sent.start_char) or any(
        t.dep_ in _SUBJECT_DEPS and t.lower_ in _PERSONAL | _FIRST_PERSON
        for t in doc[span.end : pronoun.sent.start]
    ):
        return False  # someone quoted, or a "he" or "they" speaking, in between
    sents = list(doc.sents)
    first = next((k for k, x in enumerate(sents) if x.start <= span.root.i < x.end), None)
    here = next((k for k, x in enumerate(sents) if x.start <= pronoun.i < x.end), None)
    if first is None or here is None or not 0 <= here - first <= _UNNAMED_REACH:
        return False
    return not any(
        e.type == "PERSON"
        and _may_be(Speaker(e.id, e.name, 0, 0), word, entities)
        and any(sp.end <= m.start < pronoun.idx and m.kind != "pronoun" for m in e.mentions)
        for e in entities
    )


def _apposed_name_before(pronoun: Token, entities: Sequence[Entity]) -> Entity | None:
    """The person a "he" or "she" speaker takes up when the sentence before has for subject a noun
    for a person with the name in apposition ("A spokesman for the agency, Bat Dorj, rejected that.
    He told reporters …", the name hung on the noun or on the body it is for): that name's entity,
    whatever type the tagger gave it, when neither the noun ("spokesman" is no "she") nor a given
    name tells the other sex. None otherwise."""
    word = pronoun.lower_
    if word not in ("he", "she"):
        return None
    _, subj = _subject_before(pronoun)
    if subj is None or subj.pos_ != "NOUN" or subj.lemma_.lower() not in people_nouns():
        return None
    noun = subj.lemma_.lower()
    if (word == "she" and noun.endswith("man") and not noun.endswith("woman")) or (
        word == "he" and noun.endswith("woman")
    ):
        return None
    # "a spokesman for the agency, Bat Dorj": the parser may hang the name on the body
    owners = [o for c in subj.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    heads = [subj, *(o for o in owners if o.lemma_.lower() not in person_nouns())]
    appos = next((c for h in heads for c in h.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    ent = entity_at(entities, appos.idx, appos.idx + len(appos)) if appos is not None else None
    if ent is None or ent.type in ("GPE", "LOC", "NORP", "FAC"):
        return None
    return ent if _may_be(Speaker(ent.id, ent.name, 0, 0), word, entities) else None
