import { foldScheduleWord } from './foldScheduleWord';

describe('foldScheduleWord', () => {
  it('folds case and the letters OCR loses in Finnish, so damaged words still match', () => {
    expect(foldScheduleWord('Kevät')).toBe(foldScheduleWord('kevat'));
    expect(foldScheduleWord('Työ')).toBe(foldScheduleWord('ty6'));
    expect(foldScheduleWord('MENNESSÄ')).toBe('mennessa');
  });

  it('keeps å, so Swedish vår does not become var', () => {
    expect(foldScheduleWord('Våren')).toBe('våren');
  });

  it('keeps a 6 that is a number', () => {
    expect(foldScheduleWord('6')).toBe('6');
  });
});
