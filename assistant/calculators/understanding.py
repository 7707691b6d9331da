"""Read a calculator and its inputs out of a colloquial Chinese question.

Only what the question says is filled in; inputs it leaves out stay out, so the
calculator can ask for exactly those (or state the default it applied).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import Any

from assistant.calculators.amounts import Amount, find_amounts, normalize, small_count
from assistant.calculators.base import rules
from assistant.calculators.medical import (
    CAESAREAN,
    CAESAREAN_BY_CHOICE,
    find_disease,
    match_exclusion,
)

CN = "零〇一二两三四五六七八九十百"
COUNT = rf"(\d+|[{CN}]+)"

# --- which calculator ---------------------------------------------------------------


# how the fiscal subsidy is split between the levels of government (6:2:2 after the centre's part)
# the subsidy said without the central government's part ("扣掉中央的还剩300", "减去中央的部分是500")
AFTER_CENTRAL = re.compile(
    r"(?:扣|减|刨)(?:掉|除|去)?了?中央|(?:除去|去掉|除了)中央"
    # ("中央补完以后剩下的四百五": the central part paid first)
    r"|中央(?:的|那块|那部分)?(?:补完|补了|出完|给完)(?:以后|之后|后)?"
)
# the sum said as what is left after it ("…中央的还剩300", "…中央那块，剩下四百块")
REMAINDER_SAID = re.compile(
    r"中央[^。？?\d]{0,12}?(?:还剩|剩下的?|剩余的?|剩|还有|还差|还缺|是|为)\s*$"
)
SPLIT = re.compile(
    r"6:2:2|6：2：2|中央财政|中央.{0,4}(补|出|拨|给|承担|负担|掏)|分担|分摊|各承担|分级承担|按比例各出|"
    r"(自治区|地区|县)[^，。？]{0,8}各(出|掏|拿|承担|负担|摊|分)|" + AFTER_CENTRAL.pattern
)


WORKED_MONTHS = r"(干|做|工作|看管|上班)(满了|了|满)?\s*[-−]?[\d一二三四五六七八九十两半]+\s*个?月"


# a contribution paid late: "补缴", "没按时交", "去年忘交了 现在想补上"
# a back payment said as done ("我3月15号补完的", "补齐了以后"), not papers made good (证明补完,
# 材料补齐, 发票补好)
BACK_PAYMENT_DONE = r"(?<![证明料票续志表单])补(?:完|齐|好)了?(?:的|以后|之后|后)"
LATE_PAYMENT = re.compile(
    r"补缴|补交|没按时交|没有按时交|断缴|断交|欠缴|漏交|忘了?交|没交上|错过.{0,4}(缴费|交费)|"
    # "过了缴费期再交": paid after the period
    r"过了.{0,4}(缴费期|交费期|缴费时间|交费时间)|逾期.{0,2}(缴|交)|(晚|迟)(交|缴)|"
    # "前年断了医保 今年想补上": a lapse made good
    r"(医保|保险)[^，。？]{0,3}断了|断了[^，。？]{0,3}(医保|保险)|补上[^，。？]{0,6}(医保|保险|钱)|"
    r"(医保|保险)[^，。？]{0,6}补上"
    # ("我3月15号补完的", "补的话要交多少"): a back payment said as done, or supposed
    rf"|{BACK_PAYMENT_DONE}|^(?:那)?补的话"
)
# an illness named in everyday words ("胆结石", "胃病", "感冒"), listed or not
ILLNESS_SAID = re.compile(
    r"[\u4e00-\u9fff]{1,5}?(?:病|症|炎|癌|瘤|结石|骨折)|感冒|发烧|发热|咳嗽|拉肚子|腹泻"
)


# "各级财政补助合计八百 那我补多少": the subsidies' sum is asked to pay late, unless its split
# between the governments is asked (SPLIT)
SUBSIDY_SUM = re.compile(
    r"(财政|各级|几级|政府)补(助|贴)[^，。？\d]{0,3}(合计|加起来|加一起|加一块|加在一起|合起来|一共|总共|总计)"
    r"|补(助|贴)合计"
)


SUM_WORDS = re.compile(r"一共|总共|合计|加起来|总计|共计")
# a matter of the other documents ("文物安全培训要交钱吗"): money paid there is no contribution
OTHER_MATTER = re.compile(r"培训|文物|文保|看管|学员|养护|公路|客运|班车")


# a birth: "生孩子", "生的娃", "顺利生了", "分娩" (not "生了病")
MATERNITY = re.compile(
    r"生(孩子|小孩|娃|宝宝|二胎|三胎|老二|老三)|"
    r"生(的|了|下)(个|一个|了)?(孩子|娃|宝宝|小孩|儿子|女儿|闺女|二胎|三胎|头胎|老二|老三|双胞胎)|"
    r"顺利生|生下来了|分娩|顺产|孕产妇|"
    # "社区卫生服务中心生的": a delivery said by where it was done
    r"(医院|卫生院|中心)里?生(的|了)(?![^，。？]{0,4}[病气疮])"
)


# a hospital stay said in any of the ways people say it
STAY = re.compile(
    r"住院|住了.{0,4}院|住(了)?(今年|本年)?第?[一二两三四五六七八九\d]+(回|次|趟|遭)|"
    # "今年第三次进医院": a stay counted by its order
    r"(第[一二两三四五六七八九\d]+|头一?)(回|次|趟|遭)进(了)?(医院|卫生院)|"
    # "一级医院第一次住", "头一回住": the stay's order said before it; "住三级医院": a stay
    r"(第[一二两三四五六七八九\d]+|头一?)(回|次|趟|遭)住(?!宿|房|址|处|所)|住(了|进)?[^，。？\s]{0,6}(医院|卫生院)|"
    # "大伯在地区人民医院住的": the hospital first, then the stay
    r"(医院|卫生院)里?住(的|了|过|着)(?!宿|房|址|处|所|地方)|"
    # "三级医院 今年第二回 5万块": the order of a stay is counted only for stays
    # (a visit said between them, "卫生院看门诊，今年头一回", is that visit's order)
    r"(医院|卫生院)(?:(?!门诊|看病|开药|拿药)[^。？?]){0,10}(今年|本年|年内)?"
    r"(第[一二两三四五六七八九\d]+|头一?)(回|次|趟)"
    r"(?![^。？?]{0,8}(门诊|看病|开药|拿药|复查|检查))|"
    rf"{MATERNITY.pattern}|"
    r"剖宫产|剖腹产|剖(了|的)|新生儿|刚出生|出生.{0,8}抢救|(做|动)(了|个)?[\u4e00-\u9fff]{0,4}手术|开刀"
)


# a sum of money said on its own ("看普通门诊 四百块 统筹给多少"), not what was paid in
# ("交了250块"), a tier ("250块的档") or a figure of a rule ("起付线100元吗")
BARE_BILL = re.compile(
    r"(?<![交缴\d一二三四五六七八九十两百千万])[\d一二三四五六七八九十两百千万]+\s*(块钱?|元)(?![\d的档])"
)
RULE_FIGURE = re.compile(
    r"(起付线|限额|封顶|最高|最多|标准|比例|档次?|工资|补助|补贴)[^，。？?\s]{0,3}$"
)


# what is paid on a bill asked: its sum ("统筹给多少") or whether ("统筹给不给", "能报吗")
PAID_ASKED = re.compile(
    r"(给|报|赔|支付|统筹)[^，。？?]{0,3}(多少|几)|(给|报|赔)不(给|报|赔)|能(报|给报|赔)吗|给报吗|能不能(报|给)"
)


def bare_bill(q: str) -> bool:
    """A bill said as a bare sum ("看普通门诊 四百块 统筹给多少"), asked what is paid on it."""
    return bool(PAID_ASKED.search(q)) and any(
        not RULE_FIGURE.search(q[: m.start()]) for m in BARE_BILL.finditer(q)
    )


# what earlier stays were paid ("住院已经报了5.8万", "住院那块今年报过4万"): a figure of the year
PAID_STAYS = re.compile(
    r"住(?:了)?(?:院|过院)[^，。？]{0,6}(?:已经|已|都)?(?:报|报销|赔|支付|给报)(?:了|过)\s*"
    r"[\d一二三四五六七八九十两][^，。？]{0,8}"
)


# how one pays into the scheme ("医保怎么交", "咋交医保", "保费如何缴纳")
HOW_PAID_IN = re.compile(
    r"(医保|保费|医保费|医疗保险)(?:费)?(?:该|要|得|应该)?(怎么|咋|如何|怎样)(交|缴)(?!接|材料|资料)"
    r"|(怎么|咋|如何|怎样)(交|缴纳?)(医保|保费|医保费|医疗保险)"
)


def _county_named(q: str) -> bool:
    """Whether one of Ngari's counties is named ("普兰县…", "札达的…"), not 每个县."""
    from assistant.fields import match_choices

    return bool(match_choices("county_names", q))


# a sum one pays asked yes or no ("还要掏60吗", "是不是交120啊")
SUM_CHECKED = re.compile(r"(交|缴|掏)\s*(60|120|250)\s*(块|元)?钱?\s*(吗|么|嘛|不|啊|呀)")


# the special outpatient benefit named ("门诊特殊病", "办了门特", "慢性病门诊")
SPECIAL_NAMED = re.compile(
    r"(?<!没)(?<!没办)(?<!不是)(?<!没有)(?<!未办)(?<!不走)(?:特殊病|门特|慢性病门诊)"
)


