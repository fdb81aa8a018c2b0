/**
 * Workbook packages written part by part as raw XML (zipped with fflate, not by the tool under test), each
 * in a form real files take and the CLI must read and copy: absolute part paths (openpyxl, pandas),
 * prefixed XML (x:), rows and cells without references, a chart sheet, a chart and an image on the
 * roster, a table over the roster, comments, hyperlinks, shared formulas, stored results of 0, FALSE and
 * "", a formula with no stored result, whole-column validations, a format at row 1,048,576, 1904 dates,
 * a sheet name over 31 characters, macros (.xlsm), an empty style sheet, a style sheet the relationships
 * do not list and a sheet id they lack.
 *
 * Run: npm run build:cli && node build/scripts/packageFixtures.js [folder]   (default out/package-fixtures)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';

export type Parts = Record<string, string | Uint8Array>;

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const CT = (kind: string) => `application/vnd.openxmlformats-officedocument.${kind}+xml`;

/** The roster every fixture carries: header and six cadres, four of them due on 2026-11-22. */
export const ROSTER_ROWS = [
  ['姓名', '性别', '出生年月', '单位', '职务', '职级', '任现职时间', '备注'],
  ['张三', '男', '1975.03', '财务科', '科长', '正科', '2015.03', ''],
  ['李四', '男', '1976.05', '办公室', '主任', '正科', '2014.06', ''],
  ['王五', '女', '1980.01', '人事科', '科长', '正科', '2016.01', ''],
  ['赵六', '男', '1985.02', '信息科', '科长', '正科', '2024.01', ''],
  ['孙九', '男', '1979.04', '档案科', '科长', '正科', '2012.01', '已调出'],
  ['刘八', '男', '1982.04', '档案科', '科长', '正科', '2015.06', ''],
];

const rels = (items: [string, string, string, string?][]) =>
  `${HEAD}<Relationships xmlns="${PKG_REL}">${items.map(([id, kind, target, mode]) => `<Relationship Id="${id}" Type="${kind.startsWith('http') ? kind : `${REL}/${kind}`}" Target="${target}"${mode ? ` TargetMode="${mode}"` : ''}/>`).join('')}</Relationships>`;

const escape = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
const column = (n: number) => String.fromCharCode(64 + n);

/** Shared strings of the roster, in first-seen order. */
function sharedStrings(p = ''): { xml: string; index: Map<string, number> } {
  const index = new Map<string, number>();
  for (const row of ROSTER_ROWS) for (const text of row) if (text && !index.has(text)) index.set(text, index.size);
  // One string carries a phonetic run, which is not part of its text.
  const items = Array.from(index.keys(), (text) => (text === '张三'
    ? `<${p}si><${p}t>张三</${p}t><${p}rPh sb="0" eb="2"><${p}t>ZHANG SAN</${p}t></${p}rPh></${p}si>`
    : `<${p}si><${p}t>${escape(text)}</${p}t></${p}si>`));
  const ns = p ? `xmlns:${p.slice(0, -1)}="${MAIN}"` : `xmlns="${MAIN}"`;
  return { xml: `${HEAD}<${p}sst ${ns} count="${index.size}" uniqueCount="${index.size}">${items.join('')}</${p}sst>`, index };
}

