import * as assert from 'node:assert/strict';
import type { FileKind } from '../../../src/core/model';
import { DEFAULT_TRACE_GLOBS, mentionKindOf, traceGlobPath, type TraceGlobs } from '../../../src/core/trace/traceGlobs';

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
const globsFor = (file: string): TraceGlobs => (file.startsWith(`${ROOT}/apps/web/`) ? { code: ['lib/**'], tests: ['checks/**'] } : DEFAULT_TRACE_GLOBS);
const kindOf = (file: string): ReturnType<typeof mentionKindOf> =>
  mentionKindOf(globsFor(file), KINDS[file], traceGlobPath(file, ROOT, (folder) => KINDS[`${folder}/reqdesk.yaml`] === 'settings'));

describe('mentionKindOf and traceGlobPath', () => {
  it('records and change requests by their kind; requirement, risk and settings files mention nothing', () => {
    assert.deepEqual(Object.keys(KINDS).map(kindOf), [undefined, undefined, 'changeRequests', 'records', undefined, undefined]);
  });

  it('code and tests by the globs of the nearest reqdesk.yaml, relative to its folder', () => {
    const kinds = ['src/a.ts', 'src/a.test.ts', 'docs/a.md', 'apps/web/lib/a.ts', 'apps/web/checks/a.ts', 'apps/web/src/a.ts'].map((path) => kindOf(`${ROOT}/${path}`));
    assert.deepEqual(kinds, ['code', 'tests', undefined, 'code', 'tests', undefined]);
  });

  it('with no reqdesk.yaml, paths are relative to the folder searched', () => {
    assert.equal(traceGlobPath('/repo/src/a.ts', '/repo', () => false), 'src/a.ts');
    assert.equal(mentionKindOf(DEFAULT_TRACE_GLOBS, undefined, traceGlobPath('/repo/other/src/a.ts', '/repo', () => false)), undefined);
  });
});
