"""Scope rows: another place, scheme or year as the subject (declined: the gazette holds only
Ngari's 2020 rules; the nearest Ngari rule in `related`) with cities and counties from every
province and Tibet's other prefectures' counties (那曲双湖, 昌都江达, 林芝波密, 山南错那, 日喀则仲巴,
拉萨当雄); in-scope look-alikes: Ngari's towns and villages as home (霍尔乡, 左左乡, 日松乡, 麻米乡,
江让乡, 盐湖乡, 科迦村, 昆莎乡…), an Ngari enrolee treated, working or studying elsewhere, the
scheme's old names (新农合, 合作医疗, 农牧区医疗, 农合), 2020 and the years the plans themselves name
(2019 年底的里程, 2021 年底挂牌, 2021 and 2025 graduates). Every gold place and term read from the
gazette for this table."""

from __future__ import annotations

from evaluation.phrasings.builders import add_declines, add_look_alikes
from evaluation.phrasings.rows import GE, HP, RC, RD, RP, art, mi, quote
from evaluation.phrasings15.table import Tune15Table

INPATIENT = mi("第二十二条")
TIERS = mi("第十八条")
CAP = mi("第二十三条")
SPECIAL = mi("第二十四条")
TWO = mi("第二十五条")
GENERAL = mi("第二十六条")
PERIOD = mi("第八条")
MATERNITY = mi("第二十九条")
EXCLUDED = mi("第三十条")
WAGE = art(RC, "第十二条")
ROAD = quote(RD, "100万元/年")
GRADUATES = quote(GE, "2020年591人")

OTHER_PLACES = [
    ("河北保定的城乡居民医保 县医院住院起付多少", INPATIENT),
    ("山西大同居民医保今年个人交几档", TIERS),
    ("我在内蒙古包头 当地居民医保全年最多给报多少", CAP),
    ("辽宁大连那边的居民医保 门诊慢特病包括哪些", SPECIAL),
    ("吉林延边州居民医保糖尿病门诊怎么报", TWO),
    ("齐齐哈尔新农合在乡卫生院住院报几成", INPATIENT),
    ("上海浦东的居民医保普通门诊报多少", GENERAL),
    ("江苏盐城城乡居民医保每年几月缴费", PERIOD),
    ("浙江金华居民医保配眼镜能报吗", EXCLUDED),
    ("芜湖城乡居民医保三级医院住院比例", INPATIENT),
    ("福建漳州居民医保顺产报销多少", MATERNITY),
    ("江西赣州新农合个人缴费标准是多少", TIERS),
    ("山东临沂居民医保高血压门诊一年限额", TWO),
    ("河南周口城乡居民医保门诊化疗怎么报", SPECIAL),
    ("湖北宜昌居民医保一年最高支付多少", CAP),
    ("湖南岳阳乡镇卫生院住院居民医保起付线", INPATIENT),
    ("广东湛江居民医保学生一年交多少钱", TIERS),
    ("桂林城乡居民医保断缴以后怎么补缴", PERIOD),
    ("海南三亚居民医保住院能报几成", INPATIENT),
    ("重庆万州城乡居民医保普通门诊统筹额度", GENERAL),
    ("四川绵阳居民医保生孩子能报多少", MATERNITY),
    ("老家贵州遵义 新农合的门诊特殊病要走什么申请流程", SPECIAL),
    ("云南大理城乡居民医保老人还要交钱吗", TIERS),
    ("陕西宝鸡居民医保在三级医院住院报多少", INPATIENT),
    ("甘肃天水城乡居民医保两病门诊报销", TWO),
    ("青海格尔木居民医保年度最高报多少", CAP),
    ("宁夏吴忠城乡居民医保住院分娩报销", MATERNITY),
    ("新疆喀什居民医保交费后从哪天起能用", PERIOD),
    ("北京朝阳区城乡居民医保外地住院要先垫钱吗", mi("第三十四条")),
    ("天津滨海新区居民医保缴费档次有几个", TIERS),
    ("河南兰考县新农合住院起付线多少", INPATIENT),
    ("昆山的居民医保门诊能报多少", GENERAL),
    ("台中的健保住院自付比例多少", None),
    ("澳门居民看病政府补贴多少", None),
    ("那曲市双湖县的居民医保住院报多少", INPATIENT),
    ("昌都江达县城乡居民医保一年限额是多少", CAP),
    ("林芝波密那边守野外文物的人月薪多少", WAGE),
    ("山南错那县农村公路养护补贴每年多少", ROAD),
    ("日喀则仲巴县的高校毕业生今年有多少", GRADUATES),
    ("拉萨当雄县居民医保门特有哪些病", SPECIAL),
    ("日喀则市人民医院创三甲的工作方案有哪些任务", art(HP, "四、（一）")),
    ("那曲的文物保护单位壁画能不能拍照", art(RP, "第三十七条")),
]

