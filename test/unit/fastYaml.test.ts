import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileKindOf } from '../../src/core/fileKind';
import { parseFile } from '../../src/core/parsedFile';
import { readFastYaml } from '../../src/core/fastYaml';
import { ensureWorkspace } from '../../scripts/benchWorkspace';
import { hostileFiles, Random } from '../hostile/hostileFiles';
import { mutate } from '../hostile/mutations';
import { compareReaders } from './fastYamlCompare';

const REPO = path.join(__dirname, '../../..');
/** `npm run fuzz` raises it. */
const MUTANTS = Number(process.env.FUZZ_MUTANTS ?? 3000);

function yamlFilesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** Both readers through parseFile: the same findings, requirements (with their spans) and change request. */
function assertSameParse(name: string, text: string): void {
  const kind = fileKindOf(name.replace(/\\/g, '/')) ?? 'requirements';
  const strip = (parsed: ReturnType<typeof parseFile>): unknown => ({ ...parsed, requirements: parsed.requirements.map((r) => ({ ...r, lines: undefined })), changeRequest: parsed.changeRequest && { ...parsed.changeRequest, lines: undefined } });
  const fast = parseFile(name, text, kind, { maxBytes: 1e8 });
  const slow = parseFile(name, text, kind, { maxBytes: 1e8, yamlOnly: true });
  assert.deepEqual(strip(fast), strip(slow), `${name}: both readers give the same parsed file`);
}

/** Texts that the fast reader must read (all plain YAML) and that both readers must agree on. */
function assertReadAlike(name: string, text: string): void {
  const result = compareReaders(text);
  assert.equal(result.kind, 'fast', `${name}: the fast reader declined a plain file`);
  assert.deepEqual(result.kind === 'fast' ? result.differences : [], [], name);
}

describe('fast YAML reader: the same nodes, ranges and values as yaml, or it declines', () => {
  it('reads every example and fixture file as yaml does, and parseFile gives the same findings both ways', () => {
    const files = [...yamlFilesUnder(path.join(REPO, 'examples')), ...yamlFilesUnder(path.join(REPO, 'test/fixtures'))];
    assert.ok(files.length >= 15, `${files.length} files`);
    let fast = 0;
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const result = compareReaders(text);
      if (result.kind === 'fast') {
        fast++;
        assert.deepEqual(result.differences, [], file);
      }
      assertSameParse(path.relative(REPO, file), text);
    }
    // The examples are how people write these files: all of them take the fast path.
    for (const file of yamlFilesUnder(path.join(REPO, 'examples'))) {
      assertReadAlike(file, fs.readFileSync(file, 'utf8'));
    }
    assert.ok(fast >= files.length - 3, `${fast} of ${files.length} fixture files read fast`);
  });

  it('reads the 1,000-requirement bench workspace (LF and CRLF) as yaml does', function () {
    this.timeout(60_000);
    const ws = ensureWorkspace(path.join(REPO, 'bench-workspace'), 1000);
    for (const file of ws.files) {
      const text = fs.readFileSync(path.join(ws.root, file), 'utf8');
      assertReadAlike(file, text);
      assertReadAlike(`${file} (CRLF)`, text.replace(/\n/g, '\r\n'));
    }
    for (const file of ws.files.slice(0, 12)) {
      assertSameParse(file, fs.readFileSync(path.join(ws.root, file), 'utf8'));
    }
  });

  it('declines or agrees on every input of the YAML test suite', () => {
    const inputs = JSON.parse(fs.readFileSync(path.join(REPO, 'test/fixtures/yaml-test-suite/inputs.json'), 'utf8')) as Record<string, string>;
    let fast = 0;
    const ids = Object.keys(inputs);
    assert.ok(ids.length > 300);
    for (const id of ids) {
      const result = compareReaders(inputs[id]);
      if (result.kind === 'fast') {
        fast++;
        assert.deepEqual(result.differences, [], `test ${id}`);
      }
    }
    // The suite is mostly about what the subset leaves to yaml; the plain cases it holds are read.
    assert.ok(fast >= 25, `${fast} of ${ids.length} inputs read fast`);
  });

  it('declines every hostile file that yaml would report, and agrees on the rest', () => {
    for (const file of hostileFiles(3, 0.02)) {
      if (typeof file.content !== 'string') {
        continue;
      }
      const result = compareReaders(file.content);
      if (result.kind === 'fast') {
        assert.deepEqual(result.differences, [], file.name);
      }
    }
    // What must never take the fast path: each of these is a problem only yaml's path reports.
    for (const text of ['a: &x 1\nb: *x\n', 'a: !!str 1\n', '%YAML 1.2\n---\na: 1\n', 'a: 1\n---\nb: 2\n', '[a]: 1\n', '? a\n: 1\n', 'a: 1\na: 2\n', '<<: {a: 1}\n', '__proto__: 1\n', 'a: "x\n  y"\n', 'a: b\n  c\n', 'a:\tb\n', 'a: 1\rb: 2\n', 'a: \u001b\n', `${'a:\n'.repeat(1)}${Array.from({ length: 120 }, (_, i) => `${' '.repeat(i + 1)}k${i}:\n`).join('')}`]) {
      assert.equal(readFastYaml(text), undefined, JSON.stringify(text.slice(0, 40)));
    }
  });

  it(`agrees on ${MUTANTS} seeded mutants of the examples and the fixtures (a fifth of them with CRLF line ends)`, function () {
    this.timeout(Math.max(60_000, MUTANTS * 5));
    const bases = [...yamlFilesUnder(path.join(REPO, 'examples')), ...yamlFilesUnder(path.join(REPO, 'test/fixtures'))].map((file) => [file, fs.readFileSync(file, 'utf8')] as const);
    const random = new Random(11);
    let fast = 0;
    for (let i = 0; i < MUTANTS; i++) {
      const [file, original] = random.pick(bases);
      const mutant = mutate(random.next() < 0.3 ? mutate(original, random) : original, random);
      const text = random.next() < 0.2 ? mutant.replace(/\n/g, '\r\n') : mutant;
      const result = compareReaders(text);
      if (result.kind === 'fast') {
        fast++;
        assert.deepEqual(result.differences, [], `mutant ${i} of ${file}: ${JSON.stringify(text.slice(0, 400))}`);
        if (i % 10 === 0) {
          assertSameParse(path.relative(REPO, file), text);
        }
      }
    }
    // Enough of them stay plain to mean something.
    assert.ok(fast > MUTANTS / 6, `${fast} mutants read fast`);
    if (process.env.FUZZ_TALLY) {
      console.log({ mutants: MUTANTS, readFast: fast });
    }
  });
});
