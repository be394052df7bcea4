"""The composition root: builds services and the Application, registers handlers."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta
from typing import Any, cast

from telegram import (
    Update,
)
from telegram.constants import ParseMode
from telegram.ext import (
    ApplicationBuilder,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    ContextTypes,
    Defaults,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.clock import Clock, SystemClock
from bot.config import Config, parse_clock
from bot.context import BotData, FingertipApp, FingertipContext, Services
from bot.digests import DigestBuilder, DigestLookback, DigestService
from bot.handlers import (
    errors,
    groups,
    guards,
    jobs,
    privacy,
    private,
    search,
    settings,
    supervisor,
    todos,
    wrong_chat,
)
from bot.ingest import ClusterKeeper, IngestPipeline, IngestService
from bot.menus import publish_menus
from bot.ratelimit import SendRateLimiter
from bot.reports import WorkingHours
from bot.services.chatter import ChatterService
from bot.services.corrections import CorrectionService
from bot.services.privacy import PrivacyService
from bot.services.pushes import PushService
from bot.services.registry import RegistryService
from bot.services.reminders import ReminderService
from bot.services.search import SearchService
from bot.services.settings import SettingsService
from bot.services.stats import StatsService
from bot.services.todos import TodoService
from bot.settings import Defaults as CadreDefaults
from bot.understander import load_understander
from bot.update_guard import TolerantUpdatesRequest
from nlp.types import NoticeUnderstander
from storage.database import Database

__all__ = ["ALLOWED_UPDATES", "build_application", "build_services"]

_log = logging.getLogger(__name__)

# chat_member must be asked for explicitly; Telegram leaves it out by default.
ALLOWED_UPDATES = [
    Update.MESSAGE,
    Update.EDITED_MESSAGE,
    Update.CALLBACK_QUERY,
    Update.MY_CHAT_MEMBER,
    Update.CHAT_MEMBER,
]


def build_services(config: Config, db: Database, clock: Clock | None = None) -> Services:
    """Every service, wired to one database; nothing touches Telegram yet."""
    clock = clock or SystemClock()
    zone = config.digest.zone
    defaults = CadreDefaults(tuple(config.digest.times), config.digest.timezone)
    builder = DigestBuilder(
        defaults,
        timedelta(hours=config.digest.first_digest_lookback_hours),
        config.digest.max_items,
    )

    understanders: list[NoticeUnderstander] = []  # loaded once, however often rebuilt

    def pipeline() -> IngestPipeline:
        if not understanders:
            understanders.append(load_understander(config.understanding))
        close = parse_clock(config.understanding.close_of_business)
        keeper = ClusterKeeper.from_config(config.dedup, zone, close_of_business=close)
        built = IngestPipeline(db, understanders[0], zone, clock, keeper)
        built.restore()
        return built

    return Services(
        config=config,
        db=db,
        registry=RegistryService(db, clock),
        ingest=IngestService(pipeline, batch_size=config.understanding.batch_size),
        settings=SettingsService(db, defaults),
        digests=DigestService(
            db,
            builder,
            grace=timedelta(hours=config.digest.missed_slot_grace_hours),
            clock=clock,
        ),
        pushes=PushService(db, defaults),
        stats=StatsService(
            db,
            zone,
            clock,
            hours=WorkingHours.from_config(config.analytics),
            founders=frozenset(config.supervisors.user_ids),
        ),
        chatter=ChatterService(db, defaults, clock),
        privacy=PrivacyService(db, clock, text_days=config.retention.text_days),
        todos=TodoService(db, clock),
        reminders=ReminderService(db, defaults),
        corrections=CorrectionService(db, defaults, clock),
        lookback=DigestLookback(db, builder, clock=clock),
        search=SearchService(db, defaults, clock, days=config.search.days),
        clock=clock,
    )


async def _post_init(app: FingertipApp) -> None:
    services = app.bot_data.services
    me = await app.bot.get_me()
    services.bot_reads_all = bool(me.can_read_all_group_messages)
    for service in services.lifecycle:
        await service.initialize()
    if services.fleet is not None:
        await services.fleet.start()
    await publish_menus(app.bot, await services.stats.supervisor_ids())
    assert app.job_queue is not None
    app.job_queue.run_repeating(
        jobs.digest_tick,
        interval=services.config.digest.tick_seconds,
        first=1.0,
        name="digest-tick",
    )
    # Retention: notice texts older than [retention] text_days are blanked daily.
    app.job_queue.run_repeating(jobs.purge_texts, interval=86_400, first=60.0, name="purge-texts")
    app.job_queue.run_repeating(
        jobs.reminder_tick,
        interval=services.config.digest.tick_seconds,
        first=1.5,
        name="reminder-tick",
    )
    _log.info(
        "Fingertip is up as @%s (reads all group messages: %s)", me.username, services.bot_reads_all
    )


async def _post_shutdown(app: FingertipApp) -> None:
    services = app.bot_data.services
    if services.fleet is not None:
        await services.fleet.stop()
    for service in reversed(services.lifecycle):
        await service.shutdown()
    services.db.dispose()


def _register_handlers(app: FingertipApp) -> None:
    group, private_chat = filters.ChatType.GROUPS, filters.ChatType.PRIVATE
    # 0. Guards, before all else (one handler runs per group): kinds of update no
    #    handler is for are dropped quietly; a button press by anyone but its
    #    owner, or on no visible message, is answered and stops there.
    app.add_handler(TypeHandler(Update, guards.drop_unhandled), group=-2)
    app.add_handler(CallbackQueryHandler(guards.check_button), group=-1)
    # 0b. In a group of its own (so the message is still
    # handled below): a supervisor's first private message sets their menu.
    app.add_handler(MessageHandler(private_chat, supervisor.ensure_supervisor_menu), group=-3)
    # 1. Structural group events first: migration and membership changes.
    app.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, groups.track_migration))
    app.add_handler(
        MessageHandler(
            group & (filters.StatusUpdate.NEW_CHAT_MEMBERS | filters.StatusUpdate.LEFT_CHAT_MEMBER),
            groups.track_service_members,
        )
    )
    app.add_handler(ChatMemberHandler(groups.track_member, ChatMemberHandler.CHAT_MEMBER))
    app.add_handler(
        ChatMemberHandler(groups.track_bot_membership, ChatMemberHandler.MY_CHAT_MEMBER)
    )
    # 2. Group commands for admins.
    app.add_handler(CommandHandler("register", groups.register_group, group))
    app.add_handler(CommandHandler("unregister", groups.unregister_group, group))
    app.add_handler(CommandHandler("groupinfo", groups.show_group_info, group))
    app.add_handler(CommandHandler("help", groups.group_help, group))
    # Private commands sent in a group: one line saying where they work.
    app.add_handler(CommandHandler(wrong_chat.PRIVATE_COMMANDS, wrong_chat.point_to_private, group))
    # 3. Everything else said in a group is a candidate notice (edits included).
    app.add_handler(MessageHandler(group & ~filters.COMMAND, groups.ingest_message))
    # 4. Private chat: cadre and supervisor commands; help for anything else (last).
    app.add_handler(CommandHandler("start", private.start, private_chat))
    app.add_handler(CommandHandler("groups", private.show_groups, private_chat))
    app.add_handler(CommandHandler("digest", private.show_digest, private_chat))
    app.add_handler(CommandHandler("chatter", private.show_chatter, private_chat))
    app.add_handler(CommandHandler("search", search.search_notices, private_chat))
    app.add_handler(CommandHandler("stats", supervisor.show_stats, private_chat))
    app.add_handler(CommandHandler("overlap", supervisor.show_overlap, private_chat))
    app.add_handler(CommandHandler("export", supervisor.send_export, private_chat))
    app.add_handler(CommandHandler("grant", supervisor.grant_supervisor, private_chat))
    app.add_handler(CommandHandler("revoke", supervisor.revoke_supervisor, private_chat))
    app.add_handler(CommandHandler("settings", settings.show_settings, private_chat))
    app.add_handler(CommandHandler("mute", settings.mute_group, private_chat))
    # Group commands sent in private: one line saying where they work.
    app.add_handler(
        CommandHandler(wrong_chat.GROUP_COMMANDS, wrong_chat.point_to_group, private_chat)
    )
    app.add_handler(CommandHandler("mydata", privacy.show_mydata, private_chat))
    app.add_handler(CommandHandler("forget", privacy.ask_forget, private_chat))
    app.add_handler(CommandHandler("receipts", todos.show_receipts, private_chat))
    # 5. Buttons: 收到 / 已完成, settings changes, settings navigation, then anything stale.
    app.add_handler(CallbackQueryHandler(todos.press_todo_button, pattern=r"^td:"))
    app.add_handler(CallbackQueryHandler(settings.change_setting, pattern=r"^st:"))
    app.add_handler(CallbackQueryHandler(settings.open_settings_section, pattern=r"^sm:"))
    app.add_handler(CallbackQueryHandler(supervisor.press_report_button, pattern=r"^sv:"))
    app.add_handler(CallbackQueryHandler(privacy.press_forget, pattern=privacy.FORGET_PATTERN))
    app.add_handler(CallbackQueryHandler(privacy.press_group_purge, pattern=privacy.PURGE_PATTERN))
    app.add_handler(CallbackQueryHandler(search.turn_search_page, pattern=r"^sr:"))
    app.add_handler(CallbackQueryHandler(settings.answer_stale))
    # 6. Plain text in private is a search; help for anything else (unknown
    #    commands, stickers, long pastes).
    app.add_handler(
        MessageHandler(
            private_chat
            & filters.TEXT
            & ~filters.COMMAND
            & ~filters.FORWARDED
            & filters.Regex(rf"^[\s\S]{{1,{search.SEARCHED_CHARS}}}$"),
            search.search_text,
        )
    )
    app.add_handler(MessageHandler(private_chat & ~filters.StatusUpdate.ALL, private.show_help))
    app.add_error_handler(errors.on_error)


def build_application(
    services: Services,
    *,
    configure: Callable[[ApplicationBuilder[Any, Any, Any, Any, Any, Any]], None] | None = None,
) -> FingertipApp:
    """The Application with rate limiting, HTML defaults and typed context."""
    config = services.config
    token = config.telegram.token
    builder = (
        ApplicationBuilder()
        .token(token)
        .base_url(config.telegram.base_url)
        .base_file_url(config.telegram.base_file_url)
        .defaults(Defaults(parse_mode=ParseMode.HTML, tzinfo=config.digest.zone))
        .context_types(ContextTypes(context=FingertipContext, bot_data=BotData))
        .rate_limiter(SendRateLimiter(max_retries=2))
        .get_updates_request(TolerantUpdatesRequest())  # one unreadable update skips, not stalls
        .concurrent_updates(config.telegram.concurrent_updates)
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
    )
    if configure is not None:
        configure(builder)
    app = cast(FingertipApp, builder.build())
    app.bot_data.services = services
    _register_handlers(app)
    return app
