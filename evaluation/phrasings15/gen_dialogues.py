"""Dialogues typed as phone chats and voice input: slot-only turns (在县里二级医院 今年头一回,
一万二, 换成250档呢, 要是在三级医院呢, 那她老伴六十七呢, 换成自治区级点呢, 再加一处国保的呢, 按两年算),
corrections (不对 是二级医院; 说错了 是一万五千三; 打错了 是一级医院; 写错了 是五个月), 为什么/为啥/
怎么… after a result, 哪条/哪一条/哪个文件, topic switches while a follow-up for tier, level, cost,
months, site level or fiscal subsidy is pending, the yearly 6万 cap across a stay alone, across
dialysis months and across a stay plus chemotherapy, the 两病 800 limit and the 普通门诊 300 limit
across visits; custodian pay and budgets, road subsidies, relic <-> medical switches, English
turns, greetings and thanks, a malformed amount, tier, level, month count and age, each then
corrected; a person switch (阿爸 → 阿妈 → 她去拉萨住院). Amounts already paid are
expect.paid_after of the earlier turns."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_dialogue
from evaluation.phrasings.expect import HELLO, answered, paid_after
from evaluation.phrasings.places import (
    CAP,
    EXCLUDED,
    GENERAL,
    INPATIENT,
    LATE,
    OTHER,
    ROAD,
    SPECIAL,
    TIERS,
    TWO,
    WAGE,
)
from evaluation.phrasings.rows import GE, HP, MI, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings15.table import Tune15Table

TRAINING_ONCE = quote(RT, "文物安全培训原则上每年不得少于一次")
ASK = {"status": "follow_up"}
BOTH = {"status": ["answered", "calculated"]}  # a rule or a recomputation both answer it


def _caps(t: Tune15Table) -> None:
    add_dialogue(
        t,
        ("姑父今年第一次住院 地区医院三级的 120档 花了九万", e.inpatient(120, "三级", "90000")),
        ("为啥只给报了六万", answered(CAP, ["6万元"])),
        ("这个上限写在哪个文件里", answered(CAP, [MI])),
    )
    m1 = e.special(250, "慢性肾功能衰竭", "25000")
    m2 = e.special(250, "慢性肾功能衰竭", "25000", paid_after(m1))
    m3 = e.special(250, "慢性肾功能衰竭", "25000", paid_after(m1, m2))
    add_dialogue(
        t,
        ("二姨透析走门特 交250 一月份两万五", m1),
        ("二月份又是两万五", m2),
        ("三月份还是两万五呢", m3),
        ("怎么三月份报得比前两个月少", answered(CAP, ["6万元"])),
    )
    h1 = e.inpatient(250, "二级", "50000")
    add_dialogue(
        t,
        ("交250 二级医院今年头回住院 五万", h1),
        ("出院后门诊化疗 这回两万 报多少", e.special(250, "恶性肿瘤", "20000", paid_after(h1))),
        ("为什么门诊化疗也算进住院的额度里", answered(SPECIAL, ["合并累计计算"])),
    )
    d1 = e.two_diseases(["高血压"], "二级", "800")
    add_dialogue(
        t,
        ("高血压两病门诊 二级医院 甲类八百", d1),
        (
            "隔了俩月又开了甲类六百",
            e.two_diseases(["高血压"], "二级", "600", paid=paid_after(d1)),
        ),
        ("怎么这次没按六成五报全", answered(TWO, ["800元"])),
    )
    g1 = e.general("500")
    add_dialogue(
        t,
        ("嫂子今年头一趟看普通门诊 药费检查费合计五百", g1),
        ("过几天又去了 花了三百", e.general("300", "500")),
        ("为啥第二回才报了六十", answered(GENERAL, ["300元"])),
    )
    add_dialogue(
        t,
        ("What is the yearly cap of the residents' scheme?", answered(CAP, ["6万元"])),
        ("交250 三级医院头回住院 八万 能报多少", e.inpatient(250, "三级", "80000")),
        ("why is it capped", answered(CAP, ["6万元"])),
    )


def _slots_and_corrections(t: Tune15Table) -> None:
    add_dialogue(
        t,
        ("帮我算下住院能报多少 我是交120的", ASK),
        ("在县里二级医院 今年头一回", e.follow_up(None, ["cost"])),
        ("一万二", e.inpatient(120, "二级", "12000")),
        ("那我要是当初选的是最高的250那档 又能报回来多少", e.inpatient(250, "二级", "12000")),
        ("同样的钱换到地区医院三级的去住 结果是多少", e.inpatient(250, "三级", "12000")),
    )
    add_dialogue(
        t,
        ("老丈人住院了 帮我算算", ASK),
        ("三级医院 今年第二次", ASK),
        ("交60 花了两万三", e.inpatient(60, "三级", "23000", 2)),
        ("哎呀我记岔了 他住的是县上二级的医院", e.inpatient(60, "二级", "23000", 2)),
    )
    add_dialogue(
        t,
        ("阿妈五十八岁 想选120那一档 她本人掏多少", e.enrol(sex="女", age=58, tier=120)),
        ("那她老伴六十七呢", e.enrol(sex="男", age=67)),
        ("为什么老汉不用交", answered(TIERS, ["65 周岁"])),
    )
    add_dialogue(
        t,
        ("二叔在县级文物点当看管员 干了六个月 工资多少", e.custodian("县级", 6)),
        ("换成自治区级点呢", e.custodian("自治区级", 6)),
        ("按十个月算", e.custodian("自治区级", 10)),
        ("为什么自治区级的工资高一些", answered(WAGE, ["1400元"])),
    )
    add_dialogue(
        t,
        ("2处县级野外点 看管员一年预算多少", e.budget({"县级": 2}, 12)),
        (
            "要是再多守一处全国重点文保单位 预算变成多少",
            e.budget({"县级": 2, "全国重点": 1}, 12),
        ),
        ("这个预算是哪一条规定的", answered(WAGE, ["2名"])),
    )
    add_dialogue(
        t,
        ("日土改则两个县一年的养护专项补贴多少万", e.road(2, False)),
        ("加上地区财政那份呢", e.road(2, True)),
        ("按两年算", e.road(2, True, 2)),
        ("这笔补贴出自哪个文件", answered(ROAD, ["四好农村路"])),
    )
    add_dialogue(
        t,
        ("门特能报多少 我是癫痫", ASK),
        ("我们家选的缴费档是一百二那档", e.follow_up(None, ["cost"])),
        ("这个月三千", e.special(120, "癫痫", "3000")),
        ("换成交60呢", e.special(60, "癫痫", "3000")),
    )


def _topic_switches(t: Tune15Table) -> None:
    add_dialogue(
        t,
        ("表姐在一级医院住院 头一回 花了八千", e.follow_up(None, ["tier"])),
        (
            "先不说这个 寺里的壁画游客能拍照吗",
            answered(art(RP, "第三十七条"), ["不得拍摄"], not_follow_up_for=["tier"]),
        ),
        (
            "那石窟造像能拓吗",
            answered(art(RP, "第三十八条"), ["不得私自拓印"], not_follow_up_for=["tier"]),
        ),
    )
    pending = ["fiscal_subsidy"]
    add_dialogue(
        t,
        ("想把断掉的医保补上 得掏多少", e.follow_up(None, pending)),
        ("算了 我问下门特一共多少种", answered(SPECIAL, ["30种"], not_follow_up_for=pending)),
        (
            "两病门诊跟门特的高血压能一起享受吗",
            answered(TWO, ["不得同时享受"], not_follow_up_for=pending),
        ),
    )
    add_dialogue(
        t,
        ("我在县级点当看管员 算算工资", e.follow_up(None, ["months"])),
        (
            "看管员每天要干些什么",
            answered(art(RC, "第七条"), ["每日巡查"], not_follow_up_for=["months"]),
        ),
        (
            "哪条规定看管员要写巡逻日志",
            answered(art(RC, "第十一条"), ["巡逻日志"], not_follow_up_for=["months"]),
        ),
    )
    add_dialogue(
        t,
        ("交250 今年第一次住院 花了七千", e.follow_up(None, ["level"])),
        (
            "对了 在外省住院要几天内备案",
            answered(mi("第三十三条"), ["5日"], not_follow_up_for=["level"]),
        ),
        (
            "备案以后钱是自己先垫吗",
            answered(mi("第三十四条"), ["先行垫付"], not_follow_up_for=["level"]),
        ),
    )
    add_dialogue(
        t,
        ("交60 在二级医院 今年第二次住院 帮我算", e.follow_up(None, ["cost"])),
        (
            "不算了 想问问住院的伙食费报不报",
            answered(EXCLUDED, ["膳食费"], not_follow_up_for=["cost"]),
        ),
        ("电话费空调费呢", answered(EXCLUDED, ["空调费"], not_follow_up_for=["cost"])),
    )
    add_dialogue(
        t,
        ("堂弟当野外看管员干了七个月 工钱多少", e.follow_up(None, ["site_level"])),
        (
            "看管协议书最长签多长",
            answered(art(RC, "第十三条"), ["一年"], not_follow_up_for=["site_level"]),
        ),
        (
            "协议书里要写清楚哪些内容",
            answered(art(RC, "第十三条"), ["看管责任"], not_follow_up_for=["site_level"]),
        ),
    )
    add_dialogue(
        t,
        ("糖尿病看两病门诊 甲类药花了一千 能给报多少", e.follow_up(None, ["level"])),
        (
            "换个问题 文物安全培训经费谁出",
            answered(
                quote(RT, "培训经费从地区文物安全专项经费中支出"),
                ["地区文物安全专项经费"],
                not_follow_up_for=["level"],
            ),
        ),
        ("培训方式有哪些", answered(quote(RT, "培训方式包括：集中培训"), ["分类培训"])),
    )


def _relics_and_medical(t: Tune15Table) -> None:
    add_dialogue(
        t,
        ("古寺庙能拿去抵押贷款吗", answered(art(RP, "第三十六条"), ["不得转让、抵押"])),
        ("那我住院在乡镇卫生院起付线多少", answered(INPATIENT, ["100元"])),
        ("乡卫生院起付这个说法在哪个文件里能查到", answered(INPATIENT, [MI])),
    )
    add_dialogue(
        t,
        ("交250 三级医院头回住院 三万", e.inpatient(250, "三级", "30000")),
        (
            "顺便问下 发现文物要向谁报告",
            answered(art(RP, "第二十一条"), ["文物行政管理部门报告"]),
        ),
        ("报告这个要求是哪一条里写的", answered(art(RP, "第二十一条"), [RP])),
    )
    add_dialogue(
        t,
        (
            "文物收藏单位负责人离任要办什么手续",
            answered(art(RP, "第二十九条"), ["文物移交手续"]),
        ),
        ("换个话题 孕妇生孩子医保怎么报", answered(OTHER, ["全额报销"])),
        ("为什么新生儿住院要先自费", answered(OTHER, ["先自费结算"])),
    )
    add_dialogue(
        t,
        ("hello", HELLO),
        (
            "Which body interprets the relic protection measures?",
            answered(art(RP, "第五十四条"), ["联席会议办公室"]),
        ),
        ("那医保实施办法呢 哪个单位解释", answered(mi("第四十九条"), ["阿里地区医疗保障局"])),
    )


def _greetings_and_malformed(t: Tune15Table) -> None:
    add_dialogue(
        t,
        ("你好呀 小助手 忙不忙", HELLO),
        (
            "What deductible do I pay first for a stay at a township clinic?",
            answered(INPATIENT, ["100元"]),
        ),
        ("谢谢", HELLO),
    )
    add_dialogue(
        t,
        ("在吗在吗 想咨询个住院的事", HELLO),
        ("她交一百二那档 一级医院今年头趟住院 一共四千五", e.inpatient(120, "一级", "4500")),
        ("明白了 谢谢你耐心解答", HELLO),
    )
    add_dialogue(
        t,
        ("交一百二档的 去了三级医院头回住 发票上我写的一点五万三", e.error("费用")),
        ("说错了 是一万五千三", e.inpatient(120, "三级", "15300")),
    )
    add_dialogue(
        t,
        ("交了200档 二级医院第一次住 花了九千", e.error("档次")),
        ("是250档", e.inpatient(250, "二级", "9000")),
    )
    add_dialogue(
        t,
        ("在六级医院住院 交60 第一次 花了五千", e.error("级别")),
        ("手滑打错了 其实住的是一级医院", e.inpatient(60, "一级", "5000")),
    )
    add_dialogue(
        t,
        ("我哥守县级文物点 今年干了十五个月 今年工钱多少", e.error("月")),
        ("写错了 是五个月", e.custodian("县级", 5)),
    )
    add_dialogue(
        t,
        ("爷爷今年两百零五岁 参保交不交钱", e.error("年龄")),
        ("不好意思 是七十五岁", e.enrol(sex="男", age=75)),
    )


def _other_rules(t: Tune15Table) -> None:
    add_dialogue(
        t,
        ("交60 乡镇卫生院头一回住院 三千", e.inpatient(60, "乡镇卫生院", "3000")),
        ("为什么要先扣一百", answered(INPATIENT, ["100元"])),
        ("那第二次住院扣多少", answered(INPATIENT, ["70%"]) | BOTH),
        ("扣起付线这条规定是哪个文件里的", answered(INPATIENT, [MI])),
    )
    add_dialogue(
        t,
        ("儿媳在二级医院生孩子 合规的三千八", e.maternity("二级", "3800")),
        ("为啥生孩子这笔一分钱都不用自己出", answered(OTHER, ["全额报销"])),
        ("婴儿没上户口就走了 费用怎么算", answered(OTHER, ["随其母亲"])),
    )
    add_dialogue(
        t,
        ("建档立卡的 交60 二级医院头回住院 一万", e.inpatient(60, "二级", "10000", poor=True)),
        ("怎么比我邻居报得多", answered(OTHER, ["提高5%"])),
        ("建档立卡的个人交多少保费", answered(TIERS, ["190"]) | BOTH),
    )
    add_dialogue(
        t,
        ("医保断了两年 各级财政补助合计七百六 补交多少", e.late("760")),
        ("为啥要按最高档补", answered(LATE, ["最高筹资标准"])),
        ("补交以后哪天能用", answered(LATE, ["次月起"])),
    )
    add_dialogue(
        t,
        ("财政补助总共一千二 中央给八百 其余怎么分", e.subsidy_split("1200", "800")),
        ("这个比例哪一条定的", answered(mi("第十七条"), ["6:2:2"])),
        ("地县财政最晚哪天拨到位", answered(mi("第二十条"), ["3月31日"])),
    )
    add_dialogue(
        t,
        ("我阿爸交250 三级医院头回住院 两万", e.inpatient(250, "三级", "20000")),
        ("我阿妈交60 一级医院 第一次 一万", e.inpatient(60, "一级", "10000")),
        ("她要是去拉萨住院呢 还是一级的", e.inpatient(60, "一级", "10000", in_area=False)),
        ("为什么去拉萨就少了", answered(INPATIENT, ["10%"])),
    )
    add_dialogue(
        t,
        (
            "二级医院第一次住院 交120 住了八天 床位费每天一百 总共九千",
            e.inpatient(120, "二级", "9000", bed_days=8, bed_fee="100"),
        ),
        ("床位费超出的部分怎么算", answered(INPATIENT, ["60元/床日"])),
        ("三级医院的床位标准是多少", answered(INPATIENT, ["80元/床日"])),
    )
    add_dialogue(
        t,
        (
            "文物干部的安全培训 规定一年起码组织几回",
            answered(TRAINING_ONCE, ["每年不得少于一次"]),
        ),
        ("培训中途能退吗", answered(art(RT, "一、（四）"), ["书面形式"])),
        ("怎么处理被退训的学员", answered(art(RT, "四、（三）"), ["书面检讨"])),
        ("这些规定在哪个文件", answered(art(RT, "四、（三）"), ["文物安全培训办法"])),
    )
    add_dialogue(
        t,
        ("人民医院创三甲争取什么时候挂牌", answered(art(HP, "三、（七）"), ["2021年底前"])),
        (
            "初次评审谁去跟自治区卫健委沟通",
            answered(art(HP, "三、（五）"), ["地区卫健委负责与自治区卫健委沟通"]),
        ),
        ("远程平台对接了哪些内地医院", answered(art(HP, "四、（七）"), ["陕西省 10 家"])),
    )
    add_dialogue(
        t,
        ("2020年阿里高校毕业生多少", answered(quote(GE, "2020年591人"), ["591"])),
        ("那2023年呢", answered(quote(GE, "2023年630人左右"), ["630"])),
        ("规划鼓励毕业生去哪些企业就业", answered(art(GE, "四、（二）1."), ["非公企业"])),
    )
    add_dialogue(
        t,
        ("四好农村路示范创建分几个阶段", answered(art(RD, "四、"), ["四个阶段"])),
        ("查漏补缺阶段是什么时候", answered(art(RD, "四、（三）"), ["2020年7月1日至7月31日"])),
        ("每县每年的养护补贴是多少", answered(ROAD, ["100万元/年"]) | BOTH),
        ("三个县一年合计多少万", e.road(3, False)),
    )
    d1 = e.two_diseases(["高血压", "糖尿病"], "一级", "1500")
    add_dialogue(
        t,
        ("血压血糖都高 两病门诊一级医院 甲类一千五", d1),
        (
            "下个月三级医院甲类一千二 乙类四百",
            e.two_diseases(["高血压", "糖尿病"], "三级", "1200", "400", paid=paid_after(d1)),
        ),
        ("乙类药为什么要先扣一成", answered(TWO, ["10%"])),
    )
    add_dialogue(
        t,
        ("住院请护工的钱能报吗", answered(EXCLUDED, ["护工费"])),
        ("那院外会诊费呢", answered(EXCLUDED, ["院外会诊费"])),
        ("怎么这些都不报 依据哪一条", answered(EXCLUDED, ["不予支付"])),
    )


def _added_after_the_run(t: Tune15Table) -> None:
    """Six turns appended after the one run (not run yet) to hold turns 20 % over the minimum."""
    add_dialogue(
        t,
        ("守自治区级文物点的舅舅干了四个月 工钱一共多少", e.custodian("自治区级", 4)),
        (
            "假如他守点的时候丢了文物 算重大看管事故给解聘了 钱怎么算",
            e.custodian("自治区级", 4, accident=True),
        ),
        (
            "为啥出了事故以后补助就没了",
            answered(art(RC, "第十一条"), ["扣除当年野外文物看管补助"]),
        ),
        (
            "看管员还有哪些行为会被解聘",
            answered(art(RC, "第十七条"), ["不履行野外文物看管人员职责"]),
        ),
        ("换个事 舅舅自己住院 交120 一级医院头一回 七千", e.inpatient(120, "一级", "7000")),
        ("住院报销这些规定在哪个文件里", answered(INPATIENT, [MI])),
    )


def build(t: Tune15Table) -> None:
    _caps(t)
    _slots_and_corrections(t)
    _topic_switches(t)
    _relics_and_medical(t)
    _greetings_and_malformed(t)
    _other_rules(t)
    _added_after_the_run(t)
