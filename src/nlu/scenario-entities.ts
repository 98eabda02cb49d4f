/**
 * Exact things in a message, read by rules because they are exact: the scenario values the slot
 * extractor finds (agents, channels, deployment, volumes, add-ons, tier, horizon), relative changes
 * ("double the agents", "10% more calls"), a staffing question's figures ("2,000 calls a day, 5 min
 * AHT, 80/20"), a line of the estimate, and a language named or written. Which of these the message
 * *means* to change is for the act model to say; this module only reads them.
 */
import type { Lang } from '../i18n/index';
import { extractSlots } from './slots';
import type { Command, Context, LineId } from './commands';
import type { Channel, Deployment } from './types';
import { findNumbers, type NumberMention } from './numbers';
import { normalizeText, tokenize, type Token } from './text';
import { AGENT_WORDS, UNIT_OF } from './units';
import { CORRECTION_SPLIT } from './contact-entities';
import { NEW_TOTAL_FIRST } from './slots';

const ALL: readonly Channel[] = ['voice', 'sms', 'mms', 'social', 'email', 'webchat'];
const EXPECTING: Partial<Record<Context, 'agents' | 'channels' | 'deployment' | 'volumes'>> = {
  asked_agents: 'agents',
  asked_channels: 'channels',
  asked_deployment: 'deployment',
  asked_volumes: 'volumes',
};
const VOLUME_SLOT = {
  callsPerMonth: 'calls_month',
  voiceMinutesPerMonth: 'minutes_month',
  smsPerMonth: 'sms_month',
  mmsPerMonth: 'mms_month',
  socialInteractionsPerMonth: 'social_month',
  emailPerMonth: 'email_month',
  chatsPerMonth: 'chat_month',
  egressGbPerMonth: 'egress_gb',
} as const;

const VOLUME_CHANNEL: Record<string, Channel> = {
  callsPerMonth: 'voice', voiceMinutesPerMonth: 'voice', smsPerMonth: 'sms', mmsPerMonth: 'mms', socialInteractionsPerMonth: 'social', emailPerMonth: 'email', chatsPerMonth: 'webchat',
};

const ADD_CUE = /\b(add|adding|added|adds|also|too|as well|plus|include|including|tambah|tambahin|tambahkan|nambah|juga|jg|jga|sekalian|ditambah|masukin|masukkan|and also|with)\b/i;
const STRONG_ONLY = /\b(only|just|solely|cuma|cuman|hanya|doang)\b/i;
const ADD_VERB = /\b(add|ad(?=\s+(?:sms|mms|e-?mails?|chats?|voice|web ?chat|social|whatsapp|wa)\b)|adding|added|adds|include|included|including|tambah|tambahin|tambahkan|nambah|masukin|masukkan|sertakan)\b/i;
const AGENT_WORD_RE = /\b(agents?|seats?|agen|kursi|orang|staff?|people|reps?)\b/i;
const ONLY_CUE = /\b(only|just|solely|cuma|hanya|saja|aja|doang)\b/i;

export type ScenarioReading = {
  commands: Command[];
  agentsRejected?: { raw: string; reason: 'zero' | 'negative' | 'decimal' | 'tooLarge' | 'notANumber' };
  /** Two deployments named against each other ("cloud or on-prem"). */
  deploymentsContrasted: boolean;
  /** Two deployments named against each other ("cloud vs on-prem"), none negated. */
  deploymentsNamed: boolean;
  /** A handle time named in passing ("5 minute calls"), kept for a staffing question. */
  ahtSeconds?: number;
};

function channelCommands(
  edit: NonNullable<ReturnType<typeof extractSlots>['channels']>,
  text: string,
  context: Context,
  type: 'set' | 'correct',
): Command[] {
  const out: Command[] = [];
  // "omnichannel (telepon, sms, email, webchat, medsos)": the channels listed are what "all" stands for (MMS was added)
  const listed = edit.all && edit.add.length >= 2;
  const add = edit.all && !listed ? ALL.filter((c) => !edit.remove.includes(c)) : edit.add.filter((c) => !edit.remove.includes(c));
  // "I meant MMS, not SMS": a swap, not a new list
  if (type === 'correct' && add.length && edit.remove.length && !edit.all && !edit.only) {
    return [{ type: 'add', slot: 'channels', value: [...add] }, { type: 'remove', slot: 'channels', value: [...edit.remove] }];
  }
  const firstAnswer = context === 'asked_channels' || context === 'start';
  // "scratch social, make it email instead", "drop sms, add whatsapp", "sms nya gak jadi, ganti email aja": one channel
  // out and another in, the rest kept ("aja" softens; "only" or "cuma" would make the new list the whole list)
  if (!firstAnswer && add.length && edit.remove.length && !edit.all && (!edit.only || !STRONG_ONLY.test(text))) {
    return [{ type: 'add', slot: 'channels', value: [...add] }, { type: 'remove', slot: 'channels', value: [...edit.remove] }];
  }
  // "tambah sosmed aja", "just add SMS": an adding verb adds, whatever softener comes with it
  // ("sorry, mms too, not just sms": a correction that says "too" adds as well)
  const adding = !firstAnswer && !edit.all && (ADD_VERB.test(text) || (!edit.only && /\b(too|also|as well|juga|jg)\b/i.test(text)));
  const replace = !adding && (type === 'correct' || edit.all || edit.only || firstAnswer || ONLY_CUE.test(text));
  const additive = adding || (!replace && ADD_CUE.test(text));
  if (add.length) out.push({ type: additive ? 'add' : type, slot: 'channels', value: [...add] });
  if (edit.remove.length && !edit.all) out.push({ type: 'remove', slot: 'channels', value: [...edit.remove] });
  return out;
}

/**
 * One channel put in place of another: "kalau sms diganti WA?", "ganti email ke live chat", "replace SMS with
 * WhatsApp", "swap sms for email", "web chat instead of email". Each side is read as channels on its own.
 */
