/**
 * Markdown reduced to the plain text a reader sees: headings, paragraphs and list items stay as
 * lines; link targets, image references, emphasis marks, code fences and raw HTML tags go.
 * Markdown here is a news article someone saved, not documentation, so the reduction aims at
 * readable prose rather than a faithful rendering.
 */

export interface ReadableMarkdown {
  text: string;
  /** The front-matter `title:` or the first level-one heading. */
  title?: string;
}

export function readableMarkdown(source: string): ReadableMarkdown {
  let body = source.replace(/\r\n?/g, '\n');
  let title: string | undefined;

  // YAML front matter: metadata, not prose. Its title is the best title there is.
  const front = /^---\n([\s\S]*?)\n(?:---|\.\.\.)\n/.exec(body);
  if (front) {
    const t = /^title:\s*["']?(.+?)["']?\s*$/m.exec(front[1]);
    if (t) title = inline(t[1]);
    body = body.slice(front[0].length);
  }

  // Raw HTML that would never show as text: comments, scripts, styles.
  body = body
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '');

  const out: string[] = [];
  let inFence = false;
  for (const raw of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(raw)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      out.push(raw.trimEnd());
      continue;
    }
    let line = raw;
    if (/^\s{0,3}\[[^\]]+\]:\s*\S+/.test(line)) continue; // link reference definition
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) continue; // horizontal rule
    if (/^\s{0,3}(=+|-+)\s*$/.test(line)) continue; // setext heading underline
    if (/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line)) continue; // table separator row

    const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      line = heading[2];
      if (!title && heading[1].length === 1) title = inline(line);
    }
    line = line
      .replace(/^\s{0,3}(>\s?)+/, '') // blockquote
      .replace(/^\s*([-*+]|\d{1,9}[.)])\s+(\[[ xX]\]\s+)?/, ''); // list marker, task box
    if (/^\s*\|.*\|\s*$/.test(line)) {
      line = line.trim().slice(1, -1).split('|').map((c) => c.trim()).filter(Boolean).join(' — ');
    }
    out.push(inline(line).trimEnd());
  }

  const text = out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  return title ? { text, title } : { text };
}

/** Inline markup to text. */
function inline(s: string): string {
  return s
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '') // images: the alt text is a caption, not prose
    .replace(/!\[([^\]]*)\]\[[^\]]*\]/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1') // [text](url)
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1') // [text][ref]
    .replace(/<((?:https?:\/\/|mailto:)[^>\s]+)>/g, '$1') // <https://autolink>
    .replace(/<\/?[a-zA-Z][^>]*>/g, '') // inline HTML tags
    .replace(/`+([^`]+?)`+/g, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?!\w)/g, '$1$2')
    .replace(/(^|[^\w])_(?=\S)([^_]*?\S)_(?!\w)/g, '$1$2')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>|~])/g, '$1');
}
