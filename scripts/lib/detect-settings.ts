/**
 * Proposes the settings of a new source from its text: title lines, heading styles, kind, status,
 * jurisdiction and level, issuer, 文号, dates, and the corpus documents it cites. Pure: text (and
 * the corpus's titles) in, proposal and findings out.
 *
 * Nothing is invented: a field without a sign in the text is left out (and, when the schema needs
 * it, reported as `missing` so the command can ask for it); a field read from a weak sign is
 * reported as `check`.
 */
import { createResolver, type CorpusDocument } from '../../src/lib/citations/resolve.ts';
import type { SourceSettings } from '../../src/schemas/source.ts';
import { detectHeadings, type HeadingsProposal } from './detect-headings.ts';
import type { Finding } from './detect-findings.ts';
import {
  detectDates,
  detectDocumentNumber,
  detectIssuer,
  detectJurisdiction,
  englishName,
  isDraft,
  kindFromSelfName,
  kindFromTitle,
  levelFromSelfName,
  levelOf,
  mostNamedPlace,
} from './detect-metadata.ts';
import { detectTitle } from './detect-title.ts';

/** Settings detection can fill; the command adds slug, role and what flags give. */
export type DetectedSettings = Partial<Omit<SourceSettings, 'dates'>> & {
  titleLines: number;
  headings: SourceSettings['headings'];
  dates?: Partial<SourceSettings['dates']>;
};

export interface Detection {
  settings: DetectedSettings;
  findings: Finding[];
  /** Every style's matches, as the heading detector counted them. */
  matches: HeadingsProposal['matches'];
}

export interface DetectOptions {
  /** Documents already in the corpus: a text that cites one of them may implement it. */
  corpus?: readonly CorpusDocument[];
}

