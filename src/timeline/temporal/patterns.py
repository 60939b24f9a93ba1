"""The one compiled expression that finds temporal expressions.

Every form the tagger knows is one named alternative of a single regular
expression, scanned once over the text (``finditer``), so tagging costs one
pass of the C regex engine plus a little Python per match. Alternatives are
ordered so that, at the same start position, the longer form wins ("May 3,
2022" before "May", "the first nine months" before "nine months").

The extents follow the TimeML Annotation Guidelines 1.2.1 (section 2.2.1):
a TIMEX3 covers the determiner and the modifiers that are part of the
expression ("the third quarter", "late November", "the past six years",
"more than four hours") but not a preceding preposition ("in", "on",
"over") nor a possessive ``'s``.

Month and weekday names are matched case-sensitively (``May``/``MAY`` is a
month, ``may`` is the modal verb); everything else ignores case.
"""

from __future__ import annotations

import re
import sys
from array import array

from ..collector import cycle_collection_paused
from .dispatch import NEXT_WORD, WORD
from .holidays import NAMES as HOLIDAY_NAMES
from .lexicon import (
    DATE_MODIFIERS,
    DAY_ORDINALS,
    DAY_PARTS,
    DECADE_NAMES,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NUMBER_WORDS,
    NUMBERS_BELOW_TWENTY,
    QUANTITY_MODIFIERS,
    QUANTITY_WORDS,
    REFERENCE_WORDS,
    SEASONS,
    SET_ADVERBS,
    TENS,
    TIME_ZONES,
    UNIT_PLURALS,
    UNITS,
    VAGUE_QUANTITIES,
    WEEKDAYS,
    WORD_CHARS,
    alternation,
    phrase_pattern,
    trie_pattern,
)

__all__ = [
    "BY_NEXT_WORD",
    "BY_TRIGGER",
    "BY_WORD",
    "MASTER",
    "NEXT_WORD_STARTS",
    "PATTERNS",
    "TRIGGER",
    "TRIGGER_CLASS",
    "next_word",
]


def _title(phrase: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in phrase.split())


def _cased(words: list[str]) -> str:
    forms = [w.capitalize() for w in words] + [w.upper() for w in words]
    return "(?-i:" + alternation(forms) + ")"


_MONTH_FULL = _cased(list(MONTHS)) + r"(?![\w-])"
_MONTH_ABBR = _cased(list(MONTH_ABBREVIATIONS))
#: A month name: full, or abbreviated with a period or before a number ("Aug 7").
MONTH = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR}(?:\.|(?=\s*\d))(?!\w))"
#: The first month of a dashed range of months ("March-June 2003", "Jan.–Mar. 2024"): a
#: month name followed by its dash, which :data:`MONTH` refuses (not a word's part).
_MONTH_BEFORE_DASH = (
    rf"(?:{_cased(list(MONTHS))}|{_MONTH_ABBR}\.?)(?=\s*[-–—]\s*(?:{_cased(list(MONTHS))}"
    rf"|{_MONTH_ABBR})(?!\w))"
)
_WEEKDAY_NAME = _cased(list(WEEKDAYS))
WEEKDAY = _WEEKDAY_NAME + r"(?!\w)"
#: A day of the month; its ordinal's letters may stand apart before a month ("7 th July
#: 2024", "21 st March": a superscript flattened by a web page's text).
DAY = (
    r"(?:3[01]|[12]\d|0?[1-9])"
    rf"(?:st|nd|rd|th|\s(?:st|nd|rd|th)(?=\s+(?:of\s+)?{MONTH}))?(?![\w%])"
)
YEAR = r"(?:1[6-9]\d\d|20\d\d|2100)(?![\w%])(?![.,]\d)"
#: A day of the month written as an ordinal word ("eighth", "twenty-second", "twenty
#: first"), read only where it can be nothing else: right after a month and before a
#: punctuation mark or the end ("this coming Sunday, March eighth."), or between "the" and
#: "of <month>" ("the first of December"). Not "in March second-half sales" nor "the
#: second of the two talks".
_DAY_WORD = (
    "(?:"
    + "|".join(w.replace("-", r"[\s-]") for w in sorted(DAY_ORDINALS, key=lambda w: (-len(w), w)))
    + r")(?![\w-])"
)
DAY_WORD_AFTER_MONTH = _DAY_WORD + r"(?=\s*(?:[,.;:!?)\"”]|$))"
DAY_WORD_BEFORE_MONTH = r"(?<=the\s)" + _DAY_WORD + rf"(?=\s+of\s+{MONTH})"
#: What follows a month named without a year when a later month of one range or list gives
#: the year ("between May and July 2021", "from March through June 2004", "in March,
#: April and May 2022"): the year is the pair's (normalize.mon). A list holds eleven more
#: months at most, so each month's look ahead is bounded (a hostile list of thousands of
#: months stays linear; docs/reliability.md).
MONTH_PAIR_YEAR = re.compile(
    rf"(?:(?:\s*,\s*{MONTH}){{1,11}},?\s*|\s*)(?P<link>-|–|—|to|and|or|through|until|till)\s*"
    rf"(?:(?:early|mid|late)[\s-]+)?(?P<month>{MONTH}),?\s+(?P<year>{YEAR})",
    re.IGNORECASE,
)
_QUANTITY = alternation(QUANTITY_WORDS)
_NUMBER_WORDS = alternation(w for w in NUMBER_WORDS if w not in ("a", "an"))
NUMBER = r"(?:\d+(?:\.\d+)?|" + _NUMBER_WORDS + ")"
VAGUE = "(?:" + "|".join(phrase_pattern(w) for w in VAGUE_QUANTITIES) + ")"
UNIT = r"(?:" + alternation(list(UNITS) + list(UNIT_PLURALS)) + r")(?![\w-])"
UNIT_SINGULAR = r"(?:" + alternation(UNITS) + r")"
SEASON = r"(?:" + alternation(SEASONS) + r")(?!\w)"
_DAY_PARTS = "|".join(DAY_PARTS)
PART_OF_DAY = rf"(?:{_DAY_PARTS})(?!\w)"
_MOD_WORDS = "|".join(w for w in DATE_MODIFIERS if not w.endswith(" of"))
_MOD_NOUNS = "|".join(phrase_pattern(w[:-3]) for w in DATE_MODIFIERS if w.endswith(" of"))
#: "early", "mid-", "the end of" ... (TimeML mod START, MID, END); "around" (APPROX:
#: TimeML 1.2.1, section 2.2.1, a modifier of the expression belongs to its extent).
MOD = rf"(?:{_MOD_WORDS}|(?:the\s+)?(?:very\s+)?(?:{_MOD_NOUNS})\s+of)"
_SEP = r"(?:\s*-\s*|\s+)"
#: The words before "year" that make a year of a month or a day ("October of this year",
#: "April 18 last year": one expression, its year counted from the DCT or the narrative).
_REL_YEAR = r"this|last|next|that|the\s+same|the\s+following|the\s+previous"
#: "last March 5", "next Oct. 2": the day of that date just gone or just ahead of the DCT.
_LAST_OR_NEXT = r"last|next|this\s+past|this\s+coming"
_DECADE_WORDS = "|".join(DECADE_NAMES)
_RANGE = r"\s*(?:-|–|—|to|and|through|until)\s*"
#: "the" before a range's second day written as an ordinal: "from July 19th to the 21st",
#: "from the 26th to the 27th of April", "from March 10 to the 11th" (one range, both ends).
#: Not an ordinal that a noun follows ("moved on March 10 to the 11th floor").
_THE_ORDINAL = (
    r"(?:the\s+(?=\d{1,2}(?:st|nd|rd|th)(?:\s*(?:[,.;:)]|$)"
    r"|\s+(?:of|in|at|on|and|for|with|from|when|as|during|until|before|after)(?![\w-]))))"
)
_TZ = r"(?:\s+(?:(?-i:" + "|".join(TIME_ZONES) + r")|local\s+time))?"
#: Quantity modifiers, part of the expression (TimeML 1.2.1, section 2.2.1: "about",
#: "nearly", "more than" ... and "a mere"; the file says why not "only" nor "over").
_APPROX = "(?:" + "|".join(phrase_pattern(w) for w in QUANTITY_MODIFIERS) + ")"
#: The words a duration's count may take before its unit ("20 more years", "an additional
#: year", "six straight days", "eight trading days"): in its pattern ("dur"), and after
#: "a" / "an" among the next words the tagger looks for (_NEXT_WORDS), so that the
#: trigger scan finds what a scan of every position finds ("a further year").
_MORE_WORDS = ("more", "additional", "further", "extra")
_IN_A_ROW_WORDS = ("consecutive", "straight", "successive")
_DAY_KIND_WORDS = ("trading", "business", "working", "calendar")


