"""python -m evaluation.phrasings46.generate — write the rows of the classes of the
forty-first session (phrasings46: tune46 and heldout46).

As phrasings45: each class has several sentence frames; persons, places, illnesses, bills and
tiers are drawn with a seeded generator; every expected figure comes from the independent
reference (evaluation/phrasings/reference.py); the even frames of a class are tune46, the odd
ones heldout46, so the held-out half shares no sentence frame with the half the lead reads.
"""

from __future__ import annotations

import random
from pathlib import Path

from evaluation.phrasings import reference
from evaluation.phrasings39.generate import dialogue_row, write
from evaluation.phrasings44.generate import _question

HERE = Path(__file__).parent
SEED = 46

MEDICAL = "城乡居民基本医疗保险实施办法"
RELICS = "文物保护管理办法"
KIN = ["我爸", "我妈", "我老公", "我媳妇", "我哥", "我姐", "我舅舅", "我叔"]
OUTSIDE = ["成都", "西宁", "北京", "兰州", "西安", "武汉"]
# things 第三十七条's ban on photographs does not list (壁画、馆藏文物和考古发掘现场)
UNLISTED = ["寺庙外景", "寺院大门", "白塔外观", "古城遗址的远景", "山上的经幡"]
ILLNESSES = ["感冒", "发烧", "拉肚子", "咳嗽", "头疼"]
# what a stay's 第三十条 items exclude, said in everyday words
EXCLUDED = ["伙食费", "吃饭的钱", "请护工的钱", "空调费", "交通费"]
COUNTRIES = ["德国", "日本", "法国", "美国", "尼泊尔"]


def _split(frame: int) -> str:
    return "tune46" if frame % 2 == 0 else "heldout46"


