import { budgetVocabulary } from './budgetVocabulary';
import { findUnitInText } from './findUnitInText';

const units = budgetVocabulary().units;

describe('findUnitInText', () => {
  it('finds seed 002’s unit at the end of the first header cell, as written', () => {
    expect(findUnitInText('Sosiaali- ja terveystoimi Social- och hälsovård 1 000 €', units)).toBe('1 000 €');
    expect(findUnitInText('Sosiaali- ja terveystoimi 1\u00a0000\u00a0€', units)).toBe('1 000 €');
  });
  it('finds other ways of writing it', () => {
    expect(findUnitInText('Health services (EUR thousand)', units)).toBe('EUR thousand');
    expect(findUnitInText('Talousarvio, t€', units)).toBe('t€');
  });
  it('cuts the unit as written even after a letter whose lower case is two (İ) or a decomposed ä', () => {
    expect(findUnitInText('İstanbul-projekti 1 000 €', units)).toBe('1 000 €');
    expect(findUnitInText('Sosiaali- ja terveystoimi Social- och ha\u0308lsova\u030ard MILJ. €', units)).toBe('MILJ. €');
  });
  it('does not find a unit inside a word', () => {
    expect(findUnitInText('Neurologia', units)).toBeNull();
    expect(findUnitInText('Toimintatuotot', units)).toBeNull();
  });
});
