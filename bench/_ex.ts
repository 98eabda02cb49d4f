import { extractSlots } from '../src/nlu/slots';
for (const arg of process.argv.slice(2)) { const [lang, t] = arg.split('|'); console.log(t, '→', JSON.stringify(extractSlots(t, { lang } as any))); }
