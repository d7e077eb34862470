import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { GENERATED_VALIDATORS, generateValidatorsSource } from '../../scripts/generateValidators';

describe('the validators compiled ahead of time', () => {
  it('are generated from the schemas as they are now (else: npm run generate:validators)', () => {
    assert.ok(fs.readFileSync(GENERATED_VALIDATORS, 'utf8') === generateValidatorsSource(), 'src/core/generated/validators.ts is out of date: run npm run generate:validators');
  });
});
