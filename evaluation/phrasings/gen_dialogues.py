"""Multi-turn conversations, answered in one State each.

Conventions (as in the development dialogues): a what-if turn that only changes a slot
("换成120档呢", "那二级医院呢") recomputes the same stay with nothing paid before; a turn
that reports another stay ("第二次住院又花了…") counts what was paid earlier in the
conversation against the 6万 cap (第二十三条) and sets the admission order.
"""

from __future__ import annotations

from typing import Any

from evaluation.phrasings import reference as ref
from evaluation.phrasings.rows import GE, RC, RD, RP, Table, art, mi, quote


def calc(calculator: str, expected: dict[str, str], cites: list[str], **inputs: Any) -> dict:
    return {
        "status": "calculated",
        "calculator": calculator,
        "inputs": inputs,
        "expected": expected,
        "cites": cites,
    }


def inp(
    tier,
    level,
    cost,
    admission=1,
    in_area=True,
    poor=False,
    paid="0",
    keys=("payment", "deductible"),
):
    full = ref.inpatient(tier, level, cost, admission, in_area, poor, already_paid=paid)
    cites = ["第二十二条"] + (["第二十三条"] if "uncapped_payment" in full else [])
    expected = {k: full[k] for k in keys if k in full}
    if "uncapped_payment" in full:
        expected["uncapped_payment"] = full["uncapped_payment"]
    return calc(
        "inpatient",
        expected,
        cites,
        tier=tier,
        level=level,
        in_area=in_area,
        admission=admission,
        cost=cost,
        poor=poor,
        already_paid=paid,
    )


def paid(step: dict) -> str:
    return step["expected"]["payment"]


def plus(*amounts: str) -> str:
    from decimal import Decimal

    return str(sum(Decimal(a) for a in amounts))


def answered(gold, contains=None, **extra) -> dict:
    out = {"status": "answered", "gold": gold}
    if contains:
        out["answer_contains"] = contains
    out.update(extra)
    return out


def follow(missing: list[str]) -> dict:
    return {"status": "follow_up", "follow_up_for": missing}


