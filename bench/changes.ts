import type Database from 'better-sqlite3';

type Db = Database.Database;
type Row = Record<string, unknown>;

/** One ordinary table of the schema: its name, the columns a statement can write, and how a row is named. */
export interface TableShape {
  name: string;
  /** Columns that can be written (generated and hidden columns left out). */
  columns: string[];
  /** True when a column is the rowid (INTEGER PRIMARY KEY): inserting the columns sets the rowid. */
  rowidAlias: boolean;
}

/** One row change a clerk action made, with the values to make it again. */
export type RowChange =
  | { table: string; kind: 'insert'; rowid: number; row: Row }
  | { table: string; kind: 'update'; rowid: number; row: Row; columns: string[] }
  | { table: string; kind: 'delete'; rowid: number };

/** A row's or value's text for comparing (a BLOB's bytes as hex). */
function textOf(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && (v as { type?: unknown }).type === 'Buffer'
      ? `blob:${Buffer.from((v as { data: number[] }).data).toString('hex')}`
      : v,
  );
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * The schema's ordinary rowid tables, parents before children (foreign keys), so a replay of an action's
 * inserts satisfies every foreign key. FTS tables and their shadow tables are left out: the schema's
 * triggers write them, on the floor as in the app. A WITHOUT ROWID table is refused (none today): this
 * diff names rows by rowid.
 */
export function tableShapes(db: Db): TableShape[] {
  const listed = db.prepare("SELECT name, type, wr FROM pragma_table_list WHERE schema = 'main'").all() as {
    name: string;
    type: string;
    wr: number;
  }[];
  const tables = listed.filter((t) => t.type === 'table' && !t.name.startsWith('sqlite_'));
  const withoutRowid = tables.find((t) => t.wr !== 0);
  if (withoutRowid)
    throw new Error(`bench: table ${withoutRowid.name} is WITHOUT ROWID; teach bench/changes.ts its key`);
  const shapes = new Map<string, TableShape>();
  const parents = new Map<string, string[]>();
  for (const { name } of tables) {
    const info = db.prepare(`SELECT name, type, pk, hidden FROM pragma_table_xinfo(?)`).all(name) as {
      name: string;
      type: string;
      pk: number;
      hidden: number;
    }[];
    const keys = info.filter((c) => c.pk > 0);
    shapes.set(name, {
      name,
      columns: info.filter((c) => c.hidden === 0).map((c) => c.name),
      rowidAlias: keys.length === 1 && keys[0]?.type.toUpperCase() === 'INTEGER',
    });
    const fks = db.prepare('SELECT "table" AS parent FROM pragma_foreign_key_list(?)').all(name) as {
      parent: string;
    }[];
    parents.set(
      name,
      fks.map((f) => f.parent).filter((p) => p !== name),
    );
  }
  const ordered: TableShape[] = [];
  const seen = new Set<string>();
  const visit = (name: string, path: Set<string>) => {
    if (seen.has(name) || path.has(name) || !shapes.has(name)) return;
    path.add(name);
    for (const parent of parents.get(name) ?? []) visit(parent, path);
    path.delete(name);
    seen.add(name);
    ordered.push(shapes.get(name) as TableShape);
  };
  for (const name of [...shapes.keys()].sort()) visit(name, new Set());
  return ordered;
}

/** Tables this small are always compared whole (a series, a setting): an update to one is never missed. */
export const SMALL_TABLE = 500;

interface TableState {
  maxRowid: number;
  count: number;
  /** Every row's content, for the tables that are updated or deleted from (learned while watching). */
  rows: Map<number, { text: string; row: Row }> | null;
}

/**
 * Watches one database for the rows a clerk action writes. The first `learnFrom` diffs compare every
 * table whole; after them the tables those diffs saw updated or deleted from, and every table of fewer
 * than SMALL_TABLE rows, are compared whole, and the others (the large append-only ones) by their new
 * rowids and row count (a count that does not add up is an error: the bench would otherwise replay less
 * than the action wrote). The clerk-action row also checks, at its end, that the floor holds exactly the
 * ledger's rows.
 */
export class ChangeWatcher {
  private readonly shapes: TableShape[];
  private readonly state = new Map<string, TableState>();
  private readonly rewritten = new Set<string>();
  private diffs = 0;

  constructor(
    private readonly db: Db,
    private readonly learnFrom = 5,
  ) {
    this.shapes = tableShapes(db);
    this.mark();
  }

  private whole(shape: TableShape): boolean {
    if (this.diffs < this.learnFrom || this.rewritten.has(shape.name)) return true;
    const { count } = this.db.prepare(`SELECT COUNT(*) AS count FROM ${quote(shape.name)}`).get() as { count: number };
    return count < SMALL_TABLE;
  }

  private read(shape: TableShape, whole: boolean): TableState {
    const t = quote(shape.name);
    const { maxRowid, count } = this.db
      .prepare(`SELECT COALESCE(MAX(rowid), 0) AS maxRowid, COUNT(*) AS count FROM ${t}`)
      .get() as { maxRowid: number; count: number };
    if (!whole) return { maxRowid, count, rows: null };
    const cols = shape.columns.map(quote).join(', ');
    const rows = new Map<number, { text: string; row: Row }>();
    for (const row of this.db.prepare(`SELECT rowid AS "__rowid", ${cols} FROM ${t}`).iterate() as Iterable<Row>) {
      const { __rowid, ...rest } = row;
      rows.set(__rowid as number, { text: textOf(rest), row: rest });
    }
    return { maxRowid, count, rows };
  }

