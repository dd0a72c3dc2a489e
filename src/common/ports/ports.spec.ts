import { isUnLocode } from '../../shipments/domain/locode';
import { PORTS, portOf } from './ports';

describe('the ports list', () => {
  it('has each code once, every one a well-formed UN/LOCODE', () => {
    const codes = PORTS.map((port) => port.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.filter((code) => !isUnLocode(code))).toEqual([]);
  });

  it('names every port in both languages, with no stray spaces', () => {
    for (const port of PORTS) {
      expect(port.en).toMatch(/^\S(.*\S)?$/);
      expect(port.zh).toMatch(/^\S(.*\S)?$/);
      expect(port.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('holds the main Chinese ports and the busiest world container ports', () => {
    const chinese = [
      'CNSHA',
      'CNNGB',
      'CNYTN',
      'CNSHK',
      'CNTAO',
      'CNNSA',
      'CNTXG',
      'CNXMN',
      'CNDLC',
      'CNLYG',
    ];
    const world = ['SGSIN', 'KRPUS', 'NLRTM', 'AEJEA', 'MYPKG', 'BEANR', 'USLAX', 'DEHAM', 'INNSA', 'GRPIR'];
    for (const code of [...chinese, ...world]) expect(portOf(code)).toBeDefined();
    expect(PORTS.length).toBeGreaterThanOrEqual(100);
    expect(portOf('CNYTN')).toEqual({ code: 'CNYTN', en: 'Yantian', zh: '盐田' });
    expect(portOf('XXXXX')).toBeUndefined();
  });
});
