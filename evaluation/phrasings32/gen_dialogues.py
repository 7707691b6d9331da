"""Dialogues: the 6万 cap across two stays, across a stay and a 门特 course and across two 门特 bills
(one turn in English), the 两病 and 普通门诊 limits across visits; corrections (a malformed amount,
age, month count or tier then given; a tier, an identity and a level changed); topic switches while
a follow-up is pending (`not_follow_up_for`), then the slot given late; continuations on lookups and
lists (the fund's incomes, the training's forms and contents, unpaved villages by county, the 三甲
stages, the keepers' duties and rights, 第三十条's classes, graduates by year, the bus lines, new
staff, dismissals, the 文物犯罪 actions, the 公示栏, the upkeep company, civil-service posts); 为什么/
为啥/怎么 and 哪条/哪个文件 after lookups and after results; relic ↔ medical switches; budgets, roads
and person switches; greetings and declined follow-ons. Every turn was written for this table;
figures only from evaluation.phrasings.reference through evaluation.phrasings.expect."""

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
    LATE,
    MATERNITY,
    OTHER,
    SHARE,
    SPECIAL,
    SPLIT,
    TWO,
    WAGE,
)
from evaluation.phrasings.rows import GE, HP, MI, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings32.table import Heldout32Table

PHOTO = art(RP, "第三十七条")
COPY = art(RP, "第三十九条")
CRIME = art(RP, "第四十四条")
DUTIES = art(RC, "第七条")
DISMISS = art(RC, "第十一条")
UNPAVED = art(RD, "二、")
BUS = art(RD, "二、（四）")
LINES = quote(RD, "现有农村客运线路4条")
UPKEEP = quote(RD, "养护公司主要职能")
STAFF = art(HP, "四、（十）")
YEARS = art(GE, "一、（二）1.")
JOBS = art(GE, "三、（一）3.")
NOTICE = mi("第四十条")


def _caps(t: Heldout32Table) -> None:
    s1 = e.inpatient(250, "三级", "52000")
    s2 = e.inpatient(250, "三级", "25000", 2, paid=paid_after(s1))
    add_dialogue(
        t,
        ("大伯交250档 地区三级医院今年头一回住院 花了五万二", s1),
        ("年底又住进去一次 还是那家 这回两万五", s2),
        ("为什么第二次报得这么少 才一万出头", answered(CAP, ["6万元"])),
        ("一年六万这个顶 是哪条规定定的", answered(CAP, [MI])),
    )
    h1 = e.inpatient(120, "二级", "70000")
    m1 = e.special(120, "慢性肾功能衰竭", "15000", paid=paid_after(h1))
    add_dialogue(
        t,
        ("小姑父交120 县二级医院今年第一次住院 七万", h1),
        ("他还有尿毒症透析办了门特 这个月门诊一万五 能报多少", m1),
        ("怎么门特也被砍了 住院和门特是放一起算的吗", answered(SPECIAL, ["合并累计计算"])),
    )
    a1 = e.special(250, "恶性肿瘤", "40000")
    a2 = e.special(250, "恶性肿瘤", "30000", paid=paid_after(a1))
    add_dialogue(
        t,
        ("舅舅交250 肺癌化疗办了门特 头一笔门诊四万", a1),
        ("第二个疗程又花了三万", a2),
        ("Why was the second bill not paid at 90 percent?", answered(CAP, ["6万元"])),
    )
    t1 = e.two_diseases(["高血压"], "二级", "800")
    t2 = e.two_diseases(["高血压"], "二级", "700", paid=paid_after(t1))
    add_dialogue(
        t,
        ("阿爸血压一直偏高 上半年在县里二级医院两病门诊开了八百块的甲类药", t1),
        ("下半年又开了七百的甲类药 同一家", t2),
        ("为啥第二次只报了两百多", answered(TWO, ["800元"])),
    )
    g1 = e.general("250")
    g2 = e.general("500", "250")
    add_dialogue(
        t,
        ("今年头一次去看普通门诊 自己掏了二百五 先算这一笔", g1),
        ("过了俩月又看了一回 花了五百", g2),
        ("普通门诊一年封顶是多少来着", answered(GENERAL, ["300元"])),
    )
    add_dialogue(
        t,
        ("媳妇在地区三级医院生的娃 合规费用一万二 报多少", e.maternity("三级", "12000")),
        ("为什么生娃这笔一分起付线都没扣 全额都给报了", answered(MATERNITY, ["全额报销"])),
    )


