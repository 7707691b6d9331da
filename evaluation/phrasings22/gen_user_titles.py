"""Titles the way people post them on Q&A sites and forums (【急】, 求问, 如题, 坐等, 萌新, 各位老铁,
有懂的吗, 问个事, 真心求教, 在线蹲, 谢谢好心人) with typos (起负线, 报消, 门持病, 看官员, 文勿, 倍训,
毕叶, 慢特病, 住阮): answered over all seven documents, declined (another place, year, scheme or
no document at all), and calculations."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_titles, add_zipped
from evaluation.phrasings.rows import GE, HP, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings22.table import Heldout22Table

U = "user_titles"

# (status, gold or None, terms, question)
TITLES = [
    ("answered", mi("第二十二条"), ["400元"], "【急】地区医院三级的住阮起负线到底多少啊"),
    ("answered", mi("第二十三条"), ["6万元"], "求问：阿里居民医保一年最多报消多少？"),
    ("answered", mi("第二十四条"), ["痛风"], "如题 痛风能不能办门持病"),
    ("answered", mi("第二十五条"), ["800元"], "坐等 高血压两病门诊一年能报多少钱"),
    ("answered", mi("第二十六条"), ["60%"], "萌新求教 普通门诊报销比例是几成"),
    ("answered", mi("第八条"), ["次月起"], "各位老铁 断缴补交以后啥时候能用医保"),
    (
        ["answered", "calculated"],
        mi("第十八条"),
        ["6:4"],
        "有懂的吗 六十多岁老太太的医保钱自治区和地区怎么分摊",
    ),
    ("answered", mi("第二十九条"), ["5%"], "问个事 建档立卡户门特报销比别人高多少"),
    ("answered", mi("第三十条"), ["义齿"], "真心求教 镶假牙义齿能走医保吗"),
    ("answered", mi("第三十三条"), ["信息系统"], "在线蹲 区外住院备案怎么弄"),
    ("answered", mi("第七条"), ["户口簿"], "谢谢好心人 第一次参保要带什么证件"),
    ("answered", mi("第十一条"), ["寺管会"], "【求助】寺里阿卡参保手续谁来办"),
    ("answered", mi("第二十七条"), ["14万元"], "大病保险最高赔多少 求大佬"),
    ("answered", mi("第四十五条"), ["借给他人"], "社保卡借亲戚看病 会有什么后果？急"),
    ("answered", mi("第三十二条"), ["转诊转院证明"], "转到上级医院要开啥证明 如题"),
    ("answered", mi("第二十九条"), ["随其母亲"], "萌新问 娃没上户口就走了 医药费咋报"),
    ("answered", art(RP, "第二十一条"), ["立即保护现场"], "【求助】挖地基挖出文勿怎么办 在线等"),
    ("answered", art(RP, "第三十七条"), ["不得拍摄"], "请问考古发掘现场能拍照发抖音吗"),
    ("answered", art(RP, "第十三条"), ["易燃、易爆"], "文保单位保护范围内能不能堆放汽油 有懂的吗"),
    ("answered", art(RP, "第二十四条"), ["藏汉两种文字"], "寺藏文物档案用啥文字记 求科普"),
    (
        "answered",
        art(RP, "第五十四条"),
        ["阿里地区文物保护工作联席会议办公室"],
        "【求助】阿里文物保护管理办法（暂行）最后是哪个办公室负责解释的 如题",
    ),
    ("answered", art(RC, "第十二条"), ["1200元"], "县级野外文物看官员一个月多少钱 真心求问"),
    ("answered", art(RC, "第十七条"), ["敛取钱财"], "看管员借机收钱会被解聘吗 坐等回复"),
    ("answered", art(RC, "第十一条"), ["立即解聘"], "看管出了重大事故会怎么处理 急急急"),
    ("answered", art(RT, "一、（三）"), ["每年不得少于一次"], "文物安全倍训一年几次 求告知"),
    ("answered", art(RT, "六、（六）"), ["驻寺僧尼"], "驻寺僧尼要不要参加文物安全倍训 问个事"),
    ("answered", art(RT, "六、（二）"), ["外出受训"], "文物培训有哪几种方式 萌新求问"),
    (
        "answered",
        art(HP, "四、（五）"),
        ["1800 万元"],
        "地区医院急诊楼那些项目总共投多少钱 有知道的吗",
    ),
    ("answered", art(HP, "四、（七）"), ["835.897"], "远程会诊平台花了多少钱 求问"),
    ("answered", art(HP, "二、"), ["2021年"], "地区人民医院啥时候能挂三甲的牌子 坐等"),
    ("answered", art(HP, "四、（十三）"), ["口腔种植义齿"], "地区医院能不能种牙 有懂的说下"),
    (
        ["answered", "calculated"],
        quote(RD, "100万元/年"),
        ["100万元"],
        "四好农村路养护专项补贴 一个县一年给多少钱啊 如题 跪谢",
    ),
    ("answered", quote(RD, "农村客运车辆6辆"), ["个人经营"], "阿里农村客运的车都是谁在跑 老铁们"),
    ("answered", quote(RD, "不少于60%"), ["60%"], "养护公司雇当地农民有比例要求吗 求问"),
    (
        "answered",
        quote(GE, "累计参军入伍不少于75人"),
        ["75人"],
        "毕叶生参军入伍规划了多少人 在线等",
    ),
    (
        "answered",
        quote(GE, "学前教育教师特设岗位不少于300个"),
        ["300个"],
        "幼师特岗有多少个 毕叶生求问",
    ),
    (
        "answered",
        quote(GE, "乡镇兽医岗位不少于70个"),
        ["70个"],
        "学兽医的毕叶生 乡镇兽医岗位有多少",
    ),
    ("answered", quote(GE, "2025年660人左右"), ["660人"], "2025年阿里毕叶生大概多少人 如题"),
    ("out_of_scope", None, [], "【急】那曲市色尼区居民医保起付线多少"),
    ("out_of_scope", None, [], "求问 2040年阿里医保政策会怎么变"),
    ("out_of_scope", None, [], "青海果洛的文物看管员工资多少 在线等"),
    ("out_of_scope", None, [], "老铁们 平安福那种重疾险现在买还划算吗 求推荐"),
    ("out_of_scope", None, [], "公务员面试结构化怎么答 萌新求教"),
    ("out_of_scope", None, [], "国庆想从阿里昆莎机场飞拉萨 机票大概多少钱 如题"),
    ("out_of_scope", None, [], "家里狗狗不吃饭怎么办 急"),
]

CALCULATED = [
    "【求算】婆婆交250 二级医院第一次住阮 花了两万 能报多少",
    "急 公公交120 三级医院头回住院 一万五 报消多少",
    "如题 表舅慢阻肺门持病 交250 门诊三千 报多少",
    "求问 糖尿病两病门诊 一级医院 甲类药九百 报多少",
    "老铁们 自治区级野外点看官员干了八个月 工资多少",
    "在线等 普兰日土两个县三年的养护补贴一共多少万",
    "有懂的吗 六十七岁的大爷参保个人交多少",
    "萌新求算 普通门诊今年第一次看了五百 能报多少",
]
EXPECTED = [
    e.inpatient(250, "二级", "20000"),
    e.inpatient(120, "三级", "15000"),
    e.special(250, "慢性阻塞性肺部疾病", "3000"),
    e.two_diseases(["糖尿病"], "一级", "900"),
    e.custodian("自治区级", 8),
    e.road(2, False, 3),
    e.enrol(sex="男", age=67),
    e.general("500"),
]


def build(t: Heldout22Table) -> None:
    add_titles(t, U, TITLES)
    add_zipped(t, U, CALCULATED, EXPECTED)
