// Article texts cross to the worker once. Every extraction request lists the whole corpus, but a
// text the worker already holds for the same id is left out of the message: copying a corpus of
// hundreds of articles into the worker on every change is a long task on the page's thread.
// Both sides keep exactly the texts of the last request, so they always agree on what is held.
import type { ArticleInput } from '../extract/index';

/** An article as sent: `text` is absent when the worker holds it from the previous request. */
export type WireArticle = Omit<ArticleInput, 'text'> & { text?: string };

/** The page's side: what the worker was last sent. */
export class SentTexts {
  private held = new Map<string, string>();

  toWire(articles: ArticleInput[]): WireArticle[] {
    const next = new Map<string, string>();
    const wire = articles.map((a): WireArticle => {
      next.set(a.id, a.text);
      if (this.held.get(a.id) !== a.text) return a;
      const { text: _held, ...rest } = a;
      return rest;
    });
    this.held = next;
    return wire;
  }
}

/** The worker's side: the texts of the last request, filling in what a new one leaves out. */
export class HeldTexts {
  private held = new Map<string, string>();

  fromWire(wire: WireArticle[]): ArticleInput[] {
    const next = new Map<string, string>();
    const articles = wire.map((a): ArticleInput => {
      const text = a.text ?? this.held.get(a.id);
      if (text === undefined) throw new Error(`The text of article “${a.id}” did not reach the extraction worker.`);
      next.set(a.id, text);
      return a.text === undefined ? { ...a, text } : (a as ArticleInput);
    });
    this.held = next;
    return articles;
  }
}
