"""Topic present, asked detail absent: at least five for each of the seven documents, typed as
people ask (refunds, certificates, which hospital/office, how many times, deadlines the text
does not give, the fine where the text only says 依法处理, requirements it does not state).
Declined, the nearest rule in `related`. Written from the gazette."""

from __future__ import annotations

from evaluation.phrasings.builders import add_fact_absent
from evaluation.phrasings.rows import GE, HP, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings8.table import Tune8Table

# (nearest rule, question)
FACT_ABSENT = [
    (mi("第八条"), "我妈交了250档后悔了 能退回去改成60档吗"),
    (mi("第二十四条"), "门特证办下来是纸质的还是电子的 要去哪领"),
    (mi("第二十四条"), "我爸想办门特 指定哪家医院出诊断证明"),
    (mi("第二十六条"), "普通门诊一个月最多能刷几次医保"),
    (mi("第三十三条"), "在成都住院备案 是打电话还是要本人回阿里跑一趟"),
    (mi("第三十四条"), "外地垫付的钱交了材料以后 几天能打到卡上"),
    (mi("第四十五条"), "诊所套刷医保被查到 罚款罚几倍"),
    (mi("第十八条"), "医保交了250档 能不能开个缴费发票给单位报销"),
    (mi("第二十七条"), "大病保险赔的钱是打到本人卡上还是医院直接扣"),
    (art(RP, "第二十一条"), "工地挖出文物主动上交了 国家给发多少奖金"),
    (art(RP, "第三十七条"), "偷偷拍了寺里的壁画被发现 罚款多少钱"),
    (art(RP, "第三十八条"), "私自拓印石刻被抓到 要拘留几天"),
    (art(RP, "第二十六条"), "寺庙的珍贵文物登记要去哪个窗口办 要带啥"),
    (art(RP, "第二十七条"), "借出去的文物要是弄坏了 赔多少钱"),
    (art(RP, "第六条"), "保护文物有功的个人 发不发荣誉证书"),
    (art(RC, "第十二条"), "看管员的工资是每月几号发 发现金还是打卡"),
    (art(RC, "第十二条"), "看管员生病请假 当月工资扣不扣"),
    (art(RC, "第五条"), "当看管员要初中毕业吗 对学历有啥要求"),
    (art(RC, "第八条"), "看管员巡查的时候摔伤了 算不算工伤"),
    (art(RC, "第十三条"), "看管员协议到期了 要提前几天说续不续签"),
    (art(RC, "第九条"), "看管员面试的时候考什么内容"),
    (quote(RT, "培训经费从地区文物安全专项经费中支出"), "去参加文物安全培训 路费住宿能报多少"),
    (quote(RT, "文物安全培训原则上每年不得少于一次"), "文物安全培训每年固定在几月份办"),
    (quote(RT, "培训方式包括"), "培训完了考试不及格 要补考几次"),
    (quote(RT, "要严格执行培训考勤制度"), "培训请假超过几天算缺勤"),
    (quote(RT, "培训内容包括"), "培训的老师是从哪个单位请来的"),
    (quote(RT, "培训种类包括"), "参加完培训发不发结业证书"),
    (quote(HP, "新增医务人员 184 人"), "地区医院新招的医生一个月工资多少"),
    (quote(HP, "总投资控制在 6251.5 万元以内"), "传染病院区是哪家建筑公司中标的"),
    (quote(HP, "初次评审、正式评审、巩固提升 7 个阶段"), "地区医院三甲评审是哪个专家组来评的"),
    (quote(HP, "自主招聘 94 人"), "医院自主招的人有没有编制"),
    (quote(HP, "新增医务人员 184 人"), "创三甲以后看病挂号费会不会涨"),
    (quote(HP, "总投资控制在 6251.5 万元以内"), "传染病院区有多少张床位 建几层楼"),
    (quote(RD, "350万元/年"), "养护的钱要是当年没花完 能不能留到明年"),
    (quote(RD, "日常养护等简易工作必须雇佣当地农民不少于60%"), "在养护公司打零工一天给多少钱"),
    (quote(RD, "农村客运车辆6辆"), "村里的客运班车票价多少钱一趟"),
    (quote(RD, "100万元/年"), "县里的养护补贴钱没用在路上 要追究谁 罚多少"),
    (quote(RD, "普兰县 235 人"), "生态补偿养护员一个月补助多少钱"),
    (quote(RD, "丁则村、阿汝村"), "那几个没通硬化路的村 哪年能修通"),
    (quote(GE, "公益性岗位 1160 个左右"), "公益岗干一个月拿多少工资"),
    (quote(GE, "力争阿里高校毕业生就业率保持在90%以上"), "毕业生不就业的话 要不要退回助学金"),
    (quote(GE, "创业达230人"), "大学生在阿里开店创业 房租能补贴多少"),
    (quote(GE, "学前教育教师特设岗位不少于 300 个"), "幼儿园特岗老师要有教师资格证吗"),
    (quote(GE, "公益性岗位 1160 个左右"), "公益岗报名截止到几号 在哪报"),
    (quote(GE, "乡村振兴专干岗位不少于 16 个"), "乡村振兴专干考试考哪几门"),
    (mi("第二十九条"), "生孩子全额报的话 要先去哪家医院建档"),
    (mi("第十二条"), "老人去世了 交的医保钱能不能退给家里"),
    (art(RC, "第十一条"), "看管员被解聘 能不能申请复议 找谁"),
    (art(RP, "第三十九条"), "复制文物的申请多少个工作日批下来"),
]


def build(t: Tune8Table) -> None:
    add_fact_absent(t, FACT_ABSENT)
