"""The trigger rules of agreements and their lifecycle: a treaty or another text comes into
force, is ratified, adopted, agreed or signed; a decree is signed; a body adopts a decision
or imposes measures (docs/extraction.md, "How an event is found"); and the agreement type a
document noun names (:func:`agreement_type`).

They come first in :data:`timeline.extract.lexicon.TRIGGERS`, in this order (earlier rules
win overlaps).

>>> [t.name for t in AGREEMENT_TRIGGERS][:3]
['entry-into-force', 'provisional-application', 'ratification']
>>> agreement_type("memorandum of understanding").value
'memorandum'
"""

from __future__ import annotations

import re

from ..model import AgreementType, EventKind
from ..temporal.lexicon import MONTHS
from .acting_sides import (
    TRUCE_NOUNS,
    a_dated_agreement_of_states,
    a_legislature_approves,
    a_preposed_dated_agreement,
    a_state_acts,
    a_state_sanctions,
    clause_start,
    state_act_values,
    state_act_words,
    states_agreed,
    states_negotiated,
)
from .statement_rules import statement_texts
from .trigger_rule import AGREEMENT_NOUNS, DOCUMENT_WORDS, Trigger, rules_from

__all__ = ["AGREEMENT_TRIGGERS", "NAMED_AGREEMENT_TRIGGERS", "agreement_type"]

#: The keywords of the dated agreements' nouns (``dated_agreements`` of
#: ``data/state_act_words.yaml``), for both rules that read them.
_DATED_NOUNS = (
    "treat",
    "agreement",
    "accord",
    "deal",
    "truce",
    "armistice",
    "fire",
    "pact",
    "protocol",
)

#: Keywords of each rule (see :attr:`Trigger.needs`); tests check every match has one.
_NEEDS: dict[str, tuple[str, ...]] = {
    "entry-into-force": ("force", "effect", "began", "started", "commenced"),
    "ratification": ("ratif",),
    "legislature-approved": ("approv", "favo"),
    "decree": ("decree",),
    "provisional-application": ("provisional",),
    "emergency-rule": ("emergency", "siege", "martial"),
    "adoption": ("adopt", "endorsed", "approved"),
    "agreement-reached": ("reached", "struck", "agreed", "clinched", "sealed"),
    "agreement-reached-passive": ("reached", "struck", "clinched", "sealed"),
    "agreement-reached-dated": ("reached", "agreed"),
    "decision-adopted": ("adopt", "approved", "passed", "impos", "voted"),
    "body-recommended": ("recommended",),
    "measures-imposed": ("impos", "slap", "authori", "passed", "adopted"),
    "sanctioned": ("sanction",),
    "signing": ("sign", "ink"),
    "agreement-concluded": ("conclu",),
    "documents-exchanged": ("exchang",),
    "negotiations-ended": ("talks", "negotiations"),
    "agreement-dated": _DATED_NOUNS,
    "agreement-dated-before": _DATED_NOUNS,
}

#: A month's name, from the tagger's list (``data/temporal_words.yaml``, ``months``).
_MONTH = "(?:" + "|".join(map(re.escape, MONTHS)) + ")"


_t = rules_from(_NEEDS)

#: A pluperfect right before an agreement reached: "Tehran had reached an agreement with
#: Baghdad", "The two sides had agreed the underlying deal in Brussels last month".
_PLUPERFECT_BEFORE = re.compile(
    r"\b(?:had|'d)\s+(?:already\s+|previously\s+|earlier\s+|also\s+|finally\s+)?$", re.I
)


def not_told_before(text: str, start: int, end: int) -> bool:
    """Whether the agreement reached at ``start:end`` is no pluperfect's (seventieth pass):
    "had reached an agreement" tells the background of a later act, which the news tells,
    not an adoption of its own (in the fifty-nine tuning sets five such were spurious, none
    right; in TimeML 1.2.1 terms a MAKEINSTANCE of tense PAST and aspect PERFECTIVE).

    >>> text = "Tehran had reached an agreement with Baghdad on operations."
    >>> not_told_before(text, 11, 32)
    False
    >>> text = "Kosovo and Serbia reached an agreement late Saturday."
    >>> not_told_before(text, 18, 38)
    True
    """
    return _PLUPERFECT_BEFORE.search(text, max(0, start - 30), start) is None


