"""Advice the gazette leaves to the person: which contribution tier to choose.

"交哪个档划算" has no answer in the text — 第十八条（一） leaves the tier to each resident's own
choice — but what the tiers change has: the inpatient ratios of 第二十二条（三） and the ratios of
门诊特殊病 in 第二十四条（二）. The answer says the first and shows the second, taken from the rule
table, each figure with its article.
"""

from __future__ import annotations

import re
from decimal import Decimal

from assistant.calculators.base import pct, rules
from assistant.citations import of_place
from assistant.frame import Frame
from assistant.response import Response
from corpus import Corpus

# a preference between tiers asked: "交哪个档划算", "250档值不值", "60档和250档哪个好", "该选哪个档"
TIER_ADVICE = re.compile(
    r"档[^，。？?]{0,10}(划算|划不来|合算|值不值|值得|哪个好|哪个更好|哪种好|哪个强|最好|更好|"
    r"合适|好些|好一点|推荐|建议)"
    r"|(选|交|买|缴|上)(哪个|哪一个|哪种|哪一)档"
    r"|(怎么|如何)选(择)?档|档次?[^，。？?]{0,4}(怎么|如何|咋)选"
)
# levels in the order a reader expects, as the rule table names them
LEVELS = ("乡镇卫生院", "一级", "二级", "三级")


def asks_tier_advice(frame: Frame) -> bool:
    """A resident's own choice asked about, not a person's duty: "我爸70岁交哪个档" is whether he
    pays at all, which the contribution rule decides."""
    person = frame.person
    return bool(
        TIER_ADVICE.search(frame.text)
        and person.age is None
        and not person.identities
        and not frame.slots.get("identities")
    )


def _by_level(ratios: dict[str, str]) -> str:
    """ "乡镇卫生院、一级、二级90%，三级85%": levels with the same ratio said together."""
    groups: list[tuple[list[str], str]] = []
    for level in LEVELS:
        ratio = ratios[level]
        if groups and groups[-1][1] == ratio:
            groups[-1][0].append(level)
        else:
            groups.append(([level], ratio))
    return "，".join(f"{'、'.join(levels)}{pct(Decimal(ratio))}" for levels, ratio in groups)


def tier_advice(corpus: Corpus) -> Response:
    table = rules()
    choice = table["contribution"]["tier_cite"]
    inpatient = table["inpatient"]["ratio"]
    special = table["special_outpatient"]["ratio"]
    tiers = [str(t) for t in table["contribution"]["tiers"]]
    lines = [
        "文件没有说哪个档次更划算：个人缴费档次由城乡居民根据自身情况自愿选择"
        f"{'、'.join(f'{t}元' for t in tiers)}（{choice[1]}{choice[2]}）[1]。"
        f"各档的差别在报销比例——住院（{inpatient['cite'][1]}{inpatient['cite'][2]}）[2]："
    ]
    lines += [f"· {t}元档：{_by_level(inpatient['values'][t])}" for t in reversed(tiers)]
    lines.append(
        "门诊特殊病："
        + "、".join(f"{t}元档{pct(Decimal(special['values'][t]))}" for t in tiers)
        + f"（{special['cite'][1]}{special['cite'][2]}）[3]。"
    )
    cites = [of_place(corpus, *c) for c in (choice, inpatient["cite"], special["cite"])]
    facts = [pct(Decimal(v)) for t in tiers for v in inpatient["values"][t].values()]
    return Response(
        "answered",
        answer="\n".join(lines),
        citations=[c for c in cites if c is not None],
        facts=list(dict.fromkeys(facts)),
    )
