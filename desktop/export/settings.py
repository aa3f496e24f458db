"""Document settings the export switches on: tracking of further revisions."""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from lxml import etree

# Children of w:settings that the schema puts before w:trackRevisions.
_BEFORE_TRACK_REVISIONS = frozenset(
    qn(f"w:{name}")
    for name in [
        "writeProtection",
        "view",
        "zoom",
        "removePersonalInformation",
        "removeDateAndTime",
        "doNotDisplayPageBoundaries",
        "displayBackgroundShape",
        "printPostScriptOverText",
        "printFractionalCharacterWidth",
        "printFormsData",
        "embedTrueTypeFonts",
        "embedSystemFonts",
        "saveSubsetFonts",
        "saveFormsData",
        "mirrorMargins",
        "alignBordersAndEdges",
        "bordersDoNotSurroundHeader",
        "bordersDoNotSurroundFooter",
        "gutterAtTop",
        "hideSpellingErrors",
        "hideGrammaticalErrors",
        "activeWritingStyle",
        "proofState",
        "formsDesign",
        "attachedTemplate",
        "linkStyles",
        "stylePaneFormatFilter",
        "stylePaneSortMethod",
        "documentType",
        "mailMerge",
        "revisionView",
    ]
)


def turn_on_track_revisions(document: DocxDocument) -> None:
    """So that the desk chief's own changes to the exported file are tracked too."""
    settings = document.settings.element
    if settings.find(qn("w:trackRevisions")) is not None:
        return
    element = etree.Element(qn("w:trackRevisions"))
    for child in settings:
        if child.tag not in _BEFORE_TRACK_REVISIONS:
            child.addprevious(element)
            return
    settings.append(element)
