// Files a user might bring, made in the test: two good reports on an event the bundled articles
// never mention, and one of each kind of bad input.
export const FLOODS_TXT = `Kenya asks World Bank for flood aid after Tana River bursts its banks

NAIROBI, March 4 (Harbour Wire) - Kenyan President William Ruto asked the World Bank for emergency funding on Tuesday after the Tana River burst its banks and flooded dozens of villages in Garissa County.

Ruto met World Bank President Ajay Banga in Nairobi and said the government needed help to rebuild roads and bridges. "We cannot do this alone," Ruto told reporters after the meeting.

The Kenya Red Cross said more than 40,000 people had been displaced. Red Cross Secretary General Ahmed Idris said rescue teams had reached most of the stranded families by boat.

The Kenya Meteorological Department warned that heavy rain would continue through the week.
`;

/** A saved web page: the article among a menu, a script and a footer. */
export const AID_HTML = `<!doctype html>
<html><head><title>World Bank approves emergency loan for flood-hit Kenya | Lakeside Post</title>
<script>window.__articleScriptRan = true;</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>World Bank approves emergency loan for flood-hit Kenya</h1>
<p>WASHINGTON, March 9 (Lakeside Post) - The World Bank approved a $300 million emergency loan for Kenya on Sunday, days after floods along the Tana River displaced tens of thousands of people.</p>
<p>World Bank President Ajay Banga said the money would rebuild bridges in Garissa County and restore clean water. Kenyan Finance Minister John Mbadi welcomed the decision and thanked the bank.</p>
<p>Kenyan President William Ruto visited Garissa on Monday and promised that families who lost their homes would be resettled. The United Nations said its World Food Programme was delivering food to camps near the river.</p>
<img src="x" onerror="window.__articleScriptRan = true">
</article><footer>Subscribe to our newsletter</footer></body></html>
`;

export const FRENCH_TXT = `Le président kényan William Ruto a demandé mardi une aide d'urgence à la Banque mondiale après la crue du fleuve Tana, qui a inondé des dizaines de villages dans le comté de Garissa.

Selon la Croix-Rouge, plus de quarante mille personnes ont dû quitter leurs maisons. Les équipes de secours ont atteint la plupart des familles en bateau, et les pluies devraient continuer toute la semaine.
`;

/** A page that is nothing but script and markup, under a name that is itself markup. */
export const SCRIPT_ONLY_NAME = '<img src=x onerror="window.__nameScriptRan=true">.html';
export const SCRIPT_ONLY_HTML = `<html><body><script>window.__articleScriptRan = true; document.title = 'pwned';</script><div><b></b></div></body></html>`;

export const PNG_BYTES = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0];
export const PDF_TEXT = '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';
