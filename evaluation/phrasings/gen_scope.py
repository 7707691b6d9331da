"""Scope rows: another place, scheme or year as the subject (out of scope) against rows that
only mention a place, an alias of the scheme or a year the documents do cover (in scope).
"""

from __future__ import annotations

import random

from evaluation.phrasings.rows import GE, HP, RC, RD, Table, art, mi, quote

# All 34 provincial-level units, each with a city or county of its own.
PROVINCES = [
    ("北京", "北京市朝阳区"),
    ("天津", "天津滨海新区"),
    ("上海", "上海浦东"),
    ("重庆", "重庆万州"),
    ("河北", "石家庄"),
    ("山西", "太原"),
    ("辽宁", "大连"),
    ("吉林", "长春"),
    ("黑龙江", "哈尔滨"),
    ("江苏", "苏州"),
    ("浙江", "杭州"),
    ("安徽", "合肥"),
    ("福建", "厦门"),
    ("江西", "赣州"),
    ("山东", "青岛"),
    ("河南", "郑州"),
    ("湖北", "武汉"),
    ("湖南", "长沙"),
    ("广东", "深圳"),
    ("海南", "三亚"),
    ("四川", "成都"),
    ("贵州", "遵义"),
    ("云南", "大理"),
    ("陕西", "咸阳"),
    ("甘肃", "兰州"),
    ("青海", "格尔木"),
    ("台湾", "台北"),
    ("内蒙古", "包头"),
    ("广西", "桂林"),
    ("西藏", "那曲"),
    ("宁夏", "银川"),
    ("新疆", "喀什"),
    ("香港", "香港九龙"),
    ("澳门", "澳门氹仔"),
]
# Other Tibetan prefectures, cities and counties (neighbours of Ngari included).
TIBET_OTHER = [
    "日喀则",
    "拉萨",
    "山南",
    "林芝",
    "昌都",
    "那曲市",
    "仲巴县",
    "萨嘎县",
    "吉隆县",
    "定日县",
    "尼玛县",
    "双湖县",
    "拉萨市城关区",
    "日喀则市桑珠孜区",
    "林芝市巴宜区",
]
PROVINCE_FORMS = {
    "北京": "北京市",
    "天津": "天津",
    "上海": "上海",
    "重庆": "重庆",
    "内蒙古": "内蒙古",
    "广西": "广西",
    "西藏": "西藏其他地市比如那曲",
    "宁夏": "宁夏",
    "新疆": "新疆",
    "香港": "香港",
    "澳门": "澳门",
    "台湾": "台湾",
}

SUBJECT_FRAMES = [
    ("{p}城乡居民医保住院起付线是多少？", [mi("第二十二条")]),
    ("{p}的居民医保一年要交多少钱", [mi("第十八条")]),
    ("{p}新农合住院报销比例多少", [mi("第二十二条")]),
    ("{p}合作医疗一年封顶线是多少", [mi("第二十三条")]),
    ("{p}那边哪些慢病能办门诊特殊病", [mi("第二十四条")]),
    ("{p}户口在当地参保的，医保什么时候交", [mi("第八条")]),
    ("{p}野外文物看管人员每月能拿多少工资", [art(RC, "第十二条")]),
    ("{p}四好农村路每个县养护补贴多少钱", []),
    ("{p}高校毕业生就业率目标是多少", []),
    ("{p}人民医院创三甲什么时候评审", []),
    ("我是{p}人 在{p}参的保 住院能报几成", [mi("第二十二条")]),
    ("{p}城乡居民医保两病门诊一年限额多少", [mi("第二十五条")]),
    ("{p}普通门诊报销起付线多少", [mi("第二十六条")]),
    ("请问{p}的农村医疗保险，建档立卡户个人交多少", [mi("第十八条")]),
    ("{p}大病保险最高赔多少", [mi("第二十七条")]),
    ("{p}医保 住院 起付线", [mi("第二十二条")]),
    ("{p}老人多少岁以后医保不用交钱", [mi("第十八条")]),
    ("{p}文物看管员是怎么选聘的，年龄要求多少", []),
]