#: What follows "ratify" when it reaffirms a stance (``ratified_stances`` of
#: ``data/document_words.yaml``): "that", or the stance's noun after a determiner and one
#: word at most, an adverb perhaps before, and a preposition, a conjunction or a stop after
#: it ("ratified today the willingness of", "Ratify our commitment to", "ratifies the support
#: and"; not "ratified the cooperation agreement").
_STANCE_AFTER = re.compile(
    r"\s+(?:(?:today|also|again|once\s+again|fully)\s+)?(?:that\b|"
    r"(?:(?:the|our|its|their|his|her|a|an)\s+)?(?:[\w-]+\s+)?"
    + "(?:"
    + "|".join(sorted(map(re.escape, DOCUMENT_WORDS.words("ratified_stances")), key=len))
    + r")(?=\s*[,.;]|\s+(?:of|to|and|for|with|in|that)\b))",
    re.IGNORECASE,
)


def not_a_reaffirmation(text: str, start: int, end: int) -> bool:
    """Whether "ratify" at ``start:end`` ratifies a text, no stance it reaffirms
    (:data:`_STANCE_AFTER`, seventieth pass).

    >>> text = "Cuba and Vietnam ratified today the willingness of both nations to cooperate."
    >>> not_a_reaffirmation(text, 17, 25)
    False
    >>> text = "Kyrgyzstan ratified the treaty on Wednesday."
    >>> not_a_reaffirmation(text, 11, 19)
    True
    >>> text = "Laos ratified the cooperation agreement."
    >>> not_a_reaffirmation(text, 5, 13)
    True
    """
    if text[start:end].lower() == "ratification":
        return True
    return _STANCE_AFTER.match(text, end) is None


#: "sign" or "signs" as a noun, an indication: a word of ``sign_noun_before`` of
#: ``data/document_words.yaml`` right before it ("in a sign the two Gulf states", "amid
#: signs of"), or "of" right after it ("signs of a breakthrough"; "sign off on" stays).
_SIGN_NOUN_BEFORE = re.compile(
    r"\b(?:"
    + "|".join(sorted(map(re.escape, DOCUMENT_WORDS.words("sign_noun_before")), key=len))
    + r")\s+$",
    re.IGNORECASE,
)
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)


def not_a_noun_sign(text: str, start: int, end: int) -> bool:
    """Whether the signing word at ``start:end`` is no noun "sign" (seventy-first pass):
    "in a sign the two Gulf states were moving towards repairing relations", "with few
    signs of a breakthrough" tell an indication, no text signed (in the fifty-nine tuning
    sets five such were spurious signings, none right).

    >>> text = "The call came in a sign the two Gulf states were moving closer."
    >>> not_a_noun_sign(text, text.index("sign"), text.index("sign") + 4)
    False
    >>> text = "Putin signs the treaty; the two leaders sign a pact."
    >>> [not_a_noun_sign(text, m.start(), m.end()) for m in re.finditer(r"signs?", text)]
    [True, True]
    """
    if text[start:end].lower() not in ("sign", "signs"):
        return True
    if _OF_AFTER.match(text, end):
        return False
    return _SIGN_NOUN_BEFORE.search(text, max(0, start - 20), start) is None


#: The other side of negotiations ended, read into the match so that its date comes right
#: after it: "were closed with the EU in June 2004", "broke off talks with Paraguay in May".
_WITH_WHOM = r"(?:\s+with\s+(?:the\s+)?[\w-]+)?\b"


