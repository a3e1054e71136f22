/** `123.50` → 12350 sen; null when the text is not an amount the way format v1 writes it. */
export function senOf(text: string): number | null {
  const match = /^(-?)(\d{1,12})\.(\d{2})$/.exec(text);
  if (!match) return null;
  const sen = Number(match[2]) * 100 + Number(match[3]);
  return match[1] === '-' ? -sen : sen;
}

/** 12350 → `123.50`, the way format v1 writes amounts (no thousands separator). */
export function rmOf(sen: number): string {
  const sign = sen < 0 ? '-' : '';
  const abs = Math.abs(sen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** "771, 773–775": missing numbers told as short runs. */
export function runsText(numbers: readonly number[], show: (n: number) => string = String): string {
  const runs: string[] = [];
  let i = 0;
  while (i < numbers.length) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === (numbers[j] ?? 0) + 1) j += 1;
    const a = numbers[i] ?? 0;
    const b = numbers[j] ?? 0;
    runs.push(a === b ? show(a) : `${show(a)}–${show(b)}`);
    i = j + 1;
  }
  return runs.join(', ');
}
