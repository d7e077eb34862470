import * as assert from 'node:assert/strict';
import type { Finding } from '../../src/core/finding';
import { decodeFileText } from '../../src/core/fileText';
import { LineMap } from '../../src/core/lineMap';
import { WorkspaceIndex } from '../../src/core/workspaceIndex';
import { hostileFiles, Random, validFiles, type HostileFile } from '../hostile/hostileFiles';
import { at, brief } from './workspaceBuilder';

/** What the core reads of a file: the text its bytes decode to, as both front ends decode them. */
function read(file: HostileFile): { text: string; bytes: number; problem: ReturnType<typeof decodeFileText>['problem'] } {
  const bytes = typeof file.content === 'string' ? new TextEncoder().encode(file.content) : file.content;
  const decoded = decodeFileText(bytes);
  return { text: decoded.text, bytes: bytes.length, problem: decoded.problem };
}

/** Indexes the valid files and the hostile ones in the given order; returns every file's problems. */
function check(hostile: readonly HostileFile[], order: readonly number[]): { index: WorkspaceIndex; texts: Map<string, string> } {
  const index = new WorkspaceIndex();
  const texts = new Map<string, string>();
  const valid = Object.entries(validFiles());
  for (const [path, text] of valid) {
    index.update(path, text);
    texts.set(path, text);
  }
  for (const i of order) {
    const file = hostile[i];
    const { text, bytes, problem } = read(file);
    texts.set(file.path, text);
    index.update(file.path, text, { byteSize: bytes, textProblem: problem });
  }
  return { index, texts };
}

/** A range the editor can show: inside the text, start before end. */
function outside(finding: Finding, lines: LineMap, text: string): string | undefined {
  const { start, end } = finding.range;
  for (const p of [start, end]) {
    if (p.line < 0 || p.line >= lines.lineCount || p.character < 0) {
      return `${finding.ruleId} ${at(finding.range)}: line outside the text`;
    }
    const length = lines.lineEnd(p.line) - lines.lineStart(p.line);
    if (p.character > length && !(text.length === 0 && p.character === 0)) {
      return `${finding.ruleId} ${at(finding.range)}: past the end of line ${p.line} (${length} characters)`;
    }
  }
  return start.line > end.line || (start.line === end.line && start.character > end.character) ? `${finding.ruleId} ${at(finding.range)}: ends before it starts` : undefined;
}

async function assertHostileChecked(hostile: readonly HostileFile[], order: readonly number[]): Promise<Map<string, readonly Finding[]>> {
  const warnings: string[] = [];
  const onWarning = (warning: Error): void => {
    warnings.push(warning.message);
  };
  process.on('warning', onWarning);
  try {
    const { index, texts } = check(hostile, order);
    const alone = check([], []).index;
    const result = new Map<string, readonly Finding[]>();
    const problems: string[] = [];
    for (const file of hostile) {
      const findings = index.findings(file.path);
      result.set(file.path, findings);
      const text = texts.get(file.path) ?? '';
      const lines = new LineMap(text);
      for (const finding of findings) {
        const wrong = outside(finding, lines, text);
        if (wrong) {
          problems.push(`${file.name}: ${wrong}`);
        }
      }
      if (file.rules.length > 0 && !findings.some((f) => file.rules.includes(f.ruleId))) {
        problems.push(`${file.name}: none of ${file.rules.join(', ')} among ${[...new Set(findings.map((f) => f.ruleId))].join(', ') || 'no problems'}`);
      }
    }
    assert.deepEqual(problems, []);
    // The valid files beside them are checked exactly as they are alone.
    for (const path of Object.keys(validFiles())) {
      assert.deepEqual(index.findings(path).map(brief), alone.findings(path).map(brief), path);
    }
    assert.deepEqual(index.requirementsWithId('PORTAL-001').length, 1);
    return result;
  } finally {
    // process.emitWarning reaches listeners on a later tick.
    await new Promise((resolve) => setImmediate(resolve));
    process.off('warning', onWarning);
    assert.deepEqual(warnings, [], 'nothing may reach process warnings (stderr)');
  }
}

describe('hostile input: nothing a workspace holds can stop the core', () => {
  it('reads the whole hostile set at full size in one process, beside valid files: every file has its problem, ranges inside the text', async function () {
    this.timeout(120_000);
    const hostile = hostileFiles(20261207);
    assert.ok(hostile.length >= 50, `${hostile.length} hostile files`);
    await assertHostileChecked(hostile, hostile.map((_, i) => i));
  });

  // `npm run fuzz` raises the number of seeds.
  const seeds = Array.from({ length: Number(process.env.FUZZ_SEEDS ?? 3) }, (_, i) => i + 1);
  for (const seed of seeds) {
    it(`gives each file the same problems in any order (seed ${seed}, reduced size)`, async function () {
      this.timeout(60_000);
      const hostile = hostileFiles(seed, 0.02);
      const inOrder = await assertHostileChecked(hostile, hostile.map((_, i) => i));
      const shuffled = await assertHostileChecked(hostile, new Random(seed).shuffle(hostile.map((_, i) => i)));
      for (const [path, findings] of inOrder) {
        assert.deepEqual(shuffled.get(path)?.map(brief), findings.map(brief), path);
      }
    });
  }
});
