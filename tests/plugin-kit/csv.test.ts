import { csvCell, csvDocument, csvLine, csvLines, csvNumber } from '../../packages/plugin-kit/src/csv';

describe('CSV writer', () => {
  it('RFC 4180: a field with a comma, a quote or a line break is quoted and its quotes doubled; lines end in CRLF', () => {
    expect(csvLine(['plain', 'a,b', 'say "hi"', 'two\nlines', 'cr\rhere', ''])).toBe(
      'plain,"a,b","say ""hi""","two\nlines","cr\rhere",\r\n'
    );
    expect(csvLine([null, undefined, true, false])).toBe(',,true,false\r\n');
    expect(csvCell(new Date('2026-06-15T18:00:00.000Z'))).toBe('2026-06-15T18:00:00.000Z');
  });

  it.each([
    ['=HYPERLINK("http://x","click")', `"'=HYPERLINK(""http://x"",""click"")"`],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\tcmd', "'\tcmd"],
    ['\r=1+2', `"'\r=1+2"`],
    ['=1+2,=3', `"'=1+2,=3"`],
    ['-12.50', "'-12.50"],
  ])('OWASP: text %j starting with = + - @ tab or CR gets a leading apostrophe (%s)', (text, expected) => {
    expect(csvCell(text)).toBe(expected);
  });

  it('leaves text that only contains those characters later alone', () => {
    expect(csvLine(['a=b', 'x+1', 'me@example.org', "'quoted"])).toBe("a=b,x+1,me@example.org,'quoted\r\n");
  });

  it('numbers the code wrote stay numeric: JS numbers (also negative) and csvNumber decimal strings', () => {
    expect(csvLine([-1250, 0, 42, 3.5, 12n, csvNumber('-12.50'), csvNumber('100.00'), csvNumber('+16035550101')])).toBe(
      '-1250,0,42,3.5,12,-12.50,100.00,+16035550101\r\n'
    );
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(Number.POSITIVE_INFINITY)).toBe('');
  });

  it('csvNumber refuses anything but a signed decimal, so text cannot slip through it', () => {
    for (const text of ['-2+3', '=1', '1e5', ' 1', '+1 ', '', '1.', '+-1', '@1']) expect(() => csvNumber(text)).toThrow(TypeError);
  });

  it('writes a document or a stream of lines by column name, header first', async () => {
    const rows = [
      { id: 1, name: '=cmd', note: 'ok' },
      { id: 2, name: 'Ann', note: null },
    ];
    const expected = "id,name,note\r\n1,'=cmd,ok\r\n2,Ann,\r\n";
    expect(csvDocument(['id', 'name', 'note'], rows)).toBe(expected);
    async function* source() {
      yield* rows;
    }
    let streamed = '';
    for await (const line of csvLines(['id', 'name', 'note'], source())) streamed += line;
    expect(streamed).toBe(expected);
  });
});
