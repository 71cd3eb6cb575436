"""The database's side of the window: the backup timer and File-menu entries, the Settings dialog,
Database settings, the second-window lock dialog, and polling other stations' changes (ocop_desk.store).

May import: ocop_desk (not its cli), ui.common.
"""
