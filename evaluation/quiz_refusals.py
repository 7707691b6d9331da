"""Where a bank loses its places: the guards that refuse the pool's items once a plan ends short.

python -m evaluation.quiz_refusals [--size 50] [--seeds 100-119]
"""

from __future__ import annotations

import argparse
import random
from collections import Counter

from assistant.quiz.generator import (
    DEFAULT_DOCS,
    Generator,
    normalize_types,
    places,
    plan,
    resolve_documents,
    seed_number,
    turn_of,
)
from corpus import Corpus, load_corpus


def refusals(corpus: Corpus, size: int, seeds: range) -> tuple[Counter, list[int], int]:
    """Refusals summed over the seeds (generator.plan's `refusals`), the items each plan took,
    and places() for the size."""
    generator = Generator(corpus, resolve_documents(corpus, list(DEFAULT_DOCS)))
    found: Counter = Counter()
    sizes: list[int] = []
    for seed in seeds:
        rng = random.Random(f"quiz:{seed}")
        candidates = generator.candidates(rng)
        chosen = plan(
            candidates,
            size,
            normalize_types(None),
            rng,
            turn=turn_of(seed),
            seed=seed_number(seed),
            refusals=found,
        )
        sizes.append(len(chosen))
    return found, sizes, places(corpus, list(DEFAULT_DOCS), size)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.quiz_refusals")
    parser.add_argument("--size", type=int, default=50)
    parser.add_argument("--seeds", default="100-119", help="first-last")
    args = parser.parse_args(argv)
    first, last = (int(x) for x in args.seeds.split("-"))
    seeds = range(first, last + 1)
    found, sizes, most = refusals(load_corpus(), args.size, seeds)
    banks = len(sizes)
    print(f"banks {banks}, size {args.size}: plan took {sum(sizes) / banks:.1f} (places {most})")
    print(f"sentences no item asks (mean per bank): {found['sentences', 'unasked'] / banks:.1f}")
    print("| guard | unchosen items / bank | unasked sentences it refuses / bank |")
    print("|---|---|---|")
    guards = {k[1] for k in found if k[0] in ("item", "sentence")}
    for guard in sorted(guards, key=lambda g: -found["sentence", g] - found["item", g] / 100):
        print(
            f"| {guard} | {found['item', guard] / banks:.1f} | {found['sentence', guard] / banks:.1f} |"
        )
    print()
    print("| guards refusing every item of an unasked sentence | sentences / bank |")
    print("|---|---|")
    alone = sorted((k for k in found if k[0] == "only"), key=lambda k: -found[k])
    for key in alone:
        print(f"| {key[1]} | {found[key] / banks:.2f} |")
    print()
    print("| forms of unasked sentences: guard, type, 判断 key | items / bank |")
    print("|---|---|")
    forms = sorted((k for k in found if k[0] == "form"), key=lambda k: -found[k])
    for key in forms[:12]:
        print(f"| {' '.join(key[1:])} | {found[key] / banks:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
