"""python -m evaluation.phrasings61.generate — write the rows of the classes of the
fifty-sixth session (phrasings61: tune61 and heldout61).

As phrasings60: each class has four sentence frames, two rows a frame; relatives, counties,
hospitals, cities, site levels, months, tiers and ages are drawn with a seeded generator
(SEED = 61). A rule is expected by its clause as gold and the figure or words that prove the
answer as answer_contains; an honest decline by status out_of_scope, no gold and the nearest
Ngari rule as `related`; a custodian's pay, a site's wage bill, a head count, a road-upkeep
subsidy and a person's or a household's contribution by the independent reference
(evaluation/phrasings/reference.py, checked by checks.recompute). The session's eight kinds of
question are eight classes, eight rows a class (as by_frame.ROWS_A_CLASS); every class holds
declines of a neighbouring fact the gazette does not state, in both halves:

1. care items the gazette never names (unnamed): 参保人员有下列情形之一的，发生的医疗费用，城乡
   居民基本医疗保险基金不予支付 (医保实施办法 第三十条): 眼镜 ((二), (三)), 镶牙 and 洁牙 ((四)),
   义齿 ((二), (三)), 近视眼矫正术 ((四)) — 配眼镜, 配老花镜, 镶牙, 洗牙, 装假牙, 近视眼手术 are
   answered with that clause (its item as the term); 体检 and 疫苗 (a flu or rabies shot, a
   child's vaccines) are named nowhere: declined, 第三十条 related; 产检 is not among 第二十九条
   （二）'s 孕产妇分娩和新生儿抢救治疗: declined, 第二十九条 related;
2. sums across plan figures (plansum): 年底完成投资 2350 万元新实施 3 个“油返砂”工程项目；投资
   3000 万元的村道生命安全防护工程项目；投资 4849.79 万元开工建设的革吉县多仁村公路改建项目
   (四好农村路方案 二、（一）: 10199.79); 生态补偿农村公路养护岗位 … 噶尔县 95 人、札达县 78 人、
   普兰县 235 人、日土县 237 人、革吉县459人、改则县358人、措勤县132人 (二、（三）: two counties
   added); 各县按每县 100 万元 / 年标准 (二、（三）, 五、（四）: counties times years by the
   road_subsidy calculator); 县道 2556.746 公里、乡道 2140.122 公里 (附件2 一、: 4696.868);
   就业援藏岗位142个、115个、225个 (就业规划 一、（二）3.: 482); 2020年591人、2021年580人、
   2022年599人 (一、（二）1.: 1770); 通过专招渠道解决 60 人，人才引进解决 30 人 … 自主招聘 94 人
   (人民医院创 四、（十）: 184); declines: each 油返砂 project's own investment (二、（一）
   related: only the three's 2350 is printed), the part of the upkeep subsidy that pays the
   生态补偿 workers (二、（三） related), the graduates of 2026 (一、（二）1. related: the series ends
   2025), the new staff by department (人民医院创 四、（十） related);
3. reasons and priorities a plan states (why): 重点针对建档立卡贫困家庭、残疾、低保家庭高校毕业生
   提供公益性岗位 (就业规划 四、（二）2.); 优先考虑当地已脱贫群众和贫困边缘户，巩固好脱贫攻坚成果
   (看管细则 第十条); 积极吸纳沿线农牧民参与 … 为沿线农牧民群众创造就业机会 and 由于我地区处于
   高海拔、自然条件恶劣、养护成本高、任务重 … 已设立“四好农村路”养护专项补贴资金 (四好农村路方案
   二、（三）); 力争于7月15日前达到运营条件并开通农村客运，为9月份交通部等部门考核争取时间和创造
   条件 and 按照“先热线后冷线、先试点后推广”的原则 (二、（四）); 为提高全地区公共卫生水平，迫切
   需要建设专门的传染病医院 (人民医院创 四、（四）); 填补阿里地区精神病社会福利机构的空白
   (四、（三）); declines where no reason is given: why 以男性为首选 (看管细则 第五条 related), why
   the 生态补偿 workers are assessed once a year (二、（三） related), how 100万 and 350万 were
   fixed (二、（三） related), why the 联网联控 platform is due before July (二、（四） related);
4. time rules asked in general (timing): 每年的10月1日至12月31日为下一年的参保缴费期 … 于下一年
   1月1日至12月31日享受 (医保实施办法 第八条); 应在入院5日内通过信息系统进行备案 (第三十三条);
   每年3月31日前及时、足额拨付到位 (第二十条); 考古发掘结束后六个月内 (文物保护管理办法 第二十条);
   第一时间向当地文物、公安部门报告 (看管细则 第七条（四）); declines: by when the papers of a
   stay outside Tibet must be handed in (第三十四条 related), how many days an enrolment takes
   (第九条 related), by when an excavation report is due (文物保护管理办法 第二十三条 related: 及时
   gives no time), how often a patrol log is handed in (看管细则 第十一条 related);
5. concealment or failure after a duty (conceal): 发现文物遭盗掘、盗窃、破坏和其他损失的文物安全
   事故不及时报告的 and 发现出土文物不及时报告上交的 … 由文物行政管理部门解聘 (看管细则 第十七条
   （一）（二）); 未按要求如实填写巡逻日志的，要适当扣除当月野外看管补助 (第十一条); 在进行基本
   建设工程 … 发现文物隐匿不报、哄抢、私分、不上交国家的 … 按照《中华人民共和国文物保护法》及
   相关法规条例予以处理 (文物保护管理办法 第五十条（五）); 工作人员因失职、渎职造成文物损失的 …
   追究 (第五十一条); a first turn on the duty (看管细则 第七条: 每日巡查; 办法 第二十一条 and 细则
   第七条（四）: 报告); declines where no clause names the consequence: a private collection never
   filed (办法 第三十二条 related), a temple's collection without files (第二十五条 related);
6. two costs asked together (twocosts): 就（转）诊交通费、急救车费、膳食费 … 陪护费、护工费 (医保
   实施办法 第三十条（五）, not paid); 看管人员经费由地区财政纳入年初预算 (看管细则 第十二条);
   培训经费从地区文物安全专项经费中支出 (培训办法 五、); 不得以任何形式损坏、破坏、带走培训设备，
   否则由其本人或本人所在单位进行赔偿 (四、（一）); two stated parts expect both terms; a message
   with one stated and one unstated part expects the stated part's terms (answered); two unstated
   parts are declined: a custodian's fuel and work clothes (第十二条 related), a training's
   lodging and fare (五、 related), a family's hotel and lost wages beside a stay (第三十条
   related);
7. a site's total custodian pay (sitetotal): 县级以上野外文物保护单位每处安排2名看管人员 … 县级野外
   文物保护单位看管人员每人每月工资1200元，自治区级及以上 … 1400元 (看管细则 第十二条): one site
   over months (the custodian_pay calculator's budget mode, two a site), the two custodians named
   as persons (person mode, persons 2), the head count of one or more sites (heads mode), a
   month's wage first (answered or computed); declines: a 地区级 site in both halves, a 市级 and
   a 乡级 site (declined as phrasings60 declines 地区级: fact_absent / out_of_scope, 第十二条
   related; 文物保护管理办法 第十条 names 全国重点、自治区级、县级 only);
8. household member ages (household): 参保时女年满60周岁、男年满65周岁的个人不再缴费，年人均缴费按
   规定最高标准由自治区、地区两级财政按6:4代为缴纳 (医保实施办法 第十八条（二）): a woman just 60
   (the contribution calculator: individual 0, the 6:4 shares), a man of 60 to 64 (checked by 65),
   a man of 65 to 69 (the calculator), a household of three with one exempt member (its own total
   as a whole number, as phrasings59), a household of three on one tier (the calculator's persons
   mode), who pays for the exempt (6:4), the thresholds by sex (60, 65); declines: a child's
   discount (第十八条 related), a lower deductible or a higher rate for the old (第二十二条
   related).

The even frames of a class are tune61, the odd ones heldout61 (by_frame.split_of_frame), so the
held-out half shares no sentence frame with the half the lead reads. The frames were written
from the gazette text alone (医保实施办法 第八、九、十八、二十、二十二、二十九、三十、三十三、
三十四条; 看管细则 第五、七、十至十二、十七条; 文物保护管理办法 第十、二十、二十一、二十三、二十五、
三十二、五十、五十一条; 培训办法 四、（一）, 五、; 四好农村路方案 二、（一）（三）（四）, 五、（四）,
附件2 一、; 就业规划 一、（二）1.、3., 四、（二）2.; 人民医院创 四、（三）（四）（十）), before any of
them was run.

Where the row schema cannot say what the class expects, or the gazette is unclear:
- class 1: 第三十条 is read as the whole list of what the fund does not pay; an item it never
  names is declined, though 第二十一条's 三大目录 (a regional list the gazette does not print)
  decides most items; 疫苗 might be read under （十三） 应当由公共卫生负担的, and a rabies shot after
  a bite as treatment, but the gazette names neither: declined; 体检 appears only as the hospital
  plan's 体检中心; 产检 is not 分娩 (第二十九条（二）): declined with 第二十九条 related, as
  phrasings60; 老花镜 is read as 眼镜, 假牙 as 义齿, 洗牙 as 洁牙, 近视眼手术 as 近视眼矫正术; no
  field holds the answer's polarity (不予支付), only the item's word;
- class 2: no calculator adds plan figures: the sum is computed here from the printed strings
  (Decimal, added()) and checked as a term of answer_contains with the printed figures — the
  data test recomputes only calculator figures, so these sums are checked by this file alone;
  the road-upkeep subsidy is the road_subsidy calculator (reference.road_subsidy); every summed
  figure is printed exactly (no 左右 or 不少于 figure is summed); the 3 “油返砂” projects share one
  printed 2350; 附件4 第3项 lists the 2350 and the 4849.79 together and the 3000 as 第4项 —
  the same three figures; the mileage is 附件2's (a quote place: its 一、 label is shared with
  the plan's own 一、); the plan's 二、（一） label is also 附件2's 二、（一） (发展目标), so a
  citation of that annex clause would pass the gold check of the three projects' sum;
- class 3: a reason is checked by its clause's words (就业机会, 高海拔 and 养护成本高, 9月份 and
  考核, 公共卫生水平, 空白, 脱贫攻坚成果); the 公益性岗位's priority by the three groups; 先热线后冷线
  is a stated order without a reason, answered as the priority asked; 附件1 三、（一） gives the
  80% target's basis (根据自治区交通运输厅相关要求), so no row asks why 80% (not a decline);
  第六条（四） also puts 建档立卡贫困户 first among custodians, but the question names 已脱贫群众 and
  贫困边缘户 (第十条); why 冷线 come later might be read from 运营成本较高，实属“冷线经营”, so no
  row asks it;
- class 4: 第八条's window is for the next year's benefit (当年缴费次年享受); 及时 (第二十三条
  for an excavation report, 第四十八条 for an accident) gives no time: the report's time is
  declined; 第一时间 is the custodian's only reporting time; 第三十四条 gives no time for the
  papers after a stay outside Tibet;
- class 5: 第十七条 says 不及时报告, which is read to hold a custodian who hides the theft or the
  find altogether; 第五十条（五） names 基本建设工程、生产建设或者房屋拆迁 while 第二十一条's duty
  also names 农牧业生产: whether a herder who hides a find falls under 第五十条 is unclear, so no
  row asks it; 第五十条 sends the case to the national law (the term 文物保护法), it names no
  penalty of its own; 第五十一条 needs 造成文物损失 (the row says the relic was lost); a collection
  never filed (第三十二条) or a temple without files (第二十五条) is named in no penalty clause;
- class 6: 吃住 and 路费 of a training are read as unstated (as phrasings59 and 60), though 五、's
  培训经费 might be read to cover them; 转院路上的车费 is read as 就（转）诊交通费; 家属陪床 as 陪护费;
  a family's hotel and lost wages are named nowhere; a custodian's fuel or clothes are not 工资
  (第十二条 names wages only); a mixed message is checked by the stated part's terms only —
  nothing checks that the unstated part is said to be unstated (no field for a partial decline);
- class 7: a site's total is the budget mode (2 a site, as phrasings55 and 58), the two named
  persons the person mode with persons 2 (the same sum, another result key: pay, not budget);
  the head count is answered or computed with no term (as phrasings58's class 8); 国保 is read
  as 自治区级及以上 (1400); 地区级, 市级 and 乡级 are not levels of the gazette (办法 第十条, 细则
  第一、十二条 speak of 县级以上 and name 县级、自治区级及以上): declined as phrasings60 declines
  地区级, though a reader might take 地区级 as 县级以上 at 1200 or 1400 (phrasings53 expected an
  error naming 县级 instead);
- class 8: 参保时 is read as the age at enrolment; a child pays the tier said (第十八条（一）'s tiers
  are every resident's: 第六条（二） has children enrol 按户籍所在地, and no clause gives them a
  share of their own), so the household totals count children at the tier; a mixed household's
  total has no calculator input (as phrasings59: a whole number in answer_contains, answered or
  computed); a woman of 60 is exempt (年满60周岁), a man of 60 to 64 still pays (checked by 65,
  no field says "yes, he pays"); no age changes a deductible or a rate (第二十二条), so those rows
  are declined; 第二十九条（四）'s 5% is for 建档立卡 only.
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
    relic,
    said_once,
)
from evaluation.phrasings.expect import declined
from evaluation.phrasings.rows import GE, HP, RD, RT, art, mi, quote
from evaluation.phrasings39.generate import write
from evaluation.phrasings53.generate import ROAD_WORKERS
from evaluation.phrasings55.generate import KEEPERS, LEVEL_SAID, MONTHS_SAID, answered, fresh_draws
from evaluation.phrasings56.generate import HOSPITALS, KIN_PRONOUN, declined_row
from evaluation.phrasings57.generate import lookup
from evaluation.phrasings57.generate import rows_of as class_rows
from evaluation.phrasings58.generate import turn
from evaluation.phrasings59.generate import ELDERS, OUTSIDE_TIBET, drawn, whole

HERE = Path(__file__).parent
SEED = 61
TABLE = 61
ROWS = 8  # rows a class (by_frame.ROWS_A_CLASS)
# twelve calculator figures (road subsidies, a site's bill, heads, persons, contributions);
# the plan sums of class 2 are terms, not calculator figures (tests/test_session_tables_data.py
# asks 16 of tables that say nothing)
LEAST_FIGURES = 12

# wives and sisters-in-law, for a pregnancy told in a later turn
WIVES = ["我媳妇", "我老婆", "我嫂子", "我弟媳"]
# children of a household, as said
CHILDREN = ["孩子", "儿子", "闺女", "小孙子"]
NUMBER_SAID = {1: "一", 2: "两", 3: "三", 4: "四", 5: "五", 7: "七"}


def rows_of(name: str, frames: list, made: Callable[[int, int], object]) -> list[dict]:
    """A class's eight rows over its four frames (phrasings57's, for this table)."""
    return class_rows(name, frames, made, table=TABLE)


def turns(*pairs: tuple[str, dict]) -> list[tuple[str, dict]]:
    """A dialogue's turns, each expectation without a question row's category and fact type."""
    return [(said, turn(wanted)) for said, wanted in pairs]


def added(*figures: str) -> str:
    """The sum of printed figures, as the plan would print it (10199.79, 482, 4696.868)."""
    total = sum((Decimal(f) for f in figures), Decimal(0))
    return format(total.normalize(), "f")


def summed(kind: str, gold: list[dict], figures: list[str]) -> dict:
    """A plan sum: the printed figures and their sum (computed here) as terms."""
    return lookup(kind, gold, [*figures, added(*figures)])


def build() -> list[dict]:  # noqa: C901 (one class after another, as the tables before)
    rng = random.Random(SEED)
    rows: list[dict] = []

    # 1. care items the gazette never names (第三十条: 眼镜, 镶牙, 洁牙, 义齿, 近视眼矫正术 not
    # paid); declines: 体检, 疫苗 (第三十条 related), 产检 (第二十九条 related)
    frames = [
        "{k}{x}，这钱城乡居民医保给报吗",
        "问下{x}的费用医保管不管",
        ("{k}{x}，医保能报销不", "{then}"),
        ("{x}花的钱居民医保报不报", "{then}"),
    ]
    not_paid = [mi("第三十条")]

    def listed(term: str) -> dict:
        return lookup("yes_no", not_paid, [term])

    unnamed = declined_row(mi("第三十条"), "yes_no")
    prenatal = declined_row(mi("第二十九条"), "yes_no")
    plan = iter(
        [
            ("眼睛花得厉害，想去配副眼镜", listed("眼镜"), None, None),
            ("去医院做个全身体检", unnamed, None, None),
            (
                "牙掉了好几颗，打算去镶牙",
                listed("镶牙"),
                "还有{w}怀上了，去医院做产检的钱呢",
                prenatal,
            ),
            ("配老花镜", listed("眼镜"), "那带孩子去打疫苗的钱呢", unnamed),
            ("被狗咬了要去打狂犬疫苗", unnamed, None, None),
            ("去牙科洗牙", listed("洁牙"), None, None),
            (
                "单位要体检报告，得去医院查一遍",
                unnamed,
                "那做近视眼手术呢",
                listed("近视眼矫正术"),
            ),
            ("怀孕以后定期做产检", prenatal, "那装假牙的钱呢", listed("义齿")),
        ]
    )
    kin = deck(rng, KIN_PRONOUN)
    wives = deck(rng, WIVES)
    fresh = fresh_draws()

    def unnamed_item(n: int, frame: int):
        x, first, then, second = next(plan)

        def make():
            fill = {"k": kin()[0], "x": x, "w": wives()}
            if frame < 2:
                return frames[frame].format(**fill), first
            one, two = frames[frame]
            return turns(
                (one.format(**fill), first), (two.format(then=then.format(**fill)), second)
            ), None

        return drawn(fresh, make)

    rows += rows_of("unnamed", frames, unnamed_item)

    # 2. sums across plan figures (四好农村路方案 二、（一）（三）, 附件2 一、; 就业规划 一、（二）1.、3.;
    # 人民医院创 四、（十）; the road subsidy by its calculator); declines: an 油返砂 project's own
    # investment, the workers' part of the subsidy, 2026's graduates, new staff by department
    frames = [
        "四好农村路方案里，{ask}",
        "算一下，{ask}",
        ("帮我按文件算个数：{ask}", "{then}"),
        ("我在看地区的几个规划，{ask}", "{then}"),
    ]
    build_items = [art(RD, "二、（一）")]
    upkeep = [art(RD, "二、（三）")]
    graduates = [art(GE, "一、（二）1.")]
    new_staff = [art(HP, "四、（十）")]
    plan = iter(
        [
            (
                "“油返砂”、村道生命安全防护、多仁村公路改建三个项目的投资加起来一共多少万",
                summed("amount", build_items, ["2350", "3000", "4849.79"]),
                None,
                None,
            ),
            ("{c1}县和{c2}县的生态补偿农村公路养护岗位加起来安排了多少人", "posts", None, None),
            (
                "{cs}这{n}个县，一年的四好农村路养护专项补贴合起来多少万",
                "road",
                "这些钱里有多少是给生态补偿养护员发工资用的",
                declined(art(RD, "二、（三）")),
            ),
            (
                "按四好农村路方案的标准，{c}县{ys}的养护专项补贴合计多少",
                "roadyears",
                "养护公司方案里县道和乡道的里程加起来多少公里",
                summed("amount", [quote(RD, "县道 2556.746 公里")], ["2556.746", "2140.122"]),
            ),
            (
                "新实施的3个“油返砂”项目每个各投了多少钱",
                declined_row(art(RD, "二、（一）"), "amount"),
                None,
                None,
            ),
            (
                "2017、2018、2019这三年就业援藏岗位一共提供了多少个",
                summed("count", [art(GE, "一、（二）3.")], ["142", "115", "225"]),
                None,
                None,
            ),
            (
                "2020、2021、2022三年阿里预计的高校毕业生合计多少人",
                summed("count", graduates, ["591", "580", "599"]),
                "那2026年预计有多少毕业生",
                declined(graduates[0]),
            ),
            (
                "人民医院创三甲要新增的医务人员，专招、人才引进、自主招聘三块加起来多少人",
                summed("count", new_staff, ["60", "30", "94"]),
                "这些人分到各个科室各是多少",
                declined(new_staff[0]),
            ),
        ]
    )
    pairs = deck(rng, [tuple(rng.sample(list(ROAD_WORKERS), 2)) for _ in range(6)])
    road_counts = deck(rng, [3, 4, 5, 7])
    road_years = deck(rng, [2, 3, 4, 5])
    counties = deck(rng, COUNTIES)
    fresh = fresh_draws()

    def plan_sum(n: int, frame: int):
        ask, first, then, second = next(plan)

        def make():
            c1, c2 = pairs()
            fill = {"c1": c1, "c2": c2, "c": counties()}
            wanted = first
            if first == "posts":
                wanted = summed("count", upkeep, [ROAD_WORKERS[c1], ROAD_WORKERS[c2]])
            elif first == "road":
                count = road_counts()
                named = rng.sample(COUNTIES, count)
                fill["cs"] = "、".join(f"{c}县" for c in named)
                fill["n"] = rng.choice([str(count), NUMBER_SAID[count]])
                wanted = expect.road(count, False)
            elif first == "roadyears":
                years = road_years()
                fill["ys"] = f"{rng.choice([str(years), NUMBER_SAID.get(years, str(years))])}年"
                wanted = expect.road(1, False, years)
            said = ask.format(**fill)
            if frame < 2:
                return frames[frame].format(ask=said), wanted
            one, two = frames[frame]
            return turns((one.format(ask=said), wanted), (two.format(then=then), second)), None

        return drawn(fresh, make)

    rows += rows_of("plansum", frames, plan_sum)

    # 3. reasons and priorities a plan states (就业规划 四、（二）2.; 看管细则 第十条; 四好农村路方案
    # 二、（三）（四）; 人民医院创 四、（三）（四）); declines where no reason is given
    frames = [
        "{k}想问个{topic}的事，{ask}",
        "凭什么{ask}",
        ("{k}问我：{ask}", "{then}"),
        ("{ask}，文件里是怎么说的", "{then}"),
    ]
    road_reason = [art(RD, "二、（三）")]
    transport = [art(RD, "二、（四）")]
    plan = iter(
        [
            (
                "公益性岗位",
                "这些岗位优先给哪些高校毕业生",
                lookup("list", [art(GE, "四、（二）2.")], ["建档立卡", "残疾", "低保"]),
                None,
                None,
            ),
            (
                None,
                "选野外文物看管员要优先考虑当地已脱贫的群众和贫困边缘户",
                lookup("procedure", [keeper("第十条")], ["脱贫攻坚成果"]),
                None,
                None,
            ),
            (
                None,
                "农村公路养护为啥要吸纳沿线的农牧民来干",
                lookup("procedure", road_reason, ["就业机会"]),
                "那养护员为什么原则上一年只考核一次",
                declined(road_reason[0]),
            ),
            (
                None,
                "地区和县里为什么还要专门设四好农村路养护补贴",
                lookup("procedure", road_reason, ["高海拔", "养护成本高"]),
                "每县100万、地区350万，这两个数是按什么定的",
                declined(road_reason[0]),
            ),
            (
                "野外文物看管员",
                "为啥选人要以男性为首选",
                declined_row(keeper("第五条"), "procedure"),
                None,
                None,
            ),
            (
                None,
                "日土县那几个乡和村要赶在7月15日前开通农村客运",
                lookup(
                    "procedure",
                    [*transport, quote(RD, "为9月份交通部等部门考核争取时间")],
                    ["9月份", "考核"],
                ),
                None,
                None,
            ),
            (
                None,
                "为什么要给地区人民医院新建传染病院区",
                lookup("procedure", [art(HP, "四、（四）")], ["公共卫生水平"]),
                "那新建精神病福利院又是为了啥",
                answered([art(HP, "四、（三）")], ["空白"]),
            ),
            (
                None,
                "农村客运线路哪些先开哪些后开",
                lookup("procedure", transport, ["先热线后冷线"]),
                "联网联控平台为啥要求7月之前建好",
                declined(transport[0]),
            ),
        ]
    )
    kin = deck(rng, KIN_PRONOUN)
    fresh = fresh_draws()

    def reason(n: int, frame: int):
        topic, ask, first, then, second = next(plan)

        def make():
            fill = {"k": kin()[0], "topic": topic, "ask": ask}
            if frame < 2:
                return frames[frame].format(**fill), first
            one, two = frames[frame]
            return turns((one.format(**fill), first), (two.format(then=then), second)), None

        return drawn(fresh, make)

    rows += rows_of("why", frames, reason)

    # 4. time rules asked in general (医保实施办法 第八条: 10月1日至12月31日, 1月1日; 第三十三条:
    # 5日; 第二十条: 3月31日; 文物保护管理办法 第二十条: 六个月; 看管细则 第七条: 第一时间);
    # declines: a time the gazette does not give
    frames = [
        "{k}{x}，{ask}",
        "问一下，{ask}",
        ("{k}{x}，{ask}", "{then}"),
        ("关于{x}，文件定了期限没有", "{then}"),
    ]
    window = lookup("date", [mi("第八条")], ["10月1日", "12月31日"])
    plan = iter(
        [
            ("想给全家交城乡居民医保", "这个钱一年当中什么时候能交", window, None, None),
            (None, "交医保有啥时间规定，几号截止", window, None, None),
            (
                "在{city}打工时住了院",
                "有没有规定啥时候之前要备案",
                answered([mi("第三十三条")], ["5日"]),
                "出院以后报销材料最晚多久要交回参保地",
                declined(mi("第三十四条")),
            ),
            (
                "出土文物交给文物部门",
                None,
                answered([relic("第二十条")], ["六个月"]),
                "那发掘报告最迟多久要报到文物部门",
                declined(relic("第二十三条")),
            ),
            (
                "在{c}县当野外文物看管员",
                "要是发现有人盗掘文物，报告有没有时间要求",
                lookup("date", [keeper("第七条")], ["第一时间"]),
                None,
                None,
            ),
            (
                None,
                "野外文物看管员的巡逻日志规定多长时间交一次",
                declined_row(keeper("第十一条"), "date"),
                None,
                None,
            ),
            (
                "今年刚交上城乡居民医保",
                "从啥时候开始能报销",
                answered([mi("第八条")], ["1月1日"]),
                "参保登记的材料交上去，几天能办下来",
                declined(mi("第九条")),
            ),
            (
                "财政的医保补助资金到位",
                None,
                answered([mi("第二十条")], ["3月31日"]),
                "那个人缴费最晚能拖到哪天",
                answered([mi("第八条")], ["12月31日"]),
            ),
        ]
    )
    kin = deck(rng, KIN_PRONOUN)
    cities = deck(rng, OUTSIDE_TIBET)
    counties = deck(rng, COUNTIES)
    fresh = fresh_draws()

    def timing(n: int, frame: int):
        x, ask, first, then, second = next(plan)

        def make():
            fill = {"k": kin()[0], "city": cities(), "c": counties()}
            fill["x"] = (x or "").format(**fill)
            fill["ask"] = ask
            if frame < 2:
                return frames[frame].format(**fill), first
            one, two = frames[frame]
            return turns((one.format(**fill), first), (two.format(then=then), second)), None

        return drawn(fresh, make)

    rows += rows_of("timing", frames, timing)

    # 5. concealment or failure after a duty (看管细则 第十七条: 解聘; 第十一条: 当月; 文物保护管理
    # 办法 第五十条（五）: 文物保护法; 第五十一条: 追究); declines: a private collection never filed,
    # a temple's collection without files
    frames = [
        "{k}是{c}县的野外文物看管员，{ask}",
        "{ask}，会被怎么处理",
        ("{k}在{c}县当文物看管员，{ask}", "{then}"),
        ("问下野外文物看管员的事，{ask}", "{then}"),
    ]
    dismissed = lookup("procedure", [keeper("第十七条")], ["解聘"])
    national_law = lookup("procedure", [relic("第五十条")], ["文物保护法"])
    plan = iter(
        [
            ("点上的佛塔被人盗挖了，他要是瞒着不报会怎样", dismissed, None, None),
            ("施工队挖地基挖出了文物，要是藏起来不上报", national_law, None, None),
            (
                "平时主要要干些啥",
                answered([keeper("第七条")], ["每日巡查"]),
                "要是他捡到出土文物自己藏着不上交呢",
                dismissed,
            ),
            (
                "巡逻日志没照实填会咋样",
                answered([keeper("第十一条")], ["当月"]),
                "那发现文物被破坏了拖着不报告呢",
                dismissed,
            ),
            (
                "他自己家里收藏了几件老物件，一直没去文物部门备案，会有啥处罚",
                declined_row(relic("第三十二条"), "procedure"),
                None,
                None,
            ),
            (
                "寺庙收藏的文物一直没建藏品档案，也没报文物部门备案",
                declined_row(relic("第二十五条"), "procedure"),
                None,
                None,
            ),
            (
                "村里修路挖出了疑似文物，该咋办",
                answered([relic("第二十一条"), keeper("第七条")], ["报告"]),
                "施工的人要是私分了瞒着不报呢",
                national_law,
            ),
            (
                "发现文物被盗了不上报，啥后果",
                dismissed,
                "要是文物局的工作人员知道了也不管，结果文物丢了呢",
                answered([relic("第五十一条")], ["追究"]),
            ),
        ]
    )
    keepers = deck(rng, KEEPERS)
    counties = deck(rng, COUNTIES)
    fresh = fresh_draws()

    def conceal(n: int, frame: int):
        ask, first, then, second = next(plan)

        def make():
            fill = {"k": keepers()[0], "c": counties(), "ask": ask}
            if frame < 2:
                return frames[frame].format(**fill), first
            one, two = frames[frame]
            return turns((one.format(**fill), first), (two.format(then=then), second)), None

        return drawn(fresh, make)

    rows += rows_of("conceal", frames, conceal)

    # 6. two costs asked together (医保 第三十条（五）; 看管细则 第十二条; 培训办法 五、, 四、（一）):
    # both stated, one stated and one not (the stated part's terms), or neither (declined)
    frames = [
        "{k}{x}，{a}和{b}{ask}",
        "问下，{a}跟{b}{ask}",
        ("{k}{x}，{a}", "{b}"),
        ("问个事，{a}", "那{b}"),
    ]
    not_paid = [mi("第三十条")]
    fee = lookup("procedure", [art(RT, "五、")], ["文物安全专项经费"])
    # (where, first part, second part, how asked, expectation; the dialogue's second turn, its
    # expectation)
    plan = iter(
        [
            (
                "在{h}住院",
                "在医院吃饭的钱",
                "请人陪床的钱",
                "医保报不报",
                lookup("yes_no", not_paid, ["膳食费", "陪护费"]),
            ),
            (
                None,
                "野外文物看管员的工资",
                "巡逻路上的油钱",
                "都是谁出",
                lookup("body", [keeper("第十二条")], ["地区财政"]),
            ),
            (
                "下个月要去参加文物安全培训",
                "培训费要自己掏吗",
                "那住的地方和来回车费呢",
                None,
                (fee, declined(art(RT, "五、"))),
            ),
            (
                None,
                "住院请护工和家属陪护的钱医保管吗",
                "家属在外面住旅馆和请假扣的工资呢",
                None,
                (
                    answered(not_paid, ["护工费", "陪护费"]),
                    declined(mi("第三十条")),
                ),
            ),
            (
                "在{c}县当野外文物看管员",
                "巡逻骑摩托的油钱",
                "发的工作服",
                "归谁出",
                declined_row(keeper("第十二条"), "body"),
            ),
            (
                None,
                "参加文物安全培训期间的住宿",
                "来回路费",
                "单位管不管",
                declined_row(art(RT, "五、"), "yes_no"),
            ),
            (
                "在{h}住院",
                "叫救护车和转院路上的车费能报吗",
                "那家属陪床的钱和在县城住宾馆的钱呢",
                None,
                (
                    answered(not_paid, ["急救车费", "交通费"]),
                    answered(not_paid, ["陪护费"]),
                ),
            ),
            (
                None,
                "培训的时候把投影仪弄坏了谁赔",
                "培训费和路上的住宿费谁出",
                None,
                (answered([art(RT, "四、（一）")], ["赔偿"]), fee),
            ),
        ]
    )
    kin = deck(rng, KIN_PRONOUN)
    counties = deck(rng, COUNTIES)
    levels = deck(rng, list(HOSPITALS))
    fresh = fresh_draws()

    def two_costs(n: int, frame: int):
        x, a, b, ask, wanted = next(plan)

        def make():
            fill = {"k": kin()[0], "c": counties(), "h": rng.choice(HOSPITALS[levels()])}
            fill.update(x=(x or "").format(**fill), a=a, b=b, ask=ask)
            if frame < 2:
                return frames[frame].format(**fill), wanted
            one, two = frames[frame]
            first, second = wanted
            return turns((one.format(**fill), first), (two.format(**fill), second)), None

        return drawn(fresh, make)

    rows += rows_of("twocosts", frames, two_costs)

    # 7. a site's total custodian pay (看管细则 第十二条: 每处安排2名, 县级 1200, 自治区级及以上
    # 1400 每人每月): the budget mode, persons 2, the head count; declines: 地区级, 市级, 乡级
    frames = [
        "{c}县一处{lv}的野外文物保护单位，{ask}",
        "{lv}文物点，一个点的看管员{span}工资加起来多少",
        ("{c}县{ns}处{lv}文物点，一共要配几个看管员", "{then}"),
        ("{k}在{c}县守{lv}的文物点，{ask}", "{then}"),
    ]
    pay = [keeper("第十二条")]
    no_level = declined(keeper("第十二条"))
    # (level said or None, sites, first kind, how asked, second turn, its kind)
    plan = iter(
        [
            (None, 1, "budget", "看管员{span}的工资总共要发多少", None, None),
            (None, 1, "budget", None, None, None),
            (None, 1, "heads", None, "这两个人{span}工资一共多少", "persons"),
            (None, 1, "wage", "一个月工资多少", "他跟搭档两个人{span}加起来多少", "persons"),
            ("地区级", 1, "none", "两名看管员{span}工资一共多少", None, None),
            ("地区级", 1, "none", None, None, None),
            (None, "many", "heads", None, "那市级的文物点呢，也按这个配人发工资吗", "none"),
            (
                None,
                1,
                "heads",
                "他们那个点一共配了几个看管员",
                "要是乡级的文物点，一个点的看管员一年工资总共多少",
                "none",
            ),
        ]
    )
    site_levels = deck(rng, list(LEVEL_SAID))
    months_of = deck(rng, list(MONTHS_SAID))
    site_counts = deck(rng, [2, 3])
    counties = deck(rng, COUNTIES)
    keepers = deck(rng, KEEPERS)
    fresh = fresh_draws()

    def heads(level: str, sites: int) -> dict:
        """The custodians of some sites of a level: answered or computed (heads mode)."""
        return {
            "status": expect.BOTH,
            "gold": pay,
            "calculator": "custodian_pay",
            "inputs": {"mode": "heads", "sites": {level: sites}},
            "expected": reference.custodian_heads({level: sites}),
        }

    def two_persons(level: str, months: int) -> dict:
        """The site's two custodians named as persons (person mode, persons 2)."""
        inputs = {"mode": "person", "site_level": level, "months": months, "persons": 2}
        return expect.calculated(
            "custodian_pay",
            inputs,
            reference.custodian_person(level, months, persons=2),
            ["第十二条"],
        )

    def site_total(n: int, frame: int):
        said_level, sites, kind, ask, then, second = next(plan)

        def make():
            level, months = site_levels(), months_of()
            count = site_counts() if sites == "many" else sites
            fill = {
                "c": counties(),
                "k": keepers()[0],
                "lv": said_level or rng.choice(LEVEL_SAID[level]),
                "span": rng.choice(MONTHS_SAID[months]),
                "ns": NUMBER_SAID[count],
            }
            wanted = {
                "budget": expect.budget({level: count}, months),
                "heads": heads(level, count),
                "wage": {
                    **answered(pay, [str(reference.CUSTODIAN_WAGE[level])]),
                    "status": expect.BOTH,
                },
                "none": declined_row(keeper("第十二条"), "amount"),
            }[kind]
            if frame < 2:
                question = frames[frame].format(ask=(ask or "").format(**fill), **fill)
                category = {"budget": "calculation"}.get(kind)
                return question, ({"category": category, **wanted} if category else wanted)
            one, two = frames[frame]
            said = one.format(ask=(ask or "").format(**fill), **fill)
            later = two_persons(level, months) if second == "persons" else no_level
            return turns((said, wanted), (two.format(then=then.format(**fill)), later)), None

        return drawn(fresh, make)

    rows += rows_of("sitetotal", frames, site_total)

    # 8. household member ages (医保实施办法 第十八条（二）: 女60, 男65, 6:4; the contribution
    # calculator; a household's own total); declines: a child's discount, a lower deductible or
    # a higher rate for the old
    frames = [
        "{e}{said}，{ask}",
        "{e}今年{age}了，{ask}",
        ("家里{m0}{a0}、{m1}{a1}、{m2}{a2}岁，{ask}", "{then}"),
        ("{e}{age}岁了，{ask}", "{then}"),
    ]
    rule = [mi("第十八条")]
    thresholds = answered(rule, ["60", "65"])
    plan = iter(
        [
            ("exempt", "城乡居民医保还用交吗", None),
            ("62", "居民医保还得自己交不", None),
            ("mixed", "都交{t}档，全家一年一共要交多少", "{wp}那份钱是谁出的"),
            ("man", "今年医保还交不交", "那{p}七十岁以后住院报销比例能高一点不"),
            ("child", "小孩参保有没有减半之类的优惠", None),
            ("old", "住院的起付线能不能少收点", None),
            ("mixed2", "交{t}档的话一家一共多少钱", "那{mp}要到多大岁数才不用交"),
            ("three", "我们一家三口都交{t}档，一年总共多少", "老人满多少岁就不用自己交了"),
        ]
    )
    women = deck(rng, ELDERS["女"])
    men = deck(rng, ELDERS["男"])
    ages = {
        "女": deck(rng, [60, 61, 62, 63]),
        "男pays": deck(rng, [60, 61, 62, 63, 64]),
        "男exempt": deck(rng, [65, 66, 67, 68, 69]),
        "old": deck(rng, [71, 73, 75, 78]),
        "child": deck(rng, [3, 4, 5, 7, 9]),
    }
    children = deck(rng, CHILDREN)
    tiers = deck(rng, [60, 120, 250])
    fresh = fresh_draws()

    def contribution(**kw) -> dict:
        """A person's contribution: the calculator's figures or the rule (第十八条)."""
        return {**expect.enrol(**kw), "status": expect.BOTH, "gold": rule}

    def household_total(members: list[dict]) -> dict:
        """A household's own total (phrasings59's form: no calculator input holds it)."""
        return {
            "status": expect.BOTH,
            "calculator": "contribution",
            "gold": rule,
            "answer_contains": [whole(reference.household(members)["total"])],
            "cites": ["第十八条"],
        }

    def household(n: int, frame: int):
        kind, ask, then = next(plan)

        def make():
            t = tiers()
            fill: dict = {"t": rng.choice(TIER_SAID[t]), "said": "", "age": ""}
            if kind == "exempt":
                fill["e"], _ = women()
                fill["said"] = rng.choice(["刚满60", "今年刚满60周岁"])
                wanted = {"category": "calculation", **contribution(sex="女", age=60)}
            elif kind == "62":
                fill["e"], _ = men()
                fill["age"] = ages["男pays"]()
                wanted = {
                    "category": "eligibility",
                    "status": expect.BOTH,
                    "gold": rule,
                    "answer_contains": ["65"],
                }
            elif kind == "child":
                fill["e"] = "我家孩子"
                fill["said"] = f"才{ages['child']()}岁"
                wanted = declined_row(mi("第十八条"), "amount")
            elif kind == "old":
                fill["e"], _ = rng.choice([women, men])()
                fill["age"] = ages["old"]()
                wanted = declined_row(mi("第二十二条"), "amount")
            if frame < 2:
                return frames[frame].format(ask=ask.format(**fill), **fill), wanted
            one, two = frames[frame]
            if kind in ("mixed", "mixed2"):
                woman, man = ("我妈", 0), ("我爸", 1)
                order = [woman, man] if kind == "mixed2" else [man, woman]
                a_woman, a_man, a_child = ages["女"](), ages["男pays"](), ages["child"]()
                said_ages = {"我妈": a_woman, "我爸": a_man}
                for place, (word, _) in enumerate(order):
                    fill[f"m{place}"], fill[f"a{place}"] = word, said_ages[word]
                fill["m2"], fill["a2"] = children(), a_child
                members = [{"sex": "女", "age": a_woman}, {"sex": "男", "age": a_man, "tier": t}]
                members.append({"tier": t})
                first = household_total(members)
                fill.update(wp="我妈", mp="我爸")
                second = answered(rule, ["6:4"]) if kind == "mixed" else answered(rule, ["65"])
            elif kind == "man":
                fill["e"], fill["p"] = men()
                fill["age"] = ages["男exempt"]()
                first = contribution(sex="男", age=fill["age"])
                second = declined(mi("第二十二条"))
            else:  # three on one tier: the calculator's persons mode
                fill["e"] = "我家孩子"
                fill["age"] = ages["child"]()
                inputs = {"mode": "enrol", "identities": [], "tier": t, "persons": 3}
                total = reference.household([{"tier": t}] * 3)
                first = {
                    **expect.calculated("contribution", inputs, total, ["第十八条"]),
                    "status": expect.BOTH,
                    "gold": rule,
                    "answer_contains": [whole(total["total"])],
                }
                second = thresholds
            said = one.format(ask=ask.format(**fill), **fill)
            return turns((said, first), (two.format(then=then.format(**fill)), second)), None

        return drawn(fresh, make)

    rows += rows_of("household", frames, household)

    return said_once(rows)


def main() -> None:
    write(build(), HERE)


if __name__ == "__main__":
    main()