/** Styles: 0 plain, 1 a date format, 2 bold with a border, 3 a grey fill. */
function styles(p = ''): string {
  const ns = p ? `xmlns:${p.slice(0, -1)}="${MAIN}"` : `xmlns="${MAIN}"`;
  return `${HEAD}<${p}styleSheet ${ns}><${p}numFmts count="1"><${p}numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/></${p}numFmts>`
    + `<${p}fonts count="2"><${p}font><${p}sz val="11"/><${p}name val="等线"/><${p}charset val="134"/><${p}scheme val="minor"/></${p}font><${p}font><${p}b/><${p}sz val="11"/><${p}name val="等线"/></${p}font></${p}fonts>`
    + `<${p}fills count="3"><${p}fill><${p}patternFill patternType="none"/></${p}fill><${p}fill><${p}patternFill patternType="gray125"/></${p}fill><${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FFD9D9D9"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill></${p}fills>`
    + `<${p}borders count="2"><${p}border><${p}left/><${p}right/><${p}top/><${p}bottom/><${p}diagonal/></${p}border><${p}border><${p}left style="thin"/><${p}right style="thin"/><${p}top style="thin"/><${p}bottom style="thin"/><${p}diagonal/></${p}border></${p}borders>`
    + `<${p}cellStyleXfs count="1"><${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></${p}cellStyleXfs>`
    + `<${p}cellXfs count="4"><${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><${p}xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`
    + `<${p}xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1"><${p}alignment horizontal="center"/></${p}xf><${p}xf numFmtId="0" fontId="0" fillId="2" borderId="0" xfId="0" applyFill="1"/></${p}cellXfs>`
    + `<${p}cellStyles count="1"><${p}cellStyle name="Normal" xfId="0" builtinId="0"/></${p}cellStyles><${p}dxfs count="0"/><${p}tableStyles count="0" defaultTableStyle="TableStyleMedium2"/></${p}styleSheet>`;
}

interface RosterOptions {
  prefix?: string;
  /** Leave out row and cell references (they follow the one before). */
  noReferences?: boolean;
  /** Extra columns: shared formulas and stored results of 0, FALSE, "", and one never calculated. */
  formulas?: boolean;
  /** The part's tail after sheetData (merges, hyperlinks, drawing …), in schema order. */
  tail?: string;
  /** Elements between sheetViews and sheetData (cols …). */
  cols?: string;
  /** Rows after the roster, as XML. */
  extraRows?: string;
  dimension?: string;
  /** A date serial for 张三's 任现职时间 instead of the text (with the date style). */
  dateSerial?: number;
}

/** The roster worksheet. Row 6 (孙九, who left) is hidden. */
function rosterSheet(strings: Map<string, number>, options: RosterOptions = {}): string {
  const p = options.prefix ?? '';
  const ns = p ? `xmlns:${p.slice(0, -1)}="${MAIN}" xmlns:r="${REL}"` : `xmlns="${MAIN}" xmlns:r="${REL}"`;
  const rows = ROSTER_ROWS.map((values, r) => {
    const rowNumber = r + 1;
    const ref = (c: number) => (options.noReferences ? '' : ` r="${column(c)}${rowNumber}"`);
    const cells = values.map((text, c) => {
      if (r === 1 && c === 6 && options.dateSerial !== undefined) return `<${p}c${ref(c + 1)} s="1"><${p}v>${options.dateSerial}</${p}v></${p}c>`;
      if (!text) return `<${p}c${ref(c + 1)}/>`;
      const style = r === 0 ? ' s="2"' : '';
      // One cell as an inline string, the way some writers store text.
      if (r === 4 && c === 0) return `<${p}c${ref(c + 1)} t="inlineStr"><${p}is><${p}t>${text}</${p}t></${p}is></${p}c>`;
      return `<${p}c${ref(c + 1)}${style} t="s"><${p}v>${strings.get(text)}</${p}v></${p}c>`;
    });
    if (options.formulas) {
      if (r === 0) cells.push(`<${p}c${ref(9)} s="2" t="inlineStr"><${p}is><${p}t>年龄</${p}t></${p}is></${p}c>`, `<${p}c${ref(10)} s="2" t="inlineStr"><${p}is><${p}t>核对</${p}t></${p}is></${p}c>`);
      else {
        const age = 2026 - Number(values[2].slice(0, 4));
        cells.push(r === 1
          ? `<${p}c${ref(9)}><${p}f t="shared" ref="I2:I7" si="0">2026-VALUE(LEFT(C2,4))</${p}f><${p}v>${age}</${p}v></${p}c>`
          : `<${p}c${ref(9)}><${p}f t="shared" si="0"/><${p}v>${age}</${p}v></${p}c>`);
        const check = [
          `<${p}c${ref(10)}><${p}f>0*1</${p}f><${p}v>0</${p}v></${p}c>`,
          `<${p}c${ref(10)} t="b"><${p}f>1=2</${p}f><${p}v>0</${p}v></${p}c>`,
          `<${p}c${ref(10)} t="str"><${p}f>""</${p}f><${p}v></${p}v></${p}c>`,
          `<${p}c${ref(10)}><${p}f>1+1</${p}f></${p}c>`,
          `<${p}c${ref(10)} s="3"/>`,
          `<${p}c${ref(10)} t="e"><${p}f>1/0</${p}f><${p}v>#DIV/0!</${p}v></${p}c>`,
        ][r - 1];
        cells.push(check);
      }
    }
    const rowRef = options.noReferences ? '' : ` r="${rowNumber}"`;
    return `<${p}row${rowRef}${r === 5 ? ' hidden="1"' : ''}>${cells.join('')}</${p}row>`;
  }).join('');
  return `${HEAD}<${p}worksheet ${ns}><${p}dimension ref="${options.dimension ?? 'A1:J7'}"/><${p}sheetViews><${p}sheetView workbookViewId="0"/></${p}sheetViews>`
    + `<${p}sheetFormatPr defaultRowHeight="15"/>${options.cols ?? ''}<${p}sheetData>${rows}${options.extraRows ?? ''}</${p}sheetData>${options.tail ?? ''}</${p}worksheet>`;
}

