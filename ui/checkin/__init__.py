"""The check-in desk in the window: the page, its scanner-aware input, the answer banner, the booth
board and a booth's detail with its lots (ocop_desk.checkin).

May import: ocop_desk (not its cli), ui.common.
"""