def detect_calculator(question: str) -> str | None:
    q = normalize(question)
    custodian = re.search(
        r"看管(员|人员)|看护员|文物看守|看管[^，。]{0,12}(文物|文保)|(文物|文保)[^，。]{0,10}看管|"
        # "看文物的一个月给多少钱", "守文物的人": the custodian said as what they do
        r"(?<![去来观])(看|守)着?(文物|文保)(?!局|部门)",
        q,
    )
    worked = re.search(WORKED_MONTHS, q)
    pay = (
        r"工资|工钱|薪水|补助|预算|经费|开支|费用|拿|多少钱|待遇|(一共|总共|合计|能发|发)多少|实发|到手|"
        # "总共领多少", "帮他算算": what is drawn, or a request to work it out
        r"领(了|到)?(多少|几)|算(算|一下|下)|"
        # "看一个自治区级文物点，一年多少": a period's sum asked of a site one keeps
        # ("我和我哥一起看县级的点 一年加起来多少": the year's sum of the two)
        r"(?:一年|一个月|每个?月|每年|全年)(?:下来|加起来|一共|总共)?(?:能|给|发|拿)?多少"
        r"(?!次|天|人|个|学时|项|名|回)"
    )
    # "阿舅在自治区级文保点看了8个月": months spent watching a site are a custodian's
    site = re.search(rf"(文保|文物|野外|{_site_words()})的?(点|单位|保护点|保护单位|遗址)", q)
    watched = (
        site
        and (
            re.search(r"(看|守)(了|满)?\s*[-−]?[\d一二三四五六七八九十两半]+\s*个?月", q)
            # "我舅舅看国保点 5个月": watching the site, then the months
            or (
                re.search(r"(看|守|管)[^，。？]{0,4}$", q[: site.start()])
                and re.search(r"[\d一二三四五六七八九十两半]+\s*个\s*月", q[site.end() :])
            )
            # "在县级野外点看文物 到现在六个月": the site, watched, then the months
            or (
                re.match(r"[^，。？]{0,3}(看|守)", q[site.end() :])
                and re.search(r"[\d一二三四五六七八九十两半]+\s*个\s*月", q[site.end() :])
            )
        )
    )
    worked = worked or watched
    # "我在自治区级文物点守着 帮我算工资", "我守的是国保的", "两处县级野外点 全年看管经费":
    # a site guarded (or its level after 守/看), and pay asked
    level = re.search(rf"(看|守|管)[^，。？\s]{{0,4}}({_site_words()})", q)
    # ("我看的是自治区级文物保护单位", "我们俩看县级的文物点": the level watched, said after 看,
    # is guarding it)
    # (not a visit: "我去看了自治区级文物保护单位")
    watching = re.search(
        rf"(?<![去来])看(?!了)(?:的是|的|着)?[^，。？\s]{{0,3}}({_site_words()})", q
    )
    guarded = (site or level) and (re.search(r"看管|守|看护", q) or (watching and site))
    # ("我跟我哥俩人一起看这一个点，县级的": a site pointed at, watched, its level said apart)
    guarded = guarded or bool(
        re.search(r"(?:看|守)着?(?:这|那)一?个?(?:文物|文保)?点", q) and re.search(_site_words(), q)
    )
    # "两处县级文保点一年工资预算多少": the only wages budgeted for counted relic sites are their
    # custodians'
    counted = site and re.search(r"[\d一二两三四五六七八九十]+\s*(处|个)", q[: site.end()])
    # ("我们那是自治区级的文保单位…一年经费多少": one site of a level named, its wage bill)
    leveled = site and re.search(_site_words(), q[max(0, site.start() - 8) : site.end()])
    # ("那个是自治区级的文保单位，要是两个人看，一年一共发多少": people said to watch the site)
    guarded = guarded or bool(
        site
        and re.search(r"[\d一二两三四五六七八九十]+\s*(?:个|名)?人\s*(?:看|守|管)", q[site.end() :])
    )
    guarded = guarded or (
        (counted or leveled)
        and re.search(r"工资|工钱|薪水|薪资|预算|经费", q)
        and not re.search(r"维修|修缮|保护经费|专项", q)
    )
    if (
        custodian
        and DEDUCTION_ASKED.search(q)
        and not re.search(r"扣(?:除|掉)?了?\s*\d", q)
        and not re.search(r"重大.{0,4}事故|看管事故", q)
        # ("…扣多少，还能拿多少": the pay is asked too, computed with the deduction unset)
        and not re.search(r"(?:拿|发|领|剩|到手)(?:多少|几)|实发|工资多少", q)
    ):
        # "巡逻日志没写好，一个月扣多少钱": the sum deducted is asked, which 第十一条 leaves
        # open (适当扣除); its rule answers, not the month's wage (an accident forfeits the
        # year's pay, which the calculator shows)
        return None
    # ("札达县财政每年给看管员拿多少钱": a government's purse asked, not a custodian's pay)
    purse = re.search(r"(?:财政|政府)[^，。？?]{0,8}(?:给|出|拿|掏|拨|发|补)", q)
    if (custodian or watched or guarded) and (re.search(pay, q) or worked) and not purse:
        return "custodian_pay"  # "自治区级看管员干5个月呢": a custodian's months are paid months
    if (
        (custodian or site)
        and HEADS_ASKED.search(q)
        and (counted or leveled and ONE_SITE.search(q))
        and not CUSTODIAN_PAY_WORDS.search(q)
        and not re.search(r"维修|修缮", q)
    ):
        return "custodian_pay"  # "两处县级文保单位要几个看管员": two a site (第十二条)
    sites = sites_by_level(q)
    if (
        (sum(sites.values()) > 1 or len(sites) > 1)
        and re.search(rf"{SUM_WORDS.pattern}|多少钱|要多少|花多少|得多少|(?<!几)多少[？?\s]*$", q)
        and not re.search(
            r"维修|修缮|保护范围|几个人|多少人|几名|几位|多少名|看管员|看管人员|多少个|几个", q
        )
    ):
        # "一处县级一处区级，一年加起来多少": sites counted by level and a sum asked; the only
        # sum the gazette gives per site is its custodians' wages (细则 第十二条)
        return "custodian_pay"
    if (
        # "我在县级的，干了5个月，一共多少": months worked for pay are only a custodian's here
        worked
        and re.search(r"工资|多少钱|一共多少|总共多少|拿多少|发多少|领多少|能拿|给多少", q)
        and not re.search(r"毕业生|大学生|就业|见习|岗位|公司|企业|医院|医保|住院|公路|养护", q)
    ):
        return "custodian_pay"
    roads = "四好农村路" in q or re.search(r"(公路|农村路|路)[^，。？]{0,6}养护", q)
    if re.search(r"养护(专项)?补贴|养护专项|养护资金", q) or (
        # "四好农村路养护 札达和日土两个县一年补多少", "普兰县公路养护每年补多少钱": the sum given
        # for road upkeep (the counties it is for named or counted — one county gets 每县100万元
        # too: the prefecture's own sum is a lookup)
        roads
        and re.search(r"补贴|多少万|资金|(补|给|拨|发|出)(多少|几)|多少钱", q)
        # ("三个项目的投资加起来一共多少万": the plan's projects, no upkeep subsidy)
        and not re.search(r"投资|项目|工程", q)
        and ((read_roads(q).get("counties") or 0) > 1 or SUM_WORDS.search(q) or _county_named(q))
    ):
        return "road_subsidy"
    reimburse = re.search(r"报|赔|支付|统筹基金|(医保|国家|公家)(给|出|管|付)", q)
    if LATE_PAYMENT.search(q) or re.search(r"剩余财政补助", q) or SPLIT.search(q):
        return "contribution"
    if SUBSIDY_SUM.search(q):
        return "contribution"
    if (
        # "我们家三口人…都交250，一共多少钱": a household's contributions summed
        (FAMILY_SIZE.search(q) or len(listed_members(q)) >= 2)
        # (a household's identity sets its tier: "建档立卡户，家里4口人，一共要掏多少")
        and (read_tier(q)[0] is not None or read_identities(q))
        and re.search(r"(一共|总共|合计|共|加起来|全家|一家子?)[^，。？]{0,4}(多少|几)", q)
        and not (re.search(r"住院|门诊|看病|报", q) or STAY.search(q))
    ):
        return "contribution"
    if re.search(
        r"(交|缴)(多少|钱|费(?!单|凭证|记录|收据|票|发票|截图))|要交钱|个人缴费|个人应缴|谁替|代缴|代为缴纳|"
        # "交医保最少一个人多少", "交医保最低多少钱": the scheme named between paying and the sum
        # (the scheme by its full name too: "每年交城乡居民基本医疗保险多少钱")
        r"(交|缴)(?:城乡|居民|基本){0,3}(医保|保费|医保费|医疗保险)[^，。？]{0,7}(多少|几)(?!年|天|个?月|次)|"
        # "我交250 自己出多少": one's own share of the contribution
        r"(自己|个人|本人)(要|得|该|需要)?(出|掏|付|交|缴|承担)(多少|几)",
        q,
    ) and not (re.search(r"住院|门诊|看病", q) or STAY.search(q) or OTHER_MATTER.search(q)):
        return "contribution"
    if (
        # "我是低保户，还要掏60吗": a sum one pays asked yes or no, of one's standing
        SUM_CHECKED.search(q)
        and (read_identities(q) or "医保" in q)
        and not (re.search(r"住院|门诊|看病|罚", q) or STAY.search(q))
    ):
        return "contribution"
    if (
        # "建档立卡贫困户医保怎么交", "我妈68岁了医保咋交": how someone pays in is what they
        # pay (their identity's or age's rule); how anyone does is the procedure
        HOW_PAID_IN.search(q)
        and (read_identities(q) or re.search(rf"{COUNT}\s*(周)?岁", q))
        and not (re.search(r"住院|门诊|看病", q) or STAY.search(q))
    ):
        return "contribution"
    if (
        "两病" in q
        # (not when the special outpatient benefit is named, by its short name too: 门特)
        or (
            re.search(r"高血压|糖尿病", q)
            and re.search(r"药|甲类|乙类", q)
            and not SPECIAL_NAMED.search(q)
        )
        # ("在县医院拿降压药 花了1500": the drug names the illness; a stay is no drug bill)
        or (TWO_DISEASE_DRUGS.search(q) and not SPECIAL_NAMED.search(q) and not STAY.search(q))
    ):
        return "two_diseases"
    # ("上半年住院已经报了5.8万": earlier stays' payments told, not a stay asked about)
    if STAY.search(PAID_STAYS.sub("", q)):
        return "inpatient"
    if match_exclusion(q) and re.search(r"看病|就医|治疗|医药费|花了|费用", q) and reimburse:
        return "inpatient"  # 第三十条 applies whatever the setting: the answer is 0 with the item
    if SPECIAL_NAMED.search(q) or (find_disease(q) and re.search(r"门诊|透析|化疗|放疗", q)):
        return "special_outpatient"
    # "普通门诊今年头一次 看病花了180": a visit's cost stated is a case to compute, as a stay is
    spent = re.search(
        r"花了|花费|花掉|自己掏了|(自己|先)?垫(付)?了|"
        # "账单六百块", "收了三百": what the bill says is the cost
        r"(合计|一共|总共|共计|费用?|账单|单子|发票|收了|交了)\s*(是|为|上)?\s*[\d一二三四五六七八九十两百千万]",
        q,
    ) or bare_bill(q)
    # ("平时感冒去卫生院看病能报吗": an everyday illness, no stay said, is an outpatient visit)
    everyday = (
        EVERYDAY_ILLNESS.search(q)
        and not SERIOUS_CARE.search(q)
        and not find_disease(q)
        and not re.search(r"头疼的是|最头疼", q)
    )
    if (re.search(r"普通门诊|普门|看门诊|门诊", q) or everyday) and (reimburse or spent):
        return "general_outpatient"
    if (
        # "花了12k 三级 250档": a bill at a level with the tier is a case put to the fund
        (reimburse or (spent and read_tier(q)[0] is not None))
        # "我在医院花了2万，能报多少": a bill run up in a hospital, its level still to ask;
        # "250档 成都 3w 已备案": or run up away from the prefecture, where one is admitted
        and (read_level(q) or re.search(r"医院|卫生院", q) or OUT_OF_AREA.search(q))
        # ("开的药", "拿了点药": drugs fetched are an outpatient's, however said; "看病" alone
        # names no setting: the stay is the reading, with the note saying so)
        # (nor a drug bill with no stay: "一年药钱1500 都是甲类药" is an outpatient's drugs)
        and not re.search(rf"(拿|开|买|配)[了的点些]{{0,2}}药|看门诊|打针|{DRUG_BILL}", q)
        and "cost" in READERS["inpatient"](q)
    ):
        # "三级医院花了1万2报多少": a hospital's level decides only an inpatient stay's rules;
        # the note read with it says so
        return "inpatient"
    if (
        # "我妹妹 普兰县医院 二级 九千 交60": a case stated by its hospital, tier and sum
        read_level(q)
        and read_tier(q)[0] is not None
        and re.search(r"医院|卫生院", q)
        and not re.search(rf"看病|看了病|(拿|开|买|配)[了的点些]{{0,2}}药|门诊|打针|{DRUG_BILL}", q)
        # ("三级医院起付线400", "封顶6万": the rule's own figure)
        and not re.search(r"起付线|限额|封顶|最高|最多|标准|比例", q)
        and "cost" in READERS["inpatient"](q)
    ):
        return "inpatient"
    return None


# --- inputs ------------------------------------------------------------------------


@dataclass
class Reading:
    calculator: str
    inputs: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)  # how a figure was read, said with the answer


def plain(value: Decimal) -> str:
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


# the words for a child (孩子, 娃): a figure after one is its tier, never an age of 60
CHILD_WORDS = r"孩子|小孩|娃娃?|宝宝"
TIER_PERSONS = (
    r"我们|我|俺|咱们|咱|自己|她|他|老公|老婆|媳妇|爱人|爸爸|老爸|妈妈|老妈|爸|妈|爷爷|奶奶|外公|外婆|"
    rf"闺女|女儿|儿子|{CHILD_WORDS}|孙子|孙女"
)
TIER_SAID_AGAIN = re.compile(
    r"(?<![用费花药钱])(?:也|还|同样|一样|仍然?|照样)(?:是|交的?|按)(?:按|交的?)?\s*(60|120|250)"
    r"(?![\d.万千wWkK])(?!\s*(?:多|万|千|块|元|岁|周岁|了|次|天|个))"
)
# a sum, a fee or a count just before a figure said again: no tier
SUM_BEFORE_AGAIN = re.compile(r"花|费|掏|报|天|次|床|钱")
TIER_PATTERNS = [
    re.compile(
        r"(\d+|六十|一百二十?|二百五十?|两百五十?)\s*(?:元|块钱|块)?\s*(?:的|那个)?\s*"
        r"(?:档|档次|[那这]一?个?档)"
    ),
    re.compile(
        # "档次选的60", "档选了一百二": the tier chosen, said after the word 档
        # ("我记错档次了，是120": the tier corrected, said after the word)
        r"档次?\s*(?:了\s*[，,]?\s*)?(?:为|是|选的是|选的|选了|选|定的|交的是|交的|填的是|填的|填了|写的是|写的)?\s*"
        r"(\d+|六十|一百二十?|[二两]百五十?)(?![万千百十零〇一二三四五六七八九])"
    ),
    re.compile(r"交(?:的是|的|了)?\s*(\d+)\s*(?:元|块钱|块)?\s*(?:的|那档|档)"),
    # "我交了250元" / "个人缴费250元" / "按60元缴费": a contribution of under 1000 yuan is the tier
    re.compile(r"(?:交了|交的是|个人缴费|缴纳了|缴了)\s*(\d{2,3})\s*(?:元|块钱|块)(?!\d)"),
    re.compile(r"按\s*(\d{2,3})\s*(?:元|块)\s*(?:缴费|缴纳|交)"),
    # "选的120", "选了二百五": a tier chosen, said without 档 (only the tiers there are)
    re.compile(r"选(?:的是|的|了)\s*(60|120|250|六十|一百二十?|[二两]百五十?)(?![\d万千百十块元])"),
    # "找到缴费单了，是250的": what the receipt says is the tier
    re.compile(
        r"(?:缴费单|缴费凭证|缴费记录|缴费收据|收据|票据|单子)[^，,。\d]{0,8}?(60|120|250)(?![\d.万千wWkK])"
    ),
    # "我交120，…" / "交的250，…": one of the three tiers stated bare after 交
    re.compile(
        r"(?:交|缴)(?:了|的|的是)?\s*(?:(?:最高|最低|中间)的?)?\s*(60|120|250)(?![\d.万千wWkK])"
        r"(?!\s*(?:多|万|千|元以上))"
    ),
    # "250的 三级医院 1.5w": one of the three tiers said alone with 的, a word of its own
    # ("120的呢" after a case: the tier supposed)
    re.compile(r"(?:^|[，,；;\s那])(60|120|250)\s*(?:元|块)?的(?=[，,；;\s]|呢|$)"),
    # "选了120 县医院住院": one of the three tiers, chosen
    re.compile(
        r"(?:选了|选的|选的是|选)\s*(60|120|250)(?![\d.万千wWkK])(?!\s*(?:多|万|千|元以上))"
    ),
    # "我们交二百五" / "交一百二的": the tier in Chinese numerals after 交
    re.compile(
        r"(?:交|缴)(?:了|的|的是)?\s*(?:(?:最高|最低|中间)的?)?\s*"
        r"(六十|一百二十?|[二两]百五十?)(?![万千百十零〇一二三四五六七八九])"
    ),
    # "建档立卡 250 在拉萨…": one of the three tiers standing alone between spaces or commas
    re.compile(r"(?:^|(?<=[\s，,。；;]))(60|120|250)(?=[\s，,。；;]|$)"),
    # "三级 也是120", "还是按250": one of the three tiers said again, the same as before (not
    # a sum said again: "费用也是120", "这次花的也是120": `SUM_BEFORE_AGAIN`)
    TIER_SAID_AGAIN,
    # "老公250 三级医院…" / "她250" / "我自己也是250": a tier right after the person it is for
    re.compile(
        # ("老公都是二百五": in characters too)
        rf"(?:{TIER_PERSONS})(?:也|都)?(?:是)?\s*(60|120|250|六十|一百二十?|[二两]百五十?)"
        r"(?![\d.万千百十零〇一二三四五六七八九wWkK])(?!\s*(?:多|万|千|块|元|岁|周岁|了|次|天|个))"
    ),
]
TIER_WORDS = {
    "六十": 60,
    "一百二": 120,
    "一百二十": 120,
    "二百五": 250,
    "二百五十": 250,
    "两百五": 250,
    "两百五十": 250,
}


# "最高档" / "最便宜的那档" / "中间那档": a tier named by its rank among the three
TIER_RANK = re.compile(r"(最高|最贵|最多|最低|最便宜|最少|中间)[的那个一]{0,3}\s*(?:档|档次)")
RANK_INDEX = {"最高": -1, "最贵": -1, "最多": -1, "最低": 0, "最便宜": 0, "最少": 0, "中间": 1}


def read_tier(q: str) -> tuple[int | str | None, tuple[int, int] | None]:
    # "１８０００ 档次120": when one reading names a tier offered and another does not, the
    # tier offered is meant (the other figure is the cost)
    found = []
    for pattern in TIER_PATTERNS:
        m = pattern.search(q)
        if (
            m
            and pattern is TIER_SAID_AGAIN
            and SUM_BEFORE_AGAIN.search(q[max(0, m.start() - 6) : m.start()])
        ):
            m = None
        if m:
            raw = m.group(1)
            value = int(raw) if raw.isdigit() else TIER_WORDS.get(raw)
            found.append(((value if value is not None else raw), m.span()))
    if found:
        offered = set(rules()["inpatient"]["tiers"])
        return next((f for f in found if f[0] in offered), found[0])
    rank = TIER_RANK.search(q)
    if rank:
        tiers = sorted(rules()["inpatient"]["tiers"])
        return int(tiers[RANK_INDEX[rank.group(1)]]), rank.span()
    return None, None


# "三级残疾", "二级伤残", "肢体四级": a grade of disability, never a hospital's level
DISABILITY_GRADE = re.compile(
    r"[一二三四1-4]\s*级\s*(?:的)?\s*(?:残疾|伤残|肢体|智力|视力|听力|言语|精神)"
    r"|(?:残疾|伤残)\s*[一二三四1-4]\s*级"
)
LEVEL_PATTERNS = [
    (r"[四五六七八九十零〇]级(医院|医疗机构|定点)?|[特超顶]级(?=医院|医疗机构|定点)", None),
    (r"三甲|三乙|三级", "三级"),
    (r"二甲|二乙|二级", "二级"),
    # "乡镇一级", "县一级": an administrative tier, not a hospital's level
    (r"(?<!乡镇)(?<!乡)(?<!镇)(?<!县)(?<!村)(?<!地区)(?<!自治区)一级(?!财政|政府|单位)", "一级"),
    (r"社区卫生服务中心|社区医院|社区卫生", "社区卫生服务中心"),
    (r"乡镇卫生院|乡卫生院|镇卫生院|卫生院", "乡镇卫生院"),
]


