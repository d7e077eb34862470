import changeRequestSchema from '../../schemas/change-request.schema.json';
import recordSchema from '../../schemas/record.schema.json';
import requirementsSchema from '../../schemas/requirements.schema.json';
import risksSchema from '../../schemas/risks.schema.json';
import settingsSchema from '../../schemas/settings.schema.json';
import type { FileKind } from './model';

/** The JSON Schemas in schemas/, the single source of truth for the file formats. */
export const SCHEMAS: Readonly<Record<FileKind, object>> = {
  requirements: requirementsSchema,
  'change-request': changeRequestSchema,
  settings: settingsSchema,
  record: recordSchema,
  risks: risksSchema,
};

export { changeRequestSchema, recordSchema, requirementsSchema, risksSchema, settingsSchema };
