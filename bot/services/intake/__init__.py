"""Intake: classify a resident's free text into a repair, a complaint, a fee question or none."""

from bot.services.intake.classifier import OFFER_THRESHOLD, Guess, classify
from bot.services.intake.vocabulary import COMPLAINT_TYPES, REPAIR_CATEGORIES

__all__ = ["COMPLAINT_TYPES", "OFFER_THRESHOLD", "REPAIR_CATEGORIES", "Guess", "classify"]