  /** Takes the database as it is now as the "before" of the next diff. */
  mark(): void {
    for (const shape of this.shapes) this.state.set(shape.name, this.read(shape, this.whole(shape)));
  }

  /** The rows changed since the last mark (or diff), in replay order; then marks. */
  diff(): RowChange[] {
    const changes: RowChange[] = [];
    for (const shape of this.shapes) {
      const before = this.state.get(shape.name) as TableState;
      const t = quote(shape.name);
      const cols = shape.columns.map(quote).join(', ');
      if (before.rows !== null) {
        const after = this.read(shape, true);
        const rows = after.rows as Map<number, { text: string; row: Row }>;
        for (const [rowid, { text, row }] of rows) {
          const old = before.rows.get(rowid);
          if (old === undefined) {
            changes.push({ table: shape.name, kind: 'insert', rowid, row });
          } else if (old.text !== text) {
            const was = old.row;
            const columns = shape.columns.filter((c) => textOf(row[c]) !== textOf(was[c]));
            changes.push({ table: shape.name, kind: 'update', rowid, row, columns });
            this.rewritten.add(shape.name);
          }
        }
        for (const rowid of before.rows.keys()) {
          if (!rows.has(rowid)) {
            changes.push({ table: shape.name, kind: 'delete', rowid });
            this.rewritten.add(shape.name);
          }
        }
        this.state.set(shape.name, this.whole(shape) ? after : { ...after, rows: null });
      } else {
        const inserted = this.db
          .prepare(`SELECT rowid AS "__rowid", ${cols} FROM ${t} WHERE rowid > ? ORDER BY rowid`)
          .all(before.maxRowid) as Row[];
        for (const { __rowid, ...row } of inserted)
          changes.push({ table: shape.name, kind: 'insert', rowid: __rowid as number, row });
        const after = this.read(shape, false);
        if (after.count !== before.count + inserted.length)
          throw new Error(`bench: ${shape.name} changed in a way not learned (rows ${before.count} → ${after.count})`);
        this.state.set(shape.name, after);
      }
    }
    // Inserts parent tables first (the shapes' order), then updates, then deletes.
    const rank = { insert: 0, update: 1, delete: 2 } as const;
    const order = new Map(this.shapes.map((s, i) => [s.name, i]));
    changes.sort((a, b) => rank[a.kind] - rank[b.kind] || (order.get(a.table) ?? 0) - (order.get(b.table) ?? 0));
    this.diffs += 1;
    if (this.diffs === this.learnFrom) this.mark();
    return changes;
  }
}

/** A change's statement and its values, prepared before the clock. */
export interface PreparedChange {
  statement: Database.Statement;
  values: unknown[];
}

/** Plain prepared SQL that makes `changes` again on another database of the same schema and state. */
export class Replayer {
  private readonly shapes: Map<string, TableShape>;
  private readonly statements = new Map<string, Database.Statement>();

  constructor(private readonly db: Db) {
    this.shapes = new Map(tableShapes(db).map((s) => [s.name, s]));
  }

  private statement(key: string, sql: () => string): Database.Statement {
    let statement = this.statements.get(key);
    if (!statement) {
      statement = this.db.prepare(sql());
      this.statements.set(key, statement);
    }
    return statement;
  }

  prepare(changes: readonly RowChange[]): PreparedChange[] {
    return changes.map((change) => {
      const shape = this.shapes.get(change.table);
      if (!shape) throw new Error(`bench: no table ${change.table} on the floor`);
      const t = quote(shape.name);
      if (change.kind === 'insert') {
        const cols = shape.rowidAlias ? shape.columns : ['rowid', ...shape.columns];
        const statement = this.statement(
          `i:${shape.name}`,
          () => `INSERT INTO ${t} (${cols.map(quote).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`,
        );
        const values = shape.columns.map((c) => change.row[c]);
        return { statement, values: shape.rowidAlias ? values : [change.rowid, ...values] };
      }
      if (change.kind === 'update') {
        const statement = this.statement(
          `u:${shape.name}:${change.columns.join(',')}`,
          () => `UPDATE ${t} SET ${change.columns.map((c) => `${quote(c)} = ?`).join(', ')} WHERE rowid = ?`,
        );
        return { statement, values: [...change.columns.map((c) => change.row[c]), change.rowid] };
      }
      const statement = this.statement(`d:${shape.name}`, () => `DELETE FROM ${t} WHERE rowid = ?`);
      return { statement, values: [change.rowid] };
    });
  }

  /** The prepared changes in one transaction (durable at the connection's synchronous setting). */
  run(prepared: readonly PreparedChange[], alsoInside: () => void = () => undefined): void {
    this.db.transaction(() => {
      alsoInside();
      for (const { statement, values } of prepared) statement.run(...values);
    })();
  }
}

/** Every ordinary table's rows, as text, for checking that two databases hold the same rows. */
export function contentsOf(db: Db): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const shape of tableShapes(db)) {
    const cols = shape.columns.map(quote).join(', ');
    const rows = db.prepare(`SELECT rowid AS "__rowid", ${cols} FROM ${quote(shape.name)} ORDER BY rowid`).all();
    out.set(
      shape.name,
      rows.map((r) => textOf(r)),
    );
  }
  return out;
}
