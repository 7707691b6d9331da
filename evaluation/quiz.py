"""The quiz benchmark: many seeds through the checker, pool size, seed overlap, core coverage."""

from __future__ import annotations

import math
import time
from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations

from assistant.quiz import check_bank, generate
from assistant.quiz.checker import (
    core_units,
    key_units,
    label_tells_key,
    question_overlap,
    sentence_of,
    stem_overlap,
)
from assistant.quiz.generator import DEFAULT_DOCS, atoms, papers, places, pool
from assistant.quiz.pairing import repeats
from corpus import Corpus

PAIR_SEEDS = 12  # every pair of the first 12 seeds: 66 pairs
SHORT_SIZES = (20, 30)  # papers short enough for the pool to allow little overlap
PAPER_SIZE = 60  # the paper issue 13 names
KEY_ARTICLES = (
    ("relic-protection/art-21", "文物保护管理办法 第二十一条"),
    ("relic-custodians/art-7", "看管人员管理细则 第七条"),
    ("relic-custodians/art-11", "看管人员管理细则 第十一条"),
    ("relic-custodians/art-12", "看管人员管理细则 第十二条"),
)
# clauses a field custodian must be asked (quiz13 review): 细则 第七条（四）, reporting looting to
# the relic and public-security departments at once (a rule key "…/art-7#4…" of any atom)
KEY_CLAUSES = (("relic-custodians/art-7#4", "看管人员管理细则 第七条（四）"),)


def longest_key_run(rows: list[dict]) -> int:
    """The most 判断 items with one key in a row, over the 判断 items in the printed order."""
    keys = [r["answer"] for r in rows if r["type"] == "判断"]
    best = run = 0
    for n, key in enumerate(keys):
        run = run + 1 if n and key == keys[n - 1] else 1
        best = max(best, run)
    return best


@dataclass
class QuizScores:
    banks: int
    size: int
    violations: int
    examples: list[str]
    pool_by_document: dict[str, int]
    overlaps: list[float]
    core_total: int
    core_missing: Counter = field(default_factory=Counter)
    key_hits: Counter = field(default_factory=Counter)
    paper_overlaps: list[float] = field(default_factory=list)
    seconds: float = 0.0
    type_difficulty: float = 0.0  # Cramér's V between type and label over the pool (0: none)
    labels: Counter = field(default_factory=Counter)  # (type, label) over the pool
    pair_overlaps: list[float] = field(default_factory=list)  # every pair of PAIR_SEEDS seeds
    multi_pool: int = 0  # distinct 多选 items the documents allow
    key_total: int = 0
    key_missing: int = 0  # key units (facts.is_key_unit) left out, over all banks
    core_share: float = 0.0  # mean share of core units a bank asks
    question_overlaps: list[float] = field(default_factory=list)  # same type, rule and detail
    sizes: list[int] = field(default_factory=list)  # items a bank of `size` holds
    judge_shares: list[float] = field(default_factory=list)  # share of 判断 in each bank
    most_per_unit: int = 0  # most items of one article in any bank
    places: int = 0  # the most items any bank can hold under the rules (generator.places)
    judge_keys: Counter = field(default_factory=Counter)  # (label, key) of every bank's 判断
    label_leaks: int = 0  # banks where a label tells the 判断 key (checker.label_tells_key)
    short_overlaps: dict[int, list[float]] = field(default_factory=dict)  # size → pair overlaps
    paper_sizes: list[int] = field(default_factory=list)  # items of PAPER_SIZE requested
    clause_hits: Counter = field(default_factory=Counter)  # KEY_CLAUSES asked, over the banks
    atoms: int = 0  # distinct facts (rule keys) the pool asks (generator.atoms)
    thirds: int = 0  # articles holding three items, over the banks of `size`
    judge_harder: tuple[int, int] = (0, 0)  # (pairs, harder): false 判断 vs a gap on one fact
    ab_sizes: list[tuple[int, int]] = field(default_factory=list)  # items of papers A and B
    ab_missing: int = 0  # key units both papers A and B leave out, over the pairs
    ab_single: int = 0  # key units only one paper of a pair asks (the papers share no fact)
    ab_repeats: int = 0  # items of B that re-ask A (pairing.repeats), over the pairs
    fact_pairs: list[float] = field(default_factory=list)  # facts (sentences), PAIR_SEEDS pairs
    fact_adjacent: list[float] = field(default_factory=list)  # facts, seed and seed + 1
    fact_papers: list[float] = field(default_factory=list)  # facts paper B shares with paper A
    fact_always: tuple[int, float] = (0, 0.0)  # facts every bank asks; facts in a bank (mean)
    key_runs: list[int] = field(default_factory=list)  # longest run of one 判断 key, per bank
    first_shares: list[float] = field(default_factory=list)  # first_share, seed and seed + 1