_TENS_WORDS = "(?:" + "|".join(TENS) + ")"
_UNIT_WORDS = "(?:" + "|".join(w for w, n in NUMBERS_BELOW_TWENTY.items() if 1 <= n <= 9) + ")"
_TEENS = "|".join(w for w, n in NUMBERS_BELOW_TWENTY.items() if 10 <= n <= 19)
_UNITS_RE = alternation(list(UNITS) + list(UNIT_PLURALS))


#: A year read out ("nineteen ninety-four", "two thousand and one"), without groups.
SPOKEN_YEAR = (
    r"(?:(?:nineteen|eighteen)[\s-]+(?:"
    + _TENS_WORDS
    + r"(?:[\s-]+"
    + _UNIT_WORDS
    + r")?|"
    + _TEENS
    + r"|hundred)|two\s+thousand(?:\s+(?:and\s+)?(?:"
    + _UNIT_WORDS
    + r"|ten))?)(?![\w-])"
)


def _alternatives() -> list[tuple[str, str]]:
    alts: list[tuple[str, str]] = [
        # 2022-05-10, 2022-05-10T10:30
        (
            "iso",
            r"(?<![\w./-])(?P<iso_y>\d{4})-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d)"
            r"(?:T(?P<iso_t>\d{2}:\d{2}(?::\d{2})?))?(?![\w/-])",
        ),
        # 13.12.2022, 10/27/89, with an optional clock time first: 11:10 13.12.2022
        (
            "num",
            r"(?<![\w./:-])(?:(?P<num_hh>[01]?\d|2[0-3]):(?P<num_mi>[0-5]\d)\s+)?"
            r"(?P<num_a>\d{1,2})(?P<num_sep>[./])(?P<num_b>\d{1,2})(?P=num_sep)"
            r"(?P<num_y>\d{4}|\d{2})(?![\w/-]|[.,]\d)",
        ),
        # [last|next] [Monday,] March 29[-30][, 2022 | last year]
        (
            "mdy",
            rf"(?:(?P<mdy_mod>{MOD}){_SEP})?(?:(?P<mdy_lr>{_LAST_OR_NEXT})\s+)?"
            rf"(?:(?P<mdy_wd>{WEEKDAY}),?\s+)?"
            rf"(?P<mdy_m>{MONTH})\s*(?P<mdy_d>{DAY}|{DAY_WORD_AFTER_MONTH})"
            rf"(?:{_RANGE}(?:(?P<mdy_m2>{MONTH})\s*|{_THE_ORDINAL})?(?P<mdy_d2>{DAY}))?"
            rf"(?:,?\s*(?P<mdy_y>{YEAR})|,?\s+(?:of\s+)?(?P<mdy_rel>{_REL_YEAR})\s+year(?!\w))?",
        ),
        # [Monday,] 13[-14] [of] December[ 2022 | this year]
        (
            "dmy",
            rf"(?:(?P<dmy_wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<dmy_d>{DAY}|{DAY_WORD_BEFORE_MONTH})"
            rf"(?:(?:\s+(?:of\s+)?(?P<dmy_m1>{MONTH}))?{_RANGE}{_THE_ORDINAL}?(?P<dmy_d2>{DAY}))?"
            rf"\s+(?:of\s+)?(?P<dmy_m>{MONTH})"
            # "22 September of 2019", as "September of 2019" (my)
            rf"(?:(?:,?\s*|\s+of\s+)(?P<dmy_y>{YEAR})|,?\s+(?:of\s+)?(?P<dmy_rel>{_REL_YEAR})\s+year(?!\w))?",
        ),
        # December 2023, October of this year, the end of May 2022
        (
            "my",
            rf"(?:(?P<my_mod>{MOD}){_SEP})?(?:(?P<my_m0>{_MONTH_BEFORE_DASH})\s*[-–—]\s*)?"
            rf"(?P<my_m>{MONTH}),?\s+(?:of\s+)?"
            # "March of the year 2018": the year named after "the year" (TimeML 1.2.1,
            # section 2.2.1: the whole phrase, one expression, as "September of 2019")
            rf"(?:(?:the\s+year\s+)?(?P<my_y>{YEAR})|(?P<my_sy>{SPOKEN_YEAR})"
            rf"|(?P<my_rel>{_REL_YEAR})\s+year)",
        ),
        # [this|last|next|early|the end of] March
        (
            "mon",
            rf"(?:(?P<mon_mod>{MOD}){_SEP})?(?:(?P<mon_rel>this|last|next|this\s+past|"
            rf"the\s+coming|the\s+past)\s+)?(?P<mon_m>{_MONTH_FULL})",
        ),
        # the early 1990s, mid-1990s, the '90s, the 70s and 80s
        (
            "dec",
            rf"(?:(?:the\s+)?(?P<dec_mod>{MOD}){_SEP})?"
            r"(?:(?P<dec_c>1[0-9]|20)(?P<dec_d>\d)0'?s|['’]?(?P<dec_t>[1-9])0['’]?s)(?!\w)"
            r"|the\s+(?:(?P<dec_wm>early|mid|late)[\s-]+)?(?P<dec_w>" + _DECADE_WORDS + r")(?!\w)",
        ),
        # the 20th century, this century
        (
            "cen",
            r"(?P<cen_o>\d{1,2})(?:st|nd|rd|th)[\s-]+century(?!\w)",
        ),
        # the third quarter [of 1989], fiscal 1989 first quarter, the first half of 2023
        (
            "qtr",
            r"(?:the\s+)?(?:(?P<qtr_y1>" + YEAR + r")(?:'s)?\s+|(?P<qtr_rel1>this|last|next)"
            r"\s+year's\s+)?(?:fiscal\s+)?(?:(?P<qtr_o>first|second|third|fourth|1st|2nd|3rd|4th|final"
            # "the last quarter of 2009" is its fourth; "the last quarter" alone the latest
            r"|last(?=[\s-]+(?:quarter|half)\s+of\s+(?:fiscal\s+)?\d{4}))"
            r"(?:[\s-]+fiscal)?[\s-]+(?P<qtr_u>quarter|half)(?![\w-])"
            # "the first half of the month": a half of a month or week is the month's
            # start or end (the "rel" alternative, its modifier START or END), not H1
            r"(?!\s+of\s+(?:the|this|next|last)\s+(?:month|week)(?![\w-]))"
            # "the last half of 1989", "the latter half of the year": the second half
            r"|(?<![\w-])(?:the|The)\s+(?P<qtr_lh>last|latter)\s+half"
            r"(?=\s+of\s+(?:fiscal\s+)?(?:\d{4}|(?:the|this|last|next)\s+(?:fiscal\s+)?year)))"
            # "of the year": the year of the DCT, as "the year" alone
            r"(?:\s+(?:of\s+)?(?:fiscal\s+)?(?:(?P<qtr_y>" + YEAR + r")|(?P<qtr_rel>this|last|"
            r"next|the)\s+year(?![\w-])))?",
        ),
        # Q3 2019, H2 2019, Q1 of 2020, Q4 of last year, 2019 Q3: a quarter or a half-year
        # as business news abbreviates it (TIMEX3 2019-Q3, 2019-H2), only with its year:
        # not "Q3" alone, "H2O", "G20", "Q&A"
        (
            "qcode",
            r"(?:(?P<qcode_y1>" + YEAR + r")\s+)?(?-i:Q(?P<qcode_q>[1-4])|H(?P<qcode_h>[12]))"
            r"(?![\w-])(?(qcode_y1)|(?:\s+(?:of\s+)?(?P<qcode_y>" + YEAR + r")"
            r"|\s+(?:of\s+)?(?P<qcode_rel>this|last|next)\s+year(?![\w-])))",
        ),
        # the quarter, the latest quarter, the year-ago quarter
        (
            "rq",
            r"the\s+(?P<rq_w>latest|current|most\s+recent|year-ago|year-earlier|previous|"
            r"past|last|same|first|second|third|fourth)?\s*quarter(?![\w-])",
        ),
        # the latest period, the comparable period, the 1988 period, the 1988 quarter
        (
            "per",
            r"the\s+(?:(?P<per_w>latest|most\s+recent|comparable|corresponding)\s+period"
            r"|(?P<per_y>" + YEAR + r")\s+(?:period|quarter))(?![\w-])",
        ),
        ("fy", r"fiscal(?:\s+year)?\s+(?P<fy_y>" + YEAR + r"|'?\d\d(?![\w%]))"),
        # spring, this fall, the summer of 2022, autumn 2025
        (
            "sea",
            rf"(?:(?P<sea_mod>{MOD}){_SEP}|(?P<sea_rel>this|last|next|this\s+past|"
            rf"the\s+coming|the\s+past|the)\s+)?(?P<sea_s>{SEASON})"
            rf"(?:\s+(?:of\s+)?(?:(?P<sea_y>{YEAR})|(?P<sea_sy>{SPOKEN_YEAR}))"
            # "the autumn of next year": one expression, its year the relative year's
            rf"|\s+of\s+(?P<sea_ry>{_REL_YEAR})\s+year(?![\w-]))?",
        ),
        # 10:35 a.m. [Wednesday], 5 p.m. EST, Nov. 9, 4 in the morning, noon Thursday, midnight
        (
            "clk",
            rf"(?:(?P<clk_ap0>{_APPROX})\s+)?(?:(?P<clk_h>1[0-2]|0?\d)(?::(?P<clk_mi>[0-5]\d))?"
            r"(?:\s*(?P<clk_ap>a\.m\.?|p\.m\.?|am|pm)(?!\w)"
            + _TZ
            + r"|\s+in\s+the\s+(?P<clk_pod>morning|afternoon|evening)(?!\w))"
            r"|(?P<clk_nm>noon|midday|midnight)(?!\w))(?:\s+\(\d{3,4}\s+GMT\))?(?:,?\s+(?:on\s+)?"
            rf"(?:(?P<clk_wd>{WEEKDAY}|today|yesterday|tomorrow)|(?P<clk_m>{MONTH})\s*"
            rf"(?P<clk_d>{DAY})))?",
        ),
        # 2:08:30 (a race time), 3:43.13: a clock-style duration, not a time of day
        (
            "cdur",
            r"(?<![\w.:/-])(?:(?P<cdur_h>\d{1,2}):(?P<cdur_hm>[0-5]\d):(?P<cdur_hs>[0-5]\d)"
            r"|(?P<cdur_m>\d{1,2}):(?P<cdur_s>[0-5]\d)(?=\.\d))(?P<cdur_f>\.\d{1,3})?"
            r"(?![\w:/]|\.\d)(?!\s*(?:a\.?m\b|p\.?m\b|[AP]M\b))",
        ),
        # 15:00, 0800 UTC, 15:00 GMT Saturday (a clock time with its zone and day is one TIME)
        (
            "clk24",
            r"(?<![\w.:/-])(?:(?P<clk24_h>[01]?\d|2[0-3]):(?P<clk24_mi>[0-5]\d)(?![\w:/.]\d)"
            # "0800 UTC": four digits are a clock time only with the zone after them
            r"|(?P<clk24_mh>[01]\d|2[0-3])(?P<clk24_mm>[0-5]\d)(?=\s+(?-i:GMT|UTC)(?!\w)))"
            + _TZ
            + rf"(?:,?\s+(?:on\s+)?(?P<clk24_wd>{WEEKDAY}|today|yesterday|tomorrow))?",
        ),
        # today, yesterday morning, late yesterday, the day before yesterday
        (
            "day",
            rf"(?:(?P<day_mod>early|late|earlier|later){_SEP})?"
            r"(?P<day_pre>the\s+day\s+(?:before|after)\s+)?"
            r"(?P<day_w>today|yesterday|tomorrow|tonight)(?!\w)"
            rf"(?:\s+(?P<day_p>{PART_OF_DAY}))?",
        ),
        # this morning, last night
        (
            "pod",
            r"(?:(?:earlier|later)\s+)?(?P<pod_r>this|last|tomorrow|yesterday)\s+"
            rf"(?P<pod_p>{PART_OF_DAY})"
            r"|mid(?:-|\s)?(?P<pod_mid>morning|afternoon|evening)(?!\w)"
            r"(?:\s+(?P<pod_day>yesterday|today|tomorrow)(?!\w))?",
        ),
        # in the morning, (spent) the night, in the early hours of Monday: a part of the
        # day after a preposition (the normalizer checks the word before and after it)
        (
            "ppod",
            r"the\s+(?:early\s+hours\s+of\s+(?:(?P<ppod_wd>"
            + _WEEKDAY_NAME
            + r")(?:\s+(?P<ppod_wp>morning|night))?|the\s+(?P<ppod_em>morning))"
            r"|(?P<ppod_p>morning|afternoon|evening|night))(?![\w-])",
        ),
        # [last|next] Friday [morning], Fridays
        (
            "wd",
            r"(?:(?P<wd_r>last|next|this|this\s+past|this\s+coming|coming|past|early|late|"
            r"earlier|later)\s+)?"
            rf"(?P<wd_d>{_WEEKDAY_NAME})(?:(?P<wd_pl>s)(?!\w)|(?!\w))"
            rf"(?:\s+(?P<wd_p>{_DAY_PARTS})(?P<wd_ppl>s)?(?!\w))?",
        ),
        # the last week of March, the first week of May 2009: one DATE, a week
        (
            "wkof",
            r"the\s+(?P<wkof_o>first|second|third|fourth|last|final)\s+week\s+of\s+"
            rf"(?P<wkof_m>{_MONTH_FULL})(?:,?\s+(?P<wkof_y>{YEAR}))?",
        ),
        # three years ago, a year earlier, about two weeks later
        (
            "ago",
            rf"(?:(?P<ago_q>{_APPROX})\s+)?(?P<ago_n>{NUMBER}|a|an|{VAGUE})[\s-]+"
            rf"(?P<ago_u>{UNIT})(?:\s+(?P<ago_dir>ago|earlier|later|from\s+now|hence)"
            # "in a year's time", "in two weeks' time": the point that far ahead
            r"|(?P<ago_time>(?<=[^\Ws])['’]s|(?<=s)['’])\s+time)"
            r"(?!\w)",
        ),
        # year-earlier, the year-ago period, the year-earlier third quarter
        (
            "yago",
            r"(?P<yago_the>the\s+)?(?P<yago_w>year|month|quarter|week)-(?:earlier|ago)"
            r"(?P<yago_n>\s+(?:(?:first|second|third|fourth)\s+)?(?:period|quarter))?(?![\w-])"
            # "the year-earlier nine months": a modifier of the count, one DURATION ("dur")
            rf"(?(yago_the)(?!\s+{NUMBER}\s+{UNIT}(?![\w-])))",
        ),
        # every year, each Monday, twice a year, annually, per year
        (
            "set",
            r"(?:(?P<set_adv>" + alternation(SET_ADVERBS) + r")(?![\w-])"
            rf"|(?:every|each)\s+(?P<set_p>{_DAY_PARTS})(?!\w)"
            rf"|(?:every|each)\s+(?:(?P<set_n>{NUMBER}|other)\s+)?(?P<set_u>{UNIT}|{WEEKDAY})"
            rf"|(?:every|each)\s+(?P<set_m>{_MONTH_FULL}|{SEASON})"
            rf"|(?P<set_f>once|twice|thrice|{NUMBER}\s+times)\s+(?:a|an|per|each|every)\s+"
            rf"(?P<set_u2>{UNIT_SINGULAR})(?!\w)"
            rf"|per\s+(?P<set_u3>{UNIT_SINGULAR})(?!\w))",
        ),
        # nineteen ninety-six, the year two thousand (spoken transcripts)
        (
            "wyr",
            r"(?P<wyr_y>the\s+year\s+)?(?:(?P<wyr_c>nineteen|eighteen)[\s-]+(?P<wyr_d>"
            + _TENS_WORDS
            + r"(?:[\s-]+(?P<wyr_u>"
            + _UNIT_WORDS
            + r"))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
            r"|nineteen|hundred)|two\s+thousand(?:\s+(?:and\s+)?(?P<wyr_t>"
            + _UNIT_WORDS
            + r"|ten))?(?(wyr_y)|(?!\s+(?-i:[a-z]))))(?![\w-])(?!\s+(?:"
            + _UNITS_RE
            + "|"
            + _QUANTITY
            + r")(?!\w))",
        ),
        # that year, later that day, the following month, the next morning, the previous
        # Friday, the day before (anaphoric: anchored on the narrative, not the DCT)
        (
            "ana",
            r"(?:(?P<ana_el>earlier|later)\s+)?(?P<ana_r>that(?:\s+same)?|the\s+same|"
            r"the\s+following|the\s+previous|the\s+preceding|the\s+prior|"
            rf"the\s+next(?=\s+(?:day|{PART_OF_DAY}|{WEEKDAY})))\s+"
            rf"(?P<ana_u>day|{PART_OF_DAY}|week|month|year|quarter|{WEEKDAY})(?![\w-])"
            r"|the\s+day\s+(?P<ana_ba>before|after)(?=\s*[,.;])",
        ),
        # this year, last year, next month, earlier this year, early next year, the past year
        (
            "rel",
            rf"(?:(?P<rel_mod>{MOD}){_SEP})?"
            # "the same time last year", "this time next year": the year before or after,
            # "the same time" a part of the expression (TimeML 1.2.1, section 2.2.1)
            r"(?:(?P<rel_st>(?:the\s+same|this|that)\s+time)\s+(?=(?:last|next)\s+year(?![\w-])))?"
            rf"(?P<rel_r>this|last|next|this\s+past|the\s+past|"
            r"the\s+last|the\s+previous|the\s+coming|the\s+current|the\s+next|the\s+following|"
            r"earlier\s+this|later\s+this|earlier\s+last|later\s+last|the\s+same|the\s+latest|"
            r"the\s+full(?=\s+year)|the)\s+(?:fiscal\s+(?=year))?"
            r"(?P<rel_u>week|weekend|month|year|decade|century|quarter)(?![\w-])"
            # "the year 2000", "the current year 2018": the year named (one expression)
            r"(?:(?<=[Yy][Ee][Aa][Rr])\s+(?P<rel_y>" + YEAR + r"))?"
            r"(?:\s+or\s+so(?!\w))?",
        ),
        # year-end, year end, year's end, year-end 1988, the end of year (TimeML mod END)
        (
            "ye",
            r"(?:(?P<ye_q>around|about)\s+)?"
            rf"(?:year(?:-|\s+|'s\s+)end(?:\s+(?P<ye_y>{YEAR}))?|(?:the\s+)?end\s+of\s+year"
            r"(?!\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)(?![\w-])))(?![\w-])",
        ),
        ("eiy", r"(?P<eiy_w>earlier|later)\s+in\s+the\s+(?P<eiy_u>year|month|week|day)(?![\w-])"),
        # "the Dow ended the day up 2%", "For the day, the index fell": a market's day, the
        # day the report tells of; "the day before the vote": a day named by an event
        (
            "tday",
            # (the verb before it is checked by the normalizer: the trigger is "the")
            r"the\s+day(?![\w-])(?!\s+(?:of|when|that|in|on)\b)",
        ),
        # the past six years, more than four hours, two-day, the first nine months, weeks
        (
            "dur",
            rf"(?:(?P<dur_q>{_APPROX})\s+)?"
            r"(?P<dur_the>the\s+(?!an?\s))?(?:(?P<dur_dir>past|last|next|first|previous|coming|following"
            r"|final|latest|initial|recent"
            # "the year-earlier nine months", "the comparable six months": the period a year
            # back, a modifier of the count (TimeML 1.2.1, section 2.2.1: in the extent); not
            # before a hyphenated adjective ("the comparable three-month period")
            r"|(?:year-earlier|year-ago|comparable|corresponding)(?=\s+[\w.,]+\s))\s+)?"
            rf"(?P<dur_n>{NUMBER}|{VAGUE}|a|an)"
            r"(?:\s+(?P<dur_half>and\s+a\s+half|1/2)|(?P<dur_halfc>½))?"
            rf"(?:\s+(?:{'|'.join(_MORE_WORDS)}))?"
            # "six straight days", "two consecutive quarters": a count of units in a row,
            # one DURATION with its adjective (TimeML 1.2.1, section 2.2.1: modifiers of
            # the expression are part of its extent)
            rf"(?:\s+(?:{'|'.join(_IN_A_ROW_WORDS)}))?"
            # "eight trading days", "ten business days": a count of such days
            rf"(?:\s+(?:{'|'.join(_DAY_KIND_WORDS)})(?=\s+days?\b))?"
            # after "a" / "an" only a space before the unit ("a year"; not "a - year",
            # whose unit the dispatch, reading the next word after a space, never sees)
            r"(?:(?<![Aa])[\s-]+|\s+)"
            rf"(?P<dur_u>{UNIT})(?:-(?:long|old))?"
            r"(?P<dur_half2>\s+and\s+a\s+half(?![\w-]))?(?:\s+or\s+so(?!\w))?",
        ),
        ("half", rf"half[\s-]+an?[\s-]+(?P<half_u>{UNIT_SINGULAR})(?![\w-])"),
        (
            "ref",
            r"(?:" + alternation(REFERENCE_WORDS) + r")(?![\w-])"
            r"(?!\s+(?:years|months|weeks|days|decades|centuries)(?!\w))",
        ),
        (
            "durp",
            r"(?P<durp_d>(?:the\s+)?(?:past|last|next|coming|previous|(?:most\s+)?recent)\s+)?"
            r"(?P<durp_u>years|months|weeks|days|hours|minutes|quarters|decades|centuries)"
            r"(?:-long)?"
            r"(?![\w-])",
        ),
        # Thanksgiving Day, last Christmas, Easter week, Nowruz 2024, Eid al-Adha
        (
            "hol",
            r"(?:(?P<hol_r>last|next|this)\s+)?(?P<hol_n>(?-i:"
            + alternation(HOLIDAY_NAMES)
            + r"))(?!\w)(?P<hol_w>\s+week(?!\w))?(?:,?\s+(?:of\s+)?(?P<hol_y>"
            + YEAR
            + "))?",
        ),
        # 2024, mid-2023, early 2024, the end of 1989
        (
            "yr",
            rf"(?:(?P<yr_mod>{MOD}){_SEP})?(?<![\w$€£#.,/])(?<!\d[-–])(?P<yr_y>{YEAR})"
            # 2009-2010, 1957-58: two years, one range (scored as its two ends)
            r"(?:[-–](?P<yr_y2>(?:1[6-9]|20)\d\d|\d\d)(?![\w%-])(?![.,]\d))?"
            rf"(?!\s*(?:%|{_QUANTITY})(?!\w))(?!-\d|-year)",
        ),
        # the first end of a range of durations: "12" in "12 to 18 months", "two" in "two
        # to three weeks" (each end is its own TIMEX3; the unit is the second end's); last,
        # so that it is tried only where nothing else starts (a year wins)
        (
            "durr",
            rf"(?P<durr_n>\d++|{_NUMBER_WORDS})"
            rf"(?=\s*(?:to|and|or|-|–)\s*{NUMBER}[\s-]+(?P<durr_u>{UNIT})"
            r"(?!\s+(?:ago|earlier|later|old)(?!\w)))",
        ),
        # since '82, in ’98: a year of two digits after an apostrophe (the normalizer checks
        # the apostrophe: a lookbehind here would hide it from the trigger tables); last,
        # so that it is tried only where nothing else starts
        ("ayr", r"(?P<ayr_y>\d\d)(?![\w'’-])(?![.,]\d)"),
    ]
    return alts


