// XML writing for GraphML and GEXF through fast-xml-parser's builder, which escapes markup.
import { XMLBuilder } from 'fast-xml-parser';

/**
 * Characters XML 1.0 cannot hold at all (most C0 controls, lone surrogates, U+FFFE/FFFF).
 * They are dropped: no XML reader would accept the file otherwise.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(value: string): string {
  return value.replace(NOT_XML, '');
}

// `entities` is a builder option its type declarations leave out; passed through a variable.
const options = {
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  format: true,
  suppressEmptyNode: true,
  processEntities: true,
  // Beyond the five markup characters: line breaks and tabs as character references, because an
  // XML reader turns a raw newline inside an attribute into a space (and CRLF into LF).
  entities: [
    { regex: /&/g, val: '&amp;' },
    { regex: />/g, val: '&gt;' },
    { regex: /</g, val: '&lt;' },
    { regex: /'/g, val: '&apos;' },
    { regex: /"/g, val: '&quot;' },
    { regex: /\n/g, val: '&#10;' },
    { regex: /\r/g, val: '&#13;' },
    { regex: /\t/g, val: '&#9;' },
  ],
};
const builder = new XMLBuilder(options);

/** An XML element for the builder: attributes prefixed `@_`, text under `#text`, children by tag name. */
export type XmlElement = { [key: string]: string | number | XmlElement | XmlElement[] };

export function buildXml(root: XmlElement): string {
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + builder.build(root);
}

/** JSON text for structured values (evidence, mentions) kept whole inside one string attribute. */
export function jsonText(value: unknown): string {
  return JSON.stringify(value);
}
