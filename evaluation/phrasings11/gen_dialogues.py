"""Dialogues typed on a phone: the yearly 6万 cap across stays and 门特 courses, the 两病 and
general-outpatient limits across visits; persons (俺爹/俺娘/老公/老婆/阿妈/阿爸/奶奶/爷爷/外甥/
阿佳), each with their own cap and admission count; slot-only turns (那/要是/换成/…呢);
corrections (不对不对/搞错了/打错了/记错了); 为什么/为啥/怎么 and 哪条/哪个文件 after a result;
topic switches while a follow-up is pending (`not_follow_up_for`), returning with only the
missing slot; relic ↔ medical switches; declines inside a conversation."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_dialogue
from evaluation.phrasings.expect import (
    BOTH,
    HELLO,
    answered,
    declined,
    enrol_where,
    paid_after,
)
from evaluation.phrasings.places import (
    CAP,
    EXCLUDED,
    FIND,
    GENERAL,
    INPATIENT,
    LATE,
    OTHER,
    ROAD_PREFECTURE,
    SHARE,
    SPECIAL,
    SPLIT,
    TWO,
    WAGE,
)
from evaluation.phrasings.rows import GE, HP, MI, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings11.table import Tune11Table

ROAD_COUNTY = quote(RD, "100万元/年")


def build(t: Tune11Table) -> None:
    _cap(t)
    _persons(t)
    _slot_only(t)
    _corrections(t)
    _why_and_where(t)
    _pending(t)
    _relic_and_medical(t)


def _cap(t: Tune11Table) -> None:
    a = e.inpatient(120, "三级", "48000")
    add_dialogue(
        t,
        ("俺爹120档 今年头一回在地区医院三级住院 四万八 报多少", a),
        (
            "入秋又住了一回 还在那家三级医院 花4万",
            e.inpatient(120, "三级", "40000", 2, paid=paid_after(a)),
        ),
        ("为啥第二回没按七成报足", answered(CAP, ["6万"])),
        ("一年最多6万这个 是哪条定的", answered(CAP, [MI])),
    )
    m1 = e.special(250, "恶性肿瘤", "30000")
    m2 = e.special(250, "恶性肿瘤", "30000", paid_after(m1))
    add_dialogue(
        t,
        ("俺娘肿瘤化疗走门特 250档 第一个疗程3万 报多少", m1),
        ("第二个疗程又是3万", m2),
        (
            "年底又在三级医院住院了 第一次 1万2",
            e.inpatient(250, "三级", "12000", paid=paid_after(m1, m2)),
        ),
        ("门特的钱跟住院的是一起算封顶吗", answered(SPECIAL, ["合并累计计算"])),
    )
    x = e.two_diseases(["糖尿病"], "二级", "1000")
    add_dialogue(
        t,
        ("阿妈糖尿病走两病门诊 二级医院 甲类药1000 报多少", x),
        (
            "隔了一阵又开了甲类1200",
            e.two_diseases(["糖尿病"], "二级", "1200", paid=paid_after(x)),
        ),
        ("为什么第二回只给了五百多", answered(TWO, ["1200"])),
    )
    g1 = e.general("300")
    g2 = e.general("500", "300")
    add_dialogue(
        t,
        ("普通门诊今年第一回 花了300 报多少", g1),
        ("后来又看了一次 花了500", g2),
        ("再去第三回 花100 还给报吗", e.general("100", "800")),
        ("为啥第三回一分没有", answered(GENERAL, ["300元"])),
    )


def _persons(t: Tune11Table) -> None:
    husband = e.inpatient(250, "三级", "70000")
    wife = e.inpatient(250, "二级", "8000")
    add_dialogue(
        t,
        ("老公250档 三级医院头回住院 七万 报多少", husband),
        ("老婆也是250 二级医院第一次 8千", wife),
        (
            "老公第二回住院 一级医院 1万",
            e.inpatient(250, "一级", "10000", 2, paid=paid_after(husband)),
        ),
        (
            "那老婆也第二回住 一级一万呢",
            e.inpatient(250, "一级", "10000", 2, paid=paid_after(wife)),
        ),
    )
    add_dialogue(
        t,
        ("阿妈今年58 交60档 要出多少", e.enrol(sex="女", age=58, tier=60)),
        ("阿爸六十四 交250的呢", e.enrol(sex="男", age=64, tier=250)),
        ("为什么说阿妈过两年就不用交了", answered(SHARE, ["女年满60周岁"])),
        ("那到时候阿妈这份钱谁来出", answered(SHARE, ["6:4"])),
    )
    add_dialogue(
        t,
        ("儿子是低保对象 参保自己交钱不", e.enrol(["低保对象"])),
        ("我叔是寺里在编僧人 得过地区级爱国守法先进 他呢", e.enrol(["僧尼地区级表彰"])),
        ("为啥我叔还得出30", answered(SHARE, ["220元"])),
    )
    grandma = e.special(120, "慢性肾功能衰竭", "50000")
    grandpa = e.inpatient(60, "乡镇卫生院", "3000")
    add_dialogue(
        t,
        ("奶奶透析门特 120档 今年门诊累计5万 报多少", grandma),
        ("爷爷60档 乡卫生院头回住院 3千", grandpa),
        (
            "奶奶又住院了 三级 第一次 4万",
            e.inpatient(120, "三级", "40000", paid=paid_after(grandma)),
        ),
        (
            "那爷爷后来也住了三级 今年第二回 1万呢",
            e.inpatient(60, "三级", "10000", 2, paid=paid_after(grandpa)),
        ),
    )


def _slot_only(t: Tune11Table) -> None:
    add_dialogue(
        t,
        ("交60的 一级医院 头回住院 一万 报多少", e.inpatient(60, "一级", "10000")),
        ("那住二级医院的话", e.inpatient(60, "二级", "10000")),
        ("换成三级", e.inpatient(60, "三级", "10000")),
        ("要是交了250呢", e.inpatient(250, "三级", "10000")),
        ("人要是在西安住的呢", e.inpatient(250, "三级", "10000", in_area=False)),
    )
    add_dialogue(
        t,
        ("门特冠心病 250档 这月三千六 报多少", e.special(250, "冠心病", "3600")),
        ("换成60的档呢", e.special(60, "冠心病", "3600")),
        ("要是七千呢", e.special(60, "冠心病", "7000")),
    )
    add_dialogue(
        t,
        ("两病糖尿病 一级医院 甲类800 报多少", e.two_diseases(["糖尿病"], "一级", "800")),
        ("那到三级医院开呢", e.two_diseases(["糖尿病"], "三级", "800")),
        ("乙类再加400呢", e.two_diseases(["糖尿病"], "三级", "800", "400")),
    )
    add_dialogue(
        t,
        ("国保点看管员 干了6个月 多少钱", e.custodian("全国重点", 6)),
        ("要是县级点呢", e.custodian("县级", 6)),
        ("干满12个月呢", e.custodian("县级", 12)),
        ("这个1200是哪条规定的", answered(WAGE, [RC])),
    )
    add_dialogue(
        t,
        ("2处县级文保点 看管员一年预算多少", e.budget({"县级": 2}, 12)),
        ("再加1处国保的呢", e.budget({"县级": 2, "全国重点": 1}, 12)),
        ("只做半年的预算呢", e.budget({"县级": 2, "全国重点": 1}, 6)),
    )
    add_dialogue(
        t,
        ("噶尔县一年四好农村路养护补贴多少", e.road(1, False)),
        ("那加上札达普兰呢", e.road(3, False)),
        ("地区那份也算上", e.road(3, True)),
        ("连续五年呢", e.road(3, True, 5)),
    )


def _corrections(t: Tune11Table) -> None:
    add_dialogue(
        t,
        ("俺爹60档 三级医院第一次住院 1万6 报多少", e.inpatient(60, "三级", "16000")),
        ("不对不对 住的是县里二级的", e.inpatient(60, "二级", "16000")),
        ("钱也说错了 是1万9", e.inpatient(60, "二级", "19000")),
    )
    add_dialogue(
        t,
        ("一级医院 5000块 250档 头一次住院 先算下", e.inpatient(250, "一级", "5000")),
        ("搞错了 这是今年第三回了", e.inpatient(250, "一级", "5000", 3)),
        ("为啥起付线变少了", answered(INPATIENT, ["50%"])),
    )
    add_dialogue(
        t,
        ("阿爸今年63 交120 个人出多少", e.enrol(sex="男", age=63, tier=120)),
        ("打错了 他今年66", e.enrol(sex="男", age=66)),
    )
    add_dialogue(
        t,
        ("自治区级点看管员 干了8个月 多少钱", e.custodian("自治区级", 8)),
        ("记错了 是县级点", e.custodian("县级", 8)),
    )
    add_dialogue(
        t,
        ("120档 二级医院头回住院 花了万把块 报多少", e.error("费用")),
        ("准确的是10500", e.inpatient(120, "二级", "10500")),
    )
    add_dialogue(
        t,
        ("80块那个档 第一次住一级医院 花6千", e.error("档次")),
        ("哦 是60的", e.inpatient(60, "一级", "6000")),
    )


def _why_and_where(t: Tune11Table) -> None:
    add_dialogue(
        t,
        ("闺女在乡卫生院生娃 花了2千5 报多少", e.maternity("乡镇卫生院", "2500")),
        ("为什么生孩子一分不用出", answered(OTHER, ["全额报销"])),
        ("生娃全报销 是哪份文件写的", answered(OTHER, [MI])),
    )
    add_dialogue(
        t,
        (
            "噶尔参保 120档 在成都二级医院第一次住院 2万 报多少",
            e.inpatient(120, "二级", "20000", in_area=False),
        ),
        ("怎么只按65%算", answered(INPATIENT, ["降低10%"])),
        ("区外住院要备案 这个在哪一条", answered(mi("第三十三条"), ["信息系统"])),
    )
    add_dialogue(
        t,
        ("断缴了 今年各级财政补助合计540 补缴要多少", e.late("540")),
        ("为啥补缴比正常交贵出一大截", answered(LATE, ["最高筹资标准"])),
        ("补上以后啥时候能用", answered(LATE, ["次月"])),
    )
    add_dialogue(
        t,
        (
            "各级财政补助每人一共700 中央拿了400 剩下的自治区地区县各出多少",
            e.subsidy_split("700", "400"),
        ),
        ("为什么自治区出的最多", answered(SPLIT, ["6:2:2"])),
    )


def _pending(t: Tune11Table) -> None:
    add_dialogue(
        t,
        ("外甥住院 二级医院今年头一回 花了1万4 报多少", e.follow_up(None, ["tier"])),
        (
            "等下 先问个 住院伙食费能报吗",
            answered(EXCLUDED, ["膳食费"], not_follow_up_for=["tier"]),
        ),
        ("他是60档的", e.inpatient(60, "二级", "14000")),
    )
    add_dialogue(
        t,
        ("阿佳120档 今年第一回住院 花了6千", e.follow_up(None, ["level"])),
        (
            "插一句 文物点的壁画能拍照吗",
            answered(art(RP, "第三十七条"), ["不得拍摄"], not_follow_up_for=["level"]),
        ),
        (
            "寺里的珍贵文物该怎么放",
            answered(art(RP, "第二十六条"), ["专库专柜"], not_follow_up_for=["level"]),
        ),
        ("说回住院 是一级医院", e.inpatient(120, "一级", "6000")),
    )
    add_dialogue(
        t,
        ("想补缴医保 得交多少", e.follow_up(None, ["fiscal_subsidy"])),
        (
            "先问一下 刚出生的娃怎么参保",
            answered(mi("第六条"), ["自出生之日起"], not_follow_up_for=["fiscal_subsidy"]),
        ),
        ("财政补助是600", e.late("600")),
    )
    add_dialogue(
        t,
        ("看管员全年十二个月都在岗 工资多少", e.follow_up(None, ["site_level"])),
        (
            "换个话题 看管员发现有人盗墓 先告诉谁",
            answered(art(RC, "第七条"), ["公安部门"], not_follow_up_for=["site_level"]),
        ),
        ("是国保的点", e.custodian("全国重点", 12)),
    )
    add_dialogue(
        t,
        ("县级点看管员 工资一共多少", e.follow_up(None, ["months"])),
        (
            "先不说这个 看管协议最多签多久",
            answered(art(RC, "第十三条"), ["一年"], not_follow_up_for=["months"]),
        ),
        (
            "选看管员要多大年纪",
            answered(art(RC, "第五条"), ["25-50岁"], not_follow_up_for=["months"]),
        ),
        ("算了不问了 谢谢", HELLO),
    )
    add_dialogue(
        t,
        ("门特糖尿病 120档 报多少", e.follow_up(None, ["cost"])),
        ("对了 拉萨的医保门特也一样吗", declined(SPECIAL, not_follow_up_for=["cost"])),
        ("这个月花了2千8", e.special(120, "糖尿病", "2800")),
    )
    add_dialogue(
        t,
        ("交120的 二级医院今年第二回住院 报多少", e.follow_up(None, ["cost"])),
        (
            "另外问下 建档立卡的门特多报几个点",
            answered(OTHER, ["5%"], not_follow_up_for=["cost"]),
        ),
        ("住院花了8千", e.inpatient(120, "二级", "8000", 2)),
    )


def _relic_and_medical(t: Tune11Table) -> None:
    add_dialogue(
        t,
        ("修房子挖出一块带字的石头 咋办", answered(FIND, ["立即保护现场"])),
        ("俺娘250档 县医院二级第一次住院 花了1万2 报多少", e.inpatient(250, "二级", "12000")),
        ("说回那块石头 我能自己留着吗", answered(FIND, ["藏匿"])),
    )
    bp = e.two_diseases(["高血压"], "二级", "500")
    add_dialogue(
        t,
        (
            "安全培训课上 一般讲哪些东西 看视频还是实操",
            answered(quote(RT, "培训内容包括"), ["案例分析"]),
        ),
        ("我爸高血压 两病 二级医院开了甲类500 报多少", bp),
        ("下个月又开了甲类900", e.two_diseases(["高血压"], "二级", "900", paid=paid_after(bp))),
    )
    add_dialogue(
        t,
        (
            "地区医院创三甲要引进多少高层次人才",
            answered(quote(HP, "人才引进解决 30 人（其中高层次 10 人）"), ["10"]),
        ),
        ("我在地区医院三级住院 60档 第一次 7千 报多少", e.inpatient(60, "三级", "7000")),
        ("三级医院报六成 是哪个文件里的", answered(INPATIENT, [MI])),
        ("那日喀则的医院也报六成吗", declined(INPATIENT)),
    )
    add_dialogue(
        t,
        (
            "各县那个四好农村路养护专项 一个县给多少",
            {"status": BOTH, "gold": [ROAD_COUNTY], "answer_contains": ["100万"]},
        ),
        ("乡里能从里面分到多少", declined(ROAD_COUNTY)),
        (
            "地区那份是多少",
            {"status": BOTH, "gold": [ROAD_PREFECTURE], "answer_contains": ["350万"]},
        ),
    )
    add_dialogue(
        t,
        (
            "毕业生公益性岗位优先给哪些人",
            answered(
                quote(GE, "重点针对建档立卡贫困家庭、残疾、低保家庭高校毕业生提供公益性岗位"),
                ["建档立卡"],
            ),
        ),
        ("我儿子在外地读大学 户口在阿里 医保在哪交", enrol_where(["户籍所在地"])),
        ("这个规定在哪个文件里", enrol_where([MI])),
    )
