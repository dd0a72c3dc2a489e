import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/**
 * An entity's columns as raw SQL sees them, from TypeORM's own metadata: a select list under a table alias,
 * the column names of properties, and rows read back into entities with the driver's own hydration (the
 * same conversions and transformers as a repository find). For the few hot statements that a query builder
 * would make several round trips of, or spend more time building than the database spends running.
 */
export class EntityColumns<T extends ObjectLiteral> {
  private readonly columns: readonly ColumnMetadata[];
  private readonly byProperty: ReadonlyMap<string, ColumnMetadata>;
  /** Where the primary key is in `columns` (-1 without one). */
  private readonly primary: number;
  /** The row keys of each column under an alias (`alias.column`), made once per alias. */
  private readonly keys = new Map<string, readonly string[]>();
  private readonly create: () => T;

  constructor(
    private readonly dataSource: DataSource,
    target: EntityTarget<T>,
  ) {
    const metadata = dataSource.getMetadata(target);
    this.columns = metadata.columns.filter((c) => !c.isVirtual);
    this.byProperty = new Map(this.columns.map((c) => [c.propertyPath, c]));
    this.primary = this.columns.findIndex((c) => c.isPrimary);
    this.create = () => metadata.create() as T;
  }

  /** `"alias"."column" AS "alias.column", …` for every column: pass the same alias to `read`. */
  select(alias: string): string {
    return this.columns
      .map((c) => `${quote(alias)}.${quote(c.databaseName)} AS ${quote(`${alias}.${c.databaseName}`)}`)
      .join(', ');
  }

  /** `"column", …` for these properties (a `RETURNING` list that names what it returns). */
  names(properties: readonly (keyof T & string)[]): string {
    return properties.map((p) => quote(this.metadataOf(p).databaseName)).join(', ');
  }

  /** Sets these properties of `entity` from a row that has their columns (`RETURNING names(…)`). */
  readInto(entity: T, row: Record<string, unknown>, properties: readonly (keyof T & string)[]): void {
    for (const property of properties) {
      const column = this.metadataOf(property);
      (entity as Record<string, unknown>)[property] = this.dataSource.driver.prepareHydratedValue(
        row[column.databaseName],
        column,
      );
    }
  }

  /**
   * The entity in a row selected with `select(alias)`; null when the row has no such entity (the outer side
   * of a LEFT JOIN).
   */
  read(row: Record<string, unknown>, alias: string): T | null {
    const keys = this.keysOf(alias);
    if (this.primary >= 0 && row[keys[this.primary] as string] == null) return null;
    const entity = this.create() as Record<string, unknown>;
    this.columns.forEach((c, i) => {
      entity[c.propertyName] = this.dataSource.driver.prepareHydratedValue(row[keys[i] as string], c);
    });
    return entity as T;
  }

  /**
   * `"column" = $n, …` for the properties of a patch, with their values as the driver writes them, numbered
   * from `params.length + 1` (the values are pushed onto `params`).
   */
  assignments(patch: Partial<T>, params: unknown[]): string[] {
    return Object.entries(patch).map(([property, value]) => {
      const column = this.metadataOf(property);
      params.push(this.dataSource.driver.preparePersistentValue(value, column));
      return `${quote(column.databaseName)} = $${params.length}`;
    });
  }

  private keysOf(alias: string): readonly string[] {
    let keys = this.keys.get(alias);
    if (!keys) {
      keys = this.columns.map((c) => `${alias}.${c.databaseName}`);
      this.keys.set(alias, keys);
    }
    return keys;
  }

  private metadataOf(property: string): ColumnMetadata {
    const column = this.byProperty.get(property);
    if (!column) throw new Error(`no column for the property ${property}`);
    return column;
  }
}
