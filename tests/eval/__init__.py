"""End-to-end extraction evaluation: generated report pages with their ground truth (generate.py), the
markup and prose they are built from (markup.py, prose.py), and the scoring shared by the test and the
benchmark (score.py)."""
