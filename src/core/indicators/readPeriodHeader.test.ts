import { readPeriodHeader } from './readPeriodHeader';

describe('readPeriodHeader', () => {
  it.each([
    ['2023', 20231201],
    ['Vuosi 2019', 20191201],
    ['Q1/2024', 20240301],
    ['2024 Q2', 20240604],
    ['1-3/2024', 20240301],
    ['I/2024', 20240301],
    ['IV/2023', 20231210],
    ['1. neljännes 2024', 20240301],
    ['Kvartal 1 2024', 20240301],
    ['Quarter 3 2024', 20240907],
    ['1-6/2024', 20240601],
    ['Toteuma 1-6/2023', 20230601],
    ['Utfall 1-6/2023', 20230601],
  ])('reads %p as a period', (text, key) => {
    expect(readPeriodHeader(text)).toEqual({ label: text, key });
  });

  it('reads a year typed as a number', () => {
    expect(readPeriodHeader(2024)).toEqual({ label: '2024', key: 20241201 });
  });

  it('orders a half year before the whole year, quarters in turn', () => {
    const keys = ['Q2/2024', '2023', '1-6/2024', 'Q1/2024', '2024'].map((t) => readPeriodHeader(t)?.key ?? 0);
    expect([...keys].sort((a, b) => a - b)).toEqual([20231201, 20240301, 20240601, 20240604, 20241201]);
  });

  it.each(['Tavoitetaso 2024', 'Lähtötilanne 2023', 'Toteuma', 'Mittari', '13-14/2024', 'Q5/2024', '1850', 'Kyllä'])(
    'is no period: %p',
    (text) => {
      expect(readPeriodHeader(text)).toBeNull();
    },
  );
});
