"""Lookups by fact type and yes/no eligibility over the seven documents, typed as people chat;
topic present, asked fact absent (at least seven per document, declined with the nearest rule
in `related`), each with the kind of fact asked (amount, ratio, date, period, body, place,
channel, format, count, list, condition, yes_no); requests that are not about the documents.
Written from the gazette."""

from __future__ import annotations

from evaluation.phrasings.builders import (
    add_answered,
    add_eligibility,
    add_not_about,
    add_typed_fact_absent,
    with_status,
)
from evaluation.phrasings.rows import GE, HP, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings11.table import Tune11Table

# (fact type, gold place, terms the answer must hold, question)
LOOKUPS = [
    ("amount", mi("第二十二条"), ["60元"], "住二级医院 每天床位费医保按多少算"),
    ("ratio", mi("第二十二条"), ["50%"], "一年里第三次住院 起付线打几折"),
    ("date", mi("第二十条"), ["3月31日"], "财政给医保的补助 最晚几号要拨到位"),
    ("body", mi("第十二条"), ["公安机关"], "参保人去世了 谁去通知医保经办那边"),
    ("body", mi("第十一条"), ["寺管会"], "寺里在编僧人参保 手续谁去给办"),
    ("list", mi("第七条"), ["户口簿"], "头一回参保登记 要带哪些证件去"),
    ("amount", mi("第二十四条"), ["30种"], "门诊特殊病一共有多少种"),
    (
        "body",
        art(RP, "第五十四条"),
        ["文物保护工作联席会议办公室"],
        "文物保护管理办法有疑问 归谁解释",
    ),
    ("period", art(RP, "第二十条"), ["六个月"], "考古挖完了 出土的东西多久要交给文物部门"),
    ("body", art(RP, "第三十四条"), ["海关"], "哪些部门管文物买卖的监督检查"),
    ("procedure", art(RC, "第九条"), ["看管协议书"], "想当野外看管员 要走什么程序"),
    ("amount", art(RC, "第十三条"), ["一年"], "看管协议最长能签多长时间"),
    ("body", art(RC, "第三条"), ["县人民政府"], "野外看管员平时的日常管理归谁"),
    ("list", quote(RT, "培训方向包括"), ["实践能力培训"], "文物安全培训分哪两个方向"),
    (
        "body",
        quote(RT, "负责制定年度文物安全培训计划"),
        ["联席会议办公室"],
        "年度的文物安全培训计划 由哪家负责起草制定",
    ),
    (
        "amount",
        quote(HP, "医院需新增医务人员 184 人"),
        ["184"],
        "创三甲按床位算 医院得补充几个医护人员",
    ),
    (
        "amount",
        quote(HP, "总投资控制在 6251.5 万元以内"),
        ["6251.5"],
        "新建传染病院区 投资上限定了多少万",
    ),
    (
        "list",
        quote(HP, "其中陕西省 10 家，成都市 2 家"),
        ["陕西省"],
        "远程平台对接的内地医院都在哪些地方",
    ),
    ("amount", quote(RD, "普兰县235人"), ["235"], "普兰那边给了多少个生态补偿养护员名额"),
    (
        "body",
        quote(RD, "领导小组办公室设在地区交通运输局建设管理科"),
        ["建设管理科"],
        "创建四好农村路的领导小组 办公室放在交通局哪个科室",
    ),
    (
        "ratio",
        quote(RD, "一次交工验收合格率达到 98% 以上"),
        ["98%"],
        "农村公路新改建项目 第一次交工验收合格的比例定的多少",
    ),
    (
        "amount",
        quote(GE, "学前教育教师特设岗位不少于 300 个"),
        ["300"],
        "学前教育特岗给毕业生留了多少个",
    ),
    ("ratio", quote(GE, "就业率保持在90%以上"), ["90%"], "规划里阿里毕业生就业率要保持在多少"),
    ("amount", quote(GE, "累计参军入伍不少于 75 人"), ["75"], "鼓励毕业生去当兵 目标是多少人"),
]

