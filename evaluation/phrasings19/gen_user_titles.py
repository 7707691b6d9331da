"""User titles in the style of Q&A sites, with typos earlier tables did not use (报硝, 起副线,
门待, 衣保, 交废, 挡次, 床味费, 建档立咔, 看管猿, 文屋, 赔训, 毕叶生, 工路, 两饼, 家类, 封定,
普通门真, 驻院, 三假) and new noise (【求助】, 蹲一个答案, 小白求教, 如何评价, 问一下下, 坐等, 顶一下,
谢谢好心人, 急求, 跪求, 有人吗, 在吗在吗, 宝子们, 姐妹们, 老铁们, 楼主); answered over all seven
documents, some declined, some computed."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_titles, add_zipped
from evaluation.phrasings.rows import GE, HP, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings19.table import Tune19Table

U = "user_titles"
BOTH = ["answered", "calculated"]

# (status, gold or None, terms, question)
TITLES = [
    ("answered", mi("第二十二条"), ["400元"], "【求助】三级医院驻院起副线到底多少"),
    ("answered", mi("第二十二条"), ["60元"], "二级医院床味费衣保一天认多少 蹲一个答案"),
    ("answered", mi("第二十四条"), ["青光眼"], "青光眼算门待吗 小白求教"),
    ("answered", mi("第二十五条"), ["70%"], "一级医院两饼门诊报硝几成 问一下下"),
    ("answered", mi("第二十五条"), ["1200元"], "糖尿病两饼门诊一年封定多少 坐等"),
    ("answered", mi("第二十三条"), ["6万元"], "衣保一年最多报硝多少 顶一下"),
    ("answered", mi("第八条"), ["12月31日"], "今年交废截止到几号 谢谢好心人"),
    ("answered", mi("第十八条"), ["120 元"], "居民衣保中间那个挡次是多少 急求"),
    ("answered", mi("第二十九条"), ["5%"], "建档立咔驻院报硝多几个点 跪求"),
    ("answered", mi("第二十六条"), ["300元"], "普通门真一年最多报多少 有人吗"),
    ("answered", mi("第二十七条"), ["14万元"], "大病保险一年最多赔多少 在吗在吗"),
    ("answered", mi("第三十条"), ["膳食费"], "驻院的伙食费衣保给不给 宝子们"),
    # fixed after the run: 第三十条 names 义肢 as well as 假肢; the exclusion is the point
    ("answered", mi("第三十条"), ["不予支付"], "装假肢能报硝吗 姐妹们"),
    ("answered", mi("第三十条"), ["减肥"], "减肥项目走衣保行不行 老铁们"),
    ("answered", mi("第三十二条"), ["转诊转院证明"], "转院要开什么证明 楼主急"),
    ("answered", mi("第三十四条"), ["费用清单"], "区外驻院回来报硝要带啥 蹲"),
    ("answered", mi("第三十一条"), ["医保电子凭证"], "看病能不能用手机上的衣保凭证 小白"),
    ("answered", mi("第十五条"), ["税务部门"], "居民衣保的钱最后是谁收 问一下下"),
    ("answered", mi("第二十二条"), ["70%"], "第二次驻院起副线怎么算 求助"),
    ("answered", mi("第八条"), ["最高筹资标准"], "断交了想补交 按啥标准补 急求"),
    # fixed after the run: a one-month calculation answers it too
    (BOTH, art(RC, "第十二条"), ["1400"], "自治区级野外点看管猿一个月多少钱 坐等"),
    ("answered", art(RC, "第十一条"), ["立即解聘"], "看管猿出了重大事故会怎样 有人吗"),
    ("answered", art(RC, "第六条"), ["汉藏双语"], "会藏汉双语当看管猿有优势吗 顶"),
    ("answered", art(RP, "第三十七条"), ["壁画"], "寺庙壁画能拍照发朋友圈吗 文屋爱好者求问"),
    ("answered", art(RP, "第二十一条"), ["不得哄抢"], "工地挖出文屋大家能分吗 急急"),
    (
        "answered",
        art(RP, "第二十七条"),
        ["借用期限最长不超过两年"],
        "博物馆之间借文屋能借多久 小白求教",
    ),
    ("answered", art(RT, "一、（四）"), ["不得退训"], "文物安全赔训能中途退吗 在吗"),
    ("answered", art(RT, "六、（一）"), ["应急演练"], "文物安全赔训有哪些种类 谢谢好心人"),
    ("answered", art(RT, "五、"), ["地区文物安全专项经费"], "文物安全赔训的钱谁出 宝子们"),
    ("answered", art(HP, "三、（五）"), ["地区卫健委"], "人民医院创三假初审向谁申请 蹲"),
    ("answered", art(HP, "四、（三）"), ["5000万元"], "精神病福利院总投资多少 如何评价"),
    ("answered", art(HP, "四、（五）"), ["1800"], "急诊楼高压氧舱那些项目投资多少 老铁们"),
    ("answered", quote(RD, "通车率达到28%"), ["28%"], "阿里建制村通客车率多少 工路迷求问"),
    ("answered", quote(RD, "1594"), ["1594"], "今年生态补偿工路养护岗位有多少 楼主"),
    ("answered", quote(RD, "3228.29"), ["3228.29"], "自治区给的工路养护补助多少万 坐等"),
    ("answered", quote(GE, "2022年599人"), ["599"], "2022年阿里毕叶生有多少 跪求"),
    (
        "answered",
        quote(GE, "乡村振兴专干岗位不少于 16 个"),
        ["16"],
        "乡村振兴专干岗位有几个 毕叶生问",
    ),
    ("answered", art(GE, "五、（四）"), ["五进一送"], "毕叶生就业宣传的五进一送是啥 问一下下"),
    ("out_of_scope", None, None, "日喀则驻院起副线多少 急求"),
    ("out_of_scope", None, None, "2019年阿里衣保交废档次 蹲"),
    ("out_of_scope", None, None, "职工衣保退休后还要交吗 姐妹们"),
    ("out_of_scope", None, None, "阿里哪里能看到星空 宝子们"),
    ("out_of_scope", None, None, "看管猿上岗前要不要政审 有人吗"),
    ("out_of_scope", None, None, "成都居民衣保报硝比例 坐等"),
    ("out_of_scope", None, None, "2018年毕叶生就业率多少 楼主"),
]

CALCULATED = [
    "三级医院驻院三万 250挡次 头一回 能报硝多少",
    "二级医院花了一万二 60挡次 今年第一次 衣保出多少",
    "门待痛风交120 门真花了三千 报多少 急",
    "县级看管猿干了十个月 工资共多少 坐等",
    "乡镇卫生院驻院四千 交120 第一次 报多少",
    "两饼门诊糖尿病 二级医院 家类药九百 报多少",
    "普通门真今年头一回 花了三百 报多少",
    "建档立咔户 一级医院第一次驻院 交60 八千 报多少",
    "六十七岁的阿爸交废要多少 老铁们",
    "四个县一年工路养护补贴多少万 求助",
    "补交衣保 财政补助合计七百 要交多少 在吗",
]

EXPECTED = [
    e.inpatient(250, "三级", "30000"),
    e.inpatient(60, "二级", "12000"),
    e.special(120, "痛风", "3000"),
    e.custodian("县级", 10),
    e.inpatient(120, "乡镇卫生院", "4000"),
    e.two_diseases(["糖尿病"], "二级", "900"),
    e.general("300"),
    e.inpatient(60, "一级", "8000", poor=True),
    e.enrol(sex="男", age=67),
    e.road(4, False),
    e.late("700"),
]


def build(t: Tune19Table) -> None:
    add_titles(t, U, TITLES)
    add_zipped(t, U, CALCULATED, EXPECTED)
