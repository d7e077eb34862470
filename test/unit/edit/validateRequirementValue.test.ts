import * as assert from 'node:assert/strict';
import { validateRequirementValue } from '../../../src/core/schemaValidator';
import { formatMessage } from '../../../src/core/messages';
import type { RequirementField } from '../../../src/core/model';
import { DEFAULT_SETTINGS, type ProjectSettings } from '../../../src/core/settings';

/** The English refusal, checked to be its template filled in (what the editor translates). */
function message(field: RequirementField, value: unknown, settings: ProjectSettings): string | undefined {
  const refusal = validateRequirementValue(field, value, settings);
  if (refusal !== undefined) {
    assert.equal(formatMessage(refusal.template, refusal.args), refusal.message);
  }
  return refusal?.message;
}

describe('validateRequirementValue', () => {
  it('accepts values the requirements schema and the default vocabulary allow', () => {
    assert.equal(message('owner', 'alice', DEFAULT_SETTINGS), undefined);
    assert.equal(message('due', '2026-12-01', DEFAULT_SETTINGS), undefined);
    assert.equal(message('priority', 'high', DEFAULT_SETTINGS), undefined);
    assert.equal(message('links', ['PORTAL-001', 'BILL-12'], DEFAULT_SETTINGS), undefined);
    assert.equal(message('title', '登录后跳转到首页', DEFAULT_SETTINGS), undefined);
  });

  it('says how a value breaks the schema, in the words of the file diagnostics', () => {
    assert.equal(message('owner', '', DEFAULT_SETTINGS), 'owner must not be empty.');
    assert.equal(message('owner', ['alice'], DEFAULT_SETTINGS), 'owner must be text (it is a list).');
    assert.equal(message('due', '2026-13-45', DEFAULT_SETTINGS), "due must be a date like 2026-12-01 (it is '2026-13-45').");
    assert.equal(message('tags', 'auth', DEFAULT_SETTINGS), "tags must be a list (it is 'auth').");
    assert.equal(message('id', 'portal-1', DEFAULT_SETTINGS), "id must be a requirement ID like PORTAL-001 (capital letters, a dash, digits) (it is 'portal-1').");
    assert.match(message('changes', ['CR-0001', 'CR7'], DEFAULT_SETTINGS) ?? '', /must be a change request ID like CR-0007 \(it is 'CR7'\)\.$/);
    assert.match(message('links', ['A-1', 'A-1'], DEFAULT_SETTINGS) ?? '', /lists "A-1" twice\.$/);
  });

  it('checks status and priority against the project vocabulary, not the schema defaults', () => {
    assert.equal(message('priority', 'urgent', DEFAULT_SETTINGS), "priority must be one of critical, high, medium, low (it is 'urgent').");
    const settings = { ...DEFAULT_SETTINGS, statuses: ['open', 'closed'], priorities: ['p1', 'p2'] };
    assert.equal(message('status', 'done', settings), "status must be one of open, closed (it is 'done').");
    assert.equal(message('status', 'open', settings), undefined);
    assert.equal(message('priority', 'p2', settings), undefined);
  });

  it('refuses removing a field the schema requires, and allows removing others', () => {
    assert.equal(message('title', undefined, DEFAULT_SETTINGS), 'title is required: a requirement must have one.');
    assert.equal(message('id', undefined, DEFAULT_SETTINGS), 'id is required: a requirement must have one.');
    assert.equal(message('owner', undefined, DEFAULT_SETTINGS), undefined);
  });
});
