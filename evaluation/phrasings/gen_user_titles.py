"""Rows styled as titles people type on public Q&A sites: "急！", "求问", "有没有人知道",
"西藏阿里…", run-on sentences without punctuation. Written for this table (no site's text
is copied); in and out of scope are mixed so that both directions are measured.
"""

from __future__ import annotations

from evaluation.phrasings import reference as ref
from evaluation.phrasings.rows import GE, RC, RD, RP, Table, art, mi, quote

IN_SCOPE = [
    ("西藏阿里地区新农合住院报销比例是多少？急！！", [mi("第二十二条")], ["90%"]),
    ("求问西藏阿里的医保一年交多少钱啊", [mi("第十八条")], ["60", "120", "250"]),
    ("阿里地区的野外文物看管员工资待遇怎么样？", [art(RC, "第十二条")], ["1200", "1400"]),
    ("阿里医保在成都住院能报吗？比例会低多少？", [mi("第二十二条")], ["10%"]),
    ("有没有人知道阿里城乡居民医保缴费时间是啥时候", [mi("第八条")], ["10月1日"]),
    ("阿里地区门诊特殊病都有哪些病种？求一个完整名单", [mi("第二十四条")], ["恶性肿瘤", "冠心病"]),
    ("西藏阿里医保一年最高报销多少钱", [mi("第二十三条")], ["6万"]),
    ("阿里农村医保两病是哪两个病，报多少", [mi("第二十五条")], ["高血压", "糖尿病"]),
    ("阿里当野外文物看管员有年龄限制吗？40岁可以吗", [art(RC, "第五条")], ["25", "50"]),
    ("在阿里挖到文物不上交会怎么样", [art(RP, "第五十条"), art(RP, "第二十一条")], []),
    ("阿里医保普通门诊能报吗 一年能报多少", [mi("第二十六条")], ["300"]),
    ("阿里地区城乡居民医保生孩子能报多少", [mi("第二十九条")], ["全额报销"]),
    ("阿里交医保交哪个档次划算啊，有哪些档", [mi("第十八条")], ["60", "120", "250"]),
    ("阿里建档立卡户看病报销有什么优惠政策", [mi("第二十九条")], ["5%"]),
    ("请问阿里医保区外住院需要备案吗？怎么备案", [mi("第三十三条")], ["备案"]),
    (
        "阿里的大学生毕业了政府有什么就业岗位吗 三支一扶有几个",
        [quote(GE, "“三支一扶”就业岗位不少于")],
        ["10"],
    ),
    ("阿里地区人民医院什么时候能评上三甲", [quote("人民医院创", "成功挂牌")], ["2021"]),
    ("阿里四好农村路每个县每年给多少养护补贴", [quote(RD, "100万元/年")], ["100万元"]),
    ("阿里寺庙里的壁画可以拍照吗 被抓到会怎样", [art(RP, "第三十七条")], ["不得拍摄"]),
    ("阿里医保个人缴费在哪里交，谁收", [mi("第十五条")], ["税务部门"]),
    ("阿里医保报销不了的项目有哪些？？", [mi("第三十条")], ["挂号费", "交通事故"]),
    ("阿里城乡医保参保需要带什么证件", [mi("第七条")], ["户口簿"]),
    ("阿里医保老人多大年纪就不用交了", [mi("第十八条")], ["60", "65"]),
    (
        "阿里文物安全培训一年搞几次",
        [quote("文物工作人员文物安全培训办法", "每年不得少于一次")],
        ["一次"],
    ),
    ("阿里医保连续住院半年多怎么结算", [mi("第二十二条")], ["180天"]),
]

OUT_OF_SCOPE = [
    "拉萨市城乡居民医保报销比例是多少？",
    "那曲市2020年城乡居民医保缴费标准",
    "日喀则新农合一年交多少钱？在线等",
    "西藏公务员医疗补助标准是多少",
    "阿里考公务员难不难，一般要考多少分",
    "西藏职工医保个人账户每月划多少钱",
    "四川农村合作医疗在西藏住院能报吗，报多少",
    "青海城乡居民医保门诊特殊病有哪些",
    "新疆的医保能在阿里用吗，报销比例多少",
    "阿里旅游要注意什么，高反严重吗",
    "阿里地区2023年的医保缴费标准出来了吗",
    "西藏2024年城乡居民医保住院起付线调整了吗",
    "阿里的商业保险哪家好，报销快",
    "阿里的养老保险一个月能领多少钱",
    "阿里冬天有多冷，狮泉河零下多少度",
    "林芝的野外文物看管员工资多少",
    "山南市四好农村路养护补贴标准是多少",
    "昌都市高校毕业生就业率是多少",
    "甘肃新农合大病保险怎么报销",
    "阿里地区人民医院挂号怎么在网上预约",
]


def build(table: Table) -> None:
    for question, gold, contains in IN_SCOPE:
        status = ["answered", "calculated"] if gold[0].get("article") == "第十八条" else "answered"
        table.add(
            "user_titles", question, status=status, gold=gold, answer_contains=contains or None
        )
    for question in OUT_OF_SCOPE:
        table.add("user_titles", question, status="out_of_scope", gold=[])
    # calculation titles
    rows = [
        (
            "阿里医保交250档 住院花了3万 三级医院 第一次 能报多少钱？？",
            250,
            "三级",
            "30000",
            1,
            True,
        ),
        ("阿里城乡医保120档二级医院住院一万二报多少 第一次住院", 120, "二级", "12000", 1, True),
        (
            "求算：阿里医保60元档，在拉萨三甲医院第一次住院花了5万能报多少",
            60,
            "三级",
            "50000",
            1,
            False,
        ),
    ]
    for question, tier, level, cost, admission, in_area in rows:
        table.add(
            "user_titles",
            question,
            status="calculated",
            calculator="inpatient",
            inputs={
                "tier": tier,
                "level": level,
                "in_area": in_area,
                "admission": admission,
                "cost": cost,
            },
            expected=ref.inpatient(tier, level, cost, admission, in_area),
            cites=["第二十二条"],
        )
