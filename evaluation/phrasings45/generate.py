"""python -m evaluation.phrasings45.generate — write the rows of the classes of the fortieth
session (phrasings45: tune45 and heldout45).

As phrasings44: each class has several sentence frames; counties, persons, places, tiers,
hospital levels, bills and site counts are drawn with a seeded generator; every expected figure
comes from the independent reference (evaluation/phrasings/reference.py); the even frames of a
class are tune45, the odd ones heldout45, so the held-out half shares no sentence frame with the
half the lead reads.
"""

from __future__ import annotations

import random
from pathlib import Path

from evaluation.phrasings import reference
from evaluation.phrasings39.generate import dialogue_row, write
from evaluation.phrasings44.generate import _amount, _question

HERE = Path(__file__).parent
SEED = 45

MEDICAL = "城乡居民基本医疗保险实施办法"
RELICS = "文物保护管理办法"
KIN = ["我爸", "我妈", "我老公", "我媳妇", "我哥", "我姐", "我舅舅", "我叔"]
COUNTIES = ["噶尔县", "普兰县", "札达县", "日土县", "革吉县", "改则县", "措勤县"]
OUTSIDE = ["成都", "西宁", "北京", "重庆", "兰州", "新疆叶城", "西安", "武汉"]
HOSPITAL = {"二级": "县医院", "三级": "地区人民医院"}
LEVELS = ["县级", "自治区级"]


def _split(frame: int) -> str:
    return "tune45" if frame % 2 == 0 else "heldout45"


