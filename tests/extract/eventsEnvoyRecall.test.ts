// Probes for a state recalling its envoy. Every text is written for the test about made-up events.
import { describe, expect, it } from 'vitest';
import { graphOf } from './helpers';

const eventsOf = (text: string) => graphOf(text).nodes.filter((n) => n.type === 'event');

describe('a state recalling its envoy', () => {
  it('is an event the state takes part in, in several wordings', () => {
    for (const [text, state] of [
      ['Norway on Monday recalled its ambassador to Hungary for consultations, the foreign ministry said.', 'Norway'],
      ['Kenya is recalling its envoy from Kampala after the border shooting.', 'Kenya'],
    ]) {
      const g = graphOf(text);
      const ev = g.nodes.find((n) => n.type === 'event' && /Recall/.test(n.label));
      const st = g.nodes.find((n) => n.label === state);
      expect(ev, text).toBeDefined();
      expect(g.edges.some((e) => e.source === st?.id && e.target === ev?.id), text).toBe(true);
    }
  });

  it('memory and a recall denied are no event', () => {
    for (const text of ['She recalled how the ambassador had arrived in 1990.', 'Peru has not recalled its envoy, the ministry said.'])
      expect(eventsOf(text).filter((n) => /Recall/.test(n.label)), text).toEqual([]);
  });
});
