"""python -m evaluation.phrasings48.generate — write the rows of the classes of the
forty-third session (phrasings48: tune48 and heldout48).

As phrasings47: each class has four sentence frames; persons, places, bills, tiers and months
are drawn with a seeded generator; every expected figure comes from the independent reference
(evaluation/phrasings/reference.py); the even frames of a class are tune48, the odd ones
heldout48, so the held-out half shares no sentence frame with the half the lead reads. The
frames were written before the held-out half was first run.
"""

from __future__ import annotations

import random
from pathlib import Path

from evaluation.phrasings import reference
from evaluation.phrasings39.generate import dialogue_row, write
from evaluation.phrasings44.generate import _question

HERE = Path(__file__).parent
SEED = 48

MEDICAL = "城乡居民基本医疗保险实施办法"
RELICS = "文物保护管理办法"
CUSTODIANS = "野外文物看管人员管理细则"
ROADS = "四好农村路"
HOSPITAL = "创建三级甲等综合医院工作方案"
COUNTIES = ["日土", "革吉", "改则", "措勤", "札达", "普兰", "噶尔"]
KIN = ["我爸", "我妈", "我舅", "我姐", "我奶奶", "我二叔"]
EXCLUDED = [("配假牙", "（三）"), ("做PET", "（三）"), ("配助听器", "（三）"), ("配眼镜", "（三）")]


def _split(frame: int) -> str:
    return "tune48" if frame % 2 == 0 else "heldout48"


def _frame_questions(name: str, frames: list[str], fill, **expect) -> list[dict]:
    """One question row a frame, its blanks filled by `fill()` drawn in frame order."""
    return [
        _question(f"t48{name}-{n + 1:03d}", _split(n), frame.format(**fill()), **expect)
        for n, frame in enumerate(frames)
    ]


def _mi(article: str) -> dict[str, str]:
    return {"doc": MEDICAL, "article": article}


