// The evaluation's parsers, on made-up inputs: a parsing slip would silently change the
// figures the project publishes.
import { describe, expect, it } from 'vitest';
import { parseCsv, parsePostList } from './eval-risk';

describe('eval-risk parsers', () => {
  it('reads quoted CSV fields with commas, doubled quotes and newlines', () => {
    const rows = parseCsv('User,Post,Label\r\nu1,"[\'a, b\', ""c""]",Ideation\nu2,"line one\nline two",Supportive\n');
    expect(rows).toEqual([
      ['User', 'Post', 'Label'],
      ['u1', '[\'a, b\', "c"]', 'Ideation'],
      ['u2', 'line one\nline two', 'Supportive'],
    ]);
  });

  it('reads a Python-style list of strings with both quote kinds and escapes', () => {
    expect(parsePostList(`['first post', "it's the second", 'a \\'quoted\\' word\\nnext line']`)).toEqual([
      'first post',
      "it's the second",
      "a 'quoted' word\nnext line",
    ]);
  });

  it('keeps text that does not parse instead of dropping it', () => {
    expect(parsePostList('just some text')).toEqual(['just some text']);
    expect(parsePostList("['complete', 'never closed")).toEqual(['complete', 'never closed']);
    expect(parsePostList('[]')).toEqual([]);
    expect(parsePostList('[unquoted words]')).toEqual(['unquoted words']);
  });
});