const THEME = `${HEAD}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office 主题"><a:themeElements><a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1><a:accent2><a:srgbClr val="ED7D31"/></a:accent2><a:accent3><a:srgbClr val="A5A5A5"/></a:accent3><a:accent4><a:srgbClr val="FFC000"/></a:accent4><a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="70AD47"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme><a:fontScheme name="Office"><a:majorFont><a:latin typeface="等线 Light"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="等线"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme><a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst><a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>`;

const chart = (title: string) => `${HEAD}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}"><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${title}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:cat><c:strRef><c:f>Sheet1!$A$2:$A$7</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>Sheet1!$I$2:$I$7</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;

/** A 1×1 PNG. */
const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));

const anchor = (from: [number, number], to: [number, number], body: string) =>
  `<xdr:twoCellAnchor><xdr:from><xdr:col>${from[0]}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${from[1]}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>${to[0]}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${to[1]}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>${body}<xdr:clientData/></xdr:twoCellAnchor>`;
const DRAWING_NS = 'xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"';
const chartFrame = (id: number, rel: string) => `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="图表 ${id}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="${rel}"/></a:graphicData></a:graphic></xdr:graphicFrame>`;
const picture = (id: number, rel: string) => `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="${id}" name="图片 ${id}"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="${rel}"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="9525" cy="9525"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>`;

const LONG_NAME = '附件一 二〇二六年度中层干部任职情况统计表(按单位汇总,含已调出人员名单)';

/**
 * The workbook as openpyxl and pandas write it, with everything a real roster file carries: absolute part
 * paths, a table over the roster, comments, a hyperlink on a blank cell, a chart and an image on the
 * roster sheet, a chart sheet, a hidden sheet, a sheet name over 31 characters, defined names, custom
 * document properties, a theme in 等线, shared formulas and stored results.
 */
