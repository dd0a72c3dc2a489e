import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import * as containerTypes from '../../../../src/containers/domain/container-type';
import { CURRENCIES as SERVICE_CURRENCIES, minorDigits } from '../../../../src/common/money/currency';
import { Money } from '../../../../src/common/money/money';
import { isUnLocode, normalizeUnLocode } from '../../../../src/shipments/domain/locode';
import { containerSummary, formPathOf, laneOf } from './booking-form';
import { CONTAINER_TYPES, containerTypeOf, teuOf } from './container-types';
import { checkAmount, CURRENCIES, MINOR_DIGITS } from '../../money/money';
import { normalizeLocode, PORTS, searchPorts } from './ports';
import type { Shipment } from './queries';

// The console's copies of the service's rules (container types, currencies, UN/LOCODEs) checked against the
// service's own code, so that the two cannot drift apart; and the form's own translations.

describe('container types', () => {
  it('lists every type the service books, with its alias and TEU', () => {
    const service = Object.entries(containerTypes.CONTAINER_TYPES).map(([code, info]) => ({
      code,
      label: info.label,
      teuTimes4: info.teuTimes4,
    }));
    expect(CONTAINER_TYPES.map(({ code, label, teuTimes4 }) => ({ code, label, teuTimes4 }))).toEqual(
      service,
    );
  });

  it('reads every name it offers as the service does', () => {
    for (const type of CONTAINER_TYPES) {
      for (const name of [type.code, type.label, ...type.aliases]) {
        expect(containerTypes.normalizeContainerType(name)).toEqual({ ok: true, code: type.code });
      }
    }
  });

  it('agrees with the service on anything typed', () => {
    const piece = fc.constantFrom(
      '20',
      '40',
      '45',
      'GP',
      'HC',
      'HQ',
      'RF',
      'DV',
      "'",
      ' ',
      '２',
      'g',
      'L5',
      'G1',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(piece).map((p) => p.join('')),
        ),
        (typed) => {
          const service = containerTypes.normalizeContainerType(typed);
          expect(containerTypeOf(typed)?.code).toBe(service.ok ? service.code : undefined);
        },
      ),
    );
  });

  it('counts TEU without floating point', () => {
    expect(
      teuOf([
        { type: '45G1', quantity: 2 },
        { type: '20GP', quantity: 1 },
        { type: 'L5G1', quantity: 1 },
      ]),
    ).toBe(7.25);
    expect(teuOf([{ type: undefined, quantity: 3 }])).toBe(0);
  });
});

describe('money', () => {
  it('has the service’s currencies and minor digits', () => {
    expect([...CURRENCIES].sort()).toEqual([...SERVICE_CURRENCIES].sort());
    for (const currency of CURRENCIES) expect(MINOR_DIGITS[currency]).toBe(minorDigits(currency));
  });

  it('writes amounts with exactly the currency’s digits and refuses more', () => {
    expect(checkAmount('1850.5', 'USD')).toEqual({ ok: true, amount: '1850.50' });
    expect(checkAmount('1,850', 'CNY')).toEqual({ ok: true, amount: '1850.00' });
    expect(checkAmount('２６５０００', 'JPY')).toEqual({ ok: true, amount: '265000' });
    expect(checkAmount('12.5', 'JPY')).toEqual({ ok: false, fault: 'digits', digits: 0 });
    expect(checkAmount('1.2345', 'KWD')).toEqual({ ok: false, fault: 'digits', digits: 3 });
    expect(checkAmount('1.234', 'KWD')).toEqual({ ok: true, amount: '1.234' });
    expect(checkAmount('-5', 'USD')).toMatchObject({ ok: false, fault: 'format' });
    expect(checkAmount('1e3', 'USD')).toMatchObject({ ok: false, fault: 'format' });
  });

  it('agrees with the service on every plain amount', () => {
    const amount = fc
      .tuple(fc.stringMatching(/^[0-9]{1,12}$/), fc.option(fc.stringMatching(/^[0-9]{0,5}$/)))
      .map(([whole, fraction]) => (fraction === null ? whole : `${whole}.${fraction}`));
    fc.assert(
      fc.property(amount, fc.constantFrom(...CURRENCIES), (typed, currency) => {
        const checked = checkAmount(typed, currency);
        // The service takes "12." nowhere; the form tidies it to "12.00" before sending.
        const sent = checked.ok ? checked.amount : typed;
        let service: string | null;
        try {
          service = Money.of(sent, currency).toJSON().amount;
        } catch {
          service = null;
        }
        if (checked.ok) expect(service).toBe(checked.amount);
        else if (!typed.endsWith('.')) expect(service).toBeNull();
      }),
    );
  });
});

