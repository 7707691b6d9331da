"""Dialogues: the 6万 cap across two stays, across three 门特 months, across a stay and a dialysis month
(with 合并累计), across a 门特 month and a later stay, and after one large bill asked about in English;
the 两病 800 and 普通门诊 300 limits across visits; corrections (说错了 她交的是一百二, 多打了一个六,
搞错了 其实是县里的二级医院, 记错了 他干了十一个月); 为什么/为啥/怎么 after results; 哪条/哪一条/哪个文件;
topic switches while a follow-up for a tier, level, cost, site level, 门特 tier, 两病 level, month
count or fiscal subsidy is pending (`not_follow_up_for`), each then given only the missing slot;
continuations on lookups and lists (门特 diseases, 第三十条's exclusions, the training kinds, the
hospital's buildings, the graduates' posts, the Rutog bus villages); custodian pay, budgets and road
subsidies; relic and medical turns in one conversation; English turns; greetings and thanks; a
malformed amount, tier, level, age and month count, each corrected in the next turn. Figures only
from evaluation.phrasings.reference through evaluation.phrasings.expect."""

from __future__ import annotations

from decimal import Decimal

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_dialogue
from evaluation.phrasings.expect import HELLO, answered, declined, paid_after
from evaluation.phrasings.places import (
    CAP,
    EXCLUDED,
    GENERAL,
    INPATIENT,
    LATE,
    MATERNITY,
    OTHER,
    SPECIAL,
    SPLIT,
    TIERS,
    TWO,
    WAGE,
)
from evaluation.phrasings.reference import money
from evaluation.phrasings.rows import GE, HP, MI, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings22.table import Heldout22Table

ROAD = quote(RD, "100万元/年")


def _caps(t: Heldout22Table) -> None:
    s1 = e.inpatient(250, "三级", "60000")
    add_dialogue(
        t,
        ("三姑父交250 今年头一回住地区人民医院（三级） 花了六万整", s1),
        (
            "下半年又住了一次三级医院 第二回 两万",
            e.inpatient(250, "三级", "20000", 2, paid=paid_after(s1)),
        ),
        ("为什么这回连一半都没报到", answered(CAP, ["6万元"])),
        ("一年封顶这个规定出自哪个文件", answered(CAP, [MI])),
    )
    m1 = e.special(120, "恶性肿瘤", "40000")
    m2 = e.special(120, "恶性肿瘤", "40000", paid_after(m1))
    add_dialogue(
        t,
        ("姑妈化疗走门特 交120 三月份门诊花了四万", m1),
        ("四月份化疗又是四万", m2),
        ("五月份还是四万 这个月能报多少", e.special(120, "恶性肿瘤", "40000", paid_after(m1, m2))),
        ("怎么五月份就剩这么点了", answered(CAP, ["6万元"])),
    )
    c1 = e.inpatient(250, "二级", "62000")
    add_dialogue(
        t,
        ("表舅交250 县里二级医院今年第一次住院 六万二", c1),
        ("出院后做透析走门特 这个月九千", e.special(250, "慢性肾功能衰竭", "9000", paid_after(c1))),
        ("门特报的钱和住院报的钱是合在一块算封顶吗", answered(SPECIAL, ["合并累计计算"])),
    )
    add_dialogue(
        t,
        ("岳母交60 一级医院头回住院 十万块 报多少", e.inpatient(60, "一级", "100000")),
        ("why didn't the fund pay the whole share", answered(CAP, ["6万元"])),
    )
    d1 = e.two_diseases(["高血压"], "一级", "700")
    add_dialogue(
        t,
        ("婆婆高血压走两病门诊 一级医院 甲类药七百", d1),
        (
            "隔了两个月又开了甲类六百",
            e.two_diseases(["高血压"], "一级", "600", paid=paid_after(d1)),
        ),
        ("为啥这次只给了三百来块", answered(TWO, ["800元"])),
    )
    add_dialogue(
        t,
        ("今年第一次看普通门诊 花了四百", e.general("400")),
        ("过了半个月又看了一次普通门诊 三百", e.general("300", "400")),
        ("第三次又看了两百", e.general("200", "700")),
        ("怎么第三次一分都没报", answered(GENERAL, ["300元"])),
    )
    sp = e.special(250, "慢性肾功能衰竭", "15000", paid="50000")
    add_dialogue(
        t,
        ("继父交250 透析走门特 今年已经报了五万 这个月透析一万五", sp),
        (
            "下个月他又住院 二级医院今年第二次 一万 还能报多少",
            e.inpatient(
                250, "二级", "10000", 2, paid=money(Decimal("50000") + Decimal(paid_after(sp)))
            ),
        ),
        ("怎么一分钱都不给了", answered(CAP, ["6万元"])),
    )


