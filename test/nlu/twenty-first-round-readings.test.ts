/**
 * Readings found wrong by the twenty-first round of exploratory visitors (the thirteenth 2026-12-03 session; helpers
 * who never saw the code or the corpora). Every "fixed" row failed before its fix; the "still" rows are the neighbours
 * the fix must leave alone.
 */
import { describe, expect, it } from 'vitest';
import pino from 'pino';
import { createServices } from '../../src/bot/services';
import { defaultCatalog } from '../../src/cost/catalog';
import { createRetriever } from '../../src/answers';
import type { Command, Context, Interpretation } from '../../src/nlu/commands';

const retriever = createRetriever();
const { interpret } = createServices({ catalog: defaultCatalog(), retriever, log: pino({ level: 'silent' }) } as never);
const read = (text: string, context: Context, lang: 'en' | 'id' = 'en') => interpret(text, { context, lang }) as Interpretation;
const commandsOf = (text: string, context: Context, lang: 'en' | 'id' = 'en'): Command[] => read(text, context, lang).commands;

describe('twenty-first round: readings', () => {
  it.each<[string, Context, 'en' | 'id', Command[]]>([
    // fixed: the comparison again
    ['why is cloud cheapest?', 'after_estimate', 'en', [{ type: 'ask_estimate', aspect: 'deployment_gap', deployment: 'cloud' }]],
    // fixed: an article (the decision names the winner the advisor last named)
    ['why is it the cheapest?', 'after_estimate', 'en', [{ type: 'ask_estimate', aspect: 'deployment_gap' }]],
    ['kenapa bisa paling murah?', 'after_estimate', 'id', [{ type: 'ask_estimate', aspect: 'deployment_gap' }]],
    // fixed: cloud's figures with a "why" beside them
    ['why does cloud win?', 'after_estimate', 'en', [{ type: 'ask_estimate', aspect: 'deployment_gap', deployment: 'cloud' }]],
    // fixed: hybrid's definition ("more … than" was no gap)
    ['Why is hybrid more (or less) than cloud here?', 'after_estimate', 'en', [{ type: 'ask_estimate', aspect: 'deployment_gap', deployment: 'hybrid', versus: 'cloud' }]],
    // fixed: the figures again, read as "what drives it?" without the why
    ['how come?', 'after_estimate', 'en', [{ type: 'ask_estimate', aspect: 'drivers' }, { type: 'why' }]],
    ['why is that?', 'after_estimate', 'en', [{ type: 'ask_estimate', aspect: 'drivers' }, { type: 'why' }]],
    // still: "why?" and "what drives the cost?"
    ['why?', 'after_estimate', 'en', [{ type: 'ask_estimate', aspect: 'drivers' }, { type: 'why' }]],
    ['why?', 'offered_sales', 'en', [{ type: 'why' }]],
    ['what drives the cost?', 'after_estimate', 'en', [{ type: 'ask_estimate', aspect: 'drivers' }]],
    // fixed: the advantages of cloud; a list of on-premises cost drivers
    ['And if we hosted it ourselves?', 'after_estimate', 'en', [{ type: 'ask_estimate', aspect: 'other_deployment', deployment: 'onPremises' }]],
    ['gmn kalo on prem? mahal bgt ga', 'after_estimate', 'id', [{ type: 'ask_estimate', aspect: 'other_deployment', deployment: 'onPremises' }]],
    // still: another deployment and a change
    ['and if we go hybrid?', 'after_estimate', 'en', [{ type: 'ask_estimate', aspect: 'other_deployment', deployment: 'hybrid' }]],
    ['what if we add SMS?', 'after_estimate', 'en', [{ type: 'add', slot: 'channels', value: ['sms'] }]],
    ['what if we only had 60 agents?', 'after_estimate', 'en', [{ type: 'set', slot: 'agents', value: 60 }]],
    // fixed: the line of the scenario's own deployment (cloud, which has none)
    ['Does the on-prem number include buying new hardware?', 'after_estimate', 'en', [{ type: 'ask_estimate', aspect: 'line', line: 'hardware', deployment: 'onPremises' }]],
    // fixed: a yes to the sales offer
    ['Yes, 45 total', 'offered_sales', 'en', [{ type: 'set', slot: 'agents', value: 45 }]],
    ['iya 45 orang', 'offered_sales', 'id', [{ type: 'set', slot: 'agents', value: 45 }]],
    ['shorter please, 3 bullets', 'offered_sales', 'en', [{ type: 'ask_estimate', aspect: 'breakdown', brief: true }]],
    // fixed: not understood
    ['bisa dalam bentuk poin2 singkat aja?', 'after_estimate', 'id', [{ type: 'ask_estimate', aspect: 'breakdown', brief: true }]],
    // still: a yes, and the estimate by email
    ['yes please', 'offered_sales', 'en', [{ type: 'yes' }]],
    ['send me a summary by email', 'offered_sales', 'en', [{ type: 'send_estimate' }]],
    // fixed: a privacy question, and consent asked again
    ['tidak, saya tidak setuju datanya disimpan', 'asked_consent', 'id', [{ type: 'no' }, { type: 'privacy' }]],
    ['jangan disimpan ya datanya', 'asked_consent', 'id', [{ type: 'no' }, { type: 'privacy' }]],
    // fixed: "outside what I know", a greeting
    ['who are you?', 'start', 'en', [{ type: 'out_of_scope' }]],
    ['hello? what is this', 'start', 'en', [{ type: 'out_of_scope' }]],
    ['ini apa ya?', 'start', 'id', [{ type: 'out_of_scope' }]],
    // fixed: the phones only
    ["i don't really know what a contact center is, I just have a small team answering phones", 'start', 'en', [
      { type: 'ask', topic: 'other', query: 'What is a contact center?' }, { type: 'set', slot: 'channels', value: ['voice'] },
    ]],
    // fixed: the three deployments compared
    ['apa bedanya biaya lisensi sama biaya penggunaan?', 'after_estimate', 'id', [{ type: 'ask', topic: 'other', query: 'apa bedanya biaya lisensi sama biaya penggunaan?' }]],
    // still: a difference between deployments is the comparison
    ['what is the difference between cloud and on-prem licensing?', 'after_estimate', 'en', [{ type: 'compare' }]],
    // fixed: the assumptions (EN); the method article (ID); the premium tier
    ["what's the worst case?", 'after_estimate', 'en', [{ type: 'ask_estimate', aspect: 'annual', bound: 'high' }]],
    ['use the high end, what is the total?', 'after_estimate', 'en', [{ type: 'ask_estimate', aspect: 'annual', bound: 'high' }]],
    ['best case?', 'after_estimate', 'en', [{ type: 'ask_estimate', aspect: 'annual', bound: 'low' }]],
    ['pakai angka yang paling atas aja, totalnya berapa?', 'after_estimate', 'id', [{ type: 'ask_estimate', aspect: 'annual', bound: 'high' }]],
    // still: the largest head count priced is no end of the range
    ['what is the maximum number of agents you can price?', 'after_estimate', 'en', [{ type: 'estimate' }]],
    // second round: fixed: not understood at the volumes step; the year's figure
    ['What does that come to per receptionist per month?', 'asked_volumes', 'en', [{ type: 'ask_estimate', aspect: 'per_agent' }]],
    ['how much per nurse per month?', 'after_estimate', 'en', [{ type: 'ask_estimate', aspect: 'per_agent' }]],
    // still
    ['how much per agent?', 'after_estimate', 'en', [{ type: 'ask_estimate', aspect: 'per_agent' }]],
    // fixed: an acknowledgement ("You are welcome!")
    ['thx. and for 100?', 'after_estimate', 'en', [{ type: 'set', slot: 'agents', value: 100 }]],
    // still: thanks alone, whatever words follow it (the first version of the rule read "this is what I needed" alone as
    // a staffing article and "bgt kak" as a yes to the sales offer)
    ['thanks, that is all', 'after_estimate', 'en', [{ type: 'ack' }]],
    ['thanks, this is what I needed', 'after_estimate', 'en', [{ type: 'ack' }]],
    ['makasih bgt kak', 'offered_sales', 'id', [{ type: 'ack' }]],
    ['Terima kasih atas bantuannya, Kak.', 'offered_sales', 'id', [{ type: 'ack' }]],
    // fixed (moved with the retrain): the yes lost beside the request at the consent question; a value at the volumes step
    ['iya, estimasinya kirim ke WA aku jg ya', 'asked_consent', 'id', [{ type: 'yes' }, { type: 'send_estimate' }]],
    ['one integration with our homegrown CRM', 'asked_volumes', 'en', [{ type: 'set', slot: 'integrations', value: 1 }]],
    // fixed: the year's figure
    ['Why is it a range and not a single number?', 'after_estimate', 'en', [{ type: 'ask', topic: 'how_estimate_works', query: 'Why do you show low, typical and high?' }]],
    // fixed: the cloud's first year alone
    ['And which has the lower first-year cost?', 'after_estimate', 'en', [{ type: 'ask_estimate', aspect: 'by_year' }]],
    // fixed: the budget held against the estimate again (the decision gives the head count the budget covers)
    ['How many agents could we afford within that budget?', 'after_estimate', 'en', [{ type: 'ask', topic: 'cost_saving' }]],
    // fixed: the estimate printed again
    ["Thanks. I don't want to be contacted by sales, just wanted a ballpark.", 'offered_sales', 'en', [{ type: 'no' }]],
    // fixed: the price of a call (a retrain); the minutes name the voice channel
    ['collections agency here. 30 collectors, almost all outbound dialing, like 3000 minutes each per month', 'start', 'en', [
      { type: 'set', slot: 'agents', value: 30 }, { type: 'set', slot: 'minutes_month', value: 3000, perAgent: true }, { type: 'set', slot: 'channels', value: ['voice'] },
    ]],
    // fixed: unreadable at the volumes step (the decision prices with typical volumes and answers)
    ['Kenapa on-prem bisa lebih murah/mahal di tahun ke-3?', 'asked_volumes', 'id', [{ type: 'ask_estimate', aspect: 'by_year' }]],
    // fixed: email set instead of removed
    ['Kalau 80 agen tapi emailnya dihapus?', 'after_estimate', 'id', [{ type: 'set', slot: 'agents', value: 80 }, { type: 'remove', slot: 'channels', value: ['email'] }]],
    // fixed: hybrid's 7-year total alone
    ['120 agents, voice, SMS, email and web chat, hybrid deployment, and show me a 7-year comparison.', 'start', 'en', [
      { type: 'set', slot: 'agents', value: 120 }, { type: 'set', slot: 'channels', value: ['voice', 'sms', 'email', 'webchat'] }, { type: 'set', slot: 'deployment', value: 'hybrid' },
      { type: 'set', slot: 'years', value: 7 }, { type: 'compare' },
    ]],
    // fixed: "not sure what you mean"
    // (since 2026-12-05 the residency advice answers it, and the estimate follows: the whole message looked up drew "did you mean …?")
    ['For a bank with strict data residency rules, which would you lean toward?', 'start', 'en', [{ type: 'estimate' }]],
    // fixed: the set-up time article beside the estimate
    ['20 agen voice cloud, berapa?', 'start', 'id', [{ type: 'set', slot: 'agents', value: 20 }, { type: 'set', slot: 'channels', value: ['voice'] }, { type: 'set', slot: 'deployment', value: 'cloud' }, { type: 'estimate' }]],
    // fixed: hybrid priced alone
    ['is hybrid a good idea for 40 agents with voice and email?', 'start', 'en', [
      { type: 'set', slot: 'agents', value: 40 }, { type: 'set', slot: 'channels', value: ['voice', 'email'] }, { type: 'set', slot: 'deployment', value: 'hybrid' }, { type: 'compare' },
    ]],
    // fixed: the cloud's first year ("saja" read as a switch)
    ['Berapa biaya di tahun pertama saja untuk on-premise?', 'after_estimate', 'id', [{ type: 'ask_estimate', aspect: 'first_year', deployment: 'onPremises' }]],
    // fixed: the sales request lost (a retrain); no handoff started
    ['talk to sales about 20 agents voice cloud', 'start', 'en', [{ type: 'handoff' }, { type: 'set', slot: 'agents', value: 20 }, { type: 'set', slot: 'channels', value: ['voice'] }, { type: 'set', slot: 'deployment', value: 'cloud' }]],
    ['Price 60 agents voice cloud and get me to sales.', 'start', 'en', [{ type: 'handoff' }, { type: 'set', slot: 'agents', value: 60 }, { type: 'set', slot: 'channels', value: ['voice'] }, { type: 'set', slot: 'deployment', value: 'cloud' }]],
    // still: the price of one is no definition asked
    ['what would a call center for 20 agents cost?', 'start', 'en', [{ type: 'set', slot: 'agents', value: 20 }, { type: 'estimate' }]],
  ])('%s (%s, %s)', (text, context, lang, expected) => {
    expect(commandsOf(text, context, lang)).toEqual(expected);
  });

  it.each<[string, 'en' | 'id', string, string, Command[]]>([
    // fixed: "Where should it run?" (the comparison was not asked)
    ['Show me that for 90 agents, voice only, over 5 years', 'en', 'cloud_cons', 'Why is cloud usually cheaper upfront but maybe more expensive long term?', [
      { type: 'set', slot: 'agents', value: 90 }, { type: 'set', slot: 'channels', value: ['voice'] }, { type: 'set', slot: 'years', value: 5 }, { type: 'compare' },
    ]],
    // fixed: the advantages of on-premises; of cloud
    ['Does it apply to on-prem?', 'en', 'egress', 'What is egress and why does it matter?', [{ type: 'ask', topic: 'other', query: 'What is egress and why does it matter? Does it apply to on-prem?' }]],
    ['apakah itu berpengaruh besar ke biaya contact center cloud?', 'id', 'egress', 'apa itu egress?', [{ type: 'ask', topic: 'other', query: 'apa itu egress? apakah itu berpengaruh besar ke biaya contact center cloud?' }]],
    // fixed: the general deployment table, the head count lost
    ['Cocok nggak buat perusahaan dengan 100 agen?', 'id', 'hybrid_cons', 'Apa kelebihan dan kekurangan model hybrid?', [
      { type: 'set', slot: 'agents', value: 100 }, { type: 'set', slot: 'deployment', value: 'hybrid' }, { type: 'estimate' },
    ]],
    // still: after an answer about a deployment, another deployment is that deployment's side
    ['and is it cheaper in the cloud?', 'en', 'onprem_pros', 'what are the advantages of on-prem?', [{ type: 'ask', topic: 'cloud_pros' }]],
  ])('follow-up: %s', (text, lang, topic, question, expected) => {
    expect((interpret(text, { context: 'start', lang, followUp: { topic: topic as never, question } }) as Interpretation).commands).toEqual(expected);
  });

  it('a yes with a privacy condition stays a yes', () => {
    // (the privacy aside beside it came and went with the retrain on this session's knowledge base)
    const commands = commandsOf('boleh, tapi datanya jangan disebar', 'asked_consent', 'id');
    expect(commands[0]).toEqual({ type: 'yes' });
    expect(commands.some((c) => c.type === 'no')).toBe(false);
  });

  it.each<[string, Context, boolean]>([
    // fixed: consent said in so many words was asked for again
    ['Tuesday afternoons UK time work best. And yes, you can contact me.', 'asked_time', true],
    ['Jonas Berg, jonas.berg@fjordtech.no, and I consent to being contacted.', 'asked_name', true],
    ['boleh dihubungi, nama saya Budi', 'asked_name', true],
    ['telpon aja hari Selasa jam 10 pagi, dan iya saya setuju data saya dipakai untuk dihubungi', 'asked_time', true],
    ['kapan saja jam kerja. setuju.', 'asked_time', true],
    // still: a refusal, or nothing said about it
    ["I'd rather not give consent to be called", 'asked_phone', false],
    ["please don't contact me by phone, email only", 'asked_phone', false],
    ['Ana Lima, ana@lima.io', 'asked_name', false],
  ])('consent stated: %s (%s)', (text, context, given) => {
    expect(read(text, context).consentGiven === true).toBe(given);
  });

  it('"who are you?" is asked of the advisor', () => {
    expect(read('who are you?', 'start').aboutAdvisor).toBe(true);
  });

  it.each<[string, 'en' | 'id', number]>([
    // fixed: 1,200 (the employees)
    ['Perusahaan kami 1.200 karyawan, tapi yang jadi agen contact center cuma 150. Kanal telepon, email, media sosial. Cloud.', 'id', 150],
    ['karyawan kami 500, agen call center sekitar 40', 'id', 40],
    // fixed: 15 (the other site's 25 lost: "one" was a count)
    ['We have 2 sites, 15 agents in one and 25 in the other, voice only, cloud.', 'en', 40],
    // still
    ['We have 1,200 employees but only 150 agents, voice and email, cloud', 'en', 150],
  ])('head count of %s', (text, lang, agents) => {
    expect(commandsOf(text, 'start', lang)).toContainEqual(expect.objectContaining({ type: 'set', slot: 'agents', value: agents }));
  });

  it.each<[string, Context, Command[]]>([
    // fixed: "Park Digital" became the name (the lead read "Contact: Park Digital")
    ['leo@parkdigital.co, Park Digital, yes ok to contact', 'asked_email', [{ type: 'set', slot: 'email', value: 'leo@parkdigital.co' }, { type: 'set', slot: 'company', value: 'Park Digital' }]],
    // still: a person's name beside their email
    ['Bob Smith, bob@bobsmith.com', 'asked_email', [{ type: 'set', slot: 'email', value: 'bob@bobsmith.com' }, { type: 'set', slot: 'name', value: 'Bob Smith' }]],
    // fixed: the company "Call me at"
    ['Call me at (212) 555-0199 tomorrow after 2pm, name is Leo Park', 'asked_company', [
      { type: 'set', slot: 'phone', value: '(212) 555-0199' }, { type: 'set', slot: 'name', value: 'Leo Park' }, { type: 'set', slot: 'time', value: 'tomorrow after 2pm' },
    ]],
  ])('contact details: %s (%s)', (text, context, expected) => {
    expect(commandsOf(text, context)).toEqual(expected);
  });

  it('a yes typed last is not part of the time to call', () => {
    const time = commandsOf('Dewi Lestari / dewi.lestari@gmail.com / PT Kopi Nusantara / 0857 1111 2222 / Senin pagi / setuju', 'asked_name', 'id')
      .find((c) => c.type === 'set' && c.slot === 'time');
    expect(time).toEqual({ type: 'set', slot: 'time', value: 'Senin pagi' });
  });

  it.each<[string, 'en' | 'id', string]>([
    // fixed: quality monitoring; a "did you mean" menu; the 3-year comparison
    ['Do more channels make it much more expensive?', 'en', 'call-vs-contact-technology'],
    ['kenapa ada rentang harga, bukan angka pasti?', 'id', 'method-accuracy'],
    ['apa bedanya biaya lisensi sama biaya penggunaan?', 'id', 'platform-pricing-model'],
    // new: egress on-premises (the source prices egress as a cloud charge)
    ['Do on-prem contact centers pay egress fees?', 'en', 'egress-onprem'],
    ['Kalau on-prem bayar biaya egress juga gak?', 'id', 'egress-onprem'],
    // still: the price of egress
    ['how much does egress cost?', 'en', 'egress-cost'],
  ])('knowledge: %s', (question, lang, entry) => {
    const r = retriever.ask(question, lang);
    expect(r.kind === 'answer' ? r.entry.id : r.kind).toBe(entry);
  });
});
