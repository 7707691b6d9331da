"""python -m evaluation.phrasings47.generate — write the rows of the classes of the
forty-second session (phrasings47: tune47 and heldout47).

As phrasings46: each class has four sentence frames; persons, places, bills, tiers, months and
ages are drawn with a seeded generator; every expected figure comes from the independent
reference (evaluation/phrasings/reference.py); the even frames of a class are tune47, the odd
ones heldout47, so the held-out half shares no sentence frame with the half the lead reads.
"""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

from evaluation.phrasings import reference
from evaluation.phrasings39.generate import dialogue_row, write
from evaluation.phrasings44.generate import _question

HERE = Path(__file__).parent
SEED = 47

MEDICAL = "城乡居民基本医疗保险实施办法"
RELICS = "文物保护管理办法"
CUSTODIANS = "野外文物看管人员管理细则"
TRAINING = "文物工作人员文物安全培训办法"
ROADS = "四好农村路"
OLD_MEN = ["我爸", "我爷爷", "我外公", "我大伯"]
OLD_WOMEN = ["我妈", "我奶奶", "我外婆", "我姑姑"]
NEIGHBOURS = ["邻居", "亲戚", "我表哥", "朋友", "同村的人"]
ASSAILANTS = ["同学", "邻居", "别人", "一个喝醉的人", "放牧的人"]
DRUGS = ["进口药", "一种新药", "好一点的药", "特效药"]
PLACES = ["托林寺", "古格遗址", "科迦寺", "文保单位"]


def _split(frame: int) -> str:
    return "tune47" if frame % 2 == 0 else "heldout47"