def read_level(q: str) -> str | None:
    q = DISABILITY_GRADE.sub("", q)  # ("三级残疾": a grade of disability, not a hospital)
    for pattern, level in LEVEL_PATTERNS:
        m = re.search(pattern, q)
        if m:
            return level or m.group(0)[:2]
    from assistant.fields import match_choice

    return match_choice("level", q)  # the schema's aliases: 县医院 is 二级


OUT_OF_AREA = re.compile(
    r"统筹区外|区外|外地|异地|跨省|省外|内地|拉萨|成都|日喀则|林芝|山南|那曲|昌都|北京|上海|西安|重庆|新疆|青海|四川|陕西"
)
IN_AREA = re.compile(
    r"阿里|地区内|统筹区内|区内|本地|狮泉河|噶尔|普兰|札达|日土|革吉|改则|措勤|"
    # "换成在我们乡卫生院住呢": one's own township's or county's care is in Ngari
    r"(我们|咱们|俺们|咱|我家|家里|当地|本)(这边?|那边?|这儿|这里)?的?(乡|镇|县|村)"
)


# how people count stays: 次, 回, 趟 ("今年第三趟了"), 遭
STAY_TIMES = r"(?:次|回|趟|遭)"


# when an earlier stay of the year was ("上个月", "年初", "3月份", "之前")
EARLIER_TIME = (
    r"上个?月|上回|上次|之前|此前|先前|前些?天|前阵子|前段时间|年初|月初|"
    r"[一二三四五六七八九十\d]{1,2}月份?"
)
# a clause telling stays before this one, with their own hospital: "上个月已经在乡卫生院住过一次了",
# "今年在县医院住过两回" (住过), "3月份在地区医院住了一次" (a time before 住了)
EARLIER_STAY = re.compile(
    rf"[^，。；;,？?!！\s]*?(?:住过|(?:{EARLIER_TIME})[^，。；;,？?\s]{{0,10}}?住了)"
    rf"[^，。；;,？?\d第]{{0,3}}?{COUNT}\s*{STAY_TIMES}[^，。；;,？?!！\s]*"
)
# a detail remembered, said before it ("对了，", "忘了说")
REMEMBERED = re.compile(r"^\s*(?:[哦噢喔啊嗯]\s*)?(?:对了|忘了说|补充一下|还有|另外|哦对)?")
# what may close a sentence that tells nothing more
TRAILING = " ，,。.！!了啊呀哦"
# this stay set against the earlier ones ("这次", "现在又住了")
THIS_STAY = re.compile(r"这次|这回|这一次|这趟|现在|目前|又|再")


def earlier_stays(q: str) -> tuple[int, tuple[int, int]] | None:
    """The stays told as before this one and the words telling them, so that this stay is the
    next in the year's order (第二十二条（一）) and their hospital is not this stay's level.

    Told so only when the clause holds no bill and this stay stands apart from it: set against
    it (这次, 又), the earlier ones said 已经 beside a bill, or nothing else told (a follow-up
    after a stay was computed); "在县医院住过一次院，花了2万" is the stay of the bill, and
    "在拉萨住过两次院，报销比例一样吗" asks of those stays."""
    m = EARLIER_STAY.search(q)
    if not m or _money_amounts(m.group(0)):
        return None
    count = small_count(m.group(1))
    if not count:
        return None
    rest = q[: m.start()] + q[m.end() :]
    alone = not REMEMBERED.sub("", rest).strip(TRAILING)
    if THIS_STAY.search(rest) or alone or ("已经" in m.group(0) and _money_amounts(rest)):
        return count, m.span()
    return None


def tells_earlier_stays(q: str) -> bool:
    """ "之前在乡卫生院住过两回院" said alone: the stays before the case just told, so more of
    that case (its place in the year's order), not a case of its own."""
    told = earlier_stays(q)
    rest = q[: told[1][0]] + q[told[1][1] :] if told else ""
    return told is not None and not REMEMBERED.sub("", rest).strip(TRAILING)


def read_admission(q: str) -> int | None:
    if re.search(
        rf"头一?{STAY_TIMES}|第一{STAY_TIMES}|首次住院|第一次住院|今年第一次|本年度首次|首次", q
    ):
        return 1
    m = re.search(rf"第\s*{COUNT}\s*{STAY_TIMES}", q)
    if m:
        return small_count(m.group(1))
    earlier = earlier_stays(q)
    if earlier and not re.search(r"去年|前年|上一?年", q):
        return earlier[0] + 1
    if re.search(rf"(又|再|还)[^，。,；;]{{0,12}}?住(了)?\s*(一|1)\s*{STAY_TIMES}", q):
        return None  # "又住了一次": one more stay, counted by the conversation, not the first
    last_year = re.search(r"去年|前年|上一?年", q)
    m = re.search(
        rf"(?:(?<![之此先])前|(?:之前|此前|先前)(?:已经)?(?:住过|住了)?)\s*{COUNT}\s*{STAY_TIMES}",
        q,
    )
    if m and small_count(m.group(1)) and not last_year:
        # "前两次已经报了5万6", "之前已经住过一次院了": the stays before this one (this
        # year's: last year's stays start no order; "前两天住了一次院" is a stay of days ago)
        return small_count(m.group(1)) + 1
    m = re.search(rf"已经(?:住过|住了)\s*{COUNT}\s*{STAY_TIMES}", q)
    if m and small_count(m.group(1)) and not last_year:
        # "今年已经住了三次院了": this one counted among them; "已经住过两次院，现在又住了":
        # the ones before it
        again = re.search(r"又|再", q[m.end() :])
        return small_count(m.group(1)) + (1 if again else 0)
    m = re.search(rf"住(?:了)?\s*{COUNT}\s*{STAY_TIMES}", q) or re.search(
        rf"(?<![\d第]){COUNT}\s*{STAY_TIMES}住", q
    )
    if m:
        return small_count(m.group(1))
    return None


def _near(q: str, amount: Amount, pattern: str, before: int = 10, after: int = 0) -> bool:
    left = q[max(0, amount.start - before) : amount.start]
    right = q[amount.end : amount.end + after]
    return bool(re.search(pattern, left)) or (after > 0 and bool(re.search(pattern, right)))


def _take(
    amounts: list[Amount], q: str, pattern: str, before: int = 10, after: int = 0
) -> Amount | None:
    for amount in amounts:
        if _near(q, amount, pattern, before, after):
            amounts.remove(amount)
            return amount
    return None


def _drop_spans(amounts: list[Amount], *spans: tuple[int, int] | None) -> list[Amount]:
    kept = []
    for amount in amounts:
        if any(span and span[0] <= amount.start < span[1] for span in spans):
            continue
        kept.append(amount)
    return kept


def _money_amounts(q: str) -> list[Amount]:
    """Amounts that can be money: not ages, counts of days/months, percentages, years or a
    blood pressure ("140/90")."""
    pressures = [m.span() for m in BP_READING.finditer(q)]
    kept = []
    for a in find_amounts(q):
        tail = q[a.end : a.end + 2]
        if re.match(r"\s*(岁|个月|月|天|日|年|次|处|个县|%|级|/)", tail) and not a.has_unit:
            continue
        if any(start <= a.start < end for start, end in pressures):
            continue
        kept.append(a)
    return kept


# a blood pressure as people write it: "140/90", "150／95mmHg", "高压160低压100"
BP_READING = re.compile(
    r"(?<![\d.])(?P<high>\d{2,3})\s*[/／]\s*(?P<low>\d{2,3})(?![\d.])\s*(?:mmHg|毫米汞柱)?"
    r"|高压\s*(?P<high2>\d{2,3})[^\d，。]{0,3}低压\s*(?P<low2>\d{2,3})"
)


def blood_pressure(q: str) -> tuple[int, int] | None:
    """The blood pressure a sentence states (high, low), if any."""
    m = BP_READING.search(q)
    if m is None:
        return None
    return int(m.group("high") or m.group("high2")), int(m.group("low") or m.group("low2"))


# care that is no everyday visit, whatever symptom led to it ("发烧抢救", "咳嗽查出肺癌")
SERIOUS_CARE = re.compile(r"抢救|急诊|急救|手术|开刀|查出|确诊|肺炎|重症|ICU|监护")
# an everyday illness, seen to without a stay ("感冒", "头疼脑热", "拉肚子")
EVERYDAY_ILLNESS = re.compile(
    r"感冒|发烧|发热|咳嗽|拉肚子|腹泻|头疼|头痛|胃疼|肚子疼|牙疼|嗓子疼|喉咙疼|着凉|流鼻涕|"
    r"小病|小毛病|头疼脑热|"
    # the everyday medicines taken for them ("退烧药", "消炎药", "止疼片")
    r"退烧|消炎药|止疼药|止痛药|止疼片|止痛片|止咳"
)
COST_WORDS = (
    r"费用|花了|花费|合规|政策范围|范围内|共|合计|总共|一共|医药费|药费|治疗费|花|能报的费用|住院费"
)


def _cost(amounts: list[Amount], q: str) -> Amount | None:
    chosen = _take(amounts, q, COST_WORDS, before=12)
    if chosen is None and amounts:
        chosen = max(amounts, key=lambda a: a.value)
        amounts.remove(chosen)
    return chosen


# ("不是低保也不是建档立卡": two denials, no value said after them)
CORRECTED = re.compile(
    r"(?<!是)不是(?:(?!不是)[^，。？?\s]){1,8}?[，,\s]*(?:而)?(?<!不)是(?=[^，。？?\s])"
)
# "交的是250档 不是120", "看管的是自治区级的 不是县级": the value said first, then the one denied
DENIED_AFTER = re.compile(r"(是[^，。？?\s]{1,12}?)[，,\s]*(?:而)?不是[^，。？?\s]{1,8}")


def understand(question: str, calculator: str | None = None) -> Reading | None:
    """The calculator a money question needs and the inputs it states, or None."""
    # "不是三级 是二级", "不是120，是250": what is said is the value after 是
    q = DENIED_AFTER.sub(r"\1", CORRECTED.sub("是", normalize(question)))
    name = calculator or detect_calculator(q)
    if name is None:
        return None
    reader = READERS[name]
    reading = Reading(name, reader(q))
    if (
        name == "inpatient"
        and not STAY.search(q)
        and not match_exclusion(q)
        and detect_calculator(q) == "inpatient"
    ):
        # "花了12k 三级 250档": the stay is the reading, said so a clerk can see it, with
        # what an ordinary outpatient visit would get instead (a small bill often is one)
        reading.notes.append(_setting_note())
    found = match_exclusion(q) if name == "inpatient" else None
    if found and newborn_before_paying(q, found[1]):
        reading.notes.append(NEWBORN_PAYS_FIRST)
    if name == "inpatient" and "cost" in reading.inputs:
        own = self_paid(q, _money_amounts(q))
        if own is not None:
            reading.notes.append(
                f"其中 {plain(own.value)} 元不在医保支付范围（自费），不予报销；"
                f"按合规费用 {reading.inputs['cost']} 元计算（第二十一条：按“三大目录”报销）。"
            )
    per_visit = _per_visit(q) if name in VISITS else None
    if per_visit is not None:
        each, times = per_visit
        total = each * times
        reading.inputs["cost"] = plain(total)
        reading.notes.append(f"费用按每次 {plain(each)} 元 × {times} 次 = {plain(total)} 元计算。")
    per_month = month_span(q) if name in MONTHLY_BILLS and per_visit is None else None
    if per_month is not None:
        each, months = per_month
        total = each * months
        reading.inputs[MONTHLY_BILLS[name]] = plain(total)
        reading.notes.append(
            f"费用按每月 {plain(each)} 元 × {months} 个月 = {plain(total)} 元计算。"
        )
    rank = TIER_RANK.search(q)
    tiers = sorted(int(t) for t in rules()["contribution"]["tiers"])
    if (
        rank
        and reading.inputs.get("tier") is not None
        and not re.search(r"\d", q[rank.end() :][:4])
        # ("我选最高那档，我老婆选120的": the tier read is another person's, said in figures)
        and str(tiers[RANK_INDEX[rank.group(1)]]) == str(reading.inputs["tier"])
    ):
        reading.notes.append(f"“{rank.group(0)}”按 {reading.inputs['tier']} 元档计算。")
    if (
        name in ("inpatient", "special_outpatient")
        and reading.inputs.get("poor")
        and str(reading.inputs.get("tier")) == _poor_own_share()
        and re.search(OWN_SHARE_SAID.format(_poor_own_share()), q)
    ):
        # "他是建档立卡户 个人就交了60块": the 60 they pay themselves is their share of the
        # 250 tier the rule puts them on (第十八条（四）), not a tier of its own
        reading.inputs["tier"] = int(rules()["contribution"]["highest"])
        reading.notes.append(
            f"按第十八条（四），建档立卡贫困人员按最高档次 {reading.inputs['tier']} 元缴费，"
            f"个人缴 {_poor_own_share()} 元；您说的 {_poor_own_share()} 元是个人缴费部分，"
            f"按 {reading.inputs['tier']} 元档计算。"
        )
    return reading


def _poor_own_share() -> str:
    """What a 建档立卡 person pays of the 250 tier themselves (第十八条（四）: 60)."""
    return str(rules()["contribution"]["identities"]["建档立卡贫困人员"]["individual"])


# that share said as paid by oneself ("个人就交了60块", "自己只交了60") or as what was paid, no
# tier named ("建档立卡户，交了60"): a tier said as such ("交的60档") stays that tier
OWN_SHARE_SAID = (
    r"(?:(?:个人|自己|本人)[^，。？?\d]{{0,4}})?(?:交|缴)(?:了|的)?\s*{}(?!\d)"
    r"(?!\s*(?:块钱?|元)?\s*(?:的|那个?)?\s*档)"
)


def _setting_note() -> str:
    """The stay read for a bill whose setting is unsaid, and the ordinary outpatient rule."""
    rule = rules()["general_outpatient"]
    ratio = Decimal(rule["ratio"]["value"]) * 100
    article = "".join(rule["limit"]["cite"][1:])
    return (
        "未说明是住院还是门诊，按住院计算；若是普通门诊，年度累计起付线"
        f"{rule['deductible']['value']}元、报销{ratio.normalize():f}%、年度最高支付"
        f"{rule['limit']['value']}元（{article}），请说明“普通门诊”或“门诊特殊病”。"
    )


VISITS = ("special_outpatient", "general_outpatient")
# the bills said by the month (a visit's cost, the 两病 drugs), by the field that holds them
MONTHLY_BILLS = {
    "special_outpatient": "cost",
    "general_outpatient": "cost",
    "two_diseases": "drug_total",
}
PER_VISIT = re.compile(r"(?:每次|一次)[^，,。；\d]{0,6}?(?:都|要|是|花了?|花费|费用)?\s*$")
TIMES = re.compile(rf"{COUNT}\s*次")


def _per_visit(q: str) -> tuple[Decimal, int] | None:
    """ "透析一次500，一个月12次": a cost per visit and the number of visits."""
    amounts = _money_amounts(q)
    each = next((a for a in amounts if PER_VISIT.search(q[max(0, a.start - 6) : a.start])), None)
    if each is None:
        return None
    counts = [
        small_count(m.group(1))
        for m in TIMES.finditer(q)
        if not q[max(0, m.start() - 1) : m.start()].endswith(("每", "第"))
        and m.group(1) not in ("一", "1")
    ]
    counts = [c for c in counts if c and c > 1]
    return (each.value, counts[0]) if len(counts) == 1 else None


