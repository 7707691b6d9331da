"""Dialogues: the 6万 cap across a 三级 and a 二级 stay and across a stay and three dialysis months
(one turn in English), the 两病 and 普通门诊 limits across visits; corrections (a level, a tier and
malformed amounts, months, ages and tiers then given); topic switches while a follow-up is pending
(`not_follow_up_for`), then the slot given late; continuations with 那/要是/…呢 that switch the
item or the category of a list (第三十条's 康复器具 → 大型设备 → 美容, 第二十四条's illnesses,
第三条's kinds of relic, the custodians' duties → rights, the training's directions → kinds →
methods, the 三甲 stages, the posts, the 护路岗 by county, the 客运 lines → towns → villages, the
graduates by year, the 基层 projects) or the row of a lookup (第八条's dates, 第二十二条's tiers,
levels and bed fees, 第二十六条's deductible → share → cap); 为什么/为啥/哪条/哪个文件 after
lookups and after results; relic ↔ medical switches; declined follow-ons (那曲, 昌都); greetings.
Every turn was written for this table; figures only from evaluation.phrasings.reference through
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
    OTHER,
    PERIOD,
    ROAD,
    SERIOUS,
    SPECIAL,
    SPLIT,
    TWO,
    WAGE,
)
from evaluation.phrasings.rows import GE, HP, MI, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings35.table import Tune35Table

OUTSIDE = mi("第三十三条")
RELICS = art(RP, "第三条")
KINDS = art(RT, "六、（一）")
METHODS = art(RT, "六、（二）")
DIRECTIONS = art(RT, "六、（四）")
POSTS = art(GE, "三、（一）4.")
GUARDS = art(RD, "二、（三）")
LINES = quote(RD, "托林镇-香孜乡")
BOTH = ["answered", "calculated"]


def _caps(t: Tune35Table) -> None:
    s1 = e.inpatient(250, "三级", "48000")
    s2 = e.inpatient(250, "二级", "30000", 2, paid=paid_after(s1))
    add_dialogue(
        t,
        ("姑姑交的最高档250 开春那会儿在地区三级医院住了一回院 账单四万八", s1),
        ("入秋又住了一次县二级医院 三万", s2),
        ("怎么第二次比例高了 报的钱反而少", answered(CAP, ["6万元"])),
        ("一年封顶这个规定是哪条", answered(CAP, [MI])),
    )
    d1 = e.inpatient(120, "三级", "60000")
    d2 = e.special(120, "慢性肾功能衰竭", "10000", paid=paid_after(d1))
    d3 = e.special(120, "慢性肾功能衰竭", "10000", paid=paid_after(d1, d2))
    d4 = e.special(120, "慢性肾功能衰竭", "20000", paid=paid_after(d1, d2, d3))
    add_dialogue(
        t,
        ("外公交120 今年在三级医院住了一次院 花了六万", d1),
        ("出院后透析办了门特 头一个月门诊一万", d2),
        ("第二个月又是一万", d3),
        ("第三个月用得多 两万 这回报多少", d4),
        ("Why was the third month's dialysis payment so small?", answered(CAP, ["6万元"])),
    )
    t1 = e.two_diseases(["高血压"], "二级", "600")
    add_dialogue(
        t,
        ("外婆高血压 县二级医院两病门诊拿了六百的甲类药 报多少", t1),
        (
            "下个月又拿了八百 还是那家医院",
            e.two_diseases(["高血压"], "二级", "800", paid=paid_after(t1)),
        ),
        ("为啥这回没按六成五报", answered(TWO, ["800元"])),
    )
    g1 = e.general("300")
    add_dialogue(
        t,
        ("小姨今年第一次普通门诊 三百块 报多少", g1),
        ("隔了半个月小姨又去看普通门诊 这回六百", e.general("600", "300")),
        ("怎么第二回才报了这么一点", answered(GENERAL, ["300元"])),
    )


def _corrections(t: Tune35Table) -> None:
    add_dialogue(
        t,
        ("阿佳交一百二 今年头一遭住一级医院 九千块", e.inpatient(120, "一级", "9000")),
        ("不对不对 是县里的二级医院", e.inpatient(120, "二级", "9000")),
        ("要是当初交的250那档呢", e.inpatient(250, "二级", "9000")),
        ("为啥换个档差这么多", answered(INPATIENT, ["90%"])),
    )
    add_dialogue(
        t,
        ("交60 二级医院今年首次住院 金额写的 %%% 帮忙算", e.error("费用")),
        ("发票上看清楚了 八千二", e.inpatient(60, "二级", "8200")),
    )
    add_dialogue(
        t,
        ("舅舅在县级野外点看管了 -2 个月 补助多少", e.error("月")),
        ("打错了 是九个月", e.custodian("县级", 9)),
    )
    add_dialogue(
        t,
        ("帮外婆算参保钱 女 年龄那栏写的 ？？ 岁 她个人交多少", e.error("年龄")),
        ("问了 她今年66", e.enrol(sex="女", age=66)),
    )
    add_dialogue(
        t,
        ("交了 1000 档 三级医院今年头回住院 一万五 报多少", e.error("档次")),
        ("刚才档次记岔了 她交的是二百五那档", e.inpatient(250, "三级", "15000")),
    )


def _topic_switches(t: Tune35Table) -> None:
    add_dialogue(
        t,
        ("姑父交250 今年第一次住乡卫生院 帮忙算算报多少", e.follow_up("inpatient", ["cost"])),
        ("等一下 叫救护车的钱报吗", answered(EXCLUDED, ["急救车费"], not_follow_up_for=["cost"])),
        ("那医院代煎藏药的煎药费呢", answered(EXCLUDED, ["煎药费"])),
        ("住院一共花了三千二", e.inpatient(250, "乡镇卫生院", "3200")),
    )
    add_dialogue(
        t,
        ("强巴在县级野外点看管 补助一共多少", e.follow_up("custodian_pay", ["months"])),
        (
            "插一句 看管员年龄有限制吗",
            answered(art(RC, "第五条"), ["25-50岁"], not_follow_up_for=["months"]),
        ),
        ("那身体方面有要求吗", answered(art(RC, "第五条"), ["身体状况良好"])),
        ("强巴说他在那儿守了半年整", e.custodian("县级", 6)),
    )
    add_dialogue(
        t,
        ("外公冠心病门特 门诊花了两千五 报多少", e.follow_up("special_outpatient", ["tier"])),
        (
            "顺便问下 门特跟住院的钱是不是合在一起算封顶",
            answered(SPECIAL, ["合并累计计算"], not_follow_up_for=["tier"]),
        ),
        ("外公家交的是最高的二百五", e.special(250, "冠心病", "2500")),
    )
    add_dialogue(
        t,
        ("大姨35岁参加居民医保 个人交多少", e.follow_up("contribution", ["tier"])),
        (
            "等等 个人那份钱交给哪个部门",
            answered(mi("第十五条"), ["税务部门"], not_follow_up_for=["tier"]),
        ),
        ("那最晚哪天要交完", answered(PERIOD, ["12月31日"])),
        ("她选最低的60那档", e.enrol(age=35, tier=60)),
    )
    add_dialogue(
        t,
        (
            "婆婆血糖高 两病门诊这次拿了七百块的甲类药 能报多少",
            e.follow_up("two_diseases", ["level"]),
        ),
        ("先问下 乙类药自己要先付几成", answered(TWO, ["10%"], not_follow_up_for=["level"])),
        ("婆婆那药是在昆莎乡卫生院开的", e.two_diseases(["糖尿病"], "乡镇卫生院", "700")),
    )
    add_dialogue(
        t,
        ("岳父在二级医院今年头回住院 花了一万三 报多少", e.follow_up("inpatient", ["tier"])),
        (
            "另外 二级医院床位费一天最多认多少",
            answered(INPATIENT, ["60元/床日"], not_follow_up_for=["tier"]),
        ),
        ("他交的是中间那档120", e.inpatient(120, "二级", "13000")),
    )
    add_dialogue(
        t,
        ("多吉当野外文物看管员十个月 工资多少", e.follow_up("custodian_pay", ["site_level"])),
        (
            "先问个别的 看管员的工资是哪级财政出",
            answered(WAGE, ["地区财政"], not_follow_up_for=["site_level"]),
        ),
        ("他看的是全国重点文保单位", e.custodian("全国重点", 10)),
    )


def _relics_and_medical(t: Tune35Table) -> None:
    add_dialogue(
        t,
        ("受国家保护的文物里 艺术品那类指的是什么", answered(RELICS, ["工艺美术品"])),
        ("那化石这一类呢", answered(RELICS, ["古脊椎动物化石"])),
        ("那认定文物有争议的时候谁来裁定呢", answered(RELICS, ["省级文物行政管理部门"])),
        ("好了文物的问完了 说回医保 住地区三级医院起付线扣多少", answered(INPATIENT, ["400元"])),
    )
    add_dialogue(
        t,
        ("放牧时看到地里露出一段老墙基 该咋办", answered(FIND, ["立即保护现场"])),
        ("那要报告给哪个部门呢", answered(FIND, ["文物行政管理部门"])),
        ("发现文物要报告这一条 出自哪个文件", answered(FIND, [RP])),
        ("换个问题 门特交120能报几成", answered(SPECIAL, ["70%"])),
    )
    add_dialogue(
        t,
        (
            "我们县三处县级野外文保点 全年十二个月看管员的经费该做多少预算",
            e.budget({"县级": 3}, 12),
        ),
        ("那要是换成三处自治区级的呢", e.budget({"自治区级": 3}, 12)),
        ("为什么自治区级的预算更高", answered(WAGE, ["1400元"])),
    )
    add_dialogue(
        t,
        ("野外看管员平时要负责哪些事", answered(art(RC, "第七条"), ["每日巡查"])),
        ("那看管员自己能享受些什么权利呢", answered(art(RC, "第八条"), ["建议和意见"])),
        ("这些权利写在哪条", answered(art(RC, "第八条"), [RC])),
        ("顺便问个医保的 顺产住院报多少", answered(MATERNITY, ["全额报销"])),
    )
    add_dialogue(
        t,
        ("收藏文物的寺庙要配哪些安全设施", answered(art(RP, "第二十八条"), ["防火", "防盗"])),
        ("那寺里文物的档案用什么文字建", answered(art(RP, "第二十四条"), ["藏汉两种文字"])),
        ("那珍贵文物多久复核一遍呢", answered(art(RP, "第二十六条"), ["每年复核一次"])),
    )
    add_dialogue(
        t,
        ("文物专项经费能花在哪些方面", answered(art(RP, "第六条"), ["抢修", "奖励"])),
        ("那利用文物要守哪几个原则呢", answered(art(RP, "第三十五条"), ["合理", "适度"])),
        ("为什么国有文物景区不能拿去抵押", answered(art(RP, "第三十六条"), ["不得转让、抵押"])),
    )


def _lists_and_lookups(t: Tune35Table) -> None:
    add_dialogue(
        t,
        ("医保不管的里面 康复器具有哪些", answered(EXCLUDED, ["假肢", "助听器"])),
        ("那大型检查设备那一类呢", answered(EXCLUDED, ["PET"])),
        ("要是去割眼袋这种美容整形呢", answered(EXCLUDED, ["美容"])),
        ("康复器具大型设备美容这些不报 是实施办法哪一条写的", answered(EXCLUDED, [MI])),
    )
    add_dialogue(
        t,
        ("门特名单里有没有结核病", answered(SPECIAL, ["结核病"])),
        ("那牧区多见的大骨节病呢", answered(SPECIAL, ["大骨节病"])),
        ("那青光眼算不算门特呢", answered(SPECIAL, ["青光眼"])),
        ("门特病种名单出自哪个文件", answered(SPECIAL, [MI])),
    )
    add_dialogue(
        t,
        ("明年的居民医保最晚哪天交完", answered(PERIOD, ["12月31日"])),
        ("那交上以后从哪天开始管用", answered(PERIOD, ["1月1日"])),
        ("要是错过了缴费期呢", answered(PERIOD, ["全额补缴"])),
        ("为什么补缴要交那么多", answered(PERIOD, ["最高筹资标准"])),
    )
    add_dialogue(
        t,
        ("交60的住乡镇卫生院报几成", answered(INPATIENT, ["70%"])),
        ("那交一百二那档的去乡镇卫生院呢", answered(INPATIENT, ["75%"])),
        ("那交二百五的住进地区三级医院呢 几成", answered(INPATIENT, ["85%"])),
        ("这些比例在实施办法哪一条", answered(INPATIENT, [MI])),
    )
    add_dialogue(
        t,
        ("住一级医院 床位费医保一天按多少认", answered(INPATIENT, ["40元/床日"])),
        ("那三级医院的呢", answered(INPATIENT, ["80元/床日"])),
        (
            "交120 三级医院今年第一次住院 一万二 住了12天 床位一天110",
            e.inpatient(120, "三级", "12000", bed_days=12, bed_fee="110"),
        ),
        ("为什么床位费一天一百一 结果没全算进去", answered(INPATIENT, ["80", "床日"])),
    )
    add_dialogue(
        t,
        (
            "办公室搞的文物安全培训 方向上分成哪两种",
            answered(DIRECTIONS, ["理论知识培训", "实践能力培训"]),
        ),
        ("那培训的种类又有哪些呢", answered(KINDS, ["系列讲座", "应急演练"])),
        ("那具体用什么方式来培训呢", answered(METHODS, ["外出受训"])),
        ("这些是哪个文件里规定的", answered(METHODS, [RT])),
    )
    add_dialogue(
        t,
        (
            "创三甲的巩固整改阶段主要干什么",
            answered(art(HP, "三、（一）"), ["落实整改措施"]),
        ),
        ("那动员部署阶段呢", answered(art(HP, "三、（二）"), ["召开动员大会"])),
        ("那动员阶段要营造的口号是什么", answered(art(HP, "三、（二）"), ["医院是我家"])),
    )
    add_dialogue(
        t,
        ("给毕业生开发的口岸查验协管员岗位大约几个", answered(POSTS, ["7 个左右"])),
        ("那面向毕业生的电子商务服务岗位大约开发几个呢", answered(POSTS, ["14 个左右"])),
        ("这些岗位数是哪个文件里定的", answered(POSTS, [GE])),
    )
    add_dialogue(
        t,
        ("生态补偿护路岗里普兰县安排了多少人", answered(GUARDS, ["普兰县 235 人"])),
        ("那噶尔县呢", answered(GUARDS, ["噶尔县 95 人"])),
        ("那札达县呢", answered(GUARDS, ["札达县 78 人"])),
        ("那日土县的呢", answered(GUARDS, ["日土县 237 人"])),
    )
    add_dialogue(
        t,
        (
            "就业规划里预测2024年阿里籍高校毕业生能有多少人",
            answered(quote(GE, "2024年640人左右"), ["640"]),
        ),
        ("那往前推到2021年是多少人呢", answered(quote(GE, "2021年580人"), ["580"])),
        ("那到规划最后一年2025年呢", answered(quote(GE, "2025年660人左右"), ["660"])),
    )
    add_dialogue(
        t,
        ("糖尿病走两病门诊 一年封顶多少", answered(TWO, ["1200元"])),
        ("那高血压糖尿病两样都有呢", answered(TWO, ["2000元"])),
        ("这限额是哪条规定的", answered(TWO, [MI])),
    )
    add_dialogue(
        t,
        ("普通门诊一年累计要先过多少起付线才开始报", answered(GENERAL, ["100元"])),
        ("那超过以后报几成", answered(GENERAL, ["60%"])),
        ("那一年最多报多少呢", answered(GENERAL, ["300元"])),
        ("为什么剩下的额度不能留到明年", answered(GENERAL, ["不可结转"])),
    )
    add_dialogue(
        t,
        ("建档立卡户看门特能多报一点吗", answered(OTHER, ["5%"])),
        (
            "建档立卡的外公交120 门特类风湿门诊一千六",
            e.special(120, "类风湿性关节炎", "1600", poor=True),
        ),
        ("为啥建档立卡户比一般参保人多报", answered(OTHER, ["提高5%"])),
    )
    add_dialogue(
        t,
        ("家里人在外省住院了 入院以后几天之内得备好案", answered(OUTSIDE, ["5日内"])),
        (
            "岳父交120 在西安一家二级医院今年头回住院 一万五千块",
            e.inpatient(120, "二级", "15000", in_area=False),
        ),
        ("为什么去西安住院比在阿里住院报得少", answered(INPATIENT, ["降低10%"])),
    )
    add_dialogue(
        t,
        ("中央补助以外的部分 各级按什么比例分担", answered(SPLIT, ["6:2:2"])),
        ("那人均补助2000 中央出1500 各级分别出多少", e.subsidy_split("2000", "1500")),
        ("这个比例写在哪条", answered(SPLIT, [MI])),
    )
    add_dialogue(
        t,
        ("每个县一年的农村公路养护补贴多少", answered(ROAD, ["100万元/年"], status=BOTH)),
        ("那五个县再加上地区一年一共多少万", e.road(5, True)),
        ("为什么地区那份是三百五十万", answered(quote(RD, "350万元/年"), ["350"], status=BOTH)),
    )
    add_dialogue(
        t,
        ("阿里眼下开通的农村客运线路一共几条", answered(LINES, ["4条"])),
        # fixed after the run: the gold quote is the sentence stating the count (the lines' is another)
        ("那乡镇里通客车的有多少个", answered(quote(RD, "22个乡镇通客车"), ["22个乡镇通客车"])),
        (
            "那一百四十五个建制村里通客车的有几个呢",
            answered(quote(RD, "42个建制村通客车"), ["42个建制村通客车"]),
        ),
        ("跑这几条线的客运车辆是公家还是个人经营", answered(LINES, ["个人经营"])),
    )
    add_dialogue(
        t,
        (
            "表妹刚毕业想去基层锻炼 有哪些基层就业项目能报",
            answered(art(GE, "四、（二）2."), ["三支一扶"]),
        ),
        ("那公益性岗位重点照顾哪些家庭", answered(art(GE, "四、（二）2."), ["低保家庭"])),
        ("那机关事业单位的岗位数量怎么定呢", answered(art(GE, "四、（二）3."), ["编制空缺"])),
    )
    add_dialogue(
        t,
        ("远程医疗平台一共分几个子系统", answered(art(HP, "四、（七）"), ["12 个子系统"])),
        ("那叫得出名字的有哪些呢", answered(art(HP, "四、（七）"), ["远程门诊", "远程会诊"])),
        ("远程平台子系统这些内容出自哪个文件", answered(art(HP, "四、（七）"), [HP])),
    )
    add_dialogue(
        t,
        (
            "看管员要是犯了哪些事 会被取消看管资格",
            answered(art(RC, "第十七条"), ["不履行野外文物看管人员职责"]),
        ),
        ("那要是巡逻日志没如实填呢", answered(art(RC, "第十一条"), ["扣除当月野外看管补助"])),
        (
            "县级点的看管员干了五个月后出了重大看管事故 当年补助还剩多少",
            e.custodian("县级", 5, accident=True),
        ),
    )
    add_dialogue(
        t,
        ("补缴医保 各级财政补助合计750 要补多少", e.late("750")),
        ("为什么连财政那部分也要自己补", answered(PERIOD, ["全额补缴"])),
        ("补完从什么时候开始享受", answered(PERIOD, ["次月起"])),
    )
    add_dialogue(
        t,
        ("文物培训开始了能中途退吗", answered(art(RT, "一、（四）"), ["不得退训"])),
        ("那有特殊原因必须走呢", answered(art(RT, "一、（四）"), ["书面形式"])),
        ("为什么学员被退训还要单位领导写检讨", answered(art(RT, "四、（三）"), ["书面检讨"])),
    )
    add_dialogue(
        t,
        ("阿里参保居民的大病保险由哪一级来统筹", answered(SERIOUS, ["自治区级统筹"])),
        ("那那曲的大病保险呢", declined(SERIOUS)),
        ("阿里的大病保险一年最多赔多少", answered(SERIOUS, ["14万元"])),
    )
    add_dialogue(
        t,
        ("你好 我是左左乡的 想问点医保的事", HELLO),
        ("高血压两病门诊一年报多少", answered(TWO, ["800元"])),
        ("好的好的 明白了 谢谢你啊 扎西德勒", HELLO),
    )
    add_dialogue(
        t,
        ("噶尔县县级野外点的看管员 每个月拿多少工资", answered(WAGE, ["1200"], status=BOTH)),
        ("那昌都那边野外点看管员的工资呢", declined(WAGE)),
        ("行 那阿里自治区级点的呢", answered(WAGE, ["1400"], status=BOTH)),
    )
    add_dialogue(
        t,
        ("儿媳在县二级医院顺产 花了五千六 报多少", e.maternity("二级", "5600")),
        ("那孩子还没参保就住了保温箱呢", answered(MATERNITY, ["先自费结算"])),
        ("这规定在哪一条", answered(MATERNITY, [MI])),
    )


def build(t: Tune35Table) -> None:
    _caps(t)
    _corrections(t)
    _topic_switches(t)
    _relics_and_medical(t)
    _lists_and_lookups(t)
