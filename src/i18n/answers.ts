import { defineStrings } from './index';

/** Strings of the knowledge answers: deployment names inside answers, "did you mean", "I don't know". */
export const answerStrings = defineStrings(
  {
    'deployment.onPremises': 'on-premises',
    'deployment.cloud': 'in the cloud',
    'deployment.hybrid': 'hybrid',
    'deploymentName.onPremises': 'on-premises',
    'deploymentName.cloud': 'cloud',
    'deploymentName.hybrid': 'hybrid',
    didYouMean: 'Did you mean one of these?',
    unknown:
      "I don't know that one, and I'd rather not guess. I can answer questions about contact center costs, for example:",
    unknownSales: 'If it is about your own situation, I can put you in touch with our sales team.',
    followUps: 'You could also ask:',
    personalIntro: 'With your numbers:',
  },
  {
    'deployment.onPremises': 'lokal (on-premises)',
    'deployment.cloud': 'di cloud',
    'deployment.hybrid': 'hibrida',
    'deploymentName.onPremises': 'lokal',
    'deploymentName.cloud': 'cloud',
    'deploymentName.hybrid': 'hibrida',
    didYouMean: 'Apakah maksud Anda salah satu dari ini?',
    unknown:
      'Saya belum tahu jawaban untuk itu, dan saya tidak mau menebak. Saya bisa menjawab pertanyaan tentang biaya pusat kontak, misalnya:',
    unknownSales: 'Jika ini tentang situasi Anda sendiri, saya bisa menghubungkan Anda dengan tim penjualan kami.',
    followUps: 'Anda juga bisa bertanya:',
    personalIntro: 'Dengan angka Anda:',
  },
);
