/**
 * The words the bulk data is made of: carriers, ports, commodities, names. Plain lists; the SQL picks from
 * them with hashed indexes, so a list's order is part of what makes two runs give the same data.
 */

export interface CarrierSeed {
  code: string;
  name: string;
  /** ISO 6346 owner code with the category letter U: every box of this carrier's shipments carries it. */
  ownerCode: string;
  /** How its vessels are named ("MSC " + a word). */
  vesselPrefix: string;
  /** Whether the trucker needs documents printed at the depot (MSC does not: docs/domain.md, step 4). */
  requiresDocPrint: boolean;
  /** Relative share of the shipments. */
  weight: number;
}

export const CARRIERS: readonly CarrierSeed[] = [
  ['MSC', 'Mediterranean Shipping Company', 'MSCU', 'MSC', false, 17],
  ['MAERSK', 'Maersk A/S', 'MSKU', 'MAERSK', true, 15],
  ['CMA', 'CMA CGM', 'CMAU', 'CMA CGM', true, 12],
  ['COSCO', 'COSCO Shipping Lines', 'CSNU', 'COSCO SHIPPING', true, 12],
  ['HPL', 'Hapag-Lloyd', 'HLXU', 'HLX', true, 7],
  ['ONE', 'Ocean Network Express', 'ONEU', 'ONE', true, 6],
  ['EMC', 'Evergreen Marine', 'EGHU', 'EVER', true, 6],
  ['HMM', 'HMM Co., Ltd.', 'HMMU', 'HMM', true, 3],
  ['YML', 'Yang Ming Marine Transport', 'YMLU', 'YM', true, 3],
  ['ZIM', 'ZIM Integrated Shipping Services', 'ZIMU', 'ZIM', true, 2.5],
  ['OOCL', 'Orient Overseas Container Line', 'OOLU', 'OOCL', true, 3],
  ['PIL', 'Pacific International Lines', 'PCIU', 'KOTA', true, 1.5],
  ['WHL', 'Wan Hai Lines', 'WHLU', 'WAN HAI', true, 1.5],
  ['SITC', 'SITC Container Lines', 'SITU', 'SITC', true, 1.2],
  ['KMTC', 'Korea Marine Transport', 'KMTU', 'KMTC', true, 0.8],
  ['TSL', 'T.S. Lines', 'TSLU', 'TS', true, 0.8],
  ['SML', 'SM Line', 'SMCU', 'SM', true, 0.5],
  ['RCL', 'Regional Container Lines', 'REGU', 'RCL', true, 0.5],
  ['XPF', 'X-Press Feeders', 'XPFU', 'X-PRESS', true, 0.4],
  ['ESL', 'Emirates Shipping Line', 'ESLU', 'EMIRATES', true, 0.3],
].map(([code, name, ownerCode, vesselPrefix, requiresDocPrint, weight]) => ({
  code: code as string,
  name: name as string,
  ownerCode: ownerCode as string,
  vesselPrefix: vesselPrefix as string,
  requiresDocPrint: requiresDocPrint as boolean,
  weight: weight as number,
}));

/** Carriers beyond the named ones: regional lines with made-up, distinct owner codes (Q??U). */
export function extraCarrier(index: number): CarrierSeed {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const a = letters[Math.floor(index / 26) % 26]!;
  const b = letters[index % 26]!;
  const code = `RL${String(index + 1).padStart(3, '0')}`;
  return {
    code,
    name: `Regional Line ${index + 1} Shipping Co.`,
    ownerCode: `Q${a}${b}U`,
    vesselPrefix: `RL ${index + 1}`,
    requiresDocPrint: true,
    weight: 0.2,
  };
}

export const VESSEL_WORDS =
  'AURORA BEIJING CAPELLA DANUBE ETERNITY FORTUNE GALAXY HARMONY INFINITY JADE KINGDOM LIBERTY MERIDIAN NEPTUNE ORION PEGASUS QUEEN RAINBOW SHENZHEN TRIUMPH UNITY VICTORY WISDOM XIAMEN YANTIAN ZENITH ALPHA BRAVO CRYSTAL DIAMOND EMERALD FALCON GENEVA HAMBURG ISTANBUL JAKARTA KOBE LISBON MUMBAI NINGBO'.split(
    ' ',
  );

