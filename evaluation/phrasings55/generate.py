"""python -m evaluation.phrasings55.generate — write the rows of the classes of the
fiftieth session (phrasings55: tune55 and heldout55).

As phrasings54: each class has four sentence frames, two rows a frame; persons, ages,
counties, hospitals, bills, site levels, months and years are drawn with a seeded generator
(SEED = 55); every expected figure comes from the independent reference
(evaluation/phrasings/reference.py: a custodian's pay and a site's wage bill, a 两病 bill). The
session's eight kinds of question are eight classes, eight rows a class (as
by_frame.ROWS_A_CLASS):

1. a household's ages said in one message (household): two relatives (frames 0 and 1) or three
   (frames 2 and 3), their sexes by the kinship word (奶奶/姥姥/外婆/我妈/大姨/姑姑 women,
   爷爷/姥爷/外公/我爸/舅舅/大伯 men), asking whether they still pay for the residents' scheme:
   参保时女年满60周岁、男年满65周岁的个人不再缴费 (医保实施办法 第十八条（二）); rows 1-4 hold
   one person exempt and one not, rows 5-6 every person exempt, rows 7-8 nobody exempt (a man
   of 60 to 64 among them: the threshold is the sex's own);
2. one person singled out after several (justone): custodians' pay for N persons at one site
   level (frames 0 and 1) or for one or more sites (frames 2 and 3; 每处安排2名看管人员), over
   some months (看管细则 第十二条: 县级 1200元, 自治区级及以上 1400元 每人每月), then "只算他一个
   人呢 / 光他自己呢 / 就算一个人的话" — one person over the same months at that level;
3. a refund of contributions asked (refund), as a first question (frames 0 and 1) or after a
   scheme question (frames 2 and 3), four cases each once in each half: moving to the
   employees' scheme (第十三条: 属于城乡居民基本医疗保险待遇享受期内的，由城乡居民医疗保险基金
   按规定支付 — a rule that answers partly, so answered); enrolled in both schemes (第六条:
   不得跨制度、跨统筹地区重复参保和享受待遇 — answered); leaving the scheme (第三条 个人自愿)
   and a death (第十二条 终止参保手续), where no rule says anything of a refund (fact_absent,
   declined, the nearest medical-insurance rule as `related`);
4. the yearly limit of a named illness (speciallimit): its 门诊特殊病 (frames 0 and 1; 第二十四条
   （二）: 与住院费用合并累计计算，不得超过年度最高支付限额, 第二十三条: 6万元) or its 两病 普通门诊
   benefit (frames 2 and 3; 第二十五条: 高血压 800元, 糖尿病 1200元, both 2000元);
5. another party asked in a follow-up of a duty question (otherparty), four cases, each in
   both halves: a relic found while herding or farming, then a building crew (文物保护管理办法
   第二十一条: 建设工程、农牧业生产或者房屋拆迁); who must attend the 文物安全培训, then another
   post (培训办法 六、（六）); whether a museum must keep files of its collection, then a temple
   (办法 第二十五条: 国有文物收藏单位（含博物馆、纪念馆）和宗教活动场所 … 藏品档案); whether herders
   along a rural road may take part in its upkeep, then poor households (四好农村路方案 二、（三）:
   积极吸纳沿线农牧民参与 … 优先安排沿线的建档立卡贫困户参与其中);
6. a 两病 drug bill in a follow-up, the illness said one turn before (twodrugs): the first turn
   asks the benefit at a named hospital (第二十五条: 一级以下 70%, 二级 65%, 三级 60%, the limit by
   illness), the second gives a year's bill, all 甲类 (frames 0 and 1) or with a 乙类 part
   (frames 2 and 3; 乙类药品个人先行自付10%): computed with the two_diseases calculator on the
   illness and hospital of the turn before;
7. a message of two parts whose first part leans on the last turn (twoparts), after a question
   on the 四好农村路 plan or the graduates' plan, four cases, each in both halves: villages
   without hardened roads (方案 二、: 2个乡镇（札达县底雅乡、萨让乡）和21个建制村, by county),
   生态补偿农村公路养护 posts (二、（三）: 1594名, by county), graduates (就业规划 一、（二）1.:
   3700人左右, by year), 就业援藏 posts (一、（二）3.: 142个、115个、225个 … 27人、0人、15人);
8. a case under a bracketed exception (except): a training held by the state or the region
   (培训办法 五、: 培训经费从地区文物安全专项经费中支出（由所在单位上级部门通过文件形式下发的参加由
   国家、自治区及其他机构举办的文物安全培训除外）, frames 0 and 1); one's own illness on the
   hospital's notice board (医保 第四十条: 定期公示参保人员待遇支付情况（涉及个人隐私内容除外）,
   frames 2 and 3).

Where a class asks two kinds of case, frames 0 and 1 hold one kind and frames 2 and 3 the
other, or the kinds are spread over the rows so that each half has all of them; where a
class's content has two wordings (3, 5, 7), the tuning half takes the first and the held-out
half the second. The even frames of a class are tune55, the odd ones heldout55, so the
held-out half shares no sentence frame with the half the lead reads. The frames were written
from the gazette text alone (医保实施办法 第三、六、八、十二、十三、十八、二十三至二十五、
四十条; 文物保护管理办法 第二十一、二十四、二十五条; 看管细则 第十二条; 培训办法 五、六、（六）;
四好农村路方案 二、 and 二、（三）; 就业规划 一、（二）1. and 3.), before any of them was run.

Where the row schema cannot say what the class expects:
- a household's persons (class 1) cannot be checked one by one: the answer must hold the
  thresholds of the sexes said (60 for a woman, 65 for a man) and 不再缴费 when someone is
  exempt, but not which person is which; "60" is also a tier (60元), so an answer that names
  the tiers and not the women's threshold passes that term; the status may be answered or
  calculated (the contribution calculator takes one person, the rule answers all);
- a site's bill (class 2, frames 2 and 3) is expected from the budget mode (result "budget");
  the same figure computed as persons (mode person, persons 2 × sites) gives it under "pay",
  which the figure check does not accept: the schema holds one reading of the figures; N
  persons (frames 0 and 1) are expected in the person mode with persons N (as phrasings45
  and 51);
- the refund asked first (class 3, frames 0 and 1) is a question row (eligibility for the two
  cases a rule answers, fact_absent for the two it does not) and the refund asked after a scheme
  question (frames 2 and 3) a dialogue: one class, two kinds of row, ids in one series;
  `related` is not scored, so that a decline cites no rule of another document (the training
  plan's 退训) is not checked; the brief named 第九条 for 不得重复参保, but in the text that
  sentence closes 第六条 (第九条 is the first enrolment's procedure): 第六条 is the gold;
- the 门诊特殊病 limit (class 4, frames 0 and 1) is checked by 6万 and 合并 (与住院费用合并累计
  计算) with either article as gold (one cited place satisfies the check): an answer naming 6万
  as the illness's own limit without 合并 fails, one that names 合并 in other words fails too;
- a yes/no has no field for its polarity: the other party's duty (class 5) and the exception
  (class 8) are checked by the rule's own term (建设工程, the post's words, 宗教活动场所,
  建档立卡贫困户; 除外, 个人隐私), not by a 要/不用 in the answer; there is no "answer must not
  contain" field either;
- gold is any of its places: the two-part rows (class 7) have both parts in one place, so the
  parts are checked by their figures (answer_contains); a county's count is matched as "N个" or
  "N人", which another count in the answer could hold (日土县's 2个 is left out of the roads case
  for that reason: the plan's 2个乡镇 would match it);
- the training exception (class 8) holds only for trainings 由所在单位上级部门通过文件形式下发;
  rows that do not say how the person was sent still expect the exception named (除外): the
  answer that says it depends on that condition names it too.
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
    relic,
    said_once,
    split_of_frame,
)
from evaluation.phrasings.rows import GE, RD, RT, art, mi, quote
from evaluation.phrasings39.generate import dialogue_row, write
from evaluation.phrasings44.generate import _question

HERE = Path(__file__).parent
SEED = 55
TABLE = 55

KIN = ["我妈", "我爸", "我媳妇", "我老公", "我姐", "我哥", "我舅舅", "我姑", "我大伯", "我表哥"]
# custodians as said, with the pronoun a later turn uses for them
KEEPERS = [
    ("我二叔", "他"),
    ("我表哥", "他"),
    ("我姑父", "他"),
    ("我堂哥", "他"),
    ("我小舅", "他"),
    ("我老公", "他"),
    ("我爸", "他"),
    ("我大舅", "他"),
]
# site levels as said (细则 第十二条: 县级 1200, 自治区级及以上 1400 a month)
LEVEL_SAID = {"县级": ["县级"], "自治区级": ["自治区级", "区级"], "全国重点": ["国保", "全国重点"]}
# months as said; 12 is a year
MONTHS_SAID = {
    2: ["2个月", "两个月"],
    3: ["3个月", "三个月"],
    4: ["4个月", "四个月"],
    5: ["5个月", "五个月"],
    6: ["6个月", "半年"],
    8: ["8个月", "八个月"],
    9: ["9个月", "九个月"],
    10: ["10个月", "十个月"],
    12: ["一年", "一整年", "12个月"],
}
# a hospital as people name it, by its level (县医院 二级, 地区人民医院 三级)
HOSPITALS = {
    "乡镇卫生院": ["乡卫生院", "乡里卫生院"],
    "二级": ["县医院", "县人民医院"],
    "三级": ["地区人民医院", "地区医院"],
}
# 医保 第十八条（二）: 参保时女年满60周岁、男年满65周岁的个人不再缴费
THRESHOLD = {"女": "60", "男": "65"}
# relatives by sex and standing: the old ones are grandparents, the middle ones parents,
# aunts and uncles
ELDERS = {"女": ["奶奶", "姥姥", "外婆"], "男": ["爷爷", "姥爷", "外公"]}
MIDDLE = {"女": ["我妈", "大姨", "姑姑"], "男": ["我爸", "舅舅", "大伯"]}


def fresh_draws() -> Callable[[Callable[[], object]], object]:
    """`fresh(draw)` calls `draw` (the fills of one row) until it gives a question the class
    has not had yet, or a dialogue whose turns it has not had, so no two rows of a class are
    the same."""
    seen: set = set()

    def fresh(draw):
        for _ in range(200):
            made = draw()
            key = made if isinstance(made, str) else tuple(turn[0] for turn in made)
            if key not in seen:
                seen.add(key)
                return made
        raise ValueError(f"no fresh fill for {made}")

    return fresh


def answered(gold: list[dict[str, str]], terms: list[str]) -> dict:
    return {"status": "answered", "gold": gold, "answer_contains": terms}


def build() -> list[dict]:  # noqa: C901 (one class after another, as the tables before)
    rng = random.Random(SEED)
    rows: list[dict] = []

    # 1. a household's ages in one message: 参保时女年满60周岁、男年满65周岁的个人不再缴费
    # (医保 第十八条（二）); two persons (frames 0 and 1) or three (frames 2 and 3)
    frames = [
        "{p0}{a0} {p1}{a1} 居民医保还要自己交钱吗",
        "{p0}今年{a0}了，{p1}{a1}，他俩的城乡居民医保还用自己掏钱不",
        "家里{p0}{a0}、{p1}{a1}、{p2}{a2}，居民医保每人一年要交多少",
        "问下 {p0}{a0}岁,{p1}{a1}岁,{p2}{a2}岁 参加城乡居民医保还得缴费吗",
    ]
    # (sex, exempt) of each person, row by row: rows 1-4 one exempt and one not, rows 5-6
    # all exempt, rows 7-8 none
    patterns = iter(
        [
            [("女", True), ("男", False)],
            [("男", True), ("女", False)],
            [("女", True), ("男", True), ("男", False)],
            [("男", True), ("女", False), ("男", False)],
            [("女", True), ("男", True)],
            [("男", True), ("女", True)],
            [("女", False), ("男", False), ("女", False)],
            [("男", False), ("女", False), ("男", False)],
        ]
    )
    # ages by (sex, exempt): the thresholds themselves among them, and men of 60-64 who pay
    ages = {
        ("女", True): deck(rng, [60, 61, 63, 68, 72, 79]),
        ("女", False): deck(rng, [52, 55, 57, 58, 59]),
        ("男", True): deck(rng, [65, 66, 70, 74, 81]),
        ("男", False): deck(rng, [58, 60, 61, 62, 63, 64]),
    }
    fresh = fresh_draws()

    def household(frame: int) -> tuple[str, dict]:
        persons = next(patterns)

        def draw() -> str:
            fill: dict[str, object] = {}
            used: set[str] = set()
            for n, (sex, exempt) in enumerate(persons):
                age = ages[(sex, exempt)]()
                # a grandparent only when over the threshold; parents, aunts and uncles either
                pool = [
                    w
                    for w in (ELDERS[sex] if exempt and age >= 66 else MIDDLE[sex])
                    if w not in used
                ]
                word = rng.choice(pool)
                used.add(word)
                fill[f"p{n}"], fill[f"a{n}"] = word, age
            return frames[frame].format(**fill)

        question = fresh(draw)
        terms = ["不再缴费"] if any(exempt for _, exempt in persons) else []
        terms += [THRESHOLD[sex] for sex in ("女", "男") if any(s == sex for s, _ in persons)]
        return question, {
            "category": "eligibility",
            "status": expect.BOTH,
            "gold": [mi("第十八条")],
            "answer_contains": terms,
        }

    rows += class_rows(TABLE, "household", frames, household)

    # 2. one person singled out after several: 县级以上野外文物保护单位每处安排2名看管人员 …
    # 县级 1200元, 自治区级及以上 1400元 每人每月 (细则 第十二条); N persons (frames 0 and 1) or
    # sites (frames 2 and 3), then one person over the same months
    frames = [
        ("{k}他们{n}个看管员都在{c}守{lv}的文物点，{span}工资一共多少", "只算{p}一个人呢"),
        ("{lv}野外文物点的看管员，{n}个人干{span}总共能拿多少钱", "光{k}自己呢，{p}也是其中一个"),
        ("{k}看的那个{lv}文物点，点上看管员{span}的工资加起来多少", "就算{p}一个人的话呢"),
        ("{c}县有{ns}处{lv}野外文保单位，看管员干{span}工资总共要发多少", "就算一个人的话呢"),
    ]
    keepers = deck(rng, KEEPERS)
    levels = deck(rng, ["县级", "自治区级", "全国重点"])
    month_counts = iter([12, 5, 8, 3, 6, 10, 9, 12])
    persons_said = {2: ["两", "2"], 3: ["三", "3"]}
    site_counts = iter([1, 1, 1, 2, 1, 1, 1, 3])  # frame 2 one site, frame 3 two or three
    fresh = fresh_draws()

    def just_one(frame: int) -> list[tuple[str, dict]]:
        one, two = frames[frame]
        level = levels()
        months = next(month_counts)
        sites = next(site_counts)
        persons = rng.choice([2, 3])
        if frame < 2:
            first = expect.calculated(
                "custodian_pay",
                {"mode": "person", "site_level": level, "months": months, "persons": persons},
                reference.custodian_person(level, months, persons=persons),
                ["第十二条"],
            )
        else:
            first = expect.budget({level: sites}, months)

        def draw() -> list[tuple[str, dict]]:
            k, p = keepers()
            fill = {
                "k": k,
                "p": p,
                "c": rng.choice(COUNTIES),
                "lv": rng.choice(LEVEL_SAID[level]),
                "span": rng.choice(MONTHS_SAID[months]),
                "n": rng.choice(persons_said[persons]),
                "ns": {2: "两", 3: "三"}.get(sites, sites),
            }
            return [
                (one.format(**fill), first),
                (two.format(**fill), expect.custodian(level, months)),
            ]

        return fresh(draw)

    rows += dialogue_rows(TABLE, "justone", frames, just_one)

    # 3. a refund of contributions: 转入城镇职工基本医疗保险的，属于城乡居民基本医疗保险待遇享受期
    # 内的，由城乡居民医疗保险基金按规定支付 (第十三条); 不得跨制度、跨统筹地区重复参保和享受待遇
    # (第六条); no refund rule for leaving (第三条 个人自愿) or a death (第十二条 终止参保手续).
    # Frames 0 and 1 ask it first (a question row), frames 2 and 3 after a scheme question (a
    # dialogue); each case once in each half, the first wording in tune55, the second in
    # heldout55
    refunds = {
        "transfer": (
            [
                "{k}考上事业单位转职工医保了，之前交的居民医保钱还退吗",
                "{k}进单位以后要参加职工医保，今年已经交过的城乡居民医保费能退回来不",
            ],
            {"category": "eligibility", **answered([mi("第十三条")], ["待遇享受期"])},
            ["城乡居民医保一年交多少钱", "居民医保自己交钱有几档可以选"],
            answered([mi("第十八条")], ["60", "120", "250"]),
        ),
        "twice": (
            [
                "{k}单位有职工医保，村里又给交了居民医保，重复交的那份能退吗",
                "职工医保和居民医保{k}两头都交了，多交的那份钱退不退",
            ],
            {"category": "eligibility", **answered([mi("第六条")], ["重复参保"])},
            [
                "{k}在单位上班有职工医保，还能再参加居民医保吗",
                "已经有职工医保的人还能交城乡居民医保不",
            ],
            answered([mi("第六条")], ["同时参加"]),
        ),
        "leave": (
            [
                "居民医保交了钱又不想参保了，钱能退不",
                "{k}交完医保又后悔了，不想参加了，交的钱能要回来吗",
            ],
            {
                "category": "fact_absent",
                "fact_type": "yes_no",
                **expect.declined(mi("第三条")),
            },
            ["城乡居民医保是强制的还是自愿的", "居民医保必须交吗，不交行不行"],
            answered([mi("第三条")], ["自愿"]),
        ),
        "death": (
            [
                "{k}上个月走了，今年交的居民医保钱退不退",
                "{k}过世了，交过的医保费能退点回来给家里不",
            ],
            {
                "category": "fact_absent",
                "fact_type": "yes_no",
                **expect.declined(mi("第十二条")),
            },
            ["参保的人去世了，医保这边要办啥手续", "家里参保的老人走了，医保要去注销吗"],
            answered([mi("第十二条")], ["终止参保"]),
        ),
    }
    frames = [
        ("{q}",),
        ("问下，{q}",),
        ("{s}", "那{q}"),
        ("{s}", "对了，{q}"),
    ]
    order = iter(["transfer", "death", "death", "transfer", "leave", "twice", "twice", "leave"])
    kin = deck(rng, KIN)
    refund_rows = []
    for n in range(8):
        frame = n % len(frames)
        asked, asked_expect, scheme, scheme_expect = refunds[next(order)]
        wording = frame % 2
        k = kin()
        row_id = f"t{TABLE}refund-{n + 1:03d}"
        split = split_of_frame(TABLE, frame)
        q = asked[wording].format(k=k)
        if frame < 2:
            refund_rows.append(
                _question(row_id, split, frames[frame][0].format(q=q), **asked_expect)
            )
            continue
        turn_expect = {
            key: value
            for key, value in asked_expect.items()
            if key not in ("category", "fact_type")
        }
        first, then = frames[frame]
        refund_rows.append(
            dialogue_row(
                row_id,
                split,
                [
                    (first.format(s=scheme[wording].format(k=k)), scheme_expect),
                    (then.format(q=q), turn_expect),
                ],
            )
        )
    rows += refund_rows

    # 4. a named illness's yearly limit: 门诊特殊病 与住院费用合并累计计算，不得超过年度最高支付限额
    # (第二十四条（二）; 6万元, 第二十三条; frames 0 and 1); 两病 高血压 800元, 糖尿病 1200元,
    # 合并 2000元 (第二十五条; frames 2 and 3)
    frames = [
        "{k}{ill}办了门特，一年限额是多少",
        "{k}的{ill}门特，一年封顶报多少钱",
        "{k}{d}，在{h}门诊开药走两病，一年限额多少",
        "{k}{d}，平时门诊拿药，普通门诊这块一年最多报多少",
    ]
    special_ill = deck(rng, ["高血压", "糖尿病", "透析", "冠心病", "痛风", "类风湿"])
    two = deck(rng, [("高血压", "800"), ("糖尿病", "1200"), ("高血压和糖尿病都有", "2000")])
    kin = deck(rng, KIN)
    fresh = fresh_draws()

    def special_limit(frame: int) -> tuple[str, dict]:
        if frame < 2:
            question = fresh(lambda: frames[frame].format(k=kin(), ill=special_ill()))
            return question, {
                "status": "answered",
                "gold": [mi("第二十四条"), mi("第二十三条")],
                "answer_contains": ["6万", "合并"],
            }
        d, limit = two()
        question = fresh(
            lambda: frames[frame].format(
                k=kin(), d=d, h=rng.choice([h for said in HOSPITALS.values() for h in said])
            )
        )
        return question, answered([mi("第二十五条")], [limit])

    rows += class_rows(TABLE, "speciallimit", frames, special_limit)

    # 5. another party in a follow-up of a duty question: four cases, each once in each half,
    # the first wording in tune55, the second in heldout55
    # a case: its two wordings (tune55, heldout55), each the duty question, its expectation,
    # the other party as said and what its answer must hold
    train = art(RT, "六、（六）")
    parties = {
        "find": [
            (
                "{k}放牧的时候挖出个{x}，要上报吗",
                answered([relic("第二十一条")], ["农牧业生产"]),
                "施工队",
                answered([relic("第二十一条")], ["建设工程"]),
            ),
            (
                "{k}在地里干农活刨出来一个{x}，得报告不",
                answered([relic("第二十一条")], ["农牧业生产"]),
                "盖房子打地基的工地",
                answered([relic("第二十一条")], ["建设工程"]),
            ),
        ],
        "train": [
            (
                "{k}是驻寺干部，文物安全培训必须参加吗",
                answered([train], ["驻寺干部"]),
                "寺里的僧尼",
                answered([train], ["驻寺僧尼"]),
            ),
            (
                "{k}是文保单位的直接管理人员，文物安全培训要去吗",
                answered([train], ["直接管理人员"]),
                "刚入职的新人",
                answered([train], ["新入岗人员"]),
            ),
        ],
        "temple": [
            (
                "博物馆收藏的文物要建档案吗",
                answered([relic("第二十五条")], ["藏品档案"]),
                "寺庙",
                answered([relic("第二十五条"), relic("第二十四条")], ["宗教活动场所"]),
            ),
            (
                "纪念馆里的藏品要不要建档备案",
                answered([relic("第二十五条")], ["藏品档案"]),
                "寺院里收的文物",
                answered([relic("第二十五条"), relic("第二十四条")], ["宗教活动场所"]),
            ),
        ],
        "road": [
            (
                "农村公路日常养护，沿线的牧民能去干活吗",
                answered([quote(RD, "积极吸纳沿线农牧民参与")], ["沿线农牧民"]),
                "贫困户",
                answered(
                    [
                        quote(RD, "优先安排沿线的建档立卡贫困户参与其中"),
                        quote(RD, "优先安排沿线建档立卡贫困户参与其中"),
                    ],
                    ["建档立卡贫困户"],
                ),
            ),
            (
                "村道养护和抢险保通，附近的农牧民能参与不",
                answered([quote(RD, "积极吸纳沿线农牧民参与")], ["沿线农牧民"]),
                "建档立卡户",
                answered(
                    [
                        quote(RD, "优先安排沿线的建档立卡贫困户参与其中"),
                        quote(RD, "优先安排沿线建档立卡贫困户参与其中"),
                    ],
                    ["建档立卡贫困户"],
                ),
            ),
        ],
    }
    frames = [
        ("{q}", "那{b}呢"),
        ("问下，{q}", "换成{b}呢"),
        ("想请教一下，{q}", "那要是{b}呢，也一样？"),
        ("{q}？急", "{b}也这样吗"),
    ]
    order = iter(["find", "train", "temple", "road", "train", "find", "road", "temple"])
    things = deck(rng, ["佛像", "陶罐", "铜器", "古钱币", "石刻", "嘎乌盒"])
    kin = deck(rng, KIN)

    def other_party(frame: int) -> list[tuple[str, dict]]:
        one, two = frames[frame]
        asked, asked_expect, party, party_expect = parties[next(order)][frame % 2]
        return [
            (one.format(q=asked.format(k=kin(), x=things())), asked_expect),
            (two.format(b=party), party_expect),
        ]

    rows += dialogue_rows(TABLE, "otherparty", frames, other_party)

    # 6. a 两病 bill, the illness said one turn before: 一级以下 70%, 二级 65%, 三级 60%; 乙类药品
    # 个人先行自付10%; 高血压 800, 糖尿病 1200, both 2000 a year (第二十五条). All 甲类 (frames 0
    # and 1) or with a 乙类 part (frames 2 and 3)
    frames = [
        ("我有{d} 在{h}拿药 两病能报多少", "一年药费{b}能报多少"),
        ("{k}{d}，一直在{h}开药，两病门诊怎么报", "{p}一年下来药钱{b}，医保给报多少"),
        ("{k}有{d}，常在{h}门诊拿药，两病报销是咋算的", "今年药费一共{b}，其中乙类药{c}，能报多少"),
        ("{d}在{h}开药走两病，报多少", "全年药费{b} 里头{c}是乙类的 报多少"),
    ]
    illnesses = deck(rng, [["高血压"], ["糖尿病"], ["高血压", "糖尿病"]])
    bills = {
        ("高血压",): deck(rng, [1000, 1200, 1500, 1800]),
        ("糖尿病",): deck(rng, [1500, 1800, 2000, 2400]),
        ("高血压", "糖尿病"): deck(rng, [2600, 3500, 4000]),
    }
    bill_said = {
        1000: ["1000", "一千"],
        1200: ["1200", "一千二"],
        1500: ["1500", "一千五"],
        1800: ["1800", "一千八"],
        2000: ["2000", "两千"],
        2400: ["2400", "两千四"],
        2600: ["2600", "两千六"],
        3500: ["3500", "三千五"],
        4000: ["4000", "四千"],
    }
    part_said = {200: ["200", "两百"], 300: ["300", "三百"], 400: ["400", "四百"], 500: ["500"]}
    hospital_levels = deck(rng, list(HOSPITALS))
    kin = deck(
        rng, [("我爸", "他"), ("我妈", "她"), ("我奶奶", "她"), ("我爷爷", "他"), ("我舅", "他")]
    )
    fresh = fresh_draws()

    def two_drugs(frame: int) -> list[tuple[str, dict]]:
        one, then = frames[frame]

        def draw() -> list[tuple[str, dict]]:
            diseases = illnesses()
            level = hospital_levels()
            bill = bills[tuple(diseases)]()
            part = rng.choice([200, 300, 400, 500]) if frame >= 2 else 0
            k, p = kin()
            fill = {
                "k": k,
                "p": p,
                "d": "和".join(diseases),
                "h": rng.choice(HOSPITALS[level]),
                "b": rng.choice(bill_said[bill]),
                "c": rng.choice(part_said[part]) if part else "",
            }
            limit = reference.TWO_DISEASE_LIMIT[tuple(sorted(diseases))]
            rate = f"{reference.TWO_DISEASE_RATIO[level]}%"
            return [
                (one.format(**fill), answered([mi("第二十五条")], [rate, str(limit)])),
                (
                    then.format(**fill),
                    expect.two_diseases(diseases, level, str(bill - part), str(part)),
                ),
            ]

        return fresh(draw)

    rows += dialogue_rows(TABLE, "twodrugs", frames, two_drugs)

    # 7. two parts in one message, the first leaning on the last turn; four cases, each once in
    # each half, the first wording in tune55, the second in heldout55
    unpaved = {"札达": 4, "革吉": 3, "改则": 9, "措勤": 3}  # 方案 二、 (日土 2 left out)
    road_posts = {  # 方案 二、（三）: 1594名, by county
        "噶尔": 95,
        "札达": 78,
        "普兰": 235,
        "日土": 237,
        "革吉": 459,
        "改则": 358,
        "措勤": 132,
    }
    graduates = {2021: 580, 2022: 599, 2023: 630, 2024: 640, 2025: 660}  # 规划 一、（二）1.
    aid = {2017: (142, 27), 2019: (225, 15)}  # 规划 一、（二）3. (2018's 0人 left out)
    unpaved_county = deck(rng, list(unpaved))
    post_county = deck(rng, list(road_posts))
    year = deck(rng, list(graduates))
    aid_year = deck(rng, list(aid))

    def two_part_case(case: str, wording: int) -> tuple[str, dict, str, str, dict]:
        """The turn before, the two parts as said (a, b) and what the answer must hold."""
        if case == "unpaved":
            c = unpaved_county()
            return (
                [
                    "四好农村路方案里，哪些乡镇还没通硬化路",
                    "现在阿里还有没通硬化路的乡镇吗，是哪几个",
                ][wording],
                answered([quote(RD, "札达县底雅乡、萨让乡")], ["底雅乡", "萨让乡"]),
                ["那没通的建制村全地区一共多少个", "没通硬化路的村子总共几个"][wording],
                [f"{c}县占几个", f"其中{c}县有几个"][wording],
                answered([quote(RD, "21个建制村")], ["21个", f"{unpaved[c]}个"]),
            )
        if case == "posts":
            c = post_county()
            return (
                ["生态补偿的农村公路养护员归谁管", "生态补偿农村公路养护岗位由哪一级负责管理"][
                    wording
                ],
                answered(
                    [quote(RD, "生态补偿农村公路养护员的管理责任主体为各县人民政府")],
                    ["各县人民政府"],
                ),
                ["今年全地区一共安排多少个这种岗位", "2020年全地区计划安排了多少名"][wording],
                [f"{c}县呢", f"其中{c}县多少人"][wording],
                answered([quote(RD, "计划安排1594名")], ["1594", f"{road_posts[c]}人"]),
            )
        if case == "graduates":
            y = year()
            return (
                ["规划里头2020届大学毕业生是多少人", "就业规划里说2020年毕业生多少"][wording],
                answered([quote(GE, "2020年591人")], ["591"]),
                ["2020到2025年加起来一共多少", "六年总共大概多少人"][wording],
                [f"{y}年呢", f"其中{y}年多少"][wording],
                answered([quote(GE, "3700人左右")], ["3700", str(graduates[y])]),
            )
        y = aid_year()
        posts, hired = aid[y]
        return (
            ["阿里的毕业生去区外就业的多不多", "就业援藏这条路，阿里毕业生走得通吗"][wording],
            answered([quote(GE, "就业援藏岗位142个")], ["就业援藏"]),
            [f"{y}年拿出来多少个岗", f"{y}年给了几个援藏岗位"][wording],
            ["真去上班的几个人", "最后真正就业的有几个"][wording],
            answered([quote(GE, "就业援藏岗位142个")], [str(posts), f"{hired}人"]),
        )

    frames = [
        "{a}，{b}",
        "{a}？{b}？",
        "那{a}，{b}",
        "{a} {b}",
    ]
    order = iter(["unpaved", "posts", "graduates", "aid", "posts", "unpaved", "aid", "graduates"])

    def two_parts(frame: int) -> list[tuple[str, dict]]:
        before, before_expect, a, b, wanted = two_part_case(next(order), frame % 2)
        return [(before, before_expect), (frames[frame].format(a=a, b=b), wanted)]

    rows += dialogue_rows(TABLE, "twoparts", frames, two_parts)

    # 8. a case under a bracketed exception: 培训经费从地区文物安全专项经费中支出（由所在单位上级
    # 部门通过文件形式下发的参加由国家、自治区及其他机构举办的文物安全培训除外） (培训办法 五、;
    # frames 0 and 1); 定期公示参保人员待遇支付情况（涉及个人隐私内容除外） (医保 第四十条;
    # frames 2 and 3)
    frames = [
        "我们单位派{k}去参加{org}办的文物安全培训，{sent}费用也从地区专项经费出吗",
        "{org}组织的文物安全培训，{by}让{k}去参加，这钱还走地区文物安全专项经费吗",
        "{k}在{h}住院报了多少钱，医院会贴到公示栏上吗，{p}得的什么病也公示？",
        "定点医院要定期公示参保人的待遇支付情况，那{k}的病情这些隐私也会公示出来吗",
    ]
    organisers = deck(rng, ["自治区", "国家", "自治区文物局", "国家文物局", "区外一个文物机构"])
    sent = deck(rng, ["", "上级部门下了文件的，", "上面发了文件，"])
    senders = deck(rng, ["上级部门发文件", "上面下文", "局里发通知", "单位"])
    trainees = deck(rng, ["我", "我同事", "我们科长", "我们所的两个人"])
    patients = deck(rng, [("我爸", "他"), ("我妈", "她"), ("我奶奶", "她"), ("我哥", "他")])
    fresh = fresh_draws()

    def exception(frame: int) -> tuple[str, dict]:
        if frame < 2:
            question = fresh(
                lambda: frames[frame].format(
                    k=trainees(), org=organisers(), sent=sent(), by=senders()
                )
            )
            return question, answered([art(RT, "五、")], ["除外"])
        question = fresh(
            lambda: frames[frame].format(
                k=(kp := patients())[0], p=kp[1], h=rng.choice(["县医院", "地区人民医院"])
            )
        )
        return question, answered([mi("第四十条")], ["个人隐私", "除外"])

    rows += class_rows(TABLE, "except", frames, exception)

    return said_once(rows)


def main() -> None:
    write(build(), HERE)


if __name__ == "__main__":
    main()