# a month's cost ("一个月透析3千", "每月药费800") with the span asked ("一年下来", "做了8个月")
PER_MONTH = re.compile(
    # (not a time ago, 一个月前, nor what one earns, 每月收入)
    r"(?:一个月|每个?月|一月)(?!前|后|内|以前|以后)(?:[^，,。；\d收入工资挣赚]{0,6}?)"
    r"(?:都|要|是|得|花了?|花费|费用)?\s*$"
)
# months the care went on ("做了5个月", "透析了8个月", "吃了半年": not 3个月前, not 上个月)
MONTHS_SPENT = re.compile(
    rf"(?:做|看|透析|吃|治|治疗|用|花)了?\s*{COUNT}\s*个月(?!前|后|以前|以后)"
)
# the whole year asked ("一年下来", "全年", "一年一共"), not a part of it nor more than one
YEAR_LONG = re.compile(
    r"一年下来|一年到头|全年|一整年|整年|一年(?:总共|一共|加起来|合计|(?:能|可以|能够)?(?:报|给报))"
)


def month_span(q: str) -> tuple[Decimal, int] | None:
    """ "一个月透析3千，一年下来能报多少": a month's cost over the months said, or over the year
    asked; None when no span is said (one month's bill is that month's)."""
    amounts = _money_amounts(q)
    each = next((a for a in amounts if PER_MONTH.search(q[max(0, a.start - 8) : a.start])), None)
    if each is None:
        return None
    months = [small_count(m.group(1)) for m in MONTHS_SPENT.finditer(q)]
    months = [m for m in months if m and 1 < m <= 12]
    if len(months) == 1:
        return each.value, months[0]
    return (each.value, 12) if not months and YEAR_LONG.search(q) else None


# a standing denied just before it is named: "不是贫困户", "并非建档立卡", "没有评上"
DENYING = r"(?:不是|并非|不属于|不算|没有|没|未|非)"
NOT_HELD = re.compile(rf"{DENYING}[^，。？?是]{{0,3}}$")


def _without_tiers(q: str, amounts: list[Amount]) -> list[Amount]:
    """The sums said, less the tiers paid ("他交的120"): a tier is never a bill, whether or not
    the calculator uses it."""
    _, span = read_tier(q)
    # ("交60的和交250的…报的一样多": every tier offered that is said is a tier, never the bill)
    offered = {str(t) for t in rules()["inpatient"]["tiers"]}
    others = [m.span() for m in TIER_PAYER.finditer(q)] + [
        m.span() for m in TIER_PATTERNS[0].finditer(q) if m.group(1) in offered
    ]
    return _drop_spans(amounts, span, *others)


def _medical_common(q: str, inputs: dict[str, Any], amounts: list[Amount]) -> list[Amount]:
    tier, _ = read_tier(q)
    if tier is not None:
        inputs["tier"] = tier
    amounts = _without_tiers(q, amounts)
    # ("我邻居不是贫困户": a standing denied is not had, and is said not to be)
    held = [
        not NOT_HELD.search(q[max(0, m.start() - 6) : m.start()])
        for m in re.finditer(r"建档立卡|贫困户|贫困人员|贫困人口", q)
    ]
    if held:
        inputs["poor"] = any(held)
    # 低保, 特困, 孤儿, 重度残疾: their contribution is paid in full at the highest standard
    # (第十八条（三）), so the tier of a stay of theirs is known
    # (monks honoured at a level too: their share and the government's make up the highest
    # standard, 第十八条（五）)
    exempt = [i for i in read_identities(q) if i in HIGHEST_STANDARD_IDENTITIES]
    if exempt:
        inputs["identities"] = exempt
    return _already_paid(q, inputs, amounts)


def _already_paid(q: str, inputs: dict[str, Any], amounts: list[Amount]) -> list[Amount]:
    """ "今年已经报了5万8": what the fund has paid this year, taken out of the amounts."""
    # ("离6万封顶还差多少": the cap named by its figure is neither paid nor spent)
    amounts = [a for a in amounts if not CAP_NAMED.match(q, a.end)]
    paid = _take(amounts, q, PAID_SO_FAR, before=14)
    # ("住院报了4万，门特又报了2万": each benefit's payments this year, summed — each said
    # with its own benefit, not a bill after them: "已经报了5万7了，这8000还能报多少")
    more = _take(amounts, q, BENEFIT_PAID, before=8) if paid is not None else None
    while more is not None:
        paid = Amount(paid.value + more.value, paid.start, more.end, True)
        more = _take(amounts, q, BENEFIT_PAID, before=8)
    if paid is not None:
        inputs["already_paid"] = plain(paid.value)
    elif (used := CAP_USED_UP.search(q)) is not None:
        # "六万额度已经用满", "今年已经封顶了": the fund has paid the whole yearly cap (the 六万
        # said is the cap, not a bill)
        inputs["already_paid"] = plain(Decimal(rules()["inpatient"]["annual_cap"]["value"]))
        return _drop_spans(amounts, used.span())
    return amounts


# a benefit named, then what it has paid ("门特又报了2万")
BENEFIT_PAID = (
    # (this year's: "去年住院报了5万" is another year's cap)
    r"(?<!去年)(?<!上一年)(?<!前年)(住院|门特|门诊特殊病|特殊病)[^，,。\d]{0,2}(又|也|已经|还)?"
    # (right before its sum: "住院报了5万，今年住院花了3万" — the 3万 is spent, not paid)
    r"(报了|报销了|赔了|给报了)\s*$"
)
# what the fund has paid this year, said before its sum
PAID_SO_FAR = (
    r"已(经)?.{0,4}(支付|报销?了?|报了|赔了?|给付)|累计支付|已经报"
    # "今年统筹已给五万八": the fund named, then what it has given
    r"|(统筹|医保|基金)[^，,。\d]{0,4}已(经)?(给|付|赔|出)了?"
    r"|(今年|本年|年内|这一年)[^，,。]{0,10}(报了|报销了|支付了|赔了|报过|报销过|给报过)"
    # "前两次住院一共报了5万7": what earlier stays were paid, summed
    r"|(前|之前|前面|上)[^，,。]{0,8}(一共|总共|累计|合计|共)(报了|报销了|支付了|赔了|给报了)"
    # "今年报销累计五万五", "累计报销了4万", "统筹已经给了六万整": the fund's payments so far
    r"|(报销|支付|赔付)(累计|总共|一共|合计)|累计(报销|支付|赔付)"
    r"|(统筹|医保|基金)[^，,。\d]{0,4}(给了|给付了|付了|出了|赔了|报了)"
    # "住院报了4万，门特又报了2万": a benefit named, then what it has paid
    rf"|{BENEFIT_PAID}"
)


# the yearly cap right after its figure ("6万封顶", "六万的限额")
CAP_NAMED = re.compile(r"\s*(?:元|块)?(?:的)?(?:封顶|限额|上限|最高支付限额|年度限额)")
# the yearly cap said to be used up, with or without its figure ("六万额度已经用满")
CAP_USED_UP = re.compile(
    r"(额度|封顶|限额|六万|6万)[^，,。]{0,4}(已经|都|全)?(用满|用完|用光|满了|到顶|花光)"
    r"|(已经|都)(封顶|报满|报到顶)了?"
)


# a baby in its first days or weeks ("孩子刚出生就住院了", "新生儿", "一生下来就…")
NEWBORN = re.compile(r"新生儿|刚出生|刚生下来|一生下来|生下来就|出生[^，,。？?]{0,3}(?:天|周)|满月")
# what the scheme says of it: its stay is paid first and claimed once its year is paid
NEWBORN_PAYS_FIRST = "新生儿住院费用先自费结算，待新生儿按规定缴纳本年度医保费后，再凭相关票据和证明到医保经办机构报销（第二十九条（二））。"


def newborn_before_paying(q: str, excluded: str) -> bool:
    """ "孩子刚出生就住院了…还没交医保": a newborn's year not paid yet is no lapse (第三十条
    （十五）) — its stay is paid first and claimed after its contribution (第二十九条（二）)."""
    unpaid = next(e["name"] for e in rules()["exclusions"]["items"] if e["item"] == "（十五）")
    return excluded == unpaid and bool(NEWBORN.search(q))


def read_inpatient(q: str) -> dict[str, Any]:
    inputs: dict[str, Any] = {}
    amounts = _money_amounts(q)
    amounts = _medical_common(q, inputs, amounts)
    earlier = earlier_stays(q)
    # this stay's hospital and place, not the earlier stays' ("上个月在乡卫生院住过一次")
    this_stay = q[: earlier[1][0]] + q[earlier[1][1] :] if earlier else q
    level = read_level(this_stay)
    if level:
        inputs["level"] = level
    if OUT_OF_AREA.search(this_stay):
        inputs["in_area"] = False
    elif IN_AREA.search(this_stay):
        inputs["in_area"] = True
    admission = read_admission(q)
    if admission is not None:
        inputs["admission"] = admission
    if MATERNITY.search(q) or (CAESAREAN.search(q) and not CAESAREAN_BY_CHOICE.search(q)):
        inputs["maternity"] = True
    if re.search(r"(新生儿|刚出生|生下来|出生).{0,10}(抢救|救治)|抢救.{0,6}新生儿", q):
        inputs["newborn_rescue"] = True
    found = match_exclusion(q)
    if found and not inputs.get("maternity") and not newborn_before_paying(q, found[1]):
        inputs["excluded"] = found[1]
    bed_fee = _take(
        amounts,
        q,
        r"(床位|床)(费|钱)?(每天|每日|一天|一晚|每晚)?(收|是|要|为)?|每天床位|每天的?床(位)?费",
        before=8,
    )
    if bed_fee is None and re.search(r"床位费|床费|床位", q):
        # "床位费能报多少？三级医院一天收120": a day's charge in a question on the bed fee
        bed_fee = _take(amounts, q, r"(每天|一天|每日|一日|每晚|一晚)(收|要|是|花|得)?", before=6)
    if bed_fee is not None:
        inputs["bed_fee"] = plain(bed_fee.value)
        # "床位费一天八十 住了10天": the days stayed, not the 一天 of a daily fee
        days = next(
            (
                m
                for pattern in (
                    rf"住院\s*{COUNT}\s*天|住了\s*{COUNT}\s*天",
                    rf"{COUNT}\s*天(?!\s*[\d零一二两三四五六七八九十百千]+)",
                )
                for m in re.finditer(pattern, q)
            ),
            None,
        )
        if days:
            inputs["bed_days"] = small_count(next(g for g in days.groups() if g))
    observation = _take(amounts, q, r"留观", before=12)
    if observation is not None:
        inputs["observation_cost"] = plain(observation.value)
    stay = re.search(rf"连续住院\s*{COUNT}\s*天", q)
    if stay:
        inputs["stay_days"] = small_count(stay.group(1))
    own = self_paid(q, amounts)
    if own is not None:
        amounts.remove(own)
    cost = _cost(amounts, q)
    if cost is not None:
        inputs["cost"] = plain(
            cost.value - own.value if own and own.value < cost.value else cost.value
        )
    return inputs


# "3万，其中5千是自费药", "有3000不在报销范围": a part of the bill outside the insurance's payment
# scope (第二十一条: the 三大目录), never paid by it
SELF_PAID_AFTER = re.compile(
    r"^\s*(?:元|块钱?)?\s*(?:的)?\s*(?:是|为|属于|算)?\s*"
    r"(?:自费|自付|不在(?:医保)?(?:的)?(?:报销|支付)?(?:范围|目录)|不能报|报不了|不给报|目录外|不属于医保)"
)


def self_paid(q: str, amounts: list[Amount]) -> Amount | None:
    """The self-paid part a bill is said to hold, when another (larger) sum is the bill."""
    found = [a for a in amounts if SELF_PAID_AFTER.match(q[a.end : a.end + 14])]
    if len(found) != 1 or len(amounts) < 2:
        return None
    return found[0] if any(a.value > found[0].value for a in amounts if a is not found[0]) else None


SEVERAL_STAYS = re.compile(
    # "连住200天，前180天9000，后20天1000": every 180 days is a settlement of its own (第二十二条（一）)
    r"前\s*(?:180|一百八十)\s*天|"
    r"[两二三四2-9][次回]|几[次回]|一次.{0,24}(另|又|再)?一次|第一次.{0,24}第二次|分别|另一次|又一次|各住"
    r"|(另外|此外|还有|加上).{0,8}(门特|门诊特殊病|特殊病|慢性病门诊)"
    # "先在乡卫生院花了2千，又在县医院…", "门特花了1万，又在三级医院住院…": one case after another
    r"|(先|头一[次回]|第一[次回]|门特|门诊特殊病|住院|住了|花了?|花费).{0,30}"
    r"(又|再|后来|然后|最后|接着|之后|第二[次回])"
    r"|(门特|门诊特殊病).{0,24}(门特|门诊特殊病|住院)|住院.{0,30}(门特|门诊特殊病)"
)
# where one stated case begins: "第一次…，第二次…", "先…又…最后…", "一次…另一次…", "另外门特…"
CASE_MARK = re.compile(
    r"(?<=[，,；;\s])(?:后|后面|剩下的?)\s*\d+\s*天|"
    r"第[一二三四五六1-6][次回]|头一?[次回]|(?<![第两二三四五六七八九几\d])一[次回]|另一[次回]|又一[次回]"
    r"|另外|此外|还有|加上|先|又|再|后来|然后|最后|接着|之后|随后"
)
SPECIAL_CARE = re.compile(r"门特|门诊特殊病|特殊病|特殊门诊|慢性病门诊|慢特病")
# "住了四次院，每次3千": so many stays of one cost each
EACH_STAY = re.compile(rf"住了?\s*{COUNT}\s*[次回]院?[^，。；]{{0,4}}[，,]?\s*每[次回]")
# what a stay's own words may say of it: its level and place, a birth, a newborn's rescue
STAY_SLOTS = ("level", "in_area", "maternity", "newborn_rescue")
# what a stay of one of several people has of its own besides ("爸爸交的120档…第一次住院")
PERSON_STAY_SLOTS = ("tier", "poor", "identities", "admission")


def _age_of(words: str) -> dict[str, Any]:
    """The age and sex a person's stretch says ("妈妈62岁…"), for the tier the rules fix."""
    from assistant.frame import read_frame

    person = read_frame(words).person
    return {k: v for k, v in (("age", person.age), ("sex", person.sex)) if v is not None}


@dataclass(frozen=True)
class StatedCase:
    """One of several cases a sentence states, with what its own words say of it.

    "第一次三级医院4万，第二次县医院2万，另外门特花了1万": each stay keeps its own level and
    place, and the 门特 bill is a special-outpatient case against the same yearly cap."""

    cost: str
    calculator: str = "inpatient"
    slots: dict[str, Any] = field(default_factory=dict)
    # whose case, when the sentence states several people's ("爸…2万，妈…3千"); "" for one's
    person: str = ""


# "张三交60 李四交250", "扎西交120次仁交60", "我交120，我妈交250": each person with their tier
TIER_PAYER = re.compile(
    r"(?:^|(?<=[，,；;\s和跟与、\d]))([\u4e00-\u9fff]{1,4}?)(?:交|缴)(?:了|的是|的)?\s*"
    r"(60|120|250)(?![\d.万千wWkK])"
)
# one sum said of them all ("都在二级医院花一万", "同样花了5000")
SHARED_COST = re.compile(r"都|同样|一样|各|分别")


