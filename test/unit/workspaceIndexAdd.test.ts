import * as assert from 'node:assert/strict';
import { parseFile } from '../../src/core/parsedFile';
import { WorkspaceIndex, type IndexChange } from '../../src/core/workspaceIndex';
import { DocumentBuilder, problems } from './workspaceBuilder';

const SETTINGS = 'roster:\n  - id: alice\n';

function doc(prefix: string, fill: (d: DocumentBuilder) => DocumentBuilder): string {
  return fill(new DocumentBuilder(prefix, 'T')).toYaml();
}

/** Parses as update() would: with the size limit the index gives the file. */
function parsedFor(index: WorkspaceIndex, file: string, text: string): ReturnType<typeof parseFile> {
  const kind = file.endsWith('reqdesk.yaml') ? 'settings' : file.endsWith('.cr.yaml') ? 'change-request' : 'requirements';
  return parseFile(file, text, kind, { maxBytes: index.settingsFor(file).maxFileBytes });
}

function sorted(change: IndexChange): string[] {
  return [...change.files].sort();
}

describe('WorkspaceIndex.add (a file parsed elsewhere: a worker, the persisted index)', () => {
  const files: [string, string][] = [
    ['reqdesk.yaml', SETTINGS],
    ['a.req.yaml', doc('P', (d) => d.req('P-001', { owner: 'bob', links: ['Q-009'] }).req('P-002'))],
    ['b.req.yaml', doc('P', (d) => d.req('P-001'))],
    ['c.cr.yaml', 'id: CR-0001\ntitle: T\nstatus: approved\naffects: [P-002, X-001]\n'],
  ];

  it('gives the same index as update(): items, IDs, problems and change sets', () => {
    const updated = new WorkspaceIndex();
    const added = new WorkspaceIndex();
    for (const [file, text] of files) {
      const viaUpdate = updated.update(file, text);
      const viaAdd = added.add(parsedFor(added, file, text));
      assert.deepEqual(sorted(viaAdd), sorted(viaUpdate), file);
    }
    assert.deepEqual([...added.files()], [...updated.files()]);
    for (const [file] of files) {
      assert.deepStrictEqual(added.get(file), updated.get(file), file);
      assert.deepEqual(problems(added, file), problems(updated, file), file);
    }
    assert.equal(added.requirementsWithId('P-001').length, 2);
    assert.equal(added.highestNumber('P'), 2);
    assert.deepEqual(problems(added, 'a.req.yaml').map((p) => p.ruleId).sort(), ['duplicate-id', 'unknown-link', 'unknown-owner']);
  });

  it('replaces the previous version of the file: its IDs and links go, and files sharing them are re-checked', () => {
    const index = new WorkspaceIndex();
    for (const [file, text] of files) {
      index.add(parsedFor(index, file, text));
    }
    const change = index.add(parsedFor(index, 'b.req.yaml', doc('P', (d) => d.req('P-003'))));
    assert.deepEqual(sorted(change), ['a.req.yaml', 'b.req.yaml']);
    assert.equal(index.requirementsWithId('P-001').length, 1);
    assert.deepEqual(problems(index, 'a.req.yaml', 'duplicate-id'), []);
    assert.equal(index.highestNumber('P'), 3);
  });

  it('applies an added reqdesk.yaml to the files below it', () => {
    const index = new WorkspaceIndex();
    index.add(parsedFor(index, 'a.req.yaml', doc('P', (d) => d.req('P-001', { owner: 'bob' }))));
    assert.deepEqual(problems(index, 'a.req.yaml', 'unknown-owner'), []);
    const change = index.add(parsedFor(index, 'reqdesk.yaml', SETTINGS));
    assert.deepEqual(sorted(change), ['a.req.yaml', 'reqdesk.yaml']);
    assert.equal(problems(index, 'a.req.yaml', 'unknown-owner').length, 1);
  });

  it('tells listeners, like update()', () => {
    const index = new WorkspaceIndex();
    const seen: string[][] = [];
    const subscription = index.onDidChange((change) => seen.push(sorted(change)));
    index.add(parsedFor(index, 'a.req.yaml', files[1][1]));
    subscription.dispose();
    assert.deepEqual(seen, [['a.req.yaml']]);
  });
});
