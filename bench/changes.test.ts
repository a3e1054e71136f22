import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ChangeWatcher, contentsOf, Replayer, SMALL_TABLE, tableShapes } from './changes';

const SCHEMA = `
  CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
  CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES parent (id), note BLOB);
  CREATE TABLE series (k TEXT PRIMARY KEY, n INTEGER NOT NULL);
  CREATE VIRTUAL TABLE names USING fts5 (name, content='parent', content_rowid='id');
  CREATE TRIGGER parent_names AFTER INSERT ON parent BEGIN
    INSERT INTO names (rowid, name) VALUES (new.id, new.name);
  END;`;

function pairOfDatabases() {
  const action = new Database(':memory:');
  const floor = new Database(':memory:');
  for (const db of [action, floor]) {
    db.pragma('foreign_keys = ON');
    db.exec(SCHEMA);
  }
  return { action, floor };
}

describe('the clerk-action floor: the rows an action wrote, written again', () => {
  it('lists ordinary tables parents first, leaving the FTS and its shadow tables to the triggers', () => {
    const { action } = pairOfDatabases();
    const names = tableShapes(action).map((t) => t.name);
    expect(names).toEqual(['parent', 'child', 'series']);
    expect(tableShapes(action).find((t) => t.name === 'series')?.rowidAlias).toBe(false);
  });

  it('replays inserts, updates (after the learning diffs too) and BLOBs to the same rows and FTS', () => {
    const { action, floor } = pairOfDatabases();
    const watcher = new ChangeWatcher(action, 2);
    const replayer = new Replayer(floor);
    const bump = action.prepare('INSERT INTO series (k, n) VALUES (?, 1) ON CONFLICT (k) DO UPDATE SET n = n + 1');
    const addParent = action.prepare('INSERT INTO parent (name) VALUES (?)');
    const addChild = action.prepare('INSERT INTO child (parent_id, note) VALUES (?, ?)');
    const kinds: string[] = [];
    for (const [i, key] of ['x', 'x', 'y', 'x', 'z', 'y', 'x'].entries()) {
      action.transaction(() => {
        const id = Number(addParent.run(`Aminah ${i}`).lastInsertRowid);
        addChild.run(id, Buffer.from([i, 255]));
        bump.run(key);
      })();
      const changes = watcher.diff();
      kinds.push(changes.map((c) => `${c.kind}:${c.table}`).join(','));
      replayer.run(replayer.prepare(changes));
    }
    expect(kinds[1]).toBe('insert:parent,insert:child,update:series');
    expect(contentsOf(floor)).toEqual(contentsOf(action));
    const found = floor.prepare("SELECT COUNT(*) AS n FROM names WHERE names MATCH 'aminah'").get() as { n: number };
    expect(found.n).toBe(7);
  });

  it('refuses a change it did not learn in a large table rather than replaying less than the action wrote', () => {
    const { action } = pairOfDatabases();
    const fill = action.prepare("INSERT INTO parent (name) VALUES ('x')");
    action.transaction(() => {
      for (let i = 0; i < SMALL_TABLE; i++) fill.run();
    })();
    const watcher = new ChangeWatcher(action, 1);
    action.prepare("INSERT INTO parent (name) VALUES ('a')").run();
    watcher.diff();
    action.prepare("INSERT INTO parent (name) VALUES ('b')").run();
    action.prepare('DELETE FROM parent WHERE id = 1').run();
    expect(() => watcher.diff()).toThrow(/not learned/);
  });
});
