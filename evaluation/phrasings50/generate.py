"""python -m evaluation.phrasings50.generate — write the rows of the classes of the
forty-fifth session (phrasings50: tune50 and heldout50).

As phrasings49: each class has four sentence frames, two rows a frame; persons, places,
hospitals, bills, tiers and identities are drawn with a seeded generator; every expected
figure comes from the independent reference (evaluation/phrasings/reference.py) or, for what
is left of the yearly cap (第二十三条), is computed here from the gazette's 6万 in Decimal. The
even frames of a class are tune50, the odd ones heldout50, so the held-out half shares no
sentence frame with the half the lead reads. The frames were written from the gazette text
alone, before any of them was first run.
"""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

from evaluation.phrasings import reference
from evaluation.phrasings.by_frame import (
    COUNTIES,
    CUSTODIANS,
    TIER_SAID,
    class_rows,
    deck,
    dialogue_rows,
    first_stay,
    relic,
)
from evaluation.phrasings.rows import mi
from evaluation.phrasings39.generate import write

HERE = Path(__file__).parent
SEED = 50

KIN = ["我爸", "我妈", "我舅", "我姐", "我奶奶", "我二叔", "我媳妇", "我哥"]
TIERS = [60, 120, 250]
# a hospital as people name it, by its level (县医院 二级, 地区人民医院 三级)
HOSPITALS = {
    "乡镇卫生院": ["乡卫生院", "乡里卫生院"],
    "二级": ["县医院", "县人民医院"],
    "三级": ["地区人民医院", "地区医院"],
}
# a bill as people type it, with its value in yuan
BILLS = [
    (6000, ["6000", "六千", "6k"]),
    (8000, ["8000", "八千", "8千"]),
    (12000, ["1.2w", "一万二", "1万2"]),
    (15000, ["1.5w", "一万五"]),
    (20000, ["2万", "两万"]),
    (25000, ["2.5w", "两万五"]),
    (30000, ["3w", "三万"]),
]
INPATIENT_CITES = ["第二十二条"]
POOR_CITES = ["第二十二条", "第二十九条"]


def _tier(rng: random.Random, tier: int) -> str:
    return rng.choice(TIER_SAID[tier])


def _bill(rng: random.Random) -> tuple[str, str]:
    value, said = rng.choice(BILLS)
    return rng.choice(said), str(value)


def _hospital(rng: random.Random) -> tuple[str, str]:
    """A hospital drawn: its level and its name as said."""
    level = rng.choice(list(HOSPITALS))
    return level, rng.choice(HOSPITALS[level])


def _every_tier(level: str, cost: str) -> list[str]:
    """The fund's payment of one first stay in the area on each tier (第二十二条)."""
    return [reference.inpatient(tier, level, cost)["payment"] for tier in TIERS]


def _rate(tier: int, level: str) -> str:
    """The inpatient rate of a tier at a level as the gazette writes it (第二十二条（三））."""
    return f"{reference.INPATIENT_RATIO[tier][level]}%"


