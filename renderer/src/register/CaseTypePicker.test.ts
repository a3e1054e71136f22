import { describe, expect, it } from 'vitest';
import type { CaseTypeView } from '@shared/views';
import { findCaseTypes } from './CaseTypePicker';

const t = (code: string, name: string): CaseTypeView => ({
  code,
  name,
  category: 'MAL',
  proceeding: 'SAMAN',
  active: true,
});
const TYPES = [
  t('018', 'Tuntutan Nafkah Isteri'),
  t('024', 'Tuntutan Nafkah Anak'),
  t('028', 'Tuntutan Hadhanah'),
  t('240', 'Kes Ujian'),
];

describe('findCaseTypes', () => {
  it('finds by the start of the code first', () => {
    expect(findCaseTypes(TYPES, '024').map((x) => x.code)).toEqual(['024']);
    expect(findCaseTypes(TYPES, '02').map((x) => x.code)).toEqual(['024', '028']);
  });

  it('finds by every word of the name, ignoring case', () => {
    expect(findCaseTypes(TYPES, 'nafkah').map((x) => x.code)).toEqual(['018', '024']);
    expect(findCaseTypes(TYPES, 'NAFKAH anak').map((x) => x.code)).toEqual(['024']);
  });

  it('lists everything for an empty query', () => {
    expect(findCaseTypes(TYPES, '  ')).toHaveLength(4);
  });
});