def _corrections(t: Heldout32Table) -> None:
    add_dialogue(
        t,
        ("表哥交的120档 今年头一回住进县二级医院 花了大概一万七八千的样子", e.error("费用")),
        ("翻了发票 准确是一万七千三", e.inpatient(120, "二级", "17300")),
    )
    add_dialogue(
        t,
        ("外婆 女 今年两百岁 参保个人交多少", e.error("年龄")),
        ("打错字了 是七十二岁", e.enrol(sex="女", age=72)),
    )
    add_dialogue(
        t,
        ("小舅在县级野外文物点看管 今年干了十五个月 工资多少", e.error("月")),
        ("刚才说岔了 他今年实际只守了五个月", e.custodian("县级", 5)),
    )
    add_dialogue(
        t,
        ("二爸交了八十块的档 一级医院第一次住院 六千 报多少", e.error("档次")),
        ("不对不对 是60档", e.inpatient(60, "一级", "6000")),
    )
    add_dialogue(
        t,
        ("三叔交60 三级医院今年第一次住院 两万 报多少", e.inpatient(60, "三级", "20000")),
        ("我记混了 三叔今年交的其实是250档", e.inpatient(250, "三级", "20000")),
        ("为啥档次不一样差这么多", answered(INPATIENT, ["85%"])),
    )
    add_dialogue(
        t,
        ("隔壁大哥是低保户 参保个人交多少", e.enrol(["低保对象"])),
        ("问错了 他是建档立卡的 不是低保", e.enrol(["建档立卡贫困人员"])),
        ("建档立卡那190块是谁给出的", answered(SHARE, ["医疗救助资金代为缴纳"])),
    )
    add_dialogue(
        t,
        ("二姐交的120档 今年头一回住在一级医院 账单是八千块", e.inpatient(120, "一级", "8000")),
        ("哦不 是二级医院", e.inpatient(120, "二级", "8000")),
        ("怎么一级二级算出来一样", answered(INPATIENT, ["75%"])),
    )


