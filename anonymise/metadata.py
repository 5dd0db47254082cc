"""Removing what a file says about itself: author, title, subject, keywords, comments, company
and editing history from XLSX and DOCX (their docProps parts, comments and tracked-change
authors), SVG (metadata, title, desc, comments, editor attributes) and PDF (the Info dictionary
and XMP packet, blanked in place so the cross-reference offsets stay right), and text chunks
from PNG."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

_CORE_EMPTY = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
    b'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    b'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
    b'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/>'
)
_CUSTOM_EMPTY = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"'
    b' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"/>'
)
_APP_FIELDS = re.compile(rb"<(Company|Manager|HyperlinkBase)>[^<]*</\1>|<(Company|Manager)/>")
_AUTHOR_ATTRS = re.compile(rb'\s(w:author|w:initials|author|w15:userId)="[^"]*"')
_COMMENT_TEXT = re.compile(rb"(<w:t(?:\s[^>]*)?>)[^<]*(</w:t>)")
_PDF_INFO = re.compile(
    rb"/(Title|Author|Subject|Keywords|Creator|Producer)(\s*)(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>)"
)
_PDF_XMP = re.compile(rb"(<x:xmpmeta\b.*?</x:xmpmeta>)", re.DOTALL)
_SVG_DROP = (
    re.compile(r"<!--.*?-->", re.DOTALL),
    re.compile(r"<metadata\b.*?</metadata>|<metadata\b[^>]*/>", re.DOTALL),
    re.compile(r"<title\b.*?</title>", re.DOTALL),
    re.compile(r"<desc\b.*?</desc>", re.DOTALL),
    re.compile(r"\s(?:inkscape|sodipodi|xmlns:inkscape|xmlns:sodipodi):?[\w-]*=\"[^\"]*\""),
)


def strip_metadata(path: Path) -> Path:
    """Strip the file in place, by its extension; other files are left alone."""
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm", ".docx", ".pptx"):
        _strip_ooxml(path)
    elif suffix == ".svg":
        path.write_text(strip_svg(path.read_text(encoding="utf-8")), encoding="utf-8")
    elif suffix == ".pdf":
        path.write_bytes(strip_pdf(path.read_bytes()))
    elif suffix == ".png":
        from genogram.export import strip_png_metadata

        path.write_bytes(strip_png_metadata(path.read_bytes()))
    return path


def _strip_ooxml(path: Path) -> None:
    temporary = path.with_name(path.name + ".tmp")
    with (
        zipfile.ZipFile(path) as source,
        zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            data = source.read(info.filename)
            name = info.filename
            if name == "docProps/core.xml":
                data = _CORE_EMPTY
            elif name == "docProps/custom.xml":
                data = _CUSTOM_EMPTY
            elif name == "docProps/app.xml":
                data = _APP_FIELDS.sub(b"", data)
            elif name.startswith(("word/comments", "xl/comments", "word/people")):
                data = _AUTHOR_ATTRS.sub(b"", _COMMENT_TEXT.sub(rb"\1\2", data))
            elif name.endswith(".xml") and name.startswith(("word/", "xl/threadedComments")):
                data = _AUTHOR_ATTRS.sub(b"", data)
            target.writestr(info, data)
    temporary.replace(path)


def strip_svg(svg: str) -> str:
    for pattern in _SVG_DROP:
        svg = pattern.sub("", svg)
    return svg


def strip_pdf(data: bytes) -> bytes:
    """Blank the Info dictionary's text values and any XMP packet, keeping every byte offset."""

    def blank(match: re.Match[bytes]) -> bytes:
        key, space, value = match.groups()
        inner = len(value) - 2
        value = b"(" + b" " * inner + b")" if value.startswith(b"(") else b"<" + b"0" * inner + b">"
        return b"/" + key + space + value

    def blank_xmp(match: re.Match[bytes]) -> bytes:
        return b" " * len(match.group(1))

    data = _PDF_INFO.sub(blank, data)
    return _PDF_XMP.sub(blank_xmp, data)
