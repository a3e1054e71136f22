/**
 * Finds the Malay messages the ledger and the shared schemas can show a clerk, straight from their
 * source text: the literal given to `new AppError(…)` and to zod (`.min(n, '…')`, `{ error: '…' }`,
 * `message: '…'`, `.refine(…, '…')`, …). Used by the test that every such message has English.
 * A template literal's `${…}` parts come back as `{}` so the test can fill in a sample.
 */

const STRING = String.raw`'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|\`(?:[^\`\\]|\\.)*\``;

const SHAPES: RegExp[] = [
  // new AppError('CODE', '…') — the message may sit on the next line.
  new RegExp(String.raw`new AppError\(\s*'[A-Z_]+',\s*(${STRING})`, 'g'),
  // zod: .min(1, '…'), .max(…, '…'), .regex(/…/, '…'), .refine(fn, '…'), z.enum([…], '…') …
  new RegExp(
    String.raw`\.(?:min|max|length|regex|refine|superRefine|int|positive|nonnegative|email|startsWith|endsWith|includes|check|trim|nonempty|multipleOf|gte|lte|gt|lt)\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*?,\s*(${STRING})\s*\)`,
    'g',
  ),
  // { error: '…' } and { message: '…' } (zod options, ctx.addIssue, refine options), and { reason: '…' }
  // (a row of an import file refused, shown in the preview).
  new RegExp(String.raw`\b(?:error|message|reason):\s*(${STRING})`, 'g'),
  // refuse('…'): an import's helper that refuses one row (its reason) or the whole file.
  new RegExp(String.raw`\brefuse\(\s*(${STRING})`, 'g'),
  // fail('…') and fail('field', '…'): helpers that refuse with a message (and the field it is about).
  new RegExp(String.raw`\bfail\(\s*(?:'[\w.]+',\s*)?(${STRING})`, 'g'),
  // const message = '…' and const WRONG_PIN = '…' (a message built before it is thrown).
  new RegExp(String.raw`\b(?:const|let)\s+(?:message|[A-Z][A-Z0-9_]*)\s*=\s*(${STRING})`, 'g'),
  // the branches of a message chosen by a condition: message = x ? '…' : '…'
  new RegExp(String.raw`\?\s*(${STRING})\s*:`, 'g'),
  new RegExp(String.raw`:\s*(${STRING})\s*[;)]`, 'g'),
];

export interface FoundMessage {
  file: string;
  /** The message as written; `${…}` replaced by `{}`. */
  text: string;
  /** Whether it had `${…}` parts. */
  parameterised: boolean;
}

function unquote(literal: string): { text: string; parameterised: boolean } {
  const body = literal.slice(1, -1);
  if (literal.startsWith('`')) {
    const text = body.replace(/\$\{(?:[^{}]|\{[^{}]*\})*\}/g, '{}');
    return { text: text.replace(/\\(.)/g, '$1'), parameterised: text !== body };
  }
  return { text: body.replace(/\\(.)/g, '$1'), parameterised: false };
}

/** Words that mark a sentence as Malay (an English developer message is not shown to a clerk). */
const MALAY =
  /\b(tidak|sila|tiada|telah|belum|bagi|dengan|atau|yang|ini|itu|perlu|hanya|kes|resit|nombor|pilih|isikan|sah|mesti|boleh|dalam|daripada|untuk|sudah|masih|terlalu|ditutup|dibuka|pengguna|tarikh|hari|jenis|nama|kaunter|mahkamah|penyelia|sebab|salah|gagal|dijumpai|ada|maksimum|aksara|digit|taip|tempoh|bayaran|jumlah|fail|folder|kunci|sandaran|dokumen|janji|temu|cuti|bulan|tahun|pihak|alamat|peguam|notis|cetak|pencetak|templat|baris|siri|dikeluarkan)\b/i;

/** In a schema every string a call starts with is a message or a field label: z.int('…'), date('…'). */
const SCHEMA_CALL = new RegExp(String.raw`[\w.]+\(\s*(${STRING})`, 'g');

export function findMalayMessages(file: string, source: string): FoundMessage[] {
  const found = new Map<string, FoundMessage>();
  const shapes = /shared[\\/]schemas[\\/]/.test(file) ? [...SHAPES, SCHEMA_CALL] : SHAPES;
  for (const shape of shapes) {
    for (const match of source.matchAll(shape)) {
      const literal = match[1];
      if (!literal) continue;
      const { text, parameterised } = unquote(literal);
      const label = shape === SCHEMA_CALL && /^[A-Z][a-z]/.test(text);
      if (text.trim() === '' || !(label || MALAY.test(text))) continue;
      found.set(text, { file, text, parameterised });
    }
  }
  return [...found.values()];
}