describe('ports', () => {
  it('lists each port once, under a UN/LOCODE, with both names', () => {
    const codes = PORTS.map((port) => port.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const port of PORTS) {
      expect(isUnLocode(port.code)).toBe(true);
      expect(port.en.trim()).not.toBe('');
      expect(port.zh.trim()).not.toBe('');
    }
    for (const code of ['CNYTN', 'CNSHK', 'CNCWN', 'CNNSA', 'HKHKG', 'USLAX', 'DEHAM', 'NLRTM', 'VNCLI']) {
      expect(codes).toContain(code);
    }
  });

  it('reads a typed code as the service does', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^ ?[a-zA-Z]{2} ?[a-zA-Z2-9]{3} ?$/)), (typed) => {
        const service = normalizeUnLocode(typed);
        expect(normalizeLocode(typed)).toBe(service.ok ? service.value : null);
      }),
    );
  });

  it('finds a port by code, by English and by Chinese name, best match first', () => {
    expect(searchPorts('cnytn')[0]?.code).toBe('CNYTN');
    expect(searchPorts('ytn')[0]?.code).toBe('CNYTN');
    expect(searchPorts('盐田')[0]?.code).toBe('CNYTN');
    expect(searchPorts('ham')[0]?.code).toBe('DEHAM');
    expect(searchPorts('los angeles').map((p) => p.code)).toEqual(['USLAX']);
    expect(searchPorts('汉堡').map((p) => p.code)).toEqual(['DEHAM']);
    expect(searchPorts('').length).toBe(PORTS.length);
    expect(searchPorts('zzzzz')).toEqual([]);
  });
});

describe('the booking form', () => {
  it('puts each field the service names on the form, or above it', () => {
    expect(formPathOf('pod', 2)).toEqual(['pod']);
    expect(formPathOf('containers[1].type', 2)).toEqual(['containers', 1, 'type']);
    expect(formPathOf('containers[0].quantity', 2)).toEqual(['containers', 0, 'quantity']);
    expect(formPathOf('containers[5].type', 2)).toEqual(['containers']);
    expect(formPathOf('containers', 2)).toEqual(['containers']);
    expect(formPathOf('agreedRate.amount', 2)).toEqual(['agreedRate', 'amount']);
    expect(formPathOf('agreedRate.currency', 2)).toEqual(['agreedRate', 'currency']);
    expect(formPathOf('agreedRate', 2)).toEqual(['agreedRate', 'amount']);
    expect(formPathOf('body', 2)).toBeNull();
    expect(formPathOf('Idempotency-Key', 2)).toBeNull();
  });

  it('copies a lane: ports, cargo, containers by type, carrier, terms and rate, not the sailing', () => {
    const container = (seq: number, type: string, typeLabel: string) => ({ seq, type, typeLabel });
    const previous = {
      pol: 'CNSHK',
      pod: 'DEHAM',
      commodity: 'LED lamps',
      containers: [container(1, '45G1', '40HC'), container(2, '22G1', '20GP'), container(3, '45G1', '40HC')],
      carrierId: null,
      freightTerm: 'collect',
      agreedRate: { amount: '2150.50', currency: 'EUR' },
      vessel: 'COSCO SHIPPING ARIES',
    } as unknown as Shipment;
    expect(laneOf(previous)).toEqual({
      pol: 'CNSHK',
      pod: 'DEHAM',
      commodity: 'LED lamps',
      containers: [
        { type: '45G1', quantity: 2 },
        { type: '22G1', quantity: 1 },
      ],
      carrierId: undefined,
      freightTerm: 'collect',
      agreedRate: { amount: '2150.50', currency: 'EUR' },
    });
    expect(containerSummary(previous.containers)).toBe('2×40HC, 1×20GP');
  });
});