_DOC = AGREEMENT_NOUNS
#: What a gathering adopts: a document, a statement's text (``statement_texts`` of
#: ``data/statement_words.yaml``: "adopted the Phnom Penh statement", "A joint press
#: statement was adopted", "Our Communiqué, adopted today") or ``adopted_texts`` of
#: ``data/document_words.yaml`` ("approved conclusions on enlargement").
_ADOPTED = (
    rf"(?:{_DOC}|{statement_texts()}|"
    + "|".join(
        r"\s+".join(map(re.escape, t.split()))
        for t in sorted(
            DOCUMENT_WORDS.words("adopted_texts"),
            key=len,
            reverse=True,
        )
    )
    + ")"
)

#: The verbs and the rules of ``emergency-rule`` (``data/state_act_words.yaml``).
_EMERGENCY_VERBS = (
    "(?:"
    + "|".join(sorted(map(re.escape, state_act_values("emergency_verbs")), key=len, reverse=True))
    + ")"
)
_EMERGENCY_RULES = state_act_words("emergency_rules")
#: Up to two words between the verb and the rule ("a three-month state of emergency",
#: "nationwide martial law"), none a preposition or a conjunction.
_TWO_WORDS = r"(?:(?!(?:of|on|in|to|for|and|or|with)\b)[\w-]+\s+){0,2}?"
#: Who declares an emergency that is not a state (``emergency_not_national``).
_NOT_NATIONAL = re.compile(rf"\b{state_act_words('emergency_not_national')}\b", re.IGNORECASE)


def a_national_emergency(text: str, start: int, end: int) -> bool:
    """Whether the emergency declared at ``start:end`` is a state's: no governor, mayor,
    county, city, hospital or club (``emergency_not_national``) in the clause before the
    verb or in the match.

    >>> text = "On Friday, President Gutierrez declared a state of emergency in Quito."
    >>> a_national_emergency(text, text.index("declared"), text.index(" in Quito"))
    True
    >>> text = "Governor Hochul declared a state of emergency ahead of the storm."
    >>> a_national_emergency(text, text.index("declared"), text.index(" ahead"))
    False
    """
    return _NOT_NATIONAL.search(text, clause_start(text, start, 150), end) is None