def _payers_sharing_a_cost(q: str, costs: list[Amount]) -> list[StatedCase]:
    """ "张三交60 李四交250 都在二级医院花一万": one stay's cost said of several people, each on
    the tier they pay; [] when the sentence is not that."""
    payers = [(m.group(1), int(m.group(2))) for m in TIER_PAYER.finditer(q)]
    names = [name for name, _ in payers]
    if len(payers) < 2 or len(set(names)) != len(names) or len(costs) != 1:
        return []
    if not SHARED_COST.search(q[q.rfind(names[-1]) :]):
        return []
    shared = {k: v for k, v in read_inpatient(q).items() if k in STAY_SLOTS}
    cost = plain(costs[0].value)
    return [StatedCase(cost, "inpatient", {**shared, "tier": tier}, name) for name, tier in payers]


def stay_cases(question: str) -> list[StatedCase]:
    """The cases of "住了两次院，一次花了2万，一次花了3万", in order; [] for one case."""
    q = normalize(question)
    shared = _payers_sharing_a_cost(q, _money_amounts(_drop_tier_figures(q)))
    if shared:
        return shared
    persons = _persons_with_costs(q)
    if not SEVERAL_STAYS.search(q) and len(persons) < 2:
        return []
    amounts = _medical_common(q, {}, _money_amounts(q))
    costs = [
        a
        for a in amounts
        if re.search(
            rf"(?:{COST_WORDS}|次|回|和|、|跟|及|分别是?|院|级|中心|门特|病|症|住了?|[）)]|前\s*(?:180|一百八十)\s*天|后\s*\d+\s*天)\s*$",
            q[max(0, a.start - 6) : a.start],
        )
        and not re.search(r"床位|留观|自费|自付", q[max(0, a.start - 8) : a.start])
    ]
    each = EACH_STAY.search(q)
    if len(costs) == 1 and each and costs[0].start > each.end() - 2:
        count = small_count(each.group(1))
        if count and 2 <= count <= 12:
            return [StatedCase(plain(costs[0].value))] * count
    if len(costs) < 2:
        return []
    # a stretch naming no cost belongs with the one after it ("后来在县医院（二级）" + "又住了"
    # + "一次4千" is one stay); a stretch naming two costs tells neither's setting apart
    marks = [m.start() for m in CASE_MARK.finditer(q) if m.start() > 0]
    marks += [m.end() for m in re.finditer(r"[，,；;]", q)]  # "糖尿病门特2500，冠心病门特1500"
    marks = sorted(set(marks))
    bounds = [0, *marks, len(q)]
    segments = [(a, b) for a, b in itertools.pairwise(bounds) if b > a]
    merged: list[tuple[int, int]] = []
    opened: int | None = None
    for a, b in segments:
        opened = a if opened is None else opened
        if any(a <= c.start < b for c in costs) or b == len(q):
            merged.append((opened, b))
            opened = None
    cases: list[StatedCase] = []
    for cost in costs:
        start, end = next(((a, b) for a, b in merged if a <= cost.start < b), (0, len(q)))
        person = _pronoun_named(q, _person_before(q, cost.start)) if len(persons) >= 2 else ""
        alone = sum(1 for c in costs if start <= c.start < end) == 1
        words = q[start:end] if alone else ""
        if SPECIAL_CARE.search(words) and not re.search(r"住院|住了", words):
            disease = find_disease(words)
            # unnamed, it is still one of the listed conditions, all paid alike (medical.py)
            slots: dict[str, Any] = {
                "disease": disease["name"] if disease is not None else "门诊特殊病"
            }
            if slots["disease"] == "高血压":
                slots["bp_150_95"] = True  # "高血压门特": admitted to it, so the 150/95 is met
            if person:  # ("我老婆…60档…；我…120档…": each person's own tier and standing)
                slots.update(
                    {
                        k: v
                        for k, v in read_special(words).items()
                        if k in ("tier", "poor", "identities")
                    }
                )
                slots.update(_age_of(words))
            cases.append(StatedCase(plain(cost.value), "special_outpatient", slots, person))
            continue
        kept = STAY_SLOTS + (PERSON_STAY_SLOTS if person else ())
        own = {k: v for k, v in read_inpatient(words).items() if k in kept}
        if person and words:
            own.update(_age_of(words))
        cases.append(StatedCase(plain(cost.value), "inpatient", own, person))
    if len(persons) >= 2 and any(c.slots.get("in_area") is False for c in cases):
        # "…我去拉萨的三级医院（统筹区外）…": the place outside is that person's stay alone
        for case in cases:
            case.slots.setdefault("in_area", True)
    return cases


def _drop_tier_figures(q: str) -> str:
    """The sentence with each payer's tier figure blanked (its sums are then the costs)."""
    return TIER_PAYER.sub(lambda m: m.group(0)[: m.start(2) - m.start()] + " " * len(m.group(2)), q)


def _person_at(piece: str) -> str:
    """The person a stretch names first (我爸, 妈, 我), "" for none."""
    from assistant.frame import KIN_FEMALE, KIN_MALE

    found = re.search(
        rf"(?:我的?|俺)?(?:{KIN_MALE}|{KIN_FEMALE})|(?:^|[和跟与、])(?:我|本人|俺|她|他)(?!们)",
        piece.strip(),
    )
    return found.group(0).lstrip("和跟与、") if found else ""


def _pronoun_named(q: str, who: str) -> str:
    """她/他 as the kin of that sex the sentence named ("我和老婆…，她乡镇卫生院3000" → 老婆)."""
    from assistant.frame import KIN_FEMALE, KIN_MALE

    if who not in ("她", "他"):
        return who
    kin = re.findall(rf"(?:我的?)?(?:{KIN_FEMALE if who == '她' else KIN_MALE})", q)
    return kin[-1] if kin else who


def _persons_with_costs(q: str) -> list[str]:
    """The different people whose costs a sentence states, each the person named last before
    a sum ("我爸住院花了1万，我住院花了5千"; "爸爸交的120档，在一级医院花了6500；妈妈…")."""
    persons: list[str] = []
    for amount in _money_amounts(q):
        who = _pronoun_named(q, _person_before(q, amount.start))
        if who and who not in persons:
            persons.append(who)
    return persons


def _person_before(q: str, at: int) -> str:
    """The person named last before a cost, in its stretch or the ones before it."""
    pieces = re.split(r"[，,；;。]", q[:at])
    return next((p for p in map(_person_at, reversed(pieces)) if p), "")


def read_special(q: str) -> dict[str, Any]:
    inputs: dict[str, Any] = {}
    amounts = _medical_common(q, inputs, _money_amounts(q))
    disease = find_disease(q)
    if disease is not None:
        said = max((a for a in disease["aliases"] if a in q), key=len)
        # a bracketed name printed in 第二十四条 (白血病) is kept as said; colloquial ones are mapped
        inputs["disease"] = said if said in disease.get("bracketed", []) else disease["name"]
    else:
        # a condition the list does not have is passed on as said, so the calculator can refuse it
        said = re.search(
            r"(?:得了|患了|患有|确诊)([\u4e00-\u9fff]{1,8}?)(?:[，,。；]|$|在|去|到|交)", q
        )
        # "胆结石能按门诊特殊病报销吗", "痔疮算不算门特": the condition asked about, named first
        asked = NAMED_FOR_SPECIAL.search(q) if not said else None
        if said:
            inputs["disease"] = said.group(1)
        elif asked and not re.search(NOT_A_CONDITION, asked.group(1)):
            inputs["disease"] = asked.group(1)
    pressure = blood_pressure(q)
    if pressure is not None and "disease" not in inputs:
        inputs["disease"] = "高血压"  # "高压170低压100…门特": the reading is the condition

    if pressure is not None:
        # "平时140/90": the reading said decides the condition 血压持续150/95mmHg (第二十四条)
        inputs["bp_150_95"] = pressure[0] >= 150 and pressure[1] >= 95
    elif re.search(r"持续", q) or (
        inputs.get("disease") == "高血压" and re.search(r"门特|门诊特殊病|特殊病", q)
    ):
        # ("高血压门特花了2千": admitted to the special outpatient scheme, the 150/95 is met)
        inputs["bp_150_95"] = True
    cost = _cost(amounts, q)
    if cost is not None:
        inputs["cost"] = plain(cost.value)
        if "disease" not in inputs and SPECIAL_CARE.search(q):
            # "门诊特殊病，交的120档，花了15k": a bill of the benefit, the condition unnamed —
            # every listed condition is paid alike (the calculator says the assumption); an
            # illness named that the list lacks ("胆结石，门特花了3000") is passed on, refused
            named = ILLNESS_SAID.search(SPECIAL_CARE.sub("", q))
            # (the illness, not the person said before it: "我妈胆结石" → 胆结石)
            said = (
                re.sub(r"^(?:[我俺咱他她]|的|[妈爸哥姐弟妹婆爷奶儿女老])+", "", named.group(0))
                if named
                else ""
            )
            inputs["disease"] = said or "门诊特殊病"
    return inputs


# a condition named before the scheme it is asked of ("胆结石能按门诊特殊病报销吗")
NAMED_FOR_SPECIAL = re.compile(
    r"(?:^|[，,。；？?])([\u4e00-\u9fff]{2,8}?)(?:病人|患者)?(?:能不能|可不可以|能|可以|算不算|算|属不属于|属于|是不是|在不在)"
    r"[^，。？?]{0,4}(?:门特|门诊特殊病|特殊病|慢特病)"
)
# words that open such a sentence without naming a condition
NOT_A_CONDITION = (
    r"我|俺|他|她|家|老人|孩子|小孩|这|那|什么|哪|啥|门诊|住院|医保|看病|开药|买药|费用|检查"
)


# the two diseases as people say them: "血压高", "血糖也高", "三高"
# (each illness named by its drug too: "拿降压药" is hypertension's care)
TWO_DISEASES = {
    "高血压": re.compile(r"高血压|血压[^，。？]{0,3}高|三高|两个病都有|两病都有|降压药|降血压"),
    "糖尿病": re.compile(
        r"糖尿病|血糖[^，。？]{0,3}高|三高|两个病都有|两病都有|降糖药|降血糖|胰岛素"
    ),
}
# the two illnesses' drugs, which are the 两病 outpatient care (第二十五条: 门诊…药品费用)
# a bill of drugs by its words (药钱, 药费, 甲类药): an outpatient's, never a stay's by itself
DRUG_BILL = r"药钱|药费|药品费|[甲乙]类药"
TWO_DISEASE_DRUGS = re.compile(r"降压药|降血压的?药|降糖药|降血糖的?药|胰岛素")


# a drug class said after its sum ("1000里有500是乙类药", "300块是甲类的")
CLASS_AFTER = r"^\s*(?:块钱|块|元)?\s*(?:的)?\s*(?:是|为|属于)\s*(?:的)?{}类"


# a drug class's share of the bill said as a share ("一半是乙类的", "乙类占三成", "30%是乙类")
SHARE = r"(一半|[一二两三四五六七八九]成|\d{1,2}(?:\.\d+)?\s*%|百分之[一二三四五六七八九十\d]{1,3})"
CLASS_SHARE = re.compile(
    rf"{SHARE}\s*(?:的药?)?\s*(?:是|为|属于)\s*([甲乙])类|([甲乙])类(?:药品?|的)?\s*(?:占|是|有)\s*{SHARE}"
)


def _share(said: str) -> Decimal | None:
    """ "一半" → 0.5, "三成" → 0.3, "30%" and "百分之三十" → 0.3."""
    if said == "一半":
        return Decimal("0.5")
    if said.endswith("成"):
        tenths = small_count(said[:-1])
        return Decimal(tenths) / 10 if tenths else None
    number = said.removeprefix("百分之").rstrip("%").strip()
    if re.fullmatch(r"\d+(?:\.\d+)?", number):
        return Decimal(number) / 100
    whole = small_count(number)
    return Decimal(whole) / 100 if whole else None


def read_two_diseases(q: str) -> dict[str, Any]:
    inputs: dict[str, Any] = {}
    amounts = _already_paid(q, inputs, _without_tiers(q, _money_amounts(q)))
    inputs["diseases"] = [d for d, said in TWO_DISEASES.items() if said.search(q)] or None
    if inputs["diseases"] is None:
        del inputs["diseases"]
    level = read_level(q)
    if level:
        inputs["level"] = level
    # (the class said right after a sum first: "300块是甲类的，200块是乙类的" has 甲类 before
    # the 200 too)
    class_a = _take(amounts, q, CLASS_AFTER.format("甲"), before=0, after=8)
    class_b = _take(amounts, q, CLASS_AFTER.format("乙"), before=0, after=8)
    class_a = class_a or _take(amounts, q, r"甲类(药品|药)?", before=6)
    class_b = class_b or _take(amounts, q, r"乙类(药品|药)?", before=6)
    if class_a is not None:
        inputs["class_a"] = plain(class_a.value)
    if class_b is not None:
        inputs["class_b"] = plain(class_b.value)
    shared = CLASS_SHARE.search(q)
    if class_a is None and class_b is None and amounts and shared:
        # "开了2000块的药，一半是乙类的": the class's part is its share of the bill
        total = _cost(amounts, q)
        share = _share(shared.group(1) or shared.group(4))
        if total is not None and share is not None and 0 < share <= 1:
            part = (total.value * share).quantize(Decimal("0.01"))
            said, rest = (
                ("class_b", "class_a")
                if "乙" in (shared.group(2) or shared.group(3))
                else ("class_a", "class_b")
            )
            inputs.update({said: plain(part), rest: plain(total.value - part)})
            return inputs
    if class_a is None and class_b is None and amounts:
        total = _cost(amounts, q)
        if total is not None:
            if re.search(r"(都|全)(是|为|属于)?甲类", q):
                inputs.update({"class_a": plain(total.value), "class_b": "0"})
            elif re.search(r"(都|全)(是|为|属于)?乙类", q):
                inputs.update({"class_a": "0", "class_b": plain(total.value)})
            else:
                inputs["drug_total"] = plain(total.value)
    elif class_a is not None and class_b is None and re.search(r"(都|全)(是|为)?甲类|没有乙类", q):
        inputs["class_b"] = "0"
    elif (class_a is None) != (class_b is None) and amounts:
        # "花了600，其中乙类药200": the bill, and the part of one class; the rest is the other
        total = _cost(amounts, q)
        part = class_a if class_a is not None else class_b
        if total is not None and part is not None and total.value > part.value:
            rest = "class_a" if class_a is None else "class_b"
            inputs[rest] = plain(total.value - part.value)
    return inputs


PRIOR_IN_TENS = re.compile(
    r"(?:已经?累计|累计|之前|此前|以前|先前|前面|已经花了?)\s*(?:已经)?\s*(?:花了?|花过|看了|攒了?)?\s*([一二三四五六七八九十]{1,3})"
    r"(?![一二三四五六七八九十百千万岁次个天回趟])\s*(?:块钱|块|元)?"
)


