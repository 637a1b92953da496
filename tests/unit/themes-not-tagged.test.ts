/**
 * Why a measure that mentions a theme's terms does not carry it: the reason the theme page and
 * /data/themes.json show, on small hand-made measures and themes.
 */
import { describe, expect, it } from 'vitest';
import { notTaggedReason, whyNotTagged } from '../../src/lib/themes/not-tagged.ts';
import { buildComparison } from '../../src/lib/themes/compare.ts';
import type { ThemeRule } from '../../src/lib/themes/tag.ts';
import type { Theme } from '../../src/schemas/theme.ts';

const volunteers: ThemeRule = { id: 'volunteers', terms: ['志愿者', '志愿服务', '时间银行'], include: [], exclude: [] };

describe('the reason a mentioning measure is not tagged', () => {
  it('says a single passing mention in the body scores 1 of the 2 needed', () => {
    const entry = whyNotTagged(volunteers, { id: 'a-1-1-1', title: '加强应急队伍', text: '加强应急队伍。组建应急志愿者队伍。' });
    expect(entry).toEqual({ why: 'score', score: 1, minScore: 2, hits: [{ term: '志愿者', title: 0, body: 1 }] });
    expect(notTaggedReason(entry!)).toBe('仅在正文中提及一次（得分 1，需 2）');
  });

  it('counts body mentions of different terms together against a stricter theme', () => {
    const strict = { ...volunteers, minScore: 3 };
    const entry = whyNotTagged(strict, { id: 'a-1-1-2', title: '', text: '志愿者参与，发展时间银行。' })!;
    expect(entry.score).toBe(2);
    expect(notTaggedReason(entry)).toBe('仅在正文中提及两次（得分 2，需 3）');
  });

  it('says where the terms stand when a lead-sentence hit is not enough', () => {
    const strict = { ...volunteers, minScore: 5 };
    const entry = whyNotTagged(strict, { id: 'a-1-1-3', title: '发展志愿服务', text: '发展志愿服务。' })!;
    expect(notTaggedReason(entry)).toBe('导语中提及一次（得分 3，需 5）');
    const both = whyNotTagged(strict, { id: 'a-1-1-4', title: '发展志愿服务', text: '发展志愿服务。鼓励志愿者。' })!;
    expect(notTaggedReason(both)).toBe('导语中提及一次、正文中提及一次（得分 4，需 5）');
  });

  it("gives the editor's reason for an excluded measure, even one the rule would tag", () => {
    const excluded = { ...volunteers, exclude: [{ id: 'a-1-1-5', reason: '只是修辞' }] };
    const entry = whyNotTagged(excluded, { id: 'a-1-1-5', title: '志愿服务', text: '志愿服务。志愿者。' })!;
    expect(entry.why).toBe('excluded');
    expect(notTaggedReason(entry)).toBe('由编者排除：只是修辞');
  });

  it('has no reason for a tagged measure, an included one, or one that mentions no term', () => {
    expect(whyNotTagged(volunteers, { id: 'a-1-1-6', title: '', text: '志愿者，志愿者。' })).toBeUndefined();
    const included = { ...volunteers, include: [{ id: 'a-1-1-7', reason: '节的导语' }] };
    expect(whyNotTagged(included, { id: 'a-1-1-7', title: '', text: '志愿者一次。' })).toBeUndefined();
    expect(whyNotTagged(volunteers, { id: 'a-1-1-8', title: '', text: '与本主题无关。' })).toBeUndefined();
  });
});

describe('the comparison lists mentioning measures beside the tagged ones', () => {
  it('puts each measure that contains a term either under the theme or among the mentioned, per source, never both', () => {
    const theme: Theme = { ...volunteers, name: '志愿服务', nameEn: 'Volunteering', description: '志愿服务的举措' };
    const measures = [
      { id: 'p-1-1-1', source: 'p', url: '/plans/p/1/#p-1-1-1', title: '发展志愿服务', text: '发展志愿服务。' },
      { id: 'p-1-1-2', source: 'p', url: '/plans/p/1/#p-1-1-2', title: '加强队伍', text: '加强队伍。含志愿者一词。' },
      { id: 'q-1-1-1', source: 'q', url: '/plans/q/1/#q-1-1-1', title: '', text: '无关的举措。' },
      { id: 'q-1-1-2', source: 'q', url: '/plans/q/1/#q-1-1-2', title: '', text: '发展时间银行，时间银行积分。' },
    ];
    const [entry] = buildComparison([theme], measures, ['p', 'q']).themes;
    expect(entry.bySource.p.map((m) => m.id)).toEqual(['p-1-1-1']);
    expect(entry.bySource.q.map((m) => m.id)).toEqual(['q-1-1-2']);
    expect(entry.mentionedBySource.p.map((m) => [m.id, m.reason])).toEqual([['p-1-1-2', '仅在正文中提及一次（得分 1，需 2）']]);
    expect(entry.mentionedBySource.q).toEqual([]);
    expect(entry.total).toBe(2);
    expect(entry.mentioned).toBe(1);
  });
});
