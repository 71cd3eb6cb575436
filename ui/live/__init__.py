"""The livestream tally in the window: the page, the tally board and its keys, the viewers chart, the
session dialogs, the count log and the viewer-snapshot form (ocop_desk.live).

May import: ocop_desk (not its cli), ui.common.
"""
