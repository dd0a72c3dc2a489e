/**
 * The ports a South China export desk books most, by UN/LOCODE, with the names operators use in Chinese and
 * English. The picker searches this list; any other UN/LOCODE typed in full is accepted too (the service checks
 * only the code's form, docs/api.md "Shipments"). If the service comes to serve a list of ports, this is its seed.
 */
export interface Port {
  /** UN/LOCODE: country code + 3-character location (CNYTN). */
  code: string;
  en: string;
  zh: string;
}

export const PORTS: readonly Port[] = [
  // Pearl River Delta and Hong Kong: where this desk's containers are loaded.
  { code: 'CNYTN', en: 'Yantian', zh: '盐田' },
  { code: 'CNSHK', en: 'Shekou', zh: '蛇口' },
  { code: 'CNCWN', en: 'Chiwan', zh: '赤湾' },
  { code: 'CNSZX', en: 'Shenzhen', zh: '深圳' },
  { code: 'CNNSA', en: 'Nansha', zh: '南沙' },
  { code: 'CNHUA', en: 'Huangpu', zh: '黄埔' },
  { code: 'CNCAN', en: 'Guangzhou', zh: '广州' },
  { code: 'CNZUH', en: 'Zhuhai', zh: '珠海' },
  { code: 'CNZSN', en: 'Zhongshan', zh: '中山' },
  { code: 'CNJMN', en: 'Jiangmen', zh: '江门' },
  { code: 'CNSWA', en: 'Shantou', zh: '汕头' },
  { code: 'HKHKG', en: 'Hong Kong', zh: '香港' },
  // The other main Chinese ports.
  { code: 'CNXMN', en: 'Xiamen', zh: '厦门' },
  { code: 'CNFOC', en: 'Fuzhou', zh: '福州' },
  { code: 'CNNGB', en: 'Ningbo', zh: '宁波' },
  { code: 'CNSHA', en: 'Shanghai', zh: '上海' },
  { code: 'CNTAO', en: 'Qingdao', zh: '青岛' },
  { code: 'CNTXG', en: 'Tianjin Xingang', zh: '天津新港' },
  { code: 'CNDLC', en: 'Dalian', zh: '大连' },
  { code: 'CNLYG', en: 'Lianyungang', zh: '连云港' },
  { code: 'TWKHH', en: 'Kaohsiung', zh: '高雄' },
  // North America.
  { code: 'USLAX', en: 'Los Angeles', zh: '洛杉矶' },
  { code: 'USLGB', en: 'Long Beach', zh: '长滩' },
  { code: 'USOAK', en: 'Oakland', zh: '奥克兰（美国）' },
  { code: 'USSEA', en: 'Seattle', zh: '西雅图' },
  { code: 'USTIW', en: 'Tacoma', zh: '塔科马' },
  { code: 'USNYC', en: 'New York', zh: '纽约' },
  { code: 'USSAV', en: 'Savannah', zh: '萨凡纳' },
  { code: 'USCHS', en: 'Charleston', zh: '查尔斯顿' },
  { code: 'USORF', en: 'Norfolk', zh: '诺福克' },
  { code: 'USHOU', en: 'Houston', zh: '休斯顿' },
  { code: 'USMIA', en: 'Miami', zh: '迈阿密' },
  { code: 'CAVAN', en: 'Vancouver', zh: '温哥华' },
  { code: 'CAPRR', en: 'Prince Rupert', zh: '鲁珀特王子港' },
  { code: 'CAMTR', en: 'Montreal', zh: '蒙特利尔' },
  { code: 'MXZLO', en: 'Manzanillo', zh: '曼萨尼约' },
  { code: 'MXLZC', en: 'Lazaro Cardenas', zh: '拉萨罗卡德纳斯' },
  // South America.
  { code: 'BRSSZ', en: 'Santos', zh: '桑托斯' },
  { code: 'BRPNG', en: 'Paranagua', zh: '巴拉那瓜' },
  { code: 'CLSAI', en: 'San Antonio', zh: '圣安东尼奥' },
  { code: 'PECLL', en: 'Callao', zh: '卡亚俄' },
  { code: 'ARBUE', en: 'Buenos Aires', zh: '布宜诺斯艾利斯' },
  // Europe and the Mediterranean.
  { code: 'DEHAM', en: 'Hamburg', zh: '汉堡' },
  { code: 'DEBRV', en: 'Bremerhaven', zh: '不来梅港' },
  { code: 'NLRTM', en: 'Rotterdam', zh: '鹿特丹' },
  { code: 'BEANR', en: 'Antwerp', zh: '安特卫普' },
  { code: 'GBFXT', en: 'Felixstowe', zh: '费利克斯托' },
  { code: 'GBSOU', en: 'Southampton', zh: '南安普顿' },
  { code: 'GBLGP', en: 'London Gateway', zh: '伦敦门户港' },
  { code: 'FRLEH', en: 'Le Havre', zh: '勒阿弗尔' },
  { code: 'FRFOS', en: 'Fos-sur-Mer', zh: '福斯' },
  { code: 'ESVLC', en: 'Valencia', zh: '瓦伦西亚' },
  { code: 'ESBCN', en: 'Barcelona', zh: '巴塞罗那' },
  { code: 'ESALG', en: 'Algeciras', zh: '阿尔赫西拉斯' },
  { code: 'ITGOA', en: 'Genoa', zh: '热那亚' },
  { code: 'ITSPE', en: 'La Spezia', zh: '拉斯佩齐亚' },
  { code: 'GRPIR', en: 'Piraeus', zh: '比雷埃夫斯' },
  { code: 'PLGDN', en: 'Gdansk', zh: '格但斯克' },
  { code: 'MAPTM', en: 'Tanger Med', zh: '丹吉尔地中海港' },
  { code: 'EGPSD', en: 'Port Said', zh: '塞得港' },
  // South-east Asia.
  { code: 'SGSIN', en: 'Singapore', zh: '新加坡' },
  { code: 'MYPKG', en: 'Port Klang', zh: '巴生港' },
  { code: 'MYTPP', en: 'Tanjung Pelepas', zh: '丹戎帕拉帕斯' },
  { code: 'THLCH', en: 'Laem Chabang', zh: '林查班' },
  { code: 'THBKK', en: 'Bangkok', zh: '曼谷' },
  { code: 'VNSGN', en: 'Ho Chi Minh City', zh: '胡志明市' },
  { code: 'VNCLI', en: 'Cat Lai', zh: '吉莱' },
  { code: 'VNHPH', en: 'Haiphong', zh: '海防' },
  { code: 'IDJKT', en: 'Jakarta', zh: '雅加达' },
  { code: 'IDSUB', en: 'Surabaya', zh: '泗水' },
  { code: 'PHMNL', en: 'Manila', zh: '马尼拉' },
  // North-east Asia.
  { code: 'JPTYO', en: 'Tokyo', zh: '东京' },
  { code: 'JPYOK', en: 'Yokohama', zh: '横滨' },
  { code: 'JPNGO', en: 'Nagoya', zh: '名古屋' },
  { code: 'JPOSA', en: 'Osaka', zh: '大阪' },
  { code: 'JPUKB', en: 'Kobe', zh: '神户' },
  { code: 'KRPUS', en: 'Busan', zh: '釜山' },
  { code: 'KRINC', en: 'Incheon', zh: '仁川' },
  // South Asia and the Middle East.
  { code: 'INNSA', en: 'Nhava Sheva', zh: '那瓦舍瓦' },
  { code: 'INMUN', en: 'Mundra', zh: '蒙德拉' },
  { code: 'INMAA', en: 'Chennai', zh: '金奈' },
  { code: 'LKCMB', en: 'Colombo', zh: '科伦坡' },
  { code: 'PKKHI', en: 'Karachi', zh: '卡拉奇' },
  { code: 'BDCGP', en: 'Chittagong', zh: '吉大港' },
  { code: 'AEJEA', en: 'Jebel Ali', zh: '杰贝阿里' },
  { code: 'SAJED', en: 'Jeddah', zh: '吉达' },
  { code: 'SADMM', en: 'Dammam', zh: '达曼' },
  { code: 'KWSWK', en: 'Shuwaikh', zh: '舒韦赫' },
  // Oceania and Africa.
  { code: 'AUSYD', en: 'Sydney', zh: '悉尼' },
  { code: 'AUMEL', en: 'Melbourne', zh: '墨尔本' },
  { code: 'AUBNE', en: 'Brisbane', zh: '布里斯班' },
  { code: 'NZAKL', en: 'Auckland', zh: '奥克兰（新西兰）' },
  { code: 'ZADUR', en: 'Durban', zh: '德班' },
  { code: 'KEMBA', en: 'Mombasa', zh: '蒙巴萨' },
];

