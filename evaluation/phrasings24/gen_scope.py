"""Declines and look-alikes: another place as the subject (a city of each of the other provincial
units, counties of Tibet's other prefectures), another scheme, another year — declined, the nearest
Ngari rule in `related` where there is one; and Ngari places, scheme aliases and years the documents
do name, which look out of scope but are answered. Read from corpus/data/gazette-2020.txt."""

from __future__ import annotations

from evaluation.phrasings.builders import add_declines, add_look_alikes
from evaluation.phrasings.places import CAP, INPATIENT, PERIOD, SPECIAL, TWO, WAGE
from evaluation.phrasings.rows import GE, HP, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings24.table import Heldout24Table

TRAINING = art(RT, "一、（三）")
HOSPITAL = art(HP, "二、")
ROAD_GOAL = art(RD, "一、")
JOBS = art(GE, "三、")
ROAD_MONEY = quote(RD, "100万元/年")
BUSES = quote(RD, "托林镇-香孜乡")

# (question, related or None): the subject is somewhere else
OTHER_PLACES = [
    ("张家口的城乡居民医保 住院起付线是多少钱", INPATIENT),
    ("山西大同那边居民医保一年最高报多少", CAP),
    ("鄂尔多斯的居民医保缴费档次有哪几档", mi("第十八条")),
    ("辽宁鞍山的门诊特殊病有多少种", SPECIAL),
    ("我叔在吉林四平 他们那边两病门诊光高血压一年能报多少封顶", TWO),
    ("牡丹江的普通门诊统筹一年能报几百", mi("第二十六条")),
    ("上海浦东参加居民医保要带什么材料登记", mi("第七条")),
    ("无锡的三级医院住院报销比例是多少", INPATIENT),
    ("浙江温州那边城乡居民医保每年是几月份开始交几月份截止", PERIOD),
    ("安徽芜湖那边守野外文物的看管员 月工资定的多少", WAGE),
    ("福建泉州的那些文保单位里面 壁画之类的能不能拍照", art(RP, "第三十七条")),
    ("赣州的文物安全培训一年要办几次", TRAINING),
    ("烟台的农村公路养护补贴每个县多少", ROAD_MONEY),
    ("洛阳考古发掘完出土文物多久要移交", art(RP, "第二十条")),
    ("湖北宜昌给大学毕业生定的就业率目标是多少", JOBS),
    ("湖南岳阳那家人民医院要创三甲 他们分几个阶段走", art(HP, "三、")),
    ("东莞的居民医保生小孩能报多少", mi("第二十九条")),
    ("柳州的农村客运线路有几条", BUSES),
    ("三亚的居民医保风险储备金按多少提", mi("第四十三条")),
    ("重庆万州区的看管员选聘年龄是多少", art(RC, "第五条")),
    ("绵阳的居民医保门特报销比例", SPECIAL),
    ("遵义的建档立卡户参保个人交多少", mi("第十八条")),
    ("大理古城的文物保护单位里能不能放易燃品", art(RP, "第十三条")),
    ("宝鸡的四好农村路示范县创建分几个阶段", art(RD, "四、")),
    ("天水麦积山石窟能不能拓印造像", art(RP, "第三十八条")),
    ("青海海东的乡镇通客车率目标是多少", quote(RD, "乡镇通客车率达到100%")),
    ("宁夏石嘴山的毕业生创业目标是多少人", art(GE, "三、（一）1.")),
    ("新疆伊犁的居民医保区外就医要几天内备案", mi("第三十三条")),
    ("北京朝阳的居民医保参保登记到哪里办", mi("第七条")),
    ("天津滨海新区的大病保险一年最高赔多少", mi("第二十七条")),
    ("在香港住公立医院 一天的住院费是怎么算的", None),
    ("澳门居民看病报销比例是多少", None),
    ("日喀则亚东县的野外文物看管员工资标准", WAGE),
    ("拉萨墨竹工卡县的居民医保两病门诊限额", TWO),
    ("山南隆子县的农村公路养护专项补贴多少", ROAD_MONEY),
    ("林芝察隅县人民医院有没有创三甲的计划", HOSPITAL),
    ("那曲申扎县的毕业生就业规划目标是什么", JOBS),
    ("昌都江达县的文物保护管理办法什么时候施行", art(RP, "第五十五条")),
]