/** Ports of loading (south and east China) with their weight and the terminal boxes gate into. */
export const PORTS_OF_LOADING: readonly { code: string; weight: number; terminal: string }[] = [
  { code: 'CNYTN', weight: 35, terminal: 'Yantian International Container Terminals' },
  { code: 'CNSHK', weight: 20, terminal: 'Shekou Container Terminals' },
  { code: 'CNNSA', weight: 15, terminal: 'Guangzhou Nansha Container Terminal' },
  { code: 'CNSHA', weight: 10, terminal: 'Shanghai Yangshan Deep Water Port' },
  { code: 'CNNGB', weight: 10, terminal: 'Ningbo Beilun Container Terminal' },
  { code: 'CNXMN', weight: 5, terminal: 'Xiamen Haitian Container Terminal' },
  { code: 'CNTAO', weight: 5, terminal: 'Qingdao Qianwan Container Terminal' },
];

/**
 * Trade lanes: the ports of discharge, the rough ocean freight per 20' and 40' box (USD), the voyage
 * suffix, and consignees there.
 */
export const LANES: readonly {
  ports: string[];
  weight: number;
  freight20: number;
  freight40: number;
  bound: string;
  consignees: string[];
}[] = [
  {
    ports: ['USLAX', 'USLGB', 'USOAK', 'USSEA', 'CAVAN'],
    weight: 22,
    freight20: 1800,
    freight40: 2600,
    bound: 'E',
    consignees: ['Pacific Home Imports LLC', 'Golden Gate Trading Inc.', 'Cascade Retail Supply Co.'],
  },
  {
    ports: ['USNYC', 'USSAV', 'USCHS', 'USHOU'],
    weight: 12,
    freight20: 2600,
    freight40: 3500,
    bound: 'E',
    consignees: ['Atlantic Distribution Corp.', 'Lone Star Wholesale LLC', 'Harbor Point Brands Inc.'],
  },
  {
    ports: ['DEHAM', 'NLRTM', 'BEANR', 'GBFXT', 'FRLEH'],
    weight: 20,
    freight20: 1400,
    freight40: 2200,
    bound: 'W',
    consignees: ['Nordhafen Handels GmbH', 'Lowlands Living B.V.', 'Thames Valley Imports Ltd.'],
  },
  {
    ports: ['ESVLC', 'ITGOA', 'GRPIR', 'TRAMR'],
    weight: 8,
    freight20: 1600,
    freight40: 2500,
    bound: 'W',
    consignees: ['Mediterranea Import S.r.l.', 'Levante Comercial S.L.', 'Bosphorus Ticaret A.S.'],
  },
  {
    ports: ['AEJEA', 'SAJED', 'OMSOH', 'INNSA'],
    weight: 10,
    freight20: 900,
    freight40: 1400,
    bound: 'W',
    consignees: [
      'Gulf Star General Trading LLC',
      'Red Sea Commercial Est.',
      'Western India Traders Pvt. Ltd.',
    ],
  },
  {
    ports: ['SGSIN', 'JPTYO', 'KRPUS', 'VNSGN', 'THLCH', 'MYPKG', 'IDJKT', 'PHMNL'],
    weight: 14,
    freight20: 300,
    freight40: 500,
    bound: 'S',
    consignees: ['Straits Merchandise Pte. Ltd.', 'Nippon Living Goods K.K.', 'Mekong Supply Co., Ltd.'],
  },
  {
    ports: ['AUSYD', 'AUMEL', 'NZAKL'],
    weight: 6,
    freight20: 1200,
    freight40: 1900,
    bound: 'S',
    consignees: ['Southern Cross Imports Pty Ltd', 'Harbour City Wholesale Pty Ltd', 'Kiwi Home Supply Ltd.'],
  },
  {
    ports: ['MXZLO', 'BRSSZ', 'CLSAI', 'PECLL', 'COCTG'],
    weight: 5,
    freight20: 2000,
    freight40: 3200,
    bound: 'E',
    consignees: ['Comercializadora del Pacifico S.A.', 'Importadora Santos Ltda.', 'Andes Trading S.A.C.'],
  },
  {
    ports: ['ZADUR', 'NGAPP', 'KEMBA', 'EGPSD'],
    weight: 3,
    freight20: 2200,
    freight40: 3400,
    bound: 'W',
    consignees: ['Zulu Coast Traders (Pty) Ltd', 'Lagos Prime Imports Ltd.', 'Nile Delta Trading Co.'],
  },
];

