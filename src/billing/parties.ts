import { ApiProperty } from '@nestjs/swagger';
import { EntityManager, In } from 'typeorm';
import { Carrier } from '../carriers/entities/carrier.entity';
import { Client } from '../clients/entities/client.entity';
import type { DebitNote } from './entities/debit-note.entity';

/** Who a bill is addressed to or from, as lists show it: a client or a carrier, by code and name. */
export class BillPartyDto {
  @ApiProperty({ example: 'BRIGHT-SZ' }) code!: string;
  @ApiProperty({ example: 'Bright Furniture Co.' }) name!: string;
  @ApiProperty({ nullable: true, type: String, example: '深圳明亮家具有限公司' }) nameLocal!: string | null;
}

/**
 * The parties of the given clients and carriers, by id: one query for each kind, whatever the number, so a
 * page of notes or payments names its parties without a query per row (and without the screen fetching
 * every client to look them up).
 */
export async function partiesById(
  em: EntityManager,
  ids: { clients?: Iterable<string | null>; carriers?: Iterable<string | null> },
): Promise<Map<string, BillPartyDto>> {
  const clientIds = [...new Set(ids.clients ?? [])].filter((id): id is string => id !== null);
  const carrierIds = [...new Set(ids.carriers ?? [])].filter((id): id is string => id !== null);
  const [clients, carriers] = await Promise.all([
    clientIds.length
      ? em.find(Client, {
          where: { id: In(clientIds) },
          select: { id: true, code: true, name: true, nameLocal: true },
        })
      : [],
    carrierIds.length
      ? em.find(Carrier, { where: { id: In(carrierIds) }, select: { id: true, code: true, name: true } })
      : [],
  ]);
  return new Map<string, BillPartyDto>([
    ...clients.map((c): [string, BillPartyDto] => [
      c.id,
      { code: c.code, name: c.name, nameLocal: c.nameLocal },
    ]),
    ...carriers.map((c): [string, BillPartyDto] => [c.id, { code: c.code, name: c.name, nameLocal: null }]),
  ]);
}

/** The parties of these notes (their clients and carriers), by id. */
export function notePartiesOf(
  em: EntityManager,
  notes: readonly DebitNote[],
): Promise<Map<string, BillPartyDto>> {
  return partiesById(em, { clients: notes.map((n) => n.clientId), carriers: notes.map((n) => n.carrierId) });
}

/** The party of one note. */
export async function notePartyOf(em: EntityManager, note: DebitNote): Promise<BillPartyDto | null> {
  return (await notePartiesOf(em, [note])).get((note.clientId ?? note.carrierId)!) ?? null;
}
