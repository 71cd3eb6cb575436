"""The shell that holds the jobs together: start-up (language, store, lock), the main window with its
sidebar of pages and menus, the operator and new-event dialogs, and the exception hook.

May import: ocop_desk (not its cli), every other ui package.
"""
