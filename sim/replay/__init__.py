"""Drive the real bot through the fake Telegram with a labelled corpus.

Shared by ``fingertip demo`` (a day in a township, printed), ``fingertip
replay`` and the end-to-end tests: a stage of chats and people, the bot
running against it, and a manual clock that follows the messages' own times.
"""

from sim.replay._command import MembersError, run_replay
from sim.replay._session import ReplaySession
from sim.replay._stage import Stage, StageMember, build_stage

__all__ = ["MembersError", "ReplaySession", "Stage", "StageMember", "build_stage", "run_replay"]
