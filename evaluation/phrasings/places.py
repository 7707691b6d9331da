"""Gold places the phrasing tables cite again and again, named once.

A table's gen_* modules import these instead of each writing mi("第二十二条") under its own
copy of the name; places a single table cites stay in that table's module.
"""

from __future__ import annotations

from evaluation.phrasings.rows import GE, RC, RD, RP, art, mi, quote

INPATIENT = mi("第二十二条")  # stays: deductibles and shares by hospital level
CAP = mi("第二十三条")  # the yearly cap (6万)
SPECIAL = mi("第二十四条")  # special outpatient illnesses
TWO = mi("第二十五条")  # hypertension and diabetes outpatient
GENERAL = mi("第二十六条")  # general outpatient
TIERS = mi("第十八条")  # individual contribution tiers
SHARE = mi("第十八条")  # individual contribution tiers (who pays which share)
SPLIT = mi("第十七条")  # how the fiscal subsidy is split
PERIOD = mi("第八条")  # enrolment and the yearly payment period
LATE = mi("第八条")  # the yearly payment period (paying late)
OTHER = mi("第二十九条")  # other benefit rules (cross-year bills, maternity…)
MATERNITY = mi("第二十九条")  # other benefit rules, maternity among them
EXCLUDED = mi("第三十条")  # costs the fund does not pay
SERIOUS = mi("第二十七条")  # serious-illness insurance
WAGE = art(RC, "第十二条")  # field-relic custodians' monthly pay
FIND = art(RP, "第二十一条")  # finding a relic
ROAD = quote(RD, "100万元/年")  # the county road-maintenance subsidy
ROAD_PREFECTURE = quote(RD, "350万元/年")  # the prefecture's road-maintenance subsidy
GRADUATES = quote(GE, "2020年591人")  # the year's graduates
RATE = quote(GE, "就业率保持在90%以上")  # the employment rate aimed at
