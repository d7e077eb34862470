import * as assert from 'node:assert/strict';
import { buildChangeRequestTree } from '../../src/core/changeRequestTree';
import { workspace } from './workspaceBuilder';

describe('changeRequestTree', () => {
  it('groups by status in workflow order, unknown statuses after, none last; IDs numerically', () => {
    const index = workspace()
      .changeRequest('changes/CR-0010.cr.yaml', { id: 'CR-10', status: 'submitted', affects: ['P-1'] })
      .changeRequest('changes/CR-0002.cr.yaml', { id: 'CR-2', status: 'submitted', affects: ['P-1'] })
      .changeRequest('changes/CR-0003.cr.yaml', { id: 'CR-3', status: 'verified', affects: ['P-1'] })
      .changeRequest('changes/CR-0004.cr.yaml', { id: 'CR-4', status: 'approved', affects: ['P-1'] })
      .changeRequest('changes/CR-0005.cr.yaml', { id: 'CR-5', status: 'parked', affects: ['P-1'] })
      .changeRequest('changes/CR-0006.cr.yaml', { id: 'CR-6', status: undefined as unknown as string, affects: ['P-1'] })
      .changeRequest('changes/CR-0007.cr.yaml', { id: 'CR-7', status: 'withdrawn', affects: ['P-1'] })
      .build();
    const groups = buildChangeRequestTree(index.changeRequests());
    assert.deepEqual(
      groups.map((g) => `${g.status || '(none)'}: ${g.changeRequests.map((cr) => cr.id).join(', ')}`),
      ['submitted: CR-2, CR-10', 'approved: CR-4', 'verified: CR-3', 'withdrawn: CR-7', 'parked: CR-5', '(none): CR-6'],
    );
  });

  it('has no groups without change requests', () => {
    assert.deepEqual(buildChangeRequestTree([]), []);
  });
});