# (question, related or None): a scheme the documents do not cover
OTHER_SCHEMES = [
    ("单位交的职工医保 个人账户每个月划进来多少钱", None),
    ("城乡居民养老保险一年交费有哪几个档次", None),
    ("被厂里辞退了 领失业保险金的话每月能拿到多少", None),
    ("女职工休产假的生育津贴按什么标准发", None),
    ("想买套房 用住房公积金贷款最高额度是多少", None),
    ("重度残疾人护理补贴每个月发多少", None),
    ("八十岁以上老人的高龄津贴一年多少", None),
    ("草原禁牧补助一亩给多少钱", None),
    ("雨露计划的职业教育补助怎么申请", None),
    ("临时救助金一次最多能给多少", None),
    ("国家级非遗传承人每年有多少补助", None),
    ("工伤认定要在出事后多少天内申请", None),
    ("自己买的商业重疾险确诊以后怎么理赔", None),
    ("农村客运车辆能不能免交车辆购置税", None),
    ("乡村全科执业助理医师考试报名要什么条件", None),
    ("年底个税汇算 专项附加扣除里大病医疗那一项要怎么填", None),
    ("驾驶员从业资格证在阿里怎么考", None),
]

# (question, related or None): a year the documents do not fix
OTHER_YEARS = [
    ("翻出一张2015年的住院单 那年阿里农牧区医疗住院能报几成", INPATIENT),
    ("2018年那会儿阿里住院要先扣多少起付线", INPATIENT),
    ("2010年野外文物看管员每个月工资多少", WAGE),
    ("2023年每个县的四好农村路养护补贴是多少", ROAD_MONEY),
    ("2024年阿里建制村通客车率的目标是多少", quote(RD, "建制村通客车率达到80%")),
    ("2026年阿里高校毕业生大概有多少人", quote(GE, "2020年591人")),
    ("2030年阿里的毕业生就业率要达到多少", JOBS),
    ("2028年地区人民医院还要再评什么等级", HOSPITAL),
    ("2013年的文物安全培训办了几次", TRAINING),
    ("2026年县级野外点看管员的月工资是多少", WAGE),
    ("2016年阿里居民医保个人缴费分几档", mi("第十八条")),
    ("2027年全地区毕业生创业要达到多少人", art(GE, "三、（一）1.")),
    ("2012年阿里的大病保险最高赔付多少", mi("第二十七条")),
    ("2034年的公益性岗位计划有多少个", art(GE, "三、（一）4.")),
    ("2019年阿里门特报销比例是几成", SPECIAL),
    ("2021年四好农村路考核评分标准有什么变化", None),
    ("2032年阿里农村公路要修到多少公里", None),
]

