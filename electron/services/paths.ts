import path from 'node:path';

/** True when `file` resolves to a path inside `dir` (not `dir` itself). */
export function isInside(dir: string, file: string): boolean {
  const relative = path.relative(path.resolve(dir), path.resolve(file));
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
