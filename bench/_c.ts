import { findContacts } from '../src/nlu/contact-entities';
for (const arg of process.argv.slice(2)) { const [ctx, t] = arg.split('|'); console.log(t, '→', JSON.stringify(findContacts(t, ctx as any))); }
