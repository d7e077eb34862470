import * as assert from 'node:assert/strict';
import { appendRisk, setRiskField } from '../../../src/core/edit/riskEdits';
import { nextRiskId } from '../../../src/core/risks/nextRiskId';
import { newRiskRegisterText } from '../../../src/core/risks/riskRegisterText';
import { applied, assertEdit, assertRefused, yaml } from '../edit/editAssertions';

/** A register as a team writes it: comments at the top, after values and between risks. */
const REGISTER = yaml(
  '# Acme portal risks',
  'risks:',
  '  - id: RISK-001 # SSO',
  '    title: Test tenant late',
  '    probability: 4',
  '    impact: 4',
  '    mitigation: Ask weekly.',
  '    status: open # since kick-off',
  '    review_on: 2026-12-01',
  '    links: [PORTAL-001]',
  '',
  '  # payments',
  '  - id: RISK-002',
  '    title: Provider API changes',
  '    probability: 2',
  '    impact: 3',
);

describe('risk edits: setRiskField', () => {
  it('adds a missing owner after the impact, in the schema\'s order, keeping every comment', () => {
    assertEdit(REGISTER, setRiskField(REGISTER, { index: 1, id: 'RISK-002' }, 'owner', 'alice'), REGISTER.replace('    impact: 3\n', '    impact: 3\n    owner: alice\n'), ['risks', 1, 'owner'], 'alice');
  });

  it('replaces a review date in place', () => {
    assertEdit(REGISTER, setRiskField(REGISTER, { index: 0, id: 'RISK-001' }, 'review_on', '2026-12-21'), REGISTER.replace('review_on: 2026-12-01', 'review_on: 2026-12-21'), ['risks', 0, 'review_on'], '2026-12-21');
  });

  it('replaces a status keeping the comment after it', () => {
    assertEdit(REGISTER, setRiskField(REGISTER, { index: 0, id: 'RISK-001' }, 'status', 'mitigating'), REGISTER.replace('status: open # since', 'status: mitigating # since'), ['risks', 0, 'status'], 'mitigating');
  });

  it('adds a review date after the status of a risk that has none', () => {
    const text = yaml('risks:', '  - { id: RISK-007, title: T, status: open } # flow');
    assertEdit(text, setRiskField(text, { index: 0, id: 'RISK-007' }, 'review_on', '2026-12-21'), yaml('risks:', '  - { id: RISK-007, title: T, status: open, review_on: 2026-12-21 } # flow'), ['risks', 0, 'review_on'], '2026-12-21');
  });

  it('refuses when the risk at that position is another one now (the index is behind the text)', () => {
    assertRefused(setRiskField(REGISTER, { index: 1, id: 'RISK-001' }, 'owner', 'alice'), 'Item 2 of risks is no longer RISK-001: the file changed. Try again.');
  });

  it('refuses a file with YAML errors', () => {
    assertRefused(setRiskField('risks:\n  - id: RISK-001\n   title: [\n', { index: 0, id: 'RISK-001' }, 'owner', 'alice'), /YAML errors/);
  });
});

describe('risk edits: appendRisk', () => {
  it('appends a block item laid out like the others, the fields in the schema\'s order', () => {
    const result = appendRisk(REGISTER, { id: 'RISK-003', title: 'Key user leaves', probability: 2, impact: 5, owner: 'carol', status: 'open' });
    assertEdit(REGISTER, result, `${REGISTER}${yaml(
      '  - id: RISK-003',
      '    title: Key user leaves',
      '    probability: 2',
      '    impact: 5',
      '    owner: carol',
      '    status: open',
    )}`, ['risks', 2, 'id'], 'RISK-003');
  });

  it('keeps a register\'s own indentation (dashes at the key\'s column)', () => {
    const text = yaml('risks:', '- id: RISK-001', '  title: A');
    assert.equal(applied(text, appendRisk(text, { id: 'RISK-002', title: 'B' })), yaml('risks:', '- id: RISK-001', '  title: A', '- id: RISK-002', '  title: B'));
  });

  it('fills a new register, its comment kept', () => {
    const text = newRiskRegisterText();
    assert.equal(applied(text, appendRisk(text, { id: 'RISK-001', title: 'First' })), yaml(
      '# Risk register: score = probability × impact (each 1–5); 15 or more needs a mitigation.',
      'risks:',
      '  - id: RISK-001',
      '    title: First',
    ));
  });

  it('refuses an ID the file already has', () => {
    assertRefused(appendRisk(REGISTER, { id: 'RISK-002', title: 'Again' }), 'The file already has a risk with ID RISK-002.');
  });
});

describe('nextRiskId', () => {
  it('is RISK-001 in a workspace without risks', () => {
    assert.equal(nextRiskId([]), 'RISK-001');
  });

  it('follows the highest number of every register, not the count, padded to three digits', () => {
    assert.equal(nextRiskId(['RISK-002', 'RISK-009', 'RISK-004']), 'RISK-010');
  });

  it('keeps a wider padding already in use, and ignores IDs that are not risk IDs', () => {
    assert.equal(nextRiskId(['RISK-0041', 'PORTAL-900', 'RISK-x', '']), 'RISK-0042');
  });
});
