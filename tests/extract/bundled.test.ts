// The bundled corpus: five outlets reporting one meeting, with their page furniture left in.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/model';
import { readArticles } from '../../src/cli/readArticles';
import { extractGraph, type ArticleInput } from '../../src/extract';
import { edge, nodeNamed, nodesNamed } from './helpers';

let articles: ArticleInput[];
let g: Graph;
beforeAll(() => {
  articles = readArticles(['data/articles']);
  g = extractGraph(articles);
});

describe('entities on the bundled articles', () => {
  it('merges the four spellings of al-Sharaa into one person', () => {
    const sharaa = nodesNamed(g, 'Sharaa');
    expect(sharaa).toHaveLength(1);
    expect(sharaa[0].type).toBe('person');
    expect(sharaa[0].label).toBe('Ahmed al-Sharaa');
    expect(sharaa[0].aliases).toEqual(expect.arrayContaining(['Ahmed al-Sharaa', 'al-Sharaa', 'Al-Sharaa', 'Sharaa']));
    expect(sharaa[0].roles).toContain('Syrian President');
  });

  it('makes "Putin" and "Vladimir Putin" one node with a readable id', () => {
    const putin = nodeNamed(g, 'Putin')!;
    expect(putin.id).toBe('person:vladimir-putin');
    expect(putin.aliases).toEqual(expect.arrayContaining(['Putin', 'Vladimir Putin']));
    expect(nodesNamed(g, 'Putin')).toHaveLength(1);
  });

  it('keeps the father Hafez al-Assad apart from his son Bashar, and gives "Assad" to the son', () => {
    const hafez = nodeNamed(g, 'Hafez al-Assad')!;
    const bashar = nodeNamed(g, 'Bashar al-Assad')!;
    expect(hafez.id).not.toBe(bashar.id);
    expect(bashar.aliases).toContain('Assad');
    expect(hafez.aliases).not.toContain('Assad');
    expect(edge(g, 'Hafez al-Assad', 'parent_of', 'Bashar al-Assad')).toBeDefined();
  });

  it('merges transliterated base names across outlets and types them as bases', () => {
    const hmeimim = nodeNamed(g, 'Khmeimim airbase')!;
    expect(hmeimim.type).toBe('base');
    expect(hmeimim.aliases).toEqual(expect.arrayContaining(['Hmeimim airbase', 'Khmeimim airbase']));
    const tartus = nodeNamed(g, 'Tartous naval base')!;
    expect(tartus.type).toBe('base');
    expect(tartus.aliases).toEqual(expect.arrayContaining(['Tartus naval base', 'Tartus naval facility']));
    expect(nodeNamed(g, 'Qamishli airport')?.type).toBe('base');
  });

  it('types states, former states, places and organisations apart', () => {
    expect(nodeNamed(g, 'Russia')?.type).toBe('state');
    expect(nodeNamed(g, 'Soviet Union')?.type).toBe('state');
    expect(nodeNamed(g, 'US')?.id).toBe('state:united-states');
    expect(nodeNamed(g, 'Moscow')?.type).toBe('place');
    expect(nodeNamed(g, 'Latakia')?.type).toBe('place');
    expect(nodeNamed(g, 'Kremlin')?.type).toBe('organization');
    expect(nodeNamed(g, 'Syrian Democratic Forces')?.type).toBe('organization');
  });

  it('yields no node for boilerplate, credits, bylines or the outlet itself', () => {
    const labels = g.nodes.flatMap((n) => [n.label, ...n.aliases]).join(' | ');
    for (const noise of ['Times of Israel', 'Horovitz', 'Zemlianichenko', 'AFP', 'POOL', 'Myind', 'CRBC', 'ToI', 'Community', 'Reports', 'Comments', 'Trending']) {
      expect(labels).not.toContain(noise);
    }
    expect(g.nodes.filter((n) => /^(October|Wednesday|GMT|Kurdish|Discussions)$/.test(n.label))).toEqual([]);
  });
});

