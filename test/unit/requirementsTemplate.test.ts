import * as assert from 'node:assert/strict';
import { nextRequirementId } from '../../src/core/nextRequirementId';
import { requirementsTemplate } from '../../src/core/requirementsTemplate';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { indexOf, problems, yaml } from './workspaceBuilder';

const EXAMPLE = { title: 'Example requirement', description: 'What the system does.', source: 'Kick-off', acceptance: 'It works' };

describe('requirementsTemplate', () => {
  it('writes the header and a commented example requirement that reads back without problems', () => {
    const text = requirementsTemplate({ prefix: 'WEB', title: 'Web shop', customer: 'Acme: Retail', owner: 'alice', example: EXAMPLE, settings: DEFAULT_SETTINGS });
    assert.equal(text, yaml`
      # A requirements document: one table of requirements. Every item needs an id and a title;
      # ReqDesk checks the rest (owner, priority, status, links) and lists problems in the Problems panel.
      document:
        prefix: WEB
        title: Web shop
        customer: 'Acme: Retail'
      requirements:
        - id: WEB-001
          title: Example requirement
          description: >
            What the system does.
          priority: medium # critical | high | medium | low
          owner: alice # who is responsible
          status: new # new | in-progress | done | accepted | rejected | deferred
          source: Kick-off
          acceptance:
            - It works
    `);
    assert.deepEqual(problems(indexOf({ 'web.req.yaml': text }), 'web.req.yaml'), []);
  });

  it('leaves the owner as a comment when there is none to name, and the customer out when empty', () => {
    const text = requirementsTemplate({ prefix: 'WEB', title: 'Web shop', example: EXAMPLE, settings: { ...DEFAULT_SETTINGS, idDigits: 4 } });
    assert.match(text, /^ {2}- id: WEB-0001\n/m);
    assert.match(text, /^ {4}# owner: who is responsible/m);
    assert.doesNotMatch(text, /customer:/);
    assert.deepEqual(problems(indexOf({ 'web.req.yaml': text }), 'web.req.yaml').map((p) => p.ruleId), ['missing-owner']);
  });
});

describe('nextRequirementId', () => {
  it('pads to the configured digits', () => {
    assert.equal(nextRequirementId('WEB', 0, [], 3), 'WEB-001');
    assert.equal(nextRequirementId('PORTAL', 13, ['PORTAL-013', 'PORTAL-001'], 3), 'PORTAL-014');
  });

  it('pads to the widest number in use with the prefix when that is wider', () => {
    assert.equal(nextRequirementId('P', 12, ['P-0012', 'Q-000001'], 3), 'P-0013');
  });
});