_ALTERNATIVES = _alternatives()


#: Where no expression starts: inside a word, or at a number that is money ($3), a
#: decimal or thousands part (3.6, 2,000), a percentage (23%) or a ratio (1/2).
_START = r"(?<![\w])(?!(?<=[$€£#.,:/])\d|\d+(?:,\d|(?:\.\d+)?\s*%))"


def _compile(names: set[str] | None, start: str = _START) -> re.Pattern[str]:
    parts = [rf"(?P<{n}>{body})" for n, body in _ALTERNATIVES if names is None or n in names]
    return re.compile(start + "(?:" + "|".join(parts) + ")", re.IGNORECASE)


#: The master expression: ``m.lastgroup`` names the alternative that matched.
MASTER: re.Pattern[str] = _compile(None)


# --- triggers --------------------------------------------------------------------------------
#
# Every expression starts with a word of one of these classes (or a digit). The
# tagger scans for triggers (a case-sensitive trie: a few character comparisons
# per position) and tries only the alternatives that can start with the class
# found, so most of a text costs almost nothing. A test checks that this finds
# exactly what trying MASTER at every position finds.


def _forms(words: set[str]) -> set[str]:
    return {f for w in words for f in (w, w.capitalize(), w.upper())}


_UNITS_ALL = set(UNITS) | set(UNIT_PLURALS)
_NUMBER_FIRST = {w.split()[0].split("-")[0] for w in NUMBER_WORDS} - {"a", "an"}
#: The first words of the vague quantities ("a" is a trigger of its own) and the words
#: after "a" of the number phrases ("a couple of", "a dozen", "a hundred").
_VAGUE_FIRST = {w.split()[0] for w in VAGUE_QUANTITIES} - {"a"}
_AFTER_ARTICLE = {
    w.split()[1]
    for w in [*VAGUE_QUANTITIES, *NUMBER_WORDS]
    if w.split()[0] in ("a", "an") and " " in w
}
#: The first words of the date modifiers ("early", "end", "first").
_MOD_FIRST = {w.split()[0] for w in DATE_MODIFIERS}
_THE_NEXT = (
    _MOD_FIRST - {"around"}
    | {"very", "third", "fourth", "final", "initial", "past", "last", "next", "coming", "previous"}
    | {"current", "following", "same", "latest", "most", "year-ago", "year-earlier", "recent"}
    | {"quarter", "weekend", "day", "fiscal", "future", "near", "present", "years"}
    | {"preceding", "prior", "comparable", "corresponding", "full", "short", "long", "latter"}
    | {"morning", "afternoon", "evening", "night", "early"}
    | set(DECADE_NAMES)
    | _UNITS_ALL
    | set(SEASONS)
    | _NUMBER_FIRST
    | _VAGUE_FIRST
)
#: ("more" and "very" are triggers of their own classes, which try "ref" too)
_REF_FIRST = {w.split()[0] for w in REFERENCE_WORDS} - {"the", "at", "to", "these", "current"}
_REF_FIRST -= {"more", "very"}
#: "a later date", "an earlier date": "a" and "an" are number triggers, narrowed by the next word.
_REF_AFTER_ARTICLE = {w.split()[1] for w in REFERENCE_WORDS if w.split()[0] in ("a", "an")}
_REF_FIRST -= {"a", "an"}
_NOT_LETTER = r"(?![A-Za-z])"


