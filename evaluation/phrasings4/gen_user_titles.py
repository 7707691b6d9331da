"""Question titles as posted on Q&A sites and typed in phone chats: colloquial, typos (报消,
封定, 门持), no punctuation or a pile of it, 求解答/在线等/急; in and out of scope, a few
needing a calculation (expected money from the independent reference)."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_each, add_titles
from evaluation.phrasings.expect import BOTH
from evaluation.phrasings.rows import GE, HP, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings4.table import Tune4Table

U = "user_titles"

# (status, gold, terms, question)
TITLES = [
    ("answered", mi("第二十二条"), ["75%"], "阿里医保住院报消比例 120档在二级医院报多少"),
    ("answered", mi("第二十三条"), ["6万元"], "请问阿里城乡医保一年封定多少钱"),
    ("answered", mi("第二十四条"), ["痛风"], "痛风能不能办门持？阿里的"),
    ("answered", mi("第二十五条"), ["800元"], "阿里两病门诊高血压一年限额多少 在线等挺急的"),
    ("answered", mi("第六条"), ["自出生之日起"], "小孩刚生下来上了阿里户口 从哪天开始有医保"),
    ("answered", mi("第二十二条"), ["70%"], "阿里医保第二次住院起付线是不是打七折"),
    ("answered", mi("第二十二条"), ["50%"], "阿里医保一年住第三回院 起付线减半吗"),
    (BOTH, mi("第十八条"), ["250元"], "有谁知道阿里医保交费档次有哪几个"),
    ("answered", mi("第三十条"), ["打架斗殴"], "打架受伤住院 阿里医保给报不"),
    ("answered", mi("第三十条"), ["近视眼矫正术"], "做近视眼手术阿里医保报不报"),
    ("answered", mi("第三十条"), ["助听器"], "家里老人耳背 配助听器能走医保吗"),
    ("answered", mi("第三十条"), ["挂号费"], "看病的挂号费医保给不给报"),
    ("answered", mi("第三十条"), ["陪护费"], "住院请的陪护 费用能走阿里医保吗"),
    ("answered", mi("第三十条"), ["非定点医疗机构"], "在没定点的私人诊所住院 阿里医保能报吗"),
    ("answered", mi("第二十六条"), ["累计100元"], "阿里普通门诊起付线是累计多少钱"),
    ("answered", mi("第三十二条"), ["转诊转院证明"], "县医院看不了要转地区医院 需要开啥证明"),
    ("answered", mi("第四十五条"), ["追回"], "把医保卡借给亲戚用 被查到会咋样"),
    ("answered", mi("第二十九条"), ["5%"], "阿里贫困户住院是不是多报五个点？？"),
    ("answered", mi("第二十九条"), ["7天"], "住院之前在急诊留观的钱 能一起报吗"),
    ("answered", mi("第四十九条"), ["阿里地区医疗保障局"], "阿里医保办法有不懂的 找哪个部门解释"),
    ("answered", art(RC, "第六条"), ["汉藏双语"], "应聘阿里文物看管员要会说藏语吗"),
    ("answered", art(RC, "第七条"), ["每日巡查"], "阿里野外看管员是不是每天都要去巡查"),
    ("answered", art(RC, "第七条"), ["公安部门"], "看管员撞见有人盗墓 第一时间报给谁"),
    ("answered", art(RC, "第七条"), ["不得擅自对外提供"], "看管员能把文物位置告诉外人吗"),
    ("answered", art(RC, "第十六条"), ["表彰和奖励"], "看管员干得好有没有奖励啊"),
    ("answered", art(RP, "第十三条"), ["易燃、易爆"], "文保单位院子里能放煤气罐吗"),
    ("answered", art(RP, "第十四条"), ["不得重新修建"], "古建筑全塌了 还能照原样重建吗"),
    ("answered", art(RP, "第十五条"), ["不改变文物原状"], "寺庙维修要按什么原则 文物局管不管"),
    ("answered", art(RP, "第三十二条"), ["备案"], "自己家收藏的老唐卡能拿去卖吗"),
    ("answered", art(RP, "第三十九条"), ["未经批准"], "想做文物仿制品卖 复制文物要批准吗"),
    (
        "answered",
        quote(RT, "参训工作人员在培训期间不得退训"),
        ["不得退训"],
        "文物安全培训能不能中途不去了",
    ),
    ("answered", quote(RT, "培训方式包括"), ["集中培训"], "文物安全培训一般用什么方式搞"),
    ("answered", quote(HP, "7 个阶段"), ["7个阶段"], "阿里人民医院创三甲一共分几步走"),
    ("answered", quote(HP, "新增医务人员 184 人"), ["184"], "阿里人民医院创三甲要新添多少医务人员"),
    (BOTH, quote(RD, "350万元/年"), ["350万元/年"], "地区这一级给农村路养护的专项补贴每年多少"),
    ("answered", quote(GE, "就业率保持在90%以上"), ["90%以上"], "阿里大学生就业率目标定的多少"),
    ("answered", quote(GE, "创业达230人"), ["230人"], "阿里2020到2025年高校毕业生创业目标多少人"),
    ("out_of_scope", None, None, "拉萨市居民医保住院报销比例 求解答"),
    ("out_of_scope", None, None, "2023年阿里医保政策有啥变化没"),
    ("out_of_scope", None, None, "阿里考公务员体检标准严不严"),
    ("out_of_scope", None, None, "西藏职工医保个人账户的钱怎么取出来"),
    ("out_of_scope", None, None, "日喀则新农合报销比例多少 谢谢"),
    ("out_of_scope", None, None, "阿里公务员考试几月份报名"),
]

CALCULATED = [
    ("阿里医保60档 县医院一级第一次住院 花了六千八 能报多少", e.inpatient(60, "一级", "6800")),
    (
        "交250的 地区医院三级今年第二次住院 2万2 报多少钱 求大神算",
        e.inpatient(250, "三级", "22000", 2),
    ),
    ("冠心病门持120档 这个月花了3k 报多少", e.special(120, "冠心病", "3000")),
    ("自治区级文保点看管员干了11个月 一共多少钱", e.custodian("自治区级", 11)),
    ("两病 糖尿病 一级医院 甲类药1500 能报多少", e.two_diseases(["糖尿病"], "一级", "1500")),
]


def build(t: Tune4Table) -> None:
    add_titles(t, U, TITLES)
    add_each(t, U, CALCULATED)
