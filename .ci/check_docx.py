#!/usr/bin/env python3
"""Exports every example case as a Word file and checks it with the tools a clerk's Word
would be judged by here: python-docx reads it (headings in order in Word's built-in styles,
each data table's first row a repeated header row, a paragraph in every cell, alt text on
every picture at 200 dpi or more, a title in the properties, the PAGE, NUMPAGES and TOC
fields, en-GB), LibreOffice converts it to PDF headless (the marking on every page, every
heading present), openxml-audit validates it against the Open XML schemas (Word 2007's and
today's), and a committee's
template with other heading fonts and colours takes over the paper's headings.

Usage: .ci/check_docx.py path/to/casewright [output folder]
Needs: python3-docx, libreoffice-writer-nogui, poppler-utils, openxml-audit (PyPI).
"""

import copy
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

import docx
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HEADINGS = ("Title", "Heading 1", "Heading 2", "Heading 3")
DATA_TABLE = "Casewright table"
TEMPLATE_FONT = "DejaVu Serif"
TEMPLATE_COLOUR = RGBColor(0xC0, 0x00, 0x00)

failures = []


def fail(name, message):
    failures.append(f"{name}: {message}")
    print(f"  FAIL {name}: {message}")


def run(command, **kwargs):
    return subprocess.run(command, check=True, capture_output=True, text=True, **kwargs)


def collapse(text):
    return re.sub(r"\s+", " ", text).strip()


def instructions(element):
    return [collapse(i.text or "") for i in element.iter(qn("w:instrText"))]


def check_with_python_docx(name, path, marking):
    document = docx.Document(path)
    headings = [(p.style.name, p.text) for p in document.paragraphs if p.style.name in HEADINGS]
    for style_name in HEADINGS[:3]:
        style = document.styles[style_name]
        if not style.builtin:
            fail(name, f"{style_name} is not Word's built-in style")
    sections = [text for style, text in headings if style == "Heading 1"]
    if not sections:
        fail(name, "no Heading 1")
    numbered = [text for text in sections if re.match(r"^\d+\. ", text)]
    numbers = [int(text.split(".")[0]) for text in numbered]
    if numbers != list(range(1, len(numbers) + 1)):
        fail(name, f"the numbered sections are out of order: {numbers}")
    level = 0
    for style, text in headings:
        if style.startswith("Heading "):
            depth = int(style.split()[-1])
            if depth > level + 1:
                fail(name, f"{text!r} ({style}) skips a level")
            level = depth
    for index, table in enumerate(document.tables):
        for tc in table._tbl.iter(qn("w:tc")):
            if tc.find(qn("w:p")) is None:
                fail(name, f"table {index + 1} has a cell without a paragraph")
                break
        if table.style is not None and table.style.name == DATA_TABLE:
            first = table.rows[0]._tr
            header = first.trPr is not None and first.trPr.find(qn("w:tblHeader")) is not None
            if not header:
                fail(name, f"table {index + 1}'s first row is not a header row")
    pictures = 0
    for shape in document.inline_shapes:
        pictures += 1
        description = shape._inline.docPr.get("descr") or ""
        if not description.strip():
            fail(name, f"picture {pictures} has no alt text")
        blip = shape._inline.graphic.graphicData.pic.blipFill.blip
        image = document.part.related_parts[blip.embed].image
        dpi = image.px_width / shape.width.inches
        if dpi < 200:
            fail(name, f"picture {pictures} is {dpi:.0f} dpi")
    if not document.core_properties.title.strip():
        fail(name, "no title in the properties")
    if document.core_properties.language != "en-GB":
        fail(name, f"the properties' language is {document.core_properties.language!r}")
    defaults = document.styles.element.find(qn("w:docDefaults"))
    lang = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:lang"))
    if lang is None or lang.get(qn("w:val")) != "en-GB":
        fail(name, "the default style's language is not en-GB")
    body = instructions(document.element.body)
    if not any(i.startswith("TOC ") for i in body):
        fail(name, "no TOC field")
    dirty = [f for f in document.element.body.iter(qn("w:fldChar"))
             if f.get(qn("w:fldCharType")) == "begin" and f.get(qn("w:dirty")) == "true"]
    if not dirty:
        fail(name, "the TOC field is not marked dirty")
    section = document.sections[0]
    footer = instructions(section.footer._element)
    for field in ("PAGE", "NUMPAGES"):
        if field not in footer:
            fail(name, f"no {field} field in the footer")
    for part, element in (("header", section.header._element), ("footer", section.footer._element)):
        if marking not in "".join(t.text or "" for t in element.iter(qn("w:t"))):
            fail(name, f"the {part} does not carry the marking {marking!r}")
    print(f"  python-docx: {len(sections)} sections, {len(document.tables)} tables, "
          f"{pictures} pictures, title {document.core_properties.title!r}")
    return [collapse(text) for _, text in headings]


def convert(path, folder, to="pdf"):
    # A profile of its own, so a LibreOffice the user has open does not take the job.
    profile = "file://" + os.path.join(os.path.abspath(folder), "libreoffice-profile")
    result = subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--norestore",
         "--convert-to", to, "--outdir", folder, path],
        capture_output=True, text=True, timeout=300,
    )
    stem = os.path.splitext(os.path.basename(path))[0]
    out = os.path.join(folder, f"{stem}.{to.split(':')[0]}")
    if result.returncode != 0 or not os.path.exists(out):
        raise RuntimeError(f"LibreOffice could not convert {path}: {result.stderr}")
    return out


