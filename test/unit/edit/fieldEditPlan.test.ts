import * as assert from 'node:assert/strict';
import { FIELD_EDIT_MESSAGES, fieldEditTarget, planFieldEdit, type FieldEdit, type FieldEditPlan } from '../../../src/core/edit/fieldEditPlan';
import { applyTextEdits, type EditRefusal } from '../../../src/core/edit/textEdit';
import { formatMessage, phrase } from '../../../src/core/messages';
import { WorkspaceIndex } from '../../../src/core/workspaceIndex';
import { yaml } from './editAssertions';

const PORTAL = yaml(
  '# Portal requirements',
  'document:',
  '  prefix: PORTAL',
  '  title: Customer portal',
  'requirements:',
  '  - id: PORTAL-001',
  '    title: Login goes to the home page   # agreed 2026-11-02',
  '    priority: high',
  '    owner: alice  # lead',
  '    status: new',
  '  - id: PORTAL-002',
  '    title: Logout',
);
const FILE = '/ws/portal.req.yaml';
const SCOPE = { where: phrase(FIELD_EDIT_MESSAGES.theWorkspace), display: (file: string) => file.replace('/ws/', '') };

function indexWith(files: Record<string, string>): WorkspaceIndex {
  const index = new WorkspaceIndex();
  for (const [file, text] of Object.entries(files)) {
    index.update(file, text);
  }
  return index;
}

function plan(edit: FieldEdit, text = PORTAL, index = indexWith({ [FILE]: text })): FieldEditPlan {
  return planFieldEdit(index, FILE, { text }, edit, SCOPE);
}

/** The refusal's English text, checked to be its template filled in (what the editor translates). */
function refusal(result: { readonly ok: true } | EditRefusal): string {
  assert.ok(!result.ok, 'expected a refusal');
  assert.equal(formatMessage(result.refusal.template, result.refusal.args), result.refusal.message);
  return result.refusal.message;
}

describe('planFieldEdit', () => {
  it('replaces a value in place, keeping the comments, and says what it was', () => {
    const result = plan({ id: 'PORTAL-001', field: 'owner', value: 'bob' });
    assert.ok(result.ok);
    assert.deepEqual([result.old, result.value], ['alice', 'bob']);
    assert.equal(applyTextEdits(PORTAL, result.edits), PORTAL.replace('owner: alice  # lead', 'owner: bob  # lead'));
  });

  it('adds a missing field after the one that precedes it, and removes the owner', () => {
    const added = plan({ id: 'PORTAL-002', field: 'status', value: 'done' });
    assert.ok(added.ok);
    assert.equal(applyTextEdits(PORTAL, added.edits), `${PORTAL}    status: done\n`);
    const removed = plan({ id: 'PORTAL-001', field: 'owner', value: undefined });
    assert.ok(removed.ok);
    assert.equal(applyTextEdits(PORTAL, removed.edits), PORTAL.replace('    owner: alice  # lead\n', ''));
  });

  it('makes no edits when the field already has the value', () => {
    assert.deepEqual(plan({ id: 'PORTAL-001', field: 'status', value: 'new' }), { ok: true, edits: [], old: 'new', value: 'new' });
  });

  it('refuses an empty value, and removing any field but the owner', () => {
    assert.equal(refusal(plan({ id: 'PORTAL-001', field: 'title', value: '' })), 'title must not be empty.');
    assert.equal(refusal(plan({ id: 'PORTAL-001', field: 'status', value: undefined })), 'status must not be empty.');
  });

  it("refuses a value the schema or the project's vocabulary does not allow", () => {
    assert.equal(refusal(plan({ id: 'PORTAL-001', field: 'status', value: 'finished' })), "status must be one of new, in-progress, done, accepted, rejected, deferred (it is 'finished').");
    assert.equal(refusal(plan({ id: 'PORTAL-001', field: 'due', value: 'tomorrow' })), "due must be a date like 2026-12-01 (it is 'tomorrow').");
    assert.equal(refusal(plan({ id: 'PORTAL-001', field: 'links', value: ['PORTAL-002', 'bad'] })), "links item 2 must be a requirement ID like PORTAL-001, bare or with the stamp Mark Link Reviewed writes (PORTAL-001@1:9c41e07b) (it is 'bad').");
  });

  it('refuses when the value changed since the caller showed it', () => {
    assert.equal(refusal(plan({ id: 'PORTAL-001', field: 'status', value: 'done', shown: 'in-progress' })), "it changed to 'new' since the table showed 'in-progress'; nothing was written.");
    assert.ok(plan({ id: 'PORTAL-001', field: 'status', value: 'done', shown: 'new' }).ok);
  });

  it('refuses a file with YAML errors, saying where the first one is', () => {
    const broken = PORTAL.replace('    title: Logout\n', '    title: Logout\n    title: Again\n');
    assert.equal(refusal(plan({ id: 'PORTAL-001', field: 'status', value: 'done' }, broken)),
      "portal.req.yaml:13:5: Duplicate key 'title': a key may appear only once in a mapping (the later value would silently replace the earlier one). A file with YAML errors is never edited: fix it first.");
  });

  it('refuses bytes that are not text, and a requirement no longer in the file', () => {
    const index = indexWith({ [FILE]: PORTAL });
    assert.equal(refusal(planFieldEdit(index, FILE, { text: '', problem: { kind: 'binary' } }, { id: 'PORTAL-001', field: 'status', value: 'done' }, SCOPE)),
      'portal.req.yaml is not valid UTF-8 text, so it is not edited.');
    assert.equal(refusal(plan({ id: 'PORTAL-009', field: 'status', value: 'done' })), 'PORTAL-009 is no longer in portal.req.yaml.');
  });

  it("passes on the editor's own refusal", () => {
    const anchored = PORTAL.replace('    status: new', '    status: &s new');
    assert.equal(refusal(plan({ id: 'PORTAL-001', field: 'status', value: 'done' }, anchored)),
      'The value at requirements › item 1 › status has an anchor (&s): aliases (*s) elsewhere in the file repeat it, so editing it would change them too. Edit the file by hand.');
  });
});

describe('fieldEditTarget', () => {
  it('finds the one file with the ID', () => {
    assert.deepEqual(fieldEditTarget(indexWith({ [FILE]: PORTAL }), 'PORTAL-002', SCOPE), { ok: true, file: FILE });
  });

  it('refuses an unknown ID, with the IDs it may mean', () => {
    const index = indexWith({ [FILE]: PORTAL });
    assert.equal(refusal(fieldEditTarget(index, 'PORTAL-003', SCOPE)), 'there is no requirement PORTAL-003 in the workspace (did you mean PORTAL-001 or PORTAL-002?).');
    assert.equal(refusal(fieldEditTarget(index, 'NOPE-1', { ...SCOPE, where: 'docs' })), 'there is no requirement NOPE-1 in docs.');
  });

  it('refuses a duplicate ID, saying where each one is', () => {
    const index = indexWith({ [FILE]: PORTAL, '/ws/copy.req.yaml': PORTAL.replace('PORTAL-002', 'PORTAL-001') });
    assert.equal(refusal(fieldEditTarget(index, 'PORTAL-001', SCOPE)), 'PORTAL-001 is defined more than once (portal.req.yaml:6, copy.req.yaml:6, copy.req.yaml:11): make the IDs unique first.');
  });
});
