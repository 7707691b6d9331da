"""Lookups by fact type and yes/no eligibility over the seven documents, typed as people chat;
topic present, asked detail absent (at least six per document, declined with the nearest rule
in `related`), many of them asking a detail with no unit and no named body, place or date
(how many times, online or not, which format, whether something is needed); requests that
are not about the documents. Written from the gazette."""

from __future__ import annotations

from evaluation.phrasings.rows import GE, HP, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings9.table import Tune9Table

# (fact type, gold place, terms the answer must hold, question)
LOOKUPS = [
    ("amount", mi("第二十七条"), ["30万"], "农牧民大额补充医疗保险 一年顶多赔到多少"),
    ("amount", mi("第二十二条"), ["20元"], "住乡里卫生院 床位费医保每天认多少"),
    ("ratio", mi("第二十六条"), ["60%"], "普通门诊过了起付线以后 按几成报"),
    ("ratio", mi("第四十三条"), ["10%"], "医保基金每年收上来的钱 留多少做风险储备"),
    ("ratio", mi("第二十六条"), ["15%"], "统筹基金里拿出多大比例搞门诊统筹"),
    ("date", mi("第八条"), ["10月1日"], "下一年的医保 每年从几月几号开始收"),
    ("date", mi("第二十九条"), ["7天"], "住院之前急诊留观 几天以内的能并到住院报"),
    ("body", mi("第五条"), ["残联部门"], "一二级残疾人的身份 归哪个部门认定"),
    ("body", mi("第五条"), ["扶贫部门"], "建档立卡的身份是谁负责确认的"),
    ("body", art(RP, "第三条"), ["省级文物行政管理部门"], "一件东西算不算文物有争议 最后谁来裁定"),
    ("body", art(RP, "第四十五条"), ["消防救援部门"], "寺庙古建筑防火这块 哪个部门来指导检查"),
    ("amount", art(RC, "第十二条"), ["2名"], "一处野外文保点安排几个人看着"),
    ("list", art(RP, "第三条"), ["古墓葬", "古树名木"], "老物件哪几类在阿里受国家保护"),
    ("list", mi("第四十五条"), ["冒名就医", "伪造"], "参保人干了哪些事 医保会把报的钱追回去"),
    (
        "date",
        quote(RT, "本办法自发布之日起执行"),
        ["发布之日"],
        "文物安全培训那个办法 从什么时候起执行的",
    ),
    ("amount", quote(HP, "总投资5000万元"), ["5000万"], "地区精神病福利院一共投资多少钱"),
    ("amount", quote(HP, "对接 12 家内地医院"), ["12"], "远程会诊平台连着内地几家医院"),
    ("body", quote(HP, "撰写初次评审申请书"), ["地区卫健委"], "三甲初审的申请 医院要交给哪个单位"),
    (
        "amount",
        quote(RD, "总里程为 10366.762 公里"),
        ["10366.762"],
        "阿里七个县的农村公路加起来有多少公里",
    ),
    ("ratio", quote(RD, "建制村通客车率达到80%以上"), ["80%"], "规划里建制村通客车率要到多少"),
    (
        "amount",
        quote(GE, "法律援助员岗位不少于 10 个"),
        ["10"],
        "给毕业生的法律援助员岗位计划有几个",
    ),
    ("amount", quote(GE, "口岸查验协管员岗位 7 个左右"), ["7"], "口岸查验协管员的岗位大约几个"),
    ("procedure", mi("第二十九条"), ["先自费结算"], "刚生的娃住了院 这钱先怎么结 后面怎么报"),
    ("procedure", mi("第三十二条"), ["转诊转院证明"], "县医院看不了要转到上级医院 需要开什么"),
    ("procedure", art(RP, "第四十八条"), ["书面形式"], "文物出了安全事故 县文物局该怎么一级级报"),
]

# (gold place or places, terms, question): yes/no questions answered with the deciding clause
ELIGIBILITY = [
    (mi("第二十四条"), ["类风湿性关节炎"], "我妈类风湿关节炎好多年了 能办门特不"),
    (mi("第二十四条"), ["甲状腺功能亢进"], "甲亢能不能按门诊特殊病走"),
    (mi("第二十四条"), ["结核病"], "肺结核在门诊吃药 算不算门特"),
    (mi("第三十条"), ["助听器"], "我爷配助听器 居民医保给报吗"),
    (mi("第三十条"), ["护工费"], "住院请的护工 那钱医保出不出"),
    (mi("第三十条"), ["磁疗"], "腰疼去做磁疗 能用医保报吗"),
    (mi("第三十条"), ["工伤保险基金"], "干活受的工伤 住院能不能走居民医保"),
    (mi("第二十五条"), ["不得同时享受"], "高血压办了门特 还能同时拿两病门诊的待遇吗"),
    (mi("第二十九条"), ["婴儿未上户死亡"], "娃还没上户口就没了 抢救的钱还能报吗"),
    (mi("第六条"), ["自出生之日起"], "娃刚落了阿里户口 当年能参保吗 从哪天算"),
    (mi("第六条"), ["不得同时参加"], "在单位已经有职工医保了 家里还想给我交居民医保 行不行"),
    (art(RP, "第二十七条"), ["出租"], "寺里的老唐卡 能租给剧组拍戏用吗"),
    ([art(RP, "第十三条"), art(RP, "第二十八条")], ["易燃"], "文保单位院子里 能不能堆汽油桶"),
    (art(RP, "第三十六条"), ["抵押"], "县里能拿古遗址去银行抵押贷款吗"),
    (art(RC, "第五条"), ["25-50岁"], "阿姨今年四十八 身体还行 能被选上看管员不"),
    (quote(RT, "参加培训人员不得以任何形式损坏"), ["赔偿"], "培训时不小心把投影仪弄坏了 要赔吗"),
    (
        quote(GE, "重点针对建档立卡贫困家庭、残疾、低保家庭高校毕业生提供公益性岗位"),
        ["公益性岗位"],
        "娃是残疾大学生 毕业了政府给不给安排公益岗",
    ),
]

