/**
 * Word lists for slot extraction, English and Indonesian side by side. Phrases are written
 * with spaces; a hyphen in the text is ignored when matching, so "on prem" matches "on-prem".
 * The extractor reads these as data: adding a synonym here needs no code change.
 */
import type { Channel, Deployment, Tier } from './types';

export type Tag =
  | { type: 'channel'; value: Channel }
  | { type: 'allChannels' }
  /** "all", "everything", "semua": all channels only when channels are being asked or "except" follows */
  | { type: 'allWeak' }
  | { type: 'deployment'; value: Deployment }
  /** "mix", "both", "campuran": hybrid when deployment is being asked or both models are named */
  | { type: 'hybridWeak' }
  | { type: 'wfm' }
  | { type: 'ai' }
  | { type: 'customIntegration' }
  | { type: 'tier'; value: Tier }
  /** "cheapest": the essential tier unless the sentence compares deployments */
  | { type: 'tierCheap' }
  | { type: 'billing'; value: 'included' | 'metered' }
  | { type: 'neg' }
  /** "SMS is not needed", "email tidak perlu" */
  | { type: 'postNeg' }
  | { type: 'only' }
  | { type: 'pos' }
  | { type: 'glue' }
  /** "but" after "all channels": an exception marker, otherwise a clause break */
  | { type: 'but' }
  /** "from on-prem to cloud": negates what follows when another deployment comes later */
  | { type: 'from' }
  /** "integrations" on its own: counts only when negated ("no integrations" -> 0) */
  | { type: 'integrationWeak' }
  /** A phrase that contains a target word but is not one: "call me", "phone number", "call center". */
  | { type: 'neutral' }
  | { type: 'break' };

