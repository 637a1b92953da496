import { describe, expect, it } from 'vitest';
import { citation } from '../../src/lib/citation.ts';

describe('citation', () => {
  it('writes a GB/T 7714 reference to a place in a document, with tidy spaces and no doubled stop', () => {
    expect(
      citation({ author: '达州市', title: '达州市“十四五”城乡社区发展治理规划', where: '第四章　社区服务, 第一节  拓展服务领域, 建设社区智慧停车系统。', url: 'https://x/plans/dazhou/4/#dazhou-4-1-3', accessed: '2026-11-23' }),
    ).toBe('达州市. 达州市“十四五”城乡社区发展治理规划[Z/OL]. 第四章 社区服务, 第一节 拓展服务领域, 建设社区智慧停车系统. [2026-11-23]. https://x/plans/dazhou/4/#dazhou-4-1-3.');
  });

  it('leaves out the place when there is none', () => {
    expect(citation({ author: '四川省', title: '决定', where: '', url: 'u', accessed: 'd' })).toBe('四川省. 决定[Z/OL]. [d]. u.');
  });
});
