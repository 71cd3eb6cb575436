"""Livestream sessions and their live tallies: the one import for the window, the CLI and summaries.

Sessions (who, where, when, which products, the platform's totals) live in `live.sessions`; counts,
corrections, undo, viewer snapshots and totals rebuilt from the count rows in `live.tally`.
"""

from __future__ import annotations

from ocop_desk.live.sessions import (
    MAX_LIVE_PRICE,
    PLATFORM_NAMES,
    PLATFORMS,
    UNSET,
    FeaturedProduct,
    Platform,
    PlatformTotals,
    SessionInfo,
    SessionLabel,
    SessionStatus,
    end_session,
    find_product,
    get_session,
    list_sessions,
    reopen_session,
    session_labels,
    set_live_price,
    start_session,
    update_session,
)
from ocop_desk.live.tally import (
    MAX_COUNT,
    Difference,
    ProductTotals,
    SessionDetail,
    SessionTotals,
    Snapshot,
    TallyEvent,
    TallyKind,
    TallySource,
    add_count,
    add_scan,
    add_snapshot,
    compare,
    correct,
    day_summary,
    minus_one,
    session_detail,
    session_totals,
    snapshots,
    tally_events,
    undo_last,
)

__all__ = [
    "MAX_COUNT", "MAX_LIVE_PRICE", "PLATFORMS", "PLATFORM_NAMES", "UNSET", "Difference", "FeaturedProduct", "Platform",
    "PlatformTotals", "ProductTotals", "SessionDetail", "SessionInfo", "SessionLabel", "SessionStatus", "SessionTotals", "Snapshot",
    "TallyEvent", "TallyKind", "TallySource",
    "add_count", "add_scan", "add_snapshot", "compare", "correct", "day_summary", "end_session", "find_product",
    "get_session", "list_sessions", "minus_one", "reopen_session", "session_detail", "session_labels", "session_totals",
    "set_live_price", "snapshots", "start_session", "tally_events", "undo_last", "update_session",
]
