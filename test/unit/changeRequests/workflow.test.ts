import * as assert from 'node:assert/strict';
import { changeRequestSchema } from '../../../src/core/schemas';
import { CHANGE_REQUEST_WORKFLOW } from '../../../src/core/changeRequestTree';
import {
  availableTransitions, CHANGE_REQUEST_STATUSES, STATUS_MEANING, statusMeaning, TRANSITION_IDS, TRANSITIONS,
} from '../../../src/core/changeRequests/workflow';

describe('change request workflow', () => {
  const schema = changeRequestSchema as unknown as {
    properties: { status: { enum: string[] }; history: { items: { properties: { action: { enum: string[] } } } } };
  };

  it('has the statuses of the schema, in the order the tree groups them', () => {
    assert.deepEqual([...CHANGE_REQUEST_STATUSES], schema.properties.status.enum);
    assert.deepEqual([...CHANGE_REQUEST_STATUSES], [...CHANGE_REQUEST_WORKFLOW]);
  });

  it('records every transition with a history action the schema knows', () => {
    const actions = schema.properties.history.items.properties.action.enum;
    assert.deepEqual(TRANSITION_IDS.map((id) => TRANSITIONS[id].action).filter((a) => !actions.includes(a)), []);
    assert.deepEqual([...TRANSITION_IDS].sort(), Object.keys(TRANSITIONS).sort());
  });

  it('leads each transition to a status that keeps or gains what its start status has', () => {
    for (const id of TRANSITION_IDS) {
      const { from, to } = TRANSITIONS[id];
      for (const status of from) {
        const before = STATUS_MEANING[status];
        const next = STATUS_MEANING[to ?? status];
        // Only withdraw drops the assessment (a withdrawn request needs none); reopen and reassess drop the decision.
        assert.ok(next.assessed || !before.assessed || id === 'withdraw', `${id} from ${status}`);
        assert.ok(next.decision === before.decision || before.decision === 'none' || id === 'reopen' || id === 'reassess', `${id} from ${status}`);
      }
    }
  });

  it('says what each status means for the record', () => {
    assert.deepEqual(
      CHANGE_REQUEST_STATUSES.map((s) => `${s}: ${STATUS_MEANING[s].decision}${STATUS_MEANING[s].assessed ? ', assessed' : ''}${STATUS_MEANING[s].open ? ', open' : ''}`),
      [
        'submitted: none, open',
        'assessed: none, assessed, open',
        'approved: approved, assessed, open',
        'rejected: rejected, assessed',
        'implemented: approved, assessed, open',
        'verified: approved, assessed',
        'withdrawn: none',
      ],
    );
    assert.equal(statusMeaning('aproved'), undefined);
    assert.equal(statusMeaning(undefined), undefined);
  });

  describe('availableTransitions', () => {
    const cases: [string, Parameters<typeof availableTransitions>[0], string[]][] = [
      ['submitted', { status: 'submitted' }, ['assess', 'withdraw']],
      ['assessed (assess again to update the impact)', { status: 'assessed' }, ['assess', 'approve', 'reject', 'withdraw']],
      ['approved (reassess when the requirements changed since)', { status: 'approved' }, ['implement', 'reassess', 'signOff']],
      ['approved and signed off', { status: 'approved', customer_signoff: { by: 'Bob Li', on: '2026-11-23' } }, ['implement', 'reassess']],
      ['rejected', { status: 'rejected' }, ['reopen']],
      ['implemented', { status: 'implemented' }, ['verify', 'signOff']],
      ['verified', { status: 'verified' }, ['signOff']],
      ['verified and signed off', { status: 'verified', customer_signoff: { by: 'Bob Li' } }, []],
      ['withdrawn', { status: 'withdrawn' }, []],
      ['of an unknown status', { status: 'aproved' }, []],
      ['without a status', {}, []],
    ];
    for (const [what, cr, expected] of cases) {
      it(`offers ${expected.length > 0 ? expected.join(', ') : 'nothing'} for a request ${what}`, () => {
        assert.deepEqual(availableTransitions(cr), expected);
      });
    }
  });
});
