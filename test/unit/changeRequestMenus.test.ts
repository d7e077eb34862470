import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

interface MenuEntry {
  readonly command: string;
  readonly when?: string;
  readonly group?: string;
}

const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8')) as {
  contributes: { menus: Record<string, MenuEntry[]> };
};

/** The workflow commands the Change Requests tree's context menu shows for an item with this context value. */
function workflowMenu(contextValue: string): string[] {
  return manifest.contributes.menus['view/item/context']
    .filter((entry) => entry.when?.startsWith('view == reqdesk.changeRequests && viewItem =~ ') && entry.group?.startsWith('1_workflow'))
    .filter((entry) => {
      const source = /viewItem =~ \/(.*)\/$/.exec(entry.when ?? '')?.[1] ?? assert.fail(entry.when);
      return new RegExp(source).test(contextValue);
    })
    .map((entry) => entry.command.replace('reqdesk.', ''));
}

describe('change request context menu', () => {
  it('offers the customer sign-off until one is recorded, and the next workflow step either way', () => {
    assert.deepEqual(workflowMenu('changeRequest:approved'), ['implementChangeRequest', 'reassessChangeRequest', 'recordCustomerSignoff']);
    assert.deepEqual(workflowMenu('changeRequest:approved:signed'), ['implementChangeRequest', 'reassessChangeRequest']);
    assert.deepEqual(workflowMenu('changeRequest:implemented:signed'), ['verifyChangeRequest']);
    assert.deepEqual(workflowMenu('changeRequest:verified'), ['recordCustomerSignoff']);
    assert.deepEqual(workflowMenu('changeRequest:verified:signed'), []);
  });

  it('keeps the earlier steps for a request signed off early', () => {
    assert.deepEqual(workflowMenu('changeRequest:assessed:signed'), workflowMenu('changeRequest:assessed'));
    assert.deepEqual(workflowMenu('changeRequest:rejected:signed'), workflowMenu('changeRequest:rejected'));
  });
});
