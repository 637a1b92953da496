/**
 * What a chain is for, by rule from the words around it. The words right after the list name the
 * structure (…三级诉求全响应指挥中心, …五级组织架构, …三级政务服务网络); the levels themselves say
 * party organisation (党工委、党支部…); the clause before is a last resort (镇村生活圈按“镇—村—居民点”).
 */
export const PURPOSES = ['party', 'governance', 'services', 'response'] as const;
export type Purpose = (typeof PURPOSES)[number];

export const purposeLabel: Record<Purpose, string> = {
  party: '党的组织',
  governance: '基层治理',
  services: '公共服务',
  response: '诉求响应与应急',
};

const RESPONSE = /响应|呼叫|应急|指挥|诉求/;
const PARTY = /党/;
const SERVICES = /服务|生活圈|教育|养老|学习|实践|设施/;
const GOVERNANCE = /治理|管理|联创|试点|评议|平台|机制|体系|架构|组织/;

export interface PurposeInput {
  levels: string[];
  before: string;
  after: string;
}

export function classifyPurpose({ levels, before, after }: PurposeInput): Purpose {
  if (RESPONSE.test(after)) return 'response';
  const partyLevels = levels.filter((level) => PARTY.test(level)).length;
  if (PARTY.test(after) || partyLevels * 2 >= levels.length) return 'party';
  if (SERVICES.test(after) || levels.some((level) => SERVICES.test(level))) return 'services';
  if (GOVERNANCE.test(after)) return 'governance';
  if (RESPONSE.test(before)) return 'response';
  if (SERVICES.test(before)) return 'services';
  // Every chain in these plans is a tier of grassroots governance unless the words say more.
  return 'governance';
}

/** Urban or rural, when the words just before the chain say so (城区建立“…”, 农村建立“镇—村—组—院”). */
export type Setting = 'urban' | 'rural';
export const settingLabel: Record<Setting, string> = { urban: '城市', rural: '农村' };

export function classifySetting(before: string): Setting | null {
  const last = [...before.matchAll(/城区|城市|农村|乡村|镇村/g)].pop()?.[0];
  if (!last) return null;
  return last === '城区' || last === '城市' ? 'urban' : 'rural';
}
