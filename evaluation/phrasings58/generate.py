"""python -m evaluation.phrasings58.generate — write the rows of the classes of the
fifty-third session (phrasings58: tune58 and heldout58).

As phrasings57: each class has four sentence frames, two rows a frame; relatives, counties,
places, hospitals, tiers, site levels, months and illnesses are drawn with a seeded generator
(SEED = 58). A rule is expected by its clause as gold and the figure or words that prove the
answer as answer_contains; an honest decline by status out_of_scope, no gold and the nearest
Ngari rule as `related` (as phrasings57 declines); the custodians' sums (class 8) by the
independent reference (evaluation/phrasings/reference.py, checked by checks.recompute). The
session's eight kinds of question are eight classes, eight rows a class (as
by_frame.ROWS_A_CLASS); every class holds declines of a neighbouring fact the gazette does not
state, in both halves (class 7 is mostly declines by its nature):

1. the rate of a stay outside Ngari asked as a comparison or a yes/no (outside): 统筹区外就医报销
   比例较阿里统筹区内就医报销比例降低10%。跨省异地就医报销政策，按上述规定执行 (医保实施办法
   第二十二条（三）, its last paragraph): the answer must hold 10%; the place drawn from 拉萨, 日喀则,
   那曲 (in Tibet) and 成都, 西宁, 叶城, 乌鲁木齐 (outside it); single questions (frames 0 and 1)
   or after a question on a tier's rate at a named hospital (frames 2 and 3: the first turn expects the
   level's rate of 第二十二条（三）); declines: an insured person of 日喀则 staying in Ngari (another
   prefecture's scheme), which hospitals of another city take Ngari's insurance (no clause names
   one; 第三十一条 related);
2. the papers and steps after a stay outside Tibet (awaypapers), asked without 吗 (frames 0 and
   1) or after a turn naming the place (frames 2 and 3, the first turn the 10% of 第二十二条 or
   the filing of 第三十三条): 在区外发生的医疗费用，需由个人先行垫付全部医疗费用后，持出院证明
   （诊断证明）、住院发票原件、费用清单、转诊转院证明、身份证件和银行卡复印件等相关资料，回所属
   参保地医保部门申请结算支付 (第三十四条: the papers 出院证明, 住院发票, 费用清单 — and
   转诊转院证明 for the one referred there — or the steps 垫付 and 参保地医保部门); 因病在西藏
   自治区以外住院的，应在入院5日内通过信息系统进行备案 (第三十三条: 5日, 备案); declines: how
   long the refund takes to arrive (第三十四条 related);
3. who pays the field-relic custodians (keeperpay), asked of a county's finance, the township or
   the county's relic bureau: 看管人员经费由地区财政纳入年初预算 (看管细则 第十二条: 地区财政);
   the custodians a site — 县级以上野外文物保护单位每处安排2名看管人员 (第十二条: 2名) — as the
   first turn of frames 2 and 3; declines: the custodians' social insurance (五险), a year-end
   bonus (第十二条 related);
4. the relic-safety training's practical details (trainfacts), one stated and one not in one
   message (frames 0 and 1) or over two turns (frames 2 and 3): stated — the fee (培训办法 五、
   培训经费从地区文物安全专项经费中支出), how often (一、（三） 原则上每年不得少于一次), who arranges
   time and place (二、（二） 办公室要统筹安排好培训时间、培训地点 …, with 三、（一） 由办公室起草
   培训计划 … 确定培训时间、地点 as a second gold); unstated — the length in days, meals and
   lodging, a certificate (declined, the nearest clause as related); a message with a stated and
   an unstated part expects the stated part's terms (answered), one with two unstated parts is
   declined;
5. the custodians' preferential conditions (prefer): 具备下列条件之一者，可优先选聘 (看管细则
   第六条: (一) 汉藏双语, (二) 熟悉当地历史, (三) 文物保护实际工作能力, (四) 建档立卡贫困户);
   a person with two of them (both terms); 优先考虑当地已脱贫群众和贫困边缘户 (第十条, a fifth
   preference outside 第六条's list); the basic conditions beside them (第五条: 25-50岁, 以男性为
   首选, 就近区域); declines: an examination (第九条 related), a health certificate (第五条
   related);
6. whether an illness is a 门诊特殊病 (speciallist): the colloquial name of a listed one (老慢支 →
   慢性支气管炎, 慢阻肺 → 慢性阻塞性肺部疾病, 尿毒症透析 → 透析, 精神分裂 → 精神分裂症, 甲亢 →
   甲状腺功能亢进, 高原心脏病 → 慢性高原性心脏病, 肺结核 → 结核病) expects the listed term
   (医保 第二十四条（一）); one not on the list (胃炎, 腰椎间盘突出, 胆结石, 痔疮, 白内障, 牛皮癣)
   expects 第二十四条 with 30种 (the list was consulted); after a question on the list (frame 2,
   30种 expected); declines: how many months of 两病 drugs a visit gives (第二十五条 related);
7. another scheme or insurer as the subject (otherscheme): 职工医保, 商业保险, 惠民保, a commercial
   critical-illness policy, 四川老家的新农合, 城乡居民养老保险, 民政的临时救助 — declined (status
   out_of_scope, the nearest Ngari clause as related); the gazette's own neighbouring schemes are
   answered: 大病保险 — 年度最高赔付限额为14万元, 农牧民大额补充医疗保险 30万元 (第二十七条); 医疗
   救助 — 经城乡居民基本医疗保险、大病保险报销后政策范围内个人自付住院医疗费用，按规定给予医疗救助
   (第二十八条);
8. custodian sums that follow a head count (keepersum): one or two sites of a level, their
   custodians' pay over a year or some months (县级 1200元, 自治区级及以上 1400元 每人每月, 每处
   2名: the custodian_pay calculator's budget mode, e.g. 一处县级 一年 2×1200×12 = 28800),
   single (frames 0 and 1) or after a head-count turn (frames 2 and 3: the heads mode, answered
   or computed, as phrasings49); declines: next year's raise (第十二条 适当提高 names no figure),
   a site below the county level (第十二条 speaks of 县级以上 only).

The even frames of a class are tune58, the odd ones heldout58 (by_frame.split_of_frame), so the
held-out half shares no sentence frame with the half the lead reads. The frames were written
from the gazette text alone (医保实施办法 第五、十六、二十二、二十四、二十五、二十七、二十八、
三十一、三十三、三十四条; 看管细则 第三、五、六、九至十二条; 培训办法 一、（三）（六）, 二、（二）,
三、（一）, 五、), before any of them was run.

Where the row schema cannot say what the class expects, or the gazette is unclear:
- no clause names a hospital's level: 乡卫生院 is read as 乡镇卫生院, 县医院 as 二级 and 地区人民医院
  as 三级 (as the earlier tables) for the tier's rate a first turn of class 1 expects;
- 降低10% (class 1) may be read as ten points (90% → 80%, as reference.inpatient reads it) or as
  a tenth of the rate (90% → 81%); the rows check 10% alone, not the rate that results;
- the 统筹区 is the prefecture (基金实行地区级统筹, 第十六条): a stay in 拉萨 or 日喀则 is outside
  it as much as one in 成都; the 10% stands in 第二十二条's paragraph on stays, so whether a 门特
  or a 两病 visit outside Ngari is lowered too is not said — no row asks it;
- 第三十三、三十四条 speak of stays 在西藏自治区以外 / 在区外 only: the papers of a stay in Lhasa
  are not stated, so class 2 names cities outside Tibet only; 第三十四条 holds 在我区异地就医直接
  结算系统未完全实现之前, so a direct settlement may since have replaced the 垫付; the clause lists
  a 转诊转院证明 though a worker who fell ill away was not referred: only the referred row expects
  it; an answer is checked by three of the papers (出院证明, 住院发票, 费用清单) or by the two
  steps, not by the whole list;
- class 3: 第十二条 says who budgets the money (地区财政), not who hands the pay out; 第三条 puts
  the custodians' daily management with the county government and the relic department, so a
  county's relic bureau may well be the one that pays them out; the rows check 地区财政; the text
  calls the pay 工资 (第十二条) and 补助 (第十一条) alike;
- the head count is a rule in class 3 (answered, 2名) and answered or computed in class 8 (the
  heads mode as in phrasings49, no term checked): an answer in class 8 that says 两名 passes,
  one in class 3 that says 两名 instead of 2名 fails;
- class 4: 二、（二） gives the time and place to 办公室, 三、（一） has 联席会议 decide them on the
  office's draft: both are gold, 办公室 holds in both; 吃住 is read as unstated, though 五、's
  培训经费 might be read to cover board; 五、 excepts a national or regional training sent by a
  superior's document (rows name no such training); 一、（六） speaks of a 考核, not a certificate;
  a mixed message is checked by the stated part's terms only — nothing checks that the unstated
  part is said to be unstated (no field for a partial decline);
- class 5: 第六条 has a fourth item (纳入建档立卡贫困户的群众) besides the three the brief named, and
  第十条 adds 当地已脱贫群众和贫困边缘户 (优先考虑); 以男性为首选 is a preference, not a bar, and
  25-50岁 is 控制在; two conditions are not said to weigh more than one (之一者 suffices): the
  rows check that both are named;
- class 6: the list ends 等30种 and is read as closed; the not-listed illnesses were chosen outside
  every listed term (哮喘 was left out: a reader may put it under 慢性阻塞性肺部疾病; 颈椎病 under
  骨关节炎; 贫血 is listed as 慢性贫血); an answer that says "not listed" without the count 30种
  fails; 尿毒症 is read as 慢性肾功能衰竭 on 透析 and 肺结核 as 结核病（辅助治疗）(only the
  auxiliary treatment is on the list); 高血压 and 糖尿病, on both the 门特 list and 第二十五条,
  are not asked as 门特 (the 两病 decline names 两病; 两病 and the 门特 高血压/糖尿病 待遇不得同时享受);
- class 7: 新农合 alone is this scheme's old name (a scheme alias, answered in earlier tables),
  so the decline names another province's; `related` is a guess at the nearest clause and not
  scored (养老保险 has no clause near it: 第十八条, the contributions, is named); 医疗救助 具体救助
  办法另行规定, so its answer is the rule's reach (个人自付), no sum;
- class 8: 国保 (全国重点) is read as 自治区级及以上 (1400); the sums are expected in the budget
  mode (result "budget"), not as persons (phrasings55's reading); row 3 is the brief's own example
  (县级, 一整年: 28800), the other levels and months are drawn, a frame's two rows naming two
  levels and two counties; LEAST_FIGURES is the count of figures the table holds (six sums and
  four head counts), fewer than the 16 of the sum tables;
- a yes/no has no field for its polarity and there is no "must not contain" field: a comparison
  (class 1) is checked by 10%, not by its 一样/不一样.
"""

