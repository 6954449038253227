import fs from 'node:fs';
import path from 'node:path';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAppSchema, printAppSchema } from '../src/app/schema';
import { startHarness, type Harness } from './helpers/harness';

describe('schema', () => {
  it('schema/schema.graphql matches the code (run `npm run schema` after changing the API)', () => {
    const committed = fs.readFileSync(path.join(__dirname, '../schema/schema.graphql'), 'utf8');
    expect(committed).toBe(printAppSchema());
  });

  it('describes every type, field, argument and enum value', () => {
    const missing: string[] = [];
    for (const type of Object.values(buildAppSchema().getTypeMap())) {
      if (
        type.name.startsWith('__') ||
        (isScalarType(type) && ['String', 'Boolean', 'Int', 'Float', 'ID'].includes(type.name))
      )
        continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const f of Object.values(type.getFields())) {
          if (!f.description) missing.push(`${type.name}.${f.name}`);
          for (const a of 'args' in f ? f.args : [])
            if (!a.description) missing.push(`${type.name}.${f.name}(${a.name})`);
        }
      }
      if (isEnumType(type))
        for (const v of type.getValues()) if (!v.description) missing.push(`${type.name}.${v.name}`);
    }
    expect(missing).toEqual([]);
  });
});

describe('database schema', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it('the migrations build exactly what the entities describe', async () => {
    const diff = await h.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim()).toBe('');
  });

  it('has append-only triggers on events, transformation edges, declaration versions, frozen recall scopes, transitions, spot checks, complaint answers, the personal data access log, the account log and the ledger', async () => {
    // Once per table: a partitioned table's row triggers are cloned onto its partitions (tgparentid names the original).
    const sql = `select tgname from pg_trigger where tgname like '%append_only' and tgparentid = 0`;
    const rows = await h.em().execute<{ tgname: string }[]>(sql);
    expect(rows.map((r) => r.tgname).sort()).toEqual([
      'account_event_append_only',
      'complaint_answer_append_only',
      'custody_event_append_only',
      'declared_standard_append_only',
      'ledger_entry_append_only',
      'lot_input_append_only',
      'personal_data_access_append_only',
      'recall_scope_holder_append_only',
      'recall_scope_lot_append_only',
      'recall_transition_append_only',
      'spot_check_append_only',
      'standard_declaration_append_only',
    ]);
  });
});
