"""Dialogues: the 6万 cap across two stays, across three dialysis months, across a stay and a
chemotherapy month, across a 门特 month and a later stay (paid nothing), and after one large bill
asked about in English; the 两病 and 普通门诊 limits across visits; malformed amounts, tiers,
levels, ages and month counts, each corrected in the next turn, and corrections naming one field;
为什么/为啥/怎么… after results and after lookups; 哪条/哪一条/哪个文件; topic switches while a
follow-up for cost, tier, level, site level, months, fiscal subsidy, 门特 tier, 两病 level or
contribution tier is pending (`not_follow_up_for`), then the slot given late; continuations on
lookups and lists (the fund's sources, 两公开一承诺, the hospital's six groups, the unpaved villages,
graduates working outside Tibet, training directions and contents, the maintenance company, 第三十条's
classes, the ecological road keepers, the service agreement); relic and medical turns in one
conversation; custodian pay, budgets and road subsidies; English turns; a declined follow-on for
another place; greetings and thanks. Figures only from evaluation.phrasings.reference through
evaluation.phrasings.expect."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_dialogue
from evaluation.phrasings.expect import HELLO, answered, declined, paid_after
from evaluation.phrasings.places import (
    CAP,
    EXCLUDED,
    FIND,
    GENERAL,
    INPATIENT,
    MATERNITY,
    PERIOD,
    ROAD_PREFECTURE,
    SHARE,
    SPECIAL,
    SPLIT,
    TWO,
    WAGE,
)
from evaluation.phrasings.rows import GE, HP, MI, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings24.table import Heldout24Table

BOTH = ["answered", "calculated"]
BUSES = quote(RD, "托林镇-香孜乡")
COMPANY = quote(RD, "公司实行管养分离")


def _caps(t: Heldout24Table) -> None:
    s1 = e.inpatient(250, "三级", "50000")
    s2 = e.inpatient(250, "三级", "35000", 2, paid=paid_after(s1))
    add_dialogue(
        t,
        ("四叔交250 地区三级医院今年第一回住院 五万整", s1),
        ("入秋又住进同一家医院 这是第二回 三万五", s2),
        ("为什么第二回只报了一万多 比例不是八成五吗", answered(CAP, ["6万元"])),
        ("一年最多报六万这个规定在哪一条 我想截图给四叔", answered(CAP, [MI])),
    )
    m1 = e.special(250, "慢性肾功能衰竭", "28000")
    m2 = e.special(250, "慢性肾功能衰竭", "28000", paid=paid_after(m1))
    m3 = e.special(250, "慢性肾功能衰竭", "28000", paid=paid_after(m1, m2))
    add_dialogue(
        t,
        ("老伴做透析办了门特 交的250 一月份透析花了两万八", m1),
        ("二月份透析又花了两万八", m2),
        ("三月份还是两万八 档次没变", m3),
        ("怎么到了三月份报的钱一下子缩水了", answered(CAP, ["6万元"])),
    )
    c1 = e.inpatient(120, "二级", "70000")
    add_dialogue(
        t,
        ("姨夫交120 二级医院今年头回住院 七万", c1),
        (
            "出院以后转门特做化疗 还是120档 门诊一万五",
            e.special(120, "恶性肿瘤", "15000", paid=paid_after(c1)),
        ),
        ("化疗门特报的钱跟住院报的钱 是放一起算年度限额的吗", answered(SPECIAL, ["合并累计计算"])),
        ("合在一起算的说法出自哪个文件", answered(SPECIAL, [MI])),
    )
    add_dialogue(
        t,
        ("外公交60 三级医院今年第一次住院 账单十五万", e.inpatient(60, "三级", "150000")),
        ("Is that really the most the fund will pay him this year?", answered(CAP, ["6万元"])),
    )
    d1 = e.two_diseases(["高血压"], "二级", "900")
    add_dialogue(
        t,
        ("曾祖母高血压走两病门诊 二级医院开了甲类药九百", d1),
        (
            "过了两个月又在同一家开了甲类六百",
            e.two_diseases(["高血压"], "二级", "600", paid=paid_after(d1)),
        ),
        ("为啥这回只给了两百出头 不是按六成五报吗", answered(TWO, ["800元"])),
    )
    add_dialogue(
        t,
        ("今年第一次看普通门诊 垫了四百 统筹能给多少", e.general("400")),
        ("月底又看了一回普通门诊 花了五百", e.general("500", "400")),
        ("怎么这回五百块才报一百二", answered(GENERAL, ["300元"])),
    )
    m = e.special(250, "恶性肿瘤", "70000")
    add_dialogue(
        t,
        ("堂叔放疗走门特 交250 这个月门诊七万", m),
        (
            "下个月他又在二级医院第一次住院 交250 八千",
            e.inpatient(250, "二级", "8000", paid=paid_after(m)),
        ),
        ("为什么这次住院一分钱都不报了", answered(SPECIAL, ["合并累计计算"])),
    )


def _corrections(t: Heldout24Table) -> None:
    add_dialogue(
        t,
        ("表姑交120 二级医院头回住院 花了一万二三", e.error("费用")),
        ("就按一万二千三百算", e.inpatient(120, "二级", "12300")),
        ("为什么一上来先扣掉两百", answered(INPATIENT, ["200元"])),
    )
    add_dialogue(
        t,
        ("交了八十块那档 一级医院第一次住院 六千", e.error("档次")),
        ("搞错了 她交的是一百二那档", e.inpatient(120, "一级", "6000")),
    )
    add_dialogue(
        t,
        ("六级医院住的院 交60 今年第一回 九千", e.error("级别")),
        ("哦不对 是县里那家二级医院", e.inpatient(60, "二级", "9000")),
        ("要是去的是地区的三级医院呢", e.inpatient(60, "三级", "9000")),
        ("为啥去了地区大医院 反倒拿得少了", answered(INPATIENT, ["60%"])),
    )
    add_dialogue(
        t,
        ("曾祖母今年三百一十岁了 参保还要交钱吗", e.error("年龄")),
        ("手滑多打了 她今年八十一", e.enrol(sex="女", age=81)),
        (
            "她这份缴费最后是哪几级财政出的",
            {"status": BOTH, "gold": [SHARE], "answer_contains": ["6:4"]},
        ),
    )
    add_dialogue(
        t,
        ("堂叔在全国重点野外点看管 说今年干了十七个月 工资多少", e.error("月")),
        ("记岔了 是七个月", e.custodian("全国重点", 7)),
        ("一个月一千四这个标准是哪个文件定的", answered(WAGE, [RC])),
    )
    add_dialogue(
        t,
        ("姨夫交250 三级医院今年第一次住院 六万", e.inpatient(250, "三级", "60000")),
        ("不对不对 多打了一个零 其实是六千", e.inpatient(250, "三级", "6000")),
    )
    add_dialogue(
        t,
        ("小舅妈在自治区级野外点看管 干了五个月 工资多少", e.custodian("自治区级", 5)),
        ("说错了 她看的是县级的点", e.custodian("县级", 5)),
        ("为什么县级的每个月少两百", answered(WAGE, ["1200元"])),
    )
    add_dialogue(
        t,
        (
            "我们在汇总札达、普兰、日土这三县 一年下来的四好农村路养护专项补贴有多少万",
            e.road(3, False),
        ),
        ("把地区财政那一份也加进去", e.road(3, True)),
        ("照这样连续三年是多少", e.road(3, True, 3)),
        ("为啥地区财政一年是三百五十万", answered(ROAD_PREFECTURE, ["350万元/年"])),
    )
    add_dialogue(
        t,
        ("寺里一位阿尼去年评上县级爱国守法先进 今年参保她自己交多少", e.enrol(["僧尼县级表彰"])),
        ("要是她评上的是地区级呢", e.enrol(["僧尼地区级表彰"])),
        (
            "补助最后由谁向财政申请 是哪条规定的",
            answered(SHARE, ["县医保局向县级财政部门提出补助申请"]),
        ),
    )


def _topic_switches(t: Heldout24Table) -> None:
    add_dialogue(
        t,
        ("交120 二级医院今年第一回住院 帮我算算能报多少", e.follow_up("inpatient", ["cost"])),
        (
            "先插一句 考古发掘单位要到文物部门备案哪些东西",
            answered(art(RP, "第十八条"), ["发掘执照"], not_follow_up_for=["cost"]),
        ),
        ("回到住院 一共花了七千五", e.inpatient(120, "二级", "7500")),
    )
    add_dialogue(
        t,
        ("三级医院第一次住院 两万一 能报多少", e.follow_up("inpatient", ["tier"])),
        (
            "等下我先岔开一下 咱们这边的文保单位按级别是怎么划分的",
            answered(art(RP, "第十条"), ["自治区级文物保护单位"], not_follow_up_for=["tier"]),
        ),
        ("我交的是250那档", e.inpatient(250, "三级", "21000")),
    )
    add_dialogue(
        t,
        (
            "婶子交的六十档 今年第一次住院 账单一万三 能给报多少",
            e.follow_up("inpatient", ["level"]),
        ),
        (
            "问个别的 医保基金里有没有社会上捐的钱",
            answered(mi("第十六条"), ["社会捐助收入"], not_follow_up_for=["level"]),
        ),
        ("她那次是在乡里卫生院躺的 不是县医院", e.inpatient(60, "乡镇卫生院", "13000")),
    )
    add_dialogue(
        t,
        ("表侄当野外文物看管员十个月了 工资多少", e.follow_up("custodian_pay", ["site_level"])),
        (
            "顺便问下 看管员平时归谁管",
            answered(art(RC, "第三条"), ["共同负责"], not_follow_up_for=["site_level"]),
        ),
        ("忘说了 表侄守的那处是自治区级文保单位", e.custodian("自治区级", 10)),
    )
    add_dialogue(
        t,
        ("四叔在县级野外点当看管员 帮我算下工资", e.follow_up("custodian_pay", ["months"])),
        (
            "选看管员的时候当地哪些群众能优先",
            answered(art(RC, "第十条"), ["已脱贫群众"], not_follow_up_for=["months"]),
        ),
        ("他干满了半年 六个月", e.custodian("县级", 6)),
    )
    add_dialogue(
        t,
        ("断缴了要补缴 算算总共要交多少", e.follow_up("contribution", ["fiscal_subsidy"])),
        (
            "补完以后从哪个时候开始能报销",
            answered(PERIOD, ["次月起"], not_follow_up_for=["fiscal_subsidy"]),
        ),
        ("各级财政补助加起来一共五百八", e.late("580")),
    )
    add_dialogue(
        t,
        ("青光眼门特 这回门诊两千五 能报多少", e.follow_up("special_outpatient", ["tier"])),
        (
            "门特病种里面有没有布鲁菌病",
            answered(SPECIAL, ["布鲁菌病"], not_follow_up_for=["tier"]),
        ),
        ("交的是六十那档", e.special(60, "青光眼", "2500")),
    )
    add_dialogue(
        t,
        ("外公糖尿病两病门诊拿了甲类药八百 报多少", e.follow_up("two_diseases", ["level"])),
        (
            "换个话题 狮泉河镇出发的农村客运线路有哪些",
            answered(BUSES, ["狮泉河镇-扎西岗乡"], not_follow_up_for=["level"]),
        ),
        ("药是在乡镇卫生院开的", e.two_diseases(["糖尿病"], "乡镇卫生院", "800")),
    )
    add_dialogue(
        t,
        ("四十岁的姐夫参加居民医保 个人交多少", e.follow_up("contribution", ["tier"])),
        (
            "先问下 第一次参保登记得带哪些证件",
            answered(mi("第七条"), ["户口簿"], not_follow_up_for=["tier"]),
        ),
        ("他选的是六十块那档", e.enrol(sex="男", age=40, tier=60)),
    )


def _relics_and_medical(t: Heldout24Table) -> None:
    add_dialogue(
        t,
        ("修水渠挖出一块刻着字的老石头 我们该怎么办", answered(FIND, ["立即保护现场"])),
        ("报告以后文物部门一般会怎么处理", answered(FIND, ["抢救性发掘"])),
        (
            "挖的时候手被砸伤住了院 要是认定工伤 居民医保还报吗",
            answered(EXCLUDED, ["工伤保险基金"]),
        ),
        ("工伤不走居民医保 写在办法的哪一条", answered(EXCLUDED, [MI])),
    )
    add_dialogue(
        t,
        ("寺里珍贵文物的档案要用什么文字来记", answered(art(RP, "第二十四条"), ["藏汉两种文字"])),
        ("那寺里在编僧人参保 是谁去办手续", answered(mi("第十一条"), ["寺管会"])),
        ("僧人的缴费补贴 寺管会统计完先报给哪个部门", answered(SHARE, ["县统战、民宗部门"])),
    )
    add_dialogue(
        t,
        (
            "两家国有博物馆互相借展品办展 借出去的期限顶多多长",
            answered(art(RP, "第二十七条"), ["两年"]),
        ),
        ("借来的文物要是弄丢了呢", answered(art(RP, "第二十七条"), ["不得丢失、损毁"])),
        ("另外问一下 博物馆的职工看普通门诊一年最多报多少", answered(GENERAL, ["300元"])),
    )


def _lists_and_lookups(t: Heldout24Table) -> None:
    fund = mi("第十六条")
    add_dialogue(
        t,
        ("居民医保基金的钱从哪几个口子来", answered(fund, ["个人缴费收入", "转移收入"])),
        ("其中哪一项是社会上捐助的", answered(fund, ["社会捐助收入"])),
        ("为什么还鼓励村集体经济组织给村民补缴费", answered(mi("第十九条"), ["差额部分"])),
    )
    duty = art(RP, "第四十条")
    add_dialogue(
        t,
        (
            "三自主两公开一承诺里的两公开 公开的是什么",
            answered(duty, ["消防安全责任人、管理人及其职责"]),
        ),
        ("那一承诺承诺的是啥", answered(duty, ["消防安全承诺"])),
        ("这套要求出自哪个文件 我要写进材料", answered(duty, [RP])),
    )
    visit = art(HP, "三、（三）")
    add_dialogue(
        t,
        ("请区内外专家来培训的那六个小组 名字全说一下", answered(visit, ["行管一组", "院感组"])),
        ("专家培训主要讲哪些东西", answered(visit, ["评审标准内容和评审要求"])),
        ("为什么还要专门跑去林芝日喀则那些医院", answered(visit, ["创建经验及注意事项"])),
    )
    add_dialogue(
        t,
        ("改则县到现在还没通硬化路的村子有哪些", answered(art(RD, "二、"), ["热扎村", "夏龙村"])),
        ("措勤县那边没通的又是哪几个村", answered(art(RD, "二、"), ["加绕村", "查仓村", "诺仓村"])),
        ("这些村的公路通畅任务限定哪年之前完成", answered(art(RD, "第2项"), ["2022年前"])),
    )
    add_dialogue(
        t,
        (
            "2017到2019年通过就业援藏实际去区外就业的毕业生各有几个",
            answered(art(GE, "一、（二）3."), ["27人", "0人", "15人"]),
        ),
        ("为什么去区外就业的这么少", answered(art(GE, "一、（二）3."), ["积极性不高"])),
        ("那本地企业吸纳毕业生的情况又怎么样", answered(art(GE, "一、（二）2."), ["吸引力不足"])),
    )
    add_dialogue(
        t,
        (
            "听说文物安全培训分方向 具体是哪几个方向来着",
            answered(art(RT, "六、（四）"), ["理论知识培训"]),
        ),
        ("那培训内容包括哪些 一样不落", answered(art(RT, "六、（三）"), ["案例分析", "试卷考核"])),
        ("怎么保证培训真有效果", answered(art(RT, "三、（四）"), ["培训效果评估办法"])),
    )
    add_dialogue(
        t,
        ("县级养护公司主要干哪些事", answered(COMPANY, ["管养分离", "自负盈亏"])),
        ("招人的时候优先聘谁", answered(COMPANY, ["当地高校毕业生和建档立卡贫困户"])),
        ("为什么简易养护活非要雇当地农民", answered(COMPANY, ["转移就业和增收"])),
    )
    add_dialogue(
        t,
        ("居民医保不给付的治疗项目类都有啥", answered(EXCLUDED, ["近视眼矫正术", "洁牙"])),
        ("诊疗设备和医用材料那一类又有哪些", answered(EXCLUDED, ["电子束CT"])),
        ("怎么连助听器这种东西都不报", answered(EXCLUDED, ["助听器"])),
    )
    keepers = art(RD, "二、（三）")
    add_dialogue(
        t,
        ("生态补偿农村公路养护岗位 革吉县安排了多少人", answered(keepers, ["革吉县459人"])),
        ("隔壁改则县安排的人数是多少", answered(keepers, ["改则县358人"])),
        ("为什么说要规范管理这些养护员 他们由谁考核", answered(keepers, ["县交通运输局、扶贫办"])),
    )
    deal = mi("第三十六条")
    add_dialogue(
        t,
        ("医药服务协议里要写明哪些内容", answered(deal, ["服务对象", "违约责任"])),
        ("签完以后平常的监督管理由谁来做", answered(deal, ["各县医保部门"])),
        ("协议内容这些规定在办法的哪一条", answered(deal, [MI])),
    )
    sample = art(RP, "第二十三条")
    add_dialogue(
        t,
        ("出土文物想做成标本 需要哪些部门同意", answered(sample, ["自治区文物行政管理部门同意"])),
        ("为啥除了自治区 本地文物部门也得点头", answered(sample, ["本行政区域文物行政管理部门"])),
    )


def _results_and_greetings(t: Heldout24Table) -> None:
    add_dialogue(
        t,
        ("你好 扎西德勒 想问个医保的事", HELLO),
        ("三姨建档立卡 一级医院头回住院 交120 九千", e.inpatient(120, "一级", "9000", poor=True)),
        ("为什么她比一般人多报了一些", answered(mi("第二十九条"), ["提高5%"])),
        ("好的明白了 辛苦你啦 谢谢", HELLO),
    )
    add_dialogue(
        t,
        ("财政补助一共一千二 中央出了四百 县里要出多少", e.subsidy_split("1200", "400")),
        ("为啥剩下的是这么个分法", answered(SPLIT, ["6:2:2"])),
    )
    add_dialogue(
        t,
        ("弟媳在二级医院顺产 合规费用四千五 医保报多少", e.maternity("二级", "4500")),
        ("为什么弟媳这次生娃 一分起付线都没扣 直接全给报了", answered(MATERNITY, ["全额报销"])),
        ("那新生儿住院花的钱又怎么报", answered(MATERNITY, ["先自费结算"])),
    )
    add_dialogue(
        t,
        (
            "两处全国重点一处县级野外文物点 半年的看管经费预算多少",
            e.budget({"全国重点": 2, "县级": 1}, 6),
        ),
        ("怎么每一处都按两个人来算", answered(WAGE, ["2名看管人员"])),
    )
    add_dialogue(
        t,
        (
            "村里守县级点的大哥 干到第八个月点上出了重大看管事故 人被解聘了 这一年的看管补助还能剩下多少",
            e.custodian("县级", 8, accident=True),
        ),
        (
            "为什么前面干的几个月也一分没有",
            answered(art(RC, "第十一条"), ["扣除当年野外文物看管补助"]),
        ),
    )
    add_dialogue(
        t,
        (
            "If my aunt stays in a township clinic in Ngari, what deductible applies to her stay?",
            answered(INPATIENT, ["100元"]),
        ),
        ("那要是住的是三级医院 起付线是多少", answered(INPATIENT, ["400元"])),
        ("怎么同一年第二次住院起付线又不一样了", answered(INPATIENT, ["70%"])),
    )
    add_dialogue(
        t,
        ("阿里居民医保的两病门诊 光有高血压一年限额多少", answered(TWO, ["800元"])),
        ("那西藏林芝那边的呢", declined(TWO)),
        ("回到阿里 光有糖尿病的限额呢", answered(TWO, ["1200元"])),
    )
    add_dialogue(
        t,
        (
            "建档立卡户的外公六十六了 男的 参保个人交多少",
            e.enrol(["建档立卡贫困人员"], sex="男", age=66),
        ),
        (
            "为啥他连建档立卡那六十块也不用交",
            {"status": BOTH, "gold": [SHARE], "answer_contains": ["男年满 65 周岁"]},
        ),
    )


def build(t: Heldout24Table) -> None:
    _caps(t)
    _corrections(t)
    _topic_switches(t)
    _relics_and_medical(t)
    _lists_and_lookups(t)
    _results_and_greetings(t)
