import { describe, expect, it } from 'vitest';
import { graphOf } from './helpers';

const people = (...texts: string[]): number => graphOf(...texts).nodes.filter((n) => n.type === 'person').length;

describe('romanisation variants of a person across outlets', () => {
  it('"w"/"v" and "q"/"k" spellings of one name in two articles are one person', () => {
    expect(people('The court fined Tolibjon Dawronov, 52, on Monday.', 'Tolibjon Davronov will appeal, his lawyer said.')).toBe(1);
    expect(people('Police detained Nodirbek Qurbanzoda in Dushanbe.', 'Nodirbek Kurbanzoda was released on bail on Friday.')).toBe(1);
  });

  it('Russian-style "g" and "kh" for "h" are one person', () => {
    expect(people('Officials said Ilgam Khasanbekov, the plant manager, resigned.', 'Ilham Hasanbekov left the company in May, a spokesman said.')).toBe(1);
    expect(people('The minister met Rustam Gusanov in Baku.', 'Rustam Husanov said talks would continue.')).toBe(1);
  });

  it('one article naming both spellings has told two people apart', () => {
    expect(people('Tolibjon Dawronov, a pilot, and his cousin Tolibjon Davronov, a nurse, were hurt.', 'Tolibjon Davronov was treated in Khujand.')).toBe(2);
  });

});
