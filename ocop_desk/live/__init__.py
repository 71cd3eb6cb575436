"""The livestream tally: sessions (hosts, platform, featured products, the platform's totals) and the
count rows, corrections, undo and viewer snapshots. `live.service` is the one import for its callers.

May import: core, store, fair, checkin.
"""
