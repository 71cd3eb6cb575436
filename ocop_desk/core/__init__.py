"""The shared bottom layer: errors, translations, paths, number and date formats, accent folding, input
checks, how the environment's errors are explained, the bug log, and what the QR codes hold (payloads).

May import: nothing of OCOP Desk but the `ocop_desk` root (its version). No database, no Qt widgets.
"""