_ORDINAL_FIRST = {"first", "second", "third", "fourth", "final"}
#: An ordinal starts an expression (alone or after "the") only before a quarter, a half or
#: a week ("the third quarter", "first-half", "the first half of 2023", "second fiscal
#: quarter", "the last week of March") or a count ("the first nine months", "the final
#: two years", "the first few weeks"): in any casing, as the master expression reads them,
#: so no match is lost; the others ("the first time", "the second round": nine in ten in
#: news) are not tried.
_PERIOD_AHEAD = r"[\s-]+(?i:fiscal|quarter|half|week)(?![A-Za-z])"
_COUNT_AHEAD = (
    r"\s+(?:\d|(?i:" + alternation(_NUMBER_FIRST | _VAGUE_FIRST | {"a", "an"}) + r")(?![A-Za-z]))"
)
#: (only "first" and "final" start a count: "dur"; the count's words are long, so the
#: others do without them, and the trigger expression stays small to compile)
#: "the first of December", "the eighth of March": a day's ordinal word before "of" and
#: a month (DAY_WORD_BEFORE_MONTH)
_MONTH_OF_AHEAD = (
    r"\s+(?i:of)\s+(?i:" + alternation(set(MONTHS) | set(MONTH_ABBREVIATIONS)) + r")(?![A-Za-z])"
)
_AFTER_ORDINAL = {
    o: f"(?={_PERIOD_AHEAD}|{_COUNT_AHEAD}|{_MONTH_OF_AHEAD})"
    if o in ("first", "final")
    else f"(?={_PERIOD_AHEAD}|{_MONTH_OF_AHEAD})"
    for o in _ORDINAL_FIRST
}
#: The ordinal words of days that start no other expression after "the": only before "of"
#: and a month.
_DAY_WORD_FIRST = {w.split("-")[0] for w in DAY_ORDINALS} - _ORDINAL_FIRST - _NUMBER_FIRST
_AFTER_ORDINAL |= {w: f"(?={_MONTH_OF_AHEAD})" for w in _DAY_WORD_FIRST}


