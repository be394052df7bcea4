"""The trained spaCy pipeline: building, training and the understander."""

from nlp.pipeline._build import CONFIG_PATH, MODEL_DIR, build_pipeline
from nlp.pipeline._train import TrainReport, train
from nlp.pipeline._understander import SpacyUnderstander

__all__ = [
    "CONFIG_PATH",
    "MODEL_DIR",
    "SpacyUnderstander",
    "TrainReport",
    "build_pipeline",
    "train",
]
