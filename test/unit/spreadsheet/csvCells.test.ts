import * as assert from 'node:assert/strict';
import { csvRows } from '../../../src/core/spreadsheet/csvCells';

describe('csvRows', () => {
  it('reads quoted fields with commas, quotes and line breaks, any line end, and drops a byte order mark', () => {
    assert.deepEqual(csvRows('\uFEFFid,title\r\n"A,1","say ""hi""\nthere"\rB,\n'), [['id', 'title'], ['A,1', 'say "hi"\nthere'], ['B', '']]);
  });

  it('keeps a stray quote inside an unquoted field and runs an unterminated quote to the end', () => {
    assert.deepEqual(csvRows('a"b,"open\nrest'), [['a"b', 'open\nrest']]);
  });

  it('reads blank lines as empty rows and no text as no rows', () => {
    assert.deepEqual(csvRows('x\n\ny'), [['x'], [''], ['y']]);
    assert.deepEqual(csvRows(''), []);
  });
});
