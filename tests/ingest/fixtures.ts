// Articles written for these tests: English news prose that is not from the bundled corpus.
export const HARBOUR_REPORT = `Port workers end strike after wage deal

Dock workers in Rotterdam returned to work on Tuesday after the union and the port authority agreed a new wage deal. The strike had halted container traffic for nine days and left hundreds of ships waiting at anchor off the coast.

Union leader Marta de Vries said the agreement was a fair result for the members, who had asked for a raise in line with inflation. The port authority said it expected traffic to return to normal by the end of the week.`;

export const ELECTION_REPORT = `Coalition talks collapse in Lisbon

Talks between the two largest parties in Portugal broke down on Friday, raising the prospect of a second election this year. The centre-right leader said his party would not accept the budget terms that were demanded by its partner.

President Marcelo Rebelo de Sousa will meet the party leaders next week. Analysts said a new vote was now the most likely outcome, and that markets had already priced in a period of uncertainty.`;

export const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A browser File from text or bytes; the ingest reads it as the browser would. */
export function fileOf(name: string, content: string | Uint8Array, type = ''): File {
  const bytes = typeof content === 'string' ? bytesOf(content) : content;
  return new File([bytes as BlobPart], name, { type });
}
