import * as assert from 'node:assert/strict';
import { WorkspaceDiscovery } from '../../src/core/workspaceDiscovery';
import { WorkspaceIndex } from '../../src/core/workspaceIndex';
import { loadWorkspaceFiles, type FoundFile, type WorkspaceFile } from '../../src/core/workspaceLoad';

const ROOT = '/ws';

/** An index holding these reqdesk.yaml files (path relative to ROOT → text), and a discovery that knows them. */
function known(settings: Record<string, string>): { index: WorkspaceIndex; discovery: WorkspaceDiscovery } {
  const index = new WorkspaceIndex();
  const discovery = new WorkspaceDiscovery({ settingsFor: (key) => index.settingsFor(key) });
  for (const [path, text] of Object.entries(settings)) {
    index.update(`${ROOT}/${path}`, text, { kind: 'settings' });
    discovery.addSettingsFile(`${ROOT}/${path}`);
  }
  return { index, discovery };
}

const NESTED = {
  'reqdesk.yaml': 'files:\n  exclude: ["vendor/**", "**/*.draft.req.yaml"]\n',
  'specs/reqdesk.yaml': 'files:\n  requirements: ["*.yaml"]\n  change_requests: ["requests/**/*.yaml"]\n  max_size_mb: 0.001\n',
};

describe('WorkspaceDiscovery', () => {
  it('tells kinds by name, and by the globs of the nearest reqdesk.yaml relative to its folder', () => {
    const { discovery } = known(NESTED);
    const kinds = ['a.req.yaml', 'a.cr.yml', 'reqdesk.yaml', 'specs/api.yaml', 'specs/deep/api.yaml', 'specs/requests/x/1.yaml', 'api.yaml', 'notes.txt']
      .map((path) => `${path}: ${discovery.classify(`${ROOT}/${path}`, ROOT) ?? '-'}`);
    assert.deepEqual(kinds, [
      'a.req.yaml: requirements', 'a.cr.yml: change-request', 'reqdesk.yaml: settings', 'specs/api.yaml: requirements',
      'specs/deep/api.yaml: -', 'specs/requests/x/1.yaml: change-request', 'api.yaml: -', 'notes.txt: -',
    ]);
  });

  it('without a reqdesk.yaml above, globs are relative to the root scanned', () => {
    const index = new WorkspaceIndex();
    index.setUserSettings({ requirementGlobs: ['docs/*.yaml'] });
    const discovery = new WorkspaceDiscovery({ settingsFor: (key) => index.settingsFor(key) });
    assert.equal(discovery.classify('/ws/docs/a.yaml', '/ws'), 'requirements');
    assert.equal(discovery.classify('/ws/docs/a.yaml', '/ws/docs'), undefined);
  });

  it('excludes files and folders by the settings that apply, and never looks into node_modules or .git', () => {
    const { discovery } = known(NESTED);
    const admitted = ['vendor/a.req.yaml', 'vendor/x/reqdesk.yaml', 'b.draft.req.yaml', 'specs/vendor/a.req.yaml', 'specs/b.draft.req.yaml', 'lib/node_modules/a.req.yaml', 'x/.git/a.req.yaml']
      .map((path) => `${path}: ${discovery.classify(`${ROOT}/${path}`, ROOT) ?? '-'}`);
    // specs/ has its own reqdesk.yaml: the root's excludes do not reach into it (only the defaults do).
    assert.deepEqual(admitted, [
      'vendor/a.req.yaml: -', 'vendor/x/reqdesk.yaml: -', 'b.draft.req.yaml: -', 'specs/vendor/a.req.yaml: requirements',
      'specs/b.draft.req.yaml: requirements', 'lib/node_modules/a.req.yaml: -', 'x/.git/a.req.yaml: -',
    ]);
    assert.equal(discovery.isFolderSkipped(`${ROOT}/vendor`, ROOT), true);
    assert.equal(discovery.isFolderSkipped(`${ROOT}/specs/vendor`, ROOT), false);
  });

  it('measures sizes against the limit of the settings that apply', () => {
    const { discovery } = known(NESTED);
    assert.deepEqual([discovery.isTooLarge('/ws/specs/a.yaml', 1049), discovery.isTooLarge('/ws/specs/a.yaml', 1050), discovery.isTooLarge('/ws/a.req.yaml', 1050)], [false, true, false]);
  });

  it('decodes the relative path of URI keys before matching globs', () => {
    const index = new WorkspaceIndex();
    const discovery = new WorkspaceDiscovery({ settingsFor: (key) => index.settingsFor(key), decode: decodeURIComponent });
    index.update('file:///ws/reqdesk.yaml', 'files:\n  requirements: ["my specs/*.yaml"]\n', { kind: 'settings' });
    discovery.addSettingsFile('file:///ws/reqdesk.yaml');
    assert.equal(discovery.classify('file:///ws/my%20specs/a.yaml', 'file:///ws'), 'requirements');
  });

  it('asks an editor to search every settings folder for the globs it adds, relative to that folder', () => {
    const { discovery } = known({ ...NESTED, 'other/reqdesk.yaml': 'roster: []\n' });
    // The records folder (notes/) is relative to each reqdesk.yaml, so every settings folder searches its own.
    assert.deepEqual(discovery.searchPatterns([ROOT]), [
      { base: '/ws', globs: ['**/*.req.yaml', '**/*.req.yml', '**/*.cr.yaml', '**/*.cr.yml', 'notes/**/*.md', '**/*.risks.yaml', '**/*.risks.yml'] },
      { base: '/ws/other', globs: ['notes/**/*.md'] },
      { base: '/ws/specs', globs: ['*.yaml', 'requests/**/*.yaml', 'notes/**/*.md'] },
    ]);
    assert.deepEqual(discovery.searchPatterns(['/elsewhere']), [{ base: '/elsewhere', globs: ['**/*.req.yaml', '**/*.req.yml', '**/*.cr.yaml', '**/*.cr.yml', 'notes/**/*.md', '**/*.risks.yaml', '**/*.risks.yml'] }]);
    assert.deepEqual(WorkspaceDiscovery.searchExcludes(), ['**/node_modules/**', '**/.git/**']);
  });
});