def _slot_changes(d: list) -> None:
    a = inp(250, "三级", "20000")
    d.append(
        [
            ("交250档，在地区人民医院（三级）头一回住院，合规花了2万块，报多少", a),
            ("那二级医院呢？", inp(250, "二级", "20000")),
            ("换成120档呢", inp(120, "二级", "20000")),
            ("要是在西安住的院呢", inp(120, "二级", "20000", in_area=False)),
        ]
    )
    d.append(
        [
            ("我交60的，一级医院第一次住院花了6千", inp(60, "一级", "6000")),
            ("换成250档呢？", inp(250, "一级", "6000")),
            ("如果是三级医院呢", inp(250, "三级", "6000")),
        ]
    )
    d.append(
        [
            ("120档，乡卫生院，头回住院，费用三千五", inp(120, "乡镇卫生院", "3500")),
            ("那要是我们是建档立卡户呢", inp(120, "乡镇卫生院", "3500", poor=True)),
            ("换成二级医院呢", inp(120, "二级", "3500", poor=True)),
        ]
    )
    d.append(
        [
            ("我在二级医院第一次住院花了1.5万，能报多少", follow(["tier"])),
            ("交的120", inp(120, "二级", "15000")),
            ("那费用是两万五呢", inp(120, "二级", "25000")),
        ]
    )
    d.append(
        [
            ("250档三级医院第一次住院能报多少钱", follow(["cost"])),
            ("花了3万", inp(250, "三级", "30000")),
            ("要是在成都住的呢", inp(250, "三级", "30000", in_area=False)),
        ]
    )
    d.append(
        [
            ("交250，第一次住院，花了8千，报多少", follow(["level"])),
            ("二级医院", inp(250, "二级", "8000")),
            ("换成60档呢", inp(60, "二级", "8000")),
        ]
    )
    so = ref.special_outpatient
    d.append(
        [
            (
                "冠心病门诊看病，120档，这个月花了3000，报多少",
                calc(
                    "special_outpatient",
                    so(120, "3000"),
                    ["第二十四条"],
                    tier=120,
                    disease="冠心病",
                    cost="3000",
                ),
            ),
            (
                "换成250档呢",
                calc(
                    "special_outpatient",
                    so(250, "3000"),
                    ["第二十四条"],
                    tier=250,
                    disease="冠心病",
                    cost="3000",
                ),
            ),
            (
                "如果是建档立卡户呢？",
                calc(
                    "special_outpatient",
                    so(250, "3000", poor=True),
                    ["第二十四条", "第二十九条"],
                    tier=250,
                    disease="冠心病",
                    cost="3000",
                    poor=True,
                ),
            ),
        ]
    )
    go = ref.general_outpatient
    d.append(
        [
            (
                "普通门诊今年头回看病，花了200块，报多少",
                calc("general_outpatient", go("200"), ["第二十六条"], cost="200", prior_cost="0"),
            ),
            (
                "后来又看了一次，花了300呢",
                calc(
                    "general_outpatient",
                    go("300", "200"),
                    ["第二十六条"],
                    cost="300",
                    prior_cost="200",
                ),
            ),
            (
                "再看一次又花了400呢",
                calc(
                    "general_outpatient",
                    go("400", "500"),
                    ["第二十六条"],
                    cost="400",
                    prior_cost="500",
                ),
            ),
        ]
    )
    cp = ref.custodian_person
    d.append(
        [
            (
                "县级文保单位看管员干了4个月，工资一共多少",
                calc(
                    "custodian_pay",
                    cp("县级", 4),
                    ["第十二条"],
                    mode="person",
                    site_level="县级",
                    months=4,
                ),
            ),
            (
                "要是自治区级的呢",
                calc(
                    "custodian_pay",
                    cp("自治区级", 4),
                    ["第十二条"],
                    mode="person",
                    site_level="自治区级",
                    months=4,
                ),
            ),
            (
                "干满一年呢",
                calc(
                    "custodian_pay",
                    cp("自治区级", 12),
                    ["第十二条"],
                    mode="person",
                    site_level="自治区级",
                    months=12,
                ),
            ),
        ]
    )
    rs = ref.road_subsidy
    d.append(
        [
            (
                "普兰县一年的养护专项补贴多少万元",
                {
                    **calc("road_subsidy", rs(1, False), [], counties=1, prefecture=False, years=1),
                    "status": ["calculated", "answered"],
                    "answer_contains": ["100"],
                },
            ),
            (
                "加上札达县和地区财政呢",
                calc("road_subsidy", rs(2, True), [], counties=2, prefecture=True, years=1),
            ),
        ]
    )
    td = ref.two_diseases
    d.append(
        [
            (
                "高血压两病门诊，一级医院，甲类药500元，报多少",
                calc(
                    "two_diseases",
                    td(["高血压"], "一级", "500"),
                    ["第二十五条"],
                    diseases=["高血压"],
                    level="一级",
                    class_a="500",
                    class_b="0",
                ),
            ),
            (
                "那二级医院呢",
                calc(
                    "two_diseases",
                    td(["高血压"], "二级", "500"),
                    ["第二十五条"],
                    diseases=["高血压"],
                    level="二级",
                    class_a="500",
                    class_b="0",
                ),
            ),
        ]
    )