export const COMMODITIES =
  'Wooden furniture, LED lighting, Cotton garments, Plastic toys, Electronic accessories, Ceramic tiles, Kitchenware, Sporting goods, Auto parts, Hand tools, Footwear, Textiles, Solar panels, Bicycles, Small household appliances, Stationery, Bags and luggage, Glassware, Hardware fittings, Mobile phone cases, Pet supplies, Garden furniture, Artificial flowers, Cosmetics packaging, Steel pipes, Paper products, Medical consumables, Printed circuit boards, Home textiles, Power banks'.split(
    ', ',
  );

/** The containers booked: ISO size-type code and weight. */
export const CONTAINER_MIX: readonly { type: string; weight: number }[] = [
  { type: '45G1', weight: 45 },
  { type: '22G1', weight: 30 },
  { type: '42G1', weight: 15 },
  { type: '45R1', weight: 4 },
  { type: '22R1', weight: 2 },
  { type: 'L5G1', weight: 1.5 },
  { type: '42U1', weight: 1 },
  { type: '22U1', weight: 0.8 },
  { type: '22T1', weight: 0.7 },
];

/** Containers per shipment and their weight: 2.5 on average. */
export const CONTAINER_COUNTS: readonly { count: number; weight: number }[] = [
  { count: 1, weight: 32 },
  { count: 2, weight: 30 },
  { count: 3, weight: 17 },
  { count: 4, weight: 10 },
  { count: 5, weight: 6 },
  { count: 6, weight: 3 },
  { count: 8, weight: 2 },
];

/** "Shenzhen 深圳, Dongguan 东莞" as [English, Chinese] pairs. */
function pairs(list: string): readonly [string, string][] {
  return list.split(', ').map((p) => p.split(' ') as [string, string]);
}

/** Client companies: city (English, Chinese), brand syllables, trade. */
export const CITIES: readonly [string, string][] = pairs(
  'Shenzhen 深圳, Dongguan 东莞, Guangzhou 广州, Foshan 佛山, Huizhou 惠州, Zhongshan 中山, Jiangmen 江门, Xiamen 厦门, Ningbo 宁波, Yiwu 义乌, Suzhou 苏州, Shantou 汕头',
);
export const BRANDS: readonly [string, string][] = pairs(
  'Huaxin 华信, Hengtai 恒泰, Jinfeng 金丰, Mingda 明达, Ruixiang 瑞祥, Tianyi 天益, Xinhe 鑫和, Yongsheng 永盛, Zhongyuan 中源, Baolong 宝龙, Chuangxin 创新, Dafu 大富, Fuhua 富华, Guangming 光明, Haoda 豪达, Jiahe 嘉和, Kangli 康力, Lianfa 联发, Meixin 美欣, Nanfang 南方, Qiaoxing 侨兴, Shengda 盛达, Tongyi 统一, Wanjia 万佳',
);
export const TRADES: readonly [string, string][] = pairs(
  'Electronics 电子, Furniture 家具, Lighting 照明, Textile 纺织, Toys 玩具, Trading 贸易, Hardware 五金, Industrial 实业, Plastics 塑胶, Technology 科技',
);
/** Foreign clients (they read English): trading houses in Hong Kong and beyond. */
export const FOREIGN_NAMES =
  'Brightway Trading Ltd.; Oceanic Sourcing Ltd.; Silverline Global Ltd.; Evergrowth Industries Ltd.; Harbourfront Merchandising Ltd.; Pearl River Sourcing Ltd.; Summit Asia Procurement Ltd.; Kowloon Bay Trading Co.; Victoria Peak Imports Ltd.; Lion City Sourcing Pte. Ltd.'.split(
    '; ',
  );
export const ROADS =
  'Shennan Road, Binhe Avenue, Xinghua Road, Gongye Road, Jianshe Road, Huanshi Road'.split(', ');

/** Staff names (pinyin), surname then given name. */
export const SURNAMES =
  'Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Zheng'.split(' ');
export const GIVEN_NAMES =
  'Wei Fang Na Min Jing Li Qiang Lei Jun Yang Yong Yan Jie Tao Ming Chao Xiu Hui Ping Gang Hong Xin Yu Hao'.split(
    ' ',
  );

export const CANCEL_REASONS =
  'Client postponed the order; Cargo not ready in time; Client booked with another forwarder; Buyer cancelled the purchase order; Duplicate booking'.split(
    '; ',
  );
export const ROLL_REASONS =
  'Vessel overbooked: cargo rolled by the carrier; Blank sailing: the carrier cancelled the voyage; Cargo missed the CY cut-off; Vessel omitted the port (congestion)'.split(
    '; ',
  );
export const VOID_REASONS =
  'Wrong ocean freight rate; Charges corrected after the carrier invoice; Wrong quantity'.split('; ');