def _topic_switches(t: Heldout32Table) -> None:
    add_dialogue(
        t,
        ("干妈交250 二级医院今年头回住院 帮忙算下", e.follow_up("inpatient", ["cost"])),
        (
            "先插一句 二级医院床位费按多少一天算",
            answered(INPATIENT, ["60元/床日"], not_follow_up_for=["cost"]),
        ),
        ("好的 干妈这次住院结账单一共是一万二", e.inpatient(250, "二级", "12000")),
    )
    add_dialogue(
        t,
        ("姑父三级医院今年第一次住院 花了三万", e.follow_up("inpatient", ["tier"])),
        ("等下 寺里的壁画让不让拍照", answered(PHOTO, ["不得拍摄"], not_follow_up_for=["tier"])),
        ("回到刚才 他交的是120", e.inpatient(120, "三级", "30000")),
        ("三级医院的起付线扣的是多少", answered(INPATIENT, ["400元"])),
    )
    add_dialogue(
        t,
        ("老姨交60 今年第一次住院 花了五千", e.follow_up("inpatient", ["level"])),
        (
            "顺便问 连着住院超过半年怎么结账",
            answered(INPATIENT, ["每180天做一次住院结算"], not_follow_up_for=["level"]),
        ),
        ("她住的是乡镇卫生院", e.inpatient(60, "乡镇卫生院", "5000")),
    )
    add_dialogue(
        t,
        ("表弟守野外文物点六个月了 工资多少", e.follow_up("custodian_pay", ["site_level"])),
        (
            "对了 看管员每天都要干啥",
            answered(DUTIES, ["每日巡查"], not_follow_up_for=["site_level"]),
        ),
        ("他守的那个是全国重点", e.custodian("全国重点", 6)),
    )
    add_dialogue(
        t,
        ("侄女在县级野外点看管 总共能拿多少", e.follow_up("custodian_pay", ["months"])),
        (
            "插个话 看管协议书最长能签多久",
            answered(art(RC, "第十三条"), ["不得超过一年"], not_follow_up_for=["months"]),
        ),
        ("她干了十个月", e.custodian("县级", 10)),
    )
    add_dialogue(
        t,
        ("阿爸冠心病门特 门诊花了六千 报多少", e.follow_up("special_outpatient", ["tier"])),
        (
            "先问下门特报销设不设起付线",
            answered(SPECIAL, ["不设起付线"], not_follow_up_for=["tier"]),
        ),
        ("翻了缴费凭条 阿爸交的是250那档", e.special(250, "冠心病", "6000")),
    )
    add_dialogue(
        t,
        ("阿妈糖尿病两病门诊 甲类药一千五 报多少", e.follow_up("two_diseases", ["level"])),
        ("另外 乙类药自己先掏几成", answered(TWO, ["10%"], not_follow_up_for=["level"])),
        ("药是在县里二级医院开的", e.two_diseases(["糖尿病"], "二级", "1500")),
    )
    add_dialogue(
        t,
        ("要把去年断的医保补上 算算一共交多少", e.follow_up("contribution", ["fiscal_subsidy"])),
        (
            "补上以后从哪个月能开始报",
            answered(LATE, ["次月起"], not_follow_up_for=["fiscal_subsidy"]),
        ),
        ("各级财政补贴合计是680", e.late("680")),
    )
    add_dialogue(
        t,
        (
            "今年第一次去看普通门诊 不知道能报多少 帮我算算",
            e.follow_up("general_outpatient", ["cost"]),
        ),
        ("普通门诊的起付线是多少", answered(GENERAL, ["100元"], not_follow_up_for=["cost"])),
        ("花了四百五", e.general("450")),
    )


def _relics_and_medical(t: Heldout32Table) -> None:
    add_dialogue(
        t,
        ("在草场上挖出一个旧铜壶 像是老东西 该咋办", answered(FIND, ["立即保护现场"])),
        ("为什么不能自己留着", answered(FIND, ["藏匿"])),
        (
            "话说回来 我妈交250 乡卫生院今年第一次住院三千 报多少",
            e.inpatient(250, "乡镇卫生院", "3000"),
        ),
        ("乡卫生院的报销比例是几成", answered(INPATIENT, ["90%"])),
    )
    add_dialogue(
        t,
        (
            "我自己交的250档 今年第一次在一级医院住院 花了一万整 能报多少",
            e.inpatient(250, "一级", "10000"),
        ),
        ("另外问下 文物能不能自己复制一批拿去卖", answered(COPY, ["未经批准"])),
        ("不准私自复制文物这条规定 写在哪个文件里", answered(COPY, [RP])),
        ("回到医保 一级医院的起付线是多少", answered(INPATIENT, ["200元"])),
    )


