// Parses exported XML with fast-xml-parser the way a strict reader would: well-formedness
// first, then values exactly as written (no trimming, no number guessing, entities decoded).
import { XMLParser, XMLValidator } from 'fast-xml-parser';

const REPEATED = new Set(['key', 'node', 'edge', 'data', 'attributes', 'attribute', 'attvalue']);

export function parseXml(text: string): Record<string, any> {
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new Error(`not well-formed XML: ${JSON.stringify(valid.err)}`);
  // A conforming XML reader turns a raw line break or tab inside an attribute into a space
  // (XML 1.0 §3.3.3); fast-xml-parser does not, so check the raw text for them.
  const raw = /<[^>]*="[^"]*[\n\r\t][^"]*"/.exec(text);
  if (raw) throw new Error(`raw line break or tab in an attribute: ${raw[0].slice(0, 80)}`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    htmlEntities: true,
    isArray: (name, _jpath, _leaf, isAttribute) => !isAttribute && REPEATED.has(name),
  });
  return parser.parse(text);
}
