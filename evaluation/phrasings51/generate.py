"""python -m evaluation.phrasings51.generate — write the rows of the classes of the
forty-sixth session (phrasings51: tune51 and heldout51).

As phrasings50: each class has four sentence frames, two rows a frame; persons, places,
hospitals, schools, bills, tiers, standings, site levels and relics are drawn with a seeded
generator; every expected figure comes from the independent reference
(evaluation/phrasings/reference.py: the enrolment share of a standing, a first stay's payment,
two custodians' year). Where a class asks two kinds of case (where to enrol and what to bring,
the 6万 and the 14万 cap, a mending and a moving, a sale and a gift, a year's pay and its
payer), frames 0 and 1 hold one kind and frames 2 and 3 the other, so each half has both.
The even frames of a class are tune51, the odd ones heldout51, so the held-out half shares no
sentence frame with the half the lead reads. The frames were written from the gazette text
alone, before any of them was first run.
"""

from __future__ import annotations

import random
from pathlib import Path

from evaluation.phrasings import reference
from evaluation.phrasings.by_frame import (
    COUNTIES,
    TIER_SAID,
    class_rows,
    deck,
    dialogue_rows,
    first_stay,
    keeper,
    relic,
)
from evaluation.phrasings.rows import mi
from evaluation.phrasings39.generate import write

HERE = Path(__file__).parent
SEED = 51

# relatives as said, with the pronoun a later turn uses for them
ELDERS = [
    ("我妈", "她"),
    ("我爸", "他"),
    ("我奶奶", "她"),
    ("我爷爷", "他"),
    ("我舅", "他"),
    ("我姨", "她"),
    ("我大伯", "他"),
    ("我姑", "她"),
]
YOUNG = [
    ("我弟", "他"),
    ("我妹", "她"),
    ("我儿子", "他"),
    ("我女儿", "她"),
    ("我侄子", "他"),
    ("我外甥女", "她"),
    ("我表妹", "她"),
]
KIN = ["我爸", "我妈", "我舅", "我哥", "我姐夫", "我三叔", "我表哥", "我老公"]
# custodians are chosen men first (细则 第五条): the relatives who keep a site, said as "他"
KEEPERS = ["我哥", "我老公", "我表哥", "我二叔", "我弟", "我小舅", "我堂哥"]
# a hospital as people name it, by its level (县医院 二级, 地区人民医院 三级)
HOSPITALS = {
    "乡镇卫生院": ["乡卫生院", "乡里的卫生院", "镇上卫生院"],
    "二级": ["县医院", "县人民医院"],
    "三级": ["地区人民医院", "阿里地区人民医院"],
}
# a bill as people type it, with its value in yuan
BILLS = [
    (5000, ["5000", "五千", "5k"]),
    (9000, ["9000", "九千", "9千"]),
    (14000, ["1.4w", "一万四", "1万4"]),
    (18000, ["1.8w", "一万八"]),
    (22000, ["2.2万", "两万二"]),
    (26000, ["2.6w", "两万六"]),
    (35000, ["3.5w", "三万五"]),
]
INPATIENT_CITES = ["第二十二条"]


