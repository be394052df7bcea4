"""Configuration: one TOML file, validated at start, errors that name the key."""

from __future__ import annotations

import os
import tomllib
from datetime import time
from pathlib import Path
from typing import Annotated, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, field_validator

from bot.config_env import apply_environment

__all__ = ["Config", "ConfigError", "load_config", "parse_clock"]

TOKEN_ENV = "FINGERTIP_TOKEN"
DATABASE_ENV = "FINGERTIP_DATABASE_URL"


class ConfigError(ValueError):
    """The configuration cannot be used; the message names the file and key."""


def parse_clock(value: str) -> time:
    """'08:00' -> time(8, 0); anything else is an error that says what is wanted."""
    hours, _, minutes = value.partition(":")
    if not (hours.isdigit() and minutes.isdigit() and len(minutes) == 2):
        raise ValueError(f"{value!r} is not a time of day like '08:00'")
    hour, minute = int(hours), int(minutes)
    if not (0 <= hour < 24 and 0 <= minute < 60):
        raise ValueError(f"{value!r} is not a time of day like '08:00'")
    return time(hour, minute)


def _valid_clock(value: str) -> str:
    parse_clock(value)
    return value


# A time of day as "HH:MM" (not bot.clock.Clock, the source of the current time).
TimeOfDay = Annotated[str, AfterValidator(_valid_clock)]


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TelegramConfig(_Section):
    token: str = ""
    base_url: str = "https://api.telegram.org/bot"
    base_file_url: str = "https://api.telegram.org/file/bot"
    poll_timeout: Annotated[int, Field(ge=0, le=50)] = 30
    concurrent_updates: Annotated[int, Field(ge=1, le=1024)] = 256


class DatabaseConfig(_Section):
    url: str = ""


class DigestConfig(_Section):
    timezone: str = "Asia/Shanghai"
    times: list[str] = ["08:00", "17:30"]
    missed_slot_grace_hours: Annotated[float, Field(gt=0, le=168)] = 12
    first_digest_lookback_hours: Annotated[float, Field(ge=0, le=720)] = 24
    tick_seconds: Annotated[float, Field(gt=0, le=3600)] = 30
    max_items: Annotated[int, Field(ge=0, le=10_000)] = 60

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown timezone {value!r} (use an IANA name)") from exc
        return value

    @field_validator("times")
    @classmethod
    def _clock_times(cls, value: list[str]) -> list[str]:
        if not value:
            raise ValueError("give at least one digest time")
        for item in value:
            parse_clock(item)
        return sorted(set(value))

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def clock_times(self) -> list[time]:
        return [parse_clock(item) for item in self.times]


class UnderstandingConfig(_Section):
    model: str = "default"
    close_of_business: TimeOfDay = "17:30"
    batch_size: Annotated[int, Field(ge=1, le=1024)] = 256

    @field_validator("model")
    @classmethod
    def _known_model(cls, value: str) -> str:
        if value not in ("default", "trained", "rules", "baseline"):
            raise ValueError(f"{value!r} is not one of default, trained, rules, baseline")
        return value


class DedupConfig(_Section):
    window_days: Annotated[float, Field(gt=0, le=365)] = 30
    undated_window_days: Annotated[float, Field(gt=0, le=365)] = 7


class SearchConfig(_Section):
    days: Annotated[int, Field(ge=1, le=365)] = 30


class AnalyticsConfig(_Section):
    work_start: TimeOfDay = "08:30"
    work_end: TimeOfDay = "17:30"
    workdays: list[int] = [1, 2, 3, 4, 5]

    @field_validator("workdays")
    @classmethod
    def _days(cls, value: list[int]) -> list[int]:
        if any(day not in range(1, 8) for day in value):
            raise ValueError("workdays are ISO weekday numbers, 1 (Monday) to 7 (Sunday)")
        return sorted(set(value))


class SupervisorsConfig(_Section):
    user_ids: list[int] = []


class FleetConfig(_Section):
    """Several processes on one PostgreSQL database (see README, "A fleet")."""

    poll_seconds: Annotated[float, Field(gt=0, le=60)] = 2
    lease_seconds: Annotated[float, Field(ge=3, le=600)] = 10
    inbox_batch: Annotated[int, Field(ge=1, le=10_000)] = 256


class WebhookConfig(_Section):
    """``fingertip run --webhook``: Telegram posts updates to ``url``."""

    url: str = ""
    listen: str = "127.0.0.1"
    port: Annotated[int, Field(ge=1, le=65535)] = 8443
    path: str = "telegram"
    secret_token: Annotated[str, Field(pattern=r"^[A-Za-z0-9_-]{0,256}$")] = ""
    max_connections: Annotated[int, Field(ge=1, le=100)] = 40


class OpsConfig(_Section):
    """/healthz, /readyz and /metrics; port 0 turns them off."""

    listen: str = "127.0.0.1"
    port: Annotated[int, Field(ge=0, le=65535)] = 0


class RetentionConfig(_Section):
    text_days: Annotated[int, Field(ge=1, le=3650)] = 180


class LoggingConfig(_Section):
    level: str = "INFO"
    format: str = "text"

    @field_validator("format")
    @classmethod
    def _format(cls, value: str) -> str:
        if value not in ("text", "json"):
            raise ValueError(f"{value!r} is not one of text, json")
        return value

    @field_validator("level")
    @classmethod
    def _level(cls, value: str) -> str:
        if value.upper() not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise ValueError(f"{value!r} is not a logging level")
        return value.upper()


class Config(_Section):
    data_dir: str = "var"
    telegram: TelegramConfig = TelegramConfig()
    database: DatabaseConfig = DatabaseConfig()
    digest: DigestConfig = DigestConfig()
    understanding: UnderstandingConfig = UnderstandingConfig()
    dedup: DedupConfig = DedupConfig()
    search: SearchConfig = SearchConfig()
    analytics: AnalyticsConfig = AnalyticsConfig()
    supervisors: SupervisorsConfig = SupervisorsConfig()
    retention: RetentionConfig = RetentionConfig()
    logging: LoggingConfig = LoggingConfig()
    fleet: FleetConfig = FleetConfig()
    webhook: WebhookConfig = WebhookConfig()
    ops: OpsConfig = OpsConfig()

    @property
    def database_url(self) -> str:
        if self.database.url:
            return self.database.url
        return f"sqlite:///{Path(self.data_dir).resolve() / 'fingertip.sqlite'}"


def _describe(error: Any) -> str:
    location = ".".join(str(part) for part in error["loc"]) or "(top level)"
    message = str(error["msg"]).removeprefix("Value error, ")
    if error["type"] == "extra_forbidden":
        message = "unknown key (check the spelling against config.example.toml)"
    return f"{location}: {message}"


def load_config(path: Path | None, *, environ: dict[str, str] | None = None) -> Config:
    """Read and validate the config; secrets from the environment win."""
    env = os.environ if environ is None else environ
    raw: dict[str, Any] = {}
    label = str(path) if path else "(defaults)"
    if path is not None:
        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise ConfigError(f"{label}: file not found") from exc
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{label}: not valid TOML: {exc}") from exc
    apply_environment(raw, env)
    if env.get(TOKEN_ENV):
        raw.setdefault("telegram", {})["token"] = env[TOKEN_ENV]
    if env.get(DATABASE_ENV):
        raw.setdefault("database", {})["url"] = env[DATABASE_ENV]
    try:
        return Config.model_validate(raw)
    except ValidationError as exc:
        details = "; ".join(_describe(error) for error in exc.errors())
        raise ConfigError(f"{label}: {details}") from exc
