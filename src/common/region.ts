/** Administrative division codes, GB/T 2260: 6 digits, province (2) + prefecture (2) + county (2). */

export const PROVINCES: Record<string, [string, string]> = {
  '11': ['北京市', 'Beijing'],
  '12': ['天津市', 'Tianjin'],
  '13': ['河北省', 'Hebei'],
  '14': ['山西省', 'Shanxi'],
  '15': ['内蒙古自治区', 'Inner Mongolia'],
  '21': ['辽宁省', 'Liaoning'],
  '22': ['吉林省', 'Jilin'],
  '23': ['黑龙江省', 'Heilongjiang'],
  '31': ['上海市', 'Shanghai'],
  '32': ['江苏省', 'Jiangsu'],
  '33': ['浙江省', 'Zhejiang'],
  '34': ['安徽省', 'Anhui'],
  '35': ['福建省', 'Fujian'],
  '36': ['江西省', 'Jiangxi'],
  '37': ['山东省', 'Shandong'],
  '41': ['河南省', 'Henan'],
  '42': ['湖北省', 'Hubei'],
  '43': ['湖南省', 'Hunan'],
  '44': ['广东省', 'Guangdong'],
  '45': ['广西壮族自治区', 'Guangxi'],
  '46': ['海南省', 'Hainan'],
  '50': ['重庆市', 'Chongqing'],
  '51': ['四川省', 'Sichuan'],
  '52': ['贵州省', 'Guizhou'],
  '53': ['云南省', 'Yunnan'],
  '54': ['西藏自治区', 'Tibet'],
  '61': ['陕西省', 'Shaanxi'],
  '62': ['甘肃省', 'Gansu'],
  '63': ['青海省', 'Qinghai'],
  '64': ['宁夏回族自治区', 'Ningxia'],
  '65': ['新疆维吾尔自治区', 'Xinjiang'],
  '71': ['台湾省', 'Taiwan'],
  '81': ['香港特别行政区', 'Hong Kong'],
  '82': ['澳门特别行政区', 'Macao'],
};

/** Prefecture-level names for the provinces the demo and the policy centre on (Henan) and a few suppliers' homes. */
export const PREFECTURES: Record<string, [string, string]> = {
  '4101': ['郑州市', 'Zhengzhou'],
  '4102': ['开封市', 'Kaifeng'],
  '4103': ['洛阳市', 'Luoyang'],
  '4104': ['平顶山市', 'Pingdingshan'],
  '4105': ['安阳市', 'Anyang'],
  '4106': ['鹤壁市', 'Hebi'],
  '4107': ['新乡市', 'Xinxiang'],
  '4108': ['焦作市', 'Jiaozuo'],
  '4109': ['濮阳市', 'Puyang'],
  '4110': ['许昌市', 'Xuchang'],
  '4111': ['漯河市', 'Luohe'],
  '4112': ['三门峡市', 'Sanmenxia'],
  '4113': ['南阳市', 'Nanyang'],
  '4114': ['商丘市', 'Shangqiu'],
  '4115': ['信阳市', 'Xinyang'],
  '4116': ['周口市', 'Zhoukou'],
  '4117': ['驻马店市', 'Zhumadian'],
  '4190': ['省直辖县级行政区划', 'County-level cities'],
  '4403': ['深圳市', 'Shenzhen'],
  '3205': ['苏州市', 'Suzhou'],
  '3302': ['宁波市', 'Ningbo'],
  '3702': ['青岛市', 'Qingdao'],
};

/** True when the code is 6 digits under a known province and its prefecture / county parts are not malformed. */
export function isValidRegionCode(code: string): boolean {
  if (!/^\d{6}$/.test(code) || !PROVINCES[code.slice(0, 2)]) return false;
  // A county code needs its prefecture; "41 00 05" is not a division.
  return !(code.slice(2, 4) === '00' && code.slice(4) !== '00');
}

export interface RegionNames {
  province: string;
  provinceEn: string;
  city: string | null;
  cityEn: string | null;
}

export function regionNames(code: string): RegionNames {
  const [province, provinceEn] = PROVINCES[code.slice(0, 2)] ?? ['', ''];
  const pref = code.slice(2, 4) === '00' ? undefined : PREFECTURES[code.slice(0, 4)];
  return { province, provinceEn, city: pref?.[0] ?? null, cityEn: pref?.[1] ?? null };
}