def build() -> list[dict]:  # noqa: C901 (one class after another, as the tables before)
    rng = random.Random(SEED)
    rows: list[dict] = []

    # 1. both diseases of a combined limit named (同时患…合并支付限额2000元, 第二十五条)
    frames = [
        "{k}高血压糖尿病都有，门诊一年最多给报多少",
        "{k}既有高血压又有糖尿病，两病门诊封顶多少",
        "{k}得了糖尿病和高血压，门诊拿药一年能报多少",
        "高血压加糖尿病，{k}门诊一年最多报多少钱",
    ]
    for n in range(8):
        frame = n % len(frames)
        rows.append(
            _question(
                f"t48bothill-{n + 1:03d}",
                _split(frame),
                frames[frame].format(k=rng.choice(KIN)),
                status="answered",
                gold=[_mi("第二十五条")],
                answer_contains=["2000元"],
            )
        )

    # 2. a poor household's own share said as what was paid (60 of the 250 tier, 第十八条（四））
    frames = [
        "我们是建档立卡户，自己交了60，{l}医院住院花了{c}，能报多少",
        "建档立卡贫困户，交的60块，在{l}医院住了院，花{c}，报多少",
        "我家建档立卡的，个人缴了60，{l}住院{c}，医保给多少",
        "{l}医院住院花了{c}，我是建档立卡户，交了60元，能报多少钱",
    ]
    for n in range(8):
        frame = n % len(frames)
        level = rng.choice(["二级", "三级"])
        cost = rng.choice([6000, 9000, 12000, 16000])
        paid = reference.inpatient(250, level, str(cost), poor=True)["payment"]
        rows.append(
            dialogue_row(
                f"t48ownshare-{n + 1:03d}",
                _split(frame),
                [
                    (
                        frames[frame].format(l=level, c=cost),
                        {"status": "calculated", "answer_contains": [paid]},
                    )
                ],
            )
        )

    # 3. another excluded thing after an exclusion's verdict (第三十条), and a third party after
    # a traffic accident's (第三十条（十二）)
    frames = [
        ("{a}能报销吗", "那{b}呢"),
        ("{a}医保给报不", "{b}呢"),
        ("{a}的钱能不能报", "那要是{b}呢"),
        ("请问{a}可以报吗", "那{b}的呢"),
    ]
    for n in range(8):
        frame = n % len(frames)
        (a, _), (b, item) = rng.sample(EXCLUDED, 2)
        one, two = frames[frame]
        rows.append(
            dialogue_row(
                f"t48nextitem-{n + 1:03d}",
                _split(frame),
                [
                    (one.format(a=a), {"status": "answered", "gold": [_mi("第三十条")]}),
                    (two.format(b=b), {"status": "answered", "gold": [_mi("第三十条")]}),
                ],
            )
        )
    frames = [
        ("骑摩托撞了人自己也伤了，能报吗", "要是对方全责呢"),
        ("开车出车祸住院了，医保报不报", "那是对方负全责的呢"),
        ("出了交通事故受伤，能走医保吗", "对方全责的话呢"),
        ("车祸住院的钱医保给不给报", "如果是别人全责呢"),
    ]
    for n in range(len(frames)):
        one, two = frames[n]
        rows.append(
            dialogue_row(
                f"t48thirdparty-{n + 1:03d}",
                _split(n),
                [
                    (one, {"status": "answered", "gold": [_mi("第三十条")]}),
                    (two, {"status": "answered", "gold": [_mi("第三十条")]}),
                ],
            )
        )

    # 4. whether a benefit counts in the cap just stated (与住院费用合并累计计算, 第二十四条（二））
    frames = [
        ("居民医保一年最多报多少", "门特的钱也算在这里面吗"),
        ("医保一年封顶是多少", "那门诊特殊病报的钱算在这个里面不"),
        ("城乡居民医保年度最高能报多少钱", "慢病门诊报销的也算进这个额度吗"),
        ("医保一年最高支付多少", "门特花的算不算在这里面"),
    ]
    for n in range(len(frames)):
        one, two = frames[n]
        rows.append(
            dialogue_row(
                f"t48countedin-{n + 1:03d}",
                _split(n),
                [
                    (one, {"status": "answered", "gold": [_mi("第二十三条")]}),
                    (
                        two,
                        {
                            "status": "answered",
                            "gold": [_mi("第二十四条")],
                            "answer_contains": ["合并累计计算"],
                        },
                    ),
                ],
            )
        )

    # 5. an everyday visit after a special disease's rule (the general pool, 第二十六条（三））
    frames = [
        ("{d}算门特吗", "那平时{e}去门诊呢"),
        ("{d}能办门诊特殊病吗", "那{e}去卫生院看呢"),
        ("{d}属于门特不", "平常{e}看门诊呢"),
        ("{d}是不是门特病种", "那一般{e}去门诊看病呢"),
    ]
    for n in range(8):
        frame = n % len(frames)
        disease = rng.choice(["痛风", "癫痫", "类风湿", "帕金森"])
        everyday = rng.choice(["感冒", "发烧", "拉肚子", "咳嗽"])
        one, two = frames[frame]
        rows.append(
            dialogue_row(
                f"t48everyday-{n + 1:03d}",
                _split(frame),
                [
                    (one.format(d=disease), {"status": "answered", "gold": [_mi("第二十四条")]}),
                    (
                        two.format(e=everyday),
                        {
                            "status": "answered",
                            "gold": [_mi("第二十六条")],
                            "answer_contains": ["300元"],
                        },
                    ),
                ],
            )
        )

    # 6. a caesarean asked plainly (第二十九条（二） with 第三十条（七）'s exception)
    frames = [
        "{k}要剖腹产，医保能全报吗",
        "剖宫产的费用医保给报吗",
        "{k}生孩子可能得剖，能报销不",
        "做剖腹产能走医保吗",
    ]
    rows += _frame_questions(
        "caesarean",
        frames,
        lambda: {"k": rng.choice(["我老婆", "我媳妇", "我姐", "我闺女"])},
        status="answered",
        gold=[_mi("第二十九条"), _mi("第三十条")],
        answer_contains=["非临床需要"],
    )

    # 7. a newborn's bill asked how it is claimed (先自费结算, 第二十九条（二））
    frames = [
        "刚出生的宝宝住了保温箱，钱怎么报",
        "早产儿住院的费用咋报销",
        "孩子生下来就住进了保温箱，这个钱医保怎么报",
        "新生儿住院花的钱要怎么报销",
    ]
    rows += _frame_questions(
        "newborn",
        frames,
        dict,
        status="answered",
        gold=[_mi("第二十九条")],
        answer_contains=["先自费结算"],
    )

    # 8. care while payments lapsed (第八条 / 第三十条（十五）)
    frames = [
        "去年忘了交医保，今年{m}月住院了，能报吗",
        "医保断交了没续，{m}月份看病花的钱能报不",
        "我没交今年的医保，{m}月住了院还给报吗",
        "医保漏交了，这个月住院能报销吗",
    ]
    rows += _frame_questions(
        "lapse",
        frames,
        lambda: {"m": rng.choice([2, 3, 4, 5])},
        status="answered",
        gold=[_mi("第八条"), _mi("第三十条")],
        answer_contains=["不"],
    )

    # 9. a monk without an honour after an honoured one's contribution (60/120/250, 第十八条（一））
    frames = [
        ("评了{v}表彰的僧人医保自己交多少", "没评上的普通僧人呢"),
        ("{v}爱国守法先进的喇嘛交多少医保", "那一般的喇嘛呢"),
        ("{v}表彰过的尼姑个人缴多少", "没被评过的呢"),
        ("{v}评的先进僧尼参保自己出多少钱", "普通僧人呢"),
    ]
    for n in range(8):
        frame = n % len(frames)
        one, two = frames[frame]
        rows.append(
            dialogue_row(
                f"t48plainmonk-{n + 1:03d}",
                _split(frame),
                [
                    (one.format(v=rng.choice(["地区级", "县级"])), {"status": "calculated"}),
                    (two, {"answer_contains": ["250"]}),
                ],
            )
        )

    # 10. another case of the article just quoted (第十三条 全国重点; 第二十七条 一级文物)
    frames = [
        ("文保单位保护范围里能不能挖沙", "那全国重点文物保护单位的呢", "第十三条", "国务院"),
        ("寺里的文物能借给别的博物馆吗，最长借多久", "一级文物呢", "第二十七条", "国家文物"),
        ("保护范围内可以爆破吗", "要是全国重点的呢", "第十三条", "国务院"),
        ("馆藏文物可以借出去展览吗", "那要是一级文物呢", "第二十七条", "国家文物"),
    ]
    for n in range(len(frames)):
        one, two, article, term = frames[n]
        gold = [{"doc": RELICS, "article": article}]
        rows.append(
            dialogue_row(
                f"t48samearticle-{n + 1:03d}",
                _split(n),
                [
                    (one, {"status": "answered", "gold": gold}),
                    (two, {"status": "answered", "gold": gold, "answer_contains": [term]}),
                ],
            )
        )

    # 11. why a rule is so (no reason given) and why an undertaking is done (its purpose)
    frames = [
        ("为什么考古发掘现场不让拍照", RELICS, "第三十七条"),
        ("为啥要成立县级养护公司", "县级组建养护公司", "前言"),
        ("看管员为什么要求25到50岁", CUSTODIANS, "第五条"),
        ("为什么要创建三甲医院", HOSPITAL, "前言"),
    ]
    for n in range(len(frames)):
        question, doc, article = frames[n]
        rows.append(
            _question(
                f"t48why-{n + 1:03d}",
                _split(n),
                question,
                status="answered",
                gold=[{"doc": doc, "article": article}],
            )
        )

    # 12. each county's road subsidy, then the prefecture added (7 × 100 + 350 万元)
    frames = [
        ("四好农村路每个县一年养护补贴多少", "再加上地区那边，一共多少"),
        ("养护专项补贴一个县给多少钱", "地区财政呢，加起来总共多少"),
        ("每县的农村公路养护补贴一年多少", "连地区的一起算，合计多少"),
        ("一个县每年养护补贴是多少", "加上地区的那部分总共多少"),
    ]
    total = reference.road_subsidy(7, True)["total_wan"]
    for n in range(len(frames)):
        one, two = frames[n]
        rows.append(
            dialogue_row(
                f"t48roadtotal-{n + 1:03d}",
                _split(n),
                [
                    (one, {"status": "calculated"}),
                    (two, {"status": "calculated", "answer_contains": [total]}),
                ],
            )
        )

    # 13. a keeper's misdeed supposed, a failure after his pay, a deduction after an accident
    frames = [
        ("{k}是野外文物看管员", "那他要是打着保护文物的幌子向游客收钱呢"),
        ("{k}在{p}当看管员", "要是他借着保护文物的名义跟游客要钱呢"),
        ("{k}在看一个野外文物点", "如果他打着文物保护的旗号收游客的钱呢"),
        ("{k}是{p}的文物看管员", "那他要是以保护文物为名敛财呢"),
    ]
    for n in range(len(frames)):
        one, two = frames[n]
        rows.append(
            dialogue_row(
                f"t48misdeed-{n + 1:03d}",
                _split(n),
                [
                    (one.format(k=rng.choice(KIN), p=rng.choice(COUNTIES)), {}),
                    (
                        two,
                        {
                            "status": "answered",
                            "gold": [{"doc": CUSTODIANS, "article": "第十七条"}],
                            "answer_contains": ["解聘"],
                        },
                    ),
                ],
            )
        )
    frames = [
        ("{k}在{p}看县级的野外文物点，一年能拿多少", "他守的点被盗了没及时报告，会怎么样"),
        ("{k}看的是自治区级的文物点，一个月多少钱", "要是他发现盗挖没上报呢，会咋样"),
        ("{k}在{p}当看管员，县级点，一年多少钱", "他看的点被人破坏了他没报，会被怎么处理"),
        ("{k}看一个自治区级野外文物点，一年多少", "那他发现有人偷挖没及时报告会怎样"),
    ]
    for n in range(len(frames)):
        one, two = frames[n]
        rows.append(
            dialogue_row(
                f"t48keeperfail-{n + 1:03d}",
                _split(n),
                [
                    (
                        one.format(k=rng.choice(KIN), p=rng.choice(COUNTIES)),
                        {"status": "calculated"},
                    ),
                    (
                        two,
                        {
                            "status": "answered",
                            "gold": [{"doc": CUSTODIANS, "article": "第十七条"}],
                            "answer_contains": ["解聘"],
                        },
                    ),
                ],
            )
        )
    frames = [
        ("看管员守的点出了重大看管事故，补助还发吗", "他干了{m}个月，{v}的点，要扣多少"),
        ("看的点要是出了重大事故，看管补助还给吗", "{v}点，干了{m}个月，那扣多少钱"),
        ("文物点出了大事故，看管员还能拿补助吗", "他今年干了{m}个月，是{v}的，扣掉多少"),
        ("看管员出了重大看管事故怎么处理", "{v}的点，他干了{m}个月，要扣多少钱"),
    ]
    for n in range(8):
        frame = n % len(frames)
        level = rng.choice(["县级", "自治区级"])
        months = rng.choice([4, 6, 9, 10])
        taken = reference.custodian_person(level, months)["pay"]
        one, two = frames[frame]
        rows.append(
            dialogue_row(
                f"t48accident-{n + 1:03d}",
                _split(frame),
                [
                    (
                        one,
                        {
                            "status": "answered",
                            "gold": [{"doc": CUSTODIANS, "article": "第十一条"}],
                        },
                    ),
                    (
                        two.format(m=months, v=level),
                        {"status": "calculated", "answer_contains": [taken]},
                    ),
                ],
            )
        )

    # 14. a head count of a site checked after a keeper's pay (每处安排2名, 细则 第十二条)
    frames = [
        ("县级野外文物点的看管员一个月多少钱", "那一个点就一个人看吗"),
        ("自治区级文物点看管员月工资多少", "每个点只有一个人守吗"),
        ("野外文物看管员工资一个月多少", "一个文物点就他一个人管吗"),
        ("{p}的看管员一个月拿多少", "那一个点只有一个人吗"),
    ]
    for n in range(len(frames)):
        one, two = frames[n]
        rows.append(
            dialogue_row(
                f"t48heads-{n + 1:03d}",
                _split(n),
                [
                    (one.format(p=rng.choice(COUNTIES)), {}),
                    (
                        two,
                        {
                            "status": "answered",
                            "gold": [{"doc": CUSTODIANS, "article": "第十二条"}],
                            "answer_contains": ["2名"],
                        },
                    ),
                ],
            )
        )

    # 15. joining: not in the employees' scheme (第六条（一）), and joining elsewhere (第七条)
    frames = [
        "户口在{p}，没参加职工医保，能参加城乡居民医保吗",
        "我没有单位也没职工医保，户口在{p}，可以参保吗",
        "我户口是{p}的，没交过职工医保，能办居民医保不",
        "{p}户口，没有职工医保，能不能参加城乡居民医保",
    ]
    rows += _frame_questions(
        "notemployee",
        frames,
        lambda: {"p": rng.choice(COUNTIES)},
        status="answered",
        gold=[_mi("第六条")],
        answer_contains=["未参加城镇职工基本医疗保险"],
    )
    frames = [
        "我在{c}打工，户口在{p}，能在{c}交医保吗",
        "人在{c}，户口在{p}，可以在{c}参保吗",
        "户口在{p}，我常年住{c}，能不能在{c}交居民医保",
        "我户籍是{p}的，现在在{c}上班，可以在{c}缴医保吗",
    ]
    rows += _frame_questions(
        "joinwhere",
        frames,
        lambda: {"c": rng.choice(["拉萨", "成都", "西宁", "日喀则"]), "p": rng.choice(COUNTIES)},
        status="answered",
        gold=[_mi("第七条"), _mi("第六条")],
        answer_contains=["户籍所在地"],
    )

    # 16. staff to be added asked in everyday words (新增医务人员184人, 方案 四、（十））
    frames = [
        "地区人民医院要新招多少医生护士",
        "创三甲医院一共要补充多少医生护士",
        "人民医院新招医生护士要招多少人",
        "三甲创建要新增多少医护人员",
    ]
    rows += _frame_questions(
        "newstaff",
        frames,
        dict,
        status="answered",
        gold=[{"doc": HOSPITAL, "article": "四、（十）"}],
        answer_contains=["184"],
    )
    return rows


if __name__ == "__main__":
    write(build(), HERE)
