"""Question titles in the style people type on Chinese Q&A sites: colloquial, dialect words,
shouting punctuation, thanks in advance; in and out of scope."""

from __future__ import annotations

from evaluation.phrasings import reference as ref
from evaluation.phrasings.builders import add_titles
from evaluation.phrasings.rows import GE, RC, RP, art, mi, quote
from evaluation.phrasings2.table import HeldoutTable

U = "user_titles"

# (status, gold or None, terms, question)
TITLES = [
    (
        "answered",
        mi("第二十二条"),
        ["75%"],
        "阿里城乡居民医保120档在县医院（二级）住院报销多少？求懂的人解答",
    ),
    ("answered", mi("第八条"), ["12月31日"], "阿里医保今年交费截止到几号啊？怕错过了"),
    (
        "answered",
        mi("第二十四条"),
        ["精神分裂症"],
        "家里有精神分裂症病人，阿里医保门诊能报吗？在线等",
    ),
    ("answered", mi("第三十条"), ["交通事故"], "出车祸住院阿里居民医保给报吗？？对方全责"),
    ("answered", mi("第二十三条"), ["6万"], "请问阿里居民医保一年封顶线是多少万"),
    ("answered", mi("第二十六条"), ["300"], "阿里普通门诊报销一年最多能报几百块？"),
    ("answered", mi("第二十九条"), ["全额"], "在阿里生孩子医保能全报吗？宝妈们说说"),
    ("answered", mi("第三十三条"), ["5日"], "阿里户口在外地住院没备案咋办，备案有时间限制吗"),
    ("answered", mi("第十八条"), ["190"], "建档立卡户医保是不是国家帮交一部分，帮交多少"),
    ("answered", mi("第八条"), ["最高"], "阿里医保断交了还能补吗？补的话按什么标准交"),
    ("answered", mi("第二十二条"), ["70%"], "一年住两次院，第二次起付线是不是要少一点？谢谢"),
    ("answered", mi("第二十七条"), ["30万"], "阿里牧民大额补充医疗最高赔多少啊"),
    ("answered", mi("第七条"), ["户口簿"], "第一次给娃上阿里医保需要带啥材料？"),
    ("answered", mi("第二十五条"), ["800"], "阿里高血压门诊开药一年能报多少钱？老人长期吃药"),
    ("answered", mi("第三十条"), ["挂号费"], "挂号费医保报不报？阿里这边"),
    ("answered", art(RC, "第五条"), ["25", "50"], "阿里招野外文物看管员有年龄限制吗？我45了"),
    (
        "answered",
        art(RC, "第十二条"),
        ["1400"],
        "阿里自治区级文物点的看管员一个月工资多少？有懂的吗",
    ),
    ("answered", art(RC, "第十七条"), ["不及时报告"], "看管员发现文物被盗不报告会怎样？会被开除吗"),
    ("answered", art(RP, "第二十一条"), ["不得哄抢"], "阿里牧民放牧时捡到古董归谁？可以自己留着吗"),
    ("answered", art(RP, "第三十七条"), ["不得拍摄"], "去阿里寺庙旅游能拍壁画吗？被拦了"),
    (
        "answered",
        quote(GE, "就业率保持在90%以上"),
        ["90%"],
        "阿里高校毕业生就业率目标是多少？家长想了解下",
    ),
    (
        "answered",
        quote(GE, "河北省、陕西省每年各提供不少于200个事业单位岗位"),
        ["200"],
        "阿里毕业生能去河北陕西考事业编吗，每年多少个岗",
    ),
    ("answered", mi("第二十四条"), ["冠心病"], "冠心病在阿里能办门特吗？办了报多少"),
    (
        "answered",
        mi("第六条"),
        ["自出生之日起"],
        "新生儿在阿里上户口后当年能参保吗？从啥时候开始享受",
    ),
    ("out_of_scope", None, None, "西藏拉萨职工医保退休后还要交吗？"),
    ("out_of_scope", None, None, "日喀则城乡居民医保报销比例是多少？急急急"),
    ("out_of_scope", None, None, "成都新农合一年交多少钱 2023年的"),
    ("out_of_scope", None, None, "山南市文物看管员工资多少？"),
    ("out_of_scope", None, None, "2022年阿里医保缴费标准提高了吗？提高到多少"),
    ("out_of_scope", None, None, "平安福重疾险确诊了能赔多少？第一次买不懂"),
    ("out_of_scope", None, None, "青海格尔木的医保在阿里能用吗"),
    ("out_of_scope", None, None, "阿里哪家医院看妇科比较好？"),
    ("out_of_scope", None, None, "阿里考公务员好考吗？"),
    ("out_of_scope", None, None, "那曲居民医保门诊特殊病怎么申请？"),
    ("out_of_scope", None, None, "职工医保个人账户的钱能给家人用吗"),
]

# (calculator, inputs, expected, cites, question)
CALCULATED = [
    (
        "inpatient",
        {"tier": 120, "level": "二级", "cost": "12000", "admission": 1},
        ref.inpatient(120, "二级", "12000"),
        ["第二十二条"],
        "阿里医保交的120 县医院二级 第一次住院花了1万2 大概能报多少？？",
    ),
    (
        "inpatient",
        {"tier": 250, "level": "乡镇卫生院", "cost": "3000", "admission": 1},
        ref.inpatient(250, "乡镇卫生院", "3000"),
        ["第二十二条"],
        "250档在乡卫生院住院花了3000，第一次住，能报多少钱啊",
    ),
    (
        "special_outpatient",
        {"tier": 250, "disease": "糖尿病", "cost": "4000"},
        ref.special_outpatient(250, "4000"),
        ["第二十四条"],
        "糖尿病办了门特，交250的，这次门诊花了四千，报多少呢",
    ),
    (
        "custodian_pay",
        {"mode": "person", "site_level": "县级", "months": 7},
        ref.custodian_person("县级", 7),
        ["第十二条"],
        "县级文保点看管员干了7个月能拿多少钱？",
    ),
    (
        "contribution",
        {"mode": "enrol", "identities": ["低保对象"]},
        ref.contribution(["低保对象"]),
        ["第十八条"],
        "阿里低保户交医保要自己出钱不？",
    ),
]


def build(t: HeldoutTable) -> None:
    add_titles(t, U, TITLES)
    for calculator, inputs, expected, cites, question in CALCULATED:
        t.add(
            U,
            question,
            status="calculated",
            calculator=calculator,
            inputs=inputs,
            expected=expected,
            cites=cites,
        )