def facts_of(rows: list[dict]) -> set[str]:
    """The facts a bank tests: the source sentences of its items' rule keys (seed-2323 review:
    two seeds may print different stems yet test the same sentences)."""
    return {sentence_of(k) for r in rows for k in r.get("rule_keys", [])}


FIRST = 22  # the items of a make-up paper a trainer compares first (seed-2727 review: 22)


def first_share(a: list[dict], b: list[dict], first: int = FIRST) -> float:
    """Share of paper b's first items (as printed) that test a fact (sentence) paper a tests
    anywhere (seed-2727 review: 16 of 2728's first 22 items tested a 2727 fact)."""
    tested = facts_of(a)
    head = b[:first]
    hit = sum(bool({sentence_of(k) for k in r.get("rule_keys", [])} & tested) for r in head)
    return hit / max(1, len(head))


def fact_overlap(a: list[dict], b: list[dict]) -> float:
    """Share of the smaller bank's facts that the other bank also tests."""
    fa, fb = facts_of(a), facts_of(b)
    return len(fa & fb) / max(1, min(len(fa), len(fb)))


def evaluate(corpus: Corpus, banks: int = 50, size: int = 50) -> QuizScores:
    started = time.perf_counter()
    docs = list(DEFAULT_DOCS)
    core = core_units(corpus, docs)
    keys = key_units(corpus, docs)
    key_missing, core_asked = 0, 0
    items_by_seed = []
    violations, examples = 0, []
    missing: Counter = Counter()
    hits: Counter = Counter()
    clause_hits: Counter = Counter()
    sizes: list[int] = []
    judge_shares: list[float] = []
    most = 0
    judge_keys: Counter = Counter()
    label_leaks = 0
    thirds = 0
    key_runs: list[int] = []
    for seed in range(banks):
        bank = generate(corpus, size, seed=seed)
        rows = [i.to_dict() for i in bank.items]
        items_by_seed.append(rows)
        sizes.append(len(rows))
        judge_shares.append(sum(r["type"] == "判断" for r in rows) / max(1, len(rows)))
        per_unit = Counter(r["unit_id"] for r in rows)
        most = max(most, max(per_unit.values(), default=0))
        thirds += sum(v > 2 for v in per_unit.values())
        problems = check_bank(rows, corpus, bank.documents)
        violations += len(problems)
        examples += problems[: max(0, 5 - len(examples))]
        asked = {i.unit_id for i in bank.items}
        missing.update(u.citation for u in core if u.id not in asked)
        key_missing += sum(u.id not in asked for u in keys)
        core_asked += sum(u.id in asked for u in core)
        hits.update(name for unit_id, name in KEY_ARTICLES if unit_id in asked)
        asked_keys = {k for i in bank.items for k in i.rule_keys}
        clause_hits.update(
            name for prefix, name in KEY_CLAUSES if any(k.startswith(prefix) for k in asked_keys)
        )
        judge_keys.update((r["difficulty"], r["answer"]) for r in rows if r["type"] == "判断")
        label_leaks += bool(label_tells_key(rows))
        key_runs.append(longest_key_run(rows))
    overlaps = [stem_overlap(items_by_seed[i], items_by_seed[i + 1]) for i in range(banks - 1)]
    pairs = [stem_overlap(a, b) for a, b in combinations(items_by_seed[:PAIR_SEEDS], 2)]
    questions = [question_overlap(a, b) for a, b in combinations(items_by_seed[:PAIR_SEEDS], 2)]
    material = pool(corpus)
    counts = Counter(i.unit_id.split("/")[0] for i in material)
    labels = Counter((i.type, i.difficulty) for i in material)
    paper_overlaps, fact_papers = [], []
    ab_sizes, ab_missing, ab_single, ab_repeats = [], 0, 0, 0
    for seed in range(0, min(banks, 20) * 2, 2):
        first, second = papers(corpus, size, seed=seed)
        rows = [i.to_dict() for i in second.items]
        paper_overlaps.append(stem_overlap([i.to_dict() for i in first.items], rows))
        fact_papers.append(fact_overlap([i.to_dict() for i in first.items], rows))
        violations += len(check_bank(rows, corpus, second.documents))
        ab_sizes.append((len(first.items), len(second.items)))
        rows_a = [i.to_dict() for i in first.items]
        ab_repeats += sum(bool(repeats(r, rows_a)) for r in rows)
        asked = [{i.unit_id for i in paper.items} for paper in (first, second)]
        ab_missing += sum(u.id not in asked[0] | asked[1] for u in keys)
        ab_single += sum(u.id in asked[0] ^ asked[1] for u in keys)
    scores = QuizScores(
        banks,
        size,
        violations,
        examples,
        dict(counts),
        overlaps,
        len(core),
        missing,
        hits,
        paper_overlaps,
        time.perf_counter() - started,
        cramers_v(labels),
        labels,
    )
    scores.pair_overlaps = pairs
    scores.fact_pairs = [fact_overlap(a, b) for a, b in combinations(items_by_seed[:PAIR_SEEDS], 2)]
    scores.fact_adjacent = [
        fact_overlap(items_by_seed[i], items_by_seed[i + 1]) for i in range(banks - 1)
    ]
    scores.fact_papers = fact_papers
    scores.first_shares = [
        first_share(items_by_seed[i], items_by_seed[i + 1]) for i in range(banks - 1)
    ]
    always = set.intersection(*[facts_of(rows) for rows in items_by_seed]) if banks else set()
    scores.fact_always = (
        len(always),
        sum(len(facts_of(rows)) for rows in items_by_seed) / max(1, banks),
    )
    scores.ab_sizes, scores.ab_missing = ab_sizes, ab_missing
    scores.ab_single, scores.ab_repeats = ab_single, ab_repeats
    scores.question_overlaps = questions
    scores.multi_pool = sum(i.type == "多选" for i in material)
    scores.key_total, scores.key_missing = len(keys), key_missing
    scores.core_share = core_asked / max(1, len(core) * banks)
    scores.sizes, scores.judge_shares, scores.most_per_unit = sizes, judge_shares, most
    scores.places = places(corpus, docs, size)
    scores.clause_hits = clause_hits
    scores.atoms = len(atoms(material))
    scores.thirds = thirds
    scores.judge_harder = judge_harder(material)
    scores.judge_keys, scores.label_leaks = judge_keys, label_leaks
    scores.key_runs = key_runs
    for short in SHORT_SIZES:
        rows = [
            [i.to_dict() for i in generate(corpus, short, seed=s).items] for s in range(PAIR_SEEDS)
        ]
        scores.short_overlaps[short] = [stem_overlap(a, b) for a, b in combinations(rows, 2)]
    # the 60-item paper of issue 13: its size and its checker violations over every seed
    for seed in range(banks):
        bank = generate(corpus, PAPER_SIZE, seed=seed)
        scores.paper_sizes.append(len(bank.items))
        scores.violations += len(check_bank([i.to_dict() for i in bank.items], corpus, docs))
    return scores