def build() -> list[dict]:  # noqa: C901 (one class after another, as the tables before)
    rng = random.Random(SEED)
    rows: list[dict] = []

    # 1. a relative's standing said inside a question on enrolling (where: 第七条 户籍所在地,
    # frames 0 and 1; what to bring: 第七条 户口簿, frames 2 and 3), then whether they still
    # pay: the standing's own share (第十八条（三）（四）)
    frames = [
        ("{k}是{i}，今年想参加居民医保，去哪儿办", "那{p}还要交钱吗"),
        ("{k}算{i}，城乡居民医保的登记在哪里弄", "{p}还用交钱不"),
        ("{k}是{i}，给{p}办医保登记要带啥材料", "{p}自己还要交钱吗"),
        ("{k}属于{i}，第一次参保得准备哪些证件", "这样的话{p}还要交钱吗"),
    ]
    standing = deck(
        rng,
        [
            ("低保对象", ["低保户", "吃低保的"]),
            ("特困供养人员", ["特困供养人员", "特困户"]),
            ("建档立卡贫困人员", ["建档立卡户", "建档立卡贫困户"]),
        ],
    )
    elder = deck(rng, ELDERS)

    def standing_fee(frame: int) -> list[tuple[str, dict]]:
        one, two = frames[frame]
        identity, said = standing()
        kin, pronoun = elder()
        if frame < 2:
            first = {
                "status": "answered",
                "gold": [mi("第七条"), mi("第九条")],
                "answer_contains": ["户籍所在地"],
            }
        else:
            first = {
                "status": "answered",
                "gold": [mi("第七条"), mi("第九条")],
                "answer_contains": ["户口簿"],
            }
        return [
            (one.format(k=kin, i=rng.choice(said), p=pronoun), first),
            (
                two.format(p=pronoun),
                {
                    "status": "calculated",
                    "calculator": "contribution",
                    "inputs": {"mode": "enrol", "identities": [identity]},
                    "expected": reference.contribution([identity]),
                    "cites": ["第十八条"],
                },
            ),
        ]

    rows += dialogue_rows(51, "standingfee", frames, standing_fee)

    # 2. a student at a school in or outside Tibet: enrolled where the household is registered
    # (第六条（二）: 按户籍所在地参保)
    frames = [
        "{k}{s}，医保在哪交啊",
        "孩子{s}，户口还在{c}，居民医保是在学校那边参保还是回老家",
        "{k}{s}，{p}的医保该去哪里办",
        "家里娃{s}，城乡居民医保应该在哪儿参保",
    ]
    school = deck(
        rng,
        [
            "在拉萨上西藏大学",
            "在西藏民族大学读书",
            "在拉萨读大专",
            "在日喀则上中专",
            "在拉萨的技校学汽修",
            "在狮泉河上高中",
            "在成都上大学",
            "在内地西藏班读高中",
            "在西安读大专",
            "在天津上中专",
            "在重庆读技校",
            "考到北京读大学了",
        ],
    )
    young = deck(rng, YOUNG)

    def student(frame: int) -> tuple[str, dict]:
        kin, pronoun = young()
        question = frames[frame].format(k=kin, s=school(), c=rng.choice(COUNTIES), p=pronoun)
        return question, {
            "status": "answered",
            "gold": [mi("第六条")],
            "answer_contains": ["户籍所在地"],
        }

    rows += class_rows(51, "student", frames, student)

    # 3. the most a scheme pays, no bill given: the basic insurance's year (第二十三条 6万,
    # frames 0 and 1), the serious-illness insurance's (第二十七条 14万, frames 2 and 3)
    frames = [
        "{k}下个月要去{h}住院，住院一年最多能报多少",
        "{k}交的{t}档居民医保，一年到头最多给报多少钱",
        "{k}查出{d}了，听说有大病保险，一年最多能报多少",
        "{d}太费钱了，大病保险最多能报多少啊",
    ]
    illness = deck(rng, ["癌症", "尿毒症", "白血病", "肝硬化", "肺癌", "胃癌"])
    tier_said = deck(rng, [said for tier in TIER_SAID for said in TIER_SAID[tier]])
    capped = deck(rng, KIN)

    def cap_most(frame: int) -> tuple[str, dict]:
        level = rng.choice(list(HOSPITALS))
        question = frames[frame].format(
            k=capped(),
            h=rng.choice(HOSPITALS[level]),
            t=tier_said(),
            d=illness(),
        )
        if frame < 2:
            return question, {
                "status": "answered",
                "gold": [mi("第二十三条")],
                "answer_contains": ["6万"],
            }
        return question, {
            "status": "answered",
            "gold": [mi("第二十七条")],
            "answer_contains": ["14万"],
        }

    rows += class_rows(51, "capmost", frames, cap_most)

    # 4. the papers brought back to claim a stay outside Tibet, paid first by oneself
    # (第三十四条: 出院证明（诊断证明）、住院发票原件、费用清单…)
    frames = [
        "{k}在{c}打工的时候住了院，钱是自己垫的，回来报销要带啥",
        "{k}去{c}走亲戚，在那边医院住了几天，回{p}报销得带哪些东西",
        "在{c}住的院，自己先掏的钱，回阿里找医保报要准备什么东西",
        "{k}常年在{c}住，前段时间在当地住院了，拿回来报销带啥去",
    ]
    city = deck(rng, ["成都", "西宁", "北京", "乌鲁木齐", "兰州", "重庆", "西安", "格尔木"])

    def papers(frame: int) -> tuple[str, dict]:
        question = frames[frame].format(k=rng.choice(KIN), c=city(), p=rng.choice(COUNTIES))
        return question, {
            "status": "answered",
            "gold": [mi("第三十四条")],
            "answer_contains": ["出院证明", "住院发票"],
        }

    rows += class_rows(51, "papers", frames, papers)

    # 5. a newborn's rescue before the baby's household is registered (第二十九条（二）:
    # 新生儿抢救治疗…全额报销)
    frames = [
        "{m}刚生的娃一出来就送去抢救了，户口还没上，这钱医保管吗",
        "宝宝生下来就进了{h}抢救，还没落户口，能报多少",
        "{m}生的孩子要抢救，户口还没办下来，新生儿抢救的钱医保给报不",
        "{m}家小孩一出生就抢救，到现在还没上户，花的钱咋报",
    ]
    mothers = deck(rng, ["我媳妇", "我姐", "我嫂子", "我表姐", "我妹", "我老婆"])
    wards = deck(rng, ["地区人民医院", "县医院", "地区医院的新生儿科", "{c}县医院"])

    def newborn(frame: int) -> tuple[str, dict]:
        ward = wards().format(c=rng.choice(COUNTIES)) if frame == 1 else ""
        question = frames[frame].format(m=mothers(), h=ward)
        return question, {
            "status": "answered",
            "gold": [mi("第二十九条")],
            "answer_contains": ["全额"],
        }

    rows += class_rows(51, "newborn", frames, newborn)

    # 6. a claim refused for one cause of 第三十条（八）, then another cause of the same item
    # (mostly a traffic accident in everyday words): not paid either
    frames = [
        ("{k}{a}住院了，去报销说不给报，这是为啥", "那要是{b}呢"),
        ("{k}{a}，在{h}住了几天，医保那边说不能报，真的假的", "那要是{b}呢 这种能报不"),
        ("听说{a}住院医保不报，是吗", "那要是{b}呢，医保给报吗"),
        ("{k}因为{a}进了医院，医保不给报销，有这规定吗", "那要是{b}住院呢"),
    ]
    first_cause = deck(
        rng,
        [
            ("drink", "喝多了摔伤"),
            ("drink", "喝醉酒摔断了腿"),
            ("fight", "跟人打架被打伤"),
            ("fight", "跟邻居打起来头破了"),
        ],
    )
    traffic = deck(
        rng,
        ["被车撞了", "骑摩托跟人撞了", "开车出了车祸", "坐的车翻了", "过马路让车刮倒了"],
    )
    other_said = {"drink": "跟人打架伤着了", "fight": "喝醉了摔的"}
    # the second cause: a traffic accident in six rows, the other personal cause in two (one
    # a half)
    cross = iter([False, False, True, False, False, False, False, True])

    def other_cause(frame: int) -> list[tuple[str, dict]]:
        one, two = frames[frame]
        kind, a = first_cause()
        b = other_said[kind] if next(cross) else traffic()
        hospital = rng.choice([h for names in HOSPITALS.values() for h in names])
        return [
            (
                one.format(k=rng.choice(KIN), a=a, h=hospital),
                {"status": "answered", "gold": [mi("第三十条")]},
            ),
            (
                two.format(b=b),
                {"status": "answered", "gold": [mi("第三十条")], "answer_contains": ["不能"]},
            ),
        ]

    rows += dialogue_rows(51, "othercause", frames, other_cause)

    # 7. a first stay computed on its tier, then "why so little, someone said N": the answer
    # names the tier whose rate N is at that level (第二十二条（三）): 90% is 250's at a
    # township or second-level hospital, 85% 250's at a third-level one, 75% 120's at a
    # township or second-level hospital; the stay's tier is always a lower one
    frames = [
        ("交{t}档，在{h}住院花了{c}，能报多少", "为啥这么少 {w}说能报{n}"),
        ("{k}{t}档的，{h}住了回院，一共{c}，报多少钱", "咋这么少，{w}跟我说能报{n}的"),
        ("我是{t}档 {h}住院花{c} 给报多少", "为啥才这么点 {w}说能报{n}啊"),
        ("{h}住院{c}，交的{t}，医保报多少", "怎么这么少？{w}说能报{n}"),
    ]
    rate_said = {
        90: ["九成", "90%", "百分之九十"],
        85: ["85%", "八成五", "百分之八十五"],
        75: ["75%", "七成五", "百分之七十五"],
    }
    # (stay tier, level, rate said, the tier that rate is of)
    cases = [
        (60, "乡镇卫生院", 90, 250),
        (120, "二级", 90, 250),
        (60, "二级", 75, 120),
        (120, "三级", 85, 250),
        (60, "三级", 85, 250),
        (60, "乡镇卫生院", 75, 120),
        (120, "乡镇卫生院", 90, 250),
        (60, "二级", 90, 250),
    ]
    case = deck(rng, cases)
    tellers = deck(rng, ["村医", "邻居", "村干部", "我表哥", "乡里的人", "卫生院的人"])
    bills = deck(rng, BILLS)

    def why_low(frame: int) -> list[tuple[str, dict]]:
        one, two = frames[frame]
        tier, level, rate, rate_tier = case()
        assert reference.INPATIENT_RATIO[rate_tier][level] == rate and rate_tier > tier
        assert all(  # the rate said is of one tier only, at every level
            reference.INPATIENT_RATIO[t][lv] != rate
            for t in reference.INPATIENT_RATIO
            for lv in reference.INPATIENT_RATIO[t]
            if t != rate_tier
        )
        value, saids = bills()
        said, cost = rng.choice(saids), str(value)
        fill = {
            "t": rng.choice(TIER_SAID[tier]),
            "h": rng.choice(HOSPITALS[level]),
            "c": said,
            "k": rng.choice(KIN),
        }
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
                two.format(w=tellers(), n=rng.choice(rate_said[rate])),
                {
                    "status": ["answered", "calculated"],
                    "gold": [mi("第二十二条")],
                    "answer_contains": [f"{rate_tier}元"],
                },
            ),
        ]

    rows += dialogue_rows(51, "whylow", frames, why_low)

    # 8. a custodian's month at a site level, then two custodians' year (细则 第十二条: 每处
    # 2名, 1200/1400 a month; frames 0 and 1) or who pays them (地区财政; frames 2 and 3)
    frames = [
        ("{k}在{c}看{lv}的文物点，一个月多少钱", "那一个点两个人，一年工资一共多少"),
        ("{k}给{lv}的野外文物点当看管员 一个月给多少", "他跟搭档两个人一年下来一共拿多少"),
        ("{k}看{lv}的点，一个月能拿多少钱", "这钱是{w}出还是谁出"),
        ("{k}在{c}守着一个{lv}的文物点，一月领多少", "这工资是{w}发的还是谁出的"),
    ]
    level_said = {"县级": ["县级", "县级文保"], "自治区级": ["自治区级", "自治区级文保"]}
    keepers = deck(rng, KEEPERS)
    levels = iter(["县级", "自治区级", "自治区级", "县级", "县级", "县级", "自治区级", "自治区级"])

    def keeper_pay(frame: int) -> list[tuple[str, dict]]:
        one, two = frames[frame]
        level = next(levels)
        monthly = str(reference.CUSTODIAN_WAGE[level])
        first = (
            one.format(k=keepers(), c=rng.choice(COUNTIES), lv=rng.choice(level_said[level])),
            {
                "status": ["answered", "calculated"],
                "gold": [keeper("第十二条")],
                "answer_contains": [monthly],
            },
        )
        if frame < 2:
            second = {
                "status": "calculated",
                "calculator": "custodian_pay",
                "inputs": {"mode": "person", "site_level": level, "months": 12, "persons": 2},
                "expected": reference.custodian_person(level, 12, persons=2),
                "cites": ["第十二条"],
            }
        else:
            second = {
                "status": "answered",
                "gold": [keeper("第十二条")],
                "answer_contains": ["地区财政"],
            }
        return [first, (two.format(w=rng.choice(["县里", "乡里"])), second)]

    rows += dialogue_rows(51, "keeperpay", frames, keeper_pay)

    # 9. a temple that is a protected site: a hall or stupa mended (frames 0 and 1) or moved
    # (frames 2 and 3) (文物办法 第十五条: 文物行政管理部门同意; 宗教部门 意见 / 审批)
    frames = [
        "{c}有座寺是{lv}文保单位，寺里的{b}裂了缝要修，得找谁批",
        "{k}说寺里的{b}年久失修了，这寺是文保单位，维修要哪些部门点头",
        "我们村的寺庙是文物保护单位，想把寺里的{b}挪到旁边去，归哪个部门审批",
        "文保单位的寺院，{b}要整个搬到别处，需要报哪里批准",
    ]
    building = deck(rng, ["白塔", "佛塔", "经堂", "转经廊", "大殿", "护法殿", "一座小塔", "老僧舍"])

    def temple(frame: int) -> tuple[str, dict]:
        question = frames[frame].format(
            c=rng.choice(COUNTIES),
            lv=rng.choice(["县级", "自治区级"]),
            b=building(),
            k=rng.choice(["寺管会", "寺里的管家", "村主任", "老喇嘛"]),
        )
        return question, {
            "status": "answered",
            "gold": [relic("第十五条")],
            "answer_contains": ["宗教部门", "文物行政管理部门"],
        }

    rows += class_rows(51, "temple", frames, temple)

    # 10. an heirloom sold (第三十二条: 备案方可依法流通; frames 0 and 1) or given to a museum
    # (第三十三条: 鼓励…捐赠; frames 2 and 3)
    frames = [
        "我爷爷留下来{x}，想卖了换点钱，行不行",
        "家里祖传的{x}，有个{b}出价想买，我能卖给他吗",
        "奶奶传下来{x}，想捐给{m}，可以吗",
        "祖上传下来的{x}，打算白送给{m}收着，这样行吗",
    ]
    heirloom = deck(
        rng,
        ["一幅老唐卡", "一尊铜佛像", "一套老经书", "一把老藏刀", "一个嘎乌盒", "一对银碗"],
    )

    def heirloom_row(frame: int) -> tuple[str, dict]:
        question = frames[frame].format(
            x=heirloom(),
            b=rng.choice(["收古董的老板", "内地来的游客", "拉萨的收藏家"]),
            m=rng.choice(["地区博物馆", "西藏博物馆", "县里的博物馆"]),
        )
        if frame < 2:
            return question, {
                "status": "answered",
                "gold": [relic("第三十二条")],
                "answer_contains": ["备案"],
            }
        return question, {
            "status": "answered",
            "gold": [relic("第三十三条")],
            "answer_contains": ["鼓励"],
        }

    rows += class_rows(51, "heirloom", frames, heirloom_row)

    # 11. a custodian who sees people digging at a site: whom to tell first (细则 第七条（四）:
    # 第一时间向当地文物、公安部门报告)
    frames = [
        "我在{c}当文物看管员，巡逻时看见有人在{s}那儿偷挖，第一个该给谁打电话",
        "{k}是看管员，昨晚发现几个人拿铁锹在{s}挖，他应该先报给谁",
        "看野外文物的，碰上有人盗挖{s}，先找哪个部门",
        "{k}看的{s}半夜有人来挖东西，他头一个要通知谁",
    ]
    site = deck(rng, ["古墓群", "遗址", "岩画点", "古城遗址", "石窟", "老塔林"])

    def dig(frame: int) -> tuple[str, dict]:
        question = frames[frame].format(c=rng.choice(COUNTIES), s=site(), k=rng.choice(KEEPERS))
        return question, {
            "status": "answered",
            "gold": [keeper("第七条")],
            "answer_contains": ["公安"],
        }

    rows += class_rows(51, "dig", frames, dig)

    # 12. dangerous goods kept inside a site's protection range (文物办法 第十三条: 不得存放
    # 易燃、易爆…)
    frames = [
        "{s}保护范围里面能不能放{g}",
        "村里想在{s}的保护范围内堆{g}，这样行不",
        "{k}开的小卖部就在{s}保护范围里，店里能存{g}吗",
        "在文保单位{s}的保护范围里放{g}，可以吗",
    ]
    goods = deck(
        rng, ["几桶柴油", "几个煤气罐", "一些汽油", "液化气罐", "开山用的炸药", "油漆稀料"]
    )
    range_sites = ["古格王国遗址", "日土岩画", "皮央东嘎遗址", "那个县级文保点"]

    def hazard(frame: int) -> tuple[str, dict]:
        question = frames[frame].format(s=rng.choice(range_sites), g=goods(), k=rng.choice(KIN))
        return question, {
            "status": "answered",
            "gold": [relic("第十三条")],
            "answer_contains": ["不得"],
        }

    rows += class_rows(51, "hazard", frames, hazard)

    # 13. building in a site's control zone (第十三条 第二款: 城乡规划部门批准), then inside its
    # protection range (第十三条 第一款: 不得进行其他建设工程)
    frames = [
        ("想在{s}的建设控制地带盖几间房，要谁批", "那要是在保护范围里面盖呢"),
        ("{k}家在{s}建设控制地带里，想新建个院子，手续怎么走", "要是再往里挪，盖到保护范围里头呢"),
        ("就在{s}边上的建设控制地带，修房子需要审批吗", "那保护范围里面能盖不"),
        ("{s}的建控地带里，村里想建个活动室，谁来批", "那如果直接建在保护范围内呢"),
    ]
    zone_sites = deck(
        rng,
        [
            "古格王国遗址",
            "托林寺",
            "科迦寺",
            "县里那个文保单位",
            "卡尔东遗址",
            "皮央东嘎遗址",
            "日土岩画",
            "札达那个县级文保点",
        ],
    )

    def build_zone(frame: int) -> list[tuple[str, dict]]:
        one, two = frames[frame]
        return [
            (
                one.format(s=zone_sites(), k=rng.choice(KIN)),
                {"status": "answered", "gold": [relic("第十三条")], "answer_contains": ["规划"]},
            ),
            (
                two,
                {"status": "answered", "gold": [relic("第十三条")], "answer_contains": ["不得"]},
            ),
        ]

    rows += dialogue_rows(51, "buildzone", frames, build_zone)
    return rows


if __name__ == "__main__":
    write(build(), HERE)
