"""File ▸ Database settings…: which database this station uses, with a connection test.

A station either keeps its own SQLite file or joins the fair's shared PostgreSQL server. The choice is
saved in this computer's settings and used from the next start (--db and $OCOP_DESK_DB still win). A
password is never written into the settings: "Remember the password" puts it in the user's libpq
password file (ocop_desk/store/pgpass.py), where psycopg finds it.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL, make_url

from ocop_desk.core.errors import OcopError
from ocop_desk.core.paths import DB_ENV, data_dir
from ui.common.file_dialogs import save_file_name
from ui.common.tasks import Task, run_in_background

if TYPE_CHECKING:
    from ocop_desk.store.dbcopy import DbCheck

SETTINGS_KEY = "database"


def saved_database(settings: QSettings) -> str | None:
    """The database chosen in this dialog, if any (used when neither --db nor $OCOP_DESK_DB is given)."""
    value = settings.value(SETTINGS_KEY, "")
    return str(value) if value else None


def ask_other_database(error: OcopError, settings: QSettings) -> bool:
    """At start-up, the saved database cannot be opened: say why, offer to choose another. True: try again."""
    box = QMessageBox()
    box.setObjectName("databaseErrorBox")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("DatabaseDialog", "OCOP Desk cannot open its database"))
    box.setText(error.message)
    box.setInformativeText(error.hint or "")
    change = box.addButton(QCoreApplication.translate("DatabaseDialog", "Database settings…"),
                           QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("DatabaseDialog", "Try again"), QMessageBox.ButtonRole.ActionRole)
    quit_button = box.addButton(QCoreApplication.translate("DatabaseDialog", "Quit"),
                                QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    if clicked is quit_button or clicked is None:
        return False
    if clicked is change:  # saved or cancelled, the next attempt shows this box again if it still fails
        location = getattr(error, "path", None) or saved_database(settings) or ""
        DatabaseDialog(settings, location).exec()
    return True


class DatabaseDialog(QDialog):
    def __init__(self, settings: QSettings, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("databaseDialog")
        self.setWindowTitle(self.tr("Database"))
        self.settings = settings
        self._task: Task | None = None
        layout = QVBoxLayout(self)
        now = QLabel(self.tr("This station now uses: {where}").format(where=current))
        now.setObjectName("currentDatabase")
        now.setWordWrap(True)
        now.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(now)

        self.local_choice = QRadioButton(self.tr("Only this computer (a database file)"))
        self.local_choice.setObjectName("localChoice")
        self.server_choice = QRadioButton(self.tr("The fair's shared server (PostgreSQL), for several stations"))
        self.server_choice.setObjectName("serverChoice")
        group = QButtonGroup(self)
        group.addButton(self.local_choice)
        group.addButton(self.server_choice)

        layout.addWidget(self.local_choice)
        self.local_box = QGroupBox()
        file_row = QHBoxLayout(self.local_box)
        self.path = QLineEdit()
        self.path.setObjectName("databasePath")
        file_row.addWidget(self.path, 1)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        file_row.addWidget(browse)
        layout.addWidget(self.local_box)

        layout.addWidget(self.server_choice)
        self.server_box = QGroupBox()
        form = QFormLayout(self.server_box)
        self.host = QLineEdit()
        self.host.setObjectName("serverHost")
        self.host.setPlaceholderText(self.tr("e.g. 192.168.1.10"))
        form.addRow(self.tr("Server address"), self.host)
        self.port = QSpinBox()
        self.port.setObjectName("serverPort")
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        form.addRow(self.tr("Port"), self.port)
        self.database = QLineEdit("ocop")
        self.database.setObjectName("serverDatabase")
        form.addRow(self.tr("Database name"), self.database)
        self.user = QLineEdit("ocop")
        self.user.setObjectName("serverUser")
        form.addRow(self.tr("User"), self.user)
        self.password = QLineEdit()
        self.password.setObjectName("serverPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("leave empty if the server needs none"))
        form.addRow(self.tr("Password"), self.password)
        self.remember = QCheckBox(self.tr("Remember the password on this computer"))
        self.remember.setChecked(True)
        form.addRow("", self.remember)
        layout.addWidget(self.server_box)

        test_row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setObjectName("testConnectionButton")
        self.test_button.clicked.connect(self.test_connection)
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        layout.addLayout(test_row)
        self.result_label = QLabel()
        self.result_label.setObjectName("testResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.setMinimumHeight(48)
        layout.addWidget(self.result_label)

        if os.environ.get(DB_ENV):
            note = QLabel(self.tr("Note: ${env} is set and wins over this choice.").format(env=DB_ENV))
            note.setWordWrap(True)
            layout.addWidget(note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.local_choice.toggled.connect(self._update)
        for edit in (self.path, self.host, self.database, self.user, self.password):
            edit.textChanged.connect(self._update)
        self.load(saved_database(settings) or current)
        self.setMinimumWidth(560)

    # -- the form ----------------------------------------------------------------------------------

    def load(self, target: str) -> None:
        if "://" in target and not target.startswith("sqlite"):
            url = make_url(target)
            self.server_choice.setChecked(True)
            self.host.setText(url.host or "")
            self.port.setValue(url.port or 5432)
            self.database.setText(url.database or "")
            self.user.setText(url.username or "")
            self.password.setText(url.password or "")
            self.path.setText(str(data_dir() / "ocop-desk.sqlite3"))
        else:
            self.local_choice.setChecked(True)
            self.path.setText(make_url(target).database or "" if "://" in target else target)
        self._update()

    def target(self, *, with_password: bool = True) -> str:
        """The chosen database as --db would take it."""
        if self.local_choice.isChecked():
            return self.path.text().strip()
        url = URL.create(
            "postgresql+psycopg",
            username=self.user.text().strip() or None,
            password=(self.password.text() or None) if with_password else None,
            host=self.host.text().strip() or None,
            port=self.port.value(),
            database=self.database.text().strip() or None,
        )
        return url.render_as_string(hide_password=False)

    def _complete(self) -> bool:
        if self.local_choice.isChecked():
            return bool(self.path.text().strip())
        return all(e.text().strip() for e in (self.host, self.database, self.user))

    def _update(self, *_: Any) -> None:
        local = self.local_choice.isChecked()
        self.local_box.setEnabled(local)
        self.server_box.setEnabled(not local)
        ok = self._complete()
        self.test_button.setEnabled(ok and self._task is None)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)
        self.result_label.clear()
        self.result_label.setStyleSheet("")

    def _browse(self) -> None:
        path, _ = save_file_name(
            self, self.tr("Database file"), self.path.text(), self.tr("OCOP Desk database (*.sqlite3)"),
            confirm_overwrite=False)
        if path:
            self.path.setText(path)

    # -- actions -----------------------------------------------------------------------------------

    def test_connection(self) -> None:
        """Check in the background (a server that is not there takes seconds to time out)."""
        from ocop_desk.store.dbcopy import check_database

        target = self.target()
        self.test_button.setEnabled(False)
        self.result_label.setStyleSheet("")
        self.result_label.setText(self.tr("Connecting…"))
        self._task = run_in_background(None, lambda _p: check_database(target),
                                       on_done=self._tested, on_error=self._test_failed)

    def _tested(self, check: DbCheck) -> None:
        self._task = None
        server = f" (PostgreSQL {check.server_version})" if check.server_version else ""
        self._show_result(check.describe() + server, ok=True)

    def _test_failed(self, exc: BaseException) -> None:
        self._task = None
        if not isinstance(exc, OcopError):
            raise exc
        self._show_result(f"{exc.message}\n{exc.hint or ''}".strip(), ok=False)

    def _show_result(self, text: str, *, ok: bool) -> None:
        self.result_label.setText(text)
        self.result_label.setStyleSheet("color: #1e6b3a;" if ok else "color: #b3261e;")
        self.result_label.setProperty("ok", ok)
        self.test_button.setEnabled(self._complete())

    def save(self) -> None:
        """Remember the choice (and the password in the libpq password file if asked); used from next start."""
        if self.server_choice.isChecked() and self.password.text() and self.remember.isChecked():
            from ocop_desk.store.pgpass import remember_password

            try:
                remember_password(self.host.text().strip(), self.port.value(), self.database.text().strip(),
                                  self.user.text().strip(), self.password.text())
            except OSError as exc:
                self._show_result(self.tr("Could not save the password: {reason}").format(reason=exc.strerror),
                                  ok=False)
                return
        self.settings.setValue(SETTINGS_KEY, self.target(with_password=False))
        self.accept()
