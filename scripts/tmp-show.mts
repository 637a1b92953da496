import { runDocument, report } from '../tests/support/documents.ts';
for (const name of process.argv.slice(2)) console.log(`== ${name}\n${report(await runDocument(name))}`);
