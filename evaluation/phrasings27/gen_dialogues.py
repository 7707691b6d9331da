"""Dialogues: the 6万 cap across two stays, across dialysis months and across a stay and a 门特
course (asked after in English once); the 两病 and 普通门诊 limits across visits; corrections
(档次记错了, 多打了个零, 说错了 是自治区级的点, 其实是低保户, 是在一级医院开的药); 为什么/为啥/怎么
after results and after lookups; 哪个文件/哪一条/哪条; topic switches while a follow-up for cost,
tier, level, site level, months, fiscal subsidy, 门特 tier or 两病 level is pending
(`not_follow_up_for`), then the slot given late; continuations with 那/要是/…呢 that switch the item
of a list or the row of a lookup (第三十条's classes, 门特 diseases, the custodians' rights and
duties, the 三甲 stages and hiring channels, graduates' posts and yearly numbers, rural buses, 第八条,
第二十二条's ratios, 两病 ratios, the upkeep company, training forms, relic keepers, bus stations);
person switches; relic ↔ medical switches; declined follow-ons for 那曲, 那曲市人民医院 and 林芝; greetings and
thanks; a malformed amount, tier, level, age and month count, each then corrected; and this
round's weak turns (`_round25`): continuations with no 那/呢 marker, 补缴 and when cover restarts,
yearly numbers then their total over the plan period, 地区财政's share of a subsidy. Figures only
from evaluation.phrasings.reference through evaluation.phrasings.expect."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_dialogue
from evaluation.phrasings.expect import HELLO, answered, declined, paid_after
from evaluation.phrasings.places import (
    CAP,
    EXCLUDED,
    FIND,
    GENERAL,
    GRADUATES,
    INPATIENT,
    PERIOD,
    ROAD,
    ROAD_PREFECTURE,
    SERIOUS,
    SHARE,
    SPECIAL,
    SPLIT,
    TWO,
    WAGE,
)
from evaluation.phrasings.rows import GE, HP, MI, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings27.table import Tune27Table

BOTH = ["answered", "calculated"]
TRAINING = art(RT, "一、（三）")
PHOTO = art(RP, "第三十七条")
BUS = quote(RD, "42个建制村通客车")
UPKEEP = quote(RD, "养护公司主要职能")
HIRING = art(HP, "四、（十）")
POSTS = art(GE, "三、（一）4.")
REMOTE = art(HP, "四、（七）")
OUTSIDE = mi("第三十三条")  # 区外住院: 5日内 through the information system
CLAIM = mi("第三十四条")  # what to bring back after paying for a stay outside Tibet
LOAN = art(RP, "第二十七条")  # lending relics between collections


def _caps(t: Tune27Table) -> None:
    s1 = e.inpatient(250, "三级", "50000")
    s2 = e.inpatient(250, "三级", "25000", 2, paid=paid_after(s1))
    add_dialogue(
        t,
        ("外公交250 在地区人民医院三级 今年第一次住院 5万", s1),
        ("入冬又住进去一回 同一家医院 2万5", s2),
        ("怎么第二趟住院没有照85%给足", answered(CAP, ["6万元"])),
        ("那个六万的上限是哪一条定的 我发给他看看", answered(CAP, [MI])),
    )
    m1 = e.special(250, "慢性肾功能衰竭", "25000")
    m2 = e.special(250, "慢性肾功能衰竭", "25000", paid=paid_after(m1))
    m3 = e.special(250, "慢性肾功能衰竭", "25000", paid=paid_after(m1, m2))
    add_dialogue(
        t,
        ("表哥做透析走门特 交250 第一个月门诊2.5万", m1),
        ("第二个月透析又是2.5万", m2),
        ("第三个月照旧两万五 档次没变", m3),
        ("怎么到第三个月突然报得这么少了", answered(CAP, ["6万元"])),
    )
    c1 = e.inpatient(120, "二级", "70000")
    add_dialogue(
        t,
        ("爷爷交120 二级医院今年头回住院 7万", c1),
        (
            "出院以后接着走门特化疗 交120 门诊1.5万",
            e.special(120, "恶性肿瘤", "15000", paid=paid_after(c1)),
        ),
        ("门特和住院的钱是合在一起算年度上限的吗", answered(SPECIAL, ["合并累计计算"])),
    )
    add_dialogue(
        t,
        ("外婆交250 一级医院今年第一次住院 花了10万", e.inpatient(250, "一级", "100000")),
        ("What is the yearly maximum the fund pays for her?", answered(CAP, ["6万元"])),
    )
    d1 = e.two_diseases(["高血压"], "一级", "900")
    add_dialogue(
        t,
        ("奶奶血压偏高 上礼拜去一级医院两病门诊开了900块的甲类药 能报多少", d1),
        (
            "隔了一个月又在一级医院开了甲类400",
            e.two_diseases(["高血压"], "一级", "400", paid=paid_after(d1)),
        ),
        ("怎么隔月那次才给了一百七十块", answered(TWO, ["800元"])),
    )
    add_dialogue(
        t,
        ("嫂子今年头一回看普通门诊 花了400 统筹报多少", e.general("400")),
        ("半个月后又去看了一回 花600", e.general("600", "400")),
        ("怎么第二趟普通门诊只给了120", answered(GENERAL, ["300元"])),
    )


def _corrections(t: Tune27Table) -> None:
    add_dialogue(
        t,
        ("外婆二级医院第一次住院 2万 交120", e.inpatient(120, "二级", "20000")),
        ("不好意思 外婆去年选的其实是最高那档250", e.inpatient(250, "二级", "20000")),
        ("假如当时住进去的是地区的三级医院 结果又是多少", e.inpatient(250, "三级", "20000")),
        ("怎么去了三级医院 报销比例反倒低了", answered(INPATIENT, ["85%"])),
    )
    add_dialogue(
        t,
        ("表姑交250 第一次住三级医院 单子写的28万", e.inpatient(250, "三级", "280000")),
        ("多写了个零 其实两万八", e.inpatient(250, "三级", "28000")),
        ("为什么算的时候要先减去四百块钱", answered(INPATIENT, ["400元"])),
    )
    add_dialogue(
        t,
        (
            "表哥从去年起在县级野外点看文物 到现在六个月 工资一共多少",
            e.custodian("县级", 6),
        ),
        ("刚问了表哥 他守着的那处文保点是自治区级 不是县级", e.custodian("自治区级", 6)),
        ("每月一千四这个数 出自哪个文件", answered(WAGE, [RC])),
    )
    add_dialogue(
        t,
        ("札达和普兰两个县 一年按标准能拿多少万的养护专项补贴", e.road(2, False)),
        ("那把地区财政那份也算上呢", e.road(2, True)),
        ("照这个口径连续拿三年 总数是多少万", e.road(2, True, 3)),
        ("地区那笔每年三百五十万 写在哪里", answered(ROAD_PREFECTURE, [RD])),
    )
    add_dialogue(
        t,
        ("大姑子家是建档立卡贫困户 她今年参加居民医保自己掏几块", e.enrol(["建档立卡贫困人员"])),
        ("弄混了 大姑子家享受的是低保 并没有建档立卡", e.enrol(["低保对象"])),
        (
            "怎么换成低保身份后个人就不用出钱了",
            {"status": BOTH, "gold": [SHARE], "answer_contains": ["医疗救助资金"]},
        ),
    )
    add_dialogue(
        t,
        ("外公糖尿病两病门诊 二级医院 甲类800", e.two_diseases(["糖尿病"], "二级", "800")),
        ("说错了 药是一级医院开的", e.two_diseases(["糖尿病"], "一级", "800")),
        ("一级医院按七成报 出自哪条", answered(TWO, [MI])),
    )


def _person_switches(t: Tune27Table) -> None:
    add_dialogue(
        t,
        ("表哥三十二岁 男 交60那档 参保个人出多少", e.enrol(sex="男", age=32, tier=60)),
        ("那他爷爷呢 今年六十七", e.enrol(sex="男", age=67)),
        (
            "为什么到了他爷爷就不用交钱了",
            {"status": BOTH, "gold": [SHARE], "answer_contains": ["男年满 65 周岁"]},
        ),
    )
    add_dialogue(
        t,
        ("奶奶住镇上的一级医院 今年第一次 交120档 花了六千", e.inpatient(120, "一级", "6000")),
        (
            "换爷爷算算 也住这家医院 他交250 今年已是第二次住院 花了一万",
            e.inpatient(250, "一级", "10000", 2),
        ),
        ("他俩住的一级医院 床位费每天按多少算", answered(INPATIENT, ["40元"])),
    )
    add_dialogue(
        t,
        (
            "寺里一位喇嘛去年被评为地区级爱国守法先进僧尼 今年参保自己掏多少",
            e.enrol(["僧尼地区级表彰"]),
        ),
        ("那评的是县级的呢", e.enrol(["僧尼县级表彰"])),
        ("这笔补贴最后由谁向财政申请", answered(SHARE, ["县医保局向县级财政部门提出补助申请"])),
    )


def _topic_switches(t: Tune27Table) -> None:
    add_dialogue(
        t,
        (
            "小叔子交120 今年第二次住三级医院 帮他算下能报多少",
            e.follow_up("inpatient", ["cost"]),
        ),
        (
            "先问个别的 看管协议最长签多久",
            answered(art(RC, "第十三条"), ["不得超过一年"], not_follow_up_for=["cost"]),
        ),
        ("住院一共花了1万9", e.inpatient(120, "三级", "19000", 2)),
    )
    add_dialogue(
        t,
        ("二级医院第一次住院 1万3 能报多少", e.follow_up("inpatient", ["tier"])),
        (
            "另外问下 文物安全培训一年最少几次",
            answered(TRAINING, ["每年不得少于一次"], not_follow_up_for=["tier"]),
        ),
        ("他选的缴费档次是一百二十元", e.inpatient(120, "二级", "13000")),
    )
    add_dialogue(
        t,
        ("交250 今年住过一次院 八千块 报多少", e.follow_up("inpatient", ["level"])),
        (
            "岔开问一句 门特病种包不包括癫痫",
            answered(SPECIAL, ["癫痫"], not_follow_up_for=["level"]),
        ),
        ("布鲁菌病也算吗", answered(SPECIAL, ["布鲁菌病"], not_follow_up_for=["level"])),
        ("接着说住院 住的是乡镇卫生院", e.inpatient(250, "乡镇卫生院", "8000")),
    )
    add_dialogue(
        t,
        (
            "舅舅当野外文物看管员快一年了 整整十一个月 工资合计能拿多少",
            e.follow_up("custodian_pay", ["site_level"]),
        ),
        (
            "顺带问 看管员工资由哪级财政出",
            answered(WAGE, ["地区财政纳入年初预算"], not_follow_up_for=["site_level"]),
        ),
        ("问清楚了 他看的是县级文保点", e.custodian("县级", 11)),
    )
    add_dialogue(
        t,
        (
            "表姐在一处自治区级野外文物点当看管员 帮她算算该拿的补助",
            e.follow_up("custodian_pay", ["months"]),
        ),
        (
            "选看管员年龄有什么要求",
            answered(art(RC, "第五条"), ["25-50岁"], not_follow_up_for=["months"]),
        ),
        ("干了三个月了", e.custodian("自治区级", 3)),
    )
    add_dialogue(
        t,
        ("断缴了想补 要交多少钱", e.follow_up("contribution", ["fiscal_subsidy"])),
        (
            "补完以后从什么时候开始能报销",
            answered(PERIOD, ["次月起"], not_follow_up_for=["fiscal_subsidy"]),
        ),
        ("问到了 各级财政补助一共七百", e.late("700")),
    )
    add_dialogue(
        t,
        ("青光眼门特 门诊2000 能报多少", e.follow_up("special_outpatient", ["tier"])),
        (
            "门特报的和住院报的 封顶是不是一起算",
            answered(SPECIAL, ["合并累计计算"], not_follow_up_for=["tier"]),
        ),
        ("交60的", e.special(60, "青光眼", "2000")),
    )
    add_dialogue(
        t,
        (
            "舅舅糖尿病走两病门诊 这次开了1000块甲类药 能报多少",
            e.follow_up("two_diseases", ["level"]),
        ),
        (
            "换个问题 人民医院的远程平台连了几家内地医院",
            answered(REMOTE, ["12 家内地医院"], not_follow_up_for=["level"]),
        ),
        ("那陕西省的占几家", answered(REMOTE, ["陕西省 10 家"], not_follow_up_for=["level"])),
        ("药是三级医院开的", e.two_diseases(["糖尿病"], "三级", "1000")),
    )
    add_dialogue(
        t,
        ("交60 乡镇卫生院第一次住院 帮算能报多少", e.follow_up("inpatient", ["cost"])),
        (
            "打断一下 四好农村路创建分几个阶段",
            answered(art(RD, "四、"), ["四个阶段"], not_follow_up_for=["cost"]),
        ),
        ("住院一共2200", e.inpatient(60, "乡镇卫生院", "2200")),
    )


def _relics_and_medical(t: Tune27Table) -> None:
    add_dialogue(
        t,
        ("工地上挖出一块刻字的石碑 该怎么办", answered(FIND, ["立即保护现场"])),
        # (phrasings23, fixed after its run): 第二十一条 (不得…藏匿) answers it as well as 第五十条; both gold,
        # the term the two share
        (
            "那我要是偷偷藏着不交呢",
            {
                "status": "answered",
                "gold": [art(RP, "第五十条"), FIND],
                "answer_contains": ["私分"],
            },
        ),
        ("挖碑的时候闪了腰 交120 二级医院第一次住院 6000", e.inpatient(120, "二级", "6000")),
        ("刚才那个七成五的比例 是依据哪份文件算的", answered(INPATIENT, [MI])),
    )
    add_dialogue(
        t,
        ("寺里馆藏文物建档案用什么文字", answered(art(RP, "第二十四条"), ["藏汉两种文字"])),
        ("那我们寺里得过地区级表彰的一位老僧人 今年参保个人要出几块", e.enrol(["僧尼地区级表彰"])),
        ("僧尼参保缴费的规定是哪一条", answered(SHARE, [MI])),
    )
    add_dialogue(
        t,
        ("文物保护单位里的壁画可以拍照吗", answered(PHOTO, ["不得拍摄"])),
        ("考古发掘现场也不让拍吗", answered(PHOTO, ["考古发掘现场"])),
        ("换个话题 住院时打的电话费医保报不报", answered(EXCLUDED, ["电话费"])),
    )


def _lists_and_lookups(t: Tune27Table) -> None:
    add_dialogue(
        t,
        ("非疾病治疗项目里医保不付的有哪些", answered(EXCLUDED, ["美容", "减肥"])),
        ("那诊疗设备和医用材料那类呢", answered(EXCLUDED, ["电子束CT"])),
        ("为什么洗牙这种也不报", answered(EXCLUDED, ["洁牙"])),
        ("不报的这些出自哪一条", answered(EXCLUDED, [MI])),
    )
    add_dialogue(
        t,
        ("冠心病算门特病种吗", answered(SPECIAL, ["冠心病"])),
        ("那肺源性心脏病这个病能不能办门特呢", answered(SPECIAL, ["肺心病"])),
        ("假设选的是60元那档 门诊特殊病统筹报百分之几", answered(SPECIAL, ["60%"])),
    )
    add_dialogue(
        t,
        (
            "野外看管员除了职责 还享有哪些权利",
            answered(art(RC, "第八条"), ["文物安全培训", "建议和意见"]),
        ),
        ("那他们要尽哪些职责呢", answered(art(RC, "第七条"), ["每日巡查"])),
        (
            "为什么选看管员要优先考虑已脱贫的群众",
            answered(art(RC, "第十条"), ["巩固好脱贫攻坚成果"]),
        ),
    )
    add_dialogue(
        t,
        (
            "创三甲正式评审前医院得写什么申请书",
            answered(art(HP, "三、（六）"), ["正式评审申请书"]),
        ),
        ("那初次评审前呢", answered(art(HP, "三、（五）"), ["初次评审申请书"])),
        ("哪一条说争取2021年底前挂牌", answered(art(HP, "三、（七）"), ["2021年底前"])),
    )
    add_dialogue(
        t,
        ("就业规划的公益性岗位一共有多少个", answered(POSTS, ["1160 个左右"])),
        (
            "那给毕业生的法律援助员跟人民调解员岗位 分别准备了多少个呢",
            answered(POSTS, ["不少于 10 个"]),
        ),
        ("基层文化工作者岗位又打算开发多少个呢", answered(POSTS, ["不少于 20 个"])),
    )
    add_dialogue(
        t,
        ("阿里7个县城通客车率多少", answered(BUS, ["100%"])),
        ("那乡镇的通客车率呢", answered(BUS, ["59%"])),
        ("现在农村客运车有几辆 谁在经营", answered(BUS, ["6辆", "个人经营"])),
    )
    add_dialogue(
        t,
        ("居民医保几号开始收下一年的费 几号截止", answered(PERIOD, ["10月1日至12月31日"])),
        ("那交完以后从哪天起能报", answered(PERIOD, ["1月1日"])),
        ("要是中间断缴了一段呢", answered(PERIOD, ["由本人承担"])),
        ("为什么补交了不能立刻报", answered(PERIOD, ["次月起"])),
    )
    add_dialogue(
        t,
        ("养护公司的主要职能有哪些", answered(UPKEEP, ["管养分离"])),
        ("那日常养护雇当地农牧民有没有比例", answered(UPKEEP, ["不少于60%"])),
        ("雇本地人不少于六成 出自哪个文件", answered(UPKEEP, ["四好农村路"])),
    )
    add_dialogue(
        t,
        ("新增医务人员里专招解决多少人", answered(HIRING, ["60 人"])),
        ("那通过人才引进这条路招多少人", answered(HIRING, ["30 人"])),
        ("自主招聘招多少", answered(HIRING, ["94 人"])),
    )
    add_dialogue(
        t,
        ("文物安全培训能采取哪些方式", answered(art(RT, "六、（二）"), ["集中培训", "外出受训"])),
        ("那培训方向有哪几种", answered(art(RT, "六、（四）"), ["理论知识培训"])),
        ("这些培训花的钱是哪个口子列支的", answered(art(RT, "五、"), ["地区文物安全专项经费"])),
    )
    add_dialogue(
        t,
        ("交120在乡镇卫生院住院报多少", answered(INPATIENT, ["75%"])),
        ("那换成缴250元档次的参保人呢", answered(INPATIENT, ["90%"])),
        ("要是去三级医院住呢 还是交250", answered(INPATIENT, ["85%"])),
    )
    add_dialogue(
        t,
        ("两病门诊一级医院报多少比例", answered(TWO, ["70%"])),
        ("那在三级医院开药呢 报几成", answered(TWO, ["60%"])),
        ("两病门诊开的乙类药 个人得先自付百分之多少", answered(TWO, ["10%"])),
    )
    add_dialogue(
        t,
        (
            "看管员协议书里必须写清哪几项内容",
            answered(art(RC, "第十三条"), ["看管责任", "看管要求", "协议期限"]),
        ),
        ("那哪些情况要立即解聘", answered(art(RC, "第十一条"), ["立即解聘"])),
        (
            "为什么出了事故连当年补助也扣掉",
            answered(art(RC, "第十一条"), ["扣除当年野外文物看管补助"]),
        ),
    )
    add_dialogue(
        t,
        ("就业规划里估算2020年阿里籍高校毕业生一共多少人", answered(GRADUATES, ["591"])),
        ("那2022年的呢", answered(quote(GE, "2022年599人"), ["599"])),
        ("整个规划期总共多少", answered(quote(GE, "3700人左右"), ["3700"])),
    )
    add_dialogue(
        t,
        ("博物馆负责人调走时 文物要办什么手续", answered(art(RP, "第二十九条"), ["文物移交手续"])),
        ("那平时文物安全由谁负责", answered(art(RP, "第二十九条"), ["法定代表人或负责人"])),
        ("馆长对馆里文物安全负总责这句话 是哪份文件规定的", answered(art(RP, "第二十九条"), [RP])),
    )
    add_dialogue(
        t,
        (
            "农村客运站建设跟四好农村路要几个同步",
            answered(art(RD, "二、（四）"), ["同步规划", "同步设计", "同步建设", "同步验收"]),
        ),
        (
            "那农村公路沿线的通信网络覆盖率 方案里定的目标是多少呢",
            answered(art(RD, "二、（四）"), ["100%"]),
        ),
        ("联网联控三级平台要求七县什么时候前建成", answered(art(RD, "二、（四）"), ["7月之前"])),
    )


def _greetings_and_malformed(t: Tune27Table) -> None:
    add_dialogue(
        t,
        ("扎西德勒 想问你点事", HELLO),
        ("交250 二级医院第一次住院 大概七八万", e.error("费用")),
        ("按七万五算吧", e.inpatient(250, "二级", "75000")),
        ("好嘞 多谢 辛苦", HELLO),
    )
    add_dialogue(
        t,
        ("交了三十块的档 三级医院第一次住院 一万", e.error("档次")),
        ("不好意思看错了 是120的档", e.inpatient(120, "三级", "10000")),
    )
    add_dialogue(
        t,
        ("住的八级医院 交60 头一次 四千", e.error("级别")),
        ("打错字了 是一级医院", e.inpatient(60, "一级", "4000")),
    )
    add_dialogue(
        t,
        ("嫂子三百一十岁 参保交不交钱", e.error("年龄")),
        ("多打了一个零 三十一岁 女 交60档", e.enrol(sex="女", age=31, tier=60)),
    )
    add_dialogue(
        t,
        ("堂哥说他今年在县级野外点干满了十五个月 按这个算工资", e.error("月")),
        ("我记错了 他今年只干了五个月", e.custodian("县级", 5)),
    )


def _declines(t: Tune27Table) -> None:
    add_dialogue(
        t,
        ("阿里这边普通门诊统筹 一个人一年顶多报多少钱", answered(GENERAL, ["300元"])),
        ("那那曲的呢", declined(GENERAL)),
        ("那阿里两病门诊只有高血压的限额是多少", answered(TWO, ["800元"])),
    )
    add_dialogue(
        t,
        ("地区人民医院建的远程医疗平台 一共投了多少钱", answered(REMOTE, ["835.897 万元"])),
        ("那那曲市人民医院的远程平台投了多少", declined(REMOTE)),
        ("回到阿里 地区人民医院那个远程平台下面有几个子系统", answered(REMOTE, ["12 个子系统"])),
    )
    add_dialogue(
        t,
        ("阿里县级野外点看管员每月工资多少", {"status": BOTH, "gold": [WAGE]}),
        ("那林芝的看管员呢", declined(WAGE)),
        ("那阿里境内自治区级野外文物点的看管员每月拿多少呢", {"status": BOTH, "gold": [WAGE]}),
    )


def _round25(t: Tune27Table) -> None:
    """This round's weak turns: continuations with no 那/呢 marker on lookups, 补缴 and when the
    cover starts again, yearly numbers and their total over the plan period, one payer's share of a
    subsidy, a topic switch during a pending follow-up and the 6万 cap, 为什么/哪条 after lookups."""
    add_dialogue(
        t,
        ("姐姐在深圳打工 突发阑尾炎住进医院 几天之内要备案", answered(OUTSIDE, ["5日内"])),
        ("走什么渠道备案", answered(OUTSIDE, ["信息系统"])),
        ("出院回阿里报销 手上要准备哪些单据", answered(CLAIM, ["住院发票原件", "费用清单"])),
        ("为什么不能在深圳那边直接结掉", answered(CLAIM, ["先行垫付"])),
    )
    add_dialogue(
        t,
        ("姨妈去年漏交了医保 现在补交 标准怎么定", answered(PERIOD, ["最高筹资标准"])),
        ("补齐以后哪个月起能正常报", answered(PERIOD, ["次月起"])),
        ("没交那几个月里看病花的钱", answered(PERIOD, ["由本人承担"])),
        ("这规定出自哪一条", answered(PERIOD, [MI])),
    )
    add_dialogue(
        t,
        (
            "我弟2021年大学毕业 规划估计他那一届阿里籍的毕业生一共多少",
            answered(quote(GE, "2021年580人"), ["580"]),
        ),
        ("2024年", answered(quote(GE, "2024年640人左右"), ["640"])),
        ("六年加在一块是多少人", answered(quote(GE, "3700人左右"), ["3700"])),
        ("这几个数是哪份文件里的", answered(quote(GE, "3700人左右"), [GE])),
    )
    add_dialogue(
        t,
        ("规划期内乡镇兽医岗位准备开发多少个", answered(POSTS, ["不少于 70 个"])),
        ("农产品质量安全检测员岗位有多少", answered(POSTS, ["不少于 50 个"])),
        ("口岸查验协管员呢", answered(POSTS, ["7 个左右"])),
        ("参军入伍累计要达到多少人", answered(POSTS, ["不少于 75 人"])),
    )
    add_dialogue(
        t,
        (
            "一个参保人的财政补助是一千六 中央给了一千 地区财政要出多少",
            e.subsidy_split("1600", "1000"),
        ),
        ("要是中央给的是一千二呢", e.subsidy_split("1600", "1200")),
        (
            "为什么地区和县出的一样多",
            {"status": BOTH, "gold": [SPLIT], "answer_contains": ["6:2:2"]},
        ),
    )
    add_dialogue(
        t,
        ("交60块的在三级医院住院 合规费用报几成", answered(INPATIENT, ["60%"])),
        ("住县里二级医院的话 比例是多少", answered(INPATIENT, ["65%"])),
        ("二级医院起付线多少钱", answered(INPATIENT, ["200元"])),
        ("为什么三级医院的起付线是二级的两倍", answered(INPATIENT, ["400元"])),
    )
    add_dialogue(
        t,
        (
            "老外公去年选了250档 这是今年头回住进县里二级医院 帮忙算个报销数",
            e.follow_up("inpatient", ["cost"]),
        ),
        (
            "等下先问个事 大病医疗保险一年的赔付上限有多高",
            answered(SERIOUS, ["14万元"], not_follow_up_for=["cost"]),
        ),
        ("住院一共花了八万", e.inpatient(250, "二级", "80000")),
        ("超过六万封顶的部分 还有哪块保险能接着报", answered(SERIOUS, ["大病保险"])),
    )
    add_dialogue(
        t,
        ("县博物馆想从地区博物馆借几件藏品办展 借期最长能有多久", answered(LOAN, ["两年"])),
        ("一级文物藏品要借 谁来报批", answered(LOAN, ["国家文物行政部门"])),
        ("为什么国有馆不能把藏品卖给个人", answered(LOAN, ["禁止国有文物收藏单位"])),
    )
    add_dialogue(
        t,
        ("地区财政每年出多少四好农村路养护补贴", answered(ROAD_PREFECTURE, ["350万元/年"])),
        ("每个县各出多少", answered(ROAD, ["100万元/年"])),
        ("七个县加上地区 两年合计多少万", e.road(7, True, 2)),
        ("这个标准写在哪份方案里", answered(ROAD, [RD])),
    )


def build(t: Tune27Table) -> None:
    _caps(t)
    _corrections(t)
    _person_switches(t)
    _topic_switches(t)
    _relics_and_medical(t)
    _lists_and_lookups(t)
    _greetings_and_malformed(t)
    _declines(t)
    _round25(t)
