"""python -m evaluation.phrasings43.generate — write the rows of the classes of the thirty-eighth
session (phrasings43: tune43 and heldout43).

As phrasings42: each class has several sentence frames; counties, persons, levels, tiers, site
counts and months are drawn with a seeded generator; every expected figure comes from the
independent reference (evaluation/phrasings/reference.py); the even frames of a class are tune43,
the odd ones heldout43, so the held-out half shares no sentence frame with the half the lead reads.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from evaluation.phrasings import reference
from evaluation.phrasings39.generate import dialogue_row, write

HERE = Path(__file__).parent
SEED = 43

MEDICAL = "城乡居民基本医疗保险实施办法"
RELICS = "文物保护管理办法"
TRAINING = "文物工作人员文物安全培训办法"
# 第三十条's items by the name the verdict gives them (the text's own words)
ITEM_NAME = {"（二）": "非疾病治疗类", "（四）": "治疗项目类", "（五）": "生活服务"}
KIN = ["我爸", "我妈", "我老公", "我媳妇", "我哥", "我姐"]
HOSPITAL = {"乡镇卫生院": "乡卫生院", "一级": "一级医院", "二级": "县医院", "三级": "地区人民医院"}
ORDINAL = {2: "第二次", 3: "第三次"}
BEFORE = {2: "一", 3: "两"}


def _question(row_id: str, split: str, question: str, **expect: Any) -> dict:
    return {"id": row_id, "category": "lookup", "split": split, "question": question, **expect}


def _split(frame: int) -> str:
    return "tune43" if frame % 2 == 0 else "heldout43"


def build() -> list[dict]:
    rng = random.Random(SEED)
    rows: list[dict] = []

    # 1. a budget of sites at two levels, each level's custodians for months of its own
    frames = [
        "{a}处县级和{b}处自治区级的文保单位，县级的干了{m1}个月，自治区级的干了{m2}个月，看管员工资预算一共多少",
        "县级{a}处，区级{b}处，县级看管员干了{m1}个月，区级的干了{m2}个月，总共要多少工资",
        "我们有{a}处县级文物点{b}处自治区级的，县级那边请了{m1}个月，自治区级的请了{m2}个月，工资预算多少",
        "{b}处区级{a}处县级的看管员，区级的干了{m2}个月，县级的只干了{m1}个月，一共要发多少工资",
    ]
    for n in range(12):
        frame = n % len(frames)
        a, b = rng.randint(1, 4), rng.randint(1, 3)
        m1, m2 = rng.sample(range(3, 12), 2)
        inputs = {
            "mode": "budget",
            "sites": {"县级": a, "自治区级": b},
            "level_months": {"县级": m1, "自治区级": m2},
        }
        rows.append(
            {
                "id": f"t43lvmonths-{n + 1:03d}",
                "category": "calculation",
                "split": _split(frame),
                "question": frames[frame].format(a=a, b=b, m1=m1, m2=m2),
                "status": "calculated",
                "calculator": "custodian_pay",
                "inputs": inputs,
                "expected": reference.custodian_budget(
                    inputs["sites"], None, inputs["level_months"]
                ),
                "cites": ["第十二条"],
            }
        )

    # 2. one level's months changed after a budget of sites at two levels
    frames = [
        (
            "{a}处县级{b}处自治区级的看管员，一年工资预算多少",
            "自治区级的那几处只请了{m}个月，重新算一下",
        ),
        ("县级{a}处、区级{b}处，全年看管员工资一共多少", "不对，县级的只干了{m}个月，再算"),
        ("我们{a}处县级文物点和{b}处自治区级的，一年要多少看管工资", "要是区级的只干{m}个月呢"),
        (
            "区级文保单位{b}处，县级{a}处，看管员干满一年预算多少",
            "县级那边其实只请了{m}个月，总数多少",
        ),
    ]
    for n in range(8):
        frame = n % len(frames)
        a, b, m = rng.randint(1, 4), rng.randint(1, 3), rng.randint(3, 11)
        changed = "县级" if "县级" in frames[frame][1] else "自治区级"
        sites = {"县级": a, "自治区级": b}
        inputs = {"mode": "budget", "sites": sites, "months": 12, "level_months": {changed: m}}
        one, two = frames[frame]
        turns = [
            (one.format(a=a, b=b), {"status": "calculated"}),
            (
                two.format(m=m),
                {
                    "status": "calculated",
                    "calculator": "custodian_pay",
                    "inputs": inputs,
                    "expected": reference.custodian_budget(sites, 12, {changed: m}),
                },
            ),
        ]
        rows.append(dialogue_row(f"t43onelevel-{n + 1:03d}", _split(frame), turns))

    # 3. the stay described in a rule question, its bill given next: that stay's order counts
    frames = [
        ("{k}今年{o}住院了，在{h}，这次起付线是多少", "花了{c}元，交的{t}档"),
        ("{k}这是今年{o}住院，{h}，起付线多少钱", "一共花了{c}，{t}档的，能报多少"),
        ("{k}今年已经是{o}住院了，住的{h}，起付标准是多少", "这次花了{c}元，我们交{t}"),
        ("今年{o}住院，{h}，起付线怎么算，是{k}住", "费用{c}，{t}档，报多少"),
    ]
    for n in range(8):
        frame = n % len(frames)
        order = 2 + n % 2
        level = ["一级", "二级", "三级", "乡镇卫生院"][n % 4]
        tier = [60, 120, 250][n % 3]
        cost = str(rng.choice([6000, 8000, 9500, 12000, 15000, 18000]))
        inputs = {"tier": tier, "level": level, "cost": cost, "admission": order}
        one, two = frames[frame]
        turns = [
            (one.format(k=rng.choice(KIN), o=ORDINAL[order], h=HOSPITAL[level]), {}),
            (
                two.format(c=cost, t=tier),
                {
                    "status": "calculated",
                    "calculator": "inpatient",
                    "inputs": inputs,
                    "expected": reference.inpatient(tier, level, cost, order),
                },
            ),
        ]
        rows.append(dialogue_row(f"t43ruledstay-{n + 1:03d}", _split(frame), turns))

    # 4. the stays before this one said as a count ("前两次", "之前已经住过一次院")
    frames = [
        "{k}前{b}次住院都报过了，这次在{h}又住院，花了{c}，{t}档，能报多少",
        "之前已经住过{b}次院了，这回{k}在{h}花了{c}元，交的{t}，报多少",
        "今年前{b}次住院已经报完了，{k}这次{h}住院{c}，{t}档的能报多少",
        "{k}今年已经住过{b}次院，现在又在{h}住了，花了{c}，交{t}档，报销多少",
    ]
    for n in range(8):
        frame = n % len(frames)
        order = 2 + n % 2
        level = ["二级", "三级", "一级", "乡镇卫生院"][n % 4]
        tier = [250, 120, 60][n % 3]
        cost = str(rng.choice([5000, 7000, 10000, 13000, 16000]))
        rows.append(
            {
                "id": f"t43before-{n + 1:03d}",
                "category": "calculation",
                "split": _split(frame),
                "question": frames[frame].format(
                    k=rng.choice(KIN), b=BEFORE[order], h=HOSPITAL[level], c=cost, t=tier
                ),
                "status": "calculated",
                "calculator": "inpatient",
                "inputs": {"tier": tier, "level": level, "cost": cost, "admission": order},
                "expected": reference.inpatient(tier, level, cost, order),
                "cites": ["第二十二条"],
            }
        )

    # 5. an everyday name of a cost the fund never pays (第三十条): its item decides
    items = [
        ("住院吃饭的钱", "（五）"),
        ("医院食堂的伙食", "（五）"),
        ("病房开空调的钱", "（五）"),
        ("煎中药的钱", "（五）"),
        ("打车去医院的钱", "（五）"),
        ("孩子牙齿不齐整牙", "（四）"),
        ("做近视手术", "（四）"),
        ("割双眼皮", "（二）"),
        ("叫急救车的费用", "（五）"),
        ("陪床的钱", "（五）"),
        ("做隆鼻", "（二）"),
        ("激光近视", "（四）"),
    ]
    frames = ["{i}医保能报吗", "{i}给不给报销", "{k}说{i}也能走医保，是真的吗", "{i}能用医保报不"]
    for n, (item, label) in enumerate(items):
        frame = n % len(frames)
        rows.append(
            _question(
                f"t43excluded-{n + 1:03d}",
                _split(frame),
                frames[frame].format(i=item, k=rng.choice(KIN)),
                status="answered",
                gold=[{"doc": MEDICAL, "article": "第三十条"}],
                answer_contains=["不予支付", ITEM_NAME[label]],
            )
        )

    # 6. another item asked with 呢 right after whether the fund pays for one
    frames = [
        ("住院的饭钱能报吗", "那请护工的钱呢"),
        ("配眼镜能用医保报吗", "镶牙的呢"),
        ("挂号费医保给报吗", "那急救车的费用呢"),
        ("住院的陪护费报不报", "空调费呢"),
    ]
    gold = {"请护工": "（五）", "镶牙": "（四）", "急救车": "（五）", "空调费": "（五）"}
    for n in range(8):
        frame = n % len(frames)
        one, two = frames[frame]
        label = next(v for k, v in gold.items() if k in two)
        turns = [
            (one if n < 4 else f"{rng.choice(KIN)}问：{one}", {"status": "answered"}),
            (
                two if n < 4 else two.removeprefix("那") + "？",
                {
                    "status": "answered",
                    "gold": [{"doc": MEDICAL, "article": "第三十条"}],
                    "answer_contains": ["不予支付", ITEM_NAME[label]],
                },
            ),
        ]
        rows.append(dialogue_row(f"t43itemthen-{n + 1:03d}", _split(frame), turns))

    # 7. how many tiers there are, however said
    asked = [
        "医保一共有几个档可以选",
        "城乡居民医保分几档交",
        "{k}问医保有几个档次能选",
        "居民医保缴费分几个档",
        "交医保有几种档可以挑",
        "我今年{a}岁，医保有几个档",
    ]
    for n, text in enumerate(asked):
        rows.append(
            _question(
                f"t43tiers-{n + 1:03d}",
                _split(n),
                text.format(k=rng.choice(KIN), a=rng.randint(20, 50)),
                status="answered",
                gold=[{"doc": MEDICAL, "article": "第十八条"}],
                answer_contains=["三个档次"],
            )
        )

    # 8. a sum set as a share of a fund, asked as money
    asked = [
        ("普通门诊统筹拿多少钱来建", "第二十六条", "15%"),
        ("风险储备金要提多少钱", "第四十三条", "10%"),
        ("门诊统筹的钱有多少", "第二十六条", "15%"),
        ("医保基金每年留多少钱做风险储备", "第四十三条", "10%"),
    ]
    for n, (text, article, share) in enumerate(asked):
        rows.append(
            _question(
                f"t43share-{n + 1:03d}",
                _split(n),
                text,
                status="answered",
                gold=[{"doc": MEDICAL, "article": article}],
                answer_contains=[share],
            )
        )

    # 9. who pays a cost the turn names, after a find: the body that pays (第二十二条)
    frames = [
        ("{c}修房挖出了一个老陶罐，怎么办", "要是要考古发掘，费用谁出"),
        ("我们修路挖到古墓了，该咋办", "那发掘的钱谁掏"),
        ("盖羊圈挖出几块刻字的石头，要报告吗", "如果要勘探，钱由谁出"),
        ("工地上挖出疑似文物怎么办", "那考古调查的费用谁承担"),
    ]
    for n in range(8):
        frame = n % len(frames)
        one, two = frames[frame]
        county = rng.choice(["噶尔县", "普兰县", "札达县", "日土县", "革吉县", "改则县"])
        turns = [
            (one.format(c=f"在{county}") if n >= 4 else one.format(c=""), {"status": "answered"}),
            (
                two,
                {
                    "status": "answered",
                    "gold": [{"doc": RELICS, "article": "第二十二条"}],
                    "answer_contains": ["建设单位"],
                },
            ),
        ]
        rows.append(dialogue_row(f"t43paidfor-{n + 1:03d}", _split(frame), turns))

    # 10. a found relic kept for oneself: no (第二十一条)
    asked = [
        "放羊时捡到一个古铜碗，能自己留下吗",
        "挖到的老佛像可以留作纪念吗",
        "地里刨出来的古钱币能自己收着吗",
        "捡到个老物件，自己留一个做纪念行不行",
        "修房子挖出的陶罐我能自己留吗",
        "河边捡到一块刻字的古石头，可以自己留着不",
    ]
    for n, text in enumerate(asked):
        rows.append(
            _question(
                f"t43keep-{n + 1:03d}",
                _split(n),
                text,
                status="answered",
                gold=[{"doc": RELICS, "article": "第二十一条"}],
                answer_contains=["不得哄抢、私分、藏匿"],
            )
        )

    # 11. putting up something inside a protection range: the ban (第十三条)
    things = ["小卖部", "厕所", "停车场", "茶馆", "仓库", "帐篷"]
    frames = [
        "在文物保护单位的保护范围里盖个{x}行不行",
        "保护范围内能不能建个{x}",
        "想在寺庙的保护范围里修个{x}，可以吗",
        "文保单位保护范围里搭个{x}允许吗",
    ]
    for n in range(8):
        frame = n % len(frames)
        rows.append(
            _question(
                f"t43build-{n + 1:03d}",
                _split(frame),
                frames[frame].format(x=things[n % len(things)]),
                status="answered",
                gold=[{"doc": RELICS, "article": "第十三条"}],
                answer_contains=["不得进行其他建设工程"],
            )
        )

    # 12. what the basic insurance leaves unpaid after a capped stay: 第二十七条, 第二十八条
    frames = [
        "那超出去的钱就只能自己掏了？",
        "那多出来的部分都得自己出吗",
        "剩下的只能我们自己付了吗",
        "超过的那些全得自己承担？",
    ]
    for n in range(8):
        frame = n % len(frames)
        tier = [250, 120][n % 2]
        turns = [
            (
                f"交{tier}档，三级医院住院花了9万，能报多少",
                {"status": "calculated"},
            ),
            (
                frames[frame] if n < 4 else f"{frames[frame]}还有别的办法吗",
                {
                    "status": "answered",
                    "gold": [{"doc": MEDICAL, "article": "第二十七条"}],
                    "answer_contains": ["大病保险"],
                },
            ),
        ]
        rows.append(dialogue_row(f"t43beyond-{n + 1:03d}", _split(frame), turns))

    # 13. a verb and its object said apart ("住了院", "挂个号"): the term
    asked = [
        ("{k}住了院，能报销多少", "contains", "90%"),
        ("看个病挂个号的钱能报吗", "gold", "第三十条"),
        ("{k}在县医院住了个院，医保怎么报", "gold", "第二十二条"),
        ("挂了号的钱医保给不给", "gold", "第三十条"),
    ]
    for n, (text, kind, value) in enumerate(asked):
        # (a stay with no tier, level or bill: every tier's rates, as "住院能报多少" is answered)
        expect: dict[str, Any] = (
            {"status": "answered", "answer_contains": [value]}
            if kind == "contains"
            else {"status": "answered", "gold": [{"doc": MEDICAL, "article": value}]}
        )
        rows.append(
            _question(
                f"t43split-{n + 1:03d}",
                _split(n),
                text.format(k=rng.choice(KIN)),
                **expect,
            )
        )

    # 14. a figure asked as it turned out, where the plan states only its aim
    asked = [
        "2024年阿里高校毕业生实际就业率多少",
        "阿里高校毕业生就业率实际达到了多少",
        "2022年毕业生就业率实际是多少",
        "去年阿里大学生实际就业率有多少",
    ]
    for n, text in enumerate(asked):
        rows.append(
            _question(
                f"t43actual-{n + 1:03d}",
                _split(n),
                text,
                # (the fact asked is not in the gazette: out of scope, the plan's aim quoted)
                status="out_of_scope",
                answer_contains=["没有给出实际数字", "90%"],
            )
        )

    # 15. a sum and where it stands, asked together: the sum, and the place not stated
    asked = [
        "精神病福利院投资多少，建在哪",
        "新建的精神病福利院要花多少钱，选址在哪里",
        "精神病福利院项目总投资多少？具体位置在哪",
        "精神病福利院投多少钱 建在什么地方",
    ]
    for n, text in enumerate(asked):
        rows.append(
            _question(
                f"t43where-{n + 1:03d}",
                _split(n),
                text,
                status="answered",
                answer_contains=["5000万元", "没有写明"],
            )
        )

    # 16. leaving a training early: not allowed, unless approved in writing (一、（四）)
    asked = [
        "培训期间家里有事能中途退吗",
        "文物安全培训到一半能不能先走",
        "参加培训途中有急事可以退训吗",
        "培训还没结束我能提前离开吗",
    ]
    for n, text in enumerate(asked):
        rows.append(
            _question(
                f"t43leave-{n + 1:03d}",
                _split(n),
                text,
                status="answered",
                gold=[{"doc": TRAINING, "article": "一、（四）"}],
                answer_contains=["经办公室批准后"],
            )
        )

    # 17. a trip or a place to eat recommended: not about the documents
    asked = [
        "推荐一条阿里自驾游路线吧",
        "给我推荐个噶尔的饭店",
        "自驾去冈仁波齐怎么走",
        "推荐几家普兰的宾馆",
    ]
    for n, text in enumerate(asked):
        rows.append(
            {
                "id": f"t43leisure-{n + 1:03d}",
                "category": "not_about_documents",
                "split": _split(n),
                "question": text,
                "status": "out_of_scope",
            }
        )
    return rows


if __name__ == "__main__":
    write(build(), HERE)