/** @param text the source text as ingest reads it (BOM removed, LF line ends). */
export function detectSettings(text: string, options: DetectOptions = {}): Detection {
  const findings: Finding[] = [];
  const settings: DetectedSettings = { titleLines: 0, headings: { chapter: ['zhang'], section: [], item: [] } };

  // 1. Title block and imprint.
  const block = detectTitle(text);
  settings.titleLines = block.titleLines;
  if (block.title) {
    settings.title = block.title;
    findings.push({ severity: 'info', topic: 'title', message: `title (${block.titleLines} line${block.titleLines === 1 ? '' : 's'}): ${block.title}` });
  } else {
    findings.push({ severity: 'missing', topic: 'title', message: 'no title line detected (the text starts with a heading or body text); give the title with --title' });
  }
  const imprint = block.imprint.join('');
  if (imprint) findings.push({ severity: 'info', topic: 'imprint', message: `imprint under the title: ${imprint}` });
  const closing = block.body.slice(-3);

  // 2. Headings.
  const headings = detectHeadings(text, block.titleLines);
  settings.headings = headings.headings;
  if (headings.frontTitle) settings.frontTitle = headings.frontTitle;
  findings.push(...headings.findings);

  // 3. Kind and status.
  const titleKind = settings.title ? kindFromTitle(settings.title) : undefined;
  const selfName = kindFromSelfName(text);
  if (titleKind) {
    settings.kind = titleKind;
    findings.push({ severity: 'info', topic: 'kind', message: `kind ${titleKind}, from the title's last word` });
  } else if (selfName) {
    settings.kind = selfName.kind;
    findings.push({ severity: 'check', topic: 'kind', message: `kind ${selfName.kind}: the text calls itself ${selfName.word} (${selfName.count}×) — check` });
  } else {
    findings.push({
      severity: 'missing',
      topic: 'kind',
      message: 'kind not detected (no 条例/办法/规划/意见/决定/法 in the title, no 本条例/本规划… in the text); give it with --kind',
    });
  }
  if (isDraft(block.lines.join('') + imprint)) {
    settings.status = 'draft';
    findings.push({ severity: 'info', topic: 'status', message: 'status draft: the title block marks a draft (征求意见稿/草案)' });
  }

  // 4. Issuer, 文号, dates.
  const issuer = detectIssuer(settings.title, imprint, closing);
  if (issuer) {
    settings.issuer = issuer.issuer;
    findings.push({ severity: 'check', topic: 'issuer', message: `issuer from ${issuer.from}: ${issuer.issuer} — check` });
  }
  const documentNumber = detectDocumentNumber(block.body.slice(0, block.titleLines + 4));
  if (documentNumber) {
    settings.documentNumber = documentNumber;
    findings.push({ severity: 'info', topic: 'documentNumber', message: `文号: ${documentNumber}` });
  }
  const dates = detectDates(imprint, text, closing);
  const stated = (['issued', 'adopted', 'revised', 'effective'] as const)
    .map((key) => [key, dates[key]] as const)
    .filter(([, value]) => (Array.isArray(value) ? value.length : value));
  if (stated.length) {
    settings.dates = Object.fromEntries(stated);
    findings.push({ severity: 'info', topic: 'dates', message: `dates: ${stated.map(([key, value]) => `${key} ${[value].flat().join(', ')}`).join('; ')}` });
  }

  // 5. Jurisdiction and level.
  const place = detectJurisdiction([
    [settings.title, 'title'],
    [settings.issuer, 'issuer'],
    [imprint.replace(/^.*?日/, ''), 'imprint'],
  ]);
  const selfLevel = levelFromSelfName(text);
  const named = place ? undefined : mostNamedPlace(text);
  if (named) {
    settings.jurisdiction = named.jurisdiction;
    settings.jurisdictionEn = englishName(named.jurisdiction);
    findings.push({
      severity: 'check',
      topic: 'jurisdiction',
      message: `jurisdiction guessed from the text, the place it names most (${named.count}×): ${named.jurisdiction} (English ${settings.jurisdictionEn}, by pinyin) — check`,
    });
  }
  if (place) {
    settings.jurisdiction = place.jurisdiction;
    settings.jurisdictionEn = englishName(place.jurisdiction);
    findings.push({
      severity: 'check',
      topic: 'jurisdiction',
      message: `jurisdiction guessed from the ${place.from}: ${place.jurisdiction} (English ${settings.jurisdictionEn}, by pinyin) — check`,
    });
  }
  if (settings.jurisdiction) {
    const level = levelOf(settings.jurisdiction, text);
    if (level) {
      settings.level = level.level;
      const why = level.sure ? 'from the name' : level.level === 'prefecture' ? 'a 市 whose text addresses its 县（市、区）' : 'a 市 whose text does not address counties under it';
      findings.push({ severity: level.sure ? 'info' : 'check', topic: 'level', message: `level ${level.level}: ${why}${level.sure ? '' : ' — check'}` });
    }
  }
  if (!settings.jurisdiction) {
    const hint = selfLevel ? ` (the text says ${selfLevel.word}: ${selfLevel.level} level)` : '';
    findings.push({ severity: 'missing', topic: 'jurisdiction', message: `jurisdiction not found in the title, issuer or imprint${hint}; give it with --jurisdiction` });
  }
  if (!settings.level) {
    if (selfLevel) {
      settings.level = selfLevel.level;
      findings.push({ severity: 'check', topic: 'level', message: `level ${selfLevel.level}: the text says ${selfLevel.word} — check` });
    } else {
      findings.push({ severity: 'missing', topic: 'level', message: 'level not detected; give it with --level' });
    }
  }
  if (settings.level === 'national' || settings.level === 'province') settings.parents = [];

  // 6. Documents of the corpus it cites: citing is a sign of implementing, not proof.
  const resolver = createResolver(options.corpus ?? []);
  const cited = new Map<string, string>();
  for (const [, title] of text.matchAll(/《([^《》]{2,120})》/g)) {
    const found = resolver.resolve(title);
    if (found && !cited.has(found.slug)) cited.set(found.slug, title);
  }
  if (cited.size) {
    settings.implements = [...cited.keys()];
    for (const [slug, title] of cited) {
      findings.push({ severity: 'check', topic: 'implements', message: `cites 《${title}》, in the corpus as ${slug}: implements it? — check` });
    }
  }
  return { settings, findings, matches: headings.matches };
}