OTHER_SCHEMES = [
    ("阿里的城镇职工医保住院报销比例多少", INPATIENT),
    ("职工医保个人账户每个月划进多少钱", GENERAL),
    ("单位给交的职工医保一年最多报多少", CAP),
    ("阿里城乡居民养老保险每月能领多少", None),
    ("失业保险金在阿里怎么申领", None),
    ("工伤认定要准备哪些材料", None),
    ("买的商业重疾险能不能跟医保一起报", None),
    ("惠民保在阿里能不能买 一年多少钱", None),
    ("公务员医疗补助的报销比例是多少", None),
    ("长期护理保险在阿里开始试点了吗", None),
    ("住房公积金怎么提取出来", None),
    ("低保金在阿里每人每月发多少", TIERS),
    ("残疾人的生活补贴和护理补贴 每月各发几块", None),
    ("八十岁以上的高龄补贴怎么领", None),
    ("退役军人优抚金一年多少", None),
    ("职工生育保险的生育津贴按什么标准发", MATERNITY),
]

OTHER_YEARS = [
    ("2019年阿里城乡居民医保三级医院起付线多少", INPATIENT),
    ("2021年阿里居民医保个人缴费档次变了没有", TIERS),
    ("2022年阿里医保一年最高报多少", CAP),
    ("2023年阿里门特病种是不是增加了", SPECIAL),
    ("2018年阿里新农合住院报几成", INPATIENT),
    ("二四年阿里高血压两病门诊的年度限额是不是调了", TWO),
    ("到了二零二一年 阿里看管员的月工资有没有往上调", WAGE),
    ("二零二二年各县分到的四好农村路养护钱是多少", ROAD),
    ("2017年阿里农牧区医疗普通门诊怎么报", GENERAL),
    ("二零二一年居民医保缴费时间有变化吗", PERIOD),
    ("2023年阿里生孩子医保报多少", MATERNITY),
    ("2025年阿里居民医保起付线多少", INPATIENT),
    ("二〇一九年的看管员细则里工资是多少", WAGE),
    ("2022年农村客运通车率达到多少了", quote(RD, "建制村通客车率达到80%以上")),
    ("2026年阿里高校毕业生会有多少", GRADUATES),
    ("2021年居民医保不予支付的项目有哪些", EXCLUDED),
]

