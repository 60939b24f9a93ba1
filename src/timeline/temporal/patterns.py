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

Where each alternative can start (its trigger words) and the parts of MASTER tried
there are :mod:`timeline.temporal.trigger_classes`.
"""

from __future__ import annotations

import re

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
    alternation,
    phrase_pattern,
)

__all__ = [
    "ALTERNATIVES",
    "MASTER",
    "compile_alternatives",
]


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
#: The words before "year" that make a year of a month or a day ("October of this year",
#: "April 18 last year": one expression, its year counted from the DCT or the narrative).
_REL_YEAR = r"this|last|next|that|the\s+same|the\s+following|the\s+previous"
#: What follows a month named without a year when a later month of one range or list gives
#: the year ("between May and July 2021", "from March through June 2004", "in March,
#: April and May 2022", "from January to September last year"): the year is the pair's
#: (normalize.mon). A list holds eleven more months at most, so each month's look ahead
#: is bounded (a hostile list of thousands of months stays linear; docs/reliability.md).
MONTH_PAIR_YEAR = re.compile(
    rf"(?:(?:\s*,\s*{MONTH}){{1,11}},?\s*|\s*)(?P<link>-|–|—|to|and|or|through|until|till)\s*"
    rf"(?:(?:early|mid|late)[\s-]+)?(?P<month>{MONTH})"
    rf"(?:,?\s+(?P<year>{YEAR})|,?\s+(?:of\s+)?(?P<rel>{_REL_YEAR})\s+year(?!\w))",
    re.IGNORECASE,
)
#: The second month of a range written without a year after its first ("from July to
#: June", "between December and February"): the range's start is counted back from its
#: end (normalize.mon). Not a month a day or a year follows ("to October 5", "to
#: February 2023": those give the pair its year through MONTH_PAIR_YEAR).
MONTH_RANGE_END = re.compile(
    rf"\s*(?P<link>to|and|through|until|till)\s+(?:(?:early|mid|late)[\s-]+)?"
    rf"(?P<month>{MONTH})(?![\w-])(?!,?\s*\d)"
)
_QUANTITY = alternation(QUANTITY_WORDS)
_NUMBER_WORDS = alternation(w for w in NUMBER_WORDS if w not in ("a", "an"))
#: A count written with thousands separators ("5,000", "12,000"), as a duration's count
#: ("5,000 years"); anywhere else a number with a comma is money or a quantity (_START).
GROUPED_COUNT = r"\d{1,3}(?:,\d{3})+(?![\d.,]\d)"
NUMBER = r"(?:" + GROUPED_COUNT + r"|\d+(?:\.\d+)?|" + _NUMBER_WORDS + ")"
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
MORE_WORDS = ("more", "additional", "further", "extra")
IN_A_ROW_WORDS = ("consecutive", "straight", "successive")
DAY_KIND_WORDS = ("trading", "business", "working", "calendar")


TENS_WORDS = "(?:" + "|".join(TENS) + ")"
_UNIT_WORDS = "(?:" + "|".join(w for w, n in NUMBERS_BELOW_TWENTY.items() if 1 <= n <= 9) + ")"
_TEENS = "|".join(w for w, n in NUMBERS_BELOW_TWENTY.items() if 10 <= n <= 19)
_UNITS_RE = alternation(list(UNITS) + list(UNIT_PLURALS))


#: A year read out ("nineteen ninety-four", "two thousand and one"), without groups.
SPOKEN_YEAR = (
    r"(?:(?:nineteen|eighteen)[\s-]+(?:"
    + TENS_WORDS
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
            # a space may stand before a year of four digits ("on 11/11/ 2023")
            r"(?:\x20(?=\d{4}(?!\d)))?(?P<num_y>\d{4}|\d{2})(?![\w/-]|[.,]\d)",
        ),
        # [last|next] [Monday,] March 29[-30][, 2022 | last year]
        (
            "mdy",
            rf"(?:(?P<mdy_mod>{MOD}){_SEP})?(?:(?P<mdy_lr>{_LAST_OR_NEXT})\s+)?"
            rf"(?:(?P<mdy_wd>{WEEKDAY}),?\s+)?"
            rf"(?P<mdy_m>{MONTH})\s*(?P<mdy_d>{DAY}|{DAY_WORD_AFTER_MONTH})"
            rf"(?:{_RANGE}(?:(?P<mdy_m2>{MONTH})\s*|{_THE_ORDINAL})?(?P<mdy_d2>{DAY}))?"
            # "September 06/2018": the Ethiopian News Agency writes the year after a slash
            rf"(?:(?:,?\s*|/)(?P<mdy_y>{YEAR})|,?\s+(?:of\s+)?(?P<mdy_rel>{_REL_YEAR})\s+year(?!\w))?",
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
            # "early 20th century", "the end of the 21st century": the modifier belongs to
            # the extent (TimeML 1.2.1, section 2.2.1), a "the" before "early" does not
            rf"(?:(?P<cen_mod>{MOD}){_SEP}(?:the\s+)?)?"
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
        # fiscal 1990, fiscal year 2024, FY2023, FY 2024, FY24 (the code in capitals only)
        (
            "fy",
            r"(?:fiscal(?:\s+year)?\s+|(?-i:FY)[\s-]?)(?P<fy_y>" + YEAR + r"|'?\d\d(?![\w%]))"
            # "fiscal year 2023-24": one fiscal year across two calendar years
            r"(?:[-/–](?P<fy_y2>\d\d|\d{4})(?![\w%]|[.,]\d))?",
        ),
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
            + TENS_WORDS
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
            # "this long weekend", "over the long weekend": the weekend with its holiday
            # (TimeML 1.2.1, section 2.2: the adjective is part of the extent)
            r"(?:long\s+(?=weekend(?![\w-])))?"
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
            rf"(?:\s+(?:{'|'.join(MORE_WORDS)}))?"
            # "six straight days", "two consecutive quarters": a count of units in a row,
            # one DURATION with its adjective (TimeML 1.2.1, section 2.2.1: modifiers of
            # the expression are part of its extent)
            rf"(?:\s+(?:{'|'.join(IN_A_ROW_WORDS)}))?"
            # "eight trading days", "ten business days": a count of such days
            rf"(?:\s+(?:{'|'.join(DAY_KIND_WORDS)})(?=\s+days?\b))?"
            # after "a" / "an" only a space before the unit ("a year"; not "a - year",
            # whose unit the dispatch, reading the next word after a space, never sees)
            r"(?:(?<![Aa])[\s-]+|\s+)"
            # "a 14-day-long visit": the unit's own look-ahead would refuse the hyphen
            rf"(?:(?P<dur_u>{UNIT})|(?P<dur_ul>{UNIT_SINGULAR})-long(?![\w-]))"
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
            r"(?:(?P<durp_d>(?:the\s+)?(?:past|last|next|coming|previous|(?:most\s+)?recent)\s+)?"
            r"(?P<durp_u>years|months|weeks|days|hours|minutes|quarters|decades|centuries)"
            r"(?:-long)?"
            # "a day-long meeting", "his week-long visit": one unit as an adjective
            r"|(?P<durp_one>year|month|week|day|hour|minute|decade|century)-long)"
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
        # [on] the 24th, [on] the 17th of this month: a day of the month named by its
        # ordinal alone (TimeML 1.2.1, section 2.2.1: "the" belongs to the extent); its
        # month is the sentence's day's or the DCT's, only after "on" (the normalizer
        # checks the word before: a lookbehind here would hide it from the trigger
        # tables; normalize.ordinal_day). Only before a stop, "of this / last / next
        # month", "local time" or a word that cannot be the noun the ordinal counts ("on
        # the 31st.", "on the 24th we will meet"; not "on the 5th floor", "on the 4th
        # anniversary"); near the last, so that any other reading of "the 4th" wins
        (
            "oday",
            r"the\s+(?P<oday_d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)"
            r"(?:\s+of\s+(?P<oday_rel>this|last|next)\s+month(?![\w-]))?"
            r"(?=\s*(?:[,.;:!?)\"”]|$)|\s+(?:local\s+time|and|at|in|we|they|he|she|it|that|when"
            r"|with|before|after|during|as|from|to|for)(?![\w-]))",
        ),
        # since '82, in ’98: a year of two digits after an apostrophe (the normalizer checks
        # the apostrophe: a lookbehind here would hide it from the trigger tables); last,
        # so that it is tried only where nothing else starts
        ("ayr", r"(?P<ayr_y>\d\d)(?![\w'’-])(?![.,]\d)"),
    ]
    return alts


ALTERNATIVES = _alternatives()


#: Where no expression starts: inside a word, or at a number that is money ($3), a
#: decimal or thousands part (3.6, 2,000), a percentage (23%) or a ratio (1/2); but a
#: count with thousands separators before a unit is a duration's ("5,000 years").
_START = (
    r"(?<![\w])(?!(?<=[$€£#.,:/])\d|(?!"
    + GROUPED_COUNT
    + r"[\s-]+"
    + UNIT
    + r")\d+(?:,\d|(?:\.\d+)?\s*%))"
)


def compile_alternatives(names: set[str] | None, start: str = _START) -> re.Pattern[str]:
    parts = [rf"(?P<{n}>{body})" for n, body in ALTERNATIVES if names is None or n in names]
    return re.compile(start + "(?:" + "|".join(parts) + ")", re.IGNORECASE)


#: The master expression: ``m.lastgroup`` names the alternative that matched.
MASTER: re.Pattern[str] = compile_alternatives(None)
