// Writes the PDF and Word fixtures of test/fixtures/documents/ (committed; run again after a
// change here: `node scripts/make-fixtures.mjs`). The text is the project's own; every line is
// placed by hand so the tests know exactly what a reader sees: a two-column report whose columns
// are written line by line across the page (so reading order must be recovered), a German report
// with XMP metadata, running footers, hyphenated line ends and a paragraph that runs on to the
// next page, a "scan" with an image and no text, a password-protected PDF, and a Word memo with
// headings, a list, a table and a footnote. Output is deterministic (fixed dates, fixed IDs).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

import JSZip from 'jszip';
import { PDFDocument, PDFName, StandardFonts, rgb } from 'pdf-lib';

// FIXTURES_OUT writes them elsewhere: a test makes them afresh and compares with the committed ones.
const out = process.env.FIXTURES_OUT ?? resolve(dirname(fileURLToPath(import.meta.url)), '../test/fixtures/documents');
mkdirSync(out, { recursive: true });
const FIXED = new Date('2024-03-20T10:00:00Z');

async function newPdf({ title, author, language }) {
  const doc = await PDFDocument.create();
  doc.setCreationDate(FIXED);
  doc.setModificationDate(FIXED);
  doc.setProducer('Backcheck fixtures (pdf-lib)');
  doc.setCreator('scripts/make-fixtures.mjs');
  if (title) doc.setTitle(title);
  if (author) doc.setAuthor(author);
  if (language) doc.setLanguage(language);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  return { doc, font, bold };
}

/** Lines of one paragraph, top line at `y`, `leading` apart; returns the y below the paragraph's gap. */
function paragraph(page, font, lines, { x, y, size = 10, leading = 13 }) {
  lines.forEach((line, i) => page.drawText(line, { x, y: y - i * leading, size, font }));
  return y - lines.length * leading - leading;
}

async function twoColumnReport() {
  const { doc, font, bold } = await newPdf({ title: 'Flood damage in the river district', author: 'Riverton City Council' });
  const header = (page) => page.drawText('City of Riverton · Flood damage report 2024', { x: 50, y: 805, size: 8, font });
  const footer = (page, n) => page.drawText(`Page ${n} of 2`, { x: 50, y: 40, size: 8, font });

  const one = doc.addPage([595, 842]);
  header(one);
  one.drawText('Flood damage in the river district', { x: 50, y: 760, size: 18, font: bold });
  const left = [
    'The council counted 1,240 damaged homes',
    'in the river district after the flood of',
    '12 March 2024, and 310 of them are not',
    'habitable. Repairs are estimated at 48 mil-',
    'lion dollars.',
    '',
    'Insurers had paid out 9.5 million dollars',
    'by the end of April, the report says.',
  ];
  const right = [
    'Volunteers filled 86,000 sandbags in',
    'three days. The river crested at 7.4',
    'metres, the highest level since 1981.',
    '',
    'Two bridges stay closed until the engin-',
    'eers have inspected them.',
  ];
  // Row by row across both columns, as some layout programs write them: the text layer's order
  // is then left, right, left, right… and only the positions tell the columns apart.
  for (let row = 0; row < Math.max(left.length, right.length); row++) {
    const y = 725 - row * 13;
    if (left[row]) one.drawText(left[row], { x: 50, y, size: 10, font });
    if (right[row]) one.drawText(right[row], { x: 315, y, size: 10, font });
  }
  footer(one, 1);

  const two = doc.addPage([595, 842]);
  header(two);
  let y = paragraph(two, font, ['A second survey, due in June, will count damaged businesses as well.'], { x: 50, y: 760 });
  paragraph(two, font, ['The city has set aside 2.5 million dollars for emergency grants.'], { x: 50, y });
  footer(two, 2);
  return doc.save({ useObjectStreams: false });
}