def _why(d: list) -> None:
    first = inp(250, "二级", "12000")
    second = inp(250, "二级", "6000", admission=2, paid=paid(first))
    d.append(
        [
            ("交250档，二级医院第一次住院花了1.2万，报多少", first),
            ("隔了两个月又住院了，第二次，花了6千", second),
            ("为什么这回起付线少了", answered([mi("第二十二条")], ["70%"])),
        ]
    )
    d.append(
        [
            ("120档，三级医院第一次住院，合规费用1万，能报多少", inp(120, "三级", "10000")),
            ("为什么没有全部报销", answered([mi("第二十二条")], ["400", "70%"])),
        ]
    )
    d.append(
        [
            ("250档在拉萨的三甲医院第一次住院花了2万", inp(250, "三级", "20000", in_area=False)),
            ("为什么比在阿里住院报得少", answered([mi("第二十二条")], ["10%"])),
        ]
    )
    big = inp(250, "三级", "80000")
    d.append(
        [
            ("250档三级医院第一次住院花了8万，能报多少", big),
            ("为啥不是按85%全报", answered([mi("第二十三条")], ["6万"])),
        ]
    )
    d.append(
        [
            (
                "我家是建档立卡户，250档，二级医院头回住院花了1万",
                inp(250, "二级", "10000", poor=True),
            ),
            ("为什么报销比例是95%", answered([mi("第二十九条")], ["5%"])),
        ]
    )
    d.append(
        [
            (
                "媳妇在二级医院生孩子，合规费用四千八，报多少",
                calc(
                    "inpatient",
                    ref.inpatient(None, "二级", "4800", maternity=True),
                    ["第二十九条"],
                    level="二级",
                    cost="4800",
                    maternity=True,
                ),
            ),
            ("为什么是全额报销", answered([mi("第二十九条")], ["全额报销"])),
        ]
    )
    d.append(
        [
            (
                "我老爹今年69，参保还得掏钱不",
                calc(
                    "contribution",
                    ref.contribution([], "男", 69),
                    ["第十八条"],
                    mode="enrol",
                    sex="男",
                    age=69,
                ),
            ),
            ("为什么不用交", answered([mi("第十八条")], ["65"])),
        ]
    )


def _which_document(d: list) -> None:
    d.append(
        [
            ("看管员协议最长签多久", answered([art(RC, "第十三条")], ["一年"])),
            ("这条在哪个文件", answered([art(RC, "第十三条")], ["野外文物看管人员管理细则"])),
        ]
    )
    d.append(
        [
            ("在区外住院要几天内备案", answered([mi("第三十三条")], ["5日"])),
            (
                "这个规定出自哪个文件",
                answered([mi("第三十三条")], ["城乡居民基本医疗保险实施办法"]),
            ),
        ]
    )
    d.append(
        [
            ("挖到疑似文物应该怎么办", answered([art(RP, "第二十一条")], ["报告"])),
            ("这条是哪个文件规定的", answered([art(RP, "第二十一条")], ["文物保护管理办法"])),
        ]
    )
    d.append(
        [
            ("革吉县有多少生态补偿养护员", answered([quote(RD, "革吉县459人")], ["459"])),
            ("这个出自哪份文件", answered([quote(RD, "革吉县459人")], ["四好农村路"])),
        ]
    )
    d.append(
        [
            (
                "县级看管员干了3个月一共多少钱",
                calc(
                    "custodian_pay",
                    ref.custodian_person("县级", 3),
                    ["第十二条"],
                    mode="person",
                    site_level="县级",
                    months=3,
                ),
            ),
            (
                "这个规定是哪份文件里的",
                answered([art(RC, "第十二条")], ["野外文物看管人员管理细则"]),
            ),
        ]
    )
    d.append(
        [
            ("规划里公益性岗位有多少个", answered([quote(GE, "公益性岗位1160个左右")], ["1160"])),
            (
                "这是哪个文件说的",
                answered([quote(GE, "公益性岗位1160个左右")], ["高校毕业生就业规划"]),
            ),
        ]
    )


