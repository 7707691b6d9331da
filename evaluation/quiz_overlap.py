"""Where two seeds' shared stems come from: per fact (source sentence), the banks asking it and
the stems the pool has for it, and the floor of the stem overlap if every fact's stems were
spread evenly over the banks asking it (issue 13's one third; quiz42 diagnosis).

python -m evaluation.quiz_overlap [--size 50] [--seeds 0-11]
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from itertools import combinations
from math import comb

from assistant.quiz import generate
from assistant.quiz.checker import _flat, sentence_of, stem_overlap
from assistant.quiz.generator import DEFAULT_DOCS, Generator, _sentence, resolve_documents
from corpus import Corpus, load_corpus


def even_pairs(banks: int, stems: int) -> int:
    """Pairs of banks printing one stem when `banks` banks ask a fact by `stems` stems, spread
    as evenly as they go."""
    each, more = divmod(banks, stems)
    return more * comb(each + 1, 2) + (stems - more) * comb(each, 2)


def sources(corpus: Corpus, size: int, seeds: range) -> dict:
    """Per fact: (banks asking it, stems in the pool, pairs of banks sharing a stem, the fewest
    such pairs an even spread allows); and the mean stem overlap over the pairs."""
    generator = Generator(corpus, resolve_documents(corpus, list(DEFAULT_DOCS)))
    stems: dict[str, set[str]] = {}
    for c in generator.candidates(random.Random("quiz:0")):
        stems.setdefault(_sentence(c.item), set()).add(_flat(c.item.stem))
    banks = [[i.to_dict() for i in generate(corpus, size, seed=s).items] for s in seeds]
    used: dict[str, list[str]] = {}
    for rows in banks:
        for r in rows:
            used.setdefault(sentence_of(r["rule_keys"][0]), []).append(_flat(r["stem"]))
    facts = {}
    for fact, printed in used.items():
        shared = sum(comb(k, 2) for k in Counter(printed).values())
        found = max(1, len(stems.get(fact, ())))
        facts[fact] = (len(printed), found, shared, even_pairs(len(printed), found))
    pairs = [stem_overlap(a, b) for a, b in combinations(banks, 2)]
    mean_size = sum(map(len, banks)) / max(1, len(banks))
    return {"facts": facts, "pairs": pairs, "size": mean_size, "banks": len(banks)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.quiz_overlap")
    parser.add_argument("--size", type=int, default=50)
    parser.add_argument("--seeds", default="0-11", help="first-last")
    args = parser.parse_args(argv)
    first, last = (int(x) for x in args.seeds.split("-"))
    found = sources(load_corpus(), args.size, range(first, last + 1))
    facts, pairs = found["facts"], found["pairs"]
    per_pair = comb(found["banks"], 2) * found["size"]

    def share(values) -> float:
        return sum(values) / max(1.0, per_pair)

    lone = [v for v in facts.values() if v[1] == 1]
    print(
        f"{found['banks']} banks of {args.size} (mean {found['size']:.1f} items), "
        f"{len(pairs)} pairs: stem overlap {sum(pairs) / max(1, len(pairs)):.1%}"
    )
    print(f"- from the facts' shared stems: {share(v[2] for v in facts.values()):.1%}")
    print(
        f"- floor with every fact's stems spread evenly over the banks asking it: "
        f"{share(v[3] for v in facts.values()):.1%}"
    )
    print(
        f"- of which facts with one stem in the pool ({len(lone)} facts): "
        f"{share(v[3] for v in lone):.1%}"
    )
    print("| fact | items (all banks) | stems | pairs sharing a stem | even spread |")
    print("|---|---|---|---|---|")
    for fact, (asked, stems, shared, even) in sorted(facts.items(), key=lambda f: -f[1][2])[:25]:
        print(f"| {fact} | {asked} | {stems} | {shared} | {even} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
