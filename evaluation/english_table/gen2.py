"""The second English phrasing table (evaluation/english_table/second), written afresh from the
regulation text (corpus/data/gazette-2020.txt) in a visitor's everyday English: plain and
paraphrased words ("false teeth", "ink rubbing", "site keeper", "ward bed"), British and
American spellings, not the gazette's nor the first table's wording.

Rows carry the splits `tune2` / `heldout2` (the stable hash of the id,
evaluation.phrasings.rows.split_of, with "2" appended) so they never mix with the first table's
halves; the glossary is tuned on `tune2` only, `heldout2` is run once at the end.
"""

from __future__ import annotations

from typing import Any

from evaluation.phrasings.checks import recompute
from evaluation.phrasings.rows import GE, HP, RD, RT, Table, art, mi, quote, split_of
from evaluation.phrasings.rows import RC as RCD
from evaluation.phrasings.rows import RP as RPD

EITHER = ["answered", "calculated"]  # who pays at enrolment: a calculation also answers


def rp(article: str) -> dict[str, str]:
    return art(RPD, article)


def rc(article: str) -> dict[str, str]:
    return art(RCD, article)


class SecondTable(Table):
    """Rows split into tune2/heldout2 by the same stable hash as the first table."""

    def add(self, category: str, question: str | None = None, **expect: Any) -> dict[str, Any]:
        row = super().add(category, question, **expect)
        row["split"] = split_of(row["id"]) + "2"
        return row


