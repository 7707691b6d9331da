"""Scope rows: another place, scheme or year as the subject (declined: the gazette holds only
Ngari's 2020 rules; the nearest Ngari rule in `related`) with cities and counties of every
province earlier tables did not name (邯郸, 长治, 赤峰, 鞍山, 四平, 牡丹江, 闵行, 徐州, 台州, 阜阳,
泉州, 九江, 潍坊, 洛阳, 襄阳, 常德, 梅州, 柳州, 儋州, 涪陵, 理塘, 毕节, 香格里拉, 汉中, 夏河, 玉树,
固原, 阿克苏, 海淀, 武清, 香港) and Tibet's other prefectures' counties (那曲安多, 昌都八宿, 林芝墨脱,
山南浪卡子, 日喀则萨迦, 拉萨墨竹工卡, 日喀则定日); in-scope look-alikes: Ngari's towns and villages as
home (东汝乡, 多玛乡, 萨让乡, 楚鲁松杰乡, 门士乡, 亚热乡, 古姆乡, 康托乡, 达雄乡, 曲洛乡, 霍尔乡…), an
Ngari enrolee treated or studying elsewhere, the scheme's old names (农牧区医疗制度, 新农合, 合作医疗,
城镇居民医保), 2020 and the years the plans name (2019 年底, 2021 年底, 2017–2019, 2022, 2024).
Every gold place and term read from the gazette for this table."""

from __future__ import annotations

from evaluation.phrasings.builders import add_declines, add_look_alikes
from evaluation.phrasings.rows import GE, HP, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings17.table import Tune17Table

INPATIENT = mi("第二十二条")
TIERS = mi("第十八条")
CAP = mi("第二十三条")
SPECIAL = mi("第二十四条")
TWO = mi("第二十五条")
GENERAL = mi("第二十六条")
PERIOD = mi("第八条")
MATERNITY = mi("第二十九条")
EXCLUDED = mi("第三十条")
ENROL = mi("第七条")
WAGE = art(RC, "第十二条")
ROAD = quote(RD, "100万元/年")
GRADUATES = quote(GE, "2020年591人")
PHOTO = art(RP, "第三十七条")
TRAINING = quote(RT, "文物安全培训原则上每年不得少于一次")

OTHER_PLACES = [
    ("河北邯郸的居民医保在县医院住院报多少", INPATIENT),
    ("山西长治城乡居民医保个人缴费分几档", TIERS),
    ("内蒙古赤峰的居民医保一年封顶多少", CAP),
    ("辽宁鞍山居民医保门诊慢性病有哪些", SPECIAL),
    ("吉林四平糖尿病门诊用药医保怎么报", TWO),
    ("黑龙江牡丹江那边 居民医保普通门诊一年给报多少钱", GENERAL),
    ("上海闵行区居民医保啥时候交费", PERIOD),
    ("徐州的城乡居民医保镶牙能报吗", EXCLUDED),
    ("浙江台州居民医保住院起付线是多少", INPATIENT),
    ("安徽阜阳新农合生孩子报多少", MATERNITY),
    ("福建泉州居民医保参保要带什么材料", ENROL),
    ("九江城乡居民医保老年人交钱吗", TIERS),
    ("山东潍坊居民医保高血压门诊怎么报", TWO),
    ("河南洛阳的城乡居民医保年度最高限额", CAP),
    ("湖北襄阳居民医保门诊透析报几成", SPECIAL),
    ("湖南常德乡镇卫生院住院报销比例", INPATIENT),
    ("广东梅州居民医保断交了怎么补", PERIOD),
    ("广西柳州城乡居民医保普通门诊起付线", GENERAL),
    ("海南儋州居民医保住院床位费标准", INPATIENT),
    ("重庆涪陵区居民医保个人交多少", TIERS),
    ("四川甘孜理塘县的医保住院报多少", INPATIENT),
    ("贵州毕节新农合门诊特殊病种有哪些", SPECIAL),
    ("云南迪庆香格里拉的居民医保顺产能报吗", MATERNITY),
    ("陕西汉中居民医保全年最多报多少", CAP),
    ("甘南夏河县文物保护单位能不能拍照", PHOTO),
    ("青海玉树的野外文物看管员一个月多少工资", WAGE),
    ("宁夏固原农村公路养护补助每年多少", ROAD),
    ("新疆阿克苏的高校毕业生今年多少人", GRADUATES),
    ("北京海淀居民医保住院三级医院报几成", INPATIENT),
    ("天津武清城乡居民医保交费档次", TIERS),
    ("香港看急诊要交多少钱", None),
    ("那曲安多县居民医保一年交多少", TIERS),
    ("昌都八宿县的门诊特殊病怎么报", SPECIAL),
    ("林芝墨脱县农村公路养护专项补贴多少", ROAD),
    ("山南浪卡子县野外文物看管员的工资", WAGE),
    ("日喀则萨迦县的文物工作人员培训一年几次", TRAINING),
    ("拉萨墨竹工卡县居民医保住院起付线", INPATIENT),
    ("日喀则定日县高校毕业生就业率目标是多少", art(GE, "三、")),
]

