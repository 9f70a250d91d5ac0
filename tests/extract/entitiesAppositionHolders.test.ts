// An office-holder set off by commas after "the director of the <body>", and an island or town
// named bare after "on", written on invented names and sentences.
import { describe, expect, it } from 'vitest';
import { graphOf, nodeNamed } from './helpers';

describe('a name in apposition to an office in a body is the holder, not the body', () => {
  it('"the director/head/chairman of the <long body phrase>, X," is a person', () => {
    const g = graphOf(
      'The president sacked the director of the state oil company, Yolanda Arce, without notice on Monday.\n\n' +
        'In Warsaw the cabinet removed the head of the national water utility company, Tomasz Wrobel, on Friday.\n\n' +
        'Ghana fired the chairman of the state mining company, Kwame Asante, after the audit.',
    );
    for (const name of ['Yolanda Arce', 'Tomasz Wrobel', 'Kwame Asante']) expect(nodeNamed(g, name)?.type, name).toBe('person');
  });

  it('with no office noun the apposed name is still the body', () => {
    const g = graphOf('The state oil company, Petrolia, said output would rise.\n\nThe national rail company, Ferrovia Sul, said trains would run.');
    expect(nodeNamed(g, 'Petrolia')?.type).toBe('organization');
  });
});

describe('a name after "on" with a place cue is a place', () => {
  it('a facility named after it or a settlement noun before "on"', () => {
    const g = graphOf(
      'Tourists crowded a fishing village on Tarnholm last week. Flights from Tarnholm Airport were cancelled.\n\n' +
        'Emergency crews worked on Kavela through the night. Kavela Airport reopened on Friday.\n\n' +
        'Residents of a small town on Motueka fled the flood.\n\n' +
        'Storms battered a resort on Ilha Verdosa. Boats left Verdosa Harbour at dawn.',
    );
    for (const name of ['Tarnholm', 'Kavela', 'Motueka']) expect(nodeNamed(g, name)?.type, name).toBe('place');
  });

  it('"on" with no place cue makes no place', () => {
    const g = graphOf('The minister commented on Okafor at length.\n\nThe ferry sank on Wednesday.');
    expect(g.nodes.some((n) => n.type === 'place')).toBe(false);
  });
});
