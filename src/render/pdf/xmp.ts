// The XMP metadata pdfkit does not write: the PDF/UA-1 identifier (the document is tagged, with
// /Lang, a title shown in the window and /Scope on header cells), and xmp:ModifyDate and
// xmp:MetadataDate equal to the Info dictionary's ModDate, as PDF/A requires. Through pdfkit's
// public `appendXML`, before the document ends (pdfkit closes the packet in `end()`).

interface XmpDocument {
  appendXML(xml: string, newline?: boolean): void;
}

const isoSeconds = (d: Date) => `${d.toISOString().split('.')[0]}Z`;

/** PDF/A allows only the XMP schemas it predefines, and those an extension schema describes: pdfuaid is not one. */
const PDFUA_EXTENSION = `
        <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
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
                                    <pdfaProperty:description>Indicates which part of ISO 14289 the document conforms to</pdfaProperty:description>
                                </rdf:li>
                            </rdf:Seq>
                        </pdfaSchema:property>
                    </rdf:li>
                </rdf:Bag>
            </pdfaExtension:schemas>
        </rdf:Description>`;

export function addXmp(doc: PDFKit.PDFDocument, modified: Date, pdfa: boolean): void {
  const xmp = doc as unknown as XmpDocument;
  if (pdfa) xmp.appendXML(PDFUA_EXTENSION);
  xmp.appendXML(`
        <rdf:Description xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/" rdf:about="">
            <pdfuaid:part>1</pdfuaid:part>
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
            <xmp:ModifyDate>${isoSeconds(modified)}</xmp:ModifyDate>
            <xmp:MetadataDate>${isoSeconds(modified)}</xmp:MetadataDate>
        </rdf:Description>`);
}