# (question, fact type, gold places, terms the answer must hold)
LOOKUPS = [
    # medical insurance: amounts and ratios
    (
        "If I'm admitted to a first or second grade hospital, what's the excess I pay before the insurance starts?",
        "amount",
        [mi("第二十二条")],
        ["200"],
    ),
    (
        "What's the admission excess at a top-grade (grade three) hospital?",
        "amount",
        [mi("第二十二条")],
        ["400"],
    ),
    (
        "What daily bed rate is allowed in a grade-two hospital?",
        "amount",
        [mi("第二十二条")],
        ["60"],
    ),
    (
        "For a ward bed in a level-one hospital, what is the daily allowance?",
        "amount",
        [mi("第二十二条")],
        ["40"],
    ),
    (
        "On the cheapest 60 yuan plan, what percentage of a township clinic stay is refunded?",
        "ratio",
        [mi("第二十二条")],
        ["70%"],
    ),
    (
        "With the 120 yuan option, how much of a grade three hospital bill is paid back?",
        "ratio",
        [mi("第二十二条")],
        ["70%"],
    ),
    (
        "I chose the 250 yuan band; what share of a level-two hospital stay gets covered?",
        "ratio",
        [mi("第二十二条")],
        ["90%"],
    ),
    (
        "If I get treated outside the Ngari pooling region, is my refund percentage cut?",
        "ratio",
        [mi("第二十二条")],
        ["10%"],
    ),
    (
        "Is there an annual ceiling on what the basic scheme pays out for me?",
        "amount",
        [mi("第二十三条")],
        ["6万"],
    ),
    (
        "Is there an excess for kidney dialysis covered as a chronic outpatient condition?",
        "yes_no",
        [mi("第二十四条")],
        ["不设起付线"],
    ),
    (
        "How many illnesses are on the special outpatient disease list?",
        "amount",
        [mi("第二十四条")],
        ["30"],
    ),
    (
        "Is epilepsy one of the special outpatient illnesses?",
        "yes_no",
        [mi("第二十四条")],
        ["癫痫"],
    ),
    (
        "Glaucoma treated as an outpatient: does it count as a special disease?",
        "yes_no",
        [mi("第二十四条")],
        ["青光眼"],
    ),
    (
        "Someone paying 60 yuan a year has a chronic disease treated in outpatient care; what portion is reimbursed?",
        "ratio",
        [mi("第二十四条")],
        ["60%"],
    ),
    (
        "For high blood pressure pills from a grade-three hospital, what percent is refunded?",
        "ratio",
        [mi("第二十五条")],
        ["60%"],
    ),
    (
        "With class B drugs for hypertension or diabetes, what part do I pay myself first?",
        "ratio",
        [mi("第二十五条")],
        ["10%"],
    ),
    (
        "Under the two-disease outpatient policy, what does a level-one clinic refund?",
        "ratio",
        [mi("第二十五条")],
        ["70%"],
    ),
    (
        "What's the most ordinary outpatient care will refund in one year?",
        "amount",
        [mi("第二十六条")],
        ["300"],
    ),
    (
        "Can leftover money in my old family account still be spent?",
        "yes_no",
        [mi("第二十六条")],
        ["用完为止"],
    ),
    (
        "Does unused outpatient pooling money roll over to next year?",
        "yes_no",
        [mi("第二十六条")],
        ["清零"],
    ),
    (
        "How high is the yearly payout cap of the herders' large-amount supplementary cover?",
        "amount",
        [mi("第二十七条")],
        ["30万"],
    ),
    (
        "Up to how much will the serious illness insurance compensate in a year?",
        "amount",
        [mi("第二十七条")],
        ["14万"],
    ),
    (
        "After the basic insurance and the serious illness cover, is there any further help with hospital bills?",
        "yes_no",
        [mi("第二十八条")],
        ["医疗救助"],
    ),
    (
        "My newborn needed emergency care; will the insurance cover all of it?",
        "yes_no",
        [mi("第二十九条")],
        ["全额报销"],
    ),
    (
        "How much extra do registered poor patients get back on hospital bills?",
        "ratio",
        [mi("第二十九条")],
        ["5%"],
    ),
    (
        "If I go to a hospital that isn't my chosen designated one, will the fund pay?",
        "yes_no",
        [mi("第二十九条")],
        ["急诊"],
    ),
    # medical insurance: what is not paid
    (
        "Do I get money back for spectacles or a hearing device?",
        "yes_no",
        [mi("第三十条")],
        ["助听器"],
    ),
    (
        "Can I claim the cost of a set of false teeth from the scheme?",
        "yes_no",
        [mi("第三十条")],
        ["义齿"],
    ),
    ("Is cosmetic surgery reimbursed?", "yes_no", [mi("第三十条")], ["美容"]),
    (
        "Does the fund pay medical bills after a drunken brawl?",
        "yes_no",
        [mi("第三十条")],
        ["酗酒"],
    ),
    ("Are ambulance charges and hospital meals covered?", "yes_no", [mi("第三十条")], ["急救车费"]),
    (
        "Is medical treatment abroad covered by the residents' scheme?",
        "yes_no",
        [mi("第三十条")],
        ["境外"],
    ),
    (
        "I was hurt in a road traffic accident. Does the insurance pay?",
        "yes_no",
        [mi("第三十条")],
        ["交通事故"],
    ),
    ("Is infertility treatment reimbursable?", "yes_no", [mi("第三十条")], ["不孕"]),
    (
        "Is the charge for booking a doctor's appointment (the registration charge) reimbursable?",
        "yes_no",
        [mi("第三十条")],
        ["挂号费"],
    ),
    (
        "Is a C-section I asked for without medical need covered?",
        "yes_no",
        [mi("第三十条")],
        ["剖宫产"],
    ),
    # medical insurance: enrolment, paying, claiming
    ("What documents do I bring to sign up for the insurance?", "list", [mi("第七条")], ["户口簿"]),
    (
        "As a first-time applicant, which office handles my insurance sign-up paperwork?",
        "procedure",
        [mi("第九条")],
        ["申报登记"],
    ),
    ("To renew my cover, what do I need?", "procedure", [mi("第九条")], ["身份证号码"]),
    (
        "Until what date can I pay the contribution for the following year?",
        "date",
        [mi("第八条")],
        ["12月31日"],
    ),
    (
        "I missed the payment period. How do I make up the contribution?",
        "procedure",
        [mi("第八条")],
        ["最高筹资标准"],
    ),
    ("If I pay late, from when can I use the benefits again?", "date", [mi("第八条")], ["次月"]),
    ("From what date is a baby born this year covered?", "date", [mi("第六条")], ["出生之日"]),
    (
        "Can I be in both the employee scheme and the residents' scheme?",
        "yes_no",
        [mi("第六条")],
        ["不得同时"],
    ),
    (
        "Where do relocated families enrol, the old home or the new place?",
        "procedure",
        [mi("第六条")],
        ["自愿选择"],
    ),
    (
        "Who enrols the family members of military personnel?",
        "body",
        [mi("第十条")],
        ["地区医保局"],
    ),
    (
        "What happens to someone's insurance when they pass away?",
        "procedure",
        [mi("第十二条")],
        ["终止参保"],
    ),
    (
        "What are the sources of money in the insurance fund?",
        "list",
        [mi("第十六条")],
        ["个人缴费收入"],
    ),
    (
        "At which level is the residents' insurance fund pooled?",
        "body",
        [mi("第十六条")],
        ["地区级统筹"],
    ),
    (
        "Can village collectives help people pay their premiums?",
        "yes_no",
        [mi("第十九条")],
        ["差额"],
    ),
    (
        "Which drug and treatment catalogues does the scheme follow?",
        "list",
        [mi("第二十一条")],
        ["三大目录"],
    ),
    (
        "How do I pay at the hospital; do I settle directly with my card?",
        "procedure",
        [mi("第三十一条")],
        ["直接持卡结算"],
    ),
    (
        "I need to move to a higher-level hospital. What paperwork do I need for the transfer?",
        "procedure",
        [mi("第三十二条")],
        ["转诊转院证明"],
    ),
    (
        "I fell ill while visiting relatives in Chengdu and was hospitalised; within how many days must I report it?",
        "date",
        [mi("第三十三条")],
        ["5日"],
    ),
    (
        "What papers must I bring back to claim costs I paid up front outside Tibet?",
        "list",
        [mi("第三十四条")],
        ["出院证明"],
    ),
    (
        "Must the hospital tell me before using self-paid drugs?",
        "yes_no",
        [mi("第三十八条")],
        ["预先告知"],
    ),
    (
        "What is the one-list-a-day rule for inpatients?",
        "procedure",
        [mi("第三十九条")],
        ["一日一清单"],
    ),
    (
        "My cousin used my medical card to get treated. What are the consequences?",
        "procedure",
        [mi("第四十五条")],
        ["追回"],
    ),
    ("Where can I report fraud against the insurance fund?", "body", [mi("第四十四条")], ["举报"]),
    (
        "What can happen to a designated hospital that admits patients who don't need admission?",
        "procedure",
        [mi("第四十六条")],
        ["取消其定点医疗机构资格"],
    ),
    (
        "What happens when a county's insurance fund runs short of money?",
        "procedure",
        [mi("第四十三条")],
        ["风险储备金"],
    ),
    (
        "Which level of government is the main party responsible for the residents' health insurance?",
        "body",
        [mi("第五条")],
        ["县人民政府"],
    ),
    (
        "Who licenses medical institutions under the scheme?",
        "body",
        [mi("第五条")],
        ["卫生健康部门"],
    ),
    # relic protection
    ("Who decides whether an object counts as a cultural relic?", "body", [rp("第三条")], ["认定"]),
    (
        "Are old fossils and ancient trees protected like relics?",
        "yes_no",
        [rp("第三条")],
        ["古树名木"],
    ),
    (
        "What can the special heritage protection fund be spent on?",
        "list",
        [rp("第六条")],
        ["看管人员"],
    ),
    ("Can the heritage fund be used for other purposes?", "yes_no", [rp("第六条")], ["专款专用"]),
    ("Can volunteers take part in protecting heritage?", "yes_no", [rp("第九条")], ["志愿"]),
    (
        "Into which ranks are heritage protection units divided?",
        "list",
        [rp("第十条")],
        ["县级文物保护单位"],
    ),
    (
        "Can I blast or drill inside a protected site's boundary?",
        "yes_no",
        [rp("第十三条")],
        ["爆破"],
    ),
    (
        "Can a ruined old memorial building be rebuilt?",
        "yes_no",
        [rp("第十四条")],
        ["不得重新修建"],
    ),
    (
        "Could I keep fuel or explosives stored next to a listed monument, within its protected area?",
        "yes_no",
        [rp("第十三条")],
        ["易燃"],
    ),
    (
        "Who must agree before a protected monument is repaired or moved?",
        "procedure",
        [rp("第十五条")],
        ["备案"],
    ),
    (
        "A farmer turns up what looks like an antique while ploughing. What must he do?",
        "procedure",
        [rp("第二十一条")],
        ["报告"],
    ),
    (
        "Once a dig is over, how long does the team have to give the finds to the authorities?",
        "date",
        [rp("第二十条")],
        ["六个月"],
    ),
    (
        "Who pays for archaeological surveys needed because of a building project?",
        "body",
        [rp("第二十二条")],
        ["建设单位"],
    ),
    (
        "In which languages must monastery relic records be kept?",
        "list",
        [rp("第二十四条")],
        ["藏汉"],
    ),
    (
        "When a museum lends out a relic, for how long at most?",
        "date",
        [rp("第二十七条")],
        ["两年"],
    ),
    (
        "Is a public museum permitted to give away or sell off its holdings?",
        "yes_no",
        [rp("第二十七条")],
        ["出售"],
    ),
    (
        "A monastery that is a listed site keeps old treasures: which protective installations does it need?",
        "list",
        [rp("第二十八条")],
        ["防火"],
    ),
    ("Who answers for relic safety at a museum?", "body", [rp("第二十九条")], ["法定代表人"]),
    ("Can private individuals open a museum?", "yes_no", [rp("第三十条")], ["博物馆"]),
    (
        "What must a private collector do before trading antiques legally?",
        "procedure",
        [rp("第三十二条")],
        ["备案"],
    ),
    ("Can a heritage site used for tourism be mortgaged?", "yes_no", [rp("第三十六条")], ["抵押"]),
    (
        "Is photography of wall paintings permitted at listed monuments?",
        "yes_no",
        [rp("第三十七条")],
        ["拍摄"],
    ),
    ("Can I make an ink rubbing of a stone inscription?", "yes_no", [rp("第三十八条")], ["拓印"]),
    ("Who may copy or restore a relic?", "body", [rp("第三十九条")], ["自治区文物行政管理部门"]),
    (
        "Who oversees firefighting readiness at museums and historic buildings?",
        "body",
        [rp("第四十五条")],
        ["消防救援部门"],
    ),
    (
        "If relics are damaged in an incident, which body looks into it?",
        "body",
        [rp("第四十九条")],
        ["调查组"],
    ),
    (
        "What happens to an official whose negligence causes the loss of relics?",
        "procedure",
        [rp("第五十一条")],
        ["追究"],
    ),
    (
        "When did the heritage protection rules take effect?",
        "date",
        [rp("第五十五条")],
        ["印发之日"],
    ),
    (
        "Who explains the meaning of the heritage protection measures?",
        "body",
        [rp("第五十四条")],
        ["联席会议办公室"],
    ),
    # field relic custodians
    ("What age range is accepted for site watchmen?", "amount", [rc("第五条")], ["50"]),
    ("Who gets priority when hiring heritage site guards?", "list", [rc("第六条")], ["贫困户"]),
    ("What does a site keeper have to do every day?", "list", [rc("第七条")], ["巡查"]),
    ("What entitlements does a field relic keeper enjoy?", "list", [rc("第八条")], ["培训"]),
    (
        "How many guards are assigned to each protected field site?",
        "amount",
        [rc("第十二条")],
        ["2名"],
    ),
    (
        "How much does a site keeper at a county heritage site get each month?",
        "amount",
        [rc("第十二条")],
        ["1200"],
    ),
    ("How long may a custodian's contract last?", "date", [rc("第十三条")], ["一年"]),
    (
        "A keeper skipped writing up his daily rounds diary. Any penalty?",
        "procedure",
        [rc("第十一条")],
        ["扣除"],
    ),
    ("For what reasons can a guard be sacked?", "list", [rc("第十七条")], ["解聘"]),
    (
        "Can a guard be rewarded for stopping damage to a site?",
        "yes_no",
        [rc("第十六条")],
        ["奖励"],
    ),
    # relic safety training
    (
        "Is there a minimum number of relic safety courses per year?",
        "date",
        [quote(RT, "每年不得少于一次")],
        ["一次"],
    ),
    (
        "Can a trainee drop out of the course early?",
        "yes_no",
        [quote(RT, "因特殊原因必须退训的")],
        ["退训"],
    ),
    (
        "Who pays for the safety training courses?",
        "body",
        [quote(RT, "培训经费从地区文物安全专项经费中支出")],
        ["专项经费"],
    ),
    (
        "What training formats are used?",
        "list",
        [quote(RT, "集中培训、分类培训、专题性培训、外出受训")],
        ["集中培训"],
    ),
    (
        "A participant damaged a projector during the course; who pays?",
        "procedure",
        [quote(RT, "否则由其本人或本人所在单位进行赔偿")],
        ["赔偿"],
    ),
    (
        "Who drafts the yearly training plan?",
        "body",
        [quote(RT, "由办公室起草培训计划")],
        ["办公室"],
    ),
    (
        "What happens to staff who skip training without a reason?",
        "procedure",
        [quote(RT, "无故缺勤的要记录在案")],
        ["记录在案"],
    ),
    # the hospital's grade-A plan
    (
        "Into how many phases is the prefecture hospital's upgrade to top grade divided?",
        "amount",
        [quote(HP, "7个阶段")],
        ["7"],
    ),
    (
        "How much will the new infectious disease hospital cost?",
        "amount",
        [quote(HP, "总投资控制在6251.5万元以内")],
        ["6251.5"],
    ),
    (
        "Which hospitals did staff visit to learn from?",
        "list",
        [quote(HP, "林芝市人民医院进行参观交流")],
        ["林芝市人民医院"],
    ),
    (
        "How frequently do the members working on the 3A upgrade meet to sort out problems?",
        "date",
        [quote(HP, "每月召开一次碰头会")],
        ["每月"],
    ),
    (
        "What is the telemedicine platform meant to achieve for the counties?",
        "procedure",
        [quote(HP, "小病不出县")],
        ["小病不出县"],
    ),
    (
        "How much money will be found for the prefecture hospital's medical equipment?",
        "amount",
        [quote(HP, "3614.17万元")],
        ["3614.17"],
    ),
    # rural roads
    (
        "How many administrative villages have a bus service now?",
        "amount",
        [quote(RD, "42个建制村通客车")],
        ["42"],
    ),
    (
        "How long is the rural road network in total?",
        "amount",
        [quote(RD, "总里程为10366.762公里")],
        ["10366.762"],
    ),
    (
        "Who heads the rural roads demonstration leading group?",
        "body",
        [quote(RD, "组长：袁富国")],
        ["袁富国"],
    ),
    (
        "When does the summing-up phase of the rural roads drive run?",
        "date",
        [quote(RD, "总结推广阶段(2020年8月1日至2020年12月31日)")],
        ["8月1日"],
    ),
    (
        "What share of rural roads should be under regular maintenance?",
        "ratio",
        [quote(RD, "农村公路列养率达到100%")],
        ["100%"],
    ),
    (
        "What set-up is planned for the county road maintenance companies?",
        "body",
        [quote(RD, "养护公司+合作社")],
        ["合作社"],
    ),
    # graduates' employment plan
    ("How many graduates are expected in 2023?", "amount", [quote(GE, "2023年630人左右")], ["630"]),
    (
        "How many posts a year should school-enterprise cooperation provide?",
        "amount",
        [quote(GE, "加快推进校企合作平台建设，每年提供岗位不少于100个")],
        ["100"],
    ),
    (
        "What grassroots programmes are graduates encouraged to join?",
        "list",
        [quote(GE, "三支一扶")],
        ["三支一扶"],
    ),
    (
        "Who carries the main responsibility for graduate employment?",
        "body",
        [quote(GE, "阿里地委、行署承担高校毕业生就业促进工作的主体责任")],
        ["行署"],
    ),
    (
        "How many commercial human resources agencies does the prefecture have?",
        "amount",
        [quote(GE, "经营性人力资源服务机构1家")],
        ["1家"],
    ),
    (
        "How many port inspection assistant jobs are planned?",
        "amount",
        [quote(GE, "口岸查验协管员岗位7个左右")],
        ["7"],
    ),
]

