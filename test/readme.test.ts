import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, print, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoHarness, type Harness } from './helpers/harness';

/** The README's examples run against the demo data as written (those that need no variables). */
const readme = fs.readFileSync(path.join(__dirname, '../README.md'), 'utf8');
const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);
const examples = blocks.flatMap((block) => {
  const key = /# Authorization: Bearer (\S+)/.exec(block)?.[1];
  return parse(block).definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && !d.variableDefinitions?.length)
    .map((op) => ({ name: `${op.operation} ${print(op).slice(op.operation.length, 60).replace(/\s+/g, ' ')}…`, doc: print(op), key }));
});

let h: Harness;
beforeAll(async () => {
  h = await startDemoHarness();
}, 60_000);
afterAll(() => h.close());

describe('README examples', () => {
  it('has examples to run', () => expect(examples.length).toBeGreaterThanOrEqual(4));

  it.each(examples)('$name', async ({ doc, key }) => {
    const r = await h.gql(doc, {}, key);
    expect(r.errors).toBeUndefined();
    const payloads = Object.values(r.data as Record<string, { errors?: unknown[] } | null>);
    for (const p of payloads) if (p && 'errors' in p) expect(p.errors).toEqual([]);
    expect(JSON.stringify(r.data)).not.toBe('{}');
  });
});
