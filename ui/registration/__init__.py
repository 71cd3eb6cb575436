"""Registration in the window: File ▸ Import registration… with its preview, and the blank template
(ocop_desk.registration).

May import: ocop_desk (not its cli), ui.common.
"""