# who pays at enrolment (第十八条): a calculation answers these too
ENROLMENT = [
    ("Who pays the premium for a severely disabled person?", ["医疗救助资金"]),
    (
        "How do the region and the prefecture share the premium of elderly residents who no longer pay?",
        ["6:4"],
    ),
    (
        "Of the 250 yuan premium for a registered poor person, how much comes from medical assistance?",
        ["190"],
    ),
]

# another place, scheme or year as the subject, or nothing about the documents
OUT_OF_SCOPE = [
    "What does Lhasa's medical insurance refund for a hospital stay?",
    "What were the contribution bands back in 2015?",
    "What does the insurance in Yunnan pay for dentures?",
    "Can you tell me the train timetable to Lhasa?",
    "Who won the football match yesterday?",
    "How much do relic custodians earn in Gansu province?",
]

# (question, calculator, inputs, cites); amounts the English way
CALCULATIONS = [
    (
        "Paid the 120 tier, and a first stay at a township health centre came to 6,000 yuan. What is refunded?",
        "inpatient",
        {"tier": 120, "level": "乡镇卫生院", "cost": "6000", "admission": 1},
        ["第二十二条"],
    ),
    (
        "Grade three hospital, my third admission this year, 250 tier, the bill is 30k. How much comes back?",
        "inpatient",
        {"tier": 250, "level": "三级", "cost": "30000", "admission": 3},
        ["第二十二条"],
    ),
    (
        "A keeper at a regional-level site worked eight months; what is his total wage?",
        "custodian_pay",
        {"mode": "person", "site_level": "自治区级", "months": 8},
        ["第十二条"],
    ),
    (
        "60 yuan tier, second-level hospital, first stay, spent ten thousand yuan: what's my reimbursement?",
        "inpatient",
        {"tier": 60, "level": "二级", "cost": "10000", "admission": 1},
        ["第二十二条"],
    ),
]


def build(table: Table) -> None:
    for question, fact_type, gold, contains in LOOKUPS:
        table.add(
            "english",
            question,
            fact_type=fact_type,
            status="answered",
            gold=gold,
            answer_contains=contains,
        )
    for question, contains in ENROLMENT:
        table.add(
            "english",
            question,
            fact_type="amount" if any(c[0].isdigit() for c in contains) else "body",
            status=EITHER,
            gold=[mi("第十八条")],
            answer_contains=contains,
        )
    for question in OUT_OF_SCOPE:
        table.add("english", question, status="out_of_scope")
    for question, calculator, inputs, cites in CALCULATIONS:
        table.add(
            "english",
            question,
            status="calculated",
            calculator=calculator,
            inputs=inputs,
            expected=recompute(calculator, inputs),
            cites=cites,
        )
