"""Events: PLOVER coding of who did what to whom, when and where, and who said so.

Triggers are verbs and nominalisations listed in ``data/event_lexicon.tsv`` (PLOVER type,
mode, CAMEO code), including two-word triggers ("air raid", "denied entry", "pull out",
"exchanged threats"). Light and ambiguous verbs are coded by the class of what they act on
(``data/event_senses.tsv``): "held 12 protesters" is a detention, "held talks" / "talks were
held" leaves the event to the noun (carried by the light verb, in the active or the passive),
"took them hostage" an abduction, "lifted the curfew" a concession, "lifted sanctions" a
retreat, "released a report" nothing. A nominal trigger with no actor is coded only when a
light verb carries it or a date or place of its own situates it ("a bombing in Kabul on
Friday"); "the attack" alone is a mention of an event told before.
For each trigger the stage reads, from the dependency parse:

- **source / target**: active verbs take ``nsubj`` as source and ``dobj`` (or an
  "against/on/with/to" object) as target; passives take the subject as target and the
  "by" agent as source (no agent: no source, never a guess); nominal triggers take
  ``amod``/``compound``/``poss`` modifiers as source and the "of/against/on" object as
  target ("the request of the government": source). Conjuncts are all arguments;
  coordinated subjects of symmetric predicates ("A and B met", "exchanged threats") are
  both source and target. Arguments are linked to entities through their head token,
  its modifiers ("An American air raid" -> American) or the object of a quantity word
  ("dozens of Iranians"). Where the direct syntax links no target, it is looked for one
  step further (:meth:`EventStage._fallback`): the objects of a purpose clause ("staged
  demonstrations to demand reforms by Suharto's government"), "in protest of", what the act
  is over or for, the author of what a response answers ("accepted demands from the rebels"),
  who must comply with an ultimatum ("... if the US goes ahead"), the recipient of aid, and
  for material acts with no object the place they land on ("imposed a curfew in Cizre").
  A request targets the people it is made of even when no entity is linked there ("urged
  citizens to march to the capital": citizens, not the capital). A response to a speech act
  named by a definite noun ("Iran rejected the warning", ``data/event_answered_nouns.tsv``)
  targets the source of the nearest earlier event of that kind within three sentences. An
  agentless passive release "from" an organisation has it as source ("was released from the
  Department of Corrections"; "from prison" gives none).
- **more argument syntax**: a participle clause's act belongs to its verb's subject ("militants
  launched attacks, killing 130"; after a passive, its agent; only the verb just before it); the
  members named after "including" join their side ("arrested 12 people, including X"); a passive
  light verb has its agent as source and who was given it as target ("warnings were given to the
  police by the group", "workers were given an ultimatum by the company"); a particle's object is
  who is called on ("called on Muslims to ..."); the people an attack or arrest acts on are its
  target before any entity named further on ("wounded 13 people on a street in Lyon"); a date is
  never an argument; and what an attack is made with is no source phrase ("twin bombs exploded":
  artefacts and substances of ``concrete_nouns.tsv``). A place owning a happening or condition
  ("Greece's deadliest wildfire killed ...": WordNet event, phenomenon, process and state nouns
  of ``event_nouns.tsv`` / ``state_nouns.tsv``) is where it happened, not an actor; private
  people "of" a place act themselves ("Residents of X accused ...": the residents, not X).
  "Will not be pressured into X-ing" is a refusal to yield (CAMEO 124) by the one pressed.
  A state body, force or people named with where they are ("a federal court in Buenos Aires",
  "police in Kisumu", "rebels in the X district") is one actor named so, with the place's country
  (the PLOVER records' "Palestinian police in Jericho"), and the place is where it acted, never a
  second source or target; a name the parser hangs on a place after a person noun
  ("The member for Madang, Maria Tanu, accused") is the person. The actor's own people ("recalled
  its ambassador from X") are no target: X is. A finite verb the parser coordinates with a bare
  verb of a complement clause ("ordered X to leave and summoned Y", "said the minister cannot
  stay and called for Y") takes its subject, day and mood from that clause's governor.
  Whoever asks for what an act gives is its recipient ("ready to send a team if X asks for help",
  "sent planes after X requested help", "sent a team to help X restore ..."); what an actor sends
  or moves of its own ("a team of its rescue force") is no target, nor is the thing that chose a
  verb's sense ("fired tear gas", "eased the curfew": the crowd a purpose clause disperses, the
  place the curfew lay on are), nor a sum of money, nor forces sent or deployed ("sent 120
  officers"). Every name of an "including" list is on its side, however the parser chains it.
- **rescues, crowds and leaders**: people an aid verb moves out of danger are those helped
  ("pulled 19 survivors from the water"); people after a preposition are the target of a
  material act no entity or object fills ("fired on protesters", "surrendered to the
  authorities"); a group no entity names acts through whoever leads it ("the strike committee, led
  by the Dockworkers' Union, walked out").
- **mediators, claims and casualties**: a name joined by a hyphen to a mediation participle
  ("China-brokered talks"), a role after "as" ("acted as mediator", "with X as mediator") and
  "facilitated the talks" mediate (CAMEO 045), and the mediator is no party to the talks; who
  claims an act ("claimed the attack", "an attack claimed by X") is its source when the act is
  coded anyway (a claim alone is a statement); who is hit by an attack, or dies in it in its
  sentence or in one of the next two ("Three people died in the attack"), is its target, and the
  noun that takes it up again is no second event. "Called on X to leave": X is to leave; "thanked
  X for its mediation": "its" is X; a verb coordinated with the copula of a reported clause about
  a thing ("said that the deal was fair but criticised delays") is the speaker's.
- **hung verbs**: a past verb after "but" that the parser makes an adjective of the next noun
  ("welcomed the deal but criticised delays") is a verb of the first verb's subject, that noun its
  object.
- **light verbs and their acts**: a light verb that is a trigger of its own and whose object
  names the act is one event, the noun's ("signed an agreement", "struck a deal"); a pact a verb
  of concluding carries is an agreement whatever the noun codes alone ("signed a truce", "reached
  a ceasefire": AGREE); joining or taking part in an act is doing it ("joined a march", "took
  part in a rally": the joiners protest); "dispatch" is coded as "send" (``event_send_verbs.txt``).
- **gatherings and seizures**: a gathering whose purpose is a
  protest ("gathered outside the station to protest the closure") is the protest (CAMEO 141),
  one event; people seized by force are abducted (CAMEO 181), by the police arrested (173).
  A crowd outside the building of a seat of power ("outside the court building") protests there.
- **measures**: a verb of enacting carries a measure as a light verb does ("the Council adopted
  sanctions", "approved a package of sanctions", "passed a ban"), and a measure's renewal or
  extension is the measure ("approved the extension of the curfew"); a platform or service an
  authority blocks ("blocked WhatsApp", "blocked access to Telegram": ``global_platforms.txt``)
  is restricted (COERCE 172) as "blocked social media" is.
- **charges**: a charge at people ("charged the marchers with batons", "police charged the crowd",
  "a baton charge") is violent repression (ASSAULT 175); "charged the mayor with fraud" and a
  counted crowd ("charged 20 protesters") are accusations.
- **reported coordinations**: a passive whose auxiliary a coordination leaves out ("two guards had
  been killed and five people wounded") is a passive, and an act coordinated after such a reported
  clause ("..., and accused X") is the speaker's; a "They" opening the sentence after a report its
  own "they" made is those speakers. "Who" stands for people ("villagers of the X district who
  blocked the road": the villagers), and a protest or attack by people "of" a place is there.
  "It"/"its" with no named body before it is the nearest group noun ("said the ministry had acted
  ... and ordered it to return ..."); "called for X to resign" targets X; "rejected the request"
  targets the asker even when no entity names it.
- **possessive pronouns**: a group owned by a person's pronoun ("his party", "her supporters")
  is not that person; "his party" is the party the record names for the person (its ``party``
  or ``affiliation`` attribute) when there is one, else the phrase is a generic actor.
- **argument phrases**: where no entity is linked on a side, ``source_text`` /
  ``target_text`` hold the argument's noun phrase ("many more", "university students").
- **datelines** ("NAIROBI, Kenya (AP) —") are where a report was filed: never an actor.
- **speech**: a protest verb that reports what was said ("..., a rights group protested")
  is coded by the ``speech`` rows of ``event_intent.tsv`` (ACCUSE, CAMEO 111).
- **condemnations**: a speaker who says an act is illegal, rigged or a betrayal
  (``event_condemnations.txt``: "The union said the dismissals were illegal") accuses; like
  "called the strike unlawful", the target is a party condemned, else the doer or owner the text
  names for the act ("the dockers' strike", "the strike by pilots", "rigged by the government"),
  else no one.
- **object-gap relative clauses**: "the village (that/which) the rebels attacked" has the
  rebels as source and the village as target; not an adverbial gap ("the day the rebels attacked").
- **negated**: a ``neg`` dependent, a "no"/"no one" subject, "nor", "denied that ...".
- **hypothetical**: modal auxiliaries, plans/intentions/demands ("plans to remove",
  "threatened to shell"), conditionals and "whether" clauses, questions.
- **reported_by**: the innermost quote whose content holds the trigger.
- **date**: a temporal expression in the trigger's own clause (not in a clause it is
  reported in, and not one introduced by "since"/"until"/...; a past act in a time clause with
  none takes the day of the clause it hangs on: "broke out late on Thursday, after guards shot
  ..."; a date standing between a verb of saying and the subject of the clause it reports is the
  saying's, whatever the parse: "said on Thursday they had arrested ..."; a noun a participle of
  setting dates keeps that date ("a rally set for Sunday was called off on Thursday"); a
  coordinated verb with no subject of its own shares its first verb's adverbial date; an act
  stated by a document takes the clause that issues it: "passed a resolution last month
  censuring Iran"), else for a verbal act (CAMEO 01-05, 09-13) told in a quote dated from the
  text the day it was said ("X welcomed the deal, his spokesperson said on Sunday"), else the
  date of one of the next two sentences that takes the event up as its definite subject ("An
  air strike killed 11 ... The strike hit the village early on Monday"), else, for an asserted
  act in the simple past, the day of the latest event dated from the text in the two sentences
  before (the story's day: "Officers were called to the bank on Wednesday. A guard was shot
  ..."), else the publication date (``date_from`` "published"), else None. A date that closes a
  coordination dates its first verb too ("61 people were arrested and 14 officers injured in
  clashes on Friday"), unless the second is told apart ("detained and later charged").
  ``earliest``/``latest`` are the bounds of a vague date ("last week") or those "since/after X"
  and "before/until X" give ("after Sunday's attack" too: the day of what the act is set
  against, not its own); the publication day alone gives none. A gerund subject ("Fighting near
  the border killed three soldiers on Friday") and a noun whose clause leaves people in a state
  ("Clashes left five people wounded on Sunday") take their clause's day. Days counted from another act
  date the event when the text dates that act: "two days after the vote" (the vote's own
  phrase, or the clause of the same noun up to three sentences before: "The vote was held on
  June 1"), and a time clause "a day after the government banned rallies" is a day before its
  main clause's day. A fronted participle dates a simple past coordinated after a pluperfect its
  sentence reports ("Reading the ruling on Monday, X said the council had erred and ordered ...");
  a date closing the sentence that the parser hangs on a participle of the object dates the act
  ("detained two men suspected of hiding arms ... on Monday evening"); "from X" dates an act to
  come ("will step up patrols from next month"), "by" a day a pluperfect act ("had pulled nine
  out by Tuesday"); a ", when ..." clause right after a date is of
  that date ("the largest since early last month, when hundreds marched").
- **place**: a locative toponym in the trigger's clause, else the nearest locative
  toponym in the sentence, else for a state's restriction of its own people (CAMEO 172x) the state
  that is its source ("Gabon shut down mobile internet"), else "the capital" named only so (the
  dateline place when it is a national capital, else the latest national capital named before),
  else, for an asserted event of the report's day (or the day before), the place of the
  article's wire dateline, unless the source side is all places of another country
  ("Washington threatened ..." in a Geneva report); else None. A place at a distance and bearing
  ("40 nautical miles east of X") is where the act happened when the sentence names no other ("in
  X, 80 km south of Y": X). An act done on the spot (attack,
  arrest, protest, rescue, deployment) whose sentence names no place takes the place of the
  same day's act of that kind told in the three sentences before ("Thousands marched through
  X on Monday. ... Police fired tear gas and detained 12 people."): the scene runs on with its day.
- **implied agent**: an agentless passive arrest reported by the police ("Police said two
  people were arrested") has the police as its source, and a coercion reported by a ruling cue
  (rule, order, decree) the one ruling, and a charge the police or prosecutors report so ("police
  said she would be charged with theft") theirs; no other agent is guessed.
- **demolitions, rescues, accidents and things**: a demolition ("tore down", "bulldozed", "razed":
  the ``bystate`` rows of the lexicon) by the state's agents is coercion (COERCE 171), by others an
  attack on property (1712); people pulled "out" of danger and the people an evacuation moves are
  those helped, the places "from" which they are moved where it happens; a shelter opened or
  announced is aid; a "that"-clause in the subjunctive after a verb of asking is a request ("asked
  that the market be closed"). Accidents (``event_accidents.tsv``: "the crash killed 11", "a bus
  collided with a lorry, killing 11") are no attacks, and things (``event_inert_nouns.txt`` and
  the artefacts, substances and natural objects of ``concrete_nouns.tsv``: "the dyke gave in",
  "rain pressed rivers over their banks", "the bus was travelling to X") do no political acts.
  "The capital" with no capital named before is the one national capital the article names after
  it, when every place named before is of its country.
- **stated intentions** (``data/event_intent.tsv``): an act an actor says it will do
  ("Syria says it is willing to withdraw", "X said it would blockade Paris") is coded as the
  statement, as CAMEO does: AGREE (03) for cooperative acts, THREATEN (13) for conflictual
  ones and ultimatums ("... unless"), REJECT (12) for "will not accept", REQUEST (10) for
  "X said Y must ..."; "is due (scheduled) to visit" is stated as "will visit" is. Questions,
  "if"/"whether" clauses, "may/could" and predictions no one
  states stay hypothetical with their own type ("whether Canada had plans to remove its
  soldiers" is no retreat and no intention). Aid and meetings an actor says it will give
  or hold ("offered to send a rescue team", "told reporters she will meet her counterpart on
  Friday") are coded twice: the statement (AGREE 033, 036) and the planned act itself (AID,
  CONSULT), hypothetical, with its own target and place; so is a pledge of money or of what is
  sent as aid ("pledged $15 million", "promised two ambulances": AGREE 033 and a planned AID).
- **removals, searches and votes**: "relieved X of command (his duties, his post)" is coercion
  (170) of X, as "removed from power"; a search mounted for people in danger ("for four
  fishermen", anyone missing) is a rescue (AID 073), a search of premises nothing; a
  no-confidence vote (motion) lost by X or passed against X is the house's disapproval of X
  (ACCUSE 111, as "censure": "lost a no-confidence ballot in parliament" has parliament as
  source), one survived or faced nothing.
- **undertakings** (``data/event_activity_nouns.txt``): when a sanction or retreat acts on a
  mission, aid, talks or troops, the owner is the source and what it concerns the target
  ("the NATO mission in Iraq was suspended": NATO -> Iraq); acted on by a subject of its own, the
  owner is the target ("the government froze EU accession talks": the EU).
- **generic actors** (:meth:`EventStage.generic_actors`, run where the record is assembled):
  an argument that denotes people or a group but no entity ("protesters", "many more", "a
  24-year-old medical student", "Iraqi police") becomes an entity of its own (PERSON for one
  person, else OTHER; ``attributes["generic"]``; sector from the head noun,
  ``event_actor_nouns.tsv`` and ``event_person_nouns.txt``; country from a nationality or
  country word in the phrase), one per phrase in the article; people qualified by a name act
  themselves ("Taliban gunmen", "Trump supporters": the group or person is their
  ``affiliation``, and lends its country), a body named by its kind is that body ("the Hezbollah
  group"); groups of states, sides and
  parties count ("the two countries", "both sides", "the paramilitary group"), and "each other"
  makes the target the source. Unlinked personal pronouns ("she
  was detained") and the possessor of a patient ("their passports were seized") take the
  nearest preceding person or group noun of their number.
- **requests**: "at the request of Y" / "at Y's request" is Y asking the agent of the verb it
  governs; with an agentless passive, the owner of the patient ("it" followed back to its noun,
  a definite noun to its earlier mention with an owner: "the training mission" -> NATO's).
- **one event told twice** (``same_as``): two events of one type, both asserted, with
  overlapping targets (or sources), never different ones nor different towns, one of them a
  nominal mention or both of one mode, share what one of them knows: a date from the text (the
  news's: not a background mention's, and the latest of dates told apart), a place, a source.
- **bounds from other events**: "since/after/following the attack" and "before/until the vote"
  bound the event by the day of the event that noun names, when the article dates it.
- **confidence**: starts at 0.6 for verbs and for nouns carried by a light verb ("staged
  demonstrations"), 0.45 for other nouns; more when source and target are linked; less for
  ambiguous words, hypothetical and subordinate events, nominal events that are the object
  of another trigger ("opposed to mediation"), and **background**: events in relative or
  temporal clauses ("after protests by ..."), in the pluperfect, in a portrait coordinated
  with a copula ("was the architect of ... and was blamed for ..."), or dated more than a
  year before publication. On the PLOVER gold records, main events with confidence >= 0.8
  have the right type about 90% of the time (``storyline eval events``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import logging
import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from storyline.gazetteer import load_gazetteer
from storyline.knowledge import actor_nouns, load_lines, load_tsv, people_nouns, person_nouns, speech_verbs
from storyline.read import datelines
from storyline.record import (
    Actor,
    Entity,
    Event,
    Mention,
    Offsets,
    Place,
    Quantity,
    Quote,
    Span,
    Speaker,
    Time,
)
from storyline.stages.analyse import Analysis
from storyline.stages.common import conj_chain, entity_at, past_dateline, title_holder, token_at, window_start

log = logging.getLogger(__name__)

LEXICON = "event_lexicon.tsv"
SENSES = "event_senses.tsv"
DOCUMENT_NOUNS = "event_document_nouns.txt"
ANSWERED_NOUNS = "event_answered_nouns.tsv"
CONCRETE_NOUNS = "concrete_nouns.tsv"  # shared with stories.mentions; read only here
EVENT_NOUNS = "event_nouns.tsv"  # WordNet-built, shared with stories.mentions; read only here
STATE_NOUNS = "state_nouns.tsv"  # likewise
# CAMEO actor role codes of storyline's sector names
_SECTOR_CODES = {
    "government": "GOV", "military": "MIL", "police": "COP", "civilian": "CVL", "rebel": "REB",
    "media": "MED", "business": "BUS", "NGO": "NGO", "IGO": "IGO",
}  # fmt: skip
# Personal pronouns an argument can be, with their number; possessives for the owner of a patient.
_PERSONAL = {"he": "sg", "him": "sg", "she": "sg", "her": "sg", "they": "pl", "them": "pl"}
_POSSESSIVE = {"his": "sg", "her": "sg", "their": "pl"}
_GENDERED_POSSESSIVE = {"he": "his", "him": "his", "she": "her", "her": "her"}  # a pronoun's own possessive
# Where a bare number stands for the people it counts ("killed 13 and wounded 71", "496 had been killed").
_COUNT_DEPS = {"dobj", "nsubj", "nsubjpass", "conj", "dative", "appos"}
_COUNTRY_NOUNS = {"country", "nation"}  # "the country" that stands for the one country just named
_PRONOUN_WINDOW = 2  # sentences back in which a pronoun's generic antecedent is looked for

_MODALS = {
    "will",
    "would",
    "could",
    "may",
    "might",
    "should",
    "must",
    "can",
    "shall",
    "ca",
    "wo",
    "'ll",
    "'d",
}
# Verbs and nouns whose complement is not (yet) a real event: "plans to remove", "threatened to shell".
_INTENT = {
    "plan", "intend", "want", "seek", "try", "attempt", "hope", "expect", "threaten", "vow", "propose",
    "consider", "prepare", "aim", "wish", "promise", "pledge", "offer", "agree", "decide", "refuse",
    "demand", "urge", "ask", "call", "order", "warn", "request", "plead", "appeal", "push", "press",
    "intention", "proposal", "bid", "effort", "threat", "possibility", "option", "decision", "readiness",
    "willing", "ready", "likely", "able", "prepared", "determined", "set", "need", "decline", "fail",
    "due", "schedule",
}  # fmt: skip
_HYPO_AMOD = {"planned", "possible", "potential", "alleged", "proposed", "threatened", "future", "imminent"}
_REPORTING = {
    "say", "tell", "report", "announce", "state", "add", "claim", "confirm", "write", "declare", "note",
    "explain", "insist", "argue", "quote", "reveal", "disclose", "allege", "acknowledge", "admit",
}  # fmt: skip
_DENY = {"deny", "refute", "dismiss"}
_CLAIMING = {"claim", "allege", "charge", "insist", "contend", "maintain", "argue"}  # contested statements
_RULING = {"rule", "order", "decree"}  # cues of a decision: its speaker imposes what it reports
INTENT_TABLE = "event_intent.tsv"
ACTIVITY_NOUNS = "event_activity_nouns.txt"
CONVEYANCE_VERBS = "event_conveyance_verbs.txt"
HAZARD_NOUNS = "event_hazards.txt"
ACCIDENTS = "event_accidents.tsv"
INERT_NOUNS = "event_inert_nouns.txt"  # flood defences and waters: things, never people (_by_thing)
CONDEMNATIONS = "event_condemnations.txt"
VIOLATED_RIGHTS = "event_violated_rights.txt"  # "said X violated its airspace": X is accused
# forces ordered to close in on a place are deployed there ("ordered police to surround the ship")
_ENCIRCLING = {"surround", "encircle", "cordon", "besiege", "blockade", "ring"}
# tags of a word opening a clause of its own ("when", "where", "while", "after"): no reporting clause
_SUBORDINATING = {"WRB", "IN"}
_VIOLATING = {"violate", "breach", "infringe"}  # verbs of intruding on what is a state's own
CARGO_VESSELS = "event_cargo_vessels.txt"  # freight ships: no one boards one as a passenger
# a ship's own people: their boarding it is no seizure ("the crew boarded the tanker")
_SHIPS_OWN = {
    "crew",
    "crewman",
    "crewmember",
    "sailor",
    "seaman",
    "seafarer",
    "pilot",
    "captain",
    "master",
    "engineer",
    "docker",
    "dockworker",
    "stevedore",
    "worker",
    "passenger",
    "owner",
    "inspector",
}
OCCUPIED_SITES = "event_occupied_sites.txt"  # workplaces and campuses whose occupation is a sit-in
PAIR_NOUNS = "event_pair_nouns.tsv"  # "the two presidents", "both countries": the last two named
_OCCUPIERS = {"civilian", None}  # sectors of people whose occupation of such a site is a protest
CONVEY = "@convey"  # senses rows shared by the conveyance verbs (airlift, truck, distribute)
SEND_VERBS = "event_send_verbs.txt"  # verbs that take the senses rows of "send" ("dispatch")
VEHICLE_NOUNS = "event_vehicle_nouns.txt"  # "two warships shelled the port": the crews act
REFUSAL_VERBS = "event_refusal_verbs.txt"  # "refused to X", "failed to X": X was not done
COMMENT_VERBS = "event_comment_verbs.txt"  # "refused to comment": a refusal to speak, no event
DELIBERATION_VERBS = "event_deliberation_verbs.txt"  # "is considering sanctions": none imposed
SPORTS_WORDS = "event_sports_words.txt"  # "the football federation fined the club": a sports penalty
SPOT_NOUNS = "event_spot_nouns.txt"  # "on Mombasa's seafront": a spot of a town, where, never whom
_ACCESS_NOUNS = {"access", "connection", "connectivity"}  # "blocked access to X": X names the act
_CLOSED_DOORS = {"door", "fan", "spectator", "supporter", "crowd"}  # "behind closed doors", "without fans"
_PERSONAL_PRONOUNS = {"he", "she", "they", "him", "her", "them", "i", "me", "we", "us", "you"}
# armour: sent in a rescue story it is still a deployment
_LAND_VEHICLES = {"tank", "armoured vehicle", "armored vehicle", "armoured car", "armored car"}
_HANDOVERS = {"over"}  # particles of disarming verbs that disarm only with one's own weapons
PROTEST_PURPOSES = "event_protest_purposes.txt"  # "gathered to reject the law": a crowd's protest
_SEAT_BUILDINGS = {"building", "complex", "compound", "gate", "gates", "premises"}  # "the court building"
_CROWD_OUTSIDERS = {"government", "military", "police", "business"}  # sectors whose gathering is no crowd's
# classes of themes a senses row may name, each a WordNet-built noun list
SENSE_CLASSES = {
    "@craft": "event_craft_nouns.txt",  # civilian aircraft, boats, fire engines
    "@currency": "event_currency_nouns.txt",  # "4 million tenge": money the tagger may not tag
    "@suspect": "event_suspect_nouns.txt",  # wrongdoers: "overpowered the gunman" restrains one
}
CONDEMNING = "@condemnation"  # sense object: a complement of event_condemnations.txt ("called X unfair")
# sense object: a proposal, demand or claim (event_rejectables.txt) named with a word that turns it
# down (event_rejection_words.txt): "called the demand impossible"
REJECTING = "@rejection"
# sense object suffix: a theme "against" a named state, body or person ("measures against Russia"),
# which makes a measure punitive (event_senses.tsv "measure @against")
AGAINST_ACTOR = "@against"
_ACTOR_TYPES = frozenset({"GPE", "ORG", "PERSON", "NORP"})
# acts whose object must be able to answer: a town or state accused or asked is its authority
_ADDRESSED_TYPES = frozenset({"ACCUSE", "REQUEST"})
# nouns of a town or state named by its kind, whose authority is meant when it is accused or asked
_SEAT_NOUNS = frozenset({"city", "town", "municipality", "county", "province", "state"})
# prepositions of the trigger's noun that name whom an act of that type is laid on
_LAID_ON = {"SANCTION": {"on", "upon"}}
# sense object: an online platform or messaging service named as such (global_platforms.txt, names as
# written): "blocked Facebook and WhatsApp" restricts speech as "blocked social media" does
PLATFORM = "@platform"
PLATFORMS = "global_platforms.txt"
_ACTIVITY_TYPES = {"SANCTION", "RETREAT", "COOPERATE", "CONCEDE"}
_CONCERN_PREPS = {"in", "with", "to", "for", "on", "against", "into", "from"}
# Predicates that state an intention as a fact about the actor: "plans to", "is willing to".
_EXPRESS = {
    "plan", "intend", "vow", "pledge", "promise", "prepare", "ready", "willing", "prepared", "decide",
    "commit", "committed", "determined", "swear", "resolve", "offer", "agree",
}  # fmt: skip
_WILL = {"will", "would", "shall", "'ll", "wo", "'d"}
# Predicates that schedule an act as "will" does: "is due to visit", "is scheduled to arrive".
_SCHEDULED = {"due", "schedule"}
# Types of acts whose stated intention is coded twice: as the statement (AGREE 03x) and as the
# planned act itself, hypothetical ("offered to send a rescue team", "will meet X on Friday").
_PLANNED = frozenset({"AID", "CONSULT", "COOPERATE"})
_VOTE_NOUNS = frozenset({"vote", "motion", "ballot"})  # of no confidence (_no_confidence)
# verbs carrying a no-confidence vote: lost by the one it disapproves of, passed by the house
_CONFIDENCE_CARRIERS = {
    "lose": "lost", "pass": "passed", "adopt": "passed", "approve": "passed", "carry": "passed",
    "back": "passed",
}  # fmt: skip
_PLEDGE = frozenset({"pledge", "promise", "offer"})  # verbs whose object is what is pledged (_pledged)
_MUST = {"must", "should"}
_UNSURE = {"may", "might", "could", "can", "ca"}
# verbs whose participle on a measure noun reports the measure's own imposition ("a ban imposed in
# March", "the curfew declared on Monday")
_IMPOSING = frozenset({"impose", "introduce", "declare", "order", "announce", "decree", "enact"})
# verbs of calling or organising a protest ("a rally the union had called")
_ORGANISING = frozenset({"call", "organise", "organize", "stage", "plan", "lead", "hold", "announce"})
_SAYING = _REPORTING | {"announce", "warn", "insist", "reiterate", "conclude", "stress", "emphasize"}
# Verbs that carry a nominal trigger: "held talks", "staged a protest", "launched an attack".
_LIGHT = {
    "hold", "launch", "stage", "conduct", "carry", "impose", "issue", "make", "exchange", "begin", "start",
    "announce", "reach", "lodge", "give", "declare", "open", "mount", "continue", "order", "complete",
    "undertake", "resume", "express", "voice", "file", "organize", "organise", "lead", "end", "extend",
    "step", "intensify", "escalate", "renew", "wage", "sign", "call", "go", "plan", "conclude", "seal",
    "strike", "ink", "clinch", "join",
}  # fmt: skip
# Verbs of enacting a measure: light verbs only for the measures of _ENACTED ("the Council adopted
# sanctions on X", "parliament approved the extension of the curfew"); "adopted a child" is no event
_ENACTING = {
    "adopt", "approve", "pass", "enact", "introduce", "unveil", "slap", "prolong", "tighten", "toughen",
}  # fmt: skip
_ENACTED = {"sanction", "embargo", "tariff", "curfew", "ban", "restriction", "blockade"}
# nouns of a measure's renewal: "the renewal of the sanctions" is the sanctions' act, carried by the verb
_RENEWALS = {"renewal", "extension", "prolongation", "tightening", "expansion", "reimposition"}
# Light verbs of concluding a pact: what they conclude is agreed ("signed a ceasefire", "struck a
# deal", "reached a truce"), an agreement whatever the noun's own type (_concluded).
_CONCLUDING = {"sign", "conclude", "seal", "strike", "reach", "ink", "clinch"}
_AGREED = ("AGREE", "diplomatic", "030")  # type, mode, CAMEO of a concluded pact
# Verbs whose subject undergoes a nominal event: "Ukraine received aid".
# Nouns that carry a nominal trigger compounded with them: "a mediation effort", "a bombing campaign".
_ON_STATE = {"go", "be", "remain", "stay"}  # "went on strike": the noun after "on" is the predicate
# verbs of taking part whose noun after "in" is the act ("took part in a rally", "participated in
# the march"); "take" only with its object "part"
_PARTAKE = {"participate", "partake", "take"}
# participles that set a noun's act at a time of its own ("a rally set for Sunday", "the strike
# planned for Monday", "the vote held on June 1"): that time, not its governing clause's, dates it
_SETTING = {"set", "plan", "schedule", "slate", "hold", "call", "fix", "organise", "organize", "stage"}
# verbs of finding out whose object is a happening told as such: "discovered the attack late Sunday"
_FINDING = {"discover", "detect", "uncover", "notice", "spot", "witness"}
# verbs of asking whose addressee follows a preposition: "called on X to leave", "appealed to X to stop"
_ASKED_OF = {"call": {"on", "upon"}, "appeal": {"to"}, "prevail": {"on", "upon"}}
_CLEARING = {"clear", "disperse", "empty", "evict", "scatter"}  # force used to clear a place of its people
# aid verbs whose people moved are always those helped ("evacuated 300 residents")
_EVACUATING = {"evacuate", "relocate"}
# "spoke with her by phone", "by video link": a phone call (041)
_PHONES = {"phone", "telephone", "videophone", "video", "videoconference", "videolink"}
_CHARGED_CROWDS = {"protester", "protestor", "demonstrator", "rioter", "marcher", "fan"}  # baton charges
# sectors and qualifiers of the state's agents, whose demolitions are coercion (_by_state)
_STATE_SECTORS = {"government", "police", "military"}
_NUMBERED = re.compile(r"[ \t]*\d{1,3}\.[ \t]+\S")  # "12. On 4 May ...": a numbered paragraph
_THEN = {"then", "subsequently", "thereafter", "afterwards", "afterward", "later"}  # "the court then ordered"
_LONG_GAPS = {"day", "week", "month", "year", "decade"}  # "days after X": a gap no day is counted from
_SEALING = {"seal", "padlock"}  # verbs of closing premises that imply an authority with no agent named
_PROSECUTORS = {"prosecutor", "prosecutors", "prosecution"}  # who report a charge they bring (_implied_agent)
_STATE_MODIFIERS = {
    "municipal", "council", "city", "county", "government", "state", "municipality", "army", "police",
}  # fmt: skip
_PEERS = {"counterpart"}  # "talked to her Peruvian counterpart": the official of the other side
_PLACING = {"place", "put", "keep", "hold", "remand", "take"}  # "was put in custody": the one held
_DIE = {"die", "perish"}  # "died in the attack": a casualty of the act, no event of its own
_KEEP = {"make", "establish", "maintain", "keep", "have", "restore", "seek", "resume"}  # "made contact with"
_CARRIERS = {"effort", "mission", "campaign", "drive", "bid", "operation", "initiative", "plan"}
_UNDERGO = {"receive", "get", "face", "suffer", "undergo", "accept", "win", "obtain", "secure"}
_HAILING = {"congratulate"}  # "conceded and congratulated X": the winner yielded to (_congratulated)
_FLIGHT = {"flee", "leave", "abandon"}  # flight from danger: its subject is displaced (CAMEO 073)
_HELD_TO = {"responsible", "accountable", "liable"}  # "hold X responsible": X is warned
_QUANT_HEADS = {
    "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "number",
    "group", "some", "many", "most", "all", "several", "few", "majority", "part", "members", "member",
    "score", "scores", "tens", "handful", "one", "two", "three", "none", "each", "any", "both", "more",
}  # fmt: skip
_TARGET_PREPS = {"against", "on", "upon", "with", "to", "toward", "towards"}
_INCLUDING = {"include", "including"}  # "12 people, including two women": members of the side


_LOC_PREPS = {
    "in", "at", "near", "outside", "inside", "into", "across", "on", "from", "to", "throughout", "around",
    "within", "off", "along", "over", "through", "towards", "toward",
}  # fmt: skip
_COMPASS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
_PATH_PREPS = {"from", "to", "toward", "towards"}  # "imports from Chinese plants": no site of the act
_HALTING = {"160", "161", "162", "164", "165"}  # CAMEO codes of reducing relations ("froze the talks")
_HALTED = {"CONSULT", "COOPERATE", "AID", "AGREE"}  # acts such a reduction halts: not done
_SAME_EVENT_PREPS = {"at", "in", "on", "during", "with", "by", "under", "as", "upon", "within"}
_NOT_DATE_PREPS = {"since", "until", "till", "before", "after", "by", "from", "through", "ago"}
_NARRATIVE_WINDOW = 2  # sentences back from which an undated act takes the story's day
_RUNNING_WINDOW = 5  # sentences back over which the story's day runs on, when nothing breaks it
_SEQUEL = {"later", "then", "subsequently", "afterwards", "afterward", "earlier", "since", "again"}
_AFTER_PREPS = {"since", "after", "from"}  # "detained since Friday": not before Friday
_BEFORE_PREPS = {"before", "until", "till", "by"}  # "will leave by March": not after March
_CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "acl", "csubj", "parataxis", "conj"}
# Entity labels of the parser that name no actor: when, and how much.
_NOT_ACTORS = {"DATE", "TIME", "MONEY", "PERCENT"}
_CORE_DEPS = {"nsubj", "nsubjpass", "dobj", "dative", "poss", "amod", "compound", "agent"}
_REL_PRONOUNS = {"who", "which", "that", "whom", "whose"}
# Relative adverbs: a relative clause with one has no object gap ("the town where they fought").
_WH_ADVERBS = {"where", "when", "why", "how", "whereby"}
# Nouns a relative clause modifies through an adverbial gap ("the day the rebels attacked"), not
# an object one: the clause's verb does not act on them.
_ADVERBIAL_HEADS = {
    "day", "time", "moment", "week", "month", "year", "night", "morning", "evening", "hour", "way",
    "reason", "manner", "extent", "point",
}  # fmt: skip
_ANYONE = {"anyone", "anybody", "everyone", "everybody", "whoever", "those"}  # people no noun names
_NO_WORDS = {"nobody", "nothing", "none", "no-one", "noone"}
# plural counts that stand alone for a crowd of people ("Hundreds rallied", "tens of thousands marched")
_CROWD_COUNTS = {"dozens", "scores", "hundreds", "thousands", "millions"}
_MEASURES = {
    "series", "wave", "spate", "string", "round", "package", "shipment", "batch", "amount", "ton",
    "tonne", "kilogram", "kilo", "litre", "liter", "gallon", "barrel", "bag", "sack", "box", "crate",
    "load", "truckload", "day", "night", "week", "month",
}  # fmt: skip  # "a day of protests", "three weeks of talks": the span counts the act
# Prepositions whose object is what a protest, complaint or demand is about or against.
_ABOUT_PREPS = {"over", "about", "at", "for", "into", "of"}
# Types whose acts land on a place when no actor is named ("imposed a curfew in Cizre").
# Types whose object may be the actor's own, sent, moved or withdrawn ("sent its troops").
_GIVEN_TYPES = {"AID", "MOBILIZE", "RETREAT", "SANCTION"}
# Verbal stances aimed at a measure: its maker is whom they are aimed at ("opposed the law passed by X").
_STANCE_TYPES = {"ACCUSE", "PROTEST", "REJECT", "REQUEST"}
# What stands between a transcript turn's speaker label and its words ("ROSS: ", "A (Maj. Ross): ").
_TURN_LABEL = re.compile(r"(?:\s*\([^()]*\))?[\s)\]]*:\s*[\"\u201c]?")  # "NAME (ROLE): " too
# Marks of a clause that tells when a past act happened relative to its governor's ("after").
_TIME_MARKS = {"after", "when", "as", "while", "once", "before"}
# Marks of a clause whose request an aid act answers ("if X asks for help", "after X requested").
_ASKED_MARKS = {"if", "after", "when", "once", "because", "since", "as"}
# Prepositions of where someone stands: "stood with his wife on the balcony" is a posture.
_POSTURE_PREPS = {"on", "at", "beside", "behind", "outside", "inside", "near", "next", "alongside", "by"}
# Verbs that found a body: "set up a commission to investigate", "formed a panel to review" (the
# purpose is the founder's act, done through the body it made)
_FOUNDING = {"establish", "create", "form", "appoint", "convene", "constitute"}
_LEADING = {"lead", "head", "run", "chair", "spearhead", "organise", "organize"}  # "a campaign led by X"
_PEOPLE_TARGET_TYPES = {"ASSAULT", "COERCE", "RETREAT", "CONCEDE", "COOPERATE", "AID", "CONSULT"}
# (CONCEDE: "apologised to the families", "gave in to the strikers": the people yielded to)
# (not PROTEST: a crowd in a city protests there, not against it)
_PLACE_TARGET_TYPES = {"ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "CONCEDE"}
# Acts done on the spot, which happen where the scene is ("arrested", "clashed", "marched"); words
# ("urged", "denied", "rejected") are said wherever the speaker is
# kinds of place "the <kind>" stands for a place named before (_kind_place), with the gazetteer
# levels a place of that kind has ("the province": a first-order division); "the island" has none
_KIND_FEATURES: dict[str, frozenset[str]] = {
    "island": frozenset(),
    "region": frozenset({"region"}),
    "province": frozenset({"admin1"}),
    "district": frozenset({"admin2"}),
}
_SCENE_TYPES = {"ASSAULT", "COERCE", "PROTEST"}
# acts done on the spot whose place runs on to later acts of the same day (_same_day_scene)
_ON_THE_SPOT = _SCENE_TYPES | {"AID", "MOBILIZE"}
_SCENE_WINDOW = 3  # sentences back over which the scene of a day's acts runs on
# Modes of acts done to a person, whose owner undergoes them ("his arrest", "her kidnapping").
_UNDERGONE_MODES = {"arrest", "deport", "abduct", "release"}
# Nominal events whose author is the one a response targets ("accepted demands from the rebels").
_RESPONSE_TYPES = {"AGREE", "CONCEDE", "REJECT", "ACCUSE", "RETREAT"}
_DEFINITE = {"the", "this", "that", "these", "those"}
_ANSWER_WINDOW = 3  # sentences back in which the event a response answers is looked for
_AUTHOR_WINDOW = 2  # sentences back in which the author of an act criticised is looked for
# "in protest of X", "in defiance of X", "in retaliation for X", "in response to X": X is the target.
_IN_NOUNS = {"protest", "defiance", "retaliation", "response"}
# A span of years, decades or centuries ("P18Y", "PXY", "PXDE"): "decades ago" is history.
_YEARS = re.compile(r"P(?:\d+|X)(?:Y|DE|CE)")
# Modifiers kept in an argument phrase ("the radical Palestinian youths").
_PHRASE_DEPS = {"det", "amod", "compound", "nummod", "poss", "nmod", "npadvmod", "quantmod", "case", "punct"}


@dataclass(frozen=True)
class Entry:
    """One lexicon row: a trigger lemma (one or two words) and what it codes to."""

    lemma: str
    pos: str
    type: str
    mode: str | None
    cameo: str | None
    flags: frozenset[str]
    head: str
    dependent: str | None


@dataclass
class _Found:
    """A trigger found in the parse, before it becomes an Event."""

    tok: Token
    entry: Entry
    extra: Token | None = None
    source: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    source_tokens: list[Token] = field(default_factory=list)
    target_tokens: list[Token] = field(default_factory=list)
    passive: bool = False
    merged: bool = False
    sent: SpacySpan | None = None
    recoded: str | None = None
    intended: Entry | None = None  # the act a stated intention plans, when it is coded too (_planned)
    planned: bool = False  # this is that planned act: hypothetical whatever its verb's mood
    embedded: bool = False
    further: bool = False  # the target was found one step further (_fallback), not by direct syntax
    addressed: bool = False  # the target is the people a request is made of (_addressee), unlinked
    into: _Found | None = None  # the verb trigger a merged nominal trigger went into
    asserted: bool = True  # neither negated, hypothetical nor background: may take the dateline place
    seated: bool = False  # the source is a state body named with its seat ("a court in X"), no entity
    claimed: bool = False  # a noun whose act is felt by someone ("the hospital was hit by an attack")
    claimers: list[Token] = field(default_factory=list)  # who claims it ("claimed the attack"), if coded


def load_lexicon(name: str = LEXICON) -> list[Entry]:
    """The trigger lexicon as Entry rows (two-word lemmas split into head and dependent)."""
    entries = []
    for row in load_tsv(name):
        lemma = (row.get("lemma") or "").strip().lower()
        pos = (row.get("pos") or "").strip().upper()
        if not lemma or pos not in ("VERB", "NOUN"):
            log.warning("event lexicon: skipping row %r", row)
            continue
        words = lemma.split()
        if len(words) == 1:
            head, dep = words[0], None
        elif pos == "VERB":
            head, dep = words[0], words[-1]
        else:
            head, dep = words[-1], words[0]
        flags = frozenset(f.strip() for f in (row.get("flags") or "").split(",") if f.strip())
        entries.append(
            Entry(
                lemma=lemma,
                pos=pos,
                type=(row.get("type") or "").strip(),
                mode=(row.get("mode") or "").strip() or None,
                cameo=(row.get("cameo") or "").strip() or None,
                flags=flags,
                head=head,
                dependent=dep,
            )
        )
    return entries


@dataclass(frozen=True)
class Sense:
    """One row of ``event_senses.tsv``: a verb's coding when its theme is one of ``objects``
    (``entry`` None: the verb codes nothing with that theme)."""

    objects: frozenset[str]
    entry: Entry | None


def load_senses(name: str = SENSES) -> dict[tuple[str, str | None], list[Sense]]:
    """The sense table keyed by (verb lemma, particle or None).

    The ``@convey`` rows go to every verb of ``event_conveyance_verbs.txt`` (carrying, sending,
    handing out, from WordNet) that has no rows of its own: "airlifted food" and "distributed
    blankets" are aid as "sent food" is, and "trucked in troops" stays with the lexicon. The verbs
    of ``event_send_verbs.txt`` take the rows of "send" ("dispatched troops", "rescue teams")."""
    out: dict[tuple[str, str | None], list[Sense]] = {}
    for row in load_tsv(name):
        verb = (row.get("verb") or "").strip().lower()
        typ = (row.get("type") or "").strip()
        if not verb or not typ:
            log.warning("event senses: skipping row %r", row)
            continue
        words = verb.split()
        key = (words[0], words[1] if len(words) > 1 else None)
        objects = frozenset(o.strip().lower() for o in (row.get("objects") or "").split(",") if o.strip())
        for cls in objects & SENSE_CLASSES.keys():  # "@craft": every noun of its list
            objects |= _sense_class(cls)
        entry = None
        if typ != "-":
            entry = Entry(
                lemma=verb,
                pos="VERB",
                type=typ,
                mode=(row.get("mode") or "").strip() or None,
                cameo=(row.get("cameo") or "").strip() or None,
                flags=frozenset(),
                head=words[0],
                dependent=key[1],
            )
        out.setdefault(key, []).append(Sense(objects, entry))
    for verb in load_lines(SEND_VERBS):  # "dispatched troops" is coded as "sent troops"
        out[(verb.lower(), None)] = [
            Sense(s.objects, dataclasses.replace(s.entry, lemma=verb, head=verb) if s.entry else None)
            for s in out.get(("send", None), [])
        ]
    shared = out.get((CONVEY, None), [])  # kept under its own key too: no token's lemma is "@convey"
    if shared:
        for verb in load_lines(CONVEYANCE_VERBS):
            words = verb.lower().split()
            key = (words[0], words[1] if len(words) > 1 else None)
            if key not in out:
                out[key] = [
                    Sense(
                        s.objects,
                        dataclasses.replace(s.entry, lemma=verb, head=key[0], dependent=key[1])
                        if s.entry
                        else None,
                    )
                    for s in shared
                ]
    return out


def _own(objs: Sequence[Token]) -> bool:
    """Whether every object is the actor's own ("recalled its ambassador", "their troops", "a
    team of its rescue force"): a possessive pronoun on each, or on its "of" object."""

    def owned(t: Token) -> bool:
        return any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in t.children)

    return bool(objs) and all(
        owned(o)
        or any(
            p.dep_ == "pobj" and owned(p)
            for c in o.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children
        )
        for o in objs
    )


def _own_subject(verb: Token) -> Token | None:
    """The subject of a second clause that the parser hung as a conjunct of the first clause's
    object (:func:`_next_clause_verb`), or None."""
    return next(
        (
            t
            for t in verb.doc[verb.head.i + 1 : verb.i]
            if t.dep_ == "conj" and (v := _next_clause_verb(t)) is not None and v.i == verb.i
        ),
        None,
    )


def _listed_verb(tok: Token) -> bool:
    """Whether a past verb is the middle of a list of acts that the parser hung loose ("protested
    the arrest, summoned the consul and recalled its envoy": "summoned" a ``dep`` of
    "protested"): after a comma, with no subject of its own, on a finite verb before it."""
    return (
        tok.dep_ == "dep"
        and tok.tag_ == "VBD"
        and tok.i > 0
        and tok.doc[tok.i - 1].text == ","
        and tok.head.i < tok.i
        and tok.head.tag_ in ("VBD", "VBZ", "VBP")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children)
    )


def _theme_owners(objs: Sequence[Token]) -> list[Token]:
    """Whose the things are that chose a verb's sense ("searched the senator's offices", "revoked
    the firm's licence", "searched his flat"): the act is done to the owner. A possessive noun or
    "his"/"her"; "its"/"their" may be the actor's own ("fired their tear gas") and give none. The
    parser may hang the owner on a modifier before the noun ("the airline's four other jets", the
    owner under "other"): it is the noun's still; so is a quantity's, on the noun it counts ("froze
    three of his properties")."""
    return [
        c
        for o in dict.fromkeys(t for o in objs for t in (o, _through_quantity(o)))
        for m in [o, *(m for m in o.children if m.dep_ in ("amod", "nummod") and m.i < o.i)]
        for c in m.children
        if c.dep_ == "poss" and (c.pos_ in ("NOUN", "PROPN") or c.lower_ in ("his", "her"))
    ]


def _pos(tok: Token) -> str | None:
    """The lexicon part of speech a token can trigger as (VERB or NOUN), or None. A lone sign
    the tagger took for a word ("•" opening a timeline line, tagged a participle) is neither."""
    pos = tok.pos_  # read once: each ``pos_`` access looks the string up again
    if len(tok.text) == 1 and not tok.text.isalnum():
        return None
    if pos == "VERB" or (pos == "AUX" and tok.dep_ not in ("aux", "auxpass")):
        return "VERB"
    if pos in ("NOUN", "PROPN"):
        if tok.tag_ == "NNS" and _present_conjunct(tok):
            return "VERB"
        return "NOUN"
    if pos == "ADJ" and tok.tag_ in ("VBN", "VBD"):
        return "VERB"
    return None


def _present_conjunct(tok: Token) -> bool:
    """Whether an "-s" word the tagger made a plural noun is a verb in the present tense joined to
    another ("The governor announces a curfew and orders the ports shut"): a conjunct of a
    present-tense verb that takes an object or a clause of its own, as no noun does."""
    return (
        tok.dep_ == "conj"
        and tok.head.tag_ == "VBZ"
        and tok.lower_.endswith("s")
        and any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in tok.children)
    )


# A one-syllable stem closed by one consonant ("fin", "stag", "hop"): its own verb doubles that
# consonant before -ed/-ing ("finned", "hopping") and takes a bare -s.
_CLOSED_SYLLABLE = re.compile(r"[^aeiou]*[aeiou][b-df-hj-np-tvz]")


def _lemma(tok: Token) -> str:
    """A verb's lemma, repaired where spaCy strips a silent e's inflection down to a shorter
    word ("fined" -> "fin", "staged" -> "stag", "hoping" -> "hop"): a closed one-syllable stem
    would double its consonant ("finned") or take a bare -s ("fins"), so "fined", "fining" and
    "fines" inflect the stem plus e ("fine"). Other tokens keep spaCy's lemma, lowercased."""
    lemma = tok.lemma_.lower()
    if tok.tag_ in ("VBD", "VBN", "VBG", "VBZ") and _CLOSED_SYLLABLE.fullmatch(lemma):
        low = tok.lower_
        if low in (f"{lemma}ed", f"{lemma}ing") or (low == f"{lemma}es" and lemma[-1] not in "sz"):
            return f"{lemma}e"
    return lemma


def _with_word_before(tok: Token) -> str:
    """The lemmas of the word before a noun and of the noun ("job cut", "price hike"), to look up
    a two-word entry of a word list; empty for the text's first word."""
    return f"{tok.doc[tok.i - 1].lemma_.lower()} {tok.lemma_.lower()}" if tok.i else ""


def _mandative(verb: Token) -> bool:
    """Whether a verb has a "that"-clause in the subjunctive, which asks for what it says ("has asked
    that the market be closed", "requested that he resign", "asked that they should leave"): a
    complement whose verb, or its "be", is in the base form, or that "should" or "must" governs."""
    for c in verb.children:
        if c.dep_ != "ccomp" or not any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            continue
        subjects = [s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
        if any(s.lemma_.lower() in ("name", "identity") for s in subjects):
            continue  # "asked that his name not be used": a source's anonymity, no request
        auxes = [a for a in c.children if a.dep_ in ("aux", "auxpass")]
        if any(a.lower_ in ("should", "must") for a in auxes):
            return True
        if any(a.lower_ == "to" or a.tag_ == "MD" for a in auxes):
            continue
        if c.tag_ == "VB" or any(a.tag_ == "VB" for a in auxes):
            return True
    return False


def _bearing(word: Token) -> bool:
    """Whether a compass word before "of X" gives a bearing from a place ("30 km north of X",
    "some miles east of X", "north-west of X"), where an act lies near X; not a part of X named
    as a region with its article ("the east of X")."""
    if any(c.dep_ == "det" for c in word.children):
        return False  # "the east of Ukraine": a region, which the places stage reads
    return word.dep_ in ("advmod", "npadvmod", "pobj", "prep", "amod", "dobj", "conj") or any(
        c.dep_ in ("npadvmod", "advmod", "nummod") for c in word.children
    )


def _off_bearing(place: Token) -> bool:
    """Whether a place is named only as the point a bearing is taken from ("100 km west of X"):
    where an act happened when the sentence names no other place, after any that it names."""
    t = place
    while t.dep_ in ("compound", "flat", "appos", "conj") and t.head.i != t.i:
        t = t.head
    word = t.head.head
    return t.dep_ == "pobj" and t.head.lower_ == "of" and word.lower_ in _COMPASS and _bearing(word)


def _evacuated_from(people: Token, place: Token) -> bool:
    """Whether ``place`` is where the people an evacuation moves are taken from ("evacuated 1,500
    residents from X and Y", "300 villagers were evacuated from X"): where the act happens, not
    those it helps, who are the people themselves."""
    return (
        place.head.lower_ == "from"
        and people.dep_ in ("dobj", "nsubjpass")
        and _lemma(people.head) in _EVACUATING
    )


def _is_light(tok: Token) -> bool:
    """Whether a verb is a light verb carrying a nominal trigger ("staged a protest"), or a verb of
    enacting whose object is a measure ("adopted sanctions against X", "approved a package of
    sanctions", "passed the renewal of the embargo": ``_ENACTING``, ``_ENACTED``)."""
    lemma = _lemma(tok)
    if lemma in _LIGHT:
        return True
    if lemma not in _ENACTING or tok.pos_ not in ("VERB", "AUX"):
        return False
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    # the object, or what it is "of" ("a package of sanctions", "the renewal of the embargo")
    nouns = [
        *objs,
        *(t for o in objs for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for t in p.children),
    ]
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in _ENACTED for t in nouns)


def _carrying_verb(tok: Token) -> Token | None:
    """The verb that does what a noun names, where the clause hangs on it: a light verb's
    object ("staged a sit-in", "held a march") or "went on strike"; else None."""
    if tok.dep_ == "dobj" and _is_light(tok.head):
        return tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "on" and tok.head.head.lemma_.lower() == "go":
        return tok.head.head
    return None


def _long_before(value: str | None, published: dt.date | None) -> bool:
    """Whether a date lies more than a year before publication ("in the 1970s", "in 2018")."""
    if value is None or published is None:
        return False
    digits = value[:4] if value[:4].isdigit() else value[:3] if value[:3].isdigit() else value[:2]
    if not digits.isdigit() or len(digits) < 2:
        return False
    year = int(digits.ljust(4, "9"))  # a decade ("198": the 1980s) or century ("18") ends with its last year
    month = int(value[5:7]) if len(value) >= 7 and value[5:7].isdigit() else 12
    return (published.year - year) * 12 + published.month - month > 12


@functools.lru_cache(maxsize=4)
def _dateline_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The character ranges of the wire datelines of ``text`` (:func:`~storyline.read.datelines`),
    kept for the article being coded: no argument's phrase reaches into one."""
    return tuple((d.start, d.end) for d in datelines(text))


def _outside(entities: Sequence[Entity], ranges: list[tuple[int, int]]) -> list[Entity]:
    """The entities with their mentions inside ``ranges`` dropped (ids unchanged)."""
    if not ranges:
        return list(entities)
    out = []
    for e in entities:
        kept = tuple(m for m in e.mentions if not any(a <= m.start < b for a, b in ranges))
        out.append(e if len(kept) == len(e.mentions) else dataclasses.replace(e, mentions=kept))
    return out


@functools.cache
def _alpha2(iso3: str) -> str | None:
    """ISO 3166 alpha-2 code (the places') of an actor's alpha-3 country code, else None."""
    import pycountry

    found = pycountry.countries.get(alpha_3=iso3)
    return found.alpha_2 if found else None


def _home_countries(entities: Sequence[Entity], ids: Collection[str]) -> set[str | None]:
    """The alpha-2 codes (the places') of the countries of the actors among ``ids``: the senders'
    home countries, where aid they send helps no other state."""
    return {
        _alpha2(e.actor.country) for e in entities if e.id in ids and e.actor is not None and e.actor.country
    }


def _definite(tok: Token) -> bool:
    """Whether a noun has a definite or demonstrative determiner ("the attack", "those talks")."""
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in tok.children)


def _slot(tok: Token) -> Token:
    """The phrase a noun stands in for its verb: the measure it counts in ("5.1 million
    dollars of aid", "a series of bombs"), else the noun itself."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        measure = tok.head.head
        if measure.pos_ == "NOUN" and (
            measure.lower_ in _QUANT_HEADS
            or measure.lemma_.lower() in _MEASURES
            or measure.lemma_.lower() in _RENEWALS  # "approved the renewal of the sanctions"
            or any(c.dep_ == "nummod" for c in measure.children)
        ):
            return measure
    return tok


def _bound(tm: Time, edge: str) -> str | None:
    """One end of the span of days a date covers, as an ISO day, for the word before it:
    "since X" its first day, "after X" the day after its last, "before X" the day before its
    first, "by/until X" its last day ("by the end of the year": no later than 31 December)."""
    lo = _day(tm.earliest) or _span(tm.value)[0]
    hi = _day(tm.latest) or _span(tm.value)[1]
    day = {"since": lo, "after": hi, "before": lo}.get(edge, hi)
    if day is None:
        return None
    shift = {"after": 1, "before": -1}.get(edge, 0)
    return (day + dt.timedelta(days=shift)).isoformat()


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None


_GAP = re.compile(r"P(\d+)([DW])")


def _gap(word: Token, times: Sequence[Time], time_toks: list[Token | None]) -> int | None:
    """The days a duration measures off before a word ("two days after", "a week before"), from
    the time expression that modifies it, or None."""
    for tm, tt in zip(times, time_toks, strict=True):
        if tt is None or tt.dep_ != "npadvmod" or tt.head.i != word.i or tm.type != "DURATION":
            continue
        got = _GAP.fullmatch(tm.value or "")
        if got is not None:
            return int(got.group(1)) * (7 if got.group(2) == "W" else 1)
    return None


def _span(value: str | None) -> tuple[dt.date | None, dt.date | None]:
    """First and last day of an ISO day, week, month or year value ("2019-10", "2020-W01")."""
    if not value:
        return None, None
    day = _day(value[:10])
    if day is not None:
        return day, day
    try:
        if len(value) == 8 and value[4:6] == "-W":
            first = dt.date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
            return first, first + dt.timedelta(days=6)
        if len(value) == 7 and value[4] == "-":
            first = dt.date(int(value[:4]), int(value[5:7]), 1)
            nxt = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first, nxt - dt.timedelta(days=1)
        if len(value) == 4:
            return dt.date(int(value), 1, 1), dt.date(int(value), 12, 31)
    except ValueError:
        pass
    return None, None


def _in_time(tok: Token, times: Sequence[Time]) -> bool:
    """Whether a token lies inside a date or time expression ("on March 5", "Strike Day")."""
    return any(t.start <= tok.idx < t.end for t in times if t.type in ("DATE", "TIME"))


def _not_actor(tok: Token) -> bool:
    """Whether a token is a date, time, sum or share, never who acts or undergoes: its entity
    type, except a bare count the tagger took for a date ("detained 40 after the match": a
    short number standing alone as subject or object counts people, it dates nothing)."""
    return tok.ent_type_ in _NOT_ACTORS and not _miscounted_date(tok)


def _miscounted_date(tok: Token) -> bool:
    """Whether a number the tagger typed DATE or TIME is a bare count of people: one to three
    digits or a number word, with no modifier of its own, the subject or object of its verb
    ("Police detained 40 after the match"; "in 2019", "40 years" and "at 9" stay times)."""
    return (
        tok.ent_type_ in ("DATE", "TIME")
        and tok.like_num
        and (tok.is_alpha or (tok.is_digit and len(tok.text) <= 3))
        and tok.dep_ in ("dobj", "nsubjpass", "nsubj")
        and tok.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ not in ("advmod", "quantmod") for c in tok.children)
    )


# Prepositions of place the parser may tag as an adjective on a following object ("rallied
# [outside parliament]" parsed as an object with an adjective "outside").
_PLACE_MODIFIERS = {"outside", "inside", "near", "behind", "beside", "opposite", "beneath", "underneath"}


def _spot(tok: Token) -> bool:
    """Whether an object is a spot a town owns after a preposition of place ("used water cannon
    against demonstrators on Mombasa's seafront", ``event_spot_nouns.txt``): where the act happens,
    never what it is done to (nor the town that owns it); "a strike on a crowded market" hits it."""
    return (
        tok.dep_ == "pobj"
        and tok.head.lower_ in ("on", "at", "along", "in", "near", "outside", "across")
        and tok.lemma_.lower() in load_lines(SPOT_NOUNS)
        and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in tok.children)
    )


def _place_object(tok: Token) -> bool:
    """Whether an object is a place phrase the parser misread ("Supporters rallied outside
    parliament": "outside" an adjective of the object "parliament"): where the act happens,
    never what it is done to."""
    return tok.dep_ == "dobj" and any(
        c.dep_ in ("amod", "advmod") and c.lower_ in _PLACE_MODIFIERS and c.i == tok.left_edge.i
        for c in tok.children
    )


def _state_forms(word: str) -> set[str]:
    """The forms a state word takes after a verb of ordering ("close": "close", "closed";
    "shut": "shut"; "ground": "grounded")."""
    if not word:
        return set()
    return {word, f"{word}d" if word.endswith("e") else f"{word}ed"}


def _conceded(verb: Token, place: Token) -> bool:
    """Whether a place is what a verb of yielding gives up: its object ("conceded Kidal", "Kidal
    was ceded") or the place that object names ("yielded the town of X", "conceded control of X").
    A place yielded in ("conceded the election in X", "resigned in X") is only where it happened."""
    t = place
    for _ in range(8):
        if t.head.i == verb.i:
            return t.dep_ in ("dobj", "nsubjpass")
        if t.dep_ in ("compound", "flat", "appos", "conj"):
            t = t.head
        elif t.dep_ == "pobj" and t.head.lower_ == "of":
            t = t.head.head
        else:
            return False
    return False


def _congratulated(verb: Token) -> list[Token]:
    """Whom the side that concedes congratulates in the same sentence ("conceded defeat and
    congratulated X", "conceded, saying he had called X to congratulate her"): the winner it yields
    to. A pronoun object stands for the person called or met to congratulate them."""
    for t in verb.subtree:
        if t.i <= verb.i or t.pos_ != "VERB" or t.lemma_.lower() not in _HAILING:
            continue
        for o in (c for c in t.children if c.dep_ == "dobj"):
            if o.lower_ in _PERSONAL and t.dep_ in ("advcl", "xcomp"):  # "called X to congratulate her"
                called = [c for c in t.head.children if c.dep_ == "dobj" and c.pos_ == "PROPN"]
                return called or [o]
            return [o]
    return []


def _conjuncts(tok: Token) -> list[Token]:
    """The token and the tokens coordinated with it ("Soleimani and a number of officials"); not
    a noun that is the subject of the next clause (:func:`_next_clause_verb`)."""
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj" and _next_clause_verb(c) is None:
            out.extend(_conjuncts(c))
    return out


def _next_clause_verb(noun: Token) -> Token | None:
    """The verb of the second clause whose subject the parser coordinated with the first clause's
    object ("Rebels shelled the market and troops returned fire": "troops" hung as a conjunct of
    "market", "returned" on "shelled" with no subject): a noun conjunct followed by a finite verb
    (an adverb may come between) that is a conjunct of a verb above the noun and has no subject
    of its own. None for a true list of objects."""
    if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    doc = noun.doc
    k = noun.right_edge.i + 1
    if k >= len(doc):
        return None
    verb = doc[k]
    if verb.dep_ == "advmod" and verb.head.i > verb.i:
        verb = verb.head  # "and troops quickly returned fire"
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.head.i >= noun.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    if not any(a.i == verb.head.i for a in noun.ancestors):
        return None
    return verb


class EventStage:
    """Finds event triggers and codes each into a PLOVER event with its arguments."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.single: dict[tuple[str, str], Entry] = {}
        self.multi: dict[tuple[str, str], list[Entry]] = {}
        for e in load_lexicon():
            if e.dependent is None:
                self.single.setdefault((e.head, e.pos), e)
            else:
                self.multi.setdefault((e.head, e.pos), []).append(e)
        # the lexicon's event nouns, which can take an event up again ("the strike", _taken_up)
        self.event_nouns = frozenset(h for h, pos in (*self.single, *self.multi) if pos == "NOUN")
        self.intent: dict[tuple[str, str], tuple[str, str, str | None]] = {}
        for row in load_tsv(INTENT_TABLE):
            key = ((row.get("kind") or "").strip(), (row.get("type") or "").strip())
            mode = (row.get("mode") or "").strip() or None
            self.intent[key] = ((row.get("new_type") or "").strip(), (row.get("cameo") or "").strip(), mode)
        self.activity = frozenset(w.lower() for w in load_lines(ACTIVITY_NOUNS))
        self.senses = load_senses()
        self._sense_lemmas = frozenset(lemma for lemma, _ in self.senses)
        # crowd-control weapons ("used tear gas", "fired rubber bullets"): the "use" rows of CAMEO 175
        self.riot_weapons = frozenset(
            o
            for s in self.senses.get(("use", None), ())
            if s.entry is not None and s.entry.cameo == "175"
            for o in s.objects
        )
        # the people a verb of carrying takes to care ("airlifted the injured"): those helped,
        # unlike the helpers a verb of sending moves ("sent 12 doctors"); the @convey 073 row
        self.carried = frozenset(
            o
            for s in self.senses.get((CONVEY, None), ())
            if s.entry is not None and s.entry.cameo == "073"
            for o in s.objects
        )
        # craft a seizure or a ban takes ("held the freighter", "grounded the fleet"): named by no
        # entity, the object phrase is a generic target ("pirates took an oil tanker")
        self.craft = frozenset(
            o
            for rows in self.senses.values()
            for s in rows
            if "@craft" in s.objects and s.entry is not None and s.entry.type == "COERCE"
            for o in s.objects
            if not o.startswith("@")
        )
        # vehicles whose crews act ("fishing boats pulled 30 people from the sea"): civilian craft
        # and the military and road vehicles that list leaves out
        self.vehicles = _sense_class("@craft") | frozenset(load_lines(VEHICLE_NOUNS))
        self.platforms = frozenset(load_lines(PLATFORMS))
        typ, cameo, mode = self.intent.get(("demand", "*"), ("REQUEST", "100", None))
        self._demand_entry = Entry("must", "VERB", typ, mode, cameo, frozenset({"weak"}), "must", None)
        # the joint work an invitation plans ("invited X to a joint inquiry"): cooperation (CAMEO 060)
        self._joint_entry = Entry(
            "cooperate", "VERB", "COOPERATE", None, "060", frozenset({"sym"}), "cooperate", None
        )
        # "wanted the guards handed over": a demand (:meth:`_wanted`)
        self._want_entry = Entry("want", "VERB", typ, mode, cameo, frozenset({"weak"}), "want", None)
        # "will pay $5,000 to each family": money paid to people is economic aid (CAMEO 071)
        self._paid_entry = Entry("pay", "VERB", "AID", "economic", "071", frozenset(), "pay", None)
        # "claimed (that) the mayor had shut the gate": an accusation, as "alleged" (CAMEO 112)
        self._claim_entry = Entry(
            "claim", "VERB", "ACCUSE", "disapprove", "112", frozenset({"weak"}), "claim", None
        )
        self.state_verbs = frozenset(load_lines("state_verbs.txt"))  # "claimed X knew": no act claimed
        # the text of the doc being coded: ``Doc.text`` rebuilds it from every token on each call
        self._text_doc: Doc | None = None
        self._text = ""
        self._datelines: list[tuple[int, int]] = []  # its wire datelines (:func:`~storyline.read.datelines`)
        self.actor_nouns: dict[str, tuple[str | None, str]] = actor_nouns()
        self.person_nouns = person_nouns()
        self.suspects = frozenset(w.lower() for w in load_lines("event_suspect_nouns.txt"))
        # a state's sovereignty, airspace, territory: a party said to violate one is accused
        self.violated_rights = frozenset(w.lower() for w in load_lines(VIOLATED_RIGHTS))
        self.cargo_vessels = frozenset(w.lower() for w in load_lines(CARGO_VESSELS))  # "boarded the tanker"
        self.currencies = _sense_class("@currency")  # "paid 100,000 rupees": a sum untagged as money
        self.documents = frozenset(load_lines(DOCUMENT_NOUNS))
        # artefacts and substances (WordNet first senses): what an attack is made with, not who
        self.instruments = frozenset(
            r["lemma"] for r in load_tsv(CONCRETE_NOUNS) if r.get("sense") in ("artifact", "substance")
        )
        # happenings and conditions (WordNet first senses: event, phenomenon, process, state):
        # "Greece's wildfire", "the region's floods" happen in a place; the place does nothing
        self.happenings = frozenset(
            r["lemma"] for r in load_tsv(EVENT_NOUNS) if r.get("sense") in ("event", "phenomenon", "process")
        ) | frozenset(r["lemma"] for r in load_tsv(STATE_NOUNS) if r.get("sense") == "state")
        # natural hazards: what they do is no attack ("a tremor levelled the village, killing 40")
        self.hazards = frozenset(w.lower() for w in load_lines(HAZARD_NOUNS))
        # accidents: what they cause is no attack either ("the crash killed 11", "collided, killing 11")
        accidents = load_tsv(ACCIDENTS)
        self.accidents = frozenset(r["word"] for r in accidents if r["pos"] == "NOUN")
        self.accident_verbs = frozenset(r["word"] for r in accidents if r["pos"] == "VERB")
        # things that do nothing of their own (WordNet first senses): "the levee gave in" (_by_thing)
        self.inert = frozenset(load_lines(INERT_NOUNS))  # "the dyke": a flood defence, never a person
        self.harms = self.hazards | self.accidents  # whose deaths are no attack (_by_nature)
        self.things = self.harms | self.inert  # agents of no act at all (_by_thing)
        # what a speaker condemns in a reported clause ("said the dismissals were illegal")
        self.condemnations = frozenset(w.lower() for w in load_lines(CONDEMNATIONS))
        # what can be turned down ("the demand", "the offer", "the allegations") and the words that
        # do so when a verb of naming gives them to it ("called the demand impossible")
        self.rejectables = frozenset(w.lower() for w in load_lines("event_rejectables.txt"))
        # contests one concedes ("conceded the race in X": X is no target)
        self.contests = frozenset(w.lower() for w in load_lines("event_contest_nouns.txt"))
        self.rejections = frozenset(w.lower() for w in load_lines("event_rejection_words.txt"))
        self.sports_words = frozenset(w.lower() for w in load_lines(SPORTS_WORDS))
        # sites a nationality word can place (_national_site)
        self.site_nouns = frozenset(load_lines("event_site_nouns.txt"))
        self.occupied_sites = frozenset(load_lines(OCCUPIED_SITES))
        # premises whose closure by the state is coercion ("sealed the bakery": the "premises" flag)
        self.premises = frozenset(w.lower() for w in load_lines("event_closed_premises.txt"))
        self.pair_nouns = {r["noun"]: r["type"] for r in load_tsv(PAIR_NOUNS)}
        self.institution_nouns = frozenset(load_lines("event_institution_nouns.txt"))
        self.protest_purposes = frozenset(load_lines(PROTEST_PURPOSES))
        self.rescue_words = frozenset(load_lines("event_rescue_words.txt"))  # "send a ship to help search"
        self.care_places = frozenset(load_lines("event_care_places.txt"))  # "taken from the car to hospital"
        self.authored = frozenset(load_lines("event_authored_nouns.txt"))  # "condemned the plan": whose plan
        self.refusal_verbs = frozenset(load_lines(REFUSAL_VERBS))  # "refused to hand over": no handing over
        self.comment_verbs = frozenset(load_lines(COMMENT_VERBS))
        self.water_nouns = frozenset(load_lines("event_water_nouns.txt"))  # "the waters off X": X's
        self.deliberation_verbs = frozenset(load_lines(DELIBERATION_VERBS))
        self.dispatch_heads = frozenset({"send", *load_lines(SEND_VERBS)})  # verbs with the rows of "send"
        self.answered: dict[str, frozenset[str]] = {
            row["noun"].strip().lower(): frozenset(row["types"].split(","))
            for row in load_tsv(ANSWERED_NOUNS)
        }
        # the last doc coded and its triggers by event id, for :meth:`generic_actors`
        self._coded: tuple[Doc | None, dict[str, _Found]] = (None, {})
        self._filed: int | None = None  # the dateline place of the article being coded
        self._place_spans: list[tuple[int, int]] = []  # the toponyms of the article being coded
        self._country_spans: list[tuple[int, int]] = []  # those of them that name a country

    # --- public --------------------------------------------------------------------------

    def __call__(
        self,
        an: Analysis,
        entities: Sequence[Entity],
        times: Sequence[Time],
        quotes: Sequence[Quote],
        places: Sequence[Place],
        quantities: Sequence[Quantity],
    ) -> list[Event]:
        """The events of one article, in text order, ids ``v1``, ``v2``, ..."""
        doc = an.doc
        self._text_doc, self._text = doc, an.text
        self._datelines = [(d.start, d.end) for d in datelines(an.text)]
        self._place_spans = [(p.start, p.end) for p in places]
        self._country_spans = [(p.start, p.end) for p in places if p.feature == "country"]
        entities = _outside(entities, self._datelines)
        found = [
            f
            for f in self._triggers(doc, entities, an.tokens)
            if not _in_time(f.tok, times) and not _in_name(f.tok, entities)
        ]  # "in March" is no march; "the Growers' Alliance" is no alliance made
        found += self._payments(doc, {f.tok.i for f in found})
        wanted, wanted_acts = self._wanted(doc, {f.tok.i for f in found})
        found = [f for f in found if f.tok.i not in wanted_acts] + wanted  # the act wanted is not done
        for f in found:
            f.sent = an.sentence_of(f.tok)
            self._concluded(f)
        offsets: dict[int, Offsets] = {}
        for f in found:
            self._arguments(f, entities)
            self._verbal_noun_actor(f, entities)
            self._occupied_in_protest(f, entities)
            self._refused_whom(f, entities)
            self._ordered_into(f, entities)
            self._ordered_held(f, entities)
            self._craft_sent(f)
            self._repression_site(f, entities)
            self._waters_owner(f, entities)
        self._cleared_occupants(found)
        found += self._demands(an, {f.tok.i for f in found}, entities, quotes)
        found += self._no_confidence(an, {f.tok.i for f in found}, entities)
        found += self._condemnations(an, {f.tok.i for f in found}, entities)
        found += self._claims(an, {f.tok.i for f in found}, entities)
        by_tok = {f.tok.i: f for f in found}
        self._merge(found, by_tok)
        self._light_pairs(found, by_tok)
        self._measure_pairs(found, by_tok)
        self._gathered(found, by_tok)
        self._died_in(an, found, by_tok, entities)
        for f in found:
            self._recode(f, entities)
            self._pledged(f, entities)
            self._by_police(f, entities)
            self._by_state(f, entities)
            self._sports_penalty(f, entities)
            self._speech(f, entities)
            self._implied_agent(an, f, quotes, entities)
            self._inquiry_at_home(f, entities, places)
            self._said_and_did(f, quotes)
            self._first_person(f, quotes, entities)
            self._force_before(f, found)
            self._recalled_from(f, entities, by_tok)
            self._seized_from(f, by_tok)
            self._aid_to_town(f, entities, places)
            f.embedded = self._embedded(f, by_tok)
        found += [self._planned(f) for f in found if f.intended is not None and not f.merged]
        self._answered([f for f in found if not f.merged])
        self._authored(an, [f for f in found if not f.merged], entities)
        time_toks = self._anchor(doc, times)
        place_toks = self._anchor(doc, places)
        self._filed = self._dateline_place(self._datelines, places)
        events: list[Event] = []
        coded: dict[str, _Found] = {}
        for f in sorted(found, key=lambda f: f.tok.i):
            if f.merged:
                continue
            direct = f.source or f.seated or (f.target and not f.further) or f.claimed or self._body_agent(f)
            if (
                f.entry.pos == "NOUN"
                and not direct
                and not self._light_object(f.tok)
                and not self._situated(f, time_toks + place_toks, time_toks)
                and not self._acting(f.tok)
                and not self._found_out(f.tok)
            ):
                continue  # "the air raid", "other attacks": a mention, not a coded event
            if self._by_nature(f):
                continue  # "a typhoon flattened the port, killing 12": a disaster, no attack
            if self._by_thing(f):
                continue  # "the levee gave in", "heavy rain pressed rivers over their banks": no act
            if self._refused(f.tok):
                continue  # "refused to hand over the suspects": no handing over
            if self._deliberated(f.tok):
                continue  # "is considering sanctions": none imposed
            if self._closed_by_other(f, entities):
                continue  # "the company shut down its plant": a business closing, no coercion
            if f.claimers and not f.source:
                # "X claimed the attack": X did it, told of an attack coded anyway (a claim alone
                # is a statement, as CAMEO coders code "claimed responsibility for the attack")
                f.source_tokens, f.source = f.claimers, self._link(f.claimers, entities)
            sent = f.sent if f.sent is not None else f.tok.sent
            if sent.start not in offsets:
                # as common.sentence_offsets, from the article text (``Span.text`` joins tokens)
                first = sent.start_char
                offsets[sent.start] = Offsets(first, first + len(an.text[first : sent.end_char].rstrip()))
            ident, sentence = f"v{len(events) + 1}", offsets[sent.start]
            events.append(
                self._event(an, f, times, time_toks, quotes, places, place_toks, quantities, ident, sentence)
            )
            coded[ident] = f
        self._coded = (doc, coded)
        events = self._corefer(events, coded, {e.id for e in entities if e.type == "NORP"}, places)
        events = self._taken_up(an, events, coded, found, times, time_toks)
        if self._filed is not None:
            events = [
                dataclasses.replace(e, place=self._default_place(coded[e.id], places, place_toks))
                if e.place is None and coded[e.id].asserted and _news_day(e, an.published)
                else e
                for e in events
            ]
        events = [
            dataclasses.replace(e, place=self._scene_place(coded[e.id], places, place_toks))
            if e.place is None and coded[e.id].asserted and _news_day(e, an.published)
            else e
            for e in events
        ]
        events = [self._aided_state(e, coded[e.id], entities, places, place_toks) for e in events]
        events = self._narrated(an, self._anchored(an, events, coded, found), coded, times, time_toks)
        events = self._headlined(an, self._complemented(events, coded), coded)
        return _coordinated(self._same_day_scene(an, events, coded, places, place_toks), coded)

    # --- triggers ------------------------------------------------------------------------

    def _theme(self, tok: Token) -> Token | None:
        """What a verb acts on: its direct object, or its subject in the passive; through a
        quantity ("thousands of refugees" -> refugees)."""
        theme = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if theme is None or self._is_passive(tok):
            theme = next((c for c in tok.children if c.dep_ == "nsubjpass"), theme)
        if theme is None and tok.dep_ in ("acl", "relcl") and tok.tag_ == "VBN":
            theme = tok.head  # "the talks held in Geneva"
        if tok.dep_ == "relcl" and tok.head.pos_ == "NOUN":
            # "the state of emergency (that) it declared": the noun the clause's object gap stands for
            gap = theme is None and any(
                c.dep_ == "nsubj" and c.lower_ not in _REL_PRONOUNS for c in tok.children
            )
            if gap or (theme is not None and theme.dep_ == "dobj" and theme.lower_ in _REL_PRONOUNS):
                theme = tok.head
        for _ in range(3):
            if theme is None or not (
                theme.like_num or theme.lower_ in _QUANT_HEADS or theme.lemma_.lower() in _MEASURES
            ):
                break  # "50 tons of rice" -> rice
            theme = next(iter(self._pobjs(theme, {"of"})), theme if theme.pos_ == "NOUN" else None)
            if theme is not None and theme.lower_ in _QUANT_HEADS and not self._pobjs(theme, {"of"}):
                break
        return theme

    def _sense(self, tok: Token, lemma: str, entities: Sequence[Entity]) -> tuple[bool, _Found | None]:
        """The verb's coding chosen by the class of its theme (``event_senses.tsv``): (whether a
        row matched, the trigger it gives, None when the row says "no event")."""
        if lemma not in self._sense_lemmas:
            return False, None  # no row for this verb, with or without a particle
        # right after the verb or after its object: "shipped them out", "brought nine miners out"
        ends = {tok.i} | {c.right_edge.i for c in tok.children if c.dep_ == "dobj"}
        prt = next(
            (
                c
                for c in tok.children
                if c.dep_ == "prt"
                or (
                    c.dep_ in ("prep", "advmod")
                    and (c.lower_ in ("out", "off", "back") or c.tag_ == "RP")  # "picked him up": a particle
                    and c.i - 1 in ends
                )
            ),
            None,
        )  # "were shipped out of the enclave": the parser makes "out" a preposition
        keys: list[tuple[tuple[str, str | None], Token | None]] = []
        if prt is not None:
            keys.append(((lemma, prt.lower_), prt))
        keys.append(((lemma, None), None))
        rows = [(self.senses[k], extra) for k, extra in keys if k in self.senses]
        if not rows:
            return False, None
        if lemma in _FLIGHT and not self._fled_by_people(tok, entities):
            return False, None  # "the storm left 200 homes flattened": a result, no one fled
        # "met the duty with duties in kind": a response's instrument names the act
        # "flew two planes with tents": what the object carries names it too
        withs = self._with_objects(tok)
        for senses, extra in rows:
            hit = next((s for s in senses if withs & s.objects), None)
            if hit is not None:
                return True, (_Found(tok, hit.entry, extra) if hit.entry is not None else None)
        theme = self._theme(tok)
        if theme is not None and _counted(theme) and "accused" in self._lexicon_flags(lemma):
            return False, None  # "police charged 20 protesters": people counted are charged, not run at
        if theme is None and prt is not None and prt.dep_ == "prep":
            theme = next(iter(self._pobjs_of(prt)), None)  # "voted out the mayor": "out" made a preposition
        if theme is None:  # "deducted six points from the club": the parser makes the count an adverb
            theme = next(
                (c for c in tok.children if c.dep_ == "npadvmod" and c.i > tok.i and c.pos_ == "NOUN"), None
            )
        # "was taken from his apartment": a person moved out of a dwelling or vehicle names the act
        froms = {f"from {p.lemma_.lower()}" for p in self._pobjs(tok, {"from"})}
        cared = any(p.lemma_.lower() in self.care_places for p in self._pobjs(tok, {"to"}))
        if theme is not None:  # "two injured passengers were taken from the bus": a rescue
            cared = cared or any(t.lemma_.lower() in self.rescue_words for t in theme.subtree)
        if froms and not cared and theme is not None and self._personal(theme, entities):
            for senses, extra in rows:
                hit = next((s for s in senses if froms & s.objects), None)
                if hit is not None:
                    return True, (_Found(tok, hit.entry, extra) if hit.entry is not None else None)
        if theme is None:  # "pleaded guilty": a predicative complement names the act
            theme = next((c for c in tok.children if c.dep_ in ("acomp", "oprd")), None)
        if theme is None:  # "would hold [the owners responsible]": the small clause's predicate
            theme = _held_to(tok)
        if theme is None:  # "branded [the strike illegal]": the small clause's predicate
            theme = self._condemning_complement(tok)
        if theme is None:
            # "nine were recaptured": a bare count stands for the people it counts
            counted = [
                c
                for c in tok.children
                if c.dep_ in ("dobj", "nsubjpass")
                and c.like_num
                and not _not_actor(c)
                and not any(g.dep_ == "prep" for g in c.children)
            ]
            if not counted:
                return False, None
            hit = next((s for senses, _ in rows for s in senses if "@person" in s.objects), None)
            if hit is None:
                return False, None
            return True, (_Found(tok, hit.entry, rows[0][1]) if hit.entry is not None else None)
        tlemma = theme.lemma_.lower()
        names = {tlemma, theme.lower_}
        names |= {f"{c.lemma_.lower()} {tlemma}" for c in theme.children if c.dep_ in ("compound", "amod")}
        names |= {f"not {tlemma}" for c in theme.children if c.dep_ == "neg"}  # "pleaded not guilty"
        names |= {f"{tlemma} of {p.lemma_.lower()}" for p in self._pobjs(theme, {"of"})}
        if any(self._named_actor(p, entities) for p in self._pobjs(theme, {"against"})):
            names.add(f"{tlemma} {AGAINST_ACTOR}")  # "proposed a package of measures against Russia"
        names |= _fused_first(theme)  # "fired pepper spray and stun grenades"
        if (counted := _through_quantity(theme)) is not theme:  # "broke up small groups of protesters"
            names.add(counted.lemma_.lower())
        # "took 12 foreigners hostage": a second object or object complement names the act
        names |= {c.lemma_.lower() for c in tok.children if c.dep_ in ("dobj", "oprd") and c.i != theme.i}
        if self._condemning_complement(tok) is not None:
            names.add(CONDEMNING)  # "called the plan unfair", "described the budget as reckless"
        if self._rejected_thing(tok, theme) is not None:
            names.add(REJECTING)  # "called the demand impossible", "described the offer as unrealistic"
        ent = entity_at(entities, theme.idx, theme.idx + len(theme.text))
        if ent is not None and ent.type in ("PERSON", "NORP"):
            names.add("@person")
        if tlemma in _ACCESS_NOUNS:  # "blocked access to Telegram": what access is to names the act
            for p in self._pobjs(theme, {"to"}):
                names |= {p.lemma_.lower(), *(f"{c.lemma_.lower()} {p.lemma_.lower()}" for c in p.children
                                              if c.dep_ in ("compound", "amod"))}  # fmt: skip
                names |= self._platform(p, entities)
        names |= self._platform(theme, entities)
        # "sent frogmen and two lifeboats": when the first object names no class, the next ones may
        for group in (names, {c.lemma_.lower() for c in theme.conjuncts if c.i > theme.i}):
            for senses, extra in rows:
                for sense in senses:
                    if group & sense.objects:
                        if sense.entry is None or (sense.entry.type == "AID" and self._investigating(tok)):
                            return True, None  # "sent a team to investigate": the inquiry is the event
                        if (
                            sense.entry.mode == "disarm"
                            and sense.entry.dependent in _HANDOVERS
                            and not any(c.dep_ == "poss" for c in theme.children)
                        ):
                            continue  # "handed over weapons to the rebels" arms them; "their weapons" disarms
                        if sense.entry.type == "MOBILIZE" and self._rescue_craft(tok, theme):
                            craft = self.vehicles - _LAND_VEHICLES
                            aid = next(
                                (
                                    s.entry
                                    for ss, _ in rows
                                    for s in ss
                                    if s.entry and s.entry.type == "AID" and s.objects & craft
                                ),
                                None,
                            )  # the verb's own row for craft sent ("sent two lifeboats")
                            if aid is not None:
                                return True, _Found(tok, aid, extra)
                        return True, _Found(tok, sense.entry, extra)
        return False, None

    @staticmethod
    def _named_actor(tok: Token, entities: Sequence[Entity]) -> bool:
        """Whether a noun is the mention of a named state, body, people or person."""
        names = [tok, *(c for c in tok.children if c.dep_ == "compound")]  # "Hamas commanders"
        return any(
            (ent := entity_at(entities, t.idx, t.idx + len(t.text))) is not None and ent.type in _ACTOR_TYPES
            for t in names
        )

    def _platform(self, tok: Token, entities: Sequence[Entity]) -> set[str]:
        """{"@platform"} when a noun is the name of an online platform or messaging service
        (``global_platforms.txt``, as written: "WhatsApp", "X", not "a phone line"), else empty."""
        if tok.pos_ != "PROPN":
            return set()
        ent = entity_at(entities, tok.idx, tok.idx + len(tok.text))
        name = ent.name if ent is not None else tok.text
        return {PLATFORM} if name in self.platforms or tok.text in self.platforms else set()

    def _who_antecedent(self, head: Token, pronoun: Token) -> Token:
        """The noun a relative pronoun stands for: the noun the clause hangs on, but "who" stands
        for people, so a place or thing the parser hangs it on after people names where they are
        from ("villagers of the X district who blocked the road": the villagers)."""
        if pronoun.lower_ not in ("who", "whom") or self.person_kind(head) is not None:
            return head
        if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ == "NOUN":
            people = head.head.head
            if self.person_kind(people) is not None:
                return people
        return head

    def _with_objects(self, tok: Token) -> set[str]:
        """The "with" objects of a verb or of its direct object, as sense keys ("with baton"): a
        response's instrument names the act ("met the duty with duties in kind"), and so does what
        the object carries ("flew two planes with tents") or what people are run at with ("charged
        the marchers with batons")."""
        heads = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
        return {f"with {p.lemma_.lower()}" for h in heads for p in self._pobjs(h, {"with"})}

    def _sensed_by_with(self, tok: Token, lemma: str, sensed: _Found) -> bool:
        """Whether a verb's sense was chosen by one of its "with" objects (a row keyed "with X")."""
        withs = self._with_objects(tok)
        return any(s.entry == sensed.entry and withs & s.objects for s in self.senses.get((lemma, None), ()))

    def _lexicon_flags(self, lemma: str) -> frozenset[str]:
        """The flags of a verb's one-word lexicon row (none when it has no row)."""
        entry = self.single.get((lemma, "VERB"))
        return entry.flags if entry is not None else frozenset()

    def _rescue_craft(self, tok: Token, theme: Token) -> bool:
        """Whether a ship or aircraft sent goes to help: its sentence speaks of rescue or relief
        (``event_rescue_words.txt``) or of a natural hazard ("will send a coastguard vessel to help search
        for the missing crew": aid, not a naval deployment)."""
        if theme.lemma_.lower() not in self.vehicles or theme.lemma_.lower() in _LAND_VEHICLES:
            return False
        if any(t.lemma_.lower() in self.rescue_words or t.lemma_.lower() in self.hazards for t in tok.sent):
            return True
        # "will send a coastguard vessel to help": a purpose clause of aid ("to help", "to assist")
        heads = [tok, theme]
        return any(
            c.dep_ in ("advcl", "xcomp", "acl", "relcl")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            and (entry := self.single.get((c.lemma_.lower(), "VERB"))) is not None
            and entry.type == "AID"
            for h in heads
            for c in h.children
        )

    def _fled_by_people(self, tok: Token, entities: Sequence[Entity]) -> bool:
        """Whether a flight verb ("left their homes", ``_FLIGHT``) tells people leaving: its subject
        is people and no result complement follows its object ("shelling left 30 houses destroyed",
        "the storm left 200 homes flattened" tell what was left, not who fled)."""
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None or not self._personal(subj, entities):
            return False
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        result = [
            c for o in objs for c in o.children if c.dep_ == "acl" and c.i > o.i and c.tag_ in ("VBN", "JJ")
        ]
        result += [
            c
            for c in tok.children
            if c.dep_ in ("advcl", "xcomp", "ccomp", "oprd", "acomp") and c.tag_ in ("VBN", "JJ")
        ]
        return not result

    def _personal(self, tok: Token, entities: Sequence[Entity]) -> bool:
        """Whether a theme is a person or people: a personal pronoun, a person noun ("the
        journalist", "two students") or a PERSON entity ("her car was taken" is a theft, no abduction)."""
        if tok.lower_ in _PERSONAL_PRONOUNS:
            return True
        if tok.pos_ in ("NOUN", "PROPN") and self.person_kind(_through_quantity(tok)) is not None:
            return True
        ent = entity_at(entities, tok.idx, tok.idx + len(tok.text))
        return ent is not None and ent.type == "PERSON"

    def _inquiry_at_home(self, f: _Found, entities: Sequence[Entity], places: Sequence[Place]) -> None:
        """Investigators sent (the inquiry row of "send", CAMEO 090) open an inquiry where the
        sender's own country is ("the Ruritanian safety board sent investigators to <a Ruritanian
        town>"); sent abroad, to no named place, or to another body ("offered the police two
        investigators") they are technical help, AID 070, as the article golds code the two."""
        if f.entry.cameo != "090" or f.entry.head not in self.dispatch_heads:
            return
        home = {
            _alpha2(e.actor.country)
            for e in entities
            if e.id in f.source and e.actor is not None and e.actor.country
        }
        dest = {
            pl.country
            for p in self._pobjs(f.tok, {"to"})
            for pl in places
            if pl.start <= p.idx < pl.end and pl.country
        }
        recipient = any(c.dep_ == "dative" for c in f.tok.children)
        # the investigators sent are never the target (as what is sent: _sent)
        spots = {t.i for o in f.tok.children if o.dep_ == "dobj" for t in o.subtree}
        if home and home == dest and not recipient:
            # the town the inquiry goes to is where it is, not whom it is about
            spots |= {t.i for p in self._pobjs(f.tok, {"to"}) for t in p.subtree}
        else:
            f.entry = dataclasses.replace(f.entry, type="AID", mode=None, cameo="070")
        if any(t.i in spots for t in f.target_tokens):
            f.target_tokens = [t for t in f.target_tokens if t.i not in spots]
            f.target = self._link(f.target_tokens, entities) if f.target_tokens else []

    def _body_agent(self, f: _Found) -> bool:
        """Whether a nominal trigger's actor is a body or people no name covers, given as its
        possessor or "by" agent ("the ministry's suspension of the league", "a raid by police"),
        as the subject of its clause: the act is told with its actor, as with a named one, and
        gets a generic actor. What is demanded or reported ("demanded the mayor's resignation")
        stays a mention."""
        if f.entry.pos != "NOUN" or f.tok.dep_ not in ("nsubj", "nsubjpass"):
            return False
        for t in f.source_tokens:
            owner = t.dep_ == "poss" and t.head.i == f.tok.i
            agent = t.dep_ == "pobj" and t.head.lower_ == "by" and t.head.head.i == f.tok.i
            if (owner or agent) and t.pos_ == "NOUN" and self.person_kind(_through_quantity(t)) is not None:
                return True
        return False

    def _refused(self, tok: Token) -> bool:
        """Whether a verb trigger is the "to"-complement of a verb of refusing or failing
        ("declined to release the detainees", "refused to attack or withdraw"): an act not done."""
        t = tok
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        return (
            _pos(tok) == "VERB"
            and t.dep_ == "xcomp"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
            and _lemma(t.head) in self.refusal_verbs
        )

    def _deliberated(self, tok: Token) -> bool:
        """Whether a trigger is what a verb of deliberating considers (``event_deliberation_verbs.txt``):
        its object ("is weighing sanctions"), its "-ing" complement ("considering imposing
        sanctions", through the complement's object) or its passive subject ("sanctions are being
        considered"). A considered act is not done, and codes no event."""
        t = tok
        for _ in range(4):
            while t.dep_ == "conj" and t.head.i != t.i:
                t = t.head
            head = t.head
            if head.i == t.i:
                return False
            if t.dep_ == "xcomp" and (t.tag_ != "VBG" or any(c.dep_ == "aux" for c in t.children)):
                return False  # "is considered to be the organiser": a judgement, not a deliberation
            if t.dep_ not in ("dobj", "xcomp", "nsubjpass"):
                return False
            if head.pos_ == "VERB" and _lemma(head) in self.deliberation_verbs:
                return True
            if t.dep_ == "nsubjpass":
                return False
            t = head
        return False

    def _waters_owner(self, f: _Found, entities: Sequence[Entity]) -> None:
        """A stretch of sea as the argument ("a curfew on the waters off X", the "off" phrase hung
        by the parser on the verb) stands for the land it lies off: X, named "off" or "of" on the
        sea noun or on the trigger's verb; a sea no place owns is no target."""
        if f.target or not f.target_tokens:
            return
        if not all(t.lemma_.lower() in self.water_nouns for t in f.target_tokens):
            return
        heads = [*f.target_tokens, f.tok, *([f.tok.head] if f.entry.pos == "NOUN" else [])]
        owners = [p for p in self._pobjs_any(heads, {"of", "off"}) if self._place_entity(p, entities)]
        f.target_tokens = owners[:1]
        f.target = self._link(owners[:1], entities)

    def _cleared_occupants(self, found: list[_Found]) -> None:
        """Force used to clear a place or a gathering ("fired water cannon to empty the plaza",
        "fired rubber bullets to disperse the sit-in") with no target of its own targets the people
        who were there: the actors of the latest protest or occupation told before it, in the same
        sentence or up to two before."""
        for f in found:
            if f.entry.type != "ASSAULT" or f.entry.pos != "VERB" or f.target_tokens or f.passive:
                continue
            purpose = [
                c
                for c in f.tok.children
                if c.dep_ in ("xcomp", "advcl")
                and c.lemma_.lower() in _CLEARING
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            ]
            if not any(o.dep_ == "dobj" for c in purpose for o in c.children):
                continue
            sent = f.sent if f.sent is not None else f.tok.sent
            before = [
                g
                for g in found
                if g.tok.i < f.tok.i
                and g.source_tokens
                and (g.entry.type == "PROTEST" or g.entry.mode == "seize")
                and _sentences_between(g.sent if g.sent is not None else g.tok.sent, sent) <= 2
            ]
            if before:
                last = before[-1]
                f.target_tokens, f.target = list(last.source_tokens), list(last.source)

    def _repression_site(self, f: _Found, entities: Sequence[Entity]) -> None:
        """A crowd-control weapon fired or used "at" or "in" a place ("fired tear gas at the main
        square", "at marchers in the old town") is used there: the place is where the event
        happens, never its target (the event's place is chosen apart); the people stay."""
        if f.entry.type != "ASSAULT" or f.entry.pos != "VERB" or not f.target:
            return
        weapons = [c for c in f.tok.children if c.dep_ == "dobj"]
        words = [[t for t in w.subtree if t.i <= w.i and t.dep_ != "det"] for w in weapons]
        if not any(
            " ".join(t.lower_ for t in ws) in self.riot_weapons
            or " ".join([*(t.lower_ for t in ws[:-1]), ws[-1].lemma_.lower()]) in self.riot_weapons
            for ws in words
            if ws
        ):
            return
        places = {e.id for e in entities if e.type in ("GPE", "LOC", "FAC")}
        f.target = [t for t in f.target if t not in places]
        if not f.target:
            f.target_tokens = [t for t in f.target_tokens if not self._names_place(t, entities)]

    def _ordered_into(self, f: _Found, entities: Sequence[Entity]) -> None:
        """The target of an order that puts something in a state (lexicon flag "small": "ordered
        all schools closed", "ordered the shops shut"): what is put in it, the subject of the
        state or the object it hangs on, when the order has no target of its own."""
        state = f.extra
        if "small" not in f.entry.flags or state is None or f.target_tokens:
            return
        if state.dep_ == "acl":
            things = [state.head]
        else:
            things = [c for c in state.children if c.dep_ in ("nsubj", "nsubjpass")]
        order = f.tok
        if state.i > order.i:
            things = [t for t in things if t.i > order.i]  # no subject the parse gave from before it
        if not things and state.i > order.i:
            # a misparse ("orders [all ports] shut", "ordered the [border shut]"): the last noun
            # between the order and its state, or the noun fused before the state
            between = [t for t in order.doc[order.i + 1 : state.i] if t.pos_ in ("NOUN", "PROPN", "PRON")]
            things = between[-1:]
        things = [
            t
            for t in things
            if t.pos_ in ("NOUN", "PROPN", "PRON") and all(t.i != x.i for x in f.source_tokens)
        ]
        if things:
            f.target_tokens, f.target = things, self._link(things, entities)
        if not f.source_tokens and order.dep_ == "conj":
            # "declares an emergency and orders all ports shut", the order hung on a noun: the
            # subject of the nearest verb above it acts
            verb = order.head  # a verb after the order is none it is joined to ("... and orders X closed")
            while (verb.pos_ not in ("VERB", "AUX") or verb.i > order.i) and verb.head.i != verb.i:
                verb = verb.head
            doers = [c for c in verb.children if c.dep_ == "nsubj"] if verb.pos_ in ("VERB", "AUX") else []
            if doers:
                f.source_tokens, f.source = doers, self._link(doers, entities)

    def _craft_sent(self, f: _Found) -> None:
        """A ship or aircraft sent ("will send a vessel to help", "sent a patrol vessel") is what is
        given or moved, not whom the act reaches: no target (its crew acts only as a subject)."""
        if f.entry.type not in ("AID", "MOBILIZE") or f.entry.pos != "VERB" or not f.target_tokens:
            return
        sent = [t for t in f.target_tokens if t.dep_ == "dobj" and t.head.i == f.tok.i]
        if sent and all(_through_quantity(t).lemma_.lower() in self.vehicles for t in sent):
            kept = [t for t in f.target_tokens if t not in sent]
            if not kept:
                f.target_tokens, f.target = [], []

    def _ordered_held(self, f: _Found, entities: Sequence[Entity]) -> None:
        """A detention a court or official orders ("A judge ordered the suspect held for 30 days",
        "ordered him detained", "ordered that the banker be detained") is done by whoever orders
        it: with no actor of its own, the subject of the verb of ordering is the actor, and the
        one the order puts in custody (the subject of the state, or the object it hangs on) the
        target."""
        if f.entry.mode != "arrest" or f.entry.pos != "VERB":
            return
        verb = f.tok
        # "ordered him detained": a bare participle whose subject is the one held (the parser
        # makes it an active clause, "him" its actor), not "ordered that police detain him"
        small = (
            verb.dep_ in ("ccomp", "xcomp", "oprd")
            and verb.tag_ in ("VBN", "VBD")
            and not any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children)
        )
        if f.source_tokens and not small:
            return
        if verb.dep_ == "acl" and verb.head.dep_ == "dobj":
            held, ruler = [verb.head], verb.head.head
        elif verb.dep_ in ("ccomp", "xcomp", "oprd"):
            held, ruler = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")], verb.head
        else:
            return
        if _lemma(ruler) not in _RULING or _pos(ruler) != "VERB":
            return
        rulers = [c for c in ruler.children if c.dep_ == "nsubj"]
        while not rulers and ruler.dep_ == "conj" and _pos(ruler.head) == "VERB":
            ruler = ruler.head  # "rejected the request and ordered that he be held": the shared subject
            rulers = [c for c in ruler.children if c.dep_ == "nsubj"]
        if not rulers:
            return
        f.source_tokens, f.source = rulers, self._link(rulers, entities)
        held = [t for t in held if t.pos_ in ("NOUN", "PROPN", "PRON", "NUM")]
        if held and (small or not f.target_tokens):
            f.target_tokens, f.target = held, self._link(held, entities)

    def _refused_whom(self, f: _Found, entities: Sequence[Entity]) -> None:
        """A refusal with no target of its own is aimed at whom the refused act would have
        reached: its object ("declined to free them pending trial": whom "them" stands for),
        unless that is the refuser itself."""
        if f.entry.type != "REJECT" or f.target_tokens or _lemma(f.tok) not in self.refusal_verbs:
            return
        acts = [c for c in f.tok.children if c.dep_ == "xcomp" and _pos(c) == "VERB"]
        objs = [o for c in acts for o in c.children if o.dep_ in ("dobj", "dative")]
        objs = [o for o in objs if o.pos_ in ("PRON", "PROPN") or self.person_kind(_through_quantity(o))]
        if not objs:
            return
        ids = [e for e in self._link(objs, entities) if e not in f.source]
        f.target_tokens, f.target = objs, ids

    def _recalled_envoy(self, recall: Token) -> bool:
        """Whether a verb or noun "recall" takes back an envoy or forces (a row of
        ``event_senses.tsv`` for "recall": "the recall of the ambassador", "to recall its troops"),
        not goods."""
        objects = {o for s in self.senses.get(("recall", None), ()) for o in s.objects}
        themes = [c for c in recall.children if c.dep_ == "dobj"] + self._pobjs(recall, {"of"})
        return any(t.lemma_.lower() in objects for t in themes)

    def _investigating(self, tok: Token) -> bool:
        """Whether people sent go to investigate: a purpose clause of the verb or of its object whose
        verb is an inquiry of the lexicon ("dispatched a team to investigate the spill", "sent
        inspectors to probe the collapse"); sending them is then no aid, the inquiry is coded."""
        heads = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
        for c in (c for h in heads for c in h.children):
            if c.dep_ in ("advcl", "xcomp", "acl", "relcl") and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children
            ):
                entry = self.single.get((c.lemma_.lower(), "VERB"))
                if entry is not None and entry.mode == "investigate":
                    return True
        return False

    def _triggers(
        self, doc: Doc, entities: Sequence[Entity] = (), tokens: Sequence[Token] | None = None
    ) -> list[_Found]:
        """Every lexicon trigger in the doc (two-word triggers win over their parts); verbs of
        ``event_senses.tsv`` are coded by the class of their theme first. ``tokens``: the doc's
        tokens already built (:attr:`Analysis.tokens`), not made anew."""
        found: list[_Found] = []
        used: set[int] = set()
        for tok in doc if tokens is None else tokens:
            pos = _pos(tok)
            if pos is None or _the_accused(tok):
                continue
            lemma = _lemma(tok)
            hit: _Found | None = None
            for entry in self.multi.get((lemma, pos), ()):
                if "nodobj" in entry.flags and any(c.dep_ == "dobj" for c in tok.children):
                    continue  # "paid compensation for the losses" is no "pay for"
                # after a verb first: "on Monday called on the army" is "called on"
                kids = sorted(tok.children, key=lambda c: c.i < tok.i) if pos == "VERB" else tok.children
                if "prep" in entry.flags:  # "removed the president from power": "remove power"
                    # on the verb, or hung by the parser on its object ("relieved [the captain of command]")
                    kids = [*kids, *(g for c in tok.children if c.dep_ == "dobj" for g in c.children)]
                    # "pulled a batch of lozenges from sale": or on the object's "of" phrase
                    kids += [
                        g
                        for c in tok.children
                        if c.dep_ == "dobj"
                        for p in self._pobjs(c, {"of"})
                        for g in p.children
                    ]
                    kids = [p for c in kids if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
                elif "party" in entry.flags:  # "spoke by video link with X": "with" hung on the medium
                    kids = [*kids, *(g for p in self._pobjs(tok, {"by", "over", "via"}) for g in p.children)]
                elif "small" in entry.flags:  # "ordered [the shops shut]": the state hung on the object
                    kids = [
                        *kids,
                        *(g for c in tok.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "acl"),
                    ]
                    kids = [
                        c
                        for c in kids
                        if c.dep_ in ("ccomp", "xcomp", "oprd", "acl")
                        and c.tag_ in ("VBN", "VBD", "JJ", "VB")
                    ]  # not a second act joined to the order ("ordered an inquiry and suspended X")
                elif pos == "VERB":
                    kids = [c for c in kids if c.dep_ != "nsubj"]  # "Soldiers removed": no "remove soldiers"
                    # "called the strike unlawful on Monday": with an object, a date's preposition
                    # is no particle ("called on the army" has none)
                    # and so with a relative clause's object gap ("a rally the union had called
                    # for Friday")
                    if any(c.dep_ in ("dobj", "oprd") for c in tok.children) or tok.dep_ == "relcl":
                        kids = [c for c in kids if not _dated_prep(c)]
                dep = next((c for c in kids if entry.dependent in (c.lemma_.lower(), c.lower_)), None)
                if dep is None and pos == "VERB":  # "pushing for the US to support": "for" marks the clause
                    dep = next(
                        (
                            m
                            for c in tok.children
                            if c.dep_ in ("advcl", "ccomp")
                            for m in c.children
                            if m.dep_ == "mark" and m.lower_ == entry.dependent
                        ),
                        None,
                    )
                if dep is not None and entry.dependent == "recall" and self._recalled_envoy(dep):
                    continue  # "ordered the recall of the ambassador": a withdrawal, not a product recall
                if dep is not None:
                    hit = _Found(tok, entry, dep)
                    break
            if hit is None and (surface := self._surface_state(tok, lemma)) is not None:
                hit = surface  # "orders all ports shut", "ordered the border shut": a misparsed order
                pos = "VERB"
            if hit is not None and pos == "VERB":
                matched, sensed = self._sense(tok, lemma, entities)
                if matched and sensed is None:
                    continue  # "fired 20 workers at the plant": the theme says it is no event at all
                if sensed is not None and (
                    sensed.entry.mode == "disarm"
                    or (hit.entry.dependent is not None and sensed.entry.dependent == hit.entry.dependent)
                    or (hit.entry.dependent == "with" and self._sensed_by_with(tok, lemma, sensed))
                ):
                    # "handed over their rifles": disarming, not the lexicon's handing over; a sense
                    # row of the same verb and particle, chosen by the theme, is the narrower reading
                    # ("pulled out its observers": peacekeepers withdrawn, not a pullback); a row
                    # chosen by the "with" object names what the "with" trigger's phrase holds
                    # ("charged the marchers with batons": a baton charge, not "charge with" an offence)
                    hit = sensed
            if hit is None and pos == "VERB":  # two-word triggers ("send aid") first, then senses
                matched, hit = self._sense(tok, lemma, entities)
                if matched and hit is None:
                    continue
            if hit is None:
                entry_opt = self.single.get((lemma, pos))
                if entry_opt is None and pos == "NOUN" and tok.tag_ in ("NNS", "NNPS"):
                    entry_opt = self.single.get((tok.lower_, pos))
                first = _hyphen_first(tok) if entry_opt is None and pos == "NOUN" else None
                if first is not None:  # "a sit-in", parsed "sit - in": the lexicon's hyphenated noun
                    entry_opt = self.single.get((f"{first.lower_}-{tok.lower_}", pos))
                if entry_opt is None:
                    continue
                hit = _Found(tok, entry_opt, first)
            if lemma == "order" and pos == "VERB" and (moved := self._ordered_to_front(tok)) is not None:
                hit = _Found(tok, moved, None)  # "ordered troops to the border": a deployment
            if not self._licensed(hit):
                continue
            if "people" in hit.entry.flags and self._manhunt(tok):
                hit = _Found(tok, self.single[("investigate", "VERB")], hit.extra)
            found.append(hit)
            if hit.extra is not None:
                used.add(hit.extra.i)
        return [f for f in found if f.tok.i not in used]

    def _surface_state(self, tok: Token, lemma: str) -> _Found | None:
        """An order into a state read off the words where the parse has lost it: a form of a
        verb with "small" rows ("order close": "ordered", "orders", the present tense often
        tagged a plural noun), then a noun phrase, then the state word (a participle or bare
        form of the row's dependent: "closed", "shut", "sealed") that ends the phrase (no object
        follows it: "ordered police shut the market" orders the police). "The governor declares an
        emergency and orders all ports shut"; "ordered the border shut" (parsed as one noun)."""
        entries = [e for e in self.multi.get((lemma, "VERB"), ()) if "small" in e.flags]
        if not entries or tok.tag_ not in ("VBD", "VBN", "VBZ", "VBP", "VB", "NNS"):
            return None
        if tok.tag_ == "NNS" and not tok.lower_.endswith("s"):
            return None
        doc, i, nouns = tok.doc, tok.i + 1, 0
        while i < len(doc) and i < tok.i + 7:
            t = doc[i]
            if t.pos_ in ("NOUN", "PROPN", "PRON"):
                nouns += 1
            elif t.pos_ not in ("DET", "ADJ", "NUM") and t.tag_ != "PRP$":
                break
            i += 1
            if nouns and i < len(doc):
                state = doc[i - 1] if doc[i - 1].pos_ in ("NOUN", "ADJ") and i - 1 > tok.i + 1 else None
                nxt = doc[i]
                for cand in (nxt, state):
                    if cand is None or cand.tag_ not in ("VBN", "VBD", "VBP", "VB", "JJ", "NN"):
                        continue
                    low = cand.lower_
                    entry = next((e for e in entries if low in _state_forms(e.dependent or "")), None)
                    after = doc[cand.i + 1] if cand.i + 1 < len(doc) else None
                    if entry is None or (
                        after is not None and after.pos_ in ("DET", "NOUN", "PROPN", "PRON")
                    ):
                        continue  # no state but an act with an object
                    if cand is state and not any(c.dep_ == "compound" for c in cand.children):
                        continue  # "the border shut" fused into one noun: the state is its head
                    return _Found(tok, entry, cand)
        return None

    def _ordered_to_front(self, tok: Token) -> Entry | None:
        """The deployment entry when a verb of ordering sends forces somewhere ("ordered troops to
        the border", "ordered warships into the strait"): its object is a force that "send" deploys
        (``event_senses.tsv``) and a "to"/"into"/"toward" phrase gives no infinitive, only a place,
        or its infinitive closes in on one (``_ENCIRCLING``: "ordered police to surround the ship").
        "ordered troops to fire" stays an order."""
        forces = next(
            (
                x
                for x in self.senses.get(("send", None), [])
                if x.entry is not None and x.entry.type == "MOBILIZE"
            ),
            None,
        )
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        if forces is None or not objs or _through_quantity(objs[0]).lemma_.lower() not in forces.objects:
            return None
        clauses = [c for h in (tok, objs[0]) for c in h.children if c.dep_ in ("xcomp", "ccomp", "advcl")]
        if clauses:  # "ordered police to surround the ship": forces sent to close in on a place
            return forces.entry if any(c.lemma_.lower() in _ENCIRCLING for c in clauses) else None
        heads = (tok, objs[0])
        if not any(
            c.dep_ == "prep" and c.lower_ in ("to", "into", "toward", "towards")
            for h in heads
            for c in h.children
        ):
            return None
        return forces.entry

    def _manhunt(self, tok: Token) -> bool:
        """Whether a search is for a suspect ("searching for a man believed responsible", "for the
        gunman", "a search for the suspects"): a pursuit, an inquiry (CAMEO 090), not a rescue. The
        one sought is a wanted noun (``event_suspect_nouns.txt``) or is described as wanted,
        suspected or believed responsible."""
        sought = self._sought(tok)
        if not sought:
            return False
        for p in sought:
            p = _through_quantity(p)
            if p.lemma_.lower() in self.suspects or p.lower_ in self.suspects:
                continue
            if any(c.lower_ in ("wanted", "suspected") for c in p.children if c.dep_ in ("amod", "acl")):
                continue
            if any(
                c.dep_ == "acl" and c.lemma_.lower() in ("believe", "think", "suspect", "accuse")
                for c in p.children
            ):
                continue  # "a man believed responsible", "a man suspected of the killing"
            return False
        return True

    def _implied_agent(
        self, an: Analysis, f: _Found, quotes: Sequence[Quote], entities: Sequence[Entity]
    ) -> None:
        """The agent of a coercion no clause names, from who reports it: the police for an
        arrest the police report in the agentless passive ("Police said two people were
        arrested": a police noun in the speaker's phrase), and whoever rules or orders it
        ("X will remain under house arrest, the court ruled": the speaker of a ruling cue) for
        any agentless coercion, verb or state noun. A charge the police report in the agentless
        passive is theirs as an arrest is ("police said she would be charged with theft"). No other
        implied agent is guessed."""
        tok = f.tok
        charge = f.entry.type == "ACCUSE" and f.entry.cameo == "1121"  # "was charged (with)"
        if (f.entry.type != "COERCE" and not charge) or f.source_tokens:
            return
        if f.entry.pos == "VERB" and (
            not self._is_passive(tok) or any(c.dep_ == "agent" for c in tok.children)
        ):
            return
        for q in quotes:
            sp = q.speaker
            if sp is None or not (q.start <= tok.idx < q.end) or q.start <= sp.start < q.end:
                continue
            span = an.doc.char_span(sp.start, sp.end, alignment_mode="expand")
            cue = token_at(an.doc, q.cue.start) if q.cue is not None else None
            if cue is not None and cue.lemma_.lower() in _RULING and span is not None and len(span):
                agent = span.root
            elif (f.entry.mode == "arrest" or charge) and f.entry.pos == "VERB":
                agent = next(
                    (
                        t
                        for t in span or ()
                        if (self.person_kind(t) or ("", None))[1] == "police"
                        or (charge and t.lower_ in _PROSECUTORS)  # "prosecutors said she would be charged"
                    ),
                    None,
                )
            else:
                agent = None
            if agent is not None:
                f.source_tokens = [agent]
                f.source = self._link([agent], entities)
            return

    def _first_person(self, f: _Found, quotes: Sequence[Quote], entities: Sequence[Entity]) -> None:
        """Who "I" or "we" is in a quote whose speaker is known ("A (Col. Ames): We closed the
        runway", "'They shelled us,' the union said"): the speaker; for "we" and "us" the body
        they speak for where the quote names one, never one person a cue quotes, or the speaker's
        noun when no entity names it ("the union said"); for a subject left unlinked, and for an
        object "me" or "us" when the act has no target."""
        tok = f.tok
        inside = [
            q
            for q in quotes
            if q.speaker is not None
            and q.start <= tok.idx < q.end
            and not (q.start <= q.speaker.start < q.end)
        ]
        if not inside:
            return
        quote = min(inside, key=lambda q: q.end - q.start)
        sp = quote.speaker
        assert sp is not None
        person = any(e.id == sp.entity and e.type == "PERSON" for e in entities)
        turn = sp.end <= quote.start and _TURN_LABEL.fullmatch(self._text[sp.end : quote.start]) is not None
        span = tok.doc.char_span(sp.start, sp.end, alignment_mode="expand")
        noun = span.root if span is not None and len(span) else None

        def who(toks: list[Token], words: set[str]) -> tuple[list[str], list[Token]]:
            if not toks or not all(t.tag_ == "PRP" and t.lower_ in words for t in toks):
                return [], toks
            plural = any(t.lower_ in ("we", "us") for t in toks)
            eid = sp.entity or sp.on_behalf_of
            if plural and (sp.on_behalf_of or (person and not turn)):
                # "'we will march,' he wrote": the body spoken for, or the body the speaker is named
                # with ("X, the head of the agency"), else the speaker; a transcript's turn ("MAJ.
                # ROSS: We closed ...") speaks for whoever holds the floor
                eid = sp.on_behalf_of or self._speaker_body(sp.entity, entities)
                eid = eid or (sp.entity if "we" in words else None)  # "they beat us": no one in particular
            if eid:
                return [eid], toks
            if noun is not None and noun.pos_ == "NOUN" and self.person_kind(_through_quantity(noun)):
                return [], [noun]  # a generic actor, linked after the named ones
            return [], toks

        if (
            f.source
            and person
            and not turn
            and f.entry.pos == "VERB"
            and not f.passive
            and (said := self._subject(tok)[0])
            and all(t.tag_ == "PRP" and t.lower_ == "we" for t in said)
            and (body := sp.on_behalf_of or self._speaker_body(sp.entity, entities)) is not None
        ):
            f.source = [body]  # "'We urge ...,' its director, X, said": the agency X speaks for
        if not f.source:
            f.source, f.source_tokens = who(f.source_tokens, {"i", "we"})
        if not f.target and not f.passive:
            ids, f.target_tokens = who(f.target_tokens, {"me", "us"})
            f.target = [i for i in ids if i not in f.source]

    @staticmethod
    def _said_and_did(f: _Found, quotes: Sequence[Quote]) -> None:
        """The doer of an act coordinated after a quotation by its speaker ('X said "the blockade
        must end. Families are hungry", and called on Y to ...'): the parser joins the verb outside
        the quotation marks to the quotation's last verb, whose subject ("Families") is the
        quote's, not the act's; the speaker acts, the quotation's words play no part."""
        tok = f.tok
        if f.entry.pos != "VERB" or f.passive or tok.dep_ != "conj" or _has_subject(tok):
            return
        if any(q.start <= tok.idx < q.end for q in quotes):
            return  # a verb inside a quotation: its own subject
        quote = next(
            (
                q
                for q in quotes
                if q.speaker is not None
                and q.kind != "indirect"
                and q.start <= tok.head.idx < q.end <= tok.idx
                and not (q.start <= q.speaker.start < q.end)
            ),
            None,
        )
        if quote is None or quote.speaker is None:
            return
        span = tok.doc.char_span(quote.speaker.start, quote.speaker.end, alignment_mode="expand")
        if span is None or not len(span):
            return
        f.source = [quote.speaker.entity] if quote.speaker.entity else []
        f.source_tokens = [span.root]

    @staticmethod
    def _speaker_body(person_id: str | None, entities: Sequence[Entity]) -> str | None:
        """The body a quoted person is named with: the organisation of the person's
        ``affiliation`` ("agency director X") or of a role "of" it ("X, the head of the Medicines
        Agency"), when the article names it as an entity; else None."""
        person = next((e for e in entities if e.id == person_id and e.type == "PERSON"), None)
        if person is None:
            return None
        named = [str(person.attributes.get("affiliation") or "")]
        role = str(person.attributes.get("role") or "")
        if " of " in role:
            named.append(role.rsplit(" of ", 1)[1])
        for name in named:
            name = re.sub(r"^the ", "", " ".join(name.lower().split()))
            if not name:
                continue
            for e in entities:
                if e.type in ("ORG", "GPE", "NORP") and any(
                    re.sub(r"^the ", "", " ".join(m.text.lower().split())) == name for m in e.mentions
                ):
                    return e.id
        return None

    @staticmethod
    def _is_passive(tok: Token) -> bool:
        """Whether a verb is in the passive: a passive subject or auxiliary, a past participle
        conjoined to a passive verb with no subject of its own, or a participle modifying a noun
        ("the killer, shot dead by police")."""
        if any(c.dep_ in ("nsubjpass", "auxpass", "csubjpass") for c in tok.children):
            return True
        own_subject = any(c.dep_ == "nsubj" for c in tok.children)
        if tok.tag_ in ("VBN", "VBD") and tok.dep_ == "conj" and not own_subject:
            # "said the fire was set and accused X": the verb it shares a subject with decides
            return EventStage._is_passive(_partner(tok))
        if _title_passive(tok):
            return True  # "Minister wounded in attack": a headline drops the auxiliary
        if tok.dep_ == "advcl" and _subject_on_auxiliary(tok) is not None:
            return True  # "X, who ..., was on Friday detained by police": "was" taken for the main verb
        if _left_in_state(tok) is not None:
            return True  # "the clashes left five people wounded": the people were wounded
        # "the killer, shot dead by police": an agent marks the passive whatever the tag
        return (
            tok.dep_ == "acl"
            and (tok.tag_ == "VBN" or any(c.dep_ == "agent" for c in tok.children))
            and not _hung_main_verb(tok)
        )

    def _licensed(self, f: _Found) -> bool:
        """Checks the lexicon flags that keep ambiguous words out."""
        tok, flags = f.tok, f.entry.flags
        f.passive = f.entry.pos == "VERB" and self._is_passive(tok) and not self._crowd_acted(tok)
        if f.entry.pos == "VERB" and f.entry.type in ("ASSAULT", "COERCE") and _gapped_passive(tok):
            f.passive = True  # "two guards had been killed and five people wounded": were wounded
        if f.entry.pos == "VERB" and tok.dep_ in ("amod", "compound") and not _hung_verb(tok):
            if not ("hyphen" in flags and _hyphen_agent(tok) is not None):
                return False  # "the seized passports", "attack helicopters"; not "China-brokered talks"
            f.passive = False  # "China-brokered": the joined name acts
        if "as" in flags and not (tok.dep_ == "pobj" and tok.head.lower_ == "as"):
            return False  # "the mediators proposed": a person; "acted as mediator": the act
        if self._courtesy_or_forecast(f):
            return False  # "Thank you, Madam Speaker"; "warned of more snow": no act between parties
        if "with" in flags and not self._kept_relation(tok):
            return False  # "lost contact with the boat", "contact details"
        if "official" in flags and not all(self._official(t) for t in self._subject(tok)[0]):
            return False  # "two tourists will travel to Paris": a trip, no visit
        if "party" in flags:
            heard = self._pobjs(tok, {"with", "to"})
            if f.extra is not None and f.extra.dep_ == "prep" and f.extra.head.i != tok.i:
                heard += self._pobjs_of(f.extra)  # "spoke by video link with X"
            if not any(self._party_spoken_to(p) for p in heard):
                return False  # "spoke to reporters", "spoke to Reuters": no contact between parties
        if f.entry.type == "CONSULT" and f.entry.pos == "VERB" and self._by_phone(tok):
            f.entry = dataclasses.replace(f.entry, mode="phone", cameo="041")  # "talked by video link"
        if (
            "armed" in flags
            and not any(self._armed(t) for t in self._subject(tok)[0])
            and not self._cargo_boarded(tok)
        ):
            return False  # "passengers boarded the ferry": no seizure
        if "strike" in flags and not self._strike_halt(tok, f.extra):
            return False  # "the factory stopped work after the fire": no strike
        if "premises" in flags and not self._premises(tok):
            return False  # "sealed the deal", "closed the session": no premises shut
        if "talks" in flags:
            meeting = self._meeting_asked(tok)
            if meeting is None and (joint := self._cooperation_asked(tok)) is not None:
                meeting = joint  # "invited Chile to a joint inquiry": the joint work is planned too
                f.intended = self._joint_entry
                f.entry = dataclasses.replace(f.entry, mode="assist", cameo="101")  # asks for cooperation
            if meeting is None:
                return False  # "invited him to dinner"
            f.extra = meeting  # "to talks" is this request's, no event of its own
        if "people" in flags and not self._sought(tok):
            return False  # "a search of the offices": no rescue
        if "passive" in flags and not f.passive and not ("accused" in flags and self._accused(tok)):
            return False  # "was charged": a charge; active only with a person charged ("charged the mayor")
        # a verb the tagger took for a noun has its complement parsed as a purpose clause
        comps = ("xcomp", "ccomp", "advcl") if tok.tag_ == "NNS" else ("xcomp", "ccomp")
        if (
            "tocomp" in flags
            and not any(  # "ordered Menem to appear", not "ordered the arrest"
                c.dep_ in comps and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                for c in [*tok.children, *self._relative_heads(tok)]
            )
            and not _relative_swallowed_to(tok)
        ):
            return False
        if self._silent(tok):
            return False  # "refused to comment", "declined to be named": no act refused
        if "obj" in flags and f.entry.pos == "VERB":
            deps = {c.dep_ for c in tok.children}
            xcomp_ok = any(
                (
                    c.dep_ == "xcomp"
                    or (c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
                )
                and c.lemma_.lower() not in self.comment_verbs
                for c in tok.children
            )  # "refused to comment" is no refusal; "allow X to participate" (parsed ccomp) is
            # "a claim the party rejects": a relative clause with its own subject and no object
            # has the noun it hangs on as its object
            gap = tok.dep_ == "relcl" and any(
                c.dep_ == "nsubj" and c.lower_ not in _REL_PRONOUNS for c in tok.children
            )  # not "the official who denied"
            # "denied that ..." is a denial (REJECT), and it negates what follows
            denial = tok.lemma_.lower() == "deny" and any(
                c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                for c in tok.children
            )
            if not (
                deps & {"dobj", "dative", "nsubjpass"}
                or xcomp_ok
                or f.passive
                or gap
                or denial
                or _mandative(tok)  # "asked that the market be closed"
            ):
                return False
            if tok.lemma_.lower() in _DENY and "ccomp" in deps and "dobj" not in deps and not denial:
                return False
        if "protest" in flags and self._protest_purpose(tok, True) is None and not self._crowd_outside(tok):
            return False  # "leaders gathered at a resort": a gathering, no protest
        if "stance" in flags and not self._stance(tok):
            return False  # "stood with his wife on the balcony": a posture, no support
        # "the study demonstrated that ..." is not a protest
        return not ("noclause" in flags and any(c.dep_ == "ccomp" for c in tok.children))

    def _silent(self, tok: Token) -> bool:
        """Whether a verb of refusing only refuses to speak: its "to"-complements are all verbs of
        telling (``event_comment_verbs.txt``: "refused to comment", "declined to say whether",
        "declined to be named") and it has no object of its own ("refused the offer")."""
        if _lemma(tok) not in self.refusal_verbs or any(c.dep_ == "dobj" for c in tok.children):
            return False
        comps = [
            c
            for c in tok.children
            if c.dep_ in ("xcomp", "ccomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ]
        return bool(comps) and all(c.lemma_.lower() in self.comment_verbs for c in comps)

    def _sought(self, tok: Token) -> list[Token]:
        """The people a search is for ("a search for four fishermen", "for two divers", "for
        two missing divers", "for the missing"): the "for" objects that name them."""
        return [
            p
            for p in self._pobjs(tok, {"for"})
            if self.person_kind(_through_quantity(p))
            or p.lower_ == "missing"
            or any(c.dep_ == "amod" and c.lower_ == "missing" for c in p.children)
        ]

    def _by_nature(self, f: _Found) -> bool:
        """Whether an attack's only agents are natural hazards ("the earthquake killed 40",
        "a storm hit the coast, injuring dozens") or accidents (``event_accidents.tsv``: "the crash
        killed 11", "a bus collided with a lorry, killing 11", "nine were killed in the collision",
        "were killed when the tunnel collapsed"): PLOVER codes acts of people, not disasters. The
        verb of an accident has a thing as its subject ("the Taliban collapsed" is none)."""
        if f.entry.type != "ASSAULT" or f.recoded or f.source:
            return False
        tok, harm = f.tok, self.harms
        participle = (
            tok.tag_ == "VBG"
            and tok.dep_ in ("advcl", "xcomp", "conj")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for c in tok.children)
        )  # ", killing nine", not "while the army was shelling"
        if participle and self._accident_verb(tok.head):
            return True  # "a minibus plunged into a ravine, killing nine": what the accident did
        if f.passive and not f.source_tokens:
            clauses = [c for c in tok.children if c.dep_ == "advcl"]
            if any(self._accident_verb(c) and any(m.lower_ == "when" for m in c.children) for c in clauses):
                return True  # "three miners were killed when the tunnel collapsed"
            # "were killed in the crash", not "in a wave of fighting"
            causes = [c for c in self._pobjs(tok, {"in"}) if c.pos_ == "NOUN"]
            return bool(causes) and all(
                c.lemma_.lower() in harm and not self._pobjs(c, {"of"}) for c in causes
            )
        if not f.source_tokens:
            return False
        return all(
            t.lemma_.lower() in harm
            or " ".join(c.lemma_.lower() for c in t.subtree if c.dep_ == "compound" or c is t) in harm
            for t in (_through_quantity(x) for x in f.source_tokens)
        )

    def _accident_verb(self, verb: Token) -> bool:
        """Whether a verb tells an accident: a verb of ``event_accidents.tsv`` whose subject is a
        thing, no person, group or name ("the bus plunged", "the tunnel collapsed"; not "the Taliban
        collapsed", "police fired")."""
        if verb.pos_ not in ("VERB", "AUX") or _lemma(verb) not in self.accident_verbs:
            return False
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        return bool(subjects) and all(
            s.pos_ == "NOUN" and not s.ent_type_ and self.person_kind(_through_quantity(s)) is None
            for s in subjects
        )

    def _by_thing(self, f: _Found) -> bool:
        """Whether an act other than an attack has only forces of nature, accidents or inert things
        as its agents ("the levee gave in", "heavy rain pressed rivers over their banks"): a noun of
        ``event_hazards.txt``, ``event_accidents.tsv`` or ``event_inert_nouns.txt``; a thing yields,
        asks and meets no one. (WordNet's first senses are no guide here: "cleaners", "the museum"
        act.)"""
        if f.entry.type == "ASSAULT" or f.source or not f.source_tokens:
            return False
        return all(
            t.pos_ == "NOUN" and t.lemma_.lower() in self.things
            for t in (_through_quantity(x) for x in f.source_tokens)
        )

    @staticmethod
    def _relative_heads(tok: Token) -> list[Token]:
        """The children of a relative clause on a verb's object, where the parser hangs the
        verb's own "to"-complement ("ordered factories that use X to test": "to test" is
        the order's), unless the relative verb takes one itself ("that want to leave")."""
        return [
            c
            for o in tok.children
            if o.dep_ == "dobj"
            for r in o.children
            if r.dep_ == "relcl"
            and r.lemma_.lower() not in _INTENT | _EXPRESS
            and any(s.dep_ == "nsubj" and s.lower_ in _REL_PRONOUNS for s in r.children)
            for c in r.children
        ]

    def _official(self, tok: Token) -> bool:
        """Whether who travels can pay a visit: a name, a pronoun or a noun for officials, forces
        or a delegation ("the minister", "a delegation"), not people on their own business
        ("tourists", "thousands of fans")."""
        tok = _through_quantity(tok)
        if tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "FAC") or tok.pos_ in ("PRON", "PROPN"):
            return True
        kind = self.person_kind(tok)
        if kind is None and tok.pos_ == "NOUN" and tok.lemma_.lower() in self.instruments:
            return False  # "the bus was travelling from X to Y": a vehicle on its route, no visit
        return kind is None or kind[1] not in ("civilian", "business", "media")

    def _accused(self, verb: Token) -> bool:
        """Whether an active verb of charging has a person or body as its object (the "accused"
        flag): a name, a pronoun or a person noun ("prosecutors charged the mayor", "charged
        him"); not a price or a device ("charged a fee", "charged the phone"), nor a crowd a
        police line ran at ("police charged the protesters")."""
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            obj = _through_quantity(obj)
            if obj.ent_type_ in ("PERSON", "ORG") or obj.lower_ in ("him", "her", "them"):
                return True
            kind = self.person_kind(obj)
            return not (
                kind is None or (kind == ("group", "civilian")) or obj.lemma_.lower() in _CHARGED_CROWDS
            )  # not "charged the crowd", "charged the protesters"
        return False

    def _armed(self, tok: Token) -> bool:
        """Whether a subject bears arms: a military, police or rebel noun ("pirates", "the navy",
        "commandos") or one called armed ("armed men"); for the "armed" flag ("boarded")."""
        tok = _through_quantity(tok)
        kind = self.person_kind(tok)
        if kind is not None and kind[1] in ("military", "police", "rebel"):
            return True
        return any(c.dep_ == "amod" and c.lower_ in ("armed", "masked") for c in tok.children)

    def _strike_halt(self, verb: Token, work: Token | None) -> bool:
        """Whether a halt of work is a strike (the "strike" flag: "dockers stopped work over
        unpaid wages"): its subject people who work (a person noun, a union, a named person or
        people), not a firm, a site or rescuers; the work not that of a project ("stopped work on
        the bridge") and not halted for a natural hazard ("because of the storm")."""
        subj = [_through_quantity(s) for s in self._subject(verb)[0]]
        if not subj:
            return False
        for s in subj:
            kind = self.person_kind(s)
            if s.lemma_.lower() in self.rescue_words or (kind is not None and kind[1] == "business"):
                return False  # "rescuers stopped work overnight", "the contractor stopped work"
            named = s.ent_type_ in ("PERSON", "NORP") or (s.pos_ == "PRON" and s.lower_ != "it")
            if kind is None and not named:
                return False  # "the factory stopped work", "Acme Ltd stopped work", "it stopped work"
        if work is not None and self._pobjs(work, {"on"}):
            return False  # "stopped work on the new bridge": a project halted
        causes = [
            t for c in verb.children if c.dep_ in ("prep", "advcl", "advmod", "acomp") for t in c.subtree
        ]
        return not any(t.lemma_.lower() in self.hazards for t in causes)

    def _verbal_noun_actor(self, f: _Found, entities: Sequence[Entity]) -> None:
        """The actor of a verb phrase the parser read as a noun phrase (the "verbal" flag:
        "Teachers in Kisii downed tools on Friday" parsed as "Teachers [downed tools]"): the noun
        the phrase hangs on, when the trigger has no source of its own."""
        tok = f.tok
        if "verbal" not in f.entry.flags or f.source or f.source_tokens:
            return
        if tok.dep_ in ("appos", "conj", "dobj", "npadvmod") and tok.head.pos_ in ("NOUN", "PROPN"):
            f.source_tokens = [_through_quantity(tok.head)]  # "Hundreds of cleaners": the cleaners
            f.source = self._link(f.source_tokens, entities)

    def _premises(self, verb: Token) -> bool:
        """Whether a verb of closing shuts premises (the "premises" flag): its theme a noun of
        ``event_closed_premises.txt`` ("sealed the bakery", "the clinic was shut down"), or a named
        organisation sealed or shut ("shut down the Daily Courier"; a name "closed" is mostly a
        place's: "closed the Bellecour station")."""
        theme = self._theme(verb)
        if theme is None:
            return False
        two = _with_word_before(theme)
        return (
            theme.lemma_.lower() in self.premises
            or theme.lower_ in self.premises
            or two in self.premises
            # "shut down the Daily Courier"; "closed the Bellecour metro station" names a place
            or (theme.pos_ == "PROPN" and theme.ent_type_ == "ORG" and _lemma(verb) != "close")
        )

    def _closed_by_other(self, f: _Found, entities: Sequence[Entity]) -> bool:
        """Whether a closure of premises (the "premises" flag) is no coercion: done by someone
        other than the state's agents or armed men ("Acme closed its plant", "the owners shut the
        shop", "the company shut down its plant": a business decision), or told with no agent for
        a verb that does not imply one ("the factory was closed"; "the bakery was sealed" implies
        an authority)."""
        if "premises" not in f.entry.flags:
            return False
        heads = [_through_quantity(t) for t in f.source_tokens]
        if not heads and not f.source:
            return f.entry.head not in _SEALING  # "the clinic was shut down": by whom is not said
        state = any(
            e.id in f.source and e.actor is not None and e.actor.sector in _STATE_SECTORS | {"rebel"}
            for e in entities
        )
        state = state or any(
            (self.person_kind(t) or ("", None))[1] in _STATE_SECTORS | {"rebel"} or self._armed(t)
            for t in heads
        )
        state = state or any(
            c.dep_ in ("amod", "compound") and c.lower_ in _STATE_MODIFIERS for t in heads for c in t.children
        )
        return not state

    def _cargo_boarded(self, verb: Token) -> bool:
        """Whether a verb of boarding takes a freight ship (``event_cargo_vessels.txt``, the object or
        its appositive: "boarded the Polar Dawn, a Maltese-flagged tanker") and its subject is not
        the ship's own people: "men in skiffs boarded the freighter" seize it as armed men do, "the
        crew boarded the tanker" does not."""
        if any(_through_quantity(t).lemma_.lower() in _SHIPS_OWN for t in self._subject(verb)[0]):
            return False
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            for noun in (obj, *(a for a in obj.children if a.dep_ == "appos")):
                lemma = noun.lemma_.lower()
                mods = [c.lower_ for c in noun.children if c.dep_ in ("compound", "amod")]
                if lemma in self.cargo_vessels or any(f"{m} {lemma}" in self.cargo_vessels for m in mods):
                    return True
        return False

    def _by_phone(self, verb: Token) -> bool:
        """Whether a verb of talking has a medium of calls ("by phone", "over the telephone", "by
        video link"): the talk is a call (CAMEO 041)."""
        return any(
            p.lemma_.lower() in _PHONES
            or any(c.dep_ == "compound" and c.lemma_.lower() in _PHONES for c in p.children)
            for p in self._pobjs(verb, {"by", "over", "on", "via"})
        )

    def _party_spoken_to(self, tok: Token) -> bool:
        """Whether who a verb of speaking speaks with or to is a party to a contact (the "party"
        flag): a person, country or people named, a pronoun, an official or "counterpart"; not
        the press, the public or an organisation, often a news outlet ("spoke to reporters",
        "spoke to residents", "spoke to Reuters")."""
        tok = _through_quantity(tok)
        if tok.ent_type_ in ("PERSON", "GPE", "NORP") or tok.tag_ == "PRP":
            return True
        if tok.ent_type_ or tok.pos_ == "PROPN":
            return False
        if tok.lemma_.lower() in _PEERS:
            return True
        kind = self.person_kind(tok)
        return kind is not None and kind[1] == "government"  # not "spoke to the troops": an address

    def _kept_relation(self, tok: Token) -> bool:
        """Whether a relation noun ("contact") with a "with" phrase is one kept up: after "in"
        ("was in contact with X") or as what is made or kept ("made contact with X")."""
        if not self._pobjs(tok, {"with"}):
            return False
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ == "in":
            return _pos(head.head) == "VERB" or head.head.lemma_ in ("be", "remain", "stay", "keep")
        return tok.dep_ == "dobj" and head.lemma_.lower() in _KEEP

    def _meeting_asked(self, tok: Token) -> Token | None:
        """The meeting a verb of inviting asks for: a CONSULT noun after "to" or "for" ("invited
        both sides to talks") or a CONSULT verb in its "to"-clause ("invited X to negotiate")."""
        for c in tok.children:
            if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for"):
                cands = self._pobjs_of(c)
            elif c.dep_ in ("xcomp", "ccomp", "advcl") and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children
            ):
                cands = [c]
            else:
                continue
            for t in cands:
                pos = _pos(t)
                entry = self.single.get((t.lemma_.lower(), pos)) if pos else None
                if entry is None and pos == "NOUN" and t.tag_ in ("NNS", "NNPS"):
                    entry = self.single.get((t.lower_, pos))
                if entry is not None and entry.type == "CONSULT" and entry.cameo != "045":
                    return t
        return None

    def _cooperation_asked(self, tok: Token) -> Token | None:
        """The joint work a verb of inviting asks for: a COOPERATE verb or noun, or an act named
        "joint", after "to" or "for" or in its "to"-clause, or what that clause takes part in
        ("invited Chile to a joint inquiry", "to cooperate", "to take part in joint patrols")."""
        cands = [p for c in tok.children if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for")
                 for p in self._pobjs_of(c)]  # fmt: skip
        for c in tok.children:
            if c.dep_ in ("xcomp", "ccomp", "advcl") and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children
            ):
                cands += [c, *(o for o in c.children if o.dep_ == "dobj"), *self._pobjs(c, {"in"})]
        for t in cands:
            pos = _pos(t)
            entry = self.single.get((t.lemma_.lower(), pos)) if pos else None
            joint = pos == "NOUN" and any(a.dep_ == "amod" and a.lower_ == "joint" for a in t.children)
            if (entry is not None and entry.type == "COOPERATE") or (
                joint and t.lemma_.lower() in self.event_nouns
            ):
                return t
        return None

    def _stance(self, tok: Token) -> bool:
        """Whether "stood with X" takes a side rather than a place: X is none of the actor's own
        ("his wife") and no artefact ("a sign"), and no place phrase says where the actor stood
        ("on the balcony")."""
        withs = self._pobjs(tok, {"with"})
        if not withs or _own(withs) or any(w.lemma_.lower() in self.instruments for w in withs):
            return False
        return not self._pobjs(tok, _POSTURE_PREPS)

    def _protest_purpose(self, tok: Token, opposing: bool = False) -> Token | None:
        """The protest a gathering is for: a PROTEST trigger in its purpose clause ("gathered
        outside the station to protest the closure") or its "for" object ("gathered for
        peaceful protests"), else None. With ``opposing``, a crowd's purpose of opposing
        (``event_protest_purposes.txt``: "thousands gathered to reject the new law") counts too."""
        for c in tok.children:
            if c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                cands = [c]
                if opposing and c.pos_ == "VERB" and _lemma(c) in self.protest_purposes and self._crowd(tok):
                    return c
            elif c.dep_ == "prep" and c.lower_ == "for":
                cands = self._pobjs_of(c)
            else:
                continue
            for t in cands:
                pos = _pos(t)
                entry = self.single.get((t.lemma_.lower(), pos)) if pos else None
                if entry is not None and entry.type == "PROTEST" and "protest" not in entry.flags:
                    return t
        return None

    def _crowd(self, tok: Token) -> bool:
        """Whether a verb's subject is a crowd: a plural or a count ("thousands", "residents",
        "hundreds of farmers") not of officials, forces or firms ("ministers gathered to condemn
        the attack" meet)."""
        for c in tok.children:
            if c.dep_ != "nsubj" or not (c.tag_ in ("NNS", "NNPS", "CD") or c.lemma_.lower() == "crowd"):
                continue
            heads = [c] + [p for prep in c.children if prep.lower_ == "of" for p in self._pobjs_of(prep)]
            return not any(
                self.actor_nouns.get(h.lemma_.lower(), (None, ""))[0] in _CROWD_OUTSIDERS for h in heads
            )
        return False

    def _crowd_outside(self, tok: Token) -> bool:
        """Whether a gathering is a crowd before a seat of power ("about 80 farmers gathered
        outside the ministry", "in front of the embassy"): a plural subject and an "outside"
        or "in front of" object whose noun is an institution's (``event_institution_nouns.txt``)."""
        if not any(c.dep_ == "nsubj" and c.tag_ in ("NNS", "NNPS") for c in tok.children):
            return False
        places: list[Token] = []
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "outside":
                places += self._pobjs_of(c)
            elif (
                c.dep_ == "prep" and c.lower_ == "in" and any(p.lower_ == "front" for p in self._pobjs_of(c))
            ):
                front = next(p for p in self._pobjs_of(c) if p.lower_ == "front")
                places += self._pobjs(front, {"of"})
        for p in places:
            words = [c.lemma_.lower() for c in p.children if c.dep_ == "compound"] + [p.lemma_.lower()]
            if words[-1] in self.institution_nouns or " ".join(words[-2:]) in self.institution_nouns:
                return True
            building = words[-1] in _SEAT_BUILDINGS or p.lower_ in _SEAT_BUILDINGS  # "building" tagged VBG
            if building and any(w in self.institution_nouns for w in words[:-1]):
                return True  # "outside the court building", "the Congress building": the seat itself
        return False

    def _gathered(self, found: list[_Found], by_tok: dict[int, _Found]) -> None:
        """A gathering for a protest is the protest: the purpose trigger ("to protest",
        "for protests") joins the gathering's event, lending it its target where it has none. So
        does the purpose of an act that is a protest itself ("occupied the depot to protest the
        cuts", "blocked the road to demonstrate against X"): one protest, the act."""
        for f in found:
            if "protest" not in f.entry.flags and f.entry.type != "PROTEST":
                continue
            purpose = self._protest_purpose(f.tok, "protest" in f.entry.flags)
            if purpose is None and f.entry.pos == "NOUN" and (verb := _carrying_verb(f.tok)) is not None:
                purpose = self._protest_purpose(verb)  # "staged a sit-in to protest the cuts"
            g = by_tok.get(purpose.i) if purpose is not None else None
            if g is None or g is f:
                continue
            g.merged, g.into = True, f
            if not f.target and g.target:
                f.target, f.target_tokens, f.further = list(g.target), list(g.target_tokens), g.further
            elif not f.target_tokens:
                f.target_tokens = list(g.target_tokens)

    # --- arguments -----------------------------------------------------------------------

    def _subject(self, tok: Token) -> tuple[list[Token], bool]:
        """Subject tokens of a verb (following conjunction, control and relative clauses)."""
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
        if not subj and (hung := _subject_on_auxiliary(tok)) is not None:
            return [hung], any(c.dep_ == "auxpass" for c in tok.children) or tok.dep_ == "advcl"
        if len(subj) > 1:  # "NAIROBI, Kenya (AP) — Police arrested": the dateline is no subject
            subj = [c for c in subj if not self._in_dateline(c)] or subj
        if len(subj) > 1 and _title_passive(tok):  # "Two held after raid; guard shot": the guard
            subj = sorted(subj, key=lambda c: abs(tok.i - c.i))[:1]
        if len(subj) > 1:  # "Two weeks after the junta closed parliament, soldiers detained him"
            subj = _outside_fronted_clause(subj)
        if subj:
            s = self._past_dateline(subj[0])
            if _pos(s) == "VERB" and s.dep_ == "nsubj":  # "The Red Cross operating in Iraq said"
                s = next((c for c in s.children if c.dep_ == "nsubj"), s)
            # "Hooded youths carrying clubs said": the parser hangs "youths" loose and makes the
            # participle's object the subject; the people before the participle are it
            ing = next((a for a in s.children if a.dep_ == "amod" and a.tag_ == "VBG" and a.i < s.i), None)
            if ing is not None:
                s = next(
                    (
                        c
                        for c in tok.children
                        if c.dep_ == "dep" and c.pos_ == "NOUN" and c.right_edge.i == ing.i - 1
                    ),
                    s,
                )
            if s.lower_ in _REL_PRONOUNS and tok.dep_ == "relcl":
                return [self._who_antecedent(tok.head, s)], s.dep_ == "nsubjpass"
            return [s], s.dep_ == "nsubjpass" or _title_passive(tok)
        if tok.dep_ in ("amod", "compound") and (agent := _hyphen_agent(tok)) is not None:
            return [agent], False  # "China-brokered talks": China
        aux = next((c for c in tok.children if c.dep_ == "auxpass"), None)
        if aux is not None:  # "Many more were denied entry": the parser hangs "more" as advmod
            quant = [c for c in tok.children if c.i < aux.i and c.lower_ in _QUANT_HEADS | {"others"}]
            if quant:
                return quant[:1], True
        if tok.dep_ == "conj" and (own := _own_subject(tok)) is not None:
            return [own], False  # "shelled the market and troops returned fire": the troops
        if tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX"):
            return self._subject(_partner(tok))
        if (gerund := _gerund_partner(tok)) is not None:  # "..., protesting the tax and demanding talks"
            return self._subject(gerund)
        if _listed_verb(tok):  # "X protested the arrest, summoned the envoy and recalled ...": X
            return self._subject(tok.head)
        if (partner := _hung_partner(tok)) is not None:  # "welcomed the deal but criticised delays"
            return self._subject(partner)  # who welcomed it
        founder = _founder(tok)
        if founder is not None:  # "set up a commission (led by X) to investigate": who set it up
            return self._subject(founder)
        if (left := _left_in_state(tok)) is not None:  # "left five people wounded": they were wounded
            return [left], True
        if tok.dep_ == "xcomp":
            head = tok.head
            obj = [c for c in head.children if c.dep_ in ("dobj",)]
            if not obj and head.lemma_.lower() in _ASKED_OF:  # "called on the army to withdraw"
                obj = [p for p in self._pobjs(head, _ASKED_OF[head.lemma_.lower()]) if p.i < tok.i]
            # "used tear gas to disperse them": the instrument does nothing, its user does
            if obj and head.lemma_.lower() not in ("promise", "use", "employ"):
                return obj, False
            if head.lemma_.lower() in _SCHEDULED:  # "X is scheduled to visit": X visits
                return self._subject(head)[0], False
            return self._subject(head)
        if self._crowd_acted(tok):
            return [tok.head], False
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and _hung_main_verb(tok):
            return [tok.head], False
        if tok.dep_ in ("acl", "relcl") and tok.tag_ == "VBN":
            return [tok.head], True
        issuer = self._issued_by(tok)
        if issuer is not None:  # "the board passed a resolution censuring Iran": the board
            return self._subject(issuer)
        if tok.dep_ == "acl" and tok.tag_ == "VBG":
            return [tok.head], False  # "demonstrators protesting election results"
        if tok.dep_ == "acl" and tok.tag_ == "VBD":
            # "His lawyer, X, asked for bail": a finite verb the parser hung on its subject; with
            # an agent ("the killer, shot dead by police") the head undergoes it
            return [tok.head], any(c.dep_ == "agent" for c in tok.children)
        if tok.dep_ == "acomp":  # "Egypt is willing to ...": the subject of the copula
            return self._subject(tok.head)
        if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and _pos(tok.head.head) == "VERB":
            verb = tok.head.head  # "resorted to throwing stones"; "accused X of misusing": X
            obj = [c for c in verb.children if c.dep_ == "dobj"]
            return (obj or self._subject(verb)[0]), False  # the controller acts, whatever the voice
        if tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            return self._subject(tok.head)  # "shunned work to protest": who shunned protests
        if tok.dep_ == "advcl" and tok.tag_ == "VBG" and not any(c.dep_ == "mark" for c in tok.children):
            # "militants launched attacks, killing 130": who launched them; after a passive,
            # its agent ("was shelled by the army, killing five"), never its patient
            if _pos(tok.head) != "VERB" or any(
                _pos(t) == "VERB" and not _in_noun_phrase(t, tok.head)
                for t in tok.doc[tok.head.i + 1 : tok.i]
            ):
                # only the verb just before: a long sentence's attachment is a guess; a participle
                # inside a noun phrase between is no clause ("a strike called by the union, demanding")
                return [], False
            if self._is_passive(tok.head):
                return [p for c in tok.head.children if c.dep_ == "agent" for p in self._pobjs_of(c)], False
            subj, passive = self._subject(tok.head)
            return ([], False) if passive else (subj, False)
        if tok.dep_ == "acl" and tok.head.lemma_.lower() in _INTENT and tok.head.head.pos_ in ("VERB", "AUX"):
            subj, passive = self._subject(tok.head.head)  # "Canada had plans to withdraw"
            if any(s.i == tok.head.i for s in subj):
                return [], False  # "an attempt to assassinate X was thwarted": no one named
            return subj, passive
        return [], False

    def _crowd_acted(self, tok: Token) -> bool:
        """Whether a protest verb the parser hung as a participle on a sentence's only noun is the
        crowd's own finite verb ("Hundreds of students protested in X": the students protest, they
        are not protested): an "acl" with no agent and no auxiliary on a root noun before it."""
        entry = self.single.get((_lemma(tok), "VERB"))
        return (
            entry is not None
            and entry.type == "PROTEST"
            and tok.dep_ == "acl"
            and tok.head.dep_ == "ROOT"
            and tok.head.i < tok.i
            and tok.head.pos_ in ("NOUN", "PROPN", "NUM")
            and not any(c.dep_ in ("agent", "auxpass", "aux") for c in tok.children)
        )

    def _condemning_complement(self, verb: Token) -> Token | None:
        """The word of condemnation (``event_condemnations.txt``) a verb of naming gives its object
        (:meth:`_naming_complement`); None when there is none."""
        return self._naming_complement(verb, self.condemnations)

    def _rejected_thing(self, verb: Token, theme: Token | None) -> Token | None:
        """The proposal, demand or claim (``event_rejectables.txt``) a verb of naming turns down
        with a word of ``event_rejection_words.txt`` ("called the demand impossible", "described
        the offer as unrealistic", "called the allegations baseless"): its object, or the subject
        the parser gives the complement ("called [the union's request unreasonable]"); None when
        the thing named is none of those or no such word is given it. A word that only condemns
        ("called the proposal a disgrace") criticises (ACCUSE), as the condemnation row codes it."""
        things = [theme] if theme is not None else []
        things += [
            s
            for c in verb.children
            if c.dep_ in ("oprd", "ccomp", "xcomp", "acomp")
            for s in c.children
            if s.dep_ == "nsubj" and s.i < c.i
        ]
        thing = next((t for t in things if t.lemma_.lower() in self.rejectables and t.pos_ == "NOUN"), None)
        if thing is None or self._naming_complement(verb, self.rejections) is None:
            return None
        return thing

    @staticmethod
    def _naming_complement(verb: Token, words: frozenset[str]) -> Token | None:
        """The word of ``words`` a verb of naming gives its object: an object complement ("called
        the plan unfair", "branded the law a betrayal"), an "as" object ("described the budget as
        reckless") or an adjective the parser hangs after the object ("labelled the closure
        unacceptable"); None when there is none."""
        objects = [c for c in verb.children if c.dep_ in ("dobj", "oprd")]
        cands = objects[1:] + [c for c in objects[:1] if c.dep_ == "oprd"]
        cands += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children]
        cands += [g for c in objects[:1] for g in c.children if g.dep_ == "amod" and g.i > c.i]
        # "branded the quota a betrayal": or an apposition with no comma before it
        cands += [
            g
            for c in objects[:1]
            for g in c.children
            if g.dep_ == "appos" and not any(t.is_punct and not t.is_quote for t in verb.doc[c.i : g.i])
        ]  # 'called the audit "a sham"': a quote mark is no comma
        # "branded [the strike illegal]": the parser may make object and complement a small clause
        cands += [
            c for c in verb.children if c.dep_ == "ccomp" and any(g.dep_ == "nsubj" for g in c.children)
        ]
        # "called the levy harsh and disproportionate": any of coordinated complements condemns
        cands += [j for c in cands for j in c.conjuncts if j.i > c.i and j.pos_ in ("ADJ", "NOUN")]
        return next((c for c in cands if c.lemma_.lower() in words), None)

    def _condemned_target(self, verb: Token, tgt: list[Token], entities: Sequence[Entity]) -> list[Token]:
        """Who "called X unlawful" (or "a betrayal") accuses: X when X is a party (a named entity or
        people, "called the minister reckless"); when X is a thing or an act ("the strike", "the
        plan"), whoever the text names as its doer or owner ("the dockers' strike", "the strike by
        pilots", "the government's plan"), else no one."""
        said = self._condemning_complement(verb)
        tgt = [t for t in tgt if said is None or t.i != said.i]  # "branded the law a betrayal": two objects
        if not tgt:
            # "called the union's walkout a betrayal": the parser may hang the object on the complement
            tgt = [
                c
                for o in verb.children
                if o.dep_ == "oprd"
                for c in o.children
                if c.dep_ == "nmod" and c.i < o.i
            ]
        if not tgt and said is not None:
            # "called the ministry's plan unfair": the parser may make the object a complement too
            tgt = [
                o for o in verb.children if o.dep_ == "oprd" and o.i < said.i and o.pos_ in ("NOUN", "PROPN")
            ]
            # "branded [the strike illegal]": or the subject of a small clause the complement heads
            tgt = tgt or [
                c for c in said.children if c.dep_ in ("nsubj", "nmod", "compound") and c.i < said.i
            ]
        things = [t for t in tgt if self._link([t], entities) == [] and self.person_kind(t) is None]
        if not things:
            return tgt
        doers = [t for t in tgt if t not in things]
        for thing in things:
            doers += self._doers(thing, entities)
        # "called the strike by pilots illegal": the parser may hang "by" on the verb
        doers += [p for c in verb.children if c.dep_ == "agent" for p in self._pobjs_of(c)]
        doers += [p for p in self._pobjs(verb, {"by"}) if p.ent_type_ not in _NOT_ACTORS]
        return list(dict.fromkeys(doers))

    def _doers(self, thing: Token, entities: Sequence[Entity]) -> list[Token]:
        """The doer or owner a noun of a thing or an act names: its possessor ("the dockers'
        strike"), its "by" object ("the strike by pilots") or a named modifier ("the Kesran plan");
        not a date ("Saturday's vote")."""
        out = [
            c
            for c in thing.children
            if c.ent_type_ not in _NOT_ACTORS
            and (
                (c.dep_ == "poss" and c.tag_ != "PRP$")
                or (
                    c.dep_ in ("compound", "amod", "nmod")
                    and c.i < thing.i
                    and (self._link([c], entities) or self.person_kind(c) is not None)
                )
            )
        ]
        out += [p for p in self._pobjs(thing, {"by"}) if p.ent_type_ not in _NOT_ACTORS]
        return out or self._earlier_doer(thing, entities)

    def _earlier_doer(self, thing: Token, entities: Sequence[Entity]) -> list[Token]:
        """The doer of an act or the owner of a thing stated earlier in the same sentence: the
        subject of the verb the noun comes from ("Harlow Mining dismissed 40 workers, and the union
        said the dismissals were illegal": Harlow Mining) or of the verb whose object the same noun
        was ("The ministry unveiled a plan, but farmers said the plan was unfair": the ministry);
        when that subject is a party (a linked entity or people), else no one."""
        lemma = thing.lemma_.lower()
        for t in reversed(thing.doc[thing.sent.start : thing.i]):
            verb: Token | None = None
            if t.lemma_.lower() == lemma and t.dep_ == "dobj" and _pos(t.head) == "VERB":
                verb = t.head
            elif _pos(t) == "VERB" and len(t.lemma_) >= 4 and lemma.startswith(t.lemma_.lower().rstrip("e")):
                verb = t
            if verb is None or self._is_passive(verb):
                continue
            subj = [
                s
                for s in self._subject(verb)[0]
                if self._link([s], entities) or self.person_kind(s) is not None
            ]
            if subj:
                return subj
        return []

    @staticmethod
    def _gap_object(tok: Token, objs: list[Token]) -> list[Token]:
        """The objects of a verb with the noun an object-gap relative clause stands for: "the
        village (that/which) the rebels attacked" has the village as object, as "the rebels attacked
        the village"; the relative pronoun ("that", "which" parsed as the object) stands for it too.
        Not when the gap is adverbial ("the day the rebels attacked", "the town where they fought")."""
        head = tok.head
        if (
            tok.dep_ != "relcl"
            or head.pos_ not in ("NOUN", "PROPN")
            or head.lemma_.lower() in _ADVERBIAL_HEADS
        ):
            return objs
        if objs:
            return [head if o.lower_ in _REL_PRONOUNS else o for o in objs]
        if any(
            c.dep_ in ("advmod", "prep", "dative", "ccomp", "xcomp") and c.lower_ in _WH_ADVERBS
            for c in tok.children
        ):
            return objs
        subject = [c for c in tok.children if c.dep_ == "nsubj"]
        if not subject or any(s.lower_ in _REL_PRONOUNS for s in subject):
            return objs  # "the army that attacked": the noun is the subject, not the object
        if any(c.dep_ == "prep" and not any(g.dep_ == "pobj" for g in c.children) for c in tok.children):
            return objs  # "the village the rebels fired on": a stranded preposition takes the noun
        return [head]

    def _issued_by(self, tok: Token) -> Token | None:
        """The verb that issues the document a trigger modifies ("passed" in "passed a
        resolution censuring Iran"), or None."""
        doc_noun = tok.head
        if (
            tok.dep_ in ("acl", "relcl")
            and doc_noun.dep_ == "dobj"
            and doc_noun.lemma_.lower() in self.documents
            and _pos(doc_noun.head) == "VERB"
        ):
            return doc_noun.head
        return None

    def _doc_text(self, doc: Doc) -> str:
        """The doc's text, kept for the doc being coded (``Doc.text`` walks every token)."""
        if doc is not self._text_doc:
            self._text_doc, self._text = doc, doc.text
            self._datelines = [(d.start, d.end) for d in datelines(self._text)]
        return self._text

    def _dateline_end(self, tok: Token) -> int | None:
        """Where the dateline holding ``tok`` ends, or None when it is in none."""
        self._doc_text(tok.doc)
        return next((end for start, end in self._datelines if start <= tok.idx < end), None)

    def _in_dateline(self, tok: Token) -> bool:
        return self._dateline_end(tok) is not None

    def _past_dateline(self, tok: Token) -> Token:
        """The subject after a dateline the parser took for it (``common.past_dateline``)."""
        self._doc_text(tok.doc)
        return past_dateline(tok, self._datelines)

    def _occupied_in_protest(self, f: _Found, entities: Sequence[Entity]) -> None:
        """Codes an occupation of a workplace or campus by civilians ("workers occupied the
        plant", "students occupied the university hall") or of any site for a protest ("occupied
        the terminal to protest X") as the sit-in it is (PROTEST, as the lexicon's "sit-in"), not a
        seizure; soldiers, police or rebels occupying a site or anyone occupying a town keep
        COERCE."""
        tok = f.tok
        if f.entry.pos != "VERB" or f.entry.lemma != "occupy" or f.passive or not f.source_tokens:
            return
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is None:
            return
        # "dockers occupied the terminal to protest the closure": a protest whatever the site
        if obj.lemma_.lower() not in self.occupied_sites and self._protest_purpose(tok) is None:
            return
        kinds = [self.person_kind(_through_quantity(t)) for t in f.source_tokens]
        if not all(k is not None and k[1] in _OCCUPIERS for k in kinds):
            return
        sit_in = self.single.get(("sit-in", "NOUN"))
        if sit_in is not None:
            f.entry = dataclasses.replace(f.entry, type=sit_in.type, mode=sit_in.mode, cameo=sit_in.cameo)
            # "the square of X": X is where, as for any protest
            sited = self._sited(f.target_tokens, entities)
            f.target = [t for t in f.target if t not in sited]

    def _arguments(self, f: _Found, entities: Sequence[Entity]) -> None:
        tok, entry = f.tok, f.entry
        src: list[Token] = []
        tgt: list[Token] = []
        if entry.pos == "VERB":
            subj, subj_passive = self._subject(tok)
            subj = subj + [c for s in subj for c in self._stranded(s)]
            if (misparsed := _relative_subject(tok)) is not None:
                # "the ministry, which the paper's report accused of lying": the report accuses
                f.passive = subj_passive = False
                subj = [misparsed]
            elif not subj_passive and (speaker := self._self_it_speaker(tok, subj, entities)):
                subj = speaker  # "X said the paper had lied and accused it of ...": X accused the paper
            stative = (
                "stative" in entry.flags
                and not any(c.dep_ == "agent" for c in tok.children)
                and bool(self._pobjs(tok, {"to"}))
            )
            if stative:  # "Israel is opposed to French mediation": Israel opposes it
                f.passive = subj_passive = False
            if f.passive or subj_passive:
                tgt += [t for t in subj if f.extra is None or t.i != f.extra.i]  # "a recall was ordered"
                for c in tok.children:
                    if c.dep_ == "agent":
                        src += [p for p in c.children if p.dep_ == "pobj"]
                if not src:  # "were questioned by prosecutors and accused of fraud": the prosecutors
                    src = _shared_agent(tok)
                if not src and entry.mode == "release":
                    src = self._releasing(tok, entities)
            else:
                src += subj
                objs = [c for c in tok.children if c.dep_ in ("dobj", "dative")] or _misparsed_dative(tok)
                if not objs and entry.type == "AID":  # "helped jobless miners find work": the miners
                    objs = [
                        s
                        for c in tok.children
                        if c.dep_ in ("ccomp", "xcomp") and c.i > tok.i
                        for s in c.children
                        if s.dep_ == "nsubj" and s.i > tok.i
                    ]
                if _hung_verb(tok):  # "... but criticised delays": the noun it was hung on
                    objs.append(tok.head)
                # "sent two planes to Greece": the parser makes "to" a dative; its object is the one
                objs = [p for o in objs for p in (self._pobjs_of(o) if o.pos_ == "ADP" else [o])]
                objs = [o for o in objs if o.ent_type_ not in ("MONEY", "PERCENT")]  # what is paid, not who
                objs = self._gap_object(tok, objs)
                if misparsed is not None and not objs:
                    objs = [misparsed.head]  # the noun the relative clause hangs on: the ministry
                if f.extra is not None:
                    objs = [o for o in objs if o.i != f.extra.i]
                groups = self._target_groups(f, objs)
                tgt = self._addressee(f, objs, entities)
                f.addressed = bool(tgt)
                if (
                    not tgt
                    and entry.type in ("ASSAULT", "COERCE")
                    and objs
                    and not self._link(objs, entities)
                ):
                    # "wounding 13 people on a street in Lyon": the people attacked or detained
                    # are the target, before any entity named further on
                    tgt = [o for o in objs if self.person_kind(_through_quantity(o))]
                # the actor's own ("recalled its ambassador from X": "its" is the source) is no target
                mine = _own(objs) and "sym" not in entry.flags
                own = set(self._link(src, entities)) if mine else set()
                # what an actor sends, moves or withdraws of its own is none of the targets, nor is
                # anything named in it ("(offered to) send a team of its Disaster Response Force")
                given = self._given(tok, objs) if entry.type in _GIVEN_TYPES | {"AGREE"} else set()
                given |= self._sent(f, objs) | self._pledged_thing(tok, objs, entities)
                if given:
                    groups = [[t for t in g if t.i not in given] for g in groups]
                tgt = (
                    tgt
                    or self._first_linked(groups, entities, own)
                    or self._fired_at(f, objs)
                    or [o for o in objs if o.i not in given and not self._sense_theme(f, o)]
                    or _theme_owners(objs)  # "searched the senator's offices": the senator
                    or self._pledged_to(tok, objs, entities)
                    or self._pobjs(tok, {"against"})  # "vowed to retaliate against the army": a phrase
                    # "opened a case against the company": the object of the trigger's second word
                    # "imposed sanctions on three generals": whom a sanction is laid on
                    or (
                        self._pobjs(f.extra, {"against"} | _LAID_ON.get(entry.type, set()))
                        if f.extra is not None
                        else []
                    )
                    or self._people_group(f, groups[1:])  # "fired on protesters": people no entity names
                )
        else:
            for c in tok.children:
                if c.dep_ == "poss" or (c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i):
                    if c.ent_type_ in ("DATE", "TIME"):
                        continue  # "Saturday's attack", "the Friday blast": when, not who
                    if (
                        c.dep_ != "poss"
                        and c.pos_ in ("NOUN", "ADJ")
                        and entity_at(entities, c.idx, c.idx + len(c.text)) is None
                        and self.person_kind(c) is None
                    ):
                        continue  # "a terror attack", "a suicide bombing": what kind, not who
                    if (f.extra is None or c.i != f.extra.i) and not self._mediating(c):
                        src.append(c)
                elif c.dep_ == "prep":
                    lemma = c.lemma_.lower()
                    pobj = [p for p in c.children if p.dep_ == "pobj"]
                    if lemma in ("by", "from"):
                        src += pobj
                    elif lemma == "of":
                        (src if "of_source" in entry.flags else tgt).extend(pobj)
                    elif lemma in ("between", "among"):
                        src += pobj
                    elif lemma in _TARGET_PREPS:
                        tgt += pobj
                elif entry.type == "PROTEST" and (organiser := _organised_by(c)):
                    src += organiser  # "a rally the union had called", "a rally organised by X"
                elif (imposed := _imposing(c)) is not None:
                    # "a ban imposed by the council on the paper": who imposed it, on whom
                    src += [p for a in imposed.children if a.dep_ == "agent" for p in self._pobjs_of(a)]
                    tgt += self._pobjs(imposed, {"on", "against"})
                elif c.dep_ == "acl" and c.tag_ == "VBN" and _is_light(c):
                    # "raids carried out by the border police", "the offensive led by X": who did it
                    src += [p for a in c.children if a.dep_ == "agent" for p in self._pobjs_of(a)]
            held: list[Token] = []
            if entry.mode in _UNDERGONE_MODES and all(_not_actor(t) for t in tgt):
                # "since his arrest", "Navalny's kidnapping": a person owning a detention is the
                # one detained (with an "of" phrase, "Iran's arrest of X", the owner acts)
                held = [c for c in src if c.dep_ == "poss" and (c.tag_ == "PRP$" or c.ent_type_ == "PERSON")]
                src, tgt = [c for c in src if c not in held], held + tgt
            if "as" in entry.flags and _pos(tok.head.head) == "VERB":
                verb = tok.head.head  # "with China as mediator": China; "Qatar acted as mediator": Qatar
                subj, passive = self._subject(verb)
                src = self._pobjs(verb, {"with"}) or ([] if passive else subj)
            elif "with" in entry.flags and tok.dep_ == "pobj" and tok.head.lower_ == "in":
                subj, passive = self._subject(tok.head.head)  # "the ministry was in contact with X"
                src = src or ([] if passive else subj)
            if not self._link(src, entities):
                f.claimers = self._claimed_by(tok)
            tgt += [t for t in self._casualties(tok) if t not in tgt]
            if (
                not tgt
                and entry.type in ("ASSAULT", "COERCE")
                and tok.dep_ == "pobj"
                and tok.head.dep_ == "agent"
                and self._is_passive(tok.head.head)
            ):
                # "the hospital was hit by a ransomware attack"; not "the window, damaged by the blast"
                tgt = [
                    t
                    for t in self._subject(tok.head.head)[0]
                    if t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                    or self.person_kind(_through_quantity(t))
                ]
                f.claimed = bool(tgt)
            if tok.dep_ == "compound" and self._light_object(tok):
                carrier = tok.head  # "launched a mediation effort between A and B"
                subj, passive = self._subject(carrier.head)
                if not passive and self._link(subj, entities):
                    src = subj
                    tgt = tgt or self._pobjs(carrier, {"between", "among"} | _TARGET_PREPS)
                else:
                    src = src or self._pobjs(carrier, {"between", "among"})
            slot = _slot(tok)
            head = slot.head
            if slot.dep_ == "dobj" and head.lemma_.lower() in _UNDERGO and not tgt:
                tgt = self._subject(head)[0]  # "Ukraine received aid", "Iran faces sanctions"
                if not self._link(src, entities):
                    src = self._pobjs(head, {"from", "by"})
            elif (
                slot.dep_ in ("dobj", "nsubjpass")
                and _is_light(head)
                and _pos(head) == "VERB"
                and self._is_passive(head)
            ):
                # "warnings were given to the police by the group", "they were given an
                # ultimatum by their bosses": the agent acts; the recipient is the target
                if not self._link(src, entities):
                    src = [p for c in head.children if c.dep_ == "agent" for p in self._pobjs_of(c)] or src
                if not tgt:
                    given = self._pobjs(head, _TARGET_PREPS) + [
                        p for c in head.children if c.dep_ == "dative" for p in self._pobjs_of(c)
                    ]  # the parser makes "to the Red Cross" a dative
                    tgt = [p for p in given if p.ent_type_ not in ("DATE", "TIME")]
                    if not tgt and slot.dep_ == "dobj":
                        tgt = self._subject(head)[0]
            elif not self._link(src, entities) and slot.dep_ == "dobj" and _is_light(head):
                subj, passive = self._subject(head)
                if (
                    not passive
                    and not any(c.dep_ == "oprd" for c in head.children)
                    and self._condemning_complement(head) is None
                ):
                    src = subj  # not with an object complement, a verb of naming: "called the strike illegal"
                if not tgt:
                    for c in head.children:
                        if c.dep_ == "prep" and c.lemma_.lower() in _TARGET_PREPS:
                            tgt += [p for p in c.children if p.dep_ == "pobj"]
                        elif c.dep_ == "dative":  # "gave the Ivory Coast 5 million dollars of aid"
                            tgt.append(c)
            elif not self._link(src, entities) and self._on_state(tok):
                verb = tok.head.head  # "2,000 workers went on strike against the owner, Halden Steel"
                subj, passive = self._subject(verb)
                if not passive:
                    src = subj
                if not tgt:
                    tgt = self._pobjs(verb, {"against"}) or [
                        p
                        for h in [verb, *subj]  # "workers at Halden Steel", "went on strike at Halden Steel"
                        for p in self._pobjs(h, {"at"})
                        if (e := entity_at(entities, p.idx, p.idx + len(p.text))) is not None
                        and e.type == "ORG"
                    ]
            elif (
                tok.dep_ == "pobj"
                and _pos(tok.head.head) == "VERB"
                and (
                    tok.head.lower_ == "under"
                    or (
                        tok.head.lower_ in ("in", "into")
                        and entry.mode == "arrest"
                        and tok.head.head.lemma_.lower() in _PLACING
                    )
                )
            ):
                # "was remanded in detention", "put into detention": the one held
                tgt = self._subject(tok.head.head)[0]  # "was put under investigation", "under arrest"
            if (
                not held
                and not self._link(src, entities)
                and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in tok.children)
            ):
                # "insisted on its demands": a possessive pronoun is bound by the clause's subject;
                # "thanked Oman for its mediation": by the one thanked (or blamed) for it
                verb = self._clause_head(tok)
                subj, passive = self._subject(verb)
                thanked = [c for c in verb.children if c.dep_ == "dobj"]
                if tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.i == verb.i and thanked:
                    subj, passive = thanked, False
                if not passive and self._link(subj, entities):
                    src = subj
        if entry.type == "REQUEST":
            if not tgt and f.extra is not None and f.extra.pos_ == "ADP":
                # "called for the ouster of the minister", "for the mayor's removal": the person
                tgt = [p for p in self._pobjs_of(f.extra) if self._held_people(p)]
            # "demanded the removal of the army commander": the commander, named by no entity
            asked = {t.i for t in tgt if t.head.i == tok.i and t.dep_ == "dobj"}
            if f.extra is not None:
                asked |= {p.i for p in self._pobjs_of(f.extra)}
            tgt = [
                o
                for t in tgt
                for o in (
                    [t]
                    if t.i not in asked or self.person_kind(_through_quantity(t)) or self._link([t], entities)
                    else self._held_people(t) or [t]
                )
            ]  # the thing asked for only: not "appealed for witnesses with a photo of the suspect"
        if (be := _to_blame(tok)) is not None:  # "X was to blame for the attack, Y said": Y blames X
            tgt, src = (
                self._subject(be)[0],
                self._subject(_said_of(be))[0] if _said_of(be) is not None else [],
            )
        if (
            entry.type == "ACCUSE"
            and entry.pos == "VERB"
            and (any(c.dep_ == "oprd" for c in tok.children) or self._condemning_complement(tok) is not None)
        ):
            tgt = self._condemned_target(tok, tgt, entities)
        if (
            entry.type == "REJECT"
            and entry.pos == "VERB"
            and (thing := self._rejected_thing(tok, self._theme(tok))) is not None
        ):  # "called the union's request unreasonable": the union, whose request it is
            tgt = self._doers(thing, entities) or tgt or [thing]
        if entry.pos == "VERB" and not f.passive and tok.lemma_.lower() in _FLIGHT and entry.cameo == "073":
            src, tgt = (
                [],
                src,
            )  # "hundreds of families left their homes": the displaced are helped, no one moves them
        if entry.pos == "VERB" and not f.passive and _lemma(tok) in _UNDERGO and entry.type == "COERCE":
            # "the bank received a formal notice from the inspectorate": the order's author acts on the bank
            givers = self._pobjs(tok, {"from"}) or [
                p for c in tok.children if c.dep_ == "dobj" for p in self._pobjs(c, {"from"})
            ]
            src, tgt = givers, src
        if entry.pos == "VERB" and not f.passive and not tgt and (held := _held_to(tok)) is not None:
            tgt = self._subject(held)[0]  # "would hold the owners responsible": the owners
        if (
            entry.type == "REQUEST"
            and entry.pos == "VERB"
            and (letter := self._letter_parties(tok)) is not None
        ):
            src, tgt = letter[0] or src, letter[1]  # "wrote to the ministry asking for talks": the ministry
        src, tgt = src + self._included(src), tgt + self._included(tgt)
        # "clashes on Friday": a date is when, never who; "demanded $2 million": a sum is what
        src, tgt = (
            [t for t in src if not _not_actor(t)],
            [
                t
                for t in tgt
                if not _not_actor(t) and not _place_object(t) and not _spot(t) and not self._route_end(t)
            ],
        )
        if entry.pos == "VERB" and (f.passive or tgt):
            # "were arrested, including X"
            tgt += [m for t in self._pobjs(tok, _INCLUDING) for m in _listed(t) if m not in tgt]
        if entry.type == "CONCEDE" and all(t.lemma_.lower() in self.contests for t in tgt):
            tgt = _congratulated(tok) or tgt  # "conceded defeat and congratulated X": yielded to X
        f.source_tokens, f.target_tokens = src, tgt
        f.source = self._link(src, entities)
        f.seated = not f.source and any(
            self._located(t, p, entities) for t in src for p in self._pobjs(t, {"in"})
        )
        f.target = [t for t in self._link(tgt, entities) if t not in f.source or "sym" in entry.flags]
        if entry.type == "CONCEDE":  # "conceded the election in X": X is where the contest was
            held = {
                e
                for t in tgt
                if t.lemma_.lower() in self.contests
                for e in self._link(self._pobjs(t, {"in"}), entities)
            }
            f.target = [t for t in f.target if t not in held]
        if entry.type == "PROTEST":  # "gathered outside parliament in Riga": Riga is where, not whom
            sited = self._sited(tgt, entities)
            f.target = [t for t in f.target if t not in sited]
        self._activity(f, entities)
        if entry.type == "REQUEST" and entry.pos == "NOUN" and not f.target:
            self._requested(f, entities)
        reciprocal = any(t.lower_ in ("other", "another") for t in tgt)  # "each other", "one another"
        if ("sym" in entry.flags or reciprocal) and len(f.source) >= 2 and not f.target:
            f.target = list(f.source)
        self._fallback(f, entities)
        self._unaimed(f, entities)
        self._not_own_body(f, entities)

    def _not_own_body(self, f: _Found, entities: Sequence[Entity]) -> None:
        """Drop from the targets the body a person acting is introduced by ("X, head of the
        Y union, criticised the decision, calling it reckless": not Y): an organisation named
        inside the source's own phrase is the source's affiliation, not what the act is aimed at."""
        if not f.target or "sym" in f.entry.flags:
            return
        kinds = {e.id: e.type for e in entities}
        if not any(kinds.get(s) == "PERSON" for s in f.source):
            return
        # the source's appositions and phrases ("X, head of Y", "the Y chief X"), never a clause
        # holding the act itself ("X, who accused Y of ...": Y is the act's own)
        mods = [
            c
            for s in f.source_tokens
            for c in s.children
            if c.dep_ in ("appos", "prep", "compound", "poss", "nmod")
            and not any(t.i == f.tok.i for t in c.subtree)
        ]
        inside = {
            eid
            for c in mods
            for t in c.subtree
            if not any(v.pos_ in ("VERB", "AUX") for v in t.ancestors if v.i in {x.i for x in c.subtree})
            for eid in self._link_one(t, entities, depth=3)
            if kinds.get(eid) == "ORG" and eid not in f.source
        }
        if inside:
            f.target = [t for t in f.target if t not in inside]
            linked = [set(self._link([t], entities)) for t in f.target_tokens]
            f.target_tokens = [
                t for t, ids in zip(f.target_tokens, linked, strict=True) if not ids or not ids <= inside
            ]

    def _unaimed(self, f: _Found, entities: Sequence[Entity]) -> None:
        """Drop a place the act was sent to from its targets ("sent 30 officers to Morelia",
        "moved troops into the border district"): a town or region is where the act goes, never
        whom; a country there stays, as the state that receives ("sent two planes to Greece")."""
        if not f.target_tokens or f.entry.type not in ("AID", "MOBILIZE") or f.entry.pos != "VERB":
            return
        dropped = [
            t
            for t in f.target_tokens
            if self._destination(f, t)
            and self._place_entity(t, entities)
            and not any(a <= t.idx < b for a, b in self._country_spans)
        ]
        if dropped:
            gone = set(self._link(dropped, entities))
            f.target = [e for e in f.target if e not in gone]
            f.target_tokens = [t for t in f.target_tokens if t not in dropped]

    def _claimed_by(self, noun: Token) -> list[Token]:
        """Who claims an act did it: the subject of "claimed the attack" or "claimed
        responsibility (credit) for the attack", the agent of "an attack claimed by X"."""
        head = noun.head
        if (
            noun.dep_ == "pobj"
            and head.lower_ == "for"
            and head.head.lemma_.lower() in ("responsibility", "credit")
        ):
            noun, head = head.head, head.head.head
        if noun.dep_ == "dobj" and head.lemma_.lower() == "claim":
            subj, passive = self._subject(head)
            return [] if passive else subj
        return [
            p
            for c in noun.children
            if c.dep_ == "acl" and c.lemma_.lower() == "claim"
            for a in c.children
            if a.dep_ == "agent"
            for p in self._pobjs_of(a)
        ]

    def _casualties(self, noun: Token) -> list[Token]:
        """Who died in an act ("three people died in the attack"): its targets; dying is no
        event of its own, so the act, not a second event, holds them."""
        verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "during") else None
        if verb is None or verb.lemma_.lower() not in _DIE:
            return []
        return [t for t in self._subject(verb)[0] if t.pos_ != "PRON" or t.lower_ in _PERSONAL]

    def _mediating(self, tok: Token) -> bool:
        """Whether a participle modifying an event noun is a mediation joined to its own agent
        ("China-brokered talks"): that agent mediates and is no party to the noun's event."""
        if _pos(tok) != "VERB" or _hyphen_agent(tok) is None:
            return False
        entry = self.single.get((_lemma(tok), "VERB"))
        return entry is not None and "hyphen" in entry.flags

    def _included(self, toks: list[Token]) -> list[Token]:
        """The members an argument names after "including" ("12 people, including two
        women"): arguments of the same side."""
        return [m for t in toks for p in self._pobjs(t, _INCLUDING) for m in _listed(p) if m not in toks]

    def _answered(self, found: list[_Found]) -> None:
        """The target of a response to a speech act named by a definite noun with no owner
        ("Iran rejected the warning", ``data/event_answered_nouns.tsv``): the source of the
        nearest earlier event of the types that noun names, within ``_ANSWER_WINDOW`` sentences
        ("Washington threatened new sanctions ... Iran rejected the warning"). Never the
        response's own source; no such event, no target."""
        by_pos = sorted(found, key=lambda g: g.tok.i)
        for f in by_pos:
            if f.target or f.entry.type not in _RESPONSE_TYPES or f.entry.pos != "VERB" or f.passive:
                continue
            obj = next((c for c in f.tok.children if c.dep_ == "dobj"), None)
            if obj is not None and obj.lower_ in ("that", "this") and not list(obj.children):
                # "X accused the ministry of ... The ministry rejected that": what was just said
                types = frozenset(t for ts in self.answered.values() for t in ts)
            elif obj is None or obj.lemma_.lower() not in self.answered:
                continue
            elif not _definite(obj) or any(
                c.dep_ == "poss" or (c.dep_ == "prep" and not _dated_prep(c)) for c in obj.children
            ):
                continue  # "a warning", "his demand", "the demand from the rebels": not this rule
                # ("rejected the request on Tuesday": a date the parser hangs on the noun is no owner)
            else:
                types = self.answered[obj.lemma_.lower()]
            sent = f.sent if f.sent is not None else f.tok.sent
            for g in reversed([g for g in by_pos if g.tok.i < f.tok.i]):
                g_sent = g.sent if g.sent is not None else g.tok.sent
                if _sentences_between(g_sent, sent) > _ANSWER_WINDOW:
                    break
                if g.entry.type in types and g.source and not set(g.source) & set(f.source):
                    f.target, f.target_tokens, f.further = list(g.source), list(g.source_tokens), True
                    break
                asker = not g.source and _generic_other(g.source_tokens, f.source_tokens)
                if g.entry.type in types and asker:
                    # "The union asked the ministry to ... The ministry rejected the request": the
                    # asker no entity names, made a generic actor from its phrase
                    f.target_tokens, f.further = list(g.source_tokens), True
                    break

    def _authored(self, an: Analysis, found: list[_Found], entities: Sequence[Entity]) -> None:
        """The target of a criticism of an act named by a definite noun with no owner ("The union
        condemned the plan", ``data/event_authored_nouns.txt``): the organisation named last before
        it, in its sentence or the ``_AUTHOR_WINDOW`` before ("Nordwind said it would cut 1,800
        jobs ... The union condemned the plan": Nordwind). Never the critic itself; none named, no
        target."""
        for f in found:
            if f.target or f.entry.type != "ACCUSE" or f.entry.pos != "VERB" or f.passive:
                continue
            obj = next((c for c in f.tok.children if c.dep_ == "dobj"), None)
            if obj is None:
                continue
            two = _with_word_before(obj)
            if obj.lemma_.lower() not in self.authored and two not in self.authored:
                continue
            if not _definite(obj) or any(
                (c.dep_ in ("poss", "compound", "amod") and c.pos_ in ("PROPN", "PRON"))
                or (c.dep_ == "prep" and not _dated_prep(c))
                for c in obj.children
            ):
                continue  # "the company's plan", "the plan by X", "the Nordwind plan": owned
            sent = f.sent if f.sent is not None else f.tok.sent
            k = next((n for n, s in enumerate(an.sentences) if s.start == sent.start), None)
            if k is None:
                continue
            first = an.doc[an.sentences[max(0, k - _AUTHOR_WINDOW)].start].idx
            mentions = [
                (m.start, e.id)
                for e in entities
                if e.type == "ORG" and e.id not in f.source
                for m in e.mentions
                if first <= m.start < f.tok.idx and _acting_mention(an.doc, m.start, m.end)
            ]
            if mentions:
                author = max(mentions)[1]
                f.target, f.further = [author], True

    def _releasing(self, tok: Token, entities: Sequence[Entity]) -> list[Token]:
        """The organisation a person is released from ("was released from the Department of
        Corrections"): it held them, so it releases them. A place or a common noun ("from
        prison", "from Kenya") says where, not who."""
        out = []
        for p in self._pobjs(tok, {"from"}):
            ent = entity_at(entities, p.idx, p.idx + len(p.text))
            if ent is not None and ent.type == "ORG":
                out.append(p)
        return out

    def _requested(self, f: _Found, entities: Sequence[Entity]) -> None:
        """Who was asked, for "at the request of Y" / "at Y's request": the agent of the verb
        the request governs ("NATO launched the mission at the request of Iraq": NATO), its
        "by" agent in the passive, and with no agent the organisation owning the patient ("the
        NATO mission was launched at Iraq's request"; "it" followed to its antecedent)."""
        tok = f.tok
        if not (
            tok.dep_ == "pobj" and tok.head.lower_ in ("at", "on", "upon") and _pos(tok.head.head) == "VERB"
        ):
            return
        verb = tok.head.head
        agents = [p for c in verb.children if c.dep_ == "agent" for p in self._pobjs_of(c)]
        subj, passive = self._subject(verb)
        if agents:
            cands = agents
        elif not (passive or self._is_passive(verb)):
            cands = subj
        else:
            cands = []
            for patient in subj:
                if (
                    patient.tag_ == "PRP"
                    and patient.lower_ == "it"
                    and entity_at(entities, patient.idx, patient.idx + 1) is None
                ):
                    patient = self._antecedent_it(patient) or patient
                cands += self._owner(patient, entities)
        ids = [e for e in self._link(cands, entities) if e not in f.source]
        if cands:
            f.target, f.target_tokens, f.further = ids, cands, True

    def _antecedent_it(self, it: Token) -> Token | None:
        """The noun "it" stands for: the nearest preceding singular non-person subject or
        object in its sentence or the one before ("The mission ... since it was launched")."""
        doc = it.doc
        sent = it.sent
        lo = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for i in range(it.i - 1, lo - 1, -1):
            t = doc[i]
            if (
                t.pos_ in ("NOUN", "PROPN")
                and t.tag_ in ("NN", "NNP")
                and t.dep_ in ("nsubj", "nsubjpass", "dobj")
            ):
                return t
        return None

    def _owner(self, noun: Token, entities: Sequence[Entity]) -> list[Token]:
        """The organisation or country a noun names as its owner ("the NATO mission": NATO);
        for a definite noun with none, the owner named at an earlier mention of the same noun
        ("The NATO training mission ... the training mission")."""

        def owners(n: Token) -> list[Token]:
            mods = [c for c in n.children if c.dep_ in ("compound", "poss", "amod", "nmod")]
            out = []
            for m in mods:
                ent = entity_at(entities, m.idx, m.idx + len(m.text))
                if ent is not None:
                    out.append(m)
            return out

        found = owners(noun)
        if found or noun.pos_ != "NOUN" or not any(c.lower_ == "the" for c in noun.children):
            return found
        lemma = noun.lemma_.lower()
        compounds = {c.lemma_.lower() for c in noun.children if c.dep_ == "compound"}
        for i in range(noun.i - 1, -1, -1):
            t = noun.doc[i]
            if t.lemma_.lower() == lemma and t.pos_ == "NOUN":
                earlier = {c.lemma_.lower() for c in t.children if c.dep_ == "compound"}
                if compounds <= earlier and owners(t):
                    return owners(t)
        return []

    def _fallback(self, f: _Found, entities: Sequence[Entity]) -> None:
        """Arguments the direct syntax leaves unlinked, looked for one step further.

        Source: a pronoun subject of a reported clause is the speaker ("the militants said they
        attempted ..."). Target, in order: the objects of a purpose clause ("staged
        demonstrations to demand reforms by Suharto's government", "opened fire to disperse
        Moslem demonstrators") or of "in protest of/against"; what the act is over, about or
        for ("aid for Romania", "a hunger strike in protest of Russia's refusal"); the author
        of the demand or offer a response answers ("accepted demands from Shona rebels"); the
        subject of what a demand or threat says must happen ("its demands that Burundi's
        government grant ..."); who must comply with an ultimatum ("... if the US goes ahead");
        the recipient of aid (as a phrase too); and, for material acts with no object at all,
        the place they land on ("imposed a curfew in Cizre"), as event coders code it."""
        tok = f.tok
        if not f.source and f.source_tokens and all(t.tag_ == "PRP" for t in f.source_tokens):
            v = self._clause_head(tok)
            for _ in range(4):
                if v.dep_ not in ("xcomp", "conj") or v.head.i == v.i:
                    break
                v = v.head
            if v.dep_ == "ccomp" and v.head.lemma_.lower() in _SAYING and _pos(v.head) == "VERB":
                speaker = [s for s in self._subject(v.head)[0] if s.tag_ != "PRP"]
                persons = {e.id for e in entities if e.type == "PERSON"}
                said = self._link(speaker, entities)
                if len(said) == 1 and said[0] in persons and f.source_tokens[0].lower_ == "they":
                    speaker = []  # "they attacked us, said X": one person is not "they"
                pron = f.source_tokens[0].lower_
                if pron == "they" and all(
                    s.tag_ == "NN" and (kind := self.person_kind(s)) is not None and kind[0] == "person"
                    for s in speaker
                ):
                    speaker = []  # "Their lawyer said they had marched": one person is not "they"
                elif pron in ("he", "she") and all(s.tag_ == "NNS" for s in speaker):
                    speaker = []  # "Witnesses said he fired": many people are not "he"
                if speaker:
                    f.source_tokens = speaker
                    f.source = self._link(speaker, entities)
        if not f.source and f.source_tokens:
            leaders = self._led_by(f.source_tokens)
            if self._link(leaders, entities):  # "The strike committee, led by the X Union, walked out"
                f.source_tokens, f.source = leaders, self._link(leaders, entities)
        if f.target or f.passive or (f.entry.type == "CONSULT" and len(f.source) > 1):
            return
        if f.addressed:
            return  # "urged citizens to march to the capital": the people asked, a generic actor
        heads = [tok]
        if f.entry.pos == "NOUN" and self._light_object(tok):
            heads.append(tok.head.head if tok.dep_ == "compound" or self._on_state(tok) else tok.head)
        groups: list[list[Token]] = []
        for h in heads:
            for c in h.children:
                purpose = c.dep_ in ("advcl", "xcomp", "acl", "relcl") and (
                    c.tag_ == "VBG" or any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                )  # "to demand ...", "calling for ..."
                if purpose and _pos(c) == "VERB":
                    objs = [o for o in c.children if o.dep_ in ("dobj", "dative")]
                    if not objs and f.entry.type in ("AID", "AGREE"):
                        # "sent a team to help the hospital restore ...", "to help defend X": who is helped
                        objs = [
                            o
                            for x in c.children
                            if x.dep_ in ("ccomp", "xcomp")
                            for o in x.children
                            if o.dep_ in (("nsubj",) if x.dep_ == "ccomp" else ("dobj",))
                        ]
                    groups += [
                        objs,
                        self._pobjs(c, _TARGET_PREPS | _ABOUT_PREPS | {"by"}),
                        [
                            p
                            for o in objs
                            for p in self._pobjs(o, _TARGET_PREPS | _ABOUT_PREPS | {"by"})
                            # "to disperse residents of the X district": X says where they live
                            if not (self._dwellers(_through_quantity(o)) and self._names_place(p, entities))
                        ],
                    ]
                if c.dep_ == "prep" and c.lower_ == "in":
                    for p in c.children:  # "in protest of", "in defiance of", "in retaliation for"
                        if p.dep_ == "pobj" and p.lemma_.lower() in _IN_NOUNS:
                            groups.append(self._pobjs(p, _TARGET_PREPS | _ABOUT_PREPS))
            # "into" is what an inquiry is about, but where a verb goes ("blocked transport into Abidjan")
            about = self._pobjs(h, _ABOUT_PREPS - ({"of", "into"} if _pos(h) == "VERB" else {"of"}))
            groups.append(about)
            # "an investigation into crimes committed by Croat forces"
            acts = [c for a in about for c in a.children if c.dep_ == "acl"]
            groups.append(
                [p for c in acts for g in c.children if g.dep_ == "agent" for p in self._pobjs_of(g)]
            )
            if f.entry.type in _STANCE_TYPES:  # "protested against the evictions ordered by the council"
                aimed = [c for c in h.children if c.dep_ == "dobj"] + self._pobjs(h, _TARGET_PREPS)
                groups.append(_deciders(aimed))
            # "reneged on his commitment to the Zambian people"
            groups.append([p for o in self._pobjs(h, _TARGET_PREPS) for p in self._pobjs(o, _TARGET_PREPS)])
            # "kidnapped up to 16 Russian advisers"
            groups.append([p for c in h.children if c.dep_ == "prt" for p in self._pobjs(c, {"to"})])
        if f.entry.type in ("REQUEST", "THREATEN", "REJECT"):  # "its demands that Burundi's government grant"
            groups += [
                [s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
                for h in heads
                for c in h.children
                if _that_clause(c) or _for_to_clause(c)  # "called for the director to resign": the director
            ]
        if f.entry.type == "ACCUSE" and f.entry.pos == "VERB":
            # "alleged (that) the guards had beaten inmates": the accused is who the claim says acted
            groups += [
                [s for s in c.children if s.dep_ == "nsubj" and _agentive(s)]
                for c in tok.children
                if c.dep_ == "ccomp" and c.i > tok.i
            ]
        if f.entry.type == "THREATEN":  # an ultimatum targets who must comply: "... if the US goes ahead"
            head = self._clause_head(tok)  # the condition may hang on the act: "threatened to stop ... if"
            for c in (
                c for v in [head, *(x for x in head.children if x.dep_ == "xcomp")] for c in v.children
            ):
                if c.dep_ == "advcl" and any(
                    m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children
                ):
                    groups.append(self._subject(c)[0])
        if f.entry.type in _RESPONSE_TYPES:
            objs = [c for h in heads for c in h.children if c.dep_ == "dobj"]
            groups.append([p for o in objs for p in self._pobjs(o, {"from", "by"})])
        if f.entry.type == "AID":  # "ready to send a team if Papua New Guinea asks for help"
            groups.append(self._requesters(tok))
        if f.entry.type in _GIVEN_TYPES | {"AGREE"}:
            given = self._given(tok, [c for c in tok.children if c.dep_ == "dobj"])
            groups = [[t for t in g if t.i not in given] for g in groups]
        # "seized the reporter at a cafe in Brno": people already named as the target
        # keep it from a place found one step further
        people = bool(f.target_tokens) and all(
            self.person_kind(_through_quantity(t)) for t in f.target_tokens
        )
        kinds = {e.id: e.type for e in entities}
        groups = [[t for t in g if not self._route_end(t)] for g in groups]  # "blocking the road to X"
        for g in groups:
            ids = [e for e in self._link(g, entities) if e not in f.source]
            # "marched to the palace in Lome", "opened fire at a wedding in Kano": the town is where
            if f.entry.type == "PROTEST" or (g and all(_preposition(t) == "at" for t in g)):
                sited = self._sited(g, entities)
                ids = [e for e in ids if e not in sited]
            if (
                ids
                and people
                and all(kinds.get(e) in ("GPE", "LOC") for e in ids)
                and not any(self.person_kind(_through_quantity(t)) or _agentive(t) for t in g)
            ):
                continue  # "at a cafe in X" is where; "that X's government ..." is who
            if ids:
                f.target, f.target_tokens, f.further = ids, g, True
                return
        if f.entry.type == "REQUEST" and not f.target_tokens:
            # "demanded that both firms pay": who must act, named by no entity
            f.target_tokens = [
                s
                for c in tok.children
                if (c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children))
                or _for_to_clause(c)
                for s in c.children
                if s.dep_ == "nsubj" and s.pos_ in ("NOUN", "PROPN")
            ]
        if f.entry.type == "ACCUSE" and f.entry.pos == "VERB" and not f.target_tokens:
            f.target_tokens = [  # "alleged that guards beat inmates": the guards, named by no entity
                s
                for c in tok.children
                if c.dep_ == "ccomp" and c.i > tok.i
                for s in c.children
                if s.dep_ == "nsubj" and s.pos_ == "NOUN" and self.person_kind(_through_quantity(s))
            ]
        if (
            f.entry.type in _STANCE_TYPES
            and f.entry.pos == "VERB"
            and not any(self.person_kind(_through_quantity(t)) for t in f.target_tokens)
        ):
            aimed = [c for c in tok.children if c.dep_ == "dobj"] + self._pobjs(tok, _TARGET_PREPS)
            makers = [p for p in _deciders(aimed) if p.pos_ == "NOUN" and self.person_kind(p)]
            f.target_tokens = makers or f.target_tokens  # "condemned the curfew imposed by the army"
        if f.entry.mode == "investigate" and self._manhunt(tok):  # "searching for the gunman": the one hunted
            f.target_tokens = self._sought(tok)
        if f.entry.type == "AID":  # "provide 25,000 tons of food aid to refugees": the recipient
            recipients = [c for c in tok.children if c.dep_ == "dative"] + self._pobjs(tok, {"to", "for"})
            # "pay for the burials of the dead", "pay for the miners' treatment": whom it serves
            recipients = [self._served(r) for r in recipients]
            f.target_tokens = recipients or f.target_tokens
        if f.entry.type == "ASSAULT" and not f.target_tokens:  # "fired tear gas to disperse the protesters"
            f.target_tokens = self._dispersed(tok)
        if f.target_tokens or f.entry.type not in _PLACE_TARGET_TYPES:
            return
        things = [o for o in tok.children if o.dep_ == "dobj"]
        if any(
            c.dep_ == "poss" and (c.tag_ != "PRP$" or self._others_own(tok, things))
            for o in things
            for c in _through_quantity(o).children
        ):
            return  # "froze three of his properties in Lisbon": another's things are only there
        clause = self._clause_tokens(f)
        sent = f.sent if f.sent is not None else tok.sent
        inside = {x.i for s in f.source_tokens for x in s.subtree}  # "students throughout Indonesia"
        # "lifted the curfew in X", "the curfew was eased in X": a measure eased in a place eases it
        # there; otherwise a place is a concession's target only as what is conceded (_conceded)
        eased = any(
            o.dep_ in ("dobj", "nsubjpass") and o.lemma_.lower() not in self.contests for o in tok.children
        )
        spots = [
            t
            for t in sent
            if t.i in clause
            and t.i not in inside
            and t.pos_ == "PROPN"
            and self._locative(t)
            and (f.entry.type != "CONCEDE" or eased or _conceded(tok, t))
        ]
        for t in sorted(spots, key=lambda t: abs(t.i - tok.i)):
            if self._venue_town(t):
                continue  # "opened fire at a wedding in X", "a scuffle at a concert in X": X is only where
            ent = entity_at(entities, t.idx, t.idx + len(t.text))
            if ent is not None and ent.type in ("GPE", "LOC") and ent.id not in f.source:
                f.target, f.target_tokens, f.further = [ent.id], [t], True
                return

    def _venue_town(self, place: Token) -> bool:
        """Whether a place only says where the venue of an act is ("at a wedding in X", "at a concert
        in X", "in a park in X"): the "in" object of a noun for no people that is itself the object
        of a locative preposition. The act lands on the venue, not on the town; a place the act is
        done in directly ("imposed a curfew in X") lands it there."""
        venue = place.head.head if place.dep_ == "pobj" and place.head.lower_ == "in" else None
        return (
            venue is not None
            and venue.pos_ == "NOUN"
            and self.person_kind(_through_quantity(venue)) is None
            and _preposition(venue) in ("at", "in", "inside", "outside", "near", "during")
        )

    def _held_people(self, thing: Token) -> list[Token]:
        """The people a thing asked for belongs to ("the minister's resignation", "the removal of
        the police chief"): its possessor or "of" object that is a person noun or a name."""
        owners = [c for c in thing.children if c.dep_ == "poss" and c.tag_ != "PRP$"]
        owners += self._pobjs(thing, {"of"})
        return [
            o
            for o in owners
            if self.person_kind(_through_quantity(o)) or o.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
        ]

    def _served(self, thing: Token) -> Token:
        """The people a thing paid or provided for belongs to ("the funerals of the victims", "the
        miners' treatment": the victims, the miners), when the thing itself names no people."""
        if self.person_kind(_through_quantity(thing)) or thing.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
            return thing
        owners = [c for c in thing.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")]
        owners += self._pobjs(thing, {"of"})
        people = [o for o in owners if self.person_kind(_through_quantity(o))]
        return people[0] if people else thing

    @staticmethod
    def _led_by(toks: list[Token]) -> list[Token]:
        """Who leads a group no entity names ("the strike committee, led by the Dockworkers' Union"; "a
        coalition headed by X"): the agent of a leading participle on the group's noun."""
        return [
            p
            for t in toks
            for c in t.children
            if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _LEADING
            for a in c.children
            if a.dep_ == "agent"
            for p in a.children
            if p.dep_ == "pobj"
        ]

    def _given(self, tok: Token, objs: list[Token]) -> set[int]:
        """The tokens of what a verb of giving, moving or withdrawing (or one it offers to: "offered
        to send") acts on that is the actor's own ("its ambassador", "a team of its force")."""
        verbs = [(tok, objs)] + [
            (c, [o for o in c.children if o.dep_ == "dobj"]) for c in tok.children if c.dep_ == "xcomp"
        ]
        out: set[int] = set()
        for verb, vobjs in verbs:
            lemma = verb.lemma_.lower()
            entry = self.single.get((lemma, "VERB"))
            gives = lemma in self._sense_lemmas or (entry is not None and entry.type in _GIVEN_TYPES)
            if gives and _own(vobjs) and not self._others_own(verb, vobjs):
                out |= {t.i for o in vobjs for t in o.subtree}
        return out

    def _others_own(self, verb: Token, objs: Sequence[Token]) -> bool:
        """Whether a "his"/"her" on the objects names someone other than the verb's subject, which
        is no person ("the agency froze three of his properties": his, not the agency's)."""
        pronouns = {
            c.lower_
            for o in objs
            for t in (o, *self._pobjs(o, {"of"}))
            for c in t.children
            if c.dep_ == "poss"
        }
        if not pronouns & {"his", "her"}:
            return False
        subj = self._subject(verb)[0]
        return bool(subj) and not any(
            t.ent_type_ == "PERSON" or (t.tag_ == "PRP") or (self.person_kind(t) or ("",))[0] == "person"
            for t in subj
        )

    def _pledged_thing(self, tok: Token, objs: list[Token], entities: Sequence[Entity]) -> set[int]:
        """The tokens of what a verb of pledging offers ("offered help", "pledged assistance to the
        victims"): its direct object when that is neither a party nor people, which is never the
        target; the one helped is the indirect object or the "to"/"for" phrase ("offered Kenya help",
        "offered help to the flood victims"), so such a phrase inside the object stays."""
        if tok.lemma_.lower() not in _PLEDGE:
            return set()
        out: set[int] = set()
        for o in objs:
            if (
                o.dep_ != "dobj"
                or self._link([o], entities)
                or self.person_kind(_through_quantity(o)) is not None
            ):
                continue
            out |= _without_recipient(o)
        return out

    def _pledged_to(self, tok: Token, objs: list[Token], entities: Sequence[Entity]) -> list[Token]:
        """Who a verb of pledging offers its thing to: the "to" object of the verb or of the thing
        ("offered aid to displaced families"), or a "for" object that is a party or people ("promised
        help for farmers"; "support for the plan" is for no one); never a date."""
        if tok.lemma_.lower() not in _PLEDGE:
            return []
        heads = [tok, *(o for o in objs if o.dep_ == "dobj")]
        out = [p for p in self._pobjs_any(heads, {"to"}) if p.ent_type_ not in _NOT_ACTORS]
        out += [
            p
            for p in self._pobjs_any(heads, {"for"})
            if p.ent_type_ not in _NOT_ACTORS
            and (self._link([p], entities) or self.person_kind(_through_quantity(p)) is not None)
        ]
        return out

    def _pobjs_any(self, heads: list[Token], preps: set[str]) -> list[Token]:
        """The objects of the given prepositions on any of the heads, in text order."""
        return sorted({p.i: p for h in heads for p in self._pobjs(h, preps)}.values(), key=lambda t: t.i)

    def _sent(self, f: _Found, objs: list[Token]) -> set[int]:
        """The tokens of what a verb of sending or carrying moves ("shipped 900 tonnes of flour",
        "sent nine detectives", "flew tents"): the goods or the helpers, never the target of
        the aid or deployment; only who receives it is ("to the refugees", "to Nepal"), so a
        "to" or "for" phrase inside the object stays. Not the people an aid verb carries to care
        or out of danger ("airlifted the injured", "pulled survivors from the water"): those
        are helped."""
        if (
            f.entry.type not in ("AID", "MOBILIZE", "CONSULT")
            or f.tok.lemma_.lower() not in self._sense_lemmas
        ):
            return set()  # "sent an envoy": the actor's own envoy is no target either
        out: set[int] = set()
        rescued = self._rescued(f.tok)
        for o in objs:
            if not self._sense_theme(f, o):
                continue
            head = _through_quantity(o)
            names = {head.lemma_.lower()} | {
                f"{c.lemma_.lower()} {head.lemma_.lower()}"
                for c in head.children
                if c.dep_ in ("compound", "amod")
            }
            if self.person_kind(head) is not None and (rescued or names & self.carried):
                continue
            out |= _without_recipient(o)
        return out

    def _dispersed(self, tok: Token) -> list[Token]:
        """The people or the protest a purpose clause of an attack acts on ("fired tear gas to
        disperse the protesters", "... to disperse a second day of protests"), else the people a
        "when"/"as" clause on it shows acting ("fired tear gas when marchers tried to ...")."""
        for c in tok.children:
            if c.dep_ not in ("advcl", "xcomp") or not any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children
            ):
                continue
            for o in (o for o in c.children if o.dep_ == "dobj"):
                if self.person_kind(_through_quantity(o)):
                    return [o]
                protests = [
                    p
                    for p in [o, *self._pobjs(o, {"of"})]
                    if (e := self.single.get((p.lemma_.lower(), "NOUN"))) is not None and e.type == "PROTEST"
                ]
                if protests:
                    return protests[-1:]
        for c in tok.children:  # "fired tear gas when a group of marchers tried to reach the square"
            if c.dep_ == "advcl" and any(  # the parser makes "when" an adverb of the clause
                m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "as") for m in c.children
            ):
                people = [s for s in self._subject(c)[0] if self.person_kind(_through_quantity(s))]
                if people:
                    return people
        aimed_at = tok.head.head.lower_ in ("at", "on", "against")
        if tok.dep_ == "relcl" and tok.head.dep_ == "pobj" and aimed_at:
            # "youths threw stones at police, who fired tear gas": the police answered the youths
            act = tok.head.head.head
            act = act.head if act.dep_ == "dobj" else act
            hostile = {
                e.type
                for key, entries in self.multi.items()
                if key == (act.lemma_.lower(), "VERB")
                for e in entries
            } | {e.type for e in [self.single.get((act.lemma_.lower(), "VERB"))] if e is not None}
            if hostile & {"PROTEST", "ASSAULT", "COERCE"}:  # not "looked at police, who fired"
                return [s for s in self._subject(act)[0] if self.person_kind(_through_quantity(s))]
        return []

    def _requesters(self, tok: Token) -> list[Token]:
        """Who asked for what an act gives: the subject of a request in a condition or time
        clause on the act or on the verbs it depends on ("was ready to send a team if Papua New
        Guinea asked for help", "sent two planes after Greece requested help")."""
        out: list[Token] = []
        t = self._clause_head(tok)
        for _ in range(4):
            for c in t.children:
                if (
                    c.dep_ == "advcl"
                    and any(m.dep_ == "mark" and m.lower_ in _ASKED_MARKS for m in c.children)
                    and self._is_request(c)
                ):
                    out += self._subject(c)[0]
            if t.dep_ not in ("xcomp", "acomp", "conj") or t.head.lemma_.lower() in _SAYING:
                break
            t = t.head
        return out

    def _is_request(self, verb: Token) -> bool:
        """Whether a verb is a request of the lexicon ("asked for help", "requested aid")."""
        if _pos(verb) != "VERB":
            return False
        lemma = verb.lemma_.lower()
        entry = self.single.get((lemma, "VERB"))
        if entry is not None and entry.type == "REQUEST":
            return True
        deps = {c.lower_ for c in verb.children}
        return any(e.type == "REQUEST" and e.dependent in deps for e in self.multi.get((lemma, "VERB"), ()))

    def _activity(self, f: _Found, entities: Sequence[Entity]) -> None:
        """An undertaking acted on ("the NATO mission in Iraq was suspended"): its owner is the
        source, the actor or place it concerns the target (``event_activity_nouns.txt``); acted on
        by a subject of its own, the owner is the one acted on when nothing else is ("the ministry
        froze EU accession talks": the EU)."""
        if f.entry.type not in _ACTIVITY_TYPES:
            return
        nouns = [t for t in f.target_tokens if t.lower_ in self.activity or t.lemma_.lower() in self.activity]
        for n in nouns:
            owners = [c for c in n.children if c.dep_ in ("compound", "poss", "amod", "nmod")]
            agents = [
                p
                for a in n.children
                if a.dep_ == "acl"
                for g in a.children
                if g.dep_ == "agent"
                for p in g.children
                if p.dep_ == "pobj"
            ]
            concerned = [
                t
                for t in n.subtree
                if t.dep_ == "pobj"
                and t.head.lemma_.lower() in _CONCERN_PREPS
                and t.head.head.dep_ != "agent"
            ]
            concerned += self._pobjs(f.tok, _CONCERN_PREPS)  # "troops were withdrawn from Cyprus"
            owner_ids = self._link(owners, entities) or self._link(agents, entities)
            target_ids = [e for e in self._link(concerned, entities) if e not in owner_ids]
            if not owner_ids and not target_ids:
                continue
            if f.source_tokens and not f.source and not target_ids:
                # "the government froze EU accession talks": a subject no entity names yet (a generic
                # actor) acts on another's undertaking, whose owner is then the target
                target_ids = owner_ids
            elif not f.source and owner_ids:
                f.source = owner_ids
            f.target = [e for e in target_ids if e not in f.source]
            f.target_tokens = concerned
            return

    @staticmethod
    def _pobjs_of(prep: Token) -> list[Token]:
        return [p for p in prep.children if p.dep_ == "pobj"]

    @staticmethod
    def _pobjs(tok: Token, preps: set[str]) -> list[Token]:
        """Objects of the prepositions ``preps`` hanging off ``tok``."""
        return [
            p
            for c in tok.children
            if c.dep_ == "prep" and c.lemma_.lower() in preps
            for p in c.children
            if p.dep_ == "pobj"
        ]

    def _target_groups(self, f: _Found, objs: list[Token]) -> list[list[Token]]:
        """Candidate targets of an active verb, best first: its object, its prepositional
        objects, the object's own complements ("sanctions on Iran", "calls by Annan"), the
        subject of a "that"-clause ("demanded that the US cancel") and the objects of a
        "to"-complement ("threatened to cut ties with Russia")."""
        tok, typ = f.tok, f.entry.type
        groups = [objs]
        if typ == "ACCUSE":  # "complained to the UN over Israeli raids": the accused, not the addressee
            groups.append(self._pobjs(tok, {"over", "about"}))
        # "recalled its ambassador from Belgium": the actor's own people or goods are not the
        # target; where they are taken from is
        own = _own(objs)
        groups.append(
            # "deducted six points from the club": a penalty taken from its target
            self._pobjs(
                tok, _TARGET_PREPS | ({"from"} if typ in ("RETREAT", "COERCE", "SANCTION") or own else set())
            )
        )
        if f.extra is not None:
            groups.append(self._pobjs(f.extra, _TARGET_PREPS | {"of"}))
            misparsed = f.extra.dep_ == "prep" and f.extra.lower_ in {"out", "off"}  # "voted out the mayor"
            if f.extra.lower_ in _TARGET_PREPS or misparsed:
                groups.append(self._pobjs_of(f.extra))  # "called on Muslims", "voted out the mayor"
        obj_preps = {"on", "against", "to", "for", "with", "of", "between", "among"}
        if typ in ("REJECT", "REQUEST") or own:
            obj_preps |= {"by", "from"}
        # "proposed a package of measures against Russia": the counted noun's own complements too
        counted = [p for o in objs if o.lemma_.lower() in _MEASURES for p in self._pobjs(o, {"of"})]
        groups.append([p for o in objs + counted for p in self._pobjs(o, obj_preps)])
        # "annulled the sanctions imposed on X": who the object was laid on
        groups.append(
            [
                p
                for o in objs
                for c in o.children
                if c.dep_ == "acl" and c.tag_ == "VBN"
                for p in self._pobjs(c, {"on", "upon", "against"})
            ]
        )
        for c in tok.children:
            marked = c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
            if (c.dep_ == "ccomp" or marked) and typ in ("REQUEST", "THREATEN", "REJECT") and not objs:
                # "demanded that the US cancel"; not "warned both sides that it could ...": who is warned
                groups.append([s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")])
            if c.dep_ == "xcomp":
                xobjs = [o for o in c.children if o.dep_ in ("dobj", "dative")]
                groups += [xobjs, self._pobjs(c, _TARGET_PREPS)]
                groups.append(
                    [p for o in xobjs for p in self._pobjs(o, {"on", "against", "to", "with", "of"})]
                )
        return groups

    def _people_group(self, f: _Found, groups: list[list[Token]]) -> list[Token]:
        """The people of the first prepositional group that names people ("fired on protesters",
        "clashed with police", "surrendered to the authorities"): the target of a material act
        where no entity is linked and no object stands. Not for statements, whose prepositional
        people are often the actor's own ("offered up to 300 of its troops")."""
        if f.entry.type not in _PEOPLE_TARGET_TYPES:
            return []
        for g in groups:
            kinds = [(t, self.person_kind(_through_quantity(t))) for t in g]
            # "conceded to reporters that ...": a statement's audience is not who is yielded to
            people = [t for t, k in kinds if k and not (f.entry.type == "CONCEDE" and k[1] == "media")]
            if people:
                return people
        return []

    def _addressee(self, f: _Found, objs: list[Token], entities: Sequence[Entity]) -> list[Token]:
        """Who a request is made of, when no entity is linked there but the words denote people
        ("called on Muslims to take up arms against Russia", "urged citizens to boycott the
        vote"): the target, before any entity named in the act requested."""
        if f.entry.type != "REQUEST":
            return []
        heard = objs + self._pobjs(f.tok, {"on", "upon"})
        if f.extra is not None and f.extra.lower_ in ("on", "upon"):
            heard += self._pobjs_of(f.extra)
        if not heard or self._link(heard, entities):
            return []  # linked: the groups find it
        return [o for o in heard if self.person_kind(_through_quantity(o))]

    def _sense_theme(self, f: _Found, obj: Token) -> bool:
        """Whether an object is the thing that chose the verb's sense (``event_senses.tsv``):
        what was fired, sent or eased ("fired tear gas", "sent rice", "eased the curfew"), no
        target; people are ("held 12 protesters"), and so is what a verb of the lexicon acts on
        ("attacked the police station"), except people sent or deployed ("sent 120 officers",
        "deployed 300 soldiers": the actor's own), but not people an aid verb moves out of danger
        ("pulled 19 survivors from the water": those helped)."""
        kind = self.person_kind(_through_quantity(obj))
        if f.entry.type == "MOBILIZE" and kind is not None and kind[1] in ("military", "police"):
            return True
        rescued = kind is not None and self._rescued(f.tok)
        if f.entry.type == "AID" and (rescued or _lemma(f.tok) in _EVACUATING):
            # "pulled 19 survivors from the water", "evacuated 1,500 residents": the people saved are
            # helped; not a team sent "from the island of X"
            return False
        if obj.pos_ != "NOUN" or (kind is not None and f.entry.type not in ("MOBILIZE", "AID", "CONSULT")):
            return False
        lemma = obj.lemma_.lower()
        names = {lemma} | {
            f"{c.lemma_.lower()} {lemma}" for c in obj.children if c.dep_ in ("compound", "amod")
        }
        names |= {f"{lemma} of {p.lemma_.lower()}" for p in self._pobjs(obj, {"of"})}  # "state of emergency"
        names |= _fused_first(obj)  # "fired pepper spray and stun grenades"
        if any(
            sense.entry == f.entry and names & sense.objects
            for sense in self.senses.get((f.entry.head, f.entry.dependent), ())
        ):
            return True
        # "sent frogmen and two lifeboats": listed with what was sent, it was sent too
        return any(self._sense_theme(f, c) for c in obj.conjuncts if c.i > obj.i)

    def _rescued(self, verb: Token) -> bool:
        """Whether an aid verb moves its theme out of danger ("pulled survivors from the water",
        "brought nine miners out"), so that the people moved are those helped, not helpers sent
        (a verb of sending never does: "sent a team from the island of X")."""
        if _lemma(verb) in self.dispatch_heads:
            return False
        for c in verb.children:
            if c.dep_ in ("prt", "advmod", "prep") and c.lower_ == "out":
                return True  # "out of the rubble" too
            if (
                c.dep_ == "prep"
                and c.lower_ == "from"
                and any(p.dep_ == "pobj" and p.pos_ == "NOUN" for p in c.children)
            ):
                return True  # "from the water", not "sent doctors from Geneva": where they came from
        return False

    def _fired_at(self, f: _Found, objs: list[Token]) -> list[Token]:
        """The people an attack is aimed at when its object is what was fired or thrown
        ("fired tear gas and live rounds at thousands of protesters"; a riot's "threw rocks at the
        troops", whose trigger holds what was thrown): its "at" objects that denote people, when
        the direct object does not."""
        thrown = f.extra is not None and f.extra.dep_ == "dobj"
        if (f.entry.type != "ASSAULT" and not thrown) or any(
            self.person_kind(_through_quantity(o)) for o in objs
        ):
            return []
        at = self._pobjs(f.tok, {"at"}) + (self._pobjs(f.extra, {"at"}) if thrown else [])
        return at if any(self.person_kind(_through_quantity(t)) for t in at) else []

    def _first_linked(
        self,
        groups: list[list[Token]],
        entities: Sequence[Entity],
        exclude: set[str] | frozenset[str] = frozenset(),
    ) -> list[Token]:
        """The first group linking an entity other than those in ``exclude``."""
        return next((g for g in groups if g and set(self._link(g, entities)) - exclude), [])

    def _link(self, toks: Iterable[Token], entities: Sequence[Entity]) -> list[str]:
        """Entity ids for argument tokens: the head, its conjuncts, modifiers or "of" object."""
        out: list[str] = []
        for tok in toks:
            for t in _conjuncts(tok):
                for eid in self._link_one(t, entities, depth=0):
                    if eid not in out:
                        out.append(eid)
        return out

    def _it_named(self, it: Token, entities: Sequence[Entity]) -> Token | None:
        """The named body "it"/"its" stands for: the nearest name of an organisation, country or
        group before it in its sentence or the one before, not the subject of its own verb ("the
        mayor urged it": not the mayor) nor a person."""
        doc = it.doc
        verb = it.head.head if it.dep_ == "poss" else it.head
        if it.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _SAYING:
            # "X said (that) it had ...": the speaker, as the quotes stage reads it
            speaker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
            ent = entity_at(entities, speaker.idx, speaker.idx + len(speaker.text)) if speaker else None
            if speaker is not None and ent is None and speaker.tag_ == "NN" and self.person_kind(speaker):
                return speaker  # "the union said it would": a body no entity names, made a generic actor
            return speaker if ent is not None and ent.type != "PERSON" else None
        if it.dep_ in ("nsubj", "nsubjpass") and (body := self._last_speaker(it, entities)) is not None:
            return body
        own = {c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
        own |= {t.i for i in list(own) for t in doc[i].subtree}
        sent = it.sent
        lo = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for i in range(it.i - 1, lo - 1, -1):
            ent = entity_at(entities, doc[i].idx, doc[i].idx + len(doc[i].text))
            if ent is None or i in own or doc[i].dep_ == "poss":
                continue  # "the association of Europe's grid operators": not Europe
            if (ent.type in ("NORP", "GPE") or _attributive(doc[i], "amod")) and _attributive(doc[i]):
                continue  # "a report on the Afar and Somali regions": a modifier names no body
            if ent.type in ("ORG", "GPE", "NORP", "FAC") or (
                ent.type != "PERSON" and doc[i].tag_ in ("NN", "NNP")
            ):
                return doc[i]
            return None  # a person between: "it" is not the one named before them
        return None

    def _it_group(self, it: Token, entities: Sequence[Entity]) -> Token | None:
        """The body no entity names that "it"/"its" stands for, where :meth:`_it_named` finds no
        name: the nearest singular group noun subject or object before it in its sentence or the
        one before ("said the ministry had acted unlawfully and ordered it to return ...": the
        ministry), not the subject of its own verb; None when a person is named between or a
        nearer subject is no group ("said the paper had lied and accused it")."""
        doc = it.doc
        verb = it.head.head if it.dep_ == "poss" else it.head
        own = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
        sent = it.sent
        lo = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for i in range(it.i - 1, lo - 1, -1):
            t = doc[i]
            ent = entity_at(entities, t.idx, t.idx + len(t.text))
            if ent is not None and ent.type == "PERSON":
                return None
            if i in own or ent is not None:
                continue
            if t.tag_ == "NN" and t.dep_ in ("nsubj", "nsubjpass", "dobj"):
                kind = self.person_kind(t)
                if kind is not None and kind[0] == "group":
                    return t
                if t.dep_ != "dobj":
                    return None  # "said the paper had lied and accused it": a subject of another kind
        return None

    def _last_speaker(self, it: Token, entities: Sequence[Entity]) -> Token | None:
        """The body that spoke the sentence before, for an "It" that opens its own sentence as its
        subject ("The union said on its website that the board had misled staff. It demanded
        ..."; "'...,' the league said. It urged ..."): the one who just spoke goes on, not a body
        named inside what it said. None when that sentence's main verb is no verb of saying or its
        speaker is a person."""
        sent = it.sent
        if sent.start == 0 or any(not t.is_punct for t in it.doc[sent.start : it.i]):
            return None
        before = it.doc[sent.start - 1].sent
        for t in (before.root, *(c for c in before.root.children if c.dep_ in ("parataxis", "ccomp"))):
            if t.lemma_.lower() not in _SAYING or _pos(t) != "VERB":
                continue
            speaker = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if speaker is None:
                continue
            ent = entity_at(entities, speaker.idx, speaker.idx + len(speaker.text))
            if ent is not None:
                return speaker if ent.type in ("ORG", "GPE", "NORP", "FAC") else None
            if speaker.tag_ in ("NN", "NNP") and self.person_kind(speaker) is not None:
                return speaker  # "the coalition said": a body no entity names, made a generic actor
            return None
        return None

    def _self_it_speaker(self, verb: Token, subj: list[Token], entities: Sequence[Entity]) -> list[Token]:
        """The speaker who acts on "it" in a verb the parser joined to a reported clause ("X said the
        paper had lied and accused it of ...", "said the ministry had acted unlawfully and ordered
        it to return ..."): the reported subject it would get is what "it" stands for, and no one
        accuses or orders itself, so the act is the speaker's. Empty when that is not so."""
        first = verb.head
        if verb.dep_ != "conj" or first.dep_ != "ccomp" or first.head.lemma_.lower() not in _SAYING:
            return []
        its = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "it"]
        its += [
            s for c in verb.children if c.dep_ in ("ccomp", "xcomp") for s in c.children
            if s.dep_ == "nsubj" and s.lower_ == "it"
        ]  # fmt: skip
        if not its or not subj:
            return []
        own = {t.i for s in subj for t in s.subtree}
        ant = self._it_named(its[0], entities)
        same = ant is not None and ant.i in own
        if ant is None:  # "the paper ... it": the nearest noun of the reported clause
            same = any(s.pos_ == "NOUN" and s.tag_ in ("NN", "NNP") for s in subj)
        if not same:
            return []
        speaker = self._subject(first.head)[0]
        return speaker if speaker and not any(t.i in own for t in speaker) else []

    def _person_before(self, pron: Token, entities: Sequence[Entity]) -> Entity | None:
        """The person a possessive "his"/"her" stands for: the nearest person named before it in its
        sentence or the one before, not the subject of its own verb ("the judge froze his
        accounts": not the judge); None when a named body comes between."""
        doc = pron.doc
        verb = pron.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        own = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
        lo = doc[pron.sent.start - 1].sent.start if pron.sent.start > 0 else pron.sent.start
        for i in range(pron.i - 1, lo - 1, -1):
            if i in own:
                continue
            ent = entity_at(entities, doc[i].idx, doc[i].idx + len(doc[i].text))
            if ent is not None and ent.type == "PERSON":
                return ent
        return None

    def _link_one(self, tok: Token, entities: Sequence[Entity], depth: int) -> list[str]:
        if depth > 3:
            return []
        ent = entity_at(entities, tok.idx, tok.idx + len(tok.text))
        if ent is not None:
            return [ent.id]
        pair = self._pair(tok, entities)
        if pair:
            return pair
        low = tok.lower_
        if tok.tag_ == "PRP" and low == "it":  # "fined the lender and told it to refund savers": the lender
            ant = self._it_named(tok, entities)
            return [] if ant is None else self._link_one(ant, entities, depth + 1)
        if tok.tag_ == "PRP$" and low in ("his", "her") and depth > 0 and tok.head.dep_ in ("dobj", "pobj"):
            # "froze three of his properties": the owner of the thing acted on, named before
            owner = self._person_before(tok, entities)
            return [] if owner is None else [owner.id]
        ids: list[str] = []
        if tok.like_num or low in _QUANT_HEADS or tok.lemma_.lower() in _QUANT_HEADS:
            for c in tok.children:
                if c.dep_ == "prep" and c.lemma_.lower() == "of":
                    for p in c.children:
                        if p.dep_ == "pobj":
                            for t in _conjuncts(p):
                                ids += self._link_one(t, entities, depth + 1)
            if ids:
                return ids
        mods = [
            c for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "poss", "appos", "npadvmod")
        ]
        for c in sorted(mods, key=lambda c: -c.i):
            for t in _conjuncts(c):
                e = entity_at(entities, t.idx, t.idx + len(t.text))
                if (
                    e is not None
                    and c.dep_ == "poss"
                    and self._happening(tok)
                    and self._place_entity(t, entities)
                ):
                    continue  # "Greece's deadliest wildfire killed ...": where it happened, not who
                if e is not None and e.type == "PERSON" and t.tag_ == "PRP$" and self.person_kind(tok):
                    ids += self._group_of(e, tok, entities)  # "his party": not he, his party if named
                elif e is not None:
                    ids.append(e.id)
                elif t.tag_ == "PRP$" and self.person_kind(tok):
                    continue  # "detained her two sons": people of hers, not she (a generic phrase)
                elif t.dep_ in ("compound", "nmod", "conj", "poss") or (t.dep_ == "amod" and t.tag_ == "VBN"):
                    ids += self._link_one(t, entities, depth + 1)
        if ids:
            return list(dict.fromkeys(ids))
        if tok.pos_ in ("NOUN", "PROPN"):
            # "the government of Iraq", then "rebels in the Ivory Coast", "a program for Bosnia";
            # a thing with an owner of its own is only somewhere ("his properties in Lisbon")
            owned = any(c.dep_ == "poss" for c in tok.children) and not self.person_kind(tok)
            # "the waters off X" are X's as "the waters of X" are
            mine = {"of", "off"} if tok.lemma_.lower() in self.water_nouns else {"of"}
            for preps in (mine,) if owned else (mine, {"in", "from", "for", "throughout", "across"}):
                for p in self._pobjs(tok, preps):
                    if "of" in preps and self._dwellers(tok) and self._names_place(p, entities):
                        continue  # "Residents of X accused ...": the residents act, not X
                    if self._located(tok, p, entities):
                        continue  # "a federal court in Buenos Aires": the court acts, in the city
                    if self._thing_in_place(tok, p, preps, entities):
                        continue  # "raided two trawlers in the Bay of X": the trawlers, there
                    if _evacuated_from(tok, p):
                        continue  # "evacuated 300 residents from X": the residents, moved from X
                    named = self._misplaced_name(tok, p, entities)
                    if named:  # "The member for Madang, Maria Tanu, accused": Tanu, not Madang
                        ids += named
                        continue
                    # "the presidents of Chile and Peru": a plural head holds every conjunct
                    for t in _conjuncts(p) if "of" in preps and tok.tag_ in ("NNS", "NNPS") else [p]:
                        ids += self._link_one(t, entities, depth + 1)
                if ids:
                    break
        if not ids and (holder := title_holder(tok, entities)) is not None:
            ids = [holder.id]  # "the new mayor urged calm": the one person who took the office
        return ids

    def _thing_in_place(self, tok: Token, p: Token, preps: set[str], entities: Sequence[Entity]) -> bool:
        """Whether "in" a place only says where a craft a verb acts on was ("raided two trawlers in
        the Bay of X"): a boat or plane is somewhere by chance, and is the target itself (a generic
        one); a place's own settlements, people or bodies stand for it ("lifted the curfew in X",
        "rebels in X" keep X, as the PLOVER records code them)."""
        return (
            "in" in preps
            and tok.pos_ == "NOUN"
            and tok.dep_ in ("dobj", "nsubjpass")
            and p.head.lower_ == "in"
            and tok.lemma_.lower() in self.craft
            and any(self._place_entity(t, entities) for t in p.subtree)
        )

    def _pair(self, tok: Token, entities: Sequence[Entity]) -> list[str]:
        """The two actors "the two presidents" or "both countries" stand for: the last two of the
        noun's kind (``event_pair_nouns.tsv``) named before it in its sentence or the one before,
        when there are two; otherwise none."""
        kind = self.pair_nouns.get(tok.lemma_.lower()) if tok.tag_ in ("NNS", "NNPS") else None
        if kind is None:
            return []
        kids = list(tok.children)
        two = any(c.dep_ == "nummod" and c.lower_ == "two" for c in kids) and any(
            c.dep_ == "det" and c.lower_ == "the" for c in kids
        )
        if not (two or any(c.lower_ == "both" and c.dep_ in ("det", "predet") for c in kids)):
            return []
        sent = tok.sent
        first = tok.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
        countries = set(self._country_spans)
        last: dict[str, int] = {}
        for e in entities:
            if e.type != kind:
                continue
            starts = [
                m.start
                for m in e.mentions
                if first <= m.start < tok.idx and (kind != "GPE" or (m.start, m.end) in countries)
            ]  # "both countries" are countries, not the city they met in
            if starts:
                last[e.id] = max(starts)
        if len(last) < 2:
            return []
        return sorted(sorted(last, key=lambda i: -last[i])[:2], key=lambda i: last[i])

    def _misplaced_name(self, tok: Token, place: Token, entities: Sequence[Entity]) -> list[str]:
        """The person an apposition names after "<person noun> for/of/in <place>, <name>,": the
        parser hangs the name on the place ("The member for Madang, Maria Tanu, accused"), but it
        names the person the noun denotes."""
        if self.person_kind(tok) is None or not self._place_entity(place, entities):
            return []
        out = []
        for a in place.children:
            ent = entity_at(entities, a.idx, a.idx + len(a.text)) if a.dep_ == "appos" else None
            if ent is not None and ent.type == "PERSON":
                out.append(ent.id)
        return out

    def _home_of(self, f: _Found, pt: Token) -> bool:
        """Whether a place is where the people an event acts on live ("fired tear gas at residents
        of the X district", "evicted villagers of X"): the "of" object of a noun of private people
        (:meth:`_dwellers`) that is the event's target, or the source of a protest or an attack
        ("villagers of X who blocked the road"). An act on them or theirs is done where they live,
        when no locative place is named."""
        t = pt
        while t.dep_ in ("compound", "amod", "appos", "flat", "nmod") and t.head.i != t.i:
            t = t.head
        if not (t.dep_ == "pobj" and t.head.lower_ == "of"):
            return False
        people = t.head.head
        args = [*f.target_tokens, *(f.source_tokens if f.entry.type in ("PROTEST", "ASSAULT") else ())]
        return self._dwellers(people) and any(_through_quantity(a).i == people.i for a in args)

    def _dwellers(self, tok: Token) -> bool:
        """Whether a noun names private people who live somewhere ("residents", "villagers",
        "people"): "of" a place says where they live, and the place is not the actor."""
        return tok.pos_ == "NOUN" and self.actor_nouns.get(tok.lemma_.lower(), (None, ""))[0] == "civilian"

    def _located(self, tok: Token, place: Token, entities: Sequence[Entity]) -> bool:
        """Whether ``place`` only says where the people or body ``tok`` names are: one institution
        of a state ("a federal court in Buenos Aires", "the ministry in Jakarta"), a force or
        people ("police in Kisumu", "farmers in Nakuru", "rebels in Darfur": a noun of
        ``event_actor_nouns.tsv`` or ``event_person_nouns.txt``) "in" a place. They are the actor
        (a generic one, with the place's country: the PLOVER records' "Palestinian police in
        Jericho" is one actor), the place where the event happens, never a second actor nor
        target ("clashed with rebels in the X district")."""
        return (
            place.head.lower_ == "in"
            and tok.pos_ in ("NOUN", "PROPN")
            and tok.tag_ in ("NN", "NNS", "NNP", "NNPS")
            and self.person_kind(tok) is not None
            and (
                self._names_place(place, entities)  # "rebels in the Kalenga district" too
                or (  # "protesters in Harare's main square"
                    place.lemma_.lower() in load_lines(SPOT_NOUNS)
                    and any(c.dep_ == "poss" and self._place_entity(c, entities) for c in place.children)
                )
            )
        )

    def _names_place(self, tok: Token, entities: Sequence[Entity]) -> bool:
        """Whether a noun phrase names a place: a place mention, or a noun with one as its
        compound ("the Kibera district", "the Old Town quarter"), or as a name the tagger took for
        an adjective ("the Chitral district")."""
        return self._place_entity(tok, entities) or any(
            c.dep_ in ("compound", "amod") and self._place_entity(c, entities) for c in tok.children
        )

    def _sited(self, toks: Sequence[Token], entities: Sequence[Entity]) -> set[str]:
        """The places that only locate the thing an argument names ("the parliament in Riga", "the
        palace in Lome", "the Riga town hall", "the main square of Lome"): the place entities of an
        "in", "across", "throughout" or "of" object or a compound of a noun that denotes no people,
        whom a protest is then not against; a place named as the argument itself ("marched on
        Kaunas", "protested against Kesra") is none of them."""
        out: set[str] = set()

        def thing(t: Token) -> bool:  # a noun that denotes no people: a site, a building, a works
            return t.pos_ == "NOUN" and self.person_kind(_through_quantity(t)) is None

        for tok in toks:
            for t in _conjuncts(tok):
                # the place naming a site, where the argument is the place itself: "a sit-in at the
                # Tandil town hall", "occupied the main square of Tandil"
                site = t.head if t.dep_ == "compound" else t.head.head if _preposition(t) == "of" else None
                if site is not None and site is not t and thing(site) and self._place_entity(t, entities):
                    out |= set(self._link([t], entities))
                if not thing(t):
                    continue
                for p in self._pobjs(t, {"in", "across", "throughout"}):
                    if self._place_entity(p, entities):
                        out |= set(self._link([p], entities))
                for p in [c for c in t.children if c.dep_ == "compound"] + self._pobjs(t, {"of"}):
                    if self._place_entity(p, entities):
                        out |= set(self._link([p], entities))
        return out

    def _place_entity(self, tok: Token, entities: Sequence[Entity]) -> bool:
        """Whether a token is a mention of a place: an entity of a country, city or region, or
        a name the places stage resolved (a town the tagger took for an organisation)."""
        ent = entity_at(entities, tok.idx, tok.idx + len(tok.text))
        return ent is not None and (
            ent.type in ("GPE", "LOC") or any(a <= tok.idx < b for a, b in self._place_spans)
        )

    def _happening(self, tok: Token) -> bool:
        """Whether a noun names something that happens or a condition, not an act or a body
        ("wildfire", "floods", "drought"; not "raid", "army"): its place possessor is no actor."""
        return tok.pos_ == "NOUN" and tok.lemma_.lower() in self.happenings

    @staticmethod
    def _group_of(person: Entity, head: Token, entities: Sequence[Entity]) -> list[str]:
        """The group a person's possessive pronoun stands for ("his party"): the organisation the
        record gives as the person's ``party`` or ``affiliation`` when the head noun is the
        word that organisation's name ends in ("Kofi Asante of the New Patriotic Party ... his
        party"), else nothing (the phrase becomes a generic actor; no guess)."""
        word = head.lemma_.lower()
        for key in ("party", "affiliation"):
            named = " ".join(str(person.attributes.get(key) or "").lower().split())
            named = re.sub(r"^the ", "", named)
            if not named or named.split()[-1] not in (word, head.lower_):
                continue
            for e in entities:
                if e.type != "PERSON" and any(
                    re.sub(r"^the ", "", " ".join(m.text.lower().split())) == named for m in e.mentions
                ):
                    return [e.id]
        return []

    def _merge(self, found: list[_Found], by_tok: dict[int, _Found]) -> None:
        """A nominal trigger that is the subject of a verb trigger lends it its source (and its
        source phrase: the act is not its own actor)."""
        for f in found:
            if f.entry.pos != "VERB":
                continue
            for t in f.source_tokens:
                g = by_tok.get(t.i)
                if g is None or g is f or g.entry.pos != "NOUN":
                    continue
                f.source = [s for s in g.source if s not in f.target]
                # "a police raid killed ...": the raid's actor, not the raid, is the source
                if g.source_tokens:
                    f.source_tokens = [s for s in g.source_tokens if s.i != t.i]
                if g.entry.type == f.entry.type:
                    g.merged, g.into = True, f
                    if g.entry.dependent is not None or not f.entry.mode:
                        f.entry = dataclasses.replace(f.entry, mode=g.entry.mode, cameo=g.entry.cameo)

    def _concluded(self, f: _Found) -> None:
        """A pact a verb of concluding carries is an agreement of the parties, whatever the noun
        codes alone ("signed a ceasefire", "reached a truce": AGREE, symmetric like "deal")."""
        if f.entry.pos != "NOUN" or f.entry.type == _AGREED[0] or not self._light_object(f.tok):
            return
        if _lemma(_slot(f.tok).head) in _CONCLUDING:
            typ, mode, cameo = _AGREED
            f.entry = dataclasses.replace(
                f.entry, type=typ, mode=mode, cameo=cameo, flags=f.entry.flags | {"sym"}
            )

    def _light_pairs(self, found: list[_Found], by_tok: dict[int, _Found]) -> None:
        """A light verb that is a trigger of its own and whose object names the act ("struck a
        deal", "ordered a curfew") is one event, the noun's, which takes the verb's subject already
        and is as sure as the verb was (no longer weak). Signing stays an event of its own, as
        CAMEO codes it (057 "sign formal agreement", SUPPORT in CAMEO2PLOVER)."""
        for g in found:
            if g.entry.pos != "NOUN" or g.merged or not self._light_object(g.tok):
                continue
            verb = _slot(g.tok).head
            if any(c.dep_ == "oprd" for c in verb.children) or self._condemning_complement(verb) is not None:
                continue  # "called the strike unlawful": a verb of naming says what the act is
            f = by_tok.get(verb.i)
            # the verb's own lexicon or senses reading; not a demand or condemnation read from its
            # clause ("X must end attacks" stays a demand)
            if f is not None and f is not g and f.entry.pos == "VERB" and f.entry.head == _lemma(verb):
                if f.entry.cameo == "057":
                    continue  # CAMEO codes signing itself (057, SUPPORT) beside what was agreed
                f.merged = True
                # the verb's reading confirms the noun's: no longer an ambiguous word
                g.entry = dataclasses.replace(g.entry, flags=g.entry.flags - {"weak"})

    @staticmethod
    def _measure_pairs(found: list[_Found], by_tok: dict[int, _Found]) -> None:
        """A verb coded by what it acts on and the noun it acts on, of the same type ("proposed
        new sanctions on X", "renewed the tariffs"), are one act: the verb's event, which has the
        noun's actor and target already; the noun is merged into it (coded once, not twice)."""
        for f in found:
            if f.entry.pos != "VERB" or f.merged:
                continue
            for c in f.tok.children:
                g = by_tok.get(c.i)
                if g is None or g is f or g.merged or c.dep_ not in ("dobj", "nsubjpass"):
                    continue
                if g.entry.pos == "NOUN" and g.entry.type == f.entry.type and g.entry.cameo == f.entry.cameo:
                    g.merged, g.into = True, f
                elif g.entry.pos == "NOUN" and f.entry.cameo in _HALTING and g.entry.type in _HALTED:
                    g.merged, g.into = True, f  # "froze the talks", "suspended aid": halted, not held

    def _died_in(
        self, an: Analysis, found: list[_Found], by_tok: dict[int, _Found], entities: Sequence[Entity]
    ) -> None:
        """Who died in an act the next two sentences take up ("Gunmen attacked a market on
        Friday. Three people died in the attack."): targets of that act, and the definite noun
        that takes it up is no second event."""
        start_of = {s.start: k for k, s in enumerate(an.sentences)}
        for f in found:
            if f.entry.type != "ASSAULT" or f.merged or f.sent is None:
                continue
            ref = self._told_again(
                an,
                start_of,
                f,
                lambda t: _definite(t) and bool(self._casualties(t)),
            )
            if ref is None:
                continue
            dead = [t for t in self._casualties(ref) if t not in f.target_tokens]
            f.target_tokens = f.target_tokens + dead
            f.target = f.target + [e for e in self._link(dead, entities) if e not in f.target]
            g = by_tok.get(ref.i)
            if g is not None and g is not f:
                g.merged, g.into = True, f

    def _told_again(
        self,
        an: Analysis,
        start_of: dict[int, int],
        f: _Found,
        accept: Callable[[Token], bool],
        *,
        subjects: bool = False,
    ) -> Token | None:
        """The first noun of the next two sentences that names ``f``'s act again and that
        ``accept`` takes: the trigger's own noun, or the noun of its verb ("attacked" ... "the
        attack", "shelled" ... "the shelling"), with ``subjects`` also the noun heading its
        subject ("an air strike killed" ... "the strike"); event nouns only."""
        lemma = f.tok.lemma_.lower()
        words = {lemma} if f.entry.pos == "NOUN" else {lemma, lemma + "ing", lemma.rstrip("e") + "ing"}
        if subjects:
            words |= {c.lemma_.lower() for c in f.tok.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"}
        words &= self.event_nouns
        k = start_of.get(f.sent.start) if f.sent is not None else None
        if not words or k is None:
            return None
        for sent in an.sentences[k + 1 : k + 3]:
            for t in sent:
                if t.pos_ == "NOUN" and t.lemma_.lower() in words and accept(t):
                    return t
        return None

    @staticmethod
    def _situated(f: _Found, anchors: Sequence[Token | None], dates: Sequence[Token | None] = ()) -> bool:
        """Whether a nominal trigger with no actor is situated by a date or place of its own
        ("Monday's bombing", "an explosion in Kabul on Friday"): a new event told as such, not
        a mention of one told before ("the attack"). A definite one is so when it names whom it
        befell and when, or a count of them and where ("the killing of nine herders near X in
        June"): a report of its own, not a reference back."""
        tok = f.tok
        victims = [p for p in EventStage._pobjs(tok, {"of"}) if p.pos_ in ("NOUN", "PROPN")]
        if victims and "weak" not in f.entry.flags and _definite(tok):
            inside = {t.i for t in tok.subtree}
            own = [a for a in anchors if a is not None and a.i in inside and a.dep_ == "pobj"]
            dated = any(a in dates for a in own)
            counted = any(c.dep_ == "nummod" for v in victims for c in v.children)
            if dated or (own and counted):
                return True
        imposed = [c for c in tok.children if _imposing(c) is not None]
        if (
            imposed
            and not _definite(tok)
            and any(
                a is not None and (a.head in imposed or (a.head.dep_ == "prep" and a.head.head in imposed))
                for a in anchors
            )
        ):
            return True  # "a curfew imposed last week": its imposing is dated, so it is told as an act
        if "weak" in f.entry.flags or _definite(tok):
            return False  # "the attack in Lahore": a definite reference to an event told before
        for a in anchors:
            if a is None or a.i == tok.i:
                continue
            if a.head.i == tok.i and a.dep_ in ("poss", "compound", "npadvmod", "nmod"):
                return True
            if a.dep_ == "pobj" and a.head.head.i == tok.i and a.head.lower_ in ("in", "at", "near", "on"):
                return True
        return False

    @staticmethod
    def _acting(tok: Token) -> bool:
        """An indefinite nominal trigger that is the subject of a clause of its own, not a
        report ("street battles raged", "as protests continued", "killings of tribal figures
        rocked the east"): a new happening told as such. A definite one ("the attack shocked
        the country") or "other attacks" refers to events told before, as in :meth:`_situated`."""
        head = tok.head
        return (
            tok.dep_ == "nsubj"
            and head.i != tok.i
            and head.pos_ == "VERB"
            and head.lemma_.lower() not in speech_verbs()
            and not _definite(tok)
            and not any(c.dep_ == "amod" and c.lower_ == "other" for c in tok.children)
        )

    @staticmethod
    def _found_out(tok: Token) -> bool:
        """A nominal trigger that is what a verb of finding out finds ("discovered the attack
        late Sunday", "the breach was detected on Monday"): the happening is told as such, and
        the finding's clause dates it."""
        return (
            tok.dep_ in ("dobj", "nsubjpass")
            and tok.head.i != tok.i
            and _pos(tok.head) == "VERB"
            and tok.head.lemma_.lower() in _FINDING
        )

    @staticmethod
    def _light_object(tok: Token) -> bool:
        """A noun that is the predicate of its light verb ("staged demonstrations", "launched
        a mediation effort", "gave 5 million dollars of aid")."""
        if tok.dep_ == "compound" and tok.head.lemma_.lower() in _CARRIERS:
            tok = tok.head
        if EventStage._on_state(tok):
            return True  # "went on strike", "are on hunger strike"
        tok = _slot(tok)
        # "talks were held", "a curfew was imposed": the passive subject of a light verb
        return tok.dep_ in ("dobj", "nsubjpass") and _is_light(tok.head) and _pos(tok.head) == "VERB"

    @staticmethod
    def _on_state(tok: Token) -> bool:
        """A noun after "on" that a verb of being or going makes the clause's predicate ("went
        on strike", "remain on hunger strike"), or after "in" one of taking part ("took part in a
        rally", "participated in the march"): the verb's subject acts, as with a light verb."""
        if tok.dep_ != "pobj" or tok.head.head.i == tok.head.i or _pos(tok.head.head) != "VERB":
            return False
        verb, prep = tok.head.head, tok.head.lower_
        if prep == "on":
            return verb.lemma_.lower() in _ON_STATE
        # "took part in a rally", "participated in the march": the subject does the act too
        return (
            prep == "in"
            and verb.lemma_.lower() in _PARTAKE
            and (
                verb.lemma_.lower() != "take"
                or any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children)
            )
        )

    def _embedded(self, f: _Found, by_tok: dict[int, _Found]) -> bool:
        """A nominal event that is the object of another event's trigger ("accepted the
        demands", "opposed to mediation", "violated a ban"): the theme, not the act reported."""
        if f.entry.pos != "NOUN":
            return False
        t = f.tok
        if any(_imposing(c) is not None for c in t.children):
            return False  # "lifted a curfew imposed last week": the imposing is an act of its own
        if t.dep_ == "pobj" and t.head.dep_ == "prep":
            t = t.head
        if t.dep_ not in ("dobj", "prep", "pobj", "attr"):
            return False
        g = by_tok.get(t.head.i)
        return g is not None and g is not f and g.entry.pos == "VERB"

    @staticmethod
    def _background(tok: Token) -> bool:
        """An event told as background to the news: in a relative clause, a temporal clause
        ("after a jet shot down", "when Amin expelled them"), or the pluperfect ("had been")."""
        if tok.dep_ == "pobj" and tok.head.lower_ in ("after", "since", "before", "following", "amid"):
            return True  # "after violent protests by ...", "since the raid"
        if tok.dep_ == "pcomp" and tok.head.lower_ in ("for", "of", "over"):
            return True  # the charge or reason: "arrested for collaborating", "accused of misusing"
        if tok.dep_ == "pobj" and (tok.head.lower_, tok.head.head.lower_) in (
            ("of", "because"),
            ("to", "due"),
        ):
            return True  # a cause: "closed its borders because of fighting between ..."
        t = tok
        for _ in range(8):
            if t.dep_ == "relcl":
                return True
            if t.dep_ == "advcl" and any(
                c.dep_ == "mark"
                and c.lower_ in ("after", "when", "since", "before", "as", "while", "because")
                for c in t.children
            ):
                return True
            if _pos(t) == "VERB":
                if any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in t.children):
                    return True
                head = t.head
                if t.dep_ == "conj" and head.lemma_ == "be" and any(c.dep_ == "attr" for c in head.children):
                    return True  # "Soleimani was the architect of ... and was blamed for ...": a portrait
                if t.dep_ not in ("conj", "xcomp"):
                    return False
            if t.head.i == t.i:
                return False
            t = t.head
        return False

    # --- stated intentions, refusals and demands ---------------------------------------------

    def _demands(
        self, an: Analysis, taken: set[int], entities: Sequence[Entity], quotes: Sequence[Quote] = ()
    ) -> list[_Found]:
        """ "X said Y must Z" with no trigger at Z: X demands of Y (CAMEO 10, REQUEST), when
        both X and Y are linked entities and differ. Acts that are triggers are recoded by
        :meth:`_recode` instead."""
        out: list[_Found] = []
        for tok in an.tokens:
            if tok.i in taken or tok.dep_ not in ("ccomp", "ROOT") or _pos(tok) != "VERB":
                continue
            must = next((c for c in tok.children if c.dep_ == "aux" and c.lower_ == "must"), None)
            if must is None:
                continue
            if tok.dep_ == "ROOT":
                # "NAME (ROLE): ... Anyone who still has one must return it.": a sentence of a
                # quote on its own, the quote's speaker demands it
                said = self._quoted_speaker(tok, quotes)
                if said is None:
                    continue
                speaker = [said.entity] if said.entity else []
                speaker_toks = [t for t in an.doc if said.start <= t.idx < said.end][-1:]
            elif tok.head.lemma_.lower() not in _SAYING or _pos(tok.head) != "VERB":
                continue
            else:
                speaker_toks = self._subject(tok.head)[0]
                speaker = self._link(speaker_toks, entities)
            # "anyone still living there must leave": the parser makes "living ..." the subject
            subject = [
                g
                for s in self._subject(tok)[0]
                for g in ([c for c in s.children if c.dep_ == "nsubj"] if s.dep_ == "csubj" else [s])
            ]
            addressee = [e for e in self._link(subject, entities) if e not in speaker]
            # "the ministry said owners must surrender their guns": people no entity names, generic
            people = not addressee and any(
                (s.pos_ == "NOUN" and self.person_kind(_through_quantity(s))) or s.lower_ in _ANYONE
                for s in subject
            )  # "anyone who holds a permit must renew it"
            if not speaker or not (addressee or people) or any(c.dep_ == "neg" for c in tok.children):
                continue
            f = _Found(tok, self._demand_entry, must, sent=an.sentence_of(tok))
            f.source, f.target = speaker, addressee
            f.source_tokens, f.target_tokens = speaker_toks, subject
            f.recoded = "demand"
            out.append(f)
        return out

    @staticmethod
    def _quoted_speaker(tok: Token, quotes: Sequence[Quote]) -> Speaker | None:
        """The named speaker of the direct quote a token lies in (the innermost one), else None."""
        best = None
        for q in quotes:
            if q.start <= tok.idx < q.end and (best is None or q.end - q.start < best.end - best.start):
                best = q
        if best is None or best.kind == "indirect" or best.speaker is None or best.speaker.entity is None:
            return None
        return best.speaker

    def _wanted(self, doc: Doc, taken: set[int]) -> tuple[list[_Found], set[int]]:
        """ "wanted the guards handed over", "want the minister sacked": wanting something done to
        someone, told as a participle of what is to be done, is a demand (CAMEO 10, REQUEST); the
        act wanted is not done ("want" is an intention word): (the demands, the participles)."""
        out: list[_Found] = []
        acts: set[int] = set()
        for tok in doc:
            if tok.i in taken or tok.lemma_.lower() != "want" or _pos(tok) != "VERB":
                continue
            wanted = [
                c
                for c in tok.children
                if c.dep_ in ("ccomp", "xcomp", "oprd")
                and c.tag_ in ("VBN", "VBD")  # "wants the managers sacked": a participle tagged as a past
                and not any(a.dep_ in ("aux", "auxpass") for a in c.children)
                and any(s.dep_ in ("nsubj", "nsubjpass") and s.pos_ in ("NOUN", "PROPN") for s in c.children)
            ]
            # "want the fees scrapped": the parser hangs the participle on the object
            wanted += [
                a
                for o in tok.children
                if o.dep_ == "dobj" and o.pos_ in ("NOUN", "PROPN")
                for a in o.children
                if a.dep_ == "acl"
                and a.tag_ == "VBN"
                and a.i == o.i + 1
                and not any(g.dep_ == "agent" for g in a.children)
            ]
            if wanted:
                out.append(_Found(tok, self._want_entry))
                acts |= {a.i for a in wanted}
        return out, acts

    def _payments(self, doc: Doc, taken: set[int]) -> list[_Found]:
        """ "will pay $5,000 to each bereaved household", "paid the farmers 2 million pesos": a sum
        paid to people (a person noun of no business or state sector, or the people a family or
        group belongs to) is economic aid (CAMEO 071), as compensation; paying a firm, a fee or
        "tribute" is none."""
        out: list[_Found] = []
        for tok in doc:
            if tok.i in taken or tok.lemma_.lower() != "pay" or _pos(tok) != "VERB":
                continue
            objs = [c for c in tok.children if c.dep_ == "dobj"]
            if not any(_money(o) or self._counted_currency(o) for o in objs):
                continue
            paid = [c for c in tok.children if c.dep_ == "dative"] + self._pobjs(tok, {"to"})
            paid = [p for c in paid for p in (self._pobjs_of(c) if c.pos_ == "ADP" else [c])]
            if any(self._private_people(self._served(p)) for p in paid):
                out.append(_Found(tok, self._paid_entry))
        return out

    def _counted_currency(self, tok: Token) -> bool:
        """Whether an object counts units of a currency the tagger left untagged ("100,000 rupees",
        "50,000 pesos": ``event_currency_nouns.txt``, with a number)."""
        return tok.lemma_.lower() in self.currencies and any(
            c.dep_ in ("nummod", "quantmod") or c.like_num for c in tok.children
        )

    def _private_people(self, tok: Token) -> bool:
        """Whether a noun names private people ("families", "the victims", "farmers"): a person noun
        of no business, state or armed sector."""
        kind = self.person_kind(_through_quantity(tok))
        return kind is not None and kind[1] in (None, "civilian")

    def _claims(self, an: Analysis, taken: set[int], entities: Sequence[Entity]) -> list[_Found]:
        """ "The mayor claimed the governor funded the gangs": a claim that a party did something is
        the claimant's accusation of that party (CAMEO 112), as "alleged" is; the reported act stays
        coded as told. Only an act: a clause of a state ("claimed X knew") or a negated one, or a
        thing or the claimant itself as the doer ("claimed it had won"), accuses no one."""
        out: list[_Found] = []
        for tok in an.tokens:
            if tok.i in taken or tok.lemma_.lower() != "claim" or _pos(tok) != "VERB":
                continue
            if any(c.dep_ == "neg" for c in tok.children):
                continue
            claimant = self._subject(tok)[0]
            for c in tok.children:
                if (
                    c.dep_ != "ccomp"
                    or c.i < tok.i
                    or c.pos_ != "VERB"
                    or c.lemma_.lower() in self.state_verbs
                    or any(n.dep_ == "neg" for n in c.children)
                ):
                    continue
                doers = [
                    s
                    for s in c.children
                    if s.dep_ == "nsubj" and _agentive(s) and s.lower_ not in ("i", "we", "you", "it")
                ]
                if not doers:
                    continue
                f = _Found(tok, self._claim_entry, None, sent=an.sentence_of(tok))
                f.source_tokens, f.target_tokens = claimant, doers
                f.source = self._link(claimant, entities)
                f.target = [e for e in self._link(doers, entities) if e not in f.source]
                out.append(f)
                break
        return out

    def _condemnations(self, an: Analysis, taken: set[int], entities: Sequence[Entity]) -> list[_Found]:
        """A speaker's condemnation stated in a reported clause: "The union said the dismissals were
        illegal", "The vote had been rigged, opposition leaders said" (``event_condemnations.txt``):
        the speaker accuses (CAMEO 111). The target is the clause's subject when it is a party ("said
        the minister was reckless"), else the doer the clause names ("the company's dismissals",
        "rigged by the government"), else no one: an act whose doer is not named accuses no one by
        name. The condemning word is the trigger; a denied one ("was not illegal") is none.
        Blame stated so (:func:`_blaming`: "said the contractor was responsible for the delays",
        "claimed the mill caused the spill") accuses its subject, a party (CAMEO 112)."""
        out: list[_Found] = []
        for tok in an.tokens:
            blame = _blaming(tok, self.violated_rights)
            if tok.i in taken or not (blame or tok.lemma_.lower() in self.condemnations):
                continue
            if blame and tok.pos_ == "VERB":  # "claimed the mill caused the spill"
                clause = tok
                about = [c for c in clause.children if c.dep_ == "nsubj"]
                if not about and tok.dep_ == "conj" and _partner(tok).i == tok.head.i:
                    clause = tok.head  # "said officials saw the cracks and did nothing": the clause it joins
                    about = [c for c in clause.children if c.dep_ == "nsubj"]
                agents: list[Token] = []
            elif tok.dep_ in ("acomp", "attr") and tok.head.lemma_.lower() == "be":
                clause = tok.head
                about = [c for c in clause.children if c.dep_ == "nsubj"]
                agents = []
            elif tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children):
                clause = tok
                about = [c for c in clause.children if c.dep_ == "nsubjpass"]
                agents = [p for c in tok.children if c.dep_ == "agent" for p in self._pobjs_of(c)]
            else:
                continue
            if clause.i in taken or not about or about[0].lower_ in _REL_PRONOUNS:
                continue
            if (
                clause.dep_ == "ccomp"
                and clause.head.lemma_.lower() in _SAYING
                and _pos(clause.head) == "VERB"
            ):
                verb = clause.head  # "The union said the dismissals were illegal"
            elif (
                clause.dep_ == "acl"
                and clause.head.lemma_.lower() in self.documents
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)
            ):
                # "said in a statement that the walkout was illegal", "issued a statement that ...":
                # the content of a document noun, stated by whoever says or issues it
                noun = clause.head
                verb = noun.head.head if noun.dep_ == "pobj" else noun.head
                if _pos(verb) != "VERB" or noun.dep_ not in ("pobj", "dobj"):
                    continue
            else:  # "The dismissals were illegal, the union said"
                verb = _saying_after(clause, tok.i)
                if verb is None or clause.head.i != clause.i:
                    continue
            speaker, passive = self._subject(verb)
            if (
                not speaker
                or passive
                or any(c.dep_ == "neg" for t in (tok, clause, verb) for c in t.children)
            ):
                continue
            if blame == "cause" and verb.lemma_.lower() not in _CLAIMING:
                continue  # "said the storm caused the outage": a cause told, no blame
            if blame and verb.i in taken:
                continue  # "alleged that X was responsible": the verb of accusing is the one event
            subject = about[0]
            if self._link([subject], entities) or self.person_kind(subject) is not None:
                tgt = [subject]
            elif blame:
                continue  # blame falls on a party; "said the heat was responsible" blames no one
            else:
                tgt = list(dict.fromkeys(self._doers(subject, entities) + agents))
            lemma = tok.lemma_.lower()
            cameo, mode = ("112", "disapprove") if blame else ("111", None)
            entry = Entry(lemma, "VERB", "ACCUSE", mode, cameo, frozenset(), lemma, None)
            f = _Found(tok, entry, sent=an.sentence_of(tok))
            f.source_tokens, f.target_tokens = speaker, tgt
            f.source = self._link(speaker, entities)
            f.target = [e for e in self._link(tgt, entities) if e not in f.source]
            out.append(f)
        return out

    def _no_confidence(self, an: Analysis, taken: set[int], entities: Sequence[Entity]) -> list[_Found]:
        """A no-confidence vote (motion, ballot) that is lost or passed: the legislature's formal disapproval
        of a leader or government (CAMEO 111, as "censure"). "X lost a no-confidence vote in
        parliament": parliament (the "in" object, if any) is the source, X the target; "lawmakers
        passed a motion of no confidence against the cabinet": the lawmakers are the source, the
        cabinet (the "in" or "against" object) the target; a lost vote of confidence is one too,
        a passed one is not. One survived, faced or tabled is no act of disapproval yet. The
        carrying verb is the trigger, the vote its second word."""
        out: list[_Found] = []
        for tok in an.tokens:
            if tok.lemma_.lower() not in _VOTE_NOUNS or tok.dep_ not in ("dobj", "nsubjpass"):
                continue
            verb = tok.head
            role = _CONFIDENCE_CARRIERS.get(verb.lemma_.lower())
            if role is None or verb.i in taken or _pos(verb) != "VERB":
                continue
            confidence = next(
                (
                    c
                    for c in [
                        *tok.children,
                        *(p for c in tok.children if c.lower_ == "of" for p in c.children),
                    ]
                    if c.lemma_.lower() == "confidence"
                ),
                None,
            )
            if confidence is None:
                continue
            no = any(
                d.lower_ in ("no", "non")
                for d in [*confidence.children, *an.doc[max(0, confidence.i - 2) : confidence.i]]
            )
            if not no and role != "lost":
                continue  # "passed a confidence vote": the house backs the government
            ins = [p for h in (confidence, tok, verb) for p in self._pobjs(h, {"in", "against"})]
            ins = [p for p in ins if p.ent_type_ not in ("DATE", "TIME")]
            subject = self._subject(verb)[0]
            if role == "lost":  # the loser is the target, the house it lost in the source
                src, tgt = ins[:1], subject
            elif tok.dep_ == "dobj":  # the house passed it, against whom its "in" object says
                src, tgt = subject, ins[:1]
            else:  # "a no-confidence motion against X was approved by the council"
                src = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
                tgt = ins[:1]
            entry = Entry(
                "no confidence", "VERB", "ACCUSE", "disapprove", "111", frozenset(), verb.lemma_, None
            )
            f = _Found(verb, entry, tok, sent=an.sentence_of(verb))
            f.source_tokens, f.target_tokens = src, tgt
            f.source, f.target = self._link(src, entities), self._link(tgt, entities)
            out.append(f)
        return out

    def _by_police(self, f: _Found, entities: Sequence[Entity]) -> None:
        """People taken by the police are arrested, not abducted ("Police seized three
        suspects": CAMEO 173, not 181): an abduction whose source is a police noun or a police
        actor. A raid by the police (lexicon flag ``bypolice``: "police raided the warehouse", "a
        police raid") is a search and seizure, coercion (CAMEO 170), not an armed attack."""
        raid = "bypolice" in f.entry.flags
        if (f.entry.mode != "abduct" and not raid) or f.recoded:
            return
        police = any(
            (self.person_kind(_through_quantity(t)) or ("", None))[1] == "police" for t in f.source_tokens
        )
        police = police or any(
            e.id in f.source and e.actor is not None and e.actor.sector == "police" for e in entities
        )
        if police and raid:
            f.entry = dataclasses.replace(f.entry, type="COERCE", mode=None, cameo="170")
        elif police:
            f.entry = dataclasses.replace(f.entry, type="COERCE", mode="arrest", cameo="173")

    def _by_state(self, f: _Found, entities: Sequence[Entity]) -> None:
        """A demolition by the state is its coercion, not an attack ("the authorities demolished
        200 homes", "council crews tore down the stalls": COERCE 171, seize or damage property, as
        the PLOVER records code an army's demolition of homes): a ``bystate`` lexicon row whose
        source is a government, police or military noun or actor, or a noun a word of
        ``_STATE_MODIFIERS`` qualifies ("municipal crews"). Rebels razing a village keep the attack
        on property (ASSAULT 1712)."""
        if "bystate" not in f.entry.flags or f.recoded:
            return
        heads = [_through_quantity(x) for x in f.source_tokens]
        if (
            any(
                e.id in f.source and e.actor is not None and e.actor.sector in _STATE_SECTORS
                for e in entities
            )
            or any((self.person_kind(t) or ("", None))[1] in _STATE_SECTORS for t in heads)
            or any(
                c.dep_ in ("amod", "compound") and c.lower_ in _STATE_MODIFIERS
                for t in heads
                for c in t.children
            )
        ):
            f.entry = dataclasses.replace(f.entry, type="COERCE", mode="seize", cameo="171")

    def _sports_penalty(self, f: _Found, entities: Sequence[Entity]) -> None:
        """A penalty a sports body imposes is a sanction (PLOVER SANCTION, CAMEO 160), as the golds
        code bans by sports bodies: a fine or a restriction whose author is named with a word of
        ``event_sports_words.txt`` ("the football federation fined the club"), and an order to play with no
        crowd ("without fans", "behind closed doors"), whoever gives it. A court's or a regulator's fine
        keeps the lexicon's coercion (172)."""
        if f.recoded or f.entry.pos != "VERB":
            return
        tok = f.tok
        if f.entry.type == "REQUEST" and tok.lemma_.lower() == "order":
            closed = any(
                c.dep_ == "xcomp"
                and c.lemma_.lower() == "play"
                and any(
                    p.lower_ in ("behind", "without")
                    and any(w.lemma_.lower() in _CLOSED_DOORS for w in p.subtree)
                    for p in c.subtree
                    if p.dep_ == "prep"
                )
                for c in tok.children
            )
        elif f.entry.type == "COERCE" and f.entry.cameo in ("172", "1722"):
            by_id = {e.id: e for e in entities}
            words = {t.lower_ for s in f.source_tokens for t in s.subtree}
            words |= {w.lower() for i in f.source if i in by_id for w in by_id[i].name.split()}
            closed = bool(words & self.sports_words)
        else:
            return
        if closed:
            f.entry = dataclasses.replace(f.entry, type="SANCTION", mode=None, cameo="160")

    def _recalled_from(self, f: _Found, entities: Sequence[Entity], by_tok: dict[int, _Found]) -> None:
        """The host country an envoy is recalled from: for "recalled its envoy from <a city>"
        the city's country, when the article names that country; with no place, the country the
        verb it is coordinated with acts on ("protested to X and recalled its envoy": X). A
        recall is a step against a state, not a town."""
        if f.entry.type != "SANCTION" or f.entry.mode != "withdraw" or f.entry.pos != "VERB":
            return
        by_id = {e.id: e for e in entities}

        def country(e: Entity | None) -> bool:
            return (
                e is not None
                and e.type == "GPE"
                and any(a <= m.start < b for m in e.mentions for a, b in self._country_spans)
            )

        home = {by_id[i].actor.country for i in f.source if i in by_id and by_id[i].actor is not None}
        states = {
            e.actor.country: e
            for e in entities
            if country(e) and e.actor is not None and e.actor.country and e.actor.country not in home
        }
        if f.target:
            swapped = []
            for i in f.target:
                e = by_id.get(i)
                if e is not None and e.type == "GPE" and not country(e) and e.actor is not None:
                    i = states.get(e.actor.country, e).id  # "from <capital>": its country
                swapped.append(i)
            f.target = list(dict.fromkeys(swapped))
            return
        partner = by_tok.get(_partner(f.tok).i) if f.tok.dep_ == "conj" else None
        if partner is not None:
            f.target = [i for i in partner.target if country(by_id.get(i)) and i not in f.source]

    def _seized_from(self, f: _Found, by_tok: dict[int, _Found]) -> None:
        """Whose things a seizure takes when it names only the things ("raided the distributor's
        depot and seized 300 crates", "searched the governor's residence and confiscated two
        rifles"): the target of the raid or search it is coordinated with, done by the same
        actors. Things whose owner is named, or people taken, keep what they have."""
        if f.entry.type != "COERCE" or f.entry.mode != "seize" or f.entry.pos != "VERB" or f.target:
            return
        if f.tok.dep_ != "conj" or any(self.person_kind(_through_quantity(t)) for t in f.target_tokens):
            return
        partner = by_tok.get(_partner(f.tok).i)
        if (
            partner is None
            or partner.entry.type not in ("COERCE", "ASSAULT")
            or partner.entry.mode == "seize"
            or not partner.target
            or partner.source != f.source
            or {t.i for t in partner.source_tokens} != {t.i for t in f.source_tokens}
            or not (f.source or f.source_tokens)
        ):
            return
        f.target = [i for i in partner.target if i not in f.source]

    def _aid_to_town(self, f: _Found, entities: Sequence[Entity], places: Sequence[Place]) -> None:
        """Aid sent "to" a town of another country with no one named to receive it ("Uganda sent
        food to Kisumu") targets the town's country when the article names it as a country: the
        town is where the aid goes (the event's place), the state is who is helped, as the
        article golds code it. Aid within the sender's own country names no one."""
        if f.entry.type != "AID" or f.entry.pos != "VERB":
            return
        if any(self.person_kind(_through_quantity(t)) for t in f.target_tokens):
            return  # "sent food to 400 families in Kisumu": the families
        tos = self._pobjs(f.tok, {"to"}) + [
            p for c in f.tok.children if c.dep_ == "dative" and c.lower_ == "to" for p in self._pobjs_of(c)
        ]  # "sent maize to Beira": the parser makes "to" a dative
        towns = [
            pl
            for p in tos
            for pl in places
            if pl.start <= p.idx < pl.end and pl.country and pl.feature != "country"
        ]
        if not towns or any(c.dep_ == "dative" and c.pos_ != "ADP" for c in f.tok.children):
            return  # "sent them food": who receives it is named
        by_id = {e.id: e for e in entities}
        if any(
            i not in by_id or not any(pl.start <= m.start < pl.end for m in by_id[i].mentions for pl in towns)
            for i in f.target
        ):
            return  # a target other than the town itself
        dest = towns[0].country
        if dest in _home_countries(entities, f.source):
            return
        state = self._named_state(entities, dest)
        if state is not None and state.id not in f.source:
            f.target = [state.id]

    def _named_state(self, entities: Sequence[Entity], alpha2: str) -> Entity | None:
        """The GPE entity of the country ``alpha2`` (ISO alpha-2, the places' code) that the
        article names as a country (a mention inside a country's span), else None: the state
        that aid to its towns or its people goes to."""
        return next(
            (
                e
                for e in entities
                if e.type == "GPE"
                and e.actor is not None
                and e.actor.country
                and _alpha2(e.actor.country) == alpha2
                and any(a <= m.start < b for m in e.mentions for a, b in self._country_spans)
            ),
            None,
        )

    def _aided_state(
        self,
        ev: Event,
        f: _Found,
        entities: Sequence[Entity],
        places: Sequence[Place],
        place_toks: list[Token | None],
    ) -> Event:
        """Aid offered or sent with no one named to receive it ("Peru and Chile offered help",
        "Japan offered a rescue team") goes to the state where it is to be used: the country
        of the event's place, else of the article's dateline ("LIMA, Peru —"), else the first
        country the story names before it ("Floods hit Peru ... Chile offered help"), when the
        article names that state as a country and it is none of the givers' own; so does the
        pledge of it (AGREE 033). Aid at home, or with a recipient or people named, is left as it
        is."""
        if ev.type != "AID" and ev.cameo != "033":
            return ev  # aid, or the pledge of it (CAMEO 033: "offered helicopters" is both)
        if ev.target or ev.target_text is not None or not ev.source:
            return ev
        if any(self.person_kind(_through_quantity(t)) for t in f.target_tokens):
            return ev  # "sent food to 400 families": the families (a generic actor)
        where = ev.place
        if where is not None and (pt := place_toks[where]) is not None and self._moved_from(f, pt):
            where = None  # "sent experts from the island of X": where they came from
        where = where if where is not None else self._filed
        dest = places[where].country if where is not None else None
        if not dest:  # no place nor dateline: the first country the story names ("Floods hit Peru")
            firsts = sorted(
                (m.start, _alpha2(e.actor.country))
                for e in entities
                if e.type == "GPE" and e.actor is not None and e.actor.country and e.id not in ev.source
                for m in e.mentions
                if m.start < ev.trigger.start and any(a <= m.start < b for a, b in self._country_spans)
            )
            dest = firsts[0][1] if firsts else None
        if not dest:
            return ev
        home = _home_countries(entities, ev.source)
        if not home or dest in home:
            return ev  # a giver of no known country, or aid within its own
        state = self._named_state(entities, dest)
        return dataclasses.replace(ev, target=(state.id,)) if state is not None else ev

    def _recode(self, f: _Found, entities: Sequence[Entity]) -> None:
        """Codes an act that an actor only says it will (not) do, or says another must do,
        as the statement CAMEO codes ("will withdraw" AGREE, "would blockade" THREATEN, "will
        not accept" REJECT, "said Sudan must return" REQUEST; table ``event_intent.tsv``).
        Questions, conditions ("if", "whether"), mere possibility ("may", "could") and bare
        predictions with no one stating them keep their type and stay hypothetical."""
        tok = f.tok
        if f.merged or (
            f.entry.pos == "NOUN"
            and not ((tok.dep_ == "dobj" and _is_light(tok.head)) or self._on_state(tok))
        ):  # "will not be taking part in a mediation": the verb of taking part is the clause's
            return
        sent = f.sent if f.sent is not None else tok.sent
        if any(t.text == "?" for t in sent[-3:]):
            return
        v = self._clause_head(tok)
        modal = None
        condition = any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
            for c in v.children
        )
        for c in v.children:
            if c.dep_ == "aux" and c.lower_ in _UNSURE and not (condition and f.source):
                return
            if c.dep_ == "aux" and c.lower_ in (_WILL | _UNSURE):
                modal = "will"
            elif c.dep_ == "aux" and c.lower_ in _MUST:
                modal = "must"
        express: Token | None = None
        reporter: Token | None = None
        t = v
        for _ in range(8):
            if any(c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless") for c in t.children):
                return
            if t.i != v.i and t.lemma_.lower() in _SAYING and _pos(t) == "VERB":
                reporter = t
                break
            to_clause = t.dep_ in ("xcomp", "acl") or (
                t.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
            )
            if to_clause and t.head.lemma_.lower() in _SCHEDULED and modal is None:
                modal = "will"  # "is due to visit ..., officials said": stated as "will visit"
            if to_clause and t.head.lemma_.lower() in _EXPRESS and express is None:
                express = t.head
                if any(c.dep_ == "aux" and c.lower_ in _UNSURE for c in t.head.children):
                    return
            elif t.head.i == t.i or t.dep_ in ("relcl", "advcl", "pcomp", "pobj"):
                break
            t = t.head
        if reporter is None:
            root = t if t.head.i == t.i else v
            reporter = next(
                (
                    c
                    for c in root.children
                    if c.dep_ in ("parataxis", "ccomp", "conj")
                    and c.i > tok.i
                    and c.lemma_.lower() in _SAYING
                ),
                None,
            )
        negated = self._negated(f)
        # "the ministry never bargains with hijackers", "we do not hand over suspects": a simple
        # present negated states a standing policy, a refusal as "will not" is
        present = v.tag_ in ("VBZ", "VBP") or any(
            c.dep_ == "aux" and c.lemma_ == "do" and c.tag_ in ("VBZ", "VBP") for c in v.children
        )
        if negated and (modal == "will" or express is not None or (modal is None and present)):
            kind = "refuse"
        elif negated:
            return
        elif modal == "must" and reporter is not None:
            kind = "demand"
        elif express is not None or (modal == "will" and (reporter is not None or condition)):
            unless = any(
                c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
                for c in v.children
            )
            kind = "ultimatum" if unless else "intend"
            # "would sue if ...": a row for the type's mode alone ("ACCUSE:allege") is a threat only so
            moded = ("ultimatum", f"{f.entry.type}:{f.entry.mode}") in self.intent
            if condition and ((kind, f.entry.type) in self.intent or moded):
                # "may halt mediation if ...": a conditional act against someone is a threat
                if self.intent.get(("intend", f.entry.type), ("",))[0] == "THREATEN" or moded:
                    kind = "ultimatum"
                elif reporter is None and express is None:
                    return
        else:
            return
        if kind == "refuse" and self._pressed_into(tok):
            kind = "resist"
        new = self.intent.get((kind, f"{f.entry.type}:{f.entry.mode}")) or self.intent.get(
            (kind, f.entry.type)
        )
        if new is None:
            return
        typ, cameo, mode = new
        if kind == "resist":  # the one pressed (the passive subject) refuses; the presser is the target
            f.source, f.target = f.target, f.source
            f.source_tokens, f.target_tokens = f.target_tokens, f.source_tokens
            kind = "refuse"
        speaker = self._link(self._subject(reporter)[0], entities) if reporter is not None else []
        if kind == "demand":
            if not speaker:
                return
            f.target = [e for e in f.source if e not in speaker] or f.target
            f.source = speaker
        elif speaker and (not f.source or all(s.tag_ == "PRP" for s in self._subject(v)[0])):
            f.source = speaker if not f.source else f.source
        if kind == "intend" and f.entry.type in _PLANNED:
            f.intended = f.entry
        f.entry = dataclasses.replace(f.entry, type=typ, cameo=cameo, mode=mode)
        f.recoded = kind

    def _pledged(self, f: _Found, entities: Sequence[Entity]) -> None:
        """ "pledged £40 million", "promised two ambulances", "offered a rescue team": a pledge of
        money or of what is sent as aid (the AID rows of "send" in ``event_senses.tsv``) is the
        statement CAMEO codes (AGREE 033, intent to provide material aid) and plans that aid, coded
        beside it as a hypothetical AID (:meth:`_planned`)."""
        tok = f.tok
        if f.recoded or f.entry.pos != "VERB" or tok.lemma_.lower() not in _PLEDGE or self._negated(f):
            return
        if any(
            c.dep_ == "dobj" and (c.ent_type_ == "MONEY" or _lemma(c) in _sense_class("@currency"))
            for c in tok.children
        ):
            aid: Entry | None = dataclasses.replace(f.entry, type="AID", mode="economic", cameo="071")
        else:
            _, hit = self._sense(tok, "send", entities)
            aid = hit.entry if hit is not None and hit.entry.type == "AID" else None
            if hit is not None and hit.entry.cameo == "090":  # investigators offered: help to another body
                aid = dataclasses.replace(hit.entry, type="AID", mode=None, cameo="070")
        if aid is None:
            return
        f.intended = dataclasses.replace(aid, lemma=f.entry.lemma, head=f.entry.head, flags=f.entry.flags)
        f.entry = dataclasses.replace(f.entry, type="AGREE", cameo="033")

    @staticmethod
    def _planned(f: _Found) -> _Found:
        """The act a stated intention plans, as a hypothetical event of its own beside the
        statement CAMEO codes ("will send rice to X": AGREE 033 and the AID it plans;
        "will meet her counterpart on Friday": AGREE 036 and the CONSULT), for the aid and meetings
        of ``_PLANNED``: a record of what is to happen, where and to whom, says what is planned."""
        return dataclasses.replace(
            f,
            entry=f.intended,
            recoded=None,
            intended=None,
            planned=True,
            source=list(f.source),
            target=list(f.target),
            source_tokens=list(f.source_tokens),
            target_tokens=list(f.target_tokens),
        )

    @staticmethod
    def _pressed_into(tok: Token) -> bool:
        """Whether a verb is a passive (:meth:`_is_passive`) with "into" and a gerund: "be
        pressured into overturning"."""
        return EventStage._is_passive(tok) and any(
            c.dep_ == "prep"
            and c.lower_ == "into"
            and any(g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG" for g in c.children)
            for c in tok.children
        )

    def _speech(self, f: _Found, entities: Sequence[Entity]) -> None:
        """Codes a trigger verb used to report what was said ("protested that ...", "..., a
        rights group protested") by the ``speech`` rows of ``event_intent.tsv``."""
        new = self.intent.get(("speech", f.entry.type))
        tok = f.tok
        if new is None or f.recoded or f.entry.pos != "VERB":
            return
        content = next(
            (c for c in tok.children if c.dep_ == "ccomp" and any(s.dep_ == "nsubj" for s in c.children)),
            None,
        )
        said = content is not None
        if not said and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in tok.children):
            # the reporting clause after its content: "<content>, a rights group protested"
            sent = f.sent if f.sent is not None else tok.sent
            first = min(t.i for t in self._subject(tok)[0] + [tok] for t in t.subtree if t.i <= tok.i)
            root = sent.root
            said = (
                first > sent.start
                and tok.doc[first - 1].text == ","
                and root.i < first
                and root.i != tok.i
                and _pos(root) == "VERB"
                # "the largest since May, when hundreds marched": a clause of its own, no report
                and tok.dep_ != "relcl"
                and not any(
                    c.dep_ in ("advmod", "mark") and c.i < tok.i and c.tag_ in _SUBORDINATING
                    for c in tok.children
                )
            )
            if said:  # the speaker is the source
                speaker = [tok.head] if tok.dep_ == "acl" else self._subject(tok)[0]
                f.source_tokens, f.source = speaker, self._link(speaker, entities)
                f.passive = False
                content = root
        if said and content is not None:  # the subject of what was said is the target
            about = self._subject(content)[0]
            if self._link(about, entities) or not f.target:
                f.target_tokens = about
                f.target = [e for e in self._link(about, entities) if e not in f.source]
            typ, cameo, mode = new
            f.entry = dataclasses.replace(f.entry, type=typ, cameo=cameo, mode=mode)
            f.recoded = "speech"

    # --- flags ---------------------------------------------------------------------------

    def _clause_head(self, tok: Token) -> Token:
        """The verb governing a trigger (the trigger itself when it is a verb)."""
        t = tok
        while _pos(t) != "VERB" and t.head.i != t.i:
            t = t.head
        return t if _pos(t) == "VERB" else tok

    @staticmethod
    def _is_nobody(tok: Token) -> bool:
        """A "no one", "nobody", "no soldiers" subject."""
        return tok.lower_ in _NO_WORDS or any(d.dep_ == "det" and d.lower_ == "no" for d in tok.children)

    def _negated(self, f: _Found) -> bool:
        tok = f.tok
        toks = [tok]
        if f.entry.pos == "NOUN":
            if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
                return True
            if tok.dep_ == "dobj" and _is_light(tok.head):
                toks.append(tok.head)
            elif self._on_state(tok):
                toks.append(tok.head.head)  # "will not be taking part in a mediation"
        if (be := _to_blame(tok)) is not None:
            toks.append(be)  # "X was not to blame"
        for t in toks:
            for c in t.children:
                if c.dep_ == "neg" or (c.dep_ in ("cc", "preconj") and c.lower_ in ("nor", "neither")):
                    return True
                if c.dep_ in ("nsubj", "nsubjpass") and self._is_nobody(c):
                    return True
            if t.dep_ == "conj":
                prev = t.doc[t.i - 1] if t.i > 0 else None
                if prev is not None and prev.lower_ == "nor":
                    return True
                subj, _ = self._subject(t)
                if any(self._is_nobody(s) for s in subj):
                    return True
        # "denied that they attacked"
        t = self._clause_head(tok)
        while t.dep_ in ("ccomp", "conj") and t.head.i != t.i:
            if t.dep_ == "conj" and _partner(t).i != t.head.i:
                break  # "denied that X was locked and claimed that ...": beside the denial, not in it
            t = t.head
            if t.lemma_.lower() in _DENY:
                return True
        return False

    def _hypothetical(self, f: _Found) -> bool:
        tok = f.tok
        sent = f.sent if f.sent is not None else tok.sent
        last = [t.text for t in sent[-3:] if not t.is_space and not t.is_quote]
        if last and last[-1] == "?":
            return True
        if f.entry.pos == "NOUN" and any(c.dep_ == "amod" and c.lower_ in _HYPO_AMOD for c in tok.children):
            return True
        t = tok
        steps = 0
        while steps < 12:
            steps += 1
            if _pos(t) == "VERB" or t.pos_ == "AUX":
                for c in t.children:
                    if c.dep_ == "aux" and c.lower_ in _MODALS:
                        return True
                    if c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether"):
                        return True
                    if c.dep_ == "aux" and c.lower_ == "to" and t.head.lemma_.lower() in ("go", "be"):
                        return True  # "is going to", "is to"
                if t is not tok and t.lemma_.lower() in _REPORTING:
                    return False
            if t.head.i == t.i or t.dep_ == "relcl":
                break  # a relative clause has its own mood: "the man who attacked ... will be tried"
            parent = _partner(t) if t.dep_ == "conj" else t.head
            carried = t.dep_ in ("acl", "dobj") and (t.dep_ == "acl" or _is_light(parent))
            if t.i == tok.i and f.entry.pos == "NOUN" and not carried:
                break  # "the attack will be investigated": the attack itself happened
            if t.i == tok.i and t.dep_ == "dobj" and parent.lemma_.lower() == "plan":
                return True  # "plans a march on Friday": announced, not (yet) held
            if t.dep_ in ("xcomp", "ccomp", "acl", "advcl") and parent.lemma_.lower() in _INTENT:
                return True
            if t.dep_ == "prep" and t.lemma_.lower() in ("whether",):
                return True
            t = parent
        return False

    # --- when, where, who said so --------------------------------------------------------

    @staticmethod
    def _anchor(doc: Doc, items: Sequence[Span]) -> list[Token | None]:
        """The head token of each item's span (None when it does not map onto tokens)."""
        out: list[Token | None] = []
        for it in items:
            span = doc.char_span(it.start, it.end, alignment_mode="expand")
            out.append(span.root if span is not None and len(span) else token_at(doc, it.start))
        return out

    @staticmethod
    def _shares_clause(tok: Token) -> bool:
        """Whether a nominal trigger is part of its verb's event ("launched at the request of"),
        rather than a separate one ("suspended due to the assassination", "since the raid")."""
        t = tok
        for _ in range(8):
            if _pos(t) == "VERB" or t.head.i == t.i:
                return True
            if t.dep_ == "pobj" and (slot := _slot(t)) is not t:
                t = slot  # "approved a package of sanctions on Friday": the measure stands for the noun
                continue
            if t.dep_ == "pobj":
                if t.head.lemma_.lower() not in _SAME_EVENT_PREPS:
                    return False
                t = t.head.head
                continue
            if t.dep_ not in ("nsubj", "nsubjpass", "dobj", "attr", "dative", "conj", "appos"):
                return False
            t = t.head
        return False

    def _clause_tokens(self, f: _Found) -> set[int]:
        """Token indices of the trigger's own clause (not of clauses nested in it); a noun's own
        clause when a participle of setting dates it ("a rally set for Sunday was called off on
        Thursday": the rally is Sunday's, not the calling off's)."""
        head = self._clause_head(f.tok)
        # "a rally set for Sunday was called off on Thursday": the rally's own time is Sunday's
        dated = [
            c
            for c in f.tok.children
            if f.entry.pos == "NOUN"
            and c.dep_ == "acl"
            and _lemma(c) in _SETTING
            and any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)
        ]
        if f.entry.pos == "NOUN" and (dated or not self._shares_clause(f.tok)):
            head = f.tok
        if head is f.tok and _gerund_subject(f.tok):
            head = f.tok.head  # "Fighting near the border killed three soldiers on Friday": the verb's day
        head = self._issued_by(head) or head  # "passed a resolution last month censuring Iran"
        out: set[int] = set()
        stack = [head]
        while stack:
            t = stack.pop()
            out.add(t.i)
            for c in t.children:
                nested = (
                    c.dep_ in _CLAUSE_DEPS
                    and _pos(c) == "VERB"
                    and c.i != f.tok.i
                    and c not in dated
                    and not _result_state(c)
                )
                if nested and f.tok not in c.subtree:
                    continue
                stack.append(c)
        return out

    @staticmethod
    def _years_ago(doc: Doc, clause: set[int], times: Sequence[Time], time_toks: list[Token | None]) -> bool:
        """Whether the trigger's clause says it happened years ago with no date to resolve
        ("decades ago", "years ago"): history told as background."""
        for tm, tt in zip(times, time_toks, strict=True):
            if tt is None or tt.i not in clause or tm.type != "DURATION" or not tm.value:
                continue
            if not _YEARS.fullmatch(tm.value):
                continue
            after = doc.char_span(tm.end, tm.end + 4, alignment_mode="expand")
            if (after is not None and after.text.lower().startswith("ago")) or any(
                c.lower_ == "ago" for c in tt.children
            ):
                return True
        return False

    def _date(
        self,
        an: Analysis,
        f: _Found,
        clause: set[int],
        times: Sequence[Time],
        time_toks: list[Token | None],
        *,
        shared: bool = True,
    ) -> tuple[str | None, str | None, str | None, str | None]:
        """The event's date, where it came from, and the bounds the text gives: those of a
        vague date ("last week": its first and last day), else "since/after X" (earliest) and
        "before/until X" (latest) in the trigger's clause. A verb coordinated with another
        under one subject and with no date of its own shares that verb's date (``shared``).
        Dated only by the publication day, an event gets no bounds from it: the article does
        not say when it happened."""
        best: tuple[int, str, Time] | None = None
        earliest: str | None = None
        latest: str | None = None
        said_gap = _said_gap(self._clause_head(f.tok))
        for tm, tt in zip(times, time_toks, strict=True):
            if tt is None or tt.i not in clause or tm.type not in ("DATE", "TIME"):
                continue
            if not tm.value or not tm.value[:1].isdigit():
                continue
            prep = tt.head if tt.dep_ == "pobj" else None
            word = prep.lemma_.lower() if prep is not None else None
            word = next((c.lower_ for c in tt.children if c.lower_ in ("since", "until")), word)
            owner = tt.head if tt.dep_ == "poss" and tt.head.pos_ == "NOUN" and tt.head.i != f.tok.i else None
            if owner is not None and owner.dep_ == "pobj" and owner.head.lower_ in _NOT_DATE_PREPS:
                # "after Sunday's attack": the day of what the act is set against, not its own;
                # what follows an act may happen on its day
                word = owner.head.lower_
                if word in _AFTER_PREPS:
                    earliest = _bound(tm, "since") or earliest
                elif word in _BEFORE_PREPS:
                    latest = _bound(tm, "by") or latest
                continue
            if (
                owner is not None
                and owner.dep_ == "pobj"
                and owner.head.lower_ == "of"
                and owner.head.head.i != f.tok.i
            ):
                continue  # "rejected the results of Sunday's election": the election's day, not the act's
            if word == "from" and _told_future(self._clause_head(f.tok)):
                word = None  # "will step up patrols from next month": what is to come starts then
            if word == "by" and _pluperfect(self._clause_head(f.tok)) and _day(tm.value[:10]) is not None:
                word = None  # "had pulled nine miners out by Tuesday": the tally is that day's
            if word in _AFTER_PREPS:
                earliest = _bound(tm, "after" if word == "after" else "since") or earliest
                continue
            if word in _BEFORE_PREPS:
                latest = _bound(tm, "before" if word == "before" else "by") or latest
                continue
            if word in _NOT_DATE_PREPS or any(c.lower_ == "ago" for c in tt.children):
                continue
            if said_gap is not None and said_gap[0] < tt.i < said_gap[1]:
                continue  # "said on Thursday they had arrested ...": the day of saying, parsed onto the act
            if _framed(tt, f.tok) and _day(tm.value.split("T")[0]) is None:
                continue  # "urged a ban after a spill in 2019": the spill's year, not the urging's
            dist = abs(tt.i - f.tok.i)
            if best is None or dist < best[0]:
                # an event is dated by its day: "at 10:35 a.m. Saturday" -> Saturday
                best = (dist, tm.value.split("T")[0] if tm.type == "TIME" else tm.value, tm)
        if best is not None:
            return best[1], "text", best[2].earliest, best[2].latest
        if shared and (label := _line_label(an.text, f.tok.idx, times)) is not None:
            # "• 14 January: Soldiers detain four students": a timeline line's date heads it
            return label.value, "text", label.earliest, label.latest
        if (issued := self._document_time(an, clause, times, time_toks)) is not None:
            # "in a report released on Monday, the agency praised ...": said on the report's day
            value = issued.value.split("T")[0] if issued.type == "TIME" and issued.value else issued.value
            return value, "text", issued.earliest, issued.latest
        if shared and (when := self._when_time(f, times, time_toks)) is not None:
            # "fled on 4 May, when rebels shelled the town": the day the clause hangs on
            value = when.value.split("T")[0] if when.type == "TIME" else when.value
            return value, "text", when.earliest, when.latest
        if shared and (then := self._days_from_past(an, f, times, time_toks)) is not None:
            # "Two weeks after the junta closed parliament in May 1981, soldiers detained him": May 1981
            return then.value, "text", then.earliest, then.latest
        tok = f.tok
        if f.entry.pos == "NOUN" and self._light_object(tok) and _pos(_slot(tok).head) == "VERB":
            tok = _slot(tok).head  # "met X on Thursday and signed a deal": the deal is its verb's act
        day = self._counted_from(an, clause, times, time_toks)
        if day is not None:
            return day, "text", None, None
        if shared and (sequel := self._sequel_date(f, times, time_toks)) is not None:
            # "arrested him on Tuesday, days after prosecutors accused him": not Tuesday, nor the page's day
            if sequel[0] is None:
                return None, None, earliest, latest
            first, last = _span(sequel[0])
            return sequel[0], "text", first.isoformat() if first else None, last.isoformat() if last else None
        if shared:
            day = self._governor_day(f, times, time_toks)
            if day is not None and _day(day) is None:  # a week, month or year: its first and last day
                first, last = _span(day)
                return day, "text", first.isoformat() if first else None, last.isoformat() if last else None
            if day is not None:
                return day, "text", None, None
        if (
            shared
            and tok.dep_ == "conj"
            and _pos(tok) == "VERB"
            and _pos(tok.head) == "VERB"
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        ):
            # "visited shelters on Monday and promised compensation": one subject, one day;
            # only the verb's own adverbials ("on Monday"), not dates inside its object
            head_clause = _own_adverbials(_partner(tok), skip=tok)
            got = self._date(an, f, head_clause, times, time_toks, shared=False)
            if got[1] == "text":
                return got
        if shared and _pos(tok) == "VERB" and (partner := _hung_partner(tok)) is not None:
            # "said on Saturday the vote had been fair, but criticised delays": the first verb's day
            got = self._date(an, f, _own_adverbials(partner, skip=tok.head), times, time_toks, shared=False)
            if got[1] == "text":
                return got
        if shared and _pos(tok) == "VERB" and (fronted := _fronted_participle(tok)) is not None:
            # "Touring the site on Monday, the mayor praised ... and promised ...": the participle
            # opening the sentence tells when its subject acted; only its own adverbials
            adverbials = _own_adverbials(fronted)
            got = self._date(an, f, adverbials, times, time_toks, shared=False)
            if got[1] == "text":
                return got
        if shared and _pos(tok) == "VERB" and (cop := _cleft_copula(tok)) is not None:
            # "It was on Tuesday evening that soldiers stormed the village": the cleft's day
            adverbials = {t.i for c in cop.children if c.dep_ in ("prep", "npadvmod") for t in c.subtree}
            got = self._date(an, f, adverbials, times, time_toks, shared=False)
            if got[1] == "text":
                return got
        if shared and _pos(tok) == "VERB" and (rel := _subject_relative(tok)) is not None:
            # "The minister, who toured the site on Monday, promised aid": the visit the subject is
            # introduced by is the occasion of what it did; only the relative clause's adverbials
            adverbials = _own_adverbials(rel)
            got = self._date(an, f, adverbials, times, time_toks, shared=False)
            if got[1] == "text" and _day(got[0]) is not None:
                return got
        if shared and _pos(tok) == "VERB" and (main := _trailing_participle(tok)) is not None:
            # "Troops shelled the port on Sunday, sinking two boats": the participle closing the
            # sentence tells what its subject did then; the main verb's own clause, not the participle's
            got = self._date(an, f, _own_clause(main), times, time_toks, shared=False)
            if got[1] == "text":
                return got
        if shared and _pos(tok) == "VERB" and (tail := _object_participle_tail(tok)):
            # "detained two men suspected of hiding arms near X on Monday evening", "froze an
            # account holding $3m in February": a date closing the sentence that the parser hangs
            # on a participle of the object is the act's
            got = self._date(an, f, tail, times, time_toks, shared=False)
            if got[1] == "text":
                return got
        if shared and _pos(tok) == "VERB":
            # "61 people were arrested and 14 officers injured in clashes on Friday": a date that
            # closes a coordination dates its first verb too, unless the next one is told apart
            # ("were detained and later charged on Tuesday")
            for c in tok.children:
                if c.dep_ != "conj" or _pos(c) != "VERB" or c.i < tok.i:
                    continue
                if any(a.dep_ == "advmod" and a.lower_ in _SEQUEL for a in c.children):
                    break
                last = max((t for t in c.subtree if not t.is_punct), key=lambda t: t.i)
                inner = _own_clause(c)
                got = self._date(an, f, inner, times, time_toks, shared=False)
                if got[1] == "text" and any(
                    tt is not None and tt.i in inner and tm.start <= last.idx < tm.end
                    for tm, tt in zip(times, time_toks, strict=True)
                ):
                    return got
                break
        if an.published is not None:
            return an.published.isoformat(), "published", earliest, latest
        return None, None, earliest, latest

    def _counted_from(
        self, an: Analysis, clause: set[int], times: Sequence[Time], time_toks: list[Token | None]
    ) -> str | None:
        """The day of an act told as days counted from another ("two days after the vote", "a
        week before the summit"), when the text dates that one: a date in its own phrase ("after
        Sunday's vote") or, within three sentences before, in the clause of the same noun ("The
        vote was held on March 2")."""
        for i in sorted(clause):
            word = an.tokens[i]
            if word.dep_ != "prep" or word.lower_ not in ("after", "before"):
                continue
            gap = _gap(word, times, time_toks)
            noun = next((c for c in word.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
            if gap is None or noun is None:
                continue
            day = _day(self._noun_day(an, noun, times, time_toks))
            if day is not None:
                sign = 1 if word.lower_ == "after" else -1
                return (day + dt.timedelta(days=sign * gap)).isoformat()
        return None

    def _noun_day(
        self, an: Analysis, noun: Token, times: Sequence[Time], time_toks: list[Token | None]
    ) -> str | None:
        """The day the text gives a happening named by a noun: a date inside its phrase, else
        the date of the clause of the latest earlier mention of the same noun within three
        sentences ("The vote was held on March 2. ... after the vote")."""

        def dated(head: Token, inside: set[int]) -> str | None:
            for tm, tt in zip(times, time_toks, strict=True):
                if tt is None or tm.type not in ("DATE", "TIME") or _day((tm.value or "")[:10]) is None:
                    continue
                on_head = tt.dep_ == "pobj" and tt.head.head.i == head.i and tt.head.lower_ in ("on", "at")
                if tt.i in inside or on_head or (tt.dep_ == "npadvmod" and tt.head.i == head.i):
                    return (tm.value or "")[:10]
            return None

        own = dated(noun, {t.i for t in noun.subtree})
        if own is not None:
            return own
        first = an.sentence_of(noun).start
        sents = [s for s in an.sentences if s.end <= first][-_ANSWER_WINDOW:]
        for t in reversed([t for s in sents for t in s] + list(an.tokens[first : noun.i])):
            if t.lemma_.lower() != noun.lemma_.lower() or t.pos_ != "NOUN":
                continue
            head = t.head if t.dep_ in ("nsubj", "nsubjpass", "dobj") else t
            got = dated(head, {x.i for x in t.subtree})
            if got is not None:
                return got
        return None

    def _governor_day(self, f: _Found, times: Sequence[Time], time_toks: list[Token | None]) -> str | None:
        """The day of a past act told in a time clause with no date of its own, from the
        sentence it hangs on ("inmates broke out late on Thursday, after guards shot four
        prisoners": Thursday; "after the gate was forced", "as crowds were gathering"): the
        nearest day named in the governing clause or its arguments, never in a clause of saying
        ("said on Friday, after ...") nor one of its own bounds ("since", "until"). A week, month
        or year is shared only by a clause of the same time ("when", "as", "while")."""
        v = self._clause_head(f.tok)
        mark = next((m for m in v.children if m.dep_ in ("mark", "advmod") and m.lower_ in _TIME_MARKS), None)
        if v.dep_ != "advcl" or not _told_past(v) or mark is None:
            return None  # the parser makes "when" an adverb
        # "clashed on Sunday, a day after the government banned rallies": the ban was on Saturday
        gap = _gap(v, times, time_toks) or _gap(mark, times, time_toks) or 0
        if mark.lower_ == "after":
            gap = -gap
        elif mark.lower_ != "before":
            gap = 0
        gov = v.head
        if gov.lemma_.lower() in _SAYING:
            return None
        inside = {t.i for t in v.subtree}
        around = {t.i for t in gov.subtree} - inside
        best: tuple[int, str] | None = None
        for tm, tt in zip(times, time_toks, strict=True):
            if tt is None or tt.i not in around or tm.type not in ("DATE", "TIME") or not tm.value:
                continue
            day = tm.value.split("T")[0]
            if _day(day) is None and (mark.lower_ not in ("when", "as", "while") or _span(day)[0] is None):
                continue  # a week or month is shared only by what happened meanwhile, not "after"
            prep = tt.head.lemma_.lower() if tt.dep_ == "pobj" else None
            if prep in _NOT_DATE_PREPS or any(c.lower_ in ("ago", "since", "until") for c in tt.children):
                continue
            if self._clause_head(tt).lemma_.lower() in _SAYING:
                continue
            if best is None or abs(tt.i - v.i) < best[0]:
                best = (abs(tt.i - v.i), day)
        if best is None:
            return None
        if _day(best[1]) is None:
            return best[1]  # "fell last month as exports slumped": that month
        return (dt.date.fromisoformat(best[1]) + dt.timedelta(days=gap)).isoformat()

    def _sequel_date(
        self, f: _Found, times: Sequence[Time], time_toks: list[Token | None]
    ) -> tuple[str | None] | None:
        """The date of a past act told in a "before" or "after" clause with no date of its own
        that cannot take a day from the dated clause it hangs on, as a 1-tuple (None inside: no
        date at all), or None when other rules apply. The gap is not measured ("days after the
        union agreed", "weeks before the owners gave in", "two months before": no day to count
        from, whether or not that clause is dated): no date. That clause is dated by a month,
        week or year only: "after" it, that month ("called off in late April after farmers
        blocked a canal"); "before" it, no date ("struck in March before the owners agreed").
        Never the page's day; a gap counted in days ("two days after") keeps the other rules, and
        so does a clause with no gap in one with no date at all."""
        v = self._clause_head(f.tok)
        mark = next(
            (m for m in v.children if m.dep_ in ("mark", "advmod") and m.lower_ in ("after", "before")), None
        )
        if v.dep_ != "advcl" or mark is None or not _told_past(v) or v.head.lemma_.lower() in _SAYING:
            return None
        inside = {t.i for t in v.subtree}
        around = {t.i for t in v.head.subtree} - inside
        dated = [
            tm.value.split("T")[0]
            for tm, tt in zip(times, time_toks, strict=True)
            if tt is not None
            and tt.i in around
            and tm.type in ("DATE", "TIME")
            and tm.value
            and tm.value[:1].isdigit()
            and not (tt.dep_ == "pobj" and tt.head.lemma_.lower() in _NOT_DATE_PREPS)
            and self._clause_head(tt).lemma_.lower() not in _SAYING
        ]
        gaps = [
            g
            for h in (v, mark)
            for g in h.children
            if g.dep_ == "npadvmod" and g.lemma_.lower() in _LONG_GAPS
        ]
        if gaps:  # "weeks after": days before the page's day too, when the clause it hangs on has none
            measured = _gap(v, times, time_toks) is not None or _gap(mark, times, time_toks) is not None
            return None if measured else (None,)
        # "fired tear gas after protesters threw stones": with no date at all, the story's day, as its verb's
        if not dated or any(_day(d) is not None for d in dated):
            return None
        return (dated[0],) if mark.lower_ == "after" and len(set(dated)) == 1 else (None,)

    def _document_time(
        self, an: Analysis, clause: set[int], times: Sequence[Time], time_toks: list[Token | None]
    ) -> Time | None:
        """The date of a document the clause's act is told in ("in a letter sent on Monday",
        "in a statement issued late on Tuesday"): a document noun (``event_document_nouns.txt``)
        after "in" in the clause, with a participle that dates it; what it tells was said that day."""
        for i in sorted(clause):
            noun = an.tokens[i]
            if noun.lemma_.lower() not in self.documents or noun.dep_ != "pobj" or noun.head.lower_ != "in":
                continue
            for acl in (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"):
                inside = {t.i for t in acl.subtree}
                for tm, tt in zip(times, time_toks, strict=True):
                    if tt is None or tt.i not in inside or tm.type not in ("DATE", "TIME"):
                        continue
                    if not tm.value or not tm.value[:1].isdigit():
                        continue
                    if tt.dep_ == "pobj" and tt.head.lower_ in _NOT_DATE_PREPS:
                        continue
                    return tm
        return None

    def _when_time(self, f: _Found, times: Sequence[Time], time_toks: list[Token | None]) -> Time | None:
        """The date a relative "when" clause hangs on ("fled on 4 May, when rebels shelled the
        town", "in 2019, when the army withdrew"): the act in it happened then, whatever the
        date's preposition. A noun event only when it is part of its verb's act."""
        if f.entry.pos == "NOUN" and not self._shares_clause(f.tok):
            return None
        v = self._clause_head(f.tok)
        while v.dep_ == "conj" and _pos(v.head) == "VERB" and not _has_subject(v):
            v = v.head  # "when rebels stormed the city and seized the port"
        when = next((c for c in v.children if c.dep_ == "advmod" and c.lower_ == "when"), None)
        if when is None:
            return None
        if v.dep_ == "relcl":
            head = v.head
        elif v.dep_ == "advcl" and v.left_edge.i == when.i and when.i >= 2 and v.doc[when.i - 1].text == ",":
            # "the largest since early last month, when hundreds marched": the parser hangs the
            # clause on the verb, but it follows the date it tells of, whatever its preposition
            head = v.doc[when.i - 2]
        else:
            return None
        for tm, tt in zip(times, time_toks, strict=True):
            if tt is None or tm.type not in ("DATE", "TIME") or not tm.value or not tm.value[:1].isdigit():
                continue
            if tm.start <= head.idx < tm.end:
                return tm
        return None

    @staticmethod
    def _locative(tok: Token) -> bool:
        """Whether a toponym token names where something happened: the object of a locative
        preposition ("in Kabul", "in the city of Aleppo", "near the Rafah crossing") or of
        "<place noun> of" in any role ("captured the village of Tal Rifa'at")."""
        t = tok
        for _ in range(6):
            if t.dep_ in ("compound", "amod", "appos", "conj", "nmod", "flat", "det"):
                t = t.head
                continue
            if (
                t.dep_ == "poss"
                and t.head.dep_ == "pobj"
                and any(
                    t.head.lemma_.lower() in load_lines(n)
                    for n in ("place_nouns.txt", "event_site_nouns.txt", SPOT_NOUNS)
                )
            ):
                t = t.head  # "off Java's north coast", "on Mombasa's seafront": the place owns the spot
                continue
            if t.dep_ == "pobj" and t.head.lemma_.lower() == "of":
                if t.head.head.lemma_.lower() in load_lines("place_nouns.txt"):
                    return True
                if t.head.head.lower_ in _COMPASS and _bearing(t.head.head):
                    return True  # "40 nautical miles east of Eyl", "just north of the border town X"
                if t.head.head.dep_ == "pobj":
                    t = t.head.head
                    continue
            break
        return t.dep_ == "pobj" and t.head.lemma_.lower() in _LOC_PREPS

    def _place(
        self,
        f: _Found,
        clause: set[int],
        places: Sequence[Place],
        place_toks: list[Token | None],
    ) -> int | None:
        """Where the event happened: a locative place of the trigger's clause, else of its
        sentence, the most specific first (a town before its province or country), then the
        nearest; else, for a material act, the place it acts on ("attack Syria"). Never an
        actor ("Iraq condemned") nor a nationality word ("Iraqi forces")."""
        sent = f.sent if f.sent is not None else f.tok.sent
        best: tuple[int, int, bool, int, int] | None = None
        placed = {pt.i for pt in place_toks if pt is not None}
        for i, pt in enumerate(place_toks):
            if pt is None or not (sent.start <= pt.i < sent.end):
                continue
            home = self._home_of(f, pt)
            if not self._locative(pt) and not self._destination(f, pt) and not home:
                continue
            site = places[i].feature == "adjectival" and self._national_site(pt)
            if places[i].feature == "adjectival" and not site:
                continue  # "Iraqi" stands for a country, it is not where anything happened
            if any(pt.i == a.i and a.dep_ in _CORE_DEPS for a in f.source_tokens + f.target_tokens):
                continue  # "Iraq condemned ...": an actor, not where it happened
            if _described_argument(f.tok, pt):
                continue  # "overpowered the gunman, a man from X": where he is from, not where it happened
            if self._route_end(pt):
                continue  # "blocking the road to X": where the road leads, not where it was blocked
            if (
                f.entry.type == "AID"
                and places[i].feature == "country"
                and any(pt.i == a.i for a in f.target_tokens)
            ):
                continue  # "sent two planes to Greece": the recipient; "flew tents to Lusaka": there
            rank = 0 if pt.i in clause else 1
            if f.entry.type in ("AID", "MOBILIZE") and self._moved_from(f, pt):
                if f.entry.pos == "VERB" and self._pobjs(f.tok, {"to", "into"}):
                    continue  # "flew tents to X from its depot in Dubai": not where they came from
                rank = 2  # "flew tents out of Oslo": where they came from, last
            elif self._destination(f, pt):
                rank = -1  # "flew tents to Tulear": where they were taken, before the sender's seat
            if home and not self._locative(pt):
                rank = 2  # "dispersed residents of the X district": where they live, after any locative
            if _off_bearing(pt):
                # "in Sinjar, 100 km west of Mosul": Mosul only marks the way to a place named
                if any(a.i in placed for a in pt.head.head.ancestors):
                    continue  # "shelled Beni, 50 km north of Y": Beni, which the act is on
                rank = max(rank, 2)
            if site:
                rank = 3  # "at two French plants": the country, after any place named
            # the most specific place first: a town in a province of a country is in the town
            broad = {"country": 3, "region": 3, "admin1": 2, "admin2": 1}.get(places[i].feature or "", 0)
            # "in Lima's Miraflores district": the district named inside the spot, before its owner
            owner = pt.dep_ == "poss" or (pt.dep_ in ("compound", "flat") and pt.head.dep_ == "poss")
            key = (rank, broad, owner, abs(pt.i - f.tok.i), i)
            if best is None or key < best:
                best = key
        if best is None and f.entry.type in ("ASSAULT", "COERCE"):
            # no locative: a material act on a place happens there ("attack Syria",
            # "Kisangani was captured", "Chechnya's towns have been destroyed")
            for i, pt in enumerate(place_toks):
                if pt is None or places[i].feature == "adjectival":
                    continue
                arg = pt.head if pt.dep_ in ("poss", "compound") else pt
                if arg.head.i == f.tok.i and arg.dep_ in ("dobj", "nsubjpass") and arg.i != f.tok.i:
                    return i
        if best is None and f.entry.type == "COERCE" and (f.entry.cameo or "").startswith("172"):
            # "Gabon shut down mobile internet", "Kerala declared a state of emergency": a
            # state's restriction of its own people, with no place named, lies on the state itself
            for i, pt in enumerate(place_toks):
                if (
                    pt is not None
                    and places[i].feature in ("country", "admin1")
                    and any(pt.i == a.i for a in f.source_tokens)
                ):
                    return i
            # "Montenegro lifted the state of emergency it declared on Friday": the state "it"
            # stands for, the nearest country or province named before it in the sentence
            it = next((a for a in f.source_tokens if a.lower_ == "it" and sent.start <= a.i < sent.end), None)
            if it is not None:
                states = [
                    i
                    for i, pt in enumerate(place_toks)
                    if pt is not None
                    and sent.start <= pt.i < it.i
                    and places[i].feature in ("country", "admin1")
                ]
                if states:
                    return max(states, key=lambda i: place_toks[i].i)
        if best is None:
            # "evacuated hamlets along its northern shore": the country "its" stands for,
            # the nearest country or region named before it in the sentence
            its = next((t for t in sent if t.i in clause and t.lower_ == "its" and self._locative(t)), None)
            owned = [
                i
                for i, pt in enumerate(place_toks)
                if its is not None
                and pt is not None
                and sent.start <= pt.i < its.i
                and places[i].feature in ("country", "admin1", "region")
            ]
            if owned:
                return max(owned, key=lambda i: place_toks[i].i)
        if best is None and any(self._the_capital(an_tok) for an_tok in sent if an_tok.i in clause):
            return self._capital_place(f, places)
        if best is None:
            kind = next((t for t in sent if t.i in clause and self._the_kind(t)), None)
            if kind is not None:
                return self._kind_place(kind, places)
        return best[-1] if best is not None else None

    @staticmethod
    def _path_to(f: _Found, tok: Token) -> list[Token] | None:
        """The tokens from a token up to the trigger (exclusive), or None when the trigger does
        not govern it within the trigger's own clause (no other verb between them)."""
        path: list[Token] = []
        t = tok
        for _ in range(8):
            if t.i == f.tok.i:
                return path
            if path and t.pos_ in ("VERB", "AUX"):
                return None
            path.append(t)
            if t.head.i == t.i:
                return None
            t = t.head
        return None

    def _moved_from(self, f: _Found, pt: Token) -> bool:
        """Whether a place lies on the "from" side of what an act of sending or carrying moves
        ("flew tents from Oslo", "from its depot in Dubai"): where it came from."""
        if _preposition(pt) == "from":
            return True
        path = self._path_to(f, pt)
        return path is not None and any(t.dep_ == "prep" and t.lower_ == "from" for t in path)

    def _destination(self, f: _Found, pt: Token) -> bool:
        """Whether a place is where a verb of sending or carrying takes what it moves ("flew
        tents to Tulear", "sent troops into the border district of X", "airlifted supplies
        to Goma"): the object of "to" or "into" under the verb or its object. The event happens
        there, not at a place tied to the sender ("the Oslo-based agency"). The parser can
        make an unknown name after "to" an infinitive ("flew medicines to Kindu"): a place
        so parsed under the verb counts too."""
        if f.entry.type not in ("AID", "MOBILIZE") or f.entry.pos != "VERB":
            return False
        if pt.dep_ in ("advcl", "xcomp") and pt.head.i == f.tok.i:
            return any(c.dep_ == "aux" and c.lower_ == "to" for c in pt.children) and not any(
                c.dep_ in ("dobj", "nsubj", "ccomp", "xcomp") for c in pt.children
            )
        if _preposition(pt) not in ("to", "into", "toward", "towards"):
            return False
        path = self._path_to(f, pt)
        return path is not None and not any(t.dep_ == "prep" and t.lower_ == "from" for t in path)

    def _national_site(self, tok: Token) -> bool:
        """Whether a nationality word qualifies the site where something happened ("threatened
        strikes at two French plants", "shelled positions on Syrian territory"): it modifies a
        site noun of the country's own land or works (``event_site_nouns.txt``) that is the
        object of a locative preposition. Not "in an Iraqi raid" nor "Iraqi forces in Mosul",
        nor a town, city or embassy (a name says which, and an embassy stands abroad)."""
        prep = tok.head.head.lemma_.lower()
        if tok.dep_ != "amod" or tok.head.dep_ != "pobj" or prep not in _LOC_PREPS - _PATH_PREPS:
            return False
        noun = tok.head.lemma_.lower()
        return noun in self.site_nouns or tok.head.lower_ in self.site_nouns

    def _the_capital(self, tok: Token) -> bool:
        """Whether a token is "the capital" named only by that word where something happened ("in
        the capital", "near the capital"): no name of its own beside it."""
        return (
            tok.lemma_.lower() == "capital"
            and tok.pos_ == "NOUN"
            and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
            and not any(c.dep_ in ("appos", "compound", "prep", "amod") for c in tok.children)
            and self._locative(tok)
        )

    def _the_kind(self, tok: Token) -> bool:
        """Whether a token is "the island", "the region", "the province" or "the district" named
        only by that word where something happened ("landed on the island", "in the region"):
        a kind of place standing for one named before (``_KIND_FEATURES``)."""
        return (
            tok.lemma_.lower() in _KIND_FEATURES
            and tok.pos_ == "NOUN"
            and tok.tag_ == "NN"
            and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
            and not any(c.dep_ in ("appos", "compound", "prep", "amod", "poss", "nmod") for c in tok.children)
            and (
                self._locative(tok)
                # "hauled 19 people out of the sea 20 miles south-west of the island": near it
                or (tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in _COMPASS)
            )
        )

    def _kind_place(self, kind: Token, places: Sequence[Place]) -> int | None:
        """The place "the island" (region, province, district) stands for: the latest place
        named before it as one of that kind, "the island of X", "X Island", "the X region", or
        for an administrative kind a place of its gazetteer level (a province is a first-order
        division). None when none was, rather than a guess."""
        noun = kind.lemma_.lower()
        text = self._text
        word = re.compile(rf"\b{noun}s?\b", re.IGNORECASE)
        for i in reversed(range(len(places))):
            p = places[i]
            if p.end > kind.idx or p.feature == "adjectival":
                continue
            before = text[max(0, p.start - 24) : p.start].lower()
            after = text[p.end : p.end + 12]
            named = (
                bool(re.search(rf"\b{noun}s? of (?:the )?$", before))
                or bool(re.match(rf"\s+{noun}s?\b", after, re.IGNORECASE))
                or bool(word.search(p.text))
            )
            if named or (p.feature is not None and p.feature in _KIND_FEATURES[noun]):
                return i
        return None

    def _capital_place(self, f: _Found, places: Sequence[Place]) -> int | None:
        """The national capital "the capital" stands for: the article's dateline place when it is
        one ("NAIROBI, Kenya (AP) — ... in the capital"), else the latest national capital named
        before the trigger."""
        gaz = load_gazetteer()

        def capital(i: int) -> bool:
            p = places[i]
            entries = gaz.lookup(p.name or p.text) if p.geonames_id is not None else []
            return any(e.index in gaz.capitals and e.geonames_id == p.geonames_id for e in entries)

        if self._filed is not None and capital(self._filed):
            return self._filed
        before = [i for i, p in enumerate(places) if p.end <= f.tok.idx and p.feature != "adjectival"]
        found = next((i for i in reversed(before) if capital(i)), None)
        if found is None:
            # "Teachers marched in the capital on Monday ... Police in Lilongwe said": the one national
            # capital the article names, after the trigger, when it names no other
            later = [i for i, p in enumerate(places) if p.start > f.tok.idx and p.feature != "adjectival"]
            capitals = [i for i in later if capital(i)]
            if capitals and len({places[i].geonames_id for i in capitals}) == 1:
                country = places[capitals[0]].country  # every place named before is of its country
                if all(p.country in (None, country) for p in places if p.end <= f.tok.idx):
                    found = capitals[0]
        return found

    @staticmethod
    def _dateline_place(lines: Sequence[tuple[int, int]], places: Sequence[Place]) -> int | None:
        """The place an article was filed from: the most specific place of its first wire
        dateline ("NAIROBI, Kenya (AP) —" -> Nairobi), or None when it has none."""
        if not lines:
            return None
        a, b = lines[0]
        inside = [i for i, p in enumerate(places) if a <= p.start < b and p.feature != "adjectival"]
        broad = {"country": 3, "region": 3, "admin1": 2, "admin2": 1}
        return min(inside, key=lambda i: (broad.get(places[i].feature or "", 0), i), default=None)

    def _scene_place(self, f: _Found, places: Sequence[Place], place_toks: list[Token | None]) -> int | None:
        """The place of the scene the sentence before sets, for an event whose own sentence names
        no place at all: "Outside the court in Tamale, supporters sang. Police said two men were
        arrested." Only in one paragraph, when that sentence names one place where something
        happened (two or more leave the scene open), and not from a wire dateline; only for acts
        done on the spot (``_SCENE_TYPES``): what is said ("urged", "denied") is said wherever the
        speaker is."""
        sent = f.sent if f.sent is not None else f.tok.sent
        if sent.start == 0 or f.entry.type not in _SCENE_TYPES:
            return None
        before = sent.doc[sent.start - 1].sent
        if "\n" in sent.doc.text[before[-1].idx : sent[0].idx]:
            return None  # a new paragraph sets its own scene
        own, scene = [], set()
        for i, pt in enumerate(place_toks):
            if pt is None:
                continue
            if sent.start <= pt.i < sent.end:
                own.append(i)
            elif (
                before.start <= pt.i < before.end
                and places[i].feature != "adjectival"
                and not self._in_dateline(pt)
                and self._locative(pt)
            ):
                scene.add(i)
        names = {places[i].geonames_id or places[i].text for i in scene}
        if own or len(names) != 1:
            return None
        return min(scene)

    def _same_day_scene(
        self,
        an: Analysis,
        events: list[Event],
        coded: dict[str, _Found],
        places: Sequence[Place],
        place_toks: list[Token | None],
    ) -> list[Event]:
        """The place of an act done on the spot whose sentence names none, from the act of the
        same day told just before it: "Thousands marched through the centre of Sucre on Monday
        ... Police fired tear gas when marchers tried to reach the square and detained 12
        people." The earlier act is asserted, done on the spot (``_ON_THE_SPOT``: an attack,
        arrest, protest, rescue or deployment, not what is said or agreed, which is said
        wherever the speaker is), placed, and dated by the text to the same day, in one of the
        ``_SCENE_WINDOW`` sentences before (or earlier in the same sentence); the later act is
        asserted and on that day by the text or, undated, by the page. A place the later sentence
        names where something happened leaves it open (the act was not there, or elsewhere), but
        not where a person acting is from ("the gunman, a man from X")."""
        start_of = {s.start: k for k, s in enumerate(an.sentences)}

        def day_act(e: Event, dated_by: tuple[str, ...] = ("text",)) -> bool:
            f = coded[e.id]
            return (
                e.type in _ON_THE_SPOT
                and f.asserted
                and f.sent is not None
                and e.date_from in dated_by
                and _day(e.date) is not None
            )

        out = list(events)
        for n, ev in enumerate(events):
            f = coded[ev.id]
            if ev.place is not None or not day_act(ev, ("text", "published")):
                continue
            sent = f.sent
            k = start_of.get(sent.start)
            if k is None or any(
                pt is not None
                and sent.start <= pt.i < sent.end
                and places[i].feature != "adjectival"
                and not self._in_dateline(pt)
                and self._locative(pt)
                and not _described_argument(f.tok, pt)  # "the gunman, a man from X": where he is from
                for i, pt in enumerate(place_toks)
            ):
                continue
            first = an.sentences[max(0, k - _SCENE_WINDOW)].start
            before = [
                e
                for e in out[:n]
                if e.place is not None
                and day_act(e)
                and e.date == ev.date
                and first <= coded[e.id].sent.start <= sent.start
                and e.trigger.start < ev.trigger.start
                and places[e.place].feature != "adjectival"
            ]
            if before:
                out[n] = dataclasses.replace(ev, place=before[-1].place)
        return out

    def _default_place(
        self, f: _Found, places: Sequence[Place], place_toks: list[Token | None]
    ) -> int | None:
        """The dateline place for an asserted event whose sentence names no place where it
        happened: a report filed from Nairobi tells of events in Nairobi unless it says
        otherwise. Not when every actor on the source side is a place of another country
        ("Washington threatened sanctions" in a Geneva report acts from home)."""
        filed = self._item_filed(f, places)
        if filed is None:
            return None
        sent = f.sent if f.sent is not None else f.tok.sent
        home = places[filed].country
        foreign = []
        for t in (c for s in f.source_tokens for c in _conjuncts(s)):
            t = next((c for c in t.children if c.dep_ == "poss"), t)  # "Iran's Foreign Ministry"
            at = [i for i, pt in enumerate(place_toks) if pt is not None and pt.i == t.i]
            foreign.append(bool(at) and all(places[i].country != home for i in at))
        if foreign and all(foreign):
            return None
        if any(
            pt is not None
            and sent.start <= pt.i < sent.end
            and not self._in_dateline(pt)
            and places[i].feature != "adjectival"
            and self._locative(pt)
            for i, pt in enumerate(place_toks)
        ):
            return None  # a place the sentence names, which the event did not take
        return filed

    @staticmethod
    def _phrase(an: Analysis, toks: Sequence[Token]) -> Span | None:
        """The noun phrase of an argument no entity is linked to: its head with the modifiers
        before it, through quantity words ("Tens of thousands of university students" ->
        "university students"); None for pronouns, clauses and empty arguments."""
        if not toks:
            return None
        t = toks[0]
        for _ in range(4):
            low = t.lemma_.lower()
            if not (t.like_num or low in _QUANT_HEADS or t.lower_ in _QUANT_HEADS):
                break
            nxt = next((p for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                        if p.dep_ == "pobj"), None)  # fmt: skip
            if nxt is None:
                break
            t = nxt
        counted = t.like_num and not _not_actor(t) and t.dep_ in _COUNT_DEPS  # "wounded 71"
        people = t.lower_ in _ANYONE and t.lower_ != "those"  # "anyone who lives there must leave"
        described = t.lower_ == "those" and _described_people(t)  # "12 of those detained"
        if (
            t.pos_ not in ("NOUN", "PROPN")
            and t.lower_ not in _QUANT_HEADS - _NO_WORDS
            and not (counted or people or described)
        ):
            return None  # "many more" is an argument, "they" and "which" are not
        if EventStage._is_nobody(t):
            return None  # "no one was detained": the event is negated, nobody is its target
        first = t.i
        for c in reversed(list(t.lefts)):
            if c.dep_ not in _PHRASE_DEPS or max(x.i for x in c.subtree) != first - 1:
                break
            first = min(x.i for x in c.subtree)
        doc = t.doc
        line = next((end for start, end in _dateline_spans(an.text) if start <= doc[first].idx < end), None)
        while line is not None and first < t.i and doc[first].idx < line:
            first += 1  # "KIDAL (Reuters) - Security forces": the parser hangs the dateline on the noun
        while first < t.i and (doc[first].lower_ in ("a", "an", "the") or doc[first].is_punct):
            first += 1
        last = t
        if described:  # "those detained", "those who were held": the clause that says who they are
            clause = next(c for c in t.children if c.dep_ in ("acl", "relcl"))
            last = clause if clause.dep_ == "acl" else max(clause.subtree, key=lambda x: x.i)
        start, end = doc[first].idx, last.idx + len(last.text)
        return Span(start, end, an.text[start:end])

    def _source_phrase(self, an: Analysis, f: _Found) -> Span | None:
        """The source phrase of an event no entity is linked to as its source, unless it names
        what an attack was made with ("twin bombs exploded", "killed by an improvised
        explosive device"): an instrument is no actor."""
        if not f.source_tokens:
            return None
        head = _through_quantity(f.source_tokens[0])
        if (
            f.entry.type == "ASSAULT"
            and head.pos_ == "NOUN"
            and head.lemma_.lower() in self.instruments
            and self.person_kind(head) is None
        ):
            return None
        return self._phrase(an, f.source_tokens)

    @staticmethod
    def _said_on(f: _Found, quotes: Sequence[Quote]) -> str | None:
        """The day a verbal act with no date of its own was said, when the quote that tells it
        is dated ("X welcomed the deal, his spokesperson said on Sunday": Sunday): saying it is
        doing it. Not for deeds ("police had arrested ...": done some time before it was told),
        nor for a verbal act told as past before the saying ("had condemned")."""
        cameo = f.entry.cameo or ""
        root = int(cameo[:2]) if cameo[:2].isdigit() else 0
        if not (1 <= root <= 5 or 9 <= root <= 13) or f.recoded:
            return None
        if any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in f.tok.children):
            return None
        at = f.tok.idx
        inside = [q for q in quotes if q.start <= at < q.end]
        if not inside:
            return None
        q = min(inside, key=lambda q: q.end - q.start)  # the innermost quote tells it
        return q.date if q.date and q.date[:1].isdigit() else None

    @staticmethod
    def _reported_by(start: int, end: int, quotes: Sequence[Quote]) -> str | None:
        best: Quote | None = None
        for q in quotes:
            if (
                q.start <= start
                and end <= q.end
                and (best is None or q.end - q.start < best.end - best.start)
            ):
                best = q
        return best.id if best is not None and best.id else None

    # --- assembly ------------------------------------------------------------------------

    def _event(
        self,
        an: Analysis,
        f: _Found,
        times: Sequence[Time],
        time_toks: list[Token | None],
        quotes: Sequence[Quote],
        places: Sequence[Place],
        place_toks: list[Token | None],
        quantities: Sequence[Quantity],
        ident: str,
        sentence: Offsets,
    ) -> Event:
        """The event of a trigger, numbered ``ident`` in the article, in ``sentence``."""
        doc = an.doc
        toks = [f.tok] + ([f.extra] if f.extra is not None else [])
        first, last = min(t.i for t in toks), max(t.i for t in toks)
        if last - first > 3:
            first = last = f.tok.i
        start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
        clause = self._clause_tokens(f)
        date, date_from, earliest, latest = self._date(an, f, clause, times, time_toks)
        if date_from == "published" and (said := self._said_on(f, quotes)) is not None:
            date, date_from = said, "text"
        negated = False if f.recoded == "refuse" else self._negated(f)
        hypothetical = f.planned or (False if f.recoded else self._hypothetical(f))
        weak = "weak" in f.entry.flags
        conf = 0.6 if f.entry.pos == "VERB" else 0.45
        if f.extra is not None:
            conf += 0.1
        if weak:
            conf -= 0.15
        if f.source or f.seated:
            conf += 0.15
        if f.target:
            conf += 0.1
        if hypothetical:
            conf -= 0.1
        if f.recoded:
            conf -= 0.05  # a statement of what will (not) happen, read from the clause's mood
        if f.embedded:
            conf -= 0.15
        background = (
            self._background(f.tok)
            or _long_before(date if date_from == "text" else None, an.published)
            or self._years_ago(an.doc, clause, times, time_toks)
        )
        if background:
            conf -= 0.15
        gov = self._clause_head(f.tok)
        if f.entry.pos == "NOUN" and self._light_object(f.tok):
            conf += 0.15  # "staged demonstrations": the noun is the main predicate, as a verb is
        elif not f.recoded and (
            gov.dep_ in ("xcomp", "advcl", "acl", "relcl", "pcomp")  # "arrested for collaborating"
            or (gov.dep_ == "ccomp" and gov.head.lemma_.lower() not in _REPORTING)
        ):
            conf -= 0.1  # a subordinate event, not what the sentence reports
            if gov.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in gov.children):
                conf -= 0.1  # a purpose, intended more than done: "provided 6 million euros to support"
            elif gov.dep_ == "advcl" and gov.tag_ == "VBG" and f.source and gov.i == f.tok.i:
                conf -= 0.15  # "demonstrated ..., calling for": its source is the main verb's
        place = self._place(f, clause, places, place_toks)
        f.asserted = not (hypothetical or negated or background)
        tokens = an.tokens
        arg_chars = []  # the character range of each argument's subtree
        if quantities:
            for t in f.target_tokens + f.source_tokens:
                sub = [x.i for x in t.subtree]
                a, b = tokens[min(sub)], tokens[max(sub)]
                arg_chars.append((a.idx, b.idx + len(b.text)))
        qidx = tuple(
            i for i, q in enumerate(quantities) if any(a <= q.start and q.end <= b for a, b in arg_chars)
        )
        return Event(
            id=ident,
            type=f.entry.type,
            trigger=Span(start, end, an.text[start:end]),
            sentence=sentence,
            mode=f.entry.mode,
            cameo=f.entry.cameo,
            source=tuple(f.source),
            target=tuple(f.target),
            date=date,
            date_from=date_from,  # type: ignore[arg-type]
            earliest=earliest,
            latest=latest,
            place=place,
            negated=negated,
            hypothetical=hypothetical,
            reported_by=self._reported_by(start, end, quotes),
            confidence=round(max(0.05, min(0.95, conf)), 2),
            quantities=qidx,
            source_text=None if f.source else self._source_phrase(an, f),
            target_text=None if f.target else self._phrase(an, f.target_tokens),
        )

    # --- one event told twice, and events that bound others ----------------------------------

    @staticmethod
    def _same_event(
        a: Event, fa: _Found, b: Event, fb: _Found, groups: set[str], places: Sequence[Place] = ()
    ) -> bool:
        """Whether two events of one article report the same real event: the same type, both
        asserted, overlapping targets (or, where a side has none, overlapping sources), never
        different targets, sources, dates from the text or towns (a sentencing in Buenos Aires
        is not the house arrest in Mar del Plata); one of them a nominal mention ("the
        assassination of X" ... "an air raid killed X") or both of one mode, and not two verbs
        of one sentence ("detained and questioned" are two acts). Sharing only a nationality
        (``groups``: "killed a Russian general" ... "wounded Russians") is no overlap."""
        if a.type != b.type or a.negated or b.negated or a.hypothetical or b.hypothetical:
            return False
        verbs = fa.entry.pos == "VERB" and fb.entry.pos == "VERB"
        if verbs and (a.sentence == b.sentence or (a.mode != b.mode and not _charged_attack(fa, fb))):
            return False
        ta, tb, sa, sb = set(a.target), set(b.target), set(a.source), set(b.source)
        if (ta and tb and not ta & tb) or (sa and sb and not sa & sb):
            return False
        if not (
            ta & tb - groups or (not (ta and tb) and sa & sb - groups) or _same_victim_phrase(a, fa, b, fb)
        ):
            return False
        if a.place is not None and b.place is not None and a.place < len(places) and b.place < len(places):
            pa, pb = places[a.place], places[b.place]
            if pa.feature == pb.feature == "city" and (pa.name, pa.geonames_id) != (pb.name, pb.geonames_id):
                return False
        return not (a.date_from == b.date_from == "text" and a.date != b.date)

    def _corefer(
        self, events: list[Event], coded: dict[str, _Found], groups: set[str], places: Sequence[Place] = ()
    ) -> list[Event]:
        """Within-document event coreference: mentions of one real event share what one of
        them knows (a date from the text beats the publication-date fallback, a place beats
        none, a known source fills an empty side) and point to the first with ``same_as``. The
        date lent is the news's: a member told as background (:meth:`_background`) lends none,
        and of members the text dates apart, the latest lends its own.
        ``groups``: ids of nationality and group entities, too broad to tie two events."""
        first: dict[int, int] = {}
        for j, b in enumerate(events):
            for i in range(j):
                a = events[i]
                if self._same_event(a, coded[a.id], b, coded[b.id], groups, places):
                    first[j] = first.get(i, i)
                    break
        if not first:
            return events
        groups: dict[int, list[int]] = {}
        for j in range(len(events)):
            groups.setdefault(first.get(j, j), []).append(j)
        out = list(events)
        for root, members in groups.items():
            if len(members) < 2:
                continue
            # the news lends its day, not a background mention of an earlier act ("had been
            # detained in 2024", "last year's detention"): members told as background lend none,
            # and of members dated apart the latest is the news
            news = [
                events[m]
                for m in members
                if events[m].date_from == "text" and not self._background(coded[events[m].id].tok)
            ]
            dated = max(news, key=lambda e: _span(e.date)[0] or dt.date.min, default=None)
            place = next((events[m].place for m in members if events[m].place is not None), None)
            source = next((events[m].source for m in members if events[m].source), ())
            for m in members:
                e = events[m]
                changes: dict[str, object] = {}
                if dated is not None and e.date_from != "text":
                    changes.update(
                        date=dated.date, date_from="text", earliest=dated.earliest, latest=dated.latest
                    )
                if e.place is None and place is not None:
                    changes["place"] = place
                if not e.source and e.source_text is None and source:
                    changes["source"] = tuple(s for s in source if s not in e.target)
                if m != root:
                    changes["same_as"] = events[root].id
                out[m] = dataclasses.replace(e, **changes)  # type: ignore[arg-type]
        return out

    def _taken_up(
        self,
        an: Analysis,
        events: list[Event],
        coded: dict[str, _Found],
        found: Sequence[_Found],
        times: Sequence[Time],
        time_toks: list[Token | None],
    ) -> list[Event]:
        """The day of an event its own sentence does not date, from one of the next two
        sentences that takes it up again as the definite subject of its clause: "A U.S. air
        strike killed 11 civilians, officials said on Tuesday. The strike hit the village in the
        early hours of Monday." The event noun is the trigger (a noun, or the noun of a verb:
        "attacked" ... "the attack", "shelled" ... "the shelling") or the head of the trigger's
        subject ("an air strike killed"); the clause that takes it up must not be a
        report or another kind of act ("The attack was condemned on Tuesday" is no date of
        the attack)."""
        trigger_type = {g.tok.i: g.entry.type for g in found}
        start_of = {s.start: k for k, s in enumerate(an.sentences)}
        out = list(events)
        for n, ev in enumerate(events):
            f = coded[ev.id]
            if ev.date_from == "text" or ev.negated or ev.hypothetical or f.sent is None:
                continue
            ref = self._told_again(
                an,
                start_of,
                f,
                lambda t: (
                    t.dep_ in ("nsubj", "nsubjpass")
                    and any(d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in t.children)
                ),
                subjects=True,
            )
            if ref is None:
                continue
            verb = ref.head
            if verb.lemma_.lower() in speech_verbs() or trigger_type.get(verb.i, ev.type) != ev.type:
                continue
            date, source, earliest, latest = self._date(
                an, _Found(verb, f.entry), _own_clause(verb), times, time_toks, shared=False
            )
            if source == "text":
                out[n] = dataclasses.replace(
                    ev, date=date, date_from="text", earliest=earliest, latest=latest
                )
        return out

    def _narrated(
        self,
        an: Analysis,
        events: list[Event],
        coded: dict[str, _Found],
        times: Sequence[Time] = (),
        time_toks: Sequence[Token | None] = (),
    ) -> list[Event]:
        """The day of an asserted past act its sentence does not date, from the story told just
        before it: the latest asserted event dated to a day from the text in one of the two
        sentences before ("Officers were called to the bank at 2:15 p.m. Wednesday. A guard was
        shot as he tried to stop the men."). Only simple past tenses: the present perfect ("has
        been shot") tells the day's news; a sentence's own date, and bounds from another event
        ("protested following the killing"), always win."""
        start_of = {s.start: k for k, s in enumerate(an.sentences)}
        out = list(events)
        for n, ev in enumerate(events):
            f = coded[ev.id]
            if ev.date_from != "published" or f.sent is None or ev.earliest or ev.latest:
                continue
            backdrop = _pluperfect_main(f.tok)  # "The crowd had gathered (to oppose ...)": the story's day
            if not backdrop and f.entry.pos == "NOUN" and (carrier := _carrying_verb(f.tok)) is not None:
                backdrop = _pluperfect_main(carrier)  # "They had signed the deal": the deal's day too
            if not f.asserted and (ev.negated or ev.hypothetical or not backdrop):
                continue
            verb = self._clause_head(f.tok)
            if (verb.tag_ not in ("VBD", "VBN") and not (backdrop and verb.tag_ == "VB")) or any(
                c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children
            ):
                continue  # "has been shot": the present perfect tells the news of the day
            k = start_of.get(f.sent.start)
            if k is None or k == 0:
                continue
            first = an.sentences[max(0, k - _NARRATIVE_WINDOW)].start
            starts = {  # the sentences of the asserted acts dated to a day from the text, by event
                e.id: sent.start
                for e in out[:n]
                if (sent := coded[e.id].sent) is not None
                and e.date_from == "text"
                and len(e.date or "") == 10
                and coded[e.id].asserted
                and (an.published is None or (e.date or "") <= an.published.isoformat())
            }  # a day after the page's is a plan ("will open it on Friday"), not the story's day
            first = min(first, self._running_from(an, k, set(starts.values())))
            if (numbered := _numbered_paragraph(an.text, f.sent.start_char)) is not None:
                # "14. The ministry appealed the ruling.": a numbered paragraph's act takes no earlier
                # paragraph's day unless it says it followed that act ("13. The court then ordered
                # ...", "subsequently"), however long ago that act was
                if any(c.dep_ == "advmod" and c.lower_ in _THEN for c in verb.children):
                    starts |= {
                        e.id: sent.start
                        for e in out[:n]
                        if (sent := coded[e.id].sent) is not None
                        and e.date_from == "text"
                        and len(e.date or "") == 10
                        and not (e.negated or e.hypothetical)
                        and e.id not in starts
                    }
                    first = min(first, an.sentences[max(0, k - 1)].start)
                else:
                    starts = {i: s for i, s in starts.items() if an.doc[s].idx >= numbered}
            before = [e for e in out[:n] if e.id in starts and first <= starts[e.id] < f.sent.start]
            if before:
                src = before[-1]
                out[n] = dataclasses.replace(
                    ev, date=src.date, date_from="text", earliest=src.earliest, latest=src.latest
                )
            elif (day := _speaker_day(verb, an.sentences[k - 1], times, time_toks)) is not None:
                out[n] = dataclasses.replace(ev, date=day, date_from="text")
        return out

    @staticmethod
    def _complemented(events: list[Event], coded: dict[str, _Found]) -> list[Event]:
        """The day of an act told as the infinitive a dated act governs ("India offered on Monday
        to send a team"): the offer, promise or order was made that day, whatever follows. Only
        for an act the text gives no day of its own (dated by the page), from an event dated to a
        day by the text. An adverbial between the verb and its infinitive ("Rebels threatened on
        Tuesday to kill ...") makes the parser hang the infinitive as an adverbial clause: then only
        under a verb of intent (threat, offer, promise), not a purpose ("raided ... to arrest")."""
        by_tok = {coded[e.id].tok.i: e for e in events if e.date_from == "text" and len(e.date or "") == 10}
        out = list(events)
        for n, ev in enumerate(events):
            tok = coded[ev.id].tok
            if ev.date_from != "published" or ev.earliest or ev.latest:
                continue
            if tok.dep_ != "xcomp" and not (tok.dep_ == "advcl" and tok.head.lemma_.lower() in _INTENT):
                continue
            if _pos(tok) != "VERB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
                continue
            head = by_tok.get(tok.head.i)
            if head is not None:
                out[n] = dataclasses.replace(ev, date=head.date, date_from="text")
        return out

    @staticmethod
    def _headlined(an: Analysis, events: list[Event], coded: dict[str, _Found]) -> list[Event]:
        """The day of an act a headline or opening sentence announces before the text gives any
        day ("Rebels free hostages" ... "The rebels freed the hostages on Sunday"): the day of the
        one later act of the same type, sharing a source or a target, that the text dates to a
        day. Only for an asserted act dated by the page; none when two such acts could be meant.
        A party is an entity or, for a generic actor not yet named as one, the word's lemma. The
        lead runs to the end of the first full sentence (a verb with a subject, closed by a stop)."""

        def parties(e: Event, side: str) -> set[str]:
            f = coded[e.id]
            toks = f.source_tokens if side == "source" else f.target_tokens
            return set(getattr(e, side)) | {t.lemma_.lower() for t in toks}

        dated = [
            e
            for e in events
            if e.date_from == "text" and len(e.date or "") == 10 and not (e.negated or e.hypothetical)
        ]
        lead = next((s for s in an.sentences if _full_sentence(s)), None)
        if not dated or lead is None:
            return events
        first = min(min(e.trigger.start for e in dated), an.doc[lead.end - 1].idx + 1)
        out = list(events)
        for n, ev in enumerate(events):
            if ev.trigger.start >= first or ev.date_from != "published" or ev.earliest or ev.latest:
                continue
            if ev.negated or ev.hypothetical or not coded[ev.id].asserted:
                continue
            src, tgt = parties(ev, "source"), parties(ev, "target")
            same = {
                e.date
                for e in dated
                if e.type == ev.type
                and e.trigger.start > ev.trigger.start
                and (src & parties(e, "source") or tgt & parties(e, "target"))
            }
            if len(same) == 1:
                out[n] = dataclasses.replace(ev, date=same.pop(), date_from="text")
        return out

    @staticmethod
    def _running_from(an: Analysis, k: int, dated: set[int]) -> int:
        """The first sentence (its start) back to which the story's day runs on before sentence
        ``k``: past the narrative window, over up to ``_RUNNING_WINDOW`` sentences told in the past
        with no time of their own ("Riot officers charged the crowd on 3 March. The rally had been called by
        the union. Its leader spoke from a truck. [new paragraph] Officers detained 40 people."),
        to the nearest one holding a dated act (``dated``: sentence starts). A sentence with a
        time or told in the present ("The union says ...") breaks the run: the day is not carried."""
        for j in range(k - 1, max(-1, k - 1 - _RUNNING_WINDOW), -1):
            sent = an.sentences[j]
            if sent.start in dated:
                return sent.start
            root = sent.root
            if root.tag_ in ("VBZ", "VBP", "MD") or any(
                c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP", "MD") for c in root.children
            ):
                break  # "The union says it will go on": the news of the day, not the story's day
            if any(t.ent_type_ in ("DATE", "TIME") for t in sent):
                break  # a time of its own: the run ends
        return an.sentences[k].start

    def _anchored(
        self, an: Analysis, events: list[Event], coded: dict[str, _Found], found: Sequence[_Found]
    ) -> list[Event]:
        """Bounds from another event of the article: "since the air raid", "after the attack",
        "following the killing" (earliest) and "before the vote", "until the strike" (latest)
        take the day of the event the noun names, when that event is dated from the text. The
        noun is a trigger: an event of its own, one merged into a verb ("An air raid killed"),
        or a mention of an earlier event of its type ("the raid"). Bounds are inclusive: what
        follows an event may happen on its day."""
        ident_at = {f.tok.i: ident for ident, f in coded.items()}
        for g in found:
            if g.merged and g.into is not None and g.into.tok.i in ident_at:
                ident_at.setdefault(g.tok.i, ident_at[g.into.tok.i])
        words = ("since", "after", "following", "before", "until", "till")
        types = {
            g.tok.i: g.entry.type
            for g in found
            if g.tok.dep_ == "pobj"
            and (
                g.tok.head.lower_ in words
                or (g.tok.head.lower_ == "to" and g.tok.head.head.lower_ == "prior")
            )
        }
        if not types:
            return events  # no "since the attack" in the article
        by_id = {e.id: e for e in events}
        out = []
        for ev in events:
            f = coded[ev.id]
            if ev.earliest is not None or ev.latest is not None:
                out.append(ev)
                continue
            earliest = latest = None
            for i in sorted(self._clause_tokens(f) & types.keys()):
                t = an.tokens[i]
                if i == f.tok.i:
                    continue
                word = t.head.lower_
                if word == "to" and t.head.head.lower_ == "prior":
                    word = "before"
                ref = ident_at.get(i)
                if ref is None:  # "the raid": the latest event of its type told before, dated
                    ref = next(
                        (
                            e.id
                            for e in reversed(events)
                            if e.trigger.start < t.idx and e.type == types[i] and e.date_from == "text"
                        ),
                        None,
                    )
                r = by_id.get(ref) if ref is not None and ref != ev.id else None
                if r is None or r.date_from != "text" or not r.date:
                    continue
                tm = Time(
                    r.trigger.start,
                    r.trigger.end,
                    r.trigger.text,
                    value=r.date,
                    earliest=r.earliest,
                    latest=r.latest,
                )
                if word in ("since", "after", "following"):
                    earliest = _bound(tm, "since") or earliest
                else:
                    latest = _bound(tm, "by") or latest
            out.append(
                ev
                if earliest is None and latest is None
                else dataclasses.replace(ev, earliest=earliest, latest=latest)
            )
        return out

    # --- generic actors ----------------------------------------------------------------------

    def generic_actors(
        self, an: Analysis, entities: Sequence[Entity], events: Sequence[Event]
    ) -> tuple[list[Entity], list[Event]]:
        """Entities for the arguments that denote people or a group but no entity ("protesters",
        "many more", "a 24-year-old medical student", "Iraqi police"), linked to their events.

        Run where the record is assembled, after this stage coded ``events`` on ``an``: the
        new entities (type PERSON for one person, else OTHER; mention kind "nominal";
        ``attributes["generic"]``; an actor whose sector comes from the head noun,
        ``event_actor_nouns.tsv``, and country from a nationality or country modifier) are
        appended after ``entities`` with fresh ids, one per distinct phrase in the article. A
        nationality word linked in such a phrase ("Iraqi" in "Iraqi police") gives way to it.
        A personal pronoun the entities stage left unlinked ("she was detained"), or the
        possessor of a patient ("their passports were seized"), takes the nearest preceding
        person or group noun of its number within two sentences. ``source_text``/
        ``target_text`` stay as they were."""
        doc, coded = self._coded
        if doc is not an.doc:
            log.warning("generic_actors: %s was not the last article coded; nothing linked", an.article.id)
            return list(entities), list(events)
        gen = _Generic(self, an, entities)
        out = []
        for ev in events:
            f = coded.get(ev.id)
            if f is None:
                out.append(ev)
                continue
            source = gen.side(f.source_tokens, ev.source, patient=False)
            target = gen.side(
                f.target_tokens,
                ev.target,
                patient=f.passive or bool(ev.target_text),
                addressed=f.entry.type in _ADDRESSED_TYPES and not f.passive,
            )
            if not target and f.entry.cameo == "073":  # "an evacuation of coastal hamlets": their people
                target = [e.id for t in f.target_tokens if (e := gen.settlement(t)) is not None]
            reciprocal = not target and any(t.lower_ in ("other", "another") for t in f.target_tokens)
            if (ev.target and list(ev.target) == list(ev.source)) or reciprocal:
                target = list(source)  # a symmetric act ("A and B exchanged threats", "each other")
            target = [
                t for t in target if t not in source or t in ev.target or ev.target == ev.source or reciprocal
            ]
            if source != list(ev.source) or target != list(ev.target):
                ev = dataclasses.replace(ev, source=tuple(source), target=tuple(target))
            out.append(ev)
        return [*entities, *gen.made()], out

    def _stranded(self, head: Token) -> list[Token]:
        """People or vehicles the parser coordinated with a name inside a subject's "from", "of" or
        "in" phrase ("Fishing boats from X and a coast guard cutter pulled ...": the cutter is a
        subject too, not a second place the boats came from). A name is never coordinated with a
        noun for people or a crew."""
        out = []
        for p in self._pobjs(head, {"from", "of", "in"}):
            if p.pos_ != "PROPN":
                continue
            for c in _conjuncts(p)[1:]:
                if c.pos_ == "NOUN" and (self.person_kind(c) is not None or self.crew(c) is not None):
                    out.append(c)
        return out

    def crew(self, tok: Token) -> tuple[str, str | None] | None:
        """("group", sector) when a noun names a vehicle whose crew acts ("fishing boats", "a navy
        patrol boat", "army trucks": ``event_vehicle_nouns.txt`` and the craft list), the sector
        from a modifier that names a force ("navy": military); else None."""
        if tok.pos_ != "NOUN":
            return None
        two = f"{tok.doc[tok.i - 1].lower_} {tok.lemma_.lower()}" if tok.i else ""
        if tok.lemma_.lower() not in self.vehicles and two not in self.vehicles:
            return None
        for c in tok.children:
            kind = self.person_kind(c) if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i else None
            if kind is not None and kind[1] is not None:
                return "group", kind[1]
        return "group", None

    def person_kind(self, tok: Token) -> tuple[str, str | None] | None:
        """("person" or "group", sector) when a noun denotes people or a group acting as one
        ("soldiers", "police", "a medical student"), else None."""
        lemma = tok.lemma_.lower()
        low = tok.lower_
        if lemma in self.inert:
            return None  # "the dyke gave in": a flood defence
        two = f"{tok.doc[tok.i - 1].lower_} {low}" if tok.i else ""
        for key in (two, low, lemma):
            if key in self.actor_nouns:
                sector, kind = self.actor_nouns[key]
                return kind or "person", sector
        if tok.pos_ == "NOUN" and lemma in self.person_nouns:
            return "person", None
        if tok.tag_ == "NNPS" and low.endswith("s") and low[:-1] in self.person_nouns:
            return "person", None  # "Muslims", "Christians": tagged as plural names, not lemmatised
        if tok.tag_ == "NNP" and tok.is_sent_start and not tok.ent_type_ and low.endswith("s"):
            # "Vendors accused ...", "Charities distributed ...": a plural opening the sentence, taken
            # for a name because of its capital
            for one in (low[:-1], f"{low[:-3]}y" if low.endswith("ies") else ""):
                if one in self.actor_nouns:
                    sector, kind = self.actor_nouns[one]
                    return kind or "person", sector
                if one in self.person_nouns:
                    return "person", None
        return None

    def _courtesy_or_forecast(self, f: _Found) -> bool:
        """Whether a trigger is a formula of courtesy or a forecast, no act between parties: "Thank
        you, Madam Speaker" (a thanks with no thanker of its own, the opening of a speech), or a
        warning of weather or a hazard ("warned of more snow", "a warning of heavy rain", "warned
        that temperatures would drop": ``event_forecast_words.txt`` and ``event_hazards.txt``)."""
        tok = f.tok
        lemma = tok.lemma_.lower()
        if lemma == "thank" and f.entry.pos == "VERB":
            # no thanker, or a speaker's label taken for one ("MR DAVIES: Thank you, Deputy Speaker")
            subj = any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) and tok.text != "Thank"
            return not subj and any(c.dep_ == "dobj" and c.lower_ == "you" for c in tok.children)
        if f.entry.type != "THREATEN" or lemma not in ("warn", "warning"):
            return False
        forecast = _forecast_words() | self.hazards
        topics = [p for p in self._pobjs(tok, {"of", "about", "against"})]
        topics += [  # "warned of freezing fog": the parser makes "freezing" a verb and the fog its object
            o
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ in ("of", "about", "against")
            for p in c.children
            if p.dep_ == "pcomp"
            for o in p.children
            if o.dep_ == "dobj"
        ]
        topics += [
            s for c in tok.children if c.dep_ == "ccomp" for s in c.children if s.dep_ in ("nsubj", "expl")
        ]
        if not topics:
            return False

        def weather(t: Token) -> bool:
            return t.lemma_.lower() in forecast or _with_word_before(t) in forecast

        return all(weather(t) for t in topics)

    @staticmethod
    def _route_end(tok: Token) -> bool:
        """Whether a noun is where a way leads: the object of "to"/"towards" on a road, highway or
        crossing (``event_route_nouns.txt``: "blocking the road to Granada"), which is neither
        where an act on the road happened nor whom it was done to."""
        if tok.dep_ != "pobj" or tok.head.lower_ not in ("to", "towards", "toward"):
            return False
        way = tok.head.head
        if way.pos_ in ("VERB", "AUX"):  # "blocked the bridge to X": the parser hangs "to X" on the verb
            way = next(
                (c for c in way.children if c.dep_ == "dobj" and c.right_edge.i + 1 == tok.head.i), way
            )
        if way.pos_ not in ("NOUN", "PROPN"):
            return False
        mods = [c.lower_ for c in way.children if c.dep_ in ("compound", "amod")]
        lemma = way.lemma_.lower()
        return lemma in _route_nouns() or any(f"{m} {lemma}" in _route_nouns() for m in mods)

    def _item_filed(self, f: _Found, places: Sequence[Place]) -> int | None:
        """The dateline place of the item an event is told in: on a page of several items each
        with its own dateline (a news-in-brief column: "TOWN A — ... TOWN B — ..."), the place of
        the last dateline before the event, when it names one; else the article's (``_filed``)."""
        if len(self._datelines) < 2:
            return self._filed
        before = [line for line in self._datelines if line[0] <= f.tok.idx]
        if not before:
            return self._filed
        own = self._dateline_place([before[-1]], places)
        return own if own is not None else self._filed

    def _force_before(self, f: _Found, found: Sequence[_Found]) -> None:
        """The agent of an agentless passive attack from the sentence before in its paragraph:
        "Troops stormed the village at dawn. Twelve people were killed." (the troops). Only when
        that sentence has one act of force (ASSAULT or COERCE) done by armed people (a military,
        police or rebel noun or name, "armed men") and the ones attacked are not of the
        attackers' own kind ("Police raided the camp. Two officers were hurt.": no one named)."""
        tok = f.tok
        if f.entry.type != "ASSAULT" or f.entry.pos != "VERB" or f.source_tokens or not f.passive:
            return
        if any(c.dep_ == "agent" for c in tok.children) or tok.sent.start == 0:
            return
        prev = tok.doc[tok.sent.start - 1].sent
        if "\n" in tok.doc.text[prev.start_char : tok.sent.start_char].strip(" \t"):
            return  # another paragraph, or a line of its own
        acts = [
            g
            for g in found
            if prev.start <= g.tok.i < prev.end
            and not g.merged
            and g.entry.type in ("ASSAULT", "COERCE")
            and not g.passive
            and g.source_tokens
        ]
        if len(acts) != 1 or not all(self._armed(t) for t in acts[0].source_tokens):
            return
        own = {(self.person_kind(_through_quantity(t)) or ("", None))[1] for t in acts[0].source_tokens}
        if any((self.person_kind(_through_quantity(t)) or ("", None))[1] in own for t in f.target_tokens):
            return
        f.source_tokens, f.source = list(acts[0].source_tokens), list(acts[0].source)

    def _days_from_past(
        self, an: Analysis, f: _Found, times: Sequence[Time], time_toks: list[Token | None]
    ) -> Time | None:
        """The date of a past act a verb with no date of its own is set days or weeks from ("Two
        weeks after the junta closed parliament in May 1981, soldiers detained him", "three days
        before the 1977 coup, the president fled"): a narration of long ago, dated by that act's
        date (its month or year, which the gap does not leave as the record gives dates); only a
        date more than a year before publication, so a recent "two days after Monday's vote" keeps
        the rules for recent days. None when there is none."""
        if f.entry.pos == "NOUN" and not self._shares_clause(f.tok):
            return None
        v = self._clause_head(f.tok)
        for c in v.children:
            if c.dep_ == "advcl":
                mark = next(
                    (m for m in c.children if m.dep_ == "mark" and m.lower_ in ("after", "before")), None
                )
                holders = [c, mark] if mark is not None else []
            elif c.dep_ == "prep" and c.lower_ in ("after", "before"):
                holders = [c]
            else:
                continue
            if not any(
                g.dep_ == "npadvmod" and g.lemma_.lower() in _SHORT_GAPS for h in holders for g in h.children
            ):
                continue
            inside = {t.i for t in c.subtree}
            for tm, tt in zip(times, time_toks, strict=True):
                if tt is None or tt.i not in inside or tm.type != "DATE" or not tm.value[:1].isdigit():
                    continue
                if _long_before(tm.value, an.published):
                    return tm
        return None

    def _letter_parties(self, tok: Token) -> tuple[list[Token], list[Token]] | None:
        """(writer, addressee) when a participle of asking hangs on a letter written to someone:
        "the union wrote to the Ministry of Energy asking for a meeting" (the participle an adverbial
        of "wrote"), "villagers have written to the governor demanding compensation" (the parser
        hangs it on the addressee), "sent a letter to the mayor urging ...": the writer asks the one
        written to. None when no such letter is there."""
        if tok.tag_ != "VBG":
            return None
        if tok.dep_ in ("advcl", "xcomp", "conj"):
            verb, addressee = tok.head, None
        elif tok.dep_ == "acl" and tok.head.dep_ == "pobj" and tok.head.head.lower_ == "to":
            verb, addressee = tok.head.head.head, tok.head
        else:
            return None
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        lemma = verb.lemma_.lower()
        letters = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _LETTERS]
        if lemma not in _WRITING and not (lemma in _SENDING_LETTERS and letters):
            return None
        if addressee is None:
            heads = [verb, *letters]
            addressee = next(iter(p for h in heads for p in self._pobjs(h, {"to"})), None)
        if addressee is None:
            return None
        writer = [] if tok.dep_ != "acl" else self._subject(verb)[0]
        return writer, [addressee]


def _outside_fronted_clause(subj: list[Token]) -> list[Token]:
    """The subjects of a verb that are no fronted adverbial clause the parser hung on it as a second
    subject ("Two weeks after the junta closed parliament in May 1981, soldiers detained him": the
    phrase holding "after ... closed" is when, the soldiers are who), else all of them."""

    kept = [s for s in subj if not any(t.dep_ == "mark" and t.lower_ in _CLAUSE_MARKS for t in s.subtree)]
    return kept or subj


_SHORT_GAPS = {"hour", "day", "week", "fortnight"}  # "two weeks after X in May 1981": still X's month
_WRITING = {"write", "email", "e-mail", "cable", "telegraph", "fax", "petition"}  # "wrote to X asking ..."
_SENDING_LETTERS = {"send", "address", "deliver", "submit", "hand"}  # "sent a letter to X urging ..."
_LETTERS = {"letter", "petition", "memorandum", "memo", "note", "email", "e-mail", "message", "appeal"}
# words opening an adverbial clause of time or condition ("after the junta closed parliament")
_CLAUSE_MARKS = {
    "after",
    "before",
    "when",
    "while",
    "since",
    "until",
    "once",
    "as",
    "because",
    "if",
    "though",
}


@functools.cache
def _route_nouns() -> frozenset[str]:
    """Lowercased nouns of a way that leads somewhere (``event_route_nouns.txt``)."""
    return frozenset(w.lower() for w in load_lines("event_route_nouns.txt"))


@functools.cache
def _forecast_words() -> frozenset[str]:
    """Lowercased weather words a forecast warns of (``event_forecast_words.txt``)."""
    return frozenset(w.lower() for w in load_lines("event_forecast_words.txt"))


class _Generic:
    """Builds the generic entities of one article (see :meth:`EventStage.generic_actors`)."""

    def __init__(self, stage: EventStage, an: Analysis, entities: Sequence[Entity]) -> None:
        self.stage, self.an, self.entities = stage, an, entities
        nums = [int(e.id[1:]) for e in entities if e.id[:1] == "e" and e.id[1:].isdigit()]
        self.next_id = max(nums, default=0) + 1
        self.by_key: dict[str, Entity] = {}
        self.order: list[str] = []
        self.at: dict[int, Entity | None] = {}  # token index -> the entity covering it

    def made(self) -> list[Entity]:
        return [self.by_key[k] for k in self.order]

    def side(
        self, toks: Sequence[Token], ids: Sequence[str], *, patient: bool, addressed: bool = False
    ) -> list[str]:
        """The entity ids of one side of an event, with its generic arguments linked; with
        ``addressed`` (the object of an accusation or request), a town or state named by its kind
        is its authority ("urged the city to suspend the demolitions")."""
        out = list(ids)
        for tok in toks:
            for t in _conjuncts(tok):
                self._one(t, out, patient=patient, addressed=addressed)
        return out

    def _one(self, tok: Token, out: list[str], *, patient: bool, addressed: bool = False) -> None:
        ents = self.entities_of(tok)
        group_word = bool(ents) and self._group_word(tok, ents)
        if ents and not group_word:
            return  # linked by the entities stage
        if (holder := title_holder(tok, self.entities)) is not None:
            if holder.id not in out:  # "the new mayor": the one person who took the office
                out.append(holder.id)
            return
        if tok.tag_ == "PRP$" and tok.lower_ in ("his", "her"):
            ent = self.antecedent(tok, "sg")  # "searched his offices": the owner the act is done to
            if ent is not None and ent.id not in out:
                out.append(ent.id)
            return
        low = tok.lower_
        country = self.the_country(tok)
        if country is not None:  # "Kenya ... The country has sent troops": Kenya
            if country.id not in out:
                out.append(country.id)
            return
        if tok.tag_ == "PRP" and low in _PERSONAL:
            # "charged X and Y ... refused to free them": X and Y (an object only: a subject "they"
            # more often goes on with the group acting before, as WikiEvents' arguments show)
            named = self.named_people(tok) if low == "them" else []
            if named:
                out.extend(e for e in named if e not in out)
                return
            ent = self.antecedent(tok, _PERSONAL[low])
            if ent is not None and ent.id not in out:
                out.append(ent.id)
            return
        if tok.tag_ == "PRP" and low == "it":  # "fined the lender and told it to refund savers": the lender
            ant = self.stage._it_named(tok, self.entities)
            if ant is not None and self.entities_of(ant):
                out.extend(e.id for e in self.entities_of(ant) if e.id not in out)
            elif ant is not None and ant.tag_ == "NN":  # "the union said it would": the union's generic
                self._one(ant, out, patient=patient)
            elif ant is None and (group := self.stage._it_group(tok, self.entities)) is not None:
                self._one(group, out, patient=patient)  # "said the ministry had acted ... and ordered it"
            return
        head = _through_quantity(tok)
        if head.i != tok.i and head.tag_ == "PRP" and head.lower_ in _PERSONAL:
            self._one(head, out, patient=patient)  # "detained four of them": the group "them" names
            return
        if head is tok and tok.like_num and low not in _CROWD_COUNTS:
            # a bare count is no actor's name ("Nine were killed", "arrested 12"): the group it
            # counts ("Nine people", "killed four civilians and wounded nine": "nine civilians");
            # a date, sum or share counts no one, and nor does "no one"
            if _not_actor(tok):
                return
            if tok.i > 0 and self.an.tokens[tok.i - 1].lower_ == "no":
                return
            ent = self.counted_people(tok)
            if ent.id not in out:
                out.append(ent.id)
            return
        kind = self.stage.person_kind(head) if head.pos_ in ("NOUN", "PROPN") else None
        if (
            kind is None
            and addressed
            and head is tok
            and tok.dep_ == "dobj"
            and tok.lemma_.lower() in _SEAT_NOUNS
        ):
            kind = ("group", "government")  # "accused the city of ignoring warnings": its authority
        if kind is None and not patient and head is tok:
            kind = self.stage.crew(head)  # "a coastguard cutter rescued 30 people": its crew acts
        if kind is None and head.lower_ == "those" and _described_people(head):
            kind = ("group", None)  # "12 of those arrested will be charged": the people arrested
        if kind is None and low in _ANYONE and low != "those":
            kind = ("person", None)  # "anyone who lives there must leave": the people it covers
        if (
            kind is None
            and head is tok
            and not (
                (tok.like_num or low in _QUANT_HEADS | {"others"})
                and low not in _NO_WORDS
                and (tok.pos_ != "NOUN" or low in _CROWD_COUNTS)  # "Hundreds rallied in the capital"
            )
        ):
            if patient and not out and head.pos_ == "NOUN":  # "their passports were seized": the owner
                poss = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in _POSSESSIVE), None)
                if poss is not None and self.entities_of(poss) == []:
                    ent = self.antecedent(poss, _POSSESSIVE[poss.lower_])
                    if ent is not None:
                        out.append(ent.id)
                its = next((c for c in head.children if c.dep_ == "poss" and c.lower_ == "its"), None)
                ant = self.stage._it_named(its, self.entities) if its is not None else None
                if ant is not None:  # "searched the charity and froze its accounts": the charity
                    out.extend(e.id for e in self.entities_of(ant) if e.id not in out)
                elif its is not None and (group := self.stage._it_group(its, self.entities)) is not None:
                    self._one(group, out, patient=False)  # "raided the union and sealed its offices"
                for owner in _owners(head):  # "a Malta-flagged tanker owned by X": its flag and owner
                    for e in self.entities_of(owner):
                        if e.id not in out:
                            out.append(e.id)
                held = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)
                if not out and held is not None:  # "demanded the governor's resignation": the governor
                    self._one(held, out, patient=patient)
                if not out and head.lemma_.lower() in self.stage.craft:  # "took an oil tanker"
                    ent = self.entity_for(head, None)
                    if ent is not None:
                        out.append(ent.id)
            return
        if kind is None and head is not tok and head.lower_ not in _CROWD_COUNTS:
            return  # "a number of cars"; not "tens of thousands"
        if out and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in head.children):
            return  # "his party", already linked to the party the record names
        if self.entities_of(head) and not group_word:
            return  # "dozens of Iranians": the entities stage's
        ent = self.entity_for(head, kind)
        if ent is None:
            return
        here = next((m for m in ent.mentions if m.start <= head.idx < m.end), ent.mentions[0])
        first, last = here.start, here.end
        # a name inside the phrase gives way to it: the people named act, not the nationality,
        # country, group or person that qualifies them ("Iraqi police", "Taliban gunmen", "six
        # NATO service members"); a body named by its kind keeps its name ("the Hizbollah group")
        people = kind is not None and kind[0] == "person"
        drop = {
            e.id
            for e in self.entities
            if (e.type == "NORP" or people) and any(first <= m.start and m.end <= last for m in e.mentions)
        }
        groups = [e for e in self.entities if e.id in drop and e.type in ("ORG", "PERSON")]
        if groups and "affiliation" not in ent.attributes:  # "Taliban gunmen": with the Taliban
            actor = ent.actor
            home = groups[0].actor.country if groups[0].type == "ORG" and groups[0].actor else None
            if actor is not None and actor.country is None and home:  # the group's country
                code = home + _SECTOR_CODES.get(actor.sector or "", "")
                actor = dataclasses.replace(actor, country=home, code=code)
            key = next(k for k, v in self.by_key.items() if v.id == ent.id)
            attributes = {**ent.attributes, "affiliation": groups[0].name}
            ent = self.by_key[key] = dataclasses.replace(ent, attributes=attributes, actor=actor)
        out[:] = [x for x in out if x not in drop]
        if ent.id not in out:
            out.append(ent.id)

    def _group_word(self, tok: Token, ents: Sequence[Entity]) -> bool:
        """Whether a plural noun of an armed or other group the tagger took for a name of a people
        ("Jihadists Kill 12 Soldiers": a NORP with no sector) is that group, a generic actor of
        its sector, rather than the people the entities stage made of it."""
        if tok.tag_ not in ("NNS", "NNPS") or not all(
            e.type == "NORP" and (e.actor is None or not e.actor.sector) for e in ents
        ):
            return False
        low = tok.lower_
        singulars = (tok.lemma_.lower(), low[:-1] if low.endswith("s") else low)
        return any(w in self.stage.actor_nouns and self.stage.actor_nouns[w][0] for w in singulars)

    def counted_people(self, count: Token) -> Entity:
        """The generic group a bare count stands for, mentioned by the count itself (WikiEvents
        marks such a count as the victim): named by the count and the counted noun before it in
        its sentence ("killing four civilians and wounding nine": "nine civilians", other people
        of the same kind), else by the count and "people" ("Nine were killed": "Nine people")."""
        noun = self.counted_noun(count)
        one = count.lower_ in ("one", "1")
        word = ("person" if one else "people") if noun is None else (noun.lemma_ if one else noun.text)
        name = f"{count.text} {word}"
        key = name.lower()
        mention = Mention(count.idx, count.idx + len(count.text), count.text, kind="nominal")
        ent = self.by_key.get(key)
        if ent is None:
            kind = self.stage.person_kind(noun) if noun is not None else None
            sector = kind[1] if kind is not None else None
            phrase = EventStage._phrase(self.an, [noun]) if noun is not None else None
            country = self.country(phrase) if phrase is not None else None
            code = (country or "") + _SECTOR_CODES.get(sector or "", "") or None
            ent = Entity(
                id=f"e{self.next_id}",
                name=name,
                type="PERSON" if one else "OTHER",
                mentions=(mention,),
                attributes={"generic": True},
                actor=Actor(name=name, country=country, sector=sector, code=code),
            )
            self.next_id += 1
            self.order.append(key)
        elif not any(m.start == mention.start for m in ent.mentions):
            ent = dataclasses.replace(ent, mentions=_in_order((*ent.mentions, mention)))
        self.by_key[key] = ent
        return ent

    def counted_noun(self, count: Token) -> Token | None:
        """The noun a bare count refers back to: the nearest plural person or group noun before it
        in its sentence that a number counts ("killing four civilians and wounding nine":
        civilians; "two soldiers were killed and nine wounded": soldiers), not an acting subject of
        the count's own clause ("Two gunmen killed nine": not the gunmen). None when there is none."""
        verb = count
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        clause = {verb.i}
        while verb.dep_ == "conj" and verb.head.i != verb.i:  # "stormed a village and killed nine"
            verb = verb.head
            clause.add(verb.i)
        for i in range(count.i - 1, count.sent.start - 1, -1):
            t = self.an.tokens[i]
            if t.tag_ not in ("NNS", "NNPS") or t.pos_ != "NOUN":
                continue
            if not any(c.dep_ == "nummod" and c.like_num for c in t.children):
                continue
            if t.dep_ == "nsubj" and t.head.i in clause:
                continue
            if self.stage.person_kind(t) is not None:
                return t
        return None

    def the_country(self, tok: Token) -> Entity | None:
        """The country a bare "the country" / "the nation" stands for: the one country named in
        its sentence before it or in the sentence before, when exactly one is; else None (no
        guess between two countries)."""
        if tok.lemma_.lower() not in _COUNTRY_NOUNS or tok.tag_ != "NN":
            return None
        if [c.lower_ for c in tok.children] != ["the"]:
            return None  # "the whole country", "the host country": not a bare reference
        lo = self.an.tokens[window_start(tok, 1)].idx
        spans = self.stage._country_spans
        named = {
            e.id: e
            for e in self.entities
            if e.type == "GPE"
            for m in e.mentions
            if lo <= m.start and m.end <= tok.idx and (m.start, m.end) in spans
        }
        return next(iter(named.values())) if len(named) == 1 else None

    def entities_of(self, tok: Token) -> list[Entity]:
        if tok.i not in self.at:
            self.at[tok.i] = entity_at(self.entities, tok.idx, tok.idx + len(tok.text))
        e = self.at[tok.i]
        return [] if e is None else [e]

    def entity_for(self, head: Token, kind: tuple[str, str | None] | None) -> Entity | None:
        """The generic entity of the phrase headed by ``head`` (made on first use)."""
        phrase = EventStage._phrase(self.an, [head])
        if phrase is None:
            return None
        first = head.i
        while first > 0 and self.an.tokens[first - 1].idx >= phrase.start:
            first -= 1
        inner = [t for t in self.an.tokens[first : head.i] if t.dep_ == "cc" or t.text == ","]
        if inner:  # "Donald Trump and Iranian leaders" hangs as one phrase: the head's own part
            start = inner[-1].idx + len(inner[-1].text)
            rest = self.an.text[start : phrase.end]
            start += len(rest) - len(rest.lstrip())
            phrase = Span(start, phrase.end, self.an.text[start : phrase.end])
        # "police in Kisumu" is one actor, named with where it is (as the PLOVER records' "Rebels
        # in the Ivory Coast"): police elsewhere in the article are other people
        seat = self.seat(head)
        name = self.an.text[phrase.start : seat.idx + len(seat.text)] if seat is not None else phrase.text
        key = " ".join(name.lower().split())
        key = re.sub(r"^(?:the|a|an|these|those|this|that|some) ", "", key)
        ent = self.by_key.get(key)
        if ent is None:
            plural = head.tag_ in ("NNS", "NNPS") or kind is None or kind[0] == "group"
            sector = kind[1] if kind is not None else None
            country = self.country(phrase) or self.seat_country(head)
            code = (country or "") + _SECTOR_CODES.get(sector or "", "") or None
            ent = Entity(
                id=f"e{self.next_id}",
                name=name,
                type="OTHER" if plural else "PERSON",
                mentions=(Mention(phrase.start, phrase.end, phrase.text, kind="nominal"),),
                attributes={"generic": True},
                actor=Actor(name=name, country=country, sector=sector, code=code),
            )
            self.next_id += 1
            self.by_key[key] = ent
            self.order.append(key)
        elif not any(m.start == phrase.start for m in ent.mentions):
            mention = Mention(phrase.start, phrase.end, phrase.text, kind="nominal")
            ent = dataclasses.replace(ent, mentions=_in_order((*ent.mentions, mention)))
            self.by_key[key] = ent
        return ent

    def country(self, phrase: Span) -> str | None:
        """The country of a nationality or country word inside the phrase ("Iraqi police")."""
        for e in self.entities:
            if e.type not in ("NORP", "GPE") or e.actor is None or not e.actor.country:
                continue
            if any(phrase.start <= m.start and m.end <= phrase.end for m in e.mentions):
                return e.actor.country
        return None

    def seat(self, head: Token) -> Token | None:
        """The place people or a body are "in" when it only locates them ("police in Kisumu", "a
        federal court in Buenos Aires": :meth:`EventStage._located`), else None."""
        seats = (p for p in self.stage._pobjs(head, {"in"}) if self.stage._located(head, p, self.entities))
        return next(seats, None)

    def seat_country(self, head: Token) -> str | None:
        """The country of the place a state body sits in ("a federal court in Buenos Aires")."""
        seat = self.seat(head)
        if seat is None:
            return None
        names = [seat, *(c for c in seat.children if c.dep_ in ("compound", "amod", "poss"))]
        for e in (e for t in names for e in self.entities_of(t)):  # "in the Khost province" too
            if e.actor is not None and e.actor.country:
                return e.actor.country
        return None

    def settlement(self, tok: Token) -> Entity | None:
        """The generic entity of a settlement phrase no entity names ("the evacuation of coastal
        villages"), standing for the people who live there; None for any other word."""
        head = _through_quantity(tok)
        if (
            head.pos_ != "NOUN"
            or head.lemma_.lower() not in load_lines("place_nouns.txt")
            or self.entities_of(head)
        ):
            return None
        return self.entity_for(head, ("group", "civilian"))

    def named_people(self, pron: Token) -> list[str]:
        """The people an object "them" stands for when the nearest candidate before it, in its
        sentence or the two before, is a pair or list of named people ("charged Ana Ruiz and Luis
        Soto ... refused to free them"): their entity ids; empty when a plural noun comes first."""
        tokens = self.an.tokens
        for i in range(pron.i - 1, window_start(pron, _PRONOUN_WINDOW) - 1, -1):
            t = tokens[i]
            ents = self.entities_of(t)
            if ents and ents[0].type == "PERSON" and t.dep_ == "conj":
                first = t
                while first.dep_ == "conj" and first.head.i != first.i:
                    first = first.head
                names = [e.id for c in _conjuncts(first) for e in self.entities_of(c) if e.type == "PERSON"]
                return names if len(names) > 1 else []
            if ents or t.dep_ in ("compound", "poss", "amod"):
                continue
            kind = self.stage.person_kind(t) if t.pos_ == "NOUN" else None
            if kind is not None and (t.tag_ in ("NNS", "NNPS") or kind[0] == "group"):
                return []
        return []

    def kin_of(self, noun: Token, pron: Token) -> Entity | None:
        """The named person a "he"/"she" stands for when the nearest person noun before it is
        that person's own ("Her brother said she had been beaten", "his lawyer said he was
        beaten"): a possessive of the pronoun's gender linked to a named person, whose relative
        or counsel speaks of them. None otherwise."""
        own = _GENDERED_POSSESSIVE.get(pron.lower_)
        if own is None or noun.pos_ != "NOUN" or self.stage.person_kind(noun) is None:
            return None
        poss = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ == own), None)
        named = self.entities_of(poss) if poss is not None else []
        return named[0] if named and named[0].type == "PERSON" else None

    def last_speakers(self, pron: Token, number: str) -> Entity | None:
        """Who a plural subject pronoun opening its sentence stands for when the sentence before
        is a report its own "they" made ("... they said Kyrgyz soldiers had fired first and that
        three Tajik citizens had been wounded. They denied ..."): the speakers go on, not people
        named inside what they said. None when that is not so."""
        sent = pron.sent
        if number != "pl" or pron.dep_ != "nsubj" or sent.start == 0:
            return None
        if any(not t.is_punct for t in pron.doc[sent.start : pron.i]):
            return None
        root = pron.doc[sent.start - 1].sent.root
        if root.lemma_.lower() not in _SAYING or _pos(root) != "VERB":
            return None
        said = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if said is None or said.lower_ != "they" or self.entities_of(said):
            return None
        return self.antecedent(said, number)

    def antecedent(self, pron: Token, number: str) -> Entity | None:
        """The generic entity a pronoun refers to: the nearest preceding person or group noun
        of its number, in its sentence or the two before, that no entity covers; the pronoun
        becomes one of its mentions. A noun no entity covers, where the quotes stage's
        ``_last_person`` takes a named person; the two share only the reach back
        (:func:`window_start`)."""
        an = self.an
        if (speaker := self.last_speakers(pron, number)) is not None:
            return speaker
        lo = window_start(pron, _PRONOUN_WINDOW)
        tokens = an.tokens
        verb = pron
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subject = pron.dep_ in ("nsubj", "nsubjpass")
        if verb.dep_ == "ccomp" and pron in _misparsed_dative(verb.head):
            verb, subject = verb.head, False  # "the judge refused [him bail]": "him" is an object
        named = False  # a named person passed: "he" may be that person, not a relative's
        for i in range(pron.i - 1, lo - 1, -1):
            t = tokens[i]
            if t.dep_ in ("compound", "poss", "amod") or self.entities_of(t):
                named = named or any(e.type == "PERSON" for e in self.entities_of(t))
                continue
            if not named and (kin := self.kin_of(t, pron)) is not None:
                return kin  # "Her brother said she had been beaten": she is whom "her" names
            if not subject and t.dep_ in ("nsubj", "nsubjpass") and t.head.i == verb.i:
                continue  # "officers detained four of them": an object is not its own clause's subject
            quantity = (
                t.lower_ in _QUANT_HEADS | {"others"}
                and t.lower_ not in _NO_WORDS
                and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos")
                and not any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)
            )  # "including many with US citizenship"
            kind = self.stage.person_kind(t) if t.pos_ == "NOUN" else None
            if kind is None and not quantity:
                continue
            if kind is not None and kind[1] == "media" and _cue_hearer(t):
                continue  # "…, residents told reporters. They burned tyres": the press only listened
            plural = quantity or t.tag_ in ("NNS", "NNPS") or (kind is not None and kind[0] == "group")
            if plural != (number == "pl"):
                continue
            ent = self.entity_for(t, kind)
            if ent is None:
                return None
            key = next(k for k, v in self.by_key.items() if v.id == ent.id)
            mention = Mention(pron.idx, pron.idx + len(pron.text), pron.text, kind="pronoun")
            if not any(m.start == mention.start for m in ent.mentions):
                ent = dataclasses.replace(ent, mentions=_in_order((*ent.mentions, mention)))
                self.by_key[key] = ent
            return ent
        return None


def _left_in_state(tok: Token) -> Token | None:
    """The object a verb of leaving puts in the state a participle names ("the clashes left five
    people wounded", "left two guards injured", the participle parsed as a clause of "left" rather
    than on its object): that object, who underwent the act; None for any other participle."""
    head = tok.head
    if not (
        tok.tag_ == "VBN"
        and tok.dep_ in ("advcl", "xcomp", "oprd", "ccomp")
        and head.i < tok.i
        and head.lemma_.lower() == "leave"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "agent") for c in tok.children)
    ):
        return None
    return next((c for c in head.children if c.dep_ == "dobj" and c.i < tok.i), None)


def _cue_hearer(tok: Token) -> bool:
    """Whether a noun is who a verb of saying was speaking to ("told reporters", "said to
    journalists", "speaking to the press"): a listener, not one who acts next."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "to":
        head = head.head
    elif tok.dep_ not in ("dobj", "dative"):
        return False
    return head.lemma_.lower() in _SAYING | {"speak", "talk"}


def _described_argument(trigger: Token, place: Token) -> bool:
    """Whether a place lies in an appositive that describes a verb's subject or object ("overpowered
    the gunman, a 23-year-old man from X", "boarded the Polar Dawn, a tanker bound for X"): who or
    what the argument is, not where the act happened."""
    t = place
    for _ in range(10):
        if t.head.i == t.i or t.i == trigger.i:
            return False
        if t.dep_ == "appos" and t.head.head.i == trigger.i and t.head.dep_ in _CORE_DEPS:
            return True
        t = t.head
    return False


def _relative_swallowed_to(verb: Token) -> bool:
    """Whether a verb's "to"-clause was hung by the parser on a relative clause of its object
    ("ordered companies that store the chemicals to inspect their tanks": "to inspect" parsed as
    a purpose clause of "store"): a "to"-infinitive after the relative clause's own object."""
    return any(
        a.dep_ in ("advcl", "xcomp")
        and a.i > r.i
        and any(x.dep_ == "aux" and x.lower_ == "to" for x in a.children)
        and any(x.dep_ == "dobj" and x.i < a.i for x in r.children)
        for o in verb.children
        if o.dep_ == "dobj"
        for r in o.children
        if r.dep_ == "relcl"
        for a in r.children
    )


def _money(tok: Token) -> bool:
    """Whether an object is a sum of money ("$10,000", "5,000 euros", "2 million pesos")."""
    return tok.ent_type_ == "MONEY" or any(t.ent_type_ == "MONEY" for t in tok.subtree)


def _relative_subject(verb: Token) -> Token | None:
    """The subject of a verb the parser hung as a participle on its own subject, when that
    subject was taken for a relative clause ("the ministry, which the paper's report accused of
    lying": "report" made the relative clause, "accused" a participle on it): that noun, whose
    head (the ministry) is the verb's object; None for a true participle ("a report accused of
    bias by X" has an agent, "the report, which was accused" an auxiliary)."""
    head = verb.head
    if not (
        verb.dep_ == "acl"
        and verb.tag_ in ("VBD", "VBN")
        and head.dep_ == "relcl"
        and head.pos_ == "NOUN"
        and head.i < verb.i
        and any(c.lower_ in _REL_PRONOUNS and c.i < head.i for c in head.children)
    ):
        return None
    if any(c.dep_ in ("agent", "auxpass", "aux", "nsubj", "nsubjpass") for c in verb.children):
        return None
    return head


def _partner(verb: Token) -> Token:
    """The verb a coordinated verb shares its subject with: its head, except that a finite verb
    the parser coordinates with a bare verb of a complement clause ("ordered X to leave and
    summoned Y", "said the minister cannot stay and called for Y") belongs with that clause's
    governor ("ordered", "said"): tenses that clash are not one coordination."""
    head = verb.head
    if (
        (
            verb.tag_ in ("VBD", "VBZ", "VBP")
            or (verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children))
        )
        and head.tag_ == "VB"
        and head.dep_ in ("xcomp", "ccomp")
        and any(c.dep_ == "aux" for c in head.children)
    ):
        return head.head
    active = verb.tag_ == "VBD" or (
        verb.tag_ == "VBN"
        and any(c.dep_ == "dobj" for c in verb.children)
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )
    # "said two guards had been killed and five people wounded, and accused X": the reported
    # clause's first verb decides, through conjuncts of it that act on nothing
    lead = head
    while (
        lead.dep_ == "conj" and _pos(lead.head) == "VERB" and not any(c.dep_ == "dobj" for c in lead.children)
    ):
        lead = lead.head
    if (
        active
        and (lead.lemma_ == "be" or (_pos(lead) == "VERB" and lead.tag_ in ("VBN", "VBD", "VBZ", "VBP")))
        and lead.dep_ == "ccomp"
        and lead.head.lemma_.lower() in _SAYING
        and lead.head.i < lead.i  # "A closed X and summoned Y, the ministry said": A summoned Y
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        and (
            any(c.dep_ == "nsubj" and not _agentive(c) for c in lead.children)
            or (
                any(c.dep_ == "nsubjpass" for c in lead.children)
                and any(c.dep_ == "dobj" for c in verb.children)
            )
        )
    ):
        # "said that the deal was fair but criticised delays", "said the plan had failed and
        # asked X to ...": a thing does not act, so the act is the speaker's; "said the fire was
        # set on purpose and accused the rebels": an active verb with its object does not share a
        # passive clause's subject, so the act is the speaker's too
        return lead.head
    if (
        verb.tag_ in ("VBD", "VBN")
        and verb.i > head.i
        and verb.lemma_.lower() in _pressing_verbs()
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
        and head.dep_ == "ccomp"
        and head.head.lemma_.lower() in _SAYING
        and head.head.i < head.i
    ):
        # "said the council had broken its word and urged the mayor to act": a plea or threat
        # coordinated after the reported clause is the speaker's, whoever the clause is about
        return head.head
    if (
        verb.tag_ in ("VBD", "VBZ")
        and verb.i > head.i
        and verb.lemma_.lower() in _SAYING | _DENY
        and any(c.dep_ == "ccomp" for c in verb.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
        and head.dep_ == "ccomp"
        and head.head.lemma_.lower() in _SAYING | _DENY
        and head.head.i < head.i
    ):
        # "denied that the doors were locked and claimed that police had shut them": a second
        # statement with a clause of its own is the first speaker's, not the reported clause's
        return head.head
    return head


@functools.cache
def _pressing_verbs() -> frozenset[str]:
    """Lemmas of the lexicon's verbs of pleading and threatening that a speaker goes on to do after
    a reported clause ("urge", "call", "demand", "threaten"); not the orders of a commander
    ("order", "tell", "instruct": flagged "tocomp"), whom the clause may be about, nor an exchange."""
    return frozenset(
        e.head
        for e in load_lexicon()
        if e.pos == "VERB" and e.type in ("REQUEST", "THREATEN") and not e.flags & {"tocomp", "sym"}
    )


def _organised_by(tok: Token) -> list[Token]:
    """Who called or organised a protest, from a clause on the protest noun: the subject of a
    relative clause whose object is the noun ("a rally the union had called", "the strike that
    unions organised") or the agent of a participle ("a rally organised by students")."""
    if tok.dep_ not in ("acl", "relcl") or tok.lemma_.lower() not in _ORGANISING:
        return []
    if any(c.dep_ == "dobj" and c.lower_ not in _REL_PRONOUNS for c in tok.children):
        return []  # "a strike that called for higher pay": the clause has an object of its own
    agents = [p for a in tok.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    subj = [c for c in tok.children if c.dep_ == "nsubj" and c.lower_ not in _REL_PRONOUNS]
    return agents or subj


@functools.cache
def _sense_class(cls: str) -> frozenset[str]:
    """The lowercased nouns of a sense rows' object class (``SENSE_CLASSES``: "@craft", "@currency"),
    read once for the sense rows and the readers of a class alike."""
    return frozenset(w.lower() for w in load_lines(SENSE_CLASSES[cls]))


def _imposing(tok: Token) -> Token | None:
    """A participle reporting a measure noun's own imposition ("a curfew imposed last week", "the
    curfew declared by the army"): the participle, or None."""
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.lemma_.lower() in _IMPOSING:
        return tok
    return None


def _in_noun_phrase(verb: Token, top: Token) -> bool:
    """Whether a verb below ``top`` is a participle modifying a noun on the way up ("a strike
    called by the union"), not a clause of ``top``'s own; a finite relative clause ("a bag that
    exploded") may be what the parser should have hung a clause on, so it does not count."""
    t = verb
    for _ in range(12):
        if t.i == top.i or t.head.i == t.i:
            return False
        if t.dep_ == "acl" and t.tag_ in ("VBN", "VBG") and t.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return True
        t = t.head
    return False


def _gerund_partner(tok: Token) -> Token | None:
    """The participle a second participle joins when the parser hung it on the first's object
    ("marched, protesting against the tax and demanding talks": "demanding" on "tax"): the
    nearest verb above, when it is an "-ing" participle of an adverbial clause."""
    if tok.dep_ != "conj" or tok.tag_ != "VBG" or tok.head.pos_ not in ("NOUN", "PROPN"):
        return None
    t = tok.head
    for _ in range(6):
        if t.head.i == t.i:
            return None
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t if t.tag_ == "VBG" and t.dep_ == "advcl" and t.i < tok.i else None
    return None


def _deciders(things: list[Token]) -> list[Token]:
    """Who made the things an act is aimed at, named as the agent of a participle on them ("the
    evictions ordered by the council", "a law passed by parliament"): the agents' tokens."""
    return [
        p
        for t in things
        for c in t.children
        if c.dep_ == "acl" and c.tag_ == "VBN"
        for a in c.children
        if a.dep_ == "agent"
        for p in a.children
        if p.dep_ == "pobj"
    ]


def _hung_main_verb(verb: Token) -> bool:
    """Whether a past form the parser hung as a participle on the sentence's root noun is the
    sentence's own finite verb ("Kofi Ansah, a lawyer who represents the families, called on the
    court to ..."): the noun has no verb to serve as subject of, the verb follows a comma that
    closes the noun's appositive or relative clause, and has no "by" agent of a passive."""
    head = verb.head
    return (
        head.dep_ == "ROOT"
        and _pos(head) in ("NOUN", "PROPN")
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and any(c.dep_ in ("appos", "relcl") and c.i < verb.i for c in head.children)
        and not any(c.dep_ == "agent" for c in verb.children)
        and not any(c.dep_ == "punct" and c.text in ("(", ")") for c in verb.children)
    )


def _preposition(tok: Token) -> str | None:
    """The preposition a name hangs on, through its compounds and appositions ("from the
    port of Odesa" -> "from"), lower-cased; None when it is no prepositional object."""
    t = tok
    for _ in range(6):
        if t.dep_ in ("compound", "amod", "appos", "conj", "nmod", "flat"):
            t = t.head
        elif t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.dep_ == "pobj":
            t = t.head.head
        else:
            break
    return t.head.lower_ if t.dep_ == "pobj" else None


def _dated_prep(tok: Token) -> bool:
    """Whether a token is a preposition whose objects are all dates or times ("on Monday",
    "at noon"): when something happened, never the particle of a two-word verb ("call on")."""
    objs = [p for p in tok.children if p.dep_ == "pobj"]
    return tok.dep_ == "prep" and bool(objs) and all(p.ent_type_ in ("DATE", "TIME") for p in objs)


def _agentive(tok: Token) -> bool:
    """Whether a subject can be the one who acts: a name, a personal pronoun or a noun for
    people ("the minister"), not a thing ("the deal")."""
    return (
        tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
        or tok.lower_ in _PERSONAL
        or tok.lower_ in ("i", "we", "you", "it")
        or tok.lemma_.lower() in people_nouns()
    )


def _said_gap(verb: Token) -> tuple[int, int] | None:
    """The tokens between a verb of saying and the subject of the clause it reports ("said on
    Thursday | they had arrested"): what stands there is the saying's, whatever the parse says;
    None when the verb reports no such clause."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in _SAYING or verb.head.i > verb.i:
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    first = min(t.i for t in subj.subtree)
    return (verb.head.i, first) if verb.head.i < first else None


_OBJECT_DEPS = {"dobj", "dative", "aux", "auxpass", "ccomp", "xcomp", "attr", "acomp", "oprd"}
_DONE_TO = {"ASSAULT", "COERCE", "SANCTION"}  # acts done to someone: their verbs take an object


@functools.cache
def _done_to_verbs() -> frozenset[str]:
    """Lemmas of the lexicon's verbs of acts done to someone ("wound", "arrest", "fine")."""
    return frozenset(e.head for e in load_lexicon() if e.pos == "VERB" and e.type in _DONE_TO)


def _title_passive(tok: Token) -> bool:
    """Whether a past form is a headline's passive with its auxiliary dropped ("Minister
    wounded in attack", "Two reporters detained near border"): the root of a line with no
    closing stop, a subject and no object or auxiliary. A headline tells an act done in the
    present tense ("Rebels seize town"), so its bare "-ed" form is the passive."""
    if tok.tag_ not in ("VBD", "VBN") or tok.dep_ != "ROOT" or tok.lemma_.lower() not in _done_to_verbs():
        return False
    kids = list(tok.children)
    if not any(c.dep_ == "nsubj" for c in kids) or any(c.dep_ in _OBJECT_DEPS for c in kids):
        return False
    sent = tok.sent
    words = [t for t in sent if not t.is_space]
    if not words or words[-1].text in (".", "!", "?", ":", ";", ",") or words[-1].is_quote:
        return False
    end = sent[-1]
    after = tok.doc[end.i + 1] if end.i + 1 < len(tok.doc) else None
    # a line of its own: a line break closes it, or it is the whole text
    if after is None:
        return True
    return "\n" in end.text or "\n" in end.whitespace_ or (after.is_space and "\n" in after.text)


def _has_subject(verb: Token) -> bool:
    """Whether a verb has a subject of its own."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _told_past(verb: Token) -> bool:
    """Whether a verb tells a past act: a simple past ("blocked"), or a participle with a past
    auxiliary ("was blocked", "had blocked", "were blocking")."""
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ in ("VBN", "VBG") and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "were", "had") for c in verb.children
    )


def _told_future(verb: Token) -> bool:
    """Whether a verb tells an act to come: "will" / "would" / "shall" before it ("would step
    up patrols", "will be lifted")."""
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll") for c in verb.children)


def _pluperfect(verb: Token) -> bool:
    """Whether a verb is told in the past perfect ("had brought", "had been moved")."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _trailing_participle(verb: Token) -> Token | None:
    """The main verb of a participle clause that closes its sentence ("Troops shelled the port
    on Sunday, sinking two boats and damaging a third": shelled), or None. The participle follows
    its verb, with no marker ("after", "while"), subject or auxiliary of its own: its act is
    one its verb's subject did then."""
    p = verb
    while p.dep_ == "conj" and p.head.tag_ == "VBG" and not _has_subject(p):
        p = p.head  # "..., sinking two boats and damaging a third"
    if p.dep_ != "advcl" or p.tag_ != "VBG" or p.i < p.head.i or _pos(p.head) != "VERB":
        return None
    if any(c.dep_ in ("mark", "nsubj", "nsubjpass", "aux", "auxpass") for c in p.children):
        return None
    return p.head


def _described_people(those: Token) -> bool:
    """Whether "those" names people by what befell or befits them: a participle ("those
    detained", "those injured in the blast") or a "who" clause ("those who were held")."""
    return any(
        (c.dep_ == "acl" and c.tag_ == "VBN")
        or (c.dep_ == "relcl" and any(s.lower_ in ("who", "whom") for s in c.children))
        for c in those.children
    )


def _pluperfect_main(tok: Token) -> bool:
    """Whether a verb is told in the pluperfect as its sentence's own main clause ("The students
    had marched to parliament (to demand ...)"), not reported ("said they had marched"), nor in a
    relative or time clause: a backdrop paragraph of the story, told on the story's day."""
    t, had = tok, False
    for _ in range(6):
        if _pos(t) != "VERB":
            return False
        had = had or any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in t.children)
        if t.dep_ == "ROOT":
            return had
        purpose = t.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
        if t.dep_ not in ("conj", "xcomp") and not purpose:
            return False
        t = t.head
    return False


def _own_adverbials(head: Token, skip: Token | None = None) -> set[int]:
    """Token indices of ``head``'s own adverbials ("on Monday", "yesterday", "at dawn" with its
    object), never dates inside its objects: where a verb's day may be read; ``skip`` a child to
    leave out (the conjunct asking). "late on Monday", "early on Sunday": the day of the adverb's
    own preposition too."""
    return {
        t.i
        for c in head.children
        if (skip is None or c.i != skip.i) and c.dep_ in ("npadvmod", "prep", "advmod")
        for t in (
            c,
            *(p for p in c.children if p.dep_ == "pobj"),
            *(
                p
                for r in c.children
                if c.dep_ == "advmod" and r.dep_ == "prep"
                for p in r.children
                if p.dep_ == "pobj"
            ),
        )
    }


_LINE_BULLETS = "•*·‣▪►-–—"


def _line_label(text: str, at: int, times: Sequence[Time]) -> Time | None:
    """The date that heads the line of offset ``at`` as a label, as a timeline sets it ("• 14
    January: Soldiers detain ...", "- Jan. 9 — The council bans ...", "3 May: ..."): a day-dated
    time that opens the line, after a bullet sign at most, and is followed by a colon or a dash.
    None when the line opens otherwise."""
    start = text.rfind("\n", 0, at) + 1
    head = len(text[start:at]) - len(text[start:at].lstrip(_LINE_BULLETS + " \t"))
    for tm in times:
        if (
            tm.start != start + head
            or tm.end > at
            or tm.type != "DATE"
            or _day((tm.value or "")[:10]) is None
        ):
            continue
        if text[tm.end : at].lstrip(" \t")[:1] in (":", "-", "–", "—"):
            return tm
    return None


def _cleft_copula(verb: Token) -> Token | None:
    """The copula of a cleft sentence that puts a time first ("It was on Tuesday evening that
    soldiers stormed the village"): "it" + "be" governing the verb's "that" clause, or None."""
    v = verb
    while v.dep_ == "conj" and _pos(v.head) == "VERB":
        v = v.head  # "... that soldiers stormed the village and burned ..."
    head = v.head
    if v.dep_ != "ccomp" or head.lemma_ != "be" or head.i > v.i:
        return None
    if not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in head.children):
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in v.children):
        return None
    return head


def _fronted_participle(verb: Token) -> Token | None:
    """The participle clause that opens the sentence of a main verb (or a verb coordinated with
    it, or a simple past coordinated after a pluperfect it reports) and shares its subject
    ("Touring the docks on Monday, the governor praised the crews and promised ..."), or None: no
    marker ("after", "while") and nothing but it before the subject."""
    head = verb
    while head.dep_ == "conj" and _pos(head.head) == "VERB":
        head = head.head
    if (
        head is not verb
        and verb.tag_ == "VBD"
        and head.dep_ == "ccomp"
        and head.tag_ == "VBN"
        and any(c.dep_ == "aux" and c.lemma_ == "have" for c in head.children)
        and head.head.lemma_.lower() in _SAYING
        and head.head.i < head.i
    ):
        # "Reading the ruling on Monday, X said the council had erred and ordered it to ...": a
        # simple past after a reported pluperfect is the speaker's act, not the clause's
        head = head.head
    if head.dep_ != "ROOT":
        return None
    for c in head.children:
        if c.dep_ != "advcl" or c.tag_ != "VBG" or c.i > head.i or any(m.dep_ == "mark" for m in c.children):
            continue
        if c.left_edge.i == head.sent.start or all(
            t.is_punct or t.is_space for t in head.doc[head.sent.start : c.left_edge.i]
        ):
            return c
    return None


def _object_participle_tail(verb: Token) -> set[int]:
    """The tokens of the adverbial phrase that closes a verb's clause when the parser hangs it on
    a participle clause of the verb's object ("detained two men suspected of hiding arms near X
    on Monday evening": "on Monday evening"; "froze a flat and an account holding $3m in
    February"), else an empty set: a participle has no subject or finite tense of its own to
    bear a date, so a date ending the sentence is the main act's. Not a relative clause ("men who
    attacked X on Monday") nor a phrase the clause goes on after."""
    words = [t for t in verb.subtree if not (t.is_punct or t.is_space)]
    if not words:
        return set()
    last = words[-1]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [x for o in objects for x in conj_chain(o)]
    for o in objects:
        for a in o.children:
            if a.dep_ != "acl" or a.tag_ not in ("VBN", "VBG") or a.i < o.i:
                continue
            if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in a.children):
                continue
            if last not in a.subtree:
                continue
            p = last
            while p.i != a.i and not (p.dep_ in ("prep", "npadvmod") and p.right_edge.i == last.i):
                p = p.head
            if p.i != a.i:
                return {t.i for t in p.subtree}
    return set()


def _full_sentence(sent: SpacySpan) -> bool:
    """Whether a sentence is a full one of the body, not a headline, a byline or a menu: at
    least eight words, closed by a stop, its root a verb with a subject."""
    root = sent.root
    return (
        len(sent) >= 8
        and sent[-1].text in (".", "!", "?")
        and _pos(root) in ("VERB", "AUX")
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children)
    )


def _subject_on_auxiliary(verb: Token) -> Token | None:
    """The subject the parser hung on the verb's auxiliary when an adverbial splits the verb
    from it after a relative clause ("X, who ran the clinic for a decade, was on Tuesday arrested
    by officers": "X" made the subject of "was", or "was" made the main verb and the participle
    its adverbial clause): the verb's own subject, its patient in the passive."""
    for aux in (c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i):
        subj = next((g for g in aux.children if g.dep_ in ("nsubj", "nsubjpass") and g.i < aux.i), None)
        if subj is not None:
            return subj
    be = verb.head
    if (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBN"
        and be.lemma_ == "be"
        and be.i < verb.i
        and not any(c.dep_ == "mark" for c in verb.children)  # "was at home when detained"
        and not any(c.dep_ in ("acomp", "attr", "dobj", "ccomp", "xcomp") for c in be.children)
        and all(_pos(t) != "VERB" for t in verb.doc[be.i + 1 : verb.i])
    ):
        return next((g for g in be.children if g.dep_ in ("nsubj", "nsubjpass") and g.i < be.i), None)
    return None


def _attributive(tok: Token, *deps: str) -> bool:
    """Whether a word modifies a noun as an adjective or compound (or only as one of ``deps``),
    itself or as a conjunct of one ("the Afar and Somali regions")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in (deps or ("amod", "compound")) and tok.head.pos_ in ("NOUN", "PROPN")


def _numbered_paragraph(text: str, at: int) -> int | None:
    """The start of the numbered paragraph ("12. On 4 May the court ...", a judgment's or a
    report's numbered summary) holding the character ``at``, or None when its paragraph is not
    numbered."""
    start = text.rfind("\n", 0, at) + 1
    return start if _NUMBERED.match(text, start) else None


def _shared_agent(verb: Token) -> list[Token]:
    """The agent of the passive a second passive predicate is coordinated with, when it has no
    subject or agent of its own ("two men were questioned by prosecutors and accused of fraud",
    "were stopped by border guards and charged with smuggling": who questioned or stopped them
    accuses them). Through a chain of such predicates, to the first one."""
    while verb.dep_ == "conj" and _pos(verb.head) == "VERB" and verb.tag_ == "VBN":
        if any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in verb.children):
            return []
        verb = verb.head
        if not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) and verb.dep_ != "conj":
            return []  # "police arrested them and charged ...": an active first verb, handled elsewhere
        agents = [p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        if agents:
            return agents
    return []


def _subject_relative(verb: Token) -> Token | None:
    """The relative clause set off by commas on the subject of a simple past main verb (or one
    coordinated with it) that tells what the subject did just before ("The minister, who
    toured the site on Monday, promised ..."), or None. Only a simple past "who" clause."""
    head = verb
    while head.dep_ == "conj" and _pos(head.head) == "VERB" and not _has_subject(head):
        head = head.head
    if head.tag_ != "VBD" or head.dep_ not in ("ROOT", "ccomp"):
        return None
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    for c in subj.children:
        if c.dep_ != "relcl" or c.tag_ != "VBD" or c.i < subj.i or _pos(c) != "VERB":
            continue
        who = any(k.dep_ == "nsubj" and k.lower_ == "who" for k in c.children)
        if who and c.doc[c.left_edge.i - 1].text == ",":
            return c
    return None


def _speaker_day(
    verb: Token, prev: SpacySpan, times: Sequence[Time], time_toks: Sequence[Token | None]
) -> str | None:
    """The day a speaker spoke in the sentence before, for a past act the same speaker goes on to
    do as "he", "she" or "they" ("The spokesman said in a statement on Wednesday that ... He
    accused X of ..."): a day in the saying verb's own adverbials; None when the sentence before
    is no dated saying or the act's subject is not a pronoun."""
    if not any(c.dep_ == "nsubj" and c.lower_ in ("he", "she", "they") for c in verb.children):
        return None
    said = prev.root
    if said.lemma_.lower() not in _SAYING or said.tag_ != "VBD":
        return None
    own: set[int] = set()
    for c in said.children:
        if c.dep_ not in ("npadvmod", "prep", "advmod") or c.lower_ in _NOT_DATE_PREPS:
            continue
        own.add(c.i)
        for p in c.children:  # "in a statement on Wednesday": the statement's day is the saying's
            if p.dep_ == "pobj":
                own |= {p.i} | {
                    q.i for r in p.children if r.dep_ == "prep" for q in r.children if q.dep_ == "pobj"
                }
    for tm, tt in zip(times, time_toks, strict=True):
        if tt is not None and tt.i in own and tm.type in ("DATE", "TIME") and _day((tm.value or "")[:10]):
            return (tm.value or "")[:10]
    return None


def _hyphen_first(tok: Token) -> Token | None:
    """The word a noun is joined to by a bare hyphen before it ("sit" in "sit-in", which the
    tokenizer splits in three), or None."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text not in ("-", "\u2011"):
        return None
    first = doc[tok.i - 2]
    return None if first.whitespace_ or doc[tok.i - 1].whitespace_ else first


def _hyphen_agent(tok: Token) -> Token | None:
    """The name a participle is joined to by a hyphen, which does its act ("China-brokered
    talks", "UN-mediated"): a modifier of the participle just before the hyphen, else None."""
    if tok.tag_ not in ("VBN", "VBD") or tok.i < 2 or tok.doc[tok.i - 1].text not in ("-", "\u2011"):
        return None
    before = tok.doc[tok.i - 2]
    if before.head.i != tok.i or before.dep_ not in ("npadvmod", "compound", "nmod", "amod", "nsubj"):
        return None
    return before


def _founder(tok: Token) -> Token | None:
    """The verb that founded the body a purpose infinitive hangs on ("set up a commission led by X
    to investigate", "appointed a panel to review", "formed a team to help"), or None."""
    if tok.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None
    head = tok.head
    if tok.dep_ == "xcomp" and head.dep_ == "acl" and head.tag_ == "VBN":
        head = head.head  # "a commission led by X to investigate": the parser's attachment
    if tok.dep_ in ("xcomp", "acl") and head.pos_ in ("NOUN", "PROPN") and head.dep_ == "dobj":
        verb = head.head
    elif tok.dep_ == "xcomp" and head.pos_ == "VERB" and any(c.dep_ == "dobj" for c in head.children):
        verb = head
    else:
        return None
    lemma = verb.lemma_.lower()
    set_up = lemma == "set" and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
    return verb if set_up or lemma in _FOUNDING else None


_NAME_TYPES = {"ORG", "FAC", "WORK_OF_ART", "LAW"}  # names whose words are no acts; a named EVENT may be one
_NAMED_ENTITY_TYPES = {"ORG", "FAC"}


def _in_name(tok: Token, entities: Sequence[Entity]) -> bool:
    """Whether a capitalised trigger word is a word of a longer name: an organisation, a building,
    a work or a law ("the Dairy Farmers' Alliance", "the Rail Accident Investigation Unit"), as
    the parser tags it or as an organisation's mention spans it. A named event ("the Lagos Peace
    Summit") keeps its trigger; so does a word in lower case ("the alliance")."""
    if not tok.text[:1].isupper() or tok.is_sent_start:
        return False
    if tok.ent_type_ in _NAME_TYPES:
        after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if tok.ent_iob_ == "I" or (after is not None and after.ent_iob_ == "I"):
            return True  # a word of a name of two words or more
    end = tok.idx + len(tok.text)
    return any(
        m.start <= tok.idx and end <= m.end and m.end - m.start > len(tok.text)
        for e in entities
        if e.type in _NAMED_ENTITY_TYPES
        for m in e.mentions
    )


_FRAMING = {"after", "before", "following"}  # prepositions of another act's time


def _framed(date: Token, trigger: Token) -> bool:
    """Whether a date dates another act the trigger is set against: one inside an "after" or
    "before" phrase, past the date's own preposition ("called for a ban after a spill in 2019":
    the spill's year). The phrase's own object ("after Monday") is a bound, read by
    :meth:`EventStage._date`; a trigger inside the phrase keeps its date. :meth:`EventStage._date`
    skips only a year or month so framed: a day at the end of the phrase ("arrested two men after
    a scuffle on Sunday") is as often the act's own; "since dawn on Monday" bounds the act itself."""
    t = date.head.head if date.dep_ == "pobj" else date.head
    for _ in range(8):
        if t.i == trigger.i or t.head.i == t.i:
            return False
        if t.dep_ == "prep" and t.lower_ in _FRAMING:
            return True
        t = t.head
    return False


def _blaming(tok: Token, rights: frozenset[str] = frozenset()) -> str | None:
    """The blame word of a clause that puts an act on a party, for :meth:`EventStage._condemnations`:
    "responsible for" a thing (not a duty: "responsible for running the port" takes a gerund),
    "caused" with an object ("the mill caused the spill"), "did nothing" ("knew and did
    nothing"), or violating a state's sovereignty, airspace or territory (``rights``,
    ``event_violated_rights.txt``: "said Thailand had violated its sovereignty"); None otherwise."""
    lemma = tok.lemma_.lower()
    if lemma in _VIOLATING and tok.pos_ == "VERB":
        for obj in (c for c in tok.children if c.dep_ == "dobj"):
            mods = [c.lower_ for c in obj.children if c.dep_ in ("amod", "compound")]
            if obj.lemma_.lower() in rights or any(f"{m} {obj.lemma_.lower()}" in rights for m in mods):
                return "violate"  # "violated our sovereignty", "breached its territorial waters"
        return None
    if lemma == "responsible" and tok.dep_ == "acomp" and tok.head.lemma_.lower() == "be":
        fors = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"]
        if fors and all(any(p.dep_ == "pobj" for p in c.children) for c in fors):
            return lemma
        return None
    if (
        lemma == "cause"
        and tok.pos_ == "VERB"
        and tok.dep_ == "ccomp"
        and any(c.dep_ == "dobj" for c in tok.children)
    ):
        return lemma
    if (
        lemma == "do"
        and tok.pos_ == "VERB"
        and tok.dep_ in ("ccomp", "conj")
        and any(c.dep_ == "dobj" and c.lower_ == "nothing" for c in tok.children)
    ):
        return "nothing"  # "said the council knew of the leaks and did nothing": a failure blamed
    return None


def _to_blame(tok: Token) -> Token | None:
    """The "be" of "X was to blame (for ...)", where X is the one blamed, not the one blaming; else None."""
    head = tok.head
    if (
        tok.lemma_.lower() == "blame"
        and tok.dep_ == "xcomp"
        and head.lemma_.lower() == "be"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        and not any(c.dep_ == "dobj" for c in tok.children)
    ):
        return head
    return None


def _said_of(clause: Token) -> Token | None:
    """The verb of saying a clause is reported by: its head ("Y said X was ..."), or a verb of saying
    hung on it after it ("X was ..., Y said")."""
    if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in _SAYING and _pos(clause.head) == "VERB":
        return clause.head
    return _saying_after(clause, clause.i)


def _saying_after(clause: Token, after: int) -> Token | None:
    """A verb of saying hung on ``clause`` after token ``after`` ("X was ..., Y said"), or None."""
    return next(
        (
            c
            for c in clause.children
            if c.dep_ in ("ccomp", "parataxis")
            and c.i > after
            and c.lemma_.lower() in _SAYING
            and _pos(c) == "VERB"
        ),
        None,
    )


def _charged_attack(fa: _Found, fb: _Found) -> bool:
    """Whether one of two attacks is the act a charge or verdict names ("convicted of killing a
    ranger", "jailed for shooting X"): a gerund that names the deed a trial is about, which a
    later sentence may tell in other words and date ("The ranger was shot in August"), so the two
    may be one act though their verbs differ in mode."""
    if fa.entry.type != "ASSAULT" or fb.entry.type != "ASSAULT":
        return False
    return any(
        f.tok.tag_ == "VBG" and f.tok.dep_ == "pcomp" and f.tok.head.lower_ in ("for", "of", "over")
        for f in (fa, fb)
    )


def _same_victim_phrase(a: Event, fa: _Found, b: Event, fb: _Found) -> bool:
    """Whether a charged attack (:func:`_charged_attack`) and another attack with no entity on
    either side are done to people named by one noun ("killing a ranger" ... "The ranger was
    shot"): the victim phrase's head word is the tie when no entity links them."""
    if a.target or b.target or a.target_text is None or b.target_text is None or not _charged_attack(fa, fb):
        return False
    heads = [f.target_tokens[0].lemma_.lower() if f.target_tokens else None for f in (fa, fb)]
    return heads[0] is not None and heads[0] == heads[1]


def _the_accused(tok: Token) -> bool:
    """Whether "accused" is the noun for a defendant ("the accused's lawyer", "the lawyer for the
    accused"): a participle with a determiner, in a noun's slot and with no object of its own, is
    a person, not an accusation."""
    if tok.lower_ != "accused" or not any(c.dep_ == "det" and c.i < tok.i for c in tok.children):
        return False
    if any(c.dep_ in ("dobj", "nsubj", "nsubjpass", "prep", "agent", "ccomp", "xcomp") for c in tok.children):
        return False
    return tok.dep_ in ("poss", "pobj", "nsubj", "nsubjpass", "dobj", "appos", "conj", "dative")


def _misparsed_dative(verb: Token) -> list[Token]:
    """The indirect object of a double-object verb that the parser makes the subject of a clause
    headed by the direct object ("refused [them bail]", "denied [him entry]"): an object pronoun
    ("him", "them") is never a subject, so it is the verb's object. Empty when there is none."""
    return [
        s
        for c in verb.children
        if c.dep_ == "ccomp"
        and c.pos_ in ("NOUN", "VERB")
        and c.i > verb.i
        and all(k.dep_ in ("nsubj", "det", "amod", "compound") for k in c.children)  # no clause of its own
        for s in c.children
        if s.dep_ == "nsubj" and s.lower_ in ("him", "her", "them", "us", "me") and s.i == verb.i + 1
    ]


def _held_to(tok: Token) -> Token | None:
    """The predicate of the small clause of "hold X responsible" that the parser makes a clausal
    complement of "hold" (with X its subject), else None: who is held to account is warned."""
    if tok.lemma_.lower() != "hold":
        return None
    return next(
        (
            c
            for c in tok.children
            if c.dep_ in ("ccomp", "xcomp", "oprd", "acomp") and c.lemma_.lower() in _HELD_TO and c.i > tok.i
        ),
        None,
    )


def _acting_mention(doc: Doc, start: int, end: int) -> bool:
    """Whether the mention at ``start:end`` is a subject or an owner ("Baltwind said it would cut",
    "the company's plants"), not a bystander named in a phrase ("analysts at Deutsche Bank")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    head = span.root
    while head.dep_ in ("compound", "flat") and head.head.i != head.i:
        head = head.head
    return head.dep_ in ("nsubj", "nsubjpass", "poss")


def _hung_verb(tok: Token) -> bool:
    """Whether a past verb after "but" is one the parser made an adjective of the noun that
    follows it, coordinated with an object ("welcomed the deal but criticised delays") or with the
    first verb itself ("said the vote had been peaceful, but criticised delays"): it is a finite
    verb sharing the first verb's subject (no noun phrase reads "the deal but X")."""
    return _hung_partner(tok) is not None


def _hung_partner(tok: Token) -> Token | None:
    """The first verb a hung verb (:func:`_hung_verb`) is coordinated with, else None."""
    head = tok.head
    if not (
        tok.dep_ == "amod"
        and tok.tag_ in ("VBN", "VBD")
        and tok.i > 0
        and tok.doc[tok.i - 1].lower_ == "but"
        and tok.doc[tok.i - 1].dep_ == "cc"
        and head.i > tok.i
        and head.dep_ == "conj"
    ):
        return None
    if head.head.dep_ == "dobj" and _pos(head.head.head) == "VERB":
        return head.head.head
    first = head.head
    if first.lemma_.lower() == "be" and first.dep_ == "ccomp" and first.head.pos_ == "VERB":
        first = first.head  # "said the count had been fair, but criticised delays": the speaker's
    if first.pos_ == "VERB" and first.i < tok.i:
        return first  # "said ... , but criticised delays": the parser coordinates the noun with "said"
    return None


def _own_clause(verb: Token) -> set[int]:
    """Token indices of a verb's clause without the clauses nested in it."""
    clause: set[int] = set()
    stack = [verb]
    while stack:
        t = stack.pop()
        clause.add(t.i)
        stack += [c for c in t.children if not (c.dep_ in _CLAUSE_DEPS and _pos(c) == "VERB")]
    return clause


def _listed(first: Token) -> list[Token]:
    """The members of a list that opens with ``first`` ("including X, wife of Y, Z and W"): the
    names hung on it as conjuncts or appositions at any depth, which the parser often chains
    under an earlier member; a name that is the "of" object of a relation ("wife of Y") is no
    member, the names after it are."""
    out = [first]
    for t in first.subtree:
        if t.i == first.i or t.dep_ not in ("conj", "appos") or t.pos_ != "PROPN":
            continue
        h = t.head
        if t.dep_ == "appos" and h.dep_ == "pobj" and h.head.lower_ == "of" and h.pos_ == "NOUN":
            continue  # "sister of the poet Juan Ruiz": the name of the relation's object
        out.append(t)
    return out


def _sentences_between(first: SpacySpan, last: SpacySpan) -> int:
    """How many sentence starts lie after ``first`` up to ``last`` (0: the same sentence)."""
    doc = first.doc
    return sum(1 for t in doc[first.start + 1 : last.start + 1] if t.is_sent_start)


def _owners(thing: Token) -> list[Token]:
    """The country or body a thing belongs to, named in its own phrase: the flag of a ship
    ("a Malta-flagged tanker", "a freighter flying the flag of Malta", "Malta-registered") and
    the owner or operator ("owned by", "operated by", "chartered by"). A seized or attacked
    thing's owner is the side the act is aimed at."""
    out: list[Token] = []
    for c in thing.children:
        if c.dep_ == "amod" and c.lower_ in ("flagged", "registered"):
            out += [g for g in c.children if g.dep_ in ("npadvmod", "compound", "amod", "nmod")]
        elif c.dep_ == "acl" and c.lemma_.lower() in ("own", "operate", "charter", "manage"):
            out += [p for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        elif c.dep_ == "acl" and c.lemma_.lower() == "fly":
            flags = [o for o in c.children if o.dep_ == "dobj" and o.lemma_.lower() == "flag"]
            out += [
                p
                for o in flags
                for pr in o.children
                if pr.dep_ == "prep" and pr.lower_ == "of"
                for p in pr.children
                if p.dep_ == "pobj"
            ]
    return out


def _fused_first(obj: Token) -> set[str]:
    """The first of two coordinated objects the parser hangs on the second as a modifier ("fired
    [pepper spray] and stun grenades": "spray" an nmod of "grenades"), named with its own modifier."""
    return {
        f"{m.lemma_.lower()} {n.lemma_.lower()}"
        for n in obj.children
        if n.dep_ == "nmod" and n.i < obj.i
        for m in n.children
        if m.dep_ in ("compound", "amod") and m.i == n.i - 1
    }


def _generic_other(toks: Sequence[Token], others: Sequence[Token]) -> bool:
    """Whether an argument no entity names is a noun phrase ("the union", "His party") and not the
    same noun as any of ``others`` (a responder does not answer itself)."""
    return (
        bool(toks)
        and all(t.pos_ in ("NOUN", "PROPN") for t in toks)
        and not ({t.lemma_.lower() for t in toks} & {t.lemma_.lower() for t in others})
    )


def _that_clause(c: Token) -> bool:
    """Whether a dependent is a "that" clause of what must happen ("demanded that X resign")."""
    return c.dep_ in ("ccomp", "acl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)


def _for_to_clause(c: Token) -> bool:
    """Whether a dependent is a "for X to do" clause ("called for the director to resign",
    "pressed for the army to withdraw"): its subject is who is asked to act."""
    kids = list(c.children)
    return (
        c.dep_ in ("advcl", "ccomp", "xcomp")
        and any(m.dep_ == "mark" and m.lower_ == "for" for m in kids)
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in kids)
        and any(s.dep_ in ("nsubj", "nsubjpass") for s in kids)
    )


def _gapped_passive(tok: Token) -> bool:
    """Whether a past verb is a passive whose auxiliary the coordination leaves out ("two guards
    had been killed and five people wounded"): a conjunct of a passive verb with a subject of its
    own but no auxiliary nor object."""
    kids = list(tok.children)
    return (
        tok.tag_ in ("VBN", "VBD")
        and tok.dep_ == "conj"
        and any(c.dep_ == "nsubj" for c in kids)
        and not any(c.dep_ in ("aux", "auxpass", "dobj", "nsubjpass") for c in kids)
        and any(c.dep_ == "auxpass" for c in tok.head.children)
        and tok.head.i < tok.i
    )


def _gerund_subject(tok: Token) -> bool:
    """Whether a trigger is a gerund standing as the subject of another verb ("Fighting near the
    border killed three soldiers"): a happening named, dated by the clause it is the subject of."""
    return tok.tag_ == "VBG" and tok.dep_ in ("nsubj", "nsubjpass") and _pos(tok.head) == "VERB"


def _result_state(tok: Token) -> bool:
    """Whether a participle is the state a verb of leaving puts its object in ("left five people
    wounded on Sunday", parsed on the object or on the verb): part of that verb's clause, whose
    subject ("Clashes in the north") happened on its day."""
    if tok.tag_ != "VBN" or tok.dep_ not in ("acl", "ccomp", "xcomp", "oprd"):
        return False
    verb = tok.head.head if tok.dep_ == "acl" and tok.head.dep_ == "dobj" else tok.head
    return verb.lemma_.lower() == "leave" and (tok.dep_ != "acl" or tok.head.dep_ == "dobj")


def _counted(tok: Token) -> bool:
    """Whether a noun is counted by a number ("20 protesters", "dozens of protesters") or is one."""
    return tok.like_num or any(c.dep_ == "nummod" for c in tok.children) or _through_quantity(tok) is not tok


def _through_quantity(tok: Token) -> Token:
    """The noun a quantity stands for ("dozens of protesters" -> protesters), else the token."""
    t = tok
    for _ in range(4):
        if not (t.like_num or t.lemma_.lower() in _QUANT_HEADS or t.lower_ in _QUANT_HEADS):
            break
        nxt = next(
            (
                p
                for c in t.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children
                if p.dep_ == "pobj"
            ),
            None,
        )
        if nxt is None:
            break
        t = nxt
    return t


def _news_day(event: Event, published: dt.date | None) -> bool:
    """Whether an event happened on the day of the report or the day before (or is dated by
    the publication day alone): the days a dateline speaks for. Not a future round of talks
    "next month" nor a resolution passed "last month", nor an act left undated in a dated article
    ("weeks after the union agreed")."""
    if published is None:
        return True
    if event.date_from != "text":  # no date at all in a dated article: an act set weeks from another
        return event.date_from == "published"
    day = _day(event.date)
    return day is not None and 0 <= (published - day).days <= 1


def _in_order(mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """Mentions in text order, as every entity keeps them."""
    return tuple(sorted(mentions, key=lambda m: (m.start, m.end)))


def _without_recipient(thing: Token) -> set[int]:
    """The tokens of a thing given or offered, without its "to"/"for" phrase ("aid to the flood
    victims"): that phrase names who receives it, not the thing."""
    keep = {
        k.i
        for t in thing.subtree
        if t.dep_ == "prep" and t.lower_ in ("to", "for", "toward", "towards")
        for k in t.subtree
    }
    return {t.i for t in thing.subtree} - keep


def _coordinated(events: list[Event], coded: dict[str, _Found]) -> list[Event]:
    """The events with ``coordinated`` set: the ids of the other events whose trigger is in
    the same chain of coordinated words (dependency ``conj``: "shot, wounded and robbed" gives
    each the other two), in text order. Coordinated predicates share subject and object by
    construction, so event merging must not take a shared argument for one act
    (:func:`storyline.stories.merging.coordinated`)."""
    at = {f.tok.i: ident for ident, f in coded.items()}
    out = []
    for e in events:
        f = coded.get(e.id)
        if f is None:
            out.append(e)
            continue
        chain = {c.i for c in conj_chain(f.tok)}
        ids = tuple(at[i] for i in sorted(chain) if i != f.tok.i and i in at and at[i] != e.id)
        out.append(dataclasses.replace(e, coordinated=ids) if ids else e)
    return out