const XMP = `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">Hochwasserbericht Landkreis Elbtal</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>Amt für Umwelt Elbtal</rdf:li></rdf:Seq></dc:creator>
   <dc:language><rdf:Bag><rdf:li>de-DE</rdf:li></rdf:Bag></dc:language>
   <xmp:CreateDate>2024-03-18T09:00:00+01:00</xmp:CreateDate>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;

async function germanReport() {
  // The info dictionary's title is an old working title: the XMP packet's must win.
  const { doc, font, bold } = await newPdf({ title: 'Entwurf', author: 'unbekannt' });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(doc.context.stream(new TextEncoder().encode(XMP), { Type: 'Metadata', Subtype: 'XML' })));
  const footer = (page, n) => page.drawText(`Landkreis Elbtal · Seite ${n} von 2`, { x: 50, y: 40, size: 8, font });

  const one = doc.addPage([595, 842]);
  one.drawText('Hochwasserbericht Elbtal', { x: 50, y: 780, size: 16, font: bold });
  let y = paragraph(one, font, [
    'Das Hochwasser im März hat im Landkreis Schäden von rund 2,3 Millionen',
    'Euro verursacht. Am stärksten betroffen waren die Gemeinden am Fluss-',
    'ufer, wo 412 Keller überflutet wurden.',
  ], { x: 50, y: 745 });
  paragraph(one, font, [
    'Die Feuerwehr war mit 1.150 Einsatzkräften vor Ort. Die Messstelle am Elbe-',
    'Pegel Nord meldete den höchsten Stand seit 2013. Der Pegel erreichte',
  ], { x: 50, y });
  footer(one, 1);

  const two = doc.addPage([595, 842]);
  y = paragraph(two, font, ['am Sonntag 6,8 Meter.'], { x: 50, y: 780 });
  paragraph(two, font, ['Der Kreistag stellt 500.000 Euro für Soforthilfen bereit.'], { x: 50, y });
  footer(two, 2);
  return doc.save({ useObjectStreams: false });
}

/** A grey 16×16 PNG, built by hand (zlib for the image data), standing in for a scanned page. */
function greyPng() {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes) => {
    let c = 0xffffffff;
    for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(16, 0);
  ihdr.writeUInt32BE(16, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const rows = Buffer.concat(Array.from({ length: 16 }, (_, y) => Buffer.from([0, ...Array.from({ length: 16 }, (_, x) => ((x + y) % 4 === 0 ? 40 : 200))])));
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

async function scannedReport() {
  const { doc } = await newPdf({ title: 'Scanned letter' });
  const image = await doc.embedPng(greyPng());
  for (let n = 0; n < 2; n++) {
    const page = doc.addPage([595, 842]);
    page.drawImage(image, { x: 40, y: 40, width: 515, height: 762 });
    page.drawRectangle({ x: 60, y: 700, width: 300, height: 12, color: rgb(0.2, 0.2, 0.2) });
  }
  return doc.save({ useObjectStreams: false });
}

/**
 * A PDF under the standard security handler (RC4, revision 2) whose user password is not empty:
 * written by hand, as pdf-lib cannot encrypt. The O and U entries are fixed bytes that match no
 * empty password, so a reader asks for one; the content itself is never needed.
 */
function lockedPdf() {
  const hex = (seed) => Array.from({ length: 32 }, (_, i) => ((seed * (i + 7) * 31) & 0xff).toString(16).padStart(2, '0')).join('');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    '<< /Length 16 >>\nstream\n0123456789abcdef\nendstream',
    `<< /Filter /Standard /V 1 /R 2 /O <${hex(3)}> /U <${hex(5)}> /P -44 >>`,
  ];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const at = body.length;
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return at;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 5 0 R /ID [<${hex(9).slice(0, 32)}> <${hex(9).slice(0, 32)}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const run = (text) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const para = (text, style) => `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}${run(text)}</w:p>`;
const listItem = (text) => `<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>${run(text)}</w:p>`;
const cell = (text) => `<w:tc><w:p>${run(text)}</w:p></w:tc>`;
const row = (...cells) => `<w:tr>${cells.map(cell).join('')}</w:tr>`;

async function wordMemo() {
  const zip = new JSZip();
  const file = (name, text) => zip.file(name, text, { date: FIXED, createFolders: false });
  file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`);
  file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`);
  file('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>`);
  file('word/styles.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${W}><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style><w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/></w:style></w:styles>`);
  file('word/numbering.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`);
  file('word/footnotes.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes ${W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>${run(' The utility counted the households on 14 March 2024.')}</w:p></w:footnote></w:footnotes>`);
  file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${W}><w:body>
${para('Water supply after the flood', 'Heading1')}
<w:p>${run('About 2,030 households had no running water on the second day.')}<w:r><w:footnoteReference w:id="1"/></w:r>${run(' Tankers brought 45,000 litres a day.')}</w:p>
${listItem('Six schools stayed closed.')}
${listItem('Two clinics moved to the town hall.')}
<w:tbl>${row('District', 'Households without water')}${row('North', '1,200')}${row('South', '830')}</w:tbl>
${para('What comes next', 'Heading2')}
${para('Repairs to the pumping station will take 3 weeks.')}
</w:body></w:document>`);
  file('docProps/core.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Water supply memo &amp; next steps</dc:title><dc:creator>Riverton Water Utility</dc:creator><dc:language>en-GB</dc:language><dcterms:created xsi:type="dcterms:W3CDTF">2024-03-15T08:30:00Z</dcterms:created></cp:coreProperties>`);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const fixtures = {
  'report_two_columns.pdf': twoColumnReport,
  'bericht_de.pdf': germanReport,
  'scan.pdf': scannedReport,
  'locked.pdf': lockedPdf,
  'memo.docx': wordMemo,
};
for (const [name, make] of Object.entries(fixtures)) {
  const bytes = await make();
  writeFileSync(resolve(out, name), bytes);
  console.log(`${name}: ${bytes.length} bytes`);
}
