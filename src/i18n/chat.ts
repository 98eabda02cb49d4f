import { defineStrings } from './index';

/** Strings of `npm run chat`, the terminal chat. */
export const chatStrings = defineStrings(
  {
    intro: 'Chatting with the Contact Center Cost Advisor in the terminal. Type a message and press Enter; /quit (or Ctrl+D) ends the chat.',
    usage: 'Usage: npm run chat [-- --help]\nTalk to the advisor in the terminal (the plain-text channel: cards show as text). Type /quit or press Ctrl+D to leave. LANG=id_ID.UTF-8 starts in Indonesian.',
    badArgument: 'npm run chat: unknown argument "{arg}" (the chat takes none; --help explains it)',
    turnError: '(error: {message})',
    startFailed: 'Could not start the chat: {message}',
  },
  {
    intro: 'Mengobrol dengan Contact Center Cost Advisor di terminal. Ketik pesan lalu tekan Enter; /quit (atau Ctrl+D) mengakhiri chat.',
    usage: 'Pemakaian: npm run chat [-- --help]\nMengobrol dengan advisor di terminal (saluran teks biasa: kartu tampil sebagai teks). Ketik /quit atau tekan Ctrl+D untuk keluar. LANG=id_ID.UTF-8 memulai dalam bahasa Indonesia.',
    badArgument: 'npm run chat: argumen "{arg}" tidak dikenal (chat tidak memakai argumen; --help menjelaskannya)',
    turnError: '(error: {message})',
    startFailed: 'Chat tidak dapat dimulai: {message}',
  },
);
