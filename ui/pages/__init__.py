"""One page per job. MainWindow builds them lazily from ui.main_window.PAGES (the order of the sidebar)."""