export function kitchenSink(): Parts {
  const { xml: sst, index } = sharedStrings();
  const tail = '<hyperlinks><hyperlink ref="K2" r:id="rId3" tooltip="邮箱"/></hyperlinks>'
    + '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
    + '<rowBreaks count="1" manualBreakCount="1"><brk id="4" max="16383" man="1"/></rowBreaks>'
    + '<drawing r:id="rId1"/><legacyDrawing r:id="rId4"/><tableParts count="1"><tablePart r:id="rId2"/></tableParts>';
  return {
    '[Content_Types].xml': `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>`
      + `<Override PartName="/xl/workbook.xml" ContentType="${CT('spreadsheetml.sheet.main')}"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT('spreadsheetml.worksheet')}"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="${CT('spreadsheetml.worksheet')}"/><Override PartName="/xl/worksheets/sheet3.xml" ContentType="${CT('spreadsheetml.worksheet')}"/>`
      + `<Override PartName="/xl/chartsheets/sheet1.xml" ContentType="${CT('spreadsheetml.chartsheet')}"/><Override PartName="/xl/theme/theme1.xml" ContentType="${CT('theme')}"/><Override PartName="/xl/styles.xml" ContentType="${CT('spreadsheetml.styles')}"/><Override PartName="/xl/sharedStrings.xml" ContentType="${CT('spreadsheetml.sharedStrings')}"/>`
      + `<Override PartName="/xl/drawings/drawing1.xml" ContentType="${CT('drawing')}"/><Override PartName="/xl/drawings/drawing2.xml" ContentType="${CT('drawing')}"/><Override PartName="/xl/charts/chart1.xml" ContentType="${CT('drawingml.chart')}"/><Override PartName="/xl/charts/chart2.xml" ContentType="${CT('drawingml.chart')}"/>`
      + `<Override PartName="/xl/tables/table1.xml" ContentType="${CT('spreadsheetml.table')}"/><Override PartName="/xl/comments/comment1.xml" ContentType="${CT('spreadsheetml.comments')}"/>`
      + `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="${CT('extended-properties')}"/><Override PartName="/docProps/custom.xml" ContentType="${CT('custom-properties')}"/></Types>`,
    '_rels/.rels': rels([['rId1', 'officeDocument', '/xl/workbook.xml'], ['rId2', 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', '/docProps/core.xml'], ['rId3', 'extended-properties', '/docProps/app.xml'], ['rId4', 'custom-properties', '/docProps/custom.xml']]),
    'docProps/core.xml': `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>人事科</dc:creator></cp:coreProperties>`,
    'docProps/app.xml': `${HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>`,
    'docProps/custom.xml': `${HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="密级"><vt:lpwstr>内部</vt:lpwstr></property></Properties>`,
    'xl/workbook.xml': `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets>`
      + `<sheet name="Sheet1" sheetId="1" r:id="rId1"/><sheet name="图表" sheetId="4" r:id="rId7"/><sheet name="${LONG_NAME}" sheetId="2" r:id="rId2"/><sheet name="旧备份" sheetId="3" state="hidden" r:id="rId3"/></sheets>`
      + '<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">Sheet1!$A$1:$J$7</definedName><definedName name="名单区">Sheet1!$A$1:$J$7</definedName><definedName name="_xlnm._FilterDatabase" localSheetId="3" hidden="1">旧备份!$A$1:$B$2</definedName></definedNames><calcPr calcId="191029"/></workbook>',
    'xl/_rels/workbook.xml.rels': rels([['rId1', 'worksheet', '/xl/worksheets/sheet1.xml'], ['rId2', 'worksheet', '/xl/worksheets/sheet2.xml'], ['rId3', 'worksheet', '/xl/worksheets/sheet3.xml'], ['rId4', 'theme', '/xl/theme/theme1.xml'], ['rId5', 'styles', '/xl/styles.xml'], ['rId6', 'sharedStrings', '/xl/sharedStrings.xml'], ['rId7', 'chartsheet', '/xl/chartsheets/sheet1.xml']]),
    'xl/theme/theme1.xml': THEME,
    'xl/styles.xml': styles(),
    'xl/sharedStrings.xml': sst,
    'xl/worksheets/sheet1.xml': rosterSheet(index, { formulas: true, tail }),
    'xl/worksheets/_rels/sheet1.xml.rels': rels([['rId1', 'drawing', '/xl/drawings/drawing1.xml'], ['rId2', 'table', '/xl/tables/table1.xml'], ['rId3', 'hyperlink', 'mailto:renshike@example.gov.cn', 'External'], ['rId4', 'vmlDrawing', '/xl/drawings/vmlDrawing1.vml'], ['rId5', 'comments', '/xl/comments/comment1.xml']]),
    'xl/worksheets/sheet2.xml': `${HEAD}<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>说明</t></is></c></row></sheetData></worksheet>`,
    'xl/worksheets/sheet3.xml': `${HEAD}<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c><c r="B1" t="inlineStr"><is><t>单位</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>旧人</t></is></c><c r="B2" t="inlineStr"><is><t>旧科</t></is></c></row></sheetData></worksheet>`,
    'xl/chartsheets/sheet1.xml': `${HEAD}<chartsheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetViews><sheetView workbookViewId="0"/></sheetViews><drawing r:id="rId1"/></chartsheet>`,
    'xl/chartsheets/_rels/sheet1.xml.rels': rels([['rId1', 'drawing', '/xl/drawings/drawing2.xml']]),
    'xl/drawings/drawing1.xml': `${HEAD}<xdr:wsDr ${DRAWING_NS}>${anchor([11, 1], [18, 15], chartFrame(2, 'rId1'))}${anchor([11, 16], [12, 17], picture(3, 'rId2'))}</xdr:wsDr>`,
    'xl/drawings/_rels/drawing1.xml.rels': rels([['rId1', 'chart', '/xl/charts/chart1.xml'], ['rId2', 'image', '/xl/media/image1.png']]),
    'xl/drawings/drawing2.xml': `${HEAD}<xdr:wsDr ${DRAWING_NS}><xdr:absoluteAnchor><xdr:pos x="0" y="0"/><xdr:ext cx="8666049" cy="6293304"/>${chartFrame(2, 'rId1')}<xdr:clientData/></xdr:absoluteAnchor></xdr:wsDr>`,
    'xl/drawings/_rels/drawing2.xml.rels': rels([['rId1', 'chart', '/xl/charts/chart2.xml']]),
    'xl/charts/chart1.xml': chart('各科室年龄'),
    'xl/charts/chart2.xml': chart('年龄分布'),
    'xl/media/image1.png': PNG,
    'xl/tables/table1.xml': `${HEAD}<table xmlns="${MAIN}" id="1" name="花名册表" displayName="花名册表" ref="A1:J7" totalsRowShown="0"><autoFilter ref="A1:J7"/><tableColumns count="10">${[...ROSTER_ROWS[0], '年龄', '核对'].map((name, i) => `<tableColumn id="${i + 1}" name="${name}"/>`).join('')}</tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`,
    'xl/comments/comment1.xml': `${HEAD}<comments xmlns="${MAIN}"><authors><author>人事科</author></authors><commentList><comment ref="A2" authorId="0"><text><r><t>核对过</t></r></text></comment></commentList></comments>`,
    'xl/drawings/vmlDrawing1.vml': '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shape type="#_x0000_t202" style="position:absolute;visibility:hidden"><x:ClientData ObjectType="Note"><x:Row>1</x:Row><x:Column>0</x:Column></x:ClientData></v:shape></xml>',
  };
}

/** A minimal package around one roster sheet part, with the given workbook and sheet XML forms. */
function simple(sheet: string, options: { prefix?: string; date1904?: boolean; macros?: boolean; relative?: boolean } = {}): Parts {
  const p = options.prefix ?? '';
  const ns = p ? `xmlns:${p.slice(0, -1)}="${MAIN}"` : `xmlns="${MAIN}"`;
  const mainType = options.macros ? 'application/vnd.ms-excel.sheet.macroEnabled.main+xml' : CT('spreadsheetml.sheet.main');
  const parts: Parts = {
    '[Content_Types].xml': `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${options.macros ? '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' : ''}`
      + `<Override PartName="/xl/workbook.xml" ContentType="${mainType}"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT('spreadsheetml.worksheet')}"/><Override PartName="/xl/styles.xml" ContentType="${CT('spreadsheetml.styles')}"/><Override PartName="/xl/sharedStrings.xml" ContentType="${CT('spreadsheetml.sharedStrings')}"/></Types>`,
    '_rels/.rels': rels([['rId1', 'officeDocument', 'xl/workbook.xml']]),
    'xl/workbook.xml': `${HEAD}<${p}workbook ${ns} xmlns:r="${REL}"><${p}workbookPr${options.date1904 ? ' date1904="1"' : ''}/><${p}sheets><${p}sheet name="花名册" sheetId="1" r:id="rId1"/></${p}sheets></${p}workbook>`,
    'xl/_rels/workbook.xml.rels': rels([['rId1', 'worksheet', options.relative === false ? '/xl/worksheets/sheet1.xml' : './worksheets/../worksheets/sheet1.xml'], ['rId2', 'styles', 'styles.xml'], ['rId3', 'sharedStrings', 'sharedStrings.xml'], ...(options.macros ? [['rId4', 'http://schemas.microsoft.com/office/2006/relationships/vbaProject', 'vbaProject.bin'] as [string, string, string]] : [])]),
    'xl/styles.xml': styles(p),
    'xl/sharedStrings.xml': sharedStrings(p).xml,
    'xl/worksheets/sheet1.xml': sheet,
  };
  if (options.macros) parts['xl/vbaProject.bin'] = Uint8Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256);
  return parts;
}

/** Prefixed XML (x:) throughout, rows and cells without references, 1904 dates (张三 took the post 2015-03-01). */
export function prefixed(): Parts {
  const { index } = sharedStrings();
  // 2015-03-01 is serial 42064 in the 1900 system, 1462 less in the 1904 system.
  return simple(rosterSheet(index, { prefix: 'x:', noReferences: true, dateSerial: 42064 - 1462 }), { prefix: 'x:', date1904: true });
}

/** Data validations (男/女 and others) over four whole columns, and a cell formatted at row 1,048,576. */
export function validations(): Parts {
  const { index } = sharedStrings();
  const list = (ref: string, values: string) => `<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${ref}"><formula1>"${values}"</formula1></dataValidation>`;
  const tail = `<dataValidations count="4">${list('B:B', '男,女')}${list('F1:F1048576', '正科,副科,科员')}${list('H:H', '已调出,借调')}${list('D:D', '财务科,办公室')}</dataValidations>`;
  return simple(rosterSheet(index, {
    dimension: 'A1:XFD1048576',
    cols: '<cols><col min="1" max="16384" width="9" style="3"/></cols>',
    extraRows: '<row r="1048576" s="3" customFormat="1"><c r="A1048576" s="3"/><c r="XFD1048576" s="3"/></row>',
    tail,
  }));
}

/** Formats on every row down to 1,048,576, as Mac Excel writes a sheet formatted whole. */
export function formattedToLastRow(): Parts {
  const { index } = sharedStrings();
  const rows: string[] = [];
  for (let r = ROSTER_ROWS.length + 1; r <= 1_048_576; r += 1) rows.push(`<row r="${r}" s="3" customFormat="1"/>`);
  return simple(rosterSheet(index, { dimension: 'A1:H1048576', extraRows: rows.join('') }));
}

/** A workbook with macros (.xlsm): the VBA project must come through unchanged. */
export function macros(): Parts {
  const { index } = sharedStrings();
  return simple(rosterSheet(index), { macros: true, relative: false });
}

/** The roster in strict OOXML (ISO/IEC 29500 strict): other namespaces and relationship types, same structure. */
export function strict(): Parts {
  const { index } = sharedStrings();
  const parts = simple(rosterSheet(index));
  const convert = (text: string) => text.split(MAIN).join('http://purl.oclc.org/ooxml/spreadsheetml/main').split(REL).join('http://purl.oclc.org/ooxml/officeDocument/relationships');
  const out = Object.fromEntries(Object.entries(parts).map(([name, content]) => [name, typeof content === 'string' ? convert(content) : content]));
  out['xl/workbook.xml'] = String(out['xl/workbook.xml']).replace('<workbook ', '<workbook conformance="strict" ');
  return out;
}

/** A style sheet with no records at all, as some writers leave it (`<styleSheet/>`); the cells carry no style. */
export function emptyStyles(): Parts {
  const { index } = sharedStrings();
  return { ...simple(rosterSheet(index).replace(/\ss="\d+"/gu, '')), 'xl/styles.xml': `${HEAD}<styleSheet xmlns="${MAIN}"></styleSheet>` };
}

/**
 * Lists as some converters leave them: the style sheet in the package but not in the relationships (so
 * not the workbook's), a sheet whose relationship id, above every listed one, has no entry, and a sheet
 * whose relationship names a part the package lacks.
 */
export function unlisted(): Parts {
  const { index } = sharedStrings();
  const parts = simple(rosterSheet(index).replace(/\ss="\d+"/gu, ''));
  parts['xl/_rels/workbook.xml.rels'] = rels([['rId1', 'worksheet', 'worksheets/sheet1.xml'], ['rId2', 'worksheet', 'worksheets/sheet2.xml'], ['rId3', 'sharedStrings', 'sharedStrings.xml']]);
  parts['xl/workbook.xml'] = String(parts['xl/workbook.xml']).replace('</sheets>', '<sheet name="Tabelle2" sheetId="2" r:id="rId4"/><sheet name="Tabelle3" sheetId="3" r:id="rId2"/></sheets>');
  return parts;
}

/** A damaged sheet, as fuzzers make them: a row numbered far past 1,048,576 (it must be refused, not laid out). */
export function rowPastBounds(): Parts {
  const { index } = sharedStrings();
  return simple(rosterSheet(index, { extraRows: '<row r="231999999999940"><c r="A22" t="s"><v>0</v></c></row>' }));
}

/** Shared strings that declare a DTD with nested entities (an entity bomb; OOXML allows no DTD). */
export function entityStrings(): Parts {
  const { index } = sharedStrings();
  const parts = simple(rosterSheet(index));
  const dtd = '<!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>';
  parts['xl/sharedStrings.xml'] = String(parts['xl/sharedStrings.xml']).replace(HEAD, `${HEAD}${dtd}`).replace('<t>李四</t>', '<t>&c;</t>');
  return parts;
}

/** The package's bytes. */
export function zip(parts: Parts): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(parts).map(([name, content]) => [name, typeof content === 'string' ? strToU8(content) : content])), { level: 6 });
}

export const FIXTURES: Record<string, { make: () => Parts; extension: string }> = {
  'kitchen-sink': { make: kitchenSink, extension: 'xlsx' },
  prefixed: { make: prefixed, extension: 'xlsx' },
  validations: { make: validations, extension: 'xlsx' },
  macros: { make: macros, extension: 'xlsm' },
  strict: { make: strict, extension: 'xlsx' },
  'empty-styles': { make: emptyStyles, extension: 'xlsx' },
  unlisted: { make: unlisted, extension: 'xlsx' },
};

if (require.main === module) {
  const folder = process.argv[2] ?? 'out/package-fixtures';
  mkdirSync(folder, { recursive: true });
  for (const [name, { make, extension }] of Object.entries({ ...FIXTURES, 'formatted-to-last-row': { make: formattedToLastRow, extension: 'xlsx' } })) {
    writeFileSync(join(folder, `${name}.${extension}`), zip(make()));
  }
  process.stdout.write(`written to ${folder}\n`);
}