const BY_CODE: ReadonlyMap<string, Port> = new Map(PORTS.map((port) => [port.code, port]));

/** The port of a code from the list, if it is one. */
export function portOf(code: string): Port | undefined {
  return BY_CODE.get(code);
}

// Mirrors src/shipments/domain/locode.ts: the location part uses letters and the digits 2-9 only.
const UN_LOCODE = /^[A-Z]{2}[A-Z2-9]{3}$/;

/**
 * A typed UN/LOCODE made canonical, as the service does it: full-width characters folded (Chinese input
 * methods), trimmed, upper case, and the one space often written after the country ("CN YTN") dropped.
 * Null when what was typed is no UN/LOCODE.
 */
export function normalizeLocode(input: string): string | null {
  const trimmed = input.normalize('NFKC').trim().toUpperCase();
  const value = /^[A-Z]{2} \S/.test(trimmed) ? trimmed.slice(0, 2) + trimmed.slice(3) : trimmed;
  return UN_LOCODE.test(value) ? value : null;
}

/**
 * The listed ports a search matches, best first: the code itself, then a code, English or Chinese name that
 * starts with the text, then one that contains it. Case and width do not matter.
 */
export function searchPorts(text: string): Port[] {
  const needle = text.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
  if (needle === '') return [...PORTS];
  const compact = needle.replace(/ /g, '');
  const rank = (port: Port): number => {
    const code = port.code.toLowerCase();
    const en = port.en.toLowerCase();
    if (code === compact) return 0;
    if (code.startsWith(compact) || code.slice(2).startsWith(compact)) return 1;
    if (en.startsWith(needle) || port.zh.startsWith(needle)) return 2;
    if (en.includes(needle) || port.zh.includes(needle)) return 3;
    return -1;
  };
  return PORTS.map((port) => ({ port, rank: rank(port) }))
    .filter((hit) => hit.rank >= 0)
    .sort((a, b) => a.rank - b.rank)
    .map((hit) => hit.port);
}
