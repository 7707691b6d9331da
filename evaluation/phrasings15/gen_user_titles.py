"""Question titles in the style of Chinese Q&A sites, forums and short-video comments: new typos
(起服线, 报消, 门特并, 两冰, 医报, 风顶线, 缴废, 建挡立卡, 参宝, 看管源, 文悟, 床未费, 住远, 统愁,
大并保险, 公陆, 毕业声, 培训帮), 【求助】/小白求问/坐等/在线等挺急的/有懂的姐妹吗/求科普/万能的网友/
楼主/顶一下/跪求/蹲个后续/知乎首答/@医保小助手; in and out of scope, a few needing a calculation."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_titles, add_zipped
from evaluation.phrasings.expect import BOTH
from evaluation.phrasings.rows import GE, HP, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings15.table import Tune15Table

U = "user_titles"

# (status, gold or None, terms, question)
TITLES = [
    ("answered", mi("第二十二条"), ["400元"], "【求助】阿里三级医院住院起服线是多少啊"),
    ("answered", mi("第二十二条"), ["80元"], "三级医院床未费医保一天给认多少 坐等"),
    ("answered", mi("第二十四条"), ["系统性红斑狼疮"], "红斑狼疮算门特并吗 有懂的姐妹吗"),
    ("answered", mi("第二十五条"), ["1200元"], "#阿里医报# 糖尿病两冰门诊一年最多报几个"),
    ("answered", mi("第二十三条"), ["6万元"], "居民医保一年风顶线多少 小白求问"),
    ("answered", mi("第八条"), ["12月31日"], "今年医保缴废截止到哪天 在线等挺急的"),
    ("answered", mi("第二十九条"), ["5%"], "建挡立卡户住院多报几个点 求科普"),
    ("answered", mi("第七条"), ["户口簿"], "第一次参宝要带什么材料 万能的网友"),
    (BOTH, art(RC, "第十二条"), ["1400"], "自治区级野外点看管源工资多少一个月"),
    ("answered", art(RP, "第三十七条"), ["不得拍摄"], "去寺庙看文悟壁画能拍照吗 楼主想发朋友圈"),
    ("answered", mi("第二十二条"), ["60元"], "二级医院床未费一天多少 顶一下"),
    ("answered", mi("第三十三条"), ["5日"], "在外省住远了 几天之内要备案 跪求"),
    ("answered", mi("第二十六条"), ["60%"], "普通门诊统愁报销比例是多少"),
    ("answered", mi("第二十七条"), ["14万元"], "大并保险一年最多赔多少 蹲个后续"),
    (
        "answered",
        quote(RD, "总里程为 10366.762 公里"),
        ["10366.762"],
        "阿里农村公陆一共多长 知乎首答",
    ),
    ("answered", quote(GE, "2020年591人"), ["591"], "阿里今年毕业声有多少人啊"),
    (
        "answered",
        quote(RT, "培训方式包括：集中培训"),
        ["集中培训"],
        "文物安全培训帮是怎么上课的 集中还是分散",
    ),
    ("answered", mi("第三十条"), ["助听器"], "@医保小助手 配助听器能报消吗"),
    (BOTH, mi("第十八条"), ["190"], "建挡立卡的250档 自己只出60剩下谁出的"),
    ("answered", mi("第二十四条"), ["60%"], "门特并交60档报几成 求大神"),
    ("answered", mi("第二十二条"), ["50%"], "一年住三次院 第三次起服线打几折"),
    ("answered", mi("第三十条"), ["挂号费"], "挂号费能不能报消 小白一枚"),
    ("answered", mi("第三十一条"), ["医保电子凭证"], "没带身份证能用医保电子凭证看病吗 急"),
    ("answered", mi("第三十二条"), ["转诊转院证明"], "转院要开啥证明 第一次转院不懂"),
    ("answered", art(RC, "第五条"), ["25-50岁"], "看管源招人有年龄限制吗 我48了"),
    ("answered", art(RC, "第十三条"), ["一年"], "看管协议签几年 看管源问一下"),
    ("answered", art(RP, "第二十七条"), ["两年"], "博物馆借文悟最长借多久 同问"),
    ("answered", art(RP, "第十四条"), ["不得重新修建"], "古建筑塌完了能重建吗 讨论一下"),
    ("answered", art(RT, "一、（四）"), ["书面形式"], "文物培训帮中途要走怎么请 在线等"),
    (
        "answered",
        quote(HP, "每月召开一次碰头会"),
        ["每月召开一次碰头会"],
        "创三甲联席会多久开一回 路过问问",
    ),
    ("answered", art(HP, "三、（三）"), ["药事组"], "三甲创建六大小组都有啥 求科普"),
    (
        "answered",
        quote(RD, "37个乡镇，22个乡镇通客车"),
        ["22个乡镇通客车"],
        "全地区乡镇里有几个已经通了客车 求告知 谢谢",
    ),
    ("answered", art(GE, "四、（二）2."), ["公益性岗位"], "低保家庭的毕业声有没有公益性岗位 急求"),
    ("answered", mi("第二十九条"), ["全额报销"], "在阿里生娃住院自己要掏钱吗 宝妈求问"),
    ("answered", mi("第六条"), ["易地搬迁人员"], "易地搬迁户在哪参宝 搬家了不知道咋办"),
    ("answered", mi("第二十五条"), ["10%"], "两冰门诊乙类药自己先付多少 谢谢大家"),
    ("answered", mi("第十一条"), ["寺管会"], "寺里僧人参宝谁去办 有没有知道的"),
    ("answered", mi("第十五条"), ["税务部门"], "医保缴废交给谁 村里还是税务"),
    ("out_of_scope", None, None, "2021年阿里医保起服线变了吗"),
    ("out_of_scope", None, None, "成都城乡居民医保住远报多少 求大佬"),
    ("out_of_scope", None, None, "职工医保风顶线多少 顶"),
    ("out_of_scope", None, None, "阿里哪家藏餐好吃 楼主刚到"),
    ("out_of_scope", None, None, "普兰到狮泉河的大巴几点发车 在线等"),
    ("out_of_scope", None, None, "看管源能不能网上报名 有知道的吗"),
]

CALCULATED = [
    "二级医院住远 交60 第一次 花了2万 能报消多少 求大佬",
    "三级医院头回住院 120档 一万五 报多少 #阿里医报#",
    "门特并化疗 交250 这次一万二 报几多 坐等",
    "县级点看管源干了10个月 工资一共多少",
    "乡卫生院住远 250档 头一回 六千 能报多少 急急急",
    "两冰门诊 高血压 二级医院 甲类药五百 报多少",
    "普通门诊第一次 花了两百五 统愁报多少",
    "建挡立卡户 一级医院第一次住院 交60 九千 能报消多少",
    "自治区级点看管源干了三个月 被问工资多少 帮算下",
    "五个县加地区财政 四好农村路养护补贴一年多少万 楼主算不明白",
]
EXPECTED = [
    e.inpatient(60, "二级", "20000"),
    e.inpatient(120, "三级", "15000"),
    e.special(250, "恶性肿瘤", "12000"),
    e.custodian("县级", 10),
    e.inpatient(250, "乡镇卫生院", "6000"),
    e.two_diseases(["高血压"], "二级", "500"),
    e.general("250"),
    e.inpatient(60, "一级", "9000", poor=True),
    e.custodian("自治区级", 3),
    e.road(5, True),
]


def build(t: Tune15Table) -> None:
    add_titles(t, U, TITLES)
    add_zipped(t, U, CALCULATED, EXPECTED)
