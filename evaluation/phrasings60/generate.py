"""python -m evaluation.phrasings60.generate — write the rows of the classes of the
fifty-fifth session (phrasings60: tune60 and heldout60).

As phrasings59: each class has four sentence frames, two rows a frame; relatives, counties
(噶尔、普兰、札达、日土、革吉、改则、措勤), hospitals, bills, drug amounts, ages, site levels,
months, fiscal subsidies and cities outside Tibet are drawn with a seeded generator (SEED = 60).
A rule is expected by its clause as gold and the figure or words that prove the answer as
answer_contains; an honest decline by status out_of_scope, no gold and the nearest Ngari rule
as `related`; a sum (两病 drugs, a custodian's pay, a late payment, a birth) by the independent
reference (evaluation/phrasings/reference.py, checked by checks.recompute). The session's eight
kinds of question are eight classes, eight rows a class (as by_frame.ROWS_A_CLASS); every class
holds declines of a neighbouring fact the gazette does not state, in both halves:

1. care outside Tibet (outside): 参保人员外出务工、探亲或长期在外居住期间因病在西藏自治区以外
   住院的，应在入院5日内通过信息系统进行备案 (医保实施办法 第三十三条: 5日, 备案); 在区外发生的
   医疗费用，需由个人先行垫付全部医疗费用后，持出院证明（诊断证明）、住院发票原件、费用清单、转诊
   转院证明、身份证件和银行卡复印件等相关资料，回所属参保地医保部门申请结算支付 (第三十四条: the
   papers 出院证明, 住院发票, 费用清单; who pays first 垫付; where to claim 参保地医保部门), asked
   as what to bring, by when to file, who pays first and where to claim; declines: which app
   the filing is made in (第三十三条 related: 信息系统 names none), how long the refund takes
   (第三十四条 related);
2. 乙类 drugs' self-pay (classb): “两病”门诊政策范围内的药品费用（乙类药品个人先行自付10%），一级
   以下 … 70%，二级 … 65%，三级 … 60% … 高血压 800, 糖尿病 1200, 合并 2000 (第二十五条): the
   10% asked as a rule, a bill of 甲类 and 乙类 drugs by the two_diseases calculator (payment and
   class_b_self_pay), the yearly cap after it; declines: the 乙类 self-pay of an inpatient stay
   or of a 门特 (第二十五条 related: the gazette's only 乙类 figure is this one);
3. long and cross-year stays (longstay): 参保人员连续住院超过180天的，每180天做一次住院结算
   (第二十二条（一）: 180天); 参保人员不得同时参加城乡居民基本医疗保险和城镇职工基本医疗保险
   (第六条: 不得同时参加); 由城乡居民基本医疗保险转入城镇职工基本医疗保险的，属于城乡居民基本
   医疗保险待遇享受期内的，由城乡居民医疗保险基金按规定支付 (第十三条); 陪护费、护工费 … 膳食费
   不予支付 (第三十条（五）); declines: a stay across the new year (第二十二条 related, as
   phrasings59), a refund of this year's resident contribution after the move (第十三条 related);
4. custodians' pay over months or a year (keeperyear): 县级野外文物保护单位看管人员每人每月工资
   1200元，自治区级及以上 … 1400元; 看管人员经费由地区财政纳入年初预算 (看管细则 第十二条): one
   person a year or some months, two persons (the custodian_pay calculator's person mode, persons
   2), the month's wage (answered or computed), who funds it (地区财政); declines: a year-end
   bonus, a 地区级 site (the gazette names no such level: 文物保护管理办法 第十条 has 全国重点、
   自治区级、县级 only; 第十二条 related);
5. a hiring condition then a person told alone (keeperhire, dialogues only): 选聘年龄要求控制在
   25-50岁，且身体状况良好，无不良嗜好，以男性为首选。选聘对象应当在文物保护点就近区域选择
   (看管细则 第五条); 汉藏双语 (第六条); the first turn the conditions, the age or a site's month
   wage (第十二条), the second a relative told by age (那我堂弟26呢, 我舅58了行不行: 25-50岁), by
   sex (以男性为首选), by a habit (无不良嗜好) or by home (就近); declines: a probation period
   (第十三条 related), a deposit (第九条 related);
6. windows passed (late): 入院5日内 … 备案 (第三十三条); 每年的10月1日至12月31日为下一年的参保
   缴费期 … 如需补缴，由个人按最高筹资标准全额补缴（包括各级财政补贴部分和个人缴费最高档次费用），
   且在补缴的次月起方可享受待遇 (第八条: the window, 全额补缴, 次月, and the late payment by the
   contribution calculator's late mode, 250 + the subsidy said); 考古发掘结束后六个月内，要将出土
   文物移交本行政区域文物行政管理部门 (文物保护管理办法 第二十条: 六个月); a question on the
   window expects the window; one asking only what befalls a late filing or a late hand-over
   is declined (第三十三条, 文物保护管理办法 第二十条 related), while a late payment's
   consequence is stated (第八条) and answered;
7. newborns and mothers (newborn): 城乡居民孕产妇分娩和新生儿抢救治疗 … 全额报销；新生儿住院
   费用先自费结算，待新生儿按规定缴纳本年度城乡居民医疗保险费用后，再凭相关票据和证明到医保经办
   机构进行报销。婴儿未上户死亡的 … 随其母亲基本医疗保险统筹基金给予支付，并计入母亲基本医疗保险
   基金年度最高支付限额内 (第二十九条（二）; the brief's 第二十八条 is 医疗救助): a birth's bill
   by the inpatient calculator's maternity mode, a newborn's stay (先自费, 医保经办机构), a baby
   who died unregistered (母亲, 年度最高支付限额); 未满一周岁的婴儿取得阿里地区户籍后 … 自出生之日
   起享受医保待遇 (第六条（三）); 非临床需要而自己要求剖宫产分娩的费用 (第三十条（七）: 剖宫产);
   declines: a maternity cash allowance (生育津贴), prenatal check-ups (第二十九条 related);
8. the training's costs and particulars (trainmix2), other wordings than phrasings59's class 8:
   board and travel asked together (declined, 五、 related), a daily allowance, the fare to a
   training elsewhere (declined, 五、 related); stated — the fee's source (五、 文物安全专项经费),
   how often (一、（三） 每年 … 一次), who organises (办公室: 一、（三）, 二、（一）, 二、（二）); a
   message with one stated and one unstated part expects the stated part's terms (answered),
   one with two unstated parts is declined.

The even frames of a class are tune60, the odd ones heldout60 (by_frame.split_of_frame), so the
held-out half shares no sentence frame with the half the lead reads. The frames were written
from the gazette text alone (医保实施办法 第六、八、十三、二十二、二十五、二十九、三十、三十三、
三十四条; 看管细则 第五、六、九、十二、十三条; 文物保护管理办法 第十、二十条; 培训办法 一、（三）,
二、（一）（二）, 五、), before any of them was run.

Where the row schema cannot say what the class expects, or the gazette is unclear (and where
the brief and the gazette part):
- class 1: the papers are those of 第三十四条 for stays 在区外 (the rows name cities outside
  Tibet, and people away to work or visit, as 第三十三条); a worker who fell ill away was not
  referred, so the 转诊转院证明 is not checked, only 出院证明, 住院发票, 费用清单; 第三十四条 holds
  在我区异地就医直接结算系统未完全实现之前, so a direct settlement may since have replaced the
  垫付 — the rows check the clause; the filing is 通过信息系统, which no clause names: an app's
  name is declined;
- class 2: 乙类 appears once in the gazette (第二十五条); 第二十二条 and 第二十四条 state no 乙类
  share, so an inpatient or 门特 乙类 question is declined though the 三大目录 of 第二十一条 might
  hold one (a regional list the gazette does not print); the bills are small (under the caps);
  乡卫生院 is read as 乡镇卫生院 (70%), 县医院 as 二级 and 地区人民医院 as 三级 (as the earlier
  tables);
- class 3: the brief asked that who pays the part before a move to 职工医保 be declined with 第六条
  related, but 第十三条 states it (属于城乡居民基本医疗保险待遇享受期内的，由城乡居民医疗保险基金
  按规定支付): those rows are answered by 第十三条 (checked by 城乡居民医疗保险基金), and the
  decline of that neighbourhood asks instead whether this year's resident contribution is
  refunded (not stated; 第十三条 related); 每180天做一次住院结算 does not say whether each
  settlement takes a new deductible or counts as a new stay, so no row asks a sum of a long stay;
  a stay across the new year is declined as phrasings59 (第二十九条（一） speaks of 跨年度医疗费用
  only under a change of policy); 护工费 and 膳食费 are answered by 第三十条（五）;
- class 4: 区级 and 国保 are read as 自治区级及以上 (1400); 地区级 is not a level of the gazette (文物
  保护管理办法 第十条, 看管细则 第一、十二条 speak of 县级以上 and name 县级、自治区级及以上): declined
  with 第十二条 related, though a reader might take it as 县级以上 at 1200 or 1400; the month's
  wage of a first turn is answered or computed (no figure fields, the wage checked as a term);
  第十二条 says who budgets the money (地区财政), not who hands it out (第三条 puts daily
  management with the county);
- class 5: a person from another prefecture is answered by 第五条 (选聘对象应当在文物保护点就近
  区域选择: 就近), not declined — the brief's candidate decline is stated; no field holds the
  verdict's polarity, so a relative's yes/no is checked by the condition's words (25-50岁,
  以男性为首选, 无不良嗜好, 就近); 以男性为首选 is a preference, not a bar; 身体状况良好 is not
  asked (whether an illness bars one is not said);
- class 6: 第八条 states what follows a late payment (中断缴费期间 … 由本人承担; 全额补缴; 次月起),
  so a late payment is answered, and the late sum computed from the subsidy the user says (the
  gazette prints no subsidy figure); what follows a late filing (第三十三条) or a late hand-over
  of finds (第二十条; 第五十条 lists no such case) is not stated: a question on that alone is
  declined, one on the window expects the window (5日, 六个月);
- class 7: the brief's 第二十八条（二） is 第二十九条（二） in the gazette; a newborn's contribution
  is not asked: 第十八条（一）'s tiers are every resident's, so it is neither stated apart nor
  clearly unstated; the birth's bill is read as within the 支付范围 (the maternity mode pays it
  in full); 剖腹产 as said is 剖宫产 of 第三十条（七） (自己要求, 非临床需要: not paid);
- class 8: 吃住 and 路费 are read as unstated, though 五、's 培训经费 might be read to cover them;
  五、 excepts a national or regional training sent by a superior's document and 六、（二） names
  外出受训, but who pays the fare to it is not said; a mixed message is checked by the stated
  part's terms only — nothing checks that the unstated part is said to be unstated (no field
  for a partial decline).
- no field holds a yes/no's polarity and there is no "must not contain" field.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

from evaluation.phrasings import expect, reference
from evaluation.phrasings.by_frame import (
    COUNTIES,
    deck,
    keeper,
    relic,
    said_once,
    stated_or_two_turns,
)
from evaluation.phrasings.expect import declined
from evaluation.phrasings.rows import RT, art, mi
from evaluation.phrasings39.generate import write
from evaluation.phrasings55.generate import KEEPERS, LEVEL_SAID, MONTHS_SAID, answered, fresh_draws
from evaluation.phrasings56.generate import HOSPITALS, KIN_PRONOUN, declined_row, said_amount
from evaluation.phrasings57.generate import lookup
from evaluation.phrasings57.generate import rows_of as class_rows
from evaluation.phrasings58.generate import turn
from evaluation.phrasings59.generate import drawn

HERE = Path(__file__).parent
SEED = 60
TABLE = 60
ROWS = 8  # rows a class (by_frame.ROWS_A_CLASS)

# cities outside Tibet (第三十三、三十四条: 西藏自治区以外, 区外), with how one came to be there
OUTSIDE_TIBET = ["成都", "西宁", "西安", "北京", "兰州", "重庆", "乌鲁木齐"]
AWAY = ["在{city}打工", "去{city}探亲", "在{city}务工", "跟着儿子在{city}常住", "在{city}走亲戚"]
# 第二十五条: the illnesses as said, the calculator's names and the yearly cap
ILLS = [
    ("有高血压", ["高血压"], "800"),
    ("有糖尿病", ["糖尿病"], "1200"),
    ("高血压糖尿病都有", ["高血压", "糖尿病"], "2000"),
]
ILL_SHORT = {"有高血压": "高血压", "有糖尿病": "糖尿病", "高血压糖尿病都有": "两个病都有"}
# a 两病 visit's drugs (甲类, 乙类), as said
CLASS_A = {200: ["200", "两百"], 300: ["300", "三百"], 400: ["400", "四百"], 500: ["500", "五百"]}
CLASS_B = {100: ["100", "一百"], 150: ["150", "一百五"], 200: ["200", "两百"], 300: ["300", "三百"]}
# a long stay as said (more than 180 days)
LONG = ["七个月", "大半年", "两百来天", "七个多月", "八个来月"]
# relatives told alone for a custodian's post: (who, age), in 25-50 or outside it
IN_RANGE = [26, 29, 33, 37, 41, 45, 48]
OUT_OF_RANGE = [52, 55, 58, 61, 22, 23]
MEN = ["我堂弟", "我舅", "我表哥", "我侄子", "我小叔", "我大舅", "我姐夫"]
TOLD = ["那{r}{age}呢", "{r}{age}了行不行", "{r}今年{age}，能去不", "那{r}{age}岁的可以吗"]
# mothers, with the pronoun a later turn uses
MOTHERS = [("我媳妇", "她"), ("我老婆", "她"), ("我姐", "她"), ("我妹", "她"), ("我嫂子", "她")]
# a birth's bill (in full under 第二十九条（二）)
BIRTH_BILLS = [3500, 4800, 6000, 8000, 9000, 12000]
# the fiscal subsidy a late payer names (第八条: 最高筹资标准 = 250 + every level's subsidy)
SUBSIDIES = [520, 550, 580, 610]


def rows_of(name: str, frames: list, made: Callable[[int, int], object]) -> list[dict]:
    """A class's eight rows over its four frames (phrasings57's, for this table)."""
    return class_rows(name, frames, made, table=TABLE)


def turns(*pairs: tuple[str, dict]) -> list[tuple[str, dict]]:
    """A dialogue's turns, each expectation without a question row's category and fact type."""
    return [(said, turn(wanted)) for said, wanted in pairs]


def build() -> list[dict]:  # noqa: C901 (one class after another, as the tables before)
    rng = random.Random(SEED)
    rows: list[dict] = []

    # 1. care outside Tibet (第三十三条: 入院5日内 … 备案; 第三十四条: 先行垫付, the papers,
    # 回所属参保地医保部门申请结算); declines: the filing's app, how long the refund takes
    frames = [
        "{k}{away}，突然病了住进医院，{ask}",
        "{away}期间住院了 {ask}",
        ("{k}{away}，这两天住院了，医保这块要先办啥", "{then}", "{then2}"),
        ("{k}{away}的时候住了院，{ask}", "{then}"),
    ]
    papers = lookup("list", [mi("第三十四条")], ["出院证明", "住院发票", "费用清单"])
    file_by = lookup("procedure", [mi("第三十三条")], ["5日", "备案"])
    advance = lookup("procedure", [mi("第三十四条")], ["垫付"])
    where = lookup("body", [mi("第三十四条")], ["参保地医保部门"])
    plan = iter(
        [
            ("回来报销都得准备啥材料", papers, None, None, None, None),
            ("备案最晚啥时候弄", file_by, None, None, None, None),
            (None, file_by, "那住院的钱是先自己垫上吗", advance, "最后拿着材料去哪报", where),
            ("回来报账要带的东西有哪些", papers, "交给哪个部门", where, None, None),
            ("钱是医院直接结还是得自己先垫", advance, None, None, None, None),
            ("回阿里报还是在当地报", where, None, None, None, None),
            (None, file_by, "那个备案在哪个APP上弄", declined(mi("第三十三条")), None, None),
            (
                "费用是不是得自己先出",
                advance,
                "材料交上去以后多久钱能打到卡上",
                declined(mi("第三十四条")),
                None,
                None,
            ),
        ]
    )
    cities = deck(rng, OUTSIDE_TIBET)
    aways = deck(rng, AWAY)
    kin = deck(rng, KIN_PRONOUN)
    fresh = fresh_draws()

    def outside(n: int, frame: int):
        ask, first, then, second, then2, third = next(plan)

        def make():
            fill = {"k": kin()[0], "away": aways().format(city=cities()), "ask": ask}
            if frame < 2:
                return frames[frame].format(**fill), first
            said = frames[frame]
            pairs = [(said[0].format(**fill), first), (then, second)]
            if then2:
                pairs.append((then2, third))
            return turns(*pairs), None

        return drawn(fresh, make)

    rows += rows_of("outside", frames, outside)

    # 2. 乙类 drugs' self-pay (第二十五条: 乙类药品个人先行自付10%, the 两病 rates and caps);
    # declines: the 乙类 share of a stay or of a 门特
    frames = [
        "{k}{ill}，在{h}{ask}",
        "问个乙类药的事 {ask}",
        ("{k}{ill}，在{h}走两病开药，甲类{a}块，乙类{b}块，能报多少", "{then}"),
        ("{k}{ill}，{ask}", "{then}"),
    ]
    ratio = lookup("ratio", [mi("第二十五条")], ["10%"])
    not_stated = declined(mi("第二十五条"))
    plan = iter(
        [
            ("走两病门诊开的药里有乙类的，乙类自己要先出几成", "ratio", None, None),
            ("{short}在{h}两病门诊开药 甲类{a} 乙类{b} 报多少", "bill", None, None),
            (None, "bill", "那{p}要是住院了，用的乙类药也先自付10%吗", not_stated),
            ("两病门诊拿药乙类药咋算", "ratio", "那{p}门特开的乙类药自付多少", not_stated),
            ("走两病拿药 甲类{a}乙类{b}，医保给报多少", "bill", None, None),
            ("住院用的乙类药个人要先付几成", "stay", None, None),
            (None, "bill", "办了门特以后乙类药有没有先自付的比例", not_stated),
            ("走两病拿药，乙类的自己先付多少", "ratio", "那{p}一年封顶给报多少", "cap"),
        ]
    )
    levels = deck(rng, list(HOSPITALS))
    ills = deck(rng, ILLS)
    a_amounts = deck(rng, list(CLASS_A))
    b_amounts = deck(rng, list(CLASS_B))
    kin = deck(rng, KIN_PRONOUN)
    fresh = fresh_draws()

    def class_b(n: int, frame: int):
        ask, kind, then, second = next(plan)

        def make():
            level, (ill, diseases, cap), a, b = levels(), ills(), a_amounts(), b_amounts()
            k, p = kin()
            fill = {
                "k": k,
                "p": p,
                "ill": ill,
                "short": ILL_SHORT[ill],
                "h": rng.choice(HOSPITALS[level]),
                "a": rng.choice(CLASS_A[a]),
                "b": rng.choice(CLASS_B[b]),
            }
            bill = expect.two_diseases(diseases, level, str(a), str(b))
            first = {
                "ratio": ratio,
                "bill": {"category": "calculation", **bill},
                "stay": declined_row(mi("第二十五条"), "ratio"),
            }[kind]
            if frame < 2:
                return frames[frame].format(ask=ask.format(**fill), **fill), first
            one, two = frames[frame]
            wanted = answered([mi("第二十五条")], [cap]) if second == "cap" else second
            said = one.format(ask=(ask or "").format(**fill), **fill)
            return turns((said, first), (two.format(then=then.format(**fill)), wanted)), None

        return drawn(fresh, make)

    rows += rows_of("classb", frames, class_b)

    # 3. long and cross-year stays (第二十二条（一）: 每180天做一次住院结算; 第六条: 不得同时参加;
    # 第十三条: 居民 → 职工, the resident fund pays its benefit period; 第三十条（五）: 护工费,
    # 膳食费); declines: a stay across the new year, a refund of the resident contribution
    frames = [
        "{k}在{h}住院{long}了，{ask}",
        "长期住院的 {ask}",
        ("{k}在{h}一住就是{long}，医保到时候咋结算", "{then}"),
        ("{k}{x}，{ask}", "{then}"),
    ]
    long180 = lookup("procedure", [mi("第二十二条")], ["180天"])
    both_schemes = lookup("yes_no", [mi("第六条")], ["不得同时参加"], category="eligibility")
    moved = lookup("body", [mi("第十三条")], ["城乡居民医疗保险基金"])
    plan = iter(
        [
            (None, "是出院一起结账还是中间要先结一次", long180, None, None),
            (None, "连着住了两百多天 医保咋结", long180, None, None),
            (
                None,
                None,
                long180,
                "{p}是去年腊月住进去的，跨了年，这笔钱按哪一年的算",
                declined(mi("第二十二条")),
            ),
            (
                "今年交的居民医保，年中考上事业编要转职工医保",
                "两个医保能不能一起交着",
                both_schemes,
                "那转过去之前住院花的钱归哪个医保报",
                moved,
            ),
            (
                None,
                "请的护工费医保给报吗",
                lookup("yes_no", [mi("第三十条")], ["护工费"]),
                None,
                None,
            ),
            ("", "半路转到单位的职工医保了 前面那段住院谁来报", moved, None, None),
            (
                None,
                None,
                long180,
                "住这么久，在医院吃饭的钱医保管不管",
                answered([mi("第三十条")], ["膳食费"]),
            ),
            (
                "下半年进了单位要交职工医保",
                "居民医保还能接着保留吗",
                both_schemes,
                "那今年交的居民医保钱能退回来不",
                declined(mi("第十三条")),
            ),
        ]
    )
    levels = deck(rng, ["二级", "三级"])
    longs = deck(rng, LONG)
    kin = deck(rng, KIN_PRONOUN)
    fresh = fresh_draws()

    def long_stay(n: int, frame: int):
        x, ask, first, then, second = next(plan)

        def make():
            k, p = kin()
            fill = {"k": k, "p": p, "h": rng.choice(HOSPITALS[levels()]), "long": longs(), "x": x}
            if frame < 2:
                return frames[frame].format(ask=ask, **fill), first
            one, two = frames[frame]
            said = one.format(ask=ask or "", **fill)
            return turns((said, first), (two.format(then=then.format(**fill)), second)), None

        return drawn(fresh, make)

    rows += rows_of("longstay", frames, long_stay)

    # 4. custodians' pay over months or a year (看管细则 第十二条: 县级 1200, 自治区级及以上 1400
    # 每人每月; 地区财政); declines: a year-end bonus, a 地区级 site
    frames = [
        "{k}在{c}县看{lv}的野外文物点，{span}工资一共多少",
        "{lv}文保点的看管员 干{span} 能拿多少钱",
        ("{c}县{lv}文物点的看管员，一个月工资多少", "{then}", "{then2}"),
        ("{k}跟{k2}俩人在{c}县看{lv}的文物点，{ask}", "{then}"),
    ]
    pay = [keeper("第十二条")]
    funded = lookup("body", pay, ["地区财政"])
    unstated = declined(keeper("第十二条"))  # a bonus, a 地区级 site
    # (months fixed or None, ask, first kind, second turn, its expectation, third turn)
    plan = iter(
        [
            (12, None, "one", None, None, None),
            (None, None, "one", None, None, None),
            (None, None, "month", "那一个人干满一年总共多少", "year", "这笔钱是哪里出的"),
            (None, "{span}加起来一共能拿多少", "two", "年底有没有年终奖", unstated, None),
            (None, None, "one", None, None, None),
            (None, None, "prefecture", None, None, None),
            (None, None, "month", "那地区级的文物点看管员一个月多少", unstated, None),
            (12, "一年下来两个人总共多少", "two", "工资是县里发还是地区出", funded, None),
        ]
    )
    site_levels = deck(rng, list(LEVEL_SAID))
    months_of = deck(rng, [m for m in MONTHS_SAID if m != 12])
    counties = deck(rng, COUNTIES)
    keepers = deck(rng, KEEPERS)
    fresh = fresh_draws()

    def person_pay(level: str, months: int, persons: int = 1) -> dict:
        """One or more custodians' pay (the custodian_pay calculator's person mode)."""
        if persons == 1:
            return expect.custodian(level, months)
        inputs = {"mode": "person", "site_level": level, "months": months, "persons": persons}
        return expect.calculated(
            "custodian_pay",
            inputs,
            reference.custodian_person(level, months, persons=persons),
            ["第十二条"],
        )

    def keeper_year(n: int, frame: int):
        fixed, ask, kind, then, second, then2 = next(plan)

        def make():
            level, months = site_levels(), fixed or months_of()
            fill = {
                "k": "我" if frame == 3 else keepers()[0],
                "k2": keepers()[0] if frame == 3 else "",
                "c": counties(),
                "lv": rng.choice(LEVEL_SAID[level]),
                "span": rng.choice(MONTHS_SAID[months]),
            }
            if kind == "prefecture":
                fill["lv"] = "地区级"
            if frame < 2:
                wanted = (
                    declined_row(keeper("第十二条"), "amount")
                    if kind == "prefecture"
                    else {"category": "calculation", **person_pay(level, months)}
                )
                return frames[frame].format(**fill), wanted
            said = frames[frame]
            if frame == 2:
                wage = answered(pay, [str(reference.CUSTODIAN_WAGE[level])])
                first = {**wage, "status": expect.BOTH}
                wanted = person_pay(level, 12) if second == "year" else second
                pairs = [(said[0].format(**fill), first), (then, wanted)]
                if then2:
                    pairs.append((then2, funded))
                return turns(*pairs), None
            first = person_pay(level, months, persons=2)
            return turns(
                (said[0].format(ask=ask.format(**fill), **fill), first), (then, second)
            ), None

        return drawn(fresh, make)

    rows += rows_of("keeperyear", frames, keeper_year)

    # 5. a hiring condition, then a person told alone (看管细则 第五条: 25-50岁, 以男性为首选, 无不良
    # 嗜好, 就近; 第六条: 汉藏双语; 第十二条 a month's wage first); declines: probation, a deposit
    frames = [
        ("{c}县要招野外文物看管员，{ask}", "{then}"),
        ("当野外文物看管员{ask}", "{then}"),
        ("{who}在{c}县看{lv}文物点，看管员一个月给多少", "{then}", "{then2}"),
        ("{ask}，看管员一般选啥样的人", "{then}"),
    ]
    # the first turn's words, two a frame (a frame's two rows say it differently)
    first_asks = {
        0: deck(rng, ["都有啥条件", "报名得满足啥要求"]),
        1: deck(rng, ["年龄有要求没", "对岁数有没有限制"]),
        2: deck(rng, [""]),
        3: deck(rng, ["村里要选野外文物的看守", "听说县里在找人守文物点"]),
    }
    whos = deck(rng, ["听说村里有人", "我们乡有个亲戚"])
    basic = [keeper("第五条")]
    age_rule = answered(basic, ["25-50岁"])
    # (the second turn: a template told with a relative and an age, its expectation; a third)
    plan = iter(
        [
            ("in", None, age_rule, None),
            ("out", None, age_rule, None),
            (
                "out",
                None,
                age_rule,
                ("他汉藏双语都会，能优先吗", answered([keeper("第六条")], ["汉藏双语"])),
            ),
            (None, "我姐{age}，女的能干这个不", answered(basic, ["以男性为首选"]), None),
            (None, "{r}{age}，就是平时爱喝两口酒", answered(basic, ["无不良嗜好"]), None),
            (None, "{r}{age}岁，家在日喀则，能来阿里看点不", answered(basic, ["就近"]), None),
            (None, "{r}要是选上了，有没有试用期", declined(keeper("第十三条")), None),
            (None, "选上以后要不要交押金或者保证金", declined(keeper("第九条")), None),
        ]
    )
    men = deck(rng, MEN)
    told = deck(rng, TOLD)
    ages_in = deck(rng, IN_RANGE)
    ages_out = deck(rng, OUT_OF_RANGE)
    site_levels = deck(rng, list(LEVEL_SAID))
    counties = deck(rng, COUNTIES)
    fresh = fresh_draws()

    def keeper_hire(n: int, frame: int):
        ages, said, second, third = next(plan)

        def make():
            level = site_levels()
            age = (ages_out if ages == "out" else ages_in)()
            fill = {
                "c": counties(),
                "lv": rng.choice(LEVEL_SAID[level]),
                "r": men(),
                "age": age,
                "ask": first_asks[frame](),
                "who": whos(),
            }
            then = (said or told()).format(**fill)
            one = frames[frame][0].format(**fill)
            if frame == 2:
                wage = answered([keeper("第十二条")], [str(reference.CUSTODIAN_WAGE[level])])
                first = {**wage, "status": expect.BOTH}
            else:
                first = age_rule
            pairs = [(one, first), (then, second)]
            if third:
                pairs.append(third)
            return turns(*pairs), None

        return drawn(fresh, make)

    rows += rows_of("keeperhire", frames, keeper_hire)

    # 6. windows passed (第三十三条: 入院5日内备案; 第八条: 10月1日至12月31日, 全额补缴, 次月;
    # 文物保护管理办法 第二十条: 考古发掘结束后六个月内移交); declines: what befalls a late filing
    # or a late hand-over
    frames = [
        "{k}{away}住院，过了一个礼拜才想起来备案，{ask}",
        "问下时间限制，{ask}",
        ("{topic}，有啥时间规定", "{then}"),
        ("{k}{x}，{ask}", "{then}"),
    ]
    filing = lookup("procedure", [mi("第三十三条")], ["5日"])
    late_pay = lookup("procedure", [mi("第八条")], ["全额补缴", "次月"])
    window = answered([mi("第八条")], ["10月1日", "12月31日"])
    finds = lookup("procedure", [relic("第二十条")], ["六个月"])
    plan = iter(
        [
            (None, "这个备案规定是几天内", filing, None, None),
            (None, "居民医保没在缴费期内交，过了年再补交咋算", late_pay, None, None),
            (
                "交城乡居民医保",
                None,
                window,
                "我拖到元旦以后才交，听说那年各级财政补贴一共{s}，补交得交多少",
                "late",
            ),
            (
                "去{city}探亲住院了",
                "备案有几天期限",
                filing,
                "我们拖到第七天才备上，还能报不",
                declined(mi("第三十三条")),
            ),
            (None, "医保还给报吗", declined_row(mi("第三十三条"), "yes_no"), None, None),
            (None, "考古挖完了，出土文物最迟多久要交给文物部门", finds, None, None),
            (
                "考古发掘结束后出土文物移交",
                None,
                finds,
                "要是超了半年还没交，考古队会被怎么罚",
                declined(relic("第二十条")),
            ),
            (
                "今年的医保错过了缴费期",
                "现在补交的话啥时候能开始报",
                late_pay,
                "补交的时候各级财政补贴按{s}算，{p}得交多少",
                "late",
            ),
        ]
    )
    cities = deck(rng, OUTSIDE_TIBET)
    aways = deck(rng, AWAY)
    subsidies = deck(rng, SUBSIDIES)
    kin = deck(rng, KIN_PRONOUN)
    fresh = fresh_draws()

    def late(n: int, frame: int):
        x, ask, first, then, second = next(plan)

        def make():
            s = subsidies()
            city = cities()
            k, p = kin()
            fill = {"k": k, "p": p, "away": aways().format(city=city), "s": s, "city": city}
            if frame < 2:
                return frames[frame].format(ask=ask, **fill), first
            one, two = frames[frame]
            wanted = expect.late(str(s)) if second == "late" else second
            fill["x"] = x.format(**fill)
            said = one.format(topic=x, ask=ask or "", **fill)
            return turns((said, first), (two.format(then=then.format(**fill)), wanted)), None

        return drawn(fresh, make)

    rows += rows_of("late", frames, late)

    # 7. newborns and mothers (第二十九条（二）: 分娩 全额报销, 新生儿 先自费 … 医保经办机构, 婴儿未上户
    # 死亡 随其母亲; 第六条（三）: 自出生之日起; 第三十条（七）: 自己要求剖宫产); declines: a
    # maternity allowance, prenatal check-ups
    frames = [
        "{m}在{h}{ask}",
        "问下生娃的事，{ask}",
        ("{m}在{h}生的娃，花了{cost}，医保报多少", "{then}", "{then2}"),
        ("{m}刚生产完，{ask}", "{then}"),
    ]
    newborn_stay = lookup("procedure", [mi("第二十九条")], ["先自费", "医保经办机构"])
    from_birth = answered([mi("第六条")], ["自出生之日起"])
    no_allowance = declined(mi("第二十九条"))
    plan = iter(
        [
            ("生孩子花了{cost}，医保报多少", "birth", None, None, None),
            (
                "娃一生下来就进了新生儿科，出院的时候能直接走医保结吗",
                lookup("procedure", [mi("第二十九条")], ["先自费"]),
                None,
                None,
                None,
            ),
            (
                None,
                "birth",
                "孩子在保温箱住了几天，花的钱咋报",
                newborn_stay,
                "娃还没上户口，医保从哪天开始算",
            ),
            (
                "孩子还没上户口，能办医保吗",
                answered([mi("第六条")], ["户籍", "自出生之日起"]),
                "生娃有没有生育津贴能领",
                no_allowance,
                None,
            ),
            (
                "生孩子，想自己要求剖腹产，这个钱医保给报吗",
                lookup("yes_no", [mi("第三十条")], ["剖宫产"], category="eligibility"),
                None,
                None,
                None,
            ),
            ("{m}在{h}顺产花了{cost}，能报多少", "birth", None, None, None),
            (None, "birth", "怀孕期间做产检的钱能报不", no_allowance, None),
            (
                "孩子在医院抢救没救过来，还没来得及上户口，花的医药费能报吗",
                answered([mi("第二十九条")], ["母亲"]),
                "这钱算进{p}自己一年的封顶额度里吗",
                answered([mi("第二十九条")], ["年度最高支付限额"]),
                None,
            ),
        ]
    )
    levels = deck(rng, list(HOSPITALS))
    bills = deck(rng, BIRTH_BILLS)
    mothers = deck(rng, MOTHERS)
    fresh = fresh_draws()

    def newborn(n: int, frame: int):
        ask, first, then, second, then2 = next(plan)

        def make():
            level, cost = levels(), bills()
            m, p = mothers()
            fill = {
                "m": m,
                "p": p,
                "h": rng.choice(HOSPITALS[level]),
                "cost": said_amount(rng, cost),
            }
            wanted = (
                {"category": "calculation", **expect.maternity(level, str(cost))}
                if first == "birth"
                else first
            )
            if frame < 2:
                return frames[frame].format(ask=ask.format(**fill), **fill), wanted
            one, two, *_ = frames[frame]
            said = one.format(ask=(ask or "").format(**fill), **fill)
            pairs = [(said, wanted), (two.format(then=then.format(**fill)), second)]
            if then2:
                pairs.append((then2, from_birth))
            return turns(*pairs), None

        return drawn(fresh, make)

    rows += rows_of("newborn", frames, newborn)

    # 8. the training's costs and particulars (培训办法): stated — 五、 专项经费, 一、（三） 每年一次,
    # 办公室 organises (一、（三）, 二、（一）（二）); unstated — board and travel, an allowance, the
    # fare to a training elsewhere
    frames = [
        "{k}被抽去参加文物安全培训了，想问下{a}，还有{b}",
        "文物安全培训 {a} {b}",
        ("{k}接到通知去参加文物安全培训，{a}", "{b}"),
        ("打听下文物安全培训，{a}", "再问个，{b}"),
    ]
    fee = lookup("procedure", [art(RT, "五、")], ["文物安全专项经费"])
    often = lookup("procedure", [art(RT, "一、（三）")], ["每年", "一次"])
    organises = lookup(
        "body", [art(RT, "二、（一）"), art(RT, "一、（三）"), art(RT, "二、（二）")], ["办公室"]
    )
    money = declined_row(art(RT, "五、"), "yes_no")
    plan = iter(
        [
            ("吃住管不管", money, "来回车费能报销不", money),
            ("培训经费从哪块出", fee, "学员一天有多少补贴", money),
            ("一年组织几回", often, "住宿和路费是单位出吗", money),
            ("是谁负责组织", organises, "吃住有没有统一安排", money),
            ("由哪个部门牵头组织", organises, "管不管饭", money),
            ("多长时间办一回", often, "食宿路费要自己掏吗", money),
            ("食宿跟路费给不给报", money, "那培训的费用到底从哪支出", fee),
            ("培训的钱是哪来的", fee, "去外地参加培训的差旅费谁给报", money),
        ]
    )
    trainees = deck(rng, ["我", "我们单位的小李", "我们局长", "我爱人", "我们寺管会的干部"])
    fresh = fresh_draws()

    train_mix = stated_or_two_turns(plan, frames, fresh, turn, trainees, trainees)
    rows += rows_of("trainmix2", frames, train_mix)

    return said_once(rows)


def main() -> None:
    write(build(), HERE)


if __name__ == "__main__":
    main()
