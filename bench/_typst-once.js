// One fresh-process Typst compile of the benchmark document (used by pdf.js): argv = main.typ, out.pdf, font dir.
import { readFileSync, writeFileSync } from 'node:fs';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';

const [main, out, fontDir] = process.argv.slice(2);
const compiler = NodeCompiler.create({ fontArgs: [{ fontPaths: [fontDir] }] });
writeFileSync(out, compiler.pdf({ mainFileContent: readFileSync(main, 'utf8') }));