def _then(words: set[str], after: dict[str, str] | None = None) -> str:
    """A lookahead: whitespace, then one of ``words`` (any usual casing) or a digit;
    ``after``: what must follow some of the words (a lookahead too)."""
    forms, after = _forms(words), after or {}
    tails = {f: after[f.lower()] for f in forms if f.lower() in after}
    return (
        r"(?=\s+(?:\d|(?:"
        + trie_pattern(forms, tails, frequent_first=True)
        + ")"
        + _NOT_LETTER
        + "))"
    )


#: The words between a duration's "a" / "an" and its unit (the pattern "dur").
_COUNT_WORDS = {*_MORE_WORDS, *_IN_A_ROW_WORDS, *_DAY_KIND_WORDS}
#: Trigger words that start an expression only before one of these words (or a digit):
#: the tagger then knows the next word, and tries only the alternatives that can
#: start with both (:data:`~timeline.temporal.dispatch.NEXT_WORD`).
_NEXT_WORDS: dict[str, set[str]] = {
    "the": _THE_NEXT | _DAY_WORD_FIRST,
    "a": _UNITS_ALL | _VAGUE_FIRST | _AFTER_ARTICLE | {"mere"} | _COUNT_WORDS | _REF_AFTER_ARTICLE,
    "an": _UNITS_ALL | _VAGUE_FIRST | _AFTER_ARTICLE | {"mere"} | _COUNT_WORDS | _REF_AFTER_ARTICLE,
}