const SWAPS: { re: RegExp; from: number; to: number }[] = [
  { re: /\b(?:replace|replacing|swap|swapping|switch|switching|change|changing|trade|exchange)\s+(?:the\s+|our\s+)?(.{2,40}?)\s+(?:with|for|to|into|by)\s+(.{2,40})$/i, from: 1, to: 2 },
  { re: /\b(?:ganti|ganti\s+aja|tukar|ubah)\s+(.{2,40}?)\s+(?:jadi|ke|dengan|dgn|sama|pakai|pake|menjadi)\s+(.{2,40})$/i, from: 1, to: 2 },
  { re: /(?:^|[\s,])(.{2,40}?)\s*(?:nya\s+)?(?:diganti|digantiin|ganti|diubah|ditukar|dituker)\s+(?:jadi\s+|ke\s+|dengan\s+|dgn\s+|sama\s+|pakai\s+|pake\s+|menjadi\s+)?(.{2,40})$/i, from: 1, to: 2 },
  { re: /\binstead of\s+(.{2,40}?)[,\s]+(?:use|go with|we(?:'d| would)? (?:use|want|take)|take|let'?s (?:use|do))\s+(.{2,40})$/i, from: 1, to: 2 },
  { re: /(?:^|[\s,])(.{2,40}?)\s+instead of\s+(.{2,40})$/i, from: 2, to: 1 },
];

export function readChannelSwap(text: string, lang?: Lang): { from: Channel[]; to: Channel[] } | undefined {
  const clean = text.replace(/[?!.]+\s*$/, '');
  for (const { re, from, to } of SWAPS) {
    const m = re.exec(clean);
    if (!m) continue;
    const read = (side: string) => extractSlots(side, lang ? { known: lang } : {}).channels;
    const a = read(m[from]!);
    const b = read(m[to]!);
    if (!a || !b || a.remove.length || b.remove.length || a.all || b.all) continue;
    const out = { from: a.add.filter((c) => !b.add.includes(c)), to: b.add.filter((c) => !a.add.includes(c)) };
    if (out.from.length && out.to.length) return out;
  }
  return undefined;
}

/** The scenario values in one stretch of text, as commands of the given type. */
function readSegment(text: string, context: Context, type: 'set' | 'correct', lang?: Lang): ScenarioReading {
  const ex = extractSlots(text, { expecting: EXPECTING[context], ...(lang ? { known: lang } : {}) });
  const out: Command[] = [];
  if (ex.agents !== undefined) out.push({ type, slot: 'agents', value: ex.agents, ...(ex.agentsParts ? { parts: ex.agentsParts } : {}), ...(ex.agentsLow !== undefined ? { low: ex.agentsLow } : {}) });
  else if (ex.agentsRejected && ex.agentsRejected.reason !== 'notANumber') {
    const value = parseRejected(ex.agentsRejected.raw, ex.agentsRejected.reason);
    if (value !== undefined) out.push({ type, slot: 'agents', value });
  }
  const swap = readChannelSwap(text, lang);
  if (swap) {
    out.push({ type: 'add', slot: 'channels', value: swap.to }, { type: 'remove', slot: 'channels', value: swap.from });
  } else if (ex.channels) {
    // "our SMS volume is 10,000 a month": the channel word names the volume, it does not choose channels
    const volumeChannels = new Set(Object.keys(ex.volumes ?? {}).map((k) => VOLUME_CHANNEL[k]).filter(Boolean));
    const onlyNamesVolumes = context !== 'asked_channels' && context !== 'start' && ex.channels.remove.length === 0 && !ex.channels.all &&
      ex.channels.add.length > 0 && ex.channels.add.every((c) => volumeChannels.has(c)) && !ADD_CUE.test(text);
    if (!onlyNamesVolumes) out.push(...channelCommands(ex.channels, text, context, type));
  }
  if (ex.deployment) out.push({ type, slot: 'deployment', value: ex.deployment });
  // "8000 calls/month at about 4 minutes each": with its handle time, a call count is the minutes it takes (the
  // estimate would otherwise assume its own handle time for the calls and say so)
  const volumes: Record<string, number | undefined> = { ...ex.volumes };
  if (volumes.callsPerMonth !== undefined && volumes.ahtSeconds !== undefined && volumes.voiceMinutesPerMonth === undefined) {
    volumes.voiceMinutesPerMonth = Math.round((volumes.callsPerMonth * volumes.ahtSeconds) / 60);
    if (ex.perAgentVolumes?.includes('callsPerMonth')) ex.perAgentVolumes.push('voiceMinutesPerMonth');
    delete volumes.callsPerMonth;
    // (and the handle time is kept: "kalau panggilannya jadi 50rb sebulan?" next priced the calls at the preset 5.5
    // minutes, not the 4 the visitor gave)
    out.push({ type, slot: 'aht_seconds', value: Math.round(volumes.ahtSeconds) });
  }
  // a handle time without a call count of its own is the visitor's handle time for the calls already given
  if (volumes.ahtSeconds !== undefined && volumes.callsPerMonth === undefined && volumes.voiceMinutesPerMonth === undefined) {
    out.push({ type, slot: 'aht_seconds', value: Math.round(volumes.ahtSeconds) });
  }
  for (const [k, slot] of Object.entries(VOLUME_SLOT)) {
    const v = volumes[k];
    if (v !== undefined) out.push({ type, slot, value: v, ...(ex.perAgentVolumes?.includes(k as never) ? { perAgent: true } : {}) } as Command);
  }
  if (ex.addOns?.wfm !== undefined) out.push({ type, slot: 'wfm', value: ex.addOns.wfm });
  if (ex.addOns?.ai !== undefined) out.push({ type, slot: 'ai', value: ex.addOns.ai });
  if (ex.aiConversationsPerMonth !== undefined) out.push({ type, slot: 'ai_month', value: ex.aiConversationsPerMonth });
  if (ex.addOns?.customIntegrations !== undefined) out.push({ type, slot: 'integrations', value: ex.addOns.customIntegrations });
  if (ex.tier) out.push({ type, slot: 'tier', value: ex.tier === 'essential' ? 'basic' : ex.tier });
  if (ex.years !== undefined) out.push({ type, slot: 'years', value: ex.years });
  return {
    commands: out,
    ...(ex.agentsRejected ? { agentsRejected: ex.agentsRejected } : {}),
    deploymentsContrasted: ex.intents.includes('compare') && ex.compareAll === true && ex.deployment === undefined,
    deploymentsNamed: ex.deploymentsNamed === true,
    ...(ex.volumes?.ahtSeconds !== undefined ? { ahtSeconds: ex.volumes.ahtSeconds } : {}),
  };
}

/** The number behind a refused agent count ("0", "-5", "2.5", "200k"), for the advisor to say why. */
function parseRejected(raw: string, reason: 'zero' | 'negative' | 'decimal' | 'tooLarge'): number | undefined {
  if (reason === 'zero') return 0;
  const found = findNumbers(tokenize(normalizeText(raw)))[0];
  if (!found) return reason === 'negative' ? -1 : undefined;
  const v = found.negative ? -found.value : found.value;
  return reason === 'negative' ? -Math.abs(v) : v;
}

/**
 * A figure denied, then the right one said after a hedge: "we don't do 2000 min per agent, more like 1200", "it's not
 * 5000 emails a month, closer to 3000", "bukan 500 sms per agen, lebih ke 200" (the denied figure was kept). The hedge
 * is where the correction starts.
 */
const FIGURE_DENIED_THEN_SAID = /(?<=\b(?:not|don'?t|dont|doesn'?t|isn'?t|aren'?t|never|bukan|gak|ga|nggak|enggak|tidak|tdk)\b[^.?!\d]{0,30}\d[^.?!]{0,40}?[,;:—–-]\s*(?:(?:it'?s|its|we'?re|we do|we get|we have|probably|maybe|realistically|really|actually|but|tapi|paling)\s+)*)(?:more like|closer to|nearer(?: to)?|rather|lebih ke|lebih kayak|lebih kaya|palingan|kira-kira|kurleb)\b(?=\s*~?\s*\d)/i;

const ADDED_AFTER_CUE = /^\s*[,.]?\s*(?:(?:sama|juga|plus|tambah\w*|ditambah|sekalian|and(?: also)?|also|oh and)\b|.*\b(?:juga|too|as well)\b)/i;

/**
 * Scenario values in the message. A correction cue ("no wait", "sorry", "eh salah") splits it: the
 * values after the cue are corrections of the same slots, and a slot said on both sides keeps only
 * its corrected value.
 */
/**
 * The visitor's own IT people, counted: "We have 2 IT staff already", "staf IT kita juga udah ada 1 orang" (the head
 * count became 2 and 1). They are the in-house IT line's business, never the agents. (An IT support team, "tim IT support
 * 15 org", is the agents of an internal helpdesk: it was never read.)
 */
const OWN_IT_STAFF = /\b(?:\d{1,3}(?:[.,]\d+)?|one|two|three|four|five|a couple of|satu|dua|tiga|empat|lima)\s+(?:full[- ]time\s+|ft\s+|dedicated\s+|in[- ]house\s+)?(?:it|ti|telephony|system|systems|network|pbx|voip)\s+(?:admins?|administrators?|engineers?|staff|staf|people|person|techs?|guys|orang|org)\b|\b(?:staf|staff|tim|orang|admin)\s+(?:it|ti)\b(?!\s+(?:support|helpdesk|help ?desk|service ?desk|desk|cs)\b)[^.?!\d]{0,25}?\b\d{1,3}\s*(?:orang|org)\b/gi;

/** Servers or gateways counted ("server cukup 1 aja": 1 agent): the hardware's number, never the agents. */
const SERVERS_COUNTED = /\b(?:servers?|server ?nya|gateways?|sbcs?|racks?)\s+(?:(?:cukup|cuma|hanya|just|only|kami|kita|we have|ada|sekitar|about|around)\s+){0,2}\d{1,3}\b(?!\s*(?:agents?|agen|orang|org|seats?|kursi|cs|people|staff))|\b\d{1,3}\s+(?:(?:unit|buah)\s+)?(?:servers?|gateways?|sbcs?|racks?)\b/gi;

export function readScenario(typed: string, context: Context, corrective: boolean, lang?: Lang): ScenarioReading {
  const r = readScenarioOnce(typed, context, corrective, lang);
  if (r.commands.some((c) => 'slot' in c && c.slot === 'agents') || r.agentsRejected) return r;
  // ("80 interviewers doing OUTBOUND calls only", "55 inside sales/support staff": the head count asked four times) the
  // people of a job at work on the contacts, or staff after a list of what they do, are the agents
  const at = JOB_AT_WORK.exec(typed) ?? STAFF_AFTER_ROLES.exec(typed);
  const n = at ? Number(at[1]) : 0;
  if (!at || !(n >= 1 && n <= 100_000) || NOT_A_JOB.test(at[2]!)) return r;
  return { ...r, commands: [{ type: corrective ? 'correct' : 'set', slot: 'agents', value: n }, ...r.commands] };
}

/** A number of people by a job name ("-ers", "-ors", "-ists", "-ants", "-ians") said at work on the contacts. */
const JOB_AT_WORK = /\b(\d{1,5})\s+(?:[a-z]+\s+){0,2}([a-z]{3,}(?:ers|ors|ists|ants|ents|ians))\b(?=\s+(?:\w+\s+){0,2}(?:doing|making|taking|answering|handling|working|covering|manning|staffing|on (?:the )?(?:phones?|calls?|lines?|chat|email)|who (?:answer|take|handle|make|do|work)|to (?:answer|handle|take|make))|\s+(?:also\s+|all\s+|will\s+|would\s+)?(?:answer|handle|take|cover|man|staff|field)\b|\s*[.,;]?\s*$)/i;
/** Staff after a list of what they do: "55 inside sales/support staff", "12 sales & service people". */
const STAFF_AFTER_ROLES = /\b(\d{1,5})\s+((?:[a-z]+\s*[/&+,-]\s*|[a-z]+\s+){1,3})(?:staff|people|reps|agents|personnel|team members)\b/i;
/** Plurals in -ers and the like that count no one answering: customers, orders, servers. */
const NOT_A_JOB = /\b(?:customers?|clients?|subscribers?|members?|users?|patients?|students?|followers?|viewers?|buyers?|passengers?|tenants?|residents?|donors?|drivers?|riders?|partners?|vendors?|suppliers?|dealers?|retailers?|resellers?|franchisees?|borrowers?|players?|gamers?|visitors?|shoppers?|orders?|centers?|centres?|servers?|computers?|printers?|numbers?|others?|letters?|chapters?|markets?|containers?|trucks?|sellers?|parents?|applicants?|claimants?|tickets?|calls?|it|ti)\b/i;

/** Western Australia, not WhatsApp: "restaurants all over WA", "based in Perth, WA". */
const WA_THE_STATE = /\b(?:(?:all over|across|around|throughout|in|from|out of|of|to|regional|rural|northern|southern|western|perth,?|fremantle,?)\s+WA\b|\bWA\s+(?:state|government|gov|health|police|coast|wide)\b)/g;

function readScenarioOnce(typed: string, context: Context, corrective: boolean, lang?: Lang): ScenarioReading {
  const text = typed.replace(OWN_IT_STAFF, (m) => ' '.repeat(m.length)).replace(SERVERS_COUNTED, (m) => ' '.repeat(m.length)).replace(WA_THE_STATE, (m) => ' '.repeat(m.length));
  const denied = CORRECTION_SPLIT.exec(text) ? null : FIGURE_DENIED_THEN_SAID.exec(text);
  const cue = denied ?? CORRECTION_SPLIT.exec(text);
  if (!cue) {
    const r = readSegment(text, context, corrective ? 'correct' : 'set', lang);
    return r;
  }
  const before = readSegment(text.slice(0, cue.index), context, 'set', lang);
  let afterText = text.slice(cue.index + cue[0].length);
  // ("not 20 agents, more like 25": the unit is said once, with the figure denied)
  const unit = denied && /^\s*~?\s*\d[\d.,]*k?\s*[.!]*\s*$/i.test(afterText) ? /\d[\d.,]*k?\s+([^\d,;:.!?—–-]{1,30}?)\s*[,;:—–-]\s*[^,;:—–-]*$/i.exec(text.slice(0, cue.index)) : null;
  if (unit) afterText = `${afterText.trim().replace(/[.!]+$/, '')} ${unit[1]}`;
  // ("… perusahaan pembiayaan alat pertanian... bukan, koreksi, kami distributor alkes … 22 agen, telepon + email + live
  // chat. Cloud." as a first message: every detail lost) a correction of words that set nothing corrects no scenario
  if (before.commands.length === 0 && !before.agentsRejected) return readSegment(afterText, context, corrective ? 'correct' : 'set', lang);
  const after = readSegment(afterText, context, 'correct', lang);
  // "SMS 6.000, maaf, maksud saya 600", "5k chats, no wait, 500": a bare figure after the cue corrects the one
  // figure before it, in that figure's unit (the unit is not said twice)
  const figures = before.commands.filter((c) => (c.type === 'set' || c.type === 'correct') && typeof c.value === 'number');
  const figure = figures[0];
  const only = after.commands[0];
  const bare = after.commands.length === 0 || (after.commands.length === 1 && only && 'slot' in only && only.slot === 'agents' && !AGENT_WORD_RE.test(afterText));
  const numbers = findNumbers(tokenize(normalizeText(afterText)));
  if (figures.length === 1 && figure && 'slot' in figure && figure.slot !== 'agents' && bare && numbers.length === 1 && !numbers[0]!.negative) {
    // (per agent when the figure it corrects was: "we don't do 2000 min per agent, more like 1200")
    after.commands = [{ ...figure, type: 'correct', value: numbers[0]!.value } as Command];
  }
  // "40 agents - no wait, 45 - voice and sms": a bare figure right after the cue corrects the head count before it
  const headCount = before.commands.find((c) => (c.type === 'set' || c.type === 'correct') && c.slot === 'agents');
  const bareFirst = /^\s*(?:(?:bukan|no|salah|maksudnya|maksud saya|i mean)\b)?\s*[,:;-]?\s*(\d[\d.,]*)\s*(?:agents?|seats?|agen|orang|people)?\s*(?:(?:actually|instead|then|really|deh|aja|saja|ya|sih|maksudnya|maksud saya|maksudku|i mean|i meant|sorry|maaf)\s*)*(?:[-,.;!]|$)/i.exec(afterText);
  if (headCount && bareFirst && !after.commands.some((c) => 'slot' in c && c.slot === 'agents')) {
    const value = findNumbers(tokenize(normalizeText(bareFirst[1]!)))[0];
    if (value && Number.isInteger(value.value) && value.value >= 1 && !value.negative) after.commands.unshift({ type: 'correct', slot: 'agents', value: value.value });
  }
  if (after.commands.length === 0) return readSegment(text, context, corrective ? 'correct' : 'set', lang);
  // "voice, eh sama email deh", "sms, oh and email too": an afterthought that adds a channel keeps the ones before
  // (only email was priced)
  const beforeChannels = before.commands.find((c) => (c.type === 'set' || c.type === 'correct') && c.slot === 'channels') as { value: Channel[] } | undefined;
  const afterChannels = after.commands.find((c) => (c.type === 'set' || c.type === 'correct') && c.slot === 'channels') as { value: Channel[] } | undefined;
  if (beforeChannels && afterChannels && ADDED_AFTER_CUE.test(afterText) && !/\b(?:only|just|cuma|hanya|doang|aja|saja|instead|ganti|bukan)\b/i.test(afterText)) {
    afterChannels.value = [...new Set([...beforeChannels.value, ...afterChannels.value])];
  }
  const corrected = new Set(after.commands.map((c) => ('slot' in c ? c.slot : '')));
  return {
    commands: [...before.commands.filter((c) => !('slot' in c) || !corrected.has(c.slot)), ...after.commands],
    ...(after.agentsRejected ?? before.agentsRejected ? { agentsRejected: after.agentsRejected ?? before.agentsRejected } : {}),
    deploymentsContrasted: before.deploymentsContrasted || after.deploymentsContrasted,
    deploymentsNamed: before.deploymentsNamed || after.deploymentsNamed,
    ...(after.ahtSeconds ?? before.ahtSeconds ? { ahtSeconds: after.ahtSeconds ?? before.ahtSeconds } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// relative changes

type RelSlot = Extract<Command, { type: 'relative' }>['slot'];

const SLOT_WORDS: [RegExp, RelSlot][] = [
  [/^(calls?|panggilan|telepon|telpon|telp|tlp|telfon|voice)$/, 'calls_month'],
  [/^(minutes?|mins?|menit)$/, 'minutes_month'],
  [/^(sms|texts?|smses)$/, 'sms_month'],
  [/^(mms)$/, 'mms_month'],
  [/^(emails?|surel)$/, 'email_month'],
  [/^(chats?|obrolan)$/, 'chat_month'],
  [/^(social|dms?|messages?|interactions?|interaksi|medsos|whatsapp|wa)$/, 'social_month'],
  [/^(integrations?|integrasi)$/, 'integrations'],
  [/^(years?|tahun|thn|yrs?)$/, 'years'],
  [/^(gb|egress|bandwidth|data|tb)$/, 'egress_gb'],
  // ("what if volume doubles" doubled the head count)
  [/^(volumes?|volumenya|traffic|trafik|usage|pemakaian|workload)$/, 'volumes'],
];

function slotNear(tokens: Token[], from: number, to: number): RelSlot | undefined {
  const found = slotWordNear(tokens, from, to);
  // "naikkan volume panggilan 30%": the channel beside "volume" says whose volume it is
  if (found === 'volumes') {
    for (let i = Math.max(0, from); i < Math.min(tokens.length, to); i++) {
      const slot = slotWordNear(tokens, i, i + 1);
      if (slot && slot !== 'volumes' && slot !== 'agents' && slot !== 'years') return slot;
    }
  }
  return found;
}

/** The nearest slot word before `to` ("tambah 10 agen, sms nya dobelin": the SMS, not the agents). */
function slotNearBefore(tokens: Token[], from: number, to: number): RelSlot | undefined {
  for (let i = to - 1; i >= Math.max(0, from); i--) {
    const slot = slotNear(tokens, i, i + 1);
    if (slot) return slot === 'volumes' ? slotNear(tokens, from, to) : slot;
  }
  return undefined;
}

function slotWordNear(tokens: Token[], from: number, to: number): RelSlot | undefined {
  for (let i = Math.max(0, from); i < Math.min(tokens.length, to); i++) {
    const w = tokens[i]!.t.replace(/(?<=\w{3})nya$/, '');
    if (AGENT_WORDS.has(w) || /^(team|tim|headcount|staff|agen)$/.test(w)) return 'agents';
    // "naik 20% tahun depan", "10% more next year", "per year": when it happens, not the horizon
    if (/^(years?|tahun|thn|yrs?)$/.test(w) && (/^(depan|ini|lalu|kemarin|berikutnya|pertama)$/.test(tokens[i + 1]?.t ?? '') || /^(next|this|last|per|a|each|every|first|tiap|setiap)$/.test(tokens[i - 1]?.t ?? ''))) continue;
    for (const [re, slot] of SLOT_WORDS) if (re.test(w)) return slot;
  }
  return undefined;
}

const MUL_WORDS: [RegExp, number][] = [
  // ("satu setengah kali lipat" was read as "setengah", half)
  [/\b(satu setengah kali(?: lipat)?|one and a half times|1[.,]5 ?(?:x|kali(?: lipat)?|times)|half again)\b/, 1.5],
  [/\b(double|doubled|doubling|doubles|twice|dobel|dobelin|didobel|didobelin|dobel(?:in)?nya|dua kali(?: lipat)?|lipat dua|dua x|2 ?x|x ?2|gandakan|digandakan|lipatgandakan|dilipatgandakan|kali dua)\b/, 2],
  [/\b(triple|triples|tripled|tripling|thrice|tiga kali(?: lipat)?|3 ?x|x ?3)\b/, 3],
  [/\b(quadruple|quadruples|quadrupled|empat kali(?: lipat)?|4 ?x)\b/, 4],
  // ("Black Friday week our volume is like 5x normal": not understood) larger multipliers, as a peak's traffic is said
  ...([[5, 'five', 'lima'], [6, 'six', 'enam'], [7, 'seven', 'tujuh'], [8, 'eight', 'delapan'], [9, 'nine', 'sembilan'], [10, 'ten', 'sepuluh']] as const).map(
    ([n, en, id]) => [new RegExp(`\\b(${n} ?x|${en}fold|${id} kali lipat|${n} kali lipat)\\b(?! ?\\d)`), n] as [RegExp, number]),
  [/\b(half|halve|halved|halving|setengah(?:nya|in|kan)?|separuh(?:nya|in|kan)?|separo(?:nya|in)?|dibagi dua|bagi dua)\b/, 0.5],
];
/** "agennya dikali 3", "times 3", "x3 the agents". */
const TIMES = /\b(?:dikali|dikalikan|kali|times|multiplied by|multiply by)\s*(\d+(?:[.,]\d+)?)\b/;
const UP = /\b(extend|extended|perpanjang|diperpanjang|perpanjangan|more|increase|increased|grow|grows|grew|growth|up|higher|raise|add|plus|extra|additional|naik|naikkan|naikin|tambah|tambahin|tambahkan|ditambah|ditambahkan|nambah|menambah|menambahkan|bertambah|lebih banyak|meningkat|tingkatkan|another|lagi)\b/;
const DOWN = /\b(take \w+(?: \w+)? off|knock \w+(?: \w+)? off|shave \w+(?: \w+)? off|(?:take|knock|shave) off|fewer|less|decrease|decreased|reduce|reduced|cut|cuts|down|lower|drop|remove|minus|shrink|lose|losing|turun|turunkan|turunin|kurangi|kurangin|dikurangi|dikurangin|dikurangkan|berkurang|lebih sedikit|potong|hapus|kehilangan)\b/;
const ON_A_CHANNEL = /^\s*(?:of (?:them|us|the (?:team|agents|staff))\s+|(?:dari )?(?:mereka|tim|agen(?:nya)?)\s+)?(?:do|does|doing|on|handle|handles|handling|take|takes|taking|answer|answers|answering|work on|works on|pegang|megang|handle|ngurus|nanganin|menangani|di|jaga)\s+(?:the\s+)?(?:voice|phones?|calls?|email|emails|e-mail|chat|chats|live chat|web ?chat|sms|texts?|social|sosmed|medsos|whatsapp|wa|telepon|telpon|telp)\b/;
/** "three times as many", "5 times more agents", "lima kali lipat": a multiplier said with a number. */
const N_TIMES_AFTER = /^(?:times|x|kali)\s+(?:as many|as much|more|bigger|larger|the|lipat|lipatnya)\b/;

/** "double the agents", "10% fewer agents", "add 5 seats", "kurangi 10 agen", "two more years". */
/** A tax named beside a percentage: the percentage is the tax rate. */
const TAX_NEAR = /\b(?:ppn|vat|tax|taxes|pajak|pajaknya|gst|sales tax)\b/;

const ONE_MORE_QUESTION = /\b(?:one|1|another|a|satu)\s+(?:more|last|other|lagi|terakhir)\s+(?:quick\s+|small\s+)?(?:q|qs|qn|question|questions|thing|one|pertanyaan|tanya|nanya|hal)\b|\b(?:satu|1)\s+(?:pertanyaan|hal)\s+lagi\b|\b(?:mau|boleh|ada)\s+(?:tanya|nanya)\s+(?:satu|1)\s+lagi\b/g;

/** Chat spellings of the verbs of a change ("klo tmbh 2 org lg?": the head count became 2), written out in full. */
const CHAT_VERBS: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:tmbh|tmbah|tambh|tmbhn)\b/g, 'tambah'],
  [/\b(?:nmbh|nambh|nmbah)\b/g, 'nambah'],
  [/\b(?:krg|krang|kurangin|krgin)\b/g, 'kurangi'],
  [/\blg\b/g, 'lagi'],
  // ("we bring on 30 temps for those 2 months": the peak lost) staff taken on are added
  [/\b(?:bring|bringing|brought|take|taking|took)\s+on\b/g, 'add'],
];

function expandChatVerbs(text: string): string {
  return CHAT_VERBS.reduce((s, [re, full]) => s.replace(re, full), text);
}

export function readRelative(text: string, signedFigures = true): Extract<Command, { type: 'relative' }>[] {
  // ("actually 6, one more person joining": the new head count, and the reason for it; it became 5 + 6 + 1)
  if (NEW_TOTAL_FIRST.test(normalizeText(text))) return [];
  // ("actually one more q - what happens if we add sms later?": one more agent) one more question is no change
  // ("not 20 agents, more like 25": 20 agents added) "more like" hedges a figure, it adds nothing
  const norm = expandChatVerbs(normalizeText(text).replace(ONE_MORE_QUESTION, (m) => ' '.repeat(m.length)).replace(/\bmore like\b/g, '     like'));
  const tokens = tokenize(norm);
  const mentions = findNumbers(tokens);
  const out: Extract<Command, { type: 'relative' }>[] = [];
  // "tambah setahun lagi", "perpanjang setahun": one more year, said as one word
  if (/\bsetahun lagi\b|\b(?:tambah\w*|perpanjang\w*|diperpanjang)\s+(?:jadi\s+)?setahun\b/.test(norm) && !/\b(?:jadi|menjadi)\s+setahun\b/.test(norm)) {
    out.push({ type: 'relative', slot: 'years', op: 'add', amount: 1 });
    return out;
  }
  for (const [re, factor] of MUL_WORDS) {
    const m = re.exec(norm);
    if (!m) continue;
    // "half cloud half on-prem" is a hybrid deployment, "twice a day" a frequency, "half a dozen" six
    // ("halve the agents, switch to on-prem": a deployment elsewhere in the message is no split)
    if (factor === 0.5 && /\b(?:half|setengah|separuh)(?:nya)?\s+(?:(?:of (?:them|the agents|our agents|the seats|the team) )?(?:in|di|on|to|into|ke)\s+)?(?:the\s+)?(?:cloud|on|prem|onprem|lokal)|\b(?:cloud|prem\w*|lokal)\s+(?:half|setengah|separuh)\b/.test(norm)) continue;
    if (factor === 0.5 && /\b(half an? dozen|setengah lusin)\b/.test(norm)) continue;
    // "half do voice, half do email and chat", "separuh pegang telepon": how the team splits across channels, not a
    // change of the head count (it halved the 40 agents just said)
    if (ON_A_CHANNEL.test(norm.slice(m.index + m[0].length))) continue;
    if (/\b(a|per|sehari|a day|a week)\b/.test(norm.slice(m.index + m[0].length, m.index + m[0].length + 8)) && factor !== 0.5) continue;
    const at = tokens.findIndex((t) => t.start >= m.index);
    let named = slotNear(tokens, at, at + 6) ?? slotNearBefore(tokens, at - 4, at);
    // ("what if we send way more SMS, like double the volume?": every volume doubled, egress with it) "the volume" of a
    // message that names one channel's volume is that channel's
    if (named === 'volumes') {
      const channels = new Set(tokens.map((_, i) => slotWordNear(tokens, i, i + 1)).filter((x): x is RelSlot => x !== undefined && x !== 'volumes' && x !== 'agents' && x !== 'years'));
      if (channels.size === 1) named = [...channels][0]!;
    }
    // "setengahnya aja storage nya": a line the advisor cannot scale is no head count (it halved the agents)
    if (!named && /\b(storage|penyimpanan|licen[cs]e|lisensi|platform|hardware|server|maintenance|pemeliharaan)\w*/.test(norm)) return out;
    out.push({ type: 'relative', slot: named ?? 'agents', op: 'mul', amount: factor });
    // "add 5 agents and double the sms volume": a step of another slot said beside the multiplier
    const others = readRelative(norm.slice(0, m.index) + ' '.repeat(m[0].length) + norm.slice(m.index + m[0].length), signedFigures)
      .filter((r) => r.op === 'add' && r.slot !== out[0]!.slot && /\d/.test(norm.slice(0, m.index) + norm.slice(m.index + m[0].length)));
    out.push(...others);
    return out;
  }
  for (const m of mentions) {
    const rest = tokens.slice(m.end, m.end + 3).map((t) => t.t).join(' ');
    // "agen dikali tiga", "times three": the multiplier in words after its verb
    const timesBefore = /^(?:dikali|dikalikan|kali|times|multiplied|multiply)$/.test(tokens[m.start - 1]?.t ?? '') || (tokens[m.start - 1]?.t === 'by' && tokens.slice(Math.max(0, m.start - 5), m.start - 1).some((t) => /^multipl/.test(t.t)));
    if (m.value >= 2 && timesBefore) {
      const slot = slotNear(tokens, m.start - 5, m.start - 1) ?? slotNear(tokens, m.end, m.end + 5) ?? 'agents';
      out.push({ type: 'relative', slot, op: 'mul', amount: m.value });
      return out;
    }
    if (m.value < 2 || !N_TIMES_AFTER.test(rest)) continue;
    const slot = slotNear(tokens, m.end + 1, m.end + 6) ?? slotNear(tokens, m.start - 4, m.start) ?? 'agents';
    out.push({ type: 'relative', slot, op: 'mul', amount: m.value });
    return out;
  }
  const times = TIMES.exec(norm);
  if (times) {
    const at = tokens.findIndex((t) => t.start >= times.index);
    const slot = slotNear(tokens, at - 4, at) ?? slotNear(tokens, at + 1, at + 6) ?? 'agents';
    out.push({ type: 'relative', slot, op: 'mul', amount: Number(times[1]!.replace(',', '.')) });
    return out;
  }
  for (const m of mentions) {
    // ("which one is more scalable?": one agent was added) "one" after "which"/"this"/"the" is a pronoun, not a figure
    if (tokens[m.start]?.t === 'one' && m.end === m.start + 1 && /^(?:which|this|that|the|each|every|any|either|neither|no|yang|other)$/.test(tokens[m.start - 1]?.t ?? '')) continue;
    // "-5 agents", "voice minutes +10k": a sign on the figure itself, next to what it changes (a phone
    // number's "+1" names nothing, so it changes nothing)
    const plus = tokens[m.start - 1]?.t === '+' && !tokens[m.start]!.spaceBefore;
    // (only where there is a scenario to change: "-5 agents" answering "how many agents?" is a refused count)
    if (signedFigures && (plus || (m.negative && tokens[m.start]?.t === '-')) && tokens[m.end]?.t !== '%') {
      const slot = slotNear(tokens, m.end, m.end + 3) ?? slotNear(tokens, m.start - 3, m.start - (plus ? 1 : 0));
      if (slot) {
        out.push({ type: 'relative', slot, op: 'add', amount: (plus ? 1 : -1) * m.value });
        continue;
      }
    }
    const after = tokens[m.end];
    // ("plus $0.012/min for calls": a price, no change of a volume)
    if (/^(?:\$|usd|rp|us|€|£)$/i.test(tokens[m.start - 1]?.t ?? '') || (after?.t === '/' && /^(?:min|minute|menit|sms|call|panggilan|msg|message)$/i.test(tokens[m.end + 1]?.t ?? ''))) continue;
    const pct = after && (after.t === '%' || after.t === 'percent' || after.t === 'persen');
    // "Kalau ditambah PPN 11% jadi berapa?", "with 11% VAT added": the tax, asked of the estimate (it added 11% agents)
    if (pct && TAX_NEAR.test(tokens.slice(Math.max(0, m.start - 4), Math.min(tokens.length, m.end + 4)).map((t) => t.t).join(' '))) continue;
    // "only 80% of them", "70% dari itu", "60% nya aja": a share of what is on screen
    const shareOf = tokens.slice(m.end + 1, m.end + 3).map((t) => t.t).join(' ');
    // ("naik 10% dari sekarang": 10% of the agents) a rise or a cut said before it is a change from that, not a share
    const changeBefore = tokens.slice(Math.max(0, m.start - 3), m.start).some((t) => /^(?:naik|turun|tambah|ditambah|nambah|kurang|dikurangi|kurangi|increase\w*|grow\w*|rise|raise|up|down|cut|drop|reduce\w*|lower|bertambah|berkurang|meningkat|menurun)$/.test(t.t));
    if (pct && !changeBefore && m.value > 0 && m.value < 100 && /^(?:of (?:them|that|those|it|this|the|our|current|today)|dari (?:itu|yang|sekarang|jumlah)|nya\b|dari agen)/.test(shareOf)) {
      const slot = slotNear(tokens, m.end + 1, m.end + 6) ?? slotNear(tokens, m.start - 5, m.start) ?? 'agents';
      out.push({ type: 'relative', slot, op: 'mul', amount: m.value / 100 });
      continue;
    }
    // "ditambah 5 supervisor", "plus 3 managers": a count of something the scenario does not price changes nothing
    if (!pct && after && UNIT_OF.get(after.t) === 'ignore' && !/^(?:x|kali|times|more|lagi)$/.test(after.t)) continue;
    // ("sorry, 2 more things": two more questions, not two more agents)
    if (!pct && after && /^(?:more|lagi|extra)$/.test(after.t) && UNIT_OF.get(tokens[m.end + 1]?.t ?? '') === 'ignore') continue;
    // ("eh satu lagi, kalo tambah 5 agen": "one more thing" before the change it introduces; it added 1 agent and 5)
    if (!pct && m.value === 1 && after && /^(?:more|lagi)$/.test(after.t) && mentions.some((o) => o !== m && o.start > m.start) && !slotNear(tokens, m.end + 1, m.end + 2)) continue;
    // ("eh satu lagi, kalo mau tambah email brp jadinya?": one more thing before a question; it added an agent)
    if (!pct && m.value === 1 && after && /^(?:more|lagi)$/.test(after.t) && /^[,.;:!?]$/.test(tokens[m.end + 1]?.t ?? '') && !/^(?:tambah\w*|nambah|menambah\w*|add|plus|another|hire|rekrut)$/.test(tokens[m.start - 1]?.t ?? '')) continue;
    const window = tokens.slice(Math.max(0, m.start - 4), Math.min(tokens.length, m.end + 5)).map((t) => t.t).join(' ');
    const up = UP.test(window);
    const down = DOWN.test(window);
    if (!up && !down) continue;
    // ("add 5 agents and drop whatsapp": the verb right before the figure is its own; the removal after it is another
    // change's, and 5 agents were taken away)
    const lead = tokens.slice(Math.max(0, m.start - 3), m.start).map((t) => t.t).join(' ');
    const upLead = /\b(add|adding|plus|another|tambah|tambahin|tambahkan|ditambah|ditambahkan|nambah|menambah|menambahkan|hire|hiring|rekrut|extend|increase|raise|bump|grow|naikkan|naikin)\b/.test(lead);
    const downLead = DOWN.test(lead);
    const sign = upLead !== downLead ? (upLead ? 1 : -1) : down && !(up && /\b(more|lagi|tambah)\b/.test(window) && !/\b(fewer|less|kurang)/.test(window)) ? -1 : 1;
    const explicitChange = /\b(add|adding|plus|another|more|extra|tambah|tambahin|tambahkan|nambah|menambah|menambahkan|lagi|remove|minus|fewer|less|kurangi|kurangin|dikurangi|dikurangin|potong)\b/.test(window);
    // a bare change ("add two more", "tambah dua lagi") is about the agents
    // "another 6 doing email", "5 more on phones": people put on a channel, not a volume of it
    const onTask = !pct && /^(?:on|doing|handling|answering|covering|working|pegang|megang|handle|ngurus|jaga|nanganin|menangani)$/.test(after?.t ?? '') &&
      tokens.slice(m.end + 1, m.end + 3).some((t) => /^(?:phones?|calls?|voice|emails?|chats?|webchat|livechat|sms|texts?|mms|social|sosmed|whatsapp|wa|telp|telpon|telepon|tlp)$/.test(t.t));
    // "add the 25k setup fee", "tambah biaya setup 50 jt": an amount of money is no head count (25,000 agents were added)
    const money = !pct && (/^(?:\$|usd|rp|us\$)$/.test(tokens[m.start - 1]?.t ?? '') ||
      tokens.slice(m.end, m.end + 3).some((t) => /^(?:fee|fees|cost|costs|price|dollars?|bucks|usd|rupiah|idr|jt|juta|rb|ribu|biaya|budget|setup|invoice|bill)$/.test(t.t)));
    if (money && !slotNear(tokens, m.end, m.end + 2)) continue;
    // ("Remove the two cheapest channels.": 2 agents removed) a count of channels, lines or options is no head count
    if (!pct && tokens.slice(m.end, m.end + 3).some((t) => /^(?:channels?|kanal(?:nya)?|saluran(?:nya)?|lines?|items?|options?|opsi|things?|deployments?)$/.test(t.t)) && !slotNear(tokens, m.end, m.end + 2)) continue;
    // ("tambah 1000 percakapan AI sebulan": 1,000 agents added) a count of conversations no slot is named for is no head count
    if (!pct && tokens.slice(m.end, m.end + 3).some((t) => /^(?:percakapan|conversations?|interactions?|interaksi|sessions?|sesi|tickets?|tiket)$/.test(t.t)) && !slotNear(tokens, m.end, m.end + 2)) continue;
    // ("actually make that 25, we're opening two more clinics": 2 agents added) a count of premises is no head count
    if (!pct && tokens.slice(m.end, m.end + 3).some((t) => /^(?:clinics?|stores?|shops?|branch(?:es)?|sites?|locations?|offices?|outlets?|restaurants?|warehouses?|cabang|toko|kantor|gerai|klinik|gudang|lokasi)$/.test(t.t)) && !slotNear(tokens, m.end, m.end + 2)) continue;
    const slot = onTask ? 'agents' : slotNear(tokens, m.end + (pct ? 1 : 0), m.end + 5) ?? slotNear(tokens, m.start - 5, m.start) ?? (pct || explicitChange ? 'agents' : undefined);
    if (!slot) continue;
    if (pct) {
      out.push({ type: 'relative', slot, op: 'pct', amount: sign * m.value });
      continue;
    }
    // "10 more agents", "add 5 seats", "tambah 10 agen", "minus 15 agents", "one more integration"
    const cueBefore = tokens.slice(Math.max(0, m.start - 2), m.start).map((t) => t.t).join(' ');
    // "jadiin 40 agen lagi", "make it 40 again": the count set again, not 40 more
    // ("make that 5 more" is 5 more)
    if (/\b(jadiin|jadikan|jadi|make|set|ubah|ganti|balik|back)\b/.test(tokens.slice(Math.max(0, m.start - 3), m.start).map((t) => t.t).join(' ')) &&
      !/\b(add|plus|tambah\w*|nambah|kurang\w*|minus)\b/.test(cueBefore) && !/^(?:more|fewer|less|extra)$/.test(tokens[m.end]?.t ?? '')) continue;
    const cueAfter = tokens.slice(m.end, m.end + 3).map((t) => t.t).join(' ');
    // "kurangi jadi 50 agen", "cut to 20", "tambah sampai 80": the figure is where it ends, not the step (60 became 10)
    if (/^(?:jadi|jd|menjadi|to|ke|into|sampai|sampe|hingga)$/.test(tokens[m.start - 1]?.t ?? '') && !/\b(more|fewer|less|lagi|extra|additional|tambahan)\b/.test(cueAfter)) continue;
    // ("why is year 1 so much more expensive?": the horizon became 4 years) a year named by its number is which year,
    // not a step
    if (/^(?:year|yr|tahun|thn)$/.test(tokens[m.start - 1]?.t ?? '') || (/^(?:ke|-)$/.test(tokens[m.start - 1]?.t ?? '') && /^(?:tahun|thn|year)$/.test(tokens[m.start - 2]?.t ?? ''))) continue;
    // "how much would AI add for 50 agents?", "tambah AI buat 20 agen": the size the add-on is priced for, not a step (50 agents were added)
    if (/^(?:for|untuk|buat|bagi|across|over)$/.test(tokens[m.start - 1]?.t ?? '') && !/\b(more|fewer|less|lagi|extra|additional|tambahan)\b/.test(cueAfter)) continue;
    // "take 10 agents off", "knock 5 off": a removal said around the figure (it set the head count to 10)
    const takesOff = /\b(?:take|knock|shave)\b/.test(cueBefore) && (tokens.slice(m.end, m.end + 3).some((t) => t.t === 'off') || /\b(?:take|knock|shave) off$/.test(cueBefore));
    // "extend it by 2 years", "reduce the agents by 5": a step said with "by"
    const byStep = tokens[m.start - 1]?.t === 'by' && /\b(extend|increase|raise|grow|bump|reduce|cut|lower|decrease|shrink)\w*/.test(window);
    const adds = takesOff || byStep || /\b(extend|extended|perpanjang|diperpanjang|add|adding|plus|another|tambah|tambahin|tambahkan|ditambah|ditambahkan|nambah|menambah|menambahkan|extra|hire|rekrut|remove|minus|cut|drop|kurangi|kurangin|dikurangi|dikurangin|dikurangkan|potong|hapus|lose|losing|kehilangan)\b/.test(cueBefore) ||
      /\b(more|fewer|less|lagi|extra|additional|tambahan)\b/.test(cueAfter);
    if (!adds) continue;
    out.push({ type: 'relative', slot, op: 'add', amount: sign * m.value });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// staffing

export type StaffingReading = Omit<Extract<Command, { type: 'staffing' }>, 'type'>;

const PER: [RegExp, 'hour' | 'day' | 'week' | 'month'][] = [
  [/^(an? hour|per hour|hourly|\/ ?hour|\/ ?hr|per jam|sejam|tiap jam|setiap jam|\/ ?jam|each hour|every hour|an hr|per hr)/, 'hour'],
  [/^(a day|per day|daily|\/ ?day|each day|every day|sehari|per hari|perhari|tiap hari|setiap hari|\/ ?hari|harian|a business day|per business day)/, 'day'],
  [/^(a week|per week|weekly|\/ ?week|seminggu|per minggu|tiap minggu|setiap minggu|mingguan|\/ ?minggu)/, 'week'],
  [/^(a month|per month|monthly|\/ ?month|\/ ?mo|a mo|sebulan|per bulan|perbulan|tiap bulan|setiap bulan|bulanan|\/ ?bulan)/, 'month'],
];
/** A unit of time after a number: "5 menit per panggilan", "6 minutes per interaction" count no contacts. */
const DURATION_UNIT = /^(?:menit|mnt|min|mins|minutes?|detik|dtk|seconds?|secs?|jam|hours?|hrs?)$/;
const CALL_FIRST_GLUE = new Set([':', '-', 'masuk', 'inbound', 'sekitar', 'kira', 'kurang', 'lebih', 'ada', 'about', 'around', 'roughly', 'approx', 'approximately', 'is', 'are', 'of', 'we', 'get', 'kami', 'kita', 'terima', 'menerima', 'sebanyak', '~']);
const CALL_WORD = /^(calls?|panggilan|telepon|telpon|telp|contacts?|inbound|kontak|chats?|interactions?|interaksi|tickets?|tiket|emails?|e-mails?|surel|aduan|pengaduan|keluhan|complaints?|inquiry|inquiries|enquiry|enquiries)$/;
/** What a volume word counts, for staffing: chats are handled several at once, emails and tickets from a queue. */
function staffingChannelOf(word: string): StaffingReading['channel'] {
  const w = word.replace(/(?<=\w{3})nya$/, '');
  if (/^(?:chats?|obrolan)$/.test(w)) return 'chat';
  if (/^(?:emails?|e-mails?|surel|tickets?|tiket)$/.test(w)) return 'email';
  return undefined;
}

export type StaffingParameters = Omit<StaffingReading, 'volume' | 'per'> & { concurrency?: number };

/** "3 chat sekaligus", "3 chats at once", "3 concurrent chats": chats one agent handles at a time. */
const CONCURRENCY = /\b([1-6])\s*(?:chats?|obrolan|percakapan|conversations?)\s+(?:sekaligus|bersamaan|barengan|paralel|at once|at a time|concurrently|simultaneously|in parallel)\b|\b([1-6])\s+(?:concurrent|simultaneous|parallel)\s+(?:chats?|conversations?)\b/i;

/** Handle time, service level, shrinkage and opening hours named in a message ("open 12 hours", "with 25% shrinkage"). */
export function readStaffingParameters(text: string): StaffingParameters {
  const out: StaffingParameters = {};
  const reading = readStaffing(`1000 calls a month ${text}`);
  if (reading?.aht_seconds !== undefined) out.aht_seconds = reading.aht_seconds;
  if (reading?.service_level !== undefined) out.service_level = reading.service_level;
  if (reading?.shrinkage_pct !== undefined) out.shrinkage_pct = reading.shrinkage_pct;
  if (reading?.open_hours !== undefined) out.open_hours = reading.open_hours;
  if (reading?.open_days !== undefined) out.open_days = reading.open_days;
  const concurrent = CONCURRENCY.exec(text);
  if (concurrent) out.concurrency = Number(concurrent[1] ?? concurrent[2]);
  return out;
}

/** The figures of a staffing question, if the message has a call volume. */
export function readStaffing(text: string): StaffingReading | undefined {
  const norm = normalizeText(text.replace(/(\d+):(\d{2})\b/g, (_m, a: string, b: string) => `${Number(a) * 60 + Number(b)} seconds`));
  // restore what normalizeText masks but the figures need ("80/20" is blanked as a date-like pair)
  const slRaw = /\b(\d{2,3})\s*\/\s*(\d{1,3})\b/.exec(text);
  const tokens = tokenize(norm);
  const mentions = findNumbers(tokens);
  let volume: NumberMention | undefined;
  let per: StaffingReading['per'] | undefined;
  let channel: StaffingReading['channel'];
  for (const m of mentions) {
    const next = tokens.slice(m.end, m.end + 3).map((t) => t.t);
    const callAt = next.findIndex((w) => CALL_WORD.test(w));
    if (callAt < 0) continue;
    // ("Target 80% panggilan dijawab dalam 20 detik": a share of the calls, no volume)
    if (next[0] === '%' || next[0] === 'percent' || next[0] === 'persen') continue;
    // ("panggilan bisa 2.500 per jam, 5 menit per panggilan": 5 calls an hour) a duration is no count of calls
    if (DURATION_UNIT.test(next[0] ?? '')) continue;
    // ("operasional 24 jam, 7 hari. Panggilan masuk 40.000 per bulan": 7 calls a month) a count of days, hours or people
    // before the call word counts those, not calls
    if (callAt > 0 && /^(?:hari|days?|jam|hours?|hrs?|minggu|weeks?|bulan|months?|tahun|years?|shifts?|orang|agen|agents?|people|staff|seats?|kali|times)$/.test(next[0] ?? '')) continue;
    // ("rata2 satu chat sekitar 8 menit": one chat a month) one contact said with how long it lasts is the handle time
    if (m.value === 1 && /\b(?:menit|mnt|minutes?|mins?|detik|seconds?|secs?)\b/.test(tokens.slice(m.end + callAt + 1, m.end + callAt + 6).map((t) => t.t).join(' '))) continue;
    volume = m;
    channel = staffingChannelOf(next[callAt]!);
    const rest = tokens.slice(m.end + callAt + 1, m.end + callAt + 6).map((t) => t.t).join(' ').replace(/^(at peak|on average|masuk|in|of|rata rata)\s+/, '');
    for (const [re, p] of PER) if (re.test(rest)) per = p;
    if (!per) {
      // "Per jam kami menerima 200 panggilan", "Seminggu kami terima 7.000 panggilan": the period may come first
      const all = tokens.map((t) => t.t).join(' ');
      // "during peak hour we get 400 calls", "each week we take 6,500 calls"
      if (/\b(an hour|per hour|hourly|per jam|sejam|tiap jam|setiap jam|each hour|every hour|per hr|(?:peak|busiest|busy) hours?|in the peak|jam (?:sibuk|puncak|tersibuk)|(?:saat|pas) (?:jam )?(?:sibuk|puncak))\b/.test(all)) per = 'hour';
      else if (/\b(a day|per day|daily|sehari|per hari|perhari|tiap hari|setiap hari|harian|each day|every day|a business day|(?:each|every|per|a) working day)\b/.test(all)) per = 'day';
      else if (/\b(a week|per week|weekly|seminggu|per minggu|tiap minggu|setiap minggu|mingguan|each week|every week)\b/.test(all)) per = 'week';
    }
    break;
  }
  // "panggilan masuk sekitar 5.000 per hari", "calls: 3,000 a day": the call word first, then the figure and its period
  if (!volume) {
    for (const m of mentions) {
      let k = m.start - 1;
      while (k >= 0 && m.start - k <= 4 && CALL_FIRST_GLUE.has(tokens[k]!.t)) k--;
      // ("if calls went up to 900 a day", "chat calon mahasiswa bisa 2.000 per hari": words between the call word and
      // its figure) a few words of any kind, when a period follows the figure
      if (k >= 0 && !CALL_WORD.test(tokens[k]!.t.replace(/(?<=\w{3})nya$/, ''))) {
        let j = m.start - 1;
        while (j >= 0 && m.start - j <= 5 && tokens[j]!.kind === 'word' && !CALL_WORD.test(tokens[j]!.t.replace(/(?<=\w{3})nya$/, ''))) j--;
        if (j >= 0 && m.start - j <= 5 && CALL_WORD.test(tokens[j]!.t.replace(/(?<=\w{3})nya$/, '')) && PER.some(([re]) => re.test(tokens.slice(m.end, m.end + 4).map((t) => t.t).join(' ')))) k = j;
      }
      if (k < 0 || !CALL_WORD.test(tokens[k]!.t.replace(/(?<=\w{3})nya$/, ''))) continue;
      const rest = tokens.slice(m.end, m.end + 4).map((t) => t.t).join(' ');
      const period = PER.find(([re]) => re.test(rest));
      if (!period) continue;
      channel = staffingChannelOf(tokens[k]!.t);
      volume = m;
      per = period[1];
      break;
    }
  }
  if (!volume) return undefined;
  const out: StaffingReading = { volume: volume.value, per: per ?? 'month', ...(channel ? { channel } : {}) };
  // ("500 chat WA dan 300 telepon per hari": only the chats were sized) other queues, each with its own channel
  const also: NonNullable<StaffingReading['also']> = [];
  const seen = new Set<string>([channel ?? 'voice']);
  for (const m of mentions) {
    if (m === volume || also.length >= 2) continue;
    const next = tokens.slice(m.end, m.end + 3).map((t) => t.t);
    const callAt = next.findIndex((w) => CALL_WORD.test(w));
    if (callAt < 0 || next[0] === '%' || next[0] === 'percent' || next[0] === 'persen' || DURATION_UNIT.test(next[0] ?? '')) continue;
    const queue = staffingChannelOf(next[callAt]!) ?? 'voice';
    if (seen.has(queue)) continue;
    seen.add(queue);
    const rest = tokens.slice(m.end + callAt + 1, m.end + callAt + 6).map((t) => t.t).join(' ').replace(/^(at peak|on average|masuk|in|of|rata rata)\s+/, '');
    also.push({ volume: m.value, per: PER.find(([re]) => re.test(rest))?.[1] ?? out.per, channel: queue });
  }
  if (also.length) {
    // ("500 chats and 300 calls a day": the period said once, after the last queue, is every queue's)
    if (!per) out.per = also[also.length - 1]!.per;
    out.also = also;
  }
  // handle time: "5 min AHT", "calls last 3 min", "AHT 240 sec", "each takes 7 minutes", "durasi 4 menit"
  const secondsOfMinutes = new Set<NumberMention>();
  for (const m of mentions) {
    if (m === volume) continue;
    // ("a 4-minute average handle time": the unit after a hyphen; the handle time was ignored)
    const hyphen = tokens[m.end]?.t === '-' ? 1 : 0;
    const unit = tokens[m.end + hyphen]?.t ?? '';
    const around = tokens.slice(Math.max(0, m.start - 4), m.end + 4).map((t) => t.t).join(' ');
    const isMinutes = /^(min|mins|minute|minutes|menit|mnt)$/.test(unit);
    const isSeconds = /^(s|sec|secs|second|seconds|detik|dtk)$/.test(unit);
    // "4 minute calls", "panggilan 3 menit": a duration next to the call word is the handle time
    const callAfter = CALL_WORD.test(tokens[m.end + hyphen + 1]?.t ?? '') || (tokens[m.end + hyphen + 1]?.t === '-' && CALL_WORD.test(tokens[m.end + hyphen + 2]?.t ?? ''));
    // ("tiap telepon sktr 4 menit", "each call about 4 minutes": the call word a hedge or two before)
    const callBefore = CALL_WORD.test(tokens[m.start - 1]?.t ?? '') ||
      (tokens.slice(Math.max(0, m.start - 3), m.start - 1).some((t) => CALL_WORD.test(t.t)) && /^(?:sekitar|sktr|kira|kira-kira|about|around|roughly|approx|approximately|avg|rata2|rata-rata|maybe|mungkin|±|~)$/.test(tokens[m.start - 1]?.t ?? ''));
    if ((isMinutes || isSeconds) && (callAfter || callBefore || /\b(aht|handle|handling|last|lasts|takes|take|long|durasi|lama|average|averaging|averages|averaged|avg|rata|rata2|talk|each|per call|per panggilan|typically|usually|biasanya)\b/.test(around))) {
      if (/\b(in|within|dalam|answered)\b/.test(tokens.slice(Math.max(0, m.start - 2), m.start).map((t) => t.t).join(' '))) continue;
      // ("6 min 30 sec", "6 menit 30 detik": the seconds after the minutes belong to the same handle time; they replaced it)
      if (secondsOfMinutes.has(m)) continue;
      const more = isMinutes ? mentions.find((o) => o.start === m.end + 1 || (o.start === m.end + 2 && /^(and|dan|,)$/.test(tokens[m.end + 1]?.t ?? ''))) : undefined;
      const moreSeconds = more && /^(s|sec|secs|second|seconds|detik|dtk)$/.test(tokens[more.end]?.t ?? '') && more.value < 60 ? more : undefined;
      if (moreSeconds) secondsOfMinutes.add(moreSeconds);
      out.aht_seconds = isMinutes ? m.value * 60 + (moreSeconds?.value ?? 0) : m.value;
      continue;
    }
    if (/\baht\b/.test(around) && !isMinutes && !isSeconds && tokens[m.end]?.t !== '%') {
      out.aht_seconds = m.value <= 30 ? m.value * 60 : m.value;
    }
  }
  // service level: "80/20", "80% in 20 s", "90% answered in 15s", "80% dalam 20 detik"
  const sl = /(\d{2,3})\s*(?:%|percent|persen)\s*(?:of (?:the |our )?calls\s*|(?:dari )?panggilan(?:nya)?\s*|(?:dari )?telepon\s*)?(?:(?:are |is |be |should be |harus )?(?:answered|dijawab|diangkat|terjawab)\s*)?(?:in|within|dalam|under)\s*(\d{1,3})\s*(?:s|sec|secs|seconds|detik)?\b/i.exec(text);
  if (sl) out.service_level = `${Number(sl[1])}/${Number(sl[2])}`;
  else if (slRaw && /\b(sl|service level|level layanan|target)\b/i.test(text + ' sl')) {
    const [a, b] = [Number(slRaw[1]), Number(slRaw[2])];
    if (a >= 50 && a <= 100 && b > 0 && b <= 600) out.service_level = `${a}/${b}`;
  }
  // ("Shrinkage kami sekitar 35%", "our shrinkage is more like 35%": a few words between)
  const shrink = /(\d{1,2})\s*%\s*(?:shrinkage|penyusutan)|(?:shrinkage|penyusutan)\w*\s*(?:of|sebesar|nya|jadi|to)?\s*(\d{1,2})\s*%?|(?:shrinkage|penyusutan)\w*\b[^.?!\d]{1,25}?(\d{1,2})\s*(?:%|persen|percent)/i.exec(text);
  if (shrink) out.shrinkage_pct = Number(shrink[1] ?? shrink[2] ?? shrink[3]);
  // "open 12 hours", "buka 12 jam", "24/7", "7 days a week", "buka 6 hari"
  if (/\b24\s*[/x]\s*7\b/.test(text)) {
    out.open_hours = 24;
    out.open_days = 7;
  }
  // ("aduan 3.000 per hari …, layanan 24 jam": 8 hours, 5 days assumed) a service open all day is open every day too,
  // unless the days are said
  // ("Jam operasionalnya 24 jam ya, bukan 8 jam.": 24 calls a month) with "-nya" on the word too
  if (/\b(?:layanan|service|support|buka|open|opened|operasional|beroperasi|hotline|line|siaga)(?:nya)?\s+(?:kami\s+|kita\s+)?24\s*(?:jam|hours?|hrs?)\b|\b24\s*(?:jam|hours?|hrs?)\s+(?:nonstop|non-stop|penuh|full|a day|per day|sehari|setiap hari|tiap hari)\b|\b(?:round|around) the clock\b|\bnon-?stop\b/i.test(text)) {
    out.open_hours = 24;
    if (!/\b[1-6]\s*(?:days?|hari)\b/i.test(text)) out.open_days = 7;
  }
  const hours = /\b(?:open|opening|buka|beroperasi|operate|operating|jam buka|jam operasional|operasional)(?:nya)?\s*(?:for\s*|kami\s*|kita\s*)?(\d{1,2})\s*(?:hours?|hrs?|jam)\b|\b(\d{1,2})\s*(?:hours?|hrs?|jam)\s*(?:a day|per day|sehari|per hari|setiap hari|tiap hari|every day|daily|open|buka)\b|\b(\d{1,2})\s*(?:hours?|hrs?|jam)\s*(?:x\s*)?[,/]?\s*\d\s*(?:days?|hari)\b/i.exec(text);
  if (hours) out.open_hours = Math.min(24, Number(hours[1] ?? hours[2] ?? hours[3]));
  const days = /\b(\d)\s*(?:days?|hari)\s*(?:a|per)?\s*(?:week|minggu|seminggu)\b|\b(?:buka|open)\s*(\d)\s*(?:hari|days?)\b/i.exec(text) ??
    // "open 10 hrs, 6 days", "24 jam 7 hari": days said after the opening hours are the days a week
    (out.open_hours !== undefined ? /\b(?:hours?|hrs?|jam)\b[^.?!\d]{0,12}?\b([1-7])\s*(?:days?|hari)\b(?!\s*(?:a|per|se)?\s*(?:month|bulan|year|tahun))/i.exec(text) : null);
  if (days) out.open_days = Math.min(7, Number(days[1] ?? days[2]));
  // "jam operasional 08.00-17.00 senin-sabtu", "open 8am to 6pm monday to friday": a clock range and a day range
  if (out.open_hours === undefined) {
    const span = CLOCK_RANGE.exec(text);
    // a clock says so: minutes, am/pm, or an opening word before it ("20-30 agents" is no opening time)
    const clock = span && (span[2] !== undefined || span[3] !== undefined || span[5] !== undefined || span[6] !== undefined ||
      /\b(?:jam|pukul|open|buka|operasional|operating|hours|from|dari)\b/i.test(text.slice(Math.max(0, span.index - 25), span.index + span[0].length)));
    if (span && clock) {
      const at = (h: string, m: string | undefined, part: string | undefined) => {
        let hour = Number(h) + (m ? Number(m) / 60 : 0);
        if (/^(?:pm|sore|malam)$/i.test(part ?? '') && hour < 12) hour += 12;
        return hour;
      };
      const start = at(span[1]!, span[2], span[3]);
      let end = at(span[4]!, span[5], span[6]);
      if (end <= start && end < 12) end += 12;
      const open = Math.round((end - start) * 10) / 10;
      if (open > 0 && open <= 24) out.open_hours = open;
    }
  }
  if (out.open_days === undefined) {
    const range = DAY_RANGE.exec(text);
    if (range) {
      const first = DAY_INDEX.findIndex((d) => d.test(range[1]!));
      const last = DAY_INDEX.findIndex((d) => d.test(range[2]!));
      if (first >= 0 && last >= first) out.open_days = last - first + 1;
    } else if (/\b(?:every day|daily|setiap hari|tiap hari|7 hari)\b/i.test(text) && out.open_hours !== undefined) out.open_days = 7;
    // ("stores are open 7am to 9pm, 7 days": 5 days assumed) days said after the opening times are the days a week
    else if (out.open_hours !== undefined) {
      const said = /\b([1-7])\s*(?:days?|hari)\b(?!\s*(?:a|per|se)?\s*(?:month|bulan|year|tahun|ago|lalu|lagi))/i.exec(text);
      if (said) out.open_days = Number(said[1]);
    }
  }
  return out;
}

const CLOCK_RANGE = /\b(?:jam|pukul|from|dari|open|buka|operasional|hours)?\s*(\d{1,2})(?:[.:](\d{2}))?\s*(am|pm|pagi|siang|sore|malam)?\s*(?:-|–|to|until|till|sampai|sampe|s\.?d\.?|hingga)\s*(?:jam\s+|pukul\s+)?(\d{1,2})(?:[.:](\d{2}))?\s*(am|pm|pagi|siang|sore|malam)?(?=\W|$)/i;
const DAY_NAMES = '(senin|selasa|rabu|kamis|jum\'?at|sabtu|minggu|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)';
const DAY_RANGE = new RegExp(`\\b${DAY_NAMES}\\s*(?:-|–|to|until|till|sampai|sampe|s\\.?d\\.?|hingga|thru|through)\\s*${DAY_NAMES}\\b`, 'i');
const DAY_INDEX = [/^(senin|monday|mon)$/i, /^(selasa|tuesday|tue)$/i, /^(rabu|wednesday|wed)$/i, /^(kamis|thursday|thu)$/i, /^(jum'?at|friday|fri)$/i, /^(sabtu|saturday|sat)$/i, /^(minggu|sunday|sun)$/i];

// ---------------------------------------------------------------------------------------------
// a line of the estimate, another deployment

const LINE_WORDS: [RegExp, LineId][] = [
  // the more specific names first: "hybrid integration" before "integration", "phone numbers" before "phone"
  [/\b(hybrid integration|integrasi hybrid|integrasi hibrida|hybrid admin\w*|admin\w* hybrid|biaya hybrid)\b/, 'hybrid'],
  [/\b(it staff|it people|it admin\w*|in-house it|staf it|staff it|tim it|orang it|biaya it|staf ti|staff ti|tim ti|orang ti|admin ti|administrator|sysadmin)\b/, 'it_staff'],
  [/\b(rack|racks|power and cooling|cooling|listrik|pendingin|daya dan pendingin|ruang server|fasilitas)\b/, 'facility'],
  [/\b(carrier|trunks?|sip|phone numbers?|numbers line|nomor telepon|nomor telpon|saluran sip|operator telekomunikasi)\b/, 'carrier'],
  [/\b(platform|licen[cs](?:es?|ing|ed)|lisensi|seat price|per seat|subscription|langganan|kursi)\b/, 'platform'],
  [/\b(storage|penyimpanan|simpan data|data storage)\b/, 'storage'],
  [/\b(egress|data transfer|transfer data|bandwidth|data keluar|lalu lintas data)\b/, 'egress'],
  [/\b(wfm|workforce|manajemen tenaga kerja|penjadwalan agen)\b/, 'wfm'],
  [/\b(ai|a\.i\.|artificial intelligence|kecerdasan buatan|kecerdasan artifisial|chatbot|bot)\b/, 'ai'],
  [/\b(integrations?|integrasi)\b/, 'integrations'],
  [/\b(hardware|perangkat keras|servers?|server|gateways?|sbcs?|session border controllers?)\b/, 'hardware'],
  [/\b(maintenance|pemeliharaan|perawatan|support fee|annual support|biaya dukungan)\b/, 'maintenance'],
  [/\b(mms|picture messag)/, 'mms'],
  // ("is the messaging volume included in that price?": "which line do you mean?")
  [/\b(sms|text messag|pesan teks|pesan singkat|per[- ]message|message (?:fees?|charges?|costs?)|per pesan|biaya pesan|messaging\b|texting\b|texts\b|txts?\b|txting\b)/, 'sms'],
  [/\b(social|sosial|medsos|sosmed|whatsapp|facebook|instagram)\b/, 'social'],
  [/\b(email|e-mail|surel)\b/, 'email'],
  [/\b(web ?chat|live ?chat|chat|obrolan)\b/, 'webchat'],
  // ("what is the telephony line for?": "which line do you mean?")
  [/\b(voice|phone|telephony|telefoni|telepon|telpon|telp|suara|calls?|panggilan|minutes|menit)\b/, 'voice'],
  [/\b(total|totals|totalnya|jumlah|jumlahnya|grand total|the sum|overall|keseluruhan|semuanya)\b/, 'total'],
];

const CHANNEL_LINES: ReadonlySet<LineId> = new Set<LineId>(['sms', 'mms', 'social', 'email', 'webchat', 'voice']);
/**
 * Channel lines named together ("email sama webchat", "SMS and MMS", "email, chat, atau sosmed"), in the order said;
 * one channel, or channels apart in the message, give none.
 */
export function readChannelLines(text: string): LineId[] {
  const norm = text.toLowerCase();
  const found: { line: LineId; at: number; end: number }[] = [];
  for (const [re, line] of LINE_WORDS) {
    if (!CHANNEL_LINES.has(line)) continue;
    const m = re.exec(norm);
    if (m && !found.some((f) => m.index < f.end && f.at < m.index + m[0].length)) found.push({ line, at: m.index, end: m.index + m[0].length });
  }
  found.sort((a, b) => a.at - b.at);
  if (found.length < 2) return [];
  const joined = found.slice(1).every((f, i) => /^\s*(?:,|&|\+|\/|and|or|dan|sama|atau|ama|n)\s*(?:(?:the|juga)\s+)?$/.test(norm.slice(found[i]!.end, f.at)));
  return joined ? found.map((f) => f.line) : [];
}

export function readLine(text: string): LineId | undefined {
  // "penyimpanannya", "lisensinya": the line word with Indonesian's "-nya" (its)
  // (only from a word's start: tried at every letter of a 2,000-letter word it took 60 ms, quadratic in its length)
  const norm = text.toLowerCase().replace(/(?<!\p{L})(\p{L}{4,})nya\b/gu, '$1');
  // the line named first is the subject: "why is data storage so expensive? that's almost as much as the
  // licences" asks about storage (the licence, higher in the list, was explained); the total only when no line is named
  let best: { line: LineId; at: number } | undefined;
  for (const [re, line] of LINE_WORDS) {
    const m = re.exec(norm);
    if (m && line !== 'total' && (!best || m.index < best.at)) best = { line, at: m.index };
  }
  if (best) return best.line;
  return LINE_WORDS.find(([re, line]) => line === 'total' && re.test(norm))?.[1];
}

export function readDeployment(text: string, lang?: Lang): Deployment | undefined {
  return extractSlots(text, lang ? { known: lang } : {}).deployment;
}

// ---------------------------------------------------------------------------------------------
// languages

const LANGUAGE_NAMES: [RegExp, string][] = [
  [/\b(spanish|espa[nñ]ol|spanyol|castellano)\b/i, 'es'],
  [/\b(french|fran[cç]ais|prancis|perancis)\b/i, 'fr'],
  [/\b(german|deutsch|jerman)\b/i, 'de'],
  [/\b(chinese|mandarin|cantonese|cina|china|tionghoa|mandarin)\b|中文|普通话/i, 'zh'],
  [/\b(japanese|jepang|nihongo)\b|日本語/i, 'ja'],
  [/\b(korean|korea)\b|한국어/i, 'ko'],
  [/\b(arabic|arab)\b|العربية/i, 'ar'],
  [/\b(portuguese|portugis|portugu[eê]s)\b/i, 'pt'],
  [/\b(italian|italia|italiano)\b/i, 'it'],
  [/\b(dutch|belanda|nederlands)\b/i, 'nl'],
  [/\b(thai|thailand)\b/i, 'th'],
  [/\b(vietnamese|vietnam)\b/i, 'vi'],
  [/\b(russian|rusia|русский)\b/i, 'ru'],
  [/\b(hindi)\b/i, 'hi'],
  [/\b(tagalog|filipino)\b/i, 'tl'],
  [/\b(malay|melayu|malaysia)\b/i, 'ms'],
  [/\b(javanese|jawa|basa jawa)\b/i, 'jv'],
  [/\b(sundanese|sunda)\b/i, 'su'],
  [/\b(turkish|turki)\b/i, 'tr'],
  [/\b(english|inggris|bahasa inggris)\b/i, 'en'],
  [/\b(indonesian|bahasa indonesia|b\. ?indo|bhs indo|bahasa indo|bhs\.? indonesia|indo aja|indo saja)\b/i, 'id'],
];

/** The language a message names ("can you speak Spanish?", "pakai bahasa Inggris"), if any. */
export function readLanguageName(text: string): string | undefined {
  for (const [re, code] of LANGUAGE_NAMES) if (re.test(text)) return code;
  return undefined;
}