def build() -> list[dict]:  # noqa: C901 (one class after another, as the tables before)
    rng = random.Random(SEED)
    rows: list[dict] = []

    # 1. one stay's bill, the payment asked for each of the three tiers (第二十二条)
    frames = [
        "{k}在{h}住院花了{c}，三个档分别能报多少",
        "{h}住了一回院，{c}，60、120、250档各能报多少",
        "{k}{h}住院一共{c}，每个档各报多少",
        "{p}{h}住院花{c}的话，交不同档次的，每个档次都能报多少钱",
    ]

    def every_tier(frame: int) -> tuple[str, dict]:
        level, hospital = _hospital(rng)
        said, cost = _bill(rng)
        question = frames[frame].format(
            k=rng.choice(KIN), h=hospital, c=said, p=rng.choice(COUNTIES)
        )
        return question, {
            "status": "answered",
            "gold": [mi("第二十二条")],
            "answer_contains": _every_tier(level, cost),
        }

    rows += class_rows(50, "everytier", frames, every_tier)

    # 2. a stay computed on its tier, then every tier asked of the same stay
    frames = [
        ("交{t}的，{h}住院花了{c}，报多少", "那三个档分别能报多少"),
        ("{k}是{t}档，在{h}住了院，花了{c}，能报多少钱", "换成每个档各能报多少"),
        ("我{t}档 {h}住院{c} 报多少", "60、120、250档各能报多少"),
        ("{h}住院花了{c}，交的{t}，医保给报多少", "要是交别的档呢 三个档次都给算算各报多少"),
    ]

    def every_tier_after(frame: int) -> list[tuple[str, dict]]:
        one, two = frames[frame]
        tier = rng.choice(TIERS)
        level, hospital = _hospital(rng)
        said, cost = _bill(rng)
        fill = {"t": _tier(rng, tier), "h": hospital, "c": said, "k": rng.choice(KIN)}
        return [
            (
                one.format(**fill),
                {
                    "status": "calculated",
                    "calculator": "inpatient",
                    "inputs": first_stay(tier, level, cost),
                    "expected": reference.inpatient(tier, level, cost),
                    "cites": INPATIENT_CITES,
                },
            ),
            (
                two,
                {
                    "status": ["calculated", "answered"],
                    "gold": [mi("第二十二条")],
                    "answer_contains": _every_tier(level, cost),
                    "cites": INPATIENT_CITES,
                },
            ),
        ]

    rows += dialogue_rows(50, "everytierafter", frames, every_tier_after)

    # 3. what the fund has paid this year said, what is left of the 6万 cap asked (第二十三条);
    # frames 0 and 1 leave some of it, frames 2 and 3 have used it all ("还能报吗": 用完)
    frames = [
        "{k}今年{w}已经报了{x}，还能报多少",
        "{k}今年门特报了{a}，住院报了{b}，还剩多少额度",
        "{k}住院报了{a}，门特又报了{b}，今年还能报吗",
        "{k}今年医保{x}了，要是再住院还能报吗",
    ]
    left_single = [
        (42000, ["4万2", "四万二", "4.2w"]),
        (55000, ["5.5万", "五万五"]),
        (38000, ["三万八", "3万8"]),
        (47500, ["4.75w", "四万七千五"]),
        (51000, ["5万1", "五万一"]),
    ]
    left_parts = [
        (15000, ["1万5", "一万五"]),
        (8000, ["8千", "八千"]),
        (12000, ["1.2w", "一万二"]),
        (23000, ["2万3", "两万三"]),
        (31000, ["3万1", "三万一"]),
    ]
    full_pairs = [
        ((40000, ["4万", "四万"]), (20000, ["2万", "两万"])),
        ((35000, ["3万5", "三万五"]), (25000, ["2万5", "两万五"])),
        ((48000, ["4万8", "四万八"]), (12000, ["1万2", "一万二"])),
        ((36000, ["3.6w", "三万六"]), (24000, ["2.4w", "两万四"])),
    ]
    full_said = ["已经报了6万", "都报满六万", "住院门特一共报了6万", "已经报够6万"]

    def said_of(rng: random.Random, amount: tuple[int, list[str]]) -> tuple[str, Decimal]:
        value, said = amount
        return rng.choice(said), Decimal(value)

    def cap_left(frame: int) -> tuple[str, dict]:
        kin = rng.choice(KIN)
        gold = [mi("第二十三条")]
        if frame == 0:
            x, paid = said_of(rng, rng.choice(left_single))
            where = rng.choice(["住院", "门特和住院加起来"])
            question = frames[0].format(k=kin, w=where, x=x)
        elif frame == 1:
            first, second = rng.sample(left_parts, 2)
            a, pa = said_of(rng, first)
            b, pb = said_of(rng, second)
            paid = pa + pb
            question = frames[1].format(k=kin, a=a, b=b)
        elif frame == 2:
            first, second = rng.choice(full_pairs)
            a, pa = said_of(rng, first)
            b, pb = said_of(rng, second)
            assert pa + pb >= reference.ANNUAL_CAP
            question = frames[2].format(k=kin, a=a, b=b)
            return question, {"status": "answered", "gold": gold, "answer_contains": ["用完"]}
        else:
            question = frames[3].format(k=kin, x=rng.choice(full_said))
            return question, {"status": "answered", "gold": gold, "answer_contains": ["用完"]}
        assert paid < reference.ANNUAL_CAP
        return question, {
            "status": "answered",
            "gold": gold,
            "answer_contains": [reference.money(reference.ANNUAL_CAP - paid)],
        }

    rows += class_rows(50, "capleft", frames, cap_left)

    # 4. a 建档立卡 household's own share, then a member who is also 低保/特困/孤儿
    # (第十八条（三）（四）: 就高不就低)
    frames = [
        ("我们家是建档立卡户，医保自己掏多少", "{m}同时还是{i}，{p}还要掏60吗"),
        ("家里是建档立卡贫困户，交医保个人要出多少钱", "那{m}呢，{p}也是{i}，也得交60？"),
        ("建档立卡户参保 自己得掏多少", "{m}还算{i} 这样{p}还交60不"),
        ("我家建档立卡的，居民医保每人自己交多少", "不过{m}另外还是{i}，{p}个人要交多少"),
    ]
    grown = [("我妈", "她"), ("我爸", "他"), ("我奶奶", "她"), ("我舅", "他"), ("我爷爷", "他")]
    young = [("我侄子", "他"), ("我外甥女", "她"), ("家里收养的娃", "他")]
    second_identity = [
        ("低保对象", ["低保户", "吃低保的"], grown),
        ("特困供养人员", ["特困供养人员", "特困户"], grown),
        ("孤儿", ["孤儿"], young),
    ]
    poor = "建档立卡贫困人员"

    def identity_both(frame: int) -> list[tuple[str, dict]]:
        one, two = frames[frame]
        identity, said, members = rng.choice(second_identity)
        member, pronoun = rng.choice(members)
        return [
            (
                one,
                {
                    "status": "calculated",
                    "calculator": "contribution",
                    "inputs": {"mode": "enrol", "identities": [poor]},
                    "expected": reference.contribution([poor]),
                    "cites": ["第十八条"],
                },
            ),
            (
                two.format(m=member, p=pronoun, i=rng.choice(said)),
                {
                    "status": "calculated",
                    "calculator": "contribution",
                    "inputs": {"mode": "enrol", "identities": [poor, identity]},
                    "expected": reference.contribution([poor, identity]),
                    "answer_contains": ["0.00", "就高不就低"],
                    "cites": ["第十八条"],
                },
            ),
        ]

    rows += dialogue_rows(50, "identityboth", frames, identity_both)

    # 5. the household's 建档立卡 standing said first (frames 1 and 2 with a question, 0 and 3
    # without), then a stay with no tier: 250, the rate raised 5 points (第二十九条（四））
    frames = [
        ("我们家是建档立卡户", "{k}在{h}住院花了{c}，能报多少"),
        ("我家是建档立卡贫困户，住院能比别人多报点不", "{k}前几天在{h}住了院，花了{c}，报多少"),
        ("建档立卡户住院报销有啥照顾没", "{k}上个月{h}住院{c}，能报多少钱"),
        ("跟你说下 我们是建档立卡户", "{k}在{h}住院一共花了{c} 医保给报多少"),
    ]

    def poor_stay(frame: int) -> list[tuple[str, dict]]:
        one, two = frames[frame]
        level, hospital = _hospital(rng)
        said, cost = _bill(rng)
        if frame in (1, 2):
            first = {"status": "answered", "gold": [mi("第二十九条")], "answer_contains": ["5%"]}
        else:
            first = {"status": ["answered", "follow_up", "calculated"]}
        return [
            (one, first),
            (
                two.format(k=rng.choice(KIN), h=hospital, c=said),
                {
                    "status": "calculated",
                    "calculator": "inpatient",
                    "inputs": first_stay(250, level, cost, poor=True),
                    "expected": reference.inpatient(250, level, cost, poor=True),
                    "cites": POOR_CITES,
                },
            ),
        ]

    rows += dialogue_rows(50, "poorstay", frames, poor_stay)

    # 6. a rate asked on a tier and level, the tier corrected, then the bill: computed on the
    # corrected tier at the first turn's level (第二十二条)
    frames = [
        ("我交{a}档 在{h}住院能报几成", "不对 我记错了 是{b}档", "第一次住院花了{c}，能报多少"),
        (
            "{a}档的，{h}住院报销比例多少",
            "哦说错了，我交的是{b}",
            "今年头回住院，花了{c}，报多少钱",
        ),
        (
            "交{a}的在{h}住院 按多少比例报",
            "等下 搞错了 我们家交的{b}档",
            "这次住院一共{c} 能报多少",
        ),
        (
            "我是{a}档，{h}住院给报百分之多少",
            "不是{a}，是{b}，记岔了",
            "今年第一回住院花了{c}，报多少",
        ),
    ]

    def tier_fixed(frame: int) -> list[tuple[str, dict]]:
        one, two, three = frames[frame]
        said_tier, tier = rng.sample(TIERS, 2)
        level, hospital = _hospital(rng)
        said, cost = _bill(rng)
        a, b = _tier(rng, said_tier), _tier(rng, tier)
        return [
            (
                one.format(a=a, h=hospital),
                {
                    "status": "answered",
                    "gold": [mi("第二十二条")],
                    "answer_contains": [_rate(said_tier, level)],
                },
            ),
            (
                two.format(a=a, b=b),
                {
                    "status": "answered",
                    "gold": [mi("第二十二条")],
                    "answer_contains": [_rate(tier, level)],
                },
            ),
            (
                three.format(c=said),
                {
                    "status": "calculated",
                    "calculator": "inpatient",
                    "inputs": first_stay(tier, level, cost),
                    "expected": reference.inpatient(tier, level, cost),
                    "cites": INPATIENT_CITES,
                },
            ),
        ]

    rows += dialogue_rows(50, "tierfixed", frames, tier_fixed)

    # 7. one of the two diseases' drugs at the county hospital, its level and a year's 甲类
    # bill, then the other disease found and both drugs' year (第二十五条)
    frames = [
        (
            "我有{d} 在县医院拿药 医保咋报",
            "县医院是二级 一年药钱{x} 都是甲类",
            "今年又查出{e} 两样药一年加起来{y}",
        ),
        (
            "{k}有{d}，一直在{p}县医院开药，这个医保能报吗",
            "县医院是二级的，{k}一年药费{x}，全是甲类药",
            "后来又查出{e}了，两种病的药一年一共{y}，能报多少",
        ),
        (
            "{d}在县医院开的药能报销不",
            "二级医院，一年下来药钱{x}，都甲类的",
            "今年{e}也查出来了，两样药全年加起来花了{y}",
        ),
        (
            "{k}得了{d}，在县医院拿药，医保怎么算",
            "县医院二级，一年{x}的药，都是甲类",
            "现在{e}也有了，两种药一年合计{y}，报多少",
        ),
    ]
    cap_said = {"高血压": "800元", "糖尿病": "1200元"}
    one_year = {
        "高血压": ["900", "1000", "1500", "2000"],
        "糖尿病": ["1500", "1800", "2500", "3000"],
    }
    both_years = ["3500", "4000", "2800", "5000"]
    # the disease found first: 高血压 in the first four rows, 糖尿病 in the last four
    found_first = iter(["高血压"] * 4 + ["糖尿病"] * 4)

    def two_diseases(frame: int) -> list[tuple[str, dict]]:
        one, two, three = frames[frame]
        d = next(found_first)
        e = "糖尿病" if d == "高血压" else "高血压"
        x = rng.choice(one_year[d])
        y = rng.choice([v for v in both_years if Decimal(v) > Decimal(x)])
        kin, county = rng.choice(KIN), rng.choice(COUNTIES)
        return [
            (
                one.format(d=d, k=kin, p=county),
                {
                    "status": "answered",
                    "gold": [mi("第二十五条")],
                    "answer_contains": [cap_said[d]],
                },
            ),
            (
                two.format(x=x, k=kin),
                {
                    "status": "calculated",
                    "calculator": "two_diseases",
                    "inputs": {
                        "diseases": [d],
                        "level": "二级",
                        "class_a": x,
                        "class_b": "0",
                        "already_paid": "0",
                    },
                    "expected": reference.two_diseases([d], "二级", x),
                    "cites": ["第二十五条"],
                },
            ),
            (
                three.format(e=e, y=y),
                {
                    "status": "calculated",
                    "calculator": "two_diseases",
                    "inputs": {
                        "diseases": [d, e],
                        "level": "二级",
                        "class_a": y,
                        "class_b": "0",
                        "already_paid": "0",
                    },
                    "expected": reference.two_diseases([d, e], "二级", y),
                    "cites": ["第二十五条"],
                },
            ),
        ]

    rows += dialogue_rows(50, "twodiseases", frames, two_diseases)

    # 8. a stay after a traffic accident said in everyday words: not paid (第三十条（八））
    frames = [
        "{k}{a}，在{h}住院花的钱医保能报吗",
        "{k}前天{a}，住了几天院，这钱居民医保给不给报",
        "{k}在{p}{a} 摔伤住院了 医保管不管",
        "{a}，{k}现在还在{h}住着，花的钱医保能不能报销",
    ]
    mishap = deck(
        rng,
        [
            "骑摩托跟人撞了",
            "开车撞到护栏上了",
            "骑电动车翻了",
            "开皮卡翻到沟里了",
            "骑摩托让货车刮倒了",
            "坐的面包车跟大车碰了",
        ],
    )

    def crash(frame: int) -> tuple[str, dict]:
        _, hospital = _hospital(rng)
        question = frames[frame].format(
            k=rng.choice(KIN), a=mishap(), h=hospital, p=rng.choice(COUNTIES)
        )
        return question, {
            "status": "answered",
            "gold": [mi("第三十条")],
            "answer_contains": ["不能"],
        }

    rows += class_rows(50, "crash", frames, crash)

    # 9. who pays: a dig for building works (文物办法 第二十二条: 建设单位, frames 0 and 1) and
    # the field custodians' wages (细则 第十二条: 地区财政, frames 2 and 3)
    frames = [
        "{p}要修{w}，文物部门说得先考古挖一下，这钱谁掏",
        "建{w}之前要做文物勘探发掘，费用是县里出还是谁出",
        "{p}野外文物点的看管员，工资谁出钱",
        "{k}在{p}给野外文物点当看管员，每个月工资县里发还是谁出",
    ]
    work = deck(rng, ["水电站", "公路", "光伏电站", "新村安置房", "学校", "输电线路"])

    def payer(frame: int) -> tuple[str, dict]:
        question = frames[frame].format(p=rng.choice(COUNTIES), w=work(), k=rng.choice(KIN))
        if frame < 2:
            return question, {
                "status": "answered",
                "gold": [relic("第二十二条")],
                "answer_contains": ["建设单位"],
            }
        return question, {
            "status": "answered",
            "gold": [{"doc": CUSTODIANS, "article": "第十二条"}],
            "answer_contains": ["地区财政"],
        }

    rows += class_rows(50, "payer", frames, payer)

    # 10. building works inside a 全国重点 site's protection range (文物办法 第十三条)
    frames = [
        "{s}是全国重点文保单位，保护范围里面想{w}，谁批",
        "在全国重点文物保护单位{s}的保护范围内{w}，要找哪个审批",
        "{p}那个国保单位的保护范围里要{w}，得谁点头",
        "{s}算全国重点，村里想在它保护范围里{w}，归谁批准",
    ]
    sites = ["古格王国遗址", "托林寺", "科迦寺", "皮央·东嘎遗址"]
    site_work = deck(
        rng, ["修一条路", "盖几间房", "架电线杆", "挖个蓄水池", "修个停车场", "打口井"]
    )

    def site_level(frame: int) -> tuple[str, dict]:
        question = frames[frame].format(
            s=rng.choice(sites), w=site_work(), p=rng.choice(["札达", "普兰"])
        )
        return question, {
            "status": "answered",
            "gold": [relic("第十三条")],
            "answer_contains": ["自治区人民政府"],
        }

    rows += class_rows(50, "sitelevel", frames, site_level)

    # 11. a hall or site building mended (frames 0 and 1) or moved whole (frames 2 and 3)
    # (文物办法 第十五条)
    frames = [
        "{p}那座寺是文保单位，{hall}漏雨了，想修一下，得找谁批",
        "{k}说文保单位里那座{b}墙裂了，想找人修修，要走啥手续",
        "{p}有个文保单位的寺，想把{hall}整个挪到山下去，要谁批准",
        "文物保护单位里那座{b}要整个搬走，{k}问这个归谁管批",
    ]
    halls = ["大殿", "经堂", "护法殿", "佛殿"]
    buildings = ["老碉楼", "老宅子", "旧殿堂", "老经堂"]

    def repair(frame: int) -> tuple[str, dict]:
        question = frames[frame].format(
            p=rng.choice(COUNTIES),
            hall=rng.choice(halls),
            b=rng.choice(buildings),
            k=rng.choice(KIN),
        )
        return question, {
            "status": "answered",
            "gold": [relic("第十五条")],
            "answer_contains": ["同意"],
        }

    rows += class_rows(50, "repair", frames, repair)

    # 12. a temple's or museum's own relics sold, given or rented, asked of with a pointer
    # (文物办法 第二十七条: 禁止…赠与、出租或者出售)
    frames = [
        "{t}想把寺里收着的旧{x}卖给游客，这样可以吗",
        "寺里有几件老{x}，{k}说送给来朝拜的大老板，这么做行不行",
        "{p}县博物馆打算把库房里的老{x}租给拍电影的，这样没问题吧",
        "庙里的老{x}想卖给收藏的人换点钱修庙，这样弄行吗",
    ]
    item = deck(rng, ["唐卡", "佛像", "铜器", "经书", "面具"])
    monks = ["寺管会", "寺里的管家", "老喇嘛", "寺里几个管事的"]

    def pointed_act(frame: int) -> tuple[str, dict]:
        question = frames[frame].format(
            t=rng.choice(monks), x=item(), k=rng.choice(KIN), p=rng.choice(COUNTIES)
        )
        return question, {
            "status": "answered",
            "gold": [relic("第二十七条")],
            "answer_contains": ["禁止"],
        }

    rows += class_rows(50, "pointedact", frames, pointed_act)
    return rows


if __name__ == "__main__":
    write(build(), HERE)
