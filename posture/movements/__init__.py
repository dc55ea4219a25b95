"""Stage 2a, movements: every number of troops with its hedge, force, unit, route, kind and status,
then the mentions folded into distinct movements and stocks."""

from posture.movements.grouping import MOVEMENT_COLUMNS, reconcile
from posture.movements.extract import MENTION_COLUMNS, PROSE_BLOCKS, mention_table, mentions, tables

__all__ = ["MENTION_COLUMNS", "MOVEMENT_COLUMNS", "PROSE_BLOCKS", "mention_table", "mentions", "reconcile", "tables"]
