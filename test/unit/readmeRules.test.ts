import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PARSE_RULE_IDS, RULES } from '../../src/core/rules/ruleRegistry';

describe('README rule table', () => {
  const readme = fs.readFileSync(path.join(__dirname, '../../../README.md'), 'utf8');

  it('documents every rule id the core can report', () => {
    const ids = [...PARSE_RULE_IDS, ...RULES.map((r) => r.id)];
    const undocumented = ids.filter((id) => !readme.includes(`\`${id}\``));
    assert.deepEqual(undocumented, []);
  });

  it('documents no rule id the core does not have', () => {
    const known = new Set<string>([...PARSE_RULE_IDS, ...RULES.map((r) => r.id)]);
    const table = readme.slice(readme.indexOf('## Rules'), readme.indexOf('## ', readme.indexOf('## Rules') + 3));
    const listed = [...table.matchAll(/^\| (`[^|]+`) \|/gm)].flatMap((m) => [...m[1].matchAll(/`([a-z-]+)`/g)].map((x) => x[1]));
    assert.ok(listed.length > 10, 'the rule table was found');
    assert.deepEqual(listed.filter((id) => !known.has(id)), []);
  });
});
