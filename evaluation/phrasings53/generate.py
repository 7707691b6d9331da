"""python -m evaluation.phrasings53.generate — write the rows of the classes of the
forty-eighth session (phrasings53: tune53 and heldout53).

As phrasings52: each class has four sentence frames, two rows a frame; persons, counties,
site levels, months, relics, places and offences are drawn with a seeded generator (SEED = 53);
every expected figure comes from the independent reference (evaluation/phrasings/reference.py:
a custodian's pay, a road-upkeep subsidy, a first stay's payment). The session's eight kinds of
question are sixteen classes here, two to a kind, so that each class keeps four frames of two
rows (8 rows, as by_frame.ROWS_A_CLASS) and each kind has sixteen rows:

1. English questions on what the fund does not pay, said with varied negations
   (notcover: the list as a whole, 不予支付; notcoveritem: one group of it named, its own term) —
   医保实施办法 第三十条;
2. a relic stolen, lost or prised off (relicgone: 怎么办; relicreport: 报给谁) — 文物保护管理办法
   第四十八条 (报告);
3. a custodian's pay computed, then why it was cut, the cause named (cutlog: 巡逻日志 not kept
   truthfully; cutaccident: 重大看管事故) — 看管细则 第十一条 (扣除);
4. a figure asked with whether the rules set one, where the gazette sets none (nofigure: the
   deduction for a patrol log, 细则 第十一条, and a fine for a relic offence, 办法 第五十条;
   noallowance: a training day's allowance, 培训办法 五) — declined, 没有规定;
5. a correction after a look-up (roadfix: the counties' road-upkeep subsidy computed first;
   roadfixarea: the prefecture's share included) — the corrected county's 生态补偿 road-upkeep
   workers (四好农村路方案 二（三）);
6. a custodian's pay at a site level the gazette does not have (nolevel: after a 县级 pay;
   nolevelfirst: in the first turn) — an error naming the levels there are (县级);
7. a question with where it comes from asked in the same message (whicharticle: alone;
   whicharticledlg: after a different topic) — the question's own article;
8. patrols asked in everyday words after a custodian turn (patrolpay: after the pay;
   patrolafter: after another custodian rule) — 细则 第七条 (每日).

Where a class asks two kinds of case (a month's pay and N months' total, a county-level and an
autonomous-region-level site, a deduction and a fine, a medical topic and a custodians' one),
frames 0 and 1 hold one kind and frames 2 and 3 the other (or the kinds alternate inside each
frame), so each half has both. The even frames of a class are tune53, the odd ones heldout53, so
the held-out half shares no sentence frame with the half the lead reads. The frames were
written from the gazette text alone (医保实施办法 第二十二、二十三、二十五、三十条; 文物保护管理
办法 第十三、四十八、五十条; 看管细则 第三、五、七、十一至十三条; 培训办法 五; 四好农村路方案
二（三）、三（四）), before any of them was run.

Where the row schema cannot say what the class expects:
- there is no "answer must not contain" field: the nolevel rows cannot say the error must not
  price the level as 县级 or 自治区级, and the roadfix rows cannot say the corrected answer must
  drop the first county's number (they expect only the second county's number and place);
- a "why was my pay cut" after a major accident may be answered by the rule or by the year's pay
  computed as deducted, so those turns allow answered and calculated (the rule still cited);
- the out_of_scope rows carry a gold place and answer_contains 没有规定 (the declines' own
  words, "文件没有规定…的具体金额或标准。最相关的是…"), which the data checks of the older held-out
  tables (out_of_scope with no gold, terms quoted from the gold clause) would not accept;
- "这是哪条" is checked by the gold place being cited, not by the label in the answer (a unit's
  text does not hold its label); the file's title is asked for only where the question names
  a file (出自哪个文件);
- the nolevel rows name no gold place (an error need cite nothing); the levels the gazette
  has are checked only by 县级 in the answer.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

from evaluation.phrasings import expect, reference
from evaluation.phrasings.by_frame import (
    COUNTIES,
    class_rows,
    deck,
    dialogue_rows,
    keeper,
    relic,
    said_once,
)
from evaluation.phrasings.rows import MI, RC, RD, RT, art, mi, quote
from evaluation.phrasings39.generate import write

HERE = Path(__file__).parent
SEED = 53
TABLE = 53

# custodians as said, with the pronoun a later turn uses for them
KEEPERS = [
    ("我哥", "他"),
    ("我老公", "他"),
    ("我表哥", "他"),
    ("我二叔", "他"),
    ("我弟", "他"),
    ("我小舅", "他"),
    ("我堂哥", "他"),
    ("我爸", "他"),
    ("我姐夫", "他"),
]
# relatives asked about in English, and in Chinese
KIN_EN = ["my mother", "my father", "my wife", "my husband", "my grandmother", "my brother"]
# the counties as written in English
COUNTY_EN = ["Gar", "Burang", "Zanda", "Rutog", "Ge'gyai", "Gerze", "Coqen"]
KIN = ["我妈", "我爸", "我老婆", "我老公", "我奶奶", "我哥", "我姐", "我舅"]
# site levels as said (细则 第十二条: 县级 1200, 自治区级及以上 1400 a month)
LEVEL_SAID = {"县级": ["县级"], "自治区级": ["自治区级", "区级"]}
# the levels the gazette does not have, as said
NO_LEVEL = ["市级", "地区级", "乡级", "乡镇级", "地市级", "村级"]
# months as said
MONTHS_SAID = {
    2: ["2", "两"],
    3: ["3", "三"],
    4: ["4", "四"],
    5: ["5", "五"],
    6: ["6", "六"],
    7: ["7", "七"],
    8: ["8", "八"],
    9: ["9", "九"],
    10: ["10", "十"],
    11: ["11", "十一"],
}
# 生态补偿农村公路养护员 planned per county (四好农村路方案 二（三）), as the text writes each
ROAD_WORKERS = {
    "噶尔": "95",
    "札达": "78",
    "普兰": "235",
    "日土": "237",
    "革吉": "459",
    "改则": "358",
    "措勤": "132",
}
NUMBER_SAID = {1: "一", 2: "两", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七"}


def workers_place(county: str) -> dict[str, str]:
    """The plan's own words for one county's workers (spaces squeezed when matched)."""
    return quote(RD, f"{county}县{ROAD_WORKERS[county]}人")


def monthly(level: str) -> dict:
    """A month's pay at a site level, asked: the rule (第十二条) or the sum both answer it."""
    return {
        "status": ["answered", "calculated"],
        "gold": [keeper("第十二条")],
        "answer_contains": [str(reference.CUSTODIAN_WAGE[level])],
    }


