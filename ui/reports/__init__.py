"""Reports in the window: the Summary page and File ▸ Export… (ocop_desk.reports).

May import: ocop_desk (not its cli), ui.common.
"""
