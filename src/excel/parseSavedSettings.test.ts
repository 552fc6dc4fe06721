import { parseSavedSettings } from './parseSavedSettings';

describe('parseSavedSettings', () => {
  it('keeps the well-formed fields of a saved object and of its JSON text', () => {
    const saved = { lang: 'sv', asOf: '2024-06-30', skipSheets: ['Ohje', 7] };
    expect(parseSavedSettings(saved)).toEqual({ lang: 'sv', asOf: '2024-06-30', skipSheets: ['Ohje'] });
    expect(parseSavedSettings(JSON.stringify(saved))).toEqual({ lang: 'sv', asOf: '2024-06-30', skipSheets: ['Ohje'] });
    expect(parseSavedSettings({ asOf: null })).toEqual({ asOf: null });
  });

  it('drops what a hand edit or another version left: an unknown language, a date in another form, broken JSON', () => {
    expect(parseSavedSettings({ lang: 'de', asOf: '30.6.2024', skipSheets: 'Ohje' })).toEqual({});
    expect(parseSavedSettings('{"lang": "fi"')).toEqual({});
    expect(parseSavedSettings(null)).toEqual({});
  });
});