#: Code points past the Basic Multilingual Plane (U+10000 and up).
_ASTRAL = "\\U00010000-\\U0010ffff"


def _before_trigger() -> str:
    """The character before a trigger: ``[^\\w]`` in the BMP, any character past it.

    The scan tests every character of the text against this class. ``[^\\w]`` asks
    Unicode's tables for every space and punctuation mark (four function calls); the
    same characters listed as ranges compile to one table of the BMP, a lookup for
    any character. The table ends at U+FFFF, so every character past it is taken as
    well, and :func:`~timeline.temporal.tagger.scan` drops the rare match whose
    character before is a word character there (a mathematical letter, a CJK
    ideograph of the supplementary planes). Built from ``re``'s own ``\\w``, so it
    follows the running Python's Unicode database.
    """
    codes = array("I", range(0x10000))  # every BMP code point, as UTF-32 in machine order
    bmp = codes.tobytes().decode(f"utf-32-{sys.byteorder[0]}e", "surrogatepass")
    runs = (m.span() for m in re.finditer(r"[^\w]+", bmp))
    return "[" + "".join(f"\\u{a:04x}-\\u{b - 1:04x}" for a, b in runs) + _ASTRAL + "]"


#: The quantity modifiers of one word but "some" (a vague quantity's first word, a trigger of
#: the number class); the first words of the others are triggers with their next words.
_APPROX_FIRST = {w for w in QUANTITY_MODIFIERS if " " not in w} - _VAGUE_FIRST
#: A number or an approximation starts an expression only if a time unit (or "times",
#: "a.m.", "p.m.") follows within a few words: "some 20 years", "twenty-five days".
_UNIT_AHEAD = (
    r"(?=(?:[\s-]+["
    + WORD_CHARS
    + r".:/]++){0,4}?[\s-]*(?:"
    + trie_pattern(
        _forms(_UNITS_ALL | {"times", "a.m", "p.m", "am", "pm", "morning", "afternoon", "evening"}),
        frequent_first=True,
    )
    + r")(?![A-Za-z]))"
)

