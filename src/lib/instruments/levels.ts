/**
 * Which administrative levels a sentence is about, read from the words Chinese governance texts use
 * for them (村, 社区, 街道, 乡镇…). Pure. Longest word first, so 城镇 is urban, not a township, and
 * 城乡 names no level at all (it is the whole field, not a restriction).
 */
import type { Level } from '../../schemas/instruments.ts';

const levelWords: Array<[string, Level[]]> = [
  ['城乡', []],
  ['中心城区', ['urban']],
  ['城市', ['urban']],
  ['城镇', ['urban']],
  ['城区', ['urban']],
  ['市区', ['urban']],
  ['农村', ['rural']],
  ['乡村', ['rural']],
  ['农民', ['rural']],
  ['村民', ['village']],
  ['村级', ['village']],
  ['村', ['village']],
  ['社区', ['community']],
  ['小区', ['community']],
  ['居委会', ['community']],
  ['居民委员会', ['community']],
  ['院落', ['community']],
  ['楼栋', ['community']],
  ['街道', ['street']],
  ['乡镇', ['township']],
  ['镇', ['township']],
  ['乡', ['township']],
  ['县', ['county']],
  ['省', ['province']],
];
const byLength = [...levelWords].sort((a, b) => b[0].length - a[0].length);

/** A village or township is rural, a street or a community urban: the broader word covers them. */
const broader: Partial<Record<Level, Level>> = { village: 'rural', township: 'rural', street: 'urban', community: 'urban' };

/** The levels a text names, each word read once (longest first, no overlaps). */
export function levelsIn(text: string): Set<Level> {
  const used = new Uint8Array(text.length);
  const out = new Set<Level>();
  for (const [word, levels] of byLength) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      if (used.subarray(at, at + word.length).some((u) => u === 1)) continue;
      used.fill(1, at, at + word.length);
      for (const level of levels) out.add(level);
    }
  }
  return out;
}

/**
 * Whether a sentence naming `named` can be about an entry restricted to `scope`: it names no level
 * (the measure's context decides), one of the scope's, or one broader or narrower than one of them
 * (农村 for a village entry, 村 for a rural one) — but not a sibling (乡镇 for a village entry).
 */
export function inScope(named: Set<Level>, scope: readonly Level[] | undefined): boolean {
  if (!scope || named.size === 0) return true;
  const own = new Set(scope);
  for (const level of named) {
    if (own.has(level)) return true;
    const wider = broader[level];
    if (wider && own.has(wider)) return true;
    if (scope.some((s) => broader[s] === level)) return true;
  }
  return false;
}

/** Most characters before a phrase read for the level it is about (村党组织书记…: 村). */
const LEAD = 4;

/**
 * The levels named right before `at` in `text`, within its clause: the level a shared phrase is
 * said of (村 in 村党组织书记通过法定程序担任, 社区 in 社区党组织书记通过法定程序担任).
 */
export function levelsBefore(text: string, at: number): Set<Level> {
  const lead = text.slice(Math.max(0, at - LEAD), at);
  const cut = Math.max(...[...'，,。；;：:、！？!?\n'].map((p) => lead.lastIndexOf(p)));
  return levelsIn(lead.slice(cut + 1));
}

/** Whether two sets of levels can be about the same units: either names none, or they overlap, or one is broader. */
export function sameLevels(a: Set<Level>, b: Set<Level>): boolean {
  return a.size === 0 || b.size === 0 || inScope(a, [...b]);
}
