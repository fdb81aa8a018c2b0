/** The roster the adapter tests share. */
const UNITS = ['办公室', '财务科', '审计科', '档案室', '信息中心', '政策法规科'];

/** A roster of n cadres under a title row; dates as text, as many offices type them. */
export function roster(n: number): unknown[][] {
  const rows: unknown[][] = [['某局干部花名册'], ['姓名', '性别', '出生年月', '单位', '职务', '职级', '任现职时间', '身份证号']];
  for (let i = 0; i < n; i += 1) {
    rows.push([`干部${i}`, i % 3 ? '男' : '女', `19${70 + (i % 25)}.${i % 2 ? '10' : `0${1 + (i % 9)}`}`, UNITS[i % UNITS.length], '科员', '科员', `20${10 + (i % 16)}.0${1 + (i % 9)}`, `11010519800101${String(i).padStart(4, '0')}`]);
  }
  return rows;
}

