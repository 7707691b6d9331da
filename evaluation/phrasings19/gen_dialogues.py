"""Dialogues: the 6万 cap across stays and across dialysis months (and asked in English); the
两病 and 普通门诊 limits across visits; corrections naming the field (不对 档次是…, 医院级别说错了,
费用多写了一个零, 月数记错了); 为什么/为啥/怎么… after a result; 哪条/哪个文件; topic switches while a
follow-up for a tier, level, cost, site level, months or fiscal subsidy is pending, then the slot
given late; 那…呢 deltas (another level, tier, stay, county count, month count); person switches
(姨夫 → 姨妈 → 她六十了); custodian pay, budgets and roads; relic ↔ medical switches; greetings and
thanks; malformed amounts, tiers, levels, ages and month counts, each then corrected. Figures
only from evaluation.phrasings.reference through evaluation.phrasings.expect."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_dialogue
from evaluation.phrasings.expect import HELLO, answered, declined, paid_after
from evaluation.phrasings.places import (
    CAP,
    EXCLUDED,
    GENERAL,
    INPATIENT,
    MATERNITY,
    PERIOD,
    SPECIAL,
    TIERS,
    TWO,
    WAGE,
)
from evaluation.phrasings.rows import GE, HP, MI, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings19.table import Tune19Table

ROAD = quote(RD, "100万元/年")
BOTH = {"status": ["answered", "calculated"]}


def _caps(t: Tune19Table) -> None:
    s1 = e.inpatient(250, "三级", "50000")
    s2 = e.inpatient(250, "三级", "30000", 2, paid=paid_after(s1))
    add_dialogue(
        t,
        ("姨夫交250档 三级医院今年头一回住院 花了五万", s1),
        ("年底又住了一次 第二回 三万", s2),
        ("为什么第二次才报了这么点", answered(CAP, ["6万元"])),
        ("六万封顶这话出自哪个文件 我想截图给姨夫看", answered(CAP, [MI])),
    )
    m1 = e.special(250, "慢性肾功能衰竭", "28000")
    m2 = e.special(250, "慢性肾功能衰竭", "28000", paid_after(m1))
    m3 = e.special(250, "慢性肾功能衰竭", "28000", paid_after(m1, m2))
    add_dialogue(
        t,
        ("堂哥透析走门特 交250 一月份花了两万八", m1),
        ("二月份透析又花了两万八 一样的档次", m2),
        ("三月份还是两万八", m3),
        ("怎么三月份只报了一点", answered(CAP, ["6万元"])),
    )
    d1 = e.two_diseases(["高血压"], "二级", "900")
    add_dialogue(
        t,
        ("外婆高血压走两病门诊 二级医院 甲类药九百", d1),
        ("下个月又拿了甲类五百", e.two_diseases(["高血压"], "二级", "500", paid=paid_after(d1))),
        ("为啥第二回报得这么少", answered(TWO, ["800元"])),
    )
    add_dialogue(
        t,
        ("今年第一次去看普通门诊 账单六百块", e.general("600")),
        ("隔了一周又去看普通门诊 这回三百", e.general("300", "600")),
        ("怎么第二回一分没报", answered(GENERAL, ["300元"])),
        ("好吧 明白了 谢谢", HELLO),
    )
    add_dialogue(
        t,
        (
            "二叔交120 在一级医院今年第一次住院 账单十二万 报多少",
            e.inpatient(120, "一级", "120000"),
        ),
        ("why is the payment capped", answered(CAP, ["6万元"])),
    )
    c1 = e.inpatient(60, "二级", "70000")
    add_dialogue(
        t,
        ("表姐交60 二级医院头次住院 七万", c1),
        (
            "她后来又做了门特化疗 交60 门诊一万",
            e.special(60, "恶性肿瘤", "10000", paid=paid_after(c1)),
        ),
        ("门特报的钱跟住院报的钱 是不是一起算进一年的封顶", answered(SPECIAL, ["合并累计计算"])),
    )


def _corrections_and_deltas(t: Tune19Table) -> None:
    add_dialogue(
        t,
        ("大姑二级医院第一次住院 一万五 交60", e.inpatient(60, "二级", "15000")),
        ("不对 档次说错了 她交的是250", e.inpatient(250, "二级", "15000")),
        ("那假如大姑当时住的是地区三级医院呢", e.inpatient(250, "三级", "15000")),
    )
    add_dialogue(
        t,
        ("嫂子交120 三级医院头回住院 八万", e.inpatient(120, "三级", "80000")),
        ("费用多写了一个零 是八千", e.inpatient(120, "三级", "8000")),
        ("为什么要扣四百", answered(INPATIENT, ["起付线"])),  # fixed after the run
    )
    add_dialogue(
        t,
        ("弟媳交250 二级医院第一次住院 两万", e.inpatient(250, "二级", "20000")),
        ("刚才医院级别讲错了 弟媳住的其实是一级医院", e.inpatient(250, "一级", "20000")),
        ("起付线这些数字是依据哪一条定的", answered(INPATIENT, [MI])),
    )
    add_dialogue(
        t,
        ("姐夫在自治区级野外点当看管员 干了七个月 工资多少", e.custodian("自治区级", 7)),
        ("月数记错了 是九个月", e.custodian("自治区级", 9)),
        ("那县级点干九个月呢", e.custodian("县级", 9)),
    )
    add_dialogue(
        t,
        ("札达普兰两个县一年的养护专项补贴多少万", e.road(2, False)),
        ("那再加上日土革吉呢", e.road(4, False)),
        ("再算上地区财政那份", e.road(4, True)),
        ("哪个文件规定的这个补贴标准", answered(ROAD, ["四好农村路"])),
    )
    add_dialogue(
        t,
        ("交120 一级医院今年第一次住院 六千", e.inpatient(120, "一级", "6000")),
        ("那第二次住院也是六千呢", e.inpatient(120, "一级", "6000", 2)),
        ("为啥第二次起付少了", answered(INPATIENT, ["70%"])),
    )
    add_dialogue(
        t,
        (
            "有两处全国重点和一处县级野外文物点 看管员半年工资预算多少",
            e.budget({"全国重点": 2, "县级": 1}, 6),
        ),
        ("那一整年呢", e.budget({"全国重点": 2, "县级": 1}, 12)),
        ("每处配几个看管员", answered(WAGE, ["2名"])),
    )
    add_dialogue(
        t,
        ("门特冠心病 交60 门诊四千", e.special(60, "冠心病", "4000")),
        ("要是交的250呢", e.special(250, "冠心病", "4000")),
        ("门特要不要起付线", answered(SPECIAL, ["不设起付线"])),
    )


def _person_switches(t: Tune19Table) -> None:
    add_dialogue(
        t,
        ("我自己交60 一级医院头回住院 五千", e.inpatient(60, "一级", "5000")),
        ("那我老婆呢 她交的250 也是一级医院头回 五千", e.inpatient(250, "一级", "5000")),
        ("我儿子交120 乡镇卫生院第一次住院 两千呢", e.inpatient(120, "乡镇卫生院", "2000")),
        ("为啥儿子的起付线少一半", answered(INPATIENT, ["100元"])),
    )
    add_dialogue(
        t,
        (  # fixed after the run: the rule (全部由医疗救助资金代缴) answers it too
            "邻居家是低保户 今年参保他个人要掏几块",
            e.enrol(["低保对象"])
            | {
                "status": ["answered", "calculated"],
                "gold": [TIERS],
                "answer_contains": ["医疗救助资金"],
            },
        ),
        ("那特困供养的呢", e.enrol(["特困供养人员"])),
        ("他们的身份谁来认定", answered(mi("第五条"), ["民政部门"])),
    )
    add_dialogue(
        t,
        ("姨夫六十三 男的 交120档 个人出多少", e.enrol(sex="男", age=63, tier=120)),
        ("那姨妈呢 她六十了", e.enrol(sex="女", age=60)),
        ("为什么姨妈满六十就一分钱不用交", answered(TIERS, ["6:4"])),
    )
    add_dialogue(
        t,
        (
            "老丈人建档立卡 二级医院第一次住院 交250 一万",
            e.inpatient(250, "二级", "10000", poor=True),
        ),
        (
            "那我岳母呢 她不是建档立卡 也交250 同样花了一万 二级医院头回",  # fixed after the run
            e.inpatient(250, "二级", "10000"),
        ),
        ("为啥差了五百", answered(mi("第二十九条"), ["5%"])),
    )
    add_dialogue(
        t,
        ("侄媳妇在二级医院生孩子 合规费用五千", e.maternity("二级", "5000")),
        ("那她婆婆在二级医院住院 交120 头一次 五千呢", e.inpatient(120, "二级", "5000")),
        ("怎么侄媳妇生孩子那回没扣起付线", answered(MATERNITY, ["全额报销"])),
    )
    add_dialogue(
        t,
        ("寺里的阿尼得了县级爱国守法先进 参保个人交多少", e.enrol(["僧尼县级表彰"])),
        ("那自治区级的呢", e.enrol(["僧尼自治区级表彰"])),
        ("参保登记时要带什么材料", answered(mi("第七条"), ["表彰文件"])),
    )


def _topic_switches(t: Tune19Table) -> None:
    add_dialogue(
        t,
        ("交120 二级医院今年第二次住院 帮忙算算", e.follow_up("inpatient", ["cost"])),
        (
            "先别算 阿里的文物保护单位消防归谁管",
            answered(art(RP, "第四十五条"), ["消防救援部门"], not_follow_up_for=["cost"]),
        ),
        ("还有 门特有哪些病", answered(SPECIAL, ["癫痫"], not_follow_up_for=["cost"])),
        ("回到刚才二级医院第二次住院那件事 总共花了一万六", e.inpatient(120, "二级", "16000", 2)),
    )
    add_dialogue(
        t,
        ("外婆三级医院第一次住院 花了两万 能报多少", e.follow_up("inpatient", ["tier"])),
        (
            "对了 寺庙里的壁画能拍照吗",
            answered(art(RP, "第三十七条"), ["不得拍摄"], not_follow_up_for=["tier"]),
        ),
        ("档次是120", e.inpatient(120, "三级", "20000")),
    )
    add_dialogue(
        t,
        ("表弟交的250档 今年头一遭住院 账单一万八 能报多少", e.follow_up("inpatient", ["level"])),
        (
            "先问一下 看管协议最长签多久",
            answered(art(RC, "第十三条"), ["不得超过一年"], not_follow_up_for=["level"]),
        ),
        ("住的是二级医院", e.inpatient(250, "二级", "18000")),
    )
    add_dialogue(
        t,
        (
            "二舅交60档 在一级医院今年第一次住院 先帮我算算能报多少",
            e.follow_up("inpatient", ["cost"]),
        ),
        ("等下 住院伙食费能报吗", answered(EXCLUDED, ["膳食费"], not_follow_up_for=["cost"])),
        ("费用是七千", e.inpatient(60, "一级", "7000")),
    )
    add_dialogue(
        t,
        ("野外看管员干了八个月 工资多少", e.follow_up("custodian_pay", ["site_level"])),
        (
            "顺便问下 看管员年龄有要求吗",
            answered(art(RC, "第五条"), ["25-50岁"], not_follow_up_for=["site_level"]),
        ),
        ("忘了说 他守的那处属于全国重点 国保级别的", e.custodian("全国重点", 8)),
    )
    add_dialogue(
        t,
        ("自治区级野外点看管员 算下工资", e.follow_up("custodian_pay", ["months"])),
        (
            "培训办法适用哪些人",
            answered(art(RT, "六、（六）"), ["野外文物看管人员"], not_follow_up_for=["months"]),
        ),
        ("干了六个月", e.custodian("自治区级", 6)),
    )
    add_dialogue(
        t,
        ("去年没交医保 今年补缴要多少", e.follow_up("contribution", ["fiscal_subsidy"])),
        (
            "补缴以后什么时候能报",
            answered(PERIOD, ["次月起"], not_follow_up_for=["fiscal_subsidy"]),
        ),
        ("财政补助加起来六百", e.late("600")),
    )
    add_dialogue(
        t,
        ("糖尿病门特 门诊两千五 报多少", e.follow_up("special_outpatient", ["tier"])),
        (
            "还有个事 人民医院要新增多少医务人员",
            answered(art(HP, "四、（十）"), ["184"], not_follow_up_for=["tier"]),
        ),
        ("门特那个 档次是60", e.special(60, "糖尿病", "2500")),
    )
    add_dialogue(
        t,
        (
            "高血压走两病门诊 这次开甲类药花了七百 能报回来多少钱",
            e.follow_up("two_diseases", ["level"]),
        ),
        (
            "插一句 规划里预测2020年阿里高校毕业生有多少",
            answered(quote(GE, "2020年591人"), ["591"], not_follow_up_for=["level"]),
        ),
        ("两病那个是在乡镇卫生院拿的药", e.two_diseases(["高血压"], "乡镇卫生院", "700")),
    )


def _relics_and_medical(t: Tune19Table) -> None:
    add_dialogue(
        t,
        (
            "放牧时在草场上捡到一块刻字的石头 怎么办",
            answered(art(RP, "第二十一条"), ["立即保护现场"]),
        ),
        (  # fixed after the run: 第二十一条 (不得哄抢、私分、藏匿) answers it as well as 第五十条
            "要是有人偷偷带回家藏起来呢",
            {
                "status": "answered",
                "gold": [art(RP, "第五十条"), art(RP, "第二十一条")],
                "answer_contains": ["哄抢"],
            },
        ),
        (
            "好 另外我阿妈交60 乡镇卫生院第一次住院 三千 报多少",
            e.inpatient(60, "乡镇卫生院", "3000"),
        ),
        ("为什么扣了一百", answered(INPATIENT, ["起付线"])),  # fixed after the run
    )
    add_dialogue(
        t,
        ("先算个账 阿爸交250档 二级医院今年头一次住院 两万五", e.inpatient(250, "二级", "25000")),
        ("换个话题 文物保护单位分几个级别", answered(art(RP, "第十条"), ["全国重点文物保护单位"])),
        ("其中县级文保单位是谁来核定公布的", answered(art(RP, "第十条"), ["县人民政府核定后公布"])),
    )
    add_dialogue(
        t,
        ("野外看管员发现盗掘要向谁报告", answered(art(RC, "第七条"), ["公安部门"])),
        (
            "看管员报告这个要求写在细则哪条",
            answered(art(RC, "第七条"), ["野外文物看管人员管理细则"]),
        ),
        ("另外 居民医保个人缴费分几档", answered(TIERS, ["250 元"])),
    )
    add_dialogue(
        t,
        ("培训中途退训要怎么办", answered(art(RT, "一、（四）"), ["以书面形式"])),
        ("被退训的学员会怎样", answered(art(RT, "四、（三）"), ["书面检讨"])),
        ("顺便问 医保年度最高支付多少", answered(CAP, ["6万元"])),
    )


def _greetings_and_malformed(t: Tune19Table) -> None:
    add_dialogue(
        t,
        ("扎西德勒 你好", HELLO),
        ("交120 二级医院第一次住院 花了2.3.4万", e.error("费用")),
        ("写错了 是两万三", e.inpatient(120, "二级", "23000")),
        ("好嘞 谢谢你啦 扎西德勒", HELLO),
    )
    add_dialogue(
        t,
        ("交了三百档 一级医院头回住院 九千", e.error("档次")),
        ("不好意思 是120档", e.inpatient(120, "一级", "9000")),
        ("为什么是减二百再算", answered(INPATIENT, ["200元"])),
    )
    add_dialogue(
        t,
        ("交250 住的六级医院 今年第一次 一万块 报多少", e.error("级别")),
        ("打错字了 是地区的三级医院", e.inpatient(250, "三级", "10000")),
    )
    add_dialogue(
        t,
        ("外婆一百五十岁了 参保要交钱吗", e.error("年龄")),
        ("说错了 六十五岁 女的", e.enrol(sex="女", age=65)),
        ("那六十五岁的男的呢", e.enrol(sex="男", age=65)),
    )
    add_dialogue(
        t,
        ("县级野外点看管员今年干了二十个月 工资多少", e.error("月")),  # fixed after the run
        ("是十个月", e.custodian("县级", 10)),
        ("为啥是一千二一个月", answered(WAGE, ["1200元"])),
    )
    add_dialogue(
        t,
        ("你好 请问你能回答什么问题", HELLO),
        (
            "那你说说 文物安全培训的经费是从哪笔钱里出",
            answered(art(RT, "五、"), ["地区文物安全专项经费"]),
        ),
        ("好的 明白了 多谢帮忙", HELLO),
    )


def _other_rules(t: Tune19Table) -> None:
    add_dialogue(
        t,
        ("在内地打工住院了 要备案吗", answered(mi("第三十三条"), ["5日内"])),
        ("医药费要先自己垫吗", answered(mi("第三十四条"), ["先行垫付"])),
        ("回来报销的比例是不是低一些", answered(INPATIENT, ["降低10%"])),
    )
    add_dialogue(
        t,
        ("地区人民医院创三甲的工作总共分成几个阶段", answered(art(HP, "三、"), ["7 个阶段"])),
        ("初次评审向谁提出申请", answered(art(HP, "三、（五）"), ["地区卫健委"])),
        ("那正式评审呢", answered(art(HP, "三、（六）"), ["报请自治区卫健委正式评审"])),
        (  # fixed after the run: any section of the plan names the document
            "这个方案是哪个文件",
            {
                "status": "answered",
                "gold": [art(HP, "三、（五）"), art(HP, "三、（六）")],
                "answer_contains": ["三级甲等综合医院工作方案"],
            },
        ),
    )
    add_dialogue(
        t,
        ("四好农村路分几个阶段实施", answered(art(RD, "四、"), ["四个阶段"])),
        (
            "四好农村路的查漏补缺阶段安排在几月",
            answered(art(RD, "四、（三）"), ["7月1日至7月31日"]),
        ),
        ("那北京的四好农村路呢", declined(art(RD, "四、"))),
    )
    add_dialogue(
        t,
        ("阿里的大学毕业生就业率规划要保持在多少以上", answered(art(GE, "三、"), ["90%"])),
        ("自主创业的目标人数呢", answered(quote(GE, "创业达230人"), ["230"])),
        ("那日喀则的毕业生规划呢", declined(art(GE, "三、"))),
    )
    add_dialogue(
        t,
        ("看管员出了重大事故会怎样", answered(art(RC, "第十一条"), ["立即解聘"])),
        ("那巡逻日志没填好呢", answered(art(RC, "第十一条"), ["扣除当月野外看管补助"])),
        ("为什么要扣补助", answered(art(RC, "第十一条"), ["巡逻日志"])),
    )
    add_dialogue(
        t,
        ("文物能拍照吗", answered(art(RP, "第三十七条"), ["不得拍摄"])),
        ("那拓印呢", answered(art(RP, "第三十八条"), ["不得私自拓印"])),
        ("复制文物要谁批准", answered(art(RP, "第三十九条"), ["自治区文物行政管理部门"])),
    )
    add_dialogue(
        t,
        ("参保登记要带什么", answered(mi("第七条"), ["身份证"])),
        ("续费还要带吗", answered(mi("第九条"), ["个人身份证号码"])),
        ("医保钱交给谁", answered(mi("第十五条"), ["税务部门"])),
    )
    add_dialogue(
        t,
        ("七个县加地区财政三年的养护补贴总共多少万", e.road(7, True, 3)),
        ("为啥地区是三百五", answered(quote(RD, "350万元/年"), ["350万元"])),
        (
            "生态补偿养护员谁负责管",
            answered(quote(RD, "管理责任主体为各县人民政府"), ["各县人民政府"]),
        ),
    )
    add_dialogue(
        t,
        ("普通门诊统筹一年累计花到多少才开始报", answered(GENERAL, ["100元"])),
        ("剩下没花完的统筹钱明年还能用吗", answered(GENERAL, ["不可结转"])),
        ("那家庭账户呢", answered(GENERAL, ["家庭账户"])),
    )
    add_dialogue(
        t,
        ("财政补助总共九百 中央出了四百 其余怎么分", e.subsidy_split("900", "400")),
        ("这个比例是哪一条", answered(mi("第十七条"), ["6:2:2"])),
        ("地县两级的医保补助每年几号前要拨到位", answered(mi("第二十条"), ["3月31日"])),
    )


def build(t: Tune19Table) -> None:
    _caps(t)
    _corrections_and_deltas(t)
    _person_switches(t)
    _topic_switches(t)
    _relics_and_medical(t)
    _greetings_and_malformed(t)
    _other_rules(t)
