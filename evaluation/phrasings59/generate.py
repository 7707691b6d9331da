"""python -m evaluation.phrasings59.generate — write the rows of the classes of the
fifty-fourth session (phrasings59: tune59 and heldout59).

As phrasings58: each class has four sentence frames, two rows a frame; relatives, counties,
hospitals, tiers, bills, ages, honour levels, cities and site levels are drawn with a seeded
generator (SEED = 59). A rule is expected by its clause as gold and the figure or words that
prove the answer as answer_contains; an honest decline by status out_of_scope, no gold and the
nearest Ngari rule as `related`; a stay's payment and a person's or a household's contribution
by the independent reference (evaluation/phrasings/reference.py, checked by checks.recompute).
The session's eight kinds of question are eight classes, eight rows a class (as
by_frame.ROWS_A_CLASS); every class holds declines of a neighbouring fact the gazette does not
state, in both halves:

1. a stay's admission order (order): an earlier stay this year at another level told with this
   stay's bill (frames 0 and 1) or told after a first-stay calculation (frames 2 and 3): 参保
   人员年度内第二次住院起付标准为首次起付标准的70%；年度内第三次以上住院起付标准为首次起付标准的
   50% (医保实施办法 第二十二条（一）): the inpatient calculator on this stay's level, admission 2
   or 3; declines: a first stay that began last December and ended in January (whether it counts
   as this year's), what an operation usually costs before any bill (第二十二条 related);
2. contributions of a household with exempt members (exempt): 参保时女年满60周岁、男年满65周岁
   的个人不再缴费，年人均缴费按规定最高标准由自治区、地区两级财政按6:4代为缴纳 (第十八条（二）);
   重度残疾、特困供养人员、孤儿、最低生活保障对象 … 全部由医疗救助资金代为缴纳 (（三）); 建档立卡
   贫困人员 … 个人缴费60元，190元由医疗救助资金代为缴纳 (（四）): an elder's yes/no (the
   contribution calculator or the rule), who pays (6:4, 医疗救助资金, 60 and 190), a household's
   own total (a mixed household by its sum, a 建档立卡 household by the calculator's persons); a
   man of 62 asked as exempt is answered (65, not a decline); declines: a bonus for the over-80s,
   a veteran's relief (第十八条 related);
3. monks' and nuns' contributions (monks): 获自治区级的个人不缴费，自治区财政补贴250元；获地区
   级的个人缴费30元，地区财政补贴220元；获县级的个人缴费45元，县级财政补贴205元；由僧尼所在寺庙
   寺管会统计僧尼信息后报县统战、民宗部门 … 报县医保部门，由县医保局向县级财政部门提出补助申请
   (第十八条（五）); 在编僧尼 … 由所在寺庙寺管会前往当地医保经办机构代为办理参保手续 (第十一条);
   declines: a monk honoured by a township (a title the text does not name), a monk of a temple
   in 日喀则 (another prefecture's scheme);
4. the 两病 ordinary outpatient benefit and the 门特 (twoills): “两病”普通门诊待遇和门诊特殊病中
   高血压和糖尿病医疗待遇不得同时享受 (第二十五条), its rates (一级以下 70%, 二级 65%, 三级 60%), its
   caps (800, 1200, 2000) and 乙类药品个人先行自付10%; 参保人员不得同时参加城乡居民基本医疗保险和
   城镇职工基本医疗保险 (第六条, its last paragraph); declines: how many times a month the drugs
   may be fetched (第二十五条 related);
5. a referral (referral): 因病情需要转往上级定点医疗机构就诊的，由就诊定点医疗机构逐级转诊并出具
   转诊转院证明 (第三十二条) asked as a yes/no, who issues it (定点医疗机构) or whether one may
   skip a level (逐级); the papers of a stay outside Tibet that hold it (第三十四条: 转诊转院证明,
   出院证明, 费用清单); declines: how long a referral paper stays valid (第三十二条 related);
6. where to enrol (enrol): 地区医保局负责地直机关、企事业单位家属和随军家属的城乡居民参保，由地区
   医保经办机构办理参保手续。各县医保局负责本行政区域内的城乡居民参保工作，由所在县级医保经办机构
   办理参保手续 (第十条; 第九条 县医保经办机构 for the county's residents): a family member of a
   prefecture unit or a soldier's family (地区医保), a herder of a named county (县医保); declines:
   enrolling online or by an app (第九条 related);
7. a claim about the custodians' pay to be checked (keeperclaim): 看管人员经费由地区财政纳入年初
   预算，县级 … 每人每月工资1200元，自治区级及以上 … 1400元 (看管细则 第十二条: the right figure
   or 地区财政); 未如实填写巡逻日志的，要适当扣除当月野外看管补助；… 重大看管事故的要立即解聘，
   并扣除当年野外文物看管补助 (第十一条: 当月, 解聘); declines: overtime pay (第十二条 related);
8. the relic-safety training's particulars (trainmix): unstated — meals, lodging, days, travel to
   a training of the region, a certificate, a daily meal allowance (declined, the nearest clause
   related: 五、 for money, 一、（三） for days, 一、（六） for a certificate); stated — the fee
   (五、 文物安全专项经费), how often (一、（三） 每年 … 一次), leaving half way (一、（四） 书面 …
   批准), a test at the end (一、（六） 考核), who fixes time and place (二、（二）, 三、（一）
   办公室), absence (四、（三） 记录在案); a message with one stated and one unstated part expects
   the stated part's terms (answered), one with two unstated parts is declined.

The even frames of a class are tune59, the odd ones heldout59 (by_frame.split_of_frame), so the
held-out half shares no sentence frame with the half the lead reads. The frames were written
from the gazette text alone (医保实施办法 第六、七、九至十一、十八、二十二、二十四、二十五、
三十二、三十四条; 看管细则 第十一、十二条; 培训办法 一、（三）（四）（六）, 二、（二）, 三、（一）,
四、（三）, 五、, 六、（二）), before any of them was run.

Where the row schema cannot say what the class expects, or the gazette is unclear:
- class 1: 第二次住院起付标准为首次起付标准的70% may be read as 70% of this stay's level's
  deductible (the reference's reading: a second stay at 三级 after one at a 乡卫生院 has 280) or
  as 70% of the first stay's own deductible (70); the rows name two levels so that the readings
  part; an earlier stay's payment counts against the 6万 cap (第二十三条) but no earlier bill is
  told, so already_paid is 0 and the bills are small; the first turn of frames 2 and 3 is read as
  a first stay (admission 1) since nothing else is said; 乡卫生院 is read as 乡镇卫生院, 县医院 as
  二级 and 地区人民医院 as 三级 (as the earlier tables); 年度内 is not defined for a stay across the
  new year (第二十九条（一） speaks of 跨年度医疗费用 only under a change of policy, and the 180 days
  of 第二十二条（一） of long stays), so that row is declined; the brief's "rough estimate without
  a bill" is asked as what an operation usually costs (a figure the gazette lacks) — an estimate
  of the payment without any bill would rather be a follow-up for the cost (as the earlier tables
  treat a bill said roughly: an error naming 费用), so no row asks it so;
- class 2: a mixed household's total (an exempt elder, members on their tiers) has no calculator
  input (the contribution calculator takes one person, or persons of one kind): it is checked by
  its sum from reference.household as a whole number in answer_contains (300, not 300.00, so
  that 300元 passes too), answered or computed; a 建档立卡 household is the calculator's persons
  mode (its total checked as a figure when computed, and by the whole number when answered); who
  pays for the old is checked by 6:4 (the clause's figure; 150 and 100 are not printed); 60 for a
  woman is also a tier, so the elder's yes/no checks no term, only the clause and, when computed,
  the figures; the man of 62 is checked by 65 (no field says the answer is "no");
- class 3: 第十八条（五） names the titles of 上一年度 (和谐模范先进称号寺庙的在编僧尼, 爱国守法
  先进称号僧尼) at three levels only: a township's title is declined, though one may read such a
  monk as an ordinary enrolee on a tier of （一）; the standards follow a regional document
  (藏人社厅发〔2011〕134号), so a 日喀则 temple's monks may well have the same terms, but the
  gazette states Ngari's scheme only: declined; 自治区级's answer is checked by 250 and 自治区财政
  (个人不缴费 might be said as 不用交); the path is checked by 寺管会 and 民宗 (the clause says
  县统战、民宗部门);
- class 4: the 门特's 高血压 is only 血压持续150/95mmHg (第二十四条（一）); rows do not say the
  pressure: the 两病/门特 rule holds either way; 第六条 (not 第五条) holds 不得同时参加; a
  person with the employees' scheme cannot join this one at all, so the 两病 asked of them is
  answered by 第六条;
- class 5: 第三十二条 speaks of 上级定点医疗机构 and does not say what befalls a stay without a
  referral; a stay in 拉萨 is also 统筹区外 (10% lower, 第二十二条), not checked here; 第三十四条's
  papers are those of 区外 stays (the rows name cities outside Tibet); 就诊定点医疗机构 is checked
  as 定点医疗机构;
- class 6: 地直机关、企事业单位家属 may be read as the families of prefecture-level units and
  enterprises only, or of any enterprise: the rows name prefecture units (地直, 地区医院, 地区
  行署); a herder's 去哪儿 is answered by 第七、九条 (户籍所在地的乡（镇）、村（居）) as well as
  by 第十条, so the rows ask with whom (哪个部门, 找谁): all three are gold, the term 县医保 holds
  in 第九条 (县医保经办机构) and 第十条 (各县医保局), an answer naming only the township fails
  (the first draft asked 该去哪儿参保 and 在哪办 and was reworded after the first tune59 run showed
  a 第七条 answer failing a question it answers; see the session's report);
- class 7: a claim that names both a payer and a sum expects both corrections; 国保 is read as
  自治区级及以上 (1400); 第十二条 says who budgets the money (地区财政), not who hands it out (第三条
  puts daily management with the county); no field says the claim is wrong; a month's wage asked
  first (frame 2) may be answered or computed (custodian_pay, one person, one month; the first
  draft wanted answered only and was widened after the first tune59 run);
- class 8: 吃住 is read as unstated, though 五、's 培训经费 might be read to cover board; 五、
  excepts a national or regional training sent by a superior's document, and 六、（二） names
  外出受训, but who pays the fare to it is not said; 一、（六） speaks of a 考核, not a
  certificate; a mixed message is checked by the stated part's terms only — nothing checks that
  the unstated part is said to be unstated (no field for a partial decline).
- no field holds a yes/no's polarity and there is no "must not contain" field.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from evaluation.phrasings import expect, reference
from evaluation.phrasings.by_frame import (
    COUNTIES,
    TIER_SAID,
    deck,
    keeper,
    said_once,
    stated_or_two_turns,
)
from evaluation.phrasings.expect import declined
from evaluation.phrasings.rows import RT, art, mi
from evaluation.phrasings39.generate import write
from evaluation.phrasings55.generate import LEVEL_SAID, answered, fresh_draws
from evaluation.phrasings56.generate import HOSPITALS, KIN_PRONOUN, declined_row, said_amount
from evaluation.phrasings57.generate import lookup
from evaluation.phrasings57.generate import rows_of as class_rows
from evaluation.phrasings58.generate import turn

HERE = Path(__file__).parent
SEED = 59
TABLE = 59
ROWS = 8  # rows a class (by_frame.ROWS_A_CLASS)

# when an earlier stay was, as said
WHEN = ["开春", "三月份", "年初", "五月", "上半年", "过完年那会儿"]
# this stay's bill (small: the earlier stay's payment is not told, 第二十三条's cap stays far)
BILLS = [6000, 8000, 9000, 12000, 15000, 18000, 24000]
# elders by sex, with the pronoun a later turn uses (第十八条（二）: 女60, 男65)
ELDERS = {
    "女": [("奶奶", "她"), ("姥姥", "她"), ("外婆", "她"), ("我妈", "她"), ("阿妈", "她")],
    "男": [("爷爷", "他"), ("姥爷", "他"), ("外公", "他"), ("我爸", "他"), ("阿爸", "他")],
}
# 第十八条（三）: persons paid for in full by 医疗救助资金, as said, with the calculator's name
AIDED = [
    ("吃低保", "低保对象"),
    ("是一级残疾", "重度残疾(一、二级)"),
    ("有二级残疾证", "重度残疾(一、二级)"),
    ("是特困供养的", "特困供养人员"),
    ("是孤儿", "孤儿"),
]
# relatives of the aided rows (a veteran named later is 我爷爷, never one of them)
YOUNGER = [("我弟", "他"), ("我妹", "她"), ("我表哥", "他"), ("我姐", "她"), ("我小舅", "他")]
# 第十八条（五）: an honour's level as said, the calculator's identity, the terms of what the
# person pays and the purse that pays the rest
HONOURS = {
    "自治区级": (["自治区级", "区级"], "僧尼自治区级表彰", ["250", "自治区财政"], "自治区财政"),
    "地区级": (["地区级", "地区"], "僧尼地区级表彰", ["30", "220"], "地区财政"),
    "县级": (["县级", "县里"], "僧尼县级表彰", ["45", "205"], "县级财政"),
}
# monks and nuns as said, with the pronoun and the word for their calling
CLERGY = [
    ("我舅舅", "他", "僧人"),
    ("我二叔", "他", "僧人"),
    ("我表哥", "他", "喇嘛"),
    ("我姑", "她", "尼姑"),
    ("我小姨", "她", "阿尼"),
]
# 第二十五条: the illnesses as said, with their yearly cap
ILLS = [("有高血压", "800"), ("有糖尿病", "1200"), ("高血压糖尿病都有", "2000")]
# cities outside Tibet (第三十四条: 在区外)
OUTSIDE_TIBET = ["成都", "西宁", "西安", "北京", "兰州", "重庆"]
# prefecture-level units as said (第十条: 地直机关、企事业单位)
UNITS = ["地区行署", "地直机关", "地区人民医院", "地区的国企", "地区中学"]


def rows_of(name: str, frames: list, made: Callable[[int, int], object]) -> list[dict]:
    """A class's eight rows over its four frames (phrasings57's, for this table)."""
    return class_rows(name, frames, made, table=TABLE)


def drawn(fresh: Callable, make: Callable[[], tuple]) -> object:
    """A fresh row: `make()` draws (question, expectation) or (turns, None); the question (or
    the turns) must be new to the class, the expectation is that of the draw kept."""
    kept: dict = {}

    def draw():
        said, expectation = make()
        kept["expectation"] = expectation
        return said

    said = fresh(draw)
    return said if isinstance(said, list) else (said, kept["expectation"])


def whole(total: str) -> str:
    """A sum as a whole number (300.00 → 300): 300元 and 300.00 both hold it."""
    return str(int(Decimal(total)))


def build() -> list[dict]:  # noqa: C901 (one class after another, as the tables before)
    rng = random.Random(SEED)
    rows: list[dict] = []

    # 1. a stay's admission order (第二十二条（一）: the second stay 70%, the third and later
    # 50% of the first deductible): told with the bill (frames 0 and 1) or after a first-stay
    # calculation (frames 2 and 3); declines: a stay across the new year, an operation's cost
    frames = [
        "{k}{earlier}，这回又进了{h}，花了{b}，交的{t}档，能报多少",
        "交{t}的 今年{earlier} {h}这次花了{b} 医保给报多少",
        ("{k}交{t}，在{h}住院花了{b}，能报多少", "{then}"),
        ("{t}档 {k}在{h}住了院 {b} 报多少钱", "{then}"),
    ]
    # the stays before this one (or the decline asked), row by row
    plan = iter([1, 2, 1, 2, 2, 1, "newyear", "usual"])
    earlier_said = {
        0: {1: "{when}在{h0}住过一回院", 2: "今年在{h0}已经住过两回院"},
        1: {1: "已经在{h0}住过一次了", 2: "前面住过两回了 一回{h0} 一回{h1}"},
        2: {
            1: "对了，{p}{when}已经在{h0}住过一回院了",
            2: "哦对，{p}今年这已经是第三次住院了，前两次都在{h0}",
            "newyear": "不过{p}头一回是去年12月住进{h0}、今年1月才出的院，那回算不算今年的",
        },
        3: {
            1: "忘说了 {when}{p}在{h0}住过一次",
            2: "补充下 这是{p}今年第三回住院了",
            "usual": "{p}下个月还得去{h0}做个手术 这种手术一般要花多少钱",
        },
    }
    tiers = deck(rng, [60, 120, 250])
    levels = deck(rng, list(HOSPITALS))
    bills = deck(rng, BILLS)
    whens = deck(rng, WHEN)
    kin = deck(rng, KIN_PRONOUN)
    fresh = fresh_draws()

    def order(n: int, frame: int):
        before = next(plan)

        def make():
            t, level, cost = tiers(), levels(), bills()
            h0, h1 = rng.sample([lv for lv in HOSPITALS if lv != level], 2)
            k, p = kin()
            fill = {
                "k": k,
                "p": p,
                "t": rng.choice(TIER_SAID[t]),
                "h": rng.choice(HOSPITALS[level]),
                "h0": rng.choice(HOSPITALS[h0]),
                "h1": rng.choice(HOSPITALS[h1]),
                "b": said_amount(rng, cost),
                "when": whens(),
            }
            earlier = earlier_said[frame][before].format(**fill)
            if frame < 2:
                this = expect.inpatient(t, level, str(cost), admission=before + 1)
                question = frames[frame].format(earlier=earlier, **fill)
                return question, {"category": "calculation", **this}
            if isinstance(before, int):
                then = expect.inpatient(t, level, str(cost), admission=before + 1)
            else:  # not stated: a stay across the new year; what an operation costs
                then = declined(mi("第二十二条"))
            one, two = frames[frame]
            first = expect.inpatient(t, level, str(cost))
            return [(one.format(**fill), first), (two.format(then=earlier), then)], None

        return drawn(fresh, make)

    rows += rows_of("order", frames, order)

    # 2. a household with exempt members (第十八条（二）（三）（四）): an elder's yes/no, who
    # pays, the household's own total; a man of 62 answered by 65; declines: an over-80s bonus,
    # a veteran's relief
    frames = [
        "{e}{age}岁了，{ask}",
        "{e}{cond}，{ask}",
        ("{e}今年{age}，城乡居民医保{p}自己还用交不", "{then}"),
        ("{e}{cond}，{ask}", "{then}"),
    ]
    rule = [mi("第十八条")]
    plan = iter(
        [
            ("女", "exempt", "今年参保是不是就不用自己掏了", None),
            ("aid", "aid", "{p}那份医保钱谁给出", None),
            ("女", "total", None, "那全家一共得交多少，我跟{sp}都交{t}，{c}交{t2}"),
            (
                "poor",
                "poor",
                "参保个人交多少，剩下的谁管",
                "一家{n}口都是建档立卡的，合起来自己要掏多少",
            ),
            ("男", "62", "是不是也到了不用交医保的岁数了", None),
            ("男", "who", "{p}不交的那份医保钱是哪出的", None),
            ("女", "bonus", None, "{p}都八十多了，有没有额外的高龄补贴"),
            ("aid", "veteran", "今年居民医保{p}还交不交", "那我爷爷是退伍军人，交医保有没有照顾"),
        ]
    )
    ages = {
        "女": deck(rng, [60, 61, 63, 66, 70, 74]),
        "男": deck(rng, [65, 67, 69, 72, 77]),
        "62": deck(rng, [62]),
        "bonus": deck(rng, [81, 83, 85, 86]),
    }
    elders = {sex: deck(rng, said) for sex, said in ELDERS.items()}
    aided = deck(rng, AIDED)
    younger = deck(rng, YOUNGER)
    spouses = deck(rng, ["老婆", "媳妇", "老公", "爱人"])
    children = deck(rng, [("孩子", 1), ("闺女", 1), ("儿子", 1), ("俩娃", 2), ("两个孩子", 2)])
    persons = deck(rng, [3, 4, 5, 6])
    fresh = fresh_draws()

    def contribution(inputs: Callable[..., dict], terms: list[str] | None = None, **kw) -> dict:
        """A person's contribution: the calculator's figures or the rule (第十八条)."""
        out = {**inputs(**kw), "status": expect.BOTH, "gold": rule}
        return out | ({"answer_contains": terms} if terms else {})

    def exempt(n: int, frame: int):
        who, kind, ask, then = next(plan)

        def make():
            fill: dict = {"n": persons(), "sp": spouses()}
            sex = who if who in ("女", "男") else None
            if sex:
                fill["e"], fill["p"] = elders[sex]()
                fill["age"] = ages[kind if kind in ("62", "bonus") else sex]()
                fill["cond"] = rng.choice([f"今年{fill['age']}了", f"{fill['age']}岁了"])
                # a man of 62 pays his tier (none said): no contribution to compute
                own = (
                    contribution(expect.enrol, sex=sex, age=fill["age"])
                    if reference.elderly(sex, fill["age"])
                    else None
                )
            elif who == "aid":
                fill["e"], fill["p"] = younger()
                fill["cond"], identity = aided()
                own = contribution(expect.enrol, identities=[identity])
            else:
                fill["e"], fill["p"], fill["cond"] = "我们家", "", "是建档立卡户"
                own = contribution(expect.enrol, ["60", "190"], identities=["建档立卡贫困人员"])
            tier, tier2 = rng.sample([60, 120, 250], 2)
            child, count = children()
            fill.update(t=rng.choice(TIER_SAID[tier]), t2=rng.choice(TIER_SAID[tier2]), c=child)
            if frame < 2:
                question = frames[frame].format(ask=ask.format(**fill), **fill)
                if kind == "exempt":
                    return question, {"category": "calculation", **own}
                if kind == "62":  # 男年满65周岁: a man of 62 still pays
                    return question, {
                        "category": "eligibility",
                        "status": expect.BOTH,
                        "gold": rule,
                        "answer_contains": ["65"],
                    }
                payer = ["6:4"] if kind == "who" else ["医疗救助资金"]
                return question, lookup("body", rule, payer)
            one, two = frames[frame]
            first = one.format(ask=(ask or "").format(**fill), **fill)
            if kind == "total":  # the elder pays nothing, the others their tiers
                members = (
                    [{"sex": sex, "age": fill["age"]}]
                    + [{"tier": tier}] * 2
                    + [{"tier": tier2}] * count
                )
                total = reference.household(members)["total"]
                wanted = {
                    "status": expect.BOTH,
                    "calculator": "contribution",
                    "gold": rule,
                    "answer_contains": [whole(total)],
                    "cites": ["第十八条"],
                }
            elif kind == "poor":  # the household of that kind: the calculator's persons
                inputs = {"mode": "enrol", "identities": ["建档立卡贫困人员"], "persons": fill["n"]}
                each = {"identities": ["建档立卡贫困人员"]}
                total = reference.household([each] * fill["n"])
                wanted = {
                    **expect.calculated("contribution", inputs, total, ["第十八条"]),
                    "status": expect.BOTH,
                    "gold": rule,
                    "answer_contains": [whole(total["total"])],
                }
            else:  # not stated: a bonus for the over-80s, a veteran's relief
                wanted = declined(mi("第十八条"))
            return [(first, own), (two.format(then=then.format(**fill)), wanted)], None

        return drawn(fresh, make)

    rows += rows_of("exempt", frames, exempt)

    # 3. monks' and nuns' contributions (第十八条（五）: 自治区级 0 + 250, 地区级 30 + 220, 县级
    # 45 + 205; 寺管会 → 县统战、民宗部门 → 县医保部门 → 县级财政; 第十一条 寺管会 代为办理);
    # declines: a township's title, a 日喀则 temple's monks
    frames = [
        "{k}是{c}县寺庙的在编{role}，去年评上了{lv}爱国守法先进僧尼，{ask}",
        "{k}在寺里当{role}，{title}，{ask}",
        ("{k}是{c}县的在编{role}，去年评上{lv}的先进僧尼，医保个人交多少", "{then}"),
        ("寺里的在编僧尼参加居民医保，{ask}", "{then}"),
    ]
    rule = [mi("第十八条")]
    path = answered(rule, ["寺管会", "民宗"])
    plan = iter(
        [
            ("今年医保个人要交多少", None),
            ("医保补贴是哪一级财政出的", None),
            (None, "这个补贴得走啥手续申请"),
            ("是自己去办还是寺里统一办", "{k}去年被评为{lv}爱国守法先进僧尼，{p}个人缴多少"),
            ("参加居民医保{p}自己出多少钱", None),
            ("医保能少交点不", None),
            (None, "那日喀则寺庙里评上先进的僧人，也按这个标准吗"),
            (
                "补贴的申请是谁报上去的",
                "{k}所在的寺庙去年评上{lv}和谐模范寺庙，{p}是在编的，医保剩下的钱谁补",
            ),
        ]
    )
    honours = deck(rng, list(HONOURS))
    clergy = deck(rng, CLERGY)
    counties = deck(rng, COUNTIES)
    fresh = fresh_draws()

    def monks(n: int, frame: int):
        ask, then = next(plan)

        def make():
            level = honours()
            said, identity, terms, purse = HONOURS[level]
            k, p, role = clergy()
            fill = {"k": k, "p": p, "role": role, "c": counties(), "lv": rng.choice(said)}
            own = {
                **expect.enrol(identities=[identity]),
                "status": expect.BOTH,
                "gold": rule,
                "answer_contains": terms,
            }
            if frame < 2:
                if n == 5:  # not stated: a township's title
                    fill["title"] = "评上的是乡里的先进僧尼"
                    wanted = declined_row(mi("第十八条"), "yes_no")
                elif frame == 1:
                    fill["title"] = f"去年评上{fill['lv']}的先进僧尼"
                    wanted = lookup("body", rule, [purse])
                else:
                    wanted = {"category": "calculation", **own}
                return frames[frame].format(ask=ask.format(**fill), **fill), wanted
            one, two = frames[frame]
            if frame == 2:
                first = (one.format(**fill), own)
                wanted = path if n == 2 else declined(mi("第十八条"))
                return [first, (two.format(then=then), wanted)], None
            if n == 3:
                first = (one.format(ask=ask), answered([mi("第十一条")], ["寺管会"]))
                return [first, (two.format(then=then.format(**fill)), own)], None
            first = (one.format(ask=ask), path)
            return [first, (two.format(then=then.format(**fill)), answered(rule, [purse]))], None

        return drawn(fresh, make)

    rows += rows_of("monks", frames, monks)

    # 4. the 两病 benefit and the 门特 (第二十五条: 不得同时享受; 一级以下 70%, 二级 65%, 三级
    # 60%; 800, 1200, 2000; 乙类 10%); 第六条: 不得同时参加 居民 and 职工; declines: how often a
    # month the drugs may be fetched
    frames = [
        "{k}{x}，{ask}",
        "问下两病的事，{ask}",
        ("{k}{ill}，在{h}走两病开药，报几成，一年最多报多少", "{then}"),
        ("{k}{ill}，{ask}", "{then}"),
    ]
    both_not = answered([mi("第二十五条")], ["不得同时享受"])
    two_schemes = answered([mi("第六条")], ["不得同时参加"])
    plan = iter(
        [
            ("的高血压办成门特了", "平时走两病门诊开降压药还能再报一份不", None),
            (None, "{k}糖尿病办了门特，两病门诊那份还能一起享受不", None),
            (None, None, "那{p}要是再去办个门特，两样能一块报吗"),
            (None, "在{h}走两病拿药，乙类药也给报吗", "{p}单位上还有职工医保，两边能一起参加不"),
            ("在单位交着职工医保", "还能再参个城乡居民医保走两病拿药吗", None),
            (None, "高血压糖尿病都有的，一年最多报多少，乙类药咋算", None),
            (None, None, "这药一个月能去拿几回"),
            (None, "门特跟两病能不能一起享受", "两病的药一个月最多能去开几次"),
        ]
    )
    levels = deck(rng, list(HOSPITALS))
    ills = deck(rng, ILLS)
    kin = deck(rng, KIN_PRONOUN)
    fresh = fresh_draws()

    def two_ills(n: int, frame: int):
        x, ask, then = next(plan)

        def make():
            level = levels()
            k, p = kin()
            ill, cap = ills()
            rate = f"{reference.TWO_DISEASE_RATIO[level]}%"
            fill = {"k": k, "p": p, "h": rng.choice(HOSPITALS[level]), "ill": ill, "x": x}
            if frame < 2:
                question = frames[frame].format(ask=ask.format(**fill), **fill)
                if n == 5:  # the cap of both illnesses and the 乙类 part
                    return question, lookup("amount", [mi("第二十五条")], ["2000", "10%"])
                wanted = two_schemes if n == 4 else both_not
                return question, {"category": "eligibility", **wanted}
            one, two = frames[frame]
            if frame == 2:
                first = answered([mi("第二十五条")], [rate, cap])
                wanted = both_not if n == 2 else declined(mi("第二十五条"))
            elif n == 3:
                first = answered([mi("第二十五条")], ["10%", rate])
                wanted = two_schemes
            else:
                first, wanted = both_not, declined(mi("第二十五条"))
            said = one.format(ask=(ask or "").format(**fill), **fill)
            return [(said, first), (two.format(then=then.format(**fill)), wanted)], None

        return drawn(fresh, make)

    rows += rows_of("twoills", frames, two_ills)

    # 5. a referral (第三十二条: 逐级转诊并出具转诊转院证明, by the 就诊定点医疗机构), the papers of
    # a stay outside Tibet that hold it (第三十四条); declines: how long the paper stays valid
    frames = [
        "{k}{x}，{ask}",
        "问下转诊，{ask}",
        ("{k}在{c}县医院住着，医生说得往上转，要办啥", "{then}"),
        ("{k}去{city}看病住院，{ask}", "{then}"),
    ]
    referral = [mi("第三十二条")]
    papers = [mi("第三十四条")]
    plan = iter(
        [
            ("要去拉萨的大医院看病", "得先开转诊吗"),
            ("从{c}县医院转去地区医院，转诊转院证明找谁开", None),
            (None, "要是转到{city}去住，回来报销这个转诊证明也得交吗"),
            ("回来报销要带哪些材料", "里面那个转诊转院证明找谁开"),
            ("在{c}县乡卫生院看不好", "能直接转到拉萨去吗，不经过县医院和地区医院行不行"),
            ("去{city}住院，回来报销除了转诊证明还要交啥", None),
            (None, "转诊证明开了以后多久内有效"),
            ("要开转诊吗", "那转诊证明开出来能管多长时间"),
        ]
    )
    counties = deck(rng, COUNTIES)
    cities = deck(rng, OUTSIDE_TIBET)
    kin = deck(rng, KIN_PRONOUN)
    fresh = fresh_draws()

    def referral_row(n: int, frame: int):
        x, then = next(plan)

        def make():
            k, _ = kin()
            fill = {"k": k, "c": counties(), "city": cities()}
            if frame == 0:
                question = frames[0].format(x=x.format(**fill), ask=then, **fill)
                terms = ["转诊转院证明"] if n == 0 else ["逐级"]
                return question, lookup("procedure", referral, terms)
            if frame == 1:
                question = frames[1].format(ask=x.format(**fill))
                if n == 1:
                    return question, lookup("body", referral, ["定点医疗机构"])
                return question, lookup("list", papers, ["出院证明", "费用清单"])
            one, two = frames[frame]
            if frame == 2:
                first = answered(referral, ["逐级", "转诊转院证明"])
                wanted = (
                    answered(papers, ["转诊转院证明", "出院证明"])
                    if n == 2
                    else declined(mi("第三十二条"))
                )
                return [
                    (one.format(**fill), first),
                    (two.format(then=then.format(**fill)), wanted),
                ], None
            if n == 3:
                first = answered(papers, ["转诊转院证明", "出院证明"])
                wanted = answered(referral, ["定点医疗机构"])
            else:
                first = answered(referral + papers, ["转诊转院证明"])
                wanted = declined(mi("第三十二条"))
            return [(one.format(ask=x, **fill), first), (two.format(then=then), wanted)], None

        return drawn(fresh, make)

    rows += rows_of("referral", frames, referral_row)

    # 6. where to enrol (第十条: 地区医保局 … 地直机关、企事业单位家属和随军家属, 地区医保经办机构;
    # 各县医保局 … 县级医保经办机构; 第九条, 第七条); declines: enrolling by phone or app
    frames = [
        "{x}，居民医保参保该找哪个部门",
        "{x}的话，城乡居民医保归哪个部门办",
        ("{x}，参加居民医保找谁", "{then}"),
        ("{x}，医保参保手续找谁办", "{then}"),
    ]
    prefecture = answered([mi("第十条")], ["地区医保"])
    county = answered([mi("第十条"), mi("第九条"), mi("第七条")], ["县医保"])
    online = declined(mi("第九条"))
    plan = iter(
        [
            ("我老公在{u}上班，我算家属", prefecture, None, None),
            ("随军家属", prefecture, None, None),
            (
                "我们家在{c}县放牧",
                county,
                "我姐嫁到狮泉河了，姐夫在{u}上班，她的医保也回县里办吗",
                prefecture,
            ),
            (
                "我是随军家属，刚跟着来阿里",
                prefecture,
                "那我公婆在{c}县放牧，他们找哪个部门办",
                county,
            ),
            ("我们是{c}县的牧民", county, None, None),
            ("{u}职工家属", prefecture, None, None),
            ("{k}是{c}县的农牧民", county, "能不能直接在手机上参保，不用跑去办", online),
            ("我是地直单位职工的家属", prefecture, "有没有网上或者APP能直接办的", online),
        ]
    )
    counties = deck(rng, COUNTIES)
    units = deck(rng, UNITS)
    kin = deck(rng, KIN_PRONOUN)
    fresh = fresh_draws()

    def enrol(n: int, frame: int):
        x, first, then, wanted = next(plan)

        def make():
            fill = {"c": counties(), "u": units(), "k": kin()[0]}
            said = frames[frame] if frame < 2 else frames[frame][0]
            question = said.format(x=x.format(**fill))
            if frame < 2:
                return question, {"category": "lookup", "fact_type": "body", **first}
            return [(question, first), (then.format(**fill), wanted)], None

        return drawn(fresh, make)

    rows += rows_of("enrol", frames, enrol)

    # 7. a claim about the custodians' pay (看管细则 第十二条: 地区财政, 县级 1200, 自治区级及以上
    # 1400; 第十一条: 当月, 解聘); declines: overtime pay
    frames = [
        "{k}说{claim}，{ask}",
        "听说{claim}，{ask}",
        ("{c}县一个{lv}野外文物点的看管员，一个月工资多少", "{then}"),
        ("问下野外文物看管员，{ask}", "{then}"),
    ]
    pay = [keeper("第十二条")]
    fault = [keeper("第十一条")]
    budget = answered(pay, ["地区财政"])
    plan = iter(
        [
            (
                "{c}县财政每个月给县级文物点的看管员发1500",
                "对吗",
                answered(pay, ["1200", "地区财政"]),
            ),
            ("野外文物看管员的工资是乡里出的", "真的假的", budget),
            (None, "村里有人说这钱是县财政掏的，是不是", budget),
            (None, "经费是哪一级出的", "{k}讲国保点跟县级点的看管员一样，都拿1200，说得对不"),
            (
                "看管员巡逻日志没按要求填，一整年的补助就全扣了",
                "是这么规定的吗",
                answered(fault, ["当月"]),
            ),
            (
                "{c}县{high}文保单位的看管员一个月只有1000块",
                "是不是弄错了",
                answered(pay, ["1400"]),
            ),
            (None, "逢年过节值班有加班费吗", declined(keeper("第十二条"))),
            (None, "要是出了重大看管事故会咋处理", "晚上巡逻算不算加班，有补助没"),
        ]
    )
    site_levels = deck(rng, list(LEVEL_SAID))
    high = deck(rng, LEVEL_SAID["自治区级"] + LEVEL_SAID["全国重点"])
    counties = deck(rng, COUNTIES)
    kin = deck(rng, KIN_PRONOUN)
    fresh = fresh_draws()

    def keeper_claim(n: int, frame: int):
        claim, ask, wanted = next(plan)

        def make():
            level = site_levels()
            fill = {
                "k": kin()[0],
                "c": counties(),
                "lv": rng.choice(LEVEL_SAID[level]),
                "high": high(),
            }
            if frame < 2:
                question = frames[frame].format(claim=claim.format(**fill), ask=ask, **fill)
                kind = {"地区财政": "body", "当月": "procedure"}.get(
                    wanted["answer_contains"][-1], "amount"
                )
                return question, lookup(kind, wanted["gold"], wanted["answer_contains"])
            one, two = frames[frame]
            if frame == 2:
                # one person's month: the rule, or the custodian_pay calculator's sum
                wage = answered(pay, [str(reference.CUSTODIAN_WAGE[level])])
                first = {**wage, "status": expect.BOTH}
                return [(one.format(**fill), first), (two.format(then=ask), wanted)], None
            if n == 3:
                first, then = budget, answered(pay, ["1400"])
            else:
                first, then = answered(fault, ["解聘"]), declined(keeper("第十二条"))
            said = one.format(ask=ask)
            return [(said, first), (two.format(then=wanted.format(**fill)), then)], None

        return drawn(fresh, make)

    rows += rows_of("keeperclaim", frames, keeper_claim)

    # 8. the training's particulars (培训办法): stated — 五、 专项经费, 一、（三） 每年一次, 一、（四）
    # 书面 … 批准, 一、（六） 考核, 二、（二） 办公室, 四、（三） 记录在案; unstated — meals, lodging,
    # days, the fare to a regional training, a certificate, a meal allowance
    frames = [
        "{k}下个月要去参加文物安全培训，{a}？{b}？",
        "文物安全培训的事问一下：{a}，{b}",
        ("{k}被单位安排去参加文物安全培训，{a}", "还有，{b}"),
        ("问个文物安全培训的事，{a}", "{b}"),
    ]
    fee = lookup("procedure", [art(RT, "五、")], ["文物安全专项经费"])
    often = lookup("procedure", [art(RT, "一、（三）")], ["每年", "一次"])
    leave = lookup("procedure", [art(RT, "一、（四）")], ["书面", "批准"])
    exam = lookup("procedure", [art(RT, "一、（六）")], ["考核"])
    arranged = lookup("body", [art(RT, "二、（二）"), art(RT, "三、（一）")], ["办公室"])
    absent = lookup("procedure", [art(RT, "四、（三）")], ["记录在案"])
    days = declined_row(art(RT, "一、（三）"), "count")
    money = declined_row(art(RT, "五、"), "yes_no")
    certificate = declined_row(art(RT, "一、（六）"), "yes_no")
    plan = iter(
        [
            ("一年办几回", often, "伙食要自己解决吗", money),
            ("住的地方给安排不", money, "中途家里有急事能先走吗", leave),
            ("培训费要自己出吗", fee, "要是派去拉萨参加区里办的培训，来回路费谁报", money),
            ("一期一般培训几天", days, "学完了要考试不", exam),
            ("结业了发不发证书", certificate, "一共要学几天", days),
            ("吃饭住宿单位管不管", money, "有没有差旅补助", money),
            ("住宿是统一安排还是自己找", money, "培训的时间地点谁来定", arranged),
            ("没请假直接不去会咋样", absent, "培训期间一天给多少伙食补助", money),
        ]
    )
    trainees = deck(rng, ["我", "我同事", "我们科长", "我们所的小王", "我老公"])
    fresh = fresh_draws()

    train_mix = stated_or_two_turns(plan, frames, fresh, turn, trainees, trainees)
    rows += rows_of("trainmix", frames, train_mix)

    return said_once(rows)


def main() -> None:
    write(build(), HERE)


if __name__ == "__main__":
    main()
