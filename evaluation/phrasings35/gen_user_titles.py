"""User titles in the style of Q&A sites: vague, colloquial, often with a relative or a place
(巴嘎乡, 霍尔乡, 底雅乡, 左左乡, 扎西岗乡, 托林镇, 古格王朝遗址, 玛旁雍错边上) and a plea (跪求,
在线蹲, 有大佬知道吗, 新人提问, 纯小白, 急急急, 真心求教, 坐标噶尔, 宝妈求助, 打工人提问,
问个傻问题, 家里老人让问的…); most answered from the gazette, eleven declined (another
prefecture, province, scheme or year, or nothing in the documents), seven computed. Every sentence
was written for this table."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_titles, add_zipped
from evaluation.phrasings.places import CAP, RATE
from evaluation.phrasings.rows import GE, HP, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings35.table import Tune35Table

U = "user_titles"
BOTH = ["answered", "calculated"]

TITLES = [
    ("answered", mi("第二十二条"), ["400元"], "跪求 外婆住地区三级医院 起付线是多少啊"),
    ("answered", mi("第二十四条"), ["痛风"], "姑父痛风好多年了 能不能办门特 有大佬知道吗"),
    ("answered", mi("第二十五条"), ["800元"], "高血压走两病门诊 一年到头最多报多少 在线蹲"),
    ("answered", CAP, ["6万元"], "坐标噶尔 居民医保一年封顶到底几万"),
    ("answered", mi("第八条"), ["全额补缴"], "医保断了半年 还能补吗 新人提问"),
    ("answered", mi("第八条"), ["10月1日"], "明年医保啥时候开始交 家里老人让问的"),
    ("answered", mi("第三十三条"), ["信息系统"], "在西安打工住院 备案咋弄 打工人提问"),
    ("answered", mi("第三十四条"), ["费用清单"], "内地住院回来报销 除了发票还要啥 纯小白"),
    ("answered", mi("第三十条"), ["眼镜"], "小姨配眼镜花了八百 医保能报吗 问个傻问题"),
    ("answered", mi("第三十条"), ["交通事故"], "出车祸住院了 医保管不管 急急急"),
    ("answered", mi("第二十九条"), ["全额报销"], "宝妈求助 在县医院顺产 医保报多少比例"),
    ("answered", mi("第二十六条"), ["100元"], "普通门诊是不是要先花够一百才开始报 真心求教"),
    ("answered", mi("第二十二条"), ["90%"], "巴嘎乡的阿爸交了250 在乡卫生院住院能报九成吗"),
    ("answered", mi("第七条"), ["户口簿"], "第一次给外婆办医保 要带户口本吗"),
    ("answered", mi("第六条"), ["未满一周岁的婴儿"], "刚生的宝宝 要等一岁才能参保吗 宝妈提问"),
    ("answered", mi("第二十七条"), ["自治区级统筹"], "单位写材料用 阿里大病保险到底是哪一级统筹"),
    ("answered", mi("第二十四条"), ["90%"], "门特交250那一档能报几成 有懂的来"),
    ("answered", mi("第三十一条"), ["身份证件"], "忘带社保卡了 拿身份证能看病吗 在医院门口等"),
    ("answered", mi("第十二条"), ["公安机关"], "老人走了以后 医保那边谁去通知 第一次遇到这事"),
    ("answered", mi("第四十四条"), ["举报、投诉"], "看到诊所骗医保 能去哪投诉 路人问一句"),
    ("answered", mi("第三十二条"), ["转诊转院证明"], "从县医院转到地区医院 要开啥证明 急"),
    ("answered", art(RP, "第二十一条"), ["立即保护现场"], "霍尔乡修路挖出一堆古陶片 怎么办 在线求"),
    (
        "answered",
        art(RP, "第三十七条"),
        ["不得拍摄"],
        "摄影爱好者提问 古格王朝遗址里面的壁画能不能拿相机拍",
    ),
    (
        "answered",
        art(RP, "第十三条"),
        ["不得进行其他建设工程"],
        "家在文保单位保护范围里 想盖个羊圈行不行",
    ),
    ("answered", art(RP, "第二十八条"), ["易燃"], "寺庙里能囤汽油吗 扎西岗乡的喇嘛朋友问的"),
    ("answered", art(RP, "第三十二条"), ["备案"], "爷爷留下的老唐卡能卖吗 家里想处理"),
    ("answered", art(RC, "第五条"), ["25-50岁"], "舅舅四十八了 能去当文物看管员不 求解答"),
    (
        "answered",
        art(RC, "第十二条"),
        ["1200"],
        "县级文物点的看管员一个月多少钱 底雅乡的亲戚想干",
        BOTH,
    ),
    ("answered", art(RC, "第十一条"), ["立即解聘"], "看管员出了大事故会怎样 好奇问问"),
    ("answered", art(RC, "第十六条"), ["表彰和奖励"], "看管员抓到盗墓的有奖励吗 托林镇的朋友问"),
    ("answered", art(RT, "一、（四）"), ["书面形式"], "文物培训中途家里有事想走 怎么请 同事求助"),
    ("answered", art(RT, "六、（三）"), ["试卷考核"], "文物安全培训最后要考试吗 有点慌"),
    (
        "answered",
        art(RT, "五、"),
        ["地区文物安全专项经费"],
        "去参加文物培训 培训费要自己出吗 新入职的",
    ),
    (
        "answered",
        art(HP, "三、（七）"),
        ["2021年底前挂牌"],
        "地区人民医院啥时候成三甲 有内部消息吗",
    ),
    ("answered", art(HP, "四、（二）"), ["外科综合楼"], "地区医院在盖啥新楼 路过看到工地"),
    ("answered", art(HP, "四、（四）"), ["传染病"], "听说阿里要建传染病院区 真的假的"),
    ("answered", art(HP, "四、（九）"), ["陕西"], "阿里医院的援藏医生是哪个省派的 想挂专家号"),
    (
        "answered",
        quote(RD, "狮泉河镇-左左乡"),
        ["狮泉河镇-左左乡"],
        "狮泉河到左左乡有班车吗 回老家用",
    ),
    ("answered", art(RD, "二、（三）"), ["1594 名"], "阿里生态补偿护路岗一共招多少人 想给表哥找活"),
    ("answered", quote(RD, "农村客运车辆6辆"), ["个人经营"], "阿里农村客运的车是公家的还是私人的"),
    # fixed after the run: 二、（三） and the task table's 第12项 state 每县100万元/年 too
    (
        "answered",
        [art(RD, "五、（四）"), art(RD, "二、（三）"), art(RD, "第12项")],
        ["100万元/年"],
        "四好农村路每个县给多少养护钱 村干部问",
    ),
    ("answered", RATE, ["90%以上"], "阿里毕业生就业率目标多少 孩子明年毕业"),
    ("answered", quote(GE, "2022年599人"), ["599"], "2022年阿里大学毕业生有多少人 做调研"),
    # fixed after the run: "考公名额" also reads as 三、（一）3.'s 事业单位岗位 from the same provinces
    (
        "answered",
        [art(GE, "三、（二）6."), art(GE, "三、（一）3.")],
        ["河北省"],
        "哪些省专门给阿里籍毕业生考公名额 求告知",
    ),
    ("answered", art(GE, "四、（二）2."), ["公益性岗位"], "低保家庭的孩子大学毕业 有啥就业照顾"),
    ("answered", art(GE, "四、（二）4."), ["参军入伍"], "大学毕业去当兵 阿里鼓励吗 表弟纠结中"),
    ("answered", mi("第十八条"), ["就高不就低"], "又是低保户又是残疾 参保补助怎么算 吃亏吗", BOTH),
    ("answered", mi("第二十二条"), ["每180天"], "外公住院快半年了 医保中间要结一次账吗"),
    ("answered", mi("第三十八条"), ["签字"], "医院给用了自费药没问我 这合理吗 气死了"),
    ("out_of_scope", None, None, "日喀则的医保在阿里住院能直接刷吗 老乡求助"),
    ("out_of_scope", None, None, "那曲双湖的居民医保一年交多少 有知道的吗"),
    ("out_of_scope", None, None, "林芝巴宜区文物看管员招人吗 工资咋样"),
    ("out_of_scope", None, None, "昌都毕业生回乡创业有啥补贴 求科普"),
    ("out_of_scope", None, None, "山南的四好农村路有多少护路员"),
    ("out_of_scope", None, None, "河南老家的新农合在阿里能报吗"),
    ("out_of_scope", None, None, "买哪家商业重疾险比较好 求推荐"),
    ("out_of_scope", None, None, "2028年阿里医保涨价了吗 听说要涨"),
    ("out_of_scope", None, None, "从拉萨到阿里坐飞机多少钱 哪天有航班"),
    ("out_of_scope", None, None, "玛旁雍错边上能不能露营 求攻略"),
    ("out_of_scope", None, None, "甘肃那边城乡居民医保的门特病种有几种 亲戚问的"),
]

CALCULATED = [
    "姑姑交250 地区三级医院今年头回住院 花了两万八 能报多少 求好心人算算",
    "外公120档 县二级医院 今年第一回住院 一万二 医保给多少 急",
    "老妈尿毒症透析门特 交120 这月门诊四千 报多少 在线等",
    "小舅在自治区级野外文物点看管了十个月 一共能领多少 帮算下",
    "外婆糖尿病 一级医院两病门诊甲类药一千一 能报多少 老人着急",
    "今年头回看普通门诊 花了四百五 报多少 打工人算不明白",
    "媳妇在二级医院顺产生了二胎 花了七千五 医保报多少 新手爸爸求助",
]
EXPECTED = [
    e.inpatient(250, "三级", "28000"),
    e.inpatient(120, "二级", "12000"),
    e.special(120, "慢性肾功能衰竭", "4000"),
    e.custodian("自治区级", 10),
    e.two_diseases(["糖尿病"], "一级", "1100"),
    e.general("450"),
    e.maternity("二级", "7500"),
]


def build(t: Tune35Table) -> None:
    for status, gold, terms, question, *override in TITLES:
        add_titles(t, U, [(override[0] if override else status, gold, terms, question)])
    add_zipped(t, U, CALCULATED, EXPECTED)