from __future__ import annotations

import random
from collections.abc import Callable
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
from evaluation.phrasings55.generate import KEEPERS, LEVEL_SAID, MONTHS_SAID, answered, fresh_draws
from evaluation.phrasings56.generate import HOSPITALS, KIN, declined_row
from evaluation.phrasings57.generate import lookup
from evaluation.phrasings57.generate import rows_of as class_rows

HERE = Path(__file__).parent
SEED = 58
TABLE = 58
ROWS = 8  # rows a class (by_frame.ROWS_A_CLASS)
LEAST_FIGURES = 10  # six sums and four head counts (tests/test_session_tables_data.py asks 16)

# places outside the prefecture's pool: in Tibet and outside it (第二十二条（三）)
AWAY = ["拉萨", "日喀则", "那曲", "成都", "西宁", "叶城", "乌鲁木齐"]
# places outside Tibet (第三十三、三十四条: 西藏自治区以外, 区外)
OUTSIDE_TIBET = ["成都", "西宁", "西安", "北京", "乌鲁木齐", "兰州", "叶城"]
# a tier's in-area rate at a township hospital as said (第二十二条（三）)
RATE_SAID = {250: ["九成", "90%"], 120: ["七成五", "75%"], 60: ["七成", "70%"]}
# listed 门特 illnesses as said, with the term of 第二十四条（一） the answer names
LISTED = [
    ("老慢支", "慢性支气管炎"),
    ("慢阻肺", "慢性阻塞性肺部疾病"),
    ("尿毒症透析", "透析"),
    ("精神分裂", "精神分裂症"),
    ("甲亢", "甲状腺功能亢进"),
    ("高原心脏病", "慢性高原性心脏病"),
    ("肺结核", "结核病"),
]
# illnesses on no term of the list
UNLISTED = ["胃炎", "腰椎间盘突出", "胆结石", "痔疮", "白内障", "牛皮癣"]