def _lookups_and_lists(t: Heldout32Table) -> None:
    add_dialogue(
        t,
        (
            "医保基金由哪几项收入组成",
            answered(mi("第十六条"), ["个人缴费收入", "社会捐助收入"]),
        ),
        ("其中社会捐助那块具体指啥", answered(mi("第十九条"), ["乡村集体经济组织"])),
        ("为什么要让集体经济组织来补", answered(mi("第十九条"), ["差额部分给予补助"])),
    )
    add_dialogue(
        t,
        (
            "文物安全培训的方式有哪几种",
            answered(art(RT, "六、（二）"), ["集中培训", "分类培训", "专题性培训", "外出受训"]),
        ),
        (
            "那培训具体都安排些什么内容 有没有考试",
            answered(art(RT, "六、（三）"), ["视听", "操作", "演练", "案例分析", "试卷考核"]),
        ),
        ("培训方式和内容这些说法 出自哪个文件", answered(art(RT, "六、（三）"), [RT])),
    )
    add_dialogue(
        t,
        (
            "措勤县到现在还有哪几个建制村没通硬化路 帮我列一下",
            answered(UNPAVED, ["加绕村", "查仓村", "诺仓村"]),
        ),
        ("那革吉县的呢", answered(UNPAVED, ["却藏村", "塞利普村", "羌堆村"])),
        ("为什么把这些村通路当成兜底任务", answered(UNPAVED, ["兜底"])),
    )
    add_dialogue(
        t,
        (
            "创三甲的七个阶段是哪七个",
            answered(
                art(HP, "三、"),
                [
                    "巩固整改",
                    "动员部署",
                    "自查整改",
                    "完善提高",
                    "初次评审",
                    "正式评审",
                    "巩固提升",
                ],
            ),
        ),
        ("初次评审的专家是谁来组织", answered(art(HP, "三、（五）"), ["组织初审专家"])),
        ("为啥要先去拉萨 日喀则 林芝参观", answered(art(HP, "三、（三）"), ["学习“三甲”创建经验"])),
    )
    add_dialogue(
        t,
        (
            "我弟弟刚当上野外看管员 他平时主要得负责哪些事",
            answered(DUTIES, ["每日巡查", "严守国家文物机密"]),
        ),
        ("他们又享有哪些权利", answered(art(RC, "第八条"), ["获取有关文物宣传资料"])),
        ("为什么看管员还得保密", answered(DUTIES, ["不得擅自对外提供"])),
    )
    add_dialogue(
        t,
        ("医保不给付的生活服务类费用有哪些", answered(EXCLUDED, ["急救车费", "膳食费", "陪护费"])),
        ("那治疗项目类里有什么", answered(EXCLUDED, ["血液保存费", "洁牙"])),
        ("医保不给付这些费用 是办法里哪一条规定的", answered(EXCLUDED, [MI])),
    )
    add_dialogue(
        t,
        ("2020到2025年每年毕业生预测多少人", answered(YEARS, ["2020年591人", "2025年660人左右"])),
        ("六年加起来大概多少", answered(YEARS, ["3700人左右"])),
        ("为什么说就业总量的压力会一直在", answered(YEARS, ["就业总量压力长期存在"])),
    )
    add_dialogue(
        t,
        ("阿里全地区眼下一共开了几条农村客运线路 都是哪几条", answered(LINES, ["4条"])),
        ("这些车现在是谁在经营", answered(LINES, ["均属于个人经营"])),
        ("以后措勤那几个县准备交给谁", answered(BUS, ["地区交通实业发展总公司"])),
    )
    add_dialogue(
        t,
        (
            "医院新增的医务人员高级中级初级各多少",
            answered(STAFF, ["高级10人", "中级89人", "初级85人"]),
        ),
        ("人才引进那块解决多少人", answered(STAFF, ["人才引进解决30人"])),
        ("怎么还要搞机构编制总量管理", answered(STAFF, ["机构编制总量管理"])),
    )
    add_dialogue(
        t,
        (
            "看管员要是犯了哪些事 会被文物部门解聘",
            answered(art(RC, "第十七条"), ["不履行野外文物看管人员职责"]),
        ),
        ("那要是看的点出了重大看管事故 怎么处理", answered(DISMISS, ["立即解聘"])),
        ("这些规定是哪个文件里的", answered(DISMISS, [RC])),
    )
    add_dialogue(
        t,
        ("打击文物犯罪要跟哪些部门配合", answered(CRIME, ["海关", "生态环境"])),
        ("为啥连海关都要拉进来", answered(CRIME, ["走私文物"])),
    )
    add_dialogue(
        t,
        ("定点医院公示栏要定期公示什么", answered(NOTICE, ["参保人员待遇支付情况"])),
        ("个人隐私也要公示出来吗", answered(NOTICE, ["涉及个人隐私内容除外"])),
        ("公示栏不公开个人隐私这个说法出自哪一条", answered(NOTICE, [MI])),
    )
    add_dialogue(
        t,
        ("县养护公司优先聘用哪些人", answered(UPKEEP, ["当地高校毕业生和建档立卡贫困户"])),
        ("为什么雇当地农民不能少于六成", answered(UPKEEP, ["转移就业和增收"])),
    )
    add_dialogue(
        t,
        ("地区内的基层公职岗位每年大概能放出来多少个给毕业生", answered(JOBS, ["50个左右"])),
        ("河北陕西的事业单位岗位呢", answered(JOBS, ["不少于200个事业单位岗位"])),
        ("为啥要往河北陕西送人", answered(art(GE, "三、（二）6."), ["区外就业品牌"])),
    )