def build() -> list[dict]:
    rng = random.Random(SEED)
    rows: list[dict] = []

    # 1. the sum deducted for a patrol log badly kept: 第十一条 says 适当扣除, no sum
    frames = [
        "看管员巡逻日志没写好，一个月扣多少钱",
        "{k}当看护员，巡逻日志乱填了，要扣多少工资",
        "巡查日志没如实填写，补助扣多少",
        "看护员日志没好好记，会扣几百块",
    ]
    for n in range(8):
        frame = n % len(frames)
        rows.append(
            _question(
                f"t45deduct-{n + 1:03d}",
                _split(frame),
                frames[frame].format(k=rng.choice(KIN)),
                status="out_of_scope",
                answer_contains=["没有规定扣除"],
            )
        )

    # 2. the custodians a set of sites takes and their year's wages, asked in one message
    frames = [
        "{c}有{n}处{lv}文保单位，每处配几个看管员，一年工资一共多少钱",
        "我们那{n}处{lv}野外文物点，要几个看护员，一年经费要多少",
        "{n}处{lv}文物保护单位按规定安排几名看管人员，全年工资总共多少",
        "{c}{n}个{lv}文保点，配多少看管员，一年预算多少钱",
    ]
    for n in range(8):
        frame = n % len(frames)
        level = LEVELS[n % 2]
        count = rng.randint(2, 5)
        budget = reference.custodian_budget({level: count}, 12)["budget"]
        heads = reference.custodian_heads({level: count})["custodians"]
        rows.append(
            _question(
                f"t45headsbudget-{n + 1:03d}",
                _split(frame),
                frames[frame].format(c=rng.choice(COUNTIES), n=count, lv=level),
                status="calculated",
                answer_contains=[f"{heads} 人", budget],
            )
        )

    # 3. the sites of a budget corrected level by level: computed again
    frames = [
        (
            "我们县有{a}处县级野外文保单位，{b}处自治区级的，看护员一年工资总共要多少",
            "不对，自治区级的是{a}处，县级的是{b}处，重新算",
        ),
        (
            "县级文保单位{a}处、自治区级{b}处，看管员年工资预算多少",
            "说错了，县级的有{b}处，自治区级的有{a}处",
        ),
        (
            "{a}处县级文保点和{b}处自治区级文保点，一年看管经费多少",
            "搞错了，自治区级的是{a}处，县级的是{b}处",
        ),
        (
            "县级的{a}处，自治区级的{b}处，看管人员一年工资预算要多少",
            "不好意思，县级是{b}处，自治区级是{a}处，再算一下",
        ),
    ]
    for n in range(8):
        frame = n % len(frames)
        a, b = rng.sample([1, 2, 3, 4, 5], 2)
        first = reference.custodian_budget({"县级": a, "自治区级": b}, 12)["budget"]
        second = reference.custodian_budget({"县级": b, "自治区级": a}, 12)["budget"]
        one, two = frames[frame]
        turns = [
            (one.format(a=a, b=b), {"status": "calculated", "answer_contains": [first]}),
            (two.format(a=a, b=b), {"status": "calculated", "answer_contains": [second]}),
        ]
        rows.append(dialogue_row(f"t45resites-{n + 1:03d}", _split(frame), turns))

    # 4. custodians counted at a level, no sites counted: each paid alike
    frames = [
        "{lv}野外文保单位安排{p}个看管员，一年工资一共要多少钱",
        "我们村边那个{lv}文保单位，要是{p}个人看，一年一共发多少",
        "{lv}文保点{p}个看护员，一年经费要多少",
        "{lv}的文物点请了{p}名看管人员，全年工资多少钱",
    ]
    counts = {2: ["两", "2"], 3: ["三", "3"]}
    for n in range(8):
        frame = n % len(frames)
        level = LEVELS[n % 2]
        persons = 2 if n < 6 else 3
        rows.append(
            {
                "id": f"t45persons-{n + 1:03d}",
                "category": "calculation",
                "split": _split(frame),
                "question": frames[frame].format(lv=level, p=rng.choice(counts[persons])),
                "status": "calculated",
                "calculator": "custodian_pay",
                "inputs": {"mode": "person", "site_level": level, "months": 12, "persons": persons},
                "expected": reference.custodian_person(level, 12, persons=persons),
            }
        )

    # 5. the tier of a person whose tier the rules fix, asked as a tier or a rate
    who = [
        "我家是建档立卡户",
        "{k}是低保户",
        "奶奶今年{f}岁了",
        "爷爷{m}岁了",
        "我弟弟是一级残疾",
        "我们家是特困供养的",
    ]
    frames = [
        "{w}，住院按哪档报",
        "{w}，住院报销比例是多少",
        "{w}，那报销按哪个档算",
        "{w}，住院能报几成",
    ]
    for n in range(8):
        frame = n % len(frames)
        said = who[n % len(who)].format(
            k=rng.choice(KIN), f=rng.randint(60, 85), m=rng.randint(65, 88)
        )
        rows.append(
            _question(
                f"t45tier-{n + 1:03d}",
                _split(frame),
                frames[frame].format(w=said),
                status="answered",
                gold=[{"doc": MEDICAL, "article": "第十八条"}],
                answer_contains=["250元"],
            )
        )

    # 6. the same, the person said in an earlier turn
    frames = [
        ("我家是建档立卡户，医保自己要交多少", "那我们算哪一档，住院按哪个比例报"),
        ("{k}{m}岁了，医保还要交吗", "那他住院能报多少比例"),
        ("{k}是低保户，交医保要钱吗", "那她住院报销按哪档算"),
        ("奶奶{f}了，医保还用交吗", "她住院按哪个档报"),
    ]
    for n in range(8):
        frame = n % len(frames)
        one, two = frames[frame]
        kin = (
            ["我爸", "我爷爷", "我舅舅"][n % 3] if frame == 1 else ["我妈", "我姐", "我外婆"][n % 3]
        )
        turns = [
            (
                one.format(k=kin, m=rng.randint(66, 86), f=rng.randint(61, 86)),
                {"status": "calculated"},
            ),
            (two, {"status": "answered", "answer_contains": ["250元"]}),
        ]
        rows.append(dialogue_row(f"t45tierlater-{n + 1:03d}", _split(frame), turns))

    # 7. whether a stay outside Tibet is paid at all: yes, and the steps
    frames = [
        "{k}在{p}生病住院了，阿里的医保能报吗",
        "我在{p}打工住院了，医保给报不",
        "在{p}住院能不能报销",
        "去{p}看病住了院，咱们这的医保可以报吗",
    ]
    for n in range(8):
        frame = n % len(frames)
        rows.append(
            _question(
                f"t45outside-{n + 1:03d}",
                _split(frame),
                frames[frame].format(k=rng.choice(KIN), p=OUTSIDE[n]),
                status="answered",
                gold=[{"doc": MEDICAL, "article": "第三十三条"}],
                answer_contains=["5日内", "垫付"],
            )
        )

    # 8. a figure of the case just computed, checked in the same message
    frames = [
        "今年第二次住院了，{h}，花了{c}，交的{t}档，能报多少？起付线还是{d}吗",
        "交{t}档，{h}第一次住院花了{c}，能报多少，报销比例是不是{r}%",
        "{t}档的，又住了一次{h}（第二次），{c}，报多少，起付线是不是{d}",
        "{h}住院{c}，交{t}，头一回住院，能报多少？比例是{r}%吗",
    ]
    rates = {
        (60, "二级"): 65,
        (60, "三级"): 60,
        (120, "二级"): 75,
        (120, "三级"): 70,
        (250, "二级"): 90,
        (250, "三级"): 85,
    }
    firsts = {"二级": 200, "三级": 400}
    for n in range(8):
        frame = n % len(frames)
        tier = [60, 120, 250][n % 3]
        level = ["二级", "三级"][n % 2]
        said, cost = _amount(rng)
        second = frame in (0, 2)
        text = frames[frame].format(
            h=HOSPITAL[level], c=said, t=tier, d=firsts[level], r=rates[(tier, level)]
        )
        rows.append(
            _question(
                f"t45checked-{n + 1:03d}",
                _split(frame),
                text,
                status="calculated",
                answer_contains=["不是，" if second else "是，"],
            )
        )

    # 9. what the desk is and who made it
    frames = [
        "你是谁{x}",
        "你是哪个公司做的{x}",
        "你用的什么大模型{x}",
        "谁开发的你{x}",
    ]
    for n in range(8):
        frame = n % len(frames)
        rows.append(
            _question(
                f"t45self-{n + 1:03d}",
                _split(frame),
                frames[frame].format(x=["", "啊", "？", "呀"][n % 4]),
                status="answered",
                answer_contains=["自动问答助手"],
            )
        )

    # 10. who pays for a dig a building project needs
    frames = [
        "{w}挖出文物，文物局要来考古发掘，费用谁出",
        "修{x}要先考古勘探，这个钱谁来出",
        "{w}发现古墓，考古发掘的费用由谁负担",
        "搞建设需要考古调查，花的钱谁掏",
    ]
    works = ["盖房", "挖地基", "修路", "建厂房"]
    for n in range(8):
        frame = n % len(frames)
        rows.append(
            _question(
                f"t45digcost-{n + 1:03d}",
                _split(frame),
                frames[frame].format(w=rng.choice(works), x=rng.choice(["公路", "水电站", "学校"])),
                status="answered",
                gold=[{"doc": RELICS, "article": "第二十二条"}],
                answer_contains=["建设单位"],
            )
        )
    return rows


if __name__ == "__main__":
    write(build(), HERE)
