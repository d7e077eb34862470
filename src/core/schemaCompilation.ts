import { REQUIREMENT_FIELDS, type FileKind, type RequirementField } from './model';
import { SCHEMAS } from './schemas';

/**
 * What the schema validators are compiled from. They are compiled ahead of time (scripts/generateValidators.ts
 * writes src/core/generated/validators.ts, and a unit test keeps it current): compiling the three schemas with ajv
 * on every start took about 45 ms, and loading ajv's compiler more, in each CLI run and each index worker.
 */
export const AJV_OPTIONS = { allErrors: true, verbose: true, strict: true, allowUnionTypes: true } as const;
export const SCHEMA_FORMATS = ['date', 'date-time'] as const;

/**
 * Vocabulary enums are configurable in reqdesk.yaml, so the validator drops them from the schema and the
 * vocabulary rules check them against the project's settings. Editors still get the default enums for completion.
 */
const CONFIGURABLE_ENUMS: Partial<Record<FileKind, readonly string[][]>> = {
  requirements: [
    ['definitions', 'requirement', 'properties', 'priority'],
    ['definitions', 'requirement', 'properties', 'status'],
  ],
};

/** The schemas the validators check against: the files' schemas without the configurable enums. */
export function validatorSchemas(): Record<FileKind, object> {
  return Object.fromEntries(Object.entries(SCHEMAS).map(([kind, schema]) => [kind, withoutConfigurableEnums(kind as FileKind, schema)])) as Record<FileKind, object>;
}

function withoutConfigurableEnums(kind: FileKind, schema: object): object {
  const copy = structuredClone(schema) as Record<string, unknown>;
  for (const path of CONFIGURABLE_ENUMS[kind] ?? []) {
    let node: Record<string, unknown> | undefined = copy;
    for (const segment of path) {
      node = node?.[segment] as Record<string, unknown> | undefined;
    }
    if (node) {
      delete node.enum;
    }
  }
  return copy;
}

/** The exported name of a file kind's validator in the generated module. */
export function kindValidatorName(kind: FileKind): string {
  return kind.replace(/-/g, '_');
}

/** The exported name of the validator of one requirement field's value (the table and commands check edits). */
export function fieldValidatorName(field: RequirementField): string {
  return `field_${field}`;
}

/** Every validator the generated module exports, by name: the schema reference it compiles. */
export function validatorRefs(): Record<string, string> {
  const id = (kind: FileKind): string => (SCHEMAS[kind] as { $id: string }).$id;
  const refs: Record<string, string> = {};
  for (const kind of Object.keys(SCHEMAS) as FileKind[]) {
    refs[kindValidatorName(kind)] = id(kind);
  }
  for (const field of REQUIREMENT_FIELDS) {
    refs[fieldValidatorName(field)] = `${id('requirements')}#/definitions/requirement/properties/${field}`;
  }
  return refs;
}
