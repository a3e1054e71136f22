import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/** Default scrypt cost: N = 2^16, r = 8 (64 MiB, about 0.2 s a hash here). */
export const DEFAULT_PIN_COST = 16;

function derive(pin: string, salt: Buffer, logN: number): Promise<Buffer> {
  const N = 2 ** logN;
  return new Promise((resolve, reject) => {
    scrypt(pin, salt, 32, { N, r: 8, p: 1, maxmem: 256 * N * 8 + 1024 * 1024 }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/** "scrypt$<log2 N>$<salt b64>$<key b64>": the parameters travel with the hash. */
export async function hashPin(pin: string, logN: number): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(pin, salt, logN);
  return `scrypt$${logN}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPin(pin: string, stored: string): Promise<boolean> {
  const [scheme, logN, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !logN || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await derive(pin, Buffer.from(salt, 'base64'), Number(logN));
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
