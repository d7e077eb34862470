/**
 * Deterministic synthetic workspace for `npm run bench`: requirements documents of 100 requirements each, one
 * change request per 10 requirements, a reqdesk.yaml with a roster, and a few percent of injected defects whose
 * expected findings are counted so the bench can check that the index detects every one of them.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Bump when the generated content changes, so stale workspaces are regenerated. */
export const GENERATOR_VERSION = 4;

export const REQUIREMENTS_PER_FILE = 100;
/**
 * The day the corpus is judged as of: its dates (due dates, change requests) start here. Judged as of the real
 * date, most due dates would have passed by now and the defects the bench injects would drown in overdue findings.
 */
export const CORPUS_AS_OF = '2026-01-01';
/** Documents of one prefix are split into parts of 100, the way large tables are in practice. */
const FILES_PER_PREFIX = 5;
const STAMP_FILE = '.stamp.json';

export interface GeneratedWorkspace {
  /** Absolute folder of this size's workspace. */
  readonly root: string;
  readonly size: number;
  /** Paths relative to root, with forward slashes; the settings file first. */
  readonly files: readonly string[];
  readonly requirementFiles: number;
  readonly changeRequestFiles: number;
  readonly bytes: number;
  /** Findings per rule id that the injected defects must produce; no other finding is expected. */
  readonly expected: Readonly<Record<string, number>>;
}

interface Stamp extends Omit<GeneratedWorkspace, 'root'> {
  readonly version: number;
}

