"""Document properties (File → Info in Word): title, author, times, edition."""

from __future__ import annotations

from docx.document import Document as DocxDocument

from desktop.export.compose import xml_safe
from desktop.export.options import PAPER_AUTHOR, ExportOptions


def set_properties(document: DocxDocument, options: ExportOptions, *, title: str, author: str | None) -> None:
    properties = document.core_properties
    properties.title = xml_safe(title)
    properties.author = xml_safe(author or options.paper_name or PAPER_AUTHOR)
    properties.last_modified_by = options.editor
    properties.created = options.timestamp
    properties.modified = options.timestamp
    properties.revision = 1
    properties.language = "zh-CN"
    description = options.edition_label
    if options.paper_name:
        description = f"{options.paper_name} {description}"
    properties.comments = description
    properties.subject = options.paper_name
    properties.category = options.page_name
    properties.keywords = ""


def fill_header(document: DocxDocument, options: ExportOptions) -> None:
    """Replace ``{paper}`` and ``{edition}`` in the template's headers and footers."""
    values = {"{paper}": options.paper_name, "{edition}": options.edition_label}
    for section in document.sections:
        for part in (section.header, section.footer):
            if part.is_linked_to_previous and section is not document.sections[0]:
                continue
            for paragraph in part.paragraphs:
                runs = paragraph.runs
                text = "".join(run.text for run in runs)
                if not any(key in text for key in values):
                    continue
                for key, value in values.items():
                    text = text.replace(key, value)
                runs[0].text = text.strip(" \u3000")
                for run in runs[1:]:
                    run.text = ""
