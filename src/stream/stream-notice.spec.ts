import { parseNotice } from './stream-notice';

describe('announcements on the shipment channel', () => {
  const shipment = 'a3f4c1de-0000-4000-8000-000000000001';
  const client = 'b3f4c1de-0000-4000-8000-000000000002';

  it('reads an event as the trigger writes it, its time in UTC', () => {
    const payload = `e 700:703:700 702 41 ${shipment} ${client} 3 rolled so_released 2026-11-02 16:30:00.123456+08`;
    expect(parseNotice(payload)).toEqual({
      kind: 'event',
      snapshot: { xmax: 703n, xip: [700n] },
      tx: 702n,
      event: {
        eventId: 41n,
        shipmentId: shipment,
        clientId: client,
        seq: 3,
        type: 'rolled',
        status: 'so_released',
        at: '2026-11-02T08:30:00.123Z',
      },
    });
  });

  it('reads a tick', () => {
    expect(parseNotice('t 9:9: i:3')).toEqual({ kind: 'tick', snapshot: { xmax: 9n, xip: [] }, from: 'i:3' });
  });

  it('refuses what it does not understand, whole', () => {
    const at = '2026-11-02 16:30:00+00';
    for (const payload of [
      '',
      'not a notice',
      't 9:9:',
      't 9 i:3',
      `e 9:9: 10 41 ${shipment} ${client} 3 rolled so_released`,
      `x 9:9: 10 41 ${shipment} ${client} 3 rolled so_released ${at}`,
      `e 9:9: 10 41 ${shipment} ${client} three rolled so_released ${at}`,
      `e 9:9: 10 41 not-a-uuid ${client} 3 rolled so_released ${at}`,
      `e 9:9: 10 41 ${shipment} ${client} 3 Rolled! so_released ${at}`,
      `e 9:9: 10 41 ${shipment} ${client} 3 rolled so_released not a time`,
    ]) {
      expect(parseNotice(payload)).toBeNull();
    }
  });
});