def read_general(q: str) -> dict[str, Any]:
    inputs: dict[str, Any] = {}
    amounts = _without_tiers(q, _money_amounts(q))
    tens = PRIOR_IN_TENS.search(q)
    if tens is not None and small_count(tens.group(1)) is not None:
        # "前面累计八十 这次三百五": a sum under a hundred said in words, after the cue (the
        # sum after it is this visit's)
        inputs["prior_cost"] = str(small_count(tens.group(1)))
    else:
        prior = _take(
            amounts,
            q,
            r"已(经)?(累计)?(花了?|花过|看了|攒了?)|之前|此前|以前|先前|累计|攒了|前[面一二两三四五六七八九几\d]*次"
            # "今年加起来已经六百": the year's visits so far, summed
            r"|(加起来|一共|总共|合计)\s*已经?",
            before=10,
        )
        if prior is not None:
            inputs["prior_cost"] = plain(prior.value)
        elif re.search(rf"第一{STAY_TIMES}|头一?{STAY_TIMES}|首次", q):
            inputs["prior_cost"] = "0"
    cost = _cost(amounts, q)
    if cost is not None:
        inputs["cost"] = plain(cost.value)
    elif inputs.get("prior_cost") not in (None, "0") and not re.search(r"这次|本次|这回|又|再", q):
        # "今年累计花了450元，一共能报多少": the year's sum is the bill asked about, not what came
        # before another visit
        inputs["cost"], inputs["prior_cost"] = inputs["prior_cost"], "0"
    return inputs


# identities whose contribution the aid fund pays in full at the highest standard
TOP_TIER_IDENTITIES = ("低保对象", "重度残疾(一、二级)", "特困供养人员", "孤儿")
HIGHEST_STANDARD_IDENTITIES = (
    *TOP_TIER_IDENTITIES,
    "僧尼自治区级表彰",
    "僧尼地区级表彰",
    "僧尼县级表彰",
)
IDENTITY_PATTERNS = [
    (r"建档立卡|贫困户|贫困人员|贫困人口", "建档立卡贫困人员"),
    (r"低保", "低保对象"),
    # ("有残疾证 二级的", "残疾等级是一级", "二级的残疾证": the grade said beside the card)
    (
        r"重度残疾|一级残疾|二级残疾|一、二级残疾"
        r"|残疾(?:证|等级)[^，。？?\d三四]{0,5}?[一二12]级(?!医院|定点|医疗机构|的医院)"
        r"|[一二12]级(?:的)?残疾",
        "重度残疾(一、二级)",
    ),
    (r"特困", "特困供养人员"),
    (r"孤儿", "孤儿"),
]
MALE = r"爸|父亲|爷爷|外公|姥爷|老爷子|男|老公|丈夫|儿子|大爷|大伯"
FEMALE = r"妈|母亲|奶奶|外婆|姥姥|老太太|女|老婆|妻子|媳妇|女儿|大妈|阿姨"


def read_contribution(q: str) -> dict[str, Any]:
    inputs: dict[str, Any] = {}
    if (LATE_PAYMENT.search(q) and not AFTER_CENTRAL.search(q)) or (
        SUBSIDY_SUM.search(q) and not SPLIT.search(q)
    ):
        inputs["mode"] = "late"
        subsidy = _take(_money_amounts(q), q, r"财政补助|补贴|补助", before=16)
        if subsidy is not None:
            inputs["fiscal_subsidy"] = plain(subsidy.value)
        month = re.search(rf"{COUNT}\s*月(份)?.{{0,4}}补缴", q)
        if month:
            inputs["payment_month"] = small_count(month.group(1))
        return inputs
    # ("65岁男性…自治区和地区财政各承担多少": the elderly's contribution paid by the two
    # governments 6:4, 第十八条（二）; not the split of the yearly subsidies)
    if SPLIT.search(q) and not re.search(rf"{COUNT}\s*(周)?岁", q):
        inputs["mode"] = "split"
        amounts = _money_amounts(q)
        if (
            AFTER_CENTRAL.search(q)
            and len(amounts) == 1
            and REMAINDER_SAID.search(q[: amounts[0].start])
        ):
            # "扣掉中央的还剩300": the sum said is what is left to split (第十七条)
            inputs["central_subsidy"] = "0"
            inputs["total_subsidy"] = plain(amounts[0].value)
            return inputs
        central = _take(amounts, q, r"中央(财政)?(补助)?", before=10)
        if central is not None:
            inputs["central_subsidy"] = plain(central.value)
        total = _cost(amounts, q)
        if total is not None:
            inputs["total_subsidy"] = plain(total.value)
        return inputs
    inputs["mode"] = "enrol"
    inputs["identities"] = read_identities(q)
    age = re.search(rf"{COUNT}\s*(周)?岁", q)
    if age:
        inputs["age"] = small_count(age.group(1))
    if re.search(MALE, q):
        inputs["sex"] = "男"
    elif re.search(FEMALE, q):
        inputs["sex"] = "女"
    tier, _ = read_tier(q)
    if tier is not None:
        inputs["tier"] = tier
    family = FAMILY_SIZE.search(q)
    listed = listed_members(q)
    # (monks counted with one honour and a total asked are each on that honour's share)
    monks = family is not None and "个人" not in family.group(0) and "口" not in family.group(0)
    if (family or len(listed) >= 2) and (
        re.search(r"都|每人|每个人|各|全家|一家|全都", q)
        or (monks and SUM_WORDS.search(q))
        # ("建档立卡户，家里4口人，一共要掏多少": a household's standing counted and summed)
        or (
            family is not None
            and SUM_WORDS.search(q)
            and HOUSEHOLD_STANDING.search(q)
            and read_tier(q)[0] is None
        )
    ):
        # "一家5口 都交120 一共交多少", "我35，老婆33，两个娃8岁3岁，都选120档": the same
        # tier for each of them, counted or listed
        inputs["persons"] = small_count(family.group(1)) if family else len(listed)
        members = household_ages(q)
        exempt = sum(exempt_age(age, sex) for sex, age in members)
        if len(members) >= 2 or len(listed) >= 2:
            # "我爸67、我妈61、我和我老婆都40": those of exempt age pay nothing (第十八条（二）)
            inputs.pop("age", None)
            inputs.pop("sex", None)
        # "女儿是一级残疾人": one member's identity, which frees that member only (第十八条（三））
        if len(members) >= 2 or (members and len(listed) >= 2):
            inputs["exempt_persons"] = exempt
        one = [m for m in MEMBER_IDENTITY.finditer(q) if m.group("id")]
        others = OTHER_MEMBERS.search(q)
        exempt_named = [i for i in inputs["identities"] if i in TOP_TIER_IDENTITIES]
        if not one and others and exempt_named and inputs["persons"] > 1:
            # "一家四口，我40岁低保，其他3人120档": the others pay their tier, so the identity
            # is the members' not counted among them (第十八条（三））
            count = small_count(others.group("n")) if others.group("n") else None
            rest = inputs["persons"] - count if count else 1
            one = [others] * max(1, min(rest, inputs["persons"] - 1))
        if one:
            inputs["identity_exempt_persons"] = len(one)
            inputs["identities"] = [i for i in inputs["identities"] if i not in TOP_TIER_IDENTITIES]
    return inputs


# a member of a household named with an identity that exempts them ("女儿是一级残疾人")
MEMBER_IDENTITY = re.compile(
    r"(?:丈夫|妻子|老公|老婆|媳妇|爱人|儿子|女儿|孩子|闺女|爸爸?|妈妈?|父亲|母亲|爷爷|奶奶|外公|外婆|"
    r"老人|哥哥|姐姐|弟弟|妹妹)(?:是|属于|为)?(?:个|一名)?(?P<id>"
    + "|".join(p for p, name in IDENTITY_PATTERNS if name in TOP_TIER_IDENTITIES)
    + ")"
)


# a member named with any standing the contribution rule sets apart ("妹妹是建档立卡贫困户"
# pays 60元 of her own, 第十八条（四）; the exempt ones as MEMBER_IDENTITY)
MEMBER_STANDING = re.compile(
    MEMBER_IDENTITY.pattern.split("(?P<id>")[0].replace(
        "哥哥|姐姐|弟弟|妹妹", "哥哥?|姐姐?|弟弟?|妹妹?"
    )
    + "(?P<id>"
    + "|".join(p for p, _ in IDENTITY_PATTERNS)
    + ")"
)


# "其他3人", "其余的都": the household's members other than the one just named
OTHER_MEMBERS = re.compile(
    r"(?:其他|其余|另外|剩下)的?(?:(?P<n>[\d一二三四五六七八九两])(?:个|口)?人|人|家人|成员|都)"
)


# a standing said of the whole household ("建档立卡户", "我们家是低保户")
HOUSEHOLD_STANDING = re.compile(r"(?:建档立卡|低保|贫困|五保|特困)户")


# one member of a household and their age ("我爸67", "我妈六十一岁", "孩子10岁")
MEMBER_AGE = (
    r"(?P<kin>{male}|{female}|孩子|小孩|娃娃?|宝宝|我)(?:今年|都)?\s*"
    r"(?P<age>[1-9]\d?|[一二三四五六七八九]?十[一二三四五六七八九]?)\s*(?:周?岁)?(?![\d元块档万千])"
)


CHILD_KIN = re.compile(CHILD_WORDS)


def kin_sex(kin: str) -> str | None:
    """The sex a kin word says (爸 男, 妈 女), None when it says none (孩子, 我)."""
    from assistant.frame import KIN_FEMALE, KIN_MALE

    if re.fullmatch(KIN_MALE, kin):
        return "男"
    return "女" if re.fullmatch(KIN_FEMALE, kin) else None


def household_ages(q: str) -> list[tuple[str | None, int]]:
    """The (sex, age) of each member a household sentence names with an age ("我和我老婆都40"
    is two of 40: one of unknown sex and a woman)."""
    from assistant.fields import spec
    from assistant.frame import KIN_FEMALE, KIN_MALE

    found = []
    kin = rf"(?:{KIN_MALE}|{KIN_FEMALE})"
    # "我和我老婆都40", "爸妈都70", "我爸还有我妈都70": the first of the two named, too
    pair = re.compile(rf"(?:(我|{kin})(?:{JOINERS}|、)(?:我的?)?|({kin})){kin}$")
    for m in re.finditer(MEMBER_AGE.format(male=KIN_MALE, female=KIN_FEMALE), q):
        age = small_count(m.group("age"))
        if (
            CHILD_KIN.fullmatch(m.group("kin"))
            and not re.match(r"\s*周?岁", q[m.end("age") :])
            and m.group("age") in spec("tier").values
        ):
            continue  # "两娃60": a child's tier, not an age of 60
        found.append((kin_sex(m.group("kin")), age))
        both = pair.search(q[: m.start("kin") + len(m.group("kin"))])
        if both and re.match(r"(?:今年)?都", q[m.end("kin") :]):
            found.append((kin_sex(both.group(1) or both.group(2)), age))
    return found


def exempt_age(age: int, sex: str | None) -> bool:
    """Whether a person of that age pays nothing (女年满60周岁、男年满65周岁, 第十八条（二）);
    of unknown sex, only from the older age."""
    elderly = rules()["contribution"]["elderly"]
    threshold = {"女": elderly["female_age"], "男": elderly["male_age"]}.get(
        sex or "", max(elderly["female_age"], elderly["male_age"])
    )
    return age >= int(threshold)


# the members a sentence lists one by one ("我35，老婆33，两个娃8岁3岁", "我和老婆孩子"): a
# count before a kin word counts that many ("两个娃", "俩孩子")
LISTED_MEMBER = (
    r"(?P<count>[两俩二三四五2-5])?个?(?P<kin>我(?![们家的俩]|{male}|{female}|爱人|老伴|配偶)|本人|"
    r"孩子|小孩|娃娃?|宝宝|老伴|爱人|配偶|{male}|{female})"
)


def listed_members(q: str) -> list[str]:
    """The members of a household a sentence names one by one, each as its kin word."""
    from assistant.frame import KIN_FEMALE, KIN_MALE

    pattern = LISTED_MEMBER.format(male=KIN_MALE, female=KIN_FEMALE)
    found: list[str] = []
    for m in re.finditer(pattern, q):
        kin = m.group("kin")
        if m.group("count"):
            found += [kin] * small_count(m.group("count").replace("俩", "两"))
        elif kin not in found:
            found.append(kin)
    return found


# what joins two members named in one stretch ("我和老婆都交250", "我+老婆120", "我跟我媳妇",
# "老婆孩子": nothing between)
JOINERS = r"和|跟|与|同|及|加上?|还有|\+|＋"
MEMBERS_JOINED = re.compile(rf"^(?:(?:{JOINERS})(?:我的?)?)?$")


def _joined_kin(piece: str, first: re.Match, kin_at: re.Pattern[str]) -> list[tuple[str, int]]:
    """The members one stretch names, each with its count: the first, and any joined to it
    ("我和老婆都交250的" is two of the 250 tier, not one)."""

    def counted(m: re.Match) -> tuple[str, int]:
        count = m.group("count")
        return m.group("kin"), small_count(count.replace("俩", "两")) if count else 1

    kins = [counted(first)]
    end = first.end()
    for m in kin_at.finditer(piece, end):
        if not MEMBERS_JOINED.match(piece[end : m.start()]):
            break
        kins.append(counted(m))
        end = m.end()
    return kins


@dataclass(frozen=True)
class StatedMember:
    """One member of a household a sentence states with their own tier, age or identity
    ("我38交250，老婆36交120，弟弟是二级残疾，姥爷80"): what they pay is their own case."""

    kin: str
    slots: dict[str, Any] = field(default_factory=dict)  # tier, age, sex, identities


# a stretch that gives the tier of the members just named ("我俩都交120", "两口子都选60")
SHARED_TIER = re.compile(r"^(?:我们?俩|他们?俩|她们?俩|两人|两个人|两口子|老两口|都|俩人)")


def stated_members(question: str) -> list[StatedMember]:
    """The members of a household named one by one with what sets their contribution apart;
    [] unless two or more are named and some member's tier differs or is said alone."""
    from assistant.frame import KIN_FEMALE, KIN_MALE

    q = normalize(question)
    kin_at = re.compile(LISTED_MEMBER.format(male=KIN_MALE, female=KIN_FEMALE))
    members: list[StatedMember] = []
    untiered: list[int] = []
    tiers: set[int] = set()
    # ("老公64岁老婆61岁", "我妈62、我爸64": each person's own stretch)
    kin_next = rf"(?=(?:我的?)?(?:{KIN_MALE}|{KIN_FEMALE}))"
    for piece in re.split(rf"[，,；;。、]|(?<=[岁\d])\s*{kin_next}", q):
        found = kin_at.search(piece)
        tier, _ = read_tier(piece)
        if found is None or SHARED_TIER.match(piece.strip()):
            if tier is not None and untiered:
                # "我60，老伴58，我俩都交120": the tier of those named just before
                for n in untiered:
                    members[n].slots["tier"] = tier
                tiers.add(int(tier))
                untiered = []
            continue
        slots: dict[str, Any] = {}
        kins = _joined_kin(piece, found, kin_at)
        aged = household_ages(piece)
        if aged and len(kins) == 1:
            sex, age = aged[0]
            slots["age"] = age
            if sex:
                slots["sex"] = sex
        if "sex" not in slots and re.search(r"男(?!人)", piece):
            slots["sex"] = "男"  # "我60岁（男）"
        elif "sex" not in slots and re.search(r"女(?!儿|婿)", piece):
            slots["sex"] = "女"
        identities = read_identities(piece)
        if identities:
            slots["identities"] = identities
        if tier is not None:
            slots["tier"] = tier
            tiers.add(int(tier))
        shared_age = aged[0][1] if len(kins) > 1 and aged and "都" in piece else None
        for kin, count in kins:
            own = dict(slots)
            if shared_age is not None:
                # ("我爸和我妈都62": each of them at that age, of their own sex)
                own["age"] = shared_age
                own.pop("sex", None)
                own.update({"sex": kin_sex(kin)} if kin_sex(kin) else {})
            elif len(kins) > 1:
                own.pop("sex", None)  # (a 男/女 said of the stretch is no one member's)
            for _ in range(count or 1):
                members.append(StatedMember(kin, dict(own)))
                if tier is None:
                    untiered.append(len(members) - 1)
    # (a member's age sets them apart too when no tier is said at all: "老公64岁老婆61岁
    # 俩人还要交吗", 第十八条（二）; "…都交120" is one household's sum)
    aged = sum(1 for m in members if "age" in m.slots)
    by_age = aged >= 2 and not tiers and read_tier(q)[0] is None
    if len(members) < 2 or (len(tiers) < 2 and not by_age):
        return []
    return members


