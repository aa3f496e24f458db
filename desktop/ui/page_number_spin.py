"""The export dialog's 版次 field: a page number the editor can type, also while it shows 请填写.

Qt's QSpinBox, while it shows its special value text, takes no typed digit (the digit lands after the
text, which the validator refuses): only the arrows changed it.  Here digits typed from the keyboard
make the number (``1`` then ``2`` is 12; a number over the maximum starts again from the last digit);
Backspace takes the last digit off; any other key ends the typing and works as in any spin box.
"""

from __future__ import annotations

from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QSpinBox, QWidget


class PageNumberSpin(QSpinBox):
    def __init__(self, parent: QWidget | None = None, *, objectName: str = "") -> None:  # noqa: N803
        super().__init__(parent)
        if objectName:
            self.setObjectName(objectName)
        self._typed: str | None = None  # the digits typed since the field was entered, None when not typing

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        text = event.text()
        if text.isdigit() and text.isascii():
            digits = (self._typed or "") + text
            if int(digits) > self.maximum():
                digits = text
            self._typed = digits
            self.setValue(max(self.minimum(), int(digits)))
            return
        if self._typed is not None and text == "\b":
            self._typed = self._typed[:-1]
            self.setValue(int(self._typed) if self._typed else self.minimum())
            return
        self._typed = None
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self._typed = None  # (a number typed on entering the field replaces the one shown)
        super().focusInEvent(event)
