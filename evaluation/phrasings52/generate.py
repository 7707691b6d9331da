"""python -m evaluation.phrasings52.generate — write the rows of the classes of the
forty-seventh session (phrasings52: tune52 and heldout52).

As phrasings51: each class has four sentence frames, two rows a frame; persons, counties,
hospitals, bills, tiers, ages, site levels and relics are drawn with a seeded generator
(SEED = 52); every expected figure comes from the independent reference
(evaluation/phrasings/reference.py: a first stay's payment on an estimated bill, an elder's
contribution, an ordinary outpatient year's payment against the visit computed first). Where a
class asks two kinds of case (能报吗 and 怎么办 after a lapse, next year's contribution and
职工医保, an estimate and a range, an emergency and none, a stay within the 5 days of 备案 and
one past them, a student and a worker, a county-level and an autonomous-region-level site, a
relic found and a sick animal, sites and heirlooms), frames 0 and 1 hold one kind and frames 2
and 3 the other (the site levels alternate inside each frame), so each half has both. The even
frames of a class are tune52, the odd ones heldout52, so the held-out half shares no sentence
frame with the half the lead reads. The frames were written from the gazette text alone
(医保实施办法 第六至八、十八、二十二、二十四至二十六、二十九、三十、三十三条; 文物保护管理办法
第十、十三、十五、二十一、三十二、三十三、四十八条; 看管细则 第十一、十七条), before any of them
was first run.

Where the row schema cannot say what the class expects:
- there is no "answer must not contain" field, so the not-a-lapse rows (no 中断缴费) expect
  the stay's own rule, 第二十二条, and the range bills and the 几处/几件 rows say nothing of
  what the answer must lack (the range rows expect only the error naming 费用);
- "gold" is met by any one place listed, so "第三十条 and 第八条" (and the other pairs) are
  both listed and either one cited passes.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

from evaluation.phrasings import reference
from evaluation.phrasings.by_frame import (
    COUNTIES,
    TIER_SAID,
    class_rows,
    deck,
    dialogue_rows,
    keeper,
    relic,
    said_once,
)
from evaluation.phrasings.rows import mi
from evaluation.phrasings39.generate import write

HERE = Path(__file__).parent
SEED = 52
TABLE = 52

# relatives as said, with the pronoun a later turn uses for them
KIN = [
    ("我妈", "她"),
    ("我爸", "他"),
    ("我老公", "他"),
    ("我媳妇", "她"),
    ("我哥", "他"),
    ("我姐", "她"),
    ("我舅", "他"),
    ("我姨", "她"),
    ("我三叔", "他"),
    ("我表妹", "她"),
]
# elders by sex (第十八条（二）: 女年满60周岁、男年满65周岁 不再缴费)
ELDERS = [
    ("我妈", "女"),
    ("我奶奶", "女"),
    ("我姥姥", "女"),
    ("我姑", "女"),
    ("我爸", "男"),
    ("我爷爷", "男"),
    ("我姥爷", "男"),
    ("我大伯", "男"),
]
# younger relatives, with the sex that sets their age threshold
YOUNGER = [
    ("我弟", "男"),
    ("我妹", "女"),
    ("我儿子", "男"),
    ("我老婆", "女"),
    ("我小姨", "女"),
    ("我二叔", "男"),
    ("我表哥", "男"),
]
# a hospital as people name it, by its level (县医院 二级, 地区人民医院 三级)
HOSPITALS = {
    "乡镇卫生院": ["乡卫生院", "镇上卫生院", "乡里卫生院"],
    "二级": ["县医院", "县人民医院"],
    "三级": ["地区人民医院", "阿里地区人民医院"],
}
ANY_HOSPITAL = [h for names in HOSPITALS.values() for h in names]


def _fresh() -> Callable[[Callable[[], object]], object]:
    """`fresh(draw)` calls `draw` (the fills of one row) until it gives a question (or a
    dialogue's turns) the class has not had yet, so no two rows of a class are the same."""
    seen: set = set()

    def fresh(draw):
        for _ in range(200):
            made = draw()
            key = made if isinstance(made, str) else tuple(made)
            if key not in seen:
                seen.add(key)
                return made
        raise ValueError(f"no fresh fill for {made}")

    return fresh


def build() -> list[dict]:  # noqa: C901 (one class after another, as the tables before)
    rng = random.Random(SEED)
    rows: list[dict] = []

    # 1. this year's contribution not paid, said in other words each time, and a stay asked
    # about: 中断缴费期间所发生的医疗费用由本人承担 (第八条), 未按规定及时足额缴纳保险费的不予支付
    # (第三十条（十五）); frames 2 and 3 ask 怎么办, answered with 补缴 (第八条 第二款)
    frames = [
        "{k}今年的医保{l}，前几天在{h}住院了，这钱能报吗",
        "今年居民医保{l}，{k}下礼拜要去{h}住院 还给报销不",
        "医保今年{l}，结果{k}在{h}住上院了，现在咋办",
        "{k}住院了才发现今年的医保{l}，这种情况该怎么办啊",
    ]
    lapse_said = deck(rng, ["没交", "忘了交", "漏缴了", "断了", "没续上", "没续费"])
    kin = deck(rng, KIN)

    fresh = _fresh()

    def lapse(frame: int) -> tuple[str, dict]:
        question = fresh(
            lambda: frames[frame].format(k=kin()[0], l=lapse_said(), h=rng.choice(ANY_HOSPITAL))
        )
        return question, {
            "status": "answered",
            "gold": [mi("第三十条"), mi("第八条")],
            "answer_contains": ["本人承担"] if frame < 2 else ["本人承担", "补缴"],
        }

    rows += class_rows(TABLE, "lapse", frames, lapse)

    # 2. no lapse: this year paid and next year's not yet due (frames 0 and 1), or 职工医保 never
    # joined while the residents' scheme is (frames 2 and 3): the stay is paid by 第二十二条
    frames = [
        "今年的医保交过了，明年的还没交，{k}这个月在{h}住院能报吗",
        "{k}明年那份居民医保还没到交的时候，今年的是交了的，这回住{h}报不报",
        "{k}没参加职工医保，只交了城乡居民医保，在{h}住院能报销吗",
        "家里没人有单位，职工医保从来没入过，光有居民医保，{k}住{h}能不能报",
    ]
    kin = deck(rng, KIN)

    fresh = _fresh()

    def not_lapse(frame: int) -> tuple[str, dict]:
        question = fresh(lambda: frames[frame].format(k=kin()[0], h=rng.choice(ANY_HOSPITAL)))
        return question, {"status": "answered", "gold": [mi("第二十二条")]}

    rows += class_rows(TABLE, "notlapse", frames, not_lapse)

    # 3. a stay's bill said roughly, with its tier and hospital: an estimate of one figure
    # (frames 0 and 1) is refused by name with the payment on that figure (第二十二条 via the
    # reference); a range (frames 2 and 3) is refused, the bill named
    frames = [
        "交{t}档的，{k}在{h}住院花了{b}，能报多少",
        "{h}住的院，费用{b}，{t}那档，医保给报多少钱",
        "{b}的住院费，{h}，{t}档，能报回来多少",
        "我是{t}块那个档 这次{h}住院估摸着要{b} 医保报多少",
    ]
    estimates = deck(
        rng, [(8000, "差不多8千"), (20000, "2万左右"), (15000, "大概一万五"), (30000, "3万出头")]
    )
    ranges = deck(rng, ["三四千", "一两万", "五六千", "两三万"])
    stays = deck(
        rng,
        [
            (250, "二级"),
            (120, "三级"),
            (60, "乡镇卫生院"),
            (250, "三级"),
            (120, "二级"),
            (60, "三级"),
        ],
    )
    kin = deck(rng, KIN)

    def estimate(frame: int) -> tuple[str, dict]:
        tier, level = stays()
        fill = {"k": kin()[0], "h": rng.choice(HOSPITALS[level]), "t": rng.choice(TIER_SAID[tier])}
        if frame < 2:
            value, said = estimates()
            payment = reference.inpatient(tier, level, str(value))["payment"]
            return frames[frame].format(b=said, **fill), {
                "category": "calculation",
                "status": "error",
                "error_contains": ["费用"],
                "answer_contains": ["估算", payment],
            }
        return frames[frame].format(b=ranges(), **fill), {
            "category": "calculation",
            "status": "error",
            "error_contains": ["费用"],
        }

    rows += class_rows(TABLE, "estimate", frames, estimate)

    # 4. care at a 定点 not chosen (第二十九条（五）: 除急诊和急救外…不得由基本医疗保险基金支付):
    # after an emergency told (frames 0 and 1) it is paid, the second turn naming 急诊; with no
    # emergency (frames 2 and 3, one turn) it is not
    frames = [
        ("{k}{s}，半夜送到{h}急诊了，这个能走医保吗", "{p}选的定点不是这家，也能报吗"),
        ("{k}{s}被拉去{h}抢救，现在还住着院", "可{p}之前选的定点医院不是{h}啊 这样还给报不"),
        ("{k}选的定点是{h1}，这次自己跑去{h2}看病住院，医保能报吗", None),
        ("我的定点选的{h1}，平时图方便去{h2}看病，花的钱给不给报", None),
    ]
    sudden = deck(
        rng,
        [
            "突然胸口疼得不行",
            "高原反应昏过去了",
            "肚子疼得打滚",
            "喘不上气",
            "摔了一跤头破了",
            "突然晕倒了",
        ],
    )
    kin = deck(rng, KIN)
    pairs = deck(
        rng,
        [
            ("乡卫生院", "县医院"),
            ("县医院", "地区人民医院"),
            ("县人民医院", "地区人民医院"),
            ("镇上卫生院", "县医院"),
        ],
    )

    def emergency(frame: int) -> list[tuple[str, dict]]:
        one, two = frames[frame]
        k, p = kin()
        if two is not None:
            h = rng.choice(["县医院", "地区人民医院", "县人民医院"])
            return [
                (
                    one.format(k=k, s=sudden(), h=h),
                    {"status": ["answered", "follow_up", "calculated"]},
                ),
                (
                    two.format(p=p, h=h),
                    {"status": "answered", "gold": [mi("第二十九条")], "answer_contains": ["急诊"]},
                ),
            ]
        h1, h2 = pairs()
        return [
            (
                one.format(k=k, h1=h1, h2=h2),
                {"status": "answered", "gold": [mi("第二十九条")], "answer_contains": ["不能"]},
            )
        ]

    rows += dialogue_rows(TABLE, "emergency", frames, emergency)

    # 5. one of the two diseases told with its own yearly limit asked (高血压 800, 糖尿病 1200),
    # then the other held too: 同时患高血压和糖尿病的合并支付限额每人每年2000元 (第二十五条)
    frames = [
        ("{k}有{d}，在{h}门诊拿药，一年最多报多少", "{p}{o}，两个病加起来一年最多报多少"),
        ("{k}得了{d}好几年了，两病门诊一年封顶多少钱", "{o}呢？{p}两样一起的话一年最多给报多少"),
        ("{d}门诊开药医保一年能报到多少，{k}在吃药", "其实{p}{o}，合在一块一年顶多报多少"),
        ("问下{k}{d}每月去{h}取药 年度限额多少", "对了{p}{o} 两种病一年一共最多报多少"),
    ]
    other_said = {
        "高血压": ["也有糖尿病", "血糖也高", "还查出糖尿病了"],
        "糖尿病": ["也有高血压", "血压也高", "还有高血压"],
    }
    limit = {"高血压": "800", "糖尿病": "1200"}
    disease = deck(rng, ["高血压", "糖尿病"])
    kin = deck(rng, KIN)

    def two_diseases(frame: int) -> list[tuple[str, dict]]:
        one, two = frames[frame]
        d = disease()
        k, p = kin()
        return [
            (
                one.format(k=k, d=d, h=rng.choice(["县医院", "乡卫生院", "地区人民医院"])),
                {"status": "answered", "gold": [mi("第二十五条")], "answer_contains": [limit[d]]},
            ),
            (
                two.format(p=p, o=rng.choice(other_said[d])),
                {"status": "answered", "gold": [mi("第二十五条")], "answer_contains": ["2000"]},
            ),
        ]

    rows += dialogue_rows(TABLE, "twodisease", frames, two_diseases)

    # 6. diabetes medicines bought every month: the 两病 benefit (第二十五条: 糖尿病 1200元 a
    # year; not together with the 门诊特殊病 benefit of 第二十四条)
    frames = [
        "{k}有糖尿病，每个月都去{h}开药，医保管不管",
        "糖尿病每月都得买{m}，这药钱居民医保给报吗",
        "{k}确诊糖尿病了，月月在{h}拿药，能报销不",
        "每个月给{k}买治糖尿病的药，医保能不能报点",
    ]
    kin = deck(rng, KIN)

    fresh = _fresh()

    def diabetes(frame: int) -> tuple[str, dict]:
        question = fresh(
            lambda: frames[frame].format(
                k=kin()[0],
                h=rng.choice(["县医院", "乡卫生院", "地区人民医院", "县人民医院"]),
                m=rng.choice(["降糖药", "二甲双胍", "胰岛素", "格列齐特"]),
            )
        )
        return question, {
            "status": "answered",
            "gold": [mi("第二十五条"), mi("第二十四条")],
            "answer_contains": ["1200", "不得同时享受"],
        }

    rows += class_rows(TABLE, "diabetesmed", frames, diabetes)

    # 7. an elder's age (女≥60, 男≥65) and whether they pay (第十八条（二）: 不再缴费, 按规定最高
    # 标准 paid for them), another relative's age, then the elder's tier for a stay: 250
    frames = [
        ("{k}今年{a}了，医保还用自己交钱吗", "{y}{b}岁呢", "那{k}住院的话按哪一档报销"),
        ("{k}{a}岁，今年参保要不要交钱", "那{y}呢，{b}了", "{k}要是住院，是按多少钱的档次给报"),
        (
            "{k}满{a}周岁了，居民医保个人还交不交",
            "{y}今年{b}，要交吗",
            "再问下，{k}住院报销算哪个档的",
        ),
        ("{k}已经{a}了 交医保是不是免了", "{y}才{b}，也免吗", "{k}住院报销按几档走"),
    ]
    elder = deck(rng, ELDERS)
    younger = deck(rng, YOUNGER)

    def elder_tier(frame: int) -> list[tuple[str, dict]]:
        one, two, three = frames[frame]
        k, sex = elder()
        age = rng.randint(60, 78) if sex == "女" else rng.randint(65, 80)
        assert reference.elderly(sex, age)
        y, y_sex = younger()
        y_age = rng.randint(24, 58) if y_sex == "女" else rng.randint(24, 63)
        assert not reference.elderly(y_sex, y_age)
        return [
            (
                one.format(k=k, a=age),
                {
                    "status": ["answered", "calculated"],
                    "calculator": "contribution",
                    "inputs": {"mode": "enrol", "sex": sex, "age": age},
                    "expected": reference.contribution(sex=sex, age=age),
                    "cites": ["第十八条"],
                },
            ),
            (two.format(y=y, b=y_age), {"status": ["answered", "follow_up", "calculated"]}),
            (
                three.format(k=k),
                {
                    "status": ["answered", "calculated"],
                    "gold": [mi("第十八条")],
                    "answer_contains": ["250"],
                },
            ),
        ]

    rows += dialogue_rows(TABLE, "eldertier", frames, elder_tier)

    # 8. an ordinary outpatient visit computed, then the year's whole outpatient spend (that
    # visit included) and what more is paid: 第二十六条（三） (累计100元起付, 60%, 年度300元)
    frames = [
        ("{k}在{h}看门诊花了{c}，能报多少", "今年门诊一共花了{x}，还能再报多少"),
        (
            "今天去{h}看病拿药{c}块，普通门诊给报多少",
            "算上这次，今年看门诊总共{x}了，后面还能多报多少",
        ),
        ("门诊费{c}元，{h}开的，医保报多少", "我这一年门诊加起来花了{x}，比刚才能多报多少"),
        ("{k}感冒去{h}看了一下，花{c}，报销多少", "{p}今年门诊全部加一块是{x}，那还能再报多少钱"),
    ]
    visits = deck(
        rng,
        [
            (180, 600),
            (250, 900),
            (90, 400),
            (300, 520),
            (150, 1000),
            (220, 450),
            (400, 700),
            (120, 380),
        ],
    )
    kin = deck(rng, KIN)

    def outpatient_year(frame: int) -> list[tuple[str, dict]]:
        one, two = frames[frame]
        first, whole = visits()
        k, p = kin()
        return [
            (
                one.format(k=k, h=rng.choice(["乡卫生院", "县医院", "镇上卫生院"]), c=first),
                {
                    "status": "calculated",
                    "calculator": "general_outpatient",
                    "inputs": {"cost": str(first), "prior_cost": "0"},
                    "expected": reference.general_outpatient(str(first)),
                    "cites": ["第二十六条"],
                },
            ),
            (
                two.format(x=whole, p=p),
                {
                    "status": "calculated",
                    "calculator": "general_outpatient",
                    "inputs": {"cost": str(whole - first), "prior_cost": str(first)},
                    "expected": reference.general_outpatient(str(whole - first), str(first)),
                    "cites": ["第二十六条"],
                },
            ),
        ]

    rows += dialogue_rows(TABLE, "outpatientyear", frames, outpatient_year)

    # 9. a stay outside Tibet not yet 备案 (第三十三条: 应在入院5日内…备案): within the 5 days
    # (frames 0 and 1) there is still time; past them (frames 2 and 3) the gazette does not say
    # what follows
    frames = [
        "{k}在{c}打工生病住院{n}天了，还没备案，现在弄还来得及吗",
        "在{c}探亲的时候住进了医院，今天第{n}天，医保备案还没办，能补上不",
        "{k}在{c}住院都{n}天了，一直没备案，这还能报吗",
        "人在{c}，住院{n}天了才想起要备案，过了期限还能报销不",
    ]
    city = deck(rng, ["成都", "西宁", "北京", "乌鲁木齐", "兰州", "重庆", "西安", "格尔木"])
    early = deck(rng, ["2", "3", "4", "两", "三", "四"])
    late = deck(rng, ["7", "8", "10", "12", "十", "九"])
    kin = deck(rng, KIN)

    fresh = _fresh()

    def outside_days(frame: int) -> tuple[str, dict]:
        n = early() if frame < 2 else late()
        question = fresh(lambda: frames[frame].format(k=kin()[0], c=city(), n=n))
        if frame < 2:
            return question, {
                "status": "answered",
                "gold": [mi("第三十三条")],
                "answer_contains": ["来得及"],
            }
        return question, {"status": "out_of_scope", "gold": [mi("第三十三条")]}

    rows += class_rows(TABLE, "outsidedays", frames, outside_days)

    # 10. where to enrol, the 户口 county said, studying (第六条（二）: 按户籍所在地参保; frames 0
    # and 1) or working (第七条: 到户籍所在地的乡（镇）、村（居）申请参保登记; frames 2 and 3)
    # elsewhere
    frames = [
        "{k}{s}，户口在{c}县，医保该在哪参保",
        "{c}县户口，人{s}，居民医保去哪儿交",
        "我{c}县户口，在{w}，城乡居民医保去哪登记",
        "{k}在{w}好几年了，户口还在{c}县，参保要回去办吗",
    ]
    school = deck(
        rng,
        [
            "在拉萨上大学",
            "在西藏民族大学读书",
            "在日喀则读中专",
            "在成都上大专",
            "在拉萨读技校",
            "在内地西藏班读高中",
        ],
    )
    work = deck(
        rng,
        [
            "拉萨打零工",
            "狮泉河开小卖部",
            "日喀则跑运输",
            "拉萨的工地干活",
            "成都打工",
            "那曲帮人放牧",
        ],
    )
    # the 户口 counties: not 噶尔 when the work is at 狮泉河 (its seat)
    county = deck(rng, COUNTIES)
    students = deck(rng, ["我弟", "我妹", "我儿子", "我女儿", "我侄子", "我外甥女"])
    kin = deck(rng, KIN)

    def enrol_place(frame: int) -> tuple[str, dict]:
        s, w = school(), work()
        c = county()
        while c == "噶尔" and "狮泉河" in w:
            c = county()
        k = students() if frame < 2 else kin()[0]
        question = frames[frame].format(k=k, s=s, w=w, c=c)
        return question, {
            "status": "answered",
            "gold": [mi("第六条")] if frame < 2 else [mi("第七条")],
            "answer_contains": ["户籍所在地", f"{c}县"],
        }

    rows += class_rows(TABLE, "enrolplace", frames, enrol_place)

    # 11. building, digging or a well inside a site's protection range: 经核定公布该文物保护单位
    # 的人民政府批准 (第十三条), that government being 县人民政府 for a county-level site and
    # 自治区人民政府 for an autonomous-region-level one (第十条)
    frames = [
        "{c}有个{lv}文保单位，我家想在它保护范围里盖房子，找谁批",
        "{lv}文物保护单位的保护范围内要打口井，需要哪一级政府批准",
        "村里打算在{c}那处{lv}文保单位的保护范围里挖沟铺管子，报谁审批",
        "在{lv}文保点的保护范围里面修{b}，最后是谁说了算",
    ]
    levels = iter(["县级", "自治区级", "县级", "自治区级", "自治区级", "县级", "自治区级", "县级"])
    level_said = {"县级": ["县级"], "自治区级": ["自治区级", "区级"]}
    approver = {"县级": "县人民政府", "自治区级": "自治区人民政府"}
    works = deck(rng, ["一个牲口棚", "一段围墙", "一间小卖部", "一个停车场"])
    county = deck(rng, COUNTIES)

    fresh = _fresh()

    def zone(frame: int) -> tuple[str, dict]:
        level = next(levels)
        question = fresh(
            lambda: frames[frame].format(c=county(), lv=rng.choice(level_said[level]), b=works())
        )
        return question, {
            "status": "answered",
            "gold": [relic("第十三条"), relic("第十条")],
            "answer_contains": [approver[level]],
        }

    rows += class_rows(TABLE, "zoneapprove", frames, zone)

    # 12. a herder who found something old-looking (第二十一条: 农牧业生产…发现文物或者疑似文物
    # 的，应当立即保护现场，并向当地文物行政管理部门报告; frames 0 and 1), versus a sick yak or
    # sheep (frames 2 and 3: no rule of the gazette)
    frames = [
        "{k}在{c}放牦牛的时候，在山沟里捡到{x}，看着像老东西，该咋办",
        "赶着羊群翻山，看见土里露出来{x}，可能是文物，我要怎么处理",
        "{k}家的牦牛{y}，要去哪里给它治",
        "羊群里好几只羊{y}，放羊的该找哪儿看",
    ]
    finds = deck(
        rng,
        [
            "一个铜疙瘩",
            "一块刻了字的石板",
            "一个破陶罐",
            "半截铁剑",
            "几片带花纹的陶片",
            "一个锈了的铜佛像",
        ],
    )
    sick = deck(
        rng,
        ["拉稀好几天了", "不吃草还老咳嗽", "腿瘸了站不起来", "肚子胀得老大", "身上长了好多疙瘩"],
    )
    kin = deck(rng, KIN)

    fresh = _fresh()

    def herder(frame: int) -> tuple[str, dict]:
        if frame < 2:
            question = fresh(
                lambda: frames[frame].format(k=kin()[0], c=rng.choice(COUNTIES), x=finds())
            )
            return question, {"status": "answered", "gold": [relic("第二十一条")]}
        question = fresh(lambda: frames[frame].format(k=kin()[0], y=sick()))
        return question, {"status": "out_of_scope", "gold": []}

    rows += class_rows(TABLE, "herder", frames, herder)

    # 13. a relic at a temple or in a village stolen or broken: 发生文物安全事故、案件…应及时向
    # 各级人民政府及相关部门报告 (第四十八条)
    frames = [
        "{c}那边{pl}的{x}{bad}，该向哪里报告",
        "我们那{pl}的{x}昨晚{bad}，要找谁报案",
        "发现{pl}供着的{x}让人{act}，应该先跟哪个部门说",
        "{k}说{pl}那{x}前两天{bad}，这事归谁管 上报给谁",
    ]
    place = deck(rng, ["寺里", "老寺庙", "村口佛塔", "村里经堂", "山上小寺"])
    relic_thing = deck(rng, ["铜佛像", "老唐卡", "古经书", "石刻", "酥油灯", "银质佛塔"])
    # (said as what befell it, said as what was done to it)
    bad = deck(
        rng,
        [
            ("被偷了", "偷了"),
            ("被撬走了", "撬走了"),
            ("被砸坏了", "砸坏了"),
            ("被人偷走了", "偷走了"),
            ("给砸烂了", "砸烂了"),
            ("被撬了拿走", "撬了拿走"),
        ],
    )
    kin = deck(rng, KIN)

    fresh = _fresh()

    def theft(frame: int) -> tuple[str, dict]:
        def draw() -> str:
            befell, done = bad()
            return frames[frame].format(
                c=rng.choice(COUNTIES),
                pl=place(),
                x=relic_thing(),
                bad=befell,
                act=done,
                k=kin()[0],
            )

        question = fresh(draw)
        return question, {"status": "answered", "gold": [relic("第四十八条")]}

    rows += class_rows(TABLE, "relictheft", frames, theft)

    # 14. a temple that is a protected site to be repaired: 维修…征得同级文物行政管理部门同意后，
    # 报上一级文物行政管理部门备案…应征求宗教部门的意见 (第十五条)
    frames = [
        "{c}那座寺是文物保护单位，{pt}漏雨了想修，要办什么手续",
        "寺庙是{lv}文保单位，{pt}的墙裂了，维修得走啥流程",
        "我们寺被定成文保单位了，{pt}{dm}，要翻修的话需要哪些手续",
        "{c}一座文保寺院的{pt}漏水，寺管会想自己动手修，流程是怎样的",
    ]
    part = deck(rng, ["大殿", "经堂", "护法殿", "僧舍", "转经廊", "门楼"])

    fresh = _fresh()

    def temple(frame: int) -> tuple[str, dict]:
        question = fresh(
            lambda: frames[frame].format(
                c=rng.choice(COUNTIES),
                lv=rng.choice(["县级", "自治区级"]),
                pt=part(),
                dm=rng.choice(["墙裂了好几道缝", "房顶漏雨"]),
            )
        )
        return question, {"status": "answered", "gold": [relic("第十五条")]}

    rows += class_rows(TABLE, "templerepair", frames, temple)

    # 15. how many said: a county's 几处 new county-level sites (第十条: 由县人民政府核定后公布;
    # frames 0 and 1), a family's 几件 heirlooms sold (第三十二条: 向地区文物行政管理部门备案方可
    # 依法流通) or given (第三十三条: 鼓励…捐赠) (frames 2 and 3)
    frames = [
        "{c}县想新公布几处县级文物保护单位，要谁批准",
        "县里打算把{s}等几处认定成县级文保单位，这个由谁来核定",
        "家里有几件祖上传下来的{x}，想{act}，需要走什么程序",
        "{k}手上有几件老{x}，打算{act}，流程咋走",
    ]
    heirloom = deck(rng, ["唐卡", "铜佛像", "经书", "藏刀", "银器", "嘎乌盒"])
    acts = {"sell": ["卖掉", "卖给收藏的人"], "give": ["捐给地区博物馆", "捐给西藏博物馆"]}
    act_kind = iter(["sell", "give", "give", "sell"])
    county = deck(rng, COUNTIES)
    spots = deck(rng, ["村口的老佛塔", "山上的岩画", "河边的古墓", "废弃的老城堡", "一处石窟"])
    kin = deck(rng, KIN)

    fresh = _fresh()

    def how_many(frame: int) -> tuple[str, dict]:
        if frame < 2:
            question = fresh(lambda: frames[frame].format(c=county(), s=spots()))
            return question, {"status": "answered", "gold": [relic("第十条")]}
        kind = next(act_kind)
        question = fresh(
            lambda: frames[frame].format(x=heirloom(), act=rng.choice(acts[kind]), k=kin()[0])
        )
        article = "第三十二条" if kind == "sell" else "第三十三条"
        return question, {"status": "answered", "gold": [relic(article)]}

    rows += class_rows(TABLE, "howmany", frames, how_many)

    # 16. a custodian dismissed: 由文物行政管理部门解聘 for the deeds of 细则 第十七条; 立即解聘，
    # 并扣除当年野外文物看管补助 after a major accident (第十一条)
    frames = [
        "{c}的野外文物看管员在什么情况下会被{d}",
        "{k}看文物点被{d}了，当年的看管补助还给吗",
        "看管员要是被{d}，是哪个部门{d}的",
        "{k}在当看管员，干了哪些事会被{d}啊",
    ]
    dismissed = deck(rng, ["解聘", "开除", "辞退"])
    keepers = deck(rng, ["我哥", "我老公", "我表哥", "我二叔", "我弟", "我小舅", "我堂哥"])

    fresh = _fresh()

    def dismissal(frame: int) -> tuple[str, dict]:
        question = fresh(
            lambda: frames[frame].format(d=dismissed(), k=keepers(), c=rng.choice(COUNTIES))
        )
        return question, {
            "status": "answered",
            "gold": [keeper("第十七条"), keeper("第十一条")],
        }

    rows += class_rows(TABLE, "keeperdismiss", frames, dismissal)

    return said_once(rows)


if __name__ == "__main__":
    write(build(), HERE)
