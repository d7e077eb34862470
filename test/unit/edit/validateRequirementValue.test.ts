import * as assert from 'node:assert/strict';
import { validateRequirementValue } from '../../../src/core/schemaValidator';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';

describe('validateRequirementValue', () => {
  it('accepts values the requirements schema and the default vocabulary allow', () => {
    assert.equal(validateRequirementValue('owner', 'alice', DEFAULT_SETTINGS), undefined);
    assert.equal(validateRequirementValue('due', '2026-12-01', DEFAULT_SETTINGS), undefined);
    assert.equal(validateRequirementValue('priority', 'high', DEFAULT_SETTINGS), undefined);
    assert.equal(validateRequirementValue('links', ['PORTAL-001', 'BILL-12'], DEFAULT_SETTINGS), undefined);
    assert.equal(validateRequirementValue('title', '登录后跳转到首页', DEFAULT_SETTINGS), undefined);
  });

  it('says how a value breaks the schema, in the words of the file diagnostics', () => {
    assert.equal(validateRequirementValue('owner', '', DEFAULT_SETTINGS), 'owner must not be empty.');
    assert.equal(validateRequirementValue('owner', ['alice'], DEFAULT_SETTINGS), 'owner must be text (it is a list).');
    assert.equal(validateRequirementValue('due', '2026-13-45', DEFAULT_SETTINGS), "due must be a date like 2026-12-01 (it is '2026-13-45').");
    assert.equal(validateRequirementValue('tags', 'auth', DEFAULT_SETTINGS), "tags must be a list (it is 'auth').");
    assert.equal(validateRequirementValue('id', 'portal-1', DEFAULT_SETTINGS), "id must be a requirement ID like PORTAL-001 (capital letters, a dash, digits) (it is 'portal-1').");
    assert.match(validateRequirementValue('changes', ['CR-0001', 'CR7'], DEFAULT_SETTINGS) ?? '', /must be a change request ID like CR-0007 \(it is 'CR7'\)\.$/);
    assert.match(validateRequirementValue('links', ['A-1', 'A-1'], DEFAULT_SETTINGS) ?? '', /lists "A-1" twice\.$/);
  });

  it('checks status and priority against the project vocabulary, not the schema defaults', () => {
    assert.equal(validateRequirementValue('priority', 'urgent', DEFAULT_SETTINGS), "priority must be one of critical, high, medium, low (it is 'urgent').");
    const settings = { ...DEFAULT_SETTINGS, statuses: ['open', 'closed'], priorities: ['p1', 'p2'] };
    assert.equal(validateRequirementValue('status', 'done', settings), "status must be one of open, closed (it is 'done').");
    assert.equal(validateRequirementValue('status', 'open', settings), undefined);
    assert.equal(validateRequirementValue('priority', 'p2', settings), undefined);
  });

  it('refuses removing a field the schema requires, and allows removing others', () => {
    assert.equal(validateRequirementValue('title', undefined, DEFAULT_SETTINGS), 'title is required: a requirement must have one.');
    assert.equal(validateRequirementValue('id', undefined, DEFAULT_SETTINGS), 'id is required: a requirement must have one.');
    assert.equal(validateRequirementValue('owner', undefined, DEFAULT_SETTINGS), undefined);
  });
});
