"""The synchronous core of ingest: understand a batch, then store it in one go.

Kept apart from the asyncio batching so that ``fingertip eval`` replays a
corpus through exactly the code the bot runs.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import tzinfo

from sqlmodel import Session

from bot.clock import Clock
from bot.ingest._clusters import ClusterKeeper
from bot.ingest._incoming import IncomingMessage, IngestOutcome
from nlp.types import NoticeInput, NoticeUnderstander, Understanding
from storage import repository as repo
from storage.database import Database
from storage.models import Group, NoticeBase

__all__ = ["IngestPipeline"]

# Beyond this many characters a message is stored whole but understood from
# its opening: the kind and any deadline of a notice are stated up front.
UNDERSTAND_CHARS = 4000


class IngestPipeline:
    """Understands and stores messages from registered groups.

    ``zone`` is the groups' timezone, since Telegram dates are UTC and "明天"
    means the group's tomorrow; None keeps each message's own offset (corpus
    replays, whose times already carry it).
    """

    def __init__(
        self,
        db: Database,
        understander: NoticeUnderstander,
        zone: tzinfo | None,
        clock: Clock,
        clusters: ClusterKeeper,
    ) -> None:
        self._db = db
        self._understander = understander
        self._zone = zone
        self._clock = clock
        self._clusters = clusters

    def restore(self) -> int:
        """Rebuild the duplicate index from the database (at start)."""
        with self._db.session() as session:
            return self._clusters.restore(session, self._clock.now())

    def process(self, batch: Sequence[IncomingMessage]) -> list[IngestOutcome]:
        """Store every message of registered groups; others are dropped unread."""
        try:
            outcomes = self._process(batch)
        except BaseException:
            self._clusters.discard()
            raise
        self._clusters.commit()
        return outcomes

    def _process(self, batch: Sequence[IncomingMessage]) -> list[IngestOutcome]:
        with self._db.session() as session:
            groups = self._registered(session, {m.chat_id for m in batch})
            wanted = [m for m in batch if m.chat_id in groups]
            understood = iter(self._understand(wanted))
            outcomes = []
            for message in batch:
                group = groups.get(message.chat_id)
                if group is None:
                    outcomes.append(IngestOutcome(stored=False))
                    continue
                outcomes.append(self._store(session, group, message, next(understood)))
            return outcomes

    def _registered(self, session: Session, chat_ids: set[int]) -> dict[int, Group]:
        found = {}
        for chat_id in chat_ids:
            group = repo.get_group(session=session, chat_id=chat_id)
            if group is not None and group.registered:
                found[chat_id] = group
        return found

    def _understand(self, messages: Sequence[IncomingMessage]) -> list[Understanding]:
        inputs = [
            NoticeInput(
                text=" ".join(filter(None, (m.text, m.attachment)))[:UNDERSTAND_CHARS],
                sent_at=m.sent_at.astimezone(self._zone) if self._zone else m.sent_at,
            )
            for m in messages
        ]
        return self._understander.understand(inputs) if inputs else []

    def _store(
        self, session: Session, group: Group, message: IncomingMessage, meaning: Understanding
    ) -> IngestOutcome:
        assert group.id is not None
        data = NoticeBase(
            chat_id=message.chat_id,
            message_id=message.message_id,
            sender_id=message.sender_id,
            sender_name=message.sender_name[:255],
            sent_at=message.sent_at,
            text=message.text,
            attachment=(message.attachment or None) and message.attachment[:255],
            forwarded_from=(message.forwarded_from or None) and message.forwarded_from[:255],
            kind=meaning.kind.value,
            urgent=meaning.urgent,
            due_at=meaning.due_at,
        )
        if message.sender_id is not None and message.sender_id > 0:
            repo.note_member(session=session, group_id=group.id, user_id=message.sender_id)
        if message.edited_at is not None:
            edited = repo.edit_notice(
                session=session,
                chat_id=message.chat_id,
                message_id=message.message_id,
                data=data,
                edited_at=message.edited_at,
            )
            if edited is not None:
                self._clusters.place(session, edited, edited=True)
                return IngestOutcome(
                    True, edited.id, False, False, edited.kind, edited.cluster_id, edited.due_at
                )
        notice, created = repo.add_notice(
            session=session, group_id=group.id, data=data, received_at=self._clock.now()
        )
        if created:
            self._clusters.place(session, notice, edited=False)
        urgent = created and notice.urgent
        return IngestOutcome(
            True, notice.id, created, urgent, notice.kind, notice.cluster_id, notice.due_at
        )
