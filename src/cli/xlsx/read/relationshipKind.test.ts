import { relationshipKind } from './relationshipKind';

describe('relationshipKind', () => {
  it('names Transitional and Strict relationship types alike', () => {
    expect(relationshipKind('http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet')).toBe('worksheet');
    expect(relationshipKind('http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet')).toBe('worksheet');
    expect(relationshipKind('http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument')).toBe('officeDocument');
  });

  it('keeps a type of another vocabulary whole, so it is taken for none of ours', () => {
    const custom = 'http://schemas.microsoft.com/office/2006/relationships/vbaProject';
    expect(relationshipKind(custom)).toBe(custom);
  });
});
