"""User titles in the style of Q&A sites: vague, colloquial, often with a relative or a place
(昆莎乡, 古格王朝遗址, 多玛乡, 左左乡, 楚松村) and a plea (【求助】, 急急急, 求大佬, 萌新求问, 跪求,
在线蹲, 好奇宝宝, 财务小白问…); most answered from the gazette, eleven declined (another
prefecture, scheme or year, or nothing in the documents), nine computed. Every sentence was
written for this table."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_titles, add_zipped
from evaluation.phrasings.places import CAP, RATE
from evaluation.phrasings.rows import GE, HP, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings31.table import Tune31Table

U = "user_titles"
BOTH = ["answered", "calculated"]

TITLES = [
    ("answered", mi("第二十二条"), ["100元"], "【求助】姥姥在昆莎乡卫生院住院 起付线扣多少？"),
    ("answered", mi("第二十四条"), ["青光眼"], "我妈青光眼 能不能办门特啊 急急急"),
    ("answered", mi("第二十五条"), ["800元"], "高血压两病门诊一年封顶多少？？问了好几个人都说不清"),
    ("answered", CAP, ["6万元"], "阿里医保一年最多报到几万 求科普"),
    ("answered", mi("第八条"), ["全额补缴"], "医保忘交了还能补吗 怎么补 求大佬"),
    (
        "answered",
        mi("第十八条"),
        ["就高不就低"],
        "建档立卡又吃低保 交医保补贴按哪个身份算？？",
        BOTH,
    ),
    ("answered", mi("第三十三条"), ["信息系统"], "在广州住院了 异地备案怎么弄 萌新求问"),
    ("answered", mi("第三十四条"), ["费用清单"], "外地住院回来报销 除了发票还要啥 跪求"),
    ("answered", mi("第三十条"), ["义齿"], "种牙镶牙医保给报吗 牙疼中"),
    ("answered", mi("第三十条"), ["酗酒"], "喝多了摔伤住院 医保报不报 有经验的说说"),
    (
        "answered",
        mi("第二十九条"),
        ["先自费结算"],
        "宝宝刚出生就住保温箱 钱要先自己垫吗 新手妈妈求教",
    ),
    ("answered", mi("第二十六条"), ["60%"], "普通门诊看病能报几成 有人知道吗"),
    ("answered", mi("第二十二条"), ["降低10%"], "去成都看病报销会少吗 少多少 纠结要不要去"),
    ("answered", mi("第七条"), ["户口簿"], "给外甥上医保要带啥材料 第一次办"),
    ("answered", mi("第六条"), ["易地搬迁人员"], "搬迁到新村了 医保在老家交还是新家交？"),
    ("answered", mi("第二十七条"), ["30万元"], "大额补充医疗保险最多赔多少 家里老人重病"),
    ("answered", mi("第二十四条"), ["60%"], "门特交60那档能报多少 问一下在阿里的朋友"),
    ("answered", mi("第三十一条"), ["身份证件"], "社保卡丢了 拿身份证能看病吗 在线等"),
    ("answered", art(RP, "第二十一条"), ["不得哄抢"], "村里修水渠挖出古物 大家想分了 这样行吗 急"),
    ("answered", art(RP, "第三十七条"), ["不得拍摄"], "去古格王朝遗址能拍壁画吗 摄影爱好者求问"),
    ("answered", art(RC, "第五条"), ["25-50岁"], "姐夫48了 还能报名当文物看管员不"),
    ("answered", art(RC, "第十二条"), ["1200"], "县级文物点看管员一个月给多少 想让大舅去干", BOTH),
    (
        "answered",
        art(RC, "第十七条"),
        ["擅自对外提供重要文物信息"],
        "看管员把文物位置告诉外人 会咋样",
    ),
    ("answered", art(RT, "六、（二）"), ["外出受训"], "文物局的培训会派人出去学吗 新人好奇"),
    ("answered", art(RT, "六、（六）"), ["适用范围"], "文物安全培训都管到哪些人 寺里的也算吗"),
    ("answered", art(HP, "三、"), ["正式评审"], "地区医院创三甲现在到哪一步了 都有哪些阶段"),
    ("answered", art(HP, "四、（四）"), ["6251.5 万元"], "阿里要建传染病院区？投多少钱"),
    ("answered", art(HP, "四、（七）"), ["慢病管理"], "地区医院的远程平台能管慢病吗"),
    ("answered", art(HP, "四、（十五）"), ["冈底斯医学论坛"], "阿里要办的那个医学论坛叫啥名"),
    (
        "answered",
        art(RD, "二、（三）"),
        ["1594 名"],
        "听说农村公路招护路员 一共多少人 老乡们看过来",
    ),
    ("answered", art(RD, "二、（四）"), ["7月15日前"], "日土县多玛乡啥时候通客车 家在那边"),
    (
        "answered",
        quote(RD, "狮泉河镇-左左乡"),
        ["狮泉河镇-左左乡"],
        "狮泉河到左左乡有没有班车 想回老家",
    ),
    ("answered", art(RD, "二、"), ["楚松村"], "札达楚松村的路硬化了吗 有知道的吗"),
    ("answered", art(RD, "三、"), ["赵亚欧"], "四好农村路领导小组里交通局局长是谁"),
    ("answered", RATE, ["90%以上"], "阿里毕业生好就业吗 就业率有目标吗 孩子快毕业了"),
    ("answered", quote(GE, "2022年599人"), ["599"], "2022年阿里会有多少大学毕业生 求数据"),
    ("answered", art(GE, "三、（一）4."), ["75人"], "阿里鼓励大学生参军吗 有多少人的目标"),
    # fixed after the run: 四、（二）1. (区外对口援藏省市企业提供的岗位) answers it as well
    (
        "answered",
        [art(GE, "三、（一）3."), art(GE, "四、（二）1.")],
        ["岗位"],
        "表妹想去对口援藏的省份找工作 有岗位吗",
    ),
    ("answered", mi("第二十五条"), ["不得同时享受"], "爸爸糖尿病 办了门特还能走两病吗 在线蹲"),
    (
        "answered",
        mi("第十三条"),
        ["城镇职工医疗保险基金"],
        "居民医保转职工医保 中间那段看病谁管 急",
    ),
    ("answered", mi("第四十五条"), ["伪造"], "用别人的医保卡看病会被查吗 好怕"),
    ("answered", mi("第二十二条"), ["180天"], "老人住院半年多了 医保怎么结算 陪护的姐妹问"),
    ("answered", mi("第十八条"), ["6:4"], "姥爷66了不用交医保 那他的钱谁出 好奇宝宝", BOTH),
    ("answered", mi("第二十条"), ["3月31日前"], "医保财政补助几月前必须到账 财务小白问"),
    ("answered", art(RP, "第二十七条"), ["两年"], "博物馆之间借展品能借几年 策展新人求问"),
    (
        "answered",
        art(RT, "五、"),
        ["地区文物安全专项经费"],
        "参加文物安全培训要交培训费吗 单位没说",
    ),
    ("answered", mi("第十一条"), ["寺管会"], "寺里的阿尼参保 要自己去办吗"),
    ("answered", art(RC, "第八条"), ["提出建议和意见"], "当看管员能不能给上面提意见 有这个权利吗"),
    ("out_of_scope", None, None, "日喀则那边医保住院报销多少 老乡求告知"),
    ("out_of_scope", None, None, "那曲的文物看管员一个月多少钱 有人知道吗"),
    ("out_of_scope", None, None, "林芝市民的医保断缴怎么补 求助"),
    ("out_of_scope", None, None, "昌都的农村公路养护补贴多少 村里问的"),
    ("out_of_scope", None, None, "山南的大学生去当兵有啥补助"),
    ("out_of_scope", None, None, "公司给交的职工医保 住院能报几成 急"),
    ("out_of_scope", None, None, "惠民保和居民医保能叠加报吗"),
    ("out_of_scope", None, None, "2026年阿里医保要交多少钱 有通知了吗"),
    ("out_of_scope", None, None, "西安户口在阿里打工 怎么交西安的医保"),
    ("out_of_scope", None, None, "冈仁波齐转山要带什么装备"),
    ("out_of_scope", None, None, "新疆的城乡居民医保门特有几种"),
]

CALCULATED = [
    "姥姥交250 地区医院(三级)今年头一次住院 花了两万八 能报多少 急",
    "姑父120档 县医院二级今年第一次住院 一万一 医保报多少 求帮算",
    "老妈乳腺癌门特 交120 这次门诊两千六 报多少？？",
    "大舅在自治区级野外文物点看管了六个月 工资一共多少 帮忙算下",
    "姥爷糖尿病 在乡里一级医院两病门诊拿了一千块甲类药 能报多少 在线等急",
    "老爸普通门诊今年第一次 花了三百五 报多少",
    "五个县一年的农村公路养护补贴多少万 写材料用",
    "老婆在二级医院顺产花了三千八 医保报多少 新手爸爸求助",
    "60岁的姥姥 女 交医保个人要出多少 求解",
]
EXPECTED = [
    e.inpatient(250, "三级", "28000"),
    e.inpatient(120, "二级", "11000"),
    e.special(120, "恶性肿瘤", "2600"),
    e.custodian("自治区级", 6),
    e.two_diseases(["糖尿病"], "一级", "1000"),
    e.general("350"),
    e.road(5, False),
    e.maternity("二级", "3800"),
    e.enrol(sex="女", age=60),
]


def build(t: Tune31Table) -> None:
    for status, gold, terms, question, *override in TITLES:
        add_titles(t, U, [(override[0] if override else status, gold, terms, question)])
    add_zipped(t, U, CALCULATED, EXPECTED)
