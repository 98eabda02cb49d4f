/**
 * Whether a message is written in a language the advisor does not speak, and which. Scripts settle
 * most cases (Han, kana, Hangul, Arabic, Cyrillic, Thai, Devanagari, Greek, Hebrew); Latin-script
 * languages are told apart by their most common function words, which short chat messages still
 * contain ("¿cuánto cuesta … para 30 agentes?"). English and Indonesian words vote against, so a
 * visitor's "gracias" in an English sentence does not switch anything.
 */
import { languageScores } from './language';

const SCRIPTS: [RegExp, string][] = [
  [/[\u3040-\u30ff]/, 'ja'],
  [/[\uac00-\ud7af\u1100-\u11ff]/, 'ko'],
  [/[\u4e00-\u9fff]/, 'zh'],
  [/[\u0600-\u06ff]/, 'ar'],
  [/[\u0400-\u04ff]/, 'ru'],
  [/[\u0e00-\u0e7f]/, 'th'],
  [/[\u0900-\u097f]/, 'hi'],
  [/[\u0370-\u03ff]/, 'el'],
  [/[\u0590-\u05ff]/, 'he'],
];

const FUNCTION_WORDS: Record<string, string[]> = {
  es: ['el', 'la', 'los', 'las', 'de', 'del', 'que', 'y', 'en', 'para', 'con', 'por', 'una', 'un', 'es', 'cuánto', 'cuanto', 'cuesta', 'hola', 'gracias', 'necesito', 'queremos', 'tenemos', 'agentes', 'nube', 'precio', 'cómo', 'como', 'qué', 'pero', 'sí', 'muy', 'buenos', 'días', 'llamadas', 'nuestro', 'nuestra', 'costo', 'coste', 'puede', 'usted', 'puedes', 'hablas', 'habla', 'español', 'espanol', 'responder', 'favor', 'quiero', 'hablar'],
  fr: ['le', 'la', 'les', 'des', 'du', 'et', 'est', 'pour', 'avec', 'une', 'un', 'combien', 'coûte', 'coute', 'bonjour', 'merci', 'nous', 'avons', 'je', 'vous', 'nuage', 'prix', 'quel', 'quelle', 'sur', 'pas', 'appels', 'besoin', 'voudrais', 'coût', 'cout',
    // ("Pouvez-vous me répondre en français s'il vous plaît?" mid-conversation: read as a question about a line)
    'pouvez', 'répondre', 'repondre', 'français', 'francais', "s'il", 'plaît', 'plait', 'parlez', 'parler', 'oui', 'votre', 'notre', 'nos', 'cette', 'sont', 'êtes', 'suis', 'très', 'aussi'],
  de: ['der', 'die', 'das', 'und', 'ist', 'für', 'mit', 'ein', 'eine', 'wie', 'viel', 'kostet', 'hallo', 'danke', 'wir', 'haben', 'ich', 'sie', 'nicht', 'brauchen', 'agenten', 'preis', 'kosten', 'anrufe', 'bitte', 'guten', 'tag', 'was', 'können', 'koennen', 'sprechen', 'deutsch', 'antworten', 'auf', 'mir', 'uns'],
  pt: ['o', 'os', 'as', 'do', 'da', 'dos', 'das', 'e', 'em', 'para', 'com', 'uma', 'um', 'quanto', 'custa', 'olá', 'ola', 'obrigado', 'obrigada', 'nós', 'temos', 'precisamos', 'agentes', 'nuvem', 'preço', 'não', 'você', 'bom', 'dia', 'chamadas'],
  it: ['il', 'lo', 'gli', 'della', 'delle', 'e', 'è', 'con', 'una', 'quanto', 'costa', 'ciao', 'grazie', 'abbiamo', 'noi', 'agenti', 'prezzo', 'non', 'sono', 'buongiorno', 'chiamate', 'nel', 'che'],
  nl: ['de', 'het', 'een', 'en', 'is', 'voor', 'met', 'hoeveel', 'kost', 'hallo', 'bedankt', 'dank', 'wij', 'hebben', 'ik', 'niet', 'prijs', 'agenten', 'graag', 'goedemorgen', 'wat'],
  tr: ['ve', 'bir', 'için', 'ile', 'ne', 'kadar', 'merhaba', 'teşekkürler', 'fiyat', 'biz', 'var', 'mı', 'mi', 'nedir', 'temsilci'],
  vi: ['xin', 'chào', 'bao', 'nhiêu', 'cảm', 'ơn', 'của', 'và', 'cho', 'không', 'chúng', 'tôi', 'giá'],
  ms: [],
};

const ACCENTS: Record<string, RegExp> = {
  es: /[ñ¿¡áéíóú]/,
  fr: /[çàâèêëîïôùûœ]/,
  de: /[äöüß]/,
  pt: /[ãõçâêô]/,
  vi: /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/,
  tr: /[ğışç]/,
};

/** The ISO 639-1 code of the message's language when it is neither English nor Indonesian. */
export function foreignLanguage(text: string): string | undefined {
  const letters = text.replace(/[\s\d\p{P}\p{S}]/gu, '');
  if (letters.length === 0) return undefined;
  for (const [re, code] of SCRIPTS) {
    const count = [...letters].filter((ch) => re.test(ch)).length;
    if (count / letters.length > 0.3) return code;
  }
  const words = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  if (words.length < 2) return undefined;
  const { en, id } = languageScores(text);
  let best: { code: string; score: number } | undefined;
  for (const [code, list] of Object.entries(FUNCTION_WORDS)) {
    if (list.length === 0) continue;
    const set = new Set(list);
    let score = words.filter((w) => set.has(w)).length;
    if (ACCENTS[code]?.test(text)) score += 1.5;
    if (!best || score > best.score) best = { code, score };
  }
  if (!best || best.score < 2) return undefined;
  // shared words ("de", "e", "la") are weak evidence: the foreign vote must beat English and Indonesian clearly
  return best.score > 1.5 * (en + id) + 0.5 ? best.code : undefined;
}