def _corrections(t: Heldout22Table) -> None:
    add_dialogue(
        t,
        ("二婶交60 二级医院第一次住院 一万四", e.inpatient(60, "二级", "14000")),
        ("说错了 她交的是一百二", e.inpatient(120, "二级", "14000")),
        ("那要是住的是三级医院呢", e.inpatient(120, "三级", "14000")),
    )
    add_dialogue(
        t,
        ("大伯交250 乡镇卫生院头回住院 六万六", e.inpatient(250, "乡镇卫生院", "66000")),
        ("不对 多打了一个六 是六千", e.inpatient(250, "乡镇卫生院", "6000")),
        ("为啥要先扣掉一百", answered(INPATIENT, ["100元"])),
    )
    add_dialogue(
        t,
        ("继父交120 一级医院第一回住院 两万五", e.inpatient(120, "一级", "25000")),
        ("哎呀我记岔了 继父住的不是一级 是县人民医院那个二级的", e.inpatient(120, "二级", "25000")),
        ("二级医院报这么高的比例 是依据哪个文件里的规定", answered(INPATIENT, [MI])),
    )
    add_dialogue(
        t,
        ("连襟在县级野外点当看管员 干了六个月 工资多少", e.custodian("县级", 6)),
        ("记错了 他干了十一个月", e.custodian("县级", 11)),
        ("那如果他守的是自治区级的点呢", e.custodian("自治区级", 11)),
    )
    add_dialogue(
        t,
        ("光算噶尔县自己 一年能拿到的四好农村路养护专项补贴是多少万", e.road(1, False)),
        ("再加上普兰和札达", e.road(3, False)),
        ("把地区财政每年那一份也并进来 连着算三年是多少", e.road(3, True, 3)),
        ("每县一百万这个数 是哪个文件里写的", answered(ROAD, ["四好农村路"])),
    )
    add_dialogue(
        t,
        ("两处自治区级野外点 看管员一年经费预算多少", e.budget({"自治区级": 2}, 12)),
        ("另外再加一处县级的一起算", e.budget({"自治区级": 2, "县级": 1}, 12)),
        ("为什么一个野外点要按两个看管员的工资来算", answered(WAGE, ["2名"])),
    )


def _topic_switches(t: Heldout22Table) -> None:
    add_dialogue(
        t,
        ("婆婆二级医院今年第一次住院 一万六 能报多少", e.follow_up("inpatient", ["tier"])),
        (
            "等等 先问下 文物借用最长能借多久",
            answered(art(RP, "第二十七条"), ["两年"], not_follow_up_for=["tier"]),
        ),
        ("她交的是二百五", e.inpatient(250, "二级", "16000")),
    )
    add_dialogue(
        t,
        ("公公交60 今年头一回住院 八千 能报多少", e.follow_up("inpatient", ["level"])),
        (
            "对了 看管员的选聘年龄是多少",
            answered(art(RC, "第五条"), ["25-50岁"], not_follow_up_for=["level"]),
        ),
        ("他住的是乡里的卫生院", e.inpatient(60, "乡镇卫生院", "8000")),
    )
    add_dialogue(
        t,
        ("堂嫂交250 三级医院今年第二次住院 算算报多少", e.follow_up("inpatient", ["cost"])),
        (
            "插一句 住院请护工的陪护费能报吗",
            answered(EXCLUDED, ["陪护费"], not_follow_up_for=["cost"]),
        ),
        ("花了一万二", e.inpatient(250, "三级", "12000", 2)),
    )
    add_dialogue(
        t,
        ("表舅当野外看管员干了九个月 工资多少", e.follow_up("custodian_pay", ["site_level"])),
        (
            "顺便问 文物安全培训一年几次",
            answered(art(RT, "一、（三）"), ["每年不得少于一次"], not_follow_up_for=["site_level"]),
        ),
        ("他守的是县级的点", e.custodian("县级", 9)),
    )
    add_dialogue(
        t,
        ("姑妈冠心病门特 门诊两千二 报多少", e.follow_up("special_outpatient", ["tier"])),
        (
            "先问一下 门特有没有起付线",
            answered(SPECIAL, ["不设起付线"], not_follow_up_for=["tier"]),
        ),
        ("姑妈当时选的是一百二十元那个档次", e.special(120, "冠心病", "2200")),
    )
    add_dialogue(
        t,
        ("今年才想起来补缴医保 要交多少", e.follow_up("contribution", ["fiscal_subsidy"])),
        (
            "那我补缴完了以后 最早哪个月开始能用医保报销",
            answered(LATE, ["次月起"], not_follow_up_for=["fiscal_subsidy"]),
        ),
        ("各级财政补贴一共六百四", e.late("640")),
    )
    add_dialogue(
        t,
        ("婆婆高血压两病门诊 甲类药四百 报多少", e.follow_up("two_diseases", ["level"])),
        ("对了 两病门诊乙类药要自己先付多少", answered(TWO, ["10%"], not_follow_up_for=["level"])),
        ("是在二级医院开的药", e.two_diseases(["高血压"], "二级", "400")),
    )
    add_dialogue(
        t,
        ("发小在全国重点野外点看管 帮他算下工资", e.follow_up("custodian_pay", ["months"])),
        (
            "跟看管员签的那份看管协议 期限最长能定多久",
            answered(art(RC, "第十三条"), ["不得超过一年"], not_follow_up_for=["months"]),
        ),
        ("干了七个月", e.custodian("全国重点", 7)),
    )


