import type { PartyInput } from '@shared/schemas/case';
import { intBetween, pick } from './random';

const MALE = [
  'Ahmad',
  'Muhammad',
  'Mohd',
  'Abdul Rahman',
  'Ismail',
  'Hafiz',
  'Azman',
  'Zulkifli',
  'Faizal',
  'Khairul',
  'Syafiq',
  'Amirul',
  'Hakim',
  'Razak',
  'Hussein',
  'Rosli',
  'Kamarul',
  'Nazri',
  'Shahrul',
  'Ikhwan',
  'Firdaus',
  'Iskandar',
];
const FEMALE = [
  'Siti',
  'Nur',
  'Nurul',
  'Aisyah',
  'Fatimah',
  'Zainab',
  'Rohana',
  'Noraini',
  "Nor'ain",
  'Hasnah',
  'Salmah',
  'Farah',
  'Aminah',
  'Khadijah',
  'Mariam',
  'Nadia',
  'Sharifah',
  'Azizah',
  'Roslina',
  'Haslinda',
  'Izzati',
  'Syazwani',
];
const FATHERS = [
  'Abdullah',
  'Ali',
  'Abu Bakar',
  'Hassan',
  'Ibrahim',
  'Yusof',
  'Osman',
  'Ismail',
  'Salleh',
  'Harun',
  'Omar',
  'Jaafar',
  'Mat Isa',
  'Ramli',
  'Sulaiman',
  'Zakaria',
  'Hamid',
  'Mahmud',
  'Daud',
  'Yaakob',
];
const STREETS = [
  'Jalan Dato Bandar Tunggal',
  'Jalan Rasah',
  'Taman Seremban Jaya',
  'Jalan Tuanku Munawir',
  'Taman Bukit Chedang',
  'Jalan Klang Lama',
  'Taman Sri Andalas',
  'Jalan Meru',
  'Kampung Jawa',
  'Taman Sentosa',
];
const TOWNS = [
  '70200 Seremban',
  '71000 Port Dickson',
  '41000 Klang',
  '43000 Kajang',
  '72000 Kuala Pilah',
  '70450 Seremban',
];
/** Place-of-birth codes of Malaysian states (JPN). */
const PLACE_CODES = [
  '01',
  '02',
  '03',
  '04',
  '05',
  '06',
  '07',
  '08',
  '09',
  '10',
  '11',
  '12',
  '13',
  '14',
  '15',
  '16',
  '21',
  '31',
  '41',
  '54',
];

export type Sex = 'L' | 'P';

export function personName(random: () => number, sex: Sex): string {
  const given = sex === 'L' ? pick(random, MALE) : pick(random, FEMALE);
  return `${given} ${sex === 'L' ? 'bin' : 'binti'} ${pick(random, FATHERS)}`;
}

/** A MyKad number that checks out: a real date, a state's place code, and the sex in the last digit. */
export function myKad(random: () => number, sex: Sex): string {
  const year = intBetween(random, 1955, 2004);
  const month = intBetween(random, 1, 12);
  const day = intBetween(random, 1, 28);
  const serial = intBetween(random, 0, 999);
  const last = intBetween(random, 0, 4) * 2 + (sex === 'L' ? 1 : 0);
  const yymmdd = `${String(year % 100).padStart(2, '0')}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
  return `${yymmdd}-${pick(random, PLACE_CODES)}-${String(serial).padStart(3, '0')}${last}`;
}

export function address(random: () => number): string {
  return `No. ${intBetween(random, 1, 250)}, ${pick(random, STREETS)}\n${pick(random, TOWNS)}`;
}

export function phone(random: () => number): string {
  return `01${intBetween(random, 0, 9)}-${intBetween(random, 100, 999)} ${intBetween(random, 1000, 9999)}`;
}

export function party(random: () => number, side: PartyInput['side'], sex: Sex): PartyInput {
  return {
    side,
    name: personName(random, sex),
    idType: 'MYKAD',
    idNumber: myKad(random, sex),
    address: address(random),
    phone: phone(random),
  };
}