def judge_harder(material: list) -> tuple[int, int]:
    """Pairs of a false 判断 and a 单选/填空 asking the same fact (rule key), and how many of
    them label the 判断 harder (seed-2121 review: 中 as 单选, 难 as 判断)."""
    order = ("易", "中", "难")
    by_key: dict[str, list] = {}
    for item in material:
        for k in item.rule_keys:
            by_key.setdefault(k, []).append(item)
    pairs = harder = 0
    for group in by_key.values():
        for j in (i for i in group if i.type == "判断" and i.answer == "错误"):
            for g in (i for i in group if i.type in ("单选", "填空")):
                pairs += 1
                harder += order.index(j.difficulty) > order.index(g.difficulty)
    return pairs, harder


def cramers_v(table: Counter) -> float:
    """Association of two labels (here item type and difficulty): 0 none, 1 one decides the other."""
    n = sum(table.values())
    rows = Counter()
    cols = Counter()
    for (a, b), k in table.items():
        rows[a] += k
        cols[b] += k
    if not n or len(rows) < 2 or len(cols) < 2:
        return 0.0
    chi = sum(
        (table[(a, b)] - rows[a] * cols[b] / n) ** 2 / (rows[a] * cols[b] / n)
        for a in rows
        for b in cols
    )
    return math.sqrt(chi / (n * (min(len(rows), len(cols)) - 1)))