const entries: [Tag, string[]][] = [
  [{ type: 'neutral' }, [
    // ("Break down the in-house IT staff line": the line's name, not an on-premises deployment)
    'in house it', 'inhouse it', 'in house it staff', 'in house staff',
    // ("Marketing in-house kami mau pakai contact center": on-premises priced) people employed in house are no deployment
    'marketing in house', 'sales in house', 'cs in house', 'tim in house', 'team in house', 'support in house', 'staff in house', 'staf in house',
    'marketing inhouse', 'sales inhouse', 'cs inhouse', 'tim inhouse', 'team inhouse', 'inhouse team', 'inhouse marketing', 'inhouse cs', 'inhouse sales',
    'in house team', 'in house marketing', 'in house cs', 'in house agents', 'in house sales', 'in house support', 'in house tim', 'agents in house', 'agen in house',
    'sales call', 'a call from', 'get a call', 'discovery call', 'demo call', 'call from sales', 'quick call', 'video call',
    'call me', 'call us', 'call back', 'call me back', 'give me a call', 'call center', 'call centre', 'call centers',
    'contact center', 'contact centre', 'phone number', 'phone no', 'my phone', 'my number', 'email me', 'email us',
    'mail me', 'my email', 'email address', 'e mail address', 'nomor telepon', 'no telepon', 'nomor hp', 'no hp',
    // ("a mail-order seed catalogue": email priced) post, not email
    'mail order', 'mail orders', 'direct mail', 'snail mail', 'postal mail', 'mail room', 'mailroom',
    'telepon saya', 'telpon saya', 'hubungi saya', 'not sure', 'dont know', 'do not know', 'no idea', 'tidak tahu',
    'gak tahu', 'nggak tahu', 'no problem', 'no worries', 'tidak apa apa', 'not bad', 'no thanks', 'no thank you',
    'dont mind', 'no matter', 'text box', 'plain text', 'chat with sales', 'chat to sales', 'chat with someone',
    'this chat', 'in this chat', 'no one', 'nobody', 'data saya', 'my data', 'hapus data', 'text me', 'text us',
    'call it', 'lets call it', 'industry standard', 'standard practice', 'as standard', 'by default',
    'pusat panggilan', 'pusat kontak', 'layanan panggilan', 'call centernya', 'contact centernya',
    // ("phone repair shops, 14 agents": voice added before the channels were asked) phones as what is sold or repaired
    'phone repair', 'phone repairs', 'phone shop', 'phone shops', 'phone store', 'phone stores', 'phone case', 'phone cases',
    'phone accessories', 'phone screen', 'phone screens', 'phone retailer', 'phone retail', 'servis hp', 'service hp', 'toko hp', 'konter hp',
    // ("Hi, kami startup SaaS HR, support team 12 org": cloud recorded, the deployment question skipped) SaaS as what the
    // business sells
    'saas company', 'saas companies', 'saas startup', 'startup saas', 'saas business', 'saas firm', 'perusahaan saas', 'saas hr', 'b2b saas', 'saas b2b', 'saas product', 'produk saas',
  ]],
  [{ type: 'channel', value: 'voice' }, [
    'voice', 'voices', 'voice calls', 'voice call', 'phone', 'phones', 'phone calls', 'phone call', 'telephone', 'fone', 'fones',
    'telephony', 'calls', 'call', 'calling', 'inbound calls', 'outbound calls', 'voip', 'pstn', 'ivr', 'voicemail', 'voice mail', 'leave voicemail', 'leave a voicemail', 'leave voicemails', 'leaves voicemail', 'leaves voicemails', 'leaving voicemail', 'leaving voicemails', 'left voicemail', 'left a voicemail', 'left voicemails',
    'telepon', 'telpon', 'telfon', 'suara', 'panggilan', 'panggilan suara', 'panggilan telepon', 'telepon suara',
    // ("Pasien kami sering menelepon dan chat WA": WhatsApp alone) the verb of calling
    'menelepon', 'menelpon', 'nelpon', 'nelepon',
  ]],
  [{ type: 'channel', value: 'sms' }, [
    'sms', 'text', 'texts', 'texting', 'text message', 'text messages', 'text messaging', 'sms messages',
    'short message', 'short messages', 'pesan teks', 'pesan singkat', 'teks', 'sms an', 'txt', 'txts', 'txt msg', 'txt msgs',
    'text msg', 'text msgs', 'txt messages', 'txting',
  ]],
  [{ type: 'channel', value: 'mms' }, [
    'mms', 'multimedia', 'multimedia messages', 'multimedia messaging', 'picture messages', 'picture message',
    'image messages', 'mms messages', 'gambar', 'pesan gambar', 'pesan multimedia',
  ]],
  [{ type: 'channel', value: 'social' }, [
    'social', 'social media', 'socials', 'social channels', 'facebook', 'fb', 'messenger', 'facebook messenger',
    'linkedin', 'twitter', 'x twitter', 'instagram', 'ig', 'insta', 'whatsapp', 'whats app', 'whatsapp chat', 'wa',
    'tiktok', 'telegram', 'discord', 'wechat', 'viber', 'dm', 'dms', 'media sosial', 'sosial media', 'medsos', 'sosmed', 'jejaring sosial', 'sosial',
    'kanal sosial', 'saluran sosial',
    // a chat on a social app is that app, not web chat
    'whatsapp chats', 'wa chat', 'wa chats', 'chat wa', 'chat whatsapp', 'chat ig', 'chat instagram', 'instagram chat',
    'facebook chat', 'chat facebook', 'chat fb', 'chat messenger', 'messenger chat', 'chat telegram', 'telegram chat',
  ]],
  [{ type: 'channel', value: 'email' }, [
    'email', 'emails', 'e mail', 'e mails', 'mail', 'surel', 'surat elektronik', 'imel',
    // ("we just want a shared inbox + phone": voice alone) a shared mailbox is email answered by a team
    'shared inbox', 'shared inboxes', 'shared mailbox', 'team inbox', 'support inbox', 'group inbox', 'helpdesk inbox',
  ]],
  [{ type: 'channel', value: 'webchat' }, [
    'chat', 'chats', 'live chat', 'livechat', 'web chat', 'webchat', 'website chat', 'site chat', 'chat widget',
    'online chat', 'in app chat', 'obrolan web', 'obrolan', 'chat situs', 'chat web', 'chat website', 'obrolan langsung',
  ]],
  [{ type: 'allChannels' }, [
    'all channels', 'all the channels', 'all of the channels', 'all channel', 'every channel', 'all six channels',
    'all 6 channels', 'all six', 'all available channels', 'omnichannel', 'omni channel', 'semua saluran',
    'semua channel', 'semua kanal', 'seluruh saluran', 'seluruh channel', 'semua saluran komunikasi',
    // ("agen belasan lah, channel semuanya": the channels asked again)
    'channel semuanya', 'saluran semuanya', 'channel semua', 'saluran semua', 'semua channelnya', 'semua salurannya',
  ]],
  [{ type: 'allWeak' }, ['all', 'all of them', 'everything', 'the lot', 'semua', 'semuanya', 'semua nya']],
  [{ type: 'deployment', value: 'onPremises' }, [
    'on prem', 'onprem', 'on premise', 'on premises', 'on premis', 'on perm', 'on prim', 'onpremise', 'onpremises',
    'self hosted', 'selfhosted', 'self managed', 'hosted on our own servers', 'hosted on our servers', 'hosted in house',
    'hosted locally', 'hosted on premise', 'hosted on premises', 'hosted on prem', 'hosted by us', 'hosted ourselves', 'hosted it ourselves', 'host it ourselves', 'hosting it ourselves', 'host ourselves', 'self host', 'selfhost', 'self hosting', 'host it in house', 'run it ourselves', 'hosting sendiri', 'host sendiri', 'our own servers', 'own servers', 'our own server', 'own server',
    'our servers', 'our own data center', 'own data center', 'own datacenter', 'own data centre', 'in house', 'inhouse',
    'on site', 'onsite', 'lokal', 'di tempat', 'server sendiri', 'server kami sendiri', 'server lokal',
    'pusat data sendiri', 'data center sendiri', 'di lokasi', 'server kami', 'server internal', 'server kantor',
    'data center kami', 'pusat data kami', 'server perusahaan',
    'own hardware', 'our own hardware', 'our hardware', 'own equipment', 'our own equipment', 'own infrastructure',
    'our own infrastructure', 'perangkat keras sendiri', 'perangkat keras kami sendiri', 'perangkat keras kami',
    'hardware sendiri', 'hardware kami sendiri', 'hardware kami', 'infrastruktur sendiri', 'infrastruktur kami sendiri',
    'server di kantor', 'servernya di kantor', 'server ada di kantor',
    // ("we'd prefer to keep it on our own premises": the deployment asked again)
    'our own premises', 'our premises', 'own premises', 'on our premises', 'at our premises', 'our own site', 'in our own building',
    'di kantor sendiri', 'di kantor kami sendiri', 'di gedung sendiri',
    // ("skema penerapan di lingkungan server milik sendiri": the deployment asked)
    'server milik sendiri', 'server milik kami', 'server milik kami sendiri', 'infrastruktur milik sendiri', 'perangkat milik sendiri',
  ]],
  [{ type: 'deployment', value: 'cloud' }, [
    'cloud', 'the cloud', 'saas', 'hosted', 'ccaas', 'cloud based', 'cloud hosted', 'public cloud', 'private cloud',
    'awan', 'berbasis cloud', 'komputasi awan', 'berbasis awan', 'clod', 'cloude', 'clowd', 'coud', 'clud',
  ]],
  [{ type: 'deployment', value: 'hybrid' }, ['hybrid', 'hybride', 'hibrida', 'hibrid', 'hybird', 'hybrid cloud']],
  [{ type: 'hybridWeak' }, [
    'mix', 'mixed', 'a mix', 'both', 'a bit of both', 'combination', 'combo', 'campuran', 'keduanya', 'kombinasi', 'gabungan',
    // "half cloud half on-prem", "sebagian cloud sebagian lokal": a split is hybrid once both models are named
    'half', 'partly', 'partially', 'part', 'sebagian', 'separuh',
  ]],
  [{ type: 'wfm' }, [
    'wfm', 'workforce management', 'workforce', 'workforce optimization', 'wfo', 'scheduling', 'agent scheduling',
    'manajemen tenaga kerja', 'penjadwalan', 'penjadwalan agen', 'manajemen sdm',
  ]],
  [{ type: 'ai' }, [
    'ai', 'artificial intelligence', 'chatbot', 'chatbots', 'chat bot', 'chat bots', 'voicebot', 'voice bot',
    'virtual agent', 'virtual agents', 'virtual assistant', 'conversational ai', 'genai', 'gen ai', 'generative ai',
    'llm', 'machine learning', 'kecerdasan buatan', 'kecerdasan artifisial', 'asisten virtual', 'bot ai',
  ]],
  [{ type: 'customIntegration' }, [
    'custom integration', 'custom integrations', 'bespoke integration', 'bespoke integrations', 'integrasi khusus',
    'integrasi kustom', 'custom integrasi', 'integrasi custom',
    // the system named in between: "a custom CRM integration", "integrasi CRM"
    'custom crm integration', 'custom crm integrations', 'custom erp integration', 'custom erp integrations',
    'custom api integration', 'custom api integrations', 'crm integration', 'crm integrations', 'erp integration',
    'erp integrations', 'integrasi crm', 'integrasi erp', 'integrasi khusus crm', 'integrasi crm khusus',
  ]],
  [{ type: 'integrationWeak' }, ['integration', 'integrations', 'integrasi', 'integrasinya']],
  // what runs today is what the visitor is leaving: "currently on-prem Avaya, thinking hybrid" is hybrid
  [{ type: 'from' }, [
    'from', 'switch from', 'move from', 'moving from', 'migrate from', 'dari', 'pindah dari', 'beralih dari',
    'currently', 'currently on', 'currently using', 'currently in', 'right now', 'at the moment', 'existing', 'legacy',
    'our old', 'our current', 'saat ini', 'sekarang masih', 'selama ini', 'masih pakai', 'masih pake', 'yang lama',
  ]],
  [{ type: 'tier', value: 'essential' }, [
    'basic', 'essential', 'essentials', 'entry level', 'basic tier', 'basic plan', 'basic package', 'dasar',
    'paket dasar', 'versi dasar',
  ]],
  [{ type: 'tierCheap' }, [
    'cheapest plan', 'cheapest tier', 'cheapest licence', 'cheapest license', 'cheapest package', 'cheapest edition',
    'paket termurah', 'paket paling murah', 'lisensi termurah', 'lisensi paling murah',
  ]],
  [{ type: 'tier', value: 'premium' }, [
    'premium', 'full featured', 'feature rich', 'enterprise tier', 'enterprise plan', 'enterprise edition',
    'enterprise licence', 'enterprise license', 'enterprise package', 'enterprise version', 'fitur lengkap', 'paket lengkap',
    'paling lengkap', 'versi lengkap', 'yang lengkap', 'lisensi lengkap', 'top tier', 'high end',
    // ("we need the fancy version with ai and everything": the standard tier was priced)
    'fancy version', 'fancy plan', 'fancy one', 'bells and whistles', 'fully loaded', 'top of the line', 'top of the range',
    'everything included', 'fitur terlengkap', 'paling canggih', 'versi canggih', 'paket canggih',
  ]],
  [{ type: 'tier', value: 'standard' }, ['standard', 'standar', 'mid tier', 'mid range', 'menengah', 'standard tier']],
  [{ type: 'billing', value: 'metered' }, [
    'per minute', 'metered', 'pay per minute', 'per menit', 'pay as you go', 'payg', 'usage based',
    'berbasis pemakaian', 'bayar per menit', 'per pemakaian', 'bayar sesuai pemakaian', 'metered voice', 'by the minute',
  ]],
  [{ type: 'billing', value: 'included' }, [
    'unlimited', 'unlimited minutes', 'unlimited calling', 'unlimited voice', 'voice included', 'minutes included',
    'included minutes', 'calls included', 'flat rate', 'bundled minutes', 'tanpa batas', 'tidak terbatas', 'sepuasnya',
    'termasuk menit', 'menit termasuk', 'suara termasuk', 'included in the licence', 'included in the license',
    'termasuk lisensi', 'termasuk dalam lisensi',
  ]],
  [{ type: 'neg' }, [
    'no', 'not', 'without', 'except', 'excluding', 'exclude', 'drop', 'remove', 'minus', 'dont', 'do not',
    // ("what if we dropped SMS?" set the channels to SMS alone)
    'dropped', 'dropping', 'removed', 'removing', 'cut out', 'cutting', 'got rid of', 'ditch', 'ditched', 'ditching',
    'dont want', 'dont need', 'do not need', 'no need for', 'no need', 'get rid of', 'take out', 'take away', 'skip',
    'neither', 'nor', 'cut', 'delete', 'instead of', 'rather than', 'other than', 'not including', 'never', 'none',
    // ("we only really do email and web chat, nothing on the phone": voice priced)
    'nothing on', 'nothing by', 'nothing over', 'nothing via',
    'tanpa', 'hapus', 'hapuskan', 'bukan', 'tidak', 'tak', 'gak', 'nggak', 'enggak', 'ngga', 'ga', 'tdk', 'jangan',
    'kecuali', 'buang', 'hilangkan', 'keluarkan', 'daripada', 'tidak pakai', 'gak pakai', 'nggak pakai', 'ga pakai',
    'tidak usah', 'gak usah', 'nggak usah', 'ga usah', 'tidak perlu', 'gak perlu', 'nggak perlu', 'ga perlu',
    'tidak butuh', 'gak butuh', 'nggak butuh', 'tidak mau', 'gak mau', 'nggak mau', 'selain',
    // ("agen 20, tlp aja cukup, petani jarang pake chat": web chat priced) a channel customers rarely use is left out
    // ("sebenernya kita ga yakin butuh telp, wa aja deh": the phone kept) a channel the visitor doubts needing is left out
    'ga yakin butuh', 'gak yakin butuh', 'nggak yakin butuh', 'tidak yakin butuh', 'ga yakin perlu', 'gak yakin perlu', 'tidak yakin perlu', 'not sure we need', 'not sure i need', 'not sure if we need',
    'jarang', 'jarang pake', 'jarang pakai', 'jarang banget', 'rarely', 'rarely use', 'seldom', 'seldom use', 'hardly use', 'hardly ever use',
    // ("cuma chat dan email, gak ada telepon": voice priced)
    'gak ada', 'tidak ada', 'nggak ada', 'ga ada', 'enggak ada', 'tak ada', 'gada', 'gaada', 'no need of',
    'leave', 'leave out', 'stop', 'stop using', 'cancel', 'no longer', 'move away from', 'moving away from', 'get off', 'get away from',
    'berhenti', 'berhenti pakai', 'berhenti menggunakan', 'tinggalkan', 'meninggalkan', 'tidak lagi',
    'gak jadi', 'tidak jadi', 'nggak jadi', 'ga jadi', 'enggak jadi', 'gak jadi pakai', 'gak jadi pake', 'tidak jadi pakai',
    'nggak jadi pakai', 'nggak jadi pake', 'ga jadi pake', 'ga jadi pakai', 'batal pakai', 'batal pake', 'gausah', 'gaperlu',
    'batal', 'batalin', 'batalkan', 'cancel the', 'cancelling', 'canceling',
    'wont', 'wont need', 'will not', 'will not need', 'wont be needing', 'no more', 'shouldnt', 'should not',
    'forget', 'forget about', 'scrap', 'scratch', 'ditch', 'nix', 'lose', 'kill', 'apus', 'hapusin', 'coret', 'hilangin', 'buangin',
    'dropping', 'removing', 'ditching', 'cutting', 'scrapping', 'losing', 'getting rid of', 'ngapus', 'ngehapus', 'menghapus',
  ]],
  [{ type: 'postNeg' }, [
    'not needed', 'not required', 'not necessary', 'isnt needed', 'isnt required', 'is not needed', 'are not needed',
    'arent needed', 'not wanted', 'is optional', 'tidak dibutuhkan', 'tidak diperlukan', 'tidak dipakai', 'dihapus',
    'dibuang', 'removed', 'dropped', 'ga dipake', 'gak dipake', 'nggak dipake', 'tidak dipake', 'ga dipakai', 'gak dipakai',
    'nggak dipakai', 'ga kepake', 'gak kepake', 'nggak kepake', 'tidak terpakai', 'dibatalkan', 'dibatalin', 'cancelled', 'canceled',
    'no longer needed', 'no longer required', 'no longer necessary', 'no longer used', 'no longer in use', 'not used anymore',
    'not needed anymore', 'unnecessary', 'not used', 'isnt used', 'is not used', 'arent used', 'not in use',
    // ("Pastikan telepon tidak dihitung ya": voice set as the only channel)
    'tidak dihitung', 'jangan dihitung', 'gak dihitung', 'ga dihitung', 'nggak dihitung', 'tdk dihitung', 'not counted',
    'shouldnt be counted', 'should not be counted', 'not be counted', 'left out of it',
  ]],
  [{ type: 'only' }, [
    'only', 'just', 'solely', 'nothing else', 'and nothing else', 'alone', 'hanya', 'cuma', 'cuman', 'saja', 'aja',
    'doang', 'thats it', 'that is it', 'itu saja', 'itu aja',
  ]],
  [{ type: 'pos' }, [
    'add', 'adding', 'plus', '+', 'with', 'include', 'including', 'also', 'as well', 'too', 'tambah', 'tambahkan', 'tambahin',
    'dengan', 'juga', 'sertakan', 'termasuk', 'and also', 'but', 'tapi', 'tetapi', 'namun', 'however', 'instead',
    'yes', 'ya', 'iya', 'keep', 'put back', 'bring back',
  ]],
  [{ type: 'glue' }, [
    'nya', 'and', 'or', '&', '/', 'the', 'any', 'a', 'an', 'either', 'of', 'for', 'dan', 'atau', 'maupun', 'serta',
    'need', 'needs', 'needed', 'want', 'wants', 'use', 'using', 'have', 'has', 'channel', 'channels', 'saluran',
    'kanal', 'pakai', 'pake', 'perlu', 'butuh', 'usah', 'menggunakan', 'support', 'supporting', 'handle', 'via',
    'through', 'lewat', 'go', 'going', 'be', 'is', 'are', 'deployment', 'model', 'option', 'di', 'ke', 'pada',
    'mau', 'ingin', 'messages', 'pesan', 'do', 'on', 'in', 'to', 'we', 'kami', 'untuk', 'buat', 'the whole',
    // chat Indonesian: "sms sama mms", "ama", and the particles after a verb
    'sama', 'ama', 'sm', 'deh', 'dong',
    // ("cukup gak buat cloud voice + WA?": voice removed) a yes-or-no question's "gak" negates nothing
    'cukup gak', 'cukup ga', 'cukup gk', 'cukup nggak', 'cukup ngga', 'cukup tidak', 'bisa gak', 'bisa ga', 'bisa gk', 'bisa nggak', 'bisa ngga',
  ]],
];

