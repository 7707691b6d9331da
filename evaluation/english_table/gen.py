"""English phrasing rows, written from the regulation text (corpus/data/gazette-2020.txt).

Each row asks about one clause of one of the seven documents in English, in the words a visitor
would use (not the gazette's), with the article or quote that must be cited and the Chinese
figures or terms the answer must hold. Places in English ("in Chengdu", "in Qinghai") test that
the scope rules still apply; amounts in English forms ("20,000 yuan", "1.5w", "15k") test that
the figures survive. Rows are split into tune/heldout by the stable hash of their id
(evaluation.phrasings.rows.split_of); tune on `tune` only.
"""

from __future__ import annotations

from evaluation.phrasings.checks import recompute
from evaluation.phrasings.rows import GE, HP, RC, RD, RP, RT, Table, art, mi, quote

EITHER = ["answered", "calculated"]  # a question a calculation also answers


def rp(article: str) -> dict[str, str]:
    return art(RP, article)


def rc(article: str) -> dict[str, str]:
    return art(RC, article)


# (question, fact type, gold places, terms the answer must hold)
LOOKUPS = [
    # medical insurance: amounts and ratios
    (
        "What is the hospitalization deductible at a township health center?",
        "amount",
        [mi("第二十二条")],
        ["100"],
    ),
    (
        "How much is the inpatient threshold at a first-level or second-level hospital?",
        "amount",
        [mi("第二十二条")],
        ["200"],
    ),
    (
        "For a second hospital stay in the same year, how big is the deductible?",
        "ratio",
        [mi("第二十二条")],
        ["70%"],
    ),
    (
        "What deductible applies from the third admission within one year?",
        "ratio",
        [mi("第二十二条")],
        ["50%"],
    ),
    (
        "What is the most the resident insurance will pay out in a single year?",
        "amount",
        [mi("第二十三条")],
        ["6万"],
    ),
    (
        "How much bed fee per day is allowed at a tier-3 hospital?",
        "amount",
        [mi("第二十二条")],
        ["80"],
    ),
    (
        "What bed charge per day is covered at a township hospital?",
        "amount",
        [mi("第二十二条")],
        ["20"],
    ),
    (
        "What percentage is reimbursed for someone on the 250 yuan tier at a third-level hospital?",
        "ratio",
        [mi("第二十二条")],
        ["85%"],
    ),
    (
        "On the 60 yuan tier, what share of inpatient costs at a second-level hospital gets reimbursed?",
        "ratio",
        [mi("第二十二条")],
        ["65%"],
    ),
    (
        "How much lower is the reimbursement rate for treatment outside the pooling area?",
        "ratio",
        [mi("第二十二条")],
        ["10%"],
    ),
    (
        "Do special outpatient diseases have a deductible?",
        "yes_no",
        [mi("第二十四条")],
        ["不设起付线"],
    ),
    (
        "What ratio applies to special outpatient treatment on the 120 yuan tier?",
        "ratio",
        [mi("第二十四条")],
        ["70%"],
    ),
    (
        "What is the annual limit for hypertension drugs under the two-diseases outpatient policy?",
        "amount",
        [mi("第二十五条")],
        ["800"],
    ),
    (
        "How much can a diabetic be reimbursed per year for outpatient medicine under the two diseases policy?",
        "amount",
        [mi("第二十五条")],
        ["1200"],
    ),
    (
        "What is the combined yearly limit for someone with both high blood pressure and diabetes?",
        "amount",
        [mi("第二十五条")],
        ["2000"],
    ),
    (
        "What is the deductible for ordinary outpatient visits?",
        "amount",
        [mi("第二十六条")],
        ["100"],
    ),
    (
        "What percentage of general outpatient costs is paid back?",
        "ratio",
        [mi("第二十六条")],
        ["60%"],
    ),
    (
        "What is the top annual payout of the critical illness insurance?",
        "amount",
        [mi("第二十七条")],
        ["14万"],
    ),
    (
        "What contribution levels can residents choose from?",
        "list",
        [mi("第十八条")],
        ["60", "120", "250"],
    ),
    (
        "What share of the pooled fund is set aside for general outpatient pooling?",
        "ratio",
        [mi("第二十六条")],
        ["15%"],
    ),
    (
        "How much of the insurance fund income is kept as a risk reserve?",
        "ratio",
        [mi("第四十三条")],
        ["10%"],
    ),
    (
        "How is the remaining government subsidy divided between the autonomous region, the prefecture and the counties?",
        "ratio",
        [mi("第十七条")],
        ["6:2:2"],
    ),
    (
        "By how many points is the reimbursement ratio raised for registered poor households?",
        "ratio",
        [mi("第二十九条")],
        ["5%"],
    ),
    (
        "Are the costs of giving birth reimbursed in full?",
        "yes_no",
        [mi("第二十九条")],
        ["全额报销"],
    ),
    # medical insurance: dates and periods
    (
        "After paying the premium, from what date can I use the insurance?",
        "date",
        [mi("第八条")],
        ["1月1日"],
    ),
    (
        "In which months do residents pay for next year's coverage?",
        "date",
        [mi("第八条")],
        ["10月1日"],
    ),
    (
        "By what date each year must the government subsidies be paid in full?",
        "date",
        [mi("第二十条")],
        ["3月31日"],
    ),
    ("How often is a very long hospital stay settled?", "date", [mi("第二十二条")], ["180"]),
    (
        "I was admitted to a hospital in Beijing while working there. How soon must I file the stay?",
        "date",
        [mi("第三十三条")],
        ["5日"],
    ),
    (
        "Since when have the medical insurance measures been in force?",
        "date",
        [mi("第四十九条")],
        ["2020年1月1日"],
    ),
    (
        "Are emergency observation costs in the week before admission paid like inpatient costs?",
        "yes_no",
        [mi("第二十九条")],
        ["7天"],
    ),
    # medical insurance: bodies and procedures
    ("Which authority takes in the personal premiums?", "body", [mi("第十五条")], ["税务部门"]),
    (
        "Which agency is in charge of the resident medical insurance in the prefecture?",
        "body",
        [mi("第五条")],
        ["地区医保局"],
    ),
    (
        "Who handles the enrolment of monks and nuns registered at a monastery?",
        "body",
        [mi("第十一条")],
        ["寺管会"],
    ),
    (
        "Who is responsible for interpreting the medical insurance measures?",
        "body",
        [mi("第四十九条")],
        ["医疗保障局"],
    ),
    (
        "Where do I register for the insurance the first time?",
        "procedure",
        [mi("第七条"), mi("第九条")],
        ["户籍所在地"],
    ),
    (
        "What papers should I bring when I apply to join the insurance?",
        "list",
        [mi("第七条")],
        ["户口簿", "身份证"],
    ),
    (
        "Who has to tell the insurance office when an insured person dies?",
        "body",
        [mi("第十二条")],
        ["公安机关"],
    ),
    (
        "How do I get transferred to a higher-level designated hospital?",
        "procedure",
        [mi("第三十二条")],
        ["转诊"],
    ),
    (
        "Where can I report someone cheating the medical insurance fund?",
        "procedure",
        [mi("第四十四条")],
        ["举报"],
    ),
    (
        "What happens if someone lends his social security card to another person for treatment?",
        "procedure",
        [mi("第四十五条")],
        ["追回"],
    ),
    (
        "What happens to a designated hospital that keeps patients who should be discharged?",
        "procedure",
        [mi("第四十六条")],
        ["追回"],
    ),
    (
        "What can I show at the hospital to settle my bill directly?",
        "list",
        [mi("第三十一条")],
        ["社保卡"],
    ),
    # medical insurance: who is covered, what is not paid, which diseases
    ("Who can join the resident medical insurance?", "list", [mi("第六条")], ["阿里地区户籍"]),
    (
        "Can a baby under one year old get insurance benefits from birth?",
        "yes_no",
        [mi("第六条")],
        ["未满一周岁"],
    ),
    (
        "Can people who were relocated choose where to enrol?",
        "yes_no",
        [mi("第六条")],
        ["易地搬迁"],
    ),
    ("Will the insurance pay for false teeth?", "yes_no", [mi("第三十条")], ["义齿"]),
    (
        "Are injuries from a fight paid by medical insurance?",
        "yes_no",
        [mi("第三十条")],
        ["打架斗殴"],
    ),
    ("Is medical treatment abroad reimbursed?", "yes_no", [mi("第三十条")], ["境外"]),
    (
        "Does the insurance pay the registration fee at the hospital?",
        "yes_no",
        [mi("第三十条")],
        ["挂号费"],
    ),
    ("Can I claim the ambulance fee?", "yes_no", [mi("第三十条")], ["急救车费"]),
    (
        "Is an injury at work paid by the resident insurance?",
        "yes_no",
        [mi("第三十条")],
        ["工伤保险"],
    ),
    ("Does medical insurance pay for infertility treatment?", "yes_no", [mi("第三十条")], ["不孕"]),
    (
        "If I stay in a hospital that is not designated, will I be reimbursed?",
        "yes_no",
        [mi("第三十条")],
        ["非定点"],
    ),
    ("Are hearing aids covered?", "yes_no", [mi("第三十条")], ["助听器"]),
    ("Is gout on the list of special outpatient diseases?", "yes_no", [mi("第二十四条")], ["痛风"]),
    (
        "Does epilepsy count as a special outpatient disease?",
        "yes_no",
        [mi("第二十四条")],
        ["癫痫"],
    ),
    (
        "Is glaucoma treated as a special outpatient illness?",
        "yes_no",
        [mi("第二十四条")],
        ["青光眼"],
    ),
    (
        "Can coronary heart disease be claimed as a special outpatient disease?",
        "yes_no",
        [mi("第二十四条")],
        ["冠心病"],
    ),
    (
        "Is anti-rejection treatment after an organ transplant a special outpatient disease?",
        "yes_no",
        [mi("第二十四条")],
        ["抗排异"],
    ),
    ("Is tuberculosis on the special outpatient list?", "yes_no", [mi("第二十四条")], ["结核病"]),
    (
        "If I am hospitalised in Lhasa, how much lower is the reimbursement?",
        "ratio",
        [mi("第二十二条")],
        ["10%"],
    ),
    # relic protection measures
    (
        "What levels of protected heritage sites are there in Ngari?",
        "list",
        [rp("第十条")],
        ["全国重点文物保护单位", "县级文物保护单位"],
    ),
    (
        "Is construction allowed inside the protection zone of a heritage site?",
        "yes_no",
        [rp("第十三条")],
        ["不得进行"],
    ),
    (
        "Who must approve blasting inside the protection area of a national key heritage site?",
        "body",
        [rp("第十三条")],
        ["自治区人民政府"],
    ),
    (
        "Can an ancient building that has been completely destroyed be rebuilt?",
        "yes_no",
        [rp("第十四条")],
        ["不得重新修建"],
    ),
    (
        "Can anyone dig an archaeological site without approval?",
        "yes_no",
        [rp("第十七条")],
        ["擅自发掘"],
    ),
    (
        "What must an excavation unit file with the local relic department?",
        "list",
        [rp("第十八条")],
        ["发掘资质"],
    ),
    (
        "Within how many months must unearthed relics be handed over after an excavation ends?",
        "date",
        [rp("第二十条")],
        ["六个月"],
    ),
    (
        "Workers found old pottery while digging a foundation. What must they do?",
        "procedure",
        [rp("第二十一条")],
        ["保护现场"],
    ),
    (
        "Who organizes relic surveys for construction projects?",
        "body",
        [rp("第二十二条")],
        ["文物行政管理部门"],
    ),
    (
        "How often must precious relics in museums and monasteries be rechecked?",
        "date",
        [rp("第二十六条")],
        ["每年复核一次"],
    ),
    (
        "May a state-owned museum sell relics from its collection?",
        "yes_no",
        [rp("第二十七条")],
        ["禁止"],
    ),
    (
        "Who approves the exchange of first-grade relics between collections?",
        "body",
        [rp("第二十七条")],
        ["国家文物行政部门"],
    ),
    (
        "What safety equipment must a temple that holds relics have?",
        "list",
        [rp("第二十八条")],
        ["防火", "防盗"],
    ),
    (
        "Who is responsible for the safety of relics in a collecting unit?",
        "body",
        [rp("第二十九条")],
        ["法定代表人"],
    ),
    ("Are citizens encouraged to set up private museums?", "yes_no", [rp("第三十条")], ["鼓励"]),
    (
        "Must privately collected relics be registered before they can change hands?",
        "yes_no",
        [rp("第三十二条")],
        ["备案"],
    ),
    (
        "Can a county government mortgage an immovable relic used for tourism?",
        "yes_no",
        [rp("第三十六条")],
        ["抵押"],
    ),
    (
        "Are visitors allowed to film an archaeological excavation site?",
        "yes_no",
        [rp("第三十七条")],
        ["不得拍摄"],
    ),
    (
        "Who manages the copying and restoration of relics?",
        "body",
        [rp("第三十九条")],
        ["自治区文物行政管理部门"],
    ),
    (
        "Which department is in charge of fire safety at ancient buildings and museums?",
        "body",
        [rp("第四十五条")],
        ["消防救援部门"],
    ),
    (
        "Who sets up the investigation team after a relic safety accident?",
        "body",
        [rp("第四十九条")],
        ["县级人民政府"],
    ),
    ("What is the special relic protection budget spent on?", "list", [rp("第六条")], ["抢修"]),
    (
        "What happens to someone who builds inside a protected site without permission?",
        "procedure",
        [rp("第五十条")],
        ["文物保护法"],
    ),
    (
        "Who interprets the relic protection measures?",
        "body",
        [rp("第五十四条")],
        ["联席会议办公室"],
    ),
    (
        "Who is responsible for reporting thefts and damage to relics?",
        "body",
        [rp("第四十一条")],
        ["检举控告"],
    ),
    # field relic custodians
    (
        "What is the age range for hiring field relic guards?",
        "amount",
        [rc("第五条")],
        ["25", "50"],
    ),
    ("Who gets priority when custodians are hired?", "list", [rc("第六条")], ["建档立卡"]),
    ("What are the main duties of a field relic custodian?", "list", [rc("第七条")], ["巡查"]),
    ("What rights does a relic custodian have?", "list", [rc("第八条")], ["建议和意见"]),
    (
        "How many guards are placed at every county-level field site?",
        "amount",
        [rc("第十二条")],
        ["2名"],
    ),
    (
        "What is the monthly wage of a guard at an autonomous-region-level site?",
        "amount",
        [rc("第十二条")],
        ["1400"],
    ),
    ("Who pays the field custodians' wages?", "body", [rc("第十二条")], ["地区财政"]),
    ("How long can a custodian's agreement run at most?", "date", [rc("第十三条")], ["一年"]),
    (
        "What happens if a custodian does not fill in the patrol log truthfully?",
        "procedure",
        [rc("第十一条")],
        ["扣除当月"],
    ),
    (
        "What happens to a guard after a major safety accident on his watch?",
        "procedure",
        [rc("第十一条")],
        ["立即解聘"],
    ),
    ("In what cases is a relic custodian dismissed?", "list", [rc("第十七条")], ["解聘"]),
    ("What can earn a custodian a commendation?", "list", [rc("第十六条")], ["表彰"]),
    ("Who manages the custodians day to day?", "body", [rc("第三条")], ["县人民政府"]),
    ("What agreement does a custodian sign?", "procedure", [rc("第九条")], ["看管协议书"]),
    (
        "Does a guard get fired for not reporting dug-up relics?",
        "yes_no",
        [rc("第十七条")],
        ["上交"],
    ),
    # relic safety training
    (
        "How often must relic safety training be held?",
        "date",
        [quote(RT, "每年不得少于一次")],
        ["一次"],
    ),
    (
        "Can a trainee quit the training halfway?",
        "procedure",
        [quote(RT, "因特殊原因必须退训的")],
        ["书面形式"],
    ),
    (
        "Which office is in charge of relic safety training?",
        "body",
        [quote(RT, "办公室作为地区文物安全培训工作的归口管理部门")],
        ["办公室"],
    ),
    (
        "Where does the money for relic safety training come from?",
        "body",
        [quote(RT, "培训经费从地区文物安全专项经费中支出")],
        ["文物安全专项经费"],
    ),
    (
        "What training methods are used for relic staff?",
        "list",
        [quote(RT, "培训方式包括")],
        ["集中培训"],
    ),
    (
        "What happens if a trainee damages the training equipment?",
        "procedure",
        [quote(RT, "不得以任何形式损坏")],
        ["赔偿"],
    ),
    (
        "How is an unexcused absence from training handled?",
        "procedure",
        [quote(RT, "无故缺勤的要记录在案")],
        ["记录在案"],
    ),
    (
        "Can the content of the training be changed?",
        "yes_no",
        [quote(RT, "不得更改培训内容")],
        ["联席会议"],
    ),
    # the prefecture hospital's grade-A plan
    (
        "In which months of 2021 is the formal assessment of the prefecture people's hospital planned?",
        "date",
        [quote(HP, "撰写正式评审申请书")],
        ["2021年6月至8月"],
    ),
    (
        "When is the first review of the hospital's grade-A bid?",
        "date",
        [quote(HP, "撰写初次评审申请书")],
        ["2020年10月"],
    ),
    (
        "How many stages does the hospital's top-grade plan have?",
        "list",
        [quote(HP, "巩固提升 7 个阶段")],
        ["巩固提升"],
    ),
    (
        "How much money is needed for the medical equipment of the grade-A bid?",
        "amount",
        [quote(HP, "1465.03万元")],
        ["1465.03"],
    ),
    (
        "What is the total investment of the new infectious disease hospital?",
        "amount",
        [quote(HP, "6251.5")],
        ["6251.5"],
    ),
    (
        "How many key departments will the prefecture hospital build up?",
        "amount",
        [quote(HP, "7个重点建设科室")],
        ["7个"],
    ),
    (
        "How often does the grade-A leading group hold a coordination meeting?",
        "date",
        [quote(HP, "每月召开一次碰头会")],
        ["每月"],
    ),
    (
        "By when does the hospital hope to be awarded the grade-A plaque?",
        "date",
        [quote(HP, "争取2021年底前挂牌")],
        ["2021"],
    ),
    (
        "What happens to a unit whose poor work delays the grade-A project?",
        "procedure",
        [quote(HP, "约谈单位主要负责人")],
        ["通报"],
    ),
    # rural roads
    (
        "How much road maintenance subsidy does each county set aside every year?",
        "amount",
        [quote(RD, "各县按每县100万元/年标准")],
        ["100万元"],
    ),
    (
        "How much does the prefecture's finance put into rural road upkeep per year?",
        "amount",
        [quote(RD, "350万元/年")],
        ["350万元"],
    ),
    (
        "Which counties' rural bus services are run by the prefecture transport company?",
        "list",
        [quote(RD, "措勤、改则、革吉、噶尔四县")],
        ["措勤"],
    ),
    (
        "What share of administrative villages should have bus service in 2020?",
        "ratio",
        [quote(RD, "建制村通客车率达到80%以上")],
        ["80%"],
    ),
    (
        "Who is responsible for developing rural passenger transport?",
        "body",
        [quote(RD, "地、县人民政府为农村客运发展责任主体")],
        ["责任主体"],
    ),
    (
        "By what date should rural buses run in Rutog's two townships?",
        "date",
        [quote(RD, "7月15日前")],
        ["7月15日"],
    ),
    # graduates' employment plan
    (
        "How many college graduates does Ngari expect between 2020 and 2025?",
        "amount",
        [quote(GE, "3700人左右")],
        ["3700"],
    ),
    ("How many graduates are forecast for 2020?", "amount", [quote(GE, "2020年591人")], ["591"]),
    (
        "How many jobs must central state enterprises in Ngari offer graduates each year?",
        "amount",
        [quote(GE, "各驻阿央企每年度提供岗位不少于 20 个")],
        ["20"],
    ),
    (
        "Which graduates are offered public welfare posts?",
        "list",
        [quote(GE, "残疾、低保家庭高校毕业生提供公益性岗位")],
        ["公益性岗位"],
    ),
    (
        "Which provinces recruit civil servants from among Ngari's graduates?",
        "list",
        [quote(GE, "河北省、陕西省")],
        ["河北"],
    ),
    (
        "How many medical posts such as general practitioners and nurses are planned for graduates?",
        "amount",
        [quote(GE, "医护岗位不少于 100 个")],
        ["100"],
    ),
]