def out_of_scope_place(table: Table, rng: random.Random) -> None:
    frames = list(SUBJECT_FRAMES)
    rng.shuffle(frames)
    n = 0
    for province, city in PROVINCES:
        for name in (PROVINCE_FORMS.get(province, province + "省"), city):
            frame, related = frames[n % len(frames)]
            n += 1
            table.add(
                "out_of_scope_place",
                frame.format(p=name),
                status="out_of_scope",
                gold=[],
                related=related or None,
            )
    for name in TIBET_OTHER:
        frame, related = frames[n % len(frames)]
        n += 1
        table.add(
            "out_of_scope_place",
            frame.format(p=name),
            status="out_of_scope",
            gold=[],
            related=related or None,
        )
    for q in [
        "全国的城乡居民医保住院报销比例都一样吗",
        "西藏自治区本级的城乡居民医保缴费标准是多少",
        "内地的新农合和阿里的有什么区别，内地一般报多少",
        "国外看病医保怎么报，比如在尼泊尔加德满都",
    ]:
        table.add("out_of_scope_place", q, status="out_of_scope", gold=[])


def in_scope_place(table: Table, rng: random.Random) -> None:
    """An Ngari resident treated elsewhere, or Ngari's own counties and towns: answered."""
    away = [
        "成都",
        "拉萨",
        "西安",
        "北京",
        "乌鲁木齐",
        "日喀则",
        "重庆",
        "石家庄",
        "昆明",
        "西宁",
        "上海",
        "咸阳",
    ]
    frames = [
        ("我是阿里参保的，到{c}住了院，报销会打折扣吗", [mi("第二十二条")], ["10%"]),
        ("阿里参保的去{c}看病住院，能报多少比例，比在阿里少多少", [mi("第二十二条")], ["10%"]),
        ("户口在阿里，在{c}住的院，医保按什么比例报", [mi("第二十二条")], ["10%"]),
        ("阿里的医保在{c}住院还能报吗 打几折", [mi("第二十二条")], ["10%"]),
    ]
    for i, city in enumerate(away):
        frame, gold, contains = frames[i % len(frames)]
        table.add(
            "in_scope_place",
            frame.format(c=city),
            status="answered",
            gold=gold,
            answer_contains=contains,
        )
    for city in ["成都", "西安", "北京", "广州", "兰州", "郑州"]:
        table.add(
            "in_scope_place",
            rng.choice(
                [
                    "我在{c}打工生病住院了，要先办什么手续",
                    "在{c}探亲时住院，阿里医保要备案吗，几天内",
                    "长期住在{c}，病了在那边住院要做什么",
                ]
            ).format(c=city),
            status="answered",
            gold=[mi("第三十三条")],
            answer_contains=["5日"],
        )
    for city in ["成都", "西宁", "武汉"]:
        table.add(
            "in_scope_place",
            f"在{city}住院自己先垫的钱，回阿里报销要带哪些材料",
            status="answered",
            gold=[mi("第三十四条")],
            answer_contains=["出院证明", "住院发票"],
        )
    home = [
        ("噶尔县的居民在县里一级医院住院，起付线多少", [mi("第二十二条")], ["200"]),
        ("普兰县卫生院住院起付线是多少", [mi("第二十二条")], ["100"]),
        (
            "札达县托林镇的老百姓参加医保一年交多少钱，有几个档",
            [mi("第十八条")],
            ["60", "120", "250"],
        ),
        ("日土县看管员一个月工资多少", [art(RC, "第十二条")], ["1200", "1400"]),
        ("改则县有几个建制村还没通硬化路", [quote(RD, "改则县9个")], ["9"]),
        ("狮泉河镇的居民医保什么时候交钱", [mi("第八条")], ["10月1日", "12月31日"]),
        ("革吉县安排了多少个生态补偿农村公路养护员", [quote(RD, "革吉县459人")], ["459"]),
        ("措勤县的人住院报销比例和噶尔县一样吗", [mi("第二十二条")], []),
        (
            "札达县还有哪两个乡镇没通硬化路",
            [quote(RD, "札达县底雅乡、萨让乡")],
            ["底雅乡", "萨让乡"],
        ),
        (
            "日土县要开通农村客运的是哪两个乡",
            [quote(RD, "日土县多玛乡、东汝乡")],
            ["多玛乡", "东汝乡"],
        ),
        ("昆莎乡的牧民生孩子住院医保怎么报", [mi("第二十九条")], ["全额报销"]),
        ("普兰镇的孤儿参加医保要交钱吗", [mi("第十八条")], ["医疗救助资金"]),
        ("在改则县乡卫生院住院床位费一天报多少", [mi("第二十二条")], ["20元"]),
        ("我是措勤县的，医保个人缴费由哪个部门收", [mi("第十五条")], ["税务部门"]),
        (
            "噶尔县门士乡挖地挖出了古代的陶罐，该怎么办",
            [art("文物保护管理办法", "第二十一条")],
            ["报告"],
        ),
        ("阿里七个县城都通客运班车了吗", [quote(RD, "7县县城均通客运班车")], ["100%"]),
        (
            "狮泉河镇到扎西岗乡有没有农村客运线路",
            [quote(RD, "狮泉河镇-扎西岗乡")],
            ["狮泉河镇-扎西岗乡"],
        ),
        ("我在拉萨上大学，户口还在阿里日土县，医保在哪参保", [mi("第六条")], ["户籍所在地"]),
        ("从日喀则易地搬迁到阿里噶尔县的，医保在哪里参保", [mi("第六条")], ["户籍地或现居住地"]),
        (
            "地区医院创建三甲的初审定在几月",
            [quote(HP, "实现三级甲等综合医院初审")],
            ["10月"],
        ),
        ("阿里的大学毕业生就业率目标是多少", [quote(GE, "就业率保持在90%以上")], ["90%"]),
        ("在神山脚下的普兰县巴嘎乡，医保缴费期是哪几个月", [mi("第八条")], ["10月1日"]),
    ]
    for q, gold, contains in home:
        # who pays may be answered as a rule or computed (第十八条)
        status = ["answered", "calculated"] if gold[0].get("article") == "第十八条" else "answered"
        table.add("in_scope_place", q, status=status, gold=gold, answer_contains=contains or None)


