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
  private readonly create: () => T;

  constructor(
    private readonly dataSource: DataSource,
    target: EntityTarget<T>,
  ) {
    const metadata = dataSource.getMetadata(target);
    this.columns = metadata.columns.filter((c) => !c.isVirtual);
    this.byProperty = new Map(this.columns.map((c) => [c.propertyPath, c]));
    this.create = () => metadata.create() as T;
  }

  /** `"alias"."column" AS "alias.column", …` for every column: pass the same alias to `read`. */
  select(alias: string): string {
    return this.columns
      .map((c) => `${quote(alias)}.${quote(c.databaseName)} AS ${quote(`${alias}.${c.databaseName}`)}`)
      .join(', ');
  }

  /** `"column", …` for every column, in the same order (a `RETURNING` list that names what it returns). */
  names(): string {
    return this.columns.map((c) => quote(c.databaseName)).join(', ');
  }

  /**
   * The entity in a row selected with `select(alias)`, or from `RETURNING *` when `alias` is omitted; null
   * when the row has no such entity (the outer side of a LEFT JOIN).
   */
  read(row: Record<string, unknown>, alias?: string): T | null {
    const key = (c: ColumnMetadata): string => (alias ? `${alias}.${c.databaseName}` : c.databaseName);
    const primary = this.columns.find((c) => c.isPrimary);
    if (primary && row[key(primary)] == null) return null;
    const entity = this.create();
    for (const c of this.columns) {
      (entity as Record<string, unknown>)[c.propertyName] = this.dataSource.driver.prepareHydratedValue(
        row[key(c)],
        c,
      );
    }
    return entity;
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

  private metadataOf(property: string): ColumnMetadata {
    const column = this.byProperty.get(property);
    if (!column) throw new Error(`no column for the property ${property}`);
    return column;
  }
}
