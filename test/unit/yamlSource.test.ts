import * as assert from 'node:assert/strict';
import { keyRange, valueRange } from '../../src/core/fieldSpans';
import { LineMap } from '../../src/core/lineMap';
import { parseYamlSource, stripBom } from '../../src/core/yamlSource';
import { decodeFileText } from '../../src/core/fileText';
import { parseFile } from '../../src/core/parsedFile';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { at, brief, indexOf, parse, problems, yaml } from './workspaceBuilder';

const LIMIT = { maxBytes: DEFAULT_SETTINGS.maxFileBytes };
const DUPLICATE_KEY_TAIL = 'a key may appear only once in a mapping (the later value would silently replace the earlier one).';
const NEEDS_DOCUMENT = 'A requirements document needs a mapping with document: and requirements:.';

describe('yamlSource: reading YAML text', () => {
  describe('syntax errors', () => {
    it('reports an unclosed flow sequence at its opening bracket, not where the next item starts', () => {
      const source = parseYamlSource(yaml`
        document:
          prefix: P
          title: T
        requirements:
          - id: P-001
            title: x
            links: [P-002, P-003
          - id: P-002
            title: y
      `, LIMIT);
      assert.equal(source.hasSyntaxErrors, true);
      assert.deepEqual(brief(source.findings[0]), {
        ruleId: 'yaml-syntax',
        severity: 'error',
        message: 'YAML syntax error: this [ is not closed by a ] (or a line inside it is not indented enough).',
        range: '6:11-6:12',
      });
      // What follows are yaml's own consequences of the same mistake: all syntax errors, none before the bracket.
      for (const finding of source.findings) {
        assert.equal(finding.ruleId, 'yaml-syntax');
        assert.ok(finding.range.start.line >= 6, at(finding.range));
      }
    });

    it('reports an unclosed flow mapping at its brace, also at the end of the file', () => {
      const source = parseYamlSource('document: { prefix: P, title: T\n', LIMIT);
      assert.deepEqual(source.findings.map(brief), [{
        ruleId: 'yaml-syntax',
        severity: 'error',
        message: 'YAML syntax error: this { is not closed by a } (or a line inside it is not indented enough).',
        range: '0:10-0:11',
      }]);
    });

    it('points each of several nested unclosed brackets at its own opening', () => {
      const source = parseYamlSource('a: [x, {y: 1, z: [1\n', LIMIT);
      assert.deepEqual(source.findings.map((f) => at(f.range)), ['0:3-0:4', '0:7-0:8', '0:17-0:18']);
      assert.deepEqual(source.findings.map((f) => f.message.slice(0, 26)), [
        'YAML syntax error: this [ ', 'YAML syntax error: this { ', 'YAML syntax error: this [ ',
      ]);
    });

    it('reports a duplicate key on the later key itself, naming it', () => {
      const source = parseYamlSource(yaml`
        document:
          prefix: P
          title: T
        requirements:
          - id: P-001
            title: x
            title: y
      `, LIMIT);
      assert.equal(source.hasSyntaxErrors, true);
      assert.deepEqual(source.findings.map(brief), [{
        ruleId: 'duplicate-key',
        severity: 'error',
        message: `Duplicate key 'title': ${DUPLICATE_KEY_TAIL}`,
        range: '6:4-6:9',
      }]);
    });

    it('reports a duplicate key in a flow mapping and a quoted key, without spaces before the colon', () => {
      const source = parseYamlSource('decision: { by: alice, by: bob }\n"owner" : a\n"owner" : b\n', LIMIT);
      assert.deepEqual(source.findings.map(brief), [
        { ruleId: 'duplicate-key', severity: 'error', message: `Duplicate key 'by': ${DUPLICATE_KEY_TAIL}`, range: '0:23-0:25' },
        { ruleId: 'duplicate-key', severity: 'error', message: `Duplicate key '"owner"': ${DUPLICATE_KEY_TAIL}`, range: '2:0-2:7' },
      ]);
    });

    it('refuses tabs as indentation, pointing at the tab', () => {
      const source = parseYamlSource('document:\n\tprefix: P\n  title: T\nrequirements: []\n', LIMIT);
      assert.equal(source.hasSyntaxErrors, true);
      assert.deepEqual(brief(source.findings[0]), {
        ruleId: 'yaml-syntax',
        severity: 'error',
        message: 'Tabs are not allowed for indentation in YAML: indent with spaces.',
        range: '1:0-1:1',
      });
    });

    it('does not mind a tab inside a value', () => {
      const source = parseYamlSource('document:\n  prefix: P\n  title: "a\tb"\nrequirements: []\n', LIMIT);
      assert.deepEqual(source.findings, []);
    });

    it('refuses a second document, pointing at its ---', () => {
      const source = parseYamlSource(yaml`
        document:
          prefix: P
          title: T
        requirements: []
        ---
        other: 1
      `, LIMIT);
      assert.deepEqual(source.findings.map(brief), [{
        ruleId: 'yaml-syntax',
        severity: 'error',
        message: 'The file holds more than one YAML document (a second ---): ReqDesk reads exactly one per file.',
        range: '4:0-4:3',
      }]);
    });

    it('accepts one document that starts with an explicit --- marker', () => {
      const parsed = parse('---\ndocument:\n  prefix: P\n  title: T\nrequirements: []\n');
      assert.deepEqual(parsed.findings, []);
      assert.equal(parsed.hasSyntaxErrors, false);
    });

    it('does not validate against the schema when the YAML is broken', () => {
      // "priorty" would be a schema error; with a syntax error only the syntax is reported.
      const parsed = parse('document:\n  prefix: P\n  title: T\nrequirements:\n  - id: P-001\n    title: [x\n    priorty: high\n');
      assert.ok(parsed.findings.length > 0);
      assert.deepEqual(parsed.findings.filter((f) => f.ruleId !== 'yaml-syntax'), []);
    });
  });

  describe('line breaks and byte order marks', () => {
    const lf = yaml`
      document:
        prefix: P
        title: T
      requirements:
        - id: P-001
          title: x
          priority: urgent
          owner: 5
          links: [P-001, P-009]
    `;
    const expected = [
      { ruleId: 'invalid-priority', severity: 'error', message: "priority must be one of critical, high, medium, low (it is 'urgent').", range: '6:14-6:20' },
      { ruleId: 'schema', severity: 'error', message: "owner must be text (it is '5').", range: '7:11-7:12' },
      { ruleId: 'unknown-link', severity: 'warning', message: 'P-001 links to itself.', range: '8:12-8:17' },
      { ruleId: 'unknown-link', severity: 'warning', message: 'Link to unknown requirement P-009: no requirement in the workspace has this ID.', range: '8:19-8:24' },
    ];

    it('places problems exactly in a file with LF line breaks', () => {
      assert.deepEqual(problems(indexOf({ 'a.req.yaml': lf }), 'a.req.yaml'), expected);
    });

    it('places problems at the same characters with CRLF line breaks (no shift by \\r)', () => {
      const crlf = lf.replace(/\n/g, '\r\n');
      assert.deepEqual(problems(indexOf({ 'a.req.yaml': crlf }), 'a.req.yaml'), expected);
    });

    it('keeps \\r out of value and key spans with CRLF line breaks', () => {
      const parsed = parse(lf.replace(/\n/g, '\r\n'));
      const title = parsed.requirements[0];
      const [key, value] = [keyRange(title, 'title'), valueRange(title, 'title')];
      assert.equal(key && at(key), '5:4-5:9');
      assert.equal(value && at(value), '5:11-5:12');
      const lineMap = new LineMap(lf.replace(/\n/g, '\r\n'));
      assert.equal(lineMap.lineEnd(5), lineMap.lineStart(5) + '    title: x'.length);
    });

    it('reports a duplicate key at the same range with CRLF line breaks', () => {
      const source = parseYamlSource('document:\r\n  prefix: P\r\n  prefix: Q\r\n', LIMIT);
      assert.deepEqual(source.findings.map(brief), [
        { ruleId: 'duplicate-key', severity: 'error', message: `Duplicate key 'prefix': ${DUPLICATE_KEY_TAIL}`, range: '2:2-2:8' },
      ]);
    });

    it('ends first-line ranges before the \r of a CRLF line break', () => {
      assert.deepEqual(parse('- id: P-001\r\n- id: P-002\r\n').findings.map((f) => at(f.range)), ['0:0-0:11']);
      const tooLarge = parseYamlSource('document:\r\n  prefix: P\r\n', { maxBytes: 5, byteSize: 6 });
      assert.deepEqual(tooLarge.findings.map((f) => at(f.range)), ['0:0-0:9']);
      const emptyTitle = parse('document:\r\n  prefix: P\r\n  title:\r\nrequirements: []\r\n');
      assert.deepEqual(emptyTitle.findings.map(brief), [
        { ruleId: 'schema', severity: 'error', message: 'title must be text (it is empty).', range: '2:8-2:8' },
      ]);
    });

    it('strips a byte order mark, so ranges are as if it were not there', () => {
      const withBom = `\uFEFF${lf}`;
      const source = parseYamlSource(withBom, LIMIT);
      assert.equal(source.text, lf);
      assert.equal(stripBom(withBom), lf);
      assert.equal(stripBom(lf), lf);
      assert.deepEqual(problems(indexOf({ 'a.req.yaml': withBom }), 'a.req.yaml'), expected);
    });

    it('strips a byte order mark on the first line of a broken file too', () => {
      const source = parseYamlSource('\uFEFFdocument:\n  title: T\n  title: U\n', LIMIT);
      assert.deepEqual(source.findings.map(brief), [
        { ruleId: 'duplicate-key', severity: 'error', message: `Duplicate key 'title': ${DUPLICATE_KEY_TAIL}`, range: '2:2-2:7' },
      ]);
    });
  });

  describe('aliases', () => {
    /** The "billion laughs": 9 levels of 9 aliases each expand to 9^9 (387,420,489) strings. */
    function aliasBomb(): string {
      const names = 'abcdefghi';
      let text = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
      for (let level = 1; level < names.length; level++) {
        text += `${names[level]}: &${names[level]} [${Array(9).fill(`*${names[level - 1]}`).join(',')}]\n`;
      }
      return text;
    }

    it('refuses an alias bomb quickly, at the first alias', () => {
      const started = process.hrtime.bigint();
      const source = parseYamlSource(aliasBomb(), LIMIT);
      const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
      assert.deepEqual(source.findings.map(brief), [{
        ruleId: 'yaml-alias',
        severity: 'error',
        message: 'Aliases expand to more than 100,000 nodes: refused as a possible alias bomb. Write the values out instead of nesting aliases.',
        range: '1:7-1:9',
      }]);
      assert.equal(source.value, undefined);
      assert.equal(source.hasSyntaxErrors, true);
      // Typically ~10 ms; the bound is generous so that a busy machine cannot make this flaky.
      assert.ok(elapsedMs < 1000, `took ${elapsedMs.toFixed(0)} ms`);
    });

    it('refuses an alias bomb in a requirements file without a crash or further problems', () => {
      const parsed = parse(aliasBomb());
      assert.deepEqual(parsed.findings.map((f) => f.ruleId), ['yaml-alias']);
      assert.deepEqual(parsed.requirements, []);
    });

    it('accepts a few ordinary aliases', () => {
      const parsed = parse(yaml`
        document:
          prefix: P
          title: T
        requirements:
          - id: P-001
            title: x
            tags: &web [web, ui]
          - id: P-002
            title: y
            tags: *web
      `);
      assert.deepEqual(parsed.findings, []);
      assert.deepEqual(parsed.requirements.map((r) => r.data.tags), [['web', 'ui'], ['web', 'ui']]);
    });

    it('accepts one anchor reused by hundreds of requirements (plain reuse is no bomb)', () => {
      let text = 'document:\n  prefix: P\n  title: T\nrequirements:\n';
      for (let i = 1; i <= 500; i++) {
        text += `  - id: P-${String(i).padStart(3, '0')}\n    title: x\n    owner: ${i === 1 ? '&lead alice' : '*lead'}\n    tags: ${i === 1 ? '&tags [web, ui]' : '*tags'}\n`;
      }
      const parsed = parse(text);
      assert.deepEqual(parsed.findings, []);
      assert.equal(parsed.requirements.length, 500);
      assert.equal(parsed.requirements[499].data.owner, 'alice');
    });

    it('refuses more than 1,000 aliases quickly (yaml resolves each by scanning all before it)', () => {
      let text = 'document:\n  prefix: P\n  title: T\nrequirements:\n';
      for (let i = 1; i <= 5000; i++) {
        text += `  - { id: P-${String(i).padStart(4, '0')}, title: x, owner: ${i === 1 ? '&lead alice' : '*lead'} }\n`;
      }
      const started = process.hrtime.bigint();
      const parsed = parse(text);
      const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
      assert.deepEqual(parsed.findings.map(brief), [{
        ruleId: 'yaml-alias',
        severity: 'error',
        message: 'The file uses more than 1,000 aliases (*name): refused, reading them would take too long. Write the values out instead.',
        range: '5:35-5:40',
      }]);
      // yaml would take seconds to resolve the 4,999 aliases; refusing costs about a parse (~0.2 s). The bound is generous.
      assert.ok(elapsedMs < 5000, `took ${elapsedMs.toFixed(0)} ms`);
    });

    it('refuses an alias inside the node its anchor marks (a value containing itself), on that alias', () => {
      const parsed = parse(yaml`
        document:
          prefix: P
          title: T
        requirements: &all
          - id: P-001
            title: x
            links: *all
      `);
      assert.deepEqual(parsed.findings.map(brief), [{
        ruleId: 'yaml-alias',
        severity: 'error',
        message: 'Alias *all is inside the node its anchor &all marks: the value would contain itself.',
        range: '6:11-6:15',
      }]);
      assert.deepEqual(parsed.requirements, []);
    });

    it('reports an alias whose anchor is not defined, on the alias', () => {
      const source = parseYamlSource(yaml`
        document:
          prefix: P
          title: T
        requirements:
          - id: P-001
            title: *foo
      `, LIMIT);
      assert.deepEqual(source.findings.map(brief), [{
        ruleId: 'yaml-alias',
        severity: 'error',
        message: 'Alias *foo refers to an anchor &foo that is not defined before it.',
        range: '5:11-5:15',
      }]);
      assert.equal(source.value, undefined);
    });
  });

  describe('empty files and the wrong root', () => {
    const cases: [string, string][] = [['an empty file', ''], ['a file of blank lines', '\n  \n\n'], ['a comment-only file', '# only a comment\n# and another\n']];
    for (const [what, text] of cases) {
      it(`reports ${what} as empty-file at the start`, () => {
        assert.deepEqual(parse(text).findings.map(brief), [
          { ruleId: 'empty-file', severity: 'error', message: `The file is empty. ${NEEDS_DOCUMENT}`, range: '0:0-0:0' },
        ]);
      });
    }

    it('reports an empty change request and, as info only, an empty reqdesk.yaml', () => {
      assert.deepEqual(parse('', 'change-request').findings.map(brief), [{
        ruleId: 'empty-file', severity: 'error',
        message: 'The file is empty. A change request needs a mapping with id:, title:, status: and affects:.',
        range: '0:0-0:0',
      }]);
      assert.deepEqual(parse('# settings come later\n', 'settings').findings.map(brief), [{
        ruleId: 'empty-file', severity: 'info', message: 'The file is empty. reqdesk.yaml needs a mapping of settings.', range: '0:0-0:0',
      }]);
    });

    it('reports a list at the root on its first line only', () => {
      const parsed = parse('- id: P-001\n  title: x\n- id: P-002\n');
      assert.deepEqual(parsed.findings.map(brief), [{
        ruleId: 'invalid-root', severity: 'error', message: `The file holds a list at the top level. ${NEEDS_DOCUMENT}`, range: '0:0-0:11',
      }]);
      assert.deepEqual(parsed.requirements, []);
    });

    it('reports a single value at the root', () => {
      assert.deepEqual(parse('# a note\nhello world\n').findings.map(brief), [{
        ruleId: 'invalid-root', severity: 'error', message: `The file holds a single value at the top level. ${NEEDS_DOCUMENT}`, range: '1:0-1:11',
      }]);
      assert.deepEqual(parse('42\n', 'change-request').findings.map(brief), [{
        ruleId: 'invalid-root', severity: 'error',
        message: 'The file holds a single value at the top level. A change request needs a mapping with id:, title:, status: and affects:.',
        range: '0:0-0:2',
      }]);
    });
  });

  describe('size', () => {
    const small = 'document:\n  prefix: P\n  title: T\nrequirements: []\n';

    it('does not read a file over the limit, reporting its size on the first line', () => {
      const source = parseYamlSource(small, { maxBytes: 5 * 1024 * 1024, byteSize: 6 * 1024 * 1024 });
      assert.deepEqual(source.findings.map(brief), [{
        ruleId: 'file-too-large',
        severity: 'error',
        message: 'File is 6.0 MB, over the 5.0 MB limit (files.max_size_mb in reqdesk.yaml): it was not read.',
        range: '0:0-0:9',
      }]);
      assert.equal(source.doc, undefined);
      assert.equal(source.value, undefined);
      assert.equal(source.hasSyntaxErrors, true);
    });

    it('uses the text length when the size on disk is not known', () => {
      const text = `${small}# ${'x'.repeat(20 * 1024)}\n`;
      const source = parseYamlSource(text, { maxBytes: 10 * 1024 });
      assert.deepEqual(source.findings.map(brief), [{
        ruleId: 'file-too-large',
        severity: 'error',
        message: 'File is 20.1 KB, over the 10.0 KB limit (files.max_size_mb in reqdesk.yaml): it was not read.',
        range: '0:0-0:9',
      }]);
    });

    it('gives exact byte counts when rounding would show the size equal to the limit', () => {
      const limit = 5 * 1024 * 1024;
      const source = parseYamlSource(small, { maxBytes: limit, byteSize: limit + 1 });
      assert.equal(source.findings[0].message, 'File is 5242881 bytes, over the 5242880 bytes limit (files.max_size_mb in reqdesk.yaml): it was not read.');
    });

    it('reads a file exactly at the limit', () => {
      const source = parseYamlSource(small, { maxBytes: small.length });
      assert.deepEqual(source.findings, []);
      assert.notEqual(source.doc, undefined);
    });

    it('gives a parsed file with no requirements when the file is too large', () => {
      const parsed = parse(small, 'requirements', 10);
      assert.deepEqual(parsed.findings.map((f) => f.ruleId), ['file-too-large']);
      assert.deepEqual(parsed.requirements, []);
      assert.deepEqual(parsed.header, {});
    });

    it('reads a huge but legal file of 5,000 requirements without a problem', () => {
      const lines = ['document:', '  prefix: BIG', '  title: Big table', 'requirements:'];
      for (let i = 1; i <= 5000; i++) {
        const id = `BIG-${String(i).padStart(4, '0')}`;
        lines.push(`  - id: ${id}`, `    title: Requirement number ${i}`, '    priority: medium', `    owner: owner${i % 7}`, '    status: new',
          `    links: [BIG-${String((i % 4999) + 1).padStart(4, '0')}]`);
      }
      const text = `${lines.join('\n')}\n`;
      assert.ok(text.length > 500_000);
      const parsed = parse(text);
      assert.deepEqual(parsed.findings, []);
      assert.equal(parsed.requirements.length, 5000);
      const last = parsed.requirements[4999];
      assert.equal(last.id, 'BIG-5000');
      assert.equal(at(last.headRange), `${4 + 4999 * 6}:4-${4 + 4999 * 6}:16`);
    });
  });

  describe('constructs the reader accepts but these files cannot use', () => {
    /** Runs `read` and returns what reached process warnings meanwhile (yaml prints them to stderr). */
    async function processWarnings(read: () => void): Promise<string[]> {
      const seen: string[] = [];
      const listener = (warning: Error): void => {
        seen.push(warning.message);
      };
      process.on('warning', listener);
      try {
        read();
        await new Promise((resolve) => setImmediate(resolve));
      } finally {
        process.off('warning', listener);
      }
      return seen;
    }

    it('reports a collection used as a key at the key, with nothing on stderr', async () => {
      let flow: ReturnType<typeof parseYamlSource> | undefined;
      let explicit: ReturnType<typeof parseYamlSource> | undefined;
      const warnings = await processWarnings(() => {
        flow = parseYamlSource('document:\n  prefix: P\n  title: T\nrequirements:\n  - id: P-001\n    [a, b]: c\n', LIMIT);
        explicit = parse('document:\n  prefix: P\n  title: T\nrequirements:\n  - id: P-001\n    title: x\n    ? [a]\n    : b\n') as unknown as ReturnType<typeof parseYamlSource>;
      });
      assert.deepEqual(warnings, []);
      assert.deepEqual(flow?.findings.filter((f) => f.ruleId === 'complex-key').map(brief), [{
        ruleId: 'complex-key', severity: 'error',
        message: 'A list or mapping is used as a key here ([a, b]): keys in ReqDesk files are plain names.',
        range: '5:4-5:10',
      }]);
      assert.equal(flow?.hasSyntaxErrors, true);
      // The only problem, at the key: no schema problem about a stringified key at the requirement's start.
      assert.deepEqual(explicit?.findings.map(brief), [{
        ruleId: 'complex-key', severity: 'error',
        message: 'A list or mapping is used as a key here ([a]): keys in ReqDesk files are plain names.',
        range: '6:6-6:9',
      }]);
    });

    it('calls warnings what they are: an unknown directive, an unknown or unfitting tag, other warnings', () => {
      const source = parseYamlSource('%FOO bar\n---\na: !shout loud\nb: !!int twelve\nc: &x: 1\n', LIMIT);
      assert.deepEqual(source.findings.map(brief), [
        { ruleId: 'yaml-warning', severity: 'warning', message: 'Unknown YAML directive %FOO: YAML ignores it.', range: '0:0-0:8' },
        { ruleId: 'yaml-warning', severity: 'warning', message: 'The YAML tag !shout is unknown or does not fit the value here: the value is read as if it had no tag.', range: '2:3-2:9' },
        { ruleId: 'yaml-warning', severity: 'warning', message: 'The YAML tag !!int is unknown or does not fit the value here: the value is read as if it had no tag.', range: '3:3-3:8' },
        { ruleId: 'yaml-warning', severity: 'warning', message: 'YAML warning: Anchor ending in : is ambiguous.', range: '4:5-4:6' },
      ]);
      assert.equal(source.hasSyntaxErrors, false);
    });

    it('reports the first control character YAML does not allow, and never edits the file', () => {
      const source = parseYamlSource('a: "x"\nb: red \u001b[31m bell \u0007\n', LIMIT);
      assert.deepEqual(source.findings.map(brief), [{
        ruleId: 'yaml-syntax', severity: 'error',
        message: 'The text holds the control character U+001B, which YAML does not allow (most editors do not show it): remove it.',
        range: '1:7-1:8',
      }]);
      assert.equal(source.hasSyntaxErrors, true);
      assert.deepEqual(parseYamlSource('a: tab\there, NEL \u0085 and emoji \ud83d\ude00 are fine\n', LIMIT).findings, []);
      assert.equal(parseYamlSource('a: half \ud83d\n', LIMIT).findings[0]?.message.slice(0, 50), 'The text holds the control character U+D83D, which');
    });

    it('finds duplicate keys in one pass, by the property name the value would have', () => {
      const keys = Array.from({ length: 50_000 }, (_, i) => `k${i}: ${i}`);
      const source = parseYamlSource(`${keys.join('\n')}\nk7: again\n1: a\n"1": b\n`, LIMIT);
      assert.deepEqual(source.findings.map(brief), [
        { ruleId: 'duplicate-key', severity: 'error', message: DUPLICATE_KEY_TAIL.replace(/^/, "Duplicate key 'k7': "), range: '50000:0-50000:2' },
        { ruleId: 'duplicate-key', severity: 'error', message: DUPLICATE_KEY_TAIL.replace(/^/, "Duplicate key '\"1\"': "), range: '50002:0-50002:3' },
      ]);
    });
  });

  describe('problems with the bytes, and files that cannot be read', () => {
    it('reports binary and UTF-16 files without reading them, and invalid UTF-8 where it starts', () => {
      const read = (bytes: Uint8Array): ReturnType<typeof parseFile> => {
        const text = decodeFileText(bytes);
        return parseFile('a.req.yaml', text.text, 'requirements', { maxBytes: 1e6, textProblem: text.problem });
      };
      assert.deepEqual(read(new Uint8Array([0x61, 0x3a, 0x00, 0x62])).findings.map(brief), [{
        ruleId: 'file-encoding', severity: 'error', message: 'The file holds NUL bytes, so it is not a text file: it was not read.', range: '0:0-0:0',
      }]);
      assert.equal(read(new Uint8Array([0xff, 0xfe, 0x61, 0x00])).findings[0].message.slice(0, 37), 'The file is saved as UTF-16, and ReqD');
      const latin1 = read(new Uint8Array([...new TextEncoder().encode('document:\n  prefix: P\n  title: caf'), 0xe9, 0x0a, ...new TextEncoder().encode('requirements: []\n')]));
      assert.deepEqual(latin1.findings.map(brief), [{
        ruleId: 'file-encoding', severity: 'error',
        message: 'The file is not valid UTF-8 from here on: bytes that are not UTF-8 read as \uFFFD, and ReqDesk does not edit the file. Save it as UTF-8.',
        range: '2:12-2:13',
      }]);
      assert.equal(latin1.header.title, 'caf\uFFFD');
      assert.equal(latin1.hasSyntaxErrors, true, 'never edited');
    });

    it('lists the first 100 reading problems and says how many more there were, with the worst severity', () => {
      const parsed = parse(`a: ${'"'.repeat(1001)}`);
      assert.equal(parsed.findings.length, 101);
      const last = parsed.findings[100];
      assert.deepEqual([last.ruleId, last.severity], ['too-many-problems', 'error']);
      assert.match(last.message, /^\d+ more problems in this file are not listed: fix the ones above first\.$/);
      const many = parse(`document:\n  prefix: P\n  title: T\nrequirements:\n  - id: P-001\n    title: T\n${Array.from({ length: 5000 }, (_, i) => `    x${i}: 1\n`).join('')}`);
      assert.equal(many.findings.length, 101);
      assert.deepEqual(many.findings.slice(0, 100).map((f) => f.ruleId), Array(100).fill('schema'));
      assert.equal(many.findings[100].message, '4900 more problems in this file are not listed: fix the ones above first.');
    });
  });
});
