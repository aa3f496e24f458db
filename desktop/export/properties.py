"""Document properties (File → Info in Word): title, author, times, edition."""

from __future__ import annotations

from docx.document import Document as DocxDocument

from desktop.export.compose import xml_safe
from desktop.export.options import PAPER_AUTHOR, ExportOptions

# Word's core properties hold at most 255 characters (python-docx raises beyond): a whole page's
# bylines as the author easily run longer.
PROPERTY_LIMIT = 255


def property_text(text: str) -> str:
    text = xml_safe(text)
    return text if len(text) <= PROPERTY_LIMIT else text[: PROPERTY_LIMIT - 1] + "…"


def set_properties(document: DocxDocument, options: ExportOptions, *, title: str, author: str | None) -> None:
    properties = document.core_properties
    properties.title = property_text(title)
    properties.author = property_text(author or options.paper_name or PAPER_AUTHOR)
    properties.last_modified_by = property_text(options.editor)
    properties.created = options.timestamp
    properties.modified = options.timestamp
    properties.revision = 1
    properties.language = "zh-CN"
    description = options.edition_label
    if options.paper_name:
        description = f"{options.paper_name} {description}"
    properties.comments = property_text(description)
    properties.subject = property_text(options.paper_name)
    properties.category = property_text(options.page_name)
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
