import * as assert from 'node:assert/strict';
import {
  CHANGE_REQUEST_FIELDS, DOCUMENT_FIELDS, EXTRA_KEY, IMPACT_FIELDS, LIST_FIELDS, REQUIREMENT_FIELDS,
} from '../../src/core/model';
import { RULES, PARSE_RULE_IDS } from '../../src/core/rules/ruleRegistry';
import { RECORD_ACTION_FIELDS, RECORD_FIELDS, RECORD_KINDS } from '../../src/core/records/communicationRecord';
import { RISK_FIELDS, RISK_RESPONSES, RISK_STATUSES } from '../../src/core/risks/risk';
import { changeRequestSchema, recordSchema, requirementsSchema, risksSchema, settingsSchema } from '../../src/core/schemas';
import { DEFAULT_PRIORITIES, DEFAULT_SETTINGS, DEFAULT_STATUSES } from '../../src/core/settings';

/** A JSON Schema as far as these checks read it. */
interface Schema {
  readonly $ref?: string;
  readonly description?: string;
  readonly type?: string | readonly string[];
  readonly enum?: readonly unknown[];
  readonly pattern?: string;
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly additionalProperties?: Schema | boolean;
  readonly propertyNames?: Schema;
  readonly items?: Schema;
  readonly definitions?: Readonly<Record<string, Schema>>;
}

const requirements = requirementsSchema as Schema;
const changeRequest = changeRequestSchema as Schema;
const settings = settingsSchema as Schema;

/** Follows a local "#/definitions/x" reference. */
function deref(root: Schema, schema: Schema): Schema {
  if (!schema.$ref) {
    return schema;
  }
  const name = schema.$ref.replace('#/definitions/', '');
  const target = root.definitions?.[name];
  assert.ok(target, `unresolved $ref ${schema.$ref}`);
  return target;
}

function propertiesOf(root: Schema, schema: Schema | undefined): Readonly<Record<string, Schema>> {
  assert.ok(schema, 'schema node exists');
  const properties = deref(root, schema).properties;
  assert.ok(properties, 'schema node has properties');
  return properties;
}

function names(properties: Readonly<Record<string, Schema>>): string[] {
  return Object.keys(properties).sort();
}

const requirementProperties = propertiesOf(requirements, requirements.definitions?.requirement);