#: The rules of agreements and their lifecycle, in matching order.
AGREEMENT_TRIGGERS: tuple[Trigger, ...] = (
    _t(
        "entry-into-force",
        EventKind.entry_into_force,
        r"\b(?:came|come|comes|coming|entered|enter|enters|entering|went|go|goes|took|take|"
        r"takes)\s+(?:into\s+(?:provisional\s+)?(?:force|effect)|(?:immediate\s+)?effect)\b"
        r"|\bentry\s+into\s+force\b"
        # thirtieth pass, kinds: "officially bringing into force the Treaty on Allied
        # Relations", "the treaty was brought into force on March 31"
        r"|\b(?:bring|brings|brought|bringing)\s+into\s+force\b"
        r"|\b(?:was|were|been)\s+brought\s+into\s+force\b"
        # An agreement whose start is told with its date right after: "Australia and the US
        # entered into a free trade agreement which began in January, 2005" (seventy-third
        # pass; not "talks which began", no agreement's start).
        r"|\b(?:agreements?|treat(?:y|ies)|accords?|pacts?|deals?)\s+(?:which|that)\s+"
        rf"(?:began|started|commenced)\b(?=\s+(?:in|on)\s+(?:\d|{_MONTH}\b))",
        example="The Agreement ... came into effect on November 29, 2024.",
    ),
    # A treaty applied provisionally from its day (thirty-sixth session): the EU's
    # agreements are applied so before they enter into force ("is to be applied
    # provisionally from Sept. 21", "provisionally applied since 1 April 2017", "the
    # provisional application of the Japan-EU Strategic Partnership Agreement (SPA) as of 1
    # February 2019"); dated only by the day right after (``needs_date_after``).
    _t(
        "provisional-application",
        EventKind.entry_into_force,
        r"\b(?:provisionally\s+applied|applied\s+provisionally"
        r"|provisional\s+application(?:\s+of\s+(?:the\s+)?[^.;,()\n]{3,80}?(?:\s*\([^)\n]{1,20}\))?)?)"
        r"\s+(?:from|since|as\s+of|on)\b",
        needs_date_after=True,
        example="The agreement is to be applied provisionally from Sept. 21.",
    ),
    _t(
        "ratification",
        EventKind.ratification,
        r"\bratif(?:ied|ies|y|ying|ication)\b",
        accept=not_a_reaffirmation,
        example="Uzbekistan ratified the Preferential Trade Agreement on February 22, 2023.",
    ),
    # A treaty approved by a legislature or its chamber is ratified (sixty-eighth pass; the
    # gold writes "a senate's concurrence" as a ratification): "The Senate of the Parliament
    # of Canada approved the agreement", "The Turkish Parliament on Tuesday voted to approve
    # Sweden's NATO membership bid"; a legislature named in the clause before
    # (:func:`.acting_sides.a_legislature_approves`), the text one of ``ratified_texts``.
    _t(
        "legislature-approved",
        EventKind.ratification,
        r"\b(?:approved|approves|voted\s+to\s+approve|voted\s+in\s+favou?r\s+of)\s+"
        rf"(?:[\w'’-]+\s+){{0,4}}?{state_act_words('ratified_texts')}\b",
        accept=a_legislature_approves,
        example="The Senate of the Parliament of Canada approved the agreement on Friday.",
    ),
    _t(
        "decree",
        EventKind.decree,
        r"\b(?:signed|issued|signs|issues|sign|issue)\s+(?:a|an|the)\s+(?:presidential\s+)?"
        r"decree\b|\bdecree\s+(?:was|were)\s+(?:signed|issued)\b",
        example="In October of this year, Erdoğan signed a decree allowing ...",
    ),
    # A state of emergency, a state of siege or martial law declared, imposed, lifted or
    # extended is a decree of the state (thirty-sixth session; the gold of the tuning sets
    # and of the Wikinews development sets lists it so: "the then President Abdulla Yameen
    # imposed emergency on February 5 last year", "declared a state of emergency in Quito",
    # "was forced to cancel the state of emergency"). "emergency" alone only right before a
    # preposition, a date or a stop (not "imposed emergency measures", "declared an
    # emergency meeting"); the noun forms ("his declaration of martial law") are left: they
    # tell background more often than the act. A governor's, a city's, a club's emergency
    # is no state's (:func:`a_national_emergency`).
    _t(
        "emergency-rule",
        EventKind.decree,
        rf"\b{_EMERGENCY_VERBS}\s+(?:(?:a|an|the|its|their)\s+)?{_TWO_WORDS}{_EMERGENCY_RULES}\b"
        rf"|\b{_EMERGENCY_VERBS}\s+(?:(?:a|an|the)\s+)?(?:(?:nationwide|national|countrywide)\s+)?"
        r"emergency(?=\s*[.,;:]|\s+(?:on|in|from|for|after|across|throughout|over|until|since"
        r"|last|this|earlier)\b)"
        rf"|\b{_EMERGENCY_RULES}\s+(?:(?:which|that)\s+)?(?:was|were|has\s+been|had\s+been"
        rf"|have\s+been|is|are)\s+(?:[\w-]+\s+)?{_EMERGENCY_VERBS}\b",
        accept=a_national_emergency,
        example="On Friday, President Gutierrez declared a state of emergency in Quito.",
    ),
    _t(
        "adoption",
        EventKind.adoption,
        rf"\badoption\s+(?:by\s+(?:[\w'’-]+\s+){{1,5}}?)?of\s+(?:the\s+|a\s+|an\s+)?"
        rf"(?:[\w\"“”'-]+\s+){{0,3}}?{_ADOPTED}\b"
        rf"|\b(?:adopt(?:s|ed|ing)?|endors(?:e|es|ed|ing)|approv(?:e|es|ed|ing))\s+"
        rf"(?:the\s+|a\s+|an\s+)?(?:[\w\"“”'’-]+\s+){{0,3}}?{_ADOPTED}\b"
        rf"|\b{_ADOPTED}\s+(?:was|were|has been|have been)\s+(?:adopted|endorsed|approved)\b"
        # a reduced relative: "the Joint Declaration adopted by Spain and Portugal", "Our
        # Communiqué, adopted today" (fifty-eighth pass)
        rf"|\b{_ADOPTED},?\s+(?:adopted|endorsed)\s+(?=(?:by|at|on|today|yesterday|during)\b)"
        # the formula that closes a body's communiqué or resolution, or cites one by its
        # reference: "Adopted by the Peace and Security Council at its 875th meeting held on
        # 6 September 2019", "communique PSC/PR/COMM.(DCCCXLIV) adopted at its 854th meeting
        # held on 6 June 2019" (sixty-seventh pass); the meeting stays its own trigger.
        r"|\badopted\s+(?:by\s+(?:the\s+|its\s+)?(?:[\w’'()-]+\s+){1,6}?)?at\s+its"
        r"(?=\s+(?:[\w-]+\s+){0,4}?(?:meetings?|sessions?|summit)\b)",
        example="the adoption of the Regulation on ... on November 20, 2024, in Istanbul",
    ),
    _t(
        "agreement-reached",
        EventKind.adoption,
        r"\b(?:reached|struck|clinched|sealed)\s+(?:an\s+|a\s+|the\s+)?"
        rf"(?:[\w-]+\s+){{0,2}}?(?:agreement|deal|accord|{TRUCE_NOUNS})\b"
        # the words between no second infinitive and no signing (seventieth pass: not
        # "agreed to take action to effectively deal with", "agreed to sign a Memorandum":
        # an aim, a signing planned)
        rf"|\bagreed\s+(?:today\s+)?(?:on|to)\s+(?:the\s+|a\s+|an\s+)?"
        rf"(?:(?!(?:to|sign|signing)\b)[\w-]+\s+){{0,4}}?(?:{_DOC}|{TRUCE_NOUNS})\b"
        # the text as the verb's own object, an article before it (sixty-eighth pass): "the
        # three countries agreed the 'Tunis Declaration'", "have agreed upon a roadmap"
        rf"|\bagreed\s+(?:upon\s+)?(?:the|a|an)\s+(?:[\w\"“”'’-]+\s+){{0,3}}?{_DOC}\b",
        accept=not_told_before,
        example="Kosovo and Serbia reached an agreement late Saturday on implementing an "
        "EU-backed deal",
    ),
    # An agreement told reached in the passive (thirtieth pass, kinds): "an agreement was
    # reached to extend the initiative", "An agreement to create ... has been reached"; one
    # agreement, not "no agreement was reached", and no business's or game's
    # (:func:`.acting_sides.states_agreed`: not "a wage deal was reached", "a deal was
    # reached with the club"). The agreements reached at a meeting (plural) are the
    # meeting's news, not an act of their own.
    _t(
        "agreement-reached-passive",
        EventKind.adoption,
        r"\b(?=[adc])(?<!\bno\s)(?:agreement|deal|accord)\s+(?:(?:to|on|for|between|with)\s+"
        r"[^.;:!?]{1,150}?\s+)?(?:was|has\s+been|had\s+been)\s+(?:finally\s+|eventually\s+|now\s+)?"
        r"(?:reached|struck|clinched|sealed)\b",
        accept=states_agreed,
        example="By March, an agreement was reached on funding the new clinics.",
    ),
    # The same told by its participle and its own date right after: "the deal reached in
    # July", "The Agreement reached on 19 April".
    _t(
        "agreement-reached-dated",
        EventKind.adoption,
        r"\b(?:agreement|deal|accord)\s+reached\b(?=\s+(?:on|in)\s)"
        # a text agreed, its date right after (sixty-eighth pass): "The previous treaty,
        # agreed upon in May 2014", "the roadmap agreed last April 7 in Rabat"
        rf"|\b{_DOC},?\s+agreed(?:\s+upon)?\b(?=\s+(?:on|in|last)\s)",
        needs_date_after=True,
        accept=states_agreed,
        example="The initial deal reached in July was extended.",
    ),
    # A body adopting a text or measures that is no agreement: a resolution, decisions,
    # a plan, a package of sanctions ("The Council adopted the 15th package of restrictive
    # measures", "the EU imposed sanctions on ...", "the Assembly voted to condemn").
    _t(
        "decision-adopted",
        EventKind.adoption,
        r"\b(?:adopted|approved|passed)\s+(?:on\s+\w+\s+)?(?:the\s+|a\s+|an\s+)?"
        r"(?:[\w-]+\s+){0,4}?(?:resolutions?|decisions?|(?:action\s+)?plans?|packages?|"
        r"(?:restrictive\s+)?measures|sanctions|listings|bills?|strateg(?:y|ies))\b"
        r"|\b(?:resolutions?|decisions?|bills?)\s+(?:was|were|has\s+been|have\s+been)\s+"
        r"(?:adopted|approved|passed)\b"
        r"|\bimpos(?:ed|es|e|ing)\s+(?:[\w-]+\s+){0,3}?(?:sanctions|restrictive\s+measures)\b"
        r"|\bvoted\s+(?:[\w-]+\s+){0,2}?(?:to\s+(?:condemn|adopt|approve|demand|suspend|extend|renew|reprimand|expel)|"
        r"in\s+favou?r\s+of)\b",
        example="The Council then adopted the 15th package of restrictive measures",
    ),
    # A side's recommendation is its decision (seventieth pass; the gold writes it as an
    # adoption or a statement, one kind class): "the European Commission recommended opening
    # accession negotiations", "the committee recommended the suspension of the diplomatic
    # sanctions", "The foreign ministers of the three Sahelian nations recommended on Friday
    # creating a confederation"; the verb in the active, a side acting in the clause before
    # (:func:`.acting_sides.a_state_acts`: not "as recommended by the Commission",
    # "recommended practices").
    _t(
        "body-recommended",
        EventKind.adoption,
        r"\brecommended\b(?!\s+(?:by|practices?|dose|reading)\b)",
        accept=a_state_acts,
        example="The European Commission recommended opening accession negotiations.",
    ),
    # A measure imposed or a text passed by a state or a body (twenty-eighth pass): "Canada
    # imposed a travel ban and an asset freeze on the junta's leaders", "the
    # council unanimously authorized Resolution 1744", "a coalition passed a declaration";
    # the words are ``data/state_act_words.yaml``'s, and a side must act in the clause
    # before (:func:`.acting_sides.a_state_acts`: not "the league imposed a ban on the club").
    _t(
        "measures-imposed",
        EventKind.adoption,
        rf"\b{state_act_words('imposing_verbs')}\s+(?:on\s+\w+\s+)?(?:[\w’'\"“”-]+\s+){{0,3}}?"
        rf"{state_act_words('imposed_measures')}\b",
        accept=a_state_acts,
        example="Canada imposed a travel ban and an asset freeze on the junta's leaders",
    ),
    # A state sanctioned by a state or a body (thirtieth pass, kinds): "Canada sanctioned
    # Belarus late last year", the state right after the verb
    # (:func:`.acting_sides.a_state_sanctions`: not "sanctioned Iranian officials").
    _t(
        "sanctioned",
        EventKind.adoption,
        rf"\b{state_act_words('sanctioning_verbs')}\b",
        accept=a_state_sanctions,
        example="Canada sanctioned Belarus late last year.",
    ),
    # "the signature of" a text is its signing too (sixty-ninth pass): "with the signature of
    # five Memorandum of Understandings", "today's signature of the Agreement on ...".
    _t(
        "signing",
        EventKind.signing,
        r"\b(?:signed|inked|signs|inks|sign|ink|signing|co-signed|signature(?=\s+of\b))\b",
        accept=not_a_noun_sign,
        example="Following the negotiations, Tokayev and Erdogan signed a joint statement.",
    ),
    # Memoranda, agreements or the bilateral documents of a visit exchanged (thirty-sixth
    # session), as South and Southeast Asian ministries tell a signing: "India and Sri Lanka
    # on Saturday exchanged several MoUs", "the two Presidents witnessed the exchange of two
    # Memoranda of Understanding", "a ceremony for the exchange of bilateral documents took
    # place"; the verb in lower case (not "the Logistics Exchange Memorandum of Agreement"),
    # an agreement only in the plural (not "a prisoner exchange agreement"), documents only
    # as a visit's (bilateral, cooperative, cooperation, signed or inked ones; not "the
    # exchange of documents online"). Instruments of ratification and notes are the
    # ratification's and ``exchange-of-notes``'s.
    _t(
        "documents-exchanged",
        EventKind.signing,
        r"\bexchang(?:ed|es|e|ing)\s+(?:of\s+)?(?i:(?:(?:the|a|an|several|two|three|four|five"
        r"|six|seven|eight|nine|ten|\d+|key|some|various|bilateral|trilateral)\s+){0,2}"
        r"(?:mous?|memorand(?:um|a|ums)|agreements"
        r"|(?:bilateral|cooperative|cooperation|signed|inked)\s+documents)\b)"
        r"|\b(?i:ceremony\s+(?:of|for)\s+(?:the\s+)?(?:signing\s+and\s+)?)exchang(?:e|ing)"
        r"\s+(?:of\s+)?(?:the\s+)?(?:bilateral\s+)?documents\b"
        # the same in the passive (sixty-eighth pass): "15 memoranda of understanding (MoUs)
        # were exchanged by the two sides", "Several memorandums of Understanding (MoUs) will
        # be exchanged"
        r"|\b(?i:(?:mous?|memorand(?:um|a|ums)(?:\s+of\s+understanding)?|agreements|documents)"
        r"(?:\s+\(mous?\))?\s+(?:were|was|will\s+be|have\s+been|had\s+been|are\s+to\s+be)"
        r"\s+(?:also\s+)?exchanged)\b",
        case=True,
        example="India and Sri Lanka on Saturday exchanged several MoUs during the visit.",
    ),
    # A text concluded is a text signed (thirty-third pass): "The treaty was concluded on
    # June 19", "Turkey and Hungary concluded a friendship treaty in Istanbul"; the text's
    # noun right after the verb (up to three words before it) or its subject in the
    # passive; no business's or game's (:func:`.acting_sides.states_agreed`). Not "the
    # talks concluded" (no text), which ends a meeting.
    _t(
        "agreement-concluded",
        EventKind.signing,
        r"\bconclu(?:ded|des|de)\s+(?:a|an|the|two|three|four|several|\d+)\s+"
        rf"(?:[\w-]+\s+){{0,3}}?{_DOC}\b"
        rf"|\b{_DOC}\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+concluded\b",
        accept=states_agreed,
        example="The treaty was concluded on June 19, during the president's visit.",
    ),
    # Negotiations ended, told with their date (twenty-ninth pass): "peace talks broke down
    # in April 2003", "Brazil broke off the negotiations in May", "the accession talks were
    # closed with the EU in June 2004": an ``other``, as the tuning sets' gold writes it,
    # dated only by the date right after (``needs_date_after``); before the meeting rules, so
    # "talks" is not read as a meeting. States' negotiations only
    # (:func:`.acting_sides.states_negotiated`: not "merger talks collapsed", nor "the talks
    # concluded on Thursday", a meeting's last day).
    _t(
        "negotiations-ended",
        EventKind.other,
        rf"\b{state_act_words('negotiation_nouns')}\s+"
        rf"(?:(?:for|on|with|between)\s+(?:[\w’'-]+\s+){{1,5}}?)?"
        rf"(?:(?:were|was|had|have|has)\s+(?:been\s+)?)?(?:{state_act_words('breaking_verbs')}|"
        rf"{state_act_words('closing_verbs')}){_WITH_WHOM}"
        rf"|\b(?:{state_act_words('breaking_verbs')}|concluded|completed)\s+"
        rf"(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){{0,2}}?"
        rf"{state_act_words('negotiation_nouns')}{_WITH_WHOM}",
        needs_date_after=True,
        accept=states_negotiated,
        example="Peace talks between Colombia and the rebels broke down in January 2019",
    ),
    # An agreement named with its date (twenty-eighth pass): "despite a truce in 1953", "the
    # protocol of March 27, 2017", "the peace treaty of 2006": its signing, dated only by the
    # date right after "of" / "from", or "in" after a truce (a year, a month's day or a
    # month with it; not "ratified the treaty in 2008": the ratification's year).
    _t(
        "agreement-dated",
        EventKind.signing,
        rf"(?:\b{state_act_words('dated_agreements')}\s+(?:of|from)|"
        rf"\b{state_act_words('dated_truces')}\s+in)\b"
        rf"(?=\s+(?:{_MONTH}\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?(?:{_MONTH},?\s+)?"
        r"(?:1[89]|20)\d\d\b)",
        needs_date_after=True,
        accept=a_dated_agreement_of_states,
        example="Both nations are still at war despite a truce in 1953",
    ),
)

