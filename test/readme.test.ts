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
  return parse(block)
    .definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && !d.variableDefinitions?.length,
    )
    .map((op) => ({
      name: `${op.operation} ${print(op).slice(op.operation.length, 60).replace(/\s+/g, ' ')}…`,
      doc: print(op),
      key,
    }));
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

/** Whether a path names a file, or, when its last part is a pattern such as `*.graphql`, at least one. */
function exists(at: string): boolean {
  if (!path.basename(at).includes('*')) return fs.existsSync(at);
  const pattern = new RegExp(
    `^${path
      .basename(at)
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return fs.existsSync(path.dirname(at)) && fs.readdirSync(path.dirname(at)).some((f) => pattern.test(f));
}

describe('what the README and docs/ point to', () => {
  const root = path.join(__dirname, '..');
  const topLevel = new Set(
    fs.readdirSync(root).filter((e) => !['node_modules', 'dist', '.git', '.data', '.cluster'].includes(e)),
  );
  const docs = fs.readdirSync(path.join(root, 'docs')).filter((f) => f.endsWith('.md'));
  const files = ['README.md', ...docs.map((f) => `docs/${f}`)];

  it.each(files)('%s names only files of the repository, and they are there', (file) => {
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    // Paths in backticks are from the repository's root; link targets from the file's folder.
    const quoted = [...text.matchAll(/`([^`\s]+)`/g)]
      .map((m) => m[1])
      .filter((p) => p.startsWith('../') || (topLevel.has(p.split('/')[0]) && p.includes('/')))
      .map((p) => ({ named: p, at: path.resolve(root, p) }));
    const linked = [...text.matchAll(/\]\(([^)\s]+)\)/g)]
      .map((m) => m[1])
      .filter((p) => !/^([a-z]+:|#)/.test(p))
      .map((p) => ({ named: p, at: path.resolve(root, path.dirname(file), p.split('#')[0]) }));
    const refs = [...quoted, ...linked];
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.filter((r) => path.relative(root, r.at).startsWith('..')).map((r) => r.named)).toEqual([]);
    expect(refs.filter((r) => !exists(r.at)).map((r) => r.named)).toEqual([]);
  });
});