def _relics_and_medical(t: Heldout22Table) -> None:
    add_dialogue(
        t,
        ("文保单位保护范围内能不能搞爆破", answered(art(RP, "第十三条"), ["爆破"])),
        ("那施工挖到文物要向谁报告", answered(art(RP, "第二十一条"), ["当地文物行政管理部门报告"])),
        ("换个话题 居民医保一年最高报多少", answered(CAP, ["6万元"])),
    )
    add_dialogue(
        t,
        ("医保普通门诊的起付线多少", answered(GENERAL, ["100元"])),
        ("文物的复制归谁管", answered(art(RP, "第三十九条"), ["统一管理"])),
        ("那文物修复呢 私人能做吗", answered(art(RP, "第三十九条"), ["修复"])),
    )
    add_dialogue(
        t,
        (
            "博物馆里馆藏文物的档案 规定要用哪几种文字来写",
            answered(art(RP, "第二十四条"), ["藏汉两种文字"]),
        ),
        ("参加医保登记要带户口簿吗", answered(mi("第七条"), ["户口簿"])),
        ("登记要带户口簿这个要求 写在哪一条里", answered(mi("第七条"), [MI])),
    )


def _continuations(t: Heldout22Table) -> None:
    add_dialogue(
        t,
        ("门特病种里有哪些是心脏方面的病", answered(SPECIAL, ["冠心病"])),
        ("还有吗 肺方面的呢", answered(SPECIAL, ["肺心病"])),
        ("那痛风在不在里面", answered(SPECIAL, ["痛风"])),
    )
    add_dialogue(
        t,
        ("住院时哪些生活服务类的费用医保不给付", answered(EXCLUDED, ["膳食费"])),
        ("还有呢 非疾病治疗类的有哪些", answered(EXCLUDED, ["减肥"])),
        ("这是哪一条说的", answered(EXCLUDED, [MI])),
    )
    add_dialogue(
        t,
        (
            "文物工作人员的安全培训具体分哪些种类 都列一下",
            answered(art(RT, "六、（一）"), ["文物安全应急演练"]),
        ),
        ("培训内容呢", answered(art(RT, "六、（三）"), ["案例分析"])),
        ("培训方向又包括哪些", answered(art(RT, "六、（四）"), ["实践能力培训"])),
    )
    add_dialogue(
        t,
        ("三甲方案里外科综合楼建筑面积多少", answered(art(HP, "四、（二）"), ["1400平方米"])),
        ("传染病院区呢 总投资控制在多少", answered(art(HP, "四、（四）"), ["6251.5"])),
        ("为什么要新建传染病院区", answered(art(HP, "四、（四）"), ["公共卫生水平"])),
    )
    add_dialogue(
        t,
        (
            "就业规划里乡村振兴专干岗位有多少个",
            answered(quote(GE, "乡村振兴专干岗位不少于16个"), ["16个"]),
        ),
        ("公益性岗位呢", answered(quote(GE, "公益性岗位1160个左右"), ["1160个"])),
        ("那法律援助员岗位呢", answered(quote(GE, "法律援助员岗位不少于10个"), ["10个"])),
    )
    add_dialogue(
        t,
        ("日土县哪几个建制村要先开通农村客运", answered(quote(RD, "热角村委会"), ["乌江村委会"])),
        ("最晚什么时候开通", answered(quote(RD, "力争于7月15日前达到运营条件"), ["7月15日"])),
        ("为啥日土县要先搞", answered(quote(RD, "日土县作为“两通”工作示范县"), ["示范县"])),
    )
    add_dialogue(
        t,
        ("县级养护公司的主要职能是啥", answered(quote(RD, "公司实行管养分离"), ["管养分离"])),
        (
            "县交通局和养护公司是什么关系",
            answered(quote(RD, "业主与施工单位关系"), ["业主与施工单位关系"]),
        ),
        ("懂了懂了 谢谢你这么耐心", HELLO),
    )


