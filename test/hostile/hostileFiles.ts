/**
 * A seeded generator of hostile workspace files: text that has stopped or could stop a YAML reader, beside plain
 * valid files. The unit suite, the CLI suite and the extension-host suite all take their inputs from here, so the
 * three front ends meet the same files. Each case names the rules of which at least one must be reported for it;
 * nothing else is assumed of it (no throw, no crash, ranges inside the text are checked by the tests).
 *
 * `scale` shrinks the large cases (a 10 MB line, a million-item list) for runs that repeat the set; 1 is full size.
 */

import { Random as SeededRandom } from '../../scripts/benchWorkspace';

export interface HostileFile {
  readonly name: string;
  /** Path relative to the workspace root: the extension tells the kind (.req.yaml, .cr.yaml, reqdesk.yaml). */
  readonly path: string;
  readonly content: string | Uint8Array;
  /** At least one of these rule ids must be among the file's problems. */
  readonly rules: readonly string[];
}

/**
 * The bench's seeded generator (mulberry32: the same seed, the same files), with the inclusive ranges and the
 * shuffle the hostile cases use.
 */
export class Random extends SeededRandom {
  /** An integer in [min, max]. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = this.between(0, i);
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  }
}

/** A valid requirements document with `count` clean requirements: the ground every hostile case is dug into. */
export function validRequirements(prefix: string, count: number, extra: (i: number) => string = () => ''): string {
  const items = Array.from({ length: count }, (_, i) => {
    const id = `${prefix}-${String(i + 1).padStart(3, '0')}`;
    return `  - id: ${id}\n    title: Requirement ${i + 1}\n    priority: high\n    owner: alice\n    status: new\n${extra(i)}`;
  });
  return `document:\n  prefix: ${prefix}\n  title: ${prefix} requirements\nrequirements:\n${items.join('')}`;
}

const HEAD = (prefix: string): string => `document:\n  prefix: ${prefix}\n  title: Hostile ${prefix}\nrequirements:\n  - id: ${prefix}-001\n    priority: high\n    owner: alice\n`;

/** The hostile set for one seed. Prefixes are unique per case, so no case's IDs meet another's. */
export function hostileFiles(seed: number, scale = 1): HostileFile[] {
  const random = new Random(seed);
  const files: HostileFile[] = [];
  let n = 0;
  const add = (name: string, content: string | Uint8Array, rules: readonly string[], kind: 'req' | 'cr' | 'settings' = 'req'): void => {
    n++;
    const file = kind === 'settings' ? `hostile/settings-${n}/reqdesk.yaml` : `hostile/${String(n).padStart(2, '0')}-${name}.${kind}.yaml`;
    files.push({ name, path: file, content, rules });
  };
  const prefix = (): string => `H${String.fromCharCode(65 + (n % 26))}${String.fromCharCode(65 + Math.floor(n / 26))}`;
  const sized = (full: number): number => Math.max(1, Math.round(full * scale));

  // Nesting far past what yaml's recursion survives (about 800 levels on Node's default stack).
  const deep = (): number => random.between(150, 6000);
  let d = deep();
  add('deep-flow-sequence', `${HEAD(prefix())}    title: x\n    links: ${'['.repeat(d)}${']'.repeat(d)}\n`, ['yaml-too-deep']);
  d = deep();
  add('deep-flow-mapping', `${HEAD(prefix())}    title: ${'{a: '.repeat(d)}1${'}'.repeat(d)}\n`, ['yaml-too-deep']);
  // Block nesting grows the text quadratically with its depth: kept under the size limit.
  d = random.between(150, 2000);
  add('deep-block-sequence', Array.from({ length: d }, (_, i) => `${' '.repeat(i)}-\n`).join(''), ['yaml-too-deep']);
  d = random.between(150, 2000);
  const step = random.between(1, 2);
  add('deep-block-mapping', Array.from({ length: d }, (_, i) => `${' '.repeat(i * step)}k${i}:\n`).join(''), ['yaml-too-deep']);
  d = deep();
  add('deep-compact-sequence', `${'- '.repeat(d)}x\n`, ['yaml-too-deep']);
  // Block levels grow the text quadratically here too: at most 2,000 levels keeps it under the size limit.
  d = random.between(150, 2000);
  let mixed = '';
  let column = 0;
  for (let i = 0; i < d; i++) {
    const form = random.between(0, 3);
    if (form === 0) {
      mixed += `${' '.repeat(column)}- `;
      column += 2;
    } else if (form === 1) {
      mixed += `${' '.repeat(column)}k${i}:\n`;
      column += 1;
    } else if (form === 2) {
      mixed += '[';
    } else {
      mixed += `{ k${i}: `;
    }
    if (random.next() < 0.3) {
      mixed += '\n';
    }
  }
  add('deep-mixed', mixed, ['yaml-too-deep', 'yaml-syntax']);
  d = deep();
  add('deep-change-request', `id: CR-9001\ntitle: Deep\nstatus: submitted\naffects: [HX-001]\nproposed:\n  HX-001:\n    title: ${'['.repeat(d)}${']'.repeat(d)}\n`, ['yaml-too-deep'], 'cr');
  d = deep();
  add('deep-settings', `roster:\n  - id: alice\n    roles: ${'['.repeat(d)}\n`, ['yaml-too-deep'], 'settings');

  // Size: a huge single line the limit lets through (this case's folder raises the limit), and a file over it.
  const big = prefix();
  files.push({ name: 'big-limit', path: 'hostile/big/reqdesk.yaml', content: 'files:\n  max_size_mb: 20\n', rules: [] });
  add('ten-megabyte-line', `document:\n  prefix: ${big}\n  title: Big\nrequirements:\n  - id: ${big}-001\n    title: Long\n    priority: high\n    description: ${'x'.repeat(sized(10 * 1024 * 1024))}\n`, ['missing-owner']);
  files[files.length - 1] = { ...files[files.length - 1], path: `hostile/big/${String(n).padStart(2, '0')}-ten-megabyte-line.req.yaml` };
  add('over-the-size-limit', `# ${'y'.repeat(5 * 1024 * 1024 + random.between(1, 1000))}\n`, ['file-too-large']);

  // Aliases: expansion bombs of several shapes, cycles, undefined anchors, merge keys.
  const levels = random.between(8, 12);
  let laughs = 'a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n';
  for (let i = 1; i < levels; i++) {
    laughs += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]\n`;
  }
  add('alias-billion-laughs', laughs, ['yaml-alias']);
  const many = random.between(1001, 5000);
  add('alias-too-many', `x: &x 1\ny: [${Array(many).fill('*x').join(', ')}]\n`, ['yaml-alias']);
  const chain = random.between(120, 400);
  add('alias-deep-chain', `a0: &a0 [x]\n${Array.from({ length: chain }, (_, i) => `a${i + 1}: &a${i + 1} [*a${i}]\n`).join('')}`, ['yaml-alias']);
  add('alias-wide-mapping', `base: &b {${Array.from({ length: 300 }, (_, i) => `k${i}: v`).join(', ')}}\nitems: [${Array(400).fill('*b').join(', ')}]\n`, ['yaml-alias']);
  add('alias-cyclic', `${HEAD(prefix())}    title: &t [a, *t]\n`, ['yaml-alias']);
  add('alias-undefined', `${HEAD(prefix())}    title: *nowhere\n`, ['yaml-alias']);
  add('merge-key', `base: &base { owner: alice }\ndocument:\n  prefix: ${prefix()}\n  title: M\nrequirements:\n  - <<: *base\n    id: ${prefix()}-001\n    title: Merged\n`, ['schema']);

  // Bytes that are not UTF-8 text.
  const bytes = new Uint8Array(sized(64 * 1024));
  for (let i = 0; i < bytes.length; i++) {
    bytes[i] = random.between(0, 255);
  }
  bytes[random.between(0, bytes.length - 1)] = 0;
  add('binary', bytes, ['file-encoding']);
  add('nul-byte', new TextEncoder().encode(`${HEAD(prefix())}    title: before\u0000after\n`), ['file-encoding']);
  const valid = new TextEncoder().encode(`${HEAD(prefix())}    title: caf`);
  add('invalid-utf8', concat(valid, new Uint8Array([0xe9, 0x20, 0xc3, 0x28, 0x0a])), ['file-encoding']);
  add('gbk-encoded', concat(new TextEncoder().encode(`${HEAD(prefix())}    title: `), new Uint8Array([0xd0, 0xe8, 0xc7, 0xf3, 0x0a])), ['file-encoding']);
  add('utf16-le-bom', utf16(`${HEAD(prefix())}    title: UTF-16\n`, true), ['file-encoding']);
  add('utf16-be-bom', utf16(`${HEAD(prefix())}    title: UTF-16\n`, false), ['file-encoding']);
  add('utf16-no-bom', utf16(`${HEAD(prefix())}    title: UTF-16\n`, true).slice(2), ['file-encoding']);

  // Text YAML does not allow, or that is cut short.
  add('lone-cr-line-ends', `${HEAD(prefix())}    title: Old Mac\n`.replace(/\n/g, '\r'), ['yaml-syntax', 'invalid-root']);
  add('control-characters', `${HEAD(prefix())}    title: "red \u001b[31m text \u0007"\n    source: a\u0008b\n`, ['yaml-syntax']);
  // Half of a surrogate pair, as some encoders write it (CESU-8): not UTF-8.
  add('encoded-surrogate', concat(new TextEncoder().encode(`${HEAD(prefix())}    title: half `), new Uint8Array([0xed, 0xa0, 0xbd, 0x0a])), ['file-encoding']);
  add('unterminated-double-quote', `${HEAD(prefix())}    title: "never closed\n    status: new\n`, ['yaml-syntax']);
  add('unterminated-single-quote', `${HEAD(prefix())}    title: 'never closed\n`, ['yaml-syntax']);
  add('unterminated-block-scalar', `${HEAD(prefix())}    title: |`, ['schema']);
  add('unclosed-flow', `${HEAD(prefix())}    title: x\n    links: [${prefix()}-002, {a: [1\n`, ['yaml-syntax']);
  add('quotes-only', `a: ${'"'.repeat(sized(100_000))}`, ['yaml-syntax', 'too-many-problems']);
  add('closing-brackets', ']\n'.repeat(sized(20_000)), ['yaml-syntax', 'too-many-problems']);
  add('tab-indentation', `${HEAD(prefix())}\ttitle: tab\n`, ['yaml-syntax']);

  // Directives, documents, tags.
  add('unknown-directive', `%FOO bar baz\n---\n${HEAD(prefix())}    title: Directive\n`, ['yaml-warning']);
  add('several-documents', `${HEAD(prefix())}    title: One\n---\n${HEAD(prefix())}    title: Two\n`, ['yaml-syntax']);
  add('tag-binary', `${HEAD(prefix())}    title: !!binary aGVsbG8gd29ybGQ=\n`, ['schema']);
  add('tag-set', `${HEAD(prefix())}    title: T\n    tags: !!set { a, b }\n`, ['schema']);
  add('tag-unknown', `${HEAD(prefix())}    title: !shout loud\n`, ['yaml-warning']);
  add('tag-on-mapping', `${HEAD(prefix())}    title: !!map { a: 1 }\n`, ['schema']);

  // Keys.
  add('collection-key', `${HEAD(prefix())}    title: T\n    [a, b]: c\n`, ['complex-key']);
  add('explicit-complex-key', `${HEAD(prefix())}    title: T\n    ? [a]\n    : b\n`, ['complex-key']);
  add('very-long-key', `${HEAD(prefix())}    title: T\n    ${'k'.repeat(random.between(1025, 100_000))}: 1\n`, ['yaml-syntax']);
  add('duplicate-keys', `${HEAD(prefix())}    title: One\n    title: Two\n`, ['duplicate-key']);
  add('prototype-keys', `${HEAD(prefix())}    title: T\n    __proto__: { polluted: true }\n    constructor: x\n`, ['schema']);
  add('many-keys', `${HEAD(prefix())}    title: T\n${Array.from({ length: sized(200_000) }, (_, i) => `    k${i}: ${i}\n`).join('')}`, ['schema', 'too-many-problems']);

  // Numbers and sizes.
  add('huge-numbers', `${HEAD(prefix())}    title: 1e999\n    due: 123456789012345678901234567890\n    milestone: 0x${'f'.repeat(300)}\n`, ['schema']);
  add('million-item-list', `${HEAD(prefix())}    title: T\n    tags: [${Array.from({ length: sized(1_000_000) }, (_, i) => i % 10).join(',')}]\n`, ['schema', 'too-many-problems']);

  // Shapes the formats do not expect.
  add('empty', '', ['empty-file']);
  add('only-comments', '# nothing here\n   \n# at all\n', ['empty-file']);
  add('scalar-root', 'just some words\n', ['invalid-root']);
  add('list-root', '- a\n- b\n', ['invalid-root']);
  add('wrong-types', `document: [1, 2]\nrequirements: { a: 1 }\n`, ['schema']);
  // Valid YAML whose text is hostile where it is shown (the table, a report): no problem to report, it must show literally.
  add('hostile-text', `${HEAD(prefix())}    title: "<script>alert('x')</script> | pipe \`tick\` [link](javascript:alert(1)) \u202Eevil"\n`, []);
  return files;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) {
    view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  }
  return out;
}

/** Valid files to put beside the hostile ones: their problems must be exactly those they have alone. */
export function validFiles(): Record<string, string> {
  return {
    'reqdesk.yaml': 'roster:\n  - { id: alice, roles: [owner, ccb] }\n  - { id: bob, roles: [owner] }\n',
    'valid/portal.req.yaml': validRequirements('PORTAL', 20, (i) => (i === 3 ? '    links: [PORTAL-001, PORTAL-099]\n' : '')),
    // The first requirement has no owner: a valid file still has its ordinary problems.
    'valid/billing.req.yaml': validRequirements('BILLING', 15).replace('    owner: alice\n', ''),
    'valid/changes/CR-0001.cr.yaml': 'id: CR-0001\ntitle: Add SSO\nstatus: submitted\nrequested_by: Bob Li\nrequested_on: 2026-11-20\nchannel: email\naffects: [PORTAL-001, PORTAL-404]\n',
  };
}
