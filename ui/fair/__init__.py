"""The fair in the window: the Products & lots page (ocop_desk.fair.catalog).

May import: ocop_desk (not its cli), ui.common.
"""
