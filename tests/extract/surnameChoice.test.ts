import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { chooseBySurname } from '../../src/extract/surnameChoice';

describe('a bare surname shared by two people', () => {
  it('means the person named most recently before it', () => {
    const at = (start: number, sentenceStart = start) => ({ start, sentenceStart });
    const candidates = [
      { key: 'a', mentions: [at(10), at(50), at(90)] },
      { key: 'b', mentions: [at(120)] },
    ];
    expect(chooseBySurname(candidates, 100)).toBe('a');
    expect(chooseBySurname(candidates, 130)).toBe('b');
  });

  it('means the most mentioned person when no one is named before it', () => {
    const at = (start: number) => ({ start, sentenceStart: start });
    const candidates = [
      { key: 'a', mentions: [at(200)] },
      { key: 'b', mentions: [at(150), at(300)] },
    ];
    expect(chooseBySurname(candidates, 5)).toBe('b');
  });

  it('means the most mentioned person when both were last named in one sentence', () => {
    // "Thabo Mokoena and his son, Sipho Mokoena, pleaded … the elder Mokoena"
    const candidates = [
      { key: 'father', mentions: [{ start: 10, sentenceStart: 0 }, { start: 400, sentenceStart: 390 }] },
      { key: 'son', mentions: [{ start: 40, sentenceStart: 0 }] },
    ];
    expect(chooseBySurname(candidates, 100)).toBe('father');
  });

  it('means the one holding the title the mention carries', () => {
    const candidates = [
      { key: 'minister', mentions: [{ start: 10, sentenceStart: 0 }], roles: ['Deputy Finance Minister'] },
      { key: 'governor', mentions: [{ start: 90, sentenceStart: 80 }], roles: ['governor of the central bank'] },
    ];
    expect(chooseBySurname(candidates, 200, 'Minister')).toBe('minister');
    expect(chooseBySurname(candidates, 200, 'Governor')).toBe('governor');
  });

  const labelsAt = (text: string, surname: string): string[] => {
    const x = extractArticle({ id: 'a1', text, published: '2026-05-04' });
    return [...text.matchAll(new RegExp(surname, 'g'))].map(
      (hit) => x.entities.find((e) => e.mentions.some((m) => m.start <= hit.index && hit.index < m.end))?.label ?? '?',
    );
  };

  it('keeps two unrelated people with one surname apart in an article', () => {
    const text =
      'COLOMBO — Deputy Finance Minister Ruwan Perera said the talks had ended. ' +
      'Perera said repayments would be stretched over twenty years.\n\n' +
      'The governor of the central bank, Dilani Perera, said reserves had recovered. ' +
      'Perera warned that the recovery remained fragile.';
    const labels = labelsAt(text, 'Perera');
    expect(labels).toEqual(['Ruwan Perera', 'Ruwan Perera', 'Dilani Perera', 'Dilani Perera']);
  });

  it('reads a Spanish double surname: the first surname alone names the person', () => {
    const text =
      'MEXICO CITY — Mexico on Friday extradited Héctor Barraza Lugo to the United States. ' +
      'Barraza was flown out aboard a chartered plane.\n\n' +
      'His sister, Alma Barraza, said her brother was innocent.';
    const labels = labelsAt(text, 'Barraza');
    expect(labels).toEqual(['Héctor Barraza Lugo', 'Héctor Barraza Lugo', 'Alma Barraza']);
  });
});