def _topic_switch(d: list) -> None:
    d.append(
        [
            ("我在三级医院住院花了2万，能报多少", follow(["tier"])),
            (
                "算了，先问一下医保一年最多报多少",
                answered([mi("第二十三条")], ["6万"], not_follow_up_for=["tier"]),
            ),
            (
                "普通门诊起付线多少",
                answered([mi("第二十六条")], ["100"], not_follow_up_for=["tier"]),
            ),
        ]
    )
    d.append(
        [
            ("补交医保要交多少钱", follow(["fiscal_subsidy"])),
            (
                "看管员每月发多少工资",
                answered(
                    [art(RC, "第十二条")], ["1200", "1400"], not_follow_up_for=["fiscal_subsidy"]
                ),
            ),
            (
                "文物借用最长几年",
                answered([art(RP, "第二十七条")], ["两年"], not_follow_up_for=["fiscal_subsidy"]),
            ),
        ]
    )
    d.append(
        [
            ("我是看管员，干了8个月，工资多少", follow(["site_level"])),
            (
                "换个问题，看管员要多大年龄",
                answered([art(RC, "第五条")], ["25"], not_follow_up_for=["site_level"]),
            ),
        ]
    )
    d.append(
        [
            ("孩子白血病门诊化疗1.2万能报多少", follow(["tier"])),
            (
                "门诊特殊病有起付线吗",
                answered([mi("第二十四条")], ["不设起付线"], not_follow_up_for=["tier"]),
            ),
            (
                "那冠心病算不算",
                answered([mi("第二十四条")], ["冠心病"], not_follow_up_for=["tier"]),
            ),
        ]
    )
    d.append(
        [
            ("交120档第一次住院花了5千报多少", follow(["level"])),
            (
                "打架受伤住院能报吗",
                answered([mi("第三十条")], ["打架斗殴"], not_follow_up_for=["level"]),
            ),
        ]
    )
    d.append(
        [
            ("我在一级医院住院花了八千，头一回，能报多少", follow(["tier"])),
            (
                "日喀则的医保一年交多少钱",
                {"status": "out_of_scope", "gold": [], "not_follow_up_for": ["tier"]},
            ),
            (
                "阿里的呢，有几个档",
                answered([mi("第十八条")], ["60", "120", "250"], not_follow_up_for=["tier"]),
            ),
        ]
    )
    d.append(
        [
            ("乡卫生院第一次住院3000块能报多少", follow(["tier"])),
            ("帮我写首诗吧", {"status": "out_of_scope", "gold": [], "not_follow_up_for": ["tier"]}),
        ]
    )


def _yearly_cap(d: list) -> None:
    a1 = inp(120, "二级", "40000")
    a2 = inp(120, "二级", "40000", admission=2, paid=paid(a1))
    a3 = inp(120, "二级", "40000", admission=3, paid=plus(paid(a1), paid(a2)))
    d.append(
        [
            ("120档，二级医院今年第一次住院花了4万，能报多少", a1),
            ("又住了一次，还是二级医院，又花了4万", a2),
            ("第三次住院又花了4万，还能报多少", a3),
        ]
    )
    b1 = inp(250, "三级", "36000")
    b2 = inp(250, "三级", "36000", admission=2, paid=paid(b1))
    d.append(
        [
            ("250档三级医院第一次住院花了3.6万", b1),
            ("第二次住院也花了3.6万，能报多少", b2),
            ("为什么第二次报得这么少", answered([mi("第二十三条")], ["6万"])),
        ]
    )
    c1 = inp(250, "一级", "30000")
    c2 = inp(250, "一级", "25000", admission=2, paid=paid(c1))
    c3 = inp(250, "一级", "20000", admission=3, paid=plus(paid(c1), paid(c2)))
    d.append(
        [
            ("交250，一级医院第一次住院，花了3w", c1),
            ("第二次住院花了两万五呢", c2),
            ("第三次花了2万，还能报吗", c3),
        ]
    )
    so1 = ref.special_outpatient(250, "45000")
    s_after = inp(250, "三级", "30000", paid=so1["payment"])
    d.append(
        [
            (
                "我妈慢性肾衰门诊透析，250档，今年门诊合规花了4.5万，能报多少",
                calc(
                    "special_outpatient",
                    so1,
                    ["第二十四条"],
                    tier=250,
                    disease="慢性肾功能衰竭",
                    cost="45000",
                ),
            ),
            ("她今年第一次住院，三级医院花了3万，还能报多少", s_after),
        ]
    )
    e1 = inp(60, "三级", "50000")
    e2 = inp(60, "二级", "50000", admission=2, paid=paid(e1))
    e3 = inp(60, "乡镇卫生院", "10000", admission=3, paid=plus(paid(e1), paid(e2)))
    d.append(
        [
            ("60元档，三级医院第一次住院花了5万", e1),
            ("后来转到二级医院又住了一次，花了5万", e2),
            ("年底在乡卫生院第三次住院花了1万，还能报多少", e3),
        ]
    )


