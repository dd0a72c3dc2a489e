import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { EntityMetadata } from 'typeorm/metadata/EntityMetadata';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { PreconditionFailedError } from '../errors/app-error';

/** What an aggregate written optimistically has: an id and a version the write checks and bumps. */
export interface Versioned {
  id: string;
  version: number;
}

/**
 * The one optimistic write for every aggregate but the shipment (which has its own one-statement write,
 * docs/architecture.md): `UPDATE … SET <values>, version = version + 1 WHERE id = $1 AND version = $2`, and
 * exactly one row must change, or the record moved since it was read: 412 with the version the caller had.
 * TypeORM's `save()` and `@VersionColumn` do not check the version (typeorm#2848), hence this.
 *
 * `values` may be a whole entity or a patch: only its own columns are written, from the entity's metadata.
 * Relations, the key, the version and what the database keeps (created and updated times; the latter is set
 * by the update itself) are left out, so no caller strips them by hand. Returns the new version.
 */
export async function writeVersioned<T extends ObjectLiteral & Versioned>(
  em: EntityManager,
  target: EntityTarget<T>,
  read: Versioned,
  values: QueryDeepPartialEntity<T>,
): Promise<number> {
  const metadata = em.connection.getMetadata(target);
  const result = await em
    .createQueryBuilder()
    .update(target)
    .set({ ...ownColumns(metadata, values), version: () => 'version + 1' })
    .where('id = :id AND version = :version', { id: read.id, version: read.version })
    .execute();
  if (result.affected !== 1) throw new PreconditionFailedError(read.version);
  return read.version + 1;
}

/** The properties of `values` that are columns the caller writes (not relations, key or database-kept ones). */
function ownColumns<T>(
  metadata: EntityMetadata,
  values: QueryDeepPartialEntity<T>,
): QueryDeepPartialEntity<T> {
  const kept = new Set(
    [
      ...metadata.primaryColumns,
      metadata.versionColumn,
      metadata.createDateColumn,
      metadata.updateDateColumn,
    ].flatMap((c) => (c ? [c.propertyPath] : [])),
  );
  const columns: Record<string, unknown> = {};
  for (const [property, value] of Object.entries(values)) {
    if (kept.has(property) || metadata.findRelationWithPropertyPath(property)) continue;
    if (!metadata.findColumnWithPropertyPath(property))
      throw new Error(`${metadata.name} has no column ${property}`);
    if (value !== undefined) columns[property] = value;
  }
  return columns as QueryDeepPartialEntity<T>;
}
