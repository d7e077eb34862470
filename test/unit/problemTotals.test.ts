import * as assert from 'node:assert/strict';
import type { Severity } from '../../src/core/finding';
import { ProblemTotals } from '../../src/core/problemTotals';
import { WorkspaceIndex } from '../../src/core/workspaceIndex';
import { Random } from '../hostile/hostileFiles';

type Counts = Record<Severity, number>;

/** The counts as a full recount of every file finds them. */
function recount(index: WorkspaceIndex): { totals: Counts; filesWithProblems: number; rules: Map<string, Counts>; files: Map<string, string[]> } {
  const totals: Counts = { error: 0, warning: 0, info: 0 };
  const rules = new Map<string, Counts>();
  const files = new Map<string, string[]>();
  let filesWithProblems = 0;
  for (const file of index.files()) {
    const findings = index.findings(file);
    filesWithProblems += findings.length > 0 ? 1 : 0;
    for (const finding of findings) {
      totals[finding.severity]++;
      const counts = rules.get(finding.ruleId) ?? { error: 0, warning: 0, info: 0 };
      counts[finding.severity]++;
      rules.set(finding.ruleId, counts);
      const withRule = files.get(finding.ruleId) ?? [];
      if (!withRule.includes(file)) {
        withRule.push(file);
      }
      files.set(finding.ruleId, withRule);
    }
  }
  return { totals, filesWithProblems, rules, files };
}

function kept(totals: ProblemTotals): ReturnType<typeof recount> {
  const rules = new Map([...totals.rules()].map(([ruleId, counts]) => [ruleId, { ...counts }]));
  const files = new Map([...rules.keys()].map((ruleId) => [ruleId, totals.filesWithRule(ruleId)]));
  return { totals: { ...totals.totals }, filesWithProblems: totals.filesWithProblems, rules, files };
}

function sortedRecord(value: ReturnType<typeof recount>): unknown {
  return {
    totals: value.totals,
    filesWithProblems: value.filesWithProblems,
    rules: [...value.rules].sort(([a], [b]) => a.localeCompare(b)),
    files: [...value.files].map(([ruleId, files]) => [ruleId, [...files].sort()]).sort(([a], [b]) => String(a).localeCompare(String(b))),
  };
}

/** A requirements file whose IDs, links and owners are drawn at random: duplicates, unknown links, missing owners. */
function requirementsText(random: Random): string {
  if (random.chance(0.1)) {
    return 'document: {prefix: P, title: Broken\nrequirements: [\n';
  }
  const lines = ['document:', '  prefix: P', '  title: Random', 'requirements:'];
  const count = random.between(0, 4);
  for (let i = 0; i < count; i++) {
    const id = `P-00${random.between(1, 6)}`;
    lines.push(`  - id: ${id}`, '    title: A requirement', '    priority: high');
    if (random.chance(0.7)) {
      lines.push(`    owner: ${random.pick(['alice', 'bob', 'zed'])}`);
    }
    if (random.chance(0.5)) {
      lines.push(`    links: [P-00${random.between(1, 9)}]`);
    }
  }
  if (count === 0) {
    lines[3] = 'requirements: []';
  }
  return `${lines.join('\n')}\n`;
}

function changeRequestText(random: Random): string {
  return `id: CR-000${random.between(1, 3)}\ntitle: Change\nstatus: ${random.pick(['submitted', 'approved', 'nonsense'])}\naffects: [P-00${random.between(1, 9)}]\n`;
}

describe('ProblemTotals', () => {
  it('matches a full recount after every step of a random sequence of updates and removals', () => {
    for (const seed of [1, 2, 3]) {
      const random = new Random(seed);
      const index = new WorkspaceIndex();
      const totals = new ProblemTotals(index);
      const names = [...['a', 'b', 'c', 'd', 'e', 'f'].map((n) => `${n}.req.yaml`), 'x.cr.yaml', 'y.cr.yaml', 'reqdesk.yaml'];
      for (let step = 0; step < 200; step++) {
        const file = random.pick(names);
        if (random.chance(0.2)) {
          index.remove(file);
        } else if (file.endsWith('.cr.yaml')) {
          index.update(file, changeRequestText(random));
        } else if (file === 'reqdesk.yaml') {
          index.update(file, random.chance(0.5) ? 'roster:\n  - { id: alice }\n' : 'rules:\n  missing-owner: info\n');
        } else {
          index.update(file, requirementsText(random));
        }
        // Read only now and then: the totals recount what changed meanwhile, each file once.
        if (random.chance(0.3)) {
          assert.deepEqual(sortedRecord(kept(totals)), sortedRecord(recount(index)), `seed ${seed}, step ${step}`);
        }
      }
      assert.deepEqual(sortedRecord(kept(totals)), sortedRecord(recount(index)), `seed ${seed}, at the end`);
      totals.dispose();
    }
  });

  it('counts the files an index held before it was made, and stops following once disposed', () => {
    const index = new WorkspaceIndex();
    index.update('a.req.yaml', 'document: {prefix: P, title: T}\nrequirements:\n  - {id: P-001, title: One, priority: high}\n');
    const totals = new ProblemTotals(index);
    assert.deepEqual(totals.totals, { error: 0, warning: 1, info: 0 }, 'the missing owner');
    assert.deepEqual([...totals.rules()], [['missing-owner', { error: 0, warning: 1, info: 0 }]]);
    assert.deepEqual(totals.filesWithRule('missing-owner'), ['a.req.yaml']);
    totals.dispose();
    index.remove('a.req.yaml');
    assert.deepEqual(totals.totals, { error: 0, warning: 1, info: 0 });
  });
});
