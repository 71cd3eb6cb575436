"""Labels in the window: the page, the template and calibration dialogs, printing, and the File-menu
actions for the website and booth cards (ocop_desk.labels).

May import: ocop_desk (not its cli), ui.common.
"""