def _person_switch(d: list) -> None:
    c = ref.contribution
    d.append(
        [
            (
                "我爹67了，参保那钱还要他自己出吗",
                calc("contribution", c([], "男", 67), ["第十八条"], mode="enrol", sex="男", age=67),
            ),
            (
                "我妈57，她呢？交的250档",
                calc(
                    "contribution",
                    c([], "女", 57, 250),
                    ["第十八条"],
                    mode="enrol",
                    sex="女",
                    age=57,
                    tier=250,
                ),
            ),
        ]
    )
    d.append(
        [
            (
                "我奶奶62岁，医保个人交多少",
                calc("contribution", c([], "女", 62), ["第十八条"], mode="enrol", sex="女", age=62),
            ),
            (
                "那我爷爷63呢？交120档",
                calc(
                    "contribution",
                    c([], "男", 63, 120),
                    ["第十八条"],
                    mode="enrol",
                    sex="男",
                    age=63,
                    tier=120,
                ),
            ),
        ]
    )
    d.append(
        [
            (
                "我们家是低保户，我参保个人交多少",
                calc(
                    "contribution",
                    c(["低保对象"]),
                    ["第十八条"],
                    mode="enrol",
                    identities=["低保对象"],
                ),
            ),
            (
                "我表哥是建档立卡户，他呢",
                calc(
                    "contribution",
                    c(["建档立卡贫困人员"]),
                    ["第十八条"],
                    mode="enrol",
                    identities=["建档立卡贫困人员"],
                ),
            ),
        ]
    )
    d.append(
        [
            ("我爸61岁，交医保要自己出钱吗", {"status": ["follow_up", "answered", "calculated"]}),
            (
                "他交的60档",
                calc(
                    "contribution",
                    c([], "男", 61, 60),
                    ["第十八条"],
                    mode="enrol",
                    sex="男",
                    age=61,
                    tier=60,
                ),
            ),
            (
                "我妈也61，她呢",
                calc("contribution", c([], "女", 61), ["第十八条"], mode="enrol", sex="女", age=61),
            ),
        ]
    )
    d.append(
        [
            ("我交250档，三级医院第一次住院花了2万", inp(250, "三级", "20000")),
            ("我爸交的60档，也是三级医院第一次住院，花了2万，他能报多少", inp(60, "三级", "20000")),
        ]
    )


def _lookups(d: list) -> None:
    d.append(
        [
            ("门诊特殊病报销比例是多少", answered([mi("第二十四条")], ["60%", "70%", "90%"])),
            ("有起付线吗", answered([mi("第二十四条")], ["不设起付线"])),
            ("和住院一起算限额吗", answered([mi("第二十四条")], ["合并"])),
        ]
    )
    d.append(
        [
            ("文物保护单位分几级", answered([art(RP, "第十条")], ["县级文物保护单位"])),
            ("县级的由谁公布", answered([art(RP, "第十条")], ["县人民政府"])),
        ]
    )
    d.append(
        [
            ("看管员哪些情况会被解聘", answered([art(RC, "第十七条")], ["不及时报告", "不履行"])),
            ("出了重大看管事故呢", answered([art(RC, "第十一条")], ["立即解聘"])),
        ]
    )
    d.append(
        [
            ("高校毕业生就业率目标多少", answered([quote(GE, "就业率保持在90%以上")], ["90%"])),
            ("2020年毕业生有多少人", answered([quote(GE, "2020年591人")], ["591"])),
        ]
    )
    d.append(
        [
            (
                "创三甲分哪几个阶段",
                answered([quote("人民医院创", "巩固整改、动员部署")], ["正式评审"]),
            ),
            (
                "初次评审是什么时候",
                answered([quote("人民医院创", "撰写初次评审申请书")], ["2020年10月"]),
            ),
        ]
    )
    d.append(
        [
            ("医保哪些费用不报", answered([mi("第三十条")], ["挂号费", "交通事故"])),
            ("喝醉摔伤的呢", answered([mi("第三十条")], ["酗酒"])),
        ]
    )


