"""python -m evaluation.phrasings38 [--category C] [--report R]

The same runner as evaluation.phrasings, pointed at this folder's rows (split heldout38).
Run it once, at the end: these rows are never tuned on.
"""

from __future__ import annotations

import sys

from evaluation.phrasings.__main__ import main

if __name__ == "__main__":
    sys.exit(
        main(["--table", "phrasings38", *sys.argv[1:]], prog="python -m evaluation.phrasings38")
    )