#: The rules matched after every other (:data:`timeline.extract.lexicon.TRIGGERS`).
NAMED_AGREEMENT_TRIGGERS: tuple[Trigger, ...] = (
    # An agreement named with its date before the noun (thirty-third pass): "the 2015 nuclear
    # agreement", "a 1904 treaty", "the November 27 maritime border agreement", "its 2011
    # protocol": the date written inside the match dates the signing (a year, a month's
    # day with or without its year, a month with its year), up to three words between the
    # date and the noun but no conjunction or preposition ("the 2015 elections and the
    # agreement" is not one). Last of all the rules: any other rule's match wins the span
    # ("Pyongyang scrapped the 1991 non-aggression accord" is the accord's ending).
    _t(
        "agreement-dated-before",
        EventKind.signing,
        rf"\b(?:the|a|an|its|their)\s+"
        rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+(?:1[89]|20)\d\d)?"
        rf"|(?:{_MONTH}\s+)?(?:1[89]|20)\d\d)\s+"
        rf"(?:(?!(?:and|or|of|with|to|by|for|in|on|at|the|a|an)\s)[\w-]+\s+){{0,3}}?"
        rf"{state_act_words('dated_agreements')}\b",
        needs_date_after=True,
        accept=a_preposed_dated_agreement,
        example="Bolivia lost its coastline to Chile in a 1904 treaty",
    ),
)

_AGREEMENT_TYPES: tuple[tuple[re.Pattern[str], AgreementType], ...] = (
    (re.compile(r"memorand|\bmou\b", re.IGNORECASE), AgreementType.memorandum),
    (re.compile(r"protocol", re.IGNORECASE), AgreementType.protocol),
    (re.compile(r"joint statement", re.IGNORECASE), AgreementType.joint_statement),
    (re.compile(r"declaration", re.IGNORECASE), AgreementType.declaration),
    (re.compile(r"regulation", re.IGNORECASE), AgreementType.regulation),
    (re.compile(r"treaty|convention|charter", re.IGNORECASE), AgreementType.treaty),
    (re.compile(r"agreement|accord|deal|contract", re.IGNORECASE), AgreementType.agreement),
)


def agreement_type(noun: str) -> AgreementType | None:
    """The :class:`AgreementType` a document noun names, or ``None`` ("documents")."""
    for pattern, kind in _AGREEMENT_TYPES:
        if pattern.search(noun):
            return kind
    return None