/** mulberry32: small, fast and identical on every platform, unlike Math.random. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(below: number): number {
    return Math.floor(this.next() * below);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  /** `count` distinct items (fewer if the list is shorter). */
  sample<T>(items: readonly T[], count: number): T[] {
    const chosen = new Set<T>();
    for (let tries = 0; chosen.size < Math.min(count, items.length) && tries < count * 10; tries++) {
      chosen.add(this.pick(items));
    }
    return [...chosen];
  }

  hex(digits: number): string {
    let s = '';
    for (let i = 0; i < digits; i++) {
      s += '0123456789abcdef'[this.int(16)];
    }
    return s;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Vocabulary

const ROSTER = [
  { id: 'alice', name: 'Alice Wang', roles: ['owner', 'ccb'] },
  { id: 'bruno', name: 'Bruno Costa', roles: ['owner'] },
  { id: 'carol', name: 'Carol Smith', roles: ['owner', 'ccb'] },
  { id: 'dmitri', name: 'Dmitri Ivanov', roles: ['owner', 'analyst'] },
  { id: 'erin', name: 'Erin Walsh', roles: ['analyst'] },
  { id: 'feng', name: 'Feng Li', roles: ['owner', 'ccb'] },
  { id: 'grace', name: 'Grace Kim', roles: ['owner'] },
  { id: 'hiro', name: 'Hiro Tanaka', roles: ['owner', 'analyst'] },
  { id: 'ines', name: 'Inês Duarte', roles: ['owner'] },
  { id: 'bob.li', name: 'Bob Li', roles: ['customer'] },
  { id: 'zhang.wei', name: '张伟', roles: ['customer'] },
] as const;
const OWNERS = ROSTER.filter((m) => (m.roles as readonly string[]).includes('owner')).map((m) => m.id);
const CCB = ROSTER.filter((m) => (m.roles as readonly string[]).includes('ccb')).map((m) => m.id);
const STRANGERS = ['dave.k', 'bob', 'Alice', 'j.doe'];
const CUSTOMERS = ['Acme Corp', 'Globex', 'Initech', '华信科技'];
const REQUESTERS = ['Bob Li (Acme)', 'Maria Lopez (Globex)', 'Peter Gibbons (Initech)', '张伟 (华信科技)'];

const MODULES = [
  ['PORTAL', 'Customer portal'], ['BILLING', 'Billing'], ['MOBILE', '移动端'], ['REPORT', 'Reporting'],
  ['AUTH', 'Authentication'], ['SEARCH', 'Search'], ['NOTIFY', 'Notifications'], ['ORDER', '订单管理'],
  ['STOCK', 'Inventory'], ['PAY', 'Payments'], ['CRM', 'Customer relations'], ['HR', '人事'],
  ['ADMIN', 'Administration'], ['AUDIT', 'Audit trail'], ['EXPORT', 'Data export'], ['SHIP', '物流'],
] as const;

const PRIORITIES = ['critical', 'high', 'high', 'medium', 'medium', 'medium', 'low'];
const BAD_PRIORITIES = ['urgent', 'P1', 'High', 'asap'];
const STATUSES = ['new', 'new', 'in-progress', 'in-progress', 'done', 'accepted', 'rejected', 'deferred'];
const MILESTONES = ['M1', 'M2', 'M3', 'M4'];

const ACTORS = ['the customer', 'a store manager', 'the finance clerk', 'an administrator', 'a support agent', 'a guest user', 'the warehouse lead'];
const VERBS = ['export', 'filter', 'approve', 'archive', 'search', 'print', 'share', 'import', 'review', 'cancel'];
const OBJECTS = ['invoices', 'orders', 'delivery notes', 'user accounts', 'monthly reports', 'price lists', 'support tickets', 'contracts', 'stock levels'];
const FORMATS = ['as PDF', 'as CSV', 'by date range', 'by customer', 'in bulk', 'from the dashboard', 'on a phone'];
const RULES = [
  'Only users with the manager role may do this for other users',
  'Amounts are rounded to two decimals, half up',
  'The action is written to the audit trail with user and time',
  'At most 500 records are processed in one request',
  'Records older than seven years are excluded',
  'The customer must have accepted the current terms',
];
const RESULTS = [
  'the list refreshes within two seconds and shows a confirmation',
  'a file is downloaded whose name contains the date',
  'the record changes state and the owner gets an e-mail',
  'the totals on the dashboard match the detail view',
];
const SOURCES = ['Kick-off meeting', 'Workshop with the customer', 'E-mail from the customer', 'Support ticket', 'Contract annex B', 'Weekly call'];
const TAGS = ['auth', 'ui', 'api', 'performance', 'security', 'export', 'mobile', 'reporting', 'compliance', 'i18n'];
const COMMENTS = [
  'Agreed in the design workshop; see minutes in docs/meetings.',
  'Customer asked to keep this wording.',
  'TODO confirm the limit with the customer.',
  'Split from a larger requirement after review.',
];

const ZH_ACTORS = ['客户', '门店经理', '财务人员', '管理员', '客服人员', '访客'];
const ZH_VERBS = ['导出', '筛选', '审批', '归档', '搜索', '打印', '分享', '导入'];
const ZH_OBJECTS = ['发票', '订单', '送货单', '用户账户', '月度报表', '价格表', '工单', '合同'];
const ZH_RULES = ['只有经理角色可以为其他用户执行此操作', '金额四舍五入保留两位小数', '操作记录写入审计日志，包括用户和时间', '单次请求最多处理500条记录'];
const ZH_RESULTS = ['列表在两秒内刷新并显示确认信息', '下载的文件名包含日期', '记录状态改变，负责人收到邮件通知'];

// ---------------------------------------------------------------------------------------------------------
// Plan: IDs first, so links and CRs point only at IDs that really exist (except the injected dangling ones).

interface FilePlan {
  readonly prefix: string;
  readonly title: string;
  readonly chinese: boolean;
  readonly customer: string;
  readonly part: number;
  readonly ids: string[];
}

interface CrPlan {
  readonly id: string;
  readonly status: string;
  readonly affects: string[];
  readonly unknown: string[];
  readonly missingDecision: boolean;
}

interface Plan {
  readonly files: FilePlan[];
  readonly existing: string[];
  readonly crs: CrPlan[];
  /** Requirement ID → change requests that modified it (implemented or verified). */
  readonly changedBy: Map<string, string[]>;
}

function pad(n: number, digits: number): string {
  return String(n).padStart(digits, '0');
}

function prefixOf(group: number): { prefix: string; title: string } {
  const [name, title] = MODULES[group % MODULES.length];
  const round = Math.floor(group / MODULES.length);
  return round === 0 ? { prefix: name, title } : { prefix: `${name}${round + 1}`, title: `${title} ${round + 1}` };
}

function plan(size: number, rng: Random, expected: Record<string, number>): Plan {
  const fileCount = Math.ceil(size / REQUIREMENTS_PER_FILE);
  const files: FilePlan[] = [];
  const duplicated = new Set<string>();
  for (let f = 0; f < fileCount; f++) {
    const group = Math.floor(f / FILES_PER_PREFIX);
    const part = f % FILES_PER_PREFIX;
    const { prefix, title } = prefixOf(group);
    const ids: string[] = [];
    for (let i = 0; i < REQUIREMENTS_PER_FILE; i++) {
      ids.push(`${prefix}-${pad(part * REQUIREMENTS_PER_FILE + i + 1, 3)}`);
    }
    // Defect: an ID copied from the previous part of the same document (a copy-paste slip), reported twice.
    if (part > 0) {
      const previous = files[f - 1].ids;
      for (let i = 0; i < ids.length; i++) {
        const source = previous[rng.int(previous.length)];
        if (rng.chance(0.004) && !duplicated.has(source)) {
          duplicated.add(source);
          ids[i] = source;
          count(expected, 'duplicate-id', 2);
        }
      }
    }
    files.push({ prefix, title, chinese: /[\u4e00-\u9fff]/.test(title), customer: CUSTOMERS[group % CUSTOMERS.length], part, ids });
  }
  const existing = [...new Set(files.flatMap((f) => f.ids))];

  const crs: CrPlan[] = [];
  const changedBy = new Map<string, string[]>();
  const crCount = Math.ceil(size / 10);
  for (let c = 0; c < crCount; c++) {
    const id = `CR-${pad(c + 1, 4)}`;
    const status = rng.pick(['submitted', 'submitted', 'assessed', 'assessed', 'approved', 'approved', 'rejected', 'implemented', 'implemented', 'verified']);
    const affects = rng.sample(existing, 1 + rng.int(3));
    const unknown: string[] = [];
    if (rng.chance(0.03)) {
      // Defect: a typo in an affected ID, e.g. PORTAL-950 in a document that stops at 500.
      unknown.push(`${prefixOf(rng.int(Math.ceil(fileCount / FILES_PER_PREFIX))).prefix}-${900 + rng.int(99)}`);
      count(expected, 'cr-unknown-requirement');
    }
    const missingDecision = status === 'approved' && rng.chance(0.1);
    if (missingDecision) {
      count(expected, 'cr-inconsistent-status');
    }
    if (status === 'implemented' || status === 'verified') {
      for (const r of affects) {
        changedBy.set(r, [...(changedBy.get(r) ?? []), id]);
      }
    }
    crs.push({ id, status, affects, unknown, missingDecision });
  }
  return { files, existing, crs, changedBy };
}

// ---------------------------------------------------------------------------------------------------------
// Writers

function date(dayOffset: number): string {
  return new Date(Date.UTC(2026, 0, 1) + dayOffset * 86_400_000).toISOString().slice(0, 10);
}

function dateTime(dayOffset: number, minutes: number): string {
  return new Date(Date.UTC(2026, 0, 1) + dayOffset * 86_400_000 + minutes * 60_000).toISOString().replace('.000Z', 'Z');
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function count(expected: Record<string, number>, ruleId: string, findings = 1): void {
  expected[ruleId] = (expected[ruleId] ?? 0) + findings;
}

function requirementsFile(file: FilePlan, p: Plan, rng: Random, expected: Record<string, number>): string {
  const out: string[] = [
    `# ${file.title} — requirements, part ${file.part + 1}`,
    '# Generated by scripts/benchWorkspace.ts for `npm run bench`.',
    'document:',
    `  prefix: ${file.prefix}`,
    `  title: ${file.title}${file.part > 0 ? ` (part ${file.part + 1})` : ''}`,
    `  customer: ${file.customer}`,
    `  version: "1.${file.part}"`,
    'requirements:',
  ];
  for (const id of file.ids) {
    if (rng.chance(0.1)) {
      out.push(`  # ${rng.pick(COMMENTS)}`);
    }
    const verb = rng.pick(file.chinese ? ZH_VERBS : VERBS);
    const object = rng.pick(file.chinese ? ZH_OBJECTS : OBJECTS);
    const actor = rng.pick(file.chinese ? ZH_ACTORS : ACTORS);
    out.push(`  - id: ${id}`);
    out.push(file.chinese ? `    title: ${actor}可以${verb}${object}` : `    title: ${capitalise(actor)} can ${verb} ${object} ${rng.pick(FORMATS)}`);
    if (rng.chance(0.95)) {
      out.push('    description: >');
      if (file.chinese) {
        out.push(`      当${actor}在页面上选择${verb}${object}时，系统执行该操作。`);
        out.push(`      预期结果：${rng.pick(ZH_RESULTS)}。`);
        out.push(`      业务规则：${rng.pick(ZH_RULES)}。`);
      } else {
        out.push(`      When ${actor} chooses to ${verb} ${object} ${rng.pick(FORMATS)}, the system`);
        out.push(`      checks the permissions and performs the action for the current selection.`);
        out.push(`      Expected result: ${rng.pick(RESULTS)}.`);
        out.push(`      Business rule: ${rng.pick(RULES)}.`);
      }
    }
    // At most one owner defect and one priority defect per requirement, so the expected counts stay exact.
    const priorityDefect = rng.next();
    if (priorityDefect < 0.015) {
      count(expected, 'missing-priority');
    } else if (priorityDefect < 0.02) {
      out.push(`    priority: ${rng.pick(BAD_PRIORITIES)}`);
      count(expected, 'invalid-priority');
    } else {
      out.push(`    priority: ${rng.pick(PRIORITIES)}${rng.chance(0.05) ? '   # raised after the demo' : ''}`);
    }
    const ownerDefect = rng.next();
    if (ownerDefect < 0.015) {
      count(expected, 'missing-owner');
    } else if (ownerDefect < 0.02) {
      out.push(`    owner: ${rng.pick(STRANGERS)}`);
      count(expected, 'unknown-owner');
    } else {
      out.push(`    owner: ${rng.pick(OWNERS)}`);
    }
    out.push(`    status: ${rng.pick(STATUSES)}`);
    if (rng.chance(0.85)) {
      out.push(`    source: ${rng.pick(SOURCES)} ${date(rng.int(120))}`);
    }
    if (rng.chance(0.9)) {
      out.push('    acceptance:');
      const n = 1 + rng.int(3);
      for (let i = 0; i < n; i++) {
        out.push(file.chinese
          ? `      - ${rng.pick(ZH_ACTORS)}${rng.pick(ZH_VERBS)}${rng.pick(ZH_OBJECTS)}后，${rng.pick(ZH_RESULTS)}`
          : `      - Given ${rng.pick(ACTORS)} with ${rng.pick(OBJECTS)}, when they ${rng.pick(VERBS)} them, then ${rng.pick(RESULTS)}`);
      }
    }
    const links: string[] = [];
    if (rng.chance(0.5)) {
      // Mostly within the same document, sometimes across documents.
      const pool = rng.chance(0.8) ? file.ids : p.existing;
      for (const link of rng.sample(pool, 1 + rng.int(3))) {
        if (link !== id && !links.includes(link)) {
          links.push(link);
        }
      }
    }
    if (rng.chance(0.01)) {
      // Defect: a link to an ID that does not exist (a typo or a deleted requirement).
      links.push(`${file.prefix}-${900 + rng.int(99)}`);
      count(expected, 'unknown-link');
    }
    if (links.length > 0) {
      out.push(`    links: [${links.join(', ')}]`);
    }
    if (rng.chance(0.9)) {
      out.push(`    milestone: ${rng.pick(MILESTONES)}`);
    }
    if (rng.chance(0.7)) {
      out.push(`    due: ${date(120 + rng.int(400))}`);
    }
    if (rng.chance(0.8)) {
      out.push(`    tags: [${rng.sample(TAGS, 1 + rng.int(3)).join(', ')}]`);
    }
    const changes = p.changedBy.get(id);
    if (changes) {
      out.push(`    changes: [${changes.join(', ')}]`);
    }
  }
  return `${out.join('\n')}\n`;
}

function changeRequestFile(cr: CrPlan, rng: Random): string {
  const day = rng.int(300);
  const ccb = rng.sample(CCB, 2);
  const author = rng.pick(OWNERS);
  const order = ['submitted', 'assessed', 'approved', 'rejected', 'implemented', 'verified'];
  const reached = cr.status === 'rejected' ? ['submitted', 'assessed', 'rejected'] : order.filter((s) => s !== 'rejected').slice(0, order.filter((s) => s !== 'rejected').indexOf(cr.status) + 1);
  const affects = [...cr.affects, ...cr.unknown];
  const out: string[] = [
    `# ${rng.pick(['Raised in the weekly call', 'Sent by e-mail after the demo', 'From the steering committee', '来自客户的电话'])}`,
    `id: ${cr.id}`,
    `title: ${capitalise(rng.pick(VERBS))} ${rng.pick(OBJECTS)} ${rng.pick(FORMATS)}`,
    `status: ${cr.status}`,
    `requested_by: ${rng.pick(REQUESTERS)}`,
    `requested_on: ${date(day)}`,
    `channel: ${rng.pick(['meeting', 'email', 'phone', 'chat', 'ticket'])}`,
    `affects: [${affects.join(', ')}]`,
    'reason: >',
    `  ${capitalise(rng.pick(ACTORS))} needs to ${rng.pick(VERBS)} ${rng.pick(OBJECTS)} ${rng.pick(FORMATS)}`,
    '  before the quarterly audit; the current process takes a full day by hand.',
    `description: The system lets users ${rng.pick(VERBS)} ${rng.pick(OBJECTS)} ${rng.pick(FORMATS)}.`,
    `expected_effect: ${capitalise(rng.pick(RESULTS))}.`,
    'proposed:',
  ];
  for (const id of cr.affects) {
    out.push(`  ${id}:`);
    out.push(`    priority: ${rng.pick(['critical', 'high'])}`);
    if (rng.chance(0.5)) {
      out.push(`    due: ${date(day + 30 + rng.int(60))}`);
    }
  }
  if (reached.includes('assessed')) {
    out.push('baseline:');
    for (const id of cr.affects) {
      // A hex fingerprint of only digits (and one e) would read as a number: quote it, as a writer must.
      const hash = rng.hex(8);
      out.push(`  ${id}: ${/^[0-9]+(e[0-9]+)?$/.test(hash) ? `"${hash}"` : hash}`);
    }
    out.push('impact:');
    out.push(`  schedule_days: ${1 + rng.int(20)}`);
    out.push(`  cost: ${(1 + rng.int(40)) * 500}`);
    out.push(`  effort_hours: ${(1 + rng.int(20)) * 4}`);
    out.push(`  resources: ${rng.pick(['one backend developer', 'one frontend developer and a tester', 'the integration team'])}`);
    out.push(`  risk: ${rng.pick(['low', 'medium', 'high'])}`);
    if (rng.chance(0.5)) {
      out.push('  notes: Needs a test tenant from the customer.');
    }
  }
  const decided = cr.status !== 'submitted' && cr.status !== 'assessed';
  if (decided && !cr.missingDecision) {
    out.push('decision:');
    out.push(`  outcome: ${cr.status === 'rejected' ? 'rejected' : 'approved'}`);
    out.push(`  by: [${ccb.join(', ')}]`);
    out.push(`  on: ${date(day + 5)}`);
    out.push(`  rationale: ${cr.status === 'rejected' ? 'Out of scope for this contract; to be quoted separately.' : 'Required by the customer and fits in M3.'}`);
  }
  if (cr.status === 'verified') {
    out.push(`customer_signoff: { by: ${rng.pick(['Bob Li', 'Maria Lopez', '张伟'])}, on: ${date(day + 20)} }`);
  }
  out.push('history:');
  const offsets: Record<string, number> = { submitted: 0, assessed: 2, approved: 5, rejected: 5, implemented: 12, verified: 20 };
  for (const action of reached) {
    const by = action === 'approved' || action === 'rejected' ? ccb[0] : author;
    const changed = action === 'implemented'
      ? `, changed: [${cr.affects.map((id) => `{ requirement: ${id}, field: priority, old: medium, new: high }`).join(', ')}]`
      : '';
    out.push(`  - { on: ${dateTime(day + offsets[action], 540 + rng.int(480))}, by: ${by}, action: ${action}${changed} }`);
  }
  return `${out.join('\n')}\n`;
}

function settingsFile(): string {
  const out = [
    '# Project settings for the benchmark workspace.',
    'roster:',
    ...ROSTER.map((m) => `  - { id: ${m.id}, name: ${m.name}, roles: [${m.roles.join(', ')}] }`),
    'ccb:',
    '  quorum: 2',
    'required_fields: [owner, priority]',
  ];
  return `${out.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------------------

function readStamp(root: string): Stamp | undefined {
  try {
    return JSON.parse(fs.readFileSync(path.join(root, STAMP_FILE), 'utf8')) as Stamp;
  } catch {
    return undefined;
  }
}

/** Generates the workspace of `size` requirements under `baseDir/size-<size>`, unless it is already there. */
export function ensureWorkspace(baseDir: string, size: number): GeneratedWorkspace & { readonly generated: boolean } {
  const root = path.join(baseDir, `size-${size}`);
  const stamp = readStamp(root);
  if (stamp && stamp.version === GENERATOR_VERSION && stamp.size === size) {
    return { ...stamp, root, generated: false };
  }
  fs.rmSync(root, { recursive: true, force: true });
  fs.mkdirSync(path.join(root, 'requirements'), { recursive: true });
  fs.mkdirSync(path.join(root, 'changes'), { recursive: true });

  const rng = new Random(0x5eed ^ size);
  const expected: Record<string, number> = {};
  const p = plan(size, rng, expected);
  const files: string[] = [];
  let bytes = 0;
  const write = (relative: string, text: string): void => {
    fs.writeFileSync(path.join(root, relative), text);
    files.push(relative);
    bytes += Buffer.byteLength(text);
  };
  write('reqdesk.yaml', settingsFile());
  for (const file of p.files) {
    write(`requirements/${file.prefix.toLowerCase()}-part${file.part + 1}.req.yaml`, requirementsFile(file, p, rng, expected));
  }
  for (const cr of p.crs) {
    write(`changes/${cr.id}.cr.yaml`, changeRequestFile(cr, rng));
  }
  const result: Stamp = {
    version: GENERATOR_VERSION, size, files, requirementFiles: p.files.length, changeRequestFiles: p.crs.length, bytes, expected,
  };
  fs.writeFileSync(path.join(root, STAMP_FILE), JSON.stringify(result));
  return { ...result, root, generated: true };
}