# (category, gold, terms, status, question): looks out of scope, is answered
LOOK_ALIKES = [
    (
        "in_scope_place",
        art(RD, "二、"),
        ["底雅乡"],
        "answered",
        "札达县的底雅乡到现在是不是还没通上硬化路",
    ),
    (
        "in_scope_place",
        art(RD, "二、"),
        ["次吾嘎木村", "察布村"],
        "answered",
        "改则县哪些建制村还没通硬化路 全列出来",
    ),
    (
        "in_scope_place",
        art(RD, "二、（三）"),
        ["普兰县 235人"],
        "answered",
        "普兰县今年生态补偿农村公路养护那种岗位 计划放出来多少个人",
    ),
    (
        "in_scope_place",
        art(RD, "第19项"),
        ["热角村委会", "乌江村委会"],
        "answered",
        "日土县要在7月15日前通客运的建制村有哪些",
    ),
    (
        "in_scope_place",
        BUSES,
        ["托林镇-香孜乡"],
        "answered",
        "托林镇到香孜乡现在有没有农村客运线路",
    ),
    (
        "in_scope_place",
        art(RD, "二、（四）"),
        ["地区交通实业发展总公司"],
        "answered",
        "噶尔县的农村客运经营主体建议是谁",
    ),
    (
        "in_scope_place",
        art(RD, "二、（四）"),
        ["各自成立养运公司自主经营"],
        "answered",
        "普兰县的农村客运是交给地区公司还是自己成立公司经营",
    ),
    (
        "in_scope_place",
        art(RD, "二、（一）"),
        ["90% 以上"],
        "answered",
        "多仁村那条改建公路在革吉县 当年要干完整个工程的百分之多少",
    ),
    (
        "in_scope_place",
        art(GE, "三、（一）3."),
        ["不少于 200 个事业单位岗位"],
        "answered",
        "陕西省每年给阿里毕业生提供多少个事业单位岗位",
    ),
    (
        "in_scope_place",
        art(GE, "三、（一）3."),
        ["200 个左右"],
        "answered",
        "河北省的企业每年给阿里毕业生提供多少岗位",
    ),
    (
        "in_scope_place",
        INPATIENT,
        ["降低10%"],
        "answered",
        "在成都的医院住院 回阿里报销比例要打多少折扣",
    ),
    (
        "in_scope_place",
        mi("第三十四条"),
        ["先行垫付"],
        "answered",
        "去上海看病住了院 是不是得自己先垫上钱",
    ),
    (
        "in_scope_place",
        art(RD, "四、（二）"),
        ["实地培训学习"],
        "answered",
        "四好农村路方案里去山南和日喀则那边是干什么",
    ),
    (
        "in_scope_place",
        art(HP, "三、（三）"),
        ["拉萨市人民医院"],
        "answered",
        "创三甲要去拉萨的哪家医院参观交流",
    ),
    (
        "in_scope_place",
        art(HP, "第13项"),
        ["西安交通大学口腔医院"],
        "answered",
        "口腔种植业务要请西安哪家医院的专家来指导",
    ),
    (
        "in_scope_place",
        art(RD, "四、（二）"),
        ["两通"],
        "answered",
        "日土县在四好农村路里是什么工作的示范县",
    ),
    (
        "scheme_alias",
        mi("第二条"),
        ["农牧区医疗制度"],
        "answered",
        "以前的农牧区医疗制度现在还单独存在吗",
    ),
    (
        "scheme_alias",
        SPECIAL,
        ["全部保留合并"],
        "answered",
        "原来城镇居民医保里的门诊特殊病 整合以后还有没有",
    ),
    (
        "scheme_alias",
        mi("第二十七条"),
        ["农牧民大额补充医疗保险续保协议"],
        "answered",
        "农牧民大额补充医疗保险现在还续不续",
    ),
    (
        "scheme_alias",
        mi("第二十六条"),
        ["取消城乡居民基本医疗保险的家庭账户"],
        "answered",
        "居民医保的家庭账户现在还有吗",
    ),
    (
        "scheme_alias",
        mi("第二十七条"),
        ["自治区级统筹"],
        "answered",
        "城乡居民大病保险是在哪一级统筹的",
    ),
    (
        "scheme_alias",
        mi("第二条"),
        ["医疗救助制度"],
        "answered",
        "整合医保的时候 医疗救助制度有没有一并统一",
    ),
    (
        "scheme_alias",
        mi("第三十一条"),
        ["社保卡"],
        "answered",
        "去定点医院看病 拿社保卡能不能直接结算",
    ),
    (
        "scheme_alias",
        TWO,
        ["门诊特殊病中高血压和糖尿病"],
        "answered",
        "两病门诊和门特里的高血压糖尿病待遇能一起享受吗",
    ),
    (
        "in_scope_year",
        art(GE, "一、（二）3."),
        ["0人"],
        "answered",
        "2018年通过就业援藏岗位实际就业的阿里毕业生有几个",
    ),
    (
        "in_scope_year",
        quote(RD, "村道 5179.762 公里"),
        ["5179.762"],
        "answered",
        "2019年年底统计的时候 阿里七县的村道里程是多少公里",
    ),
    (
        "in_scope_year",
        quote(RD, "阿交函〔2019〕15号"),
        ["阿交函〔2019〕15号"],
        "answered",
        "2019年3月地区交通局给七县发的征求意见函文号是什么",
    ),
    (
        "in_scope_year",
        art(HP, "三、（七）"),
        ["2021年底前"],
        "answered",
        "地区人民医院2021年能不能挂上三甲的牌",
    ),
    (
        "in_scope_year",
        art(RD, "第2项"),
        ["2022年前"],
        "answered",
        "那21个建制村的公路通畅任务 2022年之前能完成吗",
    ),
    (
        "in_scope_year",
        quote(GE, "2022年599人"),
        ["599"],
        "answered",
        "按就业规划的预测 2022年阿里大概要毕业多少大学生",
    ),
    (
        "in_scope_year",
        art(GE, "三、（一）1."),
        ["230人"],
        "answered",
        "2020到2025年间阿里毕业生和中职生创业目标是多少人",
    ),
    (
        "in_scope_year",
        mi("第二十九条"),
        ["跨年度医疗费用分别按当年政策规定"],
        "answered",
        "2019年底住院一直住到2020年 跨年的费用怎么报",
    ),
    (
        "in_scope_year",
        PERIOD,
        ["10月1日至12月31日"],
        "answered",
        "想在2021年享受居民医保待遇 2020年什么时候去交钱",
    ),
]


def build(t: Heldout24Table) -> None:
    add_declines(t, OTHER_PLACES, OTHER_SCHEMES, OTHER_YEARS)
    add_look_alikes(t, LOOK_ALIKES)