# topic in the text, asked fact absent: declined, nearest rule in `related`.
# fact type asked: the bare kinds (yes_no, count, format, channel) carry no unit and name no
# body, place or date in the question.
FACT_ABSENT = [
    # 医保办法
    ("channel", mi("第九条"), "老参保的续费 能在手机上直接交吗 还是得跑村里"),
    ("count", mi("第七条"), "参保登记带的身份证复印件 要复印几份"),
    ("yes_no", mi("第二十二条"), "住院太久要分段结算的话 要不要先办出院再入院"),
    ("period", mi("第三十二条"), "转诊转院证明开了以后 多长时间内有效"),
    ("channel", mi("第三十三条"), "外地住院备案用的那个信息系统 是哪个手机app"),
    ("format", mi("第三十四条"), "外地住院的费用清单 要不要医院盖章才认"),
    ("period", mi("第二十九条"), "新生儿补交医保以后 拿票据去报销有没有截止时间"),
    ("count", mi("第二十四条"), "门特办下来以后 隔多久要重新复审一回"),
    ("yes_no", mi("第二十七条"), "大病保险要不要自己另外掏钱买"),
    ("ratio", mi("第二十七条"), "大额补充医疗那个30万的 按百分之几赔"),
    ("yes_no", mi("第四十四条"), "举报骗医保的 能不能不留名字"),
    ("yes_no", mi("第十二条"), "家里老人过世了 他的医保卡要不要交回去"),
    ("yes_no", mi("第六条"), "易地搬迁选了在现住地参保 以后还能改回户籍地吗"),
    ("yes_no", mi("第四十三条"), "医保风险储备金存满了有没有上限"),
    # 文物保护管理办法
    ("body", art(RP, "第二十六条"), "寺里珍贵文物每年复核 是文物局派人来还是寺管会自己核"),
    ("yes_no", art(RP, "第二十七条"), "博物馆之间借文物展览 要不要给文物上保险"),
    ("yes_no", art(RP, "第九条"), "参加文物保护志愿服务 有没有补贴"),
    ("format", art(RP, "第二十四条"), "寺藏文物建档 要不要每件都拍照片"),
    ("amount", art(RP, "第三十六条"), "古格遗址一天最多放多少游客进去"),
    ("period", art(RP, "第十一条"), "古村落申报历史文化名村 一般多久批下来"),
    ("format", art(RP, "第四十八条"), "文物安全事故的书面报告 有没有固定格式"),
    ("yes_no", art(RP, "第三十三条"), "把家传的文物捐给博物馆 给不给捐赠证书"),
    ("format", art(RP, "第二十一条"), "在工地发现疑似文物 打个电话报告就行 还是得交书面材料"),
    # 野外文物看管人员管理细则
    ("count", art(RC, "第七条"), "看管员巡查是跑一趟就行 还是要来回跑好几趟"),
    ("format", art(RC, "第十一条"), "巡逻日志是拿本子手写 还是在手机上填"),
    ("amount", art(RC, "第十一条"), "巡逻日志没如实填 当月补助具体扣多少"),
    ("yes_no", art(RC, "第十二条"), "文物看管员给不给交五险一金"),
    ("yes_no", art(RC, "第八条"), "看管员上岗发不发制服和手电筒"),
    ("count", art(RC, "第九条"), "看管协议书要签一式几份"),
    ("amount", art(RC, "第十六条"), "看管员受了表彰 奖金大概给多少"),
    ("yes_no", art(RC, "第五条"), "选看管员的时候 要不要交体检报告"),
    ("yes_no", art(RC, "第十二条"), "一个点两个看管员 是轮着班看还是一起上"),
    # 文物安全培训办法
    ("format", quote(RT, "考核要有结果"), "培训完的考核是打分数 还是只写合格不合格"),
    ("channel", quote(RT, "培训方式包括"), "文物安全培训能不能在网上参加"),
    ("period", quote(RT, "文物安全培训原则上每年不得少于一次"), "一期文物安全培训一般要培训几天"),
    ("period", quote(RT, "档案资料由办公室统一保存管理"), "培训的档案资料留存几年才能销毁"),
    ("period", quote(RT, "因特殊原因必须退训的"), "要退训的话 得提前几天交书面申请"),
    ("count", quote(RT, "培训种类包括"), "应急演练这种培训 隔多长时间组织一回"),
    ("yes_no", quote(RT, "办公室要统筹安排好培训时间、培训地点"), "来讲课的培训老师 有没有讲课费"),
    ("period", quote(RT, "新入岗人员要按照培训管理办法要求"), "新入岗的人 入岗后多久之内必须参训"),
    # 三甲方案
    ("yes_no", quote(HP, "适时举办第二届冈底斯医学论坛"), "冈底斯医学论坛普通老百姓能进去听吗"),
    ("date", quote(HP, "确保外科综合大楼早日投入使用"), "外科综合楼到底哪天能用上"),
    ("place", quote(HP, "总投资5000万元"), "精神病福利院盖在狮泉河哪个位置"),
    ("yes_no", quote(HP, "远程门诊、远程会诊"), "远程会诊看一回 病人要不要另外交钱"),
    (
        "amount",
        quote(HP, "新建地区人民医院急诊楼、高压氧舱等系列项目"),
        "地区医院的高压氧舱 做一次大概多少钱",
    ),
    ("yes_no", quote(HP, "引进急需高层次人才"), "医院引进的高层次人才有没有安家费"),
    ("count", quote(HP, "初次评审、正式评审、巩固提升 7 个阶段"), "三甲要是没评上 还能再申请几回"),
    ("yes_no", quote(HP, "100 套职工周转房"), "医生住的职工周转房 要不要自己交房租"),
    # 四好农村路
    ("count", quote(RD, "农村客运车辆6辆"), "村里通的客运班车 来回能有几趟"),
    ("yes_no", quote(RD, "原则上每年开展一次考核"), "生态补偿养护员考核没过 会不会被辞退"),
    (
        "yes_no",
        quote(RD, "日常养护等简易工作必须雇佣当地农民不少于60%"),
        "去养护公司干活 招人要不要考试",
    ),
    ("yes_no", quote(RD, "完善县、乡、村三级农村物流服务体系"), "乡村客运班车能不能顺路捎快递"),
    ("period", quote(RD, "与职工依法签订劳动合同"), "养护公司跟工人签的合同 一签几年"),
    ("yes_no", quote(RD, "改则县9个"), "那些还没通硬化路的村 修路要不要村民自己出钱"),
    (
        "yes_no",
        quote(RD, "爱路护路的乡规民约、村规民约制定覆盖率达到 100%"),
        "爱路护路的村规民约 要不要每家每户签字",
    ),
    ("format", quote(RD, "农村客运车辆型号及价位的确定"), "跑乡村客运的是啥车型 几座的"),
    # 就业规划
    ("yes_no", quote(GE, "以及启动资金、金融贷款"), "毕业生创业拿的启动资金 以后要不要还"),
    (
        "format",
        quote(GE, "从生活补贴、住房补贴、求职补贴"),
        "毕业生的住房补贴 是分次发还是一次发完",
    ),
    ("period", quote(GE, "“三支一扶”就业岗位不少于 10 个"), "三支一扶的服务期是几年"),
    (
        "yes_no",
        quote(GE, "以地区高校毕业生众创空间为依托的创业载体已建成"),
        "大学生进众创空间创业 要不要交场地费",
    ),
    ("count", quote(GE, "从生活补贴、住房补贴、求职补贴"), "求职补贴一个毕业生能领几回"),
    (
        "condition",
        quote(GE, "推进河北省、陕西省面向阿里籍高校毕业生考录公务员"),
        "阿里籍的去考陕西公务员 有没有加分",
    ),
    ("yes_no", quote(GE, "各驻阿央企每年度提供岗位不少于 20 个"), "驻阿央企招毕业生 要不要笔试"),
    ("yes_no", quote(GE, "做好就业实名制登记"), "就业实名制登记 要本人带毕业证去吗"),
]

NOT_ABOUT = [
    "帮我写一段藏历新年的祝福语 发给领导",
    "狮泉河今天晚上会不会下雪",
    "手机老是卡 是不是该换了",
    "帮我把这句话翻成英文 我想请假三天",
    "给我讲个笑话吧 上班好累",
]


def build(t: Tune9Table) -> None:
    for fact_type, gold, terms, question in LOOKUPS:
        t.add(
            "lookup",
            question,
            fact_type=fact_type,
            status="answered",
            gold=[gold],
            answer_contains=terms,
        )
    for gold, terms, question in ELIGIBILITY:
        places = gold if isinstance(gold, list) else [gold]
        t.add("eligibility", question, status="answered", gold=places, answer_contains=terms)
    for fact_type, related, question in FACT_ABSENT:
        t.add(
            "fact_absent",
            question,
            fact_type=fact_type,
            status="out_of_scope",
            gold=[],
            related=[related],
        )
    for question in NOT_ABOUT:
        t.add("not_about_documents", question, status="out_of_scope", gold=[])
