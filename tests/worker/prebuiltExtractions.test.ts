import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index';
import { bundledInputs } from '../../src/worker/bundledInputs';
import { PrebuiltExtractions } from '../../src/worker/prebuiltExtractions';
import { computePrebuiltExtractions, prebuiltExpression } from '../../src/worker/prebuiltExtractions.plugin';

describe('prebuilt extractions', () => {
  it('shipped by the build equal a fresh extraction of the bundled inputs', async () => {
    const computed = await computePrebuiltExtractions(process.cwd());
    // What the worker's chunk holds: the module's expression, evaluated.
    const shipped = new Function(`return ${prebuiltExpression(computed)}`)();
    const inputs = bundledInputs();
    expect(inputs.length).toBeGreaterThan(0);
    expect(shipped.map((e: { input: unknown }) => e.input)).toStrictEqual(inputs);
    const prebuilt = new PrebuiltExtractions(shipped);
    for (const input of inputs) expect(prebuilt.find(input)).toStrictEqual(extractArticle(input));
  }, 60_000);

  it('answer only an article identical to the one extracted at build time', () => {
    const input = { id: 'a', text: 'Putin met al-Sharaa in Moscow.', title: 'Talks', outlet: undefined, published: '2025-10-15' };
    const extraction = extractArticle(input);
    const prebuilt = new PrebuiltExtractions([{ input, extraction }]);
    expect(prebuilt.find({ ...input })).toBe(extraction);
    // An absent field and an undefined one are the same input.
    const { outlet: _absent, ...withoutOutlet } = input;
    expect(prebuilt.find(withoutOutlet)).toBe(extraction);
    expect(prebuilt.find({ ...input, text: input.text + ' They talked.' })).toBeUndefined();
    expect(prebuilt.find({ ...input, title: 'Other talks' })).toBeUndefined();
    expect(prebuilt.find({ ...input, outlet: 'CRBC' })).toBeUndefined();
    expect(prebuilt.find({ ...input, published: '2025-10-16' })).toBeUndefined();
    expect(prebuilt.find({ ...input, id: 'b' })).toBeUndefined();
  });
});
