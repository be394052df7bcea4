"""The synchronous core of ingest: understand a batch, then store it in one go.

Kept apart from the asyncio batching so that ``fingertip eval`` replays a
corpus through exactly the code the bot runs.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import replace
from datetime import datetime, timedelta, tzinfo

from sqlmodel import Session

from bot.clock import Clock
from bot.ingest._clusters import ClusterKeeper, Placement
from bot.ingest._incoming import IncomingMessage, IngestOutcome
from nlp.corrections import is_material_edit
from nlp.place import OPENS, places_of
from nlp.search_terms import SearchTerms
from nlp.types import Kind, NoticeInput, NoticeUnderstander, Prepared, Understanding
from storage import repository as repo
from storage.database import Database
from storage.models import Group, Notice, NoticeBase
from storage.repository import StoredNotice

__all__ = ["IngestPipeline"]

# Beyond this many characters a message is stored whole but understood from
# its opening: the kind and any deadline of a notice are stated up front.
UNDERSTAND_CHARS = 4000
EXPIRE_EVERY = timedelta(hours=1)


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
        self._terms = SearchTerms()  # the cut of recent blocks, the pipeline's own
        self._expired_at = clock.now()

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
        now = self._clock.now()
        if now - self._expired_at >= EXPIRE_EVERY:  # notices past the window leave the index
            self._clusters.expire(now)
            self._expired_at = now
        return outcomes

    def _process(self, batch: Sequence[IncomingMessage]) -> list[IngestOutcome]:
        with self._db.session() as session:
            groups = repo.registered_groups(session=session, chat_ids={m.chat_id for m in batch})
            wanted = [i for i, m in enumerate(batch) if m.chat_id in groups]
            new = [i for i in wanted if batch[i].edited_at is None]
            places = dict(zip(new, _places(session, groups, [batch[i] for i in new]), strict=True))
            # an edit's place is not known: read as opening the talk, the safe side (kept)
            placed = [places.get(i, OPENS) for i in wanted]
            understood = self._understand([batch[i] for i in wanted], placed)
            meaning = dict(zip(wanted, understood, strict=True))
            stored = self._store_new(session, groups, [(batch[i], meaning[i]) for i in new])
            outcomes = dict(zip(new, stored, strict=True))
            senders = {(groups[batch[i].chat_id].id, batch[i].sender_id) for i in wanted}
            repo.note_members(
                session=session,
                now=self._clock.now(),
                pairs={(g, u) for g, u in senders if g is not None and u is not None and u > 0},
            )
            for i in wanted:
                if i not in outcomes:
                    group = groups[batch[i].chat_id]
                    outcomes[i] = self._store_edit(session, group, batch[i], meaning[i])
            return [outcomes.get(i, IngestOutcome(stored=False)) for i in range(len(batch))]

    def _understand(
        self, messages: Sequence[IncomingMessage], places: Sequence[str]
    ) -> list[Understanding]:
        """``places``: where each falls in its group's talk (nlp.place)."""
        inputs = [
            NoticeInput(
                text=_whole(m.text, m.attachment)[:UNDERSTAND_CHARS],
                sent_at=m.sent_at.astimezone(self._zone) if self._zone else m.sent_at,
                place=place,
            )
            for m, place in zip(messages, places, strict=True)
        ]
        understood = self._understander.understand(inputs) if inputs else []
        return [_file_policy(m, meaning) for m, meaning in zip(messages, understood, strict=True)]

    def _words(self, text: str, attachment: str | None, cut: tuple[str, ...] = ()) -> list[str]:
        """A notice is found by its text and by the name of the file it carries
        (``cut``: the words understanding cut them into, if it read them as stored)."""
        return self._terms.index_words(f"{text}\n{attachment}" if attachment else text, cut)

    def _index(self, session: Session, notice: Notice) -> None:
        """(Re)write what search finds a notice by: at ingest, and on every edit."""
        assert notice.id is not None
        words = self._words(notice.text, notice.attachment)
        document = repo.SearchDocument(notice.id, notice.group_id, notice.received_at, words)
        repo.index_notices(session=session, documents=[document])

    @staticmethod
    def _data(message: IncomingMessage, meaning: Understanding) -> NoticeBase:
        return NoticeBase(
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

    def _store_new(
        self,
        session: Session,
        groups: dict[int, Group],
        messages: list[tuple[IncomingMessage, Understanding]],
    ) -> list[IngestOutcome]:
        """New messages in one insert; a redelivered one returns its stored row."""
        rows = [(groups[m.chat_id].id or 0, self._data(m, meaning)) for m, meaning in messages]
        now = self._clock.now()
        stored = repo.add_notices(session=session, rows=rows, received_at=now)
        documents = []
        for notice, (group_id, _), (message, meaning) in zip(stored, rows, messages, strict=True):
            if notice.created:
                cut = meaning.words if _read_as_stored(notice, message) else ()
                words = self._words(notice.text, notice.attachment, cut)
                documents.append(repo.SearchDocument(notice.id, group_id, now, words))
        repo.index_notices(session=session, documents=documents)
        chats = {notice.id: m.chat_id for notice, (m, _) in zip(stored, messages, strict=True)}
        self._clusters.note_posters((m.chat_id, m.sender_id) for m, _ in messages)
        self._clusters.note_titles((m.chat_id, groups[m.chat_id].title) for m, _ in messages)
        placement = self._clusters.place_new(
            session,
            [notice for notice in stored if notice.created],
            chats,
            _prepared(stored, messages),
            _sure(stored, messages),
        )
        return [_new_outcome(notice, placement) for notice in stored]

    def _store_edit(
        self, session: Session, group: Group, message: IncomingMessage, meaning: Understanding
    ) -> IngestOutcome:
        """An edit updates the stored notice; one of a message never seen stores it."""
        assert group.id is not None and message.edited_at is not None
        data = self._data(message, meaning)
        before = repo.find_notice(
            session=session, chat_id=message.chat_id, message_id=message.message_id
        )
        old = (before.text, before.due_at, before.kind) if before is not None else None
        edited = repo.edit_notice(
            session=session,
            chat_id=message.chat_id,
            message_id=message.message_id,
            data=data,
            edited_at=message.edited_at,
        )
        if edited is not None:
            self._index(session, edited)
            material = (
                old is not None
                and Kind.CHATTER not in (old[2], edited.kind)
                and is_material_edit(old[0], edited.text, old[1], edited.due_at)
            )  # else a typo or punctuation: nothing to tell anyone
            self._clusters.place(session, edited, edited=True, revised=material)
            outcome = _outcome(edited, created=False, urgent=False)
            if old is None or not material:
                return outcome
            return replace(outcome, corrected_from=(old[0], old[1]))
        notice, created = repo.add_notice(
            session=session, group_id=group.id, data=data, received_at=self._clock.now()
        )
        if created:
            self._index(session, notice)
            self._clusters.place(session, notice, edited=False)
        return _outcome(notice, created=created)


def _whole(text: str, attachment: str | None) -> str:
    """What understanding and duplicate matching read: the text and the file's name."""
    return " ".join(filter(None, (text, attachment)))


def _read_as_stored(notice: repo.StoredNotice, message: IncomingMessage) -> bool:
    """Whether understanding read what is stored: all of it (not cut at
    UNDERSTAND_CHARS), and the file's name as stored (not cut)."""
    read = _whole(message.text, message.attachment)
    return len(read) <= UNDERSTAND_CHARS and read == _whole(notice.text, notice.attachment)


def _sure(
    stored: Sequence[repo.StoredNotice], messages: list[tuple[IncomingMessage, Understanding]]
) -> dict[int, float]:
    """How sure understanding was of each notice's kind (a copy in doubt takes its
    notice's: bot.ingest._kinds)."""
    return {
        notice.id: meaning.kind_sure for notice, (_, meaning) in zip(stored, messages, strict=True)
    }


def _prepared(
    stored: Sequence[repo.StoredNotice], messages: list[tuple[IncomingMessage, Understanding]]
) -> dict[int, Prepared]:
    """What understanding read of each notice, where it read what matching reads."""
    return {
        notice.id: meaning.prepared
        for notice, (message, meaning) in zip(stored, messages, strict=True)
        if _read_as_stored(notice, message)
    }


def _places(
    session: Session, groups: dict[int, Group], messages: Sequence[IncomingMessage]
) -> list[str]:
    """Where each new message falls in its group's talk (nlp.place), after the last
    message stored in the group, whichever worker stored it. An unknown sender is
    nobody else: never "the same member"."""
    ids = {m.chat_id: groups[m.chat_id].id or 0 for m in messages}
    stored = repo.last_posts(session=session, group_ids=set(ids.values()))
    by_chat = {chat: stored[group] for chat, group in ids.items() if group in stored}
    before: dict[Hashable, tuple[datetime, Hashable]] = {
        chat: (sent, sender or object()) for chat, (sent, sender) in by_chat.items()
    }
    posts: list[tuple[Hashable, datetime, Hashable]] = [
        (m.chat_id, m.sent_at, m.sender_id or object()) for m in messages
    ]
    return places_of(posts, before)


def _file_policy(message: IncomingMessage, meaning: Understanding) -> Understanding:
    """A file shared into a work group (the form to fill in, the document to read)
    reaches the digest even when its caption or name reads like chatter."""
    if message.shares_file and meaning.kind is Kind.CHATTER:
        return replace(meaning, kind=Kind.NOTICE)
    return meaning


def _new_outcome(notice: StoredNotice, placement: Placement) -> IngestOutcome:
    """A new notice is pushed when urgent, unless it corrects or repeats an earlier
    one: a correction reaches the readers as 更正, an old version nobody."""
    link = placement.links.get(notice.id)
    due = link.due_at if link is not None else placement.dues.get(notice.id, notice.due_at)
    fresh = notice.created and link is None and notice.id not in placement.dues
    urgent = notice.urgent or notice.id in placement.pressed
    kind = link.kind if link is not None else placement.kinds.get(notice.id, notice.kind)
    if (chased := placement.chased.get(notice.id)) is not None:
        due, urgent, kind = chased.due_at, chased.urgent, chased.kind
    outcome = IngestOutcome(
        True,
        notice.id,
        notice.created,
        fresh and urgent,
        kind,
        placement.clusters.get(notice.id, notice.cluster_id),
        due,
    )
    if link is None:
        return outcome
    return replace(outcome, corrected_from=(link.old_text, link.old_due), corrects=link.cluster_id)


def _outcome(notice: Notice, *, created: bool, urgent: bool | None = None) -> IngestOutcome:
    """A new notice is pushed when urgent; an edit or a redelivery never is."""
    push = created and notice.urgent if urgent is None else urgent
    return IngestOutcome(
        True, notice.id, created, push, notice.kind, notice.cluster_id, notice.due_at
    )
