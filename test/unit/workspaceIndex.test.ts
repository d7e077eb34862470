import * as assert from 'node:assert/strict';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { type IndexChange, WorkspaceIndex } from '../../src/core/workspaceIndex';
import { DocumentBuilder, problems, workspace, yaml } from './workspaceBuilder';

function doc(prefix: string, fill: (d: DocumentBuilder) => DocumentBuilder): string {
  return fill(new DocumentBuilder(prefix, 'T')).toYaml();
}

function sorted(change: IndexChange): string[] {
  return [...change.files].sort();
}

function ruleIds(index: WorkspaceIndex, file: string): string[] {
  return index.findings(file).map((f) => f.ruleId);
}

describe('WorkspaceIndex', () => {
  describe('incremental updates', () => {
    it('returns only the updated file when nothing else shares its IDs', () => {
      const index = new WorkspaceIndex();
      assert.deepEqual(sorted(index.update('a.req.yaml', doc('P', (d) => d.req('P-001')))), ['a.req.yaml']);
      assert.deepEqual(sorted(index.update('b.req.yaml', doc('Q', (d) => d.req('Q-001')))), ['b.req.yaml']);
    });

    it('touches the first file when a second one adds a duplicate ID, and again when it goes away', () => {
      const index = new WorkspaceIndex();
      index.update('a.req.yaml', doc('P', (d) => d.req('P-001')));
      assert.deepEqual(ruleIds(index, 'a.req.yaml'), []);

      assert.deepEqual(sorted(index.update('b.req.yaml', doc('P', (d) => d.req('P-001')))), ['a.req.yaml', 'b.req.yaml']);
      assert.deepEqual(problems(index, 'a.req.yaml'), [{
        ruleId: 'duplicate-id', severity: 'error', message: 'Duplicate requirement ID P-001: it is defined 2 times in the workspace.', range: '4:8-4:13',
      }]);

      assert.deepEqual(sorted(index.remove('b.req.yaml')), ['a.req.yaml', 'b.req.yaml']);
      assert.deepEqual(ruleIds(index, 'a.req.yaml'), []);
    });

    it('clears the duplicate in the first file when the second one renames its ID', () => {
      const index = new WorkspaceIndex();
      index.update('a.req.yaml', doc('P', (d) => d.req('P-001')));
      index.update('b.req.yaml', doc('P', (d) => d.req('P-001')));
      assert.deepEqual(ruleIds(index, 'a.req.yaml'), ['duplicate-id']);
      assert.deepEqual(sorted(index.update('b.req.yaml', doc('P', (d) => d.req('P-002')))), ['a.req.yaml', 'b.req.yaml']);
      assert.deepEqual(ruleIds(index, 'a.req.yaml'), []);
      assert.deepEqual(ruleIds(index, 'b.req.yaml'), []);
    });

    it('clears a dangling link in the referencing file when its target appears, and restores it when it goes', () => {
      const index = new WorkspaceIndex();
      index.update('a.req.yaml', doc('P', (d) => d.req('P-001', { links: ['Q-002'] })));
      index.update('b.req.yaml', doc('Q', (d) => d.req('Q-001')));
      assert.deepEqual(problems(index, 'a.req.yaml'), [{
        ruleId: 'unknown-link', severity: 'warning', message: 'Link to unknown requirement Q-002: no requirement in the workspace has this ID.', range: '9:12-9:17',
      }]);

      // The target file fixes its ID: the referencing file must be re-checked.
      assert.deepEqual(sorted(index.update('b.req.yaml', doc('Q', (d) => d.req('Q-002')))), ['a.req.yaml', 'b.req.yaml']);
      assert.deepEqual(ruleIds(index, 'a.req.yaml'), []);

      assert.deepEqual(sorted(index.update('b.req.yaml', doc('Q', (d) => d.req('Q-003')))), ['a.req.yaml', 'b.req.yaml']);
      assert.deepEqual(ruleIds(index, 'a.req.yaml'), ['unknown-link']);
    });

    it('re-checks a change request when a requirement it names appears or disappears', () => {
      const index = new WorkspaceIndex();
      index.update('changes/CR-0001.cr.yaml', 'id: CR-0001\ntitle: T\nstatus: submitted\naffects: [P-001]\n');
      assert.deepEqual(ruleIds(index, 'changes/CR-0001.cr.yaml'), ['cr-unknown-requirement']);
      assert.deepEqual(sorted(index.update('a.req.yaml', doc('P', (d) => d.req('P-001')))), ['a.req.yaml', 'changes/CR-0001.cr.yaml']);
      assert.deepEqual(ruleIds(index, 'changes/CR-0001.cr.yaml'), []);
      assert.deepEqual(sorted(index.remove('a.req.yaml')), ['a.req.yaml', 'changes/CR-0001.cr.yaml']);
      assert.deepEqual(ruleIds(index, 'changes/CR-0001.cr.yaml'), ['cr-unknown-requirement']);
    });

    it('touches the other change request when a duplicate change request ID comes and goes', () => {
      const index = workspace().requirements('a.req.yaml', 'P', (d) => d.req('P-001'))
        .changeRequest('changes/a.cr.yaml', { id: 'CR-0001', status: 'submitted', affects: ['P-001'] }).build();
      const cr = 'id: CR-0001\ntitle: T\nstatus: submitted\naffects: [P-001]\n';
      assert.deepEqual(sorted(index.update('changes/b.cr.yaml', cr)), ['changes/a.cr.yaml', 'changes/b.cr.yaml']);
      assert.deepEqual(ruleIds(index, 'changes/a.cr.yaml'), ['duplicate-cr-id']);
      assert.deepEqual(sorted(index.update('changes/b.cr.yaml', cr.replace('CR-0001', 'CR-0002'))), ['changes/a.cr.yaml', 'changes/b.cr.yaml']);
      assert.deepEqual(ruleIds(index, 'changes/a.cr.yaml'), []);
    });

    it('keeps a file that became unreadable, without its requirements, and re-checks what linked to it', () => {
      const index = new WorkspaceIndex();
      index.update('a.req.yaml', doc('P', (d) => d.req('P-001', { links: ['Q-001'] })));
      index.update('b.req.yaml', doc('Q', (d) => d.req('Q-001')));
      assert.deepEqual(sorted(index.update('b.req.yaml', 'document: [\n')), ['a.req.yaml', 'b.req.yaml']);
      assert.equal(index.has('b.req.yaml'), true);
      assert.deepEqual(index.requirementsWithId('Q-001'), []);
      assert.deepEqual(ruleIds(index, 'a.req.yaml'), ['unknown-link']);
      assert.deepEqual(ruleIds(index, 'b.req.yaml'), ['yaml-syntax']);
    });
  });

  describe('lookups', () => {
    const index = workspace()
      .requirements('a.req.yaml', 'P', (d) => d.req('P-001').req('P-007', { title: 'Seven' }))
      .requirements('docs/b.req.yaml', 'Q', (d) => d.req('Q-010'))
      .changeRequest('changes/CR-0001.cr.yaml', { id: 'CR-0001', status: 'submitted', affects: ['P-001'] })
      .build();

    it('finds requirements and change requests by ID, with where they are', () => {
      const [seven] = index.requirementsWithId('P-007');
      assert.equal(seven.file, 'a.req.yaml');
      assert.equal(seven.index, 1);
      assert.equal(seven.data.title, 'Seven');
      assert.deepEqual(seven.document, { prefix: 'P', title: 'P requirements' });
      assert.deepEqual(seven.headRange, { start: { line: 9, character: 4 }, end: { line: 9, character: 13 } });
      assert.deepEqual(index.requirementsWithId('P-404'), []);
      assert.equal(index.changeRequestsWithId('CR-0001')[0].file, 'changes/CR-0001.cr.yaml');
      assert.deepEqual(index.changeRequestsWithId('CR-0404'), []);
    });

    it('lists all requirements and change requests, and the files', () => {
      assert.deepEqual(index.requirements().map((r) => r.id).sort(), ['P-001', 'P-007', 'Q-010']);
      assert.deepEqual(index.changeRequests().map((c) => [c.id, c.data.status, c.data.affects]), [['CR-0001', 'submitted', ['P-001']]]);
      assert.deepEqual([...index.files()].sort(), ['a.req.yaml', 'changes/CR-0001.cr.yaml', 'docs/b.req.yaml']);
      assert.equal(index.has('a.req.yaml'), true);
      assert.equal(index.get('a.req.yaml')?.kind, 'requirements');
      assert.equal(index.get('changes/CR-0001.cr.yaml')?.kind, 'change-request');
      assert.equal(index.get('nothing.req.yaml'), undefined);
      assert.deepEqual(index.findings('nothing.req.yaml'), []);
    });

    it('knows the highest number per prefix and suggests close IDs', () => {
      assert.equal(index.highestNumber('P'), 7);
      assert.equal(index.highestNumber('Q'), 10);
      assert.equal(index.highestNumber('NONE'), 0);
      assert.deepEqual(index.suggestRequirementIds('P-00l'), ['P-001', 'P-007']);
      assert.deepEqual(index.suggestRequirementIds('P-017'), ['P-007', 'P-001']);
      assert.deepEqual(index.suggestRequirementIds('X-001'), []);
    });

    it('refuses a file that is not a ReqDesk file unless told its kind', () => {
      const fresh = new WorkspaceIndex();
      assert.throws(() => fresh.update('notes.yaml', 'a: 1\n'), /Not a ReqDesk file: notes\.yaml/);
      fresh.update('specs/extra.yaml', doc('E', (d) => d.req('E-001')), { kind: 'requirements' });
      assert.equal(fresh.requirementsWithId('E-001').length, 1);
    });

    it('reads the kind from .yml and upper-case names too', () => {
      const fresh = new WorkspaceIndex();
      fresh.update('A.REQ.YML', doc('P', (d) => d.req('P-001')));
      fresh.update('changes/x.cr.yml', 'id: CR-0001\ntitle: T\nstatus: submitted\naffects: [P-001]\n');
      assert.deepEqual([fresh.get('A.REQ.YML')?.kind, fresh.get('changes/x.cr.yml')?.kind], ['requirements', 'change-request']);
    });
  });

  describe('re-updating and removing', () => {
    it('leaves no stale entries behind when a file is updated', () => {
      const index = new WorkspaceIndex();
      index.update('a.req.yaml', doc('P', (d) => d.req('P-001').req('P-002').req('P-009')));
      index.update('a.req.yaml', doc('P', (d) => d.req('P-001').req('P-002')));
      index.update('a.req.yaml', doc('P', (d) => d.req('P-001').req('P-003')));
      assert.equal(index.requirementsWithId('P-001').length, 1);
      assert.equal(index.requirementsWithId('P-002').length, 0);
      assert.equal(index.requirementsWithId('P-009').length, 0);
      assert.equal(index.requirements().length, 2);
      assert.equal(index.highestNumber('P'), 3);
      assert.deepEqual(index.suggestRequirementIds('P-00'), ['P-001', 'P-003']);
      assert.deepEqual(ruleIds(index, 'a.req.yaml'), []);
    });

    it('removes a file and everything it held', () => {
      const index = workspace()
        .requirements('a.req.yaml', 'P', (d) => d.req('P-001'))
        .changeRequest('changes/CR-0001.cr.yaml', { id: 'CR-0001', status: 'submitted', affects: ['P-001'] })
        .build();
      assert.deepEqual(sorted(index.remove('changes/CR-0001.cr.yaml')), ['changes/CR-0001.cr.yaml']);
      assert.deepEqual(index.changeRequests(), []);
      assert.deepEqual(index.changeRequestsWithId('CR-0001'), []);
      assert.equal(index.has('changes/CR-0001.cr.yaml'), false);
      assert.deepEqual(index.findings('changes/CR-0001.cr.yaml'), []);
      index.remove('a.req.yaml');
      assert.deepEqual(index.requirements(), []);
      assert.equal(index.highestNumber('P'), 0);
      assert.deepEqual([...index.files()], []);
    });

    it('removes an unknown file as a no-op', () => {
      const index = new WorkspaceIndex();
      assert.deepEqual(sorted(index.remove('never.req.yaml')), []);
    });
  });

  describe('onDidChange', () => {
    it('fires with the same files the update and remove return, until disposed', () => {
      const index = new WorkspaceIndex();
      const seen: string[][] = [];
      const subscription = index.onDidChange((change) => seen.push(sorted(change)));
      const added = index.update('a.req.yaml', doc('P', (d) => d.req('P-001')));
      const duplicated = index.update('b.req.yaml', doc('P', (d) => d.req('P-001')));
      const removed = index.remove('b.req.yaml');
      assert.deepEqual(seen, [sorted(added), sorted(duplicated), sorted(removed)]);
      assert.deepEqual(seen[2], ['a.req.yaml', 'b.req.yaml'], 'listeners learn about the removed file too');
      subscription.dispose();
      index.update('c.req.yaml', doc('P', (d) => d.req('P-003')));
      assert.equal(seen.length, 3);
    });

    it('lets a listener read the new findings of every touched file', () => {
      const index = new WorkspaceIndex();
      index.update('a.req.yaml', doc('P', (d) => d.req('P-001')));
      const seen: Record<string, string[]> = {};
      index.onDidChange((change) => {
        for (const file of change.files) {
          seen[file] = index.findings(file).map((f) => f.ruleId);
        }
      });
      index.update('b.req.yaml', doc('P', (d) => d.req('P-001')));
      assert.deepEqual(seen, { 'a.req.yaml': ['duplicate-id'], 'b.req.yaml': ['duplicate-id'] });
      index.remove('b.req.yaml');
      assert.deepEqual(seen, { 'a.req.yaml': [], 'b.req.yaml': [] });
    });
  });

  describe('settings from reqdesk.yaml', () => {
    const roster = 'roster:\n  - { id: alice, roles: [owner, ccb] }\n';
    const bobsDoc = doc('P', (d) => d.req('P-001', { owner: 'bob' }));

    it('applies to files in its folder and below, not elsewhere', () => {
      const index = workspace()
        .file('team/reqdesk.yaml', roster)
        .file('team/a.req.yaml', bobsDoc)
        .file('team/sub/deep/b.req.yaml', bobsDoc.replace(/P-001/g, 'P-002'))
        .file('teammate/c.req.yaml', bobsDoc.replace(/P-001/g, 'P-003'))
        .file('d.req.yaml', bobsDoc.replace(/P-001/g, 'P-004'))
        .build();
      assert.deepEqual(index.settingsFor('team/a.req.yaml').roster.map((m) => m.id), ['alice']);
      assert.deepEqual(ruleIds(index, 'team/a.req.yaml'), ['unknown-owner']);
      assert.deepEqual(ruleIds(index, 'team/sub/deep/b.req.yaml'), ['unknown-owner']);
      assert.equal(index.settingsFor('teammate/c.req.yaml'), DEFAULT_SETTINGS);
      assert.deepEqual(ruleIds(index, 'teammate/c.req.yaml'), []);
      assert.deepEqual(ruleIds(index, 'd.req.yaml'), []);
    });

    it('scopes settings by folder for URI keys as the extension uses them', () => {
      const index = workspace()
        .file('file:///work/acme/reqdesk.yaml', roster)
        .file('file:///work/acme/specs/a.req.yaml', bobsDoc)
        .file('file:///work/acme-old/a.req.yaml', bobsDoc.replace(/P-001/g, 'P-002'))
        .build();
      assert.deepEqual(ruleIds(index, 'file:///work/acme/specs/a.req.yaml'), ['unknown-owner']);
      assert.equal(index.settingsFor('file:///work/acme-old/a.req.yaml'), DEFAULT_SETTINGS);
      assert.deepEqual(ruleIds(index, 'file:///work/acme-old/a.req.yaml'), []);
    });

    it('uses the nearest reqdesk.yaml, without merging it with one further up', () => {
      const index = workspace()
        .file('reqdesk.yaml', `${roster}required_fields: [owner, priority, due]\n`)
        .file('sub/reqdesk.yaml', 'rules: { unknown-link: off }\n')
        .file('a.req.yaml', bobsDoc)
        .file('sub/b.req.yaml', doc('P', (d) => d.req('P-002', { owner: 'bob', links: ['P-404'] })))
        .build();
      assert.deepEqual(ruleIds(index, 'a.req.yaml'), ['missing-field', 'unknown-owner']);
      assert.deepEqual(ruleIds(index, 'sub/b.req.yaml'), []);
    });

    it('re-checks the files below when reqdesk.yaml changes, appears or goes', () => {
      const index = workspace()
        .file('team/a.req.yaml', bobsDoc)
        .file('team/sub/b.req.yaml', bobsDoc.replace(/P-001/g, 'P-002'))
        .file('other/c.req.yaml', bobsDoc.replace(/P-001/g, 'P-003'))
        .build();
      assert.deepEqual(sorted(index.update('team/reqdesk.yaml', roster)), ['team/a.req.yaml', 'team/reqdesk.yaml', 'team/sub/b.req.yaml']);
      assert.deepEqual(ruleIds(index, 'team/sub/b.req.yaml'), ['unknown-owner']);

      const withBob = 'roster:\n  - { id: alice, roles: [owner, ccb] }\n  - { id: bob, roles: [owner] }\n';
      assert.deepEqual(sorted(index.update('team/reqdesk.yaml', withBob)), ['team/a.req.yaml', 'team/reqdesk.yaml', 'team/sub/b.req.yaml']);
      assert.deepEqual(ruleIds(index, 'team/sub/b.req.yaml'), []);

      index.update('team/reqdesk.yaml', roster);
      assert.deepEqual(sorted(index.remove('team/reqdesk.yaml')), ['team/a.req.yaml', 'team/reqdesk.yaml', 'team/sub/b.req.yaml']);
      assert.equal(index.settingsFor('team/a.req.yaml'), DEFAULT_SETTINGS);
      assert.deepEqual(ruleIds(index, 'team/sub/b.req.yaml'), []);
    });

    it('falls back to the defaults when reqdesk.yaml is broken, and shows its problems', () => {
      const index = workspace().file('reqdesk.yaml', 'roster: [\n').file('a.req.yaml', bobsDoc).build();
      assert.equal(index.settingsFor('a.req.yaml'), DEFAULT_SETTINGS);
      assert.deepEqual(ruleIds(index, 'a.req.yaml'), []);
      assert.deepEqual(ruleIds(index, 'reqdesk.yaml'), ['yaml-syntax']);
    });

    it('falls back to the defaults when reqdesk.yaml breaks the schema, also after having been valid', () => {
      const index = workspace().file('reqdesk.yaml', roster).file('a.req.yaml', bobsDoc).build();
      assert.deepEqual(ruleIds(index, 'a.req.yaml'), ['unknown-owner']);
      const invalid = `${roster}ccb: { quorum: 0 }\n`;
      assert.deepEqual(sorted(index.update('reqdesk.yaml', invalid)), ['a.req.yaml', 'reqdesk.yaml']);
      assert.equal(index.settingsFor('a.req.yaml'), DEFAULT_SETTINGS);
      assert.deepEqual(ruleIds(index, 'a.req.yaml'), []);
      assert.deepEqual(problems(index, 'reqdesk.yaml'), [{ ruleId: 'schema', severity: 'error', message: 'quorum must be at least 1.', range: '2:15-2:16' }]);
    });

    it('treats an empty reqdesk.yaml as all defaults, with an info only', () => {
      const index = workspace().file('reqdesk.yaml', '# nothing yet\n').file('a.req.yaml', bobsDoc).build();
      assert.equal(index.settingsFor('a.req.yaml'), DEFAULT_SETTINGS);
      assert.deepEqual(problems(index, 'reqdesk.yaml').map((f) => [f.ruleId, f.severity]), [['empty-file', 'info']]);
    });

    it('resolves every setting, filling in the defaults', () => {
      const index = workspace().file('reqdesk.yaml', yaml`
        roster:
          - { id: alice, name: Alice Wang, email: alice@example.com, roles: [owner, ccb] }
          - id: bob
        ccb: { quorum: 2, require_customer_signoff: true }
        vocabulary: { statuses: [open, closed] }
        required_fields: [description]
        rules: { schema: warning }
        ids: { digits: 4 }
        files: { requirements: [specs/*.yaml], exclude: [tmp/**], max_size_mb: 0.5 }
        changes: { folder: crs }
        records: { folder: minutes/, files: [mail/*.md] }
        trace: { reviewed_fields: [title, acceptance, due], impact_depth: 2 }
      `).build();
      assert.deepEqual(problems(index, 'reqdesk.yaml'), []);
      const settings = index.settingsFor('x/y.req.yaml');
      assert.deepEqual(settings, {
        roster: [
          { id: 'alice', name: 'Alice Wang', email: 'alice@example.com', roles: ['owner', 'ccb'], organisation: undefined, phone: undefined, responsibility: undefined },
          { id: 'bob', name: undefined, email: undefined, roles: [], organisation: undefined, phone: undefined, responsibility: undefined },
        ],
        quorum: 2,
        requireCustomerSignoff: true,
        statuses: ['open', 'closed'],
        priorities: DEFAULT_SETTINGS.priorities,
        vocabularyLabels: {},
        traceGlobs: DEFAULT_SETTINGS.traceGlobs,
        doneStatuses: DEFAULT_SETTINGS.doneStatuses,
        requiredFields: ['description'],
        ruleSeverity: { schema: 'warning' },
        idDigits: 4,
        crIdDigits: 4,
        requirementGlobs: ['**/*.req.yaml', '**/*.req.yml', 'specs/*.yaml'],
        changeRequestGlobs: ['**/*.cr.yaml', '**/*.cr.yml'],
        excludeGlobs: ['**/node_modules/**', '**/.git/**', 'tmp/**'],
        maxFileBytes: 524288,
        changesFolder: 'crs',
        recordsFolder: 'minutes/',
        recordGlobs: ['minutes/**/*.md', 'mail/*.md'],
        project: undefined,
        milestones: [],
        budget: undefined,
        paymentOverdueAfterDays: 30,
        reviewedFields: ['title', 'acceptance', 'due'],
        impactDepth: 2,
      });
    });

    it('applies the size limit of reqdesk.yaml to files read after it, and the size on disk given', () => {
      const index = new WorkspaceIndex();
      index.update('reqdesk.yaml', 'files: { max_size_mb: 1 }\n');
      index.update('big.req.yaml', doc('P', (d) => d.req('P-001')), { byteSize: 2 * 1024 * 1024 });
      assert.deepEqual(problems(index, 'big.req.yaml'), [{
        ruleId: 'file-too-large', severity: 'error',
        message: 'File is 2.0 MB, over the 1.0 MB limit (files.max_size_mb in reqdesk.yaml): it was not read.',
        range: '0:0-0:9',
      }]);
      assert.deepEqual(index.requirementsWithId('P-001'), []);
    });
  });
});
