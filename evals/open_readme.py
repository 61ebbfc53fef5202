"""Kept for old references: the README sections are rendered by `python -m cesrec.evals.readme_tables`
(this module's section, "Does the conversation help beyond attributes?", is evals/readme/open_feedback.py).

    python -m cesrec.evals.open_readme     # same as python -m cesrec.evals.readme_tables
"""

import sys

from .readme_tables import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