# (gold place, terms, question): yes/no questions answered with the deciding clause
ELIGIBILITY = [
    (mi("第三十条"), ["镶牙"], "镶假牙居民医保报不报"),
    (mi("第三十条"), ["近视眼矫正术"], "做近视激光手术能走医保吗"),
    (mi("第三十条"), ["交通事故"], "出车祸住院 居民医保管不管"),
    (mi("第三十条"), ["不孕"], "看不孕不育能用医保报销吗"),
    (mi("第二十四条"), ["青光眼"], "青光眼能办门诊特殊病吗"),
    (mi("第二十四条"), ["布鲁菌病"], "布病算不算门特病种"),
    (mi("第十三条"), ["城乡居民医疗保险基金"], "从居民医保转去职工医保 当中看病谁给报"),
    (mi("第二十九条"), ["急诊留观"], "住院前在急诊抢救了两天 这钱能跟住院一起报吗"),
    (art(RP, "第三十八条"), ["私自拓印"], "山崖上刻的六字真言 我能拿纸拓一张吗"),
    (art(RP, "第三十七条"), ["不得拍摄"], "博物馆里的文物能拍照发朋友圈吗"),
    (art(RP, "第十三条"), ["爆破"], "文保单位保护范围里能放炮开山吗"),
    (art(RP, "第三十九条"), ["复制"], "照着寺里的老佛像复制一尊拿去卖 行不行"),
    (art(RC, "第六条"), ["汉藏双语"], "会藏汉双语的 选看管员能优先不"),
    (art(RC, "第十七条"), ["敛取钱财"], "看管员打着保护文物的旗号收钱 会怎样"),
    (quote(RT, "驻寺僧尼"), ["驻寺僧尼"], "寺里的僧人也要参加文物安全培训吗"),
    (quote(HP, "按有关规定自行设置临床医技机构"), ["自行设置"], "地区医院能不能自己设临床科室"),
    (quote(RD, "也可以通过竞争方式承包给公路沿线的村庄"), ["承包"], "村里能不能承包农村公路的养护"),
]