def _mean(values: list[float]) -> float:
    return sum(values) / max(1, len(values))


def _span(values: list[int]) -> str:
    """Mean and range of a few counts ("38.9（36–41）")."""
    if not values:
        return "—"
    return f"{sum(values) / len(values):.1f}（{min(values)}–{max(values)}）"


def report(scores: QuizScores) -> str:
    mean = sum(scores.overlaps) / max(len(scores.overlaps), 1)
    lines = [
        "# 题库评测",
        "",
        f"- 题库：{scores.banks} 个种子 × {scores.size} 题（三个文物文件），用时 {scores.seconds:.1f} 秒",
        f"- 检查器违规（含 A/B 卷的 B 卷和 {PAPER_SIZE} 题的题库）：{scores.violations} 处",
        f"- 每个题库实际题数（要 {scores.size} 题）：平均 "
        f"{sum(scores.sizes) / max(1, len(scores.sizes)):.1f}，最少 {min(scores.sizes, default=0)}，"
        f"最多 {max(scores.sizes, default=0)}；判断题占比最高 "
        f"{max(scores.judge_shares, default=0):.0%}；同一条最多出 {scores.most_per_unit} 题"
        f"（出 3 题的条文共 {scores.thirds} 次）",
        f"- 规则允许的题量上限（每条规定只考一次、同一条最多 2 题（分别考三个不同句子的长条文 3 题）、"
        "程序性规定至多十五分之一）："
        f"{scores.places} 题",
        f"- 题目池（不同题干的合格题）：{sum(scores.pool_by_document.values())} 道；"
        + "，".join(f"{d} {n}" for d, n in scores.pool_by_document.items()),
        f"- 相邻种子题干重合：平均 {mean:.0%}，最高 {max(scores.overlaps, default=0):.0%}",
        f"- 任意两个种子（前 {PAIR_SEEDS} 个种子两两组合，{len(scores.pair_overlaps)} 对）题干重合："
        f"平均 {sum(scores.pair_overlaps) / max(len(scores.pair_overlaps), 1):.0%}，"
        f"最高 {max(scores.pair_overlaps, default=0):.0%}，超过三分之一的 "
        f"{sum(o > 1 / 3 for o in scores.pair_overlaps)} 对",
        f"- 同样的 {len(scores.question_overlaps)} 对按“同题型、同一条规则、同一处细节”算（错误陈述换了"
        f"别的错值也算同一题）：平均 {sum(scores.question_overlaps) / max(len(scores.question_overlaps), 1):.0%}，"
        f"最高 {max(scores.question_overlaps, default=0):.0%}",
        f"- 考到的事实（条文句子）重合：相邻种子平均 {_mean(scores.fact_adjacent):.0%}，"
        f"前 {PAIR_SEEDS} 个种子两两组合平均 {_mean(scores.fact_pairs):.0%}，A/B 卷平均 "
        f"{_mean(scores.fact_papers):.0%}；每个题库平均考 {scores.fact_always[1]:.1f} 句，其中 "
        f"{scores.fact_always[0]} 句每个题库都考（两卷事实重合的下限约 "
        f"{scores.fact_always[0] / max(1.0, scores.fact_always[1]):.0%}）",
        f"- 相邻种子（补考卷）前 {FIRST} 题中考到上一卷事实的比例：平均 "
        f"{_mean(scores.first_shares):.0%}，最高 {max(scores.first_shares, default=0):.0%}",
        f"- 题目池中的多选题：{scores.multi_pool} 道",
        f"- A/B 卷（papers()，两卷知识点互不重复）{len(scores.paper_overlaps)} 对：题干重合平均 "
        f"{sum(scores.paper_overlaps) / max(len(scores.paper_overlaps), 1):.0%}，"
        f"最高 {max(scores.paper_overlaps, default=0):.0%}；B 卷重问 A 卷（同一知识点、同一改法、"
        f"镜像多选、题干印出对方答案）{scores.ab_repeats} 道；题数 A 卷 "
        f"{_span([a for a, _ in scores.ab_sizes])}，B 卷 {_span([b for _, b in scores.ab_sizes])}；"
        f"两卷都漏考的必考条文 {scores.ab_missing} 次，只在一卷考到的 {scores.ab_single} 次"
        "（只有一个知识点的必考条文只能出在一卷）",
        f"- 必考条文（有触发—处置、处罚列举或报酬数字的条文）{scores.key_total} 条；"
        f"{scores.banks} 个题库中漏考：{scores.key_missing} 次",
        f"- 核心条文 {scores.core_total} 条（其余核心条文在种子之间轮换）；每个题库平均考到 "
        f"{scores.core_share:.0%}",
        "- 必考条文出现次数："
        + "，".join(f"{name} {scores.key_hits[name]}/{scores.banks}" for _, name in KEY_ARTICLES)
        + "；必考分句："
        + "，".join(f"{name} {scores.clause_hits[name]}/{scores.banks}" for _, name in KEY_CLAUSES),
        f"- 题目池考到的事实（原子：一个数字、一个机关、一个时限……；整句判断算一个）：{scores.atoms} 个",
    ]
    by_type = "；".join(
        f"{t} " + "/".join(str(scores.labels[(t, d)]) for d in ("易", "中", "难"))
        for t in ("单选", "多选", "判断", "填空")
        if any(scores.labels[(t, d)] for d in ("易", "中", "难"))
    )
    lines.append(
        f"- 难度与题型的关联（Cramér's V，0 为无关）：{scores.type_difficulty:.2f}；"
        f"易/中/难：{by_type}"
    )
    shares = "；".join(
        f"{d} {scores.judge_keys[(d, '正确')]}/{scores.judge_keys[(d, '正确')] + scores.judge_keys[(d, '错误')]}"
        f"（{scores.judge_keys[(d, '正确')] / max(1, scores.judge_keys[(d, '正确')] + scores.judge_keys[(d, '错误')]):.0%}）"
        for d in ("易", "中", "难")
    )
    pairs, harder = scores.judge_harder
    lines.append(
        f"- 题目池中同一事实的错误判断题与单选/填空题 {pairs} 对：判断题标得更难的 {harder} 对"
    )
    lines.append(
        f"- 判断题按难度标注的“正确”占比（{scores.banks} 个题库合计，标注不应泄露答案）：{shares}；"
        f"某一难度下四分之三以上同一答案的题库：{scores.label_leaks} 个"
    )
    if scores.key_runs:
        lines.append(
            f"- 判断题同一答案最长连续（按印出顺序）：平均 "
            f"{sum(scores.key_runs) / len(scores.key_runs):.1f} 道，最长 {max(scores.key_runs)} 道；"
            f"连续 3 道以上的题库 {sum(r >= 3 for r in scores.key_runs)} 个"
        )
    for short, pairs in scores.short_overlaps.items():
        lines.append(
            f"- {short} 题的短卷（前 {PAIR_SEEDS} 个种子两两组合）题干重合：平均 "
            f"{sum(pairs) / max(1, len(pairs)):.0%}，最高 {max(pairs, default=0):.0%}，超过三分之一的 "
            f"{sum(o > 1 / 3 for o in pairs)} 对"
        )
    if scores.paper_sizes:
        lines.append(
            f"- 要 {PAPER_SIZE} 题时实际题数（{len(scores.paper_sizes)} 个种子）：平均 "
            f"{sum(scores.paper_sizes) / len(scores.paper_sizes):.1f}，最少 {min(scores.paper_sizes)}，"
            f"最多 {max(scores.paper_sizes)}"
        )
    lines += [f"  - {e}" for e in scores.examples]
    return "\n".join(lines) + "\n"