SCHEMES = [
    "职工医保",
    "城镇职工基本医疗保险",
    "商业医疗保险",
    "商业保险",
    "公务员医疗补助",
    "养老保险",
    "城乡居民养老保险",
    "生育保险",
    "工伤保险",
    "失业保险",
    "住房公积金",
    "惠民保",
    "意外险",
    "重疾险",
    "长期护理保险",
    "新农保（农村养老保险）",
    "企业补充医疗保险",
    "学平险",
]
SCHEME_FRAMES = [
    "{s}在三级医院住院的起付标准是多少",
    "{s}一年交多少钱",
    "{s}怎么报销，报多少",
    "阿里的{s}报销比例是多少",
    "{s}个人缴费比例多少",
    "{s}要交满多少年",
    "在阿里办{s}需要什么材料",
    "{s}一年最多赔多少",
]


def out_of_scope_scheme(table: Table, rng: random.Random) -> None:
    for i, scheme in enumerate(SCHEMES):
        for j in range(2):
            frame = SCHEME_FRAMES[(i * 2 + j) % len(SCHEME_FRAMES)]
            table.add("out_of_scope_scheme", frame.format(s=scheme), status="out_of_scope", gold=[])
    for q in [
        "西藏职工医保门诊特殊病有哪些",
        "我在单位上班交的职工医保，住院在三级医院报多少",
        "公务员看病除了医保还有补助吗，补多少",
        "买了商业保险还能用医保报销吗，商业险报多少",
        "退休以后养老金一个月能领多少",
        "女职工生育津贴怎么算",
        "工伤住院费用谁来出，工伤保险报几成",
    ]:
        table.add("out_of_scope_scheme", q, status="out_of_scope", gold=[])


