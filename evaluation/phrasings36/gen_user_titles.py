"""Titles in the style of Chinese Q&A sites and forum posts (求助贴, 小白求问, 有没有懂的, 在线等挺急的,
蹲一个懂行的, 求科普, 有大佬知道吗, 萌新求教, 不懂就问, 坐等回复, 老铁们, 救救孩子…), with typos people
make (住阮, 起附线, 报消, 医报, 封丁, 床为费, 俩病, 门特并, 看管圆, 文屋, 陪训, 毕业身, 参宝, 缴废, 养户公司,
客运版车, 托片, 大病保显), over all seven documents; some declined, some calculated. Every sentence was
written for this table."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_titles, add_zipped
from evaluation.phrasings.places import (
    CAP,
    EXCLUDED,
    GENERAL,
    INPATIENT,
    MATERNITY,
    PERIOD,
    SERIOUS,
    SHARE,
    SPECIAL,
    TWO,
    WAGE,
)
from evaluation.phrasings.rows import GE, HP, RC, RD, RP, RT, art, mi, quote

U = "user_titles"

# (status, gold or None, terms, question)
TITLES = [
    ("answered", INPATIENT, ["200元"], "求助贴：二级医院住阮起附线是多少啊"),
    ("answered", CAP, ["6万元"], "小白求问 城乡居民医报一年封丁多少"),
    ("answered", INPATIENT, ["80元/床日"], "有没有懂的 三级医院床为费医保按多少一天算"),
    ("answered", TWO, ["800元"], "在线等挺急的 俩病里的高血压一年限额多少"),
    ("answered", SPECIAL, ["30种"], "蹲一个懂行的 门特并一共有多少种"),
    ("answered", GENERAL, ["300元"], "求科普 普通门诊一年最多报消多少"),
    ("answered", PERIOD, ["10月1日至12月31日"], "有大佬知道吗 居民医保每年啥时候缴废"),
    (e.BOTH, SHARE, ["不再缴费"], "萌新求教 我爸六十六了参宝还要自己交钱吗"),
    ("answered", mi("第七条"), ["户口簿、身份证原件和复印件"], "不懂就问 第一次参宝要带哪些证件"),
    ("answered", mi("第十条"), ["地区医保局"], "坐等回复 地直单位家属参保找哪个部门"),
    ("answered", mi("第二十条"), ["3月31日前"], "老铁们 政府医保补助每年几月底前到位"),
    ("answered", MATERNITY, ["全额报销"], "救救孩子 老婆生娃报消能报多少"),
    ("answered", mi("第二十九条"), ["先自费结算"], "新手爸爸求问 新生儿住院费是先自己垫吗"),
    ("answered", EXCLUDED, ["助听器"], "【提问】给老人配助听器医报给不给报"),
    ("answered", SERIOUS, ["14万元"], "大病保显一年最高赔多少 有懂的吗"),
    ("answered", mi("第二十七条"), ["30万元"], "农牧民大额补充医疗保险封丁多少 求解惑"),
    ("answered", mi("第三十一条"), ["医保电子凭证"], "请问有人知道 看病不带社保卡用啥也行"),
    ("answered", mi("第三十四条"), ["费用清单"], "求大神 区外住院回来报消要准备啥材料"),
    ("answered", mi("第八条"), ["最高筹资标准全额补缴"], "断缴了怎么补 有没有懂医报的老哥"),
    ("answered", WAGE, ["1400元"], "问一下各位 自治区级野外点看管圆一个月多少钱"),
    ("answered", art(RC, "第五条"), ["以男性为首选"], "看管圆招聘是不是只要男的 在线等"),
    ("answered", art(RC, "第十一条"), ["立即解聘"], "看管圆出了重大事故会被开除吗 求解答"),
    (
        "answered",
        art(RC, "第十七条"),
        ["借机为自己和其他亲友敛取钱财"],
        "看管圆打着保护文屋的旗号收钱会怎样",
    ),
    ("answered", art(RC, "第十六条"), ["表彰和奖励"], "看管圆抓到盗墓的能不能受表彰 有大佬知道吗"),
    ("answered", art(RP, "第三十八条"), ["禁止翻印出售"], "经过批准的托片可以拿去卖吗 萌新求教"),
    ("answered", art(RP, "第二十一条"), ["立即保护现场"], "盖房子挖出文屋怎么办 急"),
    (
        "answered",
        art(RP, "第二十八条"),
        ["防火、防盗、防虫、防尘、防震"],
        "收藏文屋的寺庙要配哪些防护设施 求科普",
    ),
    (
        "answered",
        art(RP, "第十三条"),
        ["爆破、钻探、挖掘"],
        "文保单位保护范围里能不能搞爆破 求大佬",
    ),
    (
        "answered",
        art(RP, "第三十六条"),
        ["游客承载标准"],
        "文物景点一天能进多少游客谁定的 不懂就问",
    ),
    ("answered", art(RT, "一、（三）"), ["每年不得少于一次"], "文屋安全陪训一年搞几次 有没有懂的"),
    ("answered", art(RT, "四、（三）"), ["记录在案"], "陪训无故缺勤会咋样 坐等回复"),
    ("answered", art(RT, "六、（二）"), ["外出受训"], "文物陪训都有哪些方式 求科普"),
    ("answered", art(RT, "六、（六）"), ["驻寺僧尼"], "寺里的僧人要不要参加文物安全陪训"),
    (
        "answered",
        art(HP, "四、（十五）"),
        ["沟通、交流、提升、兴藏"],
        "冈底斯医学论坛的主题是啥 求解惑",
    ),
    (
        "answered",
        art(HP, "四、（二）"),
        ["10461平方米"],
        "地区人民医院外科综合楼占地多大 有知道的吗",
    ),
    ("answered", art(HP, "四、（四）"), ["3825平方米"], "传染病楼新建多少平米 老铁们"),
    ("answered", art(HP, "三、"), ["7个阶段"], "人民医院创三甲分几步走 小白求问"),
    (
        "answered",
        art(HP, "四、（十三）"),
        ["口腔种植义齿"],
        "听说地区人民医院要开种牙业务了 真的假的",
    ),
    ("answered", art(HP, "四、（十六）"), ["一票否决"], "医德医风一票否决是咋回事 求科普"),
    ("answered", art(RD, "二、（四）"), ["80%以上"], "建制村通客运版车率目标多少 蹲一个"),
    ("answered", art(RD, "二、（三）"), ["养护公司+合作社"], "各县提倡成立啥样的养户公司 求解答"),
    (
        "answered",
        quote(RD, "日常养护等简易工作必须雇佣当地农民"),
        ["不少于60%"],
        "养户公司雇本地农民有比例要求没",
    ),
    ("answered", art(RD, "二、（三）"), ["路长制"], "县乡村三级路长制是啥意思 有没有懂的"),
    ("answered", quote(RD, "现有农村客运线路4条"), ["6辆"], "阿里农村客运版车现在有几辆 在线等"),
    ("answered", art(RD, "二、"), ["15个乡镇和103个建制村"], "还有多少乡镇和村没通客车 求大佬"),
    ("answered", art(GE, "一、（二）1."), ["2025年660人左右"], "2025年阿里毕业身大概多少人 坐等"),
    (
        "answered",
        art(GE, "三、（一）4."),
        ["学前教育教师特设岗位不少于300个"],
        "毕业身想当幼儿老师 有特设岗位吗 多少个",
    ),
    (
        "answered",
        art(GE, "三、（一）3."),
        ["200个左右"],
        "河北陕西企业每年给阿里毕业身多少岗位 求科普",
    ),
    (
        "answered",
        art(GE, "一、（二）3."),
        ["142个、115个、225个"],
        "就业援藏岗位这几年给了多少个 老铁们",
    ),
    ("answered", art(GE, "三、（二）5."), ["5家以上"], "就业规划要培育几家人力资源骨干企业 求解惑"),
    ("out_of_scope", None, None, "求助贴：日喀则定结县的居民医保住院报多少"),
    ("out_of_scope", None, None, "有没有懂的 2017年阿里门诊报销比例多少"),
    ("out_of_scope", None, None, "老铁们 北京职工医保退休了还交不交"),
    ("out_of_scope", None, None, "求推荐 阿里哪家藏面馆最好吃"),
    ("out_of_scope", None, None, "萌新求教 河南周口新农合一年交多少钱"),
    ("out_of_scope", None, None, "在线等 考研英语怎么复习效率高"),
]

CALCULATED = [
    "急！舅舅交250 二级医院今年第一次住阮 花了两万六 能报多少",
    "求帮算 阿妈120档 三级医院头一回住院一万八 报消多少",
    "大佬们帮算 岳父交60 门特并高血压 门诊一千五 报多少",
    "求助 看管圆守县级野外点干了八个月 工资一共多少",
    "帮忙算算 两个县加地区财政 一年养户补贴多少",
    "姐妹们帮算 今年头一回普通门诊花了一百八 能报回来多少",
    "问下 男 六十八岁 参宝个人缴废多少",
    "老铁帮算 俩病糖尿病 一级医院甲类药一千 报多少",
]

EXPECTED = [
    e.inpatient(250, "二级", "26000"),
    e.inpatient(120, "三级", "18000"),
    e.special(60, "高血压", "1500"),
    e.custodian("县级", 8),
    e.road(2, True),
    e.general("180"),
    e.enrol(sex="男", age=68),
    e.two_diseases(["糖尿病"], "一级", "1000"),
]


def build(t) -> None:
    add_titles(t, U, TITLES)
    add_zipped(t, U, CALCULATED, EXPECTED)
