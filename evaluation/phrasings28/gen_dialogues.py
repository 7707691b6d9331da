"""Dialogues: the 6万 cap across two stays, across dialysis months, across a stay and a
chemotherapy course and after one large bill asked about in English; the 两病 1200 limit and the
普通门诊 300 limit across visits; malformed inputs then corrected (一万七八, 二十五个月, 九十块那档,
七级医院, 二百三十岁); corrections of a tier, an identity, a level; topic switches while a follow-up
for cost, tier, level, site level, months, 门特 tier, 两病 level, fiscal subsidy, contribution tier
or general-outpatient cost is pending (`not_follow_up_for`), each returning with only the missing
slot; 为什么/为啥/怎么 after results and after lookups; 哪个文件/哪一条; continuations on lookups and
lists (the fund's sources, the training contents, directions and forms, the unpaved villages of
札达 and 措勤, the 三甲 stages, the keepers' duties, the upkeep company, graduates' posts and
yearly numbers, the bus lines and vehicles, 第三十条's classes, the hospital's new staff); relic
and medical turns in one conversation; custodian budgets and road subsidies over years; person
switches; maternity; greetings; declined follow-ons for 日喀则 and 那曲. Figures only from
evaluation.phrasings.reference through evaluation.phrasings.expect."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_dialogue
from evaluation.phrasings.expect import HELLO, answered, declined, paid_after
from evaluation.phrasings.places import (
    CAP,
    EXCLUDED,
    GENERAL,
    GRADUATES,
    INPATIENT,
    LATE,
    MATERNITY,
    OTHER,
    ROAD_PREFECTURE,
    SHARE,
    SPECIAL,
    TWO,
    WAGE,
)
from evaluation.phrasings.rows import GE, HP, MI, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings28.table import Heldout28Table

BOTH = ["answered", "calculated"]
UPKEEP = quote(RD, "养护公司主要职能")
LINES = quote(RD, "现有农村客运线路4条")
STAFF = art(HP, "四、（十）")
YEARS = art(GE, "一、（二）1.")
POSTS = art(GE, "三、（一）3.")


def _caps(t: Heldout28Table) -> None:
    s1 = e.inpatient(250, "三级", "52000")
    s2 = e.inpatient(250, "三级", "30000", 2, paid=paid_after(s1))
    add_dialogue(
        t,
        ("二舅妈交250 在地区人民医院三级 今年头回住院 五万二", s1),
        ("到了秋天又住进同一家医院 这是第二回 三万", s2),
        ("为啥第二回只报了一万六出头", answered(CAP, ["6万元"])),
        ("一年六万封顶写在哪一条 我截图给她", answered(CAP, [MI])),
    )
    m1 = e.special(120, "慢性肾功能衰竭", "40000")
    m2 = e.special(120, "慢性肾功能衰竭", "40000", paid=paid_after(m1))
    m3 = e.special(120, "慢性肾功能衰竭", "40000", paid=paid_after(m1, m2))
    add_dialogue(
        t,
        ("大伯肾衰透析办了门特 交120 上半年门诊花了四万", m1),
        ("下半年透析又是四万", m2),
        ("年底又补了一笔透析费用 还是四万整", m3),
        ("怎么最后这笔只报了四千块", answered(CAP, ["6万元"])),
    )
    c1 = e.inpatient(60, "二级", "90000")
    add_dialogue(
        t,
        ("姑奶奶交60 二级医院今年第一次住院 九万", c1),
        (
            "出院后转门特做化疗 还是60档 门诊一万",
            e.special(60, "恶性肿瘤", "10000", paid=paid_after(c1)),
        ),
        ("门特和住院是不是在同一个年度上限里算", answered(SPECIAL, ["合并累计计算"])),
    )
    add_dialogue(
        t,
        ("舅爷交120 一级医院今年头回住院 九万五", e.inpatient(120, "一级", "95000")),
        ("Why did the fund stop at sixty thousand for him?", answered(CAP, ["6万元"])),
    )
    d1 = e.two_diseases(["糖尿病"], "二级", "1500")
    add_dialogue(
        t,
        ("表嫂糖尿病 在二级医院两病门诊开了一千五的甲类药", d1),
        (
            "过了两个月又在那家医院开了六百甲类",
            e.two_diseases(["糖尿病"], "二级", "600", paid=paid_after(d1)),
        ),
        ("为什么这一回只给了两百多", answered(TWO, ["1200元"])),
    )
    add_dialogue(
        t,
        ("外孙今年第一次看普通门诊 花了三百五", e.general("350")),
        ("后来又看了一回 花了四百", e.general("400", "350")),
        ("年底又去了一趟 二百", e.general("200", "750")),
        ("怎么第三趟一分钱没报", answered(GENERAL, ["300元"])),
    )


def _corrections(t: Heldout28Table) -> None:
    add_dialogue(
        t,
        ("表姨夫交120 二级医院头回住院 花了一万七八", e.error("费用")),
        ("刚翻出发票 是一万七千八", e.inpatient(120, "二级", "17800")),
        ("为什么算之前要先扣掉两百", answered(INPATIENT, ["200元"])),
    )
    add_dialogue(
        t,
        ("小舅子在县级野外文物点看管 干了二十五个月 今年工资多少", e.error("月")),
        ("说错了 今年是五个月", e.custodian("县级", 5)),
        ("一个月一千二是哪个文件规定的", answered(WAGE, [RC])),
    )
    add_dialogue(
        t,
        ("交了九十块那档 一级医院第一次住院 八千", e.error("档次")),
        ("记岔了 是120那档", e.inpatient(120, "一级", "8000")),
    )
    add_dialogue(
        t,
        ("交250 七级医院头回住院 六千", e.error("级别")),
        ("不好意思手滑 是二级医院", e.inpatient(250, "二级", "6000")),
    )
    add_dialogue(
        t,
        ("大伯今年二百三十岁 男 参保还交钱吗", e.error("年龄")),
        ("打错了 是六十七岁", e.enrol(sex="男", age=67)),
    )
    add_dialogue(
        t,
        ("三姑交60 三级医院第一次住院 两万", e.inpatient(60, "三级", "20000")),
        ("等下 她其实交的是250", e.inpatient(250, "三级", "20000")),
        ("要是当初住的是二级医院呢", e.inpatient(250, "二级", "20000")),
    )
    add_dialogue(
        t,
        ("堂弟媳是特困供养人员 参保自己出多少", e.enrol(["特困供养人员"])),
        ("搞错了 她家是建档立卡户 不是特困", e.enrol(["建档立卡贫困人员"])),
        (
            "为什么建档立卡还得自己掏六十",
            {"status": BOTH, "gold": [SHARE], "answer_contains": ["个人缴费 60 元"]},
        ),
    )


def _topic_switches(t: Heldout28Table) -> None:
    add_dialogue(
        t,
        ("三姑交120 今年第一次住三级医院 帮忙算算", e.follow_up("inpatient", ["cost"])),
        (
            "插一句 维修文保单位的方案 同级文物部门同意以后还要报哪里备案",
            answered(
                art(RP, "第十五条"),
                ["报上一级文物行政管理部门备案"],
                not_follow_up_for=["cost"],
            ),
        ),
        ("住院一共花了两万二", e.inpatient(120, "三级", "22000")),
        ("为什么三级医院只按七成报", answered(INPATIENT, ["70%"])),
    )
    add_dialogue(
        t,
        ("二级医院头回住院 一万一 能报多少", e.follow_up("inpatient", ["tier"])),
        (
            "先问别的 两病门诊的乙类药个人先付多少",
            answered(TWO, ["10%"], not_follow_up_for=["tier"]),
        ),
        ("我交的是60的", e.inpatient(60, "二级", "11000")),
    )
    add_dialogue(
        t,
        ("交250 今年第一次住院 一万五 报多少", e.follow_up("inpatient", ["level"])),
        (
            "顺便问 看管员签完协议书要报哪里",
            answered(art(RC, "第九条"), ["备案"], not_follow_up_for=["level"]),
        ),
        ("我记得她那回住的是镇上那家一级医院", e.inpatient(250, "一级", "15000")),
    )
    add_dialogue(
        t,
        ("小舅子当野外文物看管员九个月了 工资多少", e.follow_up("custodian_pay", ["site_level"])),
        (
            "对了 一处野外点配几个看管员",
            answered(WAGE, ["2名"], not_follow_up_for=["site_level"]),
        ),
        ("他守的是自治区级的点", e.custodian("自治区级", 9)),
    )
    add_dialogue(
        t,
        ("大伯在全国重点野外点当看管员 工资一共多少", e.follow_up("custodian_pay", ["months"])),
        (
            "另外看管员自己有哪些权利",
            answered(art(RC, "第八条"), ["提出建议和意见"], not_follow_up_for=["months"]),
        ),
        ("到目前为止他一共守了四个月", e.custodian("全国重点", 4)),
    )
    add_dialogue(
        t,
        ("舅爷痛风走门特 这回门诊两千六 能报多少", e.follow_up("special_outpatient", ["tier"])),
        (
            "先岔开一下 门特有没有起付线",
            answered(SPECIAL, ["不设起付线"], not_follow_up_for=["tier"]),
        ),
        ("舅爷去年选的是一百二十那个档", e.special(120, "痛风", "2600")),
    )
    add_dialogue(
        t,
        ("高血压两病门诊 开了甲类药五百 报多少", e.follow_up("two_diseases", ["level"])),
        (
            "两病门诊和门特的高血压待遇能一块享受吗",
            answered(TWO, ["不得同时享受"], not_follow_up_for=["level"]),
        ),
        ("降压药是在地区那家三级医院的两病门诊开的", e.two_diseases(["高血压"], "三级", "500")),
    )
    add_dialogue(
        t,
        ("医保断了想补上 要交多少", e.follow_up("contribution", ["fiscal_subsidy"])),
        (
            "补完以后从什么时候起能报销",
            answered(LATE, ["次月起"], not_follow_up_for=["fiscal_subsidy"]),
        ),
        ("各级财政补助加起来五百六", e.late("560")),
    )
    add_dialogue(
        t,
        ("三十八岁的修车师傅 男 参保个人交多少", e.follow_up("contribution", ["tier"])),
        (
            "个人缴的那部分是哪个部门收",
            answered(mi("第十五条"), ["税务部门"], not_follow_up_for=["tier"]),
        ),
        ("修车师傅去年报的是二百五那一档", e.enrol(sex="男", age=38, tier=250)),
    )
    add_dialogue(
        t,
        ("今年头一回看普通门诊 能报多少", e.follow_up("general_outpatient", ["cost"])),
        (
            "门诊统筹的钱年底没用完会怎么样",
            answered(GENERAL, ["清零"], not_follow_up_for=["cost"]),
        ),
        ("花了二百四", e.general("240")),
    )


def _relics_and_medical(t: Heldout28Table) -> None:
    add_dialogue(
        t,
        ("文保单位保护范围里能不能存汽油", answered(art(RP, "第十三条"), ["易燃、易爆"])),
        ("换个话题 老人住院的伙食费医保管不管", answered(EXCLUDED, ["膳食费"])),
        ("伙食费不报这条在哪个文件里", answered(EXCLUDED, [MI])),
    )
    add_dialogue(
        t,
        ("寺里的藏品建档要用什么文字", answered(art(RP, "第二十四条"), ["藏汉两种文字"])),
        ("寺里的在编僧人参加医保 由谁去代办", answered(mi("第十一条"), ["寺管会"])),
    )


def _lookups_and_lists(t: Heldout28Table) -> None:
    add_dialogue(
        t,
        ("医保基金是由哪几项构成的", answered(mi("第十六条"), ["个人缴费收入", "社会捐助收入"])),
        ("社会捐助那块 具体鼓励谁来出钱", answered(mi("第十九条"), ["乡村集体经济组织"])),
    )
    add_dialogue(
        t,
        ("三大目录指的是哪三个", answered(mi("第二十一条"), ["药品目录"])),
        ("为什么医院给我用自费药之前要我签字", answered(mi("第三十八条"), ["签字同意"])),
    )
    add_dialogue(
        t,
        (
            "我们单位下个月要参加文物安全培训 培训内容都涵盖些什么",
            answered(art(RT, "六、（三）"), ["案例分析"]),
        ),
        ("培训方向呢", answered(art(RT, "六、（四）"), ["实践能力培训"])),
        ("培训方式又有哪几种", answered(art(RT, "六、（二）"), ["分类培训"])),
    )
    add_dialogue(
        t,
        (
            "札达县境内还剩哪些建制村没通上硬化路",
            answered(quote(RD, "萨让村"), ["巴卡村", "楚松村"]),
        ),
        ("那措勤县的呢", answered(quote(RD, "查仓村"), ["查仓村"])),
        ("为什么要把这些村单独点名列出来", answered(art(RD, "二、"), ["两通"])),
    )
    add_dialogue(
        t,
        ("地区人民医院这次创三甲前前后后要经历哪些阶段", answered(art(HP, "三、"), ["巩固提升"])),
        ("初次评审的申请由谁提", answered(art(HP, "三、（五）"), ["初次评审申请书"])),
        ("怎么自查整改阶段还要去拉萨日喀则林芝参观", answered(art(HP, "三、（三）"), ["创建经验"])),
    )
    add_dialogue(
        t,
        ("定点医院的公示栏要公开哪些东西", answered(mi("第四十条"), ["收费标准"])),
        (
            "怎么连参保人的待遇支付也要公示 隐私呢",
            answered(mi("第四十条"), ["涉及个人隐私内容除外"]),
        ),
    )
    add_dialogue(
        t,
        ("野外看管员平时的职责有哪些", answered(art(RC, "第七条"), ["每日巡查"])),
        ("为啥看管员不能把文物信息随便告诉外人", answered(art(RC, "第七条"), ["严守国家文物机密"])),
        ("这一条出自哪个文件", answered(art(RC, "第七条"), [RC])),
    )
    add_dialogue(
        t,
        ("县里的养护公司主要干哪些活", answered(UPKEEP, ["日常养护"])),
        ("那公司招人优先招谁", answered(UPKEEP, ["建档立卡贫困户"])),
        ("为什么日常养护非要雇当地农民", answered(UPKEEP, ["增收"])),
    )
    add_dialogue(
        t,
        ("公益性岗位主要照顾哪些毕业生", answered(art(GE, "四、（二）2."), ["残疾"])),
        ("三支一扶岗位有多少", answered(POSTS, ["不少于10个"])),
        ("西部志愿者计划的呢", answered(POSTS, ["不少于 5 个"])),
    )
    add_dialogue(
        t,
        ("方案写的时候 阿里已经开通的农村客运线路有几条", answered(LINES, ["4条"])),
        ("跑线的车有几辆", answered(quote(RD, "农村客运车辆6辆"), ["6辆"])),
        ("线路和车辆这两个数字是哪个文件里写的", answered(LINES, ["农村客运推进工作方案"])),
    )
    add_dialogue(
        t,
        ("区外住院回来报销要准备哪些材料", answered(mi("第三十四条"), ["费用清单"])),
        (
            "为什么在区外得先自己垫钱",
            answered(mi("第三十四条"), ["异地就医直接结算系统未完全实现"]),
        ),
    )
    add_dialogue(
        t,
        ("医保不报的服务类费用有哪些", answered(EXCLUDED, ["挂号费"])),
        ("生活服务类的呢", answered(EXCLUDED, ["陪护费"])),
        ("治疗项目里洁牙算不算", answered(EXCLUDED, ["洁牙"])),
    )
    add_dialogue(
        t,
        ("按床位需求算 地区人民医院一共得新增多少医务人员", answered(STAFF, ["184"])),
        ("这批新增的人里面 高级职称的要几个", answered(STAFF, ["高级 10 人"])),
        ("自主招聘那条渠道招多少", answered(STAFF, ["自主招聘 94 人"])),
    )
    add_dialogue(
        t,
        ("今年阿里高校毕业生有多少人", answered(GRADUATES, ["591人"])),
        ("明年的预测呢", answered(YEARS, ["580人"])),
        ("二〇年到二五年一共大概多少", answered(YEARS, ["3700人左右"])),
    )


def _budgets_roads_people(t: Heldout28Table) -> None:
    add_dialogue(
        t,
        (
            "两处县级一处全国重点野外点 看管员半年经费预算多少",
            e.budget({"县级": 2, "全国重点": 1}, 6),
        ),
        ("要是只算县级那两处呢", e.budget({"县级": 2}, 6)),
        ("看管员这笔钱由哪一级财政出", answered(WAGE, ["地区财政"])),
    )
    add_dialogue(
        t,
        ("普兰札达日土三个县 每年的四好农村路养护专项补贴加起来多少万", e.road(3, False)),
        ("要是把地区财政每年配的那笔也加进来 一共多少万", e.road(3, True)),
        ("照这样拿三年呢", e.road(3, True, 3)),
        ("地区每年三百五十万写在哪个文件", answered(ROAD_PREFECTURE, [RD])),
    )
    add_dialogue(
        t,
        ("外孙女二十五 女 交120档 个人出多少", e.enrol(sex="女", age=25, tier=120)),
        ("那她奶奶呢 六十一了", e.enrol(sex="女", age=61)),
        (
            "为啥她奶奶就不用交了",
            {"status": BOTH, "gold": [SHARE], "answer_contains": ["女年满 60 周岁"]},
        ),
    )
    add_dialogue(
        t,
        ("表嫂在二级医院顺产 合规费用五千 医保出多少", e.maternity("二级", "5000")),
        ("孩子生下来进了新生儿科 住院的钱怎么报", answered(MATERNITY, ["先自费结算"])),
        ("新生儿先自费这个说法 出自医保办法哪一条", answered(MATERNITY, [MI])),
    )
    add_dialogue(
        t,
        (
            "村支书家建档立卡 交120 三级医院头回住院 两万",
            e.inpatient(120, "三级", "20000", poor=True),
        ),
        ("为什么他比别人多报了一些", answered(OTHER, ["5%"])),
        ("建档立卡这个身份由哪个部门认定", answered(mi("第五条"), ["扶贫部门"])),
    )
    add_dialogue(
        t,
        (
            "交250 二级医院头回住院5天 床位一天九十 总共一万五",
            e.inpatient(250, "二级", "15000", bed_days=5, bed_fee="90"),
        ),
        ("为什么床位费有一部分不算进去", answered(INPATIENT, ["60元"])),
    )


def _greetings_and_declines(t: Heldout28Table) -> None:
    add_dialogue(
        t,
        ("扎西德勒 打扰一下 想请教几个医保的问题", HELLO),
        ("乡镇卫生院住院的起付线是多少", answered(INPATIENT, ["100元"])),
        ("明白了 多谢你耐心解答 突吉其", HELLO),
    )
    add_dialogue(
        t,
        ("噶尔县的人交250 住二级医院报多少比例", answered(INPATIENT, ["90%"])),
        ("那日喀则的居民呢", declined(INPATIENT)),
    )
    add_dialogue(
        t,
        ("在咱们阿里 守县级野外文保点的看管员每月工资是多少", answered(WAGE, ["1200元"])),
        ("那曲那边的看管员呢", declined(WAGE)),
    )
    add_dialogue(
        t,
        ("外婆常去看普通门诊 统筹一年封顶能给报多少", answered(GENERAL, ["300元"])),
        ("这个限额在办法的哪一条", answered(GENERAL, [MI])),
    )


def build(t: Heldout28Table) -> None:
    _caps(t)
    _corrections(t)
    _topic_switches(t)
    _relics_and_medical(t)
    _lookups_and_lists(t)
    _budgets_roads_people(t)
    _greetings_and_declines(t)