def _greetings_and_malformed(t: Heldout22Table) -> None:
    add_dialogue(
        t,
        ("扎西德勒 小助手在不在 想咨询点事", HELLO),
        ("外甥女交120 一级医院第一次住院 五千 报多少", e.inpatient(120, "一级", "5000")),
        ("好嘞 这下心里有数了 谢谢啦", HELLO),
    )
    add_dialogue(
        t,
        ("公公交250 二级医院头回住院 一万三四", e.error("费用")),
        ("准确的数是一万三千四", e.inpatient(250, "二级", "13400")),
        ("为什么扣了两百", answered(INPATIENT, ["200元"])),
    )
    add_dialogue(
        t,
        ("表舅交了九十块那档 三级医院第一次住院 一万", e.error("档次")),
        ("不好意思 是六十的档", e.inpatient(60, "三级", "10000")),
    )
    add_dialogue(
        t,
        ("岳母交120 在九级医院第一次住院 八千", e.error("级别")),
        ("手滑打错了 岳母住的是一级医院不是九级", e.inpatient(120, "一级", "8000")),
    )
    add_dialogue(
        t,
        ("公公两百零八岁了 男的 参保要交钱吗", e.error("年龄")),
        ("是六十八岁", e.enrol(sex="男", age=68)),
        ("为什么他不用交", answered(TIERS, ["男年满65周岁"])),
    )
    add_dialogue(
        t,
        ("堂嫂在县级野外点看管 干了十六个月 工资多少", e.error("月")),
        ("说错了 是六个月", e.custodian("县级", 6)),
    )


def _other_rules(t: Heldout22Table) -> None:
    add_dialogue(
        t,
        ("孙媳妇在二级医院顺产 合规费用五千六", e.maternity("二级", "5600")),
        ("为什么是全报", answered(MATERNITY, ["全额报销"])),
        ("生完孩子新生儿住院的钱怎么弄", answered(MATERNITY, ["先自费结算"])),
    )
    add_dialogue(
        t,
        ("二婶建档立卡 交250 三级医院头回住院 三万", e.inpatient(250, "三级", "30000", poor=True)),
        ("为啥她比别人多报", answered(OTHER, ["5%"])),
        ("她参保个人交多少", e.enrol(["建档立卡贫困人员"])),
    )
    add_dialogue(
        t,
        (
            "连襟在成都二级医院住院 头一回 交120 一万",
            e.inpatient(120, "二级", "10000", in_area=False),
        ),
        ("怎么报得比在阿里少", answered(INPATIENT, ["10%"])),
        ("成都本地人的居民医保报销比例是多少", declined(INPATIENT)),
    )
    add_dialogue(
        t,
        ("大伯交60 乡镇卫生院今年第三次住院 四千", e.inpatient(60, "乡镇卫生院", "4000", 3)),
        ("为什么起付线只扣了五十", answered(INPATIENT, ["50%"])),
        ("要是大伯这回算今年第二次住院 能报多少", e.inpatient(60, "乡镇卫生院", "4000", 2)),
    )
    add_dialogue(
        t,
        ("获地区级表彰的僧尼参保个人交多少", e.enrol(["僧尼地区级表彰"])),
        ("那县级表彰的呢", e.enrol(["僧尼县级表彰"])),
        ("这些补贴是谁向财政提出申请的", answered(TIERS, ["县医保局向县级财政部门提出补助申请"])),
    )
    add_dialogue(
        t,
        ("财政补助一共八百 中央出三百 自治区出多少", e.subsidy_split("800", "300")),
        ("为什么是这样分的", answered(SPLIT, ["6:2:2"])),
    )
    add_dialogue(
        t,
        (
            "My uncle guards a county-level field heritage site in Ngari; what is his monthly wage?",
            answered(WAGE, ["1200元"]),
        ),
        ("and at a site listed by the autonomous region?", answered(WAGE, ["1400元"])),
    )


def build(t: Heldout22Table) -> None:
    _caps(t)
    _corrections(t)
    _topic_switches(t)
    _relics_and_medical(t)
    _continuations(t)
    _greetings_and_malformed(t)
    _other_rules(t)