/** Indonesian "not needed" phrases double as post-negation: "SMS tidak perlu". */
export const POST_NEGATING_NEG = new Set(['tidak jadi', 'gak jadi', 'ga jadi', 'nggak jadi', 'enggak jadi', 'tidak perlu', 'gak perlu', 'nggak perlu', 'ga perlu', 'tidak usah', 'gak usah', 'nggak usah', 'ga usah', 'tidak butuh', 'gak butuh', 'nggak butuh',
  // Indonesian puts the verb after its object in chat: "livechat nya hapus", "sms buang aja"
  'hapus', 'hapuskan', 'buang', 'hilangkan', 'keluarkan', 'apus', 'hapusin', 'coret', 'hilangin', 'buangin', 'batal', 'batalin', 'batalkan']);

/** The special "but": exception after "all", otherwise a clause break. Resolved by the extractor. */
const BUT_WORDS = ['but', 'tapi', 'tetapi', 'namun'];

export type Phrase = { words: string[]; tag: Tag };

function buildIndex(): Map<string, Phrase[]> {
  const index = new Map<string, Phrase[]>();
  for (const [tag, phrases] of entries) {
    for (const p of phrases) {
      const words = p.split(/[\s-]+/).filter(Boolean);
      const effective: Tag = BUT_WORDS.includes(p) ? { type: 'but' } : tag;
      const first = words[0] as string;
      const list = index.get(first) ?? [];
      list.push({ words, tag: effective });
      index.set(first, list);
    }
  }
  // longest phrase first; on equal length the earlier list wins (neutral before channel, etc.)
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

export const PHRASE_INDEX = buildIndex();

/** Single words that typo correction may aim at (long, specific, unlikely to be another word). */
export const TYPO_TARGETS = [
  'agents', 'agent', 'seats', 'users', 'people', 'licences', 'licenses', 'operator', 'operators', 'pengguna',
  'telepon', 'panggilan', 'whatsapp', 'instagram', 'facebook', 'linkedin', 'twitter', 'multimedia', 'premises',
  'premise', 'hybrid', 'hibrida', 'campuran', 'workforce', 'management', 'chatbot', 'integration', 'integrations',
  'integrasi', 'minutes', 'seconds', 'thousand', 'hundred', 'million', 'email', 'voice', 'phone', 'social',
  'cloud', 'compare', 'estimate', 'channels', 'deployment', 'representatives', 'employees', 'premium', 'standard',
  'essential', 'metered', 'unlimited', 'seratus', 'sepuluh', 'sebelas', 'delapan', 'sembilan', 'pricing', 'typical', 'tipikal',
];

/** Ordinary words one edit away from a target that must stay as they are. */
export const TYPO_STOPLIST = new Set([
  'posted', 'hoisted', 'ghosted', 'aloud', 'clout', 'clouds', 'promise', 'promises', 'stuff', 'stiff', 'tests', 'falls',
  'tells', 'walls', 'halls', 'balls', 'cells', 'stats', 'beats', 'heats', 'meats', 'local', 'orange', 'basis', 'charts',
  'could', 'would', 'choice', 'prone', 'phony', 'phoned', 'phones', 'agency', 'agenda', 'user', 'uses',
  'peoples', 'voiced', 'mails', 'emails', 'seat', 'sears', 'stand', 'standards', 'compared', 'compares', 'estimated',
  'estimates', 'premised', 'hundreds', 'thousands', 'millions', 'minute', 'second', 'channel', 'employee', 'delapan',
]);

/** Whole-word replacements for frequent misspellings and slang that edit distance would not catch. */
export const SPELLING_FIXES: Record<string, string> = {
  // ("7 agnets, phone and emial, on premsis": the deployment asked) two edits from "premises", too far for the one-edit step
  teh: 'the', montly: 'monthly', monthy: 'monthly', mothly: 'monthly', yearl: 'yearly', yeary: 'yearly', premsis: 'premises', premisis: 'premises', premiss: 'premises', premisses: 'premises', primises: 'premises', premisies: 'premises', onpremis: 'onpremise',
  agnet: 'agent', agnets: 'agents', agnt: 'agent', voce: 'voice', vocie: 'voice', voise: 'voice', agnts: 'agents', agen2: 'agen', seets: 'seats', voic: 'voice', clod: 'cloud', chanel: 'channel', emial: 'email', emal: 'email', caht: 'chat', chta: 'chat', cjat: 'chat', phne: 'phone', phnoe: 'phone', pone: 'phone',
  watsapp: 'whatsapp', whatapp: 'whatsapp', whatsap: 'whatsapp', wassap: 'whatsapp', telp: 'telepon', tlp: 'telepon',
  pls: 'please', plz: 'please', stahun: 'setahun', sthn: 'setahun', setaun: 'setahun', staun: 'setahun', sebln: 'sebulan', sbln: 'sebulan', pling: 'paling', plg: 'paling', mhl: 'mahal', mhal: 'mahal', mrh: 'murah', mrah: 'murah', bnyk: 'banyak', byk: 'banyak', tnya: 'tanya',
  thx: 'thanks', tks: 'thanks', thnks: 'thanks', thnx: 'thanks', thanx: 'thanks', thankz: 'thanks', tnx: 'thanks', thks: 'thanks', thnk: 'thank', thanku: 'thank you', ur: 'your', yg: 'yang', dgn: 'dengan',
  utk: 'untuk', tdk: 'tidak', gk: 'gak', ngga: 'nggak', engga: 'enggak', gimana: 'bagaimana', gmn: 'bagaimana',
  tmbh: 'tambah', tmbah: 'tambah', tambh: 'tambah', nmbh: 'nambah', nambh: 'nambah', kurangin: 'kurangi',
  brp: 'berapa', krn: 'karena', blm: 'belum', udh: 'udah', sdh: 'sudah', bgt: 'banget', sy: 'saya', aq: 'aku', org: 'orang', bln: 'bulan', thn: 'tahun',
  mnt: 'menit', dtk: 'detik',
  // ("how mutch per yer": the sales form; "wat if i ad sms")
  mutch: 'much', yer: 'year', yeer: 'year', wot: 'what',
  // ("vocie + emial + wbchat": web chat dropped)
  wbchat: 'webchat', webcht: 'webchat', wbcht: 'webchat',
  // ("brpa biyaya kontak senter 7 agn vois clod": voice, as it sounds, dropped)
  vois: 'voice', voiz: 'voice', voys: 'voice',
  // ("hi need cost for contcat centre": the greeting menu alone)
  contcat: 'contact', conatct: 'contact', contat: 'contact', cntact: 'contact', contatc: 'contact', centr: 'center', cneter: 'center',
  // "wats the yr total" (the three-year total came), "coba jadiin klaud semua" (not understood)
  yr: 'year', yrs: 'years', wats: 'whats', klaud: 'cloud', kloud: 'cloud', taun: 'tahun',
  wud: 'would', wld: 'would', cud: 'could', shud: 'should', wat: 'what',
  // "wat abt on prem" after an estimate, "whats the hw refresh thing about", "how r u" (none understood)
  // ("hw" is left out: "hw much" is how much, "hw refresh" the hardware; the rules' spelling tells them apart)
  abt: 'about', sw: 'software', r: 'are', u: 'you',
  // frequent misspellings too short or too far for the edit-distance fixes ("brapa biyaya 25 agn, tlpn, clud?")
  // ("cs toko bangunan 7 orng pke tlpn sm wa": the seven people unheard, the head count asked again and again)
  orng: 'orang', pke: 'pakai', bwt: 'buat',
  // ("6 volunters on the fones": the six people unheard; "totl nya brp perbln": read as a question about one line)
  // ("mw tny hrga kontak senter": a menu, as if nothing had been asked)
  mw: 'mau', tny: 'tanya', hrga: 'harga', hrg: 'harga', senter: 'center', sentre: 'centre',
  volunters: 'volunteers', voluntiers: 'volunteers', volenteers: 'volunteers', fones: 'phones', fone: 'phone', totl: 'total', perbln: 'perbulan',
  brapa: 'berapa', berpa: 'berapa', biyaya: 'biaya', agn: 'agen', agne: 'agen', agenn: 'agen', tlpn: 'telepon', tlpon: 'telepon', telpn: 'telepon', clud: 'cloud', klod: 'cloud',
};
