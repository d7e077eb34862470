import * as assert from 'node:assert/strict';
import { at, indexOf, problems, yaml } from '../workspaceBuilder';
import { fileKindOf } from '../../../src/core/fileKind';
import { decodeParsedFile, encodeParsedFile } from '../../../src/core/parsedFileCodec';
import { parseFile } from '../../../src/core/parsedFile';
import { riskScore } from '../../../src/core/risks/risk';

const REQUIREMENTS = 'document: { prefix: P, title: T }\nrequirements:\n  - { id: P-001, title: a, owner: alice, priority: high }\n';

const REGISTER = yaml`
  risks:
    - id: RISK-003
      title: Test tenant arrives late
      probability: 4
      impact: 3
      owner: alice
      status: open
      review_on: 2026-12-15
      links: [P-001, CR-0007]
    - { id: RISK-004, title: Key person leaves }
`;

function parseRegister(text: string): ReturnType<typeof parseFile> {
  return parseFile('project.risks.yaml', text, 'risks', { maxBytes: 1e6 });
}

describe('risk register: reading', () => {
  it('is a file kind by name: *.risks.yaml and *.risks.yml', () => {
    assert.equal(fileKindOf('docs/project.risks.yaml'), 'risks');
    assert.equal(fileKindOf('docs/Project.RISKS.yml'), 'risks');
    assert.equal(fileKindOf('docs/risks.yaml'), undefined);
  });

  it('reads every risk with its data and where its fields and links are', () => {
    const parsed = parseRegister(REGISTER);
    assert.deepEqual(parsed.findings, []);
    assert.deepEqual(parsed.risks.map((r) => [r.index, r.id, at(r.range), at(r.headRange)]), [
      [0, 'RISK-003', '1:4-9:0', '1:4-1:16'],
      [1, 'RISK-004', '9:4-9:46', '9:4-9:46'],
    ]);
    const [first, second] = parsed.risks;
    assert.deepEqual(first.data, {
      id: 'RISK-003', title: 'Test tenant arrives late', probability: 4, impact: 3, owner: 'alice', status: 'open', review_on: '2026-12-15', links: ['P-001', 'CR-0007'],
    });
    assert.deepEqual(first.links.map((l) => [l.id, at(l.range)]), [['P-001', '8:12-8:17'], ['CR-0007', '8:19-8:26']]);
    assert.equal(first.valueRanges.owner && at(first.valueRanges.owner), '5:11-5:16');
    assert.equal(first.valueRanges.review_on && at(first.valueRanges.review_on), '7:15-7:25');
    assert.equal(second.valueRanges.owner, undefined);
    assert.deepEqual(second.data, { id: 'RISK-004', title: 'Key person leaves' });
  });

  it('reports schema problems at the exact value, and keeps the other risks', () => {
    const parsed = parseRegister(yaml`
      risks:
        - id: RISK-1
          title: Fine
          probability: 6
          status: done
        - title: No ID
    `);
    assert.deepEqual(parsed.findings.map((f) => [f.ruleId, at(f.range)]), [
      ['schema', '3:17-3:18'],
      ['schema', '4:12-4:16'],
      ['schema', '5:4-5:16'],
    ]);
    assert.deepEqual(parsed.risks.map((r) => r.id), ['RISK-1', '']);
  });

  it('says what a register needs when the file holds no mapping', () => {
    const parsed = parseRegister('- a\n');
    assert.deepEqual(parsed.findings.map((f) => [f.ruleId, f.message, at(f.range)]), [
      ['invalid-root', parsed.findings[0].message, '0:0-0:3'],
    ]);
    assert.match(parsed.findings[0].message, /A risk register needs a mapping with risks:/);
    assert.deepEqual(parsed.risks, []);
  });

  it('scores probability × impact, and no score while either is missing', () => {
    assert.equal(riskScore({ probability: 4, impact: 3 }), 12);
    assert.equal(riskScore({ probability: 5, impact: 5 }), 25);
    assert.equal(riskScore({ probability: 4 }), undefined);
    assert.equal(riskScore({}), undefined);
  });

  it('goes through the worker codec and the persisted index unchanged', () => {
    const parsed = parseRegister(REGISTER);
    const body = encodeParsedFile(parsed);
    assert.ok(body !== undefined);
    assert.deepStrictEqual(decodeParsedFile('project.risks.yaml', body), parsed);
    assert.equal(decodeParsedFile('moved/project.risks.yaml', body).risks[0].file, 'moved/project.risks.yaml');
  });
});

describe('risk register: index', () => {
  it('lists every risk by file, then in file order, and finds them by ID', () => {
    const index = indexOf({ 'b.risks.yaml': REGISTER, 'a.risks.yaml': 'risks:\n  - { id: RISK-001, title: First }\n', 'p.req.yaml': REQUIREMENTS });
    assert.deepEqual(index.risks().map((r) => `${r.file} ${r.id}`), ['a.risks.yaml RISK-001', 'b.risks.yaml RISK-003', 'b.risks.yaml RISK-004']);
    assert.deepEqual(index.risksWithId('RISK-003').map((r) => r.data.title), ['Test tenant arrives late']);
    assert.deepEqual(index.risksWithId('RISK-999'), []);
  });

  it('says a register changed: reading it, removing it, a new day', () => {
    const index = indexOf({ 'p.req.yaml': REQUIREMENTS });
    const read = index.update('project.risks.yaml', REGISTER);
    assert.equal(read.risks, true);
    assert.equal(read.requirements, false);
    assert.equal(index.update('p.req.yaml', REQUIREMENTS).risks, false);
    assert.equal(index.setToday('2026-12-08').risks, true);
    const removed = index.remove('project.risks.yaml');
    assert.equal(removed.risks, true);
    assert.deepEqual(index.risks(), []);
    assert.deepEqual(index.risksWithId('RISK-003'), []);
  });

  it('a schema problem of a register is shown in the Problems panel like any file\'s', () => {
    const index = indexOf({ 'x.risks.yaml': 'risks:\n  - { id: RISK-1, title: T, impact: 0 }\n' });
    assert.deepEqual(problems(index, 'x.risks.yaml', 'schema').map((p) => p.range), ['1:36-1:37']);
  });
});
