import type { WindowBounds } from './preferences';

/*
 * Where the main window opens. A remembered position is used only if enough of it is still on a
 * screen: counter PCs get their monitors swapped, and a window restored onto a display that is gone
 * would be invisible to a clerk who cannot move it back.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface InitialBounds {
  /** Absent: let the window manager centre it. */
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 800 } as const;
export const MIN_SIZE = { width: 960, height: 600 } as const;
/** How much of the title bar must be on a screen for a saved position to be kept. */
const VISIBLE = { width: 160, height: 48 } as const;

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

function fitSize(width: number, height: number, area: Rect | undefined): { width: number; height: number } {
  const maxWidth = area ? Math.max(MIN_SIZE.width, area.width) : Number.POSITIVE_INFINITY;
  const maxHeight = area ? Math.max(MIN_SIZE.height, area.height) : Number.POSITIVE_INFINITY;
  return {
    width: Math.round(Math.min(Math.max(width, MIN_SIZE.width), maxWidth)),
    height: Math.round(Math.min(Math.max(height, MIN_SIZE.height), maxHeight)),
  };
}

/** The bounds to open with, given what was saved and the work areas of the displays now attached. */
export function initialBounds(saved: WindowBounds | null, workAreas: readonly Rect[]): InitialBounds {
  const primary = workAreas[0];
  if (saved !== null) {
    const titleBar: Rect = { x: saved.x, y: saved.y, width: saved.width, height: VISIBLE.height };
    const home = workAreas.find((area) => {
      const o = overlap(titleBar, area);
      return o.width >= Math.min(VISIBLE.width, saved.width) && o.height >= VISIBLE.height;
    });
    if (home !== undefined) {
      return { x: saved.x, y: saved.y, ...fitSize(saved.width, saved.height, home), maximized: saved.maximized };
    }
    return { ...fitSize(saved.width, saved.height, primary), maximized: saved.maximized };
  }
  return { ...fitSize(DEFAULT_SIZE.width, DEFAULT_SIZE.height, primary), maximized: false };
}
