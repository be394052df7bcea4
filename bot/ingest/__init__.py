"""From a group message to a stored, understood notice."""

from bot.ingest._clusters import ClusterKeeper
from bot.ingest._incoming import IncomingMessage, IngestOutcome
from bot.ingest._pipeline import IngestPipeline
from bot.ingest._service import IngestService

__all__ = ["ClusterKeeper", "IncomingMessage", "IngestOutcome", "IngestPipeline", "IngestService"]
