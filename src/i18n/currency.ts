import { defineStrings } from './index';

/** The sentences that go with converted amounts: the rate and its date, the tax note, the switch. */
export const currencyStrings = defineStrings(
  {
    rateNote: 'Rupiah at {rate} per US dollar ({date}; {source}).',
    taxNote: 'Prices exclude tax; {tax} {percent} comes on top.',
    usdNote: 'Prices in US dollars, excluding tax.',
    'name.USD': 'US dollars',
    'name.IDR': 'rupiah',
  },
  {
    rateNote: 'Kurs {rate} per dolar AS ({date}; {source}).',
    taxNote: 'Harga belum termasuk pajak; {tax} {percent} ditambahkan di atasnya.',
    usdNote: 'Harga dalam dolar AS, belum termasuk pajak.',
    'name.USD': 'dolar AS',
    'name.IDR': 'rupiah',
  },
);
