import { fi } from '../core/locales/fi';
import { sv } from '../core/locales/sv';
import { parseCliArgs } from './parseCliArgs';

describe('parseCliArgs', () => {
  it('reads positionals and the options the command takes, inline or separate', () => {
    expect(
      parseCliArgs(
        ['report', 'seuranta.xlsx', '--out', 'r.xlsx', '--json=r.json', '--as-of', '2024-06-30'],
        ['out', 'json', 'as-of', 'lang'],
        fi,
      ),
    ).toEqual({ ok: true, positionals: ['report', 'seuranta.xlsx'], values: { out: 'r.xlsx', json: 'r.json', 'as-of': '2024-06-30' } });
  });

  it("names an option the command does not take, in the user's language", () => {
    expect(parseCliArgs(['validate', 'a.xlsx', '--out', 'x.xlsx'], ['json', 'as-of', 'lang'], sv)).toEqual({
      ok: false,
      message: "Okänt alternativ '--out'.",
    });
    expect(parseCliArgs(['report', 'a.xlsx', '-q'], ['out'], fi)).toEqual({ ok: false, message: "Tuntematon valinta '-q'." });
  });

  it('says an option lacks its value, also when the next word is another option', () => {
    expect(parseCliArgs(['report', 'a.xlsx', '--out'], ['out', 'json'], fi)).toEqual({
      ok: false,
      message: "Valinta '--out' tarvitsee arvon.",
    });
    expect(parseCliArgs(['report', 'a.xlsx', '--out', '--json', 'r.json'], ['out', 'json'], fi)).toMatchObject({
      ok: false,
      message: "Valinta '--out' tarvitsee arvon.",
    });
  });

  it('reads --jobs for consolidate, and refuses it where a command does not take it', () => {
    expect(parseCliArgs(['consolidate', 'yksiköt', 'muut', '--jobs', '4'], ['out', 'json', 'jobs'], fi)).toEqual({
      ok: true,
      positionals: ['consolidate', 'yksiköt', 'muut'],
      values: { jobs: '4' },
    });
    expect(parseCliArgs(['report', 'a.xlsx', '--jobs', '4'], ['out', 'json'], fi)).toEqual({
      ok: false,
      message: "Tuntematon valinta '--jobs'.",
    });
  });
});