OTHER_SCHEMES = [
    ("阿里城镇职工医保三级医院起付线多少", INPATIENT),
    ("职工医保退休人员还要不要交费", TIERS),
    ("职工医保的门诊慢特病怎么认定", SPECIAL),
    ("城乡居民养老保险每年交多少档", None),
    ("学生平安险住院能报多少", None),
    ("意外伤害保险摔伤了怎么理赔", None),
    ("单位给交的企业年金 退休以后怎么领取", None),
    ("工伤保险伤残补助金按几个月工资算", None),
    ("失业了能领几个月失业金", None),
    ("职工生育保险产假津贴怎么算", MATERNITY),
    ("公费医疗的报销范围是什么", None),
    ("牦牛政策性保险每头保费多少", None),
    ("草原生态保护补奖 禁牧的草场每亩补多少", None),
    ("农村危房改造补助标准是多少", None),
    ("西藏教育三包政策每年补多少", None),
    ("国考公务员报名有什么条件", None),
    ("文物进出境审核要办什么手续", art(RP, "第三十八条")),
    ("机动车交强险一年多少钱", None),
]

OTHER_YEARS = [
    ("2018年阿里居民医保二级医院住院报几成", INPATIENT),
    ("2019年阿里城乡居民医保缴费档次是多少", TIERS),
    ("2021年阿里居民医保年度最高支付限额改了吗", CAP),
    ("2022年阿里门诊特殊病新增了哪些", SPECIAL),
    ("到了2023年 阿里糖尿病走两病门诊一年限额是多少", TWO),
    ("2024年阿里普通门诊统筹报多少", GENERAL),
    ("2016年阿里农牧区医疗住院怎么报", INPATIENT),
    ("2021年阿里居民医保什么时候开始缴费", PERIOD),
    ("二〇二二年阿里孕产妇分娩医保怎么报", MATERNITY),
    ("2023年阿里医保哪些费用不能报", EXCLUDED),
    ("阿里2022年度的野外看管员工资是不是还按老标准发", WAGE),
    ("2019年阿里县级野外点看管员月工资", WAGE),
    ("2021年各县四好农村路养护补贴多少", ROAD),
    ("2023年阿里农村公路养护专项补贴标准", ROAD),
    ("2018年阿里文物安全培训办法规定一年几次", TRAINING),
    ("规划期满以后的2026年 阿里毕业生就业率要达到多少", art(GE, "三、")),
    ("2022年人民医院创三甲的工作方案有哪些任务", art(HP, "四、")),
    ("2019年的阿里文物保护管理办法壁画能拍吗", PHOTO),
]

