"""From a group message to a stored, understood notice."""

from bot.ingest._incoming import IncomingMessage, IngestOutcome
from bot.ingest._pipeline import IngestPipeline
from bot.ingest._service import IngestService

__all__ = ["IncomingMessage", "IngestOutcome", "IngestPipeline", "IngestService"]
