// Probes for the general tables that type a name by the lower-case noun beside it (landforms,
// waters, units of a state, border lines), for number words opening a sentence, for portfolio
// titles, and for a place's name before an employer's noun. Every text is invented.
import { describe, expect, it } from 'vitest';
import { graphOf, nodeNamed } from './helpers';

const typeOf = (g: ReturnType<typeof graphOf>, name: string): string | undefined => nodeNamed(g, name)?.type;
const labels = (g: ReturnType<typeof graphOf>): string[] => g.nodes.filter((n) => n.type !== 'event').map((n) => n.label);

describe('a name before a landform or a water in lower case is a place', () => {
  it('passes, reefs, gorges and straits, even after a given name', () => {
    for (const [text, name] of [
      ['Rebels crossed the Selim pass into the valley.', 'Selim'],
      ['Divers surveyed the Ahmed reef on Monday.', 'Ahmed'],
      ['Floods swept the Omari gorge overnight.', 'Omari'],
      ['Tankers queued at the Kerrin straits for a week.', 'Kerrin'],
    ]) expect(typeOf(graphOf(text), name), text).toBe('place');
  });
});

describe('units of a state named in lower case after the name', () => {
  it('"the X department" is a place, "the Justice department" no place', () => {
    for (const [text, name] of [
      ['Ana Lima, the prefect of the Oualo department, said ten people died.', 'Oualo'],
      ['Floods cut roads in the Mbanza department on Friday.', 'Mbanza'],
      ['Police in the Chiriqui canton arrested three men.', 'Chiriqui'],
    ]) expect(typeOf(graphOf(text), name), text).toBe('place');
    for (const text of ['The Justice department sued the firm.', 'The State department said it was concerned.']) {
      expect(labels(graphOf(text)).filter((l) => /Justice|State/.test(l)), text).toEqual([]);
    }
  });

  it('"the prefect of X" names a place, as "the governor of X" does', () => {
    for (const [text, name] of [
      ['The prefect of Mbanza, Ali Saleh, resigned.', 'Mbanza'],
      ['Ana Lima, the prefect of Oualo, said ten died.', 'Oualo'],
      ['Jean Bako, the sub-prefect of Goundam, said the road was cut.', 'Goundam'],
    ]) expect(typeOf(graphOf(text), name), text).toBe('place');
  });

  it('a unit named by a common or compass word keeps its noun', () => {
    for (const [text, name] of [
      ['Jon Dube, the governor of the Lake province, visited the site.', 'Lake province'],
      ['Troops entered the Rivers state on Friday.', 'Rivers state'],
      ['The mayor of the Plateau district, Ivo Marek, resigned.', 'Plateau district'],
    ]) {
      const g = graphOf(text);
      expect(typeOf(g, name), text).toBe('place');
      expect(labels(g).filter((l) => /^(Lake|Rivers|Plateau)$/.test(l)), text).toEqual([]);
    }
  });
});

describe('a border line is a place', () => {
  it('a line named with a word of borders or the compass', () => {
    for (const [text, name] of [
      ['Chinese boats often cross the Southern Buffer Line, the maritime border with Vietnam.', 'Southern Buffer Line'],
      ['Ships crossed the Military Demarcation Line at dawn.', 'Military Demarcation Line'],
      ['Patrols watched the Armistice Line near the village.', 'Armistice Line'],
    ]) expect(typeOf(graphOf(text), name), text).toBe('place');
  });
});

describe('number words and quantifiers open no name', () => {
  it('after a dateline or alone at the start', () => {
    for (const text of [
      'GAO, Mali — Thirty soldiers died when a patrol was ambushed.',
      'BOKE, Guinea — Fourteen miners were trapped on Sunday, an official said.',
      'LIMA, Peru — Twenty-one workers were rescued.',
      'SUVA, Fiji — Hundreds marched through the capital.',
    ]) expect(labels(graphOf(text)).filter((l) => /Thirty|Fourteen|Twenty|Hundreds/.test(l)), text).toEqual([]);
  });
});

describe('a portfolio before a minister\'s noun is a title', () => {
  it('"X\'s Information Minister, Y" makes no body, and Y is a person', () => {
    for (const [text, holder] of [
      ["Kenya's Information Minister, Joseph Kamau, said the talks would resume.", 'Joseph Kamau'],
      ["Chile's Tourism Secretary, Rosa Tapia, denied the report.", 'Rosa Tapia'],
      ["Nepal's Information and Broadcasting Minister, Ram Thapa, said it.", 'Ram Thapa'],
    ]) {
      const g = graphOf(text);
      expect(typeOf(g, holder), text).toBe('person');
      expect(labels(g).filter((l) => /Minister|Secretary/.test(l)), text).toEqual([]);
    }
  });

  it('a common noun opening a headline before a lower-case noun names nothing', () => {
    const g = graphOf('Election commission orders recount in Tarnow as candidates trade accusations');
    expect(labels(g)).not.toContain('Election');
  });
});

describe('a place before an employer\'s noun stays the place', () => {
  it('"an analyst at the Nairobi think tank X"', () => {
    for (const [text, place, body] of [
      ['Kim Lee, an analyst at the Nairobi think tank Foresight, said the deal was weak.', 'Nairobi', 'Foresight'],
      ['Ana Cruz, an analyst at the Lima think tank Grupo Andino, disagreed.', 'Lima', 'Grupo Andino'],
      ['Ravi Das, a fellow at the Dhaka think tank Policy Watch, said it.', 'Dhaka', 'Policy Watch'],
    ]) {
      const g = graphOf(text);
      expect(typeOf(g, place), text).toBe('place');
      expect(typeOf(g, body), text).toBe('organization');
    }
  });
});

describe('unknown words after a preposition of place and "the"', () => {
  it('name a place, not a person: a person\'s name takes no article', () => {
    for (const [text, name] of [
      ['"The safety of the strait starts at the Ras Tavira, not at Porto Lenn," Harb told reporters.', 'Ras Tavira'],
      ['The convoy passed through the Wadi Hamra Gap at dawn.', 'Wadi Hamra Gap'],
      ['Talks were held at the Hotel Kandu in the capital.', 'Hotel Kandu'],
    ]) expect(typeOf(graphOf(text), name), text).toBe('place');
  });
});
