import { describe, expect, it } from 'vitest';
import { collapseSpaces, displayTitle } from '../../src/lib/display.ts';

describe('displayTitle', () => {
  it('shows an ideographic space after a heading number as one ordinary space', () => {
    expect(displayTitle('第一节\u3000重大意义')).toBe('第一节 重大意义');
  });

  it('shows a doubled space as one space', () => {
    expect(displayTitle('第二节  建立智慧安防体系')).toBe('第二节 建立智慧安防体系');
    expect(displayTitle('专栏4\u3000\u3000社区智能化改造、升级项目清单')).toBe('专栏4 社区智能化改造、升级项目清单');
  });

  it('closes up a title spaced out character by character', () => {
    expect(displayTitle('前\u3000\u3000言')).toBe('前言');
    expect(displayTitle('附 件')).toBe('附件');
  });

  it('trims spaces and tabs around the title', () => {
    expect(displayTitle('\u3000 第三章\t总体要求 ')).toBe('第三章 总体要求');
  });

  it('leaves a title without extra spaces as it is', () => {
    expect(displayTitle('第三节 存在问题')).toBe('第三节 存在问题');
    expect(displayTitle('Plan 2025 目标')).toBe('Plan 2025 目标');
  });

  it('keeps a space between words that are not single characters', () => {
    expect(displayTitle('推进城乡 基层治理')).toBe('推进城乡 基层治理');
  });
});

describe('collapseSpaces', () => {
  it('keeps one space at either end of a piece', () => {
    expect(collapseSpaces('\u3000第一节\u3000\u3000')).toBe(' 第一节 ');
  });
});
