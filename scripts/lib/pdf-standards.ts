import { existsSync, readFileSync } from 'node:fs';
import { PDFArray, PDFDict, PDFHeader, PDFHexString, PDFName, PDFRef, PDFString, type PDFDocument, type PDFObject } from 'pdf-lib';

/**
 * What PDF/A-3b and PDF/UA-1 ask of a document beyond Chromium's tagged printing, added after it with
 * pdf-lib: an XMP metadata stream that repeats the document properties and claims both standards, an
 * sRGB output intent (the colours Chromium writes are DeviceRGB), a text description (/Contents) on every
 * link annotation, and /Tabs /S on pages with annotations (tab order follows the structure).
 */

/**
 * The sRGB ICC profile of Debian's `icc-profiles-free` (ICC v2, "sRGB", zlib licence: see data/README.md),
 * which `.ci/run` installs on a fresh machine; `PDF_ICC_PROFILE` names another file.
 */
export const SRGB_PROFILE = process.env.PDF_ICC_PROFILE ?? '/usr/share/color/icc/sRGB.icc';
export const SRGB_PROFILE_FIX = 'apt-get install -y icc-profiles-free';

/** The sRGB profile's bytes, checked to be an RGB display profile; fails naming the file and the fix. */
export function readSrgbProfile(file = SRGB_PROFILE): Uint8Array {
  if (!existsSync(file)) throw new Error(`${file} is missing: the PDF's sRGB output intent needs it (install it with \`${SRGB_PROFILE_FIX}\`, or set PDF_ICC_PROFILE)`);
  const icc = new Uint8Array(readFileSync(file));
  const tag = (at: number) => String.fromCharCode(...icc.subarray(at, at + 4));
  // ICC header: bytes 36–39 "acsp", 16–19 the colour space, 12–15 the device class.
  if (icc.length < 132 || tag(36) !== 'acsp' || tag(16) !== 'RGB ' || tag(12) !== 'mntr')
    throw new Error(`${file} is not an RGB display ICC profile (its header says "${tag(12)}", "${tag(16)}")`);
  return icc;
}

