"""python -m evaluation.phrasings54.generate — write the rows of the classes of the
forty-ninth session (phrasings54: tune54 and heldout54).

As phrasings53: each class has four sentence frames, two rows a frame; persons, counties,
hospitals, bills, site levels, months, posts and relics are drawn with a seeded generator
(SEED = 54); every expected figure comes from the independent reference
(evaluation/phrasings/reference.py: a custodian's pay and a site's wage bill, a poor
household's stay, its contribution). The session's nine kinds of question are ten classes
here (the last kind two: two posts of the graduate plan), eight rows a class (as
by_frame.ROWS_A_CLASS):

1. a measure's threshold asked (threshold): how high a blood pressure makes 门诊特殊病
   (医保实施办法 第二十四条: 150/95, frames 0 and 1) and how old a custodian may be
   (看管细则 第五条: 25-50, frames 2 and 3);
2. a site's whole wage bill asked in a follow-up that names the site level itself
   (sitebill): one custodian's month at one level, then 要是/换成 the other level's site, two
   custodians a site (细则 第十二条), a year or N months (2 × the month's wage × months), then
   one person over the same months at that level;
3. a 建档立卡 household's stay and its own contribution (poorpay): the stay computed on the
   tier the rule gives them (第十八条（四）: 250, with the 5% of 第二十九条（四）), then what the
   person pays a year (个人缴费 60元, 190元 by 医疗救助资金, 第十八条（四）) (frames 0 and 1);
   the converse, the contribution first and then a stay (frames 2 and 3);
4. the last yes/no asked of another post (otherpost): whether a post must attend the
   文物安全培训, then "那<another post>呢" (培训办法 六、（六） lists them, frames 0 and 1); whether
   a relic found in one activity must be reported, then another person's activity (文物保护
   管理办法 第二十一条: 建设工程、农牧业生产或者房屋拆迁, frames 2 and 3);
5. a supposed case in a follow-up that another rule of the same document covers
   (othercase), four cases, each in both halves: after the referral rule (医保 第三十二条) an
   emergency (第二十九条（五）: 除急诊和急救外); after murals may not be photographed (办法
   第三十七条) the fine for doing it (第五十条（六）: no figure, declined); after a patrol log
   not kept (细则 第十一条) a theft not reported (第十七条: 解聘); after the 5-day filing for a
   stay outside Tibet (医保 第三十三条) a stay abroad (第三十条（十）: 境外);
6. a verb and its object split by a classifier or particle in yes/no coverage questions
   (splitverb: 镶个牙, 配副眼镜, 洗了次牙, 做个透析…): what the fund refuses (第三十条, in rows
   1-4) and what 门诊特殊病 covers (第二十四条, in rows 5-8), each half holding both;
7. someone registered elsewhere, in Ngari for an indefinite stretch, asking to join the
   residents' scheme (elsewhere): 第六条 (阿里地区户籍);
8. two values of one subject in one message (twovalues): eight subjects, one a row
   (起付线 and 封顶, 门特 rate and limit, a custodian's wage and how often, 两病 rate and limit,
   普通门诊 threshold and limit, 大病保险 and 大额补充, two levels' bed fees, the counties' and
   the prefecture's road subsidy), four in each half;
9. the graduate plan's posts by everyday names (kindergarten: 幼儿园老师/幼师 → 学前教育教师
   特设岗位不少于300个; medic: 护士/大夫 → 医护岗位不少于100个), 就业规划 三、（一）4.

Where a class asks two kinds of case, frames 0 and 1 hold one kind and frames 2 and 3 the
other, or the kinds are spread over the rows so that each half has all of them; where a
class's content has two wordings (5, 8), the tuning half takes the first and the held-out half
the second. The even frames of a class are tune54, the odd ones heldout54, so the held-out half
shares no sentence frame with the half the lead reads. The frames were written from the gazette
text alone (医保实施办法 第六、十八、二十二至二十七、二十九、三十、三十二、三十三条; 文物保护管理
办法 第二十一、三十七、五十条; 看管细则 第五、十一、十二、十七条; 培训办法 六、（六）; 就业规划
三、（一）4.; 四好农村路方案 二（三）、五（四）), before any of them was run.

Where the row schema cannot say what the class expects:
- a site's bill (class 2) is expected from the budget mode (result "budget", sites
  {level: 1}); the same figure computed as two persons (mode person, persons 2) gives it under
  "pay", which the figure check (the calculator and the result's keys) does not accept: the
  schema holds one reading of the figures;
- the poor household's stays (class 3) cite 第十八条 besides 第二十二条 and 第二十九条 (the
  tier comes from 第十八条（四）, the raise from 第二十九条（四）), but a citation is matched by
  article: the sub-items （四） cannot be required; the contribution turn may be answered by
  the rule or computed (answered or calculated; the figures are checked only when computed);
- a yes/no has no field for its polarity: the answer for the new post (class 4), the covered or
  refused item (class 6) and the registration elsewhere (class 7) are checked by the term of
  the rule that decides them (the post's own words in 六、（六）, the item's own words in 第三十条
  or 第二十四条, 户籍), not by a 能/不能 in the answer; there is no "answer must not contain"
  field either;
- the declined fine (class 5) carries a gold place (第五十条) and answer_contains 没有规定 (the
  declines' own words), which the data checks of the older held-out tables (out_of_scope with no
  gold, terms quoted from the gold clause) would not accept, as in phrasings53;
- gold is any of its places: the two-value rows (class 8) list both parts' places, but one cited
  place satisfies the check, so both parts are checked by their figures (answer_contains) only;
- the graduate plan's item 三、（一）4. is named by a quoted phrase (its label is not one a
  citation carries), as the earlier tables do.
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
from evaluation.phrasings.rows import GE, RD, RT, art, mi, quote
from evaluation.phrasings39.generate import write

HERE = Path(__file__).parent
SEED = 54
TABLE = 54

# custodians as said, with the pronoun a later turn uses for them
KEEPERS = [
    ("我舅", "他"),
    ("我老公", "他"),
    ("我大哥", "他"),
    ("我三叔", "他"),
    ("我堂弟", "他"),
    ("我姐夫", "他"),
    ("我表弟", "他"),
    ("我公公", "他"),
]
# graduates as said
GRADUATES = ["我女儿", "我儿子", "我妹", "我表姐", "我侄女", "我弟"]
KIN = ["我妈", "我爸", "我媳妇", "我老公", "我奶奶", "我爷爷", "我姐", "我舅舅", "我大伯"]
# site levels as said (细则 第十二条: 县级 1200, 自治区级及以上 1400 a month)
LEVEL_SAID = {"县级": ["县级"], "自治区级": ["自治区级", "区级"], "全国重点": ["国保", "全国重点"]}
# months as said; 12 is a year
MONTHS_SAID = {
    2: ["2个月", "两个月"],
    3: ["3个月", "三个月"],
    4: ["4个月", "四个月"],
    5: ["5个月", "五个月"],
    6: ["6个月", "半年"],
    7: ["7个月", "七个月"],
    8: ["8个月", "八个月"],
    9: ["9个月", "九个月"],
    10: ["10个月", "十个月"],
    12: ["一年", "一整年", "12个月"],
}
# a hospital as people name it, by its level (县医院 二级, 地区人民医院 三级)
HOSPITALS = {
    "乡镇卫生院": ["乡卫生院", "乡里的卫生院"],
    "二级": ["县医院", "县人民医院"],
    "三级": ["地区人民医院", "地区医院"],
}
# a bill as people type it, with its value in yuan
BILLS = [
    (7000, ["7000", "七千", "7千"]),
    (9000, ["9000", "九千"]),
    (13000, ["1.3w", "一万三", "1万3"]),
    (16000, ["1.6万", "一万六"]),
    (22000, ["2.2w", "两万二"]),
    (28000, ["2万8", "两万八"]),
]
POOR = ["建档立卡贫困人员"]
# 第十八条（四）: 250 by rule, of which the person pays 60 and 医疗救助资金 190
POOR_TIER = 250
POOR_STAY_CITES = ["第二十二条", "第十八条", "第二十九条"]


def monthly(level: str) -> dict:
    """A month's pay at a site level, asked: the rule (第十二条) or the sum both answer it."""
    return {
        "status": ["answered", "calculated"],
        "gold": [keeper("第十二条")],
        "answer_contains": [str(reference.CUSTODIAN_WAGE[level])],
    }