describe('relations on the bundled articles', () => {
  it('finds the meeting in all five outlets', () => {
    const meets = edge(g, 'Ahmed al-Sharaa', 'meets', 'Vladimir Putin', true)!;
    expect(meets.sources).toBe(5);
    expect(meets.evidence.length).toBeGreaterThanOrEqual(5);
  });

  it('reads roles as relations to the state or office that holds them', () => {
    expect(edge(g, 'Vladimir Putin', 'leader_of', 'Russia')).toBeDefined();
    expect(edge(g, 'Ahmed al-Sharaa', 'leader_of', 'Syria')).toBeDefined();
    expect(edge(g, 'Dmitry Peskov', 'spokesperson_of', 'Kremlin')).toBeDefined();
    expect(edge(g, 'Andrey Removich Belousov', 'defence_minister_of', 'Russia')).toBeDefined();
    expect(edge(g, 'Nicolas Maduro', 'leader_of', 'Venezuela')).toBeDefined();
    expect(edge(g, 'Bashar al-Assad', 'former_leader_of', 'Syria')).toBeDefined();
    expect(edge(g, 'Samuel Ramani', 'works_for', 'RUSI')).toBeDefined();
  });

  it('reads who did what to whom', () => {
    expect(edge(g, 'Ahmed al-Sharaa', 'toppled', 'Bashar al-Assad')?.sources).toBeGreaterThanOrEqual(3);
    expect(edge(g, 'Russia', 'shelters', 'Bashar al-Assad')?.sources).toBeGreaterThanOrEqual(3);
    expect(edge(g, 'Russia', 'withdrew_from', 'Qamishli airport')?.sources).toBeGreaterThanOrEqual(3);
    expect(edge(g, 'Donald Trump', 'praised', 'Ahmed al-Sharaa')).toBeDefined();
    expect(edge(g, 'United States', 'abducted', 'Nicolas Maduro')).toBeDefined();
    expect(edge(g, 'Syria', 'demands_extradition_of', 'Bashar al-Assad')).toBeDefined();
    expect(edge(g, 'Russia', 'operates', 'Hmeimim air base')).toBeDefined();
    expect(edge(g, 'Russia', 'operates', 'Tartus naval base')).toBeDefined();
    expect(edge(g, 'Hmeimim air base', 'located_in', 'Syria')).toBeDefined();
    expect(edge(g, 'Hmeimim air base', 'located_in', 'Latakia')).toBeDefined();
  });

  it('links the capital and the Kremlin to Russia instead of confusing them with it', () => {
    expect(edge(g, 'Moscow', 'capital_of', 'Russia')).toBeDefined();
    expect(edge(g, 'Kremlin', 'seat_of_government_of', 'Russia')).toBeDefined();
    // "whom Moscow continues to shelter": Moscow acts for Russia.
    const shelters = edge(g, 'Russia', 'shelters', 'Bashar al-Assad')!;
    expect(shelters.evidence.some((e) => e.quote.includes('whom Moscow continues to shelter'))).toBe(true);
  });

  it('states nothing from the negated sentence "Neither mentioned ..."', () => {
    const negated = g.edges.filter((e) => e.evidence.some((ev) => ev.quote.startsWith('Neither mentioned')));
    // Only the role in its subordinate clause ("Putin’s spokesman Dmitry Peskov") and the two
    // leaders' part in "their talks" come from it; nothing about Russia's presence in Syria.
    expect(negated.map((e) => e.relation).sort()).toEqual(['participates_in', 'participates_in', 'spokesperson_of']);
  });

  it('builds events: one talks node across outlets, dated, and the earlier October meeting apart', () => {
    const events = g.nodes.filter((n) => n.type === 'event');
    const talks = events.filter((n) => /^Talks between/.test(n.label));
    expect(talks).toHaveLength(1);
    expect(talks[0].date).toBe('2026-01-28');
    expect(new Set(talks[0].mentions.map((m) => m.articleId)).size).toBe(5);
    const october = events.find((n) => /October/.test(n.label))!;
    expect(october.date).toBe('2025-10');
    const ouster = events.find((n) => n.label === 'Ouster of Bashar al-Assad')!;
    expect(ouster.date).toBe('2024-12');
    expect(g.edges.some((e) => e.source === nodeNamed(g, 'Ahmed al-Sharaa')!.id && e.target === ouster.id)).toBe(true);
    expect(events.some((n) => n.label === 'Withdrawal of Russia from Qamishli airport')).toBe(true);
    expect(events.some((n) => n.label === 'Civil war in Syria')).toBe(true);
    expect(events.some((n) => n.label === 'War in Ukraine')).toBe(true);
  });
});

describe('evidence and mentions are exact', () => {
  it('every quote is the article text at its offsets and a whole sentence', () => {
    const textOf = new Map(articles.map((a) => [a.id, a.text]));
    expect(g.edges.length).toBeGreaterThan(30);
    for (const e of g.edges) {
      expect(e.evidence.length).toBeGreaterThan(0);
      expect(e.sources).toBe(new Set(e.evidence.map((x) => x.articleId)).size);
      for (const ev of e.evidence) {
        const text = textOf.get(ev.articleId)!;
        expect(text.slice(ev.start, ev.end)).toBe(ev.quote);
        expect(ev.quote).toMatch(/^[\p{Lu}“"‘(\d]/u);
        // A sentence ends in punctuation; a headline is a whole line.
        const wholeLine = (ev.start === 0 || text[ev.start - 1] === '\n') && (ev.end === text.length || text[ev.end] === '\n');
        expect(/[.!?:”"’]$/.test(ev.quote) || wholeLine).toBe(true);
      }
    }
  });

  it('every mention lies inside its sentence, and sentences are read from the original file', () => {
    const raw = new Map(articles.map((a) => [a.id, readFileSync(`data/articles/${a.id}.txt`, 'utf8')]));
    for (const n of g.nodes) {
      for (const m of n.mentions) {
        expect(m.sentenceStart! <= m.start && m.end <= m.sentenceEnd!).toBe(true);
        const surface = raw.get(m.articleId)!.slice(m.start, m.end);
        if (n.type !== 'event') expect(n.aliases).toContain(surface);
      }
    }
  });
});
