"""Notice understanding and duplicate detection.

This package is pure: it knows nothing of Telegram or of the database. The bot
layer hands it texts and times and stores what it answers.
"""