def poor_stay(level: str, cost: str) -> dict:
    """A 建档立卡 person's first stay in the area: tier 250 by 第十八条（四）, 5% more by
    第二十九条（四） (the reference's figures), citing where the tier and the raise come from."""
    return {**expect.inpatient(POOR_TIER, level, cost, poor=True), "cites": POOR_STAY_CITES}


def poor_contribution() -> dict:
    """What a 建档立卡 person pays a year (第十八条（四））: the rule or the contribution
    calculator both answer it; the figures are the reference's."""
    return {
        **expect.enrol(identities=POOR),
        "status": ["answered", "calculated"],
        "gold": [mi("第十八条")],
        "answer_contains": ["60", "190"],
    }


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


def build() -> list[dict]:  # noqa: C901 (one class after another, as the tables before)
    rng = random.Random(SEED)
    rows: list[dict] = []

    # 1. a measure's threshold: 高血压(血压持续150/95mmHg) (医保 第二十四条, frames 0 and 1);
    # 选聘年龄要求控制在25-50岁 (细则 第五条, frames 2 and 3)
    frames = [
        "{k}血压要多高才算门诊特殊病",
        "血压到多少才够得上办门特，{k}有高血压",
        "{k}今年{age}了，多大年纪能当野外文物看管员",
        "{c}招文物点看管员，要多少岁的人",
    ]
    kin = deck(rng, KIN)
    applicants = deck(rng, ["我弟", "我表哥", "我老公", "我堂哥", "我邻居", "我小叔"])
    ages = deck(rng, ["四十出头", "二十三", "五十二", "三十多", "快五十", "二十八"])
    fresh = fresh_draws()

    def threshold(frame: int) -> tuple[str, dict]:
        question = fresh(
            lambda: frames[frame].format(
                k=kin() if frame < 2 else applicants(), age=ages(), c=rng.choice(COUNTIES) + "县"
            )
        )
        if frame < 2:
            return question, {
                "status": "answered",
                "gold": [mi("第二十四条")],
                "answer_contains": ["150/95"],
            }
        return question, {
            "status": "answered",
            "gold": [keeper("第五条")],
            "answer_contains": ["25-50"],
        }

    rows += class_rows(TABLE, "threshold", frames, threshold)

    # 2. a site's whole wage bill, the level said in the follow-up: 县级以上野外文物保护单位每处
    # 安排2名看管人员 … 县级 1200元, 自治区级及以上 1400元 每人每月 (细则 第十二条); then one
    # person over the same months at that level
    frames = [
        (
            "{k}在{c}看{lv1}的文物点，一个月拿多少",
            "要是换成{lv2}的点，一个点两个人，{span}工资一共多少",
            "那一个人呢",
        ),
        (
            "{c}那边{lv1}野外文物点请的看管员，每月发多少工资",
            "那{lv2}文物点呢，一处配两个人，{span}下来总共要发多少",
            "单算一个人的话呢",
        ),
        (
            "{k}是{lv1}文保点的看护员，月工资多少",
            "如果是{lv2}的点，两个看管员{span}加起来多少钱",
            "那只算{p}一个人呢",
        ),
        (
            "问下{lv1}文物点看管员一月多少钱",
            "换成{lv2}的文物点，一个点俩人，干{span}一共多少",
            "一个人干{span}是多少",
        ),
    ]
    keepers = deck(rng, KEEPERS)
    level_pairs = iter(
        [
            ("县级", "自治区级"),
            ("自治区级", "县级"),
            ("县级", "全国重点"),
            ("全国重点", "县级"),
            ("自治区级", "县级"),
            ("县级", "自治区级"),
            ("全国重点", "县级"),
            ("县级", "全国重点"),
        ]
    )
    month_counts = iter([12, 5, 8, 12, 12, 10, 6, 3])
    fresh = fresh_draws()

    def site_bill(frame: int) -> list[tuple[str, dict]]:
        one, two, three = frames[frame]
        first, second = next(level_pairs)
        months = next(month_counts)

        def draw() -> list[tuple[str, dict]]:
            k, p = keepers()
            span = rng.choice(MONTHS_SAID[months])
            fill = {
                "k": k,
                "p": p,
                "c": rng.choice(COUNTIES),
                "lv1": rng.choice(LEVEL_SAID[first]),
                "lv2": rng.choice(LEVEL_SAID[second]),
                "span": span,
            }
            return [
                (one.format(**fill), monthly(first)),
                (two.format(**fill), expect.budget({second: 1}, months)),
                (three.format(**fill), expect.custodian(second, months)),
            ]

        return fresh(draw)

    rows += dialogue_rows(TABLE, "sitebill", frames, site_bill)

    # 3. a 建档立卡 household: 按最高档次250元缴费，其中个人缴费60元，190元由医疗救助资金代为缴纳
    # (第十八条（四）); 住院…提高5%报销比例 (第二十九条（四）). Frames 0 and 1: the stay, then the
    # contribution; frames 2 and 3: the contribution, then the stay
    frames = [
        (
            "{k}是建档立卡户，在{h}住院花了{b}，能报多少",
            "那{p}自己每年交医保要出多少钱",
        ),
        (
            "我们家建档立卡的，{k}上个月{h}住了回院，{b}，医保报多少",
            "像我们这种户，医保个人一年缴多少，剩下的谁出",
        ),
        (
            "我们家在{c}，是建档立卡户，居民医保每人自己一年交多少",
            "那{k}要是在{h}住院花了{b}，能报多少",
        ),
        (
            "{k}是建档立卡贫困户，交医保自己掏多少，其余谁给补",
            "{p}前阵子在{h}住院，一共{b}，报多少",
        ),
    ]
    kin = deck(
        rng, [("我爸", "他"), ("我妈", "她"), ("我奶奶", "她"), ("我哥", "他"), ("我姐", "她")]
    )
    hospital_levels = deck(rng, list(HOSPITALS))
    bills = deck(rng, BILLS)
    fresh = fresh_draws()

    def poor_pay(frame: int) -> list[tuple[str, dict]]:
        one, two = frames[frame]

        def draw() -> list[tuple[str, dict]]:
            k, p = kin()
            level = hospital_levels()
            value, said = bills()
            fill = {
                "k": k,
                "p": p,
                "c": rng.choice(COUNTIES),
                "h": rng.choice(HOSPITALS[level]),
                "b": rng.choice(said),
            }
            stay = poor_stay(level, str(value))
            if frame < 2:
                return [(one.format(**fill), stay), (two.format(**fill), poor_contribution())]
            return [(one.format(**fill), poor_contribution()), (two.format(**fill), stay)]

        return fresh(draw)

    rows += dialogue_rows(TABLE, "poorpay", frames, poor_pay)

    # 4. the last yes/no asked of another post: 培训办法 六、（六）'s list of who must attend
    # (frames 0 and 1); 办法 第二十一条's report of a relic found in 建设工程、农牧业生产或者房屋
    # 拆迁 (frames 2 and 3)
    trained = art(RT, "六、（六）")
    posts = [
        ("野外文物看管员", "野外文物看管人员"),
        ("寺管会的干部", "寺管会干部"),
        ("寺里的僧人", "驻寺僧尼"),
        ("驻寺干部", "驻寺干部"),
        ("县里分管文物的领导", "分管文物工作的领导"),
        ("管文物安防设施的", "安全设施监管"),
        ("文保单位里直接管事的人", "直接管理人员"),
        ("刚上岗的新人", "新入岗人员"),
    ]
    finders = [
        ("施工队挖地基", "施工队", "建设工程"),
        ("农牧民翻地", "种地的农牧民", "农牧业生产"),
        ("拆老房子", "拆房子的", "房屋拆迁"),
        ("修公路的工人施工", "修路的", "建设工程"),
        ("牧民挖草场", "放牧的", "农牧业生产"),
    ]
    frames = [
        ("听说有文物安全培训，{a}要去参加吗", "那{b}呢，也要参加？"),
        ("{k}是{a}，文物安全培训必须去吗", "那{b}呢，也得去培训？"),
        ("{a}时挖出个{x}，要报告吗", "那{b}呢，挖到了也要报？"),
        ("{k}说{a}挖到了{x}，必须上报吗", "那要是{b}碰到了呢，也得报告吗"),
    ]
    post_pairs = deck(rng, [(a, b) for a in posts for b in posts if a != b])
    finder_pairs = deck(rng, [(a, b) for a in finders for b in finders if a[2] != b[2]])
    things = deck(rng, ["佛像", "陶罐", "铜器", "古钱币", "石刻", "老经书"])
    kin = deck(rng, KIN)
    fresh = fresh_draws()

    def other_post(frame: int) -> list[tuple[str, dict]]:
        one, two = frames[frame]

        def draw() -> list[tuple[str, dict]]:
            k = kin()
            if frame < 2:
                (a, term_a), (b, term_b) = post_pairs()
                gold_a = gold_b = trained
            else:
                (a, _, term_a), (_, b, term_b) = finder_pairs()
                gold_a = gold_b = relic("第二十一条")
            fill = {"a": a, "b": b, "k": k, "x": things()}
            return [
                (
                    one.format(**fill),
                    {"status": "answered", "gold": [gold_a], "answer_contains": [term_a]},
                ),
                (
                    two.format(**fill),
                    {"status": "answered", "gold": [gold_b], "answer_contains": [term_b]},
                ),
            ]

        return fresh(draw)

    rows += dialogue_rows(TABLE, "otherpost", frames, other_post)

    # 5. a supposed case in a follow-up that another rule of the same document covers; four
    # cases, each once in each half, their words the first wording in tune54, the second in
    # heldout54
    cases = {
        "emergency": (
            ["在县医院治不了要转去地区医院，得办什么手续", "转到上级医院看病需要开什么证明"],
            {"status": "answered", "gold": [mi("第三十二条")], "answer_contains": ["转诊"]},
            ["急诊送过去的，也要转诊证明吗", "半夜急诊直接去的，没开转诊，还能报吗"],
            {"status": "answered", "gold": [mi("第二十九条")], "answer_contains": ["急诊"]},
        ),
        "photo": (
            ["进寺里看到壁画，能掏手机拍几张吗", "去寺庙参观，里面的壁画能不能拍"],
            {"status": "answered", "gold": [relic("第三十七条")], "answer_contains": ["不得拍摄"]},
            ["偷偷拍了被抓到，罚多少", "私自拍了被查出来，要罚多少钱"],
            {
                "status": "out_of_scope",
                "gold": [relic("第五十条")],
                "answer_contains": ["没有规定"],
            },
        ),
        "unreported": (
            ["看管员巡逻日志没照实填会怎样", "野外看管员不好好写巡逻日志怎么处理"],
            {"status": "answered", "gold": [keeper("第十一条")], "answer_contains": ["扣除"]},
            [
                "看管员发现文物被盗了没及时报告，会怎么处理",
                "看管员看到有人盗挖却没上报，会怎样",
            ],
            {"status": "answered", "gold": [keeper("第十七条")], "answer_contains": ["解聘"]},
        ),
        "abroad": (
            ["要去区外的大医院住院，得先备案吗", "在内地看病住院得先备案不"],
            {"status": "answered", "gold": [mi("第三十三条")], "answer_contains": ["5日内"]},
            ["去国外看病，能报吗", "人在境外住的院，医保给报不"],
            {"status": "answered", "gold": [mi("第三十条")], "answer_contains": ["境外"]},
        ),
    }
    frames = [
        ("{q}", "那要是{case}"),
        ("请问{q}", "那如果{case}"),
        ("想问下，{q}", "假如{case}"),
        ("{k}问，{q}", "万一{case}"),
    ]
    # frame 0 takes emergency then photo, frame 1 photo then emergency, …: each half all four
    order = iter(
        ["emergency", "photo", "unreported", "abroad", "photo", "emergency", "abroad", "unreported"]
    )
    kin = deck(rng, KIN)

    def other_case(frame: int) -> list[tuple[str, dict]]:
        one, two = frames[frame]
        first, first_expect, then, then_expect = cases[next(order)]
        wording = frame % 2
        return [
            (one.format(q=first[wording], k=kin()), first_expect),
            (two.format(case=then[wording]), then_expect),
        ]

    rows += dialogue_rows(TABLE, "othercase", frames, other_case)

    # 6. a verb and its object split by a classifier or particle: the fund refuses 洁牙、镶牙,
    # 义齿、眼镜、助听器, 美容 (第三十条, rows 1-4); 门诊特殊病 covers 慢性肾功能衰竭的透析治疗,
    # 恶性肿瘤的化学治疗、放射治疗 (第二十四条, rows 5-8)
    refused = [
        ("镶", ["个", "颗"], "牙", "镶牙"),
        ("配", ["副"], "眼镜", "眼镜"),
        ("洗", ["个", "次"], "牙", "洁牙"),
        ("配", ["个", "副"], "助听器", "助听器"),
        ("装", ["副", "颗"], "假牙", "义齿"),
        ("割", ["个"], "双眼皮", "美容"),
    ]
    covered = [
        ("做", ["个", "次"], "透析", "透析"),
        ("做", ["个", "次"], "化疗", "化学治疗"),
        ("做", ["个", "次"], "放疗", "放射治疗"),
    ]
    frames = [
        "{k}想去{v}{cl}{o}，医保能报吗",
        "{v}了{cl}{o}的钱，居民医保给报不",
        "{k}上个月在县医院{v}了{cl}{o}，这个能走医保吗",
        "去医院{v}{cl}{o}，城乡居民医保管不管",
    ]
    refused_items = deck(rng, refused)
    covered_items = deck(rng, covered)
    kin = deck(rng, KIN)
    said_rows = iter(range(8))
    fresh = fresh_draws()

    def split_verb(frame: int) -> tuple[str, dict]:
        row = next(said_rows)
        items, article = (refused_items, "第三十条") if row < 4 else (covered_items, "第二十四条")
        made: list = []

        def draw() -> str:
            verb, classifiers, obj, term = items()
            made[:] = [term]
            return frames[frame].format(k=kin(), v=verb, cl=rng.choice(classifiers), o=obj)

        question = fresh(draw)
        return question, {
            "category": "eligibility",
            "status": "answered",
            "gold": [mi(article)],
            "answer_contains": made,
        }

    rows += class_rows(TABLE, "splitverb", frames, split_verb)

    # 7. registered elsewhere, in Ngari for an indefinite stretch: 具有阿里地区户籍且未参加城镇
    # 职工基本医疗保险的城乡居民 (第六条（一）)
    frames = [
        "我户口在{home}，在{c}{work}{span}，能参加这边的城乡居民医保吗",
        "{k}是{home}人，来阿里{span}，户口没迁过来，能在这儿交居民医保不",
        "外地户口，在{c}{work}{span}，可以入阿里的居民医保吗",
        "{k}户口还在{home}老家，在{c}住了{span}，这边的医保能参加吗",
    ]
    homes = deck(rng, ["四川", "甘肃", "日喀则", "青海", "河南", "拉萨", "重庆"])
    works = deck(rng, ["打工", "做生意", "开饭馆", "跑运输", "搞装修"])
    spans = deck(rng, ["好几年了", "十几年了", "这几个月", "两三年了", "大半年了", "七八年了"])
    kin = deck(rng, KIN)
    fresh = fresh_draws()

    def elsewhere(frame: int) -> tuple[str, dict]:
        question = fresh(
            lambda: frames[frame].format(
                home=homes(), c=rng.choice(COUNTIES), work=works(), span=spans(), k=kin()
            )
        )
        return question, {
            "category": "eligibility",
            "status": "answered",
            "gold": [mi("第六条")],
            "answer_contains": ["户籍"],
        }

    rows += class_rows(TABLE, "elsewhere", frames, elsewhere)

    # 8. two values of one subject in one message, each answered: eight subjects, one a row,
    # four in each half; the first wording in tune54, the second in heldout54
    deductible = {"乡卫生院": "100", "县医院": "200", "地区人民医院": "400"}
    hospital = deck(rng, list(deductible))
    special_tier = deck(rng, [60, 120, 250])
    two_level = deck(rng, [("乡镇卫生院", "乡卫生院"), ("二级", "县医院"), ("三级", "地区医院")])
    wage_level = deck(rng, ["县级", "自治区级"])
    bed_pairs = deck(
        rng,
        [
            (("乡镇卫生院", "乡卫生院", "20元"), ("三级医院", "地区医院", "80元")),
            (("一级医院", "一级医院", "40元"), ("二级医院", "县医院", "60元")),
        ],
    )

    def two_values(subject: str, wording: int) -> tuple[str, str, dict]:
        """The two parts as said (a, b) and what the answer must hold."""
        if subject == "deductible":
            h = hospital()
            a = [f"在{h}住院起付线多少", f"{h}住院得先自己垫多少才开始报"][wording]
            b = ["封顶多少", "一年最多能报多少"][wording]
            return a, b, _both([mi("第二十二条"), mi("第二十三条")], deductible[h], "6万")
        if subject == "special":
            t = special_tier()
            a = [f"交{t}档的门诊特殊病报多少比例", f"{t}那档门特能报几成"][wording]
            b = ["一年限额多少", "一年最多能报到多少"][wording]
            rate = f"{reference.SPECIAL_RATIO[t]}%"
            return a, b, _both([mi("第二十四条"), mi("第二十三条")], rate, "6万")
        if subject == "wage":
            level = wage_level()
            lv = rng.choice(LEVEL_SAID[level])
            a = [f"{lv}文物点看管员工资多少", f"{lv}的看管员一个人拿多少钱"][wording]
            b = ["多久发一次", "是按月给还是按年给"][wording]
            wage = str(reference.CUSTODIAN_WAGE[level])
            return a, b, _both([keeper("第十二条")], wage, "每月")
        if subject == "twodiseases":
            level, said = two_level()
            a = [f"高血压在{said}门诊拿药报多少", f"{said}看高血压开的药能报百分之几"][wording]
            b = ["一年最多报多少", "每年封顶多少"][wording]
            rate = f"{reference.TWO_DISEASE_RATIO[level]}%"
            return a, b, _both([mi("第二十五条")], rate, "800")
        if subject == "general":
            a = ["普通门诊看病起付线多少", "平时门诊看个小病，花到多少才开始报"][wording]
            b = ["一年最多报多少", "全年最高能报几百"][wording]
            return a, b, _both([mi("第二十六条")], "100", "300")
        if subject == "serious":
            a = ["大病保险一年最多赔多少", "大病保险年度最高赔付限额是多少"][wording]
            b = ["农牧民大额补充医疗保险呢", "那个大额补充保险最多赔多少"][wording]
            return a, b, _both([mi("第二十七条")], "14万", "30万")
        if subject == "bed":
            (_, x, fee_x), (_, y, fee_y) = bed_pairs()
            a = [f"{x}的床位费标准是多少", f"住{x}一天床位费按多少算"][wording]
            b = [f"{y}呢", f"换到{y}是多少"][wording]
            return a, b, _both([mi("第二十二条")], fee_x, fee_y)
        a = ["四好农村路养护补贴每个县一年多少", "农村公路养护专项补贴一个县每年给多少"][wording]
        b = ["地区财政出多少", "地区本级一年又是多少"][wording]
        return a, b, _both([quote(RD, "100万元/年")], "100万", "350万")

    frames = [
        "{a}？{b}？",
        "{a}，{b}",
        "问两个事：{a}，还有{b}",
        "{a}？另外{b}",
    ]
    subjects = iter(
        [
            "deductible",
            "special",
            "wage",
            "twodiseases",
            "general",
            "serious",
            "bed",
            "road",
        ]
    )

    def two_value(frame: int) -> tuple[str, dict]:
        a, b, wanted = two_values(next(subjects), frame % 2)
        return frames[frame].format(a=a, b=b), {"category": "multi_part", **wanted}

    rows += class_rows(TABLE, "twovalues", frames, two_value)

    # 9. the graduate plan's posts by everyday names (就业规划 三、（一）4.): 学前教育教师特设岗位
    # 不少于300个 (9a); 全科医生、公共卫生、医师、护理等医护岗位不少于100个 (9b)
    def plan_post(
        name: str, frames: list[str], said: list[str], place: dict[str, str], figure: str
    ) -> list[dict]:
        """A class of rows asking one post of the plan by its everyday names."""
        names = deck(rng, said)
        kin = deck(rng, GRADUATES)
        fresh = fresh_draws()

        def row(frame: int) -> tuple[str, dict]:
            question = fresh(
                lambda: frames[frame].format(k=kin(), n=names(), c=rng.choice(COUNTIES) + "县")
            )
            return question, {"status": "answered", "gold": [place], "answer_contains": [figure]}

        return class_rows(TABLE, name, frames, row)

    rows += plan_post(
        "kindergarten",
        [
            "{k}想回阿里当{n}，规划里这类岗位有多少个",
            "{n}的岗位阿里这几年要招多少",
            "{k}大学毕业想回{c}当{n}，就业规划给了多少个位子",
            "2020到2025年，阿里给毕业生留了多少个{n}岗位",
        ],
        ["幼儿园老师", "幼师", "教幼儿园的老师", "幼儿园教师", "幼教老师"],
        quote(GE, "学前教育教师特设岗位不少于 300 个"),
        "300",
    )
    rows += plan_post(
        "medic",
        [
            "{k}医学院毕业，想回阿里当{n}，规划里有多少个岗位",
            "就业规划里给大学生留的{n}岗位一共几个",
            "{k}打算回{c}当{n}，这几年能提供多少个这样的岗",
            "想当{n}的毕业生，阿里到2025年给多少名额",
        ],
        ["护士", "大夫", "医生", "护理人员", "医院的护士"],
        quote(GE, "医护岗位不少于 100 个"),
        "100",
    )

    return said_once(rows)


def _both(gold: list[dict[str, str]], first: str, second: str) -> dict:
    """A two-value question: both parts' places, both parts' figures."""
    return {"status": "answered", "gold": gold, "answer_contains": [first, second]}


def main() -> None:
    write(build(), HERE)


if __name__ == "__main__":
    main()
