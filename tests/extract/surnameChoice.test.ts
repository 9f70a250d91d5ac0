import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { chooseBySurname } from '../../src/extract/surnameChoice';

describe('a bare surname shared by two people', () => {
  it('means the person named most recently before it', () => {
    const candidates = [
      { key: 'a', mentionStarts: [10, 50, 90] },
      { key: 'b', mentionStarts: [120] },
    ];
    expect(chooseBySurname(candidates, 100)).toBe('a');
    expect(chooseBySurname(candidates, 130)).toBe('b');
  });

  it('means the most mentioned person when no one is named before it', () => {
    const candidates = [
      { key: 'a', mentionStarts: [200] },
      { key: 'b', mentionStarts: [150, 300] },
    ];
    expect(chooseBySurname(candidates, 5)).toBe('b');
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
