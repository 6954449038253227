import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { printAppSchema } from '../app/schema';

/** `npm run schema`: writes the SDL to schema/schema.graphql (a test fails when it is stale). */
const file = path.resolve(__dirname, '../../../schema/schema.graphql');
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, printAppSchema());
console.log(`wrote ${path.relative(process.cwd(), file)}`);