# (category, gold, terms, status, question)
LOOK_ALIKES = [
    (
        "in_scope_place",
        INPATIENT,
        ["400元"],
        "answered",
        "日土县东汝乡的牧民 在地区三级医院住院起付线多少",
    ),
    ("in_scope_place", ENROL, ["户口簿"], "answered", "日土县多玛乡的娃第一次参保要带什么"),
    (
        "in_scope_place",
        SPECIAL,
        ["大骨节病"],
        "answered",
        "札达县萨让乡好多人得大骨节病 能办门特吗",
    ),
    (
        "in_scope_place",
        TIERS,
        ["250 元"],
        "answered",
        "札达县楚鲁松杰乡的群众参保 缴费档次有哪几档",
    ),
    ("in_scope_place", CAP, ["6万元"], "answered", "噶尔县门士乡的居民 医保一年最多能报多少"),
    ("in_scope_place", TWO, ["800元"], "answered", "革吉县亚热乡的老人高血压 两病门诊一年限额多少"),
    ("in_scope_place", GENERAL, ["300元"], "answered", "改则县古姆乡的人看普通门诊 一年最多报多少"),
    (
        "in_scope_place",
        MATERNITY,
        ["全额报销"],
        "answered",
        "改则县康托乡的产妇在县医院生孩子 医保怎么报",
    ),
    ("in_scope_place", PERIOD, ["12月31日"], "answered", "措勤县达雄乡今年的参保缴费期到哪天截止"),
    ("in_scope_place", EXCLUDED, ["眼镜"], "answered", "措勤县曲洛乡的阿爸配眼镜 医保给报吗"),
    (
        "in_scope_place",
        WAGE,
        ["1400元"],
        "answered",
        "普兰县霍尔乡的自治区级野外文物点 看管员每月工资多少",
    ),
    (
        "in_scope_place",
        mi("第三十三条"),
        ["5日"],
        "answered",
        "普兰县的参保人去成都打工时住院了 几天之内要备案",
    ),
    (
        "in_scope_place",
        mi("第六条"),
        ["按户籍所在地参保"],
        "answered",
        "阿里户口的娃在陕西上大学 医保在哪里参",
    ),
    (
        "in_scope_place",
        quote(RD, "日土县多玛乡、东汝乡"),
        ["7月15日"],
        "answered",
        "日土县多玛乡和东汝乡的农村客运力争什么时候开通",
    ),
    (
        "scheme_alias",
        INPATIENT,
        ["75%"],
        "answered",
        "阿里农牧区医疗交120档的人 住二级医院报销比例是百分之几",
    ),
    ("scheme_alias", SPECIAL, ["90%"], "answered", "阿里新农合交250档 门诊特殊病报几成"),
    ("scheme_alias", TIERS, ["65 周岁"], "answered", "阿里合作医疗男的多少岁以后不用再交钱"),
    (
        "scheme_alias",
        mi("第一条"),
        ["农牧区医疗制度整合"],
        "answered",
        "阿里的农牧区医疗制度现在跟城镇居民医保合并了吗",
    ),
    ("scheme_alias", mi("第二十六条"), ["家庭账户"], "answered", "以前农合的家庭账户现在还有吗"),
    ("scheme_alias", CAP, ["6万元"], "answered", "阿里城镇居民医保整合后一年最多报多少"),
    (
        "scheme_alias",
        mi("第二十七条"),
        ["30万元"],
        "answered",
        "阿里续保的那个农牧民大额补充医疗 一年封顶能赔到多少",
    ),
    ("scheme_alias", mi("第二十一条"), ["三大目录"], "answered", "阿里新农合用药按什么目录报"),
    (
        "in_scope_year",
        quote(RD, "截止 2019 年底"),
        ["10366.762"],
        "answered",
        "到2019年年底为止 七县农村公路加起来有多长",
    ),
    (
        "in_scope_year",
        art(HP, "三、（七）"),
        ["2021年底前挂牌"],
        "answered",
        "人民医院争取哪一年底挂牌三甲",
    ),
    (
        "in_scope_year",
        quote(GE, "142个、115个、225个"),
        ["27人、0人、15人"],
        "answered",
        "2017到2019年三年就业援藏岗位实际就业了多少人",
    ),
    (
        "in_scope_year",
        quote(GE, "2022年599人"),
        ["599"],
        "answered",
        "规划预测2022年那一届阿里籍高校毕业生大约多少人",
    ),
    (
        "in_scope_year",
        quote(GE, "2024年640人左右"),
        ["640"],
        "answered",
        "2024年那届阿里毕业生预计多少人",
    ),
    (
        "in_scope_year",
        mi("第二十三条"),
        ["6万元"],
        "answered",
        "2020年这一年 阿里城乡居民医保最多能给报销多少钱",
    ),
    (
        "in_scope_year",
        art(RD, "四、（三）"),
        ["7月31日"],
        "answered",
        "2020年四好农村路的查漏补缺阶段哪天结束",
    ),
    (
        "in_scope_year",
        quote(RD, "2019年4个乡镇、30个建制"),
        ["30个建制村"],
        "answered",
        "2019年农村客运分解给七县多少个建制村的任务",
    ),
]


def build(t: Tune17Table) -> None:
    add_declines(t, OTHER_PLACES, OTHER_SCHEMES, OTHER_YEARS)
    add_look_alikes(t, LOOK_ALIKES)