def _fresh() -> Callable[[Callable[[], object]], object]:
    """`fresh(draw)` calls `draw` (the fills of one row) until it gives a question the class
    has not had yet, or a dialogue whose last turn it has not had, so no two rows of a class
    are the same (nor two dialogues end on the same words)."""
    seen: set = set()

    def fresh(draw):
        for _ in range(200):
            made = draw()
            key = made if isinstance(made, str) else made[-1][0]
            if key not in seen:
                seen.add(key)
                return made
        raise ValueError(f"no fresh fill for {made}")

    return fresh


def build() -> list[dict]:  # noqa: C901 (one class after another, as the tables before)
    rng = random.Random(SEED)
    rows: list[dict] = []

    # 1a. what the fund does not pay, in English, the list as a whole: 城乡居民基本医疗保险基金
    # 不予支付 (第三十条)
    frames = [
        "What medical costs won't the {ins} cover{who}?",
        "Which expenses does the {ins} fund refuse to pay{who}?",
        "{Who}what kinds of medical bills are not reimbursed by the {ins}?",
        "Tell me what can't be claimed from the {ins} fund{who}.",
    ]
    insurance = deck(
        rng,
        [
            "residents' medical insurance",
            "Ngari residents' basic medical insurance",
            "urban and rural residents' medical insurance",
            "basic medical insurance",
        ],
    )
    kin_en = deck(rng, KIN_EN)
    county = deck(rng, COUNTY_EN)

    fresh = _fresh()

    def not_covered(frame: int) -> tuple[str, dict]:
        def draw() -> str:
            k, c = kin_en(), county()
            who = rng.choice(["", f" for {k} in {c} County", f" in {c}"])
            lead = rng.choice(["", f"For {k}, ", f"If you are insured in {c} County, "])
            return frames[frame].format(ins=insurance(), who=who, Who=lead)

        question = fresh(draw)
        if frame == 2 and question[0].islower():
            question = question[0].upper() + question[1:]
        return question, {
            "category": "english",
            "status": "answered",
            "gold": [mi("第三十条")],
            "answer_contains": ["不予支付"],
        }

    rows += class_rows(TABLE, "notcover", frames, not_covered)

    # 1b. one group of the list named (第三十条（一）至（八）), asked in English with a negation:
    # the answer holds that group's own term
    frames = [
        "Which {group} won't the residents' medical insurance pay for?",
        "What {group} are excluded from reimbursement under the basic medical insurance?",
        "{Kin} was told {example} can't be claimed on the insurance. Which costs like that does "
        "the fund refuse to pay?",
        "Are there {group} the medical insurance fund will not reimburse? Which ones?",
    ]
    groups = deck(
        rng,
        [
            ("service fees", "the registration fee", "挂号费"),
            ("dental treatments", "teeth cleaning and dentures", "镶牙"),
            ("cosmetic procedures", "cosmetic surgery", "美容"),
            ("rehabilitation devices", "a hearing aid", "助听器"),
            ("living costs during a hospital stay", "hospital meals", "膳食费"),
            ("transport costs", "the ambulance fee", "急救车费"),
            ("injury treatments", "treatment after a drunken fight", "打架斗殴"),
            ("fertility treatments", "infertility treatment", "不孕"),
        ],
    )
    kin_en = deck(rng, KIN_EN)

    def not_covered_item(frame: int) -> tuple[str, dict]:
        group, example, term = groups()
        k = kin_en()
        question = frames[frame].format(group=group, example=example, Kin=k[0].upper() + k[1:])
        return question, {
            "category": "english",
            "status": "answered",
            "gold": [mi("第三十条")],
            "answer_contains": [term],
        }

    rows += class_rows(TABLE, "notcoveritem", frames, not_covered_item)

    # 2. a relic stolen, lost or prised off: 发生文物安全事故、案件…应及时向各级人民政府及相关
    # 部门报告 (第四十八条); 2a asks what to do, 2b whom to tell
    relics = deck(
        rng,
        [
            ("佛像", "taken"),
            ("唐卡", "taken"),
            ("壁画", "prised"),
            ("擦擦", "taken"),
            ("经书", "taken"),
            ("法器", "taken"),
            ("古董", "taken"),
            ("铜佛像", "taken"),
            ("老壁画", "prised"),
        ],
    )
    # how it befell, by what can befall the thing (a wall painting is prised off, not lost)
    befell = {
        "taken": deck(rng, ["被盗了", "丢了", "不见了", "被撬走了", "让人拿走了", "被人偷了"]),
        "prised": deck(rng, ["被撬走了一块", "让人凿下来拿走了", "被人撬掉了一大块"]),
    }
    places = deck(
        rng,
        ["寺里", "村里拉康", "山上石窟里", "文物点上", "村里经堂", "老寺庙里", "佛塔里"],
    )

    def gone(frame_text: str, frame: int) -> str:
        thing, kind = relics()
        c = rng.choice(COUNTIES)
        return frame_text.format(pl=places(), x=thing, v=befell[kind](), c=c, k=rng.choice(KIN))

    frames = [
        "{pl}的{x}{v}，这下该怎么办",
        "{k}说{pl}那{x}昨天{v}，我们要咋处理",
        "{c}{pl}的{x}{v}，碰到这种事得怎么做",
        "不好了，{pl}的{x}{v}！现在怎么弄",
    ]

    def reported(frames: list[str]) -> Callable[[int], tuple[str, dict]]:
        """Rows of a relic gone, whatever is asked of it: 第四十八条's report."""
        fresh = _fresh()

        def row(frame: int) -> tuple[str, dict]:
            question = fresh(lambda: gone(frames[frame], frame))
            return question, {
                "status": "answered",
                "gold": [relic("第四十八条")],
                "answer_contains": ["报告"],
            }

        return row

    rows += class_rows(TABLE, "relicgone", frames, reported(frames))

    frames = [
        "{pl}的{x}{v}，该找谁报",
        "{k}发现{pl}的{x}{v}，要向哪个部门报告",
        "{c}{pl}有件{x}{v}，这事得跟谁说",
        "{pl}那{x}{v}，应该报给哪一级",
    ]

    rows += class_rows(TABLE, "relicreport", frames, reported(frames))

    # 3. a custodian's pay computed (a month: frames 0 and 1; N months: frames 2 and 3; the
    # levels alternate inside each frame), then why it was cut, the cause named: 未按要求如实填写
    # 巡逻日志的，要适当扣除当月野外看管补助 (3a); 出现重大看管事故的要立即解聘，并扣除当年野外文物
    # 看管补助 (3b) (细则 第十一条)
    def pay_turn(one: str, frame: int, level: str, k: str) -> tuple[str, dict]:
        c = rng.choice(COUNTIES)
        lv = rng.choice(LEVEL_SAID[level])
        if frame < 2:
            return one.format(k=k, c=c, lv=lv), monthly(level)
        months = rng.randint(2, 11)
        m = rng.choice(MONTHS_SAID[months])
        return one.format(k=k, c=c, lv=lv, m=m), expect.custodian(level, months)

    frames = [
        (
            "{k}在{c}看{lv}的文物点，一个月工资多少",
            "可这个月{p}的补助被扣了一部分，说是巡逻日志{bad}，这是为啥",
        ),
        (
            "{lv}野外文物点的看管员，月工资是多少",
            "我这个月钱少了，听说是因为巡逻日志{bad}，为什么要扣",
        ),
        (
            "我在{c}守{lv}文物点干了{m}个月，一共该拿多少",
            "发下来被扣了一截，领导说我巡逻日志{bad}，凭啥{me}",
        ),
        (
            "{k}看{lv}的点{m}个月了，工资总共多少",
            "那为啥{p}这个月的补助少发了？巡逻日志{bad}就要扣吗",
        ),
    ]
    keepers = deck(rng, KEEPERS)
    log_said = deck(rng, ["乱填的", "没照实记", "编的", "好几天没写", "瞎写了几笔", "没如实填写"])
    levels = iter(["县级", "自治区级", "县级", "自治区级", "自治区级", "县级", "自治区级", "县级"])

    def cut(
        frames: list[tuple[str, str]],
        keepers: Callable[[], tuple[str, str]],
        levels,
        said: tuple[str, Callable[[], str]],
        mes: list[str],
        status: str | list[str],
    ) -> Callable[[int], list[tuple[str, dict]]]:
        """Rows of a pay computed, then why it was cut with its cause said: 第十一条's 扣除."""
        fresh = _fresh()
        name, cause = said

        def rows_of(frame: int) -> list[tuple[str, dict]]:
            one, two = frames[frame]
            level = next(levels)

            def draw() -> list[tuple[str, dict]]:
                k, p = keepers()
                return [
                    pay_turn(one, frame, level, k),
                    (
                        two.format(p=p, **{name: cause()}, me=rng.choice(mes)),
                        {
                            "status": status,
                            "gold": [keeper("第十一条")],
                            "answer_contains": ["扣除"],
                        },
                    ),
                ]

            return fresh(draw)

        return rows_of

    cut_log = cut(
        frames, keepers, levels, ("bad", log_said), ["扣我钱", "扣我工资", "少发我的"], "answered"
    )
    rows += dialogue_rows(TABLE, "cutlog", frames, cut_log)

    frames = [
        (
            "{k}是{c}{lv}文物点的看管员，每月能领多少",
            "今年{p}的看管补助全给扣了，因为点上{acc}，为什么会这样",
        ),
        (
            "{lv}文物点看护员一个月给多少钱",
            "我们点上{acc}，我的补助就被扣了，为啥",
        ),
        (
            "{k}给{lv}的野外文物点看了{m}个月，总共多少工资",
            "结果一分没拿到，说是{p}看的点{acc}，这是什么规定",
        ),
        (
            "在{lv}文保点当看管员{m}个月，能拿多少",
            "可我的补助被扣光了，就因为{acc}，为啥{me}",
        ),
    ]
    accident_said = deck(
        rng,
        [
            "出了重大看管事故",
            "出了大的看管事故，文物被盗了",
            "出了重大看管事故，壁画被人破坏了",
            "发生了重大看管事故",
        ],
    )
    keepers = deck(rng, KEEPERS)
    levels = iter(["县级", "自治区级", "县级", "自治区级", "自治区级", "县级", "自治区级", "县级"])

    cut_accident = cut(
        frames,
        keepers,
        levels,
        ("acc", accident_said),
        ["扣我的", "全扣了", "一分不给"],
        ["answered", "calculated"],
    )

    rows += dialogue_rows(TABLE, "cutaccident", frames, cut_accident)

    # 4. a figure asked with whether the rules set one, where the gazette sets none: the
    # deduction for a patrol log (细则 第十一条: 适当扣除, frames 0 and 1) and the fine for a relic
    # offence (办法 第五十条: 按照《中华人民共和国文物保护法》…予以处理, frames 2 and 3) (4a);
    # a training day's allowance (培训办法 五: 培训经费从地区文物安全专项经费中支出) (4b)
    declined_as = {"status": "out_of_scope", "answer_contains": ["没有规定"]}
    frames = [
        "{k}当看管员，巡逻日志{bad}，扣多少有没有个标准",
        "巡逻日志要是{bad}，当月补助扣多少钱，文件里定了数没有",
        "{offence}，罚多少钱有规定吗",
        "{k}{offence}被查出来了，要罚款多少，有个具体数目吗",
    ]
    offences = deck(
        rng,
        [
            "私自在文物保护单位的保护范围里盖了房子",
            "偷偷拍了寺里的壁画",
            "把村里的文物点卖给别人",
            "挖地基挖出文物藏起来不报",
            "私自把文物点改成了羊圈",
            "在建设控制地带乱建了一排房子",
            "用文物当拍戏的道具",
        ],
    )
    log_said = deck(rng, ["没如实填", "乱写", "编了几天", "没按要求填", "填得不真实", "空着没写"])
    keepers = deck(rng, KEEPERS)
    kin = deck(rng, KIN)

    fresh = _fresh()

    def no_figure(frame: int) -> tuple[str, dict]:
        if frame < 2:
            question = fresh(lambda: frames[frame].format(k=keepers()[0], bad=log_said()))
            return question, {**declined_as, "gold": [keeper("第十一条")]}
        question = fresh(lambda: frames[frame].format(offence=offences(), k=kin()))
        return question, {**declined_as, "gold": [relic("第五十条")]}

    rows += class_rows(TABLE, "nofigure", frames, no_figure)

    frames = [
        "{k}去{where}参加文物安全培训，补助一天多少，有说法吗",
        "文物安全培训那几天，每天给多少{kind}，办法里规定了没",
        "参加{where}办的文物安全培训，{kind}一天多少钱，有没有标准",
        "{k}是{who}，被叫去文物培训，一天补多少钱，有个定数吗",
    ]
    where = deck(rng, ["狮泉河", "地区", "拉萨", "县里", "自治区"])
    allowance = deck(rng, ["伙食补助", "误工补贴", "差旅补助", "生活补助", "住宿补贴"])
    who = deck(
        rng, ["野外文物看管员", "寺管会干部", "驻寺干部", "县文物局的职工", "文保单位管理员"]
    )
    kin = deck(rng, KIN)

    fresh = _fresh()

    def no_allowance(frame: int) -> tuple[str, dict]:
        question = fresh(
            lambda: frames[frame].format(k=kin(), where=where(), kind=allowance(), who=who())
        )
        return question, {**declined_as, "gold": [art(RT, "五、")]}

    rows += class_rows(TABLE, "noallowance", frames, no_allowance)

    # 5. a road-upkeep subsidy computed (各县按每县100万元/年标准，地区财政按350万元/年标准),
    # then one county's 生态补偿 road-upkeep workers looked up, then corrected to another county:
    # that county's number from the plan (二（三）); 5a the counties alone, 5b with the prefecture
    def pairs() -> Callable[[], tuple[str, str]]:
        """Two different counties a dialogue, spread over the class's rows."""
        firsts, seconds = deck(rng, list(ROAD_WORKERS)), deck(rng, list(ROAD_WORKERS))

        def pair() -> tuple[str, str]:
            c1, c2 = firsts(), seconds()
            while c2 == c1:
                c2 = seconds()
            return c1, c2

        return pair

    def lookups(c1: str, c2: str, two: str, three: str) -> list[tuple[str, dict]]:
        return [
            (
                two.format(c1=c1),
                {
                    "status": "answered",
                    "gold": [workers_place(c1)],
                    "answer_contains": [ROAD_WORKERS[c1]],
                },
            ),
            (
                three.format(c1=c1, c2=c2),
                {
                    "status": "answered",
                    "gold": [workers_place(c2)],
                    "answer_contains": [ROAD_WORKERS[c2]],
                },
            ),
        ]

    frames = [
        (
            "{cs}这{n}个县，一年的四好农村路养护补贴加起来多少",
            "{c1}县有多少生态补偿农村公路养护员",
            "不对，我要问的是{c2}县",
        ),
        (
            "{n}个县每年的农村公路养护专项补贴一共多少万",
            "{c1}的生态补偿养护岗安排了几个人",
            "不对不对，我要问的是{c2}",
        ),
        (
            "{c}县{y}年下来养护专项补贴总共多少",
            "那{c1}县的生态补偿公路养护员有几个",
            "不是这个县，我要问的是{c2}县",
        ),
        (
            "算一下{c}县{y}年的四好农村路养护补贴",
            "{c1}的生态补偿农村公路养护员是多少人",
            "说错了，我想问的是{c2}的",
        ),
    ]

    pair = pairs()
    counts = deck(rng, [2, 3, 4, 5])
    fresh = _fresh()

    def road_fix(frame: int) -> list[tuple[str, dict]]:
        one, two, three = frames[frame]

        def draw() -> list[tuple[str, dict]]:
            c1, c2 = pair()
            if frame < 2:
                n = counts()
                named = rng.sample(list(ROAD_WORKERS), n)
                first = (
                    one.format(cs="、".join(named), n=rng.choice([str(n), NUMBER_SAID[n]])),
                    expect.road(n, False),
                )
            else:
                years = rng.randint(2, 5)
                first = (
                    one.format(c=c1, y=rng.choice([str(years), NUMBER_SAID[years]])),
                    expect.road(1, False, years),
                )
            return [first, *lookups(c1, c2, two, three)]

        return fresh(draw)

    rows += dialogue_rows(TABLE, "roadfix", frames, road_fix)

    frames = [
        (
            "地区财政加上{cs}，一年的养护专项补贴合计多少万",
            "{c1}县那边生态补偿的公路养护员一共安排了多少",
            "不对，我要问的是{c2}县的",
        ),
        (
            "全地区七个县连同地区本级，{y}年的四好农村路养护补贴总共多少",
            "{c1}有几个生态补偿养护员",
            "不对，我要问的是{c2}，不是{c1}",
        ),
        (
            "{n}个县加上地区，一年四好农村路养护补贴一共多少",
            "问一下{c1}县生态补偿养护岗位计划安排了多少名",
            "搞错了，我要问的是{c2}县",
        ),
        (
            "地县两级算上{n}个县，{y}年的养护专项补贴资金是多少万",
            "{c1}的生态补偿农村公路养护员多少个",
            "不对，我要问的是{c2}县有多少",
        ),
    ]

    fresh = _fresh()

    area_years = deck(rng, [2, 3, 4])
    pair = pairs()

    def road_fix_area(frame: int) -> list[tuple[str, dict]]:
        one, two, three = frames[frame]

        def draw() -> list[tuple[str, dict]]:
            c1, c2 = pair()
            n = 7 if frame == 1 else rng.randint(2, 6)
            named = rng.sample(list(ROAD_WORKERS), n)
            years = area_years() if frame in (1, 3) else 1
            text = one.format(
                cs="、".join(f"{c}县" for c in named),
                n=rng.choice([str(n), NUMBER_SAID[n]]),
                y=rng.choice([str(years), NUMBER_SAID[years]]),
            )
            return [(text, expect.road(n, True, years)), *lookups(c1, c2, two, three)]

        return fresh(draw)

    rows += dialogue_rows(TABLE, "roadfixarea", frames, road_fix_area)

    # 6. a custodian's pay at a level the gazette does not have (细则 第十二条: 县级, 自治区级及以上;
    # 办法 第十条: 全国重点, 自治区级, 县级): an error naming the levels there are; 6a after a
    # 县级 pay (a month in frames 0 and 2, N months in frames 1 and 3), 6b in the first turn
    no_level = {"status": "error", "error_contains": ["县级"], "answer_contains": ["县级"]}
    frames = [
        ("{c}县级文物点的看管员一个月多少钱", "{so}{lv}的呢"),
        ("{k}在县级的点看了{m}个月，总共多少钱", "要是{lv}文物点，同样{m}个月呢"),
        ("{k}在县级文保点当看护员，月工资是多少", "{lv}文保单位的看管员呢，一个月多少"),
        ("我看县级的点干了{m}个月 能拿多少", "换成{lv}的点呢"),
    ]
    keepers = deck(rng, KEEPERS)
    lv = deck(rng, NO_LEVEL)

    fresh = _fresh()

    def level_after(frame: int) -> list[tuple[str, dict]]:
        one, two = frames[frame]

        def draw() -> list[tuple[str, dict]]:
            c = rng.choice(COUNTIES)
            if frame % 2 == 0:
                first = (one.format(c=c, k=keepers()[0]), monthly("县级"))
                m = ""
            else:
                months = rng.randint(2, 11)
                m = rng.choice(MONTHS_SAID[months])
                first = (one.format(k=keepers()[0], m=m), expect.custodian("县级", months))
            so = rng.choice(["那", "那要是", "如果是"])
            return [first, (two.format(lv=lv(), m=m, so=so), no_level)]

        return fresh(draw)

    rows += dialogue_rows(TABLE, "nolevel", frames, level_after)

    frames = [
        "{k}在{c}看一个{lv}文物点，一个月多少钱",
        "{lv}野外文物保护单位的看管员，干{m}个月工资一共多少",
        "我在{lv}文保点当看护员{m}个月了，该拿多少钱",
        "{lv}的文物点看管员工资一个月几千",
    ]
    keepers = deck(rng, KEEPERS)
    lv = deck(rng, NO_LEVEL)

    fresh = _fresh()

    def level_first(frame: int) -> tuple[str, dict]:
        question = fresh(
            lambda: frames[frame].format(
                k=keepers()[0],
                c=rng.choice(COUNTIES),
                lv=lv(),
                m=rng.choice(MONTHS_SAID[rng.randint(2, 11)]),
            )
        )
        return question, {"category": "calculation", **no_level}

    rows += class_rows(TABLE, "nolevelfirst", frames, level_first)

    # 7. a question with where it comes from asked in the same message: the question's own
    # article (topics of the medical rules in frames 0 and 1, of the custodians' in 2 and 3)
    medical_topics = [
        ("挂号费能报吗", "看病的挂号费医保管不管", mi("第三十条"), "挂号费"),
        ("{k}镶牙的钱医保给不给报", "{k}去镶了颗牙，这钱能走医保吗", mi("第三十条"), "镶牙"),
        ("住院的伙食费能报销吗", "住院期间吃饭花的钱给报不", mi("第三十条"), "膳食费"),
        (
            "乡卫生院住院起付线多少",
            "在乡镇卫生院住院先得自己掏多少才开始报",
            mi("第二十二条"),
            "100",
        ),
        ("县医院住院的起付线是多少钱", "二级医院住院起付标准是多少", mi("第二十二条"), "200"),
        ("地区人民医院住院起付线多少", "三级医院住院要过多少钱的起付线", mi("第二十二条"), "400"),
        (
            "居民医保一年最多能报多少钱",
            "一年下来医保报销有没有封顶，封多少",
            mi("第二十三条"),
            "6万",
        ),
        (
            "高血压门诊拿药一年最多报多少",
            "光有高血压的话，门诊一年限额是多少",
            mi("第二十五条"),
            "800",
        ),
    ]
    keeper_topics = [
        ("县级看管员工资多少", "县级野外文保单位的看护员一月拿多少", keeper("第十二条"), "1200"),
        (
            "自治区级文物点看管员每月多少钱",
            "区级野外文物点看管人员月薪多少",
            keeper("第十二条"),
            "1400",
        ),
        (
            "一个野外文物点安排几个看管员",
            "每处野外文保单位配几名看护人员",
            keeper("第十二条"),
            "2名",
        ),
        ("看管协议最长能签多久", "看管协议书的期限最多几年", keeper("第十三条"), "一年"),
        ("多大年纪的人能选上当看管员", "选看管员有没有年龄限制", keeper("第五条"), "25"),
        (
            "看管员日常归哪个单位管着",
            "野外看管人员的日常管理谁负责",
            keeper("第三条"),
            "县人民政府",
        ),
    ]
    title = {MI: "医疗保险实施办法", RC: "看管人员管理细则"}

    def topic_turn(topics, ask: str, names_file: bool, wording: int) -> tuple[str, dict]:
        *said, place, term = topics()
        question = said[wording]
        terms = [term] + ([title[place["doc"]]] if names_file else [])
        return (
            ask.format(q=question.format(k=rng.choice(KIN))),
            {"status": "answered", "gold": [place], "answer_contains": terms},
        )

    frames = [
        ("{q}，这是哪条", False),
        ("{q} 出自哪个文件", True),
        ("{q}？哪条规定的", False),
        ("{q}，依据是什么文件", True),
    ]
    medical = deck(rng, medical_topics)
    custodian = deck(rng, keeper_topics)

    fresh = _fresh()

    def which_article(frame: int) -> tuple[str, dict]:
        ask, names_file = frames[frame]
        topics = medical if frame in (0, 1) else custodian
        made: list = []

        def draw() -> str:
            made[:] = [topic_turn(topics, ask, names_file, 0)]
            return made[0][0]

        fresh(draw)
        return made[0]

    rows += class_rows(TABLE, "whicharticle", frames, which_article)

    # 7b. the same after a different topic just before: a custodian's pay, a road subsidy or a
    # relic zone before a medical question (frames 0 and 1), a stay or a relic zone before a
    # custodians' one (frames 2 and 3)
    kinds_before = deck(rng, ["pay", "road", "zone", "pay"])

    def before_medical() -> tuple[str, dict]:
        kind = kinds_before()
        if kind == "pay":
            level, months = rng.choice(["县级", "自治区级"]), rng.randint(2, 11)
            return (
                f"{rng.choice(LEVEL_SAID[level])}文物点看管员干{months}个月能拿多少",
                expect.custodian(level, months),
            )
        if kind == "road":
            c = rng.choice(COUNTIES)
            return (f"{c}县一年的农村公路养护补贴有多少", expect.road(1, False))
        return (
            f"{rng.choice(COUNTIES)}有个县级文保单位，保护范围里想修个{rng.choice(['牛棚', '仓库'])}，谁批",
            {"status": "answered", "gold": [relic("第十三条")]},
        )

    stays = [(250, "二级", "县医院"), (120, "三级", "地区人民医院"), (60, "乡镇卫生院", "乡卫生院")]

    def before_custodian() -> tuple[str, dict]:
        if rng.random() < 0.6:
            tier, level, hospital = rng.choice(stays)
            cost = rng.choice(["6000", "9000", "12000", "18000"])
            return (
                f"交{tier}档的，第一次在{hospital}住院花了{cost}，能报多少",
                expect.inpatient(tier, level, cost),
            )
        return (
            f"想在{rng.choice(COUNTIES)}的自治区级文保单位保护范围里打口井，要谁批准",
            {"status": "answered", "gold": [relic("第十三条")]},
        )

    frames = [
        "{q}，这个在哪条",
        "再问个别的，{q}，是哪个文件规定的",
        "{q} 出处是哪",
        "换个问题：{q}，根据的是哪个文件哪一条",
    ]
    medical = deck(rng, medical_topics)
    custodian = deck(rng, keeper_topics)

    fresh = _fresh()

    def which_article_after(frame: int) -> list[tuple[str, dict]]:
        names_file = frame in (1, 3)
        if frame in (0, 1):
            return fresh(
                lambda: [before_medical(), topic_turn(medical, frames[frame], names_file, 1)]
            )
        return fresh(
            lambda: [before_custodian(), topic_turn(custodian, frames[frame], names_file, 1)]
        )

    rows += dialogue_rows(TABLE, "whicharticledlg", frames, which_article_after)

    # 8. patrols asked in everyday words after a custodian turn: 负责本区域内文物保护单位文物
    # 安全的每日巡查、记录、汇报工作 (细则 第七条（三）); 8a after the pay, 8b after another rule
    # of the custodians
    patrol = {"status": "answered", "gold": [keeper("第七条")], "answer_contains": ["每日"]}
    frames = [
        ("{k}在{c}看{lv}的文物点，一个月多少钱", "那{p}天天都得去{v}一遍吗"),
        ("{lv}的文物点请的看管员，每月工资给多少", "{week}去巡一次行不行"),
        ("{k}看{lv}的点，干{m}个月总共多少", "{p}隔{gap}天去{v}一圈可以吧"),
        ("{lv}文物点的看管员干{m}个月拿多少", "是不是每天都要跑到点上去{look}"),
    ]
    keepers = deck(rng, KEEPERS)
    levels = iter(["县级", "自治区级", "县级", "自治区级", "自治区级", "县级", "自治区级", "县级"])

    fresh = _fresh()

    def patrol_pay(frame: int) -> list[tuple[str, dict]]:
        one, two = frames[frame]
        level = next(levels)

        def draw() -> list[tuple[str, dict]]:
            k, p = keepers()
            said = two.format(
                p=p,
                v=rng.choice(["巡", "转", "走"]),
                week=rng.choice(["一个礼拜", "一星期", "七八天"]),
                gap=rng.choice(["两三", "三四", "三五"]),
                look=rng.choice(["看看", "转转", "瞅一眼"]),
            )
            return [pay_turn(one, 0 if frame < 2 else 2, level, k), (said, patrol)]

        return fresh(draw)

    rows += dialogue_rows(TABLE, "patrolpay", frames, patrol_pay)

    frames = [
        ("{k}想去当野外文物看管员，年龄有要求吗", "要是选上了，{p}一个月巡个{n}趟够不够"),
        ("{k}想去当文物看管员，协议一次签多久", "那{p}平时{often}得去巡查一次"),
        ("{c}一个{lv}野外文物点配几个看管员", "看管员能不能{when}才去点上看一眼"),
        ("{k}当看管员，日常归哪个单位管着", "{p}每天都要去{v}吗，还是{week}一回就行"),
    ]
    keepers = deck(rng, KEEPERS)
    first_turns = {
        0: {"status": "answered", "gold": [keeper("第五条")], "answer_contains": ["25"]},
        1: {"status": "answered", "gold": [keeper("第十三条")], "answer_contains": ["一年"]},
        2: {"status": "answered", "gold": [keeper("第十二条")], "answer_contains": ["2名"]},
        3: {"status": "answered", "gold": [keeper("第三条")], "answer_contains": ["县人民政府"]},
    }

    fresh = _fresh()

    def patrol_after(frame: int) -> list[tuple[str, dict]]:
        one, two = frames[frame]

        def draw() -> list[tuple[str, dict]]:
            k, p = keepers()
            lvl = rng.choice(["县级", "自治区级"])
            return [
                (
                    one.format(k=k, c=rng.choice(COUNTIES), lv=rng.choice(LEVEL_SAID[lvl])),
                    first_turns[frame],
                ),
                (
                    two.format(
                        p=p,
                        n=rng.choice(["三四", "两三", "五六"]),
                        when=rng.choice(["想起来了", "有空了", "天气好了"]),
                        often=rng.choice(["多久", "隔几天", "多长时间"]),
                        v=rng.choice(["巡", "转", "跑一趟"]),
                        week=rng.choice(["一周", "一星期", "一个礼拜"]),
                    ),
                    patrol,
                ),
            ]

        return fresh(draw)

    rows += dialogue_rows(TABLE, "patrolafter", frames, patrol_after)

    return said_once(rows)


if __name__ == "__main__":
    write(build(), HERE)
