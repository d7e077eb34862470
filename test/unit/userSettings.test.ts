import * as assert from 'node:assert/strict';
import { indexOf, problems, yaml } from './workspaceBuilder';

describe('user settings layered with reqdesk.yaml', () => {
  const doc = yaml`
    document: {prefix: P, title: T}
    requirements:
      - id: P-001
        title: No owner
        priority: high
  `;

  it('overrides a rule severity of the project, and announces every file as changed', () => {
    const index = indexOf({ 'ws/reqdesk.yaml': 'rules: {missing-owner: info}\n', 'ws/a.req.yaml': doc });
    assert.equal(problems(index, 'ws/a.req.yaml', 'missing-owner')[0].severity, 'info');
    const change = index.setUserSettings({ rules: { 'missing-owner': 'error' } });
    assert.ok(change.files.has('ws/a.req.yaml'));
    assert.equal(problems(index, 'ws/a.req.yaml', 'missing-owner')[0].severity, 'error');
    index.setUserSettings({ rules: { 'missing-owner': 'off' } });
    assert.deepEqual(problems(index, 'ws/a.req.yaml', 'missing-owner'), []);
  });

  it('applies to files with no reqdesk.yaml, and adds globs and a size limit the project leaves unset', () => {
    const index = indexOf({ 'ws/a.req.yaml': doc });
    index.setUserSettings({ rules: { 'missing-owner': 'error' }, requirementGlobs: ['**/*.requirements.yaml'], maxFileBytes: 10 });
    assert.equal(problems(index, 'ws/a.req.yaml', 'missing-owner')[0].severity, 'error');
    const settings = index.settingsFor('ws/a.req.yaml');
    assert.deepEqual(settings.requirementGlobs, ['**/*.req.yaml', '**/*.req.yml', '**/*.requirements.yaml']);
    assert.equal(settings.maxFileBytes, 10);
  });

  it("keeps the project's size limit over the user's", () => {
    const index = indexOf({ 'ws/reqdesk.yaml': 'files: {max_size_mb: 1}\n' });
    index.setUserSettings({ maxFileBytes: 10 });
    assert.equal(index.settingsFor('ws/x.req.yaml').maxFileBytes, 1024 * 1024);
  });
});