def scheme_aliases(table: Table, rng: random.Random) -> None:
    """Everyday names of the same scheme (医保, 新农合, 合作医疗, 农牧区医疗, 居民医保): in scope."""
    rows = [
        ("新农合住院要先自付多少门槛费", [mi("第二十二条")], ["100", "200", "400"]),
        ("合作医疗一年封顶多少钱", [mi("第二十三条")], ["6万"]),
        ("农牧区医疗在乡卫生院住院能报百分之多少（交250的）", [mi("第二十二条")], ["90%"]),
        ("居民医保每年哪段时间缴费", [mi("第八条")], ["10月1日"]),
        ("医保一年最多报多少", [mi("第二十三条")], ["6万"]),
        ("城乡医保有几个缴费档次", [mi("第十八条")], ["60", "120", "250"]),
        ("新农合门诊特殊病有起付线吗", [mi("第二十四条")], ["不设起付线"]),
        ("合作医疗的个人缴费是谁来收", [mi("第十五条")], ["税务部门"]),
        ("农村医保看普通门诊一年封顶多少", [mi("第二十六条")], ["300"]),
        ("新农合和职工医保能同时参加吗", [mi("第六条")], ["不得同时参加"]),
        ("大病保险年度最高能赔付多少钱", [mi("第二十七条")], ["14万"]),
        ("大额补充医疗保险最高赔多少", [mi("第二十七条")], ["30万"]),
        ("医保卡借给亲戚看病会怎样", [mi("第四十五条")], ["追回"]),
        ("阿里医保的主管部门是哪个", [mi("第五条")], ["地区医保局"]),
        ("居民医保由哪个部门负责解释", [mi("第四十九条")], ["阿里地区医疗保障局"]),
        ("城乡居民医保从哪天开始执行", [mi("第四十九条")], ["2020年1月1日"]),
    ]
    for q, gold, contains in rows:
        table.add("scheme_alias", q, status="answered", gold=gold, answer_contains=contains)


def years(table: Table, rng: random.Random) -> None:
    outside = [
        ("2018年阿里医保缴费档次是多少", [mi("第十八条")]),
        ("2023年城乡居民医保住院报销比例是多少", [mi("第二十二条")]),
        ("2024年医保个人交多少钱", [mi("第十八条")]),
        ("2019年的时候合作医疗起付线多少", [mi("第二十二条")]),
        ("2025年野外文物看管员工资涨到多少了", [art(RC, "第十二条")]),
        ("2022年阿里医保缴费标准有没有调整", [mi("第十八条")]),
        ("2017年新农合一年最多报多少", [mi("第二十三条")]),
        ("2016年阿里的四好农村路养护补贴是多少", []),
        ("2026年阿里居民医保个人要缴多少钱", [mi("第十八条")]),
        ("2023年门诊特殊病增加了哪些病", [mi("第二十四条")]),
        ("2024年两病门诊限额提高了吗", [mi("第二十五条")]),
        ("2018年阿里高校毕业生就业率是多少", []),
        ("2022年的普通门诊报销比例", [mi("第二十六条")]),
        ("二〇二三年医保缴费标准", [mi("第十八条")]),
        ("2019年文物保护管理办法是怎么规定的", []),
    ]
    for q, related in outside:
        table.add("out_of_scope_year", q, status="out_of_scope", gold=[], related=related or None)
    inside = [
        ("规划里2023年阿里高校毕业生大概有多少人", [quote(GE, "2023年630人左右")], ["630"]),
        ("2025年阿里预计有多少高校毕业生", [quote(GE, "2025年660人左右")], ["660"]),
        (
            "2021年地区人民医院能挂牌三甲吗",
            [quote(HP, "通过三级甲等综合医院评审成功挂牌"), quote(HP, "争取2021年底前挂牌")],
            ["2021"],
        ),
        ("2020年城乡居民医保从什么时候开始执行", [mi("第四十九条")], ["2020年1月1日"]),
        ("2020年四好农村路创建分几个阶段", [quote(RD, "分四个阶段实施")], ["四个阶段"]),
        ("2020—2025年高校毕业生创业目标是多少人", [quote(GE, "创业达230人")], ["230"]),
        ("2020年底前要完成多少个油返砂项目", [quote(RD, "油返砂")], ["3"]),
        ("2020年有多少高校毕业生", [quote(GE, "2020年591人")], ["591"]),
    ]
    for q, gold, contains in inside:
        table.add("in_scope_year", q, status="answered", gold=gold, answer_contains=contains)


