import type { RequirementField } from '../model';

/**
 * The header names a requirements table uses for each field, English and Chinese, as teams write them in Excel
 * or WPS. One table, read by the header row search and the proposed column mapping; add a name here, not a branch.
 * Case, spaces, punctuation and full-width forms do not matter (`headerKey`).
 */
export const HEADER_SYNONYMS: Readonly<Record<RequirementField, readonly string[]>> = {
  id: ['ID', 'Req ID', 'Requirement ID', 'Req No', 'No.', 'Number', 'Key', '编号', '需求编号', '需求ID', '序号', '需求号'],
  title: ['Title', 'Name', 'Summary', 'Requirement', 'Requirement name', '需求名称', '标题', '名称', '需求', '需求标题', '功能名称'],
  description: ['Description', 'Details', 'Requirement description', '需求描述', '描述', '详细描述', '说明', '需求说明'],
  priority: ['Priority', 'Prio', '优先级', '优先等级', '重要程度'],
  owner: ['Owner', 'Assignee', 'Responsible', 'Assigned to', '责任人', '负责人', '经办人', '处理人'],
  status: ['Status', 'State', '状态', '需求状态'],
  source: ['Source', 'Origin', 'Requested by', '来源', '需求来源', '提出人'],
  acceptance: ['Acceptance', 'Acceptance criteria', 'Acceptance criterion', '验收标准', '验收条件', '验收准则'],
  links: ['Links', 'Related', 'Related requirements', 'Depends on', 'Dependencies', '关联需求', '相关需求', '依赖', '关联'],
  milestone: ['Milestone', 'Release', 'Version', 'Sprint', '里程碑', '版本', '迭代'],
  due: ['Due', 'Due date', 'Deadline', 'Target date', 'Planned date', '计划完成', '计划完成时间', '计划完成日期', '截止日期', '截止时间', '完成日期'],
  tags: ['Tags', 'Labels', 'Category', '标签', '分类', '类别'],
  changes: ['Changes', 'Change requests', '变更', '变更单', '变更请求'],
};

/** A header as compared: NFKC (full-width `ＩＤ` is `ID`), lower case, without spaces, punctuation and symbols. */
export function headerKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
}

const FIELD_BY_KEY: ReadonlyMap<string, RequirementField> = new Map(
  (Object.entries(HEADER_SYNONYMS) as [RequirementField, readonly string[]][]).flatMap(([field, names]) => names.map((name) => [headerKey(name), field] as const)),
);

/** The field a header names, if any. */
export function headerField(header: string): RequirementField | undefined {
  return FIELD_BY_KEY.get(headerKey(header));
}
