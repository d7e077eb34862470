import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { inlineScalar, type ScalarContext } from '../../../src/core/edit/scalarText';

/** What a YAML reader makes of `written` in `context`: the string it reads, or undefined when it reads no string. */
function readBack(written: string, context: ScalarContext): unknown {
  const probe = { block: `k: ${written}`, flow: `[${written}]`, key: `${written}: x`, flowKey: `{ ${written}: x }` }[context];
  try {
    const value: unknown = parse(probe);
    if (context === 'flow') {
      return Array.isArray(value) && value.length === 1 ? value[0] : undefined;
    }
    const entries = value !== null && typeof value === 'object' ? Object.entries(value) : [];
    return entries.length === 1 ? (context === 'key' || context === 'flowKey' ? entries[0][0] : entries[0][1]) : undefined;
  } catch {
    return undefined;
  }
}

const TEXTS = [
  'Login goes to the home page', "user's session", 'Invoice (PDF) layout v2', 'a/b-c_d.e', 'REQ-01', 'Alice Wang', '登录页面', '李娜',
  'Ünïcode Straße', 'true', 'False', 'null', 'NULL', 'yes', 'No', 'on', 'y', 'Infinity', 'NaN', 'e5', 'x1e3', 'a  b', 'a ', ' a',
  'a: b', 'a #b', 'a,b', 'a, b', '[a]', '{a}', '*x', '&x', '!x', '%x', '@x', '`x', '- a', '? a', 'a\'b', "it's", '007', '1.5', '.5',
  '2026-12-01', 'v1.2.3', 'O(n) search', 'A - B', 'C#', 'x|y', 'a>b', '需求（一）', 'é', 'É-1',
];

describe('a scalar written inline', () => {
  it('reads back as the same string in every context: plain where that holds, quoted where it would not', () => {
    for (const text of TEXTS) {
      for (const context of ['block', 'flow', 'key', 'flowKey'] as const) {
        const written = inlineScalar(text, context);
        assert.equal(readBack(written, context), text, `${JSON.stringify(text)} in ${context} written as ${written}`);
      }
    }
  });

  it('writes ordinary titles, names and IDs plain, and what YAML would misread quoted', () => {
    // Dates stay text in the core schema, so a due date is written plain too.
    const plain = ['Login goes to the home page', "user's session", 'REQ-01', '登录页面', 'O(n) search', '2026-12-01'];
    assert.deepEqual(plain.map((t) => inlineScalar(t, 'block')), plain);
    assert.deepEqual(['true', 'yes', '007', 'a: b', 'a #b', 'a ', '- a'].map((t) => inlineScalar(t, 'block') === t), [false, false, false, false, false, false, false]);
  });
});