# topic in the text, asked fact absent: declined, nearest rule in `related`.
# the bare kinds (yes_no, count, format, channel) carry no unit and name no body, place or date.
FACT_ABSENT = [
    # 医保办法
    ("period", mi("第三十四条"), "区外垫付的钱回来申请结算 多久能打到卡上"),
    ("date", mi("第二十条"), "中央财政补助次年结算 具体是几月份"),
    ("amount", mi("第二十八条"), "住院报完还困难 医疗救助顶多给到多少"),
    ("ratio", mi("第二十八条"), "医疗救助按个人自付部分的几成给"),
    ("yes_no", mi("第十九条"), "村集体帮忙补了缴费差额 这钱以后要不要还"),
    ("period", mi("第十二条"), "人走了以后 终止参保手续多少天内办完"),
    ("channel", mi("第九条"), "参保登记表能不能在手机上填"),
    ("count", mi("第二十九条"), "选定的定点医院 中途能换几回"),
    ("format", mi("第三十九条"), "住院费用清单 病人能要纸质的吗"),
    ("amount", mi("第四十三条"), "风险储备金现在一共攒了多少钱"),
    # 文物保护管理办法
    ("amount", art(RP, "第六条"), "文物保护专项经费每年安排多少"),
    ("amount", art(RP, "第六条"), "对文物保护有重大贡献的 奖多少钱"),
    ("channel", art(RP, "第六条"), "文物专项资金的使用情况 在什么地方向社会公布"),
    ("channel", art(RP, "第三十六条"), "游客承载标准公布出来 是贴在门口还是挂网上"),
    ("yes_no", art(RP, "第三十条"), "个人办博物馆 有没有补贴"),
    ("period", art(RP, "第四十二条"), "文物安全联席会议多久开一回"),
    ("yes_no", art(RP, "第三十七条"), "批准后由文保单位提供照片 要不要收费"),
    ("period", art(RP, "第十五条"), "维修方案报上去备案 多少天内给回复"),
    ("yes_no", art(RP, "第二十七条"), "收藏单位之间借用文物 要不要交押金"),
    # 野外文物看管人员管理细则
    ("period", art(RC, "第九条"), "报名当看管员以后 多久能通知录没录用"),
    ("yes_no", art(RC, "第十三条"), "看管协议到期了 能不能接着续签"),
    ("channel", art(RC, "第七条"), "看管员巡查完 用微信汇报行不行"),
    ("amount", art(RC, "第十二条"), "看管员骑摩托巡山的油钱 补多少"),
    ("yes_no", art(RC, "第十四条"), "看管员出去参观考察 路费要自己掏吗"),
    ("period", art(RC, "第十四条"), "给看管员的授课 多久搞一回"),
    ("date", art(RC, "第十二条"), "看管员工资是月初发还是月底发"),
    ("body", art(RC, "第十六条"), "看管员受表彰 证书是哪一级发的"),
    # 文物安全培训办法
    (
        "amount",
        quote(RT, "培训经费从地区文物安全专项经费中支出"),
        "参加一回文物安全培训 每人伙食补助多少",
    ),
    ("yes_no", quote(RT, "文物安全培训原则上每年不得少于一次"), "文物安全培训有没有次数上限"),
    ("yes_no", quote(RT, "考核要有结果"), "培训考核没过 要不要重新再培训"),
    ("count", quote(RT, "结合培训规模、参加人数"), "一期培训最多能收多少学员"),
    ("period", quote(RT, "经办公室批准后，方可退训"), "交了退训申请 办公室几天内批"),
    ("date", quote(RT, "负责制定年度文物安全培训计划"), "今年的年度培训计划 几月份出来"),
    ("place", quote(RT, "确定培训地点"), "文物安全培训一般在哪办 狮泉河吗"),
    ("yes_no", quote(RT, "无故缺勤的要记录在案"), "培训无故缺勤 会不会被扣工资"),
    # 三甲方案
    ("date", quote(HP, "力争在今年第三季度开工建设"), "传染病院区啥时候能建好投用"),
    (
        "count",
        quote(HP, "选派一批具有培养潜力的医务人员到包科医院培训学习"),
        "派去包科医院进修的医生 每批几个人",
    ),
    ("yes_no", quote(HP, "实行医德医风“一票否决”制"), "医德考评不合格的医生 会不会被开除"),
    ("amount", quote(HP, "该项目占地面积10461平方米"), "外科综合楼一共花了多少钱"),
    (
        "list",
        quote(HP, "确立妇产科、重症医学科、骨科、心脑血管科等7个重点建设科室"),
        "7个重点科室 除了妇产重症骨科心脑血管 另外三个是啥",
    ),
    ("amount", quote(HP, "通过专招渠道解决 60 人"), "专招进来的60个医生 工资多少"),
    ("date", quote(HP, "适时举办第二届冈底斯医学论坛"), "第二届冈底斯医学论坛定在哪天开"),
    ("ratio", quote(HP, "对照三级甲等综合医院评审标准"), "三甲评审要拿到多少分才算过"),
    ("format", quote(HP, "建立周报告制度"), "创三甲的周报告 是交纸质的还是系统里报"),
    # 四好农村路
    ("amount", quote(RD, "农村客运车辆型号及价位的确定"), "乡村客运班车的票价多少钱一张"),
    (
        "amount",
        quote(RD, "日常养护等简易工作必须雇佣当地农民不少于60%"),
        "给养护公司干活的农民 一天工钱多少",
    ),
    ("yes_no", quote(RD, "积极建立县、乡（镇）、村三级“路长制”"), "当路长的 有没有补贴"),
    ("period", quote(RD, "狮泉河镇-左左乡"), "狮泉河到左左乡那条客运线 一礼拜跑几回"),
    (
        "date",
        quote(RD, "力争于7月15日前达到运营条件并开通农村客运"),
        "多玛乡的客运班车最后是哪天正式开通的",
    ),
    (
        "condition",
        quote(RD, "生态补偿农村公路养护员的管理责任主体为各县人民政府"),
        "当生态补偿养护员 年龄有啥要求",
    ),
    ("amount", quote(RD, "革吉县459人"), "生态补偿养护员一个月能拿多少钱"),
    ("amount", quote(RD, "农村公路超载超限治理规范有序"), "农村公路上超载被查 罚多少钱"),
    ("format", quote(RD, "每一条工作措施都要建立一个台账"), "创建用的台账 用纸本记还是电脑上记"),
    # 就业规划
    (
        "amount",
        quote(GE, "从生活补贴、住房补贴、求职补贴"),
        "回阿里就业的毕业生 生活补贴一个月多少",
    ),
    ("amount", quote(GE, "从生活补贴、住房补贴、求职补贴"), "毕业生的求职补贴一次给多少钱"),
    ("period", quote(GE, "公益性岗位 1160 个左右"), "公益性岗位干满几年能转成编制"),
    (
        "date",
        quote(GE, "以地区高校毕业生众创空间为依托的创业载体已建成"),
        "众创空间每年几月份招新入驻",
    ),
    ("ratio", quote(GE, "就业率保持在90%以上"), "去年阿里毕业生实际的就业率是多少"),
    ("body", quote(GE, "“三支一扶”就业岗位不少于 10 个"), "三支一扶报名要找哪个部门"),
    ("yes_no", quote(GE, "参加学历提升不少于 60 人"), "毕业生参加学历提升 学费能不能报"),
    ("period", quote(GE, "做好就业实名制登记"), "毕业生招聘会 多久办一场"),
    ("amount", quote(GE, "以及启动资金、金融贷款"), "毕业生创业贷款最多能贷多少"),
]

NOT_ABOUT = [
    "帮我查下明天狮泉河到拉萨的航班",
    "今天的油价是多少 92号的",
    "推荐几部好看的藏语电影",
    "孩子发烧39度 吃什么退烧药好",
]


def build(t: Tune11Table) -> None:
    add_answered(t, "lookup", LOOKUPS)
    add_eligibility(t, with_status(ELIGIBILITY, "answered"))
    add_typed_fact_absent(t, FACT_ABSENT)
    add_not_about(t, NOT_ABOUT)
