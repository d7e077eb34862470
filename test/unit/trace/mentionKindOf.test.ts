import * as assert from 'node:assert/strict';
import type { FileKind } from '../../../src/core/model';
import { mentionKindOf, type MentionFiles } from '../../../src/core/trace/mentionKindOf';
import { DEFAULT_TRACE_GLOBS } from '../../../src/core/trace/traceGlobs';

/** Keys as the extension's index has them (URI strings); a nested project has its own reqdesk.yaml and globs. */
const ROOT = 'file:///work/shop';
const KINDS: Record<string, FileKind> = {
  [`${ROOT}/reqdesk.yaml`]: 'settings',
  [`${ROOT}/portal.req.yaml`]: 'requirements',
  [`${ROOT}/changes/CR-0001.cr.yaml`]: 'change-request',
  [`${ROOT}/notes/2026-11-02-kick-off.md`]: 'record',
  [`${ROOT}/project.risks.yaml`]: 'risks',
  [`${ROOT}/apps/web/reqdesk.yaml`]: 'settings',
};
const FILES: MentionFiles = {
  kindOf: (file) => KINDS[file],
  traceGlobsFor: (file) => (file.startsWith(`${ROOT}/apps/web/`) ? { code: ['lib/**'], tests: ['checks/**'] } : DEFAULT_TRACE_GLOBS),
};

describe('mentionKindOf', () => {
  it('records and change requests by their kind; requirement, risk and settings files mention nothing', () => {
    assert.deepEqual(Object.keys(KINDS).map((file) => mentionKindOf(file, ROOT, FILES)), [undefined, undefined, 'changeRequests', 'records', undefined, undefined]);
  });

  it('code and tests by the globs of the nearest reqdesk.yaml, relative to its folder', () => {
    const kinds = ['src/a.ts', 'src/a.test.ts', 'docs/a.md', 'apps/web/lib/a.ts', 'apps/web/checks/a.ts', 'apps/web/src/a.ts'].map((path) => mentionKindOf(`${ROOT}/${path}`, ROOT, FILES));
    assert.deepEqual(kinds, ['code', 'tests', undefined, 'code', 'tests', undefined]);
  });

  it('a ReqDesk file the index does not hold counts as nothing, whatever the globs say', () => {
    assert.equal(mentionKindOf(`${ROOT}/src/excluded.cr.yaml`, ROOT, FILES), undefined);
  });

  it('with no reqdesk.yaml, paths are relative to the folder searched', () => {
    const none: MentionFiles = { kindOf: () => undefined, traceGlobsFor: () => DEFAULT_TRACE_GLOBS };
    assert.equal(mentionKindOf('/repo/src/a.ts', '/repo', none), 'code');
    assert.equal(mentionKindOf('/repo/other/src/a.ts', '/repo', none), undefined);
  });
});
