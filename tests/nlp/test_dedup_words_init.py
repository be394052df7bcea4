"""A word table weighs Han words by jieba's dictionary even when the first text
it meets starts with English or a concept (the dictionary not loaded yet)."""

from __future__ import annotations

import subprocess
import sys


def test_the_first_text_s_english_words_do_not_leave_the_dictionary_unloaded() -> None:
    code = (
        "from nlp.dedup._words import WordTable\n"
        "from nlp.dedup._canonical import canonical\n"
        "table = WordTable()\n"
        "table.words(canonical('Reminder: 独居老人走访表'))\n"
        "print(table.weight('独居'))\n"
    )  # a fresh interpreter: no other test has loaded the dictionary
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert float(out.stdout.strip().splitlines()[-1]) > 0