describe('loadWorkspaceFiles', () => {
  it('loads settings shallow first, skips those in excluded folders, then the rest in sorted order', async () => {
    const index = new WorkspaceIndex();
    const discovery = new WorkspaceDiscovery({ settingsFor: (key) => index.settingsFor(key) });
    const text: Record<string, string> = { ...Object.fromEntries(Object.entries(NESTED).map(([p, t]) => [`${ROOT}/${p}`, t])), '/ws/vendor/reqdesk.yaml': 'files:\n  exclude: []\n' };
    const calls: string[] = [];
    const found = (paths: readonly string[]): FoundFile[] => paths.map((path) => ({ key: `${ROOT}/${path}`, root: ROOT }));
    const log = (what: string, files: readonly WorkspaceFile[]): void => {
      calls.push(`${what}: ${files.map((f) => `${f.key.slice(ROOT.length + 1)} ${f.kind}`).join(', ')}`);
    };
    const result = await loadWorkspaceFiles(discovery, {
      findSettings: async () => found(['vendor/reqdesk.yaml', 'specs/reqdesk.yaml', 'reqdesk.yaml']),
      loadSettings: async (files) => {
        log('settings', files);
        files.forEach((f) => index.update(f.key, text[f.key], { kind: 'settings' }));
      },
      findFiles: async () => [...found(['z.req.yaml', 'specs/api.yaml', 'vendor/a.req.yaml', 'a.req.yaml', 'specs/reqdesk.yaml', 'notes.txt']), { key: '/ws/vendor/b.req.yaml', root: ROOT, explicit: true }],
      loadFiles: async (files) => log('files', files),
    });
    assert.deepEqual(calls, [
      'settings: reqdesk.yaml settings',
      'settings: specs/reqdesk.yaml settings',
      'files: a.req.yaml requirements, specs/api.yaml requirements, vendor/b.req.yaml requirements, z.req.yaml requirements',
    ]);
    assert.equal(result.size, 6);
  });
});