def _budgets_roads_people(t: Heldout32Table) -> None:
    sites = {"县级": 2, "自治区级": 1}
    add_dialogue(
        t,
        ("两个县级一个自治区级野外点 一年看管经费多少", e.budget(sites, 12)),
        ("那要是只给他们发半年的工资 预算是多少", e.budget(sites, 6)),
        ("为什么每个文保点都要按两个看管员来算钱", answered(WAGE, ["每处安排2名看管人员"])),
    )
    add_dialogue(
        t,
        ("先算五个县 一年下来四好农村路养护专项补贴合计多少万", e.road(5, False)),
        ("要是地区财政出的那笔也得算上 五个县一年合起来变成多少万", e.road(5, True)),
        ("连续两年一共呢", e.road(5, True, 2)),
    )
    add_dialogue(
        t,
        (
            "老爸建档立卡 交250 二级医院今年第一次住院 两万",
            e.inpatient(250, "二级", "20000", poor=True),
        ),
        ("我妈不是建档立卡 也交250 二级医院 也是两万", e.inpatient(250, "二级", "20000")),
        ("为什么我爸能多报一些", answered(OTHER, ["提高5%报销比例"])),
    )
    add_dialogue(
        t,
        ("外公六十七 男 参保个人交多少", e.enrol(sex="男", age=67)),
        ("外婆五十八 女 选120档呢", e.enrol(sex="女", age=58, tier=120)),
        ("为啥外公不用交钱", answered(SHARE, ["男年满65周岁"])),
    )
    add_dialogue(
        t,
        ("人均财政补助1800 中央拿了900 剩下怎么分", e.subsidy_split("1800", "900")),
        ("为什么剩下的钱里面自治区要出得最多", answered(SPLIT, ["6:2:2"])),
    )
    add_dialogue(
        t,
        (
            "交120 二级医院第一次住院 一万 住了5天 床位一天一百",
            e.inpatient(120, "二级", "10000", bed_days=5, bed_fee="100"),
        ),
        ("超出来的床位费为啥不给报", answered(INPATIENT, ["60元/床日"])),
    )


def _greetings_and_declines(t: Heldout32Table) -> None:
    add_dialogue(
        t,
        ("你好呀 想咨询点医保的事", HELLO),
        ("在阿里的三级医院住院 起付线要扣多少钱", answered(INPATIENT, ["400元"])),
        ("那拉萨市本地参保的居民 他们的住院起付线呢", declined(INPATIENT)),
        ("好 谢谢啦", HELLO),
    )
    add_dialogue(
        t,
        ("扎西德勒 我是措勤的牧民 想打听个门特的事", HELLO),
        ("2019年门特报销比例是多少", declined(SPECIAL)),
        ("那现在的呢 交250档", answered(SPECIAL, ["90%"])),
    )
    add_dialogue(
        t,
        ("县级野外文物点的看管员 一个月工资能拿多少", answered(WAGE, ["1200元"])),
        ("日喀则那边的看管员呢", declined(WAGE)),
        ("知道了 多谢", HELLO),
    )


def build(t: Heldout32Table) -> None:
    _caps(t)
    _corrections(t)
    _topic_switches(t)
    _relics_and_medical(t)
    _lookups_and_lists(t)
    _budgets_roads_people(t)
    _greetings_and_declines(t)