def build() -> list[dict]:  # noqa: C901 (one class after another, as the tables before)
    rng = random.Random(SEED)
    rows: list[dict] = []

    # 1. a post asked of by sex, the post named first (以男性为首选, 细则 第五条)
    frames = [
        "野外文物看管员女的能当吗",
        "看管员女的可以当不",
        "文物看管员女同志能不能当",
        "女的能当文物看管员吗",
    ]
    for n in range(len(frames)):
        frame = n % len(frames)
        rows.append(
            _question(
                f"t47sex-{n + 1:03d}",
                _split(frame),
                frames[frame],
                status="answered",
                gold=[{"doc": CUSTODIANS, "article": "第五条"}],
                answer_contains=["以男性为首选"],
            )
        )

    # 2. an age said after the hiring conditions were asked (25-50岁)
    frames = [
        ("我是{p}的，想去当野外文物看管员，有啥条件", "我今年{a}了还行不"),
        ("当文物看管员要什么条件", "我{a}岁了，还能当吗"),
        ("想报名当看管员，有啥要求", "我哥{a}了，他行吗"),
        ("看管员是怎么选的，要什么条件", "那我{a}岁可以吗"),
    ]
    for n in range(8):
        frame = n % len(frames)
        age = rng.choice([22, 28, 35, 45, 52, 55, 58])
        lead = "可以报名" if 25 <= age <= 50 else "不符合年龄条件"
        one, two = frames[frame]
        turns = [
            (
                one.format(p=rng.choice(["革吉", "噶尔", "普兰", "札达"])),
                {"status": "answered", "gold": [{"doc": CUSTODIANS, "article": "第五条"}]},
            ),
            (
                two.format(a=age),
                {
                    "status": "answered",
                    "gold": [{"doc": CUSTODIANS, "article": "第五条"}],
                    "answer_contains": [lead],
                },
            ),
        ]
        rows.append(dialogue_row(f"t47hireage-{n + 1:03d}", _split(frame), turns))

    # 3. the order of the stay just computed, told with a question of its deductible
    frames = [
        (
            "交{t}档，在{l}医院住院花了{c}，能报多少",
            "这其实是我今年第二次住院了，那起付线咋算，能报多少",
        ),
        ("{t}档 {l} 住院 {c} 报多少", "其实这是今年第二次住院，起付线怎么算，报多少"),
        (
            "我交的{t}，{l}医院住了一次院花了{c}，报多少",
            "这其实是我今年第二次住院了，起付线多少，能报多少钱",
        ),
        ("住院花了{c}，{l}医院，{t}档，报多少", "其实这已经是今年第二次住院了，起付线咋算，报多少"),
    ]
    for n in range(8):
        frame = n % len(frames)
        tier = rng.choice([60, 120, 250])
        level = rng.choice(["二级", "三级"])
        cost = rng.choice([9000, 12000, 15000, 20000])
        first = reference.inpatient(tier, level, str(cost))["payment"]
        second = reference.inpatient(tier, level, str(cost), admission=2)["payment"]
        one, two = frames[frame]
        turns = [
            (
                one.format(t=tier, l=level, c=cost),
                {"status": "calculated", "answer_contains": [first]},
            ),
            (two, {"status": "calculated", "answer_contains": [second]}),
        ]
        rows.append(dialogue_row(f"t47ordertold-{n + 1:03d}", _split(frame), turns))

    # 4. the tier the rules fix by age, computed before, carried into a 门特 bill (250档, 90%)
    frames = [
        ("{k}今年{a}岁了，医保还要交钱吗", "{p}门特一年花了{c}，能报多少"),
        ("{k}{a}了，是不是不用交医保了", "那{p}门特花了{c}，报多少"),
        ("{k}今年{a}岁，医保一年交多少", "{p}在门诊特殊病花了{c}，能报多少钱"),
        ("{k}都{a}了，还用自己交医保吗", "那这样的话{p}门特那{c}能报多少"),
    ]
    for n in range(8):
        frame = n % len(frames)
        female = rng.random() < 0.5
        kin = rng.choice(OLD_WOMEN if female else OLD_MEN)
        age = rng.choice([61, 63, 68, 72]) if female else rng.choice([66, 68, 70, 75])
        cost = rng.choice([3000, 5000, 8000, 12000])
        expected = reference.special_outpatient(250, str(cost))["payment"]
        one, two = frames[frame]
        turns = [
            (one.format(k=kin, a=age), {"status": "calculated"}),
            (
                two.format(p="她" if female else "他", c=cost),
                {"status": "calculated", "answer_contains": [expected]},
            ),
        ]
        rows.append(dialogue_row(f"t47agedtier-{n + 1:03d}", _split(frame), turns))

    # 5. a 门特 bill of a 高血压 said in an earlier turn: the scheme one is in (150/95 met)
    frames = [
        (
            "{k}高血压好多年了，一直吃药，门诊拿药医保管不管",
            "他交的是{t}，门特一年花了{c}，能报多少",
        ),
        ("{k}有高血压，门诊能报吗", "他办了门特，交{t}档，一年花了{c}，报多少"),
        ("{k}得了高血压，门诊开药能报销吗", "他是{t}档，走门特花了{c}，能报多少钱"),
        ("{k}血压高，平时吃药医保管吗", "交的{t}，门特今年花了{c}，报多少"),
    ]
    for n in range(8):
        frame = n % len(frames)
        tier = rng.choice([60, 120, 250])
        cost = rng.choice([2000, 3000, 5000, 6000])
        expected = reference.special_outpatient(tier, str(cost))["payment"]
        one, two = frames[frame]
        turns = [
            (one.format(k=rng.choice(OLD_MEN)), {"status": "answered"}),
            (two.format(t=tier, c=cost), {"status": "calculated", "answer_contains": [expected]}),
        ]
        rows.append(dialogue_row(f"t47bpspecial-{n + 1:03d}", _split(frame), turns))

    # 6. one's card lent, or another's used, with a short while said (第四十五条（一））
    frames = [
        "医保卡给{x}用几天行不行",
        "社保卡借给{x}用几天可以吗",
        "能不能把医保卡借{x}用几天",
        "医保卡给{x}用一下行吗",
    ]
    for n in range(8):
        frame = n % len(frames)
        rows.append(
            _question(
                f"t47card-{n + 1:03d}",
                _split(frame),
                frames[frame].format(x=rng.choice(NEIGHBOURS)),
                status="answered",
                gold=[{"doc": MEDICAL, "article": "第四十五条"}],
            )
        )

    # 7. staying away from a training, or leaving it for an errand (一、（四） 不得退训)
    frames = [
        "培训中途家里有事，可以不去吗",
        "文物安全培训期间能请假吗",
        "培训的时候家里有事不去行不行",
        "参加培训中途有事能不能先回去",
    ]
    for n in range(len(frames)):
        frame = n % len(frames)
        rows.append(
            _question(
                f"t47training-{n + 1:03d}",
                _split(frame),
                frames[frame],
                status="answered",
                gold=[{"doc": TRAINING, "article": "一、（四）"}],
            )
        )

    # 8. another matter's cost asked after a standing was said: no contribution computed
    frames = [
        ("我家是建档立卡户，当看管员会优先吗", "培训的费用谁出"),
        ("我是低保户，能当文物看管员吗", "那培训的钱谁掏"),
        ("我家是建档立卡贫困户，去当看管员行吗", "参加文物安全培训的费用谁出"),
        ("我是低保户，想当看管员", "培训经费谁出"),
    ]
    for n in range(len(frames)):
        frame = n % len(frames)
        one, two = frames[frame]
        turns = [
            (one, {"status": "answered"}),
            (
                two,
                {
                    "status": "answered",
                    "gold": [{"doc": TRAINING, "article": "五、"}],
                    "answer_contains": ["专项经费"],
                },
            ),
        ]
        rows.append(dialogue_row(f"t47othercost-{n + 1:03d}", _split(frame), turns))

    # 9. the source of what an earlier answer said, asked two turns later
    frames = [
        (
            "我家有一幅祖传的唐卡，想卖掉，可以吗",
            "托林寺的壁画能拍照吗",
            "你刚才说的那个备案是哪条？",
            "第三十二条",
        ),
        ("私人收藏的文物能卖吗", "壁画能拍吗", "刚才说的备案是哪一条规定的", "第三十二条"),
        ("文物借给别的博物馆最长多久", "壁画可以拍照吗", "你前面说的借用期限是哪条", "第二十七条"),
        ("馆藏文物最长能借多久", "拍壁画行不行", "刚才那个借用期限出自哪一条", "第二十七条"),
    ]
    for n in range(len(frames)):
        frame = n % len(frames)
        one, two, three, article = frames[frame]
        turns = [
            (one, {"status": "answered"}),
            (two, {"status": "answered"}),
            (
                three,
                {"status": "answered", "gold": [{"doc": RELICS, "article": article}]},
            ),
        ]
        rows.append(dialogue_row(f"t47earlier-{n + 1:03d}", _split(frame), turns))

    # 10. when one pays in, asked after a stay was computed (第八条: 10月1日至12月31日)
    frames = [
        ("我{k}在县医院住院花了{c}，二级医院，交的60档，能报多少", "明年想改交250档，什么时候去交"),
        ("交120档，二级医院住院{c}，报多少", "正常的话每年啥时候交"),
        ("{k}住院花了{c}，三级医院，250档，能报多少", "那医保一般几月份交"),
        ("60档 二级 住院 {c} 报多少", "下一年的医保什么时候交"),
    ]
    for n in range(8):
        frame = n % len(frames)
        one, two = frames[frame]
        turns = [
            (
                one.format(k=rng.choice(["儿子", "女儿", "爸", "妈"]), c=rng.choice([6000, 9000])),
                {"status": "calculated"},
            ),
            (
                two,
                {
                    "status": "answered",
                    "gold": [{"doc": MEDICAL, "article": "第八条"}],
                    "answer_contains": ["10月1日"],
                },
            ),
        ]
        rows.append(dialogue_row(f"t47payin-{n + 1:03d}", _split(frame), turns))

    # 11. a back payment's month against the care's, the care's month changed next (第八条)
    frames = [
        (
            "去年忘交医保了，现在还能补吗",
            "我{m}月{d}号补的，{m}月{e}号住院了，这次能报吗",
            "那要是{n}月份住院呢",
        ),
        ("医保断交了怎么补", "{m}月{d}号补交的，{m}月{e}号住的院，能报吗", "要是{n}月住院呢"),
        (
            "忘了交医保还能补交吗",
            "我是{m}月{d}号补的，{m}月{e}号看病住院，能报销吗",
            "那{n}月份住院的话呢",
        ),
        ("漏交了医保能补吗", "{m}月{d}号补缴的，同月{e}号住院，这次报不报", "那如果是{n}月住院呢"),
    ]
    for n in range(8):
        frame = n % len(frames)
        month = rng.choice([2, 3, 4, 5, 6])
        one, two, three = frames[frame]
        turns = [
            (one, {"status": "answered", "gold": [{"doc": MEDICAL, "article": "第八条"}]}),
            (
                two.format(m=month, d=rng.choice([5, 10, 15]), e=rng.choice([20, 25])),
                {"status": "answered", "answer_contains": ["不能"]},
            ),
            (
                three.format(n=month + 1),
                {"status": "answered", "answer_contains": ["能：", f"{month + 1}月起享受"]},
            ),
        ]
        rows.append(dialogue_row(f"t47lapse-{n + 1:03d}", _split(frame), turns))

    # 12. the year's total asked after a 门特 bill and a stay (one yearly cap, 第二十三条)
    frames = [
        (
            "交{t}档，门特今年花了{a}，能报多少",
            "今年还在{l}医院住了一次院，花了{b}，能报多少",
            "那今年基本医保一共能报多少",
        ),
        ("{t}档 门诊特殊病 {a} 报多少", "她又在{l}医院住院花了{b}，报多少", "今年一共能报多少钱"),
        ("我交的{t}，门特一年{a}，报多少", "另外{l}医院住院{b}，报多少", "两样加起来一共能报多少"),
        ("门特花了{a}，{t}档，能报多少", "还在{l}住了院，{b}，能报多少", "全年总共能报多少"),
    ]
    for n in range(8):
        frame = n % len(frames)
        tier = rng.choice([120, 250])
        level = rng.choice(["二级", "三级"])
        first_cost = rng.choice([10000, 20000, 40000])
        second_cost = rng.choice([15000, 30000])
        first = reference.special_outpatient(tier, str(first_cost))["payment"]
        second = reference.inpatient(tier, level, str(second_cost), already_paid=first)["payment"]
        total = reference.money(Decimal(first) + Decimal(second))
        one, two, three = frames[frame]
        turns = [
            (
                one.format(t=tier, a=first_cost),
                {"status": "calculated", "answer_contains": [first]},
            ),
            (
                two.format(l=level, b=second_cost),
                {"status": "calculated", "answer_contains": [second]},
            ),
            (three, {"status": "answered", "answer_contains": [total]}),
        ]
        rows.append(dialogue_row(f"t47yeartotal-{n + 1:03d}", _split(frame), turns))

    # 13. an injury by another person after a stay was computed (第三十条（十二）: a third party)
    frames = [
        ("我儿子在县医院住院花了{c}，二级医院，交的60档，能报多少", "如果他是被{x}打伤的呢"),
        ("孩子摔伤住院{c}，二级，120档，报多少", "要是被{x}打的呢"),
        ("我弟住院花了{c}，县医院二级，250档，能报多少", "那如果是被{x}打伤住院的呢"),
        ("二级医院住院{c}，交60档，报多少", "要是他是让{x}打伤的呢"),
    ]
    for n in range(8):
        frame = n % len(frames)
        one, two = frames[frame]
        turns = [
            (one.format(c=rng.choice([6000, 9000])), {"status": "calculated"}),
            (
                two.format(x=rng.choice(ASSAILANTS)),
                {
                    "status": ["calculated", "answered"],
                    "gold": [{"doc": MEDICAL, "article": "第三十条"}],
                },
            ),
        ]
        rows.append(dialogue_row(f"t47assault-{n + 1:03d}", _split(frame), turns))

    # 14. a drug outside the catalogues (第二十一条, 第三十八条)
    frames = [
        "医生开的{d}不在目录里，能报吗",
        "医生还开了些自费药，这部分能报吗",
        "不在医保目录里的{d}能不能报销",
        "自费药能走医保吗",
    ]
    for n in range(len(frames)):
        frame = n % len(frames)
        rows.append(
            _question(
                f"t47catalogue-{n + 1:03d}",
                _split(frame),
                frames[frame].format(d=rng.choice(DRUGS)),
                status="answered",
                gold=[{"doc": MEDICAL, "article": "第二十一条"}],
                answer_contains=["不能报销"],
            )
        )

    # 15. the employees' scheme beside the residents' (第六条: 不得同时参加)
    frames = [
        "我弟找到工作交了职工医保，居民医保还交吗",
        "职工医保和城乡居民医保能一起交吗",
        "单位给交了医保，城乡居民医保还用交吗",
        "有了职工医保，还能再参加居民医保吗",
    ]
    for n in range(len(frames)):
        frame = n % len(frames)
        rows.append(
            _question(
                f"t47schemes-{n + 1:03d}",
                _split(frame),
                frames[frame],
                status="answered",
                gold=[{"doc": MEDICAL, "article": "第六条"}],
                answer_contains=["不可以同时参加"],
            )
        )

    # 16. leave asked after the act ("拍壁画 行不行"): the ban's verdict (第三十七条)
    frames = [
        "游客在{p}拍壁画 行不行",
        "在{p}里拍壁画可以吗",
        "去{p}给壁画拍照行吗",
        "{p}的壁画拍几张照片行不行",
    ]
    for n in range(8):
        frame = n % len(frames)
        rows.append(
            _question(
                f"t47leave-{n + 1:03d}",
                _split(frame),
                frames[frame].format(p=rng.choice(PLACES)),
                status="answered",
                gold=[{"doc": RELICS, "article": "第三十七条"}],
                answer_contains=["不可以"],
            )
        )

    # 17. a caesarean the mother wants, asked after the birth rule (第三十条（七））
    frames = [
        ("生孩子的住院费能报多少", "我其实想直接剖，不想顺产，这个也能报吗"),
        ("分娩的费用医保报多少", "我怕疼想剖腹产，能报吗"),
        ("生娃住院能全报吗", "我不想顺产，想剖，能报销吗"),
        ("孕妇生孩子医保怎么报", "要是我自己想剖呢，能报吗"),
    ]
    for n in range(len(frames)):
        frame = n % len(frames)
        one, two = frames[frame]
        turns = [
            (one, {"status": "answered", "gold": [{"doc": MEDICAL, "article": "第二十九条"}]}),
            (
                two,
                {
                    "status": "answered",
                    "gold": [{"doc": MEDICAL, "article": "第三十条"}],
                    "answer_contains": ["不能报销"],
                },
            ),
        ]
        rows.append(dialogue_row(f"t47caesarean-{n + 1:03d}", _split(frame), turns))

    # 18. a thing of the same kind named after a length asked of a thing (第二十七条)
    frames = [
        ("寺里的文物借给地区博物馆 最长借多久", "一级文物呢"),
        ("馆藏文物最长能借多久", "那一级文物呢"),
        ("寺藏文物借出去最长多长时间", "一级文物呢？"),
        ("博物馆的文物借给别的单位最多借多久", "那一级文物呢"),
    ]
    for n in range(len(frames)):
        frame = n % len(frames)
        one, two = frames[frame]
        turns = [
            (one, {"status": "answered", "gold": [{"doc": RELICS, "article": "第二十七条"}]}),
            (two, {"status": "answered", "gold": [{"doc": RELICS, "article": "第二十七条"}]}),
        ]
        rows.append(dialogue_row(f"t47samekind-{n + 1:03d}", _split(frame), turns))

    # 19. a figure stated with a bracketed list inside its sentence (2个乡镇(…)和21个建制村(…))
    frames = [
        "四好农村路方案里，阿里还有多少地方没通硬化路",
        "全地区还有几个村没通硬化路",
        "阿里没通硬化路的建制村有多少个",
        "还有多少乡镇和村没有通硬化路",
    ]
    for n in range(len(frames)):
        frame = n % len(frames)
        rows.append(
            _question(
                f"t47bracket-{n + 1:03d}",
                _split(frame),
                frames[frame],
                status="answered",
                gold=[{"doc": ROADS, "article": "二、"}],
                answer_contains=["21个建制村"],
            )
        )

    # 20. a general rule's matter asked by anyone (not a custodian): 办法 第五十条, not 细则
    frames = [
        "施工挖到疑似文物不报 罚多少钱",
        "盖房子挖出文物不上报会怎么处理",
        "修路发现文物藏起来不报，怎么罚",
        "工地上挖到文物隐瞒不报有什么处罚",
    ]
    for n in range(len(frames)):
        frame = n % len(frames)
        rows.append(
            _question(
                f"t47general-{n + 1:03d}",
                _split(frame),
                frames[frame],
                status=["answered", "out_of_scope"],
                gold=[
                    {"doc": RELICS, "article": "第五十条"},
                    {"doc": RELICS, "article": "第二十一条"},
                ],
            )
        )
    return rows


if __name__ == "__main__":
    write(build(), HERE)