def check_with_libreoffice(name, path, folder, marking, headings):
    pdf = convert(path, folder)
    pages = int(re.search(r"Pages:\s+(\d+)", run(["pdfinfo", pdf]).stdout).group(1))
    text = ""
    for page in range(1, pages + 1):
        page_text = run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), pdf, "-"]).stdout
        if collapse(page_text).count(marking) < 2:
            fail(name, f"page {page} of LibreOffice's PDF lacks the marking top and bottom")
        text += page_text + "\n"
    whole = collapse(text)
    for heading in headings:
        if heading not in whole:
            fail(name, f"LibreOffice's PDF lacks the heading {heading!r}")
    print(f"  LibreOffice: {pages} pages, the marking on each, {len(headings)} headings found")
    return pdf


def check_schema(name, path):
    audit = shutil.which("openxml-audit")
    if audit is None:
        fail(name, "openxml-audit is not installed (pip install openxml-audit)")
        return
    # Word 2007's schemas (the first edition of ECMA-376) and today's Word's.
    for version in ("office2007", "microsoft365"):
        result = subprocess.run([audit, "-f", version, "-m", "20", path],
                                capture_output=True, text=True)
        if result.returncode != 0:
            fail(name, f"openxml-audit ({version}) found errors:\n{result.stdout}{result.stderr}")
        else:
            print(f"  openxml-audit ({version}): {collapse(result.stdout.splitlines()[0])}")


def make_template(path):
    """A committee's reference document: python-docx's own default template with the heading
    styles given another font and colour, as a clerk's template would."""
    template = docx.Document()
    for style_name in ("Title", "Heading 1", "Heading 2"):
        font = template.styles[style_name].font
        font.name = TEMPLATE_FONT
        font.color.rgb = TEMPLATE_COLOUR
        font.size = Pt(20)
        # The default template's headings take their font from its theme, which would win
        # over the name: a template that names its font names it outright.
        for fonts in template.styles[style_name].element.iter(qn("w:rFonts")):
            for attribute in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
                fonts.attrib.pop(qn(f"w:{attribute}"), None)
    template.save(path)


def apply_template(paper, template, out):
    """Copies the template's styles over the paper's by style id, as Word's Organizer (or
    attaching a template with "automatically update styles") does."""
    reference = docx.Document(template)
    document = docx.Document(paper)
    theirs = {s.get(qn("w:styleId")): s for s in reference.styles.element.iter(qn("w:style"))}
    ours = document.styles.element
    for style in list(ours.iter(qn("w:style"))):
        replacement = theirs.get(style.get(qn("w:styleId")))
        if replacement is None or style.get(qn("w:styleId")) not in ("Title", "Heading1", "Heading2"):
            continue
        new = copy.deepcopy(replacement)
        for link in new.findall(qn("w:link")):
            new.remove(link)
        style.addprevious(new)
        ours.remove(style)
    document.save(out)


def check_template(path, folder):
    name = "template"
    template = os.path.join(folder, "committee-template.docx")
    templated = os.path.join(folder, "templated.docx")
    make_template(template)
    apply_template(path, template, templated)
    document = docx.Document(templated)
    heading = document.styles["Heading 1"]
    if heading.font.name != TEMPLATE_FONT or heading.font.color.rgb != TEMPLATE_COLOUR:
        fail(name, "the template's Heading 1 did not replace the paper's")
    for paragraph in document.paragraphs:
        if paragraph.style.name in ("Title", "Heading 1", "Heading 2"):
            for r in paragraph.runs:
                if r.font.name is not None or r.font.color.rgb is not None or r.font.size is not None:
                    fail(name, f"{paragraph.text!r} sets its own font, colour or size over the style")
    pdf = convert(templated, folder)
    fonts = run(["pdffonts", pdf]).stdout
    if "DejaVuSerif" not in fonts.replace(" ", ""):
        fail(name, f"LibreOffice did not set the headings in the template's font:\n{fonts}")
    flat = convert(templated, folder, "fodt")
    with open(flat, encoding="utf-8") as f:
        content = f.read()
    colour = "#" + str(TEMPLATE_COLOUR).lower()
    if colour not in content.lower():
        fail(name, f"LibreOffice's reading of the templated paper has no {colour}")
    print(f"  template: Title and headings in {TEMPLATE_FONT}, {colour}, after applying it")


def main():
    binary = sys.argv[1]
    out = os.path.abspath(sys.argv[2] if len(sys.argv) > 2 else tempfile.mkdtemp(prefix="casewright-docx-"))
    os.makedirs(out, exist_ok=True)
    examples = sorted(glob.glob("assets/examples/*.ron"))
    if not examples:
        sys.exit("no examples found: run from the repository root")
    for case in examples:
        name = os.path.splitext(os.path.basename(case))[0]
        path = os.path.join(out, f"{name}.docx")
        run([binary, "export", case, "-o", path])
        with zipfile.ZipFile(path) as package:
            header = package.read("word/header1.xml").decode()
        marking = re.search(r"<w:t[^>]*>([^<]+)</w:t>", header).group(1)
        print(f"{name} ({marking})")
        headings = check_with_python_docx(name, path, marking)
        check_with_libreoffice(name, path, out, marking, headings)
        check_schema(name, path)
    check_template(os.path.join(out, f"{os.path.splitext(os.path.basename(examples[0]))[0]}.docx"), out)
    if failures:
        print(f"{len(failures)} Word check(s) failed")
        sys.exit(1)
    print(f"Word files: {len(examples)} examples checked, no failures")


if __name__ == "__main__":
    main()
