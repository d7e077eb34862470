import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { setRequirementField } from '../../src/core/edit/requirementEdits';
import { applyTextEdits } from '../../src/core/edit/textEdit';
import { setValueAt } from '../../src/core/edit/yamlEdits';
import type { RequirementField } from '../../src/core/model';
import { parseFile } from '../../src/core/parsedFile';
import { screenedDocument } from '../../src/core/screenedParse';
import { WorkspaceIndex } from '../../src/core/workspaceIndex';
import { Random } from '../hostile/hostileFiles';
import { mutate } from '../hostile/mutations';

const EXAMPLES = path.join(__dirname, '../../../examples');
/** The head of a requirements file and its first `count` requirements: small files make many mutants cheap. */
function firstRequirements(text: string, count: number): string {
  const starts = [...text.matchAll(/^ {2}- id: /gm)].map((m) => m.index ?? 0);
  return starts.length > count ? text.slice(0, starts[count]) : text;
}

const REQUIREMENTS = ['requirements/portal.req.yaml', 'requirements/billing.req.yaml'].map((f) => firstRequirements(fs.readFileSync(path.join(EXAMPLES, f), 'utf8'), 2));
const CHANGE_REQUESTS = ['changes/CR-0003.cr.yaml', 'changes/CR-0005.cr.yaml'].map((f) => fs.readFileSync(path.join(EXAMPLES, f), 'utf8'));

/** The plain value `yaml` reads, for comparing texts before and after an edit. */
function valueOf(text: string): unknown {
  return screenedDocument(text).doc?.toJS();
}

/** The text between the common start and the common end of two texts: what an edit changed. */
function changedRegion(before: string, after: string): { start: number; endBefore: number } {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) {
    start++;
  }
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) {
    end++;
  }
  return { start, endBefore: before.length - end };
}

/** `npm run fuzz` raises these; the unit suite keeps its few seconds. */
const MUTANTS = Number(process.env.FUZZ_MUTANTS ?? 2000);
const SEED = Number(process.env.FUZZ_SEED ?? 7);

const FIELDS: readonly [RequirementField, string][] = [['status', 'done'], ['priority', 'low'], ['owner', 'bob'], ['title', 'Changed by the fuzz test']];

/**
 * Mutants of valid files: reading never throws or fails (a file-unreadable problem would mean it threw), and an
 * edit either changes exactly the one value asked for, inside the item it belongs to, or is refused.
 */
describe('mutation fuzz: damaged files are read and edited safely', () => {
  it(`reads ${MUTANTS} mutants of requirement and change-request files (seed ${SEED}), and every edit on them is exact or refused`, function () {
    this.timeout(Math.max(60_000, MUTANTS * 30));
    const random = new Random(SEED);
    const started = Date.now();
    const tally = { mutants: 0, clean: 0, applied: 0, refused: 0 };
    for (let i = 0; i < MUTANTS; i++) {
      const isRequirements = i % 4 !== 3;
      const original = random.pick(isRequirements ? REQUIREMENTS : CHANGE_REQUESTS);
      const text = mutate(original, random);
      tally.mutants++;
      const parsed = parseFile(isRequirements ? 'm.req.yaml' : 'm.cr.yaml', text, isRequirements ? 'requirements' : 'change-request', { maxBytes: 1e7 });
      assert.deepEqual(parsed.findings.filter((f) => f.ruleId === 'file-unreadable').map((f) => f.message), [], `mutant ${i}`);
      const index = new WorkspaceIndex();
      index.update(isRequirements ? 'm.req.yaml' : 'm.cr.yaml', text);
      index.findings(isRequirements ? 'm.req.yaml' : 'm.cr.yaml');
      if (parsed.hasSyntaxErrors) {
        continue;
      }
      tally.clean++;
      const before = valueOf(text) as Record<string, unknown>;
      if (isRequirements) {
        const requirement = parsed.requirements.find((r) => r.id && parsed.requirements.filter((o) => o.id === r.id).length === 1);
        if (!requirement) {
          continue;
        }
        const [field, value] = random.pick(FIELDS);
        const result = setRequirementField(text, requirement.id, field, value);
        if (!result.ok) {
          tally.refused++;
          assert.ok(result.refusal.message.length > 0);
          continue;
        }
        tally.applied++;
        const after = applyTextEdits(text, result.edits);
        const expected = structuredClone(before);
        ((expected.requirements as Record<string, unknown>[])[requirement.index])[field] = value;
        assert.deepEqual(valueOf(after), expected, `mutant ${i}: only ${field} of ${requirement.id} changed`);
        // Every byte outside the requirement's own item is as it was.
        const region = changedRegion(text, after);
        const item = { start: lineOffset(text, requirement.range.start.line), end: lineOffset(text, requirement.range.end.line + 1) };
        assert.ok(region.start >= item.start && region.endBefore <= item.end, `mutant ${i}: the edit stays inside ${requirement.id}`);
      } else {
        const result = setValueAt(text, ['title'], 'Changed by the fuzz test');
        if (!result.ok) {
          tally.refused++;
          continue;
        }
        tally.applied++;
        const after = applyTextEdits(text, result.edits);
        assert.deepEqual(valueOf(after), { ...before, title: 'Changed by the fuzz test' }, `mutant ${i}`);
      }
    }
    if (process.env.FUZZ_TALLY) {
      console.log({ ...tally, seconds: (Date.now() - started) / 1000 });
    }
    // The mutants reach every path: broken files, clean ones, applied and refused edits.
    const tenth = MUTANTS / 10;
    assert.ok(tally.clean > tenth && tally.applied > tenth && tally.mutants - tally.clean > tenth, JSON.stringify(tally));
  });
});

function lineOffset(text: string, line: number): number {
  let offset = 0;
  for (let i = 0; i < line; i++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) {
      return text.length;
    }
    offset = next + 1;
  }
  return offset;
}
