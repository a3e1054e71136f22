import { describe, expect, it } from 'vitest';
import { describeCharacters, fontForCodePoint, unprintableCharacters } from './printable';
import { lineText, multiLineText, nameText } from './schemas/text';
import { readFieldMessage } from './schemas/fieldMessage';

const cp = (ch: string) => ch.codePointAt(0)!;

describe('what the documents can print', () => {
  it('gives Rumi, Jawi (with چ ڠ ڤ ݢ ۏ ڽ), Chinese and Tamil a font', () => {
    expect(fontForCodePoint(cp('é'))).toBe('latin');
    for (const ch of 'چڠڤݢۏڽ،١') expect(fontForCodePoint(cp(ch)), ch).toBe('arabic');
    expect(fontForCodePoint(cp('陈'))).toBe('han');
    expect(fontForCodePoint(cp('க'))).toBe('tamil');
    expect(fontForCodePoint(cp(' '))).toBe('latin');
  });

  it('names the characters no shipped font has, each once', () => {
    expect(unprintableCharacters('Ali 😀 bin Abu 😀 ☎ ')).toEqual(['😀', '☎']);
    expect(unprintableCharacters('Ahmad bin Ali, محمد, 陈伟强, கணேசன்\nJalan 1')).toEqual([]);
    expect(unprintableCharacters('한국')).toEqual(['한', '국']);
    expect(describeCharacters(['😀', 'ʘ'])).toBe('😀 (U+1F600), ʘ (U+0298)');
  });

  it('checks the NFC form: a decomposed é prints', () => {
    expect(unprintableCharacters('Ame\u0301lie')).toEqual([]);
  });
});

describe('the text schemas refuse what would print blank, naming it', () => {
  const refusal = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
    result.success ? null : readFieldMessage(result.error!.issues[0]!.message);

  it('a one-line field (an address line, a description) with a Korean word', () => {
    const message = refusal(lineText('Alamat', 200).safeParse('Jalan 한 1'));
    expect(message?.key).toBe('{label} mengandungi aksara yang tidak dapat dicetak: {chars}.');
    expect(message?.message).toContain('한 (U+D55C)');
  });

  it('a note with a symbol no font has', () => {
    const message = refusal(multiLineText('Catatan', 500).safeParse('Bawa dokumen ʘ\nterima kasih'));
    expect(message?.message).toContain('ʘ (U+0298)');
  });

  it('a name in Jawi, Chinese or Tamil is accepted as before', () => {
    for (const name of ['ڤوتري نور عائشه', '陈伟强', 'கணேசன் முருகன்']) {
      expect(nameText('Nama').safeParse(name).success, name).toBe(true);
    }
  });
});