# questions a calculation also answers (who pays what at enrolment: 第十八条)
ENROLMENT = [
    ("How much does a registered poor household member pay out of pocket to enrol?", ["60"]),
    ("Does a 66-year-old man still have to pay the premium?", ["65"]),
    ("At what age do women stop paying insurance contributions?", ["60"]),
    ("Do orphans pay anything to join the medical insurance?", ["孤儿"]),
    ("How much does a monk honoured at prefecture level pay for the insurance?", ["30"]),
]

# another place, scheme or year as the subject: not Ngari's 2020 rules
OUT_OF_SCOPE = [
    "What is the inpatient deductible in Qinghai?",
    "How much do residents of Shigatse pay for medical insurance each year?",
    "What are the reimbursement rates of the employee medical insurance?",
    "What was the hospital deductible in 2018?",
    "How much does commercial insurance pay for a hospital stay?",
    "What is the annual cap of the medical insurance in Sichuan province?",
    "How much are field relic guards paid in Xinjiang?",
    "What's the weather like in Shiquanhe tomorrow?",
    "Can you recommend a good restaurant in Ali?",
]

# (question, calculator, inputs, expected, cites); amounts written the English way
CALCULATIONS = [
    (
        "I pay the 250 tier and spent 20,000 yuan on my first stay in a third-level hospital. How much is reimbursed?",
        "inpatient",
        {"tier": 250, "level": "三级", "cost": "20000", "admission": 1},
        ["第二十二条"],
    ),
    (
        "On the 120 yuan tier, first admission at a second-level hospital, the bill was 1.5w. What will the insurance pay?",
        "inpatient",
        {"tier": 120, "level": "二级", "cost": "15000", "admission": 1},
        ["第二十二条"],
    ),
    (
        "60 yuan tier, township health center, first hospital stay costing 8000 yuan: how much do I get back?",
        "inpatient",
        {"tier": 60, "level": "乡镇卫生院", "cost": "8000", "admission": 1},
        ["第二十二条"],
    ),
    (
        "My second hospitalization this year at a tier-3 hospital cost 15k, and I pay the 250 tier. How much will be reimbursed?",
        "inpatient",
        {"tier": 250, "level": "三级", "cost": "15000", "admission": 2},
        ["第二十二条"],
    ),
    (
        "I worked 5 months as a guard at a county-level site. How much was my pay in total?",
        "custodian_pay",
        {"mode": "person", "site_level": "县级", "months": 5},
        ["第十二条"],
    ),
    (
        "How much does a custodian at an autonomous-region-level site earn in 12 months?",
        "custodian_pay",
        {"mode": "person", "site_level": "自治区级", "months": 12},
        ["第十二条"],
    ),
]


# lookups that the road-subsidy calculation also answers
CALCULABLE = {"How much road maintenance subsidy does each county set aside every year?"}


def build(table: Table) -> None:
    for question, fact_type, gold, contains in LOOKUPS:
        table.add(
            "english",
            question,
            fact_type=fact_type,
            status=EITHER if question in CALCULABLE else "answered",
            gold=gold,
            answer_contains=contains,
        )
    for question, contains in ENROLMENT:
        table.add(
            "english", question, status=EITHER, gold=[mi("第十八条")], answer_contains=contains
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
