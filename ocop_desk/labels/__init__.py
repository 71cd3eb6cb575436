"""Traceability labels: which lots, what each label says, templates, layout and painting (QtGui, no
widgets), PDF sheets, the print log, booth cards and the static website the QR codes point to.

May import: core, store, fair, checkin.
"""
