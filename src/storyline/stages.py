"""The default per-article pipeline: clean -> time -> entities -> events -> story vectors."""

from __future__ import annotations

from storyline.clean.stage import CleanStage
from storyline.config import Settings
from storyline.entities.stage import EntityStage
from storyline.events.stage import EventStage
from storyline.pipeline import Pipeline
from storyline.stories.stage import StoryVectorStage
from storyline.time.stage import TimeStage


def build_pipeline(settings: Settings) -> Pipeline:
    return Pipeline(
        [
            CleanStage(max_text_chars=settings.max_text_chars),
            TimeStage(),
            EntityStage(kb_files=settings.kb_files),
            EventStage(),
            StoryVectorStage(embed=settings.embed),
        ]
    )
