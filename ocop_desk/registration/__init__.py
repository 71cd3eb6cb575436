"""Registration: reading the organisers' spreadsheet (.xlsx, .xls, .ods) or CSV file (headers, cell values, the guard)
into producers, products and booths, all or nothing; and the blank template to fill.

May import: core, store, fair, checkin (an import refreshes the desk's search index).
"""
