"""Adjudication: two reviewers' annotations side by side, their differences, and gold.

Public: `AdjudicationWindow` (the window), `sheet_actions` (its keys, for another sheet).
"""
from fasl.gui.adjudication.keys import sheet_actions
from fasl.gui.adjudication.window import AdjudicationWindow

__all__ = ["AdjudicationWindow", "sheet_actions"]