# a household's size ("一家5口", "全家六口人", "我们家4个人")
# ("一家5口", "我们3个人"; "寺里有10个去年获县级和谐模范的僧尼": monks of one honour counted)
FAMILY_SIZE = re.compile(
    r"([\d一二三四五六七八九十两]+)\s*(?:口人?|个人|口子|(?:个|名|位)(?=[^，。？?\d]{0,14}(?:僧尼|僧人|喇嘛|尼姑)))"
)


@lru_cache(maxsize=1)
def _denied() -> re.Pattern[str]:
    """An identity said not to be held ("他家不是低保", "没评上建档立卡", "并非贫困户"): the
    negation, a few words, then any name the field schema or the patterns give an identity
    ("是不是低保都要交吗" holds none either: whichever one is)."""
    from assistant.fields import spec

    names = {a for c in spec("identities").choices for a in (c.value, *c.aliases) if a}
    names |= {w for p, _ in IDENTITY_PATTERNS for w in p.split("|")}
    words = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"{DENYING}被?[^，,。；;？?！!\s是]{{0,4}}?(?:{words})")


def without_denied(q: str) -> str:
    """The sentence without the identities it says one does not hold."""
    return _denied().sub("", q)


# the level a monk's honour was given at, as people say it ("评上区级的", "县里评的先进")
HONOUR_LEVELS = (
    (r"自治区级|(?<![地社街景市县])区级|区里|自治区(?:的|评)", "僧尼自治区级表彰"),
    (r"地区级|地区(?:的|里|评)", "僧尼地区级表彰"),
    (r"县级|县里|县上|县(?:的|评)", "僧尼县级表彰"),
)


def read_identities(q: str) -> list[str]:
    """The enrolment identities a sentence names (低保, 建档立卡, a monk honoured at a level…),
    not those it denies."""
    q = without_denied(q)
    identities = [name for pattern, name in IDENTITY_PATTERNS if re.search(pattern, q)]
    # (爱国守法先进 and 和谐模范 are honours of monks and their temples only: 第十八条（五）)
    if re.search(
        r"僧|尼|喇嘛|扎巴|和尚|出家|寺庙|爱国守法先进(?!家庭|户|村|集体|单位)|和谐模范(?:先进)?(?:称号)?寺",
        q,
    ):
        for level, name in HONOUR_LEVELS:
            if re.search(level, q):
                identities.append(name)
                break
        else:
            if re.search(r"表彰|先进|模范", q):
                identities.append("僧尼表彰（级别未说明）")
    return identities


# what a level's sites are called between the level and their count ("县级野外文物点2处")
SITE_NOUN = r"(?:的)?(?:野外)?(?:文物|文保)?(?:保护)?(?:单位|点)?(?:的)?"


def _site_words() -> str:
    """Every way the field schema says a site level (国保 = 全国重点, 省级 = 自治区级), longest
    first, so that the sites' counts and a person's level read the same names."""
    from assistant.fields import spec

    names = {a for c in spec("site_level").choices for a in (c.value, *c.aliases) if a}
    return "|".join(sorted(names, key=len, reverse=True))


# custodians counted ("两个人", "3个看管员", "两名看管人员"), never a site's quota ("每处2名")
PAIR_SAID = re.compile(r"我们俩|咱们俩|咱俩|我俩|他们俩|她们俩|他俩|她俩|俩人|两口子|夫妻俩")
CUSTODIANS_COUNTED = re.compile(
    # ("每处安排2名看管人员" restates the rule; "该单位安排2名看管人员" counts that site's)
    # ("他和另一个人两个看": another one beside him, no count of one)
    rf"(?<!每处)(?<!每个)(?<!每处安排)(?<!每个点安排)(?<!另){COUNT}\s*(?:个|名|位)?\s*"
    r"(?:人(?!次|民|员)|看管员|看管人员|看护员)"
)


# a month in which something happened or was left undone ("有一个月没填巡逻日志")
EVENT_MONTH = re.compile(r"(?:有|其中)\s*(?:一|1)\s*个月\s*(?:没|未|不|忘)")


def sites_by_level(q: str) -> dict[str, int]:
    """The relic sites counted by level ("两处县级", "自治区级1处 县级1处", "一处县级一处区级")."""
    from assistant.fields import match_choice

    sites: dict[str, int] = {}
    counted = [
        (m.group(3), m.group(1)) for m in re.finditer(rf"{COUNT}\s*(处|个)\s*({_site_words()})", q)
    ]
    # "自治区级1处 县级1处", "县级野外文物点2处", "自治区级的是3处": each level with its count
    # after it, the sites' noun between them (read that way when it finds more)
    after = [
        (m.group(1), m.group(2))
        for m in re.finditer(
            rf"({_site_words()}){SITE_NOUN}\s*(?:是|有|共有|一共|总共|一共有|为)?\s*{COUNT}\s*处", q
        )
    ]
    for word, count in after if len(after) > len(counted) else counted:
        level = match_choice("site_level", word)
        sites[level] = sites.get(level, 0) + (small_count(count) or 0)
    return sites


# the sum deducted or fined asked ("扣多少钱", "要扣几百", "罚款多少")
DEDUCTION_ASKED = re.compile(r"扣(?:掉|除|了|发)?(?:多少|几)|罚(?:款)?(?:多少|几)")


# how many custodians are asked ("要多少看管员", "按规定配几个人", "安排几名")
HEADS_ASKED = re.compile(
    r"(?:几|多少)(?:个|名|位)?(?:看管员|看管人员|看护员|看守员|人)(?!报名|参加|巡查|培训|来|去)"
    r"|(?:配备?|安排)(?:几|多少)(?:个|名|位)?(?!钱|元|万|年|天|月)"
    # ("看管人员2个县级文物保护单位多少": the custodians named first, how many asked last)
    r"|^看管(?:员|人员)[^，。？?]{0,16}(?:多少|几)(?:个|名|位)?[？?]*$"
)


# pay or a budget asked of custodians ("一年工资一共要多少钱", "经费多少")
CUSTODIAN_PAY_WORDS = re.compile(
    r"工资|工钱|薪水|薪资|经费|预算|多少钱|补助|(?<!时间)花多少|"
    # ("两人干了半年一共发多少": the pay asked by the verb of paying it)
    r"(?:发|拿|领|给)(?:了|得)?多少"
)
# one site pointed at ("我们那是自治区级的文保单位", "这处县级文物点")
ONE_SITE = re.compile(
    r"(?:我们|咱们|俺们|我们村|我们县)(?:那|这)(?:儿|里|边)?|这(?:个|处)|那(?:个|处)"
    # ("村旁边有个自治区级的遗址", "有一处县级文保单位"): one site said to be there
    r"|有(?:个|一个|一处)[^，。？?]{0,8}(?:遗址|文保单位|文物点|保护单位|寺|塔|石窟|古城)"
)


# a site pointed at as a whole ("那个点", "整个文保点", "点上"): never 一点 or 这点
# ("这一处一年看管工资总共多少": a site pointed at as 处 too, never 处理/处罚)
# ("自治区级那处5月份才开始请人" names one of several sites: 那处 is not one site's bill)
SITE_POINTED = re.compile(
    r"(?:那|这|一|整|每)个?(?:文物|文保)?点|(?:这|一|整|每)一?(?:文物|文保)?处(?![理罚分长置])|点上"
)


# what a site must pay out asked, the payer's verb ("要发多少", "得付多少"), not what one is paid
# (or the custodians of the site, all of them: "点上看管员八个月的工资加起来多少")
SITE_BILL = re.compile(
    r"(?:要|得|需要|该|应该?)(?:发|付|支付|开支)(?:出去)?[^，。？?]{0,3}?(?:多少|几)"
    r"|点上的?(?:看管员|看护员|看管人员)"
    # ("看管员工资一共要多少": the sum the site needs, not what one is paid: 能拿, 领)
    r"|(?:一共|总共|合计|加起来|总计|共计)(?:要|得|需要)(?:多少|几)"
)


# the asker and one other doing it together ("我和我哥一起看", "我跟老婆俩人一起守")
ME_AND_ONE = re.compile(r"我(?:跟|和|与|同)[^，。？?、]{1,4}?(?:俩人?|两个人)?一起")


# one person counted alone ("光他自己呢", "就算她自个儿的")
SELF_ALONE = re.compile(r"(?:只|就|光|单)算?[他她我](?:自己|自个儿?|本人)")


# one person's pay said as such ("我看一处县级的点", "一个人一年一共多少")
# (not 我们, 他们: "我们乡有一处…遗址" is where the site is, no one person)
ONE_PERSON = re.compile(r"(?:我|俺|他|她)(?!们)|一个人|一人|每人|个人|每个人|单人")


# a site level the gazette does not have (文物保护单位 are 全国重点, 自治区级 or 县级: 办法 第十条)
# ("那市级的呢": said as a turn of its own, short — not 乡级财政发工资吗 in a longer one)
LEVEL_TURN = 12
# a level followed by the site it grades ("地区级的文物点", "市级文保单位")
SITE_GRADED = re.compile(r"的?(?:野外)?(?:文物|文保)(?:保护)?(?:单位|点)|的?(?:遗址|文物点|点)")
LEVEL_NOT_IN_RULES = re.compile(r"(?<![自治])((?:地区|市|地|州|乡镇|乡|镇|村)级)(?!别)")


def read_custodian(q: str) -> dict[str, Any]:
    from assistant.fields import match_choice

    inputs: dict[str, Any] = {}
    sites = sites_by_level(q)
    level = match_choice("site_level", q)
    if HEADS_ASKED.search(q) and not CUSTODIAN_PAY_WORDS.search(q):
        # "两处县级文物保护单位要多少看管员": the custodians the sites take, no pay asked
        inputs["mode"] = "heads"
        inputs["sites"] = sites or ({level: 1} if level and ONE_SITE.search(q) else {})
        return {k: v for k, v in inputs.items() if v}
    # a budget is asked for sites (how many of each level); one person's pay otherwise, even
    # when the person asks for "一共" over several months
    # ("这一处一年看管工资一共多少": a site counted with a total asked of no one person is its
    # wage bill, 每处2名)
    # ("自治区级野外文保单位安排两个看管员，一年工资一共要多少钱": the custodians counted at a
    # level with no sites counted are paid alike, one person's pay times their number)
    counted_people = not sites and level and CUSTODIANS_COUNTED.search(q)
    # (a relative named is no asker's own pay: "我二叔看的那个县级文物点，点上看管员…加起来")
    from assistant.frame import KIN_FEMALE, KIN_MALE

    unkin = re.sub(rf"我的?(?=[大二三四五六七八小老幺]?(?:{KIN_MALE}|{KIN_FEMALE}))", "", q)
    if (
        re.search(r"预算|配备|配齐|(需要|要)多少(钱|资金|经费)|经费|共有.{0,6}处", q)
        and not counted_people
        or sum(sites.values()) > 1
        or (
            sites
            and (SUM_WORDS.search(q) or SITE_BILL.search(q))
            and not ONE_PERSON.search(unkin)
            # (months someone worked, or the custodian said, are one person's pay:
            # "一处县级文物点的看管员干了3个月，一共多少" — unless what the site must pay out is
            # asked: "一处县级文保单位，一年光看管员工资要发多少")
            and not re.search(WORKED_MONTHS, q)
            and (
                SITE_BILL.search(q)
                or not re.search(r"看管员|看护员|看管人员|看管了|看了|守了|干了", q)
            )
        )
        # ("县级文保单位配几个看管员，一年工资一共多少": the custodians a site of that level
        # takes, then their pay in all: that site's wage bill)
        or (
            not sites
            and level
            and HEADS_ASKED.search(q)
            and SUM_WORDS.search(q)
            and not ONE_PERSON.search(unkin)
        )
        # ("一年那个点总共要发多少工资": one site pointed at, its whole wage bill, 每处2名)
        or (
            not sites
            and level
            and SITE_POINTED.search(q)
            and (SUM_WORDS.search(q) or SITE_BILL.search(q))
            and not ONE_PERSON.search(ONE_SITE.sub("", unkin))
            and not re.search(WORKED_MONTHS, q)
            and (SITE_BILL.search(q) or not re.search(r"看管员|看护员|看管人员", q))
        )
    ):
        inputs["mode"] = "budget"
        if sites:
            inputs["sites"] = sites
        elif (
            level
            and (ONE_SITE.search(q) or HEADS_ASKED.search(q))
            and not ONE_PERSON.search(ONE_SITE.sub("", unkin))
        ):
            # "我们那是自治区级的文保单位，一年经费多少": that one site
            inputs["sites"] = {level: 1}
    else:
        inputs["mode"] = "person"
        if not sites and level:
            inputs["site_level"] = level
        if sites:
            inputs["site_level"] = next(iter(sites))
        lacking = LEVEL_NOT_IN_RULES.search(q)
        # (said as a turn of its own, or with the site it grades: "那地区级的文物点看管员一个月
        # 多少" — not 乡级财政, a purse)
        if lacking and len(q) > LEVEL_TURN and not SITE_GRADED.match(q[lacking.end() :]):
            lacking = None
        if not sites and not level and lacking:
            # "那市级的呢": a level the rules do not have is said as it was, which the check of
            # the field's values refuses by name, with the levels that are paid
            inputs["site_level"] = lacking.group(1)
    rate = MONTHLY_WAGE.search(q)
    if rate and "site_level" not in inputs and not sites:
        # "看管员一个月1200": the wage said is a level's (细则 第十二条), when it is one
        from assistant.calculators.base import rules

        said = _money_amounts(rate.group(0))
        wages = rules()["custodian"]["monthly_wage"]["values"]
        level = next(
            (lv for lv, v in wages.items() if said and Decimal(str(v)) == said[0].value), None
        )
        if level and inputs.get("mode") == "person":
            inputs["site_level"] = level
    months = months_said(q)
    if months is None and inputs["mode"] == "budget" and PER_MONTH_ASKED.search(q):
        months = 1  # "看管员工资每个月总共要发多少": the sites' bill for one month
    if months is not None:
        inputs["months"] = months
    own = level_months_said(q, sites) if inputs["mode"] == "budget" else {}
    if own:
        # "县级的干了6个月，自治区级的干满一年": each level's sites at their own months; the
        # months said of no one level (if any) for the rest
        inputs["level_months"] = own
        inputs.pop("months", None)
        rest = [months_said(p) for p in _pieces(q) if not _levels_in(p)]
        if any(rest):
            inputs["months"] = next(m for m in rest if m)
    people = CUSTODIANS_COUNTED.search(q)
    pair = PAIR_SAID.search(q)
    if people and inputs["mode"] == "person" and not (pair and small_count(people.group(1)) < 2):
        # "两个人 干了8个月", "县级3个看管员干了5个月": the custodians paid alike
        inputs["persons"] = small_count(people.group(1))
    elif pair and inputs["mode"] == "person":
        inputs["persons"] = 2  # "我们俩看县级那处 一年加起来": two custodians
    elif inputs["mode"] == "person" and ME_AND_ONE.search(q) and SUM_WORDS.search(q):
        inputs["persons"] = 2  # "我和我哥一起看县级的点 一年加起来多少": the two of them
    elif inputs["mode"] == "person" and SELF_ALONE.search(q):
        inputs["persons"] = 1  # "光他自己呢": one of those counted before
    if re.search(r"重大.{0,4}事故|看管事故", q):
        inputs["accident"] = True
        until = re.search(rf"(?:干|做|守|看)到\s*{COUNT}\s*月", q)
        if "months" not in inputs and until and small_count(until.group(1)):
            # "干到8月出了重大看管事故": the months from January (the year's pay is forfeit)
            inputs["months"] = min(12, small_count(until.group(1)))
    if re.search(r"巡逻日志|日志", q) and re.search(
        r"不实|造假|乱填|乱写|(?:没|未|不)(?:有)?(?:按要求|按规定|如实|认真|及时|好好)?(?:填|记|写)",
        q,
    ):
        inputs["log_untruthful"] = True
        deduction = _take(_money_amounts(q), q, r"扣(除|了)?", before=6)
        if deduction is not None:
            inputs["deduction"] = plain(deduction.value)
    return {k: v for k, v in inputs.items() if v is not None}


