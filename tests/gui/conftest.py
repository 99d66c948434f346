"""Qt fixtures: settings in a temporary folder, fonts loaded once."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path, qapp):
    """QSettings go to an INI file under tmp_path, never to the user's real settings."""
    QCoreApplication.setOrganizationName("fasl-tests")
    QCoreApplication.setApplicationName("fasl-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    yield
    QSettings().clear()
