#!/usr/bin/env python3
"""Writes the hostile inputs of docs/dependencies.md into OUTDIR (about 1.1 GB of work, 150 MB on disk).

    python3 Benchmarks/clib/hostile.py OUTDIR [SAMPLE.docx]

Every .docx is a minimal package ([Content_Types].xml, word/document.xml) written by hand here, so sizes,
offsets and name flags can lie. SAMPLE.docx (default: the largest .docx of samples/committee) is cut for
the truncated files.
"""
import os
import random
import struct
import sys
import zlib

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
CONTENT_TYPES = (b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                 b'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')


def document(text):
    return ('<?xml version="1.0" encoding="UTF-8"?><w:document %s><w:body><w:p><w:r><w:t>%s</w:t></w:r></w:p>'
            '</w:body></w:document>' % (W, text)).encode()


def deflate_chunks(chunks):
    """Raw deflate (ZIP method 8) of an iterable of byte chunks: (compressed, crc, size)."""
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    out, crc, size = [], 0, 0
    for chunk in chunks:
        crc = zlib.crc32(chunk, crc)
        size += len(chunk)
        out.append(c.compress(chunk))
    out.append(c.flush())
    return b''.join(out), crc, size


def zip_bytes(entries):
    """entries: dicts with name (bytes), data (compressed bytes), crc, size, and optional lies:
    declared_size, offset (central directory's local-header offset), utf8 (flag bit 11)."""
    body, central = bytearray(), bytearray()
    for e in entries:
        name, data = e['name'], e['data']
        flags = 0x0800 if e.get('utf8', True) and any(b >= 0x80 for b in name) else 0
        size = e.get('declared_size', e['size'])
        local = len(body)
        body += struct.pack('<IHHHHHIIIHH', 0x04034B50, 20, flags, 8, 0, 0x21, e['crc'], len(data), size, len(name), 0)
        body += name + data
        central += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014B50, 20, 20, flags, 8, 0, 0x21, e['crc'], len(data), size,
                               len(name), 0, 0, 0, 0, 0, e.get('offset', local))
        central += name
    eocd = struct.pack('<IHHHHIIH', 0x06054B50, 0, 0, len(entries), len(entries), len(central), len(body), 0)
    return bytes(body + central + eocd)


def entry(name, raw, **lies):
    data, crc, size = deflate_chunks([raw])
    return dict(name=name.encode() if isinstance(name, str) else name, data=data, crc=crc, size=size, **lies)


def docx(doc_xml, *extra, **lies):
    return zip_bytes([entry('[Content_Types].xml', CONTENT_TYPES), entry('word/document.xml', doc_xml, **lies)] + list(extra))


def main():
    out = sys.argv[1]
    sample = sys.argv[2] if len(sys.argv) > 2 else max(
        (os.path.join('samples/committee', f) for f in os.listdir('samples/committee') if f.endswith('.docx')), key=os.path.getsize)
    os.makedirs(out, exist_ok=True)

    def write(name, data):
        with open(os.path.join(out, name), 'wb') as f:
            f.write(data)

    # A ZIP bomb: word/document.xml is 1 GiB of zeros, deflated about 1030:1.
    gib = 1 << 30
    zeros = bytes(1 << 20)
    data, crc, size = deflate_chunks(zeros for _ in range(gib // len(zeros)))
    bomb = dict(name=b'word/document.xml', data=data, crc=crc, size=size)
    write('bomb-1gib.docx', zip_bytes([entry('[Content_Types].xml', CONTENT_TYPES), bomb]))
    # The same stream declaring 4 KiB: a reader that trusts the stream, not the header, inflates 1 GiB.
    write('bomb-declares-4k.docx', zip_bytes([entry('[Content_Types].xml', CONTENT_TYPES), dict(bomb, declared_size=4096)]))

    # Truncated packages.
    whole = open(sample, 'rb').read()
    write('truncated-50.docx', whole[:len(whole) // 2])
    write('truncated-90.docx', whole[:len(whole) * 9 // 10])

    # Billion laughs: ten entities of ten references each, 10^9 "lol"s if expanded.
    laughs = '<!DOCTYPE w:document [<!ENTITY lol0 "lol">'
    laughs += ''.join('<!ENTITY lol%d "%s">' % (i, ('&lol%d;' % (i - 1)) * 10) for i in range(1, 10)) + ']>'
    xml = laughs.encode() + document('&lol9;').split(b'?>', 1)[1]
    write('billion-laughs.xml', xml)
    write('billion-laughs.docx', docx(xml))

    # External entities: a file, a parameter entity, a URL (no network is allowed).
    xxe = b'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' + document('&xxe;').split(b'?>', 1)[1]
    write('xxe-file.xml', xxe)
    write('xxe-file.docx', docx(xxe))
    write('xxe-parameter.xml', b'<!DOCTYPE w:document [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>'
          + document('x').split(b'?>', 1)[1])
    write('xxe-http.xml', b'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "http://127.0.0.1:9/x">]>' + document('&xxe;').split(b'?>', 1)[1])

    # 100,000-deep nesting.
    deep = b'<w:document ' + W.encode() + b'>' + b'<w:p>' * 100_000 + b'</w:p>' * 100_000 + b'</w:document>'
    write('deep-100k.xml', deep)
    write('deep-100k.docx', docx(deep))

    # A 36 MiB single text node, random letters so that it compresses about 1.6:1 (under the ratio limit).
    rng = random.Random(3)
    letters = bytes(rng.choice(b'abcdefghijklmnopqrstuvwxyz ') for _ in range(1 << 20))
    text = b''.join(letters[i:] + letters[:i] for i in range(36))
    big = document('@').replace(b'@', text)
    write('text-36mib.xml', big)
    write('text-36mib.docx', docx(big))

    # Entries whose data lies outside the file.
    doc = document('x')
    write('offset-outside.docx', docx(doc, offset=0x7FFF0000))
    # Compressed size larger than the file: the central directory's field of the last entry, patched.
    pkg = docx(doc)
    cd = pkg.rfind(b'PK\x01\x02')
    pkg = pkg[:cd + 20] + struct.pack('<I', 0x00FFFFFF) + pkg[cd + 24:]
    write('size-outside.docx', pkg)

    # GBK entry names without the UTF-8 flag, as Chinese Windows archivers write them.
    gbk = docx(document('x'), entry('customXml/项目数据.xml'.encode('gbk'), b'<r/>', utf8=False),
               entry('word/media/图片一.png'.encode('gbk'), b'\x89PNG', utf8=False))
    write('gbk-names.docx', gbk)

    # Beyond the brief: shapes that cost a tokenizer time rather than memory.
    # 1,000,000 bare ampersands in one text node (no ";" after them).
    write('ampersands-1m.xml', b'<a>' + b'&' * 1_000_000 + b'</a>')
    amp = document('@').replace(b'@', b'&' * 900_000)  # under 1 MB inflated, so no ratio check applies
    write('ampersands-900k.docx', docx(amp))
    # 100,000 attributes on one element.
    write('attributes-100k.xml', b'<a ' + b' '.join(b'a%d="1"' % i for i in range(100_000)) + b'/>')
    # 3,000,000 empty elements (over huizong's cap of 2,000,000).
    write('elements-3m.xml', b'<a>' + b'<b/>' * 3_000_000 + b'</a>')
    # An undeclared namespace prefix (FoundationXML's XMLParser traps on it).
    write('undeclared-prefix.xml', b'<x:a><y:b z:c="1">t</y:b></x:a>')


if __name__ == '__main__':
    main()