def rows_of(name: str, frames: list, made: Callable[[int, int], object]) -> list[dict]:
    """A class's eight rows over its four frames (phrasings57's, for this table)."""
    return class_rows(name, frames, made, table=TABLE)


def turn(expectation: dict) -> dict:
    """A dialogue turn's expectation: a question row's without its category and fact type."""
    return {k: v for k, v in expectation.items() if k not in ("category", "fact_type")}


def build() -> list[dict]:  # noqa: C901 (one class after another, as the tables before)
    rng = random.Random(SEED)
    rows: list[dict] = []

    # 1. a stay outside Ngari (第二十二条（三）): 统筹区外就医报销比例 … 降低10%; single (frames 0
    # and 1) or after a tier's rate at a named hospital (frames 2 and 3)
    frames = [
        "{k}去{place}的医院住院，{ask}",
        "交{t}的，在{place}住院还按{r}报不",
        ("交{t}档在{h}住院报多少", "{ask}"),
        ("{k}交的{t}，在{h}住院能报百分之几", "{ask}"),
    ]
    lower = lookup("ratio", [mi("第二十二条")], ["10%"])
    asks = iter(
        [
            "报销比例跟在阿里一样吗",
            None,
            "那要是转到{place}去住呢，也报这么多吗",
            "到{place}住是不是少报点",
            "报的比例和在县里住一样不",
            None,
            # not stated: another prefecture's insured in Ngari; which hospitals elsewhere
            "那在日喀则参保的人来阿里住院，是不是也少报",
            "{place}那边哪几家医院能用咱阿里的医保",
        ]
    )
    places = deck(rng, AWAY)
    tiers = deck(rng, [60, 120, 250])
    levels = deck(rng, list(HOSPITALS))
    kin = deck(rng, KIN)
    fresh = fresh_draws()

    def outside(n: int, frame: int):
        ask = next(asks)

        def draw():
            t, level = tiers(), levels()
            fill = {
                "k": kin(),
                "place": places(),
                "t": rng.choice(TIER_SAID[t]),
                "r": rng.choice(RATE_SAID[t]),
                "h": rng.choice(HOSPITALS[level]),
            }
            fill["ask"] = (ask or "").format(**fill)
            if frame < 2:
                return frames[frame].format(**fill)
            one, two = frames[frame]
            rate = f"{reference.INPATIENT_RATIO[t][level]}%"
            if n == 6:
                then = declined(mi("第二十二条"))
            elif n == 7:
                then = declined(mi("第三十一条"))
            else:
                then = turn(lower)
            return [
                (one.format(**fill), answered([mi("第二十二条")], [rate])),
                (two.format(**fill), then),
            ]

        made = fresh(draw)
        return made if isinstance(made, list) else (made, lower)

    rows += rows_of("outside", frames, outside)

    # 2. the papers and steps after a stay outside Tibet: 第三十四条 (先行垫付 … 持出院证明、住院
    # 发票原件、费用清单、转诊转院证明 … 回所属参保地医保部门申请结算支付), 第三十三条 (入院5日内
    # … 备案); without 吗 (frames 0 and 1) or after a turn naming the place (frames 2 and 3)
    frames = [
        "{k}{how}{city}住了院，回来报销要带啥材料",
        "在{city}住院花的钱 回阿里{ask}",
        ("{k}在{city}{why}，住院花的钱比在阿里报得少不", "{then}"),
        ("{k}{why}在{city}住院了，要先办啥手续", "{then}"),
    ]
    papers = lookup("list", [mi("第三十四条")], ["出院证明", "住院发票", "费用清单"])
    referred = lookup("list", [mi("第三十四条")], ["出院证明", "转诊转院证明"])
    steps = lookup("procedure", [mi("第三十四条")], ["垫付", "参保地医保部门"])
    both = lookup("procedure", [mi("第三十三条"), mi("第三十四条")], ["5日", "垫付"])
    slow = declined(mi("第三十四条"))  # not stated: how long the refund takes
    # (how, ask or second turn, expectation) row by row
    plan = iter(
        [
            ("在", None, papers),
            (None, "咋报", steps),
            (None, "那报销要开什么证明", papers),
            (None, "出院以后回来报销，要走哪些步骤", steps),
            ("转到", None, referred),
            (None, "咋报，刚住进去那会儿要办啥", both),
            (None, "报销的钱交上去多久能到账", slow),
            (None, "材料交了以后大概多长时间能把钱拿回来", slow),
        ]
    )
    cities = deck(rng, OUTSIDE_TIBET)
    whys = {2: deck(rng, ["打工", "陪孩子上学", "做生意"]), 3: deck(rng, ["去探亲", "打工期间"])}
    kin = deck(rng, KIN)
    fresh = fresh_draws()

    def away_papers(n: int, frame: int):
        how, said, wanted = next(plan)

        def draw():
            fill = {"k": kin(), "city": cities(), "how": how, "ask": said}
            if frame < 2:
                return frames[frame].format(**fill)
            fill["why"], fill["then"] = whys[frame](), said
            one, two = frames[frame]
            first = (
                answered([mi("第二十二条")], ["10%"])
                if frame == 2
                else answered([mi("第三十三条")], ["5日", "备案"])
            )
            return [(one.format(**fill), first), (two.format(**fill), turn(wanted))]

        made = fresh(draw)
        return made if isinstance(made, list) else (made, wanted)

    rows += rows_of("awaypapers", frames, away_papers)

    # 3. who pays the custodians: 看管人员经费由地区财政纳入年初预算 (看管细则 第十二条); the head
    # count 每处安排2名 first in frames 2 and 3; declines: 五险, a year-end bonus
    frames = [
        "{payer}给看管员{ask}",
        "野外文物看管员的工资是{payer}发吗",
        ("{c}县一个{lv}野外文保点得安排几个看管员", "{ask}"),
        ("{lv}文物点一个点配几个人看", "{ask}"),
    ]
    pay = [keeper("第十二条")]
    regional = lookup("body", pay, ["地区财政"])
    plan = iter(
        [
            ("{c}县财政", "出多少钱", regional),
            ("乡里", None, regional),
            (None, "那他们的钱是县里出还是地区出", regional),
            (None, "工资谁出，文物局吗", regional),
            ("县文物局", "开工资不", regional),
            ("{c}县财政", None, regional),
            (None, "看管员给不给交五险", declined(keeper("第十二条"))),
            (None, "年底有年终奖没", declined(keeper("第十二条"))),
        ]
    )
    heads = answered(pay, ["2名"])
    counties = deck(rng, COUNTIES)
    site_levels = deck(rng, list(LEVEL_SAID))
    fresh = fresh_draws()

    def keeper_pay(n: int, frame: int):
        payer, ask, wanted = next(plan)

        def draw():
            fill = {
                "c": counties(),
                "lv": rng.choice(LEVEL_SAID[site_levels()]),
                "ask": ask,
            }
            if frame < 2:
                return frames[frame].format(payer=payer.format(**fill), **fill)
            one, two = frames[frame]
            return [(one.format(**fill), heads), (two.format(**fill), turn(wanted))]

        made = fresh(draw)
        return made if isinstance(made, list) else (made, wanted)

    rows += rows_of("keeperpay", frames, keeper_pay)

    # 4. the training's practical details (培训办法): stated — 五、 专项经费, 一、（三） 每年不得少于
    # 一次, 二、（二） (三、（一）) 办公室 time and place; unstated — days, 吃住, a certificate
    frames = [
        "文物安全培训{a}，{b}",
        "问下{k}要去的那个文物安全培训 {a}？{b}？",
        ("{k}单位通知参加文物安全培训，{a}", "{b}"),
        ("文物安全培训{a}", "那{b}"),
    ]
    fee = lookup("procedure", [art(RT, "五、")], ["文物安全专项经费"])
    often = lookup("procedure", [art(RT, "一、（三）")], ["每年", "一次"])
    arranged = lookup("body", [art(RT, "二、（二）"), art(RT, "三、（一）")], ["办公室"])
    days = declined_row(art(RT, "一、（三）"), "count")
    board = declined_row(art(RT, "五、"), "yes_no")
    certificate = declined_row(art(RT, "一、（六）"), "yes_no")
    # (first part, its expectation, second part, its expectation); a single message expects its
    # stated part, or is declined when neither part is stated
    plan = iter(
        [
            ("一般培训几天", days, "管不管吃住", board),
            ("要交钱吗", fee, "住哪里", board),
            ("一年搞几次", often, "那一回要连着培训几天", days),
            ("时间地点谁来定", arranged, "学完了给不给发个证书啥的", certificate),
            ("时间地点归谁安排", arranged, "完了给不给结业证", certificate),
            ("多久办一次", often, "每次要去几天", days),
            ("要自己掏钱不", fee, "吃住管不管", board),
            ("一期下来要搞几天", days, "费用是谁出", fee),
        ]
    )
    trainees = deck(rng, ["我", "我同事", "我们科长", "我们县文物局的人"])
    kin = deck(rng, KIN)
    fresh = fresh_draws()

    train_facts = stated_or_two_turns(plan, frames, fresh, turn, trainees, kin)
    rows += rows_of("trainfacts", frames, train_facts)

    # 5. the custodians' preferential conditions: 看管细则 第六条 (汉藏双语, 熟悉当地历史, 文物保护
    # 实际工作能力, 建档立卡贫困户), 第十条 (已脱贫群众), beside 第五条 (25-50岁, 以男性为首选, 就近)
    frames = [
        "{k}{x}，想去当野外文物看管员，有优势吗",
        "{x}的人当文物看管员能优先不",
        ("野外文物看管员{pick}", "{q}"),
        ("{k}{x}，当看管员能优先吗", "{q}"),
    ]
    prefer = [keeper("第六条")]
    basic = [keeper("第五条"), keeper("第六条")]
    listed = answered(prefer, ["汉藏双语", "建档立卡贫困户"])
    # (who said, second turn, first expectation, second expectation) row by row
    plan = iter(
        [
            ("汉藏双语都能说能写", None, answered(prefer, ["汉藏双语"]), None),
            ("熟悉本地历史文物", None, answered(prefer, ["熟悉当地历史"]), None),
            (None, "{k}会汉藏双语，今年{age}了，还能去不", listed, "age"),
            (
                "是建档立卡户，又会汉藏双语",
                "那女的能当不",
                answered(prefer, ["建档立卡贫困户", "汉藏双语"]),
                answered(basic, ["以男性为首选"]),
            ),
            (
                "以前帮文物局干过文物保护，懂些业务",
                None,
                answered(prefer, ["文物保护实际工作能力"]),
                None,
            ),
            (
                "熟悉本地历史、家里又是建档立卡户",
                None,
                answered(prefer, ["熟悉当地历史", "建档立卡贫困户"]),
                None,
            ),
            # not stated: an examination, a health certificate
            (None, "选看管员要考试不", listed, declined(keeper("第九条"))),
            (
                "已经脱贫了，家就在文物点边上",
                "要交体检证明吗",
                answered([keeper("第十条"), keeper("第五条")], ["已脱贫群众", "就近"]),
                declined(keeper("第五条")),
            ),
        ]
    )
    keepers = deck(rng, KEEPERS)
    ages = deck(rng, [22, 23, 52, 55, 58])
    picks = deck(rng, ["哪些人可以优先选", "选的时候优先考虑啥样的人"])
    fresh = fresh_draws()

    def preferred(n: int, frame: int):
        x, q, first, second = next(plan)

        def draw():
            k, _ = keepers()
            age = ages()
            fill = {
                "k": k,
                "x": x,
                "age": rng.choice([f"{age}岁", f"{age}"]),
                "pick": picks() if frame == 2 else "",
            }
            if frame < 2:
                return frames[frame].format(**fill)
            one, two = frames[frame]
            then = second
            if second == "age":  # the age said is outside 25-50岁: the answer names the range
                then = answered(basic, ["25-50岁"])
            return [(one.format(**fill), first), (two.format(q=q.format(**fill)), then)]

        made = fresh(draw)
        if isinstance(made, list):
            return made
        return made, {"category": "eligibility", "fact_type": "list", **first}

    rows += rows_of("prefer", frames, preferred)

    # 6. whether an illness is a 门特 (第二十四条（一）: 30种): a listed one by its colloquial name
    # (its term), one not listed (30种); declines: the months of 两病 drugs a visit gives
    frames = [
        "{k}{ill}好几年了，算不算门诊特殊病",
        "{ill}在不在门特那个病种里",
        ("门特{list}", "{q}"),
        ("{k}得了{ill}，能走门特报销吗", "{q}"),
    ]
    special = [mi("第二十四条")]
    whole_list = answered(special, ["30种"])
    months_of_drugs = declined(mi("第二十五条"))
    # (the illness named: listed / unlisted, the second turn, what it asks: the illness named,
    # another one not listed, or the months of 两病 drugs) row by row
    plan = iter(
        [
            ("listed", None, None),
            ("unlisted", None, None),
            ("listed", "{ill}算吗", "ill"),
            ("listed", "那{other}呢", "other"),
            ("unlisted", None, None),
            ("listed", None, None),
            (None, "两病那块儿，开一次药最多管几个月", "drugs"),
            ("unlisted", "走两病拿高血压的药，一回最多能开多久的", "drugs"),
        ]
    )
    listed_ills = deck(rng, LISTED)
    unlisted_ills = deck(rng, UNLISTED)
    list_asks = deck(rng, ["能报哪些病", "都包括啥病"])
    kin = deck(rng, KIN)
    fresh = fresh_draws()

    def special_list(n: int, frame: int):
        kind, q, asks = next(plan)
        chosen: dict = {}

        def draw():
            ill, about = "", None
            if kind == "listed":
                ill, term = listed_ills()
                about = answered(special, [term])
            elif kind == "unlisted":
                ill, about = unlisted_ills(), whole_list
            chosen["about"] = about
            fill = {"k": kin(), "ill": ill, "list": list_asks() if frame == 2 else ""}
            if frame < 2:
                return frames[frame].format(**fill)
            fill["other"] = unlisted_ills() if asks == "other" else ""
            then = {"ill": about, "other": whole_list, "drugs": months_of_drugs}[asks]
            one, two = frames[frame]
            first = whole_list if frame == 2 else about
            return [(one.format(**fill), first), (two.format(q=q.format(**fill)), then)]

        made = fresh(draw)
        if isinstance(made, list):
            return made
        return made, {"category": "eligibility", "fact_type": "list", **chosen["about"]}

    rows += rows_of("speciallist", frames, special_list)

    # 7. another scheme or insurer as the subject: declined, the nearest Ngari clause related;
    # the gazette's own 大病保险 (第二十七条) and 医疗救助 (第二十八条) answered
    frames = [
        "{k}{s}，{ask}",
        "问下{s}{ask}",
        ("{first}", "{then}"),
        ("{first}", "那{then}"),
    ]
    serious = [mi("第二十七条")]
    aid = [mi("第二十八条")]
    # (scheme said or first turn, ask or second turn, first expectation, second expectation)
    plan = iter(
        [
            ("在单位交的是职工医保", "在{h}住院报多少", declined(mi("第二十二条")), "ratio"),
            ("商业保险", "理赔一般要准备啥材料", declined(mi("第二十七条")), "procedure"),
            (
                "大病保险那块儿，一年封顶能赔到多少",
                "那惠民保这种，封顶能赔多少",
                answered(serious, ["14万"]),
                declined(mi("第二十七条")),
            ),
            (
                "{k}住院医保和大病保险都报完了，自己掏的那部分还有救助没",
                "{k}买的商业重疾险能赔多少",
                answered(aid, ["医疗救助"]),
                declined(mi("第二十七条")),
            ),
            ("参加的是四川老家的新农合", "在{h}住院能报多少", declined(mi("第二十二条")), "ratio"),
            ("城乡居民养老保险", "交满多少年能领钱", declined(mi("第十八条")), "count"),
            (
                "除了大病保险，农牧民还有别的补充保险吗",
                "职工医保的大额补充封顶多少",
                answered(serious, ["农牧民大额补充医疗保险", "30万"]),
                declined(mi("第二十七条")),
            ),
            (
                "医疗救助是在啥情况下给",
                "民政的临时救助一次能给多少",
                answered(aid, ["个人自付"]),
                declined(mi("第二十八条")),
            ),
        ]
    )
    hospitals = deck(rng, [h for said in HOSPITALS.values() for h in said])
    kin = deck(rng, KIN)
    fresh = fresh_draws()

    def other_scheme(n: int, frame: int):
        said, ask, first, second = next(plan)

        def draw():
            fill = {"k": kin(), "h": hospitals()}
            if frame < 2:
                return frames[frame].format(s=said, ask=ask.format(**fill), **fill)
            one, two = frames[frame]
            return [
                (one.format(first=said.format(**fill)), first),
                (two.format(then=ask.format(**fill)), second),
            ]

        made = fresh(draw)
        if isinstance(made, list):
            return made
        return made, {"category": "out_of_scope_scheme", "fact_type": second, **first}

    rows += rows_of("otherscheme", frames, other_scheme)

    # 8. custodian sums after a head count (看管细则 第十二条: 每处2名, 县级 1200, 自治区级及以上
    # 1400 每人每月): single (frames 0 and 1) or after a head-count turn (frames 2 and 3)
    frames = [
        "{c}县{ns}处{lv}野外文物点，看管员{span}的工资总共多少",
        "{k}守的那个{lv}文保单位，看管的人{span}工资加一块儿多少钱",
        ("{c}县的{lv}文保单位一般配几个看管员", "{q}"),
        ("{c}县那个{lv}文物点安排几个人看管", "那{q}"),
    ]
    # (sites, second turn, level and months when fixed) row by row: row 3 is the brief's own
    # example (县级, 一年: 2×1200×12 = 28800); rows 7 and 8 ask what 第十二条 does not state
    plan = iter(
        [
            (1, None, None),
            (1, None, None),
            (1, "{span}工资一共多少", ("县级", 12)),
            (1, "他们{span}一共能拿多少", None),
            (2, None, None),
            (1, None, None),
            (1, "明年工资能涨到多少", None),
            (1, "没定级的文物点也这么配吗", None),
        ]
    )
    site_levels = deck(rng, ["县级", "自治区级", "全国重点"])
    months_of = deck(rng, [12, 6, 8, 10, 3, 5, 9])
    counties = deck(rng, COUNTIES)
    keepers = deck(rng, KEEPERS)
    fresh = fresh_draws()

    levels_in_frame: dict[int, set[str]] = {}  # a frame's two rows name two site levels
    counties_in_frame: dict[int, set[str]] = {}  # and two counties

    def keeper_sum(n: int, frame: int):
        sites, q, fixed = next(plan)
        level, months = fixed or (site_levels(), months_of())
        while not fixed and level in levels_in_frame.setdefault(frame, set()):
            level = site_levels()
        levels_in_frame.setdefault(frame, set())
        levels_in_frame[frame].add(level)
        bill = expect.budget({level: sites}, months)
        head_count = {
            "status": ["answered", "calculated"],
            "gold": [keeper("第十二条")],
            "calculator": "custodian_pay",
            "inputs": {"mode": "heads", "sites": {level: 1}},
            "expected": reference.custodian_heads({level: 1}),
        }

        chosen: dict = {}

        def draw():
            county = counties()
            while county in counties_in_frame.setdefault(frame, set()):
                county = counties()
            chosen["county"] = county
            fill = {
                "c": county,
                "k": keepers()[0],
                "lv": rng.choice(LEVEL_SAID[level]),
                "span": rng.choice(MONTHS_SAID[months]),
                "ns": {1: "一", 2: "两"}[sites],
            }
            if frame < 2:
                return frames[frame].format(**fill)
            one, two = frames[frame]
            then = declined(keeper("第十二条")) if n >= 6 else bill
            return [(one.format(**fill), head_count), (two.format(q=q.format(**fill)), then)]

        made = fresh(draw)
        counties_in_frame[frame].add(chosen["county"])
        if isinstance(made, list):
            return made
        return made, {"category": "calculation", **bill}

    rows += rows_of("keepersum", frames, keeper_sum)

    return said_once(rows)


def main() -> None:
    write(build(), HERE)


if __name__ == "__main__":
    main()