def _more(d: list) -> None:
    so = ref.special_outpatient
    d.append(
        [
            ("看管员要多大年龄才能选上", answered([art(RC, "第五条")], ["25"])),
            ("我48岁呢", answered([art(RC, "第五条")], ["50"])),
        ]
    )
    d.append(
        [
            ("两病门诊高血压一年限额多少", answered([mi("第二十五条")], ["800"])),
            ("糖尿病呢", answered([mi("第二十五条")], ["1200"])),
            ("两个病都有呢", answered([mi("第二十五条")], ["2000"])),
        ]
    )
    d.append(
        [
            ("三级医院住院起付线多少", answered([mi("第二十二条")], ["400"])),
            ("那二级的呢", answered([mi("第二十二条")], ["200"])),
            ("第二次住院呢", answered([mi("第二十二条")], ["70%"])),
        ]
    )
    d.append(
        [
            ("交120档在乡卫生院住院报多少比例", answered([mi("第二十二条")], ["75%"])),
            ("那要是在拉萨住院呢", answered([mi("第二十二条")], ["10%"])),
        ]
    )
    m1 = so(250, "20000")
    m2 = so(250, "20000", already_paid=m1["payment"])
    m3 = so(250, "30000", already_paid=plus(m1["payment"], m2["payment"]))
    d.append(
        [
            (
                "冠心病门诊特殊病，250档，这个月花了2万，报多少",
                calc(
                    "special_outpatient",
                    m1,
                    ["第二十四条"],
                    tier=250,
                    disease="冠心病",
                    cost="20000",
                ),
            ),
            (
                "下个月又花了2万呢",
                calc(
                    "special_outpatient",
                    m2,
                    ["第二十四条"],
                    tier=250,
                    disease="冠心病",
                    cost="20000",
                    already_paid=m1["payment"],
                ),
            ),
            (
                "再下个月又花了3万，还能报多少",
                calc(
                    "special_outpatient",
                    m3,
                    ["第二十四条", "第二十三条"],
                    tier=250,
                    disease="冠心病",
                    cost="30000",
                    already_paid=plus(m1["payment"], m2["payment"]),
                ),
            ),
        ]
    )
    cp = ref.custodian_person
    d.append(
        [
            (
                "我在县级文保单位当看管员干了6个月，多少钱",
                calc(
                    "custodian_pay",
                    cp("县级", 6),
                    ["第十二条"],
                    mode="person",
                    site_level="县级",
                    months=6,
                ),
            ),
            (
                "我哥在自治区级的，也干了6个月，他呢",
                calc(
                    "custodian_pay",
                    cp("自治区级", 6),
                    ["第十二条"],
                    mode="person",
                    site_level="自治区级",
                    months=6,
                ),
            ),
        ]
    )
    d.append(
        [
            ("帮我挂个明天的号", {"status": "out_of_scope", "gold": []}),
            ("那住院起付线多少", answered([mi("第二十二条")], ["400"])),
        ]
    )
    d.append(
        [
            (
                "What is the inpatient deductible at a second-level hospital?",
                answered([mi("第二十二条")], ["200"]),
            ),
            ("三级的呢", answered([mi("第二十二条")], ["400"])),
        ]
    )
    d.append(
        [
            ("250档，二级医院第一次住院花了1万", inp(250, "二级", "10000")),
            ("顺便问一下，挖到文物怎么办", answered([art(RP, "第二十一条")], ["报告"])),
            ("刚才那次住院要是在三级医院呢", inp(250, "三级", "10000")),
        ]
    )
    d.append(
        [
            ("交250档，三级医院第一次住院花了2e9", {"status": "error", "error_contains": ["费用"]}),
            ("写错了，是2万", inp(250, "三级", "20000")),
        ]
    )


def build(table: Table) -> None:
    dialogues: list = []
    _slot_changes(dialogues)
    _why(dialogues)
    _which_document(dialogues)
    _topic_switch(dialogues)
    _yearly_cap(dialogues)
    _person_switch(dialogues)
    _lookups(dialogues)
    _more(dialogues)
    for turns in dialogues:
        table.add("dialogue", turns=[{"user": user, "expect": expect} for user, expect in turns])
