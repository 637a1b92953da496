import { describe, expect, it } from 'vitest';
import { splitClauses, splitSentences, type Clause } from '../../src/lib/text/clauses.ts';

/** Rebuilds a text from its spans and the gaps between them; the gaps must be whitespace. */
function rebuild(text: string, spans: Clause[]): string {
  let out = '';
  let at = 0;
  for (const span of spans) {
    expect(span.start).toBeGreaterThanOrEqual(at);
    expect(text.slice(at, span.start)).toMatch(/^\s*$/u);
    expect(text.slice(span.start, span.end)).toBe(span.text);
    out += text.slice(at, span.end);
    at = span.end;
  }
  expect(text.slice(at)).toMatch(/^\s*$/u);
  return out + text.slice(at);
}

describe('splitSentences', () => {
  it('cuts after 。；！？ and keeps the mark with its sentence', () => {
    expect(splitSentences('建设社区智慧停车系统。开发管理系统；实现共享！好吗？').map((s) => s.text)).toEqual(['建设社区智慧停车系统。', '开发管理系统；', '实现共享！', '好吗？']);
  });

  it('keeps a closing quote after the full stop with its sentence', () => {
    expect(splitSentences('推行“一网通办。”再说。').map((s) => s.text)).toEqual(['推行“一网通办。”', '再说。']);
  });

  it('ends a sentence at a line break and leaves the break and the padding in the gaps', () => {
    const text = '  第一段没有句号\n\u3000第二段。 ';
    const spans = splitSentences(text);
    expect(spans.map((s) => s.text)).toEqual(['第一段没有句号', '第二段。']);
    expect(rebuild(text, spans)).toBe(text);
  });

  it('keeps a last sentence without a closing mark', () => {
    expect(splitSentences('完善机制。健全制度').map((s) => s.text)).toEqual(['完善机制。', '健全制度']);
  });

  it('gives nothing for an empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\u3000')).toEqual([]);
  });
});

describe('splitClauses', () => {
  it('leaves a short sentence whole even when it has commas', () => {
    expect(splitClauses('健全村（社区）、小区党组织，推行网格化管理。').map((s) => s.text)).toEqual(['健全村（社区）、小区党组织，推行网格化管理。']);
  });

  it('cuts a long sentence at commas into clauses no longer than the limit', () => {
    const text = '全面推行在职党员到社区报到制度，组织机关企事业单位党组织与社区结对共建，建立健全社区党组织牵头的联席会议制度，推动资源下沉。';
    const clauses = splitClauses(text, { longClause: 20 });
    expect(clauses.map((c) => c.text)).toEqual([
      '全面推行在职党员到社区报到制度，',
      '组织机关企事业单位党组织与社区结对共建，',
      '建立健全社区党组织牵头的联席会议制度，',
      '推动资源下沉。',
    ]);
    expect(rebuild(text, clauses)).toBe(text);
  });

  it('joins short pieces of an enumeration up to the limit rather than cutting at every 、', () => {
    const text = '整合党建、民政、综治、城管、司法、人社、卫健等部门在社区的工作力量和服务资源，建立统一的社区综合服务平台。';
    const clauses = splitClauses(text);
    expect(clauses.map((c) => c.text)).toEqual(['整合党建、民政、综治、城管、司法、人社、卫健等部门在社区的工作力量和服务资源，', '建立统一的社区综合服务平台。']);
  });

  it('cuts at 、 when a piece between commas is still too long', () => {
    const text = '整合党建、民政、综治、城管、司法、人社、卫健等部门在社区的工作力量和服务资源，建立统一的平台。';
    expect(splitClauses(text, { longClause: 20 }).map((c) => c.text)).toEqual([
      '整合党建、民政、综治、城管、司法、人社、',
      '卫健等部门在社区的工作力量和服务资源，',
      '建立统一的平台。',
    ]);
  });

  it('does not cut inside brackets or quotes', () => {
    const text = '推广“党建引领、多元参与、协商共治、成果共享”的治理模式并形成可复制可推广的经验做法。';
    const clauses = splitClauses(text, { longClause: 10 });
    expect(clauses.map((c) => c.text)).toEqual([text]);
  });

  it('keeps offsets into the original text and is lossless over a mixed text', () => {
    const text =
      '（一）加强党的领导。  坚持和完善党组织领导的基层治理体系，健全以党组织为核心、自治组织为基础、社会组织为补充、群众广泛参与的组织体系；\n\u3000\u3000推行“街道吹哨、部门报到”，建立社区工作事项准入制度！到2025年，社区综合服务设施覆盖率达到100%';
    const clauses = splitClauses(text, { longClause: 24 });
    expect(rebuild(text, clauses)).toBe(text);
    for (const clause of clauses) expect(text.slice(clause.start, clause.end)).toBe(clause.text);
    expect(clauses.length).toBeGreaterThan(splitSentences(text).length);
  });
});
