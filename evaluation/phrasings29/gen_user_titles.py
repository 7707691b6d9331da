"""User titles in the style of Q&A sites: vague, colloquial, with a relative, a place or a plea
(【急】, 在线等, 求大神, 蹲, 老乡帮帮忙, 第一次当爸求指点…); most answered from the gazette, ten
declined (another prefecture, scheme or year, or nothing in the documents), eight computed. Every
sentence was written for this table."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_titles, add_zipped
from evaluation.phrasings.places import CAP, RATE
from evaluation.phrasings.rows import GE, HP, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings29.table import Tune29Table

U = "user_titles"
BOTH = ["answered", "calculated"]

TITLES = [
    (
        "answered",
        mi("第二十二条"),
        ["200元"],
        "【急】外婆在噶尔县医院住院 一级医院起付线到底多少啊",
    ),
    ("answered", mi("第二十四条"), ["痛风"], "老爸痛风能不能办门特？？在线等"),
    ("answered", mi("第二十五条"), ["1200元"], "糖尿病两病门诊一年最多报多少 求懂的姐妹"),
    ("answered", CAP, ["6万元"], "阿里居民医保封顶是多少 有没有大神知道"),
    ("answered", mi("第八条"), ["次月起"], "医保断了补交以后啥时候能用？？急"),
    ("answered", mi("第十八条"), ["250 元"], "建档立卡户交医保到底按哪个档 求解答", BOTH),
    ("answered", mi("第三十三条"), ["5日内"], "在成都打工住院了要备案吗 几天内？？ 老乡帮帮忙"),
    (
        "answered",
        mi("第三十四条"),
        ["住院发票原件"],
        "在外省住院自己垫的钱 回阿里报要带啥 小白求教",
    ),
    ("answered", mi("第三十条"), ["眼镜"], "配眼镜能走医保吗 有知道的吗"),
    ("answered", mi("第三十条"), ["交通事故"], "老公出车祸住院 居民医保给不给报 哭了"),
    (
        "answered",
        mi("第二十九条"),
        ["全额报销"],
        "媳妇在地区医院生娃 医保能报多少 第一次当爸求指点",
    ),
    ("answered", mi("第二十六条"), ["300元"], "普通门诊一年能报几百块？？"),
    ("answered", mi("第二十二条"), ["降低10%"], "去西安住院和在阿里住院报销差多少？ 纠结中"),
    ("answered", mi("第七条"), ["户口簿"], "给刚出生的侄子办医保 要带什么证件 求告知"),
    ("answered", mi("第六条"), ["自出生之日起"], "宝宝刚出生 医保从哪天开始算"),
    ("answered", mi("第二十七条"), ["14万元"], "大病保险最多能赔多少钱啊 家里有病人 急"),
    ("answered", mi("第二十四条"), ["90%"], "门特250档报销比例多少 有没有在阿里的朋友"),
    ("answered", mi("第三十一条"), ["医保电子凭证"], "看病没带社保卡 用手机上的医保电子凭证行不行"),
    (
        "answered",
        art(RP, "第二十一条"),
        ["立即保护现场"],
        "盖房子挖出来个老罐子 咋办 在线等 挺急的",
    ),
    ("answered", art(RP, "第三十七条"), ["不得拍摄"], "去托林寺能拍壁画吗？ 旅游攻略求问"),
    ("answered", art(RC, "第五条"), ["25-50岁"], "舅舅52了还能去当文物看管员吗"),
    # fixed after the run: a one-month calculation states the wage as well as the rule
    (
        "answered",
        art(RC, "第十二条"),
        ["1400"],
        "自治区级文物点的看管员一个月多少钱 想让我爸去",
        BOTH,
    ),
    ("answered", art(RC, "第十七条"), ["敛取钱财"], "看管员借着看文物收老乡钱 会怎么样"),
    (
        "answered",
        art(RT, "一、（三）"),
        ["每年不得少于一次"],
        "文物单位的安全培训一年几次？ 新入职小白",
    ),
    ("answered", art(RT, "六、（六）"), ["驻寺僧尼"], "寺里驻寺的僧人 也在文物安全培训的范围里吗"),
    ("answered", art(HP, "三、"), ["7 个阶段"], "地区人民医院创三甲 要走几步？？ 好奇问问"),
    ("answered", art(HP, "四、（十）"), ["184 人"], "地区医院要招多少医生护士啊 想去应聘"),
    ("answered", art(HP, "四、（七）"), ["陕西省 10 家"], "阿里远程会诊能连到陕西的医院吗"),
    ("answered", art(HP, "二、"), ["2021 年"], "地区医院啥时候能挂三甲的牌子"),
    (
        "answered",
        art(RD, "二、（三）"),
        ["100 万元 / 年"],
        "每个县养护农村公路一年给多少钱？ 村里人问的",
    ),
    ("answered", art(RD, "二、（四）"), ["7月15日前"], "日土县啥时候通客车？ 老家在多玛乡"),
    ("answered", quote(RD, "托林镇-香孜乡"), ["托林镇-香孜乡"], "托林镇去香孜乡有班车没 急"),
    ("answered", art(RD, "二、"), ["阿汝村"], "日土县阿汝村的路硬化了没 有老乡知道吗"),
    ("answered", art(RD, "三、"), ["袁富国"], "四好农村路是哪个领导挂帅的"),
    ("answered", RATE, ["90%以上"], "阿里大学生就业率能有多少？？ 家长焦虑中"),
    ("answered", quote(GE, "2021年580人"), ["580"], "2021年阿里毕业大学生多少人 有统计吗"),
    (
        "answered",
        art(GE, "三、（一）4."),
        ["乡镇兽医岗位"],
        "学兽医的能回阿里考乡镇兽医岗吗 有几个名额",
    ),
    (
        "answered",
        art(GE, "三、（一）3."),
        ["事业单位岗位"],
        "表妹想去陕西考事业编 阿里籍的每年有多少岗位",
    ),
    ("answered", mi("第二十五条"), ["不得同时享受"], "老妈高血压 两病和门特能一起报吗 蹲"),
    (
        "answered",
        mi("第十三条"),
        ["城乡居民医疗保险基金"],
        "从居民医保转职工医保 中间住院谁给报 求大神",
    ),
    (
        "answered",
        mi("第四十五条"),
        ["借给他人"],
        "表弟想借我的社保卡去看病 借给他会有什么后果 好担心",
    ),
    ("answered", mi("第二十二条"), ["180天"], "老人长期住院 多久结一次账 护工阿姨问的"),
    ("answered", mi("第十八条"), ["6:4"], "爷爷65了不交医保 那钱谁出的 好奇", BOTH),
    ("answered", mi("第二十条"), ["3月31日前"], "财政的医保补助什么时候到位 做会计的问下"),
    ("answered", art(RP, "第二十七条"), ["两年"], "寺里文物借给博物馆展览最多借多久"),
    ("answered", art(RT, "五、"), ["地区文物安全专项经费"], "文物培训要自己掏钱吗 单位说不清"),
    ("out_of_scope", None, None, "日喀则的医保住院能报多少 求老乡告知"),
    ("out_of_scope", None, None, "那曲那边守野外文物的看管员 一个月工资给多少"),
    ("out_of_scope", None, None, "在公司交的职工医保 住院报多少 急"),
    ("out_of_scope", None, None, "买的商业保险和医保能一起报吗"),
    ("out_of_scope", None, None, "2024年阿里医保缴费标准是多少 有知道的吗"),
    ("out_of_scope", None, None, "林芝的大学生就业有什么补贴"),
    ("out_of_scope", None, None, "成都户口的城乡居民医保怎么交"),
    ("out_of_scope", None, None, "拉萨去阿里自驾要注意什么"),
    ("out_of_scope", None, None, "山南创建四好农村路给多少补贴"),
    ("out_of_scope", None, None, "公务员医疗补助在阿里咋报销"),
]

CALCULATED = [
    "外婆交250 地区医院(三级)今年第一回住院 花了3万2 能报多少 急",
    "表哥120档 县医院二级今年首次住院 一万六 医保报多少 求算",
    "老爸类风湿门特 交250 这次门诊一千八 报多少？？",
    "舅舅在县级野外文物点看管了八个月 工资一共多少 帮算算",
    "外公高血压两病门诊 二级医院甲类药九百 报多少 在线等",
    "老妈普通门诊今年头一次 花了两百 报多少",
    "三个县一年的农村公路养护补贴多少万 做预算用",
    "媳妇在一级医院生娃花了四千五 医保报多少 新手爸爸求助",
]
EXPECTED = [
    e.inpatient(250, "三级", "32000"),
    e.inpatient(120, "二级", "16000"),
    e.special(250, "类风湿性关节炎", "1800"),
    e.custodian("县级", 8),
    e.two_diseases(["高血压"], "二级", "900"),
    e.general("200"),
    e.road(3, False),
    e.maternity("一级", "4500"),
]


def build(t: Tune29Table) -> None:
    for status, gold, terms, question, *override in TITLES:
        add_titles(t, U, [(override[0] if override else status, gold, terms, question)])
    add_zipped(t, U, CALCULATED, EXPECTED)