_MONTH_FORMS = {f for w in set(MONTHS) | set(MONTH_ABBREVIATIONS) for f in (_title(w), w.upper())}
#: A number starts an expression only as a year (four digits), with a separator and
#: more digits (13.12.2022, 10:35, 3.5 years, 13-14 December), or before a month,
#: a time unit, "times" or a.m./p.m. within a few words. (What follows the first digit.)
_AFTER_FIRST_DIGIT = (
    r"(?=\d{3}(?!\d)|0['’]?s(?![A-Za-z0-9_])|\d*(?:[-/.:–]\d|\s*(?:-|–|—|to|and|through|until)\s*\d|\s+\d+/\d|½"
    r"|(?:st|nd|rd|th)?(?:[\s-]+["
    + WORD_CHARS
    + r"./]++){0,3}?[\s-]*(?:"
    + trie_pattern(
        _forms(_UNITS_ALL | {"times", "a.m", "p.m", "am", "pm", "morning", "afternoon", "evening"})
        | _MONTH_FORMS,
        frequent_first=True,
    )
    + r")(?![A-Za-z])))"
)


def _holiday_triggers() -> tuple[set[str], dict[str, str]]:
    """The first words of the holiday names; "New" only before "Year", "Good" before "Friday"."""
    seconds: dict[str, set[str]] = {}
    for name in HOLIDAY_NAMES:
        first, _, rest = name.partition(" ")
        seconds.setdefault(first, set()).add(rest.split(" ")[0] if rest else "")
    tails = {
        first: r"(?=\s+(?:" + alternation(nxt) + r")(?!\w))"
        for first, nxt in seconds.items()
        if "" not in nxt
    }
    return set(seconds), tails


#: A quarter's or a half-year's code ("Q3", "H2"), upper case only ("q3" is not written).
_QUARTER_CODES = {f"Q{n}" for n in range(1, 5)} | {"H1", "H2"}

#: Trigger class -> (words in their usual casings, lookahead after some of them).
_CLASSES: dict[str, tuple[set[str], dict[str, str]]] = {
    "month": (
        {f for w in set(MONTHS) | set(MONTH_ABBREVIATIONS) for f in (_title(w), w.upper())},
        {},
    ),
    "weekday": ({f for w in WEEKDAYS for f in (_title(w), w.upper(), _title(w) + "s")}, {}),
    "holiday": _holiday_triggers(),
    "the": (
        _forms({"the"}),
        {f: _then(_NEXT_WORDS["the"], _AFTER_ORDINAL) for f in _forms({"the"})},
    ),
    # "around" is an approximation's trigger, "first" and "second" ordinals
    "mod": (
        _forms(_MOD_FIRST - {"around", "first", "second"} | {"very"})
        | _forms({"midmorning", "midafternoon", "midevening"}),
        {},
    ),
    "ordinal": (
        _forms(_ORDINAL_FIRST),
        {f: _AFTER_ORDINAL[f.lower()] for f in _forms(_ORDINAL_FIRST)},
    ),
    "deictic": (
        _forms({"this", "last", "next", "past", "coming", "previous", "following", "current"})
        | _forms({"latest", "initial", "recent", "same"}),
        {},
    ),
    "earlier": (_forms({"earlier", "later"}), {}),
    "that": (
        _forms({"that"}),
        {
            f: r"(?=\s+(?:same\s+)?(?:day|morning|afternoon|evening|night|week|month|year|"
            r"quarter|[MTWFS][a-z]+day)(?![\w-]))"
            for f in _forms({"that"})
        },
    ),
    "day": (_forms({"today", "yesterday", "tomorrow", "tonight"}), {}),
    "noon": (_forms({"noon", "midday", "midnight"}), {}),
    "fiscal": (_forms({"fiscal"}), {}),
    # "Q3 2019", "H2 of 2019", "Q4 this year": the code as written, before a year
    "code": (
        _QUARTER_CODES,
        {f: r"(?=\s+(?:of\s+)?(?:\d|this|last|next))" for f in _QUARTER_CODES},
    ),
    "approx": (
        _forms(_APPROX_FIRST) | _forms({"more", "less", "at", "up", "no"}),
        {f: _UNIT_AHEAD for f in _forms(_APPROX_FIRST - {"around"})}
        # "around" also modifies a date: "around Nov. 1", "around 1990", "around midday"
        | {
            f: "(?:"
            + _UNIT_AHEAD
            + r"|(?=\s+(?:(?-i:[A-Z0-9])|(?:the|this|last|next|mid)\b|year(?:\s+|-|'s\s+)end\b)))"
            for f in _forms({"around"})
        }
        | {f: r"(?=\s+than)" for f in _forms({"less"})}
        | {f: r"(?=\s+(?:than|recently))" for f in _forms({"more"})}
        | {f: r"(?=\s+(?:least|most|present|the\s+(?:moment|time)))" for f in _forms({"at"})}
        | {f: r"(?=\s+to)" for f in _forms({"up"})}
        | {f: r"(?=\s+(?:more|less))" for f in _forms({"no"})},
    ),
    "number": (
        _forms(_NUMBER_FIRST | _VAGUE_FIRST | {"a", "an"}),
        {f: _UNIT_AHEAD for f in _forms(_NUMBER_FIRST | _VAGUE_FIRST)}
        | {
            f: "(?:" + _UNIT_AHEAD + r"|(?=[\s-]+(?:" + _TENS_WORDS + "|ten|eleven|twelve|"
            r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred)(?![a-z])))"
            for f in _forms({"nineteen", "eighteen"})
        }
        | {f: "(?:" + _UNIT_AHEAD + r"|(?=\s+thousand\b))" for f in _forms({"two"})}
        | {f: _then(_NEXT_WORDS[f.lower()]) for f in _forms({"a", "an"})},
    ),
    "set": (_forms({"every", "each", "once", "twice", "thrice", "per"} | set(SET_ADVERBS)), {}),
    "half": (_forms({"half"}), {f: r"(?=[\s-]+an?[\s-])" for f in _forms({"half"})}),
    "unit": (
        _forms({"year", "month", "quarter", "week"} | set(UNIT_PLURALS)),
        {f: "(?=-)" for f in _forms({"month", "quarter", "week"})}
        # "year-end", "year end", "year's end"
        | {f: r"(?=-|(?:\s+|'s\s+)end\b)" for f in _forms({"year"})},
    ),
    "season": (_forms(set(SEASONS)), {}),
    "ref": (
        _forms(_REF_FIRST | {"to", "these"}),
        {f: r"(?=\s+date)" for f in _forms({"to"})}
        | {f: r"(?=\s+days)" for f in _forms({"these"})},
    ),
}

