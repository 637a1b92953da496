/** An instrument named as a measure's occasion or in its slogan is context, not a statement of it (src/lib/adoption/context.ts). */
import { describe, expect, it } from 'vitest';
import { namedAsContext } from '../../src/lib/adoption/context.ts';

const after = (text: string, term: string) => namedAsContext(text, text.indexOf(term) + term.length);

describe('an instrument named as context', () => {
  it('is the occasion when the measure is about what comes after it', () => {
    expect(after('做深做实村级建制调整改革“后半篇”文章。', '村级建制调整')).toBe(true);
    expect(after('甲县合村并组后，重新划分网格。', '合村并组')).toBe(true);
    expect(after('两项改革之后，优化服务布局。', '两项改革')).toBe(true);
  });

  it('is stated when the measure does it, or names its reserve or follow-up work', () => {
    expect(after('稳妥推进村级建制调整，优化村级布局。', '村级建制调整')).toBe(false);
    expect(after('建立网格员后备人才库。', '网格员')).toBe(false);
    expect(after('做好合村并组后续工作。', '合村并组')).toBe(false);
  });

  it('is a slogan when it only qualifies the 格局 the measure aims at', () => {
    expect(after('积极构建一核多元、共驻共建的社区治理格局。', '共驻共建')).toBe(true);
    expect(after('营造三社联动的良好氛围。', '三社联动')).toBe(true);
  });

  it('is stated when its clause says what is done, even if a 格局 follows later', () => {
    expect(after('推行共驻共建，签订共建协议，形成共治格局。', '共驻共建')).toBe(false);
    expect(after('建立共驻共建的协议制度。', '共驻共建')).toBe(false);
  });

  it('is a type when it only names a kind of something else (X型, X带动型)', () => {
    expect(after('积极培育便民服务型、社会企业带动型等多种形式的社区治理模式。', '社会企业')).toBe(true);
    expect(after('打造智慧科技型社区。', '智慧科技')).toBe(true);
    expect(after('积极发展社会企业，开展社会企业认证。', '社会企业')).toBe(false);
  });
});
