"""The newsroom server in Preferences: server, port, database, user, password (masked), TLS and CA file.

The password typed here goes to the credential store, never into a settings file; the fields are filled
from the configured URL, which never holds one.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from storage.credentials import (
    DEFAULT_PORT,
    TLS_MODES,
    ServerSettings,
    is_postgres_url,
    split_url,
    stored_password,
)


class ServerFields(QWidget):
    def __init__(self, database_url: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A database that is not a server (a SQLite file chosen by URL) is kept while the server stays empty.
        self._other_url = database_url if database_url and not is_postgres_url(database_url) else ""
        server, _ = split_url(database_url) if is_postgres_url(database_url) else (None, None)
        self.host = QLineEdit(server.host if server else "", objectName="databaseHost")
        self.host.setPlaceholderText(self.tr("留空则使用本机数据库（SQLite）"))
        self.port = QSpinBox(minimum=1, maximum=65535, value=server.port if server else DEFAULT_PORT)
        self.port.setObjectName("databasePort")
        self.database = QLineEdit(server.database if server else "proofsheet", objectName="databaseName")
        self.user = QLineEdit(server.user if server else "", objectName="databaseUser")
        self.password = QLineEdit(objectName="databasePassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        has_password = server is not None and server.user and stored_password(server) is not None
        self.password.setPlaceholderText(
            self.tr("已保存在系统密码库；留空则不变") if has_password else self.tr("保存在系统密码库中")
        )
        self.tls = QComboBox(objectName="databaseTls")
        labels = {
            "disable": self.tr("不加密 (disable)"),
            "require": self.tr("加密 (require)"),
            "verify-full": self.tr("加密并核验服务器证书 (verify-full)"),
        }
        for mode in TLS_MODES:
            self.tls.addItem(labels[mode], mode)
        self.tls.setCurrentIndex(self.tls.findData(server.tls_mode if server else "require"))
        self.ca_file = QLineEdit(server.ca_file if server else "", objectName="databaseCaFile")
        self.ca_file.setPlaceholderText(self.tr("证书颁发机构 (CA) 文件，verify-full 时使用"))
        browse = QPushButton(self.tr("选择…"))
        browse.clicked.connect(self._choose_ca_file)
        self._extra = server.extra if server else ()
        self._driver = server.driver if server else ""

        ca_row = QHBoxLayout()
        ca_row.setContentsMargins(0, 0, 0, 0)
        ca_row.addWidget(self.ca_file)
        ca_row.addWidget(browse)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("服务器"), self.host)
        form.addRow(self.tr("端口"), self.port)
        form.addRow(self.tr("数据库名"), self.database)
        form.addRow(self.tr("用户"), self.user)
        form.addRow(self.tr("密码"), self.password)
        form.addRow(self.tr("连接加密"), self.tls)
        form.addRow(self.tr("CA 文件"), ca_row)

    def _choose_ca_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("选择 CA 文件"), "", "PEM (*.pem *.crt);;* (*)")
        if chosen:
            self.ca_file.setText(chosen)

    def server_settings(self) -> ServerSettings | None:
        host = self.host.text().strip()
        if not host:
            return None
        settings = ServerSettings(
            host=host,
            port=self.port.value(),
            database=self.database.text().strip() or "proofsheet",
            user=self.user.text().strip(),
            tls=str(self.tls.currentData()),
            ca_file=self.ca_file.text().strip(),
            extra=self._extra,
        )
        return replace(settings, driver=self._driver) if self._driver else settings

    def chosen(self) -> tuple[str | None, str]:
        server = self.server_settings()
        if server is None:
            return (self._other_url or None), ""
        return server.url(), self.password.text()