# a sum asked for each month ("每个月总共要发多少", "每月一共得多少钱")
PER_MONTH_ASKED = re.compile(r"每个?月[^，。？?\d]{0,8}(?:多少|几)")


def months_said(q: str) -> int | None:
    """The months a custodian's pay is asked for ("干了5个月", "从3月干到年底", "半年", "一个
    季度", "两年"); None when none is said."""
    # ("一个月1200，干了5个月": a month's wage said before the months worked)
    worked = [
        m
        for m in re.finditer(rf"{COUNT}\s*个\s*月", q)
        if not any(e.start() <= m.start() < e.end() for e in EVENT_MONTH.finditer(q))
        # (only one month said with a sum is a wage: "3个月1200" may be three months at 1200)
        and (
            small_count(m.group(1)) != 1
            or not re.match(
                r"\s*(?:工资|补助|能?拿|发)?\s*"
                r"(?:\d{3,}|\d+(?:\.\d+)?\s*[千kK万]|[一二两三四五六七八九十]+[千百万])",
                q[m.end() :],
            )
        )
    ]
    months = worked[0] if worked else None
    span = MONTH_SPAN.search(q)
    if months:
        return small_count(months.group(1))
    if span or (span := LONG_MONTH_SPAN.search(q)):  # "从3月干到年底": both months counted
        first = small_count(span.group(1))
        last = 12 if span.group(2) is None else small_count(span.group(2))
        if first and last and 1 <= first <= last <= 12:
            return last - first + 1
        return None
    began = STARTED_THIS_YEAR.search(q)
    if began:  # "6月开始看文物，今年能拿多少": from that month to the year's end
        first = small_count(began.group(1))
        return 12 - first + 1 if first and 1 <= first <= 12 else None
    if re.search(r"半年", q):
        return 6
    if re.search(rf"{COUNT}\s*个?\s*季度", q):  # "一个季度": three months each
        quarters = small_count(re.search(rf"{COUNT}\s*个?\s*季度", q).group(1))
        return 3 * quarters if quarters and quarters <= 4 else None
    # ("每个月呢" after a year's bill: one month of it)
    if re.search(
        r"这个月|当月|本月|一个月|这月|^(?:那)?每个?月(?:的话)?呢", q
    ) and not EVENT_MONTH.search(q):
        # ("有一个月没填巡逻日志": a month something happened in, not the months paid)
        return 1
    if re.search(rf"{COUNT}\s*年", q) and not re.search(r"\d{4}\s*年", q):
        years = small_count(re.search(rf"{COUNT}\s*年", q).group(1))
        return 12 * years if years else None
    # ("今年的补助要是全扣掉": the year's allowance deducted whole, 扣除当年…补助, 第十一条)
    if re.search(
        r"(?:今年|当年|本年度?)的?[^，。？]{0,4}(?:补助|工资)[^，。？]{0,6}(?:全|都|全部)扣", q
    ):
        return 12
    # ("看管员年工资预算多少", "年度经费": the year's pay, said as a yearly sum)
    if re.search(
        r"一年|全年|整年|满一年|每年|一整年|(?<![今去明前])年(?:度)?(?:工资|预算|经费|薪)", q
    ):
        return 12
    if re.search(rf"{COUNT}\s*月份?(?:的|里)?\s*(?:实发|能拿|拿多少|发多少|领多少|到手)", q):
        return 1  # "他3月实发多少": one month's pay
    return None


def _pieces(q: str) -> list[str]:
    return [p for p in re.split(r"[，,；;。！!？?]", q) if p.strip()]


def _levels_in(piece: str) -> set[str]:
    from assistant.fields import match_choice

    return {match_choice("site_level", m.group(0)) for m in re.finditer(_site_words(), piece)}


def level_months_said(q: str, sites: dict[str, int]) -> dict[str, int]:
    """Months said of one counted level each, when they differ ("县级两处干了半年，区级一处干
    了10个月") or are said of some levels only; {} when the budget's sites share one months
    (read whole then)."""
    own: dict[str, int] = {}
    other: list[int] = []
    # (a piece naming no level goes on from a level's piece that gave no months yet:
    # "自治区级那两处今年4月份才开始聘人，算到年底")
    groups: list[str] = []
    for piece in _pieces(q):
        if (
            groups
            and not _levels_in(piece)
            and _levels_in(groups[-1])
            and months_said(groups[-1]) is None
        ):
            groups[-1] += f"，{piece}"
            continue
        groups.append(piece)
    for piece in groups:
        months = months_said(piece)
        if months is None:
            continue
        levels = _levels_in(piece)
        if levels and levels <= set(sites) and len(levels) < len(sites):
            # ("县级和自治区级的都干了6个月，国家级的干了一年": each level named in the piece)
            own.update(dict.fromkeys(levels, months))
        else:
            other.append(months)
    if not own:
        return {}
    if len({*own.values(), *other}) > 1 or (not other and set(sites) - set(own)):
        # (one level's months and none for the other: asked, not put on every site)
        return own
    return {}


# a group's count said before what its members did ("两个干了一整年", "一个守了4个月")
GROUP_COUNT = re.compile(rf"{COUNT}\s*(?:个|名|位)(?:人)?\s*(?:都|也)?\s*(?:干|守|看|做|当)")


def custodian_groups(question: str) -> list[dict[str, Any]]:
    """Custodians paid differently in one sentence ("两人县级干满12个月，一人自治区级干9个
    月"; "县级点，一个干了3个月，另一个干满一年"): each group's persons, site level and months,
    a level said before a group being its own unless it names another; [] unless two or more
    groups are stated (one group is read_custodian's)."""
    q = normalize(question)
    if read_custodian(q).get("mode") == "budget":
        return []  # sites counted by level: a budget
    groups: list[dict[str, Any]] = []
    level = None
    for piece in re.split(r"[，,；;。]|(?=另外|另一)", q):
        read = read_custodian(piece)
        level = read.get("site_level") or level
        if "months" not in read or (read["months"] == 1 and _money_amounts(piece)):
            continue  # ("一个月1200": a month's wage, not a month worked)
        if (
            re.search(r"多少|几", piece)
            and "site_level" not in read
            and not (GROUP_COUNT.search(piece) or CUSTODIANS_COUNTED.search(piece))
        ):
            continue  # ("全年工资多少": the span the question asks over, no group of its own)
        # ("两个干了一整年": the group's count, its noun left to the sentence before)
        counted = GROUP_COUNT.search(piece)
        persons = read.get("persons") or (small_count(counted.group(1)) if counted else 1)
        groups.append(
            {"mode": "person", "site_level": level, "months": read["months"], "persons": persons}
        )
    if len(groups) < 2:
        return []
    # "…，都是县级的": a level said after the groups is every group's that named none
    for group in groups:
        group["site_level"] = group["site_level"] or level
    if len({(g["site_level"], g["months"]) for g in groups}) < 2:
        return []
    return [{k: v for k, v in g.items() if v is not None} for g in groups]


# months worked said with a move between ("5月起调到自治区级文保点一直干到12月"): the last month
# after 干到/做到, never the 到 of 调到
LONG_MONTH_SPAN = re.compile(
    # ("4月份才开始聘人，算到年底": the span may go on past a pause)
    # ("今年3月才开始聘的，到年底": the end said after a comma, no verb before it)
    # ("7月份才聘上的，到年底": the month one was hired, said with the hiring verb)
    rf"{COUNT}\s*月份?\s*(?:才|就|刚)?\s*(?:起|开始|被?聘|上岗|入职|上任|当上|选上)[^。？?]{{0,20}}?"
    rf"(?:干|做|守|看|算|聘|请|[，,]\s*)到\s*"
    rf"(?:{COUNT}\s*月(?:份|底|末)?|(年底|年末))"
)


# a month one began in, then what this year brings ("我姐6月开始在县级点看文物，今年能拿多少")
STARTED_THIS_YEAR = re.compile(
    rf"{COUNT}\s*月份?\s*(?:才|就|刚)?\s*(?:起|开始|被?聘|上岗|入职|上任|当上|选上)[^。？?]{{0,20}}?"
    r"(?:今年|这一年|这年|年底前|年底之前|到年底)[^。？?]{0,6}?(?:拿|领|发|挣|给|收入|工资)"
)


# a month's wage said in the question ("一个月1200", "每月1400元", "月工资1200")
MONTHLY_WAGE = re.compile(
    r"(?:一个月|每个?月|月工资|月薪)(?:工资|补助|能?拿|发)?\s*[\d一二两三四五六七八九十千万.]+\s*(?:元|块)?"
)


# months worked from one month of the year to a later one ("从3月干到年底", "五月到九月")
MONTH_SPAN = re.compile(
    # ("1到10月": the first month's 月 left to the second)
    rf"{COUNT}\s*(?:月份?\s*(?:起|开始|份起)?[^，。？\d月]{{0,5}}?)?(?:到|至|—|-|~)\s*"
    rf"(?:{COUNT}\s*月(?:份|底|末)?|年底|年末|年终|十二月底)"
)


NOT_PREFECTURE = re.compile(
    r"(不算|不含|不包括|除去|除了|去掉|刨去|扣掉|不加)(上)?地区|地区(的|那部分|那份|财政)?(不算|除外|不要)"
)
ADD_PREFECTURE = re.compile(
    r"(加上|连上?|算上|包括|包含|含|再加)(上)?地区|地区[^，。？]{0,6}(一起|也算|加上|在内|加进去|加进来|算进去|算进来|也加)|"
    # "地区财政加日土一个县": the prefecture and the counties named after it
    r"地区(财政|本级)?(加|和|与|跟|连同|以及)|"
    # "地区那边呢，加起来总共多少": the prefecture said, then the sum over it and what came before
    r"(?<![全整里])地区(?![^。？?]{0,8}(?:几个|多少个))[^。？?]{0,8}(加起来|合起来|一共|总共|合计)"
)

# "地区财政自己那份", "光算地区本级的": the prefecture's own sum, no county's
PREFECTURE_ALONE = re.compile(
    r"地区(财政)?(自己|本身|单独|本级)|(只|光|单)算地区|地区(财政)?(单独|自己)(出|拿|设)"
)
# "地区财政每年出多少": the prefecture named as the one that pays, its own sum asked (when no
# county is named beside it: "每个县和地区一年出多少" asks both)
PREFECTURE_PAYS = re.compile(r"(?<![全各])地区(财政|本级)?(每年|一年|年)?(出|拿|配套|安排)了?多少")


# one county's share asked: each county's, or one's own ("咱们县一年的补贴")
# one's own ("我们县", "咱村", "本乡"): shared with compose's reading of a share per unit
OWN = r"(?:我们|咱们|俺们|我|咱|俺|本)"
ONE_COUNTY = re.compile(rf"每个县|一个县|每县|单个县|{OWN}县")


def read_roads(q: str) -> dict[str, Any]:
    from assistant.fields import match_choices

    inputs: dict[str, Any] = {}
    named = match_choices("county_names", q)
    counties = re.search(rf"{COUNT}\s*个\s*县", q)
    whole = WHOLE_PREFECTURE.search(q) and SUM_WORDS.search(q) and not named and not counties
    if named:
        inputs["counties"] = len(named)
    elif counties:
        inputs["counties"] = small_count(counties.group(1))
    elif whole:
        # "全地区加起来多少": every county's subsidy and the prefecture's (二、（三）, 五、（四）)
        from assistant.places import ngari_counties

        inputs["counties"] = len(ngari_counties())
        inputs["prefecture"] = True
        return _road_years(q, inputs)
    elif ONE_COUNTY.search(q):
        inputs["counties"] = 1
    mentions_prefecture = bool(re.search(r"地区(财政|级)?|全地区|地县两级|加上地区", q))
    alone = PREFECTURE_ALONE.search(q) or (PREFECTURE_PAYS.search(q) and "县" not in q)
    if alone and not named and not counties:
        inputs["counties"] = 0
        inputs["prefecture"] = True
    elif NOT_PREFECTURE.search(q):  # "五个县的，不算地区": the counties' subsidy alone
        inputs["prefecture"] = False
    elif ADD_PREFECTURE.search(q):  # "加上地区那部分呢", "连地区财政一起算"
        inputs["prefecture"] = True
    elif "counties" in inputs:
        # "七个县…加起来" is the counties' subsidy; the prefecture's 350万 only when it is named
        inputs["prefecture"] = mentions_prefecture and not ONE_COUNTY.search(q)
    elif ONE_COUNTY.search(q) and not mentions_prefecture:
        inputs["prefecture"] = False
    return _road_years(q, inputs)


# the whole prefecture said as such ("全地区加起来", "整个阿里一共"): every county and the prefecture
WHOLE_PREFECTURE = re.compile(r"全地区|全阿里|整个阿里|整个地区|所有县|全部县|七个县和地区")


def _road_years(q: str, inputs: dict[str, Any]) -> dict[str, Any]:
    # "地区一年出的…加上七个县 两年共多少": the span asked is said last, after the yearly rate
    spans = list(re.finditer(rf"(?<!\d){COUNT}\s*年(?!度)", q))
    years = spans[-1] if spans else None
    if years and not re.search(r"\d{4}\s*年", years.group(0)):
        value = small_count(years.group(1))
        if value and value < 100:
            inputs["years"] = value
    return inputs


READERS = {
    "inpatient": read_inpatient,
    "special_outpatient": read_special,
    "two_diseases": read_two_diseases,
    "general_outpatient": read_general,
    "contribution": read_contribution,
    "custodian_pay": read_custodian,
    "road_subsidy": read_roads,
}


def figures_besides_paid(q: str) -> list[Amount]:
    """The sums a sentence says besides what the fund has paid this year ("已经报了5万7了，这8000
    还能报多少": the 8000 is a bill)."""
    return _already_paid(q, {}, _money_amounts(q))