describe('schema drift: src/core/model.ts and settings.ts agree with schemas/', () => {
  it('RECORD_FIELDS, RECORD_ACTION_FIELDS and RECORD_KINDS are the record schema\'s', () => {
    const record = recordSchema as Schema;
    const properties = propertiesOf(record, record);
    assert.deepEqual([...RECORD_FIELDS].sort(), names(properties));
    assert.deepEqual([...RECORD_ACTION_FIELDS].sort(), names(propertiesOf(record, properties.actions.items)));
    assert.deepEqual([...RECORD_KINDS], properties.kind.enum);
  });

  it('RISK_FIELDS, RISK_RESPONSES and RISK_STATUSES are the risk schema\'s', () => {
    const risks = risksSchema as Schema;
    const properties = propertiesOf(risks, propertiesOf(risks, risks).risks.items);
    assert.deepEqual([...RISK_FIELDS].sort(), names(properties));
    assert.deepEqual([...RISK_RESPONSES], properties.response.enum);
    assert.deepEqual([...RISK_STATUSES], properties.status.enum);
  });

  it('REQUIREMENT_FIELDS and EXTRA_KEY are the requirement properties', () => {
    assert.deepEqual([...REQUIREMENT_FIELDS, EXTRA_KEY].sort(), names(requirementProperties));
    assert.equal(requirementProperties[EXTRA_KEY].type, 'object');
  });

  it('LIST_FIELDS are exactly the requirement properties that are lists', () => {
    const lists = Object.entries(requirementProperties).filter(([, s]) => deref(requirements, s).type === 'array').map(([name]) => name);
    assert.deepEqual([...LIST_FIELDS].sort(), lists.sort());
  });

  it('DOCUMENT_FIELDS are the document header properties', () => {
    assert.deepEqual([...DOCUMENT_FIELDS].sort(), names(propertiesOf(requirements, requirements.properties?.document)));
  });

  it('CHANGE_REQUEST_FIELDS are the change request properties', () => {
    assert.deepEqual([...CHANGE_REQUEST_FIELDS].sort(), names(propertiesOf(changeRequest, changeRequest)));
  });

  it('IMPACT_FIELDS are the impact properties', () => {
    assert.deepEqual([...IMPACT_FIELDS].sort(), names(propertiesOf(changeRequest, changeRequest.properties?.impact)));
  });

  it('DEFAULT_STATUSES and DEFAULT_PRIORITIES are the schema enums, in the same order', () => {
    assert.deepEqual([...DEFAULT_STATUSES], requirementProperties.status.enum);
    assert.deepEqual([...DEFAULT_PRIORITIES], requirementProperties.priority.enum);
    assert.deepEqual(DEFAULT_SETTINGS.statuses, DEFAULT_STATUSES);
    assert.deepEqual(DEFAULT_SETTINGS.priorities, DEFAULT_PRIORITIES);
  });

  it('the default vocabulary would pass the settings schema for vocabularies', () => {
    const vocabulary = propertiesOf(settings, settings.properties?.vocabulary);
    const pattern = new RegExp(vocabulary.statuses.items?.pattern ?? '');
    assert.deepEqual([...DEFAULT_STATUSES, ...DEFAULT_PRIORITIES].filter((word) => !pattern.test(word)), []);
  });

  it('proposed changes may name every requirement field except id and changes', () => {
    const proposed = changeRequest.properties?.proposed?.additionalProperties;
    assert.ok(proposed && typeof proposed === 'object');
    assert.deepEqual([...(proposed.propertyNames?.enum ?? [])].sort(), REQUIREMENT_FIELDS.filter((f) => f !== 'id' && f !== 'changes').sort());
  });

  it('required_fields in reqdesk.yaml may only name requirement fields, and the defaults are allowed', () => {
    const allowed = settings.properties?.required_fields?.items?.enum ?? [];
    assert.deepEqual(allowed.filter((f) => !(REQUIREMENT_FIELDS as readonly unknown[]).includes(f)), []);
    assert.deepEqual(DEFAULT_SETTINGS.requiredFields.filter((f) => !allowed.includes(f)), []);
  });

  it('every rule id can be configured under rules: in reqdesk.yaml', () => {
    const pattern = new RegExp(settings.properties?.rules?.propertyNames?.pattern ?? '^$');
    const ids = [...RULES.map((r) => r.id), ...PARSE_RULE_IDS];
    assert.deepEqual(ids.filter((id) => !pattern.test(id)), []);
  });

  describe('every property has a description (it becomes the hover text in editors)', () => {
    /** Paths of properties, at any depth, whose schema (after $ref) has no description. */
    function undescribed(root: Schema): string[] {
      const missing: string[] = [];
      const walk = (schema: Schema, path: string): void => {
        for (const [name, property] of Object.entries(schema.properties ?? {})) {
          const resolved = deref(root, property);
          if (!property.description && !resolved.description) {
            missing.push(`${path}${name}`);
          }
          walk(resolved, `${path}${name}.`);
        }
        if (schema.items) {
          walk(deref(root, schema.items), `${path}[].`);
        }
        if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
          walk(deref(root, schema.additionalProperties), `${path}*.`);
        }
      };
      walk(root, '');
      for (const [name, definition] of Object.entries(root.definitions ?? {})) {
        walk(definition, `#${name}.`);
      }
      return missing;
    }

    const schemas: [string, Schema][] = [['requirements', requirements], ['change request', changeRequest], ['settings', settings], ['record', recordSchema as Schema]];
    for (const [name, root] of schemas) {
      it(`in the ${name} schema`, () => {
        assert.ok(root.description, 'the schema itself');
        assert.deepEqual(undescribed(root), []);
      });
    }

    it('finds an undescribed property when there is one (the check itself works)', () => {
      const broken: Schema = { description: 'x', properties: { a: { description: 'a', properties: { b: { type: 'string' } } }, c: { $ref: '#/definitions/d' } }, definitions: { d: { type: 'string' } } };
      assert.deepEqual(undescribed(broken), ['a.b', 'c']);
    });
  });
});
