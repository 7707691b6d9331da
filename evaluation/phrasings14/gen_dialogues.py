"""Dialogues as phone chats and voice input: slot-only turns (就那个地区医院的 三级, 第二回了,
交的一百二, 换成二百五那档呢, 继母五十九了呢, 改成自治区级的点, 再加两个县), corrections
(搞错了 是二级的; 不是第一次 是第二次; 说反了 是250; 刚才多打了个零), 为什么/为啥/怎么 after
a result (answered from its steps and articles), 哪条/哪一条/哪个文件, topic switches while a
follow-up for tier, level, cost, months or fiscal subsidy is pending (some returning with only the
missing slot), the yearly 6万 cap across two stays, across outpatient months and across a stay
plus a 门特 month, the 两病 and 普通门诊 limits across visits; custodian pay and budgets, road
subsidies, relic ↔ medical switches, English turns, greetings and thanks mid-dialogue, malformed
amounts, tiers, ages, levels and months, each then corrected."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_dialogue
from evaluation.phrasings.expect import HELLO, answered, paid_after
from evaluation.phrasings.places import (
    CAP,
    GENERAL,
    INPATIENT,
    LATE,
    OTHER,
    SPECIAL,
    TIERS,
    TWO,
    WAGE,
)
from evaluation.phrasings.rows import MI, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings14.table import Heldout14Table

ACCIDENT = art(RC, "第十一条")
ROAD_COUNTY = quote(RD, "各县按每县100万元/年标准")
ROAD_PREF = quote(RD, "地区财政按350万元/年标准")


def _caps(t: Heldout14Table) -> None:
    """The 6万 cap across stays, 门特 months and a stay plus a 门特 month; 两病 and 普通门诊
    limits across visits."""
    s1 = e.inpatient(250, "三级", "66000")
    add_dialogue(
        t,
        ("老伴今年头回住地区医院三级 交的二百五 一共六万六", s1),
        (
            "过了半年又进去了 还是三级 花了两万四",
            e.inpatient(250, "三级", "24000", 2, paid=paid_after(s1)),
        ),
        ("为什么第二次几乎没报", answered(CAP, ["6万元"])),
        ("六万元这个封顶写在哪个文件里的 我要拿给家里人看", answered(CAP, [MI])),
    )
    m1 = e.special(120, "恶性肿瘤", "40000")
    m2 = e.special(120, "恶性肿瘤", "40000", paid_after(m1))
    m3 = e.special(120, "恶性肿瘤", "30000", paid_after(m1, m2))
    add_dialogue(
        t,
        ("三舅门诊放疗办了门特 交120 第一个月四万", m1),
        ("第二个月又是四万", m2),
        ("第三个月三万", m3),
        ("为啥第三个月一分没有了", answered(CAP, ["6万元"])),
    )
    h1 = e.inpatient(60, "二级", "70000")
    add_dialogue(
        t,
        ("交60 二级医院今年第一次住 七万", h1),
        (
            "出院以后门特透析 这个月一万二",
            e.special(60, "慢性肾功能衰竭", "12000", paid_after(h1)),
        ),
        ("怎么门特也受住院影响", answered(SPECIAL, ["合并累计"])),
    )
    d1 = e.two_diseases(["糖尿病"], "三级", "1500")
    add_dialogue(
        t,
        ("糖尿病两病门诊 三级医院 甲类一千五 报多少", d1),
        (
            "下个月又开了甲类一千",
            e.two_diseases(["糖尿病"], "三级", "1000", paid=paid_after(d1)),
        ),
        ("为什么这回只剩这么点", answered(TWO, ["1200元"])),
    )
    add_dialogue(
        t,
        ("普通门诊今年头一次 八百", e.general("800")),
        ("后来又看了一次 四百", e.general("400", "800")),
        ("为啥第二次一分没报", answered(GENERAL, ["300元"])),
    )


def _slots_and_corrections(t: Heldout14Table) -> None:
    add_dialogue(
        t,
        ("外甥今年住院了 第一次 花了一万九", e.follow_up(None, ["tier", "level"])),
        ("就那个地区医院的 三级 交的一百二", e.inpatient(120, "三级", "19000")),
        ("换成二百五那档呢", e.inpatient(250, "三级", "19000")),
        ("为什么差这么多", answered(INPATIENT, ["85%"])),
    )
    add_dialogue(
        t,
        ("交60 一级医院 头回住院 九千四", e.inpatient(60, "一级", "9400")),
        ("搞错了 是二级的", e.inpatient(60, "二级", "9400")),
        ("二级医院六十五那个比例是哪一条规定的", answered(INPATIENT, [MI])),
    )
    add_dialogue(
        t,
        ("120档 乡卫生院 第一次住院 五千六", e.inpatient(120, "乡镇卫生院", "5600")),
        ("不是第一次 是第二次", e.inpatient(120, "乡镇卫生院", "5600", 2)),
        ("怎么起付钱变少了", answered(INPATIENT, ["70%"])),
    )
    add_dialogue(
        t,
        ("交120 三级医院头一回 两万七", e.inpatient(120, "三级", "27000")),
        ("说反了 是250", e.inpatient(250, "三级", "27000")),
        ("谢谢你", HELLO),
    )
    add_dialogue(
        t,
        ("继母五十八 参保想交120档 自己出多少", e.enrol(sex="女", age=58, tier=120)),
        ("她五十九了呢", e.enrol(sex="女", age=59, tier=120)),
        ("那到六十岁呢", e.enrol(sex="女", age=60, tier=120)),
        ("为什么六十岁就不用交了", answered(TIERS, ["60 周岁"])),
    )
    add_dialogue(
        t,
        ("二级医院 第一次住院 交250 十二万", e.inpatient(250, "二级", "120000")),
        ("刚才多打了个零 是一万二", e.inpatient(250, "二级", "12000")),
        ("二级医院的起付标准是多少来着", answered(INPATIENT, ["200元"])),
        ("好的 明白了 辛苦", HELLO),
    )


def _topic_switches(t: Heldout14Table) -> None:
    add_dialogue(
        t,
        ("女婿二级医院住院 头回 花了六千", e.follow_up(None, ["tier"])),
        (
            "顺便问下 寺里的文物能借给别的寺吗",
            answered(art(RP, "第二十七条"), ["赠与"], not_follow_up_for=["tier"]),
        ),
        ("交的一百二", e.inpatient(120, "二级", "6000")),
        ("那寺里的文物能不能送人", answered(art(RP, "第二十七条"), ["禁止"])),
    )
    add_dialogue(
        t,
        ("去年忘了交 今年想把医保补上 得交多少", e.follow_up(None, ["fiscal_subsidy"])),
        (
            "先不说这个 门特有没有起付线",
            answered(SPECIAL, ["不设起付线"], not_follow_up_for=["fiscal_subsidy"]),
        ),
        ("财政补助一共六百五", e.late("650")),
        ("补缴以后从什么时候开始享受待遇", answered(LATE, ["次月起"])),
    )
    add_dialogue(
        t,
        ("我在自治区级文物点看管 帮我算下工钱", e.follow_up(None, ["months"])),
        (
            "看管员能提意见吗",
            answered(art(RC, "第八条"), ["提出建议和意见"], not_follow_up_for=["months"]),
        ),
        ("干了十一个月", e.custodian("自治区级", 11)),
        ("要是守的是县级点 同样十一个月呢", e.custodian("县级", 11)),
    )
    add_dialogue(
        t,
        ("交60 今年第三次住院了 一万", e.follow_up(None, ["level"])),
        (
            "插一句 两病门诊有没有起付线",
            answered(TWO, ["不设起付线"], not_follow_up_for=["level"]),
        ),
        ("是乡镇卫生院", e.inpatient(60, "乡镇卫生院", "10000", 3)),
    )
    add_dialogue(
        t,
        ("250档 一级医院头回住院 帮我算算", e.follow_up(None, ["cost"])),
        (
            "算了不算了 文物培训的档案谁保管",
            answered(
                quote(RT, "档案资料由办公室统一保存管理"),
                ["办公室统一保存管理"],
                not_follow_up_for=["cost"],
            ),
        ),
    )
    add_dialogue(
        t,
        ("帮三舅算下医保报销 他今年住了一次院", e.follow_up(None, ["tier", "level", "cost"])),
        (
            "对了 住院吃饭的钱能报吗",
            answered(mi("第三十条"), ["膳食费"], not_follow_up_for=["tier", "level", "cost"]),
        ),
        ("三级 交250 一万四", e.inpatient(250, "三级", "14000")),
    )


def _custodians_and_roads(t: Heldout14Table) -> None:
    add_dialogue(
        t,
        ("县级文物点看管员干了九个月 工钱多少", e.custodian("县级", 9)),
        ("改成自治区级的点呢", e.custodian("自治区级", 9)),
        ("为啥多了一截", answered(WAGE, ["1400元"])),
    )
    add_dialogue(
        t,
        ("三处县级点 看管员全年经费预算多少", e.budget({"县级": 3}, 12)),
        ("另外还有一处全国重点的点也一起算进去", e.budget({"县级": 3, "全国重点": 1}, 12)),
        ("预算里怎么每个点都按两个看管员算", answered(WAGE, ["2名"])),
        ("这个钱谁出", answered(WAGE, ["地区财政"])),
    )
    add_dialogue(
        t,
        (
            "国保点看管员干了八个月出了重大看管事故被解聘 今年补助还有吗",
            e.custodian("全国重点", 8, accident=True),
        ),
        (
            "出了事故被解聘 为什么当年的补助一分都拿不到",
            answered(ACCIDENT, ["扣除当年野外文物看管补助"]),
        ),
    )
    add_dialogue(
        t,
        ("改则和措勤两个县一年养护补贴多少万", e.road(2, False)),
        ("再加上地区那份", e.road(2, True)),
        ("算三年呢", e.road(2, True, 3)),
        ("地区那三百五十万是哪条定的", answered(ROAD_PREF, ["350万元"])),
    )
    add_dialogue(
        t,
        ("七个县三年的养护补贴总共多少万", e.road(7, False, 3)),
        ("怎么算出来的", answered(ROAD_COUNTY, ["100万元"])),
        ("把地区财政那部分也加进去 还是三年", e.road(7, True, 3)),
    )


def _relics_and_medical(t: Heldout14Table) -> None:
    add_dialogue(
        t,
        ("挖水渠挖到一个铜佛像 该怎么办", answered(art(RP, "第二十一条"), ["保护现场"])),
        (
            "挖的时候腿受伤了 交120 乡卫生院住院第一次 两千五",
            e.inpatient(120, "乡镇卫生院", "2500"),
        ),
        ("上报文物的规定是哪个文件的", answered(art(RP, "第二十一条"), ["文物保护管理办法"])),
    )
    add_dialogue(
        t,
        (
            "我们寺管会管着几件珍贵文物 规定隔多长时间复核一回",
            answered(art(RP, "第二十六条"), ["每年复核一次"]),
        ),
        ("寺里在编的僧人参保谁去办", answered(mi("第十一条"), ["寺管会"])),
        ("获了自治区级先进的僧人医保自己交多少", e.enrol(["僧尼自治区级表彰"])),
        ("回到文物 壁画能拍照吗", answered(art(RP, "第三十七条"), ["不得拍摄"])),
    )
    add_dialogue(
        t,
        ("考古发掘的费用谁出", answered(art(RP, "第二十二条"), ["建设单位"])),
        ("参保人去世了谁通报医保", answered(mi("第十二条"), ["公安机关"])),
        ("出土文物清单做好以后报给谁备案", answered(art(RP, "第二十三条"), ["备案"])),
    )


def _english_and_greetings(t: Heldout14Table) -> None:
    add_dialogue(
        t,
        ("扎西德勒 在吗 想咨询点医保的事", HELLO),
        ("What is the deductible at a level-three hospital?", answered(INPATIENT, ["400元"])),
        ("交250 三级医院第一次住院 一万", e.inpatient(250, "三级", "10000")),
        ("ok got it, thank you so much", HELLO),
    )
    add_dialogue(
        t,
        ("How much does a county-level site guard earn per month?", answered(WAGE, ["1200元"])),
        ("那干了六个月一共多少", e.custodian("县级", 6)),
        ("and for a national-level site, same six months?", e.custodian("全国重点", 6)),
    )


def _malformed_then_corrected(t: Heldout14Table) -> None:
    add_dialogue(
        t,
        ("交120 二级医院第一次住院 花了一万左右吧", e.error("费用")),
        ("查了发票 是一万零四百", e.inpatient(120, "二级", "10400")),
        ("要是今年第二次住的呢", e.inpatient(120, "二级", "10400", 2)),
    )
    add_dialogue(
        t,
        ("交了150档 一级医院头回住院 四千", e.error("档次")),
        ("记错了 是120", e.inpatient(120, "一级", "4000")),
        ("一级医院床位费医保一天认多少", answered(INPATIENT, ["40元/床日"])),
    )
    add_dialogue(
        t,
        ("大伯今年三百岁 男的 医保还交吗", e.error("年龄")),
        ("手滑 是六十三岁 交60档", e.enrol(sex="男", age=63, tier=60)),
    )
    add_dialogue(
        t,
        ("250档 在五级医院第一次住院 八千", e.error("级别")),
        ("是一级 不是五级", e.inpatient(250, "一级", "8000")),
        ("为啥能报九成", answered(INPATIENT, ["90%"])),
    )
    add_dialogue(
        t,
        ("县级文物点看管员干了二十个月 今年工资多少", e.error("月")),
        ("打错了 是十个月", e.custodian("县级", 10)),
        ("工资标准是哪份文件定的", answered(WAGE, ["1200元"])),
    )


def _other_rules(t: Heldout14Table) -> None:
    add_dialogue(
        t,
        ("儿媳在二级医院顺产 合规六千五", e.maternity("二级", "6500")),
        ("为啥全报了", answered(OTHER, ["全额报销"])),
        ("孩子生下来抢救的钱也全报吗", answered(OTHER, ["新生儿抢救治疗"])),
    )
    add_dialogue(
        t,
        (
            "交120 在重庆二级医院头回住院 一万五",
            e.inpatient(120, "二级", "15000", in_area=False),
        ),
        ("为什么去重庆住院比在阿里本地少报一截", answered(INPATIENT, ["降低10%"])),
        ("那回来报要带什么", answered(mi("第三十四条"), ["出院证明"])),
    )
    add_dialogue(
        t,
        ("断缴了 财政补助合计七百四 补多少", e.late("740")),
        ("怎么算的这么多", answered(LATE, ["最高筹资标准全额补缴"])),
        ("补完当月就能用吗", answered(LATE, ["次月起"])),
    )
    add_dialogue(
        t,
        ("财政补助一千 中央出六百 剩下的怎么分", e.subsidy_split("1000", "600")),
        ("这个比例在哪一条", answered(mi("第十七条"), ["6:2:2"])),
        ("那要是中央出了五百呢", e.subsidy_split("1000", "500")),
    )
    add_dialogue(
        t,
        ("低保户的外孙女参保 个人交多少", e.enrol(["低保对象"])),
        ("为啥不用交", answered(TIERS, ["医疗救助资金"])),
        ("参保登记时低保户要带啥", answered(mi("第七条"), ["低保证件"])),
    )


def build(t: Heldout14Table) -> None:
    _caps(t)
    _slots_and_corrections(t)
    _topic_switches(t)
    _custodians_and_roads(t)
    _relics_and_medical(t)
    _english_and_greetings(t)
    _malformed_then_corrected(t)
    _other_rules(t)