def build() -> list[dict]:
    rng = random.Random(SEED)
    rows: list[dict] = []

    # 1. a bare follow-up naming a thing a ban does not list, after the ban was asked
    frames = [
        ("寺庙里的壁画能拍照吗", "那{t}呢"),
        ("壁画可以拍吗", "不对，我说的是{t}"),
        ("馆藏文物能拍照吗", "那{t}呢"),
        ("寺里的壁画让拍吗", "我问的是{t}"),
    ]
    for n in range(8):
        frame = n % len(frames)
        one, two = frames[frame]
        thing = rng.choice(UNLISTED)
        turns = [
            (one, {"status": "answered", "gold": [{"doc": RELICS, "article": "第三十七条"}]}),
            (
                two.format(t=thing),
                {
                    "status": "answered",
                    "gold": [{"doc": RELICS, "article": "第三十七条"}],
                    "answer_contains": ["没有提到"],
                },
            ),
        ]
        rows.append(dialogue_row(f"t46swap-{n + 1:03d}", _split(frame), turns))

    # 2. the ban asked of a thing it does not list, in one turn
    frames = ["拍{t}可以吗", "能不能拍{t}", "{t}能拍照吗", "在{t}那边录像可以吗"]
    for n in range(8):
        frame = n % len(frames)
        rows.append(
            _question(
                f"t46unlisted-{n + 1:03d}",
                _split(frame),
                frames[frame].format(t=rng.choice(UNLISTED)),
                status="answered",
                gold=[{"doc": RELICS, "article": "第三十七条"}],
                answer_contains=["没有提到"],
            )
        )

    # 3. an everyday illness, no stay: an ordinary outpatient visit computed
    frames = [
        "{i}去乡卫生院看病花了{c}，能报多少",
        "{k}{i}了，在村卫生室拿药花了{c}块，医保报多少",
        "平时{i}去诊所看病，一共花了{c}，能报销多少",
        "{i}在县医院门口诊所看了，花{c}元，报多少钱",
    ]
    for n in range(8):
        frame = n % len(frames)
        cost = rng.choice([150, 200, 260, 380, 500, 800])
        rows.append(
            {
                "id": f"t46illness-{n + 1:03d}",
                "category": "calculation",
                "split": _split(frame),
                "question": frames[frame].format(
                    i=rng.choice(ILLNESSES), k=rng.choice(KIN), c=cost
                ),
                "status": "calculated",
                "calculator": "general_outpatient",
                "inputs": {"cost": str(cost)},
                "expected": reference.general_outpatient(str(cost)),
            }
        )

    # 4. a drug class said after its sum (两病, 乡镇卫生院 70%)
    frames = [
        "{k}高血压，在乡卫生院开药{t}块，其中{b}是乙类药，能报多少",
        "{k}糖尿病 乡卫生院拿药一年{t} 里面有{b}块是乙类的 报多少",
        "高血压的药在乡镇卫生院开了{t}元，{b}元是乙类药，医保给多少",
        "糖尿病药乡卫生院一共{t}，有{b}是乙类药品，能报销多少",
    ]
    for n in range(8):
        frame = n % len(frames)
        total = rng.choice([600, 800, 1000])
        part = rng.choice([100, 200, 300])
        text = frames[frame].format(k=rng.choice(KIN), t=total, b=part)
        disease = "高血压" if "高血压" in text else "糖尿病"
        expected = reference.two_diseases([disease], "乡镇卫生院", str(total - part), str(part))
        rows.append(
            _question(
                f"t46classafter-{n + 1:03d}",
                _split(frame),
                text,
                status="calculated",
                answer_contains=[expected["payment"]],
            )
        )

    # 5. a tier said again after the level changes: the tier, not the bill
    frames = [
        ("交120档 县医院住院花了{c} 报多少", "那在地区医院呢 三级 也是120"),
        ("我交的120，二级医院住院{c}，能报多少", "换到三级医院 还是120档"),
        ("120档的，在县医院住了院，花了{c}，报多少", "要是三级医院呢，也是交的120"),
        ("交120的 二级医院住院花{c} 能报多少", "那去三级的呢 还是按120"),
    ]
    for n in range(8):
        frame = n % len(frames)
        cost = rng.choice([6000, 8000, 10000, 15000])
        first = reference.inpatient(120, "二级", str(cost))["payment"]
        second = reference.inpatient(120, "三级", str(cost))["payment"]
        one, two = frames[frame]
        turns = [
            (one.format(c=cost), {"status": "calculated", "answer_contains": [first]}),
            (two, {"status": "calculated", "answer_contains": [second]}),
        ]
        rows.append(dialogue_row(f"t46tieragain-{n + 1:03d}", _split(frame), turns))

    # 6. an excluded item asked after a stay was computed: a verdict, no bill
    frames = [
        ("交250档 县医院住院花了8000 报多少", "那{x}能报吗"),
        ("我交的120，三级医院住院1万，能报多少", "住院的{x}呢 能报不"),
        ("60档 乡卫生院住院5000 报多少", "{x}也能报吗"),
        ("交250的 地区医院住院2万 能报多少", "那住院期间的{x}给报吗"),
    ]
    for n in range(8):
        frame = n % len(frames)
        one, two = frames[frame]
        turns = [
            (one, {"status": "calculated"}),
            (
                two.format(x=rng.choice(EXCLUDED)),
                {
                    "status": "answered",
                    "gold": [{"doc": MEDICAL, "article": "第三十条"}],
                    "answer_contains": ["不能报销"],
                },
            ),
        ]
        rows.append(dialogue_row(f"t46excluded-{n + 1:03d}", _split(frame), turns))

    # 7. a visitor asking whether the scheme pays them (第六条: Ngari's residents)
    frames = [
        "我是{p}游客，在阿里生病了，医保能报吗",
        "{p}来旅游的人在阿里看病，城乡居民医保给报吗",
        "外国人在阿里住院，医保报不报",
        "我们是来阿里旅游的，看病能用这里的医保报销吗",
    ]
    for n in range(8):
        frame = n % len(frames)
        rows.append(
            _question(
                f"t46visitor-{n + 1:03d}",
                _split(frame),
                frames[frame].format(p=rng.choice(COUNTRIES)),
                status="answered",
                gold=[{"doc": MEDICAL, "article": "第六条"}],
                answer_contains=["户籍"],
            )
        )

    # 8. when the medical measures take effect (第四十九条)
    frames = [
        "城乡居民医保实施办法什么时候施行",
        "这个医保办法是哪天开始实施的",
        "医保实施办法施行的时间是哪天",
        "阿里的居民医保办法啥时候生效",
    ]
    for n in range(4):
        rows.append(
            _question(
                f"t46effective-{n + 1:03d}",
                _split(n),
                frames[n],
                status="answered",
                gold=[{"doc": MEDICAL, "article": "第四十九条"}],
                answer_contains=["2020年1月1日"],
            )
        )

    # 9. a bed fee a day set against its level's standard (第二十二条（二））
    caps = {"乡镇卫生院": 20, "一级医院": 40, "二级医院": 60, "三级医院": 80}
    frames = [
        "{lv}床位费一天{f} 能全报吗",
        "在{lv}住院 床位费每天{f}块 都能报吗",
        "{lv}的床位费一天收{f}，能全部报销吗",
        "{lv}床位一天{f}元 给全报不",
    ]
    for n in range(8):
        frame = n % len(frames)
        level = list(caps)[n % 4]
        fee = caps[level] + rng.choice([10, 20, 40])
        rows.append(
            _question(
                f"t46bedfee-{n + 1:03d}",
                _split(frame),
                frames[frame].format(lv=level, f=fee),
                status="answered",
                gold=[{"doc": MEDICAL, "article": "第二十二条"}],
                answer_contains=["不能全报", f"{caps[level]}元/床日"],
            )
        )

    # 10. a 建档立卡 person's own 60 is their share of the 250 tier (第十八条（四））
    frames = [
        "{k}是建档立卡户，个人就交了60块，县医院住院花了{c}，能报多少",
        "建档立卡的，自己只交了60，二级医院住院{c}，报多少",
        "我家建档立卡户 个人交的60 在县医院住院花了{c} 能报多少钱",
        "{k}建档立卡，本人缴了60元，住县医院花了{c}，医保报多少",
    ]
    for n in range(8):
        frame = n % len(frames)
        cost = rng.choice([5000, 8000, 12000])
        expected = reference.inpatient(250, "二级", str(cost), poor=True)["payment"]
        rows.append(
            _question(
                f"t46ownshare-{n + 1:03d}",
                _split(frame),
                frames[frame].format(k=rng.choice(KIN), c=cost),
                status="calculated",
                answer_contains=[expected],
            )
        )

    # 11. a designated hospital not the one chosen (第二十九条（五））
    frames = [
        "在不是自己选的定点医院看病能报吗",
        "去了一家没选的定点医院住院，医保给报吗",
        "{k}在不是选定的定点医院住的院，能报销吗",
        "没选的那家定点医院看病能报不",
    ]
    for n in range(4):
        rows.append(
            _question(
                f"t46notchosen-{n + 1:03d}",
                _split(n),
                frames[n].format(k=rng.choice(KIN)),
                status="answered",
                gold=[{"doc": MEDICAL, "article": "第二十九条"}],
                answer_contains=["非选定"],
            )
        )

    # 12. a transfer between schemes, its direction (第十三条)
    frames = [
        ("以后转到职工医保了，之前住院的钱怎么算", "由城乡居民基本医疗保险转入城镇职工"),
        ("从职工医保转过来以后，住院的钱谁报", "由城镇职工基本医疗保险转入城乡居民"),
        (
            "{k}考上公务员转职工医保了，还在居民医保时住的院怎么报",
            "由城乡居民基本医疗保险转入城镇职工",
        ),
        ("原来是职工医保，现在转成居民医保，住院怎么算", "由城镇职工基本医疗保险转入城乡居民"),
    ]
    for n in range(4):
        text, said = frames[n]
        rows.append(
            _question(
                f"t46moved-{n + 1:03d}",
                _split(n),
                text.format(k=rng.choice(KIN)),
                status="answered",
                gold=[{"doc": MEDICAL, "article": "第十三条"}],
                answer_contains=[said],
            )
        )

    # 13. a stay at another city's hospital after a local one: the level kept only in a note
    frames = [
        ("交250档 县医院住院花了{c} 报多少", "要是去{p}住院呢"),
        ("我交120，二级医院住院{c}，能报多少", "那在{p}住的话呢"),
        ("交60档的 县医院住院花了{c} 能报多少", "要是去{p}的医院住院呢"),
        ("250档 二级医院住院{c} 报多少", "换成在{p}住院呢"),
    ]
    tiers = [250, 120, 60, 250]
    for n in range(8):
        frame = n % len(frames)
        cost = rng.choice([8000, 10000, 15000])
        first = reference.inpatient(tiers[frame], "二级", str(cost))["payment"]
        second = reference.inpatient(tiers[frame], "二级", str(cost), in_area=False)["payment"]
        one, two = frames[frame]
        turns = [
            (one.format(c=cost), {"status": "calculated", "answer_contains": [first]}),
            (
                two.format(p=rng.choice(OUTSIDE)),
                {"status": "calculated", "answer_contains": [second, "医院级别按前面说的"]},
            ),
        ]
        rows.append(dialogue_row(f"t46moveaway-{n + 1:03d}", _split(frame), turns))
    return rows


if __name__ == "__main__":
    write(build(), HERE)
