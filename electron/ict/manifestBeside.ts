import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { BundleManifest } from '@shared/bundle/format';
import { manifestText } from '../services/bundle/manifestText';
import { error, warning, type Finding } from './findings';
import { bundleBase } from './keys';
import { sha256Hex } from './manifest';

/*
 * The `.manifest.txt` beside a bundle is what people read and what the handover slip was checked
 * against, but it is not signed. The signed manifest inside says what it should hold: the same
 * writer (manifestText) is run on it here, and the two are compared field by field.
 */

/** The file-name line: a bundle renamed on the stick is worth saying, not a tampered figure. */
const FILE_LINE = 'Fail (file)';
const MAX_SHOWN = 12;

type Fields = Map<string, string>;

/** `label : value`, `section` + indented `name   value` or `name: value`; other lines keyed by their text. */
function fieldsOf(text: string): Fields {
  const fields: Fields = new Map();
  let section = '';
  const put = (key: string, value: string) => {
    let k = key;
    for (let n = 2; fields.has(k); n++) k = `${key} #${n}`;
    fields.set(k, value);
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\s+$/, '');
    if (line.trim() === '') continue;
    if (!/^\s/.test(line)) {
      const heading = /^(.*\S):$/.exec(line);
      if (heading) {
        section = heading[1] ?? '';
        continue;
      }
      section = '';
      const labelled = /^(.*?\S)\s*:\s(.*)$/.exec(line);
      if (labelled) put(labelled[1] ?? '', labelled[2] ?? '');
      else put(line, '');
      continue;
    }
    const item = line.trim();
    const columns = /^(\S(?:.*?\S)?)\s{2,}(.*)$/.exec(item) ?? /^(.*?):\s(.*)$/.exec(item);
    const [name, value] = columns ? [columns[1] ?? '', columns[2] ?? ''] : [item, ''];
    put(section ? `${section} › ${name}` : name, value.replace(/\s{2,}/g, ' '));
  }
  return fields;
}

function difference(key: string, said: string | undefined, signed: string | undefined): Finding {
  const make = key === FILE_LINE ? warning : error;
  if (said === undefined) {
    return make(
      'MANIFEST_TEXT',
      `manifest.txt tiada «${key}»; manifest bertandatangan: «${signed ?? ''}».`,
      `manifest.txt lacks "${key}"; the signed manifest: "${signed ?? ''}".`,
    );
  }
  if (signed === undefined) {
    return make(
      'MANIFEST_TEXT',
      `manifest.txt ada «${key}: ${said}», yang tiada dalam manifest bertandatangan.`,
      `manifest.txt has "${key}: ${said}", which is not in the signed manifest.`,
    );
  }
  return make(
    'MANIFEST_TEXT',
    `manifest.txt «${key}» tertulis «${said}», manifest bertandatangan «${signed}».`,
    `manifest.txt "${key}" reads "${said}", the signed manifest says "${signed}".`,
  );
}

/** Each field of `said` that differs from `signed`, as findings (the first few, then how many more). */
export function compareManifestText(said: string, signed: string): Finding[] {
  const a = fieldsOf(said);
  const b = fieldsOf(signed);
  const keys = [...b.keys(), ...[...a.keys()].filter((k) => !b.has(k))];
  const found = keys.filter((k) => a.get(k) !== b.get(k)).map((k) => difference(k, a.get(k), b.get(k)));
  if (found.length <= MAX_SHOWN) return found;
  const more = found.length - MAX_SHOWN;
  return [
    ...found.slice(0, MAX_SHOWN),
    error(
      'MANIFEST_TEXT',
      `manifest.txt: ${more} lagi perbezaan dengan manifest bertandatangan.`,
      `manifest.txt: ${more} more difference(s) from the signed manifest.`,
    ),
  ];
}

/** Compares the `.manifest.txt` beside `bundleFile` with what the signed manifest makes of it. */
export function checkManifestBeside(bundleFile: string, manifest: BundleManifest, pgp: Uint8Array): Finding[] {
  const file = `${bundleBase(bundleFile)}.manifest.txt`;
  let said: string;
  try {
    said = readFileSync(file, 'utf8');
  } catch {
    return [
      warning(
        'MANIFEST_TEXT',
        `Tiada ${basename(file)} di sebelah berkas: angka borang serahan tidak dapat dibandingkan dengannya.`,
        `No ${basename(file)} beside the bundle: the handover figures cannot be compared with it.`,
      ),
    ];
  }
  const signed = manifestText(manifest, basename(bundleFile), sha256Hex(pgp), pgp.length);
  return compareManifestText(said.replace(/^\uFEFF/, ''), signed);
}
