"""Dialogues typed as phone chats and voice input: slot-only turns (县医院二级的, 交的120 第一回,
一万九, 换成250档呢, 她老伴66了呢, 换成县级点呢, 再加三处国保的, 按三年算), corrections (不是三级
是二级; 搞错了 这是今年第二次; 看错了 是9个月), 为什么/为啥/怎么… after a result, 哪条/哪一条/
哪个文件, topic switches while a follow-up for tier, level, cost, months, site level or fiscal
subsidy is pending (some coming back with only the missing slot), the yearly 6万 cap across two
stays, across dialysis months and across a stay plus chemotherapy, the 两病 1200 limit and the
普通门诊 300 limit across visits; custodian pay and budgets, road subsidies, relic <-> medical
switches, English turns, greetings and thanks, a malformed amount, tier, age, level and month
count, each then corrected. Amounts already paid are expect.paid_after of the earlier turns."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_dialogue
from evaluation.phrasings.expect import BOTH, HELLO, answered, paid_after
from evaluation.phrasings.places import (
    CAP,
    EXCLUDED,
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
from evaluation.phrasings13.table import Tune13Table

CUSTODIANS = "野外文物看管人员管理细则"
RELICS = "文物保护管理办法"


def _caps(t: Tune13Table) -> None:
    s1 = e.inpatient(250, "三级", "80000")
    add_dialogue(
        t,
        ("外公今年头一回住地区医院三级的 交的250 一共八万", s1),
        (
            "过了半年又住进去 还是三级 花了两万",
            e.inpatient(250, "三级", "20000", 2, paid=paid_after(s1)),
        ),
        ("怎么第二回几乎没报", answered(CAP, ["6万元"])),
        ("这个一年最多六万是哪一条", answered(CAP, [MI])),
    )
    m1 = e.special(120, "慢性肾功能衰竭", "30000")
    m2 = e.special(120, "慢性肾功能衰竭", "30000", paid_after(m1))
    m3 = e.special(120, "慢性肾功能衰竭", "30000", paid_after(m1, m2))
    add_dialogue(
        t,
        ("大舅肾衰门诊透析 交120 四月花了三万", m1),
        ("五月也是三万", m2),
        ("六月还是三万", m3),
        ("为什么六月报得那么少", answered(CAP, ["6万"])),
    )
    h1 = e.inpatient(120, "二级", "60000")
    add_dialogue(
        t,
        ("120档 二级医院今年第一次住院 六万", h1),
        (
            "出院以后门诊放疗 这次三万 报多少",
            e.special(120, "恶性肿瘤", "30000", paid_after(h1)),
        ),
        ("门诊放疗怎么跟住院的额度连在一起了", answered(SPECIAL, ["合并累计"])),
    )
    d1 = e.two_diseases(["糖尿病"], "一级", "1500")
    add_dialogue(
        t,
        ("糖尿病两病门诊 一级医院 甲类一千五", d1),
        (
            "下个月又开了甲类八百",
            e.two_diseases(["糖尿病"], "一级", "800", paid=paid_after(d1)),
        ),
        ("为啥第二次报得这么少", answered(TWO, ["1200"])),
    )
    g1 = e.general("500")
    add_dialogue(
        t,
        ("普通门诊今年第一次看 花了五百", g1),
        ("过两天又去了 花了一百", e.general("100", "500")),
        ("那这一年普通门诊最多能报多少", answered(GENERAL, ["300"])),
    )


def _slots_and_corrections(t: Tune13Table) -> None:
    add_dialogue(
        t,
        ("你好 帮我算算住院能报多少", {"status": "follow_up"}),
        ("县医院二级的", {"status": "follow_up"}),
        ("交的120 第一回", e.follow_up(None, ["cost"])),
        ("一万九", e.inpatient(120, "二级", "19000")),
        ("要是当时交的是250的那档 又是多少", e.inpatient(250, "二级", "19000")),
    )
    add_dialogue(
        t,
        ("亲家母今年64 城乡居民医保还交不交", e.enrol(sex="女", age=64)),
        ("她老伴62呢", e.follow_up(None, ["tier"])),
        ("交60那档", e.enrol(sex="男", age=62, tier=60)),
        ("她家孙子是孤儿 要交吗", e.enrol(["孤儿"])),
    )
    add_dialogue(
        t,
        ("交250 三级医院头回住院 一万二", e.inpatient(250, "三级", "12000")),
        ("不是三级 是二级", e.inpatient(250, "二级", "12000")),
        ("为什么二级的比例高一些", answered(INPATIENT, ["90%"])),
    )
    add_dialogue(
        t,
        ("120档 一级医院第一次住院 八千", e.inpatient(120, "一级", "8000")),
        ("搞错了 这是今年第二次", e.inpatient(120, "一级", "8000", 2)),
        ("怎么第二次的起付线变低了", answered(INPATIENT, ["70%"])),
    )
    add_dialogue(
        t,
        ("青光眼能办门特吗", answered(SPECIAL, ["青光眼"])),
        ("我阿妈就是 交250 门诊花了一千八", e.special(250, "青光眼", "1800")),
        ("要是她交的60呢", e.special(60, "青光眼", "1800")),
    )
    add_dialogue(
        t,
        ("去年断缴了 财政补助合计700 补缴要多少", e.late("700")),
        ("为啥补缴要交这么多", answered(LATE, ["个人缴费最高档次"])),
        ("断缴那段时间看病的钱呢", answered(LATE, ["本人承担"])),
    )


def _topic_switches(t: Tune13Table) -> None:
    photo = art(RP, "第三十七条")
    add_dialogue(
        t,
        ("岳父在二级医院住院 头一回 花了九千", e.follow_up(None, ["tier"])),
        (
            "这个先放放 石窟里的壁画能不能拍",
            answered(photo, ["不得拍摄"], not_follow_up_for=["tier"]),
        ),
        (
            "要是搞研究必须拍呢",
            answered(photo, ["自治区级以上文物行政管理部门批准"], not_follow_up_for=["tier"]),
        ),
    )
    pending = ["fiscal_subsidy"]
    add_dialogue(
        t,
        ("医保断了一年 想补上 要多少钱", e.follow_up(None, ["fiscal_subsidy"])),
        (
            "换个问题 两病门诊的糖尿病和门特的糖尿病能同时享受吗",
            answered(TWO, ["不得同时享受"], not_follow_up_for=pending),
        ),
        ("门特的病种一共多少个", answered(SPECIAL, ["30种"], not_follow_up_for=pending)),
    )
    add_dialogue(
        t,
        ("我在自治区级文物点守着 帮我算工资", e.follow_up(None, ["months"])),
        (
            "对了 看管员遇到盗墓的先报哪里",
            answered(art(RC, "第七条"), ["公安部门"], not_follow_up_for=["months"]),
        ),
        (
            "看管员有没有提意见的权利",
            answered(art(RC, "第八条"), ["提出建议和意见"], not_follow_up_for=["months"]),
        ),
        ("干了4个月", e.custodian("自治区级", 4)),
    )
    add_dialogue(
        t,
        ("交60 今年第一次住院 花了六千五", e.follow_up(None, ["level"])),
        (
            "插一句 外省住院几天内要备案",
            answered(mi("第三十三条"), ["5日"], not_follow_up_for=["level"]),
        ),
        ("噢 住的是乡卫生院", e.inpatient(60, "乡镇卫生院", "6500")),
    )
    add_dialogue(
        t,
        ("我是交250的 这是今年第二趟住地区三级医院 你看能报多少", e.follow_up(None, ["cost"])),
        (
            "不算了 文物安全培训多久办一次",
            answered(
                quote(RT, "文物安全培训原则上每年不得少于一次"),
                ["每年不得少于一次"],
                not_follow_up_for=["cost"],
            ),
        ),
    )
    add_dialogue(
        t,
        ("表哥当看管员干了5个月 算下钱", e.follow_up(None, ["site_level"])),
        (
            "先别算了 看管协议能签多长",
            answered(art(RC, "第十三条"), ["一年"], not_follow_up_for=["site_level"]),
        ),
        ("他那是国保点", e.custodian("全国重点", 5)),
    )


def _custodians_and_roads(t: Tune13Table) -> None:
    add_dialogue(
        t,
        ("县级以上野外文物点 一处安排几个看管员", answered(WAGE, ["2名"])),
        ("我守的是国保的 干了9个月", e.custodian("全国重点", 9)),
        ("换成县级点呢 也是9个月", e.custodian("县级", 9)),
        ("工资标准写在细则的哪一条", answered(WAGE, [CUSTODIANS])),
    )
    add_dialogue(
        t,
        ("两处县级野外点 全年看管经费预算", e.budget({"县级": 2}, 12)),
        ("再加三处国保的", e.budget({"县级": 2, "全国重点": 3}, 12)),
        ("改成只算四个月", e.budget({"县级": 2, "全国重点": 3}, 4)),
        ("这笔钱哪一级财政出", answered(WAGE, ["地区财政"])),
    )
    accident = art(RC, "第十一条")
    add_dialogue(
        t,
        ("自治区级点看管员干了10个月 工资多少", e.custodian("自治区级", 10)),
        (
            "可他守的那个点今年出过重大看管事故 这样还拿得到吗",
            e.custodian("自治区级", 10, accident=True),
        ),
        ("怎么出了事故钱就少了", answered(accident, ["重大看管事故"])),
    )
    add_dialogue(
        t,
        ("县级点看管员干了十三个月 工资多少", e.error("月")),
        ("看错了 是9个月", e.custodian("县级", 9)),
        ("看管员能出去参观学习吗", answered(art(RC, "第十四条"), ["参观考察"])),
    )
    prefecture = quote(RD, "350万元/年")
    county = quote(RD, "100万元/年")
    add_dialogue(
        t,
        (
            "农村公路养护专项补贴 按县算的话一个县一年给多少",
            answered(county, ["100万"], status=BOTH),
        ),
        ("日土 革吉 改则三个县加一起", e.road(3, False)),
        ("再算上地区财政那份 按三年算", e.road(3, True, 3)),
        ("这个补贴标准是哪个文件定的", answered(prefecture, ["四好农村路"])),
    )
    add_dialogue(
        t,
        ("地区财政加七个县 一年的养护补贴合计多少万", e.road(7, True)),
        ("怎么地区那份是350万", answered(prefecture, ["350万"])),
        ("只算措勤一个县 四年多少", e.road(1, False, 4)),
    )


def _relics_and_medical(t: Tune13Table) -> None:
    found = art(RP, "第二十一条")
    add_dialogue(
        t,
        ("挖水渠挖出一块刻字的石碑 咋办", answered(found, ["立即保护现场"])),
        ("这是办法里哪一条规定的", answered(found, [RELICS])),
        ("顺便问个医保的 住院的电话费能报吗", answered(EXCLUDED, ["电话费"])),
        ("空调费呢", answered(EXCLUDED, ["空调费"])),
    )
    repair = art(RP, "第三十九条")
    add_dialogue(
        t,
        ("把医保卡借给邻居看病 会怎么处理", answered(mi("第四十五条"), ["借给他人"])),
        ("另外问一下 寺里的佛像能自己修吗", answered(repair, ["未经批准"])),
        ("那修复要找哪个部门", answered(repair, ["自治区文物行政管理部门"])),
    )
    add_dialogue(
        t,
        (
            "在文保单位建设控制地带盖商店 方案谁审",
            answered(art(RP, "第十三条"), ["同级文物行政管理部门"]),
        ),
        ("换个话题 建档立卡户住院能多报几个点", answered(OTHER, ["5%"])),
        ("多给5个点写在哪个文件里", answered(OTHER, [MI])),
    )


def _english_and_greetings(t: Tune13Table) -> None:
    add_dialogue(
        t,
        (
            "Does the scheme cover telephone charges during a stay?",
            answered(EXCLUDED, ["电话费"]),
        ),
        ("请护工陪床的钱呢", answered(EXCLUDED, ["陪护费"])),
        ("great, that clears it up", HELLO),
    )
    add_dialogue(
        t,
        (
            "250 tier, level-three hospital, first stay, bill of 30000 yuan. How much is covered?",
            e.inpatient(250, "三级", "30000"),
        ),
        ("Why is 400 taken off first?", answered(INPATIENT, ["400元"])),
    )
    g1 = e.inpatient(120, "一级", "3000")
    add_dialogue(
        t,
        ("你好呀 在吗", HELLO),
        ("交120 一级医院第一次住院 三千", g1),
        ("懂了懂了 多谢", HELLO),
        (
            "要是月底又住了一回 也花三千呢",
            e.inpatient(120, "一级", "3000", 2, paid=paid_after(g1)),
        ),
    )


def _malformed_then_corrected(t: Tune13Table) -> None:
    add_dialogue(
        t,
        ("交120 三级医院头回住院 花了一点二万五", e.error("费用")),
        ("是一万二千五", e.inpatient(120, "三级", "12500")),
        ("为什么只报了七成多", answered(INPATIENT, ["70%"])),
    )
    add_dialogue(
        t,
        ("交了100档 二级医院第一次住 花了七千", e.error("档次")),
        ("记错了 交的是120", e.inpatient(120, "二级", "7000")),
        ("怎么二级医院起付线是200", answered(INPATIENT, ["200元"])),
    )
    add_dialogue(
        t,
        ("老爸今年三百岁 参保交不交钱", e.error("年龄")),
        ("打多了 是63岁 交120档", e.enrol(sex="男", age=63, tier=120)),
        ("那他过两年到65就不用交了吗", answered(TIERS, ["65"], status=BOTH)),
    )
    add_dialogue(
        t,
        ("在九级医院住院 交60 第一次 花了四千", e.error("级别")),
        ("是一级 手滑了", e.inpatient(60, "一级", "4000")),
    )


def _other_rules(t: Tune13Table) -> None:
    add_dialogue(
        t,
        ("女儿在二级医院顺产 合规费用四千五", e.maternity("二级", "4500")),
        ("怎么生孩子自己一分不用出", answered(OTHER, ["全额报销"])),
        ("刚出生的娃进了保温箱 住院的钱咋弄", answered(OTHER, ["先自费结算"])),
    )
    shares = mi("第十七条")
    add_dialogue(
        t,
        ("财政补助合计800 中央出了500 剩下的怎么分", e.subsidy_split("800", "500")),
        ("6:2:2是哪个文件规定的", answered(shares, [MI])),
        (
            "中央和自治区的那部分什么时候结算",
            answered(mi("第二十条"), ["次年按照实际参保人数结算"]),
        ),
    )
    add_dialogue(
        t,
        (
            "阿里参保的 交250 在成都三级医院第一次住院 三万五",
            e.inpatient(250, "三级", "35000", in_area=False),
        ),
        ("为啥在外面住院报得少", answered(INPATIENT, ["10%"])),
        (
            "出院回阿里后找医保报账 手续上要带的东西有哪些",
            answered(mi("第三十四条"), ["出院证明"]),
        ),
    )
    add_dialogue(
        t,
        ("建档立卡 交60 二级医院第一次住院 一万", e.inpatient(60, "二级", "10000", poor=True)),
        ("怎么比邻居报得多", answered(OTHER, ["5%"])),
    )
    add_dialogue(
        t,
        (
            "寺里珍贵文物的复核 规定是隔多长时间做一遍",
            answered(art(RP, "第二十六条"), ["每年复核一次"]),
        ),
        ("博物馆之间借文物最长借多久", answered(quote(RP, "借用期限最长不超过两年"), ["两年"])),
        ("借出去的弄丢了呢", answered(quote(RP, "借用期限最长不超过两年"), ["不得丢失"])),
    )


def build(t: Tune13Table) -> None:
    _caps(t)
    _slots_and_corrections(t)
    _topic_switches(t)
    _custodians_and_roads(t)
    _relics_and_medical(t)
    _english_and_greetings(t)
    _malformed_then_corrected(t)
    _other_rules(t)
