"""python -m evaluation.phrasings37 [--category C] [--report R]

The same runner as evaluation.phrasings, pointed at this folder's rows (split tune37).
A tuning table: the lead fixes the classes of failure it shows.
"""

from __future__ import annotations

import sys

from evaluation.phrasings.__main__ import main

if __name__ == "__main__":
    sys.exit(
        main(["--table", "phrasings37", *sys.argv[1:]], prog="python -m evaluation.phrasings37")
    )
