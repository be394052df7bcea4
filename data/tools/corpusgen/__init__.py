"""Generator of Fingertip's labelled work-group corpus (see data/corpus/README.md).

Every Chinese or English sentence lives in ``data/tools/material``; the modules
here only choose, combine and label, so the label of each message follows from
how it was built rather than from parsing the text afterwards.
"""

__all__: list[str] = []