def additions(table: Table, rng: random.Random) -> None:
    """Rows added after the first commit, kept last so that earlier ids stay stable."""
    # a person insured elsewhere, treated in Ngari: the gazette has no rule for them
    for q in [
        "我是日喀则参保的，在阿里地区人民医院住院能报多少",
        "四川户口在四川交的新农合，在阿里住院怎么报",
        "青海的医保在狮泉河看病报销比例多少",
        "甘肃参保的游客在普兰县卫生院看病能报吗",
    ]:
        table.add("out_of_scope_place", q, status="out_of_scope", gold=[])
    inside = [
        ("2020年阿里要完成几个油返砂工程项目", [quote(RD, "油返砂")], ["3"]),
        ("2024年阿里大概有多少高校毕业生", [quote(GE, "2024年640人左右")], ["640"]),
        ("2021年高校毕业生预计多少人", [quote(GE, "2021年580人")], ["580"]),
        ("2022年阿里高校毕业生大概多少", [quote(GE, "2022年599人")], ["599"]),
        ("创三甲巩固提升阶段是2021年几月", [quote(HP, "争取2021年底前挂牌")], ["2021年9月"]),
        ("2020年全地区建制村通客车率要达到多少", [quote(RD, "建制村通客车率达到80%以上")], ["80%"]),
        ("2019年提供了多少就业援藏岗位，实际就业几个人", [quote(GE, "225个")], ["225", "15"]),
        ("2020年3月到10月创三甲要完成什么目标", [quote(HP, "实现三级甲等综合医院初审")], ["初审"]),
    ]
    for q, gold, contains in inside:
        table.add("in_scope_year", q, status="answered", gold=gold, answer_contains=contains)
    more_outside = [
        ("2021年阿里医保缴费档次变了吗，现在交多少", [mi("第十八条")]),
        ("2025年城乡居民医保财政补助标准是多少", [mi("第十七条")]),
        ("2017年的看管员工资是多少", [art(RC, "第十二条")]),
        ("2015年新农合能报多少", [mi("第二十二条")]),
        ("2023年大病保险最高赔多少", [mi("第二十七条")]),
        ("2026年医保住院起付线是多少", [mi("第二十二条")]),
        ("2019年四好农村路考核细则", []),
        ("二〇二二年阿里住院报销比例", [mi("第二十二条")]),
        ("2018年阿里高校毕业生有多少", []),
        ("2024年阿里文物安全培训计划安排了几次", []),
    ]
    for q, related in more_outside:
        table.add("out_of_scope_year", q, status="out_of_scope", gold=[], related=related or None)

    rows = [
        ("农牧区医疗制度和城镇居民医保合并了吗", [mi("第二条"), mi("第一条")], ["整合"]),
        ("居民医保个人缴费能选哪些档", [mi("第十八条")], ["60", "120", "250"]),
        ("合作医疗门特有起付线吗", [mi("第二十四条")], ["不设起付线"]),
        ("新农合二级医院床位费报多少一天", [mi("第二十二条")], ["60元"]),
        ("城乡医保两病是哪两病", [mi("第二十五条")], ["高血压", "糖尿病"]),
        ("农村医保家庭账户还有吗", [mi("第二十六条")], ["取消"]),
        ("新农合在区外住院要备案吗", [mi("第三十三条")], ["备案"]),
        ("合作医疗在三级医院住院起付线", [mi("第二十二条")], ["400"]),
        ("城乡居民医保统筹基金归哪一级管", [mi("第十六条")], ["地区级统筹"]),
    ]
    for q, gold, contains in rows:
        table.add("scheme_alias", q, status="answered", gold=gold, answer_contains=contains)


def build(table: Table) -> None:
    rng = random.Random(34)
    out_of_scope_place(table, rng)
    in_scope_place(table, rng)
    out_of_scope_scheme(table, rng)
    scheme_aliases(table, rng)
    years(table, rng)
    additions(table, rng)
