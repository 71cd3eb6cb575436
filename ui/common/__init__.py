"""What every page and dialog shares: the context (store, operator, event, day), background tasks, saving
through `run_action` with the lost-database banner, the `Page` base, showing errors (and the dialog for the
environment's errors with its way out), dialog parts, file dialogs, the window's settings, tables.

May import: ocop_desk (not its cli). Nothing else of ui/.
"""
