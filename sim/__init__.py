"""The test world beside the product: a fake Telegram, replays, the demo and the evaluation.

Nothing in ``bot``, ``nlp`` or ``storage`` imports it; the CLI loads it lazily.
"""
