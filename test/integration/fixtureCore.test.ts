// Cross-checks the hand-computed expectations against the core alone (no VS Code), so a failing
// diagnostics test points at the extension's wiring rather than at a wrong expectation.
// Runs inside the extension host with the rest of the suite, and on plain Node too:
//   npx mocha --no-config --ui tdd out/test/integration/fixtureCore.test.js
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { WorkspaceIndex } from '../../src/core/workspaceIndex';
import {
  BAD_PROBLEMS, BAD_PROBLEMS_AFTER_OWNER_EDIT, CHANGE_REQUEST_PROBLEMS, FIXTURE_FILES, OWNER_EDIT,
  insertLine, sortProblems, type ExpectedProblem,
} from './fixtureExpectations';

/** The fixture in the repository (read only); compiled tests live in out/test/integration. */
const FIXTURE = path.resolve(__dirname, '../../../test/fixtures/workspace');

function problemsOf(index: WorkspaceIndex, file: string): ExpectedProblem[] {
  return sortProblems(
    index.findings(file).map((f) => ({
      code: f.ruleId,
      severity: f.severity,
      range: [f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character] as const,
    })),
  );
}

suite('Fixture workspace, checked by the core alone', () => {
  let index: WorkspaceIndex;

  setup(() => {
    index = new WorkspaceIndex();
    for (const file of Object.values(FIXTURE_FILES)) {
      index.update(file, fs.readFileSync(path.join(FIXTURE, file), 'utf8'));
    }
  });

  test('bad.req.yaml has exactly the expected problems', () => {
    assert.deepEqual(problemsOf(index, FIXTURE_FILES.bad), sortProblems(BAD_PROBLEMS));
  });

  test('the change request is flagged as approved without a decision', () => {
    assert.deepEqual(problemsOf(index, FIXTURE_FILES.changeRequest), sortProblems(CHANGE_REQUEST_PROBLEMS));
  });

  test('portal.req.yaml and reqdesk.yaml are clean', () => {
    assert.deepEqual(problemsOf(index, FIXTURE_FILES.portal), []);
    assert.deepEqual(problemsOf(index, FIXTURE_FILES.settings), []);
  });

  test('adding an owner to BAD-001 leaves the other problems, one line lower', () => {
    const text = fs.readFileSync(path.join(FIXTURE, FIXTURE_FILES.bad), 'utf8');
    index.update(FIXTURE_FILES.bad, insertLine(text, OWNER_EDIT.line, OWNER_EDIT.text));
    assert.deepEqual(problemsOf(index, FIXTURE_FILES.bad), sortProblems(BAD_PROBLEMS_AFTER_OWNER_EDIT));
  });
});