#: The alternatives each trigger class can start (the order of MASTER is kept).
_STARTS: dict[str, set[str]] = {
    "digit": {"iso", "num", "dmy", "dec", "cen", "qtr", "qcode", "clk", "cdur", "clk24", "ago"}
    | {"set"}
    | {"dur", "durr", "yr", "ayr"},
    "month": {"mdy", "my", "mon"},
    "weekday": {"mdy", "dmy", "wd"},
    "holiday": {"hol"},
    "the": {"mdy", "my", "mon", "dmy", "dec", "cen", "qtr", "rq", "per", "sea", "day", "rel"}
    | {"wkof"}
    | {"dur"}
    | {"ref", "durp", "ye", "yr", "yago", "wyr", "ana", "tday", "ppod"},
    "mod": {"mdy", "my", "mon", "dec", "sea", "day", "wd", "rel", "ye", "yr", "pod", "ref"},
    "ordinal": {"mdy", "my", "mon", "dec", "sea", "rel", "yr", "qtr", "dur"},
    "deictic": {"mdy", "mon", "qtr", "sea", "pod", "wd", "rel", "dur", "durp", "ref", "hol"},
    "earlier": {"day", "pod", "wd", "rel", "eiy", "ana"},
    "that": {"ana"},
    "day": {"day", "pod"},
    "noon": {"clk"},
    "fiscal": {"qtr", "fy"},
    "code": {"qcode"},
    "approx": {"clk", "ago", "dur", "ref", "ye"}
    | {"mdy", "my", "mon", "dec", "sea", "day", "wd", "rel", "yr", "pod"},
    "number": {"ago", "set", "dur", "durr", "wyr", "ref"},
    "set": {"set"},
    "half": {"half"},
    "unit": {"yago", "durp", "ye"},
    "season": {"sea"},
    "ref": {"ref"},
}


def _trigger() -> tuple[re.Pattern[str], dict[str, str]]:
    words: set[str] = set()
    tails: dict[str, str] = {}
    class_of: dict[str, str] = {}
    for name, (forms, after) in _CLASSES.items():
        for f in forms:
            if class_of.setdefault(f, name) != name:
                raise AssertionError(f"trigger word {f!r} is in two classes")
            tails[f] = _NOT_LETTER + after.get(f, "")
        words |= forms
    # The pattern starts by consuming the character before the trigger, a non-word
    # character, so that the regex engine can skip ahead to the next candidate with
    # its character-set prefix scan instead of trying every position (the scan pads
    # the text with a space); the digit conditions of _START then follow the
    # consumed character.
    # A number's first digit is consumed before any other test, so that the engine
    # rejects a letter in one character-set test (the conditions of _START, written
    # after that digit: not after "$" or "." ..., not money or a percentage), and it
    # comes before the trie, which no digit can start; then what follows it (a year, a
    # separator, a unit ahead) or an apostrophe before it ("since '82").
    digit = (
        r"\d(?<![$€£#.,:/]\d)(?!\d*(?:,\d|(?:\.\d+)?\s*%))(?:"
        + _AFTER_FIRST_DIGIT
        + r"|(?<=['’]\d)(?=\d(?![\w'’-])))"
    )
    # the trie tries the frequent letters first (in a case-sensitive pattern that
    # changes no match)
    trie = trie_pattern(words, tails, frequent_first=True)
    pattern = _before_trigger() + "(?:" + digit + "|" + trie + ")"
    return re.compile(pattern), class_of


#: For the trigger words that start an expression only before certain next words (their
#: look-ahead above: "the" before "two", "at" before "least", "that" before "day" or a
#: weekday), how those next words begin, in the casings the look-ahead takes (a digit
#: always, for "the", "a", "an"): :mod:`~timeline.temporal.triggers` looks for the word
#: and one of these after one space. A superset is safe; tests/temporal/test_triggers.py
#: checks that no word the look-ahead takes is missing.
NEXT_WORD_STARTS: dict[str, frozenset[str]] = {
    **{word: frozenset(_forms(_NEXT_WORDS[word])) for word in ("the", "a", "an")},
    "to": frozenset({"date"}),
    "these": frozenset({"days"}),
    "less": frozenset({"than"}),
    "more": frozenset({"than", "recently"}),
    "at": frozenset({"least", "most", "present", "the"}),
    "up": frozenset({"to"}),
    "no": frozenset({"more", "less"}),
    "that": frozenset({"same", "day", "morning", "afternoon", "evening", "night", "week"})
    | frozenset({"month", "year", "quarter", "M", "T", "W", "F", "S"}),
}

#: Where an expression can start, one character after the start of a match (the
#: non-word character before it): a lexicon word in its usual casings, or a digit.
#: Search ``" " + text``: a match's start is then the offset of the word in ``text``.
TRIGGER, TRIGGER_CLASS = _trigger()


class _Compiled(dict[tuple[str, ...], re.Pattern[str]]):
    """The part of MASTER made of some alternatives, compiled when first asked for.

    TRIGGER has already checked the conditions of _START, so they are left out.
    """

    def __missing__(self, names: tuple[str, ...]) -> re.Pattern[str]:
        # Compiling makes many objects and no cycle: without the collector's full passes
        # over the heap meanwhile (timeline.collector), a first tagging pass is cheaper.
        with cycle_collection_paused():
            pattern = self[names] = _compile(set(names), "")
        return pattern


#: ``PATTERNS[names]``: the alternatives ``names`` of MASTER as one pattern, compiled
#: once, on first use (compiling them all would slow every import down).
PATTERNS = _Compiled()
_ORDER = [name for name, _ in _ALTERNATIVES]
#: For each trigger class, the alternatives of MASTER that can start with it.
BY_TRIGGER: dict[str, tuple[str, ...]] = {
    c: tuple(n for n in _ORDER if n in names) for c, names in _STARTS.items()
}


def next_word_keys(trigger: str) -> list[str]:
    """The keys :data:`BY_NEXT_WORD` can be asked for after ``trigger``: see :func:`next_word`."""
    keys = {re.match(r"[a-z]+", w)[0] for w in _NEXT_WORDS[trigger]}  # type: ignore[index]
    return sorted(keys) + [str(d) for d in range(10)]


#: For each trigger word as found (and each digit 0-9), the alternatives of MASTER that
#: can start with it; none can start with some ("days" alone), and "third" only a
#: quarter. The table is generated (scripts/gen_trigger_dispatch.py); a word added
#: since gets all the alternatives of its class.
BY_WORD: dict[str, tuple[str, ...]] = {
    form: WORD.get(form.lower(), BY_TRIGGER[TRIGGER_CLASS.get(form, "digit")])
    for form in [*TRIGGER_CLASS, *map(str, range(10))]
}
#: Where a trigger word names its next word ("the" before "two"), the alternatives of
#: MASTER that can start with both, by trigger form and :func:`next_word` key.
BY_NEXT_WORD: dict[str, dict[str, tuple[str, ...]]] = {
    form: table for trigger, table in NEXT_WORD.items() for form in _forms({trigger})
}
_NEXT = re.compile(r"\s+([A-Za-z]+|\d)")


def next_word(text: str, end: int) -> str | None:
    """The key of the word after the trigger ending at ``end``: its letters, lower-cased,
    or its first digit; ``None`` if no word follows a run of whitespace."""
    m = _NEXT.match(text, end)
    return None if m is None else m[1].lower()