/** Document properties the XMP repeats; each must equal its Info dictionary entry. */
export interface XmpFields {
  title: string;
  author: string;
  subject: string;
  keywords: string;
  creator: string;
  producer: string;
  /** BCP 47 language tag. */
  language: string;
  /** Creation and modification time, ISO 8601 (the edition's date, so printings repeat byte for byte). */
  date: string;
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The XMP packet: Dublin Core title, creator, description and language, the PDF and XMP basic properties
 * matching the Info dictionary, `pdfaid:part` 3 with conformance B, `pdfuaid:part` 1, and the PDF/A
 * extension schema that declares the pdfuaid namespace (PDF/A allows only declared schemas).
 */
export function xmpPacket(f: XmpFields): string {
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"
    xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
    xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
    xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(f.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>${xml(f.author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xml(f.subject)}</rdf:li></rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>${xml(f.language)}</rdf:li></rdf:Bag></dc:language>
   <pdf:Keywords>${xml(f.keywords)}</pdf:Keywords>
   <pdf:Producer>${xml(f.producer)}</pdf:Producer>
   <xmp:CreatorTool>${xml(f.creator)}</xmp:CreatorTool>
   <xmp:CreateDate>${f.date}</xmp:CreateDate>
   <xmp:ModifyDate>${f.date}</xmp:ModifyDate>
   <xmp:MetadataDate>${f.date}</xmp:MetadataDate>
   <pdfaid:part>3</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
   <pdfuaid:part>1</pdfuaid:part>
   <pdfaExtension:schemas>
    <rdf:Bag>
     <rdf:li rdf:parseType="Resource">
      <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
      <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
      <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
      <pdfaSchema:property>
       <rdf:Seq>
        <rdf:li rdf:parseType="Resource">
         <pdfaProperty:name>part</pdfaProperty:name>
         <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
         <pdfaProperty:category>internal</pdfaProperty:category>
         <pdfaProperty:description>Indicates which part of ISO 14289 standard is followed</pdfaProperty:description>
        </rdf:li>
       </rdf:Seq>
      </pdfaSchema:property>
     </rdf:li>
    </rdf:Bag>
   </pdfaExtension:schemas>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

const text = (o: PDFObject | undefined) => (o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : '');

/**
 * Writes the XMP metadata stream (uncompressed, as PDF/A readers expect to find it) into the catalog,
 * with the Info dictionary's dates set to the same instant, and declares PDF 1.7 (ISO 32000-1, on which
 * PDF/A-3 and PDF/UA-1 rest). `fields.producer` is taken from the Info dictionary when empty.
 */
export function writeXmp(doc: PDFDocument, fields: Omit<XmpFields, 'producer'>): string {
  const info = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict);
  const producer = text(info.lookup(PDFName.of('Producer'))) || 'pdf-lib';
  info.set(PDFName.of('Producer'), PDFHexString.fromText(producer));
  const pdfDate = PDFString.fromDate(new Date(fields.date));
  info.set(PDFName.of('CreationDate'), pdfDate);
  info.set(PDFName.of('ModDate'), pdfDate);
  const packet = xmpPacket({ ...fields, producer });
  const stream = doc.context.stream(new TextEncoder().encode(packet), { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(stream));
  doc.context.header = PDFHeader.forVersion(1, 7);
  return packet;
}

/** Adds the sRGB output intent (`/GTS_PDFA1`, the subtype PDF/A uses for every part) with its ICC profile. */
export function addSrgbOutputIntent(doc: PDFDocument, icc: Uint8Array): void {
  const profile = doc.context.register(doc.context.flateStream(icc, { N: 3 }));
  const intent = doc.context.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFA1',
    OutputConditionIdentifier: PDFString.of('sRGB IEC61966-2.1'),
    Info: PDFString.of('sRGB IEC61966-2.1'),
    RegistryName: PDFString.of('http://www.color.org'),
    DestOutputProfile: profile,
  });
  doc.catalog.set(PDFName.of('OutputIntents'), doc.context.obj([intent]));
}

/** What each link describes, from the printed page: a destination's name (an element id) or a URI, and its text. */
export interface LinkTexts {
  /** Element id (named destination) -> the text of what it points to (heading, figure label and title). */
  targets: Readonly<Record<string, string>>;
  /** URI -> the text of the first link to it. */
  uris: Readonly<Record<string, string>>;
}

/**
 * Gives every link annotation a /Contents (PDF/UA: a link's alternate description): for a link inside the
 * document the text of its target, for a web link the link's text and address. Pages with annotations
 * get /Tabs /S. Returns how many links were described and the first link left without a description, if any.
 */
export function describeLinks(doc: PDFDocument, links: LinkTexts): { described: number; missing: string | null } {
  let described = 0;
  let missing: string | null = null;
  for (const page of doc.getPages()) {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    if (!annots || annots.size() === 0) continue;
    page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
    for (let i = 0; i < annots.size(); i += 1) {
      const a = annots.lookup(i);
      if (!(a instanceof PDFDict) || a.get(PDFName.of('Subtype'))?.toString() !== '/Link') continue;
      const action = a.lookupMaybe(PDFName.of('A'), PDFDict);
      const uri = text(action?.lookup(PDFName.of('URI')));
      const dest = a.lookup(PDFName.of('Dest')) ?? action?.lookup(PDFName.of('D'));
      const destName = dest instanceof PDFName ? decodeURIComponent(dest.decodeText()) : text(dest);
      let desc = '';
      if (uri) {
        const t = links.uris[uri]?.trim();
        desc = t && t !== uri ? `${t} (${uri})` : uri;
      } else if (destName) desc = links.targets[destName]?.trim() ?? '';
      if (!desc) {
        missing ??= uri || destName || `an annotation on page ${doc.getPages().indexOf(page) + 1}`;
        continue;
      }
      a.set(PDFName.of('Contents'), PDFHexString.fromText(desc));
      described += 1;
    }
  }
  return { described, missing };
}

/** The refs of a PDF's link annotations, for tests. */
export function linkAnnotations(doc: PDFDocument): PDFDict[] {
  const out: PDFDict[] = [];
  for (const page of doc.getPages()) {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    for (let i = 0; i < (annots?.size() ?? 0); i += 1) {
      const a = annots!.get(i);
      const d = a instanceof PDFRef ? doc.context.lookup(a) : a;
      if (d instanceof PDFDict && d.get(PDFName.of('Subtype'))?.toString() === '/Link') out.push(d);
    }
  }
  return out;
}
