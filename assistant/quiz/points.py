"""Points of a paper: every printed paper totals 100, whatever the mix of types the material
allowed (seed-1515 review: a paper of 44 items totalled 73 points)."""

from __future__ import annotations

from itertools import product

TOTAL = 100
# relative weight of one item of each type: a 多选 asks more than a 单选, a 判断 least
WEIGHTS = {"单选": 2, "多选": 3, "判断": 1, "填空": 2}
# the order a trainer expects between types: 判断 ≤ 单选 ≤ 多选, 判断 ≤ 填空
ORDER = (("判断", "单选"), ("单选", "多选"), ("判断", "填空"))
MOST = 10  # most points one item may carry
NEAR = 1.0  # a type's points stay within this of its weight scaled to the total
# looser bounds tried before points differ within a type: one number per type in a paper
# (seed-2627 review: a lone 1-point 判断 beside 2-point ones, to make 100)
LOOSER = (1.5, 2.0)


def type_points(
    counts: dict[str, int], total: int = TOTAL, near: float = NEAR
) -> dict[str, int] | None:
    """One whole number of points per type so that the paper totals `total`, each within NEAR of
    its weight scaled to the total, keeping the order between types; None when no such numbers
    exist."""
    kinds = [k for k, n in counts.items() if n]
    if not kinds:
        return None
    scale = total / sum(counts[k] * WEIGHTS.get(k, 1) for k in kinds)
    best, best_cost = None, None
    for values in product(range(1, MOST + 1), repeat=len(kinds)):
        if sum(counts[k] * v for k, v in zip(kinds, values, strict=True)) != total:
            continue
        chosen = dict(zip(kinds, values, strict=True))
        if any(a in chosen and b in chosen and chosen[a] > chosen[b] for a, b in ORDER):
            continue
        if any(abs(chosen[k] - WEIGHTS.get(k, 1) * scale) > near for k in kinds):
            continue  # 多选 6 beside 单选 2 and 判断 2 misstates what each type is worth
        if near > NEAR and any(
            WEIGHTS.get(a, 1) == WEIGHTS.get(b, 1) and abs(chosen[a] - chosen[b]) > 1
            for a in kinds
            for b in kinds
        ):
            continue  # under the looser bound, 填空 2 beside 单选 4 misstates them too
        cost = sum(counts[k] * (chosen[k] - WEIGHTS.get(k, 1) * scale) ** 2 for k in kinds)
        if best_cost is None or cost < best_cost:
            best, best_cost = chosen, cost
    return best


RANK = {"易": 0, "中": 1, "难": 2}


def item_points(
    types: list[str], total: int = TOTAL, difficulties: list[str] | None = None
) -> list[int]:
    """Points of each item in paper order (items grouped by type). Uniform per type when
    type_points finds numbers, within NEAR of the weights or else within LOOSER; otherwise each type's whole number below its scaled weight, and
    the points left over go one by one to items of the types the rounding cut most — within a
    type to the harder items first (a 中 item never scores below an 易 one: seed-2324 review) —
    so a section differs by at most one point between its items."""
    levels = [RANK.get(d, 1) for d in difficulties] if difficulties else [1] * len(types)
    counts: dict[str, int] = {}
    for kind in types:
        counts[kind] = counts.get(kind, 0) + 1
    uniform = type_points(counts, total)
    for near in LOOSER:
        uniform = uniform or type_points(counts, total, near)
    if uniform:
        return [uniform[k] for k in types]
    scale = total / max(1, sum(WEIGHTS.get(k, 1) for k in types))
    base = {k: max(1, int(WEIGHTS.get(k, 1) * scale)) for k in counts}
    points = [base[k] for k in types]
    left = total - sum(points)
    step = 1 if left > 0 else -1
    # the items of the type whose weight the rounding cut most take the first extra points
    order = sorted(
        range(len(types)),
        key=lambda i: (
            -(WEIGHTS.get(types[i], 1) * scale - base[types[i]]) * step,
            -levels[i] * step,  # extra points to the hardest first; points taken from the easiest
        ),
    )
    at = 0
    while left and order:
        i = order[at % len(order)]
        if points[i] + step >= 1:
            points[i] += step
            left -= step
        at += 1
    return points