# (category, gold, terms, status, question)
LOOK_ALIKES = [
    (
        "in_scope_place",
        mi("第二十二条"),
        ["10%"],
        "answered",
        "普兰县霍尔乡的牧民跑去日喀则住院 报销比例跟在阿里比差多少",
    ),
    (
        "in_scope_place",
        mi("第二十二条"),
        ["100元"],
        "answered",
        "噶尔县左左乡的人在乡卫生院住院 起付线是多少",
    ),
    (
        "in_scope_place",
        mi("第六条"),
        ["按户籍所在地参保"],
        "answered",
        "札达县托林镇的孩子在成都念大学 医保在哪里参保",
    ),
    (
        "in_scope_place",
        mi("第三十三条"),
        ["5日"],
        "answered",
        "日土县日松乡的老人到北京住院 入院后几天内要备案",
    ),
    (
        "in_scope_place",
        mi("第十八条"),
        ["医疗救助资金"],
        ["answered", "calculated"],
        "改则县麻米乡的低保户参加医保 自己要交钱吗",
    ),
    (
        "in_scope_place",
        art(RC, "第五条"),
        ["就近区域"],
        "answered",
        "措勤县江让乡的人想当本乡文物点的看管员 选聘有啥要求",
    ),
    (
        "in_scope_place",
        art(RP, "第三十七条"),
        ["不得拍摄"],
        "answered",
        "革吉县盐湖乡寺庙里的壁画 游客能拍吗",
    ),
    (
        "in_scope_place",
        mi("第二十二条"),
        ["70%"],
        "answered",
        "狮泉河镇的居民交120 在地区人民医院三级的住院报几成",
    ),
    (
        "in_scope_place",
        art(RP, "第二十一条"),
        ["报告"],
        "answered",
        "普兰县科迦村修房子挖出了老物件 该怎么办",
    ),
    (
        "in_scope_place",
        quote(RD, "底雅乡"),
        ["底雅乡"],
        "answered",
        "札达县哪两个乡镇今年要助推通客车",
    ),
    (
        "in_scope_place",
        mi("第三十四条"),
        ["先行垫付"],
        "answered",
        "在西安上班的阿里户籍小伙住院了 费用是自己先垫吗",
    ),
    (
        "in_scope_place",
        mi("第三十三条"),
        ["信息系统"],
        "answered",
        "噶尔县昆莎乡的牧民在新疆叶城住院 备案怎么办",
    ),
    (
        "in_scope_place",
        mi("第二十九条"),
        ["全额报销"],
        "answered",
        "日土县热帮乡的媳妇在县医院生孩子 合规费用报多少",
    ),
    (
        "in_scope_place",
        art(RC, "第十二条"),
        ["1200元"],
        "answered",
        "札达县香孜乡县级文物点的看管员 每月工资多少",
    ),
    (
        "in_scope_place",
        mi("第二十四条"),
        ["布鲁菌病"],
        "answered",
        "普兰县巴嘎乡的牧民得了布病 能不能办门特",
    ),
    ("in_scope_place", mi("第七条"), ["户口簿"], "answered", "改则县先遣乡的新生儿参保登记要带啥"),
    ("scheme_alias", mi("第二十二条"), ["85%"], "answered", "阿里新农合交250 在三级医院住院报几成"),
    (
        "scheme_alias",
        mi("第二十三条"),
        ["6万元"],
        "answered",
        "阿里这边的合作医疗 整年算下来报销上限几万",
    ),
    (
        "scheme_alias",
        mi("第二十四条"),
        ["全部保留合并"],
        "answered",
        "原来农牧区医疗的门诊特殊病现在还保留吗",
    ),
    (
        "scheme_alias",
        mi("第二十六条"),
        ["取消"],
        "answered",
        "以前农牧区医疗的家庭账户取消了吗 里头剩的钱咋办",
    ),
    (
        "scheme_alias",
        mi("第八条"),
        ["10月1日至12月31日"],
        "answered",
        "阿里新农合每年交费是从几月到几月",
    ),
    ("scheme_alias", mi("第二十九条"), ["全额报销"], "answered", "阿里合作医疗孕妇生孩子能报多少"),
    (
        "scheme_alias",
        mi("第二十七条"),
        ["续保协议"],
        "answered",
        "农牧民大额补充医疗保险还接着续吗",
    ),
    (
        "scheme_alias",
        mi("第二十五条"),
        ["1200元"],
        "answered",
        "阿里城乡医保两病门诊糖尿病一年限额多少",
    ),
    (
        "scheme_alias",
        mi("第一条"),
        ["农牧区医疗制度整合"],
        "answered",
        "阿里以前的城镇居民医保跟农牧区医疗合成一个了吗",
    ),
    ("scheme_alias", mi("第十八条"), ["60 周岁"], "answered", "阿里农合女的满了多少岁就不用再交费"),
    ("in_scope_year", mi("第二十三条"), ["6万元"], "answered", "2020年阿里居民医保一年最多报多少"),
    (
        "in_scope_year",
        quote(GE, "2021年580人"),
        ["580"],
        "answered",
        "二〇二一年阿里的高校毕业生预计有多少",
    ),
    (
        "in_scope_year",
        art(RD, "四、（四）"),
        ["2020年12月31日"],
        "answered",
        "2020年四好农村路的总结推广阶段到哪天结束",
    ),
    (
        "in_scope_year",
        art(HP, "三、（七）"),
        ["2021年底前挂牌"],
        "answered",
        "人民医院2021年底之前能不能挂上三甲的牌子",
    ),
    (
        "in_scope_year",
        quote(RD, "截止 2019 年底"),
        ["10366.762"],
        "answered",
        "养护方案说截止2019年底 七县农村公路加起来多长",
    ),
    (
        "in_scope_year",
        quote(GE, "2025年660人左右"),
        ["660"],
        "answered",
        "规划测算2025年那一届阿里毕业生大约几个人",
    ),
    (
        "in_scope_year",
        mi("第四十九条"),
        ["2020年1月1日"],
        "answered",
        "阿里城乡居民医保办法是2020年哪天开始执行",
    ),
    (
        "in_scope_year",
        quote(RD, "2019年3月11日"),
        ["阿交函〔2019〕15号"],
        "answered",
        "2019年3月11日交通运输局给七县发的是哪个函",
    ),
    (
        "in_scope_year",
        art(RD, "四、"),
        ["四个阶段"],
        "answered",
        "2020年的四好农村路示范创建分成几个阶段",
    ),
    (
        "in_scope_year",
        quote(RD, "地区财政按350万元/年标准"),
        ["350万元"],
        "answered",
        "2020年地区财政给四好农村路养护补贴是什么标准",
    ),
]


def build(t: Tune15Table) -> None:
    add_declines(t, OTHER_PLACES, OTHER_SCHEMES, OTHER_YEARS)
    add_look_alikes(t, LOOK_ALIKES)
