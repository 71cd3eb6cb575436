"""Where the fair stands: the summary figures of a day or of the event, and the Excel workbook
(its writer, the data sheets and the summary sheet with charts).

May import: core, store, fair, checkin, registration, labels, live.
"""
