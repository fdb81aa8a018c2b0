import { planText } from '../../src/taskpane/strings';
import { titleSpans } from '../../src/taskpane/preview';

describe('the planner\'s sentences in English', () => {
  it.each([
    ['本单位外无同职级空出岗位', 'No post of the same rank falls free outside the own unit'],
    ['本单位外的同职级岗位均有亲属回避或为近5年内曾任职单位', 'Every post of the same rank outside the own unit is closed: a relative works there or a unit left within 5 years'],
    ['办公室 副科已满核定职数2,空缺岗位(第2、5行)未安排', '办公室, 副科: the quota of 2 is reached; the vacancies (rows 2, 5) are left open'],
    ['办公室有2名领导干部在同一交流环中,须同批交流,超过分批规则允许的1人', '办公室: 2 leaders are in one swap cycle and must move together, more than the 1 one batch allows'],
  ])('%s', (zh, en) => {
    expect(planText(zh, 'en-US')).toBe(en);
    expect(planText(zh, 'zh-CN')).toBe(zh);
  });
});

describe('the preview of a merged title', () => {
  it('shows a row holding one text across a run of cells as one cell, and leaves other rows alone', () => {
    const spans = titleSpans([
      ['某某局中层干部花名册', '某某局中层干部花名册', '某某局中层干部花名册'],
      ['姓名', '职务', '职级'],
      ['张三', '科员', '科员'],
      [null, '统计截至', '统计截至'],
    ]);
    expect([...spans]).toEqual([['1:1', 3], ['4:2', 2]]);
  });
});
