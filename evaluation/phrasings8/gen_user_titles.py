"""Question titles in the style of Chinese Q&A sites (求助/急/在线等/有没有懂的), typed on a
phone: typos (起服线, 报消, 门特并), no punctuation, 我爸/我妈/老婆/孩子, amounts as 1.5w/一万八/3k;
over all seven documents, some declined (another place, scheme or year), a few calculations."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_titles, add_zipped
from evaluation.phrasings.expect import BOTH
from evaluation.phrasings.rows import GE, HP, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings8.table import Tune8Table

U = "user_titles"

# (status, gold or None, terms, question)
TITLES = [
    ("answered", mi("第二十二条"), ["100"], "有没有懂的 我爸在乡里卫生院住院 起服线要扣多少"),
    ("answered", mi("第二十二条"), ["400"], "急 老婆住地区医院三级 自己先垫的那个起付是几百"),
    ("answered", mi("第二十三条"), ["6万"], "孩子住了好几回院 阿里医保一年报到多少就封顶了 在线等"),
    ("answered", mi("第二十四条"), ["不设起付线"], "求助 门特并去门诊看 要不要先扣起付"),
    ("answered", mi("第二十四条"), ["大骨节病"], "我妈大骨节病 能不能办阿里门特 有懂的吗"),
    ("answered", mi("第二十五条"), ["800"], "我爸光是高血压 两病门诊一年顶多报几百 求告知"),
    ("answered", mi("第二十六条"), ["300元"], "孩子感冒看普通门诊 一年最多给报多少钱啊"),
    ("answered", mi("第二十六条"), ["不可结转"], "普通门诊今年没用完的额度 明年还能接着用不"),
    ("answered", mi("第二十七条"), ["14万"], "大病保险一年顶多赔多少 阿里的 急急"),
    ("answered", mi("第二十九条"), ["全额报销"], "老婆在县医院生娃 住院钱是不是全给报 在线等"),
    ("answered", mi("第三十条"), ["镶牙"], "我妈想去镶牙 医保给不给报 求助"),
    ("answered", mi("第三十条"), ["近视眼矫正术"], "孩子想做近视激光手术 能走阿里医保吗"),
    ("answered", mi("第三十条"), ["膳食费"], "住院那几天的饭钱医保管不管 有没有懂的"),
    ("answered", mi("第三十一条"), ["医保电子凭证"], "我爸忘带医保卡了 手机上亮码能看病吗 急"),
    ("answered", mi("第三十三条"), ["5日"], "孩子在成都住院了 要几天内报备 在线等挺急的"),
    ("answered", mi("第三十四条"), ["费用清单"], "在西宁住院自己先付了 回阿里报账要带啥单子"),
    ("answered", mi("第八条"), ["1月1日"], "年底刚给老婆交了医保 从哪天开始能报 求解"),
    ("answered", mi("第八条"), ["本人承担"], "忘交医保那段时间生病 花的钱谁掏 求助"),
    ("answered", mi("第六条"), ["户籍所在地"], "孩子户口在阿里 在外地上学 医保在哪交"),
    ("answered", mi("第十一条"), ["寺管会"], "寺庙里的僧人交医保 是谁统一去办的 请问"),
    ("answered", mi("第十五条"), ["税务部门"], "居民医保的钱到底是交到哪个部门 求科普"),
    ("answered", mi("第十七条"), ["6:2:2"], "医保的财政补助 自治区地区县里咋分的 有懂的吗"),
    ("answered", mi("第四十四条"), ["医保部门"], "发现诊所骗医保 去哪举报 急"),
    ("answered", mi("第四十五条"), ["追回"], "把医保卡借给我叔用了 会有啥后果 求助"),
    (BOTH, mi("第十八条"), ["60", "120", "250"], "阿里居民医保有几个档次可选 我妈不知道选哪个"),
    (BOTH, mi("第十八条"), ["医疗救助资金"], "特困户交医保要自己出钱不 在线等"),
    (BOTH, art(RC, "第十二条"), ["1400"], "国保单位看管员一个月给多少钱 求问有没有知道的"),
    ("answered", art(RC, "第五条"), ["25-50岁"], "我叔52了 还能去报名当文物看管员吗"),
    ("answered", art(RC, "第六条"), ["建档立卡贫困户"], "家里是贫困户 选看管员有没有优先 求助"),
    ("answered", art(RC, "第十三条"), ["一年"], "看管员的协议一签签几年 请问"),
    ("answered", art(RP, "第二十一条"), ["保护现场"], "家里盖房挖出老坛子老骨头 咋办 急急急"),
    ("answered", art(RP, "第三十七条"), ["不得拍摄"], "去寺里玩 殿里的壁画能拍照发朋友圈吗"),
    ("answered", art(RP, "第三十八条"), ["不得私自拓印"], "山上的石刻经文 我自己拓一张行不行"),
    ("answered", art(RP, "第二十七条"), ["两年"], "博物馆之间借展品 最多借几年 有懂的吗"),
    ("answered", art(RP, "第二十条"), ["六个月"], "考古挖出来的东西 多长时间内要交上去"),
    ("answered", quote(RT, "培训方式包括"), ["集中培训"], "文物安全培训都是咋培训的 有啥方式"),
    (
        "answered",
        quote(RT, "文物安全培训原则上每年不得少于一次"),
        ["一次"],
        "搞文物的一年至少要培训几回 求问",
    ),
    (
        "answered",
        quote(HP, "新增医务人员 184 人"),
        ["184"],
        "听说地区医院创三甲要新进人 一共多少个",
    ),
    (
        "answered",
        quote(HP, "总投资控制在 6251.5 万元以内"),
        ["6251.5"],
        "地区医院传染病那个院区投了多少钱 在线等",
    ),
    ("answered", quote(RD, "350万元/年"), ["350万"], "农村公路养护 地区一年拿出多少钱 求告知"),
    (
        "answered",
        quote(RD, "日常养护等简易工作必须雇佣当地农民不少于60%"),
        ["60%"],
        "修路养护公司要招本地老乡 至少占几成",
    ),
    (
        "answered",
        quote(GE, "力争阿里高校毕业生就业率保持在90%以上"),
        ["90%"],
        "阿里的大学生毕业后就业率要做到多少 求问",
    ),
    (
        "answered",
        quote(GE, "公益性岗位 1160 个左右"),
        ["1160"],
        "阿里要开多少公益岗给毕业生 孩子今年毕业",
    ),
    ("out_of_scope", None, None, "求助 拉萨城关区居民医保住院怎么报 在线等"),
    ("out_of_scope", None, None, "急 我老婆在单位交的职工医保 生孩子能报多少"),
    ("out_of_scope", None, None, "有没有懂的 2024年阿里医保交多少钱一个人"),
    ("out_of_scope", None, None, "日喀则的文物看管员一个月多少钱 求问"),
    ("out_of_scope", None, None, "孩子的学平险能报多少医药费 急"),
    ("answered", mi("第三十条"), ["交通事故"], "我爸开三轮翻车了 住院费阿里医保给报不 急"),
    ("answered", mi("第二十九条"), ["新生儿抢救"], "孩子刚生下来就进保温箱抢救 能报吗 在线等"),
]

CALCULATED = [
    "我爸120档 地区医院三级头一回住院 花了1.5w 能报多少 在线等",
    "老婆250档 县医院二级第一次住院 一万八 报多少啊",
    "60档 乡镇卫生院第一次住院 3k 报多少 求算",
    "县级文保点看管员干了一整年12个月 一共多少钱",
]
EXPECTED = [
    e.inpatient(120, "三级", "15000"),
    e.inpatient(250, "二级", "18000"),
    e.inpatient(60, "乡镇卫生院", "3000"),
    e.custodian("县级", 12),
]


def build(t: Tune8Table) -> None:
    add_titles(t, U, TITLES)
    add_zipped(t, U, CALCULATED, EXPECTED)
