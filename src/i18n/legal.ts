import { defineStrings } from './index';

/**
 * The /privacy and /terms pages (linked from the Teams app package). Every sentence must stay
 * true of what the code does: change them together with the storage, logging or handoff code.
 * `{conversationDays}` is the idle period after which conversation state is deleted.
 */
export const legalStrings = defineStrings(
  {
    privacyTitle: 'Privacy',
    privacyIntro:
      'This page says what the Contact Center Cost Advisor stores about you, why, and for how long. The advisor is run by the organisation whose website or Teams app you reached it from.',
    conversationHeading: 'Your conversation',
    conversationBody:
      'The advisor reads your messages to price your scenario and answer your questions. It keeps the state of your conversation in its database so that you can carry on later: the scenario (agents, channels, deployment, volumes), your language and where the conversation stands, a name or company you introduce yourself with, and, while you are giving contact details for sales, those details. This state is deleted after {conversationDays} days without activity.',
    leadsHeading: 'If you ask to talk to sales',
    leadsBody:
      'Only when you explicitly agree, the advisor stores a lead: your name, work email and company, the phone number and contact time if you gave them, your scenario and estimate, the questions you asked in the conversation, and when you agreed and to what. A lead is kept until it is erased: say "withdraw" in the same conversation, or ask the organisation that runs the advisor to erase it. If that organisation has connected a sales system, the lead is sent there, and an erasure is sent after it so that copy can be deleted too.',
    logsHeading: 'Logs',
    logsBody:
      'The service logs each request and each turn with technical identifiers and timings. It does not log the text of your messages, your email address or your phone number.',
    channelsHeading: 'The website chat and Microsoft Teams',
    channelsBody:
      'The website chat sets no cookies. It connects with a short-lived token, and the list of messages it shows is held in the server\'s memory and dropped after 30 minutes without activity. In Microsoft Teams, messages pass through Microsoft\'s Bot Framework service; the advisor receives your Teams display name and uses it to greet you and to fill in your name for sales.',
    elsewhereHeading: 'Nowhere else',
    elsewhereBody: 'Apart from the sales system described above and the chat channel you use, the advisor sends your data nowhere.',
    termsTitle: 'Terms of use',
    termsIntro: 'The Contact Center Cost Advisor is an automated assistant that estimates what a contact center might cost and answers questions about those costs.',
    estimatesHeading: 'Estimates',
    estimatesBody:
      'Estimates are indicative. They are calculated from published price ranges and from assumptions that each estimate names; real prices depend on vendors, contracts, volumes and location. An estimate is not a quote, an offer or professional advice.',
    sourcesHeading: 'Sources',
    sourcesBody: 'Figures and claims attributed to vendors or other sources are theirs, reported as found.',
    useHeading: 'Using the advisor',
    useBody:
      'Please do not enter sensitive information such as payment card numbers, passwords or health data. Requests are rate-limited, and automated or abusive use may be blocked.',
    dataHeading: 'Your data',
    dataBody: 'What the advisor stores about you, and for how long, is on the privacy page.',
    otherLanguage: 'Bahasa Indonesia',
    privacyLink: 'Privacy',
    termsLink: 'Terms of use',
    chatLink: 'Back to the chat',
  },
  {
    privacyTitle: 'Privasi',
    privacyIntro:
      'Halaman ini menjelaskan apa yang disimpan Contact Center Cost Advisor tentang Anda, untuk apa, dan berapa lama. Advisor ini dijalankan oleh organisasi yang situs web atau aplikasi Teams-nya Anda gunakan untuk membukanya.',
    conversationHeading: 'Percakapan Anda',
    conversationBody:
      'Advisor membaca pesan Anda untuk menghitung biaya skenario Anda dan menjawab pertanyaan Anda. Status percakapan disimpan di basis datanya agar Anda bisa melanjutkannya nanti: skenario (agen, saluran, model penerapan, volume), bahasa Anda, posisi percakapan, nama atau perusahaan yang Anda sebutkan saat memperkenalkan diri, dan, selama Anda mengisi data kontak untuk sales, data tersebut. Status ini dihapus setelah {conversationDays} hari tanpa aktivitas.',
    leadsHeading: 'Jika Anda ingin dihubungi sales',
    leadsBody:
      'Hanya jika Anda menyetujuinya secara tegas, advisor menyimpan sebuah lead: nama, email kantor dan perusahaan Anda, nomor telepon dan waktu kontak jika Anda memberikannya, skenario dan estimasi Anda, pertanyaan yang Anda ajukan dalam percakapan, serta kapan dan untuk apa Anda memberi persetujuan. Lead disimpan sampai dihapus: ketik "cabut persetujuan" dalam percakapan yang sama, atau minta organisasi yang menjalankan advisor untuk menghapusnya. Jika organisasi itu menghubungkan sistem sales, lead dikirim ke sana, dan penghapusan juga dikirim agar salinan itu ikut dihapus.',
    logsHeading: 'Log',
    logsBody:
      'Layanan mencatat setiap permintaan dan setiap giliran percakapan dengan pengenal teknis dan waktu. Teks pesan, alamat email, dan nomor telepon Anda tidak dicatat.',
    channelsHeading: 'Chat di situs web dan Microsoft Teams',
    channelsBody:
      'Chat di situs web tidak memasang cookie. Chat terhubung dengan token berumur pendek, dan daftar pesan yang ditampilkannya disimpan di memori server lalu dibuang setelah 30 menit tanpa aktivitas. Di Microsoft Teams, pesan melewati layanan Bot Framework milik Microsoft; advisor menerima nama tampilan Teams Anda dan memakainya untuk menyapa Anda dan mengisi nama Anda untuk sales.',
    elsewhereHeading: 'Tidak ke mana pun selain itu',
    elsewhereBody: 'Selain sistem sales yang dijelaskan di atas dan saluran chat yang Anda pakai, advisor tidak mengirim data Anda ke mana pun.',
    termsTitle: 'Ketentuan penggunaan',
    termsIntro: 'Contact Center Cost Advisor adalah asisten otomatis yang memperkirakan biaya sebuah pusat kontak dan menjawab pertanyaan tentang biaya tersebut.',
    estimatesHeading: 'Estimasi',
    estimatesBody:
      'Estimasi bersifat indikatif. Estimasi dihitung dari kisaran harga yang dipublikasikan dan dari asumsi yang disebutkan di setiap estimasi; harga sebenarnya bergantung pada vendor, kontrak, volume, dan lokasi. Estimasi bukan penawaran harga, bukan tawaran, dan bukan nasihat profesional.',
    sourcesHeading: 'Sumber',
    sourcesBody: 'Angka dan klaim yang dikaitkan dengan vendor atau sumber lain adalah milik mereka, dilaporkan sebagaimana adanya.',
    useHeading: 'Menggunakan advisor',
    useBody:
      'Mohon jangan memasukkan informasi sensitif seperti nomor kartu pembayaran, kata sandi, atau data kesehatan. Jumlah permintaan dibatasi, dan pemakaian otomatis atau penyalahgunaan dapat diblokir.',
    dataHeading: 'Data Anda',
    dataBody: 'Apa yang disimpan advisor tentang Anda, dan berapa lama, dijelaskan di halaman privasi.',
    otherLanguage: 'English',
    privacyLink: 'Privasi',
    termsLink: 'Ketentuan penggunaan',
    chatLink: 'Kembali ke chat',
  },
);
